"""The teacher's view of a class: where each learner stands on each exercise, by the server's verdicts.

Only the grading service's verdicts count (gradiente.course.class_grading): an attempt a
learner's machine called a pass is a pass here only once the service passed the same code. Per
exercise, the report also counts who is stuck and which feedback they got most often: the
typical mistakes each exercise diagnoses tell the teacher what to explain next.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import datetime

from gradiente.course import classdb
from gradiente.course.i18n import T
from gradiente.course.manifest import Course

STUCK_AFTER = 3  # graded attempts without a pass

PASSED, STUCK, TRYING, WAITING, NOT_STARTED = "passed", "stuck", "trying", "waiting", "not_started"
STATUS_WORDS = {
    PASSED: T(es="aprobado", en="passed"),
    STUCK: T(es="atascado", en="stuck"),
    TRYING: T(es="intentando", en="trying"),
    WAITING: T(es="por corregir", en="being graded"),
    NOT_STARTED: T(es="sin empezar", en="not started"),
}

_LEARNERS = f"""
SELECT r.rolname FROM pg_roles r
JOIN pg_auth_members m ON m.member = r.oid JOIN pg_roles g ON g.oid = m.roleid
WHERE g.rolname = '{classdb.LEARNER}' ORDER BY r.rolname
"""
_ATTEMPTS = """
SELECT learner, exercise_id, count(*),
       count(*) FILTER (WHERE server_status = 'pass'),
       count(*) FILTER (WHERE server_status IS NOT NULL),
       count(*) FILTER (WHERE local_status = 'pass' AND server_status IN ('fail', 'error')),
       max(received_at)
FROM attempts GROUP BY learner, exercise_id
"""
_HINTS = "SELECT learner, exercise_id, count(DISTINCT hint_index), max(shown_at) FROM hints GROUP BY 1, 2"
_LAST_VISIT = "SELECT learner, max(visited_at) FROM visits GROUP BY learner"
_RECENT = """
SELECT learner, exercise_id, received_at, local_status, server_status FROM attempts
ORDER BY received_at DESC LIMIT %s
"""
RECENT_ATTEMPTS = 50
_FEEDBACK = """
SELECT exercise_id, learner, server_message_es, server_message_en FROM attempts
WHERE server_status IN ('fail', 'error')
"""


@dataclass(frozen=True)
class Standing:
    """One learner on one exercise."""

    learner: str
    exercise_id: str
    status: str
    attempts: int
    hints: int
    disputed: int  # local passes the server failed: a forged or a machine-dependent verdict
    last_activity: datetime | None


@dataclass(frozen=True)
class ExerciseSummary:
    exercise_id: str
    started: int
    passed: int
    stuck: int
    top_feedback: T | None  # the failing feedback heard most, numbers masked
    top_feedback_learners: int


@dataclass(frozen=True)
class Attempt:
    """One attempt as it arrived: the verdict the learner's machine gave and the server's (None: not yet)."""

    learner: str
    exercise_id: str
    received_at: datetime
    local_status: str
    server_status: str | None


@dataclass(frozen=True)
class ClassReport:
    learners: list[str]
    standings: list[Standing]
    exercises: list[ExerciseSummary]
    recent: list[Attempt]  # the latest first, at most RECENT_ATTEMPTS


def _status(attempts: int, passes: int, graded: int) -> str:
    if passes:
        return PASSED
    if attempts == 0:
        return NOT_STARTED
    if graded >= STUCK_AFTER:
        return STUCK
    return TRYING if graded else WAITING


def _masked(message: str) -> str:
    """Feedback with its numbers masked, so one mistake on different inputs counts once."""
    return re.sub(r"-?\d+(?:\.\d+)?(?:e[-+]?\d+)?", "#", message or "").strip()


def build_report(url: str, course: Course) -> ClassReport:
    """Read the class database (as the teacher's role) into a :class:`ClassReport`."""
    with classdb.connect(url) as database:
        classdb.check_schema(database, url)
        learners = [name for (name,) in database.execute(_LEARNERS)]
        attempts = {(row[0], row[1]): row[2:] for row in database.execute(_ATTEMPTS)}
        hints = {(row[0], row[1]): row[2:] for row in database.execute(_HINTS)}
        visits = dict(database.execute(_LAST_VISIT).fetchall())
        feedback = database.execute(_FEEDBACK).fetchall()
        recent = [Attempt(*row) for row in database.execute(_RECENT, (RECENT_ATTEMPTS,))]
    learners = sorted(set(learners) | {learner for learner, _ in attempts})
    order = [exercise.id for exercise in course.exercises]
    order += sorted({exercise for _, exercise in attempts} - set(order))  # exercises a newer course had

    standings = []
    for learner in learners:
        for exercise_id in order:
            count, passes, graded, disputed, last_attempt = attempts.get((learner, exercise_id), (0, 0, 0, 0, None))
            hints_used, last_hint = hints.get((learner, exercise_id), (0, None))
            moments = [moment for moment in (last_attempt, last_hint) if moment is not None]
            standings.append(
                Standing(
                    learner,
                    exercise_id,
                    _status(count, passes, graded),
                    count,
                    hints_used,
                    disputed,
                    max(moments) if moments else visits.get(learner),
                )
            )

    # Who heard each failing feedback: the one most learners heard is what to explain next.
    heard: dict[str, dict[str, set[str]]] = {}
    wording: dict[tuple[str, str], T] = {}
    for exercise_id, learner, message_es, message_en in feedback:
        key = _masked(message_en)
        heard.setdefault(exercise_id, {}).setdefault(key, set()).add(learner)
        wording.setdefault((exercise_id, key), T(es=message_es or "", en=message_en or ""))
    summaries = []
    for exercise_id in order:
        mine = [s for s in standings if s.exercise_id == exercise_id]
        top, top_learners = None, 0
        if heard.get(exercise_id):
            key, learners_who = max(heard[exercise_id].items(), key=lambda item: (len(item[1]), item[0]))
            top, top_learners = wording[(exercise_id, key)], len(learners_who)
        summaries.append(
            ExerciseSummary(
                exercise_id,
                started=sum(s.attempts > 0 for s in mine),
                passed=sum(s.status == PASSED for s in mine),
                stuck=sum(s.status == STUCK for s in mine),
                top_feedback=top,
                top_feedback_learners=top_learners,
            )
        )
    return ClassReport(learners, standings, summaries, recent)


CSV_COLUMNS = {
    "es": ["estudiante", "ejercicio", "estado", "intentos", "pistas", "discrepancias", "ultima_actividad"],
    "en": ["learner", "exercise", "status", "attempts", "hints", "disputed", "last_activity"],
}


def report_csv(report: ClassReport, lang: str) -> str:
    """One row per learner and exercise, with a header in ``lang``."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS[lang])
    for s in report.standings:
        when = s.last_activity.isoformat(timespec="seconds") if s.last_activity else ""
        writer.writerow(
            [s.learner, s.exercise_id, STATUS_WORDS[s.status].get(lang), s.attempts, s.hints, s.disputed, when]
        )
    return out.getvalue()


_HEADING = T(es="Clase: {n} estudiantes", en="Class: {n} learners")
_BY_EXERCISE = T(es="Por ejercicio", en="By exercise")
_STANDING = T(es="{attempts} intentos · {hints} pistas · {when}", en="{attempts} attempts · {hints} hints · {when}")
_COUNTS = T(
    es="empezaron {started} · aprobaron {passed} · atascados {stuck}",
    en="started {started} · passed {passed} · stuck {stuck}",
)
_MOST_SEEN = T(es="mensaje más visto ({n} estudiantes): {text}", en="feedback most learners saw ({n}): {text}")
_DISPUTED = T(
    es="(!) El equipo de quien estudia dijo «aprobado», pero el servidor, con el mismo código, no: el veredicto "
    "local fue falsificado o depende de la máquina.",
    en="(!) The learner's machine said “passed” but the server, on the same code, did not: a forged local "
    "verdict, or one that depends on the machine.",
)


def report_lines(report: ClassReport, lang: str) -> list[str]:
    """The report as text for a terminal, in ``lang``."""
    lines = [_HEADING.format(n=len(report.learners)).get(lang), ""]
    for learner in report.learners:
        mine = [s for s in report.standings if s.learner == learner]
        done = sum(s.status == PASSED for s in mine)
        lines.append(f"{learner}: {done}/{len(mine)}")
        for s in mine:
            if s.status == NOT_STARTED:
                continue
            when = s.last_activity.strftime("%Y-%m-%d %H:%M") if s.last_activity else "-"
            standing = _STANDING.format(attempts=s.attempts, hints=s.hints, when=when).get(lang)
            flag = " (!)" if s.disputed else ""
            lines.append(f"  {s.exercise_id:<28} {STATUS_WORDS[s.status].get(lang):<13} {standing}{flag}")
    lines += ["", _BY_EXERCISE.get(lang)]
    for e in report.exercises:
        if not e.started:
            continue
        counts = _COUNTS.format(started=e.started, passed=e.passed, stuck=e.stuck).get(lang)
        lines.append(f"  {e.exercise_id:<28} {counts}")
        if e.top_feedback is not None:
            text = e.top_feedback.get(lang).replace("\n", " ")[:160]
            lines.append("    " + _MOST_SEEN.format(n=e.top_feedback_learners, text=text).get(lang))
    if any(s.disputed for s in report.standings):
        lines += ["", _DISPUTED.get(lang)]
    return lines
