"""range(n_people - 1): the answer for one person less."""

DIAGNOSIS = {"es": "un factor de menos", "en": "one factor too few"}


def p_shared_birthday(n_people, n_days=365):
    p = 1.0
    for i in range(n_people - 1):
        p *= (n_days - i) / n_days
    return 1 - p
