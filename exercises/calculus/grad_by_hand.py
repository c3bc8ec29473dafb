"""Ejercicio / Exercise: grad_by_hand

ES: Escribe `grad_by_hand(x, y)`, que devuelve el arreglo [∂f/∂x, ∂f/∂y] (forma (2,)) de
    f(x, y) = (x·y + sin x)·(x + y²) en los números x, y. Hazlo como en el grafo de la
    lección: una pasada hacia adelante que guarde cada nodo (a = x·y, s = sin x, u = a + s,
    v = x + y², f = u·v) y una pasada hacia atrás que calcule sus adjuntos. No uses
    diferencias finitas ni `gradiente.autodiff`: la comprobación no lo puede detectar, pero
    el ejercicio es hacer la cuenta tú.

    Comprueba tu código con:  gradiente check grad_by_hand

EN: Write `grad_by_hand(x, y)`, which returns the array [∂f/∂x, ∂f/∂y] (shape (2,)) of
    f(x, y) = (x·y + sin x)·(x + y²) at the numbers x, y. Do it as in the lesson's graph: a
    forward pass that keeps every node (a = x·y, s = sin x, u = a + s, v = x + y², f = u·v)
    and a backward pass that computes their adjoints. Do not use finite differences or
    `gradiente.autodiff`: the check cannot tell, but the exercise is doing the sums
    yourself.

    Check your code with:  gradiente check grad_by_hand
"""

import numpy as np


def grad_by_hand(x, y):
    """[∂f/∂x, ∂f/∂y] of f(x, y) = (x·y + sin x)·(x + y²), shape (2,)."""
    # Forward pass / pasada hacia adelante: a = x·y, s = sin x, u = a + s, v = x + y², f = u·v
    # TODO
    # Backward pass / pasada hacia atrás: start from f̄ = 1 / empieza con f̄ = 1
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("grad_by_hand")
