"""Ejercicio / Exercise: count_parameters

ES: Escribe `count_parameters(layer_sizes)`: recibe la lista de tamaños `[n_0, n_1, …, n_L]`
    de una red totalmente conectada (la entrada, las capas ocultas y la salida) y devuelve
    un entero, el número total de pesos y sesgos.

    Comprueba tu código con:  gradiente check count_parameters

EN: Write `count_parameters(layer_sizes)`: it takes the list of sizes `[n_0, n_1, …, n_L]`
    of a fully connected network (the input, the hidden layers and the output) and returns
    an integer, the total number of weights and biases.

    Check your code with:  gradiente check count_parameters
"""

import numpy as np


def count_parameters(layer_sizes):
    """The number of weights and biases, an int."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("count_parameters")
