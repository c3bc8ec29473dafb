"""Benchmark: gradiente.stats against scipy.stats, timed in the same run.

    python bench/bench_stats.py              # about 20 seconds on a quiet machine
    python bench/bench_stats.py --repeats 15

1. ``ttest_ind`` on two samples of 10**6 (Student and Welch) against
   ``scipy.stats.ttest_ind``. Goal (issue 5): at most 1x SciPy's time.
2. For context: a normal CDF and a Student-t survival function on 10**5 points.

The runs are interleaved (``--repeats`` of each) so that noise from other processes hits
both alike; the time reported is each one's fastest repeat (noise only ever adds time).
The script also checks that statistic and p-value agree to 1e-10 relative. Compare
ratios from one run only: absolute times on a shared machine mean little.
"""

from __future__ import annotations

import argparse

import numpy as np
import scipy.stats as ss
from timing import fastest

from gradiente import stats


def relative(a, b):
    return abs(a - b) / abs(b) if b else abs(a - b)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=9)
    parser.add_argument("--n", type=int, default=10**6)
    arguments = parser.parse_args()
    rng = np.random.default_rng(0)
    x = rng.normal(0.0, 1.0, arguments.n)
    y = rng.normal(0.002, 1.3, arguments.n)

    print(f"ttest_ind on two samples of {arguments.n:,} (fastest of {arguments.repeats}, interleaved)")
    goal_met = True
    for equal_var in (True, False):
        ours = stats.ttest_ind(x, y, equal_var=equal_var)
        reference = ss.ttest_ind(x, y, equal_var=equal_var)
        agree = (
            relative(ours.statistic, reference.statistic) < 1e-10 and relative(ours.pvalue, reference.pvalue) < 1e-10
        )
        ours_time, scipy_time = fastest(
            [lambda: stats.ttest_ind(x, y, equal_var=equal_var), lambda: ss.ttest_ind(x, y, equal_var=equal_var)],
            arguments.repeats,
        )
        ratio = ours_time / scipy_time
        goal_met &= ratio <= 1.0
        name = "Student" if equal_var else "Welch  "
        print(
            f"  {name}: gradiente {ours_time * 1e3:7.2f} ms   scipy {scipy_time * 1e3:7.2f} ms"
            f"   ratio {ratio:4.2f}x (goal <= 1x)   t = {ours.statistic:.6f}, "
            f"p = {ours.pvalue:.6g}, agree to 1e-10: {agree}"
        )

    print("\nfor context, on 10**5 points:")
    points = rng.normal(0.0, 3.0, 10**5)
    for name, ours_call, scipy_call in [
        ("Normal(0, 1).cdf", lambda: stats.Normal(0, 1).cdf(points), lambda: ss.norm.cdf(points)),
        ("StudentT(7.5).sf", lambda: stats.StudentT(7.5).sf(points), lambda: ss.t(7.5).sf(points)),
    ]:
        ours_time, scipy_time = fastest([ours_call, scipy_call], max(3, arguments.repeats // 3))
        print(
            f"  {name:18s} gradiente {ours_time * 1e3:7.2f} ms   scipy {scipy_time * 1e3:7.2f} ms"
            f"   ratio {ours_time / scipy_time:5.1f}x"
        )
    print(f"\nttest_ind goal (<= 1x scipy) met: {goal_met}")


if __name__ == "__main__":
    main()
