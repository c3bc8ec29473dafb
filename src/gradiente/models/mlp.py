"""A multilayer perceptron for classification, with backpropagation written out by hand.

A network of :math:`L` layers maps :math:`A_0 = X` through

.. math:: Z_l = A_{l-1} W_l + b_l, \\qquad A_l = g(Z_l) \\quad (l < L), \\qquad
          P = \\operatorname{softmax}(Z_L),

with :math:`g` the activation (relu, tanh or sigmoid), and is trained to minimise the
cross-entropy of a mini-batch of :math:`m` samples plus an L2 penalty:

.. math:: \\mathcal L = -\\frac1m \\sum_i \\log P_{i, y_i} + \\frac{\\alpha}{2m} \\sum_l \\lVert W_l \\rVert^2.

Backpropagation is the chain rule applied from the loss backwards, one layer at a time:

.. math::
    \\delta_L = \\frac{\\partial \\mathcal L}{\\partial Z_L} = \\frac{P - Y}{m}, \\qquad
    \\frac{\\partial \\mathcal L}{\\partial W_l} = A_{l-1}^\\top \\delta_l + \\frac{\\alpha}{m} W_l, \\qquad
    \\frac{\\partial \\mathcal L}{\\partial b_l} = \\mathbf 1^\\top \\delta_l, \\qquad
    \\delta_{l-1} = (\\delta_l W_l^\\top) \\odot g'(Z_{l-1}).

The tests check these hand-written gradients against :mod:`gradiente.autodiff` and finite
differences. The updates themselves are :class:`gradiente.optim.Adam` or
:class:`gradiente.optim.Momentum`, the same optimizers the optimisation lessons build.

Lessons: 4.3 `neural-networks`, 4.4 `backpropagation-digits`.
"""

from __future__ import annotations

import numbers

import numpy as np

from gradiente._validation import (
    as_generator,
    check_choice,
    check_classification_targets,
    check_n_features,
    check_parameter,
    check_X_y,
)
from gradiente.base import BaseEstimator, ClassifierMixin
from gradiente.softmax import sigmoid, softmax

__all__ = ["MLPClassifier"]


# Each activation with its derivative written in terms of its output A = g(Z), which is what
# the forward pass keeps: relu' = [A > 0], tanh' = 1 - A², sigmoid' = A (1 - A).
def _relu(Z):
    return np.maximum(Z, 0.0, out=Z)


def _relu_derivative_times(delta, A):
    delta[A <= 0] = 0.0
    return delta


def _tanh(Z):
    return np.tanh(Z, out=Z)


def _tanh_derivative_times(delta, A):
    delta *= 1.0 - A * A
    return delta


def _sigmoid_derivative_times(delta, A):
    delta *= A * (1.0 - A)
    return delta


ACTIVATIONS = {
    "relu": (_relu, _relu_derivative_times),
    "tanh": (_tanh, _tanh_derivative_times),
    "sigmoid": (sigmoid, _sigmoid_derivative_times),
}


class MLPClassifier(ClassifierMixin, BaseEstimator):
    """Multilayer perceptron classifier trained by mini-batch backpropagation.

    Parameters
    ----------
    hidden_layer_sizes : tuple of int
        Width of each hidden layer, e.g. ``(100,)`` or ``(64, 32)``.
    activation : {"relu", "tanh", "sigmoid"}
    solver : {"adam", "sgd"}
        ``"sgd"`` is mini-batch gradient descent with ``momentum``.
    lr : float
        Learning rate.
    batch_size : int
        Samples per gradient step (capped at n_samples).
    epochs : int
        Passes over the training data.
    alpha : float
        L2 penalty strength (scikit-learn's ``alpha``).
    momentum : float
        Momentum for ``solver="sgd"``.
    random_state : None, int or numpy.random.Generator
        Initial weights and the order of the mini-batches.

    Attributes
    ----------
    classes_ : ndarray, shape (n_classes,)
    coefs_ : list of ndarray
        ``coefs_[l]`` has shape (fan_in, fan_out): :math:`W_{l+1}`.
    intercepts_ : list of ndarray
        ``intercepts_[l]`` has shape (fan_out,).
    loss_curve_ : list of float
        Mean training loss of each epoch.
    n_iter_ : int
        Epochs run.
    n_features_in_ : int

    Examples
    --------
    >>> X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]] * 10)
    >>> y = np.array([0, 1, 1, 0] * 10)  # XOR: not linearly separable
    >>> model = MLPClassifier((16,), lr=0.05, epochs=300, batch_size=8, random_state=0).fit(X, y)
    >>> model.score(X, y)
    1.0
    """

    def __init__(
        self,
        hidden_layer_sizes=(100,),
        activation="relu",
        solver="adam",
        lr=1e-3,
        batch_size=200,
        epochs=200,
        alpha=1e-4,
        momentum=0.9,
        random_state=None,
    ):
        self.hidden_layer_sizes = hidden_layer_sizes
        self.activation = activation
        self.solver = solver
        self.lr = lr
        self.batch_size = batch_size
        self.epochs = epochs
        self.alpha = alpha
        self.momentum = momentum
        self.random_state = random_state

    # -- validation and set-up ----------------------------------------------------

    def _check_hyperparameters(self):
        check_choice("activation", self.activation, tuple(ACTIVATIONS))
        check_choice("solver", self.solver, ("adam", "sgd"))
        check_parameter(self.lr, "lr", low=0, low_open=True)
        check_parameter(self.batch_size, "batch_size", low=1, integer=True)
        check_parameter(self.epochs, "epochs", low=1, integer=True)
        check_parameter(self.alpha, "alpha", low=0)
        check_parameter(self.momentum, "momentum", low=0, high=1, high_open=True)
        sizes = self.hidden_layer_sizes
        if isinstance(sizes, numbers.Integral):
            sizes = (sizes,)
        sizes = tuple(sizes)
        if any(isinstance(s, bool) or not isinstance(s, numbers.Integral) or s < 1 for s in sizes):
            raise ValueError(
                f"hidden_layer_sizes must be positive integers, e.g. (100,) or (64, 32); got {self.hidden_layer_sizes!r}."
            )
        return sizes

    def _initialize(self, layer_sizes, rng):
        # Glorot/Xavier uniform, as scikit-learn: keeps the variance of activations and
        # gradients about the same from layer to layer (the sigmoid bound is smaller).
        factor = 2.0 if self.activation == "sigmoid" else 6.0
        self.coefs_, self.intercepts_ = [], []
        for fan_in, fan_out in zip(layer_sizes[:-1], layer_sizes[1:]):
            bound = np.sqrt(factor / (fan_in + fan_out))
            self.coefs_.append(rng.uniform(-bound, bound, size=(fan_in, fan_out)))
            self.intercepts_.append(rng.uniform(-bound, bound, size=fan_out))

    # -- forward and backward: the lesson, in code --------------------------------

    def _forward(self, X):
        """Return the activations ``[A_0 = X, A_1, ..., A_L = P]``."""
        activate = ACTIVATIONS[self.activation][0]
        activations = [X]
        n_layers = len(self.coefs_)
        for layer, (W, b) in enumerate(zip(self.coefs_, self.intercepts_)):
            Z = activations[-1] @ W  # Z_l = A_{l-1} W_l + b_l
            Z += b
            activations.append(activate(Z) if layer < n_layers - 1 else softmax(Z))
        return activations

    def _backward(self, activations, Y):
        """Gradients of the batch loss, from the output layer back to the first.

        Returns ``(coef_grads, intercept_grads)``, shaped like ``coefs_`` and ``intercepts_``.
        """
        derivative_times = ACTIVATIONS[self.activation][1]
        n_samples = Y.shape[0]
        n_layers = len(self.coefs_)
        coef_grads, intercept_grads = [None] * n_layers, [None] * n_layers
        delta = (activations[-1] - Y) / n_samples  # dL/dZ_L for softmax + cross-entropy
        for layer in range(n_layers - 1, -1, -1):
            W = self.coefs_[layer]
            coef_grads[layer] = activations[layer].T @ delta + (self.alpha / n_samples) * W  # dL/dW_l
            intercept_grads[layer] = delta.sum(axis=0)  # dL/db_l
            if layer > 0:
                delta = delta @ W.T  # dL/dA_{l-1}
                delta = derivative_times(delta, activations[layer])  # dL/dZ_{l-1} = dL/dA ⊙ g'(Z)
        return coef_grads, intercept_grads

    def _loss(self, P, Y):
        eps = np.finfo(np.float64).eps
        n_samples = Y.shape[0]
        cross_entropy = -np.sum(np.log(np.clip(P[Y.astype(bool)], eps, None))) / n_samples
        penalty = 0.5 * self.alpha * sum(np.sum(W * W) for W in self.coefs_) / n_samples
        return cross_entropy + penalty

    def loss_and_gradients(self, X, y):
        """Loss and its gradients at the current weights, for a batch ``X`` (m, n_features), ``y`` (m,).

        Used by the lesson and the tests to compare backpropagation with automatic
        differentiation; the model must have been fitted (or its weights set) first.

        Returns
        -------
        loss : float
        coef_grads : list of ndarray, shaped like ``coefs_``
        intercept_grads : list of ndarray, shaped like ``intercepts_``
        """
        X = check_n_features(self, X)
        Y = self._one_hot(np.asarray(y))
        activations = self._forward(X)
        loss = self._loss(activations[-1], Y)
        coef_grads, intercept_grads = self._backward(activations, Y)
        return loss, coef_grads, intercept_grads

    def _one_hot(self, y):
        index = np.searchsorted(self.classes_, y)
        index = np.clip(index, 0, self.classes_.shape[0] - 1)
        if np.any(self.classes_[index] != y):
            raise ValueError(f"y holds labels that are not in classes_ {self.classes_.tolist()}.")
        return np.eye(self.classes_.shape[0])[index]

    # -- public API ---------------------------------------------------------------

    def fit(self, X, y):
        """Train on ``X`` (n_samples, n_features) and labels ``y`` (n_samples,) for ``epochs`` passes."""
        from gradiente.autodiff import Tensor
        from gradiente.optim import Adam, GradientDescent, Momentum, minibatches

        hidden = self._check_hyperparameters()
        X, y = check_X_y(X, y)
        self.classes_, y_index = check_classification_targets(y)
        self.n_features_in_ = X.shape[1]
        rng = as_generator(self.random_state, name="random_state")
        n_samples = X.shape[0]
        self._initialize((X.shape[1], *hidden, self.classes_.shape[0]), rng)
        Y = np.eye(self.classes_.shape[0])[y_index]

        # The optimizers of gradiente.optim update Tensors in place from their .grad, so the
        # weights live in those Tensors. NB: an optimizer may move a Tensor's .data (optim packs
        # all parameters into one vector), so the weights are read back from the Tensors
        # before every forward pass rather than kept as separate arrays.
        parameters = [Tensor(p, requires_grad=True) for p in (*self.coefs_, *self.intercepts_)]
        n_layers = len(self.coefs_)
        if self.solver == "adam":
            optimizer = Adam(parameters, lr=self.lr)
        elif self.momentum > 0:
            optimizer = Momentum(parameters, lr=self.lr, beta=self.momentum)
        else:
            optimizer = GradientDescent(parameters, lr=self.lr)

        batch_size = min(int(self.batch_size), n_samples)
        self.loss_curve_ = []
        for _ in range(int(self.epochs)):
            epoch_loss = 0.0
            for batch in minibatches(n_samples, batch_size, rng=rng):
                X_batch, Y_batch = X[batch], Y[batch]
                self.coefs_ = [p.data for p in parameters[:n_layers]]
                self.intercepts_ = [p.data for p in parameters[n_layers:]]
                activations = self._forward(X_batch)
                epoch_loss += self._loss(activations[-1], Y_batch) * batch.shape[0]
                coef_grads, intercept_grads = self._backward(activations, Y_batch)
                for parameter, gradient in zip(parameters, (*coef_grads, *intercept_grads)):
                    parameter.grad = gradient
                optimizer.step()
            self.loss_curve_.append(epoch_loss / n_samples)
        self.coefs_ = [p.data.copy() for p in parameters[:n_layers]]  # own arrays, detached from the optimizer
        self.intercepts_ = [p.data.copy() for p in parameters[n_layers:]]
        self.n_iter_ = int(self.epochs)
        return self

    def predict_proba(self, X):
        """Class probabilities, shape (n_samples, n_classes), columns in ``classes_`` order."""
        X = check_n_features(self, X)
        return self._forward(X)[-1]

    def predict(self, X):
        """Most probable class, shape (n_samples,)."""
        proba = self.predict_proba(X)  # NB: first, so an unfitted model says so before classes_ is read
        return self.classes_[np.argmax(proba, axis=1)]
