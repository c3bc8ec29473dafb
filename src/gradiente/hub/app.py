"""The hub's web application (Starlette): pages, the progress API, and the lessons mounted as marimo apps.

Every request passes through ``HubGuard`` first (hub/guard.py). Pages only read: visits and
the language switch are same-origin POSTs. SQLite work runs in a worker thread, so a process
holding the database's write lock delays only the request that writes, never the hub.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from gradiente.course.i18n import LANGS, resolve_lang
from gradiente.course.manifest import UnknownExerciseError
from gradiente.course.workspace import Workspace
from gradiente.hub.first_render import cached
from gradiente.hub.guard import HubGuard
from gradiente.hub.lessons import LazyLessons
from gradiente.hub.text import PAGE

HERE = Path(__file__).parent
LANG_COOKIE = "gradiente_lang"
MAX_FORM_BYTES = 4096  # the language form holds two short fields
# The hub's own pages run only its own script: nothing in a page (a lesson's first render, say) can
# add one. Inline styles are allowed: the first render carries marimo's. The lessons under /app are
# marimo's pages, with marimo's own scripts, and do not get this header.
PAGE_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'"
)


def create_app(
    workspace: Workspace,
    *,
    token: str,
    host: str = "127.0.0.1",
    lang: str | None = None,
    lessons: LazyLessons | None = None,
    base_url: str = "/",
    behind_proxy: bool = False,
) -> Starlette:
    """The hub for ``workspace``, answering only at ``host`` (and loopback) to holders of ``token``;
    ``lessons`` is the ``/app`` mount, when the caller has already started it. Every page lives
    under ``base_url`` (``/`` on a laptop; ``/user/<name>/gradiente/`` behind JupyterHub), which must
    begin and end with ``/``. ``behind_proxy``: the hub listens on a unix socket that only an
    authenticating proxy reaches (see ``HubGuard``)."""
    templates = Jinja2Templates(directory=HERE / "templates")
    default_lang = resolve_lang(lang)

    def language(request: Request) -> str:
        """The page's language: ?lang=, then the cookie, then the saved setting (reads SQLite: call off the loop)."""
        chosen = request.query_params.get("lang") or request.cookies.get(LANG_COOKIE) or workspace.store.setting("lang")
        return chosen if chosen in LANGS else default_lang

    def render(request: Request, name: str, lang: str, status_code: int = 200, **context) -> HTMLResponse:
        text = {key: value.get(lang) for key, value in PAGE.items()}
        response = templates.TemplateResponse(
            request,
            name,
            {"lang": lang, "other_lang": "en" if lang == "es" else "es", "text": text, "base": base_url, **context},
            status_code=status_code,
        )
        response.headers["Content-Security-Policy"] = PAGE_POLICY
        return response

    def home_context(request: Request) -> dict:
        lang = language(request)
        course = course_view(workspace, lang)
        return {
            "lang": lang,
            "course": course,
            "completion": completion_view(course),
            "resume": workspace.continue_lesson(),
            "started": bool(workspace.store.attempts()),
            "workspace_root": workspace.root,
        }

    async def home(request: Request) -> Response:
        context = await run_in_threadpool(home_context, request)
        return render(request, "home.html", context.pop("lang"), **context)

    async def lesson_page(request: Request) -> Response:
        lang = await run_in_threadpool(language, request)
        try:
            lesson = workspace.course.lesson(request.path_params["lesson_id"])
        except UnknownExerciseError:
            return render(request, "not_found.html", lang, status_code=404)
        # The lesson's first render, if the lesson server has made it, shows while the live lesson starts.
        first_render = await run_in_threadpool(cached, lesson.file, lang, workspace.root)
        # The visit is recorded by the page's script (a POST): a GET changes nothing.
        return render(
            request,
            "lesson.html",
            lang,
            lesson=lesson,
            app_url=f"{base_url}app/{lesson.id}/?lang={lang}",
            first_render=first_render,
        )

    async def glossary_page(request: Request) -> Response:
        lang = await run_in_threadpool(language, request)
        terms = await run_in_threadpool(glossary_view, workspace, lang)
        return render(request, "glossary.html", lang, terms=terms)

    async def record_visit(request: Request) -> Response:
        try:
            lesson = workspace.course.lesson(request.path_params["lesson_id"])
        except UnknownExerciseError:
            return JSONResponse({"error": "unknown lesson"}, status_code=404)
        await run_in_threadpool(workspace.record_visit, lesson.id)
        return Response(status_code=204)

    async def set_language(request: Request) -> Response:
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_FORM_BYTES:
                return Response(status_code=413)
        form = {key: values[0] for key, values in parse_qs(body.decode("utf-8", "replace")).items()}
        lang = form.get("lang", "")
        back = form.get("next", base_url)
        response = RedirectResponse(
            back if back.startswith(base_url) and not back.startswith("//") else base_url, status_code=303
        )
        if lang in LANGS:
            await run_in_threadpool(workspace.store.set_setting, "lang", lang)
            response.set_cookie(LANG_COOKIE, lang, samesite="strict", max_age=10 * 365 * 24 * 3600, path=base_url)
        return response

    async def progress_api(request: Request) -> Response:
        return JSONResponse(await run_in_threadpool(progress_view, workspace))

    async def not_found(request: Request, exc: Exception) -> Response:
        return render(request, "not_found.html", await run_in_threadpool(language, request), status_code=404)

    lessons = lessons or LazyLessons(workspace, base_url)

    routes = [
        Route("/", home),
        Route("/lesson/{lesson_id}", lesson_page),
        Route("/glossary", glossary_page),
        Route("/lesson/{lesson_id}/visit", record_visit, methods=["POST"]),
        Route("/lang", set_language, methods=["POST"]),
        Route("/api/progress", progress_api),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
        Mount("/app", lessons),
    ]
    if base_url != "/":
        routes = [Mount(base_url.rstrip("/"), routes=routes)]
    guard = Middleware(HubGuard, token=token, host=host, base_url=base_url, behind_proxy=behind_proxy)
    app = Starlette(routes=routes, middleware=[guard], exception_handlers={404: not_found})
    app.state.lessons = lessons
    return app


def course_view(workspace: Workspace, lang: str) -> list[dict]:
    progress = workspace.progress()
    modules = []
    for module in workspace.course.modules:
        lessons = []
        for lesson in module.lessons:
            passed, total = workspace.lesson_progress(lesson, progress)
            exercises = [
                {"id": ex.id, "title": ex.title.get(lang), "status": progress[ex.id].status} for ex in lesson.exercises
            ]
            lessons.append(
                {
                    "id": lesson.id,
                    "number": lesson.number,
                    "title": lesson.title.get(lang),
                    "summary": lesson.summary.get(lang),
                    "passed": passed,
                    "total": total,
                    "state": lesson_state(passed, total),
                    "exercises": exercises,
                }
            )
        modules.append(
            {
                "id": module.id,
                "number": module.number,
                "title": module.title.get(lang),
                "lessons": lessons,
                "passed": sum(lesson["passed"] for lesson in lessons),
                "total": sum(lesson["total"] for lesson in lessons),
                "done": bool(lessons) and all(lesson["state"] == "done" for lesson in lessons),
                "day": _day_view(workspace, module, lang) if module.daily and module.lessons else None,
            }
        )
    return modules


def lesson_state(passed: int, total: int) -> str:
    """How far a lesson is, as the completion view colours it: done, started or new."""
    if total and passed == total:
        return "done"
    return "started" if passed else "new"


def completion_view(course: list[dict]) -> dict:
    """The whole course at a glance, counted from the map's own view: lessons, exercises and modules
    done, and the modules that have lessons (their lessons are the cells of the strip)."""
    modules = [module for module in course if module["lessons"]]
    lessons = [lesson for module in modules for lesson in module["lessons"]]
    return {
        "modules": modules,
        "lessons_done": sum(lesson["state"] == "done" for lesson in lessons),
        "lessons_total": len(lessons),
        "exercises_passed": sum(module["passed"] for module in modules),
        "exercises_total": sum(module["total"] for module in modules),
        "modules_done": sum(module["done"] for module in modules),
        "modules_total": len(modules),
        "finished": bool(lessons) and all(lesson["state"] == "done" for lesson in lessons),
    }


def _day_view(workspace: Workspace, module, lang: str) -> dict:
    """A daily track's line on the map: today's day (a link) and the advice, never a lock."""
    plan = workspace.day_plan(module)
    return {"advice": plan.advice().get(lang), "lesson": plan.today.id if plan.today else None}


def progress_view(workspace: Workspace) -> dict:
    progress = workspace.progress()
    lessons = {}
    for lesson in workspace.course.lessons:
        passed, total = workspace.lesson_progress(lesson, progress)
        lessons[lesson.id] = {
            "passed": passed,
            "total": total,
            "state": lesson_state(passed, total),
            "exercises": {ex.id: progress[ex.id].status for ex in lesson.exercises},
        }
    return {"lessons": lessons}


def glossary_view(workspace: Workspace, lang: str) -> list[dict]:
    """The glossary as the page shows it: both names, the variants, the definition in ``lang``, the
    lesson, and the normalized names its search compares (gradiente.course.glossary.normalize)."""
    from gradiente.course.glossary import load_glossary, normalize

    terms = []
    for term in load_glossary(workspace.course.root).terms:
        try:
            lesson = workspace.course.lesson(term.lesson_id)
        except UnknownExerciseError:  # the course lint refuses it; the page still shows the term
            lesson = None
        terms.append(
            {
                "es": term.es,
                "en": term.en,
                "variants": {"es": list(term.variants_es), "en": list(term.variants_en)},
                "definition": term.definition.get(lang),
                "lesson": lesson.id if lesson else None,
                "number": lesson.number if lesson else "",
                "title": lesson.title.get(lang) if lesson else "",
                # each name with whether it is a variant: the page ranks a main name before a variant
                "names": [[normalize(name), int(is_variant)] for _, name, is_variant in term.names()],
            }
        )
    return terms
