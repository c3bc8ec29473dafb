"""A one-sided p-value: the χ² tail halved, and the exact tail not doubled."""

import math

import numpy as np

DIAGNOSIS = {"es": "una cola", "en": "one-sided"}


def mcnemar(y_true, pred_a, pred_b, exact=False):
    y_true = np.asarray(y_true)
    right_a, right_b = np.asarray(pred_a) == y_true, np.asarray(pred_b) == y_true
    b, c = int(np.sum(right_a & ~right_b)), int(np.sum(~right_a & right_b))
    if exact:
        m, smaller = b + c, min(b, c)
        tail = sum(math.comb(m, i) for i in range(smaller + 1)) / 2**m
        return np.array([float(smaller), tail])
    statistic = (abs(b - c) - 1) ** 2 / (b + c)
    return np.array([statistic, math.erfc(math.sqrt(statistic / 2)) / 2])
