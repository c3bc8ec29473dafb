"""The class's JupyterHub service: it grades on the server every attempt that arrives, and shows the
teacher the class at ``/services/gradiente/``.

JupyterHub starts it (``gradiente class serve``) with its ``JUPYTERHUB_*`` environment, and its
own PostgreSQL login (grader and teacher) in ``GRADIENTE_PROGRESS_URL``. The page asks
JupyterHub who the browser is (OAuth, with JupyterHub's own ``HubOAuthenticated``): only a user
with ``access:services!service=gradiente`` gets in, which the configuration gives to the admins
and the ``teachers`` group. It only reads, so a GET is all it answers.
"""

from __future__ import annotations

import html
import os
import threading
from datetime import datetime
from pathlib import Path

from gradiente.course.class_report import NOT_STARTED, PASSED, STATUS_WORDS, ClassReport, build_report, report_csv
from gradiente.course.i18n import LANGS, T

PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
STYLE = (Path(__file__).parent / "report.css").read_text(encoding="utf-8")

TEXT = {
    "title": T(es="Gradiente · la clase", en="Gradiente · the class"),
    "learners": T(es="{n} estudiantes", en="{n} learners"),
    "by_exercise": T(
        es="Por ejercicio (primero donde más se atascan: lo que conviene explicar)",
        en="By exercise (where most are stuck first: what to explain next)",
    ),
    "by_learner": T(es="Por estudiante", en="By learner"),
    "recent": T(es="Últimos intentos", en="Latest attempts"),
    "exercise": T(es="Ejercicio", en="Exercise"),
    "started": T(es="Empezaron", en="Started"),
    "passed": T(es="Aprobaron", en="Passed"),
    "stuck": T(es="Atascados", en="Stuck"),
    "feedback": T(es="Mensaje que más oyeron", en="Feedback most heard"),
    "heard_by": T(es="{n} estudiantes: {text}", en="{n} learners: {text}"),
    "heard_by_one": T(es="1 estudiante: {text}", en="1 learner: {text}"),
    "status": T(es="Estado", en="Status"),
    "learner": T(es="Estudiante", en="Learner"),
    "done": T(es="Aprobados", en="Passed"),
    "attempts": T(es="Intentos", en="Attempts"),
    "hints": T(es="Pistas", en="Hints"),
    "last": T(es="Última actividad", en="Last activity"),
    "disputed": T(es="Discrepancias (!)", en="Disputed (!)"),
    "when": T(es="Llegó", en="Arrived"),
    "local": T(es="Veredicto local", en="Local verdict"),
    "server": T(es="Veredicto del servidor", en="Server's verdict"),
    "pending": T(es="por corregir", en="being graded"),
    "csv": T(es="Descargar CSV", en="Download CSV"),
    "nothing": T(es="Nadie ha enviado intentos todavía.", en="No one has sent an attempt yet."),
    "disputed_note": T(
        es="(!) El equipo de quien estudia dijo «aprobado», pero el servidor, con el mismo código, no.",
        en="(!) The learner's machine said “passed” but the server, on the same code, did not.",
    ),
}
VERDICT = {
    "pass": T(es="aprobado", en="passed"),
    "fail": T(es="no aprobado", en="not passed"),
    "error": T(es="error", en="error"),
}


def _e(value) -> str:
    return html.escape(str(value), quote=True)


def _when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S") if moment else "–"


def _exercise(exercise_id: str, t: dict) -> str:
    """An exercise as the teacher reads it: its title, then its id (what learners type)."""
    title = t["names"].get(exercise_id)
    return f"{_e(title)} <code>{_e(exercise_id)}</code>" if title else f"<code>{_e(exercise_id)}</code>"


def render_report(report: ClassReport, lang: str, prefix: str, titles: dict[str, T] | None = None) -> str:
    """The teacher's page for ``report`` in ``lang``; ``prefix`` is the service's URL prefix and
    ``titles`` the exercises' titles by id (the course's)."""
    t = {key: value.get(lang) for key, value in TEXT.items()}
    t["names"] = {key: title.get(lang) for key, title in (titles or {}).items()}
    other = "en" if lang == "es" else "es"
    parts = [
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{_e(t["title"])}</title>',
        f"<style>{STYLE}</style></head><body>",
        f'<header><h1>{_e(t["title"])}</h1><nav><a href="?lang={other}">{"English" if other == "en" else "Español"}</a>'
        f' · <a href="{_e(prefix)}report.csv?lang={lang}">{_e(t["csv"])}</a></nav></header>',
        f'<p id="learner-count">{_e(t["learners"].format(n=len(report.learners)))}</p>',
    ]
    parts += _by_exercise(report, lang, t) + _by_learner(report, lang, t) + _recent(report, lang, t)
    if any(s.disputed for s in report.standings):
        parts.append(f'<p class="note">{_e(t["disputed_note"])}</p>')
    parts.append("</body></html>")
    return "".join(parts)


def _by_exercise(report: ClassReport, lang: str, t: dict) -> list[str]:
    started = sorted((e for e in report.exercises if e.started), key=lambda e: (-e.stuck, e.passed - e.started))
    rows = [f"<h2>{_e(t['by_exercise'])}</h2>"]
    if not started:
        return rows + [f"<p>{_e(t['nothing'])}</p>"]
    rows.append(
        f'<table id="by-exercise"><tr><th>{_e(t["exercise"])}</th><th>{_e(t["started"])}</th>'
        f"<th>{_e(t['passed'])}</th><th>{_e(t['stuck'])}</th><th>{_e(t['feedback'])}</th></tr>"
    )
    for e in started:
        heard = ""
        if e.top_feedback:
            said = t["heard_by_one"] if e.top_feedback_learners == 1 else t["heard_by"]
            heard = said.format(n=e.top_feedback_learners, text=e.top_feedback.get(lang))
        rows.append(
            f'<tr data-exercise="{_e(e.exercise_id)}"><td>{_exercise(e.exercise_id, t)}</td><td>{e.started}</td>'
            f'<td>{e.passed}</td><td>{e.stuck}</td><td class="feedback">{_e(heard)}</td></tr>'
        )
    return rows + ["</table>"]


def _by_learner(report: ClassReport, lang: str, t: dict) -> list[str]:
    rows = [
        f'<h2>{_e(t["by_learner"])}</h2><table id="by-learner"><tr><th>{_e(t["learner"])}</th>'
        f"<th>{_e(t['done'])}</th><th>{_e(t['attempts'])}</th><th>{_e(t['hints'])}</th>"
        f"<th>{_e(t['disputed'])}</th><th>{_e(t['last'])}</th></tr>"
    ]
    for learner in report.learners:
        mine = [s for s in report.standings if s.learner == learner]
        moments = [s.last_activity for s in mine if s.last_activity]
        rows.append(
            f'<tr data-learner="{_e(learner)}"><td>{_e(learner)}</td>'
            f"<td>{sum(s.status == PASSED for s in mine)}/{len(mine)}</td>"
            f"<td>{sum(s.attempts for s in mine)}</td><td>{sum(s.hints for s in mine)}</td>"
            f"<td>{sum(s.disputed for s in mine)}</td><td>{_when(max(moments) if moments else None)}</td></tr>"
        )
    return rows + ["</table>"] + _standings(report, lang, t)


def _standings(report: ClassReport, lang: str, t: dict) -> list[str]:
    """Each learner's started exercises, folded: status, attempts and hints of each."""
    rows = []
    for learner in report.learners:
        mine = [s for s in report.standings if s.learner == learner and s.status != NOT_STARTED]
        if not mine:
            continue
        rows.append(
            f'<details data-learner="{_e(learner)}"><summary>{_e(learner)}</summary><table><tr>'
            f"<th>{_e(t['exercise'])}</th><th>{_e(t['status'])}</th><th>{_e(t['attempts'])}</th>"
            f"<th>{_e(t['hints'])}</th><th>{_e(t['last'])}</th></tr>"
        )
        for s in mine:
            flag = " (!)" if s.disputed else ""
            rows.append(
                f'<tr data-exercise="{_e(s.exercise_id)}" data-status="{s.status}"><td>{_exercise(s.exercise_id, t)}</td>'
                f"<td>{_e(STATUS_WORDS[s.status].get(lang))}{flag}</td><td>{s.attempts}</td><td>{s.hints}</td>"
                f"<td>{_when(s.last_activity)}</td></tr>"
            )
        rows.append("</table></details>")
    return rows


def _recent(report: ClassReport, lang: str, t: dict) -> list[str]:
    rows = [
        f'<h2>{_e(t["recent"])}</h2><table id="recent"><tr><th>{_e(t["when"])}</th><th>{_e(t["learner"])}</th>'
        f"<th>{_e(t['exercise'])}</th><th>{_e(t['local'])}</th><th>{_e(t['server'])}</th></tr>"
    ]
    for a in report.recent:
        local = VERDICT.get(a.local_status, T(es=a.local_status, en=a.local_status)).get(lang)
        server = VERDICT[a.server_status].get(lang) if a.server_status in VERDICT else t["pending"]
        rows.append(
            f'<tr data-learner="{_e(a.learner)}" data-exercise="{_e(a.exercise_id)}" '
            f'data-local="{_e(a.local_status)}" data-server="{_e(a.server_status or "")}">'
            f"<td>{_when(a.received_at)}</td><td>{_e(a.learner)}</td><td>{_exercise(a.exercise_id, t)}</td>"
            f"<td>{_e(local)}</td><td>{_e(server)}</td></tr>"
        )
    return rows + ["</table>"]


def serve(url: str, *, workers: int = 2) -> None:
    """Run the service until JupyterHub stops it: the grading workers in threads, the page on tornado."""
    from urllib.parse import urlsplit

    from jupyterhub.services.auth import HubOAuth, HubOAuthCallbackHandler, HubOAuthenticated
    from jupyterhub.utils import url_path_join
    from tornado import web
    from tornado.httpserver import HTTPServer
    from tornado.ioloop import IOLoop

    from gradiente.course.class_grading import run_workers
    from gradiente.course.manifest import load_course

    course = load_course()
    titles = {exercise.id: exercise.title for exercise in course.exercises}
    prefix = os.environ.get("JUPYTERHUB_SERVICE_PREFIX", "/services/gradiente/")
    auth = HubOAuth(api_token=os.environ["JUPYTERHUB_API_TOKEN"], cache_max_age=60)

    def language(handler) -> str:
        asked = handler.get_argument("lang", None)
        if asked in LANGS:
            return asked
        accepted = handler.request.headers.get("Accept-Language", "")
        return "en" if accepted.lower().startswith("en") else "es"

    class Page(HubOAuthenticated, web.RequestHandler):
        hub_auth = auth

        def set_default_headers(self) -> None:
            self.set_header("Content-Security-Policy", PAGE_POLICY)
            self.set_header("X-Frame-Options", "DENY")
            self.set_header("Cache-Control", "no-store")

        async def report(self) -> ClassReport:
            return await IOLoop.current().run_in_executor(None, build_report, url, course)

    class ReportPage(Page):
        @web.authenticated
        async def get(self) -> None:
            self.finish(render_report(await self.report(), language(self), prefix, titles))

    class ReportCsv(Page):
        @web.authenticated
        async def get(self) -> None:
            lang = language(self)
            self.set_header("Content-Type", "text/csv; charset=utf-8")
            self.set_header("Content-Disposition", f'attachment; filename="gradiente-{lang}.csv"')
            self.finish(report_csv(await self.report(), lang))

    class Callback(HubOAuthCallbackHandler):
        hub_auth = auth

    threading.Thread(target=run_workers, args=(url, course, workers), daemon=True, name="grading").start()
    app = web.Application(
        [
            (prefix, ReportPage),
            (url_path_join(prefix, "report.csv"), ReportCsv),
            (url_path_join(prefix, "oauth_callback"), Callback),
        ],
        cookie_secret=os.urandom(32),
    )
    where = urlsplit(os.environ["JUPYTERHUB_SERVICE_URL"])
    HTTPServer(app, xheaders=True).listen(where.port, where.hostname)
    IOLoop.current().start()
