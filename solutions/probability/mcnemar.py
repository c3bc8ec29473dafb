"""Reference solution: mcnemar."""

import math

import numpy as np


def mcnemar(y_true, pred_a, pred_b, exact=False):
    """McNemar's test of two classifiers on the same samples: [statistic, two-sided p-value]."""
    y_true = np.asarray(y_true)
    right_a = np.asarray(pred_a) == y_true
    right_b = np.asarray(pred_b) == y_true
    b = int(np.sum(right_a & ~right_b))  # A right, B wrong
    c = int(np.sum(~right_a & right_b))  # A wrong, B right
    if exact:
        # Under H0 each of the b + c discordant samples is A's win or B's with probability 1/2.
        m = b + c
        smaller = min(b, c)
        tail = sum(math.comb(m, i) for i in range(smaller + 1)) / 2**m  # P(X ≤ min(b, c)), X ~ Bin(m, 1/2)
        return np.array([float(smaller), min(1.0, 2 * tail)])
    statistic = (abs(b - c) - 1) ** 2 / (b + c)  # with the continuity correction
    p_value = math.erfc(math.sqrt(statistic / 2))  # χ²₁ survival: P(Z² > s) = P(|Z| > √s) = erfc(√(s/2))
    return np.array([statistic, p_value])
