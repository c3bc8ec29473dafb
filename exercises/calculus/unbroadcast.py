"""Ejercicio / Exercise: unbroadcast

ES: Escribe `unbroadcast(grad, shape)`. `grad` es el gradiente respecto del resultado de una
    operación en la que un operando de forma `shape` se difundió (*broadcasting*) hasta
    `grad.shape`. Devuelve el gradiente respecto de ese operando: la suma de `grad` sobre
    los ejes que la difusión añadió a la izquierda y sobre los ejes de tamaño 1 de `shape`
    que estiró. El resultado tiene exactamente la forma `shape`: los ejes de tamaño 1 se
    conservan, y `shape = ()` da un escalar. Ejemplo: `unbroadcast(np.ones((4, 3)), (3,))`
    da `array([4., 4., 4.])`.

    Comprueba tu código con:  gradiente check unbroadcast

EN: Write `unbroadcast(grad, shape)`. `grad` is the gradient with respect to the result of
    an operation in which an operand of shape `shape` was broadcast up to `grad.shape`.
    Return the gradient with respect to that operand: the sum of `grad` over the axes
    broadcasting added on the left and over the axes of length 1 in `shape` that it
    stretched. The result has exactly the shape `shape`: axes of length 1 stay, and
    `shape = ()` gives a scalar. Example: `unbroadcast(np.ones((4, 3)), (3,))` gives
    `array([4., 4., 4.])`.

    Check your code with:  gradiente check unbroadcast
"""

import numpy as np


def unbroadcast(grad, shape):
    """Sum grad over the axes broadcasting added or stretched, back to shape."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("unbroadcast")
