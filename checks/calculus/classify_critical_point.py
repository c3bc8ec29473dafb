"""Checks for classify_critical_point(H): 2×2 hand cases, a negative definite one, a flat direction, real data."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_breast_cancer
from gradiente.models import LogisticRegression
from gradiente.softmax import sigmoid


def _breast_cancer_hessian():
    """The logistic loss's Hessian at its minimum, on breast cancer (intercept + 5 standardised columns)."""
    X, y = load_breast_cancer(return_X_y=True)
    features = (X[:, :5] - X[:, :5].mean(axis=0)) / X[:, :5].std(axis=0)
    model = LogisticRegression().fit(features, y)
    design = np.column_stack([np.ones(len(features)), features])
    p = sigmoid(design @ np.concatenate([model.intercept_, model.coef_.ravel()]))
    return (design.T * (p * (1 - p))) @ design / len(design)


def cases():
    return [
        Case(
            T(es="H = diag(6, 2): f = x³ − 3x + y² en (1, 0)", en="H = diag(6, 2): f = x³ − 3x + y² at (1, 0)"),
            (np.diag([6.0, 2.0]),),
        ),
        Case(
            T(es="H = diag(−6, 2): f = x³ − 3x + y² en (−1, 0)", en="H = diag(−6, 2): f = x³ − 3x + y² at (−1, 0)"),
            (np.diag([-6.0, 2.0]),),
        ),
        Case(
            T(
                es="H = [[1, 2], [2, 1]]: la diagonal es positiva, pero ¿y los valores propios?",
                en="H = [[1, 2], [2, 1]]: the diagonal is positive, but what about the eigenvalues?",
            ),
            (np.array([[1.0, 2.0], [2.0, 1.0]]),),
        ),
        Case(
            T(es="H = [[−2, 1], [1, −2]] (det H = 3 > 0)", en="H = [[−2, 1], [1, −2]] (det H = 3 > 0)"),
            (np.array([[-2.0, 1.0], [1.0, -2.0]]),),
        ),
        Case(
            T(
                es="una 3 × 3 semidefinida positiva y singular: H = vvᵀ + wwᵀ con v = (1, 1, 0), w = (0, 1, 1)",
                en="a singular positive semidefinite 3 × 3: H = vvᵀ + wwᵀ with v = (1, 1, 0), w = (0, 1, 1)",
            ),
            (np.outer([1.0, 1.0, 0.0], [1.0, 1.0, 0.0]) + np.outer([0.0, 1.0, 1.0], [0.0, 1.0, 1.0]),),
        ),
        Case(
            T(
                es="la hessiana de la pérdida logística en su mínimo, con breast cancer (6 × 6)",
                en="the logistic loss's Hessian at its minimum, on breast cancer (6 × 6)",
            ),
            (_breast_cancer_hessian(),),
        ),
    ]


def diagnose(case, expected, got):
    (H,) = case.args
    try:
        got = float(got)
    except (TypeError, ValueError):
        return None
    eigenvalues = np.linalg.eigvalsh(H)
    shown = ", ".join(f"{value:.3g}" for value in eigenvalues)
    diagonal = np.diag(H)
    if expected == 2 and got in (1.0, -1.0, 0.0):
        return T(
            es=f"Los valores propios son {shown}: uno es cero (|λ| < 1e-10), una dirección plana. A lo largo de "
            "ella la hessiana no ve curvatura y decide el término de orden 3 o 4: si hay un valor propio cero "
            "y no hay dos de signos opuestos, la prueba no decide. Devuelve 2.",
            en=f"The eigenvalues are {shown}: one is zero (|λ| < 1e-10), a flat direction. Along it the Hessian "
            "sees no curvature and the third- or fourth-order term decides, so with a zero eigenvalue and no pair "
            "of opposite signs among the others, the test cannot decide: return 2.",
        )
    if expected == -1 and got == 1 and np.linalg.det(H) > 0:
        return T(
            es=f"Los valores propios son {shown}, los dos negativos: es un máximo. En 2 × 2, det H > 0 solo dice "
            "que los dos valores propios tienen el mismo signo (det = λ₁λ₂); el signo lo da la traza o H[0, 0].",
            en=f"The eigenvalues are {shown}, both negative: it is a maximum. For a 2 × 2, det H > 0 only says "
            "both eigenvalues have the same sign (det = λ₁λ₂); the trace or H[0, 0] gives which sign.",
        )
    by_diagonal = 1.0 if (diagonal > 0).all() else -1.0 if (diagonal < 0).all() else 0.0
    if got == by_diagonal and not np.allclose(H, np.diag(diagonal)):
        return T(
            es=f"Miraste los signos de la diagonal, pero H no es diagonal: sus valores propios son {shown}. Lo que "
            "decide es el signo de los valores propios (np.linalg.eigvalsh), la curvatura a lo largo de los ejes "
            "propios.",
            en=f"You looked at the signs of the diagonal, but H is not diagonal: its eigenvalues are {shown}. "
            "What decides is the sign of the eigenvalues (np.linalg.eigvalsh), the curvature along the "
            "eigenvectors.",
        )
    return None
