"""Entry-by-entry `*` instead of the matrix product `@`."""

DIAGNOSIS = {"es": "Hadamard", "en": "Hadamard"}


def compose(*matrices):
    M = matrices[0]
    for A in matrices[1:]:
        M = A * M
    return M
