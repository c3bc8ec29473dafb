"""= instead of +=: a node used twice keeps only its last contribution."""

import math

import numpy as np

DIAGNOSIS = {"es": "en vez de acumularlo con +=", "en": "instead of accumulating it with +="}


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

    def backward(self):
        # A topological order: every node after all the nodes it was made from (no recursion).
        order, seen, stack = [], set(), [(self, False)]
        while stack:
            node, parents_done = stack.pop()
            if parents_done:
                order.append(node)
            elif id(node) not in seen:
                seen.add(id(node))
                stack.append((node, True))
                stack.extend((parent, False) for parent, _ in node.parents)
        self.grad = 1.0
        for node in reversed(order):  # the output first, every node before its parents
            for parent, local in node.parents:
                parent.grad = local * node.grad


def scalar_grad(fn, *xs):
    """The gradient of the scalar function fn at xs, one entry per input: shape (len(xs),)."""
    inputs = [Value(x) for x in xs]
    out = Value.lift(fn(*inputs))
    out.backward()
    return np.array([x.grad for x in inputs])
