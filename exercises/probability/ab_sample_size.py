"""Ejercicio / Exercise: ab_sample_size

ES: Escribe `ab_sample_size(p_base, p_new, alpha=0.05, power=0.8)`: cuántos usuarios
    necesita **cada** grupo de una prueba A/B bilateral de nivel `alpha` para detectar, con
    probabilidad `power`, que la tasa de conversión pasa de `p_base` a `p_new`. Usa la
    aproximación normal
    n = (z_{1−α/2} + z_{1−β})²·[p_base(1 − p_base) + p_new(1 − p_new)]/(p_new − p_base)²,
    donde 1 − β es `power` y los cuantiles salen de `Normal().ppf` (de `gradiente.stats`).
    Devuelve un `int`, redondeado hacia arriba.

    Comprueba tu código con:  gradiente check ab_sample_size

EN: Write `ab_sample_size(p_base, p_new, alpha=0.05, power=0.8)`: how many users **each**
    group of a two-sided A/B test at level `alpha` needs to detect, with probability
    `power`, that the conversion rate moves from `p_base` to `p_new`. Use the normal
    approximation
    n = (z_{1−α/2} + z_{1−β})²·[p_base(1 − p_base) + p_new(1 − p_new)]/(p_new − p_base)²,
    where 1 − β is `power` and the quantiles come from `Normal().ppf`
    (from `gradiente.stats`). Return an `int`, rounded up.

    Check your code with:  gradiente check ab_sample_size
"""

import math

from gradiente.stats import Normal


def ab_sample_size(p_base, p_new, alpha=0.05, power=0.8):
    """Users per group (an int, rounded up) to detect p_base → p_new with a two-sided test."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("ab_sample_size")
