"""How variables vary together: the covariance matrix and the correlation matrix.

Rows are samples and columns are variables (the layout of a data set ``X``, and of
scikit-learn; ``numpy.cov`` wants the transpose unless ``rowvar=False``).

Lesson: 1.6 `pca-svd` (PCA diagonalises the covariance matrix).
"""

from __future__ import annotations

import numpy as np

from gradiente._validation import check_array, check_parameter
from gradiente.exceptions import SampleSizeError

__all__ = ["covariance", "correlation"]

_EPS = np.finfo(float).eps


def _centred(X, name, purpose, min_samples):
    X = check_array(X, name=name)
    n_samples = X.shape[0]
    if n_samples < min_samples:
        raise SampleSizeError(
            f"{purpose} needs at least {min_samples} samples (rows of {name}); got {n_samples}. One sample has no "
            "spread to measure. If your variables are in the rows, pass X.T: rows are samples, columns variables."
        )
    return X - X.mean(axis=0)


def covariance(X, ddof=1):
    """The covariance matrix of the columns of ``X``: ``C = X_c^T X_c / (n - ddof)``.

    ``X_c`` is ``X`` with each column's mean subtracted; ``C[j, k]`` is the average
    product of the deviations of variables ``j`` and ``k`` (positive when they tend to be
    above their means together), and ``C[j, j]`` is the variance of variable ``j``. ``C``
    is symmetric and positive semidefinite: ``w^T C w`` is the variance of ``X w``.

    Parameters
    ----------
    X : array_like, shape (n_samples, n_features)
        Rows are samples, columns are variables (``numpy.cov(X, rowvar=False)``).
    ddof : int
        The divisor is ``n_samples - ddof``: ``1`` (default) the unbiased sample
        covariance, as ``numpy.cov``; ``0`` the maximum-likelihood one.

    Returns
    -------
    ndarray, shape (n_features, n_features), symmetric

    Raises
    ------
    SampleSizeError
        With fewer than ``ddof + 1`` samples (and always with 1: one point has no spread).

    Examples
    --------
    >>> from gradiente.stats import covariance
    >>> X = np.array([[1.0, 2.0], [2.0, 4.0], [3.0, 6.0]])  # the second column is twice the first
    >>> covariance(X)
    array([[1., 2.],
           [2., 4.]])
    >>> covariance(X, ddof=0).round(4)
    array([[0.6667, 1.3333],
           [1.3333, 2.6667]])
    """
    ddof = check_parameter(ddof, "ddof", low=0, integer=True, hint=" Use 1 for the sample covariance, 0 for the MLE.")
    Xc = _centred(X, "X", f"covariance with ddof={ddof}", max(2, ddof + 1))
    C = Xc.T @ Xc / (Xc.shape[0] - ddof)
    return 0.5 * (C + C.T)  # exactly symmetric


def correlation(X):
    """Pearson correlation matrix of the columns of ``X``: ``R[j, k] = C[j, k] / (s_j s_k)``.

    The covariance of the standardised variables: a number in ``[-1, 1]`` with no unit,
    ``+-1`` exactly when one variable is an affine function of the other; the diagonal is 1.

    Parameters
    ----------
    X : array_like, shape (n_samples, n_features)
        Rows are samples, columns are variables (``numpy.corrcoef(X, rowvar=False)``).

    Returns
    -------
    ndarray, shape (n_features, n_features), symmetric, diagonal exactly 1, entries clipped to ``[-1, 1]``

    Raises
    ------
    SampleSizeError
        With fewer than 2 samples.
    ValueError
        If a column is constant (to rounding): its standard deviation is 0 and its
        correlation is ``0 / 0``. NumPy returns NaN with a warning there; this raises, naming
        the columns, because a NaN spreads silently into whatever comes next. Drop the
        constant columns (they carry no information), or use :func:`covariance`.

    Examples
    --------
    >>> from gradiente.stats import correlation
    >>> correlation([[1.0, 3.0], [2.0, 1.0], [3.0, -1.0]])
    array([[ 1., -1.],
           [-1.,  1.]])
    >>> correlation([[1.0, 5.0], [2.0, 5.0]])
    Traceback (most recent call last):
    ...
    ValueError: correlation is undefined for a constant column: column [1] of X has the same value in every sample ...
    """
    X = check_array(X, name="X")
    Xc = _centred(X, "X", "correlation", 2)
    spread = np.sqrt(np.einsum("ij,ij->j", Xc, Xc))
    # centring a constant column leaves only rounding noise, about eps * |x| per entry
    constant = spread <= 10 * _EPS * np.sqrt(X.shape[0]) * np.abs(X).max(axis=0)
    if constant.any():
        columns = np.flatnonzero(constant).tolist()
        shown = columns if len(columns) <= 10 else columns[:10] + ["..."]
        raise ValueError(
            f"correlation is undefined for a constant column: column {shown} of X has the same value in every "
            f"sample ({len(columns)} in all), so its standard deviation is 0 and the correlation would be 0/0. "
            "Drop those columns, e.g. X[:, X.std(axis=0) > 0], or use covariance(X), which is defined (0) there."
        )
    Z = Xc / spread
    R = np.clip(Z.T @ Z, -1.0, 1.0)
    R = 0.5 * (R + R.T)
    np.fill_diagonal(R, 1.0)
    return R
