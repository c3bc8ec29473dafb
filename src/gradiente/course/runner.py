"""The child process that runs a learner's code against an exercise's checks.

Started by :mod:`gradiente.course.grader` as ``python -m gradiente.course.runner JOB.json``.
It limits itself (memory, CPU time, file size) before touching learner code, captures what
the code prints up to a cap, and writes one JSON result file. Whatever the learner's code
does (loop forever, exit, blow up memory), the parent still gets a clear answer: from this
file, or from how the process ended.
"""

from __future__ import annotations

import io
import json
import resource
import runpy
import signal
import sys
import time
from pathlib import Path

OUTPUT_CAP = 20_000  # characters of printed output kept for feedback


class CappedOutput(io.TextIOBase):
    """A stdout that keeps the first characters and only counts the rest, so printing never blocks."""

    def __init__(self, cap: int = OUTPUT_CAP):
        self.cap = cap
        self.parts: list[str] = []
        self.kept = 0
        self.total = 0

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self.total += len(text)
        if self.kept < self.cap:
            piece = text[: self.cap - self.kept]
            self.parts.append(piece)
            self.kept += len(piece)
        return len(text)

    def text(self) -> str:
        return "".join(self.parts)


def limit_resources(memory_mb: int, cpu_seconds: int) -> None:
    memory = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    resource.setrlimit(resource.RLIMIT_FSIZE, (16 * 1024 * 1024, 16 * 1024 * 1024))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a huge file write fails with an error, not a kill


def start_alarm(seconds: float) -> None:
    """A soft time limit: interrupt the learner's code with an exception we can report on."""
    from gradiente.course.judge import TimeLimitExceeded

    def interrupt(signum, frame):
        raise TimeLimitExceeded

    signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, seconds)


def main(job_path: str) -> None:
    job = json.loads(Path(job_path).read_text(encoding="utf-8"))
    # Trusted code first (the reference and the checks), then the limits, then the learner's code.
    from gradiente.course import judge

    reference = runpy.run_path(job["solution"])[job["function"]]
    check_module = runpy.run_path(job["check"])
    limit_resources(job["memory_mb"], job["cpu_seconds"])

    output = CappedOutput()
    sys.stdout = sys.stderr = output
    start = time.perf_counter()
    start_alarm(job["timeout"])
    try:
        result = judge.judge(job, reference, check_module)
    except BaseException as error:  # noqa: BLE001 - the last line of defence must report, not die
        result = judge.unexpected(job, error)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    result["duration"] = time.perf_counter() - start
    result["output"] = output.text()
    result["output_bytes"] = output.total
    Path(job["result"]).write_text(json.dumps(result), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
