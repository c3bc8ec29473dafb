import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 2.2")


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
    kit.header("derivative-rules", lang)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
En la lección 2.1 calculaste derivadas con cocientes de diferencias. Aquí aprendes a
obtenerlas de verdad: con unas pocas reglas que se combinan, con una computadora que hace
álgebra (SymPy) y con la idea que usan PyTorch y JAX, la derivación automática. También
ves dónde una derivada **no existe** (la ReLU en 0) y para qué sirve cuando sí existe: para
aproximar una función complicada con una recta o con un polinomio.

**Al terminar podrás:**

- derivar con las reglas de la suma, el producto, el cociente y la cadena, y deducir las derivadas de $\sigma$, $\tanh$ y softplus;
- decidir si una función tiene derivada en un punto mirando los límites por la izquierda y por la derecha, y decir qué devuelven las bibliotecas en la esquina de la ReLU;
- usar la derivada como la mejor aproximación lineal y el polinomio de Taylor de orden 2 o más, y predecir cómo se achica su error;
- comparar cuatro maneras de obtener una derivada (a mano, simbólica, numérica y automática) y programar la derivación automática hacia adelante con números duales.
""",
        en=r"""
In lesson 2.1 you computed derivatives with difference quotients. Here you learn to get
them for real: with a few rules that combine, with a computer that does algebra (SymPy),
and with the idea PyTorch and JAX use, automatic differentiation. You also see where a
derivative does **not** exist (ReLU at 0) and what it is good for when it does: to
approximate a complicated function by a line or by a polynomial.

**By the end you will be able to:**

- differentiate with the sum, product, quotient and chain rules, and derive the derivatives of $\sigma$, $\tanh$ and softplus;
- decide whether a function has a derivative at a point by looking at the limits from the left and from the right, and say what libraries return at ReLU's corner;
- use the derivative as the best linear approximation, and Taylor's polynomial of order 2 or more, and predict how fast their error shrinks;
- compare four ways of getting a derivative (by hand, symbolic, numerical and automatic) and program forward-mode automatic differentiation with dual numbers.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 0. ¿Por qué importa en machine learning?

Una red neuronal es una composición larga de funciones simples: multiplicar por pesos,
sumar, aplicar una **función de activación** ($\sigma$, $\tanh$, ReLU, softplus). Para
entrenarla con descenso de gradiente hace falta la derivada del costo respecto de cada
peso, y esa derivada se arma con las reglas de esta lección: la regla de la cadena recorre
la composición y, en cada paso, se usa la derivada de una activación. Por eso conviene
saber de memoria que $\sigma' = \sigma(1-\sigma)$: una red la evalúa millones de veces.

Nadie escribe a mano esas derivadas para un modelo con millones de parámetros: las calcula
la **derivación automática** (en inglés, *automatic differentiation* o *autodiff*), que
aplica las mismas reglas operación por operación. Al final de esta lección programas la
versión más sencilla, con números duales; la versión que usan las redes (hacia atrás, la
retropropagación) llega en la lección 2.6.
""",
        en=r"""
## 0. Why does it matter in machine learning?

A neural network is a long composition of simple functions: multiply by weights, add,
apply an **activation function** ($\sigma$, $\tanh$, ReLU, softplus). Training it by
gradient descent needs the derivative of the cost with respect to every weight, and that
derivative is assembled from the rules of this lesson: the chain rule walks through the
composition and, at each step, uses the derivative of an activation. That is why
$\sigma' = \sigma(1-\sigma)$ is worth knowing by heart: a network evaluates it millions of
times.

Nobody writes those derivatives by hand for a model with millions of parameters: they are
computed by **automatic differentiation** (*autodiff*), which applies the same rules one
operation at a time. At the end of this lesson you program its simplest version, with dual
numbers; the version networks use (backwards: backpropagation) comes in lesson 2.6.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 1. Las reglas de derivación

Casi todas las derivadas que vas a necesitar salen de unas pocas derivadas básicas y de
cuatro reglas para combinarlas. Si $f$ y $g$ tienen derivada en $x$:

$$
(f + g)' = f' + g', \qquad (c\,f)' = c\,f'
$$

$$
(f\,g)' = f'\,g + f\,g', \qquad \Big(\frac{f}{g}\Big)' = \frac{f'\,g - f\,g'}{g^2} \quad (g(x) \neq 0)
$$

$$
(f \circ g)'(x) = f'\big(g(x)\big)\,g'(x)
$$

donde $c$ es una constante, y la última es la **regla de la cadena**.

La regla de la cadena se lee así: si $u = g(x)$ cambia a razón $g'(x)$ y $f$ cambia a razón
$f'(u)$ por cada unidad de $u$, las dos razones se multiplican. En notación de Leibniz,
$\frac{df}{dx} = \frac{df}{du}\,\frac{du}{dx}$.

Las derivadas básicas:

| $f(x)$ | $f'(x)$ | cuándo |
|---|---|---|
| $x^n$ | $n\,x^{n-1}$ | cualquier $n$ real (para $x > 0$ si $n$ no es entero) |
| $e^x$ | $e^x$ | siempre |
| $a^x$ | $a^x \ln a$ | $a > 0$ |
| $\ln x$ | $1/x$ | $x > 0$ |
| $\sin x$, $\cos x$ | $\cos x$, $-\sin x$ | siempre ($x$ en radianes) |

¿Por qué $e$ es especial? Porque es la única base cuya exponencial es su propia derivada:
$(a^x)' = a^x \ln a$, y $\ln a = 1$ solo cuando $a = e$. La celda de abajo lo comprueba
numéricamente: la pendiente de $a^x$ en $x = 0$ es el límite de $(a^h - 1)/h$.
""",
        en=r"""
## 1. The rules of differentiation

Almost every derivative you will need comes from a few basic derivatives and four rules to
combine them. If $f$ and $g$ have a derivative at $x$:

$$
(f + g)' = f' + g', \qquad (c\,f)' = c\,f'
$$

$$
(f\,g)' = f'\,g + f\,g', \qquad \Big(\frac{f}{g}\Big)' = \frac{f'\,g - f\,g'}{g^2} \quad (g(x) \neq 0)
$$

$$
(f \circ g)'(x) = f'\big(g(x)\big)\,g'(x)
$$

where $c$ is a constant, and the last one is the **chain rule**.

Read the chain rule like this: if $u = g(x)$ changes at the rate $g'(x)$ and $f$ changes at
the rate $f'(u)$ per unit of $u$, the two rates multiply. In Leibniz's notation,
$\frac{df}{dx} = \frac{df}{du}\,\frac{du}{dx}$.

The basic derivatives:

| $f(x)$ | $f'(x)$ | when |
|---|---|---|
| $x^n$ | $n\,x^{n-1}$ | any real $n$ (for $x > 0$ if $n$ is not an integer) |
| $e^x$ | $e^x$ | always |
| $a^x$ | $a^x \ln a$ | $a > 0$ |
| $\ln x$ | $1/x$ | $x > 0$ |
| $\sin x$, $\cos x$ | $\cos x$, $-\sin x$ | always ($x$ in radians) |

Why is $e$ special? Because it is the only base whose exponential is its own derivative:
$(a^x)' = a^x \ln a$, and $\ln a = 1$ only when $a = e$. The cell below checks it
numerically: the slope of $a^x$ at $x = 0$ is the limit of $(a^h - 1)/h$.
""",
    )
    return


@app.cell(hide_code=True)
def _(mo, np):
    h = 1e-6
    _lines = []
    for base in (2.0, np.e, 3.0):
        slope_at_0 = (base**h - 1) / h  # → ln(base) as h → 0
        _lines.append(f"a = {base:.5f}   (a^h − 1)/h = {slope_at_0:.5f}   ln a = {np.log(base):.5f}")
    mo.show_code(mo.plain_text("\n".join(_lines)), position="above")
    return


@app.cell(hide_code=True)
def _(kit, lang, np):
    _h = 1e-6
    _two, _three = (2.0**_h - 1) / _h, (3.0**_h - 1) / _h
    kit.text(
        lang,
        es=rf"""
Con base 2 la pendiente en 0 es {_two:.3f}, menor que 1; con base 3 es {_three:.3f}, mayor.
En algún punto entre 2 y 3 la pendiente vale exactamente 1: ese número es
$e \approx {np.e:.5f}$. Por eso las exponenciales de machine learning se escriben casi
siempre en base $e$: sus derivadas no arrastran un factor $\ln a$.
""",
        en=rf"""
With base 2 the slope at 0 is {_two:.3f}, less than 1; with base 3 it is {_three:.3f}, more.
Somewhere between 2 and 3 the slope is exactly 1: that number is $e \approx {np.e:.5f}$.
That is why the exponentials of machine learning are almost always written in base $e$:
their derivatives carry no factor $\ln a$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
### Las derivadas de las activaciones, paso a paso

**Sigmoide.** $\sigma(z) = \dfrac{1}{1 + e^{-z}} = (1 + e^{-z})^{-1}$. Con la regla de la
potencia y la de la cadena (la derivada de $1 + e^{-z}$ es $-e^{-z}$):

$$
\sigma'(z) = -(1 + e^{-z})^{-2}\cdot(-e^{-z}) = \frac{e^{-z}}{(1 + e^{-z})^2}
= \underbrace{\frac{1}{1 + e^{-z}}}_{\sigma(z)}\cdot\underbrace{\frac{e^{-z}}{1 + e^{-z}}}_{1 - \sigma(z)}
= \sigma(z)\,\big(1 - \sigma(z)\big)
$$

**Tangente hiperbólica.** $\tanh z = \dfrac{\sinh z}{\cosh z}$, con
$\sinh' = \cosh$ y $\cosh' = \sinh$. Con la regla del cociente:

$$
\tanh'(z) = \frac{\cosh z\cdot\cosh z - \sinh z\cdot\sinh z}{\cosh^2 z} = 1 - \tanh^2 z
$$

**Softplus.** $\operatorname{softplus}(z) = \ln(1 + e^z)$, una versión suave de la ReLU.
Con la regla de la cadena ($\ln' u = 1/u$, y la derivada de $1 + e^z$ es $e^z$):

$$
\operatorname{softplus}'(z) = \frac{e^z}{1 + e^z} = \frac{1}{e^{-z} + 1} = \sigma(z)
$$

**ReLU.** $\operatorname{ReLU}(z) = \max(z, 0)$ tiene derivada 0 para $z < 0$ y 1 para
$z > 0$, es decir $\mathbf{1}[z > 0]$. En $z = 0$ no tiene derivada (sección 2).

No hace falta creerle a la cuenta: la celda de abajo compara cada fórmula con la
diferencia central de la lección 2.1, en varios puntos.
""",
        en=r"""
### The derivatives of the activations, step by step

**Sigmoid.** $\sigma(z) = \dfrac{1}{1 + e^{-z}} = (1 + e^{-z})^{-1}$. With the power rule
and the chain rule (the derivative of $1 + e^{-z}$ is $-e^{-z}$):

$$
\sigma'(z) = -(1 + e^{-z})^{-2}\cdot(-e^{-z}) = \frac{e^{-z}}{(1 + e^{-z})^2}
= \underbrace{\frac{1}{1 + e^{-z}}}_{\sigma(z)}\cdot\underbrace{\frac{e^{-z}}{1 + e^{-z}}}_{1 - \sigma(z)}
= \sigma(z)\,\big(1 - \sigma(z)\big)
$$

**Hyperbolic tangent.** $\tanh z = \dfrac{\sinh z}{\cosh z}$, with $\sinh' = \cosh$ and
$\cosh' = \sinh$. With the quotient rule:

$$
\tanh'(z) = \frac{\cosh z\cdot\cosh z - \sinh z\cdot\sinh z}{\cosh^2 z} = 1 - \tanh^2 z
$$

**Softplus.** $\operatorname{softplus}(z) = \ln(1 + e^z)$, a smooth version of ReLU. With
the chain rule ($\ln' u = 1/u$, and the derivative of $1 + e^z$ is $e^z$):

$$
\operatorname{softplus}'(z) = \frac{e^z}{1 + e^z} = \frac{1}{e^{-z} + 1} = \sigma(z)
$$

**ReLU.** $\operatorname{ReLU}(z) = \max(z, 0)$ has derivative 0 for $z < 0$ and 1 for
$z > 0$, that is $\mathbf{1}[z > 0]$. At $z = 0$ it has no derivative (section 2).

You need not trust the algebra: the cell below compares each formula with the central
difference of lesson 2.1, at several points.
""",
    )
    return


@app.cell(hide_code=True)
def _(mo, np):
    from gradiente.calculus import derivative

    def sigmoid(z):
        return 1 / (1 + np.exp(-z))

    def softplus(z):
        return np.log(1 + np.exp(z))  # fine for |z| < 700; section 1's exercise makes it safe everywhere

    rules = {  # name: (f, the derivative by the rules)
        "sigmoid": (sigmoid, lambda z: sigmoid(z) * (1 - sigmoid(z))),
        "tanh": (np.tanh, lambda z: 1 - np.tanh(z) ** 2),
        "softplus": (softplus, sigmoid),
    }
    z_points = np.array([-3.0, -0.5, 0.0, 1.0, 2.5])
    _lines = []
    for name, (f, f_prime) in rules.items():
        gap = np.max(np.abs(f_prime(z_points) - derivative(f, z_points)))
        _lines.append(f"{name:8s} largest gap between the rule and the central difference: {gap:.1e}")
    mo.show_code(mo.plain_text("\n".join(_lines)), position="above")
    return derivative, rules, sigmoid, softplus


@app.cell(hide_code=True)
def _(kit, lang, mo):
    activation_choice = mo.ui.dropdown(
        options={"σ (sigmoid)": "sigmoid", "tanh": "tanh", "softplus": "softplus", "ReLU": "relu"},
        value="σ (sigmoid)",
        label=kit.say(lang, es="Activación", en="Activation"),
    )
    activation_choice
    return (activation_choice,)


@app.cell(hide_code=True)
def _(activation_choice, derivative, kit, lang, np, plt, rules):
    _name = activation_choice.value
    _grid = np.linspace(-5, 5, 401)
    _dots = np.linspace(-4.5, 4.5, 19)
    if _name == "relu":
        _f, _fp = (lambda z: np.maximum(z, 0.0)), (lambda z: (z > 0).astype(float))
        _formula = "ReLU′(z) = 1[z > 0]"
    else:
        _f, _fp = rules[_name]
        _formula = {
            "sigmoid": "σ′ = σ(1 − σ)",
            "tanh": "tanh′ = 1 − tanh²",
            "softplus": "softplus′ = σ",
        }[_name]
    _fig, (_ax_f, _ax_d) = plt.subplots(1, 2, figsize=(9, 3.4))
    for _ax in (_ax_f, _ax_d):
        _ax.axhline(0, color="0.85", lw=0.8)
        _ax.axvline(0, color="0.85", lw=0.8)
        _ax.set_xlabel("z")
    _ax_f.plot(_grid, _f(_grid), color="black", lw=2)
    _ax_f.set_title(kit.say(lang, es="la función", en="the function"))
    if _name == "relu":  # the jump at 0: draw the two pieces apart, no vertical line
        _ax_d.plot(_grid[_grid < 0], _fp(_grid[_grid < 0]), color="tab:blue", lw=2, label=_formula)
        _ax_d.plot(_grid[_grid > 0], _fp(_grid[_grid > 0]), color="tab:blue", lw=2)
    else:
        _ax_d.plot(_grid, _fp(_grid), color="tab:blue", lw=2, label=_formula)
    _ax_d.plot(
        _dots,
        derivative(_f, _dots),
        "o",
        color="tab:orange",
        ms=5,
        label=kit.say(lang, es="diferencia central", en="central difference"),
    )
    _ax_d.set_title(kit.say(lang, es="su derivada", en="its derivative"))
    _ax_d.legend(loc="upper left", fontsize=9)
    _fig.subplots_adjust(left=0.06, right=0.98, bottom=0.15, top=0.9, wspace=0.2)  # cheaper than tight_layout
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang, np):
    _largest = np.finfo(float).max
    kit.text(
        lang,
        es=rf"""
Mira la forma de las derivadas. La de $\sigma$ es una campana con máximo $1/4$ en $z = 0$ y
casi cero lejos de 0: cuando una neurona sigmoide está “saturada” ($|z|$ grande), su
derivada casi no deja pasar gradiente. La de softplus es la propia $\sigma$: sube de 0 a 1,
como un escalón suavizado, y el escalón de verdad es la derivada de la ReLU.

### Fórmulas correctas que la computadora no puede evaluar

La fórmula $\ln(1 + e^z)$ es exacta, pero un float no guarda números mayores que
$\approx {kit.tex_number(_largest)} \approx e^{{{np.log(_largest):.1f}}}$. Con $z = 800$, $e^{{800}}$ se desborda a
infinito, y el logaritmo de infinito también es infinito, aunque la respuesta verdadera es
casi exactamente 800:
""",
        en=rf"""
Look at the shape of the derivatives. The one of $\sigma$ is a bell with maximum $1/4$ at
$z = 0$ and almost zero far from 0: when a sigmoid neuron is “saturated” ($|z|$ large), its
derivative lets almost no gradient through. The one of softplus is $\sigma$ itself: it
rises from 0 to 1 like a smoothed step, and the real step is ReLU's derivative.

### Correct formulas the computer cannot evaluate

The formula $\ln(1 + e^z)$ is exact, but a float cannot hold numbers larger than
$\approx {kit.tex_number(_largest)} \approx e^{{{np.log(_largest):.1f}}}$. With $z = 800$, $e^{{800}}$ overflows to
infinity, and the log of infinity is infinity too, although the true answer is almost
exactly 800:
""",
    )
    return


@app.cell(hide_code=True)
def _(mo, np, softplus):
    with np.errstate(over="ignore"):  # NumPy would also warn: "overflow encountered in exp"
        _lines = [f"e^800           = {np.exp(800.0)}", f"softplus(800.0) = {softplus(800.0)}"]
    largest = np.finfo(float).max
    _lines.append(f"largest float   = {largest}   its log = {np.log(largest)}")
    mo.show_code(mo.plain_text("\n".join(_lines)), position="above")
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
El arreglo es álgebra, no más precisión: para $z > 0$ saca $e^z$ como factor común,

$$
\ln(1 + e^z) = \ln\big(e^z\,(e^{-z} + 1)\big) = z + \ln(1 + e^{-z}),
$$

y ahora la exponencial es de un número negativo, que nunca se desborda. En general,
$\operatorname{softplus}(z) = \max(z, 0) + \ln(1 + e^{-|z|})$. Es el truco de
log-suma-exp, y NumPy lo trae hecho para $\ln(e^a + e^b)$. Y como
$\sigma(z) = e^{-\ln(1 + e^{-z})} = e^{-\operatorname{softplus}(-z)}$, la sigmoide hereda la
misma estabilidad. Es tu primer ejercicio.
""",
        en=r"""
The fix is algebra, not more precision: for $z > 0$ take $e^z$ out as a common factor,

$$
\ln(1 + e^z) = \ln\big(e^z\,(e^{-z} + 1)\big) = z + \ln(1 + e^{-z}),
$$

and now the exponential is of a negative number, which never overflows. In general,
$\operatorname{softplus}(z) = \max(z, 0) + \ln(1 + e^{-|z|})$. It is the log-sum-exp trick;
NumPy ships it ready-made for $\ln(e^a + e^b)$. And since
$\sigma(z) = e^{-\ln(1 + e^{-z})} = e^{-\operatorname{softplus}(-z)}$, the sigmoid inherits
the same stability. It is your first exercise.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_softplus_and_grad = kit.exercise("softplus_and_grad", lang)
    ex_softplus_and_grad
    return (ex_softplus_and_grad,)


@app.cell(hide_code=True)
def _(ex_softplus_and_grad, kit):
    kit.feedback(ex_softplus_and_grad)
    return


@app.cell(hide_code=True)
def _(ex_softplus_and_grad, kit):
    kit.hints(ex_softplus_and_grad)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 2. Donde no hay derivada

La derivada es un límite, y un límite existe solo si da lo mismo acercarse por los dos
lados. Con $h > 0$ la secante mira a la derecha de $x_0$; con $h < 0$, a la izquierda:

$$
\lim_{h \to 0^+} \frac{f(x_0 + h) - f(x_0)}{h} \;=\; \lim_{h \to 0^-} \frac{f(x_0 + h) - f(x_0)}{h}
$$

La derivada $f'(x_0)$ existe cuando los dos límites laterales existen, son iguales y son un
número finito.

Para $f(x) = |x|$ en $x_0 = 0$ el cociente vale $|h|/h$: $+1$ si $h > 0$ y $-1$ si $h < 0$,
por pequeño que sea $h$. Los dos límites existen pero son distintos, así que $|x|$ no tiene
derivada en 0: la gráfica hace una **esquina**. La derivada también puede faltar de otras dos maneras típicas:

- una **tangente vertical**, como $\sqrt[3]{x}$ en 0: el cociente $h^{1/3}/h = h^{-2/3}$
  crece sin límite por los dos lados;
- una **cúspide**, como $x^{2/3}$ en 0: el cociente tiende a $+\infty$ por un lado y a
  $-\infty$ por el otro.

Elige la función, el punto $x_0$ y el paso $h$ (positivo o negativo). La figura dibuja la
secante con $h$ y la secante con $-h$: cuando existe la derivada, las dos se juntan al
achicar $h$; en una esquina, no.
""",
        en=r"""
## 2. Where there is no derivative

The derivative is a limit, and a limit exists only if it does not matter from which side
you come. With $h > 0$ the secant looks to the right of $x_0$; with $h < 0$, to the left:

$$
\lim_{h \to 0^+} \frac{f(x_0 + h) - f(x_0)}{h} \;=\; \lim_{h \to 0^-} \frac{f(x_0 + h) - f(x_0)}{h}
$$

The derivative $f'(x_0)$ exists when both one-sided limits exist, are equal and are a
finite number.

For $f(x) = |x|$ at $x_0 = 0$ the quotient is $|h|/h$: $+1$ if $h > 0$ and $-1$ if $h < 0$,
however small $h$ is. Both limits exist but differ, so $|x|$ has no derivative at 0: the
graph has a **corner**. A derivative can also fail to exist in two other typical ways:

- a **vertical tangent**, like $\sqrt[3]{x}$ at 0: the quotient $h^{1/3}/h = h^{-2/3}$ grows
  without bound from both sides;
- a **cusp**, like $x^{2/3}$ at 0: the quotient tends to $+\infty$ from one side and to
  $-\infty$ from the other.

Pick the function, the point $x_0$ and the step $h$ (positive or negative). The figure
draws the secant with $h$ and the secant with $-h$: when the derivative exists, the two
come together as $h$ shrinks; at a corner, they do not.
""",
    )
    return


@app.cell(hide_code=True)
def _(np):
    def _cusp(x):
        return np.cbrt(x) ** 2  # x^(2/3), defined for negative x too

    one_sided_functions = {  # key: (f, its formula in LaTeX, as plain text)
        "abs": (np.abs, r"\lvert x \rvert", "|x|"),
        "relu": (lambda x: np.maximum(x, 0.0), r"\mathrm{ReLU}(x)", "ReLU(x)"),
        "softplus": (
            lambda x: np.log1p(np.exp(-np.abs(x))) + np.maximum(x, 0.0),
            r"\mathrm{softplus}(x)",
            "softplus(x)",
        ),
        "cbrt": (np.cbrt, r"x^{1/3}", "x^(1/3)"),
        "cusp": (_cusp, r"x^{2/3}", "x^(2/3)"),
    }
    return (one_sided_functions,)


@app.cell(hide_code=True)
def _(kit, lang, mo):
    kink_choice = mo.ui.dropdown(
        options={
            "|x|": "abs",
            "ReLU": "relu",
            "softplus": "softplus",
            "x^(1/3)": "cbrt",
            "x^(2/3)": "cusp",
        },
        value="|x|",
        label=kit.say(lang, es="Función", en="Function"),
    )
    kink_x0 = mo.ui.slider(
        -1.5, 1.5, step=0.1, value=0.0, show_value=True, label=kit.say(lang, es="Punto $x_0$", en="Point $x_0$")
    )
    kink_h = mo.ui.slider(
        steps=[-1.0, -0.5, -0.2, -0.1, -0.01, -0.001, 0.001, 0.01, 0.1, 0.2, 0.5, 1.0],
        value=0.5,
        show_value=True,
        label=kit.say(lang, es="Paso $h$", en="Step $h$"),
    )
    mo.hstack([kink_choice, kink_x0, kink_h], justify="start", gap=2)
    return kink_choice, kink_h, kink_x0


@app.cell(hide_code=True)
def _(kink_choice, kink_h, kink_x0, np, one_sided_functions):
    # Small pure cell: the two quotients the figure and the table use.
    kink_f, kink_label, kink_plain = one_sided_functions[kink_choice.value]
    kink_point = round(float(kink_x0.value), 6)  # 0.1 steps: keep 0 exactly 0

    def one_sided_quotient(h):
        return (kink_f(kink_point + h) - kink_f(kink_point)) / h

    quotient_h = float(one_sided_quotient(kink_h.value))
    quotient_minus_h = float(one_sided_quotient(-kink_h.value))
    _tiny = 1e-10  # small enough for x^(2/3): its quotient is only h^(-1/3)
    limit_right, limit_left = float(one_sided_quotient(_tiny)), float(one_sided_quotient(-_tiny))
    return (
        kink_f,
        kink_label,
        kink_plain,
        kink_point,
        limit_left,
        limit_right,
        one_sided_quotient,
        quotient_h,
        quotient_minus_h,
    )


@app.cell(hide_code=True)
def _(kink_f, kink_h, kink_plain, kink_point, kit, lang, np, plt, quotient_h, quotient_minus_h):
    _x0, _h = kink_point, kink_h.value
    _grid = np.linspace(-2.0, 2.0, 401)
    _y0 = float(kink_f(_x0))
    _fig, _ax = plt.subplots(figsize=(7.5, 4.2))
    _ax.axhline(0, color="0.85", lw=0.8)
    _ax.axvline(0, color="0.85", lw=0.8)
    _ax.plot(_grid, kink_f(_grid), color="black", lw=2.2, label=f"f(x) = {kink_plain}")
    for _step, _slope, _color, _style in (
        (_h, quotient_h, "tab:orange", "-"),
        (-_h, quotient_minus_h, "tab:green", "--"),
    ):
        _ax.plot(
            _grid,
            _y0 + _slope * (_grid - _x0),
            color=_color,
            lw=1.7,
            ls=_style,
            label=kit.say(lang, es="secante con h = ", en="secant with h = ") + f"{_step:+g}: {_slope:+.3f}",
        )
        _ax.plot([_x0 + _step], [kink_f(_x0 + _step)], "o", color=_color, ms=6)
    _ax.plot([_x0], [_y0], "o", color="black", ms=7)
    _ax.set_xlim(-2.0, 2.0)
    _ax.set_ylim(-1.6, 2.4)
    _ax.set_xlabel("x")
    _ax.set_title(
        kit.say(
            lang,
            es=f"Secantes por la derecha y por la izquierda en x0 = {_x0:g}",
            en=f"Secants from the right and from the left at x0 = {_x0:g}",
        )
    )
    _ax.legend(loc="upper left", fontsize=9)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kink_label, kink_point, kit, lang, limit_left, limit_right, one_sided_quotient):
    _rows = "\n".join(
        f"| {_size:g} | {float(one_sided_quotient(_size)):+.6g} | {float(one_sided_quotient(-_size)):+.6g} |"
        for _size in (0.1, 0.01, 0.001, 1e-5, 1e-7, 1e-10)
    )
    if max(abs(limit_right), abs(limit_left)) > 1e3 and limit_right * limit_left > 0:
        _verdict = (
            "los cocientes crecen sin límite, con el mismo signo por los dos lados: la tangente es vertical, y no "
            "hay derivada",
            "the quotients grow without bound, with the same sign on both sides: the tangent is vertical, and "
            "there is no derivative",
        )
    elif max(abs(limit_right), abs(limit_left)) > 1e3:
        _verdict = (
            "los cocientes crecen sin límite, con signos opuestos a cada lado: es una cúspide, y no hay derivada",
            "the quotients grow without bound, with opposite signs on the two sides: it is a cusp, and there is "
            "no derivative",
        )
    elif abs(limit_right - limit_left) > 1e-3:
        _verdict = (
            f"los dos lados se quedan en {limit_left:+.3g} y {limit_right:+.3g}: es una esquina, y no hay derivada",
            f"the two sides settle on {limit_left:+.3g} and {limit_right:+.3g}: it is a corner, and there is no "
            "derivative",
        )
    else:
        _verdict = (
            f"los dos lados se juntan en {limit_right:+.4f}: esa es la derivada",
            f"the two sides come together at {limit_right:+.4f}: that is the derivative",
        )
    _verdict_text = _verdict[0] if lang == "es" else _verdict[1]
    kit.text(
        lang,
        es=rf"""
Cocientes de $f(x) = {kink_label}$ en $x_0 = {kink_point:g}$ al achicar el paso, por la
derecha ($+\lvert h \rvert$) y por la izquierda ($-\lvert h \rvert$):

| $\lvert h \rvert$ | por la derecha | por la izquierda |
|---:|---:|---:|
{_rows}

Veredicto: {_verdict_text}.
""",
        en=rf"""
Quotients of $f(x) = {kink_label}$ at $x_0 = {kink_point:g}$ as the step shrinks, from the
right ($+\lvert h \rvert$) and from the left ($-\lvert h \rvert$):

| $\lvert h \rvert$ | from the right | from the left |
|---:|---:|---:|
{_rows}

Verdict: {_verdict_text}.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
### ¿Y qué hacen las bibliotecas en la esquina?

La ReLU está en casi todas las redes, y durante el entrenamiento alguna entrada cae
justo en $z = 0$. Un programa no puede responder “no existe”: necesita un número. En una
esquina de una función convexa, cualquier pendiente entre la de la izquierda y la de la
derecha da una recta que queda por debajo de la gráfica; a esas pendientes se les llama
**subgradientes** ($[-1, 1]$ para $|x|$ en 0, $[0, 1]$ para la ReLU). PyTorch, JAX y
`gradiente.autodiff` eligen el 0 en los dos casos: $\operatorname{ReLU}'(0) := 0$ y
$|x|'(0) := 0$. Es una convención, no el resultado de un límite.

Ojo también con la diferencia central: en una esquina promedia los dos lados y devuelve un
número que parece una derivada. Es el punto naranja en $z = 0$ de la gráfica de la ReLU de
la sección 1:
""",
        en=r"""
### And what do libraries do at the corner?

ReLU is in almost every network, and during training some input lands exactly on $z = 0$.
A program cannot answer “it does not exist”: it needs a number. At a corner of a convex
function, any slope between the left one and the right one gives a line that stays below
the graph; those slopes are called **subgradients** ($[-1, 1]$ for $|x|$ at 0, $[0, 1]$
for ReLU). PyTorch, JAX and `gradiente.autodiff` pick 0 in both cases:
$\operatorname{ReLU}'(0) := 0$ and $|x|'(0) := 0$. It is a convention, not the result of a
limit.

Beware of the central difference too: at a corner it averages the two sides and returns a
number that looks like a derivative. It is the orange dot at $z = 0$ of the ReLU plot in
section 1:
""",
    )
    return


@app.cell(hide_code=True)
def _(derivative, mo, np):
    from gradiente import autodiff

    at_zero = np.array(0.0)
    _lines = [
        f"autodiff, d|x|/dx at 0   : {autodiff.grad(lambda x: autodiff.abs(x))(at_zero)}",
        f"autodiff, dReLU/dx at 0  : {autodiff.grad(lambda x: autodiff.relu(x))(at_zero)}",
        f"central difference, |x|  : {derivative(np.abs, 0.0)}",
        f"central difference, ReLU : {derivative(lambda x: np.maximum(x, 0.0), 0.0)}",
    ]
    mo.show_code(mo.plain_text("\n".join(_lines)), position="above")
    return (autodiff,)


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Para $|x|$ la diferencia central da $(h - h)/(2h) = 0$, y para la ReLU, $(h - 0)/(2h) = 1/2$:
ninguno de los dos es una derivada. Si en la lección 2.1 comprobaste un gradiente con
diferencias y no coincide justo en una esquina, no es un error de tu código.

## 3. La derivada como aproximación lineal, y Taylor

Cerca de $x_0$, una función con derivada se parece a su tangente:

$$
f(x_0 + h) \approx f(x_0) + f'(x_0)\,h
$$

Es la **mejor** aproximación lineal en un sentido preciso: su error se achica más rápido
que $h$. Si $f$ tiene segunda derivada, el error es

$$
f(x_0 + h) - \big(f(x_0) + f'(x_0)\,h\big) = \tfrac12 f''(x_0)\,h^2 + O(h^3),
$$

así que al dividir $h$ entre 10 el error se divide entre unos 100. La tabla lo mide con
softplus en $x_0 = 1$: la última columna, error$/h^2$, se acerca a $\tfrac12 f''(1)$.
""",
        en=r"""
For $|x|$ the central difference gives $(h - h)/(2h) = 0$, and for ReLU $(h - 0)/(2h) = 1/2$:
neither is a derivative. If in lesson 2.1 you checked a gradient with differences and it
disagrees exactly at a corner, it is not a bug in your code.

## 3. The derivative as a linear approximation, and Taylor

Near $x_0$, a function with a derivative looks like its tangent:

$$
f(x_0 + h) \approx f(x_0) + f'(x_0)\,h
$$

It is the **best** linear approximation in a precise sense: its error shrinks faster than
$h$. If $f$ has a second derivative, the error is

$$
f(x_0 + h) - \big(f(x_0) + f'(x_0)\,h\big) = \tfrac12 f''(x_0)\,h^2 + O(h^3),
$$

so dividing $h$ by 10 divides the error by about 100. The table measures it with softplus
at $x_0 = 1$: the last column, error$/h^2$, closes in on $\tfrac12 f''(1)$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, np, sigmoid, softplus):
    _x0 = 1.0
    _second = sigmoid(_x0) * (1 - sigmoid(_x0))  # softplus″ = σ′ = σ(1 − σ)
    _rows = []
    for _h in (0.5, 0.1, 0.01, 0.001):
        _error = softplus(_x0 + _h) - (softplus(_x0) + sigmoid(_x0) * _h)
        _rows.append(f"| {_h:g} | {_error:.4e} | {_error / _h**2:.5f} |")
    _table = "\n".join(_rows)
    kit.text(
        lang,
        es=rf"""
| $h$ | error de la tangente | error$/h^2$ |
|---:|---:|---:|
{_table}

$\tfrac12 f''(1) = \tfrac12\,\sigma(1)\big(1 - \sigma(1)\big) = {_second / 2:.5f}$.

Si la recta no basta, se agregan términos. El **polinomio de Taylor** de orden $n$ en $x_0$
es el único polinomio de grado $n$ que tiene, en $x_0$, el mismo valor y las mismas $n$
primeras derivadas que $f$:

$$
T_n(x) = \sum_{{k=0}}^{{n}} \frac{{f^{{(k)}}(x_0)}}{{k!}}\,(x - x_0)^k
= f(x_0) + f'(x_0)(x - x_0) + \frac{{f''(x_0)}}{{2}}(x - x_0)^2 + \dots
$$

El $k!$ está porque la $k$-ésima derivada de $(x - x_0)^k$ es $k!$: dividir entre $k!$ hace
que $T_n^{{(k)}}(x_0) = f^{{(k)}}(x_0)$. El orden 1 es la tangente de la lección 2.1, y el
error de $T_n$ es $O\big((x - x_0)^{{n+1}}\big)$.

Mueve el orden y el punto. Las derivadas las calcula SymPy (`gradiente.calculus_symbolic`);
el área sombreada es el error $f - T_n$.
""",
        en=rf"""
| $h$ | error of the tangent | error$/h^2$ |
|---:|---:|---:|
{_table}

$\tfrac12 f''(1) = \tfrac12\,\sigma(1)\big(1 - \sigma(1)\big) = {_second / 2:.5f}$.

When the line is not enough, add terms. The **Taylor polynomial** of order $n$ at $x_0$ is
the only polynomial of degree $n$ with, at $x_0$, the same value and the same first $n$
derivatives as $f$:

$$
T_n(x) = \sum_{{k=0}}^{{n}} \frac{{f^{{(k)}}(x_0)}}{{k!}}\,(x - x_0)^k
= f(x_0) + f'(x_0)(x - x_0) + \frac{{f''(x_0)}}{{2}}(x - x_0)^2 + \dots
$$

The $k!$ is there because the $k$-th derivative of $(x - x_0)^k$ is $k!$: dividing by $k!$
makes $T_n^{{(k)}}(x_0) = f^{{(k)}}(x_0)$. Order 1 is the tangent of lesson 2.1, and the
error of $T_n$ is $O\big((x - x_0)^{{n+1}}\big)$.

Move the order and the point. SymPy computes the derivatives (`gradiente.calculus_symbolic`);
the shaded area is the error $f - T_n$.
""",
    )
    return


@app.cell(hide_code=True)
def _(mo, np):
    from gradiente.calculus_symbolic import symbolic_derivative, to_numpy_function

    taylor_formulas = {"softplus": "log(1 + exp(x))", "sin": "sin(x)"}
    # derivatives_at[name](x0) is [f(x0), f′(x0), f″(x0), f‴(x0), f⁗(x0)], from the formulas SymPy finds
    derivatives_at = {
        name: to_numpy_function([formula] + [symbolic_derivative(formula, "x", k) for k in range(1, 5)])
        for name, formula in taylor_formulas.items()
    }
    _lines = [
        f"softplus′ = {symbolic_derivative('log(1 + exp(x))', 'x', 1)}",
        f"softplus″ = {symbolic_derivative('log(1 + exp(x))', 'x', 2)}",
        f"at x0 = 0: {derivatives_at['softplus'](0.0)}",
    ]
    mo.show_code(mo.plain_text("\n".join(_lines)), position="above")
    return derivatives_at, symbolic_derivative, taylor_formulas


@app.cell(hide_code=True)
def _(kit, lang, mo):
    taylor_function = mo.ui.dropdown(
        options={"softplus: ln(1 + eˣ)": "softplus", "sin x": "sin"},
        value="softplus: ln(1 + eˣ)",
        label=kit.say(lang, es="Función", en="Function"),
    )
    taylor_order = mo.ui.slider(
        0, 4, step=1, value=1, show_value=True, label=kit.say(lang, es="Orden $n$", en="Order $n$")
    )
    taylor_x0 = mo.ui.slider(
        -2.0, 2.0, step=0.25, value=0.0, show_value=True, label=kit.say(lang, es="Punto $x_0$", en="Point $x_0$")
    )
    mo.hstack([taylor_function, taylor_order, taylor_x0], justify="start", gap=2)
    return taylor_function, taylor_order, taylor_x0


@app.cell(hide_code=True)
def _(derivatives_at, np, taylor_function, taylor_order, taylor_x0):
    # Small pure cell: the derivatives at x0 and the polynomial, on the plotting grid.
    taylor_plain = {"softplus": lambda x: np.log1p(np.exp(x)), "sin": np.sin}[taylor_function.value]
    taylor_grid = np.linspace(-4.0, 4.0, 401)
    taylor_point = float(taylor_x0.value)
    _all = derivatives_at[taylor_function.value](taylor_point)
    taylor_derivs = [float(_d) for _d in _all[: taylor_order.value + 1]]
    taylor_curve = taylor_plain(taylor_grid)
    _factorials = np.cumprod([1.0, 1.0, 2.0, 3.0, 4.0])  # 0!, 1!, 2!, 3!, 4!
    taylor_poly = sum(_d * (taylor_grid - taylor_point) ** _k / _factorials[_k] for _k, _d in enumerate(taylor_derivs))
    return taylor_curve, taylor_derivs, taylor_grid, taylor_plain, taylor_point, taylor_poly


@app.cell(hide_code=True)
def _(kit, lang, np, plt, taylor_curve, taylor_function, taylor_grid, taylor_order, taylor_point, taylor_poly):
    _fig, _ax = plt.subplots(figsize=(7.5, 4.2))
    _ax.axhline(0, color="0.85", lw=0.8)
    _ax.axvline(0, color="0.85", lw=0.8)
    _ax.fill_between(taylor_grid, taylor_curve, taylor_poly, color="tab:red", alpha=0.18, lw=0)
    _name = "softplus(x)" if taylor_function.value == "softplus" else "sin x"
    _ax.plot(taylor_grid, taylor_curve, color="black", lw=2.2, label=f"f(x) = {_name}")
    _ax.plot(
        taylor_grid,
        taylor_poly,
        color="tab:blue",
        lw=1.8,
        ls="--",
        label=kit.say(lang, es="Taylor de orden ", en="Taylor of order ") + str(taylor_order.value),
    )
    _ax.plot([taylor_point], [np.interp(taylor_point, taylor_grid, taylor_curve)], "o", color="tab:blue", ms=7)
    _ax.set_xlim(-4, 4)
    _ax.set_ylim(-2.5, 4.5)
    _ax.set_xlabel("x")
    _ax.set_title(
        kit.say(
            lang,
            es=f"Orden {taylor_order.value} alrededor de x0 = {taylor_point:g}; sombreado: el error",
            en=f"Order {taylor_order.value} around x0 = {taylor_point:g}; shaded: the error",
        )
    )
    _ax.legend(loc="upper left", fontsize=9)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang, np, taylor_derivs, taylor_order, taylor_plain, taylor_point):
    _f = taylor_plain
    _rows = []
    _factorials = np.cumprod([1.0, 1.0, 2.0, 3.0, 4.0, 5.0])
    _previous = None
    for _distance in (1.0, 0.5, 0.25, 0.125):
        _x = taylor_point + _distance
        _value = sum(_d * _distance**_k / _factorials[_k] for _k, _d in enumerate(taylor_derivs))
        _error = float(_f(np.array(_x))) - _value
        _ratio = "" if _previous is None or _error == 0 else f"{_previous / _error:.1f}"
        _rows.append(f"| {_distance:g} | {_error:+.3e} | {_ratio} |")
        _previous = _error
    _table = "\n".join(_rows)
    _derivs = ", ".join(f"{_d:.4g}" for _d in taylor_derivs)
    _n = taylor_order.value
    kit.text(
        lang,
        es=rf"""
Derivadas en $x_0 = {taylor_point:g}$, de orden 0 a {_n}: [{_derivs}]. Error
$f(x_0 + d) - T_{_n}(x_0 + d)$ a la distancia $d$:

| $d$ | error | error anterior / error |
|---:|---:|---:|
{_table}

Cada vez que $d$ se divide entre 2, el error se divide más o menos entre
$2^{{{_n + 1}}} = {2 ** (_n + 1)}$ (la última columna),
salvo cuando la derivada de orden {_n + 1} vale 0 en $x_0$ (entonces manda la siguiente): el
error es $O\big(d^{{{_n + 1}}}\big)$. Lejos de $x_0$, en cambio, subir el orden no siempre
ayuda: Taylor es una aproximación **local**.
""",
        en=rf"""
Derivatives at $x_0 = {taylor_point:g}$, of orders 0 to {_n}: [{_derivs}]. Error
$f(x_0 + d) - T_{_n}(x_0 + d)$ at distance $d$:

| $d$ | error | previous error / error |
|---:|---:|---:|
{_table}

Each time $d$ is halved, the error is divided by about $2^{{{_n + 1}}} = {2 ** (_n + 1)}$
(the last column), except when the
derivative of order {_n + 1} is 0 at $x_0$ (then the next one takes over): the error is
$O\big(d^{{{_n + 1}}}\big)$. Far from $x_0$, though, a higher order does not always help:
Taylor is a **local** approximation.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
En el ejercicio escribes el polinomio de Taylor a partir de la lista de derivadas. Uno de
sus casos usa justo las derivadas de softplus en 0 que acabas de ver, calculadas por SymPy.
""",
        en=r"""
In the exercise you write the Taylor polynomial from the list of derivatives. One of its
cases uses exactly the derivatives of softplus at 0 you have just seen, computed by SymPy.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_taylor_eval = kit.exercise("taylor_eval", lang)
    ex_taylor_eval
    return (ex_taylor_eval,)


@app.cell(hide_code=True)
def _(ex_taylor_eval, kit):
    kit.feedback(ex_taylor_eval)
    return


@app.cell(hide_code=True)
def _(ex_taylor_eval, kit):
    kit.hints(ex_taylor_eval)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 4. Cuatro maneras de obtener una derivada

Toma $f(x) = x\sin x$ en $x = 1$. Hay cuatro maneras de saber cuánto vale $f'(1)$:

1. **A mano**, con la regla del producto: $f'(x) = \sin x + x\cos x$.
2. **Simbólica**: un programa de álgebra (SymPy) aplica las mismas reglas y devuelve la
   fórmula. Es exacta, pero la fórmula puede crecer muchísimo con funciones largas.
3. **Numérica**: la diferencia central de la lección 2.1, o el paso complejo (abajo). Solo
   necesita poder evaluar $f$; la central pierde dígitos al restar.
4. **Automática**: el programa aplica las reglas a los **números** mientras evalúa $f$, sin
   armar nunca una fórmula. Es exacta hasta el redondeo y cuesta unas pocas evaluaciones de
   $f$.

La función `compare_derivatives` de `gradiente.calculus_symbolic` pone lado a lado la
simbólica, la numérica y la automática (hacia atrás, la de la lección 2.6):
""",
        en=r"""
## 4. Four ways to get a derivative

Take $f(x) = x\sin x$ at $x = 1$. There are four ways to find $f'(1)$:

1. **By hand**, with the product rule: $f'(x) = \sin x + x\cos x$.
2. **Symbolic**: a computer algebra program (SymPy) applies the same rules and returns the
   formula. It is exact, but the formula can grow enormously for long functions.
3. **Numerical**: the central difference of lesson 2.1, or the complex step (below). It only
   needs to evaluate $f$; the central one loses digits when it subtracts.
4. **Automatic**: the program applies the rules to the **numbers** while it evaluates $f$,
   never building a formula. It is exact up to rounding and costs a few evaluations of $f$.

The function `compare_derivatives` of `gradiente.calculus_symbolic` puts the symbolic, the
numerical and the automatic one (backwards, the one of lesson 2.6) side by side:
""",
    )
    return


@app.cell(hide_code=True)
def _(derivative, mo, np):
    from gradiente.calculus_symbolic import compare_derivatives

    by_hand = float(np.sin(1.0) + 1.0 * np.cos(1.0))  # (x sin x)′ = sin x + x cos x
    four_ways = compare_derivatives("x*sin(x)", 1.0)
    complex_step = derivative(lambda x: x * np.sin(x), 1.0, method="complex")
    _lines = [
        f"by hand     : {by_hand!r}",
        f"SymPy       : {four_ways['symbolic']} = {four_ways['exact']!r}",
        f"central     : {four_ways['numerical']!r}   error {four_ways['numerical_error']:.1e}",
        f"complex step: {complex_step!r}   error {abs(complex_step - by_hand):.1e}",
        f"autodiff    : {four_ways['automatic']!r}   error {four_ways['automatic_error']:.1e}",
    ]
    mo.show_code(mo.plain_text("\n".join(_lines)), position="above")
    return (by_hand,)


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
### El paso complejo: derivar sin restar

La diferencia central pierde dígitos porque resta dos números casi iguales. El **paso
complejo** evita la resta: evalúa $f$ en el número complejo $x + ih$. Si $f$ es una fórmula
que también sirve con complejos (polinomios, $e^x$, $\sin$, $\ln$…), Taylor da

$$
f(x + ih) = f(x) + ih\,f'(x) - \frac{h^2}{2} f''(x) - i\,\frac{h^3}{6} f'''(x) + \dots
$$

La parte imaginaria, dividida entre $h$, es $f'(x) - \tfrac{h^2}{6} f'''(x) + \dots$: el
mismo error $O(h^2)$ que la central cuando $h$ es grande, pero **sin ninguna resta**, así que
con $h$ diminuto no hay redondeo que crezca:

$$
f'(x) \approx \frac{\operatorname{Im} f(x + ih)}{h}
$$

Funciona con $h = 10^{-300}$. No sirve con $|x|$, con comparaciones ni con `max`: esas
operaciones no tienen una versión compleja derivable. La figura mide los dos errores para
softplus en $x = 1$ (un error 0 se dibuja en $10^{-17}$).
""",
        en=r"""
### The complex step: differentiating without subtracting

The central difference loses digits because it subtracts two nearly equal numbers. The
**complex step** avoids the subtraction: it evaluates $f$ at the complex number $x + ih$. If
$f$ is a formula that also works with complex numbers (polynomials, $e^x$, $\sin$,
$\ln$…), Taylor gives

$$
f(x + ih) = f(x) + ih\,f'(x) - \frac{h^2}{2} f''(x) - i\,\frac{h^3}{6} f'''(x) + \dots
$$

The imaginary part, divided by $h$, is $f'(x) - \tfrac{h^2}{6} f'''(x) + \dots$: the same
$O(h^2)$ error as the central one when $h$ is large, but **with no subtraction at all**, so
with a tiny $h$ there is no round-off to blow up:

$$
f'(x) \approx \frac{\operatorname{Im} f(x + ih)}{h}
$$

It works with $h = 10^{-300}$. It does not work with $|x|$, with comparisons or with `max`:
those operations have no differentiable complex version. The figure measures both errors
for softplus at $x = 1$ (an error of 0 is drawn at $10^{-17}$).
""",
    )
    return


@app.cell(hide_code=True)
def _(np, sigmoid):
    def _softplus_formula(x):
        return np.log(1 + np.exp(x))  # the plain formula: it accepts complex x (x = 1 is far from overflow)

    _exact = sigmoid(1.0)  # softplus′ = σ
    _floor = 1e-17
    central_steps = np.logspace(-1, -18, 171)
    central_step_errors = np.maximum(
        np.abs(
            (_softplus_formula(1.0 + central_steps) - _softplus_formula(1.0 - central_steps)) / (2 * central_steps)
            - _exact
        ),
        _floor,
    )
    complex_steps = np.logspace(-1, -300, 300)
    complex_step_errors = np.maximum(
        np.abs(np.imag(_softplus_formula(1.0 + 1j * complex_steps)) / complex_steps - _exact), _floor
    )
    return central_step_errors, central_steps, complex_step_errors, complex_steps


@app.cell(hide_code=True)
def _(central_step_errors, central_steps, complex_step_errors, complex_steps, kit, lang, plt):
    _fig, (_near, _far) = plt.subplots(1, 2, figsize=(9.5, 3.8), sharey=True, gridspec_kw={"width_ratios": [1, 1]})
    for _ax in (_near, _far):
        _ax.set_xscale("log")
        _ax.set_yscale("log")
        _ax.xaxis.set_major_formatter(kit.powers_of_ten())
        _ax.yaxis.set_major_formatter(kit.powers_of_ten())
        _ax.minorticks_off()
        _ax.invert_xaxis()
        _ax.set_xlabel(kit.say(lang, es="paso h", en="step h"))
    _central_label = kit.say(lang, es="diferencia central", en="central difference")
    _complex_label = kit.say(lang, es="paso complejo", en="complex step")
    _near.plot(central_steps, central_step_errors, color="tab:orange", lw=2, label=_central_label)
    _mask = complex_steps >= 1e-18
    _near.plot(complex_steps[_mask], complex_step_errors[_mask], color="tab:blue", lw=2, ls="--", label=_complex_label)
    _near.set_xticks([1e-1, 1e-5, 1e-10, 1e-15])
    _near.set_title(kit.say(lang, es="h de 10⁻¹ a 10⁻¹⁸", en="h from 10⁻¹ to 10⁻¹⁸"))
    _near.set_ylabel(kit.say(lang, es="error absoluto", en="absolute error"))
    _near.legend(loc="lower left", fontsize=9)
    _far.plot(complex_steps, complex_step_errors, "o", color="tab:blue", ms=2.5, label=_complex_label)
    _far.set_xticks([1e-1, 1e-100, 1e-200, 1e-300])
    _far.set_title(kit.say(lang, es="paso complejo hasta h = 10⁻³⁰⁰", en="complex step down to h = 10⁻³⁰⁰"))
    _far.set_yticks([1e-16, 1e-12, 1e-8, 1e-4, 1])
    _fig.tight_layout()
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(central_step_errors, central_steps, complex_step_errors, complex_steps, kit, lang, np):
    _best = int(np.argmin(central_step_errors))
    _tiny = complex_steps <= 1e-8
    kit.text(
        lang,
        es=rf"""
Para $h$ grande las dos curvas coinciden (el mismo error $\tfrac{{h^2}}{{6}}\lvert f'''\rvert$).
La central llega a su mejor error, ${kit.tex_number(central_step_errors[_best])}$, cerca de
$h = {kit.tex_number(central_steps[_best])}$, y después el redondeo la hace subir hasta
${kit.tex_number(central_step_errors[-1])}$ (cuando $x + h$ y $x$ son el mismo float, el
cociente es 0 y el error es $f'(1)$ entero). El paso complejo, con todo $h$ entre $10^{{-8}}$ y
$10^{{-300}}$, nunca se equivoca en más de ${kit.tex_number(np.max(complex_step_errors[_tiny]))}$.
""",
        en=rf"""
For large $h$ the two curves coincide (the same error $\tfrac{{h^2}}{{6}}\lvert f'''\rvert$).
The central one reaches its best error, ${kit.tex_number(central_step_errors[_best])}$, near
$h = {kit.tex_number(central_steps[_best])}$, and then round-off pushes it up to
${kit.tex_number(central_step_errors[-1])}$ (when $x + h$ and $x$ are the same float, the
quotient is 0 and the error is the whole of $f'(1)$). The complex step, for every $h$ between
$10^{{-8}}$ and $10^{{-300}}$, is never off by more than
${kit.tex_number(np.max(complex_step_errors[_tiny]))}$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
### Derivación automática hacia adelante: los números duales

El paso complejo casi es derivación automática: lleva la derivada “escondida” en la parte
imaginaria. Los **números duales** hacen lo mismo sin error de truncamiento: solo queda el redondeo de cada operación. Un número dual es
$a + b\,\varepsilon$, donde $\varepsilon$ es un símbolo con una sola regla:

$$
\varepsilon^2 = 0
$$

(aunque $\varepsilon \neq 0$).

Con esa regla, la serie de Taylor se corta después del primer término, sin resto:

$$
f(a + b\,\varepsilon) = f(a) + f'(a)\,b\,\varepsilon
$$

Así que basta evaluar $f$ en $x + 1\cdot\varepsilon$ y leer el número que acompaña a
$\varepsilon$: es $f'(x)$. Por ejemplo, con $f(x) = x^2$ en $x = 3$:

$$
(3 + \varepsilon)^2 = 9 + 6\,\varepsilon + \varepsilon^2 = 9 + 6\,\varepsilon,
$$

y en efecto $f(3) = 9$ y $f'(3) = 2\cdot 3 = 6$. En un programa, un número dual es un objeto
con dos campos (`value` y `dual`) cuyas operaciones siguen esa regla: cada operación calcula
su valor **y** su derivada, con la regla de derivación que le corresponde. Si multiplicas en
general $(a + b\varepsilon)(c + d\varepsilon)$ vas a ver aparecer la regla del producto. En
Python, `x * y` llama a `x.__mul__(y)`; con el número a la izquierda, `2 * x`, Python prueba
primero `int.__mul__`, que no sabe multiplicar tu objeto, y después `x.__rmul__(2)`. Y
`np.exp(x)` llama a `x.exp()` cuando `x` no es un número de NumPy.

Esto se llama modo **hacia adelante**: la derivada viaja junto con el valor, del principio al
final del cálculo. Es tu último ejercicio.
""",
        en=r"""
### Forward-mode automatic differentiation: dual numbers

The complex step is almost automatic differentiation: it carries the derivative “hidden” in
the imaginary part. **Dual numbers** do the same with no truncation error: only the rounding of each operation is left. A dual number is
$a + b\,\varepsilon$, where $\varepsilon$ is a symbol with a single rule:

$$
\varepsilon^2 = 0
$$

(although $\varepsilon \neq 0$).

With that rule, Taylor's series stops after the first term, with no remainder:

$$
f(a + b\,\varepsilon) = f(a) + f'(a)\,b\,\varepsilon
$$

So it is enough to evaluate $f$ at $x + 1\cdot\varepsilon$ and read the number next to
$\varepsilon$: it is $f'(x)$. For example, with $f(x) = x^2$ at $x = 3$:

$$
(3 + \varepsilon)^2 = 9 + 6\,\varepsilon + \varepsilon^2 = 9 + 6\,\varepsilon,
$$

and indeed $f(3) = 9$ and $f'(3) = 2\cdot 3 = 6$. In a program, a dual number is an object
with two fields (`value` and `dual`) whose operations follow that rule: each operation
computes its value **and** its derivative, with the rule of differentiation that belongs to
it. Multiply $(a + b\varepsilon)(c + d\varepsilon)$ in general and you will see the product
rule appear. In Python, `x * y` calls `x.__mul__(y)`; with the number on the left,
`2 * x`, Python first tries `int.__mul__`, which cannot multiply your object, and then
`x.__rmul__(2)`. And `np.exp(x)` calls `x.exp()` when `x` is not a NumPy number.

This is called **forward** mode: the derivative travels along with the value, from the
start of the computation to its end. It is your last exercise.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_dual_derivative = kit.exercise("dual_derivative", lang)
    ex_dual_derivative
    return (ex_dual_derivative,)


@app.cell(hide_code=True)
def _(ex_dual_derivative, kit):
    kit.feedback(ex_dual_derivative)
    return


@app.cell(hide_code=True)
def _(ex_dual_derivative, kit):
    kit.hints(ex_dual_derivative)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
**Hacia adelante o hacia atrás.** Con números duales, una pasada por $f$ da la derivada
respecto de **una** entrada. Para el gradiente de un costo con $n$ parámetros harían falta
$n$ pasadas, una por parámetro, como las $2n$ evaluaciones de la diferencia central. El modo
hacia atrás (la retropropagación, lección 2.6) da las $n$ derivadas parciales de una salida
en una sola pasada de vuelta: por eso es el que usan las redes neuronales, que tienen una
sola salida (el costo) y millones de entradas (los pesos).
""",
        en=r"""
**Forward or backward.** With dual numbers, one pass through $f$ gives the derivative with
respect to **one** input. For the gradient of a cost with $n$ parameters it would take $n$
passes, one per parameter, like the $2n$ evaluations of the central difference. Reverse
mode (backpropagation, lesson 2.6) gives all $n$ partial derivatives of one output in a
single pass back: that is why neural networks use it, with a single output (the cost) and
millions of inputs (the weights).
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
            T(es=r"**1.** ¿Cuánto vale $\sigma'(0)$?", en=r"**1.** What is $\sigma'(0)$?"),
            (T.same("1/2"), T.same("1/4"), T.same("1"), T.same("0")),
            answer=1,
            why=T(
                es=r"$\sigma'(z) = \sigma(z)\big(1 - \sigma(z)\big)$ y $\sigma(0) = 1/2$, así que $\sigma'(0) = \tfrac12\cdot\tfrac12 = \tfrac14$. Es el máximo de $\sigma'$: una capa sigmoide deja pasar, como mucho, un cuarto del gradiente. $1/2$ es $\sigma(0)$, no su derivada.",
                en=r"$\sigma'(z) = \sigma(z)\big(1 - \sigma(z)\big)$ and $\sigma(0) = 1/2$, so $\sigma'(0) = \tfrac12\cdot\tfrac12 = \tfrac14$. It is the largest value of $\sigma'$: a sigmoid layer lets through at most a quarter of the gradient. $1/2$ is $\sigma(0)$, not its derivative.",
            ),
        ),
        Question(
            T(
                es=r"**2.** ¿Tiene derivada la ReLU en $z = 0$, y qué devuelven PyTorch o `gradiente.autodiff` ahí?",
                en=r"**2.** Does ReLU have a derivative at $z = 0$, and what do PyTorch or `gradiente.autodiff` return there?",
            ),
            (
                T(es="Sí, vale 1/2, y eso devuelven", en="Yes, it is 1/2, and that is what they return"),
                T(es="No; devuelven 0, por convención", en="No; they return 0, by convention"),
                T(es="No; lanzan un error", en="No; they raise an error"),
                T(es="Sí, vale 0, y eso devuelven", en="Yes, it is 0, and that is what they return"),
            ),
            answer=1,
            why=T(
                es=r"Por la izquierda el cociente vale 0 y por la derecha 1: los límites laterales no coinciden, así que no hay derivada. Las bibliotecas necesitan un número y eligen 0, un subgradiente (cualquier valor de $[0, 1]$ lo sería). El 1/2 es lo que da la diferencia central, que promedia los dos lados.",
                en=r"From the left the quotient is 0 and from the right 1: the one-sided limits differ, so there is no derivative. Libraries need a number and pick 0, a subgradient (any value in $[0, 1]$ would be one). The 1/2 is what the central difference gives, averaging the two sides.",
            ),
        ),
        Question(
            T(
                es="**3.** ¿Qué métodos no pierden dígitos por restar dos números casi iguales, aunque el paso sea diminuto?",
                en="**3.** Which methods lose no digits to subtracting two nearly equal numbers, however tiny the step?",
            ),
            (
                T(es="La diferencia central y la hacia adelante", en="The central and the forward difference"),
                T(
                    es="El paso complejo y la derivación automática (números duales)",
                    en="The complex step and automatic differentiation (dual numbers)",
                ),
                T(es="Solo la diferencia central", en="Only the central difference"),
                T(es="Ninguno: todos restan", en="None: they all subtract"),
            ),
            answer=1,
            why=T(
                es=r"El paso complejo lee $f'$ en la parte imaginaria de $f(x + ih)$ y los números duales en la parte dual de $f(x + \varepsilon)$: ninguno resta $f(x + h) - f(x)$. Las diferencias finitas sí restan, y por eso su error vuelve a subir cuando $h$ es muy pequeño.",
                en=r"The complex step reads $f'$ off the imaginary part of $f(x + ih)$ and dual numbers off the dual part of $f(x + \varepsilon)$: neither subtracts $f(x + h) - f(x)$. Finite differences do subtract, which is why their error climbs back up when $h$ is very small.",
            ),
        ),
        Question(
            T(
                es=r"**4.** El error de la aproximación lineal $f(x_0) + f'(x_0)\,h$, cuando $f''(x_0) \neq 0$ y $h$ es pequeño, es proporcional a…",
                en=r"**4.** The error of the linear approximation $f(x_0) + f'(x_0)\,h$, when $f''(x_0) \neq 0$ and $h$ is small, is proportional to…",
            ),
            (T.same("h"), T.same("h²"), T.same("h³"), T.same("1/h")),
            answer=1,
            why=T(
                es=r"Por Taylor, $f(x_0 + h) = f(x_0) + f'(x_0)h + \tfrac12 f''(x_0)h^2 + O(h^3)$: lo que la recta deja fuera empieza en $\tfrac12 f''(x_0)h^2$. Es la columna error$/h^2$ de la sección 3, que se estabiliza en $\tfrac12 f''(x_0)$.",
                en=r"By Taylor, $f(x_0 + h) = f(x_0) + f'(x_0)h + \tfrac12 f''(x_0)h^2 + O(h^3)$: what the line leaves out starts at $\tfrac12 f''(x_0)h^2$. It is the error$/h^2$ column of section 3, which settles at $\tfrac12 f''(x_0)$.",
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

- Cuatro reglas bastan para derivar casi todo: suma, producto $(fg)' = f'g + fg'$, cociente $\big(\tfrac fg\big)' = \tfrac{f'g - fg'}{g^2}$ y cadena $(f\circ g)' = f'(g)\,g'$. Con ellas: $\sigma' = \sigma(1 - \sigma)$, $\tanh' = 1 - \tanh^2$, $\operatorname{softplus}' = \sigma$. La base $e$ es la única con $(a^x)' = a^x$.
- Una fórmula correcta puede desbordarse: $\ln(1 + e^z)$ da infinito con $z = 800$. Reescrita como $\max(z, 0) + \ln(1 + e^{-|z|})$ nunca exponencia un número positivo.
- La derivada existe solo si los cocientes por la izquierda y por la derecha tienden al mismo número finito. Fallan las esquinas ($|x|$ y ReLU en 0), las cúspides ($x^{2/3}$) y las tangentes verticales ($x^{1/3}$). Las bibliotecas devuelven un subgradiente por convención: $\operatorname{ReLU}'(0) := 0$. La diferencia central, en una esquina, promedia los dos lados.
- La tangente es la mejor aproximación lineal: su error es $\tfrac12 f''(x_0)h^2 + O(h^3)$. El polinomio de Taylor de orden $n$, $\sum_k f^{(k)}(x_0)(x - x_0)^k/k!$, tiene error $O\big((x - x_0)^{n+1}\big)$, y solo cerca de $x_0$.
- Cuatro maneras de derivar: a mano, simbólica (SymPy, exacta pero con fórmulas que crecen), numérica (la central resta y pierde dígitos; el paso complejo $\operatorname{Im} f(x + ih)/h$ no resta) y automática. Los números duales, con $\varepsilon^2 = 0$, dan $f(a + \varepsilon) = f(a) + f'(a)\,\varepsilon$: el modo hacia adelante, una pasada por entrada; el modo hacia atrás (2.6) da todo el gradiente en una.
""",
        en=r"""
## 6. Summary

- Four rules are enough to differentiate almost anything: sum, product $(fg)' = f'g + fg'$, quotient $\big(\tfrac fg\big)' = \tfrac{f'g - fg'}{g^2}$ and chain $(f\circ g)' = f'(g)\,g'$. With them: $\sigma' = \sigma(1 - \sigma)$, $\tanh' = 1 - \tanh^2$, $\operatorname{softplus}' = \sigma$. Base $e$ is the only one with $(a^x)' = a^x$.
- A correct formula can overflow: $\ln(1 + e^z)$ gives infinity at $z = 800$. Rewritten as $\max(z, 0) + \ln(1 + e^{-|z|})$ it never exponentiates a positive number.
- The derivative exists only if the quotients from the left and from the right tend to the same finite number. Corners ($|x|$ and ReLU at 0), cusps ($x^{2/3}$) and vertical tangents ($x^{1/3}$) fail. Libraries return a subgradient by convention: $\operatorname{ReLU}'(0) := 0$. At a corner, the central difference averages the two sides.
- The tangent is the best linear approximation: its error is $\tfrac12 f''(x_0)h^2 + O(h^3)$. Taylor's polynomial of order $n$, $\sum_k f^{(k)}(x_0)(x - x_0)^k/k!$, has error $O\big((x - x_0)^{n+1}\big)$, and only near $x_0$.
- Four ways to differentiate: by hand, symbolic (SymPy, exact but with formulas that grow), numerical (the central difference subtracts and loses digits; the complex step $\operatorname{Im} f(x + ih)/h$ does not subtract) and automatic. Dual numbers, with $\varepsilon^2 = 0$, give $f(a + \varepsilon) = f(a) + f'(a)\,\varepsilon$: forward mode, one pass per input; reverse mode (2.6) gives the whole gradient in one.
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
    kit.resources("derivative-rules", lang)
    return


if __name__ == "__main__":
    app.run()
