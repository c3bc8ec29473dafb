"""Checks for t_interval(x, confidence): five values by hand (t ≠ z shows), setosa at 95 % and 99 %, n = 2."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_iris
from gradiente.stats import Normal, StudentT


def setosa_sepal_length():
    """Sepal length (cm) of the 50 setosa flowers."""
    iris = load_iris()
    return iris.data[iris.target == 0, 0]


def cases():
    setosa = setosa_sepal_length()
    return [
        Case(
            T(
                es="a mano: x = [4.9, 5.1, 5.0, 5.3, 4.7] al 95 % (n = 5: t₄ ≈ 2.776, no 1.96)",
                en="by hand: x = [4.9, 5.1, 5.0, 5.3, 4.7] at 95 % (n = 5: t₄ ≈ 2.776, not 1.96)",
            ),
            ([4.9, 5.1, 5.0, 5.3, 4.7], 0.95),
        ),
        Case(
            T(
                es="iris: largo del sépalo de setosa (n = 50), al 95 %",
                en="iris: setosa's sepal length (n = 50), at 95 %",
            ),
            (setosa, 0.95),
        ),
        Case(
            T(
                es="iris: largo del sépalo de setosa (n = 50), al 99 %",
                en="iris: setosa's sepal length (n = 50), at 99 %",
            ),
            (setosa, 0.99),
        ),
        Case(
            T(
                es="borde: n = 2, x = [1, 3] al 90 % (un solo grado de libertad: t₁ ≈ 6.31)",
                en="edge: n = 2, x = [1, 3] at 90 % (one degree of freedom: t₁ ≈ 6.31)",
            ),
            (np.array([1.0, 3.0]), 0.90),
        ),
    ]


def _interval(x, critical, ddof=1):
    half = critical * np.std(x, ddof=ddof) / np.sqrt(x.size)
    return np.array([x.mean() - half, x.mean() + half])


def diagnose(case, expected, got):
    x, confidence = np.asarray(case.args[0], dtype=float), case.args[1]
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape != (2,):
        return None
    n = x.size
    two_sided = (1 + confidence) / 2
    t = float(StudentT(n - 1).ppf(two_sided))

    def near(candidate):
        return np.allclose(got, candidate, rtol=1e-9, atol=1e-12)

    if near(_interval(x, float(Normal().ppf(two_sided)))):
        return T(
            es=f"Usaste el cuantil normal z = {float(Normal().ppf(two_sided)):.4f} en lugar del de Student, "
            f"t = {t:.4f} con n − 1 = {n - 1} grados de libertad: tu intervalo es más angosto de lo que debe. "
            "Como σ no se conoce y la estimas con s, la cantidad (x̄ − μ)/(s/√n) sigue una t, que tiene colas más "
            "pesadas que la normal (la diferencia es grande con n chico).",
            en=f"You used the normal quantile z = {float(Normal().ppf(two_sided)):.4f} instead of Student's, "
            f"t = {t:.4f} with n − 1 = {n - 1} degrees of freedom: your interval is narrower than it should be. "
            "Since σ is unknown and you estimate it with s, (x̄ − μ)/(s/√n) follows a t, whose tails are heavier "
            "than the normal's (the difference is large for small n).",
        )
    if near(_interval(x, float(StudentT(n - 1).ppf(confidence)))):
        return T(
            es=f"Tomaste el cuantil en {confidence:g}, pero el intervalo deja (1 − {confidence:g})/2 en **cada** cola: "
            f"el cuantil correcto es el de (1 + {confidence:g})/2 = {two_sided:g}. Con el tuyo, el intervalo "
            f"cubre solo {2 * confidence - 1:.0%} de las veces.",
            en=f"You took the quantile at {confidence:g}, but the interval leaves (1 − {confidence:g})/2 in **each** tail: "
            f"the right quantile is at (1 + {confidence:g})/2 = {two_sided:g}. With yours, the interval covers only "
            f"{2 * confidence - 1:.0%} of the time.",
        )
    if near(_interval(x, t, ddof=0)):
        return T(
            es="El cuantil está bien, pero s salió con ddof=0 (entre n): el intervalo queda un poco angosto. "
            "Usa `np.std(x, ddof=1)`, la desviación muestral que divide entre n − 1.",
            en="The quantile is right, but s came out with ddof=0 (dividing by n): the interval is a bit too narrow. "
            "Use `np.std(x, ddof=1)`, the sample deviation that divides by n − 1.",
        )
    if near(_interval(x, float(StudentT(n).ppf(two_sided)))):
        return T(
            es=f"Usaste t con n = {n} grados de libertad; son n − 1 = {n - 1}, porque s ya gastó uno al estimar x̄ "
            "(los desvíos xᵢ − x̄ suman cero).",
            en=f"You used t with n = {n} degrees of freedom; there are n − 1 = {n - 1}, because s already spent one "
            "on estimating x̄ (the deviations xᵢ − x̄ add up to zero).",
        )
    return None
