"""Ejercicio / Exercise: two_sample_t

ES: Escribe `two_sample_t(x, y, equal_var)`: recibe dos muestras independientes `x` e `y`
    (arreglos 1-D, que pueden tener tamaños distintos) y devuelve `np.array([t, p])`, el
    estadístico t de H₀: μ_x = μ_y y su valor p bilateral. Con `equal_var=True`, la prueba
    de Student, con la varianza combinada s_p² y n_x + n_y − 2 grados de libertad; con
    `equal_var=False`, la de Welch, con SE = √(s_x²/n_x + s_y²/n_y) y los grados de libertad
    ν de Welch–Satterthwaite. Las varianzas son muestrales (`ddof=1`). Para la cola usa
    `StudentT(df).sf` de `gradiente.stats` (acepta df no enteros); no llames a `ttest_ind`.

    Comprueba tu código con:  gradiente check two_sample_t

EN: Write `two_sample_t(x, y, equal_var)`: it takes two independent samples `x` and `y` (1-D
    arrays, possibly of different sizes) and returns `np.array([t, p])`, the t statistic of
    H₀: μ_x = μ_y and its two-sided p-value. With `equal_var=True`, Student's test, with the
    pooled variance s_p² and n_x + n_y − 2 degrees of freedom; with `equal_var=False`,
    Welch's, with SE = √(s_x²/n_x + s_y²/n_y) and the Welch–Satterthwaite degrees of freedom
    ν. The variances are sample variances (`ddof=1`). For the tail use `StudentT(df).sf`
    from `gradiente.stats` (it accepts non-integer df); do not call `ttest_ind`.

    Check your code with:  gradiente check two_sample_t
"""

import numpy as np

from gradiente.stats import StudentT


def two_sample_t(x, y, equal_var):
    """np.array([t, p]): the two-sample t statistic (pooled if equal_var, else Welch) and its two-sided p-value."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("two_sample_t")
