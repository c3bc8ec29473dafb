import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 0.2")


@app.cell(hide_code=True)
def _():
    import time

    import marimo as mo
    import numpy as np

    from gradiente.course.kit import Kit
    from gradiente.datasets import load_digits, load_iris, load_wine

    kit = Kit()
    plt = kit.pyplot()
    return kit, load_digits, load_iris, load_wine, mo, np, plt, time


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
    kit.header("numpy-arrays-broadcasting", lang)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Todo el curso guarda los datos en arreglos de NumPy: una tabla de números con una **forma**
(cuántas filas, cuántas columnas). Casi todos los errores de un programa de machine learning
son errores de forma, y los peores no dan ningún mensaje: el código corre y el número que
sale está mal. En esta lección aprendes a leer y predecir formas, a operar con arreglos de
formas distintas (el *broadcasting*) sin caer en sus trampas, a cambiar bucles por
operaciones sobre arreglos enteros midiendo cuánto se gana, y a dibujar las cuatro gráficas
que vas a ver en todo el curso.

**Al terminar podrás:**

- decir la forma de un arreglo y de lo que sale al reducirlo con `axis=0`, `axis=1` o `keepdims=True`;
- aplicar la regla del broadcasting a dos formas y predecir el resultado o el error;
- reconocer las trampas silenciosas: una forma `(n,)` contra una `(n, 1)`, y una matriz cuadrada que oculta un eje equivocado;
- estandarizar columnas, calcular todas las distancias entre dos grupos de puntos y codificar etiquetas en one-hot, sin bucles;
- dibujar una gráfica de líneas, una de dispersión, una de curvas de nivel y una imagen con `imshow`.

Una convención de una vez: los números se escriben con **punto decimal** (0.5, no 0,5), como los
escribe Python, también en el texto en español.
""",
        en=r"""
The whole course keeps its data in NumPy arrays: a table of numbers with a **shape** (how
many rows, how many columns). Most bugs in a machine-learning program are shape bugs, and
the worst ones print no message at all: the code runs and the number it returns is wrong.
In this lesson you learn to read and predict shapes, to combine arrays of different shapes
(*broadcasting*) without falling into its traps, to replace loops with operations on whole
arrays while measuring what you gain, and to draw the four kinds of plot you will meet in
the whole course.

**By the end you will be able to:**

- state the shape of an array, and of what comes out when you reduce it with `axis=0`, `axis=1` or `keepdims=True`;
- apply the broadcasting rule to two shapes and predict the result or the error;
- recognise the silent traps: a shape `(n,)` against a shape `(n, 1)`, and a square matrix hiding a wrong axis;
- standardise columns, compute every distance between two groups of points and one-hot encode labels, with no loops;
- draw a line plot, a scatter plot, a contour plot and an image with `imshow`.

One convention, once: numbers are written with a **decimal point** (0.5), as Python writes
them, in the Spanish text too.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 0. ¿Por qué importa en machine learning?

Un modelo no ve flores, vinos ni imágenes: ve una matriz $X$ con una fila por **muestra** y
una columna por **variable** (o *feature*), y un vector $y$ con la respuesta de cada muestra.
Entrenar es hacer cuentas con $X$ entera: restar medias a todas las columnas a la vez,
multiplicar por una matriz de pesos, comparar cada punto con todos los demás. Si escribes esas
cuentas con bucles de Python, tardan cientos o miles de veces más; si las escribes con arreglos pero con
un eje equivocado, NumPy a veces te avisa con un error y a veces no. Esta lección es el oficio
que necesitan todas las demás.

**Convención del curso.** `X` tiene forma `(n_samples, n_features)`: fila $i$ = muestra $i$,
columna $j$ = variable $j$. Un vector es un arreglo de una dimensión, de forma `(n,)`.
""",
        en=r"""
## 0. Why does it matter in machine learning?

A model does not see flowers, wines or images: it sees a matrix $X$ with one row per
**sample** and one column per **feature**, and a vector $y$ with each sample's answer.
Training means computing with the whole of $X$: subtracting the means of every column at
once, multiplying by a matrix of weights, comparing each point with all the others. Written
with Python loops those computations take hundreds or thousands of times longer; written with arrays but
along the wrong axis, NumPy sometimes stops you with an error and sometimes does not. This
lesson is the craft every other lesson needs.

**The course's convention.** `X` has shape `(n_samples, n_features)`: row $i$ = sample $i$,
column $j$ = feature $j$. A vector is a one-dimensional array, of shape `(n,)`.
""",
    )
    return


@app.cell(hide_code=True)
def _(X, kit, lang):
    kit.text(
        lang,
        es=rf"""
## 1. Arreglos y formas

El conjunto de datos *iris* tiene {X.shape[1]} medidas de cada una de {X.shape[0]} flores (largo y ancho del sépalo y
del pétalo, en centímetros) y dice su especie: 0 = setosa, 1 = versicolor, 2 = virginica. Así
se ve en NumPy:
""",
        en=rf"""
## 1. Arrays and shapes

The *iris* data set holds {X.shape[1]} measurements of each of {X.shape[0]} flowers (length and width of the sepal
and of the petal, in centimetres) and gives its species: 0 = setosa, 1 = versicolor,
2 = virginica. This is how it looks in NumPy:
""",
    )
    return


@app.cell(hide_code=True)
def _(load_iris, mo):
    iris = load_iris()
    X = iris.data  # (150, 4)
    y = iris.target  # (150,)
    petal_length = X[:, 2]  # (150,)
    petal_length_column = X[:, 2:3]  # (150, 1)
    first_flower = X[0]  # (4,)
    mo.show_code()
    return X, first_flower, iris, petal_length, petal_length_column, y


@app.cell(hide_code=True)
def _(X, first_flower, iris, kit, lang, petal_length, petal_length_column, y):
    _names = ", ".join(iris.feature_names)
    kit.text(
        lang,
        es=rf"""
| expresión | forma | qué es |
|:---|:---|:---|
| `X` | `{X.shape}` | {X.shape[0]} flores (filas) × {X.shape[1]} medidas (columnas): {_names} |
| `y` | `{y.shape}` | la especie de cada flor |
| `X[0]` | `{first_flower.shape}` | la primera flor: {first_flower.tolist()} |
| `X[:, 2]` | `{petal_length.shape}` | el largo del pétalo de todas las flores, como vector |
| `X[:, 2:3]` | `{petal_length_column.shape}` | los mismos números, como una columna |

`X.ndim` = {X.ndim} (dos ejes: el eje 0 recorre las filas, el eje 1 las columnas) y
`X.dtype` = `{X.dtype}` (números reales de 64 bits). Fíjate en las dos últimas filas de la tabla:
`(150,)` y `(150, 1)` tienen los mismos {X.shape[0]} números, pero **no son lo mismo**. La primera tiene
un eje; la segunda, dos. En la sección 3 vas a ver por qué esa diferencia puede arruinar un
cálculo sin dar error. `x.reshape(-1, 1)` convierte un vector en columna, y `x.ravel()` la
devuelve a vector.

Una primera gráfica: cada flor es un punto cuyas coordenadas son dos columnas de `X`, y su color
sale de `y`. Es una **gráfica de dispersión** (`ax.scatter`).
""",
        en=rf"""
| expression | shape | what it is |
|:---|:---|:---|
| `X` | `{X.shape}` | {X.shape[0]} flowers (rows) × {X.shape[1]} measurements (columns): {_names} |
| `y` | `{y.shape}` | each flower's species |
| `X[0]` | `{first_flower.shape}` | the first flower: {first_flower.tolist()} |
| `X[:, 2]` | `{petal_length.shape}` | every flower's petal length, as a vector |
| `X[:, 2:3]` | `{petal_length_column.shape}` | the same numbers, as a column |

`X.ndim` = {X.ndim} (two axes: axis 0 runs along the rows, axis 1 along the columns) and
`X.dtype` = `{X.dtype}` (64-bit real numbers). Look at the last two rows of the table: `(150,)`
and `(150, 1)` hold the same {X.shape[0]} numbers, but they are **not the same thing**. The first has one
axis; the second, two. Section 3 shows why that difference can ruin a computation without an
error. `x.reshape(-1, 1)` turns a vector into a column, and `x.ravel()` turns it back.

A first plot: each flower is a point whose coordinates are two columns of `X`, and its colour
comes from `y`. It is a **scatter plot** (`ax.scatter`).
""",
    )
    return


@app.cell(hide_code=True)
def _(X, iris, kit, lang, plt, y):
    _fig, _ax = plt.subplots(figsize=(6.8, 4.2))
    for _k, _color in enumerate(("tab:blue", "tab:orange", "tab:green")):
        _ax.scatter(X[y == _k, 2], X[y == _k, 3], s=18, color=_color, alpha=0.8, label=str(iris.target_names[_k]))
    _ax.set_xlabel(kit.say(lang, es="largo del pétalo, X[:, 2] (cm)", en="petal length, X[:, 2] (cm)"))
    _ax.set_ylabel(kit.say(lang, es="ancho del pétalo, X[:, 3] (cm)", en="petal width, X[:, 3] (cm)"))
    _ax.set_title(kit.say(lang, es="Iris: una fila de X = un punto", en="Iris: one row of X = one point"))
    _ax.legend(fontsize=9, loc="upper left")
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 2. Reducir por un eje: `axis` y `keepdims`

Una **reducción** (`sum`, `mean`, `std`, `max`…) junta muchos números en uno. Con `axis` eliges
en qué dirección: el eje que nombras es **el que desaparece**. En `X` de forma `(150, 4)`:

- `X.mean(axis=0)` recorre las filas (baja por cada columna): una media por medida, forma `(4,)`;
- `X.mean(axis=1)` recorre las columnas (cruza cada fila): una media por flor, forma `(150,)`;
- `X.mean()` lo junta todo en un solo número;
- `keepdims=True` deja el eje reducido con tamaño 1: `X.mean(axis=1, keepdims=True)` tiene forma `(150, 1)`.

Con la media de la columna $j$ escrita como $\mu_j$:

$$
\mu_j = \frac{1}{n}\sum_{i=1}^{n} x_{ij}
$$

la suma corre sobre $i$, el índice de las filas: eso es `axis=0`.
""",
        en=r"""
## 2. Reducing along an axis: `axis` and `keepdims`

A **reduction** (`sum`, `mean`, `std`, `max`…) turns many numbers into one. With `axis` you
choose the direction: the axis you name is **the one that disappears**. For `X` of shape
`(150, 4)`:

- `X.mean(axis=0)` runs along the rows (down each column): one mean per measurement, shape `(4,)`;
- `X.mean(axis=1)` runs along the columns (across each row): one mean per flower, shape `(150,)`;
- `X.mean()` folds everything into a single number;
- `keepdims=True` keeps the reduced axis with size 1: `X.mean(axis=1, keepdims=True)` has shape `(150, 1)`.

Writing the mean of column $j$ as $\mu_j$:

$$
\mu_j = \frac{1}{n}\sum_{i=1}^{n} x_{ij}
$$

the sum runs over $i$, the row index: that is `axis=0`.
""",
    )
    return


@app.cell(hide_code=True)
def _(X, mo, y):
    column_means = X.mean(axis=0)  # (4,)
    row_means = X.mean(axis=1)  # (150,)
    row_means_kept = X.mean(axis=1, keepdims=True)  # (150, 1)
    species_means = [X[y == k].mean(axis=0) for k in range(3)]  # 3 × (4,)
    mo.show_code()
    return column_means, row_means, row_means_kept, species_means


@app.cell(hide_code=True)
def _(X, column_means, iris, kit, lang, np, plt, row_means, species_means):
    _fig, (_left, _right) = plt.subplots(1, 2, figsize=(10.5, 3.8), gridspec_kw={"width_ratios": [1.6, 1]})
    _left.plot(np.arange(len(X)), row_means, color="0.3", lw=1.2)
    for _k, _color in enumerate(("tab:blue", "tab:orange", "tab:green")):
        _left.axvspan(50 * _k, 50 * _k + 50, color=_color, alpha=0.12, lw=0)
        _left.text(50 * _k + 25, row_means.max() + 0.15, str(iris.target_names[_k]), ha="center", fontsize=9)
    _left.set_ylim(row_means.min() - 0.3, row_means.max() + 0.5)
    _left.set_xlabel(kit.say(lang, es="flor (índice de fila i)", en="flower (row index i)"))
    _left.set_ylabel(kit.say(lang, es="media de la fila (cm)", en="row mean (cm)"))
    _left.set_title(
        kit.say(lang, es=f"X.mean(axis=1): {len(row_means)} números", en=f"X.mean(axis=1): {len(row_means)} numbers"),
        fontsize=10,
    )
    _short = ["sepal L", "sepal W", "petal L", "petal W"]
    _right.plot(_short, column_means, "o-", color="black", label=kit.say(lang, es="todas", en="all"))
    for _k, _color in enumerate(("tab:blue", "tab:orange", "tab:green")):
        _right.plot(_short, species_means[_k], "o--", color=_color, lw=1, ms=4, label=str(iris.target_names[_k]))
    _right.set_ylabel("cm")
    _right.set_title(
        kit.say(
            lang, es=f"X.mean(axis=0): {len(column_means)} números", en=f"X.mean(axis=0): {len(column_means)} numbers"
        ),
        fontsize=10,
    )
    _right.legend(fontsize=8)
    _fig.tight_layout()
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(column_means, kit, lang, row_means, row_means_kept):
    kit.text(
        lang,
        es=rf"""
Dos **gráficas de líneas** (`ax.plot`). A la izquierda, la media de cada fila: los datos vienen
ordenados por especie, y se nota (las setosas tienen flores más chicas). A la derecha, la media
de cada columna, para todas las flores y para cada especie (`X[y == k]` elige las filas de la
especie $k$). Las formas: `column_means` es `{column_means.shape}`, `row_means` es
`{row_means.shape}` y `row_means_kept` es `{row_means_kept.shape}`. Las medias de las columnas
valen {", ".join(f"{value:.3f}" for value in column_means)} cm.
""",
        en=rf"""
Two **line plots** (`ax.plot`). On the left, each row's mean: the data come sorted by species,
and it shows (setosas have smaller flowers). On the right, each column's mean, for all the
flowers and for each species (`X[y == k]` picks the rows of species $k$). The shapes:
`column_means` is `{column_means.shape}`, `row_means` is `{row_means.shape}` and `row_means_kept`
is `{row_means_kept.shape}`. The column means are
{", ".join(f"{value:.3f}" for value in column_means)} cm.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 3. Broadcasting: operar con formas distintas

`X - column_means` resta un arreglo `(4,)` a uno `(150, 4)`, y funciona: NumPy repite el vector
en cada una de las 150 filas, sin copiarlo de verdad en memoria. Eso es el **broadcasting**, y
su regla cabe en una línea:

$$
(p_1, \dots, p_m) \circ (q_1, \dots, q_m) \to (r_1, \dots, r_m), \qquad r_k = \max(p_k, q_k), \qquad p_k = q_k \ \lor\ 1 \in \{p_k, q_k\}
$$

En palabras: escribe las dos formas alineadas a la derecha (a la más corta le faltan ejes a la
izquierda, que cuentan como tamaño 1; así las dos quedan con $m$ ejes, y $\circ$ es cualquier
operación elemento a elemento: +, −, *, /). Compara eje por eje: si los tamaños son iguales, bien; si
uno es 1, ese se estira hasta el otro; si son distintos y ninguno es 1, error. Por ejemplo:

| operación | alineadas | resultado |
|:---|:---|:---|
| `(150, 4)` − `(4,)` | `150 × 4` con `1 × 4` | `(150, 4)`: una media por columna, repetida en cada fila |
| `(150, 4)` − `(150,)` | `150 × 4` con `1 × 150` | error: 4 contra 150 |
| `(150, 4)` − `(150, 1)` | `150 × 4` con `150 × 1` | `(150, 4)`: un número por fila, repetido en cada columna |
| `(3, 1)` + `(4,)` | `3 × 1` con `1 × 4` | `(3, 4)`: **los dos** se estiran |

Juega con la regla: elige dos formas. Cada casilla lleva el nombre del elemento que contiene
(por ejemplo $a_{21}$ es la fila 2, columna 1 de A, contando desde 0); las casillas claras son
copias que pone el broadcasting. La tercera figura dice qué elementos se restan en cada casilla
del resultado, o muestra el error de NumPy.
""",
        en=r"""
## 3. Broadcasting: combining different shapes

`X - column_means` subtracts an array `(4,)` from one `(150, 4)`, and it works: NumPy repeats the
vector on each of the 150 rows, without really copying it in memory. That is **broadcasting**,
and its rule fits on one line:

$$
(p_1, \dots, p_m) \circ (q_1, \dots, q_m) \to (r_1, \dots, r_m), \qquad r_k = \max(p_k, q_k), \qquad p_k = q_k \ \lor\ 1 \in \{p_k, q_k\}
$$

In words: write the two shapes aligned on the right (the shorter one lacks axes on the left,
which count as size 1; then both have $m$ axes, and $\circ$ is any element-wise operation: +, −,
*, /). Compare axis by axis: equal sizes are fine; a size 1 is stretched to
match the other; different sizes with no 1 are an error. For example:

| operation | aligned | result |
|:---|:---|:---|
| `(150, 4)` − `(4,)` | `150 × 4` with `1 × 4` | `(150, 4)`: one mean per column, repeated on every row |
| `(150, 4)` − `(150,)` | `150 × 4` with `1 × 150` | error: 4 against 150 |
| `(150, 4)` − `(150, 1)` | `150 × 4` with `150 × 1` | `(150, 4)`: one number per row, repeated in every column |
| `(3, 1)` + `(4,)` | `3 × 1` with `1 × 4` | `(3, 4)`: **both** are stretched |

Play with the rule: pick two shapes. Each cell carries the name of the element it holds (for
example $a_{21}$ is row 2, column 1 of A, counting from 0); the light cells are copies made by
broadcasting. The third picture says which elements are subtracted in each cell of the result,
or shows NumPy's error.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    _shapes = {
        "(3, 1)": (3, 1),
        "(1, 4)": (1, 4),
        "(4,)": (4,),
        "(3,)": (3,),
        "(3, 4)": (3, 4),
        "(4, 4)": (4, 4),
        "(4, 1)": (4, 1),
    }
    shape_a = mo.ui.dropdown(options=_shapes, value="(3, 1)", label=kit.say(lang, es="Forma de A", en="Shape of A"))
    shape_b = mo.ui.dropdown(options=_shapes, value="(4,)", label=kit.say(lang, es="Forma de B", en="Shape of B"))
    mo.hstack([shape_a, shape_b], justify="start", gap=2)
    return shape_a, shape_b


@app.cell(hide_code=True)
def _(np):
    _SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")

    def element_name(letter, index):
        """a₂₁ for A[2, 1], b₃ for B[3]: the subscripts count from 0, as NumPy does."""
        return letter + "".join(str(i) for i in index).translate(_SUBSCRIPT)

    def broadcast_outcome(shape_a, shape_b):
        """What NumPy does with A − B: the result's shape, or the message of the error it raises."""
        try:
            return (np.zeros(shape_a) - np.zeros(shape_b)).shape, None
        except ValueError as error:
            return None, str(error)

    def source_index(shape, result_shape, cell):
        """The element of an operand of ``shape`` that lands on ``cell`` of the broadcast result."""
        aligned = (1,) * (len(result_shape) - len(shape)) + tuple(shape)
        index = tuple(0 if size == 1 else position for size, position in zip(aligned, cell))
        return index[len(result_shape) - len(shape) :]  # drop the axes the operand never had

    return broadcast_outcome, element_name, source_index


@app.cell(hide_code=True)
def _(broadcast_outcome, shape_a, shape_b):
    # Small pure cell: what NumPy answers for this pair, shared by the figure and the text.
    result_shape, broadcast_error = broadcast_outcome(shape_a.value, shape_b.value)
    return broadcast_error, result_shape


@app.cell(hide_code=True)
def _(broadcast_error, element_name, kit, lang, plt, result_shape, shape_a, shape_b, source_index):
    import textwrap as _textwrap

    from matplotlib.patches import Rectangle as _Rectangle

    def _as_grid(shape):
        return (1,) * (2 - len(shape)) + tuple(shape)  # a 1-D operand is drawn as a row, as NumPy aligns it

    def _draw(ax, letter, shape, color, title):
        rows, cols = _as_grid(result_shape if result_shape is not None else shape)
        own_rows, own_cols = _as_grid(shape)
        for i in range(rows):
            for j in range(cols):
                original = i < own_rows and j < own_cols and (own_rows > 1 or i == 0) and (own_cols > 1 or j == 0)
                ax.add_patch(
                    _Rectangle(
                        (j, -i - 1), 1, 1, facecolor=color, alpha=0.85 if original else 0.25, edgecolor="white", lw=2
                    )
                )
                cell = (i, j)[2 - len(result_shape if result_shape is not None else shape) :]
                index = source_index(shape, result_shape if result_shape is not None else shape, cell)
                ax.text(j + 0.5, -i - 0.5, element_name(letter, index), ha="center", va="center", fontsize=10)
        ax.set_title(title, fontsize=10)

    _fig, _axes = plt.subplots(1, 3, figsize=(10.5, 3.3))
    _draw(_axes[0], "a", shape_a.value, "tab:blue", f"A {shape_a.value}")
    _draw(_axes[1], "b", shape_b.value, "tab:orange", f"B {shape_b.value}")
    _out = _axes[2]
    if result_shape is None:
        _out.text(
            0.5,
            0.5,
            "ValueError:\n" + "\n".join(_textwrap.wrap(broadcast_error, 34)),
            ha="center",
            va="center",
            fontsize=9,
            color="tab:red",
            transform=_out.transAxes,
        )
        _out.set_title(kit.say(lang, es="A − B: error", en="A − B: error"), fontsize=10, color="tab:red")
    else:
        _rows, _cols = _as_grid(result_shape)
        for _i in range(_rows):
            for _j in range(_cols):
                _cell = (_i, _j)[2 - len(result_shape) :]
                _label = (
                    element_name("a", source_index(shape_a.value, result_shape, _cell))
                    + "−"
                    + element_name("b", source_index(shape_b.value, result_shape, _cell))
                )
                _out.add_patch(_Rectangle((_j, -_i - 1), 1, 1, facecolor="0.85", edgecolor="white", lw=2))
                _out.text(_j + 0.5, -_i - 0.5, _label, ha="center", va="center", fontsize=8)
        _out.set_title(f"A − B {result_shape}", fontsize=10)
    for _ax in _axes:
        _ax.set_xlim(-0.1, 4.1)
        _ax.set_ylim(-4.1, 0.1)
        _ax.set_aspect("equal")
        _ax.axis("off")
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(broadcast_error, kit, lang, mo, result_shape, shape_a, shape_b):
    _a, _b = shape_a.value, shape_b.value
    _width = max(len(_a), len(_b))
    _left = (None,) * (_width - len(_a)) + tuple(_a)
    _right = (None,) * (_width - len(_b)) + tuple(_b)
    _rows = []
    for _axis, (_p, _q) in enumerate(zip(_left, _right)):
        _p_text = "—" if _p is None else str(_p)
        _q_text = "—" if _q is None else str(_q)
        _p1 = 1 if _p is None else _p
        _q1 = 1 if _q is None else _q
        if _p1 == _q1:
            _verdict = (f"iguales: {_p1}", f"equal: {_p1}")
        elif 1 in (_p1, _q1):
            _verdict = (f"se estira el 1: {max(_p1, _q1)}", f"the 1 is stretched: {max(_p1, _q1)}")
        else:
            _verdict = ("distintos y ninguno es 1: error", "different and neither is 1: error")
        _rows.append((_p_text, _q_text, _verdict))
    _table_es = "\n".join(f"| {p} | {q} | {v[0]} |" for p, q, v in _rows)
    _table_en = "\n".join(f"| {p} | {q} | {v[1]} |" for p, q, v in _rows)
    _trap = _a == (4, 4) and _b == (4,)
    _text = kit.text(
        lang,
        es=f"""
Eje por eje, de izquierda a derecha ya alineados a la derecha («—» es un eje que falta):

| A | B | veredicto |
|---:|---:|:---|
{_table_es}

"""
        + (
            f"`np.zeros({_a}) - np.zeros({_b})` tiene forma **{result_shape}**."
            if broadcast_error is None
            else f"`np.zeros({_a}) - np.zeros({_b})` lanza `ValueError: {broadcast_error}`"
        ),
        en=f"""
Axis by axis, left to right once aligned on the right ("—" is a missing axis):

| A | B | verdict |
|---:|---:|:---|
{_table_en}

"""
        + (
            f"`np.zeros({_a}) - np.zeros({_b})` has shape **{result_shape}**."
            if broadcast_error is None
            else f"`np.zeros({_a}) - np.zeros({_b})` raises `ValueError: {broadcast_error}`"
        ),
    )
    if _trap:
        _text = mo.vstack(
            [
                _text,
                mo.callout(
                    kit.text(
                        lang,
                        es="**La trampa.** Si B fueran las medias de las **filas** de A (una por fila), esta resta "
                        "correría sin error, pero mira la tercera figura: $b_j$ cambia de **columna** en columna. A "
                        "cada columna $j$ le restaría la media de la fila $j$. Abajo lo ves con números de verdad.",
                        en="**The trap.** If B were the means of A's **rows** (one per row), this subtraction would run "
                        "without an error, but look at the third picture: $b_j$ changes from **column** to column. It "
                        "would subtract the mean of row $j$ from each column $j$. Below you see it with real numbers.",
                    ),
                    kind="warn",
                ),
            ]
        )
    _text
    return


@app.cell(hide_code=True)
def _(X, mo):
    X4 = X[:4]  # (4, 4)
    wrong = X4 - X4.mean(axis=1)  # (4, 4) − (4,)
    right = X4 - X4.mean(axis=1, keepdims=True)  # (4, 4) − (4, 1)
    mo.show_code()
    return X4, right, wrong


@app.cell(hide_code=True)
def _(X, X4, kit, lang, np, right, wrong):
    def _matrix(M):
        return r"\begin{pmatrix}" + r"\\".join(" & ".join(f"{v:.2f}" for v in row) for row in M) + r"\end{pmatrix}"

    try:
        X - X.mean(axis=1)
        _message = "—"  # never reached: (150, 4) − (150,) cannot broadcast
    except ValueError as _error:
        _message = str(_error)
    _row_means_wrong = wrong.mean(axis=1)
    kit.text(
        lang,
        es=rf"""
Con las {len(X)} flores, `X - X.mean(axis=1)` lanza `ValueError: {_message}`: `(150, 4)` contra `(150,)` no encaja, y NumPy
te avisa. Con solo 4 flores, `X4` es cuadrada y la misma línea **no avisa**:

$$
\texttt{{wrong}} = {_matrix(wrong)}, \qquad \texttt{{right}} = {_matrix(right)}
$$

En `right` cada fila suma 0, como debe ser al restarle su media; en `wrong` las filas tienen
medias {", ".join(f"{v:.2f}" for v in _row_means_wrong)}, y la diferencia máxima entre las dos
matrices es {np.abs(wrong - right).max():.2f} cm. La regla práctica: cuando reduces para luego
operar con el original, usa `keepdims=True`, y prueba tu código con datos **no cuadrados**
(por ejemplo 5 filas y 3 columnas), donde un eje equivocado sí da error.
""",
        en=rf"""
With all {len(X)} flowers, `X - X.mean(axis=1)` raises `ValueError: {_message}`: `(150, 4)` against `(150,)` does not fit,
and NumPy tells you. With only 4 flowers `X4` is square, and the same line **says nothing**:

$$
\texttt{{wrong}} = {_matrix(wrong)}, \qquad \texttt{{right}} = {_matrix(right)}
$$

In `right` every row adds up to 0, as it must once its mean is subtracted; in `wrong` the rows
have means {", ".join(f"{v:.2f}" for v in _row_means_wrong)}, and the largest difference between
the two matrices is {np.abs(wrong - right).max():.2f} cm. The rule of thumb: when you reduce and
then combine with the original, use `keepdims=True`, and test your code on **non-square** data
(say 5 rows and 3 columns), where a wrong axis does raise an error.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
### La otra trampa: `(n,)` contra `(n, 1)`

Predice el ancho del pétalo a partir de su largo con una recta, $\hat y = w\,x + b$ (`np.polyfit`
calcula la de mínimos cuadrados, la de la lección 0.1), y mide el error cuadrático medio. Si el vector de predicciones te queda como **columna** `(150, 1)` (pasa
mucho: `X[:, 2:3]`, o pesos guardados como matriz de una columna) y las respuestas como
**vector** `(150,)`, la resta no falla: alineadas a la derecha, `150 × 1` contra `1 × 150` dan una
matriz de `150 × 150` con **todas** las diferencias cruzadas. La media de esa matriz es un
número, así que nada avisa.
""",
        en=r"""
### The other trap: `(n,)` against `(n, 1)`

Predict petal width from petal length with a line, $\hat y = w\,x + b$ (`np.polyfit` computes
the least-squares one, lesson 0.1's), and measure the mean squared error. If your vector of predictions ends up as a **column** `(150, 1)` (it happens a
lot: `X[:, 2:3]`, or weights stored as a one-column matrix) and the answers as a **vector**
`(150,)`, the subtraction does not fail: aligned on the right, `150 × 1` against `1 × 150` give a
`150 × 150` matrix with **all** the crossed differences. The mean of that matrix is a number, so
nothing warns you.
""",
    )
    return


@app.cell(hide_code=True)
def _(X, mo, np):
    petal_width = X[:, 3]  # (150,)
    w, b = np.polyfit(X[:, 2], petal_width, 1)  # ŷ = w x + b
    y_hat_vector = w * X[:, 2] + b  # (150,)
    y_hat_column = w * X[:, 2:3] + b  # (150, 1)
    mse_right = np.mean((petal_width - y_hat_vector) ** 2)
    mse_silent = np.mean((petal_width - y_hat_column) ** 2)  # (150,) − (150, 1) → (150, 150)
    mo.show_code()
    return mse_right, mse_silent, petal_width, y_hat_column, y_hat_vector


@app.cell(hide_code=True)
def _(kit, lang, mse_right, mse_silent, petal_width, y_hat_column, y_hat_vector):
    _shape = (petal_width - y_hat_column).shape
    kit.text(
        lang,
        es=rf"""
`petal_width - y_hat_vector` tiene forma `{(petal_width - y_hat_vector).shape}` y el error
cuadrático medio correcto es **{mse_right:.4f}** cm². `petal_width - y_hat_column` tiene forma
`{_shape}`, y su «error cuadrático medio» sale **{mse_silent:.4f}** cm²: {mse_silent / mse_right:.0f}
veces más grande, sin un solo mensaje de error. Cuando una cuenta tenga que dar un vector,
comprueba su forma (`assert residuos.shape == y.shape`) o aplana antes con `.ravel()`.
""",
        en=rf"""
`petal_width - y_hat_vector` has shape `{(petal_width - y_hat_vector).shape}` and the right mean
squared error is **{mse_right:.4f}** cm². `petal_width - y_hat_column` has shape `{_shape}`, and its
"mean squared error" comes out as **{mse_silent:.4f}** cm²: {mse_silent / mse_right:.0f} times
larger, without a single error message. When a computation should give a vector, check its
shape (`assert residuals.shape == y.shape`) or flatten first with `.ravel()`.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 4. Vectorizar: cambiar bucles por operaciones sobre arreglos

**Vectorizar** es escribir una cuenta sobre el arreglo entero (`x.sum()`, `X - mu`, `A @ B`) en
vez de recorrerlo elemento por elemento con un `for`. El resultado es el mismo; lo que cambia es
quién hace el bucle. En un `for` de Python, cada vuelta interpreta el código, crea un objeto
número y lo suma; en NumPy el bucle corre en código compilado sobre números guardados uno junto
al otro en memoria.

No hace falta creerlo: medimos. El código de abajo suma $n$ números de las dos maneras, para $n$
desde 10 hasta un millón, con `time.perf_counter` (el mejor de tres intentos, para que otra tarea
de la computadora no ensucie la medición).
""",
        en=r"""
## 4. Vectorising: replacing loops with operations on arrays

**Vectorising** means writing a computation on the whole array (`x.sum()`, `X - mu`, `A @ B`)
instead of walking it element by element with a `for`. The result is the same; what changes is
who runs the loop. In a Python `for`, each turn interprets the code, makes a number object and
adds it; in NumPy the loop runs in compiled code over numbers stored side by side in memory.

No need to take it on trust: we measure. The code below adds up $n$ numbers both ways, for $n$
from 10 to a million, with `time.perf_counter` (the best of three tries, so that another task
on the computer does not spoil the measurement).
""",
    )
    return


@app.cell(hide_code=True)
def _(mo, np, time):
    def best_time(function, *args, repeats=3):
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            function(*args)
            times.append(time.perf_counter() - start)
        return min(times)

    def loop_sum(values):
        total = 0.0
        for value in values:
            total += value
        return total

    sizes = [10, 100, 1_000, 10_000, 100_000, 1_000_000]
    _rng = np.random.default_rng(0)
    loop_times, numpy_times = [], []
    for _n in sizes:
        _values = _rng.random(_n)
        loop_times.append(best_time(loop_sum, _values))
        numpy_times.append(best_time(np.sum, _values))
    speedup = loop_times[-1] / numpy_times[-1]  # n = 10⁶
    mo.show_code()
    return best_time, loop_times, numpy_times, sizes, speedup


@app.cell(hide_code=True)
def _(kit, lang, loop_times, numpy_times, plt, sizes):
    _fig, _ax = plt.subplots(figsize=(6.8, 4.0))
    _ax.loglog(
        sizes, loop_times, "o-", color="tab:red", label=kit.say(lang, es="bucle for de Python", en="Python for loop")
    )
    _ax.loglog(sizes, numpy_times, "s-", color="tab:blue", label="np.sum(values)")
    _ax.xaxis.set_major_formatter(kit.powers_of_ten())
    _ax.yaxis.set_major_formatter(kit.powers_of_ten())
    _ax.minorticks_off()
    _ax.grid(True, color="0.9")
    _ax.set_xlabel(kit.say(lang, es="cantidad de números n", en="number of values n"))
    _ax.set_ylabel(kit.say(lang, es="tiempo (s)", en="time (s)"))
    _ax.set_title(
        kit.say(
            lang, es="Sumar n números: medido en esta computadora", en="Adding n numbers: measured on this computer"
        ),
        fontsize=10,
    )
    _ax.legend(fontsize=9)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang, loop_times, numpy_times, speedup):
    kit.text(
        lang,
        es=rf"""
Con un millón de números, el bucle tardó {loop_times[-1] * 1e3:.1f} ms y `np.sum(values)`
{numpy_times[-1] * 1e3:.2f} ms: **{speedup:.0f} veces** más rápido en esta computadora. La cifra cambia de
una computadora a otra, y hasta de una ejecución a otra según qué más esté corriendo; lo que no
cambia es que la diferencia es enorme. En ejes logarítmicos, la curva del bucle es una recta de pendiente 1: su
tiempo crece en proporción a $n$. La de NumPy es casi plana hasta unos miles de números, porque
llamar a NumPy tiene un costo fijo, y solo después sube con pendiente 1. Por eso con 10 números
no hay ventaja ({loop_times[0] * 1e6:.1f} µs el bucle, {numpy_times[0] * 1e6:.1f} µs NumPy): vectorizar rinde con arreglos grandes, que es lo normal en machine learning.
""",
        en=rf"""
With a million numbers, the loop took {loop_times[-1] * 1e3:.1f} ms and `np.sum(values)`
{numpy_times[-1] * 1e3:.2f} ms: **{speedup:.0f} times** faster on this computer. The figure changes from
one computer to another, and even from one run to the next depending on what else is running;
what does not change is that the gap is huge. On logarithmic axes the loop's curve is a straight
line of slope 1: its time grows in proportion to $n$. NumPy's is nearly flat up to a few thousand
numbers, because calling NumPy has a fixed cost, and only then rises with slope 1. That is why with
10 numbers there is no gain ({loop_times[0] * 1e6:.1f} µs the loop, {numpy_times[0] * 1e6:.1f} µs NumPy): vectorising pays off on large arrays, which is the normal case in machine learning.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, wine_X):
    kit.text(
        lang,
        es=rf"""
## 5. Estandarizar: restar la media y dividir entre la desviación, columna por columna

Muchos modelos (el descenso de gradiente, los k vecinos más cercanos, las SVM, PCA) funcionan mal cuando una
variable se mide en miles y otra en décimas. **Estandarizar** pone cada columna en media 0 y
desviación estándar 1:

$$
z_{{ij}}=\frac{{x_{{ij}}-\mu_j}}{{\sigma_j}}
$$

Aquí $\mu_j$ es la media de la columna $j$ y
$\sigma_j$ su desviación estándar **poblacional**, la que divide entre $n$:

$$
\sigma_j = \sqrt{{\frac{{1}}{{n}}\sum_{{i=1}}^{{n}} \left(x_{{ij}} - \mu_j\right)^2}}
$$

Es la que da `X.std(axis=0)` (en NumPy `ddof=0` es el valor por defecto) y la que usa
`StandardScaler`. La *muestral* divide entre $n - 1$ (`ddof=1`, la que usa pandas por defecto);
la verás en estadística. Con broadcasting, la fórmula de $z_{{ij}}$ es una sola línea: `X` es
`(n, d)` y las dos listas de columnas son `(d,)`.

Los datos de **vinos** muestran por qué importa: {wine_X.shape[0]} vinos, {wine_X.shape[1]} medidas químicas de escalas muy
distintas.
""",
        en=rf"""
## 5. Standardising: subtract the mean and divide by the standard deviation, column by column

Many models (gradient descent, k-nearest neighbours, SVMs, PCA) work badly when one feature is
measured in thousands and another in tenths. **Standardising** gives every column mean 0 and
standard deviation 1:

$$
z_{{ij}}=\frac{{x_{{ij}}-\mu_j}}{{\sigma_j}}
$$

Here $\mu_j$ is the mean of column $j$ and $\sigma_j$ its
**population** standard deviation, the one that divides by $n$:

$$
\sigma_j = \sqrt{{\frac{{1}}{{n}}\sum_{{i=1}}^{{n}} \left(x_{{ij}} - \mu_j\right)^2}}
$$

It is what `X.std(axis=0)` gives (in NumPy `ddof=0` is the default) and what `StandardScaler`
uses. The *sample* one divides by $n - 1$ (`ddof=1`, pandas' default); you will meet it in
statistics. With broadcasting, the formula for $z_{{ij}}$ is a single line: `X` is `(n, d)` and
both lists of column statistics are `(d,)`.

The **wine** data show why it matters: {wine_X.shape[0]} wines, {wine_X.shape[1]} chemical measurements on very different
scales.
""",
    )
    return


@app.cell(hide_code=True)
def _(load_wine, np):
    wine = load_wine()
    wine_X = wine.data
    wine_std = wine_X.std(axis=0)
    wine_names = np.array(wine.feature_names)
    return wine, wine_X, wine_names, wine_std


@app.cell(hide_code=True)
def _(kit, lang, np, plt, wine_names, wine_std, wine_X):
    _fig, _ax = plt.subplots(figsize=(9.0, 3.8))
    _order = np.arange(len(wine_std))
    _ax.semilogy(_order, wine_std, "o-", color="tab:purple", label=kit.say(lang, es="datos originales", en="raw data"))
    _z_std = ((wine_X - wine_X.mean(axis=0)) / wine_std).std(axis=0)
    _ax.semilogy(_order, _z_std, "s-", color="tab:green", label=kit.say(lang, es="estandarizados", en="standardised"))
    _ax.set_xticks(_order)
    _ax.set_xticklabels(wine_names, rotation=40, ha="right", fontsize=8)
    _ax.yaxis.set_major_formatter(kit.powers_of_ten())
    _ax.minorticks_off()
    _ax.set_ylabel(kit.say(lang, es="desviación estándar σ_j", en="standard deviation σ_j"))
    _ax.set_title(
        kit.say(lang, es="Vinos: la escala de cada columna", en="Wine: the scale of each column"), fontsize=10
    )
    _ax.grid(True, axis="y", color="0.9")
    _ax.legend(fontsize=9)
    _fig.tight_layout()
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang, np, wine_names, wine_std, wine_X):
    _low, _high = int(np.argmin(wine_std)), int(np.argmax(wine_std))
    kit.text(
        lang,
        es=rf"""
La columna de menor escala es `{wine_names[_low]}`, con $\sigma$ = {wine_std[_low]:.3f}; la de
mayor escala es `{wine_names[_high]}` (prolina), con $\sigma$ = {wine_std[_high]:.1f}: unas
{wine_std[_high] / wine_std[_low]:.0f} veces más. En una distancia entre dos vinos, la prolina
pesaría casi todo y las otras {wine_X.shape[1] - 1} medidas casi nada. Después de estandarizar, las {wine_X.shape[1]} columnas
tienen desviación 1 (la línea verde) y media 0 (la mayor, en valor absoluto, es
${kit.tex_number(float(np.abs(((wine_X - wine_X.mean(axis=0)) / wine_std).mean(axis=0)).max()), 2)}$,
redondeo de la computadora). Es la escala logarítmica del eje vertical la que permite ver las dos
cosas en la misma gráfica.
""",
        en=rf"""
The column with the smallest scale is `{wine_names[_low]}`, with $\sigma$ = {wine_std[_low]:.3f};
the one with the largest is `{wine_names[_high]}`, with $\sigma$ = {wine_std[_high]:.1f}: about
{wine_std[_high] / wine_std[_low]:.0f} times more. In a distance between two wines, proline would
weigh almost everything and the other {wine_X.shape[1] - 1} measurements almost nothing. After standardising, all
{wine_X.shape[1]} columns have standard deviation 1 (the green line) and mean 0 (the largest in absolute value
is ${kit.tex_number(float(np.abs(((wine_X - wine_X.mean(axis=0)) / wine_std).mean(axis=0)).max()), 2)}$,
the computer's round-off). The logarithmic vertical axis is what lets you see both things on the
same plot.
""",
    )
    return


@app.cell(hide_code=True)
def _(digits, kit, lang):
    kit.text(
        lang,
        es=rf"""
### Cuando $\sigma_j = 0$

El conjunto de **dígitos** tiene {digits.images.shape[0]} imágenes de ${digits.images.shape[1]} \times {digits.images.shape[2]}$ píxeles de dígitos escritos a mano,
guardadas como filas de {digits.data.shape[1]} números (de {digits.data.min():g}, blanco, a {digits.data.max():g}, negro). `digits.images` tiene forma
`{digits.images.shape}` y `digits.data` la misma información en forma `{digits.data.shape}`: `reshape` no mueve
ningún número, solo cambia cómo se leen. Hay píxeles del borde que valen 0 en **todas** las
imágenes: su columna es constante, $\sigma_j = 0$, y la fórmula de arriba divide $0/0$, que da
`NaN` (*not a number*). Un solo `NaN` contamina todo lo que toca: una suma, una media, el
entrenamiento entero.

La salida es sencilla: en una columna constante $x_{{ij}} - \mu_j$ ya es 0, así que basta dividir
entre 1 en vez de entre 0 y la columna queda en ceros. Es lo que hace `StandardScaler`. Mueve el
índice y compara las tres versiones; los `NaN` se dibujan en rojo. Es una **imagen**
(`ax.imshow`): cada casilla de un arreglo 2-D es un cuadrito de color.
""",
        en=rf"""
### When $\sigma_j = 0$

The **digits** data set has {digits.images.shape[0]} images of ${digits.images.shape[1]} \times {digits.images.shape[2]}$ pixels of handwritten digits, stored as
rows of {digits.data.shape[1]} numbers (from {digits.data.min():g}, white, to {digits.data.max():g}, black). `digits.images` has shape `{digits.images.shape}` and
`digits.data` the same information with shape `{digits.data.shape}`: `reshape` moves no number, it only
changes how they are read. Some border pixels are 0 in **every** image: their column is constant,
$\sigma_j = 0$, and the formula above divides $0/0$, which gives `NaN` (*not a number*). A single
`NaN` spoils everything it touches: a sum, a mean, the whole training.

The way out is simple: in a constant column $x_{{ij}} - \mu_j$ is already 0, so dividing by 1
instead of 0 leaves the column at zero. That is what `StandardScaler` does. Move the index and
compare the three versions; the `NaN`s are drawn in red. It is an **image** (`ax.imshow`): each
cell of a 2-D array becomes a small square of colour.
""",
    )
    return


@app.cell(hide_code=True)
def _(load_digits, np):
    digits = load_digits()
    digits_std = digits.data.std(axis=0)
    constant_pixels = np.flatnonzero(digits_std == 0)
    _mean = digits.data.mean(axis=0)
    with np.errstate(invalid="ignore"):  # 0/0 on purpose: this is the naive formula
        digits_naive = (digits.data - _mean) / digits_std
    digits_guarded = (digits.data - _mean) / np.where(digits_std > 0, digits_std, 1.0)
    return constant_pixels, digits, digits_guarded, digits_naive, digits_std


@app.cell(hide_code=True)
def _(digits, kit, lang, mo):
    digit_index = mo.ui.slider(
        0,
        len(digits.data) - 1,
        step=1,
        value=0,
        show_value=True,
        label=kit.say(lang, es="Imagen número", en="Image number"),
    )
    digit_version = mo.ui.radio(
        options={
            kit.say(lang, es="píxeles originales", en="raw pixels"): "raw",
            kit.say(lang, es="estandarizados, fórmula directa", en="standardised, plain formula"): "naive",
            kit.say(
                lang, es="estandarizados, dividiendo entre 1 si σ = 0", en="standardised, dividing by 1 where σ = 0"
            ): "guarded",
        },
        value=kit.say(lang, es="estandarizados, fórmula directa", en="standardised, plain formula"),
        inline=True,
    )
    mo.vstack([digit_index, digit_version])
    return digit_index, digit_version


@app.cell(hide_code=True)
def _(
    constant_pixels, digit_index, digit_version, digits, digits_guarded, digits_naive, digits_std, kit, lang, np, plt
):
    import copy as _copy

    _i = digit_index.value
    _version = digit_version.value
    _row = {"raw": digits.data, "naive": digits_naive, "guarded": digits_guarded}[_version][_i]
    _image = _row.reshape(8, 8)  # 64 numbers read as 8 rows of 8
    _fig, (_left, _right) = plt.subplots(1, 2, figsize=(9.0, 4.0))
    _fig.subplots_adjust(left=0.04, right=0.96, wspace=0.35)
    _cmap = _copy.copy(plt.get_cmap("gray_r"))
    _cmap.set_bad("red")  # NaN cells
    if _version == "raw":
        _shown = _left.imshow(_image, cmap=_cmap, vmin=0, vmax=16)
    else:
        _shown = _left.imshow(np.ma.masked_invalid(_image), cmap=_cmap, vmin=-2, vmax=4)
    _fig.colorbar(_shown, ax=_left, fraction=0.046, pad=0.04)
    _n_nan = int(np.isnan(_row).sum())
    _left.set_title(
        kit.say(
            lang,
            es=f"Imagen {_i} (un {digits.target[_i]}) · NaN: {_n_nan}",
            en=f"Image {_i} (a {digits.target[_i]}) · NaN: {_n_nan}",
        ),
        fontsize=10,
    )
    # The right panel does not move: σ_j of each pixel, the same for every image.
    _std_map = _right.imshow(digits_std.reshape(8, 8), cmap="viridis")
    _fig.colorbar(_std_map, ax=_right, fraction=0.046, pad=0.04)
    for _p in constant_pixels:
        _r, _c = divmod(int(_p), 8)
        _right.add_patch(plt.Rectangle((_c - 0.5, _r - 0.5), 1, 1, fill=False, edgecolor="red", lw=2))
    _right.set_title(
        kit.say(lang, es="σ_j de cada píxel (en rojo, σ_j = 0)", en="σ_j of each pixel (in red, σ_j = 0)"), fontsize=10
    )
    for _ax in (_left, _right):
        _ax.set_xticks([0, 7])
        _ax.set_yticks([0, 7])
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(constant_pixels, digits, digits_guarded, digits_naive, kit, lang, np):
    _pixels = ", ".join(str(int(p)) for p in constant_pixels)
    _places = ", ".join(f"({int(p) // 8}, {int(p) % 8})" for p in constant_pixels)
    _naive_nan = int(np.isnan(digits_naive).any(axis=0).sum())
    kit.text(
        lang,
        es=rf"""
Los píxeles constantes son {len(constant_pixels)}, los de número {_pixels}, en las casillas (fila, columna)
{_places} de la imagen, todos con valor
{", ".join(f"{v:g}" for v in np.unique(digits.data[:, constant_pixels]))} en las
{len(digits.data)} imágenes. Con la fórmula directa, {_naive_nan} columnas de la matriz estandarizada
quedan llenas de `NaN` (en cualquier imagen que elijas); con la protegida no queda ninguno
(`np.isnan(...).sum()` = {int(np.isnan(digits_guarded).sum())}) y esas columnas valen 0. Ahora te
toca a ti.
""",
        en=rf"""
There are {len(constant_pixels)} constant pixels: numbers {_pixels}, at the cells (row, column)
{_places} of the image, all of them equal to
{", ".join(f"{v:g}" for v in np.unique(digits.data[:, constant_pixels]))} in the
{len(digits.data)} images. With the plain formula, {_naive_nan} columns of the standardised matrix
are full of `NaN` (whichever image you pick); with the guarded one there is none
(`np.isnan(...).sum()` = {int(np.isnan(digits_guarded).sum())}) and those columns are 0. Your turn
now.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_standardize = kit.exercise("standardize", lang)
    ex_standardize
    return (ex_standardize,)


@app.cell(hide_code=True)
def _(ex_standardize, kit):
    kit.feedback(ex_standardize)
    return


@app.cell(hide_code=True)
def _(ex_standardize, kit):
    kit.hints(ex_standardize)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 6. Todas las distancias entre dos grupos de puntos

Los k vecinos más cercanos, k-means y el kernel de una SVM necesitan la distancia de cada punto de un grupo $A$ a
cada punto de otro grupo $B$: una tabla $D$ de forma `(len(A), len(B))` con
$D_{ij} = \lVert a_i - b_j \rVert^2$ (al cuadrado: así no hace falta sacar raíces, y para comparar
distancias da lo mismo). La versión con bucles es la definición tal cual. La primera versión sin
bucles usa broadcasting en **tres** ejes: `A[:, None, :]` tiene forma `(n_A, 1, d)` y
`B[None, :, :]` forma `(1, n_B, d)`, así que su resta es `(n_A, n_B, d)`, todas las diferencias
$a_i - b_j$ a la vez; sumar los cuadrados por el último eje deja `(n_A, n_B)`.
""",
        en=r"""
## 6. Every distance between two groups of points

k-nearest neighbours, k-means and an SVM's kernel need the distance from each point of a group
$A$ to each point of another group $B$: a table $D$ of shape `(len(A), len(B))` with
$D_{ij} = \lVert a_i - b_j \rVert^2$ (squared: no square roots needed, and for comparing
distances it makes no difference). The loop version is the definition as it stands. The first
loop-free version uses broadcasting on **three** axes: `A[:, None, :]` has shape `(n_A, 1, d)` and
`B[None, :, :]` has shape `(1, n_B, d)`, so their difference is `(n_A, n_B, d)`, every difference
$a_i - b_j$ at once; adding the squares along the last axis leaves `(n_A, n_B)`.
""",
    )
    return


@app.cell(hide_code=True)
def _(X, best_time, mo, np):
    def distances_loop(A, B):
        D = np.zeros((len(A), len(B)))
        for i in range(len(A)):
            for j in range(len(B)):
                D[i, j] = np.sum((A[i] - B[j]) ** 2)
        return D

    def distances_3d(A, B):
        differences = A[:, None, :] - B[None, :, :]  # (n_A, n_B, d)
        return (differences**2).sum(axis=2)

    iris_distances = distances_3d(X, X)  # (150, 150)
    time_loop = best_time(distances_loop, X, X, repeats=1)
    time_3d = best_time(distances_3d, X, X)
    same = np.allclose(distances_loop(X, X), iris_distances)
    mo.show_code()
    return distances_3d, iris_distances, same, time_3d, time_loop


@app.cell(hide_code=True)
def _(iris_distances, kit, lang, plt):
    _fig, _ax = plt.subplots(figsize=(5.6, 4.8))
    _shown = _ax.imshow(iris_distances, cmap="magma_r")
    _fig.colorbar(_shown, ax=_ax, label=kit.say(lang, es="distancia al cuadrado (cm²)", en="squared distance (cm²)"))
    for _edge in (49.5, 99.5):
        _ax.axhline(_edge, color="white", lw=0.8)
        _ax.axvline(_edge, color="white", lw=0.8)
    _ax.set_xlabel(kit.say(lang, es="flor j", en="flower j"))
    _ax.set_ylabel(kit.say(lang, es="flor i", en="flower i"))
    _ax.set_title(
        kit.say(
            lang,
            es=f"Iris: D[i, j] para las {len(iris_distances)} × {len(iris_distances)} parejas",
            en=f"Iris: D[i, j] for the {len(iris_distances)} × {len(iris_distances)} pairs",
        ),
        fontsize=10,
    )
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(X, iris_distances, kit, lang, np, same, time_3d, time_loop):
    _setosa = iris_distances[:50, :50].mean()
    _setosa_virginica = iris_distances[:50, 100:].mean()
    _memory = X.shape[0] * X.shape[0] * X.shape[1] * 8
    kit.text(
        lang,
        es=rf"""
Las dos versiones dan la misma tabla (`np.allclose` = {same}); el doble bucle tardó
{time_loop * 1e3:.1f} ms y la de tres ejes {time_3d * 1e3:.2f} ms: **{time_loop / time_3d:.0f}
veces** menos. La imagen es $D$ con `imshow`: los datos vienen ordenados por especie (las líneas
blancas separan las tres), y se ven bloques. Dentro de las setosas la distancia al cuadrado media
es {_setosa:.2f} cm²; entre setosas y virginicas, {_setosa_virginica:.1f} cm². La diagonal es 0:
cada flor está a distancia 0 de sí misma. Y la tabla es simétrica: `np.allclose(D, D.T)` =
{np.allclose(iris_distances, iris_distances.T)}.

La versión de tres ejes tiene un precio: arma un arreglo intermedio de $n_A \cdot n_B \cdot d$
números ({_memory / 1e6:.2f} MB aquí, pero con 10 000 puntos contra 10 000 en 64 dimensiones
serían {10_000 * 10_000 * 64 * 8 / 1e9:.0f} GB). La segunda fórmula evita ese arreglo. Desarrolla el cuadrado:

$$
\lVert a-b\rVert^2 = (a-b)\cdot(a-b) = a\cdot a - 2\,a\cdot b + b\cdot b = \lVert a\rVert^2+\lVert b\rVert^2-2\,a\cdot b
$$

El primer término depende solo de $i$, el segundo solo de $j$, y los productos punto $a_i \cdot b_j$
de todos los pares son las entradas de **un** producto de matrices. Tu trabajo es escribirla con
broadcasting. Cuidado con dos cosas: un término solo de $i$ tiene que cambiar de fila en fila
(¿qué forma necesita?), y la resta de números casi iguales deja errores de redondeo que pueden
caer un poquito por debajo de 0 donde la distancia es 0.
""",
        en=rf"""
Both versions give the same table (`np.allclose` = {same}); the double loop took
{time_loop * 1e3:.1f} ms and the three-axis one {time_3d * 1e3:.2f} ms: **{time_loop / time_3d:.0f}
times** less. The image is $D$ with `imshow`: the data come sorted by species (the white lines
separate the three), and blocks show. Within the setosas the mean squared distance is
{_setosa:.2f} cm²; between setosas and virginicas, {_setosa_virginica:.1f} cm². The diagonal is 0:
each flower is at distance 0 from itself. And the table is symmetric: `np.allclose(D, D.T)` =
{np.allclose(iris_distances, iris_distances.T)}.

The three-axis version has a price: it builds an intermediate array of $n_A \cdot n_B \cdot d$
numbers ({_memory / 1e6:.2f} MB here, but 10 000 points against 10 000 in 64 dimensions would take
{10_000 * 10_000 * 64 * 8 / 1e9:.0f} GB). The second formula avoids that array. Expand the square:

$$
\lVert a-b\rVert^2 = (a-b)\cdot(a-b) = a\cdot a - 2\,a\cdot b + b\cdot b = \lVert a\rVert^2+\lVert b\rVert^2-2\,a\cdot b
$$

The first term depends on $i$ only, the second on $j$ only, and the dot products $a_i \cdot b_j$
of all pairs are the entries of **one** matrix product. Your job is to write it with
broadcasting. Mind two things: a term that depends on $i$ only must change from row to row
(which shape does it need?), and subtracting nearly equal numbers leaves round-off errors that
can fall a hair below 0 where the distance is 0.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_pairwise_sq_distances = kit.exercise("pairwise_sq_distances", lang)
    ex_pairwise_sq_distances
    return (ex_pairwise_sq_distances,)


@app.cell(hide_code=True)
def _(ex_pairwise_sq_distances, kit):
    kit.feedback(ex_pairwise_sq_distances)
    return


@app.cell(hide_code=True)
def _(ex_pairwise_sq_distances, kit):
    kit.hints(ex_pairwise_sq_distances)
    return


@app.cell(hide_code=True)
def _(X, kit, lang, np):
    # After the exercise: how far below 0 the expansion falls on iris, and how clipping fixes it.
    _sq = (X**2).sum(axis=1)
    _expanded = _sq[:, None] + _sq[None, :] - 2 * X @ X.T
    _diagonal = np.diag(_expanded)
    _clipped = np.maximum(_expanded, 0.0)
    kit.text(
        lang,
        es=rf"""
Con las {len(X)} flores contra sí mismas, la fórmula desarrollada da en la diagonal números entre
${kit.tex_number(float(_diagonal.min()), 2)}$ y ${kit.tex_number(float(_diagonal.max()), 2)}$ en vez
de 0 exacto: {int((_expanded < 0).sum())} entradas negativas. `np.maximum(D, 0.0)` las lleva a 0,
pero no toca los errores positivos: la diagonal queda a menos de
${kit.tex_number(float(np.abs(np.diag(_clipped)).max()), 2)}$ de 0, no en 0 exacto. Por eso los
resultados numéricos se comparan con una tolerancia (`np.allclose`), nunca con `==`.
""",
        en=rf"""
With the {len(X)} flowers against themselves, the expanded formula gives diagonal entries between
${kit.tex_number(float(_diagonal.min()), 2)}$ and ${kit.tex_number(float(_diagonal.max()), 2)}$
instead of an exact 0: {int((_expanded < 0).sum())} negative entries. `np.maximum(D, 0.0)` takes them
to 0, but leaves the positive errors alone: the diagonal ends within
${kit.tex_number(float(np.abs(np.diag(_clipped)).max()), 2)}$ of 0, not at an exact 0. That is why
numerical results are compared with a tolerance (`np.allclose`), never with `==`.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 7. One-hot: etiquetas como matriz

Un clasificador de $k$ clases no predice «la clase 2»: predice $k$ probabilidades, una por clase.
Para compararlas con la respuesta, la etiqueta $y_i$ se escribe como una fila de $k$ números con un
solo 1, en la columna $y_i$: su codificación **one-hot**. Para $y = (2, 0, 1)$ y $k = 3$:

$$
Y = \begin{pmatrix} 0 & 0 & 1 \\ 1 & 0 & 0 \\ 0 & 1 & 0 \end{pmatrix}, \qquad Y_{ik} = \begin{cases} 1 & y_i = k \\ 0 & y_i \neq k \end{cases}
$$

La forma es `(n, k)`: una fila por muestra, como en `X`. La casilla $(i, k)$ responde una pregunta
de sí o no que mezcla un índice de fila con uno de columna… justo lo que hace el broadcasting.
El número de columnas lo fija $k$, no los datos: un lote de muestras puede no traer ninguna de la
última clase.
""",
        en=r"""
## 7. One-hot: labels as a matrix

A $k$-class classifier does not predict “class 2”: it predicts $k$ probabilities, one per class.
To compare them with the answer, the label $y_i$ is written as a row of $k$ numbers with a single
1, in column $y_i$: its **one-hot** encoding. For $y = (2, 0, 1)$ and $k = 3$:

$$
Y = \begin{pmatrix} 0 & 0 & 1 \\ 1 & 0 & 0 \\ 0 & 1 & 0 \end{pmatrix}, \qquad Y_{ik} = \begin{cases} 1 & y_i = k \\ 0 & y_i \neq k \end{cases}
$$

The shape is `(n, k)`: one row per sample, as in `X`. Cell $(i, k)$ answers a yes-or-no question
that mixes a row index with a column index… exactly what broadcasting does. The number of columns
is set by $k$, not by the data: a batch of samples may hold none of the last class.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_one_hot = kit.exercise("one_hot", lang)
    ex_one_hot
    return (ex_one_hot,)


@app.cell(hide_code=True)
def _(ex_one_hot, kit):
    kit.feedback(ex_one_hot)
    return


@app.cell(hide_code=True)
def _(ex_one_hot, kit):
    kit.hints(ex_one_hot)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 8. Las cuatro gráficas del curso

Ya viste tres: **líneas** (`ax.plot`, sección 2 y 4), **dispersión** (`ax.scatter`, sección 1) e
**imagen** (`ax.imshow`, secciones 5 y 6). Falta la de **curvas de nivel** (`ax.contour`), que
dibuja una función de dos variables $f(x, y)$ como un mapa topográfico: cada curva une los puntos
donde $f$ vale lo mismo. Es la gráfica de las funciones de costo en los módulos de cálculo y
optimización.

Para dibujarla hace falta $f$ en una cuadrícula, y el broadcasting la arma sin bucles ni
`meshgrid`: `xs[None, :]` es una fila `(1, n_x)` y `ys[:, None]` una columna `(n_y, 1)`, así que
cualquier cuenta con las dos da `(n_y, n_x)`, con la fila $i$ para $y_i$ y la columna $j$ para
$x_j$. Es el orden que espera `ax.contour(xs, ys, Z)`. Aquí $f$ es la distancia al cuadrado, en el
plano de los pétalos, a la media más cercana de las tres especies:

$$
f(x, y) = \min_{k} \left[ (x - m_{k1})^2 + (y - m_{k2})^2 \right]
$$

donde $(m_{k1}, m_{k2})$ es el largo y el ancho medio del pétalo de la especie $k$.
""",
        en=r"""
## 8. The course's four kinds of plot

You have seen three: **lines** (`ax.plot`, sections 2 and 4), **scatter** (`ax.scatter`, section
1) and **image** (`ax.imshow`, sections 5 and 6). The one left is the **contour** plot
(`ax.contour`), which draws a function of two variables $f(x, y)$ as a topographic map: each curve
joins the points where $f$ takes the same value. It is the plot of cost functions in the calculus
and optimisation modules.

To draw it you need $f$ on a grid, and broadcasting builds one with no loops and no `meshgrid`:
`xs[None, :]` is a row `(1, n_x)` and `ys[:, None]` a column `(n_y, 1)`, so any computation with
both gives `(n_y, n_x)`, with row $i$ for $y_i$ and column $j$ for $x_j$. That is the order
`ax.contour(xs, ys, Z)` expects. Here $f$ is the squared distance, in the plane of the petals, to
the nearest of the three species' means:

$$
f(x, y) = \min_{k} \left[ (x - m_{k1})^2 + (y - m_{k2})^2 \right]
$$

where $(m_{k1}, m_{k2})$ is species $k$'s mean petal length and width.
""",
    )
    return


@app.cell(hide_code=True)
def _(mo, np, species_means):
    xs = np.linspace(0.5, 7.5, 101)  # (101,)
    ys = np.linspace(-0.2, 2.9, 81)  # (81,)
    petal_means = np.array(species_means)[:, 2:]  # (3, 2)
    # (1, 101) + (81, 1) -> (81, 101): Z[i, j] ↔ (xs[j], ys[i])
    to_each_mean = np.array([(xs[None, :] - mx) ** 2 + (ys[:, None] - my) ** 2 for mx, my in petal_means])
    Z = to_each_mean.min(axis=0)  # (3, 81, 101) -> (81, 101)
    nearest_species = to_each_mean.argmin(axis=0)  # (81, 101)
    mo.show_code()
    return Z, nearest_species, petal_means, to_each_mean, xs, ys


@app.cell(hide_code=True)
def _(X, Z, iris, kit, lang, nearest_species, np, petal_means, plt, xs, y, ys):
    from matplotlib.colors import ListedColormap as _ListedColormap

    _colors = ("tab:blue", "tab:orange", "tab:green")
    _fig, _ax = plt.subplots(figsize=(7.2, 4.6))
    _ax.contourf(xs, ys, nearest_species, levels=[-0.5, 0.5, 1.5, 2.5], cmap=_ListedColormap(_colors), alpha=0.12)
    _lines = _ax.contour(xs, ys, Z, levels=[0.1, 0.25, 0.5, 1, 2], colors="0.35", linewidths=0.9)
    _ax.clabel(_lines, fontsize=7, fmt="%g")
    for _k, _color in enumerate(_colors):
        _ax.scatter(X[y == _k, 2], X[y == _k, 3], s=12, color=_color, alpha=0.8, label=str(iris.target_names[_k]))
    _ax.plot(
        petal_means[:, 0], petal_means[:, 1], "*", color="black", ms=13, label=kit.say(lang, es="medias", en="means")
    )
    _ax.set_xlim(xs[0], xs[-1])
    _ax.set_ylim(ys[0], ys[-1])
    _ax.set_xlabel(kit.say(lang, es="largo del pétalo (cm)", en="petal length (cm)"))
    _ax.set_ylabel(kit.say(lang, es="ancho del pétalo (cm)", en="petal width (cm)"))
    _ax.set_title(
        kit.say(
            lang,
            es="Curvas de nivel de f: distancia² a la media más cercana",
            en="Contours of f: squared distance to the nearest mean",
        ),
        fontsize=10,
    )
    _ax.legend(fontsize=8, loc="upper left")
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(X, Z, kit, lang, nearest_species, np, to_each_mean, xs, y, ys):
    # The same rule applied to the flowers themselves: the nearest species mean as a prediction.
    _means = np.array([X[y == k, 2:].mean(axis=0) for k in range(3)])
    _to_means = ((X[:, None, 2:] - _means[None, :, :]) ** 2).sum(axis=2)  # (150, 3)
    _agree = float((_to_means.argmin(axis=1) == y).mean())
    kit.text(
        lang,
        es=rf"""
`Z` tiene forma `{Z.shape}` = `(len(ys), len(xs))`, y `to_each_mean` `{to_each_mean.shape}`: una
capa por especie, reducida con `min(axis=0)`. Los colores de fondo (`contourf`, curvas de nivel
rellenas) muestran qué media está más cerca en cada punto. Si clasificas cada flor por la especie
de la media más cercana, aciertas en el {100 * _agree:.1f} % de las {len(y)}: un primer clasificador,
hecho solo con medias y broadcasting.

| gráfica | llamada | para qué | lo que hay que revisar |
|:---|:---|:---|:---|
| líneas | `ax.plot(x, y)` | una función, una curva de aprendizaje, un costo por paso | ejes con nombre; escala log si los valores cubren órdenes de magnitud |
| dispersión | `ax.scatter(x1, x2, c=...)` | muestras en dos variables, coloreadas por clase | una leyenda que diga qué es cada color |
| curvas de nivel | `ax.contour(xs, ys, Z)` | una función de dos variables, un costo $J(w, b)$ | `Z.shape == (len(ys), len(xs))`; `set_aspect("equal")` si importan los ángulos |
| imagen | `ax.imshow(M)` | una matriz: una imagen, una tabla de distancias | la fila 0 va arriba; una barra de color (`colorbar`) con su escala |
""",
        en=rf"""
`Z` has shape `{Z.shape}` = `(len(ys), len(xs))`, and `to_each_mean` `{to_each_mean.shape}`: one
layer per species, reduced with `min(axis=0)`. The background colours (`contourf`, filled
contours) show which mean is nearest at each point. If you classify each flower by the species of
the nearest mean, you get {100 * _agree:.1f} % of the {len(y)} right: a first classifier, made of means
and broadcasting alone.

| plot | call | what for | what to check |
|:---|:---|:---|:---|
| lines | `ax.plot(x, y)` | a function, a learning curve, a cost per step | named axes; a log scale when the values span orders of magnitude |
| scatter | `ax.scatter(x1, x2, c=...)` | samples in two features, coloured by class | a legend saying what each colour is |
| contour | `ax.contour(xs, ys, Z)` | a function of two variables, a cost $J(w, b)$ | `Z.shape == (len(ys), len(xs))`; `set_aspect("equal")` when angles matter |
| image | `ax.imshow(M)` | a matrix: an image, a table of distances | row 0 is at the top; a colour bar (`colorbar`) with its scale |
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 9. Autoevaluación

Cuatro preguntas rápidas. La respuesta se corrige en cuanto eliges una opción.
""",
        en=r"""
## 9. Self-check

Four quick questions. Your answer is checked as soon as you pick an option.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, loop_times, numpy_times, speedup):
    T, Question = kit.T, kit.Question
    QUIZ = [
        Question(
            T(
                es="**1.** ¿Qué forma tiene `np.zeros((3, 1)) + np.zeros(4)`?",
                en="**1.** What is the shape of `np.zeros((3, 1)) + np.zeros(4)`?",
            ),
            (
                T.same("(3, 4)"),
                T.same("(3, 1)"),
                T.same("(4,)"),
                T(es="da error: 3 y 4 no coinciden", en="an error: 3 and 4 do not match"),
            ),
            answer=0,
            why=T(
                es="Alineadas a la derecha, `(3, 1)` y `(4,)` son `3 × 1` y `1 × 4` (al vector le falta un eje a la "
                "izquierda, que cuenta como 1). En cada eje uno de los tamaños es 1, así que se estiran los dos: "
                "`(3, 4)`. El 3 y el 4 nunca se comparan entre sí: están en ejes distintos.",
                en="Aligned on the right, `(3, 1)` and `(4,)` are `3 × 1` and `1 × 4` (the vector lacks an axis on the "
                "left, which counts as 1). On each axis one of the sizes is 1, so both are stretched: `(3, 4)`. The 3 "
                "and the 4 are never compared: they sit on different axes.",
            ),
        ),
        Question(
            T(
                es="**2.** `X` tiene forma `(150, 4)`. `X.mean(axis=0)` tiene forma `(4,)`. ¿Qué pasa con "
                "`X - X.mean(axis=1)`?",
                en="**2.** `X` has shape `(150, 4)`. `X.mean(axis=0)` has shape `(4,)`. What happens with "
                "`X - X.mean(axis=1)`?",
            ),
            (
                T(
                    es="da forma (150, 4): cada fila menos su media",
                    en="it gives shape (150, 4): each row minus its mean",
                ),
                T(es="da error; con keepdims=True funciona", en="an error; with keepdims=True it works"),
                T(es="da forma (150, 150)", en="it gives shape (150, 150)"),
                T(es="da forma (150,)", en="it gives shape (150,)"),
            ),
            answer=1,
            why=T(
                es="`X.mean(axis=1)` tiene forma `(150,)`; alineada a la derecha contra `(150, 4)` queda `1 × 150` "
                "frente a `150 × 4`, y 150 contra 4 no se puede: `ValueError`. Con `keepdims=True` la media es "
                "`(150, 1)`, una columna, y cada fila menos su media da `(150, 4)`.",
                en="`X.mean(axis=1)` has shape `(150,)`; aligned on the right against `(150, 4)` it is `1 × 150` "
                "against `150 × 4`, and 150 against 4 cannot work: `ValueError`. With `keepdims=True` the mean is "
                "`(150, 1)`, a column, and each row minus its mean gives `(150, 4)`.",
            ),
        ),
        Question(
            T(
                es="**3.** Ahora `X` tiene forma `(4, 4)`. ¿Por qué es peligroso `X - X.mean(axis=1)`?",
                en="**3.** Now `X` has shape `(4, 4)`. Why is `X - X.mean(axis=1)` dangerous?",
            ),
            (
                T(es="porque da error", en="because it raises an error"),
                T(
                    es="porque no da error, pero resta cada media en el eje equivocado",
                    en="because it raises no error, but subtracts each mean along the wrong axis",
                ),
                T(es="porque el resultado tiene otra forma", en="because the result has another shape"),
                T(
                    es="no es peligroso: con matrices cuadradas funciona bien",
                    en="it is not dangerous: with square matrices it works fine",
                ),
            ),
            answer=1,
            why=T(
                es="La media de las filas es `(4,)`, que se alinea como una **fila** `1 × 4` y encaja sin error con "
                "`4 × 4`. El elemento $j$ se resta a toda la **columna** $j$: la media de la fila 2 termina en la "
                "columna 2. El resultado tiene la forma correcta y los números equivocados. Por eso conviene "
                "`keepdims=True` y probar con datos no cuadrados.",
                en="The row means are `(4,)`, which is aligned as a **row** `1 × 4` and fits `4 × 4` with no error. "
                "Element $j$ is subtracted from the whole **column** $j$: the mean of row 2 ends up in column 2. The "
                "result has the right shape and the wrong numbers. That is why `keepdims=True` and non-square test "
                "data are worth it.",
            ),
        ),
        Question(
            T(
                es="**4.** Para sumar un millón de números, ¿cuánto más rápido es `np.sum(values)` que un bucle `for` de Python?",
                en="**4.** To add up a million numbers, how much faster is `np.sum(values)` than a Python `for` loop?",
            ),
            (
                T(
                    es="más o menos igual: la computadora hace las mismas sumas",
                    en="about the same: the computer does the same additions",
                ),
                T(es="unas 2 o 3 veces", en="about 2 or 3 times"),
                T(es="de decenas a miles de veces", en="from tens to thousands of times"),
                T(es="un millón de veces: NumPy no hace un bucle", en="a million times: NumPy runs no loop"),
            ),
            answer=2,
            why=T(
                es=f"En la medición de la sección 4, en esta computadora: {loop_times[-1] * 1e3:.1f} ms contra "
                f"{numpy_times[-1] * 1e3:.2f} ms, unas {speedup:.0f} veces. Las sumas son las mismas (NumPy también "
                "recorre los números, en código compilado); lo que desaparece es el costo de interpretar cada vuelta "
                "del bucle de Python y crear un objeto por número.",
                en=f"In section 4's measurement, on this computer: {loop_times[-1] * 1e3:.1f} ms against "
                f"{numpy_times[-1] * 1e3:.2f} ms, about {speedup:.0f} times. The additions are the same (NumPy walks "
                "through the numbers too, in compiled code); what disappears is the cost of interpreting each turn of "
                "the Python loop and making an object per number.",
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
## 10. Resumen

- Un arreglo tiene forma y número de ejes. En el curso, `X` es `(n_samples, n_features)` y un vector es `(n,)`; `(n,)` y `(n, 1)` guardan los mismos números pero no son lo mismo.
- Una reducción con `axis=k` hace desaparecer el eje $k$: `X.mean(axis=0)` da una media por columna y `X.mean(axis=1)` una por fila; `keepdims=True` deja ese eje con tamaño 1, listo para volver a operar con `X`.
- Broadcasting: se alinean las formas a la derecha y en cada eje los tamaños son iguales o uno es 1 (que se estira). Si no, `ValueError`.
- Sus trampas no avisan: `(n,)` contra `(n, 1)` da una matriz de $n \times n$; en una matriz cuadrada, un vector de medias por fila se resta por columnas. Revisa las formas con `assert` y prueba con datos no cuadrados.
- Vectorizar cambia el bucle de Python por uno compilado: en la medición de esta lección, de decenas a miles de veces menos tiempo. Mide antes de afirmar una aceleración.
- Estandarizar es $z_{ij} = (x_{ij} - \mu_j)/\sigma_j$ por columnas, con `ddof=0`; una columna constante se divide entre 1 para que quede en 0 y no en `NaN`.
- Las distancias de todos los pares salen de $\lVert a\rVert^2+\lVert b\rVert^2-2\,a\cdot b$ con una columna, una fila y un producto de matrices; el redondeo pide recortar en 0 y comparar con tolerancia.
- One-hot: `(n, k)`, con $k$ dado y no sacado de los datos.
- Cuatro gráficas: `plot` (líneas), `scatter` (dispersión), `contour` (curvas de nivel, con `Z` de forma `(len(ys), len(xs))`) e `imshow` (matrices e imágenes).
""",
        en=r"""
## 10. Summary

- An array has a shape and a number of axes. In the course `X` is `(n_samples, n_features)` and a vector is `(n,)`; `(n,)` and `(n, 1)` hold the same numbers but are not the same thing.
- A reduction with `axis=k` makes axis $k$ disappear: `X.mean(axis=0)` gives one mean per column and `X.mean(axis=1)` one per row; `keepdims=True` keeps that axis with size 1, ready to combine with `X` again.
- Broadcasting: align the shapes on the right; on each axis the sizes are equal or one of them is 1 (and gets stretched). Otherwise, `ValueError`.
- Its traps give no warning: `(n,)` against `(n, 1)` gives an $n \times n$ matrix; in a square matrix, a vector of row means is subtracted along the columns. Check shapes with `assert` and test with non-square data.
- Vectorising swaps the Python loop for a compiled one: in this lesson's measurement, tens to thousands of times less time. Measure before you claim a speed-up.
- Standardising is $z_{ij} = (x_{ij} - \mu_j)/\sigma_j$ by columns, with `ddof=0`; a constant column is divided by 1 so that it ends up 0 and not `NaN`.
- All pairwise distances come from $\lVert a\rVert^2+\lVert b\rVert^2-2\,a\cdot b$ with a column, a row and one matrix product; round-off calls for clipping at 0 and comparing with a tolerance.
- One-hot: `(n, k)`, with $k$ given, not read off the data.
- Four plots: `plot` (lines), `scatter`, `contour` (with `Z` of shape `(len(ys), len(xs))`) and `imshow` (matrices and images).
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es="## 11. Para seguir: recursos de la guía de estudio",
        en="## 11. Keep going: resources from the study guide",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.resources("numpy-arrays-broadcasting", lang)
    return


if __name__ == "__main__":
    app.run()
