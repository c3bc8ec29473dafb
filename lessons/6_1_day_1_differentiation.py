import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 6.1")


@app.cell(hide_code=True)
def _():
    import marimo as mo
    import numpy as np

    from gradiente import calculus
    from gradiente.course.kit import Kit, workspace
    from gradiente.datasets import load_breast_cancer

    kit = Kit()
    plt = kit.pyplot()
    return calculus, kit, load_breast_cancer, mo, np, plt, workspace


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
    kit.header("day-1-differentiation", lang)
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
def _():
    def sci(value):
        """A number for LaTeX with two significant digits: 9.97e-06 -> 1.0 \\times 10^{-5}."""
        if value == 0 or 1e-3 <= abs(value) < 1e3:
            return f"{value:.3g}"
        mantissa, exponent = f"{value:.1e}".split("e")
        return rf"{mantissa} \times 10^{{{int(exponent)}}}"

    return (sci,)


@app.cell(hide_code=True)
def _(kit, lang, lesson_link):
    _first, _second = lesson_link("derivatives-gradient-descent"), lesson_link("derivative-rules")
    kit.text(
        lang,
        es=rf"""
Primer día de la semana de repaso. Hoy vuelves a la derivada con una sola pregunta en mente: si
conoces $f$ y su pendiente en un punto, ¿qué tan bien puedes predecir $f$ cerca de ese punto? Es
la pregunta que hace el descenso de gradiente en cada paso, y la respuesta es la recta tangente.
Este día repasa {_first} y {_second}; si algo te suena nuevo, vuelve a ellas. Te toma entre 20 y
30 minutos.

**Al terminar podrás:**

- leer la derivada como razón de cambio y como pendiente de la recta tangente;
- comprobar que la derivada por las reglas y la diferencia central dan el mismo número;
- escribir la tangente en un punto y explicar por qué se aleja de la curva como $(x - x_0)^2$.
""",
        en=rf"""
Day one of the review week. Today you come back to the derivative with one question in mind: if
you know $f$ and its slope at a point, how well can you predict $f$ near that point? It is the
question gradient descent asks at every step, and the answer is the tangent line. This day
reviews {_first} and {_second}; if something sounds new, go back to them. It takes 20 to 30
minutes.

**By the end you will be able to:**

- read the derivative as a rate of change and as the slope of the tangent line;
- check that the derivative from the rules and the central difference give the same number;
- write the tangent at a point and explain why it drifts from the curve like $(x - x_0)^2$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, n_tumours):
    kit.text(
        lang,
        es=r"""
## 1. Repaso en cuatro pasos

**La derivada es una razón de cambio.** Si mueves la entrada de $x$ a $x + h$, la salida cambia
en $f(x + h) - f(x)$; dividido entre $h$, es el cambio promedio por unidad. La derivada es el
número al que se acerca ese cociente cuando $h$ se achica, por la izquierda y por la derecha:

$$
f'(x) = \lim_{h \to 0} \frac{f(x + h) - f(x)}{h}
$$

En la gráfica, cada cociente es la pendiente de una secante; el límite es la pendiente de la
**recta tangente**.

**La computadora no puede calcular el límite, pero sí una $h$ pequeña.** La diferencia central
mira a los dos lados y su error baja como $h^2$ (la lección 2.1 lo midió):

$$
f'(x) \approx \frac{f(x + h) - f(x - h)}{2h}
$$

**Las reglas dan la fórmula exacta** (lección 2.2). Para las tres funciones de la figura, todas
de machine learning:

$$
\sigma(x) = \frac{1}{1 + e^{-x}},\ \ \sigma' = \sigma(1 - \sigma) \qquad
\operatorname{softplus}(x) = \ln(1 + e^{x}),\ \ \operatorname{softplus}' = \sigma \qquad
\ell(w) = -\ln \sigma(3w),\ \ \ell'(w) = -3\,\sigma(-3w)
$$

La última es la pérdida logística de **una** muestra con $x = 3$ y etiqueta 1, vista como función
del peso $w$. La figura agrega una cuarta con datos reales: la pérdida logística **media** de los
N_TUMOURS tumores del conjunto de cáncer de mama, con el modelo $P(\text{maligno}) = \sigma(w\,z)$ y
$z$ el radio medio estandarizado; su derivada, por la regla de la cadena, es el promedio de
$(\sigma(w z_i) - y_i)\,z_i$.

**La tangente es la mejor aproximación lineal.** Pasa por $(x_0, f(x_0))$ con pendiente
$f'(x_0)$:

$$
y = f(x_0) + f'(x_0)\,(x - x_0)
$$

Por Taylor, $f(x) = f(x_0) + f'(x_0)(x - x_0) + \tfrac12 f''(x_0)(x - x_0)^2 + \dots$: la tangente
copia los dos primeros términos, así que lo que le falta empieza en el cuadrático,

$$
\bigl|f(x) - y\bigr| \approx \tfrac12\,\bigl|f''(x_0)\bigr|\,(x - x_0)^2
$$

Si te alejas el doble, el error se multiplica por cuatro. Ninguna otra recta que pase por el punto
logra eso: con otra pendiente, el error ya es del tamaño de $|x - x_0|$.
""".replace("N_TUMOURS", str(n_tumours)),
        en=r"""
## 1. A review in four steps

**The derivative is a rate of change.** Move the input from $x$ to $x + h$ and the output changes
by $f(x + h) - f(x)$; divided by $h$, that is the average change per unit. The derivative is the
number this quotient approaches as $h$ shrinks, from the left and from the right:

$$
f'(x) = \lim_{h \to 0} \frac{f(x + h) - f(x)}{h}
$$

On the graph, each quotient is the slope of a secant; the limit is the slope of the **tangent
line**.

**A computer cannot compute the limit, but it can use a small $h$.** The central difference looks
both ways and its error shrinks like $h^2$ (lesson 2.1 measured it):

$$
f'(x) \approx \frac{f(x + h) - f(x - h)}{2h}
$$

**The rules give the exact formula** (lesson 2.2). For the three functions of the figure, all of
them from machine learning:

$$
\sigma(x) = \frac{1}{1 + e^{-x}},\ \ \sigma' = \sigma(1 - \sigma) \qquad
\operatorname{softplus}(x) = \ln(1 + e^{x}),\ \ \operatorname{softplus}' = \sigma \qquad
\ell(w) = -\ln \sigma(3w),\ \ \ell'(w) = -3\,\sigma(-3w)
$$

The last one is the log loss of **one** sample with $x = 3$ and label 1, seen as a function of the
weight $w$. The figure adds a fourth one on real data: the **mean** log loss over the N_TUMOURS tumours
of the breast cancer data set, for the model $P(\text{malignant}) = \sigma(w\,z)$ with $z$ the
standardised mean radius; its derivative, by the chain rule, is the mean of
$(\sigma(w z_i) - y_i)\,z_i$.

**The tangent is the best linear approximation.** It goes through $(x_0, f(x_0))$ with slope
$f'(x_0)$:

$$
y = f(x_0) + f'(x_0)\,(x - x_0)
$$

By Taylor, $f(x) = f(x_0) + f'(x_0)(x - x_0) + \tfrac12 f''(x_0)(x - x_0)^2 + \dots$: the tangent
copies the first two terms, so what it misses starts at the quadratic one,

$$
\bigl|f(x) - y\bigr| \approx \tfrac12\,\bigl|f''(x_0)\bigr|\,(x - x_0)^2
$$

Go twice as far and the error is multiplied by four. No other line through the point does that:
with any other slope, the error is already of the size of $|x - x_0|$.
""".replace("N_TUMOURS", str(n_tumours)),
    )
    return


@app.cell(hide_code=True)
def _(load_breast_cancer, np):
    # The four functions of the figure, each with its derivative and second derivative by the rules.
    def sigmoid(x):
        return 1 / (1 + np.exp(-x))

    _data = load_breast_cancer()
    _radius = _data.data[:, list(_data.feature_names).index("mean radius")]
    radius_z = (_radius - _radius.mean()) / _radius.std()  # standardised (ddof=0)
    is_malignant = (_data.target == 0).astype(float)  # target 0 is malignant

    def mean_log_loss(w):
        """Mean log loss of σ(w·z) over the tumours; w a number or an array (one loss per entry)."""
        scores = np.asarray(w, dtype=float)[..., None] * radius_z
        return np.mean(np.logaddexp(0.0, scores) - is_malignant * scores, axis=-1)

    def mean_log_loss_slope(w):  # mean of (σ(w zᵢ) − yᵢ) zᵢ: the chain rule
        return np.mean((sigmoid(np.asarray(w, dtype=float)[..., None] * radius_z) - is_malignant) * radius_z, axis=-1)

    def mean_log_loss_curvature(w):  # mean of σ(1 − σ) zᵢ²
        _s = sigmoid(np.asarray(w, dtype=float)[..., None] * radius_z)
        return np.mean(_s * (1 - _s) * radius_z**2, axis=-1)

    n_tumours = len(radius_z)
    FUNCTIONS = {
        "sigmoid": dict(
            f=sigmoid,
            df=lambda x: sigmoid(x) * (1 - sigmoid(x)),
            d2f=lambda x: sigmoid(x) * (1 - sigmoid(x)) * (1 - 2 * sigmoid(x)),
            var="x",
            name="σ(x)",
        ),
        "softplus": dict(
            f=lambda x: np.logaddexp(0.0, x),
            df=sigmoid,
            d2f=lambda x: sigmoid(x) * (1 - sigmoid(x)),
            var="x",
            name="softplus(x)",
        ),
        "one_sample": dict(
            f=lambda w: np.logaddexp(0.0, -3 * w),  # −ln σ(3w), written so it never overflows
            df=lambda w: -3 * sigmoid(-3 * w),
            d2f=lambda w: 9 * sigmoid(3 * w) * sigmoid(-3 * w),
            var="w",
            name="−ln σ(3w)",
        ),
        "breast_cancer": dict(
            f=mean_log_loss, df=mean_log_loss_slope, d2f=mean_log_loss_curvature, var="w", name="J(w)"
        ),
    }
    return FUNCTIONS, n_tumours


@app.cell(hide_code=True)
def _(FUNCTIONS, calculus, np):
    # On a grid, once: f, f′ by the rules, f′ by central differences (the library's relative step
    # ∛ε·max(1, |x|)), and their gap. The controls only pick what to draw.
    grid = np.linspace(-4.0, 4.0, 321)
    CURVES = {}
    for _key, _g in FUNCTIONS.items():
        _rules = _g["df"](grid)
        _numbers = calculus.derivative(_g["f"], grid)
        CURVES[_key] = dict(f=_g["f"](grid), rules=_rules, numbers=_numbers, gap=np.abs(_numbers - _rules))
    largest_gap = max(float(np.max(_c["gap"])) for _c in CURVES.values())
    return CURVES, grid, largest_gap


@app.cell(hide_code=True)
def _(kit, lang, largest_gap, sci):
    kit.text(
        lang,
        es=f"""
## 2. La tangente, de cerca y de lejos

Elige una función y mueve el punto $x_0$. Arriba, la curva y su tangente; el tramo sombreado es lo
que la tangente no alcanza a seguir. Abajo a la izquierda, $f'$ por las reglas (línea) y por
diferencias centrales (puntos), una encima de la otra; a la derecha, la distancia entre las dos:
en las cuatro funciones nunca pasa de ${sci(largest_gap)}$. Las preguntas para mover
los controles: ¿dónde es más empinada $\\sigma$? ¿En qué punto la tangente cruza la curva en vez
de quedar de un lado? ¿Dónde la pérdida media deja de bajar?
""",
        en=f"""
## 2. The tangent, up close and far away

Pick a function and move the point $x_0$. At the top, the curve and its tangent; the shaded strip
is what the tangent cannot follow. Bottom left, $f'$ by the rules (line) and by central
differences (dots), one on top of the other; on the right, the distance between them: for all
four functions it never exceeds ${sci(largest_gap)}$. Questions to ask the controls:
where is $\\sigma$ steepest? At which point does the tangent cross the curve instead of staying on
one side? Where does the mean loss stop going down?
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    function_choice = mo.ui.dropdown(
        options={
            "σ(x)": "sigmoid",
            "softplus(x)": "softplus",
            kit.say(lang, es="pérdida de una muestra, −ln σ(3w)", en="loss of one sample, −ln σ(3w)"): "one_sample",
            kit.say(lang, es="pérdida media, cáncer de mama", en="mean loss, breast cancer"): "breast_cancer",
        },
        value="σ(x)",
        label=kit.say(lang, es="Función", en="Function"),
    )
    x0_slider = mo.ui.slider(
        -3.0, 3.0, step=0.1, value=1.5, show_value=True, label=kit.say(lang, es="Punto $x_0$", en="Point $x_0$")
    )
    mo.hstack([function_choice, x0_slider], justify="start", gap=2)
    return function_choice, x0_slider


@app.cell(hide_code=True)
def _(FUNCTIONS, calculus, function_choice, x0_slider):
    # Small pure cell: the tangent at x₀ (slope by the library's central difference) and the
    # quadratic prediction of its error, for the figure and the callout.
    chosen = FUNCTIONS[function_choice.value]
    x0 = float(x0_slider.value)
    f_x0 = float(chosen["f"](x0))
    slope_x0 = float(calculus.derivative(chosen["f"], x0))
    curvature_x0 = float(chosen["d2f"](x0))
    return chosen, curvature_x0, f_x0, slope_x0, x0


@app.cell(hide_code=True)
def _(CURVES, chosen, function_choice, f_x0, grid, kit, lang, np, plt, slope_x0, x0):
    from matplotlib.ticker import MaxNLocator as _MaxNLocator

    # Few ticks (at most 5 a side): each tick label is measured several times per redraw.
    _few_ticks = dict(nbins=4, steps=[1, 2, 5, 10])
    _c = CURVES[function_choice.value]
    _tangent = f_x0 + slope_x0 * (grid - x0)
    _fig = plt.figure(figsize=(10, 5.6))
    _grid_spec = _fig.add_gridspec(2, 2, height_ratios=[1.25, 1])
    _ax = _fig.add_subplot(_grid_spec[0, :])
    _ax_slope = _fig.add_subplot(_grid_spec[1, 0])
    _ax_gap = _fig.add_subplot(_grid_spec[1, 1])
    _low, _high = float(np.min(_c["f"])), float(np.max(_c["f"]))
    _pad = 0.12 * (_high - _low)
    _ax.fill_between(grid, _c["f"], _tangent, color="tab:orange", alpha=0.18, lw=0)
    _ax.plot(grid, _c["f"], color="black", lw=2, label=chosen["name"])
    _ax.plot(
        grid,
        _tangent,
        color="tab:orange",
        lw=1.8,
        label=kit.say(lang, es=f"tangente en {chosen['var']}₀", en=f"tangent at {chosen['var']}₀"),
    )
    _ax.plot([x0], [f_x0], "o", color="tab:orange", mec="black", ms=8, zorder=5)
    _ax.set_ylim(_low - _pad, _high + _pad)
    _ax.yaxis.set_major_locator(_MaxNLocator(**_few_ticks))
    _ax.set_xlim(grid[0], grid[-1])
    _ax.set_xlabel(chosen["var"])
    _ax.legend(loc="upper left", fontsize=10)
    _var = chosen["var"]
    _shift = _var if x0 == 0 else f"({_var} − {x0:g})" if x0 > 0 else f"({_var} + {-x0:g})"
    _line = f"y = {f_x0:.4f} {'+' if slope_x0 >= 0 else '−'} {abs(slope_x0):.4f}·{_shift}"
    _ax.set_title(
        kit.say(lang, es=f"Tangente en {_var}₀ = {x0:g}: {_line}", en=f"Tangent at {_var}₀ = {x0:g}: {_line}"),
        fontsize=11,
        y=1.0,  # placed, as the two below: matplotlib need not search for a title's height
    )
    _ax_slope.axhline(0, color="0.85", lw=0.8)
    _ax_slope.plot(grid, _c["rules"], color="tab:blue", lw=2, label=kit.say(lang, es="reglas", en="rules"))
    _ax_slope.plot(
        grid[::8],
        _c["numbers"][::8],
        "o",
        color="tab:red",
        ms=3.5,
        label=kit.say(lang, es="diferencia central", en="central difference"),
    )
    _ax_slope.plot([x0], [slope_x0], "o", color="tab:orange", mec="black", ms=8, zorder=5)
    _ax_slope.set_xlim(grid[0], grid[-1])
    _ax_slope.set_xticks([-4, -2, 0, 2, 4])
    _ax_slope.yaxis.set_major_locator(_MaxNLocator(**_few_ticks))
    _ax_slope.set_xlabel(chosen["var"])
    _ax_slope.set_title(
        kit.say(lang, es="La derivada, de dos maneras", en="The derivative, two ways"), fontsize=11, y=1.0
    )
    _ax_slope.legend(loc="best", fontsize=9)
    _ax_gap.semilogy(grid, np.maximum(_c["gap"], 1e-17), color="tab:purple", lw=1)
    _ax_gap.set_ylim(1e-17, 1e-8)
    _ax_gap.set_yticks([1e-16, 1e-12, 1e-8])
    _ax_gap.yaxis.set_major_formatter(kit.powers_of_ten())
    _ax_gap.minorticks_off()
    _ax_gap.set_xlim(grid[0], grid[-1])
    _ax_gap.set_xticks([-4, -2, 0, 2, 4])
    _ax_gap.set_xlabel(chosen["var"])
    _ax_gap.grid(True, which="major", color="0.92")
    _ax_gap.set_title(kit.say(lang, es="|central − reglas|", en="|central − rules|"), fontsize=11, y=1.0)
    kit.place_xlabels(_fig, (_ax, _ax_slope, _ax_gap))  # at their known spot: no measuring
    _fig.subplots_adjust(left=0.07, right=0.985, bottom=0.08, top=0.95, hspace=0.42, wspace=0.2)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(chosen, curvature_x0, f_x0, kit, lang, mo, sci, slope_x0, x0):
    # The gap between f and its tangent at three distances, beside ½|f″(x₀)|Δ².
    _rows_es, _rows_en = [], []
    _gaps = []
    for _delta in (0.05, 0.1, 0.2):
        _x = x0 + _delta
        _gap = abs(float(chosen["f"](_x)) - (f_x0 + slope_x0 * _delta))
        _gaps.append(_gap)
        _predicted = 0.5 * abs(curvature_x0) * _delta**2
        _row = f"| {_delta:g} | ${sci(_gap)}$ | ${sci(_predicted)}$ |"
        _rows_es.append(_row)
        _rows_en.append(_row)
    _ratio = _gaps[2] / _gaps[1] if _gaps[1] > 0 else float("nan")
    if abs(curvature_x0) < 1e-12:  # σ at 0: f″ = 0, the cubic term leads
        _note_es = (
            f"Aquí $f''({x0:g}) = 0$: es un punto de inflexión, la tangente **cruza** la curva y el error es "
            f"todavía más chico, del orden de $\\Delta^3$: al duplicar la distancia se multiplica por {_ratio:.2f}, "
            "cerca de 8."
        )
        _note_en = (
            f"Here $f''({x0:g}) = 0$: it is an inflection point, the tangent **crosses** the curve and the error "
            f"is even smaller, of order $\\Delta^3$: doubling the distance multiplies it by {_ratio:.2f}, close to 8."
        )
    elif 3.5 <= _ratio <= 4.5:
        _note_es = (
            f"Al duplicar la distancia de 0.1 a 0.2, el error se multiplica por **{_ratio:.2f}**: casi 4, "
            "como predice el término cuadrático."
        )
        _note_en = (
            f"Doubling the distance from 0.1 to 0.2 multiplies the error by **{_ratio:.2f}**: nearly 4, as the "
            "quadratic term predicts."
        )
    else:  # near σ's inflection point: f″ is small and the cubic term still weighs at these distances
        _note_es = (
            f"Al duplicar la distancia de 0.1 a 0.2, el error se multiplica por {_ratio:.2f}, lejos de 4: estás "
            "cerca del punto de inflexión, $f''$ es chica y el término en $\\Delta^3$ todavía pesa. Con "
            "distancias más cortas, o un $x_0$ más lejos de 0, la razón se acerca a 4."
        )
        _note_en = (
            f"Doubling the distance from 0.1 to 0.2 multiplies the error by {_ratio:.2f}, far from 4: you are "
            "near the inflection point, $f''$ is small and the $\\Delta^3$ term still weighs. With shorter "
            "distances, or an $x_0$ farther from 0, the ratio gets close to 4."
        )
    _var = chosen["var"]
    mo.callout(
        kit.text(
            lang,
            es=f"""
En ${_var}_0 = {x0:g}$: $f = {kit.tex_number(f_x0, 6)}$, $f' = {kit.tex_number(slope_x0, 6)}$,
$f'' = {kit.tex_number(curvature_x0, 4)}$. ¿Cuánto se aleja la tangente $y$ de la curva a una distancia $\\Delta$ a la derecha?

| $\\Delta$ | $\\lvert f - y\\rvert$ | $\\tfrac12\\lvert f''({_var}_0)\\rvert\\,\\Delta^2$ |
|---:|---:|---:|
{chr(10).join(_rows_es)}

{_note_es}
""",
            en=f"""
At ${_var}_0 = {x0:g}$: $f = {kit.tex_number(f_x0, 6)}$, $f' = {kit.tex_number(slope_x0, 6)}$,
$f'' = {kit.tex_number(curvature_x0, 4)}$. How far is the tangent $y$ from the curve at a distance $\\Delta$ to the right?

| $\\Delta$ | $\\lvert f - y\\rvert$ | $\\tfrac12\\lvert f''({_var}_0)\\rvert\\,\\Delta^2$ |
|---:|---:|---:|
{chr(10).join(_rows_en)}

{_note_en}
""",
        ),
        kind="info",
    )
    return


@app.cell(hide_code=True)
def _(FUNCTIONS, kit, lang):
    # Where the mean loss of breast cancer stops going down: the zero of its slope, by bisection on [0, 10].
    _slope = FUNCTIONS["breast_cancer"]["df"]
    _low, _high = 0.0, 10.0
    for _ in range(60):
        _mid = 0.5 * (_low + _high)
        _low, _high = (_mid, _high) if _slope(_mid) < 0 else (_low, _mid)
    _w_best = 0.5 * (_low + _high)
    _loss_best = float(FUNCTIONS["breast_cancer"]["f"](_w_best))
    _loss_zero = float(FUNCTIONS["breast_cancer"]["f"](0.0))
    _slope_end = float(_slope(3.0))  # the right end of the control
    kit.text(
        lang,
        es=f"""
Con la pérdida media de cáncer de mama, pon $w_0 = 3$, el extremo derecho del control: la pendiente
todavía vale $J'(3) = {kit.tex_number(_slope_end, 3)}$, así que la pérdida sigue bajando. Se anula
recién en $w \\approx {_w_best:.2f}$, con una pérdida de ${_loss_best:.4f}$ (en $w = 0$ vale
$\\ln 2 = {_loss_zero:.4f}$). Ese es el punto que busca el descenso de gradiente siguiendo
tangentes, y el signo de la pendiente le dice hacia dónde moverse: a la derecha mientras
$J'(w) < 0$.
""",
        en=f"""
For the mean loss of breast cancer, set $w_0 = 3$, the right end of the control: the slope is still
$J'(3) = {kit.tex_number(_slope_end, 3)}$, so the loss keeps going down. It only vanishes at
$w \\approx {_w_best:.2f}$, with a loss of ${_loss_best:.4f}$ (at $w = 0$ it is
$\\ln 2 = {_loss_zero:.4f}$). That is the point gradient descent looks for by following tangents,
and the sign of the slope tells it where to go: to the right while $J'(w) < 0$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 3. Ejercicio: la recta tangente

Escribe la tangente como lo hace una calculadora: pendiente por diferencia central y la ordenada
al origen que obliga a la recta a pasar por $(x_0, f(x_0))$. Haz antes el primer caso a mano:
$\sigma(0) = 1/2$ y $\sigma'(0) = \sigma(0)(1 - \sigma(0)) = 1/4$, así que la tangente es
$y = 0.25\,x + 0.5$ y tu función debe devolver `[0.25, 0.5]`. En $x_0 = 0$ la ordenada coincide
con $f(x_0)$; el segundo caso, $x^3 - 3x + 1$ en $x_0 = 2$, ya no: la pendiente es $3 \cdot 2^2 - 3 = 9$,
$f(2) = 3$, y la recta $y = 3 + 9(x - 2)$ corta el eje en $-15$.
""",
        en=r"""
## 3. Exercise: the tangent line

Write the tangent the way a calculator would: the slope by a central difference and the intercept
that forces the line through $(x_0, f(x_0))$. Work out the first case by hand first:
$\sigma(0) = 1/2$ and $\sigma'(0) = \sigma(0)(1 - \sigma(0)) = 1/4$, so the tangent is
$y = 0.25\,x + 0.5$ and your function must return `[0.25, 0.5]`. At $x_0 = 0$ the intercept equals
$f(x_0)$; the second case, $x^3 - 3x + 1$ at $x_0 = 2$, no longer does: the slope is
$3 \cdot 2^2 - 3 = 9$, $f(2) = 3$, and the line $y = 3 + 9(x - 2)$ crosses the axis at $-15$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_tangent_line = kit.exercise("tangent_line", lang)
    ex_tangent_line
    return (ex_tangent_line,)


@app.cell(hide_code=True)
def _(ex_tangent_line, kit):
    kit.feedback(ex_tangent_line)
    return


@app.cell(hide_code=True)
def _(ex_tangent_line, kit):
    kit.hints(ex_tangent_line)
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
def _(kit):
    T, Question = kit.T, kit.Question
    QUIZ = [
        Question(
            T(
                es=r"**1.** ¿Cuál es la pendiente de la recta tangente a $f(x) = x^2$ en $x_0 = 3$?",
                en=r"**1.** What is the slope of the tangent line to $f(x) = x^2$ at $x_0 = 3$?",
            ),
            (T.same("6"), T.same("9"), T.same("3")),
            answer=0,
            why=T(
                es=r"$f'(x) = 2x$, así que $f'(3) = 6$, y la tangente es $y = 9 + 6(x - 3) = 6x - 9$. El 9 es la **altura** $f(3)$, el punto por el que pasa la recta, no su inclinación; el 3 es el punto $x_0$ mismo.",
                en=r"$f'(x) = 2x$, so $f'(3) = 6$, and the tangent is $y = 9 + 6(x - 3) = 6x - 9$. The 9 is the **height** $f(3)$, the point the line goes through, not its steepness; the 3 is the point $x_0$ itself.",
            ),
        ),
        Question(
            T(
                es=r"**2.** ¿En qué punto es más empinada la sigmoide $\sigma$?",
                en=r"**2.** Where is the sigmoid $\sigma$ steepest?",
            ),
            (
                T(
                    es="Cuando x es muy grande, donde σ se acerca a 1",
                    en="When x is very large, where σ gets close to 1",
                ),
                T(es="En x = 0, donde σ = 1/2", en="At x = 0, where σ = 1/2"),
                T(
                    es="En ninguno: su pendiente es la misma en todas partes",
                    en="Nowhere: its slope is the same everywhere",
                ),
            ),
            answer=1,
            why=T(
                es=r"$\sigma' = \sigma(1 - \sigma)$ es el producto de dos números que suman 1, y ese producto es máximo cuando los dos valen $1/2$: en $x = 0$, con pendiente $1/4$. Donde $\sigma$ se acerca a 1 la curva se aplana y la pendiente tiende a 0 (por eso una neurona saturada aprende lento). Además $x = 0$ es un punto de inflexión: en la figura, la tangente cruza la curva ahí.",
                en=r"$\sigma' = \sigma(1 - \sigma)$ is the product of two numbers that add up to 1, and that product is largest when both are $1/2$: at $x = 0$, with slope $1/4$. Where $\sigma$ gets close to 1 the curve flattens and the slope goes to 0 (that is why a saturated neuron learns slowly). Also, $x = 0$ is an inflection point: in the figure, the tangent crosses the curve there.",
            ),
        ),
        Question(
            T(
                es=r"**3.** ¿Por qué la distancia entre $f$ y su tangente en $x_0$ crece como $(x - x_0)^2$ cerca de $x_0$?",
                en=r"**3.** Why does the distance between $f$ and its tangent at $x_0$ grow like $(x - x_0)^2$ near $x_0$?",
            ),
            (
                T(
                    es="Porque la diferencia central tiene un error del orden de h²",
                    en="Because the central difference has an error of order h²",
                ),
                T(
                    es="Porque la tangente copia el valor y la pendiente de f en x₀, y lo primero que no copia es ½ f″(x₀)(x − x₀)²",
                    en="Because the tangent copies f's value and slope at x₀, and the first thing it does not copy is ½ f″(x₀)(x − x₀)²",
                ),
                T(
                    es="Porque las funciones de machine learning son parábolas",
                    en="Because machine learning functions are parabolas",
                ),
            ),
            answer=1,
            why=T(
                es=r"En el desarrollo de Taylor, $f(x) = f(x_0) + f'(x_0)(x - x_0) + \tfrac12 f''(x_0)(x - x_0)^2 + \dots$, la tangente tiene exactamente los dos primeros términos: lo que falta empieza en el cuadrático. La tabla de la sección 2 lo mide: al duplicar la distancia, el error se multiplica por casi 4. El $h^2$ de la diferencia central es otro error (el de estimar la pendiente), y ninguna de las cuatro funciones es una parábola.",
                en=r"In Taylor's expansion, $f(x) = f(x_0) + f'(x_0)(x - x_0) + \tfrac12 f''(x_0)(x - x_0)^2 + \dots$, the tangent has exactly the first two terms: what is missing starts at the quadratic one. The table of section 2 measures it: doubling the distance multiplies the error by nearly 4. The $h^2$ of the central difference is another error (that of estimating the slope), and none of the four functions is a parabola.",
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
def _(kit, lang, largest_gap, lesson_link, sci):
    _first, _second = lesson_link("derivatives-gradient-descent"), lesson_link("derivative-rules")
    kit.text(
        lang,
        es=rf"""
## 5. Resumen

- La derivada $f'(x) = \lim_{{h \to 0}} \frac{{f(x + h) - f(x)}}{{h}}$ es la razón de cambio de $f$ y la pendiente de su recta tangente.
- La diferencia central $\frac{{f(x + h) - f(x - h)}}{{2h}}$ tiene error del orden de $h^2$; en las cuatro funciones de hoy se separa de las reglas en menos de ${sci(largest_gap)}$.
- La tangente en $x_0$ es $y = f(x_0) + f'(x_0)(x - x_0)$: pendiente $f'(x_0)$ y ordenada al origen $f(x_0) - f'(x_0)\,x_0$.
- Es la mejor aproximación lineal: su error es $\approx \tfrac12|f''(x_0)|(x - x_0)^2$, cuatro veces más grande al doble de distancia (y más chico aún en un punto de inflexión).
- Para repasar más a fondo: {_first} y {_second}. Mañana, el día 2: integrar.
""",
        en=rf"""
## 5. Summary

- The derivative $f'(x) = \lim_{{h \to 0}} \frac{{f(x + h) - f(x)}}{{h}}$ is the rate of change of $f$ and the slope of its tangent line.
- The central difference $\frac{{f(x + h) - f(x - h)}}{{2h}}$ has an error of order $h^2$; on today's four functions it stays within ${sci(largest_gap)}$ of the rules.
- The tangent at $x_0$ is $y = f(x_0) + f'(x_0)(x - x_0)$: slope $f'(x_0)$ and intercept $f(x_0) - f'(x_0)\,x_0$.
- It is the best linear approximation: its error is $\approx \tfrac12|f''(x_0)|(x - x_0)^2$, four times larger at twice the distance (and smaller still at an inflection point).
- For a deeper review: {_first} and {_second}. Tomorrow, day 2: integrating.
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
    kit.resources("day-1-differentiation", lang)
    return


if __name__ == "__main__":
    app.run()
