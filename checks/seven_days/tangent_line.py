"""Checks for tangent_line(f, x0, h=1e-5): σ at 0 and a cubic by hand, the log loss of one sample, the mean
log loss of breast cancer as a function of one weight, a straight line, and a given step h."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_breast_cancer


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def cubic(x):
    return x**3 - 3 * x + 1


def log_loss_one_sample(w):
    """−ln σ(3w): the log loss of one sample with x = 3 and label 1, as a function of the weight w."""
    return np.logaddexp(0.0, -3 * w)


def line(x):
    return 2 - 0.5 * x


def cube(x):
    return x**3


def _breast_cancer_radius():
    """The standardised mean radius (ddof=0) and 1 for a malignant tumour (target 0), 0 for a benign one."""
    data = load_breast_cancer()
    radius = data.data[:, list(data.feature_names).index("mean radius")]
    return (radius - radius.mean()) / radius.std(), (data.target == 0).astype(float)


RADIUS_Z, IS_MALIGNANT = _breast_cancer_radius()


def mean_log_loss(w):
    """Mean log loss over the 569 tumours of the model P(malignant) = σ(w·z), z the standardised mean radius."""
    scores = w * RADIUS_Z
    return np.mean(np.logaddexp(0.0, scores) - IS_MALIGNANT * scores)  # −y ln σ(s) − (1 − y) ln(1 − σ(s))


def cases():
    return [
        Case(
            T(es="a mano: σ en x₀ = 0 (tangente y = 0.25x + 0.5)", en="by hand: σ at x₀ = 0 (tangent y = 0.25x + 0.5)"),
            (sigmoid, 0.0),
        ),
        Case(
            T(
                es="a mano: f(x) = x³ − 3x + 1 en x₀ = 2 (tangente y = 9x − 15)",
                en="by hand: f(x) = x³ − 3x + 1 at x₀ = 2 (tangent y = 9x − 15)",
            ),
            (cubic, 2.0),
        ),
        Case(
            T(
                es="la pérdida logística de una muestra, −ln σ(3w), en w = 0.5",
                en="the log loss of one sample, −ln σ(3w), at w = 0.5",
            ),
            (log_loss_one_sample, 0.5),
        ),
        Case(
            T(
                es="cáncer de mama: la pérdida logística media de σ(w·z), z el radio medio estandarizado, en w = 1",
                en="breast cancer: the mean log loss of σ(w·z), z the standardised mean radius, at w = 1",
            ),
            (mean_log_loss, 1.0),
        ),
        Case(
            T(
                es="caso límite: la tangente de la recta f(x) = 2 − 0.5x es la misma recta (x₀ = 4)",
                en="edge case: the tangent of the line f(x) = 2 − 0.5x is that same line (x₀ = 4)",
            ),
            (line, 4),
        ),
        Case(
            T(
                es="caso límite: f(x) = x³ en x₀ = 1 con el paso h = 0.1 que se pasa (la central da 3 + h²)",
                en="edge case: f(x) = x³ at x₀ = 1 with the given step h = 0.1 (the central one gives 3 + h²)",
            ),
            (cube, 1.0, 0.1),
        ),
    ]


def diagnose(case, expected, got):
    """Recognise the intercept left at f(x₀) or with its sign flipped, the swapped order, the forward
    difference, a step other than the one given, and `/ 2 * h`."""
    f, x0 = case.args[0], case.args[1]
    h = case.args[2] if len(case.args) > 2 else 1e-5
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    expected = np.asarray(expected, dtype=float)
    if got.shape != (2,):
        return None
    slope, intercept = expected
    fx0 = float(f(x0))

    def matches(candidate):
        candidate = np.asarray(candidate, dtype=float)
        return np.allclose(got, candidate, rtol=1e-7, atol=1e-10) and not np.allclose(
            candidate, expected, rtol=1e-7, atol=1e-10
        )

    if matches(expected[::-1]):
        return T(
            es="Tus dos números están al revés: devolviste [ordenada, pendiente]. El orden pedido es "
            "[pendiente, ordenada al origen], como en y = pendiente·x + ordenada.",
            en="Your two numbers are swapped: you returned [intercept, slope]. The order asked for is "
            "[slope, intercept], as in y = slope·x + intercept.",
        )
    if np.isclose(got[0], slope, rtol=1e-7, atol=1e-10) and matches([slope, fx0]):
        return T(
            es=f"La pendiente está bien, pero tomaste f(x₀) = {fx0:.6g} como ordenada al origen. La ordenada es "
            "la altura de la recta en x = 0, no en x₀: como y = f(x₀) + pendiente·(x − x₀), en x = 0 queda "
            "f(x₀) − pendiente·x₀. Vuelve a calcularla.",
            en=f"The slope is right, but you took f(x₀) = {fx0:.6g} as the intercept. The intercept is the line's "
            "height at x = 0, not at x₀: since y = f(x₀) + slope·(x − x₀), at x = 0 it is f(x₀) − slope·x₀. "
            "Recompute it.",
        )
    if np.isclose(got[0], slope, rtol=1e-7, atol=1e-10) and matches([slope, fx0 + slope * x0]):
        return T(
            es="La pendiente está bien, pero la ordenada tiene el signo cambiado en un término: escribiste "
            "f(x₀) + pendiente·x₀. En x = 0, y = f(x₀) + pendiente·(0 − x₀) = f(x₀) − pendiente·x₀.",
            en="The slope is right, but one term of the intercept has the wrong sign: you wrote f(x₀) + slope·x₀. "
            "At x = 0, y = f(x₀) + slope·(0 − x₀) = f(x₀) − slope·x₀.",
        )
    forward = (f(x0 + h) - f(x0)) / h
    backward = (f(x0) - f(x0 - h)) / h
    for one_sided, es, en in (
        (
            forward,
            "hacia adelante (progresiva), (f(x₀ + h) − f(x₀)) / h",
            "forward difference, (f(x₀ + h) − f(x₀)) / h",
        ),
        (backward, "hacia atrás (regresiva), (f(x₀) − f(x₀ − h)) / h", "backward difference, (f(x₀) − f(x₀ − h)) / h"),
    ):
        if np.isclose(got[0], one_sided, rtol=1e-9, atol=1e-12) and not np.isclose(one_sided, slope, rtol=1e-7):
            return T(
                es=f"Tu pendiente es la diferencia {es}: usa un solo vecino y su error es del orden de h (aquí "
                f"{abs(one_sided - slope):.2g}). La central, (f(x₀ + h) − f(x₀ − h)) / (2h), mira a los dos lados "
                "y su error es del orden de h².",
                en=f"Your slope is the {en}: it uses one neighbour only and its error is of order h (here "
                f"{abs(one_sided - slope):.2g}). The central one, (f(x₀ + h) − f(x₀ − h)) / (2h), looks both ways "
                "and its error is of order h².",
            )
    if np.isclose(got[0], slope * h * h, rtol=1e-6, atol=1e-300):
        return T(
            es="Parece que escribiste `/ 2 * h`: Python lo lee como (… / 2) · h y tu pendiente sale multiplicada "
            "por h². Usa paréntesis: `/ (2 * h)`.",
            en="It looks like you wrote `/ 2 * h`: Python reads it as (… / 2) · h and your slope comes out "
            "multiplied by h². Use parentheses: `/ (2 * h)`.",
        )
    if len(case.args) > 2 and not np.isclose(got[0], slope, rtol=1e-7):
        default = (f(x0 + 1e-5) - f(x0 - 1e-5)) / 2e-5
        if np.isclose(got[0], default, rtol=1e-6):
            return T(
                es=f"Tu pendiente es la de un paso pequeño, no la del paso h = {h:g} que recibe la función: usa el "
                "argumento `h`, no un número fijo. Con h = 0.1, la diferencia central de x³ da 3 + h² = 3.01.",
                en=f"Your slope is that of a small step, not of the step h = {h:g} the function receives: use the "
                "argument `h`, not a fixed number. With h = 0.1, the central difference of x³ gives 3 + h² = 3.01.",
            )
    return None
