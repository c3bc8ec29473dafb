"""The mean for every loss: right for MSE and log loss, wrong for MAE."""

import numpy as np

DIAGNOSIS = {"es": "Devolviste la media", "en": "You returned the mean"}


def best_constant(y, loss):
    return float(np.mean(y))
