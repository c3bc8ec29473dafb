import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 5.4")


@app.cell(hide_code=True)
def _():
    import math

    import marimo as mo
    import numpy as np

    from gradiente.course.kit import Kit

    kit = Kit()
    plt = kit.pyplot()
    return kit, math, mo, np, plt


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
    kit.header("maximum-likelihood", lang)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Tienes datos y un modelo con parámetros: una moneda con probabilidad de cara $p$, una normal con
$\mu$ y $\sigma$, una regresión con pesos $w$. ¿Qué parámetros elegir? La **máxima verosimilitud**
responde: los que hacen **más probables los datos que de verdad observaste**. Esa sola idea explica
de dónde salen las funciones de costo que ya usaste: el error cuadrático medio de la regresión
lineal y la entropía cruzada de la regresión logística son, las dos, log-verosimilitudes negativas.

**Al terminar podrás:**

- escribir la verosimilitud y la log-verosimilitud de datos independientes y encontrar su máximo
  igualando la derivada a cero (Bernoulli, normal, Poisson, exponencial);
- explicar por qué el $\hat\sigma^2$ de máxima verosimilitud divide entre $n$ y está sesgado;
- deducir el MSE del ruido normal, la entropía cruzada de etiquetas de Bernoulli y el MAE del ruido
  de Laplace;
- encontrar un máximo con el método de Newton y sacar el error estándar de la curvatura;
- relacionar entropía, entropía cruzada y divergencia KL: $H(p, q) = H(p) + \mathrm{KL}(p\Vert q)$.
""",
        en=r"""
You have data and a model with parameters: a coin with probability of heads $p$, a normal with
$\mu$ and $\sigma$, a regression with weights $w$. Which parameters should you pick? **Maximum
likelihood** answers: the ones that make **the data you actually observed most probable**. That one
idea explains where the cost functions you have already used come from: linear regression's mean
squared error and logistic regression's cross-entropy are both negative log-likelihoods.

**By the end you will be able to:**

- write the likelihood and log-likelihood of independent data and find its maximum by setting the
  derivative to zero (Bernoulli, normal, Poisson, exponential);
- explain why the maximum likelihood $\hat\sigma^2$ divides by $n$ and is biased;
- derive the MSE from normal noise, the cross-entropy from Bernoulli labels and the MAE from
  Laplace noise;
- find a maximum with Newton's method and read the standard error off the curvature;
- relate entropy, cross-entropy and the KL divergence: $H(p, q) = H(p) + \mathrm{KL}(p\Vert q)$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 0. ¿Por qué importa en ML?

Entrenar un modelo es elegir parámetros minimizando una pérdida. ¿Por qué esa pérdida y no otra?
Casi siempre porque es la **log-verosimilitud negativa** de un modelo de cómo se generan los
datos. Verlo así tiene consecuencias prácticas: dice qué pérdida usar con datos nuevos (conteos,
tiempos de espera, etiquetas), qué supone cada una (el MSE supone ruido normal, y por eso sufre con
valores atípicos) y cómo medir la incertidumbre de lo que aprendiste (la curvatura de la
verosimilitud da errores estándar). Y la entropía cruzada con la que se entrenan casi todos los
clasificadores, desde la regresión logística hasta los modelos de lenguaje, es esta misma idea.
""",
        en=r"""
## 0. Why does it matter in ML?

Training a model means choosing parameters by minimising a loss. Why that loss and not another?
Almost always because it is the **negative log-likelihood** of a model of how the data are
generated. Seeing it this way has practical consequences: it tells you which loss to use on new
kinds of data (counts, waiting times, labels), what each one assumes (MSE assumes normal noise,
which is why it suffers with outliers) and how to measure the uncertainty of what you learned (the
curvature of the likelihood gives standard errors). And the cross-entropy almost every classifier
is trained with, from logistic regression to language models, is this very idea.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 1. La verosimilitud de una moneda

Lanzas una moneda $n$ veces y salen $k$ caras. Si la probabilidad de cara es $p$ y los lanzamientos
son independientes, la probabilidad de esa secuencia es un producto, uno por lanzamiento:

$$
L(p) = p^k (1 - p)^{n-k}.
$$

Como función de los datos con $p$ fijo, es una probabilidad. Leída al revés, **con los datos fijos
y $p$ variando**, se llama **verosimilitud** (*likelihood*). El parámetro más verosímil es el que
maximiza $L$. Es más fácil maximizar su logaritmo, la **log-verosimilitud**, que tiene el mismo
máximo porque $\ln$ es creciente:

$$
\ell(p) = \ln L(p) = k \ln p + (n - k)\ln(1 - p).
$$

Su derivada se llama *score*; el máximo está donde vale cero:

$$
\ell'(p) = \frac{k}{p} - \frac{n-k}{1-p} = 0
\quad\Longrightarrow\quad
\hat p = \frac{k}{n}.
$$

La fracción de caras, como dicta el sentido común. Y la segunda derivada en $\hat p$ mide qué tan
puntiaguda es la curva:

$$
\ell''(\hat p) = -\frac{k}{\hat p^2} - \frac{n-k}{(1-\hat p)^2} = -\frac{n}{\hat p(1-\hat p)},
\qquad
\operatorname{SE}(\hat p) \approx \big[-\ell''(\hat p)\big]^{-1/2} = \sqrt{\frac{\hat p(1-\hat p)}{n}}.
$$

Una curva más puntiaguda deja menos valores de $p$ casi tan verosímiles como $\hat p$: el
**error estándar** es más chico. (Si escribes la probabilidad binomial, con $\binom nk$ delante,
nada cambia: ese factor no depende de $p$, y al tomar logaritmos es una constante que se suma.)

**Mueve los controles.** A la izquierda, $L(p)$ dividida entre su máximo $L(\hat p)$ (sin dividir
sería un número diminuto: el título dice cuánto); a la derecha, $\ell(p) - \ell(\hat p)$. La franja
es $\hat p \pm \operatorname{SE}$, y la curva punteada es la normal que tiene esa misma curvatura.
Deja fija la fracción de caras y sube $n$: la curva se angosta como $1/\sqrt n$.
""",
        en=r"""
## 1. The likelihood of a coin

You toss a coin $n$ times and get $k$ heads. If the probability of heads is $p$ and the tosses are
independent, the probability of that sequence is a product, one factor per toss:

$$
L(p) = p^k (1 - p)^{n-k}.
$$

As a function of the data with $p$ fixed, it is a probability. Read the other way, **with the data
fixed and $p$ varying**, it is called the **likelihood**. The most likely parameter is the one that
maximises $L$. It is easier to maximise its logarithm, the **log-likelihood**, which has the same
maximum because $\ln$ is increasing:

$$
\ell(p) = \ln L(p) = k \ln p + (n - k)\ln(1 - p).
$$

Its derivative is called the *score*; the maximum is where it is zero:

$$
\ell'(p) = \frac{k}{p} - \frac{n-k}{1-p} = 0
\quad\Longrightarrow\quad
\hat p = \frac{k}{n}.
$$

The fraction of heads, as common sense says. And the second derivative at $\hat p$ measures how
sharp the curve is:

$$
\ell''(\hat p) = -\frac{k}{\hat p^2} - \frac{n-k}{(1-\hat p)^2} = -\frac{n}{\hat p(1-\hat p)},
\qquad
\operatorname{SE}(\hat p) \approx \big[-\ell''(\hat p)\big]^{-1/2} = \sqrt{\frac{\hat p(1-\hat p)}{n}}.
$$

A sharper curve leaves fewer values of $p$ nearly as likely as $\hat p$: the **standard error** is
smaller. (If you write the binomial probability, with $\binom nk$ in front, nothing changes: that
factor does not depend on $p$, and after taking logarithms it is an added constant.)

**Move the controls.** On the left, $L(p)$ divided by its maximum $L(\hat p)$ (undivided it would be
a tiny number: the title says how tiny); on the right, $\ell(p) - \ell(\hat p)$. The band is
$\hat p \pm \operatorname{SE}$, and the dotted curve is the normal with that same curvature. Keep
the fraction of heads fixed and raise $n$: the curve narrows like $1/\sqrt n$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    flips_slider = mo.ui.slider(
        steps=[5, 10, 20, 50, 100, 200, 500, 1000],
        value=20,
        show_value=True,
        label=kit.say(lang, es="Lanzamientos $n$", en="Tosses $n$"),
    )
    share_slider = mo.ui.slider(
        0.05,
        0.95,
        step=0.05,
        value=0.7,
        show_value=True,
        label=kit.say(lang, es="Fracción de caras $k/n$", en="Fraction of heads $k/n$"),
    )
    mo.hstack([flips_slider, share_slider], justify="start", gap=2)
    return flips_slider, share_slider


@app.cell(hide_code=True)
def _(flips_slider, math, np, share_slider):
    # Small pure cell: the coin's log-likelihood on a grid, its maximum and its curvature there.
    n_flips = int(flips_slider.value)
    n_heads = int(round(share_slider.value * n_flips))
    p_hat = n_heads / n_flips
    p_grid = np.linspace(0.001, 0.999, 999)
    coin_loglik = n_heads * np.log(p_grid) + (n_flips - n_heads) * np.log1p(-p_grid)
    coin_loglik_max = n_heads * math.log(p_hat) + (n_flips - n_heads) * math.log1p(-p_hat)
    coin_se = math.sqrt(p_hat * (1 - p_hat) / n_flips)  # [−ℓ″(p̂)]^(−1/2)
    # ∫₀¹ L(p) dp = B(k + 1, n − k + 1): the likelihood is not a density over p
    coin_area = math.exp(math.lgamma(n_heads + 1) + math.lgamma(n_flips - n_heads + 1) - math.lgamma(n_flips + 2))
    return coin_area, coin_loglik, coin_loglik_max, coin_se, n_flips, n_heads, p_grid, p_hat


@app.cell(hide_code=True)
def _(
    coin_loglik,
    coin_loglik_max,
    coin_se,
    kit,
    lang,
    math,
    n_flips,
    n_heads,
    np,
    p_grid,
    p_hat,
    plt,
):
    _fig, (_left, _right) = plt.subplots(1, 2, figsize=(10, 3.8))
    _relative = np.exp(coin_loglik - coin_loglik_max)
    _normal = np.exp(-((p_grid - p_hat) ** 2) / (2 * coin_se**2))
    for _ax in (_left, _right):
        _ax.axvspan(p_hat - coin_se, p_hat + coin_se, color="tab:orange", alpha=0.18, lw=0)
        _ax.axvline(p_hat, color="tab:orange", lw=1.5)
        _ax.set_xlim(0, 1)
        _ax.set_xlabel("p")
    _left.plot(p_grid, _relative, color="tab:blue", lw=2, label="L(p) / L(p̂)")
    _left.plot(
        p_grid,
        _normal,
        color="0.3",
        lw=1.2,
        ls=":",
        label=kit.say(lang, es="normal con la misma curvatura", en="normal with the same curvature"),
    )
    _left.set_ylim(0, 1.08)
    _left.legend(fontsize=8, loc="upper left")
    _exponent = coin_loglik_max / math.log(10)
    _left.set_title(
        kit.say(
            lang,
            es=f"k = {n_heads} de n = {n_flips}:  L(p̂) ≈ 10^{_exponent:.1f}",
            en=f"k = {n_heads} of n = {n_flips}:  L(p̂) ≈ 10^{_exponent:.1f}",
        ),
        fontsize=10,
    )
    _right.plot(p_grid, coin_loglik - coin_loglik_max, color="tab:blue", lw=2)
    _right.set_ylim(-12, 0.8)
    _right.set_ylabel("ℓ(p) − ℓ(p̂)")
    _right.set_title(
        kit.say(
            lang,
            es=f"p̂ = {p_hat:.3f},  SE = {coin_se:.3f}",
            en=f"p̂ = {p_hat:.3f},  SE = {coin_se:.3f}",
        ),
        fontsize=10,
    )
    _fig.subplots_adjust(left=0.08, right=0.98, bottom=0.14, top=0.86, wspace=0.3)  # fixed: tight_layout costs ~0.3 s
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(coin_area, kit, lang, math, n_flips, n_heads):
    kit.text(
        lang,
        es=rf"""
Dos cosas que muestra la figura. Primero, la verosimilitud **no es una distribución sobre $p$**: el
área bajo $L(p)$ con $k = {n_heads}$ y $n = {n_flips}$ es $\int_0^1 L(p)\,dp \approx
{kit.tex_number(coin_area)}$, no 1. Sirve para comparar valores de $p$ entre sí, no para decir “con
qué probabilidad $p$ vale tanto” (eso lo hace la estadística bayesiana, en la lección 5.5).
Segundo, $L(\hat p)$ es diminuta, y lo sería aún más con más datos: cada lanzamiento multiplica por
un número menor que 1. Por eso se trabaja con logaritmos, que convierten el producto en una suma.
La celda de abajo lo comprueba con datos reales: la densidad normal de las 569 texturas del
conjunto de cáncer de mama, multiplicada, da exactamente 0 en la computadora; la suma de sus
logaritmos es un número normal.
""",
        en=rf"""
Two things the figure shows. First, the likelihood **is not a distribution over $p$**: the area
under $L(p)$ with $k = {n_heads}$ and $n = {n_flips}$ is $\int_0^1 L(p)\,dp \approx
{kit.tex_number(coin_area)}$, not 1. It compares values of $p$ with each other; it does not say
“how probable it is that $p$ equals this” (Bayesian statistics does that, in lesson 5.5). Second,
$L(\hat p)$ is tiny, and it would be tinier with more data: each toss multiplies by a number below 1.
That is why one works with logarithms, which turn the product into a sum. The cell below checks it
on real data: the normal density of the 569 textures of the breast cancer set, multiplied, is
exactly 0 in the computer; the sum of their logarithms is an ordinary number.
""",
    )
    return


@app.cell(hide_code=True)
def _(mo, np):
    from gradiente.datasets import load_breast_cancer, load_digits, load_iris
    from gradiente.stats import Normal

    cancer = load_breast_cancer()
    texture = cancer.data[:, 1]  # "mean texture", 569 tumours
    texture_fit = Normal.fit(texture)  # the maximum likelihood normal (section 2)
    _shown = {
        "product of the 569 densities": float(np.prod(texture_fit.pdf(texture))),
        "sum of the 569 log-densities": round(float(np.sum(texture_fit.logpdf(texture))), 2),
    }
    mo.show_code(_shown, position="above")
    return Normal, cancer, load_digits, load_iris, texture


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 2. Ajustar una normal

Con $n$ datos independientes $x_1, \dots, x_n$ de una normal $\mathcal N(\mu, \sigma^2)$, la
log-verosimilitud es la suma de las log-densidades:

$$
\ell(\mu, \sigma) = \sum_{i=1}^n \ln \mathcal N(x_i; \mu, \sigma^2)
= -\frac n2 \ln(2\pi\sigma^2) - \frac{1}{2\sigma^2}\sum_{i=1}^n (x_i - \mu)^2.
$$

Igualamos a cero cada derivada parcial. Para $\mu$:

$$
\frac{\partial \ell}{\partial \mu} = \frac{1}{\sigma^2}\sum_i (x_i - \mu) = 0
\quad\Longrightarrow\quad
\hat\mu = \bar x,
$$

sea cual sea $\sigma$. Para $\sigma$, con $\mu = \bar x$:

$$
\frac{\partial \ell}{\partial \sigma} = -\frac n\sigma + \frac{1}{\sigma^3}\sum_i (x_i - \bar x)^2 = 0
\quad\Longrightarrow\quad
\hat\sigma^2 = \frac1n \sum_i (x_i - \bar x)^2.
$$

Divide entre $n$, no entre $n - 1$: es `np.std(x)` con su `ddof=0` por defecto (la convención del
curso: `ddof=0` para máxima verosimilitud). Ese estimador está **sesgado**: en promedio sobre
muchas muestras, $\mathbb E[\hat\sigma^2] = \frac{n-1}{n}\sigma^2$, un poco menos que $\sigma^2$,
porque las desviaciones se miden desde $\bar x$, que está más cerca de los datos que el verdadero
$\mu$. La lección 5.3 explicó por qué el estimador con $n - 1$ corrige eso; aquí basta saber que
la máxima verosimilitud no lo hace, y que con $n$ grande la diferencia no importa.

**Ajusta una normal a mano.** Los datos son los largos del sépalo de las 50 flores de iris setosa.
Mueve $\mu$ y $\sigma$: a la izquierda, la densidad sobre el histograma; a la derecha, las curvas de
nivel de $\ell(\mu, \ln\sigma)$ (usamos $\ln\sigma$ para que el eje no tenga borde en 0), con tu
punto y el máximo. ¿Puedes subir $\ell$ más allá del valor de la estrella?
""",
        en=r"""
## 2. Fitting a normal

With $n$ independent data points $x_1, \dots, x_n$ from a normal $\mathcal N(\mu, \sigma^2)$, the
log-likelihood is the sum of the log-densities:

$$
\ell(\mu, \sigma) = \sum_{i=1}^n \ln \mathcal N(x_i; \mu, \sigma^2)
= -\frac n2 \ln(2\pi\sigma^2) - \frac{1}{2\sigma^2}\sum_{i=1}^n (x_i - \mu)^2.
$$

We set each partial derivative to zero. For $\mu$:

$$
\frac{\partial \ell}{\partial \mu} = \frac{1}{\sigma^2}\sum_i (x_i - \mu) = 0
\quad\Longrightarrow\quad
\hat\mu = \bar x,
$$

whatever $\sigma$ is. For $\sigma$, with $\mu = \bar x$:

$$
\frac{\partial \ell}{\partial \sigma} = -\frac n\sigma + \frac{1}{\sigma^3}\sum_i (x_i - \bar x)^2 = 0
\quad\Longrightarrow\quad
\hat\sigma^2 = \frac1n \sum_i (x_i - \bar x)^2.
$$

It divides by $n$, not by $n - 1$: it is `np.std(x)` with its default `ddof=0` (the course's
convention: `ddof=0` for maximum likelihood). That estimator is **biased**: averaged over many
samples, $\mathbb E[\hat\sigma^2] = \frac{n-1}{n}\sigma^2$, a little less than $\sigma^2$, because
the deviations are measured from $\bar x$, which sits closer to the data than the true $\mu$ does.
Lesson 5.3 explained why the $n - 1$ estimator corrects that; here it is enough to know that maximum
likelihood does not, and that for large $n$ the difference does not matter.

**Fit a normal by hand.** The data are the sepal lengths of the 50 iris setosa flowers. Move $\mu$
and $\sigma$: on the left, the density over the histogram; on the right, the level curves of
$\ell(\mu, \ln\sigma)$ (we use $\ln\sigma$ so the axis has no edge at 0), with your point and the
maximum. Can you push $\ell$ above the star's value?
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    mu_slider = mo.ui.slider(
        4.5, 5.5, step=0.01, value=5.3, show_value=True, label=kit.say(lang, es="Media $\\mu$", en="Mean $\\mu$")
    )
    sigma_slider = mo.ui.slider(
        0.15,
        0.8,
        step=0.01,
        value=0.6,
        show_value=True,
        label=kit.say(lang, es="Desviación $\\sigma$", en="Deviation $\\sigma$"),
    )
    mo.hstack([mu_slider, sigma_slider], justify="start", gap=2)
    return mu_slider, sigma_slider


@app.cell(hide_code=True)
def _(load_iris, np):
    # Computed once: the setosa sepal lengths and ℓ(μ, ln σ) on a grid, for the contours.
    iris = load_iris()
    setosa = iris.data[iris.target == 0, 0]  # sepal length (cm), 50 flowers

    def normal_loglik(mu, sigma, x):
        """ℓ(μ, σ) of the sample x, broadcasting over arrays of μ and σ."""
        x = np.asarray(x, dtype=float)
        squares = ((x[:, None, None] - mu) ** 2).sum(axis=0) if np.ndim(mu) else np.sum((x - mu) ** 2)
        return -0.5 * x.size * np.log(2 * np.pi * sigma**2) - squares / (2 * sigma**2)

    setosa_mu_hat = setosa.mean()
    setosa_sigma_hat = np.sqrt(np.mean((setosa - setosa_mu_hat) ** 2))
    _mu_axis = np.linspace(4.5, 5.5, 121)
    _log_sigma_axis = np.linspace(np.log(0.15), np.log(0.8), 121)
    contour_mu, contour_log_sigma = np.meshgrid(_mu_axis, _log_sigma_axis)
    contour_loglik = normal_loglik(contour_mu, np.exp(contour_log_sigma), setosa)
    return (
        contour_log_sigma,
        contour_loglik,
        contour_mu,
        iris,
        normal_loglik,
        setosa,
        setosa_mu_hat,
        setosa_sigma_hat,
    )


@app.cell(hide_code=True)
def _(
    contour_log_sigma,
    contour_loglik,
    contour_mu,
    kit,
    lang,
    mu_slider,
    normal_loglik,
    np,
    plt,
    setosa,
    setosa_mu_hat,
    setosa_sigma_hat,
    sigma_slider,
):
    _mu, _sigma = mu_slider.value, sigma_slider.value
    _ll = float(normal_loglik(_mu, _sigma, setosa))
    _ll_hat = float(normal_loglik(setosa_mu_hat, setosa_sigma_hat, setosa))
    _fig, (_left, _right) = plt.subplots(1, 2, figsize=(10, 3.9))
    _left.hist(setosa, bins=np.arange(4.25, 5.95, 0.1), density=True, color="0.8", edgecolor="white")
    _xs = np.linspace(3.8, 6.4, 300)
    _left.plot(
        _xs, np.exp(-((_xs - _mu) ** 2) / (2 * _sigma**2)) / (_sigma * np.sqrt(2 * np.pi)), color="tab:blue", lw=2
    )
    _left.plot(
        _xs,
        np.exp(-((_xs - setosa_mu_hat) ** 2) / (2 * setosa_sigma_hat**2)) / (setosa_sigma_hat * np.sqrt(2 * np.pi)),
        color="tab:orange",
        lw=1.2,
        ls="--",
    )
    _left.set_xlim(3.8, 6.4)
    _left.set_ylim(0, 2.6)
    _left.set_xlabel(kit.say(lang, es="largo del sépalo de setosa (cm)", en="setosa sepal length (cm)"))
    _left.set_title(
        kit.say(lang, es=f"tu normal: ℓ = {_ll:.2f}", en=f"your normal: ℓ = {_ll:.2f}"), fontsize=10, color="tab:blue"
    )
    _levels = _ll_hat - np.array([60, 30, 15, 8, 4, 2, 0.5])  # increasing, as contour wants
    _right.contour(contour_mu, contour_log_sigma, contour_loglik, levels=_levels, colors="0.55", linewidths=0.8)
    _right.plot(setosa_mu_hat, np.log(setosa_sigma_hat), marker="*", ms=14, color="tab:orange", ls="none")
    _right.plot(_mu, np.log(_sigma), marker="o", ms=8, color="tab:blue", ls="none")
    _right.set_xlabel("μ")
    _right.set_ylabel("ln σ")
    _right.set_title(
        kit.say(
            lang,
            es=f"★ máximo: μ̂ = {setosa_mu_hat:.3f}, σ̂ = {setosa_sigma_hat:.3f}, ℓ = {_ll_hat:.2f}",
            en=f"★ maximum: μ̂ = {setosa_mu_hat:.3f}, σ̂ = {setosa_sigma_hat:.3f}, ℓ = {_ll_hat:.2f}",
        ),
        fontsize=10,
    )
    _fig.subplots_adjust(left=0.08, right=0.98, bottom=0.14, top=0.86, wspace=0.3)  # fixed: tight_layout costs ~0.3 s
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Las curvas de nivel forman una colina con una sola cima, algo estirada: $\ell$ castiga más un error
en $\sigma$ chico que en $\sigma$ grande. La curva punteada naranja de la izquierda es la normal
del máximo. La celda de abajo compara ese máximo con `Normal.fit` de `gradiente.stats` (que divide
entre $n$) y con la desviación estándar muestral (`ddof=1`), y luego mide el sesgo: 20000 muestras
de tamaño 5 de una normal estándar, donde $\sigma^2 = 1$.
""",
        en=r"""
The level curves form a hill with a single top, somewhat stretched: $\ell$ punishes an error at
small $\sigma$ more than at large $\sigma$. The dashed orange curve on the left is the normal of the
maximum. The cell below compares that maximum with `gradiente.stats`'s `Normal.fit` (which divides
by $n$) and with the sample standard deviation (`ddof=1`), and then measures the bias: 20000
samples of size 5 from a standard normal, where $\sigma^2 = 1$.
""",
    )
    return


@app.cell(hide_code=True)
def _(Normal, mo, np, setosa):
    setosa_fit = Normal.fit(setosa)
    _rng = np.random.default_rng(0)
    _samples = _rng.standard_normal((20000, 5))
    _sigma2_mle = _samples.var(axis=1)  # ddof=0: the maximum likelihood σ̂²
    _shown = {
        "Normal.fit: (mu, sigma)": (round(setosa_fit.mu, 4), round(setosa_fit.sigma, 4)),
        "std, ddof=1": round(float(setosa.std(ddof=1)), 4),
        "mean of sigma2_hat (n = 5)": round(float(_sigma2_mle.mean()), 3),
        "(n - 1)/n": 4 / 5,
    }
    mo.show_code(_shown, position="above")
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
**Otros tres estimadores, con la misma receta** (escribe $\ell$, deriva, iguala a cero):

| modelo | $\ln p(x_i \mid \theta)$ | $\ell'(\theta) = 0$ | estimador |
|:---|:---|:---|:---|
| Bernoulli, $x_i \in \{0, 1\}$ | $x_i \ln p + (1 - x_i)\ln(1 - p)$ | $\frac{\sum x_i}{p} - \frac{n - \sum x_i}{1 - p} = 0$ | $\hat p = \bar x$ |
| Poisson, $x_i \in \{0, 1, 2, \dots\}$ | $x_i \ln\lambda - \lambda - \ln x_i!$ | $\frac{\sum x_i}{\lambda} - n = 0$ | $\hat\lambda = \bar x$ |
| exponencial, $x_i > 0$ | $\ln\lambda - \lambda x_i$ | $\frac n\lambda - \sum x_i = 0$ | $\hat\lambda = 1/\bar x$ |

La moneda de la sección 1 es el caso de Bernoulli. La exponencial modela tiempos de espera:
si en promedio esperas $\bar x$ minutos, la tasa más verosímil es $1/\bar x$ llegadas por minuto.
""",
        en=r"""
**Three more estimators, with the same recipe** (write $\ell$, differentiate, set to zero):

| model | $\ln p(x_i \mid \theta)$ | $\ell'(\theta) = 0$ | estimator |
|:---|:---|:---|:---|
| Bernoulli, $x_i \in \{0, 1\}$ | $x_i \ln p + (1 - x_i)\ln(1 - p)$ | $\frac{\sum x_i}{p} - \frac{n - \sum x_i}{1 - p} = 0$ | $\hat p = \bar x$ |
| Poisson, $x_i \in \{0, 1, 2, \dots\}$ | $x_i \ln\lambda - \lambda - \ln x_i!$ | $\frac{\sum x_i}{\lambda} - n = 0$ | $\hat\lambda = \bar x$ |
| exponential, $x_i > 0$ | $\ln\lambda - \lambda x_i$ | $\frac n\lambda - \sum x_i = 0$ | $\hat\lambda = 1/\bar x$ |

The coin of section 1 is the Bernoulli case. The exponential models waiting times: if you wait
$\bar x$ minutes on average, the most likely rate is $1/\bar x$ arrivals per minute.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 3. Las pérdidas de ML son log-verosimilitudes negativas

**Ruido normal → MSE.** La regresión lineal supone $y_i = w^\top x_i + b + \varepsilon_i$ con
$\varepsilon_i \sim \mathcal N(0, \sigma^2)$ independientes. Cada $y_i$ es entonces normal con media
$\hat y_i = w^\top x_i + b$, y la log-verosimilitud negativa es la de la sección 2 con $\mu$
cambiada por $\hat y_i$:

$$
-\ell(w, b, \sigma) = \frac n2 \ln(2\pi\sigma^2) + \frac{1}{2\sigma^2}\sum_{i=1}^n (y_i - \hat y_i)^2
= \frac n2 \ln(2\pi\sigma^2) + \frac{n}{2\sigma^2}\,\mathrm{MSE}(w, b).
$$

Para cualquier $\sigma$ fijo, el primer término no depende de $w$ y el segundo es el MSE por una
constante positiva: **los pesos de máxima verosimilitud son los de mínimos cuadrados** (lección
4.1). Luego, derivando respecto de $\sigma$ como en la sección 2, $\hat\sigma^2 = \mathrm{MSE}$ en
el óptimo. Lo comprobamos con los datos de diabetes: el ajuste de `LinearRegression`, y la
log-verosimilitud de sus residuos bajo $\mathcal N(0, \hat\sigma^2)$, que coincide con la fórmula.
""",
        en=r"""
## 3. ML's losses are negative log-likelihoods

**Normal noise → MSE.** Linear regression assumes $y_i = w^\top x_i + b + \varepsilon_i$ with
independent $\varepsilon_i \sim \mathcal N(0, \sigma^2)$. Each $y_i$ is then normal with mean
$\hat y_i = w^\top x_i + b$, and the negative log-likelihood is section 2's with $\mu$ replaced by
$\hat y_i$:

$$
-\ell(w, b, \sigma) = \frac n2 \ln(2\pi\sigma^2) + \frac{1}{2\sigma^2}\sum_{i=1}^n (y_i - \hat y_i)^2
= \frac n2 \ln(2\pi\sigma^2) + \frac{n}{2\sigma^2}\,\mathrm{MSE}(w, b).
$$

For any fixed $\sigma$, the first term does not depend on $w$ and the second is the MSE times a
positive constant: **the maximum likelihood weights are the least-squares weights** (lesson 4.1).
Then, differentiating with respect to $\sigma$ as in section 2, $\hat\sigma^2 = \mathrm{MSE}$ at the
optimum. We check it on the diabetes data: `LinearRegression`'s fit, and the log-likelihood of its
residuals under $\mathcal N(0, \hat\sigma^2)$, which matches the formula.
""",
    )
    return


@app.cell(hide_code=True)
def _(Normal, mo, np):
    from gradiente.datasets import load_diabetes
    from gradiente.models import LinearRegression

    diabetes = load_diabetes()
    regression = LinearRegression().fit(diabetes.data, diabetes.target)
    residuals = diabetes.target - regression.predict(diabetes.data)
    mse = float(np.mean(residuals**2))
    n_patients = residuals.size
    _shown = {
        "n": n_patients,
        "MSE = sigma2_hat": round(mse, 2),
        "log-likelihood of the residuals": round(float(Normal(0.0, np.sqrt(mse)).log_likelihood(residuals)), 3),
        "-(n/2)(ln(2 pi MSE) + 1)": round(float(-0.5 * n_patients * (np.log(2 * np.pi * mse) + 1)), 3),
    }
    mo.show_code(_shown, position="above")
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
**Etiquetas de Bernoulli → entropía cruzada.** La regresión logística supone que cada etiqueta
$y_i \in \{0, 1\}$ es una moneda con probabilidad $p_i = \sigma(w^\top x_i + b)$. La verosimilitud
de una etiqueta se escribe en una línea con $y_i$ como exponente, $p_i^{y_i}(1 - p_i)^{1 - y_i}$, y
la log-verosimilitud negativa media es

$$
-\frac1n\,\ell(w, b) = -\frac1n\sum_{i=1}^n \big[y_i \ln p_i + (1 - y_i)\ln(1 - p_i)\big],
$$

la **entropía cruzada binaria** (*log loss*) de la lección 4.2. Con $k$ clases y probabilidades
softmax $p_{i,c}$, la verosimilitud de una etiqueta es $p_{i, y_i}$ y queda
$-\frac1n\sum_i \ln p_{i, y_i}$, la entropía cruzada de la lección 4.4. La celda de abajo entrena
una regresión logística (con penalización L2, para que ninguna probabilidad llegue a 0 o 1) en los
569 tumores y compara `metrics.log_loss` con la fórmula.
""",
        en=r"""
**Bernoulli labels → cross-entropy.** Logistic regression assumes each label $y_i \in \{0, 1\}$ is
a coin with probability $p_i = \sigma(w^\top x_i + b)$. One label's likelihood fits in one line with
$y_i$ as an exponent, $p_i^{y_i}(1 - p_i)^{1 - y_i}$, and the mean negative log-likelihood is

$$
-\frac1n\,\ell(w, b) = -\frac1n\sum_{i=1}^n \big[y_i \ln p_i + (1 - y_i)\ln(1 - p_i)\big],
$$

the **binary cross-entropy** (*log loss*) of lesson 4.2. With $k$ classes and softmax probabilities
$p_{i,c}$, one label's likelihood is $p_{i, y_i}$ and we get $-\frac1n\sum_i \ln p_{i, y_i}$, the
cross-entropy of lesson 4.4. The cell below trains a logistic regression (with an L2 penalty, so no
probability reaches 0 or 1) on the 569 tumours and compares `metrics.log_loss` with the formula.
""",
    )
    return


@app.cell(hide_code=True)
def _(cancer, mo, np):
    from gradiente.metrics import log_loss
    from gradiente.models import LogisticRegression

    X_cancer = (cancer.data - cancer.data.mean(axis=0)) / cancer.data.std(axis=0)
    y_cancer = cancer.target  # 0 malignant, 1 benign
    p_benign = LogisticRegression(penalty="l2", C=1.0).fit(X_cancer, y_cancer).predict_proba(X_cancer)[:, 1]
    _bernoulli_loglik = np.where(y_cancer == 1, np.log(p_benign), np.log(1 - p_benign))  # ln pᵢ^yᵢ(1 − pᵢ)^(1−yᵢ)
    _shown = {
        "metrics.log_loss": round(log_loss(y_cancer, p_benign), 6),
        "-mean of ln p(y_i)": round(float(-_bernoulli_loglik.mean()), 6),
    }
    mo.show_code(_shown, position="above")
    return (y_cancer,)


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
**Ruido de Laplace → MAE.** Si el ruido sigue una distribución de Laplace,
$p(\varepsilon) = \frac{1}{2b}e^{-\lvert\varepsilon\rvert/b}$, con colas más pesadas que la normal, la
log-verosimilitud negativa cambia el cuadrado por el valor absoluto:

$$
-\ell(w, b_0, b) = n\ln(2b) + \frac1b\sum_{i=1}^n \lvert y_i - \hat y_i\rvert
= n\ln(2b) + \frac nb\,\mathrm{MAE},
$$

donde $b_0$ es el sesgo del modelo y $b > 0$ la escala del ruido. Minimizar el MAE es máxima
verosimilitud con ruido de Laplace. En el caso más simple, un solo número $m$ que resuma los datos
($\hat y_i = m$ para todos), el MSE se minimiza en la **media** y el MAE en la **mediana**.

**Un dato mal capturado.** A las 50 setosas les agregamos una flor número 51 cuyo largo se escribió
mal (imagina 50.1 en lugar de 5.01). Mueve su valor y mira dónde queda el mínimo de cada pérdida:
el MSE persigue al dato raro, porque el ruido normal casi nunca produce algo tan lejos; el MAE
apenas se mueve, porque las colas de Laplace sí lo toleran.
""",
        en=r"""
**Laplace noise → MAE.** If the noise follows a Laplace distribution,
$p(\varepsilon) = \frac{1}{2b}e^{-\lvert\varepsilon\rvert/b}$, with heavier tails than the normal, the
negative log-likelihood swaps the square for the absolute value:

$$
-\ell(w, b_0, b) = n\ln(2b) + \frac1b\sum_{i=1}^n \lvert y_i - \hat y_i\rvert
= n\ln(2b) + \frac nb\,\mathrm{MAE},
$$

where $b_0$ is the model's bias and $b > 0$ the noise scale. Minimising the MAE is maximum
likelihood with Laplace noise. In the simplest case, a single number $m$ summarising the data
($\hat y_i = m$ for all), the MSE is minimised at the **mean** and the MAE at the **median**.

**A mistyped record.** We add to the 50 setosas a flower number 51 whose length was mistyped
(picture 50.1 instead of 5.01). Move its value and watch where each loss has its minimum: the MSE
chases the odd point, because normal noise almost never produces anything that far; the MAE barely
moves, because Laplace's tails do tolerate it.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    outlier_slider = mo.ui.slider(
        5.0,
        50.0,
        step=0.5,
        value=5.0,
        show_value=True,
        label=kit.say(lang, es="Largo de la flor 51 (cm)", en="Length of flower 51 (cm)"),
    )
    outlier_slider
    return (outlier_slider,)


@app.cell(hide_code=True)
def _(kit, lang, np, outlier_slider, plt, setosa):
    _data = np.append(setosa, outlier_slider.value)
    _m = np.linspace(4.6, 6.0, 281)
    _mse = np.mean((_data[:, None] - _m) ** 2, axis=0)
    _mae = np.mean(np.abs(_data[:, None] - _m), axis=0)
    _mean, _median = float(_data.mean()), float(np.median(_data))
    _fig, (_left, _right) = plt.subplots(1, 2, figsize=(10, 3.6))
    for _ax, _curve, _best, _color, _name in (
        (_left, _mse, _mean, "tab:blue", kit.say(lang, es="MSE: mínimo en la media", en="MSE: minimum at the mean")),
        (
            _right,
            _mae,
            _median,
            "tab:green",
            kit.say(lang, es="MAE: mínimo en la mediana", en="MAE: minimum at the median"),
        ),
    ):
        _ax.plot(_m, _curve, color=_color, lw=2)
        _ax.axvline(_best, color=_color, lw=1, ls="--")
        _ax.axvline(float(setosa.mean()) if _ax is _left else float(np.median(setosa)), color="0.6", lw=1, ls=":")
        _ax.set_xlabel("m (cm)")
        _ax.set_title(f"{_name}: {_best:.3f}", fontsize=10, color=_color)
    _left.set_ylabel(kit.say(lang, es="pérdida media", en="mean loss"))
    _fig.suptitle(
        kit.say(
            lang,
            es=f"51 flores, la última de {outlier_slider.value:g} cm (punteado gris: sin ella)",
            en=f"51 flowers, the last one {outlier_slider.value:g} cm long (grey dotted: without it)",
        ),
        fontsize=10,
    )
    _fig.subplots_adjust(left=0.08, right=0.98, bottom=0.14, top=0.86, wspace=0.3)  # fixed: tight_layout costs ~0.3 s
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(Normal, mo, np, outlier_slider, setosa):
    from gradiente.stats import Laplace

    # The two maximum likelihood fits of the 51 flowers: the normal's centre is the mean, Laplace's the median.
    _data = np.append(setosa, outlier_slider.value)
    _normal, _laplace = Normal.fit(_data), Laplace.fit(_data)
    _shown = {
        "Normal.fit: mu, sigma": (round(_normal.mu, 4), round(_normal.sigma, 4)),
        "Laplace.fit: loc, scale": (round(_laplace.loc, 4), round(_laplace.scale, 4)),
        "mean, median": (round(float(_data.mean()), 4), round(float(np.median(_data)), 4)),
    }
    mo.show_code(_shown, position="above")
    return


@app.cell(hide_code=True)
def _(counts_mean, counts_n, kit, lang):
    kit.text(
        lang,
        es=rf"""
## 4. Cuando no hay fórmula: Newton y el error estándar

En los ejemplos anteriores, $\ell' = 0$ se despejaba a mano. En la mayoría de los modelos (la
regresión logística, por ejemplo) no se puede, y el máximo se busca numéricamente. El método de
Newton de la lección 3.3 busca un cero de $\ell'$ usando su derivada $\ell''$:

$$
\theta_{{k+1}} = \theta_k - \frac{{\ell'(\theta_k)}}{{\ell''(\theta_k)}}.
$$

Lo probamos donde sabemos la respuesta: {counts_n} conteos simulados de una Poisson con $\lambda = 3.2$
(semilla 7; su media sale justo $\bar x = {counts_mean:g}$). Con $S = \sum x_i$:

$$
\ell(\lambda) = S\ln\lambda - n\lambda + C,\qquad
\ell'(\lambda) = \frac S\lambda - n,\qquad
\ell''(\lambda) = -\frac{{S}}{{\lambda^2}} < 0.
$$

donde $C$ no depende de $\lambda$. Sustituyendo y usando $S = n\bar x$, el paso de Newton se simplifica a
$\lambda_{{k+1}} = 2\lambda_k - \lambda_k^2/\bar x$, y el error $e_k = \lambda_k - \bar x$ cumple

$$
e_{{k+1}} = -\frac{{e_k^2}}{{\bar x}}.
$$

El error se eleva al cuadrado en cada paso (convergencia cuadrática: los dígitos correctos se
duplican), y el signo menos dice que, después del primer paso, siempre quedas por debajo de
$\bar x$. Pero el primer paso puede salirse del dominio: $\lambda_1 > 0$ solo si
$0 < \lambda_0 < 2\bar x$. Mueve $\lambda_0$ y cruza ese límite.
""",
        en=rf"""
## 4. When there is no formula: Newton and the standard error

In the examples so far, $\ell' = 0$ could be solved by hand. In most models (logistic regression,
for instance) it cannot, and the maximum is searched for numerically. Newton's method from lesson
3.3 looks for a zero of $\ell'$ using its derivative $\ell''$:

$$
\theta_{{k+1}} = \theta_k - \frac{{\ell'(\theta_k)}}{{\ell''(\theta_k)}}.
$$

We try it where we know the answer: {counts_n} simulated counts from a Poisson with $\lambda = 3.2$ (seed
7; their mean comes out exactly $\bar x = {counts_mean:g}$). With $S = \sum x_i$:

$$
\ell(\lambda) = S\ln\lambda - n\lambda + C,\qquad
\ell'(\lambda) = \frac S\lambda - n,\qquad
\ell''(\lambda) = -\frac{{S}}{{\lambda^2}} < 0.
$$

where $C$ does not depend on $\lambda$. Substituting and using $S = n\bar x$, the Newton step simplifies to
$\lambda_{{k+1}} = 2\lambda_k - \lambda_k^2/\bar x$, and the error $e_k = \lambda_k - \bar x$ obeys

$$
e_{{k+1}} = -\frac{{e_k^2}}{{\bar x}}.
$$

The error is squared at each step (quadratic convergence: the correct digits double), and the minus
sign says that, after the first step, you are always below $\bar x$. But the first step can leave
the domain: $\lambda_1 > 0$ only if $0 < \lambda_0 < 2\bar x$. Move $\lambda_0$ and cross that limit.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    lam0_slider = mo.ui.slider(
        0.25,
        8.0,
        step=0.05,
        value=6.0,
        show_value=True,
        label=kit.say(lang, es="Inicio $\\lambda_0$", en="Start $\\lambda_0$"),
    )
    lam0_slider
    return (lam0_slider,)


@app.cell(hide_code=True)
def _(np):
    counts = np.random.default_rng(7).poisson(3.2, size=100)
    counts_total, counts_n = int(counts.sum()), counts.size
    counts_mean = counts_total / counts_n
    return counts, counts_mean, counts_n, counts_total


@app.cell(hide_code=True)
def _(counts_mean, counts_n, counts_total, kit, lam0_slider, lang, np, plt):
    # Newton's iterates on ℓ′ = 0, stopped as soon as one leaves λ > 0 (where ℓ is not defined).
    _path = [lam0_slider.value]
    while len(_path) < 9 and _path[-1] > 0:
        _lam = _path[-1]
        _path.append(_lam - (counts_total / _lam - counts_n) / (-counts_total / _lam**2))
    _fig, (_left, _right) = plt.subplots(1, 2, figsize=(10, 3.9), gridspec_kw={"width_ratios": [1.4, 1]})
    _grid = np.linspace(0.3, 8.2, 400)
    _left.axhline(0, color="0.6", lw=0.8)
    _left.plot(_grid, counts_total / _grid - counts_n, color="tab:blue", lw=2, label="ℓ′(λ)")
    _left.axvline(2 * counts_mean, color="tab:red", lw=1, ls=":")
    _left.text(2 * counts_mean + 0.08, 150, "2x̄", color="tab:red", fontsize=9)
    for _a, _b in zip(_path[:-1], _path[1:]):
        _score = counts_total / _a - counts_n
        _ends = np.array([_a, max(_b, 0.3)])
        _left.plot(_ends, _score + (-counts_total / _a**2) * (_ends - _a), color="tab:orange", lw=1)  # the tangent
        _left.plot([_a], [_score], marker="o", ms=4, color="tab:orange")
    _left.plot(counts_mean, 0, marker="*", ms=12, color="k", ls="none")
    _left.set_xlim(0.3, 8.2)
    _left.set_ylim(-90, 200)
    _left.set_xlabel("λ")
    _left.legend(fontsize=8, loc="upper right")
    _steps = np.arange(len(_path))
    if _path[-1] > 0:
        _errors = np.maximum(np.abs(np.array(_path) - counts_mean), 1e-16)
        _right.semilogy(_steps, _errors, marker="o", color="tab:orange")
        _right.yaxis.set_major_formatter(kit.powers_of_ten())
        _right.minorticks_off()
        _right.set_ylim(1e-16, 20)
        _right.set_ylabel("|λₖ − x̄|")
        _title = kit.say(
            lang,
            es=f"λ₀ = {_path[0]:.2f} → λ₈ = {_path[-1]:.6f}",
            en=f"λ₀ = {_path[0]:.2f} → λ₈ = {_path[-1]:.6f}",
        )
    else:
        _right.plot(_steps, _path, marker="o", color="tab:red")
        _right.axhline(0, color="0.6", lw=0.8)
        _right.set_ylabel("λₖ")
        _title = kit.say(
            lang,
            es=f"λ₁ = {_path[1]:.3f} ≤ 0: Newton se salió del dominio",
            en=f"λ₁ = {_path[1]:.3f} ≤ 0: Newton left the domain",
        )
    _right.set_xlabel(kit.say(lang, es="paso k", en="step k"))
    _right.set_title(_title, fontsize=10)
    _left.set_title(
        kit.say(
            lang, es="Newton sobre el score: tangentes hasta el cero", en="Newton on the score: tangents to the zero"
        ),
        fontsize=10,
    )
    _fig.subplots_adjust(left=0.08, right=0.98, bottom=0.14, top=0.86, wspace=0.3)  # fixed: tight_layout costs ~0.3 s
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
**El error estándar sale de la curvatura.** Con muchos datos, $\ell$ cerca del máximo es casi una
parábola, y su curvatura $-\ell''(\hat\theta)$ (la **información observada**) dice qué tan bien
determinado está $\theta$: $\operatorname{SE}(\hat\theta) \approx [-\ell''(\hat\theta)]^{-1/2}$,
como con la moneda. Para la Poisson, $-\ell''(\hat\lambda) = S/\bar x^2 = n/\bar x$, así que
$\operatorname{SE}(\hat\lambda) = \sqrt{\bar x/n}$. Con varios parámetros, la curvatura es la
matriz hessiana y los errores estándar son las raíces de la diagonal de su inversa.

`gradiente.stats.mle` hace las dos cosas: maximiza cualquier $\ell$ con Newton (y una búsqueda de
línea que evita saltos como el de $\lambda_0 > 2\bar x$) y calcula los errores estándar de la
hessiana. Para la normal de setosa **reparametrizamos** $\sigma = e^s$: así cualquier $s$ real es
válido y el optimizador no puede proponer un $\sigma$ negativo. Las fórmulas de los errores
estándar son $\hat\sigma/\sqrt n$ para $\mu$ y $1/\sqrt{2n}$ para $s = \ln\sigma$.
""",
        en=r"""
**The standard error comes from the curvature.** With plenty of data, $\ell$ near the maximum is
almost a parabola, and its curvature $-\ell''(\hat\theta)$ (the **observed information**) tells how
well determined $\theta$ is: $\operatorname{SE}(\hat\theta) \approx [-\ell''(\hat\theta)]^{-1/2}$,
as with the coin. For the Poisson, $-\ell''(\hat\lambda) = S/\bar x^2 = n/\bar x$, so
$\operatorname{SE}(\hat\lambda) = \sqrt{\bar x/n}$. With several parameters the curvature is the
Hessian matrix, and the standard errors are the square roots of the diagonal of its inverse.

`gradiente.stats.mle` does both: it maximises any $\ell$ with Newton (plus a line search that
prevents jumps like the one at $\lambda_0 > 2\bar x$) and computes the standard errors from the
Hessian. For the setosa normal we **reparametrise** $\sigma = e^s$: then any real $s$ is valid and
the optimiser cannot propose a negative $\sigma$. The standard error formulas are
$\hat\sigma/\sqrt n$ for $\mu$ and $1/\sqrt{2n}$ for $s = \ln\sigma$.
""",
    )
    return


@app.cell(hide_code=True)
def _(Normal, counts, counts_mean, counts_n, mo, np, setosa):
    from gradiente.stats import Poisson, mle

    poisson_fit = mle(lambda theta: Poisson(theta[0]).log_likelihood(counts), [1.0])
    normal_fit = mle(lambda theta: Normal(theta[0], np.exp(theta[1])).log_likelihood(setosa), [4.0, 0.0])
    _shown = {
        "Poisson: lambda_hat, SE": poisson_fit.theta_hat.round(6).tolist()
        + poisson_fit.standard_errors.round(4).tolist(),
        "sqrt(x_bar / n)": round(float(np.sqrt(counts_mean / counts_n)), 4),
        "normal: mu_hat, sigma_hat": (
            round(float(normal_fit.theta_hat[0]), 4),
            round(float(np.exp(normal_fit.theta_hat[1])), 4),
        ),
        "normal: SE of (mu, ln sigma)": normal_fit.standard_errors.round(4).tolist(),
        "sigma_hat/sqrt(n), 1/sqrt(2n)": (
            round(float(setosa.std() / np.sqrt(setosa.size)), 4),
            round(float(1 / np.sqrt(2 * setosa.size)), 4),
        ),
    }
    mo.show_code(_shown, position="above")
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 5. Entropía, entropía cruzada y divergencia KL

Para distribuciones discretas $p$ y $q$ sobre las mismas categorías:

$$
H(p) = -\sum_c p_c \ln p_c,
\qquad
H(p, q) = -\sum_c p_c \ln q_c,
\qquad
\mathrm{KL}(p\Vert q) = \sum_c p_c \ln\frac{p_c}{q_c}.
$$

$-\ln q_c$ es la “sorpresa” de ver la categoría $c$ si crees que su probabilidad es $q_c$. La
**entropía** $H(p)$ es la sorpresa media cuando los datos vienen de $p$ y tú lo sabes; la
**entropía cruzada** $H(p, q)$, la sorpresa media cuando vienen de $p$ pero tú crees $q$. La
diferencia es la **divergencia de Kullback-Leibler**:

$$
H(p, q) = H(p) + \mathrm{KL}(p\Vert q),
\qquad
\mathrm{KL}(p\Vert q) \ge 0,
$$

con igualdad solo si $q = p$ (desigualdad de Gibbs). Los términos con $p_c = 0$ valen 0, porque
$t\ln t \to 0$ cuando $t \to 0$. La KL no es una distancia: en general
$\mathrm{KL}(p\Vert q) \ne \mathrm{KL}(q\Vert p)$.

**La conexión con la sección 3.** Si $\hat p$ es la distribución empírica de las etiquetas (la
fracción de cada clase), la log-verosimilitud negativa media de un modelo $q$ es exactamente
$H(\hat p, q)$. Como $H(\hat p)$ no depende del modelo, **maximizar la verosimilitud es minimizar
$\mathrm{KL}(\hat p\Vert q)$**: acercar el modelo a los datos. Abajo, el modelo más simple posible
para los 569 tumores: la misma probabilidad $q$ de “benigno” para todos. Mueve $q$: la entropía
cruzada (azul) nunca baja de $H(\hat p)$ (gris), y la separación entre las dos es la KL. La curva
verde es $\mathrm{KL}(q\Vert \hat p)$, con los papeles cambiados: otra curva, con el mismo mínimo.
""",
        en=r"""
## 5. Entropy, cross-entropy and the KL divergence

For discrete distributions $p$ and $q$ over the same categories:

$$
H(p) = -\sum_c p_c \ln p_c,
\qquad
H(p, q) = -\sum_c p_c \ln q_c,
\qquad
\mathrm{KL}(p\Vert q) = \sum_c p_c \ln\frac{p_c}{q_c}.
$$

$-\ln q_c$ is the “surprise” of seeing category $c$ if you believe its probability is $q_c$. The
**entropy** $H(p)$ is the mean surprise when the data come from $p$ and you know it; the
**cross-entropy** $H(p, q)$, the mean surprise when they come from $p$ but you believe $q$. The
difference is the **Kullback-Leibler divergence**:

$$
H(p, q) = H(p) + \mathrm{KL}(p\Vert q),
\qquad
\mathrm{KL}(p\Vert q) \ge 0,
$$

with equality only if $q = p$ (Gibbs' inequality). Terms with $p_c = 0$ are 0, because
$t\ln t \to 0$ as $t \to 0$. KL is not a distance: in general
$\mathrm{KL}(p\Vert q) \ne \mathrm{KL}(q\Vert p)$.

**The link with section 3.** If $\hat p$ is the empirical distribution of the labels (the fraction
of each class), the mean negative log-likelihood of a model $q$ is exactly $H(\hat p, q)$. Since
$H(\hat p)$ does not depend on the model, **maximising the likelihood is minimising
$\mathrm{KL}(\hat p\Vert q)$**: bringing the model close to the data. Below, the simplest possible
model for the 569 tumours: the same probability $q$ of “benign” for everyone. Move $q$: the
cross-entropy (blue) never drops below $H(\hat p)$ (grey), and the gap between them is the KL. The
green curve is $\mathrm{KL}(q\Vert \hat p)$, with the roles swapped: another curve, with the same
minimum.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    q_slider = mo.ui.slider(
        0.05,
        0.95,
        step=0.01,
        value=0.2,
        show_value=True,
        label=kit.say(lang, es="Probabilidad de benigno $q$", en="Probability of benign $q$"),
    )
    q_slider
    return (q_slider,)


@app.cell(hide_code=True)
def _(np, y_cancer):
    # The two-class distributions as arrays [P(malignant), P(benign)].
    p_labels = np.bincount(y_cancer, minlength=2) / y_cancer.size
    entropy_labels = float(-np.sum(p_labels * np.log(p_labels)))
    q_grid = np.linspace(0.01, 0.99, 197)
    cross_entropy_grid = -(p_labels[0] * np.log(1 - q_grid) + p_labels[1] * np.log(q_grid))
    reverse_kl_grid = (1 - q_grid) * np.log((1 - q_grid) / p_labels[0]) + q_grid * np.log(q_grid / p_labels[1])
    return cross_entropy_grid, entropy_labels, p_labels, q_grid, reverse_kl_grid


@app.cell(hide_code=True)
def _(
    cross_entropy_grid,
    entropy_labels,
    kit,
    lang,
    np,
    p_labels,
    plt,
    q_grid,
    q_slider,
    reverse_kl_grid,
):
    _q = q_slider.value
    _cross = float(-(p_labels[0] * np.log(1 - _q) + p_labels[1] * np.log(_q)))
    _fig, _ax = plt.subplots(figsize=(8.4, 4.0))
    _ax.plot(q_grid, cross_entropy_grid, color="tab:blue", lw=2, label="H(p̂, q)")
    _ax.axhline(entropy_labels, color="0.5", lw=1.2, ls="--", label="H(p̂)")
    _ax.plot(q_grid, reverse_kl_grid, color="tab:green", lw=1.5, ls="-.", label="KL(q‖p̂)")
    _ax.annotate(
        "",
        xy=(_q, entropy_labels),
        xytext=(_q, _cross),
        arrowprops={"arrowstyle": "<->", "color": "tab:red", "lw": 1.5},
    )
    _ax.text(_q + 0.015, (entropy_labels + _cross) / 2, "KL(p̂‖q)", color="tab:red", fontsize=9)
    _ax.axvline(p_labels[1], color="tab:orange", lw=1, ls=":")
    _ax.set_xlim(0, 1)
    _ax.set_ylim(0, 2.0)
    _ax.set_xlabel("q")
    _ax.set_ylabel("nats")
    _ax.legend(fontsize=8, loc="upper center")
    _ax.set_title(
        kit.say(
            lang,
            es=f"q = {_q:.2f}:  H(p̂, q) = {_cross:.4f} = H(p̂) {entropy_labels:.4f} + KL {_cross - entropy_labels:.4f}   (p̂ = {p_labels[1]:.3f})",
            en=f"q = {_q:.2f}:  H(p̂, q) = {_cross:.4f} = H(p̂) {entropy_labels:.4f} + KL {_cross - entropy_labels:.4f}   (p̂ = {p_labels[1]:.3f})",
        ),
        fontsize=9.5,
    )
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(entropy_labels, kit, lang, p_labels):
    kit.text(
        lang,
        es=rf"""
El mínimo de la entropía cruzada está en $q = \hat p = {p_labels[1]:.3f}$, la fracción de tumores
benignos (357 de 569): el estimador de máxima verosimilitud de Bernoulli de la sección 2, visto
ahora como el modelo más cercano a los datos. Ahí la pérdida vale $H(\hat p) = {entropy_labels:.4f}$
nats, que es lo mejor que puede hacer un modelo que no mira los tumores; la regresión logística de
la sección 3, que sí los mira, bajó la pérdida mucho más. Los números están en **nats** porque
usamos $\ln$; con $\log_2$ serían bits, que son los mismos números divididos entre $\ln 2$.

La celda de abajo mide cuánto se aleja de la uniforme la distribución de las 10 clases de los
dígitos: casi nada, porque el conjunto está casi balanceado.
""",
        en=rf"""
The cross-entropy's minimum is at $q = \hat p = {p_labels[1]:.3f}$, the fraction of benign tumours
(357 of 569): section 2's Bernoulli maximum likelihood estimate, seen now as the model closest to
the data. There the loss is $H(\hat p) = {entropy_labels:.4f}$ nats, the best a model can do without
looking at the tumours; section 3's logistic regression, which does look, brought the loss much
lower. The numbers are in **nats** because we use $\ln$; with $\log_2$ they would be bits, the same
numbers divided by $\ln 2$.

The cell below measures how far the distribution of the 10 digit classes is from the uniform one:
hardly at all, because the set is nearly balanced.
""",
    )
    return


@app.cell(hide_code=True)
def _(load_digits, mo, np):
    digit_counts = np.bincount(load_digits().target, minlength=10)
    digit_shares = digit_counts / digit_counts.sum()
    _shown = {
        "images per digit": digit_counts.tolist(),
        "KL(shares || uniform), nats": float(np.sum(digit_shares * np.log(digit_shares / 0.1))),
        "ln 10 - H(shares)": float(np.log(10) + np.sum(digit_shares * np.log(digit_shares))),
    }
    mo.show_code(_shown, position="above")
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Las dos últimas líneas coinciden: contra la uniforme, $\mathrm{KL}(p\Vert u) = \ln k - H(p)$, así
que la uniforme es la distribución de mayor entropía, $\ln k$.

## 6. Ejercicios

Cuatro funciones, una por idea de la lección. Todas usan el logaritmo natural.
""",
        en=r"""
The last two lines agree: against the uniform, $\mathrm{KL}(p\Vert u) = \ln k - H(p)$, so the
uniform is the distribution with the largest entropy, $\ln k$.

## 6. Exercises

Four functions, one per idea of the lesson. All of them use the natural logarithm.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_normal_mle = kit.exercise("normal_mle", lang)
    ex_normal_mle
    return (ex_normal_mle,)


@app.cell(hide_code=True)
def _(ex_normal_mle, kit):
    kit.feedback(ex_normal_mle)
    return


@app.cell(hide_code=True)
def _(ex_normal_mle, kit):
    kit.hints(ex_normal_mle)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_bernoulli_nll = kit.exercise("bernoulli_nll", lang)
    ex_bernoulli_nll
    return (ex_bernoulli_nll,)


@app.cell(hide_code=True)
def _(ex_bernoulli_nll, kit):
    kit.feedback(ex_bernoulli_nll)
    return


@app.cell(hide_code=True)
def _(ex_bernoulli_nll, kit):
    kit.hints(ex_bernoulli_nll)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_poisson_mle_newton = kit.exercise("poisson_mle_newton", lang)
    ex_poisson_mle_newton
    return (ex_poisson_mle_newton,)


@app.cell(hide_code=True)
def _(ex_poisson_mle_newton, kit):
    kit.feedback(ex_poisson_mle_newton)
    return


@app.cell(hide_code=True)
def _(ex_poisson_mle_newton, kit):
    kit.hints(ex_poisson_mle_newton)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_kl_divergence = kit.exercise("kl_divergence", lang)
    ex_kl_divergence
    return (ex_kl_divergence,)


@app.cell(hide_code=True)
def _(ex_kl_divergence, kit):
    kit.feedback(ex_kl_divergence)
    return


@app.cell(hide_code=True)
def _(ex_kl_divergence, kit):
    kit.hints(ex_kl_divergence)
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
                es=r"**1.** ¿El estimador de máxima verosimilitud $\hat\sigma^2 = \frac1n\sum_i (x_i - \bar x)^2$ es insesgado?",
                en=r"**1.** Is the maximum likelihood estimator $\hat\sigma^2 = \frac1n\sum_i (x_i - \bar x)^2$ unbiased?",
            ),
            (
                T(
                    es="Sí: la máxima verosimilitud siempre da estimadores insesgados",
                    en="Yes: maximum likelihood always gives unbiased estimators",
                ),
                T(
                    es="No: en promedio da (n − 1)/n · σ², un poco menos",
                    en="No: on average it gives (n − 1)/n · σ², a little less",
                ),
                T(
                    es="No: en promedio da n/(n − 1) · σ², un poco más",
                    en="No: on average it gives n/(n − 1) · σ², a little more",
                ),
            ),
            answer=1,
            why=T(
                es=r"Las desviaciones se miden desde $\bar x$, que está más cerca de los datos que el $\mu$ verdadero, así que salen chicas: $\mathbb E[\hat\sigma^2] = \frac{n-1}{n}\sigma^2$. La simulación de la sección 2 dio casi 0.8 con $n = 5$. Dividir entre $n - 1$ corrige el sesgo; la máxima verosimilitud no garantiza estimadores insesgados, aunque el sesgo desaparece al crecer $n$.",
                en=r"Deviations are measured from $\bar x$, which is closer to the data than the true $\mu$, so they come out small: $\mathbb E[\hat\sigma^2] = \frac{n-1}{n}\sigma^2$. Section 2's simulation gave about 0.8 with $n = 5$. Dividing by $n - 1$ removes the bias; maximum likelihood does not guarantee unbiased estimators, although the bias vanishes as $n$ grows.",
            ),
        ),
        Question(
            T(
                es="**2.** ¿Por qué se maximiza la log-verosimilitud ℓ y no la verosimilitud L directamente?",
                en="**2.** Why is the log-likelihood ℓ maximised rather than the likelihood L itself?",
            ),
            (
                T(
                    es="Porque L es un producto que se redondea a 0 con muchos datos, y la suma ℓ es fácil de derivar",
                    en="Because L is a product that rounds to 0 with many data, and the sum ℓ is easy to differentiate",
                ),
                T(
                    es="Porque el logaritmo cambia el punto donde está el máximo",
                    en="Because the logarithm moves the point where the maximum is",
                ),
                T(
                    es="Porque L puede ser negativa y ℓ no",
                    en="Because L can be negative and ℓ cannot",
                ),
            ),
            answer=0,
            why=T(
                es="El logaritmo es creciente, así que L y ℓ tienen el máximo en el mismo punto. Pero L es un producto de n números casi siempre menores que 1: con los 569 tumores ya daba 0.0 en la computadora. ℓ es una suma, que no se desborda y se deriva término a término. Y es L (una probabilidad o densidad) la que nunca es negativa; ℓ suele serlo.",
                en="The logarithm is increasing, so L and ℓ have their maximum at the same point. But L is a product of n numbers usually below 1: with the 569 tumours it was already 0.0 in the computer. ℓ is a sum, which does not underflow and is differentiated term by term. And it is L (a probability or density) that is never negative; ℓ usually is.",
            ),
        ),
        Question(
            T(
                es="**3.** Entrenas una regresión minimizando el error absoluto medio (MAE). ¿Qué modelo de ruido estás suponiendo?",
                en="**3.** You train a regression by minimising the mean absolute error (MAE). Which noise model are you assuming?",
            ),
            (
                T(es="Normal", en="Normal"),
                T(es="Laplace", en="Laplace"),
                T(es="Bernoulli", en="Bernoulli"),
                T(es="Ninguno: el MAE no es una verosimilitud", en="None: the MAE is not a likelihood"),
            ),
            answer=1,
            why=T(
                es=r"La densidad de Laplace es $\frac1{2b}e^{-\lvert\varepsilon\rvert/b}$; su log-verosimilitud negativa es $n\ln 2b + \frac1b\sum\lvert y_i - \hat y_i\rvert$, el MAE por una constante más otra constante. El ruido normal da el MSE, y Bernoulli modela etiquetas 0/1 (da la entropía cruzada). Por sus colas pesadas, Laplace tolera los valores atípicos: lo viste con la flor 51.",
                en=r"The Laplace density is $\frac1{2b}e^{-\lvert\varepsilon\rvert/b}$; its negative log-likelihood is $n\ln 2b + \frac1b\sum\lvert y_i - \hat y_i\rvert$, the MAE times a constant plus another constant. Normal noise gives the MSE, and Bernoulli models 0/1 labels (it gives the cross-entropy). Thanks to its heavy tails, Laplace tolerates outliers: you saw it with flower 51.",
            ),
        ),
        Question(
            T(
                es="**4.** Con la moneda de la sección 1, ¿es L(p) una distribución de probabilidad sobre p?",
                en="**4.** With the coin of section 1, is L(p) a probability distribution over p?",
            ),
            (
                T(
                    es="Sí: integra 1 sobre p entre 0 y 1",
                    en="Yes: it integrates to 1 over p from 0 to 1",
                ),
                T(
                    es="Sí, después de tomar logaritmos",
                    en="Yes, after taking logarithms",
                ),
                T(
                    es="No: es una probabilidad de los datos, leída como función de p, y no integra 1",
                    en="No: it is a probability of the data, read as a function of p, and it does not integrate to 1",
                ),
            ),
            answer=2,
            why=T(
                es=r"$L(p) = p^k(1-p)^{n-k}$ es la probabilidad de los datos para cada $p$. Suma 1 sobre los datos posibles con $p$ fijo, no sobre $p$: su área, que calculamos debajo de la figura, es diminuta. Para hablar de la probabilidad de $p$ hace falta una distribución a priori y el teorema de Bayes (lección 5.5). El logaritmo no cambia nada de eso.",
                en=r"$L(p) = p^k(1-p)^{n-k}$ is the probability of the data for each $p$. It sums to 1 over the possible data with $p$ fixed, not over $p$: its area, computed under the figure, is tiny. To speak of the probability of $p$ one needs a prior and Bayes' theorem (lesson 5.5). Taking logarithms changes none of that.",
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

- La verosimilitud $L(\theta) = \prod_i p(x_i \mid \theta)$ es la probabilidad de los datos leída
  como función de $\theta$; no es una distribución sobre $\theta$. Se maximiza
  $\ell = \sum_i \ln p(x_i \mid \theta)$: mismo máximo, sin productos que se redondean a 0.
- Igualando $\ell' = 0$: Bernoulli $\hat p = \bar x$, normal $\hat\mu = \bar x$ y
  $\hat\sigma^2 = \frac1n\sum(x_i - \bar x)^2$ (sesgado por $\frac{n-1}{n}$), Poisson
  $\hat\lambda = \bar x$, exponencial $\hat\lambda = 1/\bar x$.
- Las pérdidas son log-verosimilitudes negativas: ruido normal → MSE (y $\hat\sigma^2$ es el MSE),
  etiquetas de Bernoulli o categóricas → entropía cruzada, ruido de Laplace → MAE (la mediana, que
  resiste valores atípicos).
- Sin fórmula, Newton sobre $\ell'$: $\theta \leftarrow \theta - \ell'/\ell''$, con convergencia
  cuadrática cerca del máximo pero sin garantías lejos de él; conviene reparametrizar
  ($\sigma = e^s$) y usar búsqueda de línea.
- $\operatorname{SE}(\hat\theta) \approx [-\ell''(\hat\theta)]^{-1/2}$: una verosimilitud más
  puntiaguda da un estimador más preciso, y con $n$ datos el SE baja como $1/\sqrt n$.
- $H(p, q) = H(p) + \mathrm{KL}(p\Vert q)$ con $\mathrm{KL} \ge 0$: minimizar la entropía cruzada
  es maximizar la verosimilitud, y es acercar el modelo a la distribución de los datos.
""",
        en=r"""
## 8. Summary

- The likelihood $L(\theta) = \prod_i p(x_i \mid \theta)$ is the probability of the data read as a
  function of $\theta$; it is not a distribution over $\theta$. One maximises
  $\ell = \sum_i \ln p(x_i \mid \theta)$: the same maximum, without products that round to 0.
- Setting $\ell' = 0$: Bernoulli $\hat p = \bar x$, normal $\hat\mu = \bar x$ and
  $\hat\sigma^2 = \frac1n\sum(x_i - \bar x)^2$ (biased by $\frac{n-1}{n}$), Poisson
  $\hat\lambda = \bar x$, exponential $\hat\lambda = 1/\bar x$.
- Losses are negative log-likelihoods: normal noise → MSE (and $\hat\sigma^2$ is the MSE), Bernoulli
  or categorical labels → cross-entropy, Laplace noise → MAE (the median, which resists outliers).
- Without a formula, Newton on $\ell'$: $\theta \leftarrow \theta - \ell'/\ell''$, with quadratic
  convergence near the maximum but no guarantees far from it; reparametrise ($\sigma = e^s$) and use
  a line search.
- $\operatorname{SE}(\hat\theta) \approx [-\ell''(\hat\theta)]^{-1/2}$: a sharper likelihood gives a
  more precise estimator, and with $n$ data points the SE falls like $1/\sqrt n$.
- $H(p, q) = H(p) + \mathrm{KL}(p\Vert q)$ with $\mathrm{KL} \ge 0$: minimising the cross-entropy is
  maximising the likelihood, and it brings the model close to the distribution of the data.
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
    kit.resources("maximum-likelihood", lang)
    return


if __name__ == "__main__":
    app.run()
