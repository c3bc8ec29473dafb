"""var_smoothing added as it is, not scaled by the largest feature variance."""

import numpy as np

DIAGNOSIS = {"es": "var_smoothing tal cual", "en": "var_smoothing as it is"}


def gaussian_nb_log_posterior(X_train, y_train, X_test, var_smoothing=1e-9):
    X_train, X_test, y_train = np.asarray(X_train, float), np.asarray(X_test, float), np.asarray(y_train)
    columns = []
    for c in np.unique(y_train):
        X_c = X_train[y_train == c]
        var = X_c.var(axis=0) + var_smoothing
        log_density = -0.5 * np.log(2 * np.pi * var) - (X_test - X_c.mean(axis=0)) ** 2 / (2 * var)
        columns.append(np.log(len(X_c) / len(X_train)) + log_density.sum(axis=1))
    joint = np.column_stack(columns)
    largest = joint.max(axis=1, keepdims=True)
    return joint - largest - np.log(np.exp(joint - largest).sum(axis=1, keepdims=True))
