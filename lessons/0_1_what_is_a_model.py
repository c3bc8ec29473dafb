import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 0.1")


@app.cell(hide_code=True)
def _():
    import marimo as mo
    import numpy as np

    from gradiente.course.kit import Kit
    from gradiente.datasets import load_diabetes, load_iris
    from gradiente.metrics import mse as library_mse

    kit = Kit()
    plt = kit.pyplot()
    from matplotlib.ticker import MaxNLocator

    return MaxNLocator, kit, library_mse, load_diabetes, load_iris, mo, np, plt


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
    kit.header("what-is-a-model", lang)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Un modelo de machine learning es una fórmula con perillas. Le das un dato de entrada, por
ejemplo el índice de masa corporal de un paciente, y te devuelve una predicción, por ejemplo
cuánto va a avanzar su diabetes en un año. Las perillas son los **parámetros**; **entrenar**
es girarlas hasta que las predicciones se equivoquen lo menos posible con datos conocidos. En
esta lección haces eso con tus propias manos, con 442 pacientes reales, y ves por qué hace
falta matemática para hacerlo bien.

**Al terminar podrás:**

- nombrar las partes de un modelo supervisado: la entrada $x$, el objetivo $y$, la familia de
  modelos $f_\theta$, los parámetros $\theta$, la predicción $\hat y$ y la pérdida;
- calcular el error cuadrático medio de una recta sobre datos reales, y leer la pérdida como
  una superficie sobre los parámetros $(w, b)$;
- ajustar una recta primero a mano y después con la fórmula de mínimos cuadrados, y explicar
  por qué girar perillas a ojo no escala;
- distinguir el error de entrenamiento del de prueba, y reconocer el sobreajuste cuando crece
  el grado de un polinomio.
""",
        en=r"""
A machine learning model is a formula with knobs. You give it an input, say a patient's body
mass index, and it gives back a prediction, say how far their diabetes will progress in a
year. The knobs are the **parameters**; **training** means turning them until the predictions
are as little wrong as possible on data whose answers you know. In this lesson you do that
with your own hands, on 442 real patients, and see why it takes mathematics to do it well.

**By the end you will be able to:**

- name the parts of a supervised model: the input $x$, the target $y$, the family of models
  $f_\theta$, the parameters $\theta$, the prediction $\hat y$ and the loss;
- compute the mean squared error of a line on real data, and read the loss as a surface over
  the parameters $(w, b)$;
- fit a line first by hand and then with the least-squares formula, and explain why turning
  knobs by eye does not scale;
- tell the training error from the test error, and recognise overfitting as the degree of a
  polynomial grows.
""",
    )
    return


@app.cell(hide_code=True)
def _(load_diabetes):
    # The raw measurements (scaled=False): the default, scaled version has centred, rescaled columns.
    diabetes = load_diabetes(scaled=False)
    X = diabetes.data  # (n_samples, n_features)
    bmi = X[:, diabetes.feature_names.index("bmi")]  # x: body-mass index
    progression = diabetes.target  # y: disease progression one year later
    return X, bmi, diabetes, progression


@app.cell(hide_code=True)
def _(X, bmi, diabetes, kit, lang, progression):
    _rows = "\n".join(
        f"| {_i} | {X[_i, 0]:g} | {X[_i, 1]:g} | {bmi[_i]:g} | {X[_i, 3]:g} | … | {progression[_i]:g} |"
        for _i in range(5)
    )
    _n, _p = X.shape
    kit.text(
        lang,
        es=rf"""
## 1. Datos, parámetros y predicciones

Los datos son {_n} pacientes con diabetes. De cada uno se midieron {_p} cosas al empezar el
estudio (edad, sexo, índice de masa corporal o IMC, presión arterial y seis análisis de
sangre), y un año después se midió cuánto había avanzado la enfermedad. Los primeros cinco:

| paciente | edad | sexo | IMC | presión | … | progresión |
|---:|---:|---:|---:|---:|:-:|---:|
{_rows}

En todo el curso, los datos se guardan así: una **matriz** `X` de forma
`(n_samples, n_features)`, una fila por muestra y una columna por variable, y el objetivo en
un **vector** `y`, un arreglo 1-D con un número por muestra. Aquí `X.shape` es
`{X.shape}` y `y.shape` es `{progression.shape}`.

```python
from gradiente.datasets import load_diabetes

diabetes = load_diabetes(scaled=False)   # las medidas tal cual
X, y = diabetes.data, diabetes.target
x = X[:, 2]                              # la columna del IMC
```

(`scaled=False` pide las medidas originales; sin él, `load_diabetes` entrega cada columna
centrada y reescalada, como scikit-learn.)

Un **modelo supervisado** aprende a predecir $y$ a partir de $x$ con ejemplos en los que ya
conoce la respuesta. Sus partes:

- la **entrada** $x$ (aquí, el IMC) y el **objetivo** $y$ (la progresión);
- una **familia** de funciones $f_\theta$; la más sencilla es la recta
  $f_\theta(x) = w\,x + b$;
- los **parámetros** $\theta$, los números que eligen una función de la familia: aquí
  $\theta = (w, b)$, la pendiente y la ordenada al origen;
- la **predicción** $\hat y = f_\theta(x)$ (se lee “y gorro”);
- la **pérdida** (o **costo**), un número que mide qué tan mal predice $f_\theta$ los datos.

Mira los datos: los pacientes con más IMC tienden a avanzar más, pero con mucha dispersión.
Ninguna recta va a pasar por todos los puntos; la pregunta es cuál se equivoca menos.
""",
        en=rf"""
## 1. Data, parameters and predictions

The data are {_n} patients with diabetes. For each, {_p} things were measured at the start of
the study (age, sex, body-mass index or BMI, blood pressure and six blood tests), and a year
later, how far the disease had progressed. The first five:

| patient | age | sex | BMI | pressure | … | progression |
|---:|---:|---:|---:|---:|:-:|---:|
{_rows}

Throughout the course, data are stored this way: a **matrix** `X` of shape
`(n_samples, n_features)`, one row per sample and one column per variable, and the target in
a **vector** `y`, a 1-D array with one number per sample. Here `X.shape` is `{X.shape}` and
`y.shape` is `{progression.shape}`.

```python
from gradiente.datasets import load_diabetes

diabetes = load_diabetes(scaled=False)   # the measurements as taken
X, y = diabetes.data, diabetes.target
x = X[:, 2]                              # the BMI column
```

(`scaled=False` asks for the original measurements; without it, `load_diabetes` returns
every column centred and rescaled, as scikit-learn does.)

A **supervised model** learns to predict $y$ from $x$ out of examples whose answer it already
knows. Its parts:

- the **input** $x$ (here, BMI) and the **target** $y$ (the progression);
- a **family** of functions $f_\theta$; the simplest is the line $f_\theta(x) = w\,x + b$;
- the **parameters** $\theta$, the numbers that pick one function of the family: here
  $\theta = (w, b)$, the slope and the intercept;
- the **prediction** $\hat y = f_\theta(x)$ (read "y hat");
- the **loss** (or **cost**), a number that measures how badly $f_\theta$ predicts the data.

Look at the data: patients with a higher BMI tend to progress further, but with a lot of
scatter. No line will go through every point; the question is which one misses least.
""",
    )
    return


@app.cell(hide_code=True)
def _(bmi, kit, lang, plt, progression):
    _fig, _ax = plt.subplots(figsize=(7, 3.8))
    _ax.scatter(bmi, progression, s=12, alpha=0.55, color="tab:blue", edgecolors="none")
    _ax.set_xlabel(kit.say(lang, es="IMC (índice de masa corporal)", en="BMI (body-mass index)"))
    _ax.set_ylabel(kit.say(lang, es="progresión a un año", en="progression after a year"))
    _ax.set_title(
        kit.say(
            lang,
            es=f"{len(bmi)} pacientes: IMC de {bmi.min():g} a {bmi.max():g}",
            en=f"{len(bmi)} patients: BMI from {bmi.min():g} to {bmi.max():g}",
        )
    )
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(bmi, library_mse, np, progression):
    # The model that ignores x and always predicts the mean: the baseline every model must beat.
    mean_progression = progression.mean()
    baseline_mse = library_mse(progression, np.full_like(progression, mean_progression))
    baseline_residuals = mean_progression - progression
    n_patients = len(bmi)
    return baseline_mse, baseline_residuals, mean_progression, n_patients


@app.cell(hide_code=True)
def _(baseline_mse, kit, lang, mean_progression, np, progression):
    _variance = np.var(progression)  # ddof=0, NumPy's default
    _sample_variance = np.var(progression, ddof=1)
    kit.text(
        lang,
        es=rf"""
## 2. La pérdida: cuánto se equivoca un modelo

Para el paciente $i$, el modelo predice $\hat y_i$ y la respuesta real es $y_i$. La diferencia
$r_i = \hat y_i - y_i$ es su **residuo**: en la gráfica, la distancia **vertical** entre el
punto y la recta (no la distancia más corta a la recta: el error está en $y$, no en $x$).

Para juntar los $n$ residuos en un solo número, el **error cuadrático medio** (MSE, por *mean
squared error*) eleva cada uno al cuadrado y promedia:

$$
J(w, b) = \frac{{1}}{{n}} \sum_{{i=1}}^{{n}} \left(\hat y_i - y_i\right)^2 = \frac{{1}}{{n}} \sum_{{i=1}}^{{n}} \left(w\,x_i + b - y_i\right)^2
$$

¿Por qué al cuadrado? Porque un residuo de $+50$ y otro de $-50$ son dos errores, no cero: el
cuadrado los hace positivos a los dos. Y además castiga más los errores grandes: un residuo
del doble cuesta cuatro veces más. ¿Por qué la media y no la suma? Para que la pérdida no
crezca solo porque hay más pacientes.

El modelo más tonto ignora $x$ y predice siempre la media, $\hat y_i = \bar y =
{mean_progression:.2f}$ (la recta horizontal, $w = 0$). Su MSE es
**{baseline_mse:.2f}**, que es justo la **varianza** de $y$: la varianza es el MSE de predecir
la media. Cualquier modelo que valga la pena tiene que bajar de ahí.

Una convención que vale para todo el curso: la varianza con divisor $n$ (`ddof=0`, lo que
hace `np.var` si no le dices nada) es la que se usa para el MSE, para estimar por máxima
verosimilitud y para estandarizar; la de divisor $n - 1$ (`ddof=1`, la de `np.cov`) es la
**varianza muestral**, la de la covarianza, PCA y las pruebas de hipótesis. Aquí
`np.var(y)` = {_variance:.2f} y `np.var(y, ddof=1)` = {_sample_variance:.2f}. Cada ejercicio
dice cuál quiere.

El MSE está en “unidades de progresión al cuadrado”, que no significan nada para un médico.
Su raíz, la **RMSE**, vuelve a las unidades de $y$: aquí $\sqrt{{{baseline_mse:.2f}}} \approx
{np.sqrt(baseline_mse):.1f}$, un error típico de unos {np.sqrt(baseline_mse):.0f} puntos de
progresión.
""",
        en=rf"""
## 2. The loss: how wrong a model is

For patient $i$ the model predicts $\hat y_i$ and the true answer is $y_i$. The difference
$r_i = \hat y_i - y_i$ is its **residual**: on the plot, the **vertical** distance between the
point and the line (not the shortest distance to the line: the error is in $y$, not in $x$).

To put the $n$ residuals into a single number, the **mean squared error** (MSE) squares each
one and takes the mean:

$$
J(w, b) = \frac{{1}}{{n}} \sum_{{i=1}}^{{n}} \left(\hat y_i - y_i\right)^2 = \frac{{1}}{{n}} \sum_{{i=1}}^{{n}} \left(w\,x_i + b - y_i\right)^2
$$

Why squared? Because a residual of $+50$ and one of $-50$ are two errors, not zero: squaring
makes both positive. It also punishes big errors more: a residual twice as large costs four
times as much. Why the mean and not the sum? So that the loss does not grow just because
there are more patients.

The dullest model ignores $x$ and always predicts the mean, $\hat y_i = \bar y =
{mean_progression:.2f}$ (the flat line, $w = 0$). Its MSE is **{baseline_mse:.2f}**, which is
exactly the **variance** of $y$: the variance is the MSE of predicting the mean. Any model
worth having must get below that.

A convention for the whole course: the variance with divisor $n$ (`ddof=0`, what `np.var`
does unless told otherwise) is the one used for the MSE, for maximum-likelihood estimates and
for standardising; the one with divisor $n - 1$ (`ddof=1`, `np.cov`'s) is the **sample
variance**, used for covariance, PCA and hypothesis tests. Here `np.var(y)` =
{_variance:.2f} and `np.var(y, ddof=1)` = {_sample_variance:.2f}. Each exercise says which
one it wants.

The MSE is in "progression units squared", which mean nothing to a doctor. Its square root,
the **RMSE**, goes back to the units of $y$: here $\sqrt{{{baseline_mse:.2f}}} \approx
{np.sqrt(baseline_mse):.1f}$, a typical error of about {np.sqrt(baseline_mse):.0f} points of
progression.
""",
    )
    return


@app.cell(hide_code=True)
def _(baseline_residuals, bmi, kit, lang, mean_progression, np, plt, progression):
    _fig, _ax = plt.subplots(figsize=(7, 3.8))
    _ax.vlines(bmi, progression, progression + baseline_residuals, color="tab:red", lw=0.6, alpha=0.45)
    _ax.scatter(bmi, progression, s=12, alpha=0.6, color="tab:blue", edgecolors="none")
    _ax.axhline(mean_progression, color="black", lw=2, label=rf"$\hat y = \bar y$ = {mean_progression:.1f}")
    _ax.set_xlabel(kit.say(lang, es="IMC", en="BMI"))
    _ax.set_ylabel(kit.say(lang, es="progresión", en="progression"))
    _ax.set_title(
        kit.say(
            lang,
            es=f"Residuos (rojo) de predecir la media: MSE = {np.mean(baseline_residuals**2):.1f}",
            en=f"Residuals (red) of predicting the mean: MSE = {np.mean(baseline_residuals**2):.1f}",
        )
    )
    _ax.legend(loc="upper left", fontsize=9)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Ahora escribe tú el MSE. Tu función recibe las respuestas reales y las predicciones, y
devuelve un número. Se comprueba con un caso pequeño que puedes hacer a mano, con los
pacientes contra su media (debe darte la varianza de arriba) y con un solo paciente.
""",
        en=r"""
Now write the MSE yourself. Your function takes the true answers and the predictions, and
returns one number. It is checked on a small case you can do by hand, on the patients against
their mean (it must give the variance above) and on a single patient.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_mse = kit.exercise("mse", lang)
    ex_mse
    return (ex_mse,)


@app.cell(hide_code=True)
def _(ex_mse, kit):
    kit.feedback(ex_mse)
    return


@app.cell(hide_code=True)
def _(ex_mse, kit):
    kit.hints(ex_mse)
    return


@app.cell(hide_code=True)
def _(bmi, np, plt, progression):
    # The least-squares line (section 4 derives it): the star on the map of the loss.
    _x_centred = bmi - bmi.mean()
    w_star = np.sum(_x_centred * (progression - progression.mean())) / np.sum(_x_centred**2)
    b_star = progression.mean() - w_star * bmi.mean()
    # The loss on a fine grid, computed once: J(w, b) = mean(w² x² + 2w x (b − y) + (b − y)²),
    # expanded so each grid point costs a few products instead of a pass over the 442 patients.
    grid_ws = np.linspace(-5, 20, 251)
    grid_bs = np.linspace(-200, 200, 201)
    _W, _B = np.meshgrid(grid_ws, grid_bs)  # rows follow b, columns follow w
    _sx, _sxx, _sy, _syy, _sxy = (
        bmi.mean(),
        np.mean(bmi**2),
        progression.mean(),
        np.mean(progression**2),
        np.mean(bmi * progression),
    )
    _grid_loss = _W**2 * _sxx + 2 * _W * _B * _sx - 2 * _W * _sxy + _B**2 - 2 * _B * _sy + _syy
    # The map's picture, coloured once: 14 bands of equal ratio between the lowest and highest loss
    # (a filled contour map). Each redraw then only shows this image, which is far cheaper than contouring.
    _levels = np.geomspace(_grid_loss.min(), _grid_loss.max(), 15)
    _band = np.clip(np.searchsorted(_levels, _grid_loss) - 1, 0, 13) / 13
    loss_picture = plt.get_cmap("viridis")(_band, bytes=True)  # uint8 RGBA: nothing left to convert per redraw
    return b_star, grid_bs, grid_ws, loss_picture, w_star


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 3. Ajusta la recta a mano

Cada par $(w, b)$ es una recta distinta, y cada recta tiene su pérdida $J(w, b)$. Así que la
pérdida es una función de **dos** variables, y se puede dibujar como un mapa: a la derecha,
cada franja de color junta los puntos $(w, b)$ cuya pérdida cae en un mismo rango, y los bordes
entre franjas son **curvas de nivel** (como en un mapa de montañas). El color más oscuro es la
pérdida más baja, y cada franja hacia el amarillo multiplica la pérdida por el mismo factor.

Mueve $w$ y $b$. A la izquierda ves la recta y sus residuos; a la derecha, dónde está tu
$(w, b)$ (el punto) sobre el mapa de la pérdida, y la estrella marca la mejor recta.
**Entrenar es llevar el punto a la estrella.** Intenta llegar con los dos controles antes de
seguir leyendo.
""",
        en=r"""
## 3. Fit the line by hand

Every pair $(w, b)$ is a different line, and every line has its loss $J(w, b)$. So the loss
is a function of **two** variables, and it can be drawn as a map: on the right, each colour
band gathers the points $(w, b)$ whose loss falls in one range, and the edges between bands
are **level curves** (as on a map of mountains). The darkest colour is the lowest loss, and
each band towards yellow multiplies the loss by the same factor.

Move $w$ and $b$. On the left you see the line and its residuals; on the right, where your
$(w, b)$ is (the dot) on the map of the loss, and the star marks the best line. **Training is
walking the dot to the star.** Try to get there with the two controls before reading on.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    w_slider = mo.ui.slider(
        -5.0, 20.0, step=0.1, value=0.0, show_value=True, label=kit.say(lang, es="Pendiente $w$", en="Slope $w$")
    )
    b_slider = mo.ui.slider(
        -200.0,
        200.0,
        step=1.0,
        value=150.0,
        show_value=True,
        label=kit.say(lang, es="Ordenada al origen $b$", en="Intercept $b$"),
    )
    mo.hstack([w_slider, b_slider], justify="start", gap=2)
    return b_slider, w_slider


@app.cell(hide_code=True)
def _(b_slider, bmi, np, progression, w_slider):
    # Small pure cell: the current line's predictions and loss, for the figure and the text.
    current_prediction = w_slider.value * bmi + b_slider.value
    current_loss = float(np.mean((current_prediction - progression) ** 2))
    return current_loss, current_prediction


@app.cell(hide_code=True)
def _(
    MaxNLocator,
    b_slider,
    b_star,
    bmi,
    current_loss,
    current_prediction,
    grid_bs,
    grid_ws,
    kit,
    lang,
    loss_picture,
    np,
    plt,
    progression,
    w_slider,
    w_star,
):
    # dpi=80: marimo renders at twice the figure's dpi; this keeps the PNG small enough to redraw fast.
    _fig, (_left, _right) = plt.subplots(1, 2, figsize=(10.5, 4.1), dpi=80)
    _left.vlines(bmi, progression, current_prediction, color="tab:red", lw=0.6, alpha=0.45)
    _left.scatter(bmi, progression, s=10, alpha=0.6, color="tab:blue", edgecolors="none")
    _xs = np.array([15.0, 45.0])
    _left.plot(_xs, w_slider.value * _xs + b_slider.value, color="black", lw=2)
    _left.plot(_xs, w_star * _xs + b_star, color="tab:orange", lw=1.2, ls="--", alpha=0.8)
    _left.set_xlim(15, 45)
    _left.set_ylim(-20, 380)
    _left.set_xlabel(kit.say(lang, es="IMC", en="BMI"))
    _left.set_ylabel(kit.say(lang, es="progresión", en="progression"))
    _left.set_title(
        kit.say(
            lang,
            es=f"ŷ = {w_slider.value:.1f}·x + ({b_slider.value:.0f}):  J = {current_loss:.0f}",
            en=f"ŷ = {w_slider.value:.1f}·x + ({b_slider.value:.0f}):  J = {current_loss:.0f}",
        ),
        fontsize=11,
    )
    _right.imshow(
        loss_picture,
        origin="lower",  # row 0 is the smallest b: b grows upwards, as on the axis
        extent=(grid_ws[0], grid_ws[-1], grid_bs[0], grid_bs[-1]),
        aspect="auto",
        interpolation="nearest",
    )
    _right.plot([w_star], [b_star], marker="*", color="tab:orange", ms=16, mec="black")
    _right.plot([w_slider.value], [b_slider.value], "o", color="white", ms=9, mec="black")
    _right.set_xlabel("w")
    _right.set_ylabel("b")
    for _axis in (_left.xaxis, _left.yaxis, _right.xaxis, _right.yaxis):
        _axis.set_major_locator(MaxNLocator(6))  # fewer tick labels to lay out on every redraw
    _right.set_title(kit.say(lang, es="El mapa de la pérdida J(w, b)", en="The map of the loss J(w, b)"), fontsize=11)
    _fig.subplots_adjust(left=0.07, right=0.98, bottom=0.13, top=0.91, wspace=0.22)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(baseline_mse, b_star, bmi, current_loss, kit, lang, np, progression, w_star):
    _best = float(np.mean((w_star * bmi + b_star - progression) ** 2))
    _nudged = float(np.mean(((w_star + 1) * bmi + b_star - progression) ** 2))
    _nudged_b = b_star - bmi.mean()
    _nudged_both = float(np.mean(((w_star + 1) * bmi + _nudged_b - progression) ** 2))
    kit.text(
        lang,
        es=rf"""
Tu recta: $J$ = **{current_loss:.0f}**. La mejor posible: $J(w^*, b^*)$ =
**{_best:.1f}**, con $w^* = {w_star:.2f}$ y $b^* = {b_star:.1f}$ (la recta naranja
discontinua). Predecir la media daba {baseline_mse:.1f}: la recta explica algo, no todo.

Fíjate en la forma del mapa: un **tazón** con un solo fondo, pero tan alargado que parece un
valle estrecho y en diagonal. Es difícil de recorrer a mano porque los dos controles no son
independientes: si desde la estrella subes $w$ en 1 sin tocar $b$, la pérdida salta de
{_best:.0f} a {_nudged:.0f}; si además bajas $b$ en $\bar x = {bmi.mean():.1f}$ (la media del
IMC), solo llega a {_nudged_both:.0f}. La recta gira alrededor del punto de las medias
$(\bar x, \bar y)$, y el fondo del valle es la línea $b = \bar y - w\,\bar x$.

Con dos perillas todavía puedes buscar a ojo. Un modelo de lenguaje tiene miles de millones:
nadie puede mirar su mapa. Por eso hace falta un **método** que diga hacia dónde mover los
parámetros: el cálculo (la derivada, lección 2.1). En la sección 4 lo usas para encontrar la
estrella de un golpe.
""",
        en=rf"""
Your line: $J$ = **{current_loss:.0f}**. The best possible: $J(w^*, b^*)$ = **{_best:.1f}**,
with $w^* = {w_star:.2f}$ and $b^* = {b_star:.1f}$ (the dashed orange line). Predicting the
mean gave {baseline_mse:.1f}: the line explains something, not everything.

Look at the shape of the map: a **bowl** with a single bottom, but so stretched that it looks
like a narrow, diagonal valley. It is hard to travel by hand because the two controls are not
independent: if from the star you raise $w$ by 1 and leave $b$ alone, the loss jumps from
{_best:.0f} to {_nudged:.0f}; if you also lower $b$ by $\bar x = {bmi.mean():.1f}$ (the
mean BMI), it only reaches {_nudged_both:.0f}. The line pivots around the point of means
$(\bar x, \bar y)$, and the floor of the valley is the line $b = \bar y - w\,\bar x$.

With two knobs you can still search by eye. A language model has billions: nobody can look
at its map. That is why a **method** is needed that says which way to move the parameters:
calculus (the derivative, lesson 2.1). In section 4 you use it to find the star in one go.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
El mapa de la derecha es una cuadrícula: se calcula $J(w, b)$ para muchos valores de $w$ y de
$b$ y se guardan en una matriz `Z`. `plt.contour(ws, bs, Z)` pone `ws` en el eje horizontal y
`bs` en el vertical, así que espera **una fila por cada $b$ y una columna por cada $w$**: la
entrada `Z[i, j]` es $J(w_j, b_i)$. Es un detalle que confunde a todo el mundo la primera vez;
en este ejercicio lo programas tú.
""",
        en=r"""
The map on the right is a grid: $J(w, b)$ is computed for many values of $w$ and of $b$ and
stored in a matrix `Z`. `plt.contour(ws, bs, Z)` puts `ws` on the horizontal axis and `bs` on
the vertical one, so it expects **one row per $b$ and one column per $w$**: entry `Z[i, j]` is
$J(w_j, b_i)$. It is a detail that trips everybody up the first time; in this exercise you
program it.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_loss_grid = kit.exercise("loss_grid", lang)
    ex_loss_grid
    return (ex_loss_grid,)


@app.cell(hide_code=True)
def _(ex_loss_grid, kit):
    kit.feedback(ex_loss_grid)
    return


@app.cell(hide_code=True)
def _(ex_loss_grid, kit):
    kit.hints(ex_loss_grid)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 4. La mejor recta, con una fórmula

En el fondo del tazón el suelo es plano en todas las direcciones: las dos derivadas parciales
de $J$ valen cero (el módulo 2 explica las derivadas; aquí basta saber que la derivada de
$u^2$ es $2u$ por la derivada de $u$). Derivando respecto de $b$:

$$
\frac{\partial J}{\partial b} = \frac{2}{n}\sum_{i=1}^{n}\left(w\,x_i + b - y_i\right) = 0
\quad\Longrightarrow\quad b = \bar y - w\,\bar x
$$

La mejor recta pasa por el punto de las medias $(\bar x, \bar y)$, y su residuo medio es cero.
Con ese $b$, el residuo es $w\,(x_i - \bar x) - (y_i - \bar y)$: solo aparecen los datos
**centrados** (menos su media). Derivando ahora respecto de $w$:

$$
\frac{\partial J}{\partial w} = \frac{2}{n}\sum_{i=1}^{n}\Big(w\,(x_i - \bar x) - (y_i - \bar y)\Big)(x_i - \bar x) = 0
\quad\Longrightarrow\quad
w^{*} = \frac{\sum_i (x_i - \bar x)(y_i - \bar y)}{\sum_i (x_i - \bar x)^2}, \qquad b^{*} = \bar y - w^{*}\,\bar x
$$

Esta es la recta de **mínimos cuadrados**. Ojo con dos cosas. Sin centrar, la fórmula
$\sum x_i y_i / \sum x_i^2$ da la mejor recta *que pasa por el origen*, otra distinta. Y si la
escribes con `np.cov` (que divide entre $n - 1$) sobre `np.var` (que divide entre $n$), la
pendiente sale multiplicada por $n/(n-1)$: arriba y abajo tiene que ir el mismo divisor, y con
las sumas se cancela solo.
""",
        en=r"""
## 4. The best line, with a formula

At the bottom of the bowl the floor is flat in every direction: both partial derivatives of
$J$ are zero (module 2 explains derivatives; here it is enough to know that the
derivative of $u^2$ is $2u$ times the derivative of $u$). Differentiating with respect to $b$:

$$
\frac{\partial J}{\partial b} = \frac{2}{n}\sum_{i=1}^{n}\left(w\,x_i + b - y_i\right) = 0
\quad\Longrightarrow\quad b = \bar y - w\,\bar x
$$

The best line goes through the point of means $(\bar x, \bar y)$, and its mean residual is
zero. With that $b$, the residual is $w\,(x_i - \bar x) - (y_i - \bar y)$: only the
**centred** data (minus their mean) appear. Now differentiating with respect to $w$:

$$
\frac{\partial J}{\partial w} = \frac{2}{n}\sum_{i=1}^{n}\Big(w\,(x_i - \bar x) - (y_i - \bar y)\Big)(x_i - \bar x) = 0
\quad\Longrightarrow\quad
w^{*} = \frac{\sum_i (x_i - \bar x)(y_i - \bar y)}{\sum_i (x_i - \bar x)^2}, \qquad b^{*} = \bar y - w^{*}\,\bar x
$$

This is the **least-squares** line. Watch out for two things. Without centring, the formula
$\sum x_i y_i / \sum x_i^2$ gives the best line *through the origin*, a different one. And if
you write it with `np.cov` (which divides by $n - 1$) over `np.var` (which divides by $n$),
the slope comes out multiplied by $n/(n-1)$: the same divisor must go above and below, and
with plain sums it cancels by itself.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_fit_line = kit.exercise("fit_line", lang)
    ex_fit_line
    return (ex_fit_line,)


@app.cell(hide_code=True)
def _(ex_fit_line, kit):
    kit.feedback(ex_fit_line)
    return


@app.cell(hide_code=True)
def _(ex_fit_line, kit):
    kit.hints(ex_fit_line)
    return


@app.cell(hide_code=True)
def _(b_star, bmi, load_iris, np, progression, w_star):
    # The same formula on a second data set, and NumPy's own least-squares fit as a witness.
    iris = load_iris()
    petal_length = iris.data[:, iris.feature_names.index("petal length (cm)")]
    petal_width = iris.data[:, iris.feature_names.index("petal width (cm)")]
    _xc = petal_length - petal_length.mean()
    iris_w = np.sum(_xc * (petal_width - petal_width.mean())) / np.sum(_xc**2)
    iris_b = petal_width.mean() - iris_w * petal_length.mean()
    polyfit_w, polyfit_b = np.polyfit(bmi, progression, deg=1)
    mean_residual = float(np.mean(w_star * bmi + b_star - progression))
    return iris_b, iris_w, mean_residual, petal_length, petal_width, polyfit_b, polyfit_w


@app.cell(hide_code=True)
def _(b_star, kit, lang, mean_residual, polyfit_b, polyfit_w, w_star):
    kit.text(
        lang,
        es=rf"""
Con los pacientes, la fórmula da $w^* = {w_star:.4f}$ y $b^* = {b_star:.4f}$: cada punto más
de IMC se asocia, en promedio, con unos {w_star:.1f} puntos más de progresión.
`np.polyfit(x, y, deg=1)`, que resuelve el mismo problema por otro camino, da
$({polyfit_w:.4f}, {polyfit_b:.4f})$, y el residuo medio de la recta es
${kit.tex_number(mean_residual)}$ (cero, salvo el redondeo): la derivada respecto de $b$ se anuló.

La misma fórmula sirve para cualquier par de variables. Con las 150 flores de iris, el ancho del
pétalo contra su largo:

```python
w, b = fit_line(petal_length, petal_width)   # tu función
```
""",
        en=rf"""
On the patients, the formula gives $w^* = {w_star:.4f}$ and $b^* = {b_star:.4f}$: each extra
point of BMI goes with, on average, about {w_star:.1f} more points of progression.
`np.polyfit(x, y, deg=1)`, which solves the same problem another way, gives
$({polyfit_w:.4f}, {polyfit_b:.4f})$, and the mean residual of the line is
${kit.tex_number(mean_residual)}$ (zero, up to rounding): the derivative with respect to $b$
vanished.

The same formula works for any pair of variables. On the 150 iris flowers, petal width
against petal length:

```python
w, b = fit_line(petal_length, petal_width)   # your function
```
""",
    )
    return


@app.cell(hide_code=True)
def _(
    b_star,
    bmi,
    iris_b,
    iris_w,
    kit,
    lang,
    np,
    petal_length,
    petal_width,
    plt,
    progression,
    w_star,
):
    _fig, (_left, _right) = plt.subplots(1, 2, figsize=(11, 3.8))
    for _ax, _x, _y, _w, _b, _xlabel, _ylabel in (
        (
            _left,
            bmi,
            progression,
            w_star,
            b_star,
            kit.say(lang, es="IMC", en="BMI"),
            kit.say(lang, es="progresión", en="progression"),
        ),
        (
            _right,
            petal_length,
            petal_width,
            iris_w,
            iris_b,
            kit.say(lang, es="largo del pétalo (cm)", en="petal length (cm)"),
            kit.say(lang, es="ancho del pétalo (cm)", en="petal width (cm)"),
        ),
    ):
        _ax.scatter(_x, _y, s=10, alpha=0.6, color="tab:blue", edgecolors="none")
        _xs = np.array([_x.min(), _x.max()])
        _ax.plot(_xs, _w * _xs + _b, color="tab:orange", lw=2)
        _ax.plot([_x.mean()], [_y.mean()], "o", color="black", ms=7)
        _ax.annotate(
            r"$(\bar x, \bar y)$", (_x.mean(), _y.mean()), textcoords="offset points", xytext=(8, -14), fontsize=10
        )
        _ax.set_xlabel(_xlabel)
        _ax.set_ylabel(_ylabel)
        _ax.set_title(f"w* = {_w:.4f},  b* = {_b:.4f}", fontsize=11)
    _fig.subplots_adjust(left=0.07, right=0.98, bottom=0.13, top=0.91, wspace=0.22)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(bmi, np, progression):
    # 30 patients drawn once (fixed seed): 20 to train on, 10 kept aside to test.
    _rng = np.random.default_rng(10)
    _chosen = _rng.choice(len(bmi), size=30, replace=False)
    _train, _test = _chosen[:20], _chosen[20:]
    # x standardised with the training part's mean and standard deviation (ddof=0): powers of
    # numbers near 30 would reach 10¹⁷ at degree 12, and the least-squares solve would lose its digits.
    _mu, _sigma = bmi[_train].mean(), bmi[_train].std()
    z_train, z_test = (bmi[_train] - _mu) / _sigma, (bmi[_test] - _mu) / _sigma
    y_train, y_test = progression[_train], progression[_test]
    degrees = np.arange(13)
    poly_thetas = []
    for _d in degrees:
        _theta, *_ = np.linalg.lstsq(np.vander(z_train, _d + 1, increasing=True), y_train, rcond=None)
        poly_thetas.append(_theta)
    train_errors = np.array(
        [
            np.mean((np.vander(z_train, _d + 1, increasing=True) @ _t - y_train) ** 2)
            for _d, _t in zip(degrees, poly_thetas)
        ]
    )
    test_errors = np.array(
        [
            np.mean((np.vander(z_test, _d + 1, increasing=True) @ _t - y_test) ** 2)
            for _d, _t in zip(degrees, poly_thetas)
        ]
    )
    return degrees, poly_thetas, test_errors, train_errors, y_test, y_train, z_test, z_train


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 5. Entrenamiento y prueba: cuando el modelo memoriza

Una recta es una familia pequeña. Una más flexible son los polinomios de grado $d$:

$$
f_\theta(x) = \theta_0 + \theta_1 x + \theta_2 x^2 + \dots + \theta_d x^d = \sum_{k=0}^{d}\theta_k x^k
$$

con $d + 1$ parámetros $\theta_0, \dots, \theta_d$, que se ajustan minimizando el MSE igual
que antes. El grado $d$ no se aprende de los datos: lo eliges tú antes de entrenar. Es un
**hiperparámetro**.

Para saber si un modelo sirve con pacientes **nuevos**, se esconde una parte de los datos. Aquí
hay 30 pacientes al azar: con 20 se entrena (el **conjunto de entrenamiento**) y los otros 10 se
guardan para medir al final (el **conjunto de prueba**). El IMC está **estandarizado**: se le
resta la media y se divide entre la desviación estándar de los 20 de entrenamiento, para que
las potencias $x^{12}$ no se vuelvan números gigantes.

Si los $m$ pacientes de prueba son $(x'_1, y'_1), \dots, (x'_m, y'_m)$, el **MSE de prueba**
es el mismo promedio, pero sobre ellos:

$$
\frac{1}{m}\sum_{j=1}^{m} \left(f_\theta(x'_j) - y'_j\right)^2
$$

Sube el grado y mira las dos curvas de error de la derecha.
""",
        en=r"""
## 5. Training and test: when the model memorises

A line is a small family. A more flexible one is the polynomials of degree $d$:

$$
f_\theta(x) = \theta_0 + \theta_1 x + \theta_2 x^2 + \dots + \theta_d x^d = \sum_{k=0}^{d}\theta_k x^k
$$

with $d + 1$ parameters $\theta_0, \dots, \theta_d$, fitted by minimising the MSE as before.
The degree $d$ is not learnt from the data: you choose it before training. It is a
**hyperparameter**.

To find out whether a model works on **new** patients, part of the data is hidden. Here there
are 30 random patients: 20 are used for training (the **training set**) and the other 10 are
kept to measure at the end (the **test set**). BMI is **standardised**: the mean of the 20
training patients is subtracted and the result divided by their standard deviation, so that
the powers $x^{12}$ do not turn into huge numbers.

If the $m$ test patients are $(x'_1, y'_1), \dots, (x'_m, y'_m)$, the **test MSE** is the
same mean, taken over them:

$$
\frac{1}{m}\sum_{j=1}^{m} \left(f_\theta(x'_j) - y'_j\right)^2
$$

Raise the degree and watch the two error curves on the right.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    degree_slider = mo.ui.slider(
        0, 12, step=1, value=1, show_value=True, label=kit.say(lang, es="Grado $d$", en="Degree $d$")
    )
    degree_slider
    return (degree_slider,)


@app.cell(hide_code=True)
def _(
    MaxNLocator,
    degree_slider,
    degrees,
    kit,
    lang,
    np,
    plt,
    poly_thetas,
    test_errors,
    train_errors,
    y_test,
    y_train,
    z_test,
    z_train,
):
    _d = degree_slider.value
    _grid = np.linspace(min(z_train.min(), z_test.min()) - 0.1, max(z_train.max(), z_test.max()) + 0.1, 300)
    _curve = np.vander(_grid, _d + 1, increasing=True) @ poly_thetas[_d]
    _fig, (_left, _right) = plt.subplots(1, 2, figsize=(10.5, 3.9), dpi=80)  # dpi: see the map of the loss
    _left.plot(_grid, _curve, color="black", lw=2)
    _left.scatter(z_train, y_train, s=28, color="tab:blue", label=kit.say(lang, es="entrenamiento", en="training"))
    _left.scatter(
        z_test,
        y_test,
        s=40,
        marker="s",
        facecolors="none",
        edgecolors="tab:red",
        lw=1.5,
        label=kit.say(lang, es="prueba", en="test"),
    )
    _left.set_ylim(-50, 400)
    _left.set_xlabel(kit.say(lang, es="IMC estandarizado", en="standardised BMI"))
    _left.set_ylabel(kit.say(lang, es="progresión", en="progression"))
    _left.set_title(kit.say(lang, es=f"Polinomio de grado {_d}", en=f"Polynomial of degree {_d}"), fontsize=11)
    _left.legend(loc="upper left", fontsize=9)
    _right.semilogy(
        degrees, train_errors, "o-", color="tab:blue", label=kit.say(lang, es="MSE de entrenamiento", en="training MSE")
    )
    _right.semilogy(degrees, test_errors, "s-", color="tab:red", label=kit.say(lang, es="MSE de prueba", en="test MSE"))
    _right.axvline(_d, color="0.5", ls=":", lw=1.5)
    _right.set_ylim(
        10 ** np.floor(np.log10(min(train_errors.min(), test_errors.min()))),
        10 ** np.ceil(np.log10(max(train_errors.max(), test_errors.max()))),
    )
    _right.yaxis.set_major_formatter(kit.powers_of_ten())
    _right.minorticks_off()
    _right.set_xlabel(kit.say(lang, es="grado d", en="degree d"))
    _right.set_xticks(degrees)
    _right.set_title(
        kit.say(
            lang,
            es=f"Grado {_d}: entrenamiento {train_errors[_d]:.0f}, prueba {test_errors[_d]:.0f}",
            en=f"Degree {_d}: training {train_errors[_d]:.0f}, test {test_errors[_d]:.0f}",
        ),
        fontsize=11,
    )
    _right.legend(loc="upper left", fontsize=9)
    _left.xaxis.set_major_locator(MaxNLocator(6))
    _left.yaxis.set_major_locator(MaxNLocator(6))
    _fig.subplots_adjust(left=0.07, right=0.98, bottom=0.13, top=0.91, wspace=0.22)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang, np, test_errors, train_errors):
    _best = int(np.argmin(test_errors))
    _falls = bool(np.all(np.diff(train_errors) <= 1e-9 * train_errors[:-1]))
    _ratio = test_errors[-1] / test_errors[_best]
    _falls_text = (
        kit.say(lang, es="baja en cada grado, sin excepción", en="goes down at every degree, without exception")
        if _falls
        else kit.say(lang, es="casi siempre baja", en="nearly always goes down")
    )
    kit.text(
        lang,
        es=rf"""
El error de **entrenamiento** {_falls_text}, de {train_errors[0]:.0f} con grado 0 a
{train_errors[-1]:.0f} con grado 12: un polinomio de más grado contiene a los de menos grado
(basta poner $\theta_d = 0$), así que nunca puede ajustar peor los datos con los que se
entrena. El error de **prueba**, en cambio, es mínimo con grado {_best}
({test_errors[_best]:.0f}) y con grado 12 es {_ratio:.1f} veces mayor
({test_errors[-1]:.0f}). La curva de grado alto se retuerce para pasar cerca de los 20 puntos
azules y falla con los rojos, que no vio: **memorizó** el ruido en vez de aprender la tendencia.
Eso es el **sobreajuste**.

Por eso un modelo se juzga con datos que no vio al entrenar, y por eso un error de
entrenamiento muy bajo no es una buena noticia por sí solo. (Aquí miramos el error de prueba
para ver la idea; en la práctica el grado se elige con una tercera parte de los datos, la de
**validación**, y el conjunto de prueba se reserva para la medida final.)
""",
        en=rf"""
The **training** error {_falls_text}, from {train_errors[0]:.0f} at degree 0 to
{train_errors[-1]:.0f} at degree 12: a polynomial of higher degree contains those of lower
degree (just set $\theta_d = 0$), so it can never fit the data it trains on worse. The **test**
error, however, is lowest at degree {_best} ({test_errors[_best]:.0f}), and at degree 12 it
is {_ratio:.1f} times larger ({test_errors[-1]:.0f}). The high-degree curve twists to pass
close to the 20 blue points and misses the red ones, which it never saw: it **memorised** the
noise instead of learning the trend. That is **overfitting**.

That is why a model is judged on data it did not see while training, and why a very low
training error is not good news by itself. (Here we look at the test error to see the idea;
in practice the degree is chosen with a third part of the data, the **validation** set, and
the test set is kept for the final measurement.)
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 6. Autoevaluación

Cuatro preguntas rápidas. La respuesta se corrige en cuanto eliges una opción.
""",
        en=r"""
## 6. Self-check

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
                es="**1.** Si cada residuo de un modelo se duplica, su MSE se multiplica por…",
                en="**1.** If every residual of a model doubles, its MSE is multiplied by…",
            ),
            (T.same("2"), T.same("4"), T.same("√2"), T(es="depende de n", en="it depends on n")),
            answer=1,
            why=T(
                es=r"Cada término es un cuadrado: $(2r_i)^2 = 4r_i^2$, y la media de números cuatro veces más grandes es cuatro veces más grande. No depende de $n$, porque la media ya divide entre $n$. (La RMSE, en cambio, sí se duplica.)",
                en=r"Each term is a square: $(2r_i)^2 = 4r_i^2$, and the mean of numbers four times larger is four times larger. It does not depend on $n$, since the mean already divides by $n$. (The RMSE, on the other hand, doubles.)",
            ),
        ),
        Question(
            T(
                es="**2.** Tu modelo de la progresión de la diabetes tiene un MSE de prueba de 3600. ¿Qué número le das a un médico que pregunta “¿de cuánto es el error típico?”",
                en="**2.** Your model of diabetes progression has a test MSE of 3600. Which number do you give a doctor who asks “how large is a typical error?”",
            ),
            (
                T(es="3600 puntos de progresión", en="3600 points of progression"),
                T(es="60 puntos de progresión (la RMSE)", en="60 points of progression (the RMSE)"),
                T(es="1800, la mitad", en="1800, half of it"),
            ),
            answer=1,
            why=T(
                es=r"El MSE está en unidades de progresión **al cuadrado**. Su raíz, la RMSE $= \sqrt{3600} = 60$, vuelve a las unidades de $y$ y se compara directamente con los valores de la progresión.",
                en=r"The MSE is in progression units **squared**. Its root, the RMSE $= \sqrt{3600} = 60$, goes back to the units of $y$ and compares directly with progression values.",
            ),
        ),
        Question(
            T(
                es="**3.** En la sección 5, el polinomio de grado 12 tiene el error de entrenamiento más bajo de todos. ¿Por qué no es el mejor modelo?",
                en="**3.** In section 5 the degree-12 polynomial has the lowest training error of all. Why is it not the best model?",
            ),
            (
                T(
                    es="porque su error con los pacientes de prueba, que no vio, es mucho mayor",
                    en="because its error on the test patients, which it never saw, is much larger",
                ),
                T(es="porque tiene demasiados datos", en="because it has too much data"),
                T(
                    es="sí es el mejor: el error de entrenamiento es lo que importa",
                    en="it is the best: the training error is what matters",
                ),
            ),
            answer=0,
            why=T(
                es="Un modelo se usa con datos nuevos. Con 13 parámetros para 20 puntos, la curva se acomoda al ruido de esos 20 y falla con los de prueba: sobreajuste. El error de entrenamiento siempre baja al subir el grado, así que no sirve para elegirlo.",
                en="A model is used on new data. With 13 parameters for 20 points, the curve bends to the noise of those 20 and misses the test points: overfitting. The training error always goes down as the degree goes up, so it cannot be used to choose it.",
            ),
        ),
        Question(
            T(
                es=r"**4.** En $f_\theta(x) = \theta_0 + \theta_1 x + \dots + \theta_d x^d$, ¿qué se aprende de los datos y qué eliges tú?",
                en=r"**4.** In $f_\theta(x) = \theta_0 + \theta_1 x + \dots + \theta_d x^d$, what is learnt from the data and what do you choose?",
            ),
            (
                T(
                    es="se aprenden θ₀, …, θ_d (parámetros); d lo eliges tú (hiperparámetro)",
                    en="θ₀, …, θ_d are learnt (parameters); you choose d (a hyperparameter)",
                ),
                T(
                    es="se aprende d; los θ_k los eliges tú",
                    en="d is learnt; you choose the θ_k",
                ),
                T(es="todo se aprende, también d y x", en="everything is learnt, d and x too"),
            ),
            answer=0,
            why=T(
                es=r"Entrenar minimiza la pérdida sobre los $\theta_k$ con $d$ fijo. Si dejaras que el entrenamiento eligiera $d$, elegiría siempre el más grande (menor error de entrenamiento): $d$ se elige con datos que el entrenamiento no ve. $x$ es un dato, no algo que se aprende.",
                en=r"Training minimises the loss over the $\theta_k$ with $d$ fixed. If training picked $d$, it would always pick the largest (lowest training error): $d$ is chosen with data that training does not see. $x$ is data, not something learnt.",
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

- Un modelo supervisado es una familia de funciones $f_\theta$; los parámetros $\theta$ eligen
  una, que predice $\hat y = f_\theta(x)$. Los datos van en `X` de forma
  `(n_samples, n_features)` y el objetivo en un vector `y`.
- La pérdida mide el error. El MSE, $J = \frac{1}{n}\sum_i (\hat y_i - y_i)^2$, promedia los
  cuadrados de los residuos verticales; su raíz (RMSE) está en las unidades de $y$. El MSE de
  predecir la media es la varianza con `ddof=0`.
- Sobre los parámetros, la pérdida de una recta es un tazón; entrenar es bajar a su fondo. Con
  dos parámetros se ve a ojo; con muchos hace falta el cálculo.
- En el fondo, las derivadas se anulan y sale la recta de mínimos cuadrados:
  $w^{*} = \sum_i (x_i - \bar x)(y_i - \bar y) / \sum_i (x_i - \bar x)^2$ y
  $b^{*} = \bar y - w^{*}\bar x$; pasa por $(\bar x, \bar y)$.
- El error de entrenamiento solo baja al crecer el modelo; el de prueba, con datos no vistos,
  baja y luego sube: sobreajuste. Los parámetros se aprenden; los hiperparámetros, como el
  grado, se eligen con datos que el entrenamiento no vio.
""",
        en=r"""
## 7. Summary

- A supervised model is a family of functions $f_\theta$; the parameters $\theta$ pick one,
  which predicts $\hat y = f_\theta(x)$. The data go in `X` of shape
  `(n_samples, n_features)` and the target in a vector `y`.
- The loss measures the error. The MSE, $J = \frac{1}{n}\sum_i (\hat y_i - y_i)^2$, averages
  the squares of the vertical residuals; its root (RMSE) is in the units of $y$. The MSE of
  predicting the mean is the variance with `ddof=0`.
- Over the parameters, the loss of a line is a bowl; training is going down to its bottom.
  With two parameters you can do it by eye; with many you need calculus.
- At the bottom the derivatives vanish, which gives the least-squares line:
  $w^{*} = \sum_i (x_i - \bar x)(y_i - \bar y) / \sum_i (x_i - \bar x)^2$ and
  $b^{*} = \bar y - w^{*}\bar x$; it goes through $(\bar x, \bar y)$.
- The training error only goes down as the model grows; the test error, on unseen data, goes
  down and then up: overfitting. Parameters are learnt; hyperparameters, such as the degree,
  are chosen with data that training did not see.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es="## 8. Para seguir: recursos de la guía de estudio",
        en="## 8. Keep going: resources from the study guide",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.resources("what-is-a-model", lang)
    return


if __name__ == "__main__":
    app.run()
