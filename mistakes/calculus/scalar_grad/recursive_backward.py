"""No topological order: a recursive backward pass that passes a node's adjoint on before it is complete."""

import math

import numpy as np

DIAGNOSIS = {"es": "sin orden topológico", "en": "no topological order"}


class Value:
    """A number that remembers the nodes it was made from and how to send its adjoint back to them."""

    def __init__(self, data, parents=()):
        self.data = float(data)
        self.grad = 0.0  # the adjoint dL/d(this node), filled in by backward()
        self.parents = parents  # pairs (parent node, local derivative d(this)/d(parent))

    @staticmethod
    def lift(other):
        return other if isinstance(other, Value) else Value(other)

    def __add__(self, other):
        other = Value.lift(other)
        return Value(self.data + other.data, ((self, 1.0), (other, 1.0)))

    def __mul__(self, other):
        other = Value.lift(other)
        return Value(self.data * other.data, ((self, other.data), (other, self.data)))

    def __neg__(self):
        return self * -1.0

    def __sub__(self, other):
        return self + (-Value.lift(other))

    def __pow__(self, n):
        # n is a plain number: d(xⁿ)/dx = n·xⁿ⁻¹
        return Value(self.data**n, ((self, n * self.data ** (n - 1)),))

    def __truediv__(self, other):
        return self * Value.lift(other) ** -1

    def __radd__(self, other):
        return self + other

    def __rmul__(self, other):
        return self * other

    def __rsub__(self, other):
        return Value.lift(other) - self

    def __rtruediv__(self, other):
        return Value.lift(other) / self

    def exp(self):
        e = math.exp(self.data)
        return Value(e, ((self, e),))

    def log(self):
        return Value(math.log(self.data), ((self, 1.0 / self.data),))

    def send(self):
        for parent, local in self.parents:
            parent.grad += local * self.grad
            parent.send()  # passes on whatever it has so far, again at every visit

    def backward(self):
        self.grad = 1.0
        self.send()


def scalar_grad(fn, *xs):
    """The gradient of the scalar function fn at xs, one entry per input: shape (len(xs),)."""
    inputs = [Value(x) for x in xs]
    out = Value.lift(fn(*inputs))
    out.backward()
    return np.array([x.grad for x in inputs])
