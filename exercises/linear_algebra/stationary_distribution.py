"""Ejercicio / Exercise: stationary_distribution

ES: Escribe `stationary_distribution(P, n_iter)`. `P` es una matriz de transición de forma
    (n, n): P[i, j] es la probabilidad de pasar del estado i al j, y cada fila suma 1.
    Empieza en la distribución uniforme π = (1/n, …, 1/n), da n_iter pasos de la iteración
    de potencias con Pᵀ (π ← Pᵀπ) y, en cada paso, divide π entre su suma. Devuelve π, de
    forma (n,).

    Comprueba tu código con:  gradiente check stationary_distribution

EN: Write `stationary_distribution(P, n_iter)`. `P` is a transition matrix of shape (n, n):
    P[i, j] is the probability of going from state i to state j, and every row sums to 1.
    Start at the uniform distribution π = (1/n, …, 1/n), take n_iter steps of power
    iteration with Pᵀ (π ← Pᵀπ) and, at each step, divide π by its sum. Return π, of shape
    (n,).

    Check your code with:  gradiente check stationary_distribution
"""

import numpy as np


def stationary_distribution(P, n_iter):
    """π after n_iter steps π ← Pᵀπ from the uniform distribution, scaled to sum 1."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("stationary_distribution")
