"""Ejercicio / Exercise: confusion_counts

ES: Escribe `confusion_counts(y_true, y_pred)`: recibe dos arreglos de etiquetas 0/1 de
    forma `(n,)` y devuelve la matriz de confusión de forma `(2, 2)` como la ordena
    scikit-learn, filas = clase verdadera y columnas = clase predicha:
    `[[TN, FP], [FN, TP]]`, donde la entrada (i, j) cuenta las muestras de clase verdadera i
    predichas como j.

    Comprueba tu código con:  gradiente check confusion_counts

EN: Write `confusion_counts(y_true, y_pred)`: it takes two arrays of 0/1 labels of shape
    `(n,)` and returns the confusion matrix of shape `(2, 2)` in scikit-learn's layout,
    rows = true class and columns = predicted class: `[[TN, FP], [FN, TP]]`, where entry
    (i, j) counts the samples of true class i predicted as j.

    Check your code with:  gradiente check confusion_counts
"""

import numpy as np


def confusion_counts(y_true, y_pred):
    """Return [[TN, FP], [FN, TP]] (rows true, columns predicted), shape (2, 2)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("confusion_counts")
