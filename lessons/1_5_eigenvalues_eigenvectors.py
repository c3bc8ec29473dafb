import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 1.5")


@app.cell(hide_code=True)
def _():
    import marimo as mo
    import numpy as np

    from gradiente import linalg
    from gradiente.course.kit import Kit
    from gradiente.datasets import load_iris

    kit = Kit()
    plt = kit.pyplot()
    return kit, linalg, load_iris, mo, np, plt


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
    kit.header("eigenvalues-eigenvectors", lang)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Una matriz mueve casi todos los vectores: los gira y los estira a la vez. Pero algunas
direcciones son especiales: la matriz solo las estira (o las encoge, o les da la vuelta),
sin sacarlas de su recta. Esas direcciones son los **vectores propios** y el factor de
estiramiento es su **valor propio**. Con ellos, una matriz complicada se lee como unos
pocos números, y eso es lo que usan PCA, el análisis de la tasa de aprendizaje y PageRank.

**Al terminar podrás:**

- reconocer un vector propio como una dirección que $A$ solo estira: $A v = \lambda v$;
- calcular los valores propios de una matriz $2 \times 2$ con $\lambda^2 - \operatorname{tr}(A)\,\lambda + \det A = 0$, y comprobarlos con $\operatorname{tr} A = \lambda_1 + \lambda_2$ y $\det A = \lambda_1 \lambda_2$;
- diagonalizar $A = V \Lambda V^{-1}$ para calcular $A^k$, y reconocer cuándo no se puede (un corte) o cuándo los valores propios son complejos (una rotación);
- programar la iteración de potencias, predecir su velocidad con $|\lambda_2 / \lambda_1|$ y usarla para hallar la distribución estacionaria de una cadena de Markov;
- explicar con el teorema espectral por qué el límite de la tasa de aprendizaje es $2/\lambda_{\max}$ de la hessiana.
""",
        en=r"""
A matrix moves almost every vector: it turns it and stretches it at once. But some
directions are special: the matrix only stretches them (or shrinks them, or flips them),
without taking them off their line. Those directions are the **eigenvectors**, and the
stretch factor is their **eigenvalue**. With them a complicated matrix reads as a few
numbers, and that is what PCA, the analysis of the learning rate and PageRank use.

**By the end you will be able to:**

- recognise an eigenvector as a direction that $A$ only stretches: $A v = \lambda v$;
- compute the eigenvalues of a $2 \times 2$ matrix from $\lambda^2 - \operatorname{tr}(A)\,\lambda + \det A = 0$, and check them with $\operatorname{tr} A = \lambda_1 + \lambda_2$ and $\det A = \lambda_1 \lambda_2$;
- diagonalise $A = V \Lambda V^{-1}$ to compute $A^k$, and recognise when it cannot be done (a shear) or when the eigenvalues are complex (a rotation);
- write power iteration, predict its speed from $|\lambda_2 / \lambda_1|$, and use it to find the stationary distribution of a Markov chain;
- explain with the spectral theorem why the learning-rate limit is $2/\lambda_{\max}$ of the Hessian.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 0. ¿Por qué valores propios en machine learning?

- **PCA** (la lección 1.6) busca las direcciones en las que los datos varían más: son los
  vectores propios de la matriz de covarianza, y cada valor propio es la varianza en su
  dirección.
- **La tasa de aprendizaje.** En la lección 2.1 el descenso de gradiente divergía con una
  tasa demasiado grande. El límite exacto lo ponen los valores propios de la hessiana (la
  sección 5 lo demuestra).
- **Cadenas de Markov y PageRank.** La distribución a la que se acerca una cadena de Markov
  (el clima a largo plazo, la página donde termina alguien que hace clic al azar) es un
  vector propio con valor propio 1.

En español vas a ver también *autovalor* y *autovector*, o *eigenvalor*: es lo mismo.
*Eigen* es "propio" en alemán.
""",
        en=r"""
## 0. Why eigenvalues in machine learning?

- **PCA** (lesson 1.6) looks for the directions in which data vary most: they are the
  eigenvectors of the covariance matrix, and each eigenvalue is the variance along its
  direction.
- **The learning rate.** In lesson 2.1, gradient descent diverged when the rate was too
  large. The exact limit is set by the eigenvalues of the Hessian (section 5 proves it).
- **Markov chains and PageRank.** The distribution a Markov chain settles into (the
  weather in the long run, the page where someone clicking at random ends up) is an
  eigenvector with eigenvalue 1.

*Eigen* is German for "own": an eigenvector is a matrix's "own" direction.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 1. Las direcciones que una matriz solo estira

En la lección 1.2 viste que una matriz $A$ mueve la cuadrícula entera. Un vector $v \neq 0$
es un **vector propio** de $A$ si $A v$ queda sobre la misma recta que $v$:

$$
A v = \lambda v
$$

El número $\lambda$ es su **valor propio**: si $\lambda = 2$, $A$ duplica $v$; si
$\lambda = 0.5$, lo encoge a la mitad; si $\lambda < 0$, le da la vuelta; si $\lambda = 0$,
lo aplasta en el origen. Fíjate en que $2v$, $-v$ o cualquier múltiplo de $v$ también
cumple $A(cv) = \lambda (cv)$: lo que importa es la **recta**, no la longitud ni el signo.

En la figura, los 72 vectores unitarios del círculo (uno cada $5°$) y, desde el origen, sus
imágenes $A v$. Se resaltan en naranja los que, al aplicarles $A$, se desvían menos de $5°$
de su propia recta; las rectas punteadas son las direcciones propias exactas. **Gira $v$**
con el deslizador y busca en qué ángulos $A v$ (rojo) se alinea con $v$ (azul). Prueba
también los ejemplos y mueve las entradas de $A$.
""",
        en=r"""
## 1. The directions a matrix only stretches

In lesson 1.2 you saw a matrix $A$ move the whole grid. A vector $v \neq 0$ is an
**eigenvector** of $A$ when $A v$ stays on the same line as $v$:

$$
A v = \lambda v
$$

The number $\lambda$ is its **eigenvalue**: if $\lambda = 2$, $A$ doubles $v$; if
$\lambda = 0.5$, it halves it; if $\lambda < 0$, it flips it; if $\lambda = 0$, it crushes
it into the origin. Note that $2v$, $-v$ or any multiple of $v$ also satisfies
$A(cv) = \lambda (cv)$: what matters is the **line**, not the length or the sign.

The figure shows the 72 unit vectors of the circle (one every $5°$) and, from the origin,
their images $A v$. Highlighted in orange are those whose image under $A$ strays less than $5°$ from
their own line; the dotted lines are the exact eigen-directions. **Turn $v$** with the
slider and look for the angles where $A v$ (red) lines up with $v$ (blue). Try the
examples too, and move the entries of $A$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    FAN_PRESETS = {
        "symmetric": ((2.0, 1.0, 1.0, 2.0), kit.say(lang, es="simétrica", en="symmetric")),
        "general": ((1.5, 1.0, 0.5, 1.0), kit.say(lang, es="no simétrica", en="not symmetric")),
        "shear": ((1.0, 1.0, 0.0, 1.0), kit.say(lang, es="corte (shear)", en="shear")),
        "rotation": ((0.0, -1.0, 1.0, 0.0), kit.say(lang, es="rotación de 90°", en="90° rotation")),
        "projection": (
            (1.0, 0.0, 0.0, 0.0),
            kit.say(lang, es="proyección sobre el eje x", en="projection onto the x axis"),
        ),
    }
    fan_preset = mo.ui.dropdown(
        options={label: key for key, (_entries, label) in FAN_PRESETS.items()},
        value=FAN_PRESETS["symmetric"][1],
        label=kit.say(lang, es="Ejemplo", en="Example"),
    )
    fan_preset
    return FAN_PRESETS, fan_preset


@app.cell(hide_code=True)
def _(FAN_PRESETS, fan_preset, kit, lang, mo):
    _entries = FAN_PRESETS[fan_preset.value][0]
    # An array, not a list: marimo reruns the cells that read a control only if it is bound to a
    # global name (in a plain list, moving a, b, c or d changed nothing).
    fan_entries = mo.ui.array(
        [
            mo.ui.slider(-3.0, 3.0, step=0.1, value=_value, show_value=True, label=_name)
            for _name, _value in zip(("a", "b", "c", "d"), _entries)
        ]
    )
    fan_theta = mo.ui.slider(
        0,
        179,
        step=1,
        value=20,
        show_value=True,
        label=kit.say(lang, es="Dirección de $v$ (grados)", en="Direction of $v$ (degrees)"),
    )
    mo.vstack(
        [
            mo.md(
                kit.say(
                    lang,
                    es="Las entradas de $A = \\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}$:",
                    en="The entries of $A = \\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}$:",
                )
            ),
            fan_entries.hstack(justify="start", gap=1),
            fan_theta,
        ]
    )
    return fan_entries, fan_theta


@app.cell(hide_code=True)
def _(fan_entries, fan_theta, linalg, np):
    # Small pure cell: what the fan figure and its readout both use.
    _a, _b, _c, _d = fan_entries.value
    A_fan = np.array([[_a, _b], [_c, _d]])
    fan_eigenvalues = linalg.eigvals(A_fan)  # a shear or a rotation too (complex values)
    fan_real = bool(np.all(np.abs(fan_eigenvalues.imag) < 1e-12))

    def line_angle(A, theta_degrees):
        """Signed angle (degrees, in (−90, 90]) from the line of v = (cos θ, sin θ) to the line of A·v."""
        theta = np.radians(theta_degrees)
        v = np.stack([np.cos(theta), np.sin(theta)])
        image = A @ v
        turn = np.degrees(np.arctan2(v[0] * image[1] - v[1] * image[0], (v * image).sum(axis=0)))
        return (turn + 90.0) % 180.0 - 90.0  # A·v pointing backwards (λ < 0) is on the line too

    theta_now = float(fan_theta.value)
    v_now = np.array([np.cos(np.radians(theta_now)), np.sin(np.radians(theta_now))])
    image_now = A_fan @ v_now
    angle_now = float(line_angle(A_fan, np.array([theta_now]))[0])
    return A_fan, angle_now, fan_eigenvalues, fan_real, image_now, line_angle, theta_now, v_now


@app.cell(hide_code=True)
def _(A_fan, angle_now, fan_real, image_now, kit, lang, line_angle, np, plt, theta_now, v_now):
    from matplotlib.collections import LineCollection

    _fan_angles = np.arange(0, 360, 5)
    _units = np.stack([np.cos(np.radians(_fan_angles)), np.sin(np.radians(_fan_angles))])
    _images = A_fan @ _units
    _aligned = (np.abs(line_angle(A_fan, _fan_angles)) < 5.0) | (np.linalg.norm(_images, axis=0) < 1e-9)
    _fig, (_ax, _ax2) = plt.subplots(1, 2, figsize=(10.5, 4.6), gridspec_kw={"width_ratios": [1, 1.15]})
    _circle = np.linspace(0, 2 * np.pi, 200)
    _ax.plot(np.cos(_circle), np.sin(_circle), color="0.8", lw=1)
    _ellipse = A_fan @ np.stack([np.cos(_circle), np.sin(_circle)])
    _ax.plot(_ellipse[0], _ellipse[1], color="tab:blue", lw=0.8, alpha=0.35)
    _segments = [[(0.0, 0.0), (x, y)] for x, y in _images.T]
    _ax.add_collection(
        LineCollection(
            [s for s, keep in zip(_segments, _aligned) if not keep], colors="tab:blue", linewidths=0.8, alpha=0.3
        )
    )
    _ax.add_collection(
        LineCollection([s for s, keep in zip(_segments, _aligned) if keep], colors="tab:orange", linewidths=2.2)
    )
    _ax.plot(_units[0][_aligned], _units[1][_aligned], "o", color="tab:orange", ms=4)
    _reach = max(1.6, 1.15 * float(np.abs(_ellipse).max()))
    if fan_real:
        _values, _vectors = np.linalg.eig(A_fan)
        for _q in np.real(_vectors).T:
            _q = _q / np.linalg.norm(_q)
            _ax.plot([-_reach * _q[0], _reach * _q[0]], [-_reach * _q[1], _reach * _q[1]], ":", color="0.35", lw=1)
    _ax.annotate("", xy=v_now, xytext=(0, 0), arrowprops=dict(arrowstyle="-|>", color="tab:blue", lw=2))
    _ax.annotate("", xy=image_now, xytext=(0, 0), arrowprops=dict(arrowstyle="-|>", color="tab:red", lw=2))
    _ax.text(*(1.12 * v_now), "v", color="tab:blue", fontsize=12, ha="center", va="center")
    _ax.text(*(image_now + 0.08 * _reach * v_now), "Av", color="tab:red", fontsize=12, ha="center", va="center")
    _ax.set_xlim(-_reach, _reach)
    _ax.set_ylim(-_reach, _reach)
    _ax.set_aspect("equal")
    _ax.axhline(0, color="0.9", lw=0.8, zorder=0)
    _ax.axvline(0, color="0.9", lw=0.8, zorder=0)
    _ax.set_title(
        kit.say(
            lang,
            es="El abanico: v en el círculo, Av desde el origen",
            en="The fan: v on the circle, Av from the origin",
        ),
        fontsize=10,
    )
    _grid = np.linspace(0, 180, 361)
    _turn = line_angle(A_fan, _grid)
    _turn[1:][np.abs(np.diff(_turn)) > 90] = np.nan  # do not join −90° to +90°: it is the same line
    _ax2.axhline(0, color="0.6", lw=0.8)
    _ax2.plot(_grid, _turn, color="tab:purple", lw=2)
    _ax2.plot([theta_now], [angle_now], "o", color="tab:red", ms=8)
    _ax2.set_xlim(0, 180)
    _ax2.set_ylim(-95, 95)
    _ax2.set_yticks([-90, -45, 0, 45, 90])
    _ax2.set_xticks([0, 45, 90, 135, 180])
    _ax2.set_xlabel(kit.say(lang, es="dirección de v (grados)", en="direction of v (degrees)"))
    _ax2.set_ylabel(kit.say(lang, es="ángulo de la recta de v a Av (grados)", en="angle from v's line to Av (degrees)"))
    _ax2.set_title(
        kit.say(
            lang,
            es="Donde la curva corta el 0, Av está sobre la recta de v",
            en="Where the curve crosses 0, Av lies on v's line",
        ),
        fontsize=10,
    )
    _fig.subplots_adjust(left=0.08, right=0.98, bottom=0.14, top=0.9, wspace=0.3)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(A_fan, angle_now, fan_eigenvalues, fan_real, image_now, kit, lang, mo, np, theta_now, v_now):
    _tr, _det = float(np.trace(A_fan)), float(A_fan[0, 0] * A_fan[1, 1] - A_fan[0, 1] * A_fan[1, 0])
    if fan_real:
        _l1, _l2 = sorted(fan_eigenvalues.real, reverse=True)
        _values = f"$\\lambda_1 = {_l1:.4g}$, $\\lambda_2 = {_l2:.4g}$"
    else:
        _re, _im = float(fan_eigenvalues[0].real), abs(float(fan_eigenvalues[0].imag))
        _values = f"$\\lambda = {_re:.4g} \\pm {_im:.4g}\\,i$"
    if not fan_real:
        _kind = "warn"
        _es = "Los valores propios son **complejos**: ninguna dirección real queda sobre su recta, y la curva de la derecha nunca corta el 0."
        _en = "The eigenvalues are **complex**: no real direction stays on its line, and the curve on the right never crosses 0."
    elif abs(angle_now) < 1.0:
        _kind = "success"
        _stretch = float(v_now @ image_now)  # v is a unit vector, so Av ≈ λv gives λ ≈ vᵀAv
        _es = f"**¡Alineados!** A $\\theta = {theta_now:g}°$, $A v$ se desvía solo ${angle_now:.2g}°$ de la recta de $v$: $A v \\approx {_stretch:.3g}\\,v$."
        _en = f"**Lined up!** At $\\theta = {theta_now:g}°$, $A v$ strays only ${angle_now:.2g}°$ from $v$'s line: $A v \\approx {_stretch:.3g}\\,v$."
    else:
        _kind = "info"
        _es = f"A $\\theta = {theta_now:g}°$, $A v$ se desvía ${angle_now:.3g}°$ de la recta de $v$ y mide ${np.linalg.norm(image_now):.3g}$."
        _en = f"At $\\theta = {theta_now:g}°$, $A v$ strays ${angle_now:.3g}°$ from $v$'s line and has length ${np.linalg.norm(image_now):.3g}$."
    mo.callout(
        kit.text(
            lang,
            es=f"{_es} Valores propios: {_values} ($\\operatorname{{tr}} A = {_tr:.4g}$, $\\det A = {_det:.4g}$).",
            en=f"{_en} Eigenvalues: {_values} ($\\operatorname{{tr}} A = {_tr:.4g}$, $\\det A = {_det:.4g}$).",
        ),
        kind=_kind,
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Lo que muestran los ejemplos:

- **Simétrica.** Dos direcciones propias, y son **perpendiculares**. Eso no es casualidad: lo
  garantiza el teorema espectral de la sección 5.
- **No simétrica.** También dos direcciones propias, pero ya no forman un ángulo recto.
- **Corte.** Una sola dirección propia (el eje $x$): la curva de la derecha apenas toca el 0
  sin cruzarlo. Falta una dirección.
- **Rotación de 90°.** Todo vector gira $90°$: ninguno queda en su recta. Los valores
  propios existen, pero son números complejos.
- **Proyección.** El eje $x$ se queda igual ($\lambda = 1$) y el eje $y$ se aplasta en el
  origen ($\lambda = 0$, $A v = 0 = 0 \cdot v$).
""",
        en=r"""
What the examples show:

- **Symmetric.** Two eigen-directions, and they are **perpendicular**. That is no accident:
  the spectral theorem of section 5 guarantees it.
- **Not symmetric.** Two eigen-directions too, but they no longer meet at a right angle.
- **Shear.** A single eigen-direction (the $x$ axis): the curve on the right just touches 0
  without crossing it. A direction is missing.
- **90° rotation.** Every vector turns by $90°$: none stays on its line. The eigenvalues
  exist, but they are complex numbers.
- **Projection.** The $x$ axis stays put ($\lambda = 1$) and the $y$ axis is crushed into
  the origin ($\lambda = 0$, $A v = 0 = 0 \cdot v$).
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 2. Calcular los valores propios: el polinomio característico

Reescribe $A v = \lambda v$ como $(A - \lambda I)\,v = 0$. Se busca un $v \neq 0$ que la
matriz $A - \lambda I$ mande al origen, y eso solo pasa si esa matriz no es invertible
(lección 1.4), es decir, si su determinante es cero:

$$
\det(A - \lambda I) = 0
$$

Para $A = \begin{pmatrix} a & b \\ c & d \end{pmatrix}$ la cuenta es corta:

$$
\det\begin{pmatrix} a - \lambda & b \\ c & d - \lambda \end{pmatrix} = (a - \lambda)(d - \lambda) - bc = \lambda^2 - (a + d)\,\lambda + (ad - bc)
$$

El coeficiente de $\lambda$ es la **traza** $\operatorname{tr} A = a + d$ y el término
independiente es $\det A = ad - bc$:

$$
\lambda^2 - \operatorname{tr}(A)\,\lambda + \det A = 0, \qquad \lambda = \frac{\operatorname{tr} A \pm \sqrt{(\operatorname{tr} A)^2 - 4 \det A}}{2}
$$

Si las raíces son $\lambda_1$ y $\lambda_2$, el polinomio es $(\lambda - \lambda_1)(\lambda - \lambda_2)$;
al multiplicarlo y comparar coeficientes salen dos comprobaciones gratis:

$$
\operatorname{tr} A = \lambda_1 + \lambda_2, \qquad \det A = \lambda_1 \lambda_2
$$

Con la matriz no simétrica $A = \begin{pmatrix} 4 & 1 \\ 2 & 3 \end{pmatrix}$:
""",
        en=r"""
## 2. Computing the eigenvalues: the characteristic polynomial

Rewrite $A v = \lambda v$ as $(A - \lambda I)\,v = 0$. We want some $v \neq 0$ that the
matrix $A - \lambda I$ sends to the origin, and that only happens when this matrix is not
invertible (lesson 1.4), that is, when its determinant is zero:

$$
\det(A - \lambda I) = 0
$$

For $A = \begin{pmatrix} a & b \\ c & d \end{pmatrix}$ the computation is short:

$$
\det\begin{pmatrix} a - \lambda & b \\ c & d - \lambda \end{pmatrix} = (a - \lambda)(d - \lambda) - bc = \lambda^2 - (a + d)\,\lambda + (ad - bc)
$$

The coefficient of $\lambda$ is the **trace** $\operatorname{tr} A = a + d$ and the constant
term is $\det A = ad - bc$:

$$
\lambda^2 - \operatorname{tr}(A)\,\lambda + \det A = 0, \qquad \lambda = \frac{\operatorname{tr} A \pm \sqrt{(\operatorname{tr} A)^2 - 4 \det A}}{2}
$$

If the roots are $\lambda_1$ and $\lambda_2$, the polynomial is $(\lambda - \lambda_1)(\lambda - \lambda_2)$;
multiplying it out and matching coefficients gives two free checks:

$$
\operatorname{tr} A = \lambda_1 + \lambda_2, \qquad \det A = \lambda_1 \lambda_2
$$

With the non-symmetric matrix $A = \begin{pmatrix} 4 & 1 \\ 2 & 3 \end{pmatrix}$:
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, linalg, mo, np):
    A_example = np.array([[4.0, 1.0], [2.0, 3.0]])
    lambdas_example = linalg.eigvals(A_example)  # any square matrix; complex when it must be
    trace_example = np.trace(A_example)
    det_example = linalg.det(A_example)
    mo.show_code()
    return (A_example, det_example, lambdas_example, trace_example)


@app.cell(hide_code=True)
def _(det_example, kit, lambdas_example, lang, trace_example):
    kit.text(
        lang,
        es=f"Valores propios: {lambdas_example[0]:.6g} y {lambdas_example[1]:.6g}. "
        f"Su suma es {lambdas_example.sum():.6g} y la traza, {trace_example:.6g}; "
        f"su producto es {lambdas_example.prod():.6g} y el determinante, {det_example:.6g}.",
        en=f"Eigenvalues: {lambdas_example[0]:.6g} and {lambdas_example[1]:.6g}. "
        f"Their sum is {lambdas_example.sum():.6g} and the trace is {trace_example:.6g}; "
        f"their product is {lambdas_example.prod():.6g} and the determinant is {det_example:.6g}.",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
El discriminante $(\operatorname{tr} A)^2 - 4 \det A$ decide qué tipo de respuesta hay,
como viste en los ejemplos de la figura:

- **positivo**: dos valores propios reales distintos (la simétrica, la no simétrica, la proyección);
- **cero**: un valor propio repetido; puede haber dos direcciones propias (la identidad: todas lo son) o solo una (el corte);
- **negativo**: dos valores propios complejos conjugados, $\lambda = \alpha \pm \beta i$, y ninguna dirección real se conserva (la rotación).

Para la rotación de $90°$, $\operatorname{tr} A = 0$ y $\det A = 1$, así que
$\lambda^2 + 1 = 0$ y $\lambda = \pm i$. En general, la rotación de ángulo $\varphi$ tiene
$\lambda = \cos\varphi \pm i \sin\varphi$.
""",
        en=r"""
The discriminant $(\operatorname{tr} A)^2 - 4 \det A$ decides which kind of answer there
is, as you saw in the figure's examples:

- **positive**: two distinct real eigenvalues (the symmetric one, the non-symmetric one, the projection);
- **zero**: a repeated eigenvalue; there may be two eigen-directions (the identity: every direction is one) or only one (the shear);
- **negative**: two complex conjugate eigenvalues, $\lambda = \alpha \pm \beta i$, and no real direction is kept (the rotation).

For the $90°$ rotation, $\operatorname{tr} A = 0$ and $\det A = 1$, so $\lambda^2 + 1 = 0$
and $\lambda = \pm i$. In general, the rotation by an angle $\varphi$ has
$\lambda = \cos\varphi \pm i \sin\varphi$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, np):
    _A = np.array([[0.1, 0.2], [-0.3125, 0.6]])  # tr = 0.7, det = 0.1225: tr² − 4·det = 0 exactly
    _discriminant = (_A[0, 0] + _A[1, 1]) ** 2 - 4 * (_A[0, 0] * _A[1, 1] - _A[0, 1] * _A[1, 0])
    kit.text(
        lang,
        es=f"""
En el primer ejercicio programas la fórmula para el caso real. Un detalle numérico: con un
valor propio repetido el discriminante es 0 en teoría, pero el redondeo puede dejarlo en un
negativo minúsculo. Para $A = [[0.1, 0.2], [-0.3125, 0.6]]$, con $\\operatorname{{tr}} A = 0.7$ y
$\\det A = 0.1225$, la computadora da ${kit.tex_number(float(_discriminant))}$, y `np.sqrt` de un
número negativo es `nan`.
""",
        en=f"""
In the first exercise you write the formula for the real case. One numerical detail: with a
repeated eigenvalue the discriminant is 0 in theory, but rounding can leave it at a tiny
negative number. For $A = [[0.1, 0.2], [-0.3125, 0.6]]$, with $\\operatorname{{tr}} A = 0.7$ and
$\\det A = 0.1225$, the computer gives ${kit.tex_number(float(_discriminant))}$, and `np.sqrt` of a
negative number is `nan`.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_eigvals_2x2 = kit.exercise("eigvals_2x2", lang)
    ex_eigvals_2x2
    return (ex_eigvals_2x2,)


@app.cell(hide_code=True)
def _(ex_eigvals_2x2, kit):
    kit.feedback(ex_eigvals_2x2)
    return


@app.cell(hide_code=True)
def _(ex_eigvals_2x2, kit):
    kit.hints(ex_eigvals_2x2)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 3. Diagonalizar: $A = V \Lambda V^{-1}$ y las potencias $A^k$

Si una matriz $n \times n$ tiene $n$ vectores propios independientes $v_1, \dots, v_n$,
ponlos como columnas de $V$ y sus valores propios en la diagonal de $\Lambda$. Las $n$
ecuaciones $A v_i = \lambda_i v_i$ son, juntas, $A V = V \Lambda$, y como $V$ es invertible:

$$
A = V \Lambda V^{-1}, \qquad A^k = V \Lambda^k V^{-1}
$$

La segunda igualdad sale porque en $A^2 = V \Lambda V^{-1} V \Lambda V^{-1}$ el
$V^{-1} V$ del medio se cancela. Y $\Lambda^k$ es fácil: solo se elevan los números de la
diagonal. Leído al revés: en la base de los vectores propios, $A$ es solo estirar cada eje
por su $\lambda_i$.

Con la misma $A$ de la sección 2, $A^{10}$ de las dos formas:
""",
        en=r"""
## 3. Diagonalising: $A = V \Lambda V^{-1}$ and the powers $A^k$

If an $n \times n$ matrix has $n$ independent eigenvectors $v_1, \dots, v_n$, put them as
the columns of $V$ and their eigenvalues on the diagonal of $\Lambda$. The $n$ equations
$A v_i = \lambda_i v_i$ are, together, $A V = V \Lambda$, and since $V$ is invertible:

$$
A = V \Lambda V^{-1}, \qquad A^k = V \Lambda^k V^{-1}
$$

The second equality holds because in $A^2 = V \Lambda V^{-1} V \Lambda V^{-1}$ the
$V^{-1} V$ in the middle cancels. And $\Lambda^k$ is easy: you only raise the numbers on
the diagonal. Read backwards: in the basis of the eigenvectors, $A$ just stretches each
axis by its $\lambda_i$.

With the same $A$ as in section 2, $A^{10}$ both ways:
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo, np):
    A_diag = np.array([[4.0, 1.0], [2.0, 3.0]])
    values_diag, V_diag = np.linalg.eig(A_diag)  # NumPy: A is not symmetric
    power_by_eigen = V_diag @ np.diag(values_diag**10) @ np.linalg.inv(V_diag)
    power_by_products = np.linalg.matrix_power(A_diag, 10)
    mo.show_code()
    return (A_diag, V_diag, power_by_eigen, power_by_products, values_diag)


@app.cell(hide_code=True)
def _(kit, lang, np, power_by_eigen, power_by_products):
    kit.text(
        lang,
        es=f"Con $V \\Lambda^{{10}} V^{{-1}}$: `{np.array2string(power_by_eigen, precision=1, floatmode='fixed')}`. "
        f"Multiplicando diez veces: `{np.array2string(power_by_products, precision=1, floatmode='fixed')}`. "
        f"La diferencia relativa más grande es {np.abs(power_by_eigen / power_by_products - 1).max():.1e}.",
        en=f"With $V \\Lambda^{{10}} V^{{-1}}$: `{np.array2string(power_by_eigen, precision=1, floatmode='fixed')}`. "
        f"Multiplying ten times: `{np.array2string(power_by_products, precision=1, floatmode='fixed')}`. "
        f"The largest relative difference is {np.abs(power_by_eigen / power_by_products - 1).max():.1e}.",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
**Cuándo no se puede.** Al corte $\begin{pmatrix} 1 & 1 \\ 0 & 1 \end{pmatrix}$ le falta
una dirección: su único valor propio, $\lambda = 1$, tiene solo la recta del eje $x$. No hay
dos columnas independientes para $V$, y la matriz se llama **defectuosa**. NumPy igual
devuelve dos columnas, pero son casi la misma:
""",
        en=r"""
**When it cannot be done.** The shear $\begin{pmatrix} 1 & 1 \\ 0 & 1 \end{pmatrix}$ is
missing a direction: its only eigenvalue, $\lambda = 1$, has just the line of the $x$
axis. There are no two independent columns for $V$, and the matrix is called
**defective**. NumPy still returns two columns, but they are nearly the same:
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo, np):
    shear = np.array([[1.0, 1.0], [0.0, 1.0]])
    values_shear, V_shear = np.linalg.eig(shear)
    mo.show_code()
    return (V_shear, shear, values_shear)


@app.cell(hide_code=True)
def _(V_shear, kit, lang, np, values_shear):
    kit.text(
        lang,
        es=f"Valores propios: {values_shear}. Columnas de $V$: `{np.array2string(V_shear.T, precision=3)}`; "
        f"$\\det V$ = {np.linalg.det(V_shear):.1e}, así que $V^{{-1}}$ no existe en la práctica.",
        en=f"Eigenvalues: {values_shear}. Columns of $V$: `{np.array2string(V_shear.T, precision=3)}`; "
        f"$\\det V$ = {np.linalg.det(V_shear):.1e}, so in practice $V^{{-1}}$ does not exist.",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
La rotación sí se diagonaliza, pero con números complejos: $V$ y $\Lambda$ tienen entradas
complejas. En este curso vas a usar sobre todo matrices simétricas (covarianzas, hessianas),
y esas siempre se diagonalizan con números reales (sección 5).

## 4. La iteración de potencias

$A^k = V \Lambda^k V^{-1}$ dice qué pasa al multiplicar muchas veces por $A$. Escribe el
vector inicial en la base de vectores propios, $v_0 = c_1 q_1 + c_2 q_2 + \dots$, con
$|\lambda_1| > |\lambda_2| \ge \dots$. Entonces

$$
A^k v_0 = c_1 \lambda_1^k q_1 + c_2 \lambda_2^k q_2 + \dots = \lambda_1^k \left( c_1 q_1 + c_2 \left(\frac{\lambda_2}{\lambda_1}\right)^k q_2 + \dots \right)
$$

Si $c_1 \neq 0$, los demás términos se apagan como $|\lambda_2 / \lambda_1|^k$ y $A^k v_0$
gira hacia $q_1$. Para que la longitud no explote (ni se haga cero), se normaliza en cada
paso, y el valor propio se estima con el cociente de Rayleigh:

$$
v_{k+1} = \frac{A v_k}{\lVert A v_k \rVert}, \qquad \lambda \approx \frac{v_k^\top A v_k}{v_k^\top v_k}, \qquad \angle(v_k, q_1) = O\!\left(\left|\frac{\lambda_2}{\lambda_1}\right|^k\right)
$$

El número $|\lambda_2 / \lambda_1|$ es la **razón de convergencia**: cada paso multiplica el
error por él. Mueve $k$ y compara la matriz rápida con la lenta (el menú muestra la razón de
cada una). A la derecha, el error del ángulo en escala logarítmica: una recta de pendiente
$\log_{10}|\lambda_2 / \lambda_1|$ por paso.
""",
        en=r"""
The rotation can be diagonalised, but with complex numbers: $V$ and $\Lambda$ have complex
entries. In this course you will mostly use symmetric matrices (covariances, Hessians), and
those can always be diagonalised with real numbers (section 5).

## 4. Power iteration

$A^k = V \Lambda^k V^{-1}$ tells what happens when you multiply by $A$ over and over. Write
the starting vector in the basis of eigenvectors, $v_0 = c_1 q_1 + c_2 q_2 + \dots$, with
$|\lambda_1| > |\lambda_2| \ge \dots$. Then

$$
A^k v_0 = c_1 \lambda_1^k q_1 + c_2 \lambda_2^k q_2 + \dots = \lambda_1^k \left( c_1 q_1 + c_2 \left(\frac{\lambda_2}{\lambda_1}\right)^k q_2 + \dots \right)
$$

If $c_1 \neq 0$, the other terms fade like $|\lambda_2 / \lambda_1|^k$ and $A^k v_0$ turns
towards $q_1$. So that the length neither blows up nor goes to zero, normalise at each
step, and estimate the eigenvalue with the Rayleigh quotient:

$$
v_{k+1} = \frac{A v_k}{\lVert A v_k \rVert}, \qquad \lambda \approx \frac{v_k^\top A v_k}{v_k^\top v_k}, \qquad \angle(v_k, q_1) = O\!\left(\left|\frac{\lambda_2}{\lambda_1}\right|^k\right)
$$

The number $|\lambda_2 / \lambda_1|$ is the **convergence ratio**: each step multiplies the
error by it. Move $k$ and compare the fast matrix with the slow one (the menu shows each
one's ratio). On the right, the angle error on a log scale: a straight line of slope
$\log_{10}|\lambda_2 / \lambda_1|$ per step.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo, np):
    POWER_MATRICES = {
        "fast": np.array([[2.0, 1.0], [1.0, 2.0]]),
        "slow": np.array([[1.9, 0.1], [0.1, 1.9]]),
    }
    power_ratios = {}
    for _key, _A in POWER_MATRICES.items():
        _values = np.sort(np.abs(np.linalg.eigvalsh(_A)))[::-1]
        power_ratios[_key] = _values[1] / _values[0]
    _names = {"fast": kit.say(lang, es="rápida", en="fast"), "slow": kit.say(lang, es="lenta", en="slow")}
    _labels = {
        _key: f"{_names[_key]}: A = {_A.tolist()}, |λ₂/λ₁| = {power_ratios[_key]:.3g}"
        for _key, _A in POWER_MATRICES.items()
    }
    power_choice = mo.ui.dropdown(
        options={_label: _key for _key, _label in _labels.items()},
        value=_labels["fast"],
        label=kit.say(lang, es="Matriz", en="Matrix"),
    )
    power_k = mo.ui.slider(0, 40, step=1, value=3, show_value=True, label=kit.say(lang, es="Paso $k$", en="Step $k$"))
    mo.hstack([power_choice, power_k], justify="start", gap=2)
    return POWER_MATRICES, power_choice, power_k, power_ratios


@app.cell(hide_code=True)
def _(POWER_MATRICES, linalg, np, power_choice, power_ratios):
    # Hidden: the loop below is the next exercise. 41 normalised steps from v0 = (1, 0).
    A_power = POWER_MATRICES[power_choice.value]
    ratio_power = power_ratios[power_choice.value]
    _values, _vectors = linalg.eig(A_power)  # symmetric: the library's eig, eigenvalues ascending
    q1_power, lambda1_power = _vectors[:, -1], _values[-1]
    _v = np.array([1.0, 0.0])
    iterates_power = [_v]
    for _ in range(40):
        _w = A_power @ _v
        _v = _w / np.linalg.norm(_w)
        iterates_power.append(_v)
    iterates_power = np.array(iterates_power)
    # The angle between the lines of v_k and q1 (sign does not matter), from the sine: accurate when tiny.
    _cross = np.abs(iterates_power[:, 0] * q1_power[1] - iterates_power[:, 1] * q1_power[0])
    angle_errors_power = np.arcsin(np.clip(_cross, 0.0, 1.0))
    rayleigh_power = np.einsum("ki,ij,kj->k", iterates_power, A_power, iterates_power)
    return A_power, angle_errors_power, iterates_power, lambda1_power, q1_power, ratio_power, rayleigh_power


@app.cell(hide_code=True)
def _(angle_errors_power, iterates_power, kit, lang, np, plt, power_k, q1_power, ratio_power):
    _k = power_k.value
    _subscripts = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
    _fig, (_ax, _ax2) = plt.subplots(1, 2, figsize=(10.5, 4.2), gridspec_kw={"width_ratios": [1, 1.4]})
    _t = np.linspace(0, 2 * np.pi, 200)
    _ax.plot(np.cos(_t), np.sin(_t), color="0.8", lw=1)
    _ax.plot(
        [-1.3 * q1_power[0], 1.3 * q1_power[0]],
        [-1.3 * q1_power[1], 1.3 * q1_power[1]],
        ":",
        color="tab:green",
        lw=1.5,
        label="q₁",
    )
    _ax.plot(iterates_power[: _k + 1, 0], iterates_power[: _k + 1, 1], "o", color="tab:blue", ms=4, alpha=0.45)
    _ax.annotate("", xy=iterates_power[_k], xytext=(0, 0), arrowprops=dict(arrowstyle="-|>", color="tab:red", lw=2))
    _ax.text(
        *(1.18 * iterates_power[_k]),
        f"v{str(_k).translate(_subscripts)}",
        color="tab:red",
        fontsize=12,
        ha="center",
        va="center",
    )
    _ax.set_xlim(-1.35, 1.35)
    _ax.set_ylim(-1.35, 1.35)
    _ax.set_aspect("equal")
    _ax.legend(loc="lower right", fontsize=9)
    _ax.set_title(
        kit.say(lang, es="v₀, …, vₖ en el círculo unitario", en="v₀, …, vₖ on the unit circle"),
        fontsize=10,
    )
    _steps = np.arange(len(angle_errors_power))
    _floor = 1e-17
    _ax2.semilogy(
        _steps,
        np.maximum(angle_errors_power, _floor),
        "o-",
        color="tab:blue",
        ms=3,
        lw=1,
        label=kit.say(lang, es="ángulo entre vₖ y q₁", en="angle between vₖ and q₁"),
    )
    _ax2.semilogy(
        _steps,
        np.tan(angle_errors_power[0]) * ratio_power**_steps,
        "--",
        color="tab:orange",
        lw=1.5,
        label=f"tan∠(v₀, q₁) · {ratio_power:.3g}ᵏ",
    )
    _ax2.semilogy([_k], [max(angle_errors_power[_k], _floor)], "o", color="tab:red", ms=9)
    _ax2.axhline(np.finfo(float).eps, color="0.6", lw=0.8, ls=":")
    _ax2.text(
        40,
        np.finfo(float).eps * 1.8,
        kit.say(lang, es="precisión de la máquina", en="machine precision"),
        ha="right",
        va="bottom",
        fontsize=8,
        color="0.4",
    )
    _ax2.set_ylim(_floor, 3)
    _ax2.yaxis.set_major_formatter(kit.powers_of_ten())
    _ax2.minorticks_off()
    _ax2.set_xlabel("k")
    _ax2.set_ylabel(kit.say(lang, es="error del ángulo (radianes)", en="angle error (radians)"))
    _ax2.legend(loc="upper right", fontsize=8)
    _ax2.set_title(
        kit.say(
            lang,
            es="Cada paso multiplica el error por |λ₂/λ₁|",
            en="Each step multiplies the error by |λ₂/λ₁|",
        ),
        fontsize=10,
    )
    _fig.subplots_adjust(left=0.08, right=0.98, bottom=0.14, top=0.9, wspace=0.3)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(angle_errors_power, kit, lambda1_power, lang, mo, power_k, ratio_power, rayleigh_power):
    _k = power_k.value
    if _k > 0 and angle_errors_power[_k] > 1e-13:
        _measured = angle_errors_power[_k] / angle_errors_power[_k - 1]
        _rate = kit.say(
            lang,
            es=f" El error se multiplicó por ${_measured:.3g}$ en este paso; $|\\lambda_2/\\lambda_1| = {ratio_power:.3g}$.",
            en=f" The error was multiplied by ${_measured:.3g}$ in this step; $|\\lambda_2/\\lambda_1| = {ratio_power:.3g}$.",
        )
    else:
        _rate = ""
    mo.callout(
        kit.text(
            lang,
            es=f"**Paso {_k}.** Ángulo entre $v_{{{_k}}}$ y $q_1$: ${kit.tex_number(float(angle_errors_power[_k]))}$ rad. "
            f"Cociente de Rayleigh: ${rayleigh_power[_k]:.10f}$ (el valor exacto es $\\lambda_1 = {lambda1_power:.10f}$).{_rate}",
            en=f"**Step {_k}.** Angle between $v_{{{_k}}}$ and $q_1$: ${kit.tex_number(float(angle_errors_power[_k]))}$ rad. "
            f"Rayleigh quotient: ${rayleigh_power[_k]:.10f}$ (the exact value is $\\lambda_1 = {lambda1_power:.10f}$).{_rate}",
        ),
        kind="info",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Dos detalles que verás en el ejercicio. El signo: si $\lambda_1 < 0$, $v_k$ cambia de signo
en cada paso, pero sigue sobre la misma recta; por eso se compara la recta (o el vector con
un signo fijado), nunca el vector tal cual. Y la condición $c_1 \neq 0$: si $v_0$ es
perpendicular a $q_1$ (en una matriz simétrica), la iteración nunca ve a $q_1$; el
redondeo casi siempre termina rompiendo ese empate, pero un $v_0$ al azar lo evita desde
el principio.
""",
        en=r"""
Two details you will meet in the exercise. The sign: if $\lambda_1 < 0$, $v_k$ flips sign
at every step but stays on the same line; that is why the line is compared (or the vector
with its sign fixed), never the raw vector. And the condition $c_1 \neq 0$: if $v_0$ is
perpendicular to $q_1$ (for a symmetric matrix), the iteration never sees $q_1$; rounding
nearly always ends up breaking that tie, but a random $v_0$ avoids it from the start.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_power_iteration = kit.exercise("power_iteration", lang)
    ex_power_iteration
    return (ex_power_iteration,)


@app.cell(hide_code=True)
def _(ex_power_iteration, kit):
    kit.feedback(ex_power_iteration)
    return


@app.cell(hide_code=True)
def _(ex_power_iteration, kit):
    kit.hints(ex_power_iteration)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
**Con datos reales.** La matriz de covarianza de iris (150 flores, 4 medidas en cm) es
simétrica $4 \times 4$. `gradiente.linalg.power_iteration` hace tu iteración con una regla
de parada (se detiene cuando $\lVert A v - \lambda v \rVert$ es diminuto) y devuelve el
valor propio, el vector y cuántos pasos dio:
""",
        en=r"""
**On real data.** The covariance matrix of iris (150 flowers, 4 measurements in cm) is a
symmetric $4 \times 4$ matrix. `gradiente.linalg.power_iteration` runs your iteration with
a stopping rule (it stops once $\lVert A v - \lambda v \rVert$ is tiny) and returns the
eigenvalue, the vector and how many steps it took:
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, linalg, load_iris, mo, np):
    iris_cov = np.cov(load_iris().data, rowvar=False)  # ddof=1, the sample covariance
    lambda_iris, q_iris, steps_iris = linalg.power_iteration(iris_cov, rng=0)
    values_iris, _ = linalg.eig(iris_cov)  # ascending
    ratio_iris = values_iris[-2] / values_iris[-1]
    mo.show_code()
    return (iris_cov, lambda_iris, q_iris, ratio_iris, steps_iris, values_iris)


@app.cell(hide_code=True)
def _(kit, lambda_iris, lang, np, ratio_iris, steps_iris, values_iris):
    kit.text(
        lang,
        es=f"Iteración de potencias: $\\lambda_1 \\approx {lambda_iris:.6f}$ en {steps_iris} pasos. "
        f"Con `linalg.eig`, todos los valores propios: {np.array2string(values_iris[::-1], precision=4)}. "
        f"La razón $\\lambda_2/\\lambda_1 = {ratio_iris:.4f}$ es pequeña, así que converge rápido: cada paso "
        f"divide el error del ángulo entre ${1 / ratio_iris:.1f}$.",
        en=f"Power iteration: $\\lambda_1 \\approx {lambda_iris:.6f}$ in {steps_iris} steps. "
        f"With `linalg.eig`, every eigenvalue: {np.array2string(values_iris[::-1], precision=4)}. "
        f"The ratio $\\lambda_2/\\lambda_1 = {ratio_iris:.4f}$ is small, so it converges fast: each step "
        f"divides the angle error by ${1 / ratio_iris:.1f}$.",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Ese primer vector propio es la primera componente principal de iris: la dirección en la que
las flores más varían. La lección 1.6 parte de aquí.

## 5. Matrices simétricas: el teorema espectral y la vuelta a la lección 2.1

Las covarianzas y las hessianas son simétricas ($A = A^\top$), y para ellas todo sale bien.
El **teorema espectral** dice que una matriz simétrica real tiene $n$ valores propios
reales y $n$ vectores propios ortonormales, así que $V$ es una matriz ortogonal $Q$ (con
$Q^{-1} = Q^\top$):

$$
A = Q \Lambda Q^\top \qquad (A = A^\top)
$$

Volvamos al tazón de la lección 2.1, $f(x, y) = x^2 - xy + 3y^2$. Es $f(x) = \tfrac{1}{2} x^\top H x$
con la hessiana

$$
H = \begin{pmatrix} 2 & -1 \\ -1 & 6 \end{pmatrix}, \qquad \lambda = 4 \pm \sqrt{5}
$$

(con la fórmula de la sección 2: $\operatorname{tr} H = 8$, $\det H = 11$, y
$\lambda = (8 \pm \sqrt{64 - 44})/2 = 4 \pm \sqrt{5}$).
""",
        en=r"""
That first eigenvector is the first principal component of iris: the direction in which
the flowers vary most. Lesson 1.6 starts from here.

## 5. Symmetric matrices: the spectral theorem and back to lesson 2.1

Covariances and Hessians are symmetric ($A = A^\top$), and for them everything works out.
The **spectral theorem** says that a real symmetric matrix has $n$ real eigenvalues and
$n$ orthonormal eigenvectors, so $V$ is an orthogonal matrix $Q$ (with
$Q^{-1} = Q^\top$):

$$
A = Q \Lambda Q^\top \qquad (A = A^\top)
$$

Back to the bowl of lesson 2.1, $f(x, y) = x^2 - xy + 3y^2$. It is $f(x) = \tfrac{1}{2} x^\top H x$
with the Hessian

$$
H = \begin{pmatrix} 2 & -1 \\ -1 & 6 \end{pmatrix}, \qquad \lambda = 4 \pm \sqrt{5}
$$

(with the formula of section 2: $\operatorname{tr} H = 8$, $\det H = 11$, and
$\lambda = (8 \pm \sqrt{64 - 44})/2 = 4 \pm \sqrt{5}$).
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, linalg, mo, np):
    H_bowl = np.array([[2.0, -1.0], [-1.0, 6.0]])
    lambdas_bowl, Q_bowl = linalg.eig(H_bowl)  # symmetric: ascending, orthonormal columns
    limit_bowl = 2 / lambdas_bowl[-1]
    axis_limit_bowl = 2 / H_bowl.diagonal().max()  # the wrong limit: the largest ∂²f/∂xᵢ²
    mo.show_code()
    return (H_bowl, Q_bowl, axis_limit_bowl, lambdas_bowl, limit_bowl)


@app.cell(hide_code=True)
def _(Q_bowl, axis_limit_bowl, kit, lambdas_bowl, lang, limit_bowl, np):
    kit.text(
        lang,
        es=f"$\\lambda$ = {lambdas_bowl[0]:.6f} y {lambdas_bowl[1]:.6f} (y $4 \\mp \\sqrt{{5}}$ = {4 - np.sqrt(5):.6f} y {4 + np.sqrt(5):.6f}). "
        f"$Q^\\top Q$ difiere de $I$ en {np.abs(Q_bowl.T @ Q_bowl - np.eye(2)).max():.1e} como mucho: las columnas son ortonormales. "
        f"El límite de la tasa es $2/\\lambda_{{\\max}}$ = {limit_bowl:.4f}, no $2/6$ = {axis_limit_bowl:.4f}.",
        en=f"$\\lambda$ = {lambdas_bowl[0]:.6f} and {lambdas_bowl[1]:.6f} (and $4 \\mp \\sqrt{{5}}$ = {4 - np.sqrt(5):.6f} and {4 + np.sqrt(5):.6f}). "
        f"$Q^\\top Q$ differs from $I$ by {np.abs(Q_bowl.T @ Q_bowl - np.eye(2)).max():.1e} at most: the columns are orthonormal. "
        f"The rate limit is $2/\\lambda_{{\\max}}$ = {limit_bowl:.4f}, not $2/6$ = {axis_limit_bowl:.4f}.",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
**Por qué ese es el límite.** El gradiente de $f(x) = \tfrac{1}{2} x^\top H x$ es $H x$, así
que un paso del descenso es $x_{k+1} = x_k - \eta H x_k = (I - \eta H)\, x_k$. En las
coordenadas de los vectores propios, $z = Q^\top x$, la matriz $I - \eta H = Q (I - \eta \Lambda) Q^\top$
es diagonal, y cada coordenada se multiplica por su propio factor:

$$
z_{k+1, i} = (1 - \eta \lambda_i)\, z_{k, i}, \qquad |1 - \eta \lambda_i| < 1 \iff 0 < \eta < \frac{2}{\lambda_i}
$$

El descenso converge si todas las coordenadas se achican, es decir, si
$0 < \eta < 2/\lambda_{\max}$ ($\lambda_{\max} > 0$). La dirección que pone el límite es el vector propio de $\lambda_{\max}$, que aquí está
inclinado: no es el eje $y$. Por eso el límite no es $2/(\partial^2 f/\partial y^2)$. Y
cuando $1/\lambda_{\max} < \eta < 2/\lambda_{\max}$ el factor $1 - \eta \lambda_{\max}$ es
negativo: el camino zigzaguea a lo largo de ese eje, pero converge.

Mueve $\eta$ y pon el límite a prueba. Las rectas verdes son los vectores propios de $H$,
los ejes de las elipses. A la derecha, las dos coordenadas $|z_{k,i}|$: cada una es una
recta de pendiente $\log_{10}|1 - \eta \lambda_i|$.
""",
        en=r"""
**Why that is the limit.** The gradient of $f(x) = \tfrac{1}{2} x^\top H x$ is $H x$, so a
step of descent is $x_{k+1} = x_k - \eta H x_k = (I - \eta H)\, x_k$. In the coordinates
of the eigenvectors, $z = Q^\top x$, the matrix $I - \eta H = Q (I - \eta \Lambda) Q^\top$
is diagonal, and each coordinate is multiplied by its own factor:

$$
z_{k+1, i} = (1 - \eta \lambda_i)\, z_{k, i}, \qquad |1 - \eta \lambda_i| < 1 \iff 0 < \eta < \frac{2}{\lambda_i}
$$

Descent converges when every coordinate shrinks, that is, when
$0 < \eta < 2/\lambda_{\max}$ ($\lambda_{\max} > 0$). The direction that sets the limit is the eigenvector of $\lambda_{\max}$, which is tilted
here: it is not the $y$ axis. That is why the limit is not $2/(\partial^2 f/\partial y^2)$.
And when $1/\lambda_{\max} < \eta < 2/\lambda_{\max}$ the factor $1 - \eta \lambda_{\max}$
is negative: the path zig-zags along that axis, but it converges.

Move $\eta$ and put the limit to the test. The green lines are the eigenvectors of $H$, the
axes of the ellipses. On the right, the two coordinates $|z_{k,i}|$: each one is a straight
line of slope $\log_{10}|1 - \eta \lambda_i|$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    bowl_lr = mo.ui.slider(
        0.02,
        0.34,
        step=0.0025,
        value=0.3,
        show_value=True,
        label=kit.say(lang, es="Tasa de aprendizaje η", en="Learning rate η"),
    )
    bowl_lr
    return (bowl_lr,)


@app.cell(hide_code=True)
def _(H_bowl, Q_bowl, bowl_lr, np):
    bowl_steps = 30
    _x = np.array([-1.5, 1.0])
    bowl_path = [_x]
    for _ in range(bowl_steps):
        _x = _x - bowl_lr.value * (H_bowl @ _x)  # ∇f(x) = Hx
        bowl_path.append(_x)
    bowl_path = np.array(bowl_path)
    bowl_coordinates = bowl_path @ Q_bowl  # row k: z_k = Qᵀx_k
    return bowl_coordinates, bowl_path, bowl_steps


@app.cell(hide_code=True)
def _(Q_bowl, bowl_coordinates, bowl_lr, bowl_path, bowl_steps, kit, lambdas_bowl, lang, np, plt):
    _fig, (_ax, _ax2) = plt.subplots(1, 2, figsize=(10.5, 4.3), gridspec_kw={"width_ratios": [1.1, 1]})
    _g = np.linspace(-2.2, 2.2, 121)
    _X, _Y = np.meshgrid(_g, _g)
    _F = _X**2 - _X * _Y + 3 * _Y**2
    _ax.contour(_X, _Y, _F, levels=[0.25, 1, 2.25, 4, 6.25, 9], colors="0.75", linewidths=0.8)
    for _i in (0, 1):
        _q = Q_bowl[:, _i]
        _ax.plot([-2.2 * _q[0], 2.2 * _q[0]], [-2.2 * _q[1], 2.2 * _q[1]], "-", color="tab:green", lw=1, alpha=0.7)
        _up = _q if _q[1] > 0 else -_q  # label each axis in the upper half of the frame
        _ax.text(*(1.75 * _up), f"λ = {lambdas_bowl[_i]:.3f}", color="tab:green", fontsize=9, ha="center", va="bottom")
    _inside = np.all(np.abs(bowl_path) < 2.2, axis=1)
    _last = len(_inside) if _inside.all() else int(np.argmin(_inside))
    _ax.plot(bowl_path[:_last, 0], bowl_path[:_last, 1], "o-", color="tab:red", ms=3, lw=1)
    _ax.plot([0], [0], "*", color="black", ms=10)
    _ax.set_xlim(-2.2, 2.2)
    _ax.set_ylim(-2.2, 2.2)
    _ax.set_aspect("equal")
    _ax.set_title(
        kit.say(
            lang,
            es=f"Descenso con η = {bowl_lr.value:g} en x² − xy + 3y²",
            en=f"Descent with η = {bowl_lr.value:g} on x² − xy + 3y²",
        ),
        fontsize=10,
    )
    _k = np.arange(bowl_steps + 1)
    for _i, _color in ((0, "tab:blue"), (1, "tab:orange")):
        _factor = 1 - bowl_lr.value * lambdas_bowl[_i]
        _ax2.semilogy(
            _k,
            np.maximum(np.abs(bowl_coordinates[:, _i]), 1e-30),
            "o-",
            ms=3,
            lw=1,
            color=_color,
            label=f"|z| (λ = {lambdas_bowl[_i]:.3f}),  1 − ηλ = {_factor:.3f}",
        )
    _ax2.axhline(abs(bowl_coordinates[0]).max(), color="0.7", lw=0.8, ls=":")
    _ax2.set_ylim(1e-12, 1e6)
    _ax2.yaxis.set_major_formatter(kit.powers_of_ten())
    _ax2.minorticks_off()
    _ax2.set_xlabel("k")
    _ax2.legend(loc="lower left", fontsize=8)
    _ax2.set_title(
        kit.say(
            lang, es="Las coordenadas en la base de vectores propios", en="The coordinates in the eigenvector basis"
        ),
        fontsize=10,
    )
    _fig.subplots_adjust(left=0.08, right=0.98, bottom=0.14, top=0.9, wspace=0.3)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(axis_limit_bowl, bowl_lr, kit, lambdas_bowl, lang, limit_bowl, mo):
    _eta = bowl_lr.value
    _worst = abs(1 - _eta * lambdas_bowl[-1])
    if _eta >= limit_bowl:
        _kind = "danger"
        _es = f"**Diverge.** $|1 - \\eta\\lambda_{{\\max}}| = {_worst:.4f} > 1$: η = {_eta:g} pasa el límite $2/\\lambda_{{\\max}}$ = {limit_bowl:.4f}"
        _en = f"**Diverges.** $|1 - \\eta\\lambda_{{\\max}}| = {_worst:.4f} > 1$: η = {_eta:g} is past the limit $2/\\lambda_{{\\max}}$ = {limit_bowl:.4f}"
        if _eta < axis_limit_bowl:
            _es += f", aunque está por debajo de $2/6$ = {axis_limit_bowl:.4f}, el límite que darían los ejes."
            _en += f", although it is below $2/6$ = {axis_limit_bowl:.4f}, the limit the axes would give."
        else:
            _es += "."
            _en += "."
    elif _eta > 1 / lambdas_bowl[-1]:
        _kind = "warn"
        _es = f"**Converge en zigzag.** $1 - \\eta\\lambda_{{\\max}} = {1 - _eta * lambdas_bowl[-1]:.4f}$ es negativo: cada paso cruza el eje del valle."
        _en = f"**Converges, zig-zagging.** $1 - \\eta\\lambda_{{\\max}} = {1 - _eta * lambdas_bowl[-1]:.4f}$ is negative: each step crosses the valley's axis."
    else:
        _kind = "success"
        _es = f"**Converge sin zigzag.** Los dos factores están entre 0 y 1; el más lento es $1 - \\eta\\lambda_{{\\min}} = {1 - _eta * lambdas_bowl[0]:.4f}$."
        _en = f"**Converges without zig-zag.** Both factors are between 0 and 1; the slower is $1 - \\eta\\lambda_{{\\min}} = {1 - _eta * lambdas_bowl[0]:.4f}$."
    mo.callout(kit.text(lang, es=_es, en=_en), kind=_kind)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 6. Cadenas de Markov: el valor propio 1

Un modelo simple del clima tiene tres estados: soleado, nublado y lluvioso. La fila $i$ de
la **matriz de transición** $P$ da las probabilidades del clima de mañana si hoy es el
estado $i$, así que cada fila suma 1. Si $\pi_k$ es la distribución de probabilidad del
día $k$ (un vector que suma 1), la del día siguiente es

$$
\pi_{k+1}^\top = \pi_k^\top P \iff \pi_{k+1} = P^\top \pi_k
$$

Una **distribución estacionaria** es la que ya no cambia:

$$
\pi^\top P = \pi^\top, \qquad \textstyle\sum_i \pi_i = 1
$$

Es decir, $P^\top \pi = \pi$: $\pi$ es un vector propio de $P^\top$ con valor propio 1.
¿Por qué existe ese valor propio? Porque las filas de $P$ suman 1, así que
$P \mathbf{1} = \mathbf{1}$, y $P^\top$ tiene los mismos valores propios que $P$ (su
polinomio característico es el mismo, porque $\det M^\top = \det M$). Además ningún valor
propio de $P$ pasa de 1 en valor absoluto. Entonces iterar $\pi \leftarrow P^\top \pi$ es
la iteración de potencias, y cuando todas las entradas de $P$ son positivas converge a
$\pi$ con razón $|\lambda_2|$.

Elige el clima del día 0 y mira cómo se olvida.
""",
        en=r"""
## 6. Markov chains: the eigenvalue 1

A simple weather model has three states: sunny, cloudy and rainy. Row $i$ of the
**transition matrix** $P$ gives tomorrow's weather probabilities when today is state $i$,
so every row sums to 1. If $\pi_k$ is the probability distribution of day $k$ (a vector
that sums to 1), the next day's is

$$
\pi_{k+1}^\top = \pi_k^\top P \iff \pi_{k+1} = P^\top \pi_k
$$

A **stationary distribution** is one that no longer changes:

$$
\pi^\top P = \pi^\top, \qquad \textstyle\sum_i \pi_i = 1
$$

That is, $P^\top \pi = \pi$: $\pi$ is an eigenvector of $P^\top$ with eigenvalue 1. Why
does that eigenvalue exist? Because the rows of $P$ sum to 1, so $P \mathbf{1} = \mathbf{1}$,
and $P^\top$ has the same eigenvalues as $P$ (its characteristic polynomial is the same,
since $\det M^\top = \det M$). Moreover, no eigenvalue of $P$ exceeds 1 in absolute value.
So iterating $\pi \leftarrow P^\top \pi$ is power iteration, and when every entry of $P$ is
positive it converges to $\pi$ with ratio $|\lambda_2|$.

Pick day 0's weather and watch it being forgotten.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo, np):
    WEATHER = np.array([[0.7, 0.2, 0.1], [0.3, 0.4, 0.3], [0.2, 0.3, 0.5]])
    weather_names = [
        kit.say(lang, es="soleado", en="sunny"),
        kit.say(lang, es="nublado", en="cloudy"),
        kit.say(lang, es="lluvioso", en="rainy"),
    ]
    weather_start = mo.ui.dropdown(
        options={
            **{kit.say(lang, es=f"día 0: {name}", en=f"day 0: {name}"): str(i) for i, name in enumerate(weather_names)},
            kit.say(lang, es="día 0: no sé (uniforme)", en="day 0: no idea (uniform)"): "uniform",
        },
        value=kit.say(lang, es=f"día 0: {weather_names[2]}", en=f"day 0: {weather_names[2]}"),
        label=kit.say(lang, es="Empieza en", en="Start at"),
    )
    weather_start
    return WEATHER, weather_names, weather_start


@app.cell(hide_code=True)
def _(WEATHER, np, weather_start):
    # Hidden: the iteration is the next exercise. The exact π from the eigenvector of Pᵀ for λ = 1.
    _values, _vectors = np.linalg.eig(WEATHER.T)  # NumPy: Pᵀ is not symmetric
    _one = int(np.argmin(np.abs(_values - 1)))
    weather_pi = np.real(_vectors[:, _one]) / np.real(_vectors[:, _one]).sum()
    weather_lambda2 = np.sort(np.abs(_values))[::-1][1]
    _pi = np.full(3, 1 / 3) if weather_start.value == "uniform" else np.eye(3)[int(weather_start.value)]
    weather_days = 15
    weather_history = [_pi]
    for _ in range(weather_days):
        _pi = WEATHER.T @ _pi
        weather_history.append(_pi)
    weather_history = np.array(weather_history)
    weather_gap = np.abs(weather_history - weather_pi).sum(axis=1)
    return weather_days, weather_gap, weather_history, weather_lambda2, weather_pi


@app.cell(hide_code=True)
def _(kit, lang, np, plt, weather_days, weather_gap, weather_history, weather_lambda2, weather_names, weather_pi):
    _fig, (_ax, _ax2) = plt.subplots(1, 2, figsize=(10.5, 3.9))
    _days = np.arange(weather_days + 1)
    for _i, _color in enumerate(("tab:orange", "tab:gray", "tab:blue")):
        _ax.plot(_days, weather_history[:, _i], "o-", color=_color, ms=3, lw=1.5, label=weather_names[_i])
        _ax.axhline(weather_pi[_i], color=_color, ls="--", lw=0.8)
    _ax.set_ylim(-0.03, 1.03)
    _ax.set_xlabel(kit.say(lang, es="día k", en="day k"))
    _ax.set_ylabel(kit.say(lang, es="probabilidad", en="probability"))
    _ax.legend(loc="upper right", fontsize=8)
    _ax.set_title(
        kit.say(
            lang,
            es="πₖ (líneas) y π estacionaria (punteadas)",
            en="πₖ (lines) and the stationary π (dashed)",
        ),
        fontsize=10,
    )
    _shown = weather_gap > 1e-15
    _ax2.semilogy(
        _days[_shown],
        weather_gap[_shown],
        "o-",
        color="tab:purple",
        ms=3,
        lw=1,
        label="‖πₖ − π‖₁",
    )
    if weather_gap[0] > 1e-15:
        _ax2.semilogy(
            _days,
            weather_gap[0] * weather_lambda2**_days,
            "--",
            color="tab:green",
            lw=1.2,
            label=f"∝ |λ₂|ᵏ,  |λ₂| = {weather_lambda2:.3f}",
        )
    _ax2.yaxis.set_major_formatter(kit.powers_of_ten())
    _ax2.minorticks_off()
    _ax2.set_xlabel(kit.say(lang, es="día k", en="day k"))
    _ax2.legend(loc="upper right", fontsize=8)
    _ax2.set_title(
        kit.say(
            lang,
            es="La distancia a π se achica como |λ₂|ᵏ",
            en="The distance to π shrinks like |λ₂|ᵏ",
        ),
        fontsize=10,
    )
    _fig.subplots_adjust(left=0.08, right=0.98, bottom=0.14, top=0.9, wspace=0.3)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang, mo, weather_gap, weather_names, weather_pi):
    _shares = ", ".join(f"{name} {p:.1%}" for name, p in zip(weather_names, weather_pi))
    mo.callout(
        kit.text(
            lang,
            es=f"La distribución estacionaria: {_shares}. Después de 15 días, la distancia a ella es "
            f"${kit.tex_number(float(weather_gap[-1]))}$, empiece como empiece el día 0.",
            en=f"The stationary distribution: {_shares}. After 15 days, the distance to it is "
            f"${kit.tex_number(float(weather_gap[-1]))}$, whatever day 0 was.",
        ),
        kind="info",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
En el último ejercicio programas esa iteración. Hay una diferencia con la sección 4: un
vector de probabilidades se normaliza para que **sume 1**, no para que mida 1. Uno de los
casos de prueba es un PageRank de cinco páginas: quien navega sigue un enlace al azar con
probabilidad 0.85 y, si no, salta a cualquier página; la distribución estacionaria es la
fracción del tiempo que pasa en cada página.
""",
        en=r"""
In the last exercise you write that iteration. There is one difference from section 4: a
probability vector is normalised so that it **sums to 1**, not so that it has length 1.
One of the test cases is a five-page PageRank: the surfer follows a random link with
probability 0.85 and otherwise jumps to any page; the stationary distribution is the
share of time spent on each page.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_stationary_distribution = kit.exercise("stationary_distribution", lang)
    ex_stationary_distribution
    return (ex_stationary_distribution,)


@app.cell(hide_code=True)
def _(ex_stationary_distribution, kit):
    kit.feedback(ex_stationary_distribution)
    return


@app.cell(hide_code=True)
def _(ex_stationary_distribution, kit):
    kit.hints(ex_stationary_distribution)
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
def _(kit, load_iris, np):
    T, Question = kit.T, kit.Question
    _slow_steps = int(np.ceil(np.log(0.1) / np.log(0.95)))  # steps for 0.95ᵏ to reach 0.1
    _iris_values = np.linalg.eigvalsh(np.cov(load_iris().data, rowvar=False))
    _iris_ratio = _iris_values[-2] / _iris_values[-1]
    _roots = np.sort(np.roots([1.0, -7.0, 10.0]).real)[::-1]  # λ² − 7λ + 10 = 0
    _r1, _r2 = (f"{r:g}" for r in _roots)
    QUIZ = [
        Question(
            T(
                es=r"**1.** $P$ proyecta cada vector del plano, en forma perpendicular, sobre una recta que pasa por el origen. ¿Cuáles son sus valores propios?",
                en=r"**1.** $P$ projects every vector of the plane orthogonally onto a line through the origin. What are its eigenvalues?",
            ),
            (
                T(es="0 y 1", en="0 and 1"),
                T(es="solo 1", en="only 1"),
                T(es="1 y −1", en="1 and −1"),
                T(es="depende de la recta", en="it depends on the line"),
            ),
            answer=0,
            why=T(
                es=r"Un vector sobre la recta no se mueve: $P v = 1 \cdot v$. Uno perpendicular va a parar al origen: $P v = 0 = 0 \cdot v$. También sale de $P^2 = P$: si $P v = \lambda v$, entonces $\lambda^2 = \lambda$. El valor $-1$ es de una reflexión, no de una proyección.",
                en=r"A vector on the line does not move: $P v = 1 \cdot v$. One perpendicular to it lands on the origin: $P v = 0 = 0 \cdot v$. It also follows from $P^2 = P$: if $P v = \lambda v$, then $\lambda^2 = \lambda$. The value $-1$ belongs to a reflection, not a projection.",
            ),
        ),
        Question(
            T(
                es="**2.** ¿Qué vectores propios reales tiene la rotación de 90° del plano?",
                en="**2.** Which real eigenvectors does the 90° rotation of the plane have?",
            ),
            (
                T(es="los ejes x e y", en="the x and y axes"),
                T(es="ninguno", en="none"),
                T(es="todos los vectores", en="every vector"),
                T(es="la recta y = x", en="the line y = x"),
            ),
            answer=1,
            why=T(
                es=r"Todo vector gira $90°$, así que ninguno queda sobre su recta. El polinomio es $\lambda^2 + 1 = 0$ y los valores propios son $\pm i$, complejos: es el caso del discriminante negativo.",
                en=r"Every vector turns by $90°$, so none stays on its line. The polynomial is $\lambda^2 + 1 = 0$ and the eigenvalues are $\pm i$, complex: the case of a negative discriminant.",
            ),
        ),
        Question(
            T(
                es=r"**3.** Una matriz $2 \times 2$ tiene $\operatorname{tr} A = 7$ y $\det A = 10$. Sin más cuentas, ¿cuáles son sus valores propios?",
                en=r"**3.** A $2 \times 2$ matrix has $\operatorname{tr} A = 7$ and $\det A = 10$. With no more work, what are its eigenvalues?",
            ),
            (
                T(es="7 y 10", en="7 and 10"),
                T(es=f"−{_r1} y −{_r2}", en=f"−{_r1} and −{_r2}"),
                T(es=f"{_r1} y {_r2}", en=f"{_r1} and {_r2}"),
                T(es="no se puede saber sin las entradas", en="you cannot tell without the entries"),
            ),
            answer=2,
            why=T(
                es=rf"Buscas dos números que sumen $\operatorname{{tr}} A = 7$ y se multipliquen en $\det A = 10$: son ${_r1}$ y ${_r2}$, las raíces de $\lambda^2 - 7\lambda + 10$. Los opuestos salen de olvidar el signo de $-\operatorname{{tr}}(A)\,\lambda$.",
                en=rf"You want two numbers that add up to $\operatorname{{tr}} A = 7$ and multiply to $\det A = 10$: they are ${_r1}$ and ${_r2}$, the roots of $\lambda^2 - 7\lambda + 10$. Their negatives come from forgetting the sign of $-\operatorname{{tr}}(A)\,\lambda$.",
            ),
        ),
        Question(
            T(
                es="**4.** ¿Qué hace lenta a la iteración de potencias?",
                en="**4.** What makes power iteration slow?",
            ),
            (
                T(es="que λ₁ sea muy grande", en="a very large λ₁"),
                T(es="que |λ₂/λ₁| esté cerca de 1", en="|λ₂/λ₁| close to 1"),
                T(es="que la matriz sea grande", en="a large matrix"),
                T(es="que v0 no sea unitario", en="a v0 that is not a unit vector"),
            ),
            answer=1,
            why=T(
                es=rf"Cada paso multiplica el error del ángulo por $|\lambda_2/\lambda_1|$: con $0.95$ hacen falta {_slow_steps} pasos para dividirlo entre 10; con ${_iris_ratio:.3f}$ (iris), basta uno. El tamaño de $\lambda_1$ se quita al normalizar, y $v_0$ se normaliza en el primer paso.",
                en=rf"Each step multiplies the angle error by $|\lambda_2/\lambda_1|$: with $0.95$ it takes {_slow_steps} steps to divide it by 10; with ${_iris_ratio:.3f}$ (iris), one is enough. The size of $\lambda_1$ is removed by normalising, and $v_0$ is normalised in the first step.",
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

- Un vector propio es una dirección que $A$ solo estira: $A v = \lambda v$ con $v \neq 0$. Lo que cuenta es la recta, no la longitud ni el signo.
- Los valores propios son las raíces de $\det(A - \lambda I) = 0$; para $2 \times 2$, $\lambda^2 - \operatorname{tr}(A)\,\lambda + \det A = 0$, con $\operatorname{tr} A = \lambda_1 + \lambda_2$ y $\det A = \lambda_1 \lambda_2$. El discriminante dice si hay dos reales, uno repetido o dos complejos (una rotación).
- Con $n$ vectores propios independientes, $A = V \Lambda V^{-1}$ y $A^k = V \Lambda^k V^{-1}$. Un corte es defectuoso: le faltan vectores propios y no se diagonaliza.
- Una matriz simétrica tiene valores propios reales y vectores propios ortonormales: $A = Q \Lambda Q^\top$. En un tazón $\tfrac{1}{2} x^\top H x$, el descenso de gradiente converge si y solo si $0 < \eta < 2/\lambda_{\max}(H)$, y la dirección que manda es un vector propio, no un eje.
- La iteración de potencias $v_{k+1} = A v_k / \lVert A v_k \rVert$ encuentra el vector propio dominante; su error se multiplica por $|\lambda_2/\lambda_1|$ en cada paso. El cociente de Rayleigh $v_k^\top A v_k$ da el valor propio.
- Una cadena de Markov con matriz de transición $P$ tiene una distribución estacionaria $\pi^\top P = \pi^\top$: un vector propio de $P^\top$ con valor propio 1, normalizado para que sume 1.
""",
        en=r"""
## 8. Summary

- An eigenvector is a direction that $A$ only stretches: $A v = \lambda v$ with $v \neq 0$. The line counts, not the length or the sign.
- The eigenvalues are the roots of $\det(A - \lambda I) = 0$; for $2 \times 2$, $\lambda^2 - \operatorname{tr}(A)\,\lambda + \det A = 0$, with $\operatorname{tr} A = \lambda_1 + \lambda_2$ and $\det A = \lambda_1 \lambda_2$. The discriminant says whether there are two real ones, a repeated one or two complex ones (a rotation).
- With $n$ independent eigenvectors, $A = V \Lambda V^{-1}$ and $A^k = V \Lambda^k V^{-1}$. A shear is defective: it lacks eigenvectors and cannot be diagonalised.
- A symmetric matrix has real eigenvalues and orthonormal eigenvectors: $A = Q \Lambda Q^\top$. On a bowl $\tfrac{1}{2} x^\top H x$, gradient descent converges if and only if $0 < \eta < 2/\lambda_{\max}(H)$, and the direction in charge is an eigenvector, not an axis.
- Power iteration $v_{k+1} = A v_k / \lVert A v_k \rVert$ finds the dominant eigenvector; its error is multiplied by $|\lambda_2/\lambda_1|$ at each step. The Rayleigh quotient $v_k^\top A v_k$ gives the eigenvalue.
- A Markov chain with transition matrix $P$ has a stationary distribution $\pi^\top P = \pi^\top$: an eigenvector of $P^\top$ with eigenvalue 1, normalised to sum to 1.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 9. Para seguir: recursos

La guía de estudio no trae recursos de álgebra lineal; lo único que ofrece para este tema es
su mapa de las matemáticas. Para ver estas ideas animadas, busca el capítulo sobre vectores y valores
propios de la serie *Essence of linear algebra* de 3Blue1Brown (en inglés).
""",
        en=r"""
## 9. Keep going: resources

The study guide has no resources on linear algebra: all it offers here is its map of
mathematics. To see these ideas animated, look for the chapter on eigenvectors and
eigenvalues in 3Blue1Brown's *Essence of linear algebra* series.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.resources("eigenvalues-eigenvectors", lang)
    return


if __name__ == "__main__":
    app.run()
