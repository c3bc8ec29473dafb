import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 3.1")


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
    kit.header("cost-functions-convexity", lang)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
En la lección 2.1 bajaste por un costo con un solo peso. Un modelo de verdad tiene muchos
pesos, y antes de bajar hay que decidir **qué** costo minimizar: esa elección decide qué
predicción te da el modelo y cuánto lo arrastra un dato raro. Luego hay que saber si el
costo tiene un solo valle (convexo) o varios, y elegir la tasa de aprendizaje a partir de los
datos, no a ojo.

**Al terminar podrás:**

- decir qué penaliza el MSE, el MAE, el costo de Huber y el log loss, y qué constante minimiza cada uno (la media, la mediana, la proporción de unos);
- reconocer una función convexa por su definición y por el signo de su segunda derivada (o de los valores propios de su hessiana), y distinguir mínimos locales de puntos de silla;
- programar el descenso de gradiente para una regresión lineal con datos reales, con la tasa límite $2/\lambda_{\max}$ calculada de los datos y una regla de parada $\lVert \nabla J \rVert \le \text{tol}$;
- explicar por qué estandarizar las variables acelera el descenso sin cambiar las predicciones del ajuste.
""",
        en=r"""
In lesson 2.1 you walked down a cost with a single weight. A real model has many weights, and
before walking down you must decide **which** cost to minimise: that choice decides what the
model predicts and how far one odd data point drags it. Then you need to know whether the cost
has a single valley (convex) or several, and to choose the learning rate from the data, not by
eye.

**By the end you will be able to:**

- say what MSE, MAE, the Huber cost and log loss penalise, and which constant minimises each (the mean, the median, the share of ones);
- recognise a convex function by its definition and by the sign of its second derivative (or of its Hessian's eigenvalues), and tell local minima from saddle points;
- write gradient descent for a linear regression on real data, with the limiting rate $2/\lambda_{\max}$ computed from the data and a stopping rule $\lVert \nabla J \rVert \le \text{tol}$;
- explain why standardising the features speeds descent up without changing the fit's predictions.
""",
    )
    return


@app.cell(hide_code=True)
def _():
    from gradiente.datasets import load_breast_cancer, load_diabetes, load_wine

    return load_breast_cancer, load_diabetes, load_wine


@app.cell(hide_code=True)
def _(np):
    def huber(residual, delta):
        """Huber's penalty, written with NumPy (½r² near 0, δ(|r| − ½δ) beyond δ)."""
        size = np.abs(residual)
        return np.where(size <= delta, 0.5 * residual**2, delta * (size - 0.5 * delta))

    return (huber,)


@app.cell(hide_code=True)
def _(load_breast_cancer, load_diabetes, np):
    progression = load_diabetes().target  # one year after baseline, for 442 patients
    _values, _counts = np.unique(progression, return_counts=True)
    progression_mode, progression_mode_count = _values[np.argmax(_counts)], int(_counts.max())
    benign = load_breast_cancer().target  # 1 = benign, 0 = malignant
    return benign, progression, progression_mode, progression_mode_count


@app.cell(hide_code=True)
def _(kit, lang, progression):
    kit.text(
        lang,
        es=rf"""
## 1. Qué mide cada costo

Un costo resume en un número qué tan lejos quedan las predicciones $\hat y_i$ de los valores
reales $y_i$. Todos miran el **residuo** $r_i = y_i - \hat y_i$, pero lo castigan distinto:

$$
\text{{MSE}} = \frac{{1}}{{n}}\sum_{{i=1}}^{{n}} r_i^2, \qquad
\text{{MAE}} = \frac{{1}}{{n}}\sum_{{i=1}}^{{n}} |r_i|, \qquad
\text{{Huber}}_\delta(r) = \begin{{cases}} \tfrac12 r^2 & |r| \le \delta \\ \delta\left(|r| - \tfrac12\delta\right) & |r| > \delta \end{{cases}}
$$

El MSE castiga un residuo el doble de grande con el **cuádruple**; el MAE, con el doble. El
costo de Huber es cuadrático cerca de cero y lineal más allá de $\delta$ (las dos piezas
empalman en $|r| = \delta$ con el mismo valor, $\tfrac12\delta^2$, y la misma pendiente). Lo
que mejor se ve es la derivada de cada castigo, que dice cuánto empuja cada dato:

$$
\frac{{d}}{{dr}}\, r^2 = 2r, \qquad \frac{{d}}{{dr}}\,|r| = \operatorname{{sign}}(r)\ \ (r \ne 0), \qquad \frac{{d}}{{dr}}\,\text{{Huber}}_\delta(r) = \begin{{cases}} r & |r| \le \delta \\ \delta\,\operatorname{{sign}}(r) & |r| > \delta \end{{cases}}
$$

En el MSE, un dato a 100 unidades empuja 100 veces más que uno a 1 unidad; en el MAE
empujan igual; en Huber el empuje crece hasta $\delta$ y ahí se queda.

**La mejor constante.** El modelo más simple predice la misma $c$ para todos. ¿Qué $c$
minimiza cada costo? Deriva respecto de $c$ e iguala a cero:

- MSE: $\frac{{d}}{{dc}}\frac1n\sum(y_i - c)^2 = -\frac{{2}}{{n}}\sum(y_i - c) = 0 \Rightarrow c = \bar y$, **la media**.
- MAE: $\frac{{d}}{{dc}}\frac1n\sum|y_i - c| = \frac{{1}}{{n}}\big(\#\{{y_i < c\}} - \#\{{y_i > c\}}\big)$, que cambia de signo donde quedan tantos datos arriba como abajo: **la mediana**. Con un número par de datos, toda $c$ entre los dos valores centrales empata (`np.median` da el punto medio).
- Log loss, con $y_i \in \{{0, 1\}}$ y una probabilidad $p$: $\frac{{d}}{{dp}}\left(-\frac1n\sum\left[y_i \ln p + (1-y_i)\ln(1-p)\right]\right) = -\frac{{\bar y}}{{p}} + \frac{{1 - \bar y}}{{1 - p}} = 0 \Rightarrow p = \bar y$, **la proporción de unos**.

A la izquierda, los tres castigos de un solo residuo; a la derecha, el costo medio de
predecir $c$ para la progresión de la diabetes de los {len(progression)} pacientes que ya
conoces de la lección 2.1.
""",
        en=rf"""
## 1. What each cost measures

A cost sums up in one number how far the predictions $\hat y_i$ are from the real values $y_i$.
They all look at the **residual** $r_i = y_i - \hat y_i$, but they punish it differently:

$$
\text{{MSE}} = \frac{{1}}{{n}}\sum_{{i=1}}^{{n}} r_i^2, \qquad
\text{{MAE}} = \frac{{1}}{{n}}\sum_{{i=1}}^{{n}} |r_i|, \qquad
\text{{Huber}}_\delta(r) = \begin{{cases}} \tfrac12 r^2 & |r| \le \delta \\ \delta\left(|r| - \tfrac12\delta\right) & |r| > \delta \end{{cases}}
$$

MSE punishes a residual twice as large **four times** as hard; MAE, twice as hard. The Huber
cost is quadratic near zero and linear beyond $\delta$ (the two pieces meet at $|r| = \delta$
with the same value, $\tfrac12\delta^2$, and the same slope). What shows it best is the
derivative of each penalty, which says how hard each data point pushes:

$$
\frac{{d}}{{dr}}\, r^2 = 2r, \qquad \frac{{d}}{{dr}}\,|r| = \operatorname{{sign}}(r)\ \ (r \ne 0), \qquad \frac{{d}}{{dr}}\,\text{{Huber}}_\delta(r) = \begin{{cases}} r & |r| \le \delta \\ \delta\,\operatorname{{sign}}(r) & |r| > \delta \end{{cases}}
$$

Under MSE, a point 100 units off pushes 100 times harder than one 1 unit off; under MAE they
push alike; under Huber the push grows up to $\delta$ and stays there.

**The best constant.** The simplest model predicts the same $c$ for everyone. Which $c$
minimises each cost? Differentiate with respect to $c$ and set it to zero:

- MSE: $\frac{{d}}{{dc}}\frac1n\sum(y_i - c)^2 = -\frac{{2}}{{n}}\sum(y_i - c) = 0 \Rightarrow c = \bar y$, **the mean**.
- MAE: $\frac{{d}}{{dc}}\frac1n\sum|y_i - c| = \frac{{1}}{{n}}\big(\#\{{y_i < c\}} - \#\{{y_i > c\}}\big)$, which changes sign where as many points lie above as below: **the median**. With an even number of points, every $c$ between the two central values ties (`np.median` gives the midpoint).
- Log loss, with $y_i \in \{{0, 1\}}$ and a probability $p$: $\frac{{d}}{{dp}}\left(-\frac1n\sum\left[y_i \ln p + (1-y_i)\ln(1-p)\right]\right) = -\frac{{\bar y}}{{p}} + \frac{{1 - \bar y}}{{1 - p}} = 0 \Rightarrow p = \bar y$, **the share of ones**.

On the left, the three penalties of a single residual; on the right, the mean cost of
predicting $c$ for the diabetes progression of the {len(progression)} patients you already
know from lesson 2.1.
""",
    )
    return


@app.cell(hide_code=True)
def _(huber, kit, lang, np, plt, progression):
    _fig, (_ax, _ax2) = plt.subplots(1, 2, figsize=(10, 3.6), gridspec_kw={"wspace": 0.28})
    _r = np.linspace(-3, 3, 241)
    _ax.plot(_r, _r**2, color="tab:blue", lw=2, label="$r^2$ (MSE)")
    _ax.plot(_r, np.abs(_r), color="tab:orange", lw=2, label="$|r|$ (MAE)")
    _ax.plot(_r, huber(_r, 1.0), color="tab:green", lw=2, label=r"Huber, $\delta = 1$")
    _ax.axvline(-1, color="0.8", lw=0.8, ls=":")
    _ax.axvline(1, color="0.8", lw=0.8, ls=":")
    _ax.set_ylim(0, 4.5)
    _ax.set_xlabel(kit.say(lang, es="residuo r", en="residual r"))
    _ax.set_title(kit.say(lang, es="El castigo de un residuo", en="The penalty of one residual"), fontsize=11)
    _ax.legend(fontsize=8, loc="upper center")
    _c = np.linspace(60, 250, 200)
    _gaps = progression[None, :] - _c[:, None]
    _mse = np.mean(_gaps**2, axis=1)
    _mae = np.mean(np.abs(_gaps), axis=1)
    _ax2.plot(_c, _mse / _mse.min(), color="tab:blue", lw=2, label="MSE(c) / min")
    _ax2.plot(_c, _mae / _mae.min(), color="tab:orange", lw=2, label="MAE(c) / min")
    _mean, _median = progression.mean(), np.median(progression)
    _ax2.axvline(_mean, color="tab:blue", lw=1, ls="--")
    _ax2.axvline(_median, color="tab:orange", lw=1, ls="--")
    _box = dict(facecolor="white", edgecolor="none", alpha=0.85, pad=1)
    _ax2.annotate(
        kit.say(lang, es=f"media {_mean:.1f}", en=f"mean {_mean:.1f}"),
        (_mean, 1.25),
        xytext=(4, 0),
        textcoords="offset points",
        fontsize=8,
        color="tab:blue",
        bbox=_box,
    )
    _ax2.annotate(
        kit.say(lang, es=f"mediana {_median:.1f}", en=f"median {_median:.1f}"),
        (_median, 1.25),
        xytext=(-4, 0),
        textcoords="offset points",
        ha="right",
        fontsize=8,
        color="tab:orange",
        bbox=_box,
    )
    _ax2.set_ylim(0.95, 1.9)
    _ax2.set_xlabel(kit.say(lang, es="constante c", en="constant c"))
    _ax2.set_title(
        kit.say(lang, es="Diabetes: el costo de predecir c", en="Diabetes: the cost of predicting c"), fontsize=11
    )
    _ax2.legend(fontsize=8, loc="upper right")
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(benign, kit, lang, np, progression, progression_mode, progression_mode_count):
    _p = benign.mean()
    _log_loss_best = -np.mean(benign * np.log(_p) + (1 - benign) * np.log(1 - _p))
    _log_loss_half = np.log(2)
    _ordered = np.sort(progression)
    _half = len(progression) // 2
    kit.text(
        lang,
        es=rf"""
Los números: la media de la progresión es {progression.mean():.2f} y la mediana
{np.median(progression):.1f} (con {len(progression)} datos, par, los dos centrales son
{_ordered[_half - 1]:g} y {_ordered[_half]:g}). La media queda más arriba porque unos pocos
pacientes con progresión alta la jalan; la mediana no se entera de qué tan altos son. Ni una
ni otra es la **moda** (el valor más repetido, {progression_mode:g}, que aparece solo
{progression_mode_count} veces): la moda minimiza cuántas veces fallas, no cuánto.

Para el log loss, en el conjunto de cáncer de mama hay {int(benign.sum())} tumores benignos
($y = 1$) de {len(benign)}: la mejor probabilidad constante es
$p = {int(benign.sum())}/{len(benign)} = {_p:.3f}$, con un log loss de {_log_loss_best:.4f},
contra $\ln 2 = {_log_loss_half:.4f}$ si dijeras $p = 0.5$ a ciegas. Ese es el costo que debe
superar cualquier clasificador que use las variables.
""",
        en=rf"""
The numbers: the mean progression is {progression.mean():.2f} and the median
{np.median(progression):.1f} (with {len(progression)} values, an even count, the two central
ones are {_ordered[_half - 1]:g} and {_ordered[_half]:g}). The mean sits higher because a few
patients with a high progression pull it up; the median does not notice how high they are.
Neither is the **mode** (the most frequent value, {progression_mode:g}, which appears only
{progression_mode_count} times): the mode minimises how often you miss, not by how much.

For log loss, the breast-cancer data set has {int(benign.sum())} benign tumours ($y = 1$) out
of {len(benign)}: the best constant probability is
$p = {int(benign.sum())}/{len(benign)} = {_p:.3f}$, with a log loss of {_log_loss_best:.4f},
against $\ln 2 = {_log_loss_half:.4f}$ if you said $p = 0.5$ blindly. That is the cost any
classifier using the features has to beat.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
En el primer ejercicio escribes la mejor constante para los tres costos. Un caso usa la
progresión de la diabetes y otro las etiquetas del cáncer de mama.
""",
        en=r"""
In the first exercise you write the best constant for the three costs. One case uses the
diabetes progression and another the breast-cancer labels.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_best_constant = kit.exercise("best_constant", lang)
    ex_best_constant
    return (ex_best_constant,)


@app.cell(hide_code=True)
def _(ex_best_constant, kit):
    kit.feedback(ex_best_constant)
    return


@app.cell(hide_code=True)
def _(ex_best_constant, kit):
    kit.hints(ex_best_constant)
    return


@app.cell(hide_code=True)
def _(load_diabetes, np):
    _diabetes = load_diabetes(scaled=False)
    bmi_100 = _diabetes.data[:100, _diabetes.feature_names.index("bmi")]  # the first 100 patients
    progression_100 = _diabetes.target[:100]
    outlier_bmi = 42.0  # past the largest BMI of these 100 patients: a point with leverage

    def fit_mse(x, y):
        """Least squares: the line (intercept, slope) minimising Σ rᵢ²."""
        design = np.column_stack([np.ones_like(x), x])
        return np.linalg.lstsq(design, y, rcond=None)[0]

    def fit_mae(x, y):
        """Least absolute deviations, exactly: a best line passes through two data points, so try every pair."""
        first, second = np.triu_indices(len(x), 1)
        keep = x[first] != x[second]
        first, second = first[keep], second[keep]
        slopes = (y[second] - y[first]) / (x[second] - x[first])
        intercepts = y[first] - slopes * x[first]
        costs = np.abs(y[None, :] - intercepts[:, None] - slopes[:, None] * x[None, :]).sum(axis=1)
        best = np.argmin(costs)
        return np.array([intercepts[best], slopes[best]])

    def fit_huber(x, y, delta):
        """Huber's line by iteratively reweighted least squares: weight min(1, δ/|rᵢ|), from the MSE line."""
        design = np.column_stack([np.ones_like(x), x])
        line = fit_mse(x, y)
        for _ in range(500):
            residuals = y - design @ line
            weights = np.minimum(1.0, delta / np.maximum(np.abs(residuals), 1e-12))
            new = np.linalg.solve(design.T @ (weights[:, None] * design), design.T @ (weights * y))
            if np.allclose(new, line, rtol=0, atol=1e-10):
                return new
            line = new
        return line

    clean_mse, clean_mae = fit_mse(bmi_100, progression_100), fit_mae(bmi_100, progression_100)
    return bmi_100, clean_mae, clean_mse, fit_huber, fit_mae, fit_mse, outlier_bmi, progression_100


@app.cell(hide_code=True)
def _(bmi_100, kit, lang, outlier_bmi, progression_100):
    kit.text(
        lang,
        es=rf"""
## 2. Un punto atípico

Ahora el modelo es una recta, $\hat y = b + m\,x$: la progresión según el IMC. Tomamos los
primeros {len(bmi_100)} pacientes (IMC de {bmi_100.min():.1f} a {bmi_100.max():.1f},
progresión de {progression_100.min():g} a {progression_100.max():g}) y les agregamos **un
paciente inventado** con IMC {outlier_bmi:g}, más allá de todos los demás. Con la barra eliges
su progresión. Las tres rectas minimizan el MSE, el MAE y el costo de Huber de los
{len(bmi_100) + 1} puntos.

¿Qué esperas? Un dato muy lejos de la recta empuja la del MSE con una fuerza proporcional a su
residuo; a la del MAE, con la misma fuerza que cualquier otro dato. Sube la progresión del
paciente inventado hasta 1000 y luego bájala a 0. Después achica $\delta$: la recta de Huber
pasa de parecerse a la del MSE ($\delta$ grande: casi todo es cuadrático) a parecerse a la del
MAE ($\delta$ chico: casi todo es lineal).
""",
        en=rf"""
## 2. One outlier

Now the model is a line, $\hat y = b + m\,x$: progression from BMI. We take the first
{len(bmi_100)} patients (BMI from {bmi_100.min():.1f} to {bmi_100.max():.1f}, progression from
{progression_100.min():g} to {progression_100.max():g}) and add **one made-up patient** with BMI
{outlier_bmi:g}, beyond all the others. The slider sets their progression. The three lines
minimise the MSE, the MAE and the Huber cost of the {len(bmi_100) + 1} points.

What do you expect? A point far from the line pushes the MSE line with a force proportional to
its residual; the MAE line, with the same force as any other point. Raise the made-up
patient's progression to 1000, then lower it to 0. Then shrink $\delta$: the Huber line goes
from looking like the MSE line (large $\delta$: nearly everything is quadratic) to looking
like the MAE line (small $\delta$: nearly everything is linear).
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    outlier_slider = mo.ui.slider(
        0,
        1000,
        step=25,
        value=800,
        show_value=True,
        label=kit.say(lang, es="Progresión del paciente inventado", en="Progression of the made-up patient"),
    )
    delta_slider = mo.ui.slider(
        steps=[2, 5, 10, 20, 40, 80, 160, 320],
        value=20,
        show_value=True,
        label=kit.say(lang, es="$\\delta$ de Huber", en="Huber's $\\delta$"),
    )
    mo.hstack([outlier_slider, delta_slider], justify="start", gap=2)
    return delta_slider, outlier_slider


@app.cell(hide_code=True)
def _(
    bmi_100,
    delta_slider,
    fit_huber,
    fit_mae,
    fit_mse,
    np,
    outlier_bmi,
    outlier_slider,
    progression_100,
):
    # Small pure cell: the three lines through the 100 patients plus the made-up one.
    x_outlier = np.append(bmi_100, outlier_bmi)
    y_outlier = np.append(progression_100, float(outlier_slider.value))
    line_mse = fit_mse(x_outlier, y_outlier)
    line_mae = fit_mae(x_outlier, y_outlier)
    line_huber = fit_huber(x_outlier, y_outlier, float(delta_slider.value))
    return line_huber, line_mae, line_mse, x_outlier, y_outlier


@app.cell(hide_code=True)
def _(
    delta_slider,
    kit,
    lang,
    line_huber,
    line_mae,
    line_mse,
    np,
    outlier_slider,
    plt,
    x_outlier,
    y_outlier,
):
    _fig, _ax = plt.subplots(figsize=(7.5, 4.2))
    _ax.plot(x_outlier[:-1], y_outlier[:-1], ".", color="#8fb8dc", ms=6)
    _ax.plot(
        [x_outlier[-1]],
        [y_outlier[-1]],
        "o",
        ms=9,
        color="tab:red",
        label=kit.say(lang, es="paciente inventado", en="made-up patient"),
    )
    _ends = np.array([17.0, 44.0])
    for _line, _color, _style, _name in (
        (line_mse, "tab:blue", "-", "MSE"),
        (line_mae, "tab:orange", "--", "MAE"),
        (line_huber, "tab:green", "-.", f"Huber (δ = {delta_slider.value:g})"),
    ):
        _ax.plot(_ends, _line[0] + _line[1] * _ends, _style, color=_color, lw=2, label=f"{_name}: m = {_line[1]:.2f}")
    _ax.set_xlim(17, 44)
    _ax.set_ylim(-20, 1020)
    _ax.set_xlabel(kit.say(lang, es="IMC", en="BMI"))
    _ax.set_ylabel(kit.say(lang, es="progresión", en="progression"))
    _ax.set_title(
        kit.say(
            lang,
            es=f"Tres rectas con un punto atípico en y = {outlier_slider.value}",
            en=f"Three lines with an outlier at y = {outlier_slider.value}",
        ),
        fontsize=11,
    )
    _ax.legend(fontsize=8, loc="upper left")
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(clean_mae, clean_mse, kit, lang, line_huber, line_mae, line_mse, mo, x_outlier):
    _shift_mse = line_mse[1] - clean_mse[1]
    _shift_mae = line_mae[1] - clean_mae[1]
    mo.callout(
        kit.text(
            lang,
            es=f"Sin el paciente inventado, la pendiente del MSE es {clean_mse[1]:.2f} y la del MAE "
            f"{clean_mae[1]:.2f}. Con él, la del MSE cambia en {_shift_mse:+.2f} y la del MAE en "
            f"{_shift_mae:+.2f}; la de Huber queda en {line_huber[1]:.2f}. Un solo dato de {len(x_outlier)} mueve la recta "
            "del MSE tanto como quiera: basta con alejarlo más.",
            en=f"Without the made-up patient, the MSE slope is {clean_mse[1]:.2f} and the MAE slope "
            f"{clean_mae[1]:.2f}. With them, the MSE slope changes by {_shift_mse:+.2f} and the MAE slope by "
            f"{_shift_mae:+.2f}; Huber's sits at {line_huber[1]:.2f}. A single point out of {len(x_outlier)} moves the MSE "
            "line as far as it likes: just move the point further away.",
        ),
        kind="info",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Fíjate en que la recta del MAE también se mueve un poco: el paciente inventado está lejos en
$x$, y su empuje de $\pm 1$ actúa con palanca. Pero se detiene: desde cierta altura, subir más
el punto ya no la cambia, porque su empuje no crece. La del MSE no tiene tope.

¿Entonces el MAE siempre es mejor? No: depende de qué quieres predecir. El MSE apunta a la
**media** de $y$ dado $x$, y el MAE a la **mediana**; si los datos raros son errores de
medición, el MAE o Huber los resisten; si son casos reales y caros (un paciente que empeora
mucho), quizá quieras que pesen. Y el MSE tiene dos ventajas prácticas: es derivable en todas
partes y su mínimo sale de una fórmula (mínimos cuadrados). Por eso Huber es un compromiso
común: derivable como el MSE cerca de cero, resistente como el MAE lejos.
""",
        en=r"""
Notice that the MAE line moves a little too: the made-up patient is far out in $x$, and their
push of $\pm 1$ acts with leverage. But it stops: past a certain height, raising the point no
longer changes it, because its push does not grow. The MSE line has no such limit.

So is MAE always better? No: it depends on what you want to predict. MSE aims at the **mean**
of $y$ given $x$, and MAE at the **median**; if the odd points are measurement errors, MAE or
Huber resist them; if they are real, costly cases (a patient who gets much worse), you may
want them to count. And MSE has two practical advantages: it is differentiable everywhere and
its minimum comes from a formula (least squares). That is why Huber is a common compromise:
differentiable like MSE near zero, resistant like MAE far away.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 3. Convexidad: un solo valle

Una función $f$ es **convexa** si el segmento entre dos puntos cualesquiera de su gráfica
queda por encima de la gráfica (o sobre ella): para todo $x, y$ y todo $t \in [0, 1]$,

$$
f\big(t\,x + (1 - t)\,y\big) \le t\,f(x) + (1 - t)\,f(y)
$$

Lo que importa para optimizar: en una función convexa **todo mínimo local es global**, así
que el descenso de gradiente no se puede quedar atrapado en un valle equivocado. Para
comprobarlo sin probar todos los segmentos, si $f$ tiene segunda derivada:

- en una variable, $f$ es convexa si $f''(x) \ge 0$ en todo $x$;
- en varias, si la **hessiana** $\nabla^2 f(x)$ es semidefinida positiva en todo $x$: todos sus valores propios son $\ge 0$.

Los costos de la sección 1 pasan la prueba. Para el MSE de una regresión lineal,
$J(w) = \frac1n\lVert Xw - y\rVert^2$, la hessiana es $\frac{2}{n}X^\top X$ en todo $w$, y para
cualquier vector $v$, $v^\top X^\top X\, v = \lVert Xv \rVert^2 \ge 0$. El MAE y Huber son
convexos porque $|r|$ y $\text{Huber}_\delta(r)$ lo son (una suma de funciones convexas de
funciones lineales de $w$ es convexa), aunque $|r|$ no tenga derivada en 0. El log loss de la
regresión logística también es convexo en $w$: su hessiana es
$\frac1n X^\top S X$ con $S = \operatorname{diag}\big(p_i(1 - p_i)\big)$ y $p_i(1-p_i) > 0$.

Una función **no convexa** puede tener varios mínimos locales y **puntos de silla**: puntos
con gradiente cero donde la hessiana tiene valores propios de los dos signos, como el origen
de $f(x, y) = x^2 - y^2$ (hessiana $\operatorname{diag}(2, -2)$: sube en $x$, baja en $y$). En
la 2.1 viste una cúbica sin mínimo global; aquí hay dos valles de verdad:
$f(x) = x^4 - 3x^2 + x$, con $f'(x) = 4x^3 - 6x + 1$ y $f''(x) = 12x^2 - 6$. Mueve el punto
de partida del descenso (con $\eta = 0.05$).
""",
        en=r"""
## 3. Convexity: a single valley

A function $f$ is **convex** if the segment between any two points of its graph lies above the
graph (or on it): for all $x, y$ and every $t \in [0, 1]$,

$$
f\big(t\,x + (1 - t)\,y\big) \le t\,f(x) + (1 - t)\,f(y)
$$

What matters for optimisation: in a convex function **every local minimum is global**, so
gradient descent cannot get stuck in the wrong valley. To check it without trying every
segment, when $f$ has a second derivative:

- in one variable, $f$ is convex if $f''(x) \ge 0$ for every $x$;
- in several, if the **Hessian** $\nabla^2 f(x)$ is positive semidefinite at every $x$: all its eigenvalues are $\ge 0$.

The costs of section 1 pass the test. For the MSE of a linear regression,
$J(w) = \frac1n\lVert Xw - y\rVert^2$, the Hessian is $\frac{2}{n}X^\top X$ at every $w$, and for
any vector $v$, $v^\top X^\top X\, v = \lVert Xv \rVert^2 \ge 0$. MAE and Huber are convex
because $|r|$ and $\text{Huber}_\delta(r)$ are (a sum of convex functions of linear functions
of $w$ is convex), even though $|r|$ has no derivative at 0. The log loss of logistic
regression is convex in $w$ too: its Hessian is $\frac1n X^\top S X$ with
$S = \operatorname{diag}\big(p_i(1 - p_i)\big)$ and $p_i(1-p_i) > 0$.

A function that is **not convex** may have several local minima and **saddle points**: points
with zero gradient where the Hessian has eigenvalues of both signs, like the origin of
$f(x, y) = x^2 - y^2$ (Hessian $\operatorname{diag}(2, -2)$: it rises along $x$ and falls
along $y$). In 2.1 you saw a cubic with no global minimum; here there are two real valleys:
$f(x) = x^4 - 3x^2 + x$, with $f'(x) = 4x^3 - 6x + 1$ and $f''(x) = 12x^2 - 6$. Move the
starting point of descent (with $\eta = 0.05$).
""",
    )
    return


@app.cell(hide_code=True)
def _(np):
    def f_valleys(x):
        return x**4 - 3 * x**2 + x

    def f_valleys_prime(x):
        return 4 * x**3 - 6 * x + 1  # d/dx (x⁴ − 3x² + x)

    def f_valleys_second(x):
        return 12 * x**2 - 6

    _roots = np.roots([4.0, 0.0, -6.0, 1.0])
    stationary = np.sort(_roots[np.abs(_roots.imag) < 1e-12].real)  # three real roots of f'
    return f_valleys, f_valleys_prime, f_valleys_second, stationary


@app.cell(hide_code=True)
def _(kit, lang, mo):
    x0_valleys = mo.ui.slider(
        steps=[round(-2.0 + 0.1 * _i, 1) for _i in range(41)],
        value=0.5,
        show_value=True,
        label=kit.say(lang, es="Punto inicial $x_0$", en="Starting point $x_0$"),
    )
    x0_valleys
    return (x0_valleys,)


@app.cell(hide_code=True)
def _(f_valleys_prime, np, x0_valleys):
    # Small pure cell: 60 steps of x ← x − η f'(x) with η = 0.05.
    lr_valleys = 0.05
    _x = [float(x0_valleys.value)]
    for _ in range(60):
        _x.append(_x[-1] - lr_valleys * f_valleys_prime(_x[-1]))
    path_valleys = np.array(_x)
    return lr_valleys, path_valleys


@app.cell(hide_code=True)
def _(
    f_valleys,
    f_valleys_second,
    kit,
    lang,
    lr_valleys,
    np,
    path_valleys,
    plt,
    stationary,
    x0_valleys,
):
    _fig, _ax = plt.subplots(figsize=(7.5, 4.0))
    _grid = np.linspace(-2.1, 2.1, 300)
    _ax.plot(_grid, f_valleys(_grid), color="black", lw=2, label=r"$f(x) = x^4 - 3x^2 + x$")
    _left, _right = stationary[0], stationary[2]
    _ax.plot(
        [_left, _right],
        [f_valleys(_left), f_valleys(_right)],
        ":",
        color="tab:purple",
        lw=1.5,
        label=kit.say(lang, es="segmento bajo la gráfica: no convexa", en="segment below the graph: not convex"),
    )
    _ax.plot(path_valleys, f_valleys(path_valleys), "-", color="tab:red", lw=0.8, alpha=0.6)
    _ax.scatter(
        path_valleys,
        f_valleys(path_valleys),
        c=np.arange(len(path_valleys)),
        cmap="autumn",
        s=22,
        zorder=3,
        edgecolors="black",
        linewidths=0.4,
    )
    for _point in stationary:
        _curvature = f_valleys_second(_point)
        _marker, _color = ("*", "tab:green") if _curvature > 0 else ("^", "tab:purple")
        _ax.plot([_point], [f_valleys(_point)], _marker, color=_color, ms=12, zorder=4)
        _ax.annotate(
            f"f'' = {_curvature:+.1f}",
            (_point, f_valleys(_point)),
            textcoords="offset points",
            xytext=(0, -16 if _curvature > 0 else 9),
            ha="center",
            fontsize=8,
            bbox=dict(facecolor="white", edgecolor="none", alpha=0.85, pad=1),
        )
    _ax.set_xlim(-2.1, 2.1)
    _ax.set_ylim(-5.2, 6.5)
    _ax.set_xlabel("x")
    _ax.set_title(
        kit.say(
            lang,
            es=f"Descenso desde $x_0$ = {x0_valleys.value:g} con η = {lr_valleys:g}",
            en=f"Descent from $x_0$ = {x0_valleys.value:g} with η = {lr_valleys:g}",
        ),
        fontsize=11,
    )
    _ax.legend(loc="upper center", fontsize=8)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(f_valleys, f_valleys_second, kit, lang, mo, np, path_valleys, stationary):
    _end = path_valleys[-1]
    _nearest = stationary[np.argmin(np.abs(stationary - _end))]
    _global = stationary[0] if f_valleys(stationary[0]) < f_valleys(stationary[2]) else stationary[2]
    _rows = "\n".join(
        f"| {_p:+.4f} | {f_valleys(_p):+.4f} | {f_valleys_second(_p):+.3f} | "
        + (
            kit.say(lang, es="mínimo", en="minimum")
            if f_valleys_second(_p) > 0
            else kit.say(lang, es="máximo", en="maximum")
        )
        + " |"
        for _p in stationary
    )
    if abs(_end - _global) < 1e-6:
        _kind = "success"
        _es = f"Terminó en $x = {_end:.4f}$, el mínimo **global** ($f = {f_valleys(_end):.4f}$)."
        _en = f"It ended at $x = {_end:.4f}$, the **global** minimum ($f = {f_valleys(_end):.4f}$)."
    elif f_valleys_second(_nearest) > 0 and abs(_end - _nearest) < 1e-6:
        _kind = "warn"
        _es = (
            f"Terminó en $x = {_end:.4f}$, un mínimo solo **local** ($f = {f_valleys(_end):.4f}$, más alto que "
            f"$f({_global:.4f}) = {f_valleys(_global):.4f}$). Desde este punto de partida, el gradiente nunca te "
            "dice que hay un valle más hondo del otro lado."
        )
        _en = (
            f"It ended at $x = {_end:.4f}$, a minimum that is only **local** ($f = {f_valleys(_end):.4f}$, higher "
            f"than $f({_global:.4f}) = {f_valleys(_global):.4f}$). From this start, the gradient never tells you "
            "there is a deeper valley on the other side."
        )
    else:
        _kind = "warn"
        _es = f"Tras 60 pasos está en $x = {_end:.4f}$."
        _en = f"After 60 steps it is at $x = {_end:.4f}$."
    mo.vstack(
        [
            mo.callout(kit.text(lang, es=_es, en=_en), kind=_kind),
            kit.text(
                lang,
                es=rf"""
Los puntos donde $f'(x) = 0$ (raíces de $4x^3 - 6x + 1$, calculadas con `np.roots`) y la
prueba de la segunda derivada:

| $x$ | $f(x)$ | $f''(x)$ | |
|---:|---:|---:|:---|
{_rows}

El del medio tiene $f'' < 0$: un máximo local, la loma que separa los dos valles. Con esta tasa,
todo $x_0$ de la barra que esté a su izquierda termina en el valle izquierdo, y a su derecha, en
el derecho (con una tasa grande, un paso podría saltar la loma). El segmento
punteado entre los dos mínimos pasa por **debajo** de la loma: la definición de convexidad
falla, y también $f'' \ge 0$ (entre $-1/\sqrt{{2}}$ y $1/\sqrt{{2}}$, $f'' < 0$).
""",
                en=rf"""
The points where $f'(x) = 0$ (roots of $4x^3 - 6x + 1$, computed with `np.roots`) and the
second-derivative test:

| $x$ | $f(x)$ | $f''(x)$ | |
|---:|---:|---:|:---|
{_rows}

The middle one has $f'' < 0$: a local maximum, the ridge between the two valleys. With this
rate, every $x_0$ on the slider to its left ends in the left valley, and to its right, in the
right one (with a large rate, one step could jump over the ridge). The dotted segment
between the two minima passes **below** the ridge: the definition of convexity fails, and so
does $f'' \ge 0$ (between $-1/\sqrt{{2}}$ and $1/\sqrt{{2}}$, $f'' < 0$).
""",
            ),
        ]
    )
    return


@app.cell(hide_code=True)
def _(load_diabetes, load_wine, np):
    def with_ones(X):
        return np.hstack([np.ones((len(X), 1)), X])

    def standardise(X):
        return (X - X.mean(axis=0)) / X.std(axis=0)  # ddof = 0, as StandardScaler

    _diabetes = load_diabetes(scaled=False)
    _wine = load_wine()
    # name -> (X with a column of ones, y): diabetes' progression, and wine's alcohol from the other 12 features
    regression_sets = {
        "diabetes": (with_ones(standardise(_diabetes.data)), _diabetes.target),
        "wine_std": (with_ones(standardise(_wine.data[:, 1:])), _wine.data[:, 0]),
        "wine_raw": (with_ones(_wine.data[:, 1:]), _wine.data[:, 0]),
    }
    # Each set's Hessian (2/n)XᵀX, its eigenvalues (ascending), (2/n)Xᵀy and the least-squares w.
    regression_facts = {}
    for _name, (_X, _y) in regression_sets.items():
        _hessian = 2 / len(_y) * _X.T @ _X
        regression_facts[_name] = {
            "hessian": _hessian,
            "eigenvalues": np.linalg.eigvalsh(_hessian),
            "Xty": 2 / len(_y) * _X.T @ _y,
            "w_star": np.linalg.lstsq(_X, _y, rcond=None)[0],
        }
    return regression_facts, regression_sets


@app.cell(hide_code=True)
def _(kit, lang, np, regression_facts, regression_sets):
    _X, _y = regression_sets["diabetes"]
    _eigenvalues = regression_facts["diabetes"]["eigenvalues"]
    _L = _eigenvalues[-1]
    kit.text(
        lang,
        es=rf"""
## 4. Descenso de gradiente con datos reales

Volvamos a la diabetes, ahora con las **{_X.shape[1] - 1} variables** a la vez (edad, sexo,
IMC, presión y seis medidas de la sangre), cada una estandarizada (media 0, desviación
estándar 1, con `ddof=0`), y una columna de unos adelante para el término independiente: $X$
tiene forma $({_X.shape[0]}, {_X.shape[1]})$ y $w$ tiene {_X.shape[1]} pesos. El costo es el
MSE, $J(w) = \frac1n\lVert Xw - y \rVert^2$. Su gradiente sale derivando cada residuo al
cuadrado, como en la 2.1, y juntando los $n$ términos con una multiplicación de matrices:

$$
\nabla J(w) = \frac{{2}}{{n}} X^\top (Xw - y)
$$

El 2 baja del cuadrado y el $\frac1n$ viene de la media. La forma es la de $w$: $X^\top$ tiene
forma $({_X.shape[1]}, {_X.shape[0]})$ y $Xw - y$, ${_X.shape[0]}$ residuos. Es tu segundo
ejercicio.
""",
        en=rf"""
## 4. Gradient descent on real data

Back to diabetes, now with all **{_X.shape[1] - 1} features** at once (age, sex, BMI, blood
pressure and six blood measurements), each standardised (mean 0, standard deviation 1, with
`ddof=0`), and a column of ones in front for the intercept: $X$ has shape
$({_X.shape[0]}, {_X.shape[1]})$ and $w$ has {_X.shape[1]} weights. The cost is the MSE,
$J(w) = \frac1n\lVert Xw - y \rVert^2$. Its gradient comes from differentiating each squared
residual, as in 2.1, and collecting the $n$ terms with one matrix product:

$$
\nabla J(w) = \frac{{2}}{{n}} X^\top (Xw - y)
$$

The 2 comes down from the square and the $\frac1n$ from the mean. Its shape is that of $w$:
$X^\top$ has shape $({_X.shape[1]}, {_X.shape[0]})$ and $Xw - y$ holds ${_X.shape[0]}$
residuals. It is your second exercise.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_mse_gradient = kit.exercise("mse_gradient", lang)
    ex_mse_gradient
    return (ex_mse_gradient,)


@app.cell(hide_code=True)
def _(ex_mse_gradient, kit):
    kit.feedback(ex_mse_gradient)
    return


@app.cell(hide_code=True)
def _(ex_mse_gradient, kit):
    kit.hints(ex_mse_gradient)
    return


@app.cell(hide_code=True)
def _(kit, lang, np, regression_facts, regression_sets):
    _X, _y = regression_sets["diabetes"]
    _eigenvalues = regression_facts["diabetes"]["eigenvalues"]
    _L = _eigenvalues[-1]
    _kappa = _eigenvalues[-1] / _eigenvalues[0]
    _s1_s2 = np.corrcoef(_X[:, 5], _X[:, 6])[0, 1]  # columns: ones, age, sex, bmi, bp, s1, s2, …
    kit.text(
        lang,
        es=rf"""
**¿Qué tasa usar?** En la 2.1 viste que el límite lo pone la curvatura más grande: el descenso
converge para $0 < \eta < 2/L$, con $L = \lambda_{{\max}}$ de la hessiana. Derivando el
gradiente una vez más, la hessiana del MSE es

$$
\nabla^2 J = \frac{{2}}{{n}} X^\top X, \qquad L = \lambda_{{\max}}\!\left(\frac{{2}}{{n}} X^\top X\right) = \frac{{2}}{{n}}\lambda_{{\max}}(X^\top X), \qquad \frac{{2}}{{L}} = \frac{{n}}{{\lambda_{{\max}}(X^\top X)}}
$$

No depende de $w$ ni de $y$: una regresión lineal con MSE es un tazón cuadrático exacto, y su
tasa límite sale de los datos, sin probar. Para la diabetes estandarizada, los
{len(_eigenvalues)} valores propios de la hessiana van de $\lambda_{{\min}} = {_eigenvalues[0]:.4f}$
a $\lambda_{{\max}} = L = {_L:.4f}$, así que $2/L = {2 / _L:.4f}$. El cociente
$\kappa = \lambda_{{\max}}/\lambda_{{\min}} = {_kappa:.0f}$ es el **número de condición** (lección
1.4): dice qué tan alargado es el tazón. Estandarizar igualó las escalas, pero no quita la
correlación: dos medidas de la sangre, s1 y s2, tienen correlación {_s1_s2:.2f}, y eso deja una
dirección casi plana.

En el tercer ejercicio calculas $2/L$ para cualquier $X$.
""",
        en=rf"""
**Which rate?** In 2.1 you saw that the limit is set by the largest curvature: descent
converges for $0 < \eta < 2/L$, with $L = \lambda_{{\max}}$ of the Hessian. Differentiating the
gradient once more, the Hessian of the MSE is

$$
\nabla^2 J = \frac{{2}}{{n}} X^\top X, \qquad L = \lambda_{{\max}}\!\left(\frac{{2}}{{n}} X^\top X\right) = \frac{{2}}{{n}}\lambda_{{\max}}(X^\top X), \qquad \frac{{2}}{{L}} = \frac{{n}}{{\lambda_{{\max}}(X^\top X)}}
$$

It depends neither on $w$ nor on $y$: a linear regression with MSE is an exact quadratic bowl,
and its limiting rate comes from the data, with no trial and error. For the standardised
diabetes data, the {len(_eigenvalues)} eigenvalues of the Hessian go from
$\lambda_{{\min}} = {_eigenvalues[0]:.4f}$ to $\lambda_{{\max}} = L = {_L:.4f}$, so
$2/L = {2 / _L:.4f}$. The ratio $\kappa = \lambda_{{\max}}/\lambda_{{\min}} = {_kappa:.0f}$ is the
**condition number** (lesson 1.4): it says how elongated the bowl is. Standardising evened out the
scales, but it does not remove correlation: two blood measurements, s1 and s2, have correlation
{_s1_s2:.2f}, which leaves one almost flat direction.

In the third exercise you compute $2/L$ for any $X$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_max_stable_lr = kit.exercise("max_stable_lr", lang)
    ex_max_stable_lr
    return (ex_max_stable_lr,)


@app.cell(hide_code=True)
def _(ex_max_stable_lr, kit):
    kit.feedback(ex_max_stable_lr)
    return


@app.cell(hide_code=True)
def _(ex_max_stable_lr, kit):
    kit.hints(ex_max_stable_lr)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
**El descenso, con su regla de parada.** Desde $w = 0$, repite $w \leftarrow w - \eta\,\nabla J(w)$
y detente en cuanto $\lVert \nabla J(w) \rVert \le \text{tol}$ (aquí $10^{-6}$), o tras un
máximo de pasos. Elige el conjunto de datos y la tasa **como fracción de $2/L$**. A la
izquierda, la norma del gradiente en cada paso; a la derecha, los valores propios de la
hessiana y la línea $2/\eta$: toda dirección con $\lambda > 2/\eta$ diverge, porque su factor
por paso, $1 - \eta\lambda$, tiene valor absoluto mayor que 1.

Prueba, con la diabetes, $0.5$ (es decir $\eta = 1/L$), $0.99$, $1$ exactamente y $1.01$.
Luego cambia al vino: primero estandarizado, y después sin escalar.
""",
        en=r"""
**Descent, with its stopping rule.** From $w = 0$, repeat $w \leftarrow w - \eta\,\nabla J(w)$ and
stop as soon as $\lVert \nabla J(w) \rVert \le \text{tol}$ (here $10^{-6}$), or after a maximum
number of steps. Pick the data set and the rate **as a fraction of $2/L$**. On the left, the
norm of the gradient at each step; on the right, the Hessian's eigenvalues and the line
$2/\eta$: every direction with $\lambda > 2/\eta$ diverges, because its factor per step,
$1 - \eta\lambda$, is larger than 1 in absolute value.

With diabetes, try $0.5$ (that is, $\eta = 1/L$), $0.99$, exactly $1$ and $1.01$. Then
switch to wine: first standardised, then unscaled.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    data_choice = mo.ui.dropdown(
        options={
            kit.say(lang, es="diabetes, estandarizada (442×11)", en="diabetes, standardised (442×11)"): "diabetes",
            kit.say(lang, es="vino, estandarizado (178×13)", en="wine, standardised (178×13)"): "wine_std",
            kit.say(lang, es="vino, sin escalar (178×13)", en="wine, unscaled (178×13)"): "wine_raw",
        },
        value=kit.say(lang, es="diabetes, estandarizada (442×11)", en="diabetes, standardised (442×11)"),
        label=kit.say(lang, es="Datos", en="Data"),
    )
    fraction_slider = mo.ui.slider(
        steps=[0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1.0, 1.01, 1.05],
        value=0.5,
        show_value=True,
        label=kit.say(lang, es="Tasa η, como fracción de 2/L", en="Rate η, as a fraction of 2/L"),
    )
    mo.hstack([data_choice, fraction_slider], justify="start", gap=2)
    return data_choice, fraction_slider


@app.cell(hide_code=True)
def _(data_choice, fraction_slider, np, regression_facts):
    # Small pure cell: descent from w = 0 with ∇J(w) = (2/n)XᵀX w − (2/n)Xᵀy, the same gradient
    # (2/n)Xᵀ(Xw − y) with XᵀX formed once, so 20 000 steps take a fraction of a second.
    facts_run = regression_facts[data_choice.value]
    tol_run, max_steps_run = 1e-6, 20_000
    lr_run = fraction_slider.value * 2 / facts_run["eigenvalues"][-1]
    _w = np.zeros(len(facts_run["Xty"]))
    _norms = []
    for _ in range(max_steps_run + 1):
        _g = facts_run["hessian"] @ _w - facts_run["Xty"]
        _norms.append(float(np.sqrt(_g @ _g)))
        if _norms[-1] <= tol_run or _norms[-1] > 1e8 * _norms[0]:
            break
        _w = _w - lr_run * _g
    gradient_norms_run = np.array(_norms)
    w_run = _w
    return facts_run, gradient_norms_run, lr_run, max_steps_run, tol_run, w_run


@app.cell(hide_code=True)
def _(facts_run, fraction_slider, gradient_norms_run, kit, lang, lr_run, np, plt, tol_run):
    _fig, (_ax, _ax2) = plt.subplots(1, 2, figsize=(10, 3.7), gridspec_kw={"width_ratios": [1.6, 1], "wspace": 0.3})
    _steps = np.arange(len(gradient_norms_run))
    _ax.plot(_steps, gradient_norms_run, color="tab:red", lw=1.5)
    _ax.axhline(tol_run, color="tab:green", lw=1, ls="--", label="tol = 10⁻⁶")
    _ax.set_yscale("log")
    _ax.yaxis.set_major_formatter(kit.powers_of_ten())
    _ax.minorticks_off()
    _ax.set_ylim(1e-7, 10 ** np.ceil(np.log10(max(gradient_norms_run.max(), 1e8)) + 0.5))
    _ax.set_xlim(0, max(len(gradient_norms_run) - 1, 10))
    _ax.set_xlabel(kit.say(lang, es="paso k", en="step k"))
    _ax.set_title(
        kit.say(
            lang,
            es=f"‖∇J(w_k)‖ con η = {fraction_slider.value:g} · 2/L",
            en=f"‖∇J(w_k)‖ with η = {fraction_slider.value:g} · 2/L",
        ),
        fontsize=11,
    )
    _ax.legend(fontsize=8, loc="upper right")
    _eigenvalues = facts_run["eigenvalues"]
    _stable = _eigenvalues < 2 / lr_run * (1 - 1e-12)
    _index = np.arange(1, len(_eigenvalues) + 1)
    _ax2.plot(_index[_stable], _eigenvalues[_stable], "o", color="tab:blue", ms=6)
    _ax2.plot(_index[~_stable], _eigenvalues[~_stable], "o", color="tab:red", ms=7)
    _ax2.axhline(2 / lr_run, color="tab:red", lw=1, ls="--", label="2/η")
    _ax2.set_yscale("log")
    _ax2.yaxis.set_major_formatter(kit.powers_of_ten())
    _ax2.minorticks_off()
    _low, _high = _eigenvalues[0], max(_eigenvalues[-1], 2 / lr_run)
    _ax2.set_ylim(10 ** np.floor(np.log10(_low) - 0.3), 10 ** np.ceil(np.log10(_high) + 0.3))
    _ax2.set_xlabel(kit.say(lang, es="valor propio i", en="eigenvalue i"))
    _ax2.set_title(
        kit.say(
            lang,
            es=f"Hessiana: κ = {_eigenvalues[-1] / _eigenvalues[0]:.3g}",
            en=f"Hessian: κ = {_eigenvalues[-1] / _eigenvalues[0]:.3g}",
        ),
        fontsize=11,
    )
    _ax2.legend(fontsize=8, loc="lower right")
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(facts_run, fraction_slider, gradient_norms_run, kit, lang, lr_run, max_steps_run, mo, np, tol_run, w_run):
    _steps = len(gradient_norms_run) - 1
    _last = gradient_norms_run[-1]
    _gap = float(np.max(np.abs(w_run - facts_run["w_star"])))
    _head = f"**η = {kit.tex_number(lr_run)}** ({fraction_slider.value:g} · 2/L). "
    if _last <= tol_run:
        _kind = "success"
        _es = (
            f"La regla de parada lo detuvo en el paso {_steps}: $\\lVert\\nabla J\\rVert = {kit.tex_number(_last, 4)}$. "
            f"El $w$ final difiere del de mínimos cuadrados (`np.linalg.lstsq`) en a lo sumo ${kit.tex_number(_gap)}$."
        )
        _en = (
            f"The stopping rule stopped it at step {_steps}: $\\lVert\\nabla J\\rVert = {kit.tex_number(_last, 4)}$. "
            f"The final $w$ differs from the least-squares one (`np.linalg.lstsq`) by at most ${kit.tex_number(_gap)}$."
        )
    elif _last > gradient_norms_run[0]:
        _kind = "danger"
        _es = (
            f"Diverge: en el paso {_steps} la norma del gradiente ya es ${kit.tex_number(_last)}$. Basta con pasarse "
            f"un poco de $2/L$: la dirección de $\\lambda_{{\\max}}$ crece por un factor "
            f"$|1 - \\eta L| = {abs(1 - lr_run * facts_run['eigenvalues'][-1]):.3f}$ en cada paso."
        )
        _en = (
            f"It diverges: at step {_steps} the gradient's norm is already ${kit.tex_number(_last)}$. Going just a "
            f"little past $2/L$ is enough: the direction of $\\lambda_{{\\max}}$ grows by a factor "
            f"$|1 - \\eta L| = {abs(1 - lr_run * facts_run['eigenvalues'][-1]):.3f}$ at every step."
        )
    else:
        _kind = "warn"
        _rate = (gradient_norms_run[-1] / gradient_norms_run[-1001]) ** (1 / 1000)
        if np.isclose(fraction_slider.value, 1.0):
            _es = (
                f"Con $\\eta = 2/L$ exacto, el factor de la dirección más curva es $1 - \\eta L = -1$: esa parte del "
                f"error rebota de un lado al otro sin achicarse, y tras {max_steps_run} pasos "
                f"$\\lVert\\nabla J\\rVert$ sigue en ${kit.tex_number(_last)}$."
            )
            _en = (
                f"With $\\eta = 2/L$ exactly, the factor of the most curved direction is $1 - \\eta L = -1$: that part "
                f"of the error bounces from side to side without shrinking, and after {max_steps_run} steps "
                f"$\\lVert\\nabla J\\rVert$ is still ${kit.tex_number(_last)}$."
            )
        else:
            _more = np.log(tol_run / _last) / np.log(_rate) if _rate < 1 else np.inf
            _es = (
                f"No llegó a la tolerancia en {max_steps_run} pasos: $\\lVert\\nabla J\\rVert = {kit.tex_number(_last)}$. "
                f"En los últimos 1000 pasos se achicó un factor {_rate:.6f} por paso"
                + (f": a ese ritmo faltarían unos ${kit.tex_number(_more)}$ pasos más." if np.isfinite(_more) else ".")
            )
            _en = (
                f"It did not reach the tolerance in {max_steps_run} steps: $\\lVert\\nabla J\\rVert = {kit.tex_number(_last)}$. "
                f"Over the last 1000 steps it shrank by a factor {_rate:.6f} per step"
                + (
                    f": at that pace it would need about ${kit.tex_number(_more)}$ more steps."
                    if np.isfinite(_more)
                    else "."
                )
            )
    mo.callout(kit.text(lang, es=_head + _es, en=_head + _en), kind=_kind)
    return


@app.cell(hide_code=True)
def _(kit, lang, np, regression_facts, regression_sets):
    _raw, _std = regression_facts["wine_raw"], regression_facts["wine_std"]
    _X_raw, _y = regression_sets["wine_raw"]
    _X_std, _ = regression_sets["wine_std"]
    _same = float(np.max(np.abs(_X_raw @ _raw["w_star"] - _X_std @ _std["w_star"])))
    _kappa_raw = _raw["eigenvalues"][-1] / _raw["eigenvalues"][0]
    _kappa_std = _std["eigenvalues"][-1] / _std["eigenvalues"][0]
    _spread = _X_raw[:, 1:].std(axis=0)

    def _steps_to_tol(facts, tol=1e-6, max_steps=20_000):
        # descent with η = 1/L from w = 0; the number of steps until ‖∇J‖ ≤ tol, or None
        _lr = 1 / facts["eigenvalues"][-1]
        _w = np.zeros(len(facts["Xty"]))
        for _k in range(max_steps + 1):
            _g = facts["hessian"] @ _w - facts["Xty"]
            if np.sqrt(_g @ _g) <= tol:
                return _k, float(np.sqrt(_g @ _g))
            _w = _w - _lr * _g
        return None, float(np.sqrt(_g @ _g))

    _std_steps, _ = _steps_to_tol(_std)
    _, _raw_norm = _steps_to_tol(_raw)  # it does not get there: the text says so
    kit.text(
        lang,
        es=rf"""
**Lo que enseña el vino.** Predecimos el alcohol de {len(_y)} vinos con las otras 12
variables. Sin escalar, sus desviaciones estándar van de {_spread.min():.3f} a
{_spread.max():.0f} (la prolina), y la hessiana tiene $\kappa = {kit.tex_number(_kappa_raw)}$;
estandarizadas, $\kappa = {_kappa_std:.1f}$. Con $\eta = 1/L$ en los dos casos, el vino
estandarizado llega a $\lVert \nabla J \rVert \le 10^{{-6}}$ en {_std_steps} pasos, y sin escalar
no llega en 20 000 (termina en $\lVert \nabla J \rVert = {kit.tex_number(_raw_norm)}$): $2/L$ lo fija la prolina, la dirección más curva, y con ese paso las demás direcciones
casi no se mueven. Cerca del mínimo, el error se achica como
$\left(\frac{{\kappa - 1}}{{\kappa + 1}}\right)^k$ con la mejor tasa fija, y como
$\left(1 - \frac{{1}}{{\kappa}}\right)^k$ con $\eta = 1/L$: hacen falta del orden de $\kappa$
pasos por cada factor $e$ de mejora.

¿Cambia el ajuste? No: estandarizar es un cambio de variables lineal, y la columna de unos
absorbe las medias. Las predicciones de mínimos cuadrados con y sin escalar difieren en a lo
sumo ${kit.tex_number(_same)}$ (redondeo). Cambia el camino, no el destino.
""",
        en=rf"""
**What wine teaches.** We predict the alcohol of {len(_y)} wines from the other 12 features.
Unscaled, their standard deviations go from {_spread.min():.3f} to {_spread.max():.0f}
(proline), and the Hessian has $\kappa = {kit.tex_number(_kappa_raw)}$; standardised,
$\kappa = {_kappa_std:.1f}$. With $\eta = 1/L$ in both cases, standardised wine reaches
$\lVert \nabla J \rVert \le 10^{{-6}}$ in {_std_steps} steps, and unscaled wine does not reach it
in 20 000 (it ends at $\lVert \nabla J \rVert = {kit.tex_number(_raw_norm)}$): $2/L$ is set
by proline, the most curved direction, and with that step the other directions hardly move.
Near the minimum, the error shrinks like $\left(\frac{{\kappa - 1}}{{\kappa + 1}}\right)^k$
with the best fixed rate, and like $\left(1 - \frac{{1}}{{\kappa}}\right)^k$ with
$\eta = 1/L$: it takes on the order of $\kappa$ steps for each factor of $e$.

Does the fit change? No: standardising is a linear change of variables, and the column of
ones absorbs the means. The least-squares predictions with and without scaling differ by at
most ${kit.tex_number(_same)}$ (round-off). The path changes, not the destination.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
En el último ejercicio escribes el descenso completo: desde $w = 0$, con la regla de parada
mirada **antes** de cada paso, y devolviendo solo el último $w$. Los casos lo comparan con la
solución de mínimos cuadrados en el vino y la diabetes estandarizados, con $\eta = 1/L$.
""",
        en=r"""
In the last exercise you write the whole descent: from $w = 0$, with the stopping rule checked
**before** each step, returning only the last $w$. The cases compare it with the least-squares
solution on standardised wine and diabetes, with $\eta = 1/L$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_gd_linear_regression = kit.exercise("gd_linear_regression", lang)
    ex_gd_linear_regression
    return (ex_gd_linear_regression,)


@app.cell(hide_code=True)
def _(ex_gd_linear_regression, kit):
    kit.feedback(ex_gd_linear_regression)
    return


@app.cell(hide_code=True)
def _(ex_gd_linear_regression, kit):
    kit.hints(ex_gd_linear_regression)
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
                es="**1.** Si tu modelo predice una sola constante, ¿qué costo hace que la mejor constante sea la **mediana** de y?",
                en="**1.** If your model predicts a single constant, which cost makes the best constant the **median** of y?",
            ),
            (T.same("MSE"), T.same("MAE"), T(es="log loss", en="log loss"), T(es="ninguno", en="none")),
            answer=1,
            why=T(
                es=r"La derivada de $\frac1n\sum|y_i - c|$ es $\frac1n(\#\{y_i < c\} - \#\{y_i > c\})$: se anula donde quedan tantos datos arriba como abajo, la mediana. El MSE da la media y el log loss la proporción de unos.",
                en=r"The derivative of $\frac1n\sum|y_i - c|$ is $\frac1n(\#\{y_i < c\} - \#\{y_i > c\})$: it vanishes where as many points lie above as below, the median. MSE gives the mean and log loss the share of ones.",
            ),
        ),
        Question(
            T(
                es="**2.** ¿El log loss de la regresión logística es convexo en los pesos w?",
                en="**2.** Is the log loss of logistic regression convex in the weights w?",
            ),
            (
                T(es="sí", en="yes"),
                T(es="no: la sigmoide no es convexa", en="no: the sigmoid is not convex"),
                T(es="solo si las variables están estandarizadas", en="only if the features are standardised"),
            ),
            answer=0,
            why=T(
                es=r"Su hessiana es $\frac1n X^\top S X$ con $S = \operatorname{diag}(p_i(1-p_i))$ y $p_i(1 - p_i) > 0$: $v^\top X^\top S X v = \sum_i p_i(1-p_i)(x_i \cdot v)^2 \ge 0$. Que la sigmoide no sea convexa no importa: lo que se compone es $-\ln \sigma$, que sí lo es. Estandarizar cambia la forma del tazón, no su convexidad.",
                en=r"Its Hessian is $\frac1n X^\top S X$ with $S = \operatorname{diag}(p_i(1-p_i))$ and $p_i(1 - p_i) > 0$: $v^\top X^\top S X v = \sum_i p_i(1-p_i)(x_i \cdot v)^2 \ge 0$. The sigmoid not being convex does not matter: what is composed is $-\ln \sigma$, which is convex. Standardising changes the shape of the bowl, not its convexity.",
            ),
        ),
        Question(
            T(
                es="**3.** En una regresión lineal con columna de unos, estandarizar las variables…",
                en="**3.** In a linear regression with a column of ones, standardising the features…",
            ),
            (
                T(
                    es="cambia las predicciones de mínimos cuadrados y la velocidad del descenso",
                    en="changes the least-squares predictions and the speed of descent",
                ),
                T(
                    es="no cambia las predicciones de mínimos cuadrados, pero sí la velocidad del descenso",
                    en="does not change the least-squares predictions, but does change the speed of descent",
                ),
                T(
                    es="no cambia ni las predicciones ni la velocidad",
                    en="changes neither the predictions nor the speed",
                ),
            ),
            answer=1,
            why=T(
                es=r"Es un cambio de variables lineal: el mejor ajuste da las mismas predicciones (con el vino difieren solo por redondeo). Pero cambia la hessiana $\frac2n X^\top X$ y su $\kappa$ (del vino: de $\approx 1.6 \times 10^8$ a $\approx 45$), y con ella cuántos pasos hacen falta.",
                en=r"It is a linear change of variables: the best fit gives the same predictions (with wine they differ only by round-off). But it changes the Hessian $\frac2n X^\top X$ and its $\kappa$ (for wine: from $\approx 1.6 \times 10^8$ to $\approx 45$), and with it how many steps are needed.",
            ),
        ),
        Question(
            T(
                es=r"**4.** En un tazón cuadrático con $L = \lambda_{\max}$, ¿qué pasa con $\eta = 2/L$ exacto?",
                en=r"**4.** In a quadratic bowl with $L = \lambda_{\max}$, what happens with $\eta = 2/L$ exactly?",
            ),
            (
                T(
                    es="converge, más rápido que con cualquier otra tasa",
                    en="it converges, faster than with any other rate",
                ),
                T(
                    es="rebota en la dirección más curva sin achicarse ni crecer",
                    en="it bounces along the most curved direction, neither shrinking nor growing",
                ),
                T(es="diverge en todas las direcciones", en="it diverges in every direction"),
            ),
            answer=1,
            why=T(
                es=r"El factor por paso de esa dirección es $1 - \eta L = -1$: el error cambia de signo y conserva su tamaño. Las demás direcciones, con $\lambda < L$, sí se achican; por eso $\lVert \nabla J \rVert$ se estanca en lugar de crecer. Con $\eta$ un poco mayor, $|1 - \eta L| > 1$ y diverge.",
                en=r"That direction's factor per step is $1 - \eta L = -1$: the error flips sign and keeps its size. The other directions, with $\lambda < L$, do shrink; that is why $\lVert \nabla J \rVert$ stalls instead of growing. With a slightly larger $\eta$, $|1 - \eta L| > 1$ and it diverges.",
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

- El costo decide qué predice el modelo: la mejor constante es la **media** con el MSE, la **mediana** con el MAE y la **proporción de unos** con el log loss. El MSE empuja con fuerza $2r$, proporcional al residuo, así que un solo punto atípico puede arrastrar la recta; el MAE empuja con $\pm 1$, y Huber con $r$ hasta $\delta$ y luego con $\pm\delta$.
- Una función es **convexa** si el segmento entre dos puntos de su gráfica queda encima; con segunda derivada, si $f'' \ge 0$ (en varias variables, si la hessiana tiene valores propios $\ge 0$). En una función convexa todo mínimo local es global. MSE, MAE, Huber y el log loss logístico son convexos en $w$; una función no convexa puede tener varios valles y puntos de silla, y el punto de partida decide dónde terminas.
- Para la regresión lineal con MSE, $\nabla J(w) = \frac{2}{n}X^\top(Xw - y)$ y la hessiana es $\frac{2}{n}X^\top X$, la misma en todo $w$. La tasa límite es $2/L = n/\lambda_{\max}(X^\top X)$: con $\eta = 2/L$ la dirección más curva rebota, y por encima diverge.
- La regla de parada $\lVert \nabla J(w) \rVert \le \text{tol}$, mirada antes de cada paso, dice cuándo estás en el mínimo; detenerse porque $J$ casi no cambia puede dejarte lejos en un valle plano.
- El número de condición $\kappa = \lambda_{\max}/\lambda_{\min}$ fija la velocidad: hacen falta del orden de $\kappa$ pasos por cada factor $e$. Estandarizar las variables baja $\kappa$ (vino: de $\sim 10^8$ a $\sim 45$) sin cambiar las predicciones; la correlación entre variables no se arregla así.
""",
        en=r"""
## 6. Summary

- The cost decides what the model predicts: the best constant is the **mean** under MSE, the **median** under MAE and the **share of ones** under log loss. MSE pushes with force $2r$, proportional to the residual, so a single outlier can drag the line; MAE pushes with $\pm 1$, and Huber with $r$ up to $\delta$ and then with $\pm\delta$.
- A function is **convex** if the segment between two points of its graph lies above it; with a second derivative, if $f'' \ge 0$ (in several variables, if the Hessian has eigenvalues $\ge 0$). In a convex function every local minimum is global. MSE, MAE, Huber and the logistic log loss are convex in $w$; a function that is not convex may have several valleys and saddle points, and the starting point decides where you end up.
- For linear regression with MSE, $\nabla J(w) = \frac{2}{n}X^\top(Xw - y)$ and the Hessian is $\frac{2}{n}X^\top X$, the same at every $w$. The limiting rate is $2/L = n/\lambda_{\max}(X^\top X)$: with $\eta = 2/L$ the most curved direction bounces, and above it descent diverges.
- The stopping rule $\lVert \nabla J(w) \rVert \le \text{tol}$, checked before each step, tells you when you are at the minimum; stopping because $J$ hardly changes can leave you far away in a flat valley.
- The condition number $\kappa = \lambda_{\max}/\lambda_{\min}$ sets the speed: it takes on the order of $\kappa$ steps for each factor of $e$. Standardising the features lowers $\kappa$ (wine: from $\sim 10^8$ to $\sim 45$) without changing the predictions; correlation between features is not fixed that way.
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
    kit.resources("cost-functions-convexity", lang)
    return


if __name__ == "__main__":
    app.run()
