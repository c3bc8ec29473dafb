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
gradiente es la regla «da un paso cuesta abajo». En esta lección construyes las dos
cosas desde cero.

**Al terminar podrás:**

- explicar la derivada como el límite de las pendientes de rectas secantes;
- aproximar una derivada con diferencias finitas y saber qué paso $h$ usar (y por qué uno demasiado pequeño empeora el resultado);
- calcular derivadas parciales y el gradiente, y saber hacia dónde apunta;
- programar el descenso de gradiente y predecir, con la tasa de aprendizaje, si converge, avanza lento, zigzaguea o diverge.
""",
        en=r"""
Training a model is walking down a mountain blindfolded: all you can feel is how the
ground slopes under your feet. The derivative is that slope, and gradient descent is the
rule "take a step downhill". In this lesson you build both from scratch.

**By the end you will be able to:**

- explain the derivative as the limit of the slopes of secant lines;
- approximate a derivative with finite differences and know which step $h$ to use (and why one that is too small makes things worse);
- compute partial derivatives and the gradient, and say where it points;
- write gradient descent and predict from the learning rate whether it converges, crawls, zig-zags or diverges.
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
peso $w$. Para saber qué tan bien predice sobre los datos $(x_1, y_1), \dots, (x_n, y_n)$
usamos una **función de costo**, por ejemplo el error cuadrático medio:

$$
J(w) = \frac{1}{n}\sum_{i=1}^{n} \left(w\,x_i - y_i\right)^2
$$

Aprender es encontrar el $w$ que hace $J(w)$ lo más pequeño posible. La derivada

$$
J'(w) = \frac{2}{n}\sum_{i=1}^{n} \left(w\,x_i - y_i\right)x_i
$$

dice cómo cambia el costo si mueves $w$ un poquito: si $J'(w) > 0$, el costo sube al
aumentar $w$, así que conviene disminuirlo; si $J'(w) < 0$, conviene aumentarlo. Con
millones de parámetros la idea es la misma, solo que la derivada se vuelve un vector: el
gradiente.
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
gradient.
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
que los une es una **secante**, y su pendiente es el **cociente de diferencias**

$$
\frac{f(x_0 + h) - f(x_0)}{h}
$$

Si acercas el segundo punto al primero ($h \to 0$), la secante gira hasta quedar pegada a
la curva en $x_0$: es la **recta tangente**. Su pendiente es la **derivada**:

$$
f'(x_0) = \lim_{h \to 0} \frac{f(x_0 + h) - f(x_0)}{h}
$$

Aquí $f(x) = x^3/3 - x$, cuya derivada exacta es $f'(x) = x^2 - 1$. Mueve $x_0$ y
achica $h$: mira cómo la secante (naranja) se acerca a la tangente (azul).
""",
        en=r"""
## 1. From the secant to the tangent

Take two points on the graph of $f$: $(x_0, f(x_0))$ and $(x_0 + h, f(x_0 + h))$. The line
through them is a **secant**, and its slope is the **difference quotient**

$$
\frac{f(x_0 + h) - f(x_0)}{h}
$$

As the second point slides towards the first ($h \to 0$), the secant turns until it
hugs the curve at $x_0$: it becomes the **tangent line**. Its slope is the **derivative**:

$$
f'(x_0) = \lim_{h \to 0} \frac{f(x_0 + h) - f(x_0)}{h}
$$

Here $f(x) = x^3/3 - x$, whose exact derivative is $f'(x) = x^2 - 1$. Move $x_0$
and shrink $h$: watch the secant (orange) approach the tangent (blue).
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
    x0_slider = mo.ui.slider(-2.0, 2.0, step=0.1, value=-1.5, show_value=True,
                             label=kit.say(lang, es="Punto $x_0$", en="Point $x_0$"))
    h_slider = mo.ui.slider(steps=[0.001, 0.01, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1.0, 1.5, 2.0],
                            value=1.5, show_value=True,
                            label=kit.say(lang, es="Paso $h$", en="Step $h$"))
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
    _ax.plot(_grid, f_cubic(_x0) + tangent_slope * (_grid - _x0), color="tab:blue", lw=1.8,
             label=kit.say(lang, es="tangente", en="tangent") + f": {tangent_slope:+.4f}")
    _ax.plot(_grid, f_cubic(_x0) + secant_slope * (_grid - _x0), color="tab:orange", lw=1.8, ls="--",
             label=kit.say(lang, es="secante", en="secant") + f": {secant_slope:+.4f}")
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
    _ax.set_title(kit.say(lang, es=f"Pendientes en $x_0$ = {_x0:.1f} con $h$ = {_h:g}",
                          en=f"Slopes at $x_0$ = {_x0:.1f} with $h$ = {_h:g}"))
    _ax.legend(loc="upper left", fontsize=9)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(f_cubic, kit, lang, secant_slope, tangent_slope, x0_slider):
    _x0 = x0_slider.value
    _rows = []
    for _h in (1.0, 0.1, 0.01, 0.001, 0.0001):
        _slope = (f_cubic(_x0 + _h) - f_cubic(_x0)) / _h
        _rows.append(f"| {_h:g} | {_slope:+.6f} | {_slope - tangent_slope:+.2e} |")
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

La diferencia con la tangente es $x_0 h + h^2/3$, que se va a cero con $h$: eso es el límite.
En $x_0 = {_x0:.1f}$, al dividir $h$ entre 10:

| $h$ | {kit.say(lang, es="pendiente de la secante", en="secant slope")} | {kit.say(lang, es="menos la tangente", en="minus the tangent")} |
|---:|---:|---:|
{_table}
""",
            en=rf"""
Secant slope: **{secant_slope:+.4f}** · tangent slope $f'(x_0)$: **{tangent_slope:+.4f}** ·
difference: **{secant_slope - tangent_slope:+.4f}**.

For this $f$ you can do the algebra exactly: expanding $(x_0 + h)^3$,

$$
\frac{{f(x_0 + h) - f(x_0)}}{{h}} = x_0^2 - 1 + x_0\,h + \frac{{h^2}}{{3}}
$$

The gap to the tangent is $x_0 h + h^2/3$, which goes to zero with $h$: that is the limit.
At $x_0 = {_x0:.1f}$, dividing $h$ by 10 each time:

| $h$ | {kit.say(lang, es="pendiente de la secante", en="secant slope")} | {kit.say(lang, es="menos la tangente", en="minus the tangent")} |
|---:|---:|---:|
{_table}
""",
        )
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 2. La derivada numérica y su error

Una computadora no puede tomar el límite, pero sí puede usar un $h$ pequeño. Hay dos
fórmulas clásicas. La **diferencia hacia adelante** es la secante de arriba; la
**diferencia central** mira a ambos lados de $x$:

$$
D_+ f(x) = \frac{f(x + h) - f(x)}{h}, \qquad D_0 f(x) = \frac{f(x + h) - f(x - h)}{2h}
$$

¿Cuál es mejor? Lo dice el desarrollo de Taylor:

$$
f(x \pm h) = f(x) \pm h f'(x) + \frac{h^2}{2} f''(x) \pm \frac{h^3}{6} f'''(x) + O(h^4)
$$

Restando $f(x)$ y dividiendo entre $h$, la diferencia hacia adelante deja un error
proporcional a $h$. Restando las dos expansiones, los términos en $h^2$ se cancelan y la
central deja un error proporcional a $h^2$:

$$
D_+ f(x) = f'(x) + \frac{h}{2} f''(x) + O(h^2), \qquad D_0 f(x) = f'(x) + \frac{h^2}{6} f'''(x) + O(h^4)
$$

Pero hay un segundo error. Cada valor de $f$ se guarda con unos 16 dígitos (el épsilon de
máquina es $\varepsilon \approx 2.2 \times 10^{-16}$). Al restar dos números casi iguales
se pierden dígitos, y al dividir entre un $h$ diminuto ese error de **redondeo** crece como
$\varepsilon\,|f(x)|/h$. El mejor $h$ equilibra los dos errores: cerca de
$\sqrt{\varepsilon} \approx 10^{-8}$ para la diferencia hacia adelante y cerca de
$\sqrt[3]{\varepsilon} \approx 10^{-5}$ para la central.

El experimento de abajo mide el error al derivar $\sin$ en $x = 1$ (la respuesta exacta es
$\cos 1$) con $h$ desde $1$ hasta $10^{-15}$.
""",
        en=r"""
## 2. The numerical derivative and its error

A computer cannot take the limit, but it can use a small $h$. There are two classic
formulas. The **forward difference** is the secant above; the **central difference**
looks at both sides of $x$:

$$
D_+ f(x) = \frac{f(x + h) - f(x)}{h}, \qquad D_0 f(x) = \frac{f(x + h) - f(x - h)}{2h}
$$

Which is better? Taylor's expansion tells:

$$
f(x \pm h) = f(x) \pm h f'(x) + \frac{h^2}{2} f''(x) \pm \frac{h^3}{6} f'''(x) + O(h^4)
$$

Subtracting $f(x)$ and dividing by $h$, the forward difference keeps an error
proportional to $h$. Subtracting the two expansions, the $h^2$ terms cancel and the
central difference keeps an error proportional to $h^2$:

$$
D_+ f(x) = f'(x) + \frac{h}{2} f''(x) + O(h^2), \qquad D_0 f(x) = f'(x) + \frac{h^2}{6} f'''(x) + O(h^4)
$$

But there is a second error. Each value of $f$ is stored with about 16 digits (machine
epsilon is $\varepsilon \approx 2.2 \times 10^{-16}$). Subtracting two nearly equal
numbers loses digits, and dividing by a tiny $h$ makes that **round-off** error grow like
$\varepsilon\,|f(x)|/h$. The best $h$ balances the two errors: near
$\sqrt{\varepsilon} \approx 10^{-8}$ for the forward difference and near
$\sqrt[3]{\varepsilon} \approx 10^{-5}$ for the central one.

The experiment below measures the error when differentiating $\sin$ at $x = 1$ (the exact
answer is $\cos 1$) with $h$ from $1$ down to $10^{-15}$.
""",
    )
    return


@app.cell(hide_code=True)
def _(mo, np):
    def forward_difference(f, x, h):
        return (f(x + h) - f(x)) / h

    def central_difference(f, x, h):
        return (f(x + h) - f(x - h)) / (2 * h)

    step_sizes = np.logspace(-15, 0, 151)
    exact = np.cos(1.0)  # d/dx sin x = cos x
    forward_errors = np.abs(forward_difference(np.sin, 1.0, step_sizes) - exact)
    central_errors = np.abs(central_difference(np.sin, 1.0, step_sizes) - exact)
    mo.show_code()
    return central_errors, forward_errors, step_sizes


@app.cell(hide_code=True)
def _(central_errors, forward_errors, kit, lang, np, plt, step_sizes):
    _eps = np.finfo(float).eps
    _floor = 1e-17  # an error of exactly 0 cannot sit on a log axis
    _fig, _ax = plt.subplots(figsize=(9.5, 4.6))
    _ax.loglog(step_sizes, np.maximum(forward_errors, _floor), ".", color="tab:orange", ms=4,
               label=kit.say(lang, es="hacia adelante (medido)", en="forward (measured)"))
    _ax.loglog(step_sizes, np.maximum(central_errors, _floor), ".", color="tab:blue", ms=4,
               label=kit.say(lang, es="central (medido)", en="central (measured)"))
    # The predictions from Taylor's expansion and from round-off, as guide lines.
    _ax.loglog(step_sizes, step_sizes / 2 * np.sin(1.0), "--", color="tab:orange", lw=1,
               label=r"$\frac{h}{2}|f''(1)|$ " + kit.say(lang, es="(pendiente 1)", en="(slope 1)"))
    _ax.loglog(step_sizes, step_sizes**2 / 6 * np.cos(1.0), "--", color="tab:blue", lw=1,
               label=r"$\frac{h^2}{6}|f'''(1)|$ " + kit.say(lang, es="(pendiente 2)", en="(slope 2)"))
    _ax.loglog(step_sizes, _eps * np.sin(1.0) / step_sizes, ":", color="0.3", lw=1.2,
               label=r"$\varepsilon|f(1)|/h$ " + kit.say(lang, es="(redondeo, pendiente −1)", en="(round-off, slope −1)"))
    _ax.set_ylim(1e-13, 10)
    _ax.set_xlim(1e-15, 1)
    _ax.xaxis.set_major_formatter(kit.powers_of_ten())
    _ax.yaxis.set_major_formatter(kit.powers_of_ten())
    _ax.minorticks_off()
    _ax.set_xlabel(kit.say(lang, es="paso h", en="step h"))
    _ax.set_ylabel(kit.say(lang, es="error absoluto", en="absolute error"))
    _ax.set_title(kit.say(lang, es="Error de la derivada de sin en x = 1", en="Error of the derivative of sin at x = 1"))
    _ax.grid(True, which="major", color="0.9")
    _ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.02, 1.0), borderaxespad=0)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(central_errors, forward_errors, kit, lang, np, step_sizes):
    _best_forward = step_sizes[np.argmin(forward_errors)]
    _best_central = step_sizes[np.argmin(central_errors)]
    kit.text(
        lang,
        es=rf"""
Lee el gráfico de derecha a izquierda (de $h$ grande a $h$ pequeño). Mientras domina el
truncamiento, el error baja por una recta: con pendiente 1 para la diferencia hacia
adelante (dividir $h$ entre 10 divide el error entre 10) y con pendiente 2 para la central
(dividir $h$ entre 10 divide el error entre 100). Luego el redondeo toma el control y el
error **vuelve a subir**, con ruido, a lo largo de la recta de pendiente −1.

En esta medición el menor error hacia adelante aparece en $h \approx {kit.tex_number(_best_forward, 1)}$
(error ${kit.tex_number(forward_errors.min(), 2)}$) y el menor error central en
$h \approx {kit.tex_number(_best_central, 1)}$ (error ${kit.tex_number(central_errors.min(), 2)}$): la
central no solo es más precisa, también tolera un $h$ mucho más grande. Por eso lo habitual
es usar la diferencia central con $h$ del orden de $10^{{-5}}$ a $10^{{-6}}$ (la función
`gradiente.calculus.derivative` usa $\sqrt[3]{{\varepsilon}}\,\max(1, |x|)$), y por eso en
el ejercicio siguiente $h$ vale $10^{{-5}}$ por defecto.
""",
        en=rf"""
Read the plot from right to left (from large $h$ to small $h$). While truncation
dominates, the error falls along a straight line: slope 1 for the forward difference
(dividing $h$ by 10 divides the error by 10) and slope 2 for the central one (dividing
$h$ by 10 divides the error by 100). Then round-off takes over and the error **climbs
back up**, noisily, along the line of slope −1.

In this measurement the smallest forward error is at $h \approx {kit.tex_number(_best_forward, 1)}$
(error ${kit.tex_number(forward_errors.min(), 2)}$) and the smallest central error at
$h \approx {kit.tex_number(_best_central, 1)}$ (error ${kit.tex_number(central_errors.min(), 2)}$): the
central difference is not only more accurate, it also works with a much larger $h$. That is
why the usual choice is the central difference with $h$ around $10^{{-5}}$ to $10^{{-6}}$
(`gradiente.calculus.derivative` uses $\sqrt[3]{{\varepsilon}}\,\max(1, |x|)$), and why $h$
defaults to $10^{{-5}}$ in the next exercise.
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

donde $\theta$ es el ángulo entre $u$ y $\nabla f$. Es máxima cuando $\theta = 0$: **el
gradiente apunta hacia donde $f$ sube más rápido**, y $-\nabla f$ hacia donde baja más
rápido. Y sobre una curva de nivel $f$ no cambia, así que $\nabla f \cdot u = 0$ para la
dirección $u$ tangente a ella: **el gradiente es perpendicular a las curvas de nivel**.
Compruébalo moviendo el punto.
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

where $\theta$ is the angle between $u$ and $\nabla f$. It is largest when $\theta = 0$:
**the gradient points where $f$ rises fastest**, and $-\nabla f$ where it falls fastest.
And along a level curve $f$ does not change, so $\nabla f \cdot u = 0$ for the direction
$u$ tangent to it: **the gradient is perpendicular to the level curves**. Check it by
moving the point.
""",
    )
    return


@app.cell(hide_code=True)
def _(np):
    def f_tilted(x, y):
        return x**2 - x * y + 3 * y**2

    def grad_f_tilted(x, y):
        return np.array([2 * x - y, -x + 6 * y])  # (∂f/∂x, ∂f/∂y)

    return f_tilted, grad_f_tilted


@app.cell(hide_code=True)
def _(kit, lang, mo):
    px_slider = mo.ui.slider(-2.5, 2.5, step=0.1, value=1.5, show_value=True,
                             label=kit.say(lang, es="Punto: $x$", en="Point: $x$"))
    py_slider = mo.ui.slider(-2.5, 2.5, step=0.1, value=1.0, show_value=True,
                             label=kit.say(lang, es="Punto: $y$", en="Point: $y$"))
    mo.hstack([px_slider, py_slider], justify="start", gap=2)
    return px_slider, py_slider


@app.cell(hide_code=True)
def _(f_tilted, grad_f_tilted, kit, lang, np, plt, px_slider, py_slider):
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
        _tangent = np.array([-_unit[1], _unit[0]])
        _ax.plot([_px - 0.9 * _tangent[0], _px + 0.9 * _tangent[0]],
                 [_py - 0.9 * _tangent[1], _py + 0.9 * _tangent[1]], color="tab:red", ls="--", lw=1.2)
        _ax.annotate("", xy=(_px + 1.0 * _unit[0], _py + 1.0 * _unit[1]), xytext=(_px, _py), annotation_clip=False,
                     arrowprops=dict(arrowstyle="-|>", color="black", lw=2.2, mutation_scale=18))
        _ax.annotate(r"$\nabla f$", (_px + 1.0 * _unit[0], _py + 1.0 * _unit[1]), annotation_clip=False,
                     textcoords="offset points", xytext=(4, 4), fontsize=12)
    _ax.plot([_px], [_py], "o", color="black", ms=7)
    _ax.plot([0], [0], "*", color="tab:green", ms=13, label=kit.say(lang, es="mínimo (0, 0)", en="minimum (0, 0)"))
    _ax.set_xlim(-3.6, 3.6)
    _ax.set_ylim(-3.6, 3.6)
    _ax.set_aspect("equal")  # without equal axes, right angles would not look right
    _ax.set_xlabel("x")
    _ax.set_ylabel("y")
    _ax.set_title(kit.say(lang, es="Curvas de nivel de $f(x, y) = x^2 - xy + 3y^2$",
                          en="Level curves of $f(x, y) = x^2 - xy + 3y^2$"), fontsize=11)
    _ax.legend(loc="lower right", fontsize=8)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(f_tilted, grad_f_tilted, kit, lang, mo, np, px_slider, py_slider):
    from gradiente.calculus import gradient as _library_gradient

    _px, _py = px_slider.value, py_slider.value
    _exact = grad_f_tilted(_px, _py)
    _numeric = _library_gradient(lambda v: f_tilted(v[0], v[1]), [_px, _py])
    _norm = float(np.linalg.norm(_exact))
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
$\nabla f = (2x - y,\ -x + 6y) = ({_exact[0]:.3f},\ {_exact[1]:.3f})$, de largo
$\lVert \nabla f \rVert = {_norm:.3f}$. El gradiente numérico (diferencias centrales, con
`gradiente.calculus.gradient`) da $({_numeric[0]:.6f},\ {_numeric[1]:.6f})$. La flecha
negra es $\nabla f$ y la curva roja es la curva de nivel que pasa por el punto. La
línea discontinua es perpendicular a $\nabla f$: fíjate en que toca la curva roja justo en
el punto, sin cruzarla. Es su tangente, así que el gradiente es perpendicular a la curva
de nivel. Las flechas grises muestran solo la dirección del gradiente en cada punto
(todas tienen el mismo largo).
""",
            en=rf"""
At $({_px:.1f}, {_py:.1f})$: $f = {f_tilted(_px, _py):.3f}$ and
$\nabla f = (2x - y,\ -x + 6y) = ({_exact[0]:.3f},\ {_exact[1]:.3f})$, of length
$\lVert \nabla f \rVert = {_norm:.3f}$. The numerical gradient (central differences, with
`gradiente.calculus.gradient`) gives $({_numeric[0]:.6f},\ {_numeric[1]:.6f})$. The black
arrow is $\nabla f$ and the red curve is the level curve through the point. The dashed
line is perpendicular to $\nabla f$: notice that it touches the red curve right at the
point without crossing it. It is the tangent, so the gradient is perpendicular to the
level curve. The grey arrows show only the direction of the gradient at each point (they
all have the same length).
""",
        )
    _out
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Fíjate en algo importante: salvo en puntos especiales, $-\nabla f$ **no** apunta al
mínimo. Apunta hacia donde más se baja *localmente*, perpendicular a la curva de nivel. En
la sección 5 verás la consecuencia: el zigzag.

En el próximo ejercicio programas el gradiente numérico de una función de $n$ variables:
una diferencia central por coordenada, moviendo solo esa coordenada.
""",
        en=r"""
Notice something important: except at special points, $-\nabla f$ does **not** point at
the minimum. It points where $f$ falls fastest *locally*, perpendicular to the level
curve. In section 5 you will see the consequence: the zig-zag.

In the next exercise you write the numerical gradient of a function of $n$ variables: one
central difference per coordinate, moving only that coordinate.
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
parámetro del modelo (un peso $w$) y $f$ es la función de costo $J$.

Con $f(x) = x^2$ todo se puede calcular a mano: $f'(x) = 2x$, así que

$$
x_{k+1} = x_k - 2\eta\, x_k = (1 - 2\eta)\, x_k \qquad\Longrightarrow\qquad x_k = (1 - 2\eta)^k\, x_0
$$

Todo depende del factor $1 - 2\eta$:

| $\eta$ | $1 - 2\eta$ | ¿qué pasa? |
|:---|:---|:---|
| $0 < \eta < 0.5$ | entre 0 y 1 | converge sin cruzar el mínimo (muy lento si $\eta$ es diminuta) |
| $\eta = 0.5$ | $0$ | llega al mínimo en un solo paso |
| $0.5 < \eta < 1$ | entre −1 y 0 | converge saltando de un lado al otro del mínimo |
| $\eta = 1$ | $-1$ | rebota para siempre entre $x_0$ y $-x_0$ |
| $\eta > 1$ | menor que −1 | diverge: cada salto es más grande que el anterior |

Para cualquier parábola con $f'' = L$ el factor es $1 - \eta L$, así que el descenso
converge exactamente cuando $0 < \eta < 2/L$; cerca del mínimo de una función suave con
$f''(x^*) = L > 0$ vale la misma regla localmente. Aquí $f'' = 2$: el límite es $\eta < 1$.
""",
        en=r"""
## 4. Gradient descent in one variable

The derivative says where $f$ goes up. To go down, take a step the other way, in
proportion to the slope:

$$
x_{k+1} = x_k - \eta\, f'(x_k)
$$

The number $\eta$ (eta) is the **learning rate**. In machine learning, $x$ is a parameter
of the model (a weight $w$) and $f$ is the cost function $J$.

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

For any parabola with $f'' = L$ the factor is $1 - \eta L$, so descent converges exactly
when $0 < \eta < 2/L$; near the minimum of a smooth function with $f''(x^*) = L > 0$ the
same rule holds locally. Here $f'' = 2$: the limit is $\eta < 1$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    lr_1d = mo.ui.slider(
        steps=[0.001, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0, 1.02, 1.05, 1.1],
        value=0.1, show_value=True,
        label=kit.say(lang, es="Tasa de aprendizaje $\\eta$", en="Learning rate $\\eta$"))
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
    _ax.scatter(_shown, _shown**2, c=np.arange(len(_shown)), cmap="autumn", s=28, zorder=3, edgecolors="black", linewidths=0.4)
    _ax.plot([trajectory_1d[0]], [trajectory_1d[0] ** 2], "o", ms=10, mfc="none", mec="black")
    _ax.annotate(r"$x_0$", (trajectory_1d[0], trajectory_1d[0] ** 2), textcoords="offset points", xytext=(6, -4))
    _ax.set_xlim(-4.2, 4.2)
    _ax.set_ylim(-0.6, 17.6)
    _ax.set_xlabel("x")
    _ax.set_title(kit.say(lang, es=f"Puntos visitados con η = {lr_1d.value:g}",
                          en=f"Points visited with η = {lr_1d.value:g}"), fontsize=11)
    if len(_shown) < len(trajectory_1d):
        _ax.text(0.5, 0.96, kit.say(lang, es="algunos puntos salieron del cuadro", en="some points left the frame"),
                 transform=_ax.transAxes, ha="center", va="top", fontsize=9, color="tab:red",
                 bbox=dict(facecolor="white", edgecolor="tab:red", boxstyle="round,pad=0.3"))
    _steps = np.arange(n_steps_1d + 1)
    _ax2.semilogy(_steps, np.maximum(np.abs(trajectory_1d), 1e-16), "o-", color="tab:red", ms=3.5, lw=1)
    _ax2.set_ylim(1e-16, 1e8)
    _ax2.yaxis.set_major_formatter(kit.powers_of_ten())
    _ax2.minorticks_off()
    _ax2.set_xlabel(kit.say(lang, es="paso k", en="step k"))
    _ax2.set_title(kit.say(lang, es="Distancia al mínimo $|x_k|$ (escala log)", en="Distance to the minimum $|x_k|$ (log scale)"), fontsize=11)
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
        "converges": ("success",
                      f"Converge{_side_es}: $|x_k| < 10^{{-3}}$ desde el paso {_k}.",
                      f"Converges{_side_en}: $|x_k| < 10^{{-3}}$ from step {_k} on."),
        "slow": ("warn",
                 f"Avance lento{_side_es}: tras {n_steps_1d} pasos sigues en $x = {kit.tex_number(_last)}$. A este ritmo necesitarías unos {_k} pasos para llegar a $|x| < 10^{{-3}}$.",
                 f"Slow progress{_side_en}: after {n_steps_1d} steps you are still at $x = {kit.tex_number(_last)}$. At this pace you would need about {_k} steps to reach $|x| < 10^{{-3}}$."),
        "bounces": ("warn",
                    f"Ni converge ni diverge: rebota entre ${kit.tex_number(trajectory_1d[-2])}$ y ${kit.tex_number(_last)}$ para siempre.",
                    f"Neither converges nor diverges: it bounces between ${kit.tex_number(trajectory_1d[-2])}$ and ${kit.tex_number(_last)}$ forever."),
        "diverges": ("danger",
                     f"Diverge: cada paso se aleja más del mínimo; tras {n_steps_1d} pasos, $|x| \\approx {kit.tex_number(abs(_last))}$.",
                     f"Diverges: every step lands farther from the minimum; after {n_steps_1d} steps, $|x| \\approx {kit.tex_number(abs(_last))}$."),
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

## 5. En dos variables: un tazón alargado

Ahora $f(x, y) = x^2 + 5y^2$, con $\nabla f = (2x,\ 10y)$. La regla es la misma, con el
gradiente en lugar de la derivada:

$$
\begin{pmatrix} x_{k+1} \\ y_{k+1} \end{pmatrix} = \begin{pmatrix} x_k \\ y_k \end{pmatrix} - \eta \begin{pmatrix} 2x_k \\ 10\,y_k \end{pmatrix} \qquad\Longrightarrow\qquad x_{k+1} = (1 - 2\eta)\,x_k, \quad y_{k+1} = (1 - 10\eta)\,y_k
$$

Cada coordenada tiene su propio factor, y el descenso converge solo si **los dos** tienen
valor absoluto menor que 1: $0 < \eta < 2/10 = 0.2$. La dirección empinada ($y$, con
curvatura $\partial^2 f / \partial y^2 = 10$) pone el límite a $\eta$; la dirección plana
($x$, con curvatura 2) marca el ritmo. Para $\eta > 0.1$ el factor de $y$ es negativo: el
camino cruza el valle de un lado al otro en **zigzag**. El mejor compromiso es
$\eta = 1/6$, donde los dos factores miden $2/3$ en valor absoluto.

Esto pasa en machine learning cuando las variables de entrada tienen escalas muy distintas:
por eso se estandarizan los datos, y por eso existen métodos como momentum y Adam
(módulo 3).
""",
        en=r"""
Try $\eta = 0.001$ (slow progress), $0.1$ (converges), $0.5$ (a single step), $0.8$
(converges zig-zagging), $1.0$ (bounces) and $1.05$ (diverges). On the right, on a log
scale, $|x_k| = |1 - 2\eta|^k\,|x_0|$ is a straight line: its slope is
$\log_{10}|1 - 2\eta|$, negative when it converges and positive when it diverges.

## 5. In two variables: an elongated bowl

Now $f(x, y) = x^2 + 5y^2$, with $\nabla f = (2x,\ 10y)$. The rule is the same, with the
gradient in place of the derivative:

$$
\begin{pmatrix} x_{k+1} \\ y_{k+1} \end{pmatrix} = \begin{pmatrix} x_k \\ y_k \end{pmatrix} - \eta \begin{pmatrix} 2x_k \\ 10\,y_k \end{pmatrix} \qquad\Longrightarrow\qquad x_{k+1} = (1 - 2\eta)\,x_k, \quad y_{k+1} = (1 - 10\eta)\,y_k
$$

Each coordinate has its own factor, and descent converges only if **both** are less than 1
in absolute value: $0 < \eta < 2/10 = 0.2$. The steep direction ($y$, with curvature
$\partial^2 f / \partial y^2 = 10$) caps $\eta$; the flat direction ($x$, curvature 2) sets
the pace. For $\eta > 0.1$ the factor of $y$ is negative: the path crosses the valley from
side to side in a **zig-zag**. The best compromise is $\eta = 1/6$, where both factors are
$2/3$ in absolute value.

This happens in machine learning when the input features have very different scales: that
is why data gets standardized, and why methods such as momentum and Adam exist
(module 3).
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    lr_2d = mo.ui.slider(
        steps=[0.002, 0.005, 0.01, 0.02, 0.05, 0.08, 0.1, 0.12, 0.15, 0.17, 0.18, 0.19, 0.2, 0.205, 0.21, 0.22],
        value=0.05, show_value=True,
        label=kit.say(lang, es="Tasa de aprendizaje $\\eta$", en="Learning rate $\\eta$"))
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
    _path = trajectory_2d[: _first_out]
    _ax.plot(_path[:, 0], _path[:, 1], "-o", color="tab:red", ms=3.5, lw=1.1)
    _ax.plot([trajectory_2d[0, 0]], [trajectory_2d[0, 1]], "o", ms=10, mfc="none", mec="black")
    _ax.annotate(r"$(x_0, y_0)$", trajectory_2d[0], textcoords="offset points", xytext=(-10, 9), fontsize=9)
    _ax.plot([0], [0], "*", color="tab:green", ms=13)
    if _first_out < len(trajectory_2d):
        _ax.text(0.98, 0.96, kit.say(lang, es=f"sale del cuadro en el paso {_first_out}",
                                    en=f"leaves the frame at step {_first_out}"),
                 transform=_ax.transAxes, ha="right", va="top", fontsize=9, color="tab:red",
                 bbox=dict(facecolor="white", edgecolor="tab:red", boxstyle="round,pad=0.3"))
    _ax.set_xlim(-5, 5)
    _ax.set_ylim(-2.6, 2.6)
    _ax.set_aspect("equal")
    _ax.set_xlabel("x")
    _ax.set_ylabel("y")
    _ax.set_title(kit.say(lang, es=f"$f(x, y) = x^2 + 5y^2$ con η = {lr_2d.value:g}",
                          en=f"$f(x, y) = x^2 + 5y^2$ with η = {lr_2d.value:g}"), fontsize=11)
    _k = np.arange(n_steps_2d + 1)
    _ax2.plot(_k, trajectory_2d[:, 0], "o-", ms=3, lw=1, label=r"$x_k$  " + kit.say(lang, es="(factor", en="(factor") + f" {1 - 2 * lr_2d.value:.2f})")
    _ax2.plot(_k, trajectory_2d[:, 1], "s-", ms=3, lw=1, label=r"$y_k$  " + kit.say(lang, es="(factor", en="(factor") + f" {1 - 10 * lr_2d.value:.2f})")
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
        "converges": ("success",
                      f"Converge{_zz_es}: $f < 10^{{-6}}$ desde el paso {_k}.",
                      f"Converges{_zz_en}: $f < 10^{{-6}}$ from step {_k} on."),
        "slow": ("warn",
                 f"Avance lento{_zz_es}: tras {n_steps_2d} pasos estás en $({kit.tex_number(_x_last)},\\ {kit.tex_number(_y_last)})$, con $f = {kit.tex_number(_costs[-1])}$. A este ritmo harían falta unos {_k} pasos para llegar a $f < 10^{{-6}}$.",
                 f"Slow progress{_zz_en}: after {n_steps_2d} steps you are at $({kit.tex_number(_x_last)},\\ {kit.tex_number(_y_last)})$, with $f = {kit.tex_number(_costs[-1])}$. At this pace it would take about {_k} steps to reach $f < 10^{{-6}}$."),
        "bounces": ("warn",
                    f"Ni converge ni diverge: $x$ se acerca a 0, pero $y$ rebota entre ${kit.tex_number(trajectory_2d[-2, 1])}$ y ${kit.tex_number(_y_last)}$ para siempre.",
                    f"Neither converges nor diverges: $x$ approaches 0, but $y$ bounces between ${kit.tex_number(trajectory_2d[-2, 1])}$ and ${kit.tex_number(_y_last)}$ forever."),
        "diverges": ("danger",
                     f"Diverge: el zigzag crece en cada paso; tras {n_steps_2d} pasos, $f \\approx {kit.tex_number(_costs[-1])}$.",
                     f"Diverges: the zig-zag grows at every step; after {n_steps_2d} steps, $f \\approx {kit.tex_number(_costs[-1])}$."),
    }
    _callout_kind, _es, _en = _messages[_kind]
    mo.callout(kit.text(lang, es=f"**η = {lr_2d.value:g}.** {_es}", en=f"**η = {lr_2d.value:g}.** {_en}"),
               kind=_callout_kind)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Prueba $\eta = 0.01$ (el camino baja rápido en $y$ y luego se arrastra por el fondo del
valle en $x$), $0.05$, $0.12$ (zigzag que converge), $0.17$ (cerca del mejor $\eta = 1/6$),
$0.2$ (rebota en $y$) y $0.21$ (diverge). Es exactamente lo que predicen los factores
$1 - 2\eta$ y $1 - 10\eta$.

En el último ejercicio programas el descenso de gradiente en general: recibe una función
`grad` que calcula $\nabla f$ y devuelve la trayectoria completa, como las que ves en
estas gráficas.
""",
        en=r"""
Try $\eta = 0.01$ (the path drops quickly in $y$, then crawls along the valley floor in
$x$), $0.05$, $0.12$ (a zig-zag that converges), $0.17$ (close to the best
$\eta = 1/6$), $0.2$ (bounces in $y$) and $0.21$ (diverges). It is exactly what the
factors $1 - 2\eta$ and $1 - 10\eta$ predict.

In the last exercise you write gradient descent in general: it receives a function
`grad` that computes $\nabla f$ and returns the whole trajectory, like the ones in
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
## 6. Autoevaluación

Cuatro preguntas rápidas. La respuesta se corrige en cuanto eliges una opción.
""",
        en=r"""
## 6. Self-check

Four quick questions. Your answer is checked as soon as you pick an option.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit):
    T, Question = kit.T, kit.Question
    QUIZ = [
        Question(
            T(es="**1.** Mientras domina el error de truncamiento, si divides $h$ entre 10, el error de la diferencia central se divide aproximadamente entre…",
              en="**1.** While truncation error dominates, if you divide $h$ by 10, the error of the central difference is divided by about…"),
            (T.same("10"), T.same("100"), T.same("1000"), T(es="no cambia", en="it does not change")),
            answer=1,
            why=T(es=r"El error es $\approx \frac{h^2}{6}|f'''(x)|$, proporcional a $h^2$: $(1/10)^2 = 1/100$. Es la recta de pendiente 2 del gráfico log-log.",
                  en=r"The error is $\approx \frac{h^2}{6}|f'''(x)|$, proportional to $h^2$: $(1/10)^2 = 1/100$. It is the slope-2 line of the log-log plot."),
        ),
        Question(
            T(es=r"**2.** Descenso de gradiente sobre $f(x) = x^2$ desde $x_0 = 1$ con $\eta = 0.75$. ¿Qué pasa?",
              en=r"**2.** Gradient descent on $f(x) = x^2$ from $x_0 = 1$ with $\eta = 0.75$. What happens?"),
            (T(es="Converge sin cruzar el mínimo", en="It converges without crossing the minimum"),
             T(es="Converge saltando de un lado al otro del mínimo", en="It converges, jumping from one side of the minimum to the other"),
             T(es="Rebota para siempre entre 1 y −1", en="It bounces between 1 and −1 forever"),
             T(es="Diverge", en="It diverges")),
            answer=1,
            why=T(es=r"El factor es $1 - 2(0.75) = -0.5$: el signo cambia en cada paso y la distancia al mínimo se reduce a la mitad: $1, -0.5, 0.25, -0.125, \dots$",
                  en=r"The factor is $1 - 2(0.75) = -0.5$: the sign flips at every step and the distance to the minimum halves: $1, -0.5, 0.25, -0.125, \dots$"),
        ),
        Question(
            T(es=r"**3.** En un punto donde $\nabla f \neq 0$, el gradiente…",
              en=r"**3.** At a point where $\nabla f \neq 0$, the gradient…"),
            (T(es="apunta siempre hacia el mínimo", en="always points at the minimum"),
             T(es="es tangente a la curva de nivel", en="is tangent to the level curve"),
             T(es="es perpendicular a la curva de nivel y apunta hacia donde f sube más rápido",
               en="is perpendicular to the level curve and points where f rises fastest"),
             T(es="siempre mide 1", en="always has length 1")),
            answer=2,
            why=T(es=r"$D_u f = \nabla f \cdot u$ es máxima en la dirección de $\nabla f$ y vale 0 a lo largo de la curva de nivel. $-\nabla f$ no suele apuntar al mínimo: por eso aparece el zigzag.",
                  en=r"$D_u f = \nabla f \cdot u$ is largest along $\nabla f$ and is 0 along the level curve. $-\nabla f$ does not usually point at the minimum: that is where the zig-zag comes from."),
        ),
        Question(
            T(es="**4.** Para $f(x, y) = x^2 + 5y^2$, ¿qué tasas de aprendizaje hacen converger el descenso de gradiente desde cualquier punto inicial?",
              en="**4.** For $f(x, y) = x^2 + 5y^2$, which learning rates make gradient descent converge from any starting point?"),
            (T.same("0 < η < 1"), T.same("0 < η < 0.2"), T.same("0 < η < 0.1"), T(es="cualquier η > 0", en="any η > 0")),
            answer=1,
            why=T(es=r"Hacen falta $|1 - 2\eta| < 1$ y $|1 - 10\eta| < 1$; la segunda es la más exigente: $\eta < 2/10$. Entre 0.1 y 0.2 también converge, pero en zigzag.",
                  en=r"You need $|1 - 2\eta| < 1$ and $|1 - 10\eta| < 1$; the second is the stricter one: $\eta < 2/10$. Between 0.1 and 0.2 it still converges, but zig-zagging."),
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
## 7. Resumen

- La derivada $f'(x)$ es el límite de las pendientes de las secantes: $f'(x) = \lim_{h \to 0} \big(f(x + h) - f(x)\big)/h$.
- Numéricamente, la diferencia central $\big(f(x+h) - f(x-h)\big)/2h$ tiene error $O(h^2)$ y la diferencia hacia adelante $O(h)$; un $h$ demasiado pequeño empeora todo por el redondeo. Para la central, $h \approx 10^{-5}$ es una buena elección.
- El gradiente $\nabla f$ junta las derivadas parciales; apunta hacia donde $f$ sube más rápido y es perpendicular a las curvas de nivel.
- El descenso de gradiente repite $x \leftarrow x - \eta\,\nabla f(x)$. Con curvatura $L$, converge si $0 < \eta < 2/L$; una $\eta$ diminuta avanza lento, una cercana al límite zigzaguea y una mayor diverge.
- En varias variables, la dirección más curva limita $\eta$ y la más plana fija la velocidad.
""",
        en=r"""
## 7. Summary

- The derivative $f'(x)$ is the limit of the slopes of secants: $f'(x) = \lim_{h \to 0} \big(f(x + h) - f(x)\big)/h$.
- Numerically, the central difference $\big(f(x+h) - f(x-h)\big)/2h$ has error $O(h^2)$ and the forward difference $O(h)$; an $h$ that is too small makes everything worse through round-off. For the central one, $h \approx 10^{-5}$ is a good choice.
- The gradient $\nabla f$ collects the partial derivatives; it points where $f$ rises fastest and is perpendicular to the level curves.
- Gradient descent repeats $x \leftarrow x - \eta\,\nabla f(x)$. With curvature $L$ it converges when $0 < \eta < 2/L$; a tiny $\eta$ crawls, one close to the limit zig-zags, and a larger one diverges.
- In several variables, the most curved direction caps $\eta$ and the flattest one sets the speed.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(lang, es="## 8. Para seguir: recursos de la guía de estudio", en="## 8. Keep going: resources from the study guide")
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.resources("derivatives-gradient-descent", lang)
    return


if __name__ == "__main__":
    app.run()
