"""(b − c)²/(b + c): the χ² statistic without the continuity correction."""

import math

import numpy as np

DIAGNOSIS = {"es": "corrección de continuidad", "en": "continuity correction"}


def mcnemar(y_true, pred_a, pred_b, exact=False):
    y_true = np.asarray(y_true)
    right_a, right_b = np.asarray(pred_a) == y_true, np.asarray(pred_b) == y_true
    b, c = int(np.sum(right_a & ~right_b)), int(np.sum(~right_a & right_b))
    if exact:
        m, smaller = b + c, min(b, c)
        tail = sum(math.comb(m, i) for i in range(smaller + 1)) / 2**m
        return np.array([float(smaller), min(1.0, 2 * tail)])
    statistic = (b - c) ** 2 / (b + c)
    return np.array([statistic, math.erfc(math.sqrt(statistic / 2))])
