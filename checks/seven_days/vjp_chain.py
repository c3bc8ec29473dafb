"""Checks for vjp_chain(jacobians, upstream): a square 2→2→2 hand case (where the order shows in the values),
three random layers 5→4→3→2, the digits network 64-16-10 at a held-out digit, a one-layer scalar output."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_digits
from gradiente.models import MLPClassifier


def digits_network():
    """A 64-16-10 sigmoid network trained on the first 1500 digits (pixels / 16); returns it with X, y."""
    X, y = load_digits(return_X_y=True)
    X = X / 16.0
    net = MLPClassifier((16,), activation="sigmoid", lr=0.01, epochs=60, batch_size=64, random_state=0)
    return net.fit(X[:1500], y[:1500]), X, y


def digits_chain(net, x, label):
    """The three Jacobians of x ↦ z₁ = W₁ᵀx + b₁ ↦ a₁ = σ(z₁) ↦ z₂ = W₂ᵀa₁ + b₂ (maths layout), and ∂L/∂z₂.

    L is the cross-entropy of the true label: ∂L/∂z₂ = softmax(z₂) − onehot(label).
    """
    W1, W2 = net.coefs_  # (64, 16), (16, 10): code layout, so the maths matrices are their transposes
    b1, b2 = net.intercepts_
    z1 = x @ W1 + b1
    a1 = 1.0 / (1.0 + np.exp(-z1))
    z2 = a1 @ W2 + b2
    p = np.exp(z2 - z2.max())
    p /= p.sum()
    upstream = p - np.eye(10)[label]
    return [W1.T, np.diag(a1 * (1.0 - a1)), W2.T], upstream


def cases():
    rng = np.random.default_rng(0)
    widths = (5, 4, 3, 2)
    random_chain = [rng.normal(size=(n_out, n_in)) for n_in, n_out in zip(widths[:-1], widths[1:])]
    net, X, y = digits_network()
    digit_chain, digit_upstream = digits_chain(net, X[1500], y[1500])
    return [
        Case(
            T(
                es="a mano: J₁ = [[1, 2], [0, 1]], J₂ = [[1, 0], [3, 1]], upstream = (1, 0); la respuesta es (1, 2)",
                en="by hand: J₁ = [[1, 2], [0, 1]], J₂ = [[1, 0], [3, 1]], upstream = (1, 0); the answer is (1, 2)",
            ),
            ([np.array([[1.0, 2.0], [0.0, 1.0]]), np.array([[1.0, 0.0], [3.0, 1.0]])], np.array([1.0, 0.0])),
        ),
        Case(
            T(
                es="tres capas al azar 5 → 4 → 3 → 2 (semilla 0), upstream = (1, −1)",
                en="three random layers 5 → 4 → 3 → 2 (seed 0), upstream = (1, −1)",
            ),
            (random_chain, np.array([1.0, -1.0])),
        ),
        Case(
            T(
                es="dígitos reales: la red 64-16-10 entrenada, en el dígito 1500 (no visto al entrenar), "
                "con J₁ = W₁ᵀ, J₂ = diag(σ′(z₁)), J₃ = W₂ᵀ",
                en="real digits: the trained 64-16-10 network, at digit 1500 (unseen in training), "
                "with J₁ = W₁ᵀ, J₂ = diag(σ′(z₁)), J₃ = W₂ᵀ",
            ),
            (digit_chain, digit_upstream),
            rtol=1e-9,
        ),
        Case(
            T(
                es="una sola capa con una sola salida: J = [[2, −1, 0.5]] y upstream = (1,) dan la fila de J",
                en="a single layer with a single output: J = [[2, −1, 0.5]] and upstream = (1,) give J's row",
            ),
            ([np.array([[2.0, -1.0, 0.5]])], np.array([1.0])),
        ),
    ]


def _try(compute):
    try:
        return compute()
    except (ValueError, TypeError, IndexError):
        return None


def _forward_order(jacobians, g):
    for J in jacobians:
        g = g @ J
    return g


def _pushed(jacobians, g, order):
    for J in order(jacobians):
        g = J @ g
    return g


def diagnose(case, expected, got):
    """Recognise the forward order, J g instead of gᵀ J, and the product matrix returned."""
    jacobians, upstream = case.args
    jacobians = [np.asarray(J, dtype=float) for J in jacobians]
    upstream = np.asarray(upstream, dtype=float)
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.ndim == 2:
        return T(
            es=f"Devolviste una matriz de forma {got.shape}: el producto de los jacobianos, sin el vector. "
            f"Se pide ∂L/∂x, un vector de forma {expected.shape}, como x. La retropropagación nunca arma ese "
            "producto: empieza con g = upstream y multiplica el vector fila por un jacobiano a la vez, g @ J.",
            en=f"You returned a matrix of shape {got.shape}: the product of the Jacobians, without the vector. "
            f"What is asked is ∂L/∂x, a vector of shape {expected.shape}, like x. Backpropagation never builds that "
            "product: start with g = upstream and multiply the row vector by one Jacobian at a time, g @ J.",
        )
    if got.shape != expected.shape:
        return None
    forward = _try(lambda: _forward_order(jacobians, upstream))
    if forward is not None and not np.allclose(forward, expected) and np.allclose(got, forward):
        return T(
            es="Recorriste los jacobianos en el orden de la pasada hacia adelante (J₁ primero). El gradiente "
            "llega desde la salida: el primero que toca a upstream = ∂L/∂y_L es J_L, luego J_{L−1}, … y J₁ al "
            "final. Recorre la lista al revés, con reversed(jacobians). (Aquí las matrices son cuadradas y no "
            "saltó un error de forma; con capas de anchos distintos sí saltaría.)",
            en="You went through the Jacobians in forward order (J₁ first). The gradient arrives from the output: "
            "the first one to meet upstream = ∂L/∂y_L is J_L, then J_{L−1}, … and J₁ last. Walk the list backwards, "
            "with reversed(jacobians). (The matrices here are square, so no shape error was raised; with layers of "
            "different widths it would be.)",
        )
    for order in (reversed, list):
        pushed = _try(lambda order=order: _pushed(jacobians, upstream, order))
        if pushed is not None and not np.allclose(pushed, expected) and np.allclose(got, pushed):
            return T(
                es="Multiplicaste J @ g, el jacobiano por el vector: eso empuja un cambio hacia adelante (Jδ). "
                "Retropropagar es gᵀJ, el vector fila por la izquierda: g @ J, que es lo mismo que Jᵀ @ g. Con "
                "matrices cuadradas no hay error de forma que te avise; los valores sí cambian.",
                en="You multiplied J @ g, the Jacobian times the vector: that pushes a change forwards (Jδ). "
                "Backpropagating is gᵀJ, the row vector on the left: g @ J, which is the same as Jᵀ @ g. With square "
                "matrices no shape error warns you; the values do change.",
            )
    return None
