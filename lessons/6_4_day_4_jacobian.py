import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 6.4")


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
    kit.header("day-4-jacobian", lang)
    return


@app.cell(hide_code=True)
def _(lang):
    from gradiente.course.kit import workspace

    def lesson_link(lesson_id):
        """A link to another lesson of the hub, named by its number and title (both from course.toml);
        relative to this page (``app/<id>/``), so it holds under any ``--base-url``."""
        course = workspace().course
        title = course.lesson(lesson_id).title.get(lang)
        return f'<a href="../../lesson/{lesson_id}" target="_top">{course.number(lesson_id)} · {title}</a>'

    return (lesson_link,)


@app.cell(hide_code=True)
def _(kit, lang, lesson_link):
    _recap = lesson_link("jacobian-hessian")
    kit.text(
        lang,
        es=rf"""
Día 4 de la consolidación. Una capa de una red toma un vector y devuelve otro: $x \mapsto \sigma(Ax + b)$.
Su derivada ya no es un número ni un gradiente, sino una matriz, el **jacobiano**, que dice cuánto se
mueve cada salida cuando empujas cada entrada. Hoy la calculas para una capa sigmoide real y ves qué tan
bien predice el movimiento de sus salidas.

**Al terminar podrás:**

- escribir el jacobiano de $x \mapsto \sigma(Ax + b)$ como $\operatorname{{diag}}(\sigma'(z))\,A$, con su forma $(m, n)$;
- usarlo para predecir el cambio de la salida, $\sigma(A(x + \delta) + b) \approx \sigma(Ax + b) + J\delta$, y saber que el error baja como $\lVert \delta \rVert^2$;
- reconocer una unidad saturada por su fila casi nula.

## 0. Repaso

Esta lección repasa {_recap}. Para $f: \mathbb R^n \to \mathbb R^m$, el jacobiano tiene una fila por salida y
una columna por entrada (la convención de la lección 2.5, el «numerator layout»):

$$
J_{{ij}} = \frac{{\partial f_i}}{{\partial x_j}}, \qquad J \in \mathbb R^{{m \times n}}, \qquad f(x + \delta) \approx f(x) + J\,\delta .
$$

Una función lineal $x \mapsto Ax + b$ tiene jacobiano $A$ en todas partes. Con la sigmoide encima, la salida $i$
es $\sigma(z_i)$ con $z_i = \sum_j A_{{ij}}x_j + b_i$, y la regla de la cadena multiplica cada fila por la pendiente
de su propia unidad:

$$
\frac{{\partial \sigma(z_i)}}{{\partial x_j}} = \sigma'(z_i)\,A_{{ij}}, \qquad
J = \operatorname{{diag}}\big(\sigma(z)(1 - \sigma(z))\big)\,A .
$$
""",
        en=rf"""
Day 4 of the consolidation. A layer of a network takes a vector and returns another: $x \mapsto \sigma(Ax + b)$.
Its derivative is no longer a number or a gradient but a matrix, the **Jacobian**, which says how far each
output moves when you nudge each input. Today you compute it for a real sigmoid layer and see how well it
predicts the movement of its outputs.

**By the end you will be able to:**

- write the Jacobian of $x \mapsto \sigma(Ax + b)$ as $\operatorname{{diag}}(\sigma'(z))\,A$, with its shape $(m, n)$;
- use it to predict the change of the output, $\sigma(A(x + \delta) + b) \approx \sigma(Ax + b) + J\delta$, and know that the error falls like $\lVert \delta \rVert^2$;
- recognise a saturated unit by its nearly zero row.

## 0. Recap

This lesson reviews {_recap}. For $f: \mathbb R^n \to \mathbb R^m$, the Jacobian has one row per output and one
column per input (the convention of lesson 2.5, "numerator layout"):

$$
J_{{ij}} = \frac{{\partial f_i}}{{\partial x_j}}, \qquad J \in \mathbb R^{{m \times n}}, \qquad f(x + \delta) \approx f(x) + J\,\delta .
$$

A linear function $x \mapsto Ax + b$ has Jacobian $A$ everywhere. With the sigmoid on top, output $i$ is
$\sigma(z_i)$ with $z_i = \sum_j A_{{ij}}x_j + b_i$, and the chain rule multiplies each row by the slope of its
own unit:

$$
\frac{{\partial \sigma(z_i)}}{{\partial x_j}} = \sigma'(z_i)\,A_{{ij}}, \qquad
J = \operatorname{{diag}}\big(\sigma(z)(1 - \sigma(z))\big)\,A .
$$
""",
    )
    return


@app.cell(hide_code=True)
def _(np):
    from gradiente.datasets import load_iris
    from gradiente.models import LogisticRegression

    iris = load_iris()
    iris_X = (iris.data - iris.data.mean(axis=0)) / iris.data.std(axis=0)  # standardised, ddof=0
    _fits = [LogisticRegression(penalty="l2", C=1.0).fit(iris_X, (iris.target == c).astype(int)) for c in range(3)]
    layer_A = np.array([fit.coef_[0] for fit in _fits])  # (3, 4): one row per species
    layer_b = np.array([fit.intercept_[0] for fit in _fits])

    def sigmoid(z):
        return np.exp(-np.logaddexp(0.0, -z))

    def layer(x):
        return sigmoid(layer_A @ x + layer_b)

    def layer_jacobian(x):
        s = layer(x)
        return (s * (1 - s))[:, None] * layer_A

    return iris, iris_X, layer, layer_A, layer_jacobian


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 1. Una capa de verdad: tres sigmoides sobre iris

Ajustamos tres regresiones logísticas sobre las cuatro medidas estandarizadas de iris, una por especie
(«¿es setosa?», «¿es versicolor?», «¿es virginica?»; L2 con $C = 1$), y apilamos sus pesos: queda una capa
con $A$ de $3 \times 4$ y tres salidas entre 0 y 1. Elige una flor y una dirección de empujón $u$ (una de las
cuatro medidas), y mueve el tamaño $t$ del empujón $\delta = t\,u$. A la izquierda, el cambio verdadero de cada
salida junto al que predice $J\delta$; a la derecha, el error de la predicción contra $t$, en escala logarítmica.
¿Qué pendiente tiene esa recta, y por qué?
""",
        en=r"""
## 1. A real layer: three sigmoids on iris

We fit three logistic regressions on iris's four standardised measurements, one per species ("is it
setosa?", "is it versicolor?", "is it virginica?"; L2 with $C = 1$), and stack their weights: a layer with a
$3 \times 4$ matrix $A$ and three outputs between 0 and 1. Pick a flower and a direction $u$ to nudge it (one of
the four measurements), and move the size $t$ of the nudge $\delta = t\,u$. On the left, each output's true change
beside the one $J\delta$ predicts; on the right, the prediction's error against $t$, on log scales. What slope
does that line have, and why?
""",
    )
    return


@app.cell(hide_code=True)
def _(iris, kit, lang, mo):
    flower_choice = mo.ui.dropdown(
        options={
            kit.say(lang, es="flor 0 (setosa)", en="flower 0 (setosa)"): 0,
            kit.say(lang, es="flor 60 (versicolor)", en="flower 60 (versicolor)"): 60,
            kit.say(lang, es="flor 120 (virginica)", en="flower 120 (virginica)"): 120,
        },
        value=kit.say(lang, es="flor 60 (versicolor)", en="flower 60 (versicolor)"),
        label=kit.say(lang, es="Flor", en="Flower"),
    )
    _names = {
        "es": ["largo del sépalo", "ancho del sépalo", "largo del pétalo", "ancho del pétalo"],
        "en": list(iris.feature_names),
    }[lang]
    direction_choice = mo.ui.dropdown(
        options={name: j for j, name in enumerate(_names)},
        value=_names[2],
        label=kit.say(lang, es="Dirección u", en="Direction u"),
    )
    size_slider = mo.ui.slider(
        -3.0, 0.5, step=0.25, value=-0.5, show_value=True, label=kit.say(lang, es="log₁₀ t", en="log₁₀ t")
    )
    mo.hstack([flower_choice, direction_choice, size_slider], justify="start", wrap=True)
    return direction_choice, flower_choice, size_slider


@app.cell(hide_code=True)
def _(direction_choice, flower_choice, iris_X, kit, lang, layer, layer_jacobian, np, plt, size_slider):
    _x = iris_X[flower_choice.value]
    _u = np.eye(4)[direction_choice.value]
    _J = layer_jacobian(_x)
    _ts = 10.0 ** np.arange(-3.0, 0.51, 0.25)
    _errors = np.array([np.linalg.norm(layer(_x + t * _u) - layer(_x) - _J @ (t * _u)) for t in _ts])
    _t = 10.0**size_slider.value
    _true = layer(_x + _t * _u) - layer(_x)
    _pred = _J @ (_t * _u)
    _fig, (_a1, _a2) = plt.subplots(1, 2, figsize=(10, 3.6))
    _fig.subplots_adjust(left=0.08, right=0.98, bottom=0.17, top=0.87, wspace=0.3)
    _pos = np.arange(3)
    _a1.bar(_pos - 0.18, _true, width=0.36, label=kit.say(lang, es="cambio verdadero", en="true change"))
    _a1.bar(_pos + 0.18, _pred, width=0.36, label=kit.say(lang, es="predicción Jδ", en="prediction Jδ"))
    _a1.axhline(0, color="0.4", lw=0.8)
    _a1.set_xticks(_pos, ["setosa", "versicolor", "virginica"])
    _a1.set_ylabel(kit.say(lang, es="cambio de la salida", en="change of the output"))
    _a1.set_title(f"t = {_t:.3g}", fontsize=10)
    _a1.legend(fontsize=8)
    _a2.loglog(_ts, _errors, "o-", ms=3, label="‖σ(A(x+δ)+b) − σ(Ax+b) − Jδ‖")
    _a2.loglog(_ts, _errors[0] * (_ts / _ts[0]) ** 2, "k:", lw=1, label=kit.say(lang, es="pendiente 2", en="slope 2"))
    _a2.loglog([_t], [np.linalg.norm(_true - _pred)], "o", ms=10, mfc="none", mec="tab:red", mew=1.5)
    for _axis in (_a2.xaxis, _a2.yaxis):
        _axis.set_major_formatter(kit.powers_of_ten())
    _a2.minorticks_off()
    _a2.set_xlabel("t = ‖δ‖")
    _a2.set_ylabel(kit.say(lang, es="error de la predicción", en="error of the prediction"))
    _a2.legend(fontsize=8, loc="upper left")
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(iris_X, kit, lang, layer, layer_jacobian, np):
    _x = iris_X[60]
    _u = np.eye(4)[2]
    _J = layer_jacobian(_x)
    _e = [np.linalg.norm(layer(_x + t * _u) - layer(_x) - _J @ (t * _u)) for t in (0.01, 0.1)]
    _ratio = _e[1] / _e[0]
    _setosa = layer(iris_X[0])
    _rows = np.linalg.norm(layer_jacobian(iris_X[0]), axis=1)
    kit.text(
        lang,
        es=rf"""
La recta de la derecha tiene pendiente 2: en la flor 60, empujando el largo del pétalo, pasar de $t = 0.01$
a $t = 0.1$ multiplica el error por {_ratio:.0f}, no por 10. Es el desarrollo de Taylor de la lección 2.5: $J\delta$
copia el término lineal, y lo primero que no copia es cuadrático en $\delta$. Con empujones grandes la predicción
se pasa (las sigmoides se aplanan) y la recta se dobla.

Mira ahora la flor 0, una setosa clarísima: sus salidas son {_setosa[0]:.3f}, {_setosa[1]:.3f} y {_setosa[2]:.1e}. Las
filas de su jacobiano miden {_rows[0]:.3f}, {_rows[1]:.3f} y {_rows[2]:.1e}: la unidad de virginica está
**saturada** ($\sigma(z) \approx 0$, así que $\sigma'(z) \approx 0$) y casi ningún empujón pequeño la mueve. En
entrenamiento, una unidad saturada casi no recibe gradiente; el día 5 encadena estos jacobianos para obtenerlo.
""",
        en=rf"""
The line on the right has slope 2: at flower 60, nudging petal length, going from $t = 0.01$ to $t = 0.1$
multiplies the error by {_ratio:.0f}, not by 10. That is lesson 2.5's Taylor expansion: $J\delta$ copies the linear
term, and the first thing it does not copy is quadratic in $\delta$. With large nudges the prediction overshoots
(the sigmoids flatten) and the line bends.

Now look at flower 0, a very clear setosa: its outputs are {_setosa[0]:.3f}, {_setosa[1]:.3f} and {_setosa[2]:.1e}.
The rows of its Jacobian measure {_rows[0]:.3f}, {_rows[1]:.3f} and {_rows[2]:.1e}: the virginica unit is
**saturated** ($\sigma(z) \approx 0$, so $\sigma'(z) \approx 0$) and hardly any small nudge moves it. In training, a
saturated unit barely receives any gradient; day 5 chains these Jacobians to get it.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es="## 2. Ejercicio\n\nEscribe la función que usa la figura: el jacobiano de una capa sigmoide, sin bucles. "
        "Haz antes el primer caso a mano: con $A = [[1, 2], [3, -1]]$, $b = 0$ y $x = 0$, $z = 0$ y "
        "$\\sigma'(0) = \\sigma(0)(1 - \\sigma(0)) = 1/4$, así que $J = A/4 = [[0.25, 0.5], [0.75, -0.25]]$.",
        en="## 2. Exercise\n\nWrite the function the figure uses: the Jacobian of a sigmoid layer, without loops. "
        "Work out the first case by hand first: with $A = [[1, 2], [3, -1]]$, $b = 0$ and $x = 0$, $z = 0$ and "
        "$\\sigma'(0) = \\sigma(0)(1 - \\sigma(0)) = 1/4$, so $J = A/4 = [[0.25, 0.5], [0.75, -0.25]]$.",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_sigmoid_layer_jacobian = kit.exercise("sigmoid_layer_jacobian", lang)
    ex_sigmoid_layer_jacobian
    return (ex_sigmoid_layer_jacobian,)


@app.cell(hide_code=True)
def _(ex_sigmoid_layer_jacobian, kit):
    kit.feedback(ex_sigmoid_layer_jacobian)
    return


@app.cell(hide_code=True)
def _(ex_sigmoid_layer_jacobian, kit):
    kit.hints(ex_sigmoid_layer_jacobian)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es="## 3. Autoevaluación\n\nTres preguntas rápidas. La respuesta se corrige en cuanto eliges una opción.",
        en="## 3. Self-check\n\nThree quick questions. Your answer is checked as soon as you pick an option.",
    )
    return


@app.cell(hide_code=True)
def _(kit):
    T, Question = kit.T, kit.Question
    QUIZ = [
        Question(
            T(
                es="**1.** Una capa con 4 entradas y 3 unidades: ¿qué forma tiene su jacobiano?",
                en="**1.** A layer with 4 inputs and 3 units: what shape is its Jacobian?",
            ),
            (T.same("3 × 4"), T.same("4 × 3"), T.same("3 × 3")),
            answer=0,
            why=T(
                es="Una fila por salida y una columna por entrada: 3 × 4, la misma forma que A. La transpuesta, 4 × 3, es la otra convención (la de algunos textos de redes); en este curso el jacobiano es m × n.",
                en="One row per output and one column per input: 3 × 4, the same shape as A. The transpose, 4 × 3, is the other convention (used by some network texts); in this course the Jacobian is m × n.",
            ),
        ),
        Question(
            T(
                es="**2.** Una unidad con σ(z) ≈ 0.9999: ¿cómo es su fila del jacobiano?",
                en="**2.** A unit with σ(z) ≈ 0.9999: what is its row of the Jacobian like?",
            ),
            (
                T(es="Casi igual a su fila de A", en="Nearly equal to its row of A"),
                T(es="Casi cero", en="Nearly zero"),
                T(es="Muy grande: la unidad está segura", en="Very large: the unit is sure"),
            ),
            answer=1,
            why=T(
                es="La fila es σ′(z) por la fila de A, y σ′ = σ(1 − σ) ≈ 0.9999 · 0.0001 ≈ 10⁻⁴: la unidad está saturada y pequeños cambios de la entrada casi no la mueven.",
                en="The row is σ′(z) times the row of A, and σ′ = σ(1 − σ) ≈ 0.9999 · 0.0001 ≈ 10⁻⁴: the unit is saturated and small changes of the input barely move it.",
            ),
        ),
        Question(
            T(
                es="**3.** ¿Cuál es el jacobiano de una capa lineal x ↦ Ax + b?",
                en="**3.** What is the Jacobian of a linear layer x ↦ Ax + b?",
            ),
            (T.same("A"), T.same("Aᵀ"), T(es="Depende de x", en="It depends on x")),
            answer=0,
            why=T(
                es="∂(Ax + b)ᵢ/∂xⱼ = Aᵢⱼ, en todas partes: la capa lineal es su propio jacobiano y no depende de x. La sigmoide es la que lo hace depender del punto, a través de σ′(z).",
                en="∂(Ax + b)ᵢ/∂xⱼ = Aᵢⱼ, everywhere: a linear layer is its own Jacobian and does not depend on x. The sigmoid is what makes it depend on the point, through σ′(z).",
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
def _(kit, lang, lesson_link):
    _review = lesson_link("jacobian-hessian")
    kit.text(
        lang,
        es=rf"""
## 4. Resumen

- El jacobiano de $f: \mathbb R^n \to \mathbb R^m$ tiene forma $m \times n$: fila $i$, salida $i$; columna $j$, entrada $j$.
- Para una capa sigmoide, $J = \operatorname{{diag}}(\sigma(z)(1 - \sigma(z)))\,A$: cada fila de $A$ por la pendiente de su unidad.
- $J\delta$ predice el cambio de la salida con un error que baja como $\lVert \delta \rVert^2$.
- Una unidad saturada tiene su fila casi en cero. Para repasar más a fondo: {_review}. Mañana, el día 5: retropropagación con jacobianos.
""",
        en=rf"""
## 4. Summary

- The Jacobian of $f: \mathbb R^n \to \mathbb R^m$ has shape $m \times n$: row $i$, output $i$; column $j$, input $j$.
- For a sigmoid layer, $J = \operatorname{{diag}}(\sigma(z)(1 - \sigma(z)))\,A$: each row of $A$ times its unit's slope.
- $J\delta$ predicts the change of the output with an error that falls like $\lVert \delta \rVert^2$.
- A saturated unit has its row nearly at zero. For a deeper review: {_review}. Tomorrow, day 5: backpropagation with Jacobians.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es="## 5. Para seguir: el día original y otros recursos",
        en="## 5. Keep going: the original day and other resources",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.resources("day-4-jacobian", lang)
    return


if __name__ == "__main__":
    app.run()
