"""The glossary page (/glossary) in headless Chromium (Debian's), driven by Playwright, and over HTTP.

The learner opens it from the map's header, types a Spanish term without its accent and an English
variant and sees the entry ranked first, follows its lesson link; the search runs in the page, so
typing sends no request at all, and nothing leaves 127.0.0.1. Over HTTP: the page goes through the
hub's guard like every other. The fixtures (``hub``, ``page``) are those of ``conftest.py``.
"""

import re

import httpx
import pytest

from gradiente.course.glossary import load_glossary
from gradiente.course.manifest import load_course

COURSE = load_course()
TERMS = load_glossary(COURSE.root).terms
SHOWN = ".glossary-term:not([hidden])"


def typed(page, query: str):
    """Type ``query`` into the search box; the first entry shown."""
    search = page.locator("#glossary-search")
    search.fill(query)
    return page.locator(SHOWN).first


@pytest.mark.browser
def test_the_glossary_searches_in_the_page_and_links_to_its_lessons(page, hub):
    page, outside = page
    page.goto(hub.url + "?lang=es")
    link = page.locator("#glossary-link")
    assert link.inner_text() == "Glosario"
    link.click()
    page.wait_for_url(re.compile(r"/glossary$"))
    assert page.locator(SHOWN).count() == len(TERMS)

    sent = []
    page.on("request", lambda request: sent.append(request.url))

    # A Spanish term typed without its accent and in capitals.
    first = typed(page, "RETROPROPAGACION")
    assert first.locator(".term-es").inner_text() == "retropropagación"
    assert first.locator(".term-en").inner_text() == "backpropagation"
    assert "regla de la cadena aplicada hacia atrás" in first.locator(".term-definition").inner_text()

    # An English variant finds the Spanish entry, with its Spanish definition.
    first = typed(page, "weight decay")
    assert first.locator(".term-es").inner_text() == "regresión ridge"
    assert "el intercepto no se penaliza" in first.locator(".term-definition").inner_text()
    assert page.locator("#glossary-count span").inner_text() == str(page.locator(SHOWN).count())

    # Ranked: the exact match before the prefixes and the substrings.
    typed(page, "gradiente")
    shown = page.locator(f"{SHOWN} .term-es").all_inner_texts()
    assert shown[0] == "gradiente" and "descenso de gradiente" in shown and "subgradiente" in shown

    typed(page, "zzzz")
    assert page.locator(SHOWN).count() == 0 and page.locator("#glossary-none").is_visible()
    assert sent == [], f"the search sent requests: {sent}"

    # The lesson link of a term opens the lesson that defines it.
    lesson = COURSE.lesson("eigenvalues-eigenvectors")
    first = typed(page, "autovalor")
    assert first.locator(".term-lesson").inner_text() == f"Tema {lesson.number}: {lesson.title.es}"
    first.locator(".term-lesson").click()
    page.wait_for_url(re.compile(r"/lesson/eigenvalues-eigenvectors"))
    assert page.locator(".lesson-heading").inner_text() == lesson.title.es
    assert not outside, f"requests left 127.0.0.1: {outside}"


@pytest.mark.browser
def test_the_glossary_in_english_finds_a_spanish_term_and_takes_a_query(page, hub):
    page, outside = page
    page.goto(hub.url + "glossary?lang=en&q=valor%20propio")
    assert page.locator("h1").inner_text() == "Glossary"
    first = page.locator(SHOWN).first
    assert first.locator(".term-en").inner_text() == "eigenvalue"
    assert "how much A stretches along v" in first.locator(".term-definition").inner_text()
    assert "Lesson 1.5" in first.locator(".term-lesson").inner_text()
    typed(page, "")
    assert page.locator(SHOWN).count() == len(TERMS)
    page.goto(hub.url + "?lang=en")
    assert page.locator("#glossary-link").inner_text() == "Glossary"
    assert not outside, f"requests left 127.0.0.1: {outside}"


def test_the_glossary_page_is_guarded_like_every_page(hub):
    assert httpx.get(hub.url + "glossary").status_code == 401
    assert httpx.get(hub.url + "glossary", headers={"Host": "evil.example.com"}).status_code in (401, 403)
    foreign = httpx.get(
        hub.url + "glossary", headers={"Host": "evil.example.com"}, cookies={hub.cookie_name: hub.token}
    )
    assert foreign.status_code == 403
    answer = hub.client.get("glossary", params={"lang": "es"})
    assert answer.status_code == 200 and "script-src 'self'" in answer.headers["content-security-policy"]
    # the data are embedded as JSON (never executed), the search is the hub's own static script
    scripts = re.findall(r"<script([^>]*)>", answer.text)
    assert sorted(scripts) == sorted(
        [' src="/static/hub.js"', ' src="/static/glossary.js"', ' type="application/json" id="glossary-data"']
    )
    for path in ("glossary", "static/glossary.js"):
        text = hub.client.get(path).text
        assert "http://" not in text.replace(hub.url, "") and "https://" not in text, path
