import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 3.4")


@app.cell(hide_code=True)
def _():
    import marimo as mo
    import numpy as np

    from gradiente.course.kit import Kit
    from gradiente.datasets import load_iris
    from gradiente.optim import (
        minimize_constrained,
        project_ball,
        project_box,
        project_simplex,
        solve_equality_qp,
    )

    kit = Kit()
    plt = kit.pyplot()
    return (
        kit,
        load_iris,
        minimize_constrained,
        mo,
        np,
        plt,
        project_ball,
        project_box,
        project_simplex,
        solve_equality_qp,
    )


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
    kit.header("lagrange-multipliers", lang)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Hasta ahora cada parámetro podía tomar cualquier valor. Muchas veces no es así: unos pesos
deben sumar 1, un vector debe tener norma 1, una probabilidad no puede ser negativa, un
punto debe quedar del lado correcto de una frontera. En esta lección aprendes a minimizar
con **restricciones**: el lagrangiano, sus multiplicadores y qué miden, las condiciones KKT
para desigualdades y un método práctico, el descenso de gradiente proyectado.

**Al terminar podrás:**

- plantear el lagrangiano de un problema con igualdades y explicar por qué en el óptimo $\nabla f$ y $\nabla h$ son paralelos;
- interpretar el multiplicador $\nu$ como la tasa de cambio del valor óptimo cuando mueves la restricción (el precio sombra);
- escribir las cuatro condiciones KKT y decidir si una desigualdad está activa o no;
- formar la función dual de un problema pequeño, ver que nunca supera al óptimo, y probar que el problema de PCA lleva a $Cw = \lambda w$;
- resolver problemas sencillos con descenso de gradiente proyectado sobre una caja, una bola o el símplex.
""",
        en=r"""
So far every parameter could take any value. Often that is not the case: some weights must
add up to 1, a vector must have norm 1, a probability cannot be negative, a point must stay
on the right side of a boundary. In this lesson you learn to minimise under **constraints**:
the Lagrangian, its multipliers and what they measure, the KKT conditions for inequalities,
and a practical method, projected gradient descent.

**By the end you will be able to:**

- set up the Lagrangian of a problem with equalities and explain why $\nabla f$ and $\nabla h$ are parallel at the optimum;
- read the multiplier $\nu$ as the rate at which the optimal value changes when you move the constraint (the shadow price);
- write the four KKT conditions and decide whether an inequality is active or not;
- form the dual function of a small problem, see that it never exceeds the optimum, and prove that PCA's problem leads to $Cw = \lambda w$;
- solve simple problems with projected gradient descent on a box, a ball or the simplex.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 0. ¿Dónde aparecen las restricciones en machine learning?

- **PCA** (lección 1.6) busca la dirección $w$ de mayor varianza, $\max\, w^\top C w$, pero con
  $\lVert w \rVert = 1$: sin esa restricción bastaría alargar $w$ para que la varianza creciera
  sin límite.
- **La SVM** (módulo 4) busca la frontera con el margen más ancho sujeta a que cada punto
  $x_i$ quede bien clasificado: $y_i(w^\top x_i + b) \ge 1$ para todo $i$.
- **Pesos que suman 1**: una mezcla de modelos, una cartera de inversión, una distribución de
  probabilidad. Esos vectores viven en el **símplex** $\{x \ge 0,\ \sum_i x_i = 1\}$.
- **Regularizar** es casi lo mismo que restringir: minimizar el costo con $\lVert w \rVert \le r$
  se parece a sumarle una penalización $\lambda \lVert w \rVert^2$, y el multiplicador de la
  restricción hace el papel de $\lambda$.

La convención de signo del curso (§1.6) es una sola para todo el módulo: para
$\min f(x)$ sujeto a $g_i(x) \le 0$ y $h_j(x) = 0$,

$$
L(x, \lambda, \nu) = f(x) + \sum_i \lambda_i\, g_i(x) + \sum_j \nu_j\, h_j(x), \qquad \lambda_i \ge 0
$$

Una restricción escrita como "$\ge$" se voltea antes: $y_i(w^\top x_i + b) \ge 1$ se vuelve
$1 - y_i(w^\top x_i + b) \le 0$. Otros textos usan $f - \lambda g$ o escriben las
desigualdades como $g \ge 0$: el óptimo es el mismo, pero los signos de los multiplicadores
cambian, así que fíjate siempre en cuál usa cada fuente (también en la lección 7 del mini curso
de la guía).
""",
        en=r"""
## 0. Where do constraints show up in machine learning?

- **PCA** (lesson 1.6) looks for the direction $w$ of largest variance, $\max\, w^\top C w$, but
  with $\lVert w \rVert = 1$: without that constraint, stretching $w$ would make the variance
  grow without bound.
- **The SVM** (module 4) looks for the boundary with the widest margin subject to every point
  $x_i$ being classified correctly: $y_i(w^\top x_i + b) \ge 1$ for every $i$.
- **Weights that add up to 1**: a mixture of models, an investment portfolio, a probability
  distribution. Those vectors live on the **simplex** $\{x \ge 0,\ \sum_i x_i = 1\}$.
- **Regularising** is nearly the same as constraining: minimising the cost with
  $\lVert w \rVert \le r$ resembles adding a penalty $\lambda \lVert w \rVert^2$, and the
  constraint's multiplier plays the part of $\lambda$.

The course's sign convention (§1.6) is one for the whole module: for $\min f(x)$ subject to
$g_i(x) \le 0$ and $h_j(x) = 0$,

$$
L(x, \lambda, \nu) = f(x) + \sum_i \lambda_i\, g_i(x) + \sum_j \nu_j\, h_j(x), \qquad \lambda_i \ge 0
$$

A constraint written with "$\ge$" is flipped first: $y_i(w^\top x_i + b) \ge 1$ becomes
$1 - y_i(w^\top x_i + b) \le 0$. Other texts use $f - \lambda g$ or write inequalities as
$g \ge 0$: the optimum is the same, but the multipliers' signs change, so always check which one
a source uses (lesson 7 of the study guide's mini-course included).
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 1. Una igualdad: el punto donde los gradientes se alinean

Empieza con un problema que puedes dibujar: el punto del círculo de radio $r$ más cercano a
$(2, 1)$,

$$
\min_{x, y}\ f(x, y) = (x - 2)^2 + (y - 1)^2 \quad \text{s.t.} \quad h(x, y) = x^2 + y^2 - r^2 = 0
$$

Camina por el círculo. En un punto cualquiera, $f$ cambia al avanzar en la dirección
tangente $u$ a razón $\nabla f \cdot u$ (la derivada direccional de la lección 2.1). Si ese
número no es cero, avanzar hacia un lado baja $f$, así que ese punto no es el mínimo. En el
mínimo, entonces, $\nabla f \cdot u = 0$: $\nabla f$ es perpendicular al círculo. Y $\nabla h$
también lo es, porque el círculo es una curva de nivel de $h$. Dos vectores perpendiculares
a la misma curva en el mismo punto son paralelos:

$$
\nabla f(x^*) + \nu\, \nabla h(x^*) = 0, \qquad h(x^*) = 0
$$

El número $\nu$ es el **multiplicador de Lagrange**. Esas dos ecuaciones dicen exactamente
que el gradiente del **lagrangiano** $L(x, \nu) = f(x) + \nu\, h(x)$ es cero, en $x$ y en $\nu$:
una restricción convertida en un punto crítico sin restricciones.

Aquí se resuelve a mano: $2(x - 2) + 2\nu x = 0$ y $2(y - 1) + 2\nu y = 0$ dan
$(x, y) = (2, 1)/(1 + \nu)$, y la restricción pide $\sqrt{5}/\lvert 1 + \nu \rvert = r$. Los dos
signos dan dos puntos: el más cercano, $x^* = r\,(2, 1)/\sqrt{5}$ con $\nu = \sqrt{5}/r - 1$, y el
más lejano, con $1 + \nu = -\sqrt{5}/r$. Ojo: la condición también se cumple en el **máximo** de
$f$ sobre el círculo. Es necesaria, no suficiente; hay que comparar los candidatos.

Mueve el punto por el círculo con el ángulo $\theta$. A la derecha ves $f$ a lo largo del
círculo, y el ángulo entre las rectas de $\nabla f$ y de $\nabla h$: vale 0 justo en el mínimo y
en el máximo.
""",
        en=r"""
## 1. One equality: the point where the gradients line up

Start with a problem you can draw: the point of the circle of radius $r$ nearest to $(2, 1)$,

$$
\min_{x, y}\ f(x, y) = (x - 2)^2 + (y - 1)^2 \quad \text{s.t.} \quad h(x, y) = x^2 + y^2 - r^2 = 0
$$

Walk along the circle. At any point, $f$ changes as you move in the tangent direction $u$ at
the rate $\nabla f \cdot u$ (the directional derivative of lesson 2.1). If that number is not
zero, moving one way lowers $f$, so that point is not the minimum. At the minimum, then,
$\nabla f \cdot u = 0$: $\nabla f$ is perpendicular to the circle. And so is $\nabla h$, because
the circle is a level curve of $h$. Two vectors perpendicular to the same curve at the same
point are parallel:

$$
\nabla f(x^*) + \nu\, \nabla h(x^*) = 0, \qquad h(x^*) = 0
$$

The number $\nu$ is the **Lagrange multiplier**. Those two equations say exactly that the
gradient of the **Lagrangian** $L(x, \nu) = f(x) + \nu\, h(x)$ is zero, in $x$ and in $\nu$: a
constraint turned into a critical point without constraints.

Here it can be solved by hand: $2(x - 2) + 2\nu x = 0$ and $2(y - 1) + 2\nu y = 0$ give
$(x, y) = (2, 1)/(1 + \nu)$, and the constraint asks for $\sqrt{5}/\lvert 1 + \nu \rvert = r$. The two
signs give two points: the nearest, $x^* = r\,(2, 1)/\sqrt{5}$ with $\nu = \sqrt{5}/r - 1$, and the
farthest, with $1 + \nu = -\sqrt{5}/r$. Careful: the condition also holds at the **maximum** of $f$
on the circle. It is necessary, not sufficient; you have to compare the candidates.

Move the point along the circle with the angle $\theta$. On the right you see $f$ along the
circle, and the angle between the lines of $\nabla f$ and of $\nabla h$: it is 0 exactly at the
minimum and at the maximum.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    radius_slider = mo.ui.slider(
        0.5, 3.0, step=0.1, value=1.0, show_value=True, label=kit.say(lang, es="Radio $r$", en="Radius $r$")
    )
    theta_slider = mo.ui.slider(
        0,
        355,
        step=5,
        value=90,
        show_value=True,
        label=kit.say(lang, es="Ángulo $\\theta$ (°)", en="Angle $\\theta$ (°)"),
    )
    mo.hstack([radius_slider, theta_slider], justify="start", gap=2)
    return radius_slider, theta_slider


@app.cell(hide_code=True)
def _(minimize_constrained, np):
    CENTRE = np.array([2.0, 1.0])

    def f_centre(x):
        return ((x - CENTRE) ** 2).sum()  # written with Tensor operations: autodiff gives the gradients

    def on_circle(radius, start=None):
        """The constrained minimum on the circle of this radius, by the library's augmented Lagrangian."""
        circle = {"type": "eq", "fun": lambda x: (x**2).sum() - radius**2}
        return minimize_constrained(f_centre, np.array([radius, 0.0]) if start is None else start, [circle])

    return CENTRE, on_circle


@app.cell(hide_code=True)
def _(on_circle, radius_slider):
    # Only r changes the optimum: recomputed when r moves, not when θ does.
    circle_result = on_circle(radius_slider.value)
    # for the shadow price; started from the first answer, so it takes a few steps only
    circle_result_nearby = on_circle(radius_slider.value + 0.01, circle_result.x * (1 + 0.01 / radius_slider.value))
    return circle_result, circle_result_nearby


@app.cell(hide_code=True)
def _(CENTRE, circle_result, kit, lang, np, plt, radius_slider, theta_slider):
    _r = radius_slider.value
    _theta = np.radians(theta_slider.value)
    _p = _r * np.array([np.cos(_theta), np.sin(_theta)])
    _grad_f = 2 * (_p - CENTRE)
    _grad_h = 2 * _p
    _cos = abs(_grad_f @ _grad_h) / (np.linalg.norm(_grad_f) * np.linalg.norm(_grad_h))
    point_angle = float(np.degrees(np.arccos(min(1.0, _cos))))  # angle between the two lines, 0°–90°
    _fig, (_ax, _ax2) = plt.subplots(1, 2, figsize=(11, 4.8), gridspec_kw={"width_ratios": [1.1, 1]})
    _xs = np.linspace(-3.4, 3.4, 121)
    _X, _Y = np.meshgrid(_xs, _xs)
    _ax.contour(
        _X, _Y, (_X - 2) ** 2 + (_Y - 1) ** 2, levels=[0.25, 1, 2, 4, 7, 11, 16, 22], cmap="viridis", linewidths=0.9
    )
    _t = np.linspace(0, 2 * np.pi, 200)
    _ax.plot(_r * np.cos(_t), _r * np.sin(_t), color="tab:red", lw=2, label=kit.say(lang, es="$h = 0$", en="$h = 0$"))
    _star = circle_result.x
    _ax.plot(*_star, "*", color="tab:green", ms=15, label=kit.say(lang, es="mínimo $x^*$", en="minimum $x^*$"))
    _ax.plot(*CENTRE, "+", color="black", ms=10)
    _scale = 0.6 / max(np.linalg.norm(_grad_f), 1e-12)
    _ax.annotate("", xy=_p + _scale * _grad_f, xytext=_p, arrowprops=dict(arrowstyle="-|>", color="black", lw=2))
    _ax.annotate(r"$\nabla f$", _p + _scale * _grad_f, textcoords="offset points", xytext=(4, 4), fontsize=11)
    _scale_h = 0.6 / max(np.linalg.norm(_grad_h), 1e-12)
    _ax.annotate("", xy=_p + _scale_h * _grad_h, xytext=_p, arrowprops=dict(arrowstyle="-|>", color="tab:red", lw=2))
    _ax.annotate(
        r"$\nabla h$",
        _p + _scale_h * _grad_h,
        textcoords="offset points",
        xytext=(4, -12),
        fontsize=11,
        color="tab:red",
    )
    _ax.plot(*_p, "o", color="black", ms=7)
    _ax.set_xlim(-3.4, 3.4)
    _ax.set_ylim(-3.4, 3.4)
    _ax.set_aspect("equal")
    _ax.set_xlabel("x")
    _ax.set_ylabel("y")
    _ax.legend(loc="lower left", fontsize=8)
    _ax.set_title(
        kit.say(lang, es="Las flechas tienen el mismo largo", en="The arrows have the same length"), fontsize=10
    )
    _degrees = np.arange(0, 361)
    _along = (_r * np.cos(np.radians(_degrees)) - 2) ** 2 + (_r * np.sin(np.radians(_degrees)) - 1) ** 2
    _ax2.plot(
        _degrees, _along, color="tab:blue", lw=2, label=kit.say(lang, es="$f$ sobre el círculo", en="$f$ on the circle")
    )
    _ax2.axvline(theta_slider.value, color="black", lw=1)
    _best = np.degrees(np.arctan2(_star[1], _star[0])) % 360
    _ax2.axvline(_best, color="tab:green", ls="--", lw=1.2, label=kit.say(lang, es="mínimo", en="minimum"))
    _ax2.plot([theta_slider.value], [((_p - CENTRE) ** 2).sum()], "o", color="black")
    _ax2.set_xlabel(kit.say(lang, es="ángulo θ (°)", en="angle θ (°)"))
    _ax2.set_ylabel("f")
    _ax2.legend(loc="upper right", fontsize=8)
    _ax2.set_title(
        kit.say(
            lang,
            es=f"ángulo entre ∇f y ∇h: {point_angle:.1f}°",
            en=f"angle between ∇f and ∇h: {point_angle:.1f}°",
        ),
        fontsize=10,
    )
    _fig.subplots_adjust(left=0.06, right=0.98, bottom=0.11, top=0.93, wspace=0.22)  # cheaper than tight_layout
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(circle_result, circle_result_nearby, kit, lang, np, radius_slider):
    _r = radius_slider.value
    _nu = float(circle_result.multipliers[0])
    _nu_by_hand = np.sqrt(5) / _r - 1
    _change = circle_result_nearby.fun - circle_result.fun
    _predicted = -_nu * ((_r + 0.01) ** 2 - _r**2)
    kit.text(
        lang,
        es=f"""
Con $r$ = {_r:.1f}, `minimize_constrained` de la biblioteca (con la misma convención de signo)
encuentra $x^*$ = ({circle_result.x[0]:.4f}, {circle_result.x[1]:.4f}) y $\\nu$ = {_nu:.6f}; la
fórmula a mano da $\\sqrt{{5}}/r - 1$ = {_nu_by_hand:.6f}.

**El precio sombra.** Escribe la restricción como $x^2 + y^2 = c$ con $c = r^2$. Si subes $r$ a
{_r + 0.01:.2f}, $c$ sube {(_r + 0.01) ** 2 - _r**2:.4f} y el valor óptimo $p^*$ cambia
{_change:+.6f}; la predicción $-\\nu\\,\\Delta c$ da {_predicted:+.6f}. Es la regla
$dp^*/dc = -\\nu$: el multiplicador dice cuánto cuesta (o cuánto ahorra) mover la restricción.
Con $r > \\sqrt{{5}}$ el círculo ya rodea al punto $(2, 1)$, $\\nu$ se vuelve negativo y agrandarlo
más empeora $f$: pruébalo con $r$ = 3.
""",
        en=f"""
With $r$ = {_r:.1f}, the library's `minimize_constrained` (with the same sign convention) finds
$x^*$ = ({circle_result.x[0]:.4f}, {circle_result.x[1]:.4f}) and $\\nu$ = {_nu:.6f}; the formula by
hand gives $\\sqrt{{5}}/r - 1$ = {_nu_by_hand:.6f}.

**The shadow price.** Write the constraint as $x^2 + y^2 = c$ with $c = r^2$. If you raise $r$ to
{_r + 0.01:.2f}, $c$ grows by {(_r + 0.01) ** 2 - _r**2:.4f} and the optimal value $p^*$ changes by
{_change:+.6f}; the prediction $-\\nu\\,\\Delta c$ gives {_predicted:+.6f}. That is the rule
$dp^*/dc = -\\nu$: the multiplier says how much moving the constraint costs (or saves). With
$r > \\sqrt{{5}}$ the circle already surrounds the point $(2, 1)$, $\\nu$ turns negative and growing it
further makes $f$ worse: try it with $r$ = 3.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 2. Un costo cuadrático con igualdades lineales: el sistema KKT

El caso que más se repite es un costo cuadrático con restricciones lineales:

$$
\min_x\ \tfrac{1}{2} x^\top Q x + c^\top x \quad \text{s.t.} \quad A x = b
$$

con $Q$ simétrica de forma $(n, n)$ y $A$ de forma $(m, n)$: $m$ restricciones, una por fila. El
lagrangiano es $L = \tfrac12 x^\top Q x + c^\top x + \nu^\top (A x - b)$, con un multiplicador por
fila. Su gradiente en $x$ es $Qx + c + A^\top \nu$; igualarlo a cero y pedir $Ax = b$ da $n + m$
ecuaciones **lineales** en las $n + m$ incógnitas $(x, \nu)$. En forma de bloques:

$$
\begin{pmatrix} Q & A^\top \\ A & 0 \end{pmatrix} \begin{pmatrix} x \\ \nu \end{pmatrix} = \begin{pmatrix} -c \\ b \end{pmatrix}
$$

Un solo `np.linalg.solve`. Tiene solución única cuando las filas de $A$ son independientes y
$Q$ es definida positiva en las direcciones que respetan $Ax = b$. En la figura, $Q$ y $c$ son
los de la celda de abajo y la restricción es la recta $x + 2y = 1$: la flecha negra es
$\nabla f(x^*)$ y la roja es la fila de $A$, el gradiente de la restricción. Son paralelas,
como en la sección 1. El ejercicio 1 te pide escribir este sistema tú.
""",
        en=r"""
## 2. A quadratic cost with linear equalities: the KKT system

The case that comes up most is a quadratic cost with linear constraints:

$$
\min_x\ \tfrac{1}{2} x^\top Q x + c^\top x \quad \text{s.t.} \quad A x = b
$$

with a symmetric $Q$ of shape $(n, n)$ and $A$ of shape $(m, n)$: $m$ constraints, one per row. The
Lagrangian is $L = \tfrac12 x^\top Q x + c^\top x + \nu^\top (A x - b)$, with one multiplier per row.
Its gradient in $x$ is $Qx + c + A^\top \nu$; setting it to zero and asking for $Ax = b$ gives $n + m$
**linear** equations in the $n + m$ unknowns $(x, \nu)$. In block form:

$$
\begin{pmatrix} Q & A^\top \\ A & 0 \end{pmatrix} \begin{pmatrix} x \\ \nu \end{pmatrix} = \begin{pmatrix} -c \\ b \end{pmatrix}
$$

A single `np.linalg.solve`. Its solution is unique when the rows of $A$ are independent and $Q$ is
positive definite along the directions that keep $Ax = b$. In the figure, $Q$ and $c$ are those of
the cell below and the constraint is the line $x + 2y = 1$: the black arrow is $\nabla f(x^*)$ and
the red one is the row of $A$, the gradient of the constraint. They are parallel, as in section 1.
Exercise 1 asks you to write this system yourself.
""",
    )
    return


@app.cell
def _(np, solve_equality_qp):
    Q = np.array([[2.0, 0.6], [0.6, 1.0]])
    c = np.array([-2.0, -2.5])
    A = np.array([[1.0, 2.0]])
    b = np.array([1.0])
    x_qp, nu_qp = solve_equality_qp(Q, c, A, b)  # the library's KKT solve
    free_minimum = np.linalg.solve(Q, -c)  # without the constraint: Q x + c = 0
    x_qp, nu_qp, Q @ x_qp + c + A.T @ nu_qp  # the last one is ∇ₓL: zero
    return A, Q, b, c, free_minimum, nu_qp, x_qp


@app.cell(hide_code=True)
def _(A, Q, c, free_minimum, kit, lang, np, nu_qp, plt, x_qp):
    _xs = np.linspace(-1.5, 3.0, 121)
    _X, _Y = np.meshgrid(_xs, _xs)
    _F = 0.5 * (Q[0, 0] * _X**2 + 2 * Q[0, 1] * _X * _Y + Q[1, 1] * _Y**2) + c[0] * _X + c[1] * _Y
    _fig, _ax = plt.subplots(figsize=(6.2, 5.2))
    _cs = _ax.contour(_X, _Y, _F, levels=12, cmap="viridis", linewidths=0.9)
    _ax.clabel(_cs, fontsize=7, fmt="%.1f")
    _ax.plot(_xs, (1 - _xs) / 2, color="tab:red", lw=2, label="$x + 2y = 1$")
    _ax.plot(
        *free_minimum,
        "P",
        color="0.4",
        ms=10,
        label=kit.say(lang, es="mínimo sin restricción", en="unconstrained minimum"),
    )
    _ax.plot(
        *x_qp,
        "*",
        color="tab:green",
        ms=15,
        label=kit.say(lang, es="$x^*$ del sistema KKT", en="$x^*$ from the KKT system"),
    )
    _g = Q @ x_qp + c
    _ax.annotate(
        "", xy=x_qp + 0.5 * _g / np.linalg.norm(_g), xytext=x_qp, arrowprops=dict(arrowstyle="-|>", lw=2, color="black")
    )
    _ax.annotate(
        "",
        xy=x_qp + 0.5 * A[0] / np.linalg.norm(A[0]),
        xytext=x_qp,
        arrowprops=dict(arrowstyle="-|>", lw=2, color="tab:red"),
    )
    _ax.set_xlim(-1.5, 3.0)
    _ax.set_ylim(-1.5, 3.0)
    _ax.set_aspect("equal")
    _ax.set_xlabel("x")
    _ax.set_ylabel("y")
    _ax.legend(loc="upper right", fontsize=8)
    _ax.set_title(f"ν = {nu_qp[0]:.4f}", fontsize=10)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 3. Desigualdades: las condiciones KKT

Con una desigualdad $g(x) \le 0$ hay dos casos. Si el mínimo sin restricción ya la cumple con
holgura ($g(x^*) < 0$), la restricción no estorba: está **inactiva** y es como si no existiera.
Si no, el óptimo queda en el borde, $g(x^*) = 0$: la restricción está **activa** y se comporta
como una igualdad, con una diferencia de signo. En el borde, $-\nabla f$ (hacia donde $f$ baja)
tiene que apuntar hacia afuera de la región, si no podrías bajar sin salir de ella; y
$\nabla g$ apunta hacia afuera, donde $g$ crece. Por eso el multiplicador no puede ser negativo.

Las cuatro **condiciones KKT** (Karush–Kuhn–Tucker) juntan los dos casos:

$$
\nabla f(x^*) + \sum_i \lambda_i \nabla g_i(x^*) = 0, \qquad g_i(x^*) \le 0, \qquad \lambda_i \ge 0, \qquad \lambda_i\, g_i(x^*) = 0
$$

Son la **estacionariedad**, la **factibilidad primal**, la **factibilidad dual** y la
**holgura complementaria**. La última dice que, para cada restricción, o el multiplicador es
0 (inactiva) o la restricción se cumple con igualdad (activa). Cuando el problema es convexo
($f$ y las $g_i$ convexas, las $h_j$ lineales, como en la sección 2 y en el disco de abajo), las
KKT no solo son necesarias: bastan para tener el mínimo. El círculo de la sección 1 no es
convexo, y por eso allí también el máximo cumplía la condición.

En la figura, la región es el disco $x^2 + y^2 \le 1.5^2$, es decir
$g(x, y) = x^2 + y^2 - 2.25 \le 0$, y $f$ es la distancia al cuadrado a un centro que mueves
con el control. Mira qué le pasa a $\lambda$ cuando el centro sale del disco.
""",
        en=r"""
## 3. Inequalities: the KKT conditions

With an inequality $g(x) \le 0$ there are two cases. If the unconstrained minimum already meets it
with room to spare ($g(x^*) < 0$), the constraint is in nobody's way: it is **inactive**, as if it
did not exist. Otherwise the optimum sits on the boundary, $g(x^*) = 0$: the constraint is
**active** and behaves like an equality, with one difference of sign. On the boundary, $-\nabla f$
(where $f$ goes down) must point out of the region, or you could go down without leaving it; and
$\nabla g$ points outwards, where $g$ grows. That is why the multiplier cannot be negative.

The four **KKT conditions** (Karush–Kuhn–Tucker) bring the two cases together:

$$
\nabla f(x^*) + \sum_i \lambda_i \nabla g_i(x^*) = 0, \qquad g_i(x^*) \le 0, \qquad \lambda_i \ge 0, \qquad \lambda_i\, g_i(x^*) = 0
$$

They are **stationarity**, **primal feasibility**, **dual feasibility** and **complementary
slackness**. The last one says that, for each constraint, either the multiplier is 0 (inactive) or
the constraint holds with equality (active). When the problem is convex ($f$ and the $g_i$
convex, the $h_j$ linear, as in section 2 and in the disk below), the KKT conditions are not only
necessary: they are enough for the minimum. Section 1's circle is not convex, which is why the
maximum met the condition there too.

In the figure, the region is the disk $x^2 + y^2 \le 1.5^2$, that is
$g(x, y) = x^2 + y^2 - 2.25 \le 0$, and $f$ is the squared distance to a centre you move with the
control. Watch what happens to $\lambda$ when the centre leaves the disk.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    centre_slider = mo.ui.slider(
        -3.0,
        3.0,
        step=0.1,
        value=0.5,
        show_value=True,
        label=kit.say(
            lang, es="Centro de $f$: coordenada $x$ (la $y$ es 0.8)", en="Centre of $f$: coordinate $x$ ($y$ is 0.8)"
        ),
    )
    centre_slider
    return (centre_slider,)


@app.cell(hide_code=True)
def _(centre_slider, minimize_constrained, np):
    disk_centre = np.array([centre_slider.value, 0.8])
    # SciPy's convention in the library: "ineq" means fun(x) >= 0, so g <= 0 is written as -g >= 0;
    # its multiplier is then the λ of the course's L = f + λ g.
    disk_result = minimize_constrained(
        lambda x: ((x - disk_centre) ** 2).sum(),
        np.zeros(2),
        [{"type": "ineq", "fun": lambda x: 2.25 - (x**2).sum()}],
    )
    return disk_centre, disk_result


@app.cell(hide_code=True)
def _(disk_centre, disk_result, kit, lang, np, plt):
    _fig, _ax = plt.subplots(figsize=(6.4, 5.0))
    _t = np.linspace(0, 2 * np.pi, 200)
    _ax.fill(1.5 * np.cos(_t), 1.5 * np.sin(_t), color="tab:red", alpha=0.12)
    _ax.plot(1.5 * np.cos(_t), 1.5 * np.sin(_t), color="tab:red", lw=2, label="$g = 0$")
    for _level in (0.25, 1.0, 2.25, 4.0):
        _ax.plot(
            disk_centre[0] + np.sqrt(_level) * np.cos(_t),
            disk_centre[1] + np.sqrt(_level) * np.sin(_t),
            color="0.7",
            lw=0.8,
        )
    _ax.plot(
        *disk_centre, "+", color="black", ms=12, mew=2, label=kit.say(lang, es="centro de $f$", en="centre of $f$")
    )
    _ax.plot(*disk_result.x, "*", color="tab:green", ms=16, label="$x^*$")
    _lam = float(disk_result.multipliers[0])
    if _lam > 0:
        _g = 2 * (disk_result.x - disk_centre)
        _gg = 2 * disk_result.x
        _ax.annotate(
            "",
            xy=disk_result.x - 0.7 * _g / np.linalg.norm(_g),
            xytext=disk_result.x,
            arrowprops=dict(arrowstyle="-|>", lw=2, color="black"),
        )
        _ax.annotate(
            r"$-\nabla f$", disk_result.x - 0.7 * _g / np.linalg.norm(_g), textcoords="offset points", xytext=(4, 6)
        )
        _ax.annotate(
            "",
            xy=disk_result.x + 0.5 * _gg / np.linalg.norm(_gg),
            xytext=disk_result.x,
            arrowprops=dict(arrowstyle="-|>", lw=2, color="tab:red"),
        )
    _ax.set_xlim(-3.6, 3.6)
    _ax.set_ylim(-2.4, 2.6)
    _ax.set_aspect("equal")
    _ax.legend(loc="lower right", fontsize=8)
    _g_value = float((disk_result.x**2).sum() - 2.25)
    _state = kit.say(lang, es="activa" if _lam > 0 else "inactiva", en="active" if _lam > 0 else "inactive")
    _ax.set_title(f"λ = {_lam:.4f},  g(x*) = {_g_value:+.2e}  ({_state})", fontsize=10)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(disk_centre, disk_result, kit, lang, np):
    _lam = float(disk_result.multipliers[0])
    _outside = float(np.linalg.norm(disk_centre))
    _by_hand = max(0.0, _outside / 1.5 - 1)
    _slack = _lam * float((disk_result.x**2).sum() - 2.25)
    kit.text(
        lang,
        es=f"""
El centro está a distancia {_outside:.3f} del origen. Si queda dentro del disco, el óptimo es el
centro mismo y $\\lambda = 0$; si queda fuera, el óptimo es el punto del borde en la misma
dirección, y de $2(x^* - c) + 2\\lambda x^* = 0$ sale $\\lambda = \\lVert c \\rVert / 1.5 - 1$. La
fórmula da {_by_hand:.4f}; la biblioteca, {_lam:.4f}. El producto $\\lvert\\lambda\\, g(x^*)\\rvert$ vale
{abs(_slack):.1e}: la holgura complementaria, en los dos casos.
""",
        en=f"""
The centre is at distance {_outside:.3f} from the origin. If it lies inside the disk, the optimum
is the centre itself and $\\lambda = 0$; if it lies outside, the optimum is the boundary point in
the same direction, and $2(x^* - c) + 2\\lambda x^* = 0$ gives $\\lambda = \\lVert c \\rVert / 1.5 - 1$.
The formula gives {_by_hand:.4f}; the library, {_lam:.4f}. The product $\\lvert\\lambda\\, g(x^*)\\rvert$ is
{abs(_slack):.1e}: complementary slackness, in both cases.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 4. La función dual, y la prueba del problema de PCA

Para cada $\lambda \ge 0$ fijo, minimiza el lagrangiano en $x$, sin restricciones:

$$
q(\lambda) = \inf_x L(x, \lambda) \le p^*
$$

Es la **función dual**, y nunca supera al óptimo $p^*$ (**dualidad débil**): en el $x^*$
factible, $\lambda\, g(x^*) \le 0$, así que $L(x^*, \lambda) \le f(x^*) = p^*$, y el ínfimo sobre
todos los $x$ es todavía menor. Cada $\lambda$ da una cota inferior de $p^*$ gratis.

Un QP pequeño: $\min x^2$ con $x \ge 1$, es decir $g(x) = 1 - x \le 0$, con $p^* = 1$ en $x^* = 1$.
Entonces $L = x^2 + \lambda(1 - x)$, el mínimo en $x$ está en $x = \lambda/2$ y
$q(\lambda) = \lambda - \lambda^2/4$. La gráfica, calculada minimizando $L$ en una malla de $x$,
queda siempre debajo de $p^*$ y lo toca en $\lambda = 2$, el multiplicador del óptimo. Cuando
el máximo de $q$ alcanza $p^*$ se habla de **dualidad fuerte**; en los problemas convexos suele
pasar, y la SVM del módulo 4 se resuelve justamente por su dual.
""",
        en=r"""
## 4. The dual function, and the proof of PCA's problem

For each fixed $\lambda \ge 0$, minimise the Lagrangian in $x$, without constraints:

$$
q(\lambda) = \inf_x L(x, \lambda) \le p^*
$$

It is the **dual function**, and it never exceeds the optimum $p^*$ (**weak duality**): at the
feasible $x^*$, $\lambda\, g(x^*) \le 0$, so $L(x^*, \lambda) \le f(x^*) = p^*$, and the infimum over
every $x$ is lower still. Each $\lambda$ gives a lower bound on $p^*$ for free.

A small QP: $\min x^2$ with $x \ge 1$, that is $g(x) = 1 - x \le 0$, with $p^* = 1$ at $x^* = 1$.
Then $L = x^2 + \lambda(1 - x)$, its minimum in $x$ is at $x = \lambda/2$ and
$q(\lambda) = \lambda - \lambda^2/4$. The plot, computed by minimising $L$ over a grid of $x$, stays
below $p^*$ and touches it at $\lambda = 2$, the multiplier of the optimum. When the maximum of $q$
reaches $p^*$ we speak of **strong duality**; in convex problems it usually happens, and module 4's
SVM is solved precisely through its dual.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, np, plt):
    _x = np.linspace(-3.0, 5.0, 8001)
    _lams = np.linspace(0.0, 5.0, 201)
    dual_values = np.array([np.min(_x**2 + _lam * (1 - _x)) for _lam in _lams])  # q(λ) = inf_x L(x, λ)
    dual_best = float(_lams[np.argmax(dual_values)])
    _fig, _ax = plt.subplots(figsize=(6.4, 3.6))
    _ax.plot(
        _lams,
        dual_values,
        color="tab:blue",
        lw=2,
        label=kit.say(lang, es="$q(\\lambda)$, el dual", en="$q(\\lambda)$, the dual"),
    )
    _ax.axhline(1.0, color="tab:green", ls="--", label="$p^* = 1$")
    _ax.plot([dual_best], [dual_values.max()], "o", color="tab:green")
    _ax.set_xlabel("λ")
    _ax.set_ylim(-1.5, 1.5)
    _ax.legend(loc="lower center", fontsize=8)
    _ax.set_title(
        kit.say(
            lang,
            es=f"máximo de q: {dual_values.max():.4f} en λ = {dual_best:.3f}",
            en=f"maximum of q: {dual_values.max():.4f} at λ = {dual_best:.3f}",
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
**La promesa de la lección 1.6.** Allí se afirmó que la dirección de mayor varianza es el vector
propio de mayor valor propio de la matriz de covarianza $C$. Ahora se puede probar. El problema es

$$
\max_w\ w^\top C w \quad \text{s.t.} \quad w^\top w = 1
$$

que como minimización es $f(w) = -w^\top C w$ con $h(w) = w^\top w - 1$. Como $C$ es simétrica,
$\nabla f = -2Cw$, y $\nabla h = 2w$. La condición de Lagrange $-2Cw + 2\nu w = 0$ es
$C w = \nu w$: **todo candidato es un vector propio, y su multiplicador es su valor propio**. En
un candidato, $w^\top C w = \nu\, w^\top w = \nu$, así que el mejor es el de mayor valor propio,
$\lambda_{\max}(C)$. La celda de abajo lo comprueba con los datos de iris: el optimizador con
restricciones no sabe nada de valores propios.
""",
        en=r"""
**Lesson 1.6's promise.** There it was claimed that the direction of largest variance is the
eigenvector of largest eigenvalue of the covariance matrix $C$. Now it can be proved. The problem is

$$
\max_w\ w^\top C w \quad \text{s.t.} \quad w^\top w = 1
$$

which as a minimisation is $f(w) = -w^\top C w$ with $h(w) = w^\top w - 1$. Since $C$ is symmetric,
$\nabla f = -2Cw$, and $\nabla h = 2w$. Lagrange's condition $-2Cw + 2\nu w = 0$ is $C w = \nu w$:
**every candidate is an eigenvector, and its multiplier is its eigenvalue**. At a candidate,
$w^\top C w = \nu\, w^\top w = \nu$, so the best one is the one with the largest eigenvalue,
$\lambda_{\max}(C)$. The cell below checks it on the iris data: the constrained optimiser knows
nothing about eigenvalues.
""",
    )
    return


@app.cell
def _(load_iris, minimize_constrained, np):
    X_iris, _ = load_iris(return_X_y=True)
    C_iris = np.cov(X_iris, rowvar=False)  # ddof=1, as PCA
    pca_result = minimize_constrained(
        lambda w: -((C_iris @ w) * w).sum(),  # f(w) = -wᵀCw
        np.full(4, 0.5),
        [{"type": "eq", "fun": lambda w: (w * w).sum() - 1.0}],  # h(w) = wᵀw - 1
    )
    eigenvalues, eigenvectors = np.linalg.eigh(C_iris)
    top = eigenvectors[:, -1] * np.sign(eigenvectors[np.argmax(np.abs(eigenvectors[:, -1])), -1])
    pca_result.multipliers[0], eigenvalues[-1], pca_result.x, top
    return C_iris, eigenvalues, pca_result


@app.cell(hide_code=True)
def _(C_iris, eigenvalues, kit, lang, np, pca_result):
    _w = pca_result.x
    _residual = float(np.linalg.norm(C_iris @ _w - pca_result.multipliers[0] * _w))
    kit.text(
        lang,
        es=f"""
El multiplicador que encuentra `minimize_constrained` es {pca_result.multipliers[0]:.6f} y el
mayor valor propio de $C$ (con `np.linalg.eigh`) es {eigenvalues[-1]:.6f}; además
$\\lVert C w - \\nu w \\rVert$ = {_residual:.1e}. El $w$ óptimo es, salvo el signo, el primer
componente principal.
""",
        en=f"""
The multiplier `minimize_constrained` finds is {pca_result.multipliers[0]:.6f} and the largest
eigenvalue of $C$ (with `np.linalg.eigh`) is {eigenvalues[-1]:.6f}; moreover
$\\lVert C w - \\nu w \\rVert$ = {_residual:.1e}. The optimal $w$ is, up to sign, the first principal
component.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 5. Descenso de gradiente proyectado

Cuando el conjunto factible $S$ es sencillo, hay un método que no necesita multiplicadores: da
el paso de gradiente de siempre y, si te saliste, vuelve al punto de $S$ más cercano, la
**proyección** $\Pi_S$:

$$
x_{k+1} = \Pi_S\big(x_k - \eta\, \nabla f(x_k)\big)
$$

Tres conjuntos tienen proyecciones de una línea (o casi):

- **Caja** $lo \le x \le hi$: recorta cada coordenada, $\Pi(x) = \min(\max(x, lo), hi)$.
- **Bola** $\lVert x \rVert \le r$: si estás fuera, encoge el vector hasta el borde,

$$
\Pi_{\{\lVert x\rVert\le r\}}(x)=x\min\Big(1,\frac r{\lVert x\rVert}\Big)
$$

- **Símplex** $\{x \ge 0,\ \sum_i x_i = 1\}$: resta a todas las coordenadas el mismo número
  $\theta$ y recorta en 0, $\Pi(x) = \max(x - \theta, 0)$, con el $\theta$ que hace que la suma
  sea 1 (se encuentra ordenando $x$). En el plano, el símplex es el segmento de $(1, 0)$ a $(0, 1)$.

En la figura, $f(x) = \lVert x - (1.8, 0.6) \rVert^2$ y el punto de partida $(-0.5, 1.5)$ está
fuera de los tres conjuntos: primero se proyecta. Cada paso de gradiente es la línea
discontinua; la proyección que lo devuelve a $S$, la continua. Con el paso fijo
$\eta = 0.15$, sin restricción cada paso multiplicaría la distancia al centro $(1.8, 0.6)$ por
$1 - 2\eta$, porque $\nabla f(x) = 2(x - (1.8, 0.6))$.
""",
        en=r"""
## 5. Projected gradient descent

When the feasible set $S$ is simple, there is a method that needs no multipliers: take the usual
gradient step and, if you left the set, go back to the nearest point of $S$, the **projection**
$\Pi_S$:

$$
x_{k+1} = \Pi_S\big(x_k - \eta\, \nabla f(x_k)\big)
$$

Three sets have projections of one line (or nearly):

- **Box** $lo \le x \le hi$: clip each coordinate, $\Pi(x) = \min(\max(x, lo), hi)$.
- **Ball** $\lVert x \rVert \le r$: if you are outside, shrink the vector to the boundary,

$$
\Pi_{\{\lVert x\rVert\le r\}}(x)=x\min\Big(1,\frac r{\lVert x\rVert}\Big)
$$

- **Simplex** $\{x \ge 0,\ \sum_i x_i = 1\}$: subtract the same number $\theta$ from every
  coordinate and clip at 0, $\Pi(x) = \max(x - \theta, 0)$, with the $\theta$ that makes the sum 1
  (found by sorting $x$). In the plane, the simplex is the segment from $(1, 0)$ to $(0, 1)$.

In the figure, $f(x) = \lVert x - (1.8, 0.6) \rVert^2$ and the start $(-0.5, 1.5)$ is outside all
three sets: it is projected first. Each gradient step is the dashed line; the projection that
brings it back to $S$, the solid one. With the fixed step $\eta = 0.15$, without constraints each
step would multiply the distance to the centre $(1.8, 0.6)$ by $1 - 2\eta$, because
$\nabla f(x) = 2(x - (1.8, 0.6))$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    set_dropdown = mo.ui.dropdown(
        options={
            kit.say(lang, es="caja [0, 1]²", en="box [0, 1]²"): "box",
            kit.say(lang, es="bola ‖x‖ ≤ 1", en="ball ‖x‖ ≤ 1"): "ball",
            kit.say(lang, es="símplex x ≥ 0, x₁ + x₂ = 1", en="simplex x ≥ 0, x₁ + x₂ = 1"): "simplex",
        },
        value=kit.say(lang, es="caja [0, 1]²", en="box [0, 1]²"),
        label=kit.say(lang, es="Conjunto", en="Set"),
    )
    steps_slider = mo.ui.slider(0, 12, step=1, value=3, show_value=True, label=kit.say(lang, es="Pasos", en="Steps"))
    mo.hstack([set_dropdown, steps_slider], justify="start", gap=2)
    return set_dropdown, steps_slider


@app.cell(hide_code=True)
def _(np, project_ball, project_box, project_simplex, set_dropdown, steps_slider):
    PGD_TARGET = np.array([1.8, 0.6])
    projection = {"box": project_box(0.0, 1.0), "ball": project_ball(np.zeros(2), 1.0), "simplex": project_simplex()}[
        set_dropdown.value
    ]
    pgd_points = [projection(np.array([-0.5, 1.5]))]
    pgd_steps = []  # the unprojected points x - η ∇f(x), for the dashed lines
    for _ in range(steps_slider.value):
        _step = pgd_points[-1] - 0.15 * 2 * (pgd_points[-1] - PGD_TARGET)
        pgd_steps.append(_step)
        pgd_points.append(projection(_step))
    return PGD_TARGET, pgd_points, pgd_steps


@app.cell(hide_code=True)
def _(PGD_TARGET, kit, lang, np, pgd_points, pgd_steps, plt, set_dropdown):
    _fig, _ax = plt.subplots(figsize=(6.4, 5.0))
    _t = np.linspace(0, 2 * np.pi, 200)
    if set_dropdown.value == "box":
        _ax.fill([0, 1, 1, 0], [0, 0, 1, 1], color="tab:red", alpha=0.15)
    elif set_dropdown.value == "ball":
        _ax.fill(np.cos(_t), np.sin(_t), color="tab:red", alpha=0.15)
    else:
        _ax.plot([1, 0], [0, 1], color="tab:red", lw=5, alpha=0.35)
    for _level in (0.25, 1.0, 2.25, 4.0, 6.25):
        _ax.plot(
            PGD_TARGET[0] + np.sqrt(_level) * np.cos(_t),
            PGD_TARGET[1] + np.sqrt(_level) * np.sin(_t),
            color="0.8",
            lw=0.8,
        )
    _ax.plot(*PGD_TARGET, "+", color="black", ms=12, mew=2)
    _ax.plot(-0.5, 1.5, "s", color="0.5", ms=7, label="$x_0$")
    _ax.plot([-0.5, pgd_points[0][0]], [1.5, pgd_points[0][1]], color="tab:blue", lw=1.2)
    for _k, _step in enumerate(pgd_steps):
        _ax.plot([pgd_points[_k][0], _step[0]], [pgd_points[_k][1], _step[1]], color="tab:orange", ls="--", lw=1.4)
        _ax.plot([_step[0], pgd_points[_k + 1][0]], [_step[1], pgd_points[_k + 1][1]], color="tab:blue", lw=1.4)
        _ax.plot(*_step, "o", mfc="white", mec="tab:orange", ms=5)
    _points = np.array(pgd_points)
    _ax.plot(_points[:, 0], _points[:, 1], "o", color="tab:blue", ms=5)
    _ax.plot(*_points[-1], "o", color="black", ms=7)
    _ax.set_xlim(-0.9, 2.2)
    _ax.set_ylim(-0.6, 1.9)
    _ax.set_aspect("equal")
    _ax.legend(loc="upper right", fontsize=8)
    _ax.set_title(
        kit.say(
            lang,
            es=f"tras {len(pgd_steps)} pasos: x = ({_points[-1][0]:.4f}, {_points[-1][1]:.4f})",
            en=f"after {len(pgd_steps)} steps: x = ({_points[-1][0]:.4f}, {_points[-1][1]:.4f})",
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
En la caja el punto llega al borde $x_1 = 1$ y se desliza por él hasta $(1, 0.6)$: la coordenada
que no choca con nada sigue bajando como sin restricción. En la bola se acerca a
$(1.8, 0.6)/\lVert(1.8, 0.6)\rVert$, y en el símplex a la esquina $(1, 0)$. En los tres casos el
punto límite cumple $\Pi_S(x - \eta \nabla f(x)) = x$: el paso y la proyección se cancelan, y esa
es la forma que toman ahí las condiciones KKT. El ejercicio 3 es este método; la biblioteca lo
tiene como `gradiente.optim.projected_gradient_descent`, junto a `project_box`, `project_ball` y
`project_simplex`.
""",
        en=r"""
In the box the point reaches the edge $x_1 = 1$ and slides along it to $(1, 0.6)$: the coordinate
that hits nothing keeps going down as if unconstrained. In the ball it approaches
$(1.8, 0.6)/\lVert(1.8, 0.6)\rVert$, and in the simplex the corner $(1, 0)$. In all three cases the
limit point satisfies $\Pi_S(x - \eta \nabla f(x)) = x$: the step and the projection cancel, which
is the form the KKT conditions take there. Exercise 3 is this method; the library has it as
`gradiente.optim.projected_gradient_descent`, with `project_box`, `project_ball` and
`project_simplex`.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 6. Ejercicios

Tres funciones, cada una con NumPy solamente: el sistema KKT de la sección 2, el multiplicador
de la sección 1 calculado a partir de los gradientes, y el descenso proyectado de la sección 5.
""",
        en=r"""
## 6. Exercises

Three functions, each with NumPy only: section 2's KKT system, section 1's multiplier computed from
the gradients, and section 5's projected descent.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_solve_equality_qp = kit.exercise("solve_equality_qp", lang)
    ex_solve_equality_qp
    return (ex_solve_equality_qp,)


@app.cell(hide_code=True)
def _(ex_solve_equality_qp, kit):
    kit.feedback(ex_solve_equality_qp)
    return


@app.cell(hide_code=True)
def _(ex_solve_equality_qp, kit):
    kit.hints(ex_solve_equality_qp)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_lagrange_multiplier = kit.exercise("lagrange_multiplier", lang)
    ex_lagrange_multiplier
    return (ex_lagrange_multiplier,)


@app.cell(hide_code=True)
def _(ex_lagrange_multiplier, kit):
    kit.feedback(ex_lagrange_multiplier)
    return


@app.cell(hide_code=True)
def _(ex_lagrange_multiplier, kit):
    kit.hints(ex_lagrange_multiplier)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_projected_gradient_descent = kit.exercise("projected_gradient_descent", lang)
    ex_projected_gradient_descent
    return (ex_projected_gradient_descent,)


@app.cell(hide_code=True)
def _(ex_projected_gradient_descent, kit):
    kit.feedback(ex_projected_gradient_descent)
    return


@app.cell(hide_code=True)
def _(ex_projected_gradient_descent, kit):
    kit.hints(ex_projected_gradient_descent)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 7. Autoevaluación

Cuatro preguntas. La respuesta se corrige en cuanto eliges una opción.
""",
        en=r"""
## 7. Self-check

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
                es=r"**1.** ¿Por qué en un mínimo de $f$ sobre la curva $h(x) = 0$ los gradientes $\nabla f$ y $\nabla h$ son paralelos?",
                en=r"**1.** Why are the gradients $\nabla f$ and $\nabla h$ parallel at a minimum of $f$ on the curve $h(x) = 0$?",
            ),
            (
                T(
                    es="Porque si ∇f tuviera una componente a lo largo de la curva, moverse por ella bajaría f; y ∇h es perpendicular a la curva",
                    en="Because if ∇f had a component along the curve, moving along it would lower f; and ∇h is perpendicular to the curve",
                ),
                T(es="Porque en el mínimo ∇f = 0", en="Because ∇f = 0 at the minimum"),
                T(
                    es="Porque f y h tienen el mismo valor en el óptimo",
                    en="Because f and h have the same value at the optimum",
                ),
            ),
            answer=0,
            why=T(
                es=r"La derivada de $f$ en la dirección tangente $u$ es $\nabla f \cdot u$; en un mínimo sobre la curva tiene que ser 0, así que $\nabla f$ es perpendicular a la curva, igual que $\nabla h$ (la curva es una curva de nivel de $h$). $\nabla f = 0$ solo pasa si el mínimo libre cae justo sobre la curva; en la sección 1, $\nabla f \neq 0$ en el óptimo.",
                en=r"The derivative of $f$ along the tangent direction $u$ is $\nabla f \cdot u$; at a minimum on the curve it must be 0, so $\nabla f$ is perpendicular to the curve, like $\nabla h$ (the curve is a level curve of $h$). $\nabla f = 0$ only happens when the free minimum lies on the curve itself; in section 1, $\nabla f \neq 0$ at the optimum.",
            ),
        ),
        Question(
            T(
                es=r"**2.** Una desigualdad $g(x) \le 0$ que en el óptimo se cumple con holgura, $g(x^*) < 0$, tiene multiplicador…",
                en=r"**2.** An inequality $g(x) \le 0$ that holds with room to spare at the optimum, $g(x^*) < 0$, has multiplier…",
            ),
            (T.same("λ = 0"), T.same("λ > 0"), T.same("λ < 0"), T(es="no se puede saber", en="it cannot be known")),
            answer=0,
            why=T(
                es=r"Por la holgura complementaria, $\lambda\, g(x^*) = 0$: si $g(x^*) \neq 0$, entonces $\lambda = 0$. La restricción inactiva no cambia el óptimo, como en la figura del disco con el centro adentro. Un $\lambda < 0$ nunca es válido para una desigualdad.",
                en=r"By complementary slackness, $\lambda\, g(x^*) = 0$: if $g(x^*) \neq 0$, then $\lambda = 0$. The inactive constraint does not change the optimum, as in the disk figure with the centre inside. A $\lambda < 0$ is never valid for an inequality.",
            ),
        ),
        Question(
            T(
                es=r"**3.** Con la restricción $a(x) = c$ y el lagrangiano $f + \nu\,(a(x) - c)$, ¿qué mide $\nu$?",
                en=r"**3.** With the constraint $a(x) = c$ and the Lagrangian $f + \nu\,(a(x) - c)$, what does $\nu$ measure?",
            ),
            (
                T(es="La distancia del óptimo a la restricción", en="The distance from the optimum to the constraint"),
                T(
                    es="Cuánto cambia el valor óptimo al mover c: dp*/dc = −ν",
                    en="How much the optimal value changes when c moves: dp*/dc = −ν",
                ),
                T(es="El valor óptimo p*", en="The optimal value p*"),
            ),
            answer=1,
            why=T(
                es=r"Es el precio sombra: la sección 1 lo midió moviendo $r$ y comparando el cambio de $p^*$ con $-\nu\,\Delta c$. Con el signo $f - \nu h$ de otros textos, la misma regla se escribe $dp^*/dc = +\nu$.",
                en=r"It is the shadow price: section 1 measured it by moving $r$ and comparing the change of $p^*$ with $-\nu\,\Delta c$. With the sign $f - \nu h$ of other texts, the same rule reads $dp^*/dc = +\nu$.",
            ),
        ),
        Question(
            T(
                es=r"**4.** Para una matriz de covarianza $C$, el máximo de $x^\top C x$ sobre la esfera $\lVert x \rVert = 1$ es…",
                en=r"**4.** For a covariance matrix $C$, the maximum of $x^\top C x$ over the sphere $\lVert x \rVert = 1$ is…",
            ),
            (
                T(es="la traza de C", en="the trace of C"),
                T(es="el mayor valor propio λ_max(C)", en="the largest eigenvalue λ_max(C)"),
                T(es="la mayor entrada de C", en="the largest entry of C"),
            ),
            answer=1,
            why=T(
                es=r"La condición de Lagrange da $Cx = \nu x$, y en esos puntos $x^\top C x = \nu$: el mejor es el valor propio más grande (en iris, la sección 4 lo comprobó). La traza es la suma de todos los valores propios, la varianza total, no la de una sola dirección.",
                en=r"Lagrange's condition gives $Cx = \nu x$, and at those points $x^\top C x = \nu$: the best is the largest eigenvalue (section 4 checked it on iris). The trace is the sum of all the eigenvalues, the total variance, not that of one direction.",
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

- Con una igualdad $h(x) = 0$, en el óptimo $\nabla f + \nu \nabla h = 0$: los gradientes son paralelos, porque $f$ no puede cambiar a lo largo de la restricción. Es necesario, no suficiente (el máximo también lo cumple).
- El lagrangiano $L = f + \sum \lambda_i g_i + \sum \nu_j h_j$ (con $g_i \le 0$ y $\lambda_i \ge 0$) convierte el problema con restricciones en un punto crítico.
- $\nu$ es el precio sombra: $dp^*/dc = -\nu$ cuando la restricción es $h(x) = a(x) - c$.
- Un costo cuadrático con igualdades lineales se resuelve con un sistema lineal, el sistema KKT $\begin{pmatrix} Q & A^\top \\ A & 0 \end{pmatrix}$.
- KKT: estacionariedad, factibilidad primal y dual, holgura complementaria; una restricción inactiva tiene $\lambda = 0$.
- El dual $q(\lambda) = \inf_x L$ nunca supera a $p^*$; con $\lVert w \rVert = 1$, maximizar $w^\top C w$ da $Cw = \lambda w$ y el valor $\lambda_{\max}$.
- Si proyectar sobre el conjunto es fácil (caja, bola, símplex), el descenso proyectado $x \leftarrow \Pi_S(x - \eta \nabla f)$ basta.
""",
        en=r"""
## 8. Summary

- With an equality $h(x) = 0$, at the optimum $\nabla f + \nu \nabla h = 0$: the gradients are parallel, because $f$ cannot change along the constraint. It is necessary, not sufficient (the maximum satisfies it too).
- The Lagrangian $L = f + \sum \lambda_i g_i + \sum \nu_j h_j$ (with $g_i \le 0$ and $\lambda_i \ge 0$) turns the constrained problem into a critical point.
- $\nu$ is the shadow price: $dp^*/dc = -\nu$ when the constraint is $h(x) = a(x) - c$.
- A quadratic cost with linear equalities is solved by one linear system, the KKT system $\begin{pmatrix} Q & A^\top \\ A & 0 \end{pmatrix}$.
- KKT: stationarity, primal and dual feasibility, complementary slackness; an inactive constraint has $\lambda = 0$.
- The dual $q(\lambda) = \inf_x L$ never exceeds $p^*$; with $\lVert w \rVert = 1$, maximising $w^\top C w$ gives $Cw = \lambda w$ and the value $\lambda_{\max}$.
- When projecting onto the set is easy (box, ball, simplex), projected descent $x \leftarrow \Pi_S(x - \eta \nabla f)$ is enough.
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
    kit.resources("lagrange-multipliers", lang)
    return


if __name__ == "__main__":
    app.run()
