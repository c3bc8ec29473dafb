"""Reference solution: p_shared_birthday (the birthday problem, through the complement)."""

import numpy as np


def p_shared_birthday(n_people, n_days=365):
    """P(at least two of n_people share a birthday), with n_days equally likely days; a float."""
    i = np.arange(n_people)  # person i + 1 must avoid the i days already taken
    p_all_different = np.prod((n_days - i) / n_days)  # empty product = 1 when n_people = 0
    return float(1 - p_all_different)  # complement; a factor (d − d)/d = 0 makes it 1 once n_people > n_days
