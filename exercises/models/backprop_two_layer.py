"""Ejercicio / Exercise: backprop_two_layer

ES: Escribe `backprop_two_layer(X, y, W1, b1, W2, b2, activation)` para la red Z₁ = X
    W₁ + b₁, A₁ = φ(Z₁), Z₂ = A₁ W₂ + b₂, P = softmax(Z₂), con la entropía cruzada media
    como pérdida. `X` tiene forma `(n, d)`, `W1` `(d, h)`, `b1` `(h,)`, `W2` `(h, k)`, `b2`
    `(k,)`; `activation` es `"tanh"` o `"relu"`. Devuelve un solo arreglo 1-D con los
    gradientes en este orden: `dW1.ravel()`, `db1`, `dW2.ravel()`, `db2`
    (usa `np.concatenate`).

    Comprueba tu código con:  gradiente check backprop_two_layer

EN: Write `backprop_two_layer(X, y, W1, b1, W2, b2, activation)` for the network Z₁ = X
    W₁ + b₁, A₁ = φ(Z₁), Z₂ = A₁ W₂ + b₂, P = softmax(Z₂), with the mean cross-entropy as
    its loss. `X` has shape `(n, d)`, `W1` `(d, h)`, `b1` `(h,)`, `W2` `(h, k)`, `b2`
    `(k,)`; `activation` is `"tanh"` or `"relu"`. Return one 1-D array with the gradients in
    this order: `dW1.ravel()`, `db1`, `dW2.ravel()`, `db2` (use `np.concatenate`).

    Check your code with:  gradiente check backprop_two_layer
"""

import numpy as np


def backprop_two_layer(X, y, W1, b1, W2, b2, activation):
    """The gradients [dW1.ravel(), db1, dW2.ravel(), db2] as one 1-D array."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("backprop_two_layer")
