import marimo

__generated_with = "0.25.2"
app = marimo.App(width="medium", app_title="Gradiente · __number__")

# The shape every lesson shares (COURSE.md, "What every lesson has"). `gradiente dev new-lesson ID`
# copies this file to lessons/<module>_<n>_<id>.py with its id and number, and
# `gradiente dev new-exercise ID --lesson LESSON` adds each exercise's three cells above the
# self-check. Replace every TODO, in both languages: write each one for its reader, do not translate.


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
    kit.header("__lesson_id__", lang)
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
TODO: dos o tres frases que digan de qué trata la lección y por qué la idea importa.

**Al terminar podrás:**

- TODO: un objetivo que se pueda comprobar;
- TODO: otro objetivo;
- TODO: otro objetivo.
""",
        en=r"""
TODO: two or three sentences saying what the lesson is about and why the idea matters.

**By the end you will be able to:**

- TODO: an objective that can be checked;
- TODO: another objective;
- TODO: another objective.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es=r"""
## 1. TODO: la idea, en pasos pequeños

TODO: un paso de la matemática, con su fórmula en una línea propia:

$$
y = a\,x^2
$$

Mueve $a$ y mira cómo cambia la curva.
""",
        en=r"""
## 1. TODO: the idea, in small steps

TODO: one step of the math, with its formula on a line of its own:

$$
y = a\,x^2
$$

Move $a$ and watch the curve change.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang, mo):
    a_slider = mo.ui.slider(
        -2.0, 2.0, step=0.1, value=1.0, show_value=True, label=kit.say(lang, es="Coeficiente $a$", en="Coefficient $a$")
    )
    a_slider
    return (a_slider,)


@app.cell(hide_code=True)
def _(a_slider, np):
    # Small pure cell: what the figure and the text both use.
    grid = np.linspace(-3, 3, 200)
    curve = a_slider.value * grid**2
    return curve, grid


@app.cell(hide_code=True)
def _(a_slider, curve, grid, kit, lang, plt):
    _fig, _ax = plt.subplots(figsize=(7, 3.8))
    _ax.axhline(0, color="0.85", lw=0.8)
    _ax.plot(grid, curve, color="tab:blue", lw=2)
    _ax.set_ylim(-10, 10)
    _ax.set_xlabel("x")
    _ax.set_title(
        kit.say(lang, es=f"$y = a x^2$ con $a$ = {a_slider.value:g}", en=f"$y = a x^2$ with $a$ = {a_slider.value:g}")
    )
    plt.close(_fig)
    _fig
    return


@app.cell(hide_code=True)
def _(kit, lang):
    # The self-check: `gradiente dev new-exercise` adds each exercise's cells above this cell.
    kit.text(
        lang,
        es=r"""
## 2. Autoevaluación

Tres preguntas rápidas. La respuesta se corrige en cuanto eliges una opción.
""",
        en=r"""
## 2. Self-check

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
                es=f"**{number}.** TODO: una pregunta cuya respuesta se razone, no se recuerde.",
                en=f"**{number}.** TODO: a question whose answer is reasoned, not remembered.",
            ),
            (
                T(es="TODO: la respuesta correcta", en="TODO: the right answer"),
                T(es="TODO: un error típico", en="TODO: a typical mistake"),
                T(es="TODO: otro error típico", en="TODO: another typical mistake"),
            ),
            answer=0,
            why=T(
                es="TODO: por qué la correcta lo es, y qué confusión lleva a las otras.",
                en="TODO: why the right one is right, and which confusion leads to the others.",
            ),
        )
        for number in (1, 2, 3)
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
## 3. Resumen

- TODO: lo primero que hay que recordar.
- TODO: lo segundo.
""",
        en=r"""
## 3. Summary

- TODO: the first thing to remember.
- TODO: the second.
""",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.text(
        lang,
        es="## 4. Para seguir: recursos de la guía de estudio",
        en="## 4. Keep going: resources from the study guide",
    )
    return


@app.cell(hide_code=True)
def _(kit, lang):
    kit.resources("__lesson_id__", lang)
    return


if __name__ == "__main__":
    app.run()
