"""`gradiente glossary TERM`, run as a learner runs it (a real process), in both languages."""

import os
import subprocess
import sys

import pytest

from gradiente.course.manifest import load_course

COURSE = load_course()


def glossary(*arguments: str, lang: str | None = "es") -> subprocess.CompletedProcess:
    env = dict(os.environ, COLUMNS="300")
    env.pop("GRADIENTE_LANG", None)
    env.pop("GRADIENTE_COURSE", None)
    before = ["--lang", lang] if lang else []
    return subprocess.run(
        [sys.executable, "-m", "gradiente", *before, "glossary", *arguments],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    "lang, query, heading, definition, lesson",
    [
        (
            "es",
            ["gradiente", "descendiente"],  # a video's calque, in two words without quotes
            "descenso de gradiente  ·  gradient descent",
            "cada paso baja la pérdida",
            "derivatives-gradient-descent",
        ),
        (
            "en",
            ["Autovalor"],
            "valor propio  ·  eigenvalue",
            "how much A stretches along v",
            "eigenvalues-eigenvectors",
        ),
        (
            "es",
            ["eigenvalue"],
            "valor propio  ·  eigenvalue",
            "cuánto estira A en la dirección de v",
            "eigenvalues-eigenvectors",
        ),
        (
            "en",
            ["maxima verosimilitud"],
            "máxima verosimilitud  ·  maximum likelihood",
            "most probable",
            "maximum-likelihood",
        ),
    ],
)
def test_a_term_is_found_in_either_language_and_explained_in_the_learners(lang, query, heading, definition, lesson):
    result = glossary(*query, lang=lang)
    assert result.returncode == 0, result.stderr
    first = result.stdout.split("\n\n")[0]
    assert first.splitlines()[0] == heading
    assert definition in first
    found = COURSE.lesson(lesson)
    word = {"es": "Tema", "en": "Lesson"}[lang]
    assert f"{word} {found.number}: {found.title.get(lang)}" in first


def test_the_variants_are_shown_in_both_languages():
    out = glossary("descenso de gradiente", lang="en").stdout
    assert "also (es): descenso del gradiente, gradiente descendiente" in out
    assert "also (en): steepest descent" in out


def test_lang_may_follow_the_command_and_several_matches_come_best_first():
    result = glossary("kernel", "--lang", "en", "-n", "3", lang=None)
    assert result.returncode == 0, result.stderr
    entries = result.stdout.strip().split("\n\n")
    assert len(entries) == 3
    assert entries[0].startswith("kernel  ·  kernel\n") and "Lesson 4.6" in entries[0]
    assert all("Lesson " in entry for entry in entries)


@pytest.mark.parametrize(
    "lang, missing, close",
    [
        ("es", "No encontré «gradinte» en el glosario.", "Términos parecidos:"),
        ("en", "'gradinte' is not in the glossary.", "Close terms:"),
    ],
)
def test_no_match_offers_the_closest_terms(lang, missing, close):
    result = glossary("gradinte", lang=lang)
    assert result.returncode == 1
    assert missing in result.stdout and close in result.stdout
    assert "  gradiente  ·  gradient  (2.1)" in result.stdout


def test_the_command_stays_light():
    """No NumPy (nor the workspace's progress store) to look a word up."""
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from gradiente.cli import app\n"
        "result = CliRunner().invoke(app, ['--lang', 'en', 'glossary', 'jacobian'])\n"
        "assert result.exit_code == 0, result.output\n"
        "assert 'Jacobian matrix' in result.output, result.output\n"
        "print(sorted(name for name in ('numpy', 'gradiente.course.workspace', 'sqlite3') if name in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
