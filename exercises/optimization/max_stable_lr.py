"""Ejercicio / Exercise: max_stable_lr

ES: Escribe `max_stable_lr(X)`: la tasa límite 2/L del descenso de gradiente sobre
    J(w) = (1/n)‖Xw − y‖², donde L es el valor propio más grande de la hessiana de J. `X`
    tiene forma (n_samples, n_features); la hessiana no depende de y ni de w. Devuelve un
    float.

    Comprueba tu código con:  gradiente check max_stable_lr

EN: Write `max_stable_lr(X)`: the limiting rate 2/L of gradient descent on
    J(w) = (1/n)‖Xw − y‖², where L is the largest eigenvalue of J's Hessian. `X` has shape
    (n_samples, n_features); the Hessian depends neither on y nor on w. Return a float.

    Check your code with:  gradiente check max_stable_lr
"""

import numpy as np


def max_stable_lr(X):
    """The limiting learning rate 2/L for the mean squared error of a linear model."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("max_stable_lr")
