import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 4.5")


@app.cell(hide_code=True)
def _():
    import marimo as mo
    import numpy as np

    from gradiente.course.kit import Kit

    kit = Kit()
    plt = kit.pyplot()
    return kit, mo, np, plt


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
    kit.header("svm-maximum-margin", lang)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Cuando dos clases se pueden separar con una recta, suele haber infinitas rectas que lo hacen.
El perceptrón de la lección 4.2 se queda con la primera que encuentra; la regresión logística, con
la que maximiza la verosimilitud. La **máquina de vectores de soporte** (SVM, *support vector
machine*) elige con otro criterio: la recta que deja la **calle más ancha** entre las dos clases.
Esa idea geométrica es un problema de optimización con restricciones (lección 3.4), y cuando las
clases se superponen se convierte en una función de costo nueva, la **pérdida bisagra**.

**Al terminar podrás:**

- calcular la distancia con signo de un punto a un hiperplano y distinguir el margen funcional
  $y_i f(x_i)$ del margen geométrico $y_i f(x_i)/\lVert w\rVert$;
- plantear la SVM de margen duro, $\min \tfrac12\lVert w\rVert^2$ sujeto a
  $y_i(w^\top x_i + b) \ge 1$, y reconocer sus vectores de soporte con las condiciones KKT;
- explicar cómo la holgura $\xi_i$ y la constante $C$ llevan a la pérdida bisagra, y qué pasa al
  mover $C$;
- escribir un subgradiente de la pérdida bisagra y comparar la frontera de la SVM con la de la
  regresión logística.
""",
        en=r"""
When two classes can be split by a line, there are usually infinitely many lines that do it. The
perceptron of lesson 4.2 keeps the first one it finds; logistic regression, the one that maximises
the likelihood. The **support vector machine** (SVM) chooses by another rule: the line that leaves
the **widest street** between the two classes. That geometric idea is a constrained optimisation
problem (lesson 3.4), and when the classes overlap it becomes a new cost function, the **hinge
loss**.

**By the end you will be able to:**

- compute the signed distance from a point to a hyperplane and tell the functional margin
  $y_i f(x_i)$ from the geometric margin $y_i f(x_i)/\lVert w\rVert$;
- state the hard-margin SVM, $\min \tfrac12\lVert w\rVert^2$ subject to
  $y_i(w^\top x_i + b) \ge 1$, and recognise its support vectors through the KKT conditions;
- explain how the slack $\xi_i$ and the constant $C$ lead to the hinge loss, and what moving $C$
  does;
- write a subgradient of the hinge loss and compare the SVM's boundary with logistic regression's.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 0. ¿Por qué importa en ML?

Un clasificador lineal decide con el signo de $f(x) = w^\top x + b$. Dos rectas que clasifican
igual de bien los datos de entrenamiento pueden portarse muy distinto con datos nuevos: si la
frontera pasa rozando un punto, una flor un poco distinta ya cae del otro lado. Dejar la mayor
distancia posible a los dos lados es una forma de **robustez**: las SVM fueron durante años el
clasificador de referencia (texto, imágenes, bioinformática), y la pérdida bisagra sigue
apareciendo como costo de clasificadores lineales. Además, la solución depende solo de unos pocos
puntos, los **vectores de soporte**; la lección 4.6 aprovecha eso para llegar a los *kernels*.

En toda la lección, como en el perceptrón, las etiquetas son $y_i \in \{-1, +1\}$; los datos del
curso traen 0/1, y pasamos de unas a otras con $2y - 1$.
""",
        en=r"""
## 0. Why does it matter in ML?

A linear classifier decides by the sign of $f(x) = w^\top x + b$. Two lines that classify the
training data equally well can behave very differently on new data: if the boundary grazes a
point, a slightly different flower already lands on the other side. Leaving as much room as
possible on both sides is a form of **robustness**: SVMs were for years the reference classifier
(text, images, bioinformatics), and the hinge loss still shows up as the cost of linear
classifiers. Besides, the solution depends on a few points only, the **support vectors**; lesson
4.6 builds on that to reach *kernels*.

Throughout the lesson, as for the perceptron, labels are $y_i \in \{-1, +1\}$; the course's data
come as 0/1, and we go from one to the other with $2y - 1$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 1. Distancia con signo a un hiperplano

El conjunto $\{x : w^\top x + b = 0\}$ es un hiperplano (una recta en el plano) y $w$ es
perpendicular a él. Si $x$ es un punto cualquiera y $x_0$ su proyección sobre el hiperplano,
$x - x_0 = d\,\frac{w}{\lVert w\rVert}$ para algún número $d$. Multiplicando por $w^\top$ y usando
$w^\top x_0 = -b$:

$$
w^\top x + b = d\,\lVert w\rVert
\qquad\Longrightarrow\qquad
d(x) = \frac{w^\top x + b}{\lVert w\rVert}.
$$

$d(x)$ es la **distancia con signo**: positiva del lado hacia el que apunta $w$, negativa del
otro. Multiplicada por la etiqueta, $y_i\,d(x_i)$ es positiva justo cuando el punto está bien
clasificado. Hay dos "márgenes" que conviene no confundir:

- el **margen funcional** $y_i f(x_i) = y_i(w^\top x_i + b)$, que cambia si escalas $(w, b)$;
- el **margen geométrico** $y_i f(x_i)/\lVert w\rVert$, una distancia de verdad, que no cambia.

Y el margen geométrico de una frontera sobre todo el conjunto de datos es el de su punto más cercano:

$$
\gamma = \min_i \frac{y_i(w^\top x_i + b)}{\lVert w\rVert}.
$$

Lo medimos con las flores de iris: setosa contra versicolor, con el largo y el ancho del pétalo.
""",
        en=r"""
## 1. Signed distance to a hyperplane

The set $\{x : w^\top x + b = 0\}$ is a hyperplane (a line in the plane) and $w$ is perpendicular
to it. If $x$ is any point and $x_0$ its projection onto the hyperplane, then
$x - x_0 = d\,\frac{w}{\lVert w\rVert}$ for some number $d$. Multiplying by $w^\top$ and using
$w^\top x_0 = -b$:

$$
w^\top x + b = d\,\lVert w\rVert
\qquad\Longrightarrow\qquad
d(x) = \frac{w^\top x + b}{\lVert w\rVert}.
$$

$d(x)$ is the **signed distance**: positive on the side $w$ points to, negative on the other.
Multiplied by the label, $y_i\,d(x_i)$ is positive exactly when the point is correctly
classified. There are two "margins" worth keeping apart:

- the **functional margin** $y_i f(x_i) = y_i(w^\top x_i + b)$, which changes if you scale $(w, b)$;
- the **geometric margin** $y_i f(x_i)/\lVert w\rVert$, a true distance, which does not.

And the geometric margin of a boundary over the whole data set is that of its closest point:

$$
\gamma = \min_i \frac{y_i(w^\top x_i + b)}{\lVert w\rVert}.
$$

We measure it on the iris flowers: setosa against versicolor, with petal length and width.
""",
    )
    return


@app.cell
def _(np):
    from gradiente.datasets import load_iris

    iris = load_iris()
    keep = iris.target < 2  # setosa (0) and versicolor (1)
    X_petal = iris.data[keep][:, 2:4]  # petal length, petal width (cm)
    y_petal = 2 * iris.target[keep] - 1  # 0/1 → −1/+1
    w_try, b_try = np.array([1.0, 1.0]), -3.5  # some line between the two clumps
    functional = y_petal * (X_petal @ w_try + b_try)
    geometric = functional / np.linalg.norm(w_try)
    {
        "functional, (w, b)": round(functional.min(), 3),
        "geometric, (w, b)": round(geometric.min(), 3),
        "functional, (2w, 2b)": round((2 * functional).min(), 3),
        "geometric, (2w, 2b)": round((2 * functional).min() / np.linalg.norm(2 * w_try), 3),
    }
    return X_petal, geometric, iris, y_petal


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Las cuatro cifras de arriba: el margen funcional mínimo de la recta $x_1 + x_2 = 3.5$, su margen
geométrico, y los mismos dos para $(2w, 2b)$, que es la misma recta. El funcional se duplica; el
geométrico no se mueve. Por eso el geométrico es el que tiene sentido maximizar.

**Ensancha la calle.** Abajo, la recta tiene normal unitaria $w = (\cos\theta, \sin\theta)$ y
sesgo $b$, así que $d(x) = w^\top x + b$ ya está en centímetros. La franja gris es la "calle" de
semiancho $\gamma$ a cada lado, y los puntos marcados con un círculo son los más cercanos de cada
clase. Busca el ángulo y el sesgo que hacen la calle lo más ancha posible: el mejor valor está
escrito en el título, y lo calculamos en la sección 2.
""",
        en=r"""
The four numbers above: the smallest functional margin of the line $x_1 + x_2 = 3.5$, its
geometric margin, and the same two for $(2w, 2b)$, which is the same line. The functional one
doubles; the geometric one does not move. That is why the geometric one is worth maximising.

**Widen the street.** Below, the line has unit normal $w = (\cos\theta, \sin\theta)$ and bias $b$,
so $d(x) = w^\top x + b$ is already in centimetres. The grey band is the "street", of half-width
$\gamma$ on each side, and the circled points are the closest of each class. Look for the angle and
the bias that make the street as wide as possible: the best value is written in the title, and we
compute it in section 2.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    angle_slider = mo.ui.slider(
        0.0,
        90.0,
        step=0.5,
        value=60.0,
        show_value=True,
        label=kit.say(lang, es="Ángulo $\\theta$ (°)", en="Angle $\\theta$ (°)"),
    )
    offset_slider = mo.ui.slider(
        -4.0, -1.0, step=0.02, value=-2.0, show_value=True, label=kit.say(lang, es="Sesgo $b$", en="Bias $b$")
    )
    mo.hstack([angle_slider, offset_slider], justify="start", gap=2)
    return angle_slider, offset_slider


@app.cell(hide_code=True)
def _(X_petal, angle_slider, np, offset_slider, y_petal):
    # Small pure cell: the slider's line, its signed distances and the closest point of each class.
    _theta = np.radians(angle_slider.value)
    w_street = np.array([np.cos(_theta), np.sin(_theta)])  # unit normal: d(x) = wᵀx + b
    b_street = offset_slider.value
    street_margins = y_petal * (X_petal @ w_street + b_street)
    gamma_street = float(street_margins.min())
    closest_each = [np.flatnonzero(y_petal == c)[np.argmin(street_margins[y_petal == c])] for c in (-1, 1)]
    return b_street, closest_each, gamma_street, w_street


@app.cell(hide_code=True)
def _(
    X_petal,
    b_street,
    closest_each,
    gamma_hard,
    gamma_street,
    kit,
    lang,
    np,
    plt,
    w_street,
    y_petal,
):
    _fig, _ax = plt.subplots(figsize=(8.4, 4.6))
    _direction = np.array([-w_street[1], w_street[0]])
    _foot = -b_street * w_street  # the point of the line closest to the origin
    _t = np.linspace(-12, 12, 2)
    _line = _foot[:, None] + _direction[:, None] * _t
    if gamma_street > 0:
        _low = _line - gamma_street * w_street[:, None]
        _high = _line + gamma_street * w_street[:, None]
        _ax.fill(np.r_[_low[0], _high[0][::-1]], np.r_[_low[1], _high[1][::-1]], color="0.88", zorder=0)
        _ax.plot(*_low, color="0.5", lw=1, ls="--")
        _ax.plot(*_high, color="0.5", lw=1, ls="--")
    _ax.plot(*_line, color="k", lw=2)
    _names = {
        -1: kit.say(lang, es="setosa ($y=-1$)", en="setosa ($y=-1$)"),
        1: kit.say(lang, es="versicolor ($y=+1$)", en="versicolor ($y=+1$)"),
    }
    for _c, _color in ((-1, "tab:blue"), (1, "tab:orange")):
        _ax.scatter(*X_petal[y_petal == _c].T, s=18, color=_color, label=_names[_c], zorder=3)
    _ax.scatter(*X_petal[closest_each].T, s=160, facecolors="none", edgecolors="k", lw=1.5, zorder=4)
    _ax.set_xlim(0.5, 5.6)
    _ax.set_ylim(-0.3, 2.1)
    _ax.set_aspect("equal")
    _ax.set_xlabel(kit.say(lang, es="largo del pétalo (cm)", en="petal length (cm)"))
    _ax.set_ylabel(kit.say(lang, es="ancho del pétalo (cm)", en="petal width (cm)"))
    _ax.legend(loc="upper left", fontsize=8)
    if gamma_street > 0:
        _title = kit.say(
            lang,
            es=f"margen geométrico γ = {gamma_street:.3f} cm   (el máximo posible: {gamma_hard:.3f} cm)",
            en=f"geometric margin γ = {gamma_street:.3f} cm   (the largest possible: {gamma_hard:.3f} cm)",
        )
    else:
        _title = kit.say(
            lang,
            es=f"γ = {gamma_street:.3f} < 0: hay puntos del lado equivocado",
            en=f"γ = {gamma_street:.3f} < 0: some points are on the wrong side",
        )
    _ax.set_title(_title, fontsize=10)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Fíjate en dos cosas. Mientras la recta no toque a nadie, puedes girarla o moverla sin que cambie
la clasificación, pero el margen sí cambia. Y cuando la calle es la más ancha, queda **apoyada en
puntos de las dos clases**: si solo la tocara un punto de una clase, podrías alejar la recta de él
y ensancharla.

## 2. El margen máximo como problema de optimización

Como $(w, b)$ y $(c\,w, c\,b)$ son la misma recta, podemos elegir la escala que queramos. Elegimos
la que hace que el punto más cercano tenga margen funcional exactamente 1:
$\min_i y_i(w^\top x_i + b) = 1$. Con esa escala, $\gamma = 1/\lVert w\rVert$ y la calle mide
$2/\lVert w\rVert$ de ancho. Maximizar $1/\lVert w\rVert$ es lo mismo que minimizar
$\tfrac12\lVert w\rVert^2$ (más fácil: es cuadrática y convexa), y queda la **SVM de margen duro**:

$$
\min_{w,\,b}\ \tfrac12\lVert w\rVert^2
$$

sujeto a

$$
y_i(w^\top x_i + b) \ge 1,\quad i = 1, \dots, n.
$$

Con la convención de la lección 3.4, cada restricción se escribe como
$g_i = 1 - y_i(w^\top x_i + b) \le 0$, y el lagrangiano es

$$
L(w, b, \alpha) = \tfrac12\lVert w\rVert^2 + \sum_i \alpha_i\bigl(1 - y_i(w^\top x_i + b)\bigr),
\qquad \alpha_i \ge 0.
$$

Las condiciones KKT dicen, una por una:

- **estacionariedad**: $\nabla_w L = w - \sum_i \alpha_i y_i x_i = 0$, o sea
  $w = \sum_i \alpha_i y_i x_i$; y $\partial L/\partial b = -\sum_i \alpha_i y_i = 0$;
- **factibilidad**: $y_i(w^\top x_i + b) \ge 1$ y $\alpha_i \ge 0$;
- **holgura complementaria**: $\alpha_i\bigl(1 - y_i(w^\top x_i + b)\bigr) = 0$.

La última es la clave: si un punto está lejos de la calle ($y_i f(x_i) > 1$), su $\alpha_i$ vale 0
y no aparece en $w$. Solo los puntos **sobre los bordes** pueden tener $\alpha_i > 0$: son los
**vectores de soporte**. Si borras cualquier otro punto, la solución no cambia.

`gradiente.models.SVC` resuelve este problema (por el dual, que es tema de la lección 4.6). Un $C$
enorme lo hace de margen duro; $C$ se explica en la sección 3. Guarda $\alpha_i y_i$ de cada vector
de soporte en `dual_coef_` y el vector $w$ en `coef_`; la última entrada comprueba la
estacionariedad, $w = \sum_i \alpha_i y_i x_i$:
""",
        en=r"""
Notice two things. As long as the line touches nobody, you can turn it or move it without
changing the classification, but the margin does change. And when the street is at its widest, it
**rests on points of both classes**: if only a point of one class touched it, you could move the
line away from it and widen the street.

## 2. The maximum margin as an optimisation problem

Since $(w, b)$ and $(c\,w, c\,b)$ are the same line, we may pick whatever scale we like. We pick
the one that gives the closest point a functional margin of exactly 1:
$\min_i y_i(w^\top x_i + b) = 1$. With that scale, $\gamma = 1/\lVert w\rVert$ and the street is
$2/\lVert w\rVert$ wide. Maximising $1/\lVert w\rVert$ is the same as minimising
$\tfrac12\lVert w\rVert^2$ (easier: it is quadratic and convex), and we get the **hard-margin
SVM**:

$$
\min_{w,\,b}\ \tfrac12\lVert w\rVert^2
$$

subject to

$$
y_i(w^\top x_i + b) \ge 1,\quad i = 1, \dots, n.
$$

With the convention of lesson 3.4, each constraint is written as
$g_i = 1 - y_i(w^\top x_i + b) \le 0$, and the Lagrangian is

$$
L(w, b, \alpha) = \tfrac12\lVert w\rVert^2 + \sum_i \alpha_i\bigl(1 - y_i(w^\top x_i + b)\bigr),
\qquad \alpha_i \ge 0.
$$

The KKT conditions say, one by one:

- **stationarity**: $\nabla_w L = w - \sum_i \alpha_i y_i x_i = 0$, that is
  $w = \sum_i \alpha_i y_i x_i$; and $\partial L/\partial b = -\sum_i \alpha_i y_i = 0$;
- **feasibility**: $y_i(w^\top x_i + b) \ge 1$ and $\alpha_i \ge 0$;
- **complementary slackness**: $\alpha_i\bigl(1 - y_i(w^\top x_i + b)\bigr) = 0$.

The last one is the key: if a point is away from the street ($y_i f(x_i) > 1$), its $\alpha_i$ is
0 and it does not appear in $w$. Only the points **on the edges** can have $\alpha_i > 0$: they
are the **support vectors**. Delete any other point and the solution does not change.

`gradiente.models.SVC` solves this problem (through the dual, the topic of lesson 4.6). A huge $C$
makes it hard-margin; $C$ is explained in section 3. It stores $\alpha_i y_i$ of each support
vector in `dual_coef_` and the vector $w$ in `coef_`; the last entry checks stationarity,
$w = \sum_i \alpha_i y_i x_i$:
""",
    )
    return


@app.cell
def _(X_petal, np, y_petal):
    from gradiente.models import SVC

    hard = SVC(kernel="linear", C=1e6).fit(X_petal, y_petal)
    w_hard = hard.coef_.ravel()  # the linear kernel's w, shape (1, 2) → (2,)
    stationarity = np.allclose(w_hard, hard.dual_coef_ @ hard.support_vectors_)  # w = Σ αᵢ yᵢ xᵢ
    b_hard = float(hard.intercept_[0])
    gamma_hard = 1 / np.linalg.norm(w_hard)
    {
        "w": w_hard.round(3),
        "b": round(b_hard, 3),
        "support vectors": len(hard.support_),
        "1/‖w‖": round(gamma_hard, 3),
        "w = Σ αᵢyᵢxᵢ": stationarity,
    }
    return SVC, b_hard, gamma_hard, hard, w_hard


@app.cell
def _(X_petal, b_hard, hard, np, w_hard, y_petal):
    # The functional margins of the support vectors (1: on the edges) and the smallest of all the others.
    hard_margins = y_petal * (X_petal @ w_hard + b_hard)
    others = np.delete(hard_margins, hard.support_)
    {
        "yᵢf(xᵢ) of the support vectors": hard_margins[hard.support_].round(6),
        "smallest yᵢf(xᵢ) of the others": round(others.min(), 3),
        "Σ αᵢ yᵢ": round(float(hard.dual_coef_.sum()), 9),
    }
    return (others,)


@app.cell(hide_code=True)
def _(b_hard, gamma_hard, hard, kit, lang, np, others, w_hard):
    _w = ", ".join(f"{v:.3f}" for v in w_hard)
    kit.text(
        lang,
        es=rf"""
La SVM encuentra $w \approx ({_w})$, $b \approx {b_hard:.3f}$ y **{len(hard.support_)} vectores de
soporte**, con margen funcional 1 (la primera línea de la celda de arriba); el resto de los 100
puntos tiene margen funcional de al menos {others.min():.3f}, y $\sum_i \alpha_i y_i$ da 0, como pide
$\partial L/\partial b = 0$. El margen geométrico es $1/\lVert w\rVert \approx {gamma_hard:.3f}$ cm
y la calle mide $2/\lVert w\rVert \approx {2 * gamma_hard:.3f}$ cm. En la gráfica de la sección 1,
esta recta corresponde a $\theta \approx {np.degrees(np.arctan2(w_hard[1], w_hard[0])):.1f}°$ y
$b \approx {b_hard * gamma_hard:.2f}$ (la misma recta, con $w$ dividido entre su norma).
""",
        en=rf"""
The SVM finds $w \approx ({_w})$, $b \approx {b_hard:.3f}$ and **{len(hard.support_)} support
vectors**, with functional margin 1 (the first line of the cell above); the other points of the
100 have functional margin at least {others.min():.3f}, and $\sum_i \alpha_i y_i$ is 0, as
$\partial L/\partial b = 0$ demands. The geometric margin is $1/\lVert w\rVert \approx
{gamma_hard:.3f}$ cm and the street is $2/\lVert w\rVert \approx {2 * gamma_hard:.3f}$ cm wide. In
the figure of section 1, this line is $\theta \approx
{np.degrees(np.arctan2(w_hard[1], w_hard[0])):.1f}°$ and $b \approx {b_hard * gamma_hard:.2f}$
(the same line, with $w$ divided by its norm).
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 3. Margen suave: holgura, $C$ y la pérdida bisagra

Con versicolor contra virginica ninguna recta separa los pétalos: el margen duro no tiene
solución. Se le da a cada punto una **holgura** $\xi_i \ge 0$ que le permite entrar en la calle (o
cruzarla), y se cobra por ella:

$$
\min_{w,\,b,\,\xi}\ \tfrac12\lVert w\rVert^2 + C\sum_i \xi_i
$$

sujeto a

$$
y_i(w^\top x_i + b) \ge 1 - \xi_i,\quad \xi_i \ge 0.
$$

Para $(w, b)$ fijos, la mejor holgura es la más chica que cumple las dos restricciones:
$\xi_i = \max\bigl(0,\ 1 - y_i f(x_i)\bigr)$. Sustituyéndola, desaparecen las restricciones y queda
un problema sin ellas:

$$
\min_{w,\,b}\ \tfrac12\lVert w\rVert^2 + C\sum_i \max\bigl(0,\ 1 - y_i(w^\top x_i + b)\bigr).
$$

El término $\max(0, 1 - y f)$ es la **pérdida bisagra** (*hinge loss*): vale 0 si el punto está
fuera de la calle y de su lado, crece en línea recta al entrar, y pasa de 1 cuando el punto cruza
la frontera. Así cada punto cae en uno de tres grupos: $\xi_i = 0$ (fuera de la calle o en su
borde), $0 < \xi_i \le 1$ (dentro de la calle pero de su lado) y $\xi_i > 1$ (del lado
equivocado). $C$ decide cuánto pesa cada unidad de holgura frente a $\tfrac12\lVert w\rVert^2$
(que mide lo angosta que es la calle). En las KKT de este problema cada multiplicador queda
acotado, $0 \le \alpha_i \le C$: los vectores de soporte ahora son los puntos en el borde y todos
los que tienen holgura.

**$C$ y la pérdida bisagra.** Con los pétalos estandarizados (media 0, desviación 1), mueve
$\log_{10} C$. Cada valor vuelve a entrenar `SVC(kernel="linear", C=C)`. Los círculos negros son
los vectores de soporte; el color de cada punto dice su grupo.
""",
        en=r"""
## 3. Soft margin: slack, $C$ and the hinge loss

With versicolor against virginica no line separates the petals: the hard margin has no solution.
Each point is given a **slack** $\xi_i \ge 0$ that lets it into the street (or across it), and it
is charged for it:

$$
\min_{w,\,b,\,\xi}\ \tfrac12\lVert w\rVert^2 + C\sum_i \xi_i
$$

subject to

$$
y_i(w^\top x_i + b) \ge 1 - \xi_i,\quad \xi_i \ge 0.
$$

For fixed $(w, b)$, the best slack is the smallest one that meets both constraints:
$\xi_i = \max\bigl(0,\ 1 - y_i f(x_i)\bigr)$. Substituting it, the constraints disappear and we are
left with an unconstrained problem:

$$
\min_{w,\,b}\ \tfrac12\lVert w\rVert^2 + C\sum_i \max\bigl(0,\ 1 - y_i(w^\top x_i + b)\bigr).
$$

The term $\max(0, 1 - y f)$ is the **hinge loss**: it is 0 if the point is outside the street and
on its side, grows linearly as the point enters, and goes past 1 when the point crosses the
boundary. So each point falls in one of three groups: $\xi_i = 0$ (outside the street or on its
edge), $0 < \xi_i \le 1$ (inside the street but on its side) and $\xi_i > 1$ (on the wrong side).
$C$ decides how much each unit of slack weighs against $\tfrac12\lVert w\rVert^2$ (which measures
how narrow the street is). In this problem's KKT conditions each multiplier is bounded,
$0 \le \alpha_i \le C$: the support vectors are now the points on the edge and all those with
slack.

**$C$ and the hinge loss.** With the petals standardised (mean 0, standard deviation 1), move
$\log_{10} C$. Each value retrains `SVC(kernel="linear", C=C)`. The black circles are the support
vectors; each point's colour tells its group.
""",
    )
    return


@app.cell
def _(iris, np):
    from gradiente.metrics import hinge_loss

    _keep = iris.target > 0  # versicolor (1) and virginica (2)
    _raw = iris.data[_keep][:, 2:4]
    X_soft = (_raw - _raw.mean(axis=0)) / _raw.std(axis=0)  # standardised, ddof=0
    y_soft = np.where(iris.target[_keep] == 2, 1, -1)  # virginica +1, versicolor −1
    {
        "X_soft.shape": X_soft.shape,
        "virginica (+1)": int((y_soft == 1).sum()),
        "versicolor (−1)": int((y_soft == -1).sum()),
    }
    return X_soft, hinge_loss, y_soft


@app.cell
def _(SVC, X_soft, hinge_loss, np, y_soft):
    def fit_soft(C):
        """The soft-margin SVM for one C: w, b, the slacks and the support vectors."""
        model = SVC(kernel="linear", C=C).fit(X_soft, y_soft)
        w = model.coef_.ravel()  # = Σ αᵢ yᵢ xᵢ, as in section 2
        b = float(model.intercept_[0])
        scores = X_soft @ w + b
        slack = np.maximum(0.0, 1 - y_soft * scores)  # ξᵢ
        hinge_total = len(y_soft) * hinge_loss(y_soft, scores)  # Σ ξᵢ = n · (mean hinge loss)
        return {"C": C, "w": w, "b": b, "slack": slack, "hinge_total": hinge_total, "support": model.support_}

    log_C_values = np.round(np.arange(-2.0, 2.01, 0.25), 2)
    soft_fits = {value: fit_soft(10.0**value) for value in log_C_values}  # 17 fits, done once
    example_fit = soft_fits[0.0]
    # C = 1: the library's metric and the formula agree
    {"n · hinge_loss": round(example_fit["hinge_total"], 6), "Σ ξᵢ": round(example_fit["slack"].sum(), 6)}
    return log_C_values, soft_fits


@app.cell(hide_code=True)
def _(kit, lang, log_C_values, mo):
    log_C_slider = mo.ui.slider(
        steps=[float(v) for v in log_C_values],
        value=0.0,
        show_value=True,
        label=kit.say(lang, es="$\\log_{10} C$", en="$\\log_{10} C$"),
    )
    log_C_slider
    return (log_C_slider,)


@app.cell(hide_code=True)
def _(X_soft, kit, lang, log_C_slider, np, plt, soft_fits, y_soft):
    _fit = soft_fits[round(log_C_slider.value, 2)]
    _w, _b, _slack = _fit["w"], _fit["b"], _fit["slack"]
    _norm = np.linalg.norm(_w)
    _fig, (_ax, _bar) = plt.subplots(1, 2, figsize=(9.6, 4.4), gridspec_kw={"width_ratios": [2.2, 1]})
    _xs = np.array([-3.0, 3.0])
    for _level, _style in ((0, "-"), (1, "--"), (-1, "--")):
        _ax.plot(
            _xs,
            (_level - _b - _w[0] * _xs) / _w[1],
            color="k" if _level == 0 else "0.5",
            ls=_style,
            lw=2 if _level == 0 else 1,
        )
    _groups = (
        (_slack == 0, "tab:green", kit.say(lang, es="ξ = 0", en="ξ = 0")),
        (
            (_slack > 0) & (_slack <= 1),
            "gold",
            kit.say(lang, es="0 < ξ ≤ 1: en la calle", en="0 < ξ ≤ 1: in the street"),
        ),
        (_slack > 1, "tab:red", kit.say(lang, es="ξ > 1: lado equivocado", en="ξ > 1: wrong side")),
    )
    for _mask, _color, _label in _groups:
        for _c, _marker in ((-1, "o"), (1, "^")):
            _pick = _mask & (y_soft == _c)
            _ax.scatter(
                *X_soft[_pick].T,
                s=22,
                color=_color,
                marker=_marker,
                edgecolors="0.3",
                lw=0.4,
                label=_label if _c == -1 else None,
                zorder=3,
            )
    _ax.scatter(*X_soft[_fit["support"]].T, s=90, facecolors="none", edgecolors="k", lw=0.9, zorder=4)
    _ax.set_xlim(-2.6, 2.6)
    _ax.set_ylim(-2.6, 2.6)
    _ax.set_aspect("equal")
    _ax.set_xlabel(kit.say(lang, es="largo del pétalo (estandarizado)", en="petal length (standardised)"))
    _ax.set_ylabel(kit.say(lang, es="ancho del pétalo (estandarizado)", en="petal width (standardised)"))
    _ax.legend(
        loc="lower right",
        fontsize=7.5,
        title=kit.say(lang, es="○ versicolor  △ virginica", en="○ versicolor  △ virginica"),
        title_fontsize=7.5,
    )
    _ax.set_title(
        kit.say(
            lang,
            es=f"C = {_fit['C']:.3g}: ancho 2/‖w‖ = {2 / _norm:.2f}, {len(_fit['support'])} vectores de soporte",
            en=f"C = {_fit['C']:.3g}: width 2/‖w‖ = {2 / _norm:.2f}, {len(_fit['support'])} support vectors",
        ),
        fontsize=9.5,
    )
    _terms = (0.5 * _norm**2, _fit["C"] * _fit["hinge_total"])
    _bar.bar([0, 1], _terms, color=["tab:blue", "tab:purple"])
    _bar.set_xticks([0, 1], ["½‖w‖²", "C·Σξ"])
    for _i, _v in enumerate(_terms):
        _bar.text(_i, _v, f"{_v:.2f}", ha="center", va="bottom", fontsize=8)
    _bar.set_title(kit.say(lang, es="los dos términos del costo", en="the two terms of the cost"), fontsize=9.5)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang, soft_fits):
    _small, _large = soft_fits[-2.0], soft_fits[2.0]
    kit.text(
        lang,
        es=rf"""
Con $C = 0.01$ casi no importa violar el margen: la calle es enorme y {len(_small["support"])} de
los 100 puntos son vectores de soporte. Con $C = 100$ cada unidad de holgura cuesta mucho: la
calle se angosta y quedan {len(_large["support"])}. Ningún $C$ deja a todos fuera de la calle,
porque las clases se superponen. Un $C$ grande se ajusta más a los datos de entrenamiento; uno chico
da una frontera más "promediada". En la práctica, $C$ se elige con validación cruzada.
""",
        en=rf"""
With $C = 0.01$ violating the margin hardly matters: the street is huge and
{len(_small["support"])} of the 100 points are support vectors. With $C = 100$ each unit of slack
costs a lot: the street narrows and {len(_large["support"])} are left. No $C$ gets every point out
of the street, because the classes overlap. A large $C$ fits the training data more closely; a
small one gives a more "averaged" boundary. In practice, $C$ is chosen by cross-validation.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 4. Entrenar con subgradientes

El costo $J(w, b) = \tfrac12\lVert w\rVert^2 + C\sum_i \max(0, 1 - y_i f(x_i))$ es convexo, pero
no es derivable donde $y_i f(x_i) = 1$: la bisagra tiene un pliegue. Ahí se usa un
**subgradiente**, cualquier pendiente de una recta que queda por debajo de la función; en el
pliegue de $\max(0, 1 - t)$ vale cualquier número entre $-1$ y $0$, y elegimos 0. Fuera del
pliegue es la derivada de siempre. Para un punto **activo** ($y_i f(x_i) < 1$) la bisagra es
$1 - y_i(w^\top x_i + b)$, que aporta $-y_i x_i$ a $\partial_w$ y $-y_i$ a $\partial_b$; un punto
inactivo no aporta nada. Con $\tfrac12\lVert w\rVert^2$, que da $w$ y no contiene a $b$:

$$
\partial_w J = w - C\sum_{i:\ y_i f(x_i) < 1} y_i x_i,
\qquad
\partial_b J = -C\sum_{i:\ y_i f(x_i) < 1} y_i.
$$

El descenso por subgradiente repite $(w, b) \leftarrow (w, b) - \eta_t\,(\partial_w J, \partial_b J)$
con pasos $\eta_t$ que se achican. `gradiente.models.LinearSVC` hace eso con lotes pequeños
(el algoritmo Pegasos); escribirás el subgradiente tú mismo en el ejercicio 3. Abajo comparamos
su frontera con la solución exacta de `SVC` y con la regresión logística de la lección 4.2, en los
mismos pétalos y con $C = 1$.
""",
        en=r"""
## 4. Training with subgradients

The cost $J(w, b) = \tfrac12\lVert w\rVert^2 + C\sum_i \max(0, 1 - y_i f(x_i))$ is convex, but not
differentiable where $y_i f(x_i) = 1$: the hinge has a kink. There one uses a **subgradient**, any
slope of a line that stays below the function; at the kink of $\max(0, 1 - t)$ any number between
$-1$ and $0$ will do, and we pick 0. Away from the kink it is the usual derivative. For an
**active** point ($y_i f(x_i) < 1$) the hinge is $1 - y_i(w^\top x_i + b)$, which adds $-y_i x_i$
to $\partial_w$ and $-y_i$ to $\partial_b$; an inactive point adds nothing. With
$\tfrac12\lVert w\rVert^2$, which gives $w$ and does not contain $b$:

$$
\partial_w J = w - C\sum_{i:\ y_i f(x_i) < 1} y_i x_i,
\qquad
\partial_b J = -C\sum_{i:\ y_i f(x_i) < 1} y_i.
$$

Subgradient descent repeats $(w, b) \leftarrow (w, b) - \eta_t\,(\partial_w J, \partial_b J)$ with
shrinking steps $\eta_t$. `gradiente.models.LinearSVC` does that on small batches (the Pegasos
algorithm); you will write the subgradient yourself in exercise 3. Below we compare its boundary
with `SVC`'s exact solution and with the logistic regression of lesson 4.2, on the same petals and
with $C = 1$.
""",
    )
    return


@app.cell
def _(X_soft, soft_fits, y_soft):
    from gradiente.models import LinearSVC, LogisticRegression

    pegasos = LinearSVC(C=1.0, epochs=300, random_state=0).fit(X_soft, y_soft)
    logistic = LogisticRegression().fit(X_soft, (y_soft + 1) // 2)  # logistic regression wants 0/1
    boundaries = {
        "SVC": (soft_fits[0.0]["w"], soft_fits[0.0]["b"]),
        "LinearSVC": (pegasos.coef_.ravel(), float(pegasos.intercept_[0])),
        "LogisticRegression": (logistic.coef_.ravel(), float(logistic.intercept_[0])),
    }
    {name: (w.round(3), round(b, 3)) for name, (w, b) in boundaries.items()}
    return (boundaries,)


@app.cell(hide_code=True)
def _(X_soft, boundaries, kit, lang, np, plt, y_soft):
    _fig, _ax = plt.subplots(figsize=(6.4, 4.6))
    _ax.scatter(*X_soft[y_soft == -1].T, s=16, color="tab:blue", label="versicolor")
    _ax.scatter(*X_soft[y_soft == 1].T, s=16, color="tab:orange", marker="^", label="virginica")
    _xs = np.array([-3.0, 3.0])
    _styles = {
        "SVC": ("k", "-", kit.say(lang, es="SVM exacta (SVC)", en="exact SVM (SVC)")),
        "LinearSVC": (
            "tab:green",
            "--",
            kit.say(lang, es="SVM por subgradiente (LinearSVC)", en="SVM by subgradient (LinearSVC)"),
        ),
        "LogisticRegression": ("tab:red", ":", kit.say(lang, es="regresión logística", en="logistic regression")),
    }
    for _name, (_w, _b) in boundaries.items():
        _color, _style, _label = _styles[_name]
        _ax.plot(_xs, (-_b - _w[0] * _xs) / _w[1], color=_color, ls=_style, lw=2, label=_label)
    _ax.set_xlim(-2.6, 2.6)
    _ax.set_ylim(-2.6, 2.6)
    _ax.set_aspect("equal")
    _ax.set_xlabel(kit.say(lang, es="largo del pétalo (estandarizado)", en="petal length (standardised)"))
    _ax.set_ylabel(kit.say(lang, es="ancho del pétalo (estandarizado)", en="petal width (standardised)"))
    _ax.legend(fontsize=7.5, loc="lower right")
    _ax.set_title(
        kit.say(lang, es="tres fronteras, los mismos datos", en="three boundaries, the same data"), fontsize=10
    )
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Las dos SVM casi coinciden: el descenso por subgradiente llega, con pasos que se achican, al
mínimo del mismo costo convexo (no exactamente: `LinearSVC` también penaliza un poco el sesgo).
La regresión logística da una recta parecida pero no igual, porque su costo cuenta a **todos** los
puntos, también a los lejanos, mientras que la bisagra ignora a los que ya están fuera de la calle.

## 5. Ejercicios

Los tres reciben las etiquetas como 0/1 y las convierten a −1/+1 con $2y - 1$.
""",
        en=r"""
The two SVMs nearly coincide: subgradient descent, with shrinking steps, reaches the minimum of the
same convex cost (not exactly: `LinearSVC` also penalises the bias a little). Logistic regression
gives a similar but different line, because its cost counts **every** point, distant ones too,
while the hinge ignores those already outside the street.

## 5. Exercises

All three take the labels as 0/1 and convert them to −1/+1 with $2y - 1$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_signed_distances = kit.exercise("signed_distances", lang)
    ex_signed_distances
    return (ex_signed_distances,)


@app.cell(hide_code=True)
def _(ex_signed_distances, kit):
    kit.feedback(ex_signed_distances)
    return


@app.cell(hide_code=True)
def _(ex_signed_distances, kit):
    kit.hints(ex_signed_distances)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_geometric_margin = kit.exercise("geometric_margin", lang)
    ex_geometric_margin
    return (ex_geometric_margin,)


@app.cell(hide_code=True)
def _(ex_geometric_margin, kit):
    kit.feedback(ex_geometric_margin)
    return


@app.cell(hide_code=True)
def _(ex_geometric_margin, kit):
    kit.hints(ex_geometric_margin)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_hinge_subgradient = kit.exercise("hinge_subgradient", lang)
    ex_hinge_subgradient
    return (ex_hinge_subgradient,)


@app.cell(hide_code=True)
def _(ex_hinge_subgradient, kit):
    kit.feedback(ex_hinge_subgradient)
    return


@app.cell(hide_code=True)
def _(ex_hinge_subgradient, kit):
    kit.hints(ex_hinge_subgradient)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 6. Autoevaluación

Cuatro preguntas. La respuesta se corrige en cuanto eliges una opción.
""",
        en=r"""
## 6. Self-check

Four questions. Your answer is checked as soon as you pick an option.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit):
    T, Question = kit.T, kit.Question
    QUIZ = [
        Question(
            T(
                es=r"**1.** Multiplicas $w$ y $b$ por 2. ¿Qué le pasa al margen geométrico $\gamma$?",
                en=r"**1.** You multiply $w$ and $b$ by 2. What happens to the geometric margin $\gamma$?",
            ),
            (
                T(es="No cambia", en="It does not change"),
                T(es="Se duplica", en="It doubles"),
                T(es="Se reduce a la mitad", en="It halves"),
            ),
            answer=0,
            why=T(
                es=r"$(2w, 2b)$ describe la misma recta: el numerador $y_i(2w^\top x_i + 2b)$ y el denominador $\lVert 2w\rVert$ se duplican a la vez. El que se duplica es el margen **funcional**; por eso, para fijar la escala, se pide $\min_i y_i f(x_i) = 1$. «Se reduce a la mitad» confunde $\gamma$ con $1/\lVert w\rVert$ sin volver a escalar.",
                en=r"$(2w, 2b)$ describes the same line: the numerator $y_i(2w^\top x_i + 2b)$ and the denominator $\lVert 2w\rVert$ double together. The one that doubles is the **functional** margin; that is why the scale is fixed by asking $\min_i y_i f(x_i) = 1$. “It halves” mistakes $\gamma$ for $1/\lVert w\rVert$ without rescaling.",
            ),
        ),
        Question(
            T(
                es="**2.** Entrenas una SVM de margen duro y luego borras un punto que no es vector de soporte. ¿Qué pasa con la frontera?",
                en="**2.** You train a hard-margin SVM and then delete a point that is not a support vector. What happens to the boundary?",
            ),
            (
                T(es="Se mueve un poco, como cambia una media", en="It moves a little, as a mean would"),
                T(es="Hay que volver a entrenar y puede cambiar mucho", en="It must be retrained and may change a lot"),
                T(
                    es="Nada: la solución depende solo de los vectores de soporte",
                    en="Nothing: the solution depends on the support vectors only",
                ),
            ),
            answer=2,
            why=T(
                es=r"Por holgura complementaria, un punto con $y_i f(x_i) > 1$ tiene $\alpha_i = 0$, así que no aparece en $w = \sum_i \alpha_i y_i x_i$; además la solución vieja sigue cumpliendo todas las restricciones que quedan, y sigue siendo óptima. La regresión logística sí cambiaría un poco: su costo suma sobre todos los puntos.",
                en=r"By complementary slackness, a point with $y_i f(x_i) > 1$ has $\alpha_i = 0$, so it does not appear in $w = \sum_i \alpha_i y_i x_i$; and the old solution still meets every remaining constraint, so it is still optimal. Logistic regression would change a little: its cost sums over every point.",
            ),
        ),
        Question(
            T(
                es=r"**3.** Los datos se pueden separar con una recta. ¿A qué tiende la SVM de margen suave cuando $C \to \infty$?",
                en=r"**3.** The data can be separated by a line. What does the soft-margin SVM tend to as $C \to \infty$?",
            ),
            (
                T(es="A una calle cada vez más ancha", en="To an ever wider street"),
                T(es="A la SVM de margen duro", en="To the hard-margin SVM"),
                T(es="A la regresión logística", en="To logistic regression"),
            ),
            answer=1,
            why=T(
                es=r"Con $C$ enorme, cualquier holgura cuesta más que lo que se gana en $\tfrac12\lVert w\rVert^2$, así que el óptimo termina con todas las $\xi_i = 0$: es el margen duro. Por eso en la sección 2 usamos `C=1e6`. La calle se **angosta** al subir $C$ (lo viste con el control de la sección 3); y la bisagra nunca se vuelve el costo logístico.",
                en=r"With a huge $C$, any slack costs more than what it saves in $\tfrac12\lVert w\rVert^2$, so the optimum ends with every $\xi_i = 0$: the hard margin. That is why section 2 used `C=1e6`. The street **narrows** as $C$ grows (you saw it with the control of section 3); and the hinge never turns into the logistic cost.",
            ),
        ),
        Question(
            T(
                es=r"**4.** Un punto está bien clasificado y fuera de la calle: $y_i f(x_i) = 2.5$. ¿Cuánto vale su pérdida bisagra?",
                en=r"**4.** A point is correctly classified and outside the street: $y_i f(x_i) = 2.5$. What is its hinge loss?",
            ),
            (T.same("−1.5"), T.same("0"), T.same("1.5"), T.same("2.5")),
            answer=1,
            why=T(
                es=r"$\max(0, 1 - 2.5) = \max(0, -1.5) = 0$. El $\max$ impide que la pérdida sea negativa: un punto que ya está bien clasificado y con margen no «premia» al modelo, simplemente deja de contar (y no aporta al subgradiente). $-1.5$ olvida el $\max$; $1.5$ le cambia el signo.",
                en=r"$\max(0, 1 - 2.5) = \max(0, -1.5) = 0$. The $\max$ keeps the loss from being negative: a point already correctly classified with room to spare does not “reward” the model, it just stops counting (and adds nothing to the subgradient). $-1.5$ forgets the $\max$; $1.5$ flips its sign.",
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

- La distancia con signo de $x$ al hiperplano $w^\top x + b = 0$ es $(w^\top x + b)/\lVert w\rVert$.
  El margen funcional $y_i f(x_i)$ depende de la escala de $(w, b)$; el geométrico
  $y_i f(x_i)/\lVert w\rVert$ no, y es negativo para un punto mal clasificado.
- Fijando $\min_i y_i f(x_i) = 1$, maximizar el margen es $\min \tfrac12\lVert w\rVert^2$ sujeto a
  $y_i(w^\top x_i + b) \ge 1$; la calle mide $2/\lVert w\rVert$.
- Las KKT dan $w = \sum_i \alpha_i y_i x_i$ y, por holgura complementaria, $\alpha_i > 0$ solo en
  los vectores de soporte, los puntos sobre los bordes de la calle.
- Con holgura, el problema equivale a $\tfrac12\lVert w\rVert^2 + C\sum_i \max(0, 1 - y_i f(x_i))$:
  la pérdida bisagra. $C$ grande angosta la calle y, con clases separables, tiende al margen duro.
- Un subgradiente es $\partial_w = w - C\sum_{i \in A} y_i x_i$,
  $\partial_b = -C\sum_{i \in A} y_i$, donde $A = \{i : y_i f(x_i) < 1\}$ son los puntos activos.
- Sigue en la lección 4.6: el problema dual, los *kernels* y el algoritmo SMO que usa `SVC`.
""",
        en=r"""
## 7. Summary

- The signed distance from $x$ to the hyperplane $w^\top x + b = 0$ is
  $(w^\top x + b)/\lVert w\rVert$. The functional margin $y_i f(x_i)$ depends on the scale of
  $(w, b)$; the geometric one, $y_i f(x_i)/\lVert w\rVert$, does not, and it is negative for a
  misclassified point.
- Fixing $\min_i y_i f(x_i) = 1$, maximising the margin is $\min \tfrac12\lVert w\rVert^2$ subject
  to $y_i(w^\top x_i + b) \ge 1$; the street is $2/\lVert w\rVert$ wide.
- KKT gives $w = \sum_i \alpha_i y_i x_i$ and, by complementary slackness, $\alpha_i > 0$ only for
  the support vectors, the points on the edges of the street.
- With slack, the problem is equivalent to $\tfrac12\lVert w\rVert^2 + C\sum_i \max(0, 1 - y_i f(x_i))$:
  the hinge loss. A large $C$ narrows the street and, for separable classes, tends to the hard margin.
- A subgradient is $\partial_w = w - C\sum_{i \in A} y_i x_i$,
  $\partial_b = -C\sum_{i \in A} y_i$, where $A = \{i : y_i f(x_i) < 1\}$ are the active points.
- Next, in lesson 4.6: the dual problem, *kernels* and the SMO algorithm that `SVC` uses.
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
    kit.resources("svm-maximum-margin", lang)
    return


if __name__ == "__main__":
    app.run()
