"""Reference solution: chain_derivative."""


def chain_derivative(fs, dfs, x):
    """The derivative at x of f_k ∘ … ∘ f_1 (fs[0] is applied first), as a float.

    Chain rule: (f_k ∘ … ∘ f_1)'(x) = f_k'(u_{k-1}) · … · f_2'(u_1) · f_1'(u_0), where
    u_0 = x and u_j = f_j(u_{j-1}) is the input the next function receives.
    """
    value = x  # u_0
    derivative = 1.0
    for f, df in zip(fs, dfs):
        derivative = derivative * df(value)  # f_j' evaluated at its own input u_{j-1}
        value = f(value)  # u_j, the input of the next function
    return float(derivative)
