"""Ejercicio / Exercise: cv_scores

ES: Escribe `cv_scores(fit_predict, X, y, k)`: la exactitud de un modelo en cada uno de los
    k pliegues de una validación cruzada, como arreglo de forma `(k,)`. Los pliegues son los
    de `kfold_assign` (contiguos, en el orden de las filas; los primeros n % k, con una
    muestra más). Para cada pliegue j: sus filas son la prueba y las demás, el
    entrenamiento; estandariza con la media y la desviación estándar (ddof=0) de las
    columnas **del entrenamiento**, aplica esas mismas a la prueba, llama
    `fit_predict(Z_train, y_train, Z_test)` (devuelve las etiquetas que predice para Z_test)
    y guarda la proporción de aciertos. Los casos no tienen columnas constantes.

    Comprueba tu código con:  gradiente check cv_scores

EN: Write `cv_scores(fit_predict, X, y, k)`: a model's accuracy on each of the k folds of a
    cross-validation, as an array of shape `(k,)`. The folds are those of `kfold_assign`
    (contiguous, in row order; the first n % k with one sample more). For each fold j: its
    rows are the test part and the others the training part; standardise with the mean and
    standard deviation (ddof=0) of the **training** columns, apply the same ones to the test
    part, call `fit_predict(Z_train, y_train, Z_test)` (it returns the labels it predicts
    for Z_test) and store the share of hits. The cases have no constant column.

    Check your code with:  gradiente check cv_scores
"""

import numpy as np


def cv_scores(fit_predict, X, y, k):
    """Accuracy on each of the k contiguous folds, scaled with training statistics only."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("cv_scores")
