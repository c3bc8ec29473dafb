"""The estimator contract every model and transformer follows, and the mixins that score them.

scikit-learn's conventions, written out so a student can read them in one sitting:

- ``__init__`` only stores hyperparameters (no validation, no learning), so
  ``get_params``/``set_params`` can read and write them by name;
- ``fit(X, y)`` validates, learns and returns ``self``;
- what was learned ends in ``_`` (``coef_``, ``classes_``, ``n_features_in_``);
- randomness comes in through ``random_state``, never from global state.

The checks at the boundary are in :mod:`gradiente._validation`; the scores the mixins
report are in :mod:`gradiente.metrics`.

Lesson: 4.1 `linear-regression` introduces the contract; every model lesson reuses it.
"""

from __future__ import annotations

import inspect

from gradiente.metrics import accuracy, r2

__all__ = ["BaseEstimator", "ClassifierMixin", "RegressorMixin", "TransformerMixin"]


class BaseEstimator:
    """Hyperparameters by name: ``get_params``, ``set_params`` and a readable ``repr``.

    The names are read from ``__init__``'s signature, so a subclass only has to store
    each argument under the same name.

    Examples
    --------
    >>> class Ridge(BaseEstimator):
    ...     def __init__(self, alpha=1.0):
    ...         self.alpha = alpha
    >>> Ridge().set_params(alpha=0.1)
    Ridge(alpha=0.1)
    >>> Ridge(alpha=0.1).get_params()
    {'alpha': 0.1}
    """

    @classmethod
    def _param_names(cls):
        signature = inspect.signature(cls.__init__)
        return sorted(name for name in signature.parameters if name != "self")

    def get_params(self, deep=True):
        """Return the hyperparameters as a dict ``{name: value}``."""
        return {name: getattr(self, name) for name in self._param_names()}

    def set_params(self, **params):
        """Set hyperparameters by name and return ``self``; unknown names raise ``ValueError``."""
        valid = self._param_names()
        for name, value in params.items():
            if name not in valid:
                raise ValueError(f"{name!r} is not a parameter of {type(self).__name__}; valid ones are {valid}.")
            setattr(self, name, value)
        return self

    def __sklearn_tags__(self):
        """What scikit-learn may feed this estimator: dense finite numbers only, no sparse input.

        scikit-learn calls this when a Gradiente model enters its toolbox (``Pipeline``,
        ``cross_val_score``, ``GridSearchCV``, ``check_estimator``); it is imported here,
        not at the top, so Gradiente runs without it.
        """
        from sklearn.utils import InputTags, Tags, TargetTags

        return Tags(estimator_type=None, target_tags=TargetTags(required=False), input_tags=InputTags(sparse=False))

    def __repr__(self):
        defaults = inspect.signature(type(self).__init__).parameters
        changed = []
        for name, value in self.get_params().items():
            default = defaults[name].default
            if not (isinstance(value, type(default)) and _same(value, default)):
                changed.append(f"{name}={value!r}")
        return f"{type(self).__name__}({', '.join(changed)})"


def _same(a, b):
    try:
        return bool(a == b)
    except (TypeError, ValueError):
        return False


class ClassifierMixin:
    """``score`` is accuracy, the fraction of labels predicted right."""

    _estimator_type = "classifier"

    def __sklearn_tags__(self):
        from sklearn.utils import ClassifierTags

        tags = super().__sklearn_tags__()
        tags.estimator_type = "classifier"
        tags.classifier_tags = ClassifierTags()
        tags.target_tags.required = True
        return tags

    def score(self, X, y):
        """Mean accuracy of ``predict(X)`` against ``y``."""
        return accuracy(y, self.predict(X))


class RegressorMixin:
    """``score`` is R², the fraction of the variance of ``y`` the model explains."""

    _estimator_type = "regressor"

    def __sklearn_tags__(self):
        from sklearn.utils import RegressorTags

        tags = super().__sklearn_tags__()
        tags.estimator_type = "regressor"
        tags.regressor_tags = RegressorTags()
        tags.target_tags.required = True
        return tags

    def score(self, X, y):
        """Coefficient of determination R² of ``predict(X)`` against ``y``."""
        return r2(y, self.predict(X))


class TransformerMixin:
    """``fit_transform``: learn from ``X`` and return it transformed, in one call.

    A transformer's ``fit(X, y=None)`` ignores ``y`` (it is accepted so that a pipeline
    can pass it along), and ``transform(X)`` maps new data with what ``fit`` learned.
    """

    _estimator_type = "transformer"

    def __sklearn_tags__(self):
        from sklearn.utils import TransformerTags

        tags = super().__sklearn_tags__()
        tags.transformer_tags = TransformerTags()
        return tags

    def fit_transform(self, X, y=None):
        """``fit(X, y)`` then ``transform(X)``."""
        return self.fit(X, y).transform(X)
