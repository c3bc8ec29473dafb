"""Models trained from scratch on NumPy, following scikit-learn's estimator conventions.

``Model(hyperparameters).fit(X, y)`` returns the model; learned values end in ``_``;
``predict`` and ``score`` (accuracy for classifiers, R² for regressors).

- ``LinearRegression`` and ``Ridge`` (lesson 4.1), ``LogisticRegression`` and ``Perceptron`` (4.2),
- ``MLPClassifier`` (4.3-4.4, backpropagation written out layer by layer), with the
  initialisers ``he_normal`` and ``xavier_uniform`` (4.3),
- ``SVC`` (SMO on the dual, kernels) and ``LinearSVC`` (Pegasos on the primal) (4.5-4.6),
- ``GaussianNB``, ``BernoulliNB`` and ``MultinomialNB`` (lesson 5.5 ``bayes-naive-bayes-map``:
  Bayes' theorem with features independent given the class, normalised by log-sum-exp).
"""

from gradiente.exceptions import ConvergenceWarning, NotFittedError
from gradiente.models.initializers import he_normal, xavier_uniform
from gradiente.models.linear import LinearRegression
from gradiente.models.logistic import LogisticRegression
from gradiente.models.mlp import MLPClassifier
from gradiente.models.naive_bayes import BernoulliNB, GaussianNB, MultinomialNB
from gradiente.models.perceptron import Perceptron
from gradiente.models.ridge import Ridge
from gradiente.models.svm import SVC, LinearSVC

__all__ = [
    "LinearRegression",
    "LogisticRegression",
    "MLPClassifier",
    "Perceptron",
    "Ridge",
    "he_normal",
    "xavier_uniform",
    "SVC",
    "LinearSVC",
    "GaussianNB",
    "BernoulliNB",
    "MultinomialNB",
    "NotFittedError",
    "ConvergenceWarning",
]
