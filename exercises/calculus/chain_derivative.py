"""Ejercicio / Exercise: chain_derivative

ES: Escribe `chain_derivative(fs, dfs, x)`, que devuelve (como float) la derivada en el
    número x de la composición fₖ ∘ … ∘ f₂ ∘ f₁. `fs` es la lista [f₁, …, fₖ], en el orden
    en que se aplican (fs[0] recibe x), y `dfs` la lista de sus derivadas [f₁′, …, fₖ′].
    Cada derivada va evaluada en su propia entrada. Con listas vacías, la composición es la
    identidad y su derivada es 1.

    Comprueba tu código con:  gradiente check chain_derivative

EN: Write `chain_derivative(fs, dfs, x)`, which returns (as a float) the derivative at the
    number x of the composition fₖ ∘ … ∘ f₂ ∘ f₁. `fs` is the list [f₁, …, fₖ], in the order
    they are applied (fs[0] receives x), and `dfs` the list of their derivatives [f₁′, …,
    fₖ′]. Each derivative is evaluated at its own input. With empty lists the composition is
    the identity and its derivative is 1.

    Check your code with:  gradiente check chain_derivative
"""


def chain_derivative(fs, dfs, x):
    """The derivative at x of fs[-1] ∘ … ∘ fs[0], as a float."""
    # TODO: replace the next line with your code / reemplaza la siguiente línea con tu código
    raise NotImplementedError("chain_derivative")
