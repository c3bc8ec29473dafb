"""Each model's error count (both-wrong samples included) instead of the discordant cells b and c."""

import math

import numpy as np

DIAGNOSIS = {"es": "discordantes", "en": "discordant"}


def mcnemar(y_true, pred_a, pred_b, exact=False):
    y_true = np.asarray(y_true)
    b = int(np.sum(np.asarray(pred_b) != y_true))  # B wrong, whatever A did
    c = int(np.sum(np.asarray(pred_a) != y_true))
    if exact:
        m, smaller = b + c, min(b, c)
        tail = sum(math.comb(m, i) for i in range(smaller + 1)) / 2**m
        return np.array([float(smaller), min(1.0, 2 * tail)])
    statistic = (abs(b - c) - 1) ** 2 / (b + c)
    return np.array([statistic, math.erfc(math.sqrt(statistic / 2))])
