"""The product in reading order, A₁ A₂ ⋯ Aₖ: the first map ends up acting last."""

DIAGNOSIS = {
    "es": "la matriz que actúa primero queda a la derecha",
    "en": "the matrix that acts first sits on the right",
}


def compose(*matrices):
    M = matrices[0]
    for A in matrices[1:]:
        M = M @ A
    return M
