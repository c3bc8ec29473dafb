"""gradiente.linalg's SVD and what it solves (pinv, lstsq, null_space), Cholesky and the
eigenvalues of general matrices, against numpy.linalg and scipy.linalg: on generated
matrices (well-conditioned, ill-conditioned, rank-deficient) and on the real data sets."""

import warnings

import numpy as np
import pytest
import scipy.linalg
from hypothesis import given, settings
from hypothesis import strategies as st

from gradiente import linalg
from gradiente.datasets import load_digits, load_iris, load_wine
from gradiente.linalg import (
    PCA,
    LeastSquaresResult,
    NotPositiveDefiniteError,
    NotSymmetricError,
    cholesky,
    eigvals,
    lstsq,
    null_space,
    pinv,
    svd,
)

EPS = np.finfo(float).eps
DATASETS = [load_iris, load_wine, load_digits]


def matrix_with_condition(seed, m, n, log10_cond):
    """``U diag(s) V^T`` with singular values from 1 down to 10**-log10_cond."""
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.normal(size=(m, m)))
    V, _ = np.linalg.qr(rng.normal(size=(n, n)))
    k = min(m, n)
    s = np.logspace(0, -log10_cond, k) * rng.uniform(0.5, 2.0)
    return U[:, :k] @ np.diag(s) @ V[:, :k].T


def low_rank_matrix(seed, m, n, r, scale=1.0):
    rng = np.random.default_rng(seed)
    return scale * (rng.normal(size=(m, r)) @ rng.normal(size=(r, n)))


def assert_is_an_svd(A, U, S, Vt, full_matrices=False):
    m, n = A.shape
    k = min(m, n)
    assert S.shape == (k,)
    assert U.shape == ((m, m) if full_matrices else (m, k))
    assert Vt.shape == ((n, n) if full_matrices else (k, n))
    assert np.all(S >= 0) and np.all(np.diff(S) <= 0)
    tol = 50 * max(m, n) * EPS
    assert np.abs(U.T @ U - np.eye(U.shape[1])).max() <= tol
    assert np.abs(Vt @ Vt.T - np.eye(Vt.shape[0])).max() <= tol
    scale = max(np.abs(A).max(), 1e-300)
    assert np.abs((U[:, :k] * S) @ Vt[:k] - A).max() <= tol * max(scale, S[0])
    assert np.allclose(S, np.linalg.svd(A, compute_uv=False), rtol=0, atol=tol * max(S[0], 1e-300))
    # the sign rule: each row of Vt has its largest-magnitude entry positive
    rows = Vt[:k]
    largest = rows[np.arange(k), np.argmax(np.abs(rows), axis=1)]
    assert np.all(largest >= 0)


seeds = st.integers(0, 2**32 - 1)
dims = st.integers(1, 25)


# --------------------------------------------------------------------------- svd


@settings(max_examples=60, deadline=None)
@given(seeds, dims, dims, st.floats(0, 12), st.booleans())
def test_svd_reconstructs_and_matches_numpys_singular_values(seed, m, n, log10_cond, full_matrices):
    A = matrix_with_condition(seed, m, n, log10_cond)
    U, S, Vt = svd(A, full_matrices=full_matrices)
    assert_is_an_svd(A, U, S, Vt, full_matrices)
    # not forming A^T A: the smallest singular value is right to eps * S[0], not to sqrt(eps) * S[0]
    assert abs(S[-1] - np.linalg.svd(A, compute_uv=False)[-1]) <= 50 * max(m, n) * EPS * S[0]


@settings(max_examples=60, deadline=None)
@given(seeds, dims, dims, st.data(), st.sampled_from([1e-8, 1.0, 1e8]), st.booleans())
def test_svd_of_rank_deficient_matrices(seed, m, n, data, scale, full_matrices):
    r = data.draw(st.integers(0, min(m, n)))
    A = low_rank_matrix(seed, m, n, r, scale)
    U, S, Vt = svd(A, full_matrices=full_matrices)
    assert_is_an_svd(A, U, S, Vt, full_matrices)
    assert np.all(S[r:] <= 100 * max(m, n) * EPS * max(S[0], 1e-300))


@settings(max_examples=40, deadline=None)
@given(seeds, st.integers(1, 12), st.integers(1, 12))
def test_singular_vectors_match_numpy_up_to_sign(seed, m, n):
    A = matrix_with_condition(seed, m, n, 3)  # distinct singular values: unique vectors
    U, S, Vt = svd(A)
    U_np, S_np, Vt_np = np.linalg.svd(A, full_matrices=False)
    signs = np.sign(np.sum(Vt * Vt_np, axis=1))
    assert np.allclose(Vt, signs[:, None] * Vt_np, atol=1e-8)
    assert np.allclose(U, U_np * signs, atol=1e-8)


def test_svd_of_special_matrices():
    U, S, Vt = svd(np.zeros((3, 2)), full_matrices=True)
    assert_is_an_svd(np.zeros((3, 2)), U, S, Vt, True)
    assert S.tolist() == [0.0, 0.0]
    U, S, Vt = svd(np.diag([1.0, -3.0, 2.0]))
    assert S.tolist() == [3.0, 2.0, 1.0]
    assert np.allclose((U * S) @ Vt, np.diag([1.0, -3.0, 2.0]))
    U, S, Vt = svd([[5.0]])
    assert (U, S, Vt) == (np.array([[1.0]]), np.array([5.0]), np.array([[1.0]]))
    _, S, _ = svd(np.ones((4, 4)))  # repeated zeros: rank 1
    assert np.allclose(S, [4.0, 0.0, 0.0, 0.0])


def test_svd_signs_are_deterministic_and_the_rule_pca_uses():
    X = load_wine().data
    Xc = X - X.mean(axis=0)
    first, second = svd(Xc), svd(Xc.copy())
    for a, b in zip(first, second):
        assert np.array_equal(a, b)
    _, S, Vt = first
    pca = PCA(n_components=5).fit(X)
    assert np.allclose(Vt[:5], pca.components_, atol=1e-8)
    assert np.allclose(S[:5] ** 2 / (len(X) - 1), pca.explained_variance_, rtol=1e-10)


@pytest.mark.parametrize("load", DATASETS)
@pytest.mark.parametrize("centre", [False, True])
def test_svd_on_real_data(load, centre):
    X = load().data
    if centre:
        X = X - X.mean(axis=0)
    U, S, Vt = svd(X)
    assert_is_an_svd(X, U, S, Vt)
    U, S, Vt = svd(X.T)  # wide
    assert_is_an_svd(X.T, U, S, Vt)


def test_low_rank_approximation_of_a_digit_is_best_in_frobenius_norm():
    image = load_digits().images[0]
    U, S, Vt = svd(image)
    for k in range(1, 9):
        approximation = (U[:, :k] * S[:k]) @ Vt[:k]
        # Eckart-Young: the error is the norm of the dropped singular values
        assert np.isclose(np.linalg.norm(image - approximation), np.sqrt(np.sum(S[k:] ** 2)), atol=1e-9)


# --------------------------------------------------------------------------- pinv, lstsq, null_space


@settings(max_examples=60, deadline=None)
@given(seeds, dims, dims, st.data())
def test_pinv_matches_numpy_and_the_penrose_conditions(seed, m, n, data):
    r = data.draw(st.integers(0, min(m, n)))
    A = low_rank_matrix(seed, m, n, r) + (0 if r else 0.0)
    P = pinv(A)
    assert P.shape == (n, m)
    expected = np.linalg.pinv(A, rtol=None)
    scale = max(np.abs(expected).max(), 1.0)
    assert np.abs(P - expected).max() <= 1e-8 * scale
    tol = 1e-9 * max(1.0, np.abs(A).max()) * scale
    assert np.abs(A @ P @ A - A).max() <= tol
    assert np.abs(P @ A @ P - P).max() <= tol * scale
    assert np.abs((A @ P).T - A @ P).max() <= tol and np.abs((P @ A).T - P @ A).max() <= tol


@settings(max_examples=40, deadline=None)
@given(seeds, st.integers(1, 20), st.floats(0, 6))
def test_pinv_of_an_invertible_matrix_is_its_inverse(seed, n, log10_cond):
    A = matrix_with_condition(seed, n, n, log10_cond)
    assert np.allclose(pinv(A), np.linalg.inv(A), rtol=0, atol=1e-9 * 10**log10_cond * np.abs(np.linalg.inv(A)).max())


def test_rtol_decides_which_singular_values_count():
    A = np.diag([1.0, 1e-6, 1e-12])
    assert np.allclose(pinv(A), np.diag([1.0, 1e6, 1e12]))
    assert np.allclose(pinv(A, rtol=1e-9), np.diag([1.0, 1e6, 0.0]))
    assert np.allclose(pinv(A, rtol=1e-3), np.linalg.pinv(A, rtol=1e-3))
    assert lstsq(A, np.ones(3), rtol=1e-9).rank == 2
    assert null_space(A, rtol=1e-3).shape == (3, 2)
    with pytest.raises(ValueError, match="rtol must lie in"):
        pinv(A, rtol=-1.0)


@settings(max_examples=60, deadline=None)
@given(seeds, dims, dims, st.data(), st.integers(0, 3))
def test_lstsq_matches_numpy_with_minimum_norm(seed, m, n, data, k):
    r = data.draw(st.integers(1, min(m, n)))
    A = low_rank_matrix(seed, m, n, r)
    rng = np.random.default_rng(seed + 1)
    b = rng.normal(size=m) if k == 0 else rng.normal(size=(m, k))
    result = lstsq(A, b)
    x_np, residuals_np, rank_np, s_np = np.linalg.lstsq(A, b, rcond=None)
    assert isinstance(result, LeastSquaresResult)
    x, residuals, rank, s = result  # unpacks like NumPy's
    assert x.shape == x_np.shape and rank == rank_np
    assert np.allclose(s, s_np, atol=1e-10 * s_np[0])
    cond = s_np[0] / s_np[rank - 1]
    assert np.allclose(x, x_np, atol=1e-9 * cond * max(1.0, np.abs(x_np).max()))
    expected_residuals = np.sum((A @ x_np - b) ** 2, axis=0)
    assert np.allclose(residuals, expected_residuals, atol=1e-8 * max(1.0, np.sum(b**2)))
    if np.size(residuals_np):
        assert np.allclose(residuals, residuals_np, atol=1e-8 * max(1.0, np.sum(b**2)))
    if k == 0:
        assert isinstance(residuals, float)


def test_lstsq_fits_a_line_and_picks_the_shortest_of_many_solutions():
    t = np.array([0.0, 1.0, 2.0, 3.0])
    y = 2.0 + 0.5 * t
    result = lstsq(np.column_stack([np.ones(4), t]), y)
    assert np.allclose(result.x, [2.0, 0.5]) and result.residuals < 1e-20 and result.rank == 2
    # two identical columns: every (a, b) with a + b = 1 fits; the shortest is (1/2, 1/2)
    result = lstsq(np.column_stack([t, t]), t)
    assert np.allclose(result.x, [0.5, 0.5]) and result.rank == 1


@pytest.mark.parametrize("load", DATASETS)
def test_lstsq_on_real_data(load):
    data = load()
    X = np.column_stack([np.ones(len(data.data)), data.data])  # digits: constant pixels, rank-deficient
    y = data.target.astype(float)
    x, residuals, rank, s = lstsq(X, y)
    x_np, _, rank_np, _ = np.linalg.lstsq(X, y, rcond=None)
    assert rank == rank_np
    assert np.allclose(X @ x, X @ x_np, atol=1e-8 * np.abs(y).max())
    assert np.isclose(np.linalg.norm(x), np.linalg.norm(x_np), rtol=1e-6)


@settings(max_examples=60, deadline=None)
@given(seeds, dims, dims, st.data())
def test_null_space_matches_scipy(seed, m, n, data):
    r = data.draw(st.integers(0, min(m, n)))
    A = low_rank_matrix(seed, m, n, r)
    N = null_space(A)
    expected = scipy.linalg.null_space(A)
    assert N.shape == expected.shape == (n, n - r)
    assert np.allclose(N.T @ N, np.eye(n - r), rtol=0, atol=1e-12)
    assert np.allclose(A @ N, 0.0, rtol=0, atol=1e-10 * max(1.0, np.abs(A).max()))
    # the same subspace: the projections onto it agree
    assert np.allclose(N @ N.T, expected @ expected.T, atol=1e-9)


def test_null_space_of_digits_is_the_constant_pixels_and_their_dependencies():
    X = load_digits().data
    N = null_space(X)
    assert N.shape == scipy.linalg.null_space(X).shape
    always_zero = np.flatnonzero(X.max(axis=0) == 0)
    assert always_zero.size and np.allclose(np.linalg.norm(N[always_zero] @ N[always_zero].T, axis=1), 1.0)


# --------------------------------------------------------------------------- cholesky


@settings(max_examples=60, deadline=None)
@given(seeds, st.integers(1, 30), st.floats(0, 10))
def test_cholesky_matches_numpy(seed, n, log10_cond):
    B = matrix_with_condition(seed, n, n, log10_cond / 2)
    A = B @ B.T  # positive definite, cond(A) = 10**log10_cond
    L = cholesky(A)
    assert np.array_equal(L, np.tril(L)) and np.all(np.diagonal(L) > 0)
    assert np.abs(L @ L.T - A).max() <= 100 * n * EPS * np.abs(A).max()
    expected = np.linalg.cholesky(A)
    assert np.allclose(L, expected, atol=1e-6 * 10 ** (log10_cond / 2) * np.abs(expected).max() * 1e-6)


@pytest.mark.parametrize("load", DATASETS[:2])
def test_cholesky_of_a_real_covariance(load):
    X = load().data
    C = np.cov(X, rowvar=False)
    assert np.allclose(cholesky(C), np.linalg.cholesky(C), atol=1e-10 * np.abs(C).max())


def test_cholesky_of_digits_covariance_refuses_because_of_the_constant_pixels():
    C = np.cov(load_digits().data, rowvar=False)
    with pytest.raises(NotPositiveDefiniteError, match="constant or linearly dependent column"):
        cholesky(C)
    with pytest.raises(np.linalg.LinAlgError):
        np.linalg.cholesky(C)
    L = cholesky(C + 1e-8 * np.eye(64))  # the fix the message proposes
    assert np.allclose(L @ L.T, C + 1e-8 * np.eye(64))


@pytest.mark.parametrize(
    "A, step, pivot",
    [
        ([[-1.0, 0.0], [0.0, 1.0]], 0, "-1"),
        ([[1.0, 2.0], [2.0, 1.0]], 1, "-3"),
        ([[4.0, 2.0, 1.0], [2.0, 5.0, 3.0], [1.0, 3.0, -9.0]], 2, "-10.8125"),
        ([[1.0, 1.0], [1.0, 1.0]], 1, "0"),
    ],
)
def test_cholesky_says_which_pivot_failed_and_shows_a_vector(A, step, pivot):
    with pytest.raises(NotPositiveDefiniteError) as info:
        cholesky(A)
    message = str(info.value)
    assert "not positive definite" in message and f"= {pivot}" in message
    assert ("the first pivot" in message) if step == 0 else (f"at step {step}" in message)
    assert "x^T A x" in message and "eig(A)" in message
    with pytest.raises(np.linalg.LinAlgError):
        np.linalg.cholesky(np.array(A))


def test_the_vector_in_the_message_has_the_stated_quadratic_form():
    rng = np.random.default_rng(0)
    for _ in range(20):
        Q, _ = np.linalg.qr(rng.normal(size=(5, 5)))
        A = Q @ np.diag([3.0, 2.0, 1.0, -0.5, 0.5]) @ Q.T
        with pytest.raises(NotPositiveDefiniteError, match=r"For x = \[") as info:
            cholesky(A)
        text = str(info.value)
        x = np.array([float(v) for v in text.split("For x = [")[1].split("]")[0].split(", ")])
        assert x @ A @ x <= 1e-3


def test_cholesky_refuses_a_non_symmetric_or_non_square_matrix():
    with pytest.raises(NotSymmetricError, match=r"A\[0, 1\] = 2.0 but A\[1, 0\] = 3.0"):
        cholesky([[1.0, 2.0], [3.0, 4.0]])
    with pytest.raises(ValueError, match="cholesky needs a square matrix"):
        cholesky(np.ones((2, 3)))
    with pytest.raises(ValueError, match="finite"):
        cholesky([[np.nan]])


# --------------------------------------------------------------------------- eigvals


def assert_same_eigenvalues(ours, A, tol):
    expected = list(np.linalg.eigvals(A))
    assert len(ours) == len(expected)
    for value in ours:  # match each to the nearest unmatched reference eigenvalue
        j = int(np.argmin([abs(value - e) for e in expected]))
        assert abs(value - expected[j]) <= tol, (ours, np.linalg.eigvals(A))
        expected.pop(j)


def assert_documented_order(values):
    values = np.asarray(values, dtype=complex)
    order = np.lexsort((-values.imag, -values.real))
    assert np.array_equal(order, np.arange(len(values)))


@settings(max_examples=100, deadline=None)
@given(seeds, st.integers(1, 8), st.sampled_from([1e-6, 1.0, 1e6]))
def test_eigvals_match_numpy_on_general_matrices(seed, n, scale):
    A = scale * np.random.default_rng(seed).normal(size=(n, n))
    values = eigvals(A)
    assert_same_eigenvalues(values, A, 1e-9 * np.abs(A).max() * n)
    assert_documented_order(values)
    if values.dtype == complex:  # a real matrix: conjugate pairs, exactly
        assert np.array_equal(np.sort_complex(values), np.sort_complex(np.conj(values)))
    assert np.isclose(np.sum(values), np.trace(A), atol=1e-9 * n * np.abs(A).max())


@settings(max_examples=40, deadline=None)
@given(seeds, st.integers(2, 3))
def test_eigvals_of_rotations_scalings_and_shears(seed, n):
    rng = np.random.default_rng(seed)
    t = rng.uniform(-np.pi, np.pi)
    R = np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]])
    values = eigvals(R)
    assert np.allclose(np.abs(values), 1.0) and np.isclose(values[0].real, np.cos(t))
    shear = np.eye(n) + np.diag(rng.uniform(0.5, 2.0, n - 1), 1)  # one eigenvalue, 1, n times
    assert np.allclose(eigvals(shear), np.ones(n), atol=1e-5)
    assert eigvals(shear).dtype == np.float64


def test_eigvals_of_symmetric_matrices_are_real_and_descending():
    rng = np.random.default_rng(3)
    B = rng.normal(size=(6, 6))
    A = B + B.T
    values = eigvals(A)
    assert values.dtype == np.float64
    assert np.allclose(values, np.linalg.eigvalsh(A)[::-1])


def test_eigvals_of_special_small_matrices():
    assert eigvals([[2.0]]).tolist() == [2.0]
    assert eigvals(np.zeros((3, 3))).tolist() == [0.0, 0.0, 0.0]
    assert eigvals([[0.0, 1.0], [0.0, 0.0]]).tolist() == [0.0, 0.0]  # nilpotent
    values = eigvals([[1.0, -2.0], [1.0, 3.0]])  # (tr/2)^2 - det = 4 - 5 < 0
    assert np.allclose(values, [2 + 1j, 2 - 1j])
    cyclic = np.roll(np.eye(4), 1, axis=0)  # the 4th roots of unity
    assert np.allclose(eigvals(cyclic), [1.0, 1j, -1j, -1.0])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        close = eigvals([[1.0, 1e-9], [1e-9, 1.0]])  # nearly equal roots, no cancellation
    assert np.allclose(close, [1 + 1e-9, 1 - 1e-9], rtol=0, atol=1e-15)


def test_eigvals_on_real_data_covariances():
    for load in DATASETS:
        C = np.cov(load().data, rowvar=False)
        assert_same_eigenvalues(eigvals(C), C, 1e-8 * np.abs(C).max())


def test_eigvals_refuses_a_non_square_matrix():
    with pytest.raises(ValueError, match="eigvals needs a square matrix"):
        eigvals(np.ones((2, 3)))


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: svd([1.0, 2.0]), "must be a 2-D matrix"),
        (lambda: svd([[np.inf]]), "finite"),
        (lambda: pinv(np.ones((2, 0))), "must not be empty"),
        (lambda: lstsq(np.ones((3, 2)), np.ones(2)), "b must have 3 rows"),
        (lambda: null_space("abc"), "array of numbers"),
    ],
)
def test_bad_input_gets_a_clear_error(call, message):
    with pytest.raises((ValueError, TypeError), match=message):
        call()


@pytest.mark.parametrize(
    "A",
    [
        # 1.3's wide example: rank 2, its third column after QR is pure rounding noise
        [[1.0, 2.0, 0.0, 1.0], [0.0, 0.0, 1.0, 1.0], [1.0, 2.0, 1.0, 2.0]],
        np.outer(np.arange(1.0, 6.0), [1.0, -2.0, 0.5]),  # rank 1
        np.random.default_rng(3).normal(size=(40, 4)) @ np.random.default_rng(4).normal(size=(4, 12)),  # rank 4
    ],
)
def test_rank_deficient_matrices_converge_without_overflow_and_give_orthonormal_factors(A):
    # A noise column is never orthogonal to the rest, only smaller each sweep: once its square
    # underflowed the old test kept it active forever (overflow warnings, then ConvergenceError).
    A = np.asarray(A)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        U, S, Vt = linalg.svd(A, full_matrices=True)
        N = linalg.null_space(A)
        values = linalg.singular_values(A)
    rank = np.linalg.matrix_rank(A)
    assert np.allclose(U.T @ U, np.eye(U.shape[1]), atol=1e-12)
    assert np.allclose(Vt @ Vt.T, np.eye(Vt.shape[0]), atol=1e-12)
    k = min(A.shape)
    assert np.allclose((U[:, :k] * S) @ Vt[:k], A, atol=1e-12)
    assert np.allclose(S, np.linalg.svd(A, compute_uv=False), atol=1e-12)
    assert np.allclose(values, np.linalg.svd(A, compute_uv=False), atol=1e-12)
    assert N.shape == (A.shape[1], A.shape[1] - rank)
    assert np.abs(A @ N).max() < 1e-12 and np.allclose(N.T @ N, np.eye(N.shape[1]), atol=1e-12)
