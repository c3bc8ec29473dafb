"""A returned: the Jacobian of z = Ax + b, with σ′ forgotten."""

DIAGNOSIS = {"es": "Devolviste A", "en": "You returned A"}


def sigmoid_layer_jacobian(A, b, x):
    return A
