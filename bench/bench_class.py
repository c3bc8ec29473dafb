"""A class under load (issue 16): simulated learners checking against one PostgreSQL and one grading service.

On this machine: a PostgreSQL cluster of its own (tests/classroom/postgres.py), the grading
service as its own process (`gradiente class grade --workers N`, as deployed), and ``--learners``
simulated learners, each a thread with its own PostgreSQL role and its own outbox file, sending
an attempt at ``mse`` every ``--interval`` seconds on average (right and wrong code in turn) for
``--seconds``. A learner's own local grading would run on the learner's laptop, so it is not
simulated here: all the CPU goes to the server side.

It prints the attempts sent and received (none may be lost), how many the service graded, and
the time from the learner's save to the server's verdict (``graded_at - checked_at``, one clock):
median, p95 (goal: under 2 s) and slowest.

With ``--outage S`` PostgreSQL is stopped for S seconds a third of the way in: the attempts made
meanwhile wait in the outboxes and must all arrive (their latency then includes the outage).

Run: python bench/bench_class.py [--learners 30] [--seconds 120] [--interval 4] [--workers 2] [--outage 0]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY / "tests" / "classroom"))
from postgres import Postgres  # noqa: E402

RIGHT = (REPOSITORY / "solutions/start/mse.py").read_text(encoding="utf-8")
WRONG = (REPOSITORY / "mistakes/start/mse/sum_not_mean.py").read_text(encoding="utf-8")
GOAL = 2.0  # seconds, p95 from save to server verdict


def learner(name: str, url: str, folder: Path, until: float, interval: float, sent: list, stop: threading.Event):
    from gradiente.course.classdb import ClassDatabaseError
    from gradiente.course.outbox import Outbox

    outbox = Outbox(folder / f"{name}.db", url)
    chooser = random.Random(name)
    time.sleep(chooser.uniform(0, interval))  # learners do not all start on the same second
    turn = 0
    while time.time() < until and not stop.is_set():
        code = WRONG if turn % 2 == 0 else RIGHT
        sent.append(outbox.attempt("mse", "fail" if code is WRONG else "pass", "", "bench", code))
        turn += 1
        try:
            outbox.send()
        except ClassDatabaseError:
            pass  # the database is down (--outage): the attempt waits in the outbox
        time.sleep(chooser.uniform(0.5 * interval, 1.5 * interval))
    while outbox.pending():  # what is still queued goes before the learner leaves
        try:
            outbox.send()
        except ClassDatabaseError:
            time.sleep(0.5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=30)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--interval", type=float, default=4.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--outage", type=float, default=0, help="stop PostgreSQL this many seconds, a third of the way in"
    )
    args = parser.parse_args()
    import psycopg

    from gradiente.course import classdb

    server = Postgres()
    scratch = Path(tempfile.mkdtemp(prefix="gradiente-class-bench-"))
    service = None
    try:
        classdb.migrate(server.url())
        names = [f"learner{k:02d}" for k in range(args.learners)]
        for name in [*names, "teacher", "grader"]:
            role = {"teacher": "teacher", "grader": "grader"}.get(name, "learner")
            classdb.add_member(server.url(), name, role, f"{name}-pw")
        service = subprocess.Popen(
            [sys.executable, "-m", "gradiente", "class", "grade", "--workers", str(args.workers)],
            env={**os.environ, "GRADIENTE_PROGRESS_URL": server.url("grader", "grader-pw")},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(3)  # the service's warm runner imports NumPy once
        sent: list[str] = []
        stop = threading.Event()
        until = time.time() + args.seconds
        threads = [
            threading.Thread(
                target=learner,
                args=(name, server.url(name, f"{name}-pw"), scratch, until, args.interval, sent, stop),
            )
            for name in names
        ]
        started = time.time()
        for thread in threads:
            thread.start()
        if args.outage:
            time.sleep(args.seconds / 3)
            server.stop()
            time.sleep(args.outage)
            server.start()
        for thread in threads:
            thread.join()
        teacher = server.url("teacher", "teacher-pw")
        deadline = time.time() + 120
        with psycopg.connect(teacher) as database:
            while time.time() < deadline:
                waiting = database.execute("SELECT count(*) FROM attempts WHERE server_status IS NULL").fetchone()[0]
                database.commit()
                if waiting == 0:
                    break
                time.sleep(0.5)
            received, graded, latencies, wrong_verdicts = database.execute(
                "SELECT count(*), count(server_status), "
                "array_agg(extract(epoch FROM graded_at - checked_at)) FILTER (WHERE graded_at IS NOT NULL), "
                "count(*) FILTER (WHERE server_status <> local_status) FROM attempts"
            ).fetchone()
        elapsed = time.time() - started
        latencies = sorted(float(x) for x in latencies or [])
        p95 = latencies[int(0.95 * (len(latencies) - 1))] if latencies else float("nan")
        outage = f", PostgreSQL stopped for {args.outage:g} s at {args.seconds / 3:.0f} s" if args.outage else ""
        print(f"{args.learners} learners, {args.seconds:.0f} s, one attempt per ~{args.interval:g} s each{outage}")
        print(f"attempts sent {len(sent)}, received {received}, graded {graded} (lost {len(sent) - received})")
        print(f"server verdicts that differ from the (honest) local ones: {wrong_verdicts}")
        print(f"throughput {graded / elapsed:.1f} verdicts/s over {elapsed:.0f} s")
        if latencies:
            print(
                f"save -> server verdict: median {statistics.median(latencies):.3f} s, p95 {p95:.3f} s "
                f"(goal < {GOAL:g} s: {'met' if p95 < GOAL else 'NOT met'}), slowest {latencies[-1]:.3f} s"
            )
    finally:
        if service is not None:
            service.terminate()
            try:
                service.wait(10)
            except subprocess.TimeoutExpired:
                service.kill()
        server.close()


if __name__ == "__main__":
    main()
