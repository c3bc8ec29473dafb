"""``gradiente doctor``: which walls stand around learner code on this machine, seen from inside.

Nothing is assumed: :func:`probe` starts a real sandbox, as a check does, asks it what it
put in place, and runs a few harmless attacks inside it (read a hidden file, write
outside its folder, signal its parent, open a socket, count the processes it can see).
"""

from __future__ import annotations

import os
import platform
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from gradiente.course.i18n import T

# Each protection the sandbox can report, and what it means for the learner, in both languages.
PROTECTIONS: dict[str, T] = {
    "namespaces": T(
        es="Espacios de nombres propios (usuario, procesos, red): tu código no ve otros procesos ni la red, "
        "y todo lo que lance muere con la comprobación.",
        en="Namespaces of its own (user, processes, network): your code sees no other process and no "
        "network, and everything it starts dies with the check.",
    ),
    "mask": T(
        es="Carpetas ocultas: tu carpeta de trabajo, el progreso y las soluciones se ven vacías desde adentro.",
        en="Hidden folders: your workspace, your progress and the solutions look empty from inside.",
    ),
    "landlock": T(
        es="Landlock: solo lee los archivos de Python y escribe solo en su carpeta temporal "
        "(no ve tu carpeta de trabajo, tu progreso ni las soluciones).",
        en="Landlock: it reads only Python's files and writes only to its scratch folder "
        "(it cannot see your workspace, your progress or the solutions).",
    ),
    "landlock_network": T(es="Landlock: ninguna conexión TCP.", en="Landlock: no TCP connection."),
    "landlock_signals": T(
        es="Landlock: no puede enviar señales a procesos fuera de la comprobación.",
        en="Landlock: it cannot signal any process outside the check.",
    ),
    "seccomp": T(
        es="seccomp: no puede matar otros procesos, espiar su memoria (ptrace) ni abrir sockets.",
        en="seccomp: it cannot kill other processes, read their memory (ptrace) or open sockets.",
    ),
    "subreaper": T(
        es="Subreaper: los procesos que se separan (setsid) vuelven al guardián y mueren con la comprobación.",
        en="Subreaper: processes that detach (setsid) come back to the warden and die with the check.",
    ),
    "limits": T(
        es="Límites de memoria, tiempo de CPU y tamaño de archivo por proceso; memoria total vigilada.",
        en="Per-process limits on memory, CPU time and file size; total memory watched.",
    ),
    "process_cap": T(
        es="Tope de procesos (RLIMIT_NPROC): una bomba de procesos no tumba tu computadora.",
        en="Process cap (RLIMIT_NPROC): a fork bomb cannot take your computer down.",
    ),
}

ATTACKS: dict[str, T] = {
    "read_hidden": T(es="leer un archivo oculto", en="read a hidden file"),
    "write_outside": T(es="escribir fuera de su carpeta", en="write outside its folder"),
    "signal_parent": T(es="enviar una señal al proceso guardián", en="signal the warden process"),
    "open_socket": T(es="abrir un socket de red", en="open a network socket"),
    "see_processes": T(es="ver otros procesos", en="see other processes"),
}

_PROBE = """
import os, socket
def probe(hidden_file, outside_dir):
    held = {}
    try:
        open(hidden_file).read()
        held["read_hidden"] = False
    except OSError:
        held["read_hidden"] = True
    try:
        open(os.path.join(outside_dir, "written-by-learner-code"), "w").write("x")
        held["write_outside"] = False
    except OSError:
        held["write_outside"] = True
    try:
        os.kill(os.getppid(), 0)
        held["signal_parent"] = os.getppid() == 0
    except OSError:
        held["signal_parent"] = True
    try:
        socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()
        held["open_socket"] = False
    except OSError:
        held["open_socket"] = True
    try:
        visible = [name for name in os.listdir("/proc") if name.isdigit()]
        held["see_processes"] = len(visible) <= 2
    except OSError:
        held["see_processes"] = True
    return held
"""


@dataclass
class Report:
    platform: str
    active: list[str] = field(default_factory=list)
    missing: dict[str, str] = field(default_factory=dict)
    held: dict[str, bool] = field(default_factory=dict)
    error: str = ""

    @property
    def all_held(self) -> bool:
        return bool(self.held) and all(self.held.values())


def probe(timeout: float = 20.0) -> Report:
    """Start a sandbox as a check would and report what really holds inside it."""
    from gradiente.course import wire
    from gradiente.course.grader import ColdSandbox

    report = Report(platform=f"{platform.system()} {platform.release()} ({platform.machine()})")
    with (
        tempfile.TemporaryDirectory(prefix="gradiente-doctor-") as secret,
        tempfile.TemporaryDirectory(prefix="gradiente-doctor-outside-") as outside,
    ):
        hidden_file = Path(secret) / "secret.txt"
        hidden_file.write_text("not for learner code")
        sandbox = ColdSandbox()
        sandbox.configure(
            {
                "memory_mb": 1024,
                "cpu_seconds": int(timeout),
                "hard_timeout": timeout,
                "hidden": [secret, outside],
                "namespaces": os.environ.get("GRADIENTE_SANDBOX_NAMESPACES", "1") != "0",
            }
        )
        try:
            deadline = time.monotonic() + timeout
            ready = wire.receive(sandbox.conn, deadline)["ready"]
            report.active, report.missing = list(ready["active"]), dict(ready["missing"])
            wire.send(
                sandbox.conn,
                {"op": "load", "source": _PROBE, "filename": "probe.py", "function": "probe", "timeout": timeout},
            )
            wire.receive(sandbox.conn, deadline)
            wire.send(
                sandbox.conn,
                {"op": "call", "args": wire.encode((str(hidden_file), outside)), "kwargs": wire.encode({})},
            )
            reply = wire.receive(sandbox.conn, deadline)
            held = wire.decode(reply.get("value"))
            report.held = {name: bool(held.get(name)) for name in ATTACKS} if isinstance(held, dict) else {}
            if not report.held:
                report.error = str(reply.get("raised", ""))[:400]
        except (TimeoutError, EOFError, OSError, KeyError, wire.WireError) as error:
            report.error = f"{type(error).__name__}: {error}"
        finally:
            sandbox.close()
    return report


def render(report: Report, lang: str) -> list[tuple[str, str]]:
    """The report as (style, line) pairs for the terminal."""
    lines = [
        (
            "bold",
            T(
                es=f"Cómo se aísla tu código en esta máquina: {report.platform}",
                en=f"How your code is isolated on this machine: {report.platform}",
            ).get(lang),
        )
    ]
    for name, meaning in PROTECTIONS.items():
        if name in report.active:
            lines.append(("green", f"  ✓ {meaning.get(lang)}"))
        else:
            why = report.missing.get(name, T(es="no disponible", en="not available").get(lang))
            lines.append(("yellow", f"  ✗ {meaning.get(lang)}  ({why})"))
    lines.append(("bold", T(es="Lo que intentamos desde adentro:", en="What we tried from inside:").get(lang)))
    for name, attack in ATTACKS.items():
        held = report.held.get(name)
        if held:
            lines.append(("green", T(es=f"  ✓ {attack.es}: bloqueado", en=f"  ✓ {attack.en}: blocked").get(lang)))
        else:
            lines.append(("red", T(es=f"  ✗ {attack.es}: NO bloqueado", en=f"  ✗ {attack.en}: NOT blocked").get(lang)))
    if report.error:
        lines.append(
            (
                "red",
                T(es=f"La prueba no terminó: {report.error}", en=f"The probe did not finish: {report.error}").get(lang),
            )
        )
    if report.all_held and not report.missing:
        lines.append(
            (
                "green",
                T(
                    es="Todo en orden: el código de los ejercicios corre aislado.",
                    en="All in order: exercise code runs isolated.",
                ).get(lang),
            )
        )
    else:
        lines.append(
            (
                "yellow",
                T(
                    es="Tu código igual corre en un proceso aparte, con límites de tiempo y memoria, y el veredicto lo "
                    "decide siempre el corrector; pero en esta máquina no todas las paredes están en pie.",
                    en="Your code still runs in a separate process with time and memory limits, and the verdict is always "
                    "the grader's; but on this machine not every wall is up.",
                ).get(lang),
            )
        )
    return lines
