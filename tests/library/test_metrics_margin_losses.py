"""huber_loss against SciPy's huber (and PyTorch's huber_loss); hinge_loss against scikit-learn."""

import numpy as np
import pytest

from gradiente.metrics import hinge_loss, huber_loss


@pytest.mark.parametrize("delta", [0.1, 1.0, 2.5])
def test_huber_matches_scipy_term_by_term(delta):
    special = pytest.importorskip("scipy.special")
    rng = np.random.default_rng(0)
    y, p = rng.normal(size=50) * 2, rng.normal(size=50) * 2
    assert huber_loss(y, p, delta=delta) == pytest.approx(np.mean(special.huber(delta, y - p)), rel=1e-12)


def test_huber_matches_pytorch():
    torch = pytest.importorskip("torch")
    rng = np.random.default_rng(1)
    y, p = rng.normal(size=30) * 3, rng.normal(size=30)
    expected = torch.nn.functional.huber_loss(torch.tensor(p), torch.tensor(y), delta=1.5).item()
    assert huber_loss(y, p, delta=1.5) == pytest.approx(expected, rel=1e-12)


def test_huber_is_half_mse_inside_delta_and_refuses_bad_delta():
    y, p = np.array([0.0, 1.0]), np.array([0.3, 0.8])
    assert huber_loss(y, p, delta=10.0) == pytest.approx(np.mean((y - p) ** 2) / 2)
    for bad in (0.0, -1.0, np.inf, "1"):
        with pytest.raises(ValueError, match="delta must be a positive number"):
            huber_loss(y, p, delta=bad)


def test_hinge_matches_scikit_learn():
    metrics = pytest.importorskip("sklearn.metrics")
    rng = np.random.default_rng(2)
    y = rng.choice([-1, 1], size=40)
    decision = rng.normal(size=40) * 2
    assert hinge_loss(y, decision) == pytest.approx(metrics.hinge_loss(y, decision), rel=1e-12)


def test_hinge_refuses_zero_one_labels_with_the_conversion():
    with pytest.raises(ValueError, match=r"got labels 0 and 1.*2 \* y - 1"):
        hinge_loss([0, 1, 1], [0.5, 1.0, -2.0])
    with pytest.raises(ValueError, match="labels -1 and \\+1"):
        hinge_loss([1, 2, 3], [0.5, 1.0, -2.0])
    with pytest.raises(ValueError, match="same length"):
        hinge_loss([1, -1], [0.5])
    assert hinge_loss([1, -1], [1.0, -1.0]) == 0.0  # margins exactly 1 cost nothing
