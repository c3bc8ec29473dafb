import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 5.2")


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
    kit.header("expectation-covariance-gaussian", lang)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Una distribución entera es mucha información; casi siempre la resumimos con unos pocos números.
La **esperanza** dice dónde está el centro, la **varianza** cuánto se dispersa, y la
**covarianza** si dos variables suben y bajan juntas. Con esos resúmenes, ordenados en un vector
de medias y una matriz de covarianza, se arma la **normal multivariada**, la distribución que más
usa el aprendizaje automático: está detrás del PCA (lección 1.6), del naive Bayes gaussiano
(lección 5.5) y de la detección de datos atípicos.

**Al terminar podrás:**

- calcular $\mathbb E[X]$ y $\operatorname{Var}X$ de una variable discreta, y usar
  $\operatorname{Var}(aX+b) = a^2\operatorname{Var}X$ y la varianza de una suma;
- describir datos reales con media, mediana, cuartiles, asimetría y curtosis, y leer un
  diagrama de caja;
- leer probabilidades conjuntas, marginales y condicionales en una tabla, y distinguir
  independencia de correlación cero;
- construir las matrices de covarianza y de correlación, y explicar por qué son semidefinidas
  positivas;
- evaluar la densidad normal multivariada con Cholesky, dibujar sus elipses, muestrearla y
  condicionarla.
""",
        en=r"""
A whole distribution is a lot of information; we nearly always summarise it with a few numbers.
The **expectation** says where the centre is, the **variance** how much it spreads, and the
**covariance** whether two variables go up and down together. From those summaries, arranged in a
mean vector and a covariance matrix, one builds the **multivariate normal**, the distribution
machine learning uses most: it is behind PCA (lesson 1.6), Gaussian naive Bayes (lesson 5.5) and
outlier detection.

**By the end you will be able to:**

- compute $\mathbb E[X]$ and $\operatorname{Var}X$ of a discrete variable, and use
  $\operatorname{Var}(aX+b) = a^2\operatorname{Var}X$ and the variance of a sum;
- describe real data with mean, median, quartiles, skewness and kurtosis, and read a box plot;
- read joint, marginal and conditional probabilities off a table, and tell independence from
  zero correlation;
- build the covariance and correlation matrices, and explain why they are positive semidefinite;
- evaluate the multivariate normal density through Cholesky, draw its ellipses, sample it and
  condition it.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 0. ¿Por qué importa en ML?

- Entrenar un modelo es minimizar una **esperanza**: la pérdida promedio sobre los datos. El
  descenso de gradiente estocástico funciona porque el gradiente de un minilote tiene como
  esperanza el gradiente completo.
- La **varianza** aparece al estandarizar variables (`StandardScaler` divide entre $\sigma$), al
  hablar de sesgo y varianza de un modelo, y al inicializar redes (lección 4.3).
- La **matriz de covarianza** de los datos es la que diagonaliza el PCA, y sus vectores propios
  son las direcciones principales (lección 1.6).
- La **normal multivariada** es el modelo de cada clase en el análisis discriminante y, con
  $\Sigma$ diagonal, en el naive Bayes gaussiano (lección 5.5); su distancia de Mahalanobis es
  la forma correcta de decir "este punto está lejos" cuando las variables están correlacionadas.

En toda la lección, los datos `X` tienen forma `(n_muestras, n_variables)`: una muestra por fila.
""",
        en=r"""
## 0. Why does it matter in ML?

- Training a model is minimising an **expectation**: the average loss over the data. Stochastic
  gradient descent works because a mini-batch gradient has the full gradient as its expectation.
- The **variance** appears when standardising features (`StandardScaler` divides by $\sigma$),
  when talking about a model's bias and variance, and when initialising networks (lesson 4.3).
- The data's **covariance matrix** is what PCA diagonalises, and its eigenvectors are the
  principal directions (lesson 1.6).
- The **multivariate normal** models each class in discriminant analysis and, with a diagonal
  $\Sigma$, in Gaussian naive Bayes (lesson 5.5); its Mahalanobis distance is the right way to say
  "this point is far away" when the variables are correlated.

Throughout the lesson, data `X` have shape `(n_samples, n_features)`: one sample per row.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 1. Esperanza y varianza

Una variable aleatoria discreta $X$ toma los valores $x_1, \dots, x_k$ con probabilidades
$p(x_1), \dots, p(x_k)$ que suman 1. Su **esperanza** (o media) es el promedio de los valores,
cada uno **ponderado por su probabilidad**:

$$
\mathbb E[X] = \mu = \sum_x x\,p(x).
$$

Si pones un peso $p(x)$ en cada posición $x$ de una regla, $\mu$ es el punto donde la regla queda
en equilibrio. La **varianza** es la esperanza del cuadrado de la distancia a ese punto, y la
**desviación estándar** $\sigma$ es su raíz, que vuelve a las unidades de $X$:

$$
\operatorname{Var}X = \mathbb E\big[(X-\mu)^2\big] = \sum_x (x-\mu)^2\,p(x) = \mathbb E[X^2] - \mu^2,
\qquad \sigma = \sqrt{\operatorname{Var}X}.
$$

La última igualdad sale de desarrollar el cuadrado: $\mathbb E[X^2] - 2\mu\,\mathbb E[X] + \mu^2$.
Dos reglas que usarás todo el tiempo: la esperanza es **lineal**,
$\mathbb E[aX + b] = a\,\mathbb E[X] + b$ (y $\mathbb E[X+Y] = \mathbb E[X] + \mathbb E[Y]$ siempre,
aunque $X$ e $Y$ dependan una de la otra), mientras que la varianza **no** lo es:

$$
\operatorname{Var}(aX + b) = a^2\operatorname{Var}X.
$$

Sumar $b$ mueve todo sin cambiar la dispersión, y multiplicar por $a$ multiplica las distancias a
la media por $|a|$, y sus cuadrados por $a^2$. Con un dado justo, y con $Y = 2X + 1$:
""",
        en=r"""
## 1. Expectation and variance

A discrete random variable $X$ takes the values $x_1, \dots, x_k$ with probabilities
$p(x_1), \dots, p(x_k)$ that add up to 1. Its **expectation** (or mean) is the average of the
values, each one **weighted by its probability**:

$$
\mathbb E[X] = \mu = \sum_x x\,p(x).
$$

If you put a weight $p(x)$ at each position $x$ on a ruler, $\mu$ is the point where the ruler
balances. The **variance** is the expectation of the squared distance to that point, and the
**standard deviation** $\sigma$ is its square root, back in the units of $X$:

$$
\operatorname{Var}X = \mathbb E\big[(X-\mu)^2\big] = \sum_x (x-\mu)^2\,p(x) = \mathbb E[X^2] - \mu^2,
\qquad \sigma = \sqrt{\operatorname{Var}X}.
$$

The last equality comes from expanding the square: $\mathbb E[X^2] - 2\mu\,\mathbb E[X] + \mu^2$.
Two rules you will use all the time: expectation is **linear**,
$\mathbb E[aX + b] = a\,\mathbb E[X] + b$ (and $\mathbb E[X+Y] = \mathbb E[X] + \mathbb E[Y]$ always,
even when $X$ and $Y$ depend on each other), while variance is **not**:

$$
\operatorname{Var}(aX + b) = a^2\operatorname{Var}X.
$$

Adding $b$ shifts everything without changing the spread, and multiplying by $a$ multiplies the
distances to the mean by $|a|$, and their squares by $a^2$. With a fair die, and with $Y = 2X + 1$:
""",
    )
    return


@app.cell
def _(np):
    faces = np.arange(1, 7)
    p_fair = np.full(6, 1 / 6)
    mean_die = np.sum(faces * p_fair)  # E[X] = Σ x p(x)
    var_die = np.sum((faces - mean_die) ** 2 * p_fair)  # E[(X − μ)²]
    second_moment = np.sum(faces**2 * p_fair)  # E[X²]
    y_values = 2 * faces + 1  # Y = 2X + 1 takes the values 3, 5, ..., 13 with the same probabilities
    mean_y = np.sum(y_values * p_fair)
    var_y = np.sum((y_values - mean_y) ** 2 * p_fair)
    {
        "E[X]": round(mean_die, 4),
        "Var X": round(var_die, 4),
        "E[X²] − μ²": round(second_moment - mean_die**2, 4),
        "35/12": round(35 / 12, 4),
        "E[2X + 1] = 2·3.5 + 1": round(mean_y, 4),
        "Var(2X + 1) = 4·Var X": (round(var_y, 4), round(4 * var_die, 4)),
    }
    return faces, mean_die, var_die


@app.cell(hide_code=True)
def _(kit, lang, mean_die, var_die):
    kit.text(
        lang,
        es=rf"""
El dado justo tiene media {mean_die:.1f}, aunque ninguna cara vale {mean_die:.1f}: la esperanza no
es "el valor más probable", es el punto de equilibrio. Su varianza es {var_die:.4f} = 35/12 y su
desviación estándar {var_die**0.5:.3f}.

**Carga el dado.** Abajo, el 6 sale con la probabilidad que elijas y las otras cinco caras se
reparten el resto por igual. El triángulo marca la media (el punto de equilibrio) y la franja,
$\mu \pm \sigma$. ¿Hacia dónde se mueve el equilibrio? ¿Cuándo es mayor la dispersión: con el dado
justo, o con uno que casi siempre da 6?
""",
        en=rf"""
The fair die has mean {mean_die:.1f}, although no face is {mean_die:.1f}: the expectation is not
"the most likely value", it is the balance point. Its variance is {var_die:.4f} = 35/12 and its
standard deviation {var_die**0.5:.3f}.

**Load the die.** Below, the 6 comes up with the probability you choose and the other five faces
share the rest equally. The triangle marks the mean (the balance point) and the band,
$\mu \pm \sigma$. Which way does the balance point move? When is the spread larger: with the fair
die, or with one that nearly always gives 6?
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    six_slider = mo.ui.slider(
        0.0,
        1.0,
        step=0.01,
        value=0.5,
        show_value=True,
        label=kit.say(lang, es="Probabilidad del 6", en="Probability of a 6"),
    )
    six_slider
    return (six_slider,)


@app.cell(hide_code=True)
def _(faces, np, six_slider):
    # Small pure cell: the loaded die's probabilities and its two moments.
    p_loaded = np.r_[np.full(5, (1 - six_slider.value) / 5), six_slider.value]
    mean_loaded = float(np.sum(faces * p_loaded))
    var_loaded = float(np.sum((faces - mean_loaded) ** 2 * p_loaded))
    return mean_loaded, p_loaded, var_loaded


@app.cell(hide_code=True)
def _(faces, kit, lang, mean_loaded, np, p_loaded, plt, var_loaded):
    _fig, _ax = plt.subplots(figsize=(7.6, 3.6))
    _sd = np.sqrt(var_loaded)
    _ax.axvspan(mean_loaded - _sd, mean_loaded + _sd, color="tab:orange", alpha=0.15, lw=0)
    _ax.bar(faces, p_loaded, width=0.6, color="tab:blue")
    _ax.plot([mean_loaded], [-0.035], marker="^", ms=14, color="tab:orange", clip_on=False)
    _ax.axhline(0, color="0.3", lw=1)
    _ax.set_xlim(0.3, 6.7)
    _ax.set_ylim(-0.07, 1.02)
    _ax.set_xticks(faces)
    _ax.set_xlabel(kit.say(lang, es="cara del dado, $x$", en="face of the die, $x$"))
    _ax.set_ylabel("$p(x)$")
    _ax.set_title(
        kit.say(
            lang,
            es=f"E[X] = {mean_loaded:.3f}    Var X = {var_loaded:.3f}    σ = {_sd:.3f}   (franja: μ ± σ)",
            en=f"E[X] = {mean_loaded:.3f}    Var X = {var_loaded:.3f}    σ = {_sd:.3f}   (band: μ ± σ)",
        ),
        fontsize=10,
    )
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(faces, kit, lang, np):
    # The probability of a 6 at which the loaded die spreads most: Var is a parabola in p.
    _grid = np.linspace(0, 1, 1001)
    _variances = []
    for _p in _grid:
        _probs = np.r_[np.full(5, (1 - _p) / 5), _p]
        _mean = np.sum(faces * _probs)
        _variances.append(np.sum((faces - _mean) ** 2 * _probs))
    _best = _grid[int(np.argmax(_variances))]
    kit.text(
        lang,
        es=rf"""
Con probabilidad 1 el dado siempre da 6: la media es 6 y la varianza 0, no hay nada que dispersar.
La dispersión más grande no está en el dado justo sino cerca de $P(6) \approx {_best:.2f}$
(varianza {max(_variances):.3f}), cuando el 6 pesa lo bastante para alejarse del resto sin
dominarlo. Es lo que calculas en el **ejercicio 1**.
""",
        en=rf"""
With probability 1 the die always gives 6: the mean is 6 and the variance 0, there is nothing to
spread. The largest spread is not at the fair die but near $P(6) \approx {_best:.2f}$ (variance
{max(_variances):.3f}), when the 6 weighs enough to pull away from the rest without dominating it.
That is what you compute in **exercise 1**.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 2. Describir datos: centro, dispersión y forma

Con datos $x_1, \dots, x_n$ en lugar de una distribución, cada punto pesa $1/n$ y las mismas
fórmulas dan la **media muestral** $\bar x$ y la varianza. (Para describir datos se divide entre
$n - 1$, `ddof=1`; la lección 5.3 explica por qué. Con $n$ en los cientos la diferencia casi no
se nota.) Pero dos números no cuentan toda la historia:

- la **mediana** deja la mitad de los datos a cada lado; los **cuartiles** $Q_1$ y $Q_3$, un cuarto
  y tres cuartos (son cuantiles, como los de la lección 5.1). El **rango intercuartílico**
  $Q_3 - Q_1$ mide la dispersión sin que la muevan los extremos;
- la **moda** es el valor más frecuente (en datos continuos, la barra más alta del histograma);
- la **asimetría** (*skewness*) $\mathbb E\big[(X-\mu)^3\big]/\sigma^3$ es positiva si hay una cola
  larga a la derecha, y entonces la media queda a la derecha de la mediana;
- la **curtosis** $\mathbb E\big[(X-\mu)^4\big]/\sigma^4$ mide el peso de las colas. Se suele
  restar 3, lo que vale para la normal (curtosis "en exceso"): positiva, colas más pesadas que las
  de la normal; negativa, colas más ligeras (o dos grupos, como verás).

El **diagrama de caja** (*box plot*) los dibuja: la caja va de $Q_1$ a $Q_3$ con la mediana
adentro, los bigotes llegan hasta el último dato a menos de $1.5(Q_3 - Q_1)$ de la caja, y los
puntos sueltos más allá son candidatos a atípicos. Elige una variable de los datos del curso:
""",
        en=r"""
## 2. Describing data: centre, spread and shape

With data $x_1, \dots, x_n$ instead of a distribution, each point weighs $1/n$ and the same
formulas give the **sample mean** $\bar x$ and the variance. (To describe data one divides by
$n - 1$, `ddof=1`; lesson 5.3 explains why. With $n$ in the hundreds the difference hardly
shows.) But two numbers do not tell the whole story:

- the **median** leaves half of the data on each side; the **quartiles** $Q_1$ and $Q_3$, a
  quarter and three quarters (they are quantiles, as in lesson 5.1). The **interquartile range**
  $Q_3 - Q_1$ measures the spread without being moved by the extremes;
- the **mode** is the most frequent value (for continuous data, the tallest bar of the histogram);
- the **skewness** $\mathbb E\big[(X-\mu)^3\big]/\sigma^3$ is positive when there is a long tail on
  the right, and then the mean lies to the right of the median;
- the **kurtosis** $\mathbb E\big[(X-\mu)^4\big]/\sigma^4$ measures how heavy the tails are. One
  usually subtracts 3, its value for the normal ("excess" kurtosis): positive, heavier tails than
  the normal's; negative, lighter tails (or two groups, as you will see).

The **box plot** draws them: the box goes from $Q_1$ to $Q_3$ with the median inside, the
whiskers reach the last data point within $1.5(Q_3 - Q_1)$ of the box, and the loose points beyond
are outlier candidates. Pick a variable from the course's data:
""",
    )
    return


@app.cell
def _(np):
    from gradiente.datasets import load_breast_cancer, load_iris, load_wine

    iris = load_iris()
    wine = load_wine()
    cancer = load_breast_cancer()
    features = {
        "cancer_area": cancer.data[:, 3],  # mean area of the cell nuclei
        "iris_sepal_width": iris.data[:, 1],
        "iris_petal_length": iris.data[:, 2],
        "wine_proline": wine.data[:, 12],
    }

    def describe(x):
        """Centre, spread and shape of a sample, with NumPy (skewness and excess kurtosis as SciPy's defaults)."""
        z = (x - x.mean()) / x.std()  # standardised with ddof=0, as the moment formulas
        q1, median, q3 = np.quantile(x, [0.25, 0.5, 0.75])
        return {
            "mean": x.mean(),
            "median": median,
            "q1": q1,
            "q3": q3,
            "std": x.std(ddof=1),
            "skewness": np.mean(z**3),
            "excess_kurtosis": np.mean(z**4) - 3,
        }

    {name: {key: round(float(value), 2) for key, value in describe(x).items()} for name, x in features.items()}
    return cancer, describe, features, iris, wine


@app.cell(hide_code=True)
def _(kit, lang, mo):
    _names = {
        "cancer_area": kit.say(lang, es="breast cancer: área media del núcleo", en="breast cancer: mean nucleus area"),
        "iris_sepal_width": kit.say(lang, es="iris: ancho del sépalo", en="iris: sepal width"),
        "iris_petal_length": kit.say(lang, es="iris: largo del pétalo", en="iris: petal length"),
        "wine_proline": kit.say(lang, es="wine: prolina", en="wine: proline"),
    }
    feature_dropdown = mo.ui.dropdown(
        options={label: key for key, label in _names.items()},
        value=_names["cancer_area"],
        label=kit.say(lang, es="Variable", en="Variable"),
    )
    feature_dropdown
    return (feature_dropdown,)


@app.cell(hide_code=True)
def _(describe, feature_dropdown, features, kit, lang, np, plt):
    _x = features[feature_dropdown.value]
    _d = describe(_x)
    _fig, (_ax, _box) = plt.subplots(
        2, 1, figsize=(7.6, 4.4), sharex=True, gridspec_kw={"height_ratios": [3, 1], "hspace": 0.08}
    )
    _counts, _edges, _ = _ax.hist(_x, bins=30, color="tab:blue", alpha=0.75)
    _mode = 0.5 * (_edges[np.argmax(_counts)] + _edges[np.argmax(_counts) + 1])
    _ax.axvline(_d["mean"], color="tab:orange", lw=2, label=kit.say(lang, es="media", en="mean"))
    _ax.axvline(_d["median"], color="k", lw=2, ls="--", label=kit.say(lang, es="mediana", en="median"))
    _ax.axvline(
        _mode,
        color="tab:green",
        lw=1.5,
        ls=":",
        label=kit.say(lang, es="moda (barra más alta)", en="mode (tallest bar)"),
    )
    _ax.set_ylabel(kit.say(lang, es="cuántos datos", en="how many points"))
    _ax.legend(fontsize=8, loc="upper right")
    _ax.set_title(
        kit.say(
            lang,
            es=f"asimetría {_d['skewness']:.2f}   curtosis en exceso {_d['excess_kurtosis']:.2f}   "
            f"(media {_d['mean']:.4g}, mediana {_d['median']:.4g})",
            en=f"skewness {_d['skewness']:.2f}   excess kurtosis {_d['excess_kurtosis']:.2f}   "
            f"(mean {_d['mean']:.4g}, median {_d['median']:.4g})",
        ),
        fontsize=10,
    )
    _box.boxplot(_x, orientation="horizontal", widths=0.6, flierprops={"markersize": 3})
    _box.set_yticks([])
    _box.set_xlabel(kit.say(lang, es="valor", en="value"))
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(describe, features, iris, kit, lang):
    _area = describe(features["cancer_area"])
    _gap_low = features["iris_petal_length"][iris.target == 0].max()  # the longest setosa petal
    _gap_high = features["iris_petal_length"][iris.target != 0].min()  # the shortest of the others
    _petal = describe(features["iris_petal_length"])
    _sepal = describe(features["iris_sepal_width"])
    kit.text(
        lang,
        es=rf"""
Tres formas distintas:

- El **área del núcleo** tiene una cola larga a la derecha (asimetría {_area["skewness"]:.2f}): unos
  pocos tumores muy grandes arrastran la media ({_area["mean"]:.0f}) por encima de la mediana
  ({_area["median"]:.0f}), y el diagrama de caja los muestra como puntos sueltos. Con datos así, la
  mediana describe mejor el "tumor típico".
- El **ancho del sépalo** es casi simétrico (asimetría {_sepal["skewness"]:.2f}, curtosis en
  exceso {_sepal["excess_kurtosis"]:.2f}): media y mediana casi coinciden, como en una normal.
- El **largo del pétalo** tiene curtosis en exceso {_petal["excess_kurtosis"]:.2f}: no es que sus
  colas sean ligeras, es que hay dos grupos separados por un hueco (ningún pétalo mide entre
  {_gap_low:.1f} y {_gap_high:.1f} cm: de un lado las setosas, del otro el resto). La media
  ({_petal["mean"]:.2f} cm) no describe a ninguno de los dos. Un solo número de centro no describe
  bien una mezcla; la sección 5 separa las especies.
""",
        en=rf"""
Three different shapes:

- The **nucleus area** has a long tail on the right (skewness {_area["skewness"]:.2f}): a few very
  large tumours drag the mean ({_area["mean"]:.0f}) above the median ({_area["median"]:.0f}), and
  the box plot shows them as loose points. With data like these, the median describes the
  "typical tumour" better.
- The **sepal width** is nearly symmetric (skewness {_sepal["skewness"]:.2f}, excess kurtosis
  {_sepal["excess_kurtosis"]:.2f}): mean and median nearly coincide, as in a normal.
- The **petal length** has excess kurtosis {_petal["excess_kurtosis"]:.2f}: not because its tails
  are light, but because there are two groups split by a gap (no petal measures between
  {_gap_low:.1f} and {_gap_high:.1f} cm: the setosas on one side, the rest on the other). The mean
  ({_petal["mean"]:.2f} cm) describes neither. A single number for the centre does not describe a
  mixture well; section 5 separates the species.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 3. Dos variables: conjunta, marginal, condicional y covarianza

Con dos variables discretas $X$ e $Y$, la **distribución conjunta** $p(x, y) = P(X = x, Y = y)$ es
una tabla. Sumando una fila o una columna sale una **marginal**, y dividiendo por ella, una
**condicional**:

$$
p(x) = \sum_y p(x, y), \qquad p(y \mid x) = \frac{p(x, y)}{p(x)}.
$$

$X$ e $Y$ son **independientes** si $p(x, y) = p(x)\,p(y)$ en **todas** las casillas, o, lo que es
lo mismo, si $p(y \mid x)$ no depende de $x$. Un ejemplo real: los 569 tumores de breast cancer,
por diagnóstico y por el tercio en que cae su radio medio (los cortes son los percentiles 33.3 y
66.7 del radio).
""",
        en=r"""
## 3. Two variables: joint, marginal, conditional and covariance

With two discrete variables $X$ and $Y$, the **joint distribution** $p(x, y) = P(X = x, Y = y)$
is a table. Adding up a row or a column gives a **marginal**, and dividing by it, a
**conditional**:

$$
p(x) = \sum_y p(x, y), \qquad p(y \mid x) = \frac{p(x, y)}{p(x)}.
$$

$X$ and $Y$ are **independent** if $p(x, y) = p(x)\,p(y)$ in **every** cell or, equivalently, if
$p(y \mid x)$ does not depend on $x$. A real example: the 569 tumours of breast cancer, by
diagnosis and by the third their mean radius falls in (the cuts are the 33.3rd and 66.7th
percentiles of the radius).
""",
    )
    return


@app.cell
def _(cancer, np):
    radius = cancer.data[:, 0]
    radius_third = np.digitize(radius, np.quantile(radius, [1 / 3, 2 / 3]))  # 0 small, 1 medium, 2 large
    counts = np.array([[np.sum((cancer.target == c) & (radius_third == k)) for k in range(3)] for c in range(2)])
    joint = counts / counts.sum()  # rows: malignant (0), benign (1); columns: small, medium, large
    p_diagnosis = joint.sum(axis=1)  # marginal of the diagnosis
    p_third = joint.sum(axis=0)  # marginal of the radius third
    malignant_given_third = joint[0] / p_third  # p(malignant | third)
    {
        "joint": joint.round(3),
        "p(diagnosis)": p_diagnosis.round(3),
        "p(third)": p_third.round(3),
        "p(malignant | third)": malignant_given_third.round(3),
        "p(malignant)·p(large) vs p(malignant, large)": (
            round(p_diagnosis[0] * p_third[2], 3),
            round(joint[0, 2], 3),
        ),
    }
    return counts, joint, malignant_given_third, p_diagnosis, p_third


@app.cell(hide_code=True)
def _(joint, kit, lang, malignant_given_third, p_diagnosis, p_third):
    _row = lambda values: " | ".join(f"{v:.3f}" for v in values)  # noqa: E731
    kit.text(
        lang,
        es=rf"""
| | radio chico | radio medio | radio grande | **marginal** |
|---|---|---|---|---|
| maligno | {_row(joint[0])} | **{p_diagnosis[0]:.3f}** |
| benigno | {_row(joint[1])} | **{p_diagnosis[1]:.3f}** |
| **marginal** | **{p_third[0]:.3f}** | **{p_third[1]:.3f}** | **{p_third[2]:.3f}** | 1 |

Un tumor al azar es maligno con probabilidad {p_diagnosis[0]:.3f}; pero si su radio está en el
tercio grande, con probabilidad {malignant_given_third[2]:.3f}, y en el chico, solo
{malignant_given_third[0]:.3f}. La condicional cambia con el radio: **no** son independientes (si
lo fueran, la casilla maligno–grande valdría {p_diagnosis[0]:.3f} × {p_third[2]:.3f} =
{p_diagnosis[0] * p_third[2]:.3f}, no {joint[0, 2]:.3f}). Por eso el radio sirve para clasificar.
""",
        en=rf"""
| | small radius | medium radius | large radius | **marginal** |
|---|---|---|---|---|
| malignant | {_row(joint[0])} | **{p_diagnosis[0]:.3f}** |
| benign | {_row(joint[1])} | **{p_diagnosis[1]:.3f}** |
| **marginal** | **{p_third[0]:.3f}** | **{p_third[1]:.3f}** | **{p_third[2]:.3f}** | 1 |

A random tumour is malignant with probability {p_diagnosis[0]:.3f}; but if its radius is in the
large third, with probability {malignant_given_third[2]:.3f}, and in the small one, only
{malignant_given_third[0]:.3f}. The conditional changes with the radius: they are **not**
independent (if they were, the malignant–large cell would be {p_diagnosis[0]:.3f} ×
{p_third[2]:.3f} = {p_diagnosis[0] * p_third[2]:.3f}, not {joint[0, 2]:.3f}). That is why the radius
helps to classify.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
**Covarianza.** Para dos variables numéricas, la **covarianza** es la esperanza del producto de
sus desviaciones: positiva si tienden a estar por encima de su media a la vez, negativa si cuando
una sube la otra baja. Dividida entre las dos desviaciones estándar queda la **correlación**
$\rho$, sin unidades y siempre entre $-1$ y $1$:

$$
\operatorname{Cov}(X, Y) = \mathbb E\big[(X-\mu_X)(Y-\mu_Y)\big] = \mathbb E[XY] - \mathbb E[X]\,\mathbb E[Y],
\qquad
\rho = \frac{\operatorname{Cov}(X, Y)}{\sigma_X\,\sigma_Y}.
$$

Desarrollando $\operatorname{Var}(X+Y) = \mathbb E\big[(X - \mu_X + Y - \mu_Y)^2\big]$ aparece el
término cruzado:

$$
\operatorname{Var}(X+Y) = \operatorname{Var}X + \operatorname{Var}Y + 2\operatorname{Cov}(X, Y).
$$

Las varianzas solo se suman si la covarianza es cero. Comprobémoslo con el largo y el ancho del
pétalo de iris, que van muy juntos:
""",
        en=r"""
**Covariance.** For two numerical variables, the **covariance** is the expectation of the product
of their deviations: positive if they tend to be above their means together, negative if one goes
down when the other goes up. Divided by the two standard deviations it becomes the
**correlation** $\rho$, with no units and always between $-1$ and $1$:

$$
\operatorname{Cov}(X, Y) = \mathbb E\big[(X-\mu_X)(Y-\mu_Y)\big] = \mathbb E[XY] - \mathbb E[X]\,\mathbb E[Y],
\qquad
\rho = \frac{\operatorname{Cov}(X, Y)}{\sigma_X\,\sigma_Y}.
$$

Expanding $\operatorname{Var}(X+Y) = \mathbb E\big[(X - \mu_X + Y - \mu_Y)^2\big]$ brings out the
cross term:

$$
\operatorname{Var}(X+Y) = \operatorname{Var}X + \operatorname{Var}Y + 2\operatorname{Cov}(X, Y).
$$

Variances only add up when the covariance is zero. Let us check it on iris's petal length and
width, which go very much together:
""",
    )
    return


@app.cell
def _(iris, np):
    petal_length, petal_width = iris.data[:, 2], iris.data[:, 3]
    cov_petals = np.mean(petal_length * petal_width) - petal_length.mean() * petal_width.mean()  # E[XY] − E[X]E[Y]
    rho_petals = cov_petals / (petal_length.std() * petal_width.std())  # all with ddof=0
    {
        "Cov(length, width)": round(cov_petals, 4),
        "ρ": round(rho_petals, 4),
        "Var(length + width)": round(np.var(petal_length + petal_width), 4),
        "Var length + Var width + 2 Cov": round(np.var(petal_length) + np.var(petal_width) + 2 * cov_petals, 4),
        "Var length + Var width": round(np.var(petal_length) + np.var(petal_width), 4),
    }
    return petal_length, petal_width, rho_petals


@app.cell(hide_code=True)
def _(kit, lang, np, petal_length, petal_width, rho_petals):
    _ratio = np.var(petal_length + petal_width) / (np.var(petal_length) + np.var(petal_width))
    kit.text(
        lang,
        es=rf"""
Con $\rho \approx {rho_petals:.2f}$, la varianza de la suma es {_ratio:.2f} veces la suma de las
varianzas: olvidar la covarianza sería un error grande. (Aquí todo usa `ddof=0`; con `ddof=1` en
todas partes la identidad es la misma.)

**Si son independientes, la covarianza es cero** ($\mathbb E[XY] = \mathbb E[X]\,\mathbb E[Y]$).
Pero **al revés no**: la correlación solo mide relaciones **lineales**. Abajo, $X$ es uniforme en
$[-1, 1]$ e $Y = X^2 + \varepsilon$, con un ruido $\varepsilon$ de la desviación que elijas: $Y$
depende muchísimo de $X$, y sin embargo $\rho \approx 0$. La línea naranja es la media de $Y$ en
franjas de $X$: si fueran independientes, sería plana.
""",
        en=rf"""
With $\rho \approx {rho_petals:.2f}$, the variance of the sum is {_ratio:.2f} times the sum of the
variances: forgetting the covariance would be a big mistake. (Everything here uses `ddof=0`; with
`ddof=1` everywhere the identity is the same.)

**If they are independent, the covariance is zero** ($\mathbb E[XY] = \mathbb E[X]\,\mathbb E[Y]$).
But **not the other way round**: correlation only measures **linear** relations. Below, $X$ is
uniform on $[-1, 1]$ and $Y = X^2 + \varepsilon$, with noise $\varepsilon$ of the standard
deviation you choose: $Y$ depends heavily on $X$, and yet $\rho \approx 0$. The orange line is the
mean of $Y$ in strips of $X$: if they were independent, it would be flat.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    noise_slider = mo.ui.slider(
        0.0,
        0.5,
        step=0.01,
        value=0.05,
        show_value=True,
        label=kit.say(lang, es="Ruido: desviación de ε", en="Noise: standard deviation of ε"),
    )
    shape_dropdown = mo.ui.dropdown(
        options={"Y = X² + ε": "square", "Y = X + ε": "line", "Y = |X| + ε": "abs"},
        value="Y = X² + ε",
        label=kit.say(lang, es="Relación", en="Relation"),
    )
    mo.hstack([shape_dropdown, noise_slider], justify="start", gap=2)
    return noise_slider, shape_dropdown


@app.cell(hide_code=True)
def _(np):
    # Fixed draws (the controls only rescale them): 500 uniform X and 500 standard normal ε.
    _rng = np.random.default_rng(5)
    uniform_x = _rng.uniform(-1, 1, 500)
    unit_noise = _rng.standard_normal(500)
    return uniform_x, unit_noise


@app.cell(hide_code=True)
def _(kit, lang, noise_slider, np, plt, shape_dropdown, uniform_x, unit_noise):
    _curves = {"square": uniform_x**2, "line": uniform_x, "abs": np.abs(uniform_x)}
    _y = _curves[shape_dropdown.value] + noise_slider.value * unit_noise
    _rho = np.corrcoef(uniform_x, _y)[0, 1]
    _edges = np.linspace(-1, 1, 11)
    _strip = np.digitize(uniform_x, _edges[1:-1])
    _strip_means = [_y[_strip == k].mean() for k in range(10)]
    _fig, _ax = plt.subplots(figsize=(7.0, 3.8))
    _ax.scatter(uniform_x, _y, s=8, alpha=0.5, color="tab:blue")
    _ax.step(
        _edges,
        np.r_[_strip_means, _strip_means[-1]],
        where="post",
        color="tab:orange",
        lw=2.5,
        label=kit.say(lang, es="media de Y en cada franja de X", en="mean of Y in each strip of X"),
    )
    _ax.set_xlabel("X")
    _ax.set_ylabel("Y")
    _ax.legend(fontsize=8, loc="upper center")
    _ax.set_title(
        kit.say(lang, es=f"correlación ρ = {_rho:.3f}", en=f"correlation ρ = {_rho:.3f}"),
        fontsize=11,
    )
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Con $Y = X^2$ la nube es una parábola simétrica: a la derecha, $X$ e $Y$ suben juntas; a la
izquierda, una baja cuando la otra sube, y las dos mitades se cancelan en la covarianza. (En
teoría es exactamente 0: $\operatorname{Cov}(X, X^2) = \mathbb E[X^3] - \mathbb E[X]\,\mathbb E[X^2] = 0$
para una $X$ simétrica alrededor de 0.) Con $Y = X$, en cambio, $\rho$ está cerca de 1 y baja al
subir el ruido. Moraleja: $\rho = 0$ quiere decir "sin relación **lineal**", no "sin relación".
Hay una excepción importante, que verás en la sección 5: si $(X, Y)$ es **normal bivariada**,
correlación cero sí implica independencia.
""",
        en=r"""
With $Y = X^2$ the cloud is a symmetric parabola: on the right, $X$ and $Y$ go up together; on the
left, one goes down when the other goes up, and the two halves cancel in the covariance. (In
theory it is exactly 0: $\operatorname{Cov}(X, X^2) = \mathbb E[X^3] - \mathbb E[X]\,\mathbb E[X^2] = 0$
for an $X$ symmetric about 0.) With $Y = X$, instead, $\rho$ is close to 1 and drops as the noise
grows. The moral: $\rho = 0$ means "no **linear** relation", not "no relation". There is one
important exception, which you will see in section 5: if $(X, Y)$ is **bivariate normal**, zero
correlation does imply independence.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 4. Las matrices de covarianza y de correlación

Con $d$ variables hay una covarianza por cada par, y se ordenan en la **matriz de covarianza**
$\Sigma$, de $d \times d$: $\Sigma_{jk} = \operatorname{Cov}(X_j, X_k)$, con las varianzas en la
diagonal. Con datos, si $X_c$ es `X` con la media de cada columna restada, todas las sumas de
productos salen de un solo producto de matrices:

$$
\Sigma = \frac{1}{n-1}\,X_c^\top X_c,
\qquad
R_{jk} = \frac{\Sigma_{jk}}{\sqrt{\Sigma_{jj}\,\Sigma_{kk}}}.
$$

$R$ es la matriz de correlación, con unos en la diagonal.

$\Sigma$ es simétrica y **semidefinida positiva**: para cualquier vector $w$,

$$
w^\top \Sigma\, w = \frac{1}{n-1}\lVert X_c w\rVert^2 = \operatorname{Var}(Xw) \ge 0,
$$

porque $Xw$ es una nueva variable (una combinación de las columnas) y ninguna varianza es
negativa. Por eso sus valores propios son $\ge 0$ (lección 1.5); uno igual a 0 diría que alguna
combinación de las variables es constante. `gradiente.stats` trae `covariance` y `correlation`;
`gradiente.linalg.eig`, los valores propios. Con wine:
""",
        en=r"""
## 4. The covariance and correlation matrices

With $d$ variables there is a covariance for each pair, and they are arranged in the **covariance
matrix** $\Sigma$, of size $d \times d$: $\Sigma_{jk} = \operatorname{Cov}(X_j, X_k)$, with the
variances on the diagonal. With data, if $X_c$ is `X` with each column's mean subtracted, all the
sums of products come out of a single matrix product:

$$
\Sigma = \frac{1}{n-1}\,X_c^\top X_c,
\qquad
R_{jk} = \frac{\Sigma_{jk}}{\sqrt{\Sigma_{jj}\,\Sigma_{kk}}}.
$$

$R$ is the correlation matrix, with ones on the diagonal.

$\Sigma$ is symmetric and **positive semidefinite**: for any vector $w$,

$$
w^\top \Sigma\, w = \frac{1}{n-1}\lVert X_c w\rVert^2 = \operatorname{Var}(Xw) \ge 0,
$$

because $Xw$ is a new variable (a combination of the columns) and no variance is negative. That is
why its eigenvalues are $\ge 0$ (lesson 1.5); one equal to 0 would say that some combination of
the variables is constant. `gradiente.stats` has `covariance` and `correlation`;
`gradiente.linalg.eig`, the eigenvalues. With wine:
""",
    )
    return


@app.cell
def _(np, wine):
    from gradiente.linalg import eig
    from gradiente.stats import correlation, covariance

    X_wine = wine.data
    Sigma_wine = covariance(X_wine)  # ddof=1, as np.cov(X, rowvar=False)
    w_any = np.random.default_rng(0).standard_normal(13)  # any direction
    eigenvalues_wine = eig(Sigma_wine)[0]
    {
        "Σ shape": f"{Sigma_wine.shape[0]} × {Sigma_wine.shape[1]}",
        "wᵀΣw": round(float(w_any @ Sigma_wine @ w_any), 4),
        "Var(Xw), ddof=1": round(float(np.var(X_wine @ w_any, ddof=1)), 4),
        "smallest eigenvalue": round(float(eigenvalues_wine[0]), 5),
        "largest eigenvalue": round(float(eigenvalues_wine[-1]), 1),
        "diagonal of R": np.diag(correlation(X_wine)).round(12),
    }
    return correlation, covariance, eig, eigenvalues_wine


@app.cell(hide_code=True)
def _(eigenvalues_wine, kit, lang, mo):
    _low, _high = float(eigenvalues_wine[0]), float(eigenvalues_wine[-1])
    _intro = kit.text(
        lang,
        es=rf"""
Todos los valores propios son positivos, pero van de {_low:.4f} a {_high:.0f}: el más grande es
prácticamente la varianza de la prolina, que se mide en cientos. **¿Por qué mirar la correlación
y no la covarianza?** Compáralas: elige los datos y mira las dos matrices lado a lado.
""",
        en=rf"""
All the eigenvalues are positive, but they range from {_low:.4f} to {_high:.0f}: the largest is
practically the variance of proline, which is measured in hundreds. **Why look at the correlation
rather than the covariance?** Compare them: pick the data and look at the two matrices side by
side.
""",
    )
    matrix_dropdown = mo.ui.dropdown(
        options={"wine (13)": "wine", "iris (4)": "iris"},
        value="wine (13)",
        label=kit.say(lang, es="Datos", en="Data"),
    )
    mo.vstack([_intro, matrix_dropdown])
    return (matrix_dropdown,)


@app.cell(hide_code=True)
def _(correlation, covariance, iris, kit, lang, matrix_dropdown, np, plt, wine):
    _X = {"wine": wine.data, "iris": iris.data}[matrix_dropdown.value]
    _d = _X.shape[1]
    _fig, _axes = plt.subplots(1, 2, figsize=(8.6, 4.0))
    _fig.subplots_adjust(left=0.05, right=0.95, bottom=0.08, top=0.92, wspace=0.35)
    _axes[1].tick_params(labelleft=False)  # R's rows are Σ's, numbered once on the left (13 fewer labels to draw)
    for _ax, _M, _title, _cmap, _lims in (
        (_axes[0], covariance(_X), kit.say(lang, es="covarianza Σ", en="covariance Σ"), "viridis", (None, None)),
        (_axes[1], correlation(_X), kit.say(lang, es="correlación R", en="correlation R"), "RdBu_r", (-1, 1)),
    ):
        # "nearest": flat cells, the picture the default "auto" draws at this size, for less work per redraw
        _image = _ax.imshow(_M, cmap=_cmap, vmin=_lims[0], vmax=_lims[1], interpolation="nearest")
        _ax.set_title(_title, fontsize=10, y=1.0)  # a fixed spot: nothing sits above the matrix
        _ax.tick_params(labelsize=7)  # before the ticks exist: each is made at this size
        _ax.set_xticks(range(_d))
        _ax.set_yticks(range(_d))
        _bar = _fig.colorbar(_image, ax=_ax, fraction=0.046, pad=0.04)
        if _lims[0] == -1:
            _bar.set_ticks([-1, -0.5, 0, 0.5, 1])  # five labels, not nine: every label costs redraw time
        # NOTE: these axes have no axis labels; left on "auto", matplotlib would measure every tick
        # label again on each pass to place the empty label (a fifth of this figure's redraw).
        for _axis in (_ax.xaxis, _ax.yaxis, _bar.ax.xaxis, _bar.ax.yaxis):
            _axis.set_label_coords(0.5, 0.5)
        if _d <= 4:
            for (_i, _j), _value in np.ndenumerate(_M):
                _ax.text(
                    _j,
                    _i,
                    f"{_value:.2f}",
                    ha="center",
                    va="center",
                    fontsize=8,
                    color="w" if _cmap == "viridis" else "k",
                )
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang, rho_petals):
    kit.text(
        lang,
        es=rf"""
En wine, la covarianza es una sola casilla brillante (la prolina, variable 12) y un mar oscuro: sus
números dependen de las unidades de cada variable, y no se pueden comparar entre pares. La
correlación quita las unidades y deja ver la estructura: bloques de variables que van juntas
(en rojo) o en sentido contrario (en azul). En iris, donde todo está en centímetros, las dos se
parecen más, pero la correlación sigue siendo la que se lee directo: el largo y el ancho del
pétalo tienen $\rho \approx {rho_petals:.2f}$. Es la matriz que programas en el **ejercicio 2**.
""",
        en=rf"""
In wine, the covariance is a single bright cell (proline, variable 12) and a dark sea: its numbers
depend on each variable's units, and cannot be compared between pairs. The correlation removes
the units and shows the structure: blocks of variables that go together (in red) or in opposite
directions (in blue). In iris, where everything is in centimetres, the two look more alike, but
the correlation is still the one you read directly: petal length and width have
$\rho \approx {rho_petals:.2f}$. It is the matrix you write in **exercise 2**.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 5. La normal multivariada

Un vector aleatorio $x \in \mathbb R^d$ es **normal multivariado** con media $\mu$ y covarianza
$\Sigma$ (simétrica y definida positiva) si su densidad es

$$
\mathcal N(x;\mu,\Sigma) = (2\pi)^{-d/2}\,|\Sigma|^{-1/2}\,
\exp\!\Big(-\tfrac12 (x-\mu)^\top \Sigma^{-1} (x-\mu)\Big).
$$

Con $d = 1$ y $\Sigma = \sigma^2$ es la campana de siempre. El exponente depende de $x$ solo a
través de la **distancia de Mahalanobis**

$$
r(x) = \sqrt{(x-\mu)^\top \Sigma^{-1} (x-\mu)},
$$

una distancia medida "en desviaciones estándar" en cada dirección. Los puntos con la misma $r$
tienen la misma densidad, y forman **elipses** (elipsoides en $d > 2$). Escribiendo
$\Sigma = V\Lambda V^\top$ con sus vectores propios (lección 1.5) y $u = V^\top (x-\mu)$,
$r^2 = \sum_i u_i^2/\lambda_i$: la elipse $r = c$ tiene sus ejes a lo largo de los vectores propios
$v_i$, con semiejes $c\sqrt{\lambda_i}$. Son las mismas direcciones principales del PCA (lección 1.6).

¿Cuánta probabilidad queda dentro de cada elipse? Si $x \sim \mathcal N(\mu, \Sigma)$, entonces
$r^2 \sim \chi^2_d$, la ji cuadrada con $d$ grados de libertad (la suma de $d$ normales estándar
al cuadrado, como verás en un momento). En $d = 2$:
""",
        en=r"""
## 5. The multivariate normal

A random vector $x \in \mathbb R^d$ is **multivariate normal** with mean $\mu$ and covariance
$\Sigma$ (symmetric positive definite) if its density is

$$
\mathcal N(x;\mu,\Sigma) = (2\pi)^{-d/2}\,|\Sigma|^{-1/2}\,
\exp\!\Big(-\tfrac12 (x-\mu)^\top \Sigma^{-1} (x-\mu)\Big).
$$

With $d = 1$ and $\Sigma = \sigma^2$ it is the usual bell. The exponent depends on $x$ only through
the **Mahalanobis distance**

$$
r(x) = \sqrt{(x-\mu)^\top \Sigma^{-1} (x-\mu)},
$$

a distance measured "in standard deviations" along each direction. Points with the same $r$ have
the same density, and they form **ellipses** (ellipsoids for $d > 2$). Writing
$\Sigma = V\Lambda V^\top$ with its eigenvectors (lesson 1.5) and $u = V^\top (x-\mu)$,
$r^2 = \sum_i u_i^2/\lambda_i$: the ellipse $r = c$ has its axes along the eigenvectors $v_i$, with
semi-axes $c\sqrt{\lambda_i}$. They are PCA's principal directions (lesson 1.6).

How much probability lies inside each ellipse? If $x \sim \mathcal N(\mu, \Sigma)$, then
$r^2 \sim \chi^2_d$, the chi-squared with $d$ degrees of freedom (the sum of $d$ squared standard
normals, as you will see in a moment). For $d = 2$:
""",
    )
    return


@app.cell
def _(np):
    from gradiente.stats import ChiSquared

    inside = {f"P(r ≤ {c})": round(float(ChiSquared(2).cdf(c**2)), 4) for c in (1, 2, 3)}
    inside["1 − exp(−c²/2) for c = 2"] = round(1 - np.exp(-2.0), 4)  # the χ²₂ CDF in closed form
    inside
    return (ChiSquared,)


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
**Muestrear con Cholesky.** Toda matriz definida positiva se factoriza como $\Sigma = LL^\top$ con
$L$ triangular inferior (la factorización de Cholesky). Si $z \sim \mathcal N(0, I)$ (cada
componente una normal estándar independiente), entonces

$$
x = \mu + Lz
\quad\Longrightarrow\quad
\operatorname{Cov}(x) = L\,\operatorname{Cov}(z)\,L^\top = LIL^\top = \Sigma.
$$

$L$ hace con la nube redonda de las $z$ lo que la matriz de la lección 1.2 hace con el plano: la
estira y la gira. Al revés, $z = L^{-1}(x - \mu)$ y $r^2 = \lVert z\rVert^2$: por eso $r^2$ es una
suma de $d$ normales estándar al cuadrado, $\chi^2_d$. Con las muestras en filas, $x^\top = \mu^\top + z^\top L^\top$,
y $n$ muestras a la vez son `mu + Z @ L.T` (**ejercicio 4**). La misma $L$ sirve para la densidad:
$|\Sigma| = |L|^2 = \prod_i L_{ii}^2$, así que

$$
\ln|\Sigma| = 2\sum_i \ln L_{ii}.
$$

**Condicionar.** Si partes $x = (x_1, x_2)$ y conoces $x_2$, lo que queda de $x_1$ también es
normal, con

$$
\mu_{1\mid 2} = \mu_1 + \Sigma_{12}\Sigma_{22}^{-1}(x_2-\mu_2),
\qquad
\Sigma_{1\mid 2} = \Sigma_{11} - \Sigma_{12}\Sigma_{22}^{-1}\Sigma_{21}.
$$

En dos variables con desviaciones $\sigma_1, \sigma_2$ y correlación $\rho$ queda
$\mu_{1\mid 2} = \mu_1 + \rho\,\frac{\sigma_1}{\sigma_2}(x_2 - \mu_2)$ (una recta: la de la regresión
de $x_1$ sobre $x_2$) y $\sigma_{1\mid 2}^2 = \sigma_1^2(1-\rho^2)$, que no depende de $x_2$: saber
$x_2$ siempre achica la incertidumbre, y más cuanto más grande es $|\rho|$. Con $\rho = 0$ la
condicional es la marginal: para la normal, correlación cero **sí** es independencia.

**Normal bivariada.** Mueve las desviaciones, la correlación y el valor conocido $x_2$. Arriba, 500
muestras $\mu + Lz$ (siempre las mismas $z$), las elipses $r = 1, 2, 3$ y los ejes propios; la
línea horizontal es $x_2$ y la diagonal, la recta de $\mu_{1\mid 2}$. Abajo, la densidad de $x_1$
sabiendo $x_2$ frente a la de $x_1$ sin saber nada.
""",
        en=r"""
**Sampling with Cholesky.** Every positive definite matrix factors as $\Sigma = LL^\top$ with $L$
lower triangular (the Cholesky factorisation). If $z \sim \mathcal N(0, I)$ (each component an
independent standard normal), then

$$
x = \mu + Lz
\quad\Longrightarrow\quad
\operatorname{Cov}(x) = L\,\operatorname{Cov}(z)\,L^\top = LIL^\top = \Sigma.
$$

$L$ does to the round cloud of $z$'s what the matrix of lesson 1.2 does to the plane: it stretches
and turns it. Backwards, $z = L^{-1}(x - \mu)$ and $r^2 = \lVert z\rVert^2$: that is why $r^2$ is a
sum of $d$ squared standard normals, $\chi^2_d$. With samples in rows, $x^\top = \mu^\top + z^\top L^\top$,
and $n$ samples at once are `mu + Z @ L.T` (**exercise 4**). The same $L$ serves the density:
$|\Sigma| = |L|^2 = \prod_i L_{ii}^2$, so

$$
\ln|\Sigma| = 2\sum_i \ln L_{ii}.
$$

**Conditioning.** If you split $x = (x_1, x_2)$ and know $x_2$, what is left of $x_1$ is normal
too, with

$$
\mu_{1\mid 2} = \mu_1 + \Sigma_{12}\Sigma_{22}^{-1}(x_2-\mu_2),
\qquad
\Sigma_{1\mid 2} = \Sigma_{11} - \Sigma_{12}\Sigma_{22}^{-1}\Sigma_{21}.
$$

In two variables with standard deviations $\sigma_1, \sigma_2$ and correlation $\rho$ this is
$\mu_{1\mid 2} = \mu_1 + \rho\,\frac{\sigma_1}{\sigma_2}(x_2 - \mu_2)$ (a line: the regression of
$x_1$ on $x_2$) and $\sigma_{1\mid 2}^2 = \sigma_1^2(1-\rho^2)$, which does not depend on $x_2$:
knowing $x_2$ always shrinks the uncertainty, the more so the larger $|\rho|$. With $\rho = 0$ the
conditional is the marginal: for the normal, zero correlation **is** independence.

**Bivariate normal.** Move the standard deviations, the correlation and the known value $x_2$. On
top, 500 samples $\mu + Lz$ (always the same $z$'s), the ellipses $r = 1, 2, 3$ and the
eigen-axes; the horizontal line is $x_2$ and the diagonal one, the line of $\mu_{1\mid 2}$. Below,
the density of $x_1$ knowing $x_2$ against that of $x_1$ knowing nothing.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    sigma1_slider = mo.ui.slider(0.5, 2.0, step=0.1, value=1.0, show_value=True, label="$\\sigma_1$")
    sigma2_slider = mo.ui.slider(0.5, 2.0, step=0.1, value=1.5, show_value=True, label="$\\sigma_2$")
    rho_slider = mo.ui.slider(-0.95, 0.95, step=0.05, value=0.7, show_value=True, label="$\\rho$")
    given_slider = mo.ui.slider(
        -4.0, 4.0, step=0.1, value=2.0, show_value=True, label=kit.say(lang, es="$x_2$ conocido", en="known $x_2$")
    )
    mo.vstack(
        [
            mo.hstack([sigma1_slider, sigma2_slider], justify="start", gap=2),
            mo.hstack([rho_slider, given_slider], justify="start", gap=2),
        ]
    )
    return given_slider, rho_slider, sigma1_slider, sigma2_slider


@app.cell(hide_code=True)
def _(np):
    # Fixed standard normal draws (the sliders only transform them) and the unit circle. The imports
    # live here, not in the cells that read the sliders: a cell that defines a name reruns, with every
    # cell that uses it, whenever a slider moves (the iris figure below uses cholesky).
    from gradiente.linalg import cholesky
    from gradiente.stats import Normal

    unit_z = np.random.default_rng(11).standard_normal((500, 2))
    circle = np.stack([np.cos(np.linspace(0, 2 * np.pi, 200)), np.sin(np.linspace(0, 2 * np.pi, 200))])
    return Normal, cholesky, circle, unit_z


@app.cell(hide_code=True)
def _(cholesky, eig, given_slider, np, rho_slider, sigma1_slider, sigma2_slider, unit_z):
    # Small pure cell: Σ from the sliders, its Cholesky factor and eigenvectors, the samples, the conditional.
    _s1, _s2, _rho = sigma1_slider.value, sigma2_slider.value, rho_slider.value
    Sigma_2d = np.array([[_s1**2, _rho * _s1 * _s2], [_rho * _s1 * _s2, _s2**2]])
    L_2d = cholesky(Sigma_2d)
    axes_values, axes_vectors = eig(Sigma_2d)
    samples_2d = unit_z @ L_2d.T  # μ = 0: each row is L z
    cond_mean = _rho * _s1 / _s2 * given_slider.value  # μ₁ + ρ σ₁/σ₂ (x₂ − μ₂), with μ = 0
    cond_sd = _s1 * np.sqrt(1 - _rho**2)  # σ₁ √(1 − ρ²)
    inside_two = float(np.mean(np.sum(np.linalg.solve(L_2d, samples_2d.T) ** 2, axis=0) <= 4))
    return L_2d, axes_values, axes_vectors, cond_mean, cond_sd, inside_two, samples_2d


@app.cell(hide_code=True)
def _(
    ChiSquared,
    L_2d,
    Normal,
    axes_values,
    axes_vectors,
    circle,
    cond_mean,
    cond_sd,
    given_slider,
    inside_two,
    kit,
    lang,
    np,
    plt,
    rho_slider,
    samples_2d,
    sigma1_slider,
    sigma2_slider,
):
    _fig, (_ax, _low) = plt.subplots(
        2, 1, figsize=(7.2, 7.0), sharex=True, gridspec_kw={"height_ratios": [2.6, 1], "hspace": 0.08}
    )
    _ax.scatter(*samples_2d.T, s=6, alpha=0.35, color="tab:blue")
    for _r in (1, 2, 3):
        _ax.plot(*(_r * L_2d @ circle), color="k", lw=1.2 if _r == 2 else 0.8)  # r·L·(unit circle)
    for _value, _vector in zip(axes_values, axes_vectors.T):
        _ends = np.outer([-3, 3], np.sqrt(_value) * _vector)
        _ax.plot(_ends[:, 0], _ends[:, 1], color="tab:green", lw=1.2, ls="--")
    _t = np.array([-7.0, 7.0])
    _ax.plot(
        rho_slider.value * sigma1_slider.value / sigma2_slider.value * _t,
        _t,
        color="tab:red",
        lw=1.5,
        label=kit.say(lang, es="recta de μ₁|₂", en="line of μ₁|₂"),
    )
    _ax.axhline(given_slider.value, color="tab:orange", lw=2, label=kit.say(lang, es="x₂ conocido", en="known x₂"))
    _ax.plot([cond_mean], [given_slider.value], "o", color="tab:red", ms=7)
    _ax.set_xlim(-6.5, 6.5)
    _ax.set_ylim(-6.5, 6.5)
    _ax.set_xticks(range(-6, 7, 2))  # the ticks matplotlib would pick, without making ones off the axes
    _ax.set_yticks(range(-6, 7, 2))
    _ax.set_aspect("equal")
    _ax.set_ylabel("$x_2$")
    _ax.legend(fontsize=8, loc="upper left")
    _ax.set_title(
        kit.say(
            lang,
            es=f"dentro de r = 2: el {100 * inside_two:.1f} % de las 500 muestras (χ²₂ predice {100 * ChiSquared(2).cdf(4.0):.1f} %)",
            en=f"inside r = 2: {100 * inside_two:.1f} % of the 500 samples (χ²₂ predicts {100 * ChiSquared(2).cdf(4.0):.1f} %)",
        ),
        fontsize=10,
        y=1.0,  # a fixed spot: nothing sits above the axes
    )
    _grid = np.linspace(-6.5, 6.5, 400)
    _low.plot(
        _grid,
        Normal(cond_mean, cond_sd).pdf(_grid),
        color="tab:red",
        lw=2,
        label=kit.say(
            lang,
            es=f"p(x₁ | x₂): media {cond_mean:.2f}, σ {cond_sd:.2f}",
            en=f"p(x₁ | x₂): mean {cond_mean:.2f}, σ {cond_sd:.2f}",
        ),
    )
    _low.plot(
        _grid,
        Normal(0.0, sigma1_slider.value).pdf(_grid),
        color="0.4",
        lw=1.5,
        ls="--",
        label=kit.say(
            lang, es=f"p(x₁): media 0, σ {sigma1_slider.value:.2f}", en=f"p(x₁): mean 0, σ {sigma1_slider.value:.2f}"
        ),
    )
    _low.set_xlabel("$x_1$")
    _low.set_ylim(0, None)
    _low.legend(fontsize=8, loc="upper left")
    # NOTE: these two axes have no label; left on "auto", matplotlib measures every tick label again
    # on each pass to place the empty label.
    for _axis in (_ax.xaxis, _low.yaxis):
        _axis.set_label_coords(0.5, 0.5)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Cosas para probar: con $\rho = 0$ y $\sigma_1 = \sigma_2$ las elipses son círculos, los ejes propios
no tienen dirección preferida y la recta roja es vertical: saber $x_2$ no cambia nada. Con
$\rho \to \pm 0.95$ la elipse se aplasta sobre una recta, y la densidad condicional se vuelve
angosta: conocer $x_2$ casi fija $x_1$. Y el porcentaje del título se queda cerca del que predice
$\chi^2_2$ para cualquier $\Sigma$, porque las muestras son siempre las mismas $z$ transformadas por
$L$, y $r = \lVert z\rVert$ no depende de $\Sigma$.
""",
        en=r"""
Things to try: with $\rho = 0$ and $\sigma_1 = \sigma_2$ the ellipses are circles, the eigen-axes
have no preferred direction and the red line is vertical: knowing $x_2$ changes nothing. With
$\rho \to \pm 0.95$ the ellipse collapses onto a line, and the conditional density becomes narrow:
knowing $x_2$ nearly pins down $x_1$. And the title's percentage stays near the one $\chi^2_2$
predicts for any $\Sigma$, because the samples are always the same $z$'s transformed by $L$, and
$r = \lVert z\rVert$ does not depend on $\Sigma$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
**La densidad, en la computadora.** En la fórmula aparecen $\Sigma^{-1}$ y $|\Sigma|$, pero
calcularlas tal cual es mala idea. Invertir es más caro y menos exacto que resolver un sistema
triangular con $L$ ($Lz = x - \mu$). Y el determinante es un producto de $d$ números que puede
salirse del rango de un `float` aunque su logaritmo sea un número normal:
""",
        en=r"""
**The density, on a computer.** The formula has $\Sigma^{-1}$ and $|\Sigma|$ in it, but computing
them as they stand is a bad idea. Inverting is costlier and less accurate than solving a
triangular system with $L$ ($Lz = x - \mu$). And the determinant is a product of $d$ numbers that
can leave the range of a `float` even when its logarithm is an ordinary number:
""",
    )
    return


@app.cell
def _(cancer, cholesky, covariance, np):
    Sigma_200 = 0.01 * np.eye(200)
    with np.errstate(divide="ignore"):
        naive_log_det = np.log(np.linalg.det(Sigma_200))  # det = 0.01²⁰⁰ = 1e-400 underflows to 0.0
    L_200 = cholesky(Sigma_200)
    Sigma_cancer = covariance(cancer.data)  # 30 × 30
    {
        "det(0.01·I₂₀₀)": np.linalg.det(Sigma_200),
        "ln det, naive": naive_log_det,
        "2 Σ ln Lᵢᵢ": round(float(2 * np.sum(np.log(np.diag(L_200)))), 4),
        "200·ln 0.01": round(200 * np.log(0.01), 4),
        "det Σ, breast cancer": float(np.linalg.det(Sigma_cancer)),
        "2 Σ ln Lᵢᵢ, breast cancer": round(float(2 * np.sum(np.log(np.diag(cholesky(Sigma_cancer))))), 4),
    }
    return (Sigma_cancer,)


@app.cell(hide_code=True)
def _(Sigma_cancer, kit, lang, np):
    _tiny = kit.tex_number(np.finfo(float).tiny, 3)  # the smallest normal float
    _gap = np.log10(np.linalg.det(Sigma_cancer)) - np.log10(np.finfo(float).tiny)
    kit.text(
        lang,
        es=rf"""
Con $0.01\,I$ en 200 dimensiones, una normal perfectamente razonable, el determinante
$10^{-400}$ se redondea a 0 y su logaritmo a $-\infty$; con Cholesky, el logaritmo sale exacto. En
breast cancer, con 30 variables en escalas muy distintas, el determinante todavía cabe, pero ya
está a unos {_gap:.0f} órdenes de magnitud del `float` normal más chico
(${_tiny}$): bastarían unas cuantas variables más. Es lo que programas en el **ejercicio 3**.

**Iris por especie.** Cada especie tiene su propia nube. Abajo, el largo y el ancho del pétalo con
la normal ajustada (media y covarianza de los datos) y sus elipses de Mahalanobis 1, 2 y 3. Elige
una sola normal para las 150 flores, una por especie, o una por especie con $\Sigma$ **diagonal**:
la que supone el naive Bayes gaussiano de la lección 5.5.
""",
        en=rf"""
With $0.01\,I$ in 200 dimensions, a perfectly reasonable normal, the determinant $10^{-400}$
rounds to 0 and its logarithm to $-\infty$; with Cholesky, the logarithm comes out exact. In
breast cancer, with 30 variables on very different scales, the determinant still fits, but it is
already some {_gap:.0f} orders of magnitude from the smallest normal `float`
(${_tiny}$): a few more variables would do. That is what you write in **exercise 3**.

**Iris by species.** Each species has its own cloud. Below, petal length and width with the fitted
normal (the data's mean and covariance) and its Mahalanobis ellipses 1, 2 and 3. Pick a single
normal for the 150 flowers, one per species, or one per species with a **diagonal** $\Sigma$: the
one Gaussian naive Bayes assumes in lesson 5.5.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    iris_model = mo.ui.dropdown(
        options={
            kit.say(lang, es="una normal para las 150 flores", en="one normal for all 150 flowers"): "all",
            kit.say(lang, es="una normal por especie", en="one normal per species"): "species",
            kit.say(
                lang, es="por especie, Σ diagonal (naive Bayes)", en="per species, diagonal Σ (naive Bayes)"
            ): "diagonal",
        },
        value=kit.say(lang, es="una normal por especie", en="one normal per species"),
        label=kit.say(lang, es="Modelo", en="Model"),
    )
    iris_model
    return (iris_model,)


@app.cell(hide_code=True)
def _(circle, cholesky, covariance, iris, iris_model, kit, lang, np, plt):
    _petals = iris.data[:, 2:4]
    _colors = ("tab:blue", "tab:orange", "tab:green")
    _species = ("setosa", "versicolor", "virginica")
    _fig, _ax = plt.subplots(figsize=(7.4, 4.6))
    for _k in range(3):
        _ax.scatter(*_petals[iris.target == _k].T, s=12, color=_colors[_k], alpha=0.7)
    if iris_model.value == "all":
        _groups = [(_petals, "k", kit.say(lang, es="las 150 flores", en="all 150 flowers"))]
    else:
        _groups = [(_petals[iris.target == _k], _colors[_k], _species[_k]) for _k in range(3)]
    for _points, _color, _name in _groups:
        _mean = _points.mean(axis=0)
        _Sigma = covariance(_points)
        _rho = _Sigma[0, 1] / np.sqrt(_Sigma[0, 0] * _Sigma[1, 1])
        if iris_model.value == "diagonal":
            _Sigma = np.diag(np.diag(_Sigma))  # naive Bayes: the covariances set to 0
        _L = cholesky(_Sigma)
        for _r in (1, 2, 3):
            _ax.plot(
                *(_mean[:, None] + _r * _L @ circle),
                color=_color,
                lw=1.4 if _r == 1 else 0.8,
                label=f"{_name}: ρ = {_rho:.2f}" if _r == 1 else None,
            )
    _ax.set_xlim(0, 8.2)
    _ax.set_ylim(-0.6, 3.4)
    _ax.set_xlabel(kit.say(lang, es="largo del pétalo (cm)", en="petal length (cm)"))
    _ax.set_ylabel(kit.say(lang, es="ancho del pétalo (cm)", en="petal width (cm)"))
    _ax.legend(fontsize=8, loc="upper left")
    _ax.set_title(
        kit.say(lang, es="elipses de Mahalanobis r = 1, 2, 3", en="Mahalanobis ellipses r = 1, 2, 3"), fontsize=10
    )
    plt.close(_fig)
    _fig
    return


@app.cell
def _(covariance, iris, np):
    # Two points 0.5 cm from versicolor's mean: one along its main axis, one across it.
    petals_versicolor = iris.data[iris.target == 1][:, 2:4]
    mean_versicolor = petals_versicolor.mean(axis=0)
    Sigma_versicolor = covariance(petals_versicolor)
    values_versicolor, vectors_versicolor = np.linalg.eigh(Sigma_versicolor)
    along = mean_versicolor + 0.5 * vectors_versicolor[:, 1]  # the largest eigenvalue's direction
    across = mean_versicolor + 0.5 * vectors_versicolor[:, 0]

    def mahalanobis(x):
        diff = x - mean_versicolor
        return float(np.sqrt(diff @ np.linalg.solve(Sigma_versicolor, diff)))

    {
        "Euclidean, along": round(float(np.linalg.norm(along - mean_versicolor)), 3),
        "Euclidean, across": round(float(np.linalg.norm(across - mean_versicolor)), 3),
        "Mahalanobis, along": round(mahalanobis(along), 2),
        "Mahalanobis, across": round(mahalanobis(across), 2),
    }
    return across, along, mahalanobis


@app.cell(hide_code=True)
def _(across, along, iris, kit, lang, mahalanobis, np):
    _petals = iris.data[:, 2:4]
    _rho_all = np.corrcoef(_petals.T)[0, 1]
    _rho_each = [np.corrcoef(_petals[iris.target == _k].T)[0, 1] for _k in range(3)]
    # The middle of the empty gap between setosa and the rest, and its Mahalanobis distance for the single normal.
    _setosa, _others = _petals[iris.target == 0], _petals[iris.target != 0]
    _gap = 0.5 * (_setosa.max(axis=0) + _others.min(axis=0))
    _diff = _gap - _petals.mean(axis=0)
    _gap_r = float(np.sqrt(_diff @ np.linalg.solve(np.cov(_petals.T), _diff)))
    kit.text(
        lang,
        es=rf"""
Con las 150 flores juntas, $\rho = {_rho_all:.2f}$: casi toda esa correlación viene de que las
especies están en lugares distintos (pétalos chicos con chicos, grandes con grandes). Dentro de cada
especie es menor: {_rho_each[0]:.2f} en setosa, {_rho_each[1]:.2f} en versicolor,
{_rho_each[2]:.2f} en virginica. Y la normal única le da mucha densidad al hueco vacío entre setosa y
las demás: el centro del hueco, ({_gap[0]:.2f}, {_gap[1]:.2f}), está a $r = {_gap_r:.2f}$, casi sobre la
elipse más chica. Una mezcla de grupos no es una normal. Con $\Sigma$ diagonal las
elipses quedan alineadas con los ejes; en setosa y virginica casi no se nota, en versicolor sí.

**Mahalanobis y no euclidiana.** Dos pétalos ficticios a 0.5 cm del centro de versicolor: uno a
lo largo de su eje principal, otro en la dirección perpendicular. Para la regla euclidiana están igual de lejos; para
Mahalanobis, el primero está a {mahalanobis(along):.2f} desviaciones y el segundo a
{mahalanobis(across):.2f}: el perpendicular es un dato raro, porque en versicolor el largo y el ancho
casi nunca se apartan así uno del otro. Es la distancia que se usa para detectar atípicos.
""",
        en=rf"""
With all 150 flowers together, $\rho = {_rho_all:.2f}$: nearly all of that correlation comes from
the species sitting in different places (small petals with small, large with large). Within each
species it is lower: {_rho_each[0]:.2f} in setosa, {_rho_each[1]:.2f} in versicolor,
{_rho_each[2]:.2f} in virginica. And the single normal gives a lot of density to the empty gap
between setosa and the others: the middle of the gap, ({_gap[0]:.2f}, {_gap[1]:.2f}), lies at
$r = {_gap_r:.2f}$, nearly on the smallest ellipse. A mixture of groups is not a normal. With a diagonal
$\Sigma$ the ellipses line up with the axes; in setosa and virginica it hardly shows, in versicolor
it does.

**Mahalanobis, not Euclidean.** Two made-up petals 0.5 cm from versicolor's centre: one along its
main axis, one across it. For the Euclidean ruler they are equally far; for Mahalanobis, the first
is {mahalanobis(along):.2f} standard deviations away and the second {mahalanobis(across):.2f}:
the one across is an odd data point, because in versicolor length and width hardly ever drift
apart like that. It is the distance used to detect outliers.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 6. Ejercicios

Los cuatro piden solo NumPy. En el 3 y el 4, `np.linalg.cholesky(Sigma)` da la $L$ triangular
inferior con $\Sigma = LL^\top$, y `np.linalg.solve(L, B)` resuelve $LZ = B$ (NumPy no trae un
solucionador triangular aparte; con uno general el resultado es el mismo).
""",
        en=r"""
## 6. Exercises

All four need NumPy only. In 3 and 4, `np.linalg.cholesky(Sigma)` gives the lower-triangular $L$
with $\Sigma = LL^\top$, and `np.linalg.solve(L, B)` solves $LZ = B$ (NumPy has no separate
triangular solver; a general one gives the same result).
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_mean_and_variance = kit.exercise("mean_and_variance", lang)
    ex_mean_and_variance
    return (ex_mean_and_variance,)


@app.cell(hide_code=True)
def _(ex_mean_and_variance, kit):
    kit.feedback(ex_mean_and_variance)
    return


@app.cell(hide_code=True)
def _(ex_mean_and_variance, kit):
    kit.hints(ex_mean_and_variance)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_correlation_matrix = kit.exercise("correlation_matrix", lang)
    ex_correlation_matrix
    return (ex_correlation_matrix,)


@app.cell(hide_code=True)
def _(ex_correlation_matrix, kit):
    kit.feedback(ex_correlation_matrix)
    return


@app.cell(hide_code=True)
def _(ex_correlation_matrix, kit):
    kit.hints(ex_correlation_matrix)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_mvn_logpdf = kit.exercise("mvn_logpdf", lang)
    ex_mvn_logpdf
    return (ex_mvn_logpdf,)


@app.cell(hide_code=True)
def _(ex_mvn_logpdf, kit):
    kit.feedback(ex_mvn_logpdf)
    return


@app.cell(hide_code=True)
def _(ex_mvn_logpdf, kit):
    kit.hints(ex_mvn_logpdf)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_sample_mvn = kit.exercise("sample_mvn", lang)
    ex_sample_mvn
    return (ex_sample_mvn,)


@app.cell(hide_code=True)
def _(ex_sample_mvn, kit):
    kit.feedback(ex_sample_mvn)
    return


@app.cell(hide_code=True)
def _(ex_sample_mvn, kit):
    kit.hints(ex_sample_mvn)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 7. Autoevaluación

Cuatro preguntas. La respuesta se corrige en cuanto eliges una opción.
""",
        en=r"""
## 7. Self-check

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
                es=r"**1.** Calculas $\operatorname{Cov}(X, Y) = 0$. ¿Puedes concluir que $X$ e $Y$ son independientes?",
                en=r"**1.** You find $\operatorname{Cov}(X, Y) = 0$. Can you conclude that $X$ and $Y$ are independent?",
            ),
            (
                T(es="Sí, siempre", en="Yes, always"),
                T(
                    es="No, salvo que (X, Y) sea normal bivariada",
                    en="No, unless (X, Y) is bivariate normal",
                ),
                T(es="Solo si X e Y tienen la misma varianza", en="Only if X and Y have the same variance"),
            ),
            answer=1,
            why=T(
                es=r"La covarianza solo mide la parte **lineal** de la relación: con $X$ uniforme en $[-1, 1]$ e $Y = X^2$, $\operatorname{Cov} = \mathbb E[X^3] - \mathbb E[X]\mathbb E[X^2] = 0$ aunque $Y$ sea una función de $X$ (la figura de la sección 3). Independencia implica covarianza cero, no al revés. La excepción es la normal conjunta: con $\rho = 0$ la densidad se factoriza y la condicional es igual a la marginal. Las varianzas no tienen nada que ver.",
                en=r"Covariance only measures the **linear** part of the relation: with $X$ uniform on $[-1, 1]$ and $Y = X^2$, $\operatorname{Cov} = \mathbb E[X^3] - \mathbb E[X]\mathbb E[X^2] = 0$ although $Y$ is a function of $X$ (the figure of section 3). Independence implies zero covariance, not the other way round. The exception is the joint normal: with $\rho = 0$ the density factors and the conditional equals the marginal. The variances have nothing to do with it.",
            ),
        ),
        Question(
            T(
                es=r"**2.** ¿Cuánto vale $\operatorname{Var}(X - Y)$?",
                en=r"**2.** What is $\operatorname{Var}(X - Y)$?",
            ),
            (
                T.same("Var X − Var Y"),
                T.same("Var X + Var Y − 2 Cov(X, Y)"),
                T.same("Var X + Var Y + 2 Cov(X, Y)"),
            ),
            answer=1,
            why=T(
                es=r"$X - Y = X + (-1)Y$, y $\operatorname{Var}(-Y) = (-1)^2\operatorname{Var}Y = \operatorname{Var}Y$: la varianza de $-Y$ **se suma**. El término cruzado cambia de signo, $2\operatorname{Cov}(X, -Y) = -2\operatorname{Cov}(X, Y)$. $\operatorname{Var}X - \operatorname{Var}Y$ podría ser negativa, y ninguna varianza lo es; la tercera opción es la de $X + Y$.",
                en=r"$X - Y = X + (-1)Y$, and $\operatorname{Var}(-Y) = (-1)^2\operatorname{Var}Y = \operatorname{Var}Y$: the variance of $-Y$ **adds**. The cross term changes sign, $2\operatorname{Cov}(X, -Y) = -2\operatorname{Cov}(X, Y)$. $\operatorname{Var}X - \operatorname{Var}Y$ could be negative, and no variance is; the third option is the one for $X + Y$.",
            ),
        ),
        Question(
            T(
                es=r"**3.** En una normal bivariada, ¿qué le pasa a la elipse $r = 1$ cuando $\rho \to 1$ (con $\sigma_1$, $\sigma_2$ fijas)?",
                en=r"**3.** In a bivariate normal, what happens to the ellipse $r = 1$ as $\rho \to 1$ (with $\sigma_1$, $\sigma_2$ fixed)?",
            ),
            (
                T(es="Se vuelve un círculo", en="It becomes a circle"),
                T(es="Crece en todas las direcciones", en="It grows in every direction"),
                T(es="Se aplasta sobre una recta", en="It collapses onto a line"),
            ),
            answer=2,
            why=T(
                es=r"Los semiejes son $\sqrt{\lambda_i}$, y $\det\Sigma = \lambda_1\lambda_2 = \sigma_1^2\sigma_2^2(1 - \rho^2) \to 0$: un valor propio tiende a 0 y la elipse pierde su ancho. Toda la probabilidad se concentra cerca de la recta $x_1 = \mu_1 + \frac{\sigma_1}{\sigma_2}(x_2 - \mu_2)$, y $\sigma_{1\mid 2} = \sigma_1\sqrt{1-\rho^2} \to 0$: conocer $x_2$ fija $x_1$. Un círculo pide $\rho = 0$ y $\sigma_1 = \sigma_2$.",
                en=r"The semi-axes are $\sqrt{\lambda_i}$, and $\det\Sigma = \lambda_1\lambda_2 = \sigma_1^2\sigma_2^2(1 - \rho^2) \to 0$: one eigenvalue goes to 0 and the ellipse loses its width. All the probability gathers near the line $x_1 = \mu_1 + \frac{\sigma_1}{\sigma_2}(x_2 - \mu_2)$, and $\sigma_{1\mid 2} = \sigma_1\sqrt{1-\rho^2} \to 0$: knowing $x_2$ pins $x_1$ down. A circle needs $\rho = 0$ and $\sigma_1 = \sigma_2$.",
            ),
        ),
        Question(
            T(
                es="**4.** Para detectar datos atípicos en datos con variables correlacionadas, ¿por qué se usa la distancia de Mahalanobis y no la euclidiana?",
                en="**4.** To detect outliers in data with correlated variables, why use the Mahalanobis distance rather than the Euclidean one?",
            ),
            (
                T(
                    es="Porque mide en desviaciones estándar en cada dirección, con las escalas y las correlaciones de los datos",
                    en="Because it measures in standard deviations along each direction, with the data's scales and correlations",
                ),
                T(es="Porque es más rápida de calcular", en="Because it is faster to compute"),
                T(es="Porque siempre da distancias más chicas", en="Because it always gives smaller distances"),
            ),
            answer=0,
            why=T(
                es=r"$r^2 = (x-\mu)^\top\Sigma^{-1}(x-\mu)$ divide cada dirección propia entre su varianza: alejarse a lo largo de la nube es normal, alejarse en la dirección perpendicular es raro (los dos pétalos de versicolor de la sección 5, a la misma distancia euclidiana). Además no depende de las unidades, y para datos normales $r^2 \sim \chi^2_d$ da un umbral con probabilidad conocida. No es más rápida (necesita resolver con $\Sigma$), y puede ser más grande o más chica que la euclidiana.",
                en=r"$r^2 = (x-\mu)^\top\Sigma^{-1}(x-\mu)$ divides each eigen-direction by its variance: moving away along the cloud is normal, moving away across it is rare (the two versicolor petals of section 5, at the same Euclidean distance). Besides, it does not depend on the units, and for normal data $r^2 \sim \chi^2_d$ gives a threshold with a known probability. It is not faster (it needs a solve with $\Sigma$), and it can be larger or smaller than the Euclidean one.",
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

- $\mathbb E[X] = \sum_x x\,p(x)$ es el punto de equilibrio; $\operatorname{Var}X = \mathbb E[(X-\mu)^2] = \mathbb E[X^2] - \mu^2 \ge 0$,
  y $\sigma$ es su raíz. La esperanza es lineal; $\operatorname{Var}(aX + b) = a^2\operatorname{Var}X$.
- Para describir datos: media y mediana (se separan con colas largas), cuartiles y diagrama de
  caja, asimetría y curtosis en exceso (que también delata mezclas de grupos).
- Marginal = sumar la tabla conjunta; condicional = dividir entre la marginal. Independencia es
  $p(x, y) = p(x)p(y)$ en todas las casillas.
- $\operatorname{Var}(X \pm Y) = \operatorname{Var}X + \operatorname{Var}Y \pm 2\operatorname{Cov}(X, Y)$;
  $\rho = \operatorname{Cov}/(\sigma_X\sigma_Y) \in [-1, 1]$ mide solo relaciones lineales:
  independencia ⇒ $\rho = 0$, pero no al revés (salvo en la normal).
- $\Sigma = X_c^\top X_c/(n-1)$ es simétrica y semidefinida positiva ($w^\top\Sigma w = \operatorname{Var}(Xw)$);
  la correlación le quita las unidades.
- $\mathcal N(\mu, \Sigma)$: elipses de Mahalanobis con ejes en los vectores propios de $\Sigma$,
  $r^2 \sim \chi^2_d$; se evalúa con $\Sigma = LL^\top$ (resolver $Lz = x - \mu$,
  $\ln|\Sigma| = 2\sum_i \ln L_{ii}$), se muestrea con $x = \mu + Lz$ y se condiciona con
  $\mu_{1\mid 2} = \mu_1 + \Sigma_{12}\Sigma_{22}^{-1}(x_2 - \mu_2)$.
- Sigue en la lección 5.3: muestras, el teorema central del límite e intervalos de confianza.
""",
        en=r"""
## 8. Summary

- $\mathbb E[X] = \sum_x x\,p(x)$ is the balance point; $\operatorname{Var}X = \mathbb E[(X-\mu)^2] = \mathbb E[X^2] - \mu^2 \ge 0$,
  and $\sigma$ is its square root. Expectation is linear; $\operatorname{Var}(aX + b) = a^2\operatorname{Var}X$.
- To describe data: mean and median (they drift apart with long tails), quartiles and the box
  plot, skewness and excess kurtosis (which also gives away mixtures of groups).
- Marginal = add up the joint table; conditional = divide by the marginal. Independence is
  $p(x, y) = p(x)p(y)$ in every cell.
- $\operatorname{Var}(X \pm Y) = \operatorname{Var}X + \operatorname{Var}Y \pm 2\operatorname{Cov}(X, Y)$;
  $\rho = \operatorname{Cov}/(\sigma_X\sigma_Y) \in [-1, 1]$ measures linear relations only:
  independence ⇒ $\rho = 0$, but not the other way round (except for the normal).
- $\Sigma = X_c^\top X_c/(n-1)$ is symmetric positive semidefinite ($w^\top\Sigma w = \operatorname{Var}(Xw)$);
  the correlation removes its units.
- $\mathcal N(\mu, \Sigma)$: Mahalanobis ellipses with axes along $\Sigma$'s eigenvectors,
  $r^2 \sim \chi^2_d$; it is evaluated through $\Sigma = LL^\top$ (solve $Lz = x - \mu$,
  $\ln|\Sigma| = 2\sum_i \ln L_{ii}$), sampled with $x = \mu + Lz$ and conditioned with
  $\mu_{1\mid 2} = \mu_1 + \Sigma_{12}\Sigma_{22}^{-1}(x_2 - \mu_2)$.
- Next, in lesson 5.3: samples, the central limit theorem and confidence intervals.
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
    kit.resources("expectation-covariance-gaussian", lang)
    return


if __name__ == "__main__":
    app.run()
