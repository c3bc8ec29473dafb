"""Ejercicio / Exercise: sgd_logistic

ES: Escribe `sgd_logistic(X, y, lr, batch_size, epochs, seed)`: descenso estocástico por
    mini-lotes sobre la entropía cruzada media de la regresión logística. X tiene forma
    (n_samples, n_features) y ya trae la columna de unos si se quiere intercepto; las
    etiquetas, y, son 0 o 1. Empieza con w = 0 (un peso por columna de X). El orden,
    exactamente así: rng = np.random.default_rng(seed) una sola vez; al comienzo de cada
    época, perm = rng.permutation(n_samples); los lotes son perm[i:i + batch_size] para
    i = 0, batch_size, 2·batch_size, … (el último puede ser más chico, y se usa). Con cada
    lote B: w ← w − lr·g_B, con g_B = X_Bᵀ(σ(X_B w) − y_B)/|B|, el gradiente medio del lote.
    Devuelve w, de forma (n_features,).

    Comprueba tu código con:  gradiente check sgd_logistic

EN: Write `sgd_logistic(X, y, lr, batch_size, epochs, seed)`: mini-batch stochastic descent
    on the mean cross-entropy of logistic regression. X has shape (n_samples, n_features)
    and already holds the column of ones if an intercept is wanted; y holds 0s and 1s. Start
    from w = 0 (one weight per column of X). The order, exactly like this:
    rng = np.random.default_rng(seed) once; at the start of every epoch,
    perm = rng.permutation(n_samples); the batches are perm[i:i + batch_size] for i = 0,
    batch_size, 2·batch_size, … (the last may be smaller, and it is used). With each batch
    B: w ← w − lr·g_B, with g_B = X_Bᵀ(σ(X_B w) − y_B)/|B|, the batch's mean gradient.
    Return w, of shape (n_features,).

    Check your code with:  gradiente check sgd_logistic
"""

import numpy as np


def sgd_logistic(X, y, lr, batch_size, epochs, seed):
    """The weights after `epochs` epochs of mini-batch SGD from w = 0: shape (n_features,)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("sgd_logistic")
