"""Checks for scalar_grad(fn, *xs): the gradient of a scalar function, through the learner's own Value engine.

Each ``fn`` below is a top-level function, so the grader can send it to the learner's process:
there it is called on the learner's Values (it only uses + − × ÷, ``**`` a number, ``exp``, ``log``).
"""

import math

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T


def square(a):
    return a * a


def exp_mix(a, b):
    return (a * b + a**2).exp()


def quotient(a, b):
    return (a - b) / (a + b)


def diamond(a):
    b = 2 * a
    c = a**2
    return b * c


def diamond_below(x):
    a = x.exp()  # a is not an input: its adjoint must be complete before it is passed on to x
    b = 2 * a
    c = a**2
    return b * c


def logistic_loss(w, b):
    # one sample x = 2 with label y = 0: L = −log(1 − p), p = 1 / (1 + e^(−z)), z = w·x + b
    z = w * 2.0 + b
    p = 1 / (1 + (-z).exp())
    return -(1 - p).log()


def chain30(x):
    for _ in range(10):  # 10 × (×, +, log) = 30 operations in a row
        x = (x * 0.5 + 1.0).log()
    return x


def ignores_b(a, b):
    return 3 * a


def cases():
    return [
        Case(
            T(es="f(a) = a·a en a = 3 (la respuesta es 6)", en="f(a) = a·a at a = 3 (the answer is 6)"), (square, 3.0)
        ),
        Case(T.same("f(a, b) = exp(a·b + a²),  (a, b) = (0.5, −1)"), (exp_mix, 0.5, -1.0)),
        Case(T.same("f(a, b) = (a − b) / (a + b),  (a, b) = (3, 1)"), (quotient, 3.0, 1.0)),
        Case(
            T(
                es="diamante: b = 2a, c = a², d = b·c en a = 1.5",
                en="diamond: b = 2a, c = a², d = b·c at a = 1.5",
            ),
            (diamond, 1.5),
        ),
        Case(
            T(
                es="diamante sobre un nodo interior: a = exp(x), b = 2a, c = a², d = b·c en x = 0.5",
                en="diamond on an inner node: a = exp(x), b = 2a, c = a², d = b·c at x = 0.5",
            ),
            (diamond_below, 0.5),
        ),
        Case(
            T(
                es="pérdida logística de una muestra (x = 2, y = 0) en (w, b) = (0.3, −0.2)",
                en="logistic loss of one sample (x = 2, y = 0) at (w, b) = (0.3, −0.2)",
            ),
            (logistic_loss, 0.3, -0.2),
        ),
        Case(
            T(
                es="cadena de 30 operaciones: 10 veces x ← log(0.5·x + 1), desde x = 2",
                en="a chain of 30 operations: 10 times x ← log(0.5·x + 1), from x = 2",
            ),
            (chain30, 2.0),
        ),
        Case(
            T(
                es="caso límite: f(a, b) = 3a no usa b, así que ∂f/∂b = 0",
                en="edge case: f(a, b) = 3a never uses b, so ∂f/∂b = 0",
            ),
            (ignores_b, 1.0, 2.0),
        ),
    ]


# --- engines with one typical mistake each, to recognise a wrong answer by recomputing it ---------


class _Wrong:
    """A scalar engine with one mistake: "assign" (= instead of +=), "recursive" (no topological
    order: each node passes its adjoint on as soon as it gets a piece of it), or "power" (n·xⁿ)."""

    mode = ""

    def __init__(self, data, parents=()):
        self.data, self.grad, self.parents = float(data), 0.0, parents

    @classmethod
    def lift(cls, other):
        return other if isinstance(other, _Wrong) else cls(other)

    def __add__(self, other):
        other = self.lift(other)
        return type(self)(self.data + other.data, ((self, 1.0), (other, 1.0)))

    def __mul__(self, other):
        other = self.lift(other)
        return type(self)(self.data * other.data, ((self, other.data), (other, self.data)))

    def __neg__(self):
        return self * -1.0

    def __sub__(self, other):
        return self + (-self.lift(other))

    def __pow__(self, n):
        local = n * self.data**n if self.mode == "power" else n * self.data ** (n - 1)
        return type(self)(self.data**n, ((self, local),))

    def __truediv__(self, other):
        return self * self.lift(other) ** -1

    def __radd__(self, other):
        return self + other

    def __rmul__(self, other):
        return self * other

    def __rsub__(self, other):
        return self.lift(other) - self

    def __rtruediv__(self, other):
        return self.lift(other) / self

    def exp(self):
        e = math.exp(self.data)
        return type(self)(e, ((self, e),))

    def log(self):
        return type(self)(math.log(self.data), ((self, 1.0 / self.data),))

    def _send(self):
        for parent, local in self.parents:
            parent.grad += local * self.grad
            parent._send()

    def backward(self):
        self.grad = 1.0
        if self.mode == "recursive":
            self._send()
            return
        order, seen, stack = [], set(), [(self, False)]
        while stack:
            node, done = stack.pop()
            if done:
                order.append(node)
            elif id(node) not in seen:
                seen.add(id(node))
                stack += [(node, True)] + [(parent, False) for parent, _ in node.parents]
        for node in reversed(order):
            for parent, local in node.parents:
                if self.mode == "assign":
                    parent.grad = local * node.grad
                else:
                    parent.grad += local * node.grad


def _gradient_with(mode, fn, xs):
    engine = type(f"_Wrong_{mode}", (_Wrong,), {"mode": mode})
    inputs = [engine(x) for x in xs]
    out = engine.lift(fn(*inputs))
    out.backward()
    return np.array([x.grad for x in inputs])


def diagnose(case, expected, got):
    fn, *xs = case.args
    expected = np.asarray(expected, dtype=float)
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape != expected.shape:
        if got.ndim == 0 and expected.shape == (1,):
            return None
        return T(
            es=f"Se esperaba un arreglo con un gradiente por entrada, de forma ({len(xs)},), y tu función devolvió "
            f"forma {got.shape}: devuelve np.array([x.grad for x in entradas]).",
            en=f"Expected an array with one gradient per input, of shape ({len(xs)},), and your function returned "
            f"shape {got.shape}: return np.array([x.grad for x in inputs]).",
        )

    def matches(mode):
        candidate = _gradient_with(mode, fn, xs)
        return np.allclose(got, candidate, rtol=1e-7, atol=1e-10) and not np.allclose(candidate, expected)

    if np.allclose(got, 0) and not np.allclose(expected, 0):
        return T(
            es="Todos tus gradientes valen 0: ¿le diste a la salida su adjunto inicial? Antes de recorrer el "
            "grafo hacia atrás, la salida necesita grad = 1 (∂L/∂L = 1); si empieza en 0, todo lo que multiplica "
            "por él también.",
            en="All your gradients are 0: did you give the output its starting adjoint? Before walking the graph "
            "backwards the output needs grad = 1 (∂L/∂L = 1); if it starts at 0, everything multiplied by it does too.",
        )
    if matches("assign"):
        return T(
            es="Escribes el adjunto con = en vez de acumularlo con +=: cuando un nodo se usa dos veces (a·a usa "
            "a dos veces), la segunda contribución borra la primera, y en a·a en a = 3 obtienes 3 en vez de 6. "
            "Cada camino suma: parent.grad += local * node.grad.",
            en="You write the adjoint with = instead of accumulating it with +=: when a node is used twice (a·a "
            "uses a twice), the second contribution wipes out the first, and a·a at a = 3 gives 3 instead of 6. "
            "Every path adds: parent.grad += local * node.grad.",
        )
    if matches("recursive"):
        return T(
            es="Tu retropropagación es recursiva, sin orden topológico: cada nodo pasa su adjunto a sus padres en "
            "cuanto recibe una parte, y cuando le llega la segunda parte lo vuelve a pasar entero. Los caminos que "
            "cruzan un nodo usado dos veces se cuentan de más. Ordena primero los nodos (cada uno después de sus "
            "padres) y recórrelos al revés: así un nodo reparte su adjunto solo cuando ya está completo.",
            en="Your backward pass is recursive, with no topological order: each node passes its adjoint to its "
            "parents as soon as it receives a piece of it, and when the second piece arrives it passes the whole "
            "sum again. Paths through a node used twice get counted too often. First order the nodes (each after "
            "its parents) and walk them in reverse: then a node hands on its adjoint only once it is complete.",
        )
    if matches("power"):
        return T(
            es="La derivada local de x**n está mal: usaste n·xⁿ, pero la regla de la potencia es n·xⁿ⁻¹ "
            "(la derivada de x² es 2x, no 2x²).",
            en="The local derivative of x**n is wrong: you used n·xⁿ, but the power rule is n·xⁿ⁻¹ "
            "(the derivative of x² is 2x, not 2x²).",
        )
    return None
