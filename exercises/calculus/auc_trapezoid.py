"""Ejercicio / Exercise: auc_trapezoid

ES: Escribe `auc_trapezoid(fpr, tpr)`, que devuelve (como float) el área bajo la curva que
    une los puntos (fpr[i], tpr[i]) con segmentos rectos, es decir, AUC = ∫₀¹ TPR d(FPR) por
    la regla del trapecio. Los dos arreglos tienen la misma longitud, pero los puntos pueden
    venir en cualquier orden: ordénalos primero por FPR y, donde la FPR empata, por TPR (en
    una curva ROC, ese es el orden en que se recorren).

    Comprueba tu código con:  gradiente check auc_trapezoid

EN: Write `auc_trapezoid(fpr, tpr)`, which returns (as a float) the area under the curve
    that joins the points (fpr[i], tpr[i]) with straight segments, that is, AUC = ∫₀¹ TPR
    d(FPR) by the trapezoid rule. Both arrays have the same length, but the points may come
    in any order: sort them by FPR first and, where the FPR ties, by TPR (on a ROC curve
    that is the order in which they are visited).

    Check your code with:  gradiente check auc_trapezoid
"""

import numpy as np


def auc_trapezoid(fpr, tpr):
    """The area under the curve through the points (fpr[i], tpr[i]), by the trapezoid rule."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("auc_trapezoid")
