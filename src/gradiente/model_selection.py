"""Honest estimates of how a model does on data it has not seen.

``train_test_split`` holds out a test set (optionally keeping the class proportions);
``cross_val_score`` rotates the held-out part through k folds.

Lesson: 5.7 `evaluating-models` (cross-validation, bootstrap).
"""

from __future__ import annotations

import math
import numbers

import numpy as np

from gradiente._validation import as_generator

__all__ = ["train_test_split", "kfold_indices", "cross_val_score"]


def _n_samples(array):
    shape = getattr(array, "shape", None)
    return shape[0] if shape else len(array)


def _resolve_sizes(n_samples, test_size, train_size):
    def count(size, name):
        if size is None:
            return None
        if isinstance(size, numbers.Integral) and not isinstance(size, bool):
            if not 0 < size < n_samples:
                raise ValueError(f"{name}={size} must be between 1 and n_samples - 1 = {n_samples - 1}.")
            return int(size)
        if isinstance(size, numbers.Real) and 0 < size < 1:
            return size
        raise ValueError(f"{name} must be a fraction in (0, 1) or a count of samples; got {size!r}.")

    test_size = count(test_size, "test_size")
    train_size = count(train_size, "train_size")
    if test_size is None and train_size is None:
        test_size = 0.25
    # Same rounding as scikit-learn: the test set rounds up, the train set down.
    n_test = (
        None if test_size is None else (math.ceil(test_size * n_samples) if isinstance(test_size, float) else test_size)
    )
    n_train = (
        None
        if train_size is None
        else (math.floor(train_size * n_samples) if isinstance(train_size, float) else train_size)
    )
    if n_test is None:
        n_test = n_samples - n_train
    if n_train is None:
        n_train = n_samples - n_test
    if n_train + n_test > n_samples or n_train < 1 or n_test < 1:
        raise ValueError(
            f"with {n_samples} samples, a train set of {n_train} and a test set of {n_test} "
            "do not fit; make test_size and train_size smaller."
        )
    return n_train, n_test


def train_test_split(*arrays, test_size=None, train_size=None, random_state=None, shuffle=True, stratify=None):
    """Split arrays into random train and test parts (the same rows for every array).

    Parameters
    ----------
    *arrays : array-likes with the same first dimension n_samples
    test_size : float in (0, 1) or int, default 0.25
    train_size : float in (0, 1) or int, optional
    random_state : None, int or numpy.random.Generator
    shuffle : bool
        If False, the first rows train and the last rows test (no randomness).
    stratify : array-like, shape (n_samples,), optional
        Class labels whose proportions both parts should keep (usually ``y``).

    Returns
    -------
    list
        ``[a_train, a_test, b_train, b_test, ...]``.

    Examples
    --------
    >>> X_train, X_test = train_test_split(np.arange(8).reshape(4, 2), test_size=0.5, random_state=0)
    >>> X_train.shape, X_test.shape
    ((2, 2), (2, 2))
    """
    if not arrays:
        raise ValueError("train_test_split needs at least one array, e.g. train_test_split(X, y).")
    arrays = [np.asarray(array) for array in arrays]
    n_samples = arrays[0].shape[0] if arrays[0].ndim else 0
    for array in arrays:
        if array.ndim == 0 or array.shape[0] != n_samples:
            lengths = [a.shape[0] if a.ndim else "scalar" for a in arrays]
            raise ValueError(f"all arrays must have the same number of samples; got lengths {lengths}.")
    n_train, n_test = _resolve_sizes(n_samples, test_size, train_size)
    rng = as_generator(random_state, name="random_state")
    if stratify is not None:
        if np.ndim(stratify) != 1 or np.shape(stratify)[0] != n_samples:
            raise ValueError(
                f"stratify must hold one label per sample, shape ({n_samples},); got shape "
                f"{np.shape(stratify)}. Usually stratify=y."
            )
        if not shuffle:
            raise ValueError("stratify needs shuffle=True; set shuffle=True or drop stratify.")
        train_index, test_index = _stratified_indices(np.asarray(stratify), n_train, n_test, rng)
    elif shuffle:
        permutation = rng.permutation(n_samples)
        test_index, train_index = permutation[:n_test], permutation[n_test : n_test + n_train]
    else:
        train_index, test_index = np.arange(n_train), np.arange(n_train, n_train + n_test)
    return [part for array in arrays for part in (array[train_index], array[test_index])]


def _stratified_indices(labels, n_train, n_test, rng):
    if labels.ndim != 1:
        raise ValueError(f"stratify must be 1-D with one label per sample; got shape {labels.shape}.")
    classes, label_index = np.unique(labels, return_inverse=True)
    class_counts = np.bincount(label_index)
    if class_counts.min() < 2:
        rare = classes[class_counts < 2].tolist()
        raise ValueError(
            f"stratify needs at least 2 samples of every class to put one on each side; "
            f"classes {rare} have only 1. Merge rare classes or split without stratify."
        )
    if n_test < classes.shape[0] or n_train < classes.shape[0]:
        raise ValueError(
            f"with {classes.shape[0]} classes, both parts need at least {classes.shape[0]} samples; "
            f"got train={n_train}, test={n_test}."
        )
    n_samples = labels.shape[0]
    # Largest-remainder allocation: each class gets its share of the test set, rounded so
    # the shares add up to n_test exactly.
    exact = class_counts * n_test / n_samples
    test_counts = np.floor(exact).astype(int)
    remainder = n_test - test_counts.sum()
    order = np.argsort(-(exact - test_counts), kind="stable")
    test_counts[order[:remainder]] += 1
    test_counts = np.clip(test_counts, 1, class_counts - 1)
    train_index, test_index = [], []
    for k in range(classes.shape[0]):
        members = rng.permutation(np.flatnonzero(label_index == k))
        test_index.append(members[: test_counts[k]])
        train_index.append(members[test_counts[k] :])
    train_index = rng.permutation(np.concatenate(train_index))[:n_train]
    test_index = rng.permutation(np.concatenate(test_index))
    return train_index, test_index


def kfold_indices(n_samples, n_splits=5, y=None, shuffle=False, random_state=None):
    """Yield ``(train_index, test_index)`` for k-fold cross-validation.

    Without ``y``, the samples are cut into ``n_splits`` contiguous folds, the first
    ``n_samples % n_splits`` one sample larger (scikit-learn's ``KFold``). With ``y``
    (class labels), each class is cut into ``n_splits`` near-equal parts and fold ``f``
    takes part ``f`` of every class, so each fold keeps the class proportions.

    Examples
    --------
    >>> [test.tolist() for _, test in kfold_indices(5, n_splits=2)]
    [[0, 1, 2], [3, 4]]
    """
    if isinstance(n_splits, bool) or not isinstance(n_splits, numbers.Integral) or n_splits < 2:
        raise ValueError(f"n_splits must be an integer >= 2; got {n_splits!r}.")
    if n_splits > n_samples:
        raise ValueError(f"n_splits={n_splits} is larger than the number of samples {n_samples}.")
    order = np.arange(n_samples)
    if shuffle:
        order = as_generator(random_state, name="random_state").permutation(n_samples)
    fold_of = np.empty(n_samples, dtype=int)
    if y is None:
        for fold, chunk in enumerate(np.array_split(order, n_splits)):
            fold_of[chunk] = fold
    else:
        y = np.asarray(y)[order]
        for label in np.unique(y):
            members = order[y == label]
            for fold, chunk in enumerate(np.array_split(members, n_splits)):
                fold_of[chunk] = fold
    for fold in range(n_splits):
        yield np.flatnonzero(fold_of != fold), np.flatnonzero(fold_of == fold)


def cross_val_score(estimator, X, y, cv=5, scoring=None):
    """Fit a fresh copy of ``estimator`` on k-1 folds, score it on the last; repeat k times.

    Parameters
    ----------
    estimator : a model with ``fit``, ``predict`` and ``get_params``
    X : array-like, shape (n_samples, n_features)
    y : array-like, shape (n_samples,)
    cv : int or iterable of (train_index, test_index)
        An int gives that many folds, stratified by class for classifiers.
    scoring : None or callable(y_true, y_pred) -> float
        None uses ``estimator.score``.

    Returns
    -------
    scores : ndarray, shape (n_splits,)

    Examples
    --------
    >>> from gradiente.models import LinearRegression
    >>> X = np.arange(10.0).reshape(-1, 1)
    >>> cross_val_score(LinearRegression(), X, 2 * X.ravel() + 1, cv=2).round(6).tolist()
    [1.0, 1.0]
    """
    for method in ("fit", "predict", "get_params"):
        if not hasattr(estimator, method):
            raise TypeError(f"estimator must have a {method}() method; got {type(estimator).__name__}.")
    X = np.asarray(X)
    y = np.asarray(y)
    if X.shape[0] != y.shape[0]:
        raise ValueError(f"X and y must have the same number of samples; got {X.shape[0]} and {y.shape[0]}.")
    if isinstance(cv, numbers.Integral) and not isinstance(cv, bool):
        is_classifier = getattr(estimator, "_estimator_type", None) == "classifier"
        splits = kfold_indices(X.shape[0], cv, y=y if is_classifier else None)
    else:
        splits = cv
    scores = []
    for train_index, test_index in splits:
        model = type(estimator)(**estimator.get_params())  # a clone: same hyperparameters, unfitted
        model.fit(X[train_index], y[train_index])
        if scoring is None:
            scores.append(model.score(X[test_index], y[test_index]))
        else:
            scores.append(scoring(y[test_index], model.predict(X[test_index])))
    return np.asarray(scores, dtype=float)
