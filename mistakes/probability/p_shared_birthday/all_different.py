"""Returns P(all different) and forgets the complement."""

import numpy as np

DIAGNOSIS = {"es": "todos los cumpleaños sean distintos", "en": "all birthdays are different"}


def p_shared_birthday(n_people, n_days=365):
    return float(np.prod([(n_days - i) / n_days for i in range(n_people)]))
