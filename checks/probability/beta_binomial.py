"""Checks for beta_binomial(a, b, k, n): a flat prior, zero successes, the malignant tumours of breast cancer, a mode at the boundary."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_breast_cancer


def cases():
    y = load_breast_cancer().target
    malignant = int(np.sum(y == 0))  # target 0 is malignant: 212 of the 569 tumours
    return [
        Case(
            T(
                es="distribución a priori plana Beta(1, 1), 7 éxitos en 10: a posteriori Beta(8, 4), MAP 0.7, media 8/12",
                en="flat prior Beta(1, 1), 7 successes out of 10: posterior Beta(8, 4), MAP 0.7, mean 8/12",
            ),
            (1.0, 1.0, 7, 10),
        ),
        Case(
            T(
                es="a priori Beta(2, 2) y ningún éxito en 5: la distribución a priori evita un MAP de 0",
                en="prior Beta(2, 2) and no success out of 5: the prior keeps the MAP off 0",
            ),
            (2.0, 2.0, 0, 5),
        ),
        Case(
            T(
                es=f"cáncer de mama: {malignant} tumores malignos de {len(y)}, distribución a priori Beta(2, 2)",
                en=f"breast cancer: {malignant} malignant tumours out of {len(y)}, prior Beta(2, 2)",
            ),
            (2.0, 2.0, malignant, len(y)),
        ),
        Case(
            T(
                es="distribución a priori de Jeffreys Beta(0.5, 0.5) y 3 éxitos en 3: b_post = 0.5 < 1, la moda es 1",
                en="Jeffreys prior Beta(0.5, 0.5) and 3 successes out of 3: b_post = 0.5 < 1, the mode is 1",
            ),
            (0.5, 0.5, 3, 3),
        ),
    ]


def diagnose(case, expected, got):
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape != (4,):
        return None
    a, b, k, n = case.args
    a_post, b_post = a + k, b + n - k

    def close(x, y):
        return abs(x - y) <= 1e-9 + 1e-7 * abs(y)

    if close(got[1], b + n) and not close(b + n, b_post):
        return T(
            es=f"b_post vale {got[1]:g} = b + n: sumaste todos los intentos a b. A b solo se suman los fracasos, "
            "n − k; los éxitos ya se sumaron a a.",
            en=f"b_post is {got[1]:g} = b + n: you added every trial to b. Only the failures, n − k, go to b; "
            "the successes already went to a.",
        )
    if not (close(got[0], a_post) and close(got[1], b_post)):
        return None
    mean = a_post / (a_post + b_post)
    if close(got[2], mean) and not close(mean, expected[2]):
        return T(
            es="Tu MAP es la media de la distribución a posteriori, (a + k)/(a + b + n). El MAP es la moda, el punto más alto de "
            "la densidad: (a + k − 1)/(a + b + n − 2). Solo coinciden cuando la distribución a posteriori es simétrica.",
            en="Your MAP is the posterior mean, (a + k)/(a + b + n). The MAP is the mode, the highest point of the "
            "density: (a + k − 1)/(a + b + n − 2). They agree only when the posterior is symmetric.",
        )
    if close(got[2], k / n) and not close(k / n, expected[2]):
        return T(
            es="Tu MAP es k/n, el estimador de máxima verosimilitud: dejaste fuera la distribución a priori. El MAP maximiza "
            "verosimilitud × a priori, es decir la distribución a posteriori Beta(a + k, b + n − k), y su moda es "
            "(a + k − 1)/(a + b + n − 2).",
            en="Your MAP is k/n, the maximum-likelihood estimate: you left the prior out. The MAP maximises "
            "likelihood × prior, that is the posterior Beta(a + k, b + n − k), whose mode is "
            "(a + k − 1)/(a + b + n − 2).",
        )
    unclipped = (a_post - 1) / (a_post + b_post - 2)
    if close(got[2], unclipped) and not 0 <= unclipped <= 1:
        return T(
            es=f"Tu MAP vale {got[2]:g}, fuera de [0, 1]: aquí b_post < 1, la densidad crece sin límite en p = 1 y "
            "la fórmula (a′ − 1)/(a′ + b′ − 2) ya no da la moda. Revisa el caso en que a_post o b_post son menores que 1.",
            en=f"Your MAP is {got[2]:g}, outside [0, 1]: here b_post < 1, the density grows without bound at p = 1, "
            "and the formula (a′ − 1)/(a′ + b′ − 2) no longer gives the mode. Handle a_post or b_post below 1.",
        )
    return None
