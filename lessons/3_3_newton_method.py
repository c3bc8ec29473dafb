import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 3.3")


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
    kit.header("newton-method", lang)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
El descenso de gradiente (lecciones 2.1 y 3.1) solo mira la pendiente y avanza con una tasa de
aprendizaje que tú eliges. El método de Newton mira también la **curvatura**: reemplaza la
función por su mejor aproximación (una recta para buscar raíces, una parábola para buscar
mínimos) y salta directo a la solución de esa aproximación. Cerca de la respuesta, la cantidad
de dígitos correctos se duplica en cada paso; lejos de ella, puede perderse.

**Al terminar podrás:**

- programar Newton para raíces, $x \leftarrow x - f(x)/f'(x)$, y medir cuántos dígitos gana por paso;
- reconocer sus fallas (derivada casi nula, ciclos, divergencia) y explicar de dónde salen;
- dar un paso de Newton para minimizar en $n$ dimensiones resolviendo $H\,d = -\nabla f$;
- ajustar una regresión logística con datos reales por Newton (IRLS) y compararla con el descenso de gradiente.

**Por qué importa en ML.** Así se ajustan los modelos lineales generalizados en estadística (la
regresión logística de R o de `statsmodels` usa IRLS, que es Newton), y los métodos
cuasi-Newton como L-BFGS, que aproximan la hessiana, son el optimizador por defecto de la
regresión logística de scikit-learn. En redes grandes la hessiana es demasiado cara: por eso se
usa el descenso de gradiente, y entender por qué es parte de la lección.
""",
        en=r"""
Gradient descent (lessons 2.1 and 3.1) looks only at the slope and moves with a learning rate
you choose. Newton's method also looks at the **curvature**: it replaces the function by its best
approximation (a line when looking for roots, a parabola when looking for minima) and jumps
straight to the solution of that approximation. Near the answer, the number of correct digits
doubles at every step; far from it, the method can get lost.

**By the end you will be able to:**

- program Newton's method for roots, $x \leftarrow x - f(x)/f'(x)$, and measure how many digits each step gains;
- recognise its failures (a nearly zero derivative, cycles, divergence) and explain where they come from;
- take a Newton step for minimisation in $n$ dimensions by solving $H\,d = -\nabla f$;
- fit a logistic regression on real data by Newton's method (IRLS) and compare it with gradient descent.

**Why it matters in ML.** This is how statistics fits generalised linear models (logistic
regression in R or `statsmodels` uses IRLS, which is Newton's method), and quasi-Newton methods
such as L-BFGS, which approximate the Hessian, are the default optimiser of scikit-learn's
logistic regression. In large networks the Hessian is too expensive: that is why gradient
descent is used there, and seeing why is part of this lesson.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 1. Raíces: seguir la tangente hasta el eje

Quieres resolver $f(x) = 0$. En el punto $x_k$, la tangente a la gráfica es la recta

$$
y = f(x_k) + f'(x_k)\,(x - x_k).
$$

Cerca de $x_k$ se parece mucho a $f$, y su raíz es fácil: pones $y = 0$ y despejas $x$.

$$
x_{k+1} = x_k - \frac{f(x_k)}{f'(x_k)}.
$$

Eso es todo el método: repetir. El ejemplo clásico (Newton lo usó en 1669) es
$f(x) = x^3 - 2x - 5$, con $f'(x) = 3x^2 - 2$:

```python
x = x0
for _ in range(n_iter):
    x = x - (x**3 - 2*x - 5) / (3*x**2 - 2)
```

Mueve el punto de partida y la cantidad de pasos. Cada segmento naranja es una tangente: baja
desde el punto de la curva hasta el eje, y ahí está el punto siguiente. Prueba después
$x_0 = 0.8165$, cerca de $\sqrt{2/3}$, donde $f'(x) = 0$.
""",
        en=r"""
## 1. Roots: follow the tangent down to the axis

You want to solve $f(x) = 0$. At the point $x_k$, the tangent to the graph is the line

$$
y = f(x_k) + f'(x_k)\,(x - x_k).
$$

Near $x_k$ it looks a lot like $f$, and its root is easy: set $y = 0$ and solve for $x$.

$$
x_{k+1} = x_k - \frac{f(x_k)}{f'(x_k)}.
$$

That is the whole method: repeat. The classic example (Newton used it in 1669) is
$f(x) = x^3 - 2x - 5$, with $f'(x) = 3x^2 - 2$:

```python
x = x0
for _ in range(n_iter):
    x = x - (x**3 - 2*x - 5) / (3*x**2 - 2)
```

Move the starting point and the number of steps. Each orange segment is a tangent: it runs from
the point on the curve down to the axis, and there lies the next point. Then try $x_0 = 0.8165$,
close to $\sqrt{2/3}$, where $f'(x) = 0$.
""",
    )
    return


@app.cell(hide_code=True)
def _(np):
    def newton_path(f, df, x0, n_iter):
        """The lesson's own Newton iterates for a root (the exercise asks you for the same function)."""
        path = [float(x0)]
        for _ in range(n_iter):
            path.append(path[-1] - f(path[-1]) / df(path[-1]))
        return np.array(path)

    def cubic(x):
        return x**3 - 2 * x - 5

    def cubic_prime(x):
        return 3 * x**2 - 2

    cubic_root = newton_path(cubic, cubic_prime, 2.0, 40)[-1]
    return cubic, cubic_prime, cubic_root, newton_path


@app.cell(hide_code=True)
def _(kit, lang, mo):
    start_slider = mo.ui.slider(
        -3.0, 4.0, step=0.0005, value=1.0, show_value=True, label=kit.say(lang, es="Inicio $x_0$", en="Start $x_0$")
    )
    steps_slider = mo.ui.slider(0, 8, step=1, value=3, show_value=True, label=kit.say(lang, es="Pasos", en="Steps"))
    mo.hstack([start_slider, steps_slider], justify="start")
    return start_slider, steps_slider


@app.cell(hide_code=True)
def _(cubic, cubic_prime, cubic_root, kit, lang, mo, newton_path, np, plt, start_slider, steps_slider):
    with np.errstate(all="ignore"):
        _path = newton_path(cubic, cubic_prime, start_slider.value, steps_slider.value)
    _grid = np.linspace(-3, 4, 300)
    _fig, _ax = plt.subplots(figsize=(7, 3.8))
    _ax.axhline(0, color="0.6", lw=0.8)
    _ax.plot(_grid, cubic(_grid), color="tab:blue", lw=2, label="$f(x) = x^3 - 2x - 5$")
    for _k in range(len(_path) - 1):
        _a, _b = _path[_k], _path[_k + 1]
        _ax.plot([_a, _a], [0, cubic(_a)], color="0.55", lw=0.8, ls=":")
        _ax.plot([_a, _b], [cubic(_a), 0], color="tab:orange", lw=1.5)
    _inside = _path[np.abs(_path) <= 4]
    _ax.plot(_inside, np.zeros_like(_inside), "o", color="tab:orange", ms=5)
    _ax.plot([cubic_root], [0], "*", color="tab:green", ms=12, label=kit.say(lang, es="raíz", en="root"))
    _ax.set_xlim(-3, 4)
    _ax.set_ylim(-40, 50)
    _ax.set_xlabel("x")
    _ax.legend(loc="upper left")
    _away = int(np.sum(~(np.abs(_path) <= 4)))
    _ax.set_title(
        kit.say(
            lang,
            es=f"{len(_path) - 1} pasos desde $x_0$ = {start_slider.value:g}"
            + (f" ({_away} puntos fuera de la ventana)" if _away else ""),
            en=f"{len(_path) - 1} steps from $x_0$ = {start_slider.value:g}"
            + (f" ({_away} points outside the window)" if _away else ""),
        )
    )
    plt.close(_fig)
    _rows = []
    for _k, _x in enumerate(_path):
        _err = abs(_x - cubic_root)
        _digits = "—" if not np.isfinite(_err) else ("≥ 15" if _err < 1e-15 else f"{-np.log10(_err):.1f}")
        _digits = "0.0" if _digits == "-0.0" else _digits
        _rows.append(f"| {_k} | {_x:.15g} | {_err:.2e} | {_digits} |")
    _head = kit.say(
        lang,
        es="| $k$ | $x_k$ | $\\lvert x_k - x^*\\rvert$ | dígitos correctos |\n|---|---|---|---|",
        en="| $k$ | $x_k$ | $\\lvert x_k - x^*\\rvert$ | correct digits |\n|---|---|---|---|",
    )
    mo.hstack([_fig, mo.md(_head + "\n" + "\n".join(_rows))], align="center")
    return


@app.cell(hide_code=True)
def _(cubic_root, kit, lang):
    kit.text(
        lang,
        es=rf"""
La raíz, calculada con el mismo método, es $x^* = {cubic_root:.15f}$. Los “dígitos correctos”
son $-\log_{{10}}\lvert x_k - x^*\rvert$. Desde $x_0 = 0.8165$ la tangente es casi horizontal:
cae muy lejos (fuera de la ventana) y el método tarda muchos pasos en volver. Una derivada casi
nula es la primera forma de fallar.
""",
        en=rf"""
The root, computed with the same method, is $x^* = {cubic_root:.15f}$. The "correct digits" are
$-\log_{{10}}\lvert x_k - x^*\rvert$. From $x_0 = 0.8165$ the tangent is almost flat: it lands very
far away (outside the window) and the method needs many steps to come back. A nearly zero
derivative is the first way to fail.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 2. Por qué los dígitos se duplican

Llama $e_k = x_k - x^*$ al error. El desarrollo de Taylor de $f$ alrededor de $x_k$, evaluado en
la raíz, dice (con $\xi$ entre $x_k$ y $x^*$):

$$
0 = f(x^*) = f(x_k) + f'(x_k)\,(x^* - x_k) + \tfrac12 f''(\xi)\,(x^* - x_k)^2 .
$$

Divide por $f'(x_k)$ y reordena: $x_k - \frac{f(x_k)}{f'(x_k)} - x^* = \frac{f''(\xi)}{2f'(x_k)}\,e_k^2$.
El lado izquierdo es $e_{k+1}$, así que

$$
e_{k+1} \approx \frac{f''(x^*)}{2f'(x^*)}\; e_k^2 .
$$

Si el error es $10^{-3}$, el siguiente es del orden de $10^{-6}$, y luego $10^{-12}$: la cantidad
de dígitos correctos se **duplica** (convergencia cuadrática). El descenso de gradiente, en
cambio, multiplica el error por un factor fijo en cada paso: suma siempre los mismos dígitos.

Con `float64` solo hay unos 16 dígitos, así que la duplicación se ve en dos o tres pasos y
luego se acaba. Para medirla más tiempo, la tabla hace la cuenta de $x^3 - 2x - 5$ desde
$x_0 = 2$ con 100 dígitos (el módulo `decimal` de Python) y mide el error contra una raíz calculada con 100 dígitos.
""",
        en=r"""
## 2. Why the digits double

Call $e_k = x_k - x^*$ the error. Taylor's expansion of $f$ around $x_k$, evaluated at the root,
says (with $\xi$ between $x_k$ and $x^*$):

$$
0 = f(x^*) = f(x_k) + f'(x_k)\,(x^* - x_k) + \tfrac12 f''(\xi)\,(x^* - x_k)^2 .
$$

Divide by $f'(x_k)$ and rearrange: $x_k - \frac{f(x_k)}{f'(x_k)} - x^* = \frac{f''(\xi)}{2f'(x_k)}\,e_k^2$.
The left-hand side is $e_{k+1}$, so

$$
e_{k+1} \approx \frac{f''(x^*)}{2f'(x^*)}\; e_k^2 .
$$

If the error is $10^{-3}$, the next one is of the order of $10^{-6}$, then $10^{-12}$: the number
of correct digits **doubles** (quadratic convergence). Gradient descent, by contrast, multiplies
the error by a fixed factor at each step: it always adds the same number of digits.

`float64` holds only about 16 digits, so the doubling shows for two or three steps and then runs
out. To measure it for longer, the table runs $x^3 - 2x - 5$ from $x_0 = 2$ with 100 digits
(Python's `decimal` module) and measures the error against a root computed with 100 digits.
""",
    )
    return


@app.cell(hide_code=True)
def _():
    from decimal import Decimal, localcontext

    def decimal_newton(f, df, x0, n_iter, reference_steps=60):
        """Newton's iterates with 100 significant digits, and the errors against a 100-digit root."""
        with localcontext() as context:
            context.prec = 100
            path = [Decimal(x0)]
            for _ in range(n_iter):
                path.append(path[-1] - f(path[-1]) / df(path[-1]))
            root = path[-1]
            for _ in range(reference_steps):
                root = root - f(root) / df(root)
            errors = [abs(x - root) for x in path]
        return path, errors, root

    cubic_path, cubic_errors, cubic_root_100 = decimal_newton(lambda x: x**3 - 2 * x - 5, lambda x: 3 * x**2 - 2, 2, 6)
    square_path, square_errors, _square_root = decimal_newton(lambda x: x**2 - 2, lambda x: 2 * x, 10, 9)
    return cubic_errors, cubic_root_100, square_errors


@app.cell(hide_code=True)
def _(cubic_errors, cubic_root_100, kit, lang, mo, np, square_errors):
    def _digits(error):
        return float("inf") if error == 0 else -float(error.log10())

    _root = float(cubic_root_100)
    _constant = 6 * _root / (2 * (3 * _root**2 - 2))  # f''(x*) / (2 f'(x*))
    _rows = []
    for _k in range(len(cubic_errors) - 1):
        _e, _next = cubic_errors[_k], cubic_errors[_k + 1]
        _ratio = f"{float(_next / _e**2):.4f}" if _e > 0 and _next > 0 else "—"
        _rows.append(f"| {_k} | {float(_e):.2e} | {_digits(_e):.1f} | {_digits(_next) - _digits(_e):.1f} | {_ratio} |")
    _table = (
        kit.say(
            lang,
            es="| $k$ | $\\lvert e_k\\rvert$ | dígitos | dígitos ganados en el paso | $\\lvert e_{k+1}\\rvert / e_k^2$ |",
            en="| $k$ | $\\lvert e_k\\rvert$ | digits | digits gained by the step | $\\lvert e_{k+1}\\rvert / e_k^2$ |",
        )
        + "\n|---|---|---|---|---|\n"
        + "\n".join(_rows)
    )
    _square_digits = [round(_digits(_e), 1) for _e in square_errors]
    kit.text(
        lang,
        es=_table
        + rf"""

La última columna se acerca a $f''(x^*)/(2f'(x^*)) = {_constant:.4f}$, la constante que predice la
fórmula. Con $x^2 - 2$ desde $x_0 = 10$, lejos de la raíz, los dígitos correctos por paso son
{", ".join(f"{_d:g}" for _d in _square_digits)}: al principio cada paso apenas divide $x$ por dos
($x_{{k+1}} = (x_k + 2/x_k)/2 \approx x_k/2$ cuando $x_k$ es grande), y la duplicación
empieza solo cuando el error ya es chico. La convergencia cuadrática es **local**.
""",
        en=_table
        + rf"""

The last column approaches $f''(x^*)/(2f'(x^*)) = {_constant:.4f}$, the constant the formula
predicts. With $x^2 - 2$ from $x_0 = 10$, far from the root, the correct digits per step are
{", ".join(f"{_d:g}" for _d in _square_digits)}: at first each step barely halves $x$
($x_{{k+1}} = (x_k + 2/x_k)/2 \approx x_k/2$ when $x_k$ is large), and the doubling starts only once the
error is small. Quadratic convergence is **local**.
""",
    )
    return


@app.cell(hide_code=True)
def _(newton_path, np):
    # The 2-cycle of arctan: x − (1 + x²) arctan x = −x, i.e. g(x) = 2x − (1 + x²) arctan x = 0.
    arctan_threshold = newton_path(
        lambda x: 2 * x - (1 + x**2) * np.arctan(x), lambda x: 1 - 2 * x * np.arctan(x), 1.4, 30
    )[-1]
    cycle_path = newton_path(lambda x: x**3 - 2 * x + 2, lambda x: 3 * x**2 - 2, 0.0, 6)
    return arctan_threshold, cycle_path


@app.cell(hide_code=True)
def _(arctan_threshold, cycle_path, kit, lang):
    _cycle = ", ".join(f"{_x:g}" for _x in cycle_path)
    kit.text(
        lang,
        es=rf"""
## 3. Cuando Newton falla

La fórmula supone que la tangente se parece a $f$ hasta la raíz. Si no, pasan tres cosas:

- **Derivada casi nula**: la tangente es casi horizontal y el paso $f/f'$ es enorme (lo viste
  con $x_0 = 0.8165$). Si $f'(x_k) = 0$ exactamente, el paso ni siquiera está definido.
- **Ciclos**: con $f(x) = x^3 - 2x + 2$ desde $x_0 = 0$, los puntos son {_cycle}. La tangente en
  0 cae en 1, y la de 1 vuelve a 0: el método da vueltas para siempre.
- **Divergencia**: con $f(x) = \arctan x$, cuya única raíz es 0, el paso es
  $x_{{k+1}} = x_k - (1 + x_k^2)\arctan x_k$. La curva se aplana lejos del origen, así que la
  tangente cae cada vez más lejos, del otro lado.

Para el arcotangente hay un umbral exacto: el punto donde el paso cae justo en $-x_0$, la
solución de $2x = (1 + x^2)\arctan x$. Calculado con Newton (aplicado a esa ecuación), es
$x_c = {arctan_threshold:.6f}$. Si $\lvert x_0\rvert < x_c$ converge, si $\lvert x_0\rvert > x_c$
diverge, y en $x_0 = x_c$ salta entre $x_c$ y $-x_c$. Muévelo y mira.
""",
        en=rf"""
## 3. When Newton fails

The formula assumes that the tangent looks like $f$ all the way to the root. When it does not,
three things happen:

- **A nearly zero derivative**: the tangent is almost flat and the step $f/f'$ is huge (you saw it
  with $x_0 = 0.8165$). If $f'(x_k) = 0$ exactly, the step is not even defined.
- **Cycles**: with $f(x) = x^3 - 2x + 2$ from $x_0 = 0$, the points are {_cycle}. The tangent at 0
  lands on 1, and the one at 1 goes back to 0: the method goes round forever.
- **Divergence**: with $f(x) = \arctan x$, whose only root is 0, the step is
  $x_{{k+1}} = x_k - (1 + x_k^2)\arctan x_k$. The curve flattens away from the origin, so each
  tangent lands farther away, on the other side.

For the arctangent there is an exact threshold: the point whose step lands exactly on $-x_0$, the
solution of $2x = (1 + x^2)\arctan x$. Computed with Newton (applied to that equation), it is
$x_c = {arctan_threshold:.6f}$. If $\lvert x_0\rvert < x_c$ it converges, if $\lvert x_0\rvert > x_c$
it diverges, and at $x_0 = x_c$ it jumps between $x_c$ and $-x_c$. Move it and watch.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    arctan_slider = mo.ui.slider(
        0.1, 2.0, step=0.005, value=1.3, show_value=True, label=kit.say(lang, es="Inicio $x_0$", en="Start $x_0$")
    )
    arctan_slider
    return (arctan_slider,)


@app.cell(hide_code=True)
def _(arctan_slider, arctan_threshold, kit, lang, newton_path, np, plt):
    with np.errstate(all="ignore"):
        _path = newton_path(np.arctan, lambda x: 1 / (1 + x**2), arctan_slider.value, 12)
    _grid = np.linspace(-6, 6, 300)
    _fig, (_ax, _ax2) = plt.subplots(1, 2, figsize=(9, 3.6))
    _ax.axhline(0, color="0.6", lw=0.8)
    _ax.plot(_grid, np.arctan(_grid), color="tab:blue", lw=2, label="arctan x")
    for _k in range(min(5, len(_path) - 1)):
        _a, _b = _path[_k], _path[_k + 1]
        _ax.plot([_a, _a], [0, np.arctan(_a)], color="0.55", lw=0.8, ls=":")
        _ax.plot([_a, _b], [np.arctan(_a), 0], color="tab:orange", lw=1.5)
    _ax.set_xlim(-6, 6)
    _ax.set_ylim(-1.8, 1.8)
    _ax.set_xlabel("x")
    _ax.set_title(kit.say(lang, es="Las primeras 5 tangentes", en="The first 5 tangents"))
    _size = np.abs(_path)
    _shown = np.where(np.isfinite(_size) & (_size > 0), _size, np.nan)
    _ax2.semilogy(range(len(_path)), _shown, "o-", color="tab:orange", ms=4)
    _ax2.axhline(arctan_threshold, color="0.5", ls="--", lw=1)
    _ax2.text(0.2, arctan_threshold * 1.5, "$x_c$", color="0.4")
    _ax2.yaxis.set_major_formatter(kit.powers_of_ten())
    _ax2.minorticks_off()
    _ax2.set_xlabel("k")
    _ax2.set_ylabel("$|x_k|$")
    _last = _size[-1]
    if _last < 1e-8:
        _verdict = kit.say(lang, es="converge a 0", en="converges to 0")
    elif not np.isfinite(_last) or _last > 10 * arctan_threshold:
        _verdict = kit.say(lang, es="diverge", en="diverges")
    else:
        _verdict = kit.say(lang, es="casi un ciclo: aún no decide", en="nearly a cycle: not decided yet")
    _ax2.set_title(f"$x_0$ = {arctan_slider.value:g}: {_verdict}")
    _fig.tight_layout()
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 4. Mínimos: Newton sobre la derivada

Un mínimo de una función suave cumple $f'(x) = 0$: es una raíz de $f'$. Newton aplicado a $f'$ da

$$
x_{k+1} = x_k - \frac{f'(x_k)}{f''(x_k)} .
$$

Otra forma de verlo: la parábola que mejor aproxima a $f$ en $x_k$ es
$m(d) = f(x_k) + f'(x_k)\,d + \tfrac12 f''(x_k)\,d^2$, y su mínimo (si $f''(x_k) > 0$) está en
$d = -f'(x_k)/f''(x_k)$. En $n$ variables la parábola es el modelo cuadrático

$$
m(d) = f(x) + \nabla f(x)^\top d + \tfrac12\, d^\top H(x)\, d ,
$$

con $H$ la hessiana. Su gradiente respecto de $d$ es $\nabla f(x) + H(x)\,d$; se anula cuando

$$
H(x_k)\, d = -\nabla f(x_k), \qquad x_{k+1} = x_k + d = x_k - H(x_k)^{-1}\nabla f(x_k) .
$$

En código no se calcula $H^{-1}$: se resuelve el sistema, `d = np.linalg.solve(H, -g)`, que es
más barato y pierde menos dígitos. Tres consecuencias:

- **Una cuadrática se resuelve en un paso**, porque el modelo es la función misma.
- **Cada paso cuesta** formar una hessiana de $n \times n$ (memoria $n^2$) y resolver el sistema
  (del orden de $n^3$ operaciones). Con $n = 10^6$ pesos, una red pequeña, la hessiana tendría
  $10^{12}$ entradas: por eso el aprendizaje profundo usa el gradiente.
- **Newton busca donde $\nabla f = 0$**, sea mínimo, máximo o silla. Si $H$ tiene un valor propio
  negativo, el modelo no tiene mínimo y el paso puede ir hacia la silla.
""",
        en=r"""
## 4. Minima: Newton on the derivative

A minimum of a smooth function satisfies $f'(x) = 0$: it is a root of $f'$. Newton applied to $f'$
gives

$$
x_{k+1} = x_k - \frac{f'(x_k)}{f''(x_k)} .
$$

Another way to see it: the parabola that best approximates $f$ at $x_k$ is
$m(d) = f(x_k) + f'(x_k)\,d + \tfrac12 f''(x_k)\,d^2$, and its minimum (if $f''(x_k) > 0$) lies at
$d = -f'(x_k)/f''(x_k)$. In $n$ variables the parabola is the quadratic model

$$
m(d) = f(x) + \nabla f(x)^\top d + \tfrac12\, d^\top H(x)\, d ,
$$

with $H$ the Hessian. Its gradient with respect to $d$ is $\nabla f(x) + H(x)\,d$; it vanishes when

$$
H(x_k)\, d = -\nabla f(x_k), \qquad x_{k+1} = x_k + d = x_k - H(x_k)^{-1}\nabla f(x_k) .
$$

In code you do not compute $H^{-1}$: you solve the system, `d = np.linalg.solve(H, -g)`, which is
cheaper and loses fewer digits. Three consequences:

- **A quadratic is solved in one step**, because the model is the function itself.
- **Each step costs** forming an $n \times n$ Hessian ($n^2$ memory) and solving the system (of the
  order of $n^3$ operations). With $n = 10^6$ weights, a small network, the Hessian would have
  $10^{12}$ entries: that is why deep learning uses the gradient.
- **Newton looks for $\nabla f = 0$**, be it a minimum, a maximum or a saddle. If $H$ has a
  negative eigenvalue, the model has no minimum and the step may head for the saddle.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, np):
    from gradiente.optim import newton

    _H = np.array([[2.0, -1.0], [-1.0, 6.0]])  # f(x, y) = x² − xy + 3y², the tilted bowl of lesson 2.1
    _x = np.array([2.0, 1.0])
    _one_step = _x + np.linalg.solve(_H, -(_H @ _x))  # ∇f = Hx for this quadratic

    def _f(v):
        return v[0] ** 2 + v[1] ** 4 / 4 - v[1] ** 2 / 2  # minima at (0, ±1), a saddle at (0, 0)

    def _grad(v):
        return np.array([2 * v[0], v[1] ** 3 - v[1]])

    def _hess(v):
        return np.array([[2.0, 0.0], [0.0, 3 * v[1] ** 2 - 1]])

    _start = np.array([1.0, 0.3])
    _pure = newton(_f, _start, grad=_grad, hess=_hess)
    _safe = newton(_f, _start, grad=_grad, hess=_hess, line_search="backtracking")
    _eig = np.linalg.eigvalsh(_hess(_start))

    def _pt(v):
        return f"$({kit.tex_number(float(v[0]))}, {kit.tex_number(float(v[1]))})$"

    kit.text(
        lang,
        es=rf"""
Con el tazón inclinado de la lección 2.1, $f = x^2 - xy + 3y^2$, un paso desde $(2, 1)$ llega a
{_pt(_one_step)}: el mínimo exacto.

Con $f(x, y) = x^2 + y^4/4 - y^2/2$, que tiene mínimos en $(0, \pm 1)$ y una silla en $(0, 0)$, la
hessiana en $(1, 0.3)$ tiene valores propios {_eig[0]:.3g} y {_eig[1]:.3g}. Newton puro
(`gradiente.optim.newton`) desde ahí termina en {_pt(_pure.x)}, donde $f = {kit.tex_number(float(_f(_pure.x)))}$:
encontró la silla. Con `line_search="backtracking"` (acorta el paso hasta que $f$ baje, y usa
$-\nabla f$ donde $H$ no es definida positiva) termina en {_pt(_safe.x)}, donde
$f = {kit.tex_number(float(_f(_safe.x)))}$: un mínimo. Amortiguar el paso ($x - \eta\,H^{{-1}}\nabla f$ con
$\eta < 1$) y buscar la longitud del paso son las dos protecciones habituales.
""",
        en=rf"""
With lesson 2.1's tilted bowl, $f = x^2 - xy + 3y^2$, one step from $(2, 1)$ reaches
{_pt(_one_step)}: the exact minimum.

With $f(x, y) = x^2 + y^4/4 - y^2/2$, which has minima at $(0, \pm 1)$ and a saddle at $(0, 0)$,
the Hessian at $(1, 0.3)$ has eigenvalues {_eig[0]:.3g} and {_eig[1]:.3g}. Pure Newton
(`gradiente.optim.newton`) from there ends at {_pt(_pure.x)}, where $f = {kit.tex_number(float(_f(_pure.x)))}$:
it found the saddle. With `line_search="backtracking"` (it shortens the step until $f$ goes down,
and uses $-\nabla f$ where $H$ is not positive definite) it ends at {_pt(_safe.x)}, where
$f = {kit.tex_number(float(_f(_safe.x)))}$: a minimum. Damping the step ($x - \eta\,H^{{-1}}\nabla f$ with
$\eta < 1$) and searching for the step length are the two usual safeguards.
""",
    )
    return (newton,)


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
### Newton contra el descenso de gradiente

Elige la función y el punto de partida. El descenso de gradiente usa una tasa fija: para el
tazón, la mejor posible, $2/(\lambda_{\min} + \lambda_{\max})$ de su hessiana; para la función de
Rosenbrock, $f = (1 - x)^2 + 100\,(y - x^2)^2$ (el valle curvo clásico, mínimo en $(1, 1)$), la
tasa $2 \cdot 10^{-4}$, que no diverge en esta ventana. La leyenda dice cuántos pasos necesita cada
uno para quedar a menos de $10^{-8}$ del mínimo.
""",
        en=r"""
### Newton versus gradient descent

Choose the function and the starting point. Gradient descent uses a fixed rate: for the bowl,
the best possible one, $2/(\lambda_{\min} + \lambda_{\max})$ of its Hessian; for the Rosenbrock
function, $f = (1 - x)^2 + 100\,(y - x^2)^2$ (the classic curved valley, minimum at $(1, 1)$), the
rate $2 \cdot 10^{-4}$, which does not diverge in this window. The legend says how many steps each
one needs to get within $10^{-8}$ of the minimum.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    race_function = mo.ui.dropdown(
        options={
            kit.say(lang, es="tazón inclinado", en="tilted bowl"): "bowl",
            "Rosenbrock": "rosenbrock",
        },
        value=kit.say(lang, es="tazón inclinado", en="tilted bowl"),
        label=kit.say(lang, es="Función", en="Function"),
    )
    race_x = mo.ui.slider(-2.0, 2.0, step=0.1, value=-1.2, show_value=True, label="$x_0$")
    race_y = mo.ui.slider(-1.0, 3.0, step=0.1, value=1.0, show_value=True, label="$y_0$")
    mo.hstack([race_function, race_x, race_y], justify="start")
    return race_function, race_x, race_y


@app.cell(hide_code=True)
def _(np):
    def bowl_parts():
        H = np.array([[2.0, -1.0], [-1.0, 6.0]])
        eig = np.linalg.eigvalsh(H)
        return {
            "f": lambda x, y: x**2 - x * y + 3 * y**2,
            "grad": lambda x, y: (2 * x - y, -x + 6 * y),
            "hess": lambda x, y: H,
            "minimum": (0.0, 0.0),
            "lr": 2 / (eig[0] + eig[-1]),
            "max_gd": 20000,
        }

    def rosenbrock_parts():
        return {
            "f": lambda x, y: (1 - x) ** 2 + 100 * (y - x**2) ** 2,
            "grad": lambda x, y: (-2 * (1 - x) - 400 * x * (y - x**2), 200 * (y - x**2)),
            "hess": lambda x, y: np.array([[2 - 400 * y + 1200 * x**2, -400 * x], [-400 * x, 200.0]]),
            "minimum": (1.0, 1.0),
            "lr": 2e-4,
            "max_gd": 10000,
        }

    race_parts = {"bowl": bowl_parts(), "rosenbrock": rosenbrock_parts()}
    _gx, _gy = np.meshgrid(np.linspace(-2, 2, 161), np.linspace(-1, 3, 161))
    race_grids = {key: (_gx, _gy, np.log10(parts["f"](_gx, _gy) + 1e-3)) for key, parts in race_parts.items()}
    return race_grids, race_parts


@app.cell(hide_code=True)
def _(np):
    def race(parts, x0, y0, tol=1e-8):
        """Newton's and gradient descent's paths, and the steps each needs to get within tol of the minimum."""
        mx, my = parts["minimum"]
        newton_pts = [(x0, y0)]
        newton_steps = None
        with np.errstate(all="ignore"):
            for k in range(50):
                x, y = newton_pts[-1]
                if np.hypot(x - mx, y - my) < tol:
                    newton_steps = k
                    break
                d = np.linalg.solve(parts["hess"](x, y), -np.array(parts["grad"](x, y)))
                newton_pts.append((x + d[0], y + d[1]))
        x, y, lr = x0, y0, parts["lr"]
        gd_pts = [(x, y)]
        gd_steps = None
        for k in range(parts["max_gd"] + 1):
            if (x - mx) ** 2 + (y - my) ** 2 < tol**2:
                gd_steps = k
                break
            gx, gy = parts["grad"](x, y)
            x, y = x - lr * gx, y - lr * gy
            gd_pts.append((x, y))
        return np.array(newton_pts), newton_steps, np.array(gd_pts), gd_steps

    return (race,)


@app.cell(hide_code=True)
def _(kit, lang, np, plt, race, race_function, race_grids, race_parts, race_x, race_y):
    _parts = race_parts[race_function.value]
    _newton_pts, _newton_steps, _gd_pts, _gd_steps = race(_parts, race_x.value, race_y.value)
    _gx, _gy, _gz = race_grids[race_function.value]
    _fig, _ax = plt.subplots(figsize=(7, 4.6))
    _ax.contour(_gx, _gy, _gz, levels=14, colors="0.75", linewidths=0.7)

    def _label(name, steps, limit):
        if steps is None:
            return kit.say(lang, es=f"{name}: más de {limit} pasos", en=f"{name}: more than {limit} steps")
        if steps == 1:
            return kit.say(lang, es=f"{name}: 1 paso", en=f"{name}: 1 step")
        return kit.say(lang, es=f"{name}: {steps} pasos", en=f"{name}: {steps} steps")

    _every = max(1, len(_gd_pts) // 400)
    _ax.plot(
        _gd_pts[::_every, 0],
        _gd_pts[::_every, 1],
        color="tab:blue",
        lw=1.5,
        label=_label(kit.say(lang, es="descenso de gradiente", en="gradient descent"), _gd_steps, _parts["max_gd"]),
    )
    _ax.plot(
        _newton_pts[:, 0],
        _newton_pts[:, 1],
        "o-",
        color="tab:orange",
        lw=1.5,
        ms=4,
        label=_label("Newton", _newton_steps, 50),
    )
    _ax.plot(*_parts["minimum"], "*", color="tab:green", ms=14)
    _ax.set_xlim(-2, 2)
    _ax.set_ylim(-1, 3)
    _ax.set_xlabel("x")
    _ax.set_ylabel("y")
    _ax.legend(loc="upper right", fontsize=9)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 5. Regresión logística por Newton: IRLS

En la regresión logística, $p_i = \sigma(x_i^\top w)$ con $\sigma(z) = 1/(1 + e^{-z})$, y la
pérdida es la log-verosimilitud con signo menos (etiquetas $y_i \in \{0, 1\}$):

$$
L(w) = -\sum_i \big[\, y_i \log p_i + (1 - y_i)\log(1 - p_i) \,\big].
$$

Como $\sigma'(z) = \sigma(z)\,(1 - \sigma(z))$, su gradiente y su hessiana son

$$
\nabla L = X^\top (p - y), \qquad H = X^\top S X, \quad S = \operatorname{diag}\big(p_i(1 - p_i)\big).
$$

$H$ es definida positiva si las columnas de $X$ son independientes y cada $p_i$ está entre 0 y 1:
la pérdida es convexa y Newton no encuentra sillas. El paso es

$$
w \leftarrow w - (X^\top S X)^{-1} X^\top (p - y).
$$

Se llama *mínimos cuadrados reponderados iterativamente* (IRLS) porque el $w$ nuevo es la
solución de unos mínimos cuadrados con pesos $S$: $w_{k+1} = (X^\top S X)^{-1} X^\top S z$,
con la “respuesta de trabajo” $z = Xw + S^{-1}(y - p)$. Los pesos cambian en cada paso.

Los datos: el conjunto de cáncer de mama (`gradiente.datasets.load_breast_cancer`), con tres
variables estandarizadas (radio, textura y suavidad medios) y una columna de unos para el
intercepto.
""",
        en=r"""
## 5. Logistic regression by Newton's method: IRLS

In logistic regression, $p_i = \sigma(x_i^\top w)$ with $\sigma(z) = 1/(1 + e^{-z})$, and the loss
is the negative log-likelihood (labels $y_i \in \{0, 1\}$):

$$
L(w) = -\sum_i \big[\, y_i \log p_i + (1 - y_i)\log(1 - p_i) \,\big].
$$

Since $\sigma'(z) = \sigma(z)\,(1 - \sigma(z))$, its gradient and Hessian are

$$
\nabla L = X^\top (p - y), \qquad H = X^\top S X, \quad S = \operatorname{diag}\big(p_i(1 - p_i)\big).
$$

$H$ is positive definite when the columns of $X$ are independent and every $p_i$ lies between 0
and 1: the loss is convex and Newton finds no saddles. The step is

$$
w \leftarrow w - (X^\top S X)^{-1} X^\top (p - y).
$$

It is called *iteratively reweighted least squares* (IRLS) because the new $w$ solves a
least-squares problem with weights $S$: $w_{k+1} = (X^\top S X)^{-1} X^\top S z$, with the
"working response" $z = Xw + S^{-1}(y - p)$. The weights change at every step.

The data: the breast cancer set (`gradiente.datasets.load_breast_cancer`), with three
standardised features (mean radius, texture and smoothness) and a column of ones for the
intercept.
""",
    )
    return


@app.cell(hide_code=True)
def _(np):
    from gradiente.datasets import load_breast_cancer
    from gradiente.models import LogisticRegression

    cancer = load_breast_cancer()
    cancer_names = ["mean radius", "mean texture", "mean smoothness"]
    _columns = [list(cancer.feature_names).index(_name) for _name in cancer_names]
    _Z = cancer.data[:, _columns]
    cancer_Z = (_Z - _Z.mean(axis=0)) / _Z.std(axis=0)  # ddof = 0, as StandardScaler
    cancer_X = np.hstack([np.ones((len(cancer_Z), 1)), cancer_Z])
    cancer_y = cancer.target.astype(float)

    def sigmoid(z):
        return 1 / (1 + np.exp(-z))

    def logistic_loss(X, y, w):
        z = X @ w
        return float(np.sum(np.logaddexp(0, z) - y * z))  # −Σ[y log p + (1 − y) log(1 − p)], written stably

    def irls_history(X, y, n_iter):
        w = np.zeros(X.shape[1])
        history = [w]
        for _ in range(n_iter):
            p = sigmoid(X @ w)
            s = p * (1 - p)
            w = w - np.linalg.solve(X.T @ (X * s[:, None]), X.T @ (p - y))
            history.append(w)
        return np.array(history)

    irls = irls_history(cancer_X, cancer_y, 20)
    library_fit = LogisticRegression(penalty=None, solver="newton").fit(cancer_Z, cancer_y)
    return cancer, cancer_X, cancer_y, irls, library_fit, logistic_loss, sigmoid


@app.cell(hide_code=True)
def _(cancer, cancer_X, cancer_y, irls, kit, lang, library_fit, logistic_loss, np, sigmoid):
    _counts = np.bincount(cancer.target)
    _rows = []
    for _k in range(9):
        _w = irls[_k]
        _g = np.linalg.norm(cancer_X.T @ (sigmoid(cancer_X @ _w) - cancer_y))
        _rows.append(f"| {_k} | {logistic_loss(cancer_X, cancer_y, _w):.10f} | ${kit.tex_number(_g)}$ |")
    _table = (
        kit.say(
            lang,
            es="| paso $k$ | $L(w_k)$ | $\\lVert\\nabla L(w_k)\\rVert$ |",
            en="| step $k$ | $L(w_k)$ | $\\lVert\\nabla L(w_k)\\rVert$ |",
        )
        + "\n|---|---|---|\n"
        + "\n".join(_rows)
    )
    _library_w = np.concatenate([np.ravel(library_fit.intercept_), np.ravel(library_fit.coef_)])
    _gap = float(np.max(np.abs(irls[-1] - _library_w)))
    # The IRLS reading of one step: weighted least squares with weights S and working response z.
    _w = irls[3]
    _p = sigmoid(cancer_X @ _w)
    _s = _p * (1 - _p)
    _z = cancer_X @ _w + (cancer_y - _p) / _s
    _wls = np.linalg.solve(cancer_X.T @ (cancer_X * _s[:, None]), cancer_X.T @ (_s * _z))
    _wls_gap = float(np.max(np.abs(_wls - irls[4])))
    _accuracy = float(np.mean((cancer_X @ irls[-1] > 0) == (cancer_y == 1)))
    _norms = [np.linalg.norm(cancer_X.T @ (sigmoid(cancer_X @ _v) - cancer_y)) for _v in irls]
    _first = next(_k for _k, _n in enumerate(_norms) if _n < 1e-8)
    _w_text = ", ".join(f"{_v:.4f}" for _v in irls[-1])
    kit.text(
        lang,
        es=rf"""
Son {cancer_X.shape[0]} tumores: {_counts[0]} malignos ($y = 0$) y {_counts[1]} benignos ($y = 1$). Desde
$w = 0$:

{_table}

El gradiente pasa de {kit.tex_number(np.linalg.norm(cancer_X.T @ (0.5 - cancer_y)))} a menos de $10^{{-8}}$
en {_first} pasos, y en los últimos se ve la duplicación de dígitos. Tras 20 pasos,
$w = ({_w_text})$ (intercepto primero), y difiere del ajuste de
`gradiente.models.LogisticRegression(penalty=None, solver="newton")` en a lo sumo
${kit.tex_number(_gap)}$. El modelo clasifica bien el {100 * _accuracy:.1f} % de los tumores con
solo tres variables. La lectura de mínimos cuadrados ponderados coincide con el paso de Newton:
desde $w_3$, las dos cuentas difieren en ${kit.tex_number(_wls_gap)}$.
""",
        en=rf"""
There are {cancer_X.shape[0]} tumours: {_counts[0]} malignant ($y = 0$) and {_counts[1]} benign ($y = 1$).
From $w = 0$:

{_table}

The gradient goes from {kit.tex_number(np.linalg.norm(cancer_X.T @ (0.5 - cancer_y)))} to below $10^{{-8}}$ in
{_first} steps, and the last ones show the doubling of digits. After 20 steps,
$w = ({_w_text})$ (intercept first), and it differs from the fit of
`gradiente.models.LogisticRegression(penalty=None, solver="newton")` by at most
${kit.tex_number(_gap)}$. The model classifies {100 * _accuracy:.1f} % of the tumours correctly with
only three features. The weighted least-squares reading agrees with the Newton step: from $w_3$,
the two computations differ by ${kit.tex_number(_wls_gap)}$.
""",
    )
    return


@app.cell(hide_code=True)
def _(cancer_X, cancer_y, irls, kit, lang, np, plt, sigmoid):
    # Gradient descent with the safe fixed rate 1/L, L = λ_max(XᵀX)/4 ≥ λ_max(XᵀSX) because p(1 − p) ≤ 1/4.
    _L = np.linalg.eigvalsh(cancer_X.T @ cancer_X)[-1] / 4
    _w = np.zeros(cancer_X.shape[1])
    _gd_norms = []
    for _ in range(2001):
        _g = cancer_X.T @ (sigmoid(cancer_X @ _w) - cancer_y)
        _gd_norms.append(np.linalg.norm(_g))
        _w = _w - _g / _L
    gd_needed = next(_k for _k, _n in enumerate(_gd_norms) if _n < 1e-8)
    _newton_norms = [np.linalg.norm(cancer_X.T @ (sigmoid(cancer_X @ _v) - cancer_y)) for _v in irls]
    _newton_needed = next(_k for _k, _n in enumerate(_newton_norms) if _n < 1e-8)
    _fig, _ax = plt.subplots(figsize=(7, 3.6))
    _ax.semilogy(
        range(len(_gd_norms)),
        _gd_norms,
        color="tab:blue",
        lw=1.5,
        label=kit.say(lang, es="descenso de gradiente, tasa 1/L", en="gradient descent, rate 1/L"),
    )
    _shown = np.where(np.array(_newton_norms) > 0, _newton_norms, np.nan)
    _ax.semilogy(range(len(_newton_norms)), _shown, "o-", color="tab:orange", ms=4, label="Newton (IRLS)")
    _ax.set_xscale("symlog", linthresh=10)
    _ax.yaxis.set_major_formatter(kit.powers_of_ten())
    _ax.minorticks_off()
    _ax.set_xlabel(kit.say(lang, es="paso", en="step"))
    _ax.set_ylabel(r"$\|\nabla L\|$")
    _ax.legend()
    _ax.set_title(
        kit.say(
            lang,
            es=f"‖∇L‖ < 10⁻⁸: Newton en {_newton_needed} pasos, el descenso de gradiente en {gd_needed}",
            en=f"‖∇L‖ < 10⁻⁸: Newton in {_newton_needed} steps, gradient descent in {gd_needed}",
        )
    )
    plt.close(_fig)
    _fig
    return (gd_needed,)


@app.cell(hide_code=True)
def _(gd_needed, kit, lang):
    kit.text(
        lang,
        es=rf"""
Cada paso de Newton cuesta más (formar $X^\top S X$ y resolver un sistema de $4 \times 4$), pero
aquí eso no cuesta nada; el descenso de gradiente, con la tasa segura $1/L$ ($L = \lambda_{{\max}}(X^\top X)/4$,
porque $p_i(1 - p_i) \le 1/4$), necesita {gd_needed} pasos baratos para llegar al mismo $10^{{-8}}$. Con
miles de variables la cuenta se invierte, y de ahí salen los métodos cuasi-Newton.

## 6. Ejercicios

Tres funciones, de la raíz al modelo: Newton para raíces, un paso de Newton en $n$ dimensiones y
la regresión logística por IRLS con los datos de la sección 5.
""",
        en=rf"""
Each Newton step costs more (forming $X^\top S X$ and solving a $4 \times 4$ system), but that is
nothing here; gradient descent, with the safe rate $1/L$ ($L = \lambda_{{\max}}(X^\top X)/4$, because
$p_i(1 - p_i) \le 1/4$), needs {gd_needed} cheap steps to reach the same $10^{{-8}}$. With thousands of
features the balance flips, and that is where quasi-Newton methods come from.

## 6. Exercises

Three functions, from the root to the model: Newton's method for roots, one Newton step in $n$
dimensions, and logistic regression by IRLS on section 5's data.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_newton_root = kit.exercise("newton_root", lang)
    ex_newton_root
    return (ex_newton_root,)


@app.cell(hide_code=True)
def _(ex_newton_root, kit):
    kit.feedback(ex_newton_root)
    return


@app.cell(hide_code=True)
def _(ex_newton_root, kit):
    kit.hints(ex_newton_root)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_newton_step = kit.exercise("newton_step", lang)
    ex_newton_step
    return (ex_newton_step,)


@app.cell(hide_code=True)
def _(ex_newton_step, kit):
    kit.feedback(ex_newton_step)
    return


@app.cell(hide_code=True)
def _(ex_newton_step, kit):
    kit.hints(ex_newton_step)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_logistic_newton = kit.exercise("logistic_newton", lang)
    ex_logistic_newton
    return (ex_logistic_newton,)


@app.cell(hide_code=True)
def _(ex_logistic_newton, kit):
    kit.feedback(ex_logistic_newton)
    return


@app.cell(hide_code=True)
def _(ex_logistic_newton, kit):
    kit.hints(ex_logistic_newton)
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
                es="**1.** Aplicas Newton para minimizar $f(x) = \\tfrac12 x^\\top A x - b^\\top x$, con $A$ simétrica "
                "definida positiva, desde cualquier punto. ¿Cuántos pasos necesita para llegar al mínimo?",
                en="**1.** You apply Newton's method to minimise $f(x) = \\tfrac12 x^\\top A x - b^\\top x$, with $A$ "
                "symmetric positive definite, from any point. How many steps does it need to reach the minimum?",
            ),
            (
                T(es="Uno", en="One"),
                T(es="Tantos como variables tenga x", en="As many as x has variables"),
                T(
                    es="Depende del número de condición de A",
                    en="It depends on the condition number of A",
                ),
            ),
            answer=0,
            why=T(
                es="El modelo cuadrático de Newton es la función misma, así que su mínimo, $x - A^{-1}(Ax - b) = "
                "A^{-1}b$, es el mínimo de $f$. El número de condición frena al descenso de gradiente, no a "
                "Newton; “tantos pasos como variables” es lo que tarda el gradiente conjugado.",
                en="Newton's quadratic model is the function itself, so its minimum, $x - A^{-1}(Ax - b) = A^{-1}b$, "
                "is the minimum of $f$. The condition number slows gradient descent, not Newton; “as many steps as "
                "variables” is what conjugate gradients takes.",
            ),
        ),
        Question(
            T(
                es="**2.** ¿Qué impide usar Newton puro para entrenar una red con un millón de pesos?",
                en="**2.** What stops you from training a network with a million weights by pure Newton's method?",
            ),
            (
                T(
                    es="Que el gradiente es demasiado caro de calcular",
                    en="That the gradient is too expensive to compute",
                ),
                T(
                    es="Formar y resolver con la hessiana de 10⁶ × 10⁶",
                    en="Forming and solving with the 10⁶ × 10⁶ Hessian",
                ),
                T(es="Que Newton solo sirve en una variable", en="That Newton's method only works in one variable"),
            ),
            answer=1,
            why=T(
                es="La hessiana tiene $n^2 = 10^{12}$ entradas (terabytes de memoria) y resolver el sistema cuesta del "
                "orden de $n^3$ operaciones. El gradiente se calcula barato con retropropagación, y Newton funciona "
                "en $n$ dimensiones resolviendo $H d = -\\nabla f$.",
                en="The Hessian has $n^2 = 10^{12}$ entries (terabytes of memory) and solving the system costs of the "
                "order of $n^3$ operations. The gradient is cheap with backpropagation, and Newton's method works in "
                "$n$ dimensions by solving $H d = -\\nabla f$.",
            ),
        ),
        Question(
            T(
                es="**3.** En el punto actual, la hessiana tiene un valor propio negativo. ¿Qué hace el paso de Newton puro?",
                en="**3.** At the current point, the Hessian has a negative eigenvalue. What does the pure Newton step do?",
            ),
            (
                T(es="Baja siempre, aunque más despacio", en="It always goes downhill, only more slowly"),
                T(es="Se detiene: el sistema no tiene solución", en="It stops: the system has no solution"),
                T(
                    es="Puede ir hacia una silla o un máximo, porque busca ∇f = 0",
                    en="It may head for a saddle or a maximum, because it looks for ∇f = 0",
                ),
            ),
            answer=2,
            why=T(
                es="Con un valor propio negativo el modelo cuadrático no tiene mínimo: el paso va a su punto "
                "estacionario, que es una silla del modelo (en la sección 4, Newton llegó a la silla $(0, 0)$). Si "
                "ningún valor propio es cero, $H$ es invertible y el sistema sí tiene solución; lo que falla es la "
                "dirección. Por eso los métodos seguros usan $-\\nabla f$ o corrigen $H$ ahí.",
                en="With a negative eigenvalue the quadratic model has no minimum: the step goes to its stationary "
                "point, a saddle of the model (in section 4, Newton reached the saddle $(0, 0)$). If no eigenvalue is "
                "zero, $H$ is invertible and the system does have a solution; what fails is the direction. That is "
                "why safe methods use $-\\nabla f$ or correct $H$ there.",
            ),
        ),
        Question(
            T(
                es="**4.** Cerca de una raíz simple, un paso de Newton tiene 5 dígitos correctos. ¿Cuántos tendrá "
                "más o menos el siguiente?",
                en="**4.** Near a simple root, a Newton step has 5 correct digits. About how many will the next one have?",
            ),
            (
                T(es="Unos 6", en="About 6"),
                T(es="Unos 10", en="About 10"),
                T(es="Unos 25", en="About 25"),
            ),
            answer=1,
            why=T(
                es="$e_{k+1} \\approx C\\,e_k^2$: si $e_k \\approx 10^{-5}$, $e_{k+1} \\approx C \\cdot 10^{-10}$, unos "
                "10 dígitos (la constante $C = f''/(2f')$ corre uno o dos). Ganar un dígito fijo por paso es la "
                "convergencia lineal del descenso de gradiente; 25 sería elevar el error a la quinta.",
                en="$e_{k+1} \\approx C\\,e_k^2$: if $e_k \\approx 10^{-5}$, $e_{k+1} \\approx C \\cdot 10^{-10}$, about 10 "
                "digits (the constant $C = f''/(2f')$ shifts it by one or two). Gaining a fixed number of digits per "
                "step is gradient descent's linear convergence; 25 would mean raising the error to the fifth power.",
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

- Para raíces: $x_{k+1} = x_k - f(x_k)/f'(x_k)$, la raíz de la tangente. Cerca de una raíz simple,
  $e_{k+1} \approx \frac{f''(x^*)}{2f'(x^*)}\,e_k^2$: los dígitos correctos se duplican.
- La convergencia rápida es local. Lejos de la raíz Newton puede saltar lejos ($f' \approx 0$),
  entrar en un ciclo ($x^3 - 2x + 2$ desde 0) o divergir ($\arctan x$ desde $\lvert x_0\rvert > x_c$).
- Para minimizar: resolver $H\,d = -\nabla f$ y hacer $x \leftarrow x + d$, el mínimo del modelo
  cuadrático. Una cuadrática se resuelve en un paso; cada paso cuesta $n^2$ de memoria y del orden
  de $n^3$ operaciones.
- Newton busca $\nabla f = 0$: con un valor propio negativo de $H$ puede ir a una silla. Se protege
  amortiguando el paso, con búsqueda de línea y usando $-\nabla f$ donde $H$ no es definida positiva.
- La regresión logística tiene $\nabla L = X^\top(p - y)$ y $H = X^\top S X$ con
  $S = \operatorname{diag}(p_i(1 - p_i))$; Newton sobre ella es IRLS, y con pocas variables converge
  en unos pocos pasos donde el descenso de gradiente necesita más de mil (sección 5).
""",
        en=r"""
## 8. Summary

- For roots: $x_{k+1} = x_k - f(x_k)/f'(x_k)$, the root of the tangent. Near a simple root,
  $e_{k+1} \approx \frac{f''(x^*)}{2f'(x^*)}\,e_k^2$: the correct digits double.
- Fast convergence is local. Far from the root Newton can jump far away ($f' \approx 0$), fall
  into a cycle ($x^3 - 2x + 2$ from 0) or diverge ($\arctan x$ from $\lvert x_0\rvert > x_c$).
- For minimisation: solve $H\,d = -\nabla f$ and set $x \leftarrow x + d$, the minimum of the
  quadratic model. A quadratic is solved in one step; each step costs $n^2$ memory and of the order
  of $n^3$ operations.
- Newton looks for $\nabla f = 0$: with a negative eigenvalue of $H$ it may go to a saddle. It is
  made safe by damping the step, by a line search, and by using $-\nabla f$ where $H$ is not
  positive definite.
- Logistic regression has $\nabla L = X^\top(p - y)$ and $H = X^\top S X$ with
  $S = \operatorname{diag}(p_i(1 - p_i))$; Newton's method on it is IRLS, and with few features it
  converges in a handful of steps where gradient descent needs over a thousand (section 5).
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
    kit.resources("newton-method", lang)
    return


if __name__ == "__main__":
    app.run()
