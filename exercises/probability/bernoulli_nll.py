"""Ejercicio / Exercise: bernoulli_nll

ES: Escribe `bernoulli_nll(p, y)`: recibe `p`, las probabilidades pᵢ = P(yᵢ = 1) que un
    modelo le da a cada muestra (forma `(n,)`, valores entre 0 y 1 sin incluirlos), y las
    etiquetas `y` (0 o 1, forma `(n,)`). Devuelve, como número, la log-verosimilitud
    negativa **media**: −(1/n) Σ [yᵢ ln pᵢ + (1 − yᵢ) ln(1 − pᵢ)], que es la entropía
    cruzada binaria (*log loss*).

    Comprueba tu código con:  gradiente check bernoulli_nll

EN: Write `bernoulli_nll(p, y)`: it takes `p`, the probabilities pᵢ = P(yᵢ = 1) a model
    gives each sample (shape `(n,)`, values strictly between 0 and 1), and the labels `y`
    (0 or 1, shape `(n,)`). Return, as a number, the **mean** negative log-likelihood:
    −(1/n) Σ [yᵢ ln pᵢ + (1 − yᵢ) ln(1 − pᵢ)], which is the binary cross-entropy
    (*log loss*).

    Check your code with:  gradiente check bernoulli_nll
"""

import numpy as np


def bernoulli_nll(p, y):
    """The mean negative log-likelihood of the 0/1 labels y under probabilities p, a float."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("bernoulli_nll")
