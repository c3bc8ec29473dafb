"""range(n_people + 1): the answer for one more person."""

DIAGNOSIS = {"es": "un factor de más", "en": "one factor too many"}


def p_shared_birthday(n_people, n_days=365):
    p = 1.0
    for i in range(n_people + 1):
        p *= (n_days - i) / n_days
    return 1 - p
