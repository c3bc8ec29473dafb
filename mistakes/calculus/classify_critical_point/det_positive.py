"""The 2×2 rule cut short: det H > 0 read as "minimum", forgetting that a maximum has det > 0 too."""

import numpy as np

DIAGNOSIS = {"es": "det H > 0", "en": "det H > 0"}


def classify_critical_point(H):
    det = np.linalg.det(np.asarray(H, dtype=float))
    if abs(det) < 1e-10:
        return 2
    return 1 if det > 0 else 0
