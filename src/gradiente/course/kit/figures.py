"""What the lessons' figures share: matplotlib on the Agg backend, log-axis labels, numbers for LaTeX.

Numbers use the decimal point in both languages, as Python prints them (COURSE.md, conventions).
"""

from __future__ import annotations

import math

_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def pyplot():
    """``matplotlib.pyplot`` drawing to images (the Agg backend): no window, no GUI toolkit, any thread.

    matplotlib is imported here, not at the kit's import, so what imports the kit stays light.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def power_of_ten(value: float) -> str:
    """A log-axis tick as plain text: 1e-08 -> "10⁻⁸"."""
    return "10" + str(int(round(math.log10(value)))).translate(_SUPERSCRIPT)


def powers_of_ten():
    """A tick formatter for log axes that writes 10⁻⁸ as plain text (one per axis: formatters keep their axis).

    NOTE: matplotlib's default labels are mathtext, which costs more time to draw than everything
    else in the lessons' small figures. Pair it with ``ax.minorticks_off()``.
    """
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda value, _position: power_of_ten(value))


def tex_number(value: float, digits: int = 3) -> str:
    """A number for LaTeX: 0.00944 stays as is, 1.4e-09 becomes 1.4 \\times 10^{-9}."""
    if value == 0 or 1e-3 <= abs(value) < 1e3:
        return f"{value:.{digits}g}"
    exponent = math.floor(math.log10(abs(value)))
    return f"{value / 10**exponent:.{digits - 1}g} \\times 10^{{{exponent}}}"
