"""The lesson kit used inside marimo notebooks: header, exercises, self-check, resources and shared helpers.

The exercise tests drive the kit the way marimo's runtime does when the page sends a value:
``element._update(value)`` on the element the page shows (the code editor, while the learner
types), or on the exercise (a batch) with the key of the control used, as marimo's lenses
deliver a "Check" or a hint click. tests/hub/test_browser.py does the same through the page.
"""

import html
import re

import numpy as np
import pytest

from gradiente.course import kit as lesson_kit
from gradiente.course.i18n import T
from gradiente.course.kit import Kit


@pytest.fixture
def kit(workspace, monkeypatch):
    """A lesson session's kit on a fresh workspace (the one ``gradiente start`` would serve)."""
    monkeypatch.setenv("GRADIENTE_WORKSPACE", str(workspace.root))
    monkeypatch.setenv("GRADIENTE_CHECK_TIMEOUT", "20")
    lesson_kit.workspace.cache_clear()
    yield Kit()
    lesson_kit.workspace.cache_clear()


def shown(element) -> str:
    """An element's HTML with marimo's attribute escaping undone (callouts carry their body escaped)."""
    text = element.text
    while (plain := html.unescape(text).replace("\\u003c", "<").replace("\\u003e", ">").replace('\\"', '"')) != text:
        text = plain
    return text


def status(element) -> str | None:
    found = re.findall(r'data-status="(pass|fail|error)"', shown(element))
    assert len(found) <= 1
    return found[0] if found else None


def question(answer=1):
    return kit_question(T(es="¿2 + 2?", en="2 + 2?"), answer)


def kit_question(prompt, answer=1):
    return Kit.Question(prompt, (T.same("3"), T.same("4")), answer=answer, why=T(es="Porque sí.", en="Because."))


# --- the header ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "lang, title", [("es", "2.1 · Derivadas y descenso de gradiente"), ("en", "2.1 · Derivatives and gradient descent")]
)
def test_the_header_is_the_number_and_title_from_the_manifest(kit, lang, title):
    header = kit.header("derivatives-gradient-descent", lang).text
    assert re.search(r"<h1[^>]*>" + re.escape(title) + "</h1>", header), header


# --- exercises ---------------------------------------------------------------------------


def test_an_exercise_is_one_element_holding_intro_editor_check_and_hint(kit, workspace):
    ex = kit.exercise("gradient", "en")
    page = shown(ex)
    assert "The numerical gradient in n dimensions" in page  # its title, from course.toml
    assert str(workspace.exercise_file("gradient")) in page  # where the learner's file is
    assert ex.editor.value == workspace.read_code("gradient")
    assert ex.check.value is None and ex.value == {"check": None, "hint": 0}
    assert "Check" in ex.check.text and "Ask for a hint" in ex.hint_button.text
    assert ex.editor._id in ex.text, "the page shows the editor the kit listens to"
    assert status(kit.feedback(ex)) is None, "nothing is graded before a submission"


def test_a_submission_is_graded_once_and_its_verdict_shown_again_without_grading(kit, workspace, course):
    ex = kit.exercise("gradient", "en")
    right = course.exercise("gradient").solution_path.read_text(encoding="utf-8")
    ex._update({"check": right})  # "Check" pressed with the reference in the editor
    assert status(kit.feedback(ex)) == "pass"
    assert workspace.exercise_file("gradient").read_text(encoding="utf-8") == right, "the code is saved"
    assert len(workspace.store.attempts("gradient")) == 1
    assert status(kit.feedback(ex)) == "pass"  # the cell runs again for another reason
    assert len(workspace.store.attempts("gradient")) == 1


def test_a_hint_click_never_grades_again(kit, workspace, course):
    ex = kit.exercise("gradient", "en")
    wrong = course.exercise("gradient").stub_path.read_text(encoding="utf-8")
    ex._update({"check": wrong})
    before = shown(kit.feedback(ex))
    assert status(kit.feedback(ex)) == "fail" and len(workspace.store.attempts("gradient")) == 1

    ex._update({"hint": 1})  # the hint button's first click: marimo re-runs both cells below
    assert workspace.store.hints_shown("gradient") == 1, "the click recorded the hint"
    assert shown(kit.feedback(ex)) == before
    assert len(workspace.store.attempts("gradient")) == 1, "a hint click graded the code again"
    hints = shown(kit.hints(ex))
    assert 'data-hint="1"' in hints and 'data-hint="2"' not in hints
    assert course.exercise("gradient").hints[0].en in hints


def test_unsaved_code_survives_a_language_switch(kit, workspace):
    ex = kit.exercise("gradient", "es")
    typed = "def gradient(f, x, h=1e-5):\n    return x  # still thinking\n"
    ex.editor._update(typed)  # what the page sends while the learner types (nothing saved, nothing graded)
    assert workspace.exercise_file("gradient").read_text(encoding="utf-8") != typed
    assert not workspace.store.attempts("gradient")

    switched = kit.exercise("gradient", "en")  # the cell runs again with the other language
    assert switched.editor.value == typed
    assert "Check" in switched.check.text and "Comprobar" in ex.check.text


def test_the_last_verdict_is_shown_in_the_new_language_without_grading(kit, workspace, course):
    ex = kit.exercise("gradient", "es")
    ex._update({"check": course.exercise("gradient").solution_path.read_text(encoding="utf-8")})
    assert "¡Aprobado!" in shown(kit.feedback(ex))
    switched = kit.exercise("gradient", "en")
    assert "Passed!" in shown(kit.feedback(switched))
    assert len(workspace.store.attempts("gradient")) == 1


def test_each_exercise_and_each_session_keeps_its_own_drafts_and_verdicts(kit, workspace, course):
    ex = kit.exercise("gradient", "en")
    ex.editor._update("# gradient draft\n")
    ex._update({"check": course.exercise("gradient").solution_path.read_text(encoding="utf-8")})
    assert status(kit.feedback(ex)) == "pass"
    assert kit.exercise("numerical_derivative", "en").editor.value == workspace.read_code("numerical_derivative")
    assert status(kit.feedback(kit.exercise("numerical_derivative", "en"))) is None
    other_tab = Kit()
    assert other_tab.exercise("gradient", "en").editor.value == workspace.read_code("gradient")
    assert status(other_tab.feedback(other_tab.exercise("gradient", "en"))) is None


def test_a_failed_check_shows_the_first_failing_case_in_the_chosen_language(kit, course):
    ex = kit.exercise("numerical_derivative", "es")
    ex._update({"check": "def numerical_derivative(f, x, h=1e-5):\n    return (f(x + h) - f(x)) / h\n"})
    page = shown(kit.feedback(ex))
    assert 'data-status="fail"' in page and "hacia adelante" in page and "esperado" in page


# --- self-check ---------------------------------------------------------------------------


def test_a_question_must_point_at_one_of_its_options():
    with pytest.raises(ValueError, match="answer must index one of the 2 options"):
        question(answer=2)


@pytest.mark.parametrize("lang, prompt", [("es", "¿2 + 2?"), ("en", "2 + 2?")])
def test_self_check_offers_every_option_in_the_chosen_language(kit, lang, prompt):
    answers = kit.self_check([question(), kit_question(T(es="¿Otra?", en="Another?"))], lang)
    assert set(answers.value) == {"0", "1"} and answers.value["0"] is None
    assert prompt in answers["0"].text
    assert "4" in answers["1"].text


def test_self_check_answers_get_their_feedback_and_survive_a_language_switch(kit):
    questions = [question(), kit_question(T(es="¿Otra?", en="Another?"), answer=0)]
    quiz = kit.self_check(questions, "es")
    quiz._update({"0": "4"})  # the learner picks "4" in the first question
    page = shown(kit.self_check_feedback(quiz))
    assert "✓ Correcto." in page and "Porque sí." in page and "✗" not in page
    switched = kit.self_check(questions, "en")
    assert switched.value == {"0": 1, "1": None}
    assert "✓ Correct." in shown(kit.self_check_feedback(switched))


# --- resources ----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["es", "en"])
def test_resources_come_from_the_manifest_with_their_notes(kit, lang):
    page = kit.resources("derivatives-gradient-descent", lang).text
    assert "https://youtu.be/A6FiCDoz8_4" in page
    assert {"es": "Míralo después de la sección 4.", "en": "Watch it after section 4."}[lang] in page
    assert 'target="_blank"' in page and 'rel="noopener noreferrer"' in page


@pytest.mark.parametrize("lang", ["es", "en"])
def test_resources_beyond_the_guide_come_after_it_under_their_own_words(kit, lang):
    lesson = kit.resources("pca-svd", lang).text
    guide_intro = {"es": "De la guía", "en": "From the study guide"}[lang]
    more_intro = {"es": "más allá de la guía", "en": "beyond the guide"}[lang]
    assert guide_intro in lesson and more_intro in lesson
    assert lesson.index(guide_intro) < lesson.index("youtube.com/watch?v=OmJ-4B-mS-Y")  # the guide's
    assert lesson.index(more_intro) < lesson.index("FgakZw6K1QQ")  # StatQuest: ours, listed after the guide's
    assert lesson.index("OmJ-4B-mS-Y") < lesson.index(more_intro)


def test_a_resource_says_whether_the_guide_lists_it_with_a_boolean(tmp_path):
    from gradiente.course.manifest import ManifestError, load_course

    course = tmp_path / "course"
    (course / "lessons").mkdir(parents=True)
    (course / "lessons" / "a.py").write_text("")
    (course / "course.toml").write_text(
        """schema = 1
[[module]]
id = "m"
number = 0
title = { es = "Módulo", en = "Module" }
[[module.lesson]]
id = "lesson-a"
file = "lessons/a.py"
title = { es = "Tema", en = "Lesson" }
summary = { es = "Resumen", en = "Summary" }
resources = [{ url = "https://example.org/", lang = "en", guide = "no", title = { es = "T", en = "T" } }]
""",
        encoding="utf-8",
    )
    with pytest.raises(ManifestError, match="'guide' says whether the study guide lists it: true or false"):
        load_course(course)


# --- shared helpers -----------------------------------------------------------------------


def descent_costs(lr: float, steps: int = 40) -> np.ndarray:
    x = 2.5 * (1 - 2 * lr) ** np.arange(steps + 1)  # gradient descent on f(x) = x², from x0 = 2.5
    return x**2


@pytest.mark.parametrize(
    "lr, kind", [(0.1, "converges"), (0.8, "converges"), (0.001, "slow"), (1.0, "bounces"), (1.05, "diverges")]
)
def test_runs_are_classified_as_lesson_2_1_describes_them(lr, kind):
    assert Kit.classify_run(descent_costs(lr))[0] == kind


def test_run_classification_says_when_and_how_long():
    kind, k = Kit.classify_run(descent_costs(0.1))
    assert kind == "converges" and descent_costs(0.1)[k] < 1e-6 <= descent_costs(0.1)[k - 1]
    kind, k = Kit.classify_run(descent_costs(0.001))
    assert kind == "slow" and descent_costs(0.001, steps=k)[-1] < 1e-6 <= descent_costs(0.001, steps=k - 1)[-1]
    assert Kit.classify_run([1.0, np.nan])[0] == "diverges"
    assert Kit.classify_run([1.0]) == ("slow", None)


def test_numbers_for_latex_use_the_decimal_point_and_powers_of_ten():
    assert Kit.tex_number(0.00944) == "0.00944"
    assert Kit.tex_number(1.4e-9) == "1.4 \\times 10^{-9}"
    assert Kit.tex_number(123456.0) == "1.2 \\times 10^{5}"
    assert Kit.tex_number(0) == "0"


def test_log_axes_are_labelled_as_plain_powers_of_ten():
    plt = Kit.pyplot()
    import matplotlib

    assert matplotlib.get_backend().lower() == "agg"
    figure, axes = plt.subplots()
    try:
        axes.loglog([1e-8, 1.0], [1e-3, 10.0])
        axes.xaxis.set_major_formatter(Kit.powers_of_ten())
        assert axes.xaxis.get_major_formatter()(1e-8, 0) == "10⁻⁸"
        assert Kit.power_of_ten(1000.0) == "10³"
    finally:
        plt.close(figure)


FIGURE_SCRIPT = """
import hashlib, io, sys
import matplotlib
matplotlib.use("Agg")
if sys.argv[1] == "kit":
    from gradiente.course.kit import Kit
    plt = Kit.pyplot()
else:
    import matplotlib.pyplot as plt
digests = []
for dpi in (100, 150, 100):  # the kit's cache is shared between figures and dpis: reuse it
    figure, (left, right) = plt.subplots(1, 2, figsize=(6, 3))
    left.plot([0, 1, 2], [1, 0, 2], label="$\\\\hat y = w x + b$")
    left.set_title("ajuste (Ω, ñ)")
    left.legend()
    right.bar(["a", "b"], [0.3, 0.7])
    right.set_ylabel("probabilidad")
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight")
    digests.append(hashlib.sha256(buffer.getvalue()).hexdigest())
    plt.close(figure)
print(" ".join(digests))
"""


def test_figures_drawn_with_the_kits_shared_text_metrics_are_the_same_pixels_as_matplotlibs():
    import subprocess
    import sys

    def digests(mode):
        return subprocess.run(
            [sys.executable, "-c", FIGURE_SCRIPT, mode], capture_output=True, text=True, check=True
        ).stdout.split()

    plain, shared = digests("plain"), digests("kit")
    assert len(plain) == 3 and plain == shared


def test_x_labels_placed_by_the_kit_land_where_matplotlib_puts_them():
    import io

    plt = Kit.pyplot()

    def png(placed: bool) -> bytes:
        figure, axes = plt.subplots(1, 2, figsize=(6, 3))
        for ax in axes:
            ax.plot([0, 1, 2], [0, 1, 4])
            ax.set_xlabel("x (cm)")
        if placed:
            Kit.place_xlabels(figure, axes)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=100)
        plt.close(figure)
        return buffer.getvalue()

    assert png(placed=True) == png(placed=False)


def _tight_pair(build):
    """The kit's tight PNG of a figure and matplotlib's own (savefig with bbox_inches="tight"), as arrays."""
    import io

    import numpy as np
    from PIL import Image

    from gradiente.course.kit.figures import tight_png

    plt = Kit.pyplot()
    images = []
    for ours in (True, False):
        figure = build(plt)
        if ours:
            png = tight_png(figure, 150)
        else:
            buffer = io.BytesIO()
            figure.savefig(buffer, format="png", dpi=150, bbox_inches="tight")
            png = buffer.getvalue()
        plt.close(figure)
        images.append(np.asarray(Image.open(io.BytesIO(png)).convert("RGBA")).astype(int))
    return images


def _two_panels(plt):
    figure, (left, right) = plt.subplots(1, 2, figsize=(8, 3))
    left.plot([0, 1, 2], [1, 0, 2], label="$\\hat y$")
    left.set_title("ajuste (Ω, ñ)")
    left.legend()
    right.bar(["a", "b"], [0.3, 0.7])
    right.set_xlabel("x")
    figure.suptitle("una figura")
    figure.subplots_adjust(left=0.07, right=0.98, bottom=0.16, top=0.84)
    return figure


def _text_past_the_edge(plt):
    figure, ax = plt.subplots(figsize=(4, 3))
    ax.plot([0, 1], [0, 1])
    figure.text(1.02, 0.5, "fuera", fontsize=14)  # past the right edge: only savefig can show it
    return figure


def test_the_kits_tight_image_is_matplotlibs_to_within_a_pixel_drawn_once():
    import numpy as np

    ours, theirs = _tight_pair(_two_panels)
    assert ours.shape == theirs.shape  # the same box, the same size
    # The content may land up to a pixel away (savefig draws at the box's fractional offset).
    best = min(
        np.abs(
            ours[max(dy, 0) : ours.shape[0] + min(dy, 0), max(dx, 0) : ours.shape[1] + min(dx, 0)]
            - theirs[max(-dy, 0) : theirs.shape[0] + min(-dy, 0), max(-dx, 0) : theirs.shape[1] + min(-dx, 0)]
        ).mean()
        for dy in (-1, 0, 1)
        for dx in (-1, 0, 1)
    )
    assert best < 2.0  # of 255: anti-aliasing at a sub-pixel offset, nothing moved or missing


def test_a_figure_that_draws_past_its_edge_is_left_to_savefig():
    import numpy as np

    ours, theirs = _tight_pair(_text_past_the_edge)
    assert ours.shape == theirs.shape and np.array_equal(ours, theirs)
