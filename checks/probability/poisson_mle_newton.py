"""Checks for poisson_mle_newton(x, lam0, n_iter): a hand case, 100 Poisson(3.2) counts from below and
from above the mean, no iterations, a start already at the maximum."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T


def poisson_counts():
    """100 counts from a Poisson(3.2), seed 7: their mean is exactly 3.2 (320 events in all)."""
    return np.random.default_rng(7).poisson(3.2, size=100)


def cases():
    counts = poisson_counts()
    return [
        Case(
            T(
                es="a mano: x = [2, 4] (x̄ = 3), λ₀ = 1, 3 iteraciones",
                en="by hand: x = [2, 4] (x̄ = 3), λ₀ = 1, 3 iterations",
            ),
            (np.array([2, 4]), 1.0, 3),
        ),
        Case(
            T(
                es="100 conteos de una Poisson(3.2) (x̄ = 3.2), desde abajo: λ₀ = 1, 8 iteraciones",
                en="100 counts from a Poisson(3.2) (x̄ = 3.2), from below: λ₀ = 1, 8 iterations",
            ),
            (counts, 1.0, 8),
        ),
        Case(
            T(
                es="los mismos conteos, desde arriba: λ₀ = 6, 8 iteraciones",
                en="the same counts, from above: λ₀ = 6, 8 iterations",
            ),
            (counts, 6.0, 8),
        ),
        Case(
            T(
                es="cero iteraciones: solo el punto de partida",
                en="zero iterations: only the starting point",
            ),
            (counts, 2.5, 0),
        ),
        Case(
            T(
                es="partir del máximo, λ₀ = x̄ = 3.2: no se mueve",
                en="starting at the maximum, λ₀ = x̄ = 3.2: it does not move",
            ),
            (counts, 3.2, 4),
        ),
    ]


def _run(x, lam0, n_iter, sign=-1.0):
    x = np.asarray(x, dtype=float)
    n, total = x.size, x.sum()
    lams = [float(lam0)]
    for _ in range(n_iter):
        lam = lams[-1]
        lams.append(lam + sign * (total / lam - n) / (-total / lam**2))
    return np.array(lams)


def diagnose(case, expected, got):
    x, lam0, n_iter = case.args
    expected = np.asarray(expected, dtype=float)
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.ndim == 0:
        return T(
            es=f"Devolviste un solo número. Se pide la trayectoria entera: λ₀ y las {n_iter} iteraciones, un arreglo "
            f"de forma ({n_iter + 1},).",
            en=f"You returned a single number. The whole path is wanted: λ₀ and the {n_iter} iterates, an array of "
            f"shape ({n_iter + 1},).",
        )
    if got.shape == (n_iter,) and n_iter > 0:
        if np.allclose(got, expected[1:]):
            return T(
                es=f"Tu arreglo tiene {n_iter} valores: falta el punto de partida λ₀ al principio. Se pide "
                f"[λ₀, λ₁, …, λ_{n_iter}], de largo n_iter + 1.",
                en=f"Your array has {n_iter} values: the starting point λ₀ is missing at the front. "
                f"[λ₀, λ₁, …, λ_{n_iter}] is wanted, of length n_iter + 1.",
            )
        if np.allclose(got, expected[:-1]):
            return T(
                es="Tu arreglo tiene un paso de menos: el bucle hace n_iter − 1 pasos. Con λ₀ incluido, n_iter "
                "pasos dan n_iter + 1 valores.",
                en="Your array is one step short: the loop takes n_iter − 1 steps. With λ₀ included, n_iter steps "
                "give n_iter + 1 values.",
            )
    if got.shape == (n_iter + 2,) and np.allclose(got, _run(x, lam0, n_iter + 1)):
        return T(
            es="Tu arreglo tiene un paso de más: el bucle hace n_iter + 1 pasos. Con λ₀ incluido, n_iter pasos "
            "dan n_iter + 1 valores.",
            en="Your array has one step too many: the loop takes n_iter + 1 steps. With λ₀ included, n_iter steps "
            "give n_iter + 1 values.",
        )
    if got.shape != expected.shape:
        return None
    with np.errstate(all="ignore"):
        if np.allclose(got, _run(x, lam0, n_iter, sign=1.0)):
            return T(
                es="Sumaste ℓ′/ℓ″ en lugar de restarlo. Newton busca el cero de ℓ′ con λ − ℓ′(λ)/ℓ″(λ); como ℓ″ < 0, "
                "eso sube cuando ℓ′ > 0. Con el signo al revés, cada paso se aleja del máximo.",
                en="You added ℓ′/ℓ″ instead of subtracting it. Newton looks for the zero of ℓ′ with λ − ℓ′(λ)/ℓ″(λ); "
                "since ℓ″ < 0, that goes up when ℓ′ > 0. With the sign flipped, each step moves away from the maximum.",
            )
        x = np.asarray(x, dtype=float)
        steps = np.diff(got)
        scores = x.sum() / got[:-1] - x.size
        if steps.size >= 2 and np.all(np.abs(scores) > 1e-9):
            rates = steps / scores
            if np.all(rates > 0) and np.allclose(rates, rates[0], rtol=1e-6):
                return T(
                    es=f"Tus pasos son λ + η·ℓ′(λ) con η fijo ≈ {rates[0]:.3g}: eso es ascenso de gradiente, no Newton. "
                    "Newton divide ℓ′ entre la curvatura, λ − ℓ′(λ)/ℓ″(λ), con ℓ″(λ) = −Σxᵢ/λ²: el paso se ajusta "
                    "solo y no necesita tasa de aprendizaje.",
                    en=f"Your steps are λ + η·ℓ′(λ) with a fixed η ≈ {rates[0]:.3g}: that is gradient ascent, not Newton. "
                    "Newton divides ℓ′ by the curvature, λ − ℓ′(λ)/ℓ″(λ), with ℓ″(λ) = −Σxᵢ/λ²: the step sizes "
                    "itself and needs no learning rate.",
                )
    return None
