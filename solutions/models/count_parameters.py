"""Reference solution: count_parameters (weights and biases of a fully connected network)."""


def count_parameters(layer_sizes):
    """#θ = Σ_l (n_{l-1} + 1) n_l: each of the n_l units of layer l has n_{l-1} weights and one bias."""
    sizes = [int(n) for n in layer_sizes]
    return sum((n_in + 1) * n_out for n_in, n_out in zip(sizes[:-1], sizes[1:]))
