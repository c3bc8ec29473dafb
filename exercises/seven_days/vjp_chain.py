"""Ejercicio / Exercise: vjp_chain

ES: Escribe `vjp_chain(jacobians, upstream)`. Recibe la lista de los jacobianos de las capas
    **en el orden de la pasada hacia adelante**, [J₁, …, J_L], donde J_k tiene forma
    `(n_k, n_{k−1})`, y el gradiente `upstream` = ∂L/∂y_L, de forma `(n_L,)`. Devuelve
    ∂L/∂x = upstreamᵀ J_L ⋯ J₁ como arreglo de forma `(n₀,)`, la forma de la entrada. Hazlo
    como la retropropagación: desde la salida, un vector fila por una matriz a la vez, sin
    formar nunca el producto de las matrices.

    Comprueba tu código con:  gradiente check vjp_chain

EN: Write `vjp_chain(jacobians, upstream)`. It takes the list of the layers' Jacobians **in
    forward order**, [J₁, …, J_L], where J_k has shape `(n_k, n_{k−1})`, and the gradient
    `upstream` = ∂L/∂y_L, of shape `(n_L,)`. Return ∂L/∂x = upstreamᵀ J_L ⋯ J₁ as an array
    of shape `(n₀,)`, the shape of the input. Do it as backpropagation does: from the
    output, one row vector times one matrix at a time, never forming the product of the
    matrices.

    Check your code with:  gradiente check vjp_chain
"""

import numpy as np


def vjp_chain(jacobians, upstream):
    """∂L/∂x = upstreamᵀ J_L ⋯ J₁ as a 1-D array of shape (n₀,), from the output back."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("vjp_chain")
