"""The loop stops one layer early."""

DIAGNOSIS = {"es": "Te faltó una capa", "en": "You left a layer out"}


def count_parameters(layer_sizes):
    total = 0
    for i in range(len(layer_sizes) - 2):
        total += (layer_sizes[i] + 1) * layer_sizes[i + 1]
    return total
