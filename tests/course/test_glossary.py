"""The bilingual glossary (glossary.toml, gradiente.course.glossary): the data are valid and cover the
course, search ignores case and accents and ranks exact, prefix, substring, and loading reports every
problem. The lint rule (every lesson real, both languages, no shared names) is tested in test_lint.py."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

from gradiente.course import lint
from gradiente.course.glossary import EXACT, PREFIX, SUBSTRING, GlossaryError, describe, load_glossary, normalize
from gradiente.course.manifest import load_course

COURSE = load_course()
GLOSSARY = load_glossary(COURSE.root)
ROOT = Path(__file__).resolve().parents[2]


def write_glossary(folder: Path, *terms: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "glossary.toml").write_text("schema = 1\n" + "".join(terms), encoding="utf-8")
    return folder


def term(
    es: str, en: str, lesson: str = "what-is-a-model", variants: str = "", de_es: str = "", de_en: str = ""
) -> str:
    return (
        f'\n[[term]]\nes = "{es}"\nen = "{en}"\n{variants}\n'
        f'definition.es = "{de_es or "Definición de " + es + "."}"\n'
        f'definition.en = "{de_en or "Definition of " + en + "."}"\nlesson = "{lesson}"\n'
    )


# --- the data ---------------------------------------------------------------------------------


def test_it_has_at_least_150_terms_and_every_module_has_some():
    assert len(GLOSSARY.terms) >= 150
    module_of = {lesson.id: module.number for module in COURSE.modules for lesson in module.lessons}
    per_module = Counter(module_of[term.lesson_id] for term in GLOSSARY.terms)
    assert sorted(per_module) == [module.number for module in COURSE.modules], per_module


def test_the_terms_follow_the_course_order():
    """The file is read (and reviewed) module by module: a term's module is never before the previous term's."""
    module_of = {lesson.id: module.number for module in COURSE.modules for lesson in module.lessons}
    modules = [module_of[term.lesson_id] for term in GLOSSARY.terms]
    assert modules == sorted(modules)


@pytest.mark.parametrize(
    "es, en, variant",
    [
        ("descenso de gradiente", "gradient descent", "descenso del gradiente"),
        ("descenso de gradiente", "gradient descent", "gradiente descendiente"),
        ("valor propio", "eigenvalue", "autovalor"),
        ("vector propio", "eigenvector", "autovector"),
        ("retropropagación", "backpropagation", "backprop"),
    ],
)
def test_the_variants_named_by_the_course_conventions_are_there(es, en, variant):
    """COURSE.md §1.10: say that videos also say descenso del gradiente, gradiente descendiente, autovalor…"""
    [match] = GLOSSARY.search(variant, limit=1)
    assert (match.term.es, match.term.en, match.rank) == (es, en, EXACT)


def test_every_definition_is_one_line_and_says_something():
    for entry in GLOSSARY.terms:
        for lang in ("es", "en"):
            text = entry.definition.get(lang)
            assert "\n" not in text and len(text) > 20, (entry.en, lang, text)


def test_the_wheel_ships_the_glossary_where_the_installed_course_looks(tmp_path, monkeypatch):
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"glossary.toml" = "gradiente/_course/glossary.toml"' in pyproject
    # the installed course is found by course_root(), as course.toml is: the glossary is read from there
    installed = tmp_path / "_course"
    installed.mkdir()
    shutil.copy(COURSE.root / "glossary.toml", installed / "glossary.toml")
    monkeypatch.setenv("GRADIENTE_COURSE", str(installed))
    assert load_glossary().path == installed / "glossary.toml"


# --- search ---------------------------------------------------------------------------------


def test_normalize_drops_case_accents_dashes_and_extra_spaces():
    assert normalize("  Máxima   VEROSIMILITUD ") == "maxima verosimilitud"
    assert normalize("log-verosimilitud") == normalize("log verosimilitud")
    assert normalize("Kullback–Leibler") == "kullback leibler"
    assert normalize("H₀") == "h0"


def test_search_ignores_case_and_accents_in_either_language():
    assert GLOSSARY.search("RETROPROPAGACION")[0].term.en == "backpropagation"
    assert GLOSSARY.search("Maxima Verosimilitud")[0].term.en == "maximum likelihood"
    assert GLOSSARY.search("hessian matrix")[0].term.es == "matriz hessiana"
    assert GLOSSARY.search("   ") == []


def test_search_ranks_exact_then_prefix_then_substring():
    matches = GLOSSARY.search("gradiente")
    assert matches[0].term.es == "gradiente" and matches[0].rank == EXACT
    ranks = [match.rank for match in matches]
    assert ranks == sorted(ranks) and PREFIX in ranks and SUBSTRING in ranks
    assert {"descenso de gradiente", "prueba del gradiente"} <= {match.term.es for match in matches}


def test_a_variant_finds_its_term_once():
    matches = GLOSSARY.search("PCA")
    assert [match.term.en for match in matches].count("principal component analysis") == 1
    assert matches[0].term.en == "principal component analysis" and matches[0].name == "PCA"


def test_a_term_that_is_not_there_gets_the_closest_ones():
    assert GLOSSARY.search("gradinte") == []
    assert "gradient" in [entry.en for entry in GLOSSARY.closest("gradinte")]


def test_describe_shows_both_names_the_variants_and_the_lesson():
    entry = GLOSSARY.search("autovalor")[0].term
    lesson = COURSE.lesson(entry.lesson_id)
    text = describe(entry, "en", lesson.number, lesson.title.en)
    assert text.splitlines()[0] == "valor propio  ·  eigenvalue"
    assert "autovalor" in text and "Av = λv" in text and f"Lesson {lesson.number}: {lesson.title.en}" in text


# --- loading and the lint rule catch what they claim ------------------------------------------


def test_loading_reports_every_problem_at_once(tmp_path):
    bad = term("", "model") + term("modelo", "model", variants='variants = { es = "modelo" }')
    bad += '\n[[term]]\nes = "x"\nen = "y"\ncolour = "red"\ndefinition.es = "Una."\nlesson = "what-is-a-model"\n'
    with pytest.raises(GlossaryError) as raised:
        load_glossary(write_glossary(tmp_path, bad))
    problems = "\n".join(raised.value.problems)
    assert "missing or empty 'es'" in problems
    assert "variants.es must be a list" in problems
    assert "unknown key 'colour'" in problems and "missing or empty definition.en" in problems
    assert all(problem.startswith("line ") for problem in raised.value.problems)  # where its [[term]] starts


def test_the_lint_rule_reports_a_broken_file_instead_of_crashing(tmp_path):
    (tmp_path / "glossary.toml").write_text("schema = 1\n[[term]\n", encoding="utf-8")
    [problem] = lint.glossary_problems(COURSE, tmp_path)
    assert problem.where == "glossary.toml" and "not valid TOML" in problem.what
