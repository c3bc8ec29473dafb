"""Only the weights: Σ n_{l-1} n_l."""

DIAGNOSIS = {"es": "solo los pesos", "en": "only the weights"}


def count_parameters(layer_sizes):
    return sum(n_in * n_out for n_in, n_out in zip(layer_sizes[:-1], layer_sizes[1:]))
