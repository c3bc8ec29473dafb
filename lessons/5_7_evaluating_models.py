import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 5.7")


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
    kit.header("evaluating-models", lang)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Entrenaste un modelo y te dio 95 % de exactitud. ¿Cuánto vale ese número? Depende de cómo lo
mediste: con qué datos, si el modelo los había visto, y cuánto cambiaría con otra muestra. Esta
lección junta la estadística del módulo 5 (intervalos, pruebas de hipótesis, remuestreo) con la
pregunta que más se repite en ML: **¿qué tan bien funciona este modelo, y es mejor que aquel?**

**Al terminar podrás:**

- separar entrenamiento, validación y prueba, y reconocer una **fuga de datos**: el escalado, la
  selección de rasgos y el modelo se ajustan *dentro* de cada pliegue;
- programar la **validación cruzada** k-fold y reportar su media, sabiendo por qué el error
  estándar $s/\sqrt{k}$ no es de fiar;
- construir con el **bootstrap** un intervalo de confianza para la exactitud (o el AUC) de un
  conjunto de prueba;
- comparar dos modelos en el *mismo* conjunto de prueba con una prueba **pareada** (McNemar,
  bootstrap pareado), y distinguirla de la prueba A/B entre dos grupos de usuarios de la lección 5.6.
""",
        en=r"""
You trained a model and got 95 % accuracy. What is that number worth? It depends on how you
measured it: on which data, whether the model had seen them, and how much it would change with
another sample. This lesson brings the statistics of module 5 (intervals, hypothesis tests,
resampling) to the question ML asks most often: **how well does this model work, and is it better
than that one?**

**By the end you will be able to:**

- keep training, validation and test apart, and spot **data leakage**: scaling, feature selection
  and the model are all fitted *inside* each fold;
- write k-fold **cross-validation** and report its mean, knowing why the standard error
  $s/\sqrt{k}$ is not to be trusted;
- build, with the **bootstrap**, a confidence interval for the accuracy (or the AUC) on a test set;
- compare two models on the *same* test set with a **paired** test (McNemar, paired bootstrap), and
  tell it apart from lesson 5.6's A/B test between two groups of users.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 0. ¿Por qué importa en ML?

Un modelo se evalúa con datos que **no** usó para aprender: si no, un modelo que memoriza las
etiquetas sacaría 100 %. Por eso los datos se separan en tres papeles:

- **entrenamiento**: con él se ajustan los parámetros (los pesos $w$, las medias de un escalador);
- **validación**: con ella se eligen los hiperparámetros y el modelo (la $C$ de una SVM, cuántos
  rasgos usar). La validación cruzada recicla el entrenamiento para hacer este papel;
- **prueba**: se usa **una sola vez**, al final, para reportar. Cada vez que miras la prueba y
  cambias algo por lo que viste, la prueba pasa a ser parte del ajuste y deja de medir datos nuevos.

Y cualquier número medido en datos finitos tiene un error: 95 % de aciertos sobre un centenar de
muestras de prueba no es lo mismo que 95 % sobre diez mil. En la lección 5.3 le pusiste intervalos a una media; aquí se los
pones a una exactitud, y en la 5.6 comparaste dos proporciones; aquí comparas dos modelos.

Una nota de vocabulario: *accuracy* se traduce como **exactitud** (la proporción de aciertos). En
español a veces se le dice «precisión», pero *precision* es otra métrica (de los positivos que
predijo el modelo, cuántos lo eran): aquí no las mezclamos.
""",
        en=r"""
## 0. Why does it matter in ML?

A model is evaluated on data it did **not** learn from: otherwise a model that memorises the labels
would score 100 %. That is why data play three roles:

- **training**: fits the parameters (the weights $w$, the means of a scaler);
- **validation**: picks the hyperparameters and the model (an SVM's $C$, how many features to keep).
  Cross-validation recycles the training data to play this role;
- **test**: used **once**, at the end, to report. Every time you look at the test set and change
  something because of what you saw, the test set becomes part of the fitting and stops measuring
  new data.

And any number measured on finite data has an error: 95 % correct on a hundred test samples is not
the same as 95 % on ten thousand. In lesson 5.3 you put intervals on a mean; here you put them on an accuracy. In 5.6
you compared two proportions; here you compare two models.

A word on vocabulary: **accuracy** is the share of correct predictions. It is not *precision*
(of the positives the model predicted, how many were positive), a different metric.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, y_cancer):
    kit.text(
        lang,
        es=rf"""
## 1. Fugas de datos: cuando la prueba se cuela en el entrenamiento

La regla es una sola: **todo lo que aprende de los datos aprende solo del entrenamiento.** Eso
incluye al modelo, pero también al escalador (su media y su desviación) y a la selección de rasgos
(qué columnas se quedan). Si algo de eso mira el pliegue de prueba, hay una **fuga** (*data
leakage*) y la exactitud que reportas es mejor que la que vas a tener.

Un experimento lo hace evidente. Tomamos las {len(y_cancer)} etiquetas de *breast cancer* (0 = maligno,
1 = benigno) y les ponemos al lado **1000 columnas de ruido puro**, números normales que no
saben nada de la etiqueta. Ningún modelo honesto puede predecir con ellas mejor que al azar. El
modelo es el **centroide más cercano**: calcula la media de cada clase en el entrenamiento y asigna
cada punto de prueba a la media más cercana. Comparamos dos protocolos, con 5 pliegues
estratificados:

- **seleccionar antes de partir**: elegir las $m$ columnas más correlacionadas con la etiqueta
  usando las {len(y_cancer)} filas, y después hacer la validación cruzada con ellas;
- **seleccionar dentro de cada pliegue**: elegirlas de nuevo en cada vuelta, solo con las filas de
  entrenamiento.
""",
        en=rf"""
## 1. Data leakage: when the test set sneaks into training

There is a single rule: **everything that learns from the data learns from the training part
only.** That includes the model, but also the scaler (its mean and standard deviation) and feature
selection (which columns stay). If any of them looks at the test fold, there is a **leak** and the
accuracy you report is better than the one you will get.

An experiment makes it plain. We take the {len(y_cancer)} labels of *breast cancer* (0 = malignant,
1 = benign) and put next to them **1000 columns of pure noise**, normal numbers that know nothing
about the label. No honest model can predict from them better than chance. The model is the
**nearest centroid**: it computes each class's mean on the training part and assigns each test
point to the closest mean. We compare two protocols, with 5 stratified folds:

- **select before splitting**: pick the $m$ columns most correlated with the label using all {len(y_cancer)}
  rows, then cross-validate with them;
- **select inside each fold**: pick them again on every round, from the training rows only.
""",
    )
    return


@app.cell
def _(kit, np):
    from gradiente.datasets import load_breast_cancer
    from gradiente.model_selection import kfold_indices

    # 569 × 30; y = 0 malignant, 1 benign. Five folds, stratified by class.
    X_cancer, y_cancer = load_breast_cancer(return_X_y=True)
    folds_cancer = list(kfold_indices(len(y_cancer), 5, y=y_cancer))

    def nearest_centroid(X_train, y_train, X_test):
        """Predict, for each row of X_test, the class whose mean over X_train is closest."""
        classes = np.unique(y_train)
        centroids = np.array([X_train[y_train == label].mean(axis=0) for label in classes])
        distances = ((X_test[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
        return classes[np.argmin(distances, axis=1)]

    def rank_by_correlation(X, y):
        """The columns of X from the most to the least correlated with y (in absolute value)."""
        covariance = (y - y.mean()) @ X / len(y)  # Σ (yᵢ − ȳ) xᵢⱼ / n, no need to centre X
        return np.argsort(-np.abs(covariance) / X.std(axis=0))  # |corr| times the constant σ_y

    majority_share = np.mean(y_cancer == 1)  # always answering "benign"
    kit.printout(
        [
            f"X: {X_cancer.shape}",
            f"malignant (0): {np.sum(y_cancer == 0)}, benign (1): {np.sum(y_cancer == 1)}",
            f"accuracy of always answering 'benign': {majority_share:.3f}",
        ]
    )
    return (
        X_cancer,
        folds_cancer,
        kfold_indices,
        majority_share,
        nearest_centroid,
        rank_by_correlation,
        y_cancer,
    )


@app.cell
def _(nearest_centroid, np, rank_by_correlation):
    def leak_experiment(noise, y, folds, m_values, scale_on_all=False):
        """Per-fold accuracies, shape (len(m_values), k), of: keep m columns → standardise →
        nearest centroid, the columns picked with all the rows ("all") or with each fold's
        training rows only ("inside")."""
        order_all = rank_by_correlation(noise, y)  # it looks at the test folds too: the leak
        order_inside = [rank_by_correlation(noise[train], y[train]) for train, _ in folds]
        if scale_on_all:
            noise = (noise - noise.mean(axis=0)) / noise.std(axis=0)  # scaler on every row
        scores = {name: np.empty((len(m_values), len(folds))) for name in ("all", "inside")}
        for row, m in enumerate(m_values):
            for j, (train, test) in enumerate(folds):
                picks = {"all": order_all[:m], "inside": order_inside[j][:m]}
                for protocol, keep in picks.items():
                    Z_train, Z_test = noise[np.ix_(train, keep)], noise[np.ix_(test, keep)]
                    if not scale_on_all:  # scaler fitted on the training rows only
                        mean, std = Z_train.mean(axis=0), Z_train.std(axis=0)
                        Z_train, Z_test = (Z_train - mean) / std, (Z_test - mean) / std
                    hits = nearest_centroid(Z_train, y[train], Z_test) == y[test]
                    scores[protocol][row, j] = hits.mean()
        return scores

    M_VALUES = [5, 10, 20, 50, 100, 200]
    return M_VALUES, leak_experiment


@app.cell(hide_code=True)
def _(kit, lang, mo):
    m_slider = mo.ui.slider(
        steps=[5, 10, 20, 50, 100, 200],
        value=20,
        show_value=True,
        label=kit.say(lang, es="Columnas elegidas $m$", en="Columns kept $m$"),
    )
    scaler_on_all = mo.ui.checkbox(
        value=False,
        label=kit.say(lang, es="ajustar también el escalador con todas las filas", en="fit the scaler on all rows too"),
    )
    noise_seed = mo.ui.slider(
        0, 9, step=1, value=0, show_value=True, label=kit.say(lang, es="Otro sorteo del ruido", en="Another noise draw")
    )
    mo.vstack([mo.hstack([m_slider, noise_seed], justify="start", gap=2), scaler_on_all])
    return m_slider, noise_seed, scaler_on_all


@app.cell(hide_code=True)
def _(M_VALUES, folds_cancer, leak_experiment, np, y_cancer):
    # The noise of each seed and each experiment, computed once (a redraw only looks them up).
    _noise_cache, _scores_cache = {}, {}

    def noise_columns(seed):
        if seed not in _noise_cache:
            _noise_cache[seed] = np.random.default_rng(seed).normal(size=(len(y_cancer), 1000))
        return _noise_cache[seed]

    def leak_scores(seed, scale_on_all):
        key = (seed, scale_on_all)
        if key not in _scores_cache:
            _scores_cache[key] = leak_experiment(noise_columns(seed), y_cancer, folds_cancer, M_VALUES, scale_on_all)
        return _scores_cache[key]

    return leak_scores, noise_columns


@app.cell(hide_code=True)
def _(
    M_VALUES,
    kit,
    lang,
    leak_scores,
    m_slider,
    majority_share,
    noise_seed,
    np,
    plt,
    scaler_on_all,
):
    _scores = leak_scores(noise_seed.value, scaler_on_all.value)
    _row = M_VALUES.index(m_slider.value)
    _fig, (_ax, _bars) = plt.subplots(1, 2, figsize=(10, 4), gridspec_kw={"width_ratios": [1.4, 1]})
    _names = {
        "all": kit.say(lang, es="seleccionar antes de partir (fuga)", en="select before splitting (leak)"),
        "inside": kit.say(lang, es="seleccionar dentro de cada pliegue", en="select inside each fold"),
    }
    _colors = {"all": "tab:red", "inside": "tab:green"}
    for _protocol in ("all", "inside"):
        _means = _scores[_protocol].mean(axis=1)
        _ax.plot(M_VALUES, _means, marker="o", color=_colors[_protocol], label=_names[_protocol])
        _ax.plot(m_slider.value, _means[_row], marker="o", ms=12, mfc="none", mec="k")
    _ax.axhline(0.5, color="0.4", ls=":", lw=1)
    _ax.axhline(majority_share, color="0.4", ls="--", lw=1)
    _ax.text(205, 0.5, kit.say(lang, es=" moneda", en=" coin"), va="center", fontsize=8, color="0.3")
    _ax.text(205, majority_share, kit.say(lang, es=" «benigno»", en=" “benign”"), va="center", fontsize=8, color="0.3")
    _ax.set_xscale("log")
    _ax.set_xticks(M_VALUES, [str(m) for m in M_VALUES])
    _ax.minorticks_off()
    _ax.set_xlim(4, 330)
    _ax.set_ylim(0.3, 1.0)
    _ax.set_xlabel(kit.say(lang, es="columnas de ruido elegidas, m", en="noise columns kept, m"))
    _ax.set_ylabel(kit.say(lang, es="exactitud media (5 pliegues)", en="mean accuracy (5 folds)"))
    _ax.legend(fontsize=8, loc="upper left")
    _ax.set_title(
        kit.say(
            lang,
            es="ruido puro: ¿cuánto «aprende» cada protocolo?",
            en="pure noise: how much does each protocol “learn”?",
        ),
        fontsize=10,
    )
    _positions = np.arange(5)
    for _shift, _protocol in ((-0.2, "all"), (0.2, "inside")):
        _bars.bar(_positions + _shift, _scores[_protocol][_row], width=0.38, color=_colors[_protocol])
    _bars.axhline(0.5, color="0.4", ls=":", lw=1)
    _bars.set_ylim(0.3, 1.0)
    _bars.set_xticks(_positions, [str(j + 1) for j in _positions])
    _bars.set_xlabel(kit.say(lang, es="pliegue", en="fold"))
    _leak, _honest = _scores["all"][_row].mean(), _scores["inside"][_row].mean()
    _bars.set_title(
        kit.say(
            lang,
            es=f"m = {m_slider.value}: {_leak:.3f} con fuga, {_honest:.3f} sin ella",
            en=f"m = {m_slider.value}: {_leak:.3f} leaking, {_honest:.3f} without",
        ),
        fontsize=10,
    )
    _fig.subplots_adjust(left=0.08, right=0.97, bottom=0.13, top=0.91, wspace=0.22)  # cheaper than tight_layout
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(leak_scores, np):
    # The numbers the text quotes: ten draws of the noise, the scaler fitted on the training rows
    # (computed through the figure's cache, so moving the seed slider later costs nothing).
    _runs = [leak_scores(seed, False) for seed in range(10)]
    leak_summary = {
        protocol: np.mean([run[protocol].mean(axis=1) for run in _runs], axis=0) for protocol in ("all", "inside")
    }
    return (leak_summary,)


@app.cell(hide_code=True)
def _(M_VALUES, folds_cancer, kit, lang, leak_summary, majority_share, y_cancer):
    _n_all, _n_train = len(y_cancer), len(folds_cancer[0][0])
    _at = {m: (leak_summary["all"][i], leak_summary["inside"][i]) for i, m in enumerate(M_VALUES)}
    _honest_low, _honest_high = min(leak_summary["inside"]), max(leak_summary["inside"])
    kit.text(
        lang,
        es=rf"""
Promediando los 10 sorteos del ruido, seleccionar antes de partir da {_at[20][0]:.3f} con $m = 20$ y
{_at[200][0]:.3f} con $m = 200$: el protocolo «aprende» ruido, y cuanto más elige, más aprende.
Seleccionar dentro de cada pliegue se queda entre {_honest_low:.3f} y {_honest_high:.3f}, lo que
debe dar: con columnas que no informan nada, el centroide más cercano adivina como una moneda. (Tampoco
llega a {majority_share:.3f}, lo que lograría responder siempre «benigno»: ese es el mínimo que un
modelo útil debe superar en estos datos.)

¿Qué pasó? Entre 1000 columnas de ruido, algunas se parecen a la etiqueta **por casualidad**, y
esa casualidad incluye a las filas de prueba. Al elegirlas con todas las filas, la selección ya vio
las respuestas de la prueba. Dentro de cada pliegue, las columnas elegidas se parecen por casualidad
a las etiquetas del entrenamiento, y esa casualidad no se repite en la prueba.

Marca la casilla del escalador: ajustar la media y la desviación con todas las filas también es una
fuga, pero aquí casi no mueve las curvas. La media y la desviación de {_n_all} filas y las de {_n_train} son
casi iguales; la selección, en cambio, busca activamente lo que coincide con la etiqueta.
""",
        en=rf"""
Averaging the 10 draws of the noise, selecting before splitting gives {_at[20][0]:.3f} with
$m = 20$ and {_at[200][0]:.3f} with $m = 200$: the protocol “learns” noise, and the more it picks,
the more it learns. Selecting inside each fold stays between {_honest_low:.3f} and
{_honest_high:.3f}, as it should: with columns that carry no information, the nearest centroid
guesses like a coin. (Nor does it reach {majority_share:.3f}, what always answering “benign” would
score: that is the floor a useful model must beat on these data.)

What happened? Among 1000 noise columns, some resemble the label **by chance**, and that chance
includes the test rows. Picking them with all the rows, the selection has already seen the test
answers. Inside each fold, the chosen columns resemble the training labels by chance, and that
chance does not repeat on the test fold.

Tick the scaler box: fitting the mean and standard deviation on all the rows is also a leak, but
here it barely moves the curves. The mean and deviation of {_n_all} rows and those of {_n_train} are nearly
the same; selection, on the other hand, actively searches for what matches the label.
""",
    )
    return


@app.cell(hide_code=True)
def _(nearest_centroid, np):
    def fold_scores(X, y, folds, scale_on_all=False):
        """Per-fold accuracy of standardise → nearest centroid, the scaler fitted on the training rows
        (or, with scale_on_all, on every row: the leak)."""
        scores = []
        for train, test in folds:
            source = X if scale_on_all else X[train]
            mean, std = source.mean(axis=0), source.std(axis=0)
            prediction = nearest_centroid((X[train] - mean) / std, y[train], (X[test] - mean) / std)
            scores.append(np.mean(prediction == y[test]))
        return np.array(scores)

    return (fold_scores,)


@app.cell
def _(X_cancer, fold_scores, folds_cancer, kit, np, y_cancer):
    # The same pipeline on the 30 real features: the scaler inside each fold, or on every row.
    inside = fold_scores(X_cancer, y_cancer, folds_cancer)
    on_all = fold_scores(X_cancer, y_cancer, folds_cancer, scale_on_all=True)
    kit.printout(
        [
            f"scaler inside the folds: {np.round(inside, 4)}  mean {inside.mean():.4f}",
            f"scaler on every row:     {np.round(on_all, 4)}  mean {on_all.mean():.4f}",
            f"folds that changed: {int(np.sum(inside != on_all))} of {len(inside)}",
        ]
    )
    return inside, on_all


@app.cell(hide_code=True)
def _(inside, kit, lang, np, on_all):
    _changed = int(np.sum(inside != on_all))
    _difference = abs(on_all.mean() - inside.mean())
    if _changed:
        _what_es = f"cambia {_changed} de los 5 pliegues y la media se mueve {_difference:.4f}"
        _what_en = f"changes {_changed} of the 5 folds and the mean moves by {_difference:.4f}"
    else:
        _what_es = "no cambia la exactitud de ningún pliegue"
        _what_en = "does not change the accuracy of any fold"
    kit.text(
        lang,
        es=rf"""
Con los 30 rasgos reales, escalar con todas las filas {_what_es}. Esta fuga es chica, pero no
siempre lo es: con pocos datos, con rasgos muy sesgados o con pasos que aprenden más de los datos
(rellenar valores faltantes, reducir dimensión con PCA, elegir rasgos) crece, como acabas de ver con
la selección. La costumbre sana es no ponerse a decidir qué fuga es tolerable: todo el
preprocesamiento se ajusta dentro del pliegue. En scikit-learn eso lo hace un `Pipeline`, que se
entrena completo en cada vuelta de la validación cruzada.
""",
        en=rf"""
With the 30 real features, scaling with every row {_what_en}. This leak is small, but not always:
with few data, very skewed features, or steps that learn more from the data (imputing missing
values, PCA, feature selection) it grows, as you just saw with selection. The healthy habit is not
to start deciding which leak is tolerable: all preprocessing is fitted inside the fold. In
scikit-learn a `Pipeline` does that, as it is trained whole on every round of cross-validation.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 2. Validación cruzada k-fold

Apartar una sola porción para validar desperdicia datos y depende de qué filas cayeron ahí. La
**validación cruzada** (*cross-validation*) reparte las $n$ muestras en $k$ **pliegues** (*folds*)
y hace $k$ vueltas: en la vuelta $j$ entrena con todos los pliegues menos el $j$ y mide la
exactitud $\mathrm{acc}_j$ en el pliegue $j$. Cada muestra se usa para probar exactamente una vez.
Se reporta la media,

$$
\widehat{\mathrm{acc}}_{\mathrm{CV}} = \frac{1}{k}\sum_{j=1}^{k} \mathrm{acc}_j,
$$

y muchas veces un error estándar $s/\sqrt{k}$, con $s$ la desviación estándar (ddof=1) de las $k$
exactitudes. Esa fórmula es la del error estándar de una media de $k$ mediciones **independientes**
(lección 5.3), y aquí no lo son: dos conjuntos de entrenamiento comparten $(k-2)/(k-1)$ de sus
muestras, así que los $k$ modelos se parecen y sus errores están correlacionados. No existe un
estimador insesgado de la varianza de la validación cruzada k-fold (Bengio y Grandvalet, 2004);
más abajo medimos qué tan mal le va a $s/\sqrt{k}$.

**Cómo se reparten los pliegues.** La regla de `KFold` de scikit-learn, que escribirás en el
ejercicio 1, corta las filas **en orden** en $k$ bloques contiguos; si $n$ no es múltiplo de $k$,
los primeros $n \bmod k$ bloques llevan una muestra más. Esa regla supone que el orden de las filas
no dice nada. Si los datos vienen ordenados por clase, como *wine*, es una trampa: un pliegue de
prueba puede traer una clase que casi no está en el entrenamiento. Por eso se mezclan las filas
antes de cortar (`shuffle=True`) o se **estratifica**: cada clase se corta por separado, y cada
pliegue conserva las proporciones de clases.
""",
        en=r"""
## 2. k-fold cross-validation

Setting aside a single portion for validation wastes data and depends on which rows landed there.
**Cross-validation** splits the $n$ samples into $k$ **folds** and runs $k$ rounds: round $j$
trains on every fold but $j$ and measures the accuracy $\mathrm{acc}_j$ on fold $j$. Each sample is
used for testing exactly once. One reports the mean,

$$
\widehat{\mathrm{acc}}_{\mathrm{CV}} = \frac{1}{k}\sum_{j=1}^{k} \mathrm{acc}_j,
$$

and often a standard error $s/\sqrt{k}$, with $s$ the standard deviation (ddof=1) of the $k$
accuracies. That formula is the standard error of a mean of $k$ **independent** measurements
(lesson 5.3), and these are not: two training sets share $(k-2)/(k-1)$ of their samples, so the $k$
models resemble each other and their errors are correlated. There is no unbiased estimator of the
variance of k-fold cross-validation (Bengio and Grandvalet, 2004); below we measure how badly
$s/\sqrt{k}$ does.

**How the folds are dealt.** scikit-learn's `KFold` rule, which you will write in exercise 1, cuts
the rows **in order** into $k$ contiguous blocks; if $n$ is not a multiple of $k$, the first
$n \bmod k$ blocks take one sample more. That rule assumes the order of the rows means nothing. If
the data come sorted by class, as *wine* does, it is a trap: a test fold may hold a class that is
nearly absent from training. That is why the rows are shuffled before cutting (`shuffle=True`) or
the folds are **stratified**: each class is cut separately, and every fold keeps the class
proportions.
""",
    )
    return


@app.cell
def _(fold_scores, kfold_indices, kit, np):
    from gradiente.datasets import load_wine

    _tests = [test.tolist() for _, test in kfold_indices(10, 3)]
    _printed = [f"test folds of kfold_indices(10, 3): {_tests}"]
    X_wine, y_wine = load_wine(return_X_y=True)
    _n = len(y_wine)
    _printed.append(f"wine labels, first and last rows: {y_wine[:6]} … {y_wine[-6:]}")
    _splits = {
        "contiguous": kfold_indices(_n, 3),
        "shuffled": kfold_indices(_n, 3, shuffle=True, random_state=0),
        "stratified": kfold_indices(_n, 3, y=y_wine),
    }
    wine_cv = {name: fold_scores(X_wine, y_wine, folds) for name, folds in _splits.items()}
    for _name, _scores in wine_cv.items():
        _printed.append(f"{_name:>10}: {np.round(_scores, 3)}, mean {_scores.mean():.3f}")
    kit.printout(_printed)
    return X_wine, wine_cv, y_wine


@app.cell(hide_code=True)
def _(kfold_indices, kit, lang, np, wine_cv, y_wine):
    _contiguous = wine_cv["contiguous"]
    _train, _test = next(iter(kfold_indices(len(y_wine), 3)))
    _in_test = np.bincount(y_wine[_test], minlength=3)
    _in_train = np.bincount(y_wine[_train], minlength=3)
    kit.text(
        lang,
        es=rf"""
Con pliegues contiguos sobre *wine* en el orden del archivo, el centroide más cercano saca
{_contiguous[0]:.3f} en el primer pliegue: ese pliegue trae {_in_test[0]} muestras de la clase 0 y
{_in_test[1]} de la 1, y al entrenamiento le quedan {_in_train[0]} de la clase 0, así que el modelo
ni siquiera puede predecirla. Mezclando o estratificando, el mismo modelo llega a {wine_cv["shuffled"].mean():.3f} y
{wine_cv["stratified"].mean():.3f}. El modelo no cambió; cambió la pregunta que le hicimos.

**¿Cuánto depende el resultado del sorteo de los pliegues?** Abajo, el centroide más cercano
(estandarizando dentro de cada pliegue) sobre *breast cancer* con pliegues mezclados. Mueve $k$ y
el sorteo: a la izquierda, la exactitud de cada pliegue de un sorteo, con su media y la banda
$\pm s/\sqrt{{k}}$; a la derecha, la media de validación cruzada de 50 sorteos distintos.
""",
        en=rf"""
With contiguous folds on *wine* in file order, the nearest centroid scores {_contiguous[0]:.3f} on
the first fold: that fold holds {_in_test[0]} samples of class 0 and {_in_test[1]} of class 1, and
training is left with {_in_train[0]} of class 0, so the model cannot even predict it. Shuffling or stratifying, the same model
reaches {wine_cv["shuffled"].mean():.3f} and {wine_cv["stratified"].mean():.3f}. The model did not
change; the question we asked it did.

**How much does the result depend on the draw of the folds?** Below, the nearest centroid
(standardising inside each fold) on *breast cancer* with shuffled folds. Move $k$ and the draw: on
the left, each fold's accuracy for one draw, with its mean and the band $\pm s/\sqrt{{k}}$; on the
right, the cross-validation mean of 50 different draws.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    k_slider = mo.ui.slider(
        2, 20, step=1, value=5, show_value=True, label=kit.say(lang, es="Pliegues $k$", en="Folds $k$")
    )
    shuffle_seed = mo.ui.slider(
        0,
        49,
        step=1,
        value=0,
        show_value=True,
        label=kit.say(lang, es="Sorteo de los pliegues", en="Draw of the folds"),
    )
    mo.hstack([k_slider, shuffle_seed], justify="start", gap=2)
    return k_slider, shuffle_seed


@app.cell(hide_code=True)
def _(np):
    def centroid_cv(X, y, fold, k):
        """Per-fold accuracy of standardise → nearest centroid (labels 0/1), every fold at once.

        The same numbers as the loop of exercise 4: each fold's training mean, deviation and class
        means are the totals minus that fold's own sums, so the test rows never enter them.
        """
        member = np.eye(k)[fold]  # (n, k): member[i, j] = 1 if sample i is in fold j
        count = len(y) - member.sum(axis=0)
        mean = (X.sum(axis=0) - member.T @ X) / count[:, None]  # (k, d) training means
        square = ((X**2).sum(axis=0) - member.T @ X**2) / count[:, None]
        std = np.sqrt(np.maximum(square - mean**2, 0.0))
        distances = []
        for label in (0, 1):
            of_class = y == label
            class_count = of_class.sum() - member[of_class].sum(axis=0)
            class_mean = (X[of_class].sum(axis=0) - member[of_class].T @ X[of_class]) / class_count[:, None]
            centroid = (class_mean - mean) / std  # the class mean, standardised like the data
            Z = (X - mean[fold]) / std[fold]  # each sample standardised with its fold's training statistics
            distances.append(((Z - centroid[fold]) ** 2).sum(axis=1))
        hits = np.argmin(np.stack(distances, axis=1), axis=1) == y
        return (member * hits[:, None]).sum(axis=0) / member.sum(axis=0)

    def shuffled_folds(n, k, seed):
        """kfold_indices(n, k, shuffle=True, random_state=seed), as an array of fold ids."""
        sizes = np.full(k, n // k)
        sizes[: n % k] += 1
        fold = np.empty(n, dtype=int)
        fold[np.random.default_rng(seed).permutation(n)] = np.repeat(np.arange(k), sizes)
        return fold

    return centroid_cv, shuffled_folds


@app.cell(hide_code=True)
def _(X_cancer, centroid_cv, shuffled_folds, y_cancer):
    # The 50 draws of one k, computed once per k (a redraw only looks them up).
    _reshuffle_cache = {}

    def reshuffled_scores(k):
        if k not in _reshuffle_cache:
            _reshuffle_cache[k] = [
                centroid_cv(X_cancer, y_cancer, shuffled_folds(len(y_cancer), k, seed), k) for seed in range(50)
            ]
        return _reshuffle_cache[k]

    return (reshuffled_scores,)


@app.cell(hide_code=True)
def _(k_slider, kit, lang, np, plt, reshuffled_scores, shuffle_seed):
    _k = k_slider.value
    _all = reshuffled_scores(_k)
    _scores = _all[shuffle_seed.value]
    _mean, _se = _scores.mean(), _scores.std(ddof=1) / np.sqrt(_k)
    _means = np.array([scores.mean() for scores in _all])
    _fig, (_ax, _spread) = plt.subplots(1, 2, figsize=(10, 3.9), gridspec_kw={"width_ratios": [1.5, 1]})
    _ax.bar(np.arange(1, _k + 1), _scores, color="tab:blue", width=0.7)
    _ax.axhspan(_mean - _se, _mean + _se, color="tab:orange", alpha=0.25, lw=0)
    _ax.axhline(_mean, color="tab:orange", lw=2)
    _ax.set_ylim(0.75, 1.0)
    _ax.set_xlim(0.3, _k + 0.7)
    _ax.set_xticks(np.arange(1, _k + 1) if _k <= 10 else np.arange(1, _k + 1, 2))
    _ax.set_xlabel(kit.say(lang, es="pliegue", en="fold"))
    _ax.set_ylabel(kit.say(lang, es="exactitud en el pliegue", en="accuracy on the fold"))
    _ax.set_title(
        kit.say(
            lang,
            es=f"k = {_k}, sorteo {shuffle_seed.value}: media {_mean:.4f} ± {_se:.4f} (s/√k)",
            en=f"k = {_k}, draw {shuffle_seed.value}: mean {_mean:.4f} ± {_se:.4f} (s/√k)",
        ),
        fontsize=10,
    )
    _jitter = np.random.default_rng(1).uniform(-0.3, 0.3, size=len(_means))
    _spread.scatter(_means, _jitter, s=14, color="0.55")
    _spread.scatter([_mean], [_jitter[shuffle_seed.value]], s=70, color="tab:orange", zorder=3)
    _spread.errorbar([_mean], [-0.55], xerr=[_se], color="tab:orange", capsize=4, lw=2)
    _spread.text(
        _mean,
        -0.72,
        kit.say(lang, es="± s/√k de este sorteo", en="± s/√k of this draw"),
        ha="center",
        fontsize=8,
        color="tab:orange",
    )
    _spread.set_ylim(-0.8, 0.5)
    _spread.set_yticks([])
    _spread.set_xlim(0.90, 0.96)
    _spread.set_xlabel(kit.say(lang, es="media de validación cruzada", en="cross-validation mean"))
    _spread.set_title(
        kit.say(
            lang,
            es=f"50 sorteos: desviación de las medias {np.std(_means, ddof=1):.4f}",
            en=f"50 draws: spread of the means {np.std(_means, ddof=1):.4f}",
        ),
        fontsize=10,
    )
    _fig.subplots_adjust(left=0.08, right=0.97, bottom=0.13, top=0.91, wspace=0.18)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(X_cancer, kit, lang, np, reshuffled_scores):
    def _summary(k):
        runs = reshuffled_scores(k)
        means = np.array([scores.mean() for scores in runs])
        folds_sd = np.mean([scores.std(ddof=1) for scores in runs])
        return np.std(means, ddof=1), folds_sd, np.mean([scores.std(ddof=1) / np.sqrt(k) for scores in runs])

    _spread5, _folds5, _se5 = _summary(5)
    _spread20, _folds20, _se20 = _summary(20)
    _small, _large = len(X_cancer) // 20, len(X_cancer) // 20 + 1
    kit.text(
        lang,
        es=rf"""
Con $k = 5$, los pliegues de un mismo sorteo varían con una desviación estándar de {_folds5:.3f}, y
la media cambia de un sorteo a otro solo {_spread5:.4f}; con $k = 20$, {_folds20:.3f} y
{_spread20:.4f}. Los pliegues chicos son ruidosos (con $k = 20$ cada uno tiene {_small} o {_large} muestras),
pero sus ruidos se compensan en la media. Que la media casi no cambie entre sorteos **no** quiere
decir que sea precisa: los 50 sorteos usan las mismas {len(X_cancer)} muestras, y otras {len(X_cancer)} pacientes darían
otra media. Para medir eso hay que simular muchos conjuntos de datos, que es lo que hacemos ahora.
""",
        en=rf"""
With $k = 5$, the folds of one draw vary with a standard deviation of {_folds5:.3f}, and the mean
changes from draw to draw by only {_spread5:.4f}; with $k = 20$, {_folds20:.3f} and {_spread20:.4f}.
Small folds are noisy (with $k = 20$ each holds {_small} or {_large} samples), but their noise cancels out in
the mean. That the mean barely changes between draws does **not** make it precise: the 50 draws use
the same {len(X_cancer)} samples, and another {len(X_cancer)} patients would give another mean. Measuring that takes
simulating many data sets, which is what we do now.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, y_cancer):
    kit.text(
        lang,
        es=rf"""
**¿Es de fiar $\pm s/\sqrt{{k}}$?** Si las {len(y_cancer)} muestras fueran toda la población, podríamos sacar de
ella muchos conjuntos de datos **independientes** de 50 muestras, hacer en cada uno una validación
cruzada con $k = 5$ y ver cuánto varía de verdad la media de validación cruzada de un conjunto a
otro. Eso es lo que $s/\sqrt{{k}}$ pretende estimar desde un solo conjunto. Lo hicimos (en una celda
oculta, para no adelantarte el ejercicio 4) con 200 conjuntos y dos modelos: el centroide más cercano, que cambia poco si cambian los datos, y el **vecino más
cercano** (1-NN: predice la etiqueta del punto de entrenamiento más cercano), que cambia mucho.
""",
        en=rf"""
**Can $\pm s/\sqrt{{k}}$ be trusted?** If the {len(y_cancer)} samples were the whole population, we could draw
from it many **independent** data sets of 50 samples, cross-validate each with $k = 5$ and see how
much the cross-validation mean really varies from one data set to another. That is what $s/\sqrt{{k}}$
claims to estimate from a single data set. We did it (in a hidden cell, so as not to give exercise 4
away) with 200 data sets and two models: the nearest centroid,
which changes little when the data change, and the **nearest neighbour** (1-NN: it predicts the
label of the closest training point), which changes a lot.
""",
    )
    return


@app.cell(hide_code=True)
def _(X_cancer, nearest_centroid, np, y_cancer):

    def nearest_neighbour(X_train, y_train, X_test):
        """Predict, for each row of X_test, the label of the closest row of X_train (1-NN)."""
        distances = (X_test**2).sum(axis=1)[:, None] - 2 * X_test @ X_train.T + (X_train**2).sum(axis=1)
        return y_train[np.argmin(distances, axis=1)]

    def cv_mean_and_se(model, X, y, k):
        fold = np.repeat(np.arange(k), len(y) // k)  # contiguous folds (the rows come in random order)
        scores = []
        for j in range(k):
            train, test = fold != j, fold == j
            mean, std = X[train].mean(axis=0), X[train].std(axis=0)
            prediction = model((X[train] - mean) / std, y[train], (X[test] - mean) / std)
            scores.append(np.mean(prediction == y[test]))
        return np.mean(scores), np.std(scores, ddof=1) / np.sqrt(k)

    _rng = np.random.default_rng(0)
    _draws = [_rng.choice(len(y_cancer), size=50, replace=False) for _ in range(200)]  # 200 data sets of 50
    se_honesty = {}
    for _name, _model in (("nearest centroid", nearest_centroid), ("nearest neighbour", nearest_neighbour)):
        _runs = np.array([cv_mean_and_se(_model, X_cancer[rows], y_cancer[rows], 5) for rows in _draws])
        se_honesty[_name] = (float(np.std(_runs[:, 0], ddof=1)), float(np.mean(_runs[:, 1])))
    return nearest_neighbour, se_honesty


@app.cell(hide_code=True)
def _(kit, lang, se_honesty):
    _centroid_real, _centroid_se = se_honesty["nearest centroid"]
    _neighbour_real, _neighbour_se = se_honesty["nearest neighbour"]
    _centroid_ratio, _neighbour_ratio = _centroid_se / _centroid_real, _neighbour_se / _neighbour_real
    kit.text(
        lang,
        es=rf"""
| modelo | variación real de la media | promedio de $s/\sqrt{{k}}$ | razón |
|---|---|---|---|
| centroide más cercano | {_centroid_real:.4f} | {_centroid_se:.4f} | {_centroid_ratio:.2f} |
| vecino más cercano (1-NN) | {_neighbour_real:.4f} | {_neighbour_se:.4f} | {_neighbour_ratio:.2f} |

Una razón de 1 querría decir que la barra de error acierta en promedio. Con el centroide más
cercano, que casi no cambia si cambian los datos, sale {_centroid_ratio:.2f}; con el 1-NN,
{_neighbour_ratio:.2f}: ahí la barra es **optimista**, y un intervalo construido con ella cubriría el
valor verdadero menos veces de lo que promete. Qué tan lejos de 1 queda la razón depende del modelo y
de los datos, y desde un solo conjunto no hay forma de saberlo. Así que reporta la media de la
validación cruzada con su dispersión entre pliegues como una idea de la escala, no como un intervalo
de confianza; y, cuando necesites uno, mídelo en un conjunto de prueba que no tocaste, con el
bootstrap de la sección 3.
""",
        en=rf"""
| model | real spread of the mean | average $s/\sqrt{{k}}$ | ratio |
|---|---|---|---|
| nearest centroid | {_centroid_real:.4f} | {_centroid_se:.4f} | {_centroid_ratio:.2f} |
| nearest neighbour (1-NN) | {_neighbour_real:.4f} | {_neighbour_se:.4f} | {_neighbour_ratio:.2f} |

A ratio of 1 would mean the error bar is right on average. With the nearest centroid, which barely
changes when the data change, it comes out {_centroid_ratio:.2f}; with 1-NN, {_neighbour_ratio:.2f}:
there the bar is **optimistic**, and an interval built with it would cover the true value less often
than it promises. How far from 1 the ratio lands depends on the model and the data, and from a
single data set there is no way to know. So report the cross-validation mean with its spread across
folds as a sense of scale, not as a confidence interval; and when you need one, measure it on a test
set you have not touched, with the bootstrap of section 3.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
### Elegir hiperparámetros con validación cruzada

La validación cruzada también sirve para **elegir**: qué $C$ y qué $\gamma$ darle a la SVM de la
lección 4.6. La búsqueda en rejilla prueba cada combinación con los mismos pliegues y se queda con
la de mejor media. La escribimos a mano sobre el 75 % de *breast cancer* (el 25 % restante queda
guardado para el final), con el estandarizado ajustado **dentro** de cada pliegue de
entrenamiento, como aprendiste en la sección 1.
""",
        en=r"""
### Choosing hyperparameters by cross-validation

Cross-validation also serves to **choose**: which $C$ and which $\gamma$ to give lesson 4.6's SVM. A
grid search tries every combination on the same folds and keeps the one with the best mean. We write
it by hand on 75 % of *breast cancer* (the other 25 % is kept for the end), with the scaling fitted
**inside** each training fold, as you learned in section 1.
""",
    )
    return


@app.cell
def _(X_cancer, kfold_indices, kit, np, y_cancer):
    from gradiente.model_selection import train_test_split as _split
    from gradiente.models import SVC
    from gradiente.preprocessing import StandardScaler as _Scaler

    X_tune, X_kept, y_tune, y_kept = _split(X_cancer, y_cancer, test_size=0.25, random_state=0, stratify=y_cancer)
    tune_folds = list(kfold_indices(len(y_tune), 5, y=y_tune, shuffle=True, random_state=0))
    grid_C, grid_gamma = [0.1, 1.0, 10.0, 100.0], [0.001, 0.01, 0.1]
    grid_table = np.zeros((len(grid_C), len(grid_gamma)))  # mean CV accuracy of each (C, gamma)
    for _i, _C in enumerate(grid_C):
        for _j, _gamma in enumerate(grid_gamma):
            _scores = []
            for _train, _test in tune_folds:
                _scaler = _Scaler().fit(X_tune[_train])  # this fold's training rows only
                _model = SVC(C=_C, gamma=_gamma).fit(_scaler.transform(X_tune[_train]), y_tune[_train])
                _scores.append(_model.score(_scaler.transform(X_tune[_test]), y_tune[_test]))
            grid_table[_i, _j] = np.mean(_scores)
    _i, _j = np.unravel_index(np.argmax(grid_table), grid_table.shape)
    grid_best = {"C": grid_C[_i], "gamma": grid_gamma[_j], "cv": float(grid_table[_i, _j])}
    _scaler = _Scaler().fit(X_tune)  # the winner, refitted on all the tuning rows
    _winner = SVC(C=grid_best["C"], gamma=grid_best["gamma"]).fit(_scaler.transform(X_tune), y_tune)
    grid_best["kept"] = float(_winner.score(_scaler.transform(X_kept), y_kept))
    _printed = ["mean CV accuracy   " + "  ".join(f"gamma={g:<5}" for g in grid_gamma)]
    for _C, _row in zip(grid_C, grid_table):
        _printed.append(f"C = {_C:>6}       " + "  ".join(f"{_v:<11.4f}" for _v in _row))
    _printed.append(f"best: C={grid_best['C']}, gamma={grid_best['gamma']}, CV {grid_best['cv']:.4f}")
    _printed.append(f"refitted, on the {len(y_kept)} kept samples: {grid_best['kept']:.4f}")
    kit.printout(_printed)
    return SVC, X_tune, grid_C, grid_best, grid_gamma, grid_table, tune_folds, y_tune


@app.cell(hide_code=True)
def _(grid_C, grid_best, grid_gamma, kit, lang):
    _edge = grid_best["C"] in (grid_C[0], grid_C[-1]) or grid_best["gamma"] in (grid_gamma[0], grid_gamma[-1])
    _edge_es = (
        " Fíjate en que la ganadora quedó en un **borde** de la rejilla: el óptimo podría estar más allá, "
        "y lo que toca es extender la rejilla en esa dirección antes de darla por buena."
        if _edge
        else ""
    )
    _edge_en = (
        " Notice that the winner sits on an **edge** of the grid: the optimum may lie beyond it, and the "
        "next step is to extend the grid that way before trusting it."
        if _edge
        else ""
    )
    kit.text(
        lang,
        es=rf"""
Gana $C = {grid_best["C"]}$, $\gamma = {grid_best["gamma"]}$, con {grid_best["cv"]:.4f} de exactitud media.{_edge_es}
Y una advertencia: esa media es la **mayor** de {len(grid_C) * len(grid_gamma)} estimaciones ruidosas,
así que en promedio exagera (elegimos la que tuvo suerte con estos pliegues). Por eso el número que
reportas es el del conjunto guardado, que no participó en la elección: {grid_best["kept"]:.4f}.

Esta búsqueda es exactamente lo que hace `GridSearchCV` de scikit-learn, y tus modelos de
Gradiente entran en ella tal cual: siguen las convenciones de scikit-learn (`fit`, `predict`,
`get_params`, sus etiquetas de estimador), así que funcionan dentro de `Pipeline`,
`cross_val_score` y `GridSearchCV`. La celda siguiente repite la búsqueda así, con los mismos
pliegues. scikit-learn no hace falta para el curso; si no lo tienes, la celda te dice cómo
instalarlo.
""",
        en=rf"""
The winner is $C = {grid_best["C"]}$, $\gamma = {grid_best["gamma"]}$, with a mean accuracy of {grid_best["cv"]:.4f}.{_edge_en}
And a warning: that mean is the **largest** of {len(grid_C) * len(grid_gamma)} noisy estimates, so on
average it overstates (we picked the one that was lucky with these folds). That is why the number
you report is the kept set's, which took no part in the choice: {grid_best["kept"]:.4f}.

This search is exactly what scikit-learn's `GridSearchCV` does, and your Gradiente models go into it
as they are: they follow scikit-learn's conventions (`fit`, `predict`, `get_params`, its estimator
tags), so they work inside `Pipeline`, `cross_val_score` and `GridSearchCV`. The next cell repeats
the search that way, on the same folds. scikit-learn is not needed for the course; if you do not
have it, the cell tells you how to install it.
""",
    )
    return


@app.cell
def _(SVC, X_tune, grid_C, grid_gamma, grid_table, kit, lang, np, tune_folds, y_tune):
    try:
        from sklearn.model_selection import GridSearchCV
        from sklearn.pipeline import make_pipeline
    except ImportError:
        _shown = kit.text(
            lang,
            es="scikit-learn no está instalado aquí. Con `python -m pip install scikit-learn` esta celda "
            "corre la misma búsqueda con `GridSearchCV` y tu `SVC` de Gradiente.",
            en="scikit-learn is not installed here. With `python -m pip install scikit-learn` this cell "
            "runs the same search with `GridSearchCV` and your Gradiente `SVC`.",
        )
    else:
        from gradiente.preprocessing import StandardScaler as _Scaler

        _search = GridSearchCV(
            make_pipeline(_Scaler(), SVC()),  # the scaler is refitted inside every fold
            {"svc__C": grid_C, "svc__gamma": grid_gamma},
            cv=tune_folds,
        ).fit(X_tune, y_tune)
        _table = _search.cv_results_["mean_test_score"].reshape(grid_table.shape)  # C varies slowest
        _shown = kit.printout(
            [
                f"GridSearchCV best_params_: {_search.best_params_}",
                f"best_score_: {_search.best_score_:.4f}",
                f"largest difference from the table by hand: {np.abs(_table - grid_table).max():.1e}",
            ]
        )
    _shown
    return


@app.cell(hide_code=True)
def _(kit, lang, y_test):
    kit.text(
        lang,
        es=rf"""
## 3. El bootstrap: un intervalo para la exactitud de prueba

Ya tienes un modelo elegido y un conjunto de prueba de $n$ muestras que no tocaste. Su exactitud
es un número; con otras $n$ muestras de la misma población sería otro. ¿Cuánto otro? Para una
proporción podrías usar la fórmula de la lección 5.3, pero el **bootstrap** sirve igual para
cualquier métrica (el AUC, el F1, una diferencia entre dos modelos). La idea: usar el conjunto de
prueba como si fuera la población y sacar de él $B$ **remuestras** de tamaño $n$, **con
reemplazo** (algunas muestras salen repetidas, otras no salen). En cada remuestra $b$ se calcula la
métrica, $\hat\theta^{{*b}}$; la dispersión de esos $B$ valores imita la de la métrica entre
conjuntos de prueba distintos. El **intervalo percentil** de confianza $1 - \alpha$ es

$$
\bigl[\,q_{{\alpha/2}},\ q_{{1-\alpha/2}}\,\bigr],
$$

donde $q_p$ es el cuantil $p$ de los $B$ valores $\hat\theta^{{*1}}, \dots, \hat\theta^{{*B}}$.

Cada etiqueta viaja con su predicción: se remuestrean **pares** $(y_i, \hat y_i)$, o, lo que es lo
mismo, el vector de aciertos. Lo probamos con dos modelos entrenados en el 75 % de *breast cancer*
y medidos en el 25 % restante ({len(y_test)} muestras): la regresión logística de la lección 4.2 y el naive
Bayes gaussiano de la 5.5. `gradiente.stats.bootstrap` remuestrea como pide el ejercicio 2, así que
con la misma semilla da el mismo intervalo que tu función.
""",
        en=rf"""
## 3. The bootstrap: an interval for the test accuracy

You have picked a model and hold a test set of $n$ samples you did not touch. Its accuracy is one
number; with another $n$ samples from the same population it would be another. How different? For
a proportion you could use lesson 5.3's formula, but the **bootstrap** works the same for any
metric (the AUC, the F1, a difference between two models). The idea: use the test set as if it
were the population and draw from it $B$ **resamples** of size $n$, **with replacement** (some
samples come out twice, others not at all). On each resample $b$ the metric is computed,
$\hat\theta^{{*b}}$; the spread of those $B$ values imitates that of the metric across different test
sets. The **percentile interval** of confidence $1 - \alpha$ is

$$
\bigl[\,q_{{\alpha/2}},\ q_{{1-\alpha/2}}\,\bigr],
$$

where $q_p$ is the $p$ quantile of the $B$ values $\hat\theta^{{*1}}, \dots, \hat\theta^{{*B}}$.

Each label travels with its prediction: one resamples **pairs** $(y_i, \hat y_i)$, or, which is the
same, the vector of hits. We try it with two models trained on 75 % of *breast cancer* and measured
on the remaining 25 % ({len(y_test)} samples): lesson 4.2's logistic regression and lesson 5.5's Gaussian
naive Bayes. `gradiente.stats.bootstrap` resamples as exercise 2 asks, so with the same seed it
gives the same interval as your function.
""",
    )
    return


@app.cell
def _(X_cancer, kit, np, y_cancer):
    from gradiente.model_selection import train_test_split
    from gradiente.models import GaussianNB, LogisticRegression
    from gradiente.preprocessing import StandardScaler
    from gradiente.stats import bootstrap

    X_train, X_test, y_train, y_test = train_test_split(
        X_cancer, y_cancer, test_size=0.25, random_state=0, stratify=y_cancer
    )
    scaler = StandardScaler().fit(X_train)  # training statistics only
    logistic = LogisticRegression(penalty="l2", C=1.0).fit(scaler.transform(X_train), y_train)
    naive_bayes = GaussianNB().fit(X_train, y_train)
    pred_a = logistic.predict(scaler.transform(X_test))  # model A
    pred_b = naive_bayes.predict(X_test)  # model B
    score_a = logistic.predict_proba(scaler.transform(X_test))[:, 1]  # P(benign): for the AUC
    score_b = naive_bayes.predict_proba(X_test)[:, 1]
    accuracy_intervals = {}
    _printed = [f"test samples: {len(y_test)}"]
    for _name, _pred in (("logistic regression", pred_a), ("Gaussian naive Bayes", pred_b)):
        _hits = (_pred == y_test).astype(float)  # bootstrap the hits: pairs stay together
        _result = bootstrap(_hits, np.mean, n_resamples=2000, confidence=0.95, rng=0)
        _low, _high = _result.confidence_interval.low, _result.confidence_interval.high
        accuracy_intervals[_name] = (_hits.mean(), _low, _high)
        _printed.append(f"{_name:>20}: accuracy {_hits.mean():.4f}, CI [{_low:.4f}, {_high:.4f}]")
    kit.printout(_printed)
    return accuracy_intervals, pred_a, pred_b, score_a, score_b, y_test


@app.cell(hide_code=True)
def _(accuracy_intervals, kit, lang):
    _lr, _nb = accuracy_intervals["logistic regression"], accuracy_intervals["Gaussian naive Bayes"]
    _overlap = _lr[1] <= _nb[2] and _nb[1] <= _lr[2]
    if _overlap:
        _intervals_es = "Los dos intervalos se superponen un poco. ¿Quiere decir eso que los modelos no se distinguen?"
        _intervals_en = "The two intervals overlap a little. Does that mean the models cannot be told apart?"
    else:
        _intervals_es = "Los intervalos no se superponen. ¿Basta eso para decir que un modelo es mejor?"
        _intervals_en = "The intervals do not overlap. Is that enough to call one model better?"
    kit.text(
        lang,
        es=rf"""
La regresión logística tiene exactitud {_lr[0]:.3f} y su intervalo va de {_lr[1]:.3f} a {_lr[2]:.3f}: no
es simétrico alrededor de la exactitud, porque arriba choca con el 1. El naive Bayes tiene
{_nb[0]:.3f}, con intervalo [{_nb[1]:.3f}, {_nb[2]:.3f}]. {_intervals_es} La sección 4 explica
por qué comparar los dos intervalos es la prueba equivocada.

**El bootstrap del AUC, y de una diferencia.** El AUC (lección 2.3) no es un promedio de aciertos,
pero el bootstrap no lo necesita: se recalcula en cada remuestra. Mueve $B$ y mira cómo la
distribución de la izquierda se vuelve más suave y su intervalo (las líneas) se estabiliza. A la
derecha, en **las mismas remuestras**, la diferencia AUC de la logística − AUC del naive Bayes: un
**bootstrap pareado**. Si su intervalo no contiene al 0, la diferencia no se explica por el azar
del conjunto de prueba.
""",
        en=rf"""
Logistic regression has accuracy {_lr[0]:.3f} and its interval runs from {_lr[1]:.3f} to {_lr[2]:.3f}: it
is not symmetric about the accuracy, because it bumps into 1 at the top. Naive Bayes has
{_nb[0]:.3f}, with interval [{_nb[1]:.3f}, {_nb[2]:.3f}]. {_intervals_en} Section 4 explains why
comparing the two intervals is the wrong test.

**Bootstrapping the AUC, and a difference.** The AUC (lesson 2.3) is not an average of hits, but
the bootstrap does not need one: it is recomputed on each resample. Move $B$ and watch the left
distribution smooth out and its interval (the lines) settle. On the right, on **the same
resamples**, the difference AUC of logistic − AUC of naive Bayes: a **paired bootstrap**. If its
interval does not contain 0, the difference is not explained by the luck of the test set.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    boot_slider = mo.ui.slider(
        100, 5000, step=100, value=1000, show_value=True, label=kit.say(lang, es="Remuestras $B$", en="Resamples $B$")
    )
    boot_slider
    return (boot_slider,)


@app.cell(hide_code=True)
def _(np, score_a, score_b, y_test):
    from gradiente.metrics import roc_auc

    # 5000 resamples of the test samples, drawn once; the figure uses the first B.
    # AUC of a resample = Σ wᵢ wⱼ K_ij / (Σ wᵢ Σ wⱼ) over positives i and negatives j, with wᵢ how
    # many times sample i was drawn and K_ij = 1 if s_i > s_j, ½ if equal (the Mann-Whitney AUC).
    _n = len(y_test)
    _index = np.random.default_rng(0).integers(0, _n, size=(5000, _n))
    _weights = np.zeros((5000, _n))
    np.add.at(_weights, (np.arange(5000)[:, None], _index), 1.0)
    _positive = y_test == 1

    def _aucs(scores):
        above = scores[_positive][:, None] - scores[~_positive][None, :]
        kernel = (above > 0) + 0.5 * (above == 0)
        w_pos, w_neg = _weights[:, _positive], _weights[:, ~_positive]
        return ((w_pos @ kernel) * w_neg).sum(axis=1) / (w_pos.sum(axis=1) * w_neg.sum(axis=1))

    boot_auc_a, boot_auc_b = _aucs(score_a), _aucs(score_b)
    auc_a, auc_b = roc_auc(y_test, score_a), roc_auc(y_test, score_b)  # on the test set itself
    return auc_a, auc_b, boot_auc_a, boot_auc_b


@app.cell(hide_code=True)
def _(auc_a, auc_b, boot_auc_a, boot_auc_b, boot_slider, kit, lang, np, plt):
    _B = boot_slider.value
    _a, _d = boot_auc_a[:_B], boot_auc_a[:_B] - boot_auc_b[:_B]
    _auc_a, _auc_b = auc_a, auc_b
    _fig, (_left, _right) = plt.subplots(1, 2, figsize=(10, 3.8))
    for _ax, _values, _observed, _color, _bins in (
        (_left, _a, _auc_a, "tab:blue", np.linspace(0.975, 1.0, 41)),
        (_right, _d, _auc_a - _auc_b, "tab:purple", np.linspace(-0.02, 0.06, 41)),
    ):
        _ax.hist(_values, bins=_bins, color=_color, alpha=0.75, histtype="stepfilled")
        _low, _high = np.quantile(_values, [0.025, 0.975])
        _ax.axvline(_low, color="k", lw=1.5, label=kit.say(lang, es="IC 95 % percentil", en="95 % percentile CI"))
        _ax.axvline(_high, color="k", lw=1.5)
        _ax.axvline(
            _observed, color="tab:orange", lw=2, ls="--", label=kit.say(lang, es="en la prueba", en="on the test set")
        )
        _ax.set_yticks([])
    _right.axvline(0, color="0.4", lw=1, ls=":")
    _left.legend(loc="upper left", fontsize=8)
    _left.set_xlabel(kit.say(lang, es="AUC de la regresión logística", en="AUC of logistic regression"))
    _right.set_xlabel(kit.say(lang, es="AUC logística − AUC naive Bayes", en="AUC logistic − AUC naive Bayes"))
    _low_a, _high_a = np.quantile(_a, [0.025, 0.975])
    _low_d, _high_d = np.quantile(_d, [0.025, 0.975])
    _left.set_title(
        kit.say(
            lang,
            es=f"B = {_B}: AUC {_auc_a:.4f}, IC 95 % [{_low_a:.4f}, {_high_a:.4f}]",
            en=f"B = {_B}: AUC {_auc_a:.4f}, 95 % CI [{_low_a:.4f}, {_high_a:.4f}]",
        ),
        fontsize=10,
    )
    _right.set_title(
        kit.say(
            lang,
            es=f"pareado: diferencia {_auc_a - _auc_b:.4f}, IC 95 % [{_low_d:.4f}, {_high_d:.4f}]",
            en=f"paired: difference {_auc_a - _auc_b:.4f}, 95 % CI [{_low_d:.4f}, {_high_d:.4f}]",
        ),
        fontsize=10,
    )
    _fig.subplots_adjust(left=0.03, right=0.98, bottom=0.13, top=0.91, wspace=0.08)
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(boot_auc_a, boot_auc_b, kit, lang, np):
    _difference = boot_auc_a - boot_auc_b
    _below = np.mean(_difference <= 0)
    kit.text(
        lang,
        es=rf"""
Con las 5000 remuestras, la diferencia queda a favor de la logística en todas salvo una fracción
{_below:.4f}, y su intervalo no llega al 0. Fíjate en por qué el pareado ayuda: en una remuestra
con muchos casos difíciles, **los dos** AUC bajan; en una fácil, suben los dos. En la diferencia,
esa suerte compartida se cancela y queda solo lo que distingue a los modelos.
""",
        en=rf"""
With the 5000 resamples, the difference favours logistic regression in all but a fraction
{_below:.4f} of them, and its interval does not reach 0. Notice why pairing helps: on a resample
with many hard cases, **both** AUCs drop; on an easy one, both rise. In the difference that shared
luck cancels out, and only what sets the models apart remains.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, y_test):
    kit.text(
        lang,
        es=rf"""
## 4. Comparar dos modelos en el mismo conjunto de prueba: McNemar

Los dos modelos dieron su respuesta para **las mismas** {len(y_test)} muestras de prueba. Cada muestra
cae en una de cuatro casillas:

| | B acierta | B falla |
|---|---|---|
| **A acierta** | los dos aciertan | $b$ |
| **A falla** | $c$ | los dos fallan |

Las casillas de la diagonal no dicen nada sobre cuál es mejor: ahí los modelos coinciden. Toda la
información está en las **discordantes**, $b$ (solo A acierta) y $c$ (solo B acierta). Si los dos
modelos fueran igual de buenos ($H_0$), cada muestra discordante sería de A o de B como una moneda
al aire: $b \sim \mathrm{{Binomial}}(b + c,\ 1/2)$. La **prueba de McNemar** mide cuánto se aleja $b$
de la mitad:

$$
\chi^2 = \frac{{(|b - c| - 1)^2}}{{b + c}},
$$

que bajo $H_0$ sigue aproximadamente una $\chi^2$ con un grado de libertad, $\chi^2_1$. El $-1$ es
la **corrección de continuidad** (los conteos son enteros y la $\chi^2$ es
continua). Con pocas discordantes se usa la versión **exacta**: el valor p es
$\min\bigl(1,\ 2\,P(X \le \min(b, c))\bigr)$ con $X \sim \mathrm{{Binomial}}(b + c, 1/2)$.
""",
        en=rf"""
## 4. Comparing two models on the same test set: McNemar

Both models gave their answers for **the same** {len(y_test)} test samples. Each sample falls in one
of four cells:

| | B right | B wrong |
|---|---|---|
| **A right** | both right | $b$ |
| **A wrong** | $c$ | both wrong |

The diagonal cells say nothing about which is better: there the models agree. All the information
is in the **discordant** ones, $b$ (only A right) and $c$ (only B right). If the two models were
equally good ($H_0$), each discordant sample would go to A or to B like a coin toss:
$b \sim \mathrm{{Binomial}}(b + c,\ 1/2)$. **McNemar's test** measures how far $b$ is from half:

$$
\chi^2 = \frac{{(|b - c| - 1)^2}}{{b + c}},
$$

which under $H_0$ follows approximately a $\chi^2$ with one degree of freedom, $\chi^2_1$. The
$-1$ is the **continuity correction** (the counts are integers and the $\chi^2$ is
continuous). With few discordant samples one uses the **exact** version: the p-value is
$\min\bigl(1,\ 2\,P(X \le \min(b, c))\bigr)$ with $X \sim \mathrm{{Binomial}}(b + c, 1/2)$.
""",
    )
    return


@app.cell(hide_code=True)
def _(np, pred_a, pred_b, y_test):
    import math

    from gradiente.stats import proportions_ztest

    right_a, right_b = pred_a == y_test, pred_b == y_test
    table = {
        "both right": int(np.sum(right_a & right_b)),
        "b (only A right)": int(np.sum(right_a & ~right_b)),
        "c (only B right)": int(np.sum(~right_a & right_b)),
        "both wrong": int(np.sum(~right_a & ~right_b)),
    }
    _b, _c = table["b (only A right)"], table["c (only B right)"]
    chi2 = (abs(_b - _c) - 1) ** 2 / (_b + _c)
    p_chi2 = math.erfc(math.sqrt(chi2 / 2))  # P(χ²₁ > chi2)
    _tail = sum(math.comb(_b + _c, i) for i in range(min(_b, _c) + 1)) / 2 ** (_b + _c)
    p_exact = min(1.0, 2 * _tail)
    # The wrong tool here: a test for two independent groups (lesson 5.6) on the two accuracies.
    unpaired = proportions_ztest([int(right_a.sum()), int(right_b.sum())], [len(y_test), len(y_test)])
    # A third paired test: flip the sign of each per-sample difference at random (H0: A and B swap freely).
    _difference = right_a.astype(float) - right_b.astype(float)
    _signs = np.random.default_rng(0).choice([-1.0, 1.0], size=(20000, len(_difference)))
    p_sign_flip = float(np.mean(np.abs((_signs * _difference).mean(axis=1)) >= abs(_difference.mean())))
    return chi2, p_chi2, p_exact, p_sign_flip, right_a, right_b, table, unpaired


@app.cell(hide_code=True)
def _(chi2, kit, lang, np, p_chi2, p_exact, p_sign_flip, right_a, right_b, table, unpaired, y_test):
    _b, _c = table["b (only A right)"], table["c (only B right)"]
    _n = len(y_test)
    _pa, _pb = right_a.mean(), right_b.mean()
    _se_unpaired = np.sqrt(_pa * (1 - _pa) / _n + _pb * (1 - _pb) / _n)
    _se_paired = np.sqrt((_b + _c) / _n**2 - (_b - _c) ** 2 / _n**3)
    kit.text(
        lang,
        es=rf"""
| | naive Bayes acierta | naive Bayes falla |
|---|---|---|
| **logística acierta** | {table["both right"]} | $b = {_b}$ |
| **logística falla** | $c = {_c}$ | {table["both wrong"]} |

De las {_n} muestras, en {table["both right"]} aciertan los dos y en {table["both wrong"]} fallan los
dos. Quedan $b = {_b}$ y $c = {_c}$: cada vez que los modelos discrepan, acierta la logística.
McNemar da $\chi^2 = {chi2:.3f}$ y $p = {p_chi2:.4f}$ (exacta: {p_exact:.4f}). Otra prueba pareada,
cambiar al azar el signo de cada diferencia por muestra (acierto de A − acierto de B), da
{p_sign_flip:.4f}: con diferencias que valen −1, 0 o 1 es la misma prueba exacta de McNemar, salvo
el azar de los 20000 sorteos.

La prueba de dos proporciones de la lección 5.6 da $p = {unpaired.pvalue:.4f}$: aquí también
rechaza al 5 %, pero con la pregunta equivocada. Supone que las dos exactitudes salen de grupos
**independientes** de pacientes, y estima el error estándar de la diferencia como
$\sqrt{{p_A q_A/n + p_B q_B/n}} = {_se_unpaired:.4f}$. Con las mismas muestras, las
{table["both right"]} en las que aciertan los dos no aportan variación a la diferencia, y
el error estándar pareado es $\sqrt{{(b + c)/n^2 - (b - c)^2/n^3}} = {_se_paired:.4f}$, más chico.
Con modelos más parecidos entre sí, esa diferencia decide si se detecta o no una mejora.

**Y en producción, una prueba A/B.** Si en lugar de un conjunto de prueba fijo mandas a cada
usuario, al azar, al modelo A o al B (lección 5.6), cada usuario ve **un solo** modelo: los grupos
sí son independientes, no hay pares, y entonces la prueba correcta es la de dos proporciones (o su
tamaño de muestra, para planearla). En resumen: prueba pareada cuando los dos modelos responden
por las mismas muestras, y de dos grupos cuando cada usuario ve uno solo.
""",
        en=rf"""
| | naive Bayes right | naive Bayes wrong |
|---|---|---|
| **logistic right** | {table["both right"]} | $b = {_b}$ |
| **logistic wrong** | $c = {_c}$ | {table["both wrong"]} |

Of the {_n} samples, both are right on {table["both right"]} and both wrong on
{table["both wrong"]}. That leaves $b = {_b}$ and $c = {_c}$: every time the models disagree,
logistic regression is right. McNemar gives $\chi^2 = {chi2:.3f}$ and $p = {p_chi2:.4f}$ (exact:
{p_exact:.4f}). Another paired test, flipping at random the sign of each per-sample difference
(A's hit − B's hit), gives {p_sign_flip:.4f}: with differences worth −1, 0 or 1 it is the same exact
McNemar test, up to the luck of the 20000 draws.

Lesson 5.6's two-proportion test gives $p = {unpaired.pvalue:.4f}$: here it rejects at 5 % too,
but it answers the wrong question. It assumes the two accuracies come from **independent** groups
of patients, and estimates the standard error of the difference as
$\sqrt{{p_A q_A/n + p_B q_B/n}} = {_se_unpaired:.4f}$. With the same samples, the
{table["both right"]} that both models get right add no variation to the difference, and
the paired standard error is $\sqrt{{(b + c)/n^2 - (b - c)^2/n^3}} = {_se_paired:.4f}$, smaller.
With models closer to each other, that gap decides whether an improvement is detected at all.

**And in production, an A/B test.** If instead of a fixed test set you send each user, at random,
to model A or to model B (lesson 5.6), each user sees **one** model only: the groups are then
independent, there are no pairs, and the right test is the two-proportion one (or its sample size,
to plan it). In short: a paired test when both models answer for the same samples, and a two-group
test when each user sees only one.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 5. Ejercicios

Cuatro funciones con NumPy (y `math`), en el orden de la lección: los pliegues, el bootstrap,
McNemar y, al final, la validación cruzada completa, que usa la regla de tus pliegues. En el
último, el corrector te da un `fit_predict` (el centroide más cercano de la sección 1): tú te
ocupas de partir, de estandarizar sin fugas y de medir.
""",
        en=r"""
## 5. Exercises

Four functions with NumPy (and `math`), in the lesson's order: the folds, the bootstrap, McNemar
and, last, the whole cross-validation, which uses your folds' rule. In the last one the grader
hands you a `fit_predict` (section 1's nearest centroid): you take care of splitting, of
standardising without leaks, and of measuring.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_kfold_assign = kit.exercise("kfold_assign", lang)
    ex_kfold_assign
    return (ex_kfold_assign,)


@app.cell(hide_code=True)
def _(ex_kfold_assign, kit):
    kit.feedback(ex_kfold_assign)
    return


@app.cell(hide_code=True)
def _(ex_kfold_assign, kit):
    kit.hints(ex_kfold_assign)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_bootstrap_accuracy_ci = kit.exercise("bootstrap_accuracy_ci", lang)
    ex_bootstrap_accuracy_ci
    return (ex_bootstrap_accuracy_ci,)


@app.cell(hide_code=True)
def _(ex_bootstrap_accuracy_ci, kit):
    kit.feedback(ex_bootstrap_accuracy_ci)
    return


@app.cell(hide_code=True)
def _(ex_bootstrap_accuracy_ci, kit):
    kit.hints(ex_bootstrap_accuracy_ci)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_mcnemar = kit.exercise("mcnemar", lang)
    ex_mcnemar
    return (ex_mcnemar,)


@app.cell(hide_code=True)
def _(ex_mcnemar, kit):
    kit.feedback(ex_mcnemar)
    return


@app.cell(hide_code=True)
def _(ex_mcnemar, kit):
    kit.hints(ex_mcnemar)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_cv_scores = kit.exercise("cv_scores", lang)
    ex_cv_scores
    return (ex_cv_scores,)


@app.cell(hide_code=True)
def _(ex_cv_scores, kit):
    kit.feedback(ex_cv_scores)
    return


@app.cell(hide_code=True)
def _(ex_cv_scores, kit):
    kit.hints(ex_cv_scores)
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
                es="**1.** Pruebas 30 valores de C en el conjunto de prueba y reportas la mejor exactitud. ¿Qué pasa con ese número?",
                en="**1.** You try 30 values of C on the test set and report the best accuracy. What about that number?",
            ),
            (
                T(
                    es="Es optimista: elegiste el máximo de 30 mediciones ruidosas en los mismos datos",
                    en="It is optimistic: you picked the maximum of 30 noisy measurements on the same data",
                ),
                T(
                    es="Es justo, porque el modelo nunca entrenó con la prueba",
                    en="It is fair, because the model never trained on the test set",
                ),
                T(
                    es="Es pesimista, porque 30 pruebas gastan datos",
                    en="It is pessimistic, because 30 tries use up data",
                ),
            ),
            answer=0,
            why=T(
                es="El modelo no entrenó con la prueba, pero **tú** elegiste C mirándola: la prueba hizo de validación. Entre 30 exactitudes que varían por azar, la mayor está por arriba de la que el modelo tendrá con datos nuevos, como el ruido de la sección 1 que parecía informativo. C se elige con validación cruzada en el entrenamiento, y la prueba se mira una vez.",
                en="The model did not train on the test set, but **you** picked C by looking at it: the test set played validation. Among 30 accuracies that vary by chance, the largest sits above what the model will score on new data, like section 1's noise that looked informative. C is chosen by cross-validation on the training data, and the test set is looked at once.",
            ),
        ),
        Question(
            T(
                es="**2.** ¿Por qué no es de fiar el error estándar s/√k de una validación cruzada con k pliegues?",
                en="**2.** Why is the standard error s/√k of a k-fold cross-validation not to be trusted?",
            ),
            (
                T(es="Porque los pliegues son demasiado chicos", en="Because the folds are too small"),
                T(
                    es="Porque las k exactitudes no son independientes: los entrenamientos comparten casi todas sus muestras",
                    en="Because the k accuracies are not independent: the training sets share almost all their samples",
                ),
                T(es="Porque hay que usar ddof=0", en="Because ddof=0 must be used"),
            ),
            answer=1,
            why=T(
                es="s/√k es el error estándar de una media de k mediciones independientes. Con k = 5, dos entrenamientos comparten 3/4 de sus muestras, así que los modelos se parecen y sus errores están correlacionados. No hay un estimador insesgado de esa varianza; en la sección 2 viste que con el vecino más cercano s/√k se queda corto. El tamaño de los pliegues y ddof no arreglan eso.",
                en="s/√k is the standard error of a mean of k independent measurements. With k = 5, two training sets share 3/4 of their samples, so the models resemble each other and their errors are correlated. There is no unbiased estimator of that variance; in section 2 you saw s/√k fall short with the nearest neighbour. Fold size and ddof do not fix that.",
            ),
        ),
        Question(
            T(
                es="**3.** Dos modelos predicen sobre las mismas 500 muestras de prueba. ¿Qué prueba usas para compararlos?",
                en="**3.** Two models predict on the same 500 test samples. Which test do you use to compare them?",
            ),
            (
                T(
                    es="La de dos proporciones, con las dos exactitudes",
                    en="The two-proportion test, with the two accuracies",
                ),
                T(
                    es="Ver si sus dos intervalos de confianza se superponen",
                    en="Check whether their two confidence intervals overlap",
                ),
                T(
                    es="Una pareada, como McNemar, que usa solo las muestras en que discrepan",
                    en="A paired one, such as McNemar, which uses only the samples where they disagree",
                ),
            ),
            answer=2,
            why=T(
                es="Las dos exactitudes no son independientes: salen de las mismas muestras, y una muestra difícil suele tumbar a los dos. La prueba de dos proporciones (y la comparación de intervalos) ignora esos pares y sobrestima la variación de la diferencia. McNemar mira solo las discordantes b y c. La de dos proporciones es la correcta en una prueba A/B, donde cada usuario ve un solo modelo.",
                en="The two accuracies are not independent: they come from the same samples, and a hard sample tends to trip both. The two-proportion test (and comparing intervals) ignores those pairs and overstates the variation of the difference. McNemar looks only at the discordant b and c. The two-proportion test is right for an A/B test, where each user sees a single model.",
            ),
        ),
        Question(
            T(
                es="**4.** Tu conjunto de prueba tiene n = 200 muestras. ¿Cómo es una remuestra bootstrap?",
                en="**4.** Your test set has n = 200 samples. What does a bootstrap resample look like?",
            ),
            (
                T(
                    es="Las 200 muestras en otro orden",
                    en="The 200 samples in another order",
                ),
                T(
                    es="200 muestras sacadas con reemplazo: algunas repetidas, otras ausentes",
                    en="200 samples drawn with replacement: some repeated, others missing",
                ),
                T(
                    es="La mitad de las muestras, sin reemplazo",
                    en="Half of the samples, without replacement",
                ),
            ),
            answer=1,
            why=T(
                es="El bootstrap imita sacar otro conjunto de prueba del mismo tamaño de la población, usando el conjunto que tienes como población: n muestras con reemplazo. Las 200 en otro orden dan siempre la misma exactitud (un intervalo de ancho cero, el error del ejercicio 2). La mitad sin reemplazo mide un conjunto más chico y exagera la variación.",
                en="The bootstrap imitates drawing another test set of the same size from the population, using the set you have as the population: n samples with replacement. The 200 in another order always give the same accuracy (a zero-width interval, exercise 2's mistake). Half without replacement measures a smaller set and exaggerates the variation.",
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

- Entrenamiento ajusta, validación elige, prueba reporta **una vez**. Todo lo que aprende de los
  datos (escalador, selección de rasgos, modelo) se ajusta dentro del entrenamiento de cada pliegue:
  si no, hay una fuga, y con 1000 columnas de ruido una selección hecha antes de partir «aprende».
- La validación cruzada k-fold entrena $k$ veces y promedia: $\widehat{\mathrm{acc}}_{\mathrm{CV}} =
  \frac1k\sum_j \mathrm{acc}_j$. Los pliegues contiguos (la regla de `KFold`) suponen que el orden
  de las filas no importa; si importa, mezcla o estratifica.
- $s/\sqrt{k}$ trata a los pliegues como independientes y no lo son: tómalo como escala, no como
  intervalo; puede quedarse corto.
- Bootstrap: $B$ remuestras de tamaño $n$ **con reemplazo**, la métrica en cada una, y el intervalo
  percentil $[q_{\alpha/2}, q_{1-\alpha/2}]$. Sirve para cualquier métrica y para diferencias
  pareadas.
- Mismo conjunto de prueba → prueba **pareada**: McNemar con $b$ y $c$,
  $\chi^2 = (|b - c| - 1)^2/(b + c)$ o la exacta binomial. Grupos distintos de usuarios (A/B) →
  prueba de dos proporciones.
""",
        en=r"""
## 7. Summary

- Training fits, validation chooses, test reports **once**. Everything that learns from the data
  (scaler, feature selection, model) is fitted inside each fold's training part: otherwise there is
  a leak, and with 1000 noise columns a selection made before splitting “learns”.
- k-fold cross-validation trains $k$ times and averages: $\widehat{\mathrm{acc}}_{\mathrm{CV}} =
  \frac1k\sum_j \mathrm{acc}_j$. Contiguous folds (the `KFold` rule) assume the order of the rows
  does not matter; if it does, shuffle or stratify.
- $s/\sqrt{k}$ treats the folds as independent and they are not: take it as a scale, not as an
  interval; it can fall short.
- Bootstrap: $B$ resamples of size $n$ **with replacement**, the metric on each, and the percentile
  interval $[q_{\alpha/2}, q_{1-\alpha/2}]$. It works for any metric and for paired differences.
- Same test set → **paired** test: McNemar with $b$ and $c$, $\chi^2 = (|b - c| - 1)^2/(b + c)$ or
  the exact binomial. Different groups of users (A/B) → two-proportion test.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es="## 8. Para seguir",
        en="## 8. Keep going",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.resources("evaluating-models", lang)
    return


if __name__ == "__main__":
    app.run()
