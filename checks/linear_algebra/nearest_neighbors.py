"""Checks for nearest_neighbors(X, x, k, metric): hand cases for each metric, ties (lower index first), an
iris flower held out and searched for among the other 149 with both metrics (they disagree), k = n, and an
unknown metric (refused)."""

import numpy as np

from gradiente.course.checking import Case, Raised
from gradiente.course.i18n import T
from gradiente.datasets import load_iris

HELD_OUT = 106  # a small virginica: by distance its neighbours are versicolor, by cosine virginica


def cases():
    iris = load_iris().data
    others = np.delete(iris, HELD_OUT, axis=0)
    points = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 2.0], [3.0, 3.0], [1.0, 1.0]])
    arrows = np.array([[1.0, 0.0], [2.0, 2.0], [0.0, 3.0], [-1.0, 0.0], [4.0, 1.0]])
    square = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0], [2.0, 2.0]])
    return [
        Case(
            T(
                es="a mano: 5 puntos del plano, x = (0.9, 0.2), k = 3, euclidean",
                en="by hand: 5 points of the plane, x = (0.9, 0.2), k = 3, euclidean",
            ),
            (points, np.array([0.9, 0.2]), 3, "euclidean"),
        ),
        Case(
            T(es="a mano: 5 flechas, x = (1, 1), k = 2, cosine", en="by hand: 5 arrows, x = (1, 1), k = 2, cosine"),
            (arrows, np.array([1.0, 1.0]), 2, "cosine"),
        ),
        Case(
            T(
                es="empates: cuatro puntos a distancia 1 de x = (0, 0), k = 2 (gana el índice menor)",
                en="ties: four points at distance 1 from x = (0, 0), k = 2 (the lower index wins)",
            ),
            (square, np.array([0.0, 0.0]), 2, "euclidean"),
        ),
        Case(
            T(
                es=f"iris: la flor {HELD_OUT} entre las otras 149, k = 5, euclidean",
                en=f"iris: flower {HELD_OUT} among the other 149, k = 5, euclidean",
            ),
            (others, iris[HELD_OUT], 5, "euclidean"),
        ),
        Case(
            T(
                es=f"iris: la flor {HELD_OUT} entre las otras 149, k = 5, cosine",
                en=f"iris: flower {HELD_OUT} among the other 149, k = 5, cosine",
            ),
            (others, iris[HELD_OUT], 5, "cosine"),
        ),
        Case(
            T(es="k = n: todas las filas, ordenadas (cosine)", en="k = n: every row, in order (cosine)"),
            (arrows, np.array([1.0, 1.0]), 5, "cosine"),
        ),
        Case(
            T(
                es='una métrica desconocida, "manhattan": debe lanzar ValueError',
                en='an unknown metric, "manhattan": must raise ValueError',
            ),
            (points, np.array([0.9, 0.2]), 3, "manhattan"),
            raises=ValueError,
        ),
    ]


def _ranking(X, x, metric):
    """Every row's index, closest first, and the score it was ranked by (smaller is closer)."""
    if metric == "euclidean":
        score = np.linalg.norm(X - x, axis=1)
    else:
        score = -(X @ x) / (np.linalg.norm(X, axis=1) * np.linalg.norm(x))
    return np.argsort(score, kind="stable"), score


def diagnose(case, expected, got):
    X, x, k, metric = case.args
    if case.raises:
        if isinstance(got, Raised):
            return None  # the wrong kind of error: the generic message names both
        return T(
            es=f"Con metric = {metric!r} tu función devolvió un resultado en vez de lanzar un error: solo hay "
            'dos métricas, "euclidean" y "cosine". Para cualquier otra, lanza ValueError con un mensaje que '
            "diga cuáles valen (si no, una errata en el nombre pasaría sin aviso).",
            en=f"With metric = {metric!r} your function returned a result instead of raising an error: there are "
            'only two metrics, "euclidean" and "cosine". For any other, raise ValueError with a message naming '
            "the valid ones (otherwise a typo in the name would pass silently).",
        )
    try:
        got = np.asarray(got)
        got_list = [int(i) for i in got.ravel()]
    except (TypeError, ValueError):
        return None
    if got.ndim != 1:
        return None
    X, x = np.asarray(X, dtype=float), np.asarray(x, dtype=float)
    order, score = _ranking(X, x, metric)
    expected_list = [int(i) for i in np.asarray(expected)]
    if len(got_list) == k + 1 and got_list[:k] == expected_list:
        return T(
            es=f"Devolviste {k + 1} índices y se pedían k = {k}: los primeros {k} están bien. Revisa el corte: "
            "order[:k] ya toma k elementos (del 0 al k − 1).",
            en=f"You returned {k + 1} indices where k = {k} were asked for: the first {k} are right. Check the "
            "slice: order[:k] already takes k items (0 to k − 1).",
        )
    if len(got_list) != k:
        return None
    in_range = all(0 <= i < len(X) for i in got_list)
    # the k least close rows (compared by score, so that ties may fall either way)
    farthest = in_range and np.allclose(np.sort(score[got_list]), np.sort(score)[len(X) - k :])
    if farthest and not np.allclose(np.sort(score[got_list]), np.sort(score[expected_list])):
        if metric == "cosine":
            return T(
                es='Devolviste las filas menos parecidas: con metric = "cosine" ordenaste la similitud de '
                "menor a mayor. Con el coseno, más grande es más cercano: ordena de mayor a menor "
                '(por ejemplo, np.argsort(-similitud, kind="stable")).',
                en='You returned the least similar rows: with metric = "cosine" you sorted the similarity from '
                "smallest to largest. With the cosine, larger means closer: sort from largest to smallest "
                '(for example np.argsort(-similarity, kind="stable")).',
            )
        return T(
            es="Devolviste las filas más lejanas, no las más cercanas: con distancias, más pequeño es más cercano, "
            "así que el orden va de menor a mayor (np.argsort ya ordena así; no lo inviertas).",
            en="You returned the farthest rows, not the closest: with distances, smaller is closer, so the "
            "order goes from smallest to largest (np.argsort already sorts that way; do not reverse it).",
        )
    other = "cosine" if metric == "euclidean" else "euclidean"
    other_order, _ = _ranking(X, x, other)
    if got_list == [int(i) for i in other_order[:k]] and got_list != expected_list:
        return T(
            es=f'Tu respuesta es la de la otra métrica: se pidió metric = "{metric}" y ordenaste por "{other}". '
            "¿Usas el argumento metric para elegir cómo medir?",
            en=f'Your answer is the other metric\'s: metric = "{metric}" was asked for and you ranked by "{other}". '
            "Does your code use the metric argument to choose how to measure?",
        )
    if sorted(got_list) == sorted(expected_list) and got_list != expected_list:
        return T(
            es="Son los vecinos correctos, pero en otro orden: el más cercano va primero, y en un empate, el "
            'de índice menor (np.argsort(..., kind="stable") hace las dos cosas).',
            en="These are the right neighbours, in the wrong order: the closest comes first, and in a tie the "
            'lower index (np.argsort(..., kind="stable") does both).',
        )
    return None
