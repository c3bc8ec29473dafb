"""Checks for he_init(n_in, n_out, seed): the exact draws of default_rng(seed).normal, a 1×1 and a wide layer."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T


def cases():
    return [
        Case(
            T(
                es="n_in = 3, n_out = 5, semilla 1: desviación √(2/3)",
                en="n_in = 3, n_out = 5, seed 1: deviation √(2/3)",
            ),
            (3, 5, 1),
        ),
        Case(
            T(
                es="n_in = 64, n_out = 32, semilla 0: la primera capa de 64-32-10",
                en="n_in = 64, n_out = 32, seed 0: the first layer of 64-32-10",
            ),
            (64, 32, 0),
        ),
        Case(
            T(
                es="n_in = 1, n_out = 1, semilla 7: un solo peso, desviación √2",
                en="n_in = 1, n_out = 1, seed 7: a single weight, deviation √2",
            ),
            (1, 1, 7),
        ),
    ]


def diagnose(case, expected, got):
    """Recognise the variance used as the scale, Xavier's 1/n_in, and the (n_out, n_in) shape."""
    n_in, n_out, seed = case.args
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    expected = np.asarray(expected)
    if got.shape == (n_out, n_in) and got.shape != expected.shape:
        return T(
            es=f"Tu matriz tiene forma {got.shape}, la convención (n_out, n_in) de PyTorch. Aquí (§1.3) Z = X @ W + b, "
            f"así que W tiene forma (n_in, n_out) = ({n_in}, {n_out}): pídele esa forma a rng.normal.",
            en=f"Your matrix has shape {got.shape}, PyTorch's (n_out, n_in) convention. Here (§1.3) Z = X @ W + b, "
            f"so W has shape (n_in, n_out) = ({n_in}, {n_out}): ask rng.normal for that shape.",
        )
    if got.shape != expected.shape:
        return None
    if n_in != 2 and np.allclose(got, expected * np.sqrt(2.0 / n_in)):
        return T(
            es="Tus números son los esperados por √(2/n_in): le pasaste a normal la varianza 2/n_in como escala. "
            "El segundo argumento de rng.normal es la desviación estándar: usa √(2/n_in).",
            en="Your numbers are the expected ones times √(2/n_in): you gave normal the variance 2/n_in as its scale. "
            "rng.normal's second argument is the standard deviation: use √(2/n_in).",
        )
    if np.allclose(got, expected / np.sqrt(2.0)):
        return T(
            es="Tus números son los esperados divididos entre √2: usaste la varianza 1/n_in (la de Xavier/LeCun, "
            "pensada para tanh). Con ReLU la mitad de las unidades se apagan, y para compensarlo He duplica la varianza: 2/n_in.",
            en="Your numbers are the expected ones divided by √2: you used variance 1/n_in (Xavier's/LeCun's, "
            "meant for tanh). With ReLU half the units are off, and to make up for it He doubles the variance: 2/n_in.",
        )
    return None
