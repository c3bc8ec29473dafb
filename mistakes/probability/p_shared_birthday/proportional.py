"""The n/d shortcut: as if each person added 1/d."""

DIAGNOSIS = {"es": "en proporción al número de personas", "en": "in proportion to the number of people"}


def p_shared_birthday(n_people, n_days=365):
    return min(1.0, n_people / n_days)
