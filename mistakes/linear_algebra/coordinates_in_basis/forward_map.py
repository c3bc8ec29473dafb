"""The forward map B v: coordinates to vector, the wrong way round."""

DIAGNOSIS = {"es": "el camino de ida", "en": "the forward map"}


def coordinates_in_basis(B, v):
    return B @ v
