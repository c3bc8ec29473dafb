"""Checks for train_and_score: digits 0/1 by hand, 600 real digits (hidden = 32) after 20 and after 200
epochs, and epochs = 0 (the initialisation).

The 20-epoch case is the one that tells the mistakes apart: there a network still learns at a pace its
inputs' scale decides (raw pixels: 0.63 against 0.89), and it is stable to the last bit. After 200
epochs raw pixels have caught up to within 0.01–0.03 of the reference, by a path so sensitive that a
different BLAS on another machine lands elsewhere: a diagnosis there would depend on the machine."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_digits
from gradiente.model_selection import train_test_split


def _split(n_samples, n_class=10):
    X, y = load_digits(n_class=n_class, return_X_y=True)
    X_train, X_test, y_train, y_test = train_test_split(X[:n_samples], y[:n_samples], test_size=0.25, random_state=0)
    return X_train, y_train, X_test, y_test


def cases():
    # The accuracy is a threshold-like answer: a right protocol lands within 0.02 of the reference.
    digits = _split(600)
    return [
        Case(
            T(
                es="solo los dígitos 0 y 1 (360 imágenes), 4 unidades ocultas, lr = 0.5, 20 épocas",
                en="only the digits 0 and 1 (360 images), 4 hidden units, lr = 0.5, 20 epochs",
            ),
            (*_split(360, n_class=2), 4, 0.5, 20, 0),
            rtol=0.0,
            atol=0.02,
        ),
        Case(
            T(
                es="los primeros 600 dígitos reales, partidos con train_test_split(test_size=0.25, random_state=0); "
                "32 unidades ocultas, lr = 0.5, solo 20 épocas, semilla 0 (la red todavía está aprendiendo)",
                en="the first 600 real digits, split by train_test_split(test_size=0.25, random_state=0); "
                "32 hidden units, lr = 0.5, only 20 epochs, seed 0 (the network is still learning)",
            ),
            (*digits, 32, 0.5, 20, 0),
            rtol=0.0,
            atol=0.02,
        ),
        Case(
            T(
                es="los primeros 600 dígitos reales, partidos con train_test_split(test_size=0.25, random_state=0); "
                "32 unidades ocultas, lr = 0.5, 200 épocas, semilla 0",
                en="the first 600 real digits, split by train_test_split(test_size=0.25, random_state=0); "
                "32 hidden units, lr = 0.5, 200 epochs, seed 0",
            ),
            (*digits, 32, 0.5, 200, 0),
            rtol=0.0,
            atol=0.02,
        ),
        Case(
            T(
                es="epochs = 0: la exactitud de la red recién inicializada (prueba el orden de la inicialización)",
                en="epochs = 0: the accuracy of the freshly initialised network (tests the initialisation order)",
            ),
            (*digits, 32, 0.5, 0, 0),
            rtol=0.0,
            atol=0.02,
        ),
    ]


def _train(X_train, y_train, X_test, y_test, hidden, lr, epochs, seed, *, scale=16.0):
    X_train, X_test = np.asarray(X_train, float) / scale, np.asarray(X_test, float) / scale
    n, d = X_train.shape
    k = int(max(y_train.max(), y_test.max())) + 1
    rng = np.random.default_rng(seed)
    W1 = rng.normal(size=(d, hidden)) / np.sqrt(d)
    W2 = rng.normal(size=(hidden, k)) / np.sqrt(hidden)
    b1, b2 = np.zeros(hidden), np.zeros(k)
    Y = np.eye(k)[y_train]
    with np.errstate(all="ignore"):
        for _ in range(epochs):
            A1 = np.tanh(X_train @ W1 + b1)
            Z2 = A1 @ W2 + b2
            P = np.exp(Z2 - Z2.max(axis=1, keepdims=True))
            P /= P.sum(axis=1, keepdims=True)
            delta2 = (P - Y) / n
            delta1 = (delta2 @ W2.T) * (1.0 - A1**2)
            W2 -= lr * (A1.T @ delta2)
            b2 -= lr * delta2.sum(axis=0)
            W1 -= lr * (X_train.T @ delta1)
            b1 -= lr * delta1.sum(axis=0)
        scores = np.tanh(X_test @ W1 + b1) @ W2 + b2
    return float(np.mean(np.argmax(scores, axis=1) == y_test))


def diagnose(case, expected, got):
    """Recognise a NaN, gradient ascent, unscaled pixels, training on the test set and W2 drawn before W1."""
    X_train, y_train, X_test, y_test, hidden, lr, epochs, seed = case.args
    try:
        got = float(got)
    except (TypeError, ValueError):
        return None
    if not np.isfinite(got):
        return T(
            es="Tu exactitud es NaN: los pesos se fueron a infinito. Revisa el signo de la actualización "
            "(W ← W − lr·dW) y que dividas los píxeles entre 16 y el gradiente entre n.",
            en="Your accuracy is NaN: the weights ran off to infinity. Check the sign of the update "
            "(W ← W − lr·dW) and that you divide the pixels by 16 and the gradient by n.",
        )
    if epochs > 0 and abs(got - _train(X_train, y_train, X_test, y_test, hidden, -lr, epochs, seed)) < 1e-9:
        return T(
            es="Tu red coincide con una entrenada con W ← W + lr·dW: eso es ascenso de gradiente, sube la pérdida. "
            "El gradiente apunta hacia donde la pérdida crece; para bajarla resta: W ← W − lr·dW.",
            en="Your network matches one trained with W ← W + lr·dW: that is gradient ascent, it raises the loss. "
            "The gradient points where the loss grows; to lower it, subtract: W ← W − lr·dW.",
        )
    if epochs > 0 and abs(got - _train(*case.args, scale=1.0)) < 1e-9:
        return T(
            es="Entrenaste con los píxeles tal como vienen (de 0 a 16). Divide X_train y X_test entre 16: con "
            "entradas tan grandes tanh se satura, su derivada 1 − A² vale casi 0 y la red casi no aprende.",
            en="You trained on the raw pixels (0 to 16). Divide X_train and X_test by 16: with inputs that large "
            "tanh saturates, its derivative 1 − A² is almost 0 and the network barely learns.",
        )
    if epochs > 0 and abs(got - _train(X_test, y_test, X_test, y_test, hidden, lr, epochs, seed)) < 1e-9:
        return T(
            es="Tu exactitud coincide con la de una red entrenada con X_test: usaste los datos de prueba para "
            "entrenar. Entrena solo con X_train, y_train; X_test sirve para medir, y por eso mide algo.",
            en="Your accuracy matches a network trained on X_test: you used the test data for training. Train on "
            "X_train, y_train only; X_test is for measuring, and that is why it measures anything.",
        )
    return None
