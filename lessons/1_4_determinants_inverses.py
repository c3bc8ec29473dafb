import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 1.4")


@app.cell(hide_code=True)
def _():
    import math
    import time
    from fractions import Fraction

    import marimo as mo
    import numpy as np

    from gradiente import linalg as gl
    from gradiente.course.kit import Kit
    from gradiente.datasets import load_wine

    kit = Kit()
    plt = kit.pyplot()
    return Fraction, gl, kit, load_wine, math, mo, np, plt, time


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
    kit.header("determinants-inverses", lang)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
En la lección 1.2 viste una matriz como una transformación que mueve toda la cuadrícula. Aquí
le haces dos preguntas a esa transformación: ¿cuánto agranda o achica las áreas (y si voltea
el plano como un espejo)? Esa respuesta es un solo número, el **determinante**. Y si la
transformación no aplasta nada, ¿cómo se deshace? Eso es la **inversa**. Al final vas a ver
por qué un determinante pequeño *no* avisa de los problemas numéricos, y qué número sí lo
hace: el **número de condición**, medido en datos reales.

**Al terminar podrás:**

- leer $\det A$ como el factor, con signo, por el que $A$ multiplica áreas y volúmenes (negativo: la orientación se invierte);
- calcular $\det A$ por eliminación (producto de pivotes, un cambio de signo por intercambio) y explicar por qué la expansión por cofactores no escala;
- usar $\det(AB) = \det A \det B$ y $\det A^{-1} = 1/\det A$, y reconocer una matriz singular ($\det A = 0$, rango menor que $n$);
- invertir una matriz por Gauss–Jordan, y explicar por qué para resolver $A\mathbf{x} = \mathbf{b}$ conviene `solve` y no `inv(A) @ b`;
- medir con $\kappa(A)$ cuánto se amplifica un error, y ver en el conjunto de datos del vino qué le hace la escala de las variables.
""",
        en=r"""
In lesson 1.2 you saw a matrix as a transformation that moves the whole grid. Here you ask
that transformation two questions: by how much does it grow or shrink areas (and does it flip
the plane like a mirror)? The answer is a single number, the **determinant**. And if the
transformation squashes nothing, how do you undo it? That is the **inverse**. At the end you
will see why a small determinant does *not* warn you about numerical trouble, and which
number does: the **condition number**, measured on real data.

**By the end you will be able to:**

- read $\det A$ as the signed factor by which $A$ scales areas and volumes (negative: the orientation flips);
- compute $\det A$ by elimination (product of pivots, one sign change per swap) and explain why cofactor expansion does not scale;
- use $\det(AB) = \det A \det B$ and $\det A^{-1} = 1/\det A$, and recognise a singular matrix ($\det A = 0$, rank below $n$);
- invert a matrix by Gauss–Jordan, and explain why `solve` beats `inv(A) @ b` for solving $A\mathbf{x} = \mathbf{b}$;
- measure with $\kappa(A)$ how much an error is amplified, and see on the wine data set what the scale of the features does to it.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 0. ¿Para qué sirve esto en machine learning?

- **Regresión lineal.** Los pesos de mínimos cuadrados resuelven las *ecuaciones normales*
  $X^\top X\,\mathbf{w} = X^\top \mathbf{y}$ (lección 4.1). Tienen solución única solo si
  $X^\top X$ es invertible, y la calidad numérica de esa solución depende del número de
  condición de $X^\top X$: en la sección 6 lo mides en datos de vinos.
- **Probabilidad.** La densidad normal multivariada lleva $\det \Sigma$ y $\Sigma^{-1}$, donde
  $\Sigma$ es la matriz de covarianza (lección 5.2). El determinante mide cuánto volumen ocupa la
  nube de datos.
- **Cambios de variable.** Cuando una transformación estira el espacio, las densidades se
  corrigen dividiendo entre $|\det|$: el factor de área de esta lección.
""",
        en=r"""
## 0. What is this for in machine learning?

- **Linear regression.** The least-squares weights solve the *normal equations*
  $X^\top X\,\mathbf{w} = X^\top \mathbf{y}$ (lesson 4.1). They have a unique solution only if
  $X^\top X$ is invertible, and how accurate that solution is depends on the condition number of
  $X^\top X$: in section 6 you measure it on wine data.
- **Probability.** The multivariate normal density contains $\det \Sigma$ and $\Sigma^{-1}$,
  where $\Sigma$ is the covariance matrix (lesson 5.2). The determinant measures how much volume
  the cloud of data takes up.
- **Changes of variables.** When a transformation stretches space, densities are corrected by
  dividing by $|\det|$: the area factor of this lesson.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 1. El determinante: cuánto cambia el área

Una matriz $2 \times 2$ manda $\mathbf{e}_1 = (1, 0)$ a su primera columna y
$\mathbf{e}_2 = (0, 1)$ a la segunda. Por eso el cuadrado unitario, el de lados
$\mathbf{e}_1$ y $\mathbf{e}_2$, se convierte en el paralelogramo de lados $(a, c)$ y $(b, d)$:

$$
A = \begin{pmatrix} a & b \\ c & d \end{pmatrix}, \qquad A\mathbf{e}_1 = \begin{pmatrix} a \\ c \end{pmatrix}, \qquad A\mathbf{e}_2 = \begin{pmatrix} b \\ d \end{pmatrix}
$$

El área de ese paralelogramo es $|ad - bc|$. Con entradas positivas, como en la posición inicial
de la figura, lo ves restando al rectángulo de lados $a + b$ y $c + d$ los trozos que sobran (dos
rectángulos de área $bc$ y cuatro triángulos, dos de área $ac/2$ y dos de área $bd/2$):

$$
(a + b)(c + d) - 2bc - ac - bd = ad - bc
$$

El **determinante** es ese número con su signo:

$$
\det A = ad - bc
$$

Como $A$ es lineal, *toda* figura cambia su área por el mismo factor: un círculo de área 1 pasa
a tener área $|\det A|$. El signo dice otra cosa: si $\det A > 0$, ir de $A\mathbf{e}_1$ a
$A\mathbf{e}_2$ sigue siendo un giro antihorario, como ir de $\mathbf{e}_1$ a $\mathbf{e}_2$;
si $\det A < 0$, el giro se vuelve horario: el plano quedó volteado, como en un espejo.

Mueve las cuatro entradas. Fíjate en la flecha curva que va de $\mathbf{e}_1$ a $\mathbf{e}_2$:
cuando el determinante cruza el cero, el paralelogramo se aplasta en un segmento y luego
reaparece volteado, con la flecha girando al revés.
""",
        en=r"""
## 1. The determinant: how much area changes

A $2 \times 2$ matrix sends $\mathbf{e}_1 = (1, 0)$ to its first column and
$\mathbf{e}_2 = (0, 1)$ to its second. So the unit square, with sides $\mathbf{e}_1$ and
$\mathbf{e}_2$, becomes the parallelogram with sides $(a, c)$ and $(b, d)$:

$$
A = \begin{pmatrix} a & b \\ c & d \end{pmatrix}, \qquad A\mathbf{e}_1 = \begin{pmatrix} a \\ c \end{pmatrix}, \qquad A\mathbf{e}_2 = \begin{pmatrix} b \\ d \end{pmatrix}
$$

The area of that parallelogram is $|ad - bc|$. With positive entries, as in the figure's
starting position, you can see it by taking the rectangle with sides $a + b$ and $c + d$ and
removing the leftover pieces (two rectangles of area $bc$ and four triangles, two of area
$ac/2$ and two of area $bd/2$):

$$
(a + b)(c + d) - 2bc - ac - bd = ad - bc
$$

The **determinant** is that number with its sign:

$$
\det A = ad - bc
$$

Because $A$ is linear, *every* shape has its area scaled by the same factor: a disc of area 1
ends up with area $|\det A|$. The sign says something else: if $\det A > 0$, going from
$A\mathbf{e}_1$ to $A\mathbf{e}_2$ is still a counter-clockwise turn, like going from
$\mathbf{e}_1$ to $\mathbf{e}_2$; if $\det A < 0$ the turn becomes clockwise: the plane has been
flipped over, as in a mirror.

Move the four entries. Watch the curved arrow that goes from $\mathbf{e}_1$ to $\mathbf{e}_2$:
when the determinant crosses zero, the parallelogram collapses onto a segment and then comes
back flipped, with the arrow turning the other way.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    def _entry(name, value):
        return mo.ui.slider(-2.0, 2.0, step=0.1, value=value, show_value=True, label=f"${name}$")

    entry_a, entry_b = _entry("a", 2.0), _entry("b", 1.0)
    entry_c, entry_d = _entry("c", 0.5), _entry("d", 1.5)
    mo.vstack(
        [
            mo.md(kit.say(lang, es="**Las entradas de $A$**", en="**The entries of $A$**")),
            mo.hstack([entry_a, entry_b], justify="start", gap=2),
            mo.hstack([entry_c, entry_d], justify="start", gap=2),
        ]
    )
    return entry_a, entry_b, entry_c, entry_d


@app.cell(hide_code=True)
def _(entry_a, entry_b, entry_c, entry_d, np):
    # Small pure cell: the matrix of the sliders and its determinant, used by the figure and the text.
    A_area = np.array([[entry_a.value, entry_b.value], [entry_c.value, entry_d.value]])
    det_area = float(A_area[0, 0] * A_area[1, 1] - A_area[0, 1] * A_area[1, 0])  # ad − bc
    return A_area, det_area


@app.cell(hide_code=True)
def _(np):
    # The unit square and the arc from e₁ to e₂ (counter-clockwise), drawn before and after A.
    unit_square = np.array([[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0]]).T
    _t = np.linspace(0.15, np.pi / 2 - 0.25, 30)
    orientation_arc = 0.45 * np.vstack([np.cos(_t), np.sin(_t)])
    return orientation_arc, unit_square


@app.cell(hide_code=True)
def _(A_area, det_area, kit, lang, np, orientation_arc, plt, unit_square):
    _fig, _ax = plt.subplots(figsize=(6.4, 5.6))
    _singular = abs(det_area) < 1e-9
    _color = "0.4" if _singular else ("tab:blue" if det_area > 0 else "tab:red")
    _ax.grid(True, color="0.93", lw=0.8, zorder=0)
    _ax.axhline(0, color="0.75", lw=0.9)
    _ax.axvline(0, color="0.75", lw=0.9)
    _ax.fill(*unit_square, facecolor="none", edgecolor="0.35", lw=1.3, ls="--")
    _image = A_area @ unit_square
    _ax.fill(*_image, facecolor=_color, alpha=0.25, edgecolor=_color, lw=2)
    _arc = A_area @ orientation_arc
    _ax.plot(*orientation_arc, color="0.35", lw=1.2)
    _ax.annotate("", orientation_arc[:, -1], orientation_arc[:, -2], arrowprops=dict(arrowstyle="->", color="0.35"))
    if not _singular:
        _ax.plot(*_arc, color=_color, lw=1.8)
        _ax.annotate("", _arc[:, -1], _arc[:, -2], arrowprops=dict(arrowstyle="-|>", color=_color, lw=1.8))
    for _column, _name in ((A_area[:, 0], "Ae₁"), (A_area[:, 1], "Ae₂")):
        _ax.annotate("", _column, (0, 0), arrowprops=dict(arrowstyle="-|>", color="black", lw=1.8))
        _ax.annotate(_name, _column, textcoords="offset points", xytext=(6, 4), fontsize=11)
    _ax.set_xlim(-4.2, 4.2)
    _ax.set_ylim(-4.2, 4.2)
    _ax.set_aspect("equal")
    _ax.set_title(
        kit.say(
            lang,
            es=f"det A = ad − bc = {det_area:.2f}   ·   área = |det A| = {abs(det_area):.2f}",
            en=f"det A = ad − bc = {det_area:.2f}   ·   area = |det A| = {abs(det_area):.2f}",
        ),
        fontsize=11,
    )
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(A_area, det_area, gl, kit, lang, mo):
    _rank = gl.rank(A_area)
    if abs(det_area) < 1e-9:
        _kind = "warn"
        _es = (
            f"**det A = 0.** El cuadrado quedó aplastado en {'un segmento' if _rank == 1 else 'un punto'}: "
            f"las columnas son dependientes (rango {_rank}), el área es 0 y ninguna matriz puede "
            "deshacer esto, porque muchos puntos fueron a parar al mismo sitio."
        )
        _en = (
            f"**det A = 0.** The square was squashed onto {'a segment' if _rank == 1 else 'a point'}: "
            f"the columns are dependent (rank {_rank}), the area is 0 and no matrix can undo this, because "
            "many points landed on the same spot."
        )
    elif det_area > 0:
        _kind = "info"
        _es = (
            f"**det A = {det_area:.2f} > 0.** Toda área se multiplica por {det_area:.2f} y la "
            "orientación se conserva: la flecha azul gira en el mismo sentido que la gris."
        )
        _en = (
            f"**det A = {det_area:.2f} > 0.** Every area is multiplied by {det_area:.2f} and the "
            "orientation is kept: the blue arrow turns the same way as the grey one."
        )
    else:
        _kind = "danger"
        _es = (
            f"**det A = {det_area:.2f} < 0.** Las áreas se multiplican por {abs(det_area):.2f} y el plano "
            "queda volteado: la flecha roja gira al revés que la gris."
        )
        _en = (
            f"**det A = {det_area:.2f} < 0.** Areas are multiplied by {abs(det_area):.2f} and the plane is "
            "flipped: the red arrow turns the opposite way to the grey one."
        )
    mo.callout(kit.text(lang, es=_es, en=_en), kind=_kind)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Prueba estas posiciones: $a = d = 1$, $c = 0$ y mueve $b$ (un **cizallamiento**: el cuadrado se
inclina, pero conserva la base y la altura, así que el área sigue siendo 1); $a = 0, b = 1,
c = 1, d = 0$ (intercambia los ejes: $\det A = -1$, un espejo); y $a = 1, b = 2, c = 1, d = 2$
(columnas paralelas: $\det A = 0$).

## 2. Calcular el determinante: eliminación

En dimensión $n$, $\det A$ es el factor por el que $A$ multiplica volúmenes, con signo. Tres
reglas, que viste en la figura, bastan para calcularlo sin ninguna fórmula nueva:

1. **Restar a una fila un múltiplo de otra no cambia $\det A$.** Es un cizallamiento: mueve
   el paralelogramo en paralelo a un lado, sin cambiar base ni altura.
2. **Intercambiar dos filas cambia el signo de $\det A$.** Es un espejo.
3. **Multiplicar una fila por $t$ multiplica $\det A$ por $t$.** Estira en una sola dirección.

La eliminación de la lección 1.3 usa solo las reglas 1 y 2, y termina en una matriz triangular
$U$. El determinante de una triangular es el producto de su diagonal (un paralelepípedo
"inclinado" con esas alturas). Con la factorización $PA = LU$, si hiciste $s$ intercambios:

$$
\det A = (-1)^{s} \prod_{i=1}^{n} u_{ii}
$$

Los $u_{ii}$ son los **pivotes**. Si una columna se queda sin pivote, algún $u_{ii}$ es 0 y
$\det A = 0$. Este es un ejemplo paso a paso, con fracciones exactas y **pivoteo parcial**: en
cada columna, el pivote es la entrada de mayor valor absoluto de esa fila hacia abajo.
""",
        en=r"""
Try these positions: $a = d = 1$, $c = 0$ and move $b$ (a **shear**: the square leans over but
keeps its base and height, so the area stays 1); $a = 0, b = 1, c = 1, d = 0$ (it swaps the
axes: $\det A = -1$, a mirror); and $a = 1, b = 2, c = 1, d = 2$ (parallel columns:
$\det A = 0$).

## 2. Computing the determinant: elimination

In $n$ dimensions, $\det A$ is the signed factor by which $A$ scales volumes. Three rules,
which you saw in the figure, are enough to compute it without any new formula:

1. **Subtracting a multiple of one row from another does not change $\det A$.** It is a shear:
   it slides the parallelogram parallel to one side, keeping base and height.
2. **Swapping two rows flips the sign of $\det A$.** It is a mirror.
3. **Multiplying a row by $t$ multiplies $\det A$ by $t$.** It stretches in one direction only.

The elimination of lesson 1.3 uses only rules 1 and 2, and ends with a triangular matrix $U$.
The determinant of a triangular matrix is the product of its diagonal (a "leaning" box with
those heights). With the factorisation $PA = LU$, if you made $s$ swaps:

$$
\det A = (-1)^{s} \prod_{i=1}^{n} u_{ii}
$$

The $u_{ii}$ are the **pivots**. If a column runs out of pivots, some $u_{ii}$ is 0 and
$\det A = 0$. Here is an example step by step, with exact fractions and **partial pivoting**:
in each column the pivot is the entry of largest absolute value from that row down.
""",
    )
    return


@app.cell(hide_code=True)
def _(Fraction):
    def tex_entry(value):
        """An exact fraction in LaTeX: 3, −1/2 as −\\tfrac{1}{2}."""
        value = Fraction(value)
        if value.denominator == 1:
            return str(value.numerator)
        sign = "-" if value < 0 else ""
        return rf"{sign}\tfrac{{{abs(value.numerator)}}}{{{value.denominator}}}"

    def tex_matrix(rows, bar=None):
        """A matrix of fractions as a LaTeX pmatrix, or with a vertical bar after column ``bar``."""
        body = r" \\ ".join(" & ".join(tex_entry(x) for x in row) for row in rows)
        if bar is None:
            return r"\begin{pmatrix} " + body + r" \end{pmatrix}"
        columns = "c" * bar + "|" + "c" * (len(rows[0]) - bar)
        return r"\left(\begin{array}{" + columns + "} " + body + r" \end{array}\right)"

    def tex_operation(kind, i, k, factor=None):
        """A row operation in LaTeX, rows counted from 1."""
        if kind == "swap":
            return rf"R_{{{i + 1}}} \leftrightarrow R_{{{k + 1}}}"
        if kind == "scale":
            return rf"R_{{{i + 1}}} \leftarrow {tex_entry(factor)}\,R_{{{i + 1}}}"
        sign = "-" if factor > 0 else "+"
        size = abs(factor)
        times = "" if size == 1 else tex_entry(size) + r"\,"
        return rf"R_{{{i + 1}}} \leftarrow R_{{{i + 1}}} {sign} {times}R_{{{k + 1}}}"

    return tex_entry, tex_matrix, tex_operation


@app.cell(hide_code=True)
def _(Fraction):
    def exact_elimination(rows):
        """Forward elimination with partial pivoting on exact fractions: the steps, the swaps, U."""
        U = [[Fraction(x) for x in row] for row in rows]
        n, steps, swaps = len(U), [], 0
        for k in range(n):
            p = max(range(k, n), key=lambda i: abs(U[i][k]))
            if U[p][k] == 0:
                continue
            if p != k:
                U[k], U[p] = U[p], U[k]
                swaps += 1
                steps.append((("swap", k, p, None), [row[:] for row in U]))
            for i in range(k + 1, n):
                factor = U[i][k] / U[k][k]
                if factor != 0:
                    U[i] = [x - factor * y for x, y in zip(U[i], U[k])]
                    steps.append((("subtract", i, k, factor), [row[:] for row in U]))
        return steps, swaps, U

    return (exact_elimination,)


@app.cell(hide_code=True)
def _(exact_elimination, gl, kit, lang, math, np, tex_entry, tex_matrix, tex_operation):
    _A = [[0, 2, 1], [1, 1, 1], [1, 3, 4]]
    _steps, _swaps, _U = exact_elimination(_A)
    _lines = [rf"A = {tex_matrix(_A)}"]
    for (_kind, _i, _k, _factor), _M in _steps:
        _lines.append(rf"\xrightarrow{{\;{tex_operation(_kind, _i, _k, _factor)}\;}} {tex_matrix(_M)}")
    _chain = "\n".join(f"$$\n{_line}\n$$" for _line in _lines)
    _pivots = [_U[i][i] for i in range(3)]
    _exact = (-1) ** _swaps * math.prod(_pivots)
    _product = r" \cdot ".join(f"({tex_entry(p)})" if p < 0 else tex_entry(p) for p in _pivots)
    _formula = rf"\det A = (-1)^{{{_swaps}}} \cdot {_product} = {tex_entry(_exact)}"
    _numpy = float(np.linalg.det(np.array(_A, dtype=float)))
    _ours = gl.det(_A)
    kit.text(
        lang,
        es=f"""
{_chain}

Intercambios de filas: $s = {_swaps}$. Los pivotes son los de la diagonal de $U$:

$$
{_formula}
$$

Compara con las bibliotecas: `np.linalg.det(A)` da `{_numpy!r}` y `gradiente.linalg.det(A)` da
`{_ours!r}`. Las dos eliminan con números de punto flotante, así que pueden errar en el último
dígito; las fracciones de arriba son exactas.
""",
        en=f"""
{_chain}

Row swaps: $s = {_swaps}$. The pivots are on the diagonal of $U$:

$$
{_formula}
$$

Compare with the libraries: `np.linalg.det(A)` gives `{_numpy!r}` and `gradiente.linalg.det(A)`
gives `{_ours!r}`. Both eliminate with floating-point numbers, so they may be off in the last
digit; the fractions above are exact.
""",
    )
    return


@app.cell(hide_code=True)
def _(np, time):
    def cofactor_det(rows):
        """Laplace (cofactor) expansion along the first row: n! products, for the timing only."""
        if len(rows) == 1:
            return rows[0][0]
        return sum(
            (-1) ** j * rows[0][j] * cofactor_det([row[:j] + row[j + 1 :] for row in rows[1:]])
            for j in range(len(rows))
        )

    _rng = np.random.default_rng(7)
    _M = _rng.normal(size=(7, 7))
    _start = time.perf_counter()
    cofactor_value_7 = cofactor_det(_M.tolist())
    cofactor_seconds_7 = time.perf_counter() - _start
    cofactor_check_7 = float(np.linalg.det(_M))
    _B = _rng.normal(size=(12, 12))
    _start = time.perf_counter()
    for _ in range(100):
        np.linalg.det(_B)
    elimination_seconds_12 = (time.perf_counter() - _start) / 100
    return cofactor_check_7, cofactor_seconds_7, cofactor_value_7, elimination_seconds_12


@app.cell(hide_code=True)
def _(
    cofactor_check_7,
    cofactor_seconds_7,
    cofactor_value_7,
    elimination_seconds_12,
    kit,
    lang,
    math,
):
    _per_product = cofactor_seconds_7 / math.factorial(7)
    _rows = []
    for _n in (3, 5, 7, 10, 12, 15, 20):
        _seconds = _per_product * math.factorial(_n)
        _rows.append((_n, math.factorial(_n), round(2 * _n**3 / 3), _seconds))

    def _duration(seconds, lang):
        units = (
            (3.15e7, "años", "years"),
            (86400, "días", "days"),
            (3600, "horas", "hours"),
            (60, "minutos", "minutes"),
            (1, "s", "s"),
            (1e-3, "ms", "ms"),
        )
        for size, es, en in units:
            if seconds >= size or size == 1e-3:
                return f"${kit.tex_number(seconds / size)}$ {es if lang == 'es' else en}"

    def _count(number):
        return str(number) if number < 10**7 else kit.tex_number(float(number))

    _table_es = "\n".join(f"| {n} | ${_count(f)}$ | {e} | {_duration(s, 'es')} |" for n, f, e, s in _rows)
    _table_en = "\n".join(f"| {n} | ${_count(f)}$ | {e} | {_duration(s, 'en')} |" for n, f, e, s in _rows)
    kit.text(
        lang,
        es=rf"""
**¿Y la fórmula con cofactores?** Quizás aprendiste a calcular determinantes desarrollando por
una fila: cada entrada por el determinante de la submatriz que queda al tachar su fila y su
columna, con signos alternados. Es correcta, pero al repetirla hasta llegar a números sueltos
suma $n!$ productos. La eliminación necesita unas $\tfrac{{2}}{{3}}n^3$ operaciones.

En esta computadora, el desarrollo por cofactores de una matriz $7 \times 7$ tardó
{_duration(cofactor_seconds_7, "es")} (dio {cofactor_value_7:.10f}; NumPy da {cofactor_check_7:.10f}).
Si cada producto cuesta lo mismo, esto es lo que tardaría con matrices más grandes:

| $n$ | productos ($n!$) | eliminación ($\approx \tfrac{{2}}{{3}}n^3$) | cofactores, estimado |
|---:|---:|---:|---:|
{_table_es}

NumPy calcula el determinante de una $12 \times 12$ por eliminación en
{_duration(elimination_seconds_12, "es")}. En el ejercicio, un caso es una matriz $12 \times 12$:
con cofactores, se acaba el tiempo.
""",
        en=rf"""
**What about the cofactor formula?** You may have learned to compute determinants by expanding
along a row: each entry times the determinant of the submatrix left when you cross out its row
and column, with alternating signs. It is correct, but repeated all the way down to single
numbers it adds up $n!$ products. Elimination needs about $\tfrac{{2}}{{3}}n^3$ operations.

On this computer, the cofactor expansion of a $7 \times 7$ matrix took
{_duration(cofactor_seconds_7, "en")} (it gave {cofactor_value_7:.10f}; NumPy gives {cofactor_check_7:.10f}).
If every product costs the same, this is how long larger matrices would take:

| $n$ | products ($n!$) | elimination ($\approx \tfrac{{2}}{{3}}n^3$) | cofactors, estimated |
|---:|---:|---:|---:|
{_table_en}

NumPy computes the determinant of a $12 \times 12$ matrix by elimination in
{_duration(elimination_seconds_12, "en")}. In the exercise, one case is a $12 \times 12$ matrix:
with cofactors, time runs out.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Ahora escribe tú la eliminación. Una advertencia: en Gauss–Jordan (sección 4) se divide la fila
pivote entre el pivote para dejarlo en 1. Para el determinante **no** lo hagas: por la regla 3,
cada una de esas divisiones también divide $\det A$.
""",
        en=r"""
Now write the elimination yourself. A warning: in Gauss–Jordan (section 4) the pivot row is
divided by the pivot to make it 1. For the determinant do **not** do that: by rule 3, each of
those divisions divides $\det A$ too.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_det = kit.exercise("det", lang)
    ex_det
    return (ex_det,)


@app.cell(hide_code=True)
def _(ex_det, kit):
    kit.feedback(ex_det)
    return


@app.cell(hide_code=True)
def _(ex_det, kit):
    kit.hints(ex_det)
    return


@app.cell(hide_code=True)
def _(gl, kit, lang, np):
    _rng = np.random.default_rng(3)
    _A, _B = _rng.normal(size=(4, 4)), _rng.normal(size=(4, 4))
    _dA, _dB, _dAB = gl.det(_A), gl.det(_B), gl.det(_A @ _B)
    _dInv = gl.det(gl.inv(_A))
    _d2A = gl.det(2 * _A)
    _dT = gl.det(_A.T)
    kit.text(
        lang,
        es=rf"""
## 3. Reglas del determinante, y cuándo vale cero

Si primero aplicas $B$ y después $A$, las áreas se multiplican primero por $\det B$ y luego por
$\det A$. De ahí salen las reglas que más vas a usar:

$$
\det(AB) = \det A \,\det B, \qquad \det A^{{-1}} = \frac{{1}}{{\det A}}, \qquad \det A^\top = \det A, \qquad \det(cA) = c^n \det A
$$

La última, porque $cA$ multiplica cada una de las $n$ filas por $c$ (regla 3, $n$ veces). Con
dos matrices $4 \times 4$ al azar, $A$ y $B$:

| | |
|---|---:|
| $\det A \cdot \det B$ | {_dA * _dB:.10f} |
| $\det(AB)$ | {_dAB:.10f} |
| $1 / \det A$ | {1 / _dA:.10f} |
| $\det A^{{-1}}$ | {_dInv:.10f} |
| $2^4 \det A$ | {16 * _dA:.10f} |
| $\det(2A)$ | {_d2A:.10f} |
| $\det A^\top$ | {_dT:.10f} |

Y lo más importante: **una matriz cuadrada es singular (no tiene inversa) exactamente cuando
$\det A = 0$**, que es lo mismo que decir que sus columnas son dependientes, o que su rango es
menor que $n$ (lección 1.3). En la figura de la sección 1, es el momento en que el cuadrado se
aplasta en un segmento.
""",
        en=rf"""
## 3. Rules of the determinant, and when it is zero

If you first apply $B$ and then $A$, areas are multiplied first by $\det B$ and then by
$\det A$. That gives the rules you will use most:

$$
\det(AB) = \det A \,\det B, \qquad \det A^{{-1}} = \frac{{1}}{{\det A}}, \qquad \det A^\top = \det A, \qquad \det(cA) = c^n \det A
$$

The last one because $cA$ multiplies each of the $n$ rows by $c$ (rule 3, $n$ times). With two
random $4 \times 4$ matrices $A$ and $B$:

| | |
|---|---:|
| $\det A \cdot \det B$ | {_dA * _dB:.10f} |
| $\det(AB)$ | {_dAB:.10f} |
| $1 / \det A$ | {1 / _dA:.10f} |
| $\det A^{{-1}}$ | {_dInv:.10f} |
| $2^4 \det A$ | {16 * _dA:.10f} |
| $\det(2A)$ | {_d2A:.10f} |
| $\det A^\top$ | {_dT:.10f} |

And most important: **a square matrix is singular (it has no inverse) exactly when
$\det A = 0$**, which is the same as saying its columns are dependent, or that its rank is
less than $n$ (lesson 1.3). In the figure of section 1, it is the moment the square collapses
onto a segment.
""",
    )
    return


@app.cell(hide_code=True)
def _(Fraction, kit, lang, tex_entry, tex_matrix, tex_operation):
    # Gauss–Jordan on [A | I] with exact fractions, for the worked example only.
    _A = [[1, 2], [3, 1]]
    _n = 2
    _M = [[Fraction(x) for x in row] + [Fraction(int(i == j)) for j in range(_n)] for i, row in enumerate(_A)]
    _lines = [tex_matrix(_M, bar=_n)]
    for _k in range(_n):
        _p = max(range(_k, _n), key=lambda i: abs(_M[i][_k]))
        if _p != _k:
            _M[_k], _M[_p] = _M[_p], _M[_k]
            _lines.append(rf"\xrightarrow{{\;{tex_operation('swap', _k, _p)}\;}} {tex_matrix(_M, bar=_n)}")
        if _M[_k][_k] != 1:
            _factor = 1 / _M[_k][_k]
            _M[_k] = [x * _factor for x in _M[_k]]
            _lines.append(rf"\xrightarrow{{\;{tex_operation('scale', _k, _k, _factor)}\;}} {tex_matrix(_M, bar=_n)}")
        for _i in range(_n):
            if _i != _k and _M[_i][_k] != 0:
                _factor = _M[_i][_k]
                _M[_i] = [x - _factor * y for x, y in zip(_M[_i], _M[_k])]
                _lines.append(
                    rf"\xrightarrow{{\;{tex_operation('subtract', _i, _k, _factor)}\;}} {tex_matrix(_M, bar=_n)}"
                )
    _inverse = [row[_n:] for row in _M]
    _det = Fraction(_A[0][0] * _A[1][1] - _A[0][1] * _A[1][0])  # ad − bc
    _chain = "\n".join(f"$$\n{_line}\n$$" for _line in _lines)
    _check = [[sum(_A[i][m] * _inverse[m][j] for m in range(_n)) for j in range(_n)] for i in range(_n)]
    kit.text(
        lang,
        es=rf"""
## 4. La inversa: deshacer la transformación

Si $\det A \neq 0$, la transformación no aplasta nada y se puede deshacer: existe una única
matriz $A^{{-1}}$ con

$$
A^{{-1}} A = A A^{{-1}} = I
$$

Para calcularla, observa que las operaciones de filas que convierten $A$ en $I$, aplicadas a
$I$, la convierten en $A^{{-1}}$. Es el método de **Gauss–Jordan**: escribe $A$ e $I$ lado a lado
y reduce hasta que la izquierda sea $I$. Cada pivote se divide hasta valer 1, y su columna se
limpia arriba *y* abajo:

$$
\left[\, A \;\middle|\; I \,\right] \;\longrightarrow\; \left[\, I \;\middle|\; A^{{-1}} \,\right]
$$

Con $A = {tex_matrix(_A)}$ (cuyo determinante es $ad - bc = {tex_entry(_det)}$):

{_chain}

Así que $A^{{-1}} = {tex_matrix(_inverse)}$, y al multiplicar, $A A^{{-1}} = {tex_matrix(_check)}$. Para
$2 \times 2$ hay una fórmula que conviene recordar (intercambia la diagonal, cambia el signo de
la otra, divide entre el determinante):

$$
\begin{{pmatrix}} a & b \\ c & d \end{{pmatrix}}^{{-1}} = \frac{{1}}{{ad - bc}} \begin{{pmatrix}} d & -b \\ -c & a \end{{pmatrix}}
$$

La figura de abajo lo muestra como deshacer: $A$ convierte el cuadrado (con una "F" dibujada,
para ver la orientación) en un paralelogramo volteado de área $|\det A| = {tex_entry(abs(_det))}$; $A^{{-1}}$ lo
devuelve a su lugar, con área multiplicada por $|\det A^{{-1}}| = {tex_entry(1 / abs(_det))}$.
""",
        en=rf"""
## 4. The inverse: undoing the transformation

If $\det A \neq 0$, the transformation squashes nothing and can be undone: there is exactly one
matrix $A^{{-1}}$ with

$$
A^{{-1}} A = A A^{{-1}} = I
$$

To compute it, notice that the row operations that turn $A$ into $I$, applied to $I$, turn it
into $A^{{-1}}$. That is the **Gauss–Jordan** method: write $A$ and $I$ side by side and reduce
until the left half is $I$. Each pivot is divided until it is 1, and its column is cleared
above *and* below:

$$
\left[\, A \;\middle|\; I \,\right] \;\longrightarrow\; \left[\, I \;\middle|\; A^{{-1}} \,\right]
$$

With $A = {tex_matrix(_A)}$ (whose determinant is $ad - bc = {tex_entry(_det)}$):

{_chain}

So $A^{{-1}} = {tex_matrix(_inverse)}$, and multiplying, $A A^{{-1}} = {tex_matrix(_check)}$. For
$2 \times 2$ there is a formula worth remembering (swap the diagonal, flip the sign of the other
two, divide by the determinant):

$$
\begin{{pmatrix}} a & b \\ c & d \end{{pmatrix}}^{{-1}} = \frac{{1}}{{ad - bc}} \begin{{pmatrix}} d & -b \\ -c & a \end{{pmatrix}}
$$

The figure below shows it as undoing: $A$ turns the square (with an "F" drawn on it, to see
the orientation) into a flipped parallelogram of area $|\det A| = {tex_entry(abs(_det))}$; $A^{{-1}}$ puts it back,
with area multiplied by $|\det A^{{-1}}| = {tex_entry(1 / abs(_det))}$.
""",
    )
    return


@app.cell(hide_code=True)
def _(gl, kit, lang, np, plt, unit_square):
    _A = np.array([[1.0, 2.0], [3.0, 1.0]])
    _A_inverse = gl.inv(_A)
    _f_shape = np.array(
        [
            [0.3, 0.3, 0.7, 0.7, 0.42, 0.42, 0.6, 0.6, 0.42, 0.42, 0.3],
            [0.15, 0.85, 0.85, 0.75, 0.75, 0.55, 0.55, 0.45, 0.45, 0.15, 0.15],
        ]
    )
    _fig, _axes = plt.subplots(1, 3, figsize=(10, 3.6))
    _panels = (
        (np.eye(2), kit.say(lang, es="el cuadrado unitario", en="the unit square"), "0.4"),
        (
            _A,
            kit.say(lang, es=f"después de A (det = {gl.det(_A):.3g})", en=f"after A (det = {gl.det(_A):.3g})"),
            "tab:red",
        ),
        (
            _A_inverse @ _A,
            kit.say(lang, es="después de A y luego A⁻¹", en="after A, then A⁻¹"),
            "tab:blue",
        ),
    )
    for _ax, (_M, _title, _color) in zip(_axes, _panels):
        _ax.axhline(0, color="0.8", lw=0.8)
        _ax.axvline(0, color="0.8", lw=0.8)
        _ax.fill(*(_M @ unit_square), facecolor=_color, alpha=0.2, edgecolor=_color, lw=1.5)
        _ax.fill(*(_M @ _f_shape), facecolor=_color, alpha=0.8, edgecolor="none")
        _ax.set_aspect("equal")
        _ax.set_title(_title, fontsize=10)
    _axes[0].set_xlim(-0.5, 1.5)
    _axes[0].set_ylim(-0.5, 1.5)
    _corners = _A @ unit_square
    _axes[1].set_xlim(min(-0.5, _corners[0].min() - 0.5), _corners[0].max() + 0.5)
    _axes[1].set_ylim(min(-0.5, _corners[1].min() - 0.5), _corners[1].max() + 0.5)
    _axes[2].set_xlim(-0.5, 1.5)
    _axes[2].set_ylim(-0.5, 1.5)
    _fig.tight_layout()
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang, np, time):
    _rng = np.random.default_rng(0)
    _n = 300
    _A = _rng.normal(size=(_n, _n))
    _b = _rng.normal(size=_n)
    _start = time.perf_counter()
    for _ in range(3):
        _x_solve = np.linalg.solve(_A, _b)
    _t_solve = (time.perf_counter() - _start) / 3
    _start = time.perf_counter()
    for _ in range(3):
        _x_inv = np.linalg.inv(_A) @ _b
    _t_inv = (time.perf_counter() - _start) / 3
    # The 1..9 matrix: singular in exact arithmetic; what does floating-point elimination leave?
    _S = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]])
    _U = _S.copy()
    for _k in range(3):
        _p = _k + int(np.argmax(np.abs(_U[_k:, _k])))
        _U[[_k, _p]] = _U[[_p, _k]]
        if _U[_k, _k] != 0:
            _U[_k + 1 :] -= np.outer(_U[_k + 1 :, _k] / _U[_k, _k], _U[_k])
    _last_pivot = float(_U[2, 2])
    kit.text(
        lang,
        es=rf"""
**Para resolver $A\mathbf{{x}} = \mathbf{{b}}$, no inviertas.** Escribir $\mathbf{{x}} = A^{{-1}}\mathbf{{b}}$
está bien en el papel, pero en código `np.linalg.solve(A, b)` es mejor que `np.linalg.inv(A) @ b`
por dos razones:

- **Costo.** `solve` hace una sola eliminación (unas $\tfrac{{2}}{{3}}n^3$ operaciones) y luego
  sustituye. Invertir equivale a resolver $n$ sistemas, uno por columna de $I$ (unas $2n^3$
  operaciones), para después multiplicar. Con una matriz aleatoria de ${_n} \times {_n}$, en esta
  computadora `solve` tardó {1000 * _t_solve:.1f} ms e `inv(A) @ b`, {1000 * _t_inv:.1f} ms.
- **Precisión.** La inversa calculada trae su propio redondeo, y al multiplicarla por
  $\mathbf{{b}}$ ese error se suma. En la sección 6, con datos reales, `inv(A) @ b` deja un
  residuo mucho más grande que `solve`.

Cuando de verdad necesitas $A^{{-1}}$ (por ejemplo, para mirar sus entradas), calcúlala; si solo
quieres $\mathbf{{x}}$, resuelve.

**Y si $A$ es singular?** Entonces falta un pivote y no hay inversa. Pero con números de punto
flotante el cero casi nunca sale exacto. La matriz $\begin{{pmatrix}} 1 & 2 & 3 \\ 4 & 5 & 6 \\ 7 & 8 & 9 \end{{pmatrix}}$
es singular (la fila 3 es el doble de la fila 2 menos la fila 1), y sin embargo la eliminación
con pivoteo parcial deja como último pivote ${kit.tex_number(_last_pivot)}$, no 0: es redondeo.
Por eso el ejercicio compara cada pivote con una tolerancia, $10^{{-12}} \cdot \max_{{ij}} |a_{{ij}}|$,
y, si no la supera, lanza un error que explica qué pasó, en lugar de dividir entre casi cero y
devolver números enormes sin sentido.
""",
        en=rf"""
**To solve $A\mathbf{{x}} = \mathbf{{b}}$, do not invert.** Writing $\mathbf{{x}} = A^{{-1}}\mathbf{{b}}$ is
fine on paper, but in code `np.linalg.solve(A, b)` beats `np.linalg.inv(A) @ b` for two
reasons:

- **Cost.** `solve` does a single elimination (about $\tfrac{{2}}{{3}}n^3$ operations) and then
  substitutes. Inverting amounts to solving $n$ systems, one per column of $I$ (about $2n^3$
  operations), and then multiplying. With a random ${_n} \times {_n}$ matrix, on this computer
  `solve` took {1000 * _t_solve:.1f} ms and `inv(A) @ b` took {1000 * _t_inv:.1f} ms.
- **Accuracy.** The computed inverse carries its own rounding, and multiplying it by
  $\mathbf{{b}}$ adds that error in. In section 6, on real data, `inv(A) @ b` leaves a residual
  far larger than `solve`.

When you really need $A^{{-1}}$ (to look at its entries, say), compute it; if all you want is
$\mathbf{{x}}$, solve.

**And if $A$ is singular?** Then a pivot is missing and there is no inverse. But with
floating-point numbers the zero hardly ever comes out exact. The matrix
$\begin{{pmatrix}} 1 & 2 & 3 \\ 4 & 5 & 6 \\ 7 & 8 & 9 \end{{pmatrix}}$ is singular (row 3 is twice
row 2 minus row 1), and yet elimination with partial pivoting leaves
${kit.tex_number(_last_pivot)}$ as its last pivot, not 0: that is rounding. So the exercise
compares each pivot with a tolerance, $10^{{-12}} \cdot \max_{{ij}} |a_{{ij}}|$, and, if the pivot
does not beat it, raises an error that explains what happened, instead of dividing by almost
zero and returning huge meaningless numbers.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_inverse = kit.exercise("inverse", lang)
    ex_inverse
    return (ex_inverse,)


@app.cell(hide_code=True)
def _(ex_inverse, kit):
    kit.feedback(ex_inverse)
    return


@app.cell(hide_code=True)
def _(ex_inverse, kit):
    kit.hints(ex_inverse)
    return


@app.cell(hide_code=True)
def _(gl, kit, lang, np):
    _hilbert = 1.0 / (np.arange(6)[:, None] + np.arange(6)[None, :] + 1.0)
    _kappa_hilbert = gl.cond(_hilbert)
    kit.text(
        lang,
        es=rf"""
Uno de los casos del ejercicio es la matriz de Hilbert $6 \times 6$, $h_{{ij}} = 1/(i + j - 1)$.
Es invertible, pero tu resultado se compara con una tolerancia relativa de $10^{{-6}}$, no de
$10^{{-7}}$ como los demás. La razón es su número de condición,
$\kappa \approx {kit.tex_number(_kappa_hilbert)}$: el tema de la sección que sigue.

## 5. El número de condición: cuánto se amplifica un error

Los datos reales traen ruido, y la computadora redondea. Si $\mathbf{{b}}$ cambia un poco,
¿cuánto cambia la solución de $A\mathbf{{x}} = \mathbf{{b}}$? De $A(\mathbf{{x}} + \delta\mathbf{{x}}) = \mathbf{{b}} + \delta\mathbf{{b}}$
sale $\delta\mathbf{{x}} = A^{{-1}}\delta\mathbf{{b}}$, así que
$\lVert\delta\mathbf{{x}}\rVert \le \lVert A^{{-1}}\rVert\,\lVert\delta\mathbf{{b}}\rVert$; y como
$\lVert\mathbf{{b}}\rVert \le \lVert A\rVert\,\lVert\mathbf{{x}}\rVert$, al juntar las dos:

$$
\frac{{\lVert\delta\mathbf{{x}}\rVert}}{{\lVert\mathbf{{x}}\rVert}} \le \kappa(A)\,\frac{{\lVert\delta\mathbf{{b}}\rVert}}{{\lVert\mathbf{{b}}\rVert}}, \qquad \kappa_2(A) = \lVert A\rVert_2\,\lVert A^{{-1}}\rVert_2 = \frac{{\sigma_{{\max}}}}{{\sigma_{{\min}}}}
$$

$\lVert A\rVert_2$ es lo más que $A$ estira un vector de norma 1 y $\lVert A^{{-1}}\rVert_2$ es
el inverso de lo menos que lo estira. Esos estiramientos extremos son los **valores singulares**
$\sigma_{{\max}}$ y $\sigma_{{\min}}$ (lección 1.6): las raíces cuadradas de los valores propios
de $A^\top A$, porque $\lVert A\mathbf{{v}}\rVert^2 = \mathbf{{v}}^\top A^\top A\,\mathbf{{v}}$.
$\kappa \ge 1$ siempre; $\kappa = 1$ para una rotación o para $cI$.

Regla práctica: con $\kappa \approx 10^k$, puedes perder hasta unos $k$ de los 16 dígitos que
guarda un número de punto flotante.

En la figura, $A\mathbf{{x}} = \mathbf{{b}}$ son dos rectas que se cruzan en $\mathbf{{x}} = (1, 1)$.
Cada punto de la nube es la solución con $\mathbf{{b}}$ perturbado por un ruido al azar (200
perturbaciones, de tamaño relativo fijo). Cierra el ángulo entre las rectas y mira cómo la nube
se estira en una aguja: un poco de ruido en $\mathbf{{b}}$ mueve el cruce muy lejos. Luego mueve
la escala: multiplica las dos ecuaciones por el mismo número, así que el determinante cambia
muchísimo… y la nube y $\kappa$ no cambian nada.
""",
        en=rf"""
One of the exercise's cases is the $6 \times 6$ Hilbert matrix, $h_{{ij}} = 1/(i + j - 1)$. It
is invertible, but your result is compared with a relative tolerance of $10^{{-6}}$ instead of
$10^{{-7}}$ like the others. The reason is its condition number,
$\kappa \approx {kit.tex_number(_kappa_hilbert)}$: the subject of the next section.

## 5. The condition number: how much an error is amplified

Real data is noisy, and the computer rounds. If $\mathbf{{b}}$ changes a little, how much does
the solution of $A\mathbf{{x}} = \mathbf{{b}}$ change? From $A(\mathbf{{x}} + \delta\mathbf{{x}}) = \mathbf{{b}} + \delta\mathbf{{b}}$
you get $\delta\mathbf{{x}} = A^{{-1}}\delta\mathbf{{b}}$, so
$\lVert\delta\mathbf{{x}}\rVert \le \lVert A^{{-1}}\rVert\,\lVert\delta\mathbf{{b}}\rVert$; and since
$\lVert\mathbf{{b}}\rVert \le \lVert A\rVert\,\lVert\mathbf{{x}}\rVert$, putting the two together:

$$
\frac{{\lVert\delta\mathbf{{x}}\rVert}}{{\lVert\mathbf{{x}}\rVert}} \le \kappa(A)\,\frac{{\lVert\delta\mathbf{{b}}\rVert}}{{\lVert\mathbf{{b}}\rVert}}, \qquad \kappa_2(A) = \lVert A\rVert_2\,\lVert A^{{-1}}\rVert_2 = \frac{{\sigma_{{\max}}}}{{\sigma_{{\min}}}}
$$

$\lVert A\rVert_2$ is the most that $A$ stretches a vector of norm 1, and $\lVert A^{{-1}}\rVert_2$
is one over the least it stretches one. Those extreme stretches are the **singular values**
$\sigma_{{\max}}$ and $\sigma_{{\min}}$ (lesson 1.6): the square roots of the eigenvalues of
$A^\top A$, because $\lVert A\mathbf{{v}}\rVert^2 = \mathbf{{v}}^\top A^\top A\,\mathbf{{v}}$.
Always $\kappa \ge 1$; $\kappa = 1$ for a rotation or for $cI$.

A rule of thumb: with $\kappa \approx 10^k$ you may lose up to about $k$ of the 16 digits a
floating-point number holds.

In the figure, $A\mathbf{{x}} = \mathbf{{b}}$ is two lines crossing at $\mathbf{{x}} = (1, 1)$. Each
point of the cloud is the solution with $\mathbf{{b}}$ perturbed by random noise (200
perturbations, of a fixed relative size). Close the angle between the lines and watch the
cloud stretch into a needle: a little noise in $\mathbf{{b}}$ moves the crossing very far. Then
move the scale: it multiplies both equations by the same number, so the determinant changes
enormously… and the cloud and $\kappa$ do not change at all.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    angle_slider = mo.ui.slider(
        steps=[1, 2, 3, 5, 8, 12, 20, 30, 45, 60, 90],
        value=8,
        show_value=True,
        label=kit.say(lang, es="Ángulo entre las rectas (grados)", en="Angle between the lines (degrees)"),
    )
    noise_slider = mo.ui.slider(
        steps=[0.1, 0.2, 0.5, 1.0, 2.0, 5.0],
        value=2.0,
        show_value=True,
        label=kit.say(lang, es="Ruido en $\\mathbf{b}$ (% de su norma)", en="Noise in $\\mathbf{b}$ (% of its norm)"),
    )
    scale_slider = mo.ui.slider(
        steps=[0.01, 0.1, 1.0, 10.0, 100.0],
        value=1.0,
        show_value=True,
        label=kit.say(lang, es="Escala de las ecuaciones $s$", en="Scale of the equations $s$"),
    )
    mo.vstack([angle_slider, noise_slider, scale_slider])
    return angle_slider, noise_slider, scale_slider


@app.cell(hide_code=True)
def _(np):
    # The same 200 random directions at every redraw, so that only the sliders change the cloud.
    noise_directions = np.random.default_rng(42).normal(size=(200, 2)) / np.sqrt(2)  # E‖z‖² = 1
    x_true = np.array([1.0, 1.0])
    return noise_directions, x_true


@app.cell(hide_code=True)
def _(angle_slider, gl, noise_directions, noise_slider, np, scale_slider, x_true):
    # Small pure cell: two lines through x_true whose unit normals are φ apart, both rows scaled by s.
    _phi = np.radians(angle_slider.value)
    _normals = np.array([[-np.sin(-_phi / 2), np.cos(-_phi / 2)], [-np.sin(_phi / 2), np.cos(_phi / 2)]])
    A_lines = scale_slider.value * _normals
    b_lines = A_lines @ x_true
    _delta_b = (noise_slider.value / 100) * np.linalg.norm(b_lines) * noise_directions
    cloud = np.linalg.solve(A_lines, (b_lines + _delta_b).T).T
    _relative_x = np.linalg.norm(cloud - x_true, axis=1) / np.linalg.norm(x_true)
    _relative_b = np.linalg.norm(_delta_b, axis=1) / np.linalg.norm(b_lines)
    amplification = float(np.max(_relative_x / _relative_b))
    kappa_lines = gl.cond(A_lines)
    det_lines = gl.det(A_lines)
    return A_lines, amplification, b_lines, cloud, det_lines, kappa_lines


@app.cell(hide_code=True)
def _(
    A_lines,
    amplification,
    angle_slider,
    b_lines,
    cloud,
    det_lines,
    kappa_lines,
    kit,
    lang,
    np,
    plt,
    x_true,
):
    _fig, _ax = plt.subplots(figsize=(7.2, 5.2))
    _xs = np.linspace(-4, 6, 2)
    for _row, _bi, _color in zip(A_lines, b_lines, ("tab:blue", "tab:orange")):
        # the line row · x = b_i, drawn as y = (b_i − row₀ x) / row₁ (row₁ > 0 for these angles)
        _ax.plot(_xs, (_bi - _row[0] * _xs) / _row[1], color=_color, lw=1.6)
    _ax.scatter(cloud[:, 0], cloud[:, 1], s=10, color="tab:red", alpha=0.6, zorder=4)
    _ax.plot(*x_true, "*", color="black", ms=9, zorder=3)
    _ax.set_xlim(-4, 6)
    _ax.set_ylim(-1.5, 3.5)
    _ax.set_aspect("equal")
    _ax.set_xlabel("x₁")
    _ax.set_ylabel("x₂")
    _outside = int(np.sum(~((cloud[:, 0] >= -4) & (cloud[:, 0] <= 6) & (cloud[:, 1] >= -1.5) & (cloud[:, 1] <= 3.5))))
    if _outside:
        _ax.text(
            0.98,
            0.03,
            kit.say(
                lang,
                es=f"{_outside} de 200 soluciones fuera del cuadro",
                en=f"{_outside} of 200 solutions off the frame",
            ),
            transform=_ax.transAxes,
            ha="right",
            va="bottom",
            fontsize=9,
            color="tab:red",
            bbox=dict(facecolor="white", edgecolor="tab:red", boxstyle="round,pad=0.3"),
        )
    _ax.set_title(
        kit.say(
            lang,
            es=f"{angle_slider.value}°:  κ(A) = {kappa_lines:.3g}   ·   det A = {det_lines:.3g}",
            en=f"{angle_slider.value}°:  κ(A) = {kappa_lines:.3g}   ·   det A = {det_lines:.3g}",
        ),
        fontsize=11,
    )
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(amplification, angle_slider, det_lines, kappa_lines, kit, lang, mo, np):
    _formula = 1 / np.tan(np.radians(angle_slider.value) / 2)
    mo.callout(
        kit.text(
            lang,
            es=rf"""
$\kappa(A) = {kit.tex_number(kappa_lines)}$ (con normales unitarias a {angle_slider.value}°, la
cuenta da $\cot(\varphi/2) = {kit.tex_number(_formula)}$) y $\det A = {kit.tex_number(det_lines)}$.
Entre las 200 perturbaciones, la mayor amplificación del error relativo fue
${kit.tex_number(amplification)}$, nunca más que $\kappa$: la cota se cumple, y se alcanza cuando
el ruido apunta justo en la peor dirección.
""",
            en=rf"""
$\kappa(A) = {kit.tex_number(kappa_lines)}$ (with unit normals {angle_slider.value}° apart, the
algebra gives $\cot(\varphi/2) = {kit.tex_number(_formula)}$) and $\det A = {kit.tex_number(det_lines)}$.
Among the 200 perturbations, the largest amplification of the relative error was
${kit.tex_number(amplification)}$, never more than $\kappa$: the bound holds, and it is reached
when the noise points exactly in the worst direction.
""",
        ),
        kind="warn" if kappa_lines > 20 else "info",
    )
    return


@app.cell(hide_code=True)
def _(gl, kit, lang, np):
    _small = 0.1 * np.eye(10)
    _shear = np.array([[1.0, 100.0], [0.0, 1.0]])
    kit.text(
        lang,
        es=rf"""
**El determinante no mide qué tan mal condicionada está una matriz.** Dos ejemplos extremos:

| matriz | $\det A$ | $\kappa(A)$ |
|---|---:|---:|
| $0.1\,I$, de $10 \times 10$ | ${kit.tex_number(gl.det(_small))}$ | ${kit.tex_number(gl.cond(_small))}$ |
| $\begin{{pmatrix}} 1 & 100 \\ 0 & 1 \end{{pmatrix}}$ | ${kit.tex_number(gl.det(_shear))}$ | ${kit.tex_number(gl.cond(_shear))}$ |

La primera tiene un determinante diminuto porque achica cada una de las 10 direcciones a la
décima parte, pero las achica *igual*: resolver con ella es multiplicar por 10, sin amplificar
ningún error relativo. La segunda conserva las áreas y, sin embargo, estira unas direcciones
muchísimo más que otras. El determinante depende de la escala ($\det(cA) = c^n \det A$); el
número de condición no ($\kappa(cA) = \kappa(A)$).
""",
        en=rf"""
**The determinant does not measure how ill-conditioned a matrix is.** Two extreme examples:

| matrix | $\det A$ | $\kappa(A)$ |
|---|---:|---:|
| $0.1\,I$, $10 \times 10$ | ${kit.tex_number(gl.det(_small))}$ | ${kit.tex_number(gl.cond(_small))}$ |
| $\begin{{pmatrix}} 1 & 100 \\ 0 & 1 \end{{pmatrix}}$ | ${kit.tex_number(gl.det(_shear))}$ | ${kit.tex_number(gl.cond(_shear))}$ |

The first has a tiny determinant because it shrinks each of the 10 directions to a tenth, but
it shrinks them all *alike*: solving with it means multiplying by 10, amplifying no relative
error. The second keeps areas and yet stretches some directions far more than others. The
determinant depends on the scale ($\det(cA) = c^n \det A$); the condition number does not
($\kappa(cA) = \kappa(A)$).
""",
    )
    return


@app.cell(hide_code=True)
def _(load_wine, np):
    # Section 6's matrices: wine's design matrix with an intercept column, raw and standardised (ddof = 0).
    wine = load_wine()
    _X = wine.data
    _ones = np.ones((len(_X), 1))
    wine_std = _X.std(axis=0)
    X_raw = np.hstack([_ones, _X])
    X_standardised = np.hstack([_ones, (_X - _X.mean(axis=0)) / wine_std])
    return X_raw, X_standardised, wine, wine_std


@app.cell(hide_code=True)
def _(X_raw, X_standardised, np):
    def normal_equations_report(X):
        """κ(X), κ(XᵀX), log₁₀ det(XᵀX), and how solve and inv recover a known w from XᵀX w = Xᵀ(Xw)."""
        gram = X.T @ X
        singular = np.linalg.svd(X, compute_uv=False)
        w_true = np.ones(X.shape[1])
        rhs = gram @ w_true
        w_solve = np.linalg.solve(gram, rhs)
        w_inv = np.linalg.inv(gram) @ rhs

        def relative_error(w):
            return float(np.linalg.norm(w - w_true) / np.linalg.norm(w_true))

        def relative_residual(w):
            return float(np.linalg.norm(gram @ w - rhs) / np.linalg.norm(rhs))

        sign, log_det = np.linalg.slogdet(gram)
        return {
            "kappa_X": float(singular[0] / singular[-1]),
            "kappa_gram": float(np.linalg.cond(gram)),
            "log10_det": float(log_det / np.log(10)),
            "diag_min": float(gram.diagonal().min()),
            "diag_max": float(gram.diagonal().max()),
            "error_solve": relative_error(w_solve),
            "error_inv": relative_error(w_inv),
            "residual_solve": relative_residual(w_solve),
            "residual_inv": relative_residual(w_inv),
        }

    report_raw = normal_equations_report(X_raw)
    report_standardised = normal_equations_report(X_standardised)
    return report_raw, report_standardised


@app.cell(hide_code=True)
def _(X_raw, kit, lang, np, report_raw, report_standardised, wine, wine_std):
    _names = wine.feature_names
    _low, _high = int(np.argmin(wine_std)), int(np.argmax(wine_std))
    _r, _s = report_raw, report_standardised

    def _row(label, key, digits=3):
        return f"| {label} | ${kit.tex_number(_r[key], digits)}$ | ${kit.tex_number(_s[key], digits)}$ |"

    _rows_es = "\n".join(
        [
            _row(r"$\kappa(X)$", "kappa_X"),
            _row(r"$\kappa(X^\top X)$", "kappa_gram"),
            f"| $\\log_{{10}} \\det(X^\\top X)$ | {_r['log10_det']:.1f} | {_s['log10_det']:.1f} |",
            _row("error relativo de $\\mathbf{w}$ con `solve`", "error_solve", 2),
            _row("error relativo de $\\mathbf{w}$ con `inv(...) @ b`", "error_inv", 2),
            _row("residuo relativo con `solve`", "residual_solve", 2),
            _row("residuo relativo con `inv(...) @ b`", "residual_inv", 2),
        ]
    )
    _rows_en = "\n".join(
        [
            _row(r"$\kappa(X)$", "kappa_X"),
            _row(r"$\kappa(X^\top X)$", "kappa_gram"),
            f"| $\\log_{{10}} \\det(X^\\top X)$ | {_r['log10_det']:.1f} | {_s['log10_det']:.1f} |",
            _row("relative error of $\\mathbf{w}$ with `solve`", "error_solve", 2),
            _row("relative error of $\\mathbf{w}$ with `inv(...) @ b`", "error_inv", 2),
            _row("relative residual with `solve`", "residual_solve", 2),
            _row("relative residual with `inv(...) @ b`", "residual_inv", 2),
        ]
    )
    _digits_raw = np.log10(_r["kappa_gram"])
    _ratio = _r["residual_inv"] / _r["residual_solve"]
    _error_ratio = _r["error_solve"] / _s["error_solve"]
    _one_over_eps = kit.tex_number(1 / np.finfo(float).eps)
    kit.text(
        lang,
        es=rf"""
## 6. Con datos reales: el vino, con y sin estandarizar

El conjunto de datos del vino tiene {X_raw.shape[0]} vinos y {X_raw.shape[1] - 1} mediciones químicas
de cada uno. Sus escalas son muy distintas: la desviación estándar va de
{wine_std[_low]:.3f} (`{_names[_low]}`) a {wine_std[_high]:.1f} (`{_names[_high]}`). Para una
regresión lineal con intercepto, la matriz de diseño $X$ lleva una columna de unos delante de
las variables, y los pesos salen de $X^\top X\,\mathbf{{w}} = X^\top\mathbf{{y}}$. Como
$\sigma_i(X^\top X) = \sigma_i(X)^2$, se cumple $\kappa(X^\top X) = \kappa(X)^2$: formar $X^\top X$
eleva al cuadrado el número de condición.

Para ver cuánto importa, el experimento fija unos pesos conocidos, $\mathbf{{w}} = (1, \dots, 1)$,
arma $\mathbf{{b}} = X^\top X\,\mathbf{{w}}$ y le pide a NumPy que recupere $\mathbf{{w}}$. Primero con
las variables tal como vienen y después estandarizadas (media 0, desviación estándar 1, con
`ddof=0`):

| | sin escalar | estandarizadas |
|---|---:|---:|
{_rows_es}

Sin escalar, $\kappa(X^\top X) \approx {kit.tex_number(_r["kappa_gram"])}$: se pueden perder unos
{_digits_raw:.0f} de los 16 dígitos (es el peor caso: aquí el error de `solve` quedó en
${kit.tex_number(_r["error_solve"], 2)}$), y el error de $\mathbf{{w}}$ es ${kit.tex_number(_error_ratio)}$ veces mayor que
estandarizado. La diagonal de $X^\top X$ ya lo anuncia: va de {_r["diag_min"]:.1f} a
${kit.tex_number(_r["diag_max"])}$. Estandarizar deja $\kappa(X^\top X) \approx {kit.tex_number(_s["kappa_gram"])}$.

Fíjate también en dos cosas de la tabla. El determinante no avisa de nada: es astronómico en
los dos casos. Y `inv(...) @ b` deja, sin escalar, un residuo ${kit.tex_number(_ratio)}$ veces
mayor que `solve`: la precisión de la sección 4.

Tu último ejercicio calcula $\kappa$ como en la sección 5, con los valores propios de $A^\top A$.
Dos de sus casos son estas mismas matrices $X$. (No se te pide $\kappa(X^\top X)$ con ese método:
tendrías que formar $(X^\top X)^\top (X^\top X)$, cuyo número de condición,
$\approx {kit.tex_number(_r["kappa_gram"] ** 2)}$, supera $1/\varepsilon \approx {_one_over_eps}$, y el
valor propio más pequeño se perdería en el redondeo.)
""",
        en=rf"""
## 6. On real data: wine, raw and standardised

The wine data set has {X_raw.shape[0]} wines and {X_raw.shape[1] - 1} chemical measurements of
each. Their scales are very different: the standard deviation goes from {wine_std[_low]:.3f}
(`{_names[_low]}`) to {wine_std[_high]:.1f} (`{_names[_high]}`). For a linear regression with an
intercept, the design matrix $X$ has a column of ones in front of the features, and the weights
come from $X^\top X\,\mathbf{{w}} = X^\top\mathbf{{y}}$. Since $\sigma_i(X^\top X) = \sigma_i(X)^2$,
$\kappa(X^\top X) = \kappa(X)^2$: forming $X^\top X$ squares the condition number.

To see how much that matters, the experiment fixes known weights, $\mathbf{{w}} = (1, \dots, 1)$,
builds $\mathbf{{b}} = X^\top X\,\mathbf{{w}}$ and asks NumPy to recover $\mathbf{{w}}$. First with the
features as they come, then standardised (mean 0, standard deviation 1, with `ddof=0`):

| | raw | standardised |
|---|---:|---:|
{_rows_en}

Raw, $\kappa(X^\top X) \approx {kit.tex_number(_r["kappa_gram"])}$: you may lose about
{_digits_raw:.0f} of the 16 digits (that is the worst case: here the error of `solve` came out at
${kit.tex_number(_r["error_solve"], 2)}$), and the error in $\mathbf{{w}}$ is ${kit.tex_number(_error_ratio)}$ times larger than
standardised. The diagonal of $X^\top X$ already warns you: it goes from {_r["diag_min"]:.1f} to
${kit.tex_number(_r["diag_max"])}$. Standardising leaves $\kappa(X^\top X) \approx {kit.tex_number(_s["kappa_gram"])}$.

Notice two more things in the table. The determinant warns of nothing: it is astronomical in
both cases. And raw, `inv(...) @ b` leaves a residual ${kit.tex_number(_ratio)}$ times larger
than `solve`: the accuracy point of section 4.

Your last exercise computes $\kappa$ as in section 5, from the eigenvalues of $A^\top A$. Two of
its cases are these very matrices $X$. (You are not asked for $\kappa(X^\top X)$ by that method:
you would have to form $(X^\top X)^\top (X^\top X)$, whose condition number,
$\approx {kit.tex_number(_r["kappa_gram"] ** 2)}$, exceeds $1/\varepsilon \approx {_one_over_eps}$, and
the smallest eigenvalue would be lost to rounding.)
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_condition_number = kit.exercise("condition_number", lang)
    ex_condition_number
    return (ex_condition_number,)


@app.cell(hide_code=True)
def _(ex_condition_number, kit):
    kit.feedback(ex_condition_number)
    return


@app.cell(hide_code=True)
def _(ex_condition_number, kit):
    kit.hints(ex_condition_number)
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
                es=r"**1.** $A$ es una matriz $3 \times 3$ con $\det A = 5$. ¿Cuánto vale $\det(2A)$?",
                en=r"**1.** $A$ is a $3 \times 3$ matrix with $\det A = 5$. What is $\det(2A)$?",
            ),
            (T.same("10"), T.same("20"), T.same("40"), T.same("25")),
            answer=2,
            why=T(
                es=r"$2A$ multiplica por 2 cada una de las 3 filas, y cada fila multiplicada por 2 duplica el determinante: $\det(2A) = 2^3 \det A = 40$. Geométricamente, un cubo de lado 2 tiene volumen 8. La respuesta 10 olvida que son 3 direcciones; 20 ($2^2$) sería para una $2 \times 2$.",
                en=r"$2A$ multiplies each of the 3 rows by 2, and each row multiplied by 2 doubles the determinant: $\det(2A) = 2^3 \det A = 40$. Geometrically, a cube of side 2 has volume 8. The answer 10 forgets there are 3 directions; 20 ($2^2$) would be right for a $2 \times 2$.",
            ),
        ),
        Question(
            T(
                es=r"**2.** Una matriz $A$ de $6 \times 6$ tiene $\det A = 10^{-12}$. ¿Qué puedes concluir?",
                en=r"**2.** A $6 \times 6$ matrix $A$ has $\det A = 10^{-12}$. What can you conclude?",
            ),
            (
                T(
                    es="Que es casi singular: resolver sistemas con ella va a perder muchos dígitos",
                    en="That it is nearly singular: solving systems with it will lose many digits",
                ),
                T(
                    es="Nada sobre su condicionamiento: hay que calcular κ(A)",
                    en="Nothing about its conditioning: you have to compute κ(A)",
                ),
                T(es="Que no tiene inversa", en="That it has no inverse"),
            ),
            answer=1,
            why=T(
                es=r"$10^{-2} I$ de $6 \times 6$ tiene justo $\det = 10^{-12}$ y $\kappa = 1$: está perfectamente condicionada. El determinante cambia con la escala ($\det(cA) = c^n \det A$) y el número de condición no. Y como $\det A \neq 0$, la matriz sí tiene inversa.",
                en=r"The $6 \times 6$ matrix $10^{-2} I$ has exactly $\det = 10^{-12}$ and $\kappa = 1$: it is perfectly conditioned. The determinant changes with scale ($\det(cA) = c^n \det A$) and the condition number does not. And since $\det A \neq 0$, the matrix does have an inverse.",
            ),
        ),
        Question(
            T(
                es=r"**3.** Para calcular $\mathbf{x}$ en $A\mathbf{x} = \mathbf{b}$, ¿por qué es mejor `np.linalg.solve(A, b)` que `np.linalg.inv(A) @ b`?",
                en=r"**3.** To compute $\mathbf{x}$ in $A\mathbf{x} = \mathbf{b}$, why is `np.linalg.solve(A, b)` better than `np.linalg.inv(A) @ b`?",
            ),
            (
                T(
                    es="Da lo mismo; solve es solo más corto de escribir",
                    en="They are the same; solve is just shorter to type",
                ),
                T(
                    es="solve hace una sola eliminación en vez de invertir (unas 3 veces menos operaciones) y su resultado tiene un residuo menor",
                    en="solve does a single elimination instead of inverting (about 3 times fewer operations) and its result has a smaller residual",
                ),
                T(
                    es="inv solo sirve para matrices simétricas",
                    en="inv only works for symmetric matrices",
                ),
            ),
            answer=1,
            why=T(
                es=r"Invertir cuesta unas $2n^3$ operaciones y eliminar una vez unas $\tfrac{2}{3}n^3$; además, el redondeo de la inversa calculada se suma al multiplicarla por $\mathbf{b}$. En la sección 6, con el vino sin escalar, el residuo de `inv(...) @ b` fue mucho mayor. `inv` funciona con cualquier matriz invertible.",
                en=r"Inverting costs about $2n^3$ operations and one elimination about $\tfrac{2}{3}n^3$; and the rounding of the computed inverse adds up when you multiply it by $\mathbf{b}$. In section 6, with raw wine, the residual of `inv(...) @ b` was far larger. `inv` works for any invertible matrix.",
            ),
        ),
        Question(
            T(
                es=r"**4.** ¿Cuánto vale el determinante de la rotación $R_\theta = \begin{pmatrix} \cos\theta & -\sin\theta \\ \sin\theta & \cos\theta \end{pmatrix}$?",
                en=r"**4.** What is the determinant of the rotation $R_\theta = \begin{pmatrix} \cos\theta & -\sin\theta \\ \sin\theta & \cos\theta \end{pmatrix}$?",
            ),
            (
                T.same("cos θ"),
                T.same("1"),
                T.same("0"),
                T(es="depende de θ", en="it depends on θ"),
            ),
            answer=1,
            why=T(
                es=r"$\det R_\theta = \cos^2\theta + \sin^2\theta = 1$ para todo $\theta$: una rotación no cambia las áreas ni voltea el plano. Un espejo tendría determinante $-1$.",
                en=r"$\det R_\theta = \cos^2\theta + \sin^2\theta = 1$ for every $\theta$: a rotation changes no area and does not flip the plane. A mirror would have determinant $-1$.",
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

- $\det A$ es el factor, con signo, por el que $A$ multiplica áreas y volúmenes: $|\det A|$ es el factor y el signo dice si la orientación se conserva ($+$) o se invierte ($-$). Para $2 \times 2$, $\det A = ad - bc$.
- Se calcula por eliminación: restar múltiplos de filas no lo cambia, cada intercambio le cambia el signo, y al final $\det A = (-1)^s \prod_i u_{ii}$. La expansión por cofactores suma $n!$ productos: no sirve más allá de matrices pequeñas.
- $\det(AB) = \det A \det B$, $\det A^{-1} = 1/\det A$, $\det A^\top = \det A$, $\det(cA) = c^n \det A$. $A$ es singular $\iff \det A = 0 \iff$ rango $< n$.
- Gauss–Jordan lleva $[A \mid I]$ a $[I \mid A^{-1}]$. Para resolver $A\mathbf{x} = \mathbf{b}$ usa `solve`: cuesta menos y es más preciso que `inv(A) @ b`. Con punto flotante, "singular" se decide con una tolerancia.
- $\kappa_2(A) = \sigma_{\max}/\sigma_{\min}$, con $\sigma_i^2$ los valores propios de $A^\top A$, acota cuánto se amplifica un error relativo: $\lVert\delta\mathbf{x}\rVert/\lVert\mathbf{x}\rVert \le \kappa\,\lVert\delta\mathbf{b}\rVert/\lVert\mathbf{b}\rVert$. Un determinante pequeño no significa mal condicionamiento.
- $\kappa(X^\top X) = \kappa(X)^2$. Con variables de escalas muy distintas (el vino sin escalar) $X^\top X$ queda muy mal condicionada; estandarizar lo arregla en gran parte.
""",
        en=r"""
## 8. Summary

- $\det A$ is the signed factor by which $A$ scales areas and volumes: $|\det A|$ is the factor, and the sign says whether the orientation is kept ($+$) or flipped ($-$). For $2 \times 2$, $\det A = ad - bc$.
- It is computed by elimination: subtracting multiples of rows does not change it, every swap flips its sign, and at the end $\det A = (-1)^s \prod_i u_{ii}$. Cofactor expansion adds up $n!$ products: it is useless beyond small matrices.
- $\det(AB) = \det A \det B$, $\det A^{-1} = 1/\det A$, $\det A^\top = \det A$, $\det(cA) = c^n \det A$. $A$ is singular $\iff \det A = 0 \iff$ rank $< n$.
- Gauss–Jordan takes $[A \mid I]$ to $[I \mid A^{-1}]$. To solve $A\mathbf{x} = \mathbf{b}$ use `solve`: it costs less and is more accurate than `inv(A) @ b`. In floating point, "singular" is decided with a tolerance.
- $\kappa_2(A) = \sigma_{\max}/\sigma_{\min}$, with $\sigma_i^2$ the eigenvalues of $A^\top A$, bounds how much a relative error is amplified: $\lVert\delta\mathbf{x}\rVert/\lVert\mathbf{x}\rVert \le \kappa\,\lVert\delta\mathbf{b}\rVert/\lVert\mathbf{b}\rVert$. A small determinant does not mean ill-conditioning.
- $\kappa(X^\top X) = \kappa(X)^2$. With features of very different scales (raw wine) $X^\top X$ is badly ill-conditioned; standardising fixes most of it.
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
    kit.resources("determinants-inverses", lang)
    return


if __name__ == "__main__":
    app.run()
