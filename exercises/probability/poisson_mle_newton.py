"""Ejercicio / Exercise: poisson_mle_newton

ES: Escribe `poisson_mle_newton(x, lam0, n_iter)`: `x` son conteos
    (enteros ≥ 0, forma `(n,)`), `lam0` es el punto de partida λ₀ > 0 y `n_iter` el número
    de pasos. Aplica el método de Newton a la log-verosimilitud de Poisson, ℓ(λ) = (Σxᵢ) ln
    λ − nλ + constante, cuyas derivadas son ℓ′(λ) = Σxᵢ/λ − n y ℓ″(λ) = −Σxᵢ/λ²:
    λₖ₊₁ = λₖ − ℓ′(λₖ)/ℓ″(λₖ). Devuelve todas las iteraciones [λ₀, λ₁, …, λ_{n_iter}], un
    arreglo de forma `(n_iter + 1,)`. Sin salvaguardas: así, converge si 0 < λ₀ < 2x̄.

    Comprueba tu código con:  gradiente check poisson_mle_newton

EN: Write `poisson_mle_newton(x, lam0, n_iter)`: `x` are counts
    (integers ≥ 0, shape `(n,)`), `lam0` is the starting point λ₀ > 0 and `n_iter` the
    number of steps. Apply Newton's method to the Poisson log-likelihood, ℓ(λ) = (Σxᵢ) ln
    λ − nλ + constant, whose derivatives are ℓ′(λ) = Σxᵢ/λ − n and ℓ″(λ) = −Σxᵢ/λ²:
    λₖ₊₁ = λₖ − ℓ′(λₖ)/ℓ″(λₖ). Return every iterate [λ₀, λ₁, …, λ_{n_iter}], an array of
    shape `(n_iter + 1,)`. No safeguards: as written, it converges when 0 < λ₀ < 2x̄.

    Check your code with:  gradiente check poisson_mle_newton
"""

import numpy as np


def poisson_mle_newton(x, lam0, n_iter):
    """The Newton iterates [λ₀, …, λ_{n_iter}] on the Poisson log-likelihood, shape (n_iter + 1,)."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("poisson_mle_newton")
