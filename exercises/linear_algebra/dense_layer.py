"""Ejercicio / Exercise: dense_layer

ES: Escribe `dense_layer(X, W, b, activation)`, una capa densa de una red neuronal aplicada
    a un lote de muestras: devuelve φ(XW + b). `X` tiene forma (n, n_in), una fila por
    muestra; `W` tiene forma (n_in, n_out), la convención de scikit-learn
    (PyTorch guarda la transpuesta); `b` tiene forma (n_out,) y se suma a cada fila. El
    resultado tiene forma (n, n_out). `activation` es `"identity"` (φ(z) = z), `"relu"`
    (φ(z) = max(z, 0)) o `"sigmoid"` (φ(z) = 1 / (1 + e^(−z))), y φ se aplica a cada entrada
    por separado.

    Comprueba tu código con:  gradiente check dense_layer

EN: Write `dense_layer(X, W, b, activation)`, a dense layer of a neural network applied to a
    batch of samples: it returns φ(XW + b). `X` has shape (n, n_in), one row per sample; `W`
    has shape (n_in, n_out), scikit-learn's convention (PyTorch stores the transpose); `b`
    has shape (n_out,) and is added to every row. The result has shape (n, n_out).
    `activation` is `"identity"` (φ(z) = z), `"relu"` (φ(z) = max(z, 0)) or `"sigmoid"`
    (φ(z) = 1 / (1 + e^(−z))), and φ acts on each entry separately.

    Check your code with:  gradiente check dense_layer
"""

import numpy as np


def dense_layer(X, W, b, activation):
    """φ(XW + b): one row per sample, one column per output unit."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("dense_layer")
