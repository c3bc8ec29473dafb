"""Checks for compose(*matrices): the single matrix of several maps applied in order, M = Aₖ ⋯ A₂ A₁."""

from functools import reduce

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T

ROTATION_90 = np.array([[0.0, -1.0], [1.0, 0.0]])  # R_θ with θ = 90°
SHEAR = np.array([[1.0, 1.0], [0.0, 1.0]])  # S_k with k = 1

ROTATION_Z = np.array([[0.0, -1.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, 1.0]])  # 90° about the z axis
STRETCH = np.diag([1.0, 2.0, 3.0])
SHEAR_3D = np.array([[1.0, 0.0, 2.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]])  # x += 2z

FROM_R4 = np.array([[1.0, 0.0, 2.0, -1.0], [0.0, 1.0, 1.0, 0.0], [3.0, -1.0, 0.0, 1.0]])  # ℝ⁴ → ℝ³
TO_R2 = np.array([[1.0, 2.0, 0.0], [0.0, -1.0, 1.0]])  # ℝ³ → ℝ²


def cases():
    return [
        Case(
            T(
                es="primero la rotación de 90°, después el corte (k = 1): compose(R, S)",
                en="first the 90° rotation, then the shear (k = 1): compose(R, S)",
            ),
            (ROTATION_90, SHEAR),
        ),
        Case(
            T(
                es="tres matrices 3×3 que no conmutan: rotar en z, estirar, cortar",
                en="three 3×3 matrices that do not commute: rotate about z, stretch, shear",
            ),
            (ROTATION_Z, STRETCH, SHEAR_3D),
        ),
        Case(
            T(
                es="una 3×4 (de ℝ⁴ a ℝ³) y después una 2×3 (de ℝ³ a ℝ²): el resultado es 2×4",
                en="a 3×4 (ℝ⁴ to ℝ³) and then a 2×3 (ℝ³ to ℝ²): the result is 2×4",
            ),
            (FROM_R4, TO_R2),
        ),
        Case(
            T(es="una sola matriz: componerla es ella misma", en="a single matrix: composing it gives itself"),
            (SHEAR,),
        ),
    ]


def _try(build):
    try:
        return np.asarray(build(), dtype=float)
    except ValueError:  # the wrong product is not even defined for these shapes
        return None


def diagnose(case, expected, got):
    """Recognise the product in reading order, the entry-by-entry product and a product of the last two only."""
    matrices = [np.asarray(A, dtype=float) for A in case.args]
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    expected = np.asarray(expected, dtype=float)

    def matches(candidate):
        return (
            candidate is not None
            and candidate.shape == got.shape
            and np.allclose(got, candidate)
            and not (candidate.shape == expected.shape and np.allclose(candidate, expected))
        )

    if matches(_try(lambda: reduce(np.matmul, matrices))):
        return T(
            es="Multiplicaste en el orden en que llegan, A₁ A₂ ⋯ Aₖ. Pero (A₂ A₁) x = A₂ (A₁ x): la matriz que "
            "actúa primero queda a la derecha, pegada a x. Cada matriz nueva multiplica por la izquierda: "
            "M = Aₖ ⋯ A₂ A₁.",
            en="You multiplied in the order they arrive, A₁ A₂ ⋯ Aₖ. But (A₂ A₁) x = A₂ (A₁ x): the matrix that "
            "acts first sits on the right, next to x. Each new matrix multiplies from the left: "
            "M = Aₖ ⋯ A₂ A₁.",
        )
    if matches(_try(lambda: reduce(np.multiply, matrices))):
        return T(
            es="Tu resultado es el producto elemento a elemento (`*`, el producto de Hadamard): multiplica "
            "entradas en la misma posición, y eso no compone transformaciones. Para componer usa el producto "
            "de matrices, `@`: (AB)ᵢⱼ = Σₖ Aᵢₖ Bₖⱼ.",
            en="Your result is the entry-by-entry product (`*`, the Hadamard product): it multiplies entries in "
            "the same position, and that does not compose maps. To compose, use the matrix product, `@`: "
            "(AB)ᵢⱼ = Σₖ Aᵢₖ Bₖⱼ.",
        )
    if len(matrices) > 2 and matches(matrices[-1] @ matrices[-2]):
        return T(
            es="Tu resultado es solo Aₖ Aₖ₋₁, el producto de las dos últimas matrices: las anteriores se "
            "perdieron. ¿Guardas el producto acumulado en cada vuelta del bucle, o lo vuelves a calcular desde "
            "cero?",
            en="Your result is only Aₖ Aₖ₋₁, the product of the last two matrices: the earlier ones were lost. "
            "Do you keep the running product on each pass of the loop, or start it again from scratch?",
        )
    return None
