"""Checks for critical_points(coeffs): two hand cubics/quartics, x³ (one degenerate point), x² + 1, a quartic
whose p′ has a complex pair, a line (none), and the degree-5 fit of diabetes progression on raw BMI."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_diabetes


def diabetes_fit(degree):
    """np.polyfit of disease progression on raw BMI (kg/m²), highest degree first."""
    diabetes = load_diabetes(scaled=False)
    return np.polyfit(diabetes.data[:, 2], diabetes.target, degree)


def cases():
    return [
        Case(
            T(
                es="a mano: x³ − 3x + 1, con p′ = 3x² − 3: un máximo en −1 y un mínimo en 1",
                en="by hand: x³ − 3x + 1, with p′ = 3x² − 3: a maximum at −1 and a minimum at 1",
            ),
            (np.array([1.0, 0.0, -3.0, 1.0]),),
        ),
        Case(
            T(es="x⁴ − 3x² + x: tres puntos críticos", en="x⁴ − 3x² + x: three critical points"),
            (np.array([1.0, 0.0, -3.0, 1.0, 0.0]),),
        ),
        Case(
            T(
                es="x³: p′ = 3x² tiene una raíz doble en 0, un solo punto, y p″(0) = 0 (tipo 0)",
                en="x³: p′ = 3x² has a double root at 0, a single point, and p″(0) = 0 (type 0)",
            ),
            (np.array([1.0, 0.0, 0.0, 0.0]),),
        ),
        Case(
            T(
                es="x² + 1: no cruza el eje, pero tiene un mínimo en 0",
                en="x² + 1: it never crosses the axis, but it has a minimum at 0",
            ),
            (np.array([1.0, 0.0, 1.0]),),
        ),
        Case(
            T(
                es="x⁴ − (4/3)x³ + 2x² − 4x: p′ = 4(x − 1)(x² + 1) tiene dos raíces complejas; un solo mínimo, en 1",
                en="x⁴ − (4/3)x³ + 2x² − 4x: p′ = 4(x − 1)(x² + 1) has two complex roots; a single minimum, at 1",
            ),
            (np.array([1.0, -4.0 / 3.0, 2.0, -4.0, 0.0]),),
        ),
        Case(
            T(
                es="la recta 2x + 1: p′ = 2 nunca se anula, ningún punto (forma (0, 2))",
                en="the line 2x + 1: p′ = 2 is never zero, no point (shape (0, 2))",
            ),
            (np.array([2.0, 1.0]),),
        ),
        Case(
            T(
                es="datos reales: el polinomio de grado 5 ajustado a la progresión de la diabetes según el IMC",
                en="real data: the degree-5 polynomial fitted to diabetes progression against BMI",
            ),
            (diabetes_fit(5),),
            rtol=1e-6,
        ),
    ]


def _as_rows(got):
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    return got if got.ndim == 2 and got.shape[1] == 2 else None


def diagnose(case, expected, got):
    """Recognise a double root listed twice, complex roots kept, p′ used for the type, max/min swapped, unsorted."""
    (coeffs,) = case.args
    rows = _as_rows(got)
    if rows is None:
        return None
    xs = rows[:, 0]
    if rows.shape[0] > expected.shape[0]:
        if np.any(np.abs(np.diff(np.sort(xs))) < 1e-6):
            return T(
                es="Tienes el mismo punto dos veces: p′ tiene ahí una raíz doble (np.roots la devuelve dos veces, o "
                "como dos números casi iguales). Un punto crítico es un lugar del eje x, no una raíz contada con su "
                "multiplicidad: junta las raíces que estén a menos de 1e-6.",
                en="You have the same point twice: p′ has a double root there (np.roots returns it twice, or as two "
                "nearly equal numbers). A critical point is a place on the x axis, not a root counted with its "
                "multiplicity: merge roots closer than 1e-6.",
            )
        roots = np.roots(np.polyder(np.asarray(coeffs, dtype=float)))
        complex_parts = roots[np.abs(roots.imag) >= 1e-6].real
        if complex_parts.size and any(np.any(np.abs(complex_parts - x) < 1e-6) for x in xs):
            return T(
                es=f"Sobran filas: p′ tiene raíces complejas ({', '.join(f'{r:.3g}' for r in roots[np.abs(roots.imag) >= 1e-6])}) "
                "y te quedaste con su parte real. Una raíz compleja no es un punto de la recta real donde la pendiente "
                "se anule: descarta las que tengan |parte imaginaria| ≥ 1e-6.",
                en=f"There are extra rows: p′ has complex roots ({', '.join(f'{r:.3g}' for r in roots[np.abs(roots.imag) >= 1e-6])}) "
                "and you kept their real part. A complex root is not a point of the real line where the slope "
                "vanishes: drop those with |imaginary part| ≥ 1e-6.",
            )
        return None
    if rows.shape != expected.shape or expected.shape[0] == 0:
        return None
    if not np.allclose(xs, expected[:, 0], rtol=case.rtol, atol=1e-9):
        if np.allclose(np.sort(xs), expected[:, 0], rtol=case.rtol, atol=1e-9):
            return T(
                es="Tus puntos son los correctos, pero no están ordenados por x: np.roots no devuelve las raíces en "
                "orden. Ordénalas (np.sort) antes de armar las filas.",
                en="Your points are the right ones, but not sorted by x: np.roots does not return the roots in order. "
                "Sort them (np.sort) before building the rows.",
            )
        return None
    types, wanted = rows[:, 1], expected[:, 1]
    if np.all(types == 0) and np.any(wanted != 0):
        return T(
            es="Todos tus tipos son 0. En un punto crítico p′ vale 0 por definición, así que su signo no dice nada: "
            "el tipo sale del signo de la segunda derivada, p″ = np.polyder(coeffs, 2), evaluada en cada punto.",
            en="All your types are 0. At a critical point p′ is 0 by definition, so its sign says nothing: the type "
            "comes from the sign of the second derivative, p″ = np.polyder(coeffs, 2), evaluated at each point.",
        )
    if np.any(wanted != 0) and np.allclose(types, -wanted):
        return T(
            es="Tienes máximos y mínimos al revés. Si p″(x*) > 0 la curva se abre hacia arriba, como x², y x* es un "
            "mínimo (+1); si p″(x*) < 0 se abre hacia abajo y es un máximo (−1).",
            en="You have maxima and minima swapped. If p″(x*) > 0 the curve opens upwards, like x², and x* is a "
            "minimum (+1); if p″(x*) < 0 it opens downwards and is a maximum (−1).",
        )
    return None
