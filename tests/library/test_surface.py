"""The names DESIGN.md promises users will type all exist, and the library never imports the course or hub."""

import importlib
import subprocess
import sys

import pytest

SURFACE = {
    "gradiente.linalg": "solve row_echelon det inv rank norm project angle cond eig PCA",
    "gradiente.calculus": "derivative gradient jacobian hessian integrate",
    "gradiente.autodiff": "Tensor grad jacobian gradcheck",
    "gradiente.optim": "GradientDescent SGD Momentum RMSProp Adam newton minimize",
    "gradiente.models": "LinearRegression LogisticRegression MLPClassifier SVC LinearSVC",
    "gradiente.stats": "Normal Bernoulli Binomial Poisson Exponential Uniform StudentT ChiSquared mle ttest_1samp "
    "ttest_ind ttest_rel ztest proportions_ztest chi2_test confidence_interval bootstrap permutation_test "
    "MultivariateNormal Beta Laplace F ecdf describe f_oneway multipletests power_ttest ttest_sample_size "
    "proportions_sample_size cohens_d mcnemar entropy kl_divergence covariance correlation",
    "gradiente.metrics": "accuracy precision_recall_f1 confusion_matrix roc_curve roc_auc mse mae r2 log_loss",
}


@pytest.mark.parametrize("module_name", SURFACE)
def test_every_promised_name_exists(module_name):
    module = importlib.import_module(module_name)
    missing = [name for name in SURFACE[module_name].split() if not hasattr(module, name)]
    assert not missing, f"{module_name} lacks {missing}"


def test_the_library_never_imports_the_course_the_hub_or_heavy_references():
    # Layers point down: library <- course <- hub/CLI. SciPy, scikit-learn and PyTorch are test references only.
    code = (
        "import sys\n"
        + "".join(f"import {name}\n" for name in SURFACE)
        + "bad = [m for m in sys.modules if m.startswith(('gradiente.course', 'gradiente.hub', 'gradiente.cli', "
        "'scipy', 'sklearn', 'torch', 'marimo'))]\n"
        "print(bad)\n"
    )
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == "[]", completed.stdout
