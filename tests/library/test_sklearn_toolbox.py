"""A Gradiente model inside scikit-learn's toolbox: Pipeline, clone, cross_val_score, GridSearchCV.

Where the algorithms agree (the same optimum: penalised logistic regression, SVC's dual,
ridge's closed form, naive Bayes's counts), the scores on the same folds must be the
scikit-learn model's. The errors Gradiente raises stay its own and are scikit-learn's too,
and none of this makes the library import scikit-learn.
"""

import pickle
import subprocess
import sys
import warnings

import numpy as np
import pytest
import sklearn.exceptions
from sklearn import linear_model, naive_bayes, svm
from sklearn.base import clone, is_classifier, is_regressor
from sklearn.datasets import load_breast_cancer, load_diabetes, load_wine
from sklearn.model_selection import GridSearchCV, KFold, StratifiedKFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler as SkStandardScaler

from gradiente import models
from gradiente.exceptions import DataConversionWarning, NotFittedError
from gradiente.linalg import PCA
from gradiente.preprocessing import StandardScaler

FOLDS = StratifiedKFold(5, shuffle=True, random_state=0)

# (ours, scikit-learn's) pairs that reach the same optimum on standardised data
SAME_ALGORITHM = {
    "logistic-l2": (models.LogisticRegression(penalty="l2", C=0.5), linear_model.LogisticRegression(C=0.5)),
    "svc-rbf": (models.SVC(C=2.0), svm.SVC(C=2.0)),
    "svc-linear": (models.SVC(kernel="linear", C=0.1), svm.SVC(kernel="linear", C=0.1)),
    "gaussian-nb": (models.GaussianNB(), naive_bayes.GaussianNB()),
}


@pytest.fixture(scope="module", params=["wine", "breast_cancer"])
def data(request):
    loader = {"wine": load_wine, "breast_cancer": load_breast_cancer}[request.param]
    return loader(return_X_y=True)


@pytest.mark.parametrize("pair", SAME_ALGORITHM.values(), ids=SAME_ALGORITHM.keys())
def test_cross_val_score_in_a_pipeline_gives_scikit_learns_scores_fold_by_fold(data, pair):
    X, y = data
    ours, theirs = pair
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a fold that failed would be a warning and a nan
        our_scores = cross_val_score(make_pipeline(StandardScaler(), ours), X, y, cv=FOLDS)
    their_scores = cross_val_score(make_pipeline(SkStandardScaler(), theirs), X, y, cv=FOLDS)
    assert np.isfinite(our_scores).all()
    np.testing.assert_allclose(our_scores, their_scores, atol=1e-12)


def test_a_regressor_cross_validates_with_r2_like_scikit_learns_ridge():
    X, y = load_diabetes(return_X_y=True)
    folds = KFold(5, shuffle=True, random_state=0)
    ours = cross_val_score(make_pipeline(StandardScaler(), models.Ridge(alpha=3.0)), X, y, cv=folds)
    theirs = cross_val_score(make_pipeline(SkStandardScaler(), linear_model.Ridge(alpha=3.0)), X, y, cv=folds)
    np.testing.assert_allclose(ours, theirs, rtol=1e-10)


def test_grid_search_tunes_a_gradiente_svc_exactly_as_scikit_learns():
    X, y = load_wine(return_X_y=True)
    grid = {"svc__C": [0.1, 1.0, 10.0], "svc__gamma": [0.01, 0.1, "scale"]}
    ours = GridSearchCV(make_pipeline(StandardScaler(), models.SVC()), grid, cv=FOLDS).fit(X, y)
    theirs = GridSearchCV(make_pipeline(SkStandardScaler(), svm.SVC()), grid, cv=FOLDS).fit(X, y)
    assert ours.best_params_ == theirs.best_params_
    np.testing.assert_allclose(ours.cv_results_["mean_test_score"], theirs.cv_results_["mean_test_score"], atol=1e-12)
    assert isinstance(ours.best_estimator_[-1], models.SVC)  # refitted on all the data
    assert ours.score(X, y) == pytest.approx(theirs.score(X, y), abs=1e-12)


def test_grid_search_over_a_pipeline_of_gradiente_parts_on_breast_cancer():
    X, y = load_breast_cancer(return_X_y=True)
    pipeline = make_pipeline(StandardScaler(), PCA(), models.LogisticRegression(penalty="l2"))
    grid = {"pca__n_components": [2, 5, 10], "logisticregression__C": [0.01, 1.0]}
    search = GridSearchCV(pipeline, grid, cv=FOLDS, scoring="roc_auc").fit(X, y)
    assert np.isfinite(search.cv_results_["mean_test_score"]).all()
    assert search.best_score_ > 0.98  # ten directions of thirty and a logistic model
    assert search.best_estimator_.named_steps["pca"].n_components_ == search.best_params_["pca__n_components"]


def test_clone_gives_an_unfitted_copy_with_the_same_hyperparameters():
    X, y = load_wine(return_X_y=True)
    fitted = models.SVC(C=3.0, gamma=0.1).fit(StandardScaler().fit_transform(X), y)
    copy = clone(fitted)
    assert copy.get_params() == fitted.get_params()
    assert not hasattr(copy, "support_")
    assert is_classifier(models.SVC()) and is_regressor(models.Ridge())
    assert not is_classifier(StandardScaler())


def test_not_fitted_is_both_gradientes_error_and_scikit_learns():
    with pytest.raises(NotFittedError) as raised:
        models.GaussianNB().predict(np.zeros((2, 2)))
    assert isinstance(raised.value, sklearn.exceptions.NotFittedError)
    assert "call GaussianNB.fit(X, y) before using it" in str(raised.value)
    # the error crosses a process boundary (joblib's workers) as Gradiente's own class
    again = pickle.loads(pickle.dumps(raised.value))
    assert type(again) is NotFittedError and again.args == raised.value.args


def test_a_column_target_is_read_as_1d_with_a_warning_that_says_so():
    X, y = load_wine(return_X_y=True)
    X = StandardScaler().fit_transform(X)
    with pytest.warns(DataConversionWarning, match=r"column-vector y.*y\.ravel\(\)") as caught:
        column = models.GaussianNB().fit(X, y[:, None])
    assert isinstance(caught[0].message, sklearn.exceptions.DataConversionWarning)
    np.testing.assert_array_equal(column.predict(X), models.GaussianNB().fit(X, y).predict(X))


def test_sparse_input_is_refused_with_the_way_to_densify_it():
    from scipy import sparse

    X, y = load_wine(return_X_y=True)
    with pytest.raises(TypeError, match=r"X is a sparse matrix \(csr_array\).*X\.toarray\(\)"):
        models.LogisticRegression().fit(sparse.csr_array(X), y)


def test_complex_input_is_refused_not_cast():
    with pytest.raises(ValueError, match=r"Complex data not supported.*X\.real"):
        models.LinearRegression().fit(np.ones((3, 1)) * 1j, [1.0, 2.0, 3.0])


def test_the_library_still_runs_without_scikit_learn():
    # The tags and twins import scikit-learn only in a process that has loaded it already.
    code = (
        "import sys, numpy as np\n"
        "from gradiente.models import SVC\n"
        "from gradiente.exceptions import NotFittedError\n"
        "X = np.array([[0.0], [1.0], [3.0], [4.0]])\n"
        "SVC().fit(X, [0, 0, 1, 1]).predict(X)\n"
        "try:\n"
        "    SVC().predict(X)\n"
        "except NotFittedError as error:\n"
        "    assert type(error) is NotFittedError\n"
        "assert 'sklearn' not in sys.modules, 'gradiente imported scikit-learn'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
