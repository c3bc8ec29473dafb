import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 4.6")

# The shape every lesson shares (COURSE.md, "What every lesson has"). `gradiente dev new-lesson ID`
# copies this file to lessons/<module>_<n>_<id>.py with its id and number, and
# `gradiente dev new-exercise ID --lesson LESSON` adds each exercise's three cells above the
# self-check. Replace every TODO, in both languages: write each one for its reader, do not translate.


@app.cell(hide_code=True)
def _():
    import marimo as mo
    import numpy as np

    from gradiente.course.kit import Kit

    kit = Kit()
    plt = kit.pyplot()
    return kit, mo, np, plt


@app.cell(hide_code=True)
def _():
    import time

    from gradiente.datasets import load_breast_cancer, load_iris
    from gradiente.model_selection import cross_val_score
    from gradiente.models import SVC
    from gradiente.models.kernels import kernel_matrix

    return SVC, cross_val_score, kernel_matrix, load_breast_cancer, load_iris, time


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
    kit.header("svm-dual-kernels", lang)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
En la lección 4.5 la SVM buscó el margen más ancho resolviendo el problema **primal**, en $w$ y $b$.
Aquí lo reescribimos con el lagrangiano de la lección 3.4 y sale otro problema, el **dual**, en un
número $\alpha_i$ por punto. El dual tiene dos regalos: dice qué puntos importan (los vectores de
soporte) y toca los datos solo a través de productos internos $x_i^\top x_j$. Cambiar ese producto
por un **kernel** da fronteras curvas sin calcular nunca los rasgos nuevos; así funciona `SVC` de
scikit-learn (libsvm) y el `SVC` de `gradiente`, que lo resuelve con **SMO**.

**Al terminar podrás:**

- deducir el dual de margen suave con el lagrangiano y las condiciones KKT, y recuperar
  $w = \sum_i \alpha_i y_i x_i$ y $b$ desde los vectores de soporte libres;
- leer la holgura complementaria: $\alpha_i = 0$ fuera del margen, $0 < \alpha_i < C$ sobre él,
  $\alpha_i = C$ dentro o del lado equivocado;
- calcular matrices de Gram lineales, polinomiales y RBF, comprobar que son semidefinidas
  positivas y escribir el mapa de rasgos de $(x^\top z + 1)^2$ en 2-D;
- seguir un paso de SMO (dos $\alpha$ a la vez, en forma cerrada, con recorte);
- elegir $C$ y $\gamma$ por validación cruzada en los datos de cáncer de mama.
""",
        en=r"""
In lesson 4.5 the SVM found the widest margin by solving the **primal** problem, in $w$ and $b$.
Here we rewrite it with lesson 3.4's Lagrangian and get another problem, the **dual**, in one
number $\alpha_i$ per point. The dual brings two gifts: it tells which points matter (the support
vectors) and it touches the data only through inner products $x_i^\top x_j$. Replacing that product
by a **kernel** gives curved boundaries without ever computing the new features; that is how
scikit-learn's `SVC` (libsvm) works, and so does `gradiente`'s `SVC`, which solves it with **SMO**.

**By the end you will be able to:**

- derive the soft-margin dual with the Lagrangian and the KKT conditions, and recover
  $w = \sum_i \alpha_i y_i x_i$ and $b$ from the free support vectors;
- read complementary slackness: $\alpha_i = 0$ outside the margin, $0 < \alpha_i < C$ on it,
  $\alpha_i = C$ inside it or on the wrong side;
- compute linear, polynomial and RBF Gram matrices, check that they are positive semidefinite,
  and write the feature map of $(x^\top z + 1)^2$ in 2-D;
- follow one SMO step (two $\alpha$ at a time, in closed form, with clipping);
- choose $C$ and $\gamma$ by cross-validation on the breast cancer data.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 1. Del primal al dual

El primal de margen suave, con etiquetas $y_i \in \{-1, +1\}$ y holguras $\xi_i$, es

$$
\min_{w,\,b,\,\xi}\ \tfrac12\lVert w\rVert^2 + C\sum_i \xi_i
$$

sujeto a, para cada $i$,

$$
1 - \xi_i - y_i(w^\top x_i + b) \le 0,\qquad -\xi_i \le 0 .
$$

Escribimos las restricciones como "$\le 0$", igual que en la lección 3.4, y le damos a cada una
un multiplicador no negativo: $\alpha_i \ge 0$ a la del margen y $\mu_i \ge 0$ a la de $\xi_i$.
El lagrangiano es

$$
L=\tfrac12\lVert w\rVert^2+C\sum_i\xi_i+\sum_i\alpha_i\big(1-\xi_i-y_i(w^\top x_i+b)\big)-\sum_i\mu_i\xi_i .
$$

Igualamos a cero sus derivadas en las variables del primal, una a una:

$$
\frac{\partial L}{\partial w}=w-\sum_i\alpha_iy_ix_i=0\ \Rightarrow\ w=\sum_i\alpha_iy_ix_i,
\qquad
\frac{\partial L}{\partial b}=-\sum_i\alpha_iy_i=0,
\qquad
\frac{\partial L}{\partial \xi_i}=C-\alpha_i-\mu_i=0 .
$$

La última, con $\mu_i \ge 0$, da la **caja** $0 \le \alpha_i \le C$. Al sustituir $w$ en $L$, los
términos en $\xi_i$ y en $b$ se cancelan y queda una función solo de $\alpha$, que se **maximiza**:

$$
\max_\alpha\ \sum_i\alpha_i-\tfrac12\sum_{i,j}\alpha_i\alpha_jy_iy_j\,x_i^\top x_j
$$

con

$$
0\le\alpha_i\le C,\qquad \sum_i\alpha_iy_i=0 .
$$

Con el $\alpha$ óptimo, la predicción es $f(x) = w^\top x + b = \sum_i \alpha_i y_i\, x_i^\top x + b$.
Probémoslo con versicolor contra virginica (largo y ancho del pétalo, 100 flores de iris),
$C = 1$. `SVC` guarda $y_i\alpha_i$ en `dual_coef_` para los puntos con $\alpha_i > 0$:

```python
model = SVC(kernel="linear", C=1.0).fit(X, y)
alpha = np.zeros(len(y)); alpha[model.support_] = np.abs(model.dual_coef_[0])
w = (alpha * y) @ X          # ∂L/∂w = 0
```
""",
        en=r"""
## 1. From the primal to the dual

The soft-margin primal, with labels $y_i \in \{-1, +1\}$ and slacks $\xi_i$, is

$$
\min_{w,\,b,\,\xi}\ \tfrac12\lVert w\rVert^2 + C\sum_i \xi_i
$$

subject to, for every $i$,

$$
1 - \xi_i - y_i(w^\top x_i + b) \le 0,\qquad -\xi_i \le 0 .
$$

We write the constraints as "$\le 0$", as in lesson 3.4, and give each one a non-negative
multiplier: $\alpha_i \ge 0$ for the margin one and $\mu_i \ge 0$ for the one on $\xi_i$.
The Lagrangian is

$$
L=\tfrac12\lVert w\rVert^2+C\sum_i\xi_i+\sum_i\alpha_i\big(1-\xi_i-y_i(w^\top x_i+b)\big)-\sum_i\mu_i\xi_i .
$$

Set its derivatives in the primal variables to zero, one at a time:

$$
\frac{\partial L}{\partial w}=w-\sum_i\alpha_iy_ix_i=0\ \Rightarrow\ w=\sum_i\alpha_iy_ix_i,
\qquad
\frac{\partial L}{\partial b}=-\sum_i\alpha_iy_i=0,
\qquad
\frac{\partial L}{\partial \xi_i}=C-\alpha_i-\mu_i=0 .
$$

The last one, with $\mu_i \ge 0$, gives the **box** $0 \le \alpha_i \le C$. Substituting $w$ into
$L$, the terms in $\xi_i$ and in $b$ cancel and what is left is a function of $\alpha$ alone, to
be **maximised**:

$$
\max_\alpha\ \sum_i\alpha_i-\tfrac12\sum_{i,j}\alpha_i\alpha_jy_iy_j\,x_i^\top x_j
$$

with

$$
0\le\alpha_i\le C,\qquad \sum_i\alpha_iy_i=0 .
$$

With the optimal $\alpha$, the prediction is $f(x) = w^\top x + b = \sum_i \alpha_i y_i\, x_i^\top x + b$.
Let us try it on versicolor vs virginica (petal length and width, 100 iris flowers), $C = 1$.
`SVC` stores $y_i\alpha_i$ in `dual_coef_` for the points with $\alpha_i > 0$:

```python
model = SVC(kernel="linear", C=1.0).fit(X, y)
alpha = np.zeros(len(y)); alpha[model.support_] = np.abs(model.dual_coef_[0])
w = (alpha * y) @ X          # ∂L/∂w = 0
```
""",
    )
    return


@app.cell(hide_code=True)
def _(SVC, load_iris, np):
    _X, _y = load_iris(return_X_y=True)
    _keep = _y > 0
    X_pair = _X[_keep][:, 2:]  # versicolor and virginica, petal length and width (cm)
    y_pair = np.where(_y[_keep] == 2, 1.0, -1.0)  # virginica = +1
    C_pair = 1.0
    linear_pair = SVC(kernel="linear", C=C_pair).fit(X_pair, y_pair)
    alpha_pair = np.zeros(len(y_pair))
    alpha_pair[linear_pair.support_] = np.abs(linear_pair.dual_coef_[0])
    w_pair = (alpha_pair * y_pair) @ X_pair
    zero_pair = alpha_pair <= 1e-8
    bound_pair = alpha_pair >= C_pair - 1e-8
    free_pair = ~zero_pair & ~bound_pair
    b_pair = float(np.mean(y_pair[free_pair] - X_pair[free_pair] @ w_pair))
    yf_pair = y_pair * (X_pair @ w_pair + b_pair)  # yᵢ f(xᵢ)
    return (
        C_pair,
        X_pair,
        alpha_pair,
        b_pair,
        bound_pair,
        free_pair,
        linear_pair,
        w_pair,
        y_pair,
        yf_pair,
        zero_pair,
    )


@app.cell(hide_code=True)
def _(alpha_pair, b_pair, bound_pair, free_pair, kit, lang, linear_pair, np, w_pair, y_pair, zero_pair):
    _gap = float(np.abs(w_pair - linear_pair.coef_[0]).max())
    _balance = float(alpha_pair @ y_pair)
    kit.text(
        lang,
        es=rf"""
De los {len(y_pair)} puntos, **{int(zero_pair.sum())}** tienen $\alpha_i = 0$,
**{int(free_pair.sum())}** tienen $0 < \alpha_i < C$ y **{int(bound_pair.sum())}** tienen $\alpha_i = C$.
El vector $w = \sum_i \alpha_i y_i x_i$ vale $({w_pair[0]:.4f},\ {w_pair[1]:.4f})$ y coincide con
`model.coef_` hasta ${kit.tex_number(_gap)}$; $b$, promediado sobre los libres, vale ${b_pair:.4f}$.
La restricción de $\partial L/\partial b$ se cumple: $\sum_i \alpha_i y_i = {kit.tex_number(_balance)}$
(cero salvo la tolerancia de SMO).
""",
        en=rf"""
Of the {len(y_pair)} points, **{int(zero_pair.sum())}** have $\alpha_i = 0$,
**{int(free_pair.sum())}** have $0 < \alpha_i < C$ and **{int(bound_pair.sum())}** have $\alpha_i = C$.
The vector $w = \sum_i \alpha_i y_i x_i$ is $({w_pair[0]:.4f},\ {w_pair[1]:.4f})$ and agrees with
`model.coef_` to within ${kit.tex_number(_gap)}$; $b$, averaged over the free ones, is ${b_pair:.4f}$.
The constraint from $\partial L/\partial b$ holds: $\sum_i \alpha_i y_i = {kit.tex_number(_balance)}$
(zero up to SMO's tolerance).
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 2. Holgura complementaria: los tres tipos de $\alpha$

En el óptimo, cada multiplicador por su restricción vale cero:
$\alpha_i\big(1 - \xi_i - y_if(x_i)\big) = 0$ y $\mu_i\xi_i = (C - \alpha_i)\,\xi_i = 0$. Leídas juntas:

- $\alpha_i = 0$: el punto no influye; está en el lado correcto, con $y_if(x_i) \ge 1$.
- $0 < \alpha_i < C$: entonces $\xi_i = 0$ y $y_if(x_i) = 1$: el punto está **justo sobre** el
  margen. Por eso $b = y_i - w^\top x_i$ se calcula con ellos.
- $\alpha_i = C$: el punto paga holgura, $y_if(x_i) = 1 - \xi_i \le 1$: está dentro del margen
  o del lado equivocado.

En la figura, los círculos naranjas son los libres y las cruces rojas los que tienen $\alpha_i = C$.
""",
        en=r"""
## 2. Complementary slackness: the three kinds of $\alpha$

At the optimum, each multiplier times its constraint is zero:
$\alpha_i\big(1 - \xi_i - y_if(x_i)\big) = 0$ and $\mu_i\xi_i = (C - \alpha_i)\,\xi_i = 0$. Read together:

- $\alpha_i = 0$: the point has no say; it is on the right side, with $y_if(x_i) \ge 1$.
- $0 < \alpha_i < C$: then $\xi_i = 0$ and $y_if(x_i) = 1$: the point lies **exactly on** the
  margin. That is why $b = y_i - w^\top x_i$ is computed from them.
- $\alpha_i = C$: the point pays slack, $y_if(x_i) = 1 - \xi_i \le 1$: it is inside the margin or
  on the wrong side.

In the figure, the orange circles are the free ones and the red crosses those with $\alpha_i = C$.
""",
    )
    return


@app.cell(hide_code=True)
def _(X_pair, b_pair, bound_pair, free_pair, kit, lang, np, plt, w_pair, y_pair, yf_pair, zero_pair):
    _fig, _ax = plt.subplots(figsize=(7, 4.2))
    for _label, _color, _name in ((-1.0, "tab:blue", "versicolor"), (1.0, "tab:green", "virginica")):
        _mask = y_pair == _label
        _ax.scatter(*X_pair[_mask].T, s=18, color=_color, alpha=0.6, label=_name)
    _ax.scatter(
        *X_pair[free_pair].T,
        s=110,
        facecolors="none",
        edgecolors="tab:orange",
        lw=2,
        label=kit.say(lang, es="$0<\\alpha_i<C$", en="$0<\\alpha_i<C$"),
    )
    _ax.scatter(*X_pair[bound_pair].T, s=70, marker="x", color="tab:red", label="$\\alpha_i=C$")
    _x = np.linspace(2.8, 7.1, 50)
    for _level, _style in ((0, "-"), (1, "--"), (-1, "--")):
        _ax.plot(_x, (_level - b_pair - w_pair[0] * _x) / w_pair[1], "k", ls=_style, lw=1)
    _ax.set_xlim(2.8, 7.1)
    _ax.set_ylim(0.9, 2.6)
    _ax.set_xlabel(kit.say(lang, es="largo del pétalo (cm)", en="petal length (cm)"))
    _ax.set_ylabel(kit.say(lang, es="ancho del pétalo (cm)", en="petal width (cm)"))
    _ax.legend(fontsize=8, loc="upper left")
    _ax.set_title(
        kit.say(
            lang,
            es=f"f = 0 (línea) y f = ±1 (guiones). yf: α=0 → mín {yf_pair[zero_pair].min():.3f}; "
            f"libres → {yf_pair[free_pair].min():.3f} a {yf_pair[free_pair].max():.3f}; α=C → máx {yf_pair[bound_pair].max():.3f}",
            en=f"f = 0 (line) and f = ±1 (dashes). yf: α=0 → min {yf_pair[zero_pair].min():.3f}; "
            f"free → {yf_pair[free_pair].min():.3f} to {yf_pair[free_pair].max():.3f}; α=C → max {yf_pair[bound_pair].max():.3f}",
        ),
        fontsize=8,
    )
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 3. Elevar a otra dimensión

El dual solo usa productos $x_i^\top x_j$. Si antes de entrenar transformamos cada punto con un
**mapa de rasgos** $\varphi$, basta con cambiar $x_i^\top x_j$ por $\varphi(x_i)^\top\varphi(x_j)$.
Mira por qué vale la pena: abajo hay puntos sobre una recta, una clase en el centro y la otra a
los dos lados. Ningún umbral sobre la recta los separa. Con $\varphi(x) = (x,\ t\,x^2)$ los
levantamos sobre una parábola; mueve $t$ desde 0 y verás aparecer una franja horizontal libre
entre las clases: una frontera **lineal** en el plano, que en la recta son dos umbrales.
""",
        en=r"""
## 3. Lifting to another dimension

The dual only uses products $x_i^\top x_j$. If before training we transform each point with a
**feature map** $\varphi$, we only have to replace $x_i^\top x_j$ by $\varphi(x_i)^\top\varphi(x_j)$.
Here is why it pays: below are points on a line, one class in the middle and the other on both
sides. No threshold on the line separates them. With $\varphi(x) = (x,\ t\,x^2)$ we lift them onto
a parabola; move $t$ up from 0 and watch a free horizontal strip open between the classes: a
**linear** boundary in the plane, which on the line is two thresholds.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo, np):
    _rng = np.random.default_rng(7)
    line_inner = _rng.uniform(-1.0, 1.0, 12)
    line_outer = np.r_[_rng.uniform(2.0, 3.0, 6), -_rng.uniform(2.0, 3.0, 6)]
    lift_slider = mo.ui.slider(
        0.0, 1.5, step=0.1, value=0.0, show_value=True, label=kit.say(lang, es="Elevación $t$", en="Lift $t$")
    )
    lift_slider
    return lift_slider, line_inner, line_outer


@app.cell(hide_code=True)
def _(kit, lang, lift_slider, line_inner, line_outer, np, plt):
    _t = lift_slider.value
    _fig, _ax = plt.subplots(figsize=(7, 3.6))
    _ax.scatter(
        line_inner, _t * line_inner**2, color="tab:blue", s=30, label=kit.say(lang, es="clase −1", en="class −1")
    )
    _ax.scatter(
        line_outer,
        _t * line_outer**2,
        color="tab:green",
        marker="s",
        s=30,
        label=kit.say(lang, es="clase +1", en="class +1"),
    )
    _low, _high = _t * np.max(line_inner**2), _t * np.min(line_outer**2)
    if _t > 0:
        _ax.axhspan(_low, _high, color="tab:orange", alpha=0.15)
        _ax.axhline((_low + _high) / 2, color="k", lw=1)
        _title = kit.say(
            lang,
            es=f"t = {_t:g}: la recta horizontal x₂ = {(_low + _high) / 2:.2f} separa; franja libre de alto {_high - _low:.2f}",
            en=f"t = {_t:g}: the horizontal line x₂ = {(_low + _high) / 2:.2f} separates; free strip {_high - _low:.2f} high",
        )
    else:
        _title = kit.say(
            lang,
            es="t = 0: todo sobre la recta, ningún umbral separa",
            en="t = 0: all on the line, no threshold separates",
        )
    _ax.set_xlim(-3.3, 3.3)
    _ax.set_ylim(-0.5, 1.5 * 9.2)
    _ax.set_xlabel("x")
    _ax.set_ylabel("t·x²")
    _ax.legend(loc="upper center", fontsize=8)
    _ax.set_title(_title, fontsize=9)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(X_pair, kernel_matrix, np):
    # (xᵀz + 1)² written out in 2-D is an inner product of 6 features
    def poly2_features(points):
        x1, x2 = points[:, 0], points[:, 1]
        r2 = np.sqrt(2.0)
        return np.column_stack([x1**2, x2**2, r2 * x1 * x2, r2 * x1, r2 * x2, np.ones(len(points))])

    _a, _b = X_pair[:1], X_pair[60:61]
    poly_by_kernel = float(kernel_matrix(_a, _b, "poly", gamma=1.0, degree=2, coef0=1.0)[0, 0])
    poly_by_features = float((poly2_features(_a) @ poly2_features(_b).T)[0, 0])
    rbf_gram = kernel_matrix(X_pair, X_pair, "rbf", gamma=0.5)
    rbf_eigenvalues = np.linalg.eigvalsh(rbf_gram)
    # a "kernel" that is not one: minus the squared distance
    _sq = ((X_pair[:, None, :] - X_pair[None, :, :]) ** 2).sum(axis=2)
    fake_min_eigenvalue = float(np.linalg.eigvalsh(-_sq)[0])
    point_a, point_b = _a[0], _b[0]
    return fake_min_eigenvalue, point_a, point_b, poly_by_features, poly_by_kernel, rbf_eigenvalues


@app.cell(hide_code=True)
def _(fake_min_eigenvalue, kit, lang, point_a, point_b, poly_by_features, poly_by_kernel, rbf_eigenvalues):
    kit.text(
        lang,
        es=rf"""
## 4. El truco del kernel

Un **kernel** es una función $k(x, z)$ que es un producto interno $\varphi(x)^\top\varphi(z)$ para
algún $\varphi$, sin que haga falta escribir $\varphi$. Dos de uso diario:

$$
k_{{\text{{poly}}}}(x,z) = (\gamma\,x^\top z + c)^d, \qquad k_{{\text{{RBF}}}}(x,z) = e^{{-\gamma\lVert x-z\rVert^2}} .
$$

En 2-D, desarrollando el cuadrado, $(x^\top z + 1)^2 = \varphi(x)^\top\varphi(z)$ con

$$
\varphi(x) = \big(x_1^2,\ x_2^2,\ \sqrt2\,x_1x_2,\ \sqrt2\,x_1,\ \sqrt2\,x_2,\ 1\big) .
$$

Con dos flores, $x = ({point_a[0]:g}, {point_a[1]:g})$ y $z = ({point_b[0]:g}, {point_b[1]:g})$:
el kernel da ${poly_by_kernel:.6f}$ y los 6 rasgos dan ${poly_by_features:.6f}$. El kernel costó
un producto de 2 números; los rasgos, 6 (y con grado $d$ en $p$ dimensiones crecen como
$p^d$). El RBF corresponde a infinitos rasgos.

Como $K = \Phi\Phi^\top$, toda matriz de Gram $K_{{ij}} = k(x_i, x_j)$ es **semidefinida positiva**:
$v^\top K v = \lVert\Phi^\top v\rVert^2 \ge 0$. La del RBF con $\gamma = 0.5$ sobre las 100 flores
tiene valor propio mínimo ${kit.tex_number(float(rbf_eigenvalues[0]))}$ (cero, salvo redondeo) y
máximo ${rbf_eigenvalues[-1]:.2f}$. En cambio, $-\lVert x - z\rVert^2$ no es un kernel: su matriz
tiene un valor propio ${fake_min_eigenvalue:.1f}$, y con ella el dual dejaría de ser cóncavo.
""",
        en=rf"""
## 4. The kernel trick

A **kernel** is a function $k(x, z)$ that is an inner product $\varphi(x)^\top\varphi(z)$ for some
$\varphi$, with no need to write $\varphi$ down. Two in daily use:

$$
k_{{\text{{poly}}}}(x,z) = (\gamma\,x^\top z + c)^d, \qquad k_{{\text{{RBF}}}}(x,z) = e^{{-\gamma\lVert x-z\rVert^2}} .
$$

In 2-D, expanding the square, $(x^\top z + 1)^2 = \varphi(x)^\top\varphi(z)$ with

$$
\varphi(x) = \big(x_1^2,\ x_2^2,\ \sqrt2\,x_1x_2,\ \sqrt2\,x_1,\ \sqrt2\,x_2,\ 1\big) .
$$

With two flowers, $x = ({point_a[0]:g}, {point_a[1]:g})$ and $z = ({point_b[0]:g}, {point_b[1]:g})$:
the kernel gives ${poly_by_kernel:.6f}$ and the 6 features give ${poly_by_features:.6f}$. The kernel
cost a product of 2 numbers; the features, 6 (and with degree $d$ in $p$ dimensions they grow like
$p^d$). The RBF corresponds to infinitely many features.

Since $K = \Phi\Phi^\top$, every Gram matrix $K_{{ij}} = k(x_i, x_j)$ is **positive semidefinite**:
$v^\top K v = \lVert\Phi^\top v\rVert^2 \ge 0$. The RBF one with $\gamma = 0.5$ on the 100 flowers
has smallest eigenvalue ${kit.tex_number(float(rbf_eigenvalues[0]))}$ (zero, up to rounding) and
largest ${rbf_eigenvalues[-1]:.2f}$. By contrast, $-\lVert x - z\rVert^2$ is not a kernel: its
matrix has an eigenvalue ${fake_min_eigenvalue:.1f}$, and with it the dual would stop being concave.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 5. SMO: dos $\alpha$ a la vez

Mover un solo $\alpha_i$ rompería $\sum_i\alpha_iy_i = 0$. SMO (*sequential minimal optimization*)
mueve **dos**, $\alpha_1$ y $\alpha_2$, a lo largo de la recta que conserva esa suma. Sobre esa
recta el dual es una parábola en $\alpha_2$ y su máximo tiene forma cerrada. Con los errores
$E_i = f(x_i) - y_i$:

$$
\alpha_2\leftarrow\operatorname{clip}_{[L,H]}\Big(\alpha_2+\frac{y_2(E_1-E_2)}{\eta}\Big),\quad
\eta=K_{11}+K_{22}-2K_{12},\qquad
\alpha_1\leftarrow\alpha_1+y_1y_2(\alpha_2^{\text{old}}-\alpha_2) .
$$

El recorte a $[L, H]$ mantiene los dos $\alpha$ en la caja $[0, C]$; si $y_1 \ne y_2$,
$L = \max(0, \alpha_2 - \alpha_1)$ y $H = \min(C, C + \alpha_2 - \alpha_1)$. SMO repite con otro par
elegido entre los que violan las condiciones KKT (libsvm lo elige con una regla de segundo orden) y
para cuando la mayor violación (la brecha KKT) baja de `tol`.

El ejemplo más chico: $x_1 = (0, 0)$ con $y_1 = -1$, $x_2 = (2, 0)$ con $y_2 = +1$, kernel lineal,
desde $\alpha = 0$ y $b = 0$. Mueve $C$: si la caja es más chica que el salto sin recortar, el paso
se queda en el borde.
""",
        en=r"""
## 5. SMO: two $\alpha$ at a time

Moving a single $\alpha_i$ would break $\sum_i\alpha_iy_i = 0$. SMO (sequential minimal
optimization) moves **two**, $\alpha_1$ and $\alpha_2$, along the line that keeps that sum. On that
line the dual is a parabola in $\alpha_2$ and its maximum has a closed form. With the errors
$E_i = f(x_i) - y_i$:

$$
\alpha_2\leftarrow\operatorname{clip}_{[L,H]}\Big(\alpha_2+\frac{y_2(E_1-E_2)}{\eta}\Big),\quad
\eta=K_{11}+K_{22}-2K_{12},\qquad
\alpha_1\leftarrow\alpha_1+y_1y_2(\alpha_2^{\text{old}}-\alpha_2) .
$$

Clipping to $[L, H]$ keeps both $\alpha$ in the box $[0, C]$; if $y_1 \ne y_2$,
$L = \max(0, \alpha_2 - \alpha_1)$ and $H = \min(C, C + \alpha_2 - \alpha_1)$. SMO repeats with another
pair chosen among those that violate the KKT conditions (libsvm picks it by a second-order rule)
and stops when the largest violation (the KKT gap) falls below `tol`.

The smallest example: $x_1 = (0, 0)$ with $y_1 = -1$, $x_2 = (2, 0)$ with $y_2 = +1$, linear kernel,
from $\alpha = 0$ and $b = 0$. Move $C$: if the box is smaller than the unclipped jump, the step
stops at the edge.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    smo_c_slider = mo.ui.slider(
        0.1, 1.0, step=0.05, value=0.3, show_value=True, label=kit.say(lang, es="Caja $C$", en="Box $C$")
    )
    smo_c_slider
    return (smo_c_slider,)


@app.cell(hide_code=True)
def _(kit, lang, np, plt, smo_c_slider):
    _C = smo_c_slider.value
    _X = np.array([[0.0, 0.0], [2.0, 0.0]])
    _y = np.array([-1.0, 1.0])
    _K = _X @ _X.T
    _alpha = np.zeros(2)
    _errors = (_alpha * _y) @ _K - _y  # E_i = f(x_i) − y_i with b = 0
    _eta = _K[0, 0] + _K[1, 1] - 2 * _K[0, 1]
    _low, _high = max(0.0, _alpha[1] - _alpha[0]), min(_C, _C + _alpha[1] - _alpha[0])
    _unclipped = _alpha[1] + _y[1] * (_errors[0] - _errors[1]) / _eta
    _new2 = float(np.clip(_unclipped, _low, _high))
    _new1 = _alpha[0] + _y[0] * _y[1] * (_alpha[1] - _new2)

    def _dual(a1, a2):
        _v = np.array([a1, a2]) * _y
        return a1 + a2 - 0.5 * _v @ _K @ _v

    _grid = np.linspace(0, 1.0, 200)  # along the line α₁ = α₂ (y₁ ≠ y₂ keeps α₁ − α₂ fixed)
    _fig, _ax = plt.subplots(figsize=(7, 3.6))
    _ax.plot(_grid, [_dual(a, a) for a in _grid], color="tab:blue", lw=2)
    _ax.axvspan(_low, _high, color="tab:green", alpha=0.12, label=kit.say(lang, es="caja [L, H]", en="box [L, H]"))
    _ax.axvline(_unclipped, color="0.5", ls="--", label=kit.say(lang, es="sin recortar", en="unclipped"))
    _ax.plot(
        [_new2], [_dual(_new1, _new2)], "o", color="tab:red", ms=9, label=kit.say(lang, es="paso de SMO", en="SMO step")
    )
    _ax.set_xlabel("α₂ (= α₁)")
    _ax.set_ylabel(kit.say(lang, es="objetivo dual", en="dual objective"))
    _ax.legend(fontsize=8, loc="lower left")
    _ax.set_title(
        kit.say(
            lang,
            es=f"E = ({_errors[0]:g}, {_errors[1]:g}), η = {_eta:g}: salto a {_unclipped:g}, recortado a {_new2:g}; "
            f"objetivo 0 → {_dual(_new1, _new2):.3f}",
            en=f"E = ({_errors[0]:g}, {_errors[1]:g}), η = {_eta:g}: jump to {_unclipped:g}, clipped to {_new2:g}; "
            f"objective 0 → {_dual(_new1, _new2):.3f}",
        ),
        fontsize=9,
    )
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 6. $C$ y $\gamma$ con un kernel RBF

Ahora el mismo par de iris con $k_{\text{RBF}}$. $C$ pone precio a la holgura y $\gamma$ decide
cuán lejos llega la influencia de cada punto: con $\gamma$ grande, $e^{-\gamma\lVert x - z\rVert^2}$
se apaga muy cerca y la frontera se curva alrededor de cada flor. Los sliders están en escala
logarítmica (el valor $v$ del slider da $10^v$). Mira la exactitud de validación cruzada (5 pliegues,
estratificados) además del dibujo: una frontera que abraza cada punto no predice mejor.
""",
        en=r"""
## 6. $C$ and $\gamma$ with an RBF kernel

Now the same iris pair with $k_{\text{RBF}}$. $C$ puts a price on slack and $\gamma$ decides how far
each point's influence reaches: with a large $\gamma$, $e^{-\gamma\lVert x - z\rVert^2}$ fades out
very close and the boundary curls around each flower. The sliders are on a log scale
(the slider's value $v$ gives $10^v$). Watch the cross-validation accuracy (5 stratified folds) as well as the
picture: a boundary that hugs every point does not predict better.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    log_c_slider = mo.ui.slider(-2.0, 3.0, step=0.25, value=0.0, show_value=True, label="log₁₀ C")
    log_gamma_slider = mo.ui.slider(-2.0, 2.0, step=0.25, value=0.0, show_value=True, label="log₁₀ γ")
    mo.vstack(
        [
            kit.say(lang, es="Mueve los dos:", en="Move both:"),
            mo.hstack([log_c_slider, log_gamma_slider], justify="start", gap=2),
        ]
    )
    return log_c_slider, log_gamma_slider


@app.cell(hide_code=True)
def _(SVC, X_pair, cross_val_score, log_c_slider, log_gamma_slider, np, time, y_pair):
    _start = time.perf_counter()
    rbf_C, rbf_gamma = 10.0**log_c_slider.value, 10.0**log_gamma_slider.value
    rbf_model = SVC(kernel="rbf", C=rbf_C, gamma=rbf_gamma).fit(X_pair, y_pair)
    rbf_cv = cross_val_score(SVC(kernel="rbf", C=rbf_C, gamma=rbf_gamma), X_pair, y_pair, cv=5)
    _alpha = np.abs(rbf_model.dual_coef_[0])
    rbf_n_bound = int(np.sum(_alpha >= rbf_C - 1e-8))
    rbf_n_free = int(len(_alpha) - rbf_n_bound)
    rbf_grid_x, rbf_grid_y = np.meshgrid(np.linspace(2.8, 7.1, 110), np.linspace(0.9, 2.6, 90))
    rbf_scores = rbf_model.decision_function(np.c_[rbf_grid_x.ravel(), rbf_grid_y.ravel()]).reshape(rbf_grid_x.shape)
    rbf_seconds = time.perf_counter() - _start
    return rbf_C, rbf_cv, rbf_gamma, rbf_grid_x, rbf_grid_y, rbf_model, rbf_n_bound, rbf_n_free, rbf_scores, rbf_seconds


@app.cell(hide_code=True)
def _(
    X_pair,
    kit,
    lang,
    plt,
    rbf_C,
    rbf_cv,
    rbf_gamma,
    rbf_grid_x,
    rbf_grid_y,
    rbf_model,
    rbf_n_bound,
    rbf_n_free,
    rbf_scores,
    rbf_seconds,
    y_pair,
):
    from matplotlib.colors import ListedColormap as _ListedColormap

    _regions = _ListedColormap(["#dbe8f5", "#dcefdc"])
    _fig, _ax = plt.subplots(figsize=(7, 4.2))
    _ax.imshow(
        rbf_scores > 0,
        extent=(2.8, 7.1, 0.9, 2.6),
        origin="lower",
        aspect="auto",
        cmap=_regions,
        vmin=0,
        vmax=1,
        interpolation="nearest",
    )
    _ax.contour(
        rbf_grid_x, rbf_grid_y, rbf_scores, levels=[-1, 0, 1], colors="k", linestyles=["--", "-", "--"], linewidths=1
    )
    _ax.scatter(*X_pair[y_pair < 0].T, s=16, color="tab:blue", label="versicolor")
    _ax.scatter(*X_pair[y_pair > 0].T, s=16, color="tab:green", label="virginica")
    _ax.scatter(
        *rbf_model.support_vectors_.T,
        s=90,
        facecolors="none",
        edgecolors="tab:orange",
        lw=1.3,
        label=kit.say(lang, es="vectores de soporte", en="support vectors"),
    )
    _ax.set_xlabel(kit.say(lang, es="largo del pétalo (cm)", en="petal length (cm)"))
    _ax.set_ylabel(kit.say(lang, es="ancho del pétalo (cm)", en="petal width (cm)"))
    _ax.legend(fontsize=8, loc="upper left")
    _ax.set_title(
        kit.say(
            lang,
            es=f"C = {rbf_C:.3g}, γ = {rbf_gamma:.3g}: {rbf_n_free} libres, {rbf_n_bound} con α = C; "
            f"exactitud CV {rbf_cv.mean():.3f} (calculado en {rbf_seconds:.2f} s)",
            en=f"C = {rbf_C:.3g}, γ = {rbf_gamma:.3g}: {rbf_n_free} free, {rbf_n_bound} with α = C; "
            f"CV accuracy {rbf_cv.mean():.3f} (computed in {rbf_seconds:.2f} s)",
        ),
        fontsize=9,
    )
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(SVC, cross_val_score, load_breast_cancer, np):
    _X, cancer_y = load_breast_cancer(return_X_y=True)
    # Standardised with the whole set's means, to keep it short; strictly it belongs inside each fold.
    cancer_X = (_X - _X.mean(axis=0)) / _X.std(axis=0)
    cancer_Cs, cancer_gammas = (0.1, 1.0, 10.0), (0.003, 0.03, 0.3)
    cancer_table = np.array(
        [
            [cross_val_score(SVC(C=_c, gamma=_g), cancer_X, cancer_y, cv=5).mean() for _g in cancer_gammas]
            for _c in cancer_Cs
        ]
    )
    _best = np.unravel_index(np.argmax(cancer_table), cancer_table.shape)
    cancer_best = (cancer_Cs[_best[0]], cancer_gammas[_best[1]], float(cancer_table[_best]))
    return cancer_Cs, cancer_X, cancer_best, cancer_gammas, cancer_table


@app.cell(hide_code=True)
def _(cancer_Cs, cancer_X, cancer_best, cancer_gammas, cancer_table, kit, lang):
    _header = (
        "| C ↓  γ → | " + " | ".join(f"{g:g}" for g in cancer_gammas) + " |\n|---|" + "---|" * len(cancer_gammas) + "\n"
    )
    _rows = "".join(
        f"| {c:g} | " + " | ".join(f"{v:.3f}" for v in row) + " |\n" for c, row in zip(cancer_Cs, cancer_table)
    )
    kit.text(
        lang,
        es=f"""
## 7. Elegir $C$ y $\\gamma$ por validación cruzada

En datos reales no se eligen a ojo. Con los {cancer_X.shape[0]} tumores de cáncer de mama
({cancer_X.shape[1]} rasgos, estandarizados), la exactitud media de 5 pliegues para cada par:

{_header}{_rows}
El mejor par de la rejilla es $C = {cancer_best[0]:g}$, $\\gamma = {cancer_best[1]:g}$
(exactitud {cancer_best[2]:.3f}). Con $\\gamma = {cancer_gammas[-1]:g}$ la exactitud cae: cada
tumor solo "ve" a sus vecinos más cercanos en 30 dimensiones y el modelo memoriza.
""",
        en=f"""
## 7. Choosing $C$ and $\\gamma$ by cross-validation

On real data they are not chosen by eye. With the {cancer_X.shape[0]} breast cancer tumours
({cancer_X.shape[1]} features, standardised), the mean 5-fold accuracy of each pair:

{_header}{_rows}
The best pair of the grid is $C = {cancer_best[0]:g}$, $\\gamma = {cancer_best[1]:g}$
(accuracy {cancer_best[2]:.3f}). With $\\gamma = {cancer_gammas[-1]:g}$ the accuracy drops: each
tumour only "sees" its nearest neighbours in 30 dimensions and the model memorises.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 8. Ejercicios

Tres piezas de lo que hace `SVC` por dentro: la matriz de Gram, el objetivo que SMO maximiza y la
vuelta del dual al primal. Las etiquetas pueden llegar en 0/1: conviértelas a $-1/+1$.
""",
        en=r"""
## 8. Exercises

Three pieces of what `SVC` does inside: the Gram matrix, the objective SMO maximises, and the way
back from the dual to the primal. Labels may come as 0/1: turn them into $-1/+1$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_gram_matrix = kit.exercise("gram_matrix", lang)
    ex_gram_matrix
    return (ex_gram_matrix,)


@app.cell(hide_code=True)
def _(ex_gram_matrix, kit):
    kit.feedback(ex_gram_matrix)
    return


@app.cell(hide_code=True)
def _(ex_gram_matrix, kit):
    kit.hints(ex_gram_matrix)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_dual_objective = kit.exercise("dual_objective", lang)
    ex_dual_objective
    return (ex_dual_objective,)


@app.cell(hide_code=True)
def _(ex_dual_objective, kit):
    kit.feedback(ex_dual_objective)
    return


@app.cell(hide_code=True)
def _(ex_dual_objective, kit):
    kit.hints(ex_dual_objective)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_primal_from_dual = kit.exercise("primal_from_dual", lang)
    ex_primal_from_dual
    return (ex_primal_from_dual,)


@app.cell(hide_code=True)
def _(ex_primal_from_dual, kit):
    kit.feedback(ex_primal_from_dual)
    return


@app.cell(hide_code=True)
def _(ex_primal_from_dual, kit):
    kit.hints(ex_primal_from_dual)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 9. Autoevaluación

Cuatro preguntas. La respuesta se corrige en cuanto eliges una opción.
""",
        en=r"""
## 9. Self-check

Four questions. Your answer is checked as soon as you pick an option.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit):
    T, Question = kit.T, kit.Question
    QUIZ = [
        Question(
            T(
                es="**1.** Un punto está bien clasificado y lejos, con $y_if(x_i) = 2.5$. ¿Cuánto vale su $\\alpha_i$?",
                en="**1.** A point is correctly classified and far away, with $y_if(x_i) = 2.5$. What is its $\\alpha_i$?",
            ),
            (
                T(es="αᵢ = C", en="αᵢ = C"),
                T(es="αᵢ = 0", en="αᵢ = 0"),
                T(es="Algún valor entre 0 y C", en="Some value between 0 and C"),
            ),
            answer=1,
            why=T(
                es="Su restricción $1 - \\xi_i - y_if(x_i) \\le 0$ se cumple con holgura (vale $-1.5$), y la holgura "
                "complementaria pide $\\alpha_i\\,(1 - \\xi_i - y_if(x_i)) = 0$: $\\alpha_i = 0$. $\\alpha_i = C$ es de "
                "puntos que pagan holgura ($y_if \\le 1$), y $0 < \\alpha_i < C$ de los que están justo en el margen.",
                en="Its constraint $1 - \\xi_i - y_if(x_i) \\le 0$ holds with room to spare (it is $-1.5$), and "
                "complementary slackness asks $\\alpha_i\\,(1 - \\xi_i - y_if(x_i)) = 0$: $\\alpha_i = 0$. "
                "$\\alpha_i = C$ belongs to points that pay slack ($y_if \\le 1$), and $0 < \\alpha_i < C$ to those "
                "exactly on the margin.",
            ),
        ),
        Question(
            T(
                es="**2.** ¿Por qué el dual admite kernels y el primal, escrito en $w$, no tan fácilmente?",
                en="**2.** Why does the dual admit kernels while the primal, written in $w$, does not so easily?",
            ),
            (
                T(
                    es="Porque el dual toca los datos solo a través de productos xᵢᵀxⱼ",
                    en="Because the dual touches the data only through products xᵢᵀxⱼ",
                ),
                T(es="Porque el dual tiene menos variables", en="Because the dual has fewer variables"),
                T(es="Porque el dual no tiene restricciones", en="Because the dual has no constraints"),
            ),
            answer=0,
            why=T(
                es="Tanto el objetivo dual como $f(x) = \\sum_i\\alpha_iy_i\\,x_i^\\top x + b$ usan los puntos solo en "
                "productos internos, que se cambian por $k(x_i, x_j)$ sin escribir $\\varphi$. El dual tiene una variable "
                "por punto (a menudo más que el primal) y sí tiene restricciones: la caja y $\\sum\\alpha_iy_i = 0$.",
                en="Both the dual objective and $f(x) = \\sum_i\\alpha_iy_i\\,x_i^\\top x + b$ use the points only in "
                "inner products, which are replaced by $k(x_i, x_j)$ without writing $\\varphi$. The dual has one variable "
                "per point (often more than the primal) and it does have constraints: the box and $\\sum\\alpha_iy_i = 0$.",
            ),
        ),
        Question(
            T(
                es="**3.** Con kernel RBF subes $\\gamma$ mucho, con $C$ fijo. ¿Qué esperas?",
                en="**3.** With an RBF kernel you raise $\\gamma$ a lot, with $C$ fixed. What do you expect?",
            ),
            (
                T(es="Una frontera casi recta", en="An almost straight boundary"),
                T(es="Menos vectores de soporte y mejor validación", en="Fewer support vectors and better validation"),
                T(
                    es="Una frontera que se curva alrededor de cada punto: sobreajuste",
                    en="A boundary that curls around each point: overfitting",
                ),
            ),
            answer=2,
            why=T(
                es="$e^{-\\gamma\\lVert x - z\\rVert^2}$ se apaga a distancia $\\sim 1/\\sqrt\\gamma$: con $\\gamma$ grande "
                "cada punto solo influye en su vecindad, casi todos quedan como vectores de soporte y la frontera los "
                "rodea uno a uno (lo viste en la sección 6 y en la tabla de la 7). La frontera casi recta es la de $\\gamma$ chico.",
                en="$e^{-\\gamma\\lVert x - z\\rVert^2}$ fades at distance $\\sim 1/\\sqrt\\gamma$: with a large $\\gamma$ "
                "each point only acts on its neighbourhood, nearly all become support vectors and the boundary wraps them "
                "one by one (you saw it in section 6 and in section 7's table). The almost straight boundary is small $\\gamma$'s.",
            ),
        ),
        Question(
            T(
                es="**4.** ¿De qué derivada del lagrangiano sale la restricción $\\sum_i\\alpha_iy_i = 0$?",
                en="**4.** Which derivative of the Lagrangian gives the constraint $\\sum_i\\alpha_iy_i = 0$?",
            ),
            (
                T(es="∂L/∂w", en="∂L/∂w"),
                T(es="∂L/∂ξᵢ", en="∂L/∂ξᵢ"),
                T(es="∂L/∂b", en="∂L/∂b"),
            ),
            answer=2,
            why=T(
                es="$b$ aparece en $L$ solo en $-\\sum_i\\alpha_iy_ib$, así que $\\partial L/\\partial b = -\\sum_i\\alpha_iy_i = 0$. "
                "$\\partial L/\\partial w$ da $w = \\sum\\alpha_iy_ix_i$ y $\\partial L/\\partial\\xi_i$ da $\\alpha_i + \\mu_i = C$, "
                "la caja. Por eso SMO mueve dos $\\alpha$ a la vez.",
                en="$b$ appears in $L$ only in $-\\sum_i\\alpha_iy_ib$, so $\\partial L/\\partial b = -\\sum_i\\alpha_iy_i = 0$. "
                "$\\partial L/\\partial w$ gives $w = \\sum\\alpha_iy_ix_i$ and $\\partial L/\\partial\\xi_i$ gives "
                "$\\alpha_i + \\mu_i = C$, the box. That is why SMO moves two $\\alpha$ at a time.",
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
## 10. Resumen

- El dual sale de $L$ igualando a cero sus derivadas: $w = \sum_i\alpha_iy_ix_i$ ($\partial w$),
  $\sum_i\alpha_iy_i = 0$ ($\partial b$) y $0 \le \alpha_i \le C$ ($\partial\xi_i$). Se **maximiza**
  $\sum\alpha_i - \tfrac12\sum_{i,j}\alpha_i\alpha_jy_iy_jk(x_i,x_j)$.
- Holgura complementaria: $\alpha_i = 0$ fuera del margen, $0 < \alpha_i < C$ justo en él (de ahí
  sale $b$), $\alpha_i = C$ dentro o del lado equivocado.
- Un kernel es un producto interno de rasgos que no hace falta escribir; su matriz de Gram es
  semidefinida positiva. $(x^\top z + 1)^2$ en 2-D son 6 rasgos; el RBF, infinitos.
- SMO mueve dos $\alpha$ a la vez, en forma cerrada y recortando a la caja, hasta que la brecha
  KKT baja de `tol`.
- $C$ y $\gamma$ se eligen por validación cruzada: $\gamma$ grande sobreajusta.
""",
        en=r"""
## 10. Summary

- The dual comes from setting $L$'s derivatives to zero: $w = \sum_i\alpha_iy_ix_i$ ($\partial w$),
  $\sum_i\alpha_iy_i = 0$ ($\partial b$) and $0 \le \alpha_i \le C$ ($\partial\xi_i$). One
  **maximises** $\sum\alpha_i - \tfrac12\sum_{i,j}\alpha_i\alpha_jy_iy_jk(x_i,x_j)$.
- Complementary slackness: $\alpha_i = 0$ outside the margin, $0 < \alpha_i < C$ exactly on it
  (that is where $b$ comes from), $\alpha_i = C$ inside it or on the wrong side.
- A kernel is an inner product of features you never have to write; its Gram matrix is positive
  semidefinite. $(x^\top z + 1)^2$ in 2-D is 6 features; the RBF, infinitely many.
- SMO moves two $\alpha$ at a time, in closed form and clipped to the box, until the KKT gap falls
  below `tol`.
- $C$ and $\gamma$ are chosen by cross-validation: a large $\gamma$ overfits.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es="## 11. Para seguir: recursos de la guía de estudio",
        en="## 11. Keep going: resources from the study guide",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.resources("svm-dual-kernels", lang)
    return


if __name__ == "__main__":
    app.run()
