"""Bᵀ v, right only for an orthonormal basis."""

DIAGNOSIS = {"es": "solo si la base es ortonormal", "en": "only when the basis is orthonormal"}


def coordinates_in_basis(B, v):
    return B.T @ v
