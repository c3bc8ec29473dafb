import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 6.6")


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
    kit.header("day-6-optimization", lang)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Día 6 de la consolidación. Entrenar un modelo es buscar el mínimo de una función de costo, y la
herramienta más vieja para eso es la derivada: en un mínimo o un máximo suave la pendiente vale
cero. Hoy repasas la receta completa en una variable (dónde buscar, cómo clasificar lo que
encuentras, cuándo la prueba no decide y qué hacer en los bordes) sobre una curva ajustada a
pacientes reales.

**Al terminar podrás:**

- encontrar los puntos críticos de una función derivable resolviendo $f'(x) = 0$;
- clasificarlos con el signo de $f''$ y reconocer cuándo esa prueba no decide;
- explicar por qué algunas funciones, como $\ln x$, no tienen ninguno, y por qué en un intervalo
  hay que mirar también los extremos.
""",
        en=r"""
Day 6 of the consolidation track. Training a model is looking for the minimum of a cost function,
and the oldest tool for that is the derivative: at a smooth minimum or maximum the slope is zero.
Today you review the whole recipe in one variable (where to look, how to classify what you find,
when the test cannot decide and what to do at the edges) on a curve fitted to real patients.

**By the end you will be able to:**

- find the critical points of a differentiable function by solving $f'(x) = 0$;
- classify them by the sign of $f''$ and recognise when that test cannot decide;
- explain why some functions, like $\ln x$, have none, and why on an interval you must also look
  at the ends.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 0. Repaso: la pendiente se anula, la curvatura decide

Esta lección repasa la **2.5** (*La matriz jacobiana y la hessiana*) y la **3.1** (*Funciones de
costo, convexidad y descenso de gradiente con datos reales*).

**Dónde buscar.** Si $f$ es derivable y tiene un mínimo o un máximo en un punto $x^*$ del
**interior** de su dominio, entonces

$$
f'(x^*) = 0 .
$$

Los puntos donde pasa eso se llaman **puntos críticos**. Ojo con el sentido de la flecha: todo
extremo interior es crítico, pero no todo punto crítico es un extremo.

**Cómo clasificar.** Cerca de un punto crítico, el desarrollo de Taylor deja solo la curvatura,
porque el término de la pendiente vale cero:

$$
f(x^* + h) \approx f(x^*) + \tfrac12 f''(x^*)\,h^2 .
$$

Si $f''(x^*) > 0$, $f$ sube hacia los dos lados: es un **mínimo**. Si $f''(x^*) < 0$, baja: es un
**máximo**. Si $f''(x^*) = 0$ la aproximación no dice nada y la prueba **no decide**: hay que mirar
términos de orden más alto. Los tres ejemplos clásicos tienen $f'(0) = f''(0) = 0$ y son distintos:
$x^4$ tiene un mínimo en 0, $-x^4$ un máximo y $x^3$ ninguno (sube a la derecha y baja a la
izquierda). La celda de abajo lo calcula con `gradiente.calculus_symbolic`.

**Cuando no hay.** $\ln x$ tiene derivada $1/x$, que nunca vale cero: no tiene puntos críticos y,
en $(0, \infty)$, tampoco mínimo ni máximo (crece sin parar). Lo mismo le pasa a una recta con
pendiente distinta de cero.

**En un intervalo cerrado** $[a, b]$ una función continua siempre alcanza su mínimo y su máximo,
pero puede hacerlo en un **extremo** del intervalo, donde $f'$ no tiene por qué anularse. La
receta completa: evaluar $f$ en los puntos críticos de dentro y en $a$ y $b$, y comparar.

En varias variables (2.5, 3.1) la idea es la misma con $\nabla f = 0$ y la hessiana en lugar de
$f''$: valores propios todos positivos, mínimo; todos negativos, máximo; de los dos signos, punto
de silla. Y para una función **convexa** todo punto crítico es un mínimo global: por eso la
convexidad importa tanto en ML.
""",
        en=r"""
## 0. Recap: the slope vanishes, the curvature decides

This lesson reviews **2.5** (*The Jacobian and the Hessian*) and **3.1** (*Cost functions,
convexity and gradient descent on real data*).

**Where to look.** If $f$ is differentiable and has a minimum or a maximum at a point $x^*$ in the
**interior** of its domain, then

$$
f'(x^*) = 0 .
$$

The points where that happens are called **critical points**. Mind the direction of the arrow:
every interior extremum is critical, but not every critical point is an extremum.

**How to classify.** Near a critical point, Taylor's expansion leaves only the curvature, because
the slope term is zero:

$$
f(x^* + h) \approx f(x^*) + \tfrac12 f''(x^*)\,h^2 .
$$

If $f''(x^*) > 0$, $f$ rises on both sides: a **minimum**. If $f''(x^*) < 0$, it falls: a
**maximum**. If $f''(x^*) = 0$ the approximation says nothing and the test **cannot decide**: you
need higher-order terms. The three classic examples have $f'(0) = f''(0) = 0$ and differ: $x^4$
has a minimum at 0, $-x^4$ a maximum and $x^3$ neither (it rises to the right and falls to the
left). The cell below computes it with `gradiente.calculus_symbolic`.

**When there are none.** $\ln x$ has derivative $1/x$, which is never zero: it has no critical
points and, on $(0, \infty)$, no minimum or maximum either (it keeps growing). The same goes for a
line with a nonzero slope.

**On a closed interval** $[a, b]$ a continuous function always reaches its minimum and its maximum,
but it may do so at an **end** of the interval, where $f'$ need not vanish. The whole recipe:
evaluate $f$ at the critical points inside and at $a$ and $b$, and compare.

In several variables (2.5, 3.1) the idea is the same with $\nabla f = 0$ and the Hessian instead of
$f''$: all eigenvalues positive, a minimum; all negative, a maximum; of both signs, a saddle point.
And for a **convex** function every critical point is a global minimum: that is why convexity
matters so much in ML.
""",
    )
    return


@app.cell
def _(kit):
    from gradiente.calculus_symbolic import symbolic_derivative

    _lines = []
    for expression in ("x**4", "-x**4", "x**3", "log(x)"):
        first, second = symbolic_derivative(expression), symbolic_derivative(expression, order=2)
        at_zero = "" if expression == "log(x)" else f"   f'(0) = {first.subs('x', 0)}, f''(0) = {second.subs('x', 0)}"
        _lines.append(f"f = {expression:7}  f' = {str(first):9} f'' = {str(second):9}{at_zero}")
    kit.printout(_lines)
    return (symbolic_derivative,)


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 1. Los puntos críticos de una curva ajustada a datos

Los datos de diabetes de `gradiente.datasets` traen, para 442 pacientes, el índice de masa
corporal (IMC, en kg/m²) y una medida de cuánto avanzó la enfermedad un año después. Ajustamos
por mínimos cuadrados un polinomio $p$ de grado $d$ a la progresión en función del IMC, y nos
preguntamos: **¿dónde tiene la curva sus mínimos y sus máximos, y dicen algo de los pacientes?**

Arriba, los datos y la curva; la franja blanca es el rango de IMC que de verdad hay en los datos,
y lo gris queda fuera. Los triángulos marcan los puntos críticos (▲ mínimo, ▼ máximo, ● la prueba
no decide) y los cuadrados huecos, el valor más bajo y el más alto de la curva **dentro** del
rango de los datos. Abajo, $p'$ y sus raíces reales. Cambia el grado.
""",
        en=r"""
## 1. The critical points of a curve fitted to data

The diabetes data of `gradiente.datasets` hold, for 442 patients, the body mass index (BMI, in
kg/m²) and a measure of how far the disease progressed one year later. We fit by least squares a
polynomial $p$ of degree $d$ to progression as a function of BMI, and ask: **where does the curve
have its minima and maxima, and do they say anything about the patients?**

At the top, the data and the curve; the white band is the range of BMI actually present in the
data, and the grey lies outside it. The triangles mark the critical points (▲ minimum, ▼ maximum,
● the test cannot decide) and the hollow squares, the lowest and highest value of the curve
**inside** the data's range. Below, $p'$ and its real roots. Change the degree.
""",
    )
    return


@app.cell
def _(np):
    from gradiente.datasets import load_diabetes

    diabetes = load_diabetes(scaled=False)  # raw units: BMI in kg/m²
    bmi, progression = diabetes.data[:, 2], diabetes.target
    bmi_range = (float(bmi.min()), float(bmi.max()))
    CENTRE, SCALE = 30.0, 10.0  # fit in t = (BMI − 30)/10: powers up to t⁶ stay well conditioned

    def fit(degree):
        """Coefficients of p in t = (BMI − 30)/10, highest degree first (np.polyval's order)."""
        return np.polyfit((bmi - CENTRE) / SCALE, progression, degree)

    f"{len(bmi)} patients, BMI from {bmi_range[0]} to {bmi_range[1]} kg/m²"
    return CENTRE, SCALE, bmi, bmi_range, fit, progression


@app.cell(hide_code=True)
def _(np):
    def typed_critical_points(coeffs):
        """Rows [t, type] as the exercise asks (kept hidden: it is the exercise's answer)."""
        p = np.asarray(coeffs, dtype=float)
        roots = np.roots(np.polyder(p))
        real = np.sort(roots[np.abs(roots.imag) < 1e-6].real)
        kept = [t for i, t in enumerate(real) if i == 0 or t - real[i - 1] >= 1e-6]
        curvature = np.polyval(np.polyder(p, 2), np.array(kept))
        types = np.where(np.abs(curvature) < 1e-9, 0.0, np.sign(curvature))
        return np.column_stack([kept, types]).reshape(-1, 2)

    return (typed_critical_points,)


@app.cell(hide_code=True)
def _(kit, lang, mo):
    degree_slider = mo.ui.slider(
        1,
        6,
        value=4,
        show_value=True,
        label=kit.say(lang, es="Grado $d$ del polinomio", en="Degree $d$ of the polynomial"),
    )
    degree_slider
    return (degree_slider,)


@app.cell(hide_code=True)
def _(CENTRE, SCALE, bmi_range, degree_slider, fit, np, typed_critical_points):
    # Small pure cell: the fit, its critical points in BMI units, and its extremes over the data's range.
    coeffs = fit(degree_slider.value)
    critical = typed_critical_points(coeffs)
    critical_bmi = CENTRE + SCALE * critical[:, 0]  # t → BMI; a positive scale keeps the types
    critical_types = critical[:, 1]
    _inside = critical_bmi[(critical_bmi >= bmi_range[0]) & (critical_bmi <= bmi_range[1])]
    _candidates = np.concatenate([[bmi_range[0], bmi_range[1]], _inside])  # the ends, and the critical points inside
    _values = np.polyval(coeffs, (_candidates - CENTRE) / SCALE)
    lowest = (float(_candidates[np.argmin(_values)]), float(_values.min()))
    highest = (float(_candidates[np.argmax(_values)]), float(_values.max()))
    return coeffs, critical_bmi, critical_types, highest, lowest


@app.cell(hide_code=True)
def _(
    CENTRE,
    SCALE,
    bmi,
    bmi_range,
    coeffs,
    critical_bmi,
    critical_types,
    degree_slider,
    highest,
    kit,
    lang,
    lowest,
    np,
    plt,
    progression,
):
    _fig, (_top, _bottom) = plt.subplots(2, 1, figsize=(8.4, 6.0), sharex=True, gridspec_kw={"height_ratios": [2.2, 1]})
    _grid = np.linspace(10.0, 50.0, 400)
    _t = (_grid - CENTRE) / SCALE
    _curve = np.polyval(coeffs, _t)
    _slope = np.polyval(np.polyder(coeffs), _t) / SCALE  # dp/dBMI = (dp/dt)/10
    for _ax in (_top, _bottom):
        _ax.axvspan(10.0, bmi_range[0], color="0.9", zorder=0)
        _ax.axvspan(bmi_range[1], 50.0, color="0.9", zorder=0)
    _top.scatter(bmi, progression, s=7, color="tab:blue", alpha=0.35)
    _top.plot(_grid, _curve, color="k", lw=2)
    _style = {
        1.0: ("^", "tab:green", kit.say(lang, es="mínimo", en="minimum")),
        -1.0: ("v", "tab:red", kit.say(lang, es="máximo", en="maximum")),
        0.0: ("o", "0.4", kit.say(lang, es="no decide", en="no verdict")),
    }
    _shown = set()
    for _x, _type in zip(critical_bmi, critical_types):
        _marker, _color, _name = _style[float(_type)]
        _y = float(np.polyval(coeffs, (_x - CENTRE) / SCALE))
        _label = None if _type in _shown else _name
        _shown.add(_type)
        if 10.0 <= _x <= 50.0:
            _top.scatter([_x], [np.clip(_y, -40, 440)], marker=_marker, s=110, color=_color, zorder=5, label=_label)
            _top.annotate(
                f"{_x:.2f}", (_x, np.clip(_y, -40, 440)), textcoords="offset points", xytext=(6, 8), fontsize=9
            )
            _bottom.scatter([_x], [0.0], marker=_marker, s=70, color=_color, zorder=5)
            for _ax in (_top, _bottom):
                _ax.axvline(_x, color=_color, lw=0.8, ls="--")
    _top.scatter(
        [lowest[0], highest[0]],
        [lowest[1], highest[1]],
        marker="s",
        s=90,
        facecolors="none",
        edgecolors="k",
        lw=1.5,
        zorder=6,
        label=kit.say(lang, es="extremos dentro de los datos", en="extremes inside the data"),
    )
    _top.set_ylim(-40, 440)
    _top.set_ylabel(kit.say(lang, es="progresión", en="progression"))
    _top.legend(loc="upper left", fontsize=8)
    _where = ", ".join(f"{_x:.2f} ({_style[float(_t)][2]})" for _x, _t in zip(critical_bmi, critical_types))
    _top.set_title(
        kit.say(
            lang,
            es=f"grado {degree_slider.value}: "
            + (f"puntos críticos en {_where}" if _where else "ningún punto crítico"),
            en=f"degree {degree_slider.value}: " + (f"critical points at {_where}" if _where else "no critical point"),
        ),
        fontsize=10,
    )
    _bottom.axhline(0.0, color="k", lw=0.8)
    _bottom.plot(_grid, _slope, color="tab:purple", lw=2)
    _bottom.set_ylim(-25, 25)
    _bottom.set_xlim(10.0, 50.0)
    _bottom.set_ylabel("p′(IMC)" if lang == "es" else "p′(BMI)")
    _bottom.set_xlabel(kit.say(lang, es="IMC (kg/m²)", en="BMI (kg/m²)"))
    _fig.subplots_adjust(left=0.1, right=0.97, top=0.94, bottom=0.09, hspace=0.08)
    plt.close(_fig)
    _fig
    return


@app.cell
def _(CENTRE, SCALE, bmi_range, fit, kit, np, symbolic_derivative, typed_critical_points):
    # Every degree at once: the critical points (BMI) and which of them fall inside the data's range;
    # and the derivative the figure draws, checked against the exact symbolic one.
    summary = {}
    for _degree in range(1, 7):
        _points = typed_critical_points(fit(_degree))
        _xs = CENTRE + SCALE * _points[:, 0]
        _inside = [
            (round(float(x), 2), int(t)) for x, t in zip(_xs, _points[:, 1]) if bmi_range[0] <= x <= bmi_range[1]
        ]
        summary[_degree] = {
            "critical": [(round(float(x), 2), int(t)) for x, t in zip(_xs, _points[:, 1])],
            "inside": _inside,
        }
    _c4 = fit(4)
    _exact = symbolic_derivative(" + ".join(f"({float(c)!r})*x**{4 - k}" for k, c in enumerate(_c4)))
    _ts = np.linspace(-1.2, 1.2, 9)
    derivative_gap = max(abs(float(_exact.subs("x", t)) - np.polyval(np.polyder(_c4), t)) for t in _ts)
    _lines = [
        f"degree {d}: critical points (BMI, type) {v['critical']}; inside [{bmi_range[0]}, {bmi_range[1]}]: {v['inside']}"
        for d, v in summary.items()
    ]
    _roots4 = np.roots(np.polyder(_c4))
    complex_roots_4 = int(np.sum(np.abs(_roots4.imag) >= 1e-6))
    _t_inside = (np.linspace(*bmi_range, 200) - CENTRE) / SCALE
    lowest_slope_4 = float(np.polyval(np.polyder(_c4), _t_inside).min() / SCALE)
    _lines.append(
        f"degree 4: roots of p' {np.round(CENTRE + SCALE * _roots4, 2)}; smallest p' inside the data {lowest_slope_4:.2f}"
    )
    _lines.append(f"degree 4: max |np.polyder - symbolic_derivative| on a grid = {derivative_gap:.1e}")
    kit.printout(_lines)
    return complex_roots_4, lowest_slope_4, summary


@app.cell(hide_code=True)
def _(bmi_range, complex_roots_4, kit, lang, lowest_slope_4, summary):
    _min4 = summary[4]["critical"][0][0]
    _left6 = len(summary[6]["inside"])
    _inside5 = summary[5]["inside"]
    kit.text(
        lang,
        es=f"""
Con el grado 4 la curva tiene **un solo** punto crítico, un mínimo en IMC = {_min4:.2f}: fuera de
los datos, apenas a la izquierda del IMC más bajo de los datos ({bmi_range[0]:.1f}). Las otras
{complex_roots_4} raíces de $p'$, un polinomio cúbico, son complejas. Dentro del rango la curva
solo sube ($p' \\geq {lowest_slope_4:.2f} > 0$), así que su valor
más bajo y el más alto están en los **extremos** del intervalo, donde $p' \\neq 0$: sin mirar los
bordes no los habrías encontrado.

Mueve el grado y mira qué tan poco estables son esos puntos: con grado 5 aparecen dos dentro de
los datos, en {_inside5[0][0]:.2f} y {_inside5[1][0]:.2f}, y con grado 6 queda {_left6}. Los datos no
cambiaron; cambió el modelo. Los puntos críticos de un ajuste son del **modelo**: dicen dónde se
dobla la curva que elegiste, no que la progresión tenga un mínimo de verdad en ese IMC.
""",
        en=f"""
With degree 4 the curve has **a single** critical point, a minimum at BMI = {_min4:.2f}: outside
the data, just left of the lowest BMI in the data ({bmi_range[0]:.1f}). The other
{complex_roots_4} roots of $p'$, a cubic polynomial, are complex. Inside the range the curve only
rises ($p' \\geq {lowest_slope_4:.2f} > 0$), so its lowest and highest
values are at the **ends** of the interval, where $p' \\neq 0$: without looking at the edges you
would not have found them.

Move the degree and see how unstable those points are: with degree 5 two appear inside the data,
at {_inside5[0][0]:.2f} and {_inside5[1][0]:.2f}, and with degree 6 {_left6} is left. The data did not
change; the model did. The critical points of a fit belong to the **model**: they say where the
curve you chose bends, not that progression truly has a minimum at that BMI.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 2. Ejercicio

Escribe la función que usa la figura: los puntos críticos de un polinomio, con su tipo.
""",
        en=r"""
## 2. Exercise

Write the function the figure uses: the critical points of a polynomial, with their type.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_critical_points = kit.exercise("critical_points", lang)
    ex_critical_points
    return (ex_critical_points,)


@app.cell(hide_code=True)
def _(ex_critical_points, kit):
    kit.feedback(ex_critical_points)
    return


@app.cell(hide_code=True)
def _(ex_critical_points, kit):
    kit.hints(ex_critical_points)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 3. Autoevaluación

Tres preguntas rápidas. La respuesta se corrige en cuanto eliges una opción.
""",
        en=r"""
## 3. Self-check

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
                es=r"**1.** ¿Qué puntos críticos tiene $\ln x$ en $(0, \infty)$?",
                en=r"**1.** What critical points does $\ln x$ have on $(0, \infty)$?",
            ),
            (
                T(es="x = 1, donde ln x = 0", en="x = 1, where ln x = 0"),
                T(es="Ninguno: su derivada 1/x nunca vale 0", en="None: its derivative 1/x is never 0"),
                T(es="x = 0, donde la derivada se dispara", en="x = 0, where the derivative blows up"),
            ),
            answer=1,
            why=T(
                es=r"Un punto crítico es donde la **derivada** se anula, no la función: $\ln 1 = 0$ es una raíz de $\ln x$, no un punto crítico. $(\ln x)' = 1/x > 0$ en todo $(0, \infty)$, así que la función siempre crece y no tiene mínimo ni máximo. $x = 0$ ni siquiera está en el dominio.",
                en=r"A critical point is where the **derivative** vanishes, not the function: $\ln 1 = 0$ is a root of $\ln x$, not a critical point. $(\ln x)' = 1/x > 0$ on all of $(0, \infty)$, so the function always grows and has no minimum or maximum. $x = 0$ is not even in the domain.",
            ),
        ),
        Question(
            T(es=r"**2.** ¿Qué es $x = 0$ para $f(x) = x^3$?", en=r"**2.** What is $x = 0$ for $f(x) = x^3$?"),
            (
                T(
                    es="Un punto crítico que no es ni mínimo ni máximo",
                    en="A critical point that is neither a minimum nor a maximum",
                ),
                T(es="Un mínimo, porque f″(0) = 0 ≥ 0", en="A minimum, because f″(0) = 0 ≥ 0"),
                T(es="No es un punto crítico", en="It is not a critical point"),
            ),
            answer=0,
            why=T(
                es=r"$f'(x) = 3x^2$ vale 0 en 0, así que **es** crítico. Pero $x^3$ es negativa a la izquierda y positiva a la derecha: no hay mínimo ni máximo (es un punto de inflexión). $f''(0) = 0$ no permite concluir nada; no es lo mismo que $f'' > 0$. Por eso el ejercicio le da tipo 0.",
                en=r"$f'(x) = 3x^2$ is 0 at 0, so it **is** critical. But $x^3$ is negative on the left and positive on the right: no minimum or maximum (it is an inflection point). $f''(0) = 0$ lets you conclude nothing; it is not the same as $f'' > 0$. That is why the exercise gives it type 0.",
            ),
        ),
        Question(
            T(
                es="**3.** ¿Por qué la prueba de la segunda derivada no decide cuando f″(x*) = 0?",
                en="**3.** Why can't the second-derivative test decide when f″(x*) = 0?",
            ),
            (
                T(
                    es="Porque f″ = 0 significa que la función es constante cerca del punto",
                    en="Because f″ = 0 means the function is constant near the point",
                ),
                T(es="Porque f″ = 0 siempre indica un punto de silla", en="Because f″ = 0 always means a saddle point"),
                T(
                    es="Porque funciones con f′ = f″ = 0 en un punto pueden tener ahí un mínimo (x⁴), un máximo (−x⁴) o ninguno (x³)",
                    en="Because functions with f′ = f″ = 0 at a point may have a minimum there (x⁴), a maximum (−x⁴) or neither (x³)",
                ),
            ),
            answer=2,
            why=T(
                es=r"La prueba sale de $f(x^*+h) \approx f(x^*) + \tfrac12 f''(x^*)h^2$. Si $f''(x^*) = 0$, ese término desaparece y lo que decide son los de orden más alto ($h^3$, $h^4$, …). Los tres ejemplos de la sección 0 tienen las mismas $f'(0)$ y $f''(0)$ y se comportan distinto. Y $x^4$ no es constante cerca de 0 aunque $f''(0) = 0$.",
                en=r"The test comes from $f(x^*+h) \approx f(x^*) + \tfrac12 f''(x^*)h^2$. If $f''(x^*) = 0$, that term vanishes and the higher-order ones ($h^3$, $h^4$, …) decide. The three examples of section 0 have the same $f'(0)$ and $f''(0)$ and behave differently. And $x^4$ is not constant near 0 even though $f''(0) = 0$.",
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
## 4. Resumen

- Un mínimo o máximo interior de una función derivable está donde $f'(x^*) = 0$: un **punto
  crítico**. Lo contrario no vale: $x^3$ tiene un punto crítico en 0 que no es ninguno de los dos.
- $f''(x^*) > 0$: mínimo; $f''(x^*) < 0$: máximo; $f''(x^*) = 0$: la prueba no decide ($x^4$,
  $-x^4$ y $x^3$).
- Hay funciones sin puntos críticos, como $\ln x$ ($f' = 1/x$). En un intervalo cerrado, el mínimo
  y el máximo pueden estar en los extremos: evalúa también ahí.
- Para un polinomio: las raíces reales y distintas de $p'$, clasificadas con $p''$. En un ajuste a
  datos, esos puntos son del modelo y cambian con él.
""",
        en=r"""
## 4. Summary

- An interior minimum or maximum of a differentiable function lies where $f'(x^*) = 0$: a
  **critical point**. The converse fails: $x^3$ has a critical point at 0 that is neither.
- $f''(x^*) > 0$: minimum; $f''(x^*) < 0$: maximum; $f''(x^*) = 0$: the test cannot decide
  ($x^4$, $-x^4$ and $x^3$).
- Some functions have no critical points, like $\ln x$ ($f' = 1/x$). On a closed interval, the
  minimum and maximum may sit at the ends: evaluate there too.
- For a polynomial: the distinct real roots of $p'$, classified with $p''$. In a fit to data, those
  points belong to the model and change with it.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es="## 5. Para seguir: el día 6 original de la guía",
        en="## 5. Keep going: the guide's original day 6",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.resources("day-6-optimization", lang)
    return


if __name__ == "__main__":
    app.run()
