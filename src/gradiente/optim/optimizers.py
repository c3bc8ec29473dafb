"""Optimizer classes: update a list of Tensors in place from their ``.grad``, like ``torch.optim``.

Lessons: 3.1 `cost-functions-convexity` (learning rate, divergence) and 3.2 `sgd-momentum-adam`.

::

    opt = Adam([W, b], lr=1e-3)
    opt.zero_grad(); loss.backward(); opt.step()

Every update rule is the one PyTorch uses, so the numbers can be compared step by step.
A NaN or an infinity in a gradient stops the run with a :class:`DivergenceError` that names
the step. :func:`minibatches` gives the index arrays of one epoch of mini-batches.
"""

from __future__ import annotations

import math

import numpy as np

from ..autodiff.tensor import Tensor
from ._checks import DivergenceError, check_fraction, check_lr, check_positive_int

__all__ = ["Optimizer", "GradientDescent", "SGD", "Momentum", "RMSProp", "Adam", "minibatches"]


def _is_finite(g: np.ndarray) -> bool:
    """True when every element of ``g`` is finite."""
    flat = g.ravel()
    # A NaN or inf anywhere makes g . g NaN or inf; one BLAS call is about twice as fast as
    # isfinite(g).all(), and this runs at every step. The exact test runs only when the
    # fast one fails (g . g can also overflow with finite, huge entries).
    return math.isfinite(float(np.dot(flat, flat))) or bool(np.isfinite(g).all())


# ----------------------------------------------------------------------------------------------
# Optimizer classes (torch.optim style)
# ----------------------------------------------------------------------------------------------


class Optimizer:
    """Base class: holds the parameters, counts the steps, refuses NaN gradients.

    The math of every optimizer treats all parameters as one vector theta in R^n, and so does
    the code: the gradients of all parameters (of one dtype) are laid end to end in one flat
    vector ``g``, a subclass's rule ``_step(g, state)`` returns the flat step ``delta``, and
    each parameter is moved in place, ``theta <- theta - delta``. One rule on one vector is
    a handful of NumPy calls per step instead of a handful per parameter. The optimizer's
    memory (velocity, moments) is flat too, in ``state``.

    Parameters
    ----------
    params : iterable of Tensor
        The tensors to update; each needs ``requires_grad=True``. Their ``.data`` arrays are
        updated in place (never replaced), so other references to them see the new values.
    lr : float
        The learning rate (step size).
    """

    def __init__(self, params, lr: float):
        if isinstance(params, Tensor):
            raise TypeError("the optimizer needs a list of Tensors; got a single Tensor. Write [w] instead of w.")
        params = list(params)
        if not params:
            raise ValueError("the optimizer got an empty parameter list; pass the Tensors to train, e.g. [W, b].")
        for i, p in enumerate(params):
            if not isinstance(p, Tensor):
                raise TypeError(f"parameter {i} must be a Tensor; got {type(p).__name__}.")
            if not p.requires_grad:
                raise ValueError(
                    f"parameter {i} (shape {p.shape}) does not require grad, so it would never move. "
                    "Create it with Tensor(..., requires_grad=True)."
                )
        if len({id(p) for p in params}) != len(params):
            raise ValueError("a parameter appears twice in the list; pass each Tensor once.")
        self.params = params
        self.lr = check_lr(lr)
        self.n_steps = 0
        by_dtype: dict = {}
        for p in params:  # float32 and float64 parameters keep their own vector (and precision)
            by_dtype.setdefault(p.data.dtype, []).append(p)
        self._groups = []
        for group in by_dtype.values():
            offsets = np.cumsum([0] + [p.data.size for p in group])
            slices = [slice(int(a), int(b)) for a, b in zip(offsets[:-1], offsets[1:])]
            self._groups.append((group, slices))
        self.state = [self._new_state(int(slices[-1].stop), group[0].data.dtype) for group, slices in self._groups]

    def _new_state(self, n: int, dtype) -> tuple:
        """The optimizer's memory for n parameters: flat arrays of length n."""
        return ()

    def zero_grad(self) -> None:
        """Forget every parameter's gradient (call before each ``backward()``)."""
        for p in self.params:
            p.grad = None

    def step(self) -> None:
        """Move every parameter that has a gradient one step, in place."""
        self.n_steps += 1
        self._begin_step()
        for (group, slices), state in zip(self._groups, self.state):
            grads = [p.grad for p in group]
            every_gradient_present = True
            for g in grads:
                if g is None:
                    every_gradient_present = False
                    break
            if every_gradient_present:
                g = grads[0].ravel() if len(grads) == 1 else np.concatenate([g.ravel() for g in grads])
                if g.size != slices[-1].stop:
                    self._check_shapes(group, slices)
                self._check_gradient(g, group)
                delta = self._step(g, state)
                for p, piece in zip(group, slices):
                    p.data -= delta[piece].reshape(p.data.shape)  # theta <- theta - delta, in place
                continue
            # NOTE: parameters without a gradient are skipped entirely, as in PyTorch: their
            # memory does not decay. (Adam's bias correction still counts optimizer steps.)
            present = [j for j, g in enumerate(grads) if g is not None]
            self._check_shapes(group, slices)
            for j in present:
                self._check_gradient(grads[j].ravel(), group, j)
            for j in present:
                piece = slices[j]
                delta = self._step(grads[j].ravel(), tuple(memory[piece] for memory in state))
                group[j].data -= delta.reshape(group[j].data.shape)

    def _next_delta(self, g: np.ndarray) -> np.ndarray:
        """The step delta of the rule for one flat gradient, counted as a step (for ``minimize``).

        ``minimize`` moves its iterate itself (in :mod:`gradiente.optim.descent`), so it asks
        the rule for the step only; the optimizer was made for one parameter of x's size.
        """
        self.n_steps += 1
        self._begin_step()
        (state,) = self.state
        return self._step(g, state)

    def _check_shapes(self, group: list, slices: list) -> None:
        for p, piece in zip(group, slices):
            size = piece.stop - piece.start
            if p.data.size != size or (p.grad is not None and p.grad.size != size):
                i = next(k for k, q in enumerate(self.params) if q is p)
                raise ValueError(
                    f"parameter {i} now has shape {p.data.shape} (gradient "
                    f"{None if p.grad is None else p.grad.shape}), but it had {size} elements when the "
                    "optimizer was created; create a new optimizer for the new parameters."
                )

    def _check_gradient(self, g: np.ndarray, group: list, j: int | None = None) -> None:
        if _is_finite(g):
            return
        if j is None:  # find the culprit to name it
            j = next(k for k, p in enumerate(group) if not np.isfinite(p.grad).all())
        i = next(k for k, p in enumerate(self.params) if p is group[j])
        raise DivergenceError(
            f"step {self.n_steps}: the gradient of parameter {i} (shape {self.params[i].shape}) "
            f"contains NaN or inf, so the parameters would become NaN. The run has diverged: try a "
            f"smaller learning rate (lr={self.lr:g} now; try {self.lr / 10:g})."
        )

    def _begin_step(self) -> None:
        """Per-step quantities shared by every parameter (Adam's bias corrections)."""

    def _step(self, g: np.ndarray, state: tuple) -> np.ndarray:
        """The step delta for flat gradient ``g``: the rule moves theta to theta - delta."""
        raise NotImplementedError


class GradientDescent(Optimizer):
    """Plain gradient descent: ``theta <- theta - lr * g``.

    Examples
    --------
    >>> w = Tensor([3.0], requires_grad=True)
    >>> opt = GradientDescent([w], lr=0.25)
    >>> for _ in range(20):
    ...     opt.zero_grad(); (w * w).sum().backward(); opt.step()
    >>> bool(abs(w.data[0]) < 1e-5)
    True
    """

    def __init__(self, params, lr: float = 0.01):
        super().__init__(params, lr)

    def _step(self, g, state):
        return self.lr * g  # against the gradient: the direction of steepest descent


class Momentum(Optimizer):
    """Gradient descent with momentum (heavy ball), or Nesterov's variant; as ``torch.optim.SGD``.

    ``v <- beta v + g``; ``theta <- theta - lr v`` (Nesterov: ``theta <- theta - lr (g + beta v)``,
    which looks one step ahead along the velocity). The velocity starts at 0, so the first
    step is a plain gradient step (PyTorch starts it at the first gradient: the same thing).

    Examples
    --------
    >>> w = Tensor([3.0], requires_grad=True)
    >>> opt = Momentum([w], lr=0.1, beta=0.5)
    >>> for _ in range(50):
    ...     opt.zero_grad(); (w * w).sum().backward(); opt.step()
    >>> bool(abs(w.data[0]) < 1e-5)
    True
    """

    def __init__(self, params, lr: float = 0.01, beta: float = 0.9, nesterov: bool = False):
        self.beta = check_fraction(beta, "beta")
        self.nesterov = bool(nesterov)
        super().__init__(params, lr)

    def _new_state(self, n, dtype):
        return (np.zeros(n, dtype=dtype),)  # the velocity v

    def _step(self, g, state):
        (v,) = state
        v *= self.beta
        v += g  # v = beta v + g: a running sum that remembers past directions
        return self.lr * (g + self.beta * v if self.nesterov else v)


class SGD(Momentum):
    """Stochastic gradient descent: the gradient of a random mini-batch per step.

    The update is :class:`Momentum`'s (``momentum=0`` gives plain steps); the mini-batches come
    from :meth:`batches`, which shuffles with ``rng`` so a run can be repeated.

    Parameters
    ----------
    params : list of Tensor
    lr : float, default 0.01
    momentum : float, default 0.0
    nesterov : bool, default False
    batch_size : int, default 32
    rng : numpy.random.Generator or int, optional

    Examples
    --------
    >>> X = np.arange(10.0).reshape(-1, 1); y = 3 * X[:, 0]
    >>> w = Tensor([0.0], requires_grad=True)
    >>> opt = SGD([w], lr=0.01, batch_size=4, rng=0)
    >>> for epoch in range(30):
    ...     for batch in opt.batches(len(X)):
    ...         opt.zero_grad(); ((X[batch] @ w - y[batch]) ** 2).mean().backward(); opt.step()
    >>> round(float(w.data[0]), 3)
    3.0
    """

    def __init__(
        self, params, lr: float = 0.01, momentum: float = 0.0, nesterov: bool = False, batch_size: int = 32, rng=None
    ):
        super().__init__(params, lr, beta=momentum, nesterov=nesterov)
        self.batch_size = check_positive_int(batch_size, "batch_size")
        self.rng = np.random.default_rng(rng)

    def _step(self, g, state):
        if self.beta == 0.0:
            return self.lr * g
        return super()._step(g, state)

    def batches(self, n_samples: int):
        """Yield index arrays that cover ``range(n_samples)`` once, in a new random order."""
        return minibatches(n_samples, self.batch_size, rng=self.rng)


class RMSProp(Optimizer):
    """RMSProp: divide each step by a running root-mean-square of the gradient (as ``torch.optim.RMSprop``).

    ``s <- alpha s + (1 - alpha) g^2``; ``theta <- theta - lr g / (sqrt(s) + eps)``.

    Examples
    --------
    >>> w = Tensor([3.0, -0.01], requires_grad=True)
    >>> opt = RMSProp([w], lr=0.01)
    >>> for _ in range(500):
    ...     opt.zero_grad(); (w * w).sum().backward(); opt.step()
    >>> bool(np.all(np.abs(w.data) < 0.05))
    True
    """

    def __init__(self, params, lr: float = 0.01, alpha: float = 0.99, eps: float = 1e-8):
        self.alpha = check_fraction(alpha, "alpha")
        self.eps = float(eps)
        super().__init__(params, lr)

    def _new_state(self, n, dtype):
        return (np.zeros(n, dtype=dtype),)  # the running mean of g^2

    def _step(self, g, state):
        (s,) = state
        s *= self.alpha
        s += (1.0 - self.alpha) * (g * g)  # running mean of g^2: the typical size of each coordinate
        return self.lr * g / (np.sqrt(s) + self.eps)


class Adam(Optimizer):
    """Adam: momentum on the gradient and RMSProp scaling, both bias-corrected (as ``torch.optim.Adam``).

    ``m <- b1 m + (1 - b1) g``, ``v <- b2 v + (1 - b2) g^2``,
    ``theta <- theta - lr m_hat / (sqrt(v_hat) + eps)`` with ``m_hat = m / (1 - b1^t)`` and
    ``v_hat = v / (1 - b2^t)``.

    Examples
    --------
    >>> w = Tensor([3.0, -2.0], requires_grad=True)
    >>> opt = Adam([w], lr=0.1)
    >>> for _ in range(300):
    ...     opt.zero_grad(); (w * w).sum().backward(); opt.step()
    >>> bool(np.all(np.abs(w.data) < 0.01))
    True
    """

    def __init__(self, params, lr: float = 1e-3, betas: tuple = (0.9, 0.999), eps: float = 1e-8):
        self.beta1 = check_fraction(betas[0], "betas[0]")
        self.beta2 = check_fraction(betas[1], "betas[1]")
        self.eps = float(eps)
        super().__init__(params, lr)

    def _new_state(self, n, dtype):
        return (np.zeros(n, dtype=dtype), np.zeros(n, dtype=dtype))  # the moments m and v

    def _begin_step(self):
        # The bias corrections depend only on the step number t: compute them once per step.
        t = self.n_steps
        self._step_size = self.lr / (1.0 - self.beta1**t)
        self._sqrt_bias2 = math.sqrt(1.0 - self.beta2**t)

    def _step(self, g, state):
        m, v = state
        m *= self.beta1
        m += (1.0 - self.beta1) * g  # first moment: a running mean of g
        v *= self.beta2
        v += (1.0 - self.beta2) * (g * g)  # second moment: a running mean of g^2
        # NB: the same arithmetic as PyTorch: denom = sqrt(v) / sqrt(1 - b2^t) + eps
        denom = np.sqrt(v)
        denom /= self._sqrt_bias2
        denom += self.eps
        delta = m / denom
        delta *= self._step_size
        return delta


def minibatches(n_samples: int, batch_size: int, rng=None, shuffle: bool = True):
    """Yield index arrays of at most ``batch_size`` that cover ``range(n_samples)`` once.

    Examples
    --------
    >>> [b.tolist() for b in minibatches(5, 2, shuffle=False)]
    [[0, 1], [2, 3], [4]]
    """
    check_positive_int(n_samples, "n_samples")
    check_positive_int(batch_size, "batch_size")
    order = np.random.default_rng(rng).permutation(n_samples) if shuffle else np.arange(n_samples)
    for start in range(0, n_samples, batch_size):
        yield order[start : start + batch_size]
