import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 6.5")


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
    kit.header("day-5-backpropagation", lang)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Día 5 de la consolidación. La retropropagación no es un algoritmo aparte: es la regla de la cadena
para funciones de varias variables, escrita como un **producto de jacobianos**, y calculada en el
orden que la hace barata, **desde la salida hacia la entrada**. Hoy la repasas en esa forma, la
programas en tres líneas y la usas para preguntarle a una red qué píxeles de un dígito mueven su
pérdida.

**Al terminar podrás:**

- escribir $\partial L/\partial x$ de una red como $g^\top J_L \cdots J_1$ y decir la forma de cada factor;
- explicar por qué se multiplica desde la salida (vector por matriz) y no armando el producto de matrices;
- calcular un mapa de saliencia, $\partial L/\partial x$ con un número por píxel, y leer qué dice;
- reconocer dos errores que rompen un código de retropropagación sin avisar.
""",
        en=r"""
Day 5 of the consolidation track. Backpropagation is not a separate algorithm: it is the chain
rule for functions of several variables, written as a **product of Jacobians**, and computed in the
order that makes it cheap, **from the output back to the input**. Today you review it in that form,
program it in three lines and use it to ask a network which pixels of a digit move its loss.

**By the end you will be able to:**

- write a network's $\partial L/\partial x$ as $g^\top J_L \cdots J_1$ and give the shape of each factor;
- explain why one multiplies from the output (vector times matrix) instead of building the product of matrices;
- compute a saliency map, $\partial L/\partial x$ with one number per pixel, and read what it says;
- recognise two mistakes that break backpropagation code without a warning.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 0. Repaso: la cadena de capas

Esta lección repasa la **2.4** (*La regla de la cadena y los grafos computacionales*) y la **4.4**
(*Retropropagación a mano y con diferenciación automática, con dígitos reales*). Si algo de aquí
te suena nuevo, vuelve a ellas.

Una red es una cadena de funciones: $x = y_0 \mapsto y_1 = f_1(y_0) \mapsto \cdots \mapsto
y_L = f_L(y_{L-1})$, y al final una pérdida escalar $L(y_L)$. Cada capa $f_k$ tiene su jacobiano
$J_k = \partial y_k/\partial y_{k-1}$, de forma $n_k \times n_{k-1}$ (fila $i$ = gradiente de la
salida $i$, la convención del curso). La regla de la cadena dice que el jacobiano de la
composición es el producto de los jacobianos, y para la pérdida, con
$g = \partial L/\partial y_L$ (un vector de largo $n_L$):

$$
\frac{\partial L}{\partial x}^{\!\top} = g^\top J_L\,J_{L-1} \cdots J_1 .
$$

El resultado es un vector fila de largo $n_0$: el gradiente tiene la forma de $x$. Transponiendo,
es lo mismo que $J_1^\top \cdots J_L^\top g$, evaluado de derecha a izquierda; las dos escrituras
dicen lo mismo: **primero $J_L$, al final $J_1$**.

Para la red de dígitos de la 4.4 con una capa oculta sigmoide (64 → 16 → 10), en la notación de
matemáticas, $z_1 = A_1 x + b_1$, $a_1 = \sigma(z_1)$, $z_2 = A_2 a_1 + b_2$, y la pérdida es la
entropía cruzada de la etiqueta $y$. Los tres jacobianos y el gradiente de arriba son

$$
J_1 = A_1 \;(16\times 64),\qquad J_2 = \operatorname{diag}\!\big(\sigma(z_1)(1-\sigma(z_1))\big)\;(16\times 16),\qquad
J_3 = A_2 \;(10\times 16),\qquad g = \operatorname{softmax}(z_2) - e_y .
$$

En código, con lotes, se escribe `Z = X @ W + b`, así que `W = Aᵀ`: la red de `gradiente` guarda
`coefs_[0]` de forma `(64, 16)`, y su jacobiano es `coefs_[0].T`.
""",
        en=r"""
## 0. Recap: the chain of layers

This lesson reviews **2.4** (*The chain rule and computational graphs*) and **4.4**
(*Backpropagation by hand and by autodiff, on real digits*). If anything here sounds new, go back
to them.

A network is a chain of functions: $x = y_0 \mapsto y_1 = f_1(y_0) \mapsto \cdots \mapsto
y_L = f_L(y_{L-1})$, and at the end a scalar loss $L(y_L)$. Each layer $f_k$ has its Jacobian
$J_k = \partial y_k/\partial y_{k-1}$, of shape $n_k \times n_{k-1}$ (row $i$ = the gradient of
output $i$, the course's convention). The chain rule says that the Jacobian of a composition is
the product of the Jacobians, and for the loss, with $g = \partial L/\partial y_L$ (a vector of
length $n_L$):

$$
\frac{\partial L}{\partial x}^{\!\top} = g^\top J_L\,J_{L-1} \cdots J_1 .
$$

The result is a row vector of length $n_0$: the gradient has the shape of $x$. Transposed, it is
the same as $J_1^\top \cdots J_L^\top g$, evaluated right to left; both ways of writing it say the
same thing: **$J_L$ first, $J_1$ last**.

For 4.4's digits network with one sigmoid hidden layer (64 → 16 → 10), in maths notation,
$z_1 = A_1 x + b_1$, $a_1 = \sigma(z_1)$, $z_2 = A_2 a_1 + b_2$, and the loss is the
cross-entropy of the label $y$. The three Jacobians and the gradient from above are

$$
J_1 = A_1 \;(16\times 64),\qquad J_2 = \operatorname{diag}\!\big(\sigma(z_1)(1-\sigma(z_1))\big)\;(16\times 16),\qquad
J_3 = A_2 \;(10\times 16),\qquad g = \operatorname{softmax}(z_2) - e_y .
$$

In code, with batches, one writes `Z = X @ W + b`, so `W = Aᵀ`: `gradiente`'s network stores
`coefs_[0]` with shape `(64, 16)`, and its Jacobian is `coefs_[0].T`.
""",
    )
    return


@app.cell
def _(np):
    from gradiente.datasets import load_digits
    from gradiente.models import MLPClassifier

    X_digits, y_digits = load_digits(return_X_y=True)
    X_digits = X_digits / 16.0  # pixels from 0..16 to 0..1
    n_train = 1500  # train on the first 1500 digits; the other 297 stay unseen
    net = MLPClassifier((16,), activation="sigmoid", lr=0.01, epochs=60, batch_size=64, random_state=0)
    net.fit(X_digits[:n_train], y_digits[:n_train])
    W1, W2 = net.coefs_  # (64, 16) and (16, 10): code layout, W = Aᵀ
    b1, b2 = net.intercepts_

    def chain_at(x, target):
        """The three Jacobians [J₁, J₂, J₃] at x, and g = ∂L/∂z₂ for L = −ln p_target."""
        z1 = x @ W1 + b1
        a1 = 1.0 / (1.0 + np.exp(-z1))
        z2 = a1 @ W2 + b2
        p = np.exp(z2 - z2.max())
        p /= p.sum()
        g = p - np.eye(10)[target]  # ∂L/∂z₂ = softmax(z₂) − e_target
        return [W1.T, np.diag(a1 * (1.0 - a1)), W2.T], g, p

    held_out_accuracy = net.score(X_digits[n_train:], y_digits[n_train:])
    [f"held-out accuracy: {held_out_accuracy:.3f} on {len(y_digits) - n_train} digits"]
    return W1, W2, X_digits, b1, b2, chain_at, held_out_accuracy, n_train, net, y_digits


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 1. ¿Por qué desde la salida?

El producto $g^\top J_3 J_2 J_1$ se puede agrupar de dos maneras y da lo mismo. Lo que cambia es
el costo:

- **desde la entrada**, armando matrices: $M = J_3 (J_2 J_1)$ es un producto matriz por matriz en
  cada paso, y recién al final $g^\top M$;
- **desde la salida**: $\big((g^\top J_3) J_2\big) J_1$, donde cada paso es un **vector fila por
  una matriz** (un *producto vector–jacobiano*, VJP). Nunca aparece una matriz nueva.

La celda de abajo cuenta las multiplicaciones de cada camino, para esta red y para una más ancha
(784 → 512 → 512 → 10, el tamaño de una red para MNIST), y comprueba con `gradiente.autodiff` que
el VJP da el gradiente correcto. $J_2$ es diagonal: multiplicar por ella es multiplicar elemento a
elemento por $\sigma'(z_1)$, así que en la práctica ni siquiera se arma.
""",
        en=r"""
## 1. Why from the output?

The product $g^\top J_3 J_2 J_1$ can be grouped in two ways and gives the same answer. What
changes is the cost:

- **from the input**, building matrices: $M = J_3 (J_2 J_1)$ is a matrix-times-matrix product at
  each step, and only at the end $g^\top M$;
- **from the output**: $\big((g^\top J_3) J_2\big) J_1$, where every step is a **row vector times
  a matrix** (a *vector–Jacobian product*, VJP). No new matrix ever appears.

The cell below counts the multiplications of each road, for this network and for a wider one
(784 → 512 → 512 → 10, the size of a network for MNIST), and checks with `gradiente.autodiff`
that the VJP gives the right gradient. $J_2$ is diagonal: multiplying by it is multiplying
elementwise by $\sigma'(z_1)$, so in practice it is not even built.
""",
    )
    return


@app.cell
def _(W1, W2, X_digits, b1, b2, chain_at, kit, np, y_digits):
    from gradiente import autodiff

    def multiplications(widths):
        """Scalar multiplications of each road through gᵀ J_L ⋯ J₁, for widths (n₀, n₁, …, n_L)."""
        from_output = sum(widths[k] * widths[k + 1] for k in range(len(widths) - 1))  # one VJP per layer
        from_input = sum(widths[k + 1] * widths[k] * widths[0] for k in range(1, len(widths) - 1))  # J_k @ M
        return from_output, from_input + widths[-1] * widths[0]  # ... and gᵀ M at the end

    digit = 1500
    jacobians, g, _ = chain_at(X_digits[digit], y_digits[digit])
    vjp = g @ jacobians[2] @ jacobians[1] @ jacobians[0]  # Python's @ goes left to right: vector × matrix
    product = g @ (jacobians[2] @ (jacobians[1] @ jacobians[0]))  # the matrices first

    def loss_of_pixels(x):  # the same network, written with autodiff's Tensors
        logits = autodiff.sigmoid(x[None, :] @ W1 + b1) @ W2 + b2
        return autodiff.cross_entropy(logits, [y_digits[digit]])

    by_autodiff = autodiff.grad(loss_of_pixels)(X_digits[digit])
    lines, cost_ratios = [], []
    for name, widths in (
        ("digits, 64-16-16-10", (64, 16, 16, 10)),
        ("MNIST-sized, 784-512-512-10", (784, 512, 512, 10)),
    ):
        cheap, costly = multiplications(widths)
        cost_ratios.append(costly / cheap)
        lines.append(
            f"{name}: from the output {cheap:,} multiplications; building matrices {costly:,} ({costly / cheap:.0f}x)"
        )
    lines.append(f"the two groupings agree:   max |difference| = {np.abs(vjp - product).max():.1e}")
    lines.append(f"VJP against autodiff.grad: max |difference| = {np.abs(vjp - by_autodiff).max():.1e}")
    kit.printout(lines)
    return (cost_ratios,)


@app.cell(hide_code=True)
def _(cost_ratios, kit, lang):
    kit.text(
        lang,
        es=f"""
Armar las matrices cuesta unas {cost_ratios[0]:.0f} veces más en la red chica y unas
{cost_ratios[1]:.0f} veces más en la ancha. Y en una red real el gradiente que importa es el de los
**pesos**, con millones de entradas: ahí el producto de matrices ni cabría en memoria. Por eso la
retropropagación, y la diferenciación automática en modo inverso de la lección 2.6, siempre llevan
un **vector** hacia atrás.
""",
        en=f"""
Building the matrices costs about {cost_ratios[0]:.0f} times more in the small network and about
{cost_ratios[1]:.0f} times more in the wide one. And in a real network the gradient that matters is
the one for the **weights**, with millions of entries: there the product of matrices would not
even fit in memory. That is why backpropagation, and the reverse-mode automatic differentiation of
lesson 2.6, always carry a **vector** backwards.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 2. ¿Qué píxeles mueven la pérdida?

El mismo VJP, llevado hasta la entrada, da $\partial L/\partial x$: un número por píxel, que dice
cuánto cambia la pérdida si aclaras ese píxel un poco. Dibujado como imagen de 8×8 es un **mapa de
saliencia**. Elige un dígito que la red no vio al entrenar y la clase $k$ cuya pérdida
$-\ln p_k$ derivas (por defecto, la etiqueta verdadera).

- **Rojo** ($\partial L/\partial x_j > 0$): aclarar ese píxel **sube** la pérdida de $k$, lo aleja de $k$.
- **Azul** ($\partial L/\partial x_j < 0$): aclararlo la **baja**, es evidencia a favor de $k$.
""",
        en=r"""
## 2. Which pixels move the loss?

The same VJP, carried all the way to the input, gives $\partial L/\partial x$: one number per
pixel, saying how much the loss changes if you brighten that pixel a little. Drawn as an 8×8 image
it is a **saliency map**. Pick a digit the network did not see in training and the class $k$
whose loss $-\ln p_k$ you differentiate (by default, the true label).

- **Red** ($\partial L/\partial x_j > 0$): brightening that pixel **raises** the loss of $k$, it pushes away from $k$.
- **Blue** ($\partial L/\partial x_j < 0$): brightening it **lowers** the loss, it is evidence for $k$.
""",
    )
    return


@app.cell(hide_code=True)
def _(X_digits, kit, lang, mo, n_train):
    digit_slider = mo.ui.slider(
        0,
        len(X_digits) - n_train - 1,
        value=0,
        show_value=True,
        label=kit.say(lang, es="Dígito no visto n.º", en="Unseen digit no."),
    )
    true_label = kit.say(lang, es="la etiqueta verdadera", en="the true label")
    class_dropdown = mo.ui.dropdown(
        options=[true_label] + [str(k) for k in range(10)],
        value=true_label,
        label=kit.say(lang, es="Clase k de la pérdida", en="Class k of the loss"),
    )
    mo.hstack([digit_slider, class_dropdown], justify="start", gap=2)
    return class_dropdown, digit_slider


@app.cell(hide_code=True)
def _(X_digits, chain_at, class_dropdown, digit_slider, n_train, np, y_digits):
    # Small pure cell: the chosen digit, its target class, and ∂L/∂pixels by three VJPs.
    chosen = n_train + digit_slider.value
    target = int(class_dropdown.value) if class_dropdown.value.isdigit() else int(y_digits[chosen])
    _jacobians, _g, probabilities = chain_at(X_digits[chosen], target)
    saliency = _g
    for _J in reversed(_jacobians):
        saliency = saliency @ _J
    return chosen, probabilities, saliency, target


@app.cell(hide_code=True)
def _(X_digits, chosen, kit, lang, np, plt, probabilities, saliency, target, y_digits):
    _SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
    _fig, (_ax_digit, _ax_map, _ax_p) = plt.subplots(
        1, 3, figsize=(9.6, 3.4), gridspec_kw={"width_ratios": [1, 1.25, 1.3]}
    )
    _ax_digit.imshow(X_digits[chosen].reshape(8, 8), cmap="gray_r", vmin=0, vmax=1)
    _ax_digit.set_title(
        kit.say(lang, es=f"el dígito (etiqueta {y_digits[chosen]})", en=f"the digit (label {y_digits[chosen]})"),
        fontsize=10,
    )
    _limit = max(float(np.abs(saliency).max()), 1e-12)
    _image = _ax_map.imshow(saliency.reshape(8, 8), cmap="RdBu_r", vmin=-_limit, vmax=_limit)
    _fig.colorbar(_image, ax=_ax_map, fraction=0.046, pad=0.04)
    _ax_map.set_title(
        kit.say(
            lang,
            es=f"∂L/∂píxeles, L = −ln p{str(target).translate(_SUBSCRIPT)}",
            en=f"∂L/∂pixels, L = −ln p{str(target).translate(_SUBSCRIPT)}",
        ),
        fontsize=10,
    )
    for _ax in (_ax_digit, _ax_map):
        _ax.set_xticks([])
        _ax.set_yticks([])
    _predicted = int(np.argmax(probabilities))
    _colors = ["0.75"] * 10
    _colors[_predicted] = "tab:green" if _predicted == y_digits[chosen] else "tab:red"
    _ax_p.bar(range(10), probabilities, color=_colors)
    _ax_p.bar([target], [probabilities[target]], color="none", edgecolor="k", lw=1.5)
    _ax_p.set_xticks(range(10))
    _ax_p.set_ylim(0, 1)
    _ax_p.set_xlabel(kit.say(lang, es="clase", en="class"))
    _ax_p.set_title(
        kit.say(
            lang,
            es=f"la red dice {_predicted} (p = {probabilities[_predicted]:.2f})",
            en=f"the network says {_predicted} (p = {probabilities[_predicted]:.2f})",
        ),
        fontsize=10,
        color=_colors[_predicted] if _colors[_predicted] == "tab:red" else "k",
    )
    _fig.subplots_adjust(left=0.03, right=0.97, bottom=0.15, top=0.88, wspace=0.3)
    plt.close(_fig)
    _fig
    return


@app.cell
def _(X_digits, chain_at, n_train, net, np, y_digits):
    # Facts the text below quotes: the digits the network gets wrong, and the three pixels that are always 0.
    unseen = np.arange(n_train, len(X_digits))
    wrong = [int(i - n_train) for i in unseen[net.predict(X_digits[unseen]) != y_digits[unseen]]]
    blank_pixels = np.flatnonzero(X_digits[:n_train].std(axis=0) == 0)
    _largest = 0.0
    for _i in unseen:
        _jacobians, _g, _ = chain_at(X_digits[_i], y_digits[_i])
        _s = _g @ _jacobians[2] @ _jacobians[1] @ _jacobians[0]
        _largest = max(_largest, float(np.abs(_s[blank_pixels]).max()))
    blank_saliency = _largest
    [
        f"misclassified unseen digits: {wrong}",
        f"blank pixels {blank_pixels.tolist()}, largest |∂L/∂x| there: {blank_saliency:.1e}",
    ]
    return blank_pixels, blank_saliency, wrong


@app.cell(hide_code=True)
def _(blank_pixels, blank_saliency, held_out_accuracy, kit, lang, wrong):
    _wrong = ", ".join(str(i) for i in wrong[:8])
    _blank = ", ".join(str(int(i)) for i in blank_pixels)
    kit.text(
        lang,
        es=f"""
La red acierta {held_out_accuracy:.1%} de los dígitos no vistos. Prueba alguno de los que falla
(por ejemplo los n.º {_wrong}) y cambia $k$ entre la etiqueta verdadera y la que la red eligió: el
mapa te muestra qué trazos faltan o sobran para cada una. Y fíjate en las columnas del borde: los
píxeles {_blank} valen 0 en todas las imágenes de entrenamiento, así que sus pesos nunca recibieron
gradiente de los datos y su saliencia es prácticamente nula (a lo sumo ${kit.tex_number(blank_saliency)}$).

Una advertencia: el mapa es una derivada, una aproximación **lineal** válida para cambios chicos
de los píxeles. No dice qué "mira" la red en un sentido más profundo.
""",
        en=f"""
The network gets {held_out_accuracy:.1%} of the unseen digits right. Try one it gets wrong (for
example nos. {_wrong}) and switch $k$ between the true label and the one the network chose: the map
shows which strokes are missing or extra for each. And look at the border columns: pixels
{_blank} are 0 in every training image, so their weights never got a gradient from the data and
their saliency is practically nil (at most ${kit.tex_number(blank_saliency)}$).

A warning: the map is a derivative, a **linear** approximation valid for small changes of the
pixels. It does not say what the network "looks at" in any deeper sense.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 3. Dos detalles que rompen el código sin avisar

Un código de retropropagación con un error casi siempre corre igual y entrena "algo", así que
conviene saber dónde mirar. Si lees código de otros (el del mini curso de la guía incluido),
revisa estos dos:

- **La derivada de la sigmoide es $\sigma'(z) = \sigma(z)\,(1 - \sigma(z))$**, sin ningún factor
  más. Un factor de sobra en $J_2$ multiplica todo lo que queda **debajo** de esa capa: el
  gradiente de $W_1$, de $b_1$ y de la entrada. Lo de arriba ($W_2$, $b_2$) no se entera. La
  celda de abajo lo comprueba.
- **El sesgo se trata igual que los pesos.** Si la pérdida es la media sobre un lote de $n$
  muestras, con $\Delta_l$ la matriz de deltas (una fila por muestra),
  $\partial L/\partial W_l = \tfrac1n A_{l-1}^\top \Delta_l$ y
  $\partial L/\partial b_l = \tfrac1n \mathbf 1^\top \Delta_l$: los dos **suman** sobre las muestras y
  los dos llevan el mismo $\tfrac1n$. Promediar uno y sumar el otro deja al sesgo con un paso $n$
  veces distinto del de los pesos.
""",
        en=r"""
## 3. Two details that break the code without a warning

Backpropagation code with a bug nearly always runs anyway and trains "something", so it pays to
know where to look. If you read other people's code (the guide's mini-course included), check
these two:

- **The sigmoid's derivative is $\sigma'(z) = \sigma(z)\,(1 - \sigma(z))$**, with no extra factor.
  An extra factor in $J_2$ multiplies everything **below** that layer: the gradient of $W_1$, of
  $b_1$ and of the input. What is above ($W_2$, $b_2$) does not notice. The cell below checks it.
- **The bias is treated like the weights.** If the loss is the mean over a batch of $n$ samples,
  with $\Delta_l$ the matrix of deltas (one row per sample),
  $\partial L/\partial W_l = \tfrac1n A_{l-1}^\top \Delta_l$ and
  $\partial L/\partial b_l = \tfrac1n \mathbf 1^\top \Delta_l$: both **sum** over the samples and
  both carry the same $\tfrac1n$. Averaging one and summing the other leaves the bias with a step
  $n$ times off from the weights'.
""",
    )
    return


@app.cell
def _(W1, W2, X_digits, b1, b2, kit, np, y_digits):
    def gradients(x, label, sigmoid_factor=1.0):
        """∂L/∂W₂, ∂L/∂W₁ and ∂L/∂x for one digit; sigmoid_factor = 2 plants the extra factor in σ′."""
        a1 = 1.0 / (1.0 + np.exp(-(x @ W1 + b1)))
        z2 = a1 @ W2 + b2
        p = np.exp(z2 - z2.max())
        g = p / p.sum() - np.eye(10)[label]  # ∂L/∂z₂
        delta1 = (g @ W2.T) * (sigmoid_factor * a1 * (1.0 - a1))  # ∂L/∂z₁
        return np.outer(a1, g), np.outer(x, delta1), delta1 @ W1.T

    _right = gradients(X_digits[1500], y_digits[1500])
    _wrong = gradients(X_digits[1500], y_digits[1500], sigmoid_factor=2.0)
    _lines = []
    for _name, _r, _w in zip(("dL/dW2", "dL/dW1", "dL/dx "), _right, _wrong):
        _nonzero = np.abs(_r) > 1e-12
        _ratio = _w[_nonzero] / _r[_nonzero]
        _lines.append(f"{_name}: wrong / right between {_ratio.min():.6f} and {_ratio.max():.6f}")
    kit.printout(_lines)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
Las tres razones valen exactamente 1, 2 y 2: $W_2$ queda arriba del error y no cambia; $W_1$ y la
entrada quedan debajo y se duplican. El entrenamiento sigue corriendo, solo que la capa de abajo
avanza con pasos del doble, como si tuviera otra tasa de aprendizaje: un error así no se ve en
la curva de pérdida, se ve comparando con otra forma de calcular el gradiente (diferencias
finitas o `autodiff`, como en la 4.4).

## 4. Ejercicio

Programa la cadena de VJP que usaste en las secciones 1 y 2, para cualquier número de capas.
""",
        en=r"""
The three ratios are exactly 1, 2 and 2: $W_2$ sits above the mistake and does not change; $W_1$
and the input sit below and double. Training still runs, only the lower layer moves with steps
twice as long, as if it had another learning rate: a bug like this does not show in the loss
curve, it shows when you compare with another way of computing the gradient (finite differences or
`autodiff`, as in 4.4).

## 4. Exercise

Program the chain of VJPs you used in sections 1 and 2, for any number of layers.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    ex_vjp_chain = kit.exercise("vjp_chain", lang)
    ex_vjp_chain
    return (ex_vjp_chain,)


@app.cell(hide_code=True)
def _(ex_vjp_chain, kit):
    kit.feedback(ex_vjp_chain)
    return


@app.cell(hide_code=True)
def _(ex_vjp_chain, kit):
    kit.hints(ex_vjp_chain)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 5. Autoevaluación

Tres preguntas rápidas. La respuesta se corrige en cuanto eliges una opción.
""",
        en=r"""
## 5. Self-check

Three quick questions. Your answer is checked as soon as you pick an option.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit):
    T, Question = kit.T, kit.Question
    QUIZ = [
        Question(
            T(
                es=r"**1.** ¿Por qué la retropropagación multiplica $g^\top J_L \cdots J_1$ empezando por $g^\top J_L$?",
                en=r"**1.** Why does backpropagation multiply $g^\top J_L \cdots J_1$ starting with $g^\top J_L$?",
            ),
            (
                T(
                    es="Porque así cada paso es un vector por una matriz y nunca se arma un producto de matrices",
                    en="Because then every step is a vector times a matrix and no product of matrices is ever built",
                ),
                T(
                    es="Porque el producto de matrices no es asociativo: el otro orden da otro resultado",
                    en="Because the matrix product is not associative: the other order gives another result",
                ),
                T(
                    es="Porque J₁ todavía no se conoce cuando empieza la pasada hacia atrás",
                    en="Because J₁ is not known yet when the backward pass starts",
                ),
            ),
            answer=0,
            why=T(
                es=r"El producto **sí** es asociativo: las dos agrupaciones dan lo mismo (la sección 1 lo comprobó). Lo que cambia es el costo: desde la salida, $g^\top J_L$ es un vector, y cada paso siguiente es vector por matriz; desde la entrada, cada paso es matriz por matriz. Y $J_1$ se conoce desde la pasada hacia adelante, que guarda lo necesario de cada capa.",
                en=r"The product **is** associative: both groupings give the same answer (section 1 checked it). What changes is the cost: from the output, $g^\top J_L$ is a vector, and each next step is vector times matrix; from the input, each step is matrix times matrix. And $J_1$ is known since the forward pass, which keeps what each layer needs.",
            ),
        ),
        Question(
            T(
                es="**2.** La red de dígitos recibe x con 64 píxeles y da 10 puntuaciones. ¿Qué forma tiene ∂L/∂x?",
                en="**2.** The digits network takes x with 64 pixels and gives 10 scores. What shape does ∂L/∂x have?",
            ),
            (T.same("(10,)"), T.same("(64,)"), T.same("(10, 64)")),
            answer=1,
            why=T(
                es=r"$L$ es un solo número, así que su gradiente respecto de $x$ tiene la forma de $x$: 64 números, uno por píxel (por eso se puede dibujar como una imagen de 8×8). $(10, 64)$ es la forma del jacobiano de las puntuaciones respecto de $x$, el producto $J_3 J_2 J_1$ que la retropropagación evita armar; $(10,)$ es la forma de $g$.",
                en=r"$L$ is a single number, so its gradient with respect to $x$ has the shape of $x$: 64 numbers, one per pixel (that is why it can be drawn as an 8×8 image). $(10, 64)$ is the shape of the Jacobian of the scores with respect to $x$, the product $J_3 J_2 J_1$ that backpropagation avoids building; $(10,)$ is the shape of $g$.",
            ),
        ),
        Question(
            T(
                es="**3.** En una red de 3 capas ocultas, alguien programa la derivada de la activación de la **segunda** capa con un factor 2 de más. ¿Qué gradientes salen mal?",
                en="**3.** In a network with 3 hidden layers, someone codes the activation derivative of the **second** layer with an extra factor 2. Which gradients come out wrong?",
            ),
            (
                T(es="Todos, multiplicados por 2", en="All of them, times 2"),
                T(
                    es="Solo los de la segunda capa",
                    en="Only those of the second layer",
                ),
                T(
                    es="Los de la segunda capa y los de todas las de abajo (hasta la entrada), multiplicados por 2",
                    en="Those of the second layer and of every layer below it (down to the input), times 2",
                ),
            ),
            answer=2,
            why=T(
                es=r"El factor entra en la cadena en el jacobiano de esa activación. Todo gradiente que se calcula **después** en la pasada hacia atrás, es decir, el de esa capa y el de las que están más cerca de la entrada, lleva ese jacobiano en su producto y sale doble. Las capas de arriba ya recibieron su gradiente antes de llegar al error. Es lo que viste en la sección 3 con $W_2$ (razón 1) y $W_1$ (razón 2).",
                en=r"The factor enters the chain in that activation's Jacobian. Every gradient computed **after** it in the backward pass, that is, that layer's and those of the layers closer to the input, has that Jacobian in its product and comes out doubled. The layers above got their gradient before reaching the mistake. It is what you saw in section 3 with $W_2$ (ratio 1) and $W_1$ (ratio 2).",
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

- Para una cadena de capas con jacobianos $J_k$ de forma $n_k \times n_{k-1}$,
  $\partial L/\partial x^\top = g^\top J_L \cdots J_1$ con $g = \partial L/\partial y_L$; el
  resultado tiene la forma de $x$.
- La retropropagación evalúa ese producto desde la salida: un vector fila por una matriz en cada
  paso (un VJP), nunca un producto de matrices. Las activaciones tienen jacobianos diagonales, que
  se aplican elemento a elemento.
- Llevado hasta la entrada, el VJP da un mapa de saliencia: cuánto mueve la pérdida cada píxel.
- Un factor de sobra en una derivada multiplica los gradientes de esa capa y de todas las de abajo;
  el sesgo suma sobre el lote con el mismo $\tfrac1n$ que los pesos. Compara siempre con otra forma
  de calcular el gradiente.
""",
        en=r"""
## 6. Summary

- For a chain of layers with Jacobians $J_k$ of shape $n_k \times n_{k-1}$,
  $\partial L/\partial x^\top = g^\top J_L \cdots J_1$ with $g = \partial L/\partial y_L$; the
  result has the shape of $x$.
- Backpropagation evaluates that product from the output: a row vector times a matrix at each step
  (a VJP), never a product of matrices. Activations have diagonal Jacobians, applied elementwise.
- Carried to the input, the VJP gives a saliency map: how much each pixel moves the loss.
- An extra factor in one derivative multiplies the gradients of that layer and of every layer below;
  the bias sums over the batch with the same $\tfrac1n$ as the weights. Always compare with another
  way of computing the gradient.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es="## 7. Para seguir: el día 5 original y otros recursos de la guía",
        en="## 7. Keep going: the original day 5 and other resources from the guide",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.resources("day-5-backpropagation", lang)
    return


if __name__ == "__main__":
    app.run()
