"""Reference solution: inverse (Gauss–Jordan on [A | I], with partial pivoting)."""

import numpy as np


def inverse(A):
    """The inverse of a square matrix, by reducing [A | I] to [I | A⁻¹].

    Raises ValueError (NumPy's LinAlgError is one) when A is singular: some column has no
    pivot larger than 1e-12 times the largest |entry| of A.
    """
    A = np.asarray(A, dtype=float)
    n = A.shape[0]
    M = np.hstack([A, np.eye(n)])  # the augmented matrix [A | I]
    tol = 1e-12 * np.abs(A).max()
    for k in range(n):
        p = k + int(np.argmax(np.abs(M[k:, k])))
        if abs(M[p, k]) <= tol:
            raise np.linalg.LinAlgError(
                f"A is singular: column {k} has no pivot (every candidate is at most {tol:.1e} in absolute "
                "value), so its columns are dependent, det A = 0 and no matrix undoes A."
            )
        M[[k, p]] = M[[p, k]]
        M[k] /= M[k, k]  # scale the pivot row so the pivot is 1
        for i in range(n):
            if i != k:
                M[i] -= M[i, k] * M[k]  # clear column k above and below the pivot
    return M[:, n:]  # the right half: A⁻¹
