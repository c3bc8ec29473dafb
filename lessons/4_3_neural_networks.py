import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 4.3")


@app.cell(hide_code=True)
def _():
    import marimo as mo
    import numpy as np

    from gradiente.course.kit import Kit
    from gradiente.datasets import load_digits, load_iris
    from gradiente.softmax import softmax

    kit = Kit()
    plt = kit.pyplot()
    return kit, load_digits, load_iris, mo, np, plt, softmax


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
    kit.header("neural-networks", lang)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Una red neuronal no es magia: es una cadena de capas $Z = AW + b$ (la capa densa de la lección 1.2),
con una función no lineal entre una y otra, y una pérdida que mide qué tan mal predice. En esta lección
armas esa cadena pieza por pieza, ves por qué la no linealidad es imprescindible, cuentas cuántos
números tiene que aprender la red y descubres por qué, antes de entrenar, la escala de los pesos
iniciales ya decide si la red podrá aprender algo.

**Al terminar podrás:**

- calcular la pasada hacia adelante de una red de varias capas siguiendo la forma de cada arreglo;
- explicar por qué dos capas lineales seguidas equivalen a una y cómo las unidades ReLU construyen
  funciones lineales a trozos (hasta resolver XOR);
- contar los parámetros de una arquitectura como 64-32-10 y justificar la varianza $2/n_{\text{in}}$
  de la inicialización de He;
- leer la salida como probabilidades (softmax) y la pérdida como menos el logaritmo de la verosimilitud.

**Por qué importa en ML.** Todo lo que se entrena con retropropagación (lección 4.4) —de un clasificador
de dígitos a un modelo de lenguaje— está hecho de estas tres piezas. Si entiendes las formas, el conteo
y la inicialización, los errores de "shapes mismatch" y las redes que "no aprenden nada" dejan de ser un
misterio.
""",
        en=r"""
A neural network is not magic: it is a chain of layers $Z = AW + b$ (lesson 1.2's dense layer), with a
non-linear function between one and the next, and a loss that measures how badly it predicts. In this
lesson you build that chain piece by piece, see why the non-linearity is essential, count how many
numbers the network has to learn, and find out why, before any training, the scale of the initial
weights already decides whether the network can learn at all.

**By the end you will be able to:**

- compute the forward pass of a multilayer network, tracking the shape of every array;
- explain why two linear layers in a row are one, and how ReLU units build piecewise-linear functions
  (enough to solve XOR);
- count the parameters of an architecture such as 64-32-10 and justify He initialisation's variance
  $2/n_{\text{in}}$;
- read the output as probabilities (softmax) and the loss as a negative log-likelihood.

**Why it matters in ML.** Everything trained by backpropagation (lesson 4.4) —from a digit classifier
to a language model— is made of these three parts. Once you understand shapes, counts and
initialisation, "shape mismatch" errors and networks that "learn nothing" stop being a mystery.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 1. Capas: la pasada hacia adelante

Seguimos la convención de código del curso (§1.3): un lote $X$ tiene forma $(n, n_0)$, una muestra por
fila, y la capa $l$ guarda su matriz $W_l$ con forma $(n_{l-1}, n_l)$ —como
`gradiente.models.MLPClassifier.coefs_` y scikit-learn; PyTorch la guarda transpuesta, $(n_l, n_{l-1})$—.
La red entera es:

$$
A_0 = X,\qquad Z_l = A_{l-1}W_l + b_l,\qquad A_l = \varphi(Z_l)\quad (l = 1, \dots, L-1),\qquad \hat{Y} = Z_L .
$$

La activación $\varphi$ (ReLU, $\tanh$, sigmoide) actúa entre capas; la última capa queda **sin**
activación: la salida $\hat{Y} = Z_L$, los *logits*, se convierten en probabilidades en la sección 6. En código:

```python
A = X
for l, (W, b) in enumerate(capas):
    Z = A @ W + b                                   # (n, n_{l-1}) @ (n_{l-1}, n_l) + (n_l,)
    A = Z if l == len(capas) - 1 else np.maximum(Z, 0)
```

Aquí va una red 4-8-3 sobre las 150 flores de iris, con pesos al azar (semilla fija). Mira cómo cambian
las formas:
""",
        en=r"""
## 1. Layers: the forward pass

We follow the course's code convention (§1.3): a batch $X$ has shape $(n, n_0)$, one sample per row,
and layer $l$ stores its matrix $W_l$ with shape $(n_{l-1}, n_l)$ —like
`gradiente.models.MLPClassifier.coefs_` and scikit-learn; PyTorch stores it transposed, $(n_l, n_{l-1})$.
The whole network is:

$$
A_0 = X,\qquad Z_l = A_{l-1}W_l + b_l,\qquad A_l = \varphi(Z_l)\quad (l = 1, \dots, L-1),\qquad \hat{Y} = Z_L .
$$

The activation $\varphi$ (ReLU, $\tanh$, sigmoid) acts between layers; the last layer has **no**
activation: the output $\hat{Y} = Z_L$, the *logits*, become probabilities in section 6. In code:

```python
A = X
for l, (W, b) in enumerate(layers):
    Z = A @ W + b                                   # (n, n_{l-1}) @ (n_{l-1}, n_l) + (n_l,)
    A = Z if l == len(layers) - 1 else np.maximum(Z, 0)
```

Here is a 4-8-3 network on iris's 150 flowers, with random weights (fixed seed). Watch the shapes change:
""",
    )
    return


@app.cell(hide_code=True)
def _(load_iris, np):
    iris = load_iris()
    iris_X = (iris.data - iris.data.mean(axis=0)) / iris.data.std(axis=0)  # standardised, ddof=0
    iris_y = iris.target
    _rng = np.random.default_rng(4)
    iris_layers = [
        (_rng.normal(0, np.sqrt(2 / 4), size=(4, 8)), np.zeros(8)),
        (_rng.normal(0, np.sqrt(2 / 8), size=(8, 3)), np.zeros(3)),
    ]
    iris_trace = [("X = A₀", iris_X.shape)]
    _A = iris_X
    for _l, (_W, _b) in enumerate(iris_layers, start=1):
        _Z = _A @ _W + _b
        iris_trace.append((f"W{_l}", _W.shape))
        iris_trace.append((f"Z{_l} = A{_l - 1} W{_l} + b{_l}", _Z.shape))
        _A = _Z if _l == len(iris_layers) else np.maximum(_Z, 0)
    iris_logits = _A
    return iris_X, iris_layers, iris_logits, iris_trace, iris_y


@app.cell(hide_code=True)
def _(iris_trace, kit, lang, mo):
    _head = kit.say(lang, es="| arreglo | forma |\n|---|---|\n", en="| array | shape |\n|---|---|\n")
    mo.md(_head + "\n".join(f"| `{name}` | `{shape}` |" for name, shape in iris_trace))
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Cada capa cambia el número de columnas y respeta el de filas: las 150 flores viajan juntas, y la
dimensión interior de cada producto ($n_{l-1}$) tiene que coincidir. Un error de forma casi siempre
es una $W$ guardada al revés.
""",
        en=r"""
Each layer changes the number of columns and keeps the number of rows: the 150 flowers travel
together, and the inner dimension of each product ($n_{l-1}$) has to match. A shape error is nearly
always a $W$ stored the other way round.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_forward_mlp = kit.exercise("forward_mlp", lang)
    ex_forward_mlp
    return (ex_forward_mlp,)


@app.cell(hide_code=True)
def _(ex_forward_mlp, kit):
    kit.feedback(ex_forward_mlp)
    return


@app.cell(hide_code=True)
def _(ex_forward_mlp, kit):
    kit.hints(ex_forward_mlp)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 2. Sin no linealidad no hay red: XOR

¿Para qué la activación? Si la quitas, dos capas se funden en una:

$$
(XW_1 + b_1)W_2 + b_2 = X\,\underbrace{W_1W_2}_{W} + \underbrace{b_1W_2 + b_2}_{b}.
$$

Apilar capas lineales da otra capa lineal, con matriz $W_1W_2$: por muchas que pongas, la frontera de
decisión sigue siendo una recta (un hiperplano). Lo comprobamos con la red de iris sin ReLU:
""",
        en=r"""
## 2. No non-linearity, no network: XOR

What is the activation for? Remove it, and two layers merge into one:

$$
(XW_1 + b_1)W_2 + b_2 = X\,\underbrace{W_1W_2}_{W} + \underbrace{b_1W_2 + b_2}_{b}.
$$

Stacking linear layers gives another linear layer, with matrix $W_1W_2$: however many you stack, the
decision boundary is still a straight line (a hyperplane). We check it on the iris network without ReLU:
""",
    )
    return


@app.cell(hide_code=True)
def _(iris_X, iris_layers, kit, lang, mo, np):
    (_W1, _b1), (_W2, _b2) = iris_layers
    _two = (iris_X @ _W1 + _b1) @ _W2 + _b2
    _one = iris_X @ (_W1 @ _W2) + (_b1 @ _W2 + _b2)
    _gap = float(np.max(np.abs(_two - _one)))
    mo.md(
        kit.say(
            lang,
            es=f"Mayor diferencia entre las dos capas lineales y la capa única con $W = W_1W_2$ (forma "
            f"{(_W1 @ _W2).shape}): **{_gap:.1e}**, es decir, cero salvo redondeo.",
            en=f"Largest difference between the two linear layers and the single layer with $W = W_1W_2$ "
            f"(shape {(_W1 @ _W2).shape}): **{_gap:.1e}**, that is, zero up to rounding.",
        )
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
El ejemplo clásico que ninguna recta resuelve es **XOR**: los puntos $(0,0)$ y $(1,1)$ son de una clase,
$(0,1)$ y $(1,0)$ de la otra. Abajo, una capa oculta de $k$ unidades con pesos al azar (semilla fija) y
la capa de salida ajustada por mínimos cuadrados (lección 3.1) a las etiquetas $\pm1$; el color es el
signo de la salida. Prueba "identidad": con los cuatro puntos, por simetría, el mejor ajuste lineal es
la constante 0 y no separa nada; activa el ruido y verás que la frontera es una recta, con cualquier $k$,
y que deja mal cerca de la mitad de los puntos. Con ReLU o $\tanh$ y unas pocas unidades, la frontera se dobla y separa las cuatro esquinas.
""",
        en=r"""
The classic example no straight line can solve is **XOR**: the points $(0,0)$ and $(1,1)$ belong to one
class, $(0,1)$ and $(1,0)$ to the other. Below, a hidden layer of $k$ units with random weights (fixed
seed) and the output layer fitted by least squares (lesson 3.1) to the labels $\pm1$; the colour is the
sign of the output. Try "identity": with the four points, by symmetry, the best linear fit is the
constant 0 and separates nothing; switch the noise on and you will see that the boundary is a line, for
any $k$, leaving about half the points wrong. With ReLU or $\tanh$ and a few units, the boundary bends and separates the four corners.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    xor_units = mo.ui.slider(
        1, 8, step=1, value=4, show_value=True, label=kit.say(lang, es="Unidades ocultas $k$", en="Hidden units $k$")
    )
    xor_act = mo.ui.dropdown(
        options={kit.say(lang, es="identidad", en="identity"): "identity", "ReLU": "relu", "tanh": "tanh"},
        value="ReLU",
        label=kit.say(lang, es="Activación", en="Activation"),
    )
    xor_noisy = mo.ui.switch(
        value=False, label=kit.say(lang, es="versión con ruido (80 puntos)", en="noisy version (80 points)")
    )
    mo.hstack([xor_units, xor_act, xor_noisy], justify="start", gap=2)
    return xor_act, xor_noisy, xor_units


@app.cell(hide_code=True)
def _(np):
    _corners = np.array([[0.0, 0.0], [1.0, 1.0], [0.0, 1.0], [1.0, 0.0]])
    _labels = np.array([-1.0, -1.0, 1.0, 1.0])
    _rng = np.random.default_rng(3)
    xor_clean = (_corners, _labels)
    _which = np.repeat(np.arange(4), 20)
    xor_noise = (_corners[_which] + _rng.normal(0, 0.15, size=(80, 2)), _labels[_which])
    _hidden_rng = np.random.default_rng(11)
    xor_W = _hidden_rng.normal(0, 2.0, size=(2, 8))
    xor_b = -(np.array([0.5, 0.5]) @ xor_W) + _hidden_rng.normal(0, 0.7, size=8)  # kinks near the data
    _g = np.linspace(-0.5, 1.5, 161)
    xor_grid = np.array(np.meshgrid(_g, _g)).reshape(2, -1).T
    return xor_W, xor_b, xor_clean, xor_grid, xor_noise


@app.cell(hide_code=True)
def _(np, xor_W, xor_act, xor_b, xor_clean, xor_grid, xor_noise, xor_noisy, xor_units):
    _phi = {"identity": lambda z: z, "relu": lambda z: np.maximum(z, 0), "tanh": np.tanh}[xor_act.value]
    _k = xor_units.value
    xor_pts, xor_lab = xor_noise if xor_noisy.value else xor_clean

    def _features(P):
        return np.column_stack([np.ones(len(P)), _phi(P @ xor_W[:, :_k] + xor_b[:_k])])

    _coef = np.linalg.lstsq(_features(xor_pts), xor_lab, rcond=None)[0]
    xor_surface = (_features(xor_grid) @ _coef).reshape(161, 161)
    xor_flat = bool(np.max(np.abs(xor_surface)) < 1e-9)  # the best linear fit to clean XOR is the constant 0
    xor_accuracy = 0.0 if xor_flat else float(np.mean(np.sign(_features(xor_pts) @ _coef) == xor_lab))
    return xor_accuracy, xor_flat, xor_lab, xor_pts, xor_surface


@app.cell(hide_code=True)
def _(kit, lang, np, plt, xor_accuracy, xor_act, xor_flat, xor_lab, xor_pts, xor_surface, xor_units):
    _fig, _ax = plt.subplots(figsize=(5.2, 4.4))
    _g = np.linspace(-0.5, 1.5, 161)
    if not xor_flat:
        _ax.contourf(_g, _g, np.sign(xor_surface), levels=[-2, 0, 2], colors=["#cfe0f3", "#f7d7c4"])
        _ax.contour(_g, _g, xor_surface, levels=[0], colors="0.3", linewidths=1.2)
    _ax.scatter(*xor_pts[xor_lab < 0].T, c="tab:blue", edgecolor="k", s=45, label="y = −1")
    _ax.scatter(*xor_pts[xor_lab > 0].T, c="tab:orange", edgecolor="k", s=45, marker="s", label="y = +1")
    _ax.set_xlabel("$x_1$")
    _ax.set_ylabel("$x_2$")
    _ax.set_aspect("equal")
    _ax.legend(loc="upper right", fontsize=8, framealpha=0.9)
    _ax.set_title(
        kit.say(
            lang,
            es=f"{xor_act.selected_key}, k = {xor_units.value}: el mejor ajuste lineal es la constante 0, no decide nada"
            if xor_flat
            else f"{xor_act.selected_key}, k = {xor_units.value}: {100 * xor_accuracy:.0f} % de aciertos",
            en=f"{xor_act.selected_key}, k = {xor_units.value}: the best linear fit is the constant 0, it decides nothing"
            if xor_flat
            else f"{xor_act.selected_key}, k = {xor_units.value}: {100 * xor_accuracy:.0f} % correct",
        ),
        fontsize=10,
    )
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 3. Sumando bisagras: cómo una red ReLU dibuja una curva

Para ver qué hace la no linealidad, basta una entrada. Una red con una capa oculta de $k$ unidades ReLU
y una salida lineal calcula

$$
f(x) = c + \sum_{j=1}^{k} a_j \max(0,\ w_j x + b_j).
$$

Cada unidad es una **bisagra**: vale 0 de un lado y crece en línea recta del otro, con el quiebre donde
$w_j x + b_j = 0$, es decir, en $x = -b_j/w_j$. El peso de salida $a_j$ dice cuánto cambia la pendiente
de $f$ en ese quiebre. Así que $f$ es **lineal a trozos**, con a lo sumo $k$ quiebres: quien elige
$w$ y $b$ elige dónde se dobla la curva; quien elige $a$ y $c$, cuánto.

Mueve los tres quiebres de una red de tres unidades ($w_j = 1$, $b_j = -t_j$, así que el quiebre está
en $t_j$). Para cada posición, las alturas $a_j$ y $c$ se ajustan por mínimos cuadrados a $\sin x$ en
$[-\pi, \pi]$. Las líneas finas son las bisagras ya multiplicadas por $a_j$; la gruesa, su suma.
""",
        en=r"""
## 3. Adding hinges: how a ReLU network draws a curve

To see what the non-linearity does, one input is enough. A network with a hidden layer of $k$ ReLU
units and a linear output computes

$$
f(x) = c + \sum_{j=1}^{k} a_j \max(0,\ w_j x + b_j).
$$

Each unit is a **hinge**: it is 0 on one side and grows along a straight line on the other, bending
where $w_j x + b_j = 0$, that is, at $x = -b_j/w_j$. The output weight $a_j$ says how much the slope of
$f$ changes at that kink. So $f$ is **piecewise linear**, with at most $k$ kinks: whoever picks $w$ and
$b$ picks where the curve bends; whoever picks $a$ and $c$, by how much.

Move the three kinks of a three-unit network ($w_j = 1$, $b_j = -t_j$, so the kink sits at $t_j$). For
each position, the heights $a_j$ and $c$ are fitted by least squares to $\sin x$ on $[-\pi, \pi]$. The
thin lines are the hinges already multiplied by $a_j$; the thick one, their sum.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    kink_1 = mo.ui.slider(
        -3.0, 3.0, step=0.1, value=-2.0, show_value=True, label=kit.say(lang, es="quiebre $t_1$", en="kink $t_1$")
    )
    kink_2 = mo.ui.slider(
        -3.0, 3.0, step=0.1, value=0.0, show_value=True, label=kit.say(lang, es="quiebre $t_2$", en="kink $t_2$")
    )
    kink_3 = mo.ui.slider(
        -3.0, 3.0, step=0.1, value=2.0, show_value=True, label=kit.say(lang, es="quiebre $t_3$", en="kink $t_3$")
    )
    mo.hstack([kink_1, kink_2, kink_3], justify="start", gap=2)
    return kink_1, kink_2, kink_3


@app.cell(hide_code=True)
def _(np):
    hinge_x = np.linspace(-np.pi, np.pi, 400)
    hinge_target = np.sin(hinge_x)

    def hinge_fit(kinks):
        """Least-squares heights for hinges max(0, x − t_j): returns c, a, the hinge matrix and the fit."""
        H = np.maximum(0.0, hinge_x[:, None] - np.asarray(kinks)[None, :])
        design = np.column_stack([np.ones_like(hinge_x), H])
        coef = np.linalg.lstsq(design, hinge_target, rcond=None)[0]
        return coef[0], coef[1:], H, design @ coef

    return hinge_fit, hinge_target, hinge_x


@app.cell(hide_code=True)
def _(hinge_fit, hinge_target, hinge_x, kink_1, kink_2, kink_3, kit, lang, np, plt):
    _kinks = np.array([kink_1.value, kink_2.value, kink_3.value])
    _c, _a, _H, _fit = hinge_fit(_kinks)
    _rmse = float(np.sqrt(np.mean((_fit - hinge_target) ** 2)))
    _fig, _ax = plt.subplots(figsize=(7.5, 4))
    _ax.axhline(0, color="0.85", lw=0.8)
    _ax.plot(
        hinge_x,
        hinge_target,
        color="0.55",
        lw=5,
        alpha=0.5,
        label=kit.say(lang, es="objetivo sin x", en="target sin x"),
    )
    for _j in range(3):
        _ax.plot(
            hinge_x,
            _a[_j] * _H[:, _j],
            lw=1,
            ls="--",
            label=f"$a_{_j + 1}$·max(0, x − {_kinks[_j]:.1f}), $a_{_j + 1}$ = {_a[_j]:.2f}",
        )
        _ax.axvline(_kinks[_j], color="0.7", lw=0.6, ls=":")
    _ax.plot(
        hinge_x, _fit, color="tab:red", lw=2.2, label=kit.say(lang, es=f"f(x), c = {_c:.2f}", en=f"f(x), c = {_c:.2f}")
    )
    _ax.set_ylim(-2.5, 2.5)
    _ax.set_xlabel("x")
    _ax.legend(fontsize=7.5, loc="lower right", ncol=2, framealpha=0.9)
    _ax.set_title(
        kit.say(
            lang,
            es=f"3 bisagras ajustadas a sin x: raíz del error cuadrático medio = {_rmse:.3f}",
            en=f"3 hinges fitted to sin x: root-mean-square error = {_rmse:.3f}",
        ),
        fontsize=10,
    )
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(hinge_fit, hinge_target, kit, lang, np):
    _best_fit = hinge_fit(np.array([-3.0, -1.4, 1.4]))[3]
    _best = float(np.sqrt(np.mean((_best_fit - hinge_target) ** 2)))
    kit.text(
        lang,
        es=rf"""
Junta los tres quiebres y $f$ queda hecha de solo dos tramos rectos. Como las tres bisagras se abren
hacia la derecha, a la izquierda del primer quiebre $f$ vale la constante $c$: pon uno cerca de $-\pi$
para darle pendiente desde el principio y los otros dos cerca de donde $\sin x$ se curva más
($\pm\pi/2$). Con quiebres en $-3$, $-1.4$ y $1.4$ el error baja a {_best:.3f}. ¿Y con más unidades? Abajo, $k$
bisagras con quiebres al azar (semilla fija; un $w_j$ de signo al azar, así que algunas se abren hacia
la izquierda) y sus alturas de nuevo por mínimos cuadrados. Los triángulos marcan los quiebres.
""",
        en=rf"""
Bunch the three kinks together and $f$ is made of just two straight pieces. Since all three hinges open
to the right, left of the first kink $f$ is the constant $c$: put one near $-\pi$ to give it a slope
from the start and the other two near where $\sin x$ bends most ($\pm\pi/2$). With kinks at $-3$,
$-1.4$ and $1.4$ the error drops to {_best:.3f}. And with more units? Below, $k$
hinges with random kinks (fixed seed; each $w_j$ has a random sign, so some open to the left) and their
heights again by least squares. The triangles mark the kinks.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    many_units = mo.ui.slider(
        1, 20, step=1, value=5, show_value=True, label=kit.say(lang, es="Unidades ReLU $k$", en="ReLU units $k$")
    )
    many_units
    return (many_units,)


@app.cell(hide_code=True)
def _(hinge_target, hinge_x, np):
    _rng = np.random.default_rng(0)
    many_w = _rng.choice([-1.0, 1.0], size=20)
    many_t = _rng.uniform(-np.pi, np.pi, size=20)
    many_b = -many_w * many_t  # w x + b = 0 at x = t

    def many_fit(k):
        H = np.maximum(0.0, np.outer(hinge_x, many_w[:k]) + many_b[:k])
        design = np.column_stack([np.ones_like(hinge_x), H])
        coef = np.linalg.lstsq(design, hinge_target, rcond=None)[0]
        fit = design @ coef
        return fit, float(np.sqrt(np.mean((fit - hinge_target) ** 2)))

    many_rmse = [many_fit(_k)[1] for _k in range(1, 21)]
    return many_fit, many_rmse, many_t


@app.cell(hide_code=True)
def _(hinge_target, hinge_x, kit, lang, many_fit, many_rmse, many_t, many_units, np, plt):
    _k = many_units.value
    _fit, _rmse = many_fit(_k)
    _fig, (_ax, _bx) = plt.subplots(1, 2, figsize=(9, 3.6), gridspec_kw={"width_ratios": [1.7, 1]})
    _ax.plot(hinge_x, hinge_target, color="0.55", lw=5, alpha=0.5, label="sin x")
    _ax.plot(hinge_x, _fit, color="tab:red", lw=2, label="f(x)")
    _ax.plot(
        many_t[:_k],
        np.interp(many_t[:_k], hinge_x, _fit),
        "^",
        color="k",
        ms=6,
        label=kit.say(lang, es="quiebres", en="kinks"),
    )
    _ax.set_ylim(-1.6, 1.6)
    _ax.set_xlabel("x")
    _ax.legend(fontsize=8, loc="upper left")
    _ax.set_title(
        kit.say(
            lang,
            es=f"k = {_k}: raíz del error cuadrático medio {_rmse:.3f}",
            en=f"k = {_k}: root-mean-square error {_rmse:.3f}",
        ),
        fontsize=10,
        y=1.0,  # a fixed spot: nothing sits above the axes, so matplotlib need not measure the ticks to place it
    )
    _bx.semilogy(np.arange(1, 21), many_rmse, "o-", color="0.6", ms=3)
    _bx.semilogy([_k], [_rmse], "o", color="tab:red", ms=7)
    _bx.yaxis.set_major_formatter(kit.powers_of_ten())
    _bx.minorticks_off()
    _bx.set_xlabel("k")
    _bx.set_title(kit.say(lang, es="error según k", en="error against k"), fontsize=10, y=1.0)
    # The margins tight_layout finds (the same for every k and in both languages), fixed: it would
    # measure every text on each move.
    _fig.subplots_adjust(left=0.065, right=0.983, bottom=0.163, top=0.905, wspace=0.145)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang, many_rmse):
    kit.text(
        lang,
        es=rf"""
Con 1 unidad el error es {many_rmse[0]:.3f}; con 20, {many_rmse[19]:.4f}. Es la idea del teorema de
aproximación universal en su versión más sencilla: con suficientes bisagras, una red de una sola capa
oculta se acerca tanto como quieras a cualquier curva continua en un intervalo. No dice cuántas hacen
falta ni cómo encontrarlas: eso es el entrenamiento (4.4).
""",
        en=rf"""
With 1 unit the error is {many_rmse[0]:.3f}; with 20, {many_rmse[19]:.4f}. This is the universal
approximation idea in its simplest form: with enough hinges, a network with a single hidden layer gets
as close as you like to any continuous curve on an interval. It does not say how many you need or how to
find them: that is training (4.4).
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_relu_network_1d = kit.exercise("relu_network_1d", lang)
    ex_relu_network_1d
    return (ex_relu_network_1d,)


@app.cell(hide_code=True)
def _(ex_relu_network_1d, kit):
    kit.feedback(ex_relu_network_1d)
    return


@app.cell(hide_code=True)
def _(ex_relu_network_1d, kit):
    kit.hints(ex_relu_network_1d)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 4. ¿Cuántos números aprende una red?

La capa $l$ tiene una matriz $W_l$ de $n_{l-1}\times n_l$ pesos y un vector $b_l$ de $n_l$ sesgos (uno por
unidad que *recibe*). En total,

$$
\#\theta = \sum_{l=1}^{L} (n_{l-1} + 1)\, n_l .
$$

Para la red de iris 4-8-3: $(4+1)\cdot 8 + (8+1)\cdot 3$. La tabla lo calcula para tres arquitecturas
reales: iris, los dígitos de $8\times8$ píxeles que usarás en la 4.4 y los de $28\times28$ (MNIST).
""",
        en=r"""
## 4. How many numbers does a network learn?

Layer $l$ has a matrix $W_l$ of $n_{l-1}\times n_l$ weights and a vector $b_l$ of $n_l$ biases (one per
*receiving* unit). In total,

$$
\#\theta = \sum_{l=1}^{L} (n_{l-1} + 1)\, n_l .
$$

For the iris network 4-8-3: $(4+1)\cdot 8 + (8+1)\cdot 3$. The table computes it for three real
architectures: iris, the $8\times8$-pixel digits you will use in 4.4, and the $28\times28$ ones (MNIST).
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, load_digits, mo):
    _digits_n = load_digits().data.shape[0]
    _rows = []
    for _sizes in ([4, 8, 3], [64, 32, 10], [784, 128, 64, 10]):
        _pairs = list(zip(_sizes[:-1], _sizes[1:]))
        _weights = sum(_i * _o for _i, _o in _pairs)
        _biases = sum(_o for _, _o in _pairs)
        _rows.append(
            f"| {'-'.join(map(str, _sizes))} | {_weights:,} | {_biases:,} | **{_weights + _biases:,}** |".replace(
                ",", " "
            )
        )
    _head = kit.say(
        lang,
        es="| red | pesos | sesgos | parámetros |\n|---|---|---|---|\n",
        en="| network | weights | biases | parameters |\n|---|---|---|---|\n",
    )
    _note = kit.say(
        lang,
        es=f"\n\nLa red 64-32-10 tiene más parámetros que imágenes el conjunto de dígitos entero ({_digits_n}): "
        "por eso, en la 4.4, mirarás el error en datos que la red no vio.",
        en=f"\n\nThe 64-32-10 network has more parameters than the whole digits data set has images ({_digits_n}): "
        "that is why, in 4.4, you will look at the error on data the network did not see.",
    )
    mo.md(_head + "\n".join(_rows) + _note)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_count_parameters = kit.exercise("count_parameters", lang)
    ex_count_parameters
    return (ex_count_parameters,)


@app.cell(hide_code=True)
def _(ex_count_parameters, kit):
    kit.feedback(ex_count_parameters)
    return


@app.cell(hide_code=True)
def _(ex_count_parameters, kit):
    kit.hints(ex_count_parameters)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 5. La escala de la inicialización

Antes de entrenar hay que elegir los pesos iniciales, y su escala no es un detalle. Si $z = \sum_{i=1}^{n_{\text{in}}} w_i x_i$
con $w_i$ independientes, de media 0 y varianza $\operatorname{Var}(w)$, e independientes de las $x_i$,

$$
\operatorname{Var}(z) = n_{\text{in}}\,\operatorname{Var}(w)\,\mathbb{E}[x^2].
$$

Con ReLU, $a = \max(0, z)$ y $z$ simétrica alrededor de 0, la mitad de las veces $a = 0$ y
$\mathbb{E}[a^2] = \tfrac12\operatorname{Var}(z)$: cada capa multiplica la energía de la señal por
$\tfrac12\, n_{\text{in}} \operatorname{Var}(w)$. Para que ese factor sea 1, **He** propone

$$
\operatorname{Var}(w) = \frac{2}{n_{\text{in}}},\qquad \sigma_w = \sqrt{2/n_{\text{in}}}.
$$

(Xavier/Glorot, pensada para $\tanh$, usa $1/n_{\text{in}}$ o $2/(n_{\text{in}} + n_{\text{out}})$.) Con un
factor $s$ veces la desviación de He, la energía se multiplica por $s^2$ en cada capa: tras 10 capas, por
$s^{20}$. Compruébalo: una red ReLU de 10 capas de 64 unidades sobre los dígitos estandarizados, con
pesos $s\cdot\sqrt{2/64}$.
""",
        en=r"""
## 5. The scale of the initialisation

Before training you must pick the initial weights, and their scale is not a detail. If $z = \sum_{i=1}^{n_{\text{in}}} w_i x_i$
with the $w_i$ independent, of mean 0 and variance $\operatorname{Var}(w)$, and independent of the $x_i$,

$$
\operatorname{Var}(z) = n_{\text{in}}\,\operatorname{Var}(w)\,\mathbb{E}[x^2].
$$

With ReLU, $a = \max(0, z)$ and $z$ symmetric around 0, half the time $a = 0$ and
$\mathbb{E}[a^2] = \tfrac12\operatorname{Var}(z)$: every layer multiplies the signal's energy by
$\tfrac12\, n_{\text{in}} \operatorname{Var}(w)$. To make that factor 1, **He** proposes

$$
\operatorname{Var}(w) = \frac{2}{n_{\text{in}}},\qquad \sigma_w = \sqrt{2/n_{\text{in}}}.
$$

(Xavier/Glorot, meant for $\tanh$, uses $1/n_{\text{in}}$ or $2/(n_{\text{in}} + n_{\text{out}})$.) With a
factor $s$ times He's deviation, the energy is multiplied by $s^2$ at every layer: after 10 layers, by
$s^{20}$. Check it: a 10-layer ReLU network of 64 units on the standardised digits, with weights
$s\cdot\sqrt{2/64}$.
""",
    )
    return


@app.cell(hide_code=True)
def _(load_digits, np):
    _D = load_digits().data
    _sd = _D.std(axis=0)
    init_X = (_D - _D.mean(axis=0)) / np.where(_sd > 0, _sd, 1.0)  # 3 constant pixels stay at 0
    init_he = float(np.sqrt(2 / 64))
    _rng = np.random.default_rng(1)
    init_unit = [_rng.standard_normal((64, 64)) for _ in range(10)]  # scaled by s·√(2/64) on each move

    def init_forward(s):
        A, layers = init_X, []
        for G in init_unit:
            A = np.maximum(A @ (s * init_he * G), 0.0)
            layers.append(A)
        return layers

    return init_X, init_forward, init_he


@app.cell(hide_code=True)
def _(init_he, kit, lang, mo):
    init_scale = mo.ui.slider(
        0.5,
        1.5,
        step=0.05,
        value=1.0,
        show_value=True,
        label=kit.say(
            lang,
            es=f"factor s (× la desviación de He, √(2/64) = {init_he:.4f})",
            en=f"factor s (× He's deviation, √(2/64) = {init_he:.4f})",
        ),
    )
    init_scale
    return (init_scale,)


@app.cell(hide_code=True)
def _(init_X, init_forward, init_scale, kit, lang, np, plt):
    _layers = init_forward(init_scale.value)
    _rms = [float(np.sqrt(np.mean(init_X**2)))] + [float(np.sqrt(np.mean(_A**2))) for _A in _layers]
    _fig, _axes = plt.subplots(1, 2, figsize=(9.5, 3.6), gridspec_kw={"width_ratios": [1, 1.3]})
    _axes[0].semilogy(range(11), _rms, "o-", color="tab:red")
    _axes[0].axhline(_rms[0], color="0.7", ls="--", lw=0.8)
    _axes[0].set_ylim(1e-3, 1e3)
    _axes[0].yaxis.set_major_formatter(kit.powers_of_ten())
    _axes[0].minorticks_off()
    _axes[0].set_xlabel(kit.say(lang, es="capa", en="layer"))
    _axes[0].set_title(
        kit.say(
            lang, es="tamaño de las activaciones (raíz de la media de a²)", en="activation size (root mean square of a)"
        ),
        fontsize=9,
        y=1.0,  # a fixed spot: nothing sits above the axes, so matplotlib need not measure the ticks to place it
    )
    for _l, _color in ((1, "tab:blue"), (5, "tab:green"), (10, "tab:red")):
        _vals = _layers[_l - 1].ravel()
        _axes[1].hist(
            _vals[_vals > 0] / _rms[0],
            bins=40,
            range=(0, 6),
            histtype="step",
            lw=1.5,
            color=_color,
            density=True,
            label=kit.say(lang, es=f"capa {_l}", en=f"layer {_l}"),
        )
    _axes[1].set_xlabel(kit.say(lang, es="activación (las positivas)", en="activation (positive ones)"))
    _axes[1].legend(fontsize=8, loc="upper right")  # where "best" puts it, without searching
    _axes[1].set_title(
        kit.say(
            lang,
            es=f"s = {init_scale.value:.2f}: en la capa 10, ×{_rms[10] / _rms[0]:.3g} respecto de la entrada",
            en=f"s = {init_scale.value:.2f}: at layer 10, ×{_rms[10] / _rms[0]:.3g} the input's size",
        ),
        fontsize=9,
        y=1.0,
    )
    # The margins tight_layout finds (the same in both languages), fixed: it would measure every text
    # on each move, and a fixed gap keeps the panels still while the histogram's ticks change.
    _fig.subplots_adjust(left=0.059, right=0.984, bottom=0.163, top=0.905, wspace=0.135)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(init_X, init_forward, init_he, kit, lang, np):
    _size0 = float(np.sqrt(np.mean(init_X**2)))
    _ratio = {s: float(np.sqrt(np.mean(init_forward(s)[-1] ** 2))) / _size0 for s in (0.5, 1.0, 1.5)}
    _rng = np.random.default_rng(2)
    _energies = []
    for _ in range(40):  # 40 fresh draws of the 10 He layers, on the first 500 digits
        _A = init_X[:500]
        for _l in range(10):
            _A = np.maximum(_A @ (init_he * _rng.standard_normal((64, 64))), 0.0)
        _energies.append(np.mean(_A**2) / np.mean(init_X[:500] ** 2))
    _mean_energy = float(np.mean(_energies))
    kit.text(
        lang,
        es=rf"""
En la capa 10, el tamaño de las activaciones es {_ratio[0.5]:.2g} veces el de la entrada con $s = 0.5$
(la teoría: $0.5^{{10}} \approx$ {0.5**10:.1g}) y {_ratio[1.5]:.3g} veces con $s = 1.5$ ($1.5^{{10}} \approx$
{1.5**10:.0f}). Con $s = 1$ sale {_ratio[1.0]:.2f}: la regla de He conserva la energía *en promedio*, no
en cada sorteo de pesos; con 40 sorteos nuevos, la energía media en la capa 10 es {_mean_energy:.2f} veces
la de la entrada.
Señales que se desvanecen dan gradientes que se desvanecen (la red no aprende); señales que explotan
dan desbordes. Y cuantas más capas, peor: con 50, un 10 % de error en la escala multiplica el tamaño
por $1.1^{{50}} \approx$ {1.1**50:.0f} o lo divide entre $0.9^{{-50}} \approx$ {0.9**-50:.0f}.
""",
        en=rf"""
At layer 10, the activations are {_ratio[0.5]:.2g} times the size of the input with $s = 0.5$
(theory: $0.5^{{10}} \approx$ {0.5**10:.1g}) and {_ratio[1.5]:.3g} times with $s = 1.5$ ($1.5^{{10}} \approx$
{1.5**10:.0f}). With $s = 1$ it comes out at {_ratio[1.0]:.2f}: He's rule preserves the energy *on average*,
not on every draw of the weights; over 40 fresh draws, the mean energy at layer 10 is {_mean_energy:.2f}
times the input's.
Vanishing signals give vanishing gradients (the network does not learn); exploding ones give overflow.
And the more layers, the worse: with 50, a 10 % error in the scale multiplies the size by
$1.1^{{50}} \approx$ {1.1**50:.0f} or divides it by $0.9^{{-50}} \approx$ {0.9**-50:.0f}.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_he_init = kit.exercise("he_init", lang)
    ex_he_init
    return (ex_he_init,)


@app.cell(hide_code=True)
def _(ex_he_init, kit):
    kit.feedback(ex_he_init)
    return


@app.cell(hide_code=True)
def _(ex_he_init, kit):
    kit.hints(ex_he_init)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 6. La salida como probabilidades y la pérdida

Los logits $Z_L$ de una red de clasificación se convierten en probabilidades con softmax (su jacobiana ya
apareció en la 2.5; con dos clases basta la sigmoide de la 4.2):

$$
P_{ic} = \frac{e^{Z_{ic}}}{\sum_{c'} e^{Z_{ic'}}},
\qquad
\mathcal{L} = -\frac{1}{n}\sum_{i=1}^{n} \log P_{i, y_i}.
$$

La **entropía cruzada** $\mathcal{L}$ es menos el logaritmo de la verosimilitud de las etiquetas,
promediado: el modelo que más probabilidad da a lo que de verdad pasó tiene la menor pérdida. (La
lección 5.4 lo formaliza como estimación por máxima verosimilitud.) Con la red de iris de la sección 1,
aún sin entrenar:
""",
        en=r"""
## 6. The output as probabilities, and the loss

The logits $Z_L$ of a classification network become probabilities through softmax (its Jacobian
appeared in 2.5; with two classes lesson 4.2's sigmoid is enough):

$$
P_{ic} = \frac{e^{Z_{ic}}}{\sum_{c'} e^{Z_{ic'}}},
\qquad
\mathcal{L} = -\frac{1}{n}\sum_{i=1}^{n} \log P_{i, y_i}.
$$

The **cross-entropy** $\mathcal{L}$ is minus the log-likelihood of the labels, averaged: the model that
gives the most probability to what really happened has the lowest loss. (Lesson 5.4 formalises it as
maximum likelihood estimation.) With the iris network of section 1, still untrained:
""",
    )
    return


@app.cell(hide_code=True)
def _(iris_logits, iris_y, kit, lang, mo, np, softmax):
    _P = softmax(iris_logits, axis=1)
    _loss = float(-np.mean(np.log(_P[np.arange(len(iris_y)), iris_y])))
    _acc = float(np.mean(_P.argmax(axis=1) == iris_y))
    mo.md(
        kit.say(
            lang,
            es=f"Cada fila de $P$ suma 1 (mayor desvío: {np.max(np.abs(_P.sum(axis=1) - 1)):.1e}). La pérdida es "
            f"**{_loss:.3f}**, frente a $\\log 3 =$ {np.log(3):.3f} de un modelo que da 1/3 a cada especie; acierta "
            f"{100 * _acc:.0f} % de las flores. Entrenar es bajar ese número, y eso empieza en la 4.4.",
            en=f"Each row of $P$ sums to 1 (largest deviation: {np.max(np.abs(_P.sum(axis=1) - 1)):.1e}). The loss is "
            f"**{_loss:.3f}**, against $\\log 3 =$ {np.log(3):.3f} for a model that gives 1/3 to each species; it gets "
            f"{100 * _acc:.0f} % of the flowers right. Training is bringing that number down, and that starts in 4.4.",
        )
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 7. Autoevaluación

Cuatro preguntas rápidas. La respuesta se corrige en cuanto eliges una opción.
""",
        en=r"""
## 7. Self-check

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
                es="**1.** Quitas la activación de una red de dos capas, $W_1$ de forma $(4, 8)$ y $W_2$ de forma $(8, 3)$. ¿A qué equivale?",
                en="**1.** You remove the activation of a two-layer network, $W_1$ of shape $(4, 8)$ and $W_2$ of shape $(8, 3)$. What is it equivalent to?",
            ),
            (
                T(
                    es="A una sola capa con matriz W₁W₂, de forma (4, 3)",
                    en="A single layer with matrix W₁W₂, of shape (4, 3)",
                ),
                T(
                    es="A una red más potente, porque tiene 8 unidades ocultas",
                    en="A more powerful network, because it has 8 hidden units",
                ),
                T(es="A una capa con matriz W₁ + W₂", en="A layer with matrix W₁ + W₂"),
            ),
            answer=0,
            why=T(
                es="$(XW_1 + b_1)W_2 + b_2 = X(W_1W_2) + (b_1W_2 + b_2)$: una capa lineal de 4 a 3. Las unidades ocultas no añaden nada sin no linealidad, y $W_1 + W_2$ ni siquiera tiene sentido: las formas no coinciden.",
                en="$(XW_1 + b_1)W_2 + b_2 = X(W_1W_2) + (b_1W_2 + b_2)$: one linear layer from 4 to 3. Hidden units add nothing without a non-linearity, and $W_1 + W_2$ does not even make sense: the shapes differ.",
            ),
        ),
        Question(
            T(
                es="**2.** ¿Cuántos parámetros tiene una red 64-32-10?",
                en="**2.** How many parameters does a 64-32-10 network have?",
            ),
            (
                T(es="2410", en="2410"),
                T(es="2368", en="2368"),
                T(es="2464", en="2464"),
            ),
            answer=0,
            why=T(
                es="$(64+1)\\cdot32 + (32+1)\\cdot10 = 2080 + 330 = 2410$. 2368 son solo los pesos (falta un sesgo por unidad que recibe: 42); 2464 pone un sesgo por unidad de entrada ($64\\cdot33 + 32\\cdot11$).",
                en="$(64+1)\\cdot32 + (32+1)\\cdot10 = 2080 + 330 = 2410$. 2368 is the weights only (one bias per receiving unit is missing: 42); 2464 puts one bias per input unit ($64\\cdot33 + 32\\cdot11$).",
            ),
        ),
        Question(
            T(
                es="**3.** ¿Dónde se dobla la unidad $\\max(0,\\ 2x - 3)$?",
                en="**3.** Where does the unit $\\max(0,\\ 2x - 3)$ bend?",
            ),
            (
                T(es="En x = 1.5", en="At x = 1.5"),
                T(es="En x = −1.5", en="At x = −1.5"),
                T(es="En x = 3", en="At x = 3"),
            ),
            answer=0,
            why=T(
                es="El quiebre está donde $wx + b = 0$: $x = -b/w = 3/2$. Si olvidas el signo sale $-1.5$; si olvidas dividir entre $w$, 3.",
                en="The kink is where $wx + b = 0$: $x = -b/w = 3/2$. Forget the sign and you get $-1.5$; forget to divide by $w$, 3.",
            ),
        ),
        Question(
            T(
                es="**4.** ¿Por qué la inicialización de He usa varianza $2/n_{\\text{in}}$ con ReLU, y no $1/n_{\\text{in}}$?",
                en="**4.** Why does He initialisation use variance $2/n_{\\text{in}}$ with ReLU, and not $1/n_{\\text{in}}$?",
            ),
            (
                T(
                    es="Porque ReLU apaga la mitad de las unidades y eso reduce a la mitad la energía de la señal en cada capa",
                    en="Because ReLU switches off half the units, which halves the signal's energy at every layer",
                ),
                T(es="Porque la derivada de ReLU vale 2", en="Because ReLU's derivative is 2"),
                T(
                    es="Porque cada peso se cuenta dos veces, en la ida y en la vuelta",
                    en="Because each weight is counted twice, forward and backward",
                ),
            ),
            answer=0,
            why=T(
                es="Con $z$ simétrica, $\\mathbb{E}[\\max(0,z)^2] = \\tfrac12\\operatorname{Var}(z)$; el factor por capa es $\\tfrac12 n_{\\text{in}}\\operatorname{Var}(w)$, que vale 1 con $2/n_{\\text{in}}$. Con $1/n_{\\text{in}}$ la señal se divide entre $\\sqrt2$ en cada capa: tras 10 capas, entre 32. La derivada de ReLU es 0 o 1, no 2.",
                en="With a symmetric $z$, $\\mathbb{E}[\\max(0,z)^2] = \\tfrac12\\operatorname{Var}(z)$; the factor per layer is $\\tfrac12 n_{\\text{in}}\\operatorname{Var}(w)$, which is 1 with $2/n_{\\text{in}}$. With $1/n_{\\text{in}}$ the signal is divided by $\\sqrt2$ at every layer: after 10 layers, by 32. ReLU's derivative is 0 or 1, not 2.",
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
## 8. Resumen

- Una red es $A_0 = X$, $Z_l = A_{l-1}W_l + b_l$, $A_l = \varphi(Z_l)$, con $W_l$ de forma
  $(n_{l-1}, n_l)$ y sin activación tras la última capa; las formas guían el código.
- Sin no linealidad, las capas se funden en una ($W_1W_2$) y la frontera es un hiperplano; XOR lo
  demuestra.
- Una unidad ReLU es una bisagra con quiebre en $x = -b/w$; una capa de $k$ unidades da una función
  lineal a trozos con hasta $k$ quiebres, y más unidades aproximan mejor.
- $\#\theta = \sum_l (n_{l-1} + 1)\,n_l$: 2410 para 64-32-10.
- Cada capa ReLU multiplica la energía de la señal por $\tfrac12 n_{\text{in}}\operatorname{Var}(w)$;
  He elige $\operatorname{Var}(w) = 2/n_{\text{in}}$ para que sea 1.
- Softmax convierte logits en probabilidades, y la entropía cruzada es menos la log-verosimilitud media.
""",
        en=r"""
## 8. Summary

- A network is $A_0 = X$, $Z_l = A_{l-1}W_l + b_l$, $A_l = \varphi(Z_l)$, with $W_l$ of shape
  $(n_{l-1}, n_l)$ and no activation after the last layer; shapes guide the code.
- Without a non-linearity the layers merge into one ($W_1W_2$) and the boundary is a hyperplane; XOR
  proves it.
- A ReLU unit is a hinge bending at $x = -b/w$; a layer of $k$ units gives a piecewise-linear function
  with up to $k$ kinks, and more units approximate better.
- $\#\theta = \sum_l (n_{l-1} + 1)\,n_l$: 2410 for 64-32-10.
- Every ReLU layer multiplies the signal's energy by $\tfrac12 n_{\text{in}}\operatorname{Var}(w)$; He
  picks $\operatorname{Var}(w) = 2/n_{\text{in}}$ to make it 1.
- Softmax turns logits into probabilities, and cross-entropy is minus the mean log-likelihood.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es="## 9. Para seguir: recursos de la guía de estudio",
        en="## 9. Keep going: resources from the study guide",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.resources("neural-networks", lang)
    return


if __name__ == "__main__":
    app.run()
