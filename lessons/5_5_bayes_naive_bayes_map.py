import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 5.5")


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
    kit.header("bayes-naive-bayes-map", lang)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
En la lección 5.4 estimaste parámetros con lo único que tenías: los datos. El teorema de Bayes
agrega lo que ya sabías antes de verlos. Con él le das vuelta a una probabilidad condicional (de
"cuántos enfermos dan positivo" a "qué tan probable es que un positivo esté enfermo"), mezclas una
creencia previa con datos para estimar una proporción, construyes un clasificador entero, naive
Bayes, y descubres que la regularización ridge de la lección 4.1 era un estimador bayesiano
disfrazado.

**Al terminar podrás:**

- calcular $P(D \mid +)$ a partir de la prevalencia, la sensibilidad y la especificidad, y explicar
  por qué un positivo en una enfermedad rara suele ser falso;
- actualizar una distribución a priori beta con $k$ éxitos en $n$ intentos y leer de la
  distribución a posteriori su moda (MAP), su media y un intervalo creíble;
- programar naive Bayes gaussiano en logaritmos, normalizado con log-sum-exp, y decir qué ignora
  la palabra *naive*;
- mostrar que el MAP con una distribución a priori gaussiana sobre los pesos es ridge con
  $\alpha = \sigma^2/\tau^2$, y que MAP y máxima verosimilitud se juntan cuando $n$ crece.
""",
        en=r"""
In lesson 5.4 you estimated parameters from the only thing you had: the data. Bayes' theorem adds
what you already knew before seeing them. With it you turn a conditional probability around (from
"how many sick people test positive" to "how likely is a positive to be sick"), blend a prior
belief with data to estimate a proportion, build a whole classifier, naive Bayes, and find out that
lesson 4.1's ridge regularisation was a Bayesian estimate in disguise.

**By the end you will be able to:**

- compute $P(D \mid +)$ from the prevalence, sensitivity and specificity, and explain why a
  positive for a rare disease is usually false;
- update a Beta prior with $k$ successes in $n$ trials and read the posterior's mode (MAP), mean
  and a credible interval;
- program Gaussian naive Bayes in logarithms, normalised by log-sum-exp, and say what the word
  *naive* ignores;
- show that the MAP estimate with a Gaussian prior on the weights is ridge with
  $\alpha = \sigma^2/\tau^2$, and that MAP and maximum likelihood meet as $n$ grows.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 0. ¿Por qué importa en ML?

Un clasificador que devuelve probabilidades, como la regresión logística o una red con softmax,
está estimando $P(c \mid x)$, la probabilidad de cada clase $c$ dados los rasgos $x$. Casi siempre
lo que se conoce mejor es lo contrario: cómo se ven los datos de cada clase, $p(x \mid c)$. Bayes conecta las dos direcciones, y
obliga a decir cuán frecuente es cada clase: olvidarlo es el error de la tasa base, el que hace que
un detector de fraude con 99 % de acierto marque sobre todo a clientes honestos. La misma regla,
aplicada a los parámetros de un modelo, explica la regularización: agregar $\alpha\lVert w\rVert^2$
a un costo es decir "antes de ver los datos, creo que los pesos son chicos".

Vocabulario: la **distribución a priori** (*prior*) es lo que crees antes de los datos; la
**verosimilitud** (*likelihood*), cuán probables son los datos para cada valor del parámetro; la
**distribución a posteriori** (*posterior*), lo que crees después.
""",
        en=r"""
## 0. Why does it matter in ML?

A classifier that returns probabilities, such as logistic regression or a network with a softmax,
is estimating $P(c \mid x)$, the probability of each class $c$ given the features $x$. What is
usually known better is the reverse: what the data of each class look like, $p(x \mid c)$. Bayes connects the two directions, and forces you
to say how common each class is: forgetting that is the base-rate error, the one that makes a fraud
detector with 99 % accuracy flag mostly honest customers. The same rule, applied to a model's
parameters, explains regularisation: adding $\alpha\lVert w\rVert^2$ to a cost says "before seeing
the data, I believe the weights are small".

Vocabulary: the **prior** is what you believe before the data; the **likelihood**, how probable the
data are for each value of the parameter; the **posterior**, what you believe afterwards.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 1. El teorema de Bayes y la tasa base

La probabilidad de que pasen $A$ y $B$ a la vez se puede escribir de dos maneras,
$P(A \cap B) = P(B \mid A)\,P(A) = P(A \mid B)\,P(B)$. Despejando $P(A \mid B)$, y escribiendo
$P(B)$ como la suma sobre todos los casos posibles $A_i$ (que no se solapan y lo cubren todo):

$$
P(A \mid B) = \frac{P(B \mid A)\,P(A)}{\sum_i P(B \mid A_i)\,P(A_i)}.
$$

**Una prueba médica.** Una enfermedad $D$ tiene prevalencia $P(D) = 1\,\%$. La prueba detecta al
99 % de los enfermos (**sensibilidad**, $P(+ \mid D)$) y da negativo en el 95 % de los sanos
(**especificidad**, $P(- \mid \bar D)$), así que a un 5 % de los sanos les da positivo. Si tu
prueba sale positiva:

$$
P(D \mid +) = \frac{0.99 \cdot 0.01}{0.99 \cdot 0.01 + 0.05 \cdot 0.99}
= \frac{0.0099}{0.0099 + 0.0495}.
$$

La mayoría de la gente responde "99 %", que es $P(+ \mid D)$: la condicional al revés. El
denominador cuenta **todos** los positivos, y como los sanos son muchísimos, sus falsos positivos
superan a los verdaderos. Mueve los controles: el cuadrado de la izquierda tiene área 1 y cada
rectángulo es la probabilidad de un grupo; a la derecha está solo la franja de los positivos,
agrandada, y $P(D \mid +)$ es la parte roja.
""",
        en=r"""
## 1. Bayes' theorem and the base rate

The probability that $A$ and $B$ both happen can be written in two ways,
$P(A \cap B) = P(B \mid A)\,P(A) = P(A \mid B)\,P(B)$. Solving for $P(A \mid B)$, and writing $P(B)$
as the sum over all the possible cases $A_i$ (which do not overlap and cover everything):

$$
P(A \mid B) = \frac{P(B \mid A)\,P(A)}{\sum_i P(B \mid A_i)\,P(A_i)}.
$$

**A medical test.** A disease $D$ has prevalence $P(D) = 1\,\%$. The test detects 99 % of the sick
(**sensitivity**, $P(+ \mid D)$) and comes back negative for 95 % of the healthy (**specificity**,
$P(- \mid \bar D)$), so 5 % of the healthy test positive. If your test is positive:

$$
P(D \mid +) = \frac{0.99 \cdot 0.01}{0.99 \cdot 0.01 + 0.05 \cdot 0.99}
= \frac{0.0099}{0.0099 + 0.0495}.
$$

Most people answer "99 %", which is $P(+ \mid D)$: the conditional turned around. The denominator
counts **every** positive, and since the healthy are so many, their false positives outnumber the
true ones. Move the controls: the square on the left has area 1 and each rectangle is the
probability of one group; on the right is only the strip of positives, enlarged, and
$P(D \mid +)$ is its red part.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    prevalence_slider = mo.ui.slider(
        steps=[0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5],
        value=0.01,
        show_value=True,
        label=kit.say(lang, es="Prevalencia $P(D)$", en="Prevalence $P(D)$"),
    )
    sensitivity_slider = mo.ui.slider(
        0.5,
        1.0,
        step=0.01,
        value=0.99,
        show_value=True,
        label=kit.say(lang, es="Sensibilidad $P(+ \\mid D)$", en="Sensitivity $P(+ \\mid D)$"),
    )
    specificity_slider = mo.ui.slider(
        0.5,
        1.0,
        step=0.01,
        value=0.95,
        show_value=True,
        label=kit.say(lang, es="Especificidad $P(- \\mid \\bar D)$", en="Specificity $P(- \\mid \\bar D)$"),
    )
    mo.vstack([prevalence_slider, sensitivity_slider, specificity_slider])
    return prevalence_slider, sensitivity_slider, specificity_slider


@app.cell(hide_code=True)
def _(prevalence_slider, sensitivity_slider, specificity_slider):
    # Small pure cell: the four areas of the square and the posterior.
    prior_sick = prevalence_slider.value
    true_positive_area = sensitivity_slider.value * prior_sick  # P(+ | D) P(D)
    false_positive_area = (1 - specificity_slider.value) * (1 - prior_sick)  # P(+ | not D) P(not D)
    posterior_sick = true_positive_area / (true_positive_area + false_positive_area)
    return false_positive_area, posterior_sick, prior_sick, true_positive_area


@app.cell(hide_code=True)
def _(
    false_positive_area,
    kit,
    lang,
    plt,
    posterior_sick,
    prior_sick,
    sensitivity_slider,
    specificity_slider,
    true_positive_area,
):
    from matplotlib.patches import Rectangle

    _fig, (_square, _strip) = plt.subplots(1, 2, figsize=(9.6, 4.2), gridspec_kw={"width_ratios": [1, 1.15]})
    _sens, _fpr = sensitivity_slider.value, 1 - specificity_slider.value
    # Left: x splits sick (width P(D)) from healthy; y splits positive (bottom) from negative.
    _cells = (
        (0, 0, prior_sick, _sens, "tab:red"),  # sick and positive
        (0, _sens, prior_sick, 1 - _sens, "#f4b6b6"),  # sick and negative
        (prior_sick, 0, 1 - prior_sick, _fpr, "0.45"),  # healthy and positive
        (prior_sick, _fpr, 1 - prior_sick, 1 - _fpr, "0.88"),  # healthy and negative
    )
    for _x, _y, _w, _h, _color in _cells:
        _square.add_patch(Rectangle((_x, _y), _w, _h, facecolor=_color, edgecolor="white", lw=0.8))
    _square.set_xlim(0, 1)
    _square.set_ylim(0, 1)
    _square.set_aspect("equal")
    _square.set_xlabel(
        kit.say(
            lang,
            es=f"enfermos (ancho {prior_sick:g}) | sanos (ancho {1 - prior_sick:g})",
            en=f"sick (width {prior_sick:g}) | healthy (width {1 - prior_sick:g})",
        ),
        fontsize=9,
    )
    _square.set_ylabel(kit.say(lang, es="abajo: positivo · arriba: negativo", en="bottom: positive · top: negative"))
    _square.set_title(kit.say(lang, es="toda la población (área 1)", en="the whole population (area 1)"), fontsize=10)
    # Right: the positive strip only, rescaled to length 1.
    _total = true_positive_area + false_positive_area
    _strip.barh([0], [true_positive_area / _total], color="tab:red", height=0.5)
    _strip.barh([0], [false_positive_area / _total], left=[true_positive_area / _total], color="0.45", height=0.5)
    _strip.set_xlim(0, 1)
    _strip.set_ylim(-0.6, 0.9)
    _strip.set_yticks([])
    _strip.text(
        0.0,
        0.45,
        kit.say(
            lang,
            es=f"enfermos y positivos: {true_positive_area:.4f}",
            en=f"sick and positive: {true_positive_area:.4f}",
        ),
        color="tab:red",
        fontsize=9,
    )
    _strip.text(
        0.0,
        0.62,
        kit.say(
            lang,
            es=f"sanos y positivos: {false_positive_area:.4f}",
            en=f"healthy and positive: {false_positive_area:.4f}",
        ),
        color="0.3",
        fontsize=9,
    )
    _strip.set_xlabel(kit.say(lang, es="fracción de los positivos", en="fraction of the positives"))
    _strip.set_title(
        kit.say(
            lang,
            es=f"solo los positivos: P(D | +) = {posterior_sick:.3f}",
            en=f"positives only: P(D | +) = {posterior_sick:.3f}",
        ),
        fontsize=10,
    )
    _fig.subplots_adjust(left=0.08, right=0.98, bottom=0.14, top=0.92, wspace=0.12)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(false_positive_area, kit, lang, posterior_sick, prior_sick, true_positive_area):
    _people = 10000
    _sick = prior_sick * _people
    kit.text(
        lang,
        es=rf"""
Con los valores de los controles, en {_people} personas hay unas {_sick:.0f} enfermas; la prueba
marca a unas {true_positive_area * _people:.0f} de ellas y a unas {false_positive_area * _people:.0f} sanas. De
cada 100 positivos, {100 * posterior_sick:.1f} están enfermos. Con los valores iniciales (1 %, 99 %,
95 %) eso da $P(D \mid +) \approx 0.167$: un positivo tiene una probabilidad de 1 en 6 de ser cierto.
Para mejorar ese número sirve más subir la especificidad que la sensibilidad (pruébalo), o hacer
la prueba solo a quien ya tiene síntomas: eso sube la prevalencia de quienes se la hacen.
""",
        en=rf"""
With the controls' values, among {_people} people about {_sick:.0f} are sick; the test flags
{true_positive_area * _people:.0f} of them and {false_positive_area * _people:.0f} healthy people. Out of
every 100 positives, {100 * posterior_sick:.1f} are sick. With the starting values (1 %, 99 %, 95 %) that
gives $P(D \mid +) \approx 0.167$: a positive has a 1 in 6 chance of being true. To improve that
number, raising the specificity helps more than raising the sensitivity (try it), and so does
testing only people who already have symptoms: that raises the prevalence among those tested.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_posterior_positive = kit.exercise("posterior_positive", lang)
    ex_posterior_positive
    return (ex_posterior_positive,)


@app.cell(hide_code=True)
def _(ex_posterior_positive, kit):
    kit.feedback(ex_posterior_positive)
    return


@app.cell(hide_code=True)
def _(ex_posterior_positive, kit):
    kit.hints(ex_posterior_positive)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 2. Actualizar una creencia: beta y binomial

Ahora lo desconocido es un número, la probabilidad $p$ de éxito de una moneda (o de que un
tumor sea maligno, o de que un usuario haga clic), y los datos $\mathcal D$ son $k$ éxitos en $n$
intentos. Bayes vale igual con densidades, con $\pi$ para la densidad de $p$: la distribución a posteriori es
la verosimilitud por la distribución a priori, dividida entre una constante que no depende de $p$:

$$
\pi(p \mid \mathcal D) = \frac{P(\mathcal D \mid p)\,\pi(p)}{\int_0^1 P(\mathcal D \mid q)\,\pi(q)\,dq}
\;\propto\; P(\mathcal D \mid p)\,\pi(p).
$$

Con $k$ éxitos en $n$ intentos la verosimilitud es $p^k(1-p)^{n-k}$ (la binomial sin su
coeficiente, que no depende de $p$). Si la distribución a priori es una
$\mathrm{Beta}(a, b)$, con densidad proporcional a $p^{a-1}(1-p)^{b-1}$, el producto tiene la
misma forma:

$$
p^{k}(1-p)^{n-k}\cdot p^{a-1}(1-p)^{b-1} = p^{a+k-1}(1-p)^{b+n-k-1}
\quad\Longrightarrow\quad
p \mid \mathcal D \sim \mathrm{Beta}(a + k,\; b + n - k).
$$

La beta es **conjugada** de la binomial: la distribución a posteriori es otra beta, y actualizarla
es sumar. $a$ y $b$ se leen como éxitos y fracasos "imaginarios" vistos antes de los datos. De
una $\mathrm{Beta}(a', b')$ se leen tres cosas:

- su **moda**, el estimador **MAP** (máximo a posteriori): $\hat p_{\mathrm{MAP}} = \frac{a'-1}{a'+b'-2}$
  cuando $a', b' \ge 1$;
- su **media**: $\mathbb E[p \mid \mathcal D] = \frac{a'}{a'+b'}$;
- un **intervalo creíble** del 95 %: los cuantiles 0.025 y 0.975 de la beta. A diferencia del
  intervalo de confianza de la lección 5.3, este sí dice "$p$ está aquí con probabilidad 0.95",
  pero porque supone una distribución a priori.

El estimador de máxima verosimilitud (MLE, lección 5.4) es $k/n$, la moda de la verosimilitud
sola. Mueve los controles: la curva gris es la distribución a priori, la punteada la verosimilitud
normalizada (su área es 1, para poder compararla) y la azul la distribución a posteriori, con su
intervalo creíble sombreado.
""",
        en=r"""
## 2. Updating a belief: Beta and binomial

Now the unknown is a number, the success probability $p$ of a coin (or of a tumour being
malignant, or of a user clicking), and the data $\mathcal D$ are $k$ successes in $n$ trials. Bayes works
the same with densities, with $\pi$ for the density of $p$: the posterior is the likelihood times the prior,
divided by a constant that does not depend on $p$:

$$
\pi(p \mid \mathcal D) = \frac{P(\mathcal D \mid p)\,\pi(p)}{\int_0^1 P(\mathcal D \mid q)\,\pi(q)\,dq}
\;\propto\; P(\mathcal D \mid p)\,\pi(p).
$$

With $k$ successes in $n$ trials the likelihood is $p^k(1-p)^{n-k}$ (the
binomial without its coefficient, which does not depend on $p$). If the prior is a
$\mathrm{Beta}(a, b)$, with density proportional to $p^{a-1}(1-p)^{b-1}$, the product has the same
form:

$$
p^{k}(1-p)^{n-k}\cdot p^{a-1}(1-p)^{b-1} = p^{a+k-1}(1-p)^{b+n-k-1}
\quad\Longrightarrow\quad
p \mid \mathcal D \sim \mathrm{Beta}(a + k,\; b + n - k).
$$

The Beta is **conjugate** to the binomial: the posterior is another Beta, and updating it is
addition. $a$ and $b$ read as "imaginary" successes and failures seen before the data. Three
things are read off a $\mathrm{Beta}(a', b')$:

- its **mode**, the **MAP** (maximum a posteriori) estimate: $\hat p_{\mathrm{MAP}} = \frac{a'-1}{a'+b'-2}$
  when $a', b' \ge 1$;
- its **mean**: $\mathbb E[p \mid \mathcal D] = \frac{a'}{a'+b'}$;
- a 95 % **credible interval**: the Beta's 0.025 and 0.975 quantiles. Unlike lesson 5.3's
  confidence interval, this one does say "$p$ is here with probability 0.95", but because it
  assumes a prior.

The maximum-likelihood estimate (MLE, lesson 5.4) is $k/n$, the mode of the likelihood alone. Move
the controls: the grey curve is the prior, the dotted one the normalised likelihood (area 1, so it
can be compared) and the blue one the posterior, with its credible interval shaded.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    prior_a_slider = mo.ui.slider(
        0.5, 20.0, step=0.5, value=2.0, show_value=True, label=kit.say(lang, es="$a$", en="$a$")
    )
    prior_b_slider = mo.ui.slider(
        0.5, 20.0, step=0.5, value=8.0, show_value=True, label=kit.say(lang, es="$b$", en="$b$")
    )
    trials_slider = mo.ui.slider(
        1, 200, step=1, value=10, show_value=True, label=kit.say(lang, es="intentos $n$", en="trials $n$")
    )
    successes_slider = mo.ui.slider(
        0, 200, step=1, value=7, show_value=True, label=kit.say(lang, es="éxitos $k$", en="successes $k$")
    )
    mo.vstack(
        [
            mo.hstack([prior_a_slider, prior_b_slider], justify="start", gap=2),
            mo.hstack([trials_slider, successes_slider], justify="start", gap=2),
        ]
    )
    return prior_a_slider, prior_b_slider, successes_slider, trials_slider


@app.cell(hide_code=True)
def _(np):
    from gradiente.stats.special import betaincinv, betaln

    def beta_pdf(p, a, b):
        """Beta(a, b) density, computed in logs: p^(a-1) (1-p)^(b-1) / B(a, b)."""
        return np.exp((a - 1) * np.log(p) + (b - 1) * np.log1p(-p) - betaln(a, b))

    def beta_mode(a, b):
        if a < 1:
            return 0.0
        if b < 1:
            return 1.0
        return (a - 1) / (a + b - 2)

    p_grid = np.linspace(0.0005, 0.9995, 500)
    return beta_mode, beta_pdf, betaincinv, p_grid


@app.cell(hide_code=True)
def _(
    beta_mode,
    beta_pdf,
    betaincinv,
    kit,
    lang,
    np,
    p_grid,
    plt,
    prior_a_slider,
    prior_b_slider,
    successes_slider,
    trials_slider,
):
    _a, _b, _n = prior_a_slider.value, prior_b_slider.value, trials_slider.value
    _k = min(successes_slider.value, _n)  # k cannot exceed n
    _a_post, _b_post = _a + _k, _b + _n - _k
    _prior = beta_pdf(p_grid, _a, _b)
    _likelihood = beta_pdf(p_grid, _k + 1, _n - _k + 1)  # p^k (1-p)^(n-k), normalised to area 1
    _posterior = beta_pdf(p_grid, _a_post, _b_post)
    _low, _high = (float(betaincinv(_a_post, _b_post, q)) for q in (0.025, 0.975))
    _estimates = {
        "MLE k/n": (_k / _n, "tab:orange", "s"),
        "MAP": (beta_mode(_a_post, _b_post), "tab:blue", "o"),
        kit.say(lang, es="media", en="mean"): (_a_post / (_a_post + _b_post), "tab:green", "D"),
    }
    _fig, _ax = plt.subplots(figsize=(8.4, 4.2))
    _inside = (p_grid >= _low) & (p_grid <= _high)
    _ax.fill_between(p_grid[_inside], _posterior[_inside], color="tab:blue", alpha=0.18)
    _ax.plot(
        p_grid,
        _prior,
        color="0.55",
        lw=2,
        label=kit.say(lang, es=f"a priori Beta({_a:g}, {_b:g})", en=f"prior Beta({_a:g}, {_b:g})"),
    )
    _ax.plot(
        p_grid,
        _likelihood,
        color="tab:orange",
        lw=1.6,
        ls=":",
        label=kit.say(lang, es=f"verosimilitud ({_k} de {_n})", en=f"likelihood ({_k} of {_n})"),
    )
    _ax.plot(
        p_grid,
        _posterior,
        color="tab:blue",
        lw=2.2,
        label=kit.say(
            lang, es=f"a posteriori Beta({_a_post:g}, {_b_post:g})", en=f"posterior Beta({_a_post:g}, {_b_post:g})"
        ),
    )
    _top = min(1.15 * max(np.percentile(_curve, 99.5) for _curve in (_prior, _likelihood, _posterior)), 60)
    for _name, (_value, _color, _marker) in _estimates.items():
        _ax.plot(
            [_value], [0.04 * _top], marker=_marker, color=_color, ms=8, ls="none", label=f"{_name} = {_value:.3f}"
        )
    _ax.set_xlim(0, 1)
    _ax.set_ylim(0, _top)
    _ax.set_xlabel("p")
    _ax.set_ylabel(kit.say(lang, es="densidad", en="density"))
    _ax.legend(fontsize=8, loc="upper right")
    _ax.set_title(
        kit.say(
            lang,
            es=f"intervalo creíble del 95 %: [{_low:.3f}, {_high:.3f}]"
            + (" (k recortado a n)" if successes_slider.value > _n else ""),
            en=f"95 % credible interval: [{_low:.3f}, {_high:.3f}]"
            + (" (k clipped to n)" if successes_slider.value > _n else ""),
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
Con pocos datos, la distribución a priori tira del MAP y de la media hacia su propio centro (con
$\mathrm{Beta}(2, 8)$, hacia 0.2). Con muchos, la verosimilitud se vuelve angosta y manda. La celda
de abajo fija la proporción observada en $k/n = 0.7$ y hace crecer $n$, con la misma distribución a
priori $\mathrm{Beta}(2, 8)$:
""",
        en=r"""
With little data, the prior pulls the MAP and the mean towards its own centre (with
$\mathrm{Beta}(2, 8)$, towards 0.2). With a lot, the likelihood becomes narrow and takes over. The
cell below fixes the observed proportion at $k/n = 0.7$ and lets $n$ grow, with the same prior
$\mathrm{Beta}(2, 8)$:
""",
    )
    return


@app.cell(hide_code=True)
def _(beta_mode, betaincinv, kit, lang, mo):
    # Hidden on purpose: the code would give exercise 2's formulas away. Only the numbers are shown.
    _header = kit.say(
        lang,
        es="| $n$ | MLE | MAP | media | intervalo creíble del 95 % |",
        en="| $n$ | MLE | MAP | mean | 95 % credible interval |",
    )
    _rows = [_header, "|---:|---:|---:|---:|:---:|"]
    for _n in (10, 100, 1000, 10000):
        _k = int(0.7 * _n)
        _a_post, _b_post = 2 + _k, 8 + _n - _k
        _low, _high = (float(betaincinv(_a_post, _b_post, q)) for q in (0.025, 0.975))
        _rows.append(
            f"| {_n} | {_k / _n:.4f} | {beta_mode(_a_post, _b_post):.4f} | {_a_post / (_a_post + _b_post):.4f} "
            f"| [{_low:.4f}, {_high:.4f}] |"
        )
    mo.md("\n".join(_rows))
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Con $n = 10$ el MAP queda lejos de 0.7; con $n = 10\,000$, MLE, MAP y media difieren en menos
de 0.001 y el intervalo creíble mide menos de 0.02. Es una regla general: el logaritmo de la
distribución a posteriori es $\ln P(\mathcal D \mid p) + \ln \pi(p)$, el primer término
crece con $n$ y el segundo no, así que **MAP → MLE cuando $n \to \infty$** (mientras la
distribución a priori no le dé probabilidad 0 al valor verdadero).
""",
        en=r"""
With $n = 10$ the MAP is far from 0.7; with $n = 10\,000$, MLE, MAP and mean differ by less than 0.001
and the credible interval is less than 0.02 wide. It is a general rule: the log-posterior is
$\ln P(\mathcal D \mid p) + \ln \pi(p)$, the first term grows with $n$ and the second
does not, so **MAP → MLE as $n \to \infty$** (as long as the prior does not give probability 0 to
the true value).
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_beta_binomial = kit.exercise("beta_binomial", lang)
    ex_beta_binomial
    return (ex_beta_binomial,)


@app.cell(hide_code=True)
def _(ex_beta_binomial, kit):
    kit.feedback(ex_beta_binomial)
    return


@app.cell(hide_code=True)
def _(ex_beta_binomial, kit):
    kit.hints(ex_beta_binomial)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 3. Naive Bayes: Bayes como clasificador

Para clasificar, las "hipótesis" son las clases $c$ y la "evidencia" es el vector de rasgos
$x = (x_1, \dots, x_d)$:

$$
P(c \mid x) = \frac{P(c)\,p(x \mid c)}{\sum_{c'} P(c')\,p(x \mid c')}.
$$

$P(c)$ se estima con la frecuencia de cada clase. Lo difícil es $p(x \mid c)$: una distribución en
$d$ dimensiones por clase. El supuesto **naive** ("ingenuo") es que, **dentro de cada clase**, los
rasgos son independientes:

$$
p(x \mid c) = \prod_{j=1}^{d} p(x_j \mid c).
$$

Así basta con $d$ distribuciones de una variable por clase. El producto de 64 números menores que
1 se acerca peligrosamente a 0, así que se trabaja con logaritmos: la **log conjunta** de cada
clase es

$$
J_c(x) = \ln P(c) + \sum_{j=1}^{d} \ln p(x_j \mid c),
$$

la clase predicha es la de mayor $J_c$ (el denominador es el mismo para todas), y la probabilidad
a posteriori se obtiene restando el logaritmo del denominador, la **evidencia**, con el truco de
log-sum-exp de la lección 4.2 (con $m = \max_c J_c$, el mayor exponente vale $e^0 = 1$):

$$
\ln P(c \mid x) = J_c - \Big(m + \ln \sum_{c'} e^{J_{c'} - m}\Big).
$$

**Naive Bayes gaussiano.** Cada $p(x_j \mid c)$ es una normal $\mathcal N(\mu_{cj}, \sigma^2_{cj})$,
con la media y la varianza de máxima verosimilitud (`ddof=0`) del rasgo $j$ en la clase $c$:

$$
\ln p(x_j \mid c) = -\tfrac12 \ln\!\big(2\pi\sigma^2_{cj}\big) - \frac{(x_j - \mu_{cj})^2}{2\sigma^2_{cj}}.
$$

Si un rasgo es constante dentro de una clase, $\sigma^2_{cj} = 0$ y la densidad explota. Por eso
`GaussianNB` (el de scikit-learn y el de `gradiente.models`) le suma a cada varianza
$\varepsilon = \texttt{var\_smoothing} \cdot \max_j \mathrm{Var}(x_j)$, con
$\texttt{var\_smoothing} = 10^{-9}$. Veámoslo en el vino, con clases de tamaños distintos:
""",
        en=r"""
## 3. Naive Bayes: Bayes as a classifier

To classify, the "hypotheses" are the classes $c$ and the "evidence" is the feature vector
$x = (x_1, \dots, x_d)$:

$$
P(c \mid x) = \frac{P(c)\,p(x \mid c)}{\sum_{c'} P(c')\,p(x \mid c')}.
$$

$P(c)$ is estimated by each class's frequency. The hard part is $p(x \mid c)$: a distribution in
$d$ dimensions per class. The **naive** assumption is that, **within each class**, the features
are independent:

$$
p(x \mid c) = \prod_{j=1}^{d} p(x_j \mid c).
$$

So $d$ one-variable distributions per class are enough. A product of 64 numbers below 1 gets
dangerously close to 0, so one works in logarithms: the **joint log** of each class is

$$
J_c(x) = \ln P(c) + \sum_{j=1}^{d} \ln p(x_j \mid c),
$$

the predicted class is the one with the largest $J_c$ (the denominator is the same for all), and
the posterior comes from subtracting the log of the denominator, the **evidence**, with lesson
4.2's log-sum-exp trick (with $m = \max_c J_c$, the largest exponent is $e^0 = 1$):

$$
\ln P(c \mid x) = J_c - \Big(m + \ln \sum_{c'} e^{J_{c'} - m}\Big).
$$

**Gaussian naive Bayes.** Each $p(x_j \mid c)$ is a normal $\mathcal N(\mu_{cj}, \sigma^2_{cj})$,
with the maximum-likelihood mean and variance (`ddof=0`) of feature $j$ in class $c$:

$$
\ln p(x_j \mid c) = -\tfrac12 \ln\!\big(2\pi\sigma^2_{cj}\big) - \frac{(x_j - \mu_{cj})^2}{2\sigma^2_{cj}}.
$$

If a feature is constant within a class, $\sigma^2_{cj} = 0$ and the density blows up. That is why
`GaussianNB` (scikit-learn's and `gradiente.models`') adds to every variance
$\varepsilon = \texttt{var\_smoothing} \cdot \max_j \mathrm{Var}(x_j)$, with
$\texttt{var\_smoothing} = 10^{-9}$. Let us see it on wine, whose classes have different sizes:
""",
    )
    return


@app.cell
def _(kit, np):
    from gradiente.datasets import load_digits, load_iris, load_wine
    from gradiente.model_selection import cross_val_score, kfold_indices, train_test_split
    from gradiente.models import BernoulliNB, GaussianNB

    X_wine, y_wine = load_wine(return_X_y=True)
    wine_nb = GaussianNB().fit(X_wine, y_wine)
    wine_cv = cross_val_score(GaussianNB(), X_wine, y_wine, cv=5)  # 5 stratified folds
    kit.printout(
        [
            f"class counts        {wine_nb.class_count_.astype(int).tolist()}",
            f"class_prior_ P(c)   {np.round(wine_nb.class_prior_, 3).tolist()}",
            f"theta_ (mean of proline per class)  {np.round(wine_nb.theta_[:, -1], 1).tolist()}",
            f"epsilon_            {wine_nb.epsilon_:.3g}",
            f"5-fold accuracy     {np.round(wine_cv, 3).tolist()}, mean {wine_cv.mean():.3f}",
        ]
    )
    return (
        BernoulliNB,
        GaussianNB,
        X_wine,
        cross_val_score,
        kfold_indices,
        load_digits,
        load_iris,
        train_test_split,
        wine_cv,
        y_wine,
    )


@app.cell(hide_code=True)
def _(kit, lang, wine_cv):
    kit.text(
        lang,
        es=rf"""
Con validación cruzada de 5 pliegues, naive Bayes gaussiano acierta en promedio el
{100 * wine_cv.mean():.1f} % de los vinos, sin ajustar nada más que medias y varianzas. (El número
depende de cómo se cortan los pliegues: otros pliegues dan un valor parecido, no idéntico.)

**Por qué hace falta log-sum-exp.** Los dígitos tienen píxeles que valen 0 en todas las imágenes de
una clase: su varianza es solo $\varepsilon$, diminuta, y un píxel un poco distinto en una imagen
nueva hace que $J_c$ sea enorme y negativo. Contamos, con 5 pliegues, las imágenes de prueba en las
que **todas** las $e^{{J_c}}$ son menores que el menor número representable y dan 0, así que la
división ingenua sería $0/0$:
""",
        en=rf"""
With 5-fold cross-validation, Gaussian naive Bayes gets {100 * wine_cv.mean():.1f} % of the wines
right on average, fitting nothing but means and variances. (The number depends on how the folds
are cut: other folds give a similar value, not the same one.)

**Why log-sum-exp is needed.** Digits has pixels that are 0 in every image of a class: their
variance is only $\varepsilon$, tiny, and a slightly different pixel in a new image makes $J_c$ huge
and negative. With 5 folds we count the test images in which **every** $e^{{J_c}}$ is below the
smallest representable number and rounds to 0, so the naive division would be $0/0$:
""",
    )
    return


@app.cell
def _(GaussianNB, kfold_indices, kit, load_digits, np):
    from gradiente.softmax import logsumexp

    X_digits, y_digits = load_digits(return_X_y=True)
    underflowing, worst_joint, finite_rows = 0, 0.0, True
    for train_rows, test_rows in kfold_indices(len(y_digits), 5, y=y_digits):
        J = GaussianNB().fit(X_digits[train_rows], y_digits[train_rows]).predict_joint_log_proba(X_digits[test_rows])
        underflowing += int(np.sum(np.exp(J).max(axis=1) == 0.0))  # every class rounds to 0
        worst_joint = min(worst_joint, J.max(axis=1).min())
        log_posterior = J - logsumexp(J, axis=1, keepdims=True)  # the shift by the row's max saves them
        finite_rows = finite_rows and bool(np.isfinite(log_posterior).all())
    kit.printout(
        [
            f"test images where every e^J is 0:      {underflowing} of {len(y_digits)}",
            f"smallest max_c J_c among them:         {worst_joint:.4g}",
            f"log-sum-exp posteriors all finite:     {finite_rows}",
        ]
    )
    return X_digits, underflowing, y_digits


@app.cell(hide_code=True)
def _(kit, lang, underflowing):
    kit.text(
        lang,
        es=rf"""
En {underflowing} imágenes la división directa da NaN; restando el máximo de cada fila antes de
exponenciar, todas salen bien. No es un caso de laboratorio: es lo que pasa con datos reales.

**Naive Bayes de Bernoulli y el suavizado de Laplace.** Si los rasgos son 0/1 (un píxel encendido
o apagado, una palabra presente o no), cada uno es una moneda por clase, con probabilidad
$\theta_{{cj}}$ de estar encendido, y

$$
\ln p(x \mid c) = \sum_j \Big[ x_j \ln\theta_{{cj}} + (1 - x_j)\ln(1 - \theta_{{cj}}) \Big].
$$

La estimación de máxima verosimilitud, $N_{{cj}}/N_c$ (la fracción de imágenes de la clase con el
píxel encendido), da 0 si el píxel nunca se encendió en esa clase (o 1 si siempre lo estuvo), y
entonces una sola imagen nueva que lo contradiga tiene $\ln 0 = -\infty$: la clase queda imposible. El **suavizado de
Laplace** suma $\alpha$ casos imaginarios de cada resultado:

$$
\theta_{{cj}} = \frac{{N_{{cj}} + \alpha}}{{N_c + 2\alpha}}.
$$

Es, otra vez, una distribución a priori: con las fórmulas de la sección 2, es la media a
posteriori de $\theta_{{cj}}$ con una distribución a priori $\mathrm{{Beta}}(\alpha, \alpha)$ (con
$\alpha = 1$, la plana). Una sola imagen rara ya no puede anular una clase. En los dígitos con los
píxeles binarizados en 7.5 (de 0 a 16):
""",
        en=rf"""
In {underflowing} images the direct division gives NaN; subtracting each row's maximum before
exponentiating, they all come out right. This is not a textbook curiosity: it is what happens on
real data.

**Bernoulli naive Bayes and Laplace smoothing.** If the features are 0/1 (a pixel on or off, a
word present or not), each is a coin per class, with probability $\theta_{{cj}}$ of being on, and

$$
\ln p(x \mid c) = \sum_j \Big[ x_j \ln\theta_{{cj}} + (1 - x_j)\ln(1 - \theta_{{cj}}) \Big].
$$

The maximum-likelihood estimate, $N_{{cj}}/N_c$ (the fraction of the class's images with the pixel
on), is 0 if the pixel was never on in that class (or 1 if it always was), and then a single new
image that contradicts it has $\ln 0 = -\infty$: the class becomes impossible. **Laplace smoothing** adds $\alpha$ imaginary
cases of each outcome:

$$
\theta_{{cj}} = \frac{{N_{{cj}} + \alpha}}{{N_c + 2\alpha}}.
$$

It is, once more, a prior: by section 2's formulas, it is the posterior mean of $\theta_{{cj}}$
under a $\mathrm{{Beta}}(\alpha, \alpha)$ prior (with $\alpha = 1$, the flat one). A single odd image
can no longer wipe out a class. On digits with the pixels binarised at 7.5 (out of 0 to 16):
""",
    )
    return


@app.cell
def _(BernoulliNB, X_digits, cross_val_score, kit, np, train_test_split, y_digits):
    X_train_d, X_test_d, y_train_d, y_test_d = train_test_split(
        X_digits, y_digits, test_size=0.3, random_state=0, stratify=y_digits
    )
    pixel_on = X_train_d > 7.5
    counts = np.array([pixel_on[y_train_d == c].sum(axis=0) for c in range(10)])  # N_cj, shape (10, 64)
    class_sizes = np.bincount(y_train_d)[:, None]
    never_on, always_on = counts == 0, counts == class_sizes  # theta = 0 or 1 without smoothing

    def impossible(x, c):  # ln 0 = -inf for its own class: a pixel on where theta = 0, or off where theta = 1
        on = x > 7.5
        return bool(np.any(on & never_on[c]) or np.any(~on & always_on[c]))

    doomed = [impossible(X_test_d[i], y_test_d[i]) for i in range(len(y_test_d))]
    bernoulli = BernoulliNB(alpha=1.0, binarize=7.5).fit(X_train_d, y_train_d)
    bernoulli_cv = cross_val_score(BernoulliNB(binarize=7.5), X_digits, y_digits, cv=5)
    kit.printout(
        [
            f"(class, pixel) pairs never on / always on:     {never_on.sum()} / {always_on.sum()} of {never_on.size}",
            f"test images impossible for their own class:    {sum(doomed)} of {len(doomed)}  (without smoothing)",
            f"test accuracy with alpha = 1:                  {bernoulli.score(X_test_d, y_test_d):.3f}",
            f"5-fold accuracy with alpha = 1:                {bernoulli_cv.mean():.3f}",
        ]
    )
    return (bernoulli_cv,)


@app.cell(hide_code=True)
def _(bernoulli_cv, kit, lang):
    kit.text(
        lang,
        es=rf"""
Sin suavizado, esas imágenes serían imposibles para su propia clase por culpa de algún píxel.
Con $\alpha = 1$, naive Bayes de Bernoulli acierta el {100 * bernoulli_cv.mean():.1f} % de los
dígitos en validación cruzada, con 64 monedas por clase y nada más.

**Lo que *naive* ignora.** Dentro de cada clase, naive Bayes gaussiano es una normal con matriz de
covarianza **diagonal**: sus curvas de nivel son elipses con los ejes paralelos a los de los
rasgos. Si dos rasgos están correlacionados dentro de una clase, la elipse verdadera está
inclinada, y naive Bayes no puede verla. Abajo, a la izquierda, naive Bayes; a la derecha, una
normal con covarianza completa por clase (`MultivariateNormal` de la lección 5.2). Las elipses
encierran la región a menos de 2 desviaciones estándar (distancia de Mahalanobis 2), y el color del
fondo es la clase predicha. Cambia el par de rasgos.
""",
        en=rf"""
Without smoothing, those images would be impossible for their own class because of some pixel.
With $\alpha = 1$, Bernoulli naive Bayes gets {100 * bernoulli_cv.mean():.1f} % of the digits right
in cross-validation, with 64 coins per class and nothing else.

**What *naive* ignores.** Within each class, Gaussian naive Bayes is a normal with a **diagonal**
covariance matrix: its level curves are ellipses with axes parallel to the features'. If two
features are correlated within a class, the true ellipse is tilted, and naive Bayes cannot see it.
Below, on the left, naive Bayes; on the right, a normal with a full covariance per class
(`MultivariateNormal` from lesson 5.2). The ellipses enclose the region within 2 standard
deviations (Mahalanobis distance 2), and the background colour is the predicted class. Change the
pair of features.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    _names = {
        "es": ["largo del sépalo", "ancho del sépalo", "largo del pétalo", "ancho del pétalo"],
        "en": ["sepal length", "sepal width", "petal length", "petal width"],
    }[lang]
    _pairs = [(2, 3), (0, 1), (0, 2), (1, 3), (0, 3), (1, 2)]
    pair_dropdown = mo.ui.dropdown(
        options={f"{_names[i]} / {_names[j]}": (i, j) for i, j in _pairs},
        value=f"{_names[2]} / {_names[3]}",
        label=kit.say(lang, es="Rasgos de iris", en="Iris features"),
    )
    feature_names_iris = _names
    pair_dropdown
    return feature_names_iris, pair_dropdown


@app.cell(hide_code=True)
def _(GaussianNB, load_iris, np, pair_dropdown):
    from gradiente.stats import MultivariateNormal

    _iris = load_iris()
    pair = pair_dropdown.value
    X_pair = _iris.data[:, list(pair)]
    y_iris = _iris.target
    naive_model = GaussianNB().fit(X_pair, y_iris)
    full_normals = [MultivariateNormal.fit(X_pair[y_iris == c]) for c in range(3)]  # MLE mean and covariance
    log_priors = np.log(naive_model.class_prior_)

    def predict_full(points):
        scores = np.column_stack([normal.logpdf(points) for normal in full_normals]) + log_priors
        return np.argmax(scores, axis=1)

    _pad = 0.4
    _x = np.linspace(X_pair[:, 0].min() - _pad, X_pair[:, 0].max() + _pad, 150)
    _y = np.linspace(X_pair[:, 1].min() - _pad, X_pair[:, 1].max() + _pad, 150)
    grid_x, grid_y = np.meshgrid(_x, _y)
    _points = np.column_stack([grid_x.ravel(), grid_y.ravel()])
    regions = {
        "naive": naive_model.predict(_points).reshape(grid_x.shape),
        "full": predict_full(_points).reshape(grid_x.shape),
    }
    accuracy = {
        "naive": float(np.mean(naive_model.predict(X_pair) == y_iris)),
        "full": float(np.mean(predict_full(X_pair) == y_iris)),
    }
    covariances = {
        "naive": [np.diag(naive_model.var_[c]) for c in range(3)],
        "full": [normal.cov for normal in full_normals],
    }
    correlations = [float(np.corrcoef(X_pair[y_iris == c].T)[0, 1]) for c in range(3)]
    return X_pair, accuracy, correlations, covariances, grid_x, grid_y, naive_model, pair, regions, y_iris


@app.cell(hide_code=True)
def _(
    X_pair,
    accuracy,
    correlations,
    covariances,
    feature_names_iris,
    grid_x,
    grid_y,
    kit,
    lang,
    naive_model,
    np,
    pair,
    plt,
    regions,
    y_iris,
):
    from matplotlib.colors import ListedColormap
    from matplotlib.patches import Ellipse

    _colors = ["tab:blue", "tab:orange", "tab:green"]
    _species = ["setosa", "versicolor", "virginica"]
    _fig, _axes = plt.subplots(1, 2, figsize=(10.4, 4.6), sharex=True, sharey=True)
    for _ax, _kind in zip(_axes, ("naive", "full")):
        _ax.contourf(
            grid_x,
            grid_y,
            regions[_kind],
            levels=[-0.5, 0.5, 1.5, 2.5],
            cmap=ListedColormap(["#dbe8f5", "#fde3cc", "#d8efd5"]),
        )
        for _c in range(3):
            _ax.scatter(*X_pair[y_iris == _c].T, s=12, color=_colors[_c], label=_species[_c], zorder=3)
            _values, _vectors = np.linalg.eigh(covariances[_kind][_c])
            _angle = np.degrees(np.arctan2(_vectors[1, -1], _vectors[0, -1]))
            _ax.add_patch(
                Ellipse(
                    naive_model.theta_[_c],
                    width=4 * np.sqrt(_values[-1]),
                    height=4 * np.sqrt(_values[0]),
                    angle=_angle,
                    fill=False,
                    color=_colors[_c],
                    lw=2,
                    zorder=4,
                )
            )
        _title = {
            "naive": kit.say(lang, es="naive Bayes (covarianza diagonal)", en="naive Bayes (diagonal covariance)"),
            "full": kit.say(lang, es="covarianza completa", en="full covariance"),
        }[_kind]
        _ax.set_title(
            kit.say(
                lang,
                es=f"{_title}: acierto {accuracy[_kind]:.3f}",
                en=f"{_title}: accuracy {accuracy[_kind]:.3f}",
            ),
            fontsize=9.5,
        )
        _ax.set_xlabel(f"{feature_names_iris[pair[0]]} (cm)")
    _axes[0].set_ylabel(f"{feature_names_iris[pair[1]]} (cm)")
    _axes[0].legend(fontsize=7.5, loc="upper left")
    _fig.suptitle(
        kit.say(
            lang,
            es="correlación dentro de cada clase: "
            + ", ".join(f"{n} {r:+.2f}" for n, r in zip(_species, correlations)),
            en="correlation within each class: " + ", ".join(f"{n} {r:+.2f}" for n, r in zip(_species, correlations)),
        ),
        fontsize=9.5,
    )
    _fig.subplots_adjust(left=0.07, right=0.99, bottom=0.11, top=0.86, wspace=0.06)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(accuracy, correlations, kit, lang):
    kit.text(
        lang,
        es=rf"""
Con este par, la correlación más fuerte dentro de una clase es {max(correlations, key=abs):+.2f}.
La elipse de naive Bayes no se inclina; la de covarianza completa sigue a la nube y acierta
{accuracy["full"]:.3f} de las flores de entrenamiento, contra {accuracy["naive"]:.3f} de naive Bayes.
Cambia de par: la covarianza completa acierta un poco más, pero la diferencia es chica. Naive Bayes se equivoca en las **probabilidades** (cuenta dos veces la información de dos rasgos
que dicen lo mismo y se vuelve demasiado seguro), pero muchas veces acierta en **cuál clase** es la
más probable. A cambio, necesita estimar $2d$ números por clase en lugar de $d + d(d+1)/2$, y eso
importa mucho cuando $d$ es grande y hay pocos datos.
""",
        en=rf"""
With this pair, the strongest within-class correlation is {max(correlations, key=abs):+.2f}. The naive
Bayes ellipse does not tilt; the full-covariance one follows the cloud and gets {accuracy["full"]:.3f}
of the training flowers right, against naive Bayes's {accuracy["naive"]:.3f}. Change the pair: full covariance gets a
few more right, but the gap is small. Naive Bayes gets the
**probabilities** wrong (it counts twice the information of two features that say the same thing,
and becomes overconfident), but it often gets right **which class** is the most probable. In
exchange, it estimates $2d$ numbers per class instead of $d + d(d+1)/2$, and that matters a lot when
$d$ is large and the data are few.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_gaussian_nb_log_posterior = kit.exercise("gaussian_nb_log_posterior", lang)
    ex_gaussian_nb_log_posterior
    return (ex_gaussian_nb_log_posterior,)


@app.cell(hide_code=True)
def _(ex_gaussian_nb_log_posterior, kit):
    kit.feedback(ex_gaussian_nb_log_posterior)
    return


@app.cell(hide_code=True)
def _(ex_gaussian_nb_log_posterior, kit):
    kit.hints(ex_gaussian_nb_log_posterior)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 4. MAP para los pesos: ridge y lasso

El MAP de cualquier modelo maximiza $\ln p(\mathcal D \mid w) + \ln \pi(w)$: la
log-verosimilitud de la lección 5.4 **más** la log-a priori. En la regresión lineal con ruido
gaussiano, $y_i = x_i^\top w + b + \varepsilon_i$ con $\varepsilon_i \sim \mathcal N(0, \sigma^2)$,
y una distribución a priori $w \sim \mathcal N(0, \tau^2 I)$ (pesos chicos, sin preferencia de
signo), quitando las constantes:

$$
-\ln \pi(w \mid \mathcal D) = \frac{\lVert y - Xw - b\rVert^2}{2\sigma^2} + \frac{\lVert w\rVert^2}{2\tau^2} + \text{const}.
$$

Multiplicando por $2\sigma^2$, que no cambia dónde está el mínimo:

$$
\hat w_{\mathrm{MAP}} = \arg\min_w\ \lVert y - Xw - b\rVert^2 + \frac{\sigma^2}{\tau^2}\lVert w\rVert^2,
$$

que es **ridge** (lección 4.1) con $\alpha = \sigma^2/\tau^2$. Mucho ruido o una distribución a
priori estrecha encogen más los pesos; con $\tau^2 \to \infty$ la distribución a priori deja de
opinar y queda mínimos cuadrados, el MLE. El intercepto $b$ no lleva distribución a priori (o una
plana): por eso ridge no lo penaliza y se resuelve centrando los datos.

Con una distribución a priori de **Laplace**, $\pi(w_j) \propto e^{-|w_j|/s}$, la log-a priori es
$-\lVert w\rVert_1/s$ y sale **lasso**, $\lVert y - Xw - b\rVert^2 + \lambda\lVert w\rVert_1$ con
$\lambda = 2\sigma^2/s$. Con un solo peso, minimizar $(w - z)^2 + \lambda|w|$ da
$w = \operatorname{sign}(z)\max(|z| - \lambda/2,\ 0)$: si $|z| \le \lambda/2$ el peso queda en
**exactamente** 0. El pico de la Laplace en 0 es lo que hace que lasso elija rasgos.

En la diabetes (escalada) tomamos $\sigma^2 = 2900$, cerca de la varianza de los residuos de mínimos
cuadrados que calcula la celda de abajo.
""",
        en=r"""
## 4. MAP for the weights: ridge and lasso

The MAP of any model maximises $\ln p(\mathcal D \mid w) + \ln \pi(w)$: lesson 5.4's
log-likelihood **plus** the log-prior. In linear regression with Gaussian noise,
$y_i = x_i^\top w + b + \varepsilon_i$ with $\varepsilon_i \sim \mathcal N(0, \sigma^2)$, and a prior
$w \sim \mathcal N(0, \tau^2 I)$ (small weights, no preferred sign), dropping the constants:

$$
-\ln \pi(w \mid \mathcal D) = \frac{\lVert y - Xw - b\rVert^2}{2\sigma^2} + \frac{\lVert w\rVert^2}{2\tau^2} + \text{const}.
$$

Multiplying by $2\sigma^2$, which does not move the minimum:

$$
\hat w_{\mathrm{MAP}} = \arg\min_w\ \lVert y - Xw - b\rVert^2 + \frac{\sigma^2}{\tau^2}\lVert w\rVert^2,
$$

which is **ridge** (lesson 4.1) with $\alpha = \sigma^2/\tau^2$. Lots of noise or a narrow prior
shrink the weights more; with $\tau^2 \to \infty$ the prior stops having a say and least squares,
the MLE, is left. The intercept $b$ gets no prior (or a flat one): that is why ridge does not
penalise it and is solved by centring the data.

With a **Laplace** prior, $\pi(w_j) \propto e^{-|w_j|/s}$, the log-prior is $-\lVert w\rVert_1/s$ and
out comes **lasso**, $\lVert y - Xw - b\rVert^2 + \lambda\lVert w\rVert_1$ with $\lambda = 2\sigma^2/s$.
With a single weight, minimising $(w - z)^2 + \lambda|w|$ gives
$w = \operatorname{sign}(z)\max(|z| - \lambda/2,\ 0)$: if $|z| \le \lambda/2$ the weight is
**exactly** 0. The Laplace's peak at 0 is what makes lasso pick features.

On diabetes (scaled) we take $\sigma^2 = 2900$, close to the variance of the least-squares residuals
that the cell below computes.
""",
    )
    return


@app.cell
def _(kit, np):
    from gradiente.datasets import load_diabetes
    from gradiente.models import LinearRegression, Ridge

    diabetes = load_diabetes()
    X_diabetes, y_diabetes = diabetes.data, diabetes.target
    least_squares = LinearRegression().fit(X_diabetes, y_diabetes)  # the MLE
    residuals = y_diabetes - least_squares.predict(X_diabetes)
    n_samples, n_features = X_diabetes.shape
    sigma2_hat = residuals @ residuals / (n_samples - n_features - 1)  # unbiased residual variance
    sigma2 = 2900.0
    lines = [f"residual variance of least squares: {sigma2_hat:.1f}  (we take sigma2 = {sigma2:g})"]
    for tau2 in (10.0, 1e4, 1e12):
        w_map = Ridge(alpha=sigma2 / tau2).fit(X_diabetes, y_diabetes).coef_  # MAP = ridge, alpha = sigma2/tau2
        distance = np.linalg.norm(w_map - least_squares.coef_)
        lines.append(
            f"tau2 = {tau2:8.0e}: alpha = {sigma2 / tau2:8.3g}, ‖w_MAP‖ = {np.linalg.norm(w_map):7.1f}, ‖w_MAP − w_MLE‖ = {distance:.3g}"
        )
    lines.append(f"least squares:                     ‖w_MLE‖ = {np.linalg.norm(least_squares.coef_):7.1f}")
    kit.printout(lines)
    return LinearRegression, Ridge, X_diabetes, diabetes, least_squares, sigma2, y_diabetes


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Con $\tau^2 = 10$ ($\tau \approx 3$, "los pesos son de unas pocas unidades") la distribución a
priori aplasta los coeficientes; con $\tau^2 = 10^{12}$ el MAP queda a menos de una milésima de
mínimos cuadrados (la última distancia impresa). Mueve $\log_{10}\tau^2$ y mira cada coeficiente encogerse hacia 0 a medida que la
distribución a priori se estrecha; las barras grises son el MLE.
""",
        en=r"""
With $\tau^2 = 10$ ($\tau \approx 3$, "the weights are a few units") the prior crushes the
coefficients; with $\tau^2 = 10^{12}$ the MAP is within a thousandth of least squares (the last distance printed). Move
$\log_{10}\tau^2$ and watch each coefficient shrink towards 0 as the prior narrows; the grey bars
are the MLE.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    log_tau2_slider = mo.ui.slider(
        -1.0,
        6.0,
        step=0.25,
        value=2.0,
        show_value=True,
        label=kit.say(lang, es="$\\log_{10} \\tau^2$", en="$\\log_{10} \\tau^2$"),
    )
    log_tau2_slider
    return (log_tau2_slider,)


@app.cell(hide_code=True)
def _(Ridge, X_diabetes, diabetes, kit, lang, least_squares, log_tau2_slider, np, plt, sigma2, y_diabetes):
    _tau2 = 10.0**log_tau2_slider.value
    _w_map = Ridge(alpha=sigma2 / _tau2).fit(X_diabetes, y_diabetes).coef_
    _positions = np.arange(X_diabetes.shape[1])
    _fig, _ax = plt.subplots(figsize=(8.6, 3.9))
    _ax.bar(
        _positions - 0.2,
        least_squares.coef_,
        width=0.4,
        color="0.75",
        label=kit.say(lang, es="MLE (mínimos cuadrados)", en="MLE (least squares)"),
    )
    _ax.bar(_positions + 0.2, _w_map, width=0.4, color="tab:purple", label=f"MAP, α = σ²/τ² = {sigma2 / _tau2:.3g}")
    _ax.axhline(0, color="k", lw=0.8)
    _ax.set_xticks(_positions, diabetes.feature_names, fontsize=8.5)
    _ax.set_ylim(-900, 850)
    _ax.set_ylabel(kit.say(lang, es="coeficiente", en="coefficient"))
    _ax.legend(fontsize=8, loc="lower left")
    _ax.set_title(
        kit.say(
            lang,
            es=f"τ² = {_tau2:.3g} (τ = {np.sqrt(_tau2):.3g}): ‖w_MAP‖ = {np.linalg.norm(_w_map):.1f} frente a ‖w_MLE‖ = {np.linalg.norm(least_squares.coef_):.1f}",
            en=f"τ² = {_tau2:.3g} (τ = {np.sqrt(_tau2):.3g}): ‖w_MAP‖ = {np.linalg.norm(_w_map):.1f} vs ‖w_MLE‖ = {np.linalg.norm(least_squares.coef_):.1f}",
        ),
        fontsize=9.5,
    )
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 5. Ejercicio: el MAP de la regresión lineal

Ahora escríbelo tú, sin la biblioteca: centra, arma $\alpha = \sigma^2/\tau^2$ y resuelve el
sistema de ridge.
""",
        en=r"""
## 5. Exercise: the MAP of linear regression

Now write it yourself, without the library: centre, build $\alpha = \sigma^2/\tau^2$ and solve
ridge's system.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_map_linear_regression = kit.exercise("map_linear_regression", lang)
    ex_map_linear_regression
    return (ex_map_linear_regression,)


@app.cell(hide_code=True)
def _(ex_map_linear_regression, kit):
    kit.feedback(ex_map_linear_regression)
    return


@app.cell(hide_code=True)
def _(ex_map_linear_regression, kit):
    kit.hints(ex_map_linear_regression)
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
    QUIZ = [
        Question(
            T(
                es="**1.** Una enfermedad afecta al 1 % de la población. La prueba detecta al 99 % de los enfermos y da positivo en el 5 % de los sanos. Tu prueba da positivo. ¿Qué tan probable es que estés enfermo?",
                en="**1.** A disease affects 1 % of the population. The test detects 99 % of the sick and is positive for 5 % of the healthy. Your test is positive. How likely is it that you are sick?",
            ),
            (
                T(es="Alrededor de 99 %", en="About 99 %"),
                T(es="Alrededor de 95 %", en="About 95 %"),
                T(es="Alrededor de 17 %", en="About 17 %"),
                T(es="Alrededor de 1 %", en="About 1 %"),
            ),
            answer=2,
            why=T(
                es=r"$P(D \mid +) = \frac{0.99 \cdot 0.01}{0.99 \cdot 0.01 + 0.05 \cdot 0.99} = \frac{0.0099}{0.0594} \approx 0.167$. En 10 000 personas hay 99 enfermos que dan positivo y 495 sanos que también: 99 de 594. El 99 % es $P(+ \mid D)$, la condicional al revés; el 95 % es la especificidad; el 1 % es la probabilidad **antes** de la prueba, que el positivo multiplica por casi 17.",
                en=r"$P(D \mid +) = \frac{0.99 \cdot 0.01}{0.99 \cdot 0.01 + 0.05 \cdot 0.99} = \frac{0.0099}{0.0594} \approx 0.167$. Among 10,000 people, 99 sick ones test positive and so do 495 healthy ones: 99 out of 594. The 99 % is $P(+ \mid D)$, the conditional turned around; 95 % is the specificity; 1 % is the probability **before** the test, which the positive multiplies by almost 17.",
            ),
        ),
        Question(
            T(
                es="**2.** Con una distribución a priori Beta(2, 8) fija, observas cada vez más datos. ¿Qué pasa con el MAP y el MLE?",
                en="**2.** With a fixed Beta(2, 8) prior, you observe more and more data. What happens to the MAP and the MLE?",
            ),
            (
                T(
                    es="El MAP se queda cerca de 0.2, la media de la distribución a priori",
                    en="The MAP stays near 0.2, the prior's mean",
                ),
                T(
                    es="Se acercan: la verosimilitud crece con n y la distribución a priori no",
                    en="They get closer: the likelihood grows with n and the prior does not",
                ),
                T(es="Se separan cada vez más", en="They drift further and further apart"),
            ),
            answer=1,
            why=T(
                es=r"La log a posteriori es $\ln P(\mathcal D \mid p) + \ln \pi(p)$: el primer término suma un sumando por dato, el segundo es fijo. En la tabla de la sección 2, con $k/n = 0.7$, el MAP empieza lejos de 0.7 con $n = 10$ y queda a menos de 0.001 de 0.7 con $n = 10\,000$. La distribución a priori pesa como $a + b - 2 = 8$ datos imaginarios: mucho con 10 datos, casi nada con 10 000.",
                en=r"The log-posterior is $\ln P(\mathcal D \mid p) + \ln \pi(p)$: the first term adds one term per data point, the second is fixed. In section 2's table, with $k/n = 0.7$, the MAP starts far from 0.7 at $n = 10$ and is within 0.001 of 0.7 at $n = 10\,000$. The prior weighs as $a + b - 2 = 8$ imaginary data points: a lot with 10 data, almost nothing with 10,000.",
            ),
        ),
        Question(
            T(
                es="**3.** ¿Qué supone naive Bayes?",
                en="**3.** What does naive Bayes assume?",
            ),
            (
                T(
                    es="Que los rasgos son independientes entre sí en todo el conjunto de datos",
                    en="That the features are independent of each other across the whole data set",
                ),
                T(
                    es="Que los rasgos son independientes dentro de cada clase",
                    en="That the features are independent within each class",
                ),
                T(es="Que las clases son igual de frecuentes", en="That the classes are equally frequent"),
                T(es="Que los rasgos siguen una normal", en="That the features are normally distributed"),
            ),
            answer=1,
            why=T(
                es=r"El supuesto es $p(x \mid c) = \prod_j p(x_j \mid c)$: independencia **condicional a la clase**. En todo el conjunto los rasgos sí pueden estar correlacionados (en iris, el largo y el ancho del pétalo lo están mucho, porque ambos separan las especies). Las clases tienen cada una su $P(c)$, estimada con su frecuencia (por eso el vino, con 59/71/48, la necesita), y la normal es solo la versión gaussiana: la de Bernoulli usa monedas.",
                en=r"The assumption is $p(x \mid c) = \prod_j p(x_j \mid c)$: independence **given the class**. Across the whole set the features may well be correlated (in iris, petal length and width strongly are, because both separate the species). Each class has its own $P(c)$, estimated by its frequency (that is why wine, with 59/71/48, needs it), and the normal is only the Gaussian version: the Bernoulli one uses coins.",
            ),
        ),
        Question(
            T(
                es=r"**4.** Una distribución a priori gaussiana $\mathcal N(0, \tau^2 I)$ sobre los pesos de una regresión lineal corresponde a…",
                en=r"**4.** A Gaussian prior $\mathcal N(0, \tau^2 I)$ on the weights of a linear regression corresponds to…",
            ),
            (
                T(es="…una penalización L2 (ridge), α = σ²/τ²", en="…an L2 penalty (ridge), α = σ²/τ²"),
                T(es="…una penalización L1 (lasso)", en="…an L1 penalty (lasso)"),
                T(es="…ninguna penalización: el MAP es el MLE", en="…no penalty: the MAP is the MLE"),
            ),
            answer=0,
            why=T(
                es=r"$-\ln$ de la densidad gaussiana es $\lVert w\rVert^2/(2\tau^2)$ más una constante: un cuadrado, la penalización L2. Multiplicando todo por $2\sigma^2$ queda ridge con $\alpha = \sigma^2/\tau^2$. L1 sale de la distribución de Laplace, cuyo $-\ln$ es $|w|/s$. Solo con $\tau^2 \to \infty$ (una distribución a priori plana) el MAP vuelve a ser el MLE.",
                en=r"$-\ln$ of the Gaussian density is $\lVert w\rVert^2/(2\tau^2)$ plus a constant: a square, the L2 penalty. Multiplying everything by $2\sigma^2$ leaves ridge with $\alpha = \sigma^2/\tau^2$. L1 comes from the Laplace distribution, whose $-\ln$ is $|w|/s$. Only with $\tau^2 \to \infty$ (a flat prior) is the MAP the MLE again.",
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

- Bayes: $P(A \mid B) = P(B \mid A)\,P(A) / \sum_i P(B \mid A_i)\,P(A_i)$. $P(A \mid B)$ y
  $P(B \mid A)$ son cosas distintas, y la tasa base $P(A)$ puede dominar: con prevalencia 1 %,
  sensibilidad 99 % y especificidad 95 %, $P(D \mid +) \approx 0.17$.
- Con una distribución a priori $\mathrm{Beta}(a, b)$ y $k$ éxitos en $n$, la distribución a
  posteriori es $\mathrm{Beta}(a + k, b + n - k)$; su moda es el MAP, $\frac{a+k-1}{a+b+n-2}$, su
  media $\frac{a+k}{a+b+n}$, y sus cuantiles dan un intervalo creíble. MAP → MLE cuando $n$ crece.
- Naive Bayes supone rasgos independientes **dentro de cada clase**; se calcula en logaritmos,
  $J_c = \ln P(c) + \sum_j \ln p(x_j \mid c)$, y se normaliza con log-sum-exp (en los dígitos, la
  división directa da NaN). El gaussiano suaviza las varianzas con
  $\varepsilon = \texttt{var\_smoothing}\cdot\max_j\mathrm{Var}(x_j)$; el de Bernoulli suaviza las
  frecuencias con Laplace, $\frac{N_{cj}+\alpha}{N_c+2\alpha}$.
- Lo que *naive* ignora son las correlaciones dentro de cada clase: sus elipses no se inclinan.
- MAP = MLE + log-a priori. Una distribución a priori gaussiana sobre los pesos da ridge con
  $\alpha = \sigma^2/\tau^2$; una de Laplace da lasso, que deja pesos exactamente en 0.
- Sigue en la lección 5.6: pruebas de hipótesis y valores p, que **no** son $P(H_0 \mid \mathcal D)$.
""",
        en=r"""
## 7. Summary

- Bayes: $P(A \mid B) = P(B \mid A)\,P(A) / \sum_i P(B \mid A_i)\,P(A_i)$. $P(A \mid B)$ and
  $P(B \mid A)$ are different things, and the base rate $P(A)$ can dominate: with prevalence 1 %,
  sensitivity 99 % and specificity 95 %, $P(D \mid +) \approx 0.17$.
- With a $\mathrm{Beta}(a, b)$ prior and $k$ successes out of $n$, the posterior is
  $\mathrm{Beta}(a + k, b + n - k)$; its mode is the MAP, $\frac{a+k-1}{a+b+n-2}$, its mean
  $\frac{a+k}{a+b+n}$, and its quantiles give a credible interval. MAP → MLE as $n$ grows.
- Naive Bayes assumes features independent **within each class**; it is computed in logarithms,
  $J_c = \ln P(c) + \sum_j \ln p(x_j \mid c)$, and normalised by log-sum-exp (on digits, the direct
  division gives NaN). The Gaussian one smooths the variances with
  $\varepsilon = \texttt{var\_smoothing}\cdot\max_j\mathrm{Var}(x_j)$; the Bernoulli one smooths the
  frequencies with Laplace, $\frac{N_{cj}+\alpha}{N_c+2\alpha}$.
- What *naive* ignores is the correlation within each class: its ellipses do not tilt.
- MAP = MLE + log-prior. A Gaussian prior on the weights gives ridge with
  $\alpha = \sigma^2/\tau^2$; a Laplace one gives lasso, which leaves weights at exactly 0.
- Next, in lesson 5.6: hypothesis tests and p-values, which are **not** $P(H_0 \mid \mathcal D)$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es="## 8. Para seguir: recursos",
        en="## 8. Keep going: resources",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.resources("bayes-naive-bayes-map", lang)
    return


if __name__ == "__main__":
    app.run()
