"""The lesson kit used inside marimo notebooks: self-check questions and the study guide's resources."""

import pytest

from gradiente.course import notebook as kit
from gradiente.course.i18n import T


def question(answer=1):
    return kit.Question(T(es="¿2 + 2?", en="2 + 2?"), (T.same("3"), T.same("4")), answer=answer,
                        why=T(es="Porque sí.", en="Because."))


def test_a_question_must_point_at_one_of_its_options():
    with pytest.raises(ValueError, match="answer must index one of the 2 options"):
        question(answer=2)


@pytest.mark.parametrize("lang, prompt", [("es", "¿2 + 2?"), ("en", "2 + 2?")])
def test_self_check_offers_every_option_in_the_chosen_language(lang, prompt):
    answers = kit.self_check([question(), question()], lang)
    assert set(answers.value) == {"0", "1"} and answers.value["0"] is None
    assert prompt in answers["0"].text
    assert "4" in answers["1"].text


@pytest.mark.parametrize("lang", ["es", "en"])
def test_resources_come_from_the_manifest_with_their_notes(lang, monkeypatch, tmp_path):
    monkeypatch.setenv("GRADIENTE_WORKSPACE", str(tmp_path / "workspace"))
    kit.workspace.cache_clear()
    try:
        html = kit.resources("derivatives-gradient-descent", lang).text
    finally:
        kit.workspace.cache_clear()
    assert "https://youtu.be/A6FiCDoz8_4" in html
    assert {"es": "Míralo después de la sección 4.", "en": "Watch it after section 4."}[lang] in html
    assert 'target="_blank"' in html and 'rel="noopener noreferrer"' in html
