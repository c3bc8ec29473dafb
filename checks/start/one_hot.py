"""Checks for one_hot(y, n_classes): a hand case, iris and wine labels, and a batch missing the last class."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_iris, load_wine


def cases():
    iris_labels = load_iris().target
    return [
        Case(
            T(es="a mano: y = [2, 0, 1, 0],  n_classes = 3", en="by hand: y = [2, 0, 1, 0],  n_classes = 3"),
            (np.array([2, 0, 1, 0]), 3),
        ),
        Case(
            T(
                es="las 150 etiquetas de iris (0, 1, 2),  n_classes = 3",
                en="the 150 iris labels (0, 1, 2),  n_classes = 3",
            ),
            (iris_labels, 3),
        ),
        Case(
            T(
                es="las 178 etiquetas de los vinos (0, 1, 2),  n_classes = 3",
                en="the 178 wine labels (0, 1, 2),  n_classes = 3",
            ),
            (load_wine().target, 3),
        ),
        # iris is sorted by species: its first 100 flowers are setosa (0) and versicolor (1) only.
        Case(
            T(
                es="las primeras 100 flores de iris: solo clases 0 y 1, pero n_classes = 3",
                en="the first 100 iris flowers: classes 0 and 1 only, but n_classes = 3",
            ),
            (iris_labels[:100], 3),
        ),
    ]


def diagnose(case, expected, got):
    y, n_classes = case.args
    y = np.asarray(y)
    expected = np.asarray(expected, dtype=float)
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape == expected.shape[::-1] and got.shape != expected.shape and np.allclose(got.T, expected):
        return T(
            es=f"Tu matriz está transpuesta: tiene forma {got.shape} y se pide (len(y), n_classes) = "
            f"{expected.shape}. Como en X, cada fila es una muestra: la fila i dice de qué clase es y[i].",
            en=f"Your matrix is transposed: it has shape {got.shape} where (len(y), n_classes) = {expected.shape} "
            "is asked for. As in X, each row is a sample: row i says which class y[i] belongs to.",
        )
    if got.ndim == 2 and got.shape[0] == len(y) and got.shape[1] == y.max() + 1 < n_classes:
        return T(
            es=f"Tu matriz tiene {got.shape[1]} columnas y se pedían n_classes = {n_classes}: sacaste el número de "
            f"clases de y (y.max() + 1 = {y.max() + 1}), pero en este lote no aparece ninguna muestra de la última "
            "clase. Usa el argumento n_classes: un lote de datos no siempre trae todas las clases.",
            en=f"Your matrix has {got.shape[1]} columns where n_classes = {n_classes} were asked for: you took the "
            f"number of classes from y (y.max() + 1 = {y.max() + 1}), but no sample of the last class appears in "
            "this batch. Use the argument n_classes: a batch of data does not always hold every class.",
        )
    if got.shape != expected.shape:
        return None
    if np.allclose(got, np.roll(expected, -1, axis=1)):
        return T(
            es="Cada 1 está una columna a la izquierda de donde va (y la clase 0 cae en la última columna): "
            "contaste las clases desde 1. En Python las etiquetas van de 0 a n_classes − 1, y la clase k va en "
            "la columna k, sin restar nada.",
            en="Every 1 sits one column to the left of where it belongs (and class 0 lands in the last column): "
            "you counted the classes from 1. In Python labels go from 0 to n_classes − 1, and class k goes in "
            "column k, with nothing subtracted.",
        )
    return None
