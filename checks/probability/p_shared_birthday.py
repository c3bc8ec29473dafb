"""Checks for p_shared_birthday(n_people, n_days=365): 3 people and 4 days by hand, 23, 50, one person, 366."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T


def cases():
    return [
        Case(
            T(
                es="a mano: 3 personas y un año de 4 días; todos distintos: (4·3·2)/4³ = 24/64",
                en="by hand: 3 people and a 4-day year; all different: (4·3·2)/4³ = 24/64",
            ),
            (3,),
            {"n_days": 4},
        ),
        Case(T(es="23 personas, 365 días", en="23 people, 365 days"), (23,)),
        Case(T(es="50 personas", en="50 people"), (50,)),
        Case(T(es="una sola persona: nadie con quien coincidir", en="a single person: nobody to share with"), (1,)),
        Case(
            T(
                es="366 personas: más personas que días, así que alguien coincide seguro",
                en="366 people: more people than days, so someone surely shares",
            ),
            (366,),
        ),
    ]


def _all_different(n, d):
    return float(np.prod((d - np.arange(max(n, 0))) / d))


def diagnose(case, expected, got):
    n = case.args[0]
    d = case.kwargs.get("n_days", 365)
    try:
        got = float(got)
    except (TypeError, ValueError):
        return None
    if np.isclose(got, 1 - expected) and not np.isclose(expected, 0.5):
        return T(
            es="Devolviste la probabilidad de que todos los cumpleaños sean distintos, el complemento de lo que se "
            "pide: te falta el último paso, 1 − P(todos distintos).",
            en="You returned the probability that all birthdays are different, the complement of what is asked: "
            "the last step, 1 − P(all different), is missing.",
        )
    for extra, es, en in (
        (1, "un factor de más", "one factor too many"),
        (-1, "un factor de menos", "one factor too few"),
    ):
        if n + extra >= 0 and np.isclose(got, 1 - _all_different(n + extra, d)) and not np.isclose(got, expected):
            return T(
                es=f"Tu producto tiene {es}: da la respuesta para {n + extra} personas, no para {n}. La primera "
                f"persona tiene d/d días libres, la segunda (d − 1)/d, …, la persona número {n} (d − {n - 1})/d: "
                f"son {n} factores, i = 0, …, n − 1 (`range(n_people)`).",
                en=f"Your product has {en}: it gives the answer for {n + extra} people, not {n}. The first person "
                f"has d/d free days, the second (d − 1)/d, …, person number {n} (d − {n - 1})/d: that is {n} "
                f"factors, i = 0, …, n − 1 (`range(n_people)`).",
            )
    if np.isclose(got, n / d) or np.isclose(got, min(1.0, n / d)):
        return T(
            es=f"Usaste n/d = {n}/{d}, como si la probabilidad creciera en proporción al número de personas. Lo "
            "que crece es el número de parejas, n(n − 1)/2, y las coincidencias no se suman sin más: cuenta "
            "por el complemento, P(todos distintos) = ∏ (d − i)/d.",
            en=f"You used n/d = {n}/{d}, as if the probability grew in proportion to the number of people. What "
            "grows is the number of pairs, n(n − 1)/2, and matches do not simply add up: count through the "
            "complement, P(all different) = ∏ (d − i)/d.",
        )
    if np.isclose(got, 1 - ((d - 1) / d) ** max(n - 1, 0)):
        return T(
            es="Calculaste la probabilidad de que alguien comparta tu cumpleaños, 1 − ((d − 1)/d)^(n − 1). La "
            "pregunta es si alguna pareja coincide, y hay n(n − 1)/2 parejas, no n − 1.",
            en="You computed the probability that someone shares your birthday, 1 − ((d − 1)/d)^(n − 1). The "
            "question is whether any pair matches, and there are n(n − 1)/2 pairs, not n − 1.",
        )
    return None
