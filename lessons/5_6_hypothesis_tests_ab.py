import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 5.6")


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
    kit.header("hypothesis-tests-ab", lang)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Las versicolores tienen el sépalo un poco más angosto que las virginicas, en promedio, en las 50
flores de cada especie que trae iris. ¿Es una diferencia real entre especies o la habrías visto
igual con otras 100 flores cualesquiera? Una **prueba de hipótesis** responde esa pregunta con un
número, el **valor p**, que mide qué tan raros serían tus datos si la diferencia no existiera. Es la
misma herramienta con la que una empresa decide si el botón nuevo de su página vende más (una
**prueba A/B**) y con la que decides si un modelo es de verdad mejor que otro.

**Al terminar podrás:**

- plantear $H_0$ y $H_1$, elegir un estadístico, construir su distribución nula y calcular valores p
  de una y de dos colas, sabiendo que un valor p **no** es $P(H_0 \mid D)$, la probabilidad de que
  $H_0$ sea cierta dados tus datos $D$;
- usar la prueba t de dos muestras (de Student y de Welch), la pareada, la prueba z de dos
  proporciones y la $\chi^2$, y elegir entre ellas;
- razonar con los errores de tipo I y II, $\alpha$ y la potencia, y calcular cuántos usuarios
  necesita una prueba A/B;
- reconocer las trampas de siempre: mirar los resultados antes de tiempo, hacer muchas pruebas
  (Bonferroni y Benjamini–Hochberg) y confundir significancia estadística con un efecto que importa.
""",
        en=r"""
Versicolor flowers have slightly narrower sepals than virginica ones, on average, in the 50
flowers of each species that iris ships. Is that a real difference between species, or would you
have seen it just as well with any other 100 flowers? A **hypothesis test** answers that question
with a number, the **p-value**, which measures how unusual your data would be if the difference did
not exist. It is the same tool a company uses to decide whether the new button on its page sells
more (an **A/B test**) and the one you use to decide whether one model really beats another.

**By the end you will be able to:**

- state $H_0$ and $H_1$, pick a statistic, build its null distribution and compute one- and
  two-sided p-values, knowing that a p-value is **not** $P(H_0 \mid D)$, the probability that
  $H_0$ is true given your data $D$;
- use the two-sample t-test (Student's and Welch's), the paired one, the two-proportion z-test and
  the $\chi^2$ test, and choose between them;
- reason with type I and II errors, $\alpha$ and power, and work out how many users an A/B test
  needs;
- spot the usual traps: peeking at the results early, running many tests (Bonferroni and
  Benjamini–Hochberg) and mistaking statistical significance for an effect that matters.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 0. ¿Por qué importa en ML?

En ML casi todo se decide comparando números que tienen ruido: la exactitud de dos modelos en un
conjunto de prueba, la tasa de clics de dos versiones de un recomendador, la media de un rasgo en
dos clases. Una diferencia pequeña puede ser casualidad; una prueba de hipótesis dice cuánta
casualidad haría falta para explicarla. Las mismas ideas aparecen al seleccionar rasgos (probar
cientos de columnas a la vez, sección 5), al poner un modelo en producción (una prueba A/B,
secciones 3 y 4) y en la lección 5.7, donde comparas modelos con validación cruzada.

## 1. La lógica de una prueba: $H_0$, un estadístico y su distribución nula

Toda prueba sigue los mismos cuatro pasos:

1. **Dos hipótesis.** La **hipótesis nula** $H_0$ es la aburrida: "la especie no cambia el ancho
   medio del sépalo", $\mu_x = \mu_y$. La **alternativa** $H_1$ es lo que sospechas:
   $\mu_x \ne \mu_y$ (bilateral), o $\mu_x < \mu_y$ (unilateral).
2. **Un estadístico**, un número que mide qué tan lejos están los datos de $H_0$. Aquí, el
   estadístico t: la diferencia de medias dividida entre su error estándar (la sección 2 da la
   fórmula).
3. **Su distribución nula**: cómo se reparte el estadístico **si $H_0$ es cierta**.
4. **El valor p**: la probabilidad, bajo $H_0$, de un estadístico al menos tan extremo como el
   observado.

El paso 3 se puede hacer sin fórmulas. Si la especie no importa, las etiquetas "versicolor" y
"virginica" son arbitrarias: barajarlas y repartirlas de nuevo daría datos igual de plausibles. Eso
es una **prueba de permutación**: abajo barajamos las etiquetas 4000 veces, calculamos t en cada
reparto y comparamos el t observado con esos 4000. La curva es la distribución t de Student con
$n_x + n_y - 2 = 98$ grados de libertad, la que da la teoría sin barajar nada.
""",
        en=r"""
## 0. Why does it matter in ML?

In ML almost everything is decided by comparing noisy numbers: the accuracy of two models on a
test set, the click rate of two versions of a recommender, the mean of a feature in two classes. A
small difference may be chance; a hypothesis test says how much chance it would take to explain
it. The same ideas show up when selecting features (testing hundreds of columns at once, section
5), when shipping a model (an A/B test, sections 3 and 4) and in lesson 5.7, where you compare
models with cross-validation.

## 1. The logic of a test: $H_0$, a statistic and its null distribution

Every test follows the same four steps:

1. **Two hypotheses.** The **null hypothesis** $H_0$ is the boring one: "the species does not
   change the mean sepal width", $\mu_x = \mu_y$. The **alternative** $H_1$ is what you suspect:
   $\mu_x \ne \mu_y$ (two-sided), or $\mu_x < \mu_y$ (one-sided).
2. **A statistic**, a number that measures how far the data are from $H_0$. Here, the t
   statistic: the difference of means divided by its standard error (section 2 gives the formula).
3. **Its null distribution**: how the statistic is spread **if $H_0$ is true**.
4. **The p-value**: the probability, under $H_0$, of a statistic at least as extreme as the one
   observed.

Step 3 can be done without formulas. If the species does not matter, the labels "versicolor" and
"virginica" are arbitrary: shuffling and dealing them again would give equally plausible data.
That is a **permutation test**: below we shuffle the labels 4000 times, compute t for each deal and
compare the observed t with those 4000. The curve is Student's t distribution with
$n_x + n_y - 2 = 98$ degrees of freedom, the one theory gives without shuffling anything.
""",
    )
    return


@app.cell(hide_code=True)
def _(np):
    from gradiente.datasets import load_iris

    iris = load_iris()
    versicolor = iris.data[iris.target == 1]  # 50 × 4
    virginica = iris.data[iris.target == 2]  # 50 × 4
    n_permutations = 4000

    def pooled_t_rows(x, y):
        """The pooled t statistic of each row pair (x[k], y[k]); vectorised over the rows."""
        n_x, n_y = x.shape[-1], y.shape[-1]
        pooled = ((n_x - 1) * x.var(axis=-1, ddof=1) + (n_y - 1) * y.var(axis=-1, ddof=1)) / (n_x + n_y - 2)
        return (x.mean(axis=-1) - y.mean(axis=-1)) / np.sqrt(pooled * (1 / n_x + 1 / n_y))

    _rng = np.random.default_rng(56)
    permutation_t = {}  # column -> (observed t, the 4000 t's of shuffled labels)
    for _column in range(4):
        _values = np.concatenate([versicolor[:, _column], virginica[:, _column]])
        _shuffled = _rng.permuted(np.tile(_values, (n_permutations, 1)), axis=1)
        permutation_t[_column] = (
            float(pooled_t_rows(versicolor[:, _column], virginica[:, _column])),
            pooled_t_rows(_shuffled[:, :50], _shuffled[:, 50:]),
        )
    return iris, n_permutations, permutation_t, versicolor, virginica


@app.cell(hide_code=True)
def _(kit, lang, mo):
    measurement_dropdown = mo.ui.dropdown(
        options={
            kit.say(lang, es="ancho del sépalo", en="sepal width"): 1,
            kit.say(lang, es="largo del sépalo", en="sepal length"): 0,
            kit.say(lang, es="largo del pétalo", en="petal length"): 2,
        },
        value=kit.say(lang, es="ancho del sépalo", en="sepal width"),
        label=kit.say(lang, es="Medida", en="Measurement"),
    )
    alternative_dropdown = mo.ui.dropdown(
        options={
            kit.say(lang, es="bilateral: μ_x ≠ μ_y", en="two-sided: μ_x ≠ μ_y"): "two-sided",
            kit.say(lang, es="unilateral: μ_x < μ_y", en="one-sided: μ_x < μ_y"): "less",
            kit.say(lang, es="unilateral: μ_x > μ_y", en="one-sided: μ_x > μ_y"): "greater",
        },
        value=kit.say(lang, es="bilateral: μ_x ≠ μ_y", en="two-sided: μ_x ≠ μ_y"),
        label=kit.say(lang, es="Hipótesis alternativa", en="Alternative hypothesis"),
    )
    mo.hstack([measurement_dropdown, alternative_dropdown], justify="start", gap=2)
    return alternative_dropdown, measurement_dropdown


@app.cell(hide_code=True)
def _(alternative_dropdown, kit, lang, measurement_dropdown, n_permutations, np, permutation_t, plt):
    from gradiente.stats import StudentT

    _t_obs, _null = permutation_t[measurement_dropdown.value]
    _side = alternative_dropdown.value
    _t98 = StudentT(98)
    if _side == "two-sided":
        _extreme = np.abs(_null) >= abs(_t_obs)
        _p_theory = 2 * float(_t98.sf(abs(_t_obs)))
    elif _side == "less":
        _extreme = _null <= _t_obs
        _p_theory = float(_t98.cdf(_t_obs))
    else:
        _extreme = _null >= _t_obs
        _p_theory = float(_t98.sf(_t_obs))
    _p_perm = _extreme.mean()
    _fig, _ax = plt.subplots(figsize=(8.4, 3.9))
    _limit = max(5.0, abs(_t_obs) + 1.0)
    _bins = np.linspace(-_limit, _limit, 81)
    _ax.hist(_null[~_extreme], bins=_bins, histtype="stepfilled", color="0.75")  # one patch: fast to draw
    _ax.hist(_null[_extreme], bins=_bins, histtype="stepfilled", color="tab:red", alpha=0.85)
    _grid = np.linspace(-_limit, _limit, 400)
    _width = _bins[1] - _bins[0]
    _ax.plot(_grid, _t98.pdf(_grid) * n_permutations * _width, color="k", lw=1.5)
    _ax.axvline(_t_obs, color="tab:blue", lw=2)
    if _side == "two-sided":
        _ax.axvline(-_t_obs, color="tab:blue", lw=1, ls="--")
    _ax.set_xlim(-_limit, _limit)
    _ax.set_xlabel(kit.say(lang, es="t de cada reparto barajado", en="t of each shuffled deal"))
    _ax.set_ylabel(kit.say(lang, es="repartos", en="deals"))
    _perm_text = f"{_p_perm:.4f}" if _p_perm > 0 else f"< 1/{n_permutations}"
    _ax.set_title(
        kit.say(
            lang,
            es=f"t observado = {_t_obs:.3f} (azul).  p por permutación = {_perm_text};  p con t(98) = {_p_theory:.3g}",
            en=f"observed t = {_t_obs:.3f} (blue).  permutation p = {_perm_text};  p from t(98) = {_p_theory:.3g}",
        ),
        fontsize=9.5,
    )
    _ax.text(
        0.99,
        0.95,
        kit.say(
            lang,
            es="rojo: repartos al menos tan extremos\ncurva: t de Student, 98 g.l.",
            en="red: deals at least as extreme\ncurve: Student's t, 98 d.f.",
        ),
        transform=_ax.transAxes,
        va="top",
        ha="right",
        fontsize=8,
    )
    plt.close(_fig)
    _fig
    return (StudentT,)


@app.cell(hide_code=True)
def _(StudentT, kit, lang, permutation_t):
    _t_width = permutation_t[1][0]
    _p_two = 2 * float(StudentT(98).sf(abs(_t_width)))
    _p_less = float(StudentT(98).cdf(_t_width))
    kit.text(
        lang,
        es=rf"""
Con el ancho del sépalo, el t observado es {_t_width:.3f}: las versicolores tienen el sépalo más
angosto. Solo una fracción pequeña de los repartos al azar llega tan lejos, y la curva t coincide
con el histograma: la teoría y la simulación dicen lo mismo, $p \approx {_p_two:.4f}$ en la prueba
bilateral. Cambia a "unilateral: μ_x < μ_y" y el valor p se reduce a la mitad
($\approx {_p_less:.4f}$), porque solo cuenta una cola; con "μ_x > μ_y" casi vale 1, porque los
datos apuntan al lado contrario. **La alternativa se elige antes de ver los datos**: elegir la cola
después, según hacia dónde salió la diferencia, es hacer trampa: divide el valor p entre dos sin ninguna razón. Con el largo
del pétalo ningún reparto barajado se acerca al t observado: el valor p por permutación solo dice
"menos de 1 en 4000", y la curva t da el número.

**Qué es y qué no es un valor p.** En la prueba bilateral es $P(|T| \ge |t_{{\text{{obs}}}}| \mid H_0)$:
una probabilidad **sobre los datos, suponiendo $H_0$**. No es la probabilidad de que $H_0$ sea cierta
(eso sería $P(H_0 \mid D)$, que necesita una distribución a priori, lección 5.5), ni la
probabilidad de que el resultado "se deba al azar", ni mide qué tan grande es el efecto. Si fijas un
**nivel de significancia** $\alpha$ (el clásico 0.05) y rechazas $H_0$ cuando $p \le \alpha$,
rechazarás por error una $H_0$ verdadera en una fracción $\alpha$ de las veces: la sección 5 lo
comprueba simulando.
""",
        en=rf"""
With sepal width, the observed t is {_t_width:.3f}: versicolor sepals are narrower. Only a small
fraction of the random deals gets that far, and the t curve matches the histogram: theory and
simulation say the same thing, $p \approx {_p_two:.4f}$ for the two-sided test. Switch to
"one-sided: μ_x < μ_y" and the p-value halves ($\approx {_p_less:.4f}$), because only one tail
counts; with "μ_x > μ_y" it is almost 1, because the data point the other way. **The alternative is
chosen before seeing the data**: picking the tail afterwards, according to where the difference
came out, is cheating: it halves the p-value for no reason. With petal length no shuffled deal comes near the observed t:
the permutation p-value can only say "less than 1 in 4000", and the t curve gives the number.

**What a p-value is and is not.** For the two-sided test it is
$P(|T| \ge |t_{{\text{{obs}}}}| \mid H_0)$: a probability **about the data, assuming $H_0$**. It is not the probability that $H_0$ is true (that would be $P(H_0 \mid D)$, which
needs a prior, lesson 5.5), nor the probability that the result "is due to chance", nor a measure
of how large the effect is. If you fix a **significance level** $\alpha$ (the classic 0.05) and
reject $H_0$ when $p \le \alpha$, you will wrongly reject a true $H_0$ a fraction $\alpha$ of the
time: section 5 checks it by simulation.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 2. Las pruebas t: Student, Welch y la pareada

Si conocieras la desviación estándar $\sigma$ de la población, el estadístico
$z = (\bar x - \mu_0)/(\sigma/\sqrt n)$ seguiría una normal estándar bajo $H_0$: es la **prueba z**.
Casi nunca conoces $\sigma$; al cambiarla por la desviación estándar muestral $s$ (con $n - 1$ en el
denominador, `ddof=1`) el estadístico tiene colas más pesadas y sigue una **t de Student**. Para dos
muestras independientes hay dos versiones.

**Student (varianzas iguales).** Se combinan las dos varianzas muestrales en una sola,

$$
s_p^2 = \frac{(n_x - 1)\,s_x^2 + (n_y - 1)\,s_y^2}{n_x + n_y - 2},
\qquad
t = \frac{\bar x - \bar y}{s_p\sqrt{\frac{1}{n_x} + \frac{1}{n_y}}},
$$

con $n_x + n_y - 2$ grados de libertad.

**Welch (varianzas distintas).** Cada varianza se divide entre su propio tamaño, y los grados de
libertad salen de la aproximación de Welch–Satterthwaite (no suelen ser enteros):

$$
t_{\text{W}} = \frac{\bar x - \bar y}{\sqrt{\frac{s_x^2}{n_x} + \frac{s_y^2}{n_y}}},
\qquad
\nu = \frac{\left(\frac{s_x^2}{n_x} + \frac{s_y^2}{n_y}\right)^2}{\frac{(s_x^2/n_x)^2}{n_x - 1} + \frac{(s_y^2/n_y)^2}{n_y - 1}}.
$$

Welch es la opción segura cuando no sabes si las varianzas se parecen, y pierde muy poco cuando sí
se parecen. El valor p bilateral es $p = 2\,P(T \ge |t|)$ con la t de los grados de libertad que
toquen.

**Pareada.** Si cada $x_i$ y cada $y_i$ vienen del mismo sujeto (antes y después, el mismo conjunto
de prueba con dos modelos), las muestras **no** son independientes. Se trabaja con las diferencias
$d_i = x_i - y_i$ y se hace una prueba t de una muestra de $H_0: \mu_d = 0$. La celda de abajo corre
las tres con `gradiente.stats` sobre los datos reales y sobre 12 pacientes simulados, medidos antes
y después de un tratamiento que baja la presión 4 mmHg (cada paciente tiene su propio nivel, que
varía mucho más que eso).
""",
        en=r"""
## 2. The t-tests: Student's, Welch's and the paired one

If you knew the population's standard deviation $\sigma$, the statistic
$z = (\bar x - \mu_0)/(\sigma/\sqrt n)$ would follow a standard normal under $H_0$: that is the
**z-test**. You almost never know $\sigma$; replacing it with the sample standard deviation $s$
(with $n - 1$ in the denominator, `ddof=1`) gives the statistic heavier tails, and it follows a
**Student's t**. For two independent samples there are two versions.

**Student (equal variances).** The two sample variances are pooled into one,

$$
s_p^2 = \frac{(n_x - 1)\,s_x^2 + (n_y - 1)\,s_y^2}{n_x + n_y - 2},
\qquad
t = \frac{\bar x - \bar y}{s_p\sqrt{\frac{1}{n_x} + \frac{1}{n_y}}},
$$

with $n_x + n_y - 2$ degrees of freedom.

**Welch (unequal variances).** Each variance is divided by its own size, and the degrees of freedom
come from the Welch–Satterthwaite approximation (they are rarely whole numbers):

$$
t_{\text{W}} = \frac{\bar x - \bar y}{\sqrt{\frac{s_x^2}{n_x} + \frac{s_y^2}{n_y}}},
\qquad
\nu = \frac{\left(\frac{s_x^2}{n_x} + \frac{s_y^2}{n_y}\right)^2}{\frac{(s_x^2/n_x)^2}{n_x - 1} + \frac{(s_y^2/n_y)^2}{n_y - 1}}.
$$

Welch is the safe choice when you do not know whether the variances are alike, and it loses very
little when they are. The two-sided p-value is $p = 2\,P(T \ge |t|)$ with the t of whichever
degrees of freedom apply.

**Paired.** If each $x_i$ and each $y_i$ come from the same subject (before and after, the same
test set with two models), the samples are **not** independent. One works with the differences
$d_i = x_i - y_i$ and runs a one-sample t-test of $H_0: \mu_d = 0$. The cell below runs all three
with `gradiente.stats` on the real data and on 12 simulated patients, measured before and after a
treatment that lowers blood pressure by 4 mmHg (each patient has their own level, which varies far
more than that).
""",
    )
    return


@app.cell
def _(kit, np, versicolor, virginica):
    _lines = []
    from gradiente.datasets import load_breast_cancer
    from gradiente.stats import ttest_ind, ttest_rel

    cancer = load_breast_cancer()
    radius_malignant = cancer.data[cancer.target == 0, 0]  # mean radius, 212 malignant tumours
    radius_benign = cancer.data[cancer.target == 1, 0]  # 357 benign ones
    for _name, _x, _y in (
        ("iris sepal width ", versicolor[:, 1], virginica[:, 1]),
        ("iris sepal length", versicolor[:, 0], virginica[:, 0]),
        ("cancer mean radius", radius_malignant, radius_benign),
    ):
        _student = ttest_ind(_x, _y, equal_var=True)
        _welch = ttest_ind(_x, _y, equal_var=False)
        _lines.append(
            f"{_name}: Student t = {_student.statistic:8.4f} (df {_student.df:.0f}, p = {_student.pvalue:.3g})"
            f" | Welch t = {_welch.statistic:8.4f} (ν = {_welch.df:.2f}, p = {_welch.pvalue:.3g})"
        )

    _rng = np.random.default_rng(7)
    patient_level = _rng.normal(140, 15, size=12)  # each patient's own blood pressure
    before = patient_level + _rng.normal(0, 2, size=12)
    after = patient_level - 4 + _rng.normal(0, 2, size=12)  # the treatment lowers it by 4 mmHg
    paired = ttest_rel(before, after)
    unpaired = ttest_ind(before, after, equal_var=False)
    _lines.append(f"paired:   t = {paired.statistic:.3f}, p = {paired.pvalue:.4f}")
    _lines.append(
        f"unpaired: t = {unpaired.statistic:.3f}, p = {unpaired.pvalue:.4f}  (wrongly treating them as independent)"
    )
    kit.printout(_lines)
    return cancer, paired, radius_benign, radius_malignant, unpaired


@app.cell(hide_code=True)
def _(kit, lang, paired, radius_benign, radius_malignant, unpaired):
    from gradiente.stats import ttest_ind as _ttest

    _welch_df = _ttest(radius_malignant, radius_benign, equal_var=False).df
    _student_df = len(radius_malignant) + len(radius_benign) - 2
    _sd_malignant, _sd_benign = radius_malignant.std(ddof=1), radius_benign.std(ddof=1)
    kit.text(
        lang,
        es=rf"""
Tres cosas que leer en esas líneas. Con grupos del mismo tamaño (las 50 y 50 flores) el t de
Student y el de Welch **son el mismo número**: las dos fórmulas coinciden si $n_x = n_y$; solo
cambian los grados de libertad, y el valor p apenas se mueve. Con el radio de los tumores los
grupos miden {len(radius_malignant)} y {len(radius_benign)} y las desviaciones estándar son
distintas ({_sd_malignant:.2f} en los malignos, {_sd_benign:.2f} en los benignos): ahí Welch da
otro t y {_welch_df:.1f} grados de libertad en lugar de {_student_df}. Y con los pacientes, la prueba pareada da
$p \approx {paired.pvalue:.4f}$ mientras que tratar las mediciones como independientes da
$p \approx {unpaired.pvalue:.2f}$: la variación **entre** pacientes tapa el efecto, y al restar
cada paciente consigo mismo esa variación desaparece.

**Datos reales: valor p contra tamaño del efecto.** Un valor p chico dice que la diferencia
difícilmente es casualidad, no que sea grande. Para el tamaño se usa la **d de Cohen**,
$d = (\bar x - \bar y)/s_p$: la diferencia de medias en desviaciones estándar (0.2 se suele llamar
pequeña, 0.5 mediana, 0.8 grande). Elige un par de grupos y mueve cuántos datos de cada grupo
entran en la prueba: ¿qué cambia más, $p$ o $d$?
""",
        en=rf"""
Three things to read in those lines. With groups of the same size (the 50 and 50 flowers)
Student's t and Welch's **are the same number**: the two formulas coincide when $n_x = n_y$; only
the degrees of freedom change, and the p-value barely moves. With the tumours' radius the groups
hold {len(radius_malignant)} and {len(radius_benign)} and the standard deviations differ
({_sd_malignant:.2f} for the malignant, {_sd_benign:.2f} for the benign): there Welch gives
another t and {_welch_df:.1f} degrees of freedom instead of {_student_df}. And with the patients, the paired test gives
$p \approx {paired.pvalue:.4f}$ while treating the measurements as independent gives
$p \approx {unpaired.pvalue:.2f}$: the variation **between** patients hides the effect, and
subtracting each patient from themselves removes that variation.

**Real data: p-value versus effect size.** A small p-value says the difference is hardly chance,
not that it is large. For the size one uses **Cohen's d**, $d = (\bar x - \bar y)/s_p$: the
difference of means in standard deviations (0.2 is usually called small, 0.5 medium, 0.8 large).
Pick a pair of groups and move how many values of each group enter the test: which changes more,
$p$ or $d$?
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    pair_dropdown = mo.ui.dropdown(
        options={
            kit.say(
                lang,
                es="cáncer de mama: radio medio, maligno vs benigno",
                en="breast cancer: mean radius, malignant vs benign",
            ): "cancer",
            kit.say(
                lang,
                es="iris: ancho del sépalo, versicolor vs virginica",
                en="iris: sepal width, versicolor vs virginica",
            ): "width",
        },
        value=kit.say(
            lang,
            es="cáncer de mama: radio medio, maligno vs benigno",
            en="breast cancer: mean radius, malignant vs benign",
        ),
        label=kit.say(lang, es="Grupos", en="Groups"),
    )
    pair_dropdown
    return (pair_dropdown,)


@app.cell(hide_code=True)
def _(kit, lang, mo, pair_dropdown):
    _largest = 212 if pair_dropdown.value == "cancer" else 50
    n_used_slider = mo.ui.slider(
        5,
        _largest,
        step=1,
        value=min(20, _largest),
        show_value=True,
        label=kit.say(lang, es="Datos por grupo", en="Values per group"),
    )
    n_used_slider
    return (n_used_slider,)


@app.cell(hide_code=True)
def _(np, radius_benign, radius_malignant, versicolor, virginica):
    _rng = np.random.default_rng(5)
    # Each group in a fixed random order: the slider takes its first n values.
    shuffled_pairs = {
        "cancer": (_rng.permutation(radius_malignant), _rng.permutation(radius_benign)),
        "width": (_rng.permutation(versicolor[:, 1]), _rng.permutation(virginica[:, 1])),
    }

    def cohens_d(x, y):
        """(x̄ − ȳ)/s_p, the difference of means in pooled standard deviations."""
        n_x, n_y = len(x), len(y)
        pooled = ((n_x - 1) * np.var(x, ddof=1) + (n_y - 1) * np.var(y, ddof=1)) / (n_x + n_y - 2)
        return (np.mean(x) - np.mean(y)) / np.sqrt(pooled)

    return cohens_d, shuffled_pairs


@app.cell(hide_code=True)
def _(cohens_d, kit, lang, n_used_slider, np, pair_dropdown, plt, shuffled_pairs):
    from gradiente.stats import ttest_ind as _ttest_ind

    _x_all, _y_all = shuffled_pairs[pair_dropdown.value]
    _n = n_used_slider.value
    _x, _y = _x_all[:_n], _y_all[:_n]
    _test = _ttest_ind(_x, _y, equal_var=False)
    _d, _d_all = cohens_d(_x, _y), cohens_d(_x_all, _y_all)
    _names = {
        "cancer": (kit.say(lang, es="malignos", en="malignant"), kit.say(lang, es="benignos", en="benign")),
        "width": ("versicolor", "virginica"),
    }[pair_dropdown.value]
    _fig, (_ax, _bar) = plt.subplots(1, 2, figsize=(9.4, 3.8), gridspec_kw={"width_ratios": [2.3, 1]})
    _bins = np.histogram_bin_edges(np.concatenate([_x_all, _y_all]), bins=24)
    _ax.hist(_x, bins=_bins, histtype="stepfilled", color="tab:red", alpha=0.6, label=f"{_names[0]} (n = {_n})")
    _ax.hist(_y, bins=_bins, histtype="stepfilled", color="tab:blue", alpha=0.6, label=f"{_names[1]} (n = {_n})")
    _ax.axvline(np.mean(_x), color="tab:red", lw=2)
    _ax.axvline(np.mean(_y), color="tab:blue", lw=2)
    _ax.legend(fontsize=8, loc="upper right")
    _ax.set_xlabel(
        kit.say(lang, es="radio medio", en="mean radius")
        if pair_dropdown.value == "cancer"
        else kit.say(lang, es="ancho del sépalo (cm)", en="sepal width (cm)")
    )
    _p_text = f"{_test.pvalue:.2g}" if _test.pvalue >= 1e-300 else "< 1e-300"
    _ax.set_title(
        kit.say(
            lang,
            es=f"Welch: t = {_test.statistic:.2f}, ν = {_test.df:.1f}, p = {_p_text}",
            en=f"Welch: t = {_test.statistic:.2f}, ν = {_test.df:.1f}, p = {_p_text}",
        ),
        fontsize=9.5,
    )
    _bar.bar([0, 1], [abs(_d), abs(_d_all)], color=["tab:purple", "0.6"])
    _bar.set_xticks(
        [0, 1], [kit.say(lang, es=f"con n = {_n}", en=f"with n = {_n}"), kit.say(lang, es="todos", en="all")]
    )
    for _i, _v in enumerate((abs(_d), abs(_d_all))):
        _bar.text(_i, _v, f"{_v:.2f}", ha="center", va="bottom", fontsize=8)
    _bar.set_ylim(0, 2.8)
    _bar.set_title(kit.say(lang, es="|d| de Cohen", en="Cohen's |d|"), fontsize=9.5)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(cohens_d, kit, lang, radius_benign, radius_malignant, versicolor, virginica):
    _d_cancer = cohens_d(radius_malignant, radius_benign)
    _d_width = cohens_d(versicolor[:, 1], virginica[:, 1])
    kit.text(
        lang,
        es=rf"""
Con todos los datos, el radio de los tumores tiene $d \approx {_d_cancer:.2f}$, un efecto enorme, y
el ancho del sépalo $d \approx {_d_width:.2f}$, uno mediano. Al mover el control, $d$ oscila
alrededor de su valor (es una estimación, con su propio ruido) pero no crece con $n$; el valor p,
en cambio, se hunde a medida que entran más datos, porque el error estándar baja como $1/\sqrt n$.
Con suficientes datos **cualquier** diferencia, por minúscula que sea, da $p < 0.05$. Por eso un
informe honesto da el tamaño del efecto con su intervalo de confianza, y no solo "es significativo".

Ahora te toca escribir la prueba t.
""",
        en=rf"""
With all the data, the tumours' radius has $d \approx {_d_cancer:.2f}$, a huge effect, and sepal
width $d \approx {_d_width:.2f}$, a medium one. As you move the control, $d$ wobbles around its
value (it is an estimate, with its own noise) but does not grow with $n$; the p-value, on the other
hand, sinks as more data come in, because the standard error falls like $1/\sqrt n$. With enough
data **any** difference, however tiny, gives $p < 0.05$. That is why an honest report gives the
effect size with its confidence interval, not just "it is significant".

Now it is your turn to write the t-test.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_two_sample_t = kit.exercise("two_sample_t", lang)
    ex_two_sample_t
    return (ex_two_sample_t,)


@app.cell(hide_code=True)
def _(ex_two_sample_t, kit):
    kit.feedback(ex_two_sample_t)
    return


@app.cell(hide_code=True)
def _(ex_two_sample_t, kit):
    kit.hints(ex_two_sample_t)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 3. Proporciones y pruebas A/B

En una prueba A/B repartes a los usuarios al azar entre la versión actual (A) y la nueva (B) y
cuentas cuántos **convierten** (compran, se registran, hacen clic): $x_1$ de $n_1$ en A y $x_2$ de
$n_2$ en B. Las tasas observadas son $\hat p_1 = x_1/n_1$ y $\hat p_2 = x_2/n_2$, y la nula es
$H_0: p_1 = p_2$. Si $H_0$ es cierta, las dos versiones comparten una sola tasa, y su mejor
estimación usa a todos los usuarios, $\hat p = (x_1 + x_2)/(n_1 + n_2)$. Con ella se arma el error
estándar **combinado** y el estadístico

$$
z = \frac{\hat p_1 - \hat p_2}{\sqrt{\hat p\,(1 - \hat p)\left(\frac{1}{n_1} + \frac{1}{n_2}\right)}},
$$

que bajo $H_0$ es aproximadamente normal estándar (por el teorema central del límite, lección 5.3),
así que $p = 2\,P(Z \ge |z|)$. Para el **intervalo de confianza de la diferencia**, en cambio, no se
supone $H_0$, y cada grupo lleva su propia varianza:

$$
(\hat p_2 - \hat p_1) \pm z_{1-\alpha/2}\sqrt{\frac{\hat p_1(1-\hat p_1)}{n_1} + \frac{\hat p_2(1-\hat p_2)}{n_2}}.
$$

**La prueba $\chi^2$.** La misma prueba A/B se puede escribir como una tabla de $2 \times 2$
(grupo × convirtió o no) y compararla con la tabla que se esperaría si el grupo no importara,
$\chi^2 = \sum (O - E)^2/E$ con $(2-1)(2-1) = 1$ grado de libertad. Sin la corrección de Yates, ese
$\chi^2$ es exactamente $z^2$. Con una sola fila de conteos, la misma suma mide el **ajuste** a unas
proporciones esperadas: abajo, si los 10 dígitos del conjunto *digits* aparecen con la misma
frecuencia. (Para comparar las medias de **más de dos** grupos se usa el ANOVA de un factor, con un
estadístico F; no lo usaremos aquí.)
""",
        en=r"""
## 3. Proportions and A/B tests

In an A/B test you split users at random between the current version (A) and the new one (B) and
count how many **convert** (buy, sign up, click): $x_1$ out of $n_1$ in A and $x_2$ out of $n_2$ in
B. The observed rates are $\hat p_1 = x_1/n_1$ and $\hat p_2 = x_2/n_2$, and the null is
$H_0: p_1 = p_2$. If $H_0$ is true, both versions share a single rate, and its best estimate uses
every user, $\hat p = (x_1 + x_2)/(n_1 + n_2)$. With it one builds the **pooled** standard error and
the statistic

$$
z = \frac{\hat p_1 - \hat p_2}{\sqrt{\hat p\,(1 - \hat p)\left(\frac{1}{n_1} + \frac{1}{n_2}\right)}},
$$

which under $H_0$ is approximately standard normal (by the central limit theorem, lesson 5.3), so
$p = 2\,P(Z \ge |z|)$. For the **confidence interval of the difference**, on the other hand, $H_0$
is not assumed, and each group keeps its own variance:

$$
(\hat p_2 - \hat p_1) \pm z_{1-\alpha/2}\sqrt{\frac{\hat p_1(1-\hat p_1)}{n_1} + \frac{\hat p_2(1-\hat p_2)}{n_2}}.
$$

**The $\chi^2$ test.** The same A/B test can be written as a $2 \times 2$ table (group × converted
or not) and compared with the table one would expect if the group did not matter,
$\chi^2 = \sum (O - E)^2/E$ with $(2-1)(2-1) = 1$ degree of freedom. Without Yates' correction that
$\chi^2$ is exactly $z^2$. With a single row of counts, the same sum measures **goodness of fit** to
some expected proportions: below, whether the 10 digits of the *digits* data set appear equally
often. (To compare the means of **more than two** groups one uses one-way ANOVA, with an F
statistic; we will not use it here.)
""",
    )
    return


@app.cell
def _(kit, np):
    _lines = []
    from gradiente.datasets import load_digits
    from gradiente.stats import Normal, chi2_test, proportions_ztest

    conversions, users = np.array([120, 150]), np.array([1000, 1000])  # A: 12 %, B: 15 %
    ab_test = proportions_ztest(conversions, users)
    _lines.append(f"z = {ab_test.statistic:.4f}, p = {ab_test.pvalue:.4f}")

    rates = conversions / users
    _half_width = Normal().ppf(0.975) * np.sqrt(np.sum(rates * (1 - rates) / users))  # unpooled, for the CI
    ab_difference = rates[1] - rates[0]
    ab_interval = (ab_difference - _half_width, ab_difference + _half_width)
    _lines.append(f"B − A = {ab_difference:.3f}, 95 % CI = ({ab_interval[0]:.4f}, {ab_interval[1]:.4f})")

    table = np.column_stack([conversions, users - conversions])  # rows A, B; columns converted, not
    independence = chi2_test(table, correction=False)
    _lines.append(
        f"chi2 = {independence.statistic:.4f} = z² = {ab_test.statistic**2:.4f}, p = {independence.pvalue:.4f}"
    )

    digit_counts = np.bincount(load_digits().target)
    goodness = chi2_test(digit_counts)  # H0: the 10 digits are equally likely
    _lines.append(
        f"digit counts {digit_counts.tolist()}: chi2 = {goodness.statistic:.2f}, df = {goodness.df:.0f}, p = {goodness.pvalue:.3f}"
    )
    kit.printout(_lines)
    return Normal, ab_interval, ab_test, digit_counts, goodness


@app.cell(hide_code=True)
def _(ab_interval, ab_test, digit_counts, goodness, kit, lang):
    kit.text(
        lang,
        es=rf"""
El 12 % contra el 15 % de 1000 usuarios cada uno da $p \approx {ab_test.pvalue:.4f}$: apenas por
debajo de 0.05. El intervalo de la diferencia, de {100 * ab_interval[0]:.2f} a
{100 * ab_interval[1]:.2f} puntos porcentuales, cuenta mejor la historia: B probablemente convierte
más, pero la mejora podría ser casi nula o bastante grande. Con los dígitos, los conteos van de
{digit_counts.min()} a {digit_counts.max()} y $p \approx {goodness.pvalue:.5f}$: nada contradice que
las diez clases sean igual de probables. Es más, un valor p tan cerca de 1 dice que los conteos son
**más parejos** de lo que suele dar el azar: solo una fracción {1 - goodness.pvalue:.1e} de los
conjuntos de {digit_counts.sum()} dígitos sorteados al azar saldría así de equilibrada (un conjunto de datos
armado a propósito con clases balanceadas se ve así).
""",
        en=rf"""
12 % against 15 % of 1000 users each gives $p \approx {ab_test.pvalue:.4f}$: just under 0.05. The
interval of the difference, from {100 * ab_interval[0]:.2f} to {100 * ab_interval[1]:.2f}
percentage points, tells the story better: B probably converts more, but the gain could be almost
nothing or quite large. With the digits, the counts go from {digit_counts.min()} to
{digit_counts.max()} and $p \approx {goodness.pvalue:.5f}$: nothing against the ten classes being
equally likely. In fact, a p-value this close to 1 says the counts are **more even** than chance
usually makes them: only a fraction {1 - goodness.pvalue:.1e} of sets of {digit_counts.sum()} digits drawn at
random would come out this balanced (a data set built on purpose with balanced classes looks like
this).
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_two_proportion_z = kit.exercise("two_proportion_z", lang)
    ex_two_proportion_z
    return (ex_two_proportion_z,)


@app.cell(hide_code=True)
def _(ex_two_proportion_z, kit):
    kit.feedback(ex_two_proportion_z)
    return


@app.cell(hide_code=True)
def _(ex_two_proportion_z, kit):
    kit.hints(ex_two_proportion_z)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 4. Errores, potencia y tamaño de muestra

Una prueba puede equivocarse de dos maneras:

| | $H_0$ es cierta | $H_0$ es falsa |
|---|---|---|
| rechazas $H_0$ | **error de tipo I** (falso positivo), probabilidad $\alpha$ | acierto: la **potencia**, $1 - \beta$ |
| no rechazas $H_0$ | acierto, $1 - \alpha$ | **error de tipo II** (falso negativo), probabilidad $\beta$ |

$\alpha$ la eliges tú; $\beta$ depende de qué tan grande sea el efecto real y de cuántos datos
tengas. Abajo, la curva gris es la distribución del estadístico z si $H_0$ es cierta y la azul, si
la diferencia real es de $d$ desviaciones estándar con $n$ datos por grupo: entonces z se centra en
$\delta = d\sqrt{n/2}$. Rechazas cuando z cae fuera de $\pm z_{1-\alpha/2}$. El área roja es
$\alpha$; la naranja, $\beta$. Antes de moverlos: ¿qué tres cosas crees que suben la potencia?
""",
        en=r"""
## 4. Errors, power and sample size

A test can go wrong in two ways:

| | $H_0$ is true | $H_0$ is false |
|---|---|---|
| you reject $H_0$ | **type I error** (false positive), probability $\alpha$ | right: the **power**, $1 - \beta$ |
| you do not reject $H_0$ | right, $1 - \alpha$ | **type II error** (false negative), probability $\beta$ |

You choose $\alpha$; $\beta$ depends on how large the real effect is and on how much data you have.
Below, the grey curve is the distribution of the z statistic if $H_0$ is true and the blue one, if
the real difference is $d$ standard deviations with $n$ values per group: then z is centred at
$\delta = d\sqrt{n/2}$. You reject when z lands outside $\pm z_{1-\alpha/2}$. The red area is
$\alpha$; the orange one, $\beta$. Before moving them: which three things do you think raise the
power?
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    alpha_slider = mo.ui.slider(0.01, 0.20, step=0.01, value=0.05, show_value=True, label="α")
    effect_slider = mo.ui.slider(
        0.0, 1.5, step=0.05, value=0.4, show_value=True, label=kit.say(lang, es="Efecto d", en="Effect d")
    )
    n_power_slider = mo.ui.slider(
        5, 200, step=5, value=50, show_value=True, label=kit.say(lang, es="n por grupo", en="n per group")
    )
    mo.hstack([alpha_slider, effect_slider, n_power_slider], justify="start", gap=2)
    return alpha_slider, effect_slider, n_power_slider


@app.cell(hide_code=True)
def _(alpha_slider, effect_slider, kit, lang, n_power_slider, np, plt):
    from gradiente.stats import Normal as _Normal

    _standard = _Normal()
    _alpha, _d, _n = alpha_slider.value, effect_slider.value, n_power_slider.value
    _shift = _d * np.sqrt(_n / 2)  # where z is centred when the effect is real
    _critical = float(_standard.ppf(1 - _alpha / 2))
    _power = float(_standard.sf(_critical - _shift) + _standard.cdf(-_critical - _shift))
    _grid = np.linspace(-4.5, max(4.5, _shift + 4), 500)
    _null, _alt = _standard.pdf(_grid), _standard.pdf(_grid - _shift)
    _fig, _ax = plt.subplots(figsize=(8.4, 3.6))
    _ax.plot(_grid, _null, color="0.4", lw=1.5, label=kit.say(lang, es="si H₀ es cierta", en="if H₀ is true"))
    _ax.plot(
        _grid, _alt, color="tab:blue", lw=1.5, label=kit.say(lang, es="si el efecto es d", en="if the effect is d")
    )
    _tails = np.abs(_grid) >= _critical
    _ax.fill_between(_grid, 0, _null, where=_tails, color="tab:red", alpha=0.6, label=f"α = {_alpha:.2f}")
    _ax.fill_between(_grid, 0, _alt, where=~_tails, color="tab:orange", alpha=0.45, label=f"β = {1 - _power:.2f}")
    _ax.axvline(_critical, color="k", lw=0.8, ls="--")
    _ax.axvline(-_critical, color="k", lw=0.8, ls="--")
    _ax.set_xlabel("z")
    _ax.set_yticks([])
    _ax.legend(fontsize=8, loc="upper right")
    _ax.set_title(
        kit.say(
            lang,
            es=f"potencia 1 − β = {_power:.3f}   (δ = {_shift:.2f}, corte ±{_critical:.2f})",
            en=f"power 1 − β = {_power:.3f}   (δ = {_shift:.2f}, cut-off ±{_critical:.2f})",
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
Suben la potencia un efecto más grande (la curva azul se aleja), más datos (también la aleja, como
$\sqrt n$) y un $\alpha$ más grande (el corte se acerca, a costa de más falsos positivos). Con
$d = 0$ las dos curvas coinciden y la "potencia" es justo $\alpha$: si no hay efecto, solo rechazas
por error.

**¿Cuántos usuarios necesita una prueba A/B?** Se decide **antes** de empezar. Si la tasa real pasa
de $p_1$ a $p_2$, la diferencia observada $\hat p_2 - \hat p_1$ se reparte alrededor de
$\Delta = p_2 - p_1$ con error estándar $\mathrm{SE} \approx \sqrt{[p_1(1-p_1) + p_2(1-p_2)]/n}$.
Para rechazar con probabilidad $1 - \beta$, el corte $z_{1-\alpha/2}\,\mathrm{SE}$ tiene que quedar
$z_{1-\beta}$ errores estándar por debajo de $\Delta$: $\Delta = (z_{1-\alpha/2} + z_{1-\beta})\,\mathrm{SE}$.
Despejando $n$:

$$
n \approx \frac{(z_{1-\alpha/2} + z_{1-\beta})^2\,\bigl[p_1(1-p_1) + p_2(1-p_2)\bigr]}{(p_2 - p_1)^2}.
$$

Aquí $n$ cuenta usuarios por grupo. El efecto está al cuadrado en el denominador: detectar la mitad de mejora cuesta **cuatro veces**
más usuarios. La celda de abajo toma el tamaño que da esa fórmula para pasar de 10 % a 12 %
(tú la programas en el ejercicio 3), simula 4000 pruebas A/B de ese tamaño y cuenta en cuántas
$p < 0.05$; después hace lo mismo con la mitad de usuarios.
""",
        en=r"""
Power goes up with a larger effect (the blue curve moves away), more data (it also moves it away,
like $\sqrt n$) and a larger $\alpha$ (the cut-off comes closer, at the price of more false
positives). With $d = 0$ both curves coincide and the "power" is exactly $\alpha$: with no effect,
you only ever reject by mistake.

**How many users does an A/B test need?** It is decided **before** starting. If the real rate moves
from $p_1$ to $p_2$, the observed difference $\hat p_2 - \hat p_1$ is spread around
$\Delta = p_2 - p_1$ with standard error $\mathrm{SE} \approx \sqrt{[p_1(1-p_1) + p_2(1-p_2)]/n}$.
To reject with probability $1 - \beta$, the cut-off $z_{1-\alpha/2}\,\mathrm{SE}$ must sit
$z_{1-\beta}$ standard errors below $\Delta$: $\Delta = (z_{1-\alpha/2} + z_{1-\beta})\,\mathrm{SE}$.
Solving for $n$:

$$
n \approx \frac{(z_{1-\alpha/2} + z_{1-\beta})^2\,\bigl[p_1(1-p_1) + p_2(1-p_2)\bigr]}{(p_2 - p_1)^2}.
$$

Here $n$ counts users per group. The effect is squared in the denominator: detecting half the gain
costs **four times** as many users. The cell below takes the size that formula gives for going
from 10 % to 12 % (you program it in exercise 3), simulates 4000 A/B tests of that size and counts
in how many $p < 0.05$; then it does the same with half the users.
""",
    )
    return


@app.cell(hide_code=True)
def _():
    import math

    from gradiente.stats import Normal as _Normal

    def planned_size(p_1, p_2, alpha=0.05, power=0.8):
        """The formula above, rounded up (exercise 3 asks you to write it)."""
        _z = _Normal().ppf(1 - alpha / 2) + _Normal().ppf(power)
        _spread = p_1 * (1 - p_1) + p_2 * (1 - p_2)
        return math.ceil(_z**2 * _spread / (p_2 - p_1) ** 2)

    n_plan = planned_size(0.10, 0.12)
    return (n_plan,)


@app.cell
def _(Normal, kit, n_plan, np):
    _lines = []

    def simulated_power(n, p_a=0.10, p_b=0.12, n_tests=4000, seed=0):
        """The fraction of simulated A/B tests with n users per group that reach p < 0.05."""
        rng = np.random.default_rng(seed)
        rate_a = rng.binomial(n, p_a, size=n_tests) / n  # 4000 tests at once, one per entry
        rate_b = rng.binomial(n, p_b, size=n_tests) / n
        pooled = (rate_a + rate_b) / 2  # equal groups: the pooled rate is the mean of the two
        z = (rate_a - rate_b) / np.sqrt(pooled * (1 - pooled) * 2 / n)  # two_proportion_z, vectorised
        return np.mean(2 * Normal().sf(np.abs(z)) < 0.05)

    power_planned = simulated_power(n_plan)
    power_half = simulated_power(n_plan // 2)
    _lines.append(f"n = {n_plan} per group: p < 0.05 in {power_planned:.1%} of the tests")
    _lines.append(f"n = {n_plan // 2} per group: p < 0.05 in {power_half:.1%} of the tests")
    kit.printout(_lines)
    return power_half, power_planned


@app.cell(hide_code=True)
def _(kit, lang, n_plan, power_half, power_planned):
    kit.text(
        lang,
        es=rf"""
Con {n_plan} usuarios por grupo, la simulación rechaza en el {100 * power_planned:.1f} % de las
pruebas: la potencia que se pidió, 80 %, salvo el ruido de simular. Con la mitad de usuarios la
potencia cae al {100 * power_half:.1f} %: en el {100 * (1 - power_half):.0f} % de las pruebas te
perderías una mejora que existe. Una prueba A/B con pocos usuarios no es "más rápida": es una moneda al aire.
""",
        en=rf"""
With {n_plan} users per group, the simulation rejects in {100 * power_planned:.1f} % of the tests:
the power that was asked for, 80 %, up to simulation noise. With half the users the power drops to
{100 * power_half:.1f} %: in {100 * (1 - power_half):.0f} % of the tests you would miss a gain that is
there. An A/B test with
few users is not "faster": it is a coin toss.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_ab_sample_size = kit.exercise("ab_sample_size", lang)
    ex_ab_sample_size
    return (ex_ab_sample_size,)


@app.cell(hide_code=True)
def _(ex_ab_sample_size, kit):
    kit.feedback(ex_ab_sample_size)
    return


@app.cell(hide_code=True)
def _(ex_ab_sample_size, kit):
    kit.hints(ex_ab_sample_size)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 5. Las trampas: mirar antes de tiempo y hacer muchas pruebas

**Mirar antes de tiempo.** Si $H_0$ es cierta, el valor p se reparte de manera **uniforme** entre
0 y 1: por eso $p \le 0.05$ ocurre justo el 5 % de las veces. Abajo simulamos 1000 pruebas **A/A**:
las dos versiones son idénticas (10 % de conversión) y cada una recibe 4000 usuarios. Primero se
mira una sola vez, al final. Después, sube el número de **miradas**: en cada una se calcula el valor
p con los usuarios que van, y la prueba se detiene en cuanto $p < 0.05$ ("¡B gana!"). El
histograma muestra el valor p con el que termina cada prueba, y la barra, qué fracción de las 1000
declaró un ganador que no existe.
""",
        en=r"""
## 5. The traps: peeking early and running many tests

**Peeking early.** If $H_0$ is true, the p-value is spread **uniformly** between 0 and 1: that is
why $p \le 0.05$ happens exactly 5 % of the time. Below we simulate 1000 **A/A** tests: both
versions are identical (10 % conversion) and each gets 4000 users. First you look only once, at the
end. Then raise the number of **looks**: at each one the p-value is computed with the users so far,
and the test stops as soon as $p < 0.05$ ("B wins!"). The histogram shows the p-value each test ends
with, and the bar, which fraction of the 1000 declared a winner that does not exist.
""",
    )
    return


@app.cell(hide_code=True)
def _(np):
    from gradiente.stats import Normal as _Normal

    _rng = np.random.default_rng(2024)
    _n_tests, _n_blocks, _block = 1000, 50, 80  # 50 blocks of 80 users: 4000 per group
    _counts = _rng.binomial(_block, 0.10, size=(_n_tests, _n_blocks, 2)).cumsum(axis=1)  # A/A: both at 10 %
    _users = _block * np.arange(1, _n_blocks + 1)[None, :]
    _p_a, _p_b = _counts[..., 0] / _users, _counts[..., 1] / _users
    _pooled = (_counts[..., 0] + _counts[..., 1]) / (2 * _users)
    _z = (_p_a - _p_b) / np.sqrt(_pooled * (1 - _pooled) * (2 / _users))
    _p_every_block = 2 * _Normal().sf(np.abs(_z))  # the p-value after each block, shape (1000, 50)
    look_options = (1, 2, 5, 10, 25, 50)
    peeking = {}  # looks -> (the p-value each test stops with, whether it declared a winner)
    for _looks in look_options:
        _at = np.arange(1, _looks + 1) * (_n_blocks // _looks) - 1  # evenly spaced looks, the last at the end
        _seen = _p_every_block[:, _at]
        _hit = _seen < 0.05
        _stop = np.where(_hit.any(axis=1), _hit.argmax(axis=1), _looks - 1)
        peeking[_looks] = (_seen[np.arange(_n_tests), _stop], _hit.any(axis=1))
    return look_options, peeking


@app.cell(hide_code=True)
def _(kit, lang, look_options, mo):
    looks_slider = mo.ui.slider(
        steps=list(look_options),
        value=1,
        show_value=True,
        label=kit.say(lang, es="Miradas por prueba", en="Looks per test"),
    )
    looks_slider
    return (looks_slider,)


@app.cell(hide_code=True)
def _(kit, lang, looks_slider, np, peeking, plt):
    _final_p, _winner = peeking[looks_slider.value]
    _rate = _winner.mean()
    _fig, (_ax, _bar) = plt.subplots(1, 2, figsize=(9.2, 3.6), gridspec_kw={"width_ratios": [2.4, 1]})
    _ax.hist(_final_p, bins=np.linspace(0, 1, 21), histtype="stepfilled", color="tab:blue")
    _ax.axhline(len(_final_p) / 20, color="k", lw=1, ls="--")
    _ax.set_xlabel(kit.say(lang, es="valor p con el que termina la prueba", en="p-value the test ends with"))
    _ax.set_ylabel(kit.say(lang, es="pruebas A/A", en="A/A tests"))
    _ax.set_title(
        kit.say(
            lang,
            es=f"{looks_slider.value} mirada(s); línea: lo que daría una uniforme",
            en=f"{looks_slider.value} look(s); line: what a uniform would give",
        ),
        fontsize=9.5,
    )
    _bar.bar([0], [100 * _rate], color="tab:red", width=0.5)
    _bar.axhline(5, color="k", lw=1.2, ls="--")
    _bar.text(-0.58, 5.6, "5 %", fontsize=8)
    _bar.set_xlim(-0.6, 0.6)
    _bar.set_xticks([])
    _bar.set_ylim(0, 40)
    _bar.text(0, max(100 * _rate, 5) + 2.5, f"{100 * _rate:.1f} %", ha="center", fontsize=9)
    _bar.set_title(kit.say(lang, es="falsos positivos", en="false positives"), fontsize=9.5)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang, look_options, peeking):
    _once, _most = peeking[1][1].mean(), peeking[look_options[-1]][1].mean()
    kit.text(
        lang,
        es=rf"""
Con una sola mirada, el histograma es plano y los falsos positivos son el
{100 * _once:.1f} %, cerca del 5 % prometido (la diferencia es ruido de la simulación). Con {look_options[-1]} miradas llegan al {100 * _most:.1f} %, y
el histograma se amontona justo debajo de 0.05. Cada mirada es otra oportunidad de que el ruido
cruce la línea, y detenerse en el primer cruce se queda con las falsas alarmas y tira las
correcciones que habrían llegado después. La cura es fijar $n$ antes de empezar (sección 4) y mirar
una vez, o usar métodos secuenciales diseñados para mirar muchas veces.

**Muchas pruebas.** Con 20 hipótesis nulas verdaderas y $\alpha = 0.05$, esperas
$20 \times 0.05 = 1$ falso positivo, y la probabilidad de tener al menos uno es
$1 - 0.95^{{20}} \approx {1 - 0.95**20:.2f}$. Probar muchos rasgos, muchas métricas o muchos subgrupos y
reportar "el que salió" es la misma trampa. Dos correcciones:

- **Bonferroni**: rechaza solo si $p \le \alpha/m$. Controla la probabilidad de **algún** falso
  positivo, pero con $m$ grande rechaza muy poco.
- **Benjamini–Hochberg (BH)**: controla la **tasa de falsos descubrimientos** (FDR), la fracción
  esperada de falsos entre los rechazos. Ordena los valores p y compara cada uno con un umbral que
  crece con su rango:

$$
p_{{(1)}} \le \dots \le p_{{(m)}},\qquad k = \max\Bigl\{{i : p_{{(i)}} \le \frac{{i}}{{m}}\,q\Bigr\}}.
$$

y se rechazan $H_{{(1)}}, \dots, H_{{(k)}}$, las $k$ de valores p más chicos (ninguna si no hay tal $i$).
Abajo, los 30 rasgos del cáncer de mama (malignos contra benignos, con Welch) junto con columnas de
**ruido puro**, que no tienen nada que ver con el diagnóstico. Cada punto es un valor p, en orden;
la recta es el umbral de BH, $i\,q/m$, y la horizontal, el de Bonferroni, $q/m$. Mueve $q$ y la
cantidad de ruido.
""",
        en=rf"""
With a single look the histogram is flat and false positives are {100 * _once:.1f} %, close to the promised 5 % (the gap is simulation noise).
With {look_options[-1]} looks they reach {100 * _most:.1f} %, and the histogram piles up just under
0.05. Each look is another chance for noise to cross the line, and stopping at the first crossing
keeps the false alarms and throws away the corrections that would have come later. The cure is to
fix $n$ before starting (section 4) and look once, or to use sequential methods designed for many
looks.

**Many tests.** With 20 true null hypotheses and $\alpha = 0.05$ you expect
$20 \times 0.05 = 1$ false positive, and the probability of at least one is
$1 - 0.95^{{20}} \approx {1 - 0.95**20:.2f}$. Testing many features, many metrics or many subgroups
and reporting "the one that came out" is the same trap. Two corrections:

- **Bonferroni**: reject only if $p \le \alpha/m$. It controls the probability of **any** false
  positive, but with a large $m$ it rejects very little.
- **Benjamini–Hochberg (BH)**: it controls the **false discovery rate** (FDR), the expected
  fraction of false ones among the rejections. Sort the p-values and compare each one with a
  threshold that grows with its rank:

$$
p_{{(1)}} \le \dots \le p_{{(m)}},\qquad k = \max\Bigl\{{i : p_{{(i)}} \le \frac{{i}}{{m}}\,q\Bigr\}}.
$$

and $H_{{(1)}}, \dots, H_{{(k)}}$ are rejected, the $k$ with the smallest p-values (none if there is no such
$i$). Below, the 30 breast-cancer features (malignant vs benign, with Welch) next to columns of **pure
noise**, which have nothing to do with the diagnosis. Each dot is a p-value, in order; the slanted
line is BH's threshold, $i\,q/m$, and the flat one Bonferroni's, $q/m$. Move $q$ and the amount of
noise.
""",
    )
    return


@app.cell(hide_code=True)
def _(cancer, np):
    from gradiente.stats import ttest_ind as _ttest_ind

    _noise = np.random.default_rng(11).normal(size=(cancer.data.shape[0], 200))
    _columns = np.column_stack([cancer.data, _noise])
    _malignant, _benign = _columns[cancer.target == 0], _columns[cancer.target == 1]
    screening_p = np.array(
        [_ttest_ind(_malignant[:, j], _benign[:, j], equal_var=False).pvalue for j in range(_columns.shape[1])]
    )  # 30 real features, then 200 noise columns
    return (screening_p,)


@app.cell(hide_code=True)
def _(kit, lang, mo):
    q_slider = mo.ui.slider(0.01, 0.20, step=0.01, value=0.05, show_value=True, label="q")
    noise_slider = mo.ui.slider(
        0, 200, step=10, value=10, show_value=True, label=kit.say(lang, es="Columnas de ruido", en="Noise columns")
    )
    mo.hstack([q_slider, noise_slider], justify="start", gap=2)
    return noise_slider, q_slider


@app.cell(hide_code=True)
def _(kit, lang, noise_slider, np, plt, q_slider, screening_p):
    _q, _n_noise = q_slider.value, noise_slider.value
    _p = screening_p[: 30 + _n_noise]
    _is_noise = np.arange(_p.size) >= 30
    _m = _p.size
    _order = np.argsort(_p, kind="stable")
    _ranks = np.arange(1, _m + 1)
    _passes = _p[_order] <= _q * _ranks / _m
    _k = np.flatnonzero(_passes)[-1] + 1 if _passes.any() else 0
    _bh = np.zeros(_m, dtype=bool)
    _bh[_order[:_k]] = True
    _bonferroni = _p <= _q / _m
    _fig, _ax = plt.subplots(figsize=(8.4, 4.0))
    _sorted_noise = _is_noise[_order]
    _sorted_bh = _bh[_order]
    _shown = np.maximum(_p[_order], 1e-6)  # p < 10⁻⁶ drawn on the bottom edge: the border region is what matters
    for _noise, _color, _name in (
        (False, "tab:blue", kit.say(lang, es="rasgo real", en="real feature")),
        (True, "tab:orange", kit.say(lang, es="ruido", en="noise")),
    ):
        _pick = _sorted_noise == _noise
        _ax.scatter(_ranks[_pick & _sorted_bh], _shown[_pick & _sorted_bh], s=22, color=_color, label=_name)
        _ax.scatter(
            _ranks[_pick & ~_sorted_bh], _shown[_pick & ~_sorted_bh], s=22, facecolors="none", edgecolors=_color
        )
    _ax.plot(_ranks, _q * _ranks / _m, color="k", lw=1.2, label=kit.say(lang, es="BH: i·q/m", en="BH: i·q/m"))
    _ax.axhline(_q / _m, color="tab:red", lw=1, ls="--", label="Bonferroni: q/m")
    _ax.set_yscale("log")
    _ax.yaxis.set_major_formatter(kit.powers_of_ten())
    _ax.minorticks_off()
    _ax.set_ylim(5e-7, 1.5)
    _ax.set_xlabel(
        kit.say(
            lang,
            es="rango i (del valor p más chico al más grande; abajo, p < 10⁻⁶)",
            en="rank i (smallest p-value first; bottom edge: p < 10⁻⁶)",
        )
    )
    _ax.set_ylabel(kit.say(lang, es="valor p", en="p-value"))
    _ax.legend(fontsize=8, loc="center right")
    _ax.set_title(
        kit.say(
            lang,
            es=f"m = {_m}: BH rechaza {_bh.sum()} ({(_bh & _is_noise).sum()} de ruido), Bonferroni {_bonferroni.sum()} ({(_bonferroni & _is_noise).sum()} de ruido)   ● rechazado  ○ no",
            en=f"m = {_m}: BH rejects {_bh.sum()} ({(_bh & _is_noise).sum()} noise), Bonferroni {_bonferroni.sum()} ({(_bonferroni & _is_noise).sum()} noise)   ● rejected  ○ not",
        ),
        fontsize=9,
    )
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang, np, screening_p):
    def _rejections(p, q):
        _order = np.argsort(p, kind="stable")
        _passes = p[_order] <= q * np.arange(1, p.size + 1) / p.size
        _k = np.flatnonzero(_passes)[-1] + 1 if _passes.any() else 0
        _rejected = _order[:_k]
        return _k, int((p <= q / p.size).sum()), int((_rejected >= 30).sum())  # columns 30+ are noise

    _bh_10, _bonf_10, _noise_10 = _rejections(screening_p[:40], 0.10)
    _bh_200, _bonf_200, _noise_200 = _rejections(screening_p, 0.10)
    _strong = int((screening_p[:30] < 1e-10).sum())
    kit.text(
        lang,
        es=rf"""
{_strong} de los 30 rasgos tienen $p < 10^{{-10}}$: el tamaño de los tumores, su forma y su textura
separan de verdad malignos de benignos, y cualquier corrección los rechaza. La diferencia está en
los del borde. Con $q = 0.10$ y 10 columnas de ruido, BH rechaza {_bh_10} ({_noise_10} de ruido) y
Bonferroni {_bonf_10}; con 200 columnas de ruido, BH rechaza {_bh_200} ({_noise_200} de ruido) y
Bonferroni {_bonf_200}. BH nunca rechaza menos que Bonferroni: su primer umbral, $q/m$, es el de
Bonferroni, y los demás son más altos. Sube $q$ y verás aparecer columnas de ruido entre los
rechazos: BH no promete cero falsos descubrimientos, sino que en promedio sean como mucho una
fracción $q$ de los rechazos.

Te toca programar BH. Fíjate en la palabra clave: se busca el **mayor** $i$ que pasa.
""",
        en=rf"""
{_strong} of the 30 features have $p < 10^{{-10}}$: tumour size, shape and texture really do tell
malignant from benign, and every correction rejects them. The difference lies with the borderline
ones. With $q = 0.10$ and 10 noise columns, BH rejects {_bh_10} ({_noise_10} of them noise) and
Bonferroni {_bonf_10}; with 200 noise columns, BH rejects {_bh_200} ({_noise_200} of them noise)
and Bonferroni {_bonf_200}. BH never rejects fewer than Bonferroni: its first threshold, $q/m$, is
Bonferroni's, and the others are higher. Raise $q$ and noise columns show up among the rejections:
BH does not promise zero false discoveries, but that on average they are at most a fraction $q$ of
the rejections.

Your turn to program BH. Mind the key word: you look for the **largest** $i$ that passes.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_benjamini_hochberg = kit.exercise("benjamini_hochberg", lang)
    ex_benjamini_hochberg
    return (ex_benjamini_hochberg,)


@app.cell(hide_code=True)
def _(ex_benjamini_hochberg, kit):
    kit.feedback(ex_benjamini_hochberg)
    return


@app.cell(hide_code=True)
def _(ex_benjamini_hochberg, kit):
    kit.hints(ex_benjamini_hochberg)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 6. Autoevaluación

Cuatro preguntas. La respuesta se corrige en cuanto eliges una opción.
""",
        en=r"""
## 6. Self-check

Four questions. Your answer is checked as soon as you pick an option.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit):
    T, Question = kit.T, kit.Question
    _at_least_one = 1 - 0.95**20
    QUIZ = [
        Question(
            T(
                es="**1.** Una prueba A/B da p = 0.03. ¿Qué significa?",
                en="**1.** An A/B test gives p = 0.03. What does it mean?",
            ),
            (
                T(
                    es="Que la probabilidad de que H₀ sea cierta es 3 %",
                    en="That the probability that H₀ is true is 3 %",
                ),
                T(
                    es="Que si H₀ fuera cierta, una diferencia al menos así de grande saldría el 3 % de las veces",
                    en="That if H₀ were true, a difference at least this large would come up 3 % of the time",
                ),
                T(es="Que B es 97 % mejor que A", en="That B is 97 % better than A"),
                T(es="Que el efecto es grande", en="That the effect is large"),
            ),
            answer=1,
            why=T(
                es=r"El valor p se calcula **suponiendo** $H_0$: es una probabilidad sobre los datos, no sobre la hipótesis. $P(H_0 \mid D)$ necesitaría una distribución a priori (lección 5.5). Tampoco mide el tamaño del efecto: con suficientes usuarios, una mejora minúscula da $p = 0.03$.",
                en=r"The p-value is computed **assuming** $H_0$: it is a probability about the data, not about the hypothesis. $P(H_0 \mid D)$ would need a prior (lesson 5.5). Nor does it measure the size of the effect: with enough users, a tiny gain gives $p = 0.03$.",
            ),
        ),
        Question(
            T(
                es="**2.** ¿Qué sube la potencia de una prueba?",
                en="**2.** What raises the power of a test?",
            ),
            (
                T(es="Solo tener más datos", en="Only having more data"),
                T(es="Bajar α de 0.05 a 0.01", en="Lowering α from 0.05 to 0.01"),
                T(
                    es="Más datos, un efecto real más grande o un α más grande",
                    en="More data, a larger real effect or a larger α",
                ),
            ),
            answer=2,
            why=T(
                es=r"La curva de la alternativa se centra en $\delta = d\sqrt{n/2}$: se aleja de la nula si crece $d$ o $n$. Un $\alpha$ mayor acerca el corte $z_{1-\alpha/2}$ y también rechaza más, a cambio de más falsos positivos. Bajar $\alpha$ hace lo contrario: menos falsos positivos, menos potencia.",
                en=r"The alternative's curve is centred at $\delta = d\sqrt{n/2}$: it moves away from the null when $d$ or $n$ grows. A larger $\alpha$ brings the cut-off $z_{1-\alpha/2}$ closer and also rejects more, at the price of more false positives. Lowering $\alpha$ does the opposite: fewer false positives, less power.",
            ),
        ),
        Question(
            T(
                es="**3.** Miras tu prueba A/B cada día y la detienes el primer día con p < 0.05. ¿Por qué suben los falsos positivos?",
                en="**3.** You look at your A/B test every day and stop it the first day with p < 0.05. Why do false positives go up?",
            ),
            (
                T(
                    es="Porque cada mirada es otra oportunidad de que el ruido cruce 0.05, y te quedas con el primer cruce",
                    en="Because each look is another chance for noise to cross 0.05, and you keep the first crossing",
                ),
                T(es="Porque los datos de cada día son peores", en="Because each day's data are worse"),
                T(
                    es="No suben: el valor p ya tiene en cuenta el tamaño de la muestra",
                    en="They do not: the p-value already accounts for the sample size",
                ),
            ),
            answer=0,
            why=T(
                es="Bajo H₀ el valor p deambula a medida que llegan usuarios; mirarlo muchas veces y parar en cuanto baja de 0.05 convierte «5 % en una mirada» en «alguna de muchas miradas», que es bastante más (lo viste en la sección 5). El valor p de una sola mirada supone que n se fijó antes.",
                en="Under H₀ the p-value wanders as users arrive; looking many times and stopping as soon as it dips below 0.05 turns “5 % at one look” into “any of many looks”, which is much more (you saw it in section 5). A single look's p-value assumes n was fixed beforehand.",
            ),
        ),
        Question(
            T(
                es="**4.** Pruebas 20 rasgos que en realidad no tienen ningún efecto, cada uno con α = 0.05. ¿Cuántos falsos positivos esperas?",
                en="**4.** You test 20 features that in fact have no effect, each at α = 0.05. How many false positives do you expect?",
            ),
            (T.same("0"), T.same("1"), T.same("5"), T.same("0.05")),
            answer=1,
            why=T(
                es=f"Cada prueba da un falso positivo con probabilidad 0.05, así que esperas 20 × 0.05 = 1. La probabilidad de tener al menos uno es 1 − 0.95²⁰ ≈ {_at_least_one:.2f}. Bonferroni o BH ajustan los umbrales para que eso no pase desapercibido.",
                en=f"Each test gives a false positive with probability 0.05, so you expect 20 × 0.05 = 1. The probability of at least one is 1 − 0.95²⁰ ≈ {_at_least_one:.2f}. Bonferroni or BH adjust the thresholds so this does not go unnoticed.",
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
## 7. Resumen

- Una prueba tiene cuatro piezas: $H_0$ y $H_1$ (elegidas antes de ver los datos), un estadístico,
  su distribución nula y el valor p, $P(|T| \ge |t_{\text{obs}}| \mid H_0)$ si es bilateral. No es $P(H_0 \mid D)$ ni
  mide el tamaño del efecto.
- La distribución nula se puede construir barajando etiquetas (permutación) o tomarla de la teoría:
  t de Student con varianzas estimadas (`ddof=1`), normal para proporciones con muchos datos.
- Dos muestras independientes: Student combina las varianzas ($n_x + n_y - 2$ grados de libertad);
  Welch no, y usa los $\nu$ de Welch–Satterthwaite. Muestras pareadas: prueba t sobre las
  diferencias.
- Prueba A/B de proporciones: error estándar combinado bajo $H_0$,
  $z = (\hat p_1 - \hat p_2)/\sqrt{\hat p(1-\hat p)(1/n_1 + 1/n_2)}$; $z^2$ es el $\chi^2$ de la tabla
  de $2 \times 2$.
- Potencia $1 - \beta$: sube con $n$, con el efecto y con $\alpha$. Tamaño por grupo:
  $n \approx (z_{1-\alpha/2} + z_{1-\beta})^2\,[p_1(1-p_1) + p_2(1-p_2)]/(p_2 - p_1)^2$, fijado antes de
  empezar.
- Mirar antes de tiempo y hacer muchas pruebas inflan los falsos positivos. Bonferroni ($p \le q/m$)
  es estricto; Benjamini–Hochberg controla la fracción de falsos descubrimientos con el **mayor**
  $k$ tal que $p_{(k)} \le kq/m$.
- Informa el tamaño del efecto y su intervalo de confianza, no solo "$p < 0.05$". En la lección 5.7
  usarás estas ideas para comparar modelos.
""",
        en=r"""
## 7. Summary

- A test has four pieces: $H_0$ and $H_1$ (chosen before seeing the data), a statistic, its null
  distribution and the p-value, $P(|T| \ge |t_{\text{obs}}| \mid H_0)$ if two-sided. It is not $P(H_0 \mid D)$ and it does not measure the size of the effect.
- The null distribution can be built by shuffling labels (permutation) or taken from theory:
  Student's t with estimated variances (`ddof=1`), the normal for proportions with plenty of data.
- Two independent samples: Student pools the variances ($n_x + n_y - 2$ degrees of freedom); Welch
  does not, and uses the Welch–Satterthwaite $\nu$. Paired samples: a t-test on the differences.
- A/B test of proportions: pooled standard error under $H_0$,
  $z = (\hat p_1 - \hat p_2)/\sqrt{\hat p(1-\hat p)(1/n_1 + 1/n_2)}$; $z^2$ is the $\chi^2$ of the
  $2 \times 2$ table.
- Power $1 - \beta$ grows with $n$, with the effect and with $\alpha$. Size per group:
  $n \approx (z_{1-\alpha/2} + z_{1-\beta})^2\,[p_1(1-p_1) + p_2(1-p_2)]/(p_2 - p_1)^2$, fixed before
  starting.
- Peeking early and running many tests inflate false positives. Bonferroni ($p \le q/m$) is strict;
  Benjamini–Hochberg controls the fraction of false discoveries with the **largest** $k$ such that
  $p_{(k)} \le kq/m$.
- Report the effect size and its confidence interval, not just "$p < 0.05$". In lesson 5.7 you
  will use these ideas to compare models.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es="## 8. Para seguir: más para leer y ver",
        en="## 8. Keep going: more to read and watch",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.resources("hypothesis-tests-ab", lang)
    return


if __name__ == "__main__":
    app.run()
