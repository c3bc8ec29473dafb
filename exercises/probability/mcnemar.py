"""Ejercicio / Exercise: mcnemar

ES: Escribe `mcnemar(y_true, pred_a, pred_b, exact=False)`, la prueba de McNemar para
    comparar dos clasificadores A y B en las mismas muestras. Cuenta
    b = #(A acierta y B falla) y c = #(A falla y B acierta). Si `exact=False`, el
    estadístico es χ² = (|b − c| − 1)²/(b + c) (con la corrección de continuidad) y el valor
    p es P(χ²₁ > χ²), que con un grado de libertad vale `math.erfc(math.sqrt(χ² / 2))`. Si
    `exact=True`, el estadístico es min(b, c) y el valor p es min(1, 2·P(X ≤ min(b, c))),
    con X ~ Binomial(b + c, 1/2). Devuelve un arreglo de forma `(2,)`: [estadístico, p].
    Puedes suponer b + c > 0.

    Comprueba tu código con:  gradiente check mcnemar

EN: Write `mcnemar(y_true, pred_a, pred_b, exact=False)`, McNemar's test comparing two
    classifiers A and B on the same samples. Count b = #(A right and B wrong) and
    c = #(A wrong and B right). If `exact=False`, the statistic is
    χ² = (|b − c| − 1)²/(b + c) (with the continuity correction) and the p-value is
    P(χ²₁ > χ²), which for one degree of freedom is `math.erfc(math.sqrt(χ² / 2))`. If
    `exact=True`, the statistic is min(b, c) and the p-value is min(1, 2·P(X ≤ min(b, c))),
    with X ~ Binomial(b + c, 1/2). Return an array of shape `(2,)`: [statistic, p]. You may
    assume b + c > 0.

    Check your code with:  gradiente check mcnemar
"""

import math

import numpy as np


def mcnemar(y_true, pred_a, pred_b, exact=False):
    """McNemar's test of two classifiers on the same samples: [statistic, p], shape (2,)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("mcnemar")
