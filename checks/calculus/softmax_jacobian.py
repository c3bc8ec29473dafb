"""Checks for softmax_jacobian(z): a hand case, huge logits (stability), a real 10-class logit from digits."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_digits
from gradiente.softmax import softmax


def _ambiguous_digit_logits():
    """Logits of a nearest-centroid classifier on digits, for the image it hesitates most about.

    z_k = −‖x − μ_k‖² / (2σ²): the log of a Gaussian density with one shared variance per pixel
    (equal priors), so softmax(z) is that model's probability of each digit.
    """
    X, y = load_digits(return_X_y=True)
    centroids = np.array([X[y == k].mean(axis=0) for k in range(10)])
    variance = np.mean((X - centroids[y]) ** 2)
    Z = -((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2) / (2 * variance)
    i = int(np.argmin(softmax(Z).max(axis=1)))
    return Z[i]


def cases():
    return [
        Case(T(es="z = [1, 2, 3]", en="z = [1, 2, 3]"), (np.array([1.0, 2.0, 3.0]),), atol=1e-12),
        Case(
            T(
                es="z = [1000, 1000, 0]: exp(1000) se desborda si no restas el máximo",
                en="z = [1000, 1000, 0]: exp(1000) overflows unless you subtract the largest logit",
            ),
            (np.array([1000.0, 1000.0, 0.0]),),
            atol=1e-12,
        ),
        Case(
            T(
                es="10 logits reales: la imagen de digits que más duda un clasificador por centroides (un 3 que "
                "parece 8 o 9)",
                en="10 real logits: the digits image a nearest-centroid classifier is least sure about (a 3 that "
                "looks like an 8 or a 9)",
            ),
            (_ambiguous_digit_logits(),),
            atol=1e-12,
        ),
    ]


def diagnose(case, expected, got):
    (z,) = case.args
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    expected = np.asarray(expected, dtype=float)
    if got.shape != expected.shape:
        return None
    if not np.isfinite(got).all():
        return T(
            es="Tu jacobiana tiene NaN: con z = 1000, np.exp(z) da inf, e inf / inf es NaN. Resta max(z) a todos "
            "los logits antes de exp: softmax no cambia si sumas la misma constante a todas las entradas.",
            en="Your Jacobian has NaN: with z = 1000, np.exp(z) gives inf, and inf / inf is NaN. Subtract max(z) "
            "from every logit before exp: softmax does not change when you add the same constant to every entry.",
        )
    p = softmax(z)
    close = dict(rtol=1e-6, atol=1e-12)
    if np.allclose(got, np.diag(p), **close):
        return T(
            es="Devolviste diag(p): falta el término − p pᵀ. Cada pᵢ depende de todos los zⱼ (por la suma del "
            "denominador), así que ∂pᵢ/∂zⱼ = −pᵢpⱼ fuera de la diagonal, y la diagonal es pᵢ − pᵢ².",
            en="You returned diag(p): the − p pᵀ term is missing. Every pᵢ depends on every zⱼ (through the sum "
            "in the denominator), so ∂pᵢ/∂zⱼ = −pᵢpⱼ off the diagonal, and the diagonal is pᵢ − pᵢ².",
        )
    if np.allclose(got, np.diag(p * (1 - p)), **close):
        return T(
            es="Tu diagonal pᵢ(1 − pᵢ) está bien, pero dejaste ceros fuera de la diagonal, como si softmax actuara "
            "entrada por entrada (como la sigmoide). Subir zⱼ baja las demás probabilidades: ∂pᵢ/∂zⱼ = −pᵢpⱼ "
            "para i ≠ j.",
            en="Your diagonal pᵢ(1 − pᵢ) is right, but you left zeros off the diagonal, as if softmax acted entry "
            "by entry (like the sigmoid). Raising zⱼ lowers the other probabilities: ∂pᵢ/∂zⱼ = −pᵢpⱼ for i ≠ j.",
        )
    plus = np.outer(p, p) + np.diag(p - 2 * p**2)
    if np.allclose(got, plus, **close):
        return T(
            es="La diagonal está bien, pero fuera de ella tienes +pᵢpⱼ: el signo está cambiado. Derivando "
            "pᵢ = e^{zᵢ}/S respecto de zⱼ (j ≠ i) solo cambia S, y ∂(1/S)/∂zⱼ = −e^{zⱼ}/S², así que "
            "∂pᵢ/∂zⱼ = −pᵢpⱼ. Revisa: cada fila debe sumar 0.",
            en="The diagonal is right, but off it you have +pᵢpⱼ: the sign is flipped. Differentiating "
            "pᵢ = e^{zᵢ}/S with respect to zⱼ (j ≠ i) only S changes, and ∂(1/S)/∂zⱼ = −e^{zⱼ}/S², so "
            "∂pᵢ/∂zⱼ = −pᵢpⱼ. A check: every row must add up to 0.",
        )
    return None
