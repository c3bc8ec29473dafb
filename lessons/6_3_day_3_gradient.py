import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 6.3")


@app.cell(hide_code=True)
def _():
    import marimo as mo
    import numpy as np

    from gradiente import calculus
    from gradiente.course.kit import Kit, workspace
    from gradiente.datasets import load_diabetes

    kit = Kit()
    plt = kit.pyplot()
    return calculus, kit, load_diabetes, mo, np, plt, workspace


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
    kit.header("day-3-gradient", lang)
    return


@app.cell(hide_code=True)
def _(lang, workspace):
    def lesson_link(lesson_id):
        """A link to another lesson of the hub, named by its number and title (both from course.toml);
        relative to this page (``app/<id>/``), so it holds under any ``--base-url``."""
        course = workspace().course
        title = course.lesson(lesson_id).title.get(lang)
        return f'<a href="../../lesson/{lesson_id}" target="_top">{course.number(lesson_id)} · {title}</a>'

    return (lesson_link,)


@app.cell(hide_code=True)
def _(kit, lang, lesson_link):
    _first, _second = lesson_link("derivatives-gradient-descent"), lesson_link("cost-functions-convexity")
    kit.text(
        lang,
        es=rf"""
Tercer día de la semana de repaso. Un modelo de verdad tiene muchos pesos, y su función de costo
$J(w)$ recibe todos a la vez y devuelve **un solo número**. Desde un punto $w$ puedes salir en
infinitas direcciones: ¿por cuál baja más rápido el costo? La respuesta es $-\nabla J(w)$, y hoy
la compruebas contra todas las demás direcciones, con datos reales de diabetes. Este día repasa
{_first} y {_second}; si algo te suena nuevo, vuelve a ellas. Te toma entre 20 y 30 minutos.

**Al terminar podrás:**

- armar el gradiente de una función escalar de varias variables con sus derivadas parciales, y
  comprobarlo con números;
- calcular la derivada direccional $\nabla J \cdot u$ y explicar por qué es mínima en
  $u = -\nabla J/\lVert\nabla J\rVert$ y nula a lo largo de la curva de nivel;
- encontrar, entre muchas direcciones candidatas, la de mayor descenso, y decir qué tan cerca de
  $-\nabla J$ puede quedar.
""",
        en=rf"""
Day three of the review week. A real model has many weights, and its cost function $J(w)$ takes
all of them at once and returns **a single number**. From a point $w$ you can leave in infinitely
many directions: along which one does the cost fall fastest? The answer is $-\nabla J(w)$, and
today you test it against every other direction, on real diabetes data. This day reviews {_first}
and {_second}; if something sounds new, go back to them. It takes 20 to 30 minutes.

**By the end you will be able to:**

- build the gradient of a scalar function of several variables from its partial derivatives,
  and check it with numbers;
- compute the directional derivative $\nabla J \cdot u$ and explain why it is smallest at
  $u = -\nabla J/\lVert\nabla J\rVert$ and zero along the level curve;
- find, among many candidate directions, the one of steepest descent, and say how close to
  $-\nabla J$ it can get.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 1. Repaso en tres pasos

**El gradiente junta las derivadas parciales.** Si $f$ recibe un vector y devuelve un número
(una función **escalar** de un vector, como todo costo), cada derivada parcial mide cómo cambia
$f$ al mover una sola coordenada con las demás fijas, y el gradiente las pone en fila:

$$
\nabla f(w) = \left(\frac{\partial f}{\partial w_1}, \dots, \frac{\partial f}{\partial w_d}\right)
$$

Tiene la misma forma que $w$: un número por cada peso.

Dilo con precisión: es el gradiente de una función escalar de varias variables. Una función que
**devuelve** un vector, como una capa de una red, no tiene gradiente sino matriz jacobiana; es el
tema de mañana. Un ejemplo a mano: para $f(x, y) = x^2 + y^3$, cada parcial se saca con las reglas
de una variable, tratando a la otra como constante: $\partial f/\partial x = 2x$ y
$\partial f/\partial y = 3y^2$ (el exponente baja y se resta uno; $2y$ sería la derivada de $y^2$,
un desliz fácil cuando se copia código). Antes de confiar en un gradiente escrito a mano,
compáralo con uno numérico, como hace esta celda en $(x, y) = (1, 2)$:
""",
        en=r"""
## 1. A review in three steps

**The gradient collects the partial derivatives.** If $f$ takes a vector and returns a number (a
**scalar** function of a vector, as every cost is), each partial derivative measures how $f$
changes when you move one coordinate with the others fixed, and the gradient lines them up:

$$
\nabla f(w) = \left(\frac{\partial f}{\partial w_1}, \dots, \frac{\partial f}{\partial w_d}\right)
$$

It has the same shape as $w$: one number per weight.

Say it precisely: it is the gradient of a scalar function of several variables. A function that
**returns** a vector, like a layer of a network, has no gradient but a Jacobian matrix; that is
tomorrow's topic. A hand example: for $f(x, y) = x^2 + y^3$, each partial comes from the
one-variable rules, treating the other variable as a constant: $\partial f/\partial x = 2x$ and
$\partial f/\partial y = 3y^2$ (the exponent comes down and drops by one; $2y$ would be the
derivative of $y^2$, an easy slip when code is copied). Before you trust a gradient written by
hand, compare it with a numerical one, as this cell does at $(x, y) = (1, 2)$:
""",
    )
    return


@app.cell
def _(calculus, kit, np):
    def f(v):
        return v[0] ** 2 + v[1] ** 3

    point = np.array([1.0, 2.0])
    by_hand = np.array([2 * point[0], 3 * point[1] ** 2])  # (∂f/∂x, ∂f/∂y) = (2x, 3y²)
    by_numbers = calculus.gradient(f, point)  # central differences, one coordinate at a time
    kit.printout(
        [
            f"by hand:    {by_hand}",
            f"by numbers: {np.round(by_numbers, 8)}",
            f"largest gap: {np.max(np.abs(by_hand - by_numbers)):.1e}",
        ]
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
**La derivada direccional es un producto punto.** Si sales de $w$ por un vector unitario $u$,
el costo cambia, por unidad de distancia, en

$$
D_u J(w) = \lim_{h \to 0} \frac{J(w + h\,u) - J(w)}{h} = \nabla J(w) \cdot u
= \lVert \nabla J(w) \rVert \cos\theta ,
$$

con $\theta$ el ángulo entre $u$ y $\nabla J(w)$ (vale cuando $J$ es diferenciable, como todos los
costos de hoy). Como el coseno va de $-1$ a $1$, la subida más rápida es $u = \nabla J/\lVert\nabla
J\rVert$ ($\theta = 0$), la **bajada** más rápida es $u = -\nabla J/\lVert\nabla J\rVert$
($\theta = 180°$), con pendiente $-\lVert\nabla J\rVert$, y a $90°$ el costo no cambia: esa es la
dirección de la curva de nivel, así que **$\nabla J$ es perpendicular a la curva de nivel**.

**Sobre datos reales.** El costo de hoy es el error cuadrático medio (ECM) de un modelo lineal que
predice la progresión de la diabetes a un año con dos variables, el índice de masa corporal (BMI)
y la presión arterial (BP), de las tablas ya escaladas de `load_diabetes()`: columnas centradas y
de norma 1 (por eso los pesos salen de cientos). Le restamos su media a $y$; como las columnas
están centradas, eso equivale a ajustar un intercepto. Con $X$ de forma $(n, 2)$:

$$
J(w) = \frac1n \lVert Xw - y \rVert^2, \qquad \nabla J(w) = \frac2n X^\top (Xw - y)
$$

La celda compara la fórmula con `calculus.gradient` en un punto, y la evalúa en el mínimo $w^*$,
que resuelve $X^\top X\,w = X^\top y$:
""",
        en=r"""
**The directional derivative is a dot product.** If you leave $w$ along a unit vector $u$, the cost
changes, per unit of distance, by

$$
D_u J(w) = \lim_{h \to 0} \frac{J(w + h\,u) - J(w)}{h} = \nabla J(w) \cdot u
= \lVert \nabla J(w) \rVert \cos\theta ,
$$

with $\theta$ the angle between $u$ and $\nabla J(w)$ (this holds when $J$ is differentiable, as
all of today's costs are). Since the cosine goes from $-1$ to $1$, the fastest climb is
$u = \nabla J/\lVert\nabla J\rVert$ ($\theta = 0$), the fastest **descent** is
$u = -\nabla J/\lVert\nabla J\rVert$ ($\theta = 180°$), with slope $-\lVert\nabla J\rVert$, and at
$90°$ the cost does not change: that is the direction of the level curve, so **$\nabla J$ is
perpendicular to the level curve**.

**On real data.** Today's cost is the mean squared error (MSE) of a linear model that predicts the
progression of diabetes after one year from two features, body mass index (BMI) and blood
pressure (BP), from the already scaled tables of `load_diabetes()`: centred columns of norm 1
(which is why the weights come out in the hundreds). We subtract its mean from $y$; since the
columns are centred, that is the same as fitting an intercept. With $X$ of shape $(n, 2)$:

$$
J(w) = \frac1n \lVert Xw - y \rVert^2, \qquad \nabla J(w) = \frac2n X^\top (Xw - y)
$$

The cell compares the formula with `calculus.gradient` at one point, and evaluates it at the
minimum $w^*$, which solves $X^\top X\,w = X^\top y$:
""",
    )
    return


@app.cell
def _(calculus, kit, load_diabetes, np):
    diabetes = load_diabetes()
    X = diabetes.data[:, [2, 3]]  # the columns "bmi" and "bp"
    y = diabetes.target - diabetes.target.mean()
    n_samples = len(y)

    def mse(w):
        return np.mean((X @ w - y) ** 2)

    def mse_gradient(w):
        return 2 / n_samples * X.T @ (X @ w - y)  # ∇J = (2/n) Xᵀ(Xw − y)

    w_probe = np.array([1600.0, -400.0])
    w_best = np.linalg.solve(X.T @ X, X.T @ y)  # the normal equations
    kit.printout(
        [
            f"n = {n_samples}, feature names: {diabetes.feature_names[2]}, {diabetes.feature_names[3]}",
            f"gradient at w = {w_probe}, by the formula:          {np.round(mse_gradient(w_probe), 6)}",
            f"gradient at w = {w_probe}, by calculus.gradient: {np.round(calculus.gradient(mse, w_probe), 6)}",
            f"minimum w* = {np.round(w_best, 2)},  J(w*) = {mse(w_best):.1f}  (J(0) = {mse(np.zeros(2)):.1f})",
            f"gradient at w*: {mse_gradient(w_best)}",
        ]
    )
    return mse, mse_gradient, w_best


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 2. ¿Cuál de todas las direcciones baja más rápido?

En la figura, a la izquierda, las curvas de nivel del ECM en el plano de los pesos
$(w_1, w_2)$ = (BMI, BP), las flechitas grises de $-\nabla J$ normalizadas en una cuadrícula, y en
el punto $w$ un abanico de $K$ direcciones unitarias, cada una pintada según su derivada
direccional: azul baja, rojo sube. La gruesa es la mejor del abanico; la flecha negra es
$-\nabla J(w)$, y la curva naranja es la curva de nivel que pasa por $w$. A la derecha, la
derivada direccional de cada dirección contra su ángulo: los puntos caen sobre
$\lVert\nabla J\rVert\cos\theta$.

Mueve el punto y cambia $K$. ¿La mejor dirección del abanico coincide con $-\nabla J$? ¿Cuánto se
separan con 8 direcciones, y con 256? ¿Qué ángulo forma la flecha negra con la curva naranja, esté
donde esté el punto? ¿Qué le pasa al abanico cerca del mínimo (la cruz)?
""",
        en=r"""
## 2. Which of all the directions goes down fastest?

In the figure, on the left, the level curves of the MSE in the plane of the weights
$(w_1, w_2)$ = (BMI, BP), the small grey arrows of $-\nabla J$ normalised on a grid, and at the
point $w$ a fan of $K$ unit directions, each coloured by its directional derivative: blue goes
down, red goes up. The thick one is the best of the fan; the black arrow is $-\nabla J(w)$, and
the orange curve is the level curve through $w$. On the right, the directional derivative of each
direction against its angle: the dots lie on $\lVert\nabla J\rVert\cos\theta$.

Move the point and change $K$. Does the best direction of the fan match $-\nabla J$? How far apart
are they with 8 directions, and with 256? What angle does the black arrow make with the orange
curve, wherever the point is? What happens to the fan near the minimum (the cross)?
""",
    )
    return


@app.cell(hide_code=True)
def _(mse, mse_gradient, np):
    # Once: the cost on a grid of weights (for the contours), the unit field −∇J/‖∇J‖ on a coarser one,
    # and the largest ‖∇J‖ the sliders can reach (so that colours and the right panel keep one scale).
    W1_RANGE, W2_RANGE = (-600.0, 2200.0), (-1000.0, 1800.0)
    _w1, _w2 = np.linspace(*W1_RANGE, 141), np.linspace(*W2_RANGE, 141)
    GRID_W1, GRID_W2 = np.meshgrid(_w1, _w2)
    _points = np.column_stack([GRID_W1.ravel(), GRID_W2.ravel()])
    GRID_J = np.array([mse(_w) for _w in _points]).reshape(GRID_W1.shape)
    _norms = np.linalg.norm([mse_gradient(_w) for _w in _points], axis=1)
    MAX_NORM = float(_norms.max())
    _f1, _f2 = np.meshgrid(np.linspace(*W1_RANGE, 13)[1:-1], np.linspace(*W2_RANGE, 13)[1:-1])
    _field = np.array([-mse_gradient(np.array([a, b])) for a, b in zip(_f1.ravel(), _f2.ravel())])
    _field /= np.linalg.norm(_field, axis=1, keepdims=True)
    FIELD = (_f1.ravel(), _f2.ravel(), _field[:, 0], _field[:, 1])
    LEVELS = np.quantile(GRID_J, np.linspace(0.02, 0.9, 12))
    return FIELD, GRID_J, GRID_W1, GRID_W2, LEVELS, MAX_NORM, W1_RANGE, W2_RANGE


@app.cell(hide_code=True)
def _(W1_RANGE, W2_RANGE, kit, lang, mo):
    w1_slider = mo.ui.slider(
        W1_RANGE[0] + 100, W1_RANGE[1] - 100, step=50, value=1600, show_value=True, label="$w_1$ (BMI)"
    )
    w2_slider = mo.ui.slider(
        W2_RANGE[0] + 100, W2_RANGE[1] - 100, step=50, value=-400, show_value=True, label="$w_2$ (BP)"
    )
    k_choice = mo.ui.dropdown(
        options=["8", "16", "64", "256"],
        value="64",
        label=kit.say(lang, es="Direcciones del abanico, $K$", en="Directions in the fan, $K$"),
    )
    mo.hstack([w1_slider, w2_slider, k_choice], justify="start", gap=2)
    return k_choice, w1_slider, w2_slider


@app.cell(hide_code=True)
def _(calculus, k_choice, mse, np, w1_slider, w2_slider):
    # Small pure cell: the point, its gradient (the library's central differences), the fan and its
    # directional derivatives ∇J·u, and the angles the readout quotes.
    w_point = np.array([float(w1_slider.value), float(w2_slider.value)])
    n_directions = int(k_choice.value)
    fan_angles = 2 * np.pi * np.arange(n_directions) / n_directions
    fan = np.column_stack([np.cos(fan_angles), np.sin(fan_angles)])
    grad_point = calculus.gradient(mse, w_point)
    fan_slopes = fan @ grad_point  # D_u J = ∇J·u for each unit u
    best_index = int(np.argmin(fan_slopes))
    descent_angle = float(np.degrees(np.arctan2(-grad_point[1], -grad_point[0])) % 360)
    best_angle = float(np.degrees(fan_angles[best_index]))
    angle_gap = abs((best_angle - descent_angle + 180) % 360 - 180)
    return (
        angle_gap,
        best_angle,
        best_index,
        descent_angle,
        fan,
        fan_angles,
        fan_slopes,
        grad_point,
        n_directions,
        w_point,
    )


@app.cell(hide_code=True)
def _(
    FIELD,
    GRID_J,
    GRID_W1,
    GRID_W2,
    LEVELS,
    MAX_NORM,
    W1_RANGE,
    W2_RANGE,
    best_angle,
    best_index,
    descent_angle,
    fan,
    fan_angles,
    fan_slopes,
    grad_point,
    kit,
    lang,
    mse,
    np,
    plt,
    w_best,
    w_point,
):
    from matplotlib.collections import LineCollection

    _norm = float(np.linalg.norm(grad_point))
    _cmap = plt.get_cmap("coolwarm")
    _colors = _cmap(np.clip(0.5 + fan_slopes / MAX_NORM, 0, 1))  # one scale: pale near the minimum
    _fig, (_ax, _ax_cos) = plt.subplots(1, 2, figsize=(11, 5.2), gridspec_kw={"width_ratios": [1.3, 1]})
    # NOTE: fixed limits before drawing: autoscaling over the contour paths costs more than the drawing.
    _ax.set_xlim(*W1_RANGE)
    _ax.set_ylim(*W2_RANGE)
    _ax.set_autoscale_on(False)
    _ax.contour(GRID_W1, GRID_W2, GRID_J, levels=LEVELS, colors="0.7", linewidths=0.8)
    _ax.quiver(*FIELD, color="0.65", angles="xy", scale=28, width=0.003)
    _ax.contour(GRID_W1, GRID_W2, GRID_J, levels=[mse(w_point)], colors="tab:orange", linewidths=2)
    _length = 380.0
    _ends = w_point + _length * fan
    _ax.add_collection(
        LineCollection([[w_point, _end] for _end in _ends], colors=_colors, linewidths=1.6, zorder=3), autolim=False
    )
    _ax.plot(*zip(w_point, w_point + 1.25 * _length * fan[best_index]), color="black", lw=5, zorder=4)
    _ax.plot(*zip(w_point, w_point + 1.25 * _length * fan[best_index]), color=_colors[best_index], lw=3, zorder=5)
    if _norm > 1e-9:
        _unit = -grad_point / _norm
        _ax.annotate(
            "",
            xy=w_point + 1.6 * _length * _unit,
            xytext=w_point,
            arrowprops=dict(arrowstyle="-|>", color="black", lw=1.6),
            zorder=6,
        )
    _ax.plot(*w_point, "o", color="white", mec="black", ms=7, zorder=7)
    _ax.plot(*w_best, "+", color="black", ms=12, mew=2, zorder=7)
    _ax.set_aspect("equal")
    _ax.set_xlabel("$w_1$ (BMI)")
    _ax.set_ylabel("$w_2$ (BP)")
    _ax.set_title(
        kit.say(lang, es="ECM de diabetes: abanico en w y −∇J (negro)", en="Diabetes MSE: fan at w and −∇J (black)"),
        fontsize=11,
    )
    _theta = np.linspace(0, 360, 361)
    _ax_cos.axhline(0, color="0.85", lw=0.8)
    _ax_cos.plot(
        _theta,
        _norm * np.cos(np.radians(_theta - (descent_angle + 180))),
        color="0.4",
        lw=1.5,
        label="‖∇J‖ cos θ",
    )
    _ax_cos.scatter(np.degrees(fan_angles), fan_slopes, c=_colors, s=22 if len(fan) <= 64 else 8, zorder=3)
    _ax_cos.plot(best_angle, fan_slopes[best_index], "o", ms=11, mfc="none", mec="black", mew=1.8, zorder=4)
    _ax_cos.axvline(
        descent_angle, color="black", lw=1, ls="--", label=kit.say(lang, es="ángulo de −∇J", en="angle of −∇J")
    )
    _ax_cos.set_xlim(0, 360)
    _ax_cos.set_ylim(-1.08 * MAX_NORM, 1.08 * MAX_NORM)
    _ax_cos.set_xticks(range(0, 361, 45))
    _ax_cos.set_xlabel(kit.say(lang, es="ángulo de u (grados)", en="angle of u (degrees)"))
    _ax_cos.set_ylabel("$D_u J(w) = \\nabla J \\cdot u$")
    _ax_cos.legend(loc="upper right", fontsize=9)
    _ax_cos.set_title(
        kit.say(lang, es="Derivada direccional de cada dirección", en="Directional derivative of each direction"),
        fontsize=11,
    )
    _fig.subplots_adjust(left=0.08, right=0.985, bottom=0.11, top=0.93, wspace=0.28)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(
    angle_gap,
    best_angle,
    best_index,
    descent_angle,
    fan_slopes,
    grad_point,
    kit,
    lang,
    mo,
    mse,
    n_directions,
    np,
    w_point,
):
    _norm = float(np.linalg.norm(grad_point))
    _bound = 180 / n_directions
    mo.callout(
        kit.text(
            lang,
            es=f"""
En $w = ({w_point[0]:g}, {w_point[1]:g})$: $J = {mse(w_point):.1f}$,
$\\nabla J = ({grad_point[0]:.3f}, {grad_point[1]:.3f})$ y $\\lVert\\nabla J\\rVert = {_norm:.3f}$.
La mejor de las {n_directions} direcciones es la número {best_index}, a ${best_angle:.2f}°$, con
pendiente ${fan_slopes[best_index]:.4f}$; $-\\nabla J$ apunta a ${descent_angle:.2f}°$, con pendiente
$-\\lVert\\nabla J\\rVert = {-_norm:.4f}$. Se separan ${angle_gap:.2f}°$: nunca más que la mitad del
espaciado, $180°/K = {_bound:.2f}°$, porque la mejor del abanico es siempre la más cercana a $-\\nabla J$.
""",
            en=f"""
At $w = ({w_point[0]:g}, {w_point[1]:g})$: $J = {mse(w_point):.1f}$,
$\\nabla J = ({grad_point[0]:.3f}, {grad_point[1]:.3f})$ and $\\lVert\\nabla J\\rVert = {_norm:.3f}$.
The best of the {n_directions} directions is number {best_index}, at ${best_angle:.2f}°$, with slope
${fan_slopes[best_index]:.4f}$; $-\\nabla J$ points at ${descent_angle:.2f}°$, with slope
$-\\lVert\\nabla J\\rVert = {-_norm:.4f}$. They are ${angle_gap:.2f}°$ apart: never more than half the
spacing, $180°/K = {_bound:.2f}°$, because the best of the fan is always the one closest to $-\\nabla J$.
""",
        ),
        kind="info",
    )
    return


@app.cell(hide_code=True)
def _(load_diabetes, mse, mse_gradient, np):
    # The numbers of the exercise's text: the hand case (the bowl x² + 5y² at (2, 1), ∇ = (4, 10)), the
    # round-off of a central quotient with h = 1e-6 on the MSE against the gap between the two best of 64
    # directions, and the same search in ten dimensions (500 random unit directions at w = 0).
    _grad_bowl = np.array([4.0, 10.0])
    southwest_slope = float(_grad_bowl @ np.array([-1.0, -1.0]) / np.sqrt(2))
    to_minimum_slope = float(_grad_bowl @ np.array([-2.0, -1.0]) / np.sqrt(5))

    _angles = 2 * np.pi * np.arange(64) / 64
    _circle = np.column_stack([np.cos(_angles), np.sin(_angles)])
    _w0, _h = np.zeros(2), 1e-6
    _quotients = np.array([(mse(_w0 + _h * _u) - mse(_w0 - _h * _u)) / (2 * _h) for _u in _circle])
    _exact = _circle @ mse_gradient(_w0)
    round_off = float(np.max(np.abs(_quotients - _exact)))
    _two_best = np.sort(_exact)[:2]
    neighbour_gap = float(_two_best[1] - _two_best[0])

    def closest_angle(units, gradient):
        """Degrees between −∇J and the unit vector (a row of units) closest to it."""
        return float(np.degrees(np.arccos(np.max(-(units @ gradient) / np.linalg.norm(gradient)))))

    _data = load_diabetes()
    _X10, _y = _data.data, _data.target - _data.target.mean()
    _grad10 = 2 / len(_y) * _X10.T @ (_X10 @ np.zeros(10) - _y)
    _draws10 = np.random.default_rng(0).standard_normal((500, 10))
    angle_10d = closest_angle(_draws10 / np.linalg.norm(_draws10, axis=1, keepdims=True), _grad10)
    _draws2 = np.random.default_rng(0).standard_normal((500, 2))
    angle_2d = closest_angle(_draws2 / np.linalg.norm(_draws2, axis=1, keepdims=True), mse_gradient(np.zeros(2)))
    return angle_10d, angle_2d, neighbour_gap, round_off, southwest_slope, to_minimum_slope


@app.cell(hide_code=True)
def _(angle_10d, angle_2d, kit, lang, southwest_slope, to_minimum_slope):
    kit.text(
        lang,
        es=rf"""
## 3. Ejercicio: la dirección de mayor descenso

Ahora haz la búsqueda del abanico tú mismo, sin fórmula del gradiente: solo con el costo y el
cociente central por cada dirección. Haz antes el primer caso a mano. Para el tazón
$J(x, y) = x^2 + 5y^2$ en $(2, 1)$, $\nabla J = (2x, 10y) = (4, 10)$, y con las ocho direcciones
de la rosa de los vientos (este, noreste, norte, …, en ángulos de 45°), $\nabla J \cdot u =
4\cos\theta + 10\sin\theta$: al norte da $10$, al oeste $-4$, al suroeste
$-14/\sqrt2 \approx {southwest_slope:.2f}$ y al sur $-10$. Gana el sur, la fila 6, por poco. Fíjate en que el
mínimo está en el origen, hacia $(-2, -1)$, y por esa dirección la pendiente es solo
$-18/\sqrt5 \approx {to_minimum_slope:.2f}$: la bajada más empinada no apunta al mínimo.

Los otros casos usan el ECM de diabetes. En 2 dimensiones, 64 direcciones cubren bien el
círculo. En 10 dimensiones (las diez variables), la mejor de 500 direcciones al azar queda a
{angle_10d:.1f}° de $-\nabla J$, cuando en 2 dimensiones 500 direcciones al azar llegan a
{angle_2d:.2f}°: en muchas dimensiones ninguna búsqueda entre direcciones le gana a calcular el
gradiente.
""",
        en=rf"""
## 3. Exercise: the steepest descent direction

Now run the fan search yourself, with no formula for the gradient: only the cost and a central
quotient for each direction. Work out the first case by hand first. For the bowl
$J(x, y) = x^2 + 5y^2$ at $(2, 1)$, $\nabla J = (2x, 10y) = (4, 10)$, and with the eight compass
directions (east, northeast, north, …, 45° apart), $\nabla J \cdot u = 4\cos\theta +
10\sin\theta$: north gives $10$, west $-4$, southwest $-14/\sqrt2 \approx {southwest_slope:.2f}$ and south $-10$.
South wins, row 6, by a little. Notice that the minimum is at the origin, towards $(-2, -1)$, and
along that direction the slope is only $-18/\sqrt5 \approx {to_minimum_slope:.2f}$: the steepest way down does not
point at the minimum.

The other cases use the diabetes MSE. In 2 dimensions, 64 directions cover the circle well. In 10
dimensions (all ten features), the best of 500 random directions is {angle_10d:.1f}° away from
$-\nabla J$, while in 2 dimensions 500 random directions get within {angle_2d:.2f}°: in many
dimensions no search among directions beats computing the gradient.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_best_descent_direction = kit.exercise("best_descent_direction", lang)
    ex_best_descent_direction
    return (ex_best_descent_direction,)


@app.cell(hide_code=True)
def _(ex_best_descent_direction, kit):
    kit.feedback(ex_best_descent_direction)
    return


@app.cell(hide_code=True)
def _(ex_best_descent_direction, kit):
    kit.hints(ex_best_descent_direction)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 4. Autoevaluación

Tres preguntas rápidas. La respuesta se corrige en cuanto eliges una opción.
""",
        en=r"""
## 4. Self-check

Three quick questions. Your answer is checked as soon as you pick an option.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, mse_gradient, neighbour_gap, np, round_off, w_best):
    _at_minimum = float(np.linalg.norm(mse_gradient(w_best)))
    _spacing, _half, _half_256 = 360 / 64, 180 / 64, 180 / 256
    _ratio = neighbour_gap / round_off
    T, Question = kit.T, kit.Question
    QUIZ = [
        Question(
            T(
                es=r"**1.** ¿Qué ángulo forman $-\nabla J(w)$ y la curva de nivel que pasa por $w$?",
                en=r"**1.** What angle do $-\nabla J(w)$ and the level curve through $w$ make?",
            ),
            (
                T.same("90°"),
                T.same("0°"),
                T(es="Depende del punto w", en="It depends on the point w"),
            ),
            answer=0,
            why=T(
                es=r"A lo largo de la curva de nivel $J$ no cambia, así que la derivada direccional en la dirección tangente $t$ es $\nabla J \cdot t = 0$: el gradiente es perpendicular a la tangente, en cualquier punto donde $\nabla J \neq 0$. En la figura, la flecha negra cruza siempre la curva naranja en ángulo recto (los dos ejes tienen la misma escala para que se vea). Si fueran $0°$, moverse por $-\nabla J$ no cambiaría el costo.",
                en=r"Along the level curve $J$ does not change, so the directional derivative along the tangent direction $t$ is $\nabla J \cdot t = 0$: the gradient is perpendicular to the tangent, at every point where $\nabla J \neq 0$. In the figure the black arrow always crosses the orange curve at a right angle (both axes have the same scale so that you can see it). At $0°$, moving along $-\nabla J$ would not change the cost.",
            ),
        ),
        Question(
            T(
                es=r"**2.** En el mínimo $w^*$ del ECM, ¿cuánto vale $\nabla J(w^*)$?",
                en=r"**2.** At the minimum $w^*$ of the MSE, what is $\nabla J(w^*)$?",
            ),
            (
                T(es="Un vector de norma 1 que apunta al mínimo", en="A vector of norm 1 pointing at the minimum"),
                T(es="El vector cero", en="The zero vector"),
                T(es="El mismo que en w = 0", en="The same as at w = 0"),
            ),
            answer=1,
            why=T(
                es=rf"En un mínimo ninguna dirección baja ni sube a primer orden: $\nabla J \cdot u = 0$ para toda $u$, y eso solo pasa si $\nabla J = 0$. En la sección 1, la norma del gradiente en $w^*$ dio ${kit.tex_number(_at_minimum, 2)}$, cero salvo redondeo. Por eso el abanico se vuelve casi blanco cerca de la cruz: todas las pendientes se achican. El gradiente no tiene norma fija: su norma es la pendiente más empinada.",
                en=rf"At a minimum no direction goes down or up to first order: $\nabla J \cdot u = 0$ for every $u$, and that only happens if $\nabla J = 0$. In section 1, the norm of the gradient at $w^*$ came out as ${kit.tex_number(_at_minimum, 2)}$, zero up to round-off. That is why the fan turns almost white near the cross: every slope shrinks. The gradient has no fixed norm: its norm is the steepest slope.",
            ),
        ),
        Question(
            T(
                es=r"**3.** ¿Por qué la mejor de 64 direcciones casi nunca es exactamente $-\nabla J$?",
                en=r"**3.** Why is the best of 64 directions almost never exactly $-\nabla J$?",
            ),
            (
                T(
                    es="Porque el cociente central tiene error de redondeo",
                    en="Because the central quotient has round-off error",
                ),
                T(
                    es="Porque −∇J no es la dirección de mayor descenso en el ECM",
                    en="Because −∇J is not the steepest descent direction for the MSE",
                ),
                T(
                    es=f"Por resolución: las 64 están a {_spacing:g}° una de otra y −∇J suele caer entre dos",
                    en=f"Resolution: the 64 are {_spacing:g}° apart and −∇J usually falls between two",
                ),
            ),
            answer=2,
            why=T(
                es=rf"La mejor del abanico es la de menor $\lVert\nabla J\rVert\cos\theta$, es decir, la más cercana en ángulo a $-\nabla J$; con direcciones cada $360°/64 = {_spacing:g}°$, queda a lo sumo a la mitad, ${_half:.2f}°$. Más direcciones achican esa distancia (con 256, ${_half_256:.2f}°$). El redondeo del cociente es mucho más chico: en $w = 0$, con $h = 10^{{-6}}$, se aparta de $\nabla J \cdot u$ en ${kit.tex_number(round_off, 2)}$, unas {_ratio:.0f} veces menos que la diferencia entre las dos mejores direcciones (${kit.tex_number(neighbour_gap, 2)}$). Y $-\nabla J$ sí es la de mayor descenso: lo que falta es una dirección del abanico justo ahí.",
                en=rf"The best of the fan is the one with the smallest $\lVert\nabla J\rVert\cos\theta$, that is, the closest in angle to $-\nabla J$; with directions every $360°/64 = {_spacing:g}°$, it is at most half of that away, ${_half:.2f}°$. More directions shrink that distance (with 256, ${_half_256:.2f}°$). The quotient's round-off is far smaller: at $w = 0$, with $h = 10^{{-6}}$, it is off $\nabla J \cdot u$ by ${kit.tex_number(round_off, 2)}$, some {_ratio:.0f} times less than the difference between the two best directions (${kit.tex_number(neighbour_gap, 2)}$). And $-\nabla J$ is indeed the steepest descent: what is missing is a direction of the fan right there.",
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
def _(kit, lang, lesson_link):
    _first, _second = lesson_link("derivatives-gradient-descent"), lesson_link("cost-functions-convexity")
    kit.text(
        lang,
        es=rf"""
## 5. Resumen

- El gradiente de una función escalar de un vector, $\nabla J(w)$, junta sus derivadas parciales y tiene la forma de $w$; una función que devuelve un vector tiene jacobiana, no gradiente.
- Comprueba un gradiente escrito a mano contra uno numérico: así se atrapa un $2y$ donde iba $3y^2$.
- La derivada direccional es $D_u J = \nabla J \cdot u = \lVert\nabla J\rVert\cos\theta$: máxima por $\nabla J$, mínima por $-\nabla J$ (pendiente $-\lVert\nabla J\rVert$) y nula a lo largo de la curva de nivel, que por eso es perpendicular al gradiente.
- Para el ECM, $\nabla J(w) = \frac2n X^\top(Xw - y)$, que se anula en el mínimo.
- Entre $K$ direcciones, la mejor queda a lo sumo a $180°/K$ de $-\nabla J$; en muchas dimensiones buscar entre direcciones es inútil, y por eso se calcula el gradiente.
- Para repasar más a fondo: {_first} y {_second}. Mañana, el día 4: la jacobiana de una capa.
""",
        en=rf"""
## 5. Summary

- The gradient of a scalar function of a vector, $\nabla J(w)$, collects its partial derivatives and has the shape of $w$; a function that returns a vector has a Jacobian, not a gradient.
- Check a hand-written gradient against a numerical one: that is how a $2y$ where $3y^2$ belonged gets caught.
- The directional derivative is $D_u J = \nabla J \cdot u = \lVert\nabla J\rVert\cos\theta$: largest along $\nabla J$, smallest along $-\nabla J$ (slope $-\lVert\nabla J\rVert$) and zero along the level curve, which is why that curve is perpendicular to the gradient.
- For the MSE, $\nabla J(w) = \frac2n X^\top(Xw - y)$, which vanishes at the minimum.
- Among $K$ directions, the best is at most $180°/K$ away from $-\nabla J$; in many dimensions searching among directions is hopeless, which is why the gradient is computed.
- For a deeper review: {_first} and {_second}. Tomorrow, day 4: the Jacobian of a layer.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es="## 6. Para seguir: el día original y otros recursos",
        en="## 6. Keep going: the original day and other resources",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.resources("day-3-gradient", lang)
    return


if __name__ == "__main__":
    app.run()
