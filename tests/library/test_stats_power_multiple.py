"""ANOVA, McNemar, multiple-testing corrections, power and sample size, entropy and KL.

statsmodels is not a test dependency here, so its conventions are checked against SciPy
where SciPy has the same function (f_oneway, false_discovery_control, binomtest, nct,
entropy) and against hand-computed and published values elsewhere.
"""

import importlib.util
import math

import numpy as np
import pytest
import scipy.stats as ss
from hypothesis import given, settings
from hypothesis import strategies as st

from gradiente.datasets import load_breast_cancer, load_iris
from gradiente.stats import (
    SampleSizeError,
    cohens_d,
    entropy,
    f_oneway,
    kl_divergence,
    mcnemar,
    multipletests,
    power_ttest,
    proportions_sample_size,
    ttest_ind,
    ttest_sample_size,
)
from gradiente.stats.power import _noncentral_t_cdf

HAVE_STATSMODELS = importlib.util.find_spec("statsmodels") is not None


# --- one-way ANOVA ---------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(2, 6), st.floats(0, 3))
def test_f_oneway_matches_scipy(seed, k, spread):
    rng = np.random.default_rng(seed)
    groups = [rng.normal(spread * i, 1.0, rng.integers(2, 40)) for i in range(k)]
    ours, reference = f_oneway(*groups), ss.f_oneway(*groups)
    assert ours.statistic == pytest.approx(reference.statistic, rel=1e-10)
    assert ours.pvalue == pytest.approx(reference.pvalue, rel=1e-9, abs=1e-300)
    n_total = sum(g.size for g in groups)
    assert ours.df == (k - 1, n_total - k)


def test_f_oneway_on_iris_is_a_far_tail_and_two_groups_give_t_squared():
    iris = load_iris()
    groups = [iris.data[iris.target == c, 2] for c in range(3)]  # petal length
    ours, reference = f_oneway(*groups), ss.f_oneway(*groups)
    assert reference.pvalue < 1e-90
    assert ours.statistic == pytest.approx(reference.statistic, rel=1e-10)
    assert ours.pvalue == pytest.approx(reference.pvalue, rel=1e-8)
    t = ttest_ind(groups[1], groups[2])
    two = f_oneway(groups[1], groups[2])
    assert two.statistic == pytest.approx(t.statistic**2, rel=1e-12)
    assert two.pvalue == pytest.approx(t.pvalue, rel=1e-10)


def test_f_oneway_errors_teach():
    with pytest.raises(SampleSizeError, match=r"at least 2 groups.*f_oneway\(\*"):
        f_oneway([1.0, 2.0])
    with pytest.raises(SampleSizeError, match="more observations than groups"):
        f_oneway([1.0], [2.0])
    with pytest.raises(ValueError, match="every group is constant"):
        f_oneway([1.0, 1.0], [2.0, 2.0])


# --- McNemar ---------------------------------------------------------------------------


def predictions(seed, n=300):
    rng = np.random.default_rng(seed)
    y_true = rng.integers(0, 2, n)
    pred_a = np.where(rng.random(n) < 0.85, y_true, 1 - y_true)
    pred_b = np.where(rng.random(n) < 0.78, y_true, 1 - y_true)
    return y_true, pred_a, pred_b


@pytest.mark.parametrize("seed", range(5))
def test_mcnemar_counts_only_the_disagreements(seed):
    y_true, pred_a, pred_b = predictions(seed)
    b = np.sum((pred_a == y_true) & (pred_b != y_true))
    c = np.sum((pred_a != y_true) & (pred_b == y_true))
    corrected = mcnemar(y_true, pred_a, pred_b)
    assert corrected.statistic == pytest.approx((abs(b - c) - 1) ** 2 / (b + c), rel=1e-14)
    assert corrected.pvalue == pytest.approx(ss.chi2(1).sf((abs(b - c) - 1) ** 2 / (b + c)), rel=1e-10)
    plain = mcnemar(y_true, pred_a, pred_b, correction=False)
    assert plain.statistic == pytest.approx((b - c) ** 2 / (b + c), rel=1e-14)
    exact = mcnemar(y_true, pred_a, pred_b, exact=True)
    assert exact.statistic == min(b, c)
    assert exact.pvalue == pytest.approx(ss.binomtest(int(b), int(b + c), 0.5).pvalue, rel=1e-10)
    # the same as a 2 x 2 table
    table = [[np.sum((pred_a == y_true) & (pred_b == y_true)), b], [c, np.sum((pred_a != y_true) & (pred_b != y_true))]]
    assert mcnemar(table).pvalue == corrected.pvalue


def test_mcnemar_hand_table_and_small_exact():
    # b = 1, c = 6: the exact two-sided p is 2 P(X <= 1), X ~ Binomial(7, 1/2) = 2 * 8/128
    result = mcnemar([[20, 1], [6, 3]], exact=True)
    assert result.statistic == 1 and result.pvalue == pytest.approx(16 / 128, rel=1e-13)
    assert mcnemar([[20, 0], [0, 3]], exact=True).pvalue == 1.0
    with pytest.raises(ValueError, match=r"never disagree.*exact=True"):
        mcnemar([[20, 0], [0, 3]])
    with pytest.raises(ValueError, match="same length"):
        mcnemar([0, 1, 1], [0, 1], [1, 1])
    with pytest.raises(ValueError, match="2 x 2 table of counts"):
        mcnemar([[1, 2, 3], [4, 5, 6]])


# --- multiple testing ------------------------------------------------------------------


def test_multipletests_hand_cases_where_step_up_and_step_down_differ():
    p = np.array([0.01, 0.04, 0.03, 0.005])
    # BH: sorted 0.005 0.01 0.03 0.04 against 0.0125 0.025 0.0375 0.05: the last passes, so all are rejected
    reject, adjusted = multipletests(p, method="fdr_bh")
    assert reject.tolist() == [True, True, True, True]
    np.testing.assert_allclose(adjusted, [0.02, 0.04, 0.04, 0.02])
    # Holm: 0.005 <= 0.0125, 0.01 <= 0.0167, 0.03 > 0.025 stops it: 0.03 and 0.04 are kept
    reject, adjusted = multipletests(p, method="holm")
    assert reject.tolist() == [True, False, False, True]
    np.testing.assert_allclose(adjusted, [0.03, 0.06, 0.06, 0.02])
    reject, adjusted = multipletests(p, method="bonferroni")
    assert reject.tolist() == [True, False, False, True]
    np.testing.assert_allclose(adjusted, [0.04, 0.16, 0.12, 0.02])
    # step-up rejects one whose own p is above its line: 0.042 > 2 * 0.05 / 3, but 0.049 <= 0.05
    assert multipletests([0.042, 0.049, 0.001], method="fdr_bh").reject.tolist() == [True, True, True]
    assert multipletests([0.5, 0.9], method="holm").pvalues_adjusted.tolist() == [1.0, 1.0]  # capped at 1


@settings(max_examples=80, deadline=None)
@given(st.lists(st.floats(0, 1), min_size=1, max_size=50), st.floats(0.001, 0.5))
def test_multipletests_properties_and_scipy_bh(values, alpha):
    p = np.array(values)
    for method in ("bonferroni", "holm", "fdr_bh"):
        reject, adjusted = multipletests(p, alpha=alpha, method=method)
        assert np.all((adjusted >= p - 1e-15) & (adjusted <= 1.0))
        order = np.argsort(p, kind="stable")
        assert np.all(np.diff(adjusted[order]) >= -1e-15)  # monotone in the sorted order
        clear = np.abs(adjusted - alpha) > 1e-12 * alpha  # away from a rounding tie at the threshold
        np.testing.assert_array_equal(reject[clear], (adjusted <= alpha)[clear])
    np.testing.assert_allclose(multipletests(p, method="fdr_bh").pvalues_adjusted, ss.false_discovery_control(p))
    # power ordering: Bonferroni rejects a subset of Holm, Holm of BH
    bonferroni, holm, bh = (multipletests(p, alpha, m).reject for m in ("bonferroni", "holm", "fdr_bh"))
    assert np.all(holm[bonferroni]) and np.all(bh[holm])


def test_multipletests_on_breast_cancer_features_plus_noise():
    data = load_breast_cancer()
    X = np.hstack([data.data, np.random.default_rng(0).normal(size=(data.data.shape[0], 10))])
    malignant = data.target == 0
    p = np.array([ttest_ind(X[malignant, j], X[~malignant, j]).pvalue for j in range(X.shape[1])])
    reject, adjusted = multipletests(p, method="fdr_bh")
    np.testing.assert_allclose(adjusted, ss.false_discovery_control(p), rtol=1e-12)
    assert reject[:30].sum() >= 25 and reject[30:].sum() <= 1


@pytest.mark.skipif(not HAVE_STATSMODELS, reason="statsmodels is not installed")
def test_multipletests_matches_statsmodels():
    from statsmodels.stats.multitest import multipletests as reference

    p = np.random.default_rng(1).uniform(0, 0.2, 40)
    for method in ("bonferroni", "holm", "fdr_bh"):
        reject, adjusted, _, _ = reference(p, method=method)
        ours = multipletests(p, method=method)
        np.testing.assert_array_equal(ours.reject, reject)
        np.testing.assert_allclose(ours.pvalues_adjusted, adjusted, rtol=1e-13)


def test_multipletests_errors_teach():
    with pytest.raises(ValueError, match="not their statistics"):
        multipletests([0.01, 2.5])
    with pytest.raises(ValueError, match="method must be one of"):
        multipletests([0.01], method="BH")


# --- power and sample size -------------------------------------------------------------


def test_noncentral_t_matches_scipy_to_1e_12_absolute():
    worst = 0.0
    for df in (1.0, 3.0, 10.0, 30.0, 126.0, 1000.0):
        for nc in (-5.0, -1.0, -0.1, 0.0, 0.3, 1.0, 2.8, 5.0, 10.0):
            for t in (-10.0, -2.0, -0.5, 0.0, 0.5, 1.9, 2.0, 4.0, 10.0, 40.0):
                worst = max(worst, abs(_noncentral_t_cdf(t, df, nc) - ss.nct.cdf(t, df, nc)))
    assert worst < 1e-12


def scipy_power(effect_size, n, alpha, alternative, kind):
    df, nc = (
        (2 * n - 2, effect_size * math.sqrt(n / 2)) if kind == "two-sample" else (n - 1, effect_size * math.sqrt(n))
    )
    if alternative == "two-sided":
        critical = ss.t.ppf(1 - alpha / 2, df)
        # NB: SciPy's nct.cdf is NaN (not ~0) for the far tail of a large noncentrality
        return np.nansum([ss.nct.sf(critical, df, nc), ss.nct.cdf(-critical, df, nc)])
    critical = ss.t.ppf(1 - alpha, df)
    return ss.nct.sf(critical, df, nc) if alternative == "greater" else ss.nct.cdf(-critical, df, nc)


@settings(max_examples=25, deadline=None)
@given(
    st.floats(-2, 2),
    st.integers(2, 400),
    st.floats(0.001, 0.2),
    st.sampled_from(["two-sided", "greater", "less"]),
    st.sampled_from(["two-sample", "one-sample", "paired"]),
)
def test_power_matches_the_noncentral_t_of_scipy(effect_size, n, alpha, alternative, kind):
    ours = power_ttest(effect_size, n, alpha, alternative, kind=kind)
    assert ours == pytest.approx(scipy_power(effect_size, n, alpha, alternative, kind), abs=1e-12)


def test_power_published_values():
    # Cohen (1988) / G*Power: d = 0.5, 64 per group, two-sided alpha = 0.05 has power 0.80
    assert power_ttest(0.5, 64) == pytest.approx(0.8015, abs=5e-5)
    assert power_ttest(0.0, 30) == pytest.approx(0.05, rel=1e-10)  # no effect: power is the size alpha
    assert ttest_sample_size(0.5) == 64
    assert ttest_sample_size(0.8) == 26
    assert ttest_sample_size(0.2) == 394
    assert ttest_sample_size(0.5, kind="one-sample") == 34
    for d, kind in ((0.5, "two-sample"), (0.3, "paired"), (1.2, "one-sample")):
        n = ttest_sample_size(d, kind=kind)
        assert power_ttest(d, n, kind=kind) >= 0.8 > power_ttest(d, n - 1, kind=kind)


def test_proportions_sample_size_course_values():
    assert proportions_sample_size(0.10, 0.12) == 3839
    assert proportions_sample_size(0.30, 0.33) == 3760
    assert proportions_sample_size(0.50, 0.55) == 1562
    z = ss.norm.ppf(0.975) + ss.norm.ppf(0.8)
    assert proportions_sample_size(0.2, 0.3) == math.ceil(z**2 * (0.16 + 0.21) / 0.01)
    assert proportions_sample_size(0.10, 0.12, alternative="greater") < 3839  # one-sided needs fewer


def test_cohens_d_uses_the_pooled_standard_deviation():
    iris = load_iris()
    x, y = iris.data[iris.target == 1, 1], iris.data[iris.target == 2, 1]
    pooled = math.sqrt(((x.size - 1) * x.var(ddof=1) + (y.size - 1) * y.var(ddof=1)) / (x.size + y.size - 2))
    assert cohens_d(x, y) == pytest.approx((x.mean() - y.mean()) / pooled, rel=1e-13)
    # d sqrt(n_x n_y / (n_x + n_y)) is the pooled t statistic
    assert cohens_d(x, y) * math.sqrt(x.size * y.size / (x.size + y.size)) == pytest.approx(
        ttest_ind(x, y).statistic, rel=1e-12
    )


def test_power_errors_teach():
    with pytest.raises(ValueError, match="no difference to detect"):
        proportions_sample_size(0.1, 0.1)
    with pytest.raises(ValueError, match="effect_size is 0"):
        ttest_sample_size(0.0)
    with pytest.raises(ValueError, match="Flip the sign"):
        ttest_sample_size(-0.5, alternative="greater")
    with pytest.raises(ValueError, match="kind must be one of"):
        power_ttest(0.5, 10, kind="welch")
    with pytest.raises(ValueError, match="at least 2 samples"):
        power_ttest(0.5, 1)
    with pytest.raises(ValueError, match="pooled standard deviation is 0"):
        cohens_d([1.0, 1.0], [2.0, 2.0])


# --- entropy and KL --------------------------------------------------------------------

distributions = st.lists(st.floats(0, 10), min_size=1, max_size=20).filter(lambda v: sum(v) > 0)


@settings(max_examples=80, deadline=None)
@given(distributions, st.sampled_from([None, 2, 10, math.e]))
def test_entropy_and_kl_match_scipy(values, base):
    p = np.array(values)
    assert entropy(p, base=base) == pytest.approx(ss.entropy(p, base=base), rel=1e-12, abs=1e-15)
    q = np.roll(p, 1) + 0.5 * (np.arange(p.size) % 2)
    reference = ss.entropy(p, q, base=base)
    assert kl_divergence(p, q, base=base) == pytest.approx(reference, rel=1e-10, abs=1e-14)
    assert kl_divergence(p, p) == 0.0


def test_kl_conventions_and_cross_entropy():
    assert kl_divergence([0.5, 0.5, 0.0], [0.25, 0.75, 0.0]) == pytest.approx(
        0.5 * math.log(2) + 0.5 * math.log(2 / 3), rel=1e-14
    )  # 0 ln(0/0) = 0
    assert kl_divergence([0.5, 0.5], [1.0, 0.0]) == math.inf
    p, q = np.array([0.7, 0.2, 0.1]), np.array([0.4, 0.4, 0.2])
    cross_entropy = -np.sum(p * np.log(q))
    assert cross_entropy == pytest.approx(entropy(p) + kl_divergence(p, q), rel=1e-14)
    digits = np.bincount(np.random.default_rng(0).integers(0, 10, 1797), minlength=10)
    assert kl_divergence(digits, np.ones(10)) == pytest.approx(math.log(10) - entropy(digits), rel=1e-12)
    with pytest.raises(ValueError, match="sums to 0"):
        entropy([0.0, 0.0])
    with pytest.raises(ValueError, match=">= 0"):
        kl_divergence([0.5, -0.5], [0.5, 0.5])
    with pytest.raises(ValueError, match="same outcomes"):
        kl_divergence([0.5, 0.5], [1 / 3, 1 / 3, 1 / 3])
    with pytest.raises(ValueError, match="bits"):
        entropy([0.5, 0.5], base=1)
