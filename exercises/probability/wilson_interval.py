"""Ejercicio / Exercise: wilson_interval

ES: Escribe `wilson_interval(successes, n, confidence)`: el intervalo de Wilson para la
    proporción p de la población, tras ver `successes` éxitos en `n` ensayos
    (0 ≤ successes ≤ n). Devuelve `[low, high]` (forma `(2,)`) con centro
    (p̂ + z²/2n)/(1 + z²/n) y semiancho z·√(p̂(1 − p̂)/n + z²/4n²)/(1 + z²/n), donde
    p̂ = successes/n y z es el cuantil (1 + confidence)/2 de la normal estándar
    (`gradiente.stats.Normal().ppf(q)`).

    Comprueba tu código con:  gradiente check wilson_interval

EN: Write `wilson_interval(successes, n, confidence)`: the Wilson interval for the
    population proportion p, after seeing `successes` successes in `n` trials
    (0 ≤ successes ≤ n). Return `[low, high]` (shape `(2,)`) with centre
    (p̂ + z²/2n)/(1 + z²/n) and half-width z·√(p̂(1 − p̂)/n + z²/4n²)/(1 + z²/n), where
    p̂ = successes/n and z is the (1 + confidence)/2 quantile of the standard normal
    (`gradiente.stats.Normal().ppf(q)`).

    Check your code with:  gradiente check wilson_interval
"""

import numpy as np

from gradiente.stats import Normal


def wilson_interval(successes, n, confidence):
    """Wilson's [low, high] for a proportion, z the (1 + confidence)/2 normal quantile."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("wilson_interval")
