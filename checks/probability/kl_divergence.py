"""Checks for kl_divergence(p, q): a hand case, digits' class frequencies against the uniform
distribution, p = q, a p with zeros."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_digits


def digits_frequencies():
    """The share of each digit 0–9 among the 1797 images of load_digits."""
    target = load_digits().target
    return np.bincount(target, minlength=10) / target.size


def cases():
    frequencies = digits_frequencies()
    uniform = np.full(10, 0.1)
    return [
        Case(
            T(
                es="a mano: p = [0.5, 0.5], q = [0.9, 0.1] (da ln(5/3))",
                en="by hand: p = [0.5, 0.5], q = [0.9, 0.1] (it gives ln(5/3))",
            ),
            (np.array([0.5, 0.5]), np.array([0.9, 0.1])),
        ),
        Case(
            T(
                es="dígitos: la frecuencia de cada clase (1797 imágenes) contra la uniforme, q = 0.1 para todas",
                en="digits: the frequency of each class (1797 images) against the uniform, q = 0.1 for all",
            ),
            (frequencies, uniform),
            rtol=1e-6,
        ),
        Case(
            T(
                es="p = q: las frecuencias de los dígitos contra sí mismas",
                en="p = q: the digits' frequencies against themselves",
            ),
            (frequencies, frequencies.copy()),
        ),
        Case(
            T(
                es="p con ceros: p = [0.5, 0.5, 0, 0], q = [0.25, 0.25, 0.25, 0.25]",
                en="p with zeros: p = [0.5, 0.5, 0, 0], q = [0.25, 0.25, 0.25, 0.25]",
            ),
            (np.array([0.5, 0.5, 0.0, 0.0]), np.full(4, 0.25)),
        ),
    ]


def _kl(p, q):
    p, q = np.asarray(p, dtype=float), np.asarray(q, dtype=float)
    keep = p > 0
    with np.errstate(all="ignore"):
        return float(np.sum(p[keep] * np.log(p[keep] / q[keep])))


def diagnose(case, expected, got):
    try:
        got = float(got)
    except (TypeError, ValueError):
        return None
    p, q = (np.asarray(a, dtype=float) for a in case.args)
    if np.isnan(got) and (p == 0).any():
        return T(
            es="Tu resultado es NaN: donde pᵢ = 0, ln(0/qᵢ) = −∞ y 0 · (−∞) da NaN en NumPy. En matemática ese término "
            "vale 0 (el límite de t ln t cuando t → 0): suma solo donde pᵢ > 0, con una máscara p > 0.",
            en="Your result is NaN: where pᵢ = 0, ln(0/qᵢ) = −∞ and 0 · (−∞) is NaN in NumPy. In mathematics that term "
            "is 0 (the limit of t ln t as t → 0): sum only where pᵢ > 0, with a mask p > 0.",
        )
    if not np.isfinite(got):
        return None
    rtol = case.rtol
    if expected != 0 and np.isclose(got, expected / np.log(2), rtol=rtol):
        return T(
            es="Tu resultado es el esperado dividido entre ln 2: usaste log₂ (bits). Aquí se mide en nats, con el "
            "logaritmo natural np.log, como la log-verosimilitud.",
            en="Your result is the expected one divided by ln 2: you used log₂ (bits). Here it is measured in nats, "
            "with the natural logarithm np.log, like the log-likelihood.",
        )
    reverse = _kl(q, p)
    if np.isclose(got, reverse, rtol=rtol) and not np.isclose(reverse, expected, rtol=rtol):
        return T(
            es="Calculaste KL(q‖p), con los papeles cambiados: Σ qᵢ ln(qᵢ/pᵢ). La divergencia no es simétrica; "
            "KL(p‖q) pesa con p, la primera: Σ pᵢ ln(pᵢ/qᵢ).",
            en="You computed KL(q‖p), with the roles swapped: Σ qᵢ ln(qᵢ/pᵢ). The divergence is not symmetric; "
            "KL(p‖q) weighs by p, the first one: Σ pᵢ ln(pᵢ/qᵢ).",
        )
    keep = p > 0
    cross_entropy = float(-np.sum(p[keep] * np.log(q[keep])))
    if np.isclose(got, cross_entropy, rtol=rtol):
        return T(
            es="Devolviste la entropía cruzada H(p, q) = −Σ pᵢ ln qᵢ. Le sobra la entropía de p: "
            "KL(p‖q) = H(p, q) − H(p) = Σ pᵢ ln(pᵢ/qᵢ), que vale 0 cuando q = p.",
            en="You returned the cross-entropy H(p, q) = −Σ pᵢ ln qᵢ. It carries p's entropy on top: "
            "KL(p‖q) = H(p, q) − H(p) = Σ pᵢ ln(pᵢ/qᵢ), which is 0 when q = p.",
        )
    return None
