"""cumulative_trapezoid against scipy.integrate.cumulative_trapezoid."""

import numpy as np
import pytest

from gradiente.calculus import cumulative_trapezoid

integrate = pytest.importorskip("scipy.integrate")


@pytest.mark.parametrize("initial", [None, 0])
def test_matches_scipy_on_even_and_uneven_grids(initial):
    rng = np.random.default_rng(0)
    y = rng.normal(size=9)
    x = np.sort(rng.uniform(0, 5, size=9))
    np.testing.assert_allclose(
        cumulative_trapezoid(y, initial=initial), integrate.cumulative_trapezoid(y, initial=initial)
    )
    np.testing.assert_allclose(
        cumulative_trapezoid(y, dx=0.3, initial=initial), integrate.cumulative_trapezoid(y, dx=0.3, initial=initial)
    )
    np.testing.assert_allclose(
        cumulative_trapezoid(y, x, initial=initial), integrate.cumulative_trapezoid(y, x, initial=initial)
    )
    np.testing.assert_allclose(cumulative_trapezoid(y, x[::-1]), integrate.cumulative_trapezoid(y, x[::-1]))


@pytest.mark.parametrize("axis", [0, 1, -1])
def test_matches_scipy_along_an_axis(axis):
    rng = np.random.default_rng(1)
    y = rng.normal(size=(4, 5))
    x1 = np.sort(rng.uniform(size=y.shape[axis]))
    x2 = np.sort(rng.uniform(size=y.shape), axis=axis)
    for x in (None, x1, x2):
        for initial in (None, 0):
            np.testing.assert_allclose(
                cumulative_trapezoid(y, x, axis=axis, initial=initial),
                integrate.cumulative_trapezoid(y, x, axis=axis, initial=initial),
            )


def test_the_running_area_of_2x_is_x_squared():
    x = np.linspace(0, 2, 201)
    np.testing.assert_allclose(cumulative_trapezoid(2 * x, x, initial=0), x**2, atol=1e-12)  # exact for lines


def test_short_inputs_and_errors():
    assert cumulative_trapezoid([3.0]).shape == (0,)
    np.testing.assert_array_equal(cumulative_trapezoid([3.0], initial=0), [0.0])
    with pytest.raises(ValueError, match="add c to the result"):
        cumulative_trapezoid([1.0, 2.0], initial=5.0)
    with pytest.raises(ValueError, match="one x per sample"):
        cumulative_trapezoid([1.0, 2.0, 3.0], [0.0, 1.0])
    with pytest.raises(ValueError, match="single number"):
        cumulative_trapezoid(2.0)
    with pytest.raises(ValueError, match="out of bounds"):
        cumulative_trapezoid([1.0, 2.0], axis=1)
