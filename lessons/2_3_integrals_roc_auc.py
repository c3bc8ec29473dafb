import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 2.3")


@app.cell(hide_code=True)
def _():
    import math

    import marimo as mo
    import numpy as np

    from gradiente import calculus, metrics
    from gradiente.course.kit import Kit
    from gradiente.datasets import load_breast_cancer
    from gradiente.stats import Normal

    kit = Kit()
    plt = kit.pyplot()
    return Normal, calculus, kit, load_breast_cancer, math, metrics, mo, np, plt


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
    kit.header("integrals-roc-auc", lang)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
La derivada mide cuánto cambia algo; la integral suma cambios pequeñitos para dar un total: un
área, una probabilidad, un promedio. En machine learning aparece cada vez que un número resume
una distribución entera, y en una métrica que vas a usar todo el tiempo: el **área bajo la curva
ROC** (AUC) de un clasificador. En esta lección calculas áreas con rectángulos y trapecios, mides
qué tan rápido baja su error, conectas la integral con la derivada, y terminas midiendo el AUC
de un clasificador con datos reales de tumores.

**Al terminar podrás:**

- aproximar $\int_a^b f(x)\,dx$ con sumas de Riemann (izquierda, derecha, punto medio), la regla
  del trapecio y la de Simpson, y predecir cómo baja su error al duplicar $n$;
- usar el teorema fundamental, $\int_a^b f = F(b) - F(a)$, y leer la integral acumulada como lo
  que deshace una derivada;
- calcular probabilidades y esperanzas como áreas bajo una densidad, y saber por qué el error de
  Monte Carlo baja como $1/\sqrt{n}$;
- construir una curva ROC a partir de puntajes (con empates), calcular su área con trapecios y
  leer el AUC como la probabilidad de que un positivo al azar tenga más puntaje que un negativo al
  azar.
""",
        en=r"""
The derivative measures how fast something changes; the integral adds up tiny changes into a
total: an area, a probability, an average. In machine learning it shows up whenever one number
sums up a whole distribution, and in a metric you will use all the time: the **area under the
ROC curve** (AUC) of a classifier. In this lesson you compute areas with rectangles and
trapezoids, measure how fast their error shrinks, connect the integral with the derivative, and
end by measuring the AUC of a classifier on real tumour data.

**By the end you will be able to:**

- approximate $\int_a^b f(x)\,dx$ with Riemann sums (left, right, midpoint), the trapezoid rule
  and Simpson's rule, and predict how their error shrinks when $n$ doubles;
- use the fundamental theorem, $\int_a^b f = F(b) - F(a)$, and read the running integral as what
  undoes a derivative;
- compute probabilities and expectations as areas under a density, and know why the Monte Carlo
  error shrinks like $1/\sqrt{n}$;
- build a ROC curve from scores (with ties), compute its area with trapezoids, and read the AUC
  as the probability that a random positive scores higher than a random negative.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 0. ¿Por qué integrales en machine learning?

Tres ejemplos que vas a encontrar una y otra vez:

- **Probabilidades.** Si $X$ es una variable continua con densidad $p(x)$, la probabilidad de
  que caiga entre $a$ y $b$ es el área bajo $p$ en ese tramo: $P(a < X < b) = \int_a^b p(x)\,dx$.
- **Promedios.** La esperanza $\mathbb{E}[X] = \int x\,p(x)\,dx$ es un promedio pesado por la
  densidad. La pérdida esperada que un modelo intenta minimizar también es una integral, y la
  pérdida media sobre los datos es su aproximación.
- **Métricas.** El AUC de un clasificador es, literalmente, el área bajo una curva:
  $\int_0^1 \mathrm{TPR}\, d(\mathrm{FPR})$. En la sección 4 la calculas con trapecios.

Casi ninguna de estas integrales tiene una fórmula cerrada, así que una computadora las aproxima
con sumas. Cómo hacerlo bien, y qué tan grande es el error, es el tema de la sección 1.
""",
        en=r"""
## 0. Why integrals in machine learning?

Three examples you will meet again and again:

- **Probabilities.** If $X$ is a continuous variable with density $p(x)$, the probability that it
  lands between $a$ and $b$ is the area under $p$ over that stretch: $P(a < X < b) = \int_a^b p(x)\,dx$.
- **Averages.** The expectation $\mathbb{E}[X] = \int x\,p(x)\,dx$ is an average weighted by the
  density. The expected loss that a model tries to minimise is an integral too, and the mean loss
  over the data is its approximation.
- **Metrics.** The AUC of a classifier is, literally, the area under a curve:
  $\int_0^1 \mathrm{TPR}\, d(\mathrm{FPR})$. In section 4 you compute it with trapezoids.

Hardly any of these integrals has a closed formula, so a computer approximates them with sums.
How to do that well, and how large the error is, is the subject of section 1.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 1. Sumas de Riemann: el área con rectángulos

Parte $[a, b]$ en $n$ subintervalos del mismo ancho $h = (b - a)/n$, con puntos
$x_i = a + i\,h$ para $i = 0, \dots, n$. Sobre cada subintervalo pon un rectángulo de base $h$;
su altura es $f$ evaluada en algún punto del subintervalo. Según qué punto elijas:

$$
L_n = h \sum_{i=0}^{n-1} f(x_i), \qquad R_n = h \sum_{i=1}^{n} f(x_i), \qquad M_n = h \sum_{i=0}^{n-1} f\!\left(x_i + \tfrac{h}{2}\right)
$$

(izquierda, derecha y punto medio). Cuando $n \to \infty$ las tres tienden al mismo número: la
**integral definida** $\int_a^b f(x)\,dx$. Si $f$ es negativa en un tramo, los rectángulos quedan
debajo del eje y restan: la integral es un área **con signo**.

En vez de rectángulos puedes unir $(x_i, f(x_i))$ y $(x_{i+1}, f(x_{i+1}))$ con una recta: cada
pedazo es un trapecio de área $h\,\frac{f(x_i) + f(x_{i+1})}{2}$. Al sumarlos, cada punto de
adentro aparece en dos trapecios y cada extremo en uno solo, y sale la **regla del trapecio**:

$$
T_n = h\Big[\tfrac12 f(x_0) + f(x_1) + \dots + f(x_{n-1}) + \tfrac12 f(x_n)\Big] = \frac{L_n + R_n}{2}
$$

La **regla de Simpson** va un paso más allá: por cada par de subintervalos ($n$ par) pasa una
parábola por los tres puntos y suma el área exacta bajo ella:

$$
S_n = \frac{h}{3}\Big[f(x_0) + 4 f(x_1) + 2 f(x_2) + 4 f(x_3) + \dots + 4 f(x_{n-1}) + f(x_n)\Big]
$$

Elige la función, el método y $n$. A la derecha, el error de los cinco métodos para cada $n$ en
escala log-log, como el gráfico de la derivada numérica de la lección 2.1: una recta de pendiente
$-p$ quiere decir que el error es proporcional a $h^p$.
""",
        en=r"""
## 1. Riemann sums: the area with rectangles

Cut $[a, b]$ into $n$ sub-intervals of equal width $h = (b - a)/n$, with points
$x_i = a + i\,h$ for $i = 0, \dots, n$. Over each sub-interval put a rectangle of base $h$; its
height is $f$ at some point of the sub-interval. Depending on which point you pick:

$$
L_n = h \sum_{i=0}^{n-1} f(x_i), \qquad R_n = h \sum_{i=1}^{n} f(x_i), \qquad M_n = h \sum_{i=0}^{n-1} f\!\left(x_i + \tfrac{h}{2}\right)
$$

(left, right and midpoint). As $n \to \infty$ all three tend to the same number: the **definite
integral** $\int_a^b f(x)\,dx$. Where $f$ is negative the rectangles hang below the axis and
subtract: the integral is a **signed** area.

Instead of rectangles you can join $(x_i, f(x_i))$ and $(x_{i+1}, f(x_{i+1}))$ with a straight
line: each piece is a trapezoid of area $h\,\frac{f(x_i) + f(x_{i+1})}{2}$. Adding them up, every
inner point appears in two trapezoids and each end point in one only, and out comes the
**trapezoid rule**:

$$
T_n = h\Big[\tfrac12 f(x_0) + f(x_1) + \dots + f(x_{n-1}) + \tfrac12 f(x_n)\Big] = \frac{L_n + R_n}{2}
$$

**Simpson's rule** goes one step further: over each pair of sub-intervals ($n$ even) it passes a
parabola through the three points and adds the exact area under it:

$$
S_n = \frac{h}{3}\Big[f(x_0) + 4 f(x_1) + 2 f(x_2) + 4 f(x_3) + \dots + 4 f(x_{n-1}) + f(x_n)\Big]
$$

Pick the function, the method and $n$. On the right, the error of all five methods for each $n$
on log–log axes, like the plot of the numerical derivative in lesson 2.1: a line of slope $-p$
means that the error is proportional to $h^p$.
""",
    )
    return


@app.cell(hide_code=True)
def _(math, np):
    # The three integrands of section 1, each with its interval, its exact integral (from an
    # antiderivative: the fundamental theorem of section 2) and its second derivative (for the bound).
    INTEGRANDS = {
        "square": dict(
            f=lambda x: x**2,
            f2=lambda x: 2.0 + 0.0 * x,  # d²/dx² x² = 2
            a=0.0,
            b=2.0,
            exact=8 / 3,  # x³/3 from 0 to 2
            tex=r"x^2",
            plain="x²",
            interval=r"[0, 2]",
        ),
        "gauss": dict(
            f=lambda x: np.exp(-(x**2)),
            f2=lambda x: (4 * x**2 - 2) * np.exp(-(x**2)),  # d²/dx² e^{−x²}
            a=0.0,
            b=2.0,
            exact=math.sqrt(math.pi) / 2 * math.erf(2.0),  # erf is defined by this very integral
            tex=r"e^{-x^2}",
            plain="exp(−x²)",
            interval=r"[0, 2]",
        ),
        "sine": dict(
            f=np.sin,
            f2=lambda x: -np.sin(x),  # d²/dx² sin x = −sin x
            a=0.0,
            b=math.pi / 2,
            exact=1.0,  # −cos x from 0 to π/2
            tex=r"\sin x",
            plain="sin x",
            interval=r"[0, \pi/2]",
        ),
    }
    METHODS = ("left", "right", "midpoint", "trapezoid", "simpson")
    METHOD_COLORS = dict(
        left="tab:orange", right="tab:red", midpoint="tab:green", trapezoid="tab:blue", simpson="tab:purple"
    )
    return INTEGRANDS, METHODS, METHOD_COLORS


@app.cell(hide_code=True)
def _(INTEGRANDS, METHODS, calculus, np):
    # Every error |approximation − exact| for n = 1…64 (even n only for Simpson), computed once, and
    # the order each method shows: the slope of log(error) against log(n) fitted for n ≥ 8.
    N_VALUES = np.arange(1, 65)
    ERRORS = {}
    MEASURED_ORDER = {}
    for _key, _g in INTEGRANDS.items():
        for _method in METHODS:
            _ns = N_VALUES[N_VALUES % 2 == 0] if _method == "simpson" else N_VALUES
            _err = np.array(
                [
                    abs(calculus.integrate(_g["f"], _g["a"], _g["b"], method=_method, n=int(_n)) - _g["exact"])
                    for _n in _ns
                ]
            )
            ERRORS[_key, _method] = (_ns, _err)
            _fit = (_ns >= 8) & (_err > 1e-13)
            MEASURED_ORDER[_key, _method] = (
                -np.polyfit(np.log(_ns[_fit]), np.log(_err[_fit]), 1)[0] if _fit.sum() >= 3 else None
            )
    return ERRORS, MEASURED_ORDER


@app.cell(hide_code=True)
def _(kit, lang, mo):
    integrand_choice = mo.ui.dropdown(
        options={
            "x² " + kit.say(lang, es="en", en="on") + " [0, 2]": "square",
            "exp(−x²) " + kit.say(lang, es="en", en="on") + " [0, 2]": "gauss",
            "sin x " + kit.say(lang, es="en", en="on") + " [0, π/2]": "sine",
        },
        value="exp(−x²) " + kit.say(lang, es="en", en="on") + " [0, 2]",
        label=kit.say(lang, es="Función", en="Function"),
    )
    method_choice = mo.ui.dropdown(
        options={
            kit.say(lang, es="izquierda", en="left"): "left",
            kit.say(lang, es="derecha", en="right"): "right",
            kit.say(lang, es="punto medio", en="midpoint"): "midpoint",
            kit.say(lang, es="trapecio", en="trapezoid"): "trapezoid",
            "Simpson": "simpson",
        },
        value=kit.say(lang, es="izquierda", en="left"),
        label=kit.say(lang, es="Método", en="Method"),
    )
    n_slider = mo.ui.slider(
        1, 64, step=1, value=4, show_value=True, label=kit.say(lang, es="Subintervalos $n$", en="Sub-intervals $n$")
    )
    mo.hstack([integrand_choice, method_choice, n_slider], justify="start", gap=2)
    return integrand_choice, method_choice, n_slider


@app.cell(hide_code=True)
def _(INTEGRANDS, calculus, integrand_choice, method_choice, n_slider):
    # Small pure cell: what the figure and the text both use. Simpson needs n even: odd n is rounded up.
    g_chosen = INTEGRANDS[integrand_choice.value]
    method_chosen = method_choice.value
    n_used = n_slider.value + (n_slider.value % 2 if method_chosen == "simpson" else 0)
    approximation = calculus.integrate(g_chosen["f"], g_chosen["a"], g_chosen["b"], method=method_chosen, n=n_used)
    return approximation, g_chosen, method_chosen, n_used


@app.cell(hide_code=True)
def _(
    ERRORS,
    MEASURED_ORDER,
    METHODS,
    METHOD_COLORS,
    approximation,
    g_chosen,
    integrand_choice,
    kit,
    lang,
    method_chosen,
    n_used,
    np,
    plt,
):
    _f, _a, _b = g_chosen["f"], g_chosen["a"], g_chosen["b"]
    _h = (_b - _a) / n_used
    _x = np.linspace(_a, _b, n_used + 1)
    _grid = np.linspace(_a, _b, 400)
    _color = METHOD_COLORS[method_chosen]
    _names = dict(
        left=kit.say(lang, es="izquierda", en="left"),
        right=kit.say(lang, es="derecha", en="right"),
        midpoint=kit.say(lang, es="punto medio", en="midpoint"),
        trapezoid=kit.say(lang, es="trapecio", en="trapezoid"),
        simpson="Simpson",
    )
    _fig, (_ax, _ax2) = plt.subplots(1, 2, figsize=(11, 4.2), gridspec_kw=dict(width_ratios=[1.1, 1]))
    _ax.axhline(0, color="0.8", lw=0.8)
    if method_chosen in ("left", "right", "midpoint"):
        _where = dict(left=_x[:-1], right=_x[1:], midpoint=_x[:-1] + _h / 2)[method_chosen]
        # the rectangles as one staircase (one artist instead of n bars: the redraw stays fast)
        _heights = _f(_where)
        _ax.fill_between(_x, np.r_[_heights, _heights[-1]], step="post", color=_color, alpha=0.3, lw=0)
        _ax.step(_x, np.r_[_heights, _heights[-1]], where="post", color=_color, lw=1)
        _ax.vlines(_x, 0, np.r_[_heights[0], np.maximum(_heights[:-1], _heights[1:]), _heights[-1]], color=_color, lw=1)
        _ax.plot(_where, _heights, "o", color=_color, ms=4)
    elif method_chosen == "trapezoid":
        _ax.fill_between(_x, _f(_x), color=_color, alpha=0.3, lw=0)
        _ax.plot(_x, _f(_x), "-o", color=_color, ms=4, lw=1)
        _ax.vlines(_x, 0, _f(_x), color=_color, lw=1)
    else:  # Simpson: over each pair of sub-intervals, the parabola through its three points
        _pieces_x, _pieces_y = [], []
        for _j in range(0, n_used, 2):
            _x0, _x1, _x2 = _x[_j : _j + 3]
            _t = np.linspace(_x0, _x2, 40)
            _y0, _y1, _y2 = _f(_x0), _f(_x1), _f(_x2)
            _p = (  # Lagrange form of the parabola through (x0, y0), (x1, y1), (x2, y2)
                _y0 * (_t - _x1) * (_t - _x2) / ((_x0 - _x1) * (_x0 - _x2))
                + _y1 * (_t - _x0) * (_t - _x2) / ((_x1 - _x0) * (_x1 - _x2))
                + _y2 * (_t - _x0) * (_t - _x1) / ((_x2 - _x0) * (_x2 - _x1))
            )
            _pieces_x.append(_t)
            _pieces_y.append(_p)
        _px, _py = np.concatenate(_pieces_x), np.concatenate(_pieces_y)
        _ax.fill_between(_px, _py, color=_color, alpha=0.3, lw=0)
        _ax.plot(_px, _py, "--", color=_color, lw=1.2)
        _ax.plot(_x, _f(_x), "o", color=_color, ms=4)
        _ax.vlines(_x[::2], 0, _f(_x[::2]), color=_color, lw=1)
    _ax.plot(_grid, _f(_grid), color="black", lw=2)
    _ax.set_xlabel("x")
    _ax.set_ylabel(f"f(x) = {g_chosen['plain']}")
    _ax.set_title(
        kit.say(
            lang,
            es=f"{_names[method_chosen]}, n = {n_used}: área ≈ {approximation:.6f}",
            en=f"{_names[method_chosen]}, n = {n_used}: area ≈ {approximation:.6f}",
        ),
        fontsize=11,
    )
    _floor = 1e-16  # below this the error is rounding: shown on the floor of the plot
    for _method in METHODS:
        _ns, _err = ERRORS[integrand_choice.value, _method]
        _order = MEASURED_ORDER[integrand_choice.value, _method]
        _label = _names[_method] + (
            kit.say(lang, es=f" (pendiente −{_order:.2f})", en=f" (slope −{_order:.2f})")
            if _order is not None
            else kit.say(lang, es=" (exacto)", en=" (exact)")
        )
        _ax2.loglog(
            _ns,
            np.maximum(_err, _floor),
            "-",
            color=METHOD_COLORS[_method],
            lw=2.6 if _method == method_chosen else 1.0,
            alpha=1 if _method == method_chosen else 0.55,
            label=_label,
        )
    _ns, _err = ERRORS[integrand_choice.value, method_chosen]
    _current = _err[np.flatnonzero(_ns == n_used)[0]]
    _ax2.loglog([n_used], [max(_current, _floor)], "o", color=_color, ms=9, mec="black", zorder=5)
    _ax2.set_ylim(_floor / 3, 3)
    _ax2.xaxis.set_major_formatter(kit.powers_of_ten())
    _ax2.yaxis.set_major_formatter(kit.powers_of_ten())
    _ax2.minorticks_off()
    _ax2.set_xlabel("n")
    _ax2.set_ylabel(kit.say(lang, es="|error|", en="|error|"))
    _ax2.grid(True, which="major", color="0.9")
    _ax2.legend(fontsize=8, loc="lower left")
    _ax2.set_title(kit.say(lang, es="Error contra n (log-log)", en="Error against n (log–log)"), fontsize=11)
    _fig.subplots_adjust(
        left=0.07, right=0.985, bottom=0.13, top=0.92, wspace=0.22
    )  # not tight_layout: it draws the figure twice
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(ERRORS, approximation, g_chosen, integrand_choice, kit, lang, method_chosen, mo, n_slider, n_used, np):
    _exact = g_chosen["exact"]
    _error = approximation - _exact
    _h = (g_chosen["b"] - g_chosen["a"]) / n_used
    _max_f2 = float(np.max(np.abs(g_chosen["f2"](np.linspace(g_chosen["a"], g_chosen["b"], 2001)))))
    _bound = (g_chosen["b"] - g_chosen["a"]) * _h**2 / 12 * _max_f2
    _ns, _err = ERRORS[integrand_choice.value, method_chosen]
    _doubled = None
    if 2 * n_used <= 64:
        _doubled = _err[np.flatnonzero(_ns == n_used)[0]] / _err[np.flatnonzero(_ns == 2 * n_used)[0]]
    _es = f"Exacto: ${kit.tex_number(_exact, 8)}$ · aproximación: ${kit.tex_number(approximation, 8)}$ · error: ${kit.tex_number(_error)}$."
    _en = f"Exact: ${kit.tex_number(_exact, 8)}$ · approximation: ${kit.tex_number(approximation, 8)}$ · error: ${kit.tex_number(_error)}$."
    if _doubled is not None and abs(_err[np.flatnonzero(_ns == 2 * n_used)[0]]) > 1e-13:
        _es += f" Con $2n = {2 * n_used}$ el error se divide entre **{_doubled:.2f}**."
        _en += f" With $2n = {2 * n_used}$ the error is divided by **{_doubled:.2f}**."
    if method_chosen == "trapezoid":
        _es += (
            rf" La cota $\frac{{(b-a)h^2}}{{12}}\max|f''|$ vale ${kit.tex_number(_bound)}$, y el error real no la pasa."
        )
        _en += rf" The bound $\frac{{(b-a)h^2}}{{12}}\max|f''|$ is ${kit.tex_number(_bound)}$, and the real error stays below it."
    if method_chosen == "simpson" and n_slider.value % 2:
        _es += f" (Simpson necesita $n$ par: se usa $n = {n_used}$.)"
        _en += f" (Simpson needs an even $n$: $n = {n_used}$ is used.)"
    mo.callout(kit.text(lang, es=_es, en=_en), kind="info")
    return


@app.cell(hide_code=True)
def _(INTEGRANDS, MEASURED_ORDER, METHODS, kit, lang):
    _names_es = dict(left="izquierda", right="derecha", midpoint="punto medio", trapezoid="trapecio", simpson="Simpson")
    _names_en = dict(left="left", right="right", midpoint="midpoint", trapezoid="trapezoid", simpson="Simpson")

    def _cell(order, exact_word):
        return exact_word if order is None else f"{order:.2f}"

    _rows_es = "\n".join(
        f"| {_names_es[_m]} | " + " | ".join(_cell(MEASURED_ORDER[_k, _m], "exacto") for _k in INTEGRANDS) + " |"
        for _m in METHODS
    )
    _rows_en = "\n".join(
        f"| {_names_en[_m]} | " + " | ".join(_cell(MEASURED_ORDER[_k, _m], "exact") for _k in INTEGRANDS) + " |"
        for _m in METHODS
    )
    _heads_es = " | ".join(f"${_g['tex']}$ en ${_g['interval']}$" for _g in INTEGRANDS.values())
    _heads_en = " | ".join(f"${_g['tex']}$ on ${_g['interval']}$" for _g in INTEGRANDS.values())
    kit.text(
        lang,
        es=rf"""
El orden $p$ medido en las tres funciones: la pendiente de $\log(\text{{error}})$ contra
$\log n$, ajustada por mínimos cuadrados con $8 \le n \le 64$ (a igual $[a, b]$, $h$ es
proporcional a $1/n$).

| método | {_heads_es} |
|---|---:|---:|---:|
{_rows_es}

Las medidas agrupan los métodos en tres familias: **orden 1** (izquierda y derecha: duplicar $n$
divide el error entre 2), **orden 2** (punto medio y trapecio: entre 4) y **orden 4** (Simpson:
entre 16). Las explica el desarrollo de Taylor. Sobre un subintervalo, un rectángulo con la altura
del extremo ignora la pendiente $f'$, y comete un error de tamaño $h^2$; como hay $n = (b-a)/h$
subintervalos, el error total es del orden de $h$. El trapecio sigue la pendiente: su error viene
de la curvatura $f''$, que una recta no puede seguir, y la cuenta da, para algún punto $\xi$
de $[a, b]$,

$$
\int_a^b f - T_n = -\frac{{(b-a)\,h^2}}{{12}}\, f''(\xi), \qquad |E_T| \le \frac{{(b-a)\,h^2}}{{12}} \max_{{[a, b]}} |f''|
$$

El punto medio comete más o menos la mitad de ese error, con el signo contrario (compara sus
curvas: para $n$ grande, la verde queda un factor 2 por debajo de la azul). Simpson sigue también la curvatura, y
por la simetría de cada par de subintervalos se cancela además el término de $f'''$: su error es
del orden de $h^4$, depende de $f^{{(4)}}$, y es exacto para polinomios de grado 3 o menos. Por
eso con $x^2$ Simpson no se equivoca (una parábola se ajusta a sí misma; lo que ves en el piso
del gráfico es redondeo), y ahí, como $f'' = 2$ es constante, las fórmulas son exactas:
$\int_a^b f - T_n = -(b-a)h^2/6$ y $\int_a^b f - M_n = +(b-a)h^2/12$.
""",
        en=rf"""
The order $p$ measured on the three functions: the slope of $\log(\text{{error}})$ against
$\log n$, fitted by least squares for $8 \le n \le 64$ (for a fixed $[a, b]$, $h$ is
proportional to $1/n$).

| method | {_heads_en} |
|---|---:|---:|---:|
{_rows_en}

The measurements sort the methods into three families: **order 1** (left and right: doubling $n$
halves the error), **order 2** (midpoint and trapezoid: divides it by 4) and **order 4**
(Simpson: by 16). Taylor's expansion explains them. On one sub-interval, a rectangle as tall as an
end point ignores the slope $f'$ and makes an error of size $h^2$; with $n = (b-a)/h$
sub-intervals, the total error is of order $h$. The trapezoid follows the slope: its error comes
from the curvature $f''$, which a straight line cannot follow, and the algebra gives, for some
point $\xi$ of $[a, b]$,

$$
\int_a^b f - T_n = -\frac{{(b-a)\,h^2}}{{12}}\, f''(\xi), \qquad |E_T| \le \frac{{(b-a)\,h^2}}{{12}} \max_{{[a, b]}} |f''|
$$

The midpoint makes about half that error, with the opposite sign (compare their curves: for
large $n$, the green one lies a factor 2 below the blue one). Simpson follows the curvature as well, and the
symmetry of each pair of sub-intervals also cancels the $f'''$ term: its error is of order
$h^4$, depends on $f^{{(4)}}$, and is zero for polynomials of degree 3 or less. So on $x^2$
Simpson makes no error (a parabola fits itself; what you see on the floor of the plot is
rounding), and there, since $f'' = 2$ is constant, the formulas are exact:
$\int_a^b f - T_n = -(b-a)h^2/6$ and $\int_a^b f - M_n = +(b-a)h^2/12$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
En la biblioteca, `gradiente.calculus.integrate(f, a, b, method=..., n=...)` tiene los cinco
métodos (y dos más: Monte Carlo, en la sección 3, y uno adaptativo que refina solo donde hace
falta). En el primer ejercicio escribes tú la regla del trapecio. Comprueba tu función a mano con
$\int_1^3 x^2\,dx$ y $n = 2$: $h = 1$ y $T_2 = \tfrac12 \cdot 1 + 4 + \tfrac12 \cdot 9 = 9$, mientras
que el valor exacto es $26/3 \approx 8.67$.
""",
        en=r"""
In the library, `gradiente.calculus.integrate(f, a, b, method=..., n=...)` has all five methods
(and two more: Monte Carlo, in section 3, and an adaptive one that refines only where needed).
In the first exercise you write the trapezoid rule yourself. Check your function by hand on
$\int_1^3 x^2\,dx$ with $n = 2$: $h = 1$ and $T_2 = \tfrac12 \cdot 1 + 4 + \tfrac12 \cdot 9 = 9$,
while the exact value is $26/3 \approx 8.67$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_trapezoid = kit.exercise("trapezoid", lang)
    ex_trapezoid
    return (ex_trapezoid,)


@app.cell(hide_code=True)
def _(ex_trapezoid, kit):
    kit.feedback(ex_trapezoid)
    return


@app.cell(hide_code=True)
def _(ex_trapezoid, kit):
    kit.hints(ex_trapezoid)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 2. El teorema fundamental: integrar deshace derivar

Fija el extremo izquierdo y deja que el derecho se mueva: $F(x) = \int_0^x f(t)\,dt$ es el área
acumulada hasta $x$. Si corres $x$ un poquito, a $x + \Delta x$, el área crece en una franja
delgada de altura casi $f(x)$:

$$
F(x + \Delta x) - F(x) \approx f(x)\,\Delta x \qquad \Longrightarrow \qquad F'(x) = f(x)
$$

Esa es la primera mitad del **teorema fundamental del cálculo**: la derivada del área acumulada es
la función que se integra (si $f$ es continua). La segunda mitad dice cómo calcular integrales
sin sumas: si $F$ es **cualquier** función con $F' = f$ (una antiderivada, o primitiva),

$$
\int_a^b f(x)\,dx = F(b) - F(a)
$$

Así salieron los valores exactos de la sección 1: $x^3/3$ es una antiderivada de $x^2$, y
$-\cos x$ una de $\sin x$. La función $e^{-x^2}$ no tiene una antiderivada que se escriba con
funciones elementales; su integral acumulada tiene nombre propio (la función de error, `math.erf`),
y se calcula, justamente, con métodos numéricos.

Abajo, $f(x) = \sin x$ en $[0, 2\pi]$ y su área acumulada $F$, calculada con
`gradiente.calculus.cumulative_trapezoid` (la regla del trapecio, con un total parcial en cada
punto de una malla). Mueve el extremo $x$: la altura de $F$ es el área sombreada (con signo:
después de $\pi$ el área queda bajo el eje y resta), y la pendiente de $F$ en $x$ es $f(x)$.
""",
        en=r"""
## 2. The fundamental theorem: integrating undoes differentiating

Fix the left end and let the right end move: $F(x) = \int_0^x f(t)\,dt$ is the area accumulated
up to $x$. Nudge $x$ a little, to $x + \Delta x$, and the area grows by a thin strip of height
almost $f(x)$:

$$
F(x + \Delta x) - F(x) \approx f(x)\,\Delta x \qquad \Longrightarrow \qquad F'(x) = f(x)
$$

That is the first half of the **fundamental theorem of calculus**: the derivative of the
accumulated area is the function being integrated (when $f$ is continuous). The second half says
how to compute integrals without sums: if $F$ is **any** function with $F' = f$ (an
antiderivative),

$$
\int_a^b f(x)\,dx = F(b) - F(a)
$$

That is where the exact values of section 1 came from: $x^3/3$ is an antiderivative of $x^2$, and
$-\cos x$ one of $\sin x$. The function $e^{-x^2}$ has no antiderivative written with elementary
functions; its running integral has a name of its own (the error function, `math.erf`), and is
computed, precisely, with numerical methods.

Below, $f(x) = \sin x$ on $[0, 2\pi]$ and its accumulated area $F$, computed with
`gradiente.calculus.cumulative_trapezoid` (the trapezoid rule, keeping a running total at each
point of a grid). Move the end $x$: the height of $F$ is the shaded area (signed: after $\pi$
the area lies below the axis and subtracts), and the slope of $F$ at $x$ is $f(x)$.
""",
    )
    return


@app.cell(hide_code=True)
def _(calculus, np):
    # The running area of sin from 0, on a grid, by the trapezoid rule; 1 − cos t is the exact one.
    ftc_grid = np.linspace(0.0, 2 * np.pi, 629)
    ftc_area = calculus.cumulative_trapezoid(np.sin(ftc_grid), ftc_grid, initial=0)
    ftc_area_error = float(np.max(np.abs(ftc_area - (1 - np.cos(ftc_grid)))))
    # Differentiating the running area numerically gives back sin (the first half of the theorem).
    ftc_back_error = float(np.max(np.abs(np.gradient(ftc_area, ftc_grid) - np.sin(ftc_grid))))
    return ftc_area, ftc_area_error, ftc_back_error, ftc_grid


@app.cell(hide_code=True)
def _(kit, lang, mo):
    upper_slider = mo.ui.slider(
        steps=[round(0.1 * _i, 1) for _i in range(63)] + [6.28],
        value=2.0,
        show_value=True,
        label=kit.say(lang, es="Extremo derecho $x$", en="Right end $x$"),
    )
    upper_slider
    return (upper_slider,)


@app.cell(hide_code=True)
def _(ftc_area, ftc_grid, kit, lang, np, plt, upper_slider):
    _x = upper_slider.value
    _inside = ftc_grid <= _x + 1e-12
    _F_x = float(np.interp(_x, ftc_grid, ftc_area))
    _fig, (_ax, _ax2) = plt.subplots(1, 2, figsize=(11, 3.8))
    _ax.axhline(0, color="0.7", lw=0.8)
    _ax.plot(ftc_grid, np.sin(ftc_grid), color="black", lw=2, label="f(t) = sin t")
    _t, _y = ftc_grid[_inside], np.sin(ftc_grid[_inside])
    _ax.fill_between(
        _t, _y, where=_y >= 0, color="tab:blue", alpha=0.35, lw=0, label=kit.say(lang, es="suma", en="adds")
    )
    _ax.fill_between(
        _t, _y, where=_y < 0, color="tab:red", alpha=0.35, lw=0, label=kit.say(lang, es="resta", en="subtracts")
    )
    _ax.axvline(_x, color="0.3", ls=":", lw=1)
    _ax.set_xlabel("t")
    _ax.set_xlim(0, 2 * np.pi)
    _ax.set_ylim(-1.2, 1.2)
    _ax.legend(loc="lower left", fontsize=9)
    _ax.set_title(
        kit.say(lang, es=f"Área con signo de 0 a {_x:g}: {_F_x:.4f}", en=f"Signed area from 0 to {_x:g}: {_F_x:.4f}"),
        fontsize=11,
    )
    _ax2.axhline(0, color="0.7", lw=0.8)
    _ax2.plot(
        ftc_grid,
        ftc_area,
        color="tab:blue",
        lw=2,
        label=kit.say(lang, es="F(t) con trapecios", en="F(t) by trapezoids"),
    )
    _ax2.plot(ftc_grid, 1 - np.cos(ftc_grid), color="black", lw=1, ls="--", label="1 − cos t")
    _slope = np.sin(_x)
    _near = np.linspace(_x - 0.8, _x + 0.8, 2)
    _ax2.plot(
        _near,
        _F_x + _slope * (_near - _x),
        color="tab:orange",
        lw=2,
        label=kit.say(lang, es=f"pendiente f(x) = {_slope:+.3f}", en=f"slope f(x) = {_slope:+.3f}"),
    )
    _ax2.plot([_x], [_F_x], "o", color="tab:orange", ms=8, mec="black")
    _ax2.set_xlim(0, 2 * np.pi)
    _ax2.set_ylim(-0.5, 2.5)
    _ax2.set_xlabel("t")
    _ax2.legend(loc="upper left", fontsize=9)
    _ax2.set_title(
        kit.say(lang, es="El área acumulada F y su pendiente en x", en="The running area F and its slope at x"),
        fontsize=11,
    )
    _fig.subplots_adjust(left=0.06, right=0.985, bottom=0.14, top=0.91, wspace=0.18)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(ftc_area, ftc_area_error, ftc_back_error, ftc_grid, kit, lang):
    _h = float(ftc_grid[1] - ftc_grid[0])
    kit.text(
        lang,
        es=rf"""
Con {len(ftc_grid)} puntos ($h \approx {kit.tex_number(_h)}$), la $F$ de los trapecios se separa
de $1 - \cos t$ a lo sumo en ${kit.tex_number(ftc_area_error)}$ (orden $h^2$, como en la sección
1). Y si ahora derivas numéricamente esa $F$ (con `np.gradient`: diferencias centrales adentro, de un solo lado en los dos extremos), vuelves a
$\sin t$ con un error máximo de ${kit.tex_number(ftc_back_error)}$: integrar y derivar se deshacen.
Fíjate también en que $F(2\pi) = {kit.tex_number(ftc_area[-1])}$, prácticamente 0: el área
positiva de $[0, \pi]$ y la negativa de $[\pi, 2\pi]$ se cancelan.

Que la integral deshaga la derivada explica cosas que vas a ver en el curso: la función de
distribución acumulada (CDF) de una variable es la integral de su densidad, y la densidad es la
derivada de la CDF (sección 3).
""",
        en=rf"""
With {len(ftc_grid)} points ($h \approx {kit.tex_number(_h)}$), the trapezoids' $F$ stays within
${kit.tex_number(ftc_area_error)}$ of $1 - \cos t$ (order $h^2$, as in section 1). And if you now
differentiate that $F$ numerically (with `np.gradient`: central differences inside, one-sided at the two ends), you get back
$\sin t$ with a largest error of ${kit.tex_number(ftc_back_error)}$: integrating and
differentiating undo each other. Note also that $F(2\pi) = {kit.tex_number(ftc_area[-1])}$, practically 0: the positive
area of $[0, \pi]$ and the negative one of $[\pi, 2\pi]$ cancel out.

That the integral undoes the derivative explains things you will meet in the course: the
cumulative distribution function (CDF) of a variable is the integral of its density, and the
density is the derivative of the CDF (section 3).
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 3. Probabilidades y esperanzas son integrales

Una **densidad** $p(x)$ es una función $\ge 0$ con área total 1. La probabilidad de un intervalo
es su área, la **CDF** $\Phi(x) = P(X \le x) = \int_{-\infty}^{x} p(t)\,dt$ es el área acumulada
de la sección 2, y la esperanza es un área pesada por $x$:

$$
P(a < X < b) = \int_a^b p(x)\,dx, \qquad \mathbb{E}[X] = \int x\,p(x)\,dx
$$

Para la normal estándar, $p(x) = \frac{1}{\sqrt{2\pi}}\, e^{-x^2/2}$, y su CDF no tiene fórmula
con funciones elementales: las tablas y las bibliotecas la calculan numéricamente.
""",
        en=r"""
## 3. Probabilities and expectations are integrals

A **density** $p(x)$ is a function $\ge 0$ with total area 1. The probability of an interval is
its area, the **CDF** $\Phi(x) = P(X \le x) = \int_{-\infty}^{x} p(t)\,dt$ is the running area of
section 2, and the expectation is an area weighted by $x$:

$$
P(a < X < b) = \int_a^b p(x)\,dx, \qquad \mathbb{E}[X] = \int x\,p(x)\,dx
$$

For the standard normal, $p(x) = \frac{1}{\sqrt{2\pi}}\, e^{-x^2/2}$, and its CDF has no formula
in elementary functions: tables and libraries compute it numerically.
""",
    )
    return


@app.cell(hide_code=True)
def _(Normal, calculus, np):
    def normal_density(x):
        return np.exp(-(x**2) / 2) / np.sqrt(2 * np.pi)

    standard_normal = Normal(0.0, 1.0)
    p95_trapezoid = calculus.integrate(normal_density, -1.96, 1.96, method="trapezoid", n=20)
    p95_exact = float(standard_normal.cdf(1.96) - standard_normal.cdf(-1.96))
    # The CDF as the running area of the density, from −8 (the area to the left of −8 is ~6e-16).
    cdf_grid = np.linspace(-8.0, 4.0, 1201)
    cdf_trapezoid = calculus.cumulative_trapezoid(normal_density(cdf_grid), cdf_grid, initial=0)
    cdf_error = float(np.max(np.abs(cdf_trapezoid - standard_normal.cdf(cdf_grid))))
    # An expectation: the exponential density with rate 2, p(x) = 2 e^{−2x} for x ≥ 0, has E[X] = 1/2.
    # The integral to ∞ is cut at x = 20, where the density is 2e^{−40}.
    mean_exponential = calculus.integrate(lambda x: x * 2 * np.exp(-2 * x), 0.0, 20.0, method="simpson", n=2000)
    return cdf_error, cdf_grid, cdf_trapezoid, mean_exponential, normal_density, p95_exact, p95_trapezoid


@app.cell(hide_code=True)
def _(cdf_grid, cdf_trapezoid, kit, lang, normal_density, np, p95_trapezoid, plt):
    _fig, (_ax, _ax2) = plt.subplots(1, 2, figsize=(11, 3.6))
    _x = np.linspace(-4, 4, 400)
    _ax.plot(_x, normal_density(_x), color="black", lw=2)
    _mid = np.linspace(-1.96, 1.96, 200)
    _ax.fill_between(_mid, normal_density(_mid), color="tab:blue", alpha=0.35, lw=0)
    _ax.text(0, 0.12, f"{p95_trapezoid:.4f}", ha="center", fontsize=12)
    _ax.set_xlabel("x")
    _ax.set_title(
        kit.say(lang, es="$P(-1.96 < X < 1.96)$: el área azul", en="$P(-1.96 < X < 1.96)$: the blue area"), fontsize=11
    )
    _show = cdf_grid >= -4
    _ax2.plot(
        cdf_grid[_show],
        cdf_trapezoid[_show],
        color="tab:blue",
        lw=2,
        label=kit.say(lang, es="área acumulada (trapecios)", en="running area (trapezoids)"),
    )
    _ax2.plot(
        _x,
        normal_density(_x),
        color="black",
        lw=1,
        ls="--",
        label=kit.say(lang, es="densidad $p(x)$", en="density $p(x)$"),
    )
    _ax2.set_xlabel("x")
    _ax2.legend(loc="upper left", fontsize=9)
    _ax2.set_title(
        kit.say(lang, es=r"La CDF $\Phi$ es el área acumulada de $p$", en=r"The CDF $\Phi$ is the running area of $p$"),
        fontsize=11,
    )
    _fig.tight_layout()
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(cdf_error, kit, lang, mean_exponential, p95_exact, p95_trapezoid):
    kit.text(
        lang,
        es=rf"""
Con la regla del trapecio y solo $n = 20$ subintervalos, $P(-1.96 < X < 1.96) \approx {p95_trapezoid:.6f}$;
la CDF de `gradiente.stats.Normal` da ${p95_exact:.6f}$ (el famoso 95 %: el intervalo de
$\pm 1.96$ desviaciones estándar). La CDF armada con trapecios desde $-8$ no se separa de la de la
biblioteca más de ${kit.tex_number(cdf_error)}$. Y una esperanza: la densidad exponencial
$p(x) = 2e^{{-2x}}$ ($x \ge 0$) tiene $\mathbb{{E}}[X] = \int_0^\infty x \cdot 2e^{{-2x}}\,dx = 1/2$;
con Simpson en $[0, 20]$ sale ${mean_exponential:.10f}$.
""",
        en=rf"""
With the trapezoid rule and only $n = 20$ sub-intervals, $P(-1.96 < X < 1.96) \approx {p95_trapezoid:.6f}$;
the CDF of `gradiente.stats.Normal` gives ${p95_exact:.6f}$ (the famous 95 %: the interval of
$\pm 1.96$ standard deviations). The CDF built with trapezoids from $-8$ stays within
${kit.tex_number(cdf_error)}$ of the library's. And an expectation: the exponential density
$p(x) = 2e^{{-2x}}$ ($x \ge 0$) has $\mathbb{{E}}[X] = \int_0^\infty x \cdot 2e^{{-2x}}\,dx = 1/2$;
Simpson on $[0, 20]$ gives ${mean_exponential:.10f}$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
### Monte Carlo: integrar con puntos al azar

Hay otra forma de integrar, que no usa ninguna malla. Si $U$ es uniforme en $[a, b]$, entonces
$\mathbb{E}[f(U)] = \frac{1}{b-a}\int_a^b f$. Así que sortea $n$ puntos $u_1, \dots, u_n$ y promedia:

$$
\int_a^b f(x)\,dx \approx (b - a)\,\frac{1}{n}\sum_{j=1}^{n} f(u_j)
$$

Es un promedio de $n$ valores independientes, y la desviación estándar de un promedio es
$\sigma/\sqrt{n}$: el error baja como $1/\sqrt{n}$, mucho más lento que el trapecio. Su ventaja es
que esa tasa **no depende de la dimensión**: en $d$ dimensiones, una malla con 10 puntos por eje
necesita $10^d$ evaluaciones, y Monte Carlo sigue con $1/\sqrt{n}$. Por eso las integrales de
muchas variables (como las esperanzas de la inferencia bayesiana) se estiman con muestras.

El gráfico mide esa tasa sobre la misma probabilidad de antes: para cada $n$ repite la estimación
200 veces, con semilla fija, y muestra la raíz del error cuadrático medio.
""",
        en=r"""
### Monte Carlo: integrating with random points

There is another way to integrate, which uses no grid at all. If $U$ is uniform on $[a, b]$, then
$\mathbb{E}[f(U)] = \frac{1}{b-a}\int_a^b f$. So draw $n$ points $u_1, \dots, u_n$ and average:

$$
\int_a^b f(x)\,dx \approx (b - a)\,\frac{1}{n}\sum_{j=1}^{n} f(u_j)
$$

It is a mean of $n$ independent values, and the standard deviation of a mean is $\sigma/\sqrt{n}$:
the error shrinks like $1/\sqrt{n}$, much more slowly than the trapezoid's. Its strength is that
this rate **does not depend on the dimension**: in $d$ dimensions, a grid with 10 points per axis
needs $10^d$ evaluations, while Monte Carlo keeps its $1/\sqrt{n}$. That is why integrals over many
variables (like the expectations of Bayesian inference) are estimated with samples.

The plot measures that rate on the same probability as before: for each $n$ it repeats the
estimate 200 times, with a fixed seed, and shows the root of the mean squared error.
""",
    )
    return


@app.cell(hide_code=True)
def _(normal_density, np, p95_exact):
    # Root-mean-square error of the Monte Carlo estimate of P(−1.96 < X < 1.96), 200 repetitions per n.
    _rng = np.random.default_rng(0)
    mc_n = np.array([10, 30, 100, 300, 1000, 3000, 10000])
    _repeats = 200
    mc_rmse = np.empty(len(mc_n))
    for _k, _n in enumerate(mc_n):
        _u = _rng.uniform(-1.96, 1.96, size=(_repeats, _n))
        _estimates = 3.92 * normal_density(_u).mean(axis=1)
        mc_rmse[_k] = np.sqrt(np.mean((_estimates - p95_exact) ** 2))
    mc_slope = float(np.polyfit(np.log(mc_n), np.log(mc_rmse), 1)[0])
    return mc_n, mc_rmse, mc_slope


@app.cell(hide_code=True)
def _(kit, lang, mc_n, mc_rmse, mc_slope, np, plt):
    _fig, _ax = plt.subplots(figsize=(7, 3.6))
    _ax.loglog(
        mc_n,
        mc_rmse,
        "o-",
        color="tab:purple",
        lw=2,
        label=kit.say(
            lang, es=f"Monte Carlo (pendiente medida {mc_slope:.3f})", en=f"Monte Carlo (measured slope {mc_slope:.3f})"
        ),
    )
    _ax.loglog(mc_n, mc_rmse[0] * np.sqrt(mc_n[0] / mc_n), color="0.5", ls="--", lw=1, label=r"$\propto 1/\sqrt{n}$")
    _ax.set_xlabel(kit.say(lang, es="n (puntos al azar)", en="n (random points)"))
    _ax.set_ylabel(kit.say(lang, es="error (RMS)", en="error (RMS)"))
    _ax.grid(True, which="major", color="0.9")
    _ax.legend(fontsize=9)
    _ax.set_title(
        kit.say(
            lang,
            es="El error de Monte Carlo baja como $1/\\sqrt{n}$",
            en="The Monte Carlo error shrinks like $1/\\sqrt{n}$",
        ),
        fontsize=11,
    )
    _fig.tight_layout()
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang, mc_n, mc_rmse, mc_slope):
    _ratio = mc_rmse[2] / mc_rmse[4]
    kit.text(
        lang,
        es=rf"""
La pendiente medida es ${mc_slope:.3f}$, cerca de $-1/2$. Con 10 veces más puntos, de
{mc_n[2]} a {mc_n[4]}, el error se dividió entre {_ratio:.2f} (y $\sqrt{{10}} \approx 3.16$). Para
**dividir el error entre 2** hacen falta **4 veces** más puntos. En la biblioteca:
`calculus.integrate(f, a, b, method="monte_carlo", n=..., rng=...)`.
""",
        en=rf"""
The measured slope is ${mc_slope:.3f}$, close to $-1/2$. With 10 times more points, from
{mc_n[2]} to {mc_n[4]}, the error was divided by {_ratio:.2f} (and $\sqrt{{10}} \approx 3.16$). To
**halve the error** you need **4 times** as many points. In the library:
`calculus.integrate(f, a, b, method="monte_carlo", n=..., rng=...)`.
""",
    )
    return


@app.cell(hide_code=True)
def _(load_breast_cancer, np):
    cancer = load_breast_cancer()
    cancer_features = list(cancer.feature_names)
    # The data set codes malignant as 0 and benign as 1; here "malignant" is the positive class.
    is_malignant = (cancer.target == 0).astype(int)
    n_malignant, n_benign = int(is_malignant.sum()), int((1 - is_malignant).sum())
    radius = cancer.data[:, cancer_features.index("mean radius")]
    n_distinct_radius = len(np.unique(radius))
    return cancer, cancer_features, is_malignant, n_benign, n_distinct_radius, n_malignant, radius


@app.cell(hide_code=True)
def _(cancer, kit, lang, n_benign, n_malignant):
    kit.text(
        lang,
        es=rf"""
## 4. La curva ROC y el área bajo ella

El conjunto de datos de cáncer de mama de Wisconsin describe {cancer.data.shape[0]} tumores con
{cancer.data.shape[1]} medidas tomadas de una imagen de sus células: {n_malignant} malignos y
{n_benign} benignos. (En los datos, `target` vale 0 para maligno y 1 para benigno; aquí llamamos
**positivo** al maligno, que es el que hay que detectar, así que usamos `y = (target == 0)`.)

Un clasificador da a cada tumor un **puntaje**: más alto, más probable que sea positivo. Aquí no
hay modelo entrenado: el puntaje es una sola medida, el **radio medio** del núcleo de las células
(en el módulo 4, una regresión logística dará probabilidades que hacen el mismo papel). Para
decidir hay que elegir un **umbral** $t$: declaras positivo todo tumor con puntaje $\ge t$. Cada
umbral da una **matriz de confusión** (verdaderos y falsos positivos $TP$ y $FP$, verdaderos y
falsos negativos $TN$ y $FN$) y dos tasas: de los $P$ positivos, qué fracción detectas, y de los
$N$ negativos, qué fracción acusas por error.

$$
\mathrm{{TPR}} = \frac{{TP}}{{P}}, \qquad \mathrm{{FPR}} = \frac{{FP}}{{N}}
$$

Si bajas el umbral desde $+\infty$ hasta $-\infty$, el punto $(\mathrm{{FPR}}, \mathrm{{TPR}})$
viaja de $(0, 0)$ (nadie es positivo) a $(1, 1)$ (todos lo son): ese recorrido es la **curva
ROC**. Su área,

$$
\mathrm{{AUC}} = \int_0^1 \mathrm{{TPR}}\; d(\mathrm{{FPR}})
$$

resume al clasificador entero, sin elegir un umbral: 1 es perfecto y 0.5 es tirar una moneda.
Mueve el umbral, cambia la medida que sirve de puntaje, y cambia cuál clase es la positiva.
""",
        en=rf"""
## 4. The ROC curve and the area under it

The Wisconsin breast cancer data set describes {cancer.data.shape[0]} tumours with
{cancer.data.shape[1]} measurements taken from an image of their cells: {n_malignant} malignant
and {n_benign} benign. (In the data, `target` is 0 for malignant and 1 for benign; here we call
the malignant one **positive**, since it is the one to detect, so we use `y = (target == 0)`.)

A classifier gives each tumour a **score**: the higher, the more likely it is positive. There is
no trained model here: the score is a single measurement, the **mean radius** of the cells'
nuclei (in module 4, a logistic regression will give probabilities that play the same role). To
decide you must pick a **threshold** $t$: you call every tumour with score $\ge t$ positive. Each
threshold gives a **confusion matrix** (true and false positives $TP$ and $FP$, true and false
negatives $TN$ and $FN$) and two rates: of the $P$ positives, which fraction you catch, and of the
$N$ negatives, which fraction you wrongly accuse.

$$
\mathrm{{TPR}} = \frac{{TP}}{{P}}, \qquad \mathrm{{FPR}} = \frac{{FP}}{{N}}
$$

As you lower the threshold from $+\infty$ to $-\infty$, the point $(\mathrm{{FPR}}, \mathrm{{TPR}})$
travels from $(0, 0)$ (nothing is positive) to $(1, 1)$ (everything is): that path is the **ROC
curve**. Its area,

$$
\mathrm{{AUC}} = \int_0^1 \mathrm{{TPR}}\; d(\mathrm{{FPR}})
$$

sums up the whole classifier without choosing a threshold: 1 is perfect and 0.5 is tossing a coin.
Move the threshold, change the measurement used as the score, and change which class is positive.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    score_choice = mo.ui.dropdown(
        options={
            kit.say(lang, es="radio medio", en="mean radius"): "mean radius",
            kit.say(lang, es="textura media", en="mean texture"): "mean texture",
            kit.say(lang, es="dimensión fractal media", en="mean fractal dimension"): "mean fractal dimension",
        },
        value=kit.say(lang, es="radio medio", en="mean radius"),
        label=kit.say(lang, es="Puntaje", en="Score"),
    )
    positive_choice = mo.ui.radio(
        options={
            kit.say(lang, es="maligno", en="malignant"): "malignant",
            kit.say(lang, es="benigno", en="benign"): "benign",
        },
        value=kit.say(lang, es="maligno", en="malignant"),
        label=kit.say(lang, es="Clase positiva", en="Positive class"),
        inline=True,
    )
    mo.hstack([score_choice, positive_choice], justify="start", gap=2)
    return positive_choice, score_choice


@app.cell(hide_code=True)
def _(cancer, cancer_features, is_malignant, metrics, np, positive_choice, score_choice):
    # Small pure cell: labels, scores, the whole ROC curve and its area for the current choice.
    roc_scores = cancer.data[:, cancer_features.index(score_choice.value)]
    roc_y = is_malignant if positive_choice.value == "malignant" else 1 - is_malignant
    roc_fpr, roc_tpr, _ = metrics.roc_curve(roc_y, roc_scores, drop_intermediate=False)
    roc_area = metrics.roc_auc(roc_y, roc_scores)
    # The same number as a probability over all (positive, negative) pairs; ties count 1/2.
    _gaps = roc_scores[roc_y == 1][:, None] - roc_scores[roc_y == 0][None, :]
    pairs_above, pairs_tied, n_pairs = int(np.sum(_gaps > 0)), int(np.sum(_gaps == 0)), _gaps.size
    return n_pairs, pairs_above, pairs_tied, roc_area, roc_fpr, roc_scores, roc_tpr, roc_y


@app.cell(hide_code=True)
def _(kit, lang, mo, np, roc_scores):
    _low, _high = float(roc_scores.min()), float(roc_scores.max())
    _decimals = 2 if _high - _low > 1 else 4
    _steps = sorted(set(np.round(np.linspace(_low, _high, 121), _decimals).tolist()))
    _median = float(np.median(roc_scores))
    threshold_slider = mo.ui.slider(
        steps=_steps,
        value=min(_steps, key=lambda _s: abs(_s - _median)),
        show_value=True,
        label=kit.say(lang, es="Umbral $t$ (positivo si puntaje ≥ t)", en="Threshold $t$ (positive if score ≥ t)"),
    )
    threshold_slider
    return (threshold_slider,)


@app.cell(hide_code=True)
def _(np, roc_scores, roc_y, threshold_slider):
    # Small pure cell: the confusion matrix at the chosen threshold.
    _called = roc_scores >= threshold_slider.value
    _positive = roc_y == 1
    true_pos, false_pos = int(np.sum(_called & _positive)), int(np.sum(_called & ~_positive))
    false_neg, true_neg = int(np.sum(~_called & _positive)), int(np.sum(~_called & ~_positive))
    point_tpr, point_fpr = true_pos / (true_pos + false_neg), false_pos / (false_pos + true_neg)
    return false_neg, false_pos, point_fpr, point_tpr, true_neg, true_pos


@app.cell(hide_code=True)
def _(
    kit,
    lang,
    np,
    plt,
    point_fpr,
    point_tpr,
    positive_choice,
    roc_area,
    roc_fpr,
    roc_scores,
    roc_tpr,
    roc_y,
    score_choice,
    threshold_slider,
):
    _names = dict(
        malignant=kit.say(lang, es="maligno", en="malignant"), benign=kit.say(lang, es="benigno", en="benign")
    )
    _pos_name = _names[positive_choice.value]
    _neg_name = _names["benign" if positive_choice.value == "malignant" else "malignant"]
    _t = threshold_slider.value
    _fig, (_ax, _ax2) = plt.subplots(1, 2, figsize=(11, 4.3), gridspec_kw=dict(width_ratios=[1.3, 1]))
    _bins = np.linspace(roc_scores.min(), roc_scores.max(), 31)
    _ax.hist(
        roc_scores[roc_y == 0],
        bins=_bins,
        color="tab:green",
        alpha=0.5,
        histtype="stepfilled",
        label=kit.say(lang, es=f"negativos ({_neg_name})", en=f"negatives ({_neg_name})"),
    )
    _ax.hist(
        roc_scores[roc_y == 1],
        bins=_bins,
        color="tab:red",
        alpha=0.5,
        histtype="stepfilled",
        label=kit.say(lang, es=f"positivos ({_pos_name})", en=f"positives ({_pos_name})"),
    )
    _ax.axvspan(_t, roc_scores.max(), color="0.5", alpha=0.1, lw=0)
    _ax.axvline(_t, color="black", lw=1.5)
    _ax.text(
        _t,
        _ax.get_ylim()[1] * 0.97,
        kit.say(lang, es="  se declaran positivos →", en="  called positive →"),
        va="top",
        fontsize=9,
    )
    _score_names = {
        "mean radius": kit.say(lang, es="radio medio", en="mean radius"),
        "mean texture": kit.say(lang, es="textura media", en="mean texture"),
        "mean fractal dimension": kit.say(lang, es="dimensión fractal media", en="mean fractal dimension"),
    }
    _ax.set_xlabel(_score_names[score_choice.value])
    _ax.set_ylabel(kit.say(lang, es="tumores", en="tumours"))
    _ax.legend(loc="center right", fontsize=9)
    _ax.set_title(
        kit.say(lang, es=f"Los dos grupos y el umbral t = {_t:g}", en=f"The two groups and the threshold t = {_t:g}"),
        fontsize=11,
    )
    _ax2.fill_between(roc_fpr, roc_tpr, color="tab:blue", alpha=0.2, lw=0)
    _ax2.plot(roc_fpr, roc_tpr, color="tab:blue", lw=2)
    _ax2.plot(
        [0, 1],
        [0, 1],
        color="0.5",
        ls="--",
        lw=1,
        label=kit.say(lang, es="al azar (AUC = 0.5)", en="random (AUC = 0.5)"),
    )
    _ax2.plot(
        [point_fpr],
        [point_tpr],
        "o",
        color="black",
        ms=8,
        label=f"t = {_t:g}: (FPR, TPR) = ({point_fpr:.3f}, {point_tpr:.3f})",
    )
    _ax2.set_xlim(-0.01, 1.01)
    _ax2.set_ylim(-0.01, 1.01)
    _ax2.set_aspect("equal")
    _ax2.set_xlabel(kit.say(lang, es="FPR (tasa de falsos positivos)", en="FPR (false positive rate)"))
    _ax2.set_ylabel(kit.say(lang, es="TPR (tasa de verdaderos positivos)", en="TPR (true positive rate)"))
    _ax2.legend(loc="lower right", fontsize=8)
    _ax2.set_title(
        kit.say(
            lang, es=f"Curva ROC: área azul = AUC = {roc_area:.4f}", en=f"ROC curve: blue area = AUC = {roc_area:.4f}"
        ),
        fontsize=11,
    )
    _fig.subplots_adjust(left=0.07, right=0.985, bottom=0.12, top=0.92, wspace=0.25)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(false_neg, false_pos, kit, lang, point_fpr, point_tpr, roc_area, threshold_slider, true_neg, true_pos):
    _t = threshold_slider.value
    if abs(roc_area - 0.5) < 0.05:
        _note_es = (
            f"Con esta elección el AUC es **{roc_area:.4f}**, casi 0.5: este puntaje apenas separa las dos clases, "
            "y la curva ROC se pega a la diagonal."
        )
        _note_en = (
            f"With this choice the AUC is **{roc_area:.4f}**, almost 0.5: this score hardly separates the two "
            "classes, and the ROC curve hugs the diagonal."
        )
    elif roc_area < 0.5:
        _note_es = (
            f"Con esta elección el AUC es **{roc_area:.4f}**, menor que 0.5: el puntaje ordena al revés. Eso también "
            f"es información: con el puntaje al revés (o la otra clase como positiva), el AUC sería {1 - roc_area:.4f}."
        )
        _note_en = (
            f"With this choice the AUC is **{roc_area:.4f}**, below 0.5: the score ranks the wrong way round. That "
            f"is information too: with the score reversed (or the other class as positive), the AUC would be "
            f"{1 - roc_area:.4f}."
        )
    else:
        _note_es = f"El AUC de esta elección es **{roc_area:.4f}**."
        _note_en = f"The AUC of this choice is **{roc_area:.4f}**."
    kit.text(
        lang,
        es=f"""
| con $t$ = {_t:g} | se declara positivo | se declara negativo |
|---|---:|---:|
| **es positivo** | TP = {true_pos} | FN = {false_neg} |
| **es negativo** | FP = {false_pos} | TN = {true_neg} |

TPR = {true_pos}/{true_pos + false_neg} = **{point_tpr:.3f}** · FPR = {false_pos}/{false_pos + true_neg} = **{point_fpr:.3f}**. {_note_es}
""",
        en=f"""
| with $t$ = {_t:g} | called positive | called negative |
|---|---:|---:|
| **is positive** | TP = {true_pos} | FN = {false_neg} |
| **is negative** | FP = {false_pos} | TN = {true_neg} |

TPR = {true_pos}/{true_pos + false_neg} = **{point_tpr:.3f}** · FPR = {false_pos}/{false_pos + true_neg} = **{point_fpr:.3f}**. {_note_en}
""",
    )
    return


@app.cell(hide_code=True)
def _(is_malignant, kit, lang, n_distinct_radius, n_pairs, np, pairs_above, pairs_tied, radius, roc_area):
    _shared = len(np.intersect1d(radius[is_malignant == 1], radius[is_malignant == 0]))
    _probability = pairs_above / n_pairs + 0.5 * pairs_tied / n_pairs
    kit.text(
        lang,
        es=rf"""
### El AUC es una probabilidad

Toma un positivo al azar y un negativo al azar. ¿Con qué probabilidad el positivo tiene más
puntaje? Mira la curva paso a paso: cada vez que el umbral pasa por debajo de un negativo, la
curva avanza $1/N$ a la derecha, a la altura TPR = la fracción de positivos que quedaron por
encima de ese negativo. El área de esa franja es $\frac{{1}}{{N}} \times$ (fracción de positivos
con más puntaje que él), y sumando sobre todos los negativos queda el promedio: la probabilidad
buscada. Con empates hay un detalle: si un grupo de muestras con el mismo puntaje tiene positivos
y negativos, todas cambian de lado a la vez y la curva sube **en diagonal**; el trapecio cuenta la
mitad de esos pares. Por eso

$$
\mathrm{{AUC}} = P(S^+ > S^-) + \tfrac12\,P(S^+ = S^-)
$$

Con la elección de arriba hay {n_pairs} pares (positivo, negativo): en {pairs_above} el positivo
tiene más puntaje y en {pairs_tied} empatan, así que la fórmula da
${_probability:.10f}$, y el área con trapecios, ${roc_area:.10f}$. Los empates no son raros: los
{len(radius)} tumores tienen solo {n_distinct_radius} radios medios distintos, y {_shared} de ellos
aparecen a la vez en un tumor maligno y en uno benigno.

Cambia la clase positiva a “benigno”: cada par se lee al revés, así que el AUC pasa a ser
$1 - \mathrm{{AUC}}$. Un AUC menor que 0.5 no es un clasificador inútil, sino uno con el puntaje
al revés; el inútil es el de AUC cercano a 0.5 (prueba la dimensión fractal).
""",
        en=rf"""
### The AUC is a probability

Pick a random positive and a random negative. How likely is the positive to have the higher
score? Follow the curve step by step: every time the threshold goes below a negative, the curve
moves $1/N$ to the right, at height TPR = the fraction of positives left above that negative. The
area of that strip is $\frac{{1}}{{N}} \times$ (fraction of positives scored above it), and adding
over all the negatives leaves the mean: the probability we want. Ties add one detail: if a group
of samples with the same score holds positives and negatives, they all change side together and
the curve rises **diagonally**; the trapezoid counts half of those pairs. Hence

$$
\mathrm{{AUC}} = P(S^+ > S^-) + \tfrac12\,P(S^+ = S^-)
$$

With the choice above there are {n_pairs} (positive, negative) pairs: in {pairs_above} the
positive has the higher score and in {pairs_tied} they tie, so the formula gives
${_probability:.10f}$, and the area by trapezoids, ${roc_area:.10f}$. Ties are not rare: the
{len(radius)} tumours have only {n_distinct_radius} distinct mean radii, and {_shared} of them occur
in a malignant tumour and in a benign one alike.

Switch the positive class to “benign”: every pair reads the other way round, so the AUC becomes
$1 - \mathrm{{AUC}}$. An AUC below 0.5 is not a useless classifier but one with its score
reversed; the useless one has an AUC near 0.5 (try the fractal dimension).
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
En los dos últimos ejercicios construyes esta curva y su área desde cero. Primero los puntos,
con la regla de los empates: un umbral por cada puntaje distinto, de mayor a menor, y el $(0, 0)$
adelante. Haz a mano el caso de la comprobación, $y = [0, 1, 1, 0, 0, 1]$ con puntajes
$[0.3, 0.9, 0.7, 0.7, 0.1, 0.5]$: con $t = 0.9$ el punto es $(0, 1/3)$, con $t = 0.7$ entran a la
vez un positivo y un negativo y el punto salta en diagonal a $(1/3, 2/3)$, y así hasta $(1, 1)$.
""",
        en=r"""
In the last two exercises you build this curve and its area from scratch. First the points, with
the rule for ties: one threshold per distinct score, from largest to smallest, and $(0, 0)$ in
front. Work out the check's case by hand, $y = [0, 1, 1, 0, 0, 1]$ with scores
$[0.3, 0.9, 0.7, 0.7, 0.1, 0.5]$: with $t = 0.9$ the point is $(0, 1/3)$, with $t = 0.7$ one
positive and one negative come in together and the point jumps diagonally to $(1/3, 2/3)$, and so
on up to $(1, 1)$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_roc_points = kit.exercise("roc_points", lang)
    ex_roc_points
    return (ex_roc_points,)


@app.cell(hide_code=True)
def _(ex_roc_points, kit):
    kit.feedback(ex_roc_points)
    return


@app.cell(hide_code=True)
def _(ex_roc_points, kit):
    kit.hints(ex_roc_points)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Ahora el área: la regla del trapecio de la sección 1, pero sobre puntos que no están igualmente
espaciados (cada trapecio con su propio ancho). La curva del caso a mano tiene área $5/6$; si te
da $1/6$, $7/9$ o un número negativo, la corrección te dice qué pasó.
""",
        en=r"""
Now the area: the trapezoid rule of section 1, but on points that are not equally spaced (each
trapezoid with its own width). The hand case's curve has area $5/6$; if you get $1/6$, $7/9$ or a
negative number, the feedback tells you what happened.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_auc_trapezoid = kit.exercise("auc_trapezoid", lang)
    ex_auc_trapezoid
    return (ex_auc_trapezoid,)


@app.cell(hide_code=True)
def _(ex_auc_trapezoid, kit):
    kit.feedback(ex_auc_trapezoid)
    return


@app.cell(hide_code=True)
def _(ex_auc_trapezoid, kit):
    kit.hints(ex_auc_trapezoid)
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
                es="**1.** Con la regla de Simpson sobre una función suave, pasas de $n = 10$ a $n = 20$ subintervalos. El error se divide aproximadamente entre…",
                en="**1.** With Simpson's rule on a smooth function, you go from $n = 10$ to $n = 20$ sub-intervals. The error is divided by about…",
            ),
            (T.same("2"), T.same("4"), T.same("16"), T.same("20")),
            answer=2,
            why=T(
                es=r"El error de Simpson es del orden de $h^4$: con $h/2$ queda $(1/2)^4 = 1/16$. Se divide entre 2 en las sumas de izquierda y derecha (orden $h$) y entre 4 en el punto medio y el trapecio (orden $h^2$); es la pendiente $-4$ del gráfico de la sección 1.",
                en=r"Simpson's error is of order $h^4$: with $h/2$ it becomes $(1/2)^4 = 1/16$. It is halved for the left and right sums (order $h$) and divided by 4 for the midpoint and the trapezoid (order $h^2$); it is the slope $-4$ of the plot in section 1.",
            ),
        ),
        Question(
            T(
                es="**2.** Un clasificador tiene AUC = 0.5. ¿Qué quiere decir?",
                en="**2.** A classifier has AUC = 0.5. What does it mean?",
            ),
            (
                T(
                    es="acierta la mitad de las veces con cualquier umbral",
                    en="it is right half of the time at any threshold",
                ),
                T(
                    es="un positivo al azar supera a un negativo al azar la mitad de las veces: ordena como una moneda",
                    en="a random positive beats a random negative half of the time: it ranks like a coin",
                ),
                T(
                    es="la mitad de los positivos queda por encima del umbral",
                    en="half of the positives are above the threshold",
                ),
                T(es="se equivoca siempre; hay que invertirlo", en="it is always wrong; it must be reversed"),
            ),
            answer=1,
            why=T(
                es=r"El AUC es $P(S^+ > S^-) + \tfrac12 P(S^+ = S^-)$: con 0.5, el puntaje no separa las clases (la curva de un puntaje al azar sigue la diagonal). No habla de la exactitud en un umbral dado. El que conviene invertir es el de AUC cercano a 0, no a 0.5.",
                en=r"The AUC is $P(S^+ > S^-) + \tfrac12 P(S^+ = S^-)$: at 0.5 the score does not separate the classes (the curve of a random score follows the diagonal). It says nothing about the accuracy at a given threshold. The one worth reversing has an AUC near 0, not 0.5.",
            ),
        ),
        Question(
            T(
                es=r"**3.** Un puntaje tiene AUC = 0.9. Si usas $-$puntaje (el mismo puntaje, con el signo cambiado), el AUC pasa a ser…",
                en=r"**3.** A score has AUC = 0.9. If you use $-$score (the same score with its sign flipped), the AUC becomes…",
            ),
            (T.same("0.1"), T.same("0.9"), T.same("−0.9"), T.same("0.5")),
            answer=0,
            why=T(
                es=r"Cambiar el signo invierte el orden de cada par (positivo, negativo): los que el positivo ganaba ahora los pierde, y los empates siguen empatados. Queda $1 - 0.9 = 0.1$, lo mismo que cambiar cuál clase es la positiva en la sección 4. Un área nunca es negativa: la curva va de $(0, 0)$ a $(1, 1)$ sin bajar.",
                en=r"Flipping the sign reverses every (positive, negative) pair: the ones the positive used to win it now loses, and ties stay tied. That leaves $1 - 0.9 = 0.1$, the same as switching which class is positive in section 4. The area is never negative: the curve goes from $(0, 0)$ to $(1, 1)$ without going down.",
            ),
        ),
        Question(
            T(
                es="**4.** Una estimación de Monte Carlo con 1000 puntos tiene un error típico de 0.02. Para bajarlo a 0.01 necesitas unos…",
                en="**4.** A Monte Carlo estimate with 1000 points has a typical error of 0.02. To bring it down to 0.01 you need about…",
            ),
            (
                T(es="2000 puntos", en="2000 points"),
                T(es="4000 puntos", en="4000 points"),
                T(es="10 000 puntos", en="10,000 points"),
                T(es="1 000 000 puntos", en="1,000,000 points"),
            ),
            answer=1,
            why=T(
                es=r"El error baja como $1/\sqrt{n}$ (es la desviación estándar de un promedio de $n$ valores): para dividirlo entre 2 hay que multiplicar $\sqrt{n}$ por 2, es decir, $n$ por 4. Duplicar $n$ solo lo divide entre $\sqrt{2} \approx 1.41$.",
                en=r"The error shrinks like $1/\sqrt{n}$ (it is the standard deviation of a mean of $n$ values): to halve it, $\sqrt{n}$ must double, that is, $n$ must be multiplied by 4. Doubling $n$ only divides it by $\sqrt{2} \approx 1.41$.",
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
def _(is_malignant, kit, lang, metrics, radius):
    _auc = f"{metrics.roc_auc(is_malignant, radius):.4f}"
    kit.text(
        lang,
        es=r"""
## 6. Resumen

- La integral $\int_a^b f$ es el límite de sumas de Riemann: rectángulos de ancho $h = (b-a)/n$, que restan donde $f < 0$. Izquierda y derecha tienen error $O(h)$; punto medio y trapecio, $O(h^2)$, con $|E_T| \le \frac{(b-a)h^2}{12}\max|f''|$; Simpson, $O(h^4)$. Esos órdenes se miden como pendientes en un gráfico log-log.
- La regla del trapecio es $T_n = h\big[\tfrac12 f(x_0) + f(x_1) + \dots + f(x_{n-1}) + \tfrac12 f(x_n)\big]$, con $n + 1$ puntos: los extremos cuentan la mitad.
- Teorema fundamental: el área acumulada $F(x) = \int_a^x f$ tiene derivada $f$, y $\int_a^b f = F(b) - F(a)$ para cualquier antiderivada $F$. Integrar deshace derivar: la CDF es la integral de la densidad.
- Probabilidades y esperanzas son integrales de una densidad: $P(a < X < b) = \int_a^b p$, $\mathbb{E}[X] = \int x\,p(x)\,dx$. Monte Carlo las estima promediando en puntos al azar, con error $\propto 1/\sqrt{n}$ en cualquier dimensión: la mitad del error cuesta 4 veces los puntos.
- La curva ROC une los puntos (FPR, TPR) al bajar el umbral, un punto por puntaje distinto (los empates cambian de lado juntos), de $(0, 0)$ a $(1, 1)$. Su área por trapecios es el AUC $= P(S^+ > S^-) + \tfrac12 P(S^+ = S^-)$: 1 es perfecto, 0.5 es azar, y cambiar el signo del puntaje o la clase positiva da $1 - \mathrm{AUC}$. Con el radio medio como único puntaje, el AUC para detectar tumores malignos es AUC_RADIUS.
""".replace("AUC_RADIUS", _auc),
        en=r"""
## 6. Summary

- The integral $\int_a^b f$ is the limit of Riemann sums: rectangles of width $h = (b-a)/n$, which subtract where $f < 0$. Left and right have error $O(h)$; midpoint and trapezoid, $O(h^2)$, with $|E_T| \le \frac{(b-a)h^2}{12}\max|f''|$; Simpson, $O(h^4)$. These orders are measured as slopes on a log–log plot.
- The trapezoid rule is $T_n = h\big[\tfrac12 f(x_0) + f(x_1) + \dots + f(x_{n-1}) + \tfrac12 f(x_n)\big]$, with $n + 1$ points: the end points count half.
- Fundamental theorem: the running area $F(x) = \int_a^x f$ has derivative $f$, and $\int_a^b f = F(b) - F(a)$ for any antiderivative $F$. Integrating undoes differentiating: the CDF is the integral of the density.
- Probabilities and expectations are integrals of a density: $P(a < X < b) = \int_a^b p$, $\mathbb{E}[X] = \int x\,p(x)\,dx$. Monte Carlo estimates them by averaging at random points, with error $\propto 1/\sqrt{n}$ in any dimension: half the error costs 4 times the points.
- The ROC curve joins the points (FPR, TPR) as the threshold comes down, one point per distinct score (ties change side together), from $(0, 0)$ to $(1, 1)$. Its area by trapezoids is the AUC $= P(S^+ > S^-) + \tfrac12 P(S^+ = S^-)$: 1 is perfect, 0.5 is chance, and flipping the score's sign or the positive class gives $1 - \mathrm{AUC}$. With the mean radius as the only score, the AUC for detecting malignant tumours is AUC_RADIUS.
""".replace("AUC_RADIUS", _auc),
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es="## 7. Para seguir: recursos de la guía de estudio",
        en="## 7. Keep going: resources from the study guide",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.resources("integrals-roc-auc", lang)
    return


if __name__ == "__main__":
    app.run()
