"""What grading an exercise returns: a status, the checks run (stopping at the first failure), and why."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from gradiente.course.i18n import T

PASS, FAIL, ERROR = "pass", "fail", "error"


@dataclass(frozen=True)
class CheckResult:
    label: T
    passed: bool
    message: T | None = None
    expected: str | None = None
    got: str | None = None


@dataclass(frozen=True)
class GradeResult:
    """The outcome of one ``gradiente check``.

    ``status`` is pass, fail (the code ran but an answer is wrong, or still a TODO) or error
    (the code could not run to the end: exception, syntax error, time or memory limit...).
    ``reason`` names the kind of failure for programs (``"todo"``, ``"timeout"``, ``"memory"``...).
    """

    exercise_id: str
    status: str
    message: T
    reason: str = ""
    checks: tuple[CheckResult, ...] = ()
    output: str = ""
    output_bytes: int = 0
    duration: float = 0.0
    details: str = ""  # a trimmed traceback, when the learner's code raised

    @property
    def passed(self) -> bool:
        return self.status == PASS

    @property
    def first_failure(self) -> CheckResult | None:
        return next((check for check in self.checks if not check.passed), None)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> GradeResult:
        checks = tuple(
            CheckResult(
                label=T(**check["label"]),
                passed=check["passed"],
                message=T(**check["message"]) if check.get("message") else None,
                expected=check.get("expected"),
                got=check.get("got"),
            )
            for check in data.get("checks", ())
        )
        return cls(
            exercise_id=data["exercise_id"],
            status=data["status"],
            message=T(**data["message"]),
            reason=data.get("reason", ""),
            checks=checks,
            output=data.get("output", ""),
            output_bytes=data.get("output_bytes", 0),
            duration=data.get("duration", 0.0),
            details=data.get("details", ""),
        )
