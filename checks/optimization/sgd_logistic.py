"""Checks for sgd_logistic(X, y, lr, batch_size, epochs, seed): a hand case, standardised breast cancer, edges.

The order of the examples is fully specified (rng = np.random.default_rng(seed), one rng.permutation(n) per
epoch, batches perm[i:i + batch_size]), so a right answer reproduces the reference to rounding: rtol = 1e-8.
"""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_breast_cancer


def breast_cancer_design():
    """The 30 features standardised (ddof = 0) with a column of ones in front, and y ∈ {0, 1}."""
    data = load_breast_cancer()
    Z = (data.data - data.data.mean(axis=0)) / data.data.std(axis=0)
    return np.column_stack([np.ones(len(Z)), Z]), data.target.astype(float)


def cases():
    X_hand = np.array([[1.0, -2.0], [1.0, -1.0], [1.0, 0.0], [1.0, 1.0], [1.0, 2.0]])
    y_hand = np.array([0.0, 0.0, 1.0, 1.0, 1.0])
    X, y = breast_cancer_design()
    return [
        Case(
            T(
                es="a mano: 5 ejemplos (intercepto y una variable), batch_size = 2 (lotes de 2, 2 y 1),  1 época,  lr = 0.5,  seed = 0",
                en="by hand: 5 examples (intercept and one feature), batch_size = 2 (batches of 2, 2 and 1),  1 epoch,  lr = 0.5,  seed = 0",
            ),
            (X_hand, y_hand, 0.5, 2, 1, 0),
            rtol=1e-8,
        ),
        Case(
            T(
                es="cáncer de mama estandarizado (569 × 30, más la columna de unos): batch_size = 1,  5 épocas,  lr = 0.1,  seed = 0",
                en="standardised breast cancer (569 × 30, plus the column of ones): batch_size = 1,  5 epochs,  lr = 0.1,  seed = 0",
            ),
            (X, y, 0.1, 1, 5, 0),
            rtol=1e-8,
        ),
        Case(
            T(
                es="cáncer de mama estandarizado: batch_size = 32 (el último lote tiene 25),  5 épocas,  lr = 0.1,  seed = 7",
                en="standardised breast cancer: batch_size = 32 (the last batch has 25),  5 epochs,  lr = 0.1,  seed = 7",
            ),
            (X, y, 0.1, 32, 5, 7),
            rtol=1e-8,
        ),
        Case(
            T(
                es="cáncer de mama estandarizado: batch_size = 569, un solo lote por época (descenso de gradiente completo),  5 épocas,  lr = 0.5",
                en="standardised breast cancer: batch_size = 569, a single batch per epoch (full-batch gradient descent),  5 epochs,  lr = 0.5",
            ),
            (X, y, 0.5, 569, 5, 0),
            rtol=1e-8,
        ),
        Case(
            T(es="cero épocas: w se queda en 0", en="zero epochs: w stays at 0"),
            (X_hand, y_hand, 0.5, 2, 0, 0),
        ),
    ]


def _variant(X, y, lr, batch_size, epochs, seed, rule):
    n_samples = len(X)
    rng = np.random.RandomState(seed) if rule == "legacy" else np.random.default_rng(seed)
    first = rng.permutation(n_samples)
    w = np.zeros(X.shape[1])
    for epoch in range(epochs):
        perm = first if rule == "one_permutation" or epoch == 0 else rng.permutation(n_samples)
        for start in range(0, n_samples, batch_size):
            batch = perm[start : start + batch_size]
            if rule == "drop_last" and len(batch) < batch_size:
                continue
            with np.errstate(over="ignore"):
                p = 1 / (1 + np.exp(-(X[batch] @ w)))
            g = X[batch].T @ (p - y[batch])
            w = w - lr * (g if rule == "sum" else g / len(batch))
    return w


def diagnose(case, expected, got):
    got = np.asarray(got, dtype=float)
    if got.shape != np.shape(expected):
        return None

    def matches(rule):
        return np.allclose(got, _variant(*case.args, rule), rtol=1e-8, atol=1e-10, equal_nan=True)

    if matches("sum"):
        return T(
            es="Sumaste los gradientes del lote en vez de promediarlos: divide entre el tamaño del lote, len(batch) "
            "(no entre batch_size: el último lote puede ser más chico). Con la suma, el paso crece con el lote.",
            en="You added up the batch's gradients instead of averaging them: divide by the batch's size, "
            "len(batch) (not by batch_size: the last batch may be smaller). With the sum, the step grows with "
            "the batch.",
        )
    if matches("drop_last"):
        return T(
            es="Te saltaste el último lote cuando tiene menos de batch_size ejemplos: aquí se usa, con los ejemplos "
            "que queden, para que cada época vea todos los datos una vez.",
            en="You skipped the last batch when it has fewer than batch_size examples: here it is used, with the "
            "examples left, so that every epoch sees all the data once.",
        )
    if matches("one_permutation"):
        return T(
            es="Usas el mismo orden en todas las épocas: llama a rng.permutation(n) al comienzo de cada época, con "
            "un solo rng = np.random.default_rng(seed) creado antes del bucle (si lo vuelves a crear en cada "
            "época, te da siempre la misma permutación).",
            en="You use the same order in every epoch: call rng.permutation(n) at the start of each epoch, with a "
            "single rng = np.random.default_rng(seed) made before the loop (if you make it again each epoch, it "
            "gives the same permutation every time).",
        )
    if matches("legacy"):
        return T(
            es="Usas el generador antiguo de NumPy (np.random.seed o RandomState): da otros números con la misma "
            "semilla. Crea rng = np.random.default_rng(seed) y pide rng.permutation(n).",
            en="You use NumPy's old generator (np.random.seed or RandomState): it gives other numbers with the "
            "same seed. Make rng = np.random.default_rng(seed) and ask for rng.permutation(n).",
        )
    return None
