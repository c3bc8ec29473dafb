"""Loss functions on Tensors, each one node in the graph with its derivative written out.

Lesson: 4.4 `backpropagation-digits` (softmax cross-entropy) and 5.4 `maximum-likelihood`
(why cross-entropy and MSE are negative log-likelihoods).
"""

from __future__ import annotations

import numpy as np

from .graph import accumulate
from .tensor import Tensor, _result

__all__ = ["cross_entropy", "mse_loss"]


def cross_entropy(logits: Tensor, y) -> Tensor:
    """Mean softmax cross-entropy of integer class labels, as ``torch.nn.functional.cross_entropy``.

    ``L = -(1/n) sum_i log softmax(z_i)[y_i]``. It equals
    ``-log_softmax(logits, axis=1)[np.arange(n), y].mean()`` but is one node whose
    gradient is the famous ``(softmax(z) - onehot(y)) / n``.

    Parameters
    ----------
    logits : Tensor of shape (n_samples, n_classes)
        Unnormalised scores ``z``.
    y : array_like of int, shape (n_samples,)
        The true class of each sample, in ``0 .. n_classes - 1``.

    Returns
    -------
    Tensor of shape ()

    Examples
    --------
    >>> z = Tensor([[2.0, 0.0], [0.0, 2.0]], requires_grad=True)
    >>> loss = cross_entropy(z, [0, 1])
    >>> round(loss.item(), 4)
    0.1269
    """
    if not isinstance(logits, Tensor):
        logits = Tensor(logits)
    if logits.ndim != 2:
        raise ValueError(
            f"cross_entropy needs logits of shape (n_samples, n_classes); got shape {logits.shape}. "
            "For one sample use logits.reshape(1, -1)."
        )
    y = np.asarray(y)
    n_samples, n_classes = logits.shape
    if y.shape != (n_samples,) or y.dtype.kind not in "iu":
        raise ValueError(
            f"cross_entropy needs y as {n_samples} integer class labels, shape ({n_samples},); "
            f"got shape {y.shape} of dtype {y.dtype}. Use y.astype(int) for labels stored as floats."
        )
    z = logits.data
    shifted = z - z.max(axis=1, keepdims=True)  # log-sum-exp trick: same value, no overflow
    exps = np.exp(shifted)
    sum_exps = exps.sum(axis=1, keepdims=True)
    rows = np.arange(n_samples)
    # NOTE: seen as unsigned, a negative label becomes huge, so one indexing catches labels
    # below 0 and above n_classes - 1 without two extra passes over y (this runs every step).
    labels = y.view(np.uint64) if y.dtype == np.int64 else y.astype(np.uint64)
    try:
        picked = shifted[rows, labels]
    except IndexError:
        raise ValueError(
            f"cross_entropy labels must lie in 0..{n_classes - 1} for {n_classes} classes; "
            f"got labels from {y.min()} to {y.max()}."
        ) from None
    log_likelihood = picked - np.log(sum_exps[:, 0])
    mean_negative_log_likelihood = log_likelihood.sum(dtype=z.dtype) * -(1.0 / n_samples)
    out = _result(np.asarray(mean_negative_log_likelihood, dtype=z.dtype), (logits,), "cross_entropy")
    if out.requires_grad:

        def backward(node, g):
            # dL/dz = (softmax(z) - onehot(y)) / n
            grad_z = exps / sum_exps
            grad_z[rows, labels] -= 1.0
            grad_z *= g / n_samples
            accumulate(logits, grad_z)

        out._backward = backward
    return out


def mse_loss(y_hat: Tensor, y) -> Tensor:
    """Mean squared error ``(1/n) sum (y_hat - y)**2``, built from primitive operations.

    Parameters
    ----------
    y_hat : Tensor
        Predictions.
    y : array_like or Tensor, same shape as ``y_hat``
        Targets.

    Returns
    -------
    Tensor of shape ()

    Examples
    --------
    >>> mse_loss(Tensor([1.0, 3.0]), [1.0, 1.0]).item()
    2.0
    """
    if not isinstance(y_hat, Tensor):
        y_hat = Tensor(y_hat)
    y_shape = y.shape if isinstance(y, Tensor) else np.shape(y)
    if tuple(y_shape) != y_hat.shape:
        raise ValueError(
            f"mse_loss needs y_hat and y of the same shape; got {y_hat.shape} and {tuple(y_shape)}. "
            "A (n, 1) against (n,) mismatch would broadcast to (n, n): reshape one of them."
        )
    return ((y_hat - y) ** 2).mean()
