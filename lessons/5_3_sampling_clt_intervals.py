import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 5.3")


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
    kit.header("sampling-clt-intervals", lang)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Casi nunca ves la población entera: ves una **muestra** y calculas con ella un promedio, una
proporción o una varianza. Otra muestra daría otro número. Esta lección mide cuánto se mueve ese
número de una muestra a otra (el **error estándar**), explica por qué su distribución termina
pareciéndose a una normal aunque los datos no lo sean (el **teorema central del límite**) y usa
eso para construir **intervalos de confianza**, que comprobarás repitiendo el experimento cien
veces.

**Al terminar podrás:**

- distinguir población de muestra, y decir por qué la varianza muestral divide entre $n - 1$;
- simular la ley de los grandes números y el teorema central del límite, y calcular el error
  estándar $\sigma/\sqrt n$;
- construir un intervalo t para una media y uno de Wilson para una proporción, e interpretarlos
  bien;
- reconocer cuándo la aproximación normal falla (muestras chicas, colas pesadas, $p$ cerca de 0 o
  de 1) y medir la cobertura real por simulación.
""",
        en=r"""
You almost never see the whole population: you see a **sample** and compute from it a mean, a
proportion or a variance. Another sample would give another number. This lesson measures how much
that number moves from sample to sample (the **standard error**), explains why its distribution
ends up looking normal even when the data are not (the **central limit theorem**), and uses that
to build **confidence intervals**, which you will check by repeating the experiment a hundred
times.

**By the end you will be able to:**

- tell population from sample, and say why the sample variance divides by $n - 1$;
- simulate the law of large numbers and the central limit theorem, and compute the standard error
  $\sigma/\sqrt n$;
- build a t interval for a mean and a Wilson interval for a proportion, and read them correctly;
- recognise when the normal approximation fails (small samples, heavy tails, $p$ near 0 or 1) and
  measure the actual coverage by simulation.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 0. ¿Por qué importa en ML?

Cada número que reportas de un modelo sale de una muestra. La exactitud en el conjunto de prueba
es una **proporción muestral**: el modelo acertó en $k$ de $n$ ejemplos, y con otros $n$ ejemplos
habría sacado otra cifra. Si dos modelos sacan 95 % y 96 % en 100 ejemplos de prueba, ¿cuál es
mejor? Sin un error estándar no lo sabes. Lo mismo vale para el promedio de los pliegues de una
validación cruzada, para la tasa de conversión de una prueba A/B (lección 5.6) o para el costo de
un minilote en el descenso estocástico de la lección 3.2, que es una media muestral del costo
completo.

Por ejemplo, el intervalo de Wilson (sección 7) para 95 aciertos de 100:
""",
        en=r"""
## 0. Why does it matter in ML?

Every number you report about a model comes from a sample. Test-set accuracy is a **sample
proportion**: the model got $k$ out of $n$ examples right, and on another $n$ examples it would
have scored differently. If two models score 95 % and 96 % on 100 test examples, which one is
better? Without a standard error you cannot tell. The same goes for the average over the folds of
a cross-validation, for the conversion rate of an A/B test (lesson 5.6) or for the cost of a
mini-batch in the stochastic descent of lesson 3.2, which is a sample mean of the full cost.

For instance, the Wilson interval (section 7) for 95 hits out of 100:
""",
    )
    return


@app.cell
def _():
    from gradiente.stats import confidence_interval

    accuracy_ci = confidence_interval(count=95, nobs=100, parameter="proportion", confidence=0.95)
    {"accuracy": accuracy_ci.estimate, "95 % Wilson interval": (round(accuracy_ci.low, 3), round(accuracy_ci.high, 3))}
    return accuracy_ci, confidence_interval


@app.cell(hide_code=True)
def _(accuracy_ci, kit, lang):
    kit.text(
        lang,
        es=rf"""
Con 100 ejemplos, un 95 % de exactitud es compatible con cualquier exactitud real entre
{accuracy_ci.low:.1%} y {accuracy_ci.high:.1%}: un modelo que saca 96 % no es necesariamente
mejor. Para afirmarlo hacen falta más datos de prueba, y esta lección dice cuántos: el ancho del
intervalo se achica como $1/\sqrt n$.
""",
        en=rf"""
With 100 examples, a 95 % accuracy is compatible with any true accuracy between
{accuracy_ci.low:.1%} and {accuracy_ci.high:.1%}: a model that scores 96 % is not necessarily
better. To claim it you need more test data, and this lesson says how much: the width of the
interval shrinks like $1/\sqrt n$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 1. Población, muestra y estimadores

La **población** es todo aquello sobre lo que quieres concluir; sus números fijos (la media $\mu$,
la desviación $\sigma$, una proporción $p$) son los **parámetros**. Una **muestra** son $n$
observaciones $X_1, \dots, X_n$ sacadas al azar de ella; lo que calculas con la muestra es un
**estimador**, y es aleatorio: cambia con la muestra.

Para poder comparar con la verdad usamos una población que conocemos entera: el «mean area»
(el área media de los núcleos celulares en la imagen de cada tumor) de los 569 tumores del
conjunto de cáncer de mama.
Sus parámetros se calculan con los 569 valores (con `ddof=0`: es la población, no una muestra).
Sacar de ella con reemplazo es sacar observaciones independientes con esa distribución. Abajo,
una muestra de $n = 10$ y sus estimadores: la media $\bar x$, la proporción $\hat p$ de tumores de
área mayor que 1000 y la varianza muestral $s^2$.
""",
        en=r"""
## 1. Population, sample and estimators

The **population** is everything you want to draw conclusions about; its fixed numbers (the mean
$\mu$, the standard deviation $\sigma$, a proportion $p$) are the **parameters**. A **sample** is
$n$ observations $X_1, \dots, X_n$ drawn at random from it; what you compute from the sample is an
**estimator**, and it is random: it changes with the sample.

To compare with the truth we use a population we know entirely: the "mean area" (the mean area of
the cell nuclei in each tumour's image) of the 569 tumours of the breast cancer data set. Its parameters are
computed from the 569 values (with `ddof=0`: this is the population, not a sample). Drawing from
it with replacement is drawing independent observations with that distribution. Below, a sample
of $n = 10$ and its estimators: the mean $\bar x$, the proportion $\hat p$ of tumours with area
above 1000, and the sample variance $s^2$.
""",
    )
    return


@app.cell
def _(np):
    from gradiente.datasets import load_breast_cancer

    area = load_breast_cancer().data[:, 3]  # "mean area" of the 569 tumours: our known population
    mu_area, sigma_area = area.mean(), area.std()  # population parameters: ddof=0
    p_large = np.mean(area > 1000)

    _rng = np.random.default_rng(3)
    _sample = _rng.choice(area, size=10, replace=True)
    {
        "population: μ, σ, p": (round(mu_area, 1), round(sigma_area, 1), round(p_large, 3)),
        "sample of 10: x̄, s, p̂": (
            round(_sample.mean(), 1),
            round(_sample.std(ddof=1), 1),
            round(np.mean(_sample > 1000), 3),
        ),
    }
    return area, mu_area, p_large, sigma_area


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
**Sesgo y el $n - 1$.** Un estimador es **insesgado** si su promedio sobre todas las muestras
posibles es el parámetro. La media lo es: $\mathbb E\bar X = \mu$, y su varianza es

$$
\operatorname{Var}\bar X = \frac{1}{n^2}\sum_i \operatorname{Var}X_i = \frac{\sigma^2}{n}
$$

(las $X_i$ son independientes, así que las varianzas se suman). La varianza «ingenua», que divide
entre $n$, no lo es. Sumando y restando $\mu$ dentro del cuadrado,

$$
\sum_i (X_i - \bar X)^2 = \sum_i (X_i - \mu)^2 - n(\bar X - \mu)^2 ,
$$

y tomando esperanzas, $n\sigma^2 - n\cdot\sigma^2/n = (n-1)\sigma^2$. Los desvíos se miden
respecto de $\bar X$, que está más cerca de los datos que $\mu$ (es el punto que minimiza esa
suma), así que la suma se queda corta, en promedio, en $n\operatorname{Var}\bar X = \sigma^2$. Por
eso

$$
\mathbb E\Big[\tfrac{1}{n-1}\sum_i (X_i - \bar X)^2\Big] = \sigma^2 .
$$

Otra forma de verlo: los $n$ desvíos $X_i - \bar X$ suman cero, así que solo $n - 1$ de ellos son
libres (los **grados de libertad**). La simulación de abajo saca 20 000 muestras de cada tamaño y
promedia las dos varianzas, divididas entre $\sigma^2$:
""",
        en=r"""
**Bias and the $n - 1$.** An estimator is **unbiased** if its average over all possible samples
is the parameter. The mean is: $\mathbb E\bar X = \mu$, and its variance is

$$
\operatorname{Var}\bar X = \frac{1}{n^2}\sum_i \operatorname{Var}X_i = \frac{\sigma^2}{n}
$$

(the $X_i$ are independent, so their variances add up). The "naive" variance, which divides by
$n$, is not. Adding and subtracting $\mu$ inside the square,

$$
\sum_i (X_i - \bar X)^2 = \sum_i (X_i - \mu)^2 - n(\bar X - \mu)^2 ,
$$

and taking expectations, $n\sigma^2 - n\cdot\sigma^2/n = (n-1)\sigma^2$. The deviations are
measured from $\bar X$, which is closer to the data than $\mu$ (it is the point that minimises that
sum), so on average the sum falls short by $n\operatorname{Var}\bar X = \sigma^2$. Hence

$$
\mathbb E\Big[\tfrac{1}{n-1}\sum_i (X_i - \bar X)^2\Big] = \sigma^2 .
$$

Another way to see it: the $n$ deviations $X_i - \bar X$ add up to zero, so only $n - 1$ of them
are free (the **degrees of freedom**). The simulation below draws 20 000 samples of each size and
averages both variances, divided by $\sigma^2$:
""",
    )
    return


@app.cell
def _(area, np, sigma_area):
    _rng = np.random.default_rng(0)
    bias_table = {}
    for _n in (2, 5, 10, 30):
        _samples = _rng.choice(area, size=(20_000, _n), replace=True)
        bias_table[f"n = {_n}"] = {
            "mean of var(ddof=0) / σ²": round(_samples.var(axis=1, ddof=0).mean() / sigma_area**2, 3),
            "mean of var(ddof=1) / σ²": round(_samples.var(axis=1, ddof=1).mean() / sigma_area**2, 3),
            "(n − 1)/n": round((_n - 1) / _n, 3),
        }
    bias_table
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Con `ddof=0` el promedio queda en $(n-1)/n$ de $\sigma^2$: con $n = 2$, la mitad. Con `ddof=1`
queda en 1 salvo por el ruido de la simulación. Por eso la convención del curso: `ddof=1` para la
varianza muestral, los intervalos y las pruebas t; `ddof=0` para la máxima verosimilitud (lección
5.4) y para estandarizar. Ojo: $s$, la raíz de $s^2$, sigue un poco sesgada hacia abajo (la raíz
no conmuta con el promedio), pero ese sesgo es chico y nadie lo corrige.

## 2. La ley de los grandes números

La media de $n$ observaciones independientes se acerca a $\mu$ cuando $n$ crece: su desviación
estándar es $\sigma/\sqrt n$. Abajo, cinco secuencias de sorteos; cada curva es la **media
acumulada** $\bar x_n = \frac1n\sum_{i \le n} x_i$ y la franja gris es $\mu \pm 2\sigma/\sqrt n$.
Cambia de tanda para ver otras secuencias, y elige después la distribución de **Cauchy**.
""",
        en=r"""
With `ddof=0` the average stays at $(n-1)/n$ of $\sigma^2$: for $n = 2$, half of it. With
`ddof=1` it stays at 1 up to the simulation's noise. Hence the course's convention: `ddof=1` for
the sample variance, intervals and t-tests; `ddof=0` for maximum likelihood (lesson 5.4) and for
standardising. Mind you: $s$, the square root of $s^2$, is still slightly biased downwards (the
square root does not commute with the average), but that bias is small and nobody corrects it.

## 2. The law of large numbers

The mean of $n$ independent observations gets closer to $\mu$ as $n$ grows: its standard
deviation is $\sigma/\sqrt n$. Below, five sequences of draws; each curve is the **running mean**
$\bar x_n = \frac1n\sum_{i \le n} x_i$ and the grey band is $\mu \pm 2\sigma/\sqrt n$. Change the
batch to see other sequences, and then pick the **Cauchy** distribution.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    lln_population = mo.ui.dropdown(
        options={
            kit.say(lang, es="exponencial (μ = 1, σ = 1)", en="exponential (μ = 1, σ = 1)"): "exponential",
            kit.say(lang, es="Cauchy (sin media)", en="Cauchy (no mean)"): "cauchy",
        },
        value=kit.say(lang, es="exponencial (μ = 1, σ = 1)", en="exponential (μ = 1, σ = 1)"),
        label=kit.say(lang, es="Distribución", en="Distribution"),
    )
    lln_batch = mo.ui.slider(
        0, 20, step=1, value=0, show_value=True, label=kit.say(lang, es="Tanda de sorteos", en="Batch of draws")
    )
    mo.hstack([lln_population, lln_batch], justify="start", gap=2)
    return lln_batch, lln_population


@app.cell(hide_code=True)
def _(kit, lang, lln_batch, lln_population, np, plt):
    _rng = np.random.default_rng(100 + lln_batch.value)
    _size = 5000
    _steps = np.arange(1, _size + 1)
    if lln_population.value == "exponential":
        _draws = _rng.exponential(1.0, size=(5, _size))
    else:
        _draws = _rng.standard_cauchy(size=(5, _size))
    _running = np.cumsum(_draws, axis=1) / _steps
    _shown = np.unique(np.geomspace(1, _size, 400).astype(int)) - 1  # on a log axis, 400 points look the same
    _fig, _ax = plt.subplots(figsize=(8.4, 4.0))
    if lln_population.value == "exponential":
        _band = 2 / np.sqrt(_steps[_shown])
        _ax.fill_between(_steps[_shown], 1 - _band, 1 + _band, color="0.88", lw=0)
        _ax.axhline(1.0, color="k", lw=1)
        _ax.set_ylim(-0.2, 2.6)
        _title = kit.say(
            lang,
            es="exponencial: las medias se encierran en μ ± 2σ/√n",
            en="exponential: the means close in on μ ± 2σ/√n",
        )
    else:
        _ax.axhline(0.0, color="k", lw=1)
        _ax.set_ylim(-8, 8)
        _title = kit.say(
            lang,
            es="Cauchy: un solo sorteo enorme vuelve a mover la media, con cualquier n",
            en="Cauchy: a single huge draw moves the mean again, at any n",
        )
    for _path in _running:
        _ax.plot(_steps[_shown], _path[_shown], lw=1.2)
    _ax.set_xscale("log")
    _ax.xaxis.set_major_formatter(kit.powers_of_ten())
    _ax.minorticks_off()
    _ax.set_xlabel(kit.say(lang, es="n (escala logarítmica)", en="n (log scale)"))
    _ax.set_ylabel(kit.say(lang, es="media acumulada", en="running mean"))
    _ax.set_title(_title, fontsize=10)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Con la exponencial, las cinco curvas se meten en la franja y se quedan ahí: eso dice la **ley de
los grandes números**, $\bar X_n \to \mu$. Con la de Cauchy (la de una razón de dos normales,
$Z_1/Z_2$) no pasa nunca: tiene colas tan pesadas que $\mathbb E|X| = \infty$, no hay $\mu$ al que
acercarse, y la media de $n$ sorteos tiene **la misma** distribución de Cauchy que un solo sorteo.
La ley necesita que la media exista; el teorema de la sección siguiente necesita además que la
varianza sea finita.
""",
        en=r"""
With the exponential, the five curves get into the band and stay there: that is the **law of
large numbers**, $\bar X_n \to \mu$. With the Cauchy (the distribution of a ratio of two normals,
$Z_1/Z_2$) it never happens: its tails are so heavy that $\mathbb E|X| = \infty$, there is no $\mu$
to approach, and the mean of $n$ draws has **the same** Cauchy distribution as a single draw. The
law needs the mean to exist; the theorem of the next section needs the variance to be finite too.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 3. El teorema central del límite

La ley de los grandes números dice adónde va $\bar X$; el **teorema central del límite** (TCL)
dice qué forma tiene su distribución en el camino. Si las $X_i$ son independientes, con la misma
distribución, media $\mu$ y varianza $\sigma^2$ finita, entonces

$$
\frac{\sqrt n\,(\bar X - \mu)}{\sigma} \xrightarrow{\ d\ } \mathcal N(0, 1),
$$

es decir, para $n$ grande,

$$
\bar X \approx \mathcal N\!\Big(\mu,\ \frac{\sigma^2}{n}\Big),
$$

**sea cual sea** la forma de la distribución de las $X_i$. La media ($\mu$) y la varianza
($\sigma^2/n$) de $\bar X$ son exactas para todo $n$ (sección 1); lo que el TCL agrega es la forma
normal, y esa sí es una aproximación.

**Explorador del TCL.** Elige una población, el tamaño $n$ de cada muestra y cuántas muestras
repetir. El histograma es el de las medias $\bar x$; la curva es $\mathcal N(\mu, \sigma^2/n)$. A la
derecha, la **asimetría** (*skewness*) de las medias, $\mathbb E[(\bar X - \mu)^3]/\operatorname{sd}(\bar X)^3$:
la de la población dividida entre $\sqrt n$ (la curva), y la medida en la simulación (el punto).
Una normal tiene asimetría 0.
""",
        en=r"""
## 3. The central limit theorem

The law of large numbers says where $\bar X$ goes; the **central limit theorem** (CLT) says what
shape its distribution has on the way. If the $X_i$ are independent, with the same distribution,
mean $\mu$ and finite variance $\sigma^2$, then

$$
\frac{\sqrt n\,(\bar X - \mu)}{\sigma} \xrightarrow{\ d\ } \mathcal N(0, 1),
$$

that is, for large $n$,

$$
\bar X \approx \mathcal N\!\Big(\mu,\ \frac{\sigma^2}{n}\Big),
$$

**whatever** the shape of the distribution of the $X_i$. The mean ($\mu$) and variance
($\sigma^2/n$) of $\bar X$ are exact for every $n$ (section 1); what the CLT adds is the normal
shape, and that one is an approximation.

**CLT explorer.** Pick a population, the size $n$ of each sample and how many samples to repeat.
The histogram is that of the means $\bar x$; the curve is $\mathcal N(\mu, \sigma^2/n)$. On the
right, the **skewness** of the means, $\mathbb E[(\bar X - \mu)^3]/\operatorname{sd}(\bar X)^3$:
the population's divided by $\sqrt n$ (the curve), and the one measured in the simulation (the
dot). A normal has skewness 0.
""",
    )
    return


@app.cell
def _(area, mu_area, np, sigma_area):
    def skewness(values):
        """The (population) skewness m₃ / m₂^{3/2}: 0 for a symmetric distribution."""
        deviations = values - values.mean(axis=-1, keepdims=True)
        return np.mean(deviations**3, axis=-1) / np.mean(deviations**2, axis=-1) ** 1.5

    # Each population: how to draw an (n_rep, n) array of it, and its exact μ, σ and skewness.
    CLT_POPULATIONS = {
        "exponential": (lambda rng, size: rng.exponential(1.0, size), 1.0, 1.0, 2.0),
        "uniform": (lambda rng, size: rng.random(size), 0.5, np.sqrt(1 / 12), 0.0),
        "bernoulli": (lambda rng, size: (rng.random(size) < 0.1).astype(float), 0.1, 0.3, 0.8 / 0.3),
        "area": (lambda rng, size: rng.choice(area, size, replace=True), mu_area, sigma_area, float(skewness(area))),
    }
    {
        name: {"μ": round(mu, 3), "σ": round(sd, 3), "skewness": round(skew, 3)}
        for name, (_, mu, sd, skew) in CLT_POPULATIONS.items()
    }
    return CLT_POPULATIONS, skewness


@app.cell(hide_code=True)
def _(kit, lang, mo):
    clt_population = mo.ui.dropdown(
        options={
            kit.say(lang, es="exponencial (λ = 1)", en="exponential (λ = 1)"): "exponential",
            kit.say(lang, es="uniforme en [0, 1]", en="uniform on [0, 1]"): "uniform",
            kit.say(lang, es="Bernoulli (p = 0.1)", en="Bernoulli (p = 0.1)"): "bernoulli",
            kit.say(lang, es="cáncer de mama: «mean area»", en="breast cancer: “mean area”"): "area",
        },
        value=kit.say(lang, es="exponencial (λ = 1)", en="exponential (λ = 1)"),
        label=kit.say(lang, es="Población", en="Population"),
    )
    clt_n = mo.ui.slider(1, 100, step=1, value=2, show_value=True, label=kit.say(lang, es="Tamaño n", en="Size n"))
    clt_reps = mo.ui.slider(
        500, 5000, step=500, value=3000, show_value=True, label=kit.say(lang, es="Repeticiones", en="Repetitions")
    )
    mo.hstack([clt_population, clt_n, clt_reps], justify="start", gap=2)
    return clt_n, clt_population, clt_reps


@app.cell(hide_code=True)
def _():
    # In a cell of its own, not in the figure's: a cell that reads the sliders reruns on every move,
    # and so would every cell that uses a name it defines (the t and Wilson intervals below use Normal).
    from gradiente.stats import Normal

    return (Normal,)


@app.cell(hide_code=True)
def _(CLT_POPULATIONS, clt_n, clt_population, clt_reps, np, skewness):
    # Small pure cell: the simulated means and what the theory says about them.
    _draw, clt_mu, clt_sigma, clt_skew = CLT_POPULATIONS[clt_population.value]
    clt_means = _draw(np.random.default_rng(0), (clt_reps.value, clt_n.value)).mean(axis=1)
    clt_measured_skew = float(skewness(clt_means)) if clt_means.std() > 0 else float("nan")
    return clt_means, clt_measured_skew, clt_mu, clt_sigma, clt_skew


@app.cell(hide_code=True)
def _(
    Normal,
    clt_means,
    clt_measured_skew,
    clt_mu,
    clt_n,
    clt_population,
    clt_sigma,
    clt_skew,
    kit,
    lang,
    np,
    plt,
):
    _n = clt_n.value
    _se = clt_sigma / np.sqrt(_n)
    _fig, (_ax, _side) = plt.subplots(1, 2, figsize=(9.6, 4.0), gridspec_kw={"width_ratios": [2.3, 1]})
    if clt_population.value == "bernoulli":  # the mean takes the values k/n: one bar per value
        _bins = (np.arange(-1, _n + 1) + 0.5) / _n
    else:
        _bins = 50
    _ax.hist(clt_means, bins=_bins, density=True, histtype="stepfilled", color="tab:blue", alpha=0.45)
    _grid = np.linspace(clt_mu - 4.2 * _se, clt_mu + 4.2 * _se, 300)
    _ax.plot(_grid, Normal(clt_mu, _se).pdf(_grid), color="k", lw=2, label="N(μ, σ²/n)")
    _ax.axvline(clt_mu, color="k", lw=0.8, ls=":")
    _ax.set_xlim(min(_grid[0], clt_means.min()), max(_grid[-1], clt_means.max()))
    _ax.set_xlabel(kit.say(lang, es="media de la muestra, x̄", en="sample mean, x̄"))
    _ax.set_ylabel(kit.say(lang, es="densidad", en="density"))
    _ax.legend(loc="upper right", fontsize=8)
    _ax.set_title(
        kit.say(
            lang,
            es=f"n = {_n}: sd de las medias = {clt_means.std():.4g}  (σ/√n = {_se:.4g})",
            en=f"n = {_n}: sd of the means = {clt_means.std():.4g}  (σ/√n = {_se:.4g})",
        ),
        fontsize=9.5,
        y=1.0,  # a fixed spot: nothing sits above the axes
    )
    _ns = np.arange(1, 101)
    _side.plot(_ns, clt_skew / np.sqrt(_ns), color="tab:red", lw=2, label=kit.say(lang, es="γ/√n", en="γ/√n"))
    _side.plot([_n], [clt_measured_skew], "o", color="k", ms=6, label=kit.say(lang, es="medida", en="measured"))
    _side.axhline(0, color="0.6", lw=0.8)
    _side.set_ylim(-0.3, max(3.0, clt_skew * 1.05))
    _side.set_xlabel("n")
    _side.set_title(
        kit.say(
            lang,
            es=f"asimetría: {clt_measured_skew:.2f} (teoría {clt_skew / np.sqrt(_n):.2f})",
            en=f"skewness: {clt_measured_skew:.2f} (theory {clt_skew / np.sqrt(_n):.2f})",
        ),
        fontsize=9.5,
        y=1.0,  # a fixed spot: nothing sits above the axes
    )
    _side.legend(fontsize=8, loc="upper right")
    # NOTE: the right axes has no y label; left on "auto", matplotlib measures every tick label again
    # on each pass to place the empty label.
    _side.yaxis.set_label_coords(0.5, 0.5)
    _fig.subplots_adjust(left=0.07, right=0.98, bottom=0.14, top=0.9, wspace=0.25)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(CLT_POPULATIONS, kit, lang, np):
    _at_30 = {name: CLT_POPULATIONS[name][3] / np.sqrt(30) for name in ("exponential", "bernoulli", "area")}
    kit.text(
        lang,
        es=rf"""
Qué mirar:

- Con $n = 1$ el histograma es la población misma. Con la exponencial y $n = 2$ ya se redondea, y
  con $n = 30$ se pega a la curva, aunque todavía un poco cargado a la izquierda, con la cola
  larga a la derecha. La uniforme, simétrica, se ve normal desde $n \approx 5$.
- La asimetría de $\bar X$ es exactamente $\gamma/\sqrt n$, con $\gamma$ la de la población: baja
  lento. Con $n = 30$ todavía vale {_at_30["exponential"]:.2f} para la exponencial,
  {_at_30["bernoulli"]:.2f} para Bernoulli(0.1) y {_at_30["area"]:.2f} para el «mean area».
  «Con $n = 30$ ya es normal» es una regla práctica, no un teorema: cuánto $n$ hace falta depende
  de $\gamma$.
- Con Bernoulli(0.1) y $n$ chico, $\bar X$ solo toma los valores $0, 1/n, 2/n, \dots$ y se amontona
  en 0: la curva normal pone probabilidad en medias negativas, que no existen.
- La desviación estándar de las medias (título de la izquierda) coincide con $\sigma/\sqrt n$ para
  todo $n$, incluso cuando la forma todavía no es normal.
""",
        en=rf"""
What to look at:

- With $n = 1$ the histogram is the population itself. With the exponential and $n = 2$ it already
  rounds off, and at $n = 30$ it sits close to the curve, though still leaning left with a long right
  tail. The uniform, being symmetric, looks normal from $n \approx 5$.
- The skewness of $\bar X$ is exactly $\gamma/\sqrt n$, with $\gamma$ the population's: it falls
  slowly. At $n = 30$ it is still {_at_30["exponential"]:.2f} for the exponential,
  {_at_30["bernoulli"]:.2f} for Bernoulli(0.1) and {_at_30["area"]:.2f} for the "mean area". "By
  $n = 30$ it is normal" is a rule of thumb, not a theorem: how much $n$ you need depends on
  $\gamma$.
- With Bernoulli(0.1) and a small $n$, $\bar X$ only takes the values $0, 1/n, 2/n, \dots$ and piles
  up at 0: the normal curve puts probability on negative means, which do not exist.
- The standard deviation of the means (left title) matches $\sigma/\sqrt n$ for every $n$, even
  while the shape is not normal yet.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 4. El error estándar

La desviación estándar de un estimador se llama su **error estándar** (SE, *standard error*). Para
la media es $\sigma/\sqrt n$; como $\sigma$ no se conoce, se estima con la de la muestra:

$$
\widehat{\mathrm{SE}}(\bar x) = \frac{s}{\sqrt n},
\qquad
s = \sqrt{\frac{1}{n-1}\sum_i (x_i - \bar x)^2}.
$$

No confundas $s$ con $s/\sqrt n$: $s$ dice cuánto varía **una observación** (no baja al juntar más
datos); $s/\sqrt n$, cuánto varía **el promedio** (sí baja). Por la raíz, cuadruplicar los datos
solo parte el error a la mitad. Para una proporción, que es la media de ceros y unos, $\sigma^2 =
p(1-p)$ y $\mathrm{SE}(\hat p) = \sqrt{p(1-p)/n}$.

Lo comprobamos con el «mean area»: la desviación de 5000 medias simuladas con $n = 30$, la fórmula
$\sigma/\sqrt{30}$ con el $\sigma$ de la población, y la estimación $s/\sqrt{30}$ que harías con
una sola muestra:
""",
        en=r"""
## 4. The standard error

The standard deviation of an estimator is called its **standard error** (SE). For the mean it is
$\sigma/\sqrt n$; since $\sigma$ is unknown, it is estimated with the sample's:

$$
\widehat{\mathrm{SE}}(\bar x) = \frac{s}{\sqrt n},
\qquad
s = \sqrt{\frac{1}{n-1}\sum_i (x_i - \bar x)^2}.
$$

Do not mix up $s$ and $s/\sqrt n$: $s$ says how much **one observation** varies (it does not drop
as you gather more data); $s/\sqrt n$, how much **the average** varies (it does). Because of the
square root, four times the data only halves the error. For a proportion, which is the mean of
zeros and ones, $\sigma^2 = p(1-p)$ and $\mathrm{SE}(\hat p) = \sqrt{p(1-p)/n}$.

We check it on the "mean area": the standard deviation of 5000 simulated means with $n = 30$, the
formula $\sigma/\sqrt{30}$ with the population's $\sigma$, and the estimate $s/\sqrt{30}$ you would
make from a single sample:
""",
    )
    return


@app.cell
def _(area, np, sigma_area):
    _rng = np.random.default_rng(1)
    _samples = _rng.choice(area, size=(5000, 30), replace=True)
    {
        "sd of 5000 means (n = 30)": round(_samples.mean(axis=1).std(), 2),
        "σ/√30": round(sigma_area / np.sqrt(30), 2),
        "s/√30 of the first sample": round(_samples[0].std(ddof=1) / np.sqrt(30), 2),
        "s/√120 (four times the data)": round(_rng.choice(area, size=120).std(ddof=1) / np.sqrt(120), 2),
    }
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
La estimación con una sola muestra no es exacta (también es aleatoria), pero anda cerca; y con
120 datos el error queda en la mitad, no en la cuarta parte.

## 5. Un intervalo para la media: la t de Student

Si $\bar X \approx \mathcal N(\mu, \sigma^2/n)$, entonces $\bar X$ cae a menos de $1.96\,\sigma/\sqrt n$
de $\mu$ el 95 % de las veces. Leída al revés, esa frase da un intervalo: $\bar x \pm 1.96\,\sigma/\sqrt n$
contiene a $\mu$ en el 95 % de las muestras. Pero $\sigma$ se reemplaza por $s$, que también varía
con la muestra, y eso agrega incertidumbre. Si los datos son normales, Gosset («Student», 1908)
mostró que

$$
T = \frac{\bar X - \mu}{s/\sqrt n} \sim t_{n-1},
$$

la **t de Student** con $n - 1$ grados de libertad: una campana con colas más pesadas que la
normal, que se le acerca cuando $n$ crece. Con el cuantil $t_{n-1,\,1-\alpha/2}$ que deja
$\alpha/2$ en cada cola, el intervalo de nivel $1 - \alpha$ es

$$
\bar x \pm t_{n-1,\,1-\alpha/2}\,\frac{s}{\sqrt n}.
$$

Para un nivel $c$ (0.95, por ejemplo) el cuantil es el de $(1 + c)/2$: un intervalo al 95 % deja
2.5 % en cada cola. La tabla compara el cuantil t con el normal $z = 1.96$; los calcula
`gradiente.stats.StudentT`:
""",
        en=r"""
The single-sample estimate is not exact (it is random too), but it is close; and with 120 values
the error is half as large, not a quarter.

## 5. An interval for the mean: Student's t

If $\bar X \approx \mathcal N(\mu, \sigma^2/n)$, then $\bar X$ falls within $1.96\,\sigma/\sqrt n$
of $\mu$ 95 % of the time. Turning that sentence around gives an interval: $\bar x \pm
1.96\,\sigma/\sqrt n$ contains $\mu$ in 95 % of samples. But $\sigma$ gets replaced by $s$, which
also varies with the sample, and that adds uncertainty. If the data are normal, Gosset ("Student",
1908) showed that

$$
T = \frac{\bar X - \mu}{s/\sqrt n} \sim t_{n-1},
$$

**Student's t** with $n - 1$ degrees of freedom: a bell with heavier tails than the normal, which
approaches it as $n$ grows. With the quantile $t_{n-1,\,1-\alpha/2}$ that leaves $\alpha/2$ in each
tail, the interval at level $1 - \alpha$ is

$$
\bar x \pm t_{n-1,\,1-\alpha/2}\,\frac{s}{\sqrt n}.
$$

For a level $c$ (0.95, say) the quantile is that of $(1 + c)/2$: a 95 % interval leaves 2.5 % in
each tail. The table compares the t quantile with the normal $z = 1.96$; `gradiente.stats.StudentT`
computes them:
""",
    )
    return


@app.cell
def _(Normal):
    from gradiente.stats import StudentT

    z_975 = float(Normal().ppf(0.975))
    t_quantiles = {n: float(StudentT(n - 1).ppf(0.975)) for n in (2, 5, 10, 30, 100)}  # t_{n-1, 0.975}
    {f"t, n = {n}": round(t, 3) for n, t in t_quantiles.items()} | {"z": round(z_975, 3)}
    return StudentT, t_quantiles, z_975


@app.cell(hide_code=True)
def _(kit, lang, t_quantiles, z_975):
    kit.text(
        lang,
        es=rf"""
Con 5 datos el cuantil es {t_quantiles[5]:.3f}, no {z_975:.2f}: un intervalo con $z$ sería un
{1 - z_975 / t_quantiles[5]:.0%} más angosto de lo que debe. Con 30 datos la diferencia ya es chica
({t_quantiles[30]:.3f}). Aplicado al largo del sépalo de las 50 setosas, a mano y con
`gradiente.stats.confidence_interval`:
""",
        en=rf"""
With 5 values the quantile is {t_quantiles[5]:.3f}, not {z_975:.2f}: an interval with $z$ would be
{1 - z_975 / t_quantiles[5]:.0%} narrower than it should. With 30 values the difference is already
small ({t_quantiles[30]:.3f}). Applied to the sepal length of the 50 setosa flowers, by hand and
with `gradiente.stats.confidence_interval`:
""",
    )
    return


@app.cell
def _(StudentT, confidence_interval, np):
    from gradiente.datasets import load_iris

    _iris = load_iris()
    setosa = _iris.data[_iris.target == 0, 0]  # sepal length (cm) of the 50 setosa flowers
    _n = setosa.size
    _half = float(StudentT(_n - 1).ppf(0.975)) * setosa.std(ddof=1) / np.sqrt(_n)
    setosa_ci = confidence_interval(setosa, confidence=0.95)
    {
        "x̄ ± t·s/√n": (round(setosa.mean() - _half, 4), round(setosa.mean() + _half, 4)),
        "confidence_interval": (round(setosa_ci.low, 4), round(setosa_ci.high, 4)),
    }
    return setosa, setosa_ci


@app.cell(hide_code=True)
def _(kit, lang, setosa_ci):
    kit.text(
        lang,
        es=rf"""
## 6. Qué significa «95 % de confianza»

El intervalo de las setosas es [{setosa_ci.low:.3f}, {setosa_ci.high:.3f}] cm. Es tentador leer
«$\mu$ está ahí con probabilidad 0.95», pero $\mu$ es un número fijo: está o no está. Lo aleatorio
es el **intervalo**. El 95 % habla del **procedimiento**: si repites el muestreo muchas veces y
construyes el intervalo cada vez, el 95 % de esos intervalos contiene a $\mu$. Esa fracción se
llama **cobertura**, y se puede medir.

**Cien intervalos.** Cada barra es el intervalo de una muestra nueva; las rojas no contienen el
valor verdadero (la línea vertical). Arriba, cuántas de las 100 lo cubren, y la cobertura «a la
larga»: medida en 10 000 muestras para las medias, calculada exacta con la binomial para las
proporciones. Prueba la media del «mean area» con $n$ = 5 y con $n$ = 100, compárala con una
población normal, y después la proporción con $p = 0.05$ por los dos métodos de la sección 7.
""",
        en=rf"""
## 6. What "95 % confidence" means

The setosa interval is [{setosa_ci.low:.3f}, {setosa_ci.high:.3f}] cm. It is tempting to read it as
"$\mu$ is in there with probability 0.95", but $\mu$ is a fixed number: it is either in or out.
What is random is the **interval**. The 95 % speaks of the **procedure**: if you repeat the sampling
many times and build the interval each time, 95 % of those intervals contain $\mu$. That fraction
is called the **coverage**, and it can be measured.

**A hundred intervals.** Each bar is the interval of a new sample; the red ones miss the true value
(the vertical line). On top, how many of the 100 cover it, and the "long-run" coverage: measured
on 10 000 samples for the means, computed exactly with the binomial for the proportions. Try the
mean of the "mean area" with $n$ = 5 and with $n$ = 100, compare it with a normal population, and
then the proportion with $p = 0.05$ by the two methods of section 7.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    interval_kind = mo.ui.dropdown(
        options={
            kit.say(lang, es="media del «mean area» (t)", en="mean of the “mean area” (t)"): "area",
            kit.say(lang, es="media de una normal (t)", en="mean of a normal (t)"): "normal",
            kit.say(lang, es="proporción p = 0.05, Wald", en="proportion p = 0.05, Wald"): "wald",
            kit.say(lang, es="proporción p = 0.05, Wilson", en="proportion p = 0.05, Wilson"): "wilson",
        },
        value=kit.say(lang, es="media del «mean area» (t)", en="mean of the “mean area” (t)"),
        label=kit.say(lang, es="Qué se estima", en="What is estimated"),
    )
    interval_n = mo.ui.slider(
        steps=[5, 10, 20, 30, 50, 100, 200], value=10, show_value=True, label=kit.say(lang, es="n", en="n")
    )
    interval_confidence = mo.ui.slider(
        0.80, 0.99, step=0.01, value=0.95, show_value=True, label=kit.say(lang, es="Confianza", en="Confidence")
    )
    interval_redraw = mo.ui.button(
        value=0,
        on_click=lambda count: count + 1,
        label=kit.say(lang, es="Otras 100 muestras", en="Another 100 samples"),
    )
    mo.hstack([interval_kind, interval_n, interval_confidence, interval_redraw], justify="start", gap=1.5, wrap=True)
    return interval_confidence, interval_kind, interval_n, interval_redraw


@app.cell(hide_code=True)
def _(Normal, StudentT, np):
    from gradiente.stats import Binomial

    def t_intervals(samples, confidence):
        """The t interval of each row of samples (one sample per row): an array (n_rep, 2)."""
        n = samples.shape[1]
        half = float(StudentT(n - 1).ppf((1 + confidence) / 2)) * samples.std(axis=1, ddof=1) / np.sqrt(n)
        means = samples.mean(axis=1)
        return np.column_stack([means - half, means + half])

    def proportion_intervals(successes, n, confidence, method):
        """Wald's or Wilson's interval for each count of successes: an array (len(successes), 2)."""
        p_hat = np.asarray(successes) / n
        z = float(Normal().ppf((1 + confidence) / 2))
        if method == "wald":
            half = z * np.sqrt(p_hat * (1 - p_hat) / n)
            return np.column_stack([p_hat - half, p_hat + half])
        denominator = 1 + z**2 / n
        center = (p_hat + z**2 / (2 * n)) / denominator
        half = z * np.sqrt(p_hat * (1 - p_hat) / n + z**2 / (4 * n**2)) / denominator
        return np.column_stack([center - half, center + half])

    def exact_coverage(p, n, confidence, method):
        """P(the interval covers p) = Σₖ P(K = k) · [p inside the interval of k], K ~ Binomial(n, p)."""
        k = np.arange(n + 1)
        low, high = proportion_intervals(k, n, confidence, method).T
        return float(np.sum(Binomial(n, p).pmf(k) * ((low <= p) & (p <= high))))

    return exact_coverage, proportion_intervals, t_intervals


@app.cell(hide_code=True)
def _(
    area,
    exact_coverage,
    interval_confidence,
    interval_kind,
    interval_n,
    interval_redraw,
    mu_area,
    np,
    proportion_intervals,
    sigma_area,
    t_intervals,
):
    # Small pure cell: 100 intervals to draw, and the long-run coverage of the same procedure.
    _n, _c, _kind = interval_n.value, round(interval_confidence.value, 2), interval_kind.value
    _rng = np.random.default_rng(1000 + interval_redraw.value)
    if _kind in ("area", "normal"):
        interval_truth = mu_area

        def _draw(rng, size):
            if _kind == "area":
                return rng.choice(area, size=size, replace=True)
            return rng.normal(mu_area, sigma_area, size=size)

        shown_intervals = t_intervals(_draw(_rng, (100, _n)), _c)
        _long_run = t_intervals(_draw(np.random.default_rng(7), (10_000, _n)), _c)
        long_run_coverage = float(np.mean((_long_run[:, 0] <= mu_area) & (mu_area <= _long_run[:, 1])))
    else:
        interval_truth = 0.05
        shown_intervals = proportion_intervals(_rng.binomial(_n, 0.05, size=100), _n, _c, _kind)
        long_run_coverage = exact_coverage(0.05, _n, _c, _kind)
    interval_covers = (shown_intervals[:, 0] <= interval_truth) & (interval_truth <= shown_intervals[:, 1])
    return interval_covers, interval_truth, long_run_coverage, shown_intervals


@app.cell(hide_code=True)
def _(
    interval_confidence,
    interval_covers,
    interval_kind,
    interval_n,
    interval_truth,
    kit,
    lang,
    long_run_coverage,
    np,
    plt,
    shown_intervals,
):
    _fig, _ax = plt.subplots(figsize=(8.4, 5.0))
    _rows = np.arange(100)
    _colors = np.where(interval_covers, "tab:blue", "tab:red")
    _ax.hlines(_rows, shown_intervals[:, 0], shown_intervals[:, 1], colors=_colors, lw=1.6)
    _centres = shown_intervals.mean(axis=1)
    _ax.scatter(_centres, _rows, s=6, c=_colors, zorder=3)
    _ax.axvline(interval_truth, color="k", lw=1.2)
    _proportion = interval_kind.value in ("wald", "wilson")
    if _proportion:
        _ax.axvspan(-1, 0, color="0.9", lw=0)
        _ax.axvspan(1, 2, color="0.9", lw=0)
        _ax.set_xlim(-0.25, 0.6)
        _ax.set_xlabel(kit.say(lang, es="proporción (gris: fuera de [0, 1])", en="proportion (grey: outside [0, 1])"))
    else:
        _half = np.max(np.abs(shown_intervals - interval_truth))
        _ax.set_xlim(interval_truth - 1.05 * _half, interval_truth + 1.05 * _half)
        _ax.set_xlabel(kit.say(lang, es="media (la línea es μ)", en="mean (the line is μ)"))
    _ax.set_yticks([])
    _ax.set_ylim(-1, 100)
    _covered = int(interval_covers.sum())
    _c = round(interval_confidence.value, 2)
    _ax.set_title(
        kit.say(
            lang,
            es=f"n = {interval_n.value}: {_covered} de 100 cubren · a la larga {long_run_coverage:.1%} "
            f"(nominal {_c:.0%})",
            en=f"n = {interval_n.value}: {_covered} of 100 cover · in the long run {long_run_coverage:.1%} "
            f"(nominal {_c:.0%})",
        ),
        fontsize=10,
    )
    plt.close(_fig)
    _fig
    return


@app.cell
def _(area, exact_coverage, mu_area, np, t_intervals):
    # The long-run coverage of the 95 % t interval for the mean area, by n (10 000 samples each).
    _rng = np.random.default_rng(11)
    coverage_by_n = {}
    for _n in (5, 10, 30, 100):
        _ci = t_intervals(_rng.choice(area, size=(10_000, _n), replace=True), 0.95)
        coverage_by_n[_n] = float(np.mean((_ci[:, 0] <= mu_area) & (mu_area <= _ci[:, 1])))
    wald_coverage = {n: exact_coverage(0.05, n, 0.95, "wald") for n in (20, 100, 200)}
    wilson_coverage = {n: exact_coverage(0.05, n, 0.95, "wilson") for n in (20, 100, 200)}
    {
        "t, mean area, n = 5/10/30/100": [round(v, 3) for v in coverage_by_n.values()],
        "Wald, p = 0.05, n = 20/100/200": [round(v, 3) for v in wald_coverage.values()],
        "Wilson, p = 0.05, n = 20/100/200": [round(v, 3) for v in wilson_coverage.values()],
    }
    return coverage_by_n, wald_coverage, wilson_coverage


@app.cell(hide_code=True)
def _(coverage_by_n, kit, lang, wald_coverage, wilson_coverage):
    kit.text(
        lang,
        es=rf"""
Tres cosas que enseña la figura (y la tabla de arriba, con 10 000 muestras por caso):

- **Con datos normales el intervalo t cumple lo que promete** para todo $n$, incluso $n = 5$: la t
  de Student es exacta ahí.
- **Con una población sesgada y $n$ chico, cubre menos.** Para el «mean area» al 95 %, la cobertura
  es {coverage_by_n[5]:.1%} con $n = 5$, {coverage_by_n[30]:.1%} con $n = 30$ y
  {coverage_by_n[100]:.1%} con $n = 100$: se acerca al 95 % a medida que el TCL hace su trabajo.
  Las barras rojas caen sobre todo de un lado: las muestras sin ningún tumor grande dan una media
  baja **y** un $s$ chico, un intervalo angosto y corrido hacia abajo.
- **El intervalo de Wald para $p = 0.05$ falla**: cubre {wald_coverage[20]:.1%} con $n = 20$ y
  todavía {wald_coverage[100]:.1%} con $n = 100$. Cuando una muestra no trae ningún éxito da
  $[0, 0]$, una barra de ancho cero; y con 1 éxito baja de 0. El de Wilson cubre
  {wilson_coverage[20]:.1%} y {wilson_coverage[100]:.1%}.

Mover la confianza cambia el ancho: más confianza, intervalo más ancho. Nada es gratis:
para angostar el intervalo sin perder confianza hay que juntar más datos.
""",
        en=rf"""
Three things the figure teaches (and the table above, with 10 000 samples per case):

- **With normal data the t interval delivers what it promises** at every $n$, even $n = 5$:
  Student's t is exact there.
- **With a skewed population and a small $n$, it covers less.** For the "mean area" at 95 %, the
  coverage is {coverage_by_n[5]:.1%} with $n = 5$, {coverage_by_n[30]:.1%} with $n = 30$ and
  {coverage_by_n[100]:.1%} with $n = 100$: it approaches 95 % as the CLT does its job. The red bars
  fall mostly on one side: the samples with no large tumour give a low mean **and** a small $s$, a
  narrow interval shifted down.
- **The Wald interval for $p = 0.05$ fails**: it covers {wald_coverage[20]:.1%} with $n = 20$ and
  still {wald_coverage[100]:.1%} with $n = 100$. When a sample brings no success it gives $[0, 0]$,
  a bar of zero width; and with 1 success it goes below 0. Wilson's covers {wilson_coverage[20]:.1%}
  and {wilson_coverage[100]:.1%}.

Moving the confidence changes the width: more confidence, a wider interval. There is no free
lunch: to narrow the interval without losing confidence you need more data.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 7. Intervalos para una proporción: Wald contra Wilson

Una proporción $\hat p = k/n$ es la media de $n$ ceros y unos, así que el TCL da
$\hat p \approx \mathcal N\big(p,\ p(1-p)/n\big)$. El intervalo de **Wald**, el de los libros,
reemplaza el $p$ desconocido por $\hat p$ dentro de la raíz:

$$
\hat p \pm z\sqrt{\frac{\hat p(1-\hat p)}{n}} .
$$

El problema está en ese reemplazo: con $\hat p = 0$ la raíz es 0 y el intervalo colapsa. El de
**Wilson** no reemplaza nada: busca todos los $p$ para los que el $\hat p$ observado no sería raro,

$$
|\hat p - p| \le z\sqrt{\frac{p(1-p)}{n}} ,
$$

y despeja $p$. Elevando al cuadrado queda una cuadrática en $p$,
$(1 + z^2/n)\,p^2 - (2\hat p + z^2/n)\,p + \hat p^2 \le 0$, cuyas dos raíces son los extremos:

$$
\frac{\hat p + \frac{z^2}{2n} \pm z\sqrt{\frac{\hat p(1-\hat p)}{n} + \frac{z^2}{4n^2}}}{1 + \frac{z^2}{n}} .
$$

El centro ya no es $\hat p$: se corre hacia $1/2$, más cuanto más chico es $n$. Nunca sale de
$[0, 1]$ y con 0 éxitos de $n$ da $[0,\ z^2/(n + z^2)]$, un intervalo de verdad.

**Cobertura según $p$.** La figura calcula, exacta, la cobertura de los dos intervalos para cada
$p$ entre 0 y 1 (como en la sección 6, sumando la binomial). Mueve $n$.
""",
        en=r"""
## 7. Intervals for a proportion: Wald against Wilson

A proportion $\hat p = k/n$ is the mean of $n$ zeros and ones, so the CLT gives
$\hat p \approx \mathcal N\big(p,\ p(1-p)/n\big)$. The **Wald** interval, the textbook one,
replaces the unknown $p$ by $\hat p$ inside the square root:

$$
\hat p \pm z\sqrt{\frac{\hat p(1-\hat p)}{n}} .
$$

The trouble lies in that replacement: with $\hat p = 0$ the root is 0 and the interval collapses.
**Wilson**'s replaces nothing: it looks for every $p$ under which the observed $\hat p$ would not
be unusual,

$$
|\hat p - p| \le z\sqrt{\frac{p(1-p)}{n}} ,
$$

and solves for $p$. Squaring gives a quadratic in $p$,
$(1 + z^2/n)\,p^2 - (2\hat p + z^2/n)\,p + \hat p^2 \le 0$, whose two roots are the ends:

$$
\frac{\hat p + \frac{z^2}{2n} \pm z\sqrt{\frac{\hat p(1-\hat p)}{n} + \frac{z^2}{4n^2}}}{1 + \frac{z^2}{n}} .
$$

The centre is no longer $\hat p$: it moves towards $1/2$, the more so the smaller $n$ is. It never
leaves $[0, 1]$, and with 0 successes out of $n$ it gives $[0,\ z^2/(n + z^2)]$, a real interval.

**Coverage by $p$.** The figure computes, exactly, the coverage of both intervals for every $p$
between 0 and 1 (as in section 6, by summing the binomial). Move $n$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    coverage_n = mo.ui.slider(
        steps=[10, 20, 30, 50, 100, 200, 500], value=30, show_value=True, label=kit.say(lang, es="n", en="n")
    )
    coverage_n
    return (coverage_n,)


@app.cell(hide_code=True)
def _(coverage_n, kit, lang, np, plt, proportion_intervals):
    from gradiente.stats.special import gammaln

    _n = coverage_n.value
    _ps = np.linspace(0.002, 0.998, 499)
    _k = np.arange(_n + 1)
    # the binomial pmf for every (p, k) at once, from logs: C(n, k) pᵏ (1 − p)ⁿ⁻ᵏ
    _log_choose = gammaln(_n + 1) - gammaln(_k + 1) - gammaln(_n - _k + 1)
    _pmf = np.exp(_log_choose + np.outer(np.log(_ps), _k) + np.outer(np.log1p(-_ps), _n - _k))
    _fig, _ax = plt.subplots(figsize=(8.4, 4.0))
    for _method, _color, _name in (
        ("wald", "tab:red", "Wald"),
        ("wilson", "tab:blue", "Wilson"),
    ):
        _low, _high = proportion_intervals(_k, _n, 0.95, _method).T
        _inside = (_low[None, :] <= _ps[:, None]) & (_ps[:, None] <= _high[None, :])
        _coverage = np.sum(_pmf * _inside, axis=1)
        _ax.plot(_ps, _coverage, color=_color, lw=1.3, label=f"{_name}: {np.mean(_coverage):.1%}")
    _ax.axhline(0.95, color="k", lw=1, ls="--")
    _ax.set_ylim(0.5, 1.0)
    _ax.set_xlim(0, 1)
    _ax.set_xlabel(kit.say(lang, es="p verdadero", en="true p"))
    _ax.set_ylabel(kit.say(lang, es="cobertura (95 % nominal)", en="coverage (95 % nominal)"))
    _ax.legend(
        title=kit.say(lang, es="cobertura promedio en p", en="coverage averaged over p"),
        fontsize=8,
        title_fontsize=8,
        loc="lower center",
    )
    _ax.set_title(
        kit.say(
            lang,
            es=f"n = {_n}: la cobertura exacta de cada intervalo al 95 %",
            en=f"n = {_n}: the exact coverage of each 95 % interval",
        ),
        fontsize=10,
    )
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
La curva de Wald se hunde cerca de 0 y de 1 y, aun en el medio, queda casi siempre por debajo de
la línea; la de Wilson oscila (la binomial es discreta, ninguna curva es lisa) pero alrededor del
95 %. Al crecer $n$ la de Wald también se acerca al 95 %, pero necesita mucho más $n$. Por eso
`gradiente.stats.confidence_interval(..., parameter="proportion")` da el de Wilson.

## 8. Cuándo la aproximación falla, y otros intervalos

El intervalo t y el de Wald descansan en el TCL. Desconfía de ellos cuando:

- **$n$ es chico y la población es sesgada**: la cobertura baja (sección 6). Con datos muy
  sesgados sirve transformar (por ejemplo, tomar logaritmos) o usar el *bootstrap* de la lección
  5.7.
- **las colas son pesadas**: con varianza infinita (la Cauchy de la sección 2) el TCL no vale;
  con colas solo pesadas vale, pero tarda.
- **$p$ está cerca de 0 o de 1**: con Bernoulli(0.01) y $n = 20$, la media es 0 en la mayoría de
  las muestras (abajo); ninguna normal describe eso.

Dos intervalos más que vas a ver. El de la **pendiente** de una regresión (lección 4.1) tiene la
misma forma, estimador $\pm\, t \cdot$ error estándar:
$\hat\beta_1 \pm t_{n-2,\,1-\alpha/2}\, s_e\big/\sqrt{\textstyle\sum_i (x_i - \bar x)^2}$, con $s_e$
la desviación de los residuos y $n - 2$ grados de libertad (se estimaron dos coeficientes). Y el
**intervalo de predicción**, que no busca $\mu$ sino **una observación nueva**: a la incertidumbre
de $\bar x$ le suma la de la observación misma,

$$
\bar x \pm t_{n-1,\,1-\alpha/2}\; s\sqrt{1 + \frac1n} .
$$

No se angosta a cero al crecer $n$: se acerca a $\mu \pm z\sigma$. Con las setosas:
""",
        en=r"""
Wald's curve sinks near 0 and 1 and, even in the middle, stays mostly below the line; Wilson's
oscillates (the binomial is discrete, no curve is smooth) but around 95 %. As $n$ grows Wald's also
gets close to 95 %, but it needs a far larger $n$. That is why
`gradiente.stats.confidence_interval(..., parameter="proportion")` gives Wilson's.

## 8. When the approximation fails, and other intervals

The t interval and Wald's rest on the CLT. Distrust them when:

- **$n$ is small and the population is skewed**: the coverage drops (section 6). With very skewed
  data it helps to transform (taking logarithms, say) or to use the bootstrap of lesson 5.7.
- **the tails are heavy**: with infinite variance (the Cauchy of section 2) the CLT does not hold;
  with tails that are just heavy it holds, but slowly.
- **$p$ is close to 0 or 1**: with Bernoulli(0.01) and $n = 20$, the mean is 0 in most samples
  (below); no normal describes that.

Two more intervals you will meet. The one for the **slope** of a regression (lesson 4.1) has the
same shape, estimator $\pm\, t \cdot$ standard error:
$\hat\beta_1 \pm t_{n-2,\,1-\alpha/2}\, s_e\big/\sqrt{\textstyle\sum_i (x_i - \bar x)^2}$, with $s_e$
the standard deviation of the residuals and $n - 2$ degrees of freedom (two coefficients were
estimated). And the **prediction interval**, which is not after $\mu$ but after **one new
observation**: to the uncertainty of $\bar x$ it adds that of the observation itself,

$$
\bar x \pm t_{n-1,\,1-\alpha/2}\; s\sqrt{1 + \frac1n} .
$$

It does not shrink to zero as $n$ grows: it approaches $\mu \pm z\sigma$. With the setosas:
""",
    )
    return


@app.cell
def _(StudentT, np, setosa, setosa_ci):
    _n = setosa.size
    _t = float(StudentT(_n - 1).ppf(0.975))
    _half = _t * setosa.std(ddof=1) * np.sqrt(1 + 1 / _n)
    prediction_interval = (setosa.mean() - _half, setosa.mean() + _half)
    flowers_in_ci = np.mean((setosa_ci.low <= setosa) & (setosa <= setosa_ci.high))
    flowers_in_pi = np.mean((prediction_interval[0] <= setosa) & (setosa <= prediction_interval[1]))
    p_all_zero = 0.99**20  # Bernoulli(0.01), n = 20: P(no success at all) = P(x̄ = 0)
    {
        "95 % CI for μ": (round(setosa_ci.low, 3), round(setosa_ci.high, 3)),
        "95 % prediction interval": tuple(round(v, 3) for v in prediction_interval),
        "flowers inside the CI": flowers_in_ci,
        "flowers inside the PI": flowers_in_pi,
        "Bernoulli(0.01), n = 20: P(x̄ = 0)": round(p_all_zero, 3),
    }
    return flowers_in_ci, flowers_in_pi, p_all_zero


@app.cell(hide_code=True)
def _(flowers_in_ci, flowers_in_pi, kit, lang, p_all_zero):
    kit.text(
        lang,
        es=rf"""
El intervalo de confianza para $\mu$ contiene solo el {flowers_in_ci:.0%} de las flores, y no
tiene por qué contener más: habla de la media, no de cada flor. El de predicción contiene el
{flowers_in_pi:.0%}. Y con Bernoulli(0.01) y $n = 20$, $P(\bar x = 0) = 0.99^{{20}} \approx
{p_all_zero:.3f}$: cuatro de cada cinco muestras no ven ningún éxito.
""",
        en=rf"""
The confidence interval for $\mu$ contains only {flowers_in_ci:.0%} of the flowers, and it has no
reason to contain more: it speaks of the mean, not of each flower. The prediction interval contains
{flowers_in_pi:.0%}. And with Bernoulli(0.01) and $n = 20$, $P(\bar x = 0) = 0.99^{{20}} \approx
{p_all_zero:.3f}$: four samples out of five see no success at all.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 9. Ejercicios

Cuatro funciones con NumPy: el error estándar, los dos intervalos y la simulación que está detrás
del explorador del TCL. Las comprobaciones usan los mismos datos de la lección: el iris, el
cáncer de mama y sus 357 tumores benignos de 569.
""",
        en=r"""
## 9. Exercises

Four functions with NumPy: the standard error, the two intervals and the simulation behind the CLT
explorer. The checks use the lesson's own data: iris, breast cancer and its 357 benign tumours out
of 569.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_standard_error = kit.exercise("standard_error", lang)
    ex_standard_error
    return (ex_standard_error,)


@app.cell(hide_code=True)
def _(ex_standard_error, kit):
    kit.feedback(ex_standard_error)
    return


@app.cell(hide_code=True)
def _(ex_standard_error, kit):
    kit.hints(ex_standard_error)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_t_interval = kit.exercise("t_interval", lang)
    ex_t_interval
    return (ex_t_interval,)


@app.cell(hide_code=True)
def _(ex_t_interval, kit):
    kit.feedback(ex_t_interval)
    return


@app.cell(hide_code=True)
def _(ex_t_interval, kit):
    kit.hints(ex_t_interval)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_wilson_interval = kit.exercise("wilson_interval", lang)
    ex_wilson_interval
    return (ex_wilson_interval,)


@app.cell(hide_code=True)
def _(ex_wilson_interval, kit):
    kit.feedback(ex_wilson_interval)
    return


@app.cell(hide_code=True)
def _(ex_wilson_interval, kit):
    kit.hints(ex_wilson_interval)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_sample_means = kit.exercise("sample_means", lang)
    ex_sample_means
    return (ex_sample_means,)


@app.cell(hide_code=True)
def _(ex_sample_means, kit):
    kit.feedback(ex_sample_means)
    return


@app.cell(hide_code=True)
def _(ex_sample_means, kit):
    kit.hints(ex_sample_means)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 10. Autoevaluación

Cuatro preguntas. La respuesta se corrige en cuanto eliges una opción.
""",
        en=r"""
## 10. Self-check

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
                es="**1.** Juntas cuatro veces más datos (n → 4n). ¿Qué le pasa al error estándar de la media?",
                en="**1.** You gather four times as much data (n → 4n). What happens to the standard error of the mean?",
            ),
            (
                T(es="Se divide entre 4", en="It is divided by 4"),
                T(es="Se divide entre 2", en="It is divided by 2"),
                T(es="No cambia: σ es el mismo", en="It does not change: σ is the same"),
            ),
            answer=1,
            why=T(
                es=r"$\mathrm{SE} = \sigma/\sqrt n$, y $\sqrt{4n} = 2\sqrt n$: se parte a la mitad. «Entre 4» es la varianza de la media, $\sigma^2/n$, no su desviación. Lo que no cambia con $n$ es $\sigma$ (o $s$), la dispersión de **una** observación.",
                en=r"$\mathrm{SE} = \sigma/\sqrt n$, and $\sqrt{4n} = 2\sqrt n$: it halves. “Divided by 4” is the variance of the mean, $\sigma^2/n$, not its standard deviation. What does not change with $n$ is $\sigma$ (or $s$), the spread of **one** observation.",
            ),
        ),
        Question(
            T(
                es="**2.** Con una muestra calculas el intervalo al 95 % [4.91, 5.11] para μ. ¿Qué afirmación es correcta?",
                en="**2.** From one sample you compute the 95 % interval [4.91, 5.11] for μ. Which statement is right?",
            ),
            (
                T(
                    es="Hay un 95 % de probabilidad de que μ esté entre 4.91 y 5.11",
                    en="There is a 95 % probability that μ is between 4.91 and 5.11",
                ),
                T(
                    es="El 95 % de los datos está entre 4.91 y 5.11",
                    en="95 % of the data lie between 4.91 and 5.11",
                ),
                T(
                    es="El 95 % de los intervalos construidos así, con muestras nuevas, contiene a μ",
                    en="95 % of the intervals built this way, from new samples, contain μ",
                ),
            ),
            answer=2,
            why=T(
                es=r"$\mu$ es fijo; lo aleatorio es el intervalo, y el 95 % es la cobertura del procedimiento (los 100 intervalos de la sección 6). Para este intervalo concreto, $\mu$ está o no está. Y no habla de los datos: con las setosas, el intervalo para $\mu$ contenía a una minoría de las flores; eso lo hace el intervalo de predicción.",
                en=r"$\mu$ is fixed; the interval is what is random, and the 95 % is the procedure's coverage (the 100 intervals of section 6). For this particular interval, $\mu$ is either in or out. And it says nothing about the data: for the setosas, the interval for $\mu$ held a minority of the flowers; that is the prediction interval's job.",
            ),
        ),
        Question(
            T(
                es="**3.** Tomas muestras de n = 20 de una Bernoulli(0.01). ¿Qué tan bien describe el TCL la distribución de p̂?",
                en="**3.** You take samples of n = 20 from a Bernoulli(0.01). How well does the CLT describe the distribution of p̂?",
            ),
            (
                T(es="Bien: n = 20 ya es bastante", en="Well: n = 20 is already plenty"),
                T(
                    es="Mal: p̂ vale 0 en unas 4 de cada 5 muestras",
                    en="Badly: p̂ is 0 in about 4 samples out of 5",
                ),
                T(
                    es="Perfecto: una proporción es una media, así que es normal",
                    en="Perfectly: a proportion is a mean, so it is normal",
                ),
            ),
            answer=1,
            why=T(
                es=r"$P(\hat p = 0) = 0.99^{20} \approx 0.82$ (sección 8): la distribución es casi toda un pico en 0, muy asimétrica (la asimetría de la Bernoulli(0.01) es casi 10, y entre $\sqrt{20}$ sigue por encima de 2). Una proporción sí es una media, pero el TCL es un límite: cuánto $n$ hace falta depende de la población, y con $p$ cerca de 0 hace falta mucho.",
                en=r"$P(\hat p = 0) = 0.99^{20} \approx 0.82$ (section 8): the distribution is almost all a spike at 0, very skewed (the skewness of Bernoulli(0.01) is almost 10, and divided by $\sqrt{20}$ it is still above 2). A proportion is indeed a mean, but the CLT is a limit: how much $n$ you need depends on the population, and with $p$ near 0 you need a lot.",
            ),
        ),
        Question(
            T(
                es="**4.** ¿Por qué la varianza muestral divide entre n − 1 y no entre n?",
                en="**4.** Why does the sample variance divide by n − 1 and not by n?",
            ),
            (
                T(
                    es="Porque los desvíos se miden desde x̄, que se ajusta a los datos: la suma sale chica en σ² en promedio",
                    en="Because the deviations are measured from x̄, which adapts to the data: the sum comes out short by σ² on average",
                ),
                T(
                    es="Para que el resultado sea un poco más grande y así más prudente",
                    en="To make the result a little larger and so more cautious",
                ),
                T(
                    es="Porque una muestra tiene siempre un dato menos que la población",
                    en="Because a sample always has one value fewer than the population",
                ),
            ),
            answer=0,
            why=T(
                es=r"$\mathbb E\sum_i (X_i - \bar X)^2 = (n-1)\sigma^2$: a $n\sigma^2$ le falta $n \operatorname{Var}\bar X = \sigma^2$, porque $\bar X$ es el punto que minimiza esa suma. Dividir entre $n - 1$ corrige **exactamente** ese sesgo (la tabla de la sección 1); no es una cuestión de prudencia.",
                en=r"$\mathbb E\sum_i (X_i - \bar X)^2 = (n-1)\sigma^2$: it falls short of $n\sigma^2$ by $n \operatorname{Var}\bar X = \sigma^2$, because $\bar X$ is the point that minimises that sum. Dividing by $n - 1$ corrects **exactly** that bias (the table of section 1); it is not a matter of caution.",
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
## 11. Resumen

- Un estimador es una función de la muestra, y por eso es aleatorio. $\bar X$ es insesgado, con
  $\operatorname{Var}\bar X = \sigma^2/n$; la varianza muestral divide entre $n - 1$ para ser
  insesgada (`ddof=1`).
- Ley de los grandes números: $\bar X_n \to \mu$ si la media existe (la Cauchy no tiene).
- Teorema central del límite: $\sqrt n(\bar X - \mu)/\sigma \to \mathcal N(0, 1)$ si $\sigma$ es
  finita; la asimetría de $\bar X$ baja como $\gamma/\sqrt n$, así que «$n = 30$» no alcanza
  siempre.
- Error estándar de la media: $s/\sqrt n$. Cuatro veces más datos, la mitad de error.
- Intervalo t: $\bar x \pm t_{n-1,\,(1+c)/2}\, s/\sqrt n$. Exacto con datos normales; con datos
  sesgados y $n$ chico cubre menos de lo nominal.
- Proporciones: Wald, $\hat p \pm z\sqrt{\hat p(1-\hat p)/n}$, colapsa con $p$ cerca de 0 o 1;
  Wilson invierte la prueba $z$ y cubre cerca del nivel pedido.
- «95 %» es la cobertura del procedimiento, no la probabilidad de que $\mu$ esté en **este**
  intervalo. Para una observación nueva se usa el intervalo de predicción, $s\sqrt{1 + 1/n}$.
- Sigue en la lección 5.4 (máxima verosimilitud) y en la 5.6, donde el mismo estadístico
  $(\bar x - \mu_0)/(s/\sqrt n)$ se vuelve una prueba de hipótesis.
""",
        en=r"""
## 11. Summary

- An estimator is a function of the sample, and so it is random. $\bar X$ is unbiased, with
  $\operatorname{Var}\bar X = \sigma^2/n$; the sample variance divides by $n - 1$ to be unbiased
  (`ddof=1`).
- Law of large numbers: $\bar X_n \to \mu$ if the mean exists (the Cauchy has none).
- Central limit theorem: $\sqrt n(\bar X - \mu)/\sigma \to \mathcal N(0, 1)$ if $\sigma$ is finite;
  the skewness of $\bar X$ falls like $\gamma/\sqrt n$, so "$n = 30$" is not always enough.
- Standard error of the mean: $s/\sqrt n$. Four times the data, half the error.
- t interval: $\bar x \pm t_{n-1,\,(1+c)/2}\, s/\sqrt n$. Exact for normal data; with skewed data
  and a small $n$ it covers less than nominal.
- Proportions: Wald, $\hat p \pm z\sqrt{\hat p(1-\hat p)/n}$, collapses for $p$ near 0 or 1;
  Wilson inverts the $z$ test and covers close to the level asked for.
- "95 %" is the coverage of the procedure, not the probability that $\mu$ is in **this** interval.
  For a new observation use the prediction interval, $s\sqrt{1 + 1/n}$.
- Next, lesson 5.4 (maximum likelihood) and lesson 5.6, where the same statistic
  $(\bar x - \mu_0)/(s/\sqrt n)$ becomes a hypothesis test.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es="## 12. Para seguir: recursos",
        en="## 12. Keep going: resources",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.resources("sampling-clt-intervals", lang)
    return


if __name__ == "__main__":
    app.run()
