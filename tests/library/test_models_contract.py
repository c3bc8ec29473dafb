"""One contract, every estimator: scikit-learn's conventions and the bad-input messages."""

import inspect

import numpy as np
import pytest
from sklearn.datasets import load_breast_cancer, load_diabetes, load_iris

from gradiente.models import (
    SVC,
    LinearRegression,
    LinearSVC,
    LogisticRegression,
    MLPClassifier,
    NotFittedError,
)
from gradiente.preprocessing import StandardScaler

CLASSIFIERS = [
    lambda: LogisticRegression(penalty="l2"),
    lambda: LogisticRegression(solver="gd", max_iter=50, tol=0.05),
    lambda: SVC(),
    lambda: SVC(kernel="linear"),
    lambda: SVC(kernel="poly"),
    lambda: LinearSVC(epochs=5, random_state=0),
    lambda: MLPClassifier((8,), epochs=5, random_state=0),
]
REGRESSORS = [lambda: LinearRegression(solver=solver) for solver in ("lstsq", "qr", "normal", "gd")]
ESTIMATORS = CLASSIFIERS + REGRESSORS
IDS = [repr(make()) for make in ESTIMATORS]


def data_for(model):
    if getattr(model, "_estimator_type", None) == "regressor":
        X, y = load_diabetes(return_X_y=True)
        return X[:120], y[:120]
    X, y = load_iris(return_X_y=True)
    X = (X - X.mean(0)) / X.std(0)
    return X[::2], y[::2]


def learned_state(model):
    return {name: value for name, value in vars(model).items() if name.endswith("_") and not name.startswith("_")}


@pytest.mark.parametrize("make", ESTIMATORS, ids=IDS)
def test_fit_returns_self_and_learns_state_ending_in_underscore(make):
    model = make()
    X, y = data_for(model)
    assert not learned_state(model)  # __init__ only stores hyperparameters
    assert model.fit(X, y) is model
    state = learned_state(model)
    assert "n_features_in_" in state and model.n_features_in_ == X.shape[1]
    y_hat = model.predict(X)
    assert y_hat.shape == (X.shape[0],)
    assert 0.3 < model.score(X, y) <= 1.0


@pytest.mark.parametrize("make", ESTIMATORS, ids=IDS)
def test_unfitted_use_raises_not_fitted(make):
    model = make()
    X, _ = data_for(model)
    for method in ("predict", "decision_function", "predict_proba"):
        if hasattr(model, method):
            with pytest.raises(NotFittedError, match=r"fit\(X, y\)"):
                getattr(model, method)(X)


@pytest.mark.parametrize("make", ESTIMATORS, ids=IDS)
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


@pytest.mark.parametrize("make", ESTIMATORS, ids=IDS)
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


@pytest.mark.parametrize("make", ESTIMATORS, ids=IDS)
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
    with pytest.raises(ValueError, match=r"same number of samples.*{} rows.*{} entries".format(X.shape[0], X.shape[0] - 1)):
        model.fit(X, y[:-1])
    with pytest.raises(ValueError, match=r"2-D.*reshape"):
        model.fit(X[:, 0], y)
    model.fit(X, y)
    with pytest.raises(ValueError, match=r"has 2 features.*fitted with {}".format(X.shape[1])):
        model.predict(X[:, :2])
    with pytest.raises(TypeError, match="numeric"):
        model.fit(np.array([["a", "b"]] * X.shape[0]), y)


@pytest.mark.parametrize("make", CLASSIFIERS, ids=IDS[: len(CLASSIFIERS)])
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
        (SVC(C=-1.0), r"C must be finite and > 0; got -1.0"),
        (LinearRegression(solver="svd"), r"solver must be one of .*got 'svd'"),
        (LogisticRegression(solver="lbfgs"), r"solver must be one of \['gd', 'newton'\]; got 'lbfgs'"),
        (LogisticRegression(penalty="l1"), "penalty must be None or 'l2'; got 'l1'"),
        (MLPClassifier(solver="rmsprop"), r"solver must be one of \['adam', 'sgd'\]; got 'rmsprop'"),
        (MLPClassifier(activation="gelu"), r"activation must be one of .*got 'gelu'"),
        (LinearSVC(epochs=0), r"epochs must be finite and > 0; got 0"),
    ],
)
def test_unknown_kernel_solver_or_bad_hyperparameter_is_refused(model, message):
    X, y = load_breast_cancer(return_X_y=True)
    with pytest.raises(ValueError, match=message):
        model.fit(X[:40], y[:40])


def test_regressor_refuses_non_numeric_targets_and_classifier_refuses_continuous_ones():
    X, y = load_diabetes(return_X_y=True)
    with pytest.raises(ValueError, match="continuous"):
        SVC().fit(X[:50], y[:50] / 7)
    with pytest.raises(TypeError, match="numeric"):
        LinearRegression().fit(X[:2], ["a", "b"])


def test_random_state_must_be_a_seed_or_generator():
    X, y = data_for(LinearSVC())
    with pytest.raises(TypeError, match="random_state"):
        LinearSVC(random_state="seed").fit(X, y)
    generator_model = LinearSVC(epochs=3, random_state=np.random.default_rng(5)).fit(X, y)
    seed_model = LinearSVC(epochs=3, random_state=5).fit(X, y)
    np.testing.assert_array_equal(generator_model.coef_, seed_model.coef_)


def test_standard_scaler_follows_the_contract_too():
    X, _ = load_iris(return_X_y=True)
    scaler = StandardScaler()
    assert scaler.fit(X) is scaler
    assert StandardScaler(**scaler.get_params()).get_params() == scaler.get_params()


@pytest.mark.parametrize(
    "module_name",
    ["gradiente.models.base", "gradiente.models.linear", "gradiente.models.logistic", "gradiente.models.kernels",
     "gradiente.models.smo", "gradiente.models.svm", "gradiente.models.mlp", "gradiente.metrics",
     "gradiente.model_selection", "gradiente.preprocessing"],
)
def test_docstring_examples_run(module_name):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module_name), optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0 and result.failed == 0
