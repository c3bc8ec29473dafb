"""Ejercicio / Exercise: t_interval

ES: Escribe `t_interval(x, confidence)`: el intervalo de confianza t para la media de la
    población de la que viene la muestra `x` (1-D, n ≥ 2), con nivel `confidence`
    (por ejemplo 0.95). Devuelve un arreglo `[low, high]` de forma `(2,)`: x̄ ∓ t·s/√n, con
    s de `ddof=1` y t el cuantil (1 + confidence)/2 de la t de Student con n − 1 grados de
    libertad. SciPy no está disponible: toma el cuantil de
    `gradiente.stats.StudentT(df).ppf(q)`.

    Comprueba tu código con:  gradiente check t_interval

EN: Write `t_interval(x, confidence)`: the t confidence interval for the mean of the
    population the sample `x` (1-D, n ≥ 2) comes from, at level `confidence`
    (for instance 0.95). Return an array `[low, high]` of shape `(2,)`: x̄ ∓ t·s/√n, with s
    from `ddof=1` and t the (1 + confidence)/2 quantile of Student's t with n − 1 degrees of
    freedom. SciPy is not available: take the quantile from
    `gradiente.stats.StudentT(df).ppf(q)`.

    Check your code with:  gradiente check t_interval
"""

import numpy as np

from gradiente.stats import StudentT


def t_interval(x, confidence):
    """[low, high]: x̄ ∓ t·s/√n with t from Student's t with n − 1 degrees of freedom."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("t_interval")
