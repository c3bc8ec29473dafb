"""Ejercicio / Exercise: hinge_subgradient

ES: Escribe `hinge_subgradient(X, y, w, b, C)`: un subgradiente de J(w, b) = ½‖w‖² + C Σᵢ
    max(0, 1 − yᵢ(wᵀxᵢ + b)) en (w, b). Las etiquetas `y` llegan como 0/1
    (conviértelas a −1/+1). Un punto es activo si yᵢ f(xᵢ) < 1, estrictamente: en el pliegue
    (yᵢ f(xᵢ) = 1 justo) toma la derivada 0. Devuelve un arreglo de forma `(d + 1,)`: ∂_w
    seguido de ∂_b.

    Comprueba tu código con:  gradiente check hinge_subgradient

EN: Write `hinge_subgradient(X, y, w, b, C)`: a subgradient of J(w, b) = ½‖w‖² + C Σᵢ
    max(0, 1 − yᵢ(wᵀxᵢ + b)) at (w, b). The labels `y` arrive as 0/1
    (convert them to −1/+1). A point is active if yᵢ f(xᵢ) < 1, strictly: at the kink
    (yᵢ f(xᵢ) = 1 exactly) take the derivative 0. Return an array of shape `(d + 1,)`: ∂_w
    followed by ∂_b.

    Check your code with:  gradiente check hinge_subgradient
"""

import numpy as np


def hinge_subgradient(X, y, w, b, C):
    """A subgradient (∂_w, ∂_b) of ½‖w‖² + C Σ max(0, 1 − yᵢf(xᵢ)), shape (d + 1,)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("hinge_subgradient")
