import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 2.4")


@app.cell(hide_code=True)
def _():
    import time

    import marimo as mo
    import numpy as np

    import gradiente.autodiff as ad
    from gradiente.course.kit import Kit
    from gradiente.datasets import load_breast_cancer

    kit = Kit()
    plt = kit.pyplot()
    return ad, kit, load_breast_cancer, mo, np, plt, time


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
    kit.header("chain-rule-graphs", lang)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Casi nada de lo que se entrena en machine learning es una función sencilla: es una cadena de
pasos pequeños (multiplicar por pesos, sumar, aplicar una activación, medir la pérdida). La
**regla de la cadena** dice cómo se combinan las derivadas de esos pasos, y el **grafo
computacional** es la forma de organizar la cuenta para que una computadora obtenga el
gradiente completo casi al mismo costo que evaluar la función una vez. Esa organización se
llama **retropropagación** (*backpropagation*), y es lo que hace cualquier biblioteca de redes
neuronales cuando le pides un gradiente.

**Al terminar podrás:**

- derivar una composición $f(g(x))$ y una cadena de $k$ funciones, evaluando cada derivada en su propia entrada;
- aplicar la regla de la cadena en varias variables, $\frac{dz}{dx} = \sum_k \frac{\partial z}{\partial y_k}\frac{\partial y_k}{\partial x}$;
- dibujar una expresión como grafo, hacer a mano la pasada hacia adelante (valores) y la pasada hacia atrás (adjuntos), y sumar las contribuciones cuando una variable se usa en varios lugares;
- explicar por qué el modo inverso da las $n$ derivadas parciales de una pérdida por el costo de unas pocas evaluaciones, mientras que las diferencias finitas necesitan $2n$;
- deducir del grafo el gradiente de la pérdida logística de una muestra: $\partial L/\partial z = p - y$.
""",
        en=r"""
Almost nothing that gets trained in machine learning is a simple function: it is a chain of
small steps (multiply by weights, add, apply an activation, measure the loss). The **chain
rule** says how the derivatives of those steps combine, and the **computational graph** is the
way to organise the sums so that a computer gets the whole gradient for about the price of
evaluating the function once. That organisation is called **backpropagation**, and it is what
every neural-network library does when you ask it for a gradient.

**By the end you will be able to:**

- differentiate a composition $f(g(x))$ and a chain of $k$ functions, evaluating each derivative at its own input;
- apply the chain rule in several variables, $\frac{dz}{dx} = \sum_k \frac{\partial z}{\partial y_k}\frac{\partial y_k}{\partial x}$;
- draw an expression as a graph, run by hand the forward pass (values) and the backward pass (adjoints), and add up the contributions when a variable is used in several places;
- explain why reverse mode gives all $n$ partial derivatives of a loss for the cost of a few evaluations, while finite differences need $2n$;
- derive from the graph the gradient of the logistic loss of one sample: $\partial L/\partial z = p - y$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 0. ¿Por qué importa en machine learning?

En la lección 2.1 bajaste por una función de costo con el descenso de gradiente, y calculaste
el gradiente con diferencias centrales: dos evaluaciones de la función por cada parámetro. Un
modelo pequeño de hoy tiene millones de parámetros, así que ese camino costaría millones de
evaluaciones *por paso*. Además, la pérdida de un modelo nunca se escribe de una vez: se
construye por pasos,

$$
x \;\longrightarrow\; z = w^\top x + b \;\longrightarrow\; p = \sigma(z) \;\longrightarrow\; L(p, y),
$$

y cada paso tiene una derivada fácil. La regla de la cadena junta esas derivadas fáciles en la
derivada del todo. En la sección 4 la usarás para obtener el gradiente de la regresión
logística sobre un tumor del conjunto de datos de cáncer de mama.
""",
        en=r"""
## 0. Why does it matter in machine learning?

In lesson 2.1 you walked down a cost function with gradient descent, and you computed the
gradient with central differences: two evaluations of the function per parameter. A small
model today has millions of parameters, so that road would cost millions of evaluations *per
step*. Besides, a model's loss is never written in one go: it is built in steps,

$$
x \;\longrightarrow\; z = w^\top x + b \;\longrightarrow\; p = \sigma(z) \;\longrightarrow\; L(p, y),
$$

and each step has an easy derivative. The chain rule puts those easy derivatives together into
the derivative of the whole. In section 4 you will use it to get the gradient of logistic
regression on one tumour of the breast-cancer data set.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 1. La regla de la cadena en una variable

Toma $z = f(g(x))$ y llama $u = g(x)$ al valor intermedio. Si mueves $x$ un poquito, $\Delta x$,
la función de adentro cambia $\Delta u \approx g'(x)\,\Delta x$ (es la aproximación lineal de la
lección 2.1). Ese cambio de $u$ es lo que recibe la función de afuera, que cambia
$\Delta z \approx f'(u)\,\Delta u$. Juntando las dos,

$$
\Delta z \approx f'(u)\,g'(x)\,\Delta x
\qquad\Longrightarrow\qquad
\frac{dz}{dx} = f'\big(g(x)\big)\,g'(x) = \frac{dz}{du}\,\frac{du}{dx}.
$$

Las pendientes **se multiplican**: si $g$ estira los cambios por 2 y $f$ por 3, la composición
los estira por 6. Y hay un detalle que es la fuente del error más común: $f'$ se evalúa en
$u = g(x)$, el punto que $f$ recibe, **no** en $x$.

Ejemplo: $z = e^{\sin x}$, con $g = \sin$ y $f = \exp$. Entonces $\frac{du}{dx} = \cos x$,
$\frac{dz}{du} = e^{u} = e^{\sin x}$, y $\frac{dz}{dx} = e^{\sin x}\cos x$. Mueve $x_0$: los
tres paneles muestran la pendiente de cada pieza en su propio punto, y la del centro por la de
la izquierda da la de la derecha.
""",
        en=r"""
## 1. The chain rule in one variable

Take $z = f(g(x))$ and call the intermediate value $u = g(x)$. Nudge $x$ by a little $\Delta x$:
the inner function changes by $\Delta u \approx g'(x)\,\Delta x$ (the linear approximation of
lesson 2.1). That change of $u$ is what the outer function receives, and it changes by
$\Delta z \approx f'(u)\,\Delta u$. Putting the two together,

$$
\Delta z \approx f'(u)\,g'(x)\,\Delta x
\qquad\Longrightarrow\qquad
\frac{dz}{dx} = f'\big(g(x)\big)\,g'(x) = \frac{dz}{du}\,\frac{du}{dx}.
$$

The slopes **multiply**: if $g$ stretches changes by 2 and $f$ by 3, the composition stretches
them by 6. And one detail is the source of the most common mistake: $f'$ is evaluated at
$u = g(x)$, the point $f$ receives, **not** at $x$.

Example: $z = e^{\sin x}$, with $g = \sin$ and $f = \exp$. Then $\frac{du}{dx} = \cos x$,
$\frac{dz}{du} = e^{u} = e^{\sin x}$, and $\frac{dz}{dx} = e^{\sin x}\cos x$. Move $x_0$: the
three panels show the slope of each piece at its own point, and the middle one times the left
one gives the right one.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    x0_slider = mo.ui.slider(
        -3.0, 3.0, step=0.1, value=0.5, show_value=True, label=kit.say(lang, es="Punto $x_0$", en="Point $x_0$")
    )
    x0_slider
    return (x0_slider,)


@app.cell(hide_code=True)
def _(mo, np, x0_slider):
    x0 = x0_slider.value
    u0 = np.sin(x0)  # the inner function's output, the point exp receives
    du_dx = np.cos(x0)  # g'(x) = cos x, at x0
    dz_du = np.exp(u0)  # f'(u) = e^u, at u0 = sin x0 (not at x0)
    dz_dx = dz_du * du_dx  # chain rule
    h = 1e-5
    central = (np.exp(np.sin(x0 + h)) - np.exp(np.sin(x0 - h))) / (2 * h)  # lesson 2.1's check
    mo.show_code()
    return central, du_dx, dz_du, dz_dx, u0, x0


@app.cell(hide_code=True)
def _(du_dx, dz_du, dz_dx, kit, lang, np, plt, u0, x0):
    _fig, _axes = plt.subplots(1, 3, figsize=(11, 3.5))
    _grid = np.linspace(-3.3, 3.3, 300)
    _ugrid = np.linspace(-1.2, 1.2, 200)
    _panels = [
        (_axes[0], _grid, np.sin(_grid), x0, u0, du_dx, r"$u = \sin x$", "x", "tab:blue"),
        (_axes[1], _ugrid, np.exp(_ugrid), u0, np.exp(u0), dz_du, r"$z = e^{u}$", "u", "tab:green"),
        (_axes[2], _grid, np.exp(np.sin(_grid)), x0, np.exp(u0), dz_dx, r"$z = e^{\sin x}$", "x", "tab:red"),
    ]
    for _ax, _xs, _ys, _px, _py, _slope, _title, _xlabel, _color in _panels:
        _ax.plot(_xs, _ys, color="black", lw=1.8)
        _half = 0.35 * (_xs[-1] - _xs[0]) / 2
        _seg = np.array([_px - _half, _px + _half])
        _ax.plot(_seg, _py + _slope * (_seg - _px), color=_color, lw=2.2)
        _ax.plot([_px], [_py], "o", color=_color, ms=7)
        _ax.set_title(
            _title + kit.say(lang, es=f"   pendiente {_slope:+.3f}", en=f"   slope {_slope:+.3f}"),
            fontsize=10,
            y=1.0,  # placed: matplotlib need not search for the title's height
        )
        _ax.set_xlabel(_xlabel)
        _ax.set_xlim(_xs[0], _xs[-1])
        _ax.grid(alpha=0.25)
    # Few ticks: each tick label is measured several times per redraw. u runs on the left panel's
    # vertical axis and on the middle panel's horizontal one: the same ticks on both.
    _axes[0].set_ylim(-1.4, 1.4)
    _axes[0].set_yticks([-1, 0, 1])
    _axes[1].set_xticks([-1, 0, 1])
    for _ax in _axes[1:]:
        _ax.set_ylim(0, 3.5)
        _ax.set_yticks([0, 1, 2, 3])
    # Plain text (x₀, not mathtext $x_0$): its numbers change on every move of the slider.
    _fig.suptitle(
        f"x₀ = {x0:.1f}   →   u₀ = sin x₀ = {u0:.3f}   ·   {dz_du:.3f} × ({du_dx:+.3f}) = {dz_dx:+.3f}", fontsize=11
    )
    kit.place_xlabels(_fig, _axes)  # at their known spot: no measuring
    _fig.subplots_adjust(left=0.05, right=0.99, bottom=0.15, top=0.8, wspace=0.25)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(central, du_dx, dz_du, dz_dx, kit, lang, np, u0, x0):
    _wrong = np.exp(x0) * du_dx
    kit.text(
        lang,
        es=rf"""
En $x_0 = {x0:.1f}$: $\frac{{du}}{{dx}} = \cos x_0 = {du_dx:.4f}$, $\frac{{dz}}{{du}} = e^{{u_0}} = {dz_du:.4f}$
y el producto es $\frac{{dz}}{{dx}} = {dz_dx:.6f}$. La diferencia central de la lección 2.1 da
${central:.6f}$: coinciden. Si evaluaras $\exp'$ en $x_0$ en lugar de en $u_0$ obtendrías
$e^{{x_0}}\cos x_0 = {_wrong:.4f}$, que no tiene nada que ver.

Con más eslabones la idea es la misma. Para $z = f_k(\cdots f_2(f_1(x)))$, llama $u_0 = x$ y
$u_j = f_j(u_{{j-1}})$ a lo que sale de cada paso. Cada derivada va en su propia entrada, y todas
se multiplican:

$$
\frac{{dz}}{{dx}} = f_k'(u_{{k-1}})\,\cdots\,f_2'(u_1)\,f_1'(u_0).
$$

Para calcularlo basta recorrer la cadena una vez, de $f_1$ a $f_k$, llevando dos cosas: el valor
actual $u$ y el producto acumulado de derivadas. Es tu primer ejercicio.
""",
        en=rf"""
At $x_0 = {x0:.1f}$: $\frac{{du}}{{dx}} = \cos x_0 = {du_dx:.4f}$, $\frac{{dz}}{{du}} = e^{{u_0}} = {dz_du:.4f}$
and their product is $\frac{{dz}}{{dx}} = {dz_dx:.6f}$. Lesson 2.1's central difference gives
${central:.6f}$: they agree. Evaluating $\exp'$ at $x_0$ instead of at $u_0$ would give
$e^{{x_0}}\cos x_0 = {_wrong:.4f}$, which has nothing to do with it.

With more links the idea is the same. For $z = f_k(\cdots f_2(f_1(x)))$, call $u_0 = x$ and
$u_j = f_j(u_{{j-1}})$ what comes out of each step. Each derivative goes at its own input, and
they all multiply:

$$
\frac{{dz}}{{dx}} = f_k'(u_{{k-1}})\,\cdots\,f_2'(u_1)\,f_1'(u_0).
$$

To compute it you only need to walk the chain once, from $f_1$ to $f_k$, carrying two things:
the current value $u$ and the running product of derivatives. That is your first exercise.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_chain_derivative = kit.exercise("chain_derivative", lang)
    ex_chain_derivative
    return (ex_chain_derivative,)


@app.cell(hide_code=True)
def _(ex_chain_derivative, kit):
    kit.feedback(ex_chain_derivative)
    return


@app.cell(hide_code=True)
def _(ex_chain_derivative, kit):
    kit.hints(ex_chain_derivative)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 2. Varias variables: los caminos se suman

Ahora $x$ no llega a la salida por un solo camino. Toma

$$
f(x, y) = (x\,y + \sin x)\,(x + y^2).
$$

Para organizar la cuenta le damos nombre a cada paso intermedio, uno por operación:

$$
a = x\,y,\quad s = \sin x,\quad q = y^2,\quad u = a + s,\quad v = x + q,\quad f = u\,v.
$$

La variable $x$ aparece tres veces: dentro de $a$, dentro de $s$ y dentro de $v$. Si la mueves
un poquito, cambian los tres, y cada uno empuja a $f$ por su lado. Los efectos pequeños se
suman (otra vez la aproximación lineal), así que la **regla de la cadena en varias variables**
es: si $z$ depende de $x$ a través de $y_1, \dots, y_m$,

$$
\frac{\partial z}{\partial x} = \sum_{k=1}^{m} \frac{\partial z}{\partial y_k}\,\frac{\partial y_k}{\partial x}.
$$

A lo largo de un camino las derivadas se multiplican (sección 1); entre caminos distintos, se
suman.

### El grafo computacional

Dibuja cada variable como una caja y una flecha de $v$ a $c$ cuando $c$ se calcula usando $v$
(decimos que $c$ es **hijo** de $v$). Con el grafo, la cuenta se hace en dos pasadas:

- **Pasada hacia adelante**, de izquierda a derecha: calcula el **valor** de cada caja a partir
  de las de su izquierda.
- **Pasada hacia atrás**, de derecha a izquierda: calcula el **adjunto** de cada caja,
  $\bar v = \partial f / \partial v$, es decir, cuánto cambia la salida si mueves esa caja. Se
  empieza con $\bar f = 1$, y cada caja junta lo que le llega de sus hijos (la suma recorre
  las cajas $c$ a las que llega una flecha desde $v$):

$$
\bar v = \sum_{c\,:\; v \to c} \bar c\;\frac{\partial c}{\partial v}.
$$

Cada término es “adjunto del hijo × **derivada local**” (la derivada de una sola operación, que
se lee en la flecha): $\partial(u\,v)/\partial u = v$, $\partial(a + s)/\partial a = 1$,
$\partial(\sin x)/\partial x = \cos x$… Al terminar, los adjuntos de las entradas son el
gradiente: $\bar x = \partial f/\partial x$ y $\bar y = \partial f/\partial y$.

Mueve el control **paso** para recorrer la pasada hacia atrás caja por caja. En el paso de $x$
se iluminan sus tres flechas: son las tres contribuciones que se suman. Cambia $x$ y $y$ para
ver cómo cambian todos los valores y adjuntos.
""",
        en=r"""
## 2. Several variables: paths add up

Now $x$ does not reach the output along a single path. Take

$$
f(x, y) = (x\,y + \sin x)\,(x + y^2).
$$

To organise the sums we name every intermediate step, one per operation:

$$
a = x\,y,\quad s = \sin x,\quad q = y^2,\quad u = a + s,\quad v = x + q,\quad f = u\,v.
$$

The variable $x$ appears three times: inside $a$, inside $s$ and inside $v$. Nudge it and all
three change, each pushing $f$ its own way. Small effects add up (the linear approximation
again), so the **multivariable chain rule** says: if $z$ depends on $x$ through
$y_1, \dots, y_m$,

$$
\frac{\partial z}{\partial x} = \sum_{k=1}^{m} \frac{\partial z}{\partial y_k}\,\frac{\partial y_k}{\partial x}.
$$

Along one path the derivatives multiply (section 1); across different paths, they add.

### The computational graph

Draw every variable as a box, with an arrow from $v$ to $c$ when $c$ is computed from $v$ (we
say $c$ is a **child** of $v$). With the graph, the sums take two passes:

- **Forward pass**, left to right: compute the **value** of each box from the boxes on its left.
- **Backward pass**, right to left: compute the **adjoint** of each box,
  $\bar v = \partial f / \partial v$, that is, how much the output changes when you nudge that
  box. Start with $\bar f = 1$, and each box collects what its children send back (the sum runs
  over the boxes $c$ that an arrow from $v$ reaches):

$$
\bar v = \sum_{c\,:\; v \to c} \bar c\;\frac{\partial c}{\partial v}.
$$

Each term is "child's adjoint × **local derivative**" (the derivative of a single operation,
written on the arrow): $\partial(u\,v)/\partial u = v$, $\partial(a + s)/\partial a = 1$,
$\partial(\sin x)/\partial x = \cos x$… At the end, the inputs' adjoints are the gradient:
$\bar x = \partial f/\partial x$ and $\bar y = \partial f/\partial y$.

Move the **step** control to walk the backward pass box by box. At $x$'s step its three arrows
light up: they are the three contributions being added. Change $x$ and $y$ to see every value
and adjoint change.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    gx_slider = mo.ui.slider(-2.0, 2.0, step=0.1, value=1.0, show_value=True, label="$x$")
    gy_slider = mo.ui.slider(-2.0, 2.0, step=0.1, value=2.0, show_value=True, label="$y$")
    step_slider = mo.ui.slider(
        0, 8, step=1, value=0, show_value=True, label=kit.say(lang, es="Paso hacia atrás", en="Backward step")
    )
    mo.hstack([gx_slider, gy_slider, step_slider], justify="start", gap=2)
    return gx_slider, gy_slider, step_slider


@app.cell(hide_code=True)
def _(np):
    # The graph of f(x, y) = (x·y + sin x)(x + y²): positions for the drawing, and for each arrow
    # (parent, child) the local derivative ∂child/∂parent, as a label and as a function of the values.
    GRAPH_POSITIONS = {
        "x": (0.0, 2.3),
        "y": (0.0, 0.2),
        "s": (2.4, 3.2),
        "a": (2.4, 1.7),
        "q": (2.4, 0.0),
        "u": (4.8, 2.45),
        "v": (4.8, 0.45),
        "f": (7.2, 1.45),
    }
    # Plain Unicode text, not mathtext: the figure redraws on every move of a control.
    GRAPH_LABELS = {
        "x": "x",
        "y": "y",
        "a": "a = x·y",
        "s": "s = sin x",
        "q": "q = y²",
        "u": "u = a + s",
        "v": "v = x + q",
        "f": "f = u·v",
    }
    GRAPH_LOCAL = {
        ("x", "a"): ("y", lambda val: val["y"]),
        ("y", "a"): ("x", lambda val: val["x"]),
        ("x", "s"): ("cos x", lambda val: np.cos(val["x"])),
        ("y", "q"): ("2y", lambda val: 2 * val["y"]),
        ("a", "u"): ("1", lambda val: 1.0),
        ("s", "u"): ("1", lambda val: 1.0),
        ("x", "v"): ("1", lambda val: 1.0),
        ("q", "v"): ("1", lambda val: 1.0),
        ("u", "f"): ("v", lambda val: val["v"]),
        ("v", "f"): ("u", lambda val: val["u"]),
    }
    BACKWARD_ORDER = ["f", "u", "v", "a", "s", "q", "x", "y"]  # every child before its parents
    return BACKWARD_ORDER, GRAPH_LABELS, GRAPH_LOCAL, GRAPH_POSITIONS


@app.cell(hide_code=True)
def _(BACKWARD_ORDER, GRAPH_LOCAL, gx_slider, gy_slider, np):
    # Small pure cell: the forward pass, then the backward pass, keeping every contribution.
    graph_values = {"x": gx_slider.value, "y": gy_slider.value}
    graph_values["a"] = graph_values["x"] * graph_values["y"]
    graph_values["s"] = np.sin(graph_values["x"])
    graph_values["q"] = graph_values["y"] ** 2
    graph_values["u"] = graph_values["a"] + graph_values["s"]
    graph_values["v"] = graph_values["x"] + graph_values["q"]
    graph_values["f"] = graph_values["u"] * graph_values["v"]
    graph_adjoints = {"f": 1.0}
    graph_contributions = {"f": []}  # node -> [(child, local derivative, child's adjoint)]
    for _node in BACKWARD_ORDER[1:]:
        graph_contributions[_node] = [
            (_child, _rule(graph_values), graph_adjoints[_child])
            for (_parent, _child), (_, _rule) in GRAPH_LOCAL.items()
            if _parent == _node
        ]
        graph_adjoints[_node] = sum(_local * _upstream for _, _local, _upstream in graph_contributions[_node])
    return graph_adjoints, graph_contributions, graph_values


@app.cell(hide_code=True)
def _(
    BACKWARD_ORDER,
    GRAPH_LABELS,
    GRAPH_LOCAL,
    GRAPH_POSITIONS,
    graph_adjoints,
    graph_values,
    kit,
    lang,
    plt,
    step_slider,
):
    from matplotlib.patches import FancyArrowPatch, FancyBboxPatch

    _step = step_slider.value
    _done = set(BACKWARD_ORDER[:_step])
    _current = BACKWARD_ORDER[_step - 1] if _step > 0 else None
    _w, _h = 1.55, 0.95
    _fig, _ax = plt.subplots(figsize=(11, 5.0))
    for (_parent, _child), (_label, _) in GRAPH_LOCAL.items():
        _x0, _y0 = GRAPH_POSITIONS[_parent]
        _x1, _y1 = GRAPH_POSITIONS[_child]
        _active = _parent == _current
        _bend = "arc3,rad=0.28" if (_parent, _child) == ("x", "v") else "arc3,rad=0"
        _ax.add_patch(
            FancyArrowPatch(
                (_x0 + _w / 2, _y0),
                (_x1 - _w / 2, _y1),
                connectionstyle=_bend,
                arrowstyle="-|>",
                mutation_scale=14,
                lw=3.0 if _active else 1.2,
                color="tab:red" if _active else "0.45",
                zorder=1,
            )
        )
        _mx, _my = (_x0 + _x1) / 2, (_y0 + _y1) / 2
        if (_parent, _child) == ("x", "v"):
            _mx, _my = 2.4, 0.85
        _ax.text(
            _mx,
            _my,
            _label,
            fontstyle="italic",
            fontsize=10 if _active else 8.5,
            color="tab:red" if _active else "0.35",
            ha="center",
            va="center",
            bbox=dict(facecolor="white", edgecolor="none", pad=0.5, alpha=0.9),
            zorder=3,
        )
    _value_word = kit.say(lang, es="valor", en="value")
    _adjoint_word = kit.say(lang, es="adjunto", en="adjoint")
    for _node, (_x, _y) in GRAPH_POSITIONS.items():
        _is_input = _node in ("x", "y")
        _face = "#dcecff" if _is_input else ("#ffd9cc" if _node == "f" else "#fff4d6")
        _ax.add_patch(
            FancyBboxPatch(
                (_x - _w / 2, _y - _h / 2),
                _w,
                _h,
                boxstyle="round,pad=0.02,rounding_size=0.12",
                facecolor=_face,
                edgecolor="tab:red" if _node == _current else "0.2",
                lw=3.0 if _node == _current else 1.0,
                zorder=2,
            )
        )
        _ax.text(_x, _y + 0.26, GRAPH_LABELS[_node], ha="center", va="center", fontsize=11, fontweight="bold", zorder=4)
        _ax.text(
            _x, _y - 0.02, f"{_value_word} = {graph_values[_node]:.4g}", ha="center", va="center", fontsize=9, zorder=4
        )
        _adjoint_text = f"{graph_adjoints[_node]:.4g}" if _node in _done else "?"
        _ax.text(
            _x,
            _y - 0.28,
            f"{_adjoint_word} = {_adjoint_text}",
            ha="center",
            va="center",
            fontsize=9,
            color="tab:red" if _node in _done else "0.5",
            fontweight="bold" if _node == _current else "normal",
            zorder=4,
        )
    _ax.set_xlim(-0.95, 8.15)
    _ax.set_ylim(-0.7, 3.85)
    _ax.set_aspect("equal")
    _ax.axis("off")
    _ax.set_title(
        kit.say(
            lang,
            es="Flechas: derivada local ∂hijo/∂padre. Arriba el valor (hacia adelante), abajo el adjunto (hacia atrás).",
            en="Arrows: local derivative ∂child/∂parent. Value on top (forward), adjoint below (backward).",
        ),
        fontsize=10,
        y=1.0,  # placed: matplotlib need not search for the title's height
    )
    _fig.subplots_adjust(left=0.01, right=0.99, bottom=0.01, top=0.93)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(BACKWARD_ORDER, graph_adjoints, graph_contributions, kit, lang, step_slider):
    _step = step_slider.value
    if _step == 0:
        _msg = kit.text(
            lang,
            es="**Paso 0.** Solo la pasada hacia adelante: todos los valores están calculados y ningún adjunto. "
            "Mueve el control de pasos.",
            en="**Step 0.** Only the forward pass: every value is known, no adjoint yet. Move the step control.",
        )
    elif _step == 1:
        _msg = kit.text(
            lang,
            es=r"**Paso 1.** Se empieza por la salida: $\bar f = \partial f/\partial f = 1$.",
            en=r"**Step 1.** Start at the output: $\bar f = \partial f/\partial f = 1$.",
        )
    else:
        _node = BACKWARD_ORDER[_step - 1]
        _terms = graph_contributions[_node]
        _symbolic = " + ".join(
            rf"\bar {child}\,\frac{{\partial {child}}}{{\partial {_node}}}" for child, _, _ in _terms
        )
        _numbers = " + ".join(f"({upstream:.4g})({local:.4g})" for _, local, upstream in _terms)
        _formula = rf"$$\bar {_node} = {_symbolic} = {_numbers} = {graph_adjoints[_node]:.6g}$$"
        _many_es = (
            f" La variable ${_node}$ alimenta {len(_terms)} cajas, así que su adjunto suma {len(_terms)} contribuciones."
            if len(_terms) > 1
            else ""
        )
        _many_en = (
            f" The variable ${_node}$ feeds {len(_terms)} boxes, so its adjoint adds {len(_terms)} contributions."
            if len(_terms) > 1
            else ""
        )
        _msg = kit.text(
            lang,
            es=f"**Paso {_step}.** Adjunto de ${_node}$: cada hijo devuelve su adjunto por la derivada local.{_many_es}\n\n{_formula}",
            en=f"**Step {_step}.** Adjoint of ${_node}$: each child sends back its adjoint times the local derivative.{_many_en}\n\n{_formula}",
        )
    _msg
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Fíjate en dos cosas. Primero, la pasada hacia atrás **reutiliza** los valores de la pasada
hacia adelante ($\bar u = v$ necesita el valor de $v$): por eso hay que guardarlos. Segundo, el
orden importa: el adjunto de una caja solo se puede calcular cuando ya están los de todos sus
hijos.

En tu segundo ejercicio programas esas dos pasadas para esta misma $f$, a mano, sin diferencias
finitas.
""",
        en=r"""
Notice two things. First, the backward pass **reuses** the values of the forward pass
($\bar u = v$ needs the value of $v$): that is why they are kept. Second, order matters: a box's
adjoint can only be computed once the adjoints of all its children are there.

In your second exercise you write those two passes for this same $f$, by hand, without finite
differences.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_grad_by_hand = kit.exercise("grad_by_hand", lang)
    ex_grad_by_hand
    return (ex_grad_by_hand,)


@app.cell(hide_code=True)
def _(ex_grad_by_hand, kit):
    kit.feedback(ex_grad_by_hand)
    return


@app.cell(hide_code=True)
def _(ex_grad_by_hand, kit):
    kit.hints(ex_grad_by_hand)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
### La biblioteca hace lo mismo

`gradiente.autodiff` guarda, en cada operación con un `Tensor`, de qué cajas salió y cuál es su
derivada local; `f.backward()` hace la pasada hacia atrás y deja cada adjunto en `.grad`. Con
`draw_graph` dibuja el grafo que quedó registrado (un dibujo propio, sin nada de la red). Los
valores son los mismos que los de la figura de arriba: mueve $x$ y $y$ allá y compáralos. En el
dibujo, `grad` es el adjunto de cada caja, y `**2` es el cuadrado.
""",
        en=r"""
### The library does the same

`gradiente.autodiff` records, for each operation on a `Tensor`, which boxes it came from and
its local derivative; `f.backward()` runs the backward pass and leaves each adjoint in `.grad`.
`draw_graph` draws the graph that was recorded (our own drawing, nothing from the network). The
values match the figure above: move $x$ and $y$ there and compare. In the drawing, `grad` is each
box's adjoint, and `**2` is the square.
""",
    )
    return


@app.cell(hide_code=True)
def _(ad, gx_slider, gy_slider, mo):
    x = ad.Tensor(gx_slider.value, requires_grad=True, name="x")
    y = ad.Tensor(gy_slider.value, requires_grad=True, name="y")
    a = x * y
    s = ad.sin(x)
    q = y**2
    u = a + s
    v = x + q
    f = u * v
    for _node, _name in [(a, "a"), (s, "s"), (q, "q"), (u, "u"), (v, "v"), (f, "f")]:
        _node.name = _name
    f.backward()  # the backward pass: fills x.grad, y.grad and every box's .grad
    library_drawing = ad.draw_graph(f)
    library_gradient = [float(x.grad), float(y.grad)]
    mo.show_code()
    return library_drawing, library_gradient


@app.cell(hide_code=True)
def _(mo):
    def show_drawing(drawing, lang, fit=True):
        """The SVG of draw_graph, with its words in the reader's language: scaled to the page
        width (fit=True) or at its own size, with a horizontal scroll bar."""
        svg = drawing.svg
        if fit:
            head, rest = svg.split(">", 1)
            width = head.split('width="')[1].split('"')[0]
            height = head.split('height="')[1].split('"')[0]
            head = head.replace(f'width="{width}" height="{height}"', f'width="100%" style="max-width:{width}px"')
            svg = head + ">" + rest
        if lang == "es":
            for english, spanish in [
                (">value = ", ">valor = "),
                (">constant<", ">constante<"),
                (">input<", ">entrada<"),
            ]:
                svg = svg.replace(english, spanish)
        return mo.Html(f'<div style="overflow-x:auto">{svg}</div>')

    return (show_drawing,)


@app.cell(hide_code=True)
def _(lang, library_drawing, show_drawing):
    show_drawing(library_drawing, lang)
    return


@app.cell(hide_code=True)
def _(ad, graph_adjoints, gx_slider, gy_slider, kit, lang, library_gradient, np):
    def f_numpy(point):
        px, py = point
        return (px * py + np.sin(px)) * (px + py**2)

    def f_tensor(point):
        return (point[0] * point[1] + ad.sin(point[0])) * (point[0] + point[1] ** 2)

    _point = np.array([gx_slider.value, gy_slider.value])
    _step = 1e-5
    _central = np.array([(f_numpy(_point + _step * e) - f_numpy(_point - _step * e)) / (2 * _step) for e in np.eye(2)])
    _grad = ad.grad(f_tensor)(_point)
    _hand = np.array([graph_adjoints["x"], graph_adjoints["y"]])
    _rows = "\n".join(
        f"| {name} | {h:.10f} | {lib:.10f} | {g:.10f} | {c:.10f} |"
        for name, h, lib, g, c in zip(
            (r"$\partial f/\partial x$", r"$\partial f/\partial y$"), _hand, library_gradient, _grad, _central
        )
    )
    _gap = np.max(np.abs(_hand - _central))
    kit.text(
        lang,
        es=rf"""
Tres caminos para el mismo gradiente en $(x, y) = ({gx_slider.value:.1f}, {gy_slider.value:.1f})$: la pasada hacia atrás
de la figura, `f.backward()` de la biblioteca (también con `ad.grad`), y la diferencia central de
la lección 2.1 con $h = 10^{{-5}}$:

| | a mano | `f.backward()` | `ad.grad` | diferencia central |
|---|---:|---:|---:|---:|
{_rows}

Los tres primeros son la misma cuenta y coinciden hasta el último dígito; la diferencia central
se separa en ${kit.tex_number(_gap, 2)}$, su error de truncamiento y redondeo.
""",
        en=rf"""
Three roads to the same gradient at $(x, y) = ({gx_slider.value:.1f}, {gy_slider.value:.1f})$: the figure's backward pass, the
library's `f.backward()` (also through `ad.grad`), and lesson 2.1's central difference with
$h = 10^{{-5}}$:

| | by hand | `f.backward()` | `ad.grad` | central difference |
|---|---:|---:|---:|---:|
{_rows}

The first three are the same sums and agree to the last digit; the central difference is off by
${kit.tex_number(_gap, 2)}$, its truncation and round-off error.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 3. ¿Cuánto cuesta un gradiente?

Supón una pérdida $L(\theta)$ con $n$ parámetros. Hay tres maneras de obtener sus $n$ derivadas
parciales:

- **Diferencias finitas** (lección 2.1): dos evaluaciones de $L$ por parámetro, $2n$ en total,
  y cada derivada con un error de truncamiento y de redondeo.
- **Modo hacia adelante**: se empuja hacia adelante, junto con los valores, la derivada respecto
  de **una** entrada (el “cuánto cambia cada caja si muevo $\theta_j$”). Es exacto, pero da una
  sola columna por pasada: $n$ pasadas para el gradiente completo.
- **Modo inverso** (la pasada hacia atrás de la sección 2): una pasada hacia adelante que guarda
  los valores, y una hacia atrás que reparte el adjunto de la única salida, $\bar L = 1$, entre
  **todas** las entradas a la vez. El costo es un múltiplo pequeño y fijo del de evaluar $L$
  (unas pocas evaluaciones), **sin importar** $n$.

La diferencia está en la forma: el modo inverso gana porque hay muchas entradas y **una** salida
(la pérdida). Para una función con una entrada y muchas salidas, conviene el modo hacia
adelante. El precio del modo inverso es la memoria: hay que guardar todos los valores
intermedios hasta la pasada hacia atrás.

Mueve $n$ para comparar. La gráfica cuenta 3 evaluaciones para el modo inverso (la pasada hacia
adelante y unas dos más por la pasada hacia atrás) y una por pasada en el modo hacia adelante:
son aproximaciones, lo que importa es cómo crece cada curva con $n$.
""",
        en=r"""
## 3. How much does a gradient cost?

Take a loss $L(\theta)$ with $n$ parameters. There are three ways to get its $n$ partial
derivatives:

- **Finite differences** (lesson 2.1): two evaluations of $L$ per parameter, $2n$ in all, and each
  derivative with truncation and round-off error.
- **Forward mode**: push forward, along with the values, the derivative with respect to **one**
  input ("how much does each box change if I nudge $\theta_j$"). It is exact, but gives one
  column per pass: $n$ passes for the whole gradient.
- **Reverse mode** (the backward pass of section 2): one forward pass that keeps the values, and
  one backward pass that hands the adjoint of the single output, $\bar L = 1$, to **every** input
  at once. The cost is a small, fixed multiple of the cost of evaluating $L$ (a few evaluations),
  **whatever** $n$ is.

It is the shape that decides: reverse mode wins because there are many inputs and **one** output
(the loss). For a function with one input and many outputs, forward mode is the better deal. The
price of reverse mode is memory: every intermediate value must be kept until the backward pass.

Move $n$ to compare. The plot counts 3 evaluations for reverse mode (the forward pass and about
two more for the backward pass) and one per pass for forward mode: these are approximations,
what matters is how each curve grows with $n$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    n_slider = mo.ui.slider(
        steps=[10, 100, 1_000, 10_000, 100_000, 1_000_000],
        value=1_000,
        show_value=True,
        label=kit.say(lang, es="Número de parámetros $n$", en="Number of parameters $n$"),
    )
    n_slider
    return (n_slider,)


@app.cell(hide_code=True)
def _(kit, lang, n_slider, np, plt):
    _n = np.logspace(1, 6, 100)
    _reverse_cost = 3.0  # one forward pass plus a backward pass of about twice its cost
    _methods = [
        (
            kit.say(lang, es="diferencias finitas: 2n", en="finite differences: 2n"),
            2 * _n,
            2 * n_slider.value,
            "tab:orange",
        ),
        (kit.say(lang, es="modo hacia adelante: n", en="forward mode: n"), _n, n_slider.value, "tab:blue"),
        (
            kit.say(lang, es="modo inverso: ≈ 3", en="reverse mode: ≈ 3"),
            np.full_like(_n, _reverse_cost),
            _reverse_cost,
            "tab:green",
        ),
    ]
    _fig, _ax = plt.subplots(figsize=(8, 4.3))
    for _label, _curve, _point, _color in _methods:
        _ax.loglog(_n, _curve, color=_color, lw=2, label=_label)
        _ax.plot([n_slider.value], [_point], "o", color=_color, ms=8)
        _ax.annotate(
            f"{_point:,.0f}".replace(",", " "),
            (n_slider.value, _point),
            textcoords="offset points",
            xytext=(8, 6) if _color != "tab:blue" else (8, -14),
            color=_color,
            fontsize=10,
        )
    _ax.axvline(n_slider.value, color="0.7", lw=1, ls=":")
    _n_text = f"{n_slider.value:,}".replace(",", " ")
    _ratio_text = f"{2 * n_slider.value / _reverse_cost:,.0f}".replace(",", " ")
    _ax.set_xlabel(kit.say(lang, es="número de parámetros n", en="number of parameters n"))
    _ax.set_ylabel(kit.say(lang, es="costo, en evaluaciones de L", en="cost, in evaluations of L"))
    _ax.set_ylim(1, 5e6)
    _ax.set_title(
        kit.say(
            lang,
            es=f"Con n = {_n_text}: el modo inverso pide {_ratio_text} veces menos evaluaciones que las diferencias finitas",
            en=f"With n = {_n_text}: reverse mode needs {_ratio_text} times fewer evaluations than finite differences",
        ),
        fontsize=10,
        y=1.0,  # placed: matplotlib need not search for the title's height
    )
    _ax.legend(loc="upper left", fontsize=9)
    # Decades only, labelled 10³ in plain text: minor ticks and mathtext labels tripled the redraw.
    _ax.xaxis.set_major_formatter(kit.powers_of_ten())
    _ax.yaxis.set_major_formatter(kit.powers_of_ten())
    _ax.minorticks_off()
    _ax.grid(alpha=0.25)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(load_breast_cancer):
    X_cancer, y_cancer = load_breast_cancer(return_X_y=True)
    X_cancer = (X_cancer - X_cancer.mean(axis=0)) / X_cancer.std(axis=0)  # standardised, ddof=0
    n_tumours, n_measurements = X_cancer.shape
    return X_cancer, n_measurements, n_tumours, y_cancer


@app.cell(hide_code=True)
def _(kit, lang, n_measurements, n_tumours):
    kit.text(
        lang,
        es=rf"""
Mídelo en un caso real: la pérdida logística media del conjunto de datos de cáncer de mama
({n_tumours} tumores, {n_measurements} medidas estandarizadas, más un sesgo: $n = {n_measurements + 1}$
parámetros), en $\theta = 0$. El código cuenta cuántas veces se evalúa la pérdida y mide el
tiempo de cada método.
""",
        en=rf"""
Measure it on a real case: the mean logistic loss of the breast-cancer data set ({n_tumours}
tumours, {n_measurements} standardised measurements, plus a bias: $n = {n_measurements + 1}$
parameters), at $\theta = 0$. The code counts how many times the loss is evaluated and times each
method.
""",
    )
    return


@app.cell(hide_code=True)
def _(X_cancer, ad, mo, np, time, y_cancer):
    calls = {"count": 0}

    def mean_logistic_loss(theta):  # works on NumPy arrays and on autodiff Tensors
        calls["count"] += 1
        z = X_cancer @ theta[:30] + theta[30]
        p = 1 / (1 + np.exp(-z))
        return -np.mean(y_cancer * np.log(p) + (1 - y_cancer) * np.log(1 - p))

    def central_differences(theta, h=1e-5):
        steps = h * np.eye(theta.size)
        return np.array([(mean_logistic_loss(theta + e) - mean_logistic_loss(theta - e)) / (2 * h) for e in steps])

    def best_time(method, theta, repeats=5):  # the fastest of a few runs: less noise from other programs
        seconds = []
        for _ in range(repeats):
            start = time.perf_counter()
            method(theta)
            seconds.append(time.perf_counter() - start)
        return min(seconds)

    theta = np.zeros(31)
    calls["count"] = 0
    grad_fd = central_differences(theta)
    calls_fd = calls["count"]
    calls["count"] = 0
    grad_reverse = ad.grad(mean_logistic_loss)(theta)  # one forward pass, one backward pass
    calls_reverse = calls["count"]
    seconds_fd = best_time(central_differences, theta)
    seconds_reverse = best_time(ad.grad(mean_logistic_loss), theta)
    mo.show_code()
    return calls_fd, calls_reverse, grad_fd, grad_reverse, seconds_fd, seconds_reverse


@app.cell(hide_code=True)
def _(
    calls_fd,
    calls_reverse,
    grad_fd,
    grad_reverse,
    kit,
    lang,
    np,
    seconds_fd,
    seconds_reverse,
):
    _gap = np.max(np.abs(grad_fd - grad_reverse))
    kit.text(
        lang,
        es=rf"""
| método | evaluaciones de la pérdida | tiempo en esta computadora (la mejor de 5 corridas) |
|---|---:|---:|
| diferencias centrales | {calls_fd} | {seconds_fd * 1000:.2f} ms |
| modo inverso (`ad.grad`) | {calls_reverse} (más la pasada hacia atrás) | {seconds_reverse * 1000:.2f} ms |

Los dos gradientes difieren como mucho en ${kit.tex_number(_gap, 2)}$ (el error de la
diferencia finita). Con solo 31 parámetros los tiempos dicen poco: cada evaluación de esta
pérdida es barata, y la biblioteca paga además un costo fijo por registrar el grafo. Lo que
crece con $n$ es el número de evaluaciones: $2n = {calls_fd}$ contra una sola. Con un millón de
parámetros serían dos millones contra una.
""",
        en=rf"""
| method | loss evaluations | time on this computer (best of 5 runs) |
|---|---:|---:|
| central differences | {calls_fd} | {seconds_fd * 1000:.2f} ms |
| reverse mode (`ad.grad`) | {calls_reverse} (plus the backward pass) | {seconds_reverse * 1000:.2f} ms |

The two gradients differ by at most ${kit.tex_number(_gap, 2)}$ (the finite difference's error).
With only 31 parameters the times say little: each evaluation of this loss is cheap, and the
library also pays a fixed cost to record the graph. What grows with $n$ is the number of
evaluations: $2n = {calls_fd}$ against a single one. With a million parameters it would be two
million against one.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 4. El gradiente de la regresión logística, leído en su grafo

La regresión logística (lección 4.2) da a una muestra $x \in \mathbb{R}^d$ la probabilidad
$p = \sigma(z)$ de ser de la clase 1, con $z = w^\top x + b$ y la función sigmoide
$\sigma(z) = 1/(1 + e^{-z})$. Con la etiqueta $y \in \{0, 1\}$, su pérdida es la entropía
cruzada

$$
L = -\big[\,y \ln p + (1 - y)\ln(1 - p)\,\big].
$$

El grafo es una cadena corta: $w, b \to z \to p \to L$. Recórrelo hacia atrás, una derivada
local por flecha.

**De $L$ a $p$.** Derivando cada logaritmo,

$$
\frac{\partial L}{\partial p} = -\frac{y}{p} + \frac{1 - y}{1 - p} = \frac{p - y}{p\,(1 - p)}.
$$

**De $p$ a $z$.** La sigmoide tiene una derivada que se escribe con ella misma:
$\sigma'(z) = \frac{e^{-z}}{(1 + e^{-z})^2} = \sigma(z)\,\big(1 - \sigma(z)\big) = p\,(1 - p)$.

**Multiplicando** (regla de la cadena en una variable), el factor $p(1 - p)$ se cancela:

$$
\bar z = \frac{\partial L}{\partial z} = \frac{p - y}{p\,(1 - p)}\cdot p\,(1 - p) = p - y.
$$

**De $z$ a los parámetros.** Como $z = w_1 x_1 + \dots + w_d x_d + b$, las derivadas locales son
$\partial z/\partial w_j = x_j$ y $\partial z/\partial b = 1$, así que

$$
\nabla_w L = (p - y)\,x, \qquad \frac{\partial L}{\partial b} = p - y.
$$

Se lee solo: el error de la predicción, $p - y$, por la entrada. Si el modelo dice $p = 0.9$ para
un tumor con $y = 0$, $\bar z = 0.9 > 0$, y el descenso de gradiente baja $z$. Y la cancelación no
es un detalle de presentación: si programas $\partial L/\partial p$ y $\sigma'$ por separado,
cuando $p$ se redondea a 1 terminas con $\infty \cdot 0$ = NaN.

Abajo, el grafo que registra la biblioteca con dos medidas del tumor (el radio medio y la textura
media, estandarizados). Elige el tumor, mueve $w_1$, $w_2$ y $b$, y compara el adjunto de $z$ con
$p - y$.
""",
        en=r"""
## 4. The logistic-regression gradient, read off its graph

Logistic regression (lesson 4.2) gives a sample $x \in \mathbb{R}^d$ the probability
$p = \sigma(z)$ of being in class 1, with $z = w^\top x + b$ and the sigmoid function
$\sigma(z) = 1/(1 + e^{-z})$. With the label $y \in \{0, 1\}$, its loss is the cross-entropy

$$
L = -\big[\,y \ln p + (1 - y)\ln(1 - p)\,\big].
$$

The graph is a short chain: $w, b \to z \to p \to L$. Walk it backwards, one local derivative
per arrow.

**From $L$ to $p$.** Differentiating each logarithm,

$$
\frac{\partial L}{\partial p} = -\frac{y}{p} + \frac{1 - y}{1 - p} = \frac{p - y}{p\,(1 - p)}.
$$

**From $p$ to $z$.** The sigmoid has a derivative written with itself:
$\sigma'(z) = \frac{e^{-z}}{(1 + e^{-z})^2} = \sigma(z)\,\big(1 - \sigma(z)\big) = p\,(1 - p)$.

**Multiplying** (the one-variable chain rule), the factor $p(1 - p)$ cancels:

$$
\bar z = \frac{\partial L}{\partial z} = \frac{p - y}{p\,(1 - p)}\cdot p\,(1 - p) = p - y.
$$

**From $z$ to the parameters.** Since $z = w_1 x_1 + \dots + w_d x_d + b$, the local derivatives
are $\partial z/\partial w_j = x_j$ and $\partial z/\partial b = 1$, so

$$
\nabla_w L = (p - y)\,x, \qquad \frac{\partial L}{\partial b} = p - y.
$$

It reads by itself: the prediction's error, $p - y$, times the input. If the model says $p = 0.9$
for a tumour with $y = 0$, then $\bar z = 0.9 > 0$, and gradient descent lowers $z$. And the
cancellation is not a matter of presentation: if you code $\partial L/\partial p$ and $\sigma'$
separately, when $p$ rounds to 1 you end up with $\infty \cdot 0$ = NaN.

Below, the graph the library records with two of the tumour's measurements (mean radius and mean
texture, standardised). Pick the tumour, move $w_1$, $w_2$ and $b$, and compare $z$'s adjoint with
$p - y$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo, y_cancer):
    _malignant = 0
    _benign = int((y_cancer == 1).argmax())
    tumour_choice = mo.ui.dropdown(
        options={
            kit.say(
                lang, es=f"fila {_malignant}: maligno (y = 0)", en=f"row {_malignant}: malignant (y = 0)"
            ): _malignant,
            kit.say(lang, es=f"fila {_benign}: benigno (y = 1)", en=f"row {_benign}: benign (y = 1)"): _benign,
        },
        value=kit.say(lang, es=f"fila {_malignant}: maligno (y = 0)", en=f"row {_malignant}: malignant (y = 0)"),
        label=kit.say(lang, es="Tumor", en="Tumour"),
    )
    w1_slider = mo.ui.slider(-3.0, 3.0, step=0.1, value=1.0, show_value=True, label="$w_1$")
    w2_slider = mo.ui.slider(-3.0, 3.0, step=0.1, value=-0.5, show_value=True, label="$w_2$")
    b_slider = mo.ui.slider(-3.0, 3.0, step=0.1, value=0.0, show_value=True, label="$b$")
    mo.vstack([tumour_choice, mo.hstack([w1_slider, w2_slider, b_slider], justify="start", gap=2)])
    return b_slider, tumour_choice, w1_slider, w2_slider


@app.cell(hide_code=True)
def _(X_cancer, ad, b_slider, tumour_choice, w1_slider, w2_slider, y_cancer):
    # The library records the graph and runs the backward pass; the figure below only draws it.
    _row = tumour_choice.value
    label_y = float(y_cancer[_row])
    x_tumour = X_cancer[_row, :2]  # mean radius, mean texture (standardised)
    w = ad.Tensor([w1_slider.value, w2_slider.value], requires_grad=True, name="w")
    b = ad.Tensor(b_slider.value, requires_grad=True, name="b")
    z = w @ ad.Tensor(x_tumour, name="x") + b
    z.name = "z"
    p = ad.sigmoid(z)
    p.name = "p"
    # With y = 1 only the term −ln p is left, with y = 0 only −ln(1 − p).
    loss = -ad.log(p) if label_y == 1 else -ad.log(1 - p)
    loss.name = "L"
    loss.backward()
    logistic_drawing = ad.draw_graph(loss)
    return b, label_y, logistic_drawing, loss, p, w, x_tumour, z


@app.cell(hide_code=True)
def _(b, kit, label_y, lang, loss, p, plt, w, x_tumour, z):
    from matplotlib.patches import FancyArrowPatch as _Arrow
    from matplotlib.patches import FancyBboxPatch as _Box

    def _vector(values):
        return "[" + ", ".join(f"{value:.3g}" for value in values) + "]"

    _p = float(p.data)
    _value_word = kit.say(lang, es="valor", en="value")
    _adjoint_word = kit.say(lang, es="adjunto", en="adjoint")
    # Plain Unicode text, not mathtext: the figure redraws on every move of a control.
    _boxes = {
        "x": ((0.0, 2.6), "x", _vector(x_tumour), None, "#eeeeee"),
        "w": ((0.0, 1.3), "w", _vector(w.data), _vector(w.grad), "#dcecff"),
        "b": ((0.0, 0.0), "b", f"{float(b.data):.3g}", f"{float(b.grad):.4g}", "#dcecff"),
        "z": ((3.0, 1.3), "z = wᵀx + b", f"{float(z.data):.4g}", f"{float(z.grad):.4g}", "#fff4d6"),
        "p": ((6.3, 1.3), "p = σ(z)", f"{_p:.4g}", f"{float(p.grad):.4g}", "#fff4d6"),
        "L": (
            (9.6, 1.3),
            "L = −ln p" if label_y == 1 else "L = −ln(1 − p)",
            f"{float(loss.data):.4g}",
            "1",
            "#ffd9cc",
        ),
    }
    _arrows = [
        ("w", "z", "∂z/∂w = x"),
        ("b", "z", "∂z/∂b = 1"),
        ("x", "z", ""),
        ("z", "p", f"σ′(z) = p(1 − p)\n= {_p * (1 - _p):.4g}"),
        ("p", "L", f"∂L/∂p = (p − y)/(p(1 − p))\n= {(_p - label_y) / (_p * (1 - _p)):.4g}"),
    ]
    _w, _h = 1.75, 1.0
    _fig, _ax = plt.subplots(figsize=(11, 4.2))
    for _parent, _child, _label in _arrows:
        (_x0, _y0), (_x1, _y1) = _boxes[_parent][0], _boxes[_child][0]
        _ax.add_patch(
            _Arrow((_x0 + _w / 2, _y0), (_x1 - _w / 2, _y1), arrowstyle="-|>", mutation_scale=14, lw=1.3, color="0.4")
        )
        if _label:
            # along z → p → L the label sits above the arrow; on w, b → z, near the arrow's start
            _start_x, _end_x = _x0 + _w / 2, _x1 - _w / 2
            _mx = (_start_x + _end_x) / 2 if _parent in ("z", "p") else _start_x + 0.45 * (_end_x - _start_x)
            _my = _y0 + 0.75 if _parent in ("z", "p") else _y0 + 0.45 * (_y1 - _y0)
            _ax.text(
                _mx,
                _my,
                _label,
                ha="center",
                va="center",
                fontsize=9,
                color="0.25",
                bbox=dict(facecolor="white", edgecolor="none", pad=0.5, alpha=0.9),
                zorder=3,
            )
    for _name, ((_x, _y), _title, _value, _adjoint, _face) in _boxes.items():
        _ax.add_patch(
            _Box(
                (_x - _w / 2, _y - _h / 2),
                _w,
                _h,
                boxstyle="round,pad=0.02,rounding_size=0.12",
                facecolor=_face,
                edgecolor="0.2",
                lw=1.0,
                zorder=2,
            )
        )
        _ax.text(_x, _y + 0.28, _title, ha="center", va="center", fontsize=11, fontweight="bold", zorder=4)
        _ax.text(_x, _y, f"{_value_word} = {_value}", ha="center", va="center", fontsize=9, zorder=4)
        if _adjoint is not None:
            _ax.text(
                _x,
                _y - 0.28,
                f"{_adjoint_word} = {_adjoint}",
                ha="center",
                va="center",
                fontsize=9,
                color="tab:red",
                zorder=4,
            )
    _ax.set_xlim(-1.0, 10.6)
    _ax.set_ylim(-0.6, 3.2)
    _ax.set_aspect("equal")
    _ax.axis("off")
    _ax.set_title(
        kit.say(
            lang,
            es=f"Una muestra, y = {label_y:.0f}: adjunto de z = {float(z.grad):.4f}, p − y = {_p - label_y:.4f}",
            en=f"One sample, y = {label_y:.0f}: adjoint of z = {float(z.grad):.4f}, p − y = {_p - label_y:.4f}",
        ),
        fontsize=10,
        y=1.0,  # placed: matplotlib need not search for the title's height
    )
    _fig.subplots_adjust(left=0.01, right=0.99, bottom=0.01, top=0.93)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang, logistic_drawing, mo, show_drawing):
    mo.accordion(
        {
            kit.say(
                lang,
                es="El mismo grafo, dibujado por `ad.draw_graph` (una caja por operación de la biblioteca)",
                en="The same graph, drawn by `ad.draw_graph` (one box per library operation)",
            ): show_drawing(logistic_drawing, lang, fit=False)
        }
    )
    return


@app.cell(hide_code=True)
def _(b, kit, label_y, lang, p, w, x_tumour, z):
    _p = float(p.data)
    _w_bar = w.grad
    kit.text(
        lang,
        es=rf"""
Con este tumor, $z = {float(z.data):.4f}$, $p = \sigma(z) = {_p:.4f}$ y $y = {label_y:.0f}$. El adjunto
de $z$ que calculó la biblioteca, $\bar z = {float(z.grad):.6f}$, es $p - y = {_p - label_y:.6f}$:
el factor $p(1 - p)$ de $\sigma'$ y el denominador de $\partial L/\partial p$ se cancelaron. Los
adjuntos de los parámetros son $\bar w = ({_w_bar[0]:.4f},\ {_w_bar[1]:.4f})$ y
$\bar b = {float(b.grad):.4f}$: $(p - y)$ por $x = ({x_tumour[0]:.4f},\ {x_tumour[1]:.4f})$, y por 1.
Sube $b$ con el tumor maligno ($y = 0$): $p$ se acerca a 1, la pérdida crece, y el adjunto de $b$
también, empujando a bajar $z$.
""",
        en=rf"""
For this tumour, $z = {float(z.data):.4f}$, $p = \sigma(z) = {_p:.4f}$ and $y = {label_y:.0f}$. The
adjoint of $z$ the library computed, $\bar z = {float(z.grad):.6f}$, is $p - y = {_p - label_y:.6f}$:
the factor $p(1 - p)$ of $\sigma'$ and the denominator of $\partial L/\partial p$ cancelled. The
parameters' adjoints are $\bar w = ({_w_bar[0]:.4f},\ {_w_bar[1]:.4f})$ and
$\bar b = {float(b.grad):.4f}$: $(p - y)$ times $x = ({x_tumour[0]:.4f},\ {x_tumour[1]:.4f})$, and
times 1. Raise $b$ with the malignant tumour ($y = 0$): $p$ moves towards 1, the loss grows, and so
does $b$'s adjoint, pushing $z$ down.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
En el tercer ejercicio escribes ese gradiente para una muestra con $d$ medidas: las $d$
componentes de $\nabla_w L$ y, al final, $\partial L/\partial b$. Lo comprobamos con tumores
reales del conjunto de cáncer de mama (las 30 medidas estandarizadas), con $w = 0$ y con los
pesos de un modelo ya ajustado.
""",
        en=r"""
In the third exercise you write that gradient for a sample with $d$ measurements: the $d$
entries of $\nabla_w L$ and, last, $\partial L/\partial b$. It is checked on real tumours of the
breast-cancer data set (all 30 standardised measurements), with $w = 0$ and with the weights of
an already fitted model.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_logistic_grad_single = kit.exercise("logistic_grad_single", lang)
    ex_logistic_grad_single
    return (ex_logistic_grad_single,)


@app.cell(hide_code=True)
def _(ex_logistic_grad_single, kit):
    kit.feedback(ex_logistic_grad_single)
    return


@app.cell(hide_code=True)
def _(ex_logistic_grad_single, kit):
    kit.hints(ex_logistic_grad_single)
    return


@app.cell(hide_code=True)
def _(X_cancer, ad, mo, np, y_cancer):
    # After the exercise: the formula (p − y)·[x, 1] against the library, on every tumour.
    def one_sample_loss(theta, x_row, label):
        p = 1 / (1 + np.exp(-(x_row @ theta[:30] + theta[30])))
        return -(label * np.log(p) + (1 - label) * np.log(1 - p))

    rng = np.random.default_rng(24)
    theta_random = rng.normal(scale=0.3, size=31)
    p_all = 1 / (1 + np.exp(-(X_cancer @ theta_random[:30] + theta_random[30])))
    formula = (p_all - y_cancer)[:, None] * np.hstack([X_cancer, np.ones((len(y_cancer), 1))])
    library = np.array([ad.grad(one_sample_loss)(theta_random, X_cancer[i], y_cancer[i]) for i in range(len(y_cancer))])
    largest_gap = np.max(np.abs(formula - library))
    mo.show_code()
    return (largest_gap,)


@app.cell(hide_code=True)
def _(kit, lang, largest_gap, n_measurements, n_tumours):
    kit.text(
        lang,
        es=rf"""
Con unos pesos al azar, la fórmula $(p - y)\,[x, 1]$ y la pasada hacia atrás de la biblioteca
coinciden en los {n_tumours} tumores: la mayor diferencia entre las {n_tumours} × {n_measurements + 1}
derivadas es ${kit.tex_number(largest_gap, 2)}$, redondeo puro.
""",
        en=rf"""
With random weights, the formula $(p - y)\,[x, 1]$ and the library's backward pass agree on all
{n_tumours} tumours: the largest gap among the {n_tumours} × {n_measurements + 1} derivatives is
${kit.tex_number(largest_gap, 2)}$, pure round-off.
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
                es=r"**1.** Si $z = f(g(x))$, entonces $\frac{dz}{dx}$ es…",
                en=r"**1.** If $z = f(g(x))$, then $\frac{dz}{dx}$ is…",
            ),
            (
                T.same("f′(x) · g′(x)"),
                T.same("f′(g(x)) · g′(x)"),
                T.same("f′(g(x)) + g′(x)"),
                T.same("g′(f(x)) · f′(x)"),
            ),
            answer=1,
            why=T(
                es=r"La función de afuera recibe $u = g(x)$, así que su derivada se evalúa ahí: $f'(g(x))$. Luego se multiplica por $g'(x)$, porque a lo largo de un camino las pendientes se multiplican. $f'(x)\,g'(x)$ evalúa $f'$ en el punto equivocado, y la última compone en el orden contrario.",
                en=r"The outer function receives $u = g(x)$, so its derivative is evaluated there: $f'(g(x))$. Then it is multiplied by $g'(x)$, because along one path slopes multiply. $f'(x)\,g'(x)$ evaluates $f'$ at the wrong point, and the last one composes in the opposite order.",
            ),
        ),
        Question(
            T(
                es=r"**2.** En un grafo, la variable $x$ alimenta dos cajas, $c_1$ y $c_2$. Su adjunto $\bar x$ es…",
                en=r"**2.** In a graph, the variable $x$ feeds two boxes, $c_1$ and $c_2$. Its adjoint $\bar x$ is…",
            ),
            (
                T.same("c̄₁ · ∂c₁/∂x + c̄₂ · ∂c₂/∂x"),
                T.same("(c̄₁ · ∂c₁/∂x) · (c̄₂ · ∂c₂/∂x)"),
                T(es="solo el del último hijo que se procesa", en="only the one of the last child processed"),
            ),
            answer=0,
            why=T(
                es=r"Mover $x$ cambia $c_1$ y $c_2$ a la vez, y sus efectos pequeños sobre la salida se suman: caminos distintos se suman, a lo largo de un camino se multiplica. Quedarse con el último es el error de escribir `=` en lugar de `+=` (lo verás en la lección 2.6).",
                en=r"Nudging $x$ changes $c_1$ and $c_2$ at once, and their small effects on the output add up: different paths add, along one path you multiply. Keeping only the last one is the bug of writing `=` instead of `+=` (lesson 2.6 comes back to it).",
            ),
        ),
        Question(
            T(
                es=r"**3.** Una red tiene $10^6$ parámetros y una sola pérdida. ¿Cuánto cuesta su gradiente completo con el modo inverso?",
                en=r"**3.** A network has $10^6$ parameters and a single loss. How much does its full gradient cost with reverse mode?",
            ),
            (
                T(es="unas 2 · 10⁶ evaluaciones de la pérdida", en="about 2 · 10⁶ evaluations of the loss"),
                T(es="unas 10⁶ pasadas", en="about 10⁶ passes"),
                T(
                    es="unas pocas evaluaciones: una pasada hacia adelante y una hacia atrás",
                    en="a few evaluations: one forward pass and one backward pass",
                ),
            ),
            answer=2,
            why=T(
                es=r"La pasada hacia atrás reparte $\bar L = 1$ entre todas las entradas a la vez, por un costo que es un múltiplo pequeño del de evaluar $L$, sin importar cuántos parámetros haya. $2 \cdot 10^6$ es lo que piden las diferencias centrales, y $10^6$ pasadas lo que pide el modo hacia adelante (una columna por pasada).",
                en=r"The backward pass hands $\bar L = 1$ to every input at once, for a small multiple of the cost of evaluating $L$, however many parameters there are. $2 \cdot 10^6$ is what central differences need, and $10^6$ passes what forward mode needs (one column per pass).",
            ),
        ),
        Question(
            T(
                es=r"**4.** Para la regresión logística con entropía cruzada, $p = \sigma(z)$, ¿cuánto vale $\partial L/\partial z$?",
                en=r"**4.** For logistic regression with cross-entropy, $p = \sigma(z)$, what is $\partial L/\partial z$?",
            ),
            (
                T.same("p − y"),
                T.same("y − p"),
                T.same("(p − y) · p · (1 − p)"),
                T.same("p · (1 − p)"),
            ),
            answer=0,
            why=T(
                es=r"$\partial L/\partial p = (p - y)/(p(1 - p))$ y $\sigma'(z) = p(1 - p)$: al multiplicarlas, $p(1 - p)$ se cancela y queda $p - y$. $y - p$ tiene el signo al revés (es la dirección de bajada, no el gradiente), y el factor $p(1 - p)$ de más es lo que sale con el error cuadrático, no con la entropía cruzada.",
                en=r"$\partial L/\partial p = (p - y)/(p(1 - p))$ and $\sigma'(z) = p(1 - p)$: multiplying them, $p(1 - p)$ cancels and $p - y$ is left. $y - p$ has the wrong sign (it is the downhill direction, not the gradient), and the extra factor $p(1 - p)$ is what the squared error gives, not the cross-entropy.",
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

- **Regla de la cadena:** $\frac{d}{dx} f(g(x)) = f'(g(x))\,g'(x)$. A lo largo de una cadena las
  derivadas se multiplican, cada una evaluada en **su propia entrada**.
- **Varias variables:** $\frac{\partial z}{\partial x} = \sum_k \frac{\partial z}{\partial y_k}\frac{\partial y_k}{\partial x}$:
  por caminos distintos, las contribuciones se **suman**.
- **Grafo computacional:** una caja por operación. La pasada hacia adelante calcula y guarda los
  valores; la pasada hacia atrás empieza con $\bar L = 1$ y calcula
  $\bar v = \sum_{c} \bar c\,\partial c/\partial v$, de la salida a las entradas.
- **Costo:** el modo inverso da las $n$ derivadas de una pérdida por unas pocas evaluaciones
  (a cambio de memoria); las diferencias finitas piden $2n$ y el modo hacia adelante $n$ pasadas.
  Las diferencias finitas sirven para **comprobar** un gradiente, no para entrenar.
- **Regresión logística:** $\partial L/\partial z = p - y$, $\nabla_w L = (p - y)\,x$ y
  $\partial L/\partial b = p - y$. Simplifica la cadena antes de programarla.

En la lección 2.5 la regla de la cadena se vuelve un producto de matrices jacobianas, y en la
2.6 construyes tu propio motor de modo inverso.
""",
        en=r"""
## 6. Summary

- **Chain rule:** $\frac{d}{dx} f(g(x)) = f'(g(x))\,g'(x)$. Along a chain the derivatives
  multiply, each evaluated at **its own input**.
- **Several variables:** $\frac{\partial z}{\partial x} = \sum_k \frac{\partial z}{\partial y_k}\frac{\partial y_k}{\partial x}$:
  across different paths, the contributions **add**.
- **Computational graph:** one box per operation. The forward pass computes and keeps the
  values; the backward pass starts from $\bar L = 1$ and computes
  $\bar v = \sum_{c} \bar c\,\partial c/\partial v$, from the output to the inputs.
- **Cost:** reverse mode gives the $n$ derivatives of a loss for a few evaluations (paying in
  memory); finite differences need $2n$ and forward mode $n$ passes. Finite differences are for
  **checking** a gradient, not for training.
- **Logistic regression:** $\partial L/\partial z = p - y$, $\nabla_w L = (p - y)\,x$ and
  $\partial L/\partial b = p - y$. Simplify the chain before you code it.

In lesson 2.5 the chain rule becomes a product of Jacobian matrices, and in 2.6 you build your
own reverse-mode engine.
""",
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
    kit.resources("chain-rule-graphs", lang)
    return


if __name__ == "__main__":
    app.run()
