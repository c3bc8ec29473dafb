import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 3.2")


@app.cell(hide_code=True)
def _():
    import math

    import marimo as mo
    import numpy as np

    from gradiente.course.kit import Kit

    kit = Kit()
    plt = kit.pyplot()
    return kit, math, mo, np, plt


@app.cell(hide_code=True)
def _(kit):
    lang_switch = kit.language_switch()
    lang_switch
    return (lang_switch,)


@app.cell(hide_code=True)
def _(lang_switch):
    lang = lang_switch.value
    return (lang,)


@app.cell(hide_code=True)
def _(kit, lang):
    kit.header("sgd-momentum-adam", lang)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
En la lección 2.1 cada paso del descenso de gradiente miraba **todos** los datos. Con
millones de ejemplos eso es carísimo, y nadie entrena así: se usa el gradiente de un
puñado de ejemplos elegidos al azar (un **mini-lote**), que es ruidoso pero barato. Y en
lugar del paso simple se usan reglas con memoria, **momentum** y **Adam**, que son las que
vienen por defecto en PyTorch y en casi todo el aprendizaje profundo. Aquí las construyes
una por una y las comparas sobre un costo real.

**Al terminar podrás:**

- explicar por qué el gradiente de un mini-lote es una estimación sin sesgo del gradiente completo y por qué su ruido baja como $1/\sqrt{|B|}$;
- distinguir épocas de iteraciones, explicar por qué se baraja en cada época y programar el descenso estocástico por mini-lotes con un orden reproducible y una tasa que decrece;
- leer momentum como una suma acumulada de gradientes (paso efectivo $\eta/(1-\beta)$ con gradiente constante) y Nesterov como un paso que mira adelante;
- programar RMSProp y Adam con su corrección del sesgo, y decir cuándo ayuda escalar cada coordenada por separado;
- comparar los optimizadores en el tazón alargado de la lección 2.1 y en una regresión logística con datos reales de cáncer de mama.
""",
        en=r"""
In lesson 2.1 every step of gradient descent looked at **all** the data. With millions of
examples that is far too expensive, and nobody trains that way: you use the gradient of a
handful of examples drawn at random (a **mini-batch**), which is noisy but cheap. And
instead of the plain step you use rules with memory, **momentum** and **Adam**, the
defaults in PyTorch and in most of deep learning. Here you build them one by one and
compare them on a real cost.

**By the end you will be able to:**

- explain why the gradient of a mini-batch is an unbiased estimate of the full gradient and why its noise falls like $1/\sqrt{|B|}$;
- tell epochs from iterations, explain why the data are shuffled every epoch, and write mini-batch stochastic descent with a reproducible order and a decaying learning rate;
- read momentum as a running sum of gradients (an effective step $\eta/(1-\beta)$ for a constant gradient) and Nesterov as a step that looks ahead;
- write RMSProp and Adam with its bias correction, and say when scaling each coordinate on its own helps;
- compare the optimizers on the elongated bowl of lesson 2.1 and on a logistic regression fitted to real breast-cancer data.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 1. Un costo real que se puede dibujar

Usamos los datos de cáncer de mama que trae Gradiente (`gradiente.datasets.load_breast_cancer`):
569 tumores, con $y = 0$ si es maligno y $y = 1$ si es benigno. De sus 30 variables tomamos
dos, el radio medio y la textura media, estandarizadas (menos su media, entre su desviación
estándar con `ddof=0`). El modelo es una regresión logística **sin intercepto**, para que el
costo dependa de solo dos números $w = (w_1, w_2)$ y se pueda dibujar:

$$
p_i = \sigma(x_i^\top w) = \frac{1}{1 + e^{-x_i^\top w}}, \qquad
J(w) = \frac{1}{n}\sum_{i=1}^{n} \ell_i(w), \quad \ell_i(w) = -y_i \log p_i - (1 - y_i)\log(1 - p_i)
$$

El gradiente de un solo ejemplo es $\nabla \ell_i(w) = (p_i - y_i)\,x_i$ (lo derivaste en el
módulo 2), y el del costo es su promedio:

$$
\nabla J(w) = \frac{1}{n}\sum_{i=1}^{n} (p_i - y_i)\,x_i = \frac{1}{n} X^\top \big(\sigma(Xw) - y\big)
$$
""",
        en=r"""
## 1. A real cost you can draw

We use the breast-cancer data that ships with Gradiente (`gradiente.datasets.load_breast_cancer`):
569 tumours, with $y = 0$ for malignant and $y = 1$ for benign. Of its 30 features we take
two, the mean radius and the mean texture, standardised (minus their mean, over their
standard deviation with `ddof=0`). The model is a logistic regression **without an
intercept**, so that the cost depends on just two numbers $w = (w_1, w_2)$ and can be drawn:

$$
p_i = \sigma(x_i^\top w) = \frac{1}{1 + e^{-x_i^\top w}}, \qquad
J(w) = \frac{1}{n}\sum_{i=1}^{n} \ell_i(w), \quad \ell_i(w) = -y_i \log p_i - (1 - y_i)\log(1 - p_i)
$$

The gradient of a single example is $\nabla \ell_i(w) = (p_i - y_i)\,x_i$ (you derived it in
module 2), and the cost's gradient is their mean:

$$
\nabla J(w) = \frac{1}{n}\sum_{i=1}^{n} (p_i - y_i)\,x_i = \frac{1}{n} X^\top \big(\sigma(Xw) - y\big)
$$
""",
    )
    return


@app.cell(hide_code=True)
def _(mo, np):
    from gradiente.datasets import load_breast_cancer

    cancer = load_breast_cancer()
    _columns = [list(cancer.feature_names).index(name) for name in ("mean radius", "mean texture")]
    _raw = cancer.data[:, _columns]
    X = (_raw - _raw.mean(axis=0)) / _raw.std(axis=0)  # standardised, ddof=0
    y = cancer.target.astype(float)  # 0 malignant, 1 benign
    n_samples = len(y)

    def sigmoid(z):
        return 1 / (1 + np.exp(-z))

    def cost(w):
        z = X @ w
        return np.mean(np.logaddexp(0, z) - y * z)  # = mean of −y log p − (1 − y) log(1 − p)

    def full_gradient(w):
        return X.T @ (sigmoid(X @ w) - y) / n_samples

    def per_example_gradients(w):
        return (sigmoid(X @ w) - y)[:, None] * X  # row i is ∇ℓᵢ(w) = (pᵢ − yᵢ) xᵢ

    mo.show_code()
    return X, cost, full_gradient, n_samples, per_example_gradients, sigmoid, y


@app.cell(hide_code=True)
def _(X, full_gradient, n_samples, np, sigmoid, y):
    # The minimum w*, by Newton's method (lesson 3.3): a few steps reach it to rounding.
    w_star = np.zeros(2)
    for _ in range(25):
        _p = sigmoid(X @ w_star)
        _hessian = (X * (_p * (1 - _p))[:, None]).T @ X / n_samples
        w_star = w_star - np.linalg.solve(_hessian, full_gradient(w_star))
    # The contour of J on a grid, computed once: every figure below only draws it.
    grid_w1 = np.linspace(-6.5, 1.5, 161)
    grid_w2 = np.linspace(-3.5, 2.5, 121)
    _W1, _W2 = np.meshgrid(grid_w1, grid_w2)
    _Z = np.einsum("ij,nj->in", np.column_stack([_W1.ravel(), _W2.ravel()]), X)
    cost_grid = np.mean(np.logaddexp(0, _Z) - y * _Z, axis=1).reshape(_W1.shape)
    cost_levels = np.quantile(cost_grid, [0.003, 0.02, 0.06, 0.12, 0.2, 0.3, 0.42, 0.56, 0.72, 0.88])

    def level_lines(xs, ys, values, levels):
        """The level curves as (colour, list of (k, 2) arrays) per level: traced once, only drawn on each move."""
        import contourpy  # what matplotlib's own contour uses
        from matplotlib import colormaps

        _tracer = contourpy.contour_generator(xs, ys, values)
        _colours = colormaps["viridis"](np.linspace(0, 1, len(levels)))
        return [(_colour, _tracer.lines(_level)) for _colour, _level in zip(_colours, levels)]

    def draw_level_lines(ax, lines, width):
        """Draw traced level curves on ax: a few line collections, much cheaper than contour on each move."""
        from matplotlib.collections import LineCollection

        for _colour, _segments in lines:
            ax.add_collection(LineCollection(_segments, colors=[_colour], linewidths=width))

    cost_lines = level_lines(grid_w1, grid_w2, cost_grid, cost_levels)
    return cost_lines, draw_level_lines, grid_w1, grid_w2, level_lines, w_star


@app.cell(hide_code=True)
def _(cost, full_gradient, kit, lang, n_samples, np, w_star, y):
    _malignant = int(np.sum(y == 0))
    kit.text(
        lang,
        es=rf"""
Hay {_malignant} tumores malignos y {n_samples - _malignant} benignos. El mínimo del costo está
en $w^* \approx ({w_star[0]:.3f},\ {w_star[1]:.3f})$, con $J(w^*) = {cost(w_star):.4f}$ (lo
calculamos con el método de Newton, que verás en la lección 3.3; ahí
$\lVert\nabla J(w^*)\rVert = {kit.tex_number(float(np.linalg.norm(full_gradient(w_star))), 2)}$).
Los dos pesos son negativos: un radio o una textura mayores que el promedio hacen menos
probable que el tumor sea benigno. Todos los caminos de esta lección salen de $w_0 = (0, 0)$,
donde $J = \log 2 \approx {cost(np.zeros(2)):.4f}$ (el modelo dice $p = 0.5$ para todos).
""",
        en=rf"""
There are {_malignant} malignant tumours and {n_samples - _malignant} benign ones. The minimum
of the cost is at $w^* \approx ({w_star[0]:.3f},\ {w_star[1]:.3f})$, with
$J(w^*) = {cost(w_star):.4f}$ (found with Newton's method, which lesson 3.3 presents; there
$\lVert\nabla J(w^*)\rVert = {kit.tex_number(float(np.linalg.norm(full_gradient(w_star))), 2)}$).
Both weights are negative: a radius or a texture above the average make a benign tumour less
likely. Every path in this lesson starts at $w_0 = (0, 0)$, where $J = \log 2 \approx
{cost(np.zeros(2)):.4f}$ (the model says $p = 0.5$ for everyone).
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 2. El gradiente de un mini-lote

Un **mini-lote** $B$ es un subconjunto de los índices $\{1, \dots, n\}$, elegido al azar. Su
gradiente es el promedio de los gradientes de sus ejemplos:

$$
g_B = \frac{1}{|B|}\sum_{i \in B} \nabla \ell_i(w), \qquad \mathbb{E}[g_B] = \nabla J(w), \qquad \operatorname{Var}[g_B] \approx \frac{\sigma^2}{|B|}
$$

Cada ejemplo tiene la misma probabilidad de caer en $B$, así que **en promedio** $g_B$ es el
gradiente completo: es una estimación sin sesgo. Su ruido depende de cuánto varían los
gradientes de los ejemplos entre sí, $\sigma^2$ (la varianza de los $\nabla \ell_i$ alrededor de
su media, sumada en las coordenadas), y baja como $1/|B|$: para reducir la desviación estándar
a la mitad hace falta un lote **cuatro** veces más grande. La fórmula es exacta si los ejemplos
se sacan con reposición; sin reposición, como aquí, hay que multiplicarla por
$\frac{n - |B|}{n - 1}$, y con $|B| = n$ el ruido es cero: el lote es todo el conjunto.

La figura saca 1000 mini-lotes de cada tamaño (sin reposición) y dibuja sus gradientes como
puntos, en dos lugares: en el punto de partida $w_0 = (0, 0)$ y en el mínimo $w^*$. Mueve el
tamaño del lote.
""",
        en=r"""
## 2. The gradient of a mini-batch

A **mini-batch** $B$ is a subset of the indices $\{1, \dots, n\}$, drawn at random. Its
gradient is the mean of its examples' gradients:

$$
g_B = \frac{1}{|B|}\sum_{i \in B} \nabla \ell_i(w), \qquad \mathbb{E}[g_B] = \nabla J(w), \qquad \operatorname{Var}[g_B] \approx \frac{\sigma^2}{|B|}
$$

Every example is equally likely to land in $B$, so **on average** $g_B$ is the full gradient:
it is an unbiased estimate. Its noise depends on how much the examples' gradients differ from
one another, $\sigma^2$ (the variance of the $\nabla \ell_i$ around their mean, added over the
coordinates), and falls like $1/|B|$: halving the standard deviation takes a batch **four**
times larger. The formula is exact when examples are drawn with replacement; without
replacement, as here, multiply it by $\frac{n - |B|}{n - 1}$, and with $|B| = n$ the noise is
zero: the batch is the whole set.

The figure draws 1000 mini-batches of each size (without replacement) and plots their gradients
as points, at two places: at the starting point $w_0 = (0, 0)$ and at the minimum $w^*$. Move
the batch size.
""",
    )
    return


@app.cell(hide_code=True)
def _(n_samples, np, per_example_gradients, w_star):
    # 1000 mini-batch gradients per size, at w₀ and at w*, drawn once (the slider only picks one set).
    batch_sizes_cloud = (1, 4, 16, 64, 256, 569)
    _rng = np.random.default_rng(2)
    gradient_clouds = {}
    example_spread = {}
    for _where, _w in (("start", np.zeros(2)), ("minimum", w_star)):
        _per_example = per_example_gradients(_w)
        example_spread[_where] = float(np.sum(_per_example.var(axis=0)))  # σ², ddof=0 over the n examples
        for _size in batch_sizes_cloud:
            _draws = np.array([_per_example[_rng.permutation(n_samples)[:_size]].mean(axis=0) for _ in range(1000)])
            gradient_clouds[_where, _size] = _draws
    return batch_sizes_cloud, example_spread, gradient_clouds


@app.cell(hide_code=True)
def _(batch_sizes_cloud, kit, lang, mo):
    cloud_size = mo.ui.slider(
        steps=list(batch_sizes_cloud),
        value=16,
        show_value=True,
        label=kit.say(lang, es="Tamaño del lote $|B|$", en="Batch size $|B|$"),
    )
    cloud_size
    return (cloud_size,)


@app.cell(hide_code=True)
def _(cloud_size, full_gradient, gradient_clouds, kit, lang, np, plt, w_star):
    _fig, _axes = plt.subplots(1, 2, figsize=(10, 4.2))
    for _ax, _where, _w, _title_es, _title_en in (
        (_axes[0], "start", np.zeros(2), "en w₀ = (0, 0)", "at w₀ = (0, 0)"),
        (_axes[1], "minimum", w_star, "en el mínimo w*", "at the minimum w*"),
    ):
        _cloud = gradient_clouds[_where, cloud_size.value]
        _center = full_gradient(_w)
        _ax.plot(_cloud[:, 0], _cloud[:, 1], ".", color="#8fb8dc", ms=3)
        _ax.plot(
            *_cloud.mean(axis=0),
            "x",
            color="tab:blue",
            ms=10,
            mew=2,
            label=kit.say(lang, es="media de los g_B", en="mean of the g_B"),
        )
        _ax.plot(*_center, "*", color="tab:red", ms=13, label="∇J(w)")
        _ax.set_xlim(_center[0] - 0.75, _center[0] + 0.75)
        _ax.set_ylim(_center[1] - 0.75, _center[1] + 0.75)
        _ax.set_aspect("equal")
        _ax.set_xlabel("∂J/∂w₁")
        _ax.set_ylabel("∂J/∂w₂")
        _ax.set_title(kit.say(lang, es=_title_es, en=_title_en), fontsize=11)
        _ax.grid(True, color="0.92")
        _ax.legend(loc="upper right", fontsize=8)
    _fig.suptitle(
        kit.say(
            lang,
            es=f"1000 gradientes de mini-lotes con |B| = {cloud_size.value}",
            en=f"1000 mini-batch gradients with |B| = {cloud_size.value}",
        ),
        fontsize=11,
    )
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(batch_sizes_cloud, cloud_size, example_spread, full_gradient, gradient_clouds, kit, lang, n_samples, np, w_star):
    _rows = []
    for _size in batch_sizes_cloud:
        _measured = float(np.sqrt(np.sum(gradient_clouds["minimum", _size].var(axis=0))))
        _predicted = float(np.sqrt(example_spread["minimum"] / _size * (n_samples - _size) / (n_samples - 1)))
        _mark = " ←" if _size == cloud_size.value else ""
        _rows.append(f"| {_size}{_mark} | {_measured:.4f} | {_predicted:.4f} |")
    _table = "\n".join(_rows)
    _bias = float(np.linalg.norm(gradient_clouds["start", cloud_size.value].mean(axis=0) - full_gradient(np.zeros(2))))
    _norm_start = float(np.linalg.norm(full_gradient(np.zeros(2))))
    kit.text(
        lang,
        es=rf"""
En $w_0$ la nube rodea a $\nabla J(w_0)$, de norma {_norm_start:.3f}: la media de los 1000
gradientes queda a {_bias:.4f} de él (ese resto también es azar, y se achica con más sorteos). En el
mínimo $\nabla J(w^*) = 0$, pero **los gradientes de los mini-lotes no son cero**: un
descenso estocástico con tasa fija nunca se queda quieto en $w^*$, sigue saltando a su
alrededor. Esta tabla compara la desviación estándar medida en $w^*$
($\sqrt{{\operatorname{{tr}}\,\operatorname{{Cov}}[g_B]}}$) con la predicha,
$\sqrt{{\sigma^2 / |B| \cdot (n - |B|)/(n - 1)}}$, con $\sigma^2 = {example_spread["minimum"]:.4f}$:

| $\lvert B\rvert$ | medida | predicha |
|---:|---:|---:|
{_table}

Multiplicar el lote por 4 divide el ruido entre 2, aproximadamente (mientras $|B|$ es chico
frente a $n$), y con $|B| = 569$ es exactamente cero.
""",
        en=rf"""
At $w_0$ the cloud surrounds $\nabla J(w_0)$, of norm {_norm_start:.3f}: the mean of the 1000
gradients is {_bias:.4f} away from it (that remainder is chance too, and shrinks with more
draws). At the minimum $\nabla J(w^*) = 0$, but **the mini-batch gradients are not zero**:
stochastic descent with a fixed rate never stands still at $w^*$, it keeps jumping around it.
This table compares the standard deviation measured at $w^*$
($\sqrt{{\operatorname{{tr}}\,\operatorname{{Cov}}[g_B]}}$) with the predicted one,
$\sqrt{{\sigma^2 / |B| \cdot (n - |B|)/(n - 1)}}$, with $\sigma^2 = {example_spread["minimum"]:.4f}$:

| $\lvert B\rvert$ | measured | predicted |
|---:|---:|---:|
{_table}

Multiplying the batch by 4 divides the noise by about 2 (while $|B|$ is small next to $n$), and
with $|B| = 569$ it is exactly zero.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 3. Épocas, iteraciones y por qué barajar

Una **iteración** es un paso $w \leftarrow w - \eta\, g_B$ con un mini-lote. Una **época** es
una pasada completa por los datos: con $n = 569$ y lotes de 32 son $\lceil 569/32 \rceil = 18$
iteraciones (17 lotes de 32 y uno último de 25). Una época cuesta siempre lo mismo, $n$
gradientes de ejemplos; lo que cambia con el tamaño del lote es **cuántos pasos** se dan con ese
trabajo: 569 pasos ruidosos con $|B| = 1$, un solo paso exacto con $|B| = 569$ (el descenso de
gradiente de la lección 2.1).

El protocolo que usa esta lección, el del ejercicio y el de `gradiente.optim.SGD`, es:

1. `rng = np.random.default_rng(seed)`, una sola vez, antes de empezar;
2. al comienzo de **cada** época, `perm = rng.permutation(n)`: un orden nuevo;
3. los lotes son `perm[0:bs]`, `perm[bs:2*bs]`, … (el último puede ser más chico: se usa igual).

Con la misma semilla sale el mismo orden, así que la corrida se puede repetir exactamente.
¿Por qué barajar en cada época? Porque los datos suelen venir ordenados de alguna manera: en
este archivo, por ejemplo, los primeros 19 tumores son todos malignos. Si los lotes siguen el
orden del archivo, o el mismo orden en todas las épocas, el camino repite cada vez el mismo
sesgo: los últimos ejemplos de la época son siempre los mismos, y son los que más pesan en
dónde termina. Mira dónde queda $w$ tras 5 épocas con $|B| = 1$ y la tasa $0.3/(1 + e)$ en la época $e$ (una tasa
que decrece, como la de más abajo), según el orden:
""",
        en=r"""
## 3. Epochs, iterations and why shuffle

An **iteration** is one step $w \leftarrow w - \eta\, g_B$ with one mini-batch. An **epoch** is
one full pass over the data: with $n = 569$ and batches of 32 that is
$\lceil 569/32 \rceil = 18$ iterations (17 batches of 32 and a last one of 25). An epoch always
costs the same, $n$ example gradients; what the batch size changes is **how many steps** that
work buys: 569 noisy steps with $|B| = 1$, a single exact step with $|B| = 569$ (the gradient
descent of lesson 2.1).

The protocol this lesson uses, the exercise's and `gradiente.optim.SGD`'s, is:

1. `rng = np.random.default_rng(seed)`, once, before starting;
2. at the start of **every** epoch, `perm = rng.permutation(n)`: a new order;
3. the batches are `perm[0:bs]`, `perm[bs:2*bs]`, … (the last one may be smaller: it is used
   all the same).

The same seed gives the same order, so a run can be repeated exactly. Why shuffle every
epoch? Because data usually come in some order: in this file, for instance, the first 19
tumours are all malignant. If the batches follow the file's order, or the same order every
epoch, the path repeats the same bias each time: the last examples of the epoch are always
the same ones, and they weigh most in where it ends. See where $w$ lands after 5 epochs with
$|B| = 1$ and the rate $0.3/(1 + e)$ in epoch $e$ (a decaying rate, like the one further
down), depending on the order:
""",
    )
    return


@app.cell(hide_code=True)
def _(X, math, np, y):
    # Hidden on purpose: this is the exercise of section 7 (sgd_logistic), for two weights and several optimizers.
    _x1, _x2, _y = X[:, 0].tolist(), X[:, 1].tolist(), y.tolist()

    def run_minibatch(method, lr, batch_size, epochs, decay=False, beta=0.9, seed=0, order=None):
        """Mini-batch descent from w = 0 on the logistic cost: every iterate, shape (n_iterations + 1, 2).

        method: "sgd", "momentum" (v ← βv + g) or "adam" (β₁ = 0.9, β₂ = 0.999); decay: η/(1 + epoch);
        order: a fixed order of the examples for every epoch instead of a new permutation.
        """
        rng = np.random.default_rng(seed)
        n = len(_y)
        w1 = w2 = v1 = v2 = m1 = m2 = s1 = s2 = 0.0
        path, t = [(0.0, 0.0)], 0
        for epoch in range(epochs):
            rate = lr / (1 + epoch) if decay else lr
            perm = rng.permutation(n) if order is None else order
            for start in range(0, n, batch_size):
                batch = perm[start : start + batch_size]
                if len(batch) == 1:  # one example: plain floats are ten times faster than NumPy here
                    i = int(batch[0])
                    r = 1 / (1 + math.exp(-(w1 * _x1[i] + w2 * _x2[i]))) - _y[i]
                    g1, g2 = r * _x1[i], r * _x2[i]
                else:
                    Xb = X[batch]
                    g1, g2 = (Xb.T @ (1 / (1 + np.exp(-(Xb @ np.array([w1, w2])))) - y[batch]) / len(batch)).tolist()
                t += 1
                if method == "momentum":
                    v1, v2 = beta * v1 + g1, beta * v2 + g2
                    d1, d2 = v1, v2
                elif method == "adam":
                    m1, m2 = 0.9 * m1 + 0.1 * g1, 0.9 * m2 + 0.1 * g2
                    s1, s2 = 0.999 * s1 + 0.001 * g1 * g1, 0.999 * s2 + 0.001 * g2 * g2
                    c1, c2 = 1 - 0.9**t, 1 - 0.999**t
                    d1 = (m1 / c1) / (math.sqrt(s1 / c2) + 1e-8)
                    d2 = (m2 / c1) / (math.sqrt(s2 / c2) + 1e-8)
                else:
                    d1, d2 = g1, g2
                w1, w2 = w1 - rate * d1, w2 - rate * d2
                path.append((w1, w2))
        return np.array(path)

    return (run_minibatch,)


@app.cell(hide_code=True)
def _(cost, kit, lang, n_samples, np, run_minibatch, w_star, y):
    _orders = {
        "file": np.arange(n_samples),
        "sorted": np.argsort(y, kind="stable"),  # the 212 malignant first, then the 357 benign
    }
    _file = run_minibatch("sgd", 0.3, 1, 5, decay=True, order=_orders["file"])[-1]
    _sorted = run_minibatch("sgd", 0.3, 1, 5, decay=True, order=_orders["sorted"])[-1]
    _shuffled = [run_minibatch("sgd", 0.3, 1, 5, decay=True, seed=_seed)[-1] for _seed in range(20)]
    _shuffled_costs = [cost(_w) for _w in _shuffled]
    _fixed_best = min(cost(_file), cost(_sorted))
    _wins = sum(_c < _fixed_best for _c in _shuffled_costs)
    _better_es = f"{_wins} de las 20 semillas terminan con un costo menor que el de los dos órdenes fijos"
    _better_en = f"{_wins} of the 20 seeds end with a lower cost than both fixed orders"
    kit.text(
        lang,
        es=rf"""
| orden de los ejemplos (el mismo en cada época, salvo al barajar) | $w$ tras 5 épocas | $J(w)$ |
|:---|:---|---:|
| el del archivo | $({_file[0]:.3f},\ {_file[1]:.3f})$ | {cost(_file):.4f} |
| ordenados por clase (malignos primero) | $({_sorted[0]:.3f},\ {_sorted[1]:.3f})$ | {cost(_sorted):.4f} |
| barajados (`seed = 0`) | $({_shuffled[0][0]:.3f},\ {_shuffled[0][1]:.3f})$ | {_shuffled_costs[0]:.4f} |
| barajados, 20 semillas | | de {min(_shuffled_costs):.4f} a {max(_shuffled_costs):.4f} |

El mínimo es $J(w^*) = {cost(w_star):.4f}$. Con un orden fijo, cada época termina con los mismos
ejemplos (ordenados por clase, con {int(y.sum())} pasos seguidos de tumores benignos), y el camino
repite el mismo sesgo: termina en el mismo punto, desviado de $w^*$. Barajando, el azar cambia de una
época a otra y se compensa: {_better_es}.
""",
        en=rf"""
| order of the examples (the same every epoch, unless shuffled) | $w$ after 5 epochs | $J(w)$ |
|:---|:---|---:|
| the file's | $({_file[0]:.3f},\ {_file[1]:.3f})$ | {cost(_file):.4f} |
| sorted by class (malignant first) | $({_sorted[0]:.3f},\ {_sorted[1]:.3f})$ | {cost(_sorted):.4f} |
| shuffled (`seed = 0`) | $({_shuffled[0][0]:.3f},\ {_shuffled[0][1]:.3f})$ | {_shuffled_costs[0]:.4f} |
| shuffled, 20 seeds | | from {min(_shuffled_costs):.4f} to {max(_shuffled_costs):.4f} |

The minimum is $J(w^*) = {cost(w_star):.4f}$. With a fixed order, every epoch ends with the same
examples (sorted by class, with {int(y.sum())} steps in a row on benign tumours), and the path
repeats the same bias: it ends at the same point, off $w^*$. Shuffled, chance changes from one
epoch to the next and evens out: {_better_en}.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Falta un detalle. En la sección 2 viste que en el mínimo los $g_B$ no son cero: con una tasa
fija, el descenso estocástico termina saltando alrededor de $w^*$, en una nube cuyo tamaño
crece con $\eta$ y con el ruido $\sigma/\sqrt{|B|}$. Para que se asiente, la tasa tiene que
**decrecer**; la regla más simple, que usa la sección 7, es $\eta_e = \eta_0/(1 + e)$ en la época
$e = 0, 1, 2, \dots$ Ese ruido no es solo un estorbo: cerca de un **punto de silla** (donde el
gradiente es cero pero no hay un mínimo) el descenso exacto puede quedarse casi quieto, mientras
que los empujones al azar de los mini-lotes lo sacan de ahí.

## 4. Momentum: una suma que recuerda

En la lección 2.1 el descenso zigzagueaba a lo ancho del tazón alargado $x^2 + 5y^2$ y se
arrastraba a lo largo de él. **Momentum** (el método de la “bola pesada”) guarda una
**velocidad** $v$, la suma de los gradientes pasados, cada uno encogido por un factor
$\beta \in [0, 1)$ en cada paso, y mueve $w$ con ella:

$$
v_0 = 0, \qquad v \leftarrow \beta\, v + g, \qquad w \leftarrow w - \eta\, v
$$

(así lo escriben `gradiente.optim.Momentum` y PyTorch; con $\beta = 0$ es el descenso de
gradiente). Desenrollando la suma, $v_k = g_k + \beta g_{k-1} + \beta^2 g_{k-2} + \dots$ Si el
gradiente no cambia, $g_k = g$, es una serie geométrica:

$$
v_k = (1 + \beta + \dots + \beta^{k-1})\, g = \frac{1 - \beta^k}{1 - \beta}\, g \;\longrightarrow\; \frac{g}{1 - \beta}
$$

Con gradiente constante el paso efectivo es $\eta/(1 - \beta)$: **diez veces** $\eta$ con
$\beta = 0.9$. En cambio, un gradiente que cambia de signo en cada paso (el del zigzag) se
cancela en parte dentro de la suma. Así momentum acelera en la dirección en que los gradientes
coinciden y frena en la que se contradicen.
""",
        en=r"""
One more detail. Section 2 showed that at the minimum the $g_B$ are not zero: with a fixed
rate, stochastic descent ends up jumping around $w^*$, in a cloud whose size grows with
$\eta$ and with the noise $\sigma/\sqrt{|B|}$. For it to settle, the rate has to **decay**; the
simplest rule, used in section 7, is $\eta_e = \eta_0/(1 + e)$ in epoch $e = 0, 1, 2, \dots$ The
noise is not only a nuisance: near a **saddle point** (where the gradient is zero but there is no
minimum) exact descent can nearly stand still, while the random kicks of mini-batches push it
away.

## 4. Momentum: a sum that remembers

In lesson 2.1 descent zig-zagged across the elongated bowl $x^2 + 5y^2$ and crawled along it.
**Momentum** (the “heavy ball” method) keeps a **velocity** $v$, the sum of past gradients,
each shrunk by a factor $\beta \in [0, 1)$ at every step, and moves $w$ with it:

$$
v_0 = 0, \qquad v \leftarrow \beta\, v + g, \qquad w \leftarrow w - \eta\, v
$$

(this is how `gradiente.optim.Momentum` and PyTorch write it; with $\beta = 0$ it is gradient
descent). Unrolling the sum, $v_k = g_k + \beta g_{k-1} + \beta^2 g_{k-2} + \dots$ When the
gradient does not change, $g_k = g$, it is a geometric series:

$$
v_k = (1 + \beta + \dots + \beta^{k-1})\, g = \frac{1 - \beta^k}{1 - \beta}\, g \;\longrightarrow\; \frac{g}{1 - \beta}
$$

With a constant gradient the effective step is $\eta/(1 - \beta)$: **ten times** $\eta$ with
$\beta = 0.9$. A gradient that flips sign at every step (the zig-zag's), on the other hand,
partly cancels inside the sum. So momentum speeds up along the direction where the gradients
agree and brakes along the one where they contradict each other.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, np, plt):
    _fig, (_ax, _ax2) = plt.subplots(1, 2, figsize=(10, 3.6), gridspec_kw={"wspace": 0.25})
    _k = np.arange(0, 61)
    for _beta, _color in ((0.5, "tab:green"), (0.9, "tab:blue"), (0.99, "tab:purple")):
        _v, _alternating, _vs, _alts = 0.0, 0.0, [0.0], [0.0]
        for _step in range(1, 61):
            _v = _beta * _v + 1.0  # constant gradient g = 1
            _alternating = _beta * _alternating + (-1.0) ** (_step + 1)  # g = +1, −1, +1, …
            _vs.append(_v)
            _alts.append(_alternating)
        _ax.plot(_k, _vs, color=_color, lw=1.8, label=f"β = {_beta:g}")
        _ax.axhline(1 / (1 - _beta), color=_color, lw=0.8, ls="--")
        _ax2.plot(_k, _alts, ".-", color=_color, lw=0.9, ms=3, label=f"β = {_beta:g}")
    _ax.set_yscale("log")
    _ax.set_ylim(0.8, 130)
    _ax.set_xlabel(kit.say(lang, es="paso k", en="step k"))
    _ax.set_ylabel("$v_k$")
    _ax.set_title(
        kit.say(lang, es="Gradiente constante g = 1: v → 1/(1 − β)", en="Constant gradient g = 1: v → 1/(1 − β)"),
        fontsize=11,
    )
    _ax.legend(fontsize=8, loc="lower right")
    _ax.grid(True, color="0.92")
    _ax2.axhline(0, color="0.6", lw=0.8)
    _ax2.set_xlabel(kit.say(lang, es="paso k", en="step k"))
    _ax2.set_ylabel("$v_k$")
    _ax2.set_title(
        kit.say(lang, es="Gradiente que alterna +1, −1, +1, …", en="Gradient alternating +1, −1, +1, …"), fontsize=11
    )
    _ax2.legend(fontsize=8, loc="upper right")
    _ax2.grid(True, color="0.92")
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
A la izquierda, la velocidad llega a $1/(1 - \beta)$ (las líneas punteadas): 2, 10 y 100. A la
derecha, con un gradiente que alterna, $v_k$ nunca pasa de $1$ en valor absoluto y se
asienta en $\pm 1/(1 + \beta)$: la suma cancela el vaivén. Por eso momentum aguanta mejor una tasa
limitada por la dirección empinada. Pero la memoria también tiene un costo: con $\beta$ cerca de
1, la velocidad tarda mucho en cambiar de sentido, y el camino se pasa de largo y da vueltas
alrededor del mínimo (lo verás en la sección 6). Para un tazón cuadrático se puede calcular:
cuando el camino gira en espiral, se encoge un factor $\sqrt{\beta}$ por paso, y eso con
$\beta = 0.99$ es casi nada.

**Nesterov** hace un cambio pequeño: calcula el gradiente en el punto al que la velocidad lo
va a llevar, $w - \eta\beta v$, en lugar de en $w$, y así corrige antes de pasarse. PyTorch y
`gradiente.optim.Momentum(nesterov=True)` lo escriben de una forma equivalente que no necesita
ese segundo punto: $v \leftarrow \beta v + g$, $w \leftarrow w - \eta\,(g + \beta v)$; el $w$
que guardan es, justamente, el punto adelantado (un cambio de variables de dos líneas).

En el primer ejercicio programas el camino de momentum.
""",
        en=r"""
On the left, the velocity reaches $1/(1 - \beta)$ (the dashed lines): 2, 10 and 100. On the
right, with an alternating gradient, $v_k$ never exceeds $1$ in absolute value and settles
at $\pm 1/(1 + \beta)$: the sum cancels the back-and-forth. That is why momentum copes better with
a rate capped by the steep direction. But memory has a price too: with $\beta$ close to 1 the
velocity takes long to turn round, and the path overshoots and loops around the minimum (you
will see it in section 6). For a quadratic bowl it can be worked out: when the path spirals, it
shrinks by a factor $\sqrt{\beta}$ per step, and with $\beta = 0.99$ that is hardly anything.

**Nesterov** makes one small change: it computes the gradient at the point the velocity is
about to carry it to, $w - \eta\beta v$, instead of at $w$, and so corrects before it
overshoots. PyTorch and `gradiente.optim.Momentum(nesterov=True)` write it in an equivalent form
that needs no second point: $v \leftarrow \beta v + g$, $w \leftarrow w - \eta\,(g + \beta v)$;
the $w$ they store is precisely the look-ahead point (a two-line change of variables).

In the first exercise you write the path of momentum.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_momentum_path = kit.exercise("momentum_path", lang)
    ex_momentum_path
    return (ex_momentum_path,)


@app.cell(hide_code=True)
def _(ex_momentum_path, kit):
    kit.feedback(ex_momentum_path)
    return


@app.cell(hide_code=True)
def _(ex_momentum_path, kit):
    kit.hints(ex_momentum_path)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 5. RMSProp y Adam: un paso a la medida de cada coordenada

En $x^2 + 5y^2$ el gradiente $(2x,\ 10y)$ es mucho más grande en $y$ que en $x$, y una sola
tasa $\eta$ tiene que servir para las dos. **RMSProp** divide cada coordenada del gradiente
por su tamaño típico, la raíz de un promedio móvil de $g^2$ (todo coordenada por
coordenada):

$$
s \leftarrow \alpha\, s + (1 - \alpha)\, g^2, \qquad w \leftarrow w - \eta\, \frac{g}{\sqrt{s} + \varepsilon}
$$

Así el paso en cada coordenada mide alrededor de $\eta$, sea su gradiente grande o chico, y
$\varepsilon$ (típicamente $10^{-8}$) evita dividir entre cero. Ayuda cuando las coordenadas
tienen escalas muy distintas, como aquí. No ayuda si el valle alargado va en **diagonal** (por
variables correlacionadas): la escala se corrige eje por eje, no dirección por dirección.

**Adam** junta las dos ideas: un promedio móvil del gradiente, $m$ (momentum, escrito como
promedio), y el de RMSProp, $s$:

$$
m \leftarrow \beta_1 m + (1 - \beta_1)\, g, \quad s \leftarrow \beta_2 s + (1 - \beta_2)\, g^2, \quad
\hat m = \frac{m}{1 - \beta_1^t}, \quad \hat s = \frac{s}{1 - \beta_2^t}, \quad
w \leftarrow w - \eta\, \frac{\hat m}{\sqrt{\hat s} + \varepsilon}
$$

con $t = 1, 2, \dots$ el número del paso y, por defecto, $\beta_1 = 0.9$, $\beta_2 = 0.999$. El
promedio $m$ es la velocidad de momentum multiplicada por $1 - \beta_1$: los dos recuerdan lo
mismo, en otra escala.

¿Y la **corrección del sesgo**? $m$ y $s$ empiezan en 0, así que al principio sus promedios son
demasiado chicos. Con un gradiente constante $g$, $m_t = (1 - \beta_1)(1 + \beta_1 + \dots + \beta_1^{t-1})\,g = (1 - \beta_1^t)\,g$:
dividir entre $1 - \beta_1^t$ da exactamente $g$. Lo mismo con $s$. En el primer paso, $\hat m = g$
y $\hat s = g^2$, y el paso es $\eta\, g/(|g| + \varepsilon) \approx \eta$ en cada coordenada.
""",
        en=r"""
## 5. RMSProp and Adam: a step fitted to each coordinate

In $x^2 + 5y^2$ the gradient $(2x,\ 10y)$ is much larger in $y$ than in $x$, and one rate $\eta$
has to serve both. **RMSProp** divides each coordinate of the gradient by its typical size, the
root of a moving average of $g^2$ (all coordinate by coordinate):

$$
s \leftarrow \alpha\, s + (1 - \alpha)\, g^2, \qquad w \leftarrow w - \eta\, \frac{g}{\sqrt{s} + \varepsilon}
$$

So the step in each coordinate is about $\eta$, whether its gradient is large or small, and
$\varepsilon$ (typically $10^{-8}$) avoids dividing by zero. It helps when the coordinates have
very different scales, as here. It does not help when the elongated valley runs
**diagonally** (correlated features): the scale is fixed axis by axis, not direction by
direction.

**Adam** joins both ideas: a moving average of the gradient, $m$ (momentum, written as an
average), and RMSProp's $s$:

$$
m \leftarrow \beta_1 m + (1 - \beta_1)\, g, \quad s \leftarrow \beta_2 s + (1 - \beta_2)\, g^2, \quad
\hat m = \frac{m}{1 - \beta_1^t}, \quad \hat s = \frac{s}{1 - \beta_2^t}, \quad
w \leftarrow w - \eta\, \frac{\hat m}{\sqrt{\hat s} + \varepsilon}
$$

with $t = 1, 2, \dots$ the step number and, by default, $\beta_1 = 0.9$, $\beta_2 = 0.999$. The
average $m$ is momentum's velocity times $1 - \beta_1$: both remember the same thing, on another
scale.

And the **bias correction**? $m$ and $s$ start at 0, so at first their averages are too small.
With a constant gradient $g$, $m_t = (1 - \beta_1)(1 + \beta_1 + \dots + \beta_1^{t-1})\,g = (1 - \beta_1^t)\,g$:
dividing by $1 - \beta_1^t$ gives exactly $g$. The same goes for $s$. At the first step
$\hat m = g$ and $\hat s = g^2$, and the step is $\eta\, g/(|g| + \varepsilon) \approx \eta$ in each
coordinate.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, np, plt):
    _t = np.arange(1, 3001)
    _b1, _b2 = 0.9, 0.999
    # Constant gradient g = 1: m_t = 1 − b1ᵗ and s_t = 1 − b2ᵗ, so the step over η is m/√s without correction, 1 with it.
    adam_uncorrected_ratio = (1 - _b1**_t) / np.sqrt(1 - _b2**_t)
    _fig, _ax = plt.subplots(figsize=(7.5, 3.6))
    _ax.semilogx(
        _t,
        adam_uncorrected_ratio,
        color="tab:red",
        lw=2,
        label=kit.say(lang, es="sin corrección: $m / \\sqrt{s}$", en="without correction: $m / \\sqrt{s}$"),
    )
    _ax.semilogx(
        _t,
        np.ones_like(_t, dtype=float),
        color="tab:blue",
        lw=2,
        ls="--",
        label=kit.say(
            lang, es="con corrección: $\\hat m / \\sqrt{\\hat s}$", en="with correction: $\\hat m / \\sqrt{\\hat s}$"
        ),
    )
    _ax.set_ylim(0, 8)
    _ax.set_xlabel(kit.say(lang, es="paso t", en="step t"))
    _ax.set_ylabel(kit.say(lang, es="paso / η", en="step / η"))
    _ax.set_title(
        kit.say(
            lang,
            es="Adam con un gradiente constante g = 1 (β₁ = 0.9, β₂ = 0.999)",
            en="Adam with a constant gradient g = 1 (β₁ = 0.9, β₂ = 0.999)",
        ),
        fontsize=11,
    )
    _ax.grid(True, color="0.92")
    _ax.legend(fontsize=9, loc="upper right")
    plt.close(_fig)
    _fig
    return (adam_uncorrected_ratio,)


@app.cell(hide_code=True)
def _(adam_uncorrected_ratio, kit, lang, np):
    _peak = int(np.argmax(adam_uncorrected_ratio))
    kit.text(
        lang,
        es=rf"""
Sin la corrección, el primer paso mide $\eta \cdot 0.1/\sqrt{{0.001}} \approx {adam_uncorrected_ratio[0]:.2f}\,\eta$, y
en el paso {_peak + 1} llega a ${adam_uncorrected_ratio[_peak]:.2f}\,\eta$: $m$ se llena más rápido que $s$
($\beta_1$ olvida más rápido que $\beta_2$). Tarda en volver a $\eta$: en $t = 1000$ todavía vale
${adam_uncorrected_ratio[999]:.2f}\,\eta$, porque $1 - 0.999^{{1000}} \approx {1 - 0.999**1000:.3f}$. La
corrección de $m$ deja de importar pronto ($0.9^{{50}} \approx {kit.tex_number(0.9**50, 2)}$); la de
$s$, no.

En el segundo ejercicio programas un paso de Adam. El resultado son tres vectores (el nuevo
$w$, el nuevo $m$ y el nuevo $s$) apilados en un arreglo de forma $(3, d)$, porque el corrector
compara un solo arreglo.
""",
        en=rf"""
Without the correction the first step is $\eta \cdot 0.1/\sqrt{{0.001}} \approx {adam_uncorrected_ratio[0]:.2f}\,\eta$, and
at step {_peak + 1} it reaches ${adam_uncorrected_ratio[_peak]:.2f}\,\eta$: $m$ fills up faster than $s$
($\beta_1$ forgets faster than $\beta_2$). It is slow to come back to $\eta$: at $t = 1000$ it is
still ${adam_uncorrected_ratio[999]:.2f}\,\eta$, because $1 - 0.999^{{1000}} \approx {1 - 0.999**1000:.3f}$. The
correction of $m$ soon stops mattering ($0.9^{{50}} \approx {kit.tex_number(0.9**50, 2)}$); that of $s$
does not.

In the second exercise you write one step of Adam. The result is three vectors (the new $w$, the
new $m$ and the new $s$) stacked in an array of shape $(3, d)$, because the grader compares a
single array.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_adam_update = kit.exercise("adam_update", lang)
    ex_adam_update
    return (ex_adam_update,)


@app.cell(hide_code=True)
def _(ex_adam_update, kit):
    kit.feedback(ex_adam_update)
    return


@app.cell(hide_code=True)
def _(ex_adam_update, kit):
    kit.hints(ex_adam_update)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 6. Caminos en el tazón

De vuelta al tazón $f(x, y) = x^2 + 5y^2$ de la lección 2.1, desde $(-4,\ 1.5)$ y con 40 pasos.
Elige el método, la tasa $\eta$ y $\beta$ (el $\beta$ de momentum y de Nesterov, y el $\beta_1$ de
Adam, con $\beta_2 = 0.999$; RMSProp usa $\alpha = 0.99$). El camino gris es el descenso de
gradiente con la misma $\eta$. Prueba:

- $\eta = 0.02$: el descenso se arrastra por el fondo del valle; momentum con $\beta = 0.5$ o
  $0.7$ llega mucho más cerca, porque el gradiente en $x$ apunta siempre hacia el mismo lado y
  se acumula;
- $\eta = 0.15$: el descenso zigzaguea en $y$ (cambia de signo en cada paso); momentum
  con $\beta = 0.5$ cambia de signo la mitad de las veces;
- $\beta = 0.9$ y $0.99$: demasiada memoria para este tazón; el camino gira en espiral y
  da vueltas (con $0.99$ casi no se encoge);
- Adam con $\eta = 0.1$: al principio avanza en diagonal, unos $\eta$ por coordenada, sin importar
  que $y$ sea cinco veces más empinada. RMSProp no corrige el sesgo: su primer paso mide
  $\eta/\sqrt{1 - \alpha} = 10\,\eta$ por coordenada (pruébalo con $\eta = 0.01$).
""",
        en=r"""
## 6. Paths in the bowl

Back to the bowl $f(x, y) = x^2 + 5y^2$ of lesson 2.1, from $(-4,\ 1.5)$ and with 40 steps.
Choose the method, the rate $\eta$ and $\beta$ (momentum's and Nesterov's $\beta$, and Adam's
$\beta_1$, with $\beta_2 = 0.999$; RMSProp uses $\alpha = 0.99$). The grey path is gradient
descent with the same $\eta$. Try:

- $\eta = 0.02$: descent crawls along the valley floor; momentum with $\beta = 0.5$ or $0.7$
  gets much closer, because the gradient in $x$ always points the same way and adds up;
- $\eta = 0.15$: descent zig-zags in $y$ (it changes sign at every step); momentum with
  $\beta = 0.5$ changes sign half as often;
- $\beta = 0.9$ and $0.99$: too much memory for this bowl; the path spirals and loops (with
  $0.99$ it hardly shrinks);
- Adam with $\eta = 0.1$: at first it moves diagonally, about $\eta$ per coordinate, no matter that
  $y$ is five times steeper. RMSProp does not correct the bias: its first step is
  $\eta/\sqrt{1 - \alpha} = 10\,\eta$ per coordinate (try it with $\eta = 0.01$).
""",
    )
    return


@app.cell(hide_code=True)
def _(level_lines, np):
    def bowl_gradient(point):
        return np.array([2 * point[0], 10 * point[1]])  # f(x, y) = x² + 5y²

    def bowl_path(method, lr, beta, n_steps=40, start=(-4.0, 1.5)):
        """The path of one optimizer on the bowl, start included: shape (n_steps + 1, 2)."""
        w = np.array(start)
        v, m, s = np.zeros(2), np.zeros(2), np.zeros(2)
        path = [w]
        for t in range(1, n_steps + 1):
            g = bowl_gradient(w)
            if method == "gd":
                step = g
            elif method in ("momentum", "nesterov"):
                v = beta * v + g
                step = g + beta * v if method == "nesterov" else v
            elif method == "rmsprop":
                s = 0.99 * s + 0.01 * g**2
                step = g / (np.sqrt(s) + 1e-8)
            else:  # adam, with β₁ = beta
                m = beta * m + (1 - beta) * g
                s = 0.999 * s + 0.001 * g**2
                step = (m / (1 - beta**t)) / (np.sqrt(s / (1 - 0.999**t)) + 1e-8)
            w = w - lr * step
            path.append(w)
        return np.array(path)

    # The level curves, computed once.
    bowl_x = np.linspace(-5, 5, 201)
    bowl_y = np.linspace(-2.6, 2.6, 105)
    bowl_lines = level_lines(
        bowl_x, bowl_y, bowl_x[None, :] ** 2 + 5 * bowl_y[:, None] ** 2, [0.25, 1, 2.5, 5, 9, 14, 20, 28]
    )
    return bowl_gradient, bowl_lines, bowl_path


@app.cell(hide_code=True)
def _(kit, lang, mo):
    bowl_method = mo.ui.dropdown(
        options={
            kit.say(lang, es="descenso de gradiente", en="gradient descent"): "gd",
            "momentum": "momentum",
            "Nesterov": "nesterov",
            "RMSProp": "rmsprop",
            "Adam": "adam",
        },
        value="momentum",
        label=kit.say(lang, es="Método", en="Method"),
    )
    bowl_lr = mo.ui.slider(
        steps=[0.005, 0.01, 0.02, 0.05, 0.1, 0.12, 0.15, 0.18, 0.2, 0.3, 0.5],
        value=0.02,
        show_value=True,
        label=kit.say(lang, es="Tasa $\\eta$", en="Rate $\\eta$"),
    )
    bowl_beta = mo.ui.slider(
        steps=[0.0, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99],
        value=0.7,
        show_value=True,
        label="$\\beta$",
    )
    mo.hstack([bowl_method, bowl_lr, bowl_beta], justify="start", gap=2)
    return bowl_beta, bowl_lr, bowl_method


@app.cell(hide_code=True)
def _(bowl_beta, bowl_lr, bowl_method, bowl_path):
    # Small pure cell: the chosen method's path and plain descent's, for the figure and the text.
    path_bowl = bowl_path(bowl_method.value, bowl_lr.value, bowl_beta.value)
    path_bowl_gd = bowl_path("gd", bowl_lr.value, 0.0)
    return path_bowl, path_bowl_gd


@app.cell(hide_code=True)
def _(bowl_beta, bowl_lines, bowl_lr, bowl_method, draw_level_lines, kit, lang, np, path_bowl, path_bowl_gd, plt):
    _fig, _ax = plt.subplots(figsize=(8.6, 4.8))
    draw_level_lines(_ax, bowl_lines, 1.0)

    def _inside(path):
        _ok = (np.abs(path[:, 0]) <= 5) & (np.abs(path[:, 1]) <= 2.6) & np.isfinite(path).all(axis=1)
        return path[: len(path) if _ok.all() else int(np.argmin(_ok))]

    _gd = _inside(path_bowl_gd)
    _ax.plot(
        _gd[:, 0],
        _gd[:, 1],
        "-o",
        color="0.6",
        ms=2.5,
        lw=0.9,
        label=kit.say(lang, es="descenso de gradiente", en="gradient descent"),
    )
    if bowl_method.value != "gd":
        _path = _inside(path_bowl)
        _ax.plot(_path[:, 0], _path[:, 1], "-o", color="tab:red", ms=3.5, lw=1.2, label=bowl_method.selected_key)
    _ax.plot([-4.0], [1.5], "o", ms=10, mfc="none", mec="black")
    _ax.plot([0], [0], "*", color="tab:green", ms=13)
    _ax.set_xlim(-5, 5)
    _ax.set_ylim(-2.6, 2.6)
    _ax.set_aspect("equal")
    _ax.set_xlabel("x")
    _ax.set_ylabel("y")
    _uses_beta = bowl_method.value in ("momentum", "nesterov", "adam")
    _title = f"{bowl_method.selected_key}: η = {bowl_lr.value:g}" + (f", β = {bowl_beta.value:g}" if _uses_beta else "")
    _ax.set_title(_title, fontsize=11)
    _ax.legend(loc="lower right", fontsize=8)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(bowl_beta, bowl_gradient, bowl_lr, bowl_method, kit, lang, mo, np, path_bowl, path_bowl_gd):
    from gradiente.optim import minimize as _minimize

    def _summary(path):
        _values = path[:, 0] ** 2 + 5 * path[:, 1] ** 2
        _flips = int(np.sum(path[:-1, 1] * path[1:, 1] < 0))
        return _values[-1], _flips

    _f_method, _flips_method = _summary(path_bowl)
    _f_gd, _flips_gd = _summary(path_bowl_gd)
    # The same run with the library: gradiente.optim implements the same updates.
    _library = _minimize(
        lambda p: p[0] ** 2 + 5 * p[1] ** 2,
        np.array([-4.0, 1.5]),
        method=bowl_method.value,
        lr=bowl_lr.value,
        grad=bowl_gradient,
        beta=bowl_beta.value,
        betas=(bowl_beta.value, 0.999),
        alpha=0.99,
        max_iter=40,
        tol=0.0,
    )
    _gap = float(
        np.max(np.abs(np.asarray(_library.trajectory)[: len(path_bowl)] - path_bowl[: len(_library.trajectory)]))
    )
    _fmt = kit.tex_number
    _kind = "success" if _f_method < _f_gd else "warn"
    _es = (
        f"Tras 40 pasos: $f = {_fmt(float(_f_method))}$ con {bowl_method.selected_key} ($y$ cambió de signo "
        f"{_flips_method} veces) y $f = {_fmt(float(_f_gd))}$ con el descenso de gradiente ({_flips_gd} cambios de "
        f'signo). `gradiente.optim.minimize(method="{bowl_method.value}")` da el mismo camino: la mayor diferencia '
        f"entre los dos es ${_fmt(_gap, 2)}$."
    )
    _en = (
        f"After 40 steps: $f = {_fmt(float(_f_method))}$ with {bowl_method.selected_key} ($y$ changed sign "
        f"{_flips_method} times) and $f = {_fmt(float(_f_gd))}$ with gradient descent ({_flips_gd} sign changes). "
        f'`gradiente.optim.minimize(method="{bowl_method.value}")` gives the same path: the largest difference '
        f"between the two is ${_fmt(_gap, 2)}$."
    )
    mo.callout(kit.text(lang, es=_es, en=_en), kind=_kind)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 7. Todo junto, con datos reales

Ahora el costo logístico de la sección 1, con mini-lotes. Elige el método (momentum con
$\beta = 0.9$; Adam con $\beta_1 = 0.9$, $\beta_2 = 0.999$), la tasa, el tamaño del lote, las
épocas y si la tasa decrece, $\eta_e = \eta/(1 + e)$. A la izquierda, el camino sobre las curvas
de nivel de $J$; a la derecha, $J$ a lo largo de la corrida, medido por épocas (el trabajo: $n$
gradientes de ejemplos cada una) o por iteraciones (los pasos). La curva gris es el lote completo,
$|B| = 569$, con el mismo método y la misma tasa. Prueba:

- SGD con $\eta = 1$ y $|B| = 1$, $8$, $32$, $569$: por épocas, los lotes chicos bajan mucho antes
  (dan muchos más pasos con el mismo trabajo); por iteraciones, los lotes grandes dan los mejores
  pasos (con $|B| = 1$ cada paso es mucho más ruidoso), pero cada paso del lote completo cuesta 569
  gradientes de ejemplos;
- $|B| = 1$ con 10 épocas, tasa fija y luego decreciente: con la tasa fija el camino no se
  asienta en $w^*$, salta a su alrededor;
- Adam con $\eta = 0.1$ contra SGD con $\eta = 0.1$, con el lote completo: Adam avanza unos $\eta$
  por coordenada y por paso, mientras que el gradiente de este costo es chico.
""",
        en=r"""
## 7. All together, on real data

Now the logistic cost of section 1, with mini-batches. Choose the method (momentum with
$\beta = 0.9$; Adam with $\beta_1 = 0.9$, $\beta_2 = 0.999$), the rate, the batch size, the
epochs and whether the rate decays, $\eta_e = \eta/(1 + e)$. On the left, the path over the level
curves of $J$; on the right, $J$ along the run, measured in epochs (the work: $n$ example
gradients each) or in iterations (the steps). The grey curve is the full batch, $|B| = 569$, with
the same method and rate. Try:

- SGD with $\eta = 1$ and $|B| = 1$, $8$, $32$, $569$: per epoch, small batches go down much sooner
  (they take many more steps for the same work); per iteration, large batches make the best steps
  (with $|B| = 1$ each step is much noisier), but each step of the full batch costs 569 example
  gradients;
- $|B| = 1$ with 10 epochs, fixed rate and then decaying: with the fixed rate the path does not
  settle at $w^*$, it jumps around it;
- Adam with $\eta = 0.1$ against SGD with $\eta = 0.1$, on the full batch: Adam moves about $\eta$
  per coordinate and per step, while this cost's gradient is small.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    real_method = mo.ui.dropdown(
        options={"SGD": "sgd", "momentum (β = 0.9)": "momentum", "Adam": "adam"},
        value="SGD",
        label=kit.say(lang, es="Método", en="Method"),
    )
    real_lr = mo.ui.slider(
        steps=[0.01, 0.03, 0.1, 0.3, 1.0, 3.0],
        value=1.0,
        show_value=True,
        label=kit.say(lang, es="Tasa $\\eta$", en="Rate $\\eta$"),
    )
    real_batch = mo.ui.slider(
        steps=[1, 8, 32, 569], value=32, show_value=True, label=kit.say(lang, es="Lote $|B|$", en="Batch $|B|$")
    )
    real_epochs = mo.ui.slider(1, 10, value=5, show_value=True, label=kit.say(lang, es="Épocas", en="Epochs"))
    real_decay = mo.ui.dropdown(
        options={
            kit.say(lang, es="tasa fija", en="fixed rate"): False,
            kit.say(lang, es="tasa η/(1 + época)", en="rate η/(1 + epoch)"): True,
        },
        value=kit.say(lang, es="tasa fija", en="fixed rate"),
        label=kit.say(lang, es="Tasa", en="Rate"),
    )
    real_axis = mo.ui.dropdown(
        options={
            kit.say(lang, es="épocas", en="epochs"): "epochs",
            kit.say(lang, es="iteraciones", en="iterations"): "iterations",
        },
        value=kit.say(lang, es="épocas", en="epochs"),
        label=kit.say(lang, es="Eje horizontal", en="Horizontal axis"),
    )
    mo.vstack(
        [
            mo.hstack([real_method, real_lr, real_batch], justify="start", gap=2),
            mo.hstack([real_epochs, real_decay, real_axis], justify="start", gap=2),
        ]
    )
    return real_axis, real_batch, real_decay, real_epochs, real_lr, real_method


@app.cell(hide_code=True)
def _(X, n_samples, np, real_batch, real_decay, real_epochs, real_lr, real_method, run_minibatch, y):
    # Small pure cell: the run and the full-batch run, and J along both (every 8th point when there are many).
    path_real = run_minibatch(real_method.value, real_lr.value, real_batch.value, real_epochs.value, real_decay.value)
    path_full = run_minibatch(real_method.value, real_lr.value, n_samples, real_epochs.value, real_decay.value)

    def _costs_along(path):
        _Z = path @ X.T
        return np.mean(np.logaddexp(0, _Z) - y * _Z, axis=1)

    _stride = max(1, len(path_real) // 700)
    real_iterations = np.arange(0, len(path_real), _stride)
    real_costs = _costs_along(path_real[real_iterations])
    full_costs = _costs_along(path_full)
    real_steps_per_epoch = -(-n_samples // real_batch.value)  # ⌈n / |B|⌉
    return full_costs, path_full, path_real, real_costs, real_iterations, real_steps_per_epoch


@app.cell(hide_code=True)
def _(
    cost,
    cost_lines,
    draw_level_lines,
    full_costs,
    grid_w1,
    grid_w2,
    kit,
    lang,
    np,
    path_full,
    path_real,
    plt,
    real_axis,
    real_batch,
    real_costs,
    real_iterations,
    real_method,
    real_steps_per_epoch,
    w_star,
):
    _fig, (_ax, _ax2) = plt.subplots(1, 2, figsize=(10.5, 4.2), gridspec_kw={"width_ratios": [1.25, 1], "wspace": 0.28})
    draw_level_lines(_ax, cost_lines, 0.9)
    _clip = np.clip(path_real, [grid_w1[0], grid_w2[0]], [grid_w1[-1], grid_w2[-1]])
    _ax.plot(_clip[:, 0], _clip[:, 1], "-", color="tab:red", lw=0.8, alpha=0.9, label=f"|B| = {real_batch.value}")
    _ax.plot(path_full[:, 0], path_full[:, 1], "-o", color="0.35", ms=3, lw=1, label="|B| = 569")
    _ax.plot(*_clip[-1], "o", color="tab:red", ms=6, mec="black")
    _ax.plot(*w_star, "*", color="tab:green", ms=14, label="w*")
    _ax.plot([0], [0], "o", ms=9, mfc="none", mec="black")
    _ax.set_xlim(grid_w1[0], grid_w1[-1])
    _ax.set_ylim(grid_w2[0], grid_w2[-1])
    _ax.set_aspect("equal")
    _ax.set_xlabel(kit.say(lang, es="w₁ (radio medio)", en="w₁ (mean radius)"))
    _ax.set_ylabel(kit.say(lang, es="w₂ (textura media)", en="w₂ (mean texture)"))
    _ax.set_title(
        kit.say(
            lang, es=f"{real_method.selected_key}: el camino sobre J", en=f"{real_method.selected_key}: the path over J"
        ),
        fontsize=11,
    )
    _ax.legend(loc="upper right", fontsize=8)
    _by_epoch = real_axis.value == "epochs"
    _x_real = real_iterations / real_steps_per_epoch if _by_epoch else real_iterations
    _x_full = np.arange(len(full_costs))  # one step per epoch: epochs and iterations coincide
    _first = 0 if _by_epoch else 1  # a log axis has no 0: by iterations, the curves start at step 1
    _ax2.plot(_x_real[_first:], real_costs[_first:], color="tab:red", lw=1, label=f"|B| = {real_batch.value}")
    _ax2.plot(_x_full[_first:], full_costs[_first:], "-o", color="0.35", ms=3, lw=1, label="|B| = 569")
    _ax2.axhline(cost(w_star), color="tab:green", lw=1, ls="--", label="J(w*)")
    if not _by_epoch:
        _ax2.set_xscale("log")
        _ax2.xaxis.set_major_formatter(kit.powers_of_ten())
        _ax2.minorticks_off()
    _ax2.set_ylim(cost(w_star) - 0.02, 0.72)
    _ax2.set_xlabel(
        kit.say(lang, es="épocas", en="epochs")
        if _by_epoch
        else kit.say(lang, es="iteraciones (pasos)", en="iterations (steps)")
    )
    _ax2.set_ylabel("J(w)")
    _ax2.set_title(kit.say(lang, es="El costo a lo largo de la corrida", en="The cost along the run"), fontsize=11)
    _ax2.grid(True, color="0.92")
    _ax2.legend(loc="upper right", fontsize=8)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(cost, full_costs, kit, lang, mo, np, path_real, real_batch, real_epochs, real_steps_per_epoch, w_star):
    _last = path_real[-1]
    _tail = path_real[-real_steps_per_epoch:]  # the last epoch's iterates
    _spread = float(np.sqrt(np.sum(_tail.var(axis=0))))
    _steps = len(path_real) - 1
    _es = (
        f"{real_epochs.value} épocas con $|B| = {real_batch.value}$ son {_steps} iteraciones "
        f"({real_steps_per_epoch} por época). Al final $w = ({_last[0]:.3f},\\ {_last[1]:.3f})$, con "
        f"$J = {cost(_last):.4f}$ (el lote completo llega a $J = {full_costs[-1]:.4f}$ y el mínimo es "
        f"${cost(w_star):.4f}$). En la última época el camino se movió en una nube de radio "
        f"${kit.tex_number(_spread, 2)}$ (desviación estándar de sus puntos)."
    )
    _en = (
        f"{real_epochs.value} epochs with $|B| = {real_batch.value}$ are {_steps} iterations "
        f"({real_steps_per_epoch} per epoch). At the end $w = ({_last[0]:.3f},\\ {_last[1]:.3f})$, with "
        f"$J = {cost(_last):.4f}$ (the full batch reaches $J = {full_costs[-1]:.4f}$ and the minimum is "
        f"${cost(w_star):.4f}$). During the last epoch the path moved in a cloud of radius "
        f"${kit.tex_number(_spread, 2)}$ (standard deviation of its points)."
    )
    mo.callout(kit.text(lang, es=_es, en=_en), kind="info")
    return


@app.cell(hide_code=True)
def _(X, kit, lang, np, run_minibatch, y):
    # The library's SGD with the same protocol (rng = default_rng(seed), one permutation per epoch) on 3 epochs.
    from gradiente.autodiff import Tensor
    from gradiente.optim import SGD

    _w = Tensor(np.zeros(2), requires_grad=True)
    _optimizer = SGD([_w], lr=1.0, batch_size=32, rng=0)
    for _epoch in range(3):
        for _batch in _optimizer.batches(len(y)):
            _optimizer.zero_grad()
            _z = Tensor(X[_batch]) @ _w
            ((_z.exp() + 1).log() - Tensor(y[_batch]) * _z).mean().backward()  # mean cross-entropy
            _optimizer.step()
    _ours = run_minibatch("sgd", 1.0, 32, 3, seed=0)[-1]
    _gap = float(np.max(np.abs(_ours - _w.data)))
    kit.text(
        lang,
        es=rf"""
La biblioteca hace lo mismo. `gradiente.optim.SGD([w], lr=1.0, batch_size=32, rng=0)`, con sus
lotes `optimizer.batches(n)` en cada época y el gradiente calculado por diferenciación
automática, termina tras 3 épocas en $({_w.data[0]:.6f},\ {_w.data[1]:.6f})$; la corrida de esta
lección, en $({_ours[0]:.6f},\ {_ours[1]:.6f})$: una diferencia de ${kit.tex_number(_gap, 2)}$.
`Momentum`, `RMSProp` y `Adam` de `gradiente.optim` también aplican exactamente las reglas de esta
lección (son las de PyTorch), como mostró la sección 6.

En el último ejercicio programas esta corrida para cualquier número de pesos, con el protocolo
de la sección 3.
""",
        en=rf"""
The library does the same. `gradiente.optim.SGD([w], lr=1.0, batch_size=32, rng=0)`, with its
batches `optimizer.batches(n)` every epoch and the gradient from automatic differentiation,
ends after 3 epochs at $({_w.data[0]:.6f},\ {_w.data[1]:.6f})$; this lesson's run, at
$({_ours[0]:.6f},\ {_ours[1]:.6f})$: a difference of ${kit.tex_number(_gap, 2)}$. `Momentum`,
`RMSProp` and `Adam` in `gradiente.optim` also apply exactly this lesson's rules (they are
PyTorch's), as section 6 showed.

In the last exercise you write this run for any number of weights, with the protocol of
section 3.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_sgd_logistic = kit.exercise("sgd_logistic", lang)
    ex_sgd_logistic
    return (ex_sgd_logistic,)


@app.cell(hide_code=True)
def _(ex_sgd_logistic, kit):
    kit.feedback(ex_sgd_logistic)
    return


@app.cell(hide_code=True)
def _(ex_sgd_logistic, kit):
    kit.hints(ex_sgd_logistic)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 8. Autoevaluación

Cuatro preguntas rápidas. La respuesta se corrige en cuanto eliges una opción.
""",
        en=r"""
## 8. Self-check

Four quick questions. Your answer is checked as soon as you pick an option.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit):
    T, Question = kit.T, kit.Question
    QUIZ = [
        Question(
            T(
                es="**1.** Pasas de mini-lotes de 16 a mini-lotes de 64. ¿Qué le pasa a la desviación estándar del gradiente del mini-lote?",
                en="**1.** You go from mini-batches of 16 to mini-batches of 64. What happens to the standard deviation of the mini-batch gradient?",
            ),
            (
                T(es="se divide entre 4", en="it is divided by 4"),
                T(es="se divide entre 2, aproximadamente", en="it is divided by about 2"),
                T(es="no cambia: el gradiente no tiene sesgo", en="it does not change: the gradient is unbiased"),
                T(es="se multiplica por 4", en="it is multiplied by 4"),
            ),
            answer=1,
            why=T(
                es=r"La **varianza** es $\approx \sigma^2/|B|$, así que se divide entre 4, y la desviación estándar, su raíz, entre $\sqrt{4} = 2$ (un poco más, por el factor $(n - |B|)/(n - 1)$ del muestreo sin reposición). Que no tenga sesgo habla de su media, no de su ruido.",
                en=r"The **variance** is $\approx \sigma^2/|B|$, so it is divided by 4, and the standard deviation, its root, by $\sqrt{4} = 2$ (a little more, from the factor $(n - |B|)/(n - 1)$ of sampling without replacement). Being unbiased is about its mean, not its noise.",
            ),
        ),
        Question(
            T(
                es=r"**2.** Con momentum ($v \leftarrow \beta v + g$, $w \leftarrow w - \eta v$) y un gradiente que no cambia, ¿de qué tamaño termina siendo cada paso?",
                en=r"**2.** With momentum ($v \leftarrow \beta v + g$, $w \leftarrow w - \eta v$) and a gradient that does not change, how large does each step end up?",
            ),
            (
                T.same("η·g"),
                T.same("η·(1 − β)·g"),
                T.same("η·g / (1 − β)"),
                T.same("η·β·g"),
            ),
            answer=2,
            why=T(
                es=r"$v_k = (1 + \beta + \dots + \beta^{k-1})\,g = \frac{1 - \beta^k}{1 - \beta}\,g \to \frac{g}{1 - \beta}$: con $\beta = 0.9$, diez veces el paso del descenso de gradiente. $\eta(1 - \beta)g$ sería el paso de la forma con promedio móvil, $v \leftarrow \beta v + (1 - \beta)g$.",
                en=r"$v_k = (1 + \beta + \dots + \beta^{k-1})\,g = \frac{1 - \beta^k}{1 - \beta}\,g \to \frac{g}{1 - \beta}$: with $\beta = 0.9$, ten times gradient descent's step. $\eta(1 - \beta)g$ would be the step of the moving-average form, $v \leftarrow \beta v + (1 - \beta)g$.",
            ),
        ),
        Question(
            T(
                es=r"**3.** En el primer paso de Adam ($t = 1$, $m = s = 0$, $\beta_1 = 0.9$, $\beta_2 = 0.999$), ¿qué arregla la corrección del sesgo?",
                en=r"**3.** At Adam's first step ($t = 1$, $m = s = 0$, $\beta_1 = 0.9$, $\beta_2 = 0.999$), what does the bias correction fix?",
            ),
            (
                T(
                    es="nada: en t = 1 los factores 1 − βᵗ valen 1",
                    en="nothing: at t = 1 the factors 1 − βᵗ are 1",
                ),
                T(
                    es="que m = 0.1·g y s = 0.001·g² son promedios encogidos hacia su valor inicial 0: sin corregir, el paso sería unas 3.16 veces η",
                    en="that m = 0.1·g and s = 0.001·g² are averages shrunk towards their starting value 0: uncorrected, the step would be about 3.16 times η",
                ),
                T(
                    es="que el gradiente del mini-lote tiene ruido",
                    en="that the mini-batch gradient is noisy",
                ),
                T(es="que ε es demasiado chico", en="that ε is too small"),
            ),
            answer=1,
            why=T(
                es=r"En $t = 1$: $m = (1 - \beta_1)g = 0.1\,g$ y $s = (1 - \beta_2)g^2 = 0.001\,g^2$. Dividiendo entre $1 - \beta_1 = 0.1$ y $1 - \beta_2 = 0.001$ quedan $\hat m = g$ y $\hat s = g^2$, y el paso es $\approx \eta$ por coordenada. Sin la corrección sería $\eta \cdot 0.1/\sqrt{0.001} \approx 3.16\,\eta$. Los factores valen $1 - \beta^1$, no 1.",
                en=r"At $t = 1$: $m = (1 - \beta_1)g = 0.1\,g$ and $s = (1 - \beta_2)g^2 = 0.001\,g^2$. Dividing by $1 - \beta_1 = 0.1$ and $1 - \beta_2 = 0.001$ leaves $\hat m = g$ and $\hat s = g^2$, and the step is $\approx \eta$ per coordinate. Without the correction it would be $\eta \cdot 0.1/\sqrt{0.001} \approx 3.16\,\eta$. The factors are $1 - \beta^1$, not 1.",
            ),
        ),
        Question(
            T(
                es="**4.** El descenso llega a un punto de silla, donde el gradiente completo vale casi cero. ¿Por qué el descenso estocástico tiene más chances de salir de ahí?",
                en="**4.** Descent reaches a saddle point, where the full gradient is nearly zero. Why does stochastic descent have a better chance of leaving it?",
            ),
            (
                T(
                    es="porque el gradiente del mini-lote tiene sesgo hacia los mínimos",
                    en="because the mini-batch gradient is biased towards minima",
                ),
                T(
                    es="porque los mini-lotes dan pasos más largos",
                    en="because mini-batches take longer steps",
                ),
                T(
                    es="porque el gradiente de un mini-lote no es cero ahí: su ruido empuja a w en direcciones al azar, y en una silla alguna de ellas baja",
                    en="because a mini-batch gradient is not zero there: its noise kicks w in random directions, and at a saddle some of them go down",
                ),
                T(es="no tiene más chances: los dos se quedan quietos", en="it has no better chance: both stand still"),
            ),
            answer=2,
            why=T(
                es=r"Como viste en la sección 2 (en $w^*$), cuando $\nabla J = 0$ los $g_B$ no lo son. En una silla hay direcciones en las que $J$ baja; un empujón al azar tiene una componente en ellas, y a partir de ahí el gradiente mismo la agranda. El gradiente del mini-lote no tiene sesgo: en promedio es $\nabla J$.",
                en=r"As section 2 showed (at $w^*$), where $\nabla J = 0$ the $g_B$ are not. At a saddle there are directions along which $J$ goes down; a random kick has a component along them, and from then on the gradient itself makes it grow. The mini-batch gradient is unbiased: on average it is $\nabla J$.",
            ),
        ),
    ]
    return (QUIZ,)


@app.cell(hide_code=True)
def _(QUIZ, kit, lang):
    quiz = kit.self_check(QUIZ, lang)
    return (quiz,)


@app.cell(hide_code=True)
def _(kit, quiz):
    kit.self_check_feedback(quiz)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 9. Resumen

- El gradiente de un mini-lote, $g_B = \frac{1}{|B|}\sum_{i \in B} \nabla \ell_i(w)$, es una estimación sin sesgo de $\nabla J(w)$, con varianza $\approx \sigma^2/|B|$ (por $\frac{n - |B|}{n - 1}$ sin reposición): cuadruplicar el lote divide el ruido entre 2. En el mínimo, $\nabla J = 0$ pero $g_B \neq 0$: con tasa fija el descenso estocástico salta alrededor de $w^*$, y una tasa que decrece lo asienta.
- Una época es una pasada por los datos ($\lceil n/|B| \rceil$ iteraciones) y cuesta $n$ gradientes de ejemplos, sea cual sea $|B|$. Se baraja en cada época, y con `rng = np.random.default_rng(seed)` y `rng.permutation(n)` por época la corrida se repite exactamente.
- Momentum: $v \leftarrow \beta v + g$, $w \leftarrow w - \eta v$. Con gradiente constante el paso tiende a $\eta/(1 - \beta)$; un gradiente que alterna se cancela en la suma. Demasiada memoria ($\beta \to 1$) hace que el camino dé vueltas. Nesterov evalúa el gradiente en el punto adelantado $w - \eta\beta v$.
- RMSProp divide cada coordenada por $\sqrt{s} + \varepsilon$, con $s$ el promedio móvil de $g^2$: ayuda con escalas distintas eje por eje, no con valles en diagonal. Adam suma a eso un promedio móvil $m$ del gradiente y corrige el sesgo de los dos, $\hat m = m/(1 - \beta_1^t)$, $\hat s = s/(1 - \beta_2^t)$; $\varepsilon$ va fuera de la raíz.
- `gradiente.optim` (`SGD`, `Momentum`, `RMSProp`, `Adam`, `minibatches`, `minimize(method=…)`) implementa exactamente estas reglas, que son las de PyTorch.
""",
        en=r"""
## 9. Summary

- The gradient of a mini-batch, $g_B = \frac{1}{|B|}\sum_{i \in B} \nabla \ell_i(w)$, is an unbiased estimate of $\nabla J(w)$, with variance $\approx \sigma^2/|B|$ (times $\frac{n - |B|}{n - 1}$ without replacement): four times the batch halves the noise. At the minimum $\nabla J = 0$ but $g_B \neq 0$: with a fixed rate stochastic descent jumps around $w^*$, and a decaying rate lets it settle.
- An epoch is one pass over the data ($\lceil n/|B| \rceil$ iterations) and costs $n$ example gradients, whatever $|B|$ is. Shuffle every epoch; with `rng = np.random.default_rng(seed)` and one `rng.permutation(n)` per epoch a run repeats exactly.
- Momentum: $v \leftarrow \beta v + g$, $w \leftarrow w - \eta v$. With a constant gradient the step tends to $\eta/(1 - \beta)$; an alternating gradient cancels in the sum. Too much memory ($\beta \to 1$) makes the path loop. Nesterov takes the gradient at the look-ahead point $w - \eta\beta v$.
- RMSProp divides each coordinate by $\sqrt{s} + \varepsilon$, with $s$ the moving average of $g^2$: it helps with different scales axis by axis, not with diagonal valleys. Adam adds a moving average $m$ of the gradient and corrects the bias of both, $\hat m = m/(1 - \beta_1^t)$, $\hat s = s/(1 - \beta_2^t)$; $\varepsilon$ goes outside the root.
- `gradiente.optim` (`SGD`, `Momentum`, `RMSProp`, `Adam`, `minibatches`, `minimize(method=…)`) implements exactly these rules, which are PyTorch's.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es="## 10. Para seguir: recursos de la guía de estudio",
        en="## 10. Keep going: resources from the study guide",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.resources("sgd-momentum-adam", lang)
    return


if __name__ == "__main__":
    app.run()
