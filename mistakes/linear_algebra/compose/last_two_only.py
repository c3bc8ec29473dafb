"""The running product is started again on each pass, so only the last two matrices count."""

DIAGNOSIS = {"es": "las dos últimas matrices", "en": "the last two matrices"}


def compose(*matrices):
    M = matrices[0]
    for i in range(1, len(matrices)):
        M = matrices[i] @ matrices[i - 1]
    return M
