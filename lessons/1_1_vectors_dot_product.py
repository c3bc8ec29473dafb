import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 1.1")


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
    kit.header("vectors-dot-product", lang)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Para una computadora, una flor, un vino o una imagen son listas de números: vectores. Casi
todo lo que un modelo hace con ellos se reduce a dos preguntas, *¿qué tan lejos están?* y
*¿apuntan hacia el mismo lado?* En esta lección respondes las dos con tres herramientas, la
norma, el producto punto y la proyección, y las usas para buscar vecinos en datos reales.

**Al terminar podrás:**

- tratar una fila de datos como un vector de $\mathbb{R}^d$: sumarlo, escalarlo y medir distancias;
- calcular las normas $L_1$, $L_2$ y $L_\infty$, dibujar sus bolas unidad y explicar por qué con $p < 1$ ya no hay norma;
- relacionar el producto punto con el ángulo, $u \cdot v = \lVert u\rVert\,\lVert v\rVert\cos\theta$, y calcular la similitud coseno;
- proyectar un vector sobre otro y partirlo en una parte paralela y otra perpendicular;
- comparar los vecinos más cercanos por distancia euclidiana y por coseno en un conjunto de datos real.
""",
        en=r"""
To a computer, a flower, a wine or an image is a list of numbers: a vector. Almost
everything a model does with them comes down to two questions, *how far apart are they?*
and *do they point the same way?* In this lesson you answer both with three tools, the
norm, the dot product and the projection, and use them to find neighbours in real data.

**By the end you will be able to:**

- treat a row of data as a vector in $\mathbb{R}^d$: add it, scale it and measure distances;
- compute the $L_1$, $L_2$ and $L_\infty$ norms, draw their unit balls and explain why $p < 1$ no longer gives a norm;
- relate the dot product to the angle, $u \cdot v = \lVert u\rVert\,\lVert v\rVert\cos\theta$, and compute cosine similarity;
- project one vector onto another and split it into a parallel and a perpendicular part;
- compare nearest neighbours by Euclidean distance and by cosine on a real data set.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 0. ¿Por qué vectores en machine learning?

Una tabla de datos `X` tiene forma `(n_muestras, n_variables)`: cada fila es una muestra y
cada columna una variable. Esa fila es un vector de $\mathbb{R}^d$, con $d$ = número de
variables (en el código, un arreglo 1-D). Con esa idea:

- el clasificador de los $k$ vecinos más cercanos decide por los datos más *parecidos*, y
  “parecido” es una distancia o un ángulo;
- un buscador de textos, o un recomendador, compara vectores por su similitud coseno;
- una neurona, o un modelo lineal, calcula $w \cdot x + b$: un producto punto entre los pesos y
  el dato;
- la regularización, que verás en los módulos 4 y 5, castiga el tamaño de los pesos medido con una norma.
""",
        en=r"""
## 0. Why vectors in machine learning?

A data table `X` has shape `(n_samples, n_features)`: each row is a sample and each column a
feature. That row is a vector in $\mathbb{R}^d$, with $d$ = the number of features (in code,
a 1-D array). With that idea:

- the $k$-nearest-neighbours classifier decides by the most *similar* data, and “similar” is
  a distance or an angle;
- a text search engine, or a recommender, compares vectors by their cosine similarity;
- a neuron, or a linear model, computes $w \cdot x + b$: a dot product between the weights and
  the data point;
- regularisation, which you will meet in modules 4 and 5, penalises the size of the weights measured with a norm.
""",
    )
    return


@app.cell(hide_code=True)
def _(np):
    # Iris (comes with Gradiente): 150 flowers, 4 measurements in cm, 3 species.
    from gradiente.datasets import load_iris

    _iris = load_iris()
    iris_X = _iris.data
    iris_y = _iris.target
    iris_species = [str(name) for name in _iris.target_names]
    flower_a, flower_b = iris_X[0], iris_X[50]  # the first setosa and the first versicolor
    difference_ab = flower_a - flower_b
    distance_ab = float(np.sqrt(difference_ab @ difference_ab))
    return difference_ab, distance_ab, flower_a, flower_b, iris_X, iris_species, iris_y


@app.cell(hide_code=True)
def _(difference_ab, distance_ab, flower_a, flower_b, iris_X, kit, lang):
    def _vec(values):
        return "(" + ",\\ ".join(f"{value:g}" for value in values) + ")"

    def _plain(values):
        return "(" + ", ".join(f"{value:g}" for value in values) + ")"

    kit.text(
        lang,
        es=rf"""
## 1. Un dato es un vector

El conjunto *iris* (viene con Gradiente: `gradiente.datasets.load_iris`) tiene
{len(iris_X)} flores, cada una con {iris_X.shape[1]} medidas en centímetros: largo y ancho del
sépalo, largo y ancho del pétalo. La flor 0 (una *setosa*) es el vector
$a = {_vec(flower_a)}$ y la flor 50 (una *versicolor*) es $b = {_vec(flower_b)}$.

Sumar vectores y multiplicarlos por un número se hace coordenada a coordenada. La
**diferencia** $a - b$ es la flecha que va de $b$ a $a$, y su largo es la **distancia
euclidiana**:

$$
\lVert a - b\rVert_2 = \sqrt{{\sum_{{i=1}}^{{d}} (a_i - b_i)^2}}
$$

```python
a, b = X[0], X[50]
a - b                       # {_plain(difference_ab)}
np.sqrt((a - b) @ (a - b))  # {distance_ab:.4f}
```

En la gráfica ves solo dos de las cuatro medidas (las del pétalo), para poder dibujar las
flechas; la distancia de arriba usa las cuatro.
""",
        en=rf"""
## 1. A data point is a vector

The *iris* data set (it comes with Gradiente: `gradiente.datasets.load_iris`) has
{len(iris_X)} flowers, each with {iris_X.shape[1]} measurements in centimetres: sepal length
and width, petal length and width. Flower 0 (a *setosa*) is the vector
$a = {_vec(flower_a)}$ and flower 50 (a *versicolor*) is $b = {_vec(flower_b)}$.

Adding vectors and multiplying them by a number work entry by entry. The **difference**
$a - b$ is the arrow from $b$ to $a$, and its length is the **Euclidean distance**:

$$
\lVert a - b\rVert_2 = \sqrt{{\sum_{{i=1}}^{{d}} (a_i - b_i)^2}}
$$

```python
a, b = X[0], X[50]
a - b                       # {_plain(difference_ab)}
np.sqrt((a - b) @ (a - b))  # {distance_ab:.4f}
```

The plot shows only two of the four measurements (the petal ones), so that the arrows can be
drawn; the distance above uses all four.
""",
    )
    return


@app.cell(hide_code=True)
def _(flower_a, flower_b, iris_X, iris_species, iris_y, kit, lang, plt):
    _fig, _ax = plt.subplots(figsize=(7, 4.2))
    for _k, _color in enumerate(("tab:blue", "tab:orange", "tab:green")):
        _rows = iris_y == _k
        _ax.scatter(iris_X[_rows, 2], iris_X[_rows, 3], s=12, color=_color, alpha=0.45, label=iris_species[_k])
    _arrow = dict(arrowstyle="-|>", lw=1.8, mutation_scale=14)
    for _point, _name in ((flower_a, "a"), (flower_b, "b")):
        _ax.annotate("", xy=(_point[2], _point[3]), xytext=(0, 0), arrowprops=dict(_arrow, color="0.25"))
        _ax.annotate(
            f"${_name}$",
            (_point[2], _point[3]),
            textcoords="offset points",
            xytext=(-14, 6),
            fontsize=12,
            bbox=dict(facecolor="white", edgecolor="none", alpha=0.8, pad=1),
        )
    _ax.annotate(
        "",
        xy=(flower_a[2], flower_a[3]),
        xytext=(flower_b[2], flower_b[3]),
        arrowprops=dict(_arrow, color="tab:red", ls="--"),
    )
    _middle = (flower_a[2:] + flower_b[2:]) / 2
    _ax.annotate(r"$a - b$", _middle, textcoords="offset points", xytext=(4, -14), color="tab:red", fontsize=12)
    _ax.set_xlim(0, 7.2)
    _ax.set_ylim(0, 2.7)
    _ax.set_xlabel(kit.say(lang, es="largo del pétalo (cm)", en="petal length (cm)"))
    _ax.set_ylabel(kit.say(lang, es="ancho del pétalo (cm)", en="petal width (cm)"))
    _ax.set_title(
        kit.say(lang, es="Cada flor es una flecha desde el origen", en="Each flower is an arrow from the origin")
    )
    _ax.legend(loc="upper left", fontsize=9)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(difference_ab, kit, lang, np):
    _l1 = float(np.abs(difference_ab).sum())
    _l2 = float(np.sqrt((difference_ab**2).sum()))
    _linf = float(np.abs(difference_ab).max())
    kit.text(
        lang,
        es=rf"""
## 2. Normas: varias maneras de medir el tamaño

La distancia euclidiana no es la única regla. Una **norma** $\lVert x\rVert$ mide el tamaño
de un vector y cumple tres cosas: es positiva salvo en $x = 0$, $\lVert c\,x\rVert = |c|\,\lVert x\rVert$,
y la **desigualdad triangular** $\lVert x + y\rVert \le \lVert x\rVert + \lVert y\rVert$ (ir
directo nunca es más largo que dar un rodeo). La familia más usada es la de las normas $p$:

$$
\lVert x\rVert_p = \Big(\sum_{{i=1}}^{{d}} |x_i|^p\Big)^{{1/p}}, \qquad \lVert x\rVert_\infty = \max_i |x_i|
$$

Con $p = 1$ sumas los valores absolutos (la distancia “en cuadras”, como al caminar por una
ciudad), con $p = 2$ tienes la euclidiana, y cuando $p$ crece manda la coordenada más grande.
Para la diferencia $a - b$ de la sección 1:

```python
np.abs(a - b).sum()            # L1  = {_l1:.4f}
np.sqrt(((a - b) ** 2).sum())  # L2  = {_l2:.4f}
np.abs(a - b).max()            # L∞ = {_linf:.4f}
```

Siempre $\lVert x\rVert_\infty \le \lVert x\rVert_2 \le \lVert x\rVert_1$. Para *ver* una norma se dibuja su
**bola unidad**, todos los puntos con $\lVert x\rVert_p = 1$. Mueve $p$:
""",
        en=rf"""
## 2. Norms: several ways to measure size

Euclidean distance is not the only ruler. A **norm** $\lVert x\rVert$ measures the size of a
vector and satisfies three things: it is positive except at $x = 0$,
$\lVert c\,x\rVert = |c|\,\lVert x\rVert$, and the **triangle inequality**
$\lVert x + y\rVert \le \lVert x\rVert + \lVert y\rVert$ (going straight is never longer than
a detour). The most used family is the $p$-norms:

$$
\lVert x\rVert_p = \Big(\sum_{{i=1}}^{{d}} |x_i|^p\Big)^{{1/p}}, \qquad \lVert x\rVert_\infty = \max_i |x_i|
$$

With $p = 1$ you add the absolute values (the “city block” distance, as when you walk along
streets), with $p = 2$ you get the Euclidean one, and as $p$ grows the largest entry takes
over. For the difference $a - b$ of section 1:

```python
np.abs(a - b).sum()            # L1  = {_l1:.4f}
np.sqrt(((a - b) ** 2).sum())  # L2  = {_l2:.4f}
np.abs(a - b).max()            # L∞ = {_linf:.4f}
```

Always $\lVert x\rVert_\infty \le \lVert x\rVert_2 \le \lVert x\rVert_1$. To *see* a norm, draw
its **unit ball**, every point with $\lVert x\rVert_p = 1$. Move $p$:
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    p_slider = mo.ui.slider(
        steps=[0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0],
        value=2.0,
        show_value=True,
        label=kit.say(lang, es="Exponente $p$", en="Exponent $p$"),
    )
    triangle_button = mo.ui.button(
        value=False,
        on_click=lambda shown: not shown,
        label=kit.say(lang, es="Mostrar / ocultar la desigualdad triangular", en="Show / hide the triangle inequality"),
    )
    mo.hstack([p_slider, triangle_button], justify="start", gap=2)
    return p_slider, triangle_button


@app.cell(hide_code=True)
def _(np):
    # Small pure cells: the unit ball of ‖·‖_p, traced by scaling each direction to norm 1.
    def p_norm(points, p):
        return (np.abs(points) ** p).sum(axis=-1) ** (1 / p)

    _angles = np.linspace(0, 2 * np.pi, 721)
    unit_directions = np.column_stack([np.cos(_angles), np.sin(_angles)])
    return p_norm, unit_directions


@app.cell(hide_code=True)
def _(np, p_norm, p_slider, unit_directions):
    p_value = p_slider.value
    ball = unit_directions / p_norm(unit_directions, p_value)[:, None]
    # The counterexample: x = (1, 0) and y = (0, 1) have norm 1 for every p; x + y = (1, 1) has 2^(1/p).
    norm_of_sum = float(p_norm(np.array([1.0, 1.0]), p_value))
    midpoint_norm = float(p_norm(np.array([0.5, 0.5]), p_value))
    return ball, midpoint_norm, norm_of_sum, p_value


@app.cell(hide_code=True)
def _(ball, kit, lang, norm_of_sum, np, p_norm, p_value, plt, triangle_button, unit_directions):
    _fig, _ax = plt.subplots(figsize=(5.6, 5.2))
    _ax.axhline(0, color="0.85", lw=0.8)
    _ax.axvline(0, color="0.85", lw=0.8)
    for _p, _style in ((1.0, ":"), (2.0, "--")):
        _ref = unit_directions / p_norm(unit_directions, _p)[:, None]
        _ax.plot(_ref[:, 0], _ref[:, 1], color="0.6", lw=1, ls=_style, label=f"$p = {_p:g}$")
    _ax.plot([-1, 1, 1, -1, -1], [-1, -1, 1, 1, -1], color="0.6", lw=1, ls="-.", label=r"$p = \infty$")
    _convex = p_value >= 1
    _color = "tab:blue" if _convex else "tab:red"
    _ax.fill(ball[:, 0], ball[:, 1], color=_color, alpha=0.15)
    _ax.plot(ball[:, 0], ball[:, 1], color=_color, lw=2.4, label=f"p = {p_value:g}")
    if triangle_button.value:
        _ax.plot([1, 0, 1], [0, 1, 1], "o", color="black", ms=6)
        _ax.plot([0, 1, 1], [0, 0, 1], color="black", lw=1.2)
        _ax.plot([0, 1], [0, 1], color=_color, lw=2)
        for _xy, _text in (((1, 0), "$x$"), ((0, 1), "$y$"), ((1, 1), "$x + y$")):
            _ax.annotate(_text, _xy, textcoords="offset points", xytext=(6, 6), fontsize=12)
        _ax.plot([0.5], [0.5], "s", color=_color, ms=6)
    _ax.set_xlim(-1.6, 1.6)
    _ax.set_ylim(-1.6, 1.6)
    _ax.set_aspect("equal")
    _ax.set_title(
        kit.say(
            lang,
            es=f"Bola unidad con $p$ = {p_value:g}" + ("" if _convex else ": no es convexa"),
            en=f"Unit ball for $p$ = {p_value:g}" + ("" if _convex else ": not convex"),
        ),
        color="black" if _convex else "tab:red",
    )
    _ax.legend(loc="lower left", fontsize=8)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang, midpoint_norm, mo, norm_of_sum, p_value, triangle_button):
    _holds = norm_of_sum <= 2 + 1e-12
    if not triangle_button.value:
        _out = kit.text(
            lang,
            es="Pulsa el botón para poner a prueba la desigualdad triangular con $x = (1, 0)$ y $y = (0, 1)$.",
            en="Press the button to test the triangle inequality with $x = (1, 0)$ and $y = (0, 1)$.",
        )
    elif _holds:
        _out = kit.text(
            lang,
            es=rf"""
Con $p = {p_value:g}$: $\lVert x\rVert_p = \lVert y\rVert_p = 1$ y $\lVert x + y\rVert_p = 2^{{1/p}} = {norm_of_sum:.4f} \le 2$.
La desigualdad se cumple, y el punto medio $(0.5, 0.5)$ (el cuadradito) tiene norma
${midpoint_norm:.4f} \le 1$: queda dentro de la bola.
""",
            en=rf"""
With $p = {p_value:g}$: $\lVert x\rVert_p = \lVert y\rVert_p = 1$ and $\lVert x + y\rVert_p = 2^{{1/p}} = {norm_of_sum:.4f} \le 2$.
The inequality holds, and the midpoint $(0.5, 0.5)$ (the small square) has norm
${midpoint_norm:.4f} \le 1$: it lies inside the ball.
""",
        )
    else:
        _out = mo.callout(
            kit.text(
                lang,
                es=rf"""
**Contraejemplo.** Con $p = {p_value:g}$: $\lVert x\rVert_p = \lVert y\rVert_p = 1$, pero
$\lVert x + y\rVert_p = 2^{{1/p}} = {norm_of_sum:.4f} > 2 = \lVert x\rVert_p + \lVert y\rVert_p$.
La desigualdad triangular falla, así que con $p < 1$ la fórmula **no es una norma**. Se ve en
el dibujo: el punto medio $(0.5, 0.5)$, a mitad de camino entre dos puntos de la bola, tiene
“norma” ${midpoint_norm:.4f} > 1$ y queda fuera. Una bola con esa forma de estrella no es
**convexa**.
""",
                en=rf"""
**Counterexample.** With $p = {p_value:g}$: $\lVert x\rVert_p = \lVert y\rVert_p = 1$, but
$\lVert x + y\rVert_p = 2^{{1/p}} = {norm_of_sum:.4f} > 2 = \lVert x\rVert_p + \lVert y\rVert_p$.
The triangle inequality fails, so for $p < 1$ the formula is **not a norm**. The picture shows
it: the midpoint $(0.5, 0.5)$, half-way between two points of the ball, has “norm”
${midpoint_norm:.4f} > 1$ and lies outside. A star-shaped ball like that is not **convex**.
""",
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
## 3. El producto punto y el ángulo

El **producto punto** de dos vectores de la misma longitud multiplica coordenada a coordenada
y suma:

$$
u \cdot v = \sum_{i=1}^{d} u_i\,v_i
$$

(en NumPy, `u @ v`)

Con él se escribe la norma euclidiana, $\lVert u\rVert = \sqrt{u \cdot u}$, y también el
ángulo. Desarrolla el largo de la diferencia con las reglas del producto punto:

$$
\lVert u - v\rVert^2 = (u - v)\cdot(u - v) = \lVert u\rVert^2 - 2\,u \cdot v + \lVert v\rVert^2
$$

La ley de los cosenos, en el triángulo de lados $u$, $v$ y $u - v$, dice lo mismo con el
ángulo $\theta$ entre $u$ y $v$: $\lVert u - v\rVert^2 = \lVert u\rVert^2 + \lVert v\rVert^2 - 2\,\lVert u\rVert\,\lVert v\rVert\cos\theta$.
Comparando las dos:

$$
u \cdot v = \lVert u\rVert\,\lVert v\rVert\cos\theta
$$

Como $|\cos\theta| \le 1$, sale gratis la **desigualdad de Cauchy–Schwarz**,
$|u \cdot v| \le \lVert u\rVert\,\lVert v\rVert$. El signo de $u \cdot v$ es el de $\cos\theta$:
positivo si el ángulo es agudo, cero en ángulo recto (vectores **ortogonales**), negativo si
es obtuso.

Mueve las dos flechas. La línea gris es la recta de $v$; la flecha morada es la **sombra** de
$u$ sobre esa recta (su proyección, sección 5) y la punteada, lo que le falta para llegar a $u$.
""",
        en=r"""
## 3. The dot product and the angle

The **dot product** of two vectors of the same length multiplies entry by entry and adds up:

$$
u \cdot v = \sum_{i=1}^{d} u_i\,v_i
$$

(in NumPy, `u @ v`)

It gives the Euclidean norm, $\lVert u\rVert = \sqrt{u \cdot u}$, and the angle too. Expand
the length of the difference with the rules of the dot product:

$$
\lVert u - v\rVert^2 = (u - v)\cdot(u - v) = \lVert u\rVert^2 - 2\,u \cdot v + \lVert v\rVert^2
$$

The law of cosines, in the triangle with sides $u$, $v$ and $u - v$, says the same with the
angle $\theta$ between $u$ and $v$: $\lVert u - v\rVert^2 = \lVert u\rVert^2 + \lVert v\rVert^2 - 2\,\lVert u\rVert\,\lVert v\rVert\cos\theta$.
Comparing the two:

$$
u \cdot v = \lVert u\rVert\,\lVert v\rVert\cos\theta
$$

Since $|\cos\theta| \le 1$, the **Cauchy–Schwarz inequality** comes for free,
$|u \cdot v| \le \lVert u\rVert\,\lVert v\rVert$. The sign of $u \cdot v$ is the sign of
$\cos\theta$: positive for an acute angle, zero at a right angle (**orthogonal** vectors),
negative for an obtuse one.

Move the two arrows. The grey line is the line of $v$; the purple arrow is the **shadow** of
$u$ on that line (its projection, section 5) and the dotted one is what it lacks to reach $u$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    u_angle = mo.ui.slider(
        0, 355, step=5, value=60, show_value=True, label=kit.say(lang, es="Ángulo de $u$ (°)", en="Angle of $u$ (°)")
    )
    u_length = mo.ui.slider(
        0.5, 3.0, step=0.25, value=2.0, show_value=True, label=kit.say(lang, es="Largo de $u$", en="Length of $u$")
    )
    v_angle = mo.ui.slider(
        0, 355, step=5, value=0, show_value=True, label=kit.say(lang, es="Ángulo de $v$ (°)", en="Angle of $v$ (°)")
    )
    v_length = mo.ui.slider(
        0.5, 3.0, step=0.25, value=2.5, show_value=True, label=kit.say(lang, es="Largo de $v$", en="Length of $v$")
    )
    mo.vstack(
        [mo.hstack([u_angle, u_length], justify="start", gap=2), mo.hstack([v_angle, v_length], justify="start", gap=2)]
    )
    return u_angle, u_length, v_angle, v_length


@app.cell(hide_code=True)
def _(np, u_angle, u_length, v_angle, v_length):
    # Small pure cell: the two arrows, their dot product, the angle between them and the shadow.
    from gradiente.linalg import angle as angle_between

    def arrow(degrees, length):
        radians = np.radians(degrees)
        return length * np.array([np.cos(radians), np.sin(radians)])

    u_vec = arrow(u_angle.value, u_length.value)
    v_vec = arrow(v_angle.value, v_length.value)
    dot_uv = float(u_vec @ v_vec)
    if abs(dot_uv) < 1e-9:
        dot_uv = 0.0  # cos(90°) rounds to 6e-17: the exact answer is 0
    theta_deg = float(angle_between(u_vec, v_vec, degrees=True))  # in [0°, 180°]
    shadow = (u_vec @ v_vec) / (v_vec @ v_vec) * v_vec
    remainder = u_vec - shadow
    return dot_uv, remainder, shadow, theta_deg, u_vec, v_vec


@app.cell(hide_code=True)
def _(dot_uv, kit, lang, np, plt, remainder, shadow, theta_deg, u_vec, v_vec):
    _sign_color = "tab:green" if dot_uv > 0 else ("tab:red" if dot_uv < 0 else "0.3")
    _fig, _ax = plt.subplots(figsize=(6.2, 5.6))
    _ax.axhline(0, color="0.9", lw=0.8)
    _ax.axvline(0, color="0.9", lw=0.8)
    _direction = v_vec / np.linalg.norm(v_vec)
    _ax.plot(*np.column_stack([-4 * _direction, 4 * _direction]), color="0.75", lw=1.2)
    _arrow = dict(arrowstyle="-|>", lw=2.2, mutation_scale=16)
    _ax.annotate("", xy=tuple(v_vec), xytext=(0, 0), arrowprops=dict(_arrow, color="tab:blue"))
    _ax.annotate("", xy=tuple(u_vec), xytext=(0, 0), arrowprops=dict(_arrow, color="black"))
    if np.linalg.norm(shadow) > 1e-9:
        _ax.annotate("", xy=tuple(shadow), xytext=(0, 0), arrowprops=dict(_arrow, color="tab:purple", lw=3))
    _ax.plot([shadow[0], u_vec[0]], [shadow[1], u_vec[1]], color="tab:purple", lw=1.4, ls=":")
    # the arc of θ, from v's direction to u's, the short way round
    _start = np.degrees(np.arctan2(v_vec[1], v_vec[0]))
    _turn = np.degrees(np.arctan2(v_vec[0] * u_vec[1] - v_vec[1] * u_vec[0], v_vec @ u_vec))
    _arc = np.radians(_start + np.linspace(0, _turn, 40))
    _ax.plot(0.45 * np.cos(_arc), 0.45 * np.sin(_arc), color=_sign_color, lw=1.5)
    _mid = np.radians(_start + _turn / 2)
    _ax.annotate(r"$\theta$", (0.7 * np.cos(_mid), 0.7 * np.sin(_mid)), color=_sign_color, fontsize=13, ha="center")
    _ax.annotate("$u$", tuple(u_vec), textcoords="offset points", xytext=(6, 6), fontsize=13)
    _ax.annotate("$v$", tuple(v_vec), textcoords="offset points", xytext=(6, -14), fontsize=13, color="tab:blue")
    _ax.set_xlim(-3.3, 3.3)
    _ax.set_ylim(-3.3, 3.3)
    _ax.set_aspect("equal")
    _ax.set_title(
        kit.say(
            lang, es=f"θ = {theta_deg:.0f}°,   u·v = {dot_uv:+.2f}", en=f"θ = {theta_deg:.0f}°,   u·v = {dot_uv:+.2f}"
        )
        if dot_uv
        else kit.say(
            lang, es=f"θ = {theta_deg:.0f}°,   u·v = 0: ortogonales", en=f"θ = {theta_deg:.0f}°,   u·v = 0: orthogonal"
        ),
        color=_sign_color,
        fontsize=13,
    )
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(dot_uv, kit, lang, np, remainder, shadow, theta_deg, u_vec, v_vec):
    _norm_u, _norm_v = float(np.linalg.norm(u_vec)), float(np.linalg.norm(v_vec))
    _cos = float(np.cos(np.radians(theta_deg)))
    _shadow_len, _rest_len = float(np.linalg.norm(shadow)), float(np.linalg.norm(remainder))
    _kind_es = (
        "agudo: $u \\cdot v > 0$"
        if dot_uv > 0
        else ("recto: $u \\cdot v = 0$" if dot_uv == 0 else "obtuso: $u \\cdot v < 0$")
    )
    _kind_en = (
        "acute: $u \\cdot v > 0$"
        if dot_uv > 0
        else ("right: $u \\cdot v = 0$" if dot_uv == 0 else "obtuse: $u \\cdot v < 0$")
    )
    kit.text(
        lang,
        es=rf"""
Ángulo {_kind_es}. Con las coordenadas, $u \cdot v = {dot_uv:.4f}$; con el ángulo,
$\lVert u\rVert\,\lVert v\rVert\cos\theta = {_norm_u:.2f} \times {_norm_v:.2f} \times {_cos:.4f} = {_norm_u * _norm_v * _cos:.4f}$.
La sombra mide $\lVert \operatorname{{proj}}_v u\rVert = {_shadow_len:.4f} = \lVert u\rVert\,|\cos\theta|$, y
no depende del largo de $v$: alarga $v$ y verás que la flecha morada no cambia. La parte
punteada mide ${_rest_len:.4f} = \lVert u\rVert\,|\sin\theta|$.
""",
        en=rf"""
The angle is {_kind_en}. From the coordinates, $u \cdot v = {dot_uv:.4f}$; from the angle,
$\lVert u\rVert\,\lVert v\rVert\cos\theta = {_norm_u:.2f} \times {_norm_v:.2f} \times {_cos:.4f} = {_norm_u * _norm_v * _cos:.4f}$.
The shadow has length $\lVert \operatorname{{proj}}_v u\rVert = {_shadow_len:.4f} = \lVert u\rVert\,|\cos\theta|$,
and it does not depend on the length of $v$: stretch $v$ and the purple arrow stays put. The
dotted part has length ${_rest_len:.4f} = \lVert u\rVert\,|\sin\theta|$.
""",
    )
    return


@app.cell(hide_code=True)
def _(np):
    # Wine (comes with Gradiente): 178 wines, 13 chemical measurements, 3 cultivars.
    from gradiente.datasets import load_wine

    _wine = load_wine()
    wine_X = _wine.data
    wine_y = _wine.target
    wine_features = list(_wine.feature_names)
    wine_Z = (wine_X - wine_X.mean(axis=0)) / wine_X.std(axis=0)  # standardised columns (ddof=0)
    wine_pair = (0, 100)

    def cosine(u, v):
        return float(u @ v / (np.sqrt(u @ u) * np.sqrt(v @ v)))

    cos_raw = cosine(wine_X[wine_pair[0]], wine_X[wine_pair[1]])
    cos_standardised = cosine(wine_Z[wine_pair[0]], wine_Z[wine_pair[1]])
    _proline = wine_features.index("proline")
    proline_share = float(wine_X[wine_pair[0], _proline] ** 2 / (wine_X[wine_pair[0]] @ wine_X[wine_pair[0]]))
    return cos_raw, cos_standardised, proline_share, wine_X, wine_Z, wine_features, wine_pair, wine_y


@app.cell(hide_code=True)
def _(cos_raw, cos_standardised, kit, lang, proline_share, wine_X, wine_features, wine_pair, wine_y):
    _i, _j = wine_pair
    _stds = wine_X.std(axis=0)
    kit.text(
        lang,
        es=rf"""
## 4. La similitud coseno, con datos reales

Despejando el coseno de la fórmula de la sección 3 tienes la **similitud coseno**:

$$
\cos\theta = \frac{{u \cdot v}}{{\lVert u\rVert\,\lVert v\rVert}} \in [-1, 1]
$$

Mide hacia dónde apuntan dos vectores sin mirar su largo: vale 1 si apuntan igual, 0 si son
ortogonales y −1 si son opuestos. Solo tiene sentido si ninguno es el vector cero, que no
apunta a ningún lado.

El conjunto *wine* (`gradiente.datasets.load_wine`) tiene {len(wine_X)} vinos de 3
cultivares, con {wine_X.shape[1]} medidas químicas cada uno. Los vinos {_i} y {_j} son de
cultivares distintos ({wine_y[_i]} y {wine_y[_j]}), y sin embargo:

```python
cosine(X[{_i}], X[{_j}])   # {cos_raw:.4f}: ¡casi idénticos!
```

El truco está en las escalas: la desviación estándar de las columnas va de
{_stds.min():.2f} (`{wine_features[_stds.argmin()]}`) a {_stds.max():.0f}
(`{wine_features[_stds.argmax()]}`). La prolina, con valores de cientos, aporta el
{100 * proline_share:.1f} % de $\lVert x\rVert^2$ del vino {_i}: los dos vectores son casi “pura prolina”
y apuntan casi igual. Si antes **estandarizas** cada columna (le restas su media y la divides
entre su desviación estándar), todas las medidas cuentan parecido, y la respuesta cambia por
completo:

```python
Z = (X - X.mean(axis=0)) / X.std(axis=0)
cosine(Z[{_i}], Z[{_j}])   # {cos_standardised:.4f}
```

Ninguna de las dos es “la verdadera”: responden preguntas distintas. Pero si una variable
domina solo porque se mide en otras unidades, la similitud habla de esa variable y no del vino.
""",
        en=rf"""
## 4. Cosine similarity, on real data

Solving the formula of section 3 for the cosine gives the **cosine similarity**:

$$
\cos\theta = \frac{{u \cdot v}}{{\lVert u\rVert\,\lVert v\rVert}} \in [-1, 1]
$$

It measures where two vectors point, ignoring their length: 1 if they point the same way, 0
if they are orthogonal and −1 if they are opposite. It only makes sense when neither is the
zero vector, which points nowhere.

The *wine* data set (`gradiente.datasets.load_wine`) has {len(wine_X)} wines from 3
cultivars, with {wine_X.shape[1]} chemical measurements each. Wines {_i} and {_j} come from
different cultivars ({wine_y[_i]} and {wine_y[_j]}), and yet:

```python
cosine(X[{_i}], X[{_j}])   # {cos_raw:.4f}: nearly identical!
```

The catch is the scales: the columns' standard deviations go from {_stds.min():.2f}
(`{wine_features[_stds.argmin()]}`) to {_stds.max():.0f} (`{wine_features[_stds.argmax()]}`).
Proline, with values in the hundreds, makes up {100 * proline_share:.1f} % of
$\lVert x\rVert^2$ for wine {_i}: both vectors are nearly “pure proline” and point nearly the
same way. If you **standardise** each column first (subtract its mean and divide by its
standard deviation), every measurement counts about the same, and the answer changes
completely:

```python
Z = (X - X.mean(axis=0)) / X.std(axis=0)
cosine(Z[{_i}], Z[{_j}])   # {cos_standardised:.4f}
```

Neither is “the true one”: they answer different questions. But when a feature dominates only
because it is measured in other units, the similarity speaks about that feature, not the wine.
""",
    )
    return


@app.cell(hide_code=True)
def _(cos_raw, cos_standardised, kit, lang, np, plt, wine_X, wine_Z, wine_features, wine_pair):
    _fig, _axes = plt.subplots(1, 2, figsize=(9.5, 3.6))
    _positions = np.arange(len(wine_features))
    for _ax, _table, _cos, _title in (
        (_axes[0], wine_X, cos_raw, kit.say(lang, es="sin escalar", en="raw")),
        (_axes[1], wine_Z, cos_standardised, kit.say(lang, es="estandarizados", en="standardised")),
    ):
        for _offset, _row, _color in ((-0.2, wine_pair[0], "tab:purple"), (0.2, wine_pair[1], "tab:olive")):
            _ax.bar(_positions + _offset, _table[_row], width=0.4, color=_color, label=f"{_row}")
        _ax.axhline(0, color="0.5", lw=0.8)
        _ax.set_xticks(_positions)
        _ax.set_xticklabels([str(_k + 1) for _k in _positions], fontsize=8)
        _ax.set_title(f"{_title}: cos θ = {_cos:+.4f}", fontsize=11)
        _ax.set_xlabel(kit.say(lang, es="medida (la 13 es la prolina)", en="measurement (13 is proline)"))
    _axes[0].legend(title=kit.say(lang, es="vino", en="wine"), fontsize=8, title_fontsize=8)
    _fig.tight_layout()
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
**Ahora tú.** Escribe la función que usamos arriba. La comprobación la prueba a mano, con vectores
ortogonales y opuestos, con los vinos sin escalar y estandarizados, con dos dígitos escritos
a mano (64 píxeles) y con un vector cero, que no tiene dirección: ahí tu función debe
**lanzar** un `ValueError` que explique el problema, no devolver `nan`.
""",
        en=r"""
**Your turn.** Write the function used above. The check tries it by hand, with orthogonal and opposite
vectors, with the wines raw and standardised, with two handwritten digits (64 pixels) and with
a zero vector, which has no direction: there your function must **raise** a `ValueError` that
explains the problem, not return `nan`.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_cosine_similarity = kit.exercise("cosine_similarity", lang)
    ex_cosine_similarity
    return (ex_cosine_similarity,)


@app.cell(hide_code=True)
def _(ex_cosine_similarity, kit):
    kit.feedback(ex_cosine_similarity)
    return


@app.cell(hide_code=True)
def _(ex_cosine_similarity, kit):
    kit.hints(ex_cosine_similarity)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 5. La proyección: la sombra de un vector sobre otro

En la figura de la sección 3, la sombra de $u$ sobre la recta de $v$ es un múltiplo de $v$,
$c\,v$, y lo que sobra, $u - c\,v$, forma un ángulo recto con $v$. Esa condición da $c$:

$$
(u - c\,v)\cdot v = 0 \;\Longrightarrow\; u \cdot v - c\,(v \cdot v) = 0 \;\Longrightarrow\; c = \frac{u \cdot v}{v \cdot v}
$$

$$
\operatorname{proj}_v u = \frac{u \cdot v}{v \cdot v}\,v, \qquad (u - \operatorname{proj}_v u)\cdot v = 0
$$

El denominador es $v \cdot v = \lVert v\rVert^2$, no $\lVert v\rVert$: si cambias $v$ por $5v$
la recta es la misma, y la sombra también ($c$ se divide entre 5 y $v$ se multiplica por 5).
Como las dos partes son perpendiculares, el teorema de Pitágoras se cumple tal cual:

$$
\lVert u\rVert^2 = \lVert \operatorname{proj}_v u\rVert^2 + \lVert u - \operatorname{proj}_v u\rVert^2
$$

y por eso la sombra nunca es más larga que el vector: $\lVert \operatorname{proj}_v u\rVert \le \lVert u\rVert$.
""",
        en=r"""
## 5. Projection: the shadow of one vector on another

In the figure of section 3, the shadow of $u$ on the line of $v$ is a multiple of $v$, $c\,v$,
and what is left over, $u - c\,v$, makes a right angle with $v$. That condition gives $c$:

$$
(u - c\,v)\cdot v = 0 \;\Longrightarrow\; u \cdot v - c\,(v \cdot v) = 0 \;\Longrightarrow\; c = \frac{u \cdot v}{v \cdot v}
$$

$$
\operatorname{proj}_v u = \frac{u \cdot v}{v \cdot v}\,v, \qquad (u - \operatorname{proj}_v u)\cdot v = 0
$$

The denominator is $v \cdot v = \lVert v\rVert^2$, not $\lVert v\rVert$: if you replace $v$ by
$5v$ the line is the same, and so is the shadow ($c$ is divided by 5 and $v$ multiplied by 5).
Since the two parts are perpendicular, Pythagoras' theorem holds as it is:

$$
\lVert u\rVert^2 = \lVert \operatorname{proj}_v u\rVert^2 + \lVert u - \operatorname{proj}_v u\rVert^2
$$

which is why the shadow is never longer than the vector: $\lVert \operatorname{proj}_v u\rVert \le \lVert u\rVert$.
""",
    )
    return


@app.cell(hide_code=True)
def _(iris_X):
    # An iris flower projected onto the mean flower: how much of it is "a scaled mean flower".
    flower_index = 106
    flower = iris_X[flower_index]
    mean_flower = iris_X.mean(axis=0)
    coefficient = float(flower @ mean_flower / (mean_flower @ mean_flower))
    flower_shadow = coefficient * mean_flower
    flower_rest = flower - flower_shadow
    return coefficient, flower, flower_index, flower_rest, flower_shadow, mean_flower


@app.cell(hide_code=True)
def _(coefficient, flower, flower_index, flower_rest, flower_shadow, kit, lang, mean_flower):
    def _vec(values):
        return "(" + ",\\ ".join(f"{value:.3f}" for value in values) + ")"

    def _plain(values):
        return "(" + ", ".join(f"{value:.3f}" for value in values) + ")"

    _check = float(flower_rest @ mean_flower)
    _left = float(flower @ flower)
    _right = float(flower_shadow @ flower_shadow + flower_rest @ flower_rest)
    kit.text(
        lang,
        es=rf"""
Con datos: proyecta la flor {flower_index} de *iris* sobre la **flor media**
$\bar{{x}} = {_vec(mean_flower)}$ (el promedio de las 150).

```python
c = x @ x_bar / (x_bar @ x_bar)  # {coefficient:.4f}
sombra = c * x_bar               # {_plain(flower_shadow)}
resto = x - sombra               # {_plain(flower_rest)}
resto @ x_bar                    # {_check:.1e}: cero, salvo redondeo
```

La sombra dice que esta flor es “la flor media a escala {coefficient:.2f}”; el resto dice en
qué se aparta de esa forma: sépalos más cortos y angostos, pétalos más largos y anchos de lo
que esa escala predice. Y Pitágoras se cumple: $\lVert x\rVert^2 = {_left:.4f}$ y
$\lVert c\,\bar{{x}}\rVert^2 + \lVert x - c\,\bar{{x}}\rVert^2 = {_right:.4f}$.
""",
        en=rf"""
With data: project flower {flower_index} of *iris* onto the **mean flower**
$\bar{{x}} = {_vec(mean_flower)}$ (the average of all 150).

```python
c = x @ x_bar / (x_bar @ x_bar)  # {coefficient:.4f}
shadow = c * x_bar               # {_plain(flower_shadow)}
rest = x - shadow                # {_plain(flower_rest)}
rest @ x_bar                     # {_check:.1e}: zero, up to rounding
```

The shadow says this flower is "the mean flower at scale {coefficient:.2f}"; the rest says how
it departs from that shape: shorter, narrower sepals and longer, wider petals than that scale
predicts. And Pythagoras holds: $\lVert x\rVert^2 = {_left:.4f}$ and
$\lVert c\,\bar{{x}}\rVert^2 + \lVert x - c\,\bar{{x}}\rVert^2 = {_right:.4f}$.
""",
    )
    return


@app.cell(hide_code=True)
def _(flower, flower_index, flower_rest, flower_shadow, kit, lang, np, plt):
    _names = kit.say(
        lang,
        es="largo\nsépalo|ancho\nsépalo|largo\npétalo|ancho\npétalo",
        en="sepal\nlength|sepal\nwidth|petal\nlength|petal\nwidth",
    ).split("|")
    _fig, _ax = plt.subplots(figsize=(7.5, 3.4))
    _positions = np.arange(4)
    for _offset, _values, _color, _label in (
        (-0.27, flower, "0.3", kit.say(lang, es=f"flor {flower_index}", en=f"flower {flower_index}")),
        (
            0.0,
            flower_shadow,
            "tab:purple",
            kit.say(lang, es="sombra sobre la flor media", en="shadow on the mean flower"),
        ),
        (0.27, flower_rest, "tab:orange", kit.say(lang, es="resto (perpendicular)", en="rest (perpendicular)")),
    ):
        _ax.bar(_positions + _offset, _values, width=0.27, color=_color, label=_label)
    _ax.axhline(0, color="0.5", lw=0.8)
    _ax.set_xticks(_positions)
    _ax.set_xticklabels(_names, fontsize=9)
    _ax.set_ylabel("cm")
    _ax.legend(fontsize=8, loc="upper right")
    _ax.set_title(kit.say(lang, es="flor = sombra + resto", en="flower = shadow + rest"))
    _fig.tight_layout()
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
**Ahora tú.** Programa la proyección. La comprobación usa casos a mano en el plano, la misma recta dada por un vector más largo y
opuesto, un $u$ perpendicular (su sombra es el vector cero), la flor de arriba sobre la flor
media, y `onto` igual al vector cero, que no define ninguna recta: ahí se espera un `ValueError`.
""",
        en=r"""
**Your turn.** Write the projection. The check uses hand cases in the plane, the same line given by a longer, opposite vector, a
perpendicular $u$ (its shadow is the zero vector), the flower above onto the mean flower, and
`onto` equal to the zero vector, which spans no line: there a `ValueError` is expected.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_project = kit.exercise("project", lang)
    ex_project
    return (ex_project,)


@app.cell(hide_code=True)
def _(ex_project, kit):
    kit.feedback(ex_project)
    return


@app.cell(hide_code=True)
def _(ex_project, kit):
    kit.hints(ex_project)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 6. Vecinos más cercanos: por distancia o por coseno

Para clasificar un dato nuevo, el método de los $k$ vecinos más cercanos busca las $k$ filas
de la tabla más parecidas y mira de qué clase son. “Más parecidas” se puede medir de dos
maneras, y no dan lo mismo:

- por **distancia euclidiana**, $\lVert X_i - x\rVert$, de menor a mayor: cuentan la forma y el
  tamaño;
- por **similitud coseno**, de mayor a menor: cuenta solo la dirección, así que una flor y su
  copia al doble de tamaño son idénticas.

```python
distancias = np.linalg.norm(X - x, axis=1)        # una por fila
np.argsort(distancias, kind="stable")[:k]         # las k más cercanas, la primera antes
```

Aparta una flor de *iris*, búscala entre las otras 149 y compara los dos métodos. La gráfica
muestra solo las medidas del pétalo; la búsqueda usa las cuatro.
""",
        en=r"""
## 6. Nearest neighbours: by distance or by cosine

To classify a new data point, the $k$-nearest-neighbours method finds the $k$ rows of the
table that are most similar and looks at their classes. “Most similar” can be measured in two
ways, and they do not agree:

- by **Euclidean distance**, $\lVert X_i - x\rVert$, smallest first: shape and size both count;
- by **cosine similarity**, largest first: only the direction counts, so a flower and its copy
  at twice the size are identical.

```python
distances = np.linalg.norm(X - x, axis=1)         # one per row
np.argsort(distances, kind="stable")[:k]          # the k closest, closest first
```

Hold out one iris flower, search for it among the other 149 and compare the two methods. The
plot shows only the petal measurements; the search uses all four.
""",
    )
    return


@app.cell(hide_code=True)
def _(iris_species, iris_y, kit, lang, mo):
    _choices = (106, 84, 70, 133, 20)
    held_out = mo.ui.dropdown(
        options={f"{_i} ({iris_species[iris_y[_i]]})": _i for _i in _choices},
        value=f"{_choices[0]} ({iris_species[iris_y[_choices[0]]]})",
        label=kit.say(lang, es="Flor apartada", en="Held-out flower"),
    )
    k_slider = mo.ui.slider(1, 15, value=5, show_value=True, label=kit.say(lang, es="Vecinos $k$", en="Neighbours $k$"))
    mo.hstack([held_out, k_slider], justify="start", gap=2)
    return held_out, k_slider


@app.cell(hide_code=True)
def _(held_out, iris_X, iris_y, k_slider, np):
    # Small pure cell: the held-out flower's neighbours among the other 149, by each metric.
    def neighbours(X, x, k, metric):
        if metric == "euclidean":
            score = np.linalg.norm(X - x, axis=1)
        else:
            score = -(X @ x) / (np.linalg.norm(X, axis=1) * np.linalg.norm(x))
        return np.argsort(score, kind="stable")[:k]

    query_index = held_out.value
    query = iris_X[query_index]
    others_X = np.delete(iris_X, query_index, axis=0)
    others_y = np.delete(iris_y, query_index)
    others_index = np.delete(np.arange(len(iris_X)), query_index)  # back to the 150-row numbering
    by_distance = neighbours(others_X, query, k_slider.value, "euclidean")
    by_cosine = neighbours(others_X, query, k_slider.value, "cosine")
    return by_cosine, by_distance, others_X, others_index, others_y, query, query_index


@app.cell(hide_code=True)
def _(by_cosine, by_distance, iris_species, iris_y, kit, lang, others_X, others_y, plt, query, query_index):
    _colors = ("tab:blue", "tab:orange", "tab:green")
    _fig, _axes = plt.subplots(1, 2, figsize=(10, 4.2), sharex=True, sharey=True)
    for _ax, _chosen, _title in (
        (_axes[0], by_distance, kit.say(lang, es="por distancia euclidiana", en="by Euclidean distance")),
        (_axes[1], by_cosine, kit.say(lang, es="por similitud coseno", en="by cosine similarity")),
    ):
        for _k, _color in enumerate(_colors):
            _rows = others_y == _k
            # plot() with markers draws much faster than scatter(): this figure redraws on every move
            _ax.plot(
                others_X[_rows, 2], others_X[_rows, 3], "o", ms=3, color=_color, alpha=0.35, label=iris_species[_k]
            )
            _mine = _chosen[others_y[_chosen] == _k]
            _ax.plot(others_X[_mine, 2], others_X[_mine, 3], "o", ms=8.5, mfc="none", mec=_color, mew=1.8)
        _ax.plot([query[2]], [query[3]], "*", ms=15, color=_colors[iris_y[query_index]], mec="black")
        _counts = ", ".join(
            f"{(others_y[_chosen] == _k).sum()} {iris_species[_k]}"
            for _k in range(3)
            if (others_y[_chosen] == _k).any()
        )
        _ax.set_title(f"{_title}\n{_counts}", fontsize=10)
        _ax.set_xlabel(kit.say(lang, es="largo del pétalo (cm)", en="petal length (cm)"))
    _axes[0].set_ylabel(kit.say(lang, es="ancho del pétalo (cm)", en="petal width (cm)"))
    _axes[0].legend(fontsize=8, loc="upper left")
    _fig.subplots_adjust(left=0.07, right=0.98, bottom=0.13, top=0.86, wspace=0.08)  # tight_layout costs 0.1 s
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(by_cosine, by_distance, iris_species, iris_y, kit, lang, others_index, others_y, query, query_index):
    _true = iris_species[iris_y[query_index]]

    def _votes(chosen):
        return int((others_y[chosen] == iris_y[query_index]).sum())

    _rows = "\n".join(
        f"| {_rank + 1} | {others_index[_d]} ({iris_species[others_y[_d]]}) | {others_index[_c]} ({iris_species[others_y[_c]]}) |"
        for _rank, (_d, _c) in enumerate(zip(by_distance, by_cosine))
    )
    _measures = ", ".join(f"{value:g}" for value in query)
    kit.text(
        lang,
        es=f"""
La flor {query_index} es una *{_true}* con medidas ({_measures}). De sus {len(by_distance)} vecinos,
son de su misma especie **{_votes(by_distance)}** por distancia y **{_votes(by_cosine)}** por coseno
(los números de fila son los de las 150 flores).

| # | por distancia | por coseno |
|---|---|---|
{_rows}

Prueba varias flores: ninguna métrica gana siempre. El coseno ignora el tamaño, y eso ayuda
cuando una flor es pequeña pero tiene las proporciones de su especie, y estorba cuando el
tamaño es justo lo que distingue a las especies. Con medidas en escalas muy distintas, como en
*wine*, conviene estandarizar antes de usar cualquiera de las dos.
""",
        en=f"""
Flower {query_index} is a *{_true}* with measurements ({_measures}). Of its {len(by_distance)} neighbours,
**{_votes(by_distance)}** are of its own species by distance and **{_votes(by_cosine)}** by cosine
(row numbers are those of all 150 flowers).

| # | by distance | by cosine |
|---|---|---|
{_rows}

Try several flowers: neither metric always wins. The cosine ignores size, which helps when a
flower is small but has its species' proportions, and hurts when size is exactly what tells
the species apart. With features on very different scales, as in *wine*, standardise before
using either.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
**Ahora tú.** Generaliza la búsqueda de arriba a las dos métricas. La comprobación usa casos a mano en el
plano (uno con empates: a igual distancia, primero el índice menor), la flor 106 de *iris*
entre las otras 149 con las dos métricas, $k$ igual al número de filas, y una métrica que no
existe, que debe lanzar `ValueError`.
""",
        en=r"""
**Your turn.** Generalise the search above to both metrics. The check uses hand cases in the plane (one with
ties: at equal distance, the lower index first), iris flower 106 among the other 149 with both
metrics, $k$ equal to the number of rows, and a metric that does not exist, which must raise
`ValueError`.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_nearest_neighbors = kit.exercise("nearest_neighbors", lang)
    ex_nearest_neighbors
    return (ex_nearest_neighbors,)


@app.cell(hide_code=True)
def _(ex_nearest_neighbors, kit):
    kit.feedback(ex_nearest_neighbors)
    return


@app.cell(hide_code=True)
def _(ex_nearest_neighbors, kit):
    kit.hints(ex_nearest_neighbors)
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
def _(kit, np):
    T, Question = kit.T, kit.Question
    _dot = 2 * 3 * np.cos(np.radians(120))  # ‖u‖ ‖v‖ cos θ
    _options = (-_dot, _dot, 0.0, 2 * 3)  # the right one second
    QUIZ = [
        Question(
            T(
                es=r"**1.** $\lVert u\rVert = 2$, $\lVert v\rVert = 3$ y el ángulo entre ellos es $120°$. ¿Cuánto vale $u \cdot v$?",
                en=r"**1.** $\lVert u\rVert = 2$, $\lVert v\rVert = 3$ and the angle between them is $120°$. What is $u \cdot v$?",
            ),
            tuple(T.same(f"{_value:g}") for _value in _options),
            answer=1,
            why=T(
                es=rf"$u \cdot v = \lVert u\rVert\,\lVert v\rVert\cos\theta = 2 \times 3 \times \cos 120° = 6 \times ({np.cos(np.radians(120)):g}) = {_dot:g}$. Pasados los $90°$ el coseno es negativo, y el producto punto también: los vectores apuntan a lados más bien opuestos.",
                en=rf"$u \cdot v = \lVert u\rVert\,\lVert v\rVert\cos\theta = 2 \times 3 \times \cos 120° = 6 \times ({np.cos(np.radians(120)):g}) = {_dot:g}$. Past $90°$ the cosine is negative, and so is the dot product: the vectors point rather opposite ways.",
            ),
        ),
        Question(
            T(
                es=r"**2.** Si $x \neq 0$, ¿cuánto vale la similitud coseno entre $x$ y $3x$?",
                en=r"**2.** If $x \neq 0$, what is the cosine similarity between $x$ and $3x$?",
            ),
            (T.same("3"), T.same("1/3"), T.same("1"), T.same("9")),
            answer=2,
            why=T(
                es=r"$\dfrac{x \cdot 3x}{\lVert x\rVert\,\lVert 3x\rVert} = \dfrac{3\,\lVert x\rVert^2}{3\,\lVert x\rVert^2} = 1$. El coseno solo mira la dirección, y $3x$ apunta igual que $x$. Por eso, con el coseno, una flor y su copia al triple de tamaño son idénticas.",
                en=r"$\dfrac{x \cdot 3x}{\lVert x\rVert\,\lVert 3x\rVert} = \dfrac{3\,\lVert x\rVert^2}{3\,\lVert x\rVert^2} = 1$. The cosine only looks at direction, and $3x$ points the same way as $x$. That is why, by cosine, a flower and its copy at three times the size are identical.",
            ),
        ),
        Question(
            T(
                es="**3.** ¿Qué bola unidad en el plano es un rombo, con vértices en $(\\pm 1, 0)$ y $(0, \\pm 1)$?",
                en="**3.** Which unit ball in the plane is a diamond, with corners at $(\\pm 1, 0)$ and $(0, \\pm 1)$?",
            ),
            (T.same("L₂"), T.same("L₁"), T.same("L∞"), T.same("p = 0.5")),
            answer=1,
            why=T(
                es=r"$|x_1| + |x_2| = 1$ es, en cada cuadrante, un segmento de recta entre dos de esos vértices: un rombo. $L_2$ da el círculo, $L_\infty$ el cuadrado de lados paralelos a los ejes, y $p = 0.5$ una estrella con los lados hundidos hacia dentro (no convexa).",
                en=r"$|x_1| + |x_2| = 1$ is, in each quadrant, a straight segment between two of those corners: a diamond. $L_2$ gives the circle, $L_\infty$ the square with sides parallel to the axes, and $p = 0.5$ a star with its sides caved in (not convex).",
            ),
        ),
        Question(
            T(
                es=r"**4.** ¿Por qué la sombra nunca es más larga que el vector, $\lVert \operatorname{proj}_v u\rVert \le \lVert u\rVert$?",
                en=r"**4.** Why is the shadow never longer than the vector, $\lVert \operatorname{proj}_v u\rVert \le \lVert u\rVert$?",
            ),
            (
                T(es="porque v siempre tiene norma 1", en="because v always has norm 1"),
                T(es="porque u·v siempre es positivo", en="because u·v is always positive"),
                T(
                    es="porque ‖u‖² = ‖proj_v u‖² + ‖u − proj_v u‖² (Pitágoras)",
                    en="because ‖u‖² = ‖proj_v u‖² + ‖u − proj_v u‖² (Pythagoras)",
                ),
                T(
                    es="no es cierto: con un v largo, la sombra crece",
                    en="it is not true: with a long v the shadow grows",
                ),
            ),
            answer=2,
            why=T(
                es=r"La sombra y el resto son perpendiculares, así que forman un triángulo rectángulo con hipotenusa $u$, y un cateto nunca es más largo que la hipotenusa. $v$ puede tener cualquier largo (la sombra no depende de él: $c$ se ajusta), y $u \cdot v$ puede ser negativo (la sombra apunta entonces contra $v$).",
                en=r"The shadow and the rest are perpendicular, so they form a right triangle with hypotenuse $u$, and a leg is never longer than the hypotenuse. $v$ may have any length (the shadow does not depend on it: $c$ adjusts), and $u \cdot v$ may be negative (the shadow then points against $v$).",
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

- Una fila de una tabla `X` de forma `(n_muestras, n_variables)` es un vector de $\mathbb{R}^d$; la distancia entre dos es $\lVert a - b\rVert_2$.
- Las normas $p$, $\lVert x\rVert_p = \big(\sum_i |x_i|^p\big)^{1/p}$, miden tamaño: la bola unidad es un rombo con $p = 1$, un círculo con $p = 2$ y un cuadrado con $p = \infty$. Con $p < 1$ falla la desigualdad triangular y no hay norma (la bola no es convexa).
- $u \cdot v = \sum_i u_i v_i = \lVert u\rVert\,\lVert v\rVert\cos\theta$: su signo dice si el ángulo es agudo, recto u obtuso, y $|u \cdot v| \le \lVert u\rVert\,\lVert v\rVert$.
- La similitud coseno $u \cdot v / (\lVert u\rVert\,\lVert v\rVert)$ ignora el largo; no existe si uno de los vectores es cero. Depende de las escalas de las variables: para los vinos 0 y 100 de *wine* pasó de casi 1 a casi 0 al estandarizar.
- $\operatorname{proj}_v u = \dfrac{u \cdot v}{v \cdot v}\,v$ (entre $\lVert v\rVert^2$, no $\lVert v\rVert$): el resto es perpendicular a $v$ y $\lVert u\rVert^2 = \lVert \operatorname{proj}_v u\rVert^2 + \lVert u - \operatorname{proj}_v u\rVert^2$.
- Los vecinos más cercanos por distancia y por coseno no coinciden: la distancia cuenta el tamaño, el coseno no. Cuál conviene depende de los datos.
""",
        en=r"""
## 8. Summary

- A row of a table `X` of shape `(n_samples, n_features)` is a vector in $\mathbb{R}^d$; the distance between two is $\lVert a - b\rVert_2$.
- The $p$-norms, $\lVert x\rVert_p = \big(\sum_i |x_i|^p\big)^{1/p}$, measure size: the unit ball is a diamond for $p = 1$, a circle for $p = 2$ and a square for $p = \infty$. For $p < 1$ the triangle inequality fails and there is no norm (the ball is not convex).
- $u \cdot v = \sum_i u_i v_i = \lVert u\rVert\,\lVert v\rVert\cos\theta$: its sign says whether the angle is acute, right or obtuse, and $|u \cdot v| \le \lVert u\rVert\,\lVert v\rVert$.
- Cosine similarity $u \cdot v / (\lVert u\rVert\,\lVert v\rVert)$ ignores length; it does not exist when either vector is zero. It depends on the features' scales: for wines 0 and 100 of *wine* it went from nearly 1 to nearly 0 after standardising.
- $\operatorname{proj}_v u = \dfrac{u \cdot v}{v \cdot v}\,v$ (over $\lVert v\rVert^2$, not $\lVert v\rVert$): the rest is perpendicular to $v$ and $\lVert u\rVert^2 = \lVert \operatorname{proj}_v u\rVert^2 + \lVert u - \operatorname{proj}_v u\rVert^2$.
- Nearest neighbours by distance and by cosine differ: distance counts size, the cosine does not. Which one suits depends on the data.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es="## 9. Para seguir: recursos",
        en="## 9. Keep going: resources",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.resources("vectors-dot-product", lang)
    return


if __name__ == "__main__":
    app.run()
