"""Ejercicio / Exercise: scalar_grad

ES: Escribe `scalar_grad(fn, *xs)`. Primero completa la clase `Value` del archivo: un número
    que recuerda de qué nodos salió y la derivada local respecto de cada uno, con `+`, `-`,
    `*`, `/` (también con un número a la izquierda, como `2 * a` o `1 - p`), el `-` unario,
    `**` un número, los métodos `exp()` y `log()`, y `backward()`, que recorre el grafo en
    orden topológico inverso acumulando los adjuntos con `+=`. Luego, en `scalar_grad`,
    envuelve cada número de `xs` en un `Value`, llama a `fn` con ellos, corre `backward()`
    sobre el resultado y devuelve los gradientes ∂fn/∂xᵢ en un arreglo de forma (len(xs),).
    Ejemplo: `scalar_grad(lambda a: a * a, 3.0)` da `array([6.])`.

    Comprueba tu código con:  gradiente check scalar_grad

EN: Write `scalar_grad(fn, *xs)`. First complete the file's `Value` class: a number that
    remembers which nodes it came from and the local derivative with respect to each, with
    `+`, `-`, `*`, `/` (with a number on the left too, as in `2 * a` or `1 - p`), unary `-`,
    `**` a number, the methods `exp()` and `log()`, and `backward()`, which walks the graph
    in reverse topological order accumulating the adjoints with `+=`. Then, in
    `scalar_grad`, wrap each number of `xs` in a `Value`, call `fn` on them, run
    `backward()` on the result and return the gradients ∂fn/∂xᵢ as an array of shape
    (len(xs),). Example: `scalar_grad(lambda a: a * a, 3.0)` gives `array([6.])`.

    Check your code with:  gradiente check scalar_grad
"""

import math

import numpy as np


class Value:
    """A number that remembers the nodes it was made from, and how to send its adjoint back to them."""

    def __init__(self, data, parents=()):
        self.data = float(data)
        self.grad = 0.0  # the adjoint dL/d(this node), filled in by backward()
        self.parents = parents  # pairs (parent node, local derivative d(this)/d(parent))

    def __add__(self, other):
        # A model to copy: d(a + b)/da = 1 and d(a + b)/db = 1.
        other = other if isinstance(other, Value) else Value(other)
        return Value(self.data + other.data, ((self, 1.0), (other, 1.0)))

    def __radd__(self, other):  # 2 + a: Python asks the Value on the right
        return self + other

    # TODO: __mul__, __rmul__, __neg__, __sub__, __rsub__, __pow__ (a number n),
    #       __truediv__, __rtruediv__, exp(), log()

    def backward(self):
        """Fill in .grad on every node this one depends on (this one's adjoint is 1)."""
        # TODO: a topological order, then the adjoints in reverse, with +=
        raise NotImplementedError("Value.backward")


def scalar_grad(fn, *xs):
    """The gradient of the scalar function fn at xs, one entry per input: shape (len(xs),)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("scalar_grad")
