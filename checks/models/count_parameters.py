"""Checks for count_parameters(layer_sizes): real architectures, a single neuron, and a deep narrow one."""

from gradiente.course.checking import Case
from gradiente.course.i18n import T


def cases():
    return [
        Case(
            T(es="[4, 8, 3]: la red de iris, cuenta a mano", en="[4, 8, 3]: the iris network, count it by hand"),
            ([4, 8, 3],),
        ),
        Case(
            T(es="[64, 32, 10]: dígitos de 8×8 píxeles", en="[64, 32, 10]: 8×8-pixel digits"),
            ([64, 32, 10],),
        ),
        Case(
            T(es="[784, 128, 64, 10]: dígitos de 28×28 (MNIST)", en="[784, 128, 64, 10]: 28×28 digits (MNIST)"),
            ([784, 128, 64, 10],),
        ),
        Case(
            T(
                es="[3, 1]: una sola neurona (la regresión logística de tres entradas)",
                en="[3, 1]: a single neuron (three-input logistic regression)",
            ),
            ([3, 1],),
        ),
    ]


def _pairs(sizes):
    return list(zip(sizes[:-1], sizes[1:]))


def diagnose(case, expected, got):
    """Recognise forgotten biases, biases counted per input unit, and a layer left out."""
    (sizes,) = case.args
    try:
        got = int(got)
    except (TypeError, ValueError):
        return None
    pairs = _pairs(sizes)
    if got == sum(n_in * n_out for n_in, n_out in pairs):
        return T(
            es=f"Contaste solo los pesos ({got}). Cada unidad de la capa l tiene además su sesgo: la capa aporta "
            "n_{l−1}·n_l pesos + n_l sesgos = (n_{l−1} + 1)·n_l parámetros.",
            en=f"You counted only the weights ({got}). Every unit of layer l also has its bias: the layer brings "
            "n_{l−1}·n_l weights + n_l biases = (n_{l−1} + 1)·n_l parameters.",
        )
    if got == sum(n_in * (n_out + 1) for n_in, n_out in pairs):
        return T(
            es="Pusiste un sesgo por cada unidad de entrada de la capa (n_{l−1}·(n_l + 1)). El sesgo es de la unidad "
            "que recibe: b_l tiene forma (n_l,), uno por salida, así que la capa tiene (n_{l−1} + 1)·n_l.",
            en="You gave a bias to every input unit of the layer (n_{l−1}·(n_l + 1)). A bias belongs to the unit that "
            "receives: b_l has shape (n_l,), one per output, so the layer has (n_{l−1} + 1)·n_l.",
        )
    full = [(n_in + 1) * n_out for n_in, n_out in pairs]
    if len(full) > 1 and got in (sum(full[:-1]), sum(full[1:])):
        return T(
            es="Te faltó una capa: una lista de L + 1 tamaños describe L capas, una por cada par de tamaños "
            "consecutivos (n_{l−1}, n_l). Revisa el rango de tu bucle.",
            en="You left a layer out: a list of L + 1 sizes describes L layers, one per pair of consecutive sizes "
            "(n_{l−1}, n_l). Check your loop's range.",
        )
    return None
