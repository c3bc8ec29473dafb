"""The hub over HTTP: pages in both languages, the progress API, the lessons, and the launch token."""

from pathlib import Path

import httpx
import pytest

from gradiente.course.manifest import load_course

# The seven-day track's line on the map (once its days exist): today's day, never a lock.
_DAYS = [module for module in load_course().modules if module.daily and module.lessons]
DAY_LINE = {"es": ["Hoy te toca: 6.1"], "en": ["day: 6.1 · Day 1"]} if _DAYS else {"es": [], "en": []}


def test_home_shows_the_course_map_in_spanish_by_default(hub):
    page = hub.client.get("/")
    assert page.status_code == 200
    assert '<html lang="es">' in page.text
    for phrase in ("Mapa del curso", "Derivadas y descenso de gradiente", "0/3", "Empezar", *DAY_LINE["es"]):
        assert phrase in page.text


def test_home_in_english_on_request(hub):
    page = hub.client.get("/", params={"lang": "en"})
    for phrase in ("Course map", "Derivatives and gradient descent", "Start", *DAY_LINE["en"]):
        assert phrase in page.text


def test_the_language_switch_remembers_the_choice(hub):
    client, origin = hub.client, {"Origin": hub.url.rstrip("/")}
    try:
        switched = client.post("/lang", data={"lang": "en", "next": "/"}, headers=origin)
        assert switched.status_code == 303 and switched.headers["location"] == "/"
        assert "Course map" in client.get("/").text
        client.post("/lang", data={"lang": "es", "next": "/"}, headers=origin)
        assert "Mapa del curso" in client.get("/").text
        elsewhere = client.post("/lang", data={"lang": "en", "next": "https://elsewhere.example"}, headers=origin)
        assert elsewhere.headers["location"] == "/"
    finally:
        client.cookies.delete("gradiente_lang")
        client.post("/lang", data={"lang": "es", "next": "/"}, headers=origin)


def test_the_lesson_page_frames_the_marimo_app_and_its_script_records_the_visit(hub):
    page = hub.client.get("/lesson/derivatives-gradient-descent", params={"lang": "en"})
    assert page.status_code == 200
    assert 'src="/app/derivatives-gradient-descent/?lang=en"' in page.text
    assert 'data-visit="/lesson/derivatives-gradient-descent/visit"' in page.text
    visit = hub.client.post("/lesson/derivatives-gradient-descent/visit", headers={"Origin": hub.url.rstrip("/")})
    assert visit.status_code == 204
    assert hub.client.post("/lesson/nope/visit").status_code == 404
    app = hub.client.get("/app/derivatives-gradient-descent/")
    assert app.status_code == 200 and "marimo" in app.text
    home = hub.client.get("/", params={"lang": "en"})
    assert "Start: Derivatives and gradient descent" in home.text or "Continue" in home.text


def test_unknown_pages_get_a_bilingual_404(hub):
    for lang, phrase in (("es", "No encontramos esa página"), ("en", "We could not find that page")):
        page = hub.client.get("/lesson/nope", params={"lang": lang})
        assert page.status_code == 404 and phrase in page.text


def test_the_progress_api_reports_every_lesson(hub):
    progress = hub.client.get("/api/progress").json()
    lesson = progress["lessons"]["derivatives-gradient-descent"]
    assert lesson["total"] == 3
    assert set(lesson["exercises"]) == {"numerical_derivative", "gradient", "gradient_descent"}


def test_pages_reference_no_outside_address(hub):
    for path in ("", "lesson/derivatives-gradient-descent", "static/hub.css", "static/hub.js"):
        text = hub.client.get(path).text
        assert "http://" not in text.replace(hub.url, "") and "https://" not in text, path


def test_every_launch_has_its_own_token_and_it_guards_every_request(hub):
    assert len(hub.token) >= 43  # secrets.token_urlsafe(32)
    for path in ("", "api/progress", "static/hub.css", "app/derivatives-gradient-descent/"):
        refused = httpx.get(hub.url + path)
        assert refused.status_code == 401, path
        assert "clave de acceso" in refused.text and "access token" in refused.text
        assert httpx.get(hub.url + path, params={"token": hub.token[:-1] + "x"}).status_code == 401, path
        assert httpx.get(hub.url + path, cookies={hub.cookie_name: "wrong"}).status_code == 401, path
    assert httpx.get(hub.url, headers={"Authorization": f"token {hub.token}"}).status_code == 200


def test_the_token_in_the_link_is_traded_for_a_strict_httponly_cookie(hub):
    with httpx.Client() as client:
        traded = client.get(hub.url + "lesson/derivatives-gradient-descent", params={"token": hub.token, "lang": "en"})
        assert traded.status_code == 303
        assert traded.headers["location"] == "/lesson/derivatives-gradient-descent?lang=en"  # the token leaves the URL
        cookie = traded.headers["set-cookie"].lower()
        assert cookie.startswith(f"{hub.cookie_name}={hub.token}".lower())
        assert "httponly" in cookie and "samesite=strict" in cookie and "path=/" in cookie
        assert client.get(hub.url).status_code == 200  # the cookie carries it from now on
        assert client.get(hub.url + "api/progress").status_code == 200


@pytest.fixture(scope="module")
def hub_with_own_token(tmp_path_factory, start_hub):
    token_file = tmp_path_factory.mktemp("secret") / "token"
    token_file.write_text("a-token-of-my-own-that-is-long-enough-42\n")
    return start_hub(tmp_path_factory.mktemp("own-token") / "workspace", "--token-file", str(token_file))


def test_a_token_file_sets_the_token_and_keeps_it_off_the_command_line(hub_with_own_token):
    hub = hub_with_own_token
    assert hub.token == "a-token-of-my-own-that-is-long-enough-42"
    assert httpx.get(hub.url).status_code == 401
    assert hub.client.get("/").status_code == 200
    if Path(f"/proc/{hub.process.pid}").exists():
        for name in ("cmdline", "environ"):
            assert hub.token.encode() not in Path(f"/proc/{hub.process.pid}/{name}").read_bytes(), name
