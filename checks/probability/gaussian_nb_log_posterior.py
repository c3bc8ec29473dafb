"""Checks for gaussian_nb_log_posterior: a 1-D hand case, iris, wine (unequal classes), iris's classes 1 and 2, digits (constant pixels, underflow)."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_digits, load_iris, load_wine
from gradiente.model_selection import kfold_indices, train_test_split


def cases():
    iris_X, iris_y = load_iris(return_X_y=True)
    wine_X, wine_y = load_wine(return_X_y=True)
    digits_X, digits_y = load_digits(return_X_y=True)
    iris = train_test_split(iris_X, iris_y, test_size=0.3, random_state=0, stratify=iris_y)
    wine = train_test_split(wine_X, wine_y, test_size=0.3, random_state=0, stratify=wine_y)
    pair = iris_y > 0  # versicolor (1) and virginica (2) only
    # The third of five stratified folds: five of its test images have every e^{joint} below the smallest float.
    train, test = list(kfold_indices(len(digits_y), 5, y=digits_y))[2]
    return [
        Case(
            T(
                es="a mano, un rasgo: clase 0 en {0, 2} (media 1, varianza 1), clase 1 en {10, 11, 12} "
                "(media 11, varianza 2/3); probabilidades a priori 0.4 y 0.6; se prueba en x = 1, 6 y 11",
                en="by hand, one feature: class 0 at {0, 2} (mean 1, variance 1), class 1 at {10, 11, 12} "
                "(mean 11, variance 2/3); priors 0.4 and 0.6; tested at x = 1, 6 and 11",
            ),
            (
                np.array([[0.0], [2.0], [10.0], [11.0], [12.0]]),
                np.array([0, 0, 1, 1, 1]),
                np.array([[1.0], [6.0], [11.0]]),
            ),
        ),
        Case(
            T(
                es="iris: 105 flores de entrenamiento y 45 de prueba (partición fija, estratificada)",
                en="iris: 105 training flowers and 45 test flowers (a fixed, stratified split)",
            ),
            (iris[0], iris[2], iris[1]),
        ),
        Case(
            T(
                es="vino: clases de 59, 71 y 48 muestras, así que la probabilidad a priori pesa",
                en="wine: classes of 59, 71 and 48 samples, so the prior matters",
            ),
            (wine[0], wine[2], wine[1]),
        ),
        Case(
            T(
                es="iris, solo versicolor (1) y virginica (2): las etiquetas no empiezan en 0",
                en="iris, only versicolor (1) and virginica (2): the labels do not start at 0",
            ),
            (iris_X[pair][::2], iris_y[pair][::2], iris_X[pair][1::2]),
        ),
        Case(
            T(
                es="dígitos: píxeles constantes (solo el suavizado evita varianza 0) e imágenes cuyas "
                "e^(log conjunta) son todas menores que el menor float",
                en="digits: constant pixels (only the smoothing keeps the variance off 0) and images whose "
                "e^(joint log) are all below the smallest float",
            ),
            (digits_X[train], digits_y[train], digits_X[test]),
        ),
    ]


def _variant(X_train, y_train, X_test, var_smoothing=1e-9, *, prior=True, ddof=0, scaled=True, normalise="logsumexp"):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    y_train = np.asarray(y_train)
    classes = np.unique(y_train)
    epsilon = var_smoothing * (X_train.var(axis=0).max() if scaled else 1.0)
    joint = np.empty((X_test.shape[0], classes.size))
    with np.errstate(all="ignore"):
        for j, c in enumerate(classes):
            X_c = X_train[y_train == c]
            var = X_c.var(axis=0, ddof=ddof) + epsilon
            log_density = -0.5 * np.log(2 * np.pi * var) - (X_test - X_c.mean(axis=0)) ** 2 / (2 * var)
            joint[:, j] = (np.log(len(X_c) / len(X_train)) if prior else 0.0) + log_density.sum(axis=1)
        if normalise == "exp":
            return np.log(np.exp(joint) / np.exp(joint).sum(axis=1, keepdims=True))
        largest = joint.max(axis=1, keepdims=True)
        return joint - largest - np.log(np.exp(joint - largest).sum(axis=1, keepdims=True))


def diagnose(case, expected, got):
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape != expected.shape:
        return None

    def matches(value):
        return np.allclose(got, value, rtol=1e-9, atol=1e-9, equal_nan=True)

    if not np.isfinite(got).all():
        if matches(_variant(*case.args, normalise="exp")):
            return T(
                es="Algunas filas te dan NaN: calculaste e^(log conjunta) y dividiste entre la suma, pero en esas "
                "imágenes todos los e^(…) son menores que el menor float y quedan en 0, así que 0/0. Normaliza en "
                "logaritmos: resta a cada fila su log-sum-exp, desplazado por el máximo de la fila.",
                en="Some rows come out NaN: you computed e^(joint log) and divided by the sum, but for those images "
                "every e^(…) is below the smallest float and rounds to 0, so 0/0. Normalise in logs: subtract each "
                "row's log-sum-exp, shifted by the row's maximum.",
            )
        return T(
            es="Tu resultado tiene NaN o infinitos. ¿Alguna varianza vale 0? En los dígitos hay píxeles constantes "
            "en una clase: súmale a cada varianza var_smoothing · max_j Var(X_train[:, j]).",
            en="Your result has NaN or infinities. Is some variance 0? Digits has pixels that are constant within "
            "a class: add var_smoothing · max_j Var(X_train[:, j]) to every variance.",
        )
    if matches(_variant(*case.args, prior=False)):
        return T(
            es="Olvidaste la probabilidad a priori ln P(c): tu resultado es el de clases igual de frecuentes. Súmale a cada clase "
            "el logaritmo de su frecuencia en y_train antes de normalizar.",
            en="You forgot the prior ln P(c): your result is the one for equally frequent classes. Add each class's "
            "log frequency in y_train before normalising.",
        )
    if matches(_variant(*case.args, ddof=1)):
        return T(
            es="Usaste la varianza muestral (ddof=1). Naive Bayes gaussiano usa la de máxima verosimilitud, "
            "que divide entre n_c: `X_c.var(axis=0)` con ddof=0, el valor por defecto de NumPy.",
            en="You used the sample variance (ddof=1). Gaussian naive Bayes uses the maximum-likelihood one, "
            "dividing by n_c: `X_c.var(axis=0)` with ddof=0, NumPy's default.",
        )
    if matches(_variant(*case.args, scaled=False)):
        return T(
            es="Sumaste var_smoothing tal cual a las varianzas. La convención es escalarlo por la mayor varianza "
            "de los rasgos: ε = var_smoothing · max_j Var(X_train[:, j]), así el suavizado sigue las unidades de X.",
            en="You added var_smoothing as it is to the variances. The convention scales it by the largest feature "
            "variance: ε = var_smoothing · max_j Var(X_train[:, j]), so the smoothing follows the units of X.",
        )
    shift = np.median(got - expected, axis=1, keepdims=True)  # one number per row if only the evidence is missing
    if np.abs(shift).max() > 1e-6 and np.allclose(got - shift, expected, rtol=1e-9, atol=1e-9):
        return T(
            es="Cada fila está corrida por la misma constante: devolviste la log conjunta ln P(c) + ln p(x | c) sin "
            "normalizar. Falta dividir entre la evidencia p(x): resta a cada fila su log-sum-exp, y la fila "
            "sumará 1 en probabilidades.",
            en="Each row is off by one constant: you returned the joint log ln P(c) + ln p(x | c) without "
            "normalising. Divide by the evidence p(x): subtract each row's log-sum-exp, and the row will sum to 1 "
            "in probabilities.",
        )
    return None
