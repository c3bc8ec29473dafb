"""Checks for bootstrap_accuracy_ci: 10 predictions by hand, logistic regression and Gaussian naive Bayes on a
breast-cancer test split (143 samples), and a perfect classifier (a zero-width interval that is right)."""

import math

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T
from gradiente.datasets import load_breast_cancer
from gradiente.model_selection import train_test_split
from gradiente.models import LogisticRegression
from gradiente.preprocessing import StandardScaler


def _breast_cancer_predictions():
    """y_test and the predictions of logistic regression and Gaussian naive Bayes (lesson 5.7's split)."""
    X, y = load_breast_cancer(return_X_y=True)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0, stratify=y)
    scaler = StandardScaler().fit(X_train)
    logistic = LogisticRegression(penalty="l2", C=1.0).fit(scaler.transform(X_train), y_train)
    # Gaussian naive Bayes (lesson 5.5): per-class means and variances, plus 1e-9 of the largest variance.
    smoothing = 1e-9 * X_train.var(axis=0).max()
    joint = []
    for label in (0, 1):
        members = X_train[y_train == label]
        mean, var = members.mean(axis=0), members.var(axis=0) + smoothing
        joint.append(
            np.log(len(members) / len(X_train))
            - 0.5 * np.sum(np.log(2 * np.pi * var))
            - 0.5 * np.sum((X_test - mean) ** 2 / var, axis=1)
        )
    return y_test, logistic.predict(scaler.transform(X_test)), np.argmax(np.array(joint), axis=0)


def cases():
    y_test, logistic, naive_bayes = _breast_cancer_predictions()
    y_hand = np.array([1, 1, 1, 1, 1, 0, 0, 0, 0, 0])
    pred_hand = np.array([1, 1, 1, 0, 1, 0, 0, 1, 0, 0])  # 8 of 10 right
    return [
        Case(
            T(
                es="a mano: 10 predicciones, 8 aciertos; 1000 remuestras, confianza 0.90, semilla 0",
                en="by hand: 10 predictions, 8 right; 1000 resamples, confidence 0.90, seed 0",
            ),
            (y_hand, pred_hand, 1000, 0.90, 0),
        ),
        Case(
            T(
                es="breast cancer, regresión logística en las 143 muestras de prueba; B = 2000, confianza 0.95, "
                "semilla 0",
                en="breast cancer, logistic regression on the 143 test samples; B = 2000, confidence 0.95, seed 0",
            ),
            (y_test, logistic, 2000, 0.95, 0),
        ),
        Case(
            T(
                es="breast cancer, naive Bayes gaussiano en la misma partición; B = 2000, confianza 0.90, semilla 1",
                en="breast cancer, Gaussian naive Bayes on the same split; B = 2000, confidence 0.90, seed 1",
            ),
            (y_test, naive_bayes, 2000, 0.90, 1),
        ),
        Case(
            T(
                es="un clasificador perfecto: todas las remuestras dan exactitud 1",
                en="a perfect classifier: every resample has accuracy 1",
            ),
            (y_test, y_test.copy(), 500, 0.95, 0),
        ),
    ]


def _accuracies(correct, n_boot, seed):
    rng = np.random.default_rng(seed)
    n = correct.size
    index = rng.integers(0, n, size=(n_boot, n))
    return correct[index].mean(axis=1)


def _z(confidence):
    """The two-sided normal quantile z with P(|Z| ≤ z) = confidence, by bisection on erf."""
    low, high = 0.0, 10.0
    for _ in range(100):
        middle = (low + high) / 2
        low, high = (middle, high) if math.erf(middle / math.sqrt(2)) < confidence else (low, middle)
    return (low + high) / 2


def diagnose(case, expected, got):
    """Recognise resampling without replacement, a normal interval, quantiles at α and 1 − α, unpaired resamples."""
    y_true, y_pred, n_boot, confidence, seed = case.args
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.shape != (2,):
        return None
    correct = (np.asarray(y_true) == np.asarray(y_pred)).astype(float)
    accuracy = correct.mean()
    if np.isclose(got[0], got[1]) and np.isclose(got[0], accuracy) and not np.isclose(expected[0], expected[1]):
        return T(
            es=f"Tu intervalo tiene ancho cero: [{got[0]:.4f}, {got[1]:.4f}], la exactitud observada. Eso pasa si "
            "remuestreas sin reemplazo: cada remuestra de tamaño n es una permutación de las mismas n muestras y "
            "da la misma exactitud. El bootstrap sortea con reemplazo (rng.integers(0, n, size=(n_boot, n))): "
            "algunas muestras salen dos veces y otras ninguna.",
            en=f"Your interval has zero width: [{got[0]:.4f}, {got[1]:.4f}], the observed accuracy. That happens "
            "when you resample without replacement: each resample of size n is a permutation of the same n "
            "samples and gives the same accuracy. The bootstrap draws with replacement "
            "(rng.integers(0, n, size=(n_boot, n))): some samples come out twice, others not at all.",
        )
    accuracies = _accuracies(correct, n_boot, seed)
    alpha = 1 - confidence
    if np.allclose(got, np.quantile(accuracies, [alpha, 1 - alpha])):
        return T(
            es=f"Tomaste los cuantiles α y 1 − α ({alpha:g} y {1 - alpha:g}): tu intervalo deja fuera α de cada lado, "
            f"2α en total, y su confianza es {1 - 2 * alpha:g}, no {confidence:g}. Reparte α entre las dos colas: "
            "cuantiles α/2 y 1 − α/2.",
            en=f"You took the α and 1 − α quantiles ({alpha:g} and {1 - alpha:g}): your interval leaves α out on each "
            f"side, 2α in all, and its confidence is {1 - 2 * alpha:g}, not {confidence:g}. Split α between the "
            "two tails: quantiles α/2 and 1 − α/2.",
        )
    centre = (got[0] + got[1]) / 2
    symmetric_about = [accuracy, accuracies.mean()]
    spreads = [accuracies.std(ddof=0), accuracies.std(ddof=1), math.sqrt(accuracy * (1 - accuracy) / correct.size)]
    normal = [
        [middle - z * spread, middle + z * spread]
        for middle in symmetric_about
        for z in (1.96, _z(confidence))
        for spread in spreads
    ]
    asymmetric = not np.isclose(expected[0] + expected[1], 2 * accuracy)
    if (asymmetric and any(np.isclose(centre, c) for c in symmetric_about)) or any(
        np.allclose(got, candidate) for candidate in normal
    ):
        return T(
            es="Tu intervalo es simétrico alrededor de la exactitud: parece una aproximación normal, exactitud ± z·SE. "
            "Se pide el intervalo percentil: ordena las n_boot exactitudes bootstrap y toma sus cuantiles α/2 y "
            "1 − α/2 con np.quantile. No tiene por qué ser simétrico (cerca de 1 no lo es).",
            en="Your interval is symmetric about the accuracy: it looks like a normal approximation, accuracy ± z·SE. "
            "The percentile interval is wanted: take the α/2 and 1 − α/2 quantiles of the n_boot bootstrap "
            "accuracies with np.quantile. It need not be symmetric (near 1 it is not).",
        )
    rng = np.random.default_rng(seed)
    n = correct.size
    first, second = rng.integers(0, n, size=(n_boot, n)), rng.integers(0, n, size=(n_boot, n))
    truths, predictions = np.asarray(y_true)[first], np.asarray(y_pred)[second]
    if np.allclose(got, np.quantile((truths == predictions).mean(axis=1), [alpha / 2, 1 - alpha / 2])):
        return T(
            es="Remuestreaste y_true y y_pred con índices distintos: separaste cada etiqueta de su predicción, y tu "
            "exactitud ya no mide al modelo sino coincidencias al azar. Sortea una sola matriz de índices y úsala "
            "para los dos arreglos (o, mejor, remuestrea el vector de aciertos y_true == y_pred).",
            en="You resampled y_true and y_pred with different indices: you pulled each label away from its "
            "prediction, and your accuracy no longer measures the model, only chance agreements. Draw one matrix "
            "of indices and use it for both arrays (or, better, resample the vector of hits y_true == y_pred).",
        )
    return None
