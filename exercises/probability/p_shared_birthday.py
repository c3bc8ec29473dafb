"""Ejercicio / Exercise: p_shared_birthday

ES: Escribe `p_shared_birthday(n_people, n_days=365)`: la probabilidad (un `float`) de que,
    en un grupo de `n_people` personas, al menos dos cumplan años el mismo día, si cada una
    nace en uno de `n_days` días con la misma probabilidad e independientemente de las
    demás. Con más personas que días la respuesta es 1.0.

    Comprueba tu código con:  gradiente check p_shared_birthday

EN: Write `p_shared_birthday(n_people, n_days=365)`: the probability (a `float`) that, in a
    group of `n_people` people, at least two have their birthday on the same day, if each is
    born on one of `n_days` days with equal probability and independently of the others.
    With more people than days the answer is 1.0.

    Check your code with:  gradiente check p_shared_birthday
"""

import numpy as np


def p_shared_birthday(n_people, n_days=365):
    """P(at least two of n_people share a birthday) with n_days equally likely days, a float."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("p_shared_birthday")
