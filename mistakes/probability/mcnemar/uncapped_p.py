"""The exact p-value 2·P(X ≤ min(b, c)) without clipping at 1: above 1 when b = c."""

import math

import numpy as np

DIAGNOSIS = {"es": "más que 1", "en": "more than 1"}


def mcnemar(y_true, pred_a, pred_b, exact=False):
    y_true = np.asarray(y_true)
    right_a, right_b = np.asarray(pred_a) == y_true, np.asarray(pred_b) == y_true
    b, c = int(np.sum(right_a & ~right_b)), int(np.sum(~right_a & right_b))
    if exact:
        m, smaller = b + c, min(b, c)
        tail = sum(math.comb(m, i) for i in range(smaller + 1)) / 2**m
        return np.array([float(smaller), 2 * tail])
    statistic = (abs(b - c) - 1) ** 2 / (b + c)
    return np.array([statistic, math.erfc(math.sqrt(statistic / 2))])
