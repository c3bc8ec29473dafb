"""Checks for ab_sample_size(p_base, p_new, alpha, power): the map's three plans, a stricter plan, a fall, a big jump."""

import math

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.stats import Normal


def cases():
    return [
        Case(
            T(
                es="de 10 % a 12 %, α = 0.05, potencia 0.8: 3839 por grupo",
                en="from 10 % to 12 %, α = 0.05, power 0.8: 3839 per group",
            ),
            (0.10, 0.12),
        ),
        Case(T(es="de 30 % a 33 %: 3760 por grupo", en="from 30 % to 33 %: 3760 per group"), (0.30, 0.33)),
        Case(T(es="de 50 % a 55 %: 1562 por grupo", en="from 50 % to 55 %: 1562 per group"), (0.50, 0.55)),
        Case(
            T(es="de 10 % a 12 % con α = 0.01 y potencia 0.9", en="from 10 % to 12 % with α = 0.01 and power 0.9"),
            (0.10, 0.12),
            {"alpha": 0.01, "power": 0.9},
        ),
        Case(T(es="una caída, de 12 % a 10 %", en="a fall, from 12 % to 10 %"), (0.12, 0.10)),
        Case(
            T(es="un salto enorme, de 10 % a 50 %: pocos usuarios", en="a huge jump, from 10 % to 50 %: few users"),
            (0.10, 0.50),
        ),
    ]


def _raw(p_base, p_new, alpha=0.05, power=0.8, *, sides=2, exponent=2, base_only=False):
    """The unrounded n with one slip: a one-sided z, the sum not squared, or 2·p_base(1 − p_base)."""
    standard_normal = Normal()
    z_alpha = standard_normal.ppf(1 - alpha / sides)
    z_beta = standard_normal.ppf(power)
    variance = 2 * p_base * (1 - p_base) if base_only else p_base * (1 - p_base) + p_new * (1 - p_new)
    return (z_alpha + z_beta) ** exponent * variance / (p_new - p_base) ** 2


def diagnose(case, expected, got):
    try:
        got = float(got)
    except (TypeError, ValueError):
        return None
    args, kwargs = case.args, case.kwargs
    exact = _raw(*args, **kwargs)

    def near(value):
        return abs(got - value) <= 1 or abs(got - math.ceil(value)) < 1e-9

    if got < expected and abs(got - exact) < 1:
        return T(
            es=f"Estás a un usuario: la fórmula da {exact:.3f} y redondeaste hacia abajo (o al más cercano). "
            "Con menos usuarios no alcanzas la potencia pedida: redondea hacia arriba con `math.ceil`.",
            en=f"You are one user short: the formula gives {exact:.3f} and you rounded down (or to the nearest). "
            "With fewer users you fall short of the power asked for: round up with `math.ceil`.",
        )
    if near(_raw(*args, **kwargs, sides=1)):
        return T(
            es="Usaste z_{1−α}, el cuantil de una prueba unilateral, y te salen menos usuarios. La prueba A/B es "
            "bilateral: reparte α entre las dos colas y usa z_{1−α/2} (1.96 para α = 0.05).",
            en="You used z_{1−α}, the quantile of a one-sided test, and got fewer users. The A/B test is two-sided: "
            "split α between both tails and use z_{1−α/2} (1.96 for α = 0.05).",
        )
    if near(_raw(*args, **kwargs, exponent=1)):
        return T(
            es="Olvidaste elevar al cuadrado (z_{1−α/2} + z_{1−β}). El tamaño crece con el cuadrado de los cuantiles, "
            "igual que con 1/(p_new − p_base)²: el error estándar baja como 1/√n.",
            en="You forgot to square (z_{1−α/2} + z_{1−β}). The size grows with the square of the quantiles, as with "
            "1/(p_new − p_base)²: the standard error falls like 1/√n.",
        )
    if near(_raw(*args, **kwargs, base_only=True)):
        return T(
            es="Usaste 2·p_base(1 − p_base), como si las dos variantes tuvieran la tasa de base. Con la nueva tasa la "
            "varianza cambia: suma p_base(1 − p_base) + p_new(1 − p_new).",
            en="You used 2·p_base(1 − p_base), as if both variants had the base rate. With the new rate the variance "
            "changes: add p_base(1 − p_base) + p_new(1 − p_new).",
        )
    return None
