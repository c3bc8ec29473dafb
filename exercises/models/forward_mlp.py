"""Ejercicio / Exercise: forward_mlp

ES: Escribe `forward_mlp(X, params, activation)`: recibe un lote `X` de forma `(n, n_0)`, la
    lista `params = [W_1, b_1, W_2, b_2, …]` (cada `W_l` de forma `(n_{l−1}, n_l)`, cada
    `b_l` de forma `(n_l,)`) y el nombre de la activación (`"identity"`, `"relu"`, `"tanh"`
    o `"sigmoid"`), y devuelve la salida de la última capa, forma `(n, n_L)`: en cada capa
    Z = A @ W + b, con la activación entre capas y ninguna después de la última.

    Comprueba tu código con:  gradiente check forward_mlp

EN: Write `forward_mlp(X, params, activation)`: it takes a batch `X` of shape `(n, n_0)`,
    the list `params = [W_1, b_1, W_2, b_2, …]` (each `W_l` of shape `(n_{l−1}, n_l)`, each
    `b_l` of shape `(n_l,)`) and the activation's name (`"identity"`, `"relu"`, `"tanh"` or
    `"sigmoid"`), and returns the last layer's output, shape `(n, n_L)`: each layer computes
    Z = A @ W + b, with the activation between layers and none after the last.

    Check your code with:  gradiente check forward_mlp
"""

import numpy as np


def forward_mlp(X, params, activation):
    """The output of the last layer, shape (n, n_L)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("forward_mlp")
