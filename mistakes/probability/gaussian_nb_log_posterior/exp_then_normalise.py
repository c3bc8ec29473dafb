"""Posteriors as e^joint / sum e^joint: 0/0 where every e^joint underflows."""

import numpy as np

DIAGNOSIS = {"es": "log-sum-exp", "en": "log-sum-exp"}


def gaussian_nb_log_posterior(X_train, y_train, X_test, var_smoothing=1e-9):
    X_train, X_test, y_train = np.asarray(X_train, float), np.asarray(X_test, float), np.asarray(y_train)
    epsilon = var_smoothing * X_train.var(axis=0).max()
    columns = []
    for c in np.unique(y_train):
        X_c = X_train[y_train == c]
        var = X_c.var(axis=0) + epsilon
        log_density = -0.5 * np.log(2 * np.pi * var) - (X_test - X_c.mean(axis=0)) ** 2 / (2 * var)
        columns.append(np.log(len(X_c) / len(X_train)) + log_density.sum(axis=1))
    likelihood = np.exp(np.column_stack(columns))
    return np.log(likelihood / likelihood.sum(axis=1, keepdims=True))
