import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 1.2")


@app.cell(hide_code=True)
def _():
    import marimo as mo
    import numpy as np

    from gradiente.course.kit import Kit

    kit = Kit()
    plt = kit.pyplot()
    return kit, mo, np, plt


@app.cell(hide_code=True)
def _(plt):
    # After kit.pyplot(), so matplotlib is already on its Agg backend.
    from matplotlib.collections import LineCollection

    from gradiente.datasets import load_iris
    from gradiente.linalg import PCA, rank, solve

    return LineCollection, PCA, load_iris, rank, solve


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
    kit.header("linear-transformations", lang)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
En la lección 1.1 una matriz era una tabla de números y un vector, una flecha. Aquí cambia el
punto de vista: una matriz es una **máquina que mueve el plano entero**. Le das un vector y te
devuelve otro; se lo das a todos los puntos a la vez y el plano se estira, gira, se inclina o
se aplasta. Con esa imagen en la cabeza, multiplicar matrices, leer una capa de una red neuronal
o cambiar de sistema de coordenadas deja de ser una receta y se vuelve algo que puedes ver.

**Al terminar podrás:**

- escribir $Ax$ como una combinación lineal de las columnas de $A$, y decir qué son el espacio generado, la independencia lineal y una base;
- ver una matriz $2 \times 2$ como la transformación que manda $\hat e_1, \hat e_2$ a sus columnas, y reconocer una rotación, un corte, una escala, una reflexión y una proyección;
- componer transformaciones multiplicando matrices, en el orden correcto ($AB \neq BA$) y con formas que encajen;
- leer una capa de una red neuronal sobre un lote de datos, $Z = XW + b$, como una transformación afín seguida de una no linealidad;
- calcular las coordenadas de un vector en otra base resolviendo $Bc = v$.
""",
        en=r"""
In lesson 1.1 a matrix was a table of numbers and a vector was an arrow. Here the point of view
changes: a matrix is a **machine that moves the whole plane**. Give it a vector and it returns
another; give it every point at once and the plane stretches, turns, tilts or gets squashed. With
that picture in mind, multiplying matrices, reading a neural-network layer or changing coordinate
systems stops being a recipe and becomes something you can see.

**By the end you will be able to:**

- write $Ax$ as a linear combination of the columns of $A$, and say what span, linear independence and a basis are;
- see a $2 \times 2$ matrix as the map that sends $\hat e_1, \hat e_2$ to its columns, and recognise a rotation, a shear, a scaling, a reflection and a projection;
- compose maps by multiplying matrices, in the right order ($AB \neq BA$) and with shapes that fit;
- read a neural-network layer on a batch of data, $Z = XW + b$, as an affine map followed by a non-linearity;
- compute the coordinates of a vector in another basis by solving $Bc = v$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, load_iris):
    _X = load_iris().data
    kit.text(
        lang,
        es=rf"""
## 0. ¿Por qué transformaciones en machine learning?

Casi todo lo que un modelo hace con los datos es multiplicar por una matriz. Las
${_X.shape[0]}$ flores de iris forman una matriz $X$ de forma ${_X.shape}$: una fila por flor,
una columna por medida. Una capa de una red neuronal multiplica cada fila por una matriz de
pesos y suma un sesgo; PCA (lección 1.6) la multiplica por una matriz cuyas columnas son nuevas
direcciones; estandarizar (lección 0.2) es multiplicar por una matriz diagonal después de
restar la media. Entender qué le hace una matriz al espacio es entender qué le hace el modelo a
tus datos.
""",
        en=rf"""
## 0. Why transformations in machine learning?

Nearly everything a model does to data is multiplying by a matrix. The ${_X.shape[0]}$ iris
flowers make a matrix $X$ of shape ${_X.shape}$: one row per flower, one column per
measurement. A neural-network layer multiplies every row by a matrix of weights and adds a
bias; PCA (lesson 1.6) multiplies it by a matrix whose columns are new directions;
standardising (lesson 0.2) is multiplying by a diagonal matrix after subtracting the mean.
Understanding what a matrix does to space is understanding what the model does to your data.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 1. $Ax$ es una combinación de las columnas de $A$

Hay dos maneras de leer el producto de una matriz por un vector. La primera, fila por fila, ya
la conoces de la lección 1.1: cada entrada de $Ax$ es el producto punto de una fila de $A$ con
$x$. La segunda, columna por columna, es la que importa en esta lección. Si $a_1, \dots, a_n$
son las columnas de $A$,

$$
Ax = x_1 a_1 + x_2 a_2 + \dots + x_n a_n
$$

es decir, las entradas de $x$ dicen **cuánto de cada columna** hay que tomar. Una suma así, de
vectores multiplicados por números, se llama **combinación lineal**. En código:
""",
        en=r"""
## 1. $Ax$ is a combination of the columns of $A$

There are two ways to read a matrix times a vector. The first, row by row, you know from lesson
1.1: each entry of $Ax$ is the dot product of a row of $A$ with $x$. The second, column by
column, is the one that matters in this lesson. If $a_1, \dots, a_n$ are the columns of $A$,

$$
Ax = x_1 a_1 + x_2 a_2 + \dots + x_n a_n
$$

that is, the entries of $x$ say **how much of each column** to take. A sum like this, of vectors
times numbers, is called a **linear combination**. In code:
""",
    )
    return


@app.cell(hide_code=True)
def _(mo, np):
    A_demo = np.array([[2.0, -0.5], [0.5, 1.0]])
    x_demo = np.array([1.5, 1.0])
    by_rows = A_demo @ x_demo
    by_columns = x_demo[0] * A_demo[:, 0] + x_demo[1] * A_demo[:, 1]
    mo.show_code()
    return A_demo, by_columns, by_rows, x_demo


@app.cell(hide_code=True)
def _(by_columns, by_rows, kit, lang):
    _rows = f"({by_rows[0]:g},\\ {by_rows[1]:g})"
    _columns = f"({by_columns[0]:g},\\ {by_columns[1]:g})"
    kit.text(
        lang,
        es=rf"""
`A_demo @ x_demo` da ${_rows}$ y la combinación de columnas da ${_columns}$: los dos cálculos
coinciden. Mueve $x_1$ y $x_2$: la flecha negra, $Ax$, se arma poniendo
$x_1$ veces la primera columna (naranja) y, a continuación, $x_2$ veces la segunda (verde).
""",
        en=rf"""
`A_demo @ x_demo` gives ${_rows}$ and the combination of columns gives ${_columns}$: both
computations agree. Move $x_1$ and $x_2$: the black arrow, $Ax$, is built by laying down
$x_1$ times the first column (orange) and then, from its tip, $x_2$ times the second (green).
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo, x_demo):
    x1_slider = mo.ui.slider(
        -2.0, 2.0, step=0.25, value=float(x_demo[0]), show_value=True, label=kit.say(lang, es="$x_1$", en="$x_1$")
    )
    x2_slider = mo.ui.slider(
        -2.0, 2.0, step=0.25, value=float(x_demo[1]), show_value=True, label=kit.say(lang, es="$x_2$", en="$x_2$")
    )
    mo.hstack([x1_slider, x2_slider], justify="start", gap=2)
    return x1_slider, x2_slider


@app.cell(hide_code=True)
def _():
    def arrow(ax, start, end, color, lw=2.2, alpha=1.0, zorder=3):
        """An arrow from ``start`` to ``end`` (data coordinates)."""
        ax.annotate(
            "",
            xy=tuple(end),
            xytext=tuple(start),
            arrowprops=dict(arrowstyle="-|>", color=color, lw=lw, alpha=alpha, shrinkA=0, shrinkB=0, mutation_scale=14),
            zorder=zorder,
        )

    def plane_axes(ax, half_width):
        """A square window on the plane, with the axes drawn through the origin."""
        ax.axhline(0, color="0.75", lw=0.8, zorder=0)
        ax.axvline(0, color="0.75", lw=0.8, zorder=0)
        ax.set_xlim(-half_width, half_width)
        ax.set_ylim(-half_width, half_width)
        ax.set_aspect("equal")
        ax.tick_params(labelsize=8)

    return arrow, plane_axes


@app.cell(hide_code=True)
def _(A_demo, arrow, kit, lang, np, plane_axes, plt, x1_slider, x2_slider):
    _x = np.array([x1_slider.value, x2_slider.value])
    _a1, _a2 = A_demo[:, 0], A_demo[:, 1]
    _first = _x[0] * _a1
    _result = A_demo @ _x
    _fig, _ax = plt.subplots(figsize=(5.6, 5.0))
    plane_axes(_ax, 5.0)
    _ax.grid(True, color="0.93")
    arrow(_ax, (0, 0), _a1, "tab:orange", lw=1.2, alpha=0.45)
    arrow(_ax, (0, 0), _a2, "tab:green", lw=1.2, alpha=0.45)
    _ax.annotate(r"$a_1$", _a1, textcoords="offset points", xytext=(4, -12), color="tab:orange", fontsize=10)
    _ax.annotate(r"$a_2$", _a2, textcoords="offset points", xytext=(-14, 4), color="tab:green", fontsize=10)
    arrow(_ax, (0, 0), _first, "tab:orange")
    arrow(_ax, _first, _result, "tab:green")
    arrow(_ax, (0, 0), _result, "black", lw=2.6, zorder=4)
    _ax.annotate(
        rf"$Ax = ({_result[0]:.2f},\ {_result[1]:.2f})$",
        _result,
        textcoords="offset points",
        xytext=(6, 6),
        fontsize=10,
        bbox=dict(facecolor="white", edgecolor="none", alpha=0.85, pad=1),
    )
    _ax.set_title(
        kit.say(
            lang,
            es=f"$Ax = {_x[0]:g}\\,a_1 + {_x[1]:g}\\,a_2$",
            en=f"$Ax = {_x[0]:g}\\,a_1 + {_x[1]:g}\\,a_2$",
        ),
        fontsize=11,
    )
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang, np, rank):
    _independent = np.array([[2.0, -0.5], [0.5, 1.0]])
    _parallel = np.array([[2.0, 1.0], [0.5, 0.25]])
    _rank_independent, _rank_parallel = rank(_independent), rank(_parallel)
    kit.text(
        lang,
        es=rf"""
## 2. Espacio generado, independencia y base

Si dejas que $x_1$ y $x_2$ tomen **todos** los valores posibles, las combinaciones
$x_1 a_1 + x_2 a_2$ llenan un conjunto: el **espacio generado** (en inglés, *span*) por $a_1$ y
$a_2$,

$$
\operatorname{{span}}\{{v_1,\dots,v_k\}} = \{{c_1v_1+\dots+c_kv_k : c_1,\dots,c_k \in \mathbb{{R}}\}}
$$

Para las dos columnas de arriba, que apuntan en direcciones distintas, el espacio generado es el
plano entero: a cualquier punto se llega con alguna combinación. Pero si una columna es un
múltiplo de la otra, todas las combinaciones caen en una misma recta, y la segunda columna no
añade nada nuevo.

Eso es lo que mide la **independencia lineal**: $v_1, \dots, v_k$ son independientes si la única
combinación que da el vector cero es la que usa solo ceros,

$$
\sum_i c_i v_i = 0 \;\Rightarrow\; c_1 = \dots = c_k = 0
$$

Con dos vectores paralelos hay otra: si $a_1 = 2 a_2$, entonces $1 \cdot a_1 - 2 \cdot a_2 = 0$.
Una **base** de un espacio es un conjunto de vectores independientes que lo generan: ni sobra
ninguno ni falta ninguno. La base estándar del plano es $\hat e_1 = (1, 0)$, $\hat e_2 = (0, 1)$,
y cualquier par de vectores no paralelos es otra base. El número de columnas independientes de
una matriz es su **rango** (lo calcularás por eliminación en la lección 1.3). Con
`gradiente.linalg.rank`, la matriz de la sección 1 tiene rango ${_rank_independent}$; la de la
derecha de la figura, cuyas columnas son $(2, 0.5)$ y $(1, 0.25)$, tiene rango
${_rank_parallel}$.
""",
        en=rf"""
## 2. Span, independence and basis

If you let $x_1$ and $x_2$ take **every** possible value, the combinations $x_1 a_1 + x_2 a_2$
fill a set: the **span** of $a_1$ and $a_2$,

$$
\operatorname{{span}}\{{v_1,\dots,v_k\}} = \{{c_1v_1+\dots+c_kv_k : c_1,\dots,c_k \in \mathbb{{R}}\}}
$$

For the two columns above, which point in different directions, the span is the whole plane:
every point is reached by some combination. But if one column is a multiple of the other, all
the combinations land on one line, and the second column adds nothing new.

That is what **linear independence** measures: $v_1, \dots, v_k$ are independent if the only
combination that gives the zero vector is the one made of zeros,

$$
\sum_i c_i v_i = 0 \;\Rightarrow\; c_1 = \dots = c_k = 0
$$

Two parallel vectors have another one: if $a_1 = 2 a_2$, then $1 \cdot a_1 - 2 \cdot a_2 = 0$.
A **basis** of a space is a set of independent vectors that span it: none too many, none
missing. The standard basis of the plane is $\hat e_1 = (1, 0)$, $\hat e_2 = (0, 1)$, and any
pair of vectors that are not parallel is another basis. The number of independent columns of a
matrix is its **rank** (you will compute it by elimination in lesson 1.3). With
`gradiente.linalg.rank`, the matrix of section 1 has rank ${_rank_independent}$; the one on the
right of the figure, whose columns are $(2, 0.5)$ and $(1, 0.25)$, has rank ${_rank_parallel}$.
""",
    )
    return


@app.cell(hide_code=True)
def _(arrow, kit, lang, np, plane_axes, plt):
    # 1500 random combinations with coefficients in [-5, 5]: where do they land? (the window clips them)
    _rng = np.random.default_rng(3)
    _coefficients = _rng.uniform(-5.0, 5.0, size=(1500, 2))
    _fig, _axes = plt.subplots(1, 2, figsize=(9.0, 4.3))
    for _ax, _columns, _title in (
        (
            _axes[0],
            np.array([[2.0, -0.5], [0.5, 1.0]]),
            kit.say(lang, es="$a_1, a_2$ independientes: el plano", en="$a_1, a_2$ independent: the plane"),
        ),
        (
            _axes[1],
            np.array([[2.0, 1.0], [0.5, 0.25]]),
            kit.say(lang, es="$a_1 = 2a_2$: solo una recta", en="$a_1 = 2a_2$: only a line"),
        ),
    ):
        _points = _coefficients @ _columns.T  # row i is c_i1 a_1 + c_i2 a_2
        plane_axes(_ax, 4.5)
        _ax.scatter(_points[:, 0], _points[:, 1], s=7, color="tab:blue", alpha=0.45, zorder=2)
        arrow(_ax, (0, 0), _columns[:, 0], "tab:orange")
        arrow(_ax, (0, 0), _columns[:, 1], "tab:green")
        _ax.set_title(_title, fontsize=11)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 3. La cuadrícula que se mueve

Una función $f$ de vectores en vectores es **lineal** si respeta sumas y múltiplos:
$f(u + w) = f(u) + f(w)$ y $f(c\,u) = c\,f(u)$. Multiplicar por una matriz lo es. Y como cada
vector se escribe $x = x_1 \hat e_1 + x_2 \hat e_2$, la linealidad da

$$
Ax = x_1\,A\hat e_1 + x_2\,A\hat e_2
$$

Basta saber adónde van $\hat e_1$ y $\hat e_2$ para saber adónde va todo. Y adónde van está
escrito en la matriz: $A\hat e_1$ es la primera columna y $A\hat e_2$ la segunda. Así se lee una
matriz de un vistazo:

$$
A = \begin{pmatrix} a & b \\ c & d \end{pmatrix}: \qquad \hat e_1 \mapsto \begin{pmatrix} a \\ c \end{pmatrix}, \qquad \hat e_2 \mapsto \begin{pmatrix} b \\ d \end{pmatrix}
$$

De ahí salen tres propiedades que vas a ver en la figura: el origen no se mueve ($A0 = 0$), las
rectas siguen siendo rectas (o se reducen a un punto, si la matriz aplasta el plano), y las rectas paralelas y equiespaciadas de la cuadrícula siguen
siendo paralelas y equiespaciadas. Algunas matrices con nombre:

$$
R_\theta=\begin{pmatrix}\cos\theta&-\sin\theta\\ \sin\theta&\cos\theta\end{pmatrix},\qquad S_k=\begin{pmatrix}1&k\\0&1\end{pmatrix}
$$

$R_\theta$ gira el plano un ángulo $\theta$ (en sentido antihorario); $S_k$ es un **corte** o
cizallamiento (en inglés, *shear*): deja fijo $\hat e_1$ e inclina $\hat e_2$ hasta $(k, 1)$.

Elige una transformación, ajusta su parámetro o mueve directamente las cuatro entradas $a, b, c,
d$. El deslizador $t$ dibuja la matriz intermedia $(1 - t)I + tA$: con $t = 0$ ves la
cuadrícula original y con $t = 1$, la transformada. El paralelogramo azul es la imagen del
cuadrado unidad, y su área es $|\det A| = |ad - bc|$ (la lección 1.4 explica por qué).
""",
        en=r"""
## 3. The moving grid

A function $f$ from vectors to vectors is **linear** if it respects sums and multiples:
$f(u + w) = f(u) + f(w)$ and $f(c\,u) = c\,f(u)$. Multiplying by a matrix is linear. And since
every vector can be written $x = x_1 \hat e_1 + x_2 \hat e_2$, linearity gives

$$
Ax = x_1\,A\hat e_1 + x_2\,A\hat e_2
$$

Knowing where $\hat e_1$ and $\hat e_2$ go is enough to know where everything goes. And where
they go is written in the matrix: $A\hat e_1$ is the first column and $A\hat e_2$ the second.
That is how you read a matrix at a glance:

$$
A = \begin{pmatrix} a & b \\ c & d \end{pmatrix}: \qquad \hat e_1 \mapsto \begin{pmatrix} a \\ c \end{pmatrix}, \qquad \hat e_2 \mapsto \begin{pmatrix} b \\ d \end{pmatrix}
$$

Three properties follow, and you will see them in the figure: the origin stays put ($A0 = 0$),
lines stay lines (or shrink to a point, if the matrix squashes the plane), and the parallel, evenly spaced lines of the grid stay parallel and evenly
spaced. Some matrices with a name:

$$
R_\theta=\begin{pmatrix}\cos\theta&-\sin\theta\\ \sin\theta&\cos\theta\end{pmatrix},\qquad S_k=\begin{pmatrix}1&k\\0&1\end{pmatrix}
$$

$R_\theta$ turns the plane by an angle $\theta$ (anticlockwise); $S_k$ is a **shear**: it keeps
$\hat e_1$ fixed and tilts $\hat e_2$ to $(k, 1)$.

Pick a transformation, set its parameter, or move the four entries $a, b, c, d$ yourself. The
slider $t$ draws the in-between matrix $(1 - t)I + tA$: at $t = 0$ you see the original grid and
at $t = 1$ the transformed one. The blue parallelogram is the image of the unit square, and its
area is $|\det A| = |ad - bc|$ (lesson 1.4 explains why).
""",
    )
    return


@app.cell(hide_code=True)
def _(np):
    ANGLE_PRESETS = ("rotation", "reflection", "projection")

    def preset_matrix(kind, parameter):
        """The 2×2 matrix of a named transformation; ``parameter`` is an angle in degrees or a factor k."""
        if kind in ANGLE_PRESETS:
            theta = np.deg2rad(parameter)
            cos, sin = np.cos(theta), np.sin(theta)
            if kind == "rotation":
                return np.array([[cos, -sin], [sin, cos]])
            if kind == "reflection":  # across the line through 0 at angle θ: 2uuᵀ − I with u = (cos θ, sin θ)
                return np.array([[2 * cos**2 - 1, 2 * cos * sin], [2 * cos * sin, 2 * sin**2 - 1]])
            return np.array([[cos**2, cos * sin], [cos * sin, sin**2]])  # onto that line: uuᵀ
        if kind == "shear":
            return np.array([[1.0, parameter], [0.0, 1.0]])
        if kind == "stretch":
            return np.array([[parameter, 0.0], [0.0, 1.0]])
        return np.array([[1.25, 0.75], [0.25, 1.0]])  # "free": a starting point to move by hand

    return ANGLE_PRESETS, preset_matrix


@app.cell(hide_code=True)
def _(kit, lang, mo):
    preset = mo.ui.dropdown(
        options={
            kit.say(lang, es="libre (mueve a, b, c, d)", en="free (move a, b, c, d)"): "free",
            kit.say(lang, es="rotación", en="rotation"): "rotation",
            kit.say(lang, es="corte (shear)", en="shear"): "shear",
            kit.say(lang, es="escala en x", en="scale along x"): "stretch",
            kit.say(lang, es="reflexión", en="reflection"): "reflection",
            kit.say(lang, es="proyección", en="projection"): "projection",
        },
        value=kit.say(lang, es="libre (mueve a, b, c, d)", en="free (move a, b, c, d)"),
        label=kit.say(lang, es="Transformación", en="Transformation"),
    )
    preset
    return (preset,)


@app.cell(hide_code=True)
def _(ANGLE_PRESETS, kit, lang, mo, preset):
    _kind = preset.value
    if _kind == "rotation":
        parameter = mo.ui.slider(
            -180,
            180,
            step=15,
            value=30,
            show_value=True,
            label=kit.say(lang, es="Ángulo θ (grados)", en="Angle θ (degrees)"),
        )
    elif _kind in ANGLE_PRESETS:
        parameter = mo.ui.slider(
            0,
            180,
            step=15,
            value=30,
            show_value=True,
            label=kit.say(lang, es="Ángulo de la recta (grados)", en="Angle of the line (degrees)"),
        )
    else:
        parameter = mo.ui.slider(
            -2.0, 2.0, step=0.25, value=1.0 if _kind == "shear" else 2.0, show_value=True, label="k"
        )
    _note = {
        "free": kit.say(
            lang,
            es="En modo libre no hay parámetro: mueve las entradas de la matriz.",
            en="In free mode there is no parameter: move the entries of the matrix.",
        ),
        "rotation": kit.say(
            lang, es="$R_\\theta$ gira el plano θ grados.", en="$R_\\theta$ turns the plane by θ degrees."
        ),
        "shear": kit.say(lang, es="$S_k$ manda $\\hat e_2$ a $(k, 1)$.", en="$S_k$ sends $\\hat e_2$ to $(k, 1)$."),
        "stretch": kit.say(
            lang,
            es="Multiplica la coordenada $x$ por $k$ (con $k < 0$, además la refleja).",
            en="Multiplies the $x$ coordinate by $k$ (with $k < 0$ it also reflects it).",
        ),
        "reflection": kit.say(
            lang,
            es="Refleja en la recta que pasa por el origen con ese ángulo, como un espejo.",
            en="Reflects across the line through the origin at that angle, like a mirror.",
        ),
        "projection": kit.say(
            lang,
            es="Proyecta cada punto sobre esa recta (la proyección de la lección 1.1).",
            en="Projects each point onto that line (the projection of lesson 1.1).",
        ),
    }[_kind]
    mo.hstack([mo.md(_note)] if _kind == "free" else [parameter, mo.md(_note)], justify="start", gap=2)
    return (parameter,)


@app.cell(hide_code=True)
def _(kit, lang, mo, np, parameter, preset, preset_matrix):
    # The preset only sets where the four sliders start; from there the sliders are the matrix.
    _start = np.round(preset_matrix(preset.value, parameter.value), 6) + 0.0  # cos 90° is 6e-17, show 0

    def _entry(row, column, name):
        return mo.ui.slider(-2.0, 2.0, step=0.05, value=float(_start[row, column]), show_value=True, label=f"${name}$")

    entry_a, entry_b = _entry(0, 0, "a"), _entry(0, 1, "b")
    entry_c, entry_d = _entry(1, 0, "c"), _entry(1, 1, "d")
    mo.vstack(
        [
            mo.md(kit.say(lang, es="**Entradas de $A$**", en="**Entries of $A$**")),
            mo.hstack([entry_a, entry_b], justify="start", gap=2),
            mo.hstack([entry_c, entry_d], justify="start", gap=2),
        ]
    )
    return entry_a, entry_b, entry_c, entry_d


@app.cell(hide_code=True)
def _(kit, lang, mo):
    t_slider = mo.ui.slider(
        0.0,
        1.0,
        step=0.05,
        value=1.0,
        show_value=True,
        label=kit.say(lang, es="$t$: de $I$ (0) a $A$ (1)", en="$t$: from $I$ (0) to $A$ (1)"),
    )
    t_slider
    return (t_slider,)


@app.cell(hide_code=True)
def _(entry_a, entry_b, entry_c, entry_d, np, rank, t_slider):
    # Small pure cell: the matrix on the sliders and the in-between one the figure draws.
    A_grid = np.array([[entry_a.value, entry_b.value], [entry_c.value, entry_d.value]])
    M_grid = (1 - t_slider.value) * np.eye(2) + t_slider.value * A_grid
    det_grid = round(float(M_grid[0, 0] * M_grid[1, 1] - M_grid[0, 1] * M_grid[1, 0]), 12) + 0.0  # ad − bc, no "−0"
    rank_grid = rank(M_grid)
    return A_grid, M_grid, det_grid, rank_grid


@app.cell(hide_code=True)
def _(np):
    def grid_lines(half_width, n_points=41):
        """The lines x = i and y = j of the integer grid, each sampled at ``n_points`` points (shape (n_points, 2))."""
        s = np.linspace(-half_width, half_width, n_points)
        vertical = [np.column_stack([np.full_like(s, i), s]) for i in range(-half_width, half_width + 1)]
        horizontal = [np.column_stack([s, np.full_like(s, j)]) for j in range(-half_width, half_width + 1)]
        return vertical, horizontal

    return (grid_lines,)


@app.cell(hide_code=True)
def _(
    LineCollection,
    M_grid,
    arrow,
    det_grid,
    grid_lines,
    kit,
    lang,
    np,
    plane_axes,
    plt,
    rank_grid,
    t_slider,
):
    _vertical, _horizontal = grid_lines(8)
    _fig, _ax = plt.subplots(figsize=(6.4, 6.0))
    plane_axes(_ax, 4.5)
    # The original grid, faint; then every sampled point of every line pushed through M (row form: p ↦ M p).
    _ax.add_collection(LineCollection(_vertical + _horizontal, colors="0.88", linewidths=0.8, zorder=0))
    _ax.add_collection(
        LineCollection([line @ M_grid.T for line in _vertical], colors="tab:orange", linewidths=1.0, alpha=0.7)
    )
    _ax.add_collection(
        LineCollection([line @ M_grid.T for line in _horizontal], colors="tab:green", linewidths=1.0, alpha=0.7)
    )
    _m1, _m2 = M_grid[:, 0], M_grid[:, 1]
    _square = np.array([[0.0, 0.0], _m1, _m1 + _m2, _m2])
    _ax.fill(_square[:, 0], _square[:, 1], color="tab:blue", alpha=0.25, zorder=1)
    if rank_grid == 1:
        _direction = _m1 if np.linalg.norm(_m1) >= np.linalg.norm(_m2) else _m2
        _direction = _direction / np.linalg.norm(_direction)
        _ax.plot(*np.outer([-10, 10], _direction).T, color="tab:red", lw=2.4, zorder=2)
    arrow(_ax, (0, 0), _m1, "tab:orange", lw=2.8, zorder=4)
    arrow(_ax, (0, 0), _m2, "tab:green", lw=2.8, zorder=4)
    _box = dict(facecolor="white", edgecolor="none", alpha=0.85, pad=1)
    _ax.annotate(r"$A\hat e_1$", _m1, textcoords="offset points", xytext=(6, -14), color="tab:orange", bbox=_box)
    _ax.annotate(r"$A\hat e_2$", _m2, textcoords="offset points", xytext=(-30, 6), color="tab:green", bbox=_box)
    _ax.plot([0], [0], "o", color="black", ms=5, zorder=5)
    _message = {
        2: kit.say(lang, es=f"área = |det| = {abs(det_grid):.2f}", en=f"area = |det| = {abs(det_grid):.2f}"),
        1: kit.say(
            lang,
            es="columnas paralelas: el plano cae sobre una recta (rango 1)",
            en="parallel columns: the plane falls onto a line (rank 1)",
        ),
        0: kit.say(
            lang,
            es="la matriz cero: todo va al origen (rango 0)",
            en="the zero matrix: all goes to the origin (rank 0)",
        ),
    }[rank_grid]
    _ax.text(
        0.02,
        0.02,
        _message,
        transform=_ax.transAxes,
        fontsize=10,
        color="tab:red" if rank_grid < 2 else "tab:blue",
        bbox=dict(facecolor="white", edgecolor="0.7", boxstyle="round,pad=0.3"),
    )
    _rows = "],\\ [".join(",\\ ".join(f"{value:.2f}" for value in row) for row in np.round(M_grid, 9) + 0.0)
    _ax.set_title(
        kit.say(
            lang,
            es=f"$t$ = {t_slider.value:.2f}: matriz dibujada $[[{_rows}]]$",
            en=f"$t$ = {t_slider.value:.2f}: matrix drawn $[[{_rows}]]$",
        ),
        fontsize=10,
    )
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(A_grid, det_grid, kit, lang, mo, rank_grid, t_slider):
    _a1 = f"({A_grid[0, 0]:.2f},\\ {A_grid[1, 0]:.2f})"
    _a2 = f"({A_grid[0, 1]:.2f},\\ {A_grid[1, 1]:.2f})"
    _det_A = round(float(A_grid[0, 0] * A_grid[1, 1] - A_grid[0, 1] * A_grid[1, 0]), 12) + 0.0
    if t_slider.value < 1:
        _t_es = f" Estás viendo el cuadro intermedio $t = {t_slider.value:.2f}$, cuyo determinante es ${det_grid:.2f}$; lleva $t$ a 1 para ver $A$."
        _t_en = f" You are looking at the in-between frame $t = {t_slider.value:.2f}$, whose determinant is ${det_grid:.2f}$; take $t$ to 1 to see $A$."
    else:
        _t_es = _t_en = ""
    if rank_grid == 2:
        _kind = "info"
        _es = f"Las columnas no son paralelas: el rango es 2, la imagen es el plano entero y el cuadrado unidad se vuelve un paralelogramo de área ${abs(det_grid):.2f}$."
        _en = f"The columns are not parallel: the rank is 2, the image is the whole plane and the unit square becomes a parallelogram of area ${abs(det_grid):.2f}$."
        if det_grid < 0:
            _es += " El determinante es negativo: el plano quedó **volteado**, como en un espejo (para ir de $A\\hat e_1$ a $A\\hat e_2$ por el camino más corto ahora se gira en sentido horario)."
            _en += " The determinant is negative: the plane has been **flipped**, as in a mirror (going from $A\\hat e_1$ to $A\\hat e_2$ the short way now turns clockwise)."
    elif rank_grid == 1:
        _kind = "warn"
        _es = "Las columnas son paralelas: el rango es 1 y **todo el plano cae sobre una recta** (la roja), que es el espacio generado por las columnas. El área del paralelogramo es 0: $\\det = 0$. Puntos distintos van a parar al mismo lugar, así que esta transformación no se puede deshacer."
        _en = "The columns are parallel: the rank is 1 and **the whole plane falls onto a line** (the red one), which is the span of the columns. The parallelogram has area 0: $\\det = 0$. Different points land in the same place, so this map cannot be undone."
    else:
        _kind = "warn"
        _es = "Es la matriz cero: el rango es 0 y todo el plano va a parar al origen."
        _en = "It is the zero matrix: the rank is 0 and the whole plane lands on the origin."
    mo.callout(
        kit.text(
            lang,
            es=f"$A\\hat e_1 = {_a1}$, $A\\hat e_2 = {_a2}$, $\\det A = {_det_A:.2f}$. {_es}{_t_es}",
            en=f"$A\\hat e_1 = {_a1}$, $A\\hat e_2 = {_a2}$, $\\det A = {_det_A:.2f}$. {_en}{_t_en}",
        ),
        kind=_kind,
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Qué probar:

- **Rotación**, con cualquier ángulo: la cuadrícula gira sin deformarse y el área sigue siendo 1.
- **Corte** con $k = 1$: los cuadrados se vuelven rombos inclinados, pero el área también es 1;
  $\hat e_1$ no se mueve.
- **Reflexión**: el área es 1, pero el determinante es $-1$. Fíjate en que ahora, para ir de
  $A\hat e_1$ a $A\hat e_2$ por el camino corto, se gira en sentido horario: el plano se volteó.
- **Proyección**: el plano entero cae sobre la recta elegida. Es la proyección de la lección 1.1
  hecha matriz, y su rango es 1.
- **Libre**: busca unas entradas con columnas paralelas, por ejemplo $a = 1$, $b = 2$,
  $c = 0.5$, $d = 1$. La cuadrícula se aplasta sobre una recta.

Un detalle sobre $t$: los cuadros intermedios son matrices de verdad, pero no son “media
transformación”. Con la rotación de 180°, $(1 - t)I + tA = (1 - 2t)I$, y en $t = 0.5$ todo el
plano se junta en el origen, aunque ninguna rotación haga eso. El deslizador es una animación,
no un camino de rotaciones.
""",
        en=r"""
What to try:

- **Rotation**, at any angle: the grid turns without deforming and the area stays 1.
- **Shear** with $k = 1$: the squares become slanted rhombi, yet the area is also 1; $\hat e_1$
  does not move.
- **Reflection**: the area is 1, but the determinant is $-1$. Notice that going from
  $A\hat e_1$ to $A\hat e_2$ the short way now turns clockwise: the plane was flipped.
- **Projection**: the whole plane falls onto the chosen line. It is lesson 1.1's projection made
  into a matrix, and its rank is 1.
- **Free**: look for entries whose columns are parallel, for instance $a = 1$, $b = 2$,
  $c = 0.5$, $d = 1$. The grid gets squashed onto a line.

A detail about $t$: the in-between frames are real matrices, but they are not “half the
transformation”. With the 180° rotation, $(1 - t)I + tA = (1 - 2t)I$, and at $t = 0.5$ the whole
plane gathers at the origin, although no rotation does that. The slider is an animation, not a
path through rotations.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 4. Componer es multiplicar, y el orden importa

Aplica primero $A$ y después $B$: el punto $x$ va a $Ax$, y ese a $B(Ax)$. El resultado es otra
transformación lineal, y su matriz es el producto $BA$:

$$
B(Ax) = (BA)\,x, \qquad (BA)_{ij} = \sum_k B_{ik} A_{kj}
$$

Ojo con el orden de lectura: en $BA$, la matriz que actúa **primero** es la de la **derecha**, la
que queda pegada a $x$, igual que en $g(f(x))$ se aplica primero $f$. Las formas también tienen
que encajar: una matriz $(m \times n)$ por una $(n \times p)$ da una $(m \times p)$, porque $A$
de forma $(n \times p)$ lleva vectores de $\mathbb{R}^p$ a $\mathbb{R}^n$, y $B$ de forma
$(m \times n)$ recibe justamente vectores de $\mathbb{R}^n$.

Cambiar el orden suele cambiar el resultado: en general $AB \neq BA$. Con una rotación de 90° y
un corte:
""",
        en=r"""
## 4. Composing is multiplying, and order matters

Apply $A$ first and then $B$: the point $x$ goes to $Ax$, and that one to $B(Ax)$. The result is
another linear map, and its matrix is the product $BA$:

$$
B(Ax) = (BA)\,x, \qquad (BA)_{ij} = \sum_k B_{ik} A_{kj}
$$

Mind the reading order: in $BA$ the matrix that acts **first** is the one on the **right**, the
one next to $x$, just as in $g(f(x))$ you apply $f$ first. The shapes must also fit: an
$(m \times n)$ matrix times an $(n \times p)$ one gives an $(m \times p)$ one, because $A$ of
shape $(n \times p)$ takes vectors of $\mathbb{R}^p$ to $\mathbb{R}^n$, and $B$ of shape
$(m \times n)$ takes exactly vectors of $\mathbb{R}^n$.

Swapping the order usually changes the result: in general $AB \neq BA$. With a 90° rotation and
a shear:
""",
    )
    return


@app.cell(hide_code=True)
def _(mo, np):
    R90 = np.array([[0.0, -1.0], [1.0, 0.0]])
    S1 = np.array([[1.0, 1.0], [0.0, 1.0]])
    point = np.array([1.0, 2.0])
    step_by_step = S1 @ (R90 @ point)
    with_SR = (S1 @ R90) @ point
    with_RS = (R90 @ S1) @ point
    mo.show_code()
    return point, step_by_step, with_RS, with_SR


@app.cell(hide_code=True)
def _(kit, lang, point, step_by_step, with_RS, with_SR):
    def _show(vector):
        return f"({vector[0]:g},\\ {vector[1]:g})"

    kit.text(
        lang,
        es=rf"""
El punto ${_show(point)}$, rotado y después cortado paso a paso, llega a ${_show(step_by_step)}$,
y con la matriz $SR$ también: ${_show(with_SR)}$. Cortado y después rotado, con $RS$, llega a
${_show(with_RS)}$, otro lugar. Elige las dos transformaciones y mira la “F”:
a la izquierda se aplica primero $A$ y después $B$; a la derecha, al revés. La figura
punteada es el paso intermedio.
""",
        en=rf"""
The point ${_show(point)}$, rotated and then sheared step by step, lands at
${_show(step_by_step)}$, and with the matrix $SR$ too: ${_show(with_SR)}$. Sheared and then
rotated, with $RS$, it lands at ${_show(with_RS)}$, somewhere else. Pick the two transformations and watch the
“F”: on the left $A$ is applied first and then $B$; on the right, the other way round. The
dotted figure is the step in between.
""",
    )
    return


@app.cell(hide_code=True)
def _(np):
    COMPOSE_CHOICES = {
        "rotate90": (np.array([[0.0, -1.0], [1.0, 0.0]]), "rotar 90°", "rotate 90°"),
        "rotate45": (
            np.array([[np.cos(np.pi / 4), -np.sin(np.pi / 4)], [np.sin(np.pi / 4), np.cos(np.pi / 4)]]),
            "rotar 45°",
            "rotate 45°",
        ),
        "shear": (np.array([[1.0, 1.0], [0.0, 1.0]]), "corte, k = 1", "shear, k = 1"),
        "flip": (np.array([[1.0, 0.0], [0.0, -1.0]]), "reflejar en el eje x", "reflect across the x axis"),
        "stretch": (np.array([[2.0, 0.0], [0.0, 1.0]]), "estirar x por 2", "stretch x by 2"),
        "scale": (np.array([[1.5, 0.0], [0.0, 1.5]]), "escalar todo por 1.5", "scale everything by 1.5"),
        "project": (np.array([[1.0, 0.0], [0.0, 0.0]]), "proyectar sobre el eje x", "project onto the x axis"),
    }
    # An "F": no symmetry, so every turn and flip shows. Each stroke is sampled densely.
    _strokes = [((0.0, 0.0), (0.0, 2.0)), ((0.0, 2.0), (1.2, 2.0)), ((0.0, 1.1), (0.8, 1.1))]
    F_SHAPE = [np.linspace(start, end, 25) for start, end in _strokes]
    return COMPOSE_CHOICES, F_SHAPE


@app.cell(hide_code=True)
def _(COMPOSE_CHOICES, lang, mo):
    _options = {(es if lang == "es" else en): key for key, (_, es, en) in COMPOSE_CHOICES.items()}
    _names = {key: (es if lang == "es" else en) for key, (_, es, en) in COMPOSE_CHOICES.items()}
    first_map = mo.ui.dropdown(options=_options, value=_names["rotate90"], label="A")
    second_map = mo.ui.dropdown(options=_options, value=_names["shear"], label="B")
    mo.hstack([first_map, second_map], justify="start", gap=2)
    return first_map, second_map


@app.cell(hide_code=True)
def _(COMPOSE_CHOICES, F_SHAPE, LineCollection, first_map, kit, lang, np, plane_axes, plt, second_map):
    _A = COMPOSE_CHOICES[first_map.value][0]
    _B = COMPOSE_CHOICES[second_map.value][0]

    def _draw(ax, first, second, first_name, second_name):
        product = second @ first  # first acts first: x ↦ second (first x)
        plane_axes(ax, 3.5)
        ax.grid(True, color="0.93")
        ax.add_collection(LineCollection(F_SHAPE, colors="0.6", linewidths=2.5))
        ax.add_collection(
            LineCollection(
                [s @ first.T for s in F_SHAPE], colors="tab:purple", linewidths=2.0, linestyles=(0, (2, 2)), zorder=3
            )
        )
        ax.add_collection(LineCollection([s @ product.T for s in F_SHAPE], colors="tab:red", linewidths=3.0))
        rows = "],\\ [".join(",\\ ".join(f"{value:.2g}" for value in row) for row in np.round(product, 9) + 0.0)
        ax.set_title(
            kit.say(
                lang,
                es=f"primero {first_name}, después {second_name}\n${second_name}{first_name} = [[{rows}]]$",
                en=f"first {first_name}, then {second_name}\n${second_name}{first_name} = [[{rows}]]$",
            ),
            fontsize=10,
        )
        return product

    _fig, _axes = plt.subplots(1, 2, figsize=(9.4, 4.9))
    _BA = _draw(_axes[0], _A, _B, "A", "B")
    _AB = _draw(_axes[1], _B, _A, "B", "A")
    _fig.text(
        0.5,
        0.01,
        kit.say(
            lang,
            es="gris: la F original · punteada: tras la primera · roja: tras las dos",
            en="grey: the original F · dotted: after the first · red: after both",
        ),
        ha="center",
        fontsize=9,
    )
    plt.close(_fig)
    commute = bool(np.allclose(_AB, _BA))
    _fig
    return (commute,)


@app.cell(hide_code=True)
def _(commute, kit, lang, mo):
    if commute:
        _out = mo.callout(
            kit.text(
                lang,
                es="Estas dos **conmutan**: $AB = BA$ y las dos F rojas coinciden. Pasa, por ejemplo, con dos rotaciones, o cuando una de las dos es una escala igual en todas las direcciones; pero es la excepción.",
                en="These two **commute**: $AB = BA$ and both red Fs coincide. It happens, for instance, with two rotations, or when one of them scales every direction equally; but it is the exception.",
            ),
            kind="success",
        )
    else:
        _out = mo.callout(
            kit.text(
                lang,
                es="$AB \\neq BA$: el mismo par de transformaciones, en otro orden, deja la F en otro lugar.",
                en="$AB \\neq BA$: the same pair of maps, in the other order, leaves the F somewhere else.",
            ),
            kind="warn",
        )
    _out
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Con más de dos transformaciones pasa lo mismo: si aplicas $A_1$, luego $A_2$, …, y al final
$A_k$, la matriz de todo el recorrido es $M = A_k \cdots A_2 A_1$, con la primera a la derecha.
En el primer ejercicio escribes esa composición para cualquier número de matrices, cuadradas o
no.
""",
        en=r"""
With more than two maps it is the same: if you apply $A_1$, then $A_2$, …, and last $A_k$, the
matrix of the whole trip is $M = A_k \cdots A_2 A_1$, with the first one on the right. In the
first exercise you write that composition for any number of matrices, square or not.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_compose = kit.exercise("compose", lang)
    ex_compose
    return (ex_compose,)


@app.cell(hide_code=True)
def _(ex_compose, kit):
    kit.feedback(ex_compose)
    return


@app.cell(hide_code=True)
def _(ex_compose, kit):
    kit.hints(ex_compose)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 5. Una capa de una red neuronal es una matriz (y algo más)

Una neurona calcula una suma ponderada de sus entradas más un sesgo; una capa de $m$ neuronas
con $n$ entradas hace $m$ sumas así a la vez. En notación matemática, con $A$ de forma
$(m, n)$, $x \in \mathbb{R}^n$ y $b \in \mathbb{R}^m$:

$$
z = Ax + b
$$

Sumar $b$ **no** es lineal: el origen se mueve a $b$. Una función “lineal más una constante” se
llama **afín**: mantiene las rectas rectas y las paralelas paralelas, pero desplaza todo.

En el código se procesan muchas muestras a la vez, en un lote $X$ de forma
$(n, n_{\mathrm{in}})$ con una muestra por fila, como siempre en este
curso. Trasponiendo $z = Ax + b$ fila por fila, $z^\top = x^\top A^\top + b^\top$, y apilando
las filas:

$$
Z = XW + \mathbf{1}b^\top, \qquad W = A^\top
$$

con $W$ de forma $(n_{\mathrm{in}}, n_{\mathrm{out}})$.

NumPy hace el $\mathbf{1}b^\top$ solo: con `X @ W + b`, el vector `b` se suma a cada fila
(*broadcasting*, lección 0.2). Esta es la convención de scikit-learn y de
`gradiente.models.MLPClassifier.coefs_`; PyTorch guarda en `nn.Linear` la matriz al revés, de
forma $(n_{\mathrm{out}}, n_{\mathrm{in}})$, y por eso calcula `x @ weight.T`. Con las
flores de iris y una capa de 3 neuronas:
""",
        en=r"""
## 5. A neural-network layer is a matrix (and a bit more)

A neuron computes a weighted sum of its inputs plus a bias; a layer of $m$ neurons with $n$
inputs does $m$ such sums at once. In maths notation, with $A$ of shape $(m, n)$,
$x \in \mathbb{R}^n$ and $b \in \mathbb{R}^m$:

$$
z = Ax + b
$$

Adding $b$ is **not** linear: the origin moves to $b$. A function that is “linear plus a
constant” is called **affine**: it keeps lines straight and parallels parallel, but shifts
everything.

In code many samples are processed at once, in a batch $X$ of shape
$(n, n_{\mathrm{in}})$ with one sample per row, as always in this course.
Transposing $z = Ax + b$ row by row, $z^\top = x^\top A^\top + b^\top$, and stacking the rows:

$$
Z = XW + \mathbf{1}b^\top, \qquad W = A^\top
$$

with $W$ of shape $(n_{\mathrm{in}}, n_{\mathrm{out}})$.

NumPy does the $\mathbf{1}b^\top$ by itself: in `X @ W + b`, the vector `b` is added to every row
(broadcasting, lesson 0.2). This is the convention of scikit-learn and of
`gradiente.models.MLPClassifier.coefs_`; PyTorch's `nn.Linear` stores the matrix the other way,
with shape $(n_{\mathrm{out}}, n_{\mathrm{in}})$, which is why it computes `x @ weight.T`. With the
iris flowers and a layer of 3 neurons:
""",
    )
    return


@app.cell(hide_code=True)
def _(load_iris, mo, np):
    X_iris = load_iris().data
    W_layer = np.random.default_rng(0).normal(size=(4, 3))
    b_layer = np.array([0.5, -1.0, 0.0])
    Z_layer = X_iris @ W_layer + b_layer
    mo.show_code()
    return W_layer, X_iris, Z_layer, b_layer


@app.cell(hide_code=True)
def _(W_layer, X_iris, Z_layer, b_layer, kit, lang):
    kit.text(
        lang,
        es=rf"""
Las formas encajan: `X_iris` es ${X_iris.shape}$, `W_layer` es ${W_layer.shape}$, `b_layer` es
${b_layer.shape}$ y `Z_layer` sale de ${Z_layer.shape}$, una fila por flor y una columna por
neurona. Cada columna de `Z_layer` es lo que calcula una neurona para las ${Z_layer.shape[0]}$ flores.

Después de la parte afín, la capa aplica a cada entrada una función no lineal $\varphi$, la
**activación**: por ejemplo $\operatorname{{relu}}(z) = \max(z, 0)$ o la sigmoide
$\sigma(z) = 1/(1 + e^{{-z}})$. La capa completa es

$$
H = \varphi(XW + \mathbf 1b^\top)
$$

¿Para qué la activación? Sin ella, dos capas seguidas son una sola:
$(XW_1 + \mathbf 1b_1^\top)W_2 + \mathbf 1b_2^\top = X(W_1W_2) + \mathbf 1(b_1^\top W_2 + b_2^\top)$,
otra función afín, con matriz $W_1W_2$ (en la notación matemática, su transpuesta: $A_2A_1 = (W_1W_2)^\top$). Apilar capas
lineales no da nada nuevo. La figura pasa la cuadrícula del plano por una red
$2 \to 2 \to 2$: elige la activación y mira si las rectas siguen rectas.
""",
        en=rf"""
The shapes fit: `X_iris` is ${X_iris.shape}$, `W_layer` is ${W_layer.shape}$, `b_layer` is
${b_layer.shape}$ and `Z_layer` comes out ${Z_layer.shape}$, one row per flower and one column
per neuron. Each column of `Z_layer` is what one neuron computes for the ${Z_layer.shape[0]}$ flowers.

After the affine part, the layer applies a non-linear function $\varphi$ to every entry, the
**activation**: for instance $\operatorname{{relu}}(z) = \max(z, 0)$ or the sigmoid
$\sigma(z) = 1/(1 + e^{{-z}})$. The whole layer is

$$
H = \varphi(XW + \mathbf 1b^\top)
$$

Why the activation? Without it, two layers in a row are just one:
$(XW_1 + \mathbf 1b_1^\top)W_2 + \mathbf 1b_2^\top = X(W_1W_2) + \mathbf 1(b_1^\top W_2 + b_2^\top)$,
another affine map, with matrix $W_1W_2$ (in maths notation, its transpose: $A_2A_1 = (W_1W_2)^\top$). Stacking linear layers
brings nothing new. The figure sends the grid of the plane through a $2 \to 2 \to 2$ network:
pick the activation and see whether the lines stay straight.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    net_activation = mo.ui.radio(
        options={
            kit.say(lang, es="ninguna (identity)", en="none (identity)"): "identity",
            "ReLU": "relu",
            kit.say(lang, es="sigmoide", en="sigmoid"): "sigmoid",
        },
        value=kit.say(lang, es="ninguna (identity)", en="none (identity)"),
        label=kit.say(lang, es="Activación de la capa oculta", en="Activation of the hidden layer"),
        inline=True,
    )
    net_activation
    return (net_activation,)


@app.cell(hide_code=True)
def _(grid_lines, net_activation, np):
    # Small pure cell: a 2 → 2 → 2 network in code layout (rows are points), applied to every grid line.
    W1 = np.array([[1.0, 0.6], [-0.5, 1.0]])
    b1 = np.array([0.3, -0.2])
    W2 = np.array([[1.0, -0.4], [0.5, 0.8]])
    b2 = np.array([0.0, 0.2])
    _phi = {
        "identity": lambda Z: Z,
        "relu": lambda Z: np.maximum(Z, 0.0),
        "sigmoid": lambda Z: 1.0 / (1.0 + np.exp(-Z)),
    }[net_activation.value]
    _vertical, _horizontal = grid_lines(2, n_points=81)
    net_input = _vertical + _horizontal
    net_hidden = [_phi(line @ W1 + b1) for line in net_input]
    net_output = [hidden @ W2 + b2 for hidden in net_hidden]
    # The single affine layer that two layers without activation collapse into.
    W_single, b_single = W1 @ W2, b1 @ W2 + b2
    net_gap = max(float(np.max(np.abs(out - (line @ W_single + b_single)))) for line, out in zip(net_input, net_output))
    return W_single, b_single, net_gap, net_hidden, net_input, net_output


@app.cell(hide_code=True)
def _(
    LineCollection,
    W_single,
    b_single,
    kit,
    lang,
    net_activation,
    net_hidden,
    net_input,
    net_output,
    np,
    plt,
):
    _colors = ["tab:orange"] * (len(net_input) // 2) + ["tab:green"] * (len(net_input) // 2)
    _fig, _axes = plt.subplots(1, 3, figsize=(10.5, 3.9))
    _titles = (
        kit.say(lang, es="entrada $x$", en="input $x$"),
        kit.say(lang, es="capa oculta $h = \\varphi(xW_1 + b_1)$", en="hidden layer $h = \\varphi(xW_1 + b_1)$"),
        kit.say(lang, es="salida $hW_2 + b_2$", en="output $hW_2 + b_2$"),
    )
    for _ax, _lines, _title in zip(_axes, (net_input, net_hidden, net_output), _titles):
        _ax.add_collection(LineCollection(_lines, colors=_colors, linewidths=1.1))
        _all = np.vstack(_lines)
        _low, _high = _all.min(axis=0), _all.max(axis=0)
        _pad = 0.08 * max(float(np.max(_high - _low)), 1e-3)
        _ax.set_xlim(_low[0] - _pad, _high[0] + _pad)
        _ax.set_ylim(_low[1] - _pad, _high[1] + _pad)
        _ax.set_aspect("equal")
        _ax.axhline(0, color="0.8", lw=0.7, zorder=0)
        _ax.axvline(0, color="0.8", lw=0.7, zorder=0)
        _ax.tick_params(labelsize=7)
        _ax.set_title(_title, fontsize=10)
    if net_activation.value == "identity":
        # The grid's crossings sent through the single layer x ↦ x W₁W₂ + (b₁W₂ + b₂): they sit on the output grid.
        _crossings = np.array([[i, j] for i in range(-2, 3) for j in range(-2, 3)], dtype=float)
        _single = _crossings @ W_single + b_single
        _axes[2].plot(
            _single[:, 0],
            _single[:, 1],
            "o",
            color="black",
            ms=3.5,
            label=kit.say(lang, es="una sola capa", en="a single layer"),
        )
        _axes[2].legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.1), frameon=False)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang, mo, net_activation, net_gap):
    if net_activation.value == "identity":
        _out = mo.callout(
            kit.text(
                lang,
                es=f"Sin activación, la salida es una cuadrícula recta: es una sola función afín. Los puntos negros son la capa única $x \\mapsto x W_1W_2 + (b_1W_2 + b_2)$, y la mayor diferencia con la red de dos capas es ${kit.tex_number(net_gap)}$ (redondeo).",
                en=f"Without activation the output is a straight grid: it is a single affine map. The black dots are the single layer $x \\mapsto x W_1W_2 + (b_1W_2 + b_2)$, and its largest difference from the two-layer network is ${kit.tex_number(net_gap)}$ (round-off).",
            ),
            kind="info",
        )
    elif net_activation.value == "relu":
        _out = mo.callout(
            kit.text(
                lang,
                es="Con ReLU, todo lo que la primera capa deja con una coordenada negativa se aplasta contra un eje: la cuadrícula se **dobla** a lo largo de dos rectas, y ninguna matriz sola puede hacer eso. De esos dobleces, muchos y en muchas direcciones, sale lo que una red puede aprender.",
                en="With ReLU, everything the first layer leaves with a negative coordinate is squashed onto an axis: the grid **folds** along two lines, and no single matrix can do that. Those folds, many of them in many directions, are what a network can learn with.",
            ),
            kind="warn",
        )
    else:
        _out = mo.callout(
            kit.text(
                lang,
                es="Con la sigmoide, la capa oculta mete el plano entero en el cuadrado $(0, 1) \\times (0, 1)$ y las rectas se **curvan**: otra transformación que ninguna matriz puede hacer.",
                en="With the sigmoid, the hidden layer squeezes the whole plane into the square $(0, 1) \\times (0, 1)$ and the lines **curve**: another map no matrix can make.",
            ),
            kind="warn",
        )
    _out
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
En el segundo ejercicio escribes una capa densa completa, $\varphi(XW + b)$, sobre un lote, con
tres activaciones posibles. Se comprueba con las 150 flores de iris.
""",
        en=r"""
In the second exercise you write a whole dense layer, $\varphi(XW + b)$, on a batch, with three
possible activations. It is checked on the 150 iris flowers.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_dense_layer = kit.exercise("dense_layer", lang)
    ex_dense_layer
    return (ex_dense_layer,)


@app.cell(hide_code=True)
def _(ex_dense_layer, kit):
    kit.feedback(ex_dense_layer)
    return


@app.cell(hide_code=True)
def _(ex_dense_layer, kit):
    kit.hints(ex_dense_layer)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 6. Cambiar de base: las coordenadas resuelven $Bc = v$

Las coordenadas de siempre, $v = (v_1, v_2)$, dicen cuánto de $\hat e_1$ y cuánto de $\hat e_2$
hay en $v$. Con otra base $b_1, b_2$ (las columnas de una matriz $B$) la pregunta es la misma:
¿qué números $c_1, c_2$ cumplen $v = c_1 b_1 + c_2 b_2$? Por la sección 1, esa combinación es
$Bc$, así que las coordenadas de $v$ en la base $B$ son la solución del sistema

$$
Bc = v, \qquad [v]_B = B^{-1}v
$$

Como las columnas de una base son independientes, $B$ es invertible y la solución existe y es
única. En la práctica no se calcula $B^{-1}$: se resuelve el sistema (lección 1.3). $B$ va de
coordenadas a vectores ($c \mapsto Bc$) y resolver el sistema hace el viaje de vuelta.

En la figura, la cuadrícula inclinada es la de la base $B$: sus rectas son los puntos con $c_1$
o $c_2$ enteros. Mueve $v$ y cambia de base; las flechas de colores muestran $c_1 b_1$ y, a
continuación, $c_2 b_2$.
""",
        en=r"""
## 6. Changing basis: the coordinates solve $Bc = v$

The usual coordinates, $v = (v_1, v_2)$, say how much of $\hat e_1$ and how much of $\hat e_2$
there is in $v$. With another basis $b_1, b_2$ (the columns of a matrix $B$) the question is the
same: which numbers $c_1, c_2$ satisfy $v = c_1 b_1 + c_2 b_2$? By section 1 that combination is
$Bc$, so the coordinates of $v$ in the basis $B$ are the solution of the system

$$
Bc = v, \qquad [v]_B = B^{-1}v
$$

Since the columns of a basis are independent, $B$ is invertible and the solution exists and is
unique. In practice you do not compute $B^{-1}$: you solve the system (lesson 1.3). $B$ goes
from coordinates to vectors ($c \mapsto Bc$) and solving the system makes the trip back.

In the figure, the slanted grid is the grid of the basis $B$: its lines are the points whose
$c_1$ or $c_2$ is a whole number. Move $v$ and change the basis; the coloured arrows show
$c_1 b_1$ and then $c_2 b_2$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo, np):
    _basis_options = {
        kit.say(lang, es="inclinada: b₁ = (2, 0), b₂ = (1, 1)", en="skew: b₁ = (2, 0), b₂ = (1, 1)"): "skew",
        kit.say(
            lang, es="ortonormal: la estándar girada 30°", en="orthonormal: the standard one turned 30°"
        ): "orthonormal",
        kit.say(
            lang, es="casi paralela: b₁ = (1, 0), b₂ = (1, 0.2)", en="nearly parallel: b₁ = (1, 0), b₂ = (1, 0.2)"
        ): "nearly",
    }
    BASES = {
        "skew": np.array([[2.0, 1.0], [0.0, 1.0]]),
        "orthonormal": np.array([[np.cos(np.pi / 6), -np.sin(np.pi / 6)], [np.sin(np.pi / 6), np.cos(np.pi / 6)]]),
        "nearly": np.array([[1.0, 1.0], [0.0, 0.2]]),
    }
    basis_choice = mo.ui.dropdown(
        options=_basis_options, value=next(iter(_basis_options)), label=kit.say(lang, es="Base", en="Basis")
    )
    v1_slider = mo.ui.slider(-3.0, 3.0, step=0.25, value=2.5, show_value=True, label="$v_1$")
    v2_slider = mo.ui.slider(-3.0, 3.0, step=0.25, value=1.5, show_value=True, label="$v_2$")
    mo.vstack([basis_choice, mo.hstack([v1_slider, v2_slider], justify="start", gap=2)])
    return BASES, basis_choice, v1_slider, v2_slider


@app.cell(hide_code=True)
def _(BASES, basis_choice, np, solve, v1_slider, v2_slider):
    # Small pure cell: the basis, the vector and its coordinates c (the solution of B c = v).
    B_shown = BASES[basis_choice.value]
    v_shown = np.array([v1_slider.value, v2_slider.value])
    c_shown = solve(B_shown, v_shown)
    return B_shown, c_shown, v_shown


@app.cell(hide_code=True)
def _(B_shown, LineCollection, arrow, c_shown, grid_lines, kit, lang, plane_axes, plt, v_shown):
    _vertical, _horizontal = grid_lines(12)
    _fig, _ax = plt.subplots(figsize=(6.0, 5.6))
    plane_axes(_ax, 4.0)
    _ax.add_collection(LineCollection(_vertical + _horizontal, colors="0.92", linewidths=0.7, zorder=0))
    _ax.add_collection(
        LineCollection(
            [line @ B_shown.T for line in _vertical + _horizontal], colors="tab:blue", linewidths=0.7, alpha=0.35
        )
    )
    _b1, _b2 = B_shown[:, 0], B_shown[:, 1]
    _first = c_shown[0] * _b1
    arrow(_ax, (0, 0), _b1, "tab:orange", lw=1.3, alpha=0.5)
    arrow(_ax, (0, 0), _b2, "tab:green", lw=1.3, alpha=0.5)
    _box = dict(facecolor="white", edgecolor="none", alpha=0.85, pad=1)
    _ax.annotate(r"$b_1$", _b1, textcoords="offset points", xytext=(2, -13), color="tab:orange", bbox=_box)
    _ax.annotate(r"$b_2$", _b2, textcoords="offset points", xytext=(-14, 5), color="tab:green", bbox=_box)
    arrow(_ax, (0, 0), _first, "tab:orange")
    arrow(_ax, _first, v_shown, "tab:green")
    arrow(_ax, (0, 0), v_shown, "black", lw=2.6, zorder=4)
    _ax.annotate(r"$v$", v_shown, textcoords="offset points", xytext=(6, 4), fontsize=11, bbox=_box)
    _ax.set_title(
        kit.say(
            lang,
            es=f"$v = ({v_shown[0]:g},\\ {v_shown[1]:g})$  →  $c = ({c_shown[0]:.2f},\\ {c_shown[1]:.2f})$",
            en=f"$v = ({v_shown[0]:g},\\ {v_shown[1]:g})$  →  $c = ({c_shown[0]:.2f},\\ {c_shown[1]:.2f})$",
        ),
        fontsize=11,
    )
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(B_shown, basis_choice, c_shown, kit, lang, mo, np, v_shown):
    _check = B_shown @ c_shown
    _es = (
        f"En esta base, $v = {c_shown[0]:.3f}\\,b_1 + {c_shown[1]:.3f}\\,b_2$. Comprobación: $Bc = "
        f"({_check[0]:.3f},\\ {_check[1]:.3f})$."
    )
    _en = (
        f"In this basis, $v = {c_shown[0]:.3f}\\,b_1 + {c_shown[1]:.3f}\\,b_2$. Check: $Bc = "
        f"({_check[0]:.3f},\\ {_check[1]:.3f})$."
    )
    if basis_choice.value == "nearly":
        _es += f" Con una base casi paralela, las coordenadas se disparan ($\\lVert c \\rVert = {np.linalg.norm(c_shown):.2f}$ para un $v$ de norma ${np.linalg.norm(v_shown):.2f}$): hay que restar dos vectores grandes casi iguales para llegar a $v$. Es el mal condicionamiento de la lección 1.4."
        _en += f" With a nearly parallel basis the coordinates blow up ($\\lVert c \\rVert = {np.linalg.norm(c_shown):.2f}$ for a $v$ of norm ${np.linalg.norm(v_shown):.2f}$): you must subtract two large, nearly equal vectors to reach $v$. It is lesson 1.4's ill-conditioning."
    elif basis_choice.value == "orthonormal":
        _es += f" Con una base ortonormal cada coordenada es un producto punto: $b_1 \\cdot v = {B_shown[:, 0] @ v_shown:.3f}$ y $b_2 \\cdot v = {B_shown[:, 1] @ v_shown:.3f}$ (lo verás después del ejercicio)."
        _en += f" With an orthonormal basis each coordinate is a dot product: $b_1 \\cdot v = {B_shown[:, 0] @ v_shown:.3f}$ and $b_2 \\cdot v = {B_shown[:, 1] @ v_shown:.3f}$ (more on this after the exercise)."
    mo.callout(kit.text(lang, es=_es, en=_en), kind="info")
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
En el tercer ejercicio calculas las coordenadas de un vector en cualquier base de
$\mathbb{R}^n$, incluida una base de 4 direcciones sacada de los datos de iris.
""",
        en=r"""
In the third exercise you compute the coordinates of a vector in any basis of $\mathbb{R}^n$,
including a basis of 4 directions taken from the iris data.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_coordinates_in_basis = kit.exercise("coordinates_in_basis", lang)
    ex_coordinates_in_basis
    return (ex_coordinates_in_basis,)


@app.cell(hide_code=True)
def _(ex_coordinates_in_basis, kit):
    kit.feedback(ex_coordinates_in_basis)
    return


@app.cell(hide_code=True)
def _(ex_coordinates_in_basis, kit):
    kit.hints(ex_coordinates_in_basis)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
### Bases ortonormales: la inversa es la transpuesta

Una base es **ortonormal** si sus vectores miden 1 y son perpendiculares entre sí:
$b_i \cdot b_j = 1$ si $i = j$ y $0$ si no. Como la entrada $(i, j)$ de $B^\top B$ es
justamente $b_i \cdot b_j$, eso es decir $B^\top B = I$, o sea $B^{-1} = B^\top$, y entonces

$$
c = B^\top v, \qquad c_i = b_i \cdot v
$$

Cada coordenada es un producto punto, sin resolver ningún sistema: es la proyección de la
lección 1.1 sobre cada vector de la base. Para una base que no es ortonormal, $B^\top v$ da
otros números (uno de los errores que el ejercicio reconoce).

Un ejemplo real: PCA (lección 1.6) encuentra, para las flores de iris, cuatro direcciones
ortonormales de $\mathbb{R}^4$. Las coordenadas de una flor en esa base, tras restarle la media,
son lo que PCA devuelve:
""",
        en=r"""
### Orthonormal bases: the inverse is the transpose

A basis is **orthonormal** if its vectors have length 1 and are perpendicular to each other:
$b_i \cdot b_j = 1$ if $i = j$ and $0$ otherwise. Since entry $(i, j)$ of $B^\top B$ is exactly
$b_i \cdot b_j$, that says $B^\top B = I$, that is $B^{-1} = B^\top$, and then

$$
c = B^\top v, \qquad c_i = b_i \cdot v
$$

Each coordinate is a dot product, with no system to solve: it is lesson 1.1's projection onto
each basis vector. For a basis that is not orthonormal, $B^\top v$ gives other numbers (one of
the mistakes the exercise recognises).

A real example: PCA (lesson 1.6) finds, for the iris flowers, four orthonormal directions of
$\mathbb{R}^4$. The coordinates of a flower in that basis, after subtracting the mean, are what
PCA returns:
""",
    )
    return


@app.cell(hide_code=True)
def _(PCA, X_iris, mo, np, solve):
    pca_iris = PCA().fit(X_iris)
    B_pca = pca_iris.components_.T  # one principal direction per column
    v_flower = X_iris[0] - pca_iris.mean_
    c_by_transpose = B_pca.T @ v_flower
    c_by_solving = solve(B_pca, v_flower)
    orthonormal_gap = np.max(np.abs(B_pca.T @ B_pca - np.eye(4)))
    mo.show_code()
    return B_pca, c_by_solving, c_by_transpose, orthonormal_gap, pca_iris, v_flower


@app.cell(hide_code=True)
def _(
    X_iris,
    c_by_solving,
    c_by_transpose,
    kit,
    lang,
    np,
    orthonormal_gap,
    pca_iris,
    v_flower,
):
    _same_as_solving = float(np.max(np.abs(c_by_transpose - c_by_solving)))
    _same_as_pca = float(np.max(np.abs(c_by_transpose - pca_iris.transform(X_iris[:1])[0])))
    _share = 100 * c_by_transpose[0] ** 2 / (v_flower @ v_flower)
    _ratio = 100 * pca_iris.explained_variance_ratio_[0]
    _c = ",\\ ".join(f"{value:.3f}" for value in c_by_transpose)
    _pca_es = "exactamente" if _same_as_pca == 0 else f"hasta ${kit.tex_number(_same_as_pca)}$"
    _pca_en = "exactly" if _same_as_pca == 0 else f"up to ${kit.tex_number(_same_as_pca)}$"
    kit.text(
        lang,
        es=rf"""
Las coordenadas de la primera flor son $c = ({_c})$. $B^\top B$ se aleja de $I$ en
${kit.tex_number(orthonormal_gap)}$ como máximo (redondeo): la base es ortonormal. Las coordenadas
calculadas con $B^\top v$ y resolviendo $Bc = v$ difieren en ${kit.tex_number(_same_as_solving)}$,
y coinciden con `pca_iris.transform` {_pca_es}. La primera coordenada, ${c_by_transpose[0]:.3f}$, se lleva el
${_share:.1f}\,\%$ de $\lVert v \rVert^2$ para esta flor; en todo el conjunto, la primera
dirección explica el ${_ratio:.1f}\,\%$ de la varianza. Por eso PCA puede quedarse con pocas
coordenadas y perder poco (lección 1.6).
""",
        en=rf"""
The coordinates of the first flower are $c = ({_c})$. $B^\top B$ is at most
${kit.tex_number(orthonormal_gap)}$ away from $I$ (round-off): the basis is orthonormal. The
coordinates computed with $B^\top v$ and by solving $Bc = v$ differ by
${kit.tex_number(_same_as_solving)}$, and they match `pca_iris.transform` {_pca_en}. The first coordinate, ${c_by_transpose[0]:.3f}$, carries
${_share:.1f}\,\%$ of $\lVert v \rVert^2$ for this flower; over the whole data set, the first
direction explains ${_ratio:.1f}\,\%$ of the variance. That is why PCA can keep a few coordinates
and lose little (lesson 1.6).
""",
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
                es=r"**1.** Las columnas de una matriz $A$ de $2 \times 2$ son las imágenes de…",
                en=r"**1.** The columns of a $2 \times 2$ matrix $A$ are the images of…",
            ),
            (
                T(es="las filas de A", en="the rows of A"),
                T(es="los vectores de la base, ê₁ y ê₂", en="the basis vectors, ê₁ and ê₂"),
                T(es="los puntos del círculo unidad", en="the points of the unit circle"),
                T(es="el origen", en="the origin"),
            ),
            answer=1,
            why=T(
                es=r"$A\hat e_1$ toma 1 vez la primera columna y 0 veces la segunda: es la primera columna. Igual $A\hat e_2$ es la segunda. Por eso, para dibujar una matriz basta ver adónde van $\hat e_1$ y $\hat e_2$. El origen siempre va al origen.",
                en=r"$A\hat e_1$ takes the first column once and the second zero times: it is the first column. Likewise $A\hat e_2$ is the second. That is why, to picture a matrix, seeing where $\hat e_1$ and $\hat e_2$ go is enough. The origin always goes to the origin.",
            ),
        ),
        Question(
            T(
                es=r"**2.** Con $b \neq 0$, ¿es lineal la función $x \mapsto x + b$?",
                en=r"**2.** With $b \neq 0$, is the function $x \mapsto x + b$ linear?",
            ),
            (
                T(es="sí: mantiene las rectas rectas y paralelas", en="yes: it keeps lines straight and parallel"),
                T(es="no: mueve el origen, es afín", en="no: it moves the origin, it is affine"),
                T(es="sí, si b es pequeño", en="yes, if b is small"),
            ),
            answer=1,
            why=T(
                es=r"Toda función lineal manda $0$ a $0$, y esta manda $0$ a $b$. Tampoco respeta múltiplos: $2x + b \neq 2(x + b)$. Es cierto que conserva rectas y paralelas, pero eso la hace **afín**, no lineal: así es una capa $XW + b$ antes de la activación.",
                en=r"Every linear function sends $0$ to $0$, and this one sends $0$ to $b$. It does not respect multiples either: $2x + b \neq 2(x + b)$. It does keep lines and parallels, but that makes it **affine**, not linear: that is what a layer $XW + b$ is before the activation.",
            ),
        ),
        Question(
            T(
                es=r"**3.** En el código, dos capas sin activación, $(XW_1 + b_1)W_2 + b_2$, son una sola capa. ¿Con qué matriz de pesos?",
                en=r"**3.** In code, two layers without activation, $(XW_1 + b_1)W_2 + b_2$, are a single layer. With which weight matrix?",
            ),
            (
                T.same("W₁W₂"),
                T.same("W₂W₁"),
                T.same("W₁ + W₂"),
                T(es="ninguna: dos capas siempre hacen más que una", en="none: two layers always do more than one"),
            ),
            answer=0,
            why=T(
                es=r"Desarrollando, $(XW_1 + b_1)W_2 + b_2 = X(W_1W_2) + (b_1W_2 + b_2)$. Con las muestras en filas, $X$ se multiplica primero por $W_1$, a su derecha, y luego por $W_2$. En notación matemática ($z = Ax$) esa capa única tiene matriz $A_2A_1 = (W_1W_2)^\top$. Sin activación, apilar capas no agrega nada.",
                en=r"Expanding, $(XW_1 + b_1)W_2 + b_2 = X(W_1W_2) + (b_1W_2 + b_2)$. With samples in rows, $X$ is multiplied first by $W_1$, on its right, and then by $W_2$. In maths notation ($z = Ax$) that single layer has matrix $A_2A_1 = (W_1W_2)^\top$. Without activation, stacking layers adds nothing.",
            ),
        ),
        Question(
            T(
                es=r"**4.** Las dos columnas de una matriz $A$ de $2 \times 2$ son paralelas (y no son cero). La imagen del plano es…",
                en=r"**4.** The two columns of a $2 \times 2$ matrix $A$ are parallel (and not zero). The image of the plane is…",
            ),
            (
                T(es="el plano entero, un poco inclinado", en="the whole plane, slightly slanted"),
                T(es="una recta que pasa por el origen", en="a line through the origin"),
                T(es="un solo punto", en="a single point"),
                T(es="un paralelogramo de área 1", en="a parallelogram of area 1"),
            ),
            answer=1,
            why=T(
                es=r"$Ax = x_1a_1 + x_2a_2$, y si $a_2$ es múltiplo de $a_1$ todas esas combinaciones caen sobre la recta de $a_1$: el espacio generado por las columnas es una recta, el rango es 1, el cuadrado unidad se aplasta y $\det A = 0$. Un solo punto sería la matriz cero.",
                en=r"$Ax = x_1a_1 + x_2a_2$, and if $a_2$ is a multiple of $a_1$ all those combinations land on the line of $a_1$: the span of the columns is a line, the rank is 1, the unit square gets squashed and $\det A = 0$. A single point would be the zero matrix.",
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

- $Ax = x_1a_1 + \dots + x_na_n$: multiplicar por una matriz es combinar sus columnas. El espacio generado por unos vectores es el conjunto de sus combinaciones; son independientes si la única combinación que da $0$ es la que usa solo ceros; una base es un conjunto independiente que genera todo el espacio.
- Una matriz es una transformación lineal: su columna $j$ es la imagen de $\hat e_j$. El origen queda fijo y la cuadrícula sigue formada por rectas paralelas y equiespaciadas. Rotación $R_\theta$, corte $S_k$, escala, reflexión ($\det < 0$) y proyección (rango 1) son casos con nombre. Si las columnas son paralelas, el plano cae sobre una recta.
- Aplicar $A$ y después $B$ es multiplicar por $BA$: la primera queda a la derecha. En general $AB \neq BA$, y una $(m \times n)$ por una $(n \times p)$ da una $(m \times p)$.
- Una capa densa sobre un lote es $\varphi(XW + b)$, con $X$ de forma $(n, n_{\mathrm{in}})$ y $W$ de forma $(n_{\mathrm{in}}, n_{\mathrm{out}})$, es decir $W = A^\top$ (PyTorch guarda la transpuesta). $XW + b$ es afín, no lineal. Sin activación, dos capas son una sola, con matriz $W_1W_2$; la activación dobla o curva la cuadrícula.
- Las coordenadas de $v$ en la base de las columnas de $B$ son la solución de $Bc = v$. Si la base es ortonormal, $B^{-1} = B^\top$ y $c_i = b_i \cdot v$, como en PCA.
""",
        en=r"""
## 8. Summary

- $Ax = x_1a_1 + \dots + x_na_n$: multiplying by a matrix is combining its columns. The span of some vectors is the set of their combinations; they are independent if the only combination giving $0$ is the all-zeros one; a basis is an independent set that spans the whole space.
- A matrix is a linear map: its column $j$ is the image of $\hat e_j$. The origin stays put and the grid stays made of parallel, evenly spaced lines. Rotation $R_\theta$, shear $S_k$, scaling, reflection ($\det < 0$) and projection (rank 1) are cases with a name. If the columns are parallel, the plane falls onto a line.
- Applying $A$ and then $B$ is multiplying by $BA$: the first one sits on the right. In general $AB \neq BA$, and an $(m \times n)$ times an $(n \times p)$ gives an $(m \times p)$.
- A dense layer on a batch is $\varphi(XW + b)$, with $X$ of shape $(n, n_{\mathrm{in}})$ and $W$ of shape $(n_{\mathrm{in}}, n_{\mathrm{out}})$, that is $W = A^\top$ (PyTorch stores the transpose). $XW + b$ is affine, not linear. Without activation, two layers are just one, with matrix $W_1W_2$; the activation folds or bends the grid.
- The coordinates of $v$ in the basis of $B$'s columns are the solution of $Bc = v$. If the basis is orthonormal, $B^{-1} = B^\top$ and $c_i = b_i \cdot v$, as in PCA.
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
    kit.resources("linear-transformations", lang)
    return


if __name__ == "__main__":
    app.run()
