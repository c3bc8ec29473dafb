"""Checks for best_constant(y, loss): a hand case with an outlier, diabetes' target, breast cancer's labels, edges."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_breast_cancer, load_diabetes

HAND = np.array([2.0, 2.0, 3.0, 5.0, 100.0])  # mean 22.4, median 3, mode 2


def cases():
    progression = load_diabetes().target  # 442 values: mean 152.13, median 140.5, mode 72
    benign = load_breast_cancer().target  # 569 labels, 357 ones (benign)
    return [
        Case(T(es="y = (2, 2, 3, 5, 100),  `loss='mse'`", en="y = (2, 2, 3, 5, 100),  `loss='mse'`"), (HAND, "mse")),
        Case(T(es="y = (2, 2, 3, 5, 100),  `loss='mae'`", en="y = (2, 2, 3, 5, 100),  `loss='mae'`"), (HAND, "mae")),
        Case(
            T(
                es="diabetes: la progresión de los 442 pacientes,  `loss='mse'`",
                en="diabetes: the progression of the 442 patients,  `loss='mse'`",
            ),
            (progression, "mse"),
        ),
        Case(
            T(
                es="diabetes: la progresión de los 442 pacientes,  `loss='mae'`",
                en="diabetes: the progression of the 442 patients,  `loss='mae'`",
            ),
            (progression, "mae"),
        ),
        Case(
            T(
                es="cáncer de mama: las 569 etiquetas (1 = benigno),  `loss='log'`",
                en="breast cancer: the 569 labels (1 = benign),  `loss='log'`",
            ),
            (benign, "log"),
        ),
        Case(
            T(
                es="un número par de datos: y = (1, 2, 3, 10),  `loss='mae'`",
                en="an even number of values: y = (1, 2, 3, 10),  `loss='mae'`",
            ),
            (np.array([1.0, 2.0, 3.0, 10.0]), "mae"),
        ),
        Case(
            T(
                es="una lista de enteros: y = [0, 1, 1, 1],  `loss='log'`",
                en="a list of integers: y = [0, 1, 1, 1],  `loss='log'`",
            ),
            ([0, 1, 1, 1], "log"),
        ),
    ]


def _mode(y):
    values, counts = np.unique(y, return_counts=True)
    return values[np.argmax(counts)]


def diagnose(case, expected, got):
    """Recognise the mean where the median belongs (and back), the mode, a loose median, and log-odds."""
    y, loss = case.args
    y = np.asarray(y, dtype=float)
    try:
        got = float(got)
    except (TypeError, ValueError):
        return None
    mean, median = float(np.mean(y)), float(np.median(y))
    if loss == "mae":
        if np.isclose(got, mean) and not np.isclose(mean, median):
            return T(
                es=f"Devolviste la media ({mean:.6g}): esa es la constante del MSE. Recalcula para el MAE: la "
                "derivada de |yᵢ − c| respecto de c vale −1 o +1 según yᵢ quede arriba o abajo de c, sin importar "
                "qué tan lejos. ¿Dónde se anula la suma? Un valor extremo no mueve ese punto.",
                en=f"You returned the mean ({mean:.6g}): that is the constant for MSE. Work it out again for MAE: "
                "the derivative of |yᵢ − c| with respect to c is −1 or +1 depending on whether yᵢ lies above or "
                "below c, however far. Where does the sum vanish? An extreme value does not move that point.",
            )
        if np.isclose(got, _mode(y)) and not np.isclose(_mode(y), median):
            return T(
                es=f"Devolviste la moda ({got:.6g}), el valor que más se repite. La moda minimiza cuántas veces "
                "fallas, no cuánto te equivocas en promedio: para el MAE, busca el valor que deja la mitad de los "
                "datos a cada lado.",
                en=f"You returned the mode ({got:.6g}), the most frequent value. The mode minimises how often you "
                "miss, not how far off you are on average: for MAE, look for the value that leaves half of the "
                "data on each side.",
            )
        ordered = np.sort(y)
        if len(y) % 2 == 0 and ordered[len(y) // 2 - 1] <= got <= ordered[len(y) // 2]:
            return T(
                es=f"Con un número par de datos, toda c entre los dos valores centrales ({ordered[len(y) // 2 - 1]:g} "
                f"y {ordered[len(y) // 2]:g}) da el mismo MAE: tu {got:g} también es un mínimo. El ejercicio pide "
                "la convención de np.median: el punto medio de esos dos valores.",
                en=f"With an even number of values, every c between the two central ones "
                f"({ordered[len(y) // 2 - 1]:g} and {ordered[len(y) // 2]:g}) gives the same MAE: your {got:g} is a "
                "minimum too. The exercise asks for np.median's convention: the midpoint of those two values.",
            )
    if loss == "mse" and np.isclose(got, median) and not np.isclose(mean, median):
        return T(
            es=f"Devolviste la mediana ({median:.6g}): esa es la constante del MAE. Para el MSE, deriva "
            "(1/n)Σ(yᵢ − c)² respecto de c e iguala a cero.",
            en=f"You returned the median ({median:.6g}): that is the constant for MAE. For MSE, differentiate "
            "(1/n)Σ(yᵢ − c)² with respect to c and set it to zero.",
        )
    if loss == "log" and 0 < expected < 1 and np.isclose(1 / (1 + np.exp(-got)), expected):
        return T(
            es=f"Devolviste {got:.6g}, el logit ln(p / (1 − p)) (el logaritmo de la razón p / (1 − p)): al aplicarle la sigmoide da "
            f"justo la respuesta, {expected:.6g}. Con 'log' se pide la probabilidad p misma, un número entre 0 y 1.",
            en=f"You returned {got:.6g}, the log-odds ln(p / (1 − p)): the sigmoid of it is exactly the answer, "
            f"{expected:.6g}. With 'log' the probability p itself is asked for, a number between 0 and 1.",
        )
    return None
