"""Ejercicio / Exercise: posterior_positive

ES: Escribe `posterior_positive(prevalence, sensitivity, specificity)`: recibe la
    prevalencia P(D), la sensibilidad P(+ | D) y la especificidad P(− | no D) de una prueba
    (tres números entre 0 y 1) y devuelve, como número, P(D | +): la probabilidad de tener
    la enfermedad cuando la prueba da positivo.

    Comprueba tu código con:  gradiente check posterior_positive

EN: Write `posterior_positive(prevalence, sensitivity, specificity)`: it takes a test's
    prevalence P(D), sensitivity P(+ | D) and specificity P(− | not D)
    (three numbers between 0 and 1) and returns, as a number, P(D | +): the probability of
    having the disease when the test comes back positive.

    Check your code with:  gradiente check posterior_positive
"""


def posterior_positive(prevalence, sensitivity, specificity):
    """P(D | +), a float."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("posterior_positive")
