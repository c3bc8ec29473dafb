"""Reference solution: gaussian_nb_log_posterior."""

import numpy as np


def gaussian_nb_log_posterior(X_train, y_train, X_test, var_smoothing=1e-9):
    """ln P(c | x) for each row of X_test and each class (sorted), shape (m, k); each row log-sum-exps to 0."""
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    y_train = np.asarray(y_train)
    classes = np.unique(y_train)  # sorted labels: one column each
    epsilon = var_smoothing * X_train.var(axis=0).max()  # scikit-learn's smoothing, in the units of X
    joint = np.empty((X_test.shape[0], classes.size))
    for j, c in enumerate(classes):
        X_c = X_train[y_train == c]
        prior = X_c.shape[0] / X_train.shape[0]  # P(c), the class frequency
        mean = X_c.mean(axis=0)
        var = X_c.var(axis=0) + epsilon  # maximum-likelihood variance (ddof=0), smoothed
        # ln P(c) + sum over features of ln N(x_j | mean_j, var_j): the naive independence
        log_density = -0.5 * np.log(2 * np.pi * var) - (X_test - mean) ** 2 / (2 * var)
        joint[:, j] = np.log(prior) + log_density.sum(axis=1)
    # Divide by the evidence p(x) in logs: subtract log-sum-exp, shifted by the row's maximum.
    largest = joint.max(axis=1, keepdims=True)
    log_evidence = largest + np.log(np.exp(joint - largest).sum(axis=1, keepdims=True))
    return joint - log_evidence
