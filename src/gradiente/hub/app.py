"""The hub's web application (Starlette): pages, the progress API, and the lessons mounted as marimo apps."""

from __future__ import annotations

import hmac
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Receive, Scope, Send

from gradiente.course.i18n import LANGS, resolve_lang
from gradiente.course.manifest import UnknownExerciseError
from gradiente.course.workspace import Workspace
from gradiente.hub.lessons import LazyLessons
from gradiente.hub.text import PAGE

HERE = Path(__file__).parent
LANG_COOKIE = "gradiente_lang"
TOKEN_COOKIE = "gradiente_token"


def create_app(workspace: Workspace, *, token: str | None = None, lang: str | None = None) -> Starlette:
    templates = Jinja2Templates(directory=HERE / "templates")
    default_lang = resolve_lang(lang)

    def language(request: Request) -> str:
        chosen = request.query_params.get("lang") or request.cookies.get(LANG_COOKIE) or workspace.store.setting("lang")
        return chosen if chosen in LANGS else default_lang

    def render(request: Request, name: str, lang: str, status_code: int = 200, **context) -> HTMLResponse:
        text = {key: value.get(lang) for key, value in PAGE.items()}
        return templates.TemplateResponse(
            request, name, {"lang": lang, "other_lang": "en" if lang == "es" else "es", "text": text, **context},
            status_code=status_code,
        )

    async def home(request: Request) -> Response:
        lang = language(request)
        return render(request, "home.html", lang, course=course_view(workspace, lang),
                      resume=workspace.continue_lesson(), started=bool(workspace.store.attempts()),
                      workspace_root=workspace.root)

    async def lesson_page(request: Request) -> Response:
        lang = language(request)
        try:
            lesson = workspace.course.lesson(request.path_params["lesson_id"])
        except UnknownExerciseError:
            return render(request, "not_found.html", lang, status_code=404)
        workspace.store.record_visit(lesson.id)
        return render(request, "lesson.html", lang, lesson=lesson, app_url=f"/app/{lesson.id}/?lang={lang}")

    async def set_language(request: Request) -> Response:
        lang = request.path_params["lang"]
        if lang not in LANGS:
            return RedirectResponse("/", status_code=303)
        workspace.store.set_setting("lang", lang)
        back = request.query_params.get("next", "/")
        response = RedirectResponse(back if back.startswith("/") and not back.startswith("//") else "/", status_code=303)
        response.set_cookie(LANG_COOKIE, lang, samesite="strict", max_age=10 * 365 * 24 * 3600)
        return response

    async def progress_api(request: Request) -> Response:
        return JSONResponse(progress_view(workspace))

    async def not_found(request: Request, exc: Exception) -> Response:
        return render(request, "not_found.html", language(request), status_code=404)

    lessons = LazyLessons(workspace)

    routes = [
        Route("/", home),
        Route("/lesson/{lesson_id}", lesson_page),
        Route("/lang/{lang}", set_language),
        Route("/api/progress", progress_api),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
        Mount("/app", lessons),
    ]
    middleware = [Middleware(TokenGuard, token=token)] if token else []
    app = Starlette(routes=routes, middleware=middleware, exception_handlers={404: not_found})
    app.state.lessons = lessons
    return app


def course_view(workspace: Workspace, lang: str) -> list[dict]:
    progress = workspace.progress()
    modules = []
    for module in workspace.course.modules:
        lessons = []
        for position, lesson in enumerate(module.lessons, start=1):
            passed, total = workspace.lesson_progress(lesson)
            exercises = [
                {"id": ex.id, "title": ex.title.get(lang), "status": progress[ex.id].status}
                for ex in lesson.exercises
            ]
            lessons.append({"id": lesson.id, "number": f"{module.number}.{position}", "title": lesson.title.get(lang),
                            "summary": lesson.summary.get(lang), "passed": passed, "total": total,
                            "exercises": exercises})
        modules.append({"id": module.id, "number": module.number, "title": module.title.get(lang), "lessons": lessons})
    return modules


def progress_view(workspace: Workspace) -> dict:
    progress = workspace.progress()
    lessons = {}
    for lesson in workspace.course.lessons:
        passed, total = workspace.lesson_progress(lesson)
        lessons[lesson.id] = {
            "passed": passed, "total": total,
            "exercises": {ex.id: progress[ex.id].status for ex in lesson.exercises},
        }
    return {"lessons": lessons}


class TokenGuard:
    """Off loopback, every request needs the token: once as ?token=..., then from a cookie."""

    def __init__(self, app: ASGIApp, token: str):
        self.app = app
        self.token = token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            return await self.app(scope, receive, send)
        request = Request(scope)
        offered = request.query_params.get("token") or request.cookies.get(TOKEN_COOKIE) or ""
        if hmac.compare_digest(offered.encode(), self.token.encode()):
            if scope["type"] == "http" and request.query_params.get("token"):
                # Trade the token in the URL for a cookie, so it leaves the address bar and history.
                response = RedirectResponse(str(request.url.remove_query_params("token")), status_code=303)
                response.set_cookie(TOKEN_COOKIE, self.token, httponly=True, samesite="strict")
                return await response(scope, receive, send)
            return await self.app(scope, receive, send)
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 4401})
            return
        message = f"{PAGE['token_needed'].es}\n\n{PAGE['token_needed'].en}\n"
        await Response(message, status_code=401, media_type="text/plain; charset=utf-8")(scope, receive, send)
