"""A bias for every input unit instead of every output unit: Σ n_{l-1}(n_l + 1)."""

DIAGNOSIS = {"es": "un sesgo por cada unidad de entrada", "en": "a bias to every input unit"}


def count_parameters(layer_sizes):
    return sum(n_in * (n_out + 1) for n_in, n_out in zip(layer_sizes[:-1], layer_sizes[1:]))
