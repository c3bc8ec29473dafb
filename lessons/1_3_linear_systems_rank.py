import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 1.3")


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
    kit.header("linear-systems-rank", lang)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Un sistema de ecuaciones lineales es la pregunta más antigua del álgebra lineal: ¿qué
números $x_1, \dots, x_n$ cumplen a la vez varias ecuaciones lineales? En esta lección lo
resuelves con el método que usan las computadoras (eliminación con pivoteo parcial), y
aprendes a leer en la **forma escalonada** algo más valioso que la respuesta: si hay una
solución, ninguna o infinitas, y cómo son todas.

**Al terminar podrás:**

- escribir un sistema como $A\mathbf{x} = \mathbf{b}$ y leerlo de dos maneras: rectas que se cortan (filas) y columnas que se combinan para llegar a $\mathbf{b}$;
- llevar una matriz a su forma escalonada (REF) y a su forma escalonada reducida (RREF) con operaciones de fila y pivoteo parcial;
- calcular el rango y decidir, comparando $\operatorname{rank} A$, $\operatorname{rank}[A \mid \mathbf{b}]$ y $n$, si hay una, ninguna o infinitas soluciones;
- describir todas las soluciones como una solución particular más el espacio nulo, con $\dim N(A) = n - \operatorname{rank} A$;
- explicar por qué un pivote diminuto arruina la respuesta y cómo lo evita el pivoteo.
""",
        en=r"""
A system of linear equations is the oldest question of linear algebra: which numbers
$x_1, \dots, x_n$ satisfy several linear equations at once? In this lesson you solve it the
way computers do (elimination with partial pivoting), and you learn to read in the
**echelon form** something worth more than the answer: whether there is one solution, none
or infinitely many, and what they all look like.

**By the end you will be able to:**

- write a system as $A\mathbf{x} = \mathbf{b}$ and read it two ways: lines that cross (rows) and columns that combine to reach $\mathbf{b}$;
- bring a matrix to row-echelon form (REF) and to reduced row-echelon form (RREF) with row operations and partial pivoting;
- compute the rank and decide, by comparing $\operatorname{rank} A$, $\operatorname{rank}[A \mid \mathbf{b}]$ and $n$, whether there is one solution, none or infinitely many;
- describe every solution as one particular solution plus the null space, with $\dim N(A) = n - \operatorname{rank} A$;
- explain why a tiny pivot ruins the answer and how pivoting prevents it.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 0. ¿Para qué sirve esto en machine learning?

Ajustar un modelo lineal es, en el fondo, resolver un sistema. Si quieres la parábola
$y = c_0 + c_1 x + c_2 x^2$ que pasa exactamente por tres puntos $(x_i, y_i)$, cada punto
da una ecuación lineal en las incógnitas $c_0, c_1, c_2$:

$$
\begin{pmatrix} 1 & x_1 & x_1^2 \\ 1 & x_2 & x_2^2 \\ 1 & x_3 & x_3^2 \end{pmatrix}
\begin{pmatrix} c_0 \\ c_1 \\ c_2 \end{pmatrix} =
\begin{pmatrix} y_1 \\ y_2 \\ y_3 \end{pmatrix}
$$

Aquí los puntos son tres pacientes del conjunto *diabetes*: $x$ es su índice de masa
corporal (IMC) e $y$ la progresión de su enfermedad un año después.
""",
        en=r"""
## 0. What is this for in machine learning?

Fitting a linear model is, at heart, solving a system. If you want the parabola
$y = c_0 + c_1 x + c_2 x^2$ through exactly three points $(x_i, y_i)$, each point gives one
linear equation in the unknowns $c_0, c_1, c_2$:

$$
\begin{pmatrix} 1 & x_1 & x_1^2 \\ 1 & x_2 & x_2^2 \\ 1 & x_3 & x_3^2 \end{pmatrix}
\begin{pmatrix} c_0 \\ c_1 \\ c_2 \end{pmatrix} =
\begin{pmatrix} y_1 \\ y_2 \\ y_3 \end{pmatrix}
$$

Here the points are three patients of the *diabetes* data set: $x$ is their body-mass index
(BMI) and $y$ the progression of their disease one year later.
""",
    )
    return


@app.cell(hide_code=True)
def _(mo, np):
    from gradiente import linalg
    from gradiente.datasets import load_diabetes, load_wine

    diabetes = load_diabetes(scaled=False)  # raw units: BMI in kg/m²
    bmi = diabetes.data[:3, diabetes.feature_names.index("bmi")]
    progression = diabetes.target[:3]
    V = np.column_stack([np.ones(3), bmi, bmi**2])  # one row per patient: 1, x, x²
    coefficients = linalg.solve(V, progression)  # c₀ + c₁x + c₂x² = y at the three points

    wine_X = load_wine().data
    wine_plus = np.column_stack([wine_X, wine_X[:, 0] + wine_X[:, 1]])  # 14th: alcohol + malic acid
    wine_rank = linalg.rank(wine_plus)
    mo.show_code()
    return bmi, coefficients, linalg, load_wine, progression, wine_plus, wine_rank


@app.cell(hide_code=True)
def _(bmi, coefficients, kit, lang, np, plt, progression):
    _grid = np.linspace(18, 36, 200)
    _fig, _ax = plt.subplots(figsize=(6.4, 3.4))
    _ax.plot(_grid, coefficients[0] + coefficients[1] * _grid + coefficients[2] * _grid**2, color="tab:blue", lw=2)
    _ax.plot(bmi, progression, "o", color="tab:red", ms=8, zorder=3)
    _ax.set_xlabel(kit.say(lang, es="IMC (kg/m²)", en="BMI (kg/m²)"))
    _ax.set_ylabel(kit.say(lang, es="progresión a un año", en="progression after a year"))
    _ax.set_title(
        kit.say(lang, es="La parábola que pasa por 3 pacientes", en="The parabola through 3 patients"), fontsize=11
    )
    _ax.grid(True, color="0.92")
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(bmi, coefficients, kit, lang, progression, wine_plus, wine_rank):
    _points = ", ".join(f"({x:g}, {y:g})" for x, y in zip(bmi, progression))
    _c = ", ".join(f"{value:.4g}" for value in coefficients)
    kit.text(
        lang,
        es=rf"""
Los puntos son {_points}, y el sistema da $(c_0, c_1, c_2) \approx ({_c})$: una sola
parábola, porque las tres ecuaciones son independientes.

No siempre es así. Si a los datos de vinos (*wine*) les agregas una columna que es la suma
de otras dos (alcohol + ácido málico), la matriz tiene {wine_plus.shape[1]} columnas pero su
**rango** es {wine_rank}: una columna no aporta nada nuevo. Entonces un modelo lineal
$X\mathbf{{w}} = \mathbf{{y}}$ no tiene un único vector de pesos: si tiene alguno, tiene
infinitos, y todos dan las mismas predicciones en esos datos. Las variables redundantes (o casi redundantes) son
comunes en datos reales, y el rango es lo que las delata. Eso es lo que aprendes a calcular
aquí.
""",
        en=rf"""
The points are {_points}, and the system gives $(c_0, c_1, c_2) \approx ({_c})$: a single
parabola, because the three equations are independent.

It is not always so. If you add to the *wine* data a column that is the sum of two others
(alcohol + malic acid), the matrix has {wine_plus.shape[1]} columns but its **rank** is
{wine_rank}: one column brings nothing new. Then a linear model $X\mathbf{{w}} = \mathbf{{y}}$
has no unique weight vector: if it has one, it has infinitely many, all giving the same
predictions on those data. Redundant (or nearly redundant) features are common in real data, and the rank
is what gives them away. That is what you learn to compute here.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 1. Dos maneras de mirar $A\mathbf{x} = \mathbf{b}$

Toma el sistema de dos ecuaciones con dos incógnitas

$$
\begin{aligned} x_1 + 2\,x_2 &= 4 \\ a_{21}\,x_1 + a_{22}\,x_2 &= b_2 \end{aligned}
\qquad\Longleftrightarrow\qquad
\underbrace{\begin{pmatrix} 1 & 2 \\ a_{21} & a_{22} \end{pmatrix}}_{A}
\underbrace{\begin{pmatrix} x_1 \\ x_2 \end{pmatrix}}_{\mathbf{x}} =
\underbrace{\begin{pmatrix} 4 \\ b_2 \end{pmatrix}}_{\mathbf{b}}
$$

- **Por filas:** cada ecuación es una recta del plano $(x_1, x_2)$, y una solución es un punto
  que está en las dos rectas a la vez.
- **Por columnas:** el producto $A\mathbf{x}$ es una combinación de las columnas de $A$,
  $x_1\,\mathbf{a}_1 + x_2\,\mathbf{a}_2$, y resolver es encontrar cuánto de cada columna hace
  falta para llegar a $\mathbf{b}$.

Las dos miradas dicen lo mismo. Dos rectas pueden cortarse en un punto (**una** solución),
ser paralelas (**ninguna**) o ser la misma recta (**infinitas**); y del lado de las columnas,
$\mathbf{b}$ se alcanza de una sola manera, de ninguna (las columnas son paralelas y
$\mathbf{b}$ queda fuera de la recta que generan) o de infinitas. Mueve la segunda fila y
busca los tres casos: por ejemplo $a_{21} = 1$, $a_{22} = 2$ con $b_2 = 4$ y con $b_2 \neq 4$.
""",
        en=r"""
## 1. Two ways of looking at $A\mathbf{x} = \mathbf{b}$

Take the system of two equations in two unknowns

$$
\begin{aligned} x_1 + 2\,x_2 &= 4 \\ a_{21}\,x_1 + a_{22}\,x_2 &= b_2 \end{aligned}
\qquad\Longleftrightarrow\qquad
\underbrace{\begin{pmatrix} 1 & 2 \\ a_{21} & a_{22} \end{pmatrix}}_{A}
\underbrace{\begin{pmatrix} x_1 \\ x_2 \end{pmatrix}}_{\mathbf{x}} =
\underbrace{\begin{pmatrix} 4 \\ b_2 \end{pmatrix}}_{\mathbf{b}}
$$

- **By rows:** each equation is a line in the $(x_1, x_2)$ plane, and a solution is a point
  on both lines at once.
- **By columns:** the product $A\mathbf{x}$ is a combination of the columns of $A$,
  $x_1\,\mathbf{a}_1 + x_2\,\mathbf{a}_2$, and solving means finding how much of each column
  it takes to reach $\mathbf{b}$.

Both views say the same thing. Two lines can cross at one point (**one** solution), be
parallel (**none**) or be the same line (**infinitely many**); on the column side, $\mathbf{b}$
is reached in exactly one way, in none (the columns are parallel and $\mathbf{b}$ lies off
the line they span) or in infinitely many. Move the second row and find all three cases: for
example $a_{21} = 1$, $a_{22} = 2$ with $b_2 = 4$ and with $b_2 \neq 4$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    a21_slider = mo.ui.slider(-3.0, 3.0, step=0.5, value=3.0, show_value=True, label="$a_{21}$")
    a22_slider = mo.ui.slider(-3.0, 3.0, step=0.5, value=-1.0, show_value=True, label="$a_{22}$")
    b2_slider = mo.ui.slider(-6.0, 8.0, step=0.5, value=5.0, show_value=True, label="$b_2$")
    mo.vstack(
        [
            mo.md(kit.say(lang, es="**Segunda fila del sistema:**", en="**Second row of the system:**")),
            mo.hstack([a21_slider, a22_slider, b2_slider], justify="start", gap=2),
        ]
    )
    return a21_slider, a22_slider, b2_slider


@app.cell(hide_code=True)
def _(a21_slider, a22_slider, b2_slider, linalg, np):
    # Small pure cell: the system, how many solutions it has, and the two ranks the text quotes.
    A_two = np.array([[1.0, 2.0], [a21_slider.value, a22_slider.value]])
    b_two = np.array([4.0, b2_slider.value])
    system_two = linalg.solve(A_two, b_two, classify=True)  # kind: "one", "none" or "infinite"
    rank_A_two = linalg.rank(A_two)
    rank_Ab_two = linalg.rank(np.column_stack([A_two, b_two]))
    return A_two, b_two, rank_A_two, rank_Ab_two, system_two


@app.cell(hide_code=True)
def _(A_two, b_two, kit, lang, np, plt, system_two):
    _fig, (_rows, _cols) = plt.subplots(1, 2, figsize=(10.5, 5.2))
    # Row picture: each equation a x₁ + c x₂ = β is a line (vertical when c = 0).
    _grid = np.linspace(-6, 8, 2)
    _colors = ("tab:blue", "tab:orange")
    for _i, ((_a, _c), _beta) in enumerate(zip(A_two, b_two)):
        _label = f"{_a:g}·x₁ {'−' if _c < 0 else '+'} {abs(_c):g}·x₂ = {_beta:g}"
        if abs(_c) > 0:
            _rows.plot(_grid, (_beta - _a * _grid) / _c, color=_colors[_i], lw=2.4 - 0.9 * _i, label=_label)
        elif abs(_a) > 0:
            _rows.axvline(_beta / _a, color=_colors[_i], lw=2.4 - 0.9 * _i, label=_label)
        else:
            _where = (
                kit.say(lang, es="  (todo el plano)", en="  (the whole plane)")
                if _beta == 0
                else kit.say(lang, es="  (ningún punto)", en="  (no point)")
            )
            _rows.plot([], [], " ", label=_label + _where)
    if system_two.kind == "one":
        _rows.plot(*system_two.x, "o", color="black", ms=8, zorder=4, label=kit.say(lang, es="solución", en="solution"))
    elif system_two.kind == "infinite":
        _xp, _v = system_two.x, system_two.null_space[:, 0]
        _rows.plot(*_xp, "o", color="black", ms=7, zorder=4, label="xₚ")
        _rows.annotate(
            "",
            xy=_xp + 1.5 * _v / np.linalg.norm(_v),
            xytext=_xp,
            arrowprops=dict(arrowstyle="-|>", color="tab:green", lw=2),
        )
        _rows.plot([], [], color="tab:green", lw=2, label=kit.say(lang, es="dirección de N(A)", en="direction of N(A)"))
    _rows.set_xlim(-6, 8)
    _rows.set_ylim(-6, 7)
    _rows.set_aspect("equal")
    _rows.axhline(0, color="0.85", lw=0.8)
    _rows.axvline(0, color="0.85", lw=0.8)
    _rows.set_xlabel("x₁")
    _rows.set_ylabel("x₂")
    _rows.set_title(kit.say(lang, es="Por filas: dos rectas", en="By rows: two lines"), fontsize=11)
    _rows.legend(loc="upper center", bbox_to_anchor=(0.5, -0.13), ncol=2, fontsize=8, frameon=False)
    # Column picture: the columns a₁, a₂ and b; the combination that reaches b, if there is one.
    _a1, _a2 = A_two[:, 0], A_two[:, 1]

    def _arrow(start, end, color, lw=2.0, ls="-"):
        _cols.annotate(
            "",
            xy=end,
            xytext=start,
            arrowprops=dict(arrowstyle="-|>", color=color, lw=lw, linestyle=ls, shrinkA=0, shrinkB=0),
        )

    _points = [np.zeros(2), _a1, _a2, b_two]
    if system_two.kind == "one" or system_two.kind == "infinite":
        _x1, _x2 = system_two.x
        _points += [_x1 * _a1, _x1 * _a1 + _x2 * _a2]
        _arrow(np.zeros(2), _x1 * _a1, "tab:blue", 1.4, "--")
        _arrow(_x1 * _a1, _x1 * _a1 + _x2 * _a2, "tab:orange", 1.4, "--")
    _reach = max(np.abs(np.array(_points)).max() * 1.15, 3.0)
    if system_two.kind != "one":  # the columns are parallel: they only span a line through 0
        _d = _a1 / np.linalg.norm(_a1)
        _cols.plot(*np.array([-2 * _reach * _d, 2 * _reach * _d]).T, color="0.6", lw=1, ls=":")
    _arrow(np.zeros(2), _a1, "tab:blue")
    _arrow(np.zeros(2), _a2, "tab:orange")
    _arrow(np.zeros(2), b_two, "black", 2.4)
    _box = dict(facecolor="white", edgecolor="none", alpha=0.8, pad=1)
    _cols.annotate("a₁", _a1, textcoords="offset points", xytext=(5, 5), color="tab:blue", bbox=_box)
    _cols.annotate("a₂", _a2, textcoords="offset points", xytext=(5, -12), color="tab:orange", bbox=_box)
    _cols.annotate("b", b_two, textcoords="offset points", xytext=(6, 4), bbox=_box)
    _cols.set_xlim(-_reach, _reach)
    _cols.set_ylim(-_reach, _reach)
    _cols.set_aspect("equal")
    _cols.axhline(0, color="0.85", lw=0.8)
    _cols.axvline(0, color="0.85", lw=0.8)
    _cols.set_title(
        kit.say(lang, es="Por columnas: x₁·a₁ + x₂·a₂ = b", en="By columns: x₁·a₁ + x₂·a₂ = b"), fontsize=11
    )
    _fig.subplots_adjust(left=0.06, right=0.98, bottom=0.22, top=0.93, wspace=0.22)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang, mo, rank_A_two, rank_Ab_two, system_two):
    _ranks = rf"$\operatorname{{rank}} A = {rank_A_two}$, $\operatorname{{rank}}[A \mid \mathbf{{b}}] = {rank_Ab_two}$, $n = 2$."
    if system_two.kind == "one":
        _x1, _x2 = system_two.x
        _kind = "success"
        _es = (
            f"**Una solución**: $\\mathbf{{x}} = ({_x1:.4g},\\ {_x2:.4g})$. {_ranks} Las rectas se cortan en un "
            f"punto, y ${_x1:.4g}\\,\\mathbf{{a}}_1 + {_x2:.4g}\\,\\mathbf{{a}}_2 = \\mathbf{{b}}$ (flechas a trazos)."
        )
        _en = (
            f"**One solution**: $\\mathbf{{x}} = ({_x1:.4g},\\ {_x2:.4g})$. {_ranks} The lines cross at one point, "
            f"and ${_x1:.4g}\\,\\mathbf{{a}}_1 + {_x2:.4g}\\,\\mathbf{{a}}_2 = \\mathbf{{b}}$ (dashed arrows)."
        )
    elif system_two.kind == "none":
        _kind = "danger"
        _es = (
            f"**Ninguna solución.** {_ranks} Las rectas son paralelas (o la segunda fila dice $0 = b_2 \\neq 0$). "
            "Las columnas son paralelas, generan solo la recta punteada, y $\\mathbf{b}$ queda fuera de ella: "
            "agregar $\\mathbf{b}$ sube el rango."
        )
        _en = (
            f"**No solution.** {_ranks} The lines are parallel (or the second row says $0 = b_2 \\neq 0$). The "
            "columns are parallel, span only the dotted line, and $\\mathbf{b}$ lies off it: adding "
            "$\\mathbf{b}$ raises the rank."
        )
    else:
        _xp, _v = system_two.x, system_two.null_space[:, 0]
        _kind = "info"
        _es = (
            f"**Infinitas soluciones.** {_ranks} Las dos ecuaciones describen la misma recta (o la segunda dice "
            f"$0 = 0$). Todas las soluciones son $\\mathbf{{x}}_p + t\\,\\mathbf{{v}}$ con "
            f"$\\mathbf{{x}}_p = ({_xp[0]:.4g},\\ {_xp[1]:.4g})$ y $\\mathbf{{v}} = ({_v[0]:.4g},\\ {_v[1]:.4g})$, "
            "que cumple $A\\mathbf{v} = \\mathbf{0}$: la flecha verde, a lo largo de la recta."
        )
        _en = (
            f"**Infinitely many solutions.** {_ranks} Both equations describe the same line (or the second says "
            f"$0 = 0$). All solutions are $\\mathbf{{x}}_p + t\\,\\mathbf{{v}}$ with "
            f"$\\mathbf{{x}}_p = ({_xp[0]:.4g},\\ {_xp[1]:.4g})$ and $\\mathbf{{v}} = ({_v[0]:.4g},\\ {_v[1]:.4g})$, "
            "which satisfies $A\\mathbf{v} = \\mathbf{0}$: the green arrow, along the line."
        )
    mo.callout(kit.text(lang, es=_es, en=_en), kind=_kind)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 2. Eliminación, paso a paso

Para resolver un sistema sin adivinar, se transforma en otro más sencillo **con las mismas
soluciones**. Tres operaciones de fila lo logran, porque cada una se puede deshacer:

1. **intercambiar** dos filas: $R_i \leftrightarrow R_j$;
2. **multiplicar** una fila por un número $c \neq 0$: $R_i \leftarrow c\,R_i$;
3. **sumar** a una fila un múltiplo de otra: $R_i \leftarrow R_i - \ell\,R_j$.

Se aplican a la **matriz aumentada** $[A \mid \mathbf{b}]$, que guarda el sistema entero. Un
ejemplo de mezclas: tienes tres bolsas de mezcla de frutos secos, y cada una trae (en cientos
de gramos) nueces, pasas y chocolate en las cantidades de su columna. ¿Cuántas bolsas de cada
tipo ($x_1, x_2, x_3$) juntan 7 de nueces, 19 de pasas y 49 de chocolate? Hay una ecuación por
ingrediente, en ese orden:

$$
\begin{aligned}
2x_1 + \phantom{1}x_2 + \phantom{1}x_3 &= 7\\
4x_1 + 3x_2 + 3x_3 &= 19\\
8x_1 + 7x_2 + 9x_3 &= 49
\end{aligned}
$$

La **eliminación gaussiana** recorre las columnas de izquierda a derecha. En cada una elige
un **pivote**, una entrada distinta de 0 con la que anula lo que hay debajo. Con **pivoteo
parcial**, el pivote es la entrada de mayor valor absoluto de la columna (entre las filas que
aún no tienen pivote), y se sube a su lugar con un intercambio; la sección 4 muestra por qué.
Al terminar esa ida queda la **forma escalonada** (REF). La vuelta, de Gauss–Jordan, divide
cada fila entre su pivote y anula también lo que hay encima: queda la **forma escalonada
reducida** (RREF). Avanza paso a paso con el control:
""",
        en=r"""
## 2. Elimination, step by step

To solve a system without guessing, you turn it into a simpler one **with the same
solutions**. Three row operations do it, because each one can be undone:

1. **swap** two rows: $R_i \leftrightarrow R_j$;
2. **multiply** a row by a number $c \neq 0$: $R_i \leftarrow c\,R_i$;
3. **add** to a row a multiple of another: $R_i \leftarrow R_i - \ell\,R_j$.

They act on the **augmented matrix** $[A \mid \mathbf{b}]$, which holds the whole system. A
mixing example: you have three bags of trail mix, and each brings (in hundreds of grams) the
nuts, raisins and chocolate of its column. How many bags of each kind ($x_1, x_2, x_3$) make
up 7 of nuts, 19 of raisins and 49 of chocolate? There is one equation per ingredient, in that
order:

$$
\begin{aligned}
2x_1 + \phantom{1}x_2 + \phantom{1}x_3 &= 7\\
4x_1 + 3x_2 + 3x_3 &= 19\\
8x_1 + 7x_2 + 9x_3 &= 49
\end{aligned}
$$

**Gaussian elimination** goes through the columns from left to right. In each one it picks
a **pivot**, a non-zero entry it uses to clear everything below it. With **partial
pivoting**, the pivot is the entry of largest absolute value in the column (among the rows
that have no pivot yet), moved into place by a swap; section 4 shows why. At the end of this
forward pass you have the **row-echelon form** (REF). The backward pass, Gauss–Jordan's,
divides each row by its pivot and clears what is above it too: that leaves the **reduced
row-echelon form** (RREF). Go through it step by step with the slider:
""",
    )
    return


@app.cell(hide_code=True)
def _(np):
    from fractions import Fraction

    def number_tex(value):
        """3, -1/2 or 0.1429 for LaTeX: a fraction when a small one is exact."""
        fraction = Fraction(float(value)).limit_denominator(100)
        if abs(float(fraction) - value) > 1e-12 * max(1.0, abs(value)):
            return f"{value:.4g}"
        if fraction.denominator == 1:
            return str(fraction.numerator)
        sign = "-" if fraction < 0 else ""
        return rf"{sign}\tfrac{{{abs(fraction.numerator)}}}{{{fraction.denominator}}}"

    def elimination_steps(M):
        """Every row operation of elimination with partial pivoting, then Gauss–Jordan's backward pass.

        Each step: (matrix after it, the pivot's (row, column) or None, words in es, words in en, stage)."""
        R = np.array(M, dtype=float)
        n_rows, n_columns = R.shape
        steps = [
            (
                R.copy(),
                None,
                "La matriz aumentada $[A \\mid \\mathbf{b}]$",
                "The augmented matrix $[A \\mid \\mathbf{b}]$",
                "start",
            )
        ]
        pivots, row = [], 0
        for column in range(n_columns - 1):  # the last column is b: no pivot is sought there
            best = row + int(np.argmax(np.abs(R[row:, column])))
            if abs(R[best, column]) < 1e-12:
                continue
            if best != row:
                R[[row, best]] = R[[best, row]]
                big = number_tex(R[row, column])
                steps.append(
                    (
                        R.copy(),
                        (row, column),
                        f"$R_{row + 1} \\leftrightarrow R_{best + 1}$: en la columna {column + 1}, la entrada de mayor valor absoluto es ${big}$, y pasa a ser el pivote",
                        f"$R_{row + 1} \\leftrightarrow R_{best + 1}$: in column {column + 1} the entry of largest absolute value is ${big}$, and it becomes the pivot",
                        "forward",
                    )
                )
            for other in range(row + 1, n_rows):
                factor = R[other, column] / R[row, column]
                if factor == 0:
                    continue
                R[other] = R[other] - factor * R[row]
                R[other, column] = 0.0
                ell = number_tex(factor)
                steps.append(
                    (
                        R.copy(),
                        (row, column),
                        f"$R_{other + 1} \\leftarrow R_{other + 1} - ({ell})\\,R_{row + 1}$: anula la entrada debajo del pivote",
                        f"$R_{other + 1} \\leftarrow R_{other + 1} - ({ell})\\,R_{row + 1}$: clears the entry below the pivot",
                        "forward",
                    )
                )
            pivots.append((row, column))
            row += 1
        steps[-1] = steps[-1][:4] + ("ref",)
        for row, column in reversed(pivots):
            pivot = R[row, column]
            if pivot != 1.0:
                R[row] = R[row] / pivot
                R[row, column] = 1.0
                steps.append(
                    (
                        R.copy(),
                        (row, column),
                        f"$R_{row + 1} \\leftarrow R_{row + 1} \\,/\\, ({number_tex(pivot)})$: el pivote pasa a valer 1",
                        f"$R_{row + 1} \\leftarrow R_{row + 1} \\,/\\, ({number_tex(pivot)})$: the pivot becomes 1",
                        "backward",
                    )
                )
            for other in range(row):
                factor = R[other, column]
                if factor == 0:
                    continue
                R[other] = R[other] - factor * R[row]
                R[other, column] = 0.0
                steps.append(
                    (
                        R.copy(),
                        (row, column),
                        f"$R_{other + 1} \\leftarrow R_{other + 1} - ({number_tex(factor)})\\,R_{row + 1}$: anula la entrada encima del pivote",
                        f"$R_{other + 1} \\leftarrow R_{other + 1} - ({number_tex(factor)})\\,R_{row + 1}$: clears the entry above the pivot",
                        "backward",
                    )
                )
        steps[-1] = steps[-1][:4] + ("rref",)
        return steps

    def augmented_tex(R, pivot=None):
        """[A | b] in LaTeX, with the pivot boxed."""
        rows = []
        for i, row in enumerate(R):
            cells = [number_tex(value).replace(r"\tfrac", r"\dfrac") for value in row]  # full-size fractions
            if pivot is not None and i == pivot[0]:
                cells[pivot[1]] = rf"\boxed{{{cells[pivot[1]]}}}"
            rows.append(" & ".join(cells))
        spec = "c" * (R.shape[1] - 1) + "|c"
        return rf"\left[\begin{{array}}{{{spec}}}" + r" \\[4pt] ".join(rows) + r"\end{array}\right]"

    return augmented_tex, elimination_steps, number_tex


@app.cell(hide_code=True)
def _(elimination_steps, np):
    mixing = np.array([[2.0, 1.0, 1.0, 7.0], [4.0, 3.0, 3.0, 19.0], [8.0, 7.0, 9.0, 49.0]])
    mixing_steps = elimination_steps(mixing)
    return mixing, mixing_steps


@app.cell(hide_code=True)
def _(kit, lang, mixing_steps, mo):
    step_slider = mo.ui.slider(
        0,
        len(mixing_steps) - 1,
        step=1,
        value=0,
        show_value=True,
        label=kit.say(lang, es="Paso", en="Step"),
        full_width=True,
    )
    step_slider
    return (step_slider,)


@app.cell(hide_code=True)
def _(augmented_tex, kit, lang, mixing_steps, mo, step_slider):
    _R, _pivot, _es, _en, _stage = mixing_steps[step_slider.value]
    _last = len(mixing_steps) - 1
    _stage_es = {
        "start": "el punto de partida",
        "forward": "ida: ceros debajo de los pivotes",
        "ref": "**forma escalonada (REF)**: ceros debajo de cada pivote",
        "backward": "vuelta: pivotes en 1 y ceros encima",
        "rref": "**forma escalonada reducida (RREF)**: cada pivote es 1 y es lo único no nulo de su columna",
    }[_stage]
    _stage_en = {
        "start": "the starting point",
        "forward": "forward pass: zeros below the pivots",
        "ref": "**row-echelon form (REF)**: zeros below every pivot",
        "backward": "backward pass: pivots to 1 and zeros above",
        "rref": "**reduced row-echelon form (RREF)**: every pivot is 1 and the only non-zero entry of its column",
    }[_stage]
    kit.text(
        lang,
        es=f"""
**Paso {step_slider.value} de {_last}.** {_es}. Etapa: {_stage_es}.

$$
{augmented_tex(_R, _pivot)}
$$
""",
        en=f"""
**Step {step_slider.value} of {_last}.** {_en}. Stage: {_stage_en}.

$$
{augmented_tex(_R, _pivot)}
$$
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, linalg, mixing, mixing_steps, number_tex):
    _ref_step = next(i for i, step in enumerate(mixing_steps) if step[4] == "ref")
    _final = mixing_steps[-1][0]
    _x = _final[:, -1]
    _x_text = ", ".join(number_tex(value) for value in _x)
    _check = linalg.solve(mixing[:, :3], mixing[:, 3])
    _pivots_ref = [number_tex(mixing_steps[_ref_step][0][i, i]) for i in range(3)]
    kit.text(
        lang,
        es=rf"""
En el paso {_ref_step} ya está la forma escalonada: un sistema triangular, que se resolvería
de abajo hacia arriba (**sustitución hacia atrás**). Sus pivotes son ${", ".join(_pivots_ref)}$.
Al final, la RREF se lee sin hacer cuentas: en cada fila, $x_i$ es el último número, así que
$\mathbf{{x}} = ({_x_text})$: una bolsa del primer tipo, dos del segundo y tres del tercero.
`gradiente.linalg.solve` da lo mismo: ${_check.round(12).tolist()}$.

Una REF no es única: depende de qué pivotes elijas y en qué orden. La **RREF sí es única**:
cualquier secuencia de operaciones de fila que termine en forma reducida llega a la misma
matriz. Por eso, en el ejercicio de abajo, tu respuesta se puede comparar con la de
referencia entrada por entrada.

Dos palabras más. Las columnas que reciben un pivote se llaman **columnas pivote**, y sus
variables, **variables pivote**; las demás son **variables libres**, que pueden tomar
cualquier valor. El **rango** de una matriz, $\operatorname{{rank}} A$, es su número de
pivotes: cuántas filas (y, a la vez, cuántas columnas) independientes tiene.
""",
        en=rf"""
At step {_ref_step} you already have the row-echelon form: a triangular system you could solve
from the bottom up (**back substitution**). Its pivots are ${", ".join(_pivots_ref)}$. At the
end, the RREF reads off without any arithmetic: in each row, $x_i$ is the last number, so
$\mathbf{{x}} = ({_x_text})$: one bag of the first kind, two of the second and three of the
third. `gradiente.linalg.solve` agrees: ${_check.round(12).tolist()}$.

A REF is not unique: it depends on which pivots you choose and in what order. The **RREF is
unique**: every sequence of row operations that ends in reduced form reaches the same matrix.
That is why, in the exercise below, your answer can be compared with the reference one entry
by entry.

Two more words. The columns that get a pivot are the **pivot columns**, and their variables
the **pivot variables**; the others are **free variables**, which can take any value. The
**rank** of a matrix, $\operatorname{{rank}} A$, is its number of pivots: how many independent
rows (and, at the same time, how many independent columns) it has.
""",
    )
    return


@app.cell(hide_code=True)
def _(np):
    # 0.3x + 0.6y = 0.9 is exactly 3·(0.1x + 0.2y = 0.3) in decimal; in binary none of these numbers is exact.
    decimal_system = np.array([[0.1, 0.2, 0.3], [0.3, 0.6, 0.9]])  # [A | b]: row 2 = 3 · row 1
    pivot_row = decimal_system[1] / decimal_system[1, 0]  # partial pivoting: 0.3 is the pivot, scaled to 1
    leftover = decimal_system[0] - decimal_system[0, 0] * pivot_row  # R1 ← R1 − 0.1·R2: all zeros on paper
    return (leftover,)


@app.cell(hide_code=True)
def _(kit, lang, leftover, np):
    _eps = np.finfo(float).eps
    kit.text(
        lang,
        es=rf"""
### Una tolerancia para el cero

En papel, decidir si una entrada es 0 es fácil. En la computadora no: los números se guardan
en binario, con unos 16 dígitos. En el sistema $0.1x + 0.2y = 0.3$, $0.3x + 0.6y = 0.9$ la
segunda ecuación es exactamente el triple de la primera: hay infinitas soluciones. Pero después
de usar $0.3$ como pivote (dividir su fila entre $0.3$ y restarle $0.1$ veces a la otra), la
fila que en papel queda en ceros queda
$({leftover[0]:.3g},\ {leftover[1]:.3g},\ {kit.tex_number(leftover[2])})$: ni $0.1$, ni $0.3$,
ni $0.9$ son exactos en binario. Si tomaras ese resto como pivote, leerías la ecuación
$0 = {kit.tex_number(leftover[2])}$ y dirías que el sistema no tiene solución.

Por eso la eliminación usa una **tolerancia** `tol`: toda entrada con $|a| < \text{{tol}}$
cuenta como 0. En estos ejercicios la tolerancia es **absoluta** (el mismo número para toda
la matriz), $10^{{-12}}$ por defecto en `rref`: si en una columna la mayor entrada disponible
cumple $|a| < \text{{tol}}$, esa columna no tiene pivote. (Las bibliotecas escalan la
tolerancia con el tamaño de la matriz: `gradiente.linalg` usa $\max(m, n)\,\varepsilon_{{\mathrm{{m}}}}\,\max|a_{{ij}}|$,
donde $\varepsilon_{{\mathrm{{m}}}} \approx {kit.tex_number(_eps)}$ es el épsilon de máquina.)
""",
        en=rf"""
### A tolerance for zero

On paper, deciding whether an entry is 0 is easy. On a computer it is not: numbers are stored
in binary, with about 16 digits. In the system $0.1x + 0.2y = 0.3$, $0.3x + 0.6y = 0.9$ the
second equation is exactly three times the first: there are infinitely many solutions. But
after using $0.3$ as the pivot (dividing its row by $0.3$ and subtracting $0.1$ times it from
the other), the row that is all zeros on paper comes out as
$({leftover[0]:.3g},\ {leftover[1]:.3g},\ {kit.tex_number(leftover[2])})$: none of $0.1$,
$0.3$, $0.9$ is exact in binary. Take that leftover as a pivot and you would read the equation
$0 = {kit.tex_number(leftover[2])}$ and say the system has no solution.

That is why elimination uses a **tolerance** `tol`: any entry with $|a| < \text{{tol}}$ counts
as 0. In these exercises the tolerance is **absolute** (one number for the whole matrix),
$10^{{-12}}$ by default in `rref`: if the largest entry available in a column has
$|a| < \text{{tol}}$, that column has no pivot. (Libraries scale the tolerance with the size of
the matrix: `gradiente.linalg` uses $\max(m, n)\,\varepsilon_{{\mathrm{{m}}}}\,\max|a_{{ij}}|$,
where $\varepsilon_{{\mathrm{{m}}}} \approx {kit.tex_number(_eps)}$ is machine epsilon.)
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_rref = kit.exercise("rref", lang)
    ex_rref
    return (ex_rref,)


@app.cell(hide_code=True)
def _(ex_rref, kit):
    kit.feedback(ex_rref)
    return


@app.cell(hide_code=True)
def _(ex_rref, kit):
    kit.hints(ex_rref)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
### El rango de datos reales

Con tu `rref`, el rango es contar pivotes. Aquí lo calcula `gradiente.linalg` con tres
conjuntos de datos de la biblioteca, y una vez más con una tolerancia demasiado estricta
($10^{-16}$, menos que el redondeo de la propia eliminación):
""",
        en=r"""
### The rank of real data

With your `rref`, the rank is a count of pivots. Here `gradiente.linalg` computes it on three
of the library's data sets, and once more with a tolerance that is too strict ($10^{-16}$,
less than the round-off of elimination itself):
""",
    )
    return


@app.cell(hide_code=True)
def _(linalg, load_wine, mo, np, wine_plus):
    from gradiente.datasets import load_digits, load_iris

    iris_X, digits_X = load_iris().data, load_digits().data
    blank_pixels = np.flatnonzero(digits_X.max(axis=0) == 0)  # pixels that are 0 in every image
    ranks = {
        "iris": (iris_X.shape, linalg.rank(iris_X)),
        "digits": (digits_X.shape, linalg.rank(digits_X)),
        "wine + 1": (wine_plus.shape, linalg.rank(wine_plus)),
    }
    too_strict = linalg.rank(wine_plus, tol=1e-16)  # pivots must beat 10⁻¹⁶ only
    wine_alone = linalg.rank(load_wine().data)
    mo.show_code()
    return blank_pixels, ranks, too_strict, wine_alone


@app.cell(hide_code=True)
def _(blank_pixels, kit, lang, ranks, too_strict, wine_alone):
    _rows = "\n".join(f"| {name} | {shape[0]} × {shape[1]} | {value} |" for name, (shape, value) in ranks.items())
    _blank = ", ".join(str(int(i)) for i in blank_pixels)
    kit.text(
        lang,
        es=f"""
| datos | forma | rango |
|---|---:|---:|
{_rows}

- *iris*: sus 4 medidas son independientes, rango 4.
- *digits*: imágenes de 8 × 8 píxeles; los píxeles {_blank} valen 0 en todas las imágenes,
  así que esas columnas no tienen pivote, y el rango es {ranks["digits"][1]} y no 64.
- *wine* con la columna alcohol + ácido málico: sin ella el rango es {wine_alone}; con ella
  sigue siendo {ranks["wine + 1"][1]}. Pero con la tolerancia de $10^{{-16}}$ salen
  **{too_strict}** pivotes: un resto de redondeo se tomó por información. La tolerancia no
  es un detalle: decide la respuesta.
""",
        en=f"""
| data | shape | rank |
|---|---:|---:|
{_rows}

- *iris*: its 4 measurements are independent, rank 4.
- *digits*: images of 8 × 8 pixels; pixels {_blank} are 0 in every image, so those columns
  have no pivot, and the rank is {ranks["digits"][1]}, not 64.
- *wine* with the alcohol + malic acid column: without it the rank is {wine_alone}; with it, it
  is still {ranks["wine + 1"][1]}. But with the $10^{{-16}}$ tolerance there are **{too_strict}**
  pivots: a round-off leftover was taken for information. The tolerance is no detail: it
  decides the answer.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_rank = kit.exercise("rank", lang)
    ex_rank
    return (ex_rank,)


@app.cell(hide_code=True)
def _(ex_rank, kit):
    kit.feedback(ex_rank)
    return


@app.cell(hide_code=True)
def _(ex_rank, kit):
    kit.hints(ex_rank)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 3. ¿Una, ninguna o infinitas? El rango decide

Reduce la matriz aumentada $[A \mid \mathbf{b}]$, con $A$ de $m \times n$. Pueden pasar tres
cosas, y el rango las distingue (es el **teorema de Rouché–Capelli**; en algunos países,
Rouché–Frobenius):

$$
\exists\,\mathbf{x} : A\mathbf{x} = \mathbf{b} \iff \operatorname{rank} A = \operatorname{rank}[A \mid \mathbf{b}],
\qquad \exists!\,\mathbf{x} : A\mathbf{x} = \mathbf{b} \iff \operatorname{rank} A = \operatorname{rank}[A \mid \mathbf{b}] = n
$$

($\exists$ se lee “existe” y $\exists!$, “existe uno solo”.)

- Si $\operatorname{rank}[A \mid \mathbf{b}] > \operatorname{rank} A$, la forma reducida tiene una
  fila $[0 \ \cdots \ 0 \mid 1]$, que dice $0 = 1$: **ninguna** solución (sistema incompatible,
  o inconsistente).
- Si los rangos coinciden y valen $n$, cada variable tiene su pivote: **una** solución.
- Si coinciden pero son menores que $n$, quedan $n - \operatorname{rank} A$ variables libres:
  **infinitas** soluciones.

¿Cómo son esas infinitas? Si $\mathbf{x}_p$ es una solución cualquiera (una **solución
particular**) y $\mathbf{v}$ cumple $A\mathbf{v} = \mathbf{0}$, entonces
$A(\mathbf{x}_p + \mathbf{v}) = \mathbf{b} + \mathbf{0} = \mathbf{b}$. Y al revés, la
diferencia de dos soluciones cumple $A(\mathbf{x} - \mathbf{x}_p) = \mathbf{0}$. Así que

$$
\{\mathbf{x} : A\mathbf{x} = \mathbf{b}\} = \mathbf{x}_p + N(A),
\qquad N(A) = \{\mathbf{v} : A\mathbf{v} = \mathbf{0}\},
\qquad \dim N(A) = n - \operatorname{rank} A
$$

$N(A)$ es el **espacio nulo** (o núcleo) de $A$. De la RREF salen los dos: la solución
particular más cómoda pone cada variable libre en 0, y cada variable libre da un vector de
$N(A)$ (esa libre en 1, las otras libres en 0, y las variables pivote despejadas de sus filas).
En el plano, con una sola ecuación $x_1 + 2x_2 = 4$: $\mathbf{x}_p = (4, 0)$ y
$N(A)$ es la recta de dirección $(-2, 1)$ que pasa por el origen. Las soluciones son esa recta,
trasladada hasta $\mathbf{x}_p$:
""",
        en=r"""
## 3. One, none or infinitely many? The rank decides

Reduce the augmented matrix $[A \mid \mathbf{b}]$, with $A$ of size $m \times n$. Three things
can happen, and the rank tells them apart (this is the **Rouché–Capelli theorem**):

$$
\exists\,\mathbf{x} : A\mathbf{x} = \mathbf{b} \iff \operatorname{rank} A = \operatorname{rank}[A \mid \mathbf{b}],
\qquad \exists!\,\mathbf{x} : A\mathbf{x} = \mathbf{b} \iff \operatorname{rank} A = \operatorname{rank}[A \mid \mathbf{b}] = n
$$

($\exists$ reads “there is” and $\exists!$, “there is exactly one”.)

- If $\operatorname{rank}[A \mid \mathbf{b}] > \operatorname{rank} A$, the reduced form has a row
  $[0 \ \cdots \ 0 \mid 1]$, which says $0 = 1$: **no** solution (the system is inconsistent).
- If the ranks agree and equal $n$, every variable has its pivot: **one** solution.
- If they agree but are less than $n$, there are $n - \operatorname{rank} A$ free variables:
  **infinitely many** solutions.

What do those infinitely many look like? If $\mathbf{x}_p$ is any one solution (a
**particular solution**) and $\mathbf{v}$ satisfies $A\mathbf{v} = \mathbf{0}$, then
$A(\mathbf{x}_p + \mathbf{v}) = \mathbf{b} + \mathbf{0} = \mathbf{b}$. Conversely, the
difference of two solutions satisfies $A(\mathbf{x} - \mathbf{x}_p) = \mathbf{0}$. So

$$
\{\mathbf{x} : A\mathbf{x} = \mathbf{b}\} = \mathbf{x}_p + N(A),
\qquad N(A) = \{\mathbf{v} : A\mathbf{v} = \mathbf{0}\},
\qquad \dim N(A) = n - \operatorname{rank} A
$$

$N(A)$ is the **null space** (or kernel) of $A$. Both come out of the RREF: the handiest
particular solution sets every free variable to 0, and each free variable gives one vector of
$N(A)$ (that free variable 1, the other free ones 0, and the pivot variables solved from their
rows). In the plane, with a single equation $x_1 + 2x_2 = 4$: $\mathbf{x}_p = (4, 0)$ and
$N(A)$ is the line through the origin with direction $(-2, 1)$. The solutions are that line,
shifted to $\mathbf{x}_p$:
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, np, plt):
    _xp, _v = np.array([4.0, 0.0]), np.array([-2.0, 1.0])  # x₁ + 2x₂ = 4: x₂ free, set to 0, gives x_p
    _t = np.linspace(-4, 4, 2)
    _fig, _ax = plt.subplots(figsize=(6.4, 4.2))
    _ax.axhline(0, color="0.85", lw=0.8)
    _ax.axvline(0, color="0.85", lw=0.8)
    _ax.plot(
        *(np.outer(_t, _v)).T, color="0.5", ls="--", lw=1.4, label=kit.say(lang, es="N(A): A v = 0", en="N(A): A v = 0")
    )
    _ax.plot(
        *(_xp + np.outer(_t, _v)).T,
        color="tab:blue",
        lw=2.2,
        label=kit.say(lang, es="soluciones: x_p + t v", en="solutions: x_p + t v"),
    )
    for _step in (-1.0, 1.0, 2.0):
        _point = _xp + _step * _v
        _ax.annotate(
            "",
            xy=_point,
            xytext=_xp,
            arrowprops=dict(arrowstyle="-|>", color="tab:green", lw=1.3, shrinkA=0, shrinkB=0),
        )
        _ax.plot(*_point, "o", color="tab:green", ms=5)
        _ax.annotate(f"t = {_step:g}", _point, textcoords="offset points", xytext=(6, 4), fontsize=8, color="tab:green")
        assert abs(_point[0] + 2 * _point[1] - 4) < 1e-12  # each one solves the equation
    _ax.annotate("", xy=_v, xytext=(0, 0), arrowprops=dict(arrowstyle="-|>", color="0.3", lw=1.6, shrinkA=0, shrinkB=0))
    _ax.annotate("v = (−2, 1)", _v, textcoords="offset points", xytext=(-20, 8), fontsize=9)
    _ax.plot(*_xp, "o", color="black", ms=7, zorder=3)
    _ax.annotate("xₚ = (4, 0)", _xp, textcoords="offset points", xytext=(8, 6), fontsize=9)
    _ax.set_xlim(-5, 9)
    _ax.set_ylim(-3, 4)
    _ax.set_aspect("equal")
    _ax.set_xlabel("x₁")
    _ax.set_ylabel("x₂")
    _ax.set_title(
        kit.say(lang, es="x₁ + 2x₂ = 4: todas las soluciones", en="x₁ + 2x₂ = 4: every solution"), fontsize=11
    )
    _ax.legend(loc="upper right", fontsize=8)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(linalg, np):
    # The 3×4 example: read x_p and a basis of N(A) off the RREF of [A | b].
    A_wide = np.array([[1.0, 2.0, 0.0, 1.0], [0.0, 0.0, 1.0, 1.0], [1.0, 2.0, 1.0, 2.0]])
    b_wide = np.array([1.0, 2.0, 3.0])
    R_wide = linalg.row_echelon(A_wide, b_wide, reduced=True)
    pivots_wide = [int(np.flatnonzero(row[:4])[0]) for row in R_wide if np.any(row[:4] != 0)]
    free_wide = [column for column in range(4) if column not in pivots_wide]
    x_p_wide = np.zeros(4)
    x_p_wide[pivots_wide] = R_wide[: len(pivots_wide), 4]
    N_wide = np.zeros((4, len(free_wide)))
    for _k, _free in enumerate(free_wide):
        N_wide[_free, _k] = 1.0
        N_wide[pivots_wide, _k] = -R_wide[: len(pivots_wide), _free]
    return A_wide, N_wide, R_wide, b_wide, free_wide, pivots_wide, x_p_wide


@app.cell(hide_code=True)
def _(A_wide, N_wide, b_wide, linalg, mo, np, x_p_wide):
    rng = np.random.default_rng(0)
    t = rng.normal(size=N_wide.shape[1])  # any coefficients at all
    x_any = x_p_wide + N_wide @ t
    residual = np.abs(A_wide @ x_any - b_wide).max()  # A(x_p + N t) − b: zero up to round-off
    null_dimension = linalg.null_space(A_wide).shape[1]  # the library's orthonormal basis, from the SVD
    mo.show_code()
    return null_dimension, residual


@app.cell(hide_code=True)
def _(N_wide, R_wide, augmented_tex, free_wide, kit, lang, null_dimension, number_tex, pivots_wide, residual, x_p_wide):
    def _column(v):
        return r"\begin{pmatrix}" + r" \\ ".join(number_tex(value) for value in v) + r"\end{pmatrix}"

    _pivot_names = ", ".join(f"x_{c + 1}" for c in pivots_wide)
    _free_names = ", ".join(f"x_{c + 1}" for c in free_wide)
    _sum = " + ".join(f"t_{k + 1}{_column(N_wide[:, k])}" for k in range(N_wide.shape[1]))
    kit.text(
        lang,
        es=rf"""
Un ejemplo con más incógnitas que ecuaciones: $A$ de $3 \times 4$ con filas $(1, 2, 0, 1)$,
$(0, 0, 1, 1)$, $(1, 2, 1, 2)$ (la tercera es la suma de las otras dos) y
$\mathbf{{b}} = (1, 2, 3)$. Su RREF es

$$
{augmented_tex(R_wide)}
$$

Las variables pivote son ${_pivot_names}$ y las libres ${_free_names}$: rango {len(pivots_wide)},
y $4 - {len(pivots_wide)} = {len(free_wide)}$ parámetros libres. Todas las soluciones son

$$
\mathbf{{x}} = {_column(x_p_wide)} + {_sum}
$$

El código de arriba toma coeficientes $t$ al azar y comprueba que
$A\mathbf{{x}} = \mathbf{{b}}$: el mayor error es ${kit.tex_number(residual)}$. Y
`gradiente.linalg.null_space`, que calcula $N(A)$ de otra manera (con la descomposición en
valores singulares), también encuentra un espacio de dimensión {null_dimension}.
""",
        en=rf"""
An example with more unknowns than equations: $A$ of size $3 \times 4$ with rows
$(1, 2, 0, 1)$, $(0, 0, 1, 1)$, $(1, 2, 1, 2)$ (the third is the sum of the other two) and
$\mathbf{{b}} = (1, 2, 3)$. Its RREF is

$$
{augmented_tex(R_wide)}
$$

The pivot variables are ${_pivot_names}$ and the free ones ${_free_names}$: rank
{len(pivots_wide)}, and $4 - {len(pivots_wide)} = {len(free_wide)}$ free parameters. All the
solutions are

$$
\mathbf{{x}} = {_column(x_p_wide)} + {_sum}
$$

The code above draws random coefficients $t$ and checks that $A\mathbf{{x}} = \mathbf{{b}}$:
the largest error is ${kit.tex_number(residual)}$. And `gradiente.linalg.null_space`, which
computes $N(A)$ another way (with the singular value decomposition), also finds a space of
dimension {null_dimension}.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Ahora tú. El primer ejercicio cuenta las soluciones y devuelve un número (0, 1 o
`math.inf`), no una palabra, para que el corrector pueda compararlo. Ojo con el atajo del
determinante: solo existe para $A$ cuadrada, y $\det A = 0$ dice que no hay exactamente una
solución, pero no si hay ninguna o infinitas.
""",
        en=r"""
Your turn. The first exercise counts the solutions and returns a number (0, 1 or
`math.inf`), not a word, so that the grader can compare it. Beware of the determinant
shortcut: it exists only for a square $A$, and $\det A = 0$ says there is not exactly one
solution, but not whether there are none or infinitely many.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_count_solutions = kit.exercise("count_solutions", lang)
    ex_count_solutions
    return (ex_count_solutions,)


@app.cell(hide_code=True)
def _(ex_count_solutions, kit):
    kit.feedback(ex_count_solutions)
    return


@app.cell(hide_code=True)
def _(ex_count_solutions, kit):
    kit.hints(ex_count_solutions)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
El segundo devuelve la solución particular con las variables libres en 0. Si el sistema no
tiene solución, no hay nada que devolver: tu función debe **lanzar** `ValueError` con un
mensaje que diga por qué (el corrector lo comprueba). No sirve `np.linalg.lstsq`: cuando hay
infinitas soluciones da la de norma mínima, que es otra, y cuando no hay ninguna devuelve la
de mínimos cuadrados sin avisar.
""",
        en=r"""
The second returns the particular solution with the free variables at 0. If the system has
no solution there is nothing to return: your function must **raise** `ValueError` with a
message saying why (the grader checks it). `np.linalg.lstsq` will not do: when there are
infinitely many solutions it gives the minimum-norm one, which is another one, and when there
are none it returns the least-squares fit without a word.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_particular_solution = kit.exercise("particular_solution", lang)
    ex_particular_solution
    return (ex_particular_solution,)


@app.cell(hide_code=True)
def _(ex_particular_solution, kit):
    kit.feedback(ex_particular_solution)
    return


@app.cell(hide_code=True)
def _(ex_particular_solution, kit):
    kit.hints(ex_particular_solution)
    return


@app.cell(hide_code=True)
def _(kit, lang, np):
    _eps = np.finfo(float).eps
    kit.text(
        lang,
        es=rf"""
## 4. ¿Por qué pivotar?

En papel, cualquier pivote distinto de 0 sirve. En la computadora, un pivote **diminuto** es
casi tan malo como un 0. Toma

$$
\begin{{pmatrix}} \varepsilon & 1 \\ 1 & 1 \end{{pmatrix}}
\begin{{pmatrix}} x_1 \\ x_2 \end{{pmatrix}} = \begin{{pmatrix}} 1 \\ 2 \end{{pmatrix}},
\qquad x_1 = \frac{{1}}{{1 - \varepsilon}} \approx 1, \quad x_2 = \frac{{1 - 2\varepsilon}}{{1 - \varepsilon}} \approx 1
$$

**Sin intercambio**, el pivote es $\varepsilon$ y el multiplicador es $\ell = 1/\varepsilon$,
enorme: $R_2 \leftarrow R_2 - \ell R_1$ deja $(1 - \ell)\,x_2 = 2 - \ell$, donde el 1 y el 2 se
pierden casi por completo junto a $\ell$. El $x_2$ que sale es bueno, pero su error de redondeo,
del orden del épsilon de máquina, $\varepsilon_{{\mathrm{{m}}}} \approx {kit.tex_number(_eps)}$, se divide entre $\varepsilon$
al despejar $x_1 = (1 - x_2)/\varepsilon$: el error de $x_1$ crece como
$\varepsilon_{{\mathrm{{m}}}}/\varepsilon$. **Con intercambio** (pivoteo parcial), el pivote es el 1
de la segunda fila, el multiplicador es $\ell = \varepsilon$, y nada se amplifica.
""",
        en=rf"""
## 4. Why pivot?

On paper, any non-zero pivot will do. On a computer, a **tiny** pivot is nearly as bad as a 0.
Take

$$
\begin{{pmatrix}} \varepsilon & 1 \\ 1 & 1 \end{{pmatrix}}
\begin{{pmatrix}} x_1 \\ x_2 \end{{pmatrix}} = \begin{{pmatrix}} 1 \\ 2 \end{{pmatrix}},
\qquad x_1 = \frac{{1}}{{1 - \varepsilon}} \approx 1, \quad x_2 = \frac{{1 - 2\varepsilon}}{{1 - \varepsilon}} \approx 1
$$

**Without a swap**, the pivot is $\varepsilon$ and the multiplier is $\ell = 1/\varepsilon$,
huge: $R_2 \leftarrow R_2 - \ell R_1$ leaves $(1 - \ell)\,x_2 = 2 - \ell$, where the 1 and the 2
are almost lost next to $\ell$. The $x_2$ that comes out is good, but its round-off error, about
machine epsilon, $\varepsilon_{{\mathrm{{m}}}} \approx {kit.tex_number(_eps)}$, is divided by $\varepsilon$ when you
solve $x_1 = (1 - x_2)/\varepsilon$: the error of $x_1$ grows like
$\varepsilon_{{\mathrm{{m}}}}/\varepsilon$. **With a swap** (partial pivoting), the pivot is the 1
of the second row, the multiplier is $\ell = \varepsilon$, and nothing is amplified.
""",
    )
    return


@app.cell(hide_code=True)
def _(mo, np):
    def x1_without_swap(eps):
        ell = 1 / eps  # R2 ← R2 − (1/ε)·R1
        x2 = (2 - ell * 1) / (1 - ell * 1)
        return (1 - 1 * x2) / eps  # first row: ε·x1 + x2 = 1

    def x1_with_swap(eps):
        ell = eps  # after R1 ↔ R2 the pivot is 1: R2 ← R2 − ε·R1
        x2 = (1 - ell * 2) / (1 - ell * 1)
        return (2 - 1 * x2) / 1  # first row, now x1 + x2 = 2

    epsilons = np.logspace(-1, -17, 321)
    exact_x1 = 1 / (1 - epsilons)
    error_without = np.abs(x1_without_swap(epsilons) - exact_x1)
    error_with = np.abs(x1_with_swap(epsilons) - exact_x1)
    mo.show_code()
    return epsilons, error_with, error_without, exact_x1, x1_with_swap, x1_without_swap


@app.cell(hide_code=True)
def _(kit, lang, mo):
    log_eps_slider = mo.ui.slider(
        -17.0,
        -1.0,
        step=0.5,
        value=-12.0,
        show_value=True,
        label=kit.say(lang, es="$\\log_{10} \\varepsilon$", en="$\\log_{10} \\varepsilon$"),
        full_width=True,
    )
    log_eps_slider
    return (log_eps_slider,)


@app.cell(hide_code=True)
def _(epsilons, error_with, error_without, kit, lang, log_eps_slider, np, plt, x1_with_swap, x1_without_swap):
    _eps = 10.0**log_eps_slider.value
    _exact = 1 / (1 - _eps)
    _floor = 1e-17  # an error of exactly 0 cannot sit on a log axis
    _machine = np.finfo(float).eps
    _fig, _ax = plt.subplots(figsize=(8.2, 4.3))
    _ax.loglog(
        epsilons,
        np.maximum(error_without, _floor),
        ".",
        color="tab:red",
        ms=3,
        label=kit.say(lang, es="sin intercambio", en="without a swap"),
    )
    _ax.loglog(
        epsilons,
        np.maximum(error_with, _floor),
        ".",
        color="tab:blue",
        ms=3,
        label=kit.say(lang, es="con pivoteo parcial", en="with partial pivoting"),
    )
    _ax.loglog(
        epsilons,
        _machine / epsilons,
        ":",
        color="0.3",
        lw=1.2,
        label="εₘ/ε " + kit.say(lang, es="(pendiente −1)", en="(slope −1)"),
    )
    _ax.loglog(
        [_eps], [max(abs(x1_without_swap(_eps) - _exact), _floor)], "o", color="tab:red", ms=10, mfc="none", mew=2
    )
    _ax.loglog([_eps], [max(abs(x1_with_swap(_eps) - _exact), _floor)], "o", color="tab:blue", ms=10, mfc="none", mew=2)
    _ax.axvline(_eps, color="0.75", lw=1)
    _ax.set_xlim(1e-17, 1e-1)
    _ax.set_ylim(1e-17, 10)
    _ax.xaxis.set_major_formatter(kit.powers_of_ten())
    _ax.yaxis.set_major_formatter(kit.powers_of_ten())
    _ax.minorticks_off()
    _ax.set_xlabel("ε")
    _ax.set_ylabel(kit.say(lang, es="error de x₁", en="error of x₁"))
    _ax.set_title(
        kit.say(lang, es="Un pivote diminuto amplifica el redondeo", en="A tiny pivot amplifies round-off"), fontsize=11
    )
    _ax.grid(True, which="major", color="0.92")
    _ax.legend(loc="center left", fontsize=8)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang, linalg, log_eps_slider, np, x1_with_swap, x1_without_swap):
    _eps = 10.0**log_eps_slider.value
    _exact = 1 / (1 - _eps)
    _without, _with = x1_without_swap(_eps), x1_with_swap(_eps)
    _library = linalg.solve(np.array([[_eps, 1.0], [1.0, 1.0]]), np.array([1.0, 2.0]))[0]

    def _err(value):
        _e = abs(value - _exact)
        return "0" if _e == 0 else kit.tex_number(_e, 2)

    kit.text(
        lang,
        es=rf"""
Con $\varepsilon = 10^{{{log_eps_slider.value:g}}}$: la respuesta es $x_1 = {_exact:.16g}$; sin
intercambio sale ${_without:.16g}$ (error ${_err(_without)}$), con pivoteo parcial
${_with:.16g}$ (error ${_err(_with)}$), y `gradiente.linalg.solve`, que pivota, da
${_library:.16g}$. Los puntos rojos siguen la recta de pendiente $-1$ (por debajo de ella,
con saltos: algunos redondeos tienen suerte), hasta que en $\varepsilon \approx 10^{{-16}}$ el
error es del tamaño de la respuesta y no queda ningún dígito correcto. Los azules se quedan en
el piso del redondeo. El pivoteo parcial elige siempre el mayor $|a|$ de la columna, así que
todos los multiplicadores cumplen $|\ell| \le 1$: ninguno es enorme, como el $1/\varepsilon$ de arriba.
""",
        en=rf"""
With $\varepsilon = 10^{{{log_eps_slider.value:g}}}$: the answer is $x_1 = {_exact:.16g}$; without a
swap you get ${_without:.16g}$ (error ${_err(_without)}$), with partial pivoting ${_with:.16g}$
(error ${_err(_with)}$), and `gradiente.linalg.solve`, which pivots, gives ${_library:.16g}$.
The red points follow the slope $-1$ line (below it, jumping: some roundings are lucky), until
at $\varepsilon \approx 10^{{-16}}$ the error is the size of the answer and not one digit is
right. The blue ones stay on the round-off floor. Partial pivoting always picks the largest
$|a|$ in the column, so every multiplier has $|\ell| \le 1$: none is huge, like the $1/\varepsilon$ above.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 5. Autoevaluación

Cuatro preguntas rápidas. La respuesta se corrige en cuanto eliges una opción.
""",
        en=r"""
## 5. Self-check

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
                es="**1.** ¿Puede un sistema de 3 ecuaciones con 2 incógnitas tener exactamente una solución?",
                en="**1.** Can a system of 3 equations in 2 unknowns have exactly one solution?",
            ),
            (
                T(
                    es="Sí, si rank A = rank [A | b] = 2",
                    en="Yes, if rank A = rank [A | b] = 2",
                ),
                T(
                    es="No: con más ecuaciones que incógnitas nunca hay solución",
                    en="No: with more equations than unknowns there is never a solution",
                ),
                T(
                    es="No: con más ecuaciones que incógnitas siempre hay infinitas",
                    en="No: with more equations than unknowns there are always infinitely many",
                ),
            ),
            answer=0,
            why=T(
                es=r"Lo que cuenta es el rango, no cuántas ecuaciones hay. Tres rectas del plano pueden pasar por un mismo punto: $x + y = 3$, $x - y = 1$ y $2x + y = 5$ se cortan en $(2, 1)$. La tercera ecuación es combinación de las otras dos, así que $\operatorname{rank} A = \operatorname{rank}[A \mid \mathbf{b}] = 2 = n$.",
                en=r"What counts is the rank, not how many equations there are. Three lines in the plane can go through one point: $x + y = 3$, $x - y = 1$ and $2x + y = 5$ meet at $(2, 1)$. The third equation is a combination of the other two, so $\operatorname{rank} A = \operatorname{rank}[A \mid \mathbf{b}] = 2 = n$.",
            ),
        ),
        Question(
            T(
                es=r"**2.** Si $\operatorname{rank}[A \mid \mathbf{b}] > \operatorname{rank} A$, el sistema…",
                en=r"**2.** If $\operatorname{rank}[A \mid \mathbf{b}] > \operatorname{rank} A$, the system…",
            ),
            (
                T(es="tiene infinitas soluciones", en="has infinitely many solutions"),
                T(es="no tiene solución", en="has no solution"),
                T(es="tiene una sola solución", en="has exactly one solution"),
                T(es="no se puede saber sin calcular det A", en="cannot be decided without det A"),
            ),
            answer=1,
            why=T(
                es=r"El pivote de más está en la columna de $\mathbf{b}$: la forma reducida tiene una fila $[0 \ \cdots \ 0 \mid 1]$, que dice $0 = 1$. Ningún $\mathbf{x}$ la cumple. (Y det A ni siquiera existe si A no es cuadrada.)",
                en=r"The extra pivot is in $\mathbf{b}$'s column: the reduced form has a row $[0 \ \cdots \ 0 \mid 1]$, which says $0 = 1$. No $\mathbf{x}$ satisfies it. (And det A does not even exist when A is not square.)",
            ),
        ),
        Question(
            T(
                es="**3.** Un sistema compatible tiene 5 incógnitas y su matriz tiene rango 3. ¿Cuántos parámetros libres tienen sus soluciones?",
                en="**3.** A consistent system has 5 unknowns and its matrix has rank 3. How many free parameters do its solutions have?",
            ),
            (T.same("2"), T.same("3"), T.same("5"), T.same("8")),
            answer=0,
            why=T(
                es=r"Cada pivote fija una variable; las $n - \operatorname{rank} A = 5 - 3 = 2$ restantes son libres. Las soluciones son $\mathbf{x}_p + t_1\mathbf{v}_1 + t_2\mathbf{v}_2$, con $\dim N(A) = 2$.",
                en=r"Each pivot pins down one variable; the remaining $n - \operatorname{rank} A = 5 - 3 = 2$ are free. The solutions are $\mathbf{x}_p + t_1\mathbf{v}_1 + t_2\mathbf{v}_2$, with $\dim N(A) = 2$.",
            ),
        ),
        Question(
            T(
                es="**4.** ¿Qué operación de fila le cambia el signo al determinante?",
                en="**4.** Which row operation flips the sign of the determinant?",
            ),
            (
                T(es="intercambiar dos filas", en="swapping two rows"),
                T(es="multiplicar una fila por un número c", en="multiplying a row by a number c"),
                T(es="sumar a una fila un múltiplo de otra", en="adding a multiple of one row to another"),
            ),
            answer=0,
            why=T(
                es=r"Un intercambio multiplica el determinante por $-1$. Multiplicar una fila por $c$ lo multiplica por $c$ (cambia de signo solo si $c < 0$, y además cambia su tamaño), y sumar un múltiplo de otra fila no lo cambia. Por eso la lección 1.4 calcula $\det A$ como el producto de los pivotes, con un signo por cada intercambio.",
                en=r"A swap multiplies the determinant by $-1$. Multiplying a row by $c$ multiplies it by $c$ (a sign flip only if $c < 0$, and its size changes too), and adding a multiple of another row leaves it alone. That is why lesson 1.4 computes $\det A$ as the product of the pivots, with one sign per swap.",
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
## 6. Resumen

- $A\mathbf{x} = \mathbf{b}$ se lee por filas (rectas o planos que se cortan) y por columnas ($\mathbf{b}$ como combinación $x_1\mathbf{a}_1 + \dots + x_n\mathbf{a}_n$ de las columnas de $A$).
- Intercambiar filas, multiplicar una fila por $c \neq 0$ y sumarle a una fila un múltiplo de otra no cambian las soluciones. La eliminación las usa para llegar a la forma escalonada (ceros debajo de los pivotes) y, con Gauss–Jordan, a la forma escalonada reducida (pivotes 1, ceros arriba y abajo), que es **única**.
- Con **pivoteo parcial** el pivote es la entrada de mayor $|a|$ de su columna: los multiplicadores cumplen $|\ell| \le 1$, y ninguno amplifica el redondeo como lo haría un $1/\varepsilon$ enorme. Un pivote diminuto $\varepsilon$ puede multiplicar el error hasta por cerca de $1/\varepsilon$.
- En la computadora, “es cero” quiere decir $|a| < \text{tol}$. Una tolerancia demasiado estricta toma el redondeo por información (wine con una columna redundante daría rango 14 en vez de 13).
- $\operatorname{rank} A$ es el número de pivotes. Hay solución si y solo si $\operatorname{rank} A = \operatorname{rank}[A \mid \mathbf{b}]$, y es única si además $\operatorname{rank} A = n$ (Rouché–Capelli). El determinante no sirve para esto: solo existe para $A$ cuadrada y no distingue “ninguna” de “infinitas”.
- Todas las soluciones son $\mathbf{x}_p + N(A)$, con $\dim N(A) = n - \operatorname{rank} A$ parámetros libres. La solución particular más cómoda pone las variables libres en 0; la de mínimos cuadrados (norma mínima) es otra.
""",
        en=r"""
## 6. Summary

- $A\mathbf{x} = \mathbf{b}$ reads by rows (lines or planes that cross) and by columns ($\mathbf{b}$ as a combination $x_1\mathbf{a}_1 + \dots + x_n\mathbf{a}_n$ of the columns of $A$).
- Swapping rows, multiplying a row by $c \neq 0$ and adding a multiple of one row to another do not change the solutions. Elimination uses them to reach the row-echelon form (zeros below the pivots) and, with Gauss–Jordan, the reduced row-echelon form (pivots 1, zeros above and below), which is **unique**.
- With **partial pivoting** the pivot is the entry of largest $|a|$ in its column: the multipliers have $|\ell| \le 1$, and none amplifies round-off the way a huge $1/\varepsilon$ would. A tiny pivot $\varepsilon$ can multiply the error by up to about $1/\varepsilon$.
- On a computer, “is zero” means $|a| < \text{tol}$. A tolerance that is too strict takes round-off for information (wine with a redundant column would get rank 14 instead of 13).
- $\operatorname{rank} A$ is the number of pivots. There is a solution if and only if $\operatorname{rank} A = \operatorname{rank}[A \mid \mathbf{b}]$, and it is unique if also $\operatorname{rank} A = n$ (Rouché–Capelli). The determinant will not do here: it exists only for a square $A$ and does not tell “none” from “infinitely many”.
- Every solution is $\mathbf{x}_p + N(A)$, with $\dim N(A) = n - \operatorname{rank} A$ free parameters. The handiest particular solution sets the free variables to 0; the least-squares (minimum-norm) one is another.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 7. Para seguir

La guía de estudio no trae recursos de álgebra lineal. Si quieres ver estas ideas animadas,
busca la serie *Essence of linear algebra* de 3Blue1Brown: su
capítulo sobre matrices inversas, espacio columna y espacio nulo cuenta la mirada por columnas
de la sección 1. Y para ubicar el álgebra lineal en el mapa:
""",
        en=r"""
## 7. Keep going

The study guide has no linear-algebra resources. If you want to see these ideas animated,
look for 3Blue1Brown's *Essence of linear algebra* series: its chapter on inverse matrices,
column space and null space tells the column view of section 1. And to place linear algebra
on the map:
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.resources("linear-systems-rank", lang)
    return


if __name__ == "__main__":
    app.run()
