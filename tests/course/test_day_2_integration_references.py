"""Lesson 6.2's reference solution and the numbers its text states, against SciPy (a test-only dependency)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from gradiente import calculus
from gradiente.datasets import load_breast_cancer

integrate = pytest.importorskip("scipy.integrate")
stats = pytest.importorskip("scipy.stats")

ROOT = Path(__file__).resolve().parents[2]


def load(path, name=None):
    spec = importlib.util.spec_from_file_location(f"module_{Path(path).stem}", ROOT / path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module if name is None else getattr(module, name)


cumulative_trapezoid = load("solutions/seven_days/cumulative_trapezoid.py", "cumulative_trapezoid")
CHECKS = load("checks/seven_days/cumulative_trapezoid.py")


@pytest.mark.parametrize("number", range(5))
def test_every_check_case_is_scipys_cumulative_trapezoid(number):
    ys, xs = CHECKS.cases()[number].args
    expected = integrate.cumulative_trapezoid(ys, xs, initial=0)
    np.testing.assert_allclose(cumulative_trapezoid(ys, xs), expected, rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(calculus.cumulative_trapezoid(ys, xs, initial=0), expected, rtol=1e-12, atol=1e-15)


def test_the_normal_case_is_close_to_phi_and_the_hand_cases_are_exact():
    xs = np.linspace(-8.0, 8.0, 801)
    running = cumulative_trapezoid(stats.norm.pdf(xs), xs)
    np.testing.assert_allclose(running, stats.norm.cdf(xs) - stats.norm.cdf(-8.0), atol=2e-5)
    line = np.linspace(0.0, 3.0, 13)
    np.testing.assert_allclose(cumulative_trapezoid(2 * line, line), line**2, atol=1e-14)
    np.testing.assert_allclose(cumulative_trapezoid([1.0, 3.0, 1.0, 1.0], [0.0, 2.0, 3.0, 5.0]), [0, 4, 6, 8])


def test_the_radius_grid_is_uneven_and_holds_the_distinct_radii():
    radius = load_breast_cancer().data[:, 0]
    _, xs = CHECKS.cases()[3].args
    np.testing.assert_array_equal(xs, np.unique(radius))
    assert len(xs) == 456 and np.ptp(np.diff(xs)) > 0.1


def test_the_histogram_area_meets_the_fraction_of_tumours_at_the_bar_edges():
    """The lesson says the running area of the histogram density nearly meets the empirical CDF at each edge."""
    radius = load_breast_cancer().data[:, 0]
    edges = np.arange(6.0, 30.0, 1.0)
    heights, _ = np.histogram(radius, bins=edges, density=True)
    grid = np.linspace(6.0, 29.0, 2301)
    bins = np.clip(np.searchsorted(edges, grid, side="right") - 1, 0, len(heights) - 1)
    density = np.where((grid >= edges[0]) & (grid < edges[-1]), heights[bins], 0.0)
    running = cumulative_trapezoid(density, grid)
    at_edges = np.interp(edges, grid, running)
    # np.histogram's bins hold their left edge, so the area up to an edge counts the tumours strictly below it
    # (8 tumours have an integer radius); stats.ecdf gives ≤, so take its left limit.
    fraction_below = stats.ecdf(radius).cdf.evaluate(edges - 1e-9)
    np.testing.assert_allclose(fraction_below, [(radius < edge).mean() for edge in edges])
    assert np.max(np.abs(at_edges - fraction_below)) < 1e-3
