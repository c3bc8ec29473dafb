"""Ejercicio / Exercise: margin_report

ES: Escribe `margin_report(w, b, X, y, tol=1e-6)`: recibe la frontera wᵀx + b = 0 (`w` de
    forma `(n_features,)`, `b` un número), los datos `X` de forma `(n_samples, n_features)`
    y las etiquetas `y` como 0/1, y devuelve un arreglo de forma `(3,)` con [margen,
    n_soporte, n_violaciones]: el margen geométrico minᵢ yᵢf(xᵢ)/‖w‖, cuántos puntos están
    en un borde de la calle (|yᵢf(xᵢ) − 1| ≤ tol) y cuántos rompen la restricción
    (yᵢf(xᵢ) < 1 − tol), con yᵢ ∈ {−1, +1}.

    Comprueba tu código con:  gradiente check margin_report

EN: Write `margin_report(w, b, X, y, tol=1e-6)`: it takes the boundary wᵀx + b = 0 (`w` of
    shape `(n_features,)`, `b` a number), the data `X` of shape `(n_samples, n_features)`
    and the labels `y` as 0/1, and returns an array of shape `(3,)` holding [margin,
    n_support, n_violations]: the geometric margin minᵢ yᵢf(xᵢ)/‖w‖, how many points lie on
    an edge of the street (|yᵢf(xᵢ) − 1| ≤ tol) and how many break the constraint
    (yᵢf(xᵢ) < 1 − tol), with yᵢ ∈ {−1, +1}.

    Check your code with:  gradiente check margin_report
"""

import numpy as np


def margin_report(w, b, X, y, tol=1e-6):
    """[margin, n_support, n_violations] of wᵀx + b = 0 on (X, y); shape (3,)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("margin_report")
