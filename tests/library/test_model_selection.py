"""train_test_split, k-fold cross-validation and StandardScaler, against scikit-learn."""

import numpy as np
import pytest
from sklearn.datasets import load_diabetes, load_iris, load_wine
from sklearn.linear_model import LinearRegression as SkLinear
from sklearn.model_selection import KFold
from sklearn.model_selection import cross_val_score as sk_cross_val_score
from sklearn.preprocessing import StandardScaler as SkScaler

from gradiente.model_selection import cross_val_score, kfold_indices, train_test_split
from gradiente.models import LinearRegression, LogisticRegression, NotFittedError
from gradiente.preprocessing import StandardScaler


def test_train_test_split_sizes_and_rows_stay_paired():
    X, y = load_diabetes(return_X_y=True)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
    assert (X_train.shape[0], X_test.shape[0]) == (353, 89)  # test rounds up, as sklearn
    rows = {tuple(row): target for row, target in zip(X, y)}
    assert all(rows[tuple(row)] == target for row, target in zip(X_test, y_test))
    assert len({tuple(r) for r in X_train} | {tuple(r) for r in X_test}) == X.shape[0]
    again = train_test_split(X, y, test_size=0.2, random_state=0)
    np.testing.assert_array_equal(again[1], X_test)
    other = train_test_split(X, y, test_size=0.2, random_state=1)
    assert not np.array_equal(other[1], X_test)


def test_stratified_split_keeps_class_proportions():
    X, y = load_wine(return_X_y=True)
    _, _, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=3)
    assert y_test.shape[0] == 54
    expected = np.bincount(y) * 0.3
    assert np.all(np.abs(np.bincount(y_test) - expected) < 1)
    assert np.all(np.bincount(y_train) + np.bincount(y_test) == np.bincount(y))


def test_split_without_shuffle_and_bad_sizes():
    X = np.arange(20).reshape(10, 2)
    X_train, X_test = train_test_split(X, shuffle=False, test_size=3)
    np.testing.assert_array_equal(X_test, X[7:])
    with pytest.raises(ValueError, match="same number of samples"):
        train_test_split(X, np.arange(9))
    with pytest.raises(ValueError, match="test_size"):
        train_test_split(X, test_size=1.5)
    with pytest.raises(ValueError, match="only 1"):
        train_test_split(X, stratify=[0] * 9 + [1])


def test_kfold_matches_sklearn_and_cross_val_score_matches_sklearn():
    X, y = load_diabetes(return_X_y=True)
    for (train, test), (sk_train, sk_test) in zip(kfold_indices(X.shape[0], 5), KFold(5).split(X)):
        np.testing.assert_array_equal(train, sk_train)
        np.testing.assert_array_equal(test, sk_test)
    ours = cross_val_score(LinearRegression(), X, y, cv=5)
    theirs = sk_cross_val_score(SkLinear(), X, y, cv=KFold(5))
    np.testing.assert_allclose(ours, theirs, rtol=1e-10)


def test_stratified_folds_for_classifiers():
    X, y = load_iris(return_X_y=True)
    folds = list(kfold_indices(X.shape[0], 5, y=y))
    for _, test in folds:
        np.testing.assert_array_equal(np.bincount(y[test]), [10, 10, 10])
    scores = cross_val_score(LogisticRegression(penalty="l2"), X, y, cv=5)
    assert scores.shape == (5,) and scores.mean() > 0.9
    from gradiente.metrics import accuracy

    np.testing.assert_allclose(
        cross_val_score(LogisticRegression(penalty="l2"), X, y, cv=folds, scoring=accuracy), scores
    )


def test_standard_scaler_matches_sklearn_and_inverts():
    X, _ = load_wine(return_X_y=True)
    X = np.column_stack([X, np.full(X.shape[0], 7.0)])  # a constant column is left unscaled
    ours = StandardScaler().fit(X)
    theirs = SkScaler().fit(X)
    np.testing.assert_allclose(ours.mean_, theirs.mean_, rtol=1e-14)
    np.testing.assert_allclose(ours.scale_, theirs.scale_, rtol=1e-14)
    np.testing.assert_allclose(ours.transform(X), theirs.transform(X), atol=1e-12)
    np.testing.assert_allclose(ours.inverse_transform(ours.transform(X)), X, rtol=1e-12)
    with pytest.raises(NotFittedError):
        StandardScaler().transform(X)
    with pytest.raises(ValueError, match="features"):
        ours.transform(X[:, :3])
