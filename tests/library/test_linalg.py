"""gradiente.linalg against numpy.linalg (and scikit-learn's PCA), on generated matrices:
well-conditioned, ill-conditioned and singular ones."""

import re
import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.datasets import load_breast_cancer, load_digits, load_iris, load_wine
from sklearn.decomposition import PCA as SklearnPCA

from gradiente.exceptions import NotFittedError
from gradiente.linalg import (
    PCA,
    ConvergenceError,
    IllConditionedWarning,
    NotSymmetricError,
    SingularMatrixError,
    angle,
    cond,
    det,
    eig,
    householder_qr,
    inv,
    lu_factor,
    lu_solve,
    norm,
    power_iteration,
    project,
    rank,
    row_echelon,
    singular_values,
    solve,
)

EPS = np.finfo(float).eps


def matrix_with_condition(seed, n, log10_cond, m=None):
    """``U diag(s) V^T`` with singular values from 1 down to 10**-log10_cond."""
    rng = np.random.default_rng(seed)
    m = n if m is None else m
    U, _ = np.linalg.qr(rng.normal(size=(m, m)))
    V, _ = np.linalg.qr(rng.normal(size=(n, n)))
    k = min(m, n)
    s = np.logspace(0, -log10_cond, k) * rng.uniform(0.5, 2.0)
    return U[:, :k] @ np.diag(s) @ V[:, :k].T


def low_rank_matrix(seed, m, n, r, scale=1.0):
    rng = np.random.default_rng(seed)
    return scale * (rng.normal(size=(m, r)) @ rng.normal(size=(r, n)))


seeds = st.integers(0, 2**32 - 1)
sizes = st.integers(1, 40)


# --------------------------------------------------------------------------- solve


@given(seeds, sizes, st.floats(0, 8))
def test_solve_matches_numpy_on_well_conditioned_systems(seed, n, log10_cond):
    A = matrix_with_condition(seed, n, log10_cond)
    b = np.random.default_rng(seed + 1).normal(size=n)
    with warnings.catch_warnings():
        warnings.simplefilter("error", IllConditionedWarning)  # none expected here
        x = solve(A, b)
    expected = np.linalg.solve(A, b)
    tolerance = 100 * n * EPS * 10**log10_cond
    assert np.linalg.norm(x - expected) <= tolerance * np.linalg.norm(expected)
    assert np.linalg.norm(A @ x - b) <= 10 * max(np.linalg.norm(A @ expected - b), n * EPS * np.linalg.norm(b))


@given(seeds, st.integers(2, 40), st.integers(1, 4))
def test_solve_with_several_right_hand_sides(seed, n, k):
    A = matrix_with_condition(seed, n, 2)
    B = np.random.default_rng(seed).normal(size=(n, k))
    np.testing.assert_allclose(solve(A, B), np.linalg.solve(A, B), rtol=1e-9, atol=1e-10)


@settings(max_examples=30)
@given(seeds, st.integers(4, 40), st.floats(12.5, 14.5))
def test_ill_conditioned_solve_warns_and_has_numpys_residual(seed, n, log10_cond):
    A = matrix_with_condition(seed, n, log10_cond)
    b = np.random.default_rng(seed + 1).normal(size=n)
    with pytest.warns(IllConditionedWarning, match="ill-conditioned"):
        x = solve(A, b)
    expected = np.linalg.solve(A, b)
    # the solutions may differ in many digits, but both nearly satisfy the equations
    scale = np.linalg.norm(A, 2) * np.linalg.norm(expected) + np.linalg.norm(b)
    assert np.linalg.norm(A @ x - b) <= 1e3 * n * EPS * scale


@settings(max_examples=40)
@given(seeds, st.integers(2, 30), st.data())
def test_singular_systems_raise_with_the_rank_and_a_way_out(seed, n, data):
    r = data.draw(st.integers(1, n - 1))
    A = np.round(low_rank_matrix(seed, n, n, r) * 4)  # integer entries: exactly singular
    numpy_rank = np.linalg.matrix_rank(A)
    if numpy_rank == n:
        return  # rounding made it regular (rare)
    with pytest.raises(SingularMatrixError) as error:
        solve(A, np.ones(n))
    message = str(error.value)
    assert f"rank is {numpy_rank}, not {n}" in message
    assert "classify=True" in message and "lstsq" in message
    with pytest.raises(np.linalg.LinAlgError):  # catchable as NumPy's error too
        inv(A)


def test_singular_message_names_the_dependent_rows():
    A = [[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 0.0, 1.0]]
    with pytest.raises(SingularMatrixError, match=r"row 1 = \(1/2\)\*row 2"):
        solve(A, [1.0, 2.0, 3.0])
    A = [[1.0, 0.0, 1.0], [0.0, 1.0, 1.0], [1.0, 1.0, 2.0]]
    with pytest.raises(SingularMatrixError, match=r"row 3 = row 1 \+ row 2|row \d = .*row"):
        solve(A, [1.0, 2.0, 3.0])


@given(seeds, st.integers(1, 12), st.integers(1, 12), st.data())
def test_classify_one_none_or_infinitely_many(seed, m, n, data):
    r = data.draw(st.integers(1, min(m, n)))
    A = np.round(low_rank_matrix(seed, m, n, r) * 3)
    true_rank = np.linalg.matrix_rank(A)
    rng = np.random.default_rng(seed)
    b = A @ rng.integers(-3, 4, size=n).astype(float)  # consistent by construction
    result = solve(A, b, classify=True)
    assert result.rank == true_rank
    assert result.kind == ("one" if true_rank == n else "infinite")
    np.testing.assert_allclose(A @ result.x, b, atol=1e-8 * (1 + np.abs(b).max()))
    assert result.null_space.shape == (n, n - true_rank)
    np.testing.assert_allclose(A @ result.null_space, 0.0, atol=1e-8 * (1 + np.abs(A).max()))
    if n - true_rank:  # the null-space vectors are independent
        assert np.linalg.matrix_rank(result.null_space) == n - true_rank
    if true_rank < m:  # push b out of the column space: no solution
        left_null = np.linalg.svd(A)[0][:, true_rank:]
        inconsistent = b + 5.0 * left_null[:, 0]
        assert solve(A, inconsistent, classify=True).kind == "none"


def test_classify_textbook_examples():
    one = solve([[2.0, 1.0, -1.0], [-3.0, -1.0, 2.0], [-2.0, 1.0, 2.0]], [8.0, -11.0, -3.0], classify=True)
    assert one.kind == "one"
    np.testing.assert_allclose(one.x, [2.0, 3.0, -1.0])
    none = solve([[1.0, 1.0], [1.0, 1.0]], [1.0, 2.0], classify=True)
    assert none.kind == "none" and none.x is None
    many = solve([[1.0, 1.0], [2.0, 2.0]], [1.0, 2.0], classify=True)
    assert many.kind == "infinite"
    np.testing.assert_allclose(many.null_space.ravel() / many.null_space[0, 0], [1.0, -1.0])


# --------------------------------------------------------------------------- row echelon


def replay(operations, M):
    """Apply the row operations, as written for the learner, to M."""
    M = np.array(M, dtype=float)

    def number(text):
        text = text.strip("()")
        if "/" in text:
            top, bottom = text.split("/")
            return float(top) / float(bottom)
        return float(text)

    for operation in operations:
        if swap := re.fullmatch(r"R(\d+) <-> R(\d+)", operation):
            i, j = int(swap[1]) - 1, int(swap[2]) - 1
            M[[i, j]] = M[[j, i]]
        elif scale := re.fullmatch(r"R(\d+) <- R\1 / (\S+)", operation):
            M[int(scale[1]) - 1] /= number(scale[2])
        elif add := re.fullmatch(r"R(\d+) <- R\1 ([+-]) (?:(\S+)\*)?R(\d+)", operation):
            factor = number(add[3]) if add[3] else 1.0
            sign = 1.0 if add[2] == "+" else -1.0
            M[int(add[1]) - 1] += sign * factor * M[int(add[4]) - 1]
        else:
            raise AssertionError(f"unreadable step {operation!r}")
    return M


def assert_echelon(R, reduced, tol=1e-9):
    leading = []
    for row in R:
        nonzero = np.flatnonzero(np.abs(row) > tol)
        leading.append(nonzero[0] if nonzero.size else np.inf)
    finite = [c for c in leading if c != np.inf]
    assert finite == sorted(finite) and len(set(finite)) == len(finite)
    assert all(c == np.inf for c in leading[len(finite) :])  # zero rows at the bottom
    if reduced:
        for i, c in enumerate(finite):
            assert R[i, c] == pytest.approx(1.0)
            column = np.delete(R[:, c], i)
            np.testing.assert_allclose(column, 0.0, atol=tol)


@given(seeds, st.integers(1, 8), st.integers(1, 8), st.booleans(), st.data())
def test_row_echelon_steps_replay_to_the_result(seed, m, n, reduced, data):
    r = data.draw(st.integers(1, min(m, n)))
    A = np.round(low_rank_matrix(seed, m, n, r) * 2)
    R, operations = row_echelon(A, reduced=reduced, steps=True)
    assert_echelon(R, reduced)
    # the steps print multipliers as fractions or to 6 significant digits, for people
    np.testing.assert_allclose(replay(operations, A), R, atol=1e-4 * (1 + np.abs(A).max()))
    assert np.sum(np.abs(R).max(axis=1) > 1e-9) == np.linalg.matrix_rank(A)
    np.testing.assert_array_equal(row_echelon(A, reduced=reduced), R)


def test_row_echelon_of_an_augmented_matrix():
    R = row_echelon([[1.0, 2.0], [3.0, 4.0]], b=[5.0, 6.0], reduced=True)
    np.testing.assert_allclose(R, [[1.0, 0.0, -4.0], [0.0, 1.0, 4.5]])


# --------------------------------------------------------------------------- det, inv, rank


@given(seeds, sizes, st.floats(0, 10))
def test_det_matches_numpy(seed, n, log10_cond):
    A = matrix_with_condition(seed, n, log10_cond)
    assert det(A) == pytest.approx(np.linalg.det(A), rel=1e-10 * n)


def test_det_of_singular_and_integer_matrices():
    assert det([[1.0, 2.0], [2.0, 4.0]]) == 0.0
    assert det(np.eye(5) * 2) == 32.0
    P = np.eye(4)[[1, 0, 3, 2]]  # two swaps
    assert det(P) == 1.0 and det(np.eye(3)[[1, 0, 2]]) == -1.0


@given(seeds, sizes, st.floats(0, 8))
def test_inv_matches_numpy(seed, n, log10_cond):
    A = matrix_with_condition(seed, n, log10_cond)
    inverse = inv(A)
    expected = np.linalg.inv(A)
    assert np.abs(inverse - expected).max() <= 1e3 * n * EPS * 10**log10_cond * np.abs(expected).max()
    np.testing.assert_allclose(A @ inverse, np.eye(n), atol=1e3 * n * EPS * 10**log10_cond)


@given(seeds, st.integers(1, 30), st.integers(1, 30), st.data(), st.sampled_from([1e-8, 1.0, 1e8]))
def test_rank_matches_numpy_matrix_rank(seed, m, n, data, scale):
    r = data.draw(st.integers(1, min(m, n)))
    A = low_rank_matrix(seed, m, n, r, scale)
    assert rank(A) == np.linalg.matrix_rank(A) == r


def test_rank_tolerance_decides_what_counts_as_zero():
    A = np.diag([1.0, 1e-6, 1e-13])
    assert rank(A) == 3 and rank(A, tol=1e-9) == 2 and rank(A, tol=1e-3) == 1


@pytest.mark.parametrize("n, block_size", [(1, 64), (7, 3), (64, 64), (130, 64), (200, 17)])
def test_blocked_lu_reconstructs_the_permuted_matrix(n, block_size):
    A = np.random.default_rng(n).normal(size=(n, n))
    factors = lu_factor(A, block_size=block_size)
    np.testing.assert_allclose(factors.L @ factors.U, A[factors.permutation], atol=1e-12 * n)
    assert np.all(np.abs(np.tril(factors.LU, -1)) <= 1.0 + 1e-15)  # partial pivoting
    b = np.arange(n, dtype=float)
    np.testing.assert_allclose(factors.solve(b), np.linalg.solve(A, b), rtol=1e-8, atol=1e-9)
    np.testing.assert_allclose(factors.solve(b, transpose=True), np.linalg.solve(A.T, b), rtol=1e-8, atol=1e-9)


# --------------------------------------------------------------------------- vectors, norms


@given(seeds, st.integers(1, 30), st.sampled_from([None, 1, 2, 3, 0.5, np.inf, -np.inf, 0]))
def test_vector_norms_match_numpy(seed, n, order):
    x = np.random.default_rng(seed).normal(size=n)
    assert norm(x, order) == pytest.approx(np.linalg.norm(x, order), rel=1e-12)


@given(
    seeds, st.integers(1, 12), st.integers(1, 12), st.sampled_from([None, "fro", "nuc", 1, -1, 2, -2, np.inf, -np.inf])
)
def test_matrix_norms_match_numpy(seed, m, n, order):
    A = np.random.default_rng(seed).normal(size=(m, n))
    assert norm(A, order) == pytest.approx(np.linalg.norm(A, order), rel=1e-10)


@given(seeds, st.integers(1, 25), st.integers(1, 25), st.floats(0, 12))
def test_singular_values_match_numpy_even_when_tiny(seed, m, n, log10_cond):
    A = matrix_with_condition(seed, n, log10_cond, m=m)
    expected = np.linalg.svd(A, compute_uv=False)
    # one-sided Jacobi: every singular value to high *relative* accuracy
    np.testing.assert_allclose(singular_values(A), expected, rtol=1e-9 * 10 ** (log10_cond / 2), atol=0)


@given(seeds, st.integers(2, 20), st.floats(0, 12), st.sampled_from([None, 2, -2, 1, -1, np.inf, -np.inf, "fro"]))
def test_cond_matches_numpy(seed, n, log10_cond, order):
    A = matrix_with_condition(seed, n, log10_cond)
    # the matrix itself carries rounding errors of size eps, which move the smallest
    # singular value by ~eps: any two correct methods agree to about n eps cond
    tolerance = 1e-9 + 1e-13 * n * 10**log10_cond
    assert cond(A, order) == pytest.approx(np.linalg.cond(A, order), rel=tolerance)


def test_cond_of_a_singular_matrix_is_infinite():
    assert cond([[1.0, 2.0], [2.0, 4.0]], 1) == np.inf
    assert cond([[1.0, 0.0], [0.0, 0.0]]) == np.inf


@given(seeds, st.integers(1, 10))
def test_projection_is_orthogonal(seed, n):
    rng = np.random.default_rng(seed)
    u, v = rng.normal(size=n), rng.normal(size=n)
    p = project(u, onto=v)
    assert abs((u - p) @ v) <= 1e-12 * np.linalg.norm(u) * np.linalg.norm(v)
    np.testing.assert_allclose(
        np.cross(p, v) if n == 3 else p / np.linalg.norm(p) * np.sign(p @ v),
        v / np.linalg.norm(v) if n != 3 else 0.0,
        atol=1e-10,
    )


@given(seeds, st.integers(2, 10), st.data())
def test_projection_onto_columns_is_the_least_squares_fit(seed, n, data):
    k = data.draw(st.integers(1, n - 1))
    rng = np.random.default_rng(seed)
    V, u = rng.normal(size=(n, k)), rng.normal(size=n)
    coefficients = np.linalg.lstsq(V, u, rcond=None)[0]
    np.testing.assert_allclose(project(u, onto=V), V @ coefficients, atol=1e-10)


@given(seeds, st.integers(2, 10))
def test_angle_matches_arccos(seed, n):
    rng = np.random.default_rng(seed)
    u, v = rng.normal(size=n), rng.normal(size=n)
    expected = np.arccos(u @ v / np.linalg.norm(u) / np.linalg.norm(v))
    assert angle(u, v) == pytest.approx(expected, rel=1e-10)
    assert angle(u, 3 * u) <= 1e-15
    assert angle(u, -2 * u) == pytest.approx(np.pi, rel=1e-15)


def test_angle_is_accurate_for_nearly_parallel_vectors():
    u, v = np.array([1.0, 0.0]), np.array([1.0, 1e-10])
    assert angle(u, v) == pytest.approx(1e-10, rel=1e-9)  # arccos would give 0
    assert angle([1.0, 0.0], [0.0, 2.0], degrees=True) == pytest.approx(90.0)


# --------------------------------------------------------------------------- eig, PCA


def assert_same_eigenvectors(vectors, expected, values):
    # columns match up to sign (NumPy's signs are arbitrary too)
    overlap = np.abs(np.sum(vectors * expected, axis=0))
    gaps = np.minimum(np.diff(values, prepend=-np.inf), np.diff(values, append=np.inf))
    distinct = gaps > 1e-6 * max(1.0, np.abs(values).max())
    np.testing.assert_allclose(overlap[distinct], 1.0, atol=1e-8)


@settings(max_examples=40)
@given(seeds, st.integers(1, 25), st.sampled_from([1e-3, 1.0, 1e3]))
def test_qr_algorithm_matches_eigh(seed, n, scale):
    rng = np.random.default_rng(seed)
    A = rng.normal(size=(n, n)) * scale
    A = A + A.T
    values, vectors = eig(A)
    expected_values, expected_vectors = np.linalg.eigh(A)
    np.testing.assert_allclose(values, expected_values, atol=1e-12 * np.abs(A).max() * n)
    np.testing.assert_allclose(vectors.T @ vectors, np.eye(n), atol=1e-12 * n)
    np.testing.assert_allclose(A @ vectors, vectors * values, atol=1e-11 * np.abs(A).max() * n)
    assert_same_eigenvectors(vectors, expected_vectors, expected_values)


def test_qr_algorithm_with_repeated_and_zero_eigenvalues():
    Q, _ = np.linalg.qr(np.random.default_rng(0).normal(size=(6, 6)))
    A = Q @ np.diag([0.0, 0.0, 2.0, 2.0, 2.0, -1.0]) @ Q.T
    values, vectors = eig(A)
    np.testing.assert_allclose(values, [-1.0, 0.0, 0.0, 2.0, 2.0, 2.0], atol=1e-12)
    np.testing.assert_allclose(A @ vectors, vectors * values, atol=1e-12)
    np.testing.assert_allclose(vectors.T @ vectors, np.eye(6), atol=1e-12)


@settings(max_examples=25)
@given(seeds, st.integers(1, 10))
def test_power_iteration_with_deflation_matches_eigh(seed, n):
    rng = np.random.default_rng(seed)
    Q, _ = np.linalg.qr(rng.normal(size=(n, n)))
    # distinct magnitudes (a ratio of at least 1.5 between neighbours), random signs
    magnitudes = 1.5 ** np.arange(n) * rng.uniform(1, 1.2)
    true_values = magnitudes * rng.choice([-1.0, 1.0], size=n)
    A = Q @ np.diag(true_values) @ Q.T
    values, vectors = eig(A, method="power", rng=seed)
    expected_values, expected_vectors = np.linalg.eigh(A)
    np.testing.assert_allclose(values, expected_values, rtol=1e-9, atol=1e-9)
    assert_same_eigenvectors(vectors, expected_vectors, expected_values)


def test_power_iteration_explains_when_two_eigenvalues_tie():
    with pytest.raises(ConvergenceError, match="nearly\\) equal in size"):
        power_iteration([[1.0, 0.0], [0.0, -1.0]], max_iter=200, rng=0)


def test_householder_qr():
    A = np.random.default_rng(1).normal(size=(7, 4))
    Q, R = householder_qr(A)
    np.testing.assert_allclose(Q @ R, A, atol=1e-13)
    np.testing.assert_allclose(Q.T @ Q, np.eye(7), atol=1e-13)
    assert np.all(np.tril(R, -1) == 0.0)


@pytest.mark.parametrize(
    "load, n_components", [(load_iris, 2), (load_wine, 5), (load_digits, 10), (load_breast_cancer, 3)]
)
def test_pca_matches_scikit_learn_on_real_data(load, n_components):
    X = load().data
    ours = PCA(n_components).fit(X)
    reference = SklearnPCA(n_components).fit(X)
    np.testing.assert_allclose(ours.mean_, reference.mean_, rtol=1e-12)
    np.testing.assert_allclose(ours.explained_variance_, reference.explained_variance_, rtol=1e-9)
    np.testing.assert_allclose(ours.explained_variance_ratio_, reference.explained_variance_ratio_, rtol=1e-9)
    np.testing.assert_allclose(ours.components_, reference.components_, atol=1e-8)
    Z = ours.transform(X)
    np.testing.assert_allclose(Z, reference.transform(X), atol=1e-6 * np.abs(X).max())
    np.testing.assert_allclose(ours.inverse_transform(Z), reference.inverse_transform(Z), atol=1e-6 * np.abs(X).max())


def test_pca_with_all_components_reconstructs_exactly():
    X = load_iris().data
    pca = PCA().fit(X)
    np.testing.assert_allclose(pca.inverse_transform(pca.transform(X)), X, atol=1e-12)
    assert pca.explained_variance_ratio_.sum() == pytest.approx(1.0)


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    "call, error, message",
    [
        (lambda: det([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]), ValueError, r"square matrix.*\(2, 3\)"),
        (lambda: inv([[1.0, 2.0]]), ValueError, "square matrix"),
        (lambda: eig(np.ones((2, 3))), ValueError, "square matrix"),
        (lambda: eig([[1.0, 2.0], [0.0, 1.0]]), NotSymmetricError, r"A\[0, 1\] = 2.0"),
        (lambda: eig([[1.0, 2.0], [2.0, 1.0]], method="jacobi"), ValueError, "'qr' or 'power'"),
        (lambda: solve([[1.0, np.nan], [0.0, 1.0]], [1.0, 2.0]), ValueError, "finite"),
        (lambda: solve(np.ones((2, 3)), [1.0, 2.0]), ValueError, "classify=True"),
        (lambda: solve(np.eye(3), [1.0, 2.0]), ValueError, r"b must have 3 rows"),
        (lambda: det([1.0, 2.0]), ValueError, r"2-D matrix"),
        (lambda: inv([[0.0, 0.0], [0.0, 0.0]]), SingularMatrixError, "rank is 0"),
        (lambda: project([1.0, 2.0], onto=[0.0, 0.0]), ValueError, "zero vector"),
        (lambda: angle([1.0, 2.0], [1.0, 2.0, 3.0]), ValueError, "same length"),
        (lambda: norm(np.ones((2, 2)), "max"), ValueError, "not a matrix norm"),
        (lambda: PCA(5).fit(np.ones((3, 2))), ValueError, "n_components"),
        (lambda: PCA(1).transform(np.ones((3, 2))), NotFittedError, r"not fitted yet; call PCA.fit\(X\)"),
        (lambda: rank("abc"), TypeError, "array of numbers"),
    ],
)
def test_bad_input_gets_a_clear_error(call, error, message):
    with pytest.raises(error, match=message):
        call()


def test_pca_by_power_iteration_agrees_with_the_qr_algorithm():
    X = load_wine().data
    by_qr = PCA(4).fit(X)
    by_power = PCA(4, method="power").fit(X)
    np.testing.assert_allclose(by_power.explained_variance_, by_qr.explained_variance_, rtol=1e-8)
    np.testing.assert_allclose(by_power.components_, by_qr.components_, atol=1e-6)


def test_hilbert_matrices_warn_before_they_become_singular():
    def hilbert(n):
        return 1.0 / (np.arange(n)[:, None] + np.arange(n) + 1.0)

    with warnings.catch_warnings():
        warnings.simplefilter("error", IllConditionedWarning)
        solve(hilbert(6), np.ones(6))  # cond ~ 1e7: fine, no warning
    with pytest.warns(IllConditionedWarning, match="lost about 1[0-5] of its 16"):
        x = solve(hilbert(11), np.ones(11))  # cond ~ 1e14
    assert np.linalg.norm(hilbert(11) @ x - 1.0) < 1e-6
    with pytest.warns(IllConditionedWarning):
        inv(hilbert(11))
    with pytest.raises(SingularMatrixError, match="singular to working precision"):
        solve(hilbert(14), np.ones(14))  # cond ~ 1e19 > 1/eps


def test_rank_and_singular_messages_on_large_matrices_are_quick_and_right():
    rng = np.random.default_rng(0)
    A = rng.normal(size=(200, 80)) @ rng.normal(size=(80, 200))
    assert rank(A) == np.linalg.matrix_rank(A) == 80
    with pytest.raises(SingularMatrixError, match="rank is 80, not 200"):
        solve(A, np.ones(200))


def test_qr_algorithm_on_a_larger_matrix_and_on_an_already_diagonal_one():
    A = np.random.default_rng(5).normal(size=(120, 120))
    A = A + A.T
    values, vectors = eig(A)
    np.testing.assert_allclose(values, np.linalg.eigvalsh(A), atol=1e-11 * np.abs(A).max())
    np.testing.assert_allclose(A @ vectors, vectors * values, atol=1e-10)
    values, vectors = eig(np.diag([3.0, -1.0, 2.0]))
    np.testing.assert_array_equal(values, [-1.0, 2.0, 3.0])
    np.testing.assert_array_equal(np.abs(vectors), np.eye(3)[:, [1, 2, 0]])


def test_lu_solve_reuses_one_factorisation_for_many_right_hand_sides():
    # Against numpy.linalg.solve: one factorisation, a vector and a block of right-hand sides.
    rng = np.random.default_rng(7)
    A = rng.standard_normal((150, 150)) + 150 * np.eye(150) * 0.1
    factorization = lu_factor(A, block_size=32)
    b = rng.standard_normal(150)
    B = rng.standard_normal((150, 5))
    np.testing.assert_allclose(lu_solve(factorization, b), np.linalg.solve(A, b), rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(lu_solve(factorization, B), np.linalg.solve(A, B), rtol=1e-10, atol=1e-12)
