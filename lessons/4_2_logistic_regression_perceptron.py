import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 4.2")


@app.cell(hide_code=True)
def _():
    import marimo as mo
    import numpy as np

    from gradiente.course.kit import Kit
    from gradiente.datasets import load_breast_cancer, load_iris
    from gradiente.metrics import confusion_matrix
    from gradiente.models import LogisticRegression

    kit = Kit()
    plt = kit.pyplot()
    return LogisticRegression, confusion_matrix, kit, load_breast_cancer, load_iris, mo, np, plt


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
    kit.header("logistic-regression-perceptron", lang)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Un clasificador lineal calcula un puntaje $z = w^\top x + b$ y decide según su signo. La **regresión
logística** convierte ese puntaje en una probabilidad y aprende $w$ y $b$ maximizando la verosimilitud;
el **perceptrón**, el abuelo de las redes neuronales, los aprende corrigiendo un error a la vez. Los dos
trazan una recta (un hiperplano) que separa las clases; lo que cambia es cómo la mueven.

**Al terminar podrás:**

- leer $P(y = 1 \mid x) = \sigma(w^\top x + b)$, los log-odds y la frontera de decisión $w^\top x + b = 0$;
- calcular la pérdida logarítmica sin desbordes y su gradiente $X^\top(p - y)/n$;
- programar la regla del perceptrón y ver por qué se detiene en datos separables y nunca en los demás;
- contar verdaderos y falsos positivos y negativos en una matriz de confusión;
- explicar por qué $\lVert w \rVert$ crece sin freno en datos separables, y pasar a $k$ clases con softmax.

**Por qué importa en ML.** La regresión logística es el clasificador de referencia en medicina, crédito y
cualquier lugar donde se quiera una probabilidad calibrada; y la última capa de casi toda red de
clasificación (lecciones 4.3 y 4.4) es exactamente una regresión logística (o su versión softmax).
""",
        en=r"""
A linear classifier computes a score $z = w^\top x + b$ and decides by its sign. **Logistic regression**
turns that score into a probability and learns $w$ and $b$ by maximising the likelihood; the
**perceptron**, the grandparent of neural networks, learns them by fixing one mistake at a time. Both
draw a line (a hyperplane) between the classes; what differs is how they move it.

**By the end you will be able to:**

- read $P(y = 1 \mid x) = \sigma(w^\top x + b)$, the log-odds and the decision boundary $w^\top x + b = 0$;
- compute the log loss without overflow, and its gradient $X^\top(p - y)/n$;
- code the perceptron rule and see why it stops on separable data and never on the rest;
- count true and false positives and negatives in a confusion matrix;
- explain why $\lVert w \rVert$ grows without a brake on separable data, and go to $k$ classes with softmax.

**Why it matters in ML.** Logistic regression is the reference classifier in medicine, credit and
anywhere a calibrated probability is wanted; and the last layer of nearly every classification network
(lessons 4.3 and 4.4) is exactly a logistic regression (or its softmax version).
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 1. De un puntaje a una probabilidad

La sigmoide aplasta cualquier número real en el intervalo $(0, 1)$:

$$
p = \sigma(z) = \frac{1}{1 + e^{-z}}, \qquad z = w^\top x + b .
$$

Al despejar $z$ aparece su lectura: $z = \ln\frac{p}{1-p}$, los **log-odds** (el logaritmo de la razón
de momios). Sumar 1 a $z$ multiplica la razón $p/(1-p)$ por $e \approx 2.72$. Como $\sigma(0) = 0.5$,
la **frontera de decisión** $p = 0.5$ es la recta $w^\top x + b = 0$, y $z / \lVert w \rVert$ es la
distancia con signo a ella (lección 4.5).

Los datos: las flores de iris *setosa* (etiqueta 0) y *versicolor* (etiqueta 1), con el largo y el ancho
del pétalo en centímetros (§1.4: en regresión logística $y \in \{0, 1\}$). Mueve $w_1$, $w_2$ y $b$: el
sombreado es $p$, la recta negra es $p = 0.5$ y el título muestra la pérdida de la sección 2.
""",
        en=r"""
## 1. From a score to a probability

The sigmoid squashes any real number into the interval $(0, 1)$:

$$
p = \sigma(z) = \frac{1}{1 + e^{-z}}, \qquad z = w^\top x + b .
$$

Solving for $z$ shows how to read it: $z = \ln\frac{p}{1-p}$, the **log-odds**. Adding 1 to $z$
multiplies the odds $p/(1-p)$ by $e \approx 2.72$. Since $\sigma(0) = 0.5$, the **decision boundary**
$p = 0.5$ is the line $w^\top x + b = 0$, and $z / \lVert w \rVert$ is the signed distance to it
(lesson 4.5).

The data: the iris flowers *setosa* (label 0) and *versicolor* (label 1), with petal length and width in
centimetres (§1.4: in logistic regression $y \in \{0, 1\}$). Move $w_1$, $w_2$ and $b$: the shading is
$p$, the black line is $p = 0.5$ and the title shows the loss of section 2.
""",
    )
    return


@app.cell(hide_code=True)
def _(load_iris, np):
    iris = load_iris()
    pairs = {}
    for _name, (_neg, _pos) in {"setosa-versicolor": (0, 1), "versicolor-virginica": (1, 2)}.items():
        _keep = (iris.target == _neg) | (iris.target == _pos)
        pairs[_name] = (iris.data[_keep][:, 2:4], (iris.target[_keep] == _pos).astype(int))
    petal_X, petal_y = pairs["setosa-versicolor"]

    def mean_log_loss(X, y, w, b):
        z = X @ w + b
        return float(np.mean(y * np.logaddexp(0.0, -z) + (1 - y) * np.logaddexp(0.0, z)))

    return iris, mean_log_loss, pairs, petal_X, petal_y


@app.cell(hide_code=True)
def _(kit, lang, mo):
    w1_slider = mo.ui.slider(-4.0, 4.0, step=0.1, value=1.0, show_value=True, label="$w_1$")
    w2_slider = mo.ui.slider(-4.0, 4.0, step=0.1, value=1.0, show_value=True, label="$w_2$")
    b_slider = mo.ui.slider(
        -15.0, 5.0, step=0.1, value=-3.0, show_value=True, label=kit.say(lang, es="$b$ (sesgo)", en="$b$ (bias)")
    )
    mo.hstack([w1_slider, w2_slider, b_slider])
    return b_slider, w1_slider, w2_slider


@app.cell(hide_code=True)
def _(np, petal_X):
    grid_u, grid_v = np.meshgrid(np.linspace(0.5, 5.5, 120), np.linspace(-0.3, 2.2, 80))
    grid_points = np.column_stack([grid_u.ravel(), grid_v.ravel()])
    return grid_points, grid_u, grid_v


@app.function(hide_code=True)
def draw_line(ax, w, b, xlim, ylim, **style):
    """Draw w₁ u + w₂ v + b = 0 inside the box (vertical when w₂ = 0); nothing when w = 0."""
    import numpy as np

    if abs(w[1]) > 1e-12:
        u = np.linspace(*xlim, 2)
        ax.plot(u, -(w[0] * u + b) / w[1], **style)
    elif abs(w[0]) > 1e-12:
        ax.axvline(-b / w[0], **style)
    ax.set_xlim(*xlim)
    ax.set_ylim(*ylim)


@app.cell(hide_code=True)
def _(
    b_slider,
    grid_points,
    grid_u,
    grid_v,
    kit,
    lang,
    mean_log_loss,
    np,
    petal_X,
    petal_y,
    plt,
    w1_slider,
    w2_slider,
):
    _w = np.array([w1_slider.value, w2_slider.value])
    _b = b_slider.value
    _p = np.exp(-np.logaddexp(0.0, -(grid_points @ _w + _b))).reshape(grid_u.shape)
    _fig, _ax = plt.subplots(figsize=(7, 4.2))
    _shade = _ax.pcolormesh(grid_u, grid_v, _p, cmap="RdBu", vmin=0, vmax=1, shading="auto", alpha=0.55)
    _fig.colorbar(_shade, ax=_ax, label="p = σ(z)")
    for _c, _mk, _lab in ((0, "o", "setosa (y = 0)"), (1, "s", "versicolor (y = 1)")):
        _ax.scatter(*petal_X[petal_y == _c].T, marker=_mk, s=18, edgecolor="k", lw=0.4, label=_lab)
    draw_line(_ax, _w, _b, (0.5, 5.5), (-0.3, 2.2), color="k", lw=2)
    _ax.set_xlabel(kit.say(lang, es="largo del pétalo (cm)", en="petal length (cm)"))
    _ax.set_ylabel(kit.say(lang, es="ancho del pétalo (cm)", en="petal width (cm)"))
    _ax.legend(loc="upper left", fontsize=8)
    _loss = mean_log_loss(petal_X, petal_y, _w, _b)
    _ax.set_title(kit.say(lang, es=f"pérdida logarítmica media = {_loss:.3f}", en=f"mean log loss = {_loss:.3f}"))
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Prueba a multiplicar $w_1$, $w_2$ y $b$ por 2 a la vez: la recta no se mueve (la ecuación
$2(w^\top x + b) = 0$ es la misma), pero el sombreado se vuelve más abrupto y la pérdida cambia.
La escala de $w$ no decide *dónde* está la frontera sino *qué tan seguro* está el modelo.

## 2. La pérdida logarítmica es menos la log-verosimilitud

Si cada etiqueta es una moneda de Bernoulli con probabilidad $p_i = \sigma(z_i)$, la probabilidad de ver
$y_i$ es $p_i^{y_i}(1 - p_i)^{1 - y_i}$. Con muestras independientes, la verosimilitud es el producto, y
su logaritmo cambiado de signo y promediado es la **pérdida logarítmica** (la lección 5.4 formaliza la
máxima verosimilitud):

$$
L(w, b) = -\frac{1}{n}\sum_{i=1}^{n}\Big[y_i \ln p_i + (1 - y_i)\ln(1 - p_i)\Big].
$$

**Cálculo estable.** Si $z = -800$, la computadora redondea $\sigma(z)$ a $0$ y $\ln 0 = -\infty$.
Pero $-\ln\sigma(z) = \ln(1 + e^{-z})$ y $-\ln(1 - \sigma(z)) = \ln(1 + e^{z})$, y `np.logaddexp(0, t)`
calcula $\ln(e^0 + e^t)$ sin desbordarse:
""",
        en=r"""
Try doubling $w_1$, $w_2$ and $b$ together: the line does not move (the equation $2(w^\top x + b) = 0$ is
the same one), but the shading gets sharper and the loss changes. The scale of $w$ does not decide
*where* the boundary is, but *how sure* the model is.

## 2. The log loss is minus the log-likelihood

If each label is a Bernoulli coin with probability $p_i = \sigma(z_i)$, the probability of seeing $y_i$
is $p_i^{y_i}(1 - p_i)^{1 - y_i}$. With independent samples the likelihood is the product, and its
logarithm, negated and averaged, is the **log loss** (lesson 5.4 formalises maximum likelihood):

$$
L(w, b) = -\frac{1}{n}\sum_{i=1}^{n}\Big[y_i \ln p_i + (1 - y_i)\ln(1 - p_i)\Big].
$$

**Stable computation.** If $z = -800$, the computer rounds $\sigma(z)$ to $0$, and $\ln 0 = -\infty$. But
$-\ln\sigma(z) = \ln(1 + e^{-z})$ and $-\ln(1 - \sigma(z)) = \ln(1 + e^{z})$, and `np.logaddexp(0, t)`
computes $\ln(e^0 + e^t)$ without overflowing:
""",
    )
    return


@app.cell
def _(np):
    z_big = np.array([-800.0, -30.0, 0.0, 30.0])
    with np.errstate(all="ignore"):
        naive = -np.log(1 / (1 + np.exp(-z_big)))  # −ln σ(z), the direct way
    stable = np.logaddexp(0.0, -z_big)  # the same quantity, ln(1 + e^{−z})
    naive, stable
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
**El gradiente.** En la lección 2.4 derivaste la pérdida de **un** ejemplo con la regla de la cadena y
viste que todo se simplifica a $\partial \ell_i / \partial z_i = p_i - y_i$. Ahora falta juntar los $n$
ejemplos. Tienes todas las piezas: $L$ es el promedio de los $\ell_i$, y como $z_i = w^\top x_i + b$,

$$
\frac{\partial z_i}{\partial w} = x_i, \qquad \frac{\partial z_i}{\partial b} = 1 .
$$

Antes de seguir, pregúntate: ¿qué vector sale si sumas $(p_i - y_i)\,x_i$ sobre todos los ejemplos, y
cómo se escribe esa suma con la matriz $X$ (una fila por ejemplo) sin un bucle? Ese es el segundo
ejercicio; justo después lo comprobamos contra diferencias finitas.

Ahora te toca a ti: primero la pérdida, estable, y luego su gradiente.
""",
        en=r"""
**The gradient.** In lesson 2.4 you differentiated the loss of **one** example with the chain rule and saw
everything collapse to $\partial \ell_i / \partial z_i = p_i - y_i$. What is left is to gather the $n$
examples. You have every piece: $L$ is the mean of the $\ell_i$, and since $z_i = w^\top x_i + b$,

$$
\frac{\partial z_i}{\partial w} = x_i, \qquad \frac{\partial z_i}{\partial b} = 1 .
$$

Before going on, ask yourself: which vector comes out when you add $(p_i - y_i)\,x_i$ over all the
examples, and how do you write that sum with the matrix $X$ (one row per example) without a loop? That is
the second exercise; right after it we check it against finite differences.

Your turn: first the loss, stably, then its gradient.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_logistic_loss = kit.exercise("logistic_loss", lang)
    ex_logistic_loss
    return (ex_logistic_loss,)


@app.cell(hide_code=True)
def _(ex_logistic_loss, kit):
    kit.feedback(ex_logistic_loss)
    return


@app.cell(hide_code=True)
def _(ex_logistic_loss, kit):
    kit.hints(ex_logistic_loss)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_logistic_grad = kit.exercise("logistic_grad", lang)
    ex_logistic_grad
    return (ex_logistic_grad,)


@app.cell(hide_code=True)
def _(ex_logistic_grad, kit):
    kit.feedback(ex_logistic_grad)
    return


@app.cell(hide_code=True)
def _(ex_logistic_grad, kit):
    kit.hints(ex_logistic_grad)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
**La forma matricial.** La suma $\sum_i (p_i - y_i)\,x_i$ es una combinación de las filas de $X$ con pesos
$p_i - y_i$, es decir, $X^\top(p - y)$:

$$
\nabla_w L = \frac{1}{n}X^\top(p - y), \qquad \frac{\partial L}{\partial b} = \frac{1}{n}\sum_i (p_i - y_i).
$$

Es la misma forma que el gradiente del error cuadrático de la regresión lineal (lección 4.1), con $p$ en
lugar de $\hat y$: "error por entrada". La comparamos con diferencias finitas centradas (lección 2.1) sobre
el cáncer de mama estandarizado, en un $w$ al azar:
""",
        en=r"""
**The matrix form.** The sum $\sum_i (p_i - y_i)\,x_i$ is a combination of the rows of $X$ with weights
$p_i - y_i$, that is, $X^\top(p - y)$:

$$
\nabla_w L = \frac{1}{n}X^\top(p - y), \qquad \frac{\partial L}{\partial b} = \frac{1}{n}\sum_i (p_i - y_i).
$$

It has the same shape as the squared-error gradient of linear regression (lesson 4.1), with $p$ in place of
$\hat y$: "error times input". We compare it with central finite differences (lesson 2.1) on standardised
breast cancer, at a random $w$:
""",
    )
    return


@app.cell
def _(load_breast_cancer, mean_log_loss, np):
    cancer = load_breast_cancer()
    cancer_X = (cancer.data - cancer.data.mean(axis=0)) / cancer.data.std(axis=0)  # ddof=0
    cancer_y = cancer.target  # 0 = malignant, 1 = benign
    _rng = np.random.default_rng(0)
    _w, _b = _rng.normal(scale=0.1, size=30), 0.2
    _p = 1 / (1 + np.exp(-(cancer_X @ _w + _b)))
    grad_formula = cancer_X.T @ (_p - cancer_y) / len(cancer_y)
    _h = 1e-6
    grad_numeric = np.array(
        [
            (mean_log_loss(cancer_X, cancer_y, _w + _h * e, _b) - mean_log_loss(cancer_X, cancer_y, _w - _h * e, _b))
            / (2 * _h)
            for e in np.eye(30)
        ]
    )
    grad_gap = float(np.abs(grad_formula - grad_numeric).max())
    grad_gap
    return cancer, cancer_X, cancer_y, grad_gap


@app.cell(hide_code=True)
def _(grad_gap, kit, lang):
    kit.text(
        lang,
        es=f"""
La diferencia más grande entre la fórmula y las diferencias finitas es {grad_gap:.1e}: error de redondeo.
La hessiana, $\\frac{{1}}{{n}}X^\\top \\mathrm{{diag}}\\big(p(1-p)\\big) X$, es semidefinida positiva, así que $L$
es **convexa** (lección 3.1): el descenso de gradiente no se queda en un mínimo falso.
""",
        en=f"""
The largest difference between the formula and finite differences is {grad_gap:.1e}: rounding error. The
Hessian, $\\frac{{1}}{{n}}X^\\top \\mathrm{{diag}}\\big(p(1-p)\\big) X$, is positive semidefinite, so $L$ is
**convex** (lesson 3.1): gradient descent does not get stuck in a false minimum.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
### Cuando las clases se separan solas: $\lVert w \rVert$ sin freno

Setosa y versicolor se separan con una recta. Entonces siempre se puede bajar la pérdida: basta multiplicar
$(w, b)$ por 2, la recta no se mueve y cada $p_i$ se acerca más a su $y_i$. La pérdida tiende a $0$ pero
nunca llega, así que **no hay mínimo**: el estimador de máxima verosimilitud no existe. La regularización
L2 suma $\lVert w \rVert^2/(2Cn)$ a la pérdida y devuelve el mínimo; $C$ grande es regularización débil.

Mueve $C$ y mira cuánto crece $\lVert w \rVert$ en cada par. ¿Cuál deja de crecer?
""",
        en=r"""
### When the classes separate on their own: $\lVert w \rVert$ without a brake

Setosa and versicolor are split by a line. Then the loss can always go lower: double $(w, b)$, the line
stays put and every $p_i$ gets closer to its $y_i$. The loss tends to $0$ but never gets there, so **there is
no minimum**: the maximum-likelihood estimate does not exist. L2 regularisation adds
$\lVert w \rVert^2/(2Cn)$ to the loss and brings the minimum back; a large $C$ is weak regularisation.

Move $C$ and watch how much $\lVert w \rVert$ grows on each pair. Which one stops growing?
""",
    )
    return


@app.cell(hide_code=True)
def _(LogisticRegression, np, pairs):
    log_c_grid = np.arange(-2.0, 6.01, 0.5)

    def _path(X, y):
        fits = [LogisticRegression(penalty="l2", C=10.0**c, max_iter=200).fit(X, y) for c in log_c_grid]
        return [(m.coef_[0], float(m.intercept_[0])) for m in fits]

    c_paths = {name: _path(*pairs[name]) for name in pairs}
    return c_paths, log_c_grid


@app.cell(hide_code=True)
def _(kit, lang, log_c_grid, mo):
    log_c_slider = mo.ui.slider(
        steps=list(log_c_grid),
        value=0.0,
        show_value=True,
        label=kit.say(
            lang, es="log₁₀ C (a la derecha, menos regularización)", en="log₁₀ C (to the right, less regularisation)"
        ),
    )
    log_c_slider
    return (log_c_slider,)


@app.cell(hide_code=True)
def _(c_paths, grid_points, grid_u, grid_v, kit, lang, log_c_grid, log_c_slider, np, pairs, plt):
    _k = int(np.argmin(np.abs(log_c_grid - log_c_slider.value)))
    _w, _b = c_paths["setosa-versicolor"][_k]
    _X, _y = pairs["setosa-versicolor"]
    _fig, (_ax, _ax2) = plt.subplots(1, 2, figsize=(10, 3.9), gridspec_kw={"width_ratios": [1.25, 1]})
    _p = np.exp(-np.logaddexp(0.0, -(grid_points @ _w + _b))).reshape(grid_u.shape)
    _ax.pcolormesh(grid_u, grid_v, _p, cmap="RdBu", vmin=0, vmax=1, shading="auto", alpha=0.55)
    for _c, _mk in ((0, "o"), (1, "s")):
        _ax.scatter(*_X[_y == _c].T, marker=_mk, s=16, edgecolor="k", lw=0.4)
    draw_line(_ax, _w, _b, (0.5, 5.5), (-0.3, 2.2), color="k", lw=2)
    _ax.set_xlabel(kit.say(lang, es="largo del pétalo (cm)", en="petal length (cm)"))
    _ax.set_ylabel(kit.say(lang, es="ancho del pétalo (cm)", en="petal width (cm)"))
    _ax.set_title(
        kit.say(lang, es="setosa / versicolor", en="setosa / versicolor")
        + f":  C = {10.0 ** log_c_grid[_k]:.3g},  ‖w‖ = {np.linalg.norm(_w):.2f}",
        fontsize=10,
    )
    _labels = {
        "setosa-versicolor": kit.say(lang, es="setosa / versicolor (separable)", en="setosa / versicolor (separable)"),
        "versicolor-virginica": kit.say(
            lang, es="versicolor / virginica (no separable)", en="versicolor / virginica (not separable)"
        ),
    }
    for _name, _style in (("setosa-versicolor", "o-"), ("versicolor-virginica", "s--")):
        _norms = [np.linalg.norm(w) for w, _ in c_paths[_name]]
        _ax2.plot(log_c_grid, _norms, _style, ms=3, label=_labels[_name])
        _ax2.plot(log_c_grid[_k], _norms[_k], "o", ms=9, mfc="none", mec="tab:red", mew=1.5)
    _ax2.set_xlabel("log₁₀ C")
    _ax2.set_ylabel("‖w‖")
    _ax2.legend(fontsize=8, loc="upper left")
    _ax2.grid(alpha=0.3)
    _fig.tight_layout()
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(LogisticRegression, c_paths, kit, lang, log_c_grid, np, pairs):
    _free = float(np.linalg.norm(LogisticRegression().fit(*pairs["setosa-versicolor"]).coef_))
    _norms = {name: [np.linalg.norm(w) for w, _ in path] for name, path in c_paths.items()}
    _sep, _non = _norms["setosa-versicolor"], _norms["versicolor-virginica"]
    _hi = f"$10^{{{log_c_grid[-1]:.0f}}}$"
    kit.text(
        lang,
        es=f"""
En el par separable, $\\lVert w \\rVert$ pasa de {_sep[0]:.2f} a {_sep[-1]:.2f} y sigue subiendo (en esta escala
la curva se vuelve casi una recta: crece como $\\ln C$, sin techo); la frontera casi no se mueve, pero las
probabilidades se vuelven 0 o 1. En el par no separable se estanca en {_non[-1]:.2f}: los puntos mezclados
castigan la confianza excesiva y el mínimo existe aunque $C$ valga {_hi}. Por eso scikit-learn regulariza por omisión
($C = 1$). `gradiente.models.LogisticRegression` no regulariza por omisión: en el par separable se detiene
cuando el gradiente ya es casi cero, con $\\lVert w \\rVert$ = {_free:.1f}, un número que sólo dice cuándo
se detuvo, no dónde está un mínimo.
""",
        en=f"""
On the separable pair, $\\lVert w \\rVert$ goes from {_sep[0]:.2f} to {_sep[-1]:.2f} and keeps rising (on this scale
the curve turns almost straight: it grows like $\\ln C$, with no ceiling); the line barely moves,
but the probabilities turn into 0 or 1. On the non-separable pair it levels off at {_non[-1]:.2f}: the mixed
points punish overconfidence and the minimum exists even when $C$ is {_hi}. That is why
scikit-learn regularises by default ($C = 1$). `gradiente.models.LogisticRegression` does not by default: on
the separable pair it stops once the gradient is almost zero, with $\\lVert w \\rVert$ = {_free:.1f}, a number
that only says when it stopped, not where a minimum is.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 3. El perceptrón: un error a la vez

El perceptrón usa las etiquetas $y_i \in \{-1, +1\}$ (§1.4) y no calcula probabilidades. Empieza en
$w = 0$, $b = 0$ y recorre los puntos en orden; cada vez que uno queda del lado equivocado (o sobre la
recta), empuja la recta hacia él:

$$
y_i\,(w^\top x_i + b) \le 0 \;\Longrightarrow\; w \leftarrow w + y_i x_i, \quad b \leftarrow b + y_i .
$$

Después del empujón, $y_i(w^\top x_i + b)$ crece en $\lVert x_i \rVert^2 + 1 > 0$: el punto queda "menos
mal clasificado". Si las clases se pueden separar con margen $\gamma$ y todos los puntos caben en una
bola de radio $R$, el número total de errores es a lo más $(R/\gamma)^2$ (teorema de Novikoff): el
perceptrón **se detiene**. Si no son separables, **nunca** se detiene.

Mueve el control de actualizaciones: la recta gris es la de antes, la negra la de después, y la estrella
marca el punto mal clasificado que provocó el cambio; los círculos rojos son los puntos que esa recta
clasifica mal. Para la figura barajamos los 100 puntos una sola vez (semilla 0) y damos 20 épocas en ese
orden. Cambia después al par *versicolor / virginica*, que no es separable.
""",
        en=r"""
## 3. The perceptron: one mistake at a time

The perceptron uses the labels $y_i \in \{-1, +1\}$ (§1.4) and computes no probabilities. It starts at
$w = 0$, $b = 0$ and goes through the points in order; each time one is on the wrong side (or on the
line), it pushes the line towards it:

$$
y_i\,(w^\top x_i + b) \le 0 \;\Longrightarrow\; w \leftarrow w + y_i x_i, \quad b \leftarrow b + y_i .
$$

After the push, $y_i(w^\top x_i + b)$ grows by $\lVert x_i \rVert^2 + 1 > 0$: the point is "less wrong".
If the classes can be separated with margin $\gamma$ and every point fits in a ball of radius $R$, the
total number of mistakes is at most $(R/\gamma)^2$ (Novikoff's theorem): the perceptron **stops**. If they
are not separable, it **never** stops.

Move the updates control: the grey line is the one before, the black one the one after, and the star
marks the misclassified point that caused the change; the red circles are the points that line gets
wrong. For the figure we shuffle the 100 points once (seed 0) and run 20 epochs in that order. Then
switch to the *versicolor / virginica* pair, which is not separable.
""",
    )
    return


@app.cell(hide_code=True)
def _(np):
    def perceptron_trace(X, y, n_epochs):
        """Every update of the perceptron rule: (index of the point, b, w) after it; starts with (−1, 0, 0)."""
        s = np.where(y > 0, 1.0, -1.0)
        b, w = 0.0, np.zeros(X.shape[1])
        trace = [(-1, b, w.copy())]
        for _ in range(n_epochs):
            for i in range(len(X)):
                if s[i] * (w @ X[i] + b) <= 0:
                    w = w + s[i] * X[i]
                    b = b + s[i]
                    trace.append((i, b, w.copy()))
        return trace

    return (perceptron_trace,)


@app.cell(hide_code=True)
def _(kit, lang, mo):
    pair_choice = mo.ui.dropdown(
        options={
            kit.say(
                lang, es="setosa / versicolor (separable)", en="setosa / versicolor (separable)"
            ): "setosa-versicolor",
            kit.say(lang, es="versicolor / virginica (no separable)", en="versicolor / virginica (not separable)"): (
                "versicolor-virginica"
            ),
        },
        value=kit.say(lang, es="setosa / versicolor (separable)", en="setosa / versicolor (separable)"),
        label=kit.say(lang, es="Par de especies", en="Pair of species"),
    )
    pair_choice
    return (pair_choice,)


@app.cell(hide_code=True)
def _(np, pair_choice, pairs, perceptron_trace):
    shuffle = np.random.default_rng(0).permutation(100)  # one fixed order for the figure
    trace_X, trace_y = (a[shuffle] for a in pairs[pair_choice.value])
    trace = perceptron_trace(trace_X, trace_y, n_epochs=20)
    return shuffle, trace, trace_X, trace_y


@app.cell(hide_code=True)
def _(kit, lang, mo, trace):
    update_slider = mo.ui.slider(
        0,
        len(trace) - 1,
        step=1,
        value=min(3, len(trace) - 1),
        show_value=True,
        label=kit.say(lang, es="Actualizaciones hechas", en="Updates made"),
    )
    update_slider
    return (update_slider,)


@app.cell(hide_code=True)
def _(LogisticRegression, kit, lang, np, pair_choice, plt, trace, trace_X, trace_y, update_slider):
    _k = update_slider.value
    _i, _b, _w = trace[_k]
    _names = pair_choice.value.split("-")
    _fig, _ax = plt.subplots(figsize=(7, 4.2))
    _s = np.where(trace_y > 0, 1.0, -1.0)
    _wrong = _s * (trace_X @ _w + _b) <= 0
    for _c, _mk, _lab in ((0, "o", f"{_names[0]} (y = −1)"), (1, "s", f"{_names[1]} (y = +1)")):
        _ax.scatter(*trace_X[trace_y == _c].T, marker=_mk, s=18, edgecolor="k", lw=0.4, label=_lab)
    _ax.scatter(
        *trace_X[_wrong].T,
        s=70,
        facecolor="none",
        edgecolor="tab:red",
        lw=1,
        label=kit.say(lang, es="mal clasificado ahora", en="misclassified now"),
    )
    _lims = ((0.5, 7.2), (-0.3, 2.8))
    if _k > 0:
        _, _b0, _w0 = trace[_k - 1]
        draw_line(_ax, _w0, _b0, *_lims, color="0.6", lw=1.5, ls="--")
        _ax.scatter(
            *trace_X[_i],
            marker="*",
            s=260,
            color="gold",
            edgecolor="k",
            zorder=5,
            label=kit.say(lang, es="el punto que provocó la actualización", en="the point that triggered the update"),
        )
    draw_line(_ax, _w, _b, *_lims, color="k", lw=2)
    if pair_choice.value == "versicolor-virginica":  # separable data has no logistic optimum to draw
        _lr = LogisticRegression().fit(trace_X, trace_y)
        draw_line(
            _ax,
            _lr.coef_[0],
            float(_lr.intercept_[0]),
            *_lims,
            color="tab:blue",
            lw=1.5,
            ls=":",
            label=kit.say(lang, es="regresión logística (no se mueve)", en="logistic regression (stays put)"),
        )
    _ax.set_xlabel(kit.say(lang, es="largo del pétalo (cm)", en="petal length (cm)"))
    _ax.set_ylabel(kit.say(lang, es="ancho del pétalo (cm)", en="petal width (cm)"))
    _ax.legend(loc="upper left", fontsize=7)
    _ax.set_title(
        kit.say(
            lang,
            es=f"después de {_k} de {len(trace) - 1} actualizaciones (20 épocas): {int(_wrong.sum())} puntos mal clasificados",
            en=f"after {_k} of {len(trace) - 1} updates (20 epochs): {int(_wrong.sum())} points misclassified",
        ),
        fontsize=10,
    )
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang, pairs, perceptron_trace, shuffle):
    def _count(name, n_epochs):
        X, y = pairs[name]
        return len(perceptron_trace(X[shuffle], y[shuffle], n_epochs)) - 1

    _sep, _sep1 = _count("setosa-versicolor", 20), _count("setosa-versicolor", 1)
    _non, _non10 = _count("versicolor-virginica", 20), _count("versicolor-virginica", 10)
    kit.text(
        lang,
        es=f"""
En el par separable, el perceptrón hace {_sep1} actualizaciones en la primera época y {_sep} en total en 20
épocas: a partir de ahí ningún punto queda mal y ya no se mueve. En el par no separable lleva {_non10}
actualizaciones a las 10 épocas y {_non} a las 20: sigue saltando sin fin, y la recta final depende de en
qué punto se te ocurra detenerlo. La regresión logística, en cambio, minimiza una función convexa y llega
a un solo óptimo. (`sklearn.linear_model.Perceptron` y `gradiente.models.Perceptron` añaden barajado y
criterios de parada, pero por dentro aplican esta misma regla.)
""",
        en=f"""
On the separable pair, the perceptron makes {_sep1} updates in the first epoch and {_sep} in total over 20
epochs: from then on no point is wrong and it no longer moves. On the non-separable pair it has made
{_non10} updates after 10 epochs and {_non} after 20: it keeps jumping forever, and the final line depends on
when you happen to stop it. Logistic regression, instead, minimises a convex function and reaches a single
optimum. (`sklearn.linear_model.Perceptron` and `gradiente.models.Perceptron` add shuffling and stopping
rules, but inside they apply this same rule.)
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_perceptron = kit.exercise("perceptron", lang)
    ex_perceptron
    return (ex_perceptron,)


@app.cell(hide_code=True)
def _(ex_perceptron, kit):
    kit.feedback(ex_perceptron)
    return


@app.cell(hide_code=True)
def _(ex_perceptron, kit):
    kit.hints(ex_perceptron)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 4. Contar aciertos y errores: la matriz de confusión

La exactitud sola esconde *qué tipo* de error comete el modelo. En el cáncer de mama (569 tumores,
$y = 1$ benigno, $y = 0$ maligno) no es lo mismo llamar benigno a un tumor maligno que al revés.
La matriz de confusión cuenta las cuatro combinaciones, con filas = clase verdadera y columnas = clase
predicha (el orden de scikit-learn):

$$
\begin{pmatrix} \text{TN} & \text{FP} \\ \text{FN} & \text{TP} \end{pmatrix},\qquad
P = \frac{\text{TP}}{\text{TP} + \text{FP}}, \qquad R = \frac{\text{TP}}{\text{TP} + \text{FN}} .
$$

$P$ es la **precisión** (de los que llamaste positivos, cuántos lo eran) y $R$ la **exhaustividad**
(*recall*: de los positivos, cuántos encontraste).

Ajustamos una regresión logística con regularización L2 ($C = 1$) sobre los datos estandarizados y
cortamos en $p = 0.5$:
""",
        en=r"""
## 4. Counting hits and misses: the confusion matrix

Accuracy alone hides *which kind* of mistake the model makes. In breast cancer (569 tumours, $y = 1$
benign, $y = 0$ malignant) calling a malignant tumour benign is not the same as the reverse. The
confusion matrix counts the four combinations, with rows = true class and columns = predicted class
(scikit-learn's layout):

$$
\begin{pmatrix} \text{TN} & \text{FP} \\ \text{FN} & \text{TP} \end{pmatrix},\qquad
P = \frac{\text{TP}}{\text{TP} + \text{FP}}, \qquad R = \frac{\text{TP}}{\text{TP} + \text{FN}} .
$$

$P$ is the **precision** (of those you called positive, how many were) and $R$ the **recall** (of the
positives, how many you found).

We fit an L2-regularised logistic regression ($C = 1$) on the standardised data and cut at $p = 0.5$:
""",
    )
    return


@app.cell
def _(LogisticRegression, cancer_X, cancer_y, confusion_matrix):
    model = LogisticRegression(penalty="l2", C=1.0).fit(cancer_X, cancer_y)
    cancer_pred = (model.predict_proba(cancer_X)[:, 1] >= 0.5).astype(int)
    counts = confusion_matrix(cancer_y, cancer_pred)  # gradiente's version; you write your own below
    (tn, fp), (fn, tp) = counts
    {"[[TN, FP], [FN, TP]]": counts.tolist(), "P": tp / (tp + fp), "R": tp / (tp + fn)}
    return fn, fp


@app.cell(hide_code=True)
def _(fn, fp, kit, lang):
    kit.text(
        lang,
        es=f"""
Aquí un falso positivo (FP = {fp}) es un tumor **maligno** que el modelo llamó benigno: el error grave.
Un falso negativo (FN = {fn}) es un benigno que se manda a revisar. Si lo que importa es no dejar pasar
malignos, conviene subir el umbral por encima de 0.5 (la curva ROC de la lección 2.3 recorre todos los umbrales). Estas cuentas son
sobre los mismos datos con que se ajustó el modelo: son optimistas; la validación cruzada del módulo 5
las corrige.
""",
        en=f"""
Here a false positive (FP = {fp}) is a **malignant** tumour the model called benign: the serious mistake. A
false negative (FN = {fn}) is a benign one sent for review. If what matters is not letting malignant ones
through, raise the threshold above 0.5 (lesson 2.3's ROC curve runs through every threshold). These counts are on the same data the model was
fitted on: they are optimistic; cross-validation (module 5) corrects them.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_confusion_counts = kit.exercise("confusion_counts", lang)
    ex_confusion_counts
    return (ex_confusion_counts,)


@app.cell(hide_code=True)
def _(ex_confusion_counts, kit):
    kit.feedback(ex_confusion_counts)
    return


@app.cell(hide_code=True)
def _(ex_confusion_counts, kit):
    kit.hints(ex_confusion_counts)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 5. Más de dos clases: softmax

Con $k$ clases, el modelo da un puntaje por clase, $z_c = w_c^\top x + b_c$, y la **función softmax** los
convierte en probabilidades positivas que suman 1:

$$
P(y = c \mid x) = \frac{e^{z_c - m}}{\sum_{c'} e^{z_{c'} - m}}, \qquad m = \max_{c} z_c .
$$

Restar el máximo $m$ no cambia el cociente (se cancela arriba y abajo) y evita que $e^{z}$ se desborde,
igual que `logaddexp` en la pérdida binaria. Con dos clases, softmax es la sigmoide de antes:
$P(y = 1 \mid x) = \sigma(z_1 - z_0)$. La pérdida es otra vez menos la log-verosimilitud,
$-\frac{1}{n}\sum_i \ln P(y = y_i \mid x_i)$, y su gradiente tiene la misma forma "error por entrada",
$\frac{1}{n}X^\top(P - Y)$ con $Y$ las etiquetas en one-hot (la lección 4.4 lo deriva y lo usa para
entrenar una red).

Abajo, una regresión logística con las tres especies de iris (L2, $C = 1$). Mueve la flor nueva: ¿dónde
está el modelo seguro y dónde duda entre dos especies?
""",
        en=r"""
## 5. More than two classes: softmax

With $k$ classes the model gives one score per class, $z_c = w_c^\top x + b_c$, and the **softmax function**
turns them into positive probabilities that add up to 1:

$$
P(y = c \mid x) = \frac{e^{z_c - m}}{\sum_{c'} e^{z_{c'} - m}}, \qquad m = \max_{c} z_c .
$$

Subtracting the maximum $m$ does not change the ratio (it cancels above and below) and keeps $e^{z}$ from
overflowing, just like `logaddexp` in the binary loss. With two classes softmax is the sigmoid from before:
$P(y = 1 \mid x) = \sigma(z_1 - z_0)$. The loss is again minus the log-likelihood,
$-\frac{1}{n}\sum_i \ln P(y = y_i \mid x_i)$, and its gradient has the same "error times input" shape,
$\frac{1}{n}X^\top(P - Y)$ with $Y$ the one-hot labels (lesson 4.4 derives it and uses it to train a network).

Below, a logistic regression on the three iris species (L2, $C = 1$). Move the new flower: where is the model
sure, and where does it hesitate between two species?
""",
    )
    return


@app.cell(hide_code=True)
def _(LogisticRegression, iris, np):
    iris_petals = iris.data[:, 2:4]
    softmax_model = LogisticRegression(penalty="l2", C=1.0).fit(iris_petals, iris.target)
    _u, _v = np.meshgrid(np.linspace(0.5, 7.2, 150), np.linspace(-0.2, 2.8, 90))
    _grid = np.column_stack([_u.ravel(), _v.ravel()])
    softmax_regions = (_u, _v, softmax_model.predict(_grid).reshape(_u.shape))
    return iris_petals, softmax_model, softmax_regions


@app.cell(hide_code=True)
def _(kit, lang, mo):
    flower_length = mo.ui.slider(
        1.0, 7.0, step=0.1, value=4.9, show_value=True, label=kit.say(lang, es="largo del pétalo", en="petal length")
    )
    flower_width = mo.ui.slider(
        0.1, 2.5, step=0.05, value=1.6, show_value=True, label=kit.say(lang, es="ancho del pétalo", en="petal width")
    )
    mo.hstack([flower_length, flower_width], justify="start")
    return flower_length, flower_width


@app.cell(hide_code=True)
def _(flower_length, flower_width, iris, iris_petals, kit, lang, np, plt, softmax_model, softmax_regions):
    _x = np.array([flower_length.value, flower_width.value])
    _z = softmax_model.decision_function(_x[None, :])[0]
    _e = np.exp(_z - _z.max())  # the stable softmax, written out
    _probs = _e / _e.sum()
    _names = list(iris.target_names)
    _colors = ["tab:blue", "tab:orange", "tab:green"]
    _fig, (_ax, _ax2) = plt.subplots(1, 2, figsize=(10, 3.9), gridspec_kw={"width_ratios": [1.4, 1]})
    _u, _v, _regions = softmax_regions
    _ax.contourf(_u, _v, _regions, levels=[-0.5, 0.5, 1.5, 2.5], colors=_colors, alpha=0.18)
    for _c, _mk in enumerate("o^s"):
        _ax.scatter(
            *iris_petals[iris.target == _c].T,
            marker=_mk,
            s=14,
            color=_colors[_c],
            edgecolor="k",
            lw=0.3,
            label=_names[_c],
        )
    _ax.scatter(
        *_x,
        marker="*",
        s=300,
        color="gold",
        edgecolor="k",
        zorder=5,
        label=kit.say(lang, es="flor nueva", en="new flower"),
    )
    _ax.set_xlabel(kit.say(lang, es="largo del pétalo (cm)", en="petal length (cm)"))
    _ax.set_ylabel(kit.say(lang, es="ancho del pétalo (cm)", en="petal width (cm)"))
    _ax.legend(fontsize=8, loc="upper left")
    _bars = _ax2.bar(_names, _probs, color=_colors)
    for _bar, _p, _zc in zip(_bars, _probs, _z, strict=True):
        _ax2.annotate(
            f"p = {_p:.3f}\nz = {_zc:.2f}",
            (_bar.get_x() + _bar.get_width() / 2, _p),
            ha="center",
            va="bottom",
            fontsize=9,
            xytext=(0, 2),
            textcoords="offset points",
        )
    _ax2.set_ylim(0, 1.25)
    _ax2.set_yticks([0, 0.25, 0.5, 0.75, 1])  # ticks up to 1 (a probability); the room above holds the labels
    _ax2.set_ylabel(kit.say(lang, es="probabilidad (softmax)", en="probability (softmax)"))
    _ax2.set_title(
        kit.say(lang, es="las tres probabilidades suman 1", en="the three probabilities add up to 1"),
        fontsize=10,
        y=1.0,  # a fixed spot: nothing sits above the axes, so matplotlib need not measure the ticks
    )
    kit.place_xlabels(_fig, (_ax,))  # at their known spot: no measuring
    _fig.tight_layout()
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 6. Autoevaluación

Cuatro preguntas rápidas. La respuesta se corrige en cuanto eliges una opción.
""",
        en=r"""
## 6. Self-check

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
                es="**1.** ¿En qué puntos $x$ vale $p = \\sigma(w^\\top x + b) = 0.5$?",
                en="**1.** At which points $x$ is $p = \\sigma(w^\\top x + b) = 0.5$?",
            ),
            (
                T(es="En la recta wᵀx + b = 0", en="On the line wᵀx + b = 0"),
                T(es="En la recta wᵀx + b = 0.5", en="On the line wᵀx + b = 0.5"),
                T(es="Donde ‖x‖ = 1", en="Where ‖x‖ = 1"),
            ),
            answer=0,
            why=T(
                es="$\\sigma(0) = 1/(1 + e^0) = 0.5$, así que $p = 0.5$ exactamente donde el puntaje $z$ es cero. "
                "Confundir $z$ con $p$ lleva a $w^\\top x + b = 0.5$.",
                en="$\\sigma(0) = 1/(1 + e^0) = 0.5$, so $p = 0.5$ exactly where the score $z$ is zero. Confusing "
                "$z$ with $p$ leads to $w^\\top x + b = 0.5$.",
            ),
        ),
        Question(
            T(
                es="**2.** ¿Qué hace el perceptrón sobre datos que **no** son linealmente separables?",
                en="**2.** What does the perceptron do on data that are **not** linearly separable?",
            ),
            (
                T(es="Nunca deja de actualizar", en="It never stops updating"),
                T(es="Converge a la recta de mínimo error", en="It converges to the least-error line"),
                T(es="Se detiene tras (R/γ)² errores", en="It stops after (R/γ)² mistakes"),
            ),
            answer=0,
            why=T(
                es="En cada época queda al menos un punto mal clasificado, y cada uno provoca un salto. La cota "
                "$(R/\\gamma)^2$ sólo existe si hay un margen $\\gamma > 0$, es decir, si los datos son separables.",
                en="In every epoch at least one point stays misclassified, and each one causes a jump. The bound "
                "$(R/\\gamma)^2$ only exists when there is a margin $\\gamma > 0$, that is, when the data are separable.",
            ),
        ),
        Question(
            T(
                es="**3.** ¿Por qué se entrena la regresión logística con la pérdida logarítmica y no con el error "
                "cuadrático $(p - y)^2$?",
                en="**3.** Why is logistic regression trained with the log loss rather than the squared error "
                "$(p - y)^2$?",
            ),
            (
                T(
                    es="Es convexa y su gradiente no se apaga cuando el modelo se equivoca con seguridad",
                    en="It is convex and its gradient does not vanish when the model is confidently wrong",
                ),
                T(es="Porque es más rápida de calcular", en="Because it is faster to compute"),
                T(es="Porque siempre da valores entre 0 y 1", en="Because it always gives values between 0 and 1"),
            ),
            answer=0,
            why=T(
                es="Con el error cuadrático el gradiente lleva el factor $p(1 - p)$, casi cero si $p \\approx 0$ "
                "cuando $y = 1$: el modelo aprende muy lento justo cuando más se equivoca, y la pérdida deja de ser "
                "convexa en $w$. Con la log loss queda $p - y$.",
                en="With the squared error the gradient carries the factor $p(1 - p)$, nearly zero if $p \\approx 0$ "
                "when $y = 1$: the model learns very slowly exactly when it is most wrong, and the loss is no longer "
                "convex in $w$. With the log loss you get $p - y$.",
            ),
        ),
        Question(
            T(
                es="**4.** Multiplicas $w$ y $b$ por 2. ¿Qué cambia?",
                en="**4.** You multiply $w$ and $b$ by 2. What changes?",
            ),
            (
                T(
                    es="La frontera no; las probabilidades se vuelven más extremas",
                    en="Not the boundary; the probabilities become more extreme",
                ),
                T(es="La frontera se desplaza el doble", en="The boundary shifts twice as far"),
                T(es="Nada, ni la frontera ni las probabilidades", en="Nothing, neither boundary nor probabilities"),
            ),
            answer=0,
            why=T(
                es="$2(w^\\top x + b) = 0$ es la misma recta, pero $z$ se duplica y $\\sigma(2z)$ está más cerca de 0 o de "
                "1. Por eso, en datos separables y sin regularización, $\\lVert w \\rVert$ crece sin límite: duplicar "
                "siempre baja la pérdida.",
                en="$2(w^\\top x + b) = 0$ is the same line, but $z$ doubles and $\\sigma(2z)$ is closer to 0 or 1. "
                "That is why, on separable data without regularisation, $\\lVert w \\rVert$ grows without bound: "
                "doubling always lowers the loss.",
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
## 7. Resumen

- La regresión logística modela $P(y = 1 \mid x) = \sigma(w^\top x + b)$; $z$ son los log-odds y la
  frontera $p = 0.5$ es la recta $w^\top x + b = 0$. Escalar $(w, b)$ no la mueve.
- La pérdida logarítmica es menos la log-verosimilitud de Bernoulli; se calcula desde $z$ con
  `np.logaddexp`, y su gradiente es $X^\top(p - y)/n$ (y $\overline{p - y}$ para $b$). Es convexa.
- Si las clases se separan con una recta, la pérdida no tiene mínimo: $\lVert w \rVert \to \infty$. La
  regularización L2 (un $C$ finito) devuelve el mínimo.
- El perceptrón ($y \in \{\pm 1\}$) corrige $w \leftarrow w + y_i x_i$, $b \leftarrow b + y_i$ en cada
  error; se detiene en datos separables tras a lo más $(R/\gamma)^2$ errores y nunca en los demás.
- La matriz de confusión $[[\text{TN}, \text{FP}], [\text{FN}, \text{TP}]]$ separa los tipos de error;
  precisión y exhaustividad salen de ella.
- Con $k$ clases, softmax convierte $k$ puntajes en probabilidades (restando el máximo, para no
  desbordarse); con dos, es la sigmoide de $z_1 - z_0$.
""",
        en=r"""
## 7. Summary

- Logistic regression models $P(y = 1 \mid x) = \sigma(w^\top x + b)$; $z$ is the log-odds and the boundary
  $p = 0.5$ is the line $w^\top x + b = 0$. Scaling $(w, b)$ does not move it.
- The log loss is minus the Bernoulli log-likelihood; compute it from $z$ with `np.logaddexp`; its gradient
  is $X^\top(p - y)/n$ (and $\overline{p - y}$ for $b$). It is convex.
- If a line separates the classes, the loss has no minimum: $\lVert w \rVert \to \infty$. L2
  regularisation (a finite $C$) brings the minimum back.
- The perceptron ($y \in \{\pm 1\}$) corrects $w \leftarrow w + y_i x_i$, $b \leftarrow b + y_i$ at every
  mistake; it stops on separable data after at most $(R/\gamma)^2$ mistakes and never on the rest.
- The confusion matrix $[[\text{TN}, \text{FP}], [\text{FN}, \text{TP}]]$ separates the kinds of mistake;
  precision and recall come out of it.
- With $k$ classes, softmax turns $k$ scores into probabilities (subtracting the maximum, so as not to
  overflow); with two it is the sigmoid of $z_1 - z_0$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es="## 8. Para seguir: recursos de la guía de estudio",
        en="## 8. Keep going: resources from the study guide",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.resources("logistic-regression-perceptron", lang)
    return


if __name__ == "__main__":
    app.run()
