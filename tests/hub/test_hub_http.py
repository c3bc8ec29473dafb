"""The hub over HTTP: pages in both languages, the progress API, the lessons, and the token guard."""

import httpx
import pytest


def test_home_shows_the_course_map_in_spanish_by_default(hub):
    page = httpx.get(hub.url)
    assert page.status_code == 200
    assert '<html lang="es">' in page.text
    for phrase in ("Mapa del curso", "Derivadas y descenso de gradiente", "Próximamente", "0/3", "Empezar"):
        assert phrase in page.text


def test_home_in_english_on_request(hub):
    page = httpx.get(hub.url, params={"lang": "en"})
    for phrase in ("Course map", "Derivatives and gradient descent", "Coming soon", "Start"):
        assert phrase in page.text


def test_the_language_switch_remembers_the_choice(hub):
    with httpx.Client(base_url=hub.url) as client:
        switched = client.get("/lang/en", params={"next": "/"})
        assert switched.status_code == 303 and switched.headers["location"] == "/"
        assert "Course map" in client.get("/").text
        client.get("/lang/es")
        assert "Mapa del curso" in client.get("/").text
        assert client.get("/lang/en", params={"next": "https://elsewhere.example"}).headers["location"] == "/"


def test_the_lesson_page_frames_the_marimo_app_and_records_the_visit(hub):
    page = httpx.get(hub.url + "lesson/derivatives-gradient-descent", params={"lang": "en"})
    assert page.status_code == 200
    assert 'src="/app/derivatives-gradient-descent/?lang=en"' in page.text
    app = httpx.get(hub.url + "app/derivatives-gradient-descent/")
    assert app.status_code == 200 and "marimo" in app.text
    home = httpx.get(hub.url, params={"lang": "en"})
    assert "Start: Derivatives and gradient descent" in home.text or "Continue" in home.text


def test_unknown_pages_get_a_bilingual_404(hub):
    for lang, phrase in (("es", "No encontramos esa página"), ("en", "We could not find that page")):
        page = httpx.get(hub.url + "lesson/nope", params={"lang": lang})
        assert page.status_code == 404 and phrase in page.text


def test_the_progress_api_reports_every_lesson(hub):
    progress = httpx.get(hub.url + "api/progress").json()
    lesson = progress["lessons"]["derivatives-gradient-descent"]
    assert lesson["total"] == 3
    assert set(lesson["exercises"]) == {"numerical_derivative", "gradient", "gradient_descent"}


def test_pages_reference_no_outside_address(hub):
    for path in ("", "lesson/derivatives-gradient-descent", "static/hub.css", "static/hub.js"):
        text = httpx.get(hub.url + path).text
        assert "http://" not in text.replace(hub.url, "") and "https://" not in text, path


@pytest.fixture(scope="module")
def guarded_hub(tmp_path_factory, start_hub):
    return start_hub(tmp_path_factory.mktemp("guarded") / "workspace", "--token", "s3cret")


def test_a_token_guards_every_request(guarded_hub):
    url = guarded_hub.url
    refused = httpx.get(url)
    assert refused.status_code == 401
    assert "clave de acceso" in refused.text and "access token" in refused.text
    assert httpx.get(url, params={"token": "wrong"}).status_code == 401
    with httpx.Client() as client:
        accepted = client.get(url, params={"token": "s3cret"})
        assert accepted.status_code == 303 and "token" not in accepted.headers["location"]
        assert client.get(url).status_code == 200  # the cookie carries it from now on
        assert client.get(url + "api/progress").status_code == 200
