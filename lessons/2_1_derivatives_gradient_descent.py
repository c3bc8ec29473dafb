import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 2.1")


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
    kit.header("derivatives-gradient-descent", lang)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Entrenar un modelo es bajar una montaña con los ojos vendados: solo sientes la
inclinación del suelo bajo tus pies. La derivada es esa inclinación, y el descenso de
gradiente es la regla “da un paso cuesta abajo”. En esta lección construyes las dos
cosas desde cero, y al final las usas para ajustar un modelo a datos reales.

**Al terminar podrás:**

- explicar la derivada como el límite de las pendientes de rectas secantes;
- aproximar una derivada con diferencias finitas y saber qué paso $h$ usar (y por qué uno demasiado pequeño empeora el resultado);
- calcular derivadas parciales y el gradiente, y saber hacia dónde apunta;
- programar el descenso de gradiente con una regla de parada, y predecir, a partir de la tasa de aprendizaje y de la curvatura, si converge, avanza lento, zigzaguea o diverge;
- minimizar un costo con datos reales y reconocer qué cambia cuando la función no es convexa.
""",
        en=r"""
Training a model is walking down a mountain blindfolded: all you can feel is how the
ground slopes under your feet. The derivative is that slope, and gradient descent is the
rule “take a step downhill”. In this lesson you build both from scratch, and at the end
you use them to fit a model to real data.

**By the end you will be able to:**

- explain the derivative as the limit of the slopes of secant lines;
- approximate a derivative with finite differences and know which step $h$ to use (and why one that is too small makes things worse);
- compute partial derivatives and the gradient, and say where it points;
- write gradient descent with a stopping rule, and predict from the learning rate and the curvature whether it converges, crawls, zig-zags or diverges;
- minimise a cost on real data, and recognise what changes when the function is not convex.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 0. ¿Por qué derivadas en machine learning?

Un modelo tiene parámetros. El más sencillo posible predice $\hat{y} = w\,x$ con un solo
peso $w$. Para saber qué tan bien predice los datos $(x_1, y_1), \dots, (x_n, y_n)$
usamos una **función de costo**, por ejemplo el error cuadrático medio:

$$
J(w) = \frac{1}{n}\sum_{i=1}^{n} \left(w\,x_i - y_i\right)^2
$$

Aprender es encontrar el $w$ que hace $J(w)$ lo más pequeño posible. La derivada

$$
J'(w) = \frac{2}{n}\sum_{i=1}^{n} \left(w\,x_i - y_i\right)x_i
$$

dice cómo cambia el costo si mueves $w$ un poquito: si $J'(w) > 0$, el costo sube al
aumentar $w$, así que conviene disminuir $w$; si $J'(w) < 0$, conviene aumentarlo. Con
millones de parámetros la idea es la misma, solo que la derivada se vuelve un vector: el
gradiente. En la sección 5 vas a minimizar este mismo $J(w)$ con datos reales de pacientes.
""",
        en=r"""
## 0. Why derivatives in machine learning?

A model has parameters. The simplest possible one predicts $\hat{y} = w\,x$ with a single
weight $w$. To measure how well it predicts on the data $(x_1, y_1), \dots, (x_n, y_n)$
we use a **cost function**, for example the mean squared error:

$$
J(w) = \frac{1}{n}\sum_{i=1}^{n} \left(w\,x_i - y_i\right)^2
$$

Learning means finding the $w$ that makes $J(w)$ as small as possible. The derivative

$$
J'(w) = \frac{2}{n}\sum_{i=1}^{n} \left(w\,x_i - y_i\right)x_i
$$

says how the cost changes when you nudge $w$: if $J'(w) > 0$ the cost grows as $w$
grows, so you should decrease $w$; if $J'(w) < 0$, increase it. With millions of
parameters the idea is the same, except that the derivative becomes a vector: the
gradient. In section 5 you will minimise this very $J(w)$ on real patients' data.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 1. De la secante a la tangente

Toma dos puntos de la gráfica de $f$: $(x_0, f(x_0))$ y $(x_0 + h, f(x_0 + h))$. La recta
que los une es una **secante**, y su pendiente es el **cociente de diferencias** (o
cociente incremental)

$$
\frac{f(x_0 + h) - f(x_0)}{h}
$$

Si acercas el segundo punto al primero ($h \to 0$), la secante se acerca a una recta
límite: la **recta tangente** en $x_0$. Su pendiente es la **derivada**:

$$
f'(x_0) = \lim_{h \to 0} \frac{f(x_0 + h) - f(x_0)}{h}
$$

El paso $h$ también puede ser negativo (el segundo punto queda a la izquierda), y el límite
tiene que dar lo mismo por los dos lados. Cuando no es así, la función no tiene derivada en
ese punto: en $x = 0$, las secantes de $|x|$ tienen pendiente $+1$ por la derecha y $-1$ por
la izquierda (lo verás en la lección 2.2, con las reglas de derivación).

Aquí $f(x) = x^3/3 - x$, cuya derivada exacta es $f'(x) = x^2 - 1$. Mueve $x_0$ y
achica $h$, con los dos signos: mira cómo la secante (naranja) se acerca a la tangente (azul).
""",
        en=r"""
## 1. From the secant to the tangent

Take two points on the graph of $f$: $(x_0, f(x_0))$ and $(x_0 + h, f(x_0 + h))$. The line
through them is a **secant**, and its slope is the **difference quotient**

$$
\frac{f(x_0 + h) - f(x_0)}{h}
$$

As the second point slides towards the first ($h \to 0$), the secant approaches a
limiting line: the **tangent line** at $x_0$. Its slope is the **derivative**:

$$
f'(x_0) = \lim_{h \to 0} \frac{f(x_0 + h) - f(x_0)}{h}
$$

The step $h$ may be negative too (the second point then lies to the left), and the limit
must be the same from both sides. When it is not, the function has no derivative there: at
$x = 0$ the secants of $|x|$ have slope $+1$ from the right and $-1$ from the left (lesson
2.2, with the rules of differentiation, comes back to this).

Here $f(x) = x^3/3 - x$, whose exact derivative is $f'(x) = x^2 - 1$. Move $x_0$
and shrink $h$, with both signs: watch the secant (orange) approach the tangent (blue).
""",
    )
    return


@app.cell(hide_code=True)
def _():
    def f_cubic(x):
        return x**3 / 3 - x

    def f_cubic_prime(x):
        return x**2 - 1  # d/dx (x³/3 − x)

    return f_cubic, f_cubic_prime


@app.cell(hide_code=True)
def _(kit, lang, mo):
    x0_slider = mo.ui.slider(
        -2.0, 2.0, step=0.1, value=-1.5, show_value=True, label=kit.say(lang, es="Punto $x_0$", en="Point $x_0$")
    )
    h_slider = mo.ui.slider(
        steps=[-2.0, -1.5, -1.0, -0.5, -0.2, -0.1, -0.01, -0.001, 0.001, 0.01, 0.1, 0.2, 0.5, 1.0, 1.5, 2.0],
        value=1.5,
        show_value=True,
        label=kit.say(lang, es="Paso $h$", en="Step $h$"),
    )
    mo.hstack([x0_slider, h_slider], justify="start", gap=2)
    return h_slider, x0_slider


@app.cell(hide_code=True)
def _(f_cubic, f_cubic_prime, h_slider, x0_slider):
    # Small pure cell: the two slopes the figure and the text both use.
    secant_slope = (f_cubic(x0_slider.value + h_slider.value) - f_cubic(x0_slider.value)) / h_slider.value
    tangent_slope = f_cubic_prime(x0_slider.value)
    return secant_slope, tangent_slope


@app.cell(hide_code=True)
def _(
    f_cubic,
    h_slider,
    kit,
    lang,
    np,
    plt,
    secant_slope,
    tangent_slope,
    x0_slider,
):
    _x0, _h = x0_slider.value, h_slider.value
    _x1 = _x0 + _h
    _grid = np.linspace(-2.7, 4.1, 400)
    _fig, _ax = plt.subplots(figsize=(7.5, 4.3))
    _ax.axhline(0, color="0.85", lw=0.8)
    _ax.axvline(0, color="0.85", lw=0.8)
    _ax.plot(_grid, f_cubic(_grid), color="black", lw=2.2, label=r"$f(x) = x^3/3 - x$")
    _ax.plot(
        _grid,
        f_cubic(_x0) + tangent_slope * (_grid - _x0),
        color="tab:blue",
        lw=1.8,
        label=kit.say(lang, es="tangente", en="tangent") + f": {tangent_slope:+.4f}",
    )
    _ax.plot(
        _grid,
        f_cubic(_x0) + secant_slope * (_grid - _x0),
        color="tab:orange",
        lw=1.8,
        ls="--",
        label=kit.say(lang, es="secante", en="secant") + f": {secant_slope:+.4f}",
    )
    # rise over run: the little right triangle whose slope the secant has
    _ax.plot([_x0, _x1], [f_cubic(_x0), f_cubic(_x0)], color="tab:orange", lw=1, ls=":")
    _ax.plot([_x1, _x1], [f_cubic(_x0), f_cubic(_x1)], color="tab:orange", lw=1, ls=":")
    _ax.plot([_x0, _x1], [f_cubic(_x0), f_cubic(_x1)], "o", color="tab:orange", ms=6)
    _ax.plot([_x0], [f_cubic(_x0)], "o", color="tab:blue", ms=7)
    _label_box = dict(facecolor="white", edgecolor="none", alpha=0.85, pad=1)
    _ax.annotate(r"$x_0$", (_x0, f_cubic(_x0)), textcoords="offset points", xytext=(-16, 8), bbox=_label_box)
    _ax.annotate(r"$x_0 + h$", (_x1, f_cubic(_x1)), textcoords="offset points", xytext=(8, -18), bbox=_label_box)
    _ax.set_xlim(-2.7, 4.1)
    _ax.set_ylim(-3.2, 4.2)
    _ax.set_xlabel("x")
    _ax.set_title(
        kit.say(
            lang,
            es=f"Pendientes en $x_0$ = {_x0:.1f} con $h$ = {_h:g}",
            en=f"Slopes at $x_0$ = {_x0:.1f} with $h$ = {_h:g}",
        )
    )
    _ax.legend(loc="upper left", fontsize=9)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(f_cubic, kit, lang, secant_slope, tangent_slope, x0_slider):
    _x0 = x0_slider.value
    _rows = []
    for _h in (1.0, 0.1, 0.01, 0.001, 0.0001):
        _right = (f_cubic(_x0 + _h) - f_cubic(_x0)) / _h
        _left = (f_cubic(_x0 - _h) - f_cubic(_x0)) / -_h
        _rows.append(f"| {_h:g} | {_right:+.6f} | {_left:+.6f} |")
    _table = "\n".join(_rows)
    (
        kit.text(
            lang,
            es=rf"""
Pendiente de la secante: **{secant_slope:+.4f}** · pendiente de la tangente $f'(x_0)$:
**{tangent_slope:+.4f}** · diferencia: **{secant_slope - tangent_slope:+.4f}**.

Con esta $f$ puedes hacer la cuenta exacta: desarrollando $(x_0 + h)^3$,

$$
\frac{{f(x_0 + h) - f(x_0)}}{{h}} = x_0^2 - 1 + x_0\,h + \frac{{h^2}}{{3}}
$$

La diferencia con la tangente es $x_0 h + h^2/3$, que se va a cero con $h$, sea positivo o
negativo: eso es el límite. En $x_0 = {_x0:.1f}$, al dividir $h$ entre 10, las secantes de
la derecha ($+h$) y de la izquierda ($-h$) se acercan las dos a $f'(x_0) = {tangent_slope:+.4f}$:

| $h$ | secante con $+h$ | secante con $-h$ |
|---:|---:|---:|
{_table}

Ojo: “tangente” no quiere decir “la recta que toca la curva sin cruzarla”. Pon $x_0 = 0$: la
tangente de esta $f$ cruza la curva, porque ahí la curva pasa de cóncava a convexa (un punto
de inflexión). Lo que define a la tangente es ser el límite de las secantes.

La derivada también se escribe $\frac{{df}}{{dx}}$ (notación de Leibniz): un cambio pequeñito en
$f$ entre el cambio pequeñito en $x$ que lo produjo. Por eso, si mueves $x$ un poquito, la
derivada predice cuánto cambia $f$, y la tangente es la mejor aproximación lineal de $f$ cerca de
$x_0$:

$$
f(x_0 + h) \approx f(x_0) + f'(x_0)\,h
$$
""",
            en=rf"""
Secant slope: **{secant_slope:+.4f}** · tangent slope $f'(x_0)$: **{tangent_slope:+.4f}** ·
difference: **{secant_slope - tangent_slope:+.4f}**.

For this $f$ you can do the algebra exactly: expanding $(x_0 + h)^3$,

$$
\frac{{f(x_0 + h) - f(x_0)}}{{h}} = x_0^2 - 1 + x_0\,h + \frac{{h^2}}{{3}}
$$

The gap to the tangent is $x_0 h + h^2/3$, which goes to zero with $h$, positive or
negative: that is the limit. At $x_0 = {_x0:.1f}$, dividing $h$ by 10 each time, the secants
from the right ($+h$) and from the left ($-h$) both close in on $f'(x_0) = {tangent_slope:+.4f}$:

| $h$ | secant with $+h$ | secant with $-h$ |
|---:|---:|---:|
{_table}

Careful: “tangent” does not mean “the line that touches the curve without crossing it”. Set
$x_0 = 0$: the tangent of this $f$ crosses the curve, because there the curve turns from
concave to convex (an inflection point). What makes a line the tangent is being the limit of
the secants.

The derivative is also written $\frac{{df}}{{dx}}$ (Leibniz's notation): a tiny change in $f$
over the tiny change in $x$ that caused it. So when you nudge $x$, the derivative predicts how
much $f$ changes, and the tangent is the best linear approximation of $f$ near $x_0$:

$$
f(x_0 + h) \approx f(x_0) + f'(x_0)\,h
$$
""",
        )
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, np):
    _eps = np.finfo(float).eps
    kit.text(
        lang,
        es=rf"""
## 2. La derivada numérica y su error

Una computadora no puede calcular el límite, pero sí puede usar un $h$ pequeño. Hay dos
fórmulas clásicas. La **diferencia hacia adelante** (o progresiva) es la secante de la
sección 1; la **diferencia central** (o centrada) mira a ambos lados de $x$. (La tercera, la
diferencia hacia atrás o regresiva, usa $x - h$ en lugar de $x + h$.)

$$
D_+ f(x) = \frac{{f(x + h) - f(x)}}{{h}}, \qquad D_0 f(x) = \frac{{f(x + h) - f(x - h)}}{{2h}}
$$

¿Cuál es mejor? Lo dice el desarrollo de Taylor:

$$
f(x \pm h) = f(x) \pm h f'(x) + \frac{{h^2}}{{2}} f''(x) \pm \frac{{h^3}}{{6}} f'''(x) + O(h^4)
$$

Restando $f(x)$ y dividiendo entre $h$, la diferencia hacia adelante deja un error
proporcional a $h$. Restando las dos expansiones, los términos en $h^2$ se cancelan y la
central deja un error proporcional a $h^2$:

$$
D_+ f(x) = f'(x) + \frac{{h}}{{2}} f''(x) + O(h^2), \qquad D_0 f(x) = f'(x) + \frac{{h^2}}{{6}} f'''(x) + O(h^4)
$$

Pero hay un segundo error. Cada valor de $f$ se guarda con unos 16 dígitos (el épsilon de
máquina es $\varepsilon \approx {kit.tex_number(_eps)}$). Al restar dos números casi
iguales se pierden dígitos, y al dividir entre un $h$ diminuto ese error de **redondeo**
crece como $\varepsilon\,|f(x)|/h$. El mejor $h$ equilibra los dos errores; minimizando la
suma de los dos sale

$$
h_+ = \sqrt{{\frac{{2\varepsilon\,|f(x)|}}{{|f''(x)|}}}}, \qquad h_0 = \sqrt[3]{{\frac{{3\varepsilon\,|f(x)|}}{{|f'''(x)|}}}}
$$

es decir, del orden de $\sqrt{{\varepsilon}} \approx {kit.tex_number(np.sqrt(_eps))}$ para la
diferencia hacia adelante y de $\sqrt[3]{{\varepsilon}} \approx {kit.tex_number(np.cbrt(_eps))}$
para la central cuando $f$ y sus derivadas miden alrededor de 1.

El experimento de abajo mide el error al derivar $\sin$ en $x = 1$ (la respuesta exacta es
$\cos 1$) con $h$ desde $1$ hasta $10^{{-15}}$. El código calcula la diferencia hacia
adelante; la central es tu primer ejercicio.
""",
        en=rf"""
## 2. The numerical derivative and its error

A computer cannot compute the limit, but it can use a small $h$. There are two classic
formulas. The **forward difference** is the secant of section 1; the **central difference**
looks at both sides of $x$. (A third one, the backward difference, uses $x - h$ instead of
$x + h$.)

$$
D_+ f(x) = \frac{{f(x + h) - f(x)}}{{h}}, \qquad D_0 f(x) = \frac{{f(x + h) - f(x - h)}}{{2h}}
$$

Which is better? Taylor's expansion tells us:

$$
f(x \pm h) = f(x) \pm h f'(x) + \frac{{h^2}}{{2}} f''(x) \pm \frac{{h^3}}{{6}} f'''(x) + O(h^4)
$$

Subtracting $f(x)$ and dividing by $h$, the forward difference keeps an error
proportional to $h$. Subtracting the two expansions, the $h^2$ terms cancel and the
central difference keeps an error proportional to $h^2$:

$$
D_+ f(x) = f'(x) + \frac{{h}}{{2}} f''(x) + O(h^2), \qquad D_0 f(x) = f'(x) + \frac{{h^2}}{{6}} f'''(x) + O(h^4)
$$

But there is a second error. Each value of $f$ is stored with about 16 digits (machine
epsilon is $\varepsilon \approx {kit.tex_number(_eps)}$). Subtracting two nearly equal
numbers loses digits, and dividing by a tiny $h$ makes that **round-off** error grow like
$\varepsilon\,|f(x)|/h$. The best $h$ balances the two errors; minimising their sum gives

$$
h_+ = \sqrt{{\frac{{2\varepsilon\,|f(x)|}}{{|f''(x)|}}}}, \qquad h_0 = \sqrt[3]{{\frac{{3\varepsilon\,|f(x)|}}{{|f'''(x)|}}}}
$$

that is, of the order of $\sqrt{{\varepsilon}} \approx {kit.tex_number(np.sqrt(_eps))}$ for the
forward difference and of $\sqrt[3]{{\varepsilon}} \approx {kit.tex_number(np.cbrt(_eps))}$ for
the central one when $f$ and its derivatives are about 1 in size.

The experiment below measures the error when differentiating $\sin$ at $x = 1$ (the exact
answer is $\cos 1$) with $h$ from $1$ down to $10^{{-15}}$. The code computes the forward
difference; the central one is your first exercise.
""",
    )
    return


@app.cell(hide_code=True)
def _(mo, np):
    def forward_difference(f, x, h):
        return (f(x + h) - f(x)) / h

    step_sizes = np.logspace(-15, 0, 151)
    exact = np.cos(1.0)  # d/dx sin x = cos x
    forward_errors = np.abs(forward_difference(np.sin, 1.0, step_sizes) - exact)
    mo.show_code()
    return exact, forward_errors, step_sizes


@app.cell(hide_code=True)
def _(exact, np, step_sizes):
    # Hidden: the central difference is the exercise below, so its code is not shown before it.
    central_errors = np.abs((np.sin(1.0 + step_sizes) - np.sin(1.0 - step_sizes)) / (2 * step_sizes) - exact)
    return (central_errors,)


@app.cell(hide_code=True)
def _(central_errors, forward_errors, kit, lang, np, plt, step_sizes):
    _eps = np.finfo(float).eps
    _floor = 1e-17  # an error of exactly 0 cannot sit on a log axis
    _fig, _ax = plt.subplots(figsize=(9.5, 4.6))
    _ax.loglog(
        step_sizes,
        np.maximum(forward_errors, _floor),
        ".",
        color="tab:orange",
        ms=4,
        label=kit.say(lang, es="hacia adelante (medido)", en="forward (measured)"),
    )
    _ax.loglog(
        step_sizes,
        np.maximum(central_errors, _floor),
        ".",
        color="tab:blue",
        ms=4,
        label=kit.say(lang, es="central (medido)", en="central (measured)"),
    )
    # The predictions from Taylor's expansion and from round-off, as guide lines.
    _ax.loglog(
        step_sizes,
        step_sizes / 2 * np.sin(1.0),
        "--",
        color="tab:orange",
        lw=1,
        label=r"$\frac{h}{2}|f''(1)|$ " + kit.say(lang, es="(pendiente 1)", en="(slope 1)"),
    )
    _ax.loglog(
        step_sizes,
        step_sizes**2 / 6 * np.cos(1.0),
        "--",
        color="tab:blue",
        lw=1,
        label=r"$\frac{h^2}{6}|f'''(1)|$ " + kit.say(lang, es="(pendiente 2)", en="(slope 2)"),
    )
    _ax.loglog(
        step_sizes,
        _eps * np.sin(1.0) / step_sizes,
        ":",
        color="0.3",
        lw=1.2,
        label=r"$\varepsilon|f(1)|/h$ " + kit.say(lang, es="(redondeo, pendiente −1)", en="(round-off, slope −1)"),
    )
    _ax.set_ylim(1e-13, 10)
    _ax.set_xlim(1e-15, 1)
    _ax.xaxis.set_major_formatter(kit.powers_of_ten())
    _ax.yaxis.set_major_formatter(kit.powers_of_ten())
    _ax.minorticks_off()
    _ax.set_xlabel(kit.say(lang, es="paso h", en="step h"))
    _ax.set_ylabel(kit.say(lang, es="error absoluto", en="absolute error"))
    _ax.set_title(
        kit.say(lang, es="Error de la derivada de sin en x = 1", en="Error of the derivative of sin at x = 1")
    )
    _ax.grid(True, which="major", color="0.9")
    _ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.02, 1.0), borderaxespad=0)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(central_errors, forward_errors, kit, lang, np, step_sizes):
    _eps = np.finfo(float).eps
    _best_forward = step_sizes[np.argmin(forward_errors)]
    _best_central = step_sizes[np.argmin(central_errors)]
    # The optimal steps of the formulas above, for f = sin at x = 1 (f'' = −sin, f''' = −cos).
    _predicted_forward = np.sqrt(2 * _eps * np.sin(1.0) / np.sin(1.0))
    _predicted_central = np.cbrt(3 * _eps * np.sin(1.0) / np.cos(1.0))
    # At |x| = 10¹², a fixed h = 10⁻⁵ is below the spacing of doubles: x + h == x.
    _big, _spacing = 1e12, np.spacing(1e12)
    _lost = ((_big + 1e-5) ** 2 - (_big - 1e-5) ** 2) / (2 * 1e-5)
    kit.text(
        lang,
        es=rf"""
Lee el gráfico de derecha a izquierda (de $h$ grande a $h$ pequeño). Mientras domina el
truncamiento, el error baja por una recta: con pendiente 1 para la diferencia hacia
adelante (dividir $h$ entre 10 divide el error entre 10) y con pendiente 2 para la central
(dividir $h$ entre 10 divide el error entre 100). Luego pasa a dominar el redondeo y el
error **vuelve a subir**, con ruido, a lo largo de la recta de pendiente −1.

En esta medición el menor error hacia adelante aparece en $h \approx {kit.tex_number(_best_forward, 1)}$
(error ${kit.tex_number(forward_errors.min(), 2)}$) y el menor error central en
$h \approx {kit.tex_number(_best_central, 1)}$ (error ${kit.tex_number(central_errors.min(), 2)}$).
Las fórmulas de $h_+$ y $h_0$ predicen ${kit.tex_number(_predicted_forward)}$ y
${kit.tex_number(_predicted_central)}$: del mismo orden, no iguales, porque el fondo de cada
curva es plano y ruidoso (el redondeo real suele quedar por debajo del peor caso
$\varepsilon\,|f(x)|/h$ y cambia de un $h$ al siguiente). Lo que cuenta es el orden de
magnitud: la central es más precisa y además tolera un $h$ mucho más grande.

Falta un detalle: el paso tiene que ser **relativo al tamaño de $x$**. Cerca de $x = 10^{{12}}$
los números de la computadora están separados por ${kit.tex_number(_spacing)}$
(`np.spacing(1e12)`), así que $x + 10^{{-5}}$ vale exactamente $x$, y la diferencia central
de $x^2$ en ese punto da ${kit.tex_number(_lost, 2)}$ en vez de $2 \times 10^{{12}}$. Por eso
`gradiente.calculus.derivative` usa $h = \sqrt[3]{{\varepsilon}}\,\max(1, |x|)$, y una buena
regla para la central es $h \approx 10^{{-5}}\,\max(1, |x|)$. En el ejercicio siguiente $h$
vale $10^{{-5}}$ por defecto, que basta para los $x$ de tamaño 1 de sus casos.
""",
        en=rf"""
Read the plot from right to left (from large $h$ to small $h$). While truncation
dominates, the error falls along a straight line: slope 1 for the forward difference
(dividing $h$ by 10 divides the error by 10) and slope 2 for the central one (dividing
$h$ by 10 divides the error by 100). Then round-off takes over and the error **climbs
back up**, noisily, along the line of slope −1.

In this measurement the smallest forward error is at $h \approx {kit.tex_number(_best_forward, 1)}$
(error ${kit.tex_number(forward_errors.min(), 2)}$) and the smallest central error at
$h \approx {kit.tex_number(_best_central, 1)}$ (error ${kit.tex_number(central_errors.min(), 2)}$).
The formulas for $h_+$ and $h_0$ predict ${kit.tex_number(_predicted_forward)}$ and
${kit.tex_number(_predicted_central)}$: the same order, not the same value, because the bottom
of each curve is flat and noisy (actual round-off usually stays below the worst case
$\varepsilon\,|f(x)|/h$, and changes from one $h$ to the next). What counts is the order of
magnitude: the central difference is more accurate and also works with a much larger $h$.

One detail remains: the step must be **relative to the size of $x$**. Near $x = 10^{{12}}$
the computer's numbers are ${kit.tex_number(_spacing)}$ apart (`np.spacing(1e12)`), so
$x + 10^{{-5}}$ is exactly $x$, and the central difference of $x^2$ there gives
${kit.tex_number(_lost, 2)}$ instead of $2 \times 10^{{12}}$. That is why
`gradiente.calculus.derivative` uses $h = \sqrt[3]{{\varepsilon}}\,\max(1, |x|)$, and a good
rule for the central difference is $h \approx 10^{{-5}}\,\max(1, |x|)$. In the next exercise
$h$ defaults to $10^{{-5}}$, which is enough for the $x$ of size 1 in its cases.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_numerical_derivative = kit.exercise("numerical_derivative", lang)
    ex_numerical_derivative
    return (ex_numerical_derivative,)


@app.cell(hide_code=True)
def _(ex_numerical_derivative, kit):
    kit.feedback(ex_numerical_derivative)
    return


@app.cell(hide_code=True)
def _(ex_numerical_derivative, kit):
    kit.hints(ex_numerical_derivative)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 3. Derivadas parciales y el gradiente

Una función de costo casi nunca depende de un solo número: un modelo tiene muchos
parámetros. Para una función de dos variables $f(x, y)$, la **derivada parcial**
$\partial f / \partial x$ es la derivada respecto de $x$ dejando $y$ fija (y al revés para
$\partial f / \partial y$):

$$
\frac{\partial f}{\partial x}(x, y) = \lim_{h \to 0} \frac{f(x + h, y) - f(x, y)}{h}
$$

El **gradiente** junta todas las derivadas parciales en un vector:

$$
\nabla f(x, y) = \left( \frac{\partial f}{\partial x}(x, y),\ \frac{\partial f}{\partial y}(x, y) \right)
$$

Por ejemplo, para $f(x, y) = x^2 - xy + 3y^2$ (en el término $-xy$, la otra variable actúa
como una constante):

$$
\frac{\partial f}{\partial x} = 2x - y, \qquad \frac{\partial f}{\partial y} = -x + 6y
$$

Dos hechos explican por qué el gradiente sirve para optimizar. Si te mueves desde un punto
en una dirección unitaria $u$, la razón de cambio de $f$ es la **derivada direccional**

$$
D_u f = \nabla f \cdot u = \lVert \nabla f \rVert \cos\theta
$$

donde $\theta$ es el ángulo entre $u$ y $\nabla f$ (esta fórmula pide que $f$ sea
diferenciable, algo más fuerte que tener derivadas parciales; las funciones de esta lección
lo son). Es máxima cuando $\theta = 0$: **el gradiente apunta hacia donde $f$ sube más
rápido**, y $-\nabla f$ hacia donde baja más rápido. Y a lo largo de una curva de nivel $f$
no cambia, así que la derivada direccional en la dirección $u$ tangente a ella vale cero:
$\nabla f \cdot u = 0$. **El gradiente es perpendicular a las curvas de nivel.**

Compruébalo en la figura sin dar nada por sentado: la recta naranja es una secante de la
curva de nivel, que pasa por el punto y por otro punto de la misma curva a distancia
$\delta$. Achica $\delta$: la secante se acerca a la tangente, y el ángulo que forma con
$\nabla f$, a 90°.
""",
        en=r"""
## 3. Partial derivatives and the gradient

A cost function hardly ever depends on a single number: a model has many parameters. For a
function of two variables $f(x, y)$, the **partial derivative** $\partial f / \partial x$
is the derivative with respect to $x$ holding $y$ fixed (and the other way round for
$\partial f / \partial y$):

$$
\frac{\partial f}{\partial x}(x, y) = \lim_{h \to 0} \frac{f(x + h, y) - f(x, y)}{h}
$$

The **gradient** collects all the partial derivatives in one vector:

$$
\nabla f(x, y) = \left( \frac{\partial f}{\partial x}(x, y),\ \frac{\partial f}{\partial y}(x, y) \right)
$$

For example, for $f(x, y) = x^2 - xy + 3y^2$ (in the term $-xy$, the other variable acts
as a constant):

$$
\frac{\partial f}{\partial x} = 2x - y, \qquad \frac{\partial f}{\partial y} = -x + 6y
$$

Two facts explain why the gradient is what optimization needs. If you move from a point in
a unit direction $u$, the rate of change of $f$ is the **directional derivative**

$$
D_u f = \nabla f \cdot u = \lVert \nabla f \rVert \cos\theta
$$

where $\theta$ is the angle between $u$ and $\nabla f$ (this formula needs $f$ to be
differentiable, which asks more than having partial derivatives; the functions of this lesson
are). It is largest when $\theta = 0$: **the gradient points where $f$ rises fastest**, and
$-\nabla f$ where it falls fastest. And along a level curve $f$ does not change, so the
directional derivative along the direction $u$ tangent to it is zero: $\nabla f \cdot u = 0$.
**The gradient is perpendicular to the level curves.**

Check it in the figure without taking anything for granted: the orange line is a secant of
the level curve, through the point and through another point of the same curve at distance
$\delta$. Shrink $\delta$: the secant approaches the tangent, and its angle with $\nabla f$
approaches 90°.
""",
    )
    return


@app.cell(hide_code=True)
def _(np):
    def f_tilted(x, y):
        return x**2 - x * y + 3 * y**2

    def grad_f_tilted(x, y):
        return np.array([2 * x - y, -x + 6 * y])  # (∂f/∂x, ∂f/∂y)

    def level_curve_point(px, py, delta):
        """A point of the level curve through (px, py) at distance delta from it, found from f alone
        (where f − f(px, py) changes sign on the circle of radius delta), or None if the circle misses it."""
        _level = f_tilted(px, py)
        _angles = np.linspace(0.0, 2 * np.pi, 721)
        _gap = f_tilted(px + delta * np.cos(_angles), py + delta * np.sin(_angles)) - _level
        _changes = np.flatnonzero(np.sign(_gap[:-1]) != np.sign(_gap[1:]))
        if not len(_changes):
            return None
        _low, _high = _angles[_changes[0]], _angles[_changes[0] + 1]
        for _ in range(40):  # bisection: the sign change pinned to a few ulps
            _mid = (_low + _high) / 2
            _value = f_tilted(px + delta * np.cos(_mid), py + delta * np.sin(_mid)) - _level
            _low, _high = (_mid, _high) if np.sign(_value) == np.sign(_gap[_changes[0]]) else (_low, _mid)
        return np.array([px + delta * np.cos(_low), py + delta * np.sin(_low)])

    return f_tilted, grad_f_tilted, level_curve_point


@app.cell(hide_code=True)
def _(kit, lang, mo):
    px_slider = mo.ui.slider(
        -2.5, 2.5, step=0.1, value=1.5, show_value=True, label=kit.say(lang, es="Punto: $x$", en="Point: $x$")
    )
    py_slider = mo.ui.slider(
        -2.5, 2.5, step=0.1, value=1.0, show_value=True, label=kit.say(lang, es="Punto: $y$", en="Point: $y$")
    )
    delta_slider = mo.ui.slider(
        steps=[1.0, 0.5, 0.2, 0.1, 0.05, 0.01],
        value=1.0,
        show_value=True,
        label=kit.say(lang, es="Distancia $\\delta$", en="Distance $\\delta$"),
    )
    mo.hstack([px_slider, py_slider, delta_slider], justify="start", gap=2)
    return delta_slider, px_slider, py_slider


@app.cell(hide_code=True)
def _(delta_slider, level_curve_point, px_slider, py_slider):
    # Small pure cell: the second point of the secant, on the same level curve.
    level_secant_point = level_curve_point(px_slider.value, py_slider.value, delta_slider.value)
    return (level_secant_point,)


@app.cell(hide_code=True)
def _(f_tilted, grad_f_tilted, kit, lang, level_secant_point, np, plt, px_slider, py_slider):
    _px, _py = px_slider.value, py_slider.value
    _g = grad_f_tilted(_px, _py)
    _norm = np.linalg.norm(_g)
    _xs = np.linspace(-3.6, 3.6, 161)
    _X, _Y = np.meshgrid(_xs, _xs)
    _Z = f_tilted(_X, _Y)
    _fig, _ax = plt.subplots(figsize=(6.4, 5.6))
    _contours = _ax.contour(_X, _Y, _Z, levels=[0.5, 1, 2, 4, 7, 11, 16, 22, 30, 40], cmap="viridis", linewidths=1)
    _ax.clabel(_contours, fontsize=7, fmt="%g")
    # A grid of arrows, all of the same length: only the direction of ∇f is drawn.
    _qs = np.linspace(-3.25, 3.25, 11)
    _QX, _QY = np.meshgrid(_qs, _qs)
    _U, _V = grad_f_tilted(_QX, _QY)
    _L = np.maximum(np.hypot(_U, _V), 1e-12)  # the grid holds the minimum, where ∇f = 0
    _ax.quiver(_QX, _QY, _U / _L, _V / _L, color="0.6", angles="xy", scale_units="xy", scale=3.2, width=0.004)
    if _norm > 1e-12:
        _level = f_tilted(_px, _py)
        _ax.contour(_X, _Y, _Z, levels=[_level], colors="tab:red", linewidths=2)
        _unit = _g / _norm
        if level_secant_point is not None:  # the secant is drawn from the curve alone, not from ∇f
            _chord = level_secant_point - np.array([_px, _py])
            _along = _chord / np.linalg.norm(_chord)
            _ax.plot(
                [_px - 1.3 * _along[0], _px + 1.3 * _along[0]],
                [_py - 1.3 * _along[1], _py + 1.3 * _along[1]],
                color="tab:orange",
                ls="--",
                lw=1.6,
            )
            _ax.plot(*level_secant_point, "o", color="tab:orange", ms=6)
        _ax.annotate(
            "",
            xy=(_px + 1.0 * _unit[0], _py + 1.0 * _unit[1]),
            xytext=(_px, _py),
            annotation_clip=False,
            arrowprops=dict(arrowstyle="-|>", color="black", lw=2.2, mutation_scale=18),
        )
        _ax.annotate(
            r"$\nabla f$",
            (_px + 1.0 * _unit[0], _py + 1.0 * _unit[1]),
            annotation_clip=False,
            textcoords="offset points",
            xytext=(4, 4),
            fontsize=12,
        )
    _ax.plot([_px], [_py], "o", color="black", ms=7)
    _ax.plot([0], [0], "*", color="tab:green", ms=13, label=kit.say(lang, es="mínimo (0, 0)", en="minimum (0, 0)"))
    _ax.set_xlim(-3.6, 3.6)
    _ax.set_ylim(-3.6, 3.6)
    _ax.set_aspect("equal")  # without equal axes, right angles would not look right
    _ax.set_xlabel("x")
    _ax.set_ylabel("y")
    _ax.set_title(
        kit.say(
            lang, es="Curvas de nivel de $f(x, y) = x^2 - xy + 3y^2$", en="Level curves of $f(x, y) = x^2 - xy + 3y^2$"
        ),
        fontsize=11,
    )
    _ax.legend(loc="lower right", fontsize=8)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(delta_slider, f_tilted, grad_f_tilted, kit, lang, level_secant_point, np, px_slider, py_slider):
    from gradiente.calculus import gradient as _library_gradient

    _px, _py = px_slider.value, py_slider.value
    _exact = grad_f_tilted(_px, _py)
    _numeric = _library_gradient(lambda v: f_tilted(v[0], v[1]), [_px, _py])
    _norm = float(np.linalg.norm(_exact))
    _delta = delta_slider.value
    if level_secant_point is None:
        _angle_es = (
            f"Con $\\delta = {_delta:g}$ el círculo alrededor del punto no alcanza otro punto de la "
            "misma curva de nivel: achica $\\delta$."
        )
        _angle_en = (
            f"With $\\delta = {_delta:g}$ the circle around the point reaches no other point of the same "
            "level curve: shrink $\\delta$."
        )
    else:
        _chord = level_secant_point - np.array([_px, _py])
        _cosine = abs(_chord @ _exact) / (np.linalg.norm(_chord) * max(_norm, 1e-300))
        _angle = float(np.degrees(np.arccos(min(_cosine, 1.0))))
        _angle_es = (
            f"La secante naranja (con $\\delta = {_delta:g}$) forma con $\\nabla f$ un ángulo de "
            f"**{_angle:.2f}°**; al achicar $\\delta$ se acerca a la tangente, y el ángulo, a 90°."
        )
        _angle_en = (
            f"The orange secant (with $\\delta = {_delta:g}$) makes an angle of **{_angle:.2f}°** with "
            f"$\\nabla f$; as $\\delta$ shrinks it approaches the tangent, and the angle approaches 90°."
        )
    if _norm < 1e-12:
        _out = kit.text(
            lang,
            es=r"Estás en el mínimo: $\nabla f(0, 0) = (0, 0)$. No hay dirección de subida, y el descenso de gradiente se detendría aquí.",
            en=r"You are at the minimum: $\nabla f(0, 0) = (0, 0)$. There is no uphill direction, and gradient descent would stop here.",
        )
    else:
        _out = kit.text(
            lang,
            es=rf"""
En $({_px:.1f}, {_py:.1f})$: $f = {f_tilted(_px, _py):.3f}$ y
$\nabla f = (2x - y,\ -x + 6y) = ({_exact[0]:.3f},\ {_exact[1]:.3f})$, de norma
$\lVert \nabla f \rVert = {_norm:.3f}$. El gradiente numérico (diferencias centrales, con
`gradiente.calculus.gradient`) da $({_numeric[0]:.6f},\ {_numeric[1]:.6f})$. La flecha
negra es $\nabla f$ y la curva roja es la curva de nivel que pasa por el punto. {_angle_es}
Las flechas grises muestran solo la dirección del gradiente en cada punto (todas tienen la
misma longitud).
""",
            en=rf"""
At $({_px:.1f}, {_py:.1f})$: $f = {f_tilted(_px, _py):.3f}$ and
$\nabla f = (2x - y,\ -x + 6y) = ({_exact[0]:.3f},\ {_exact[1]:.3f})$, of norm
$\lVert \nabla f \rVert = {_norm:.3f}$. The numerical gradient (central differences, with
`gradiente.calculus.gradient`) gives $({_numeric[0]:.6f},\ {_numeric[1]:.6f})$. The black
arrow is $\nabla f$ and the red curve is the level curve through the point. {_angle_en}
The grey arrows show only the direction of the gradient at each point (they all have the
same length).
""",
        )
    _out
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Fíjate en algo importante: en general $-\nabla f$ **no** apunta al mínimo. Apunta hacia
donde $f$ baja más rápido *localmente*, perpendicular a la curva de nivel. Para esta $f$ solo apunta
al mínimo sobre dos rectas que pasan por él, las de los ejes de las elipses (en la sección 6
verás que son las direcciones de los vectores propios de la hessiana). En cualquier otro
punto, ese error de dirección hace que el camino del descenso se curve.

En el próximo ejercicio programas el gradiente numérico de una función de $n$ variables:
una diferencia central por coordenada, moviendo solo esa coordenada. Cuesta $2n$
evaluaciones de $f$: con un modelo de un millón de parámetros serían dos millones por paso.
Por eso el entrenamiento calcula el gradiente con retropropagación (lecciones 2.6 y 4.4), y
las diferencias finitas quedan para comprobar que ese gradiente está bien (lo que en inglés
llaman *gradient checking*).
""",
        en=r"""
Notice something important: in general $-\nabla f$ does **not** point at the minimum. It
points where $f$ falls fastest *locally*, perpendicular to the level curve. For this $f$ it
points at the minimum only on two lines through it, the axes of the ellipses (section 6 shows
that they are the directions of the Hessian's eigenvectors). Anywhere else, that error in
direction makes the path of descent bend.

In the next exercise you write the numerical gradient of a function of $n$ variables: one
central difference per coordinate, moving only that coordinate. It costs $2n$ evaluations of
$f$: for a model with a million parameters, two million per step. That is why training
computes the gradient by backpropagation (lessons 2.6 and 4.4), and finite differences are
kept for checking that gradient (*gradient checking*).
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_gradient = kit.exercise("gradient", lang)
    ex_gradient
    return (ex_gradient,)


@app.cell(hide_code=True)
def _(ex_gradient, kit):
    kit.feedback(ex_gradient)
    return


@app.cell(hide_code=True)
def _(ex_gradient, kit):
    kit.hints(ex_gradient)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 4. Descenso de gradiente en una variable

La derivada dice hacia dónde sube $f$. Para bajar, da un paso en sentido contrario,
proporcional a la pendiente:

$$
x_{k+1} = x_k - \eta\, f'(x_k)
$$

El número $\eta$ (eta) es la **tasa de aprendizaje**. En machine learning, $x$ es un
parámetro del modelo (un peso $w$) y $f$ es la función de costo $J$. Este método es el
**descenso de gradiente**; en los videos también lo vas a oír como *descenso del gradiente*,
y la guía de estudio lo llama *gradiente descendiente*.

Con $f(x) = x^2$ todo se puede calcular a mano: $f'(x) = 2x$, así que

$$
x_{k+1} = x_k - 2\eta\, x_k = (1 - 2\eta)\, x_k \qquad\Longrightarrow\qquad x_k = (1 - 2\eta)^k\, x_0
$$

Todo depende del factor $1 - 2\eta$:

| $\eta$ | $1 - 2\eta$ | ¿qué pasa? |
|:---|:---|:---|
| $0 < \eta < 0.5$ | entre 0 y 1 | converge sin cruzar el mínimo (muy lento si la tasa $\eta$ es diminuta) |
| $\eta = 0.5$ | $0$ | llega al mínimo en un solo paso |
| $0.5 < \eta < 1$ | entre −1 y 0 | converge saltando de un lado al otro del mínimo |
| $\eta = 1$ | $-1$ | rebota para siempre entre $x_0$ y $-x_0$ |
| $\eta > 1$ | menor que −1 | diverge: cada salto es más grande que el anterior |

Lo mismo vale para cualquier parábola $f(x) = \frac{L}{2}(x - x^*)^2$ con curvatura
$f'' = L > 0$: el factor es $1 - \eta L$, así que, desde cualquier $x_0 \neq x^*$, el
descenso converge exactamente cuando $0 < \eta < 2/L$, y cruza el mínimo en cada paso cuando
$\eta > 1/L$. Si la parábola es cóncava ($L < 0$) no tiene mínimo: el factor es mayor que 1
para toda $\eta > 0$ y el descenso siempre se aleja. Cerca del mínimo de una función suave con
$f''(x^*) = L > 0$ vale la misma regla, localmente. Aquí $f'' = 2$: el límite es $\eta < 1$.
""",
        en=r"""
## 4. Gradient descent in one variable

The derivative says where $f$ goes up. To go down, take a step the other way, in
proportion to the slope:

$$
x_{k+1} = x_k - \eta\, f'(x_k)
$$

The number $\eta$ (eta) is the **learning rate**. In machine learning, $x$ is a parameter
of the model (a weight $w$) and $f$ is the cost function $J$. The method is **gradient
descent**; the Spanish videos of this lesson call it *descenso del gradiente* and the study
guide *gradiente descendiente*.

With $f(x) = x^2$ everything can be worked out by hand: $f'(x) = 2x$, so

$$
x_{k+1} = x_k - 2\eta\, x_k = (1 - 2\eta)\, x_k \qquad\Longrightarrow\qquad x_k = (1 - 2\eta)^k\, x_0
$$

Everything depends on the factor $1 - 2\eta$:

| $\eta$ | $1 - 2\eta$ | what happens |
|:---|:---|:---|
| $0 < \eta < 0.5$ | between 0 and 1 | converges without crossing the minimum (very slowly if $\eta$ is tiny) |
| $\eta = 0.5$ | $0$ | reaches the minimum in a single step |
| $0.5 < \eta < 1$ | between −1 and 0 | converges, jumping from one side of the minimum to the other |
| $\eta = 1$ | $-1$ | bounces between $x_0$ and $-x_0$ forever |
| $\eta > 1$ | below −1 | diverges: each jump is bigger than the last |

The same holds for any parabola $f(x) = \frac{L}{2}(x - x^*)^2$ of curvature $f'' = L > 0$:
the factor is $1 - \eta L$, so from any $x_0 \neq x^*$ descent converges exactly when
$0 < \eta < 2/L$, and crosses the minimum at every step when $\eta > 1/L$. A concave parabola
($L < 0$) has no minimum: the factor is above 1 for every $\eta > 0$ and descent always moves
away. Near the minimum of a smooth function with $f''(x^*) = L > 0$ the same rule holds,
locally. Here $f'' = 2$: the limit is $\eta < 1$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    lr_1d = mo.ui.slider(
        steps=[0.001, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0, 1.02, 1.05, 1.1],
        value=0.1,
        show_value=True,
        label=kit.say(lang, es="Tasa de aprendizaje $\\eta$", en="Learning rate $\\eta$"),
    )
    lr_1d
    return (lr_1d,)


@app.cell(hide_code=True)
def _(lr_1d, np):
    # Small pure cell: the run itself, x_{k+1} = x_k − η f'(x_k) with f'(x) = 2x.
    x0_1d, n_steps_1d = 2.5, 40
    _x = [x0_1d]
    for _ in range(n_steps_1d):
        _x.append(_x[-1] - lr_1d.value * 2 * _x[-1])
    trajectory_1d = np.array(_x)
    return n_steps_1d, trajectory_1d, x0_1d


@app.cell(hide_code=True)
def _(kit, lang, lr_1d, n_steps_1d, np, plt, trajectory_1d):
    _fig, (_ax, _ax2) = plt.subplots(1, 2, figsize=(9.5, 3.9), gridspec_kw={"width_ratios": [1.25, 1], "wspace": 0.25})
    _grid = np.linspace(-4.2, 4.2, 300)
    _ax.plot(_grid, _grid**2, color="black", lw=2, label=r"$f(x) = x^2$")
    _shown = trajectory_1d[np.abs(trajectory_1d) < 4.2]
    _ax.plot(_shown, _shown**2, "-", color="tab:red", lw=0.8, alpha=0.6)
    _ax.scatter(
        _shown, _shown**2, c=np.arange(len(_shown)), cmap="autumn", s=28, zorder=3, edgecolors="black", linewidths=0.4
    )
    _ax.plot([trajectory_1d[0]], [trajectory_1d[0] ** 2], "o", ms=10, mfc="none", mec="black")
    _ax.annotate(r"$x_0$", (trajectory_1d[0], trajectory_1d[0] ** 2), textcoords="offset points", xytext=(6, -4))
    _ax.set_xlim(-4.2, 4.2)
    _ax.set_ylim(-0.6, 17.6)
    _ax.set_xlabel("x")
    _ax.set_title(
        kit.say(lang, es=f"Puntos visitados con η = {lr_1d.value:g}", en=f"Points visited with η = {lr_1d.value:g}"),
        fontsize=11,
    )
    if len(_shown) < len(trajectory_1d):
        _ax.text(
            0.5,
            0.96,
            kit.say(lang, es="algunos puntos salieron del cuadro", en="some points left the frame"),
            transform=_ax.transAxes,
            ha="center",
            va="top",
            fontsize=9,
            color="tab:red",
            bbox=dict(facecolor="white", edgecolor="tab:red", boxstyle="round,pad=0.3"),
        )
    _steps = np.arange(n_steps_1d + 1)
    _ax2.semilogy(_steps, np.maximum(np.abs(trajectory_1d), 1e-16), "o-", color="tab:red", ms=3.5, lw=1)
    _ax2.set_ylim(1e-16, 1e8)
    _ax2.yaxis.set_major_formatter(kit.powers_of_ten())
    _ax2.minorticks_off()
    _ax2.set_xlabel(kit.say(lang, es="paso k", en="step k"))
    _ax2.set_title(
        kit.say(lang, es="Distancia al mínimo $|x_k|$ (escala log)", en="Distance to the minimum $|x_k|$ (log scale)"),
        fontsize=11,
    )
    _ax2.grid(True, color="0.9")
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang, lr_1d, mo, n_steps_1d, np, trajectory_1d):
    _kind, _k = kit.classify_run(trajectory_1d**2)
    _zigzag = bool(np.any(trajectory_1d[:-1] * trajectory_1d[1:] < 0))
    _factor = 1 - 2 * lr_1d.value
    _last = trajectory_1d[-1]
    _side_es = " saltando de un lado al otro del mínimo" if _zigzag else " sin cruzar el mínimo"
    _side_en = ", jumping from one side of the minimum to the other" if _zigzag else " without crossing the minimum"
    _messages = {
        "converges": (
            "success",
            f"Converge{_side_es}: $|x_k| < 10^{{-3}}$ desde el paso {_k}.",
            f"Converges{_side_en}: $|x_k| < 10^{{-3}}$ from step {_k} on.",
        ),
        "slow": (
            "warn",
            f"Avance lento{_side_es}: tras {n_steps_1d} pasos sigues en $x = {kit.tex_number(_last)}$. A este ritmo necesitarías unos {_k} pasos para llegar a $|x| < 10^{{-3}}$.",
            f"Slow progress{_side_en}: after {n_steps_1d} steps you are still at $x = {kit.tex_number(_last)}$. At this pace you would need about {_k} steps to reach $|x| < 10^{{-3}}$.",
        ),
        "bounces": (
            "warn",
            f"Ni converge ni diverge: rebota entre ${kit.tex_number(trajectory_1d[-2])}$ y ${kit.tex_number(_last)}$ para siempre.",
            f"Neither converges nor diverges: it bounces between ${kit.tex_number(trajectory_1d[-2])}$ and ${kit.tex_number(_last)}$ forever.",
        ),
        "diverges": (
            "danger",
            f"Diverge: cada paso se aleja más del mínimo; tras {n_steps_1d} pasos, $|x| \\approx {kit.tex_number(abs(_last))}$.",
            f"Diverges: every step lands farther from the minimum; after {n_steps_1d} steps, $|x| \\approx {kit.tex_number(abs(_last))}$.",
        ),
    }
    _callout_kind, _es, _en = _messages[_kind]
    mo.callout(
        kit.text(
            lang,
            es=f"**η = {lr_1d.value:g}.** {_es} Factor por paso: $1 - 2\\eta = {_factor:.3g}$.",
            en=f"**η = {lr_1d.value:g}.** {_en} Factor per step: $1 - 2\\eta = {_factor:.3g}$.",
        ),
        kind=_callout_kind,
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Prueba $\eta = 0.001$ (avance lento), $0.1$ (converge), $0.5$ (un solo paso), $0.8$
(converge en zigzag), $1.0$ (rebota) y $1.05$ (diverge). A la derecha, en escala
logarítmica, $|x_k| = |1 - 2\eta|^k\,|x_0|$ es una recta: su pendiente es
$\log_{10}|1 - 2\eta|$, negativa si converge y positiva si diverge.
""",
        en=r"""
Try $\eta = 0.001$ (slow progress), $0.1$ (converges), $0.5$ (a single step), $0.8$
(converges zig-zagging), $1.0$ (bounces) and $1.05$ (diverges). On the right, on a log
scale, $|x_k| = |1 - 2\eta|^k\,|x_0|$ is a straight line: its slope is
$\log_{10}|1 - 2\eta|$, negative when it converges and positive when it diverges.
""",
    )
    return


@app.cell(hide_code=True)
def _(np):
    # Diabetes (442 patients): body-mass index -> disease progression one year later. Both are
    # centred and x is standardised (ddof=0), so the model y_hat = w x of section 0 needs no intercept.
    from gradiente.datasets import load_diabetes

    _diabetes = load_diabetes(scaled=False)
    bmi = _diabetes.data[:, _diabetes.feature_names.index("bmi")]
    progression = _diabetes.target
    x_real = (bmi - bmi.mean()) / bmi.std()
    y_real = progression - progression.mean()
    w_star = (x_real @ y_real) / (x_real @ x_real)  # J'(w) = 0
    cost_star = float(np.mean((w_star * x_real - y_real) ** 2))
    polyfit_slope = float(np.polyfit(bmi, progression, 1)[0])  # NumPy's least-squares line, per BMI unit
    return bmi, cost_star, polyfit_slope, progression, w_star, x_real, y_real


@app.cell(hide_code=True)
def _(bmi, kit, lang, np, x_real):
    kit.text(
        lang,
        es=rf"""
## 5. Con datos reales: el costo de la sección 0

El conjunto *diabetes* (viene con Gradiente: `gradiente.datasets.load_diabetes`) tiene
{len(bmi)} pacientes. Para cada uno usamos su índice de masa corporal (IMC, de
{bmi.min():.1f} a {bmi.max():.1f}) como $x$, y una medida de cuánto avanzó su diabetes un año
después como $y$. El modelo de la sección 0, $\hat{{y}} = w\,x$, no tiene término
independiente, así que primero centramos los datos: a $y$ le restamos su media y a $x$ la
estandarizamos (le restamos su media, {bmi.mean():.2f}, y la dividimos entre su desviación
estándar, {bmi.std():.2f}). Con $x$ estandarizada, $\frac{{1}}{{n}}\sum x_i^2 = {np.mean(x_real**2):.0f}$, y el
costo de la sección 0 se vuelve una parábola:

$$
J(w) = \frac{{1}}{{n}}\sum_{{i=1}}^{{n}} \left(w\,x_i - y_i\right)^2 = (w - w^*)^2 + J(w^*), \qquad w^* = \frac{{\sum_i x_i\,y_i}}{{\sum_i x_i^2}}
$$

Es la $x^2$ de la sección 4, desplazada hasta $w^*$: su curvatura es $J'' = 2$, así que la
tabla de la sección 4 vale tal cual. Falta decidir **cuándo parar**: en la práctica no
conocemos $w^*$, así que una regla común es detenerse en cuanto $|J'(w)|$ (en varias
variables, $\lVert \nabla J \rVert$) baja de una tolerancia. Elige la tasa y la tolerancia:
""",
        en=rf"""
## 5. On real data: the cost of section 0

The *diabetes* data set (it comes with Gradiente: `gradiente.datasets.load_diabetes`) has
{len(bmi)} patients. For each one we take the body-mass index (BMI, from {bmi.min():.1f} to
{bmi.max():.1f}) as $x$, and a measure of how far their diabetes progressed one year later
as $y$. The model of section 0, $\hat{{y}} = w\,x$, has no intercept, so we centre the data
first: $y$ minus its mean, and $x$ standardised (minus its mean, {bmi.mean():.2f}, divided
by its standard deviation, {bmi.std():.2f}). With $x$ standardised,
$\frac{{1}}{{n}}\sum x_i^2 = {np.mean(x_real**2):.0f}$, and the cost of section 0 becomes a parabola:

$$
J(w) = \frac{{1}}{{n}}\sum_{{i=1}}^{{n}} \left(w\,x_i - y_i\right)^2 = (w - w^*)^2 + J(w^*), \qquad w^* = \frac{{\sum_i x_i\,y_i}}{{\sum_i x_i^2}}
$$

It is the $x^2$ of section 4, shifted to $w^*$: its curvature is $J'' = 2$, so the table of
section 4 holds as it is. What is left is deciding **when to stop**: in practice we do not
know $w^*$, so a common rule is to stop as soon as $|J'(w)|$ (in several variables,
$\lVert \nabla J \rVert$) falls below a tolerance. Pick the rate and the tolerance:
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    lr_real = mo.ui.slider(
        steps=[0.01, 0.05, 0.1, 0.3, 0.5, 0.8, 0.95, 1.0, 1.02],
        value=0.1,
        show_value=True,
        label=kit.say(lang, es="Tasa de aprendizaje $\\eta$", en="Learning rate $\\eta$"),
    )
    tol_real = mo.ui.dropdown(
        options={
            kit.say(lang, es="sin regla de parada", en="no stopping rule"): 0.0,
            "10⁻¹": 1e-1,
            "10⁻³": 1e-3,
            "10⁻⁶": 1e-6,
        },
        value="10⁻³",
        label=kit.say(lang, es="Tolerancia para $|J'(w)|$", en="Tolerance on $|J'(w)|$"),
    )
    mo.hstack([lr_real, tol_real], justify="start", gap=2)
    return lr_real, tol_real


@app.cell(hide_code=True)
def _(lr_real, np, tol_real, x_real, y_real):
    # Small pure cell: descent on J(w) from w = 0, stopping when |J'(w)| ≤ tol (at most 200 steps).
    max_steps_real = 200
    _w = [0.0]
    stopped_real = None  # the step at which the rule stopped the run
    for _k in range(max_steps_real):
        _slope = 2 * np.mean((_w[-1] * x_real - y_real) * x_real)  # J'(w)
        if abs(_slope) <= tol_real.value:
            stopped_real = _k
            break
        _w.append(_w[-1] - lr_real.value * _slope)
    weights_real = np.array(_w)
    return max_steps_real, stopped_real, weights_real


@app.cell(hide_code=True)
def _(bmi, cost_star, kit, lang, np, plt, progression, w_star, weights_real):
    _fig, (_ax, _ax2) = plt.subplots(1, 2, figsize=(10, 3.7), gridspec_kw={"width_ratios": [1, 1.1], "wspace": 0.28})
    _grid = np.linspace(-25, 115, 200)
    _ax.plot(_grid, (_grid - w_star) ** 2 + cost_star, color="black", lw=2, label="J(w)")
    _inside = weights_real[np.abs(weights_real - w_star) < 70]
    _ax.plot(_inside, (_inside - w_star) ** 2 + cost_star, "-o", color="tab:red", ms=3.5, lw=0.8)
    _ax.plot([w_star], [cost_star], "*", color="tab:green", ms=13, label=f"w* = {w_star:.2f}")
    _ax.set_xlim(-25, 115)
    _ax.set_ylim(cost_star - 300, cost_star + 5200)
    _ax.set_xlabel("w")
    _ax.set_title(
        kit.say(lang, es="El costo y los pasos del descenso", en="The cost and the descent's steps"), fontsize=11
    )
    _ax.legend(loc="upper center", fontsize=8)
    _ax2.plot(bmi, progression, ".", color="#8fb8dc", ms=3)  # a light blue instead of alpha: cheaper to draw
    _ends = np.array([bmi.min() - 1, bmi.max() + 1])
    _w_last = weights_real[-1] if np.isfinite(weights_real[-1]) else 0.0
    _ax2.plot(
        _ends,
        progression.mean() + _w_last * (_ends - bmi.mean()) / bmi.std(),
        color="tab:red",
        lw=2,
        label=kit.say(lang, es="recta del último w", en="line of the last w"),
    )
    _ax2.set_ylim(0, 370)
    _ax2.set_xlabel(kit.say(lang, es="IMC", en="BMI"))
    _ax2.set_ylabel(kit.say(lang, es="progresión", en="progression"))
    _ax2.set_title(kit.say(lang, es="Los datos y el modelo", en="The data and the model"), fontsize=11)
    _ax2.legend(loc="upper left", fontsize=8)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(bmi, kit, lang, lr_real, max_steps_real, mo, np, polyfit_slope, stopped_real, tol_real, w_star, weights_real):
    _w = weights_real[-1]
    _steps = len(weights_real) - 1
    if not np.isfinite(_w) or abs(_w - w_star) >= abs(weights_real[0] - w_star) * (1 - 1e-9):  # no closer than w₀
        _kind = "danger"
        _es = (
            f"Con η = {lr_real.value:g} el descenso no converge: tras {_steps} pasos, $w = {kit.tex_number(_w)}$, "
            f"no más cerca de $w^* = {w_star:.2f}$ que al empezar. La curvatura es 2, así que hace falta η < 1."
        )
        _en = (
            f"With η = {lr_real.value:g} descent does not converge: after {_steps} steps, $w = {kit.tex_number(_w)}$, "
            f"no closer to $w^* = {w_star:.2f}$ than at the start. The curvature is 2, so it needs η < 1."
        )
    elif stopped_real is None:
        _kind = "warn"
        _rule_es = "sin regla de parada" if tol_real.value == 0 else "sin que $|J'(w)|$ bajara de la tolerancia"
        _rule_en = "with no stopping rule" if tol_real.value == 0 else "without $|J'(w)|$ falling below the tolerance"
        _gap = kit.tex_number(abs(_w - w_star))
        _es = f"Dio los {max_steps_real} pasos {_rule_es}: $w = {_w:.6f}$, a ${_gap}$ de $w^* = {w_star:.6f}$."
        _en = f"It took all {max_steps_real} steps {_rule_en}: $w = {_w:.6f}$, ${_gap}$ away from $w^* = {w_star:.6f}$."
    else:
        _kind = "success"
        _gap = kit.tex_number(abs(_w - w_star))
        _es = (
            f"La regla de parada lo detuvo en el paso {stopped_real}: $w = {_w:.6f}$, a ${_gap}$ de "
            f"$w^* = {w_star:.6f}$."
        )
        _en = (
            f"The stopping rule stopped it at step {stopped_real}: $w = {_w:.6f}$, ${_gap}$ away from "
            f"$w^* = {w_star:.6f}$."
        )
    mo.vstack(
        [
            mo.callout(
                kit.text(lang, es=f"**η = {lr_real.value:g}.** {_es}", en=f"**η = {lr_real.value:g}.** {_en}"),
                kind=_kind,
            ),
            kit.text(
                lang,
                es=rf"""
¿Qué significa $w^* = {w_star:.2f}$? Que por cada desviación estándar de IMC ({bmi.std():.2f}
unidades), la progresión sube en promedio {w_star:.2f}: {w_star / bmi.std():.2f} por unidad de
IMC. Es la misma pendiente que da la recta de mínimos cuadrados de NumPy,
`np.polyfit(bmi, progression, 1)`: {polyfit_slope:.2f}. Fíjate también en que la tolerancia
se elige en las unidades de $J'$, no de $w$: aquí $|J'(w)| = 2\,|w - w^*|$.
""",
                en=rf"""
What does $w^* = {w_star:.2f}$ mean? That for every standard deviation of BMI
({bmi.std():.2f} units), progression goes up by {w_star:.2f} on average: {w_star / bmi.std():.2f}
per BMI unit. It is the same slope as NumPy's least-squares line,
`np.polyfit(bmi, progression, 1)`: {polyfit_slope:.2f}. Notice too that the tolerance is
set in the units of $J'$, not of $w$: here $|J'(w)| = 2\,|w - w^*|$.
""",
            ),
        ]
    )
    return


@app.cell(hide_code=True)
def _(grad_f_tilted, kit, lang, np):
    # The Hessian of section 3's f = x² − xy + 3y², and what its largest eigenvalue says about η.
    _hessian = np.array([[2.0, -1.0], [-1.0, 6.0]])
    _eigenvalues = np.linalg.eigvalsh(_hessian)
    _limit = 2 / _eigenvalues[-1]
    _point = np.array([1.5, 1.0])
    for _ in range(200):  # η = 0.325: below 2/(∂²f/∂y²) = 1/3, above 2/λ_max
        _point = _point - 0.325 * grad_f_tilted(*_point)
    _distance = float(np.linalg.norm(_point))
    kit.text(
        lang,
        es=rf"""
## 6. En dos variables: un tazón alargado

Ahora $f(x, y) = x^2 + 5y^2$, con $\nabla f = (2x,\ 10y)$. La regla es la misma, con el
gradiente en lugar de la derivada:

$$
\begin{{pmatrix}} x_{{k+1}} \\ y_{{k+1}} \end{{pmatrix}} = \begin{{pmatrix}} x_k \\ y_k \end{{pmatrix}} - \eta \begin{{pmatrix}} 2x_k \\ 10\,y_k \end{{pmatrix}} \qquad\Longrightarrow\qquad x_{{k+1}} = (1 - 2\eta)\,x_k, \quad y_{{k+1}} = (1 - 10\eta)\,y_k
$$

Cada coordenada tiene su propio factor, y el descenso converge solo si **los dos** tienen
valor absoluto menor que 1: $0 < \eta < 2/10 = 0.2$. Los números 2 y 10 son las curvaturas
de $f$, y las junta la **matriz hessiana**, la de las segundas derivadas:

$$
H = \begin{{pmatrix}} \partial^2 f / \partial x^2 & \partial^2 f / \partial x \partial y \\ \partial^2 f / \partial y \partial x & \partial^2 f / \partial y^2 \end{{pmatrix}} = \begin{{pmatrix}} 2 & 0 \\ 0 & 10 \end{{pmatrix}}
$$

Sus valores propios (lección 1.5) son las curvaturas a lo largo de sus vectores propios,
que aquí son los ejes. El más grande, $\lambda_{{\max}} = 10$, pone el límite:
$\eta < 2/\lambda_{{\max}}$. El más chico, $\lambda_{{\min}} = 2$, marca el ritmo. Y el **zigzag**
aparece cuando $\eta > 1/\lambda_{{\max}} = 0.1$: el factor de la dirección más empinada,
$1 - 10\eta$, se vuelve negativo, el paso se pasa de largo en $y$ y el camino cruza el valle
de un lado al otro. Con $\eta \le 0.1$ no hay zigzag, aunque $-\nabla f$ no apunte al mínimo:
el camino solo se curva. El mejor compromiso es $\eta = 2/(\lambda_{{\min}} + \lambda_{{\max}}) = 1/6$,
donde los dos factores miden $2/3$ en valor absoluto.

Las direcciones que mandan no tienen por qué ser los ejes. Para la
$f(x, y) = x^2 - xy + 3y^2$ de la sección 3, la hessiana es
$\begin{{pmatrix}} 2 & -1 \\ -1 & 6 \end{{pmatrix}}$, con valores propios
$4 \pm \sqrt{{5}} \approx {_eigenvalues[0]:.3f}$ y ${_eigenvalues[1]:.3f}$: el límite es
$\eta < 2/\lambda_{{\max}} \approx {_limit:.4f}$, y no $2/(\partial^2 f/\partial y^2) = 1/3$. Con
$\eta = 0.325$, entre los dos, el descenso diverge: tras 200 pasos la distancia al mínimo es
${kit.tex_number(_distance)}$.

Esto pasa en machine learning cuando las variables de entrada tienen escalas muy distintas o
están muy correlacionadas: la hessiana del costo queda con valores propios muy distintos (un
tazón alargado, y si hay correlación, inclinado). Estandarizar los datos arregla las escalas,
pero no la correlación; por eso existen métodos que sufren menos con un tazón así, como
momentum, Adam y el método de Newton (módulo 3).
""",
        en=rf"""
## 6. In two variables: an elongated bowl

Now $f(x, y) = x^2 + 5y^2$, with $\nabla f = (2x,\ 10y)$. The rule is the same, with the
gradient in place of the derivative:

$$
\begin{{pmatrix}} x_{{k+1}} \\ y_{{k+1}} \end{{pmatrix}} = \begin{{pmatrix}} x_k \\ y_k \end{{pmatrix}} - \eta \begin{{pmatrix}} 2x_k \\ 10\,y_k \end{{pmatrix}} \qquad\Longrightarrow\qquad x_{{k+1}} = (1 - 2\eta)\,x_k, \quad y_{{k+1}} = (1 - 10\eta)\,y_k
$$

Each coordinate has its own factor, and descent converges only if **both** are less than 1
in absolute value: $0 < \eta < 2/10 = 0.2$. The numbers 2 and 10 are the curvatures of $f$,
and the **Hessian matrix**, the matrix of second derivatives, holds them:

$$
H = \begin{{pmatrix}} \partial^2 f / \partial x^2 & \partial^2 f / \partial x \partial y \\ \partial^2 f / \partial y \partial x & \partial^2 f / \partial y^2 \end{{pmatrix}} = \begin{{pmatrix}} 2 & 0 \\ 0 & 10 \end{{pmatrix}}
$$

Its eigenvalues (lesson 1.5) are the curvatures along its eigenvectors, which here are the
axes. The largest, $\lambda_{{\max}} = 10$, sets the limit: $\eta < 2/\lambda_{{\max}}$. The
smallest, $\lambda_{{\min}} = 2$, sets the pace. And the **zig-zag** appears when
$\eta > 1/\lambda_{{\max}} = 0.1$: the factor of the steepest direction, $1 - 10\eta$, turns
negative, the step overshoots in $y$ and the path crosses the valley from side to side. With
$\eta \le 0.1$ there is no zig-zag, even though $-\nabla f$ does not point at the minimum: the
path only bends. The best compromise is $\eta = 2/(\lambda_{{\min}} + \lambda_{{\max}}) = 1/6$,
where both factors are $2/3$ in absolute value.

The directions in charge need not be the axes. For section 3's
$f(x, y) = x^2 - xy + 3y^2$, the Hessian is $\begin{{pmatrix}} 2 & -1 \\ -1 & 6 \end{{pmatrix}}$,
with eigenvalues $4 \pm \sqrt{{5}} \approx {_eigenvalues[0]:.3f}$ and ${_eigenvalues[1]:.3f}$: the
limit is $\eta < 2/\lambda_{{\max}} \approx {_limit:.4f}$, not $2/(\partial^2 f/\partial y^2) = 1/3$.
With $\eta = 0.325$, in between, descent diverges: after 200 steps the distance to the minimum
is ${kit.tex_number(_distance)}$.

This happens in machine learning when the input features have very different scales or are
strongly correlated: the Hessian of the cost then has very different eigenvalues (an elongated
bowl, tilted when there is correlation). Standardising the data fixes the scales but not the
correlation; that is why there are methods that suffer less in such a bowl, such as momentum,
Adam and Newton's method (module 3).
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    lr_2d = mo.ui.slider(
        steps=[0.002, 0.005, 0.01, 0.02, 0.05, 0.08, 0.1, 0.12, 0.15, 0.17, 0.18, 0.19, 0.2, 0.205, 0.21, 0.22],
        value=0.05,
        show_value=True,
        label=kit.say(lang, es="Tasa de aprendizaje $\\eta$", en="Learning rate $\\eta$"),
    )
    lr_2d
    return (lr_2d,)


@app.cell(hide_code=True)
def _(lr_2d, np):
    # Small pure cell: descent on f(x, y) = x² + 5y², whose gradient is (2x, 10y).
    n_steps_2d = 40
    _p = [np.array([-4.0, 1.5])]
    for _ in range(n_steps_2d):
        _x, _y = _p[-1]
        _p.append(_p[-1] - lr_2d.value * np.array([2 * _x, 10 * _y]))
    trajectory_2d = np.array(_p)
    return n_steps_2d, trajectory_2d


@app.cell(hide_code=True)
def _(kit, lang, lr_2d, n_steps_2d, np, plt, trajectory_2d):
    _fig, (_ax, _ax2) = plt.subplots(1, 2, figsize=(10, 3.6), gridspec_kw={"width_ratios": [1.55, 1], "wspace": 0.2})
    _xs = np.linspace(-5, 5, 201)
    _ys = np.linspace(-2.6, 2.6, 121)
    _X, _Y = np.meshgrid(_xs, _ys)
    _ax.contour(_X, _Y, _X**2 + 5 * _Y**2, levels=[0.25, 1, 2.5, 5, 9, 14, 20, 28], cmap="viridis", linewidths=1)
    _inside = (np.abs(trajectory_2d[:, 0]) <= 5) & (np.abs(trajectory_2d[:, 1]) <= 2.6)
    _first_out = len(trajectory_2d) if _inside.all() else int(np.argmin(_inside))
    _path = trajectory_2d[:_first_out]
    _ax.plot(_path[:, 0], _path[:, 1], "-o", color="tab:red", ms=3.5, lw=1.1)
    _ax.plot([trajectory_2d[0, 0]], [trajectory_2d[0, 1]], "o", ms=10, mfc="none", mec="black")
    _ax.annotate(r"$(x_0, y_0)$", trajectory_2d[0], textcoords="offset points", xytext=(-10, 9), fontsize=9)
    _ax.plot([0], [0], "*", color="tab:green", ms=13)
    if _first_out < len(trajectory_2d):
        _ax.text(
            0.98,
            0.96,
            kit.say(lang, es=f"sale del cuadro en el paso {_first_out}", en=f"leaves the frame at step {_first_out}"),
            transform=_ax.transAxes,
            ha="right",
            va="top",
            fontsize=9,
            color="tab:red",
            bbox=dict(facecolor="white", edgecolor="tab:red", boxstyle="round,pad=0.3"),
        )
    _ax.set_xlim(-5, 5)
    _ax.set_ylim(-2.6, 2.6)
    _ax.set_aspect("equal")
    _ax.set_xlabel("x")
    _ax.set_ylabel("y")
    _ax.set_title(
        kit.say(
            lang,
            es=f"$f(x, y) = x^2 + 5y^2$ con η = {lr_2d.value:g}",
            en=f"$f(x, y) = x^2 + 5y^2$ with η = {lr_2d.value:g}",
        ),
        fontsize=11,
    )
    _k = np.arange(n_steps_2d + 1)
    _ax2.plot(
        _k,
        trajectory_2d[:, 0],
        "o-",
        ms=3,
        lw=1,
        label=r"$x_k$  " + kit.say(lang, es="(factor", en="(factor") + f" {1 - 2 * lr_2d.value:.2f})",
    )
    _ax2.plot(
        _k,
        trajectory_2d[:, 1],
        "s-",
        ms=3,
        lw=1,
        label=r"$y_k$  " + kit.say(lang, es="(factor", en="(factor") + f" {1 - 10 * lr_2d.value:.2f})",
    )
    _ax2.axhline(0, color="0.6", lw=0.8)
    _ax2.set_ylim(-5, 5)
    _ax2.set_xlabel(kit.say(lang, es="paso k", en="step k"))
    _ax2.set_title(kit.say(lang, es="Cada coordenada por separado", en="Each coordinate on its own"), fontsize=11)
    _ax2.legend(fontsize=8, loc="upper right")
    _ax2.grid(True, color="0.9")
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang, lr_2d, mo, n_steps_2d, np, trajectory_2d):
    _costs = trajectory_2d[:, 0] ** 2 + 5 * trajectory_2d[:, 1] ** 2
    _kind, _k = kit.classify_run(_costs)
    _zigzag = bool(np.any(trajectory_2d[:-1, 1] * trajectory_2d[1:, 1] < 0))
    _x_last, _y_last = trajectory_2d[-1]
    _zz_es = " en zigzag (y cambia de signo en cada paso)" if _zigzag else " sin zigzag"
    _zz_en = " in a zig-zag (y changes sign at every step)" if _zigzag else " without zig-zagging"
    _messages = {
        "converges": (
            "success",
            f"Converge{_zz_es}: $f < 10^{{-6}}$ desde el paso {_k}.",
            f"Converges{_zz_en}: $f < 10^{{-6}}$ from step {_k} on.",
        ),
        "slow": (
            "warn",
            f"Avance lento{_zz_es}: tras {n_steps_2d} pasos estás en $({kit.tex_number(_x_last)},\\ {kit.tex_number(_y_last)})$, con $f = {kit.tex_number(_costs[-1])}$. A este ritmo harían falta unos {_k} pasos para llegar a $f < 10^{{-6}}$.",
            f"Slow progress{_zz_en}: after {n_steps_2d} steps you are at $({kit.tex_number(_x_last)},\\ {kit.tex_number(_y_last)})$, with $f = {kit.tex_number(_costs[-1])}$. At this pace it would take about {_k} steps to reach $f < 10^{{-6}}$.",
        ),
        "bounces": (
            "warn",
            f"Ni converge ni diverge: $x$ se acerca a 0, pero $y$ rebota entre ${kit.tex_number(trajectory_2d[-2, 1])}$ y ${kit.tex_number(_y_last)}$ para siempre.",
            f"Neither converges nor diverges: $x$ approaches 0, but $y$ bounces between ${kit.tex_number(trajectory_2d[-2, 1])}$ and ${kit.tex_number(_y_last)}$ forever.",
        ),
        "diverges": (
            "danger",
            f"Diverge: el zigzag crece en cada paso; tras {n_steps_2d} pasos, $f \\approx {kit.tex_number(_costs[-1])}$.",
            f"Diverges: the zig-zag grows at every step; after {n_steps_2d} steps, $f \\approx {kit.tex_number(_costs[-1])}$.",
        ),
    }
    _callout_kind, _es, _en = _messages[_kind]
    mo.callout(
        kit.text(lang, es=f"**η = {lr_2d.value:g}.** {_es}", en=f"**η = {lr_2d.value:g}.** {_en}"), kind=_callout_kind
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Prueba $\eta = 0.01$ (el camino baja rápido en $y$ y luego se arrastra por el fondo del
valle en $x$), $0.05$ y $0.1$ (se curva, sin zigzag), $0.12$ (zigzag que converge), $0.17$
(cerca de la mejor tasa, $\eta = 1/6$), $0.2$ (rebota en $y$) y $0.21$ (diverge). Es
exactamente lo que predicen los factores $1 - 2\eta$ y $1 - 10\eta$.

## 7. Cuando la función no es convexa

Todas las funciones que minimizaste hasta ahora son tazones: **convexas** (el segmento entre dos
puntos cualesquiera de la gráfica queda por encima de ella), con un solo mínimo al que el
descenso llega desde cualquier punto si la tasa es lo bastante chica. La cúbica de la sección 1,
$f(x) = x^3/3 - x$, no lo es. Su derivada $f'(x) = x^2 - 1$ se anula en dos puntos: en
$x = 1$ hay un mínimo **local** ($f''(1) = 2 > 0$) y en $x = -1$ un máximo local
($f''(-1) = -2 < 0$); y hacia la izquierda la función baja sin fin, así que no tiene mínimo
global. Mueve $x_0$ y $\eta$:

- desde $x_0 > -1$, con una tasa chica, el descenso llega al mínimo local $x = 1$;
- desde $x_0 < -1$, se va hacia $-\infty$: no hay mínimo que encontrar;
- desde $x_0 = -1$ no se mueve, porque $f'(-1) = 0$: una regla de parada con $|f'(x)| \le$ tol
  diría “listo” en un máximo;
- con una tasa grande, un paso puede saltar por encima de la loma: prueba $x_0 = 3$ con
  $\eta = 0.3$, $0.5$ y $0.8$.

El costo de una red neuronal tampoco es convexo: tiene muchos mínimos locales y puntos de
silla, y por eso el punto de partida y la tasa importan tanto (módulos 3 y 4).
""",
        en=r"""
Try $\eta = 0.01$ (the path drops quickly in $y$, then crawls along the valley floor in
$x$), $0.05$ and $0.1$ (it bends, without zig-zagging), $0.12$ (a zig-zag that converges),
$0.17$ (close to the best rate, $\eta = 1/6$), $0.2$ (bounces in $y$) and $0.21$ (diverges).
It is exactly what the factors $1 - 2\eta$ and $1 - 10\eta$ predict.

## 7. When the function is not convex

Every function you have minimised so far is a bowl: **convex** (the segment between any two
points of the graph lies above it), with a single minimum that descent reaches from any
start if the rate is small enough. The cubic of section 1, $f(x) = x^3/3 - x$, is not. Its
derivative $f'(x) = x^2 - 1$ is zero at two points: $x = 1$ is a **local** minimum
($f''(1) = 2 > 0$) and $x = -1$ a local maximum ($f''(-1) = -2 < 0$); and to the left the
function falls forever, so it has no global minimum. Move $x_0$ and $\eta$:

- from $x_0 > -1$, with a small rate, descent reaches the local minimum $x = 1$;
- from $x_0 < -1$, it runs off towards $-\infty$: there is no minimum to find;
- from $x_0 = -1$ it does not move, because $f'(-1) = 0$: a stopping rule with
  $|f'(x)| \le$ tol would say “done” at a maximum;
- with a large rate, one step can jump over the hill: try $x_0 = 3$ with $\eta = 0.3$, $0.5$
  and $0.8$.

The cost of a neural network is not convex either: it has many local minima and saddle
points, which is why the starting point and the rate matter so much (modules 3 and 4).
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    x0_cubic = mo.ui.slider(
        steps=[round(-2.0 + 0.1 * _i, 1) for _i in range(51)],
        value=-0.5,
        show_value=True,
        label=kit.say(lang, es="Punto inicial $x_0$", en="Starting point $x_0$"),
    )
    lr_cubic = mo.ui.slider(
        steps=[0.05, 0.1, 0.2, 0.3, 0.5, 0.8],
        value=0.2,
        show_value=True,
        label=kit.say(lang, es="Tasa de aprendizaje $\\eta$", en="Learning rate $\\eta$"),
    )
    mo.hstack([x0_cubic, lr_cubic], justify="start", gap=2)
    return lr_cubic, x0_cubic


@app.cell(hide_code=True)
def _(f_cubic_prime, lr_cubic, np, x0_cubic):
    # Small pure cell: descent on the cubic, x ← x − η f'(x), stopped early once it has clearly run off.
    n_steps_cubic = 100
    _x = [x0_cubic.value]
    for _ in range(n_steps_cubic):
        _x.append(_x[-1] - lr_cubic.value * f_cubic_prime(_x[-1]))
        if abs(_x[-1]) > 1e6:
            break
    trajectory_cubic = np.array(_x)
    return n_steps_cubic, trajectory_cubic


@app.cell(hide_code=True)
def _(f_cubic, kit, lang, lr_cubic, np, plt, trajectory_cubic, x0_cubic):
    _fig, _ax = plt.subplots(figsize=(7.5, 4.0))
    _grid = np.linspace(-3.0, 3.5, 300)
    _ax.axhline(0, color="0.85", lw=0.8)
    _ax.plot(_grid, f_cubic(_grid), color="black", lw=2, label=r"$f(x) = x^3/3 - x$")
    _shown = trajectory_cubic[(trajectory_cubic > -3.0) & (trajectory_cubic < 3.5)]
    _ax.plot(_shown, f_cubic(_shown), "-", color="tab:red", lw=0.8, alpha=0.6)
    _ax.scatter(
        _shown,
        f_cubic(_shown),
        c=np.arange(len(_shown)),
        cmap="autumn",
        s=26,
        zorder=3,
        edgecolors="black",
        linewidths=0.4,
    )
    _ax.plot(
        [1.0],
        [f_cubic(1.0)],
        "*",
        color="tab:green",
        ms=13,
        label=kit.say(lang, es="mínimo local (x = 1)", en="local minimum (x = 1)"),
    )
    _ax.plot(
        [-1.0],
        [f_cubic(-1.0)],
        "^",
        color="tab:purple",
        ms=9,
        label=kit.say(lang, es="máximo local (x = −1)", en="local maximum (x = −1)"),
    )
    if len(_shown) < len(trajectory_cubic):
        _ax.text(
            0.02,
            0.04,
            kit.say(lang, es="algunos puntos salieron del cuadro", en="some points left the frame"),
            transform=_ax.transAxes,
            ha="left",
            va="bottom",
            fontsize=9,
            color="tab:red",
            bbox=dict(facecolor="white", edgecolor="tab:red", boxstyle="round,pad=0.3"),
        )
    _ax.set_xlim(-3.0, 3.5)
    _ax.set_ylim(-6.5, 6.5)
    _ax.set_xlabel("x")
    _ax.set_title(
        kit.say(
            lang,
            es=f"Descenso desde $x_0$ = {x0_cubic.value:g} con η = {lr_cubic.value:g}",
            en=f"Descent from $x_0$ = {x0_cubic.value:g} with η = {lr_cubic.value:g}",
        ),
        fontsize=11,
    )
    _ax.legend(loc="upper left", fontsize=8)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(f_cubic_prime, kit, lang, lr_cubic, mo, n_steps_cubic, np, trajectory_cubic):
    _last = trajectory_cubic[-1]
    _steps = len(trajectory_cubic) - 1
    if not np.isfinite(_last) or _last < -1e3:
        _kind = "danger"
        _es = (
            f"Se fue hacia $-\\infty$: en {_steps} pasos llegó a $x \\approx {kit.tex_number(_last)}$. A la "
            "izquierda de $x = -1$ la pendiente es positiva, así que cada paso va más a la izquierda, y $f$ no "
            "tiene mínimo."
        )
        _en = (
            f"It ran off towards $-\\infty$: in {_steps} steps it reached $x \\approx {kit.tex_number(_last)}$. Left "
            "of $x = -1$ the slope is positive, so every step goes further left, and $f$ has no minimum."
        )
    elif abs(_last - 1.0) < 1e-6:
        _first = int(np.argmax(np.abs(trajectory_cubic - 1.0) < 1e-6))
        _kind = "success"
        _es = f"Llegó al mínimo local $x = 1$ (a menos de $10^{{-6}}$ desde el paso {_first})."
        _en = f"It reached the local minimum $x = 1$ (within $10^{{-6}}$ from step {_first} on)."
    elif abs(f_cubic_prime(_last)) < 1e-12:
        _kind = "warn"
        _es = (
            "Se quedó quieto en el máximo local $x = -1$: allí $f'(-1) = 0$, así que el paso es cero. Un "
            "gradiente nulo no garantiza un mínimo."
        )
        _en = (
            "It stopped at the local maximum $x = -1$: there $f'(-1) = 0$, so the step is zero. A zero gradient "
            "does not guarantee a minimum."
        )
    else:
        _kind = "warn"
        _es = f"Tras {n_steps_cubic} pasos sigue en camino: $x = {_last:.6f}$."
        _en = f"After {n_steps_cubic} steps it is still on its way: $x = {_last:.6f}$."
    mo.callout(
        kit.text(lang, es=f"**η = {lr_cubic.value:g}.** {_es}", en=f"**η = {lr_cubic.value:g}.** {_en}"), kind=_kind
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
En el último ejercicio programas el descenso de gradiente en general. Tu función recibe una
función `grad` que calcula $\nabla f$, da hasta `n_steps` pasos, se detiene antes si
$\lVert \nabla f(x) \rVert \le$ `tol`, y devuelve la trayectoria completa, como las de estas
gráficas.
""",
        en=r"""
In the last exercise you write gradient descent in general. Your function receives a
function `grad` that computes $\nabla f$, takes up to `n_steps` steps, stops earlier once
$\lVert \nabla f(x) \rVert \le$ `tol`, and returns the whole trajectory, like the ones in
these plots.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_gradient_descent = kit.exercise("gradient_descent", lang)
    ex_gradient_descent
    return (ex_gradient_descent,)


@app.cell(hide_code=True)
def _(ex_gradient_descent, kit):
    kit.feedback(ex_gradient_descent)
    return


@app.cell(hide_code=True)
def _(ex_gradient_descent, kit):
    kit.hints(ex_gradient_descent)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 8. Autoevaluación

Cuatro preguntas rápidas. La respuesta se corrige en cuanto eliges una opción.
""",
        en=r"""
## 8. Self-check

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
                es="**1.** Mientras domina el error de truncamiento, si divides $h$ entre 10, el error de la diferencia central se divide aproximadamente entre…",
                en="**1.** While truncation error dominates, if you divide $h$ by 10, the error of the central difference is divided by about…",
            ),
            (T.same("10"), T.same("100"), T.same("1000"), T(es="no cambia", en="it does not change")),
            answer=1,
            why=T(
                es=r"El error es $\approx \frac{h^2}{6}|f'''(x)|$, proporcional a $h^2$: $(1/10)^2 = 1/100$. Es la recta de pendiente 2 del gráfico log-log.",
                en=r"The error is $\approx \frac{h^2}{6}|f'''(x)|$, proportional to $h^2$: $(1/10)^2 = 1/100$. It is the slope-2 line of the log-log plot.",
            ),
        ),
        Question(
            T(
                es=r"**2.** En un punto donde $\nabla f \neq 0$, el gradiente…",
                en=r"**2.** At a point where $\nabla f \neq 0$, the gradient…",
            ),
            (
                T(es="apunta siempre hacia el mínimo", en="always points at the minimum"),
                T(es="es tangente a la curva de nivel", en="is tangent to the level curve"),
                T(
                    es="es perpendicular a la curva de nivel y apunta hacia donde f sube más rápido",
                    en="is perpendicular to the level curve and points where f rises fastest",
                ),
                T(es="siempre mide 1", en="always has length 1"),
            ),
            answer=2,
            why=T(
                es=r"$D_u f = \nabla f \cdot u$ es máxima en la dirección de $\nabla f$ y vale 0 a lo largo de la curva de nivel. En general $-\nabla f$ no apunta al mínimo, y por eso el camino del descenso se curva (el zigzag es otra cosa: un paso demasiado largo para la dirección más empinada).",
                en=r"$D_u f = \nabla f \cdot u$ is largest along $\nabla f$ and is 0 along the level curve. In general $-\nabla f$ does not point at the minimum, which is why the path of descent bends (the zig-zag is something else: a step too long for the steepest direction).",
            ),
        ),
        Question(
            T(
                es=r"**3.** Para $f(x, y) = x^2 + 5y^2$, ¿con qué tasas el descenso converge, pero en zigzag?",
                en=r"**3.** For $f(x, y) = x^2 + 5y^2$, for which rates does descent converge, but zig-zagging?",
            ),
            (
                T.same("0 < η < 0.1"),
                T.same("0.1 < η < 0.2"),
                T.same("0.2 < η < 1"),
                T(es="con ninguna: si zigzaguea, diverge", en="none: if it zig-zags, it diverges"),
            ),
            answer=1,
            why=T(
                es=r"La hessiana tiene valores propios 2 y 10. El factor de la dirección más empinada, $1 - 10\eta$, es negativo (el paso se pasa de largo) cuando $\eta > 1/10$, y tiene valor absoluto menor que 1 mientras $\eta < 2/10 = 2/\lambda_{\max}$.",
                en=r"The Hessian has eigenvalues 2 and 10. The factor of the steepest direction, $1 - 10\eta$, is negative (the step overshoots) when $\eta > 1/10$, and below 1 in absolute value while $\eta < 2/10 = 2/\lambda_{\max}$.",
            ),
        ),
        Question(
            T(
                es=r"**4.** Descenso de gradiente sobre $f(x) = x^3/3 - x$ desde $x_0 = -1$ con una regla de parada $|f'(x)| \le 10^{-6}$: se detiene antes del primer paso. ¿Qué encontró?",
                en=r"**4.** Gradient descent on $f(x) = x^3/3 - x$ from $x_0 = -1$ with the stopping rule $|f'(x)| \le 10^{-6}$: it stops before the first step. What did it find?",
            ),
            (
                T(es="el mínimo de f", en="the minimum of f"),
                T(es="un mínimo local", en="a local minimum"),
                T(es="un máximo local", en="a local maximum"),
                T(es="nada: la regla está mal escrita", en="nothing: the rule is written wrong"),
            ),
            answer=2,
            why=T(
                es=r"$f'(-1) = 0$, pero $f''(-1) = -2 < 0$: es un máximo local. La regla de parada solo dice que la pendiente es casi cero; en una función no convexa eso no basta para estar en un mínimo.",
                en=r"$f'(-1) = 0$, but $f''(-1) = -2 < 0$: it is a local maximum. The stopping rule only says the slope is nearly zero; for a function that is not convex that is not enough to be at a minimum.",
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
## 9. Resumen

- La derivada $f'(x)$ es el límite de las pendientes de las secantes, el mismo por los dos lados: $f'(x) = \lim_{h \to 0} \dfrac{f(x + h) - f(x)}{h}$. La tangente es la mejor aproximación lineal de $f$: $f(x + h) \approx f(x) + f'(x)\,h$.
- Numéricamente, la diferencia central $\dfrac{f(x + h) - f(x - h)}{2h}$ tiene error $O(h^2)$ y la diferencia hacia adelante $O(h)$; un $h$ demasiado pequeño empeora todo por el redondeo. Para la central, $h \approx 10^{-5}\,\max(1, |x|)$ es una buena elección: el paso óptimo depende de $f$, pero el fondo del error es plano.
- El gradiente $\nabla f$ junta las derivadas parciales; apunta hacia donde $f$ sube más rápido y es perpendicular a las curvas de nivel. Calcularlo con diferencias cuesta $2n$ evaluaciones de $f$.
- El descenso de gradiente repite $x \leftarrow x - \eta\,\nabla f(x)$. Si $L$ es la curvatura más grande de $f$ (el máximo de $|f''|$; en varias variables, el mayor valor propio $\lambda_{\max}$ de la hessiana en valor absoluto), toda tasa $0 < \eta < 2/L$ hace bajar a $f$ en cada paso (mientras $\nabla f \neq 0$); para asegurar que llega al mínimo hace falta además que $f$ sea convexa. En un tazón cuadrático, con $\eta > 1/\lambda_{\max}$ el paso se pasa de largo en la dirección más empinada y el camino zigzaguea; una tasa $\eta$ diminuta avanza lento.
- La dirección de mayor curvatura limita $\eta$ y la de menor curvatura fija la velocidad: son los vectores propios de la hessiana, no siempre los ejes.
- Con datos reales y $x$ estandarizada, el costo $J(w)$ de la sección 0 es una parábola de curvatura 2. Una regla de parada, $\lVert \nabla J \rVert \le$ tol, dice cuándo detenerse; pero un gradiente nulo no garantiza un mínimo: en una función no convexa puede ser un máximo o un mínimo solo local.
""",
        en=r"""
## 9. Summary

- The derivative $f'(x)$ is the limit of the slopes of secants, the same from both sides: $f'(x) = \lim_{h \to 0} \dfrac{f(x + h) - f(x)}{h}$. The tangent is the best linear approximation of $f$: $f(x + h) \approx f(x) + f'(x)\,h$.
- Numerically, the central difference $\dfrac{f(x + h) - f(x - h)}{2h}$ has error $O(h^2)$ and the forward difference $O(h)$; an $h$ that is too small makes everything worse through round-off. For the central one, $h \approx 10^{-5}\,\max(1, |x|)$ is a good choice: the best step depends on $f$, but the bottom of the error is flat.
- The gradient $\nabla f$ collects the partial derivatives; it points where $f$ rises fastest and is perpendicular to the level curves. Computing it by differences costs $2n$ evaluations of $f$.
- Gradient descent repeats $x \leftarrow x - \eta\,\nabla f(x)$. If $L$ is the largest curvature of $f$ (the largest $|f''|$; in several variables, the largest eigenvalue $\lambda_{\max}$ of the Hessian in absolute value), every rate $0 < \eta < 2/L$ makes $f$ go down at every step (while $\nabla f \neq 0$); to be sure it reaches the minimum, $f$ must also be convex. In a quadratic bowl, with $\eta > 1/\lambda_{\max}$ the step overshoots along the steepest direction and the path zig-zags; a tiny rate $\eta$ crawls.
- The direction of largest curvature caps $\eta$ and the one of smallest curvature sets the speed: they are the Hessian's eigenvectors, not always the axes.
- On real data with $x$ standardised, the cost $J(w)$ of section 0 is a parabola of curvature 2. A stopping rule, $\lVert \nabla J \rVert \le$ tol, says when to stop; but a zero gradient does not guarantee a minimum: for a function that is not convex it may be a maximum, or a minimum that is only local.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es="## 10. Para seguir: recursos de la guía de estudio",
        en="## 10. Keep going: resources from the study guide",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.resources("derivatives-gradient-descent", lang)
    return


if __name__ == "__main__":
    app.run()
