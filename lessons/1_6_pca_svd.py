import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 1.6")


@app.cell(hide_code=True)
def _():
    import marimo as mo
    import numpy as np

    from gradiente.course.kit import Kit
    from gradiente.datasets import load_digits, load_iris, load_wine
    from gradiente.linalg import PCA, eig, svd
    from gradiente.stats import correlation, covariance

    kit = Kit()
    plt = kit.pyplot()
    from matplotlib.collections import LineCollection

    return LineCollection, PCA, correlation, covariance, eig, kit, load_digits, load_iris, load_wine, mo, np, plt, svd


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
    kit.header("pca-svd", lang)
    return


@app.cell(hide_code=True)
def _(load_digits, load_iris, load_wine):
    # The three data sets of the lesson (they ship with gradiente, offline).
    iris = load_iris()
    wine = load_wine()
    digits = load_digits()
    return digits, iris, wine


@app.cell(hide_code=True)
def _(digits, iris, kit, lang, wine):
    _pixels, _measures, _analyses = digits.data.shape[1], iris.data.shape[1], wine.data.shape[1]
    kit.text(
        lang,
        es=rf"""
Una imagen de un dígito escrito a mano tiene {_pixels} píxeles; una flor de iris, {_measures}
medidas; un vino, {_analyses} análisis químicos. No puedes dibujar {_analyses} dimensiones, pero casi nunca hace falta:
las variables se mueven juntas, y unas pocas direcciones bien elegidas cuentan casi toda la
historia. El **análisis de componentes principales** (PCA) encuentra esas direcciones, y la
**descomposición en valores singulares** (SVD) es la herramienta con que se calculan. En
esta lección las construyes a partir de la matriz de covarianza y de los valores propios de
la lección 1.5, y las usas con datos reales.

**Al terminar podrás:**

- calcular la matriz de covarianza muestral de datos centrados y leer en ella varianzas, covarianzas y correlaciones;
- explicar por qué la dirección $w$ (con $\lVert w \rVert = 1$) que maximiza la varianza proyectada $w^\top C w$ es el vector propio de $C$ con el mayor valor propio;
- calcular la SVD $X_c = U \Sigma V^\top$ y conectarla con PCA: las componentes son las filas de $V^\top$, las varianzas son $\sigma_i^2/(n-1)$ y las coordenadas son $U\Sigma$;
- comprimir imágenes con la mejor aproximación de rango $k$ y decidir cuántas componentes guardar con la varianza explicada;
- decidir cuándo estandarizar antes de PCA.
""",
        en=rf"""
An image of a handwritten digit has {_pixels} pixels; an iris flower, {_measures} measurements;
a wine, {_analyses} chemical analyses. You cannot draw {_analyses} dimensions, but you rarely need to: the variables move
together, and a few well-chosen directions tell almost the whole story. **Principal
component analysis** (PCA) finds those directions, and the **singular value decomposition**
(SVD) is the tool that computes them. In this lesson you build both from the covariance
matrix and the eigenvalues of lesson 1.5, and you use them on real data.

**By the end you will be able to:**

- compute the sample covariance matrix of centred data and read variances, covariances and correlations in it;
- explain why the direction $w$ (with $\lVert w \rVert = 1$) that maximises the projected variance $w^\top C w$ is the eigenvector of $C$ with the largest eigenvalue;
- compute the SVD $X_c = U \Sigma V^\top$ and connect it with PCA: the components are the rows of $V^\top$, the variances are $\sigma_i^2/(n-1)$ and the coordinates are $U\Sigma$;
- compress images with the best rank-$k$ approximation, and choose how many components to keep from the explained variance;
- decide when to standardise before PCA.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 0. ¿Para qué sirve en machine learning?

- **Ver los datos.** Proyectar sobre las dos primeras componentes da la mejor gráfica plana
  de unos datos de muchas dimensiones (en el sentido de la varianza, que precisarás en la sección 2).
- **Comprimir y quitar ruido.** Guardar $k$ componentes en lugar de $d$ variables reduce la
  memoria y el tiempo de los modelos que vienen después, y las direcciones de poca varianza
  suelen ser sobre todo ruido.
- **La SVD está en todas partes.** Resuelve mínimos cuadrados aunque $X^\top X$ no tenga
  inversa (lección 4.1), mide el número de condición (lección 1.4), y las aproximaciones de
  rango bajo son la idea detrás de los sistemas de recomendación y de LoRA, la técnica que
  ajusta modelos de lenguaje grandes entrenando solo matrices de rango bajo.

Convención de esta lección (la de todo el curso): `X` tiene forma `(n_samples, n_features)`,
una fila por muestra y una columna por variable; escribimos $n$ y $d$.
""",
        en=r"""
## 0. What is it for in machine learning?

- **Seeing the data.** Projecting onto the first two components gives the best flat picture
  of high-dimensional data (in the sense of variance, which you will make precise in section 2).
- **Compressing and denoising.** Keeping $k$ components instead of $d$ variables saves memory
  and time in the models that come next, and the directions of little variance are often
  mostly noise.
- **The SVD is everywhere.** It solves least squares even when $X^\top X$ has no inverse
  (lesson 4.1), it measures the condition number (lesson 1.4), and low-rank approximations
  are the idea behind recommender systems and behind LoRA, the technique that fine-tunes large
  language models by training only low-rank matrices.

Convention for this lesson (and the whole course): `X` has shape `(n_samples, n_features)`,
one row per sample and one column per variable; we write $n$ and $d$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 1. La matriz de covarianza

Empieza por una variable, la columna $j$ de $X$. Su media es $\bar{x}_j$ y su **varianza
muestral** es el promedio de los cuadrados de las desviaciones,

$$
s_j^2 = \frac{1}{n-1}\sum_{i=1}^{n} \left(x_{ij} - \bar{x}_j\right)^2
$$

Para dos variables $j$ y $k$, la **covarianza** promedia el *producto* de las desviaciones:

$$
s_{jk} = \frac{1}{n-1}\sum_{i=1}^{n} \left(x_{ij} - \bar{x}_j\right)\left(x_{ik} - \bar{x}_k\right)
$$

Si las dos tienden a estar por encima de su media a la vez (o por debajo a la vez), los
productos son casi todos positivos y $s_{jk} > 0$; si cuando una sube la otra baja,
$s_{jk} < 0$. Con todas las variables a la vez: resta a cada columna su media (los **datos
centrados** $X_c = X - \bar{x}$, con $\bar{x}$ restado a cada fila) y multiplica:

$$
C = \frac{X_c^\top X_c}{n-1}
$$

La entrada $(j, k)$ de $X_c^\top X_c$ es justo la suma de arriba, así que $C_{jk} = s_{jk}$ y
en la diagonal quedan las varianzas, $C_{jj} = s_j^2$. $C$ es simétrica, de forma $(d, d)$.

**¿$n$ o $n - 1$?** Dividir entre $n - 1$ (`ddof=1`, lo que hace `np.cov`) da la covarianza
*muestral*, la que se usa en PCA y en las pruebas $t$; dividir entre $n$ (`ddof=0`, lo que
hacen `np.var` y `np.std` por defecto) da la de máxima verosimilitud. Cada ejercicio dice cuál
quiere. La covarianza depende de las unidades; la **correlación**
$r_{jk} = s_{jk} / (s_j\,s_k)$ no, y siempre está entre $-1$ y $1$.

Con la biblioteca del curso, en las flores de iris:
""",
        en=r"""
## 1. The covariance matrix

Start with one variable, column $j$ of $X$. Its mean is $\bar{x}_j$ and its **sample
variance** is the average of the squared deviations,

$$
s_j^2 = \frac{1}{n-1}\sum_{i=1}^{n} \left(x_{ij} - \bar{x}_j\right)^2
$$

For two variables $j$ and $k$, the **covariance** averages the *product* of the deviations:

$$
s_{jk} = \frac{1}{n-1}\sum_{i=1}^{n} \left(x_{ij} - \bar{x}_j\right)\left(x_{ik} - \bar{x}_k\right)
$$

If both tend to be above their means together (or below together), the products are mostly
positive and $s_{jk} > 0$; if one goes up when the other goes down, $s_{jk} < 0$. With every
variable at once: subtract each column's mean (the **centred data** $X_c = X - \bar{x}$, with
$\bar{x}$ subtracted from every row) and multiply:

$$
C = \frac{X_c^\top X_c}{n-1}
$$

Entry $(j, k)$ of $X_c^\top X_c$ is exactly the sum above, so $C_{jk} = s_{jk}$, and the
diagonal holds the variances, $C_{jj} = s_j^2$. $C$ is symmetric, of shape $(d, d)$.

**$n$ or $n - 1$?** Dividing by $n - 1$ (`ddof=1`, what `np.cov` does) gives the *sample*
covariance, the one used in PCA and in $t$-tests; dividing by $n$ (`ddof=0`, the default of
`np.var` and `np.std`) gives the maximum-likelihood one. Each exercise says which it wants.
Covariance depends on the units; the **correlation** $r_{jk} = s_{jk} / (s_j\,s_k)$ does not,
and it always lies between $-1$ and $1$.

With the course's library, on the iris flowers:
""",
    )
    return


@app.cell(hide_code=True)
def _(correlation, covariance, iris, mo, np):
    X_iris = iris.data  # (150, 4): sepal length, sepal width, petal length, petal width, in cm
    C_iris = covariance(X_iris)  # gradiente.stats: rows are samples, ddof=1
    R_iris = correlation(X_iris)  # each covariance divided by the two standard deviations
    same_as_numpy = np.allclose(C_iris, np.cov(X_iris, rowvar=False))
    mo.show_code()
    return C_iris, R_iris, X_iris, same_as_numpy


@app.cell(hide_code=True)
def _(C_iris, R_iris, X_iris, iris, kit, lang, np, same_as_numpy):
    _names_es = ["largo del sépalo", "ancho del sépalo", "largo del pétalo", "ancho del pétalo"]
    _names_en = ["sepal length", "sepal width", "petal length", "petal width"]
    _names = _names_es if lang == "es" else _names_en
    _d = X_iris.shape[1]

    def _table(M):
        _head = "| | " + " | ".join(_names) + " |\n|---|" + "---|" * _d + "\n"
        return _head + "\n".join(
            f"| **{_names[_i]}** | " + " | ".join(f"{M[_i, _j]:.3f}" for _j in range(_d)) + " |" for _i in range(_d)
        )

    _off = np.triu(np.ones((_d, _d), dtype=bool), 1)
    _pairs = np.argwhere(_off)
    _top = _pairs[np.argmax(R_iris[_off])]
    _low = _pairs[np.argmin(R_iris[_off])]
    _widest = int(np.argmax(np.diagonal(C_iris)))
    assert list(iris.feature_names) == [
        "sepal length (cm)",
        "sepal width (cm)",
        "petal length (cm)",
        "petal width (cm)",
    ]
    kit.text(
        lang,
        es=f"""
`same_as_numpy` es `{same_as_numpy}`: la misma matriz que `np.cov(X_iris, rowvar=False)`.

**Covarianza** $C$ (cm²):

{_table(C_iris)}

**Correlación** $R$ (sin unidades):

{_table(R_iris)}

Léela así: la mayor varianza es la del {_names[_widest]} ({C_iris[_widest, _widest]:.3f} cm²,
una desviación estándar de {np.sqrt(C_iris[_widest, _widest]):.2f} cm). La correlación más
fuerte es entre el {_names[_top[0]]} y el {_names[_top[1]]}, $r$ = {R_iris[tuple(_top)]:.3f}:
las flores de pétalos largos los tienen también anchos. Y la más negativa, entre el
{_names[_low[0]]} y el {_names[_low[1]]}, $r$ = {R_iris[tuple(_low)]:.3f}.
""",
        en=f"""
`same_as_numpy` is `{same_as_numpy}`: the same matrix as `np.cov(X_iris, rowvar=False)`.

**Covariance** $C$ (cm²):

{_table(C_iris)}

**Correlation** $R$ (no units):

{_table(R_iris)}

Read it like this: the largest variance is that of {_names[_widest]}
({C_iris[_widest, _widest]:.3f} cm², a standard deviation of
{np.sqrt(C_iris[_widest, _widest]):.2f} cm). The strongest correlation is between
{_names[_top[0]]} and {_names[_top[1]]}, $r$ = {R_iris[tuple(_top)]:.3f}: flowers with long
petals have wide ones too. And the most negative, between {_names[_low[0]]} and
{_names[_low[1]]}, $r$ = {R_iris[tuple(_low)]:.3f}.
""",
    )
    return


@app.cell(hide_code=True)
def _(X_iris, np):
    # The two petal measurements, centred: the 2-D data of sections 1 and 2.
    petals = X_iris[:, 2:4]
    petals_c = petals - petals.mean(axis=0)
    C_petals = petals_c.T @ petals_c / (len(petals) - 1)
    products = petals_c[:, 0] * petals_c[:, 1]  # the terms of the covariance sum
    return C_petals, petals_c, products


@app.cell(hide_code=True)
def _(C_petals, kit, lang, np, petals_c, plt, products):
    _fig, _ax = plt.subplots(figsize=(7.2, 4.2))
    _ax.axhline(0, color="0.6", lw=0.8)
    _ax.axvline(0, color="0.6", lw=0.8)
    _positive = products > 0
    _ax.scatter(
        *petals_c[_positive].T,
        s=16,
        color="tab:blue",
        label=kit.say(lang, es="producto > 0", en="product > 0") + f" ({int(_positive.sum())})",
    )
    _ax.scatter(
        *petals_c[~_positive].T,
        s=16,
        color="tab:orange",
        label=kit.say(lang, es="producto ≤ 0", en="product ≤ 0") + f" ({int((~_positive).sum())})",
    )
    _ax.set_xlabel(kit.say(lang, es="largo del pétalo − media (cm)", en="petal length − mean (cm)"))
    _ax.set_ylabel(kit.say(lang, es="ancho del pétalo − media (cm)", en="petal width − mean (cm)"))
    _ax.set_title(
        kit.say(
            lang,
            es=f"Iris centrado: covarianza = {C_petals[0, 1]:.3f} cm²",
            en=f"Centred iris: covariance = {C_petals[0, 1]:.3f} cm²",
        )
    )
    _ax.legend(loc="upper left", fontsize=9)
    _ax.set_aspect("equal")
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang, np, products):
    kit.text(
        lang,
        es=rf"""
Cada punto es una flor, con el largo y el ancho del pétalo centrados (el origen es la flor
promedio). Los puntos azules están en los cuadrantes donde las dos desviaciones tienen el mismo
signo y aportan un producto positivo a la suma; los naranjas restan. La suma de los
{len(products)} productos, dividida entre $n - 1$, es la covarianza del título: positiva y
grande porque casi toda la nube está en los cuadrantes azules. La suma de los productos
positivos es {products[products > 0].sum():.1f}; la de los negativos, {products[products < 0].sum():.1f}.
""",
        en=rf"""
Each point is a flower, with petal length and width centred (the origin is the average
flower). The blue points sit in the quadrants where both deviations have the same sign and add
a positive product to the sum; the orange ones subtract. The sum of the {len(products)}
products, divided by $n - 1$, is the covariance in the title: positive and large because
almost the whole cloud is in the blue quadrants. The positive products add up to
{products[products > 0].sum():.1f}; the negative ones, to {products[products < 0].sum():.1f}.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_covariance_matrix = kit.exercise("covariance_matrix", lang)
    ex_covariance_matrix
    return (ex_covariance_matrix,)


@app.cell(hide_code=True)
def _(ex_covariance_matrix, kit):
    kit.feedback(ex_covariance_matrix)
    return


@app.cell(hide_code=True)
def _(ex_covariance_matrix, kit):
    kit.hints(ex_covariance_matrix)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 2. La dirección de mayor varianza

Elige una dirección, un vector unitario $w$ ($\lVert w \rVert = 1$), y proyecta cada punto
centrado sobre ella: la coordenada de la fila $x_i$ de $X_c$ a lo largo de $w$ es el producto
punto $z_i = x_i^\top w$ (lección 1.1), y todas juntas son $z = X_c w$. Como los datos están
centrados, las $z_i$ tienen media 0, y su varianza es

$$
\frac{1}{n-1}\sum_{i=1}^{n} z_i^2 = \frac{(X_c w)^\top (X_c w)}{n-1} = w^\top \frac{X_c^\top X_c}{n-1}\, w = w^\top C\, w
$$

La matriz de covarianza guarda, entonces, la varianza en *todas* las direcciones a la vez. La
pregunta de PCA es: ¿qué dirección $w$ hace más grande $w^\top C w$? Gira la recta y míralo.
""",
        en=r"""
## 2. The direction of largest variance

Pick a direction, a unit vector $w$ ($\lVert w \rVert = 1$), and project every centred point
onto it: the coordinate of row $x_i$ of $X_c$ along $w$ is the dot product $z_i = x_i^\top w$
(lesson 1.1), and all of them together are $z = X_c w$. Since the data are centred, the $z_i$
have mean 0, and their variance is

$$
\frac{1}{n-1}\sum_{i=1}^{n} z_i^2 = \frac{(X_c w)^\top (X_c w)}{n-1} = w^\top \frac{X_c^\top X_c}{n-1}\, w = w^\top C\, w
$$

So the covariance matrix holds the variance in *every* direction at once. PCA's question is:
which direction $w$ makes $w^\top C w$ largest? Turn the line and see.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    theta_slider = mo.ui.slider(
        0,
        179,
        step=1,
        value=100,
        show_value=True,
        label=kit.say(lang, es="Ángulo de la dirección $w$ (grados)", en="Angle of the direction $w$ (degrees)"),
    )
    theta_slider
    return (theta_slider,)


@app.cell(hide_code=True)
def _(C_petals, eig, np):
    # The eigenvectors of the petals' covariance: where the variance curve peaks and bottoms out.
    petal_values, petal_vectors = eig(C_petals)  # ascending
    _v1 = petal_vectors[:, 1] * np.sign(petal_vectors[np.argmax(np.abs(petal_vectors[:, 1])), 1])
    pc1_angle = float(np.degrees(np.arctan2(_v1[1], _v1[0])) % 180)
    pc2_angle = (pc1_angle + 90) % 180
    angles = np.arange(0, 180.5, 0.5)
    _W = np.column_stack([np.cos(np.radians(angles)), np.sin(np.radians(angles))])
    variance_curve = np.einsum("ij,jk,ik->i", _W, C_petals, _W)  # wᵀ C w for every angle
    return angles, pc1_angle, pc2_angle, petal_values, variance_curve


@app.cell(hide_code=True)
def _(C_petals, np, petals_c, theta_slider):
    # Small pure cell: the direction chosen and the variance of the projections onto it.
    w = np.array([np.cos(np.radians(theta_slider.value)), np.sin(np.radians(theta_slider.value))])
    z = petals_c @ w  # coordinates along w
    projected_variance = float(z @ z / (len(z) - 1))
    quadratic_form = float(w @ C_petals @ w)
    return projected_variance, quadratic_form, w, z


@app.cell(hide_code=True)
def _(
    LineCollection,
    angles,
    kit,
    lang,
    np,
    pc1_angle,
    pc2_angle,
    petal_values,
    petals_c,
    plt,
    projected_variance,
    theta_slider,
    variance_curve,
    w,
    z,
):
    _fig, (_ax, _ax2) = plt.subplots(1, 2, figsize=(10, 4.1), gridspec_kw={"width_ratios": [1.15, 1], "wspace": 0.28})
    _line = np.outer([-4.5, 4.5], w)
    _ax.plot(*_line.T, color="tab:red", lw=1.8)
    _feet = np.outer(z, w)  # the projections, as points on the line
    # one segment from every third point to its projection, drawn as a single collection (fast)
    _ax.add_collection(LineCollection(np.stack([petals_c[::3], _feet[::3]], axis=1), colors="0.75", linewidths=0.6))
    _ax.scatter(*petals_c.T, s=12, color="tab:blue", zorder=3)
    _ax.scatter(*_feet.T, s=9, color="tab:red", zorder=4)
    _ax.set_xlim(-3.6, 3.6)
    _ax.set_ylim(-2.2, 2.2)
    _ax.set_aspect("equal")
    _ax.set_xlabel(kit.say(lang, es="largo del pétalo − media (cm)", en="petal length − mean (cm)"))
    _ax.set_ylabel(kit.say(lang, es="ancho del pétalo − media (cm)", en="petal width − mean (cm)"))
    _ax.set_title(
        kit.say(
            lang,
            es=f"θ = {theta_slider.value}°: varianza de las proyecciones {projected_variance:.3f}",
            en=f"θ = {theta_slider.value}°: variance of the projections {projected_variance:.3f}",
        ),
        fontsize=10,
    )
    _ax2.plot(angles, variance_curve, color="black", lw=2)
    _ax2.axvline(
        pc1_angle,
        color="tab:green",
        ls="--",
        lw=1.2,
        label=kit.say(lang, es="máximo", en="maximum") + f": λ₁ = {petal_values[1]:.3f}",
    )
    _ax2.axvline(
        pc2_angle,
        color="tab:purple",
        ls=":",
        lw=1.5,
        label=kit.say(lang, es="mínimo", en="minimum") + f": λ₂ = {petal_values[0]:.3f}",
    )
    _ax2.plot([theta_slider.value], [projected_variance], "o", color="tab:red", ms=8)
    _ax2.set_xlabel(kit.say(lang, es="θ (grados)", en="θ (degrees)"))
    _ax2.set_ylabel("wᵀ C w (cm²)")  # plain text: mathtext costs more to draw than the rest
    _ax2.set_xlim(0, 180)
    _ax2.set_xticks([0, 45, 90, 135, 180])
    _ax2.legend(loc="upper right", fontsize=9)
    _ax2.set_title(kit.say(lang, es="Varianza según la dirección", en="Variance by direction"), fontsize=10)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang, np, pc1_angle, pc2_angle, petal_values, projected_variance, quadratic_form):
    _share = petal_values[1] / petal_values.sum()
    kit.text(
        lang,
        es=rf"""
La varianza de las proyecciones rojas ({projected_variance:.4f}) y la fórmula $w^\top C w$
({quadratic_form:.4f}) dan lo mismo en cualquier ángulo. La curva sube y baja una sola vez por
media vuelta: su máximo está en θ ≈ {pc1_angle:.1f}°, justo a lo largo de la nube, y su mínimo
a 90° de ahí, en θ ≈ {pc2_angle:.1f}°. Los dos valores extremos, {petal_values[1]:.4f} y
{petal_values[0]:.4f}, son los **valores propios** de $C$, y las dos direcciones, sus **vectores
propios**. La primera dirección sola guarda el {100 * _share:.1f} % de la varianza total.

**Por qué el máximo es el vector propio principal.** $C$ es simétrica, así que (teorema
espectral, lección 1.5) tiene vectores propios ortonormales $v_1, \dots, v_d$ con valores propios
reales $\lambda_1 \ge \dots \ge \lambda_d$, y todos son $\ge 0$ porque $w^\top C w$ es una varianza.
Escribe cualquier $w$ unitario en esa base, $w = c_1 v_1 + \dots + c_d v_d$ con
$c_1^2 + \dots + c_d^2 = 1$. Entonces

$$
w^\top C\, w = \lambda_1 c_1^2 + \lambda_2 c_2^2 + \dots + \lambda_d c_d^2 \;\le\; \lambda_1 \left(c_1^2 + \dots + c_d^2\right) = \lambda_1
$$

y la igualdad se alcanza con $w = v_1$. Es decir,

$$
\max_{{\lVert w \rVert = 1}} w^\top C\, w = \lambda_1
$$

y el mínimo es $\lambda_d$, en $v_d$. En la lección 3.4 llegarás a lo mismo con
multiplicadores de Lagrange: la condición de óptimo de $w^\top C w$ con la restricción
$w^\top w = 1$ es justamente $C w = \lambda w$.
""",
        en=rf"""
The variance of the red projections ({projected_variance:.4f}) and the formula $w^\top C w$
({quadratic_form:.4f}) agree at any angle. The curve rises and falls once per half turn: its
maximum is at θ ≈ {pc1_angle:.1f}°, right along the cloud, and its minimum 90° away, at
θ ≈ {pc2_angle:.1f}°. The two extreme values, {petal_values[1]:.4f} and {petal_values[0]:.4f},
are the **eigenvalues** of $C$, and the two directions are its **eigenvectors**. The first
direction alone holds {100 * _share:.1f} % of the total variance.

**Why the maximum is the top eigenvector.** $C$ is symmetric, so (spectral theorem, lesson 1.5)
it has orthonormal eigenvectors $v_1, \dots, v_d$ with real eigenvalues
$\lambda_1 \ge \dots \ge \lambda_d$, all $\ge 0$ because $w^\top C w$ is a variance. Write any
unit $w$ in that basis, $w = c_1 v_1 + \dots + c_d v_d$ with $c_1^2 + \dots + c_d^2 = 1$. Then

$$
w^\top C\, w = \lambda_1 c_1^2 + \lambda_2 c_2^2 + \dots + \lambda_d c_d^2 \;\le\; \lambda_1 \left(c_1^2 + \dots + c_d^2\right) = \lambda_1
$$

with equality for $w = v_1$. That is,

$$
\max_{{\lVert w \rVert = 1}} w^\top C\, w = \lambda_1
$$

and the minimum is $\lambda_d$, at $v_d$. In lesson 3.4 you will reach the same answer with
Lagrange multipliers: the optimality condition of $w^\top C w$ under the constraint
$w^\top w = 1$ is exactly $C w = \lambda w$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 3. PCA: todas las direcciones, en orden

La primera **componente principal** es $v_1$. La segunda es la dirección de mayor varianza
entre las perpendiculares a $v_1$, y el mismo argumento (con $c_1 = 0$) dice que es $v_2$; y así
sucesivamente. PCA es, entonces, diagonalizar la covarianza:

$$
C = V \Lambda V^\top, \qquad \Lambda = \operatorname{diag}(\lambda_1, \dots, \lambda_d), \quad \lambda_1 \ge \dots \ge \lambda_d \ge 0
$$

- Las **componentes** son las columnas de $V$ (en código, como en scikit-learn y en
  `gradiente.linalg.PCA`, se guardan como *filas*: `components_` tiene forma `(k, d)`).
- Las **coordenadas** (o *scores*) de los datos en las $k$ primeras componentes son
  $Z = X_c V_k$, de forma $(n, k)$: la varianza de la columna $i$ de $Z$ es $\lambda_i$, y las
  columnas no están correlacionadas entre sí.
- La **varianza total** es la suma de las varianzas de las variables, $\operatorname{tr}(C)$, y
  también $\lambda_1 + \dots + \lambda_d$ (la traza es la suma de los valores propios). La
  **proporción de varianza explicada** por la componente $i$ es $\lambda_i / \sum_j \lambda_j$.
- **El signo es arbitrario**: si $v$ es vector propio, $-v$ también. Para que los resultados se
  puedan comparar, fijamos el de cada componente de modo que su entrada más grande en valor
  absoluto sea positiva (la regla de `gradiente.linalg.PCA`).

Con las cuatro medidas de iris:
""",
        en=r"""
## 3. PCA: every direction, in order

The first **principal component** is $v_1$. The second is the direction of largest variance
among those perpendicular to $v_1$, and the same argument (with $c_1 = 0$) says it is $v_2$; and
so on. So PCA is diagonalising the covariance:

$$
C = V \Lambda V^\top, \qquad \Lambda = \operatorname{diag}(\lambda_1, \dots, \lambda_d), \quad \lambda_1 \ge \dots \ge \lambda_d \ge 0
$$

- The **components** are the columns of $V$ (in code, as in scikit-learn and in
  `gradiente.linalg.PCA`, they are stored as *rows*: `components_` has shape `(k, d)`).
- The **coordinates** (or *scores*) of the data on the first $k$ components are $Z = X_c V_k$,
  of shape $(n, k)$: the variance of column $i$ of $Z$ is $\lambda_i$, and the columns are
  uncorrelated with each other.
- The **total variance** is the sum of the variables' variances, $\operatorname{tr}(C)$, and also
  $\lambda_1 + \dots + \lambda_d$ (the trace is the sum of the eigenvalues). The **explained
  variance ratio** of component $i$ is $\lambda_i / \sum_j \lambda_j$.
- **The sign is arbitrary**: if $v$ is an eigenvector, so is $-v$. To make results comparable,
  we fix each component's sign so that its entry largest in absolute value is positive (the rule
  of `gradiente.linalg.PCA`).

With the four iris measurements:
""",
    )
    return


@app.cell(hide_code=True)
def _(C_iris, X_iris, eig, mo, np):
    values, vectors = eig(C_iris)  # gradiente.linalg.eig: ascending, like np.linalg.eigh
    order = np.argsort(values)[::-1]  # largest variance first
    lambdas, V = values[order], vectors[:, order]
    Z_iris = (X_iris - X_iris.mean(axis=0)) @ V  # the scores, (150, 4)
    ratios_iris = lambdas / lambdas.sum()
    mo.show_code()
    return V, Z_iris, lambdas, ratios_iris


@app.cell(hide_code=True)
def _(C_iris, Z_iris, covariance, kit, lang, lambdas, np, ratios_iris):
    _C_Z = covariance(Z_iris)
    _off = np.abs(_C_Z - np.diag(np.diagonal(_C_Z))).max()
    _ratios = ", ".join(f"{r:.3f}" for r in ratios_iris)
    kit.text(
        lang,
        es=rf"""
Los valores propios son {", ".join(f"{v:.3f}" for v in lambdas)} y suman {lambdas.sum():.3f},
igual que la traza de $C$, {np.trace(C_iris):.3f}. Las proporciones de varianza explicada son
**{_ratios}**: la primera componente sola guarda el {100 * ratios_iris[0]:.1f} % de la varianza
de las cuatro medidas, y dos componentes, el {100 * ratios_iris[:2].sum():.1f} %. La covarianza de
las coordenadas $Z$ es diagonal (su mayor entrada fuera de la diagonal mide
${kit.tex_number(_off, 2)}$ cm², error de redondeo) con los $\lambda_i$ en la diagonal. Por eso la
gráfica de abajo, sobre las dos primeras componentes, es la mejor imagen plana de iris.
""",
        en=rf"""
The eigenvalues are {", ".join(f"{v:.3f}" for v in lambdas)} and add up to {lambdas.sum():.3f},
the same as the trace of $C$, {np.trace(C_iris):.3f}. The explained variance ratios are
**{_ratios}**: the first component alone holds {100 * ratios_iris[0]:.1f} % of the variance of
the four measurements, and two components, {100 * ratios_iris[:2].sum():.1f} %. The covariance
of the coordinates $Z$ is diagonal (its largest entry off the diagonal is
${kit.tex_number(_off, 2)}$ cm², round-off) with the $\lambda_i$ on the diagonal. That is why the
picture below, on the first two components, is the best flat image of iris.
""",
    )
    return


@app.cell(hide_code=True)
def _(V, Z_iris, iris, kit, lang, np, plt, ratios_iris):
    _fig, (_ax, _ax2) = plt.subplots(1, 2, figsize=(10, 3.9), gridspec_kw={"width_ratios": [1.5, 1], "wspace": 0.3})
    # each component's sign: its largest-|·| entry positive, as gradiente.linalg.PCA
    _signs = np.sign(V[np.argmax(np.abs(V), axis=0), np.arange(V.shape[1])])
    _Z = Z_iris * _signs
    for _c, _name in enumerate(iris.target_names):
        _ax.scatter(*_Z[iris.target == _c, :2].T, s=14, label=str(_name))
    _ax.set_xlabel(kit.say(lang, es="componente 1 (cm)", en="component 1 (cm)"))
    _ax.set_ylabel(kit.say(lang, es="componente 2 (cm)", en="component 2 (cm)"))
    _ax.set_title(kit.say(lang, es="Iris en sus dos primeras componentes", en="Iris on its first two components"))
    _ax.legend(fontsize=9, loc="upper center", ncol=3)
    _ax.set_ylim(_Z[:, 1].min() - 0.2, _Z[:, 1].max() + 1.0)
    _ax2.bar(np.arange(1, 5), ratios_iris, color="tab:blue")
    _ax2.plot(
        np.arange(1, 5),
        np.cumsum(ratios_iris),
        "o-",
        color="black",
        label=kit.say(lang, es="acumulada", en="cumulative"),
    )
    _ax2.set_xticks(np.arange(1, 5))
    _ax2.set_ylim(0, 1.05)
    _ax2.set_xlabel(kit.say(lang, es="componente", en="component"))
    _ax2.set_title(kit.say(lang, es="Proporción de varianza", en="Variance ratio"))
    _ax2.legend(loc="center right", fontsize=9)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 4. La descomposición en valores singulares

Toda matriz, cuadrada o no, se escribe como

$$
X_c = U\, \Sigma\, V^\top
$$

con $U$ de forma $(n, d)$ y columnas ortonormales, $\Sigma = \operatorname{diag}(\sigma_1, \dots, \sigma_d)$
con los **valores singulares** $\sigma_1 \ge \dots \ge \sigma_d \ge 0$, y $V$ de forma $(d, d)$,
ortogonal (esta es la SVD “delgada”, para $n \ge d$). Se lee como tres pasos: $V^\top$ gira, $\Sigma$
estira cada eje por su $\sigma_i$, y $U$ vuelve a girar (y acomoda el resultado en $\mathbb{R}^n$).
En la figura, una matriz $2 \times 2$ lleva el círculo unitario a una elipse: las direcciones
$v_1, v_2$ (las filas de $V^\top$) van a los semiejes $\sigma_1 u_1$ y $\sigma_2 u_2$, es decir,
$A v_i = \sigma_i u_i$.
""",
        en=r"""
## 4. The singular value decomposition

Every matrix, square or not, can be written as

$$
X_c = U\, \Sigma\, V^\top
$$

with $U$ of shape $(n, d)$ and orthonormal columns, $\Sigma = \operatorname{diag}(\sigma_1, \dots, \sigma_d)$
with the **singular values** $\sigma_1 \ge \dots \ge \sigma_d \ge 0$, and $V$ of shape $(d, d)$,
orthogonal (this is the “thin” SVD, for $n \ge d$). Read it as three steps: $V^\top$ rotates,
$\Sigma$ stretches each axis by its $\sigma_i$, and $U$ rotates again (and places the result in
$\mathbb{R}^n$). In the figure, a $2 \times 2$ matrix takes the unit circle to an ellipse: the
directions $v_1, v_2$ (the rows of $V^\top$) go to the semi-axes $\sigma_1 u_1$ and $\sigma_2 u_2$,
that is, $A v_i = \sigma_i u_i$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, np, plt, svd):
    _A = np.array([[1.6, 0.9], [0.3, 1.1]])
    _U, _S, _Vt = svd(_A)
    _t = np.linspace(0, 2 * np.pi, 200)
    _circle = np.vstack([np.cos(_t), np.sin(_t)])
    _ellipse = _A @ _circle
    _fig, (_ax, _ax2) = plt.subplots(1, 2, figsize=(9, 4.0))
    _ax.plot(*_circle, color="black", lw=1.5)
    _ax2.plot(*_ellipse, color="black", lw=1.5)
    for _i, _color in enumerate(("tab:red", "tab:blue")):
        _v = _Vt[_i]
        _ax.annotate("", xy=_v, xytext=(0, 0), arrowprops=dict(arrowstyle="->", color=_color, lw=2))
        _ax.text(*(1.15 * _v), f"$v_{_i + 1}$", color=_color, fontsize=12, ha="center", va="center")
        _u = _S[_i] * _U[:, _i]
        _ax2.annotate("", xy=_u, xytext=(0, 0), arrowprops=dict(arrowstyle="->", color=_color, lw=2))
        _ax2.text(
            *(_u + 0.25 * _u / np.linalg.norm(_u)),
            rf"$\sigma_{_i + 1} u_{_i + 1}$",
            color=_color,
            fontsize=12,
            ha="center",
            va="center",
        )
    for _axis in (_ax, _ax2):
        _axis.axhline(0, color="0.85", lw=0.8)
        _axis.axvline(0, color="0.85", lw=0.8)
        _axis.set_xlim(-2.6, 2.6)
        _axis.set_ylim(-2.2, 2.2)
        _axis.set_aspect("equal")
    _ax.set_title(kit.say(lang, es="Círculo unitario", en="Unit circle"))
    _ax2.set_title(
        kit.say(
            lang,
            es=f"Su imagen por A: σ₁ = {_S[0]:.3f}, σ₂ = {_S[1]:.3f}",
            en=f"Its image under A: σ₁ = {_S[0]:.3f}, σ₂ = {_S[1]:.3f}",
        )
    )
    _fig.suptitle(f"A = {_A.tolist()}", fontsize=10)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
**La conexión con PCA.** Multiplica $X_c^\top X_c$ usando la SVD; como $U^\top U = I$,

$$
X_c^\top X_c = V \Sigma U^\top U \Sigma V^\top = V \Sigma^2 V^\top
\qquad\Longrightarrow\qquad
C = V\, \frac{\Sigma^2}{n-1}\, V^\top
$$

Es la diagonalización de la sección 3, así que:

- las **componentes principales** son las filas de $V^\top$ (las columnas de $V$), ya en orden;
- las **varianzas** son $\lambda_i = \sigma_i^2 / (n - 1)$;
- las **coordenadas** son $Z = X_c V = U \Sigma$.

Compruébalo con `gradiente.linalg.svd` (calculada desde cero, con rotaciones de Jacobi):
""",
        en=r"""
**The connection with PCA.** Multiply $X_c^\top X_c$ using the SVD; since $U^\top U = I$,

$$
X_c^\top X_c = V \Sigma U^\top U \Sigma V^\top = V \Sigma^2 V^\top
\qquad\Longrightarrow\qquad
C = V\, \frac{\Sigma^2}{n-1}\, V^\top
$$

That is the diagonalisation of section 3, so:

- the **principal components** are the rows of $V^\top$ (the columns of $V$), already in order;
- the **variances** are $\lambda_i = \sigma_i^2 / (n - 1)$;
- the **coordinates** are $Z = X_c V = U \Sigma$.

Check it with `gradiente.linalg.svd` (computed from scratch, with Jacobi rotations):
""",
    )
    return


@app.cell(hide_code=True)
def _(PCA, X_iris, lambdas, mo, np, svd):
    Xc_iris = X_iris - X_iris.mean(axis=0)
    U_iris, S_iris, Vt_iris = svd(Xc_iris)  # Xc = U diag(S) Vt; U (150, 4), S (4,), Vt (4, 4)
    n_iris = len(X_iris)
    variances_match = np.allclose(S_iris**2 / (n_iris - 1), lambdas)  # λᵢ = σᵢ²/(n − 1)
    components_match = np.allclose(Vt_iris, PCA().fit(X_iris).components_)  # same sign rule
    scores_match = np.allclose(U_iris * S_iris, Xc_iris @ Vt_iris.T)  # U Σ = Xc V
    mo.show_code()
    return S_iris, components_match, scores_match, variances_match


@app.cell(hide_code=True)
def _(S_iris, components_match, eig, kit, lang, np, scores_match, svd, variances_match):
    # Why libraries use the SVD and not eig(XᵀX): a matrix with σ₁ = 1 and σ₂ = 10⁻⁹.
    _angle = 0.6
    _R = np.array([[np.cos(_angle), -np.sin(_angle)], [np.sin(_angle), np.cos(_angle)]])
    _small, _eps = 1e-9, np.finfo(float).eps
    _B = _R @ np.diag([1.0, _small]) @ _R.T
    _by_svd = svd(_B)[1][1]
    _by_eig = np.sqrt(np.abs(eig(_B.T @ _B)[0][0]))
    kit.text(
        lang,
        es=rf"""
Las tres comprobaciones dan `{variances_match}`, `{components_match}` y `{scores_match}`. Los
valores singulares de iris centrado son {", ".join(f"{s:.3f}" for s in S_iris)}.

**¿Por qué la SVD y no los valores propios de $X_c^\top X_c$?** Dan lo mismo en teoría, pero al
formar $X_c^\top X_c$ se elevan al cuadrado los valores singulares, y con ellos el número de
condición (lección 1.4): una dirección con $\sigma = {kit.tex_number(_small)}$ junto a otra con
$\sigma = 1$ pasa a tener $\lambda = {kit.tex_number(_small**2)}$, por debajo del redondeo de los
números de 64 bits (${kit.tex_number(_eps, 2)}$ relativo a 1). Con una matriz $B$ de $2 \times 2$
y valores singulares 1 y ${kit.tex_number(_small)}$: la SVD da $\sigma_2$ = ${kit.tex_number(_by_svd, 6)}$ (error relativo
${kit.tex_number(abs(_by_svd - _small) / _small, 2)}$), y la raíz del valor propio de $B^\top B$ da
${kit.tex_number(_by_eig, 3)}$ (error relativo {abs(_by_eig - _small) / _small:.1f}: ni una cifra correcta). Por eso PCA, `np.linalg.lstsq` y
`np.linalg.pinv` usan la SVD.
""",
        en=rf"""
The three checks give `{variances_match}`, `{components_match}` and `{scores_match}`. The
singular values of centred iris are {", ".join(f"{s:.3f}" for s in S_iris)}.

**Why the SVD and not the eigenvalues of $X_c^\top X_c$?** In theory they agree, but forming
$X_c^\top X_c$ squares the singular values, and with them the condition number (lesson 1.4): a
direction with $\sigma = {kit.tex_number(_small)}$ next to one with $\sigma = 1$ ends up with
$\lambda = {kit.tex_number(_small**2)}$, below the round-off of 64-bit numbers
(${kit.tex_number(_eps, 2)}$ relative to 1). With a $2 \times 2$ matrix $B$ with singular values
1 and ${kit.tex_number(_small)}$: the SVD gives
$\sigma_2$ = ${kit.tex_number(_by_svd, 6)}$ (relative error
${kit.tex_number(abs(_by_svd - _small) / _small, 2)}$), and the square root of the eigenvalue of
$B^\top B$ gives ${kit.tex_number(_by_eig, 3)}$ (relative error {abs(_by_eig - _small) / _small:.1f}: not one
correct digit). That is why PCA, `np.linalg.lstsq` and `np.linalg.pinv` use
the SVD.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_pca_components = kit.exercise("pca_components", lang)
    ex_pca_components
    return (ex_pca_components,)


@app.cell(hide_code=True)
def _(ex_pca_components, kit):
    kit.feedback(ex_pca_components)
    return


@app.cell(hide_code=True)
def _(ex_pca_components, kit):
    kit.hints(ex_pca_components)
    return


@app.cell(hide_code=True)
def _(digits, kit, lang):
    _n, _h, _w = digits.images.shape
    _d, _low, _high = digits.data.shape[1], digits.data.min(), digits.data.max()
    kit.text(
        lang,
        es=rf"""
## 5. La mejor aproximación de rango $k$: comprimir dígitos

Multiplicando por bloques, la SVD es una suma de $d$ matrices de rango 1, cada una con su peso:

$$
X_c = \sigma_1 u_1 v_1^\top + \sigma_2 u_2 v_2^\top + \dots + \sigma_d u_d v_d^\top
$$

Quédate con las $k$ primeras:

$$
X_k = U_k \Sigma_k V_k^\top = \sum_{{i=1}}^{{k}} \sigma_i u_i v_i^\top
$$

($U_k$: las primeras $k$ columnas de $U$; $V_k^\top$: las primeras $k$ filas de $V^\top$). El
**teorema de Eckart–Young** dice que ninguna matriz de rango $k$ está más cerca de $X_c$ en la
norma de Frobenius (la raíz de la suma de los cuadrados de las entradas), y que el error es
exactamente lo que se tiró:

$$
\lVert X_c - X_k \rVert_F^2 = \sigma_{{k+1}}^2 + \dots + \sigma_d^2
$$

En los datos, cada fila de $X_k$ más la media es la muestra reconstruida con solo $k$ números, sus
coordenadas $z_1, \dots, z_k$: $\hat{{x}} = \bar{{x}} + z_1 v_1 + \dots + z_k v_k$. Los dígitos son
{_n} imágenes de ${_h} \times {_w}$ píxeles ({_d} variables, con tonos de {_low:g} a {_high:g}). Elige
una imagen y cuántas componentes guardar:
""",
        en=rf"""
## 5. The best rank-$k$ approximation: compressing digits

Multiplying by blocks, the SVD is a sum of $d$ rank-1 matrices, each with its weight:

$$
X_c = \sigma_1 u_1 v_1^\top + \sigma_2 u_2 v_2^\top + \dots + \sigma_d u_d v_d^\top
$$

Keep the first $k$:

$$
X_k = U_k \Sigma_k V_k^\top = \sum_{{i=1}}^{{k}} \sigma_i u_i v_i^\top
$$

($U_k$: the first $k$ columns of $U$; $V_k^\top$: the first $k$ rows of $V^\top$). The
**Eckart–Young theorem** says that no rank-$k$ matrix is closer to $X_c$ in the Frobenius norm
(the square root of the sum of the squared entries), and that the error is exactly what was
thrown away:

$$
\lVert X_c - X_k \rVert_F^2 = \sigma_{{k+1}}^2 + \dots + \sigma_d^2
$$

In the data, each row of $X_k$ plus the mean is the sample rebuilt from only $k$ numbers, its
coordinates $z_1, \dots, z_k$: $\hat{{x}} = \bar{{x}} + z_1 v_1 + \dots + z_k v_k$. The digits are
{_n} images of ${_h} \times {_w}$ pixels ({_d} variables, with shades from {_low:g} to {_high:g}).
Pick an image and how many components to keep:
""",
    )
    return


@app.cell(hide_code=True)
def _(digits, np, svd):
    # The SVD of the centred digits, once (about 0.1 s); every move of the sliders reuses it.
    X_digits = digits.data  # (1797, 64)
    digits_mean = X_digits.mean(axis=0)
    U_digits, S_digits, Vt_digits = svd(X_digits - digits_mean)
    cumulative_digits = np.cumsum(S_digits**2) / np.sum(S_digits**2)
    k90 = int(np.argmax(cumulative_digits >= 0.9)) + 1  # the fewest components that keep 90 %
    assert digits.images.shape[1:] == (8, 8) and X_digits.shape == (1797, 64) and X_digits.max() == 16
    return S_digits, U_digits, Vt_digits, X_digits, cumulative_digits, digits_mean, k90


@app.cell(hide_code=True)
def _(X_digits, kit, lang, mo):
    digit_slider = mo.ui.slider(
        0, len(X_digits) - 1, step=1, value=17, show_value=True, label=kit.say(lang, es="Imagen", en="Image")
    )
    k_slider = mo.ui.slider(
        1, 64, step=1, value=5, show_value=True, label=kit.say(lang, es="Componentes $k$", en="Components $k$")
    )
    mo.hstack([digit_slider, k_slider], justify="start", gap=2)
    return digit_slider, k_slider


@app.cell(hide_code=True)
def _(S_digits, U_digits, Vt_digits, X_digits, digit_slider, digits_mean, k_slider, np):
    # Small pure cell: one image rebuilt from its first k coordinates, and the error of the whole matrix.
    _i, _k = digit_slider.value, k_slider.value
    digit_scores = U_digits[_i, :_k] * S_digits[:_k]  # z₁, …, z_k of this image
    digit_rebuilt = digits_mean + digit_scores @ Vt_digits[:_k]
    digit_error = float(np.linalg.norm(X_digits[_i] - digit_rebuilt))
    matrix_error_predicted = float(np.sqrt(np.sum(S_digits[_k:] ** 2)))  # Eckart–Young
    return digit_error, digit_rebuilt, matrix_error_predicted


@app.cell(hide_code=True)
def _(
    X_digits,
    cumulative_digits,
    digit_rebuilt,
    digit_slider,
    digits,
    k90,
    k_slider,
    kit,
    lang,
    np,
    plt,
):
    _i, _k = digit_slider.value, k_slider.value
    _fig, (_ax, _ax2, _ax3) = plt.subplots(
        1, 3, figsize=(10.5, 3.5), gridspec_kw={"width_ratios": [1, 1, 1.6], "wspace": 0.3}
    )
    _ax.imshow(X_digits[_i].reshape(8, 8), cmap="gray_r", vmin=0, vmax=16)
    _ax.set_title(
        kit.say(lang, es=f"Original (un {digits.target[_i]})", en=f"Original (a {digits.target[_i]})"), fontsize=10
    )
    _ax2.imshow(digit_rebuilt.reshape(8, 8), cmap="gray_r", vmin=0, vmax=16)
    _ax2.set_title(kit.say(lang, es=f"Con k = {_k} componentes", en=f"With k = {_k} components"), fontsize=10)
    for _axis in (_ax, _ax2):
        _axis.set_xticks([])
        _axis.set_yticks([])
    _ks = np.arange(1, 65)
    _ax3.plot(_ks, cumulative_digits, color="black", lw=1.8)
    _ax3.axhline(0.9, color="0.6", ls=":", lw=1)
    _ax3.axvline(k90, color="0.6", ls=":", lw=1)
    _ax3.plot([_k], [cumulative_digits[_k - 1]], "o", color="tab:red", ms=8)
    _ax3.set_xlim(0, 65)
    _ax3.set_ylim(0, 1.02)
    _ax3.set_xlabel("k")
    _ax3.set_title(
        kit.say(
            lang,
            es=f"Varianza acumulada: {100 * cumulative_digits[_k - 1]:.1f} % con k = {_k}",
            en=f"Cumulative variance: {100 * cumulative_digits[_k - 1]:.1f} % with k = {_k}",
        ),
        fontsize=10,
    )
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(
    S_digits,
    U_digits,
    Vt_digits,
    X_digits,
    cumulative_digits,
    digit_error,
    digits_mean,
    k90,
    k_slider,
    kit,
    lang,
    matrix_error_predicted,
    np,
):
    _k = k_slider.value
    _n, _d = X_digits.shape
    _X_k = (U_digits[:, :_k] * S_digits[:_k]) @ Vt_digits[:_k] + digits_mean
    _measured = float(np.linalg.norm(X_digits - _X_k))
    _stored = _k * (_n + _d) + _d  # the coordinates, the components and the mean
    kit.text(
        lang,
        es=rf"""
Con $k$ = {_k}, esta imagen queda a distancia {digit_error:.2f} de la original (sobre 64 píxeles de
0 a 16). Para la matriz entera, la raíz de la suma de los $\sigma_i^2$ que se tiraron predice
$\lVert X - \hat{{X}} \rVert_F$ = {matrix_error_predicted:.3f}, y medirlo da {_measured:.3f}: es
Eckart–Young. Guardar la aproximación cuesta {_stored} números en lugar de {_n * _d}
({100 * _stored / (_n * _d):.1f} %). Con 2 componentes queda el {100 * cumulative_digits[1]:.1f} %
de la varianza, y hacen falta {k90} para llegar al 90 %: los dígitos no caben en un plano, pero
sí en bastante menos que 64 dimensiones.
""",
        en=rf"""
With $k$ = {_k}, this image is at distance {digit_error:.2f} from the original (over 64 pixels
from 0 to 16). For the whole matrix, the square root of the sum of the discarded $\sigma_i^2$ predicts
$\lVert X - \hat{{X}} \rVert_F$ = {matrix_error_predicted:.3f}, and measuring it gives
{_measured:.3f}: that is Eckart–Young. Storing the approximation costs {_stored} numbers
instead of {_n * _d} ({100 * _stored / (_n * _d):.1f} %). Two components keep
{100 * cumulative_digits[1]:.1f} % of the variance, and it takes {k90} to reach 90 %: the digits
do not fit in a plane, but they do fit in far fewer than 64 dimensions.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_low_rank_approx = kit.exercise("low_rank_approx", lang)
    ex_low_rank_approx
    return (ex_low_rank_approx,)


@app.cell(hide_code=True)
def _(ex_low_rank_approx, kit):
    kit.feedback(ex_low_rank_approx)
    return


@app.cell(hide_code=True)
def _(ex_low_rank_approx, kit):
    kit.hints(ex_low_rank_approx)
    return


@app.cell(hide_code=True)
def _(kit, lang, np, wine):
    _n, _d = wine.data.shape
    _classes = len(np.unique(wine.target))
    kit.text(
        lang,
        es=rf"""
## 6. ¿Estandarizar o no?

PCA busca varianza, y la varianza depende de las unidades. En wine, las {_d} variables son
análisis químicos de {_n} vinos de {_classes} cultivares, medidos en escalas muy distintas. Si una
variable tiene una varianza mil veces mayor que las demás, la primera componente será, casi,
ese eje. **Estandarizar** cada columna, $z_{{ij}} = (x_{{ij}} - \bar{{x}}_j)/s_j$, pone todas las
variables en la misma escala (desviación estándar 1); hacer PCA sobre los datos estandarizados
es diagonalizar la **matriz de correlación** de la sección 1 en lugar de la de covarianza.
(Estandarizamos con `ddof=0`, como `StandardScaler`; las direcciones y las proporciones no
cambian con `ddof=1`, porque todas las columnas se escalan por el mismo factor.)

Activa o desactiva la estandarización y mira las dos primeras componentes:
""",
        en=rf"""
## 6. To standardise or not?

PCA looks for variance, and variance depends on the units. In wine, the {_d} variables are
chemical analyses of {_n} wines from {_classes} cultivars, measured on very different scales. If one
variable has a variance a thousand times larger than the others, the first component will be,
almost, that axis. **Standardising** each column, $z_{{ij}} = (x_{{ij}} - \bar{{x}}_j)/s_j$, puts all
the variables on the same scale (standard deviation 1); PCA on the standardised data is
diagonalising the **correlation matrix** of section 1 instead of the covariance matrix.
(We standardise with `ddof=0`, as `StandardScaler` does; the directions and the ratios do not
change with `ddof=1`, because every column is scaled by the same factor.)

Switch standardisation on or off and look at the first two components:
""",
    )
    return


@app.cell(hide_code=True)
def _(np, svd, wine):
    X_wine = wine.data  # (178, 13)
    wine_std = X_wine.std(axis=0, ddof=1)

    def _pca_view(data):
        centred = data - data.mean(axis=0)
        _, S, Vt = svd(centred)
        scores = centred @ Vt[:2].T
        means = np.array([scores[wine.target == c].mean(axis=0) for c in range(3)])
        # nearest class mean in the plane of the two components: how well the classes separate there
        nearest = np.argmin(((scores[:, None, :] - means[None]) ** 2).sum(axis=2), axis=1)
        return {
            "scores": scores,
            "Vt": Vt,
            "ratios": S**2 / np.sum(S**2),
            "accuracy": float(np.mean(nearest == wine.target)),
        }

    wine_views = {
        False: _pca_view(X_wine),
        True: _pca_view((X_wine - X_wine.mean(axis=0)) / X_wine.std(axis=0)),
    }
    return X_wine, wine_std, wine_views


@app.cell(hide_code=True)
def _(kit, lang, mo):
    standardize_switch = mo.ui.switch(value=False, label=kit.say(lang, es="Estandarizar", en="Standardise"))
    standardize_switch
    return (standardize_switch,)


@app.cell(hide_code=True)
def _(kit, lang, np, plt, standardize_switch, wine, wine_views):
    _view = wine_views[standardize_switch.value]
    _fig, (_ax, _ax2) = plt.subplots(1, 2, figsize=(10.5, 4.0), gridspec_kw={"width_ratios": [1.2, 1], "wspace": 0.35})
    for _c in range(3):
        _ax.scatter(
            *_view["scores"][wine.target == _c].T, s=14, label=kit.say(lang, es=f"cultivar {_c}", en=f"cultivar {_c}")
        )
    _ax.set_xlabel(kit.say(lang, es="componente 1", en="component 1"))
    _ax.set_ylabel(kit.say(lang, es="componente 2", en="component 2"))
    _ax.legend(fontsize=9)
    _ax.set_title(
        kit.say(
            lang,
            es=("Estandarizado" if standardize_switch.value else "Sin estandarizar")
            + f": {100 * _view['accuracy']:.1f} % bien separados",
            en=("Standardised" if standardize_switch.value else "Not standardised")
            + f": {100 * _view['accuracy']:.1f} % well separated",
        ),
        fontsize=10,
    )
    _names = [name.replace("od280/od315_of_diluted_wines", "od280/od315") for name in wine.feature_names]
    _loadings = _view["Vt"][0] * np.sign(_view["Vt"][0][np.argmax(np.abs(_view["Vt"][0]))])
    _ax2.barh(np.arange(13), _loadings, color=["tab:red" if abs(v) > 0.9 else "tab:blue" for v in _loadings])
    _ax2.set_yticks(np.arange(13))
    _ax2.set_yticklabels(_names, fontsize=8)
    _ax2.invert_yaxis()
    _ax2.set_xlim(-1, 1)
    _ax2.axvline(0, color="0.6", lw=0.8)
    _ax2.set_title(
        kit.say(
            lang,
            es=f"Componente 1: {100 * _view['ratios'][0]:.1f} % de la varianza",
            en=f"Component 1: {100 * _view['ratios'][0]:.1f} % of the variance",
        ),
        fontsize=10,
    )
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(X_digits, X_wine, kit, lang, np, wine, wine_std, wine_views):
    _raw, _standardized = wine_views[False], wine_views[True]
    _pixel_std = X_digits.std(axis=0)
    _constant = int(np.sum(_pixel_std == 0))
    _threshold = 0.25
    _quiet = (_pixel_std > 0) & (_pixel_std < _threshold)  # pixels that barely vary
    _blank = 100 * float(np.min(np.mean(X_digits[:, _quiet] == 0, axis=0)))
    _proline = list(wine.feature_names).index("proline")
    _others = np.delete(wine_std, _proline)
    kit.text(
        lang,
        es=rf"""
Sin estandarizar, la desviación estándar de la prolina es {wine_std[_proline]:.1f} (mg/L), y la
mayor de las otras doce es {_others.max():.1f}: la varianza de la prolina es
{wine_std[_proline] ** 2 / _others.max() ** 2:.0f} veces la que le sigue. La primera componente
es casi el eje de la prolina (su entrada vale {_raw["Vt"][0][_proline]:.4f}) y se lleva el
{100 * _raw["ratios"][0]:.1f} % de la varianza: la gráfica es, en el fondo, un histograma de la
prolina. Estandarizado, la primera componente mezcla muchas variables y guarda el
{100 * _standardized["ratios"][0]:.1f} %, y en el plano de las dos primeras componentes la media
de cultivar más cercana acierta el {100 * _standardized["accuracy"]:.1f} % de los
{len(X_wine)} vinos, frente al {100 * _raw["accuracy"]:.1f} % sin estandarizar.

**Regla práctica.** Estandariza cuando las variables están en unidades distintas o en escalas
que no significan nada entre sí (como aquí). No lo hagas cuando todas miden lo mismo en la misma
escala y esa escala importa: en los dígitos, cada variable es un píxel de {X_digits.min():g} a
{X_digits.max():g}; los {int(_quiet.sum())} píxeles que casi no varían (desviación estándar menor
que {_threshold:g}) valen 0 en al menos el {_blank:.1f} % de las imágenes, así que estandarizarlos
agrandaría puro ruido, y {_constant} son constantes (dividir entre su desviación estándar sería
dividir entre 0).
""",
        en=rf"""
Without standardising, the standard deviation of proline is {wine_std[_proline]:.1f} (mg/L),
and the largest among the other twelve is {_others.max():.1f}: proline's variance is
{wine_std[_proline] ** 2 / _others.max() ** 2:.0f} times the next one. The first component is
almost the proline axis (its entry is {_raw["Vt"][0][_proline]:.4f}) and takes
{100 * _raw["ratios"][0]:.1f} % of the variance: the picture is, deep down, a histogram of
proline. Standardised, the first component mixes many variables and holds
{100 * _standardized["ratios"][0]:.1f} %, and in the plane of the first two components the
nearest cultivar mean is right for {100 * _standardized["accuracy"]:.1f} % of the
{len(X_wine)} wines, against {100 * _raw["accuracy"]:.1f} % unstandardised.

**Rule of thumb.** Standardise when the variables have different units, or scales that mean
nothing relative to each other (as here). Do not when they all measure the same thing on the
same scale and that scale matters: in the digits, each variable is a pixel from
{X_digits.min():g} to {X_digits.max():g}; the {int(_quiet.sum())} pixels that barely vary
(standard deviation below {_threshold:g}) are 0 in at least {_blank:.1f} % of the images, so standardising
them would blow up pure noise, and {_constant} are constant (dividing by their standard deviation
would be dividing by 0).
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_explained_variance_ratio = kit.exercise("explained_variance_ratio", lang)
    ex_explained_variance_ratio
    return (ex_explained_variance_ratio,)


@app.cell(hide_code=True)
def _(ex_explained_variance_ratio, kit):
    kit.feedback(ex_explained_variance_ratio)
    return


@app.cell(hide_code=True)
def _(ex_explained_variance_ratio, kit):
    kit.hints(ex_explained_variance_ratio)
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
def _(kit, wine, wine_std, wine_views):
    _proline = list(wine.feature_names).index("proline")
    _sigma = wine_std[_proline]
    _share = 100 * wine_views[False]["ratios"][0]
    T, Question = kit.T, kit.Question
    QUIZ = [
        Question(
            T(
                es="**1.** Sumas las proporciones de varianza explicada de *todas* las componentes de unos datos. ¿Qué obtienes?",
                en="**1.** You add up the explained variance ratios of *all* the components of a data set. What do you get?",
            ),
            (
                T.same("1"),
                T(es="d, el número de variables", en="d, the number of variables"),
                T.same("λ₁"),
                T(es="depende de los datos", en="it depends on the data"),
            ),
            answer=0,
            why=T(
                es=r"Cada proporción es $\lambda_i / \sum_j \lambda_j$, así que todas juntas suman $\sum_i \lambda_i / \sum_j \lambda_j = 1$. La suma de los $\lambda_i$ (sin dividir) es la varianza total, $\operatorname{tr}(C)$, y esa sí depende de los datos.",
                en=r"Each ratio is $\lambda_i / \sum_j \lambda_j$, so together they add up to $\sum_i \lambda_i / \sum_j \lambda_j = 1$. The sum of the $\lambda_i$ themselves is the total variance, $\operatorname{tr}(C)$, and that one does depend on the data.",
            ),
        ),
        Question(
            T(
                es=f"**2.** En wine sin estandarizar, la primera componente es casi el eje de la prolina y se lleva el {_share:.1f} % de la varianza. ¿Por qué?",
                en=f"**2.** In unstandardised wine, the first component is almost the proline axis and takes {_share:.1f} % of the variance. Why?",
            ),
            (
                T(
                    es=f"porque la prolina, en mg/L, tiene una desviación estándar de {_sigma:.0f}, muchísimo mayor que la de las demás variables",
                    en=f"because proline, in mg/L, has a standard deviation of {_sigma:.0f}, far larger than that of the other variables",
                ),
                T(
                    es="porque la prolina es la variable que mejor separa los cultivares",
                    en="because proline is the variable that best separates the cultivars",
                ),
                T(
                    es="porque PCA elige la variable de mayor media",
                    en="because PCA picks the variable with the largest mean",
                ),
                T(es="porque la prolina es la última columna", en="because proline is the last column"),
            ),
            answer=0,
            why=T(
                es="PCA maximiza la varianza $w^\\top C w$, y la varianza depende de las unidades: la de la prolina es enorme solo por cómo se mide. PCA no mira las clases (la separación mejora al estandarizar), ni las medias (centra los datos primero), ni el orden de las columnas.",
                en="PCA maximises the variance $w^\\top C w$, and variance depends on the units: proline's is huge only because of how it is measured. PCA does not look at the classes (separation improves after standardising), nor at the means (it centres the data first), nor at the order of the columns.",
            ),
        ),
        Question(
            T(
                es=r"**3.** Con $X_c = U \Sigma V^\top$ ($n$ muestras), ¿cómo se relacionan los valores singulares $\sigma_i$ con los valores propios $\lambda_i$ de la covarianza $C$?",
                en=r"**3.** With $X_c = U \Sigma V^\top$ ($n$ samples), how are the singular values $\sigma_i$ related to the eigenvalues $\lambda_i$ of the covariance $C$?",
            ),
            (
                T.same("λᵢ = σᵢ"),
                T.same("λᵢ = σᵢ² / (n − 1)"),
                T.same("λᵢ = σᵢ / (n − 1)"),
                T.same("λᵢ = √σᵢ"),
            ),
            answer=1,
            why=T(
                es=r"$X_c^\top X_c = V \Sigma^2 V^\top$, y $C$ es eso dividido entre $n - 1$: los valores propios de $C$ son $\sigma_i^2/(n-1)$ y los vectores propios, las columnas de $V$. El cuadrado es la razón de que la SVD sea más precisa: formar $X_c^\top X_c$ eleva al cuadrado el número de condición.",
                en=r"$X_c^\top X_c = V \Sigma^2 V^\top$, and $C$ is that divided by $n - 1$: the eigenvalues of $C$ are $\sigma_i^2/(n-1)$ and the eigenvectors are the columns of $V$. The square is why the SVD is more accurate: forming $X_c^\top X_c$ squares the condition number.",
            ),
        ),
        Question(
            T(
                es=r"**4.** $X_k$ es la aproximación de rango $k$ de $X_c$ con la SVD. ¿Cuánto vale el error $\lVert X_c - X_k \rVert_F$ (norma de Frobenius)?",
                en=r"**4.** $X_k$ is the rank-$k$ approximation of $X_c$ from the SVD. What is the error $\lVert X_c - X_k \rVert_F$ (Frobenius norm)?",
            ),
            (
                T.same("σₖ₊₁"),
                T.same("σₖ₊₁ + … + σ_d"),
                T.same("√(σₖ₊₁² + … + σ_d²)"),
                T(es="0, si k ≥ 1", en="0, if k ≥ 1"),
            ),
            answer=2,
            why=T(
                es=r"$X_c - X_k = \sum_{i>k} \sigma_i u_i v_i^\top$, y esas piezas son ortogonales entre sí, así que sus cuadrados se suman: $\lVert X_c - X_k \rVert_F^2 = \sum_{i>k} \sigma_i^2$ (Eckart–Young, y la figura de los dígitos lo comprueba). $\sigma_{k+1}$ es el error en otra norma, la norma 2 (el mayor estiramiento), y el error solo es 0 cuando $k$ llega al rango.",
                en=r"$X_c - X_k = \sum_{i>k} \sigma_i u_i v_i^\top$, and those pieces are orthogonal to each other, so their squares add up: $\lVert X_c - X_k \rVert_F^2 = \sum_{i>k} \sigma_i^2$ (Eckart–Young, and the digits figure checks it). $\sigma_{k+1}$ is the error in another norm, the 2-norm (the largest stretch), and the error is 0 only when $k$ reaches the rank.",
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

- La covarianza muestral de unos datos $X$ de forma $(n, d)$ es $C = X_c^\top X_c / (n - 1)$, con $X_c$ centrada: varianzas en la diagonal, covarianzas fuera de ella. La correlación $r_{jk} = s_{jk}/(s_j s_k)$ es la versión sin unidades, entre $-1$ y $1$.
- La varianza de los datos a lo largo de una dirección unitaria $w$ es $w^\top C w$. Su máximo es $\lambda_1$, en el vector propio $v_1$: es la primera componente principal. Las demás son los otros vectores propios, en orden de $\lambda$ decreciente, todas perpendiculares.
- Las coordenadas $Z = X_c V_k$ no están correlacionadas y tienen varianzas $\lambda_i$; la proporción de varianza explicada es $\lambda_i / \sum_j \lambda_j$, y todas suman 1. El signo de cada componente es arbitrario: fija una convención.
- La SVD $X_c = U \Sigma V^\top$ da todo sin formar $X_c^\top X_c$: componentes = filas de $V^\top$, $\lambda_i = \sigma_i^2/(n-1)$, coordenadas $= U\Sigma$. Es más precisa porque no eleva al cuadrado el número de condición.
- La mejor aproximación de rango $k$ es $X_k = U_k \Sigma_k V_k^\top$, con error $\lVert X_c - X_k \rVert_F^2 = \sum_{i>k} \sigma_i^2$ (Eckart–Young). Para reconstruir datos, súmale la media.
- PCA depende de las unidades: estandariza cuando las variables están en escalas distintas (wine); no lo hagas cuando comparten una escala con sentido (los píxeles).
""",
        en=r"""
## 8. Summary

- The sample covariance of data $X$ of shape $(n, d)$ is $C = X_c^\top X_c / (n - 1)$, with $X_c$ centred: variances on the diagonal, covariances off it. The correlation $r_{jk} = s_{jk}/(s_j s_k)$ is the unit-free version, between $-1$ and $1$.
- The variance of the data along a unit direction $w$ is $w^\top C w$. Its maximum is $\lambda_1$, at the eigenvector $v_1$: the first principal component. The others are the other eigenvectors, in order of decreasing $\lambda$, all perpendicular.
- The coordinates $Z = X_c V_k$ are uncorrelated with variances $\lambda_i$; the explained variance ratio is $\lambda_i / \sum_j \lambda_j$, and they all add up to 1. Each component's sign is arbitrary: fix a convention.
- The SVD $X_c = U \Sigma V^\top$ gives everything without forming $X_c^\top X_c$: components = rows of $V^\top$, $\lambda_i = \sigma_i^2/(n-1)$, coordinates $= U\Sigma$. It is more accurate because it does not square the condition number.
- The best rank-$k$ approximation is $X_k = U_k \Sigma_k V_k^\top$, with error $\lVert X_c - X_k \rVert_F^2 = \sum_{i>k} \sigma_i^2$ (Eckart–Young). To rebuild data, add the mean back.
- PCA depends on the units: standardise when the variables are on different scales (wine); do not when they share a meaningful scale (the pixels).
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es="## 9. Para seguir: recursos",
        en="## 9. Keep going: resources",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.resources("pca-svd", lang)
    return


if __name__ == "__main__":
    app.run()
