"""Ejercicio / Exercise: condition_number

ES: Escribe `condition_number(A)`, el número de condición κ₂(A) = σ_max / σ_min de una
    matriz A de forma (m, n), con m ≥ n y columnas independientes. Los valores singulares σᵢ
    son las raíces cuadradas de los valores propios de la matriz simétrica AᵀA: calcula esos
    valores propios con np.linalg.eigvalsh(A.T @ A). Devuelve un float. No uses
    np.linalg.cond ni np.linalg.svd.

    Comprueba tu código con:  gradiente check condition_number

EN: Write `condition_number(A)`, the condition number κ₂(A) = σ_max / σ_min of a matrix A of
    shape (m, n), with m ≥ n and independent columns. The singular values σᵢ are the square
    roots of the eigenvalues of the symmetric matrix AᵀA: compute those eigenvalues with
    np.linalg.eigvalsh(A.T @ A). Return a float. Do not use np.linalg.cond or np.linalg.svd.

    Check your code with:  gradiente check condition_number
"""

import numpy as np


def condition_number(A):
    """The condition number σ_max / σ_min of A, as a float."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("condition_number")
