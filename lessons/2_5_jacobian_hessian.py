import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 2.5")


@app.cell(hide_code=True)
def _():
    import marimo as mo
    import numpy as np

    from gradiente import calculus
    from gradiente.course.kit import Kit

    kit = Kit()
    plt = kit.pyplot()
    return calculus, kit, mo, np, plt


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
    kit.header("jacobian-hessian", lang)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
En la lección 2.1 la derivada de una función de varias variables con **un** resultado era un
vector, el gradiente. Pero una capa de una red neuronal recibe un vector y devuelve **otro**
vector, y para entrenar hay que saber cómo cambia cada salida con cada entrada: eso es la
**matriz jacobiana**. Y para saber si un punto donde el gradiente se anula es un mínimo, un
máximo o un punto silla, hace falta la segunda derivada: la **matriz hessiana**.

**Al terminar podrás:**

- construir la jacobiana de $f: \mathbb{R}^n \to \mathbb{R}^m$ (una matriz $m \times n$, con una fila por salida) y usarla como la mejor aproximación lineal $f(x + \delta) \approx f(x) + J\delta$;
- aplicar la regla de la cadena como un producto de jacobianas, comprobando las formas, y reconocer la convención transpuesta cuando la veas;
- escribir las jacobianas de las capas más comunes: lineal, activación elemento a elemento y softmax, $\operatorname{diag}(p) - pp^\top$;
- leer $|\det J|$ como el factor por el que $f$ multiplica las áreas (en coordenadas polares, $r$);
- construir la hessiana, usar el modelo de Taylor de segundo orden y clasificar un punto crítico por los signos de los valores propios, y relacionar la convexidad con una hessiana semidefinida positiva.
""",
        en=r"""
In lesson 2.1 the derivative of a function of several variables with **one** output was a
vector, the gradient. But a layer of a neural network takes a vector and returns **another**
vector, and training needs to know how every output changes with every input: that is the
**Jacobian matrix**. And to tell whether a point where the gradient vanishes is a minimum, a
maximum or a saddle point, you need the second derivative: the **Hessian matrix**.

**By the end you will be able to:**

- build the Jacobian of $f: \mathbb{R}^n \to \mathbb{R}^m$ (an $m \times n$ matrix, one row per output) and use it as the best linear approximation $f(x + \delta) \approx f(x) + J\delta$;
- apply the chain rule as a product of Jacobians, checking the shapes, and recognise the transposed convention when you meet it;
- write the Jacobians of the most common layers: linear, element-wise activation and softmax, $\operatorname{diag}(p) - pp^\top$;
- read $|\det J|$ as the factor by which $f$ multiplies areas (in polar coordinates, $r$);
- build the Hessian, use the second-order Taylor model, classify a critical point by the signs of the eigenvalues, and connect convexity with a positive semidefinite Hessian.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 0. ¿Por qué en machine learning?

- **Retropropagación.** Una red es una cadena de funciones de vectores a vectores:
  $x \mapsto z = Ax + b \mapsto a = \tanh(z) \mapsto p = \operatorname{softmax}(\dots)$. La regla
  de la cadena dice que la derivada de la cadena es el **producto de las jacobianas** de cada
  eslabón. La retropropagación (lecciones 2.6 y 4.4) es una forma barata de hacer ese producto.
- **Clasificación con varias clases.** La última capa casi siempre es softmax; su jacobiana
  $\operatorname{diag}(p) - pp^\top$ es la pieza que hace que el gradiente de la entropía cruzada
  salga tan simple, $p - y$.
- **Curvatura.** La hessiana de la función de costo dice si un punto donde $\nabla f = 0$ es un
  mínimo o una silla (en redes grandes abundan las sillas), cuánto puede medir la tasa de
  aprendizaje ($\eta < 2/\lambda_{\max}$, lección 2.1) y es el ingrediente del método de Newton
  (lección 3.3).
""",
        en=r"""
## 0. Why in machine learning?

- **Backpropagation.** A network is a chain of maps from vectors to vectors:
  $x \mapsto z = Ax + b \mapsto a = \tanh(z) \mapsto p = \operatorname{softmax}(\dots)$. The chain
  rule says the derivative of the chain is the **product of the Jacobians** of its links.
  Backpropagation (lessons 2.6 and 4.4) is a cheap way to compute that product.
- **Classifying into several classes.** The last layer is nearly always softmax; its Jacobian
  $\operatorname{diag}(p) - pp^\top$ is what makes the gradient of the cross-entropy come out as
  simple as $p - y$.
- **Curvature.** The Hessian of the cost says whether a point where $\nabla f = 0$ is a minimum
  or a saddle (large networks are full of saddles), how large the learning rate may be
  ($\eta < 2/\lambda_{\max}$, lesson 2.1), and it is what Newton's method uses (lesson 3.3).
""",
    )
    return


@app.cell(hide_code=True)
def _(np):
    def three_outputs(v):
        x, y = v
        return np.array([x * y, x**2 + y, np.sin(x)])

    def three_outputs_jacobian(v):
        x, y = v
        return np.array([[y, x], [2 * x, 1.0], [np.cos(x), 0.0]])  # row i = gradient of output i

    def show_matrix(ax, M, title, row_names=None, col_names=None, cmap="RdBu", fmt="{:.3g}"):
        """An annotated heat map of a small matrix, with its shape in the title."""
        M = np.atleast_2d(M)
        limit = max(float(np.abs(M).max()), 1e-12)
        ax.imshow(M, cmap=cmap, vmin=-limit, vmax=limit)
        for (i, j), value in np.ndenumerate(M):
            ax.text(j, i, fmt.format(value), ha="center", va="center", fontsize=9)
        ax.set_xticks(range(M.shape[1]), col_names if col_names is not None else range(M.shape[1]), fontsize=8)
        ax.set_yticks(range(M.shape[0]), row_names if row_names is not None else range(M.shape[0]), fontsize=8)
        ax.set_title(f"{title}  ({M.shape[0]} × {M.shape[1]})", fontsize=10)

    return show_matrix, three_outputs, three_outputs_jacobian


@app.cell(hide_code=True)
def _(calculus, np, three_outputs, three_outputs_jacobian):
    point_12 = np.array([1.0, 2.0])
    J_numeric = calculus.jacobian(three_outputs, point_12)
    J_hand = three_outputs_jacobian(point_12)
    J_gap = float(np.abs(J_numeric - J_hand).max())
    return J_gap, J_hand, J_numeric, point_12


@app.cell(hide_code=True)
def _(J_gap, J_numeric, kit, lang, np):
    _shown = np.array2string(J_numeric, precision=6, suppress_small=True)
    kit.text(
        lang,
        es=rf"""
## 1. La matriz jacobiana: una fila por salida

Sea $f: \mathbb{{R}}^n \to \mathbb{{R}}^m$, con salidas $f_1, \dots, f_m$. Su **matriz jacobiana**
en $x$ junta todas las derivadas parciales en una matriz $m \times n$:

$$
J_{{ij}} = \frac{{\partial f_i}}{{\partial x_j}}, \qquad
J = \begin{{pmatrix}} \nabla f_1^\top \\ \vdots \\ \nabla f_m^\top \end{{pmatrix}}
$$

**La convención de este curso:** la fila $i$ es el gradiente de la salida $f_i$ (acostado), y la
columna $j$ dice cómo se mueven *todas* las salidas cuando mueves solo la entrada $x_j$. Se
llama *convención del numerador* (en inglés, *numerator layout*: las filas las pone el numerador, $f_i$). Con $m = 1$, la jacobiana
es una sola fila: el gradiente de la lección 2.1 escrito acostado.

Ejemplo: $f(x, y) = (xy,\ x^2 + y,\ \sin x)$ va de $\mathbb{{R}}^2$ a $\mathbb{{R}}^3$, así que $J$ es
$3 \times 2$:

$$
J(x, y) = \begin{{pmatrix}} y & x \\ 2x & 1 \\ \cos x & 0 \end{{pmatrix}}
$$

En $(1, 2)$, la biblioteca lo calcula con diferencias centrales, una columna por entrada:

```python
from gradiente import calculus
calculus.jacobian(lambda v: np.array([v[0] * v[1], v[0]**2 + v[1], np.sin(v[0])]), [1.0, 2.0])
```

```
{_shown}
```

La diferencia con la fórmula es ${kit.tex_number(J_gap)}$: solo redondeo y truncamiento.
""",
        en=rf"""
## 1. The Jacobian matrix: one row per output

Let $f: \mathbb{{R}}^n \to \mathbb{{R}}^m$, with outputs $f_1, \dots, f_m$. Its **Jacobian matrix**
at $x$ collects every partial derivative in an $m \times n$ matrix:

$$
J_{{ij}} = \frac{{\partial f_i}}{{\partial x_j}}, \qquad
J = \begin{{pmatrix}} \nabla f_1^\top \\ \vdots \\ \nabla f_m^\top \end{{pmatrix}}
$$

**This course's convention:** row $i$ is the gradient of output $f_i$ (lying down), and column $j$
says how *every* output moves when you move input $x_j$ alone. It is called the *numerator
layout* (the numerator, $f_i$, picks the row). With $m = 1$ the Jacobian is a single row: the
gradient of lesson 2.1, written lying down.

Example: $f(x, y) = (xy,\ x^2 + y,\ \sin x)$ goes from $\mathbb{{R}}^2$ to $\mathbb{{R}}^3$, so $J$
is $3 \times 2$:

$$
J(x, y) = \begin{{pmatrix}} y & x \\ 2x & 1 \\ \cos x & 0 \end{{pmatrix}}
$$

At $(1, 2)$ the library computes it by central differences, one column per input:

```python
from gradiente import calculus
calculus.jacobian(lambda v: np.array([v[0] * v[1], v[0]**2 + v[1], np.sin(v[0])]), [1.0, 2.0])
```

```
{_shown}
```

Its gap to the formula is ${kit.tex_number(J_gap)}$: only rounding and truncation.
""",
    )
    return


@app.cell(hide_code=True)
def _(calculus, np):
    # The one place to show both layouts: x ↦ Ax, whose Jacobian is A and whose "gradient" (denominator layout) is Aᵀ.
    A_demo = np.array([[2.0, -1.0, 0.5], [0.0, 3.0, -2.0]])
    x_demo = np.array([0.3, -1.0, 2.0])
    J_linear = calculus.jacobian(lambda v: A_demo @ v, x_demo)
    gradient_rows = np.array([calculus.gradient(lambda v, i=i: (A_demo @ v)[i], x_demo) for i in range(2)])
    denominator_layout = gradient_rows.T  # gradients as columns: the layout of d2l's ∇ₓ(Ax) = Aᵀ
    B_demo = np.array([[1.0, 2.0, 0.0], [-1.0, 0.5, 1.0], [0.0, 3.0, 2.0]])
    quadratic_gap = float(
        np.abs(calculus.gradient(lambda v: v @ B_demo @ v, x_demo) - (B_demo + B_demo.T) @ x_demo).max()
    )
    norm_gap = float(np.abs(calculus.gradient(lambda v: v @ v, x_demo) - 2 * x_demo).max())
    return A_demo, J_linear, denominator_layout, norm_gap, quadratic_gap


@app.cell(hide_code=True)
def _(A_demo, J_linear, denominator_layout, kit, lang, plt, show_matrix):
    _fig, _axes = plt.subplots(1, 3, figsize=(10, 2.9), gridspec_kw=dict(width_ratios=[3, 3, 2.2]))
    _outs = [r"$f_1$", r"$f_2$"]
    _ins = [r"$x_1$", r"$x_2$", r"$x_3$"]
    show_matrix(_axes[0], A_demo, "A", _outs, _ins)
    show_matrix(
        _axes[1], J_linear, kit.say(lang, es="jacobiana J (numérica)", en="Jacobian J (numerical)"), _outs, _ins
    )
    show_matrix(
        _axes[2],
        denominator_layout,
        kit.say(lang, es="gradientes en columnas", en="gradients as columns"),
        _ins,
        _outs,
    )
    _fig.suptitle(
        kit.say(
            lang,
            es="f(x) = Ax: la jacobiana es A; la convención del denominador da Aᵀ",
            en="f(x) = Ax: the Jacobian is A; the denominator layout gives Aᵀ",
        ),
        fontsize=11,
    )
    _fig.tight_layout()
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang, norm_gap, quadratic_gap):
    kit.text(
        lang,
        es=rf"""
**La otra convención, una sola vez.** Muchos libros y apuntes (d2l §2.4, buena parte de los
textos de estadística) ponen los gradientes en **columnas**: la *convención del denominador* (*denominator layout*). Ahí
se escribe $\nabla_x (Ax) = A^\top$, mientras que con nuestra convención la jacobiana de
$x \mapsto Ax$ es $A$. Son la misma información, transpuesta: en la figura, $A$ es $2 \times 3$ y
la matriz de gradientes en columnas es $3 \times 2$. Cuando leas una fórmula ajena, mira las
formas antes de copiarla.

Dos identidades de esas listas que usarás mucho (aquí las dos salidas son números, así que el
gradiente tiene la forma de $x$ y no hay ambigüedad):

$$
\nabla_x \left(x^\top B x\right) = (B + B^\top)\,x, \qquad \nabla_x \lVert x \rVert^2 = 2x
$$

Comprobadas con `calculus.gradient` para una $B$ de $3 \times 3$ no simétrica: diferencias de
${kit.tex_number(quadratic_gap)}$ y ${kit.tex_number(norm_gap)}$. (Si $B$ es simétrica, la primera
queda $2Bx$; olvidar el 2, o la transpuesta cuando $B$ no es simétrica, es un error clásico.)

En código con lotes la capa se escribe `Z = X @ W + b` con `W` de forma `(n_entradas, n_salidas)`
(como `MLPClassifier.coefs_` y scikit-learn), así que `W` es $A^\top$; PyTorch guarda `(salidas, entradas)`.
""",
        en=rf"""
**The other convention, once.** Many books and notes (d2l §2.4, much of the statistics
literature) put the gradients in **columns**: the *denominator layout*. There one writes
$\nabla_x (Ax) = A^\top$, whereas with our convention the Jacobian of $x \mapsto Ax$ is $A$. Same
information, transposed: in the figure $A$ is $2 \times 3$ and the matrix of gradients as
columns is $3 \times 2$. When you read someone else's formula, look at the shapes before you
copy it.

Two identities from those lists that you will use a lot (here both outputs are numbers, so the
gradient has the shape of $x$ and there is no ambiguity):

$$
\nabla_x \left(x^\top B x\right) = (B + B^\top)\,x, \qquad \nabla_x \lVert x \rVert^2 = 2x
$$

Checked with `calculus.gradient` on a non-symmetric $3 \times 3$ $B$: gaps of
${kit.tex_number(quadratic_gap)}$ and ${kit.tex_number(norm_gap)}$. (When $B$ is symmetric the first
one becomes $2Bx$; dropping the 2, or the transpose when $B$ is not symmetric, is a classic slip.)

In batched code a layer is written `Z = X @ W + b` with `W` of shape `(n_inputs, n_outputs)`
(as `MLPClassifier.coefs_` and scikit-learn), so `W` is $A^\top$; PyTorch stores `(outputs, inputs)`.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 2. La mejor aproximación lineal: de cerca, todo mapa es una cuadrícula que se mueve

En la lección 2.1 la tangente era la mejor aproximación lineal de una función de una variable.
Con vectores pasa lo mismo, y la jacobiana hace el papel de la pendiente:

$$
f(x + \delta) \approx f(x) + J(x)\,\delta
$$

El error es de orden $\lVert\delta\rVert^2$: si achicas $\delta$ a la mitad, el error baja más o
menos a la cuarta parte, así que **relativo** a $\lVert\delta\rVert$ también se va a cero. En la lección 1.2
viste que una matriz transforma una cuadrícula en otra cuadrícula de paralelogramos iguales. Un
mapa no lineal dobla la cuadrícula, pero si miras un cuadradito lo bastante pequeño, su imagen
es casi un paralelogramo: el de la matriz $J(x)$.

**Y el determinante.** Un paralelogramo hecho por $J$ a partir de un cuadrado tiene
$|\det J|$ veces su área (lección 1.4). Así que $|\det J(x)|$ es el factor por el que $f$
multiplica las áreas **cerca de** $x$. Para las coordenadas polares,
$(r, \theta) \mapsto (r\cos\theta,\ r\sin\theta)$,

$$
J = \begin{pmatrix} \cos\theta & -r\sin\theta \\ \sin\theta & r\cos\theta \end{pmatrix}, \qquad
\det J = r\cos^2\theta + r\sin^2\theta = r
$$

Por eso al integrar en polares aparece $dA = r\,dr\,d\theta$: los rectangulitos de
$(r, \theta)$ lejos del origen se vuelven sectores más grandes. (Es el "otro uso" de la
jacobiana: cambiar de variables en integrales y en densidades de probabilidad.)

Elige el mapa, mueve el punto base y **acerca el zoom**: la cuadrícula curva (azul) y la de
$J\delta$ (naranja) se vuelven indistinguibles, y el área de la imagen de un cuadradito,
dividida entre el área del cuadradito, se acerca a $|\det J|$.
""",
        en=r"""
## 2. The best linear approximation: up close, every map is a moving grid

In lesson 2.1 the tangent line was the best linear approximation of a function of one variable.
With vectors it is the same, and the Jacobian plays the part of the slope:

$$
f(x + \delta) \approx f(x) + J(x)\,\delta
$$

The error is of order $\lVert\delta\rVert^2$: halve $\delta$ and the error drops to about a quarter, so
**relative** to $\lVert\delta\rVert$ it also goes to zero. In lesson 1.2 you saw that a matrix
turns a grid into another grid of equal parallelograms. A non-linear map bends the grid, but if
you look at a small enough square, its image is nearly a parallelogram: the one of the matrix
$J(x)$.

**And the determinant.** A parallelogram that $J$ makes out of a square has $|\det J|$ times its
area (lesson 1.4). So $|\det J(x)|$ is the factor by which $f$ multiplies areas **near** $x$. For
polar coordinates, $(r, \theta) \mapsto (r\cos\theta,\ r\sin\theta)$,

$$
J = \begin{pmatrix} \cos\theta & -r\sin\theta \\ \sin\theta & r\cos\theta \end{pmatrix}, \qquad
\det J = r\cos^2\theta + r\sin^2\theta = r
$$

That is why integrating in polar coordinates brings in $dA = r\,dr\,d\theta$: the little
rectangles of $(r, \theta)$ far from the origin become larger sectors. (It is the Jacobian's
"other use": changing variables in integrals and in probability densities.)

Pick the map, move the base point and **zoom in**: the curved grid (blue) and the grid of
$J\delta$ (orange) become indistinguishable, and the area of the image of a small square,
divided by the square's area, approaches $|\det J|$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    map_choice = mo.ui.dropdown(
        options={
            kit.say(
                lang, es="ondulado: (u + 0.3 sin v, v + 0.3 sin u)", en="wavy: (u + 0.3 sin v, v + 0.3 sin u)"
            ): "wavy",
            kit.say(lang, es="polar: (u cos v, u sin v)", en="polar: (u cos v, u sin v)"): "polar",
        },
        value=kit.say(lang, es="ondulado: (u + 0.3 sin v, v + 0.3 sin u)", en="wavy: (u + 0.3 sin v, v + 0.3 sin u)"),
        label=kit.say(lang, es="Mapa", en="Map"),
    )
    u0_slider = mo.ui.slider(0.6, 2.0, step=0.1, value=1.2, show_value=True, label="$u_0$")
    v0_slider = mo.ui.slider(0.0, 3.0, step=0.1, value=0.8, show_value=True, label="$v_0$")
    size_slider = mo.ui.slider(
        steps=[1.0, 0.5, 0.2, 0.1, 0.05, 0.02],
        value=1.0,
        show_value=True,
        label=kit.say(lang, es="Lado del cuadradito $s$", en="Side of the small square $s$"),
    )
    mo.vstack([map_choice, mo.hstack([u0_slider, v0_slider, size_slider], justify="start", gap=2)])
    return map_choice, size_slider, u0_slider, v0_slider


@app.cell(hide_code=True)
def _(calculus, map_choice, np, size_slider, u0_slider, v0_slider):
    def wavy_map(P):
        u, v = P[..., 0], P[..., 1]
        return np.stack([u + 0.3 * np.sin(v), v + 0.3 * np.sin(u)], axis=-1)

    def polar_map(P):
        u, v = P[..., 0], P[..., 1]
        return np.stack([u * np.cos(v), u * np.sin(v)], axis=-1)

    zoom_map = wavy_map if map_choice.value == "wavy" else polar_map
    base = np.array([u0_slider.value, v0_slider.value])
    side = size_slider.value
    J_base = calculus.jacobian(zoom_map, base)
    if map_choice.value == "wavy":
        J_formula = np.array([[1.0, 0.3 * np.cos(base[1])], [0.3 * np.cos(base[0]), 1.0]])
    else:
        J_formula = np.array(
            [[np.cos(base[1]), -base[0] * np.sin(base[1])], [np.sin(base[1]), base[0] * np.cos(base[1])]]
        )
    # The small square [u0 − s/2, u0 + s/2] × [v0 − s/2, v0 + s/2]: its boundary, mapped, and its area (shoelace).
    _t = np.linspace(-0.5, 0.5, 101)
    _edge = np.concatenate(
        [
            np.stack([_t, np.full_like(_t, -0.5)], 1),
            np.stack([np.full_like(_t, 0.5), _t], 1),
            np.stack([_t[::-1], np.full_like(_t, 0.5)], 1),
            np.stack([np.full_like(_t, -0.5), _t[::-1]], 1),
        ]
    )
    square_image = zoom_map(base + side * _edge)
    _x, _y = square_image[:, 0], square_image[:, 1]
    area_ratio = 0.5 * abs(np.dot(_x, np.roll(_y, -1)) - np.dot(_y, np.roll(_x, -1))) / side**2
    # The worst gap between f(x + δ) and f(x) + Jδ over a 21 × 21 grid of δ in the square, relative to s.
    _g = np.linspace(-0.5, 0.5, 21) * side
    _deltas = np.stack(np.meshgrid(_g, _g), axis=-1).reshape(-1, 2)
    _curved = zoom_map(base + _deltas) - zoom_map(base)
    linear_gap = float(np.linalg.norm(_curved - _deltas @ J_base.T, axis=1).max() / side)
    return J_base, J_formula, area_ratio, base, linear_gap, side, square_image, zoom_map


@app.cell(hide_code=True)
def _(J_base, base, kit, lang, map_choice, np, plt, side, square_image, zoom_map):
    _fig, (_ax1, _ax2) = plt.subplots(1, 2, figsize=(10, 4.6))

    def _polyline(lines):
        # One Line2D for many curves (NaN rows break the line): far cheaper to draw than one per curve.
        gap = np.full((1, 2), np.nan)
        return np.concatenate([piece for line in lines for piece in (line, gap)])

    _lines_u = np.linspace(0.2, 2.6, 13)
    _lines_v = np.linspace(0.0, 3.6, 13) if map_choice.value == "wavy" else np.linspace(0.0, 2 * np.pi, 25)
    _dense_u = np.linspace(_lines_u[0], _lines_u[-1], 120)
    _dense_v = np.linspace(_lines_v[0], _lines_v[-1], 200)
    _grid_lines = [np.stack([np.full_like(_dense_v, _u), _dense_v], 1) for _u in _lines_u]
    _grid_lines += [np.stack([_dense_u, np.full_like(_dense_u, _v)], 1) for _v in _lines_v]
    _im = zoom_map(_polyline(_grid_lines))
    _ax1.plot(_im[:, 0], _im[:, 1], color="0.75", lw=0.7)
    _ax1.fill(square_image[:, 0], square_image[:, 1], color="tab:blue", alpha=0.35)
    _ax1.plot(square_image[:, 0], square_image[:, 1], color="tab:blue", lw=1.5)
    _fx = zoom_map(base)
    _ax1.plot(*_fx, "o", color="black", ms=4)
    _ax1.set_aspect("equal")
    _ax1.set_title(kit.say(lang, es="La imagen de la cuadrícula", en="The image of the grid"), fontsize=11)
    # Right: the small grid around the base point, mapped by f (blue) and by J (orange), centred at f(x).
    _ticks = np.linspace(-0.5, 0.5, 6) * side
    _fine = np.linspace(-0.5, 0.5, 60) * side
    _small = [np.stack([np.full_like(_fine, _c), _fine], 1) for _c in _ticks]
    _small += [np.stack([_fine, np.full_like(_fine, _c)], 1) for _c in _ticks]
    _deltas = _polyline(_small)
    _curved = zoom_map(base + _deltas) - _fx
    _flat = _deltas @ J_base.T
    _ax2.plot(_curved[:, 0], _curved[:, 1], color="tab:blue", lw=1.6, label="f(x + δ) − f(x)")
    _ax2.plot(_flat[:, 0], _flat[:, 1], color="tab:orange", lw=1.3, ls="--", label="J δ")
    _ax2.legend(loc="upper left", fontsize=9)
    _ax2.set_aspect("equal")
    _ax2.set_title(
        kit.say(
            lang, es=f"De cerca: cuadradito de lado s = {side:g}", en=f"Up close: small square of side s = {side:g}"
        ),
        fontsize=11,
    )
    _fig.subplots_adjust(left=0.06, right=0.98, bottom=0.08, top=0.93, wspace=0.2)  # no tight_layout: it draws twice
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(J_base, J_formula, area_ratio, kit, lang, linear_gap, np, side):
    _det = float(np.linalg.det(J_base))
    _formula_gap = float(np.abs(J_base - J_formula).max())
    _J = J_base
    _Jtex = rf"\begin{{pmatrix}} {_J[0, 0]:.4f} & {_J[0, 1]:.4f} \\ {_J[1, 0]:.4f} & {_J[1, 1]:.4f} \end{{pmatrix}}"
    kit.text(
        lang,
        es=rf"""
En este punto $J = {_Jtex}$ (la jacobiana exacta, $\begin{{pmatrix}} 1 & 0.3\cos v \\ 0.3\cos u & 1 \end{{pmatrix}}$ para el mapa ondulado y la de arriba para el polar, da lo mismo salvo ${kit.tex_number(_formula_gap)}$),
con $\det J = {_det:.4f}$.

- Área de la imagen del cuadradito entre el área del cuadradito: **{area_ratio:.4f}**; $|\det J|$ = **{abs(_det):.4f}**.
- Mayor distancia entre $f(x + \delta) - f(x)$ y $J\delta$ en el cuadradito, dividida entre $s$: **{kit.tex_number(linear_gap)}**.

Divide $s$ entre 10 y mira la segunda cifra: también baja unas 10 veces, porque el error de la
aproximación lineal es de orden $s^2$.
""",
        en=rf"""
At this point $J = {_Jtex}$ (the exact Jacobian, $\begin{{pmatrix}} 1 & 0.3\cos v \\ 0.3\cos u & 1 \end{{pmatrix}}$ for the wavy map and the one above for the polar map, gives the same up to ${kit.tex_number(_formula_gap)}$),
with $\det J = {_det:.4f}$.

- Area of the image of the small square over the area of the square: **{area_ratio:.4f}**; $|\det J|$ = **{abs(_det):.4f}**.
- Largest distance between $f(x + \delta) - f(x)$ and $J\delta$ over the small square, divided by $s$: **{kit.tex_number(linear_gap)}**.

Divide $s$ by 10 and watch the second number: it also drops about 10 times, because the error
of the linear approximation is of order $s^2$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Ahora te toca a ti: escribe la jacobiana numérica. Es el `gradient` de la lección 2.1 con una
diferencia: cada diferencia central ya no es un número sino un vector de $m$ números, **una
columna** de $J$.
""",
        en=r"""
Your turn: write the numerical Jacobian. It is lesson 2.1's `gradient` with one difference: each
central difference is no longer a number but a vector of $m$ numbers, **a column** of $J$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_jacobian = kit.exercise("jacobian", lang)
    ex_jacobian
    return (ex_jacobian,)


@app.cell(hide_code=True)
def _(ex_jacobian, kit):
    kit.feedback(ex_jacobian)
    return


@app.cell(hide_code=True)
def _(ex_jacobian, kit):
    kit.hints(ex_jacobian)
    return


@app.cell(hide_code=True)
def _(calculus, np, point_12, three_outputs):
    # The chain rule as a product of Jacobians: g: R³ → R² after f: R² → R³.
    def outer_map(u):
        return np.array([u[0] * u[2] + u[1], np.exp(u[2] - u[0] / 2)])

    J_f = calculus.jacobian(three_outputs, point_12)
    J_g = calculus.jacobian(outer_map, three_outputs(point_12))
    J_composite = calculus.jacobian(lambda v: outer_map(three_outputs(v)), point_12)
    chain_gap = float(np.abs(J_composite - J_g @ J_f).max())
    # Layers: an element-wise activation has a diagonal Jacobian.
    z_layer = np.array([0.5, -1.0, 2.0])
    tanh_gap = float(np.abs(calculus.jacobian(np.tanh, z_layer) - np.diag(1 - np.tanh(z_layer) ** 2)).max())
    return J_composite, J_f, J_g, chain_gap, tanh_gap


@app.cell(hide_code=True)
def _(chain_gap, kit, lang, tanh_gap):
    kit.text(
        lang,
        es=rf"""
## 3. La regla de la cadena es un producto de jacobianas

Si $f: \mathbb{{R}}^n \to \mathbb{{R}}^k$ y $g: \mathbb{{R}}^k \to \mathbb{{R}}^m$, la aproximación lineal
de $g \circ f$ es la de $g$ aplicada a la de $f$: primero $\delta \mapsto J_f\,\delta$, después
$J_g$. Componer funciones lineales es multiplicar matrices, así que

$$
J_{{g \circ f}}(x) = J_g\big(f(x)\big)\; J_f(x), \qquad (m \times k)\,(k \times n) = (m \times n)
$$

Ojo con dos cosas: $J_g$ se evalúa en $f(x)$, no en $x$, y **el orden importa** (el último mapa va a
la izquierda). Con la convención de filas = salidas, las formas encajan solas; si alguien te da
las matrices en la otra convención, el producto sale en el orden contrario, $J_f^\top J_g^\top$.

Arriba, $f$ es el ejemplo de la sección 1 y $g(u) = (u_1u_3 + u_2,\ e^{{u_3 - u_1/2}})$. La jacobiana de
la composición, calculada directamente con diferencias, y el producto $J_g J_f$ difieren en
${kit.tex_number(chain_gap)}$.

**Las jacobianas de las capas.** Con ellas y la regla de la cadena se deriva cualquier red:

| capa | mapa | jacobiana | forma |
|---|---|---|---|
| lineal | $z = Ax + b$ | $A$ | $m \times n$ |
| activación elemento a elemento | $a_i = \varphi(z_i)$ | $\operatorname{{diag}}\big(\varphi'(z)\big)$ | $m \times m$ |
| softmax | $p = \operatorname{{softmax}}(z)$ | $\operatorname{{diag}}(p) - pp^\top$ | $k \times k$ |

La activación es diagonal porque $a_i$ solo depende de $z_i$: para $\tanh$ en $z = (0.5, -1, 2)$,
la jacobiana numérica y $\operatorname{{diag}}(1 - \tanh^2 z)$ difieren en ${kit.tex_number(tanh_gap)}$.
Softmax **no** es diagonal: cada salida depende de todos los $z_j$. Es la sección siguiente.
""",
        en=rf"""
## 3. The chain rule is a product of Jacobians

If $f: \mathbb{{R}}^n \to \mathbb{{R}}^k$ and $g: \mathbb{{R}}^k \to \mathbb{{R}}^m$, the linear
approximation of $g \circ f$ is that of $g$ applied to that of $f$: first $\delta \mapsto J_f\,\delta$,
then $J_g$. Composing linear maps is multiplying matrices, so

$$
J_{{g \circ f}}(x) = J_g\big(f(x)\big)\; J_f(x), \qquad (m \times k)\,(k \times n) = (m \times n)
$$

Mind two things: $J_g$ is evaluated at $f(x)$, not at $x$, and **the order matters** (the last map
goes on the left). With rows = outputs the shapes fit by themselves; if someone hands you the
matrices in the other layout, the product comes in the opposite order, $J_f^\top J_g^\top$.

Above, $f$ is the example of section 1 and $g(u) = (u_1u_3 + u_2,\ e^{{u_3 - u_1/2}})$. The Jacobian of
the composition, computed directly by differences, and the product $J_g J_f$ differ by
${kit.tex_number(chain_gap)}$.

**The Jacobians of the layers.** With them and the chain rule you can differentiate any network:

| layer | map | Jacobian | shape |
|---|---|---|---|
| linear | $z = Ax + b$ | $A$ | $m \times n$ |
| element-wise activation | $a_i = \varphi(z_i)$ | $\operatorname{{diag}}\big(\varphi'(z)\big)$ | $m \times m$ |
| softmax | $p = \operatorname{{softmax}}(z)$ | $\operatorname{{diag}}(p) - pp^\top$ | $k \times k$ |

The activation is diagonal because $a_i$ depends on $z_i$ only: for $\tanh$ at $z = (0.5, -1, 2)$,
the numerical Jacobian and $\operatorname{{diag}}(1 - \tanh^2 z)$ differ by ${kit.tex_number(tanh_gap)}$.
Softmax is **not** diagonal: every output depends on every $z_j$. That is the next section.
""",
    )
    return


@app.cell(hide_code=True)
def _(J_composite, J_f, J_g, kit, lang, plt, show_matrix):
    _fig, _axes = plt.subplots(1, 3, figsize=(10, 2.8), gridspec_kw=dict(width_ratios=[3, 2, 2]))
    show_matrix(_axes[0], J_g, r"$J_g(f(x))$")
    show_matrix(_axes[1], J_f, r"$J_f(x)$")
    show_matrix(_axes[2], J_composite, r"$J_{g\circ f}(x)$")
    _fig.suptitle(
        kit.say(
            lang,
            es="(2 × 3) · (3 × 2) = (2 × 2): las formas encajan como en cualquier producto de matrices",
            en="(2 × 3) · (3 × 2) = (2 × 2): the shapes fit as in any matrix product",
        ),
        fontsize=11,
    )
    _fig.tight_layout()
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(calculus, np):
    from gradiente import autodiff
    from gradiente.datasets import load_digits
    from gradiente.softmax import softmax

    # Real logits: a nearest-centroid classifier on digits, z_k = −‖x − μ_k‖² / (2σ²) (a Gaussian with one
    # shared variance, equal priors), at the image it is least sure about.
    _X, _y = load_digits(return_X_y=True)
    _centroids = np.array([_X[_y == k].mean(axis=0) for k in range(10)])
    _variance = np.mean((_X - _centroids[_y]) ** 2)
    _Z = -((_X[:, None, :] - _centroids[None, :, :]) ** 2).sum(axis=2) / (2 * _variance)
    _P = softmax(_Z)
    digit_index = int(np.argmin(_P.max(axis=1)))
    digit_label = int(_y[digit_index])
    digit_image = _X[digit_index].reshape(8, 8)
    digit_z = _Z[digit_index]
    digit_p = _P[digit_index]
    digit_accuracy = float(np.mean(_P.argmax(axis=1) == _y))
    softmax_J = np.diag(digit_p) - np.outer(digit_p, digit_p)
    softmax_gap_numeric = float(np.abs(calculus.jacobian(softmax, digit_z) - softmax_J).max())
    softmax_gap_autodiff = float(np.abs(autodiff.jacobian(autodiff.softmax)(digit_z) - softmax_J).max())
    softmax_row_sums = float(np.abs(softmax_J.sum(axis=1)).max())
    return (
        digit_accuracy,
        digit_image,
        digit_index,
        digit_label,
        digit_p,
        softmax_J,
        softmax_gap_autodiff,
        softmax_gap_numeric,
        softmax_row_sums,
    )


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 4. La jacobiana de softmax

Softmax convierte $k$ puntajes (logits) en probabilidades:
$p_i = e^{z_i} / S$, con $S = \sum_k e^{z_k}$. Derivemos $p_i$ respecto de $z_j$ con la regla del
cociente. El numerador $e^{z_i}$ solo cambia si $j = i$; el denominador cambia siempre, con
$\partial S / \partial z_j = e^{z_j}$:

$$
\frac{\partial p_i}{\partial z_j}
= \frac{[i = j]\, e^{z_i}\, S - e^{z_i}\, e^{z_j}}{S^2}
= p_i\,[i = j] - p_i\, p_j
= p_i\,(\delta_{ij} - p_j)
$$

En forma de matriz, $J = \operatorname{diag}(p) - pp^\top$: en la diagonal $p_i(1 - p_i)$ (como la
sigmoide) y fuera de ella $-p_i p_j$. Subir un logit sube su probabilidad y **baja** las demás.

Dos cosas que se leen en la fórmula:

- **Cada fila suma 0**, porque $\sum_j p_i(\delta_{ij} - p_j) = p_i - p_i \sum_j p_j = 0$. Es decir,
  $J\mathbf{1} = 0$: sumar la misma constante a todos los logits no cambia $p$. Por eso puedes
  restar $\max(z)$ antes de `exp` sin cambiar el resultado, y así `exp` nunca se desborda.
- $J$ es simétrica y semidefinida positiva, y es singular (tiene $\mathbf{1}$ en su núcleo).

Con datos reales: un clasificador por centroides de `digits` (la puntuación de la clase $k$ es
$-\lVert x - \mu_k \rVert^2 / 2\sigma^2$) y la imagen de la que menos seguro está.
""",
        en=r"""
## 4. The Jacobian of softmax

Softmax turns $k$ scores (logits) into probabilities: $p_i = e^{z_i} / S$, with
$S = \sum_k e^{z_k}$. Let us differentiate $p_i$ with respect to $z_j$ by the quotient rule. The
numerator $e^{z_i}$ changes only when $j = i$; the denominator always changes, with
$\partial S / \partial z_j = e^{z_j}$:

$$
\frac{\partial p_i}{\partial z_j}
= \frac{[i = j]\, e^{z_i}\, S - e^{z_i}\, e^{z_j}}{S^2}
= p_i\,[i = j] - p_i\, p_j
= p_i\,(\delta_{ij} - p_j)
$$

As a matrix, $J = \operatorname{diag}(p) - pp^\top$: $p_i(1 - p_i)$ on the diagonal (like the
sigmoid) and $-p_i p_j$ off it. Raising one logit raises its probability and **lowers** all the
others.

Two things the formula tells you:

- **Every row adds up to 0**, because $\sum_j p_i(\delta_{ij} - p_j) = p_i - p_i \sum_j p_j = 0$.
  That is, $J\mathbf{1} = 0$: adding the same constant to every logit does not change $p$. That is
  why you may subtract $\max(z)$ before `exp` without changing the result, and then `exp` never
  overflows.
- $J$ is symmetric and positive semidefinite, and it is singular ($\mathbf{1}$ is in its null space).

On real data: a nearest-centroid classifier on `digits` (the score of class $k$ is
$-\lVert x - \mu_k \rVert^2 / 2\sigma^2$) and the image it is least sure about.
""",
    )
    return


@app.cell(hide_code=True)
def _(digit_image, digit_index, digit_label, digit_p, kit, lang, np, plt, softmax_J):
    _fig, _axes = plt.subplots(1, 3, figsize=(11, 3.6), gridspec_kw=dict(width_ratios=[1, 1.6, 1.9]))
    _axes[0].imshow(digit_image, cmap="gray_r")
    _axes[0].set_xticks([])
    _axes[0].set_yticks([])
    _axes[0].set_title(
        kit.say(
            lang,
            es=f"imagen {digit_index} (es un {digit_label})",
            en=f"image {digit_index} (it is a {digit_label})",
        ),
        fontsize=10,
    )
    _axes[1].bar(np.arange(10), digit_p, color="tab:blue")
    _axes[1].set_xticks(range(10))
    _axes[1].set_xlabel(kit.say(lang, es="dígito", en="digit"))
    _axes[1].set_title("p = softmax(z)", fontsize=10)
    _limit = float(np.abs(softmax_J).max())
    _im = _axes[2].imshow(softmax_J, cmap="RdBu", vmin=-_limit, vmax=_limit)
    _axes[2].set_xticks(range(10))
    _axes[2].set_yticks(range(10))
    _axes[2].set_xlabel("j")
    _axes[2].set_ylabel("i")
    _axes[2].set_title(r"$\partial p_i/\partial z_j = $ diag(p) − p pᵀ", fontsize=10)
    _fig.colorbar(_im, ax=_axes[2], shrink=0.85)
    _fig.tight_layout()
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(
    digit_accuracy,
    digit_p,
    kit,
    lang,
    np,
    softmax_gap_autodiff,
    softmax_gap_numeric,
    softmax_row_sums,
):
    _top = np.argsort(digit_p)[::-1][:3]
    _list = ", ".join(f"{int(k)}: {digit_p[k]:.3f}" for k in _top)
    kit.text(
        lang,
        es=rf"""
El clasificador acierta en el {100 * digit_accuracy:.1f} % de las imágenes, pero con esta duda entre
tres dígitos ({_list}). Solo esas tres probabilidades son apreciables, así que solo el bloque
$3 \times 3$ que forman en $J$ tiene color; los demás $p_i$ son casi 0 y sus filas casi nulas.
La diagonal es positiva y lo de fuera negativo: subir el logit del {_top[0]} le quita probabilidad
al {_top[1]} y al {_top[2]}.

La fórmula coincide con la jacobiana numérica (`calculus.jacobian(softmax, z)`) salvo
${kit.tex_number(softmax_gap_numeric)}$ y con la de la diferenciación automática
(`autodiff.jacobian(autodiff.softmax)(z)`, lección 2.6) salvo ${kit.tex_number(softmax_gap_autodiff)}$;
la mayor suma de una fila es ${kit.tex_number(softmax_row_sums)}$.
""",
        en=rf"""
The classifier is right on {100 * digit_accuracy:.1f} % of the images, but here it hesitates
between three digits ({_list}). Only those three probabilities are sizeable, so only the
$3 \times 3$ block they make in $J$ has colour; the other $p_i$ are nearly 0 and their rows nearly
null. The diagonal is positive and the rest negative: raising the logit of {_top[0]} takes
probability away from {_top[1]} and {_top[2]}.

The formula agrees with the numerical Jacobian (`calculus.jacobian(softmax, z)`) up to
${kit.tex_number(softmax_gap_numeric)}$ and with the one from automatic differentiation
(`autodiff.jacobian(autodiff.softmax)(z)`, lesson 2.6) up to ${kit.tex_number(softmax_gap_autodiff)}$;
the largest row sum is ${kit.tex_number(softmax_row_sums)}$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_softmax_jacobian = kit.exercise("softmax_jacobian", lang)
    ex_softmax_jacobian
    return (ex_softmax_jacobian,)


@app.cell(hide_code=True)
def _(ex_softmax_jacobian, kit):
    kit.feedback(ex_softmax_jacobian)
    return


@app.cell(hide_code=True)
def _(ex_softmax_jacobian, kit):
    kit.hints(ex_softmax_jacobian)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 5. La hessiana: la curvatura en todas las direcciones

Para una función con un solo resultado, $f: \mathbb{R}^n \to \mathbb{R}$, la **hessiana** junta las
segundas derivadas:

$$
H_{ij} = \frac{\partial^2 f}{\partial x_i\, \partial x_j}
$$

Es la jacobiana del gradiente ($H = J_{\nabla f}$), y si las segundas derivadas son continuas es
**simétrica**: el orden en que derivas no importa. Con ella, el desarrollo de Taylor de segundo
orden da un modelo cuadrático de $f$ cerca de $x$:

$$
f(x + \delta) \approx f(x) + \nabla f(x)^\top \delta + \tfrac12\, \delta^\top H(x)\, \delta
$$

En un **punto crítico** el gradiente es cero y solo queda el término cuadrático: la forma de $f$
cerca del punto la decide $\tfrac12 \delta^\top H \delta$. Si $\delta = v$ es un vector propio de
$H$ con valor propio $\lambda$ (lección 1.5), ese término vale $\tfrac12 \lambda \lVert v\rVert^2$:
**cada valor propio es la curvatura a lo largo de su vector propio.**

- todos los $\lambda > 0$: $f$ sube en toda dirección, **mínimo local** (un tazón);
- todos los $\lambda < 0$: **máximo local** (un tazón boca abajo);
- unos positivos y otros negativos: **punto silla** (sube en unas direcciones y baja en otras);
- algún $\lambda = 0$ y ningún par de signos opuestos: la prueba **no decide** (en esa dirección
  manda el término de orden 3 o 4: $x^4$ y $-x^4$ tienen la misma hessiana, cero, en 0).

Aquí $f(x, y) = x^3 - 3x + y^2$, con $\nabla f = (3x^2 - 3,\ 2y)$ y $H = \operatorname{diag}(6x, 2)$.
Sus puntos críticos son $(1, 0)$ y $(-1, 0)$. Mueve el punto: las curvas rojas discontinuas son las del
modelo cuadrático de Taylor alrededor de él (con los mismos niveles que las grises de $f$).
""",
        en=r"""
## 5. The Hessian: curvature in every direction

For a function with a single output, $f: \mathbb{R}^n \to \mathbb{R}$, the **Hessian** collects the
second derivatives:

$$
H_{ij} = \frac{\partial^2 f}{\partial x_i\, \partial x_j}
$$

It is the Jacobian of the gradient ($H = J_{\nabla f}$), and when the second derivatives are
continuous it is **symmetric**: the order in which you differentiate does not matter. With it,
the second-order Taylor expansion gives a quadratic model of $f$ near $x$:

$$
f(x + \delta) \approx f(x) + \nabla f(x)^\top \delta + \tfrac12\, \delta^\top H(x)\, \delta
$$

At a **critical point** the gradient is zero and only the quadratic term is left: the shape of $f$
near the point is decided by $\tfrac12 \delta^\top H \delta$. If $\delta = v$ is an eigenvector of
$H$ with eigenvalue $\lambda$ (lesson 1.5), that term is $\tfrac12 \lambda \lVert v\rVert^2$:
**each eigenvalue is the curvature along its eigenvector.**

- every $\lambda > 0$: $f$ rises in every direction, a **local minimum** (a bowl);
- every $\lambda < 0$: a **local maximum** (an upside-down bowl);
- some positive and some negative: a **saddle point** (up in some directions, down in others);
- some $\lambda = 0$ and no two of opposite signs: the test **cannot decide** (along that direction
  the third- or fourth-order term rules: $x^4$ and $-x^4$ have the same Hessian, zero, at 0).

Here $f(x, y) = x^3 - 3x + y^2$, with $\nabla f = (3x^2 - 3,\ 2y)$ and $H = \operatorname{diag}(6x, 2)$.
Its critical points are $(1, 0)$ and $(-1, 0)$. Move the point: the dashed red curves are those of the
quadratic Taylor model around it (at the same levels as the grey ones of $f$).
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    cx_slider = mo.ui.slider(
        -2.0, 2.0, step=0.1, value=1.0, show_value=True, label=kit.say(lang, es="Punto: $x$", en="Point: $x$")
    )
    cy_slider = mo.ui.slider(
        -1.5, 1.5, step=0.1, value=0.0, show_value=True, label=kit.say(lang, es="Punto: $y$", en="Point: $y$")
    )
    mo.hstack([cx_slider, cy_slider], justify="start", gap=2)
    return cx_slider, cy_slider


@app.cell(hide_code=True)
def _(calculus, cx_slider, cy_slider, np):
    def cubic_bowl(v):
        return v[0] ** 3 - 3 * v[0] + v[1] ** 2

    cubic_point = np.array([cx_slider.value, cy_slider.value])
    cubic_grad = calculus.gradient(cubic_bowl, cubic_point)
    cubic_H = calculus.hessian(cubic_bowl, cubic_point)
    cubic_H_gap = float(np.abs(cubic_H - np.diag([6 * cubic_point[0], 2.0])).max())
    cubic_eigenvalues = np.linalg.eigvalsh(cubic_H)
    return cubic_H, cubic_H_gap, cubic_bowl, cubic_eigenvalues, cubic_grad, cubic_point


@app.cell(hide_code=True)
def _(cubic_H, cubic_bowl, cubic_grad, cubic_point, kit, lang, np, plt):
    _xs = np.linspace(-2.5, 2.5, 161)
    _ys = np.linspace(-2.0, 2.0, 129)
    _Xg, _Yg = np.meshgrid(_xs, _ys)
    _F = cubic_bowl(np.array([_Xg, _Yg]))
    _fig, _ax = plt.subplots(figsize=(7.5, 5.0))
    _levels = np.linspace(-6, 10, 33)  # the same levels for f and for its model, so they can be compared
    _ax.contour(_Xg, _Yg, _F, levels=_levels, colors="0.7", linewidths=0.8)
    # The quadratic model around the point, on a disc of radius 0.9.
    _r = np.linspace(-0.9, 0.9, 61)
    _Dx, _Dy = np.meshgrid(_r, _r)
    _D = np.stack([_Dx, _Dy], axis=-1)
    _model = cubic_bowl(cubic_point) + _D @ cubic_grad + 0.5 * np.einsum("...i,ij,...j->...", _D, cubic_H, _D)
    _model = np.where(_Dx**2 + _Dy**2 <= 0.81, _model, np.nan)
    _ax.contour(
        cubic_point[0] + _Dx,
        cubic_point[1] + _Dy,
        _model,
        levels=_levels,
        colors="tab:red",
        linestyles="--",
        linewidths=1.3,
    )
    _ax.plot([], [], "--", color="tab:red", label=kit.say(lang, es="modelo de Taylor", en="Taylor model"))
    _ax.plot([1.0], [0.0], "*", color="tab:green", ms=13, label=kit.say(lang, es="mínimo (1, 0)", en="minimum (1, 0)"))
    _ax.plot(
        [-1.0], [0.0], "X", color="tab:purple", ms=10, label=kit.say(lang, es="silla (−1, 0)", en="saddle (−1, 0)")
    )
    _ax.plot(*cubic_point, "o", color="black", ms=6)
    _ax.set_aspect("equal")
    _ax.set_xlabel("x")
    _ax.set_ylabel("y")
    _ax.legend(loc="upper left", fontsize=9)
    _ax.set_title(
        kit.say(
            lang,
            es=f"f = x³ − 3x + y² y su modelo de Taylor en ({cubic_point[0]:g}, {cubic_point[1]:g})",
            en=f"f = x³ − 3x + y² and its Taylor model at ({cubic_point[0]:g}, {cubic_point[1]:g})",
        ),
        fontsize=11,
    )
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(cubic_H, cubic_H_gap, cubic_eigenvalues, cubic_grad, kit, lang, mo, np):
    _lam = ", ".join(f"{value:.3f}" for value in cubic_eigenvalues)
    _H = rf"\begin{{pmatrix}} {cubic_H[0, 0]:.3f} & {cubic_H[0, 1]:.3f} \\ {cubic_H[1, 0]:.3f} & {cubic_H[1, 1]:.3f} \end{{pmatrix}}"
    _gnorm = float(np.linalg.norm(cubic_grad))
    if _gnorm > 1e-6:
        _kind = "neutral"
        _es = (
            f"$\\lVert \\nabla f \\rVert = {kit.tex_number(_gnorm)}$: no es un punto crítico, así que el modelo tiene "
            "término lineal y la hessiana sola no clasifica nada. Ve a $(1, 0)$ o a $(-1, 0)$."
        )
        _en = (
            f"$\\lVert \\nabla f \\rVert = {kit.tex_number(_gnorm)}$: not a critical point, so the model has a linear "
            "term and the Hessian alone classifies nothing. Go to $(1, 0)$ or $(-1, 0)$."
        )
    elif (cubic_eigenvalues > 0).all():
        _kind = "success"
        _es = (
            "Punto crítico con los dos valores propios positivos: **mínimo local**. Las curvas del modelo son elipses."
        )
        _en = "A critical point with both eigenvalues positive: a **local minimum**. The model's curves are ellipses."
    else:
        _kind = "warn"
        _es = (
            "Punto crítico con un valor propio negativo y otro positivo: **punto silla**. Las curvas del modelo son "
            "hipérbolas: $f$ baja a lo largo de $x$ y sube a lo largo de $y$."
        )
        _en = (
            "A critical point with one negative and one positive eigenvalue: a **saddle point**. The model's curves "
            "are hyperbolas: $f$ goes down along $x$ and up along $y$."
        )
    mo.callout(
        kit.text(
            lang,
            es=f"Hessiana numérica $H = {_H}$ (difiere de diag(6x, 2) en ${kit.tex_number(cubic_H_gap)}$), valores propios {_lam}. {_es}",
            en=f"Numerical Hessian $H = {_H}$ (it differs from diag(6x, 2) by ${kit.tex_number(cubic_H_gap)}$), eigenvalues {_lam}. {_en}",
        ),
        kind=_kind,
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 6. Todas las formas de un punto crítico

La hessiana de $x^3 - 3x + y^2$ es diagonal, y ahí los valores propios son la diagonal. En general
no: una hessiana simétrica es $H = R\,\operatorname{diag}(\lambda_1, \lambda_2)\,R^\top$, con $R$
una rotación cuyas columnas son los vectores propios. Elige los dos valores propios y el ángulo de
los ejes, y mira la forma de $q(\delta) = \tfrac12 \delta^\top H \delta$: un tazón, un tazón boca
abajo, una silla o, con un valor propio cero, un **canal** (o una **cresta**) con una dirección
plana. Prueba $\lambda_1 = 3$, $\lambda_2 = -1$ y 45°.
""",
        en=r"""
## 6. Every shape of a critical point

The Hessian of $x^3 - 3x + y^2$ is diagonal, and then the eigenvalues are the diagonal. In
general they are not: a symmetric Hessian is $H = R\,\operatorname{diag}(\lambda_1, \lambda_2)\,R^\top$,
with $R$ a rotation whose columns are the eigenvectors. Pick the two eigenvalues and the angle of
the axes, and watch the shape of $q(\delta) = \tfrac12 \delta^\top H \delta$: a bowl, an
upside-down bowl, a saddle or, with a zero eigenvalue, a **valley** (or a **ridge**) with a flat
direction. Try $\lambda_1 = 3$, $\lambda_2 = -1$ and 45°.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    _steps = [round(-3.0 + 0.5 * _i, 1) for _i in range(13)]
    lam1_slider = mo.ui.slider(steps=_steps, value=2.0, show_value=True, label=r"$\lambda_1$")
    lam2_slider = mo.ui.slider(steps=_steps, value=1.0, show_value=True, label=r"$\lambda_2$")
    angle_slider = mo.ui.slider(
        0,
        165,
        step=15,
        value=30,
        show_value=True,
        label=kit.say(lang, es="Ángulo de los ejes (°)", en="Angle of the axes (°)"),
    )
    mo.hstack([lam1_slider, lam2_slider, angle_slider], justify="start", gap=2)
    return angle_slider, lam1_slider, lam2_slider


@app.cell(hide_code=True)
def _(angle_slider, lam1_slider, lam2_slider, np):
    _t = np.deg2rad(angle_slider.value)
    axes_R = np.array([[np.cos(_t), -np.sin(_t)], [np.sin(_t), np.cos(_t)]])
    shape_eigenvalues = np.array([lam1_slider.value, lam2_slider.value])
    shape_H = axes_R @ np.diag(shape_eigenvalues) @ axes_R.T
    return axes_R, shape_H, shape_eigenvalues


@app.cell(hide_code=True)
def _(axes_R, kit, lang, np, plt, shape_H, shape_eigenvalues):
    _g = np.linspace(-1.5, 1.5, 31)
    _Dx, _Dy = np.meshgrid(_g, _g)
    _Q = 0.5 * (shape_H[0, 0] * _Dx**2 + 2 * shape_H[0, 1] * _Dx * _Dy + shape_H[1, 1] * _Dy**2)
    _fig = plt.figure(figsize=(10, 4.4))
    _ax3 = _fig.add_subplot(1, 2, 1, projection="3d")
    _ax3.plot_surface(_Dx, _Dy, _Q, cmap="coolwarm", vmin=-3.5, vmax=3.5, linewidth=0, antialiased=False)
    _ax3.set_zlim(-3.5, 3.5)
    _ax3.set_xlabel("δ₁")
    _ax3.set_ylabel("δ₂")
    _ax3.view_init(elev=28, azim=-55)
    _ax = _fig.add_subplot(1, 2, 2)
    _levels = np.linspace(-3.5, 3.5, 15)
    _cs = _ax.contourf(_Dx, _Dy, _Q, levels=_levels, cmap="coolwarm", extend="both")
    _ax.contour(_Dx, _Dy, _Q, levels=_levels, colors="0.3", linewidths=0.5)
    for _k, _color in ((0, "black"), (1, "tab:green")):
        _v = axes_R[:, _k] * 1.2
        _ax.annotate("", xy=_v, xytext=(0, 0), arrowprops=dict(arrowstyle="->", color=_color, lw=2))
        _ax.text(
            *(1.1 * _v),
            f"λ{_k + 1} = {shape_eigenvalues[_k]:g}",
            color=_color,
            fontsize=10,
            bbox=dict(facecolor="white", edgecolor="none", alpha=0.8, pad=1),
        )
    _ax.set_aspect("equal")
    _ax.set_xlim(-1.5, 1.5)
    _ax.set_ylim(-1.5, 1.5)
    _ax.set_xlabel("δ₁")
    _ax.set_ylabel("δ₂")
    _fig.colorbar(_cs, ax=_ax, shrink=0.85)
    _fig.suptitle(
        f"H = [[{shape_H[0, 0]:.3g}, {shape_H[0, 1]:.3g}], [{shape_H[1, 0]:.3g}, {shape_H[1, 1]:.3g}]]   ·   "
        + kit.say(lang, es="q(δ) = ½ δᵀHδ", en="q(δ) = ½ δᵀHδ"),
        fontsize=11,
    )
    _fig.subplots_adjust(left=0.02, right=0.97, bottom=0.1, top=0.9, wspace=0.15)  # no tight_layout: it draws twice
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang, mo, np, shape_H, shape_eigenvalues):
    _l1, _l2 = shape_eigenvalues
    _d = np.diag(shape_H)
    _diag_note_es = _diag_note_en = ""
    if (_d > 1e-10).all() and min(_l1, _l2) < -1e-10:
        _diag_note_es = " Fíjate: las dos entradas de la diagonal son positivas y aun así no es un mínimo."
        _diag_note_en = " Notice: both diagonal entries are positive and yet it is not a minimum."
    _det = float(np.linalg.det(shape_H))
    if _l1 > 0 and _l2 > 0:
        _kind, _es, _en = (
            "success",
            "**Tazón: mínimo.** Sube en toda dirección.",
            "**Bowl: minimum.** It rises in every direction.",
        )
    elif _l1 < 0 and _l2 < 0:
        _kind, _es, _en = (
            "success",
            f"**Tazón boca abajo: máximo.** Ojo: $\\det H = {_det:.3g} > 0$, igual que en un mínimo; el signo lo da la traza.",
            f"**Upside-down bowl: maximum.** Careful: $\\det H = {_det:.3g} > 0$, just as at a minimum; the trace gives the sign.",
        )
    elif _l1 * _l2 < 0:
        _kind, _es, _en = (
            "warn",
            f"**Silla.** Sube a lo largo de un eje propio y baja a lo largo del otro; $\\det H = {_det:.3g} < 0$.",
            f"**Saddle.** Up along one eigenvector, down along the other; $\\det H = {_det:.3g} < 0$.",
        )
    elif _l1 == 0 and _l2 == 0:
        _kind, _es, _en = (
            "neutral",
            "**Todo plano:** $H = 0$, la prueba no dice nada.",
            "**All flat:** $H = 0$, the test says nothing.",
        )
    else:
        _other = _l1 if _l2 == 0 else _l2
        _shape_es = "un canal (valle)" if _other > 0 else "una cresta"
        _shape_en = "a valley" if _other > 0 else "a ridge"
        _kind, _es, _en = (
            "neutral",
            f"**No decide:** {_shape_es}. A lo largo del eje con $\\lambda = 0$ el modelo cuadrático es plano, y lo que "
            "pase ahí lo deciden términos de orden mayor.",
            f"**Cannot decide:** {_shape_en}. Along the axis with $\\lambda = 0$ the quadratic model is flat, and what "
            "happens there is decided by higher-order terms.",
        )
    mo.callout(kit.text(lang, es=_es + _diag_note_es, en=_en + _diag_note_en), kind=_kind)
    return


@app.cell(hide_code=True)
def _(kit, lang, np):
    _R = np.array([[1.0, -1.0], [1.0, 1.0]]) / np.sqrt(2)
    _H45 = _R @ np.diag([3.0, -1.0]) @ _R.T
    _vals = np.linalg.eigvalsh(np.array([[1.0, 2.0], [2.0, 1.0]]))
    _H45_text = f"[[{_H45[0, 0]:.3g}, {_H45[0, 1]:.3g}], [{_H45[1, 0]:.3g}, {_H45[1, 1]:.3g}]]"
    _vals_text = ", ".join(f"{_v:g}" for _v in _vals)
    kit.text(
        lang,
        es=rf"""
Con $\lambda_1 = 3$, $\lambda_2 = -1$ y 45° sale la hessiana `{_H45_text}`. Su diagonal es positiva, pero
sus valores propios son {_vals_text}: una **silla**. Con $\delta = (1, -1)$,
$\delta^\top H \delta = 1 - 2 - 2 + 1 = -2 < 0$. Mirar los signos de la diagonal no basta; mirar
solo $\det H > 0$ tampoco (un máximo también lo cumple). Lo que decide son los signos de los
valores propios.
""",
        en=rf"""
With $\lambda_1 = 3$, $\lambda_2 = -1$ and 45° you get the Hessian `{_H45_text}`. Its diagonal is
positive, but its eigenvalues are {_vals_text}: a **saddle**. With $\delta = (1, -1)$,
$\delta^\top H \delta = 1 - 2 - 2 + 1 = -2 < 0$. Looking at the signs of the diagonal is not
enough; looking only at $\det H > 0$ is not either (a maximum has it too). What decides is the
signs of the eigenvalues.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_classify_critical_point = kit.exercise("classify_critical_point", lang)
    ex_classify_critical_point
    return (ex_classify_critical_point,)


@app.cell(hide_code=True)
def _(ex_classify_critical_point, kit):
    kit.feedback(ex_classify_critical_point)
    return


@app.cell(hide_code=True)
def _(ex_classify_critical_point, kit):
    kit.hints(ex_classify_critical_point)
    return


@app.cell(hide_code=True)
def _(calculus, np):
    from gradiente.datasets import load_breast_cancer
    from gradiente.models import LogisticRegression
    from gradiente.softmax import sigmoid

    _X, bc_y = load_breast_cancer(return_X_y=True)
    _features = (_X[:, :5] - _X[:, :5].mean(axis=0)) / _X[:, :5].std(axis=0)
    bc_correlations = np.corrcoef(_X[:, :5].T)
    bc_design = np.column_stack([np.ones(len(_features)), _features])
    _model = LogisticRegression().fit(_features, bc_y)
    bc_w_fit = np.concatenate([_model.intercept_, _model.coef_.ravel()])

    def logistic_loss(w):
        p = sigmoid(bc_design @ w)
        return -np.mean(bc_y * np.log(p) + (1 - bc_y) * np.log(1 - p))

    def logistic_H(w):
        p = sigmoid(bc_design @ w)
        return (bc_design.T * (p * (1 - p))) @ bc_design / len(bc_design)

    bc_H0 = logistic_H(np.zeros(6))
    bc_H_fit = logistic_H(bc_w_fit)
    bc_H_gap = float(np.abs(bc_H_fit - calculus.hessian(logistic_loss, bc_w_fit)).max())
    bc_grad_fit = float(np.abs(calculus.gradient(logistic_loss, bc_w_fit)).max())
    bc_eig0 = np.linalg.eigvalsh(bc_H0)
    bc_eig_fit = np.linalg.eigvalsh(bc_H_fit)
    return bc_H_gap, bc_correlations, bc_design, bc_eig0, bc_eig_fit, bc_grad_fit


@app.cell(hide_code=True)
def _(bc_design, kit, lang):
    kit.text(
        lang,
        es=rf"""
## 7. Convexidad: una hessiana semidefinida positiva en todas partes

Una función con segundas derivadas continuas es **convexa** exactamente cuando su hessiana es
**semidefinida positiva** en todo punto ($\delta^\top H \delta \ge 0$ para todo $\delta$, es decir,
ningún valor propio negativo). Entonces no puede haber sillas: todo punto crítico es un mínimo
global. (La lección 3.1 vuelve sobre esto con más funciones de costo.)

La pérdida logística media, con $p_i = \sigma(x_i \cdot w)$,

$$
L(w) = -\frac1n \sum_{{i=1}}^n \big[y_i \ln p_i + (1 - y_i) \ln(1 - p_i)\big], \qquad
\nabla L = \frac1n X^\top (p - y), \qquad
H = \frac1n X^\top \operatorname{{diag}}\big(p(1 - p)\big)\, X
$$

es convexa. La hessiana sale de derivar el gradiente: $y$ no depende de $w$, y
$\partial p_i / \partial w = \sigma'(z_i)\, x_i = p_i(1 - p_i)\, x_i$. Y es semidefinida positiva
porque, para cualquier $v$,

$$
v^\top H v = \frac1n \sum_{{i=1}}^n p_i (1 - p_i)\, (x_i \cdot v)^2 \ \ge\ 0
$$

una suma de cuadrados con pesos positivos. Las etiquetas $y$ no aparecen en $H$: la curvatura solo
depende de qué tan seguras son las predicciones ($p_i(1 - p_i)$ es máximo, ¼, en $p_i = ½$).

Con `breast_cancer`: el intercepto y las 5 primeras columnas estandarizadas ($X$ de forma
{bc_design.shape[0]} × {bc_design.shape[1]}), en $w = 0$ y en el $w$ de máxima verosimilitud.
""",
        en=rf"""
## 7. Convexity: a positive semidefinite Hessian everywhere

A function with continuous second derivatives is **convex** exactly when its Hessian is
**positive semidefinite** at every point ($\delta^\top H \delta \ge 0$ for every $\delta$, that is,
no negative eigenvalue). Then there can be no saddles: every critical point is a global
minimum. (Lesson 3.1 comes back to this with more cost functions.)

The mean logistic loss, with $p_i = \sigma(x_i \cdot w)$,

$$
L(w) = -\frac1n \sum_{{i=1}}^n \big[y_i \ln p_i + (1 - y_i) \ln(1 - p_i)\big], \qquad
\nabla L = \frac1n X^\top (p - y), \qquad
H = \frac1n X^\top \operatorname{{diag}}\big(p(1 - p)\big)\, X
$$

is convex. The Hessian comes from differentiating the gradient: $y$ does not depend on $w$, and
$\partial p_i / \partial w = \sigma'(z_i)\, x_i = p_i(1 - p_i)\, x_i$. And it is positive
semidefinite because, for any $v$,

$$
v^\top H v = \frac1n \sum_{{i=1}}^n p_i (1 - p_i)\, (x_i \cdot v)^2 \ \ge\ 0
$$

a sum of squares with positive weights. The labels $y$ do not appear in $H$: the curvature only
depends on how sure the predictions are ($p_i(1 - p_i)$ is largest, ¼, at $p_i = ½$).

On `breast_cancer`: the intercept and the first 5 standardised columns ($X$ of shape
{bc_design.shape[0]} × {bc_design.shape[1]}), at $w = 0$ and at the maximum-likelihood $w$.
""",
    )
    return


@app.cell(hide_code=True)
def _(bc_eig0, bc_eig_fit, kit, lang, np, plt):
    _fig, _ax = plt.subplots(figsize=(7.5, 3.6))
    _k = np.arange(1, len(bc_eig0) + 1)
    _ax.bar(_k - 0.2, bc_eig0, width=0.4, color="tab:blue", label="w = 0")
    _ax.bar(_k + 0.2, bc_eig_fit, width=0.4, color="tab:orange", label=kit.say(lang, es="w ajustado", en="fitted w"))
    _ax.set_yscale("log")
    _ax.yaxis.set_major_formatter(kit.powers_of_ten())
    _ax.set_xticks(_k)
    _ax.set_xlabel(kit.say(lang, es="valor propio (de menor a mayor)", en="eigenvalue (smallest to largest)"))
    _ax.set_title(
        kit.say(
            lang,
            es="Valores propios de la hessiana logística (breast cancer): todos positivos",
            en="Eigenvalues of the logistic Hessian (breast cancer): all positive",
        ),
        fontsize=11,
    )
    _ax.legend(fontsize=9)
    _fig.tight_layout()
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(bc_H_gap, bc_correlations, bc_eig0, bc_eig_fit, bc_grad_fit, kit, lang):
    _r_rp, _r_ra = bc_correlations[0, 2], bc_correlations[0, 3]  # mean radius vs mean perimeter, vs mean area
    _c0 = bc_eig0[-1] / bc_eig0[0]
    _cfit = bc_eig_fit[-1] / bc_eig_fit[0]
    kit.text(
        lang,
        es=rf"""
En $w = 0$ todos los $p_i$ valen ½, así que $H = \tfrac14 X^\top X / n$: sus valores propios van de
${kit.tex_number(bc_eig0[0])}$ a ${kit.tex_number(bc_eig0[-1])}$. En el $w$ ajustado (donde el gradiente
mide ${kit.tex_number(bc_grad_fit)}$, un punto crítico) van de ${kit.tex_number(bc_eig_fit[0])}$ a
${kit.tex_number(bc_eig_fit[-1])}$: todos positivos, un mínimo, como promete la convexidad. La fórmula
coincide con `calculus.hessian` de la pérdida salvo ${kit.tex_number(bc_H_gap)}$.

El cociente $\lambda_{{\max}} / \lambda_{{\min}}$ (el número de condición) vale ${kit.tex_number(_c0)}$
en $w = 0$ y ${kit.tex_number(_cfit)}$ en el ajustado: el tazón es muy alargado en los dos. La causa está
en los datos: el radio medio y el perímetro medio tienen correlación {_r_rp:.3f}, y el radio y el área
{_r_ra:.3f}, así que son casi la misma medida y $X^\top X$ es casi singular. Además, en el $w$ ajustado
todos los valores propios son más pequeños (el mayor baja de ${kit.tex_number(bc_eig0[-1])}$ a
${kit.tex_number(bc_eig_fit[-1])}$): con predicciones seguras, los pesos $p_i(1 - p_i)$ se achican.
Según la lección 2.1, el descenso de gradiente necesita $\eta < 2/\lambda_{{\max}}$ y avanza al ritmo de
$\lambda_{{\min}}$: aquí sería lentísimo. El método de Newton (lección 3.3) usa la hessiana para
corregir justo eso.
""",
        en=rf"""
At $w = 0$ every $p_i$ is ½, so $H = \tfrac14 X^\top X / n$: its eigenvalues go from
${kit.tex_number(bc_eig0[0])}$ to ${kit.tex_number(bc_eig0[-1])}$. At the fitted $w$ (where the gradient
is ${kit.tex_number(bc_grad_fit)}$, a critical point) they go from ${kit.tex_number(bc_eig_fit[0])}$ to
${kit.tex_number(bc_eig_fit[-1])}$: all positive, a minimum, as convexity promises. The formula agrees
with `calculus.hessian` of the loss up to ${kit.tex_number(bc_H_gap)}$.

The ratio $\lambda_{{\max}} / \lambda_{{\min}}$ (the condition number) is ${kit.tex_number(_c0)}$ at
$w = 0$ and ${kit.tex_number(_cfit)}$ at the fitted one: the bowl is very elongated in both. The cause is
in the data: mean radius and mean perimeter have correlation {_r_rp:.3f}, and radius and area
{_r_ra:.3f}, so they are nearly the same measurement and $X^\top X$ is nearly singular. On top of that,
every eigenvalue is smaller at the fitted $w$ (the largest drops from ${kit.tex_number(bc_eig0[-1])}$ to
${kit.tex_number(bc_eig_fit[-1])}$): with confident predictions the weights $p_i(1 - p_i)$ shrink. By
lesson 2.1, gradient descent needs $\eta < 2/\lambda_{{\max}}$ and moves at the pace of
$\lambda_{{\min}}$: here it would crawl. Newton's method (lesson 3.3) uses the Hessian to fix exactly
that.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_logistic_hessian = kit.exercise("logistic_hessian", lang)
    ex_logistic_hessian
    return (ex_logistic_hessian,)


@app.cell(hide_code=True)
def _(ex_logistic_hessian, kit):
    kit.feedback(ex_logistic_hessian)
    return


@app.cell(hide_code=True)
def _(ex_logistic_hessian, kit):
    kit.hints(ex_logistic_hessian)
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
                es=r"**1.** $f: \mathbb{R}^3 \to \mathbb{R}^2$. ¿Qué forma tiene su matriz jacobiana, con la convención de esta lección?",
                en=r"**1.** $f: \mathbb{R}^3 \to \mathbb{R}^2$. What shape is its Jacobian matrix, with this lesson's convention?",
            ),
            (T.same("2 × 3"), T.same("3 × 2"), T.same("3 × 3"), T(es="un vector de 3", en="a vector of 3")),
            answer=0,
            why=T(
                es="Una fila por salida (2) y una columna por entrada (3): 2 × 3. La fila i es el gradiente de fᵢ. El 3 × 2 es la misma información en la convención del denominador (gradientes en columnas).",
                en="One row per output (2) and one column per input (3): 2 × 3. Row i is the gradient of fᵢ. The 3 × 2 is the same information in the denominator layout (gradients as columns).",
            ),
        ),
        Question(
            T(
                es=r"**2.** ¿Cuál es la jacobiana de $x \mapsto Ax$, con $A$ de forma $m \times n$?",
                en=r"**2.** What is the Jacobian of $x \mapsto Ax$, with $A$ of shape $m \times n$?",
            ),
            (T.same("A"), T.same("Aᵀ"), T.same("x"), T.same("AᵀA")),
            answer=0,
            why=T(
                es="La salida i es Σⱼ Aᵢⱼ xⱼ, así que ∂fᵢ/∂xⱼ = Aᵢⱼ: J = A, de forma m × n. Los textos que usan la convención del denominador escriben ∇ₓ(Ax) = Aᵀ: es la misma matriz, transpuesta.",
                en="Output i is Σⱼ Aᵢⱼ xⱼ, so ∂fᵢ/∂xⱼ = Aᵢⱼ: J = A, of shape m × n. Texts in the denominator layout write ∇ₓ(Ax) = Aᵀ: the same matrix, transposed.",
            ),
        ),
        Question(
            T(
                es=r"**3.** En un punto crítico, la hessiana tiene valores propios 3 y −1. El punto es…",
                en=r"**3.** At a critical point the Hessian has eigenvalues 3 and −1. The point is…",
            ),
            (
                T(es="un mínimo local", en="a local minimum"),
                T(es="un máximo local", en="a local maximum"),
                T(es="un punto silla", en="a saddle point"),
                T(es="no se puede saber", en="impossible to tell"),
            ),
            answer=2,
            why=T(
                es="A lo largo del vector propio de 3, f sube (½·3‖v‖² > 0); a lo largo del de −1, baja. Sube en una dirección y baja en otra: silla. Un ejemplo es H = [[1, 2], [2, 1]], aunque su diagonal sea positiva.",
                en="Along the eigenvector of 3, f goes up (½·3‖v‖² > 0); along that of −1, it goes down. Up in one direction and down in another: a saddle. One example is H = [[1, 2], [2, 1]], even though its diagonal is positive.",
            ),
        ),
        Question(
            T(
                es=r"**4.** ¿Cuánto vale $\det J$ para las coordenadas polares $(r, \theta) \mapsto (r\cos\theta,\ r\sin\theta)$?",
                en=r"**4.** What is $\det J$ for polar coordinates $(r, \theta) \mapsto (r\cos\theta,\ r\sin\theta)$?",
            ),
            (T.same("1"), T.same("r"), T.same("r²"), T.same("θ")),
            answer=1,
            why=T(
                es="det [[cos θ, −r sin θ], [sin θ, r cos θ]] = r cos²θ + r sin²θ = r. Un rectangulito de (r, θ) se vuelve un sector r veces más grande: por eso dA = r dr dθ.",
                en="det [[cos θ, −r sin θ], [sin θ, r cos θ]] = r cos²θ + r sin²θ = r. A little rectangle of (r, θ) becomes a sector r times larger: that is why dA = r dr dθ.",
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

- La jacobiana de $f: \mathbb{R}^n \to \mathbb{R}^m$ es la matriz $m \times n$ de las $\partial f_i / \partial x_j$: **una fila por salida** (el gradiente de $f_i$) y una columna por entrada. Otros textos usan la transpuesta (convención del denominador: $\nabla_x(Ax) = A^\top$); mira las formas.
- $f(x + \delta) \approx f(x) + J\delta$, con error de orden $\lVert\delta\rVert^2$: de cerca, todo mapa suave es un mapa lineal. $|\det J|$ es el factor local de área (polares: $r$).
- Regla de la cadena: $J_{g \circ f}(x) = J_g(f(x))\, J_f(x)$, en ese orden. Capas: lineal $A$; activación $\operatorname{diag}(\varphi'(z))$; softmax $\operatorname{diag}(p) - pp^\top$, cuyas filas suman 0.
- La hessiana $H_{ij} = \partial^2 f / \partial x_i \partial x_j$ es simétrica y da el modelo $f(x + \delta) \approx f + \nabla f^\top \delta + \tfrac12 \delta^\top H \delta$.
- En un punto crítico, los signos de los **valores propios** de $H$ (no los de su diagonal, ni solo $\det H$) dicen: todos $+$ mínimo, todos $-$ máximo, mezclados silla; con un cero y sin signos opuestos, la prueba no decide.
- $f$ es convexa si y solo si $H$ es semidefinida positiva en todas partes. La pérdida logística lo es: $H = \tfrac1n X^\top \operatorname{diag}(p(1 - p)) X$.
""",
        en=r"""
## 9. Summary

- The Jacobian of $f: \mathbb{R}^n \to \mathbb{R}^m$ is the $m \times n$ matrix of the $\partial f_i / \partial x_j$: **one row per output** (the gradient of $f_i$) and one column per input. Other texts use the transpose (denominator layout: $\nabla_x(Ax) = A^\top$); look at the shapes.
- $f(x + \delta) \approx f(x) + J\delta$, with an error of order $\lVert\delta\rVert^2$: up close, every smooth map is a linear map. $|\det J|$ is the local area factor (polar coordinates: $r$).
- Chain rule: $J_{g \circ f}(x) = J_g(f(x))\, J_f(x)$, in that order. Layers: linear $A$; activation $\operatorname{diag}(\varphi'(z))$; softmax $\operatorname{diag}(p) - pp^\top$, whose rows add up to 0.
- The Hessian $H_{ij} = \partial^2 f / \partial x_i \partial x_j$ is symmetric and gives the model $f(x + \delta) \approx f + \nabla f^\top \delta + \tfrac12 \delta^\top H \delta$.
- At a critical point, the signs of the **eigenvalues** of $H$ (not those of its diagonal, nor $\det H$ alone) tell: all $+$ minimum, all $-$ maximum, mixed saddle; with a zero and no opposite signs, the test cannot decide.
- $f$ is convex if and only if $H$ is positive semidefinite everywhere. The logistic loss is: $H = \tfrac1n X^\top \operatorname{diag}(p(1 - p)) X$.
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
    kit.resources("jacobian-hessian", lang)
    return


if __name__ == "__main__":
    app.run()
