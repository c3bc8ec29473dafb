"""The fast paths of the incomplete beta and its inverse give the same digits as the general one.

One distribution at many points runs with float shapes, in blocks of ``special._BLOCK``, and
the inverse starts from Abramowitz & Stegun 26.5.22; each is checked against SciPy, against
the per-point (array-shape) path, and across block boundaries.
"""

import numpy as np
import scipy.special as sc

from gradiente.stats import Beta, F, special

RNG = np.random.default_rng(7)


def test_shared_shapes_across_blocks_match_scipy_and_the_array_path():
    x = RNG.random(2 * special._BLOCK + 123)  # three blocks, the last one short
    x[[0, special._BLOCK, -1]] = [0.0, 1.0, 0.5]
    for a, b in [(2.5, 3.5), (0.3, 0.7), (40.0, 25.0)]:
        lower, upper = special._betainc_pair(a, b, x, 1.0 - x)
        per_point = special._betainc_pair(np.full_like(x, a), np.full_like(x, b), x, 1.0 - x)
        np.testing.assert_allclose(lower, sc.betainc(a, b, x), rtol=1e-12, atol=1e-300)
        np.testing.assert_allclose(upper, sc.betaincc(a, b, x), rtol=1e-10, atol=1e-300)
        np.testing.assert_allclose(lower, per_point[0], rtol=1e-13, atol=1e-300)
        np.testing.assert_allclose(upper, per_point[1], rtol=1e-13, atol=1e-300)


def test_mirrored_shapes_are_turned_round_and_mixed_shapes_take_the_array_path():
    x = RNG.random(1000)
    a = np.where(x < 0.5, 2.0, 5.0)  # (2, 5) at some points, (5, 2) at the others
    b = np.where(x < 0.5, 5.0, 2.0)
    assert special._shared_shapes(a, b)[2].sum() == np.count_nonzero(x >= 0.5)
    np.testing.assert_allclose(special.betainc(a, b, x), sc.betainc(a, b, x), rtol=1e-12)
    mixed = RNG.uniform(0.5, 9.0, 1000)
    assert special._shared_shapes(mixed, b) is None
    np.testing.assert_allclose(special.betainc(mixed, b, x), sc.betainc(mixed, b, x), rtol=1e-12)


def test_nan_inside_a_block_stays_nan_and_leaves_the_others_alone():
    x = RNG.random(500)
    x[17] = np.nan
    lower, upper = special._betainc_pair(2.5, 3.5, x, 1.0 - x)
    assert np.isnan(lower[17]) and np.isnan(upper[17])
    keep = ~np.isnan(x)
    np.testing.assert_allclose(lower[keep], sc.betainc(2.5, 3.5, x[keep]), rtol=1e-12)


def test_the_normal_start_of_the_inverse_is_close_and_the_inverse_exact():
    # A&S 26.5.22 with the upper normal quantile: a few digits already (the sign of its
    # first term was once flipped, which put the start on the wrong side of the mean)
    q = RNG.random(2 * special._BLOCK + 5)
    for a, b in [(2.5, 3.5), (30.0, 40.0)]:
        np.testing.assert_allclose(Beta(a, b).ppf(q), sc.betaincinv(a, b, q), rtol=1e-12)
        np.testing.assert_allclose(F(2 * a, 2 * b).ppf(q), [float(v) for v in _f_ppf(2 * a, 2 * b, q)], rtol=1e-11)
    calls = []
    evaluate = special._betainc_with_prefix

    def counting(a, b, x, y):
        calls.append(np.size(x))
        return evaluate(a, b, x, y)

    special._betainc_with_prefix = counting
    try:
        Beta(30.0, 40.0).ppf(q[:1000])
    finally:
        special._betainc_with_prefix = evaluate
    assert sum(calls) <= 3.2 * 1000  # a start 1e-4 off: one Halley step, one to confirm


def _f_ppf(dfn, dfd, q):
    w = sc.betaincinv(dfn / 2, dfd / 2, q)
    return dfd / dfn * w / (1 - w)
