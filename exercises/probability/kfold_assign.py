"""Ejercicio / Exercise: kfold_assign

ES: Escribe `kfold_assign(n, k)`: devuelve un arreglo de enteros de forma `(n,)` con el
    pliegue (de 0 a k − 1) de cada una de las n muestras, en su orden. Los pliegues son
    bloques contiguos: primero todas las muestras del pliegue 0, después las del 1, y así.
    Si n no es múltiplo de k, los primeros n % k pliegues llevan una muestra más (la regla
    de `KFold` de scikit-learn): con n = 10 y k = 3, los tamaños son 4, 3 y 3. Supón
    2 ≤ k ≤ n.

    Comprueba tu código con:  gradiente check kfold_assign

EN: Write `kfold_assign(n, k)`: it returns an integer array of shape `(n,)` with the fold
    (0 to k − 1) of each of the n samples, in their order. The folds are contiguous blocks:
    first every sample of fold 0, then those of fold 1, and so on. If n is not a multiple of
    k, the first n % k folds take one sample more (scikit-learn's `KFold` rule): with n = 10
    and k = 3 the sizes are 4, 3 and 3. Assume 2 ≤ k ≤ n.

    Check your code with:  gradiente check kfold_assign
"""

import numpy as np


def kfold_assign(n, k):
    """Fold id (0 to k − 1) of each sample: k contiguous folds, the first n % k one larger."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("kfold_assign")
