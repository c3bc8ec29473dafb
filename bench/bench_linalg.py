"""Benchmark: gradiente.linalg.solve (blocked LU) against numpy.linalg.solve (LAPACK gesv).

    python bench/bench_linalg.py              # about 15 seconds on a quiet machine
    python bench/bench_linalg.py --n 2000 --repeats 3

Solves a random 1000 x 1000 system (and a few smaller ones) with both, interleaved
(``--repeats`` of each) so that noise from other processes hits both alike; the time
reported is each one's fastest repeat. Both solves are checked by their relative
residuals ``|A x - b| / (|A| |x|)`` (they should be of the same order, around 1e-16 to
1e-15). Goal (issue 5): at most 10x NumPy's time at n = 1000. Compare ratios from one run
only: absolute times on a shared machine mean little.

Also times the pieces: the factorisation alone, and det/inv at n = 300.
"""

from __future__ import annotations

import argparse

import numpy as np
from timing import fastest

from gradiente import linalg


def relative_residual(A, x, b):
    return np.linalg.norm(A @ x - b) / (np.linalg.norm(A, 2) * np.linalg.norm(x))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=7)
    arguments = parser.parse_args()
    try:
        from threadpoolctl import threadpool_info

        threads = [info.get("num_threads") for info in threadpool_info() if info.get("user_api") == "blas"]
        print(f"BLAS threads: {threads}")
    except ImportError:  # pragma: no cover - threadpoolctl ships with scikit-learn
        pass
    rng = np.random.default_rng(0)
    goal_met = True
    for n in sorted({100, 300, arguments.n}):
        A = rng.normal(size=(n, n))
        b = rng.normal(size=n)
        ours_time, numpy_time, factor_time = fastest(
            [lambda: linalg.solve(A, b), lambda: np.linalg.solve(A, b), lambda: linalg.lu_factor(A)], arguments.repeats
        )
        ratio = ours_time / numpy_time
        ours_residual = relative_residual(A, linalg.solve(A, b), b)
        numpy_residual = relative_residual(A, np.linalg.solve(A, b), b)
        line = (
            f"solve n={n:5d}: gradiente {ours_time * 1e3:8.2f} ms   numpy "
            f"{numpy_time * 1e3:8.2f} ms   ratio {ratio:5.2f}x   residuals "
            f"{ours_residual:.1e} vs {numpy_residual:.1e}"
        )
        if n == arguments.n:
            goal_met = ratio <= 10 and ours_residual <= 10 * numpy_residual + 1e-15
            line += "   (goal <= 10x)"
        print(line)
        print(
            f"    of which the blocked LU factorisation: {factor_time * 1e3:.2f} ms (the rest: "
            "checks, the condition estimate, the triangular solves)"
        )
    A = rng.normal(size=(300, 300))
    for name, ours, reference in [
        ("det", linalg.det, np.linalg.det),
        ("inv (Gauss-Jordan)", linalg.inv, np.linalg.inv),
    ]:
        ours_time, numpy_time = fastest([lambda: ours(A), lambda: reference(A)], arguments.repeats)
        print(
            f"{name:18s} n=300: gradiente {ours_time * 1e3:7.2f} ms   numpy "
            f"{numpy_time * 1e3:7.2f} ms   ratio {ours_time / numpy_time:5.1f}x"
        )
    print(f"\nsolve goal (<= 10x numpy at n = {arguments.n}, same-order residuals) met: {goal_met}")


if __name__ == "__main__":
    main()
