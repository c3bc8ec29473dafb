"""Checks for cv_scores(fit_predict, X, y, k): a hand case, wine shuffled once (k = 5 and 10) with a
nearest-centroid fit_predict, and wine in its file order (k = 3), sorted by class: contiguous folds fail."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_wine


def nearest_centroid(X_train, y_train, X_test):
    """Predict, for each row of X_test, the class whose mean (in X_train) is closest."""
    classes = np.unique(y_train)
    centroids = np.array([X_train[y_train == label].mean(axis=0) for label in classes])
    distances = ((X_test[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
    return classes[np.argmin(distances, axis=1)]


def cases():
    X, y = load_wine(return_X_y=True)
    order = np.random.default_rng(0).permutation(len(y))  # wine comes sorted by class: shuffle it once
    X_hand = np.array([[1.0, 100.0], [2.5, 300.0], [2.0, 900.0], [5.0, 200.0], [1.5, 500.0], [4.5, 700.0]])
    y_hand = np.array([0, 1, 0, 1, 0, 1])
    return [
        Case(
            T(
                es="a mano: 6 puntos con dos rasgos de escalas muy distintas, clases alternadas, k = 3",
                en="by hand: 6 points with two features of very different scales, alternating classes, k = 3",
            ),
            (nearest_centroid, X_hand, y_hand, 3),
        ),
        Case(
            T(
                es="wine (178 × 13), filas mezcladas con default_rng(0).permutation, centroide más cercano, k = 5",
                en="wine (178 × 13), rows shuffled by default_rng(0).permutation, nearest centroid, k = 5",
            ),
            (nearest_centroid, X[order], y[order], 5),
        ),
        Case(
            T(
                es="wine con las mismas filas mezcladas, k = 10",
                en="wine with the same shuffled rows, k = 10",
            ),
            (nearest_centroid, X[order], y[order], 10),
        ),
        Case(
            T(
                es="wine en el orden del archivo (ordenado por clase), k = 3: cada pliegue de prueba trae una clase "
                "que casi no está en el entrenamiento",
                en="wine in file order (sorted by class), k = 3: each test fold holds a class that is nearly absent "
                "from training",
            ),
            (nearest_centroid, X, y, 3),
        ),
    ]


def _folds(n, k):
    sizes = np.full(k, n // k)
    sizes[: n % k] += 1
    return np.repeat(np.arange(k), sizes)


def _scores(fit_predict, X, y, k, mode):
    """cv_scores done one wrong way: "all" (scaler on all data), "own" (each part its own statistics),
    "raw" (no scaling), "train" (scored on the training folds)."""
    X, y = np.asarray(X, dtype=float), np.asarray(y)
    fold = _folds(len(y), k)
    everything = (X - X.mean(axis=0)) / X.std(axis=0)
    scores = []
    for j in range(k):
        test, train = fold == j, fold != j
        mean, std = X[train].mean(axis=0), X[train].std(axis=0)
        if mode == "all":
            Z_train, Z_test = everything[train], everything[test]
        elif mode == "own":
            Z_train = (X[train] - mean) / std
            Z_test = (X[test] - X[test].mean(axis=0)) / X[test].std(axis=0)
        elif mode == "raw":
            Z_train, Z_test = X[train], X[test]
        else:  # "train"
            Z_train = (X[train] - mean) / std
            scores.append(np.mean(fit_predict(Z_train, y[train], Z_train) == y[train]))
            continue
        scores.append(np.mean(fit_predict(Z_train, y[train], Z_test) == y[test]))
    return np.array(scores)


def diagnose(case, expected, got):
    """Recognise a scaler fitted on all the data, each part scaled by itself, no scaling, scoring on training data."""
    fit_predict, X, y, k = case.args
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape != np.shape(expected):
        return None
    with np.errstate(all="ignore"):
        if np.allclose(got, _scores(fit_predict, X, y, k, "train")):
            return T(
                es="Tus exactitudes coinciden con las de predecir el pliegue de entrenamiento: le pasaste a fit_predict "
                "Z_train como los datos a predecir y mediste contra y_train. Eso mide cuánto memoriza el modelo, no "
                "cuánto generaliza: predice el pliegue de prueba y compáralo con y[prueba].",
                en="Your accuracies match predicting the training folds: you gave fit_predict Z_train as the data to "
                "predict and scored against y_train. That measures how much the model memorises, not how well it "
                "generalises: predict the test fold and compare with y[test].",
            )
        if np.allclose(got, _scores(fit_predict, X, y, k, "all")):
            return T(
                es="Tus exactitudes coinciden con estandarizar antes de partir: la media y la desviación salieron de "
                "todos los datos, también del pliegue de prueba. Es una fuga (pequeña aquí, pero fuga): calcula "
                "media y desviación solo con las filas de entrenamiento de cada pliegue y úsalas en las dos partes.",
                en="Your accuracies match standardising before the split: the mean and standard deviation came from "
                "all the data, the test fold included. That is a leak (small here, but a leak): compute the mean and "
                "standard deviation from each fold's training rows only, and use them on both parts.",
            )
        if np.allclose(got, _scores(fit_predict, X, y, k, "own")):
            return T(
                es="Estandarizaste el pliegue de prueba con su propia media y desviación. Así cada parte queda en una "
                "escala distinta y los centroides ya no se corresponden; además, en producción no tendrías un lote de "
                "prueba del cual sacar estadísticas. Usa para la prueba la media y la desviación del entrenamiento.",
                en="You standardised the test fold with its own mean and standard deviation. Each part then sits on a "
                "different scale and the centroids no longer line up; besides, in production you would have no test "
                "batch to take statistics from. Use the training mean and standard deviation on the test fold.",
            )
        if np.allclose(got, _scores(fit_predict, X, y, k, "raw")):
            return T(
                es="Tus exactitudes son las de los datos sin estandarizar. En wine la prolina tiene σ ≈ 314 y los "
                "fenoles no flavonoides σ ≈ 0.12: sin escalar, la distancia al centroide la decide casi solo la prolina. Resta la "
                "media y divide entre la desviación (ddof=0) del pliegue de entrenamiento.",
                en="Your accuracies are those of the unscaled data. In wine, proline has σ ≈ 314 and the nonflavanoid "
                "phenols σ ≈ 0.12: unscaled, the distance to a centroid is decided almost by proline alone. Subtract the "
                "training fold's mean and divide by its standard deviation (ddof=0).",
            )
    return None
