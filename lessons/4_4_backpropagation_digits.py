import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 4.4")


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
    kit.header("backpropagation-digits", lang)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
En la lección 4.3 armaste una red neuronal y la hiciste predecir; aquí la haces **aprender**. Para
eso necesitas el gradiente de la pérdida respecto de cada peso, y la retropropagación
(*backpropagation*) es la regla de la cadena de la lección 2.4 aplicada capa por capa, en el orden
del modo inverso de la lección 2.6. La escribes a mano, con la forma de cada gradiente, la
comparas con la diferenciación automática de `gradiente.autodiff` y entrenas una red con dígitos
escritos a mano de verdad.

**Al terminar podrás:**

- derivar por qué $\partial L/\partial Z = (P - Y)/n$ para softmax con entropía cruzada;
- escribir la pasada hacia atrás de una red de dos capas y decir la forma de cada gradiente;
- comprobar tus gradientes contra la diferenciación automática;
- entrenar una red con los dígitos de 8×8 y leer su curva de pérdida, su matriz de confusión y sus errores;
- explicar por qué los gradientes se apagan en una red profunda con sigmoide.
""",
        en=r"""
In lesson 4.3 you built a neural network and made it predict; here you make it **learn**. For that
you need the gradient of the loss with respect to every weight, and backpropagation is the chain
rule of lesson 2.4 applied layer by layer, in the order of lesson 2.6's reverse mode. You write it
by hand, with the shape of every gradient, compare it with the automatic differentiation of
`gradiente.autodiff`, and train a network on real handwritten digits.

**By the end you will be able to:**

- derive why $\partial L/\partial Z = (P - Y)/n$ for softmax with cross-entropy;
- write the backward pass of a two-layer network and state the shape of every gradient;
- check your gradients against automatic differentiation;
- train a network on the 8×8 digits and read its loss curve, its confusion matrix and its mistakes;
- explain why gradients fade in a deep sigmoid network.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 1. La red y la forma de cada arreglo

Los datos: las imágenes de `load_digits`, de 8×8 píxeles con valores de 0 a 16, cada una aplanada en una fila de 64
números, y su dígito (0 a 9). Dividimos los píxeles entre 16 para dejarlos entre 0 y 1 y apartamos
un cuarto de las imágenes para medir (`train_test_split(test_size=0.25, random_state=0)`).

La red, en la convención del código (lección 4.3: `Z = X @ W + b`, con `W` de forma
`(n_entrada, n_salida)`), para un lote de $n$ imágenes:

$$
Z_1 = X W_1 + b_1,\qquad A_1 = \varphi(Z_1),\qquad Z_2 = A_1 W_2 + b_2,\qquad P = \operatorname{softmax}(Z_2)
$$

y la pérdida es la entropía cruzada media, $L = -\frac1n\sum_i \log P_{i,y_i}$. La celda de abajo
calcula la pasada hacia adelante y muestra la forma de cada arreglo.
""",
        en=r"""
## 1. The network and the shape of every array

The data: the images of `load_digits`, of 8×8 pixels with values from 0 to 16, each flattened into a row of 64
numbers, and its digit (0 to 9). We divide the pixels by 16 to put them between 0 and 1, and set a
quarter of the images aside for measuring (`train_test_split(test_size=0.25, random_state=0)`).

The network, in the code convention (lesson 4.3: `Z = X @ W + b`, with `W` of shape
`(n_in, n_out)`), for a batch of $n$ images:

$$
Z_1 = X W_1 + b_1,\qquad A_1 = \varphi(Z_1),\qquad Z_2 = A_1 W_2 + b_2,\qquad P = \operatorname{softmax}(Z_2)
$$

and the loss is the mean cross-entropy, $L = -\frac1n\sum_i \log P_{i,y_i}$. The cell below runs the
forward pass and shows the shape of every array.
""",
    )
    return


@app.cell
def _(np):
    from gradiente.datasets import load_digits
    from gradiente.model_selection import train_test_split

    digits = load_digits()
    X_all, y_all = digits.data / 16.0, digits.target
    X_train, X_test, y_train, y_test = train_test_split(X_all, y_all, test_size=0.25, random_state=0)

    # a small network 64-16-10 with tanh, seeded; a batch of 20 training images
    rng = np.random.default_rng(0)
    W1 = rng.normal(size=(64, 16)) / np.sqrt(64)
    b1 = np.zeros(16)
    W2 = rng.normal(size=(16, 10)) / np.sqrt(16)
    b2 = np.zeros(10)
    X_batch, y_batch = X_train[:20], y_train[:20]

    Z1 = X_batch @ W1 + b1
    A1 = np.tanh(Z1)
    Z2 = A1 @ W2 + b2
    P = np.exp(Z2 - Z2.max(axis=1, keepdims=True))
    P /= P.sum(axis=1, keepdims=True)
    loss = -np.mean(np.log(P[np.arange(20), y_batch]))
    shapes = {"X": X_batch.shape, "W1": W1.shape, "Z1, A1": A1.shape, "W2": W2.shape, "Z2, P": P.shape}
    print(shapes, f"L = {loss:.4f}")
    return (A1, P, W1, W2, X_all, X_batch, X_test, X_train, Z1, b1, b2, digits, loss, y_all, y_batch, y_test, y_train)


@app.cell(hide_code=True)
def _(P, X_batch, kit, lang, np, plt, y_batch):
    _fig, _axes = plt.subplots(1, 3, figsize=(9, 2.8), gridspec_kw={"width_ratios": [1, 2.2, 2.2]})
    _axes[0].imshow(X_batch[0].reshape(8, 8), cmap="gray_r")
    _axes[0].set_title(kit.say(lang, es=f"la imagen 0: un {y_batch[0]}", en=f"image 0: a {y_batch[0]}"))
    _axes[0].axis("off")
    _Y0 = np.eye(10)[y_batch[0]]
    _axes[1].bar(np.arange(10) - 0.2, P[0], width=0.4, label="P")
    _axes[1].bar(np.arange(10) + 0.2, _Y0, width=0.4, label="Y (one-hot)")
    _axes[1].set_xticks(range(10))
    _axes[1].legend(fontsize=8)
    _axes[1].set_title(kit.say(lang, es="lo que dice la red y la verdad", en="what the network says and the truth"))
    _axes[2].bar(range(10), P[0] - _Y0, color=["tab:red" if v < 0 else "tab:blue" for v in P[0] - _Y0])
    _axes[2].axhline(0, color="0.5", lw=0.8)
    _axes[2].set_xticks(range(10))
    _axes[2].set_title("P − Y")
    _fig.tight_layout()
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 2. Por qué $\partial L/\partial Z_2 = (P - Y)/n$

Toma una sola muestra con logits $z \in \mathbb R^k$, probabilidades $p = \operatorname{softmax}(z)$ y
one-hot $y$. Su pérdida es $\ell = -\sum_j y_j \log p_j$. Dos piezas que ya conoces:

1. $\dfrac{\partial \ell}{\partial p_j} = -\dfrac{y_j}{p_j}$.
2. La jacobiana de softmax (lección 2.5): $\dfrac{\partial p_j}{\partial z_i} = p_j(\delta_{ij} - p_i)$,
   con $\delta_{ij} = 1$ si $i = j$ y 0 si no.

La regla de la cadena suma sobre todos los caminos de $z_i$ a $\ell$:

$$
\frac{\partial \ell}{\partial z_i} = \sum_j \frac{\partial \ell}{\partial p_j}\,\frac{\partial p_j}{\partial z_i}
= -\sum_j \frac{y_j}{p_j}\,p_j(\delta_{ij} - p_i) = -y_i + p_i \sum_j y_j = p_i - y_i ,
$$

porque $\sum_j y_j = 1$. El $p_j$ del denominador del logaritmo se cancela con el $p_j$ de la
jacobiana: por eso queda algo tan simple. La pérdida del lote es la **media** de $n$ pérdidas, así
que cada fila se divide entre $n$:

$$
\delta_2 = \frac{\partial L}{\partial Z_2} = \frac{P - Y}{n}
$$

con la forma de $Z_2$, $(n, k)$. En la gráfica de arriba, $P - Y$ es negativo solo en la clase correcta: bajar la pérdida es subir
ese logit y bajar los demás. Comprobémoslo contra `gradiente.autodiff.cross_entropy`:
""",
        en=r"""
## 2. Why $\partial L/\partial Z_2 = (P - Y)/n$

Take one sample with logits $z \in \mathbb R^k$, probabilities $p = \operatorname{softmax}(z)$ and
one-hot $y$. Its loss is $\ell = -\sum_j y_j \log p_j$. Two pieces you already know:

1. $\dfrac{\partial \ell}{\partial p_j} = -\dfrac{y_j}{p_j}$.
2. The Jacobian of softmax (lesson 2.5): $\dfrac{\partial p_j}{\partial z_i} = p_j(\delta_{ij} - p_i)$,
   with $\delta_{ij} = 1$ if $i = j$ and 0 otherwise.

The chain rule adds up every path from $z_i$ to $\ell$:

$$
\frac{\partial \ell}{\partial z_i} = \sum_j \frac{\partial \ell}{\partial p_j}\,\frac{\partial p_j}{\partial z_i}
= -\sum_j \frac{y_j}{p_j}\,p_j(\delta_{ij} - p_i) = -y_i + p_i \sum_j y_j = p_i - y_i ,
$$

because $\sum_j y_j = 1$. The $p_j$ in the denominator from the logarithm cancels the $p_j$ of the
Jacobian: that is why something so simple is left. The batch loss is the **mean** of $n$ losses, so
each row is divided by $n$:

$$
\delta_2 = \frac{\partial L}{\partial Z_2} = \frac{P - Y}{n}
$$

with the shape of $Z_2$, $(n, k)$. In the plot above, $P - Y$ is negative only at the right class: lowering the loss means raising
that logit and lowering the others. Let us check it against `gradiente.autodiff.cross_entropy`:
""",
    )
    return


@app.cell
def _(A1, P, W2, b2, np, y_batch):
    from gradiente.autodiff import Tensor, cross_entropy

    Y = np.eye(10)[y_batch]
    delta2 = (P - Y) / len(y_batch)  # by hand

    Z2_tensor = Tensor(A1 @ W2 + b2, requires_grad=True)
    cross_entropy(Z2_tensor, y_batch).backward()  # by reverse mode
    print(f"largest |difference| = {np.abs(delta2 - Z2_tensor.grad).max():.1e}")
    return Tensor, Y, cross_entropy, delta2


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 3. Hacia atrás, capa por capa

Con $\delta_2$ en la mano, cada paso es la regla de la cadena de una operación de la pasada hacia
adelante, recorrida al revés (modo inverso, lección 2.6). Cada gradiente tiene **la forma de su
parámetro**, y esa regla basta para saber qué matriz se transpone ($d = 64$ entradas, $h$ unidades
ocultas, $k = 10$ clases):

| paso | fórmula | forma |
|---|---|---|
| salida | $\delta_2 = (P - Y)/n$ | $(n, k)$ |
| pesos 2 | $\partial L/\partial W_2 = A_1^\top \delta_2$ | $(h, n)(n, k) = (h, k)$ |
| sesgo 2 | $\partial L/\partial b_2 = \mathbf 1^\top \delta_2$ (suma por filas) | $(k,)$ |
| hacia $A_1$ | $\partial L/\partial A_1 = \delta_2 W_2^\top$ | $(n, k)(k, h) = (n, h)$ |
| activación | $\delta_1 = (\delta_2 W_2^\top) \odot \varphi'(Z_1)$ | $(n, h)$ |
| pesos 1 | $\partial L/\partial W_1 = X^\top \delta_1$ | $(d, n)(n, h) = (d, h)$ |
| sesgo 1 | $\partial L/\partial b_1 = \mathbf 1^\top \delta_1$ | $(h,)$ |

Tres cosas que vale la pena notar. El $1/n$ entra una sola vez, en $\delta_2$, y viaja hacia atrás
con él. El sesgo se suma a todas las filas, así que su gradiente **suma** las $n$ filas de $\delta$.
Y $\varphi'$ se evalúa en $Z_1$: para tanh, $\varphi'(Z_1) = 1 - \tanh(Z_1)^2 = 1 - A_1^2$.

La librería tiene estas mismas fórmulas en `MLPClassifier.loss_and_gradients`; la diferenciación
automática no sabe nada de ellas, solo recorre el grafo. Si coinciden, las fórmulas son correctas:
""",
        en=r"""
## 3. Backwards, layer by layer

With $\delta_2$ in hand, each step is the chain rule of one operation of the forward pass, walked
in reverse (reverse mode, lesson 2.6). Each gradient has **the shape of its parameter**, and that
rule is enough to know which matrix gets transposed ($d = 64$ inputs, $h$ hidden units, $k = 10$
classes):

| step | formula | shape |
|---|---|---|
| output | $\delta_2 = (P - Y)/n$ | $(n, k)$ |
| weights 2 | $\partial L/\partial W_2 = A_1^\top \delta_2$ | $(h, n)(n, k) = (h, k)$ |
| bias 2 | $\partial L/\partial b_2 = \mathbf 1^\top \delta_2$ (sum over rows) | $(k,)$ |
| back to $A_1$ | $\partial L/\partial A_1 = \delta_2 W_2^\top$ | $(n, k)(k, h) = (n, h)$ |
| activation | $\delta_1 = (\delta_2 W_2^\top) \odot \varphi'(Z_1)$ | $(n, h)$ |
| weights 1 | $\partial L/\partial W_1 = X^\top \delta_1$ | $(d, n)(n, h) = (d, h)$ |
| bias 1 | $\partial L/\partial b_1 = \mathbf 1^\top \delta_1$ | $(h,)$ |

Three things worth noticing. The $1/n$ comes in once, in $\delta_2$, and travels backwards with it.
The bias is added to every row, so its gradient **adds up** the $n$ rows of $\delta$. And $\varphi'$
is evaluated at $Z_1$: for tanh, $\varphi'(Z_1) = 1 - \tanh(Z_1)^2 = 1 - A_1^2$.

The library holds these same formulas in `MLPClassifier.loss_and_gradients`; automatic
differentiation knows nothing about them, it only walks the graph. If they agree, the formulas are
right:
""",
    )
    return


@app.cell
def _(Tensor, W1, W2, X_batch, b1, b2, cross_entropy, np, y_batch):
    from gradiente.autodiff import tanh
    from gradiente.models import MLPClassifier

    # the hand-written backward pass of the library, on our weights (alpha = 0: no penalty)
    net = MLPClassifier(hidden_layer_sizes=(16,), activation="tanh", alpha=0.0)
    net.classes_, net.n_features_in_ = np.arange(10), 64
    net.coefs_, net.intercepts_ = [W1, W2], [b1, b2]
    _, (dW1, dW2), (db1, db2) = net.loss_and_gradients(X_batch, y_batch)

    # the same loss as a graph of Tensors, differentiated by reverse mode
    params = [Tensor(p, requires_grad=True) for p in (W1, b1, W2, b2)]
    logits = tanh(Tensor(X_batch) @ params[0] + params[1]) @ params[2] + params[3]
    cross_entropy(logits, y_batch).backward()

    for name, by_hand, param in zip(["dW1", "db1", "dW2", "db2"], [dW1, db1, dW2, db2], params):
        print(f"{name} {str(by_hand.shape):9} largest |difference| = {np.abs(by_hand - param.grad).max():.1e}")
    return MLPClassifier, dW1


@app.cell(hide_code=True)
def _(dW1, kit, lang, np, plt):
    _fig, _axes = plt.subplots(1, 8, figsize=(10, 1.9))
    _limit = np.abs(dW1[:, :8]).max()
    for _j, _ax in enumerate(_axes):
        _ax.imshow(dW1[:, _j].reshape(8, 8), cmap="RdBu_r", vmin=-_limit, vmax=_limit)
        _ax.set_title(kit.say(lang, es=f"unidad {_j}", en=f"unit {_j}"), fontsize=9)
        _ax.axis("off")
    _fig.suptitle(
        kit.say(
            lang,
            es="columnas de ∂L/∂W₁ (64 × 16) vistas como imágenes de 8 × 8: qué píxeles mueve cada unidad",
            en="columns of ∂L/∂W₁ (64 × 16) seen as 8 × 8 images: which pixels each unit moves",
        ),
        fontsize=10,
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
Como $\partial L/\partial W_1$ tiene la forma de $W_1$, $(64, 16)$, cada columna es un gradiente
por píxel para una unidad oculta, y se puede dibujar como imagen de 8×8. Los píxeles que valen 0
en las 20 imágenes del lote (los del borde, sobre todo) tienen gradiente 0: $X^\top\delta_1$
multiplica por el valor del píxel.

## 4. Gradientes que se apagan

En una red profunda, $\delta$ se multiplica en cada capa por $W_l^\top$ y por $\varphi'(Z_{l-1})$.
La sigmoide tiene $\sigma'(z) = \sigma(z)(1-\sigma(z)) \le \tfrac14$, así que cada capa puede
achicar $\delta$:

$$
\lVert\delta_{l-k}\rVert \lesssim \big(\tfrac14 \max_l \lVert W_l\rVert\big)^k\,\lVert\delta_l\rVert .
$$

La gráfica muestra $\lVert\partial L/\partial W_l\rVert$ de una red con 6 capas de pesos
(64 → 32 → 32 → 32 → 32 → 32 → 10), recién inicializada con $W_l \sim \mathcal N(0, g^2/n_{l-1})$ ($n_{l-1}$: entradas de la capa),
sobre 200 imágenes. Mueve la ganancia $g$ y compara sigmoide con ReLU.
""",
        en=r"""
Since $\partial L/\partial W_1$ has the shape of $W_1$, $(64, 16)$, each column is a per-pixel
gradient for one hidden unit and can be drawn as an 8×8 image. The pixels that are 0 in all 20
images of the batch (mostly the border ones) have gradient 0: $X^\top\delta_1$ multiplies by the
pixel's value.

## 4. Gradients that fade

In a deep network, $\delta$ is multiplied at every layer by $W_l^\top$ and by $\varphi'(Z_{l-1})$.
The sigmoid has $\sigma'(z) = \sigma(z)(1-\sigma(z)) \le \tfrac14$, so every layer can shrink
$\delta$:

$$
\lVert\delta_{l-k}\rVert \lesssim \big(\tfrac14 \max_l \lVert W_l\rVert\big)^k\,\lVert\delta_l\rVert .
$$

The plot shows $\lVert\partial L/\partial W_l\rVert$ for a network with 6 weight layers
(64 → 32 → 32 → 32 → 32 → 32 → 10), freshly initialised with $W_l \sim \mathcal N(0, g^2/n_{l-1})$ ($n_{l-1}$: the layer's inputs),
on 200 images. Move the gain $g$ and compare sigmoid with ReLU.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    gain_slider = mo.ui.slider(
        0.5, 4.0, step=0.25, value=1.0, show_value=True, label=kit.say(lang, es="Ganancia $g$", en="Gain $g$")
    )
    gain_slider
    return (gain_slider,)


@app.cell(hide_code=True)
def _(MLPClassifier, X_train, gain_slider, np, y_train):
    def layer_gradient_norms(activation, gain, seed=0):
        sizes = (64, 32, 32, 32, 32, 32, 10)
        _rng = np.random.default_rng(seed)
        _net = MLPClassifier(hidden_layer_sizes=sizes[1:-1], activation=activation, alpha=0.0)
        _net.classes_, _net.n_features_in_ = np.arange(10), 64
        _net.coefs_ = [gain * _rng.normal(size=(a, b)) / np.sqrt(a) for a, b in zip(sizes[:-1], sizes[1:])]
        _net.intercepts_ = [np.zeros(b) for b in sizes[1:]]
        _, _coef_grads, _ = _net.loss_and_gradients(X_train[:200], y_train[:200])
        return np.array([np.linalg.norm(g) for g in _coef_grads])

    gradient_norms = {act: layer_gradient_norms(act, gain_slider.value) for act in ("sigmoid", "relu")}
    return (gradient_norms,)


@app.cell(hide_code=True)
def _(gain_slider, gradient_norms, kit, lang, np, plt):
    _fig, _ax = plt.subplots(figsize=(7.5, 3.4))
    _layers = np.arange(1, 7)
    _ax.bar(_layers - 0.2, gradient_norms["sigmoid"], width=0.4, label="sigmoid", color="tab:orange")
    _ax.bar(_layers + 0.2, gradient_norms["relu"], width=0.4, label="ReLU", color="tab:blue")
    _ax.set_yscale("log")
    _ax.set_xticks(_layers, [f"W{_l}" for _l in _layers])
    _ax.set_ylabel("‖∂L/∂Wₗ‖")
    _ratio = gradient_norms["sigmoid"][-1] / gradient_norms["sigmoid"][0]
    _ax.set_title(
        kit.say(
            lang,
            es=f"g = {gain_slider.value:g}: con sigmoide, ‖∂L/∂W₆‖ / ‖∂L/∂W₁‖ ≈ {_ratio:.3g}",
            en=f"g = {gain_slider.value:g}: with sigmoid, ‖∂L/∂W₆‖ / ‖∂L/∂W₁‖ ≈ {_ratio:.3g}",
        )
    )
    _ax.legend()
    _fig.tight_layout()
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(gradient_norms, kit, lang):
    _s, _r = gradient_norms["sigmoid"], gradient_norms["relu"]
    kit.text(
        lang,
        es=f"""
Con esta ganancia, la primera capa de la red con sigmoide recibe un gradiente {_s[-1] / _s[0]:.3g} veces
más chico que la última; con ReLU, cuya derivada vale 1 donde la unidad está activa, esa misma razón (última entre primera) vale
{_r[-1] / _r[0]:.3g}. Con un paso de aprendizaje fijo, las primeras capas de la red con sigmoide casi
no se mueven: por eso las redes profundas usan ReLU y una inicialización que cuida la escala.
""",
        en=f"""
With this gain, the first layer of the sigmoid network gets a gradient {_s[-1] / _s[0]:.3g} times
smaller than the last one; with ReLU, whose derivative is 1 wherever the unit is active, that same ratio (last over first)
is {_r[-1] / _r[0]:.3g}. With a fixed learning rate, the first layers of the sigmoid network barely
move: that is why deep networks use ReLU and an initialisation that watches the scale.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 5. Entrena con dígitos

Ahora una red entera, entrenada desde cero con las imágenes de entrenamiento, con
`MLPClassifier` (Adam, lotes de 64, las fórmulas de la sección 3). Elige la red y pulsa
**Entrenar**: verás la curva de pérdida, la exactitud en entrenamiento y prueba, el tiempo que
tardó, la matriz de confusión de las imágenes de prueba y los dígitos que confunde.
""",
        en=r"""
## 5. Train on digits

Now a whole network, trained from scratch on the training images with `MLPClassifier` (Adam,
batches of 64, the formulas of section 3). Choose the network and press **Train**: you will see the
loss curve, the accuracy on training and test data, how long it took, the confusion matrix of the
test images and the digits it confuses.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    training_form = (
        mo.md("{hidden} {lr} {epochs} {activation}")
        .batch(
            hidden=mo.ui.slider(
                8, 128, step=8, value=32, show_value=True, label=kit.say(lang, es="Unidades ocultas", en="Hidden units")
            ),
            lr=mo.ui.dropdown(
                options=["0.0003", "0.001", "0.003", "0.01", "0.03", "0.1"],
                value="0.01",
                label=kit.say(lang, es="Tasa de aprendizaje", en="Learning rate"),
            ),
            epochs=mo.ui.slider(
                1, 60, step=1, value=20, show_value=True, label=kit.say(lang, es="Épocas", en="Epochs")
            ),
            activation=mo.ui.dropdown(
                options=["relu", "tanh", "sigmoid"],
                value="relu",
                label=kit.say(lang, es="Activación", en="Activation"),
            ),
        )
        .form(submit_button_label=kit.say(lang, es="Entrenar", en="Train"))
    )
    training_form
    return (training_form,)


@app.cell(hide_code=True)
def _(MLPClassifier, X_test, X_train, np, training_form, y_test, y_train):
    import time

    from gradiente.metrics import confusion_matrix

    settings = training_form.value or {"hidden": 32, "lr": "0.01", "epochs": 20, "activation": "relu"}
    _start = time.perf_counter()
    model = MLPClassifier(
        hidden_layer_sizes=(settings["hidden"],),
        activation=settings["activation"],
        lr=float(settings["lr"]),
        epochs=settings["epochs"],
        batch_size=64,
        random_state=0,
    ).fit(X_train, y_train)
    training_seconds = time.perf_counter() - _start
    y_pred = model.predict(X_test)
    train_accuracy = float(np.mean(model.predict(X_train) == y_train))
    test_accuracy = float(np.mean(y_pred == y_test))
    confusion = confusion_matrix(y_test, y_pred)
    wrong = np.flatnonzero(y_pred != y_test)
    return confusion, model, settings, test_accuracy, train_accuracy, training_seconds, wrong, y_pred


@app.cell(hide_code=True)
def _(confusion, kit, lang, model, np, plt, settings, test_accuracy, train_accuracy, training_seconds):
    _fig, (_ax, _cm) = plt.subplots(1, 2, figsize=(10, 3.9), gridspec_kw={"width_ratios": [1.3, 1]})
    _ax.plot(np.arange(1, len(model.loss_curve_) + 1), model.loss_curve_, marker=".", color="tab:blue")
    _ax.set_yscale("log")
    _ax.set_xlabel(kit.say(lang, es="época", en="epoch"))
    _ax.set_ylabel(kit.say(lang, es="pérdida de entrenamiento", en="training loss"))
    _ax.set_title(
        kit.say(
            lang,
            es=f"{settings['hidden']} unidades {settings['activation']}, lr = {settings['lr']}: "
            f"{training_seconds:.2f} s\nexactitud: entrenamiento {train_accuracy:.3f}, prueba {test_accuracy:.3f}",
            en=f"{settings['hidden']} {settings['activation']} units, lr = {settings['lr']}: "
            f"{training_seconds:.2f} s\naccuracy: training {train_accuracy:.3f}, test {test_accuracy:.3f}",
        ),
        fontsize=10,
    )
    _cm.imshow(confusion, cmap="Blues")
    for (_i, _j), _count in np.ndenumerate(confusion):
        if _count:
            _cm.text(_j, _i, str(_count), ha="center", va="center", fontsize=7, color="white" if _i == _j else "black")
    _cm.set_xticks(range(10))
    _cm.set_yticks(range(10))
    _cm.set_xlabel(kit.say(lang, es="predicho", en="predicted"))
    _cm.set_ylabel(kit.say(lang, es="verdadero", en="true"))
    _cm.set_title(kit.say(lang, es="matriz de confusión (prueba)", en="confusion matrix (test)"), fontsize=10)
    _fig.tight_layout()
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang, mo, wrong):
    _pages = max(1, (len(wrong) + 11) // 12)
    wrong_page = mo.ui.slider(
        1,
        _pages,
        step=1,
        value=1,
        show_value=True,
        label=kit.say(lang, es=f"Página de errores (de {_pages})", en=f"Page of mistakes (of {_pages})"),
    )
    wrong_page
    return (wrong_page,)


@app.cell(hide_code=True)
def _(X_test, kit, lang, model, np, plt, wrong, wrong_page, y_pred, y_test):
    _shown = wrong[(wrong_page.value - 1) * 12 : wrong_page.value * 12]
    _proba = model.predict_proba(X_test[_shown]) if len(_shown) else None
    # One image for the whole page (one imshow draws far faster than 12 axes): 2 rows of 6 digits,
    # each 8 × 8 and scaled to its own darkest and lightest pixel as its own imshow would; NaN is
    # the blank between them, with room above each digit for its caption.
    _gap_x, _gap_y = 2, 4
    _page = np.full((2 * (_gap_y + 8), 6 * (8 + _gap_x) - _gap_x), np.nan)
    _fig, _ax = plt.subplots(figsize=(8, 3.6))
    _fig.subplots_adjust(left=0.01, right=0.99, bottom=0.01, top=0.93)
    for _slot, _i in enumerate(_shown):
        _digit = X_test[_i].reshape(8, 8)
        _top, _left = (_slot // 6) * (_gap_y + 8) + _gap_y, (_slot % 6) * (8 + _gap_x)
        _page[_top : _top + 8, _left : _left + 8] = (_digit - _digit.min()) / np.ptp(_digit)
        _ax.text(
            _left + 3.5,
            _top - 0.9,
            kit.say(
                lang,
                es=f"es {y_test[_i]}, dijo {y_pred[_i]}\n({_proba[_slot].max():.2f})",
                en=f"is {y_test[_i]}, said {y_pred[_i]}\n({_proba[_slot].max():.2f})",
            ),
            ha="center",
            va="bottom",
            fontsize=9,
        )
    _ax.imshow(_page, cmap="gray_r", vmin=0, vmax=1, interpolation="nearest")
    _ax.axis("off")
    _fig.suptitle(
        kit.say(
            lang,
            es=f"{len(wrong)} de {len(y_test)} imágenes de prueba mal clasificadas",
            en=f"{len(wrong)} of {len(y_test)} test images misclassified",
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
Entre paréntesis, la probabilidad que la red le dio a su respuesta equivocada. Prueba una tasa de
aprendizaje de 0.1 con sigmoide, o 1 sola época: la pérdida deja de bajar, o no alcanza a bajar, y
la matriz se llena fuera de la diagonal. Si la exactitud de entrenamiento queda muy por encima de
la de prueba, la red memoriza más de lo que generaliza.

## 6. Ejercicios

Primero el gradiente de la salida, luego la pasada hacia atrás completa y, al final, un
entrenamiento tuyo con un protocolo fijo (así tu exactitud se puede comparar con la de
referencia).
""",
        en=r"""
In brackets, the probability the network gave to its wrong answer. Try a learning rate of 0.1 with
sigmoid, or a single epoch: the loss stops going down, or has no time to, and the matrix fills up
off the diagonal. If the training accuracy ends far above the test accuracy, the network memorises
more than it generalises.

## 6. Exercises

First the gradient at the output, then the whole backward pass and, last, a training run of your
own with a fixed protocol (so your accuracy can be compared with the reference one).
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_softmax_cross_entropy_grad = kit.exercise("softmax_cross_entropy_grad", lang)
    ex_softmax_cross_entropy_grad
    return (ex_softmax_cross_entropy_grad,)


@app.cell(hide_code=True)
def _(ex_softmax_cross_entropy_grad, kit):
    kit.feedback(ex_softmax_cross_entropy_grad)
    return


@app.cell(hide_code=True)
def _(ex_softmax_cross_entropy_grad, kit):
    kit.hints(ex_softmax_cross_entropy_grad)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_backprop_two_layer = kit.exercise("backprop_two_layer", lang)
    ex_backprop_two_layer
    return (ex_backprop_two_layer,)


@app.cell(hide_code=True)
def _(ex_backprop_two_layer, kit):
    kit.feedback(ex_backprop_two_layer)
    return


@app.cell(hide_code=True)
def _(ex_backprop_two_layer, kit):
    kit.hints(ex_backprop_two_layer)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_train_and_score = kit.exercise("train_and_score", lang)
    ex_train_and_score
    return (ex_train_and_score,)


@app.cell(hide_code=True)
def _(ex_train_and_score, kit):
    kit.feedback(ex_train_and_score)
    return


@app.cell(hide_code=True)
def _(ex_train_and_score, kit):
    kit.hints(ex_train_and_score)
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
                es="**1.** `X` tiene forma `(n, 64)` y la capa oculta tiene 32 unidades. ¿Qué forma tiene $\\partial L/\\partial W_1$?",
                en="**1.** `X` has shape `(n, 64)` and the hidden layer has 32 units. What shape does $\\partial L/\\partial W_1$ have?",
            ),
            (T.same("(64, 32)"), T.same("(32, 64)"), T.same("(n, 32)")),
            answer=0,
            why=T(
                es="El gradiente tiene la forma de su parámetro, y $W_1$ es `(64, 32)` porque $Z_1 = XW_1 + b_1$. "
                "Por eso es $X^\\top\\delta_1$: `(64, n)` por `(n, 32)`. `(32, 64)` es la transpuesta (la forma que "
                "usa PyTorch para sus pesos); `(n, 32)` es la forma de $\\delta_1$, antes de sumar sobre las muestras.",
                en="The gradient has the shape of its parameter, and $W_1$ is `(64, 32)` because $Z_1 = XW_1 + b_1$. "
                "That is why it is $X^\\top\\delta_1$: `(64, n)` times `(n, 32)`. `(32, 64)` is the transpose (the "
                "shape PyTorch uses for its weights); `(n, 32)` is the shape of $\\delta_1$, before adding over samples.",
            ),
        ),
        Question(
            T(
                es="**2.** ¿Por qué $\\partial \\ell/\\partial z = p - y$ es tan simple para softmax con entropía cruzada?",
                en="**2.** Why is $\\partial \\ell/\\partial z = p - y$ so simple for softmax with cross-entropy?",
            ),
            (
                T(
                    es="El 1/pⱼ que sale del logaritmo se cancela con el factor pⱼ de la jacobiana de softmax",
                    en="The 1/pⱼ coming from the logarithm cancels the factor pⱼ of the softmax Jacobian",
                ),
                T(
                    es="Porque la jacobiana de softmax es la identidad",
                    en="Because the Jacobian of softmax is the identity",
                ),
                T(
                    es="Es una aproximación que vale cuando las probabilidades son pequeñas",
                    en="It is an approximation that holds when the probabilities are small",
                ),
            ),
            answer=0,
            why=T(
                es="$\\sum_j (-y_j/p_j)\\,p_j(\\delta_{ij}-p_i) = -y_i + p_i\\sum_j y_j = p_i - y_i$: es exacto. La "
                "jacobiana de softmax no es la identidad (tiene el término $-p_ip_j$ fuera de la diagonal), y no hay "
                "aproximación: la cancelación ocurre para cualquier $p$.",
                en="$\\sum_j (-y_j/p_j)\\,p_j(\\delta_{ij}-p_i) = -y_i + p_i\\sum_j y_j = p_i - y_i$: it is exact. The "
                "softmax Jacobian is not the identity (it has the term $-p_ip_j$ off the diagonal), and there is no "
                "approximation: the cancellation happens for every $p$.",
            ),
        ),
        Question(
            T(
                es="**3.** ¿Por qué una red profunda con sigmoide entrena lento en sus primeras capas?",
                en="**3.** Why does a deep sigmoid network train slowly in its first layers?",
            ),
            (
                T(
                    es="Porque σ′(z) ≤ 1/4: cada capa puede multiplicar δ por un factor pequeño, y "
                    "el gradiente que llega a las primeras capas es diminuto",
                    en="Because σ′(z) ≤ 1/4: each layer can multiply δ by a small factor, and the "
                    "gradient that reaches the first layers is tiny",
                ),
                T(
                    es="Porque la sigmoide no es derivable en 0",
                    en="Because the sigmoid is not differentiable at 0",
                ),
                T(
                    es="Porque las primeras capas tienen más parámetros",
                    en="Because the first layers have more parameters",
                ),
            ),
            answer=0,
            why=T(
                es="$\\delta_{l-1} = (\\delta_l W_l^\\top)\\odot\\sigma'(Z_{l-1})$ y $\\sigma' \\le 1/4$: con pesos de "
                "escala moderada, la norma se encoge capa tras capa (la gráfica de la sección 4). La sigmoide es "
                "derivable en todas partes (la que no lo es en 0 es ReLU), y el número de parámetros no achica el gradiente.",
                en="$\\delta_{l-1} = (\\delta_l W_l^\\top)\\odot\\sigma'(Z_{l-1})$ and $\\sigma' \\le 1/4$: with weights "
                "of moderate scale, the norm shrinks layer after layer (the plot of section 4). The sigmoid is "
                "differentiable everywhere (ReLU is the one that is not, at 0), and the number of parameters does not "
                "shrink the gradient.",
            ),
        ),
        Question(
            T(
                es="**4.** ¿Qué compara una comprobación de gradiente (*gradient check*)?",
                en="**4.** What does a gradient check compare?",
            ),
            (
                T(
                    es="Tu gradiente analítico con uno calculado por otro camino: diferencias finitas o diferenciación automática",
                    en="Your analytic gradient with one computed another way: finite differences or automatic differentiation",
                ),
                T(
                    es="La pérdida antes y después de un paso de descenso",
                    en="The loss before and after a descent step",
                ),
                T(
                    es="La exactitud en entrenamiento con la de prueba",
                    en="The training accuracy with the test accuracy",
                ),
            ),
            answer=0,
            why=T(
                es="Compara, entrada por entrada, el gradiente que escribiste con uno independiente (en la sección 3, "
                "con el modo inverso de `gradiente.autodiff`). Que la pérdida baje tras un paso no prueba que el "
                "gradiente sea correcto (un gradiente a medias también la baja), y comparar exactitudes mide el "
                "sobreajuste, no las derivadas.",
                en="It compares, entry by entry, the gradient you wrote with an independent one (in section 3, with "
                "the reverse mode of `gradiente.autodiff`). A loss that goes down after a step does not prove the "
                "gradient right (half a gradient lowers it too), and comparing accuracies measures overfitting, not "
                "derivatives.",
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

- Para softmax con entropía cruzada media, $\partial L/\partial Z = (P - Y)/n$: el $1/p$ del
  logaritmo se cancela con la jacobiana de softmax.
- Hacia atrás: $\partial L/\partial W_l = A_{l-1}^\top\delta_l$, $\partial L/\partial b_l =
  \mathbf 1^\top\delta_l$, $\delta_{l-1} = (\delta_l W_l^\top)\odot\varphi'(Z_{l-1})$. Cada
  gradiente tiene la forma de su parámetro; el $1/n$ entra una sola vez.
- Comprueba siempre un gradiente escrito a mano contra otro camino (diferenciación automática o
  diferencias finitas) antes de entrenar.
- Con $\sigma' \le 1/4$, los gradientes de una red profunda con sigmoide se apagan hacia las
  primeras capas; ReLU los conserva mejor.
- Una red de una capa oculta, entrenada en segundos, reconoce los dígitos de prueba; sus errores
  se leen en la matriz de confusión.
""",
        en=r"""
## 8. Summary

- For softmax with mean cross-entropy, $\partial L/\partial Z = (P - Y)/n$: the $1/p$ of the
  logarithm cancels with the softmax Jacobian.
- Backwards: $\partial L/\partial W_l = A_{l-1}^\top\delta_l$, $\partial L/\partial b_l =
  \mathbf 1^\top\delta_l$, $\delta_{l-1} = (\delta_l W_l^\top)\odot\varphi'(Z_{l-1})$. Every
  gradient has the shape of its parameter; the $1/n$ comes in once.
- Always check a hand-written gradient against another route (automatic differentiation or finite
  differences) before training.
- With $\sigma' \le 1/4$, the gradients of a deep sigmoid network fade towards the first layers;
  ReLU keeps them better.
- A network with one hidden layer, trained in seconds, recognises the test digits; its mistakes can
  be read in the confusion matrix.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es="## 9. Para seguir: recursos de la guía de estudio",
        en="## 9. Keep going: resources from the study guide",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.resources("backpropagation-digits", lang)
    return


if __name__ == "__main__":
    app.run()
