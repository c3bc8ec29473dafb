import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · 2.1")


@app.cell(hide_code=True)
def _():
    import marimo as mo
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    from gradiente.course import notebook as kit

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
    kit.text(
        lang,
        es=r"""
# 2.1 Derivadas y descenso de gradiente
""",
        en=r"""
# 2.1 Derivatives and gradient descent
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    learning_rate = mo.ui.slider(0.01, 1.1, step=0.01, value=0.1, show_value=True,
                                 label=kit.say(lang, es="Tasa de aprendizaje", en="Learning rate"))
    learning_rate
    return (learning_rate,)


@app.cell(hide_code=True)
def _(learning_rate, np, plt):
    _x = [3.0]
    for _ in range(20):
        _x.append(_x[-1] - learning_rate.value * 2 * _x[-1])
    _fig, _ax = plt.subplots(figsize=(6, 3.5))
    _grid = np.linspace(-4, 4, 200)
    _ax.plot(_grid, _grid**2)
    _ax.plot(_x, np.square(_x), "o-")
    _ax.set_ylim(-0.5, 17)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.exercise_intro("numerical_derivative", lang)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    editor_numerical_derivative = kit.exercise_editor("numerical_derivative", lang)
    editor_numerical_derivative
    return (editor_numerical_derivative,)


@app.cell(hide_code=True)
def _(editor_numerical_derivative, kit, lang):
    kit.exercise_feedback("numerical_derivative", editor_numerical_derivative.value, lang)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    hint_numerical_derivative = kit.hint_button("numerical_derivative", lang)
    hint_numerical_derivative
    return (hint_numerical_derivative,)


@app.cell(hide_code=True)
def _(hint_numerical_derivative, kit, lang):
    kit.hints_view("numerical_derivative", hint_numerical_derivative.value, lang)
    return


if __name__ == "__main__":
    app.run()
