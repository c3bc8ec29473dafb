"""Fit-time ratios of gradiente.models against scikit-learn / NumPy, measured in one run.

Run:  python bench/bench_models.py            (about a minute)
      python bench/bench_models.py --repeats 9

Timings on a shared machine are noisy, so each case alternates ours and the reference
``repeats`` times and keeps the best (minimum) time of each; the ratio ours/reference is
what to read, with the goal from issue 4 next to it.
"""

from __future__ import annotations

import os

# NOTE: one BLAS thread, set before NumPy loads. libsvm is single-threaded, so this compares
# like with like; and on a machine whose cores are shared, OpenBLAS's spinning worker threads
# make small matrix products 10-20x slower (measured: a 569x30 Gram matrix took 6 ms with two
# threads under load against 0.5 ms with one). Override with OPENBLAS_NUM_THREADS=2 etc.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

import argparse  # noqa: E402
import warnings  # noqa: E402

import numpy as np  # noqa: E402
from timing import fastest  # noqa: E402


def report(name, ours, reference, goal, extra=""):
    ratio = ours / reference
    verdict = "ok" if ratio <= goal else "SLOWER THAN GOAL"
    print(
        f"{name:<44} ours {ours * 1e3:9.2f} ms  ref {reference * 1e3:9.2f} ms  "
        f"ratio {ratio:5.2f} (goal <= {goal:g})  {verdict}  {extra}"
    )
    return ratio


def bench_lstsq(args) -> None:
    from gradiente.models import LinearRegression

    rng = np.random.default_rng(0)
    X_big = rng.normal(size=(200_000, 100))
    y_big = X_big @ rng.normal(size=100) + 3.0 + rng.normal(size=200_000)
    X_big_with_ones = np.column_stack([X_big, np.ones(X_big.shape[0])])
    ours, reference = fastest(
        [
            lambda: LinearRegression(solver="lstsq").fit(X_big, y_big),
            lambda: np.linalg.lstsq(X_big_with_ones, y_big, rcond=None),
        ],
        max(3, args.repeats // 2),
    )
    report("LinearRegression lstsq, 200000 x 100 (+bias)", ours, reference, 1.2, "[ref: numpy.linalg.lstsq on [X, 1]]")
    ours, reference = fastest(
        [
            lambda: LinearRegression(solver="lstsq", fit_intercept=False).fit(X_big, y_big),
            lambda: np.linalg.lstsq(X_big, y_big, rcond=None),
        ],
        max(3, args.repeats // 2),
    )
    report("LinearRegression lstsq, no intercept", ours, reference, 1.2, "[ref: numpy.linalg.lstsq on X]")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--skip-mlp", action="store_true", help="skip the slow MLP comparison")
    args = parser.parse_args()

    from sklearn.datasets import load_breast_cancer, load_digits
    from sklearn.model_selection import train_test_split
    from sklearn.neural_network import MLPClassifier as SkMLP
    from sklearn.svm import SVC as SkSVC

    from gradiente.models import SVC, MLPClassifier
    from gradiente.preprocessing import StandardScaler

    print(
        f"numpy {np.__version__}; BLAS threads: {os.environ['OPENBLAS_NUM_THREADS']}; "
        f"best of {args.repeats} alternated runs per case\n"
    )

    X, y = load_breast_cancer(return_X_y=True)
    X = StandardScaler().fit_transform(X)
    for kernel, goal in (("rbf", 3), ("linear", 5)):
        ours, reference = fastest(
            [lambda: SVC(kernel=kernel).fit(X, y), lambda: SkSVC(kernel=kernel).fit(X, y)], args.repeats
        )
        n_iter = SVC(kernel=kernel).fit(X, y).n_iter_.sum()
        libsvm_iter = SkSVC(kernel=kernel).fit(X, y).n_iter_.sum()
        report(
            f"SVC {kernel}, breast cancer (569 x 30), C=1",
            ours,
            reference,
            goal,
            f"[SMO iterations: ours {n_iter}, libsvm {libsvm_iter}]",
        )

    X_digits, y_digits = load_digits(return_X_y=True)
    ours, reference = fastest(
        [lambda: SVC().fit(X_digits, y_digits), lambda: SkSVC().fit(X_digits, y_digits)], max(3, args.repeats // 2)
    )
    report("SVC rbf, digits (1797 x 64, 45 pairs)", ours, reference, 5)

    bench_lstsq(args)  # in a function of its own, so its 160 MB go before the MLP runs

    if not args.skip_mlp:
        X_train, X_test, y_train, y_test = train_test_split(
            X_digits, y_digits, test_size=0.25, stratify=y_digits, random_state=0
        )
        scaler = StandardScaler().fit(X_train)
        X_train, X_test = scaler.transform(X_train), scaler.transform(X_test)
        epochs = 100
        # Matching settings: one hidden layer of 100 relu units, Adam lr=1e-3, batches of 200,
        # alpha=1e-4, exactly `epochs` passes (scikit-learn's early stopping switched off).
        ours_model = MLPClassifier((100,), epochs=epochs, random_state=0)
        sk_model = SkMLP((100,), max_iter=epochs, tol=0.0, n_iter_no_change=10**9, random_state=0)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # sklearn's ConvergenceWarning at max_iter
            ours, reference = fastest(
                [lambda: ours_model.fit(X_train, y_train), lambda: sk_model.fit(X_train, y_train)], 3
            )
        report(
            f"MLPClassifier digits, (100,), adam, {epochs} epochs",
            ours,
            reference,
            1.0,
            f"[test accuracy: ours {ours_model.score(X_test, y_test):.4f}, "
            f"sklearn {sk_model.score(X_test, y_test):.4f}]",
        )


if __name__ == "__main__":
    main()
