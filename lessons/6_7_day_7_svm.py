import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 6.7")


@app.cell(hide_code=True)
def _():
    import marimo as mo
    import numpy as np

    from gradiente.course.kit import Kit, workspace

    kit = Kit()
    plt = kit.pyplot()
    return kit, mo, np, plt, workspace


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
    kit.header("day-7-svm", lang)
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
def _(kit, lang, lesson_link):
    _kkt, _svm, _dual = (
        lesson_link("lagrange-multipliers"),
        lesson_link("svm-maximum-margin"),
        lesson_link("svm-dual-kernels"),
    )
    kit.text(
        lang,
        es=rf"""
Último día de la semana de repaso. Junta dos ideas que viste por separado: optimizar con
restricciones ({_kkt}) y la calle más ancha entre dos clases ({_svm}, con el dual de {_dual}).
La SVM de margen duro es **un problema de minimización con restricciones**, y sus condiciones KKT
dicen, punto por punto, quién sostiene la frontera. Si algo te suena nuevo, vuelve a esas
lecciones. Te toma entre 20 y 30 minutos.

**Al terminar podrás:**

- escribir el lagrangiano de la SVM con el signo correcto y decir por qué importa;
- usar las condiciones KKT (en especial la holgura complementaria) para saber qué puntos son
  vectores de soporte, y resolver el problema una vez que sabes cuáles son;
- calcular el margen $1/\lVert w\rVert$ a cada lado y distinguirlo del margen funcional, que
  cambia con la escala de $(w, b)$.
""",
        en=rf"""
Last day of the review week. It joins two ideas you met separately: optimising under constraints
({_kkt}) and the widest street between two classes ({_svm}, with the dual of {_dual}). The
hard-margin SVM is **a constrained minimisation problem**, and its KKT conditions tell, point by
point, who holds up the boundary. If something sounds new, go back to those lessons. It takes 20
to 30 minutes.

**By the end you will be able to:**

- write the SVM's Lagrangian with the right sign and say why the sign matters;
- use the KKT conditions (complementary slackness above all) to tell which points are support
  vectors, and solve the problem once you know which ones they are;
- compute the margin $1/\lVert w\rVert$ on each side and tell it from the functional margin, which
  changes with the scale of $(w, b)$.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 1. Repaso en cuatro pasos

**El margen y su escala.** Un clasificador lineal decide con el signo de $f(x) = w^\top x + b$, y
con etiquetas $y_i \in \{-1, +1\}$ el punto $i$ está bien clasificado si $y_i f(x_i) > 0$. Ese
número es el **margen funcional**; dividido entre $\lVert w\rVert$ es una distancia, el **margen
geométrico**:

$$
\gamma = \min_i \frac{y_i\,(w^\top x_i + b)}{\lVert w\rVert}
$$

$(w, b)$ y $(c\,w, c\,b)$ con $c > 0$ son la misma recta: el margen funcional se multiplica por
$c$, el geométrico no cambia. Así que podemos fijar la escala pidiendo que el punto más cercano
tenga $y_i f(x_i) = 1$. Entonces $\gamma = 1/\lVert w\rVert$ a cada lado de la frontera, la calle
mide $2/\lVert w\rVert$, y maximizar el margen es

$$
\min_{w,\,b}\ \tfrac12\lVert w\rVert^2
$$

sujeto a

$$
1 - y_i\,(w^\top x_i + b) \le 0,\quad i = 1, \dots, n.
$$

**El lagrangiano, con el signo correcto.** Para minimizar con restricciones $g_i \le 0$ se suma
$\alpha_i g_i$ con $\alpha_i \ge 0$ (la convención de la lección 3.4). Por eso primero se
reescribe $y_i f(x_i) \ge 1$ como $g_i = 1 - y_i f(x_i) \le 0$:

$$
L(w, b, \alpha) = \tfrac12\lVert w\rVert^2 + \sum_i \alpha_i\,\bigl(1 - y_i\,(w^\top x_i + b)\bigr),
\qquad \alpha_i \ge 0.
$$

Si dejas la restricción como “$\ge 0$”, el término va **restado**: $-\sum_i \alpha_i\,(y_i f(x_i) - 1)$,
que es lo mismo. Sumarlo con ese signo da otro problema: la estacionariedad pediría
$w = -\sum_i \alpha_i y_i x_i$ y, con los mismos datos, multiplicadores negativos (lo ves abajo).

**Las condiciones KKT.** En el óptimo se cumplen las cuatro:

- estacionariedad: $w = \sum_i \alpha_i y_i x_i$ y $\sum_i \alpha_i y_i = 0$;
- factibilidad: $y_i f(x_i) \ge 1$;
- signo: $\alpha_i \ge 0$;
- holgura complementaria: $\alpha_i\,\bigl(1 - y_i f(x_i)\bigr) = 0$.

La última dice que un punto **lejos** de la calle ($y_i f(x_i) > 1$) tiene $\alpha_i = 0$ y no
entra en $w$. Solo los que están **en el borde**, con $y_i f(x_i) = 1$, pueden tener
$\alpha_i > 0$: son los **vectores de soporte**.

**Resolver no es solo igualar a cero.** $\nabla L = 0$ tiene una incógnita $\alpha_i$ por punto y
no dice cuáles valen 0. Si supones que todas valen 0, la estacionariedad da $w = 0$, que no cumple
ninguna restricción. Hay que **adivinar qué restricciones están activas**, resolver el sistema
lineal que queda y comprobar las KKT que faltan. Con los pétalos de iris (setosa contra
versicolor, largo y ancho del pétalo), una buena apuesta es el par de flores de clases distintas
más cercanas entre sí:
""",
        en=r"""
## 1. A review in four steps

**The margin and its scale.** A linear classifier decides by the sign of $f(x) = w^\top x + b$, and
with labels $y_i \in \{-1, +1\}$ point $i$ is correctly classified if $y_i f(x_i) > 0$. That number
is the **functional margin**; divided by $\lVert w\rVert$ it is a distance, the **geometric
margin**:

$$
\gamma = \min_i \frac{y_i\,(w^\top x_i + b)}{\lVert w\rVert}
$$

$(w, b)$ and $(c\,w, c\,b)$ with $c > 0$ are the same line: the functional margin is multiplied by
$c$, the geometric one does not change. So we may fix the scale by asking the closest point to have
$y_i f(x_i) = 1$. Then $\gamma = 1/\lVert w\rVert$ on each side of the boundary, the street is
$2/\lVert w\rVert$ wide, and maximising the margin is

$$
\min_{w,\,b}\ \tfrac12\lVert w\rVert^2
$$

subject to

$$
1 - y_i\,(w^\top x_i + b) \le 0,\quad i = 1, \dots, n.
$$

**The Lagrangian, with the right sign.** To minimise under constraints $g_i \le 0$ you add
$\alpha_i g_i$ with $\alpha_i \ge 0$ (the convention of lesson 3.4). That is why
$y_i f(x_i) \ge 1$ is first rewritten as $g_i = 1 - y_i f(x_i) \le 0$:

$$
L(w, b, \alpha) = \tfrac12\lVert w\rVert^2 + \sum_i \alpha_i\,\bigl(1 - y_i\,(w^\top x_i + b)\bigr),
\qquad \alpha_i \ge 0.
$$

If you keep the constraint as “$\ge 0$”, the term is **subtracted**: $-\sum_i \alpha_i\,(y_i f(x_i) - 1)$,
which is the same thing. Adding it with that sign gives another problem: stationarity would ask for
$w = -\sum_i \alpha_i y_i x_i$ and, on the same data, negative multipliers (you see it below).

**The KKT conditions.** At the optimum all four hold:

- stationarity: $w = \sum_i \alpha_i y_i x_i$ and $\sum_i \alpha_i y_i = 0$;
- feasibility: $y_i f(x_i) \ge 1$;
- sign: $\alpha_i \ge 0$;
- complementary slackness: $\alpha_i\,\bigl(1 - y_i f(x_i)\bigr) = 0$.

The last one says that a point **far** from the street ($y_i f(x_i) > 1$) has $\alpha_i = 0$ and
does not enter $w$. Only those **on the edge**, with $y_i f(x_i) = 1$, can have $\alpha_i > 0$:
they are the **support vectors**.

**Solving is not just setting to zero.** $\nabla L = 0$ has one unknown $\alpha_i$ per point and
does not say which of them are 0. If you assume they all are, stationarity gives $w = 0$, which
meets no constraint at all. You have to **guess which constraints are active**, solve the linear
system that is left and check the remaining KKT conditions. On the iris petals (setosa against
versicolor, petal length and width), a good bet is the pair of flowers of different classes that
are closest to each other:
""",
    )
    return


@app.cell
def _(np):
    from gradiente import linalg
    from gradiente.datasets import load_iris

    iris = load_iris()
    keep = iris.target < 2  # setosa (0) and versicolor (1)
    X = iris.data[keep][:, 2:4]  # petal length, petal width (cm)
    y = 2 * iris.target[keep] - 1  # 0/1 → −1/+1
    # The guess: the closest setosa–versicolor pair, assumed to be the active constraints.
    _setosa, _versicolor = np.flatnonzero(y == -1), np.flatnonzero(y == 1)
    _gaps = np.linalg.norm(X[_setosa][:, None] - X[_versicolor][None], axis=2)
    _i, _j = np.unravel_index(np.argmin(_gaps), _gaps.shape)
    active = np.array([_setosa[_i], _versicolor[_j]])
    # Unknowns (α₁, α₂, b). With w = Σ αₗ yₗ xₗ: yₖ(wᵀxₖ + b) = 1 for both, and Σ αₗ yₗ = 0.
    _Xa, _ya = X[active], y[active]
    system = np.zeros((3, 3))
    system[:2, :2] = _ya[:, None] * (_Xa @ _Xa.T) * _ya[None, :]
    system[:2, 2] = _ya
    system[2, :2] = _ya
    alpha_b = linalg.solve(system, np.array([1.0, 1.0, 0.0]))
    alpha_active, b_kkt = alpha_b[:2], float(alpha_b[2])
    w_kkt = (alpha_active * _ya) @ _Xa  # stationarity: w = Σ αᵢ yᵢ xᵢ
    {
        "active points": ", ".join(f"({X[k][0]:g}, {X[k][1]:g})" for k in active),
        "α of the active points": alpha_active.round(4),
        "w": w_kkt.round(4),
        "b": round(b_kkt, 4),
        "all α ≥ 0": bool(np.all(alpha_active >= 0)),
    }
    return X, active, alpha_active, b_kkt, linalg, w_kkt, y


@app.cell(hide_code=True)
def _(X, b_kkt, w_kkt, y):
    # Feasibility of every point, for the text below (hidden: it is the exercise's first line).
    functional_kkt = y * (X @ w_kkt + b_kkt)
    return (functional_kkt,)


@app.cell
def _(X, active, linalg, np, w_kkt, y):
    # The same two points with the wrong sign, L = ½‖w‖² + Σ αᵢ (yᵢf(xᵢ) − 1): stationarity now gives
    # w = −Σ αᵢ yᵢ xᵢ, so for the same line the multipliers must be the opposite of the ones above.
    _Xa, _ya = X[active], y[active]
    alpha_wrong_sign = linalg.solve(-(_ya[:, None] * _Xa).T, w_kkt)
    {"α with the wrong sign": alpha_wrong_sign.round(4), "all α ≥ 0": bool(np.all(alpha_wrong_sign >= 0))}
    return (alpha_wrong_sign,)


@app.cell
def _(X, np, y):
    from gradiente.models import SVC

    hard = SVC(kernel="linear", C=1e6).fit(X, y)  # a huge C: the hard margin
    w_hard, b_hard = hard.coef_.ravel(), float(hard.intercept_[0])
    gamma_hard = 1 / np.linalg.norm(w_hard)
    {
        "SVC: w": w_hard.round(4),
        "SVC: b": round(b_hard, 4),
        "SVC: support vectors": ", ".join(f"({X[k][0]:g}, {X[k][1]:g})" for k in hard.support_),
        "SVC: αᵢ": np.abs(hard.dual_coef_.ravel()).round(4),
        "1/‖w‖ (cm)": round(gamma_hard, 4),
    }
    return SVC, b_hard, gamma_hard, hard, w_hard


@app.cell(hide_code=True)
def _(
    X,
    active,
    alpha_active,
    alpha_wrong_sign,
    b_hard,
    b_kkt,
    functional_kkt,
    gamma_hard,
    hard,
    kit,
    lang,
    np,
    w_hard,
    w_kkt,
):
    _rest = float(np.delete(functional_kkt, active).min())
    _agree = bool(
        np.allclose(w_kkt, w_hard, atol=1e-6)
        and np.isclose(b_kkt, b_hard, atol=1e-6)
        and set(hard.support_) == set(active)
    )
    _points = [f"({X[k][0]:g}, {X[k][1]:g})" for k in active]
    _pair = kit.say(lang, es=" y ".join(_points), en=" and ".join(_points))
    _half = float(np.linalg.norm(X[active[1]] - X[active[0]]) / 2)
    _same_es = "coinciden" if _agree else "no coinciden"
    _same_en = "agree" if _agree else "do not agree"
    kit.text(
        lang,
        es=rf"""
Las flores más cercanas de clases distintas son {_pair}. Con esas dos restricciones activas el
sistema da $\alpha = {alpha_active[0]:.4f}$ para ambas ($\ge 0$: bien), y las otras {len(functional_kkt) - len(active)} flores
tienen $y_i f(x_i) \ge {_rest:.4f} > 1$ (factibles, con $\alpha_i = 0$). Se cumplen las cuatro
condiciones, y como el problema es convexo eso basta: es el óptimo. `SVC` llega a lo mismo por el
dual; sus $w$, $b$ y vectores de soporte {_same_es} con los nuestros. El margen es
$1/\lVert w\rVert = {gamma_hard:.4f}$ cm a cada lado, justo la mitad de la distancia entre esas dos
flores (${_half:.4f}$ cm). Con el signo equivocado, la misma recta pediría
$\alpha = {alpha_wrong_sign[0]:.4f}$: un multiplicador negativo, que las KKT no permiten.
""",
        en=rf"""
The closest flowers of different classes are {_pair}. With those two constraints active the
system gives $\alpha = {alpha_active[0]:.4f}$ for both ($\ge 0$: good), and the other {len(functional_kkt) - len(active)} flowers
have $y_i f(x_i) \ge {_rest:.4f} > 1$ (feasible, with $\alpha_i = 0$). All four conditions hold,
and since the problem is convex that is enough: it is the optimum. `SVC` reaches the same through
the dual; its $w$, $b$ and support vectors {_same_en} with ours. The margin is
$1/\lVert w\rVert = {gamma_hard:.4f}$ cm on each side, exactly half the distance between those two
flowers (${_half:.4f}$ cm). With the wrong sign, the same line would need
$\alpha = {alpha_wrong_sign[0]:.4f}$: a negative multiplier, which KKT does not allow.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 2. ¿Cuándo el margen suave se vuelve margen duro?

`SVC` resuelve en realidad el problema de **margen suave**: a cada punto le permite una holgura
$\xi_i \ge 0$ y la cobra con un peso $C$, $\min \tfrac12\lVert w\rVert^2 + C\sum_i \xi_i$. En las
KKT de ese problema cada multiplicador queda en una caja, $0 \le \alpha_i \le C$, y la holgura
complementaria reparte los puntos en tres grupos: $\alpha_i = 0$ lejos de la calle
($y_i f(x_i) \ge 1$), $0 < \alpha_i < C$ en el borde ($y_i f(x_i) = 1$) y $\alpha_i = C$ dentro de
la calle o del lado equivocado ($y_i f(x_i) \le 1$).

Mueve $\log_{10} C$ y responde: **¿desde qué $C$ la solución ya no cambia, y por qué justo ahí?**
A la izquierda, la calle de `SVC` con sus vectores de soporte en círculos; a la derecha, cada flor
como un punto $(y_i f(x_i),\ \alpha_i)$, con la línea punteada en $\alpha = C$. El título compara
la mitad del ancho de la calle, $1/\lVert w\rVert$, con el margen geométrico de los datos,
$\min_i y_i f(x_i)/\lVert w\rVert$.
""",
        en=r"""
## 2. When does the soft margin become the hard margin?

`SVC` actually solves the **soft-margin** problem: it allows each point a slack $\xi_i \ge 0$ and
charges for it with a weight $C$, $\min \tfrac12\lVert w\rVert^2 + C\sum_i \xi_i$. In that
problem's KKT conditions each multiplier sits in a box, $0 \le \alpha_i \le C$, and complementary
slackness sorts the points into three groups: $\alpha_i = 0$ far from the street
($y_i f(x_i) \ge 1$), $0 < \alpha_i < C$ on the edge ($y_i f(x_i) = 1$) and $\alpha_i = C$ inside
the street or on the wrong side ($y_i f(x_i) \le 1$).

Move $\log_{10} C$ and answer: **from which $C$ on does the solution stop changing, and why
exactly there?** On the left, `SVC`'s street with its support vectors circled; on the right, each
flower as a point $(y_i f(x_i),\ \alpha_i)$, with the dotted line at $\alpha = C$. The title
compares half the street's width, $1/\lVert w\rVert$, with the data's geometric margin,
$\min_i y_i f(x_i)/\lVert w\rVert$.
""",
    )
    return


@app.cell(hide_code=True)
def _(SVC, X, np, y):
    # The 17 fits behind the slider, done once (about 1 ms each): the slider only picks one.
    def fit_soft(C):
        model = SVC(kernel="linear", C=C).fit(X, y)
        w, b = model.coef_.ravel(), float(model.intercept_[0])
        alpha = np.zeros(len(y))
        alpha[model.support_] = np.abs(model.dual_coef_.ravel())  # dual_coef_ holds αᵢ yᵢ
        functional = y * (X @ w + b)
        return {"C": C, "w": w, "b": b, "alpha": alpha, "functional": functional, "support": model.support_}

    log_C_values = np.round(np.arange(-2.0, 2.01, 0.25), 2)
    soft_fits = {value: fit_soft(10.0**value) for value in log_C_values}
    return log_C_values, soft_fits


@app.cell(hide_code=True)
def _(kit, lang, log_C_values, mo):
    log_C_slider = mo.ui.slider(
        steps=[float(v) for v in log_C_values],
        value=-1.0,
        show_value=True,
        label=kit.say(lang, es="$\\log_{10} C$", en="$\\log_{10} C$"),
    )
    log_C_slider
    return (log_C_slider,)


@app.cell(hide_code=True)
def _(X, kit, lang, log_C_slider, np, plt, soft_fits, y):
    _fit = soft_fits[round(log_C_slider.value, 2)]
    _w, _b, _alpha, _functional, _C = _fit["w"], _fit["b"], _fit["alpha"], _fit["functional"], _fit["C"]
    _norm = np.linalg.norm(_w)
    _on_edge = np.abs(_functional - 1) <= 1e-6
    _inside = _functional < 1 - 1e-6
    _fig, (_ax, _ax_kkt) = plt.subplots(1, 2, figsize=(11, 4.6), gridspec_kw={"width_ratios": [1.6, 1]})
    _xs = np.array([0.0, 6.0])
    for _level, _style in ((0, "-"), (1, "--"), (-1, "--")):
        _ax.plot(
            _xs,
            (_level - _b - _w[0] * _xs) / _w[1],
            color="k" if _level == 0 else "0.45",
            ls=_style,
            lw=2 if _level == 0 else 1,
        )
    _names = {-1: "setosa (y = −1)", 1: "versicolor (y = +1)"}
    for _c, _color, _marker in ((-1, "tab:blue", "o"), (1, "tab:orange", "^")):
        _ax.scatter(*X[y == _c].T, s=20, color=_color, marker=_marker, label=_names[_c], zorder=3)
    _ax.scatter(
        *X[_fit["support"]].T,
        s=130,
        facecolors="none",
        edgecolors="k",
        lw=1.2,
        zorder=4,
        label=kit.say(lang, es="vector de soporte (α > 0)", en="support vector (α > 0)"),
    )
    _ax.set_xlim(0.5, 5.6)
    _ax.set_ylim(-0.3, 2.1)
    _ax.set_aspect("equal")
    _ax.set_xlabel(kit.say(lang, es="largo del pétalo (cm)", en="petal length (cm)"))
    _ax.set_ylabel(kit.say(lang, es="ancho del pétalo (cm)", en="petal width (cm)"))
    _ax.legend(loc="upper left", fontsize=8)
    _ax.set_title(
        kit.say(
            lang,
            es=f"C = {_C:.3g}:  1/‖w‖ = {1 / _norm:.3f} cm,  margen de los datos = {_functional.min() / _norm:.3f} cm",
            en=f"C = {_C:.3g}:  1/‖w‖ = {1 / _norm:.3f} cm,  margin of the data = {_functional.min() / _norm:.3f} cm",
        ),
        fontsize=10,
    )
    _groups = (
        (~_on_edge & ~_inside, "tab:green", kit.say(lang, es="lejos: α = 0", en="far: α = 0")),
        (_on_edge, "tab:purple", kit.say(lang, es="en el borde: 0 < α < C", en="on the edge: 0 < α < C")),
        (_inside, "tab:red", kit.say(lang, es="dentro: α = C", en="inside: α = C")),
    )
    for _mask, _color, _label in _groups:
        _ax_kkt.scatter(
            np.minimum(_functional[_mask], 3.0),
            _alpha[_mask],
            s=24,
            color=_color,
            label=f"{_label} ({int(_mask.sum())})",
            zorder=3,
        )
    _ax_kkt.axhline(_C, color="0.3", ls=":", lw=1.2)
    _ax_kkt.axvline(1, color="0.75", lw=1)
    _ax_kkt.set_xlim(-0.1, 3.1)
    _ax_kkt.set_ylim(-0.08 * max(_C, _alpha.max()), 1.25 * max(_C, _alpha.max()))
    _ax_kkt.set_xlabel(
        kit.say(lang, es="yᵢ f(xᵢ)   (los mayores que 3, en 3)", en="yᵢ f(xᵢ)   (those above 3, drawn at 3)")
    )
    _ax_kkt.set_ylabel("αᵢ")
    _ax_kkt.legend(loc="upper right", fontsize=8)
    _ax_kkt.set_title(
        kit.say(
            lang, es="holgura complementaria: αᵢ frente a yᵢ f(xᵢ)", en="complementary slackness: αᵢ against yᵢ f(xᵢ)"
        ),
        fontsize=10,
    )
    _fig.subplots_adjust(left=0.06, right=0.99, bottom=0.12, top=0.93, wspace=0.18)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(alpha_active, gamma_hard, kit, lang, np, soft_fits):
    _threshold = float(alpha_active.max())
    _hard_from = min(
        value for value, fit in soft_fits.items() if np.isclose(1 / np.linalg.norm(fit["w"]), gamma_hard, rtol=1e-6)
    )
    _tenth = soft_fits[-1.0]
    _tenth_edge = int(np.sum(np.abs(_tenth["functional"] - 1) <= 1e-6))
    _tenth_inside = int(np.sum(_tenth["functional"] < 1 - 1e-6))
    kit.text(
        lang,
        es=rf"""
Con $C = 0.1$, `SVC` tiene {len(_tenth["support"])} vectores de soporte: {_tenth_edge} en el borde y
{_tenth_inside} dentro de la calle, todos estos con $\alpha_i = C$. Al subir $C$ la calle se
angosta y, en el control, desde $\log_{{10}} C = {_hard_from:g}$ la recta ya es la del margen duro,
con $1/\lVert w\rVert = {gamma_hard:.3f}$ cm, y no se mueve más. La razón está en la caja
$0 \le \alpha_i \le C$: la solución del margen duro tiene $\alpha = {_threshold:.4f}$ en sus dos
vectores de soporte (sección 1). En cuanto $C \ge {_threshold:.4f}$ esos multiplicadores caben en
la caja, la solución dura cumple todas las KKT del problema suave, y es también su óptimo. Con un
$C$ menor, la caja los corta, y para compensar aparecen más puntos con $\alpha_i = C$ dentro de la
calle.
""",
        en=rf"""
With $C = 0.1$, `SVC` has {len(_tenth["support"])} support vectors: {_tenth_edge} on the edge and
{_tenth_inside} inside the street, all of the latter with $\alpha_i = C$. As $C$ grows the street
narrows and, on the control, from $\log_{{10}} C = {_hard_from:g}$ on the line is already the
hard-margin one, with $1/\lVert w\rVert = {gamma_hard:.3f}$ cm, and it moves no more. The reason is
the box $0 \le \alpha_i \le C$: the hard-margin solution has $\alpha = {_threshold:.4f}$ on its two
support vectors (section 1). As soon as $C \ge {_threshold:.4f}$ those multipliers fit in the box,
the hard solution meets every KKT condition of the soft problem, and it is its optimum too. With a
smaller $C$ the box cuts them off, and to make up for it more points with $\alpha_i = C$ appear
inside the street.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 3. Ejercicio: el informe del margen

Dada una recta $(w, b)$ y los datos, tu función devuelve tres números: el margen geométrico, cuántos
puntos están en un borde de la calle y cuántos rompen la restricción $y_i f(x_i) \ge 1$. Haz
primero el caso a mano: con $w = (2, 0)$ y $b = -2$, $f(x) = 2x_1 - 2$ y $\lVert w\rVert = 2$. Sus
cinco puntos dan $y_i f(x_i) = 1, 1, 4, -1, 0.5$: dos en el borde, dos que violan la restricción
(uno del lado equivocado, otro bien clasificado pero dentro de la calle) y margen $-1/2$.

Después vienen los pétalos de la sección 1, y la misma recta con $w$ y $b$ divididos entre 2: el
margen geométrico no cambia, pero como la escala ya no es la de “el más cercano tiene
$y_i f(x_i) = 1$”, los bordes de la calle, $f(x) = \pm 1$, se alejan de la frontera y muchas flores que
estaban afuera quedan adentro. ¿Cuántas? Tu función te lo dice. Las etiquetas llegan como 0/1.
""",
        en=r"""
## 3. Exercise: the margin report

Given a line $(w, b)$ and the data, your function returns three numbers: the geometric margin, how
many points lie on an edge of the street and how many break the constraint $y_i f(x_i) \ge 1$. Do
the hand case first: with $w = (2, 0)$ and $b = -2$, $f(x) = 2x_1 - 2$ and $\lVert w\rVert = 2$. Its
five points give $y_i f(x_i) = 1, 1, 4, -1, 0.5$: two on the edge, two breaking the constraint (one
on the wrong side, one correctly classified but inside the street) and a margin of $-1/2$.

Then come the petals of section 1, and the same line with $w$ and $b$ divided by 2: the geometric
margin does not change, but since the scale is no longer "the closest one has $y_i f(x_i) = 1$",
the edges of the street, $f(x) = \pm 1$, move away from the boundary and many flowers that were
outside end up inside. How many? Your function tells you. The labels come as 0/1.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_margin_report = kit.exercise("margin_report", lang)
    ex_margin_report
    return (ex_margin_report,)


@app.cell(hide_code=True)
def _(ex_margin_report, kit):
    kit.feedback(ex_margin_report)
    return


@app.cell(hide_code=True)
def _(ex_margin_report, kit):
    kit.hints(ex_margin_report)
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
def _(alpha_wrong_sign, kit):
    T, Question = kit.T, kit.Question
    _wrong = f"{alpha_wrong_sign[0]:.2f}"
    QUIZ = [
        Question(
            T(
                es="**1.** Entrenas una SVM de margen duro y después borras una flor que **no** es vector de soporte. ¿Qué le pasa al margen?",
                en="**1.** You train a hard-margin SVM and then delete a flower that is **not** a support vector. What happens to the margin?",
            ),
            (
                T(
                    es="Crece un poco: hay un punto menos que respetar",
                    en="It grows a little: one point fewer to respect",
                ),
                T(es="Nada: la solución sigue siendo la misma", en="Nothing: the solution stays the same"),
                T(es="Hay que reentrenar y puede cambiar mucho", en="It must be retrained and may change a lot"),
            ),
            answer=1,
            why=T(
                es=r"Esa flor tenía $\alpha_i = 0$, así que no aparece en $w = \sum_i \alpha_i y_i x_i$. La solución vieja sigue cumpliendo todas las KKT del problema con una restricción menos (estacionariedad, factibilidad, signo y holgura complementaria no cambian), y en un problema convexo eso la hace óptima. El margen solo podría crecer si quitaras un vector de soporte.",
                en=r"That flower had $\alpha_i = 0$, so it does not appear in $w = \sum_i \alpha_i y_i x_i$. The old solution still meets every KKT condition of the problem with one constraint fewer (stationarity, feasibility, sign and complementary slackness do not change), and in a convex problem that makes it optimal. The margin could only grow if you removed a support vector.",
            ),
        ),
        Question(
            T(
                es=r"**2.** Un punto está fuera de la calle: $y_i f(x_i) = 2.5$. ¿Por qué su multiplicador vale $\alpha_i = 0$?",
                en=r"**2.** A point is outside the street: $y_i f(x_i) = 2.5$. Why is its multiplier $\alpha_i = 0$?",
            ),
            (
                T(
                    es="Por holgura complementaria: αᵢ(1 − yᵢf(xᵢ)) = 0 y aquí 1 − 2.5 ≠ 0",
                    en="By complementary slackness: αᵢ(1 − yᵢf(xᵢ)) = 0 and here 1 − 2.5 ≠ 0",
                ),
                T(
                    es="Porque está bien clasificado, y los bien clasificados siempre tienen α = 0",
                    en="Because it is correctly classified, and correctly classified points always have α = 0",
                ),
                T(
                    es="Porque los multiplicadores nunca pueden ser positivos",
                    en="Because multipliers can never be positive",
                ),
            ),
            answer=0,
            why=T(
                es=r"La holgura complementaria pide que, en cada punto, o la restricción esté activa ($y_i f(x_i) = 1$) o el multiplicador valga 0. Con $1 - 2.5 = -1.5 \ne 0$, queda $\alpha_i = 0$. Estar bien clasificado no alcanza: en el margen suave, un punto bien clasificado pero dentro de la calle ($0 < y_i f(x_i) < 1$) tiene $\alpha_i = C > 0$. Y los vectores de soporte sí tienen $\alpha_i > 0$.",
                en=r"Complementary slackness asks that, at each point, either the constraint is active ($y_i f(x_i) = 1$) or the multiplier is 0. With $1 - 2.5 = -1.5 \ne 0$, $\alpha_i = 0$. Being correctly classified is not enough: in the soft margin, a correctly classified point inside the street ($0 < y_i f(x_i) < 1$) has $\alpha_i = C > 0$. And support vectors do have $\alpha_i > 0$.",
            ),
        ),
        Question(
            T(
                es=r"**3.** Minimizas $f(x)$ sujeto a $c_i(x) \ge 0$, con multiplicadores $\lambda_i \ge 0$. ¿Qué lagrangiano corresponde?",
                en=r"**3.** You minimise $f(x)$ subject to $c_i(x) \ge 0$, with multipliers $\lambda_i \ge 0$. Which Lagrangian fits?",
            ),
            (
                T.same("L = f + Σ λᵢ cᵢ"),
                T.same("L = f − Σ λᵢ cᵢ"),
                T(es="Da lo mismo: el signo se absorbe en λ", en="Either: the sign is absorbed into λ"),
            ),
            answer=1,
            why=T(
                es=r"La convención es sumar $\lambda_i g_i$ con $g_i \le 0$. Aquí $g_i = -c_i$, así que $L = f - \sum_i \lambda_i c_i$. El signo no se absorbe en $\lambda$ porque $\lambda_i \ge 0$ es una de las condiciones KKT: con $+$, los multiplicadores del óptimo salen negativos (en los pétalos de la sección 1, $\alpha = ALPHA_WRONG$), y las KKT ya no lo reconocen como mínimo.".replace(
                    "ALPHA_WRONG", _wrong
                ),
                en=r"The convention is to add $\lambda_i g_i$ with $g_i \le 0$. Here $g_i = -c_i$, so $L = f - \sum_i \lambda_i c_i$. The sign is not absorbed into $\lambda$ because $\lambda_i \ge 0$ is one of the KKT conditions: with $+$, the multipliers at the optimum come out negative (on the petals of section 1, $\alpha = ALPHA_WRONG$), and KKT no longer recognises it as a minimum.".replace(
                    "ALPHA_WRONG", _wrong
                ),
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
def _(alpha_active, gamma_hard, kit, lang, lesson_link):
    _kkt, _svm, _dual = (
        lesson_link("lagrange-multipliers"),
        lesson_link("svm-maximum-margin"),
        lesson_link("svm-dual-kernels"),
    )
    kit.text(
        lang,
        es=rf"""
## 5. Resumen

- La SVM de margen duro es $\min \tfrac12\lVert w\rVert^2$ sujeto a $1 - y_i(w^\top x_i + b) \le 0$: con la escala en que el punto más cercano tiene $y_i f(x_i) = 1$, el margen es $1/\lVert w\rVert$ a cada lado y la calle mide $2/\lVert w\rVert$.
- El lagrangiano suma $\alpha_i(1 - y_i f(x_i))$ con $\alpha_i \ge 0$; si escribes la restricción como “$\ge 0$”, el término va restado.
- Las KKT dan $w = \sum_i \alpha_i y_i x_i$, $\sum_i \alpha_i y_i = 0$ y, por holgura complementaria, $\alpha_i > 0$ solo en los puntos del borde: los vectores de soporte.
- Igualar $\nabla L$ a cero no basta: hay que saber qué restricciones están activas. En los pétalos de iris son dos flores, con $\alpha = {alpha_active[0]:.4f}$, y el margen es ${gamma_hard:.3f}$ cm.
- En el margen suave, $0 \le \alpha_i \le C$; cuando $C$ supera los $\alpha_i$ del margen duro, las dos soluciones coinciden.
- Para repasar más a fondo: {_kkt}, {_svm} y {_dual}. Con este día terminas la semana.
""",
        en=rf"""
## 5. Summary

- The hard-margin SVM is $\min \tfrac12\lVert w\rVert^2$ subject to $1 - y_i(w^\top x_i + b) \le 0$: at the scale where the closest point has $y_i f(x_i) = 1$, the margin is $1/\lVert w\rVert$ on each side and the street is $2/\lVert w\rVert$ wide.
- The Lagrangian adds $\alpha_i(1 - y_i f(x_i))$ with $\alpha_i \ge 0$; if you write the constraint as “$\ge 0$”, the term is subtracted.
- KKT gives $w = \sum_i \alpha_i y_i x_i$, $\sum_i \alpha_i y_i = 0$ and, by complementary slackness, $\alpha_i > 0$ only on the points on the edge: the support vectors.
- Setting $\nabla L$ to zero is not enough: you need to know which constraints are active. On the iris petals they are two flowers, with $\alpha = {alpha_active[0]:.4f}$, and the margin is ${gamma_hard:.3f}$ cm.
- In the soft margin, $0 \le \alpha_i \le C$; once $C$ exceeds the hard margin's $\alpha_i$, the two solutions coincide.
- For a deeper review: {_kkt}, {_svm} and {_dual}. This day closes the week.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es="## 6. Para seguir: el día 7 original y otros recursos",
        en="## 6. Keep going: the original day 7 and other resources",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.resources("day-7-svm", lang)
    return


if __name__ == "__main__":
    app.run()
