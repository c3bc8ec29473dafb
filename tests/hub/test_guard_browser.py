"""The hub answers only its own pages (issue 8, part 1), attacked from a real browser.

Headless Chromium (Debian's), driven by Playwright. The learner has the hub open (its cookie
is in the browser), then visits a page served from another loopback origin: that page tries
what worked before the guard, opening the lesson's websocket to read the exercise form and
then posting new code into it. And a page on a rebinding name (``evil.example.com`` resolved
to 127.0.0.1) asks for the hub's pages.
"""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import quote

import pytest

from gradiente.hub.guard import new_token

pytestmark = pytest.mark.browser

LESSON = "derivatives-gradient-descent"
EXERCISE_FILE = ("exercises", "calculus", "numerical_derivative.py")
# The attack that worked before the guard: its own session over the websocket, to read the
# exercise form's id; then that form's value set to the attacker's code (the hub saved it,
# ran it and recorded the attempt). It also tries the learner's own session, whose ids the
# test hands it, and a plain cross-origin form post to the language switch.
ATTACKER_PAGE = """<!doctype html><meta charset="utf-8"><title>Totally unrelated page</title>
<script>
const params = new URLSearchParams(location.search);
const hub = params.get("hub"), lesson = params.get("lesson"), code = params.get("code");
const report = { socket: "pending", messages: 0, stolenForm: null, ownSession: null, learnerSession: null,
                 languagePost: null };
async function setValue(session, form) {
  // Without the cookie (marimo's "*" let that through), then with it (a page on another port is same-site).
  const answers = [];
  for (const credentials of ["omit", "include"]) {
    answers.push(await fetch(hub + "app/" + lesson + "/api/kernel/set_ui_element_value", {
      method: "POST", credentials,
      headers: { "Content-Type": "application/json", "Marimo-Session-Id": session },
      body: JSON.stringify({ objectIds: [form], values: [code] }),
    }).then(response => "answered " + response.status, error => "failed: " + error));
  }
  return answers;
}
const session = "s-attacker-" + Math.random().toString(36).slice(2);
const socketDone = new Promise(resolve => {
  const socket = new WebSocket(hub.replace(/^http/, "ws") + "app/" + lesson + "/ws?session_id=" + session);
  socket.onopen = () => { report.socket = "open"; };
  socket.onerror = () => { if (report.socket === "pending") report.socket = "refused"; resolve(); };
  socket.onclose = () => { if (report.socket === "pending") report.socket = "refused"; resolve(); };
  socket.onmessage = async (event) => {
    report.messages += 1;
    const output = ((JSON.parse(event.data).data || {}).output) || {};
    const found = typeof output.data === "string" && /object-id='([\\w-]+)'[^>]*><marimo-form/.exec(output.data);
    if (found && !report.stolenForm) {
      report.stolenForm = found[1];
      report.ownSession = await setValue(session, found[1]);
      setTimeout(resolve, 3000);  // let the kernel save and check
    }
  };
  setTimeout(resolve, 20000);
});
async function attack() {
  report.learnerSession = await setValue(params.get("session"), params.get("form"));
  report.languagePost = await fetch(hub + "lang", { method: "POST", mode: "no-cors", credentials: "include",
    body: new URLSearchParams({ lang: "en", next: "/" }) }).then(() => "sent", error => "failed: " + error);
  await socketDone;
  window.report = report;
}
attack();
</script>"""


class AttackerSite:
    """A web page on another loopback origin (127.0.0.1, another port): same site, other origin."""

    def __init__(self):
        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                body = ATTACKER_PAGE.encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def attacker_site():
    site = AttackerSite()
    yield site
    site.close()


def test_a_page_on_another_origin_can_neither_open_the_lesson_socket_nor_post_code(
    browser, hub, attacker_site, learner_session, snapshot
):
    exercise = hub.workspace.joinpath(*EXERCISE_FILE)
    code_before, progress_before = exercise.read_text(), snapshot(hub.workspace)
    attack_code = "def numerical_derivative(f, x, h=1e-5):\n    return 42.0  # " + new_token() + "\n"
    context = browser.new_context()
    try:
        learner_tab = context.new_page()
        learner_tab.goto(hub.entry)  # the learner's browser holds the hub's cookie
        learner_tab.wait_for_url(hub.url)
        attacker_tab = context.new_page()
        attacker_tab.goto(
            f"{attacker_site.url}?hub={quote(hub.url)}&lesson={LESSON}&code={quote(attack_code)}"
            f"&session={learner_session.session_id}&form={learner_session.form_id}"
        )
        attacker_tab.wait_for_function("() => window.report !== undefined", timeout=60_000)
        report = attacker_tab.evaluate("() => window.report")
    finally:
        context.close()
    assert report["socket"] == "refused" and report["messages"] == 0, report
    assert report["stolenForm"] is None and report["ownSession"] is None, report
    # The preflight is refused, so the browser never sends the post itself.
    assert all(answer.startswith("failed") for answer in report["learnerSession"]), report
    assert exercise.read_text() == code_before
    assert snapshot(hub.workspace) == progress_before  # no attempt, no visit, no language


def test_a_rebinding_name_gets_403_from_a_real_browser(rebinding_browser, hub):
    page = rebinding_browser.new_page()
    try:
        for path in ("", f"?token={hub.token}", f"lesson/{LESSON}", f"app/{LESSON}/"):
            answer = page.goto(f"http://evil.example.com:{hub.port}/{path}")
            assert answer.status == 403, path
            assert "own address" in page.content()
    finally:
        page.close()


def test_the_lesson_page_records_its_visit_with_a_same_origin_post(browser, hub):
    import sqlite3
    from contextlib import closing

    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(hub.entry)
        with page.expect_response(lambda answer: answer.url.endswith(f"/lesson/{LESSON}/visit")) as visit:
            page.goto(hub.url + f"lesson/{LESSON}")
        assert visit.value.request.method == "POST" and visit.value.status == 204
    finally:
        context.close()
    database = hub.workspace / ".gradiente" / "progress.db"
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as connection:
        last = connection.execute("SELECT lesson_id FROM visits ORDER BY id DESC LIMIT 1").fetchone()
    assert last == (LESSON,)


def test_the_launch_page_start_opens_brings_the_browser_in_with_its_cookie(browser, hub):
    # `gradiente start` opens a file:// page (the token stays off the browser's command line); the
    # navigation from it is cross-site, yet the browser must arrive at the map with the cookie.
    from gradiente.hub.server import _LaunchPage

    launch = _LaunchPage(hub.entry)
    context = browser.new_context()
    try:
        assert oct(launch.path.stat().st_mode & 0o777) == "0o600"
        page = context.new_page()
        page.goto(launch.path.as_uri())
        page.wait_for_url(hub.url, timeout=30_000)
        page.get_by_role("heading", name="Mapa del curso", level=2).wait_for()
        cookie = next(c for c in context.cookies() if c["name"] == hub.cookie_name)
        assert cookie["httpOnly"] and cookie["sameSite"] == "Strict"
    finally:
        context.close()
        launch.remove()
    assert not launch.path.exists()
