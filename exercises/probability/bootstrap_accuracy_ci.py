"""Ejercicio / Exercise: bootstrap_accuracy_ci

ES: Escribe `bootstrap_accuracy_ci(y_true, y_pred, n_boot, confidence, seed)`: el intervalo
    bootstrap percentil de la exactitud de un clasificador en su conjunto de prueba, como
    arreglo [bajo, alto] de forma `(2,)`. Sortea los índices de todas las remuestras de una
    vez, `idx = np.random.default_rng(seed).integers(0, n, size=(n_boot, n))` (n es el
    número de muestras; cada fila es una remuestra con reemplazo, y cada etiqueta viaja con
    su predicción). Calcula la exactitud de cada remuestra y devuelve sus cuantiles α/2 y
    1 − α/2, con α = 1 − confidence, usando `np.quantile` con su interpolación por defecto.
    (Sortear fila por fila con `rng.integers(0, n, size=n)` da los mismos números.)

    Comprueba tu código con:  gradiente check bootstrap_accuracy_ci

EN: Write `bootstrap_accuracy_ci(y_true, y_pred, n_boot, confidence, seed)`: the percentile
    bootstrap interval of a classifier's accuracy on its test set, as an array [low, high]
    of shape `(2,)`. Draw the indices of every resample at once,
    `idx = np.random.default_rng(seed).integers(0, n, size=(n_boot, n))` (n is the number of
    samples; each row is a resample with replacement, and each label travels with its
    prediction). Compute the accuracy of each resample and return its α/2 and 1 − α/2
    quantiles, with α = 1 − confidence, using `np.quantile` with its default interpolation.
    (Drawing row by row with `rng.integers(0, n, size=n)` gives the same numbers.)

    Check your code with:  gradiente check bootstrap_accuracy_ci
"""

import numpy as np


def bootstrap_accuracy_ci(y_true, y_pred, n_boot, confidence, seed):
    """The percentile bootstrap interval [low, high] of the accuracy, shape (2,)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("bootstrap_accuracy_ci")
