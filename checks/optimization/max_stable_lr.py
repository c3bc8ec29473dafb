"""Checks for max_stable_lr(X): a diagonal hand case, wine raw and standardised, diabetes, a column of ones."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_diabetes, load_wine


def _with_ones(X):
    return np.hstack([np.ones((len(X), 1)), X])


def _standardised(X):
    return (X - X.mean(axis=0)) / X.std(axis=0)  # ddof = 0, as StandardScaler


def cases():
    wine = load_wine().data
    diabetes = load_diabetes(scaled=False).data
    return [
        # XᵀX = diag(1, 4), n = 2: the Hessian (2/n)XᵀX = diag(1, 4), L = 4, 2/L = 0.5.
        Case(T(es="X = [[1, 0], [0, 2]]", en="X = [[1, 0], [0, 2]]"), (np.array([[1.0, 0.0], [0.0, 2.0]]),)),
        Case(
            T(
                es="vino: una columna de unos y las 13 variables sin escalar (178×14)",
                en="wine: a column of ones and the 13 raw features (178×14)",
            ),
            (_with_ones(wine),),
            rtol=1e-6,
        ),
        Case(
            T(
                es="vino: una columna de unos y las 13 variables estandarizadas (178×14)",
                en="wine: a column of ones and the 13 standardised features (178×14)",
            ),
            (_with_ones(_standardised(wine)),),
            rtol=1e-6,
        ),
        Case(
            T(
                es="diabetes: una columna de unos y las 10 variables estandarizadas (442×11)",
                en="diabetes: a column of ones and the 10 standardised features (442×11)",
            ),
            (_with_ones(_standardised(diabetes)),),
            rtol=1e-6,
        ),
        Case(
            T(
                es="solo la columna de unos (5×1): el modelo que predice una constante",
                en="only the column of ones (5×1): the model that predicts a constant",
            ),
            (np.ones((5, 1)),),
        ),
    ]


def diagnose(case, expected, got):
    """Recognise a forgotten factor 2, 1/L instead of 2/L, λ_min instead of λ_max, and the trace."""
    (X,) = case.args
    try:
        got = float(got)
    except (TypeError, ValueError):
        return None
    n_samples = X.shape[0]
    gram = X.T @ X
    eigenvalues = np.linalg.eigvalsh(gram)
    if np.isclose(got, 2 * expected, rtol=1e-6):
        return T(
            es="Tu tasa es el doble de la correcta: usaste XᵀX / n como hessiana. El gradiente de "
            "(1/n)‖Xw − y‖² es (2/n)Xᵀ(Xw − y), así que la hessiana es (2/n)XᵀX: no olvides el 2 que baja del "
            "cuadrado. Con tu tasa, el descenso diverge.",
            en="Your rate is twice the right one: you used XᵀX / n as the Hessian. The gradient of "
            "(1/n)‖Xw − y‖² is (2/n)Xᵀ(Xw − y), so the Hessian is (2/n)XᵀX: do not forget the 2 that comes "
            "down from the square. With your rate, descent diverges.",
        )
    if np.isclose(got, expected / 2, rtol=1e-6):
        return T(
            es="Tu tasa es la mitad de la pedida: calculaste 1/L. Es una buena tasa para usar (la del paso más "
            "seguro), pero el ejercicio pide el límite, 2/L: la tasa a partir de la cual el descenso diverge.",
            en="Your rate is half the one asked for: you computed 1/L. It is a good rate to use (the safe "
            "step), but the exercise asks for the limit, 2/L: the rate beyond which descent diverges.",
        )
    smallest = eigenvalues[0]
    if smallest > 0 and not np.isclose(smallest, eigenvalues[-1]):
        for value in (n_samples / smallest, 2 * n_samples / smallest, n_samples / (2 * smallest)):
            if np.isclose(got, value, rtol=1e-6):
                return T(
                    es="Usaste el valor propio más chico, λ_min. El límite lo pone la dirección más curva: "
                    "si η es demasiado grande para ella, el descenso diverge aunque las demás vayan bien. "
                    "Usa λ_max (np.linalg.eigvalsh los da en orden creciente: el último).",
                    en="You used the smallest eigenvalue, λ_min. The limit is set by the most curved "
                    "direction: if η is too large for it, descent diverges however well the others go. Use "
                    "λ_max (np.linalg.eigvalsh returns them in increasing order: the last one).",
                )
    trace = np.trace(gram)
    if not np.isclose(trace, eigenvalues[-1]):
        for value in (n_samples / trace, 2 * n_samples / trace, n_samples / (2 * trace)):
            if np.isclose(got, value, rtol=1e-6):
                return T(
                    es="Usaste la traza de XᵀX (la suma de sus valores propios) en lugar de λ_max. La traza es "
                    "más grande que λ_max, así que tu tasa es segura pero más chica de lo necesario: el límite "
                    "es exactamente n / λ_max(XᵀX).",
                    en="You used the trace of XᵀX (the sum of its eigenvalues) instead of λ_max. The trace is "
                    "larger than λ_max, so your rate is safe but smaller than it needs to be: the limit is "
                    "exactly n / λ_max(XᵀX).",
                )
    return None
