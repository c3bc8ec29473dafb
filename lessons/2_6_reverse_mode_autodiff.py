import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 2.6")


@app.cell(hide_code=True)
def _():
    import math
    import time

    import marimo as mo
    import numpy as np

    from gradiente import autodiff as ad
    from gradiente.course.kit import Kit
    from gradiente.datasets import load_diabetes

    kit = Kit()
    plt = kit.pyplot()
    return ad, kit, load_diabetes, math, mo, np, plt, time


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
    kit.header("reverse-mode-autodiff", lang)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Cuando escribes `loss.backward()` en PyTorch, o `grad(f)` en la biblioteca de este curso, un
programa recorre hacia atrás todas las operaciones que hiciste y te devuelve la derivada de la
pérdida respecto de cada parámetro. En esta lección escribes ese programa tú: un motor de
**diferenciación automática en modo inverso**, primero para números sueltos y luego con las dos
reglas que necesitan los arreglos, la de la difusión (*broadcasting*) y la del producto de matrices.
Al final entrenas una regresión lineal con datos reales de pacientes usando tu motor.

**Al terminar podrás:**

- representar cada valor como un nodo que recuerda a sus padres y la derivada local respecto de cada uno;
- ordenar el grafo topológicamente y acumular los adjuntos en orden inverso (con `+=`, nunca con `=`);
- calcular el gradiente de un operando difundido (sumando sobre los ejes difundidos) y el de un producto de matrices ($\bar A = \bar C B^\top$, $\bar B = A^\top \bar C$);
- verificar un gradiente con una prueba numérica (*gradient check*) y comparar tu motor con `gradiente.autodiff`.
""",
        en=r"""
When you write `loss.backward()` in PyTorch, or `grad(f)` in this course's library, a program
walks back through every operation you did and hands you the derivative of the loss with respect
to each parameter. In this lesson you write that program yourself: a **reverse-mode automatic
differentiation** engine, first for single numbers and then with the two rules arrays need,
broadcasting's and the matrix product's. At the end you train a linear regression on real
patients' data with your engine.

**By the end you will be able to:**

- represent each value as a node that remembers its parents and the local derivative with respect to each;
- order the graph topologically and accumulate adjoints in reverse order (with `+=`, never with `=`);
- compute the gradient of a broadcast operand (summing over the broadcast axes) and of a matrix product ($\bar A = \bar C B^\top$, $\bar B = A^\top \bar C$);
- verify a gradient with a numerical gradient check and compare your engine with `gradiente.autodiff`.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 0. ¿Por qué el modo inverso?

Un modelo con $n$ parámetros tiene una pérdida $L(\theta_1, \dots, \theta_n)$ y el descenso de
gradiente necesita las $n$ derivadas parciales en cada paso. Con diferencias centrales (lección 2.1)
eso cuesta $2n$ evaluaciones de la pérdida: con un millón de parámetros, dos millones de pasadas
por los datos para un solo paso. El modo inverso obtiene **todas** las derivadas con una pasada
hacia adelante (que calcula $L$ y guarda el grafo) y una pasada hacia atrás que cuesta más o menos lo mismo,
sin importar cuántos parámetros haya. Por eso cualquier red neuronal se entrena así; en la
retropropagación (*backpropagation*) de la lección 4.4 no hay nada más que lo que construyes aquí.
""",
        en=r"""
## 0. Why reverse mode?

A model with $n$ parameters has a loss $L(\theta_1, \dots, \theta_n)$, and gradient descent needs
the $n$ partial derivatives at every step. With central differences (lesson 2.1) that costs $2n$
evaluations of the loss: with a million parameters, two million passes over the data for a single
step. Reverse mode gets **all** the derivatives with one forward pass (which computes $L$ and keeps
the graph) and one backward pass of about the same cost, however many parameters there are. That is
how every neural network is trained; the backpropagation of lesson 4.4 has nothing in it beyond what
you build here.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 1. Un número que recuerda de dónde viene

En la lección 2.4 dibujaste grafos computacionales: cada operación es un nodo y sus flechas
llegan desde los valores que usó. Para derivar automáticamente, cada resultado guarda dos cosas
además de su valor: **quiénes son sus padres** (los nodos de los que salió) y la **derivada local**
respecto de cada uno. Para $c = a \cdot b$:

$$
\frac{\partial c}{\partial a} = b, \qquad \frac{\partial c}{\partial b} = a
$$

Esas derivadas locales se conocen en el momento de la operación, así que se guardan ahí mismo.
Así se ve en código (solo la multiplicación; la suma y las demás son iguales, cada una con su regla):
""",
        en=r"""
## 1. A number that remembers where it came from

In lesson 2.4 you drew computational graphs: each operation is a node, and its arrows come from
the values it used. To differentiate automatically, each result stores two things besides its
value: **who its parents are** (the nodes it was made from) and the **local derivative** with
respect to each. For $c = a \cdot b$:

$$
\frac{\partial c}{\partial a} = b, \qquad \frac{\partial c}{\partial b} = a
$$

Those local derivatives are known at the moment of the operation, so they are stored right there.
This is how it looks in code (only the product; the sum and the rest are alike, each with its rule):
""",
    )
    return


@app.cell(hide_code=True)
def _(mo):
    class Node:
        def __init__(self, data, parents=()):
            self.data = data
            self.grad = 0.0  # the adjoint, filled in later by the backward pass
            self.parents = parents  # pairs (parent, local derivative)

        def __mul__(self, other):
            return Node(self.data * other.data, ((self, other.data), (other, self.data)))

    a_node = Node(3.0)
    square_node = a_node * a_node
    mo.show_code()
    return a_node, square_node


@app.cell(hide_code=True)
def _(a_node, kit, lang, square_node):
    _rows = "\n".join(
        f"| {_k + 1} | {'`a`' if _parent is a_node else '?'} | {_parent.data:g} | {_local:g} |"
        for _k, (_parent, _local) in enumerate(square_node.parents)
    )
    kit.text(
        lang,
        es=f"""
`square_node = a_node * a_node` vale {square_node.data:g} y sus padres son:

| par | padre | valor del padre | derivada local |
|:--|:--|:--|:--|
{_rows}

El mismo nodo `a` aparece **dos veces**: $a \\cdot a$ usa $a$ por dos caminos, y cada uno aporta
una derivada local de {square_node.parents[0][1]:g}. La derivada de $a^2$ en $a = {a_node.data:g}$ es
$2a = {2 * a_node.data:g}$: la suma de las dos. Lo vas a necesitar en la sección siguiente.
""",
        en=f"""
`square_node = a_node * a_node` is {square_node.data:g} and its parents are:

| pair | parent | parent's value | local derivative |
|:--|:--|:--|:--|
{_rows}

The same node `a` appears **twice**: $a \\cdot a$ uses $a$ along two paths, and each brings a local
derivative of {square_node.parents[0][1]:g}. The derivative of $a^2$ at $a = {a_node.data:g}$ is
$2a = {2 * a_node.data:g}$: the sum of the two. You will need this in the next section.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 2. El recorrido hacia atrás: adjuntos, `+=` y orden topológico

Llama **adjunto** de un nodo $v$ a $\bar v = \partial L / \partial v$: cuánto cambia la salida $L$
si mueves un poco $v$. El de la salida es $\bar L = 1$. La regla de la cadena dice que el adjunto
de un nodo $u$ junta lo que le llega de **cada** nodo $v$ que lo usa (cada flecha $u \to v$):

$$
\bar u \;=\; \sum_{v \,:\, u \to v} \bar v \,\frac{\partial v}{\partial u}
$$

De ahí salen las dos reglas del motor:

1. **Se acumula.** Cada nodo que usa a $u$ aporta un término, así que en código es
   `u.grad += local * v.grad`. Con `=`, el último término borra a los anteriores.
2. **Se respeta un orden.** $v$ solo puede pasar $\bar v$ a sus padres cuando $\bar v$ ya está
   completo, es decir, cuando ya recibió lo de todos los nodos que usan a $v$. Un **orden
   topológico** pone cada nodo después de todos sus padres (por ejemplo, el orden en que se
   calcularon); recorrido al revés, empieza en $L$ y cada nodo llega después de todos los que lo usan.

Un orden topológico se arma con una búsqueda en profundidad: visitas un nodo, visitas a sus padres,
y solo entonces lo agregas a la lista.

El grafo de abajo es el **diamante** $b = 2a$, $c = a^2$, $d = b \cdot c$ en $a = 1.5$: $a$ se usa
por dos caminos. Mueve el paso para recorrerlo hacia atrás, un nodo por vez, y cambia `+=` por `=`.
""",
        en=r"""
## 2. The backward pass: adjoints, `+=` and a topological order

Call the **adjoint** of a node $v$ the number $\bar v = \partial L / \partial v$: how much the
output $L$ changes when you nudge $v$. The output's own is $\bar L = 1$. The chain rule says the
adjoint of a node $u$ gathers what comes from **every** node $v$ that uses it (every arrow $u \to v$):

$$
\bar u \;=\; \sum_{v \,:\, u \to v} \bar v \,\frac{\partial v}{\partial u}
$$

The engine's two rules come from there:

1. **It accumulates.** Each node that uses $u$ brings one term, so in code it is
   `u.grad += local * v.grad`. With `=`, the last term wipes out the ones before it.
2. **It keeps an order.** $v$ may only pass $\bar v$ on to its parents once $\bar v$ is complete,
   that is, once it has received its share from every node that uses $v$. A **topological order**
   puts each node after all of its parents (the order they were computed in is one); walked
   backwards, it starts at $L$ and each node comes after all the nodes that use it.

A topological order is built with a depth-first search: visit a node, visit its parents, and only
then append it to the list.

The graph below is the **diamond** $b = 2a$, $c = a^2$, $d = b \cdot c$ at $a = 1.5$: $a$ is used
along two paths. Move the step to walk it backwards, one node at a time, and switch `+=` for `=`.
""",
    )
    return


@app.cell(hide_code=True)
def _():
    def diamond_pass(a, accumulate=True):
        """The diamond's values, and its adjoints after each step of the backward pass."""
        values = {"a": a, "b": 2 * a, "c": a**2}
        values["d"] = values["b"] * values["c"]
        # each edge: (parent, child, local derivative d(child)/d(parent))
        edges = [("a", "b", 2.0), ("a", "c", 2 * a), ("b", "d", values["c"]), ("c", "d", values["b"])]
        order = ["d", "c", "b", "a"]  # a reverse topological order: every node before its parents
        adjoints = {name: None for name in values}
        steps = [(dict(adjoints), None, [])]  # step 0: only the forward pass
        adjoints["d"] = 1.0
        steps.append((dict(adjoints), "d", []))
        for node in order[:-1]:
            sent = []
            for parent, child, local in edges:
                if child == node:
                    term = local * adjoints[node]
                    before = adjoints[parent] or 0.0
                    adjoints[parent] = before + term if accumulate else term
                    sent.append((parent, child, local, term))
            steps.append((dict(adjoints), node, sent))
        return values, edges, steps

    return (diamond_pass,)


@app.cell(hide_code=True)
def _(kit, lang, mo):
    step_slider = mo.ui.slider(
        0, 4, step=1, value=0, show_value=True, label=kit.say(lang, es="Paso del recorrido", en="Step of the pass")
    )
    update_rule = mo.ui.radio(
        options={
            kit.say(lang, es="acumular: +=", en="accumulate: +="): "+=",
            kit.say(lang, es="sobrescribir: =", en="overwrite: ="): "=",
        },
        value=kit.say(lang, es="acumular: +=", en="accumulate: +="),
        label=kit.say(lang, es="Cómo se escribe el adjunto", en="How the adjoint is written"),
        inline=True,
    )
    mo.hstack([step_slider, update_rule], justify="start", gap=2)
    return step_slider, update_rule


@app.cell(hide_code=True)
def _(diamond_pass, kit, lang, plt, step_slider, update_rule):
    _values, _edges, _steps = diamond_pass(1.5, accumulate=update_rule.value == "+=")
    _adjoints, _active, _sent = _steps[step_slider.value]
    _where = {"a": (0.0, 0.0), "b": (1.8, 1.1), "c": (1.8, -1.1), "d": (3.6, 0.0)}
    _formula = {"a": "$a$", "b": "$b = 2a$", "c": "$c = a^2$", "d": "$d = b \\cdot c$"}
    _radius = 0.5
    _fig, _ax = plt.subplots(figsize=(8.5, 5))
    _carrying = {(parent, child) for parent, child, _, _ in _sent}
    for _parent, _child, _local in _edges:
        (_x0, _y0), (_x1, _y1) = _where[_parent], _where[_child]
        _length = ((_x1 - _x0) ** 2 + (_y1 - _y0) ** 2) ** 0.5
        _ux, _uy = (_x1 - _x0) / _length, (_y1 - _y0) / _length
        _hot = (_parent, _child) in _carrying
        _ax.annotate(
            "",
            xy=(_x1 - 1.1 * _radius * _ux, _y1 - 1.1 * _radius * _uy),
            xytext=(_x0 + 1.1 * _radius * _ux, _y0 + 1.1 * _radius * _uy),
            arrowprops=dict(arrowstyle="->", color="tab:red" if _hot else "0.6", lw=2.4 if _hot else 1.2),
        )
        _mx, _my = (_x0 + _x1) / 2, (_y0 + _y1) / 2
        _out = ((_mx - 1.8) ** 2 + _my**2) ** 0.5  # the label sits outside the diamond, away from its centre
        _ax.text(
            _mx + 0.4 * (_mx - 1.8) / _out,
            _my + 0.4 * _my / _out,
            f"$\\partial {_child}/\\partial {_parent}$ = {_local:g}",
            ha="center",
            va="center",
            fontsize=10,
            color="tab:red" if _hot else "0.35",
        )
    for _name, (_x, _y) in _where.items():
        _adj = _adjoints[_name]
        _done = _adj is not None
        _ax.add_patch(
            plt.Circle(
                (_x, _y),
                _radius,
                facecolor="#fde0c5" if _name == _active else ("#d6eaf8" if _done else "white"),
                edgecolor="tab:orange" if _name == _active else "0.3",
                lw=2,
            )
        )
        _ax.text(_x, _y + 0.2, _formula[_name], ha="center", va="center", fontsize=11)
        _ax.text(_x, _y, f"= {_values[_name]:g}", ha="center", va="center", fontsize=10, color="0.3")
        _ax.text(
            _x,
            _y - 0.22,
            f"$\\bar {_name}$ = " + (f"{_adj:g}" if _done else "?"),
            ha="center",
            va="center",
            fontsize=11,
            color="tab:blue" if _done else "0.5",
            fontweight="bold" if _done else "normal",
        )
    _ax.set_xlim(-0.7, 4.3)
    _ax.set_ylim(-1.75, 1.75)
    _ax.set_aspect("equal")
    _ax.axis("off")
    _titles = {
        0: kit.say(
            lang, es="Paso 0: solo la pasada hacia adelante (valores)", en="Step 0: only the forward pass (values)"
        ),
        1: kit.say(lang, es="Paso 1: la salida recibe d̄ = 1", en="Step 1: the output gets d̄ = 1"),
    }
    _title = _titles.get(step_slider.value) or kit.say(
        lang,
        es=f"Paso {step_slider.value}: {_active} reparte su adjunto ({update_rule.value})",
        en=f"Step {step_slider.value}: {_active} hands out its adjoint ({update_rule.value})",
    )
    _ax.set_title(_title, fontsize=11)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(diamond_pass, kit, lang, step_slider, update_rule):
    _a = 1.5
    _values, _edges, _steps = diamond_pass(_a, accumulate=update_rule.value == "+=")
    _adjoints, _active, _sent = _steps[step_slider.value]
    _lines = " · ".join(f"{p}̄ += {lo:g} · {_adjoints[c] if c != 'd' else 1:g} = {t:g}" for p, c, lo, t in _sent)
    _right, _wrong = diamond_pass(_a)[2][-1][0]["a"], diamond_pass(_a, accumulate=False)[2][-1][0]["a"]
    _exact = 6 * _a**2  # d = 2a · a² = 2a³, so dd/da = 6a²
    _h = 1e-5
    _numeric = (2 * (_a + _h) ** 3 - 2 * (_a - _h) ** 3) / (2 * _h)
    _step_line = kit.say(lang, es=f"Este paso: {_lines}.", en=f"This step: {_lines}.") if _lines else ""
    kit.text(
        lang,
        es=f"""
{_step_line}

Al final, con `+=`, $\\bar a$ = **{_right:g}**; con `=`, $\\bar a$ = **{_wrong:g}**. Como
$d = 2a \\cdot a^2 = 2a^3$, la derivada exacta es $6a^2$ = {_exact:g}, y la diferencia central
da {_numeric:.6f}. Con `=` se pierde el camino $a \\to c \\to d$ (su término, {_right - _wrong:g}): el
adjunto de $b$ sobrescribe al de $c$.
""",
        en=f"""
{_step_line}

At the end, with `+=`, $\\bar a$ = **{_right:g}**; with `=`, $\\bar a$ = **{_wrong:g}**. Since
$d = 2a \\cdot a^2 = 2a^3$, the exact derivative is $6a^2$ = {_exact:g}, and the central difference
gives {_numeric:.6f}. With `=` the path $a \\to c \\to d$ is lost (its term, {_right - _wrong:g}): the
adjoint from $b$ overwrites the one from $c$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 3. Tu motor, completo

Ya tienes las piezas: cada operación guarda sus padres y sus derivadas locales, y `backward()`
arma un orden topológico, pone $\bar L = 1$ y recorre la lista al revés acumulando con `+=`. Las
derivadas locales que necesitas:

| operación | derivadas locales |
|:--|:--|
| $c = a + b$ | $\partial c/\partial a = 1$, $\partial c/\partial b = 1$ |
| $c = a \cdot b$ | $\partial c/\partial a = b$, $\partial c/\partial b = a$ |
| $c = a^n$ ($n$ un número) | $\partial c/\partial a = n\,a^{n-1}$ |
| $c = e^a$ | $\partial c/\partial a = e^a = c$ |
| $c = \ln a$ | $\partial c/\partial a = 1/a$ |

La resta y la división no necesitan reglas propias: $a - b = a + (-1)\,b$ y $a / b = a \cdot b^{-1}$.

El corrector llama a tu `scalar_grad` con funciones como el diamante, `f(a) = 2a · a²`, que solo
usan operadores: dentro de ellas, `a` es uno de tus `Value`. Entre los casos hay un diamante sobre
un nodo interior ($a = e^x$), donde un recorrido sin orden topológico cuenta caminos de más, y una
cadena de 30 operaciones.
""",
        en=r"""
## 3. Your engine, complete

You have the pieces now: each operation stores its parents and its local derivatives, and
`backward()` builds a topological order, sets $\bar L = 1$ and walks the list backwards
accumulating with `+=`. The local derivatives you need:

| operation | local derivatives |
|:--|:--|
| $c = a + b$ | $\partial c/\partial a = 1$, $\partial c/\partial b = 1$ |
| $c = a \cdot b$ | $\partial c/\partial a = b$, $\partial c/\partial b = a$ |
| $c = a^n$ ($n$ a number) | $\partial c/\partial a = n\,a^{n-1}$ |
| $c = e^a$ | $\partial c/\partial a = e^a = c$ |
| $c = \ln a$ | $\partial c/\partial a = 1/a$ |

Subtraction and division need no rules of their own: $a - b = a + (-1)\,b$ and $a / b = a \cdot b^{-1}$.

The grader calls your `scalar_grad` with functions such as the diamond, `f(a) = 2a · a²`, that only
use operators: inside them, `a` is one of your `Value`s. Among the cases there is a diamond on an
inner node ($a = e^x$), where a pass without a topological order counts paths too often, and a chain
of 30 operations.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_scalar_grad = kit.exercise("scalar_grad", lang)
    ex_scalar_grad
    return (ex_scalar_grad,)


@app.cell(hide_code=True)
def _(ex_scalar_grad, kit):
    kit.feedback(ex_scalar_grad)
    return


@app.cell(hide_code=True)
def _(ex_scalar_grad, kit):
    kit.hints(ex_scalar_grad)
    return


@app.cell(hide_code=True)
def _(math):
    # The lesson's own scalar engine (the same design as the exercise), for the comparisons and
    # the training figure below. Hidden: it is the exercise's answer.
    class Value:
        def __init__(self, data, parents=()):
            self.data, self.grad, self.parents = float(data), 0.0, parents

        @staticmethod
        def lift(other):
            return other if isinstance(other, Value) else Value(other)

        def __add__(self, other):
            other = Value.lift(other)
            return Value(self.data + other.data, ((self, 1.0), (other, 1.0)))

        def __mul__(self, other):
            other = Value.lift(other)
            return Value(self.data * other.data, ((self, other.data), (other, self.data)))

        def __neg__(self):
            return self * -1.0

        def __sub__(self, other):
            return self + (-Value.lift(other))

        def __pow__(self, n):
            return Value(self.data**n, ((self, n * self.data ** (n - 1)),))

        def __truediv__(self, other):
            return self * Value.lift(other) ** -1

        __radd__ = __add__
        __rmul__ = __mul__

        def __rsub__(self, other):
            return Value.lift(other) - self

        def __rtruediv__(self, other):
            return Value.lift(other) / self

        def exp(self):
            return Value(math.exp(self.data), ((self, math.exp(self.data)),))

        def log(self):
            return Value(math.log(self.data), ((self, 1.0 / self.data),))

        def backward(self):
            order, seen, stack = [], set(), [(self, False)]
            while stack:
                node, ready = stack.pop()
                if ready:
                    order.append(node)
                elif id(node) not in seen:
                    seen.add(id(node))
                    stack.append((node, True))
                    stack.extend((parent, False) for parent, _ in node.parents)
            self.grad = 1.0
            for node in reversed(order):
                for parent, local in node.parents:
                    parent.grad += local * node.grad

    return (Value,)


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
### Lo mismo con `gradiente.autodiff`

La biblioteca del curso hace exactamente esto, con arreglos en vez de números. El diamante sobre
un nodo interior, $a = e^x$, $d = 2a \cdot a^2$ en $x = 0.5$, con un `Tensor`:
""",
        en=r"""
### The same with `gradiente.autodiff`

The course's library does exactly this, with arrays instead of numbers. The diamond on an inner
node, $a = e^x$, $d = 2a \cdot a^2$ at $x = 0.5$, with a `Tensor`:
""",
    )
    return


@app.cell(hide_code=True)
def _(ad, mo):
    x_tensor = ad.Tensor(0.5, requires_grad=True)
    a_tensor = x_tensor.exp()
    d_tensor = (2 * a_tensor) * a_tensor**2
    d_tensor.backward()
    library_grad = float(x_tensor.grad)
    mo.show_code()
    return (library_grad,)


@app.cell(hide_code=True)
def _(Value, kit, lang, library_grad, math):
    _x = Value(0.5)
    _a = _x.exp()
    _d = (2 * _a) * _a**2
    _d.backward()
    _exact = 6 * math.exp(3 * 0.5)  # d = 2e^(3x), so dd/dx = 6e^(3x)
    kit.text(
        lang,
        es=f"""
`x_tensor.grad` = {library_grad:.10f}; el motor escalar de esta lección da {_x.grad:.10f}, y la
cuenta exacta, $d = 2e^{{3x}}$, $d' = 6e^{{3x}}$, da {_exact:.10f}.

Dentro de la biblioteca, `topological_order` en `src/gradiente/autodiff/graph.py` junta todos los
nodos alcanzables desde la salida **sin recursión** y los ordena por su número de creación: un nodo
siempre se crea después de los nodos que usa, así que ese orden es topológico, igual que el de tu
búsqueda en profundidad. Luego `backward` recorre la lista al revés y cada nodo llama a su regla
local, que **suma** en el gradiente del padre (`accumulate`: `node.grad = node.grad + g`).
""",
        en=f"""
`x_tensor.grad` = {library_grad:.10f}; this lesson's scalar engine gives {_x.grad:.10f}, and the
exact computation, $d = 2e^{{3x}}$, $d' = 6e^{{3x}}$, gives {_exact:.10f}.

Inside the library, `topological_order` in `src/gradiente/autodiff/graph.py` gathers every node
reachable from the output **without recursion** and sorts them by their creation number: a node is
always created after the nodes it uses, so that order is topological, just like your depth-first
search's. Then `backward` walks the list in reverse, and each node calls its local rule, which
**adds** into its parent's gradient (`accumulate`: `node.grad = node.grad + g`).
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 4. El adjunto de la difusión: se suma

Con arreglos aparece una operación que los números no tienen. En una capa, $Y = X + b$ con $X$ de
forma $(n, k)$ y un sesgo $b$ de forma $(k,)$: NumPy **difunde** $b$, es decir, lo copia en cada
una de las $n$ filas (lección 0.2). Entrada por entrada, $Y_{ij} = X_{ij} + b_j$, así que $b_j$ se
usa $n$ veces, una por fila. Por la regla del `+=` de la sección 2, su adjunto suma los $n$ caminos:

$$
\bar b_j = \sum_{i=1}^{n} \bar Y_{ij} \cdot \frac{\partial Y_{ij}}{\partial b_j} = \sum_{i=1}^{n} \bar Y_{ij}
$$

En general, si un operando de forma `shape` se difundió hasta la forma de $\bar Y$, su gradiente es
$\bar Y$ **sumado sobre los ejes difundidos**: los que la difusión añadió a la izquierda y los de
tamaño 1 que estiró (estos se conservan con tamaño 1, para que el gradiente tenga la forma del
operando). Con `gradiente.autodiff`:
""",
        en=r"""
## 4. The adjoint of broadcasting: it adds up

Arrays bring an operation numbers do not have. In a layer, $Y = X + b$ with $X$ of shape $(n, k)$
and a bias $b$ of shape $(k,)$: NumPy **broadcasts** $b$, that is, copies it into each of the $n$
rows (lesson 0.2). Entry by entry, $Y_{ij} = X_{ij} + b_j$, so $b_j$ is used $n$ times, once per
row. By section 2's `+=` rule, its adjoint adds up the $n$ paths:

$$
\bar b_j = \sum_{i=1}^{n} \bar Y_{ij} \cdot \frac{\partial Y_{ij}}{\partial b_j} = \sum_{i=1}^{n} \bar Y_{ij}
$$

In general, when an operand of shape `shape` was broadcast up to the shape of $\bar Y$, its gradient
is $\bar Y$ **summed over the broadcast axes**: those broadcasting added on the left, and those of
length 1 it stretched (these stay, with length 1, so the gradient has the operand's shape). With
`gradiente.autodiff`:
""",
    )
    return


@app.cell(hide_code=True)
def _(ad, mo, np):
    rng = np.random.default_rng(6)
    X_small = rng.normal(size=(4, 3))
    G_small = np.round(rng.normal(size=(4, 3)), 1)  # an upstream gradient dL/dY
    b_tensor = ad.Tensor(np.zeros(3), requires_grad=True)
    Y_tensor = ad.Tensor(X_small) + b_tensor  # b, shape (3,), copied into 4 rows
    (Y_tensor * G_small).sum().backward()  # L = Σ G ⊙ Y, so dL/dY = G
    mo.show_code()
    return G_small, b_tensor


@app.cell(hide_code=True)
def _(G_small, b_tensor, kit, lang, np, plt):
    _fig, (_top, _bottom) = plt.subplots(
        2, 1, figsize=(5.6, 4.4), gridspec_kw={"height_ratios": [4, 1.3]}, constrained_layout=True
    )
    _limit = np.abs(G_small).max()
    _top.imshow(G_small, cmap="RdBu_r", vmin=-_limit, vmax=_limit)
    for (_i, _j), _g in np.ndenumerate(G_small):
        _top.text(_j, _i, f"{_g + 0.0:g}", ha="center", va="center", fontsize=11)
    _top.set_title(
        kit.say(
            lang,
            es="$\\bar Y$ = G, forma (4, 3): una fila por copia de $b$",
            en="$\\bar Y$ = G, shape (4, 3): one row per copy of $b$",
        ),
        fontsize=10,
    )
    _sums = b_tensor.grad
    _bottom.imshow(_sums[None, :], cmap="RdBu_r", vmin=-4 * _limit, vmax=4 * _limit)
    for _j, _s in enumerate(_sums):
        _bottom.text(_j, 0, f"{_s:.1f}", ha="center", va="center", fontsize=11, fontweight="bold")
    _bottom.set_title(
        kit.say(lang, es="b.grad, forma (3,): la suma de cada columna", en="b.grad, shape (3,): each column's sum"),
        fontsize=10,
    )
    for _axis in (_top, _bottom):
        _axis.set_xticks([])
        _axis.set_yticks([])
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(G_small, b_tensor, kit, lang, np):
    _same = bool(np.allclose(b_tensor.grad, G_small.sum(axis=0)))
    _verdict = (
        kit.say(lang, es="coinciden", en="they match")
        if _same
        else kit.say(lang, es="no coinciden", en="they do not match")
    )
    kit.text(
        lang,
        es=f"""
`b.grad` = {np.round(b_tensor.grad, 6).tolist()} y las sumas de las columnas de G son
{np.round(G_small.sum(axis=0), 6).tolist()}: {_verdict}. El promedio
sería otro número: cada copia de $b_j$ usó el valor completo de $b_j$, así que cada una aporta su
gradiente entero.
""",
        en=f"""
`b.grad` = {np.round(b_tensor.grad, 6).tolist()} and the column sums of G are
{np.round(G_small.sum(axis=0), 6).tolist()}: {_verdict}. The
mean would be another number: every copy of $b_j$ used the whole value of $b_j$, so each one
contributes its whole gradient.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_unbroadcast = kit.exercise("unbroadcast", lang)
    ex_unbroadcast
    return (ex_unbroadcast,)


@app.cell(hide_code=True)
def _(ex_unbroadcast, kit):
    kit.feedback(ex_unbroadcast)
    return


@app.cell(hide_code=True)
def _(ex_unbroadcast, kit):
    kit.hints(ex_unbroadcast)
    return


@app.cell(hide_code=True)
def _(ad, kit, lang, np):
    _g = np.arange(24.0).reshape(2, 4, 3)
    _rows = "\n".join(
        f"| {_g.shape} → {_shape} | `{np.round(ad.unbroadcast(_g, _shape), 3).tolist()}` |"
        for _shape in ((3,), (4, 1), (1, 3), ())
    )
    kit.text(
        lang,
        es=f"""
### Dónde lo hace la biblioteca

`gradiente.autodiff.unbroadcast`, en `src/gradiente/autodiff/graph.py`, es tu ejercicio: primero
suma los ejes que la difusión añadió a la izquierda y luego, con `keepdims=True`, los de tamaño 1
que estiró. Toda operación elemento a elemento de dos entradas (`+`, `−`, `·`, `/`, …) la llama
en su regla hacia atrás (`_two_inputs`, en `registry.py`) cuando el gradiente de una entrada no
tiene la forma de esa entrada. Con `grad = np.arange(24).reshape(2, 4, 3)`:

| formas | `ad.unbroadcast(grad, shape)` |
|:--|:--|
{_rows}
""",
        en=f"""
### Where the library does it

`gradiente.autodiff.unbroadcast`, in `src/gradiente/autodiff/graph.py`, is your exercise: it first
sums the axes broadcasting added on the left and then, with `keepdims=True`, those of length 1 it
stretched. Every elementwise two-input operation (`+`, `−`, `·`, `/`, …) calls it in its backward
rule (`_two_inputs`, in `registry.py`) whenever an input's gradient does not have that input's shape. With `grad = np.arange(24).reshape(2, 4, 3)`:

| shapes | `ad.unbroadcast(grad, shape)` |
|:--|:--|
{_rows}
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 5. El gradiente de un producto de matrices

Una capa lineal calcula $C = AB$, con $A$ de forma $(m, n)$ y $B$ de forma $(n, p)$. La pasada hacia
atrás le entrega $\bar C = \partial L / \partial C$, de forma $(m, p)$, y la capa tiene que devolver
$\bar A$ y $\bar B$. Entrada por entrada,

$$
C_{ij} = \sum_{k=1}^{n} A_{ik}\, B_{kj}
$$

así que $A_{ik}$ aparece en todas las entradas $C_{i1}, \dots, C_{ip}$ de la fila $i$, cada vez con
derivada local $B_{kj}$. Sumando esos caminos, como siempre:

$$
\bar A_{ik} = \sum_{j=1}^{p} \bar C_{ij}\, B_{kj} = \big(\bar C B^\top\big)_{ik},
\qquad
\bar B_{kj} = \sum_{i=1}^{m} A_{ik}\, \bar C_{ij} = \big(A^\top \bar C\big)_{kj}
$$

Las formas confirman el orden: $\bar C B^\top$ es $(m, p)\cdot(p, n) = (m, n)$, la forma de $A$, y
$A^\top \bar C$ es $(n, m)\cdot(m, p) = (n, p)$, la de $B$. Si en una red escribes $Z = XW$ (la
convención del curso: $X$ de forma (muestras, entradas)), $\bar X = \bar Z W^\top$ es lo que la capa
le pasa a la capa de abajo, y $\bar W = X^\top \bar Z$ es lo que usa el descenso de gradiente.
""",
        en=r"""
## 5. The gradient of a matrix product

A linear layer computes $C = AB$, with $A$ of shape $(m, n)$ and $B$ of shape $(n, p)$. The backward
pass hands it $\bar C = \partial L / \partial C$, of shape $(m, p)$, and the layer must return
$\bar A$ and $\bar B$. Entry by entry,

$$
C_{ij} = \sum_{k=1}^{n} A_{ik}\, B_{kj}
$$

so $A_{ik}$ appears in every entry $C_{i1}, \dots, C_{ip}$ of row $i$, each time with local
derivative $B_{kj}$. Adding up those paths, as always:

$$
\bar A_{ik} = \sum_{j=1}^{p} \bar C_{ij}\, B_{kj} = \big(\bar C B^\top\big)_{ik},
\qquad
\bar B_{kj} = \sum_{i=1}^{m} A_{ik}\, \bar C_{ij} = \big(A^\top \bar C\big)_{kj}
$$

The shapes confirm the order: $\bar C B^\top$ is $(m, p)\cdot(p, n) = (m, n)$, the shape of $A$, and
$A^\top \bar C$ is $(n, m)\cdot(m, p) = (n, p)$, that of $B$. When a network computes $Z = XW$ (the
course's convention: $X$ of shape (samples, inputs)), $\bar X = \bar Z W^\top$ is what the layer hands
to the layer below, and $\bar W = X^\top \bar Z$ is what gradient descent uses.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, plt):
    _fig, _ax = plt.subplots(figsize=(8, 2.6))
    _m, _n, _p = 3, 4, 2
    _blocks = [
        (0.0, _p, _m, r"$\bar C$", f"({_m}, {_p})", "#f5b7b1"),
        (_p + 1.2, _n, _p, r"$B^\top$", f"({_p}, {_n})", "#aed6f1"),
        (_p + _n + 2.4, _n, _m, r"$\bar A$", f"({_m}, {_n})", "#abebc6"),
    ]
    for _x, _width, _height, _name, _shape, _color in _blocks:
        _ax.add_patch(plt.Rectangle((_x, 0), _width, _height, facecolor=_color, edgecolor="0.3"))
        _ax.text(_x + _width / 2, _height / 2, _name, ha="center", va="center", fontsize=14)
        _ax.text(_x + _width / 2, -0.45, _shape, ha="center", va="center", fontsize=10)
    _ax.text(_p + 0.6, 1.0, "·", ha="center", va="center", fontsize=22)
    _ax.text(_p + _n + 1.8, 1.0, "=", ha="center", va="center", fontsize=18)
    _ax.set_xlim(-0.3, 2 * _n + _p + 2.7)
    _ax.set_ylim(-0.9, _m + 0.3)
    _ax.set_aspect("equal")
    _ax.axis("off")
    _ax.set_title(
        kit.say(
            lang,
            es="Las formas encajan solo de una manera: (m, p)·(p, n) = (m, n)",
            en="The shapes fit only one way: (m, p)·(p, n) = (m, n)",
        ),
        fontsize=10,
    )
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_matmul_grad_a = kit.exercise("matmul_grad_a", lang)
    ex_matmul_grad_a
    return (ex_matmul_grad_a,)


@app.cell(hide_code=True)
def _(ex_matmul_grad_a, kit):
    kit.feedback(ex_matmul_grad_a)
    return


@app.cell(hide_code=True)
def _(ex_matmul_grad_a, kit):
    kit.hints(ex_matmul_grad_a)
    return


@app.cell(hide_code=True)
def _(ad, mo, np):
    _rng = np.random.default_rng(26)
    A = _rng.normal(size=(3, 4))
    B = _rng.normal(size=(4, 2))
    G = _rng.normal(size=(3, 2))  # dL/dC
    A_tensor = ad.Tensor(A, requires_grad=True)
    B_tensor = ad.Tensor(B, requires_grad=True)
    ((A_tensor @ B_tensor) * G).sum().backward()  # L = Σ G ⊙ (A B), so dL/dC = G
    a_error = np.abs(A_tensor.grad - G @ B.T).max()
    b_error = np.abs(B_tensor.grad - A.T @ G).max()
    mo.show_code()
    return a_error, b_error


@app.cell(hide_code=True)
def _(a_error, b_error, kit, lang):
    kit.text(
        lang,
        es=f"""
La biblioteca coincide con las dos fórmulas: la mayor diferencia entre `A_tensor.grad` y $G B^\\top$
es {a_error:.1e}, y entre `B_tensor.grad` y $A^\\top G$, {b_error:.1e}. En
`src/gradiente/autodiff/primitives.py`, `_matmul_vjp_left` devuelve `g @ B.T` para dos matrices y
`_matmul_vjp_right` devuelve `A.T @ g`; con lotes (arreglos de 3 ejes) usan además `unbroadcast`, la
función de la sección 4, porque la matriz de un lado se difunde sobre el lote.
""",
        en=f"""
The library agrees with both formulas: the largest difference between `A_tensor.grad` and
$G B^\\top$ is {a_error:.1e}, and between `B_tensor.grad` and $A^\\top G$, {b_error:.1e}.
In `src/gradiente/autodiff/primitives.py`, `_matmul_vjp_left` returns `g @ B.T` for two matrices
and `_matmul_vjp_right` returns `A.T @ g`; with batches (3-axis arrays) they also call
`unbroadcast`, section 4's function, because the matrix on one side is broadcast over the batch.
""",
    )
    return


@app.cell(hide_code=True)
def _(load_diabetes, np):
    diabetes_X, diabetes_y = load_diabetes(return_X_y=True)
    X_std = diabetes_X / diabetes_X.std(axis=0)  # the columns already have mean 0: now variance 1 too
    Z_design = np.column_stack([X_std, np.ones(len(diabetes_y))])  # θ = (w₁, …, w₁₀, b)
    gram = Z_design.T @ Z_design / len(diabetes_y)
    moment = Z_design.T @ diabetes_y / len(diabetes_y)
    y_square = float(np.mean(diabetes_y**2))
    theta_best = np.linalg.lstsq(Z_design, diabetes_y, rcond=None)[0]
    best_loss = float(np.mean((Z_design @ theta_best - diabetes_y) ** 2))
    lr_limit = 2 / np.linalg.eigvalsh(2 * gram).max()  # the loss's Hessian is 2M
    return X_std, Z_design, best_loss, diabetes_y, gram, lr_limit, moment, theta_best, y_square


@app.cell(hide_code=True)
def _(X_std, best_loss, diabetes_y, gram_nodes, kit, lang, lr_limit, patient_nodes):
    kit.text(
        lang,
        es=rf"""
## 6. Tu motor entrena

Datos de diabetes: {X_std.shape[0]} pacientes, {X_std.shape[1]} medidas (cada columna dividida entre
su desviación estándar) y la progresión de la enfermedad un año después (entre
{diabetes_y.min():g} y {diabetes_y.max():g}). El modelo es $\hat y = Xw + b$, con 11 parámetros
$\theta = (w_1, \dots, w_{{10}}, b)$, y la pérdida es el error cuadrático medio. El gradiente sale de
uno de dos motores:

- **`gradiente.autodiff`**: `ad.mse_loss(X @ w + b, y)` con `w` y `b` de tipo `Tensor`; `b` es un
  escalar que se difunde sobre los {X_std.shape[0]} pacientes, así que su gradiente pasa por `unbroadcast`.
- **El motor escalar** de la sección 3. Escribir la pérdida paciente por paciente da un grafo de
  {patient_nodes} nodos en cada paso; desarrollando el cuadrado es la misma función,
  $L(\theta) = \theta^\top M \theta - 2\,v^\top \theta + c$ con $Z = [X \;\; \mathbf 1]$,
  $M = Z^\top Z / n$, $v = Z^\top y / n$ y $c = \overline{{y^2}}$, y el grafo tiene {gram_nodes} nodos.

A la derecha, la **prueba del gradiente** en el punto final: para cada parámetro, la distancia
entre el gradiente del motor y el de diferencias centrales, relativa a la norma del gradiente,
$|g_j - g^{{\text{{num}}}}_j| \,/\, \max(\lVert g \rVert, \lVert g^{{\text{{num}}}} \rVert, \varepsilon)$.
La pérdida más baja posible (mínimos cuadrados) es {best_loss:.1f}; el descenso converge solo si la
tasa es menor que $2/\lambda_{{\max}}$ = {lr_limit:.3f}, con $\lambda_{{\max}}$ el mayor valor propio de la
hessiana $2M$ (lección 2.1). Prueba una tasa por encima.
""",
        en=rf"""
## 6. Your engine trains

Diabetes data: {X_std.shape[0]} patients, {X_std.shape[1]} measurements (each column divided by its
standard deviation) and the disease's progression one year later (between {diabetes_y.min():g} and
{diabetes_y.max():g}). The model is $\hat y = Xw + b$, with 11 parameters
$\theta = (w_1, \dots, w_{{10}}, b)$, and the loss is the mean squared error. The gradient comes from
one of two engines:

- **`gradiente.autodiff`**: `ad.mse_loss(X @ w + b, y)` with `w` and `b` as `Tensor`s; `b` is a
  scalar broadcast over the {X_std.shape[0]} patients, so its gradient goes through `unbroadcast`.
- **The scalar engine** of section 3. Writing the loss patient by patient gives a graph of
  {patient_nodes} nodes at every step; expanding the square gives the same function,
  $L(\theta) = \theta^\top M \theta - 2\,v^\top \theta + c$ with $Z = [X \;\; \mathbf 1]$,
  $M = Z^\top Z / n$, $v = Z^\top y / n$ and $c = \overline{{y^2}}$, and the graph has {gram_nodes} nodes.

On the right, the **gradient check** at the final point: for each parameter, the distance between
the engine's gradient and the central differences', relative to the gradient's norm,
$|g_j - g^{{\text{{num}}}}_j| \,/\, \max(\lVert g \rVert, \lVert g^{{\text{{num}}}} \rVert, \varepsilon)$.
The lowest possible loss (least squares) is {best_loss:.1f}; descent converges only when the rate is
below $2/\lambda_{{\max}}$ = {lr_limit:.3f}, with $\lambda_{{\max}}$ the largest eigenvalue of the
Hessian $2M$ (lesson 2.1). Try a rate above it.
""",
    )
    return


@app.cell(hide_code=True)
def _(Value, X_std, ad, diabetes_y, gram, moment, np, y_square):
    def scalar_engine_step(theta):
        """Loss and gradient at theta with the scalar engine: L = θᵀMθ − 2vᵀθ + c, one Value per number."""
        params = [Value(t) for t in theta]
        total = Value(y_square)
        for j, theta_j in enumerate(params):
            inner = theta_j * gram[j, j] - 2 * moment[j]
            for k in range(j + 1, len(params)):
                inner = inner + params[k] * (2 * gram[j, k])  # M is symmetric: each pair j < k twice
            total = total + theta_j * inner
        total.backward()
        return total.data, np.array([p.grad for p in params])

    _X = ad.Tensor(X_std)

    def autodiff_step(theta):
        """Loss and gradient at theta with gradiente.autodiff, on all the patients."""
        w = ad.Tensor(theta[:-1], requires_grad=True)
        b = ad.Tensor(theta[-1], requires_grad=True)
        loss = ad.mse_loss(_X @ w + b, diabetes_y)
        loss.backward()
        return float(loss.data), np.append(w.grad, b.grad)

    def mse_of(theta):
        return float(np.mean((X_std @ theta[:-1] + theta[-1] - diabetes_y) ** 2))

    return autodiff_step, mse_of, scalar_engine_step


@app.cell(hide_code=True)
def _(Value, X_std, diabetes_y, gram, moment, y_square):
    def count_nodes(root):
        seen, stack = set(), [root]
        while stack:
            node = stack.pop()
            if id(node) not in seen:
                seen.add(id(node))
                stack.extend(parent for parent, _ in node.parents)
        return len(seen)

    _params = [Value(0.0) for _ in range(11)]
    _total = Value(y_square)
    for _j, _theta_j in enumerate(_params):  # the same expression as scalar_engine_step
        _inner = _theta_j * gram[_j, _j] - 2 * moment[_j]
        for _k in range(_j + 1, 11):
            _inner = _inner + _params[_k] * (2 * gram[_j, _k])
        _total = _total + _theta_j * _inner
    gram_nodes = count_nodes(_total)
    _loss = Value(0.0)
    for _row, _target in zip(X_std, diabetes_y):  # the loss written patient by patient
        _prediction = _params[10]
        for _j in range(10):
            _prediction = _prediction + _params[_j] * _row[_j]
        _loss = _loss + (_prediction - _target) ** 2
    patient_nodes = count_nodes(_loss * (1 / len(diabetes_y)))
    return gram_nodes, patient_nodes


@app.cell(hide_code=True)
def _(kit, lang, lr_limit, mo):
    engine_choice = mo.ui.radio(
        options={
            kit.say(lang, es="motor escalar (el tuyo)", en="scalar engine (yours)"): "scalar",
            "gradiente.autodiff": "autodiff",
        },
        value=kit.say(lang, es="motor escalar (el tuyo)", en="scalar engine (yours)"),
        label=kit.say(lang, es="Motor", en="Engine"),
        inline=True,
    )
    lr_slider = mo.ui.slider(
        0.01,
        round(float(lr_limit), 2) + 0.02,
        step=0.01,
        value=0.1,
        show_value=True,
        label=kit.say(lang, es="Tasa de aprendizaje η", en="Learning rate η"),
    )
    epochs_slider = mo.ui.slider(
        10, 200, step=10, value=100, show_value=True, label=kit.say(lang, es="Épocas", en="Epochs")
    )
    mo.vstack([engine_choice, mo.hstack([lr_slider, epochs_slider], justify="start", gap=2)])
    return engine_choice, epochs_slider, lr_slider


@app.cell(hide_code=True)
def _(autodiff_step, engine_choice, epochs_slider, lr_slider, mse_of, np, scalar_engine_step, time):
    _started = time.perf_counter()
    _step = scalar_engine_step if engine_choice.value == "scalar" else autodiff_step
    theta_run = np.zeros(11)
    loss_history = []
    for _ in range(epochs_slider.value):
        _loss, _g = _step(theta_run)
        loss_history.append(_loss)
        theta_run = theta_run - lr_slider.value * _g
    final_loss, final_grad = _step(theta_run)
    _h = 1e-4  # the loss is quadratic: central differences have no truncation error, only rounding
    numeric_grad = np.array([(mse_of(theta_run + _h * e) - mse_of(theta_run - _h * e)) / (2 * _h) for e in np.eye(11)])
    _scale = max(np.linalg.norm(final_grad), np.linalg.norm(numeric_grad), 1e-12)
    check_errors = np.abs(final_grad - numeric_grad) / _scale
    other_grad = (autodiff_step if engine_choice.value == "scalar" else scalar_engine_step)(theta_run)[1]
    engines_gap = float(np.abs(final_grad - other_grad).max())
    train_seconds = time.perf_counter() - _started
    return check_errors, engines_gap, final_loss, loss_history, train_seconds


@app.cell(hide_code=True)
def _(best_loss, check_errors, epochs_slider, final_loss, kit, lang, loss_history, lr_slider, np, plt):
    _fig, (_left, _right) = plt.subplots(1, 2, figsize=(10, 3.9))
    _fig.subplots_adjust(left=0.08, right=0.98, bottom=0.13, top=0.9, wspace=0.28)
    _history = np.array(loss_history + [final_loss])
    _left.plot(np.arange(len(_history)), _history, color="tab:blue", lw=2)
    _left.axhline(best_loss, color="tab:green", ls="--", lw=1.2)
    _left.text(
        len(_history) - 1,
        best_loss * 1.6,
        kit.say(lang, es=f"mínimos cuadrados: {best_loss:.1f}", en=f"least squares: {best_loss:.1f}"),
        ha="right",
        va="bottom",
        color="tab:green",
        fontsize=9,
    )
    # a plain axis (log axes' mathtext labels cost more to draw than the rest); a run that diverges leaves the top
    _left.set_ylim(0, 1.15 * _history[0])
    _left.set_xlabel(kit.say(lang, es="época", en="epoch"))
    _left.set_ylabel(kit.say(lang, es="error cuadrático medio", en="mean squared error"))
    _left.set_title(
        kit.say(
            lang,
            es=f"η = {lr_slider.value:g}, {epochs_slider.value} épocas: pérdida final {final_loss:.4g}",
            en=f"η = {lr_slider.value:g}, {epochs_slider.value} epochs: final loss {final_loss:.4g}",
        ),
        fontsize=10,
    )
    _names = [f"w{_j + 1}" for _j in range(10)] + ["b"]
    # log₁₀ of each error, as bars on a plain axis (cheaper to draw than a log axis); an exact 0 sits at the floor
    _floor = -17
    _logs = np.log10(np.maximum(check_errors, 10.0**_floor))
    _right.bar(_names, _logs - _floor, bottom=_floor, color=np.where(check_errors < 1e-6, "tab:blue", "tab:red"))
    _right.axhline(-6, color="tab:red", ls=":", lw=1.2)
    _right.set_ylim(_floor, 0)
    _right.set_yticks([-15, -12, -9, -6, -3, 0])
    _right.set_yticklabels(["10⁻¹⁵", "10⁻¹²", "10⁻⁹", "10⁻⁶", "10⁻³", "1"])
    _right.set_ylabel(kit.say(lang, es="error relativo", en="relative error"))
    _right.set_title(
        kit.say(lang, es="Prueba del gradiente (línea: 10⁻⁶)", en="Gradient check (line: 10⁻⁶)"), fontsize=10
    )
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(check_errors, engine_choice, engines_gap, final_loss, kit, lang, loss_history, math, train_seconds):
    _finite = all(math.isfinite(_e) for _e in check_errors)
    _worst = float(max(check_errors)) if _finite else float("nan")
    _engine = (
        kit.say(lang, es="el motor escalar", en="the scalar engine")
        if engine_choice.value == "scalar"
        else "gradiente.autodiff"
    )
    if _worst < 1e-6:
        _verdict = kit.say(
            lang, es="(por debajo de 10⁻⁶: el gradiente es correcto)", en="(below 10⁻⁶: the gradient is right)"
        )
    elif not math.isfinite(final_loss) or final_loss > loss_history[0]:
        _verdict = kit.say(
            lang,
            es="(la pérdida se disparó: con números tan grandes, el redondeo de las diferencias centrales domina)",
            en="(the loss blew up: with numbers that large, the rounding of the central differences takes over)",
        )
    else:
        _verdict = kit.say(lang, es="(por encima de 10⁻⁶)", en="(above 10⁻⁶)")
    kit.text(
        lang,
        es=f"""
Con {_engine}, el mayor error relativo de la prueba es {_worst:.1e}
{_verdict}.
En el punto final, los dos motores difieren a lo sumo en {engines_gap:.1e} en alguna coordenada del
gradiente: son la misma función derivada por dos caminos. Este entrenamiento tardó
{1000 * train_seconds:.0f} ms.
""",
        en=f"""
With {_engine}, the check's largest relative error is {_worst:.1e}
{_verdict}.
At the final point the two engines differ by at most {engines_gap:.1e} in any coordinate of the
gradient: they are the same function differentiated along two routes. This training took
{1000 * train_seconds:.0f} ms.
""",
    )
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
                es="**1.** En `backward()`, ¿por qué se escribe `parent.grad += local * node.grad` y no `parent.grad = local * node.grad`?",
                en="**1.** In `backward()`, why write `parent.grad += local * node.grad` rather than `parent.grad = local * node.grad`?",
            ),
            (
                T(
                    es="porque un nodo puede usarse en varios sitios, y su adjunto es la suma de lo que le llega por cada uno",
                    en="because a node may be used in several places, and its adjoint is the sum of what reaches it from each",
                ),
                T(
                    es="por estabilidad numérica: sumar redondea menos",
                    en="for numerical stability: adding rounds less",
                ),
                T(
                    es="da igual: con un orden topológico, = da el mismo resultado",
                    en="it makes no difference: with a topological order, = gives the same result",
                ),
            ),
            answer=0,
            why=T(
                es=r"La regla de la cadena suma sobre todos los nodos que usan a $u$: $\bar u = \sum_v \bar v\, \partial v/\partial u$. Con `=`, en $a \cdot a$ en $a = 3$ obtienes 3 en vez de 6, y en el diamante pierdes un camino entero, aunque el orden sea topológico: el orden decide *cuándo* se reparte un adjunto, el `+=` que no se pierda ninguna parte.",
                en=r"The chain rule sums over every node that uses $u$: $\bar u = \sum_v \bar v\, \partial v/\partial u$. With `=`, $a \cdot a$ at $a = 3$ gives 3 instead of 6, and on the diamond a whole path is lost, even with a topological order: the order decides *when* an adjoint is handed out, the `+=` that no share of it is lost.",
            ),
        ),
        Question(
            T(
                es="**2.** ¿Qué garantiza recorrer los nodos en orden topológico inverso?",
                en="**2.** What does walking the nodes in reverse topological order guarantee?",
            ),
            (
                T(
                    es="que las hojas (las entradas) se procesen primero",
                    en="that the leaves (the inputs) are processed first",
                ),
                T(
                    es="que cuando un nodo reparte su adjunto, ya recibió lo de todos los nodos que lo usan",
                    en="that when a node hands out its adjoint, it has already received everything from the nodes that use it",
                ),
                T(
                    es="nada: cualquier orden da lo mismo si se usa +=",
                    en="nothing: any order gives the same with +=",
                ),
            ),
            answer=1,
            why=T(
                es="El orden topológico pone cada nodo después de sus padres; al revés, cada nodo aparece después de todos los que lo usan, así que su adjunto ya está completo cuando lo reparte. Sin ese orden, un nodo usado dos veces reparte una parte, luego recibe la otra y reparte de nuevo: los caminos se cuentan de más (el diamante sobre $a = e^x$ del ejercicio). Las hojas van al final, no al principio.",
                en="A topological order puts each node after its parents; reversed, each node comes after every node that uses it, so its adjoint is complete when it hands it out. Without that order, a node used twice hands out one share, then receives the other and hands out again: paths get counted too often (the diamond on $a = e^x$ of the exercise). The leaves come last, not first.",
            ),
        ),
        Question(
            T(
                es=r"**3.** Si $L = \mathrm{sum}(x)$ con $x$ de forma (5,), ¿cuánto vale $\partial L / \partial x$?",
                en=r"**3.** If $L = \mathrm{sum}(x)$ with $x$ of shape (5,), what is $\partial L / \partial x$?",
            ),
            (
                T.same("5"),
                T(es="x mismo", en="x itself"),
                T(es="un arreglo de unos, de forma (5,)", en="an array of ones, of shape (5,)"),
                T(es="un arreglo de ceros, de forma (5,)", en="an array of zeros, of shape (5,)"),
            ),
            answer=2,
            why=T(
                es=r"$L = x_1 + \dots + x_5$ y $\partial L/\partial x_i = 1$ para cada $i$: un uno por entrada. El gradiente tiene siempre la forma del parámetro, así que no puede ser el número 5. Es la regla de la suma de la tabla de la sección 3, repetida: por eso `sum` reparte su adjunto entero a cada entrada.",
                en=r"$L = x_1 + \dots + x_5$ and $\partial L/\partial x_i = 1$ for every $i$: a one per entry. A gradient always has the parameter's shape, so it cannot be the number 5. It is the sum rule from section 3's table, repeated: that is why `sum` hands its whole adjoint to each entry.",
            ),
        ),
        Question(
            T(
                es=r"**4.** En $\hat y = Xw + b$ con $b$ un escalar y $G = \partial L/\partial \hat y$ de forma $(n,)$, ¿cuánto vale $\partial L/\partial b$?",
                en=r"**4.** In $\hat y = Xw + b$ with $b$ a scalar and $G = \partial L/\partial \hat y$ of shape $(n,)$, what is $\partial L/\partial b$?",
            ),
            (
                T(es="G entero, de forma (n,)", en="the whole of G, of shape (n,)"),
                T(es="la media de G", en="the mean of G"),
                T(es="la suma de G, un solo número", en="the sum of G, a single number"),
            ),
            answer=2,
            why=T(
                es=r"$b$ se difunde sobre las $n$ muestras: $\hat y_i = x_i^\top w + b$, y $\partial \hat y_i / \partial b = 1$ para cada $i$. Sus $n$ caminos se suman: $\bar b = \sum_i G_i$, que es `unbroadcast(G, ())`. El gradiente tiene la forma de $b$ (un escalar), así que no puede ser $G$ entero; la media divide entre $n$ sin motivo.",
                en=r"$b$ is broadcast over the $n$ samples: $\hat y_i = x_i^\top w + b$, and $\partial \hat y_i / \partial b = 1$ for every $i$. Its $n$ paths add up: $\bar b = \sum_i G_i$, which is `unbroadcast(G, ())`. The gradient has the shape of $b$ (a scalar), so it cannot be the whole of $G$; the mean divides by $n$ for no reason.",
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

- Cada valor es un nodo que guarda su dato, sus padres y la derivada local respecto de cada uno; el
  adjunto $\bar v = \partial L/\partial v$ se llena en la pasada hacia atrás, empezando con $\bar L = 1$.
- El adjunto de un nodo es la suma de lo que le llega de cada nodo que lo usa: en código, `+=`.
- Se recorre un orden topológico al revés, para que cada nodo reparta su adjunto solo cuando está
  completo. Sin él, un nodo usado dos veces cuenta caminos de más.
- Difusión: el gradiente de un operando difundido es la suma sobre los ejes difundidos (los
  añadidos a la izquierda y los de tamaño 1 estirados, que se conservan): `unbroadcast`.
- Producto de matrices $C = AB$: $\bar A = \bar C B^\top$ y $\bar B = A^\top \bar C$; las formas
  dicen el orden.
- Un gradiente nuevo se verifica con diferencias centrales: error relativo por debajo de $10^{-6}$.
  `gradiente.autodiff` hace lo mismo que tu motor (`topological_order`, `accumulate` y
  `unbroadcast` en `graph.py`), con arreglos.
""",
        en=r"""
## 8. Summary

- Each value is a node that stores its data, its parents and the local derivative with respect to
  each; the adjoint $\bar v = \partial L/\partial v$ is filled in by the backward pass, starting from
  $\bar L = 1$.
- A node's adjoint is the sum of what reaches it from every node that uses it: in code, `+=`.
- A topological order is walked backwards, so that each node hands out its adjoint only once it is
  complete. Without it, a node used twice counts paths too often.
- Broadcasting: the gradient of a broadcast operand is the sum over the broadcast axes (those added
  on the left, and the stretched ones of length 1, which stay): `unbroadcast`.
- Matrix product $C = AB$: $\bar A = \bar C B^\top$ and $\bar B = A^\top \bar C$; the shapes tell
  the order.
- A new gradient is verified with central differences: a relative error below $10^{-6}$.
  `gradiente.autodiff` does what your engine does (`topological_order`, `accumulate` and
  `unbroadcast` in `graph.py`), with arrays.
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
    kit.resources("reverse-mode-autodiff", lang)
    return


if __name__ == "__main__":
    app.run()
