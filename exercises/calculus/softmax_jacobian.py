"""Ejercicio / Exercise: softmax_jacobian

ES: Escribe `softmax_jacobian(z)`, la jacobiana de p = softmax(z) en el vector de logits z,
    de forma (k,): la matriz (k, k) cuya entrada (i, j) es ∂pᵢ/∂zⱼ. Calcula p de forma
    estable, restando max(z) antes de exp, para que también funcione con z = [1000, 1000,
    0]. Usa la fórmula exacta, no diferencias finitas.

    Comprueba tu código con:  gradiente check softmax_jacobian

EN: Write `softmax_jacobian(z)`, the Jacobian of p = softmax(z) at the vector of logits z,
    of shape (k,): the (k, k) matrix whose entry (i, j) is ∂pᵢ/∂zⱼ. Compute p stably,
    subtracting max(z) before exp, so that it also works for z = [1000, 1000, 0]. Use the
    exact formula, not finite differences.

    Check your code with:  gradiente check softmax_jacobian
"""

import numpy as np


def softmax_jacobian(z):
    """The Jacobian of p = softmax(z), shape (k, k): entry (i, j) is ∂pᵢ/∂zⱼ."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("softmax_jacobian")
