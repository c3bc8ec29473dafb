"""Ejercicio / Exercise: he_init

ES: Escribe `he_init(n_in, n_out, seed)`: devuelve una matriz de pesos de forma
    `(n_in, n_out)` con entradas normales de media 0 y varianza 2/n_in (la inicialización de
    He, para ReLU). Para que tus números coincidan con la referencia, sigue este protocolo
    exacto: crea el generador con `rng = np.random.default_rng(seed)` y haz una sola
    llamada, `rng.normal(0, sigma, size=(n_in, n_out))`, con `sigma` la desviación estándar
    que corresponde, sin sacar ningún otro número antes.

    Comprueba tu código con:  gradiente check he_init

EN: Write `he_init(n_in, n_out, seed)`: it returns a weight matrix of shape `(n_in, n_out)`
    whose entries are normal with mean 0 and variance 2/n_in (He initialisation, for ReLU).
    So that your numbers match the reference, follow this exact protocol: create the
    generator with `rng = np.random.default_rng(seed)` and make a single call,
    `rng.normal(0, sigma, size=(n_in, n_out))`, with `sigma` the matching standard
    deviation, drawing no other number before it.

    Check your code with:  gradiente check he_init
"""

import numpy as np


def he_init(n_in, n_out, seed):
    """A (n_in, n_out) matrix of N(0, 2/n_in) draws from default_rng(seed)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("he_init")
