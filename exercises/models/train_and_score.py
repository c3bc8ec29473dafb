"""Ejercicio / Exercise: train_and_score

ES: Escribe `train_and_score(X_train, y_train, X_test, y_test, hidden, lr, epochs, seed)`:
    entrena una red X → tanh (`hidden` unidades) → softmax con descenso de gradiente de lote
    completo y devuelve su exactitud en `X_test` (un número entre 0 y 1). Sigue este
    protocolo, para que tu resultado sea comparable: divide los píxeles entre 16; k = 1 + la
    etiqueta más grande de `y_train` y `y_test`; `rng = np.random.default_rng(seed)`, y saca
    primero `W1 = rng.normal(size=(d, hidden)) / np.sqrt(d)` y después
    `W2 = rng.normal(size=(hidden, k)) / np.sqrt(hidden)`; los sesgos empiezan en cero; en
    cada una de las `epochs` épocas, calcula todos los gradientes con los pesos actuales y
    luego actualiza W ← W − lr·dW (y lo mismo con cada sesgo). Se acepta una diferencia de
    hasta 0.02 en la exactitud.

    Comprueba tu código con:  gradiente check train_and_score

EN: Write `train_and_score(X_train, y_train, X_test, y_test, hidden, lr, epochs, seed)`:
    train a network X → tanh (`hidden` units) → softmax by full-batch gradient descent and
    return its accuracy on `X_test` (a number between 0 and 1). Follow this protocol, so
    your result can be compared: divide the pixels by 16; k = 1 + the largest label in
    `y_train` and `y_test`; `rng = np.random.default_rng(seed)`, and draw first
    `W1 = rng.normal(size=(d, hidden)) / np.sqrt(d)` and then
    `W2 = rng.normal(size=(hidden, k)) / np.sqrt(hidden)`; the biases start at zero; in each
    of the `epochs` epochs, compute all the gradients with the current weights and then
    update W ← W − lr·dW (and likewise each bias). An accuracy within 0.02 is accepted.

    Check your code with:  gradiente check train_and_score
"""

import numpy as np


def train_and_score(X_train, y_train, X_test, y_test, hidden, lr, epochs, seed):
    """Test accuracy (0 to 1) of the network trained with the protocol above."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("train_and_score")
