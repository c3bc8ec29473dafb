"""Five small, real data sets, shipped inside the package so the course works offline.

The same five tables scikit-learn's ``load_*`` functions give, with the same call shape
and the same values, dtypes and names, so a lesson written with one runs with the other:

>>> from gradiente.datasets import load_iris
>>> iris = load_iris()
>>> iris.data.shape, iris.target.shape
((150, 4), (150,))
>>> X, y = load_iris(return_X_y=True)
>>> X.dtype, y.dtype
(dtype('float64'), dtype('int64'))

Why the tables ship with Gradiente instead of being read from a library at run time:
scikit-learn is only a test dependency here (a reference the library is checked
against), never a runtime one; nothing may be downloaded while a learner works (the
course is offline); and a check that loads a data set runs in a fresh, confined
interpreter whose cold start has a budget: importing scikit-learn (or pandas) would cost
more than the check itself. So the values were copied once from scikit-learn's bundled
files (data, under scikit-learn's BSD-3-Clause licence; the original sources and their
licences are in ``data/README.md``) into one compressed NumPy file per set
(``data/*.npz``), each value in the smallest dtype that holds it exactly. Loading one
needs nothing but NumPy: ``np.load`` reads binary float64, so there is no text to parse
(parsing the larger tables as CSV took tens of milliseconds) and no rounding to wonder
about. Each table is read once per process; every call returns fresh copies, so changing
``X`` in place never changes what the next call returns.
"""

from __future__ import annotations

import functools
import os

import numpy as np

__all__ = ["Bunch", "load_iris", "load_wine", "load_breast_cancer", "load_digits", "load_diabetes"]

_DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


class Bunch(dict):
    """A dictionary whose keys are also attributes: ``bunch.data`` is ``bunch["data"]``.

    >>> b = Bunch(data=[1, 2], target=[0, 1])
    >>> b.data, sorted(b)
    ([1, 2], ['data', 'target'])
    """

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"this data set has no {name!r}; it has {', '.join(sorted(self))}.") from None

    def __setattr__(self, name, value):
        self[name] = value

    def __dir__(self):
        return [*super().__dir__(), *self.keys()]


@functools.lru_cache(maxsize=None)
def _table(name: str) -> dict[str, np.ndarray]:
    """The arrays stored in ``data/<name>.npz``, read once per process and never written to."""
    path = os.path.join(_DATA, f"{name}.npz")
    try:
        with np.load(path, allow_pickle=False) as stored:
            arrays = {key: stored[key] for key in stored.files}
    except FileNotFoundError:
        raise FileNotFoundError(
            f"Gradiente's copy of the {name} data set is missing: there is no {path}. The installation is "
            f"incomplete; reinstall Gradiente (`python -m pip install --force-reinstall gradiente`, or "
            f"`python -m pip install -e .` in a checkout)."
        ) from None
    for array in arrays.values():
        array.setflags(write=False)  # the cached copy; callers get copies of it
    return arrays


def _check_flag(function: str, name: str, value) -> bool:
    if not isinstance(value, (bool, np.bool_)):
        raise TypeError(
            f"{function}(): {name} must be True or False; got {value!r} ({type(value).__name__}). "
            f"Write {function}({name}=True) or leave {name} out."
        )
    return bool(value)


def _check_common(function: str, return_X_y, as_frame) -> bool:
    if _check_flag(function, "as_frame", as_frame):
        raise ValueError(
            f"{function}(): as_frame=True would need pandas, which Gradiente does not use. "
            f"Leave as_frame out: .data is a NumPy array and .feature_names names its columns."
        )
    return _check_flag(function, "return_X_y", return_X_y)


def _load(function: str, name: str, return_X_y, as_frame, descr: str, *, names_as_list: bool = True):
    """One classification table as scikit-learn gives it: float64 data, int64 labels."""
    return_X_y = _check_common(function, return_X_y, as_frame)
    table = _table(name)
    X = table["data"].astype(np.float64)  # always a fresh, writable copy
    y = table["target"].astype(np.int64)
    if return_X_y:
        return X, y
    feature_names = table["feature_names"].tolist() if names_as_list else table["feature_names"].copy()
    bunch = Bunch(data=X, target=y, feature_names=feature_names, DESCR=descr)
    if "target_names" in table:
        bunch.target_names = table["target_names"].copy()
    return bunch


def load_iris(*, return_X_y=False, as_frame=False):
    """Fisher's iris flowers: 150 samples, 4 measurements in cm, 3 species (50 each).

    Returns a :class:`Bunch` with ``data`` (150, 4) float64, ``target`` (150,) int64 in
    {0, 1, 2}, ``feature_names`` (list), ``target_names`` (``setosa``, ``versicolor``,
    ``virginica``) and ``DESCR``; or ``(X, y)`` with ``return_X_y=True``.

    >>> iris = load_iris()
    >>> iris.data.shape
    (150, 4)
    >>> iris.feature_names[0], iris.target_names.tolist()
    ('sepal length (cm)', ['setosa', 'versicolor', 'virginica'])
    """
    return _load("load_iris", "iris", return_X_y, as_frame, _DESCR["iris"])


def load_wine(*, return_X_y=False, as_frame=False):
    """Wines from three Italian cultivars: 178 samples, 13 chemical measurements, 3 classes.

    Returns a :class:`Bunch` with ``data`` (178, 13) float64, ``target`` (178,) int64 in
    {0, 1, 2}, ``feature_names`` (list), ``target_names`` (``class_0`` … ``class_2``) and
    ``DESCR``; or ``(X, y)`` with ``return_X_y=True``.

    >>> X, y = load_wine(return_X_y=True)
    >>> X.shape, y.shape
    ((178, 13), (178,))
    >>> [int((y == k).sum()) for k in range(3)]
    [59, 71, 48]
    """
    return _load("load_wine", "wine", return_X_y, as_frame, _DESCR["wine"])


def load_breast_cancer(*, return_X_y=False, as_frame=False):
    """Breast Cancer Wisconsin (Diagnostic): 569 tumours, 30 features, malignant (0) or benign (1).

    Returns a :class:`Bunch` with ``data`` (569, 30) float64, ``target`` (569,) int64,
    ``feature_names`` (an array of str, as in scikit-learn), ``target_names``
    (``malignant``, ``benign``) and ``DESCR``; or ``(X, y)`` with ``return_X_y=True``.

    >>> cancer = load_breast_cancer()
    >>> cancer.data.shape, cancer.target_names.tolist()
    ((569, 30), ['malignant', 'benign'])
    >>> int(cancer.target.sum())  # benign tumours
    357
    """
    return _load(
        "load_breast_cancer", "breast_cancer", return_X_y, as_frame, _DESCR["breast_cancer"], names_as_list=False
    )


def load_digits(*, n_class=10, return_X_y=False, as_frame=False):
    """Handwritten digits: 1797 images of 8×8 pixels (values 0 to 16), classes 0 to 9.

    ``n_class`` keeps only the digits ``0`` to ``n_class - 1`` (an int from 1 to 10).
    Returns a :class:`Bunch` with ``data`` (n, 64) float64 (each row an image, read row
    by row), ``images`` (n, 8, 8) float64 (the same values, as pictures), ``target`` (n,)
    int64, ``feature_names`` (``pixel_0_0`` … ``pixel_7_7``), ``target_names``
    (``0`` … ``9`` whatever ``n_class`` is, as in scikit-learn) and ``DESCR``; or
    ``(X, y)`` with ``return_X_y=True``.

    >>> digits = load_digits()
    >>> digits.data.shape, digits.images.shape
    ((1797, 64), (1797, 8, 8))
    >>> X, y = load_digits(n_class=2, return_X_y=True)
    >>> X.shape, sorted(set(y.tolist()))
    ((360, 64), [0, 1])
    """
    if isinstance(n_class, (bool, np.bool_)) or not isinstance(n_class, (int, np.integer)):
        raise TypeError(
            f"load_digits(): n_class must be a whole number from 1 to 10 (how many digits to keep, "
            f"starting at 0); got {n_class!r} ({type(n_class).__name__}). For example load_digits(n_class=2)."
        )
    if not 1 <= n_class <= 10:
        raise ValueError(
            f"load_digits(): n_class must be from 1 to 10 (there are ten digits, 0 to 9); got {n_class}. "
            f"For example load_digits(n_class=2) keeps the zeros and ones."
        )
    return_X_y = _check_common("load_digits", return_X_y, as_frame)
    table = _table("digits")
    X, y = table["data"].astype(np.float64), table["target"].astype(np.int64)
    if n_class < 10:
        keep = y < n_class
        X, y = X[keep], y[keep]
    if return_X_y:
        return X, y
    return Bunch(
        data=X,
        target=y,
        feature_names=table["feature_names"].tolist(),
        target_names=np.arange(10),
        images=X.reshape(-1, 8, 8).copy(),
        DESCR=_DESCR["digits"],
    )


def load_diabetes(*, return_X_y=False, as_frame=False, scaled=True):
    """Diabetes progression: 442 patients, 10 baseline measurements, a number to predict.

    The target is a quantitative measure of the disease's progression one year after
    baseline (float64, from 25 to 346). With ``scaled=True`` (the default, as in
    scikit-learn) each feature column is mean-centred and divided by its standard
    deviation times :math:`\\sqrt{n}`, so it sums to 0 and its squares sum to 1; with
    ``scaled=False`` the columns are the raw measurements (age in years, sex coded 1
    or 2, body-mass index, blood pressure, six blood serum measurements).

    Returns a :class:`Bunch` with ``data`` (442, 10) float64, ``target`` (442,) float64,
    ``feature_names`` (list) and ``DESCR`` (no ``target_names``: it is regression); or
    ``(X, y)`` with ``return_X_y=True``.

    >>> diabetes = load_diabetes()
    >>> diabetes.data.shape, diabetes.target[:3].tolist()
    ((442, 10), [151.0, 75.0, 141.0])
    >>> round(float((diabetes.data ** 2).sum(axis=0)[0]), 12)
    1.0
    >>> load_diabetes(scaled=False).data[0, :3].tolist()  # age, sex, bmi
    [59.0, 2.0, 32.1]
    """
    scaled = _check_flag("load_diabetes", "scaled", scaled)
    return_X_y = _check_common("load_diabetes", return_X_y, as_frame)
    X = (_scaled_diabetes() if scaled else _table("diabetes")["data"]).copy()
    y = _table("diabetes")["target"].astype(np.float64)
    if return_X_y:
        return X, y
    return Bunch(data=X, target=y, feature_names=_table("diabetes")["feature_names"].tolist(), DESCR=_DESCR["diabetes"])


@functools.lru_cache(maxsize=None)
def _scaled_diabetes() -> np.ndarray:
    raw = _table("diabetes")["data"]
    scaled = raw - raw.mean(axis=0)
    scaled /= raw.std(axis=0)  # then by sqrt(n), in two steps as scikit-learn does, so the values agree exactly
    scaled /= np.sqrt(raw.shape[0])
    scaled.setflags(write=False)
    return scaled


_LICENCE = (
    "Licence: shipped with Gradiente as copied from scikit-learn's bundled data files "
    "(BSD-3-Clause); see gradiente/datasets/data/README.md for the original source's terms."
)

_DESCR = {
    "iris": (
        "Iris plants (Fisher's iris data)\n"
        "150 samples (50 per class), 4 features: sepal length, sepal width, petal length and petal width, in cm.\n"
        "Classes: setosa, versicolor, virginica. One class is linearly separable from the other two; "
        "those two are not linearly separable from each other.\n"
        "Source: R. A. Fisher (1936), 'The use of multiple measurements in taxonomic problems', Annals of "
        "Eugenics 7(2), 179-188; UCI Machine Learning Repository, 'Iris'. The values follow Fisher's paper "
        "(as scikit-learn's and R's copies do), which differ from UCI's file in two samples.\n" + _LICENCE
    ),
    "wine": (
        "Wine recognition\n"
        "178 samples, 13 features: the results of a chemical analysis of wines grown in the same region of "
        "Italy from three cultivars (alcohol, malic acid, ash, ..., proline).\n"
        "Classes: class_0 (59), class_1 (71), class_2 (48).\n"
        "Source: M. Forina et al., PARVUS - An Extendible Package for Data Exploration, Classification and "
        "Correlation, Institute of Pharmaceutical and Food Analysis and Technologies, Genoa, Italy; "
        "UCI Machine Learning Repository, 'Wine' (donated by S. Aeberhard, 1991).\n" + _LICENCE
    ),
    "breast_cancer": (
        "Breast Cancer Wisconsin (Diagnostic)\n"
        "569 samples, 30 features: the mean, standard error and worst value of ten properties of the cell "
        "nuclei in a digitised image of a fine needle aspirate of a breast mass (radius, texture, perimeter, "
        "area, smoothness, compactness, concavity, concave points, symmetry, fractal dimension).\n"
        "Classes: malignant (0, 212 samples), benign (1, 357 samples).\n"
        "Source: W. H. Wolberg, W. N. Street, O. L. Mangasarian, University of Wisconsin (1995); "
        "W. N. Street, W. H. Wolberg, O. L. Mangasarian (1993), 'Nuclear feature extraction for breast "
        "tumor diagnosis', IS&T/SPIE Electronic Imaging 1905, 861-870; UCI Machine Learning Repository.\n" + _LICENCE
    ),
    "digits": (
        "Optical recognition of handwritten digits\n"
        "1797 samples, 64 features: 8x8 images of handwritten digits, each pixel the count (0 to 16) of "
        "dark pixels in a 4x4 block of the original 32x32 bitmap. Classes: the digits 0 to 9 (about 180 each).\n"
        "Source: E. Alpaydin, C. Kaynak (1998), UCI Machine Learning Repository, 'Optical Recognition of "
        "Handwritten Digits' (this is its test set); E. Alpaydin, C. Kaynak (1998), 'Cascading Classifiers', "
        "Kybernetika 34(4), 369-374.\n" + _LICENCE
    ),
    "diabetes": (
        "Diabetes\n"
        "442 patients, 10 baseline features: age, sex, body-mass index (bmi), average blood pressure (bp) and "
        "six blood serum measurements (s1 to s6). Target: a quantitative measure of disease progression one "
        "year after baseline (25 to 346). By default each feature is mean-centred and scaled so that its "
        "squares sum to 1 (load_diabetes(scaled=False) gives the raw values).\n"
        "Source: B. Efron, T. Hastie, I. Johnstone, R. Tibshirani (2004), 'Least Angle Regression', Annals "
        "of Statistics 32(2), 407-499; data from https://www4.stat.ncsu.edu/~boos/var.select/diabetes.html\n" + _LICENCE
    ),
}
