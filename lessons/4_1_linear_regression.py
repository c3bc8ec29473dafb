import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 4.1")


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
    kit.header("linear-regression", lang)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
La regresión lineal es el primer modelo de verdad del curso y el que más se usa: predice $\hat y = Xw + b$ y elige $w$ y $b$ con la suma de cuadrados de los residuos más pequeña. En 3.1 la resolviste bajando por el gradiente; aquí la resuelves de una vez, y ves por qué la respuesta es una **proyección**.

**Al terminar podrás:**

- obtener las ecuaciones normales $X^\top X w = X^\top y$ y comprobar con números que el residuo es perpendicular a cada columna de $X$;
- resolver con la SVD (la pseudoinversa) cuando $X$ no tiene rango completo, y saber por qué $X^\top X$ pierde dígitos;
- calcular e interpretar $R^2$ en entrenamiento y en prueba;
- usar ridge para calmar coeficientes inestables, sin penalizar el intercepto.
""",
        en=r"""
Linear regression is the course's first real model and the most used one: it predicts $\hat y = Xw + b$ and picks $w$ and $b$ with the smallest sum of squared residuals. In 3.1 you solved it by walking down the gradient; here you solve it in one go, and see why the answer is a **projection**.

**By the end you will be able to:**

- derive the normal equations $X^\top X w = X^\top y$ and check with numbers that the residual is perpendicular to every column of $X$;
- solve with the SVD (the pseudo-inverse) when $X$ is not full rank, and know why $X^\top X$ loses digits;
- compute and read $R^2$ on training and test data;
- use ridge to calm unstable coefficients, without penalising the intercept.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 1. Las ecuaciones normales son una proyección

Junta una columna de unos y las variables en $A = [\mathbf 1 \; X]$ y los coeficientes en $\theta = (b, w)$. El costo es $J(\theta) = \lVert y - A\theta \rVert^2$ y su gradiente (2.1, 3.1) es $-2A^\top(y - A\theta)$. Igualarlo a cero da

$$
A^\top (y - A\theta) = 0 \quad\Longleftrightarrow\quad A^\top A\,\theta = A^\top y .
$$

La primera forma se lee con geometría: el residuo $r = y - \hat y$ tiene producto punto 0 con **cada columna** de $A$, o sea, es perpendicular al plano que generan. Así, $\hat y = A\theta$ es el pie de la perpendicular desde $y$: la proyección de $y$ sobre el espacio de columnas. Con tres puntos, $y$ vive en $\mathbb R^3$ y las columnas $\mathbf 1$ y $x$ generan un plano. Mueve $y$ y mira cómo el residuo sigue perpendicular.
""",
        en=r"""
## 1. The normal equations are a projection

Put a column of ones and the features in $A = [\mathbf 1 \; X]$ and the coefficients in $\theta = (b, w)$. The cost is $J(\theta) = \lVert y - A\theta \rVert^2$ and its gradient (2.1, 3.1) is $-2A^\top(y - A\theta)$. Setting it to zero gives

$$
A^\top (y - A\theta) = 0 \quad\Longleftrightarrow\quad A^\top A\,\theta = A^\top y .
$$

The first form reads as geometry: the residual $r = y - \hat y$ has dot product 0 with **every column** of $A$, that is, it is perpendicular to the plane they span. So $\hat y = A\theta$ is the foot of the perpendicular from $y$: the projection of $y$ onto the column space. With three points, $y$ lives in $\mathbb R^3$ and the columns $\mathbf 1$ and $x$ span a plane. Move $y$ and watch the residual stay perpendicular.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    y3_slider = mo.ui.slider(
        -1.0,
        5.0,
        step=0.25,
        value=3.5,
        show_value=True,
        label=kit.say(lang, es="Tercera coordenada $y_3$", en="Third coordinate $y_3$"),
    )
    azim_slider = mo.ui.slider(
        -80, 80, step=10, value=-50, show_value=True, label=kit.say(lang, es="Ángulo de vista", en="View angle")
    )
    mo.vstack([y3_slider, azim_slider])
    return azim_slider, y3_slider


@app.cell
def _(kit, np, y3_slider):
    # Three points x = 0, 1, 2: the columns of A are the ones and x.
    A3 = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]])
    y_vec = np.array([1.0, 1.5, y3_slider.value])
    theta3 = np.linalg.solve(A3.T @ A3, A3.T @ y_vec)
    y_hat3 = A3 @ theta3
    r3 = y_vec - y_hat3
    _lines = [
        f"θ = (b, w) = {np.round(theta3, 4)}",
        f"Aᵀ r = {np.round(A3.T @ r3, 12)}   ‖r‖² = SSE = {float(r3 @ r3):.4f}",
    ]
    kit.printout(_lines)  # what a notebook would print (the hub hides print output)
    return A3, r3, y_hat3, y_vec


@app.cell(hide_code=True)
def _(A3, azim_slider, kit, lang, np, plt, r3, y_hat3, y_vec):
    _fig = plt.figure(figsize=(6.5, 5))
    _ax = _fig.add_subplot(projection="3d")
    _s, _t = np.meshgrid(np.linspace(-1, 4, 6), np.linspace(-1.5, 1.5, 6))
    _P = _s[..., None] * A3[:, 0] + _t[..., None] * A3[:, 1]
    _ax.plot_surface(_P[..., 0], _P[..., 1], _P[..., 2], alpha=0.2, color="tab:blue")
    for _col, _name in ((A3[:, 0], "1"), (A3[:, 1], "x")):
        _ax.quiver(0, 0, 0, *_col, color="tab:blue", lw=2)
        _ax.text(*(_col * 1.08), _name, color="tab:blue", fontsize=12)
    _ax.quiver(0, 0, 0, *y_vec, color="black", lw=2)
    _ax.text(*(y_vec * 1.05), "y", fontsize=12)
    _ax.quiver(0, 0, 0, *y_hat3, color="tab:green", lw=2)
    _ax.text(*(y_hat3 * 1.05), "ŷ", color="tab:green", fontsize=12)
    _ax.plot(*np.column_stack([y_hat3, y_vec]), color="tab:red", lw=2.5, ls="--")
    # The residual's name sits beside its lower half, away from the label of y at its top.
    _ax.text(*(y_hat3 + 0.3 * r3 + np.array([0.35, 0.0, 0.0])), "r = y − ŷ", color="tab:red", fontsize=12)
    _ax.view_init(elev=20, azim=azim_slider.value)
    _ax.set_xlabel("$y_1$")
    _ax.set_ylabel("$y_2$")
    _ax.set_zlabel("$y_3$")
    _ax.set_title(
        kit.say(
            lang,
            es=f"residuo (rojo) perpendicular al plano; ‖r‖² = {r3 @ r3:.3f}",
            en=f"residual (red) perpendicular to the plane; ‖r‖² = {r3 @ r3:.3f}",
        )
    )
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
La primera fila de $A^\top r = 0$ (la de la columna de unos) dice $\sum r_i = 0$: los residuos suman cero, y de ahí $b = \bar y - \bar x^\top w$. Por eso puedes **centrar**: restas las medias, resuelves $X_c^\top X_c\, w = X_c^\top y_c$ (un sistema $d \times d$) y recuperas $b$ al final. Así lo pide el ejercicio 1.

Con diabetes (442 pacientes, 10 variables, el avance de la enfermedad un año después), en su versión cruda (edad en años, presión en mmHg…) y en la escalada, el ajuste da las **mismas predicciones** con coeficientes distintos:
""",
        en=r"""
The first row of $A^\top r = 0$ (the one for the column of ones) says $\sum r_i = 0$: the residuals sum to zero, and from there $b = \bar y - \bar x^\top w$. That is why you can **centre**: subtract the means, solve $X_c^\top X_c\, w = X_c^\top y_c$ (a $d \times d$ system) and recover $b$ at the end. That is what exercise 1 asks.

With diabetes (442 patients, 10 features, disease progression one year later), in its raw version (age in years, pressure in mmHg…) and in the scaled one, the fit gives the **same predictions** with different coefficients:
""",
    )
    return


@app.cell
def _(kit, np):
    from gradiente.datasets import load_diabetes
    from gradiente.models import LinearRegression

    diabetes = load_diabetes()
    diabetes_raw = load_diabetes(scaled=False)
    y_d = diabetes.target

    def library_fit(X, y):
        # gradiente's LinearRegression (least squares with an intercept); you write your own in exercise 1
        m = LinearRegression(solver="lstsq").fit(X, y)
        return float(m.intercept_), np.asarray(m.coef_)

    b_s, w_s = library_fit(diabetes.data, y_d)
    b_r, w_r = library_fit(diabetes_raw.data, y_d)
    yhat_s = diabetes.data @ w_s + b_s
    yhat_r = diabetes_raw.data @ w_r + b_r
    _centred = diabetes.data - diabetes.data.mean(axis=0)
    _lines = [
        f"scaled: b = {b_s:.2f}   w[:3] = {np.round(w_s[:3], 2)}",
        f"raw:    b = {b_r:.2f}   w[:3] = {np.round(w_r[:3], 3)}",
        f"max |ŷ_scaled − ŷ_raw| = {np.max(np.abs(yhat_s - yhat_r)):.2e}",
        f"Xcᵀ r (scaled), max |·| = {np.max(np.abs(_centred.T @ (y_d - yhat_s))):.2e}",
    ]
    kit.printout(_lines)  # what a notebook would print (the hub hides print output)
    return LinearRegression, diabetes, diabetes_raw, load_diabetes, y_d, yhat_s


@app.cell(hide_code=True)
def _(kit, lang, np, plt, y_d, yhat_s):
    _fig, (_a1, _a2) = plt.subplots(1, 2, figsize=(9, 3.6))
    _a1.scatter(yhat_s, y_d, s=8, alpha=0.6)
    _lim = [y_d.min(), y_d.max()]
    _a1.plot(_lim, _lim, color="tab:red", lw=1)
    _a1.set_xlabel(kit.say(lang, es="predicción ŷ", en="prediction ŷ"))
    _a1.set_ylabel("y")
    _a1.set_title(kit.say(lang, es="ajuste: y contra ŷ", en="fit: y against ŷ"))
    _a2.scatter(yhat_s, y_d - yhat_s, s=8, alpha=0.6, color="tab:orange")
    _a2.axhline(0, color="0.4", lw=1)
    _a2.set_xlabel(kit.say(lang, es="predicción ŷ", en="prediction ŷ"))
    _a2.set_ylabel(kit.say(lang, es="residuo y − ŷ", en="residual y − ŷ"))
    _a2.set_title(
        kit.say(
            lang, es=f"residuos (media {np.mean(y_d - yhat_s):.1e})", en=f"residuals (mean {np.mean(y_d - yhat_s):.1e})"
        )
    )
    _fig.tight_layout()
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 2. La pseudoinversa: cuando $X^\top X$ no sirve

Resolver $X^\top X w = X^\top y$ tiene dos problemas. Si $X$ no tiene rango completo (una columna siempre en 0, o una copiada), $X^\top X$ no es invertible y hay infinitas soluciones. Y aunque sea invertible, $\kappa(X^\top X) = \kappa(X)^2$: formar $X^\top X$ eleva al cuadrado el número de condición y pierde el doble de dígitos.

La SVD $X = U\Sigma V^\top$ (1.6) resuelve las dos cosas: $w = X^+ y = V\Sigma^+U^\top y$, donde $\Sigma^+$ invierte los valores singulares que no son (casi) cero y deja en 0 los demás. De todas las soluciones, da la de **norma mínima**. `np.linalg.lstsq`, `np.linalg.pinv` y `gradiente.linalg.pinv` / `lstsq` hacen esto.
""",
        en=r"""
## 2. The pseudo-inverse: when $X^\top X$ will not do

Solving $X^\top X w = X^\top y$ has two problems. If $X$ is not full rank (a column always 0, or a copied one), $X^\top X$ is not invertible and there are infinitely many solutions. And even when it is invertible, $\kappa(X^\top X) = \kappa(X)^2$: forming $X^\top X$ squares the condition number and loses twice the digits.

The SVD $X = U\Sigma V^\top$ (1.6) fixes both: $w = X^+ y = V\Sigma^+U^\top y$, where $\Sigma^+$ inverts the singular values that are not (nearly) zero and leaves the rest at 0. Of all the solutions, it gives the one of **minimum norm**. `np.linalg.lstsq`, `np.linalg.pinv` and `gradiente.linalg.pinv` / `lstsq` do this.
""",
    )
    return


@app.cell
def _(LinearRegression, diabetes_raw, kit, np, y_d):
    import gradiente.linalg as gla

    A_raw = np.column_stack([np.ones(len(y_d)), diabetes_raw.data])
    theta_pinv = np.asarray(gla.pinv(A_raw)) @ y_d
    theta_lstsq = np.linalg.lstsq(A_raw, y_d, rcond=None)[0]
    model = LinearRegression().fit(diabetes_raw.data, y_d)
    _lines = [
        f"κ(A) = {np.linalg.cond(A_raw):.3g}   κ(AᵀA) = {np.linalg.cond(A_raw.T @ A_raw):.3g}",
        f"pinv vs lstsq:       {np.max(np.abs(theta_pinv - theta_lstsq)):.2e}",
        f"LinearRegression b:  {float(model.intercept_):.4f}   lstsq b: {float(theta_lstsq[0]):.4f}",
    ]
    kit.printout(_lines)  # what a notebook would print (the hub hides print output)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
**¿Y el descenso de gradiente de la lección 3.1?** Llega al mismo $w$, pero a pasos: con el paso seguro
$1/L$ ($L$ el valor propio más grande de $X_c^\top X_c/n$), el número de pasos crece con el número de
condición $\kappa(X_c^\top X_c)$, el cociente entre el valor propio más grande y el más chico (lección 3.2).
Lo comparamos con la fórmula cerrada en las dos versiones de diabetes, con el mismo presupuesto de pasos:
""",
        en=r"""
**And lesson 3.1's gradient descent?** It reaches the same $w$, but in steps: with the safe step $1/L$ ($L$ the
largest eigenvalue of $X_c^\top X_c/n$), the number of steps grows with the condition number
$\kappa(X_c^\top X_c)$, the ratio of the largest to the smallest eigenvalue (lesson 3.2). We compare it with the
closed form on both versions of diabetes, with the same budget of steps:
""",
    )
    return


@app.cell
def _(LinearRegression, diabetes, diabetes_raw, kit, np, y_d):
    _scaled_gd = LinearRegression(solver="gd", max_iter=20_000).fit(diabetes.data, y_d)
    gd_steps = _scaled_gd.n_iter_  # stops when the gradient is ~0
    gd_report = {}
    for _name, _data in (("scaled", diabetes.data), ("raw", diabetes_raw.data)):
        _closed = LinearRegression(solver="lstsq").fit(_data, y_d).coef_
        _gd = LinearRegression(solver="gd", max_iter=gd_steps).fit(_data, y_d).coef_
        _centred = _data - _data.mean(axis=0)
        _eig = np.linalg.eigvalsh(_centred.T @ _centred)
        gd_report[_name] = (_eig[-1] / _eig[0], np.max(np.abs(_gd - _closed)), np.max(np.abs(_closed)))
    kit.printout(
        [f"GD steps (scaled data, until the gradient is ~0): {gd_steps}"]
        + [
            f"{_name:6s}  κ(XcᵀXc) = {_k:9.3g}   max |w_GD − w_closed| = {_gap:.2g}   (max |w| = {_big:.3g})"
            for _name, (_k, _gap, _big) in gd_report.items()
        ]
    )
    return gd_report, gd_steps


@app.cell(hide_code=True)
def _(gd_report, gd_steps, kit, lang):
    _k_s, _gap_s, _ = gd_report["scaled"]
    _k_r, _gap_r, _big_r = gd_report["raw"]
    kit.text(
        lang,
        es=f"""
Con las variables escaladas ($\\kappa \\approx$ {_k_s:.0f}) el descenso necesita {gd_steps} pasos para quedar a
{_gap_s:.1g} de la fórmula cerrada. Con las crudas, $\\kappa$ es unas {_k_r / _k_s:.0f} veces mayor y, tras esos
mismos pasos, algún coeficiente sigue a {_gap_r:.2g} de su valor (los coeficientes llegan a {_big_r:.0f}).
La fórmula cerrada no itera: un solo sistema lineal, o una SVD. Por eso el descenso de gradiente se reserva
para modelos sin fórmula (logística, redes) o para datos demasiado grandes para $X^\\top X$, y siempre con
las variables estandarizadas.
""",
        en=f"""
With the scaled features ($\\kappa \\approx$ {_k_s:.0f}) gradient descent needs {gd_steps} steps to come within
{_gap_s:.1g} of the closed form. With the raw ones, $\\kappa$ is about {_k_r / _k_s:.0f} times larger and, after
those same steps, some coefficient is still {_gap_r:.2g} away from its value (the coefficients reach
{_big_r:.0f}). The closed form does not iterate: one linear system, or one SVD. That is why gradient descent is
kept for models with no formula (logistic, networks) or data too large for $X^\\top X$, and always with
standardised features.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 3. $R^2$: cuánto mejor que predecir la media

$$
R^2 = 1 - \frac{\sum (y_i - \hat y_i)^2}{\sum (y_i - \bar y)^2}
$$

El denominador es el error de predecir siempre $\bar y$. $R^2 = 1$ es un ajuste perfecto, $R^2 = 0$ no mejora a la media, y en datos de **prueba** puede ser negativo: el modelo predice peor que la media. En entrenamiento, con intercepto, está entre 0 y 1.
""",
        en=r"""
## 3. $R^2$: how much better than predicting the mean

$$
R^2 = 1 - \frac{\sum (y_i - \hat y_i)^2}{\sum (y_i - \bar y)^2}
$$

The denominator is the error of always predicting $\bar y$. $R^2 = 1$ is a perfect fit, $R^2 = 0$ does no better than the mean, and on **test** data it can be negative: the model predicts worse than the mean. On training data, with an intercept, it lies between 0 and 1.
""",
    )
    return


@app.cell
def _(kit, np, y_d, yhat_s):
    r2_train = 1 - np.sum((y_d - yhat_s) ** 2) / np.sum((y_d - y_d.mean()) ** 2)
    _lines = [f"R² diabetes (train, all 10 features) = {float(r2_train):.4f}"]
    kit.printout(_lines)  # what a notebook would print (the hub hides print output)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 4. Ridge: encoger los coeficientes

Ridge suma una penalización: minimiza $\lVert y - Xw - b \rVert^2 + \alpha \lVert w \rVert^2$, y con los datos centrados la ecuación normal queda $(X_c^\top X_c + \alpha I)\,w = X_c^\top y_c$. Sumar $\alpha$ a la diagonal sube todos los valores propios en $\alpha$: la matriz se vuelve invertible y mejor condicionada.

**El intercepto no se penaliza.** $b$ solo traslada la predicción hacia arriba o hacia abajo; encogerlo hacia 0 no suaviza nada, solo hace que el resultado dependa de dónde está el cero de $y$ (sumar 1000 a todas las $y$ cambiaría los pesos). Por eso centras y penalizas solo $w$; cuando $\alpha \to \infty$, $w \to 0$ y la predicción tiende a $\bar y$.

Usa el control para mover $\alpha$ en diabetes (300 pacientes para entrenar, 142 para probar, con las variables escaladas), y las casillas para quitar variables. ¿Cuánto R² de prueba pierdes si dejas sólo `bmi` y `s5`? ¿Y si quitas justo esas dos? ¿Con cuáles variables los caminos se separan más a $\alpha$ chico?
""",
        en=r"""
## 4. Ridge: shrinking the coefficients

Ridge adds a penalty: it minimises $\lVert y - Xw - b \rVert^2 + \alpha \lVert w \rVert^2$, and with centred data the normal equation becomes $(X_c^\top X_c + \alpha I)\,w = X_c^\top y_c$. Adding $\alpha$ to the diagonal raises every eigenvalue by $\alpha$: the matrix becomes invertible and better conditioned.

**The intercept is not penalised.** $b$ only shifts the prediction up or down; shrinking it towards 0 smooths nothing, it only makes the result depend on where the zero of $y$ is (adding 1000 to every $y$ would change the weights). That is why you centre and penalise only $w$; as $\alpha \to \infty$, $w \to 0$ and the prediction tends to $\bar y$.

Use the control to move $\alpha$ on diabetes (300 patients to train, 142 to test, with the scaled features), and the boxes to drop features. How much test R² do you lose if you keep only `bmi` and `s5`? And if you drop exactly those two? With which features do the paths spread most at small $\alpha$?
""",
    )
    return


@app.cell
def _(diabetes, np, y_d):
    rng = np.random.default_rng(0)
    order = rng.permutation(len(y_d))
    tr, te = order[:300], order[300:]
    Xtr, Xte, ytr, yte = diabetes.data[tr], diabetes.data[te], y_d[tr], y_d[te]

    def ridge_fit(alpha, cols):
        """Ridge on the training rows with the features `cols`: centre, solve (XcᵀXc + αI)w = Xcᵀyc."""
        X = Xtr[:, cols]
        xm, ym = X.mean(axis=0), ytr.mean()
        Xc = X - xm
        w = np.linalg.solve(Xc.T @ Xc + alpha * np.eye(len(cols)), Xc.T @ (ytr - ym))
        return ym - xm @ w, w

    def r2(y, yh):
        return 1 - np.sum((y - yh) ** 2) / np.sum((y - y.mean()) ** 2)

    alphas = np.logspace(-3, 3, 61)
    return Xte, Xtr, alphas, r2, ridge_fit, yte, ytr


@app.cell(hide_code=True)
def _(kit, lang, mo):
    log_alpha = mo.ui.slider(
        -3.0, 3.0, step=0.1, value=0.0, show_value=True, label=kit.say(lang, es="log₁₀ α", en="log₁₀ α")
    )
    log_alpha
    return (log_alpha,)


@app.cell(hide_code=True)
def _(diabetes, kit, lang, mo):
    feature_boxes = mo.ui.array([mo.ui.checkbox(value=True, label=name) for name in diabetes.feature_names])
    mo.vstack(
        [
            mo.md(kit.say(lang, es="**Variables del modelo:**", en="**Features in the model:**")),
            mo.hstack(list(feature_boxes), justify="start", wrap=True),
        ]
    )
    return (feature_boxes,)


@app.cell(hide_code=True)
def _(Xte, Xtr, alphas, diabetes, feature_boxes, kit, lang, log_alpha, mo, np, plt, r2, ridge_fit, yte, ytr):
    _cols = [j for j, box in enumerate(feature_boxes.value) if box]
    mo.stop(
        not _cols,
        mo.md(kit.say(lang, es="Marca al menos una variable.", en="Tick at least one feature.")),
    )
    _alpha = 10**log_alpha.value
    _b, _w = ridge_fit(_alpha, _cols)
    _paths = np.array([ridge_fit(a, _cols)[1] for a in alphas])
    _fit_tr, _fit_te = Xtr[:, _cols] @ _w + _b, Xte[:, _cols] @ _w + _b
    _fig, (_a1, _a2, _a3) = plt.subplots(1, 3, figsize=(10.5, 3.6), gridspec_kw={"width_ratios": [2.2, 1, 1.6]})
    _a1.semilogx(alphas, _paths, lw=1.2)
    _a1.axvline(_alpha, color="black", ls="--", lw=1)
    # Name the four largest paths where they start, nudged apart so that no two names overlap.
    _top = np.argsort(-np.abs(_paths[0]))[:4]
    _gap, _last = 0.08 * (np.ptp(_paths) or 1.0), -np.inf
    for _j in _top[np.argsort(_paths[0, _top])]:
        _last = max(_paths[0, _j], _last + _gap)
        _a1.text(
            alphas[0] * 1.3,
            _last,
            diabetes.feature_names[_cols[_j]],
            fontsize=9,
            va="center",
            color=_a1.lines[_j].get_color(),
            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8},
        )
    # NOTE: each tick costs a few ms on every move, and mathtext labels (10$^{-3}$) far more: one tick
    # per decade, written as plain text, no minor ticks.
    _a1.set_xticks(10.0 ** np.arange(-3, 4))
    _a1.xaxis.set_major_formatter(kit.powers_of_ten())
    _a1.minorticks_off()
    _a1.set_xlabel("α")
    _a1.set_ylabel("w")
    # Titles at a fixed spot (y=1.0): nothing sits above the axes, and matplotlib need not measure
    # every tick to place them.
    _a1.set_title(kit.say(lang, es="caminos de los coeficientes", en="coefficient paths"), y=1.0)
    _scores = [r2(ytr, _fit_tr), r2(yte, _fit_te)]
    _a2.bar(
        [kit.say(lang, es="entren.", en="train"), kit.say(lang, es="prueba", en="test")],
        _scores,
        color=["tab:blue", "tab:orange"],
    )
    for _i, _v in enumerate(_scores):
        _a2.text(_i, _v + 0.01, f"{_v:.3f}", ha="center")
    _a2.set_ylim(min(0.0, min(_scores) - 0.05), 0.7)
    _a2.locator_params(axis="y", nbins=4)  # the bars carry their values: a few ticks are enough
    _a2.set_title("R²", y=1.0)
    _a3.scatter(_fit_te, yte - _fit_te, s=8, color="tab:orange")
    _a3.axhline(0, color="0.4", lw=1)
    _a3.set_xlabel(kit.say(lang, es="predicción (prueba)", en="prediction (test)"))
    _a3.set_ylabel(kit.say(lang, es="residuo", en="residual"))
    _a3.locator_params(axis="y", nbins=4)
    _a3.set_title(f"α = {_alpha:.4g}, b = {_b:.1f}", y=1.0)
    _fig.subplots_adjust(left=0.07, right=0.98, bottom=0.16, wspace=0.32)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_fit_least_squares = kit.exercise("fit_least_squares", lang)
    ex_fit_least_squares
    return (ex_fit_least_squares,)


@app.cell(hide_code=True)
def _(ex_fit_least_squares, kit):
    kit.feedback(ex_fit_least_squares)
    return


@app.cell(hide_code=True)
def _(ex_fit_least_squares, kit):
    kit.hints(ex_fit_least_squares)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_pinv_solution = kit.exercise("pinv_solution", lang)
    ex_pinv_solution
    return (ex_pinv_solution,)


@app.cell(hide_code=True)
def _(ex_pinv_solution, kit):
    kit.feedback(ex_pinv_solution)
    return


@app.cell(hide_code=True)
def _(ex_pinv_solution, kit):
    kit.hints(ex_pinv_solution)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_r2_score = kit.exercise("r2_score", lang)
    ex_r2_score
    return (ex_r2_score,)


@app.cell(hide_code=True)
def _(ex_r2_score, kit):
    kit.feedback(ex_r2_score)
    return


@app.cell(hide_code=True)
def _(ex_r2_score, kit):
    kit.hints(ex_r2_score)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_ridge = kit.exercise("ridge", lang)
    ex_ridge
    return (ex_ridge,)


@app.cell(hide_code=True)
def _(ex_ridge, kit):
    kit.feedback(ex_ridge)
    return


@app.cell(hide_code=True)
def _(ex_ridge, kit):
    kit.hints(ex_ridge)
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
                es="**1.** En mínimos cuadrados, el residuo $y - \\hat y$ es perpendicular a…",
                en="**1.** In least squares, the residual $y - \\hat y$ is perpendicular to…",
            ),
            (
                T(es="el vector $y$", en="the vector $y$"),
                T(es="cada columna de $X$ (y la de unos)", en="every column of $X$ (and the column of ones)"),
                T(es="el vector de pesos $w$", en="the weight vector $w$"),
            ),
            answer=1,
            why=T(
                es=r"Las ecuaciones normales dicen $A^\top(y - A\theta) = 0$: el producto punto con cada columna es 0. Por eso $\hat y$ es la proyección de $y$ sobre el espacio de columnas.",
                en=r"The normal equations say $A^\top(y - A\theta) = 0$: the dot product with each column is 0. That is why $\hat y$ is the projection of $y$ onto the column space.",
            ),
        ),
        Question(
            T(
                es="**2.** ¿Por qué resolver con $X^\\top X$ pierde dígitos?",
                en="**2.** Why does solving with $X^\\top X$ lose digits?",
            ),
            (
                T(es="porque $\\kappa(X^\\top X) = \\kappa(X)^2$", en="because $\\kappa(X^\\top X) = \\kappa(X)^2$"),
                T(es="porque $X^\\top X$ es más grande que $X$", en="because $X^\\top X$ is larger than $X$"),
                T(es="no pierde dígitos", en="it does not lose digits"),
            ),
            answer=0,
            why=T(
                es=r"Los valores singulares de $X^\top X$ son los de $X$ al cuadrado, así que el número de condición se eleva al cuadrado; QR o la SVD trabajan con $X$ directamente.",
                en=r"The singular values of $X^\top X$ are those of $X$ squared, so the condition number is squared; QR or the SVD work on $X$ directly.",
            ),
        ),
        Question(
            T(
                es="**3.** ¿Puede ser negativo el $R^2$ en datos de prueba?",
                en="**3.** Can $R^2$ be negative on test data?",
            ),
            (
                T(es="no, siempre está entre 0 y 1", en="no, it always lies between 0 and 1"),
                T(es="sí, si el modelo predice peor que la media", en="yes, if the model predicts worse than the mean"),
            ),
            answer=1,
            why=T(
                es=r"$R^2 = 1 - \text{SSE}/\text{SST}$: si en la prueba $\text{SSE} > \text{SST}$, el modelo se equivoca más que predecir $\bar y$ y $R^2 < 0$. Solo en entrenamiento, con intercepto, queda en $[0, 1]$.",
                en=r"$R^2 = 1 - \text{SSE}/\text{SST}$: if on the test set $\text{SSE} > \text{SST}$, the model errs more than predicting $\bar y$ and $R^2 < 0$. Only on training data, with an intercept, does it stay in $[0, 1]$.",
            ),
        ),
        Question(
            T(
                es="**4.** En ridge, ¿qué pasa cuando $\\alpha \\to \\infty$?",
                en="**4.** In ridge, what happens as $\\alpha \\to \\infty$?",
            ),
            (
                T(
                    es="$w \\to 0$ y la predicción tiende a $\\bar y$",
                    en="$w \\to 0$ and the prediction tends to $\\bar y$",
                ),
                T(es="$w$ tiende a la solución de mínimos cuadrados", en="$w$ tends to the least-squares solution"),
                T(es="$w$ y $b$ tienden a 0", en="$w$ and $b$ tend to 0"),
            ),
            answer=0,
            why=T(
                es=r"La penalización $\alpha\lVert w\rVert^2$ domina y empuja $w$ a 0; como $b$ no se penaliza, queda $b = \bar y$. Con $\alpha = 0$ recuperas mínimos cuadrados.",
                en=r"The penalty $\alpha\lVert w\rVert^2$ dominates and pushes $w$ to 0; since $b$ is not penalised, $b = \bar y$ remains. With $\alpha = 0$ you get back least squares.",
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

- Mínimos cuadrados resuelve $A^\top A\,\theta = A^\top y$, que equivale a $A^\top(y - \hat y) = 0$: el residuo es perpendicular a cada columna y $\hat y$ es la proyección de $y$ sobre el espacio de columnas.
- Centrar separa el intercepto: $w$ sale de $X_c^\top X_c w = X_c^\top y_c$ y $b = \bar y - \bar x^\top w$.
- $\kappa(X^\top X) = \kappa(X)^2$; la SVD da $w = V\Sigma^+U^\top y$, la solución de norma mínima, también sin rango completo.
- $R^2 = 1 - \text{SSE}/\text{SST}$ compara con predecir la media; en prueba puede ser negativo.
- Ridge resuelve $(X_c^\top X_c + \alpha I)w = X_c^\top y_c$: encoge $w$ hacia 0 sin tocar $b$.
""",
        en=r"""
## 6. Summary

- Least squares solves $A^\top A\,\theta = A^\top y$, which is the same as $A^\top(y - \hat y) = 0$: the residual is perpendicular to every column and $\hat y$ is the projection of $y$ onto the column space.
- Centring splits off the intercept: $w$ comes from $X_c^\top X_c w = X_c^\top y_c$ and $b = \bar y - \bar x^\top w$.
- $\kappa(X^\top X) = \kappa(X)^2$; the SVD gives $w = V\Sigma^+U^\top y$, the minimum-norm solution, even without full rank.
- $R^2 = 1 - \text{SSE}/\text{SST}$ compares with predicting the mean; on test data it can be negative.
- Ridge solves $(X_c^\top X_c + \alpha I)w = X_c^\top y_c$: it shrinks $w$ towards 0 without touching $b$.
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
    kit.resources("linear-regression", lang)
    return


if __name__ == "__main__":
    app.run()
