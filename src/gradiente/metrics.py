"""How good is a model? Scores for classifiers and regressors, written from their formulas.

Classification: ``accuracy``, ``confusion_matrix``, ``precision_recall_f1``, ``roc_curve``,
``roc_auc`` (area by the trapezoid rule), ``log_loss``.
Regression: ``mse``, ``mae``, ``r2``, ``huber_loss``.
Margin: ``hinge_loss`` (labels -1 and +1, as the SVM writes them).

Every function takes ``(y_true, y_pred)`` (or ``y_score``/``y_proba``) in that order, as in
scikit-learn, and is checked against scikit-learn in ``tests/library/test_metrics.py``.

Lessons: 3.1 `cost-functions-convexity`, 4.1 `linear-regression` (R²), 2.3 `integrals-roc-auc` (area
under the ROC curve), 5.7 `evaluating-models`.
"""

from __future__ import annotations

import numpy as np

from gradiente._validation import check_array

__all__ = [
    "accuracy",
    "confusion_matrix",
    "precision_recall_f1",
    "roc_curve",
    "roc_auc",
    "log_loss",
    "mse",
    "mae",
    "r2",
    "huber_loss",
    "hinge_loss",
]


def _check_pair(y_true, y_pred, numeric=False, pred_name="y_pred", pred_2d=False):
    y_true = np.asarray(y_true)
    y_pred = np.asarray(y_pred)
    if numeric:
        y_true = check_array(y_true, name="y_true", allow_1d=True)
        y_pred = check_array(y_pred, name=pred_name, allow_1d=True)
    for name, values in (("y_true", y_true), (pred_name, y_pred)):
        if values.ndim != 1 and not (name == pred_name and pred_2d and values.ndim == 2):
            raise ValueError(f"{name} must be 1-D (n_samples,); got shape {values.shape}.")
        if values.shape[0] == 0:
            raise ValueError(f"{name} is empty; a score needs at least one sample.")
    if y_true.shape[0] != y_pred.shape[0]:
        raise ValueError(
            f"y_true and {pred_name} must have the same length; got {y_true.shape[0]} and "
            f"{y_pred.shape[0]}. Predict on the same samples you score against."
        )
    return y_true, y_pred


# ---------------------------------------------------------------------------
# Classification
# ---------------------------------------------------------------------------


def accuracy(y_true, y_pred):
    """Fraction of predictions equal to the true label.

    .. math:: \\text{accuracy} = \\frac{1}{n} \\sum_i [\\hat y_i = y_i]

    Parameters
    ----------
    y_true, y_pred : array-like, shape (n_samples,)

    Returns
    -------
    float in [0, 1]

    Examples
    --------
    >>> accuracy([0, 1, 1, 0], [0, 1, 0, 0])
    0.75
    """
    y_true, y_pred = _check_pair(y_true, y_pred)
    return float(np.mean(y_true == y_pred))


def confusion_matrix(y_true, y_pred, labels=None):
    """Count how often each true class (row) was predicted as each class (column).

    Parameters
    ----------
    y_true, y_pred : array-like, shape (n_samples,)
    labels : array-like, shape (n_classes,), optional
        Row/column order; by default the sorted union of both label sets.

    Returns
    -------
    C : ndarray of int, shape (n_classes, n_classes)
        ``C[i, j]`` = number of samples of class ``labels[i]`` predicted as ``labels[j]``.

    Examples
    --------
    >>> confusion_matrix([0, 1, 1], [0, 0, 1]).tolist()
    [[1, 0], [1, 1]]
    """
    y_true, y_pred = _check_pair(y_true, y_pred)
    if labels is None:
        labels = np.unique(np.concatenate([y_true, y_pred]))
    labels = np.asarray(labels)
    n_classes = labels.shape[0]
    if n_classes == 0 or np.unique(labels).shape[0] != n_classes:
        raise ValueError(f"labels must be non-empty and distinct; got {labels.tolist()}.")
    # Map each label to its row; samples whose labels are not listed are left out, as in sklearn.
    order = np.argsort(labels, kind="stable")
    sorted_labels = labels[order]

    def index_of(values):
        position = np.clip(np.searchsorted(sorted_labels, values), 0, n_classes - 1)
        return order[position], sorted_labels[position] == values

    true_index, true_known = index_of(y_true)
    pred_index, pred_known = index_of(y_pred)
    keep = true_known & pred_known
    flat = true_index[keep] * n_classes + pred_index[keep]
    return np.bincount(flat, minlength=n_classes * n_classes).reshape(n_classes, n_classes)


def precision_recall_f1(y_true, y_pred, average="binary", pos_label=1):
    """Precision, recall and their harmonic mean F1.

    .. math::
        \\text{precision} = \\frac{TP}{TP + FP}, \\quad
        \\text{recall} = \\frac{TP}{TP + FN}, \\quad
        F_1 = \\frac{2 \\, \\text{precision} \\cdot \\text{recall}}{\\text{precision} + \\text{recall}}

    A ratio with a zero denominator is reported as 0, as scikit-learn does by default.

    Parameters
    ----------
    y_true, y_pred : array-like, shape (n_samples,)
    average : {"binary", "macro", "micro", "weighted", None}
        ``"binary"`` scores only ``pos_label``; ``"macro"`` averages the per-class scores;
        ``"weighted"`` weights them by class frequency; ``"micro"`` pools all counts;
        ``None`` returns one score per class.
    pos_label : label
        The positive class when ``average="binary"``.

    Returns
    -------
    precision, recall, f1 : float, or ndarray of shape (n_classes,) when ``average=None``

    Examples
    --------
    >>> precision_recall_f1([0, 1, 1, 1], [0, 1, 0, 1])
    (1.0, 0.6666666666666666, 0.8)
    """
    averages = ("binary", "macro", "micro", "weighted", None)
    if average not in averages:
        raise ValueError(f"average must be one of {list(averages)}; got {average!r}.")
    y_true, y_pred = _check_pair(y_true, y_pred)
    labels = np.unique(np.concatenate([y_true, y_pred]))
    C = confusion_matrix(y_true, y_pred, labels=labels)
    true_positive = np.diag(C).astype(float)
    predicted_positive = C.sum(axis=0).astype(float)  # TP + FP, per class
    actual_positive = C.sum(axis=1).astype(float)  # TP + FN, per class
    if average == "binary":
        if labels.shape[0] > 2:
            raise ValueError(
                f"average='binary' needs at most 2 classes; got {labels.shape[0]} "
                f"({labels.tolist()}). Use average='macro', 'micro' or 'weighted'."
            )
        if pos_label not in labels.tolist():
            if labels.shape[0] == 2:
                raise ValueError(
                    f"pos_label={pos_label!r} is not a label; labels are {labels.tolist()}. "
                    "Pass pos_label=<your positive class>."
                )
            return 0.0, 0.0, 0.0  # the positive class never occurs: no TP, nothing to count
        row = labels.tolist().index(pos_label)
        true_positive = true_positive[row : row + 1]
        predicted_positive = predicted_positive[row : row + 1]
        actual_positive = actual_positive[row : row + 1]
    if average == "micro":
        true_positive = true_positive.sum(keepdims=True)
        predicted_positive = predicted_positive.sum(keepdims=True)
        actual_positive = actual_positive.sum(keepdims=True)
    precision = _safe_divide(true_positive, predicted_positive)
    recall = _safe_divide(true_positive, actual_positive)
    f1 = _safe_divide(2 * precision * recall, precision + recall)
    if average is None:
        return precision, recall, f1
    if average == "weighted":
        weights = actual_positive
        if weights.sum() == 0:
            return 0.0, 0.0, 0.0
        return tuple(float(np.average(score, weights=weights)) for score in (precision, recall, f1))
    return tuple(float(np.mean(score)) for score in (precision, recall, f1))


def _safe_divide(numerator, denominator):
    out = np.zeros_like(numerator, dtype=float)
    np.divide(numerator, denominator, out=out, where=denominator != 0)
    return out


def _binary_scores(y_true, y_score, pos_label):
    y_true, y_score = _check_pair(y_true, y_score, pred_name="y_score")
    y_score = check_array(y_score, name="y_score", allow_1d=True)
    labels = np.unique(y_true)
    if labels.shape[0] > 2:
        raise ValueError(
            f"roc_curve/roc_auc are for 2 classes; y_true has {labels.shape[0]}. "
            "Score one class against the rest: (y_true == k) with that class's scores."
        )
    if pos_label is None:
        if not (
            np.array_equal(labels, [0, 1])
            or np.array_equal(labels, [-1, 1])
            or np.array_equal(labels, [0])
            or np.array_equal(labels, [1])
            or np.array_equal(labels, [-1])
        ):
            raise ValueError(f"y_true has labels {labels.tolist()}; say which one is positive with pos_label=...")
        pos_label = 1
    return (y_true == pos_label), y_score


def roc_curve(y_true, y_score, pos_label=None, drop_intermediate=True):
    """False and true positive rates as the decision threshold sweeps down the scores.

    Sort the samples by score, highest first; lowering the threshold past each distinct
    score turns those samples positive, adding to TP (if they were positive) or FP.

    .. math:: \\text{TPR} = \\frac{TP}{P}, \\qquad \\text{FPR} = \\frac{FP}{N}

    Parameters
    ----------
    y_true : array-like, shape (n_samples,)
        Binary labels ({0, 1} or {-1, 1}, or any two labels with ``pos_label``).
    y_score : array-like, shape (n_samples,)
        Higher means "more positive": a probability or a decision function.
    pos_label : label, optional
    drop_intermediate : bool
        Drop thresholds that lie on a straight segment (they do not change the curve).

    Returns
    -------
    fpr, tpr : ndarray, shape (n_thresholds,)
    thresholds : ndarray, shape (n_thresholds,)
        Decreasing; the first is ``inf`` (nothing predicted positive).

    Examples
    --------
    >>> fpr, tpr, thresholds = roc_curve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])
    >>> fpr.tolist(), tpr.tolist()
    ([0.0, 0.0, 0.5, 0.5, 1.0], [0.0, 0.5, 0.5, 1.0, 1.0])
    """
    is_positive, y_score = _binary_scores(y_true, y_score, pos_label)
    order = np.argsort(-y_score, kind="mergesort")
    y_score = y_score[order]
    is_positive = is_positive[order]
    # One threshold per distinct score: the last sample of each run of equal scores.
    last_of_run = np.flatnonzero(np.diff(y_score))
    threshold_index = np.r_[last_of_run, y_score.shape[0] - 1]
    tps = np.cumsum(is_positive)[threshold_index].astype(float)
    fps = (threshold_index + 1) - tps
    thresholds = y_score[threshold_index]
    if drop_intermediate and tps.shape[0] > 2:
        # A point is kept where the curve bends: its second difference is non-zero.
        bends = np.r_[True, np.logical_or(np.diff(fps, 2), np.diff(tps, 2)), True]
        fps, tps, thresholds = fps[bends], tps[bends], thresholds[bends]
    fps = np.r_[0.0, fps]
    tps = np.r_[0.0, tps]
    thresholds = np.r_[np.inf, thresholds]
    if fps[-1] == 0 or tps[-1] == 0:
        missing = "negative" if fps[-1] == 0 else "positive"
        raise ValueError(
            f"y_true has no {missing} samples, so the ROC curve is undefined; "
            "score on a split that holds both classes (train_test_split(..., stratify=y))."
        )
    return fps / fps[-1], tps / tps[-1], thresholds


def roc_auc(y_true, y_score, pos_label=None):
    """Area under the ROC curve by the trapezoid rule.

    .. math:: \\text{AUC} \\approx \\sum_k (x_{k+1} - x_k) \\, \\frac{y_k + y_{k+1}}{2}

    with ``x`` the false positive rate and ``y`` the true positive rate. It equals the
    probability that a random positive scores above a random negative (ties count 1/2).

    Examples
    --------
    >>> roc_auc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])
    0.75
    """
    fpr, tpr, _ = roc_curve(y_true, y_score, pos_label=pos_label, drop_intermediate=True)
    widths = fpr[1:] - fpr[:-1]
    mean_heights = (tpr[1:] + tpr[:-1]) / 2
    return float(np.sum(widths * mean_heights))


def log_loss(y_true, y_proba, labels=None):
    """Mean negative log-likelihood of the true labels under the predicted probabilities.

    .. math:: \\mathcal{L} = -\\frac{1}{n} \\sum_i \\log p_{i, y_i}

    Probabilities are clipped to ``[eps, 1 - eps]`` (machine epsilon) so a confident
    mistake costs a large but finite amount.

    Parameters
    ----------
    y_true : array-like, shape (n_samples,)
    y_proba : array-like, shape (n_samples, n_classes) or (n_samples,)
        Columns follow the sorted labels; a 1-D array is the probability of the
        second (positive) label.
    labels : array-like, optional
        All labels, if ``y_true`` does not show every class.

    Examples
    --------
    >>> round(log_loss([0, 1], [[0.9, 0.1], [0.2, 0.8]]), 6)
    0.164252
    """
    y_true, y_proba = _check_pair(y_true, y_proba, pred_name="y_proba", pred_2d=True)
    y_proba = check_array(y_proba, name="y_proba", allow_1d=True)
    labels = np.unique(y_true) if labels is None else np.unique(np.asarray(labels))
    if y_proba.ndim == 1:
        y_proba = np.column_stack([1 - y_proba, y_proba])
    if y_proba.shape[1] != labels.shape[0]:
        raise ValueError(
            f"y_proba has {y_proba.shape[1]} columns but there are {labels.shape[0]} labels "
            f"({labels.tolist()}); pass labels=... listing every class in the column order."
        )
    if np.any(y_proba < 0) or np.any(y_proba > 1):
        raise ValueError("y_proba must hold probabilities in [0, 1]; use predict_proba, not decision_function.")
    if not np.allclose(y_proba.sum(axis=1), 1, rtol=1e-6, atol=1e-6):
        raise ValueError("each row of y_proba must sum to 1; use predict_proba, or normalise the rows.")
    index = np.searchsorted(labels, y_true)
    index = np.clip(index, 0, labels.shape[0] - 1)
    if np.any(labels[index] != y_true):
        raise ValueError(f"y_true holds labels outside {labels.tolist()}; pass labels=... with every class.")
    eps = np.finfo(np.float64).eps
    p_true = np.clip(y_proba[np.arange(y_true.shape[0]), index], eps, 1 - eps)
    return float(-np.mean(np.log(p_true)))


# ---------------------------------------------------------------------------
# Regression
# ---------------------------------------------------------------------------


def mse(y_true, y_pred):
    """Mean squared error.

    .. math:: \\text{MSE} = \\frac{1}{n} \\sum_i (y_i - \\hat y_i)^2

    Examples
    --------
    >>> mse([1.0, 2.0], [1.0, 4.0])
    2.0
    """
    y_true, y_pred = _check_pair(y_true, y_pred, numeric=True)
    _check_same_shape(y_true, y_pred)
    return float(np.mean((y_true - y_pred) ** 2))


def mae(y_true, y_pred):
    """Mean absolute error.

    .. math:: \\text{MAE} = \\frac{1}{n} \\sum_i |y_i - \\hat y_i|

    Examples
    --------
    >>> mae([1.0, 2.0], [1.0, 4.0])
    1.0
    """
    y_true, y_pred = _check_pair(y_true, y_pred, numeric=True)
    _check_same_shape(y_true, y_pred)
    return float(np.mean(np.abs(y_true - y_pred)))


def r2(y_true, y_pred):
    """Coefficient of determination: the share of the variance of ``y`` that is explained.

    .. math:: R^2 = 1 - \\frac{\\sum_i (y_i - \\hat y_i)^2}{\\sum_i (y_i - \\bar y)^2}

    1 is a perfect fit, 0 is no better than predicting the mean, and it can be negative.
    If ``y_true`` is constant the ratio is undefined: a perfect fit scores 1, anything
    else 0 (scikit-learn's convention).

    Examples
    --------
    >>> r2([1.0, 2.0, 3.0], [1.0, 2.0, 4.0])
    0.5
    """
    y_true, y_pred = _check_pair(y_true, y_pred, numeric=True)
    _check_same_shape(y_true, y_pred)
    residual_sum_of_squares = np.sum((y_true - y_pred) ** 2, axis=0)
    total_sum_of_squares = np.sum((y_true - np.mean(y_true, axis=0)) ** 2, axis=0)
    if np.ndim(total_sum_of_squares) == 0:
        if total_sum_of_squares == 0:
            return 1.0 if residual_sum_of_squares == 0 else 0.0
        return float(1 - residual_sum_of_squares / total_sum_of_squares)
    scores = np.where(
        total_sum_of_squares == 0,
        np.where(residual_sum_of_squares == 0, 1.0, 0.0),
        1 - residual_sum_of_squares / np.where(total_sum_of_squares == 0, 1, total_sum_of_squares),
    )
    return float(np.mean(scores))


def huber_loss(y_true, y_pred, delta=1.0):
    """Mean Huber loss: squared for small residuals, absolute for large ones.

    With the residual ``r = y_true - y_pred``:

    .. math:: \\ell_\\delta(r) = \\begin{cases} r^2/2 & |r| \\le \\delta \\\\
              \\delta\\,(|r| - \\delta/2) & |r| > \\delta \\end{cases}

    The two pieces meet at ``|r| = delta`` with the same value and the same slope, so the
    loss is differentiable; beyond ``delta`` an outlier pulls with a force of at most
    ``delta`` instead of ``|r|`` (as in MSE). This is PyTorch's ``huber_loss`` and, term by
    term, ``scipy.special.huber(delta, r)``.

    Parameters
    ----------
    y_true, y_pred : array_like of shape (n_samples,)
    delta : float, default 1.0
        Where the parabola becomes a line (positive).

    Returns
    -------
    float

    Examples
    --------
    >>> huber_loss([0.0, 0.0], [0.5, 3.0])        # (0.5**2 / 2 + 1 * (3 - 0.5)) / 2
    1.3125
    >>> huber_loss([0.0], [3.0], delta=5.0)        # inside delta: half the squared error
    4.5
    """
    if (
        isinstance(delta, bool)
        or not isinstance(delta, (int, float, np.number))
        or not np.isfinite(delta)
        or delta <= 0
    ):
        raise ValueError(
            f"delta must be a positive number (the residual where the loss turns from squared to "
            f"absolute); got {delta!r}. Typical: 1.0, or about the size of an ordinary residual."
        )
    y_true, y_pred = _check_pair(y_true, y_pred, numeric=True)
    _check_same_shape(y_true, y_pred)
    size = np.abs(y_true - y_pred)
    quadratic = np.minimum(size, delta)  # the part of |r| inside the parabola
    linear = size - quadratic  # the part beyond delta, charged at slope delta
    return float(np.mean(quadratic**2 / 2 + delta * linear))


def hinge_loss(y_true, decision):
    """Mean hinge loss of a linear classifier's scores: ``mean(max(0, 1 - y f(x)))``.

    ``y f(x)`` is the margin: positive when the sign of the score is right, and at least 1
    when it is right with room to spare; only those points cost nothing. This is the loss
    of the soft-margin SVM.

    Parameters
    ----------
    y_true : array_like of shape (n_samples,)
        Labels **-1 and +1** (the SVM's convention, so that ``y f(x)`` is the margin). Labels
        0/1 are refused with the conversion ``2 * y - 1``, so a 0 is never silently read as a
        third class or as "no margin".
    decision : array_like of shape (n_samples,)
        The scores ``f(x)`` (e.g. ``X @ w + b``), not probabilities or predicted labels.

    Returns
    -------
    float

    Examples
    --------
    >>> hinge_loss([1, -1, 1], [2.0, -0.5, -1.0])   # margins 2, 0.5, -1: costs 0, 0.5, 2
    0.8333333333333334
    """
    y_true, decision = _check_pair(y_true, decision, pred_name="decision")
    decision = check_array(decision, name="decision", allow_1d=True)
    try:
        labels = y_true.astype(np.float64)
    except (TypeError, ValueError):
        raise ValueError(f"hinge_loss needs labels -1 and +1; got labels {np.unique(y_true)}.") from None
    found = set(np.unique(labels).tolist())
    if not found <= {-1.0, 1.0}:
        if found <= {0.0, 1.0}:
            raise ValueError(
                "hinge_loss needs labels -1 and +1 (the margin is y * f(x)); got labels 0 and 1. "
                "Convert them first: y = 2 * y - 1."
            )
        raise ValueError(f"hinge_loss needs labels -1 and +1 (two classes); got labels {sorted(found)}.")
    return float(np.mean(np.maximum(0.0, 1.0 - labels * decision)))


def _check_same_shape(y_true, y_pred):
    if y_true.shape != y_pred.shape:
        raise ValueError(f"y_true and y_pred must have the same shape; got {y_true.shape} and {y_pred.shape}.")
