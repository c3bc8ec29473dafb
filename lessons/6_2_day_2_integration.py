import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 6.2")


@app.cell(hide_code=True)
def _():
    import marimo as mo
    import numpy as np

    from gradiente import calculus
    from gradiente.course.kit import Kit, workspace
    from gradiente.datasets import load_breast_cancer
    from gradiente.stats import Exponential, Normal

    kit = Kit()
    plt = kit.pyplot()
    return Exponential, Normal, calculus, kit, load_breast_cancer, mo, np, plt, workspace


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
    kit.header("day-2-integration", lang)
    return


@app.cell(hide_code=True)
def _(lang, workspace):
    def lesson_link(lesson_id):
        """A link to another lesson of the hub, named by its number and title (both from course.toml);
        relative to this page (``app/<id>/``), so it holds under any ``--base-url``."""
        course = workspace().course
        title = course.lesson(lesson_id).title.get(lang)
        return f'<a href="../../lesson/{lesson_id}" target="_top">{course.number(lesson_id)} · {title}</a>'

    return (lesson_link,)


@app.cell(hide_code=True)
def _():
    def sci(value):
        """A small number for LaTeX with two significant digits: 9.97e-06 -> 1.0 \\times 10^{-5}."""
        if value == 0 or 1e-3 <= abs(value) < 1e3:
            return f"{value:.3g}"
        mantissa, exponent = f"{value:.1e}".split("e")
        return rf"{mantissa} \times 10^{{{int(exponent)}}}"

    return (sci,)


@app.cell(hide_code=True)
def _(kit, lang, lesson_link):
    _integrals, _probability = lesson_link("integrals-roc-auc"), lesson_link("probability-distributions")
    kit.text(
        lang,
        es=rf"""
Segundo día del repaso. Ayer la derivada medía cuánto cambia algo; hoy haces el camino de vuelta:
sumar cambios pequeños para obtener un total. En probabilidad ese total tiene nombre: una densidad
dice dónde se amontonan los valores, y su área acumulada hasta $x$ es la probabilidad de caer por
debajo de $x$, la **CDF**. Este día repasa {_integrals} y {_probability}; te toma entre 20 y 30
minutos.

**Al terminar podrás:**

- leer una integral como área acumulada y calcularla con trapecios, también en mallas disparejas;
- obtener la CDF como la integral acumulada de una densidad, y una probabilidad como $F(b) - F(a)$;
- comprobar que derivar la CDF devuelve la densidad: integrar deshace derivar.
""",
        en=rf"""
Day two of the review. Yesterday the derivative measured how fast something changes; today you go
the way back: adding up small changes into a total. In probability that total has a name: a
density says where the values pile up, and its area accumulated up to $x$ is the probability of
landing below $x$, the **CDF**. This day reviews {_integrals} and {_probability}; it takes 20 to
30 minutes.

**By the end you will be able to:**

- read an integral as accumulated area and compute it with trapezoids, on uneven grids too;
- get the CDF as the running integral of a density, and a probability as $F(b) - F(a)$;
- check that differentiating the CDF gives back the density: integrating undoes differentiating.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 1. Repaso en tres pasos

**El área, con trapecios.** Toma puntos $x_0 < x_1 < \dots < x_{n-1}$, no necesariamente a la misma
distancia, y une los valores $p(x_i)$ con rectas. Sobre el intervalo $i$ queda un trapecio de ancho
$\Delta x_i = x_{i+1} - x_i$ y área $\frac{p(x_i) + p(x_{i+1})}{2}\,\Delta x_i$. Si en vez del total
guardas la suma **hasta cada punto**, tienes la integral acumulada:

$$
F(x_k) = \int_{x_0}^{x_k} p(t)\,dt \approx \sum_{i<k} \frac{p(x_i) + p(x_{i+1})}{2}\,\Delta x_i, \qquad F(x_0) = 0
$$

Su error baja como $\Delta x^2$ (la lección 2.3 lo midió), y es exacta si $p$ es una recta.

**Integrar deshace derivar.** Si corres $x$ un poquito, el área crece en una franja de altura casi
$p(x)$: $F(x + \Delta x) - F(x) \approx p(x)\,\Delta x$. Por eso, cuando $p$ es continua,

$$
F'(x) = p(x)
$$

Es el teorema fundamental del cálculo.

**De la densidad a la probabilidad.** Para una variable continua $X$ con densidad $p$, la
probabilidad de un intervalo es el área bajo $p$ en ese tramo, y la CDF es el área acumulada desde
la izquierda:

$$
P(a < X \le b) = \int_a^b p(t)\,dt = F(b) - F(a), \qquad F(x) = P(X \le x), \qquad \int_{-\infty}^{\infty} p = 1
$$

Una densidad puede valer más que 1 en un punto; lo que vale 1 es su área total.
""",
        en=r"""
## 1. A review in three steps

**Area, with trapezoids.** Take points $x_0 < x_1 < \dots < x_{n-1}$, not necessarily evenly
spaced, and join the values $p(x_i)$ with straight lines. Over interval $i$ you get a trapezoid of
width $\Delta x_i = x_{i+1} - x_i$ and area $\frac{p(x_i) + p(x_{i+1})}{2}\,\Delta x_i$. If instead
of the total you keep the sum **up to each point**, you have the running integral:

$$
F(x_k) = \int_{x_0}^{x_k} p(t)\,dt \approx \sum_{i<k} \frac{p(x_i) + p(x_{i+1})}{2}\,\Delta x_i, \qquad F(x_0) = 0
$$

Its error shrinks like $\Delta x^2$ (lesson 2.3 measured it), and it is exact when $p$ is a
straight line.

**Integrating undoes differentiating.** Nudge $x$ a little and the area grows by a strip of height
almost $p(x)$: $F(x + \Delta x) - F(x) \approx p(x)\,\Delta x$. So, when $p$ is continuous,

$$
F'(x) = p(x)
$$

That is the fundamental theorem of calculus.

**From density to probability.** For a continuous variable $X$ with density $p$, the probability
of an interval is the area under $p$ over it, and the CDF is the area accumulated from the left:

$$
P(a < X \le b) = \int_a^b p(t)\,dt = F(b) - F(a), \qquad F(x) = P(X \le x), \qquad \int_{-\infty}^{\infty} p = 1
$$

A density can be larger than 1 at a point; what equals 1 is its total area.
""",
    )
    return


@app.cell(hide_code=True)
def _(Exponential, Normal, calculus, load_breast_cancer, np):
    # The three densities on their grids, once: p, its running integral F by trapezoids (the library's
    # calculus.cumulative_trapezoid, the counterpart of the exercise), F′ by finite differences, and the
    # CDF to compare with (exact for the two laws; for the tumours, the fraction of them below x).
    _data = load_breast_cancer()
    radius = _data.data[:, list(_data.feature_names).index("mean radius")]
    radius_edges = np.arange(6.0, 30.0, 1.0)  # bins of width 1 from 6 to 29 cover 6.98 … 28.11
    radius_heights, _ = np.histogram(radius, bins=radius_edges, density=True)
    _sorted_radius = np.sort(radius)

    def fraction_below(x):
        """The fraction of tumours with mean radius < x (strictly: a histogram bin holds its left edge)."""
        return np.searchsorted(_sorted_radius, x, side="left") / len(_sorted_radius)

    def histogram_density(x):
        """The histogram's height at x: count / (n · width) of the bin holding x, 0 outside."""
        _bin = np.searchsorted(radius_edges, x, side="right") - 1
        _inside = (_bin >= 0) & (_bin < len(radius_heights))
        return np.where(_inside, radius_heights[np.clip(_bin, 0, len(radius_heights) - 1)], 0.0)

    _normal, _exponential = Normal(0.0, 1.0), Exponential(1.0)
    DENSITIES = {
        "normal": dict(grid=np.linspace(-4.0, 4.0, 801), p=_normal.pdf, cdf=_normal.cdf, slider=(-4.0, 4.0, 0.1, 1.0)),
        "exponential": dict(
            grid=np.linspace(0.0, 6.0, 601), p=_exponential.pdf, cdf=_exponential.cdf, slider=(0.0, 6.0, 0.1, 1.0)
        ),
        "radius": dict(
            grid=np.linspace(6.0, 29.0, 2301), p=histogram_density, cdf=fraction_below, slider=(6.0, 29.0, 0.25, 15.0)
        ),
    }
    for _d in DENSITIES.values():
        _d["density"] = _d["p"](_d["grid"])
        _d["F"] = calculus.cumulative_trapezoid(_d["density"], _d["grid"], initial=0)
        _d["F_slope"] = np.gradient(_d["F"], _d["grid"])  # differentiate the running area: p comes back
        _d["reference"] = _d["cdf"](_d["grid"])
    n_tumours = len(radius)
    return DENSITIES, n_tumours, radius, radius_edges


@app.cell(hide_code=True)
def _(DENSITIES, kit, lang, n_tumours, np, radius_edges, sci):
    _gap_normal = float(np.max(np.abs(DENSITIES["normal"]["F_slope"] - DENSITIES["normal"]["density"])))
    kit.text(
        lang,
        es=rf"""
## 2. El área acumulada, y de vuelta

Elige una densidad y mueve $x$. A la izquierda, la densidad con el área sombreada hasta $x$, y
encima, en línea discontinua, la derivada numérica de $F$ (`np.gradient`): se monta sobre la
densidad; en la normal, la diferencia máxima es ${sci(_gap_normal)}$. A la derecha, la
integral acumulada $F$, calculada con trapecios, junto a la CDF de referencia. La tercera opción
usa datos reales: el histograma del radio medio de los {n_tumours} tumores, con
{len(radius_edges) - 1} barras de ancho 1 cuyas alturas se dividen entre $n$ por el ancho de barra, para
que su área total sea 1 (una *densidad*), comparado con la fracción de tumores que quedan por debajo
de $x$. ¿Cuánta probabilidad
queda a la izquierda de $x$? ¿Dónde crece más rápido $F$?
""",
        en=rf"""
## 2. The accumulated area, and back

Pick a density and move $x$. On the left, the density with the area shaded up to $x$, and on top
of it, dashed, the numerical derivative of $F$ (`np.gradient`): it lands on the density; for the
normal, the largest gap is ${sci(_gap_normal)}$. On the right, the running integral
$F$, computed with trapezoids, beside the reference CDF. The third option uses real data: the
histogram of the mean radius of the {n_tumours} tumours, with {len(radius_edges) - 1} bars of
width 1 whose heights are divided by $n$ times the bar width, so that its total area is 1 (a
*density*), compared with the fraction of tumours below $x$. How much probability lies to the left of $x$? Where does $F$ grow fastest?
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    density_choice = mo.ui.dropdown(
        options={
            kit.say(lang, es="normal estándar", en="standard normal"): "normal",
            kit.say(lang, es="exponencial, λ = 1", en="exponential, λ = 1"): "exponential",
            kit.say(lang, es="radio medio (cáncer de mama)", en="mean radius (breast cancer)"): "radius",
        },
        value=kit.say(lang, es="normal estándar", en="standard normal"),
        label=kit.say(lang, es="Densidad", en="Density"),
    )
    density_choice
    return (density_choice,)


@app.cell(hide_code=True)
def _(DENSITIES, density_choice, kit, lang, mo):
    # The slider follows the density: its range is the density's grid.
    _low, _high, _step, _start = DENSITIES[density_choice.value]["slider"]
    upper_slider = mo.ui.slider(
        _low, _high, step=_step, value=_start, show_value=True, label=kit.say(lang, es="Hasta $x$", en="Up to $x$")
    )
    upper_slider
    return (upper_slider,)


@app.cell(hide_code=True)
def _(DENSITIES, density_choice, np, upper_slider):
    # Small pure cell: the running area at x (interpolated on the grid) and the reference CDF there.
    chosen = DENSITIES[density_choice.value]
    x_upper = float(upper_slider.value)
    F_upper = float(np.interp(x_upper, chosen["grid"], chosen["F"]))
    reference_upper = float(chosen["cdf"](np.array([x_upper]))[0])
    return F_upper, chosen, reference_upper, x_upper


@app.cell(hide_code=True)
def _(F_upper, chosen, density_choice, kit, lang, np, plt, reference_upper, x_upper):
    _x, _p = chosen["grid"], chosen["density"]
    _inside = _x <= x_upper + 1e-12
    _is_data = density_choice.value == "radius"
    _fig, (_ax, _ax_F) = plt.subplots(1, 2, figsize=(10, 3.9))
    _ax.fill_between(_x[_inside], _p[_inside], color="tab:blue", alpha=0.3, lw=0)
    _ax.plot(_x, _p, color="black", lw=2, label=kit.say(lang, es="densidad p", en="density p"))
    _ax.plot(
        _x,
        chosen["F_slope"],
        color="tab:orange",
        lw=1.6,
        ls="--",
        label=kit.say(lang, es="F′, derivada numérica", en="F′, numerical derivative"),
    )
    _ax.axvline(x_upper, color="0.3", ls=":", lw=1)
    _ax.set_xlim(_x[0], _x[-1])
    _ax.set_ylim(0, 1.12 * float(np.max(_p)))
    _ax.set_xlabel(kit.say(lang, es="radio medio", en="mean radius") if _is_data else "x")
    _ax.legend(loc="upper right", fontsize=9)
    _ax.set_title(
        kit.say(lang, es=f"Área hasta x = {x_upper:g}: {F_upper:.4f}", en=f"Area up to x = {x_upper:g}: {F_upper:.4f}"),
        fontsize=11,
    )
    _reference_label = (
        kit.say(lang, es="fracción de tumores con radio < x", en="fraction of tumours with radius < x")
        if _is_data
        else kit.say(lang, es="CDF exacta", en="exact CDF")
    )
    _ax_F.plot(
        _x,
        chosen["reference"],
        color="0.55",
        lw=3.5,
        alpha=0.6,
        label=_reference_label,
        drawstyle="steps-post" if _is_data else "default",
    )
    _ax_F.plot(
        _x, chosen["F"], color="tab:blue", lw=1.6, label=kit.say(lang, es="F con trapecios", en="F by trapezoids")
    )
    _ax_F.plot([x_upper], [F_upper], "o", color="tab:blue", mec="black", ms=8, zorder=5)
    _ax_F.axhline(F_upper, color="tab:blue", lw=0.8, ls=":")
    _ax_F.set_xlim(_x[0], _x[-1])
    _ax_F.set_ylim(-0.03, 1.05)
    _ax_F.set_xlabel(kit.say(lang, es="radio medio", en="mean radius") if _is_data else "x")
    _ax_F.legend(loc="lower right", fontsize=9)
    _ax_F.set_title(
        kit.say(
            lang,
            es=f"La integral acumulada: F({x_upper:g}) = {F_upper:.4f}",
            en=f"The running integral: F({x_upper:g}) = {F_upper:.4f}",
        ),
        fontsize=11,
    )
    _fig.subplots_adjust(left=0.06, right=0.985, bottom=0.14, top=0.91, wspace=0.2)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(F_upper, chosen, density_choice, kit, lang, mo, radius, radius_edges, reference_upper, sci, x_upper):
    _total = float(chosen["F"][-1])
    _gap = F_upper - reference_upper
    if density_choice.value == "radius":
        _below = int((radius < x_upper).sum())
        _on_edge = bool(abs(x_upper - radius_edges).min() < 1e-9)
        _es_edge = (
            "Estás en un borde de barra: ahí el área del histograma es la fracción de tumores por debajo; lo poco "
            "que se separan lo dejan los trapecios que pisan un salto del histograma."
            if _on_edge
            else "Entre dos bordes, el histograma supone que los tumores de la barra se reparten parejo, y por eso "
            "las dos curvas se separan un poco; prueba un borde (7, 8, 9, …), donde casi coinciden."
        )
        _en_edge = (
            "You are on a bar's edge: there the histogram's area is the fraction of tumours below; the little "
            "that is left between them comes from the trapezoids that straddle a jump of the histogram."
            if _on_edge
            else "Between two edges, the histogram assumes the tumours of a bar are spread evenly, which is why the "
            "two curves part a little; try an edge (7, 8, 9, …), where they nearly meet."
        )
        _es = (
            f"Área del histograma hasta $x = {x_upper:g}$: $F = {F_upper:.4f}$. Tumores con radio medio $< {x_upper:g}$: "
            f"{_below} de {len(radius)}, una fracción de ${reference_upper:.4f}$ (diferencia ${sci(_gap)}$). "
            f"{_es_edge} Área total: ${_total:.4f}$."
        )
        _en = (
            f"Area of the histogram up to $x = {x_upper:g}$: $F = {F_upper:.4f}$. Tumours with mean radius "
            f"$< {x_upper:g}$: {_below} of {len(radius)}, a fraction of ${reference_upper:.4f}$ (gap "
            f"${sci(_gap)}$). {_en_edge} Total area: ${_total:.4f}$."
        )
    else:
        _es = (
            f"Con trapecios, $F({x_upper:g}) = {F_upper:.6f}$; la CDF exacta da $P(X \\le {x_upper:g}) = {reference_upper:.6f}$ "
            f"(diferencia ${sci(_gap)}$: la malla empieza en ${chosen['grid'][0]:g}$, no en $-\\infty$, y "
            f"los trapecios tienen error $O(\\Delta x^2)$). Área total en la malla: ${_total:.6f}$. Probabilidad a la "
            f"derecha de $x$: $1 - F = {1 - F_upper:.4f}$."
        )
        _en = (
            f"With trapezoids, $F({x_upper:g}) = {F_upper:.6f}$; the exact CDF gives $P(X \\le {x_upper:g}) = {reference_upper:.6f}$ "
            f"(gap ${sci(_gap)}$: the grid starts at ${chosen['grid'][0]:g}$, not at $-\\infty$, and the "
            f"trapezoids have an $O(\\Delta x^2)$ error). Total area on the grid: ${_total:.6f}$. Probability to the "
            f"right of $x$: $1 - F = {1 - F_upper:.4f}$."
        )
    mo.callout(kit.text(lang, es=_es, en=_en), kind="info")
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 3. Ejercicio: la integral acumulada con trapecios

Ahora escribes tú la integral acumulada de la figura. Haz a mano el caso de la malla despareja:
con $x = [0, 2, 3, 5]$ y $p = [1, 3, 1, 1]$, el primer trapecio mide $\frac{1 + 3}{2} \cdot 2 = 4$, el
segundo $\frac{3 + 1}{2} \cdot 1 = 2$ y el tercero $\frac{1 + 1}{2} \cdot 2 = 2$; con el 0 de adelante,
$F = [0, 4, 6, 8]$: cuatro valores para cuatro puntos. Otro caso fácil de seguir es $p(x) = 2x$: como
$p$ es una recta, los trapecios son exactos y $F(x) = x^2$.
""",
        en=r"""
## 3. Exercise: the running trapezoid integral

Now you write the running integral of the figure. Work out the uneven-grid case by hand: with
$x = [0, 2, 3, 5]$ and $p = [1, 3, 1, 1]$, the first trapezoid is $\frac{1 + 3}{2} \cdot 2 = 4$, the
second $\frac{3 + 1}{2} \cdot 1 = 2$ and the third $\frac{1 + 1}{2} \cdot 2 = 2$; with the leading 0,
$F = [0, 4, 6, 8]$: four values for four points. Another case easy to follow is $p(x) = 2x$: since
$p$ is a straight line, the trapezoids are exact and $F(x) = x^2$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_cumulative_trapezoid = kit.exercise("cumulative_trapezoid", lang)
    ex_cumulative_trapezoid
    return (ex_cumulative_trapezoid,)


@app.cell(hide_code=True)
def _(ex_cumulative_trapezoid, kit):
    kit.feedback(ex_cumulative_trapezoid)
    return


@app.cell(hide_code=True)
def _(ex_cumulative_trapezoid, kit):
    kit.hints(ex_cumulative_trapezoid)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 4. Autoevaluación

Tres preguntas rápidas. La respuesta se corrige en cuanto eliges una opción.
""",
        en=r"""
## 4. Self-check

Three quick questions. Your answer is checked as soon as you pick an option.
""",
    )
    return


@app.cell(hide_code=True)
def _(Normal, kit):
    T, Question = kit.T, kit.Question
    _narrow_peak = float(Normal(0.0, 0.1).pdf(0.0))  # a narrow normal: its peak is far above 1
    QUIZ = [
        Question(
            T(
                es="**1.** ¿Cuánto vale el área total bajo una densidad de probabilidad?",
                en="**1.** What is the total area under a probability density?",
            ),
            (
                T(es="1, siempre", en="1, always"),
                T(es="Depende de la densidad", en="It depends on the density"),
                T(es="El valor más alto de la densidad", en="The density's highest value"),
            ),
            answer=0,
            why=T(
                es=rf"El área total es $P(-\infty < X < \infty)$: la probabilidad de que $X$ tome algún valor, que es 1. Lo que cambia de una densidad a otra es la altura: una normal con $\sigma = 0.1$ llega a ${_narrow_peak:.2f}$ en su pico, y aun así su área es 1, porque es muy angosta. Por eso una densidad no es una probabilidad; su área sí.",
                en=rf"The total area is $P(-\infty < X < \infty)$: the probability that $X$ takes some value, which is 1. What changes from one density to another is the height: a normal with $\sigma = 0.1$ reaches ${_narrow_peak:.2f}$ at its peak, and still its area is 1, because it is very narrow. That is why a density is not a probability; its area is.",
            ),
        ),
        Question(
            T(
                es=r"**2.** Si $F$ es la CDF, ¿a qué se acerca $F(x)$ cuando $x \to \infty$?",
                en=r"**2.** If $F$ is the CDF, what does $F(x)$ approach as $x \to \infty$?",
            ),
            (T.same("0"), T.same("1"), T.same("∞")),
            answer=1,
            why=T(
                es=r"$F(x) = P(X \le x)$ es el área acumulada desde la izquierda: crece (nunca baja, porque la densidad no es negativa) y, cuando ya cubriste toda la recta, acumulaste el área total, 1. Tiende a 0 hacia $-\infty$, y no puede pasar de 1: es una probabilidad. En la figura, la curva de la derecha se aplana en 1.",
                en=r"$F(x) = P(X \le x)$ is the area accumulated from the left: it grows (it never goes down, since the density is not negative) and, once you have covered the whole line, you have accumulated the total area, 1. It tends to 0 towards $-\infty$, and it cannot exceed 1: it is a probability. In the figure, the right-hand curve levels off at 1.",
            ),
        ),
        Question(
            T(
                es="**3.** Derivas la CDF F de una variable continua. ¿Qué obtienes?",
                en="**3.** You differentiate the CDF F of a continuous variable. What do you get?",
            ),
            (
                T(es="La densidad p", en="The density p"),
                T(es="La misma F", en="F itself"),
                T(es="La media de X", en="The mean of X"),
            ),
            answer=0,
            why=T(
                es=r"Por el teorema fundamental, si $F(x) = \int_{-\infty}^x p(t)\,dt$ y $p$ es continua, $F'(x) = p(x)$: al correr $x$ un poquito, el área crece a razón de la altura de $p$ ahí. Es la curva discontinua de la figura, montada sobre la densidad. Las que son su propia derivada son funciones como $e^{x}$, no una CDF cualquiera; y la media es otra integral, $\int x\,p(x)\,dx$.",
                en=r"By the fundamental theorem, if $F(x) = \int_{-\infty}^x p(t)\,dt$ and $p$ is continuous, $F'(x) = p(x)$: nudge $x$ a little and the area grows at the rate of $p$'s height there. It is the dashed curve of the figure, lying on the density. The functions that are their own derivative are those like $e^{x}$, not just any CDF; and the mean is another integral, $\int x\,p(x)\,dx$.",
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
    _integrals, _probability = lesson_link("integrals-roc-auc"), lesson_link("probability-distributions")
    kit.text(
        lang,
        es=rf"""
## 5. Resumen

- La integral es área acumulada: con trapecios, $F(x_k) \approx \sum_{{i<k}} \frac{{p(x_i) + p(x_{{i+1}})}}{{2}}\,\Delta x_i$, con $F(x_0) = 0$ y cada intervalo con su propio ancho; el error baja como $\Delta x^2$.
- Integrar deshace derivar: $F' = p$ cuando $p$ es continua. Derivar numéricamente la integral acumulada devuelve la densidad.
- La CDF es la integral acumulada de la densidad: $F(x) = P(X \le x)$, $P(a < X \le b) = F(b) - F(a)$, y $F \to 1$ porque el área total de una densidad es 1 (aunque la densidad pase de 1).
- Un histograma con sus alturas divididas entre $n$ por el ancho de barra es una densidad: su área acumulada, en cada borde de barra, es la fracción de datos por debajo.
- Para repasar más a fondo: {_integrals} y {_probability}. Mañana, el día 3: el gradiente.
""",
        en=rf"""
## 5. Summary

- The integral is accumulated area: with trapezoids, $F(x_k) \approx \sum_{{i<k}} \frac{{p(x_i) + p(x_{{i+1}})}}{{2}}\,\Delta x_i$, with $F(x_0) = 0$ and each interval with its own width; the error shrinks like $\Delta x^2$.
- Integrating undoes differentiating: $F' = p$ when $p$ is continuous. Differentiating the running integral numerically gives back the density.
- The CDF is the running integral of the density: $F(x) = P(X \le x)$, $P(a < X \le b) = F(b) - F(a)$, and $F \to 1$ because the total area of a density is 1 (even when the density exceeds 1).
- A histogram with its heights divided by $n$ times the bar width is a density: its accumulated area, at each bar's edge, is the fraction of the data below.
- For a deeper review: {_integrals} and {_probability}. Tomorrow, day 3: the gradient.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es="## 6. Para seguir: el día original y otros recursos",
        en="## 6. Keep going: the original day and other resources",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.resources("day-2-integration", lang)
    return


if __name__ == "__main__":
    app.run()
