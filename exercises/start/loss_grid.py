"""Ejercicio / Exercise: loss_grid

ES: Escribe `loss_grid(x, y, ws, bs)`: para cada pendiente w de `ws` y cada ordenada b de
    `bs`, el error cuadrático medio J(w, b) = (1/n) Σ (w xᵢ + b − yᵢ)² de la recta w·x + b
    sobre los datos `x`, `y`. Devuelve un arreglo de forma (len(bs), len(ws)), con una fila
    por cada b y una columna por cada w: la entrada [i, j] es J(ws[j], bs[i]), como lo
    espera `plt.contour(ws, bs, Z)`.

    Comprueba tu código con:  gradiente check loss_grid

EN: Write `loss_grid(x, y, ws, bs)`: for every slope w in `ws` and every intercept b in
    `bs`, the mean squared error J(w, b) = (1/n) Σ (w xᵢ + b − yᵢ)² of the line w·x + b on
    the data `x`, `y`. Return an array of shape (len(bs), len(ws)), one row per b and one
    column per w: entry [i, j] is J(ws[j], bs[i]), as `plt.contour(ws, bs, Z)` expects.

    Check your code with:  gradiente check loss_grid
"""

import numpy as np


def loss_grid(x, y, ws, bs):
    """The MSE of the line w·x + b for every b (rows) and every w (columns)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("loss_grid")
