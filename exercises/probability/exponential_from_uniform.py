"""Ejercicio / Exercise: exponential_from_uniform

ES: Escribe `exponential_from_uniform(u, lam)`: recibe un arreglo `u` de valores en [0, 1) y
    la tasa λ = `lam` > 0, y devuelve, con la forma de `u`, los valores x = F⁻¹(u) de la
    exponencial, cuya CDF es F(x) = 1 − e^(−λx) para x ≥ 0. Si `u` es una muestra uniforme,
    el resultado es una muestra de Exponential(λ): es el método de la inversa de la CDF.

    Comprueba tu código con:  gradiente check exponential_from_uniform

EN: Write `exponential_from_uniform(u, lam)`: it takes an array `u` of values in [0, 1) and
    the rate λ = `lam` > 0, and returns, shaped like `u`, the values x = F⁻¹(u) of the
    exponential, whose CDF is F(x) = 1 − e^(−λx) for x ≥ 0. If `u` is a uniform sample, the
    result is a sample of Exponential(λ): this is the inverse-CDF method.

    Check your code with:  gradiente check exponential_from_uniform
"""

import numpy as np


def exponential_from_uniform(u, lam):
    """x = F⁻¹(u) of Exponential(λ) for each u in [0, 1); shaped like u."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("exponential_from_uniform")
