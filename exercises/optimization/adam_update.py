"""Ejercicio / Exercise: adam_update

ES: Escribe `adam_update(w, m, s, g, t, lr=1e-3, b1=0.9, b2=0.999, eps=1e-8)`, un paso de
    Adam: w son los parámetros, m y s los promedios móviles de g y de g² que vienen del paso
    anterior (ceros antes del primero), g el gradiente y t el número de este paso
    (t = 1 el primero). Calcula m ← b1·m + (1 − b1)·g, s ← b2·s + (1 − b2)·g², las versiones
    corregidas m̂ = m/(1 − b1ᵗ) y ŝ = s/(1 − b2ᵗ), y w ← w − lr·m̂/(√ŝ + eps), todo
    coordenada por coordenada. Devuelve np.stack([w, m, s]), de forma (3, d): el w nuevo y
    los m y s nuevos sin corregir (los que usará el paso siguiente).

    Comprueba tu código con:  gradiente check adam_update

EN: Write `adam_update(w, m, s, g, t, lr=1e-3, b1=0.9, b2=0.999, eps=1e-8)`, one Adam step:
    w holds the parameters, m and s the moving averages of g and g² from the previous step
    (zeros before the first), g the gradient and t this step's number (t = 1 for the first).
    Compute m ← b1·m + (1 − b1)·g, s ← b2·s + (1 − b2)·g², the corrected versions
    m̂ = m/(1 − b1ᵗ) and ŝ = s/(1 − b2ᵗ), and w ← w − lr·m̂/(√ŝ + eps), all coordinate by
    coordinate. Return np.stack([w, m, s]), of shape (3, d): the new w and the new,
    uncorrected m and s (the ones the next step will use).

    Check your code with:  gradiente check adam_update
"""

import numpy as np


def adam_update(w, m, s, g, t, lr=1e-3, b1=0.9, b2=0.999, eps=1e-8):
    """One Adam step: the new w, m and s stacked in an array of shape (3, d)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("adam_update")
