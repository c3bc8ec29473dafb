"""Checks for dual_objective(alpha, y, K): a hand case on the line, the α that SMO finds on the iris
pair (versicolor vs virginica, petals), a random feasible α with an RBF Gram matrix, α = 0."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_iris
from gradiente.models import SVC
from gradiente.models.kernels import kernel_matrix


def iris_pair():
    """Versicolor (−1) and virginica (+1), petal length and width: 100 flowers."""
    X, y = load_iris(return_X_y=True)
    keep = y > 0
    return X[keep][:, 2:], np.where(y[keep] == 2, 1.0, -1.0)


def cases():
    X, y = iris_pair()
    model = SVC(kernel="linear", C=1.0).fit(X, y)
    alpha = np.zeros(len(y))
    alpha[model.support_] = np.abs(model.dual_coef_[0])  # dual_coef_ holds yᵢαᵢ
    rng = np.random.default_rng(46)
    points = rng.normal(size=(8, 2))
    labels = np.array([0, 0, 0, 0, 1, 1, 1, 1])  # given as 0/1
    feasible = np.r_[rng.uniform(0, 1, 4), np.zeros(4)]
    feasible[4:] = rng.dirichlet(np.ones(4)) * feasible[:4].sum()  # Σ αᵢyᵢ = 0, 0 ≤ αᵢ
    return [
        Case(
            T(
                es="a mano: x = 1 (y = +1) y x = −1 (y = −1), α = (0.5, 0.5), kernel lineal: 1 − ½·1 = 0.5",
                en="by hand: x = 1 (y = +1) and x = −1 (y = −1), α = (0.5, 0.5), linear kernel: 1 − ½·1 = 0.5",
            ),
            (np.array([0.5, 0.5]), np.array([1.0, -1.0]), np.array([[1.0, -1.0], [-1.0, 1.0]])),
        ),
        Case(
            T(
                es="iris, versicolor contra virginica (pétalos): el α de SVC(kernel='linear', C=1), reconstruido "
                "desde dual_coef_",
                en="iris, versicolor vs virginica (petals): the α of SVC(kernel='linear', C=1), rebuilt from "
                "dual_coef_",
            ),
            (alpha, y, X @ X.T),
        ),
        Case(
            T(
                es="un α factible al azar (Σ αᵢyᵢ = 0) con 8 puntos, etiquetas en 0/1 y un kernel RBF",
                en="a random feasible α (Σ αᵢyᵢ = 0) on 8 points, labels in 0/1 and an RBF kernel",
            ),
            (feasible, labels, kernel_matrix(points, points, "rbf", gamma=0.7)),
        ),
        Case(
            T(es="caso límite: α = 0, el punto de partida de SMO: vale 0", en="edge case: α = 0, where SMO starts: 0"),
            (np.zeros(3), np.array([1.0, -1.0, 1.0]), np.eye(3)),
        ),
    ]


def _variants(alpha, y, K):
    alpha, K = np.asarray(alpha, dtype=float), np.asarray(K, dtype=float)
    signed = alpha * np.where(np.asarray(y) > 0, 1.0, -1.0)
    return alpha.sum(), signed @ K @ signed, alpha @ K @ alpha


def diagnose(case, expected, got):
    """Recognise yᵢyⱼ forgotten, the ½ forgotten, and the minimisation form ½αᵀQα − Σα."""
    try:
        got = float(got)
    except (TypeError, ValueError):
        return None
    total, quadratic, unlabelled = _variants(*case.args)
    if np.isclose(got, expected, rtol=1e-7, atol=1e-10):
        return None
    if np.isclose(got, total - 0.5 * unlabelled, rtol=1e-7):
        return T(
            es="Olvidaste las etiquetas: calculaste Σα − ½ αᵀKα. El término cuadrático es Σᵢⱼ αᵢαⱼ yᵢyⱼ Kᵢⱼ: "
            "multiplica α por y elemento a elemento antes de usar K (recuerda pasar 0/1 a −1/+1).",
            en="You forgot the labels: you computed Σα − ½ αᵀKα. The quadratic term is Σᵢⱼ αᵢαⱼ yᵢyⱼ Kᵢⱼ: "
            "multiply α by y elementwise before using K (remember to turn 0/1 into −1/+1).",
        )
    if np.isclose(got, total - quadratic, rtol=1e-7):
        return T(
            es="Te falta el ½ delante del término cuadrático: el dual es Σα − ½ Σᵢⱼ αᵢαⱼyᵢyⱼKᵢⱼ. El ½ viene de "
            "½‖w‖² en el primal, con w = Σ αᵢyᵢxᵢ.",
            en="The ½ in front of the quadratic term is missing: the dual is Σα − ½ Σᵢⱼ αᵢαⱼyᵢyⱼKᵢⱼ. The ½ comes "
            "from ½‖w‖² in the primal, with w = Σ αᵢyᵢxᵢ.",
        )
    if np.isclose(got, -expected, rtol=1e-7):
        return T(
            es="Tu valor tiene el signo opuesto: escribiste la forma de minimización ½αᵀQα − Σα (la que usa "
            "libsvm). Aquí se pide el dual que se maximiza: Σα − ½αᵀQα.",
            en="Your value has the opposite sign: you wrote the minimisation form ½αᵀQα − Σα (the one libsvm "
            "uses). The dual asked for here is the one to maximise: Σα − ½αᵀQα.",
        )
    return None
