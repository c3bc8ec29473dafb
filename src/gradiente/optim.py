"""Optimization: gradient descent and its family, Newton's method, and backtracking line search.

Lessons: module 3, "Gradient descent" (learning rate, divergence), "Stochastic and mini-batch
descent, momentum, Adam" and "Newton's method".

Two ways in:

- Optimizer classes (``GradientDescent``, ``SGD``, ``Momentum``, ``RMSProp``, ``Adam``) update a
  list of Tensors in place from their ``.grad``, like ``torch.optim``::

      opt = Adam([W, b], lr=1e-3)
      opt.zero_grad(); loss.backward(); opt.step()

- ``minimize(f, x0, method=...)`` runs a whole descent on a function and returns the
  trajectory for plots. The gradient comes from :mod:`gradiente.autodiff` (write ``f`` with
  Tensor operations) or from a ``grad`` function you pass.

Every update rule is the one PyTorch uses, so the numbers can be compared step by step.
A NaN or an infinity stops the run with a :class:`DivergenceError` that names the step.
"""

from __future__ import annotations

import math
import numbers
from dataclasses import dataclass, field

import numpy as np

from .autodiff.tensor import Tensor, no_grad

__all__ = [
    "Optimizer",
    "GradientDescent",
    "SGD",
    "Momentum",
    "RMSProp",
    "Adam",
    "minibatches",
    "minimize",
    "newton",
    "backtracking_line_search",
    "OptimizeResult",
    "DivergenceError",
]


class DivergenceError(FloatingPointError):
    """The iterates, the loss or the gradient became NaN or infinite."""


def _check_lr(lr, name: str = "lr") -> float:
    if isinstance(lr, bool) or not isinstance(lr, numbers.Real) or not math.isfinite(lr) or lr <= 0:
        raise ValueError(f"{name} must be a positive finite number; got {lr!r}. Typical values: 1e-3 to 0.1.")
    return float(lr)


def _check_fraction(value, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not 0 <= value < 1:
        raise ValueError(f"{name} must be a number in [0, 1); got {value!r}.")
    return float(value)


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
            raise TypeError(
                "the optimizer needs a list of Tensors; got a single Tensor. Write [w] instead of w."
            )
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
        self.lr = _check_lr(lr)
        self.n_steps = 0
        by_dtype: dict = {}
        for p in params:  # float32 and float64 parameters keep their own vector (and precision)
            by_dtype.setdefault(p.data.dtype, []).append(p)
        self._groups = []
        for dtype, group in by_dtype.items():
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
        self.beta = _check_fraction(beta, "beta")
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

    def __init__(self, params, lr: float = 0.01, momentum: float = 0.0, nesterov: bool = False,
                 batch_size: int = 32, rng=None):
        super().__init__(params, lr, beta=momentum, nesterov=nesterov)
        if isinstance(batch_size, bool) or not isinstance(batch_size, numbers.Integral) or batch_size < 1:
            raise ValueError(f"batch_size must be a positive integer; got {batch_size!r}.")
        self.batch_size = int(batch_size)
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
        self.alpha = _check_fraction(alpha, "alpha")
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
        self.beta1 = _check_fraction(betas[0], "betas[0]")
        self.beta2 = _check_fraction(betas[1], "betas[1]")
        self.eps = float(eps)
        super().__init__(params, lr)

    def _new_state(self, n, dtype):
        return (np.zeros(n, dtype=dtype), np.zeros(n, dtype=dtype))  # the moments m and v

    def _begin_step(self):
        # The bias corrections depend only on the step number t: compute them once per step.
        t = self.n_steps
        self._step_size = self.lr / (1.0 - self.beta1 ** t)
        self._sqrt_bias2 = math.sqrt(1.0 - self.beta2 ** t)

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
    if isinstance(n_samples, bool) or not isinstance(n_samples, numbers.Integral) or n_samples < 1:
        raise ValueError(f"n_samples must be a positive integer; got {n_samples!r}.")
    if isinstance(batch_size, bool) or not isinstance(batch_size, numbers.Integral) or batch_size < 1:
        raise ValueError(f"batch_size must be a positive integer; got {batch_size!r}.")
    order = np.random.default_rng(rng).permutation(n_samples) if shuffle else np.arange(n_samples)
    for start in range(0, n_samples, batch_size):
        yield order[start:start + batch_size]


# ----------------------------------------------------------------------------------------------
# minimize: a whole descent on a function, with the trajectory
# ----------------------------------------------------------------------------------------------


@dataclass
class OptimizeResult:
    """The outcome of :func:`minimize` or :func:`newton`.

    Attributes
    ----------
    x : ndarray
        The last iterate (shape of ``x0``).
    fun : float
        ``f(x)``.
    n_iter : int
        Number of updates made.
    converged : bool
        Whether the gradient norm fell to ``tol`` or below.
    trajectory : ndarray of shape (n_iter + 1, *x0.shape)
        Every iterate, ``x0`` first (for plots).
    values : ndarray of shape (n_iter + 1,)
        ``f`` at every iterate (the loss curve).
    grad_norm : float
        Euclidean norm of the gradient at ``x``.
    method : str
    message : str
    """

    x: np.ndarray
    fun: float
    n_iter: int
    converged: bool
    trajectory: np.ndarray
    values: np.ndarray
    grad_norm: float
    method: str
    message: str = field(default="")


_METHODS = ("gd", "momentum", "nesterov", "rmsprop", "adam", "newton")
_DEFAULT_LR = {"gd": 0.01, "momentum": 0.01, "nesterov": 0.01, "rmsprop": 0.01, "adam": 0.01, "newton": 1.0}


def _as_point(x0) -> np.ndarray:
    x = np.array(x0.data if isinstance(x0, Tensor) else x0, dtype=np.float64)
    if x.dtype.kind != "f":  # pragma: no cover - np.array(..., float64) either works or raises
        raise TypeError(f"x0 must be real numbers; got {x.dtype}.")
    if x.size == 0:
        raise ValueError("x0 is empty; give the starting point, e.g. x0=np.zeros(2).")
    if not np.isfinite(x).all():
        raise ValueError(f"x0 must be finite; got {x}. Start from a point where f is defined.")
    return x


def _objective(f, grad, fname: str):
    """Return ``value(x) -> float`` and ``value_and_grad(x) -> (float, ndarray)``."""
    if grad is not None:
        if not callable(grad):
            raise TypeError(f"{fname}: grad must be a function grad(x) -> ndarray; got {type(grad).__name__}.")

        def value(x):
            return float(f(x))

        def value_and_grad(x):
            g = np.asarray(grad(x), dtype=np.float64)
            if g.shape != x.shape:
                raise ValueError(
                    f"{fname}: grad(x) must have the shape of x, {x.shape}; got {g.shape}."
                )
            return float(f(x)), g

        return value, value_and_grad

    def value(x):
        with no_grad():
            out = f(Tensor(x))
        return float(out.data if isinstance(out, Tensor) else out)

    def value_and_grad(x):
        x_tensor = Tensor(x, requires_grad=True)
        out = f(x_tensor)
        if not isinstance(out, Tensor):
            raise TypeError(
                f"{fname}: without grad=..., f must be written with Tensor operations so it can be "
                f"differentiated automatically; f returned {type(out).__name__}. Either use Tensor "
                "operations (x ** 2, x.exp(), ...) or pass grad=your_gradient_function."
            )
        if out.size != 1:
            raise ValueError(f"{fname}: f must return a scalar; got shape {out.shape}.")
        if out.requires_grad:
            out.backward()
        g = x_tensor.grad if x_tensor.grad is not None else np.zeros_like(x)
        return float(out.data.reshape(())), g

    return value, value_and_grad


def _check_finite(step: int, x, value: float, g, method: str, lr: float) -> None:
    if math.isfinite(value) and np.isfinite(g).all() and np.isfinite(x).all():
        return
    what = "the loss" if not math.isfinite(value) else "the gradient"
    hint = (
        "Newton's method needs a positive definite Hessian near the start: try "
        "line_search='backtracking' or start closer to the minimum."
        if method == "newton"
        else f"The learning rate is too large for this function: try a smaller lr (lr={lr:g} now; try {lr / 10:g})."
    )
    raise DivergenceError(f"{method} diverged at step {step}: {what} became {value if what == 'the loss' else 'NaN or inf'}. {hint}")


def backtracking_line_search(f, x, direction, g, lr: float = 1.0, shrink: float = 0.5,
                             c: float = 1e-4, max_halvings: int = 60) -> float:
    """Shrink a step until it decreases ``f`` enough (the Armijo condition).

    Start at ``t = lr`` and multiply by ``shrink`` until
    ``f(x + t d) <= f(x) + c t (g . d)``: the decrease must be at least a fraction ``c`` of
    what the tangent line promises.

    Parameters
    ----------
    f : callable
        ``f(x) -> float``.
    x, direction, g : ndarray
        The point, a descent direction ``d`` (``g . d < 0``) and the gradient at ``x``.

    Returns
    -------
    float
        The step ``t``.

    Examples
    --------
    >>> f = lambda x: float(x @ x)
    >>> x = np.array([1.0]); g = 2 * x
    >>> backtracking_line_search(f, x, -g, g, lr=1.0)
    0.5
    """
    slope = float(np.sum(g * direction))
    if slope >= 0:
        raise ValueError(
            f"backtracking_line_search needs a descent direction (g . d < 0); got g . d = {slope:g}. "
            "Use d = -g."
        )
    fx, t = f(x), float(lr)
    for _ in range(max_halvings):
        value = f(x + t * direction)
        if math.isfinite(value) and value <= fx + c * t * slope:
            return t
        t *= shrink
    return t


# NB: overflow warnings are silenced because a non-finite value becomes a DivergenceError
# that names the step, which says more than NumPy's warning.
@np.errstate(over="ignore", invalid="ignore", divide="ignore")
def minimize(f, x0, method: str = "gd", lr: float | None = None, tol: float = 1e-6,
             max_iter: int = 1000, grad=None, hess=None, line_search: str | None = None,
             beta: float = 0.9, betas: tuple = (0.9, 0.999), alpha: float = 0.99,
             eps: float = 1e-8) -> OptimizeResult:
    """Minimize ``f`` from ``x0`` and keep every iterate.

    Parameters
    ----------
    f : callable
        Without ``grad``: takes a Tensor, returns a scalar Tensor (written with Tensor
        operations, differentiated by :mod:`gradiente.autodiff`). With ``grad``: takes an
        ndarray, returns a float.
    x0 : array_like
        Starting point (a number or an array of any shape).
    method : {"gd", "momentum", "nesterov", "rmsprop", "adam", "newton"}
    lr : float, optional
        Learning rate; default 0.01 (1.0 for Newton, a full step).
    tol : float, default 1e-6
        Stop when the gradient's Euclidean norm is at most ``tol``.
    max_iter : int, default 1000
    grad : callable, optional
        ``grad(x) -> ndarray`` of x's shape.
    hess : callable, optional
        For Newton: ``hess(x) -> (n, n)`` array; default from differences of the gradient.
    line_search : {None, "backtracking"}
        For "gd" and "newton": choose each step by :func:`backtracking_line_search`.
    beta : float
        Momentum coefficient ("momentum", "nesterov").
    betas : (float, float)
        Adam's moment decays.
    alpha : float
        RMSProp's decay.
    eps : float
        RMSProp's and Adam's guard against division by zero.

    Returns
    -------
    OptimizeResult
        ``x``, ``fun``, ``n_iter``, ``converged``, ``trajectory``, ``values``, ...

    Raises
    ------
    DivergenceError
        When the loss, the gradient or the iterate becomes NaN or infinite; the message
        names the step and suggests a smaller learning rate.

    Examples
    --------
    >>> result = minimize(lambda x: ((x - 3.0) ** 2).sum(), x0=[0.0], method="gd", lr=0.1)
    >>> result.converged, np.round(result.x, 5)
    (True, array([3.]))
    """
    if method not in _METHODS:
        raise ValueError(f"method must be one of {_METHODS}; got {method!r}.")
    if method == "newton":
        return newton(f, x0, grad=grad, hess=hess, tol=tol, max_iter=max_iter,
                      lr=1.0 if lr is None else lr, line_search=line_search)
    lr = _check_lr(_DEFAULT_LR[method] if lr is None else lr)
    tol = _check_tol(tol)
    max_iter = _check_max_iter(max_iter)
    if line_search not in (None, "backtracking"):
        raise ValueError(f"line_search must be None or 'backtracking'; got {line_search!r}.")
    if line_search and method != "gd":
        raise ValueError(f"line_search='backtracking' works with method='gd' or 'newton'; got method={method!r}.")
    x = _as_point(x0)
    value_of, value_and_grad = _objective(f, grad, "minimize")

    # The update rules live in the optimizer classes; here they move a single Tensor.
    theta = Tensor(x, requires_grad=True)
    if method == "gd":
        optimizer = GradientDescent([theta], lr=lr)
    elif method in ("momentum", "nesterov"):
        optimizer = Momentum([theta], lr=lr, beta=beta, nesterov=method == "nesterov")
    elif method == "rmsprop":
        optimizer = RMSProp([theta], lr=lr, alpha=alpha, eps=eps)
    else:
        optimizer = Adam([theta], lr=lr, betas=betas, eps=eps)

    value, g = value_and_grad(theta.data.copy())
    _check_finite(0, theta.data, value, g, method, lr)
    trajectory, values = [theta.data.copy()], [value]
    n_iter = 0
    while float(np.linalg.norm(g)) > tol and n_iter < max_iter:
        n_iter += 1
        if line_search:
            step = backtracking_line_search(value_of, theta.data, -g, g, lr=lr)
            theta.data -= step * g
        else:
            theta.grad = g
            optimizer.step()
        value, g = value_and_grad(theta.data.copy())
        _check_finite(n_iter, theta.data, value, g, method, lr)
        trajectory.append(theta.data.copy())
        values.append(value)
    return _result(theta.data.copy(), value, g, n_iter, tol, trajectory, values, method, max_iter)


def _check_tol(tol) -> float:
    if isinstance(tol, bool) or not isinstance(tol, numbers.Real) or not tol >= 0:
        raise ValueError(f"tol must be a non-negative number; got {tol!r}.")
    return float(tol)


def _check_max_iter(max_iter) -> int:
    if isinstance(max_iter, bool) or not isinstance(max_iter, numbers.Integral) or max_iter < 0:
        raise ValueError(f"max_iter must be a non-negative integer; got {max_iter!r}.")
    return int(max_iter)


def _result(x, value, g, n_iter, tol, trajectory, values, method, max_iter) -> OptimizeResult:
    grad_norm = float(np.linalg.norm(g))
    converged = grad_norm <= tol
    message = (
        f"converged: gradient norm {grad_norm:.3g} <= tol {tol:g} after {n_iter} steps"
        if converged
        else f"stopped after max_iter={max_iter} steps with gradient norm {grad_norm:.3g} > tol {tol:g}; "
        "raise max_iter or the learning rate"
    )
    return OptimizeResult(
        x=x, fun=value, n_iter=n_iter, converged=converged, trajectory=np.array(trajectory),
        values=np.array(values), grad_norm=grad_norm, method=method, message=message,
    )


# ----------------------------------------------------------------------------------------------
# Newton's method
# ----------------------------------------------------------------------------------------------


def _hessian_from_gradient(value_and_grad, x: np.ndarray) -> np.ndarray:
    """Hessian by central differences of the gradient: column j is ``dg/dx_j``.

    NOTE: the autodiff engine is first order (its backward pass is not itself recorded),
    so second derivatives come from differences of exact gradients: error O(h^2).
    """
    n = x.size
    flat = x.reshape(-1).copy()
    H = np.empty((n, n))
    for j in range(n):
        h = 1e-5 * max(1.0, abs(flat[j]))
        flat[j] += h
        g_plus = value_and_grad(flat.reshape(x.shape))[1].reshape(-1)
        flat[j] -= 2 * h
        g_minus = value_and_grad(flat.reshape(x.shape))[1].reshape(-1)
        flat[j] += h
        H[:, j] = (g_plus - g_minus) / (2 * h)
    return (H + H.T) / 2  # a Hessian is symmetric; averaging removes the rounding asymmetry


@np.errstate(over="ignore", invalid="ignore", divide="ignore")
def newton(f, x0, grad=None, hess=None, tol: float = 1e-8, max_iter: int = 100, lr: float = 1.0,
           line_search: str | None = None) -> OptimizeResult:
    """Newton's method for minimization: ``x <- x - lr H(x)^{-1} g(x)``.

    It fits the quadratic ``f(x) + g.d + d.H.d / 2`` at each point and jumps to its minimum;
    near a minimum the number of correct digits doubles every step.

    Parameters
    ----------
    f, x0, grad, tol, max_iter
        As in :func:`minimize`.
    hess : callable, optional
        ``hess(x) -> (n, n)`` array, ``n = x0.size``. Default: central differences of the gradient.
    lr : float, default 1.0
        Damping; 1 is the pure Newton step.
    line_search : {None, "backtracking"}
        Shrink each Newton step until f decreases (and use ``-g`` where ``H`` is not
        positive definite): safer far from the minimum.

    Returns
    -------
    OptimizeResult

    Examples
    --------
    >>> result = newton(lambda x: (x ** 4).sum() + (x ** 2).sum(), x0=[1.0])
    >>> result.converged, abs(float(result.x[0])) < 1e-8
    (True, True)
    """
    lr = _check_lr(lr)
    tol = _check_tol(tol)
    max_iter = _check_max_iter(max_iter)
    if line_search not in (None, "backtracking"):
        raise ValueError(f"line_search must be None or 'backtracking'; got {line_search!r}.")
    x = _as_point(x0)
    value_of, value_and_grad = _objective(f, grad, "newton")
    value, g = value_and_grad(x)
    _check_finite(0, x, value, g, "newton", lr)
    trajectory, values = [x.copy()], [value]
    n_iter = 0
    while float(np.linalg.norm(g)) > tol and n_iter < max_iter:
        n_iter += 1
        if hess is not None:
            H = np.asarray(hess(x), dtype=np.float64)
            if H.shape != (x.size, x.size):
                raise ValueError(f"newton: hess(x) must have shape {(x.size, x.size)}; got {H.shape}.")
        else:
            H = _hessian_from_gradient(value_and_grad, x)
        try:
            direction = -np.linalg.solve(H, g.reshape(-1)).reshape(x.shape)
        except np.linalg.LinAlgError:
            if not line_search:
                raise np.linalg.LinAlgError(
                    f"newton: the Hessian at step {n_iter} is singular, so the Newton step is not "
                    "defined (f is flat in some direction there). Use line_search='backtracking', "
                    "which falls back to the gradient direction, or method='gd'."
                ) from None
            direction = -g
        if line_search:
            if np.sum(direction * g) >= 0:  # H not positive definite: not a descent direction
                direction = -g
            step = backtracking_line_search(value_of, x, direction, g, lr=lr)
        else:
            step = lr
        x = x + step * direction
        value, g = value_and_grad(x)
        _check_finite(n_iter, x, value, g, "newton", lr)
        trajectory.append(x.copy())
        values.append(value)
    return _result(x, value, g, n_iter, tol, trajectory, values, "newton", max_iter)
