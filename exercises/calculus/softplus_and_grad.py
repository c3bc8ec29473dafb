"""Ejercicio / Exercise: softplus_and_grad

ES: Escribe `softplus_and_grad(z)`: recibe un arreglo `z` de forma (n,) y devuelve un
    arreglo de forma (2, n) con softplus(z) = ln(1 + eᶻ) en la fila 0 y su derivada,
    σ(z) = 1/(1 + e⁻ᶻ), en la fila 1. Tiene que funcionar también con z = ±800, donde e^800
    no cabe en un float: el resultado debe ser finito (softplus(800) = 800, σ(800) = 1).

    Comprueba tu código con:  gradiente check softplus_and_grad

EN: Write `softplus_and_grad(z)`: it takes an array `z` of shape (n,) and returns an array
    of shape (2, n) with softplus(z) = ln(1 + eᶻ) in row 0 and its derivative,
    σ(z) = 1/(1 + e⁻ᶻ), in row 1. It must also work for z = ±800, where e^800 does not fit
    in a float: the result must be finite (softplus(800) = 800, σ(800) = 1).

    Check your code with:  gradiente check softplus_and_grad
"""

import numpy as np


def softplus_and_grad(z):
    """Row 0: softplus(z) = ln(1 + e^z); row 1: its derivative σ(z). An array of shape (2, n)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("softplus_and_grad")
