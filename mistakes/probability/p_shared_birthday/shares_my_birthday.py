"""Someone shares *my* birthday: n − 1 comparisons instead of n(n − 1)/2 pairs."""

DIAGNOSIS = {"es": "tu cumpleaños", "en": "your birthday"}


def p_shared_birthday(n_people, n_days=365):
    return 1 - ((n_days - 1) / n_days) ** (n_people - 1)
