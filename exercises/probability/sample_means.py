"""Ejercicio / Exercise: sample_means

ES: Escribe `sample_means(population, n, n_rep, seed)`: simula `n_rep` muestras de tamaño
    `n` sacadas **con reemplazo** de `population` (un arreglo 1-D) y devuelve la media de
    cada una, un arreglo de forma `(n_rep,)`. Para que tu resultado coincida con el de
    referencia, crea un solo generador `rng = np.random.default_rng(seed)` y saca todas las
    muestras de una vez con `rng.choice(population, size=(n_rep, n), replace=True)`: cada
    fila es una muestra.

    Comprueba tu código con:  gradiente check sample_means

EN: Write `sample_means(population, n, n_rep, seed)`: simulate `n_rep` samples of size `n`
    drawn **with replacement** from `population` (a 1-D array) and return the mean of each,
    an array of shape `(n_rep,)`. For your result to match the reference, create a single
    generator `rng = np.random.default_rng(seed)` and draw every sample at once with
    `rng.choice(population, size=(n_rep, n), replace=True)`: each row is a sample.

    Check your code with:  gradiente check sample_means
"""

import numpy as np


def sample_means(population, n, n_rep, seed):
    """The means of n_rep samples of size n drawn with replacement; shape (n_rep,)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("sample_means")
