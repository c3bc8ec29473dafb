"""Lesson 5.7 `evaluating-models`: the reference solutions against scikit-learn and SciPy.

kfold_assign is KFold's rule, cv_scores is a Pipeline(StandardScaler, NearestCentroid) under
KFold, mcnemar's p-values are SciPy's χ²₁ tail and two-sided exact binomial test, and the
bootstrap interval is the library's bootstrap with the same draws (and close to SciPy's). The
checks' breast-cancer models give scikit-learn's predictions (and the lesson's GaussianNB's).
"""

from __future__ import annotations

import runpy
from pathlib import Path

import numpy as np
import pytest

sklearn = pytest.importorskip("sklearn")
scipy_stats = pytest.importorskip("scipy.stats")

from sklearn.model_selection import KFold, cross_val_score  # noqa: E402
from sklearn.neighbors import NearestCentroid  # noqa: E402
from sklearn.pipeline import make_pipeline  # noqa: E402
from sklearn.preprocessing import StandardScaler  # noqa: E402

from gradiente.datasets import load_breast_cancer, load_wine  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def _solution(name):
    return runpy.run_path(str(ROOT / "solutions" / "probability" / f"{name}.py"))[name]


def _check(name):
    return runpy.run_path(str(ROOT / "checks" / "probability" / f"{name}.py"))


@pytest.mark.parametrize("n, k", [(10, 3), (569, 5), (4, 4), (7, 2), (178, 10), (150, 7), (23, 23)])
def test_kfold_assign_is_kfold(n, k):
    fold = _solution("kfold_assign")(n, k)
    expected = np.empty(n, dtype=int)
    for j, (_, test) in enumerate(KFold(n_splits=k).split(np.zeros((n, 1)))):
        expected[test] = j
    np.testing.assert_array_equal(fold, expected)


@pytest.mark.parametrize("k", [3, 5, 10])
def test_cv_scores_is_a_scaler_and_nearest_centroid_pipeline(k):
    X, y = load_wine(return_X_y=True)
    order = np.random.default_rng(0).permutation(len(y))
    X, y = X[order], y[order]
    nearest_centroid = _check("cv_scores")["nearest_centroid"]
    ours = _solution("cv_scores")(nearest_centroid, X, y, k)
    theirs = cross_val_score(make_pipeline(StandardScaler(), NearestCentroid()), X, y, cv=KFold(n_splits=k))
    np.testing.assert_allclose(ours, theirs, atol=1e-12)


def test_cv_scores_on_wine_in_file_order():
    X, y = load_wine(return_X_y=True)
    ours = _solution("cv_scores")(_check("cv_scores")["nearest_centroid"], X, y, 3)
    theirs = cross_val_score(make_pipeline(StandardScaler(), NearestCentroid()), X, y, cv=KFold(n_splits=3))
    np.testing.assert_allclose(ours, theirs, atol=1e-12)


def test_mcnemar_matches_scipy():
    mcnemar = _solution("mcnemar")
    rng = np.random.default_rng(1)
    for _ in range(30):
        y = rng.integers(0, 2, size=60)
        a = np.where(rng.random(60) < 0.8, y, 1 - y)
        b = np.where(rng.random(60) < 0.7, y, 1 - y)
        right_a, right_b = a == y, b == y
        n_ab, n_ba = int(np.sum(right_a & ~right_b)), int(np.sum(~right_a & right_b))
        if n_ab + n_ba == 0:
            continue
        statistic, p = mcnemar(y, a, b)
        assert statistic == pytest.approx((abs(n_ab - n_ba) - 1) ** 2 / (n_ab + n_ba))
        assert p == pytest.approx(scipy_stats.chi2.sf(statistic, df=1), rel=1e-10)
        smaller, p_exact = mcnemar(y, a, b, exact=True)
        assert smaller == min(n_ab, n_ba)
        assert p_exact == pytest.approx(scipy_stats.binomtest(n_ab, n_ab + n_ba, 0.5).pvalue, rel=1e-10)


def test_the_checks_breast_cancer_models_are_sklearns():
    from sklearn.linear_model import LogisticRegression
    from sklearn.naive_bayes import GaussianNB

    from gradiente.model_selection import train_test_split
    from gradiente.models import GaussianNB as OurGaussianNB

    y_test, logistic, naive_bayes = _check("mcnemar")["_breast_cancer_predictions"]()
    X, y = load_breast_cancer(return_X_y=True)
    X_train, X_test, y_train, y_test_again = train_test_split(X, y, test_size=0.25, random_state=0, stratify=y)
    np.testing.assert_array_equal(y_test, y_test_again)
    scaler = StandardScaler().fit(X_train)
    sk_logistic = LogisticRegression().fit(scaler.transform(X_train), y_train).predict(scaler.transform(X_test))
    np.testing.assert_array_equal(logistic, sk_logistic)
    np.testing.assert_array_equal(naive_bayes, GaussianNB().fit(X_train, y_train).predict(X_test))
    np.testing.assert_array_equal(naive_bayes, OurGaussianNB().fit(X_train, y_train).predict(X_test))


def test_bootstrap_interval_is_the_librarys_and_near_scipys():
    from gradiente.stats import bootstrap

    y_test, logistic, naive_bayes = _check("bootstrap_accuracy_ci")["_breast_cancer_predictions"]()
    ours = _solution("bootstrap_accuracy_ci")
    for pred, seed in ((logistic, 0), (naive_bayes, 1)):
        hits = (pred == y_test).astype(float)
        interval = bootstrap(hits, np.mean, n_resamples=2000, confidence=0.95, rng=seed).confidence_interval
        np.testing.assert_allclose(ours(y_test, pred, 2000, 0.95, seed), [interval.low, interval.high])
        scipy_interval = scipy_stats.bootstrap(
            (hits,), np.mean, n_resamples=2000, confidence_level=0.95, method="percentile", rng=seed
        ).confidence_interval
        np.testing.assert_allclose(ours(y_test, pred, 2000, 0.95, seed), scipy_interval, atol=0.011)
