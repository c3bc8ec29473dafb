"""Ejercicio / Exercise: benjamini_hochberg

ES: Escribe `benjamini_hochberg(pvalues, q=0.05)`: recibe m valores p (un arreglo 1-D) y
    devuelve un arreglo de enteros 0/1 **en el mismo orden**, con 1 en las hipótesis que el
    procedimiento de Benjamini–Hochberg rechaza con tasa de falsos descubrimientos `q`.
    Ordena p₍₁₎ ≤ … ≤ p₍ₘ₎, busca el **mayor** k con p₍ₖ₎ ≤ k·q/m y rechaza las k hipótesis
    de valores p más chicos (ninguna si no existe tal k).

    Comprueba tu código con:  gradiente check benjamini_hochberg

EN: Write `benjamini_hochberg(pvalues, q=0.05)`: it takes m p-values (a 1-D array) and
    returns an array of 0/1 integers **in the same order**, with 1 for the hypotheses the
    Benjamini–Hochberg procedure rejects at false discovery rate `q`. Sort p₍₁₎ ≤ … ≤ p₍ₘ₎,
    find the **largest** k with p₍ₖ₎ ≤ k·q/m and reject the k hypotheses with the smallest
    p-values (none if there is no such k).

    Check your code with:  gradiente check benjamini_hochberg
"""

import numpy as np


def benjamini_hochberg(pvalues, q=0.05):
    """0/1 per p-value, in the original order: 1 where Benjamini–Hochberg rejects at FDR q."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("benjamini_hochberg")
