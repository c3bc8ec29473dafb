"""Checks for kfold_assign(n, k): 10 samples in 3 folds (4, 3, 3), breast cancer's 569 in 5, n = k, 7 in 2."""

import numpy as np

from gradiente.course.checking import Case
from gradiente.course.i18n import T


def cases():
    return [
        Case(
            T(
                es="a mano: n = 10, k = 3 → pliegues de 4, 3 y 3 muestras",
                en="by hand: n = 10, k = 3 → folds of 4, 3 and 3 samples",
            ),
            (10, 3),
        ),
        Case(
            T(
                es="las 569 muestras de breast cancer en k = 5 pliegues (569 = 5·113 + 4)",
                en="breast cancer's 569 samples in k = 5 folds (569 = 5·113 + 4)",
            ),
            (569, 5),
        ),
        Case(
            T(
                es="n = k = 4: una muestra por pliegue (leave-one-out)",
                en="n = k = 4: one sample per fold (leave-one-out)",
            ),
            (4, 4),
        ),
        Case(T(es="n = 7, k = 2 → pliegues de 4 y 3", en="n = 7, k = 2 → folds of 4 and 3"), (7, 2)),
    ]


def _remainder_last(n, k):
    sizes = np.full(k, n // k)
    sizes[-1] += n % k
    return np.repeat(np.arange(k), sizes)


def diagnose(case, expected, got):
    """Recognise the remainder in the last fold, floor sizes, 1-based ids, an extra fold and round-robin ids."""
    n, k = case.args
    expected = np.asarray(expected)
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None
    if got.ndim != 1:
        return None
    if got.shape[0] == n - n % k and n % k:
        return T(
            es=f"Tu arreglo tiene {got.shape[0]} ids y hay {n} muestras: con pliegues de n // k = {n // k} se pierden "
            f"las {n % k} que sobran (n % k). Cada muestra necesita un pliegue: reparte el sobrante, una muestra más "
            "a cada uno de los primeros n % k pliegues.",
            en=f"Your array has {got.shape[0]} ids and there are {n} samples: folds of n // k = {n // k} lose the "
            f"{n % k} left over (n % k). Every sample needs a fold: share out the remainder, one more sample to "
            "each of the first n % k folds.",
        )
    if got.shape != expected.shape:
        return None
    if np.array_equal(got - 1, expected):
        return T(
            es="Tus ids van de 1 a k: son los esperados más 1. En Python (y en este curso) los pliegues se numeran "
            "desde 0, como los índices: de 0 a k − 1.",
            en="Your ids run from 1 to k: they are the expected ones plus 1. In Python (and in this course) folds "
            "are numbered from 0, like indices: 0 to k − 1.",
        )
    if n % k and np.array_equal(got, _remainder_last(n, k)):
        return T(
            es="Pusiste las n % k muestras que sobran en el último pliegue. La regla (la de KFold de scikit-learn) "
            "las reparte al principio: los primeros n % k pliegues llevan una muestra más, así ningún pliegue "
            "difiere de otro en más de una.",
            en="You put the n % k samples left over in the last fold. The rule (scikit-learn's KFold) shares them "
            "out at the start: the first n % k folds get one more sample, so no two folds differ by more than one.",
        )
    if n % k and np.array_equal(got, np.arange(n) // (n // k)):
        return T(
            es=f"Tus ids llegan hasta {int(got.max())}: dividir el índice entre n // k crea un pliegue de más con las "
            "muestras que sobran. Calcula primero cuántas muestras lleva cada uno de los k pliegues.",
            en=f"Your ids reach {int(got.max())}: dividing the index by n // k makes one fold too many out of the "
            "samples left over. Work out first how many samples each of the k folds takes.",
        )
    if np.array_equal(got, np.arange(n) % k):
        return T(
            es="Repartiste las muestras por turnos (0, 1, 2, 0, 1, 2, …): tus pliegues no son contiguos. Cada pliegue "
            "es un bloque de muestras seguidas; si quieres mezclar, se permuta antes el orden de las muestras, no "
            "se alternan los ids.",
            en="You dealt the samples out in turns (0, 1, 2, 0, 1, 2, …): your folds are not contiguous. Each fold "
            "is a block of consecutive samples; to mix them, permute the samples first, do not alternate the ids.",
        )
    return None
