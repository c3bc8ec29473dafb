"""Ejercicio / Exercise: roc_points

ES: Escribe `roc_points(y_true, scores)`, que devuelve los puntos de la curva ROC en un
    arreglo de forma (2, k): la fila 0 es la FPR (tasa de falsos positivos, FP/N) y la fila
    1 la TPR (tasa de verdaderos positivos, TP/P). `y_true` tiene ceros y unos
    (1 = positivo) y `scores` un puntaje por muestra (más alto = más probable que sea
    positiva). Los umbrales son los puntajes distintos, de mayor a menor, y con el umbral t
    una muestra se declara positiva si su puntaje es ≥ t. Así, las muestras empatadas
    (con el mismo puntaje) cambian de lado juntas y dan un solo punto. Antes del primer
    umbral va el punto (0, 0): k es el número de puntajes distintos más 1, y el último punto
    es (1, 1).

    Comprueba tu código con:  gradiente check roc_points

EN: Write `roc_points(y_true, scores)`, which returns the points of the ROC curve in an
    array of shape (2, k): row 0 is the FPR (false positive rate, FP/N) and row 1 the TPR
    (true positive rate, TP/P). `y_true` holds zeros and ones (1 = positive) and `scores`
    one score per sample (higher = more likely positive). The thresholds are the distinct
    scores, from largest to smallest, and with threshold t a sample is called positive when
    its score is ≥ t. So tied samples (with the same score) change side together and give a
    single point. The point (0, 0) comes before the first threshold: k is the number of
    distinct scores plus 1, and the last point is (1, 1).

    Check your code with:  gradiente check roc_points
"""

import numpy as np


def roc_points(y_true, scores):
    """The ROC curve: row 0 the FPR, row 1 the TPR, one point per distinct score plus (0, 0)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("roc_points")
