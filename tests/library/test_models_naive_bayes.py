"""GaussianNB, BernoulliNB and MultinomialNB against scikit-learn's on iris, wine and digits."""

import warnings

import numpy as np
import pytest
from sklearn import naive_bayes as sk
from sklearn.model_selection import StratifiedKFold
from sklearn.model_selection import cross_val_score as sk_cross_val_score

from gradiente.datasets import load_digits, load_iris, load_wine
from gradiente.exceptions import NotFittedError
from gradiente.model_selection import cross_val_score, train_test_split
from gradiente.models import BernoulliNB, GaussianNB, MultinomialNB
from gradiente.softmax import logsumexp

LOADERS = {"iris": load_iris, "wine": load_wine, "digits": load_digits}


def split(name):
    X, y = LOADERS[name](return_X_y=True)
    return train_test_split(X, y, test_size=0.3, random_state=0, stratify=y)


def assert_same_model(model, reference, X_test, attributes):
    for attribute in attributes:
        np.testing.assert_allclose(getattr(model, attribute), getattr(reference, attribute), rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(model.predict_log_proba(X_test), reference.predict_log_proba(X_test), rtol=0, atol=1e-10)
    np.testing.assert_allclose(
        model.predict_joint_log_proba(X_test), reference.predict_joint_log_proba(X_test), rtol=1e-12, atol=1e-9
    )
    np.testing.assert_allclose(model.predict_proba(X_test), reference.predict_proba(X_test), rtol=0, atol=1e-12)
    np.testing.assert_array_equal(model.predict(X_test), reference.predict(X_test))
    assert model.score(X_test, model.predict(X_test)) == 1.0


GAUSSIAN_ATTRIBUTES = ("classes_", "class_count_", "class_prior_", "theta_", "var_", "epsilon_")
DISCRETE_ATTRIBUTES = ("classes_", "class_count_", "feature_count_", "feature_log_prob_", "class_log_prior_")


# -- GaussianNB -------------------------------------------------------------------


@pytest.mark.parametrize("name", ["iris", "wine", "digits"])
@pytest.mark.parametrize("params", [dict(), dict(var_smoothing=1e-2)], ids=["default", "smoothing"])
def test_gaussian_nb_equals_scikit_learn(name, params):
    # digits has pixels that are 0 in every image of a class: only epsilon_ keeps their variance positive.
    X_train, X_test, y_train, y_test = split(name)
    model = GaussianNB(**params).fit(X_train, y_train)
    reference = sk.GaussianNB(**params).fit(X_train, y_train)
    assert_same_model(model, reference, X_test, GAUSSIAN_ATTRIBUTES)


def test_gaussian_nb_with_fixed_priors_equals_scikit_learn():
    X_train, X_test, y_train, _ = split("wine")
    priors = [0.5, 0.25, 0.25]
    model = GaussianNB(priors=priors).fit(X_train, y_train)
    reference = sk.GaussianNB(priors=priors).fit(X_train, y_train)
    assert_same_model(model, reference, X_test, GAUSSIAN_ATTRIBUTES)


def test_gaussian_nb_variances_are_ddof_0_plus_epsilon_times_the_largest_variance():
    X, y = load_iris(return_X_y=True)
    model = GaussianNB(var_smoothing=0.1).fit(X, y)
    assert model.epsilon_ == pytest.approx(0.1 * X.var(axis=0).max(), rel=1e-15)
    np.testing.assert_allclose(model.var_[2], X[y == 2].var(axis=0, ddof=0) + model.epsilon_, rtol=1e-14)
    np.testing.assert_allclose(model.class_prior_, [1 / 3, 1 / 3, 1 / 3])


def test_gaussian_nb_log_proba_by_hand_on_one_sample():
    # ln P(c) + sum_j ln N(x_j | mu_cj, s²_cj), then minus its logsumexp over c.
    X, y = load_wine(return_X_y=True)
    model = GaussianNB().fit(X, y)
    x = X[10]
    joint = np.log(model.class_prior_) + np.sum(
        -0.5 * np.log(2 * np.pi * model.var_) - (x - model.theta_) ** 2 / (2 * model.var_), axis=1
    )
    np.testing.assert_allclose(model.predict_log_proba(x[None])[0], joint - logsumexp(joint), atol=1e-12)
    np.testing.assert_allclose(logsumexp(model.predict_log_proba(X), axis=1), 0.0, atol=1e-12)


# -- BernoulliNB and MultinomialNB ------------------------------------------------


@pytest.mark.parametrize(
    "params",
    [
        dict(binarize=7.5),
        dict(binarize=7.5, alpha=0.01),
        dict(binarize=0.0, fit_prior=False),
        dict(binarize=7.5, class_prior=np.full(10, 0.1)),
    ],
    ids=["digits-7.5", "alpha-0.01", "uniform-prior", "class-prior"],
)
def test_bernoulli_nb_on_binarised_digits_equals_scikit_learn(params):
    X_train, X_test, y_train, _ = split("digits")
    model = BernoulliNB(**params).fit(X_train, y_train)
    reference = sk.BernoulliNB(**params).fit(X_train, y_train)
    assert_same_model(model, reference, X_test, DISCRETE_ATTRIBUTES)


def test_bernoulli_nb_with_binarize_none_takes_binary_x_as_it_is():
    X_train, X_test, y_train, _ = split("digits")
    model = BernoulliNB(binarize=None).fit(X_train > 7.5, y_train)
    reference = sk.BernoulliNB(binarize=None).fit(X_train > 7.5, y_train)
    assert_same_model(model, reference, X_test > 7.5, DISCRETE_ATTRIBUTES)


def test_bernoulli_nb_theta_is_the_laplace_smoothed_frequency():
    X, y = load_digits(return_X_y=True)
    model = BernoulliNB(alpha=1.0, binarize=7.5).fit(X, y)
    on = X[y == 3] > 7.5
    np.testing.assert_allclose(np.exp(model.feature_log_prob_[3]), (on.sum(axis=0) + 1) / (on.shape[0] + 2))
    assert np.exp(model.feature_log_prob_).min() > 0  # no pixel is impossible, even the always-off corners


@pytest.mark.parametrize("name", ["iris", "wine", "digits"])
@pytest.mark.parametrize("params", [dict(), dict(alpha=0.1, fit_prior=False)], ids=["default", "alpha-uniform"])
def test_multinomial_nb_equals_scikit_learn(name, params):
    X_train, X_test, y_train, _ = split(name)
    model = MultinomialNB(**params).fit(X_train, y_train)
    reference = sk.MultinomialNB(**params).fit(X_train, y_train)
    assert_same_model(model, reference, X_test, DISCRETE_ATTRIBUTES)


def test_labels_that_are_not_0_to_k_come_back_as_they_were():
    X_train, X_test, y_train, _ = split("iris")
    names = np.array(["setosa", "versicolor", "virginica"])
    model = GaussianNB().fit(X_train, names[y_train])
    reference = sk.GaussianNB().fit(X_train, names[y_train])
    np.testing.assert_array_equal(model.predict(X_test), reference.predict(X_test))


# -- The cross-validated accuracies COURSE.md quotes (lesson 5.5) -------------------


@pytest.mark.parametrize(
    "model, reference, data, expected",
    [
        (BernoulliNB(binarize=7.5), sk.BernoulliNB(binarize=7.5), "digits", 0.855),
        (MultinomialNB(), sk.MultinomialNB(), "digits", 0.870),
        (GaussianNB(), sk.GaussianNB(), "digits", 0.807),
        (GaussianNB(), sk.GaussianNB(), "wine", 0.966),
    ],
    ids=["bernoulli-digits", "multinomial-digits", "gaussian-digits", "gaussian-wine"],
)
def test_five_fold_accuracies_match_scikit_learn_and_the_course(model, reference, data, expected):
    X, y = LOADERS[data](return_X_y=True)
    folds = list(StratifiedKFold(5).split(X, y))  # scikit-learn's cv=5 for a classifier
    ours = cross_val_score(model, X, y, cv=folds)
    np.testing.assert_allclose(ours, sk_cross_val_score(reference, X, y, cv=folds), atol=1e-12)
    assert ours.mean() == pytest.approx(expected, abs=5e-4)
    # Our own stratified folds cut each class differently, but land close.
    assert cross_val_score(model, X, y, cv=5).mean() == pytest.approx(expected, abs=0.02)


# -- Errors that teach ------------------------------------------------------------


@pytest.mark.parametrize("make", [GaussianNB, BernoulliNB, MultinomialNB])
def test_unfitted_model_says_to_fit_first(make):
    X, _ = load_iris(return_X_y=True)
    for method in ("predict", "predict_proba", "predict_log_proba", "predict_joint_log_proba"):
        with pytest.raises(NotFittedError, match=r"not fitted yet; call .*\.fit\(X, y\)"):
            getattr(make(), method)(X)


@pytest.mark.parametrize("make", [GaussianNB, BernoulliNB, MultinomialNB])
def test_wrong_shapes_are_refused_with_the_fix(make):
    X, y = load_iris(return_X_y=True)
    with pytest.raises(ValueError, match=r"2-D.*reshape\(-1, 1\)"):
        make().fit(X[:, 0], y)
    with pytest.raises(ValueError, match="same number of samples"):
        make().fit(X, y[:-1])
    model = make().fit(X, y)
    with pytest.raises(ValueError, match="has 3 features, but .* was fitted with 4"):
        model.predict(X[:, :3])
    with pytest.raises(ValueError, match="at least 2 classes"):
        make().fit(X[:50], y[:50])


def test_a_class_with_one_sample_warns_that_its_normal_is_a_spike():
    X, y = load_iris(return_X_y=True)
    keep = np.r_[0:50, 50:100, 100]  # virginica keeps a single flower
    with pytest.warns(UserWarning, match=r"class 2 has a single training sample.*spike"):
        model = GaussianNB().fit(X[keep], y[keep])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reference = sk.GaussianNB().fit(X[keep], y[keep])
    np.testing.assert_allclose(model.predict_log_proba(X), reference.predict_log_proba(X), atol=1e-10)


def test_zero_variance_without_smoothing_is_refused():
    X, y = load_digits(return_X_y=True)
    with pytest.raises(ValueError, match=r"feature 0 has variance 0 in class 0.*var_smoothing > 0"):
        GaussianNB(var_smoothing=0.0).fit(X, y)
    with pytest.raises(ValueError, match=r"var_smoothing must lie in \[0, inf\)"):
        GaussianNB(var_smoothing=-1e-9).fit(X, y)


@pytest.mark.parametrize(
    "model, message",
    [
        (GaussianNB(priors=[0.5, 0.5]), r"priors must hold one probability per class, shape \(3,\); got shape \(2,\)"),
        (GaussianNB(priors=[0.5, 0.5, 0.5]), r"priors must sum to 1.*got sum 1.5"),
        (GaussianNB(priors=[1.5, -0.5, 0.0]), "priors must hold non-negative probabilities"),
        (BernoulliNB(class_prior=[1.0]), r"class_prior must hold one probability per class"),
        (MultinomialNB(class_prior=[2, 1, 1]), "class_prior must sum to 1"),
        (BernoulliNB(alpha=0.0), r"alpha must lie in \(0, inf\).*Laplace smoothing"),
        (MultinomialNB(alpha=-1.0), r"alpha must lie in \(0, inf\)"),
    ],
)
def test_bad_priors_and_smoothing_are_refused(model, message):
    X, y = load_iris(return_X_y=True)
    with pytest.raises(ValueError, match=message):
        model.fit(X, y)


def test_bernoulli_nb_without_threshold_needs_binary_x_and_multinomial_needs_counts():
    X, y = load_digits(return_X_y=True)
    with pytest.raises(ValueError, match=r"binarize=None\) needs X of 0s and 1s.*binarize=7.5"):
        BernoulliNB(binarize=None).fit(X, y)
    with pytest.raises(ValueError, match="non-negative counts.*GaussianNB"):
        MultinomialNB().fit(X - X.mean(axis=0), y)
    model = MultinomialNB().fit(X, y)
    with pytest.raises(ValueError, match="non-negative counts"):
        model.predict(-X)
