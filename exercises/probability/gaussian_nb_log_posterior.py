"""Ejercicio / Exercise: gaussian_nb_log_posterior

ES: Escribe `gaussian_nb_log_posterior(X_train, y_train, X_test, var_smoothing=1e-9)`:
    ajusta naive Bayes gaussiano con `X_train` (forma `(n, d)`) y sus etiquetas `y_train`
    (forma `(n,)`), y devuelve, para cada fila de `X_test` (forma `(m, d)`), el logaritmo de
    la probabilidad a posteriori ln P(c | x) de cada clase: forma `(m, k)`, una columna por
    clase en el orden de `np.unique(y_train)`, y cada fila con log-sum-exp igual a 0. La
    probabilidad a priori P(c) es la frecuencia de la clase; la media y la varianza de cada
    rasgo en cada clase son las de máxima verosimilitud (`ddof=0`), y a cada varianza se le
    suma var_smoothing · max_j Var(X_train[:, j]) (la convención de `GaussianNB` de
    scikit-learn).

    Comprueba tu código con:  gradiente check gaussian_nb_log_posterior

EN: Write `gaussian_nb_log_posterior(X_train, y_train, X_test, var_smoothing=1e-9)`: fit
    Gaussian naive Bayes on `X_train` (shape `(n, d)`) and its labels `y_train`
    (shape `(n,)`), and return, for each row of `X_test` (shape `(m, d)`), the log-posterior
    ln P(c | x) of each class: shape `(m, k)`, one column per class in the order of
    `np.unique(y_train)`, each row log-sum-exping to 0. The prior P(c) is the class
    frequency; each feature's mean and variance in each class are the maximum-likelihood
    ones (`ddof=0`), and every variance gets var_smoothing · max_j Var(X_train[:, j]) added
    (scikit-learn's `GaussianNB` convention).

    Check your code with:  gradiente check gaussian_nb_log_posterior
"""

import numpy as np


def gaussian_nb_log_posterior(X_train, y_train, X_test, var_smoothing=1e-9):
    """ln P(c | x), shape (m, k)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("gaussian_nb_log_posterior")
