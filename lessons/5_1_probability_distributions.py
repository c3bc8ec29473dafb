import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 5.1")


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
    kit.header("probability-distributions", lang)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Un modelo de ML casi nunca da certezas: da probabilidades. La regresión logística no dice “esta
flor es versicolor”: dice con qué probabilidad lo es; el ruido de una regresión se modela con una normal y cada
inicialización aleatoria, cada barajado de los datos y cada *dropout* es una muestra de alguna
distribución. Esta lección pone las bases: calcular probabilidades contando y simulando, describir
una variable aleatoria con su PMF o su PDF, su CDF y sus cuantiles, conocer las seis
distribuciones que vas a encontrar en todas partes y producir muestras de cualquiera de ellas a
partir de números uniformes.

**Al terminar podrás:**

- calcular probabilidades contando casos y comprobarlas simulando; usar el complemento, la unión
  (inclusión–exclusión) y la probabilidad condicional, y distinguir eventos independientes de
  eventos mutuamente excluyentes;
- pasar de una variable aleatoria a su PMF o PDF, su CDF y su función cuantil, y explicar por qué
  una densidad puede valer más de 1;
- reconocer las distribuciones Bernoulli, binomial, Poisson, uniforme, normal y exponencial: sus
  parámetros, su soporte, su forma y dónde aparecen en ML;
- muestrear con el método de la inversa de la CDF y comparar una muestra, con su CDF empírica, con
  la fórmula.
""",
        en=r"""
An ML model hardly ever gives certainties: it gives probabilities. Logistic regression does not
say "this flower is versicolor": it says with which probability it is; the noise of a regression is modelled with a normal,
and every random initialisation, every shuffle of the data and every dropout mask is a sample from
some distribution. This lesson lays the groundwork: computing probabilities by counting and by
simulating, describing a random variable by its PMF or PDF, its CDF and its quantiles, getting to
know the six distributions you will meet everywhere, and producing samples of any of them from
uniform numbers.

**By the end you will be able to:**

- compute probabilities by counting cases and check them by simulation; use the complement, the
  union (inclusion–exclusion) and conditional probability, and tell independent events from
  mutually exclusive ones;
- go from a random variable to its PMF or PDF, its CDF and its quantile function, and explain why a
  density may be larger than 1;
- recognise the Bernoulli, binomial, Poisson, uniform, normal and exponential distributions: their
  parameters, support, shape and where they appear in ML;
- sample by the inverse-CDF method and compare a sample, through its empirical CDF, with the
  formula.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 1. Probabilidad contando y simulando

Tira dos dados. Cada resultado es una pareja (primer dado, segundo dado), y hay $6 \times 6 = 36$,
todas igual de probables: ese conjunto es el **espacio muestral** $\Omega$. Un **evento** es un
subconjunto de $\Omega$, como $A$ = “la suma es 7”. Cuando todos los resultados son igual de
probables, la probabilidad es contar:

$$
P(A) = \frac{|A|}{|\Omega|}.
$$

Con eso salen las tres reglas que vas a usar todo el tiempo:

- **complemento**: $P(A^c) = 1 - P(A)$, donde $A^c$ es “no pasa $A$”; a veces es mucho más fácil contar lo contrario
  (lo verás en la sección 5);
- **unión** (inclusión–exclusión): al sumar $P(A) + P(B)$ los resultados de $A \cap B$ se cuentan
  dos veces, así que se restan una vez;
- **condicional**: saber que pasó $B$ reduce el espacio muestral a $B$, y la probabilidad de $A$
  pasa a ser la parte de $B$ que también está en $A$.

$$
P(A \cup B) = P(A) + P(B) - P(A \cap B),
\qquad
P(A \mid B) = \frac{P(A \cap B)}{P(B)}.
$$

Dos eventos son **independientes** si saber que pasó uno no cambia la probabilidad del otro,
$P(A \mid B) = P(A)$, que es lo mismo que

$$
A \perp B \iff P(A \cap B) = P(A)\,P(B).
$$

No lo confundas con **mutuamente excluyentes** ($A \cap B = \varnothing$: no pueden pasar a la
vez). Son casi lo contrario: si $A$ y $B$ se excluyen y los dos tienen probabilidad positiva, saber
que pasó $B$ te dice que $A$ **no** pasó, así que son dependientes.

La celda de abajo cuenta las 36 parejas con fracciones exactas y, para comparar, simula 10 000
tiradas:
""",
        en=r"""
## 1. Probability by counting and by simulating

Roll two dice. Each outcome is a pair (first die, second die), and there are $6 \times 6 = 36$ of
them, all equally likely: that set is the **sample space** $\Omega$. An **event** is a subset of
$\Omega$, such as $A$ = "the sum is 7". When all outcomes are equally likely, probability is
counting:

$$
P(A) = \frac{|A|}{|\Omega|}.
$$

From that come the three rules you will use all the time:

- **complement**: $P(A^c) = 1 - P(A)$, where $A^c$ is "$A$ does not happen"; sometimes the opposite is far easier to count (you
  will see it in section 5);
- **union** (inclusion–exclusion): adding $P(A) + P(B)$ counts the outcomes of $A \cap B$ twice,
  so they are subtracted once;
- **conditional**: knowing that $B$ happened shrinks the sample space to $B$, and the probability
  of $A$ becomes the share of $B$ that is also in $A$.

$$
P(A \cup B) = P(A) + P(B) - P(A \cap B),
\qquad
P(A \mid B) = \frac{P(A \cap B)}{P(B)}.
$$

Two events are **independent** if knowing that one happened does not change the probability of the
other, $P(A \mid B) = P(A)$, which is the same as

$$
A \perp B \iff P(A \cap B) = P(A)\,P(B).
$$

Do not confuse it with **mutually exclusive** ($A \cap B = \varnothing$: they cannot happen
together). They are nearly opposites: if $A$ and $B$ exclude each other and both have positive
probability, knowing that $B$ happened tells you that $A$ did **not**, so they are dependent.

The cell below counts the 36 pairs with exact fractions and, to compare, simulates 10 000 rolls:
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, np):
    from fractions import Fraction
    from itertools import product

    omega = list(product(range(1, 7), repeat=2))  # the 36 pairs (first die, second die)

    def prob(event):
        """P(event) by counting: favourable pairs over the 36."""
        return Fraction(sum(event(a, b) for a, b in omega), len(omega))

    def sum_is_7(a, b):
        return a + b == 7

    def doubles(a, b):
        return a == b

    p_7, p_doubles = prob(sum_is_7), prob(doubles)
    p_both = prob(lambda a, b: sum_is_7(a, b) and doubles(a, b))
    p_either = prob(lambda a, b: sum_is_7(a, b) or doubles(a, b))
    _lines = [
        f"P(sum 7) = {p_7}   P(doubles) = {p_doubles}   P(both) = {p_both}",
        f"P(sum 7 or doubles) = {p_either}   = P(A) + P(B) - P(A∩B) = {p_7 + p_doubles - p_both}",
    ]

    rng_dice = np.random.default_rng(0)
    rolls = rng_dice.integers(1, 7, size=(10_000, 2))  # 10 000 rolls of two dice
    _lines.append(f"simulated P(sum 7) = {np.mean(rolls.sum(axis=1) == 7)}   (exact {float(p_7):.4f})")
    kit.printout(_lines)  # what a notebook would print (the hub hides print output)
    return omega, p_7, p_both, p_doubles, rolls


@app.cell(hide_code=True)
def _(kit, lang, p_7, p_both, p_doubles):
    kit.text(
        lang,
        es=rf"""
“La suma es 7” y “salen dobles” son mutuamente excluyentes ($P(A \cap B)$ = {p_both}) pero no
independientes: $P(A)\,P(B)$ = {p_7 * p_doubles}. La simulación se acerca a la fracción exacta sin
llegar a ella: con 10 000 tiradas el error típico es de unas milésimas (cuánto exactamente lo
calcularás en la lección 5.3), y algo más en $P(A \mid B)$, que solo usa las tiradas en las que
pasó $B$.

**Elige dos eventos.** La cuadrícula muestra los 36 resultados; cada color dice en cuál de los dos
eventos está cada uno. La tabla compara el conteo exacto con las 10 000 tiradas simuladas. Busca
una pareja de eventos independientes que no sea obvia, y una de eventos excluyentes.
""",
        en=rf"""
"The sum is 7" and "doubles" are mutually exclusive ($P(A \cap B)$ = {p_both}) but not
independent: $P(A)\,P(B)$ = {p_7 * p_doubles}. The simulation gets close to the exact fraction
without reaching it: with 10 000 rolls the typical error is a few thousandths (you will compute how
much in lesson 5.3), and somewhat more for $P(A \mid B)$, which only uses the rolls in which $B$
happened.

**Pick two events.** The grid shows the 36 outcomes; each colour says which of the two events each
one is in. The table compares the exact count with the 10 000 simulated rolls. Look for a pair of
independent events that is not obvious, and for a pair of exclusive ones.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    DICE_EVENTS = {
        "first_even": (
            kit.say(lang, es="el primer dado es par", en="the first die is even"),
            lambda a, b: a % 2 == 0,
        ),
        "sum_7": (kit.say(lang, es="la suma es 7", en="the sum is 7"), lambda a, b: a + b == 7),
        "doubles": (kit.say(lang, es="salen dobles", en="doubles"), lambda a, b: a == b),
        "sum_10_plus": (
            kit.say(lang, es="la suma es al menos 10", en="the sum is at least 10"),
            lambda a, b: a + b >= 10,
        ),
        "second_6": (kit.say(lang, es="el segundo dado es 6", en="the second die is 6"), lambda a, b: b == 6),
        "first_1": (kit.say(lang, es="el primer dado es 1", en="the first die is 1"), lambda a, b: a == 1),
    }
    _options = {label: key for key, (label, _) in DICE_EVENTS.items()}
    event_a = mo.ui.dropdown(options=_options, value=DICE_EVENTS["first_even"][0], label="A:")
    event_b = mo.ui.dropdown(options=_options, value=DICE_EVENTS["sum_7"][0], label="B:")
    mo.hstack([event_a, event_b], justify="start", gap=2)
    return DICE_EVENTS, event_a, event_b


@app.cell(hide_code=True)
def _(DICE_EVENTS, event_a, event_b, np, omega, rolls):
    # Small pure cell: both events on the 36 pairs (exact) and on the 10 000 rolls (simulated).
    from fractions import Fraction as _Fraction

    _in_a, _in_b = DICE_EVENTS[event_a.value][1], DICE_EVENTS[event_b.value][1]
    grid_a = np.array([[_in_a(a, b) for b in range(1, 7)] for a in range(1, 7)])  # row = first die
    grid_b = np.array([[_in_b(a, b) for b in range(1, 7)] for a in range(1, 7)])
    exact = {
        "A": _Fraction(int(grid_a.sum()), 36),
        "B": _Fraction(int(grid_b.sum()), 36),
        "AB": _Fraction(int((grid_a & grid_b).sum()), 36),
        "AorB": _Fraction(int((grid_a | grid_b).sum()), 36),
    }
    _sim_a = grid_a[rolls[:, 0] - 1, rolls[:, 1] - 1]
    _sim_b = grid_b[rolls[:, 0] - 1, rolls[:, 1] - 1]
    simulated = {
        "A": _sim_a.mean(),
        "B": _sim_b.mean(),
        "AB": (_sim_a & _sim_b).mean(),
        "AorB": (_sim_a | _sim_b).mean(),
        "A|B": (_sim_a & _sim_b).sum() / max(_sim_b.sum(), 1),
    }
    exact["A|B"] = exact["AB"] / exact["B"] if exact["B"] else None
    return exact, grid_a, grid_b, simulated


@app.cell(hide_code=True)
def _(grid_a, grid_b, kit, lang, np, plt):
    _fig, _ax = plt.subplots(figsize=(4.6, 4.2))
    _code = grid_a.astype(int) + 2 * grid_b.astype(int)  # 0 neither, 1 only A, 2 only B, 3 both
    _colors = np.array([[0.93, 0.93, 0.93], [0.55, 0.75, 0.95], [0.98, 0.72, 0.45], [0.62, 0.45, 0.78]])
    _ax.imshow(_colors[_code], origin="upper", extent=(0.5, 6.5, 6.5, 0.5))
    for _a in range(6):
        for _b in range(6):
            _ax.text(_b + 1, _a + 1, f"{_a + _b + 2}", ha="center", va="center", fontsize=8, color="0.25")
    _ax.set_xticks(range(1, 7))
    _ax.set_yticks(range(1, 7))
    _ax.set_xlabel(kit.say(lang, es="segundo dado", en="second die"))
    _ax.set_ylabel(kit.say(lang, es="primer dado", en="first die"))
    _names = (
        kit.say(lang, es="ninguno", en="neither"),
        kit.say(lang, es="solo A", en="only A"),
        kit.say(lang, es="solo B", en="only B"),
        "A ∩ B",
    )
    for _color, _name in zip(_colors, _names):
        _ax.scatter([], [], marker="s", s=60, color=_color, label=_name)
    _ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=4, fontsize=8, frameon=False)
    _ax.set_title(
        kit.say(lang, es="los 36 resultados (el número es la suma)", en="the 36 outcomes (the number is the sum)"),
        fontsize=9,
    )
    _fig.subplots_adjust(left=0.13, right=0.97, top=0.92, bottom=0.2)  # fixed margins: tight_layout doubles the cost
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(exact, kit, lang, mo):
    _independent = exact["AB"] == exact["A"] * exact["B"]
    _exclusive = exact["AB"] == 0
    _verdict = {
        (True, False): kit.say(
            lang,
            es="**independientes**: $P(A \\cap B) = P(A)\\,P(B)$",
            en="**independent**: $P(A \\cap B) = P(A)\\,P(B)$",
        ),
        (False, True): kit.say(
            lang, es="**excluyentes**, y por eso dependientes", en="**exclusive**, and therefore dependent"
        ),
        (False, False): kit.say(
            lang,
            es="**dependientes**: $P(A \\cap B) \\ne P(A)\\,P(B)$",
            en="**dependent**: $P(A \\cap B) \\ne P(A)\\,P(B)$",
        ),
        (True, True): kit.say(
            lang,
            es="excluyentes e independientes (uno tiene probabilidad 0)",
            en="exclusive and independent (one has probability 0)",
        ),
    }[(bool(_independent), bool(_exclusive))]
    mo.md(f"A y B: {_verdict}" if lang == "es" else f"A and B: {_verdict}")
    return


@app.cell(hide_code=True)
def _(exact, kit, lang, mo, simulated):
    def _fmt(value):
        return "—" if value is None else f"{value} = {float(value):.4f}"

    _rows = [
        ("$P(A)$", "A"),
        ("$P(B)$", "B"),
        ("$P(A \\cap B)$", "AB"),
        ("$P(A \\cup B)$", "AorB"),
        ("$P(A \\mid B)$", "A|B"),
    ]
    _head = kit.say(
        lang,
        es="| | contando (exacto) | 10 000 tiradas |\n|:--|--:|--:|",
        en="| | by counting (exact) | 10 000 rolls |\n|:--|--:|--:|",
    )
    _body = "\n".join(f"| {name} | {_fmt(exact[key])} | {simulated[key]:.4f} |" for name, key in _rows)
    _product = exact["A"] * exact["B"]
    _tail = kit.say(
        lang,
        es=f"| $P(A)\\,P(B)$ | {_fmt(_product)} | |",
        en=f"| $P(A)\\,P(B)$ | {_fmt(_product)} | |",
    )
    mo.md(_head + "\n" + _body + "\n" + _tail)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Con “el primer dado es par” y “la suma es 7” pasa algo que sorprende: son independientes. Saber
que el primer dado es par no cambia la probabilidad de sumar 7, porque para cada valor del primer
dado hay exactamente un segundo dado que completa el 7. En cambio, “la suma es al menos 10” y
“salen dobles” son dependientes: saber que salieron dobles hace más probable una suma alta.

## 2. Variables aleatorias: PMF, PDF, CDF y cuantiles

Una **variable aleatoria** $X$ es una regla que le asigna un número a cada resultado: la suma de
los dos dados, el tiempo hasta el siguiente clic, la etiqueta 0/1 de un correo. Lo que importa de
ella es su **distribución**: qué valores toma y con qué probabilidad.

- Si $X$ toma valores sueltos (enteros, casi siempre) tiene una **función de masa de probabilidad**
  (PMF) $p(k) = P(X = k)$, con $p(k) \ge 0$ y $\sum_k p(k) = 1$.
- Si $X$ es continua, la probabilidad de un valor exacto es 0 y lo que tiene es una **densidad**
  (PDF) $p(x) \ge 0$: la probabilidad de un intervalo es el área bajo la curva,
  $P(a \le X \le b) = \int_a^b p(x)\,dx$, y el área total es 1.

Las dos tienen una **función de distribución acumulada** (CDF), la probabilidad de no pasar de $x$:

$$
F(x) = P(X \le x) = \int_{-\infty}^{x} p(t)\,dt,
$$

o $F(x) = \sum_{k \le x} p(k)$ en el caso discreto. $F$ sube de 0 a 1 sin bajar nunca. Por el teorema fundamental del cálculo (lección 2.3), en el caso
continuo la densidad es la pendiente de la CDF, $p = F'$. La **función cuantil** hace el camino
inverso: $F^{-1}(q)$ es el valor $x_q$ que deja por debajo una probabilidad $q$ (la mediana es
$F^{-1}(0.5)$). En el caso discreto $F$ sube a saltos, y $F^{-1}(q)$ es el menor $x$ con
$F(x) \ge q$.

Ojo: una densidad **no** es una probabilidad y puede valer más de 1. Lo que no puede pasar de 1 es
el área. La celda de abajo lo comprueba con `gradiente.stats`, junto con la PMF de la suma de dos
dados y la relación $p = F'$:
""",
        en=r"""
With "the first die is even" and "the sum is 7" something surprising happens: they are
independent. Knowing that the first die is even does not change the probability of a 7, because for
each value of the first die exactly one second die completes the 7. On the other hand, "the sum is
at least 10" and "doubles" are dependent: knowing that doubles came up makes a high sum more likely.

## 2. Random variables: PMF, PDF, CDF and quantiles

A **random variable** $X$ is a rule that gives each outcome a number: the sum of the two dice, the
time until the next click, the 0/1 label of an email. What matters about it is its
**distribution**: which values it takes and with which probability.

- If $X$ takes separate values (integers, nearly always) it has a **probability mass function**
  (PMF) $p(k) = P(X = k)$, with $p(k) \ge 0$ and $\sum_k p(k) = 1$.
- If $X$ is continuous, the probability of an exact value is 0, and what it has is a **density**
  (PDF) $p(x) \ge 0$: the probability of an interval is the area under the curve,
  $P(a \le X \le b) = \int_a^b p(x)\,dx$, and the total area is 1.

Both have a **cumulative distribution function** (CDF), the probability of not going past $x$:

$$
F(x) = P(X \le x) = \int_{-\infty}^{x} p(t)\,dt,
$$

or $F(x) = \sum_{k \le x} p(k)$ in the discrete case. $F$ climbs from 0 to 1 and never goes down. By the fundamental theorem of calculus (lesson 2.3), in
the continuous case the density is the slope of the CDF, $p = F'$. The **quantile function** goes
the other way: $F^{-1}(q)$ is the value $x_q$ that leaves a probability $q$ below it (the median is
$F^{-1}(0.5)$). In the discrete case $F$ climbs in jumps, and $F^{-1}(q)$ is the smallest $x$ with
$F(x) \ge q$.

Careful: a density is **not** a probability, and it may be larger than 1. What cannot exceed 1 is
the area. The cell below checks it with `gradiente.stats`, together with the PMF of the sum of two
dice and the relation $p = F'$:
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, np, omega):
    from gradiente.stats import Normal, Uniform

    # The sum of two dice as a random variable: its PMF by counting, its CDF by accumulating.
    sums = np.array([a + b for a, b in omega])
    values = np.arange(2, 13)
    pmf_sum = np.array([np.mean(sums == k) for k in values])
    cdf_sum = np.cumsum(pmf_sum)
    _lines = [
        f"k          {values}",
        f"36·p(k)    {np.round(36 * pmf_sum).astype(int)}   sum of p(k) = {round(pmf_sum.sum(), 12)}",
        f"F(k)       {np.round(cdf_sum, 3)}",
        f"median F⁻¹(0.5) = {values[np.argmax(cdf_sum >= 0.5)]}",
    ]

    narrow = Uniform(0.0, 0.5)  # a density of height 1 / (b − a) = 2
    _lines.append(f"Uniform(0, 0.5): pdf(0.25) = {narrow.pdf(0.25)}   P(X ≤ 0.5) = cdf(0.5) = {narrow.cdf(0.5)}")

    standard = Normal(0.0, 1.0)
    _x = np.linspace(-3, 3, 601)
    _slope = np.gradient(standard.cdf(_x), _x)  # numerical F′
    _lines.append(f"Normal(0, 1): max |F′(x) − p(x)| on [−3, 3] = {np.max(np.abs(_slope - standard.pdf(_x))):.1e}")
    kit.printout(_lines)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 3. Seis distribuciones que vas a ver en todo ML

| distribución | parámetros | soporte | PMF o PDF | media | varianza | dónde aparece |
|:--|:--|:--|:--|:--|:--|:--|
| Bernoulli | $p \in [0, 1]$ | $\{0, 1\}$ | $p^k(1-p)^{1-k}$ | $p$ | $p(1-p)$ | una etiqueta 0/1; la salida de la regresión logística |
| binomial | $n$, $p$ | $0, \dots, n$ | $\binom{n}{k}p^k(1-p)^{n-k}$ | $np$ | $np(1-p)$ | aciertos en $n$ ejemplos de prueba |
| Poisson | $\lambda > 0$ | $0, 1, 2, \dots$ | $\lambda^k e^{-\lambda}/k!$ | $\lambda$ | $\lambda$ | conteos: clics por minuto, palabras en un documento |
| uniforme | $a < b$ | $[a, b]$ | $1/(b-a)$ | $(a+b)/2$ | $(b-a)^2/12$ | números aleatorios; inicializaciones; la base del muestreo |
| normal | $\mu$, $\sigma > 0$ | $\mathbb{R}$ | $\frac{1}{\sigma\sqrt{2\pi}}e^{-(x-\mu)^2/(2\sigma^2)}$ | $\mu$ | $\sigma^2$ | ruido de medición; el error cuadrático medio (lección 5.4) |
| exponencial | $\lambda > 0$ | $[0, \infty)$ | $\lambda e^{-\lambda x}$ | $1/\lambda$ | $1/\lambda^2$ | tiempos de espera entre eventos |

La binomial es la suma de $n$ Bernoulli independientes, y la Poisson es su límite cuando $n$ es
grande y $p$ chico con $np = \lambda$ fijo (muchas oportunidades, cada una rara).

**Explorador de distribuciones.** Elige una distribución y mueve sus parámetros. A la izquierda,
su PMF (barras) o su PDF (curva); a la derecha, su CDF. El control $q$ marca el cuantil
$x_q = F^{-1}(q)$ y sombrea el área $q$ que queda a su izquierda. Las muestras se producen con el
método de la sección 4, $x = F^{-1}(u)$ con $u$ uniforme: su histograma (izquierda) y su CDF
empírica (derecha, en negro) se acercan a la fórmula cuando $n$ crece.
""",
        en=r"""
## 3. Six distributions you will see all over ML

| distribution | parameters | support | PMF or PDF | mean | variance | where it appears |
|:--|:--|:--|:--|:--|:--|:--|
| Bernoulli | $p \in [0, 1]$ | $\{0, 1\}$ | $p^k(1-p)^{1-k}$ | $p$ | $p(1-p)$ | a 0/1 label; the output of logistic regression |
| binomial | $n$, $p$ | $0, \dots, n$ | $\binom{n}{k}p^k(1-p)^{n-k}$ | $np$ | $np(1-p)$ | correct answers on $n$ test examples |
| Poisson | $\lambda > 0$ | $0, 1, 2, \dots$ | $\lambda^k e^{-\lambda}/k!$ | $\lambda$ | $\lambda$ | counts: clicks per minute, words in a document |
| uniform | $a < b$ | $[a, b]$ | $1/(b-a)$ | $(a+b)/2$ | $(b-a)^2/12$ | random numbers; initialisations; the basis of sampling |
| normal | $\mu$, $\sigma > 0$ | $\mathbb{R}$ | $\frac{1}{\sigma\sqrt{2\pi}}e^{-(x-\mu)^2/(2\sigma^2)}$ | $\mu$ | $\sigma^2$ | measurement noise; the mean squared error (lesson 5.4) |
| exponential | $\lambda > 0$ | $[0, \infty)$ | $\lambda e^{-\lambda x}$ | $1/\lambda$ | $1/\lambda^2$ | waiting times between events |

The binomial is the sum of $n$ independent Bernoullis, and the Poisson is its limit when $n$ is
large and $p$ small with $np = \lambda$ fixed (many chances, each of them rare).

**Distribution explorer.** Pick a distribution and move its parameters. On the left, its PMF
(bars) or its PDF (curve); on the right, its CDF. The control $q$ marks the quantile
$x_q = F^{-1}(q)$ and shades the area $q$ to its left. The samples are produced by the method of
section 4, $x = F^{-1}(u)$ with $u$ uniform: their histogram (left) and their empirical CDF (right,
in black) approach the formula as $n$ grows.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    EXPLORER = {
        "bernoulli": ("Bernoulli", True),
        "binomial": (kit.say(lang, es="binomial", en="binomial"), True),
        "poisson": ("Poisson", True),
        "uniform": (kit.say(lang, es="uniforme", en="uniform"), False),
        "normal": ("normal", False),
        "exponential": (kit.say(lang, es="exponencial", en="exponential"), False),
    }
    dist_choice = mo.ui.dropdown(
        options={name: key for key, (name, _) in EXPLORER.items()},
        value=EXPLORER["binomial"][0],
        label=kit.say(lang, es="Distribución", en="Distribution"),
    )
    dist_choice
    return EXPLORER, dist_choice


@app.cell(hide_code=True)
def _(dist_choice, mo):
    # The parameters of the chosen distribution (rebuilt, at their defaults, when the choice changes).
    _specs = {
        "bernoulli": [("p", 0.05, 0.95, 0.05, 0.3)],
        "binomial": [("n", 1, 40, 1, 20), ("p", 0.05, 0.95, 0.05, 0.3)],
        "poisson": [("λ", 0.5, 15.0, 0.5, 4.0)],
        "uniform": [("a", -2.0, 1.0, 0.25, 0.0), ("b", 1.25, 4.0, 0.25, 2.0)],
        "normal": [("μ", -2.0, 2.0, 0.25, 0.0), ("σ", 0.2, 3.0, 0.1, 1.0)],
        "exponential": [("λ", 0.25, 4.0, 0.25, 1.0)],
    }[dist_choice.value]
    dist_params = mo.ui.array(
        [
            mo.ui.slider(lo, hi, step=step, value=value, show_value=True, label=name)
            for name, lo, hi, step, value in _specs
        ]
    )
    dist_params.hstack(justify="start", gap=2)
    return (dist_params,)


@app.cell(hide_code=True)
def _(kit, lang, mo):
    q_slider = mo.ui.slider(
        0.01, 0.99, step=0.01, value=0.5, show_value=True, label=kit.say(lang, es="Cuantil $q$", en="Quantile $q$")
    )
    n_slider = mo.ui.slider(
        steps=[10, 30, 100, 300, 1000, 3000, 10000],
        value=100,
        show_value=True,
        label=kit.say(lang, es="Muestras $n$", en="Samples $n$"),
    )
    mo.hstack([q_slider, n_slider], justify="start", gap=2)
    return n_slider, q_slider


@app.cell(hide_code=True)
def _(np):
    # 10 000 uniforms drawn once: a larger n keeps the first draws and adds new ones.
    explorer_uniforms = np.random.default_rng(51).uniform(size=10_000)
    return (explorer_uniforms,)


@app.cell(hide_code=True)
def _():
    from gradiente.stats import describe, ecdf

    return describe, ecdf


@app.cell(hide_code=True)
def _(dist_choice, dist_params, explorer_uniforms, n_slider, np, q_slider):
    from gradiente.stats import Bernoulli, Binomial, Exponential, Poisson
    from gradiente.stats import Normal as _Normal
    from gradiente.stats import Uniform as _Uniform

    _key, _v = dist_choice.value, dist_params.value
    if _key == "bernoulli":
        chosen, x_range = Bernoulli(_v[0]), (-0.5, 1.5)
    elif _key == "binomial":
        chosen, x_range = Binomial(int(_v[0]), _v[1]), (-0.5, int(_v[0]) + 0.5)
    elif _key == "poisson":
        chosen, x_range = Poisson(_v[0]), (-0.5, 30.5)
    elif _key == "uniform":
        chosen, x_range = _Uniform(_v[0], _v[1]), (-2.5, 4.5)
    elif _key == "normal":
        chosen, x_range = _Normal(_v[0], _v[1]), (-8.0, 8.0)
    else:
        chosen, x_range = Exponential(_v[0]), (-0.3, 8.0)
    explorer_sample = chosen.ppf(explorer_uniforms[: n_slider.value])  # inverse-CDF sampling
    x_q = float(chosen.ppf(q_slider.value))
    explorer_moments = {
        "mean": chosen.mean(),
        "var": chosen.var(),
        "sample_mean": float(np.mean(explorer_sample)),
        "sample_var": float(np.var(explorer_sample)),
    }
    return chosen, explorer_moments, explorer_sample, x_q, x_range


@app.cell(hide_code=True)
def _(EXPLORER, chosen, dist_choice, ecdf, explorer_sample, kit, lang, np, plt, q_slider, x_q, x_range):
    _discrete = EXPLORER[dist_choice.value][1]
    _fig, (_left, _right) = plt.subplots(1, 2, figsize=(10, 3.9))
    _n = len(explorer_sample)
    if _discrete:
        _k = np.arange(0, int(x_range[1]) + 1)
        _p = chosen.pmf(_k)
        _left.bar(
            _k, _p, width=0.8, color=np.where(_k <= x_q, "tab:blue", "0.78"), label=kit.say(lang, es="PMF", en="PMF")
        )
        _freq = np.bincount(explorer_sample.astype(int), minlength=len(_k))[: len(_k)] / _n
        _left.plot(
            _k, _freq, "k_", ms=14, mew=2, label=kit.say(lang, es=f"frecuencias, n = {_n}", en=f"frequencies, n = {_n}")
        )
        _grid = np.arange(x_range[0], x_range[1] + 1e-9, 0.01)
        _right.step(_k, chosen.cdf(_k), where="post", color="tab:blue", lw=2, label="F(x)")
    else:
        _grid = np.linspace(*x_range, 800)
        _p = chosen.pdf(_grid)
        _left.plot(_grid, _p, color="tab:blue", lw=2, label=kit.say(lang, es="PDF", en="PDF"))
        _left.fill_between(_grid, _p, where=_grid <= x_q, color="tab:blue", alpha=0.3)
        _left.hist(
            explorer_sample,
            bins=np.linspace(*x_range, 49),
            density=True,
            color="0.2",
            alpha=0.25,
            label=kit.say(lang, es=f"histograma, n = {_n}", en=f"histogram, n = {_n}"),
        )
        _right.plot(_grid, chosen.cdf(_grid), color="tab:blue", lw=2, label="F(x)")
    _sample_cdf = ecdf(explorer_sample)  # gradiente.stats.ecdf: distinct values and F̂ at each
    _right.step(
        np.r_[x_range[0], _sample_cdf.x, x_range[1]],
        np.r_[0.0, _sample_cdf.cdf, 1.0],
        where="post",
        color="k",
        lw=1,
        label=kit.say(lang, es="CDF empírica", en="empirical CDF"),
    )
    _q = q_slider.value
    _right.axhline(_q, color="tab:red", lw=1, ls="--")
    _right.axvline(x_q, color="tab:red", lw=1, ls="--")
    _left.axvline(x_q, color="tab:red", lw=1, ls="--")
    for _ax in (_left, _right):
        _ax.set_xlim(*x_range)
        _ax.set_xlabel("x")
    _right.set_ylim(-0.03, 1.03)
    _left.set_ylim(bottom=0)
    _left.legend(fontsize=8, loc="upper right")
    _right.legend(fontsize=8, loc="lower right")
    _F_q = float(chosen.cdf(x_q))
    _left.set_title(
        kit.say(
            lang,
            es=f"{chosen}: área sombreada F(x_q) = {_F_q:.3f}",
            en=f"{chosen}: shaded area F(x_q) = {_F_q:.3f}",
        ),
        fontsize=9,
    )
    _right.set_title(
        kit.say(lang, es=f"x_q = F⁻¹({_q:.2f}) = {x_q:.3g}", en=f"x_q = F⁻¹({_q:.2f}) = {x_q:.3g}"), fontsize=9
    )
    _fig.subplots_adjust(left=0.06, right=0.985, top=0.91, bottom=0.13, wspace=0.18)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(explorer_moments, kit, lang):
    _m = explorer_moments
    kit.text(
        lang,
        es=rf"""
Media: {_m["mean"]:.4g} según la fórmula, {_m["sample_mean"]:.4g} en la muestra. Varianza:
{_m["var"]:.4g} según la fórmula, {_m["sample_var"]:.4g} en la muestra. En las discretas, el área
sombreada $F(x_q)$ casi nunca es exactamente $q$: la CDF sube a saltos, y $x_q$ es el primer valor
donde alcanza o pasa $q$. Prueba una uniforme con $b - a < 1$: su densidad pasa de 1 y el área
sigue siendo 1.
""",
        en=rf"""
Mean: {_m["mean"]:.4g} by the formula, {_m["sample_mean"]:.4g} in the sample. Variance:
{_m["var"]:.4g} by the formula, {_m["sample_var"]:.4g} in the sample. For the discrete ones, the
shaded area $F(x_q)$ is hardly ever exactly $q$: the CDF climbs in jumps, and $x_q$ is the first
value where it reaches or passes $q$. Try a uniform with $b - a < 1$: its density goes above 1 and
the area is still 1.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
**La binomial con $n$ grande.** La fórmula $\binom{n}{k}p^k(1-p)^{n-k}$ es fácil de escribir y
difícil de evaluar: $n!$ crece tan rápido que como `float` se vuelve infinito muy pronto, y el
cociente $\infty/\infty$ da `nan`. Con enteros de Python el coeficiente es exacto, pero no cabe en
un `float` cuando $n$ llega a unos miles. El truco es trabajar con logaritmos: el producto se
vuelve una suma y todos los números quedan en una escala manejable. Para $\log m!$ se usa la
función gamma, que cumple $\Gamma(m + 1) = m!$; su logaritmo se calcula directamente, sin pasar
por $m!$:
""",
        en=r"""
**The binomial with a large $n$.** The formula $\binom{n}{k}p^k(1-p)^{n-k}$ is easy to write and
hard to evaluate: $n!$ grows so fast that as a `float` it becomes infinite very soon, and the
quotient $\infty/\infty$ gives `nan`. With Python integers the coefficient is exact, but it does not
fit in a `float` once $n$ reaches a few thousand. The trick is to work in logs: the product becomes
a sum and every number stays on a manageable scale. For $\log m!$ one uses the gamma function,
which satisfies $\Gamma(m + 1) = m!$; its logarithm is computed directly, without going through
$m!$:
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, np):
    import math
    import sys

    from gradiente.stats.special import gammaln

    first_infinite = next(m for m in range(1, 400) if math.factorial(m) > sys.float_info.max)
    _lines = [f"largest float: {sys.float_info.max}   {first_infinite - 1}! fits, {first_infinite}! does not"]
    with np.errstate(over="ignore"):
        _lines.append(f"{first_infinite}! as a float product: {np.prod(np.arange(1.0, first_infinite + 1))}")
    _lines.append(f"log 1000! = gammaln(1001) = {gammaln(1001.0)}   Σ log m = {np.sum(np.log(np.arange(1.0, 1001)))}")
    _big = math.comb(2000, 600)
    try:
        float(_big)
    except OverflowError as _error:
        _lines.append(f"C(2000, 600) has {len(str(_big))} digits; float(C(2000, 600)) -> OverflowError: {_error}")
    kit.printout(_lines)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_binomial_pmf = kit.exercise("binomial_pmf", lang)
    ex_binomial_pmf
    return (ex_binomial_pmf,)


@app.cell(hide_code=True)
def _(ex_binomial_pmf, kit):
    kit.feedback(ex_binomial_pmf)
    return


@app.cell(hide_code=True)
def _(ex_binomial_pmf, kit):
    kit.hints(ex_binomial_pmf)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 4. Muestrear con la inversa de la CDF

Una computadora sabe producir números uniformes en $[0, 1)$. ¿Cómo se consigue, con ellos, una
muestra de cualquier otra distribución? Si $U$ es uniforme y $F$ es una CDF continua y creciente,
$X = F^{-1}(U)$ tiene justamente la CDF $F$, porque $F$ conserva el orden:

$$
P(X \le x) = P\bigl(F^{-1}(U) \le x\bigr) = P\bigl(U \le F(x)\bigr) = F(x).
$$

La última igualdad es lo que hace una uniforme: $P(U \le t) = t$. En palabras: cada $u$ se lleva a
la $x$ que deja una probabilidad $u$ a su izquierda. Los $u$ cerca de 0 caen en la cola izquierda,
los cercanos a 1 en la derecha, y donde $F$ sube rápido (donde la densidad es alta) muchos $u$
distintos caen en $x$ cercanas. Con la regla “el menor $x$ con $F(x) \ge u$” funciona también en
las discretas: es lo que hizo el explorador.

Para la **exponencial**, $F(x) = 1 - e^{-\lambda x}$ para $x \ge 0$, y despejando $x$ en
$F(x) = u$:

$$
X = F^{-1}(U),
\qquad
F^{-1}_{\mathrm{Exp}}(u) = -\frac{\ln(1-u)}{\lambda}.
$$

Mueve $\lambda$: a la izquierda, 25 valores $u$ (en el eje vertical) viajan hasta la CDF y bajan a
su $x$; a la derecha, el histograma de 5000 muestras producidas así, sobre la densidad
$\lambda e^{-\lambda x}$.
""",
        en=r"""
## 4. Sampling through the inverse CDF

A computer knows how to produce uniform numbers in $[0, 1)$. How do you get, from them, a sample of
any other distribution? If $U$ is uniform and $F$ is a continuous, increasing CDF, then
$X = F^{-1}(U)$ has exactly the CDF $F$, because $F$ preserves order:

$$
P(X \le x) = P\bigl(F^{-1}(U) \le x\bigr) = P\bigl(U \le F(x)\bigr) = F(x).
$$

The last equality is what a uniform does: $P(U \le t) = t$. In words: each $u$ is taken to the $x$
that leaves a probability $u$ to its left. Values of $u$ near 0 land in the left tail, those near 1
in the right one, and where $F$ climbs fast (where the density is high) many different $u$ land on
nearby values of $x$. With the rule "the smallest $x$ with $F(x) \ge u$" it works for discrete ones too:
that is what the explorer did.

For the **exponential**, $F(x) = 1 - e^{-\lambda x}$ for $x \ge 0$, and solving $F(x) = u$ for $x$:

$$
X = F^{-1}(U),
\qquad
F^{-1}_{\mathrm{Exp}}(u) = -\frac{\ln(1-u)}{\lambda}.
$$

Move $\lambda$: on the left, 25 values $u$ (on the vertical axis) travel to the CDF and drop to
their $x$; on the right, the histogram of 5000 samples produced that way, over the density
$\lambda e^{-\lambda x}$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    rate_slider = mo.ui.slider(
        0.25,
        4.0,
        step=0.25,
        value=1.0,
        show_value=True,
        label=kit.say(lang, es="Tasa $\\lambda$", en="Rate $\\lambda$"),
    )
    rate_slider
    return (rate_slider,)


@app.cell(hide_code=True)
def _(kit, lang, np, plt, rate_slider):
    from gradiente.stats import Exponential as _Exponential

    _lam = rate_slider.value
    _exp = _Exponential(_lam)
    _rng = np.random.default_rng(4)
    _u_show = np.sort(_rng.uniform(size=25))
    _u_many = _rng.uniform(size=5000)
    _x_show, _x_many = _exp.ppf(_u_show), _exp.ppf(_u_many)
    _top = 8.0
    _grid = np.linspace(0, _top, 400)
    _fig, (_left, _right) = plt.subplots(1, 2, figsize=(10, 3.7))
    _left.plot(_grid, _exp.cdf(_grid), color="tab:blue", lw=2, label="F(x) = 1 − e^(−λx)")
    # Each path: across from (0, u) to the curve, then down to (x, 0); NaN separates the paths (one artist).
    _ends = np.minimum(_x_show, _top)
    _path_x = np.column_stack([np.zeros_like(_ends), _ends, _ends, np.full_like(_ends, np.nan)]).ravel()
    _path_y = np.column_stack([_u_show, _u_show, np.where(_x_show <= _top, 0.0, _u_show), np.full_like(_ends, np.nan)])
    _left.plot(_path_x, _path_y.ravel(), color="tab:orange", lw=0.7, alpha=0.8)
    _left.plot(np.zeros_like(_u_show), _u_show, "o", color="tab:orange", ms=3)
    _left.plot(_x_show[_x_show <= _top], np.zeros(np.sum(_x_show <= _top)), "|", color="k", ms=10)
    _left.set_xlim(0, _top)
    _left.set_ylim(0, 1.02)
    _left.set_xlabel("x")
    _left.set_ylabel("u")
    _left.legend(fontsize=8, loc="lower right")
    _left.set_title(kit.say(lang, es="cada u baja a x = F⁻¹(u)", en="each u drops to x = F⁻¹(u)"), fontsize=9)
    _right.hist(
        _x_many,
        bins=np.linspace(0, _top, 49),
        density=True,
        color="0.6",
        label=kit.say(lang, es="5000 muestras", en="5000 samples"),
    )
    _right.plot(_grid, _exp.pdf(_grid), color="tab:blue", lw=2, label="λ e^(−λx)")
    _right.set_xlim(0, _top)
    _right.set_xlabel("x")
    _right.legend(fontsize=8)
    _right.set_title(
        kit.say(
            lang,
            es=f"λ = {_lam:g}: media 1/λ = {_exp.mean():.3g}, media de la muestra {_x_many.mean():.3g}",
            en=f"λ = {_lam:g}: mean 1/λ = {_exp.mean():.3g}, sample mean {_x_many.mean():.3g}",
        ),
        fontsize=9,
    )
    _fig.subplots_adjust(left=0.06, right=0.985, top=0.91, bottom=0.14, wspace=0.15)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_exponential_from_uniform = kit.exercise("exponential_from_uniform", lang)
    ex_exponential_from_uniform
    return (ex_exponential_from_uniform,)


@app.cell(hide_code=True)
def _(ex_exponential_from_uniform, kit):
    kit.feedback(ex_exponential_from_uniform)
    return


@app.cell(hide_code=True)
def _(ex_exponential_from_uniform, kit):
    kit.hints(ex_exponential_from_uniform)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 5. Contar con el complemento: el problema del cumpleaños

¿Cuántas personas tiene que haber en un salón para que sea más probable que improbable que dos
cumplan años el mismo día? Mucha gente responde un número cercano a la mitad de 365. Supón
$d = 365$ días igual de probables y cumpleaños independientes. “Al menos dos coinciden” abarca
muchísimos casos; su complemento $D_n$, “los $n$ cumpleaños son todos distintos”, se cuenta persona
por persona: la primera puede nacer cualquier día, la segunda debe evitar 1 día, la tercera 2, …

$$
P(D_n) = \prod_{i=0}^{n-1}\frac{d-i}{d},
\qquad
P(D_n^c) = 1 - \prod_{i=0}^{n-1}\frac{d-i}{d}.
$$

Mueve el tamaño del grupo: la curva es la fórmula, y los puntos, la fracción de 2000 grupos
simulados en los que alguien coincidió.
""",
        en=r"""
## 5. Counting through the complement: the birthday problem

How many people must be in a room for it to be more likely than not that two share a birthday?
Many people answer something close to half of 365. Assume $d = 365$ equally likely days and
independent birthdays. "At least two share" covers a huge number of cases; its complement $D_n$,
"the $n$ birthdays are all different", is counted person by person: the first may be born on any
day, the second must avoid 1 day, the third 2, …

$$
P(D_n) = \prod_{i=0}^{n-1}\frac{d-i}{d},
\qquad
P(D_n^c) = 1 - \prod_{i=0}^{n-1}\frac{d-i}{d}.
$$

Move the size of the group: the curve is the formula, and the dots are the fraction of 2000
simulated groups in which someone shared.
""",
    )
    return


@app.cell(hide_code=True)
def _(np):
    # Exact: 1 − ∏ (365 − i)/365 for every group size up to 80; simulated: 2000 groups of each size.
    group_sizes = np.arange(1, 81)
    birthday_exact = 1 - np.cumprod((365 - np.arange(80)) / 365)
    _rng = np.random.default_rng(23)
    birthday_simulated = np.empty(len(group_sizes))
    for _index, _n in enumerate(group_sizes):
        _days = np.sort(_rng.integers(0, 365, size=(2000, _n)), axis=1)
        birthday_simulated[_index] = np.mean(np.any(_days[:, 1:] == _days[:, :-1], axis=1))
    first_past_half = int(group_sizes[np.argmax(birthday_exact > 0.5)])
    return birthday_exact, birthday_simulated, first_past_half, group_sizes


@app.cell(hide_code=True)
def _(kit, lang, mo):
    group_slider = mo.ui.slider(
        2,
        80,
        step=1,
        value=10,
        show_value=True,
        label=kit.say(lang, es="Personas en el grupo", en="People in the group"),
    )
    group_slider
    return (group_slider,)


@app.cell(hide_code=True)
def _(birthday_exact, birthday_simulated, group_sizes, group_slider, kit, lang, plt):
    _n = group_slider.value
    _fig, _ax = plt.subplots(figsize=(8, 3.8))
    _ax.plot(group_sizes, birthday_exact, color="tab:blue", lw=2, label=kit.say(lang, es="exacta", en="exact"))
    _ax.plot(
        group_sizes,
        birthday_simulated,
        "o",
        color="tab:orange",
        ms=3,
        label=kit.say(lang, es="2000 grupos simulados", en="2000 simulated groups"),
    )
    _ax.axhline(0.5, color="0.6", lw=0.8, ls=":")
    _ax.axvline(_n, color="k", lw=1)
    _ax.plot([_n], [birthday_exact[_n - 1]], "o", color="k", ms=7)
    _ax.set_xlim(0, 81)
    _ax.set_ylim(0, 1.02)
    _ax.set_xlabel(kit.say(lang, es="personas n", en="people n"))
    _ax.set_ylabel(kit.say(lang, es="P(alguna coincidencia)", en="P(some match)"))
    _ax.legend(fontsize=8, loc="lower right")
    _ax.set_title(
        kit.say(
            lang,
            es=f"n = {_n}: exacta {birthday_exact[_n - 1]:.4f}, simulada {birthday_simulated[_n - 1]:.4f}; "
            f"{_n * (_n - 1) // 2} parejas",
            en=f"n = {_n}: exact {birthday_exact[_n - 1]:.4f}, simulated {birthday_simulated[_n - 1]:.4f}; "
            f"{_n * (_n - 1) // 2} pairs",
        ),
        fontsize=9,
    )
    _fig.subplots_adjust(left=0.08, right=0.98, top=0.91, bottom=0.14)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(birthday_exact, first_past_half, kit, lang):
    _n = first_past_half
    kit.text(
        lang,
        es=rf"""
La probabilidad pasa de 1/2 con solo **{_n} personas** ({birthday_exact[_n - 1]:.4f}; con
{_n - 1} es {birthday_exact[_n - 2]:.4f}). La intuición falla porque piensa en “alguien con **mi**
cumpleaños”, cuando lo que cuenta son las **parejas**: con {_n} personas hay {_n * (_n - 1) // 2},
y cada una es una oportunidad de coincidir. En ML, el mismo cálculo dice cuándo esperar colisiones
de una función *hash* o ejemplos repetidos al muestrear con reemplazo.
""",
        en=rf"""
The probability passes 1/2 with only **{_n} people** ({birthday_exact[_n - 1]:.4f}; with {_n - 1}
it is {birthday_exact[_n - 2]:.4f}). Intuition fails because it thinks of "someone with **my**
birthday", whereas what counts are the **pairs**: with {_n} people there are
{_n * (_n - 1) // 2}, and each one is a chance to match. In ML, the same computation tells you when
to expect collisions of a hash function, or repeated examples when sampling with replacement.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_p_shared_birthday = kit.exercise("p_shared_birthday", lang)
    ex_p_shared_birthday
    return (ex_p_shared_birthday,)


@app.cell(hide_code=True)
def _(ex_p_shared_birthday, kit):
    kit.feedback(ex_p_shared_birthday)
    return


@app.cell(hide_code=True)
def _(ex_p_shared_birthday, kit):
    kit.hints(ex_p_shared_birthday)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 6. La CDF empírica: comparar datos con un modelo

Con datos reales no conoces $F$; lo que tienes es una muestra $x_1, \dots, x_n$. Su **CDF
empírica** es la fracción de la muestra que no pasa de $x$:

$$
\hat F_n(x) = \frac{1}{n}\sum_{i=1}^{n}\mathbf{1}[x_i \le x].
$$

Es una escalera que sube $1/n$ en cada dato (más, si el dato se repite), y cuando la muestra sale
de una distribución con CDF $F$, la escalera se pega a $F$ a medida que $n$ crece: lo viste en el
explorador. Eso la vuelve una forma directa de preguntar si un modelo describe los datos: dibuja
$\hat F_n$ junto a la CDF del modelo y mira la mayor distancia vertical entre las dos (la prueba de
Kolmogorov–Smirnov usa exactamente esa distancia).

Abajo, tres columnas de datos reales comparadas con la normal de su misma media y desviación
estándar (con `ddof=0`, la de máxima verosimilitud de la lección 5.4). La flecha roja marca la
mayor distancia.
""",
        en=r"""
## 6. The empirical CDF: comparing data with a model

With real data you do not know $F$; what you have is a sample $x_1, \dots, x_n$. Its **empirical
CDF** is the fraction of the sample that does not go past $x$:

$$
\hat F_n(x) = \frac{1}{n}\sum_{i=1}^{n}\mathbf{1}[x_i \le x].
$$

It is a staircase that climbs $1/n$ at each data point (more, if the value repeats), and when the
sample comes from a distribution with CDF $F$, the staircase gets closer and closer to $F$ as $n$
grows: you saw it in the explorer. That makes it a direct way to ask whether a model describes the
data: draw $\hat F_n$ next to the model's CDF and look at the largest vertical distance between them
(the Kolmogorov–Smirnov test uses exactly that distance).

Below, three columns of real data compared with the normal of the same mean and standard deviation
(with `ddof=0`, the maximum-likelihood one of lesson 5.4). The red arrow marks the largest gap.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    from gradiente.datasets import load_breast_cancer, load_iris

    _iris, _cancer = load_iris(), load_breast_cancer()
    ECDF_COLUMNS = {
        "radius": (
            kit.say(
                lang, es="cáncer de mama: radio medio (569 tumores)", en="breast cancer: mean radius (569 tumours)"
            ),
            _cancer.data[:, 0],
        ),
        "sepal": (
            kit.say(lang, es="iris: largo del sépalo, cm (150 flores)", en="iris: sepal length, cm (150 flowers)"),
            _iris.data[:, 0],
        ),
        "petal": (
            kit.say(lang, es="iris: largo del pétalo, cm (150 flores)", en="iris: petal length, cm (150 flowers)"),
            _iris.data[:, 2],
        ),
    }
    ecdf_choice = mo.ui.dropdown(
        options={label: key for key, (label, _) in ECDF_COLUMNS.items()},
        value=ECDF_COLUMNS["radius"][0],
        label=kit.say(lang, es="Datos", en="Data"),
    )
    ecdf_choice
    return ECDF_COLUMNS, ecdf_choice


@app.cell(hide_code=True)
def _(ECDF_COLUMNS, ecdf, ecdf_choice, np):
    from gradiente.stats import Normal as _NormalModel

    # The staircase: at the k-th smallest value it reaches k/n (with ties, the last copy counts).
    ecdf_label, _data = ECDF_COLUMNS[ecdf_choice.value]
    _F = ecdf(_data)
    ecdf_x, ecdf_heights = _F.x, _F.cdf  # the distinct values, and F̂ right after each jump
    ecdf_before = np.r_[0.0, ecdf_heights[:-1]]  # F̂ just before each jump
    ecdf_model = _NormalModel(float(_data.mean()), float(_data.std()))  # ddof=0
    _model_at = ecdf_model.cdf(ecdf_x)
    _gaps = np.maximum(np.abs(ecdf_heights - _model_at), np.abs(ecdf_before - _model_at))
    ecdf_worst = int(np.argmax(_gaps))
    ecdf_gap = float(_gaps[ecdf_worst])
    return ecdf_before, ecdf_gap, ecdf_heights, ecdf_label, ecdf_model, ecdf_worst, ecdf_x


@app.cell(hide_code=True)
def _(ecdf_before, ecdf_gap, ecdf_heights, ecdf_label, ecdf_model, ecdf_worst, ecdf_x, kit, lang, np, plt):
    _span = ecdf_x[-1] - ecdf_x[0]
    _lo, _hi = ecdf_x[0] - 0.08 * _span, ecdf_x[-1] + 0.08 * _span
    _grid = np.linspace(_lo, _hi, 400)
    _fig, _ax = plt.subplots(figsize=(8, 3.9))
    _ax.step(
        np.r_[_lo, ecdf_x, _hi],
        np.r_[0, ecdf_heights, 1],
        where="post",
        color="k",
        lw=1.2,
        label=kit.say(lang, es="CDF empírica", en="empirical CDF"),
    )
    _ax.plot(
        _grid,
        ecdf_model.cdf(_grid),
        color="tab:blue",
        lw=2,
        label=kit.say(
            lang,
            es=f"normal, μ = {ecdf_model.mu:.3g}, σ = {ecdf_model.sigma:.3g}",
            en=f"normal, μ = {ecdf_model.mu:.3g}, σ = {ecdf_model.sigma:.3g}",
        ),
    )
    _x = ecdf_x[ecdf_worst]
    _model = float(ecdf_model.cdf(_x))
    _after, _before = ecdf_heights[ecdf_worst], ecdf_before[ecdf_worst]
    _end = _after if abs(_after - _model) >= abs(_before - _model) else _before  # the side of the jump that is farther
    _ax.annotate("", xy=(_x, _end), xytext=(_x, _model), arrowprops=dict(arrowstyle="<->", color="tab:red", lw=1.5))
    _ax.set_xlim(_lo, _hi)
    _ax.set_ylim(-0.02, 1.02)
    _ax.set_xlabel(ecdf_label)
    _ax.legend(fontsize=8, loc="lower right")
    _ax.set_title(
        kit.say(
            lang,
            es=f"mayor distancia vertical: {ecdf_gap:.3f} en x = {_x:.3g}",
            en=f"largest vertical gap: {ecdf_gap:.3f} at x = {_x:.3g}",
        ),
        fontsize=9,
    )
    _fig.subplots_adjust(left=0.07, right=0.98, top=0.91, bottom=0.14)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(ECDF_COLUMNS, describe, ecdf, kit, lang, load_iris, np):
    from gradiente.stats import Normal as _N

    def _gap(data):
        _F = ecdf(data)
        _f = _N(float(data.mean()), float(data.std())).cdf(_F.x)
        return float(np.max(np.maximum(np.abs(_F.cdf - _f), np.abs(np.r_[0.0, _F.cdf[:-1]] - _f))))

    _g = {key: _gap(data) for key, (_, data) in ECDF_COLUMNS.items()}
    _radius = ECDF_COLUMNS["radius"][1]
    _skew = describe(_radius).skewness  # > 0: a long right tail
    _iris = load_iris()
    _setosa = _iris.data[_iris.target == 0, 2]
    _others = _iris.data[_iris.target > 0, 2]
    kit.text(
        lang,
        es=rf"""
El largo del sépalo queda cerca de su normal (distancia máxima {_g["sepal"]:.3f}); el radio medio
se le aleja más ({_g["radius"]:.3f}) porque su distribución es asimétrica, con una cola larga a la
derecha de tumores grandes (su coeficiente de asimetría es {_skew:.2f}; el de una normal es 0). El
largo del pétalo está muy lejos ({_g["petal"]:.3f}): mezcla a setosa, con pétalos de
{_setosa.min():.1f} a {_setosa.max():.1f} cm, con las otras dos especies, que empiezan en
{_others.min():.1f} cm, y ninguna normal tiene dos jorobas. Una media y una desviación estándar
describen bien los datos solo cuando la forma acompaña.
""",
        en=rf"""
Sepal length stays close to its normal (largest gap {_g["sepal"]:.3f}); mean radius strays further
({_g["radius"]:.3f}) because its distribution is skewed, with a long right tail of large tumours
(its skewness is {_skew:.2f}; a normal's is 0). Petal length is far off ({_g["petal"]:.3f}): it
mixes setosa, with petals from {_setosa.min():.1f} to {_setosa.max():.1f} cm, with the other two
species, which start at {_others.min():.1f} cm, and no normal has two humps. A mean and a standard
deviation describe data well only when the shape goes along.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_empirical_cdf = kit.exercise("empirical_cdf", lang)
    ex_empirical_cdf
    return (ex_empirical_cdf,)


@app.cell(hide_code=True)
def _(ex_empirical_cdf, kit):
    kit.feedback(ex_empirical_cdf)
    return


@app.cell(hide_code=True)
def _(ex_empirical_cdf, kit):
    kit.hints(ex_empirical_cdf)
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
                es="**1.** Tiras dos dados. A = “la suma es 12”, B = “el primer dado es 6”. ¿Cuánto valen P(A | B) y P(B | A)?",
                en="**1.** You roll two dice. A = “the sum is 12”, B = “the first die is 6”. What are P(A | B) and P(B | A)?",
            ),
            (
                T(es="P(A | B) = 1/6 y P(B | A) = 1", en="P(A | B) = 1/6 and P(B | A) = 1"),
                T(es="Las dos valen 1/6", en="Both are 1/6"),
                T(es="Las dos valen 1/36", en="Both are 1/36"),
                T(es="P(A | B) = 1 y P(B | A) = 1/6", en="P(A | B) = 1 and P(B | A) = 1/6"),
            ),
            answer=0,
            why=T(
                es=r"$A \cap B$ es solo (6, 6), con probabilidad 1/36. $P(A \mid B) = (1/36)/(1/6) = 1/6$: sabiendo que el primero es 6, falta que el segundo también lo sea. $P(B \mid A) = (1/36)/(1/36) = 1$: si la suma es 12, el primero es 6 seguro. Las dos condicionales dividen entre cosas distintas; el teorema de Bayes (lección 5.5) es la regla para pasar de una a la otra.",
                en=r"$A \cap B$ is just (6, 6), with probability 1/36. $P(A \mid B) = (1/36)/(1/6) = 1/6$: knowing the first is a 6, the second must be one too. $P(B \mid A) = (1/36)/(1/36) = 1$: if the sum is 12, the first is surely a 6. The two conditionals divide by different things; Bayes' theorem (lesson 5.5) is the rule to go from one to the other.",
            ),
        ),
        Question(
            T(
                es="**2.** ¿Puede una densidad (PDF) valer más de 1 en algún punto?",
                en="**2.** Can a density (PDF) be larger than 1 at some point?",
            ),
            (
                T(
                    es="No: es una probabilidad, y las probabilidades no pasan de 1",
                    en="No: it is a probability, and probabilities do not exceed 1",
                ),
                T(
                    es="Sí: lo que no puede pasar de 1 es el área bajo la curva",
                    en="Yes: what cannot exceed 1 is the area under the curve",
                ),
                T(es="Solo si la distribución es discreta", en="Only if the distribution is discrete"),
            ),
            answer=1,
            why=T(
                es=r"La uniforme en $[0, 0.5]$ tiene densidad 2 en todo el intervalo y área $2 \times 0.5 = 1$. La densidad es probabilidad **por unidad** de $x$: $P(x \le X \le x + h) \approx p(x)\,h$, y eso sí es menor que 1. Las discretas no tienen densidad sino PMF, y esa sí es una probabilidad.",
                en=r"The uniform on $[0, 0.5]$ has density 2 over the whole interval and area $2 \times 0.5 = 1$. The density is probability **per unit** of $x$: $P(x \le X \le x + h) \approx p(x)\,h$, and that is below 1. Discrete distributions have a PMF rather than a density, and that one is a probability.",
            ),
        ),
        Question(
            T(
                es="**3.** Un servidor recibe en promedio 4 peticiones por segundo, y el conteo sigue una Poisson. ¿Cuánto valen su media y su varianza?",
                en="**3.** A server receives 4 requests per second on average, and the count follows a Poisson. What are its mean and variance?",
            ),
            (
                T(es="Media 4, varianza 2", en="Mean 4, variance 2"),
                T(es="Media 4, varianza 16", en="Mean 4, variance 16"),
                T(es="Media 4, varianza 4", en="Mean 4, variance 4"),
            ),
            answer=2,
            why=T(
                es=r"En una Poisson, media y varianza valen las dos $\lambda$ (aquí 4; la desviación estándar es $\sqrt{4} = 2$, de ahí la primera opción). Por eso, si en datos de conteo la varianza sale mucho mayor que la media, la Poisson no es un buen modelo (hay *sobredispersión*). 16 sería $\lambda^2$.",
                en=r"For a Poisson, mean and variance are both $\lambda$ (4 here; the standard deviation is $\sqrt{4} = 2$, hence the first option). That is why, if the variance of count data comes out much larger than the mean, the Poisson is not a good model (there is *overdispersion*). 16 would be $\lambda^2$.",
            ),
        ),
        Question(
            T(
                es="**4.** A y B son mutuamente excluyentes, con P(A) = 0.3 y P(B) = 0.5. ¿Son independientes?",
                en="**4.** A and B are mutually exclusive, with P(A) = 0.3 and P(B) = 0.5. Are they independent?",
            ),
            (
                T(es="Sí: no tienen nada en común", en="Yes: they have nothing in common"),
                T(es="No: P(A ∩ B) = 0, pero P(A)·P(B) = 0.15", en="No: P(A ∩ B) = 0, but P(A)·P(B) = 0.15"),
                T(es="No se puede saber sin más datos", en="It cannot be told without more data"),
            ),
            answer=1,
            why=T(
                es=r"Excluyentes quiere decir $P(A \cap B) = 0$, e independientes, $P(A \cap B) = P(A)\,P(B) = 0.15$: no pueden ser las dos cosas a la vez. Saber que pasó $B$ te dice que $A$ no pasó, así que $P(A \mid B) = 0 \ne 0.3$. “No tener nada en común” describe a los resultados, no a la información que uno da sobre el otro.",
                en=r"Exclusive means $P(A \cap B) = 0$, and independent, $P(A \cap B) = P(A)\,P(B) = 0.15$: they cannot be both. Knowing that $B$ happened tells you that $A$ did not, so $P(A \mid B) = 0 \ne 0.3$. “Nothing in common” describes the outcomes, not the information one gives about the other.",
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
def _(first_past_half, kit, lang):
    kit.text(
        lang,
        es=rf"""
## 8. Resumen

- Con resultados igual de probables, $P(A) = |A|/|\Omega|$. Complemento: $1 - P(A)$; unión:
  $P(A) + P(B) - P(A \cap B)$; condicional: $P(A \cap B)/P(B)$. Simular da números cercanos, no
  exactos.
- Independientes: $P(A \cap B) = P(A)\,P(B)$. Excluyentes: $P(A \cap B) = 0$. Dos eventos
  excluyentes con probabilidad positiva son dependientes.
- Una variable discreta tiene PMF (probabilidades que suman 1); una continua, densidad (área 1, y
  puede pasar de 1). La CDF $F(x) = P(X \le x)$ va de 0 a 1, $p = F'$, y el cuantil $F^{{-1}}(q)$ deja
  probabilidad $q$ a su izquierda.
- Bernoulli, binomial y Poisson cuentan; uniforme, normal y exponencial miden. En la Poisson, media
  y varianza valen $\lambda$; en la exponencial, la media es $1/\lambda$.
- Para evaluar una binomial con $n$ grande, trabaja con logaritmos: $\log m! = \log\Gamma(m + 1)$.
- Si $U$ es uniforme, $F^{{-1}}(U)$ tiene CDF $F$; para la exponencial, $-\ln(1 - u)/\lambda$.
- Muchas veces el complemento es más fácil de contar: con {first_past_half} personas ya es más probable que
  improbable que dos cumplan años el mismo día.
- La CDF empírica es la fracción de datos $\le x$ (con $\le$, no $<$); compararla con la CDF de un
  modelo dice si el modelo describe los datos.
""",
        en=rf"""
## 8. Summary

- With equally likely outcomes, $P(A) = |A|/|\Omega|$. Complement: $1 - P(A)$; union:
  $P(A) + P(B) - P(A \cap B)$; conditional: $P(A \cap B)/P(B)$. Simulating gives close numbers, not
  exact ones.
- Independent: $P(A \cap B) = P(A)\,P(B)$. Exclusive: $P(A \cap B) = 0$. Two exclusive events with
  positive probability are dependent.
- A discrete variable has a PMF (probabilities adding up to 1); a continuous one, a density (area
  1, and it may exceed 1). The CDF $F(x) = P(X \le x)$ goes from 0 to 1, $p = F'$, and the quantile
  $F^{{-1}}(q)$ leaves probability $q$ to its left.
- Bernoulli, binomial and Poisson count; uniform, normal and exponential measure. For the Poisson,
  mean and variance are both $\lambda$; for the exponential, the mean is $1/\lambda$.
- To evaluate a binomial with a large $n$, work in logs: $\log m! = \log\Gamma(m + 1)$.
- If $U$ is uniform, $F^{{-1}}(U)$ has CDF $F$; for the exponential, $-\ln(1 - u)/\lambda$.
- The complement is often easier to count: with {first_past_half} people it is already more likely than not that
  two share a birthday.
- The empirical CDF is the fraction of the data $\le x$ (with $\le$, not $<$); comparing it with a
  model's CDF tells you whether the model describes the data.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es="## 9. Para seguir: más para leer, ver y practicar",
        en="## 9. Keep going: more to read, watch and practise",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.resources("probability-distributions", lang)
    return


if __name__ == "__main__":
    app.run()
