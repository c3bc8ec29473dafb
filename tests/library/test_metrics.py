"""gradiente.metrics against scikit-learn's metrics, on real predictions and random cases."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn import metrics as sk
from sklearn.datasets import load_breast_cancer, load_iris
from sklearn.linear_model import LogisticRegression as SkLogistic

from gradiente import metrics

labels = st.lists(st.integers(0, 3), min_size=2, max_size=60)


@pytest.fixture(scope="module")
def cancer_scores():
    X, y = load_breast_cancer(return_X_y=True)
    X = (X - X.mean(0)) / X.std(0)
    model = SkLogistic(C=0.01).fit(X[:, :5], y)  # a weak model: an ROC curve with many steps
    return y, model.predict_proba(X[:, :5]), model.predict(X[:, :5])


def test_classification_metrics_match_sklearn_on_breast_cancer(cancer_scores):
    y, proba, y_hat = cancer_scores
    assert metrics.accuracy(y, y_hat) == pytest.approx(sk.accuracy_score(y, y_hat), abs=1e-15)
    np.testing.assert_array_equal(metrics.confusion_matrix(y, y_hat), sk.confusion_matrix(y, y_hat))
    precision, recall, f1 = metrics.precision_recall_f1(y, y_hat)
    assert precision == pytest.approx(sk.precision_score(y, y_hat), abs=1e-15)
    assert recall == pytest.approx(sk.recall_score(y, y_hat), abs=1e-15)
    assert f1 == pytest.approx(sk.f1_score(y, y_hat), abs=1e-15)
    assert metrics.log_loss(y, proba) == pytest.approx(sk.log_loss(y, proba), rel=1e-12)
    assert metrics.log_loss(y, proba[:, 1]) == pytest.approx(sk.log_loss(y, proba), rel=1e-12)


def test_roc_curve_and_auc_match_sklearn(cancer_scores):
    y, proba, _ = cancer_scores
    for drop in (True, False):
        fpr, tpr, thresholds = metrics.roc_curve(y, proba[:, 1], drop_intermediate=drop)
        sk_fpr, sk_tpr, sk_thresholds = sk.roc_curve(y, proba[:, 1], drop_intermediate=drop)
        np.testing.assert_allclose(fpr, sk_fpr, atol=1e-15)
        np.testing.assert_allclose(tpr, sk_tpr, atol=1e-15)
        np.testing.assert_array_equal(thresholds, sk_thresholds)
    assert metrics.roc_auc(y, proba[:, 1]) == pytest.approx(sk.roc_auc_score(y, proba[:, 1]), abs=1e-12)


def test_roc_auc_of_ties_and_named_labels():
    y = np.array(["no", "yes", "no", "yes", "yes"])
    score = np.array([0.5, 0.5, 0.1, 0.9, 0.5])
    expected = sk.roc_auc_score(y == "yes", score)
    assert metrics.roc_auc(y, score, pos_label="yes") == pytest.approx(expected)
    with pytest.raises(ValueError, match="pos_label"):
        metrics.roc_auc(y, score)


def test_multiclass_metrics_match_sklearn_on_iris():
    X, y = load_iris(return_X_y=True)
    y_hat = SkLogistic(C=0.05).fit(X, y).predict(X)
    np.testing.assert_array_equal(metrics.confusion_matrix(y, y_hat), sk.confusion_matrix(y, y_hat))
    for average in ("macro", "micro", "weighted"):
        ours = metrics.precision_recall_f1(y, y_hat, average=average)
        theirs = sk.precision_recall_fscore_support(y, y_hat, average=average)[:3]
        np.testing.assert_allclose(ours, theirs, atol=1e-15)
    per_class = metrics.precision_recall_f1(y, y_hat, average=None)
    np.testing.assert_allclose(per_class, sk.precision_recall_fscore_support(y, y_hat)[:3], atol=1e-15)
    with pytest.raises(ValueError, match="average='macro'"):
        metrics.precision_recall_f1(y, y_hat)


@given(labels, st.integers(0, 2**31 - 1))
@settings(max_examples=40)
def test_random_label_metrics_match_sklearn(y_true, seed):
    y_true = np.array(y_true)
    y_pred = np.random.default_rng(seed).integers(0, 4, size=y_true.shape[0])
    assert metrics.accuracy(y_true, y_pred) == pytest.approx(sk.accuracy_score(y_true, y_pred))
    np.testing.assert_array_equal(metrics.confusion_matrix(y_true, y_pred), sk.confusion_matrix(y_true, y_pred))
    ours = metrics.precision_recall_f1(y_true, y_pred, average="macro")
    theirs = sk.precision_recall_fscore_support(y_true, y_pred, average="macro", zero_division=0)[:3]
    np.testing.assert_allclose(ours, theirs, atol=1e-12)


@given(st.lists(st.floats(-1e3, 1e3), min_size=2, max_size=50), st.integers(0, 2**31 - 1))
@settings(max_examples=40)
def test_random_regression_metrics_match_sklearn(y_true, seed):
    y_true = np.array(y_true)
    y_pred = y_true + np.random.default_rng(seed).normal(size=y_true.shape[0])
    assert metrics.mse(y_true, y_pred) == pytest.approx(sk.mean_squared_error(y_true, y_pred), rel=1e-12)
    assert metrics.mae(y_true, y_pred) == pytest.approx(sk.mean_absolute_error(y_true, y_pred), rel=1e-12)
    assert metrics.r2(y_true, y_pred) == pytest.approx(sk.r2_score(y_true, y_pred), rel=1e-9, abs=1e-12)


@given(st.lists(st.integers(0, 1), min_size=2, max_size=40), st.integers(0, 2**31 - 1))
@settings(max_examples=40)
def test_random_roc_auc_matches_sklearn_and_the_rank_formula(y_true, seed):
    y_true = np.array(y_true)
    if y_true.min() == y_true.max():
        y_true[0] = 1 - y_true[0]
    score = np.random.default_rng(seed).integers(0, 5, size=y_true.shape[0]) / 4  # many ties
    auc = metrics.roc_auc(y_true, score)
    assert auc == pytest.approx(sk.roc_auc_score(y_true, score), abs=1e-12)
    # AUC = P(score of a positive > score of a negative) + P(tie) / 2
    positive, negative = score[y_true == 1][:, None], score[y_true == 0][None, :]
    assert auc == pytest.approx(np.mean((positive > negative) + 0.5 * (positive == negative)), abs=1e-12)


def test_r2_of_a_constant_target_follows_sklearn():
    assert metrics.r2([2.0, 2.0], [2.0, 2.0]) == 1.0
    assert metrics.r2([2.0, 2.0], [1.0, 2.0]) == 0.0


def test_bad_input_is_refused_with_the_fix():
    with pytest.raises(ValueError, match="same length"):
        metrics.accuracy([0, 1, 1], [0, 1])
    with pytest.raises(ValueError, match="finite"):
        metrics.mse([1.0, np.nan], [1.0, 2.0])
    with pytest.raises(ValueError, match="no negative samples"):
        metrics.roc_auc([1, 1, 1], [0.2, 0.4, 0.9])
    with pytest.raises(ValueError, match="2 classes"):
        metrics.roc_curve([0, 1, 2], [0.1, 0.2, 0.3])
    with pytest.raises(ValueError, match="sum to 1"):
        metrics.log_loss([0, 1], [[0.5, 0.6], [0.2, 0.8]])
    with pytest.raises(ValueError, match="columns"):
        metrics.log_loss([0, 1, 2], [[0.5, 0.5], [0.2, 0.8], [0.1, 0.9]])
    with pytest.raises(ValueError, match="average must be"):
        metrics.precision_recall_f1([0, 1], [0, 1], average="mean")
