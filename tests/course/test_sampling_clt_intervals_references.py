"""Lesson 5.3's reference solutions against SciPy: the standard error, the t and Wilson intervals, and the
simulated means against NumPy's own generator."""

import importlib.util
from pathlib import Path

import numpy as np
import pytest

scipy_stats = pytest.importorskip("scipy.stats")

from gradiente.datasets import load_breast_cancer, load_iris  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def reference(name):
    """The function `name` of solutions/probability/<name>.py."""
    spec = importlib.util.spec_from_file_location(f"solution_{name}", ROOT / "solutions" / "probability" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, name)


def samples():
    iris = load_iris()
    cancer = load_breast_cancer()
    return [iris.data[iris.target == species, 0] for species in (0, 1, 2)] + [
        cancer.data[:, 0],
        cancer.data[:, 3],
        np.array([1.0, 3.0]),
        np.array([4.9, 5.1, 5.0, 5.3, 4.7]),
    ]


@pytest.mark.parametrize("index", range(7))
def test_standard_error_is_scipys_sem(index):
    x = samples()[index]
    assert reference("standard_error")(x) == pytest.approx(scipy_stats.sem(x), rel=1e-12)


@pytest.mark.parametrize("confidence", [0.80, 0.90, 0.95, 0.99])
@pytest.mark.parametrize("index", range(7))
def test_t_interval_is_scipys(index, confidence):
    x = samples()[index]
    expected = scipy_stats.t.interval(confidence, x.size - 1, loc=x.mean(), scale=scipy_stats.sem(x))
    np.testing.assert_allclose(reference("t_interval")(x, confidence), expected, rtol=1e-10)


@pytest.mark.parametrize("confidence", [0.90, 0.95, 0.99])
@pytest.mark.parametrize(("successes", "n"), [(8, 20), (357, 569), (212, 569), (1, 20), (0, 20), (20, 20), (3, 7)])
def test_wilson_interval_is_scipys(successes, n, confidence):
    expected = scipy_stats.binomtest(successes, n).proportion_ci(confidence_level=confidence, method="wilson")
    got = reference("wilson_interval")(successes, n, confidence)
    np.testing.assert_allclose(got, [expected.low, expected.high], rtol=1e-10, atol=1e-12)


def test_wilson_interval_matches_the_library():
    from gradiente.stats import confidence_interval

    for successes in range(0, 21):
        library = confidence_interval(count=successes, nobs=20, parameter="proportion", confidence=0.95)
        np.testing.assert_allclose(reference("wilson_interval")(successes, 20, 0.95), [library.low, library.high])


def test_sample_means_follow_the_contract_and_the_theory():
    area = load_breast_cancer().data[:, 3]
    means = reference("sample_means")(area, 30, 1000, 42)
    rng = np.random.default_rng(42)
    np.testing.assert_array_equal(means, rng.choice(area, size=(1000, 30), replace=True).mean(axis=1))
    # a loop with the same generator draws the same numbers, so learners who loop are not failed
    rng = np.random.default_rng(42)
    looped = np.array([rng.choice(area, size=30, replace=True).mean() for _ in range(1000)])
    np.testing.assert_array_equal(means, looped)
    # and the simulated means behave as the lesson says: centred on μ with spread σ/√n
    assert means.mean() == pytest.approx(area.mean(), rel=0.01)
    assert means.std() == pytest.approx(area.std() / np.sqrt(30), rel=0.08)
