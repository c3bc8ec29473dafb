"""One contract, every estimator: scikit-learn's conventions and the bad-input messages.

The estimators are found by walking the ``gradiente`` package, as scikit-learn's
``all_estimators`` does: every public class that derives from ``gradiente.base.BaseEstimator``
is checked, so a new model or transformer meets the contract without being listed here.
"""

import importlib
import inspect
import pkgutil

import numpy as np
import pytest
from sklearn.datasets import load_breast_cancer, load_diabetes, load_iris
from sklearn.utils.estimator_checks import parametrize_with_checks

import gradiente
from gradiente.base import BaseEstimator
from gradiente.exceptions import NotFittedError
from gradiente.models import SVC, LinearRegression, LinearSVC, LogisticRegression, MLPClassifier

# Not the library: these import marimo, the web server or the CLI (and never an estimator).
NOT_LIBRARY = (
    "gradiente.course",
    "gradiente.hub",
    "gradiente.cli",
    "gradiente.watch",
    "gradiente.terminal",
    "gradiente.__main__",
)


def all_estimators():
    """``[(name, class)]`` of every public estimator class defined in the library."""
    found = {}
    for module_info in pkgutil.walk_packages(gradiente.__path__, "gradiente."):
        if module_info.name.startswith(NOT_LIBRARY):
            continue
        module = importlib.import_module(module_info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if (
                issubclass(cls, BaseEstimator)
                and cls is not BaseEstimator
                and not name.startswith("_")
                and cls.__module__.startswith("gradiente.")
            ):
                found[name] = cls
    return sorted(found.items())


ESTIMATOR_CLASSES = dict(all_estimators())

# Settings that keep an estimator fast (or well-posed) on the small data below, and the
# solvers and kernels worth checking beyond the defaults. A discovered class that is not
# named here is checked with its defaults.
SETTINGS = {
    "LogisticRegression": [dict(penalty="l2"), dict(solver="gd", max_iter=50, tol=0.05)],
    "SVC": [dict(), dict(kernel="linear"), dict(kernel="poly")],
    "LinearSVC": [dict(epochs=5, random_state=0)],
    "MLPClassifier": [dict(hidden_layer_sizes=(8,), epochs=5, random_state=0)],
    "LinearRegression": [dict(solver=solver) for solver in ("lstsq", "qr", "normal", "gd")],
    # diabetes's features are scaled to unit norm, so alpha=1 shrinks w to R^2 = 0.24 there
    "Ridge": [dict(alpha=0.01), dict(alpha=0.0)],
    "Perceptron": [dict(), dict(shuffle=False, tol=None, max_iter=20)],
    "GaussianNB": [dict(), dict(priors=[0.2, 0.3, 0.5])],
    "BernoulliNB": [dict(), dict(alpha=0.5, fit_prior=False)],
    "MultinomialNB": [dict(), dict(alpha=0.1, class_prior=[0.2, 0.3, 0.5])],
}

ESTIMATORS = [
    (lambda cls=cls, params=params: cls(**params))
    for name, cls in ESTIMATOR_CLASSES.items()
    for params in SETTINGS.get(name, [{}])
]
IDS = [repr(make()) for make in ESTIMATORS]


# scikit-learn's own estimator checks, unwrapped, on every class with its defaults and on each
# other solver, kernel or penalty above (the SETTINGS that only pick an algorithm): the settings
# tuned to the small data here (few epochs, a prior for three classes) would not fit its data.
# Not the poly kernel: on check_fit_idempotent's unscaled features (centred at 100) its dual is
# so ill-conditioned that libsvm itself takes 1.5 million SMO steps, minutes for SMO in Python.
ALGORITHMS = {"solver", "kernel", "penalty"}
SKLEARN_ESTIMATORS = [cls() for cls in ESTIMATOR_CLASSES.values()] + [
    ESTIMATOR_CLASSES[name](**params)
    for name, settings in SETTINGS.items()
    for params in settings
    if params and set(params) <= ALGORITHMS and params.get("kernel") != "poly"
]


@parametrize_with_checks(SKLEARN_ESTIMATORS)
def test_scikit_learn_accepts_the_estimator(estimator, check):
    check(estimator)


def kind(model):
    return getattr(model, "_estimator_type", None)


def of_kind(*kinds):
    chosen = [(make, id_) for make, id_ in zip(ESTIMATORS, IDS) if kind(make()) in kinds]
    return pytest.mark.parametrize("make", [make for make, _ in chosen], ids=[id_ for _, id_ in chosen])


every_estimator = pytest.mark.parametrize("make", ESTIMATORS, ids=IDS)


def data_for(model):
    if kind(model) == "regressor":
        X, y = load_diabetes(return_X_y=True)
        return X[:120], y[:120]
    X, y = load_iris(return_X_y=True)
    if type(model).__name__ == "MultinomialNB":  # counts: raw iris (in cm) is non-negative
        return X[::2], y[::2]
    X = (X - X.mean(0)) / X.std(0)
    return X[::2], y[::2]


def learned_state(model):
    return {name: value for name, value in vars(model).items() if name.endswith("_") and not name.startswith("_")}


def output_of(model, X):
    return model.transform(X) if kind(model) == "transformer" else model.predict(X)


def test_discovery_finds_every_estimator_including_the_transformers():
    assert {
        "LinearRegression",
        "LogisticRegression",
        "MLPClassifier",
        "SVC",
        "LinearSVC",
        "PCA",
        "StandardScaler",
        "GaussianNB",
        "BernoulliNB",
        "MultinomialNB",
    } <= set(ESTIMATOR_CLASSES)
    assert set(SETTINGS) <= set(ESTIMATOR_CLASSES), "SETTINGS names a class that no longer exists"


@every_estimator
def test_every_estimator_is_a_classifier_regressor_or_transformer(make):
    assert kind(make()) in ("classifier", "regressor", "transformer"), (
        "derive from ClassifierMixin, RegressorMixin or TransformerMixin (gradiente.base)"
    )


@every_estimator
def test_fit_returns_self_and_learns_state_ending_in_underscore(make):
    model = make()
    X, y = data_for(model)
    assert not learned_state(model)  # __init__ only stores hyperparameters
    assert model.fit(X, y) is model
    state = learned_state(model)
    assert "n_features_in_" in state and model.n_features_in_ == X.shape[1]
    if kind(model) == "transformer":
        Z = model.transform(X)
        assert Z.ndim == 2 and Z.shape[0] == X.shape[0]
        np.testing.assert_allclose(make().fit_transform(X, y), Z)
    else:
        y_hat = model.predict(X)
        assert y_hat.shape == (X.shape[0],)
        assert 0.3 < model.score(X, y) <= 1.0


@of_kind("transformer")
def test_inverse_transform_undoes_transform(make):
    model = make()
    X, _ = data_for(model)
    if not hasattr(model, "inverse_transform"):
        pytest.skip("no inverse_transform")
    np.testing.assert_allclose(model.inverse_transform(model.fit_transform(X)), X, atol=1e-10)


@every_estimator
def test_unfitted_use_raises_not_fitted(make):
    model = make()
    X, _ = data_for(model)
    fix = r"fit\(X\)" if kind(model) == "transformer" else r"fit\(X, y\)"
    for method in ("predict", "decision_function", "predict_proba", "transform", "inverse_transform"):
        if hasattr(model, method):
            with pytest.raises(NotFittedError, match=fix):
                getattr(model, method)(X)


@every_estimator
def test_get_params_set_params_round_trip(make):
    model = make()
    params = model.get_params()
    assert set(params) == set(inspect.signature(type(model).__init__).parameters) - {"self"}
    clone = type(model)(**params)
    assert clone.get_params() == params
    assert clone.set_params(**params) is clone
    with pytest.raises(ValueError, match="not a parameter"):
        model.set_params(learning_speed=3)
    assert type(model).__name__ in repr(model)


@every_estimator
def test_same_random_state_gives_the_same_model(make):
    first, second = make(), make()
    X, y = data_for(first)
    first.fit(X, y)
    second.fit(X, y)
    for name, value in learned_state(first).items():
        other = getattr(second, name)
        if isinstance(value, list):
            for a, b in zip(value, other):
                np.testing.assert_array_equal(a, b)
        else:
            np.testing.assert_array_equal(value, other)


def test_different_random_state_gives_a_different_model():
    X, y = data_for(LinearSVC())
    a = MLPClassifier((8,), epochs=5, random_state=0).fit(X, y)
    b = MLPClassifier((8,), epochs=5, random_state=1).fit(X, y)
    assert not np.array_equal(a.coefs_[0], b.coefs_[0])


@every_estimator
def test_bad_input_messages_say_what_was_expected_and_got(make):
    model = make()
    X, y = data_for(model)
    X_nan = X.copy()
    X_nan[3, 1] = np.nan
    with pytest.raises(ValueError, match=r"finite.*1 NaN"):
        model.fit(X_nan, y)
    X_inf = X.copy()
    X_inf[0, 0] = np.inf
    with pytest.raises(ValueError, match=r"1 inf"):
        model.fit(X_inf, y)
    if kind(model) != "transformer":  # a transformer ignores y
        with pytest.raises(
            ValueError, match=r"same number of samples.*{} rows.*{} entries".format(X.shape[0], X.shape[0] - 1)
        ):
            model.fit(X, y[:-1])
    with pytest.raises(ValueError, match=r"2-D.*reshape"):
        model.fit(X[:, 0], y)
    model.fit(X, y)
    with pytest.raises(ValueError, match=r"has 2 features.*fitted with {}".format(X.shape[1])):
        output_of(model, X[:, :2])
    with pytest.raises(TypeError, match="numeric"):
        model.fit(np.array([["a", "b"]] * X.shape[0]), y)


@of_kind("classifier")
def test_classifiers_refuse_a_single_class_and_keep_label_types(make):
    model = make()
    X, y = data_for(model)
    with pytest.raises(ValueError, match=r"at least 2 classes.*\[1\]"):
        model.fit(X, np.ones_like(y))
    names = np.array(["setosa", "versicolor", "virginica"])[y]
    model.fit(X, names)
    assert set(model.predict(X)) <= set(names)
    assert model.classes_.tolist() == ["setosa", "versicolor", "virginica"]


@pytest.mark.parametrize(
    "model, message",
    [
        (SVC(kernel="sigmoid"), r"kernel must be one of \['linear', 'poly', 'rbf'\]; got 'sigmoid'"),
        (SVC(gamma="wide"), "gamma must be 'scale', 'auto' or a positive number; got 'wide'"),
        (SVC(C=-1.0), r"C must lie in \(0, inf\); got C = -1.0"),
        (LinearRegression(solver="svd"), r"solver must be one of .*got 'svd'"),
        (LogisticRegression(solver="lbfgs"), r"solver must be one of \['gd', 'newton'\]; got 'lbfgs'"),
        (LogisticRegression(penalty="l1"), "penalty must be None or 'l2'; got 'l1'"),
        (MLPClassifier(solver="rmsprop"), r"solver must be one of \['adam', 'sgd'\]; got 'rmsprop'"),
        (MLPClassifier(activation="gelu"), r"activation must be one of .*got 'gelu'"),
        (MLPClassifier(momentum=1.0), r"momentum must lie in \[0, 1\); got momentum = 1.0"),
        (LinearSVC(epochs=0), r"epochs must lie in \[1, inf\); got epochs = 0"),
        (LinearSVC(epochs=2.5), "epochs must be a whole number; got 2.5"),
    ],
)
def test_unknown_kernel_solver_or_bad_hyperparameter_is_refused(model, message):
    X, y = load_breast_cancer(return_X_y=True)
    with pytest.raises(ValueError, match=message):
        model.fit(X[:40], y[:40])


def test_a_whole_float_is_accepted_where_an_integer_is_asked_for():
    X, y = data_for(LinearSVC())
    by_float = MLPClassifier((8,), epochs=3.0, batch_size=16.0, random_state=0).fit(X, y)
    by_int = MLPClassifier((8,), epochs=3, batch_size=16, random_state=0).fit(X, y)
    np.testing.assert_array_equal(by_float.coefs_[0], by_int.coefs_[0])
    assert by_float.n_iter_ == 3


def test_a_hyperparameter_that_is_not_a_number_is_a_type_error():
    X, y = data_for(LinearSVC())
    with pytest.raises(TypeError, match=r"C must be a real number; got 'big' \(str\)"):
        LinearSVC(C="big").fit(X, y)


def test_regressor_refuses_non_numeric_targets_and_classifier_refuses_continuous_ones():
    X, y = load_diabetes(return_X_y=True)
    with pytest.raises(ValueError, match="continuous"):
        SVC().fit(X[:50], y[:50] / 7)
    with pytest.raises(TypeError, match="numeric"):
        LinearRegression().fit(X[:2], ["a", "b"])


def test_random_state_must_be_a_seed_or_generator():
    X, y = data_for(LinearSVC())
    with pytest.raises(TypeError, match="random_state must be None, an integer seed"):
        LinearSVC(random_state="seed").fit(X, y)
    generator_model = LinearSVC(epochs=3, random_state=np.random.default_rng(5)).fit(X, y)
    seed_model = LinearSVC(epochs=3, random_state=5).fit(X, y)
    np.testing.assert_array_equal(generator_model.coef_, seed_model.coef_)
