"""Checks for posterior_positive(prevalence, sensitivity, specificity): the map's three tests and a perfect specificity."""

from gradiente.course.checking import Case
from gradiente.course.i18n import T


def cases():
    return [
        Case(
            T(
                es="prevalencia 1 %, sensibilidad 99 %, especificidad 95 %: 0.0099/(0.0099 + 0.0495) ≈ 0.167",
                en="prevalence 1 %, sensitivity 99 %, specificity 95 %: 0.0099/(0.0099 + 0.0495) ≈ 0.167",
            ),
            (0.01, 0.99, 0.95),
        ),
        Case(
            T(
                es="prevalencia 50 %, sensibilidad y especificidad 90 %: 0.45/(0.45 + 0.05) = 0.9",
                en="prevalence 50 %, sensitivity and specificity 90 %: 0.45/(0.45 + 0.05) = 0.9",
            ),
            (0.5, 0.9, 0.9),
        ),
        Case(
            T(
                es="una enfermedad rara (1 en 1000) y una prueba que nunca falla con los enfermos",
                en="a rare disease (1 in 1000) and a test that never misses a sick person",
            ),
            (0.001, 1.0, 0.99),
        ),
        Case(
            T(
                es="especificidad 100 %: sin falsos positivos, un positivo es seguro (P = 1)",
                en="specificity 100 %: no false positives, so a positive is certain (P = 1)",
            ),
            (0.02, 0.8, 1.0),
        ),
    ]


def diagnose(case, expected, got):
    try:
        got = float(got)
    except (TypeError, ValueError):
        return None
    prevalence, sensitivity, specificity = case.args

    def matches(value):
        return abs(got - value) <= 1e-9 + 1e-7 * abs(value)

    if matches(sensitivity) and not matches(expected):
        return T(
            es="Devolviste la sensibilidad, P(+ | D): la probabilidad de dar positivo si estás enfermo. "
            "Lo que se pide es la inversa, P(D | +), y Bayes dice que son distintas: "
            "P(D | +) = P(+ | D)·P(D) / P(+).",
            en="You returned the sensitivity, P(+ | D): the probability of testing positive when sick. "
            "What is asked is the reverse, P(D | +), and Bayes says they differ: "
            "P(D | +) = P(+ | D)·P(D) / P(+).",
        )
    if matches(1.0) and not matches(expected):
        return T(
            es="Obtuviste 1: en el denominador falta el término de los falsos positivos. P(+) suma a los "
            "enfermos que dan positivo y a los sanos que dan positivo, (1 − especificidad)·(1 − prevalencia).",
            en="You got 1: the false positives are missing from the denominator. P(+) adds the sick who test "
            "positive and the healthy who test positive, (1 − specificity)·(1 − prevalence).",
        )
    if matches(sensitivity / (sensitivity + (1 - specificity))):
        return T(
            es="Ignoraste la prevalencia (la falacia de la tasa base): tu fórmula es la de una población donde "
            "la mitad está enferma. Multiplica la sensibilidad por P(D) y la tasa de falsos positivos por P(no D).",
            en="You ignored the prevalence (the base-rate fallacy): your formula is the one for a population "
            "where half are sick. Multiply the sensitivity by P(D) and the false-positive rate by P(not D).",
        )
    true_positive = sensitivity * prevalence
    if matches(true_positive / (true_positive + specificity * (1 - prevalence))):
        return T(
            es="Usaste la especificidad como tasa de falsos positivos. La especificidad es P(− | no D), los sanos "
            "que dan negativo; los sanos que dan positivo son 1 − especificidad.",
            en="You used the specificity as the false-positive rate. Specificity is P(− | not D), the healthy who "
            "test negative; the healthy who test positive are 1 − specificity.",
        )
    return None
