"""Random initial weights for a layer that keep the signal's variance from layer to layer.

A layer :math:`z = W^\\top a` with ``fan_in`` inputs of variance :math:`v` and weights of
variance :math:`\\sigma^2` gives outputs of variance :math:`\\text{fan\\_in}\\,\\sigma^2 v`.
Keeping that equal to :math:`v`:

- Xavier/Glorot (tanh, sigmoid): :math:`\\sigma^2 = 2 / (\\text{fan\\_in} + \\text{fan\\_out})`,
  a compromise between the forward pass (fan_in) and the backward pass (fan_out);
  drawn uniform on :math:`[-r, r]` with :math:`r = \\sqrt{6 / (\\text{fan\\_in} + \\text{fan\\_out})}`
  (a uniform on :math:`[-r, r]` has variance :math:`r^2 / 3`).
- He (ReLU, which zeroes half of its inputs): :math:`\\sigma^2 = 2 / \\text{fan\\_in}`,
  drawn from a normal distribution.

Lesson: 4.3 `neural-networks`.
"""

from __future__ import annotations

import numpy as np

from gradiente._validation import as_generator, check_parameter

__all__ = ["he_normal", "xavier_uniform"]


def _check_fans(fan_in, fan_out):
    check_parameter(
        fan_in,
        "fan_in",
        low=1,
        integer=True,
        hint=" fan_in is the number of inputs of the layer (784 for 28x28 images).",
    )
    check_parameter(
        fan_out, "fan_out", low=1, integer=True, hint=" fan_out is the number of outputs (units) of the layer."
    )
    return int(fan_in), int(fan_out)


def he_normal(fan_in, fan_out, rng=None):
    """He initialisation: weights drawn from :math:`N(0,\\, 2/\\text{fan\\_in})`, for ReLU layers.

    Parameters
    ----------
    fan_in, fan_out : int
        Inputs and outputs of the layer.
    rng : None, int or numpy.random.Generator
        Seed or generator (see :func:`gradiente._validation.as_generator`).

    Returns
    -------
    W : ndarray, shape (fan_in, fan_out)

    Examples
    --------
    >>> W = he_normal(400, 300, rng=0)
    >>> W.shape, round(float(W.var() * 400 / 2), 2)
    ((400, 300), 1.0)
    """
    fan_in, fan_out = _check_fans(fan_in, fan_out)
    rng = as_generator(rng)
    return rng.normal(0.0, np.sqrt(2.0 / fan_in), size=(fan_in, fan_out))


def xavier_uniform(fan_in, fan_out, rng=None):
    """Xavier/Glorot initialisation: uniform on :math:`\\pm\\sqrt{6/(\\text{fan\\_in}+\\text{fan\\_out})}`.

    The variance is :math:`2/(\\text{fan\\_in}+\\text{fan\\_out})`; suited to tanh and sigmoid
    layers (``MLPClassifier`` starts from it, as scikit-learn's ``MLPClassifier`` does).

    Parameters
    ----------
    fan_in, fan_out : int
        Inputs and outputs of the layer.
    rng : None, int or numpy.random.Generator
        Seed or generator (see :func:`gradiente._validation.as_generator`).

    Returns
    -------
    W : ndarray, shape (fan_in, fan_out)

    Examples
    --------
    >>> W = xavier_uniform(400, 300, rng=0)
    >>> bool(np.abs(W).max() <= np.sqrt(6 / 700)), round(float(W.var() * 700 / 2), 2)
    (True, 1.0)
    """
    fan_in, fan_out = _check_fans(fan_in, fan_out)
    rng = as_generator(rng)
    bound = np.sqrt(6.0 / (fan_in + fan_out))
    return rng.uniform(-bound, bound, size=(fan_in, fan_out))
