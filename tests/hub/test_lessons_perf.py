"""The lessons run in a lesson server of their own (issue 8, part 6). Behaviour only: the speed
goals are measured by bench/bench_hub.py, not asserted here.

- a lesson still renders and runs its cells, through the hub's /app, in a real browser;
- its kernel is not a thread of the hub: the hub never even loads what a lesson imports;
- the lesson server gets the workspace but never the hub's token, and goes when the hub goes;
- each lesson's app is built the first time it is asked for, not at launch;
- marimo's front end comes from the hub, as files that never change;
- once the lesson server has run a lesson, its page holds that run's first render, in the asked language.
"""

import os
import re
import signal
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from scaled_course import write_scaled_course  # noqa: E402

LESSON = "derivatives-gradient-descent"


def lesson_servers(hub, wait: float = 60) -> list[int]:
    """The hub's lesson-server children (it starts one at launch)."""
    deadline = time.time() + wait
    while True:
        found = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
                command = (stat.parent / "cmdline").read_bytes()
            except (OSError, ValueError, IndexError):
                continue
            if parent == hub.process.pid and b"gradiente.hub.lesson_server" in command:
                found.append(int(stat.parent.name))
        if found or time.time() > deadline:
            return found
        time.sleep(0.1)


def loads(pid: int, library: str) -> bool:
    return f"/{library}/" in Path(f"/proc/{pid}/maps").read_text()


pytestmark = pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="reads /proc (Linux)")


@pytest.mark.browser
def test_a_lesson_renders_and_runs_in_the_lesson_server_not_in_the_hub(hub, browser):
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(hub.entry)
        page.goto(f"{hub.url}lesson/{LESSON}?lang=en")
        frame = page.frame_locator("#lesson-frame")
        # A figure drawn live (not the first render's): the kernel ran the lesson's cells.
        frame.locator("img:not([data-first-render])").first.wait_for(timeout=90_000)
        assert "Derivatives" in frame.get_by_role("heading", level=1).first.inner_text()
        # The slider's cell reruns in the kernel and redraws a figure.
        live = "img:not([data-first-render])"
        before = frame.locator(live).evaluate_all("images => images.map(image => image.src)")
        slider = frame.get_by_role("slider").first
        slider.focus()
        for _ in range(5):
            slider.press("ArrowRight")
        deadline = time.time() + 30
        while frame.locator(live).evaluate_all("images => images.map(image => image.src)") == before:
            assert time.time() < deadline, "moving the slider redrew no figure"
            time.sleep(0.2)
    finally:
        context.close()
    (server,) = lesson_servers(hub)
    # The kernel drew with matplotlib in the lesson server; the hub never loaded it (nor NumPy).
    assert loads(server, "matplotlib")
    assert not loads(hub.process.pid, "matplotlib") and not loads(hub.process.pid, "numpy")


def test_the_lesson_server_knows_the_workspace_but_never_the_token(hub):
    (server,) = lesson_servers(hub)
    environment = dict(
        line.split("=", 1)
        for line in Path(f"/proc/{server}/environ").read_text(errors="replace").split("\0")
        if "=" in line
    )
    assert Path(environment["GRADIENTE_WORKSPACE"]).resolve() == hub.workspace.resolve()
    assert not [key for key in environment if "TOKEN" in key.upper()]
    assert hub.token not in Path(f"/proc/{server}/environ").read_text(errors="replace")
    assert hub.token not in Path(f"/proc/{server}/cmdline").read_text(errors="replace")
    # Its socket lives in a folder no one else may enter.
    socket_path = Path(Path(f"/proc/{server}/cmdline").read_text().split("\0")[-2])
    assert socket_path.parent.stat().st_mode & 0o077 == 0


def test_the_lesson_server_goes_when_the_hub_is_killed(start_hub, tmp_path):
    hub = start_hub(tmp_path / "workspace")
    (server,) = lesson_servers(hub)
    os.kill(hub.process.pid, signal.SIGKILL)
    hub.process.wait(timeout=10)
    deadline = time.time() + 30
    while Path(f"/proc/{server}").exists() and "Z" not in Path(f"/proc/{server}/stat").read_text().split()[2]:
        assert time.time() < deadline, "the lesson server outlived the hub"
        time.sleep(0.1)


def test_the_hub_serves_marimo_front_end_as_immutable_files_and_unknown_lessons_get_a_bilingual_404(hub):
    page = hub.client.get(f"/app/{LESSON}/")
    assert page.status_code == 200
    script = re.search(r'src="\./(assets/[^"]+\.js)"', page.text).group(1)
    asset = hub.client.get(f"/app/{LESSON}/{script}")
    assert asset.status_code == 200 and "immutable" in asset.headers["cache-control"]
    assert hub.client.get(f"/app/{LESSON}/assets/../../../course.toml").status_code == 404
    missing = hub.client.get("/app/no-such-lesson/")
    assert missing.status_code == 404
    assert "Aquí no hay ninguna lección." in missing.text and "There is no lesson here." in missing.text


@pytest.fixture
def in_process(monkeypatch):
    """A lesson server inside the test process: its background first renders (a process per lesson,
    after a page) must not start later, in the middle of other tests."""
    from gradiente.hub import lesson_server

    monkeypatch.setattr(lesson_server, "FIRST_RENDER_DELAY", 10**9)


def test_each_lesson_app_is_built_when_first_asked_for(tmp_path, monkeypatch, in_process):
    from starlette.testclient import TestClient

    from gradiente.course.manifest import load_course
    from gradiente.hub.lesson_server import create_server_app

    course = load_course(write_scaled_course(tmp_path / "course", n_lessons=3))
    monkeypatch.setenv("GRADIENTE_WORKSPACE", str(tmp_path / "workspace"))
    app = create_server_app(course)
    assert app.state.lessons.built == []
    with TestClient(app) as client:
        page = client.get("/app/lesson-2/")
        assert page.status_code == 200 and "marimo-version" in page.text
        assert app.state.lessons.built == ["lesson-2"]
        client.get("/app/lesson-2/")
        assert client.get("/app/lesson-9/").status_code == 404
    assert app.state.lessons.built == ["lesson-2"]


def test_a_lesson_page_is_made_once_and_kept_until_the_lesson_changes(tmp_path, monkeypatch, in_process):
    from starlette.testclient import TestClient

    from gradiente.course.manifest import load_course
    from gradiente.hub.lesson_server import create_server_app

    monkeypatch.setenv("GRADIENTE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("GRADIENTE_WORKSPACE", str(tmp_path / "workspace"))
    folder = write_scaled_course(tmp_path / "course", n_lessons=2)
    with TestClient(create_server_app(load_course(folder))) as client:
        made = client.get("/app/lesson-1/")
    pages = tmp_path / "cache" / "lesson-pages"
    (kept,) = pages.iterdir()
    assert made.status_code == 200 and kept.read_bytes() == made.content
    # A later launch sends the kept page, and builds the app behind it for what follows.
    app = create_server_app(load_course(folder))
    with TestClient(app) as client:
        again = client.get("/app/lesson-1/")
        assert again.content == made.content and again.headers["content-type"].startswith("text/html")
        assert again.headers["x-content-type-options"] == "nosniff"
        # Another lesson, even one with the same source, names its own file in its page.
        other = client.get("/app/lesson-2/")
        assert "lesson_2.py" in other.text.split("marimo-filename", 2)[1] and len(list(pages.iterdir())) == 2
    deadline = time.time() + 30
    while "lesson-1" not in app.state.lessons.built:
        assert time.time() < deadline, "the app behind a kept page was never built"
        time.sleep(0.1)
    # A changed lesson is a new page.
    lesson = folder / "lessons" / "lesson_1.py"
    lesson.write_text(lesson.read_text() + "\n# changed\n")
    with TestClient(create_server_app(load_course(folder))) as client:
        client.get("/app/lesson-1/")
    assert len(list(pages.iterdir())) == 3


def test_the_lesson_page_holds_a_first_render_in_the_asked_language(hub):
    deadline = time.time() + 90
    while True:  # the lesson server makes it in the background after launch
        page = hub.client.get(f"/lesson/{LESSON}", params={"lang": "en"}).text
        if 'id="gradiente-first-render"' in page or time.time() > deadline:
            break
        time.sleep(0.5)
    first_render = page.split('id="gradiente-first-render"', 1)[1]
    assert "Derivatives and gradient descent" in first_render
    assert "<img data-first-render" in first_render
    spanish = hub.client.get(f"/lesson/{LESSON}", params={"lang": "es"}).text
    assert "Derivadas y descenso de gradiente" in spanish.split('id="gradiente-first-render"', 1)[1]
    # It is kept on disk, for the next launch: a new hub on the same workspace shows it at once.
    from gradiente.hub.first_render import cache_file

    lesson_file = Path(__file__).resolve().parents[2] / "lessons" / "2_1_derivatives_gradient_descent.py"
    assert cache_file(lesson_file, "en", hub.workspace).is_file()


def test_the_hub_pages_run_only_the_hub_script(hub):
    """A first render is HTML shown in the hub's own origin: nothing in it may run a script."""
    policy = hub.client.get(f"/lesson/{LESSON}").headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]


@pytest.mark.browser
def test_the_first_render_shows_at_once_and_hands_over_to_the_live_lesson(hub, browser):
    deadline = time.time() + 90
    while 'id="gradiente-first-render"' not in hub.client.get(f"/lesson/{LESSON}", params={"lang": "en"}).text:
        assert time.time() < deadline, "the lesson server made no first render"
        time.sleep(0.5)
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(hub.entry)
        page.goto(f"{hub.url}lesson/{LESSON}?lang=en", wait_until="domcontentloaded")
        # The first render's figure is in the page as it arrives, above the starting lesson.
        page.locator("#first-render img[data-first-render]").first.wait_for(state="visible", timeout=5_000)
        # The live lesson takes over when its kernel has drawn it: the cover goes, the frame shows.
        page.locator("#first-render").wait_for(state="detached", timeout=90_000)
        frame = page.frame_locator("#lesson-frame")
        assert frame.locator("img").first.is_visible()
    finally:
        context.close()


# A notebook for the first-render tests: its second cell (``body``, run once per language) appends
# what it sees to the file named by $GRADIENTE_TEST_PROBE.
PROBE_NOTEBOOK = """
import marimo

app = marimo.App()


@app.cell
def _():
    lang = "en"
    return (lang,)


@app.cell
def _(lang):
    import os
    import time

    def note(*what):
        with open(os.environ["GRADIENTE_TEST_PROBE"], "a") as probe:
            probe.write(" ".join(map(str, what)) + "\\n")

BODY
    lang
    return
"""


def probed_notebook(tmp_path, monkeypatch, body: str) -> tuple[Path, Path]:
    """The notebook running ``body`` (indented as a cell's), and the probe file it writes to."""
    notebook = tmp_path / "probe.py"
    notebook.write_text(PROBE_NOTEBOOK.replace("BODY", body))
    probe = tmp_path / "probe.txt"
    monkeypatch.setenv("GRADIENTE_TEST_PROBE", str(probe))
    monkeypatch.setenv("GRADIENTE_CACHE_DIR", str(tmp_path / "cache"))
    return notebook, probe


@pytest.mark.skipif(not hasattr(os, "nice"), reason="no process priorities on this platform")
def test_a_first_render_made_while_a_lesson_is_in_use_runs_apart_at_low_priority(tmp_path, monkeypatch):
    """Made in the lesson server's own process, a whole run of the notebook would hold the interpreter
    lock the learner's live kernel needs: it runs in a process of its own, below the lessons' priority."""
    from gradiente.hub.first_render import NICENESS, FirstRenders, cached

    notebook, probe = probed_notebook(tmp_path, monkeypatch, "    note(lang, os.getpid(), os.nice(0))")
    FirstRenders({"probe": str(notebook)}, tmp_path).make_apart("probe")
    runs = [line.split() for line in probe.read_text().splitlines()]
    assert sorted(lang for lang, _, _ in runs) == ["en", "es"]  # one run per language
    assert str(os.getpid()) not in {pid for _, pid, _ in runs}
    assert all(int(niceness) >= min(19, os.nice(0) + NICENESS) for _, _, niceness in runs)
    assert "<span>es</span>" in cached(notebook, "es", tmp_path)
    assert "<span>en</span>" in cached(notebook, "en", tmp_path)


@pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="no stopping a process on this platform")
def test_a_first_render_waits_while_the_learner_is_busy(tmp_path, monkeypatch):
    """It starts only after a quiet moment, and a request stops it until the learner is quiet again."""
    import threading

    from gradiente.hub import first_render

    monkeypatch.setattr(first_render, "QUIET", 0.8)
    slow = '    note("start", lang, time.time())\n    time.sleep(0.6)\n    note("end", lang, time.time())'
    notebook, probe = probed_notebook(tmp_path, monkeypatch, slow)
    renders = first_render.FirstRenders({"slow": str(notebook)}, tmp_path)

    def busy_for(seconds: float) -> float:
        end = time.time() + seconds
        while time.time() < end:
            renders.busy()
            time.sleep(0.1)
        return time.time()

    renders.busy()
    making = threading.Thread(target=renders.make_apart, args=("slow",))
    making.start()
    quiet_from = busy_for(1.5)  # the learner is busy: nothing starts
    deadline = time.time() + 60
    while "start" not in (probe.read_text() if probe.exists() else ""):
        assert time.time() < deadline, "the first render never started"
        time.sleep(0.02)
    quiet_again = busy_for(2.0)  # busy again in the middle of the run: it stops until they are quiet
    making.join(timeout=60)
    notes = [line.split() for line in probe.read_text().splitlines()]
    starts = [float(at) for what, _, at in notes if what == "start"]
    ends = [float(at) for what, _, at in notes if what == "end"]
    assert len(starts) == len(ends) == 2  # both languages made
    assert min(starts) >= quiet_from + 0.8 - 0.15  # it started only once the learner had been quiet
    assert min(ends) >= quiet_again + 0.8 - 0.15  # the run in progress went on only once they were again
    assert first_render.cached(notebook, "es", tmp_path) is not None


def test_the_lessons_are_rendered_ahead_from_the_one_after_the_likely_first():
    from gradiente.hub.lesson_server import ahead_order

    lessons = ["a", "b", "c", "d"]
    assert ahead_order(lessons, "b") == ["c", "d", "a", "b"]
    assert ahead_order(lessons, None) == lessons
    assert ahead_order(lessons, "gone") == lessons


def test_rendering_ahead_makes_each_lesson_once_and_skips_those_kept(tmp_path, monkeypatch):
    from gradiente.hub.first_render import FirstRenders, cached

    notebook, probe = probed_notebook(tmp_path, monkeypatch, "    note(lang)")
    other = tmp_path / "other.py"
    other.write_text(notebook.read_text().replace("note(lang)", "note('other', lang)"))
    renders = FirstRenders({"probe": str(notebook), "other": str(other)}, tmp_path)
    renders.make_apart("other")  # kept from before (a former launch)
    probe.unlink()
    renders.render_ahead(["other", "probe", "probe"])
    renders.join(timeout=60)
    assert sorted(probe.read_text().split()) == ["en", "es"]  # probe made once, other not again
    assert all(cached(file, lang, tmp_path) for file in (notebook, other) for lang in ("es", "en"))


def test_a_lesson_opened_gets_its_first_render_before_those_rendered_ahead(tmp_path, monkeypatch):
    from gradiente.hub.first_render import FirstRenders

    _, probe = probed_notebook(tmp_path, monkeypatch, "    pass")
    files = {}
    for name in "abcd":
        files[name] = str(tmp_path / f"{name}.py")
        Path(files[name]).write_text(PROBE_NOTEBOOK.replace("BODY", f'    note("{name}", lang)\n    time.sleep(0.3)'))
    renders = FirstRenders(files, tmp_path)
    renders.render_ahead(["a", "b", "c", "d"])
    deadline = time.time() + 60
    while not probe.exists():  # "a" is being made
        assert time.time() < deadline
        time.sleep(0.02)
    renders.make_soon("d", delay=0)  # the learner opens "d"
    renders.make_soon("a", delay=0)  # and "a", made already: not again
    time.sleep(0.2)
    renders.join(timeout=60)
    made = [line.split()[0] for line in probe.read_text().splitlines()][::2]  # one line per language
    assert made == ["a", "d", "b", "c"]


def test_a_hub_renders_the_lessons_not_opened_yet_ahead(start_hub, tmp_path, monkeypatch):
    """At launch the hub makes the likely first lesson's render, then, while the learner reads, those of
    the lessons after it: the first time each is opened, it shows its render at once."""
    from gradiente.course.manifest import load_course
    from gradiente.hub.first_render import cache_file

    course = write_scaled_course(tmp_path / "course", n_lessons=3)
    monkeypatch.setenv("GRADIENTE_CACHE_DIR", str(tmp_path / "cache"))
    environment = {"GRADIENTE_COURSE": str(course), "GRADIENTE_CACHE_DIR": str(tmp_path / "cache")}
    hub = start_hub(tmp_path / "workspace", env=environment | {"GRADIENTE_RENDER_AHEAD": "1"})
    lessons = load_course(course).lessons
    renders = [cache_file(lesson.file, lang, hub.workspace) for lesson in lessons for lang in ("es", "en")]
    deadline = time.time() + 120
    while not all(render.exists() for render in renders):
        assert time.time() < deadline, f"not rendered ahead: {[r.name for r in renders if not r.exists()]}"
        time.sleep(0.2)
    made = [min(render.stat().st_mtime for render in renders[2 * k : 2 * k + 2]) for k in range(3)]
    assert made == sorted(made)  # lesson-1 (where "continue" points) first, then in the map's order
    page = hub.client.get("/lesson/lesson-3", params={"lang": "en"})
    assert 'id="gradiente-first-render"' in page.text  # never opened, yet its first opening shows its render


@pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="no stopping a process on this platform")
def test_a_first_render_waits_while_a_lesson_computes(tmp_path, monkeypatch):
    """A kernel may compute for seconds after a single request (a first run, a training): while this
    process uses the CPU, the learner counts as busy, and no first render starts."""
    import threading

    from gradiente.hub import first_render

    monkeypatch.setattr(first_render, "QUIET", 0.8)
    notebook, probe = probed_notebook(tmp_path, monkeypatch, '    note("start", lang, time.time())')
    renders = first_render.FirstRenders({"probe": str(notebook)}, tmp_path)

    def compute(seconds: float) -> None:  # a lesson's kernel running cells, in this process
        end = time.time() + seconds
        while time.time() < end:
            sum(range(10_000))

    kernel = threading.Thread(target=compute, args=(2.0,))
    kernel.start()
    making = threading.Thread(target=renders.make_apart, args=("probe",))
    making.start()
    kernel.join()
    computed_until = time.time()
    making.join(timeout=60)
    starts = [float(line.split()[2]) for line in probe.read_text().splitlines()]
    assert len(starts) == 2
    assert min(starts) >= computed_until + 0.8 - 0.15  # only once the computing had stopped, and a quiet moment
