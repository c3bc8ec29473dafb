"""The non-smooth primitives abs, maximum, where and clip: values as NumPy's, gradients against
central differences away from the kinks, and the subgradient at the kinks as PyTorch's."""

import numpy as np
import pytest

from gradiente import autodiff as ad
from gradiente.autodiff import Tensor, gradcheck

RNG = np.random.default_rng(7)


def away_from(points, kinks, margin=0.05):
    """Push every point at least ``margin`` away from each kink (central differences straddle none)."""
    points = np.array(points, dtype=float)
    for kink in kinks:
        close = np.abs(points - kink) < margin
        points[close] = kink + margin * np.where(points[close] >= kink, 1.0, -1.0) * 2
    return points


def grads_of(f, *arrays):
    tensors = [Tensor(a, requires_grad=True) for a in arrays]
    out = f(*tensors)
    out.sum().backward()
    return [t.grad for t in tensors]


# -- values -----------------------------------------------------------------------------------


def test_values_are_numpys():
    x, y = RNG.normal(size=(3, 4)), RNG.normal(size=4)
    np.testing.assert_array_equal(ad.abs(x).data, np.abs(x))
    np.testing.assert_array_equal(abs(Tensor(x)).data, np.abs(x))
    np.testing.assert_array_equal(np.abs(Tensor(x)).data, np.abs(x))
    np.testing.assert_array_equal(ad.maximum(x, y).data, np.maximum(x, y))
    np.testing.assert_array_equal(np.maximum(Tensor(x), y).data, np.maximum(x, y))
    np.testing.assert_array_equal(ad.where(x > 0, x, y).data, np.where(x > 0, x, y))
    np.testing.assert_array_equal(ad.clip(x, -0.5, 0.5).data, np.clip(x, -0.5, 0.5))
    np.testing.assert_array_equal(np.clip(Tensor(x), -0.5, 0.5).data, np.clip(x, -0.5, 0.5))
    np.testing.assert_array_equal(Tensor(x).clip(hi=0.0).data, np.minimum(x, 0.0))
    np.testing.assert_array_equal(Tensor(x).clip(lo=0.0).data, np.maximum(x, 0.0))


# -- gradients away from the kinks ------------------------------------------------------------


def test_abs_gradcheck():
    assert gradcheck(lambda a: a.__abs__(), away_from(RNG.normal(size=(3, 4)), [0.0]))


def test_maximum_gradcheck_with_broadcasting():
    x = RNG.normal(size=(3, 4))
    y = RNG.normal(size=4)
    x = np.where(np.abs(x - y) < 0.1, y + 0.3, x)  # no ties
    assert gradcheck(ad.maximum, x, y)
    assert gradcheck(lambda a: ad.maximum(a, 0.2), away_from(x, [0.2]))


def test_where_gradcheck_with_broadcasting():
    condition = RNG.normal(size=(3, 1)) > 0
    assert gradcheck(lambda a, b: ad.where(condition, a.tanh(), b * b), RNG.normal(size=(3, 4)), RNG.normal(size=4))


def test_clip_gradcheck():
    x = away_from(RNG.normal(size=(4, 5)), [-0.5, 0.5])
    assert gradcheck(lambda a: ad.clip(a, -0.5, 0.5) * a, x)
    assert gradcheck(lambda a: a.clip(hi=0.5) ** 2, x)


def test_gradients_by_hand():
    x = np.array([-2.0, 0.0, 3.0])
    (g,) = grads_of(lambda a: ad.abs(a), x)
    np.testing.assert_array_equal(g, [-1.0, 0.0, 1.0])  # sign(x), 0 at the kink
    g_x, g_y = grads_of(ad.maximum, x, np.array([0.0, 0.0, 0.0]))
    np.testing.assert_array_equal(g_x, [0.0, 0.5, 1.0])  # a tie splits the gradient
    np.testing.assert_array_equal(g_y, [1.0, 0.5, 0.0])
    g_x, g_y = grads_of(lambda a, b: ad.where(np.array([True, False, True]), a, b), x, x)
    np.testing.assert_array_equal(g_x, [1.0, 0.0, 1.0])
    np.testing.assert_array_equal(g_y, [0.0, 1.0, 0.0])
    (g,) = grads_of(lambda a: ad.clip(a, 0.0, 3.0), x)
    np.testing.assert_array_equal(g, [0.0, 1.0, 1.0])  # the boundaries count as inside


def test_a_condition_tensor_gets_no_gradient():
    c = Tensor([1.0, 0.0], requires_grad=True)
    x = Tensor([1.0, 2.0], requires_grad=True)
    ad.where(c, x, 5.0).sum().backward()
    np.testing.assert_array_equal(c.grad, [0.0, 0.0])
    np.testing.assert_array_equal(x.grad, [1.0, 0.0])


# -- errors -----------------------------------------------------------------------------------


def test_clip_refuses_bad_bounds():
    with pytest.raises(ValueError, match="lo <= hi"):
        ad.clip(Tensor([1.0]), 2.0, 1.0)
    with pytest.raises(ValueError, match="got neither"):
        ad.clip(Tensor([1.0]))
    with pytest.raises(TypeError, match="not a Tensor"):
        ad.clip(Tensor([1.0]), Tensor([0.0]), 1.0)


def test_where_counts_its_inputs():
    with pytest.raises(TypeError, match="takes 3 inputs"):
        ad.where([True], Tensor([1.0]))


# -- against PyTorch, kinks included ----------------------------------------------------------


def test_the_subgradients_at_the_kinks_are_pytorchs():
    torch = pytest.importorskip("torch")
    x = np.array([-1.0, -0.5, 0.0, 0.5, 1.0, 2.0])
    y = np.array([0.0, -0.5, 0.0, 1.0, 1.0, 0.0])  # ties at 1, 2 and 4
    condition = x > 0.2
    cases = {
        "abs": (lambda a, b: ad.abs(a) * b, lambda a, b: torch.abs(a) * b),
        "maximum": (ad.maximum, torch.maximum),
        "where": (
            lambda a, b: ad.where(condition, a * a, b),
            lambda a, b: torch.where(torch.tensor(condition), a * a, b),
        ),
        "clip": (lambda a, b: ad.clip(a, -0.5, 1.0) + b, lambda a, b: torch.clamp(a, -0.5, 1.0) + b),
    }
    for name, (ours, theirs) in cases.items():
        g_ours = grads_of(ours, x, y)
        ta = torch.tensor(x, requires_grad=True)
        tb = torch.tensor(y, requires_grad=True)
        out = theirs(ta, tb)
        np.testing.assert_allclose(ours(Tensor(x), Tensor(y)).data, out.detach().numpy(), err_msg=name)
        out.sum().backward()
        np.testing.assert_allclose(g_ours[0], ta.grad.numpy(), err_msg=f"{name}: x")
        np.testing.assert_allclose(g_ours[1], tb.grad.numpy(), err_msg=f"{name}: y")
