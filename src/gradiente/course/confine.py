"""The walls around a learner's process, built from what the platform offers without root.

On Linux, in order of strength, each applied when the kernel allows and recorded when not:

- **namespaces** (user, PID, network): the learner's process is PID 1 of a namespace of its
  own, so it sees no other process and everything it forks dies with it; it has no network.
- **Landlock**: it reads only Python's own files, writes only its scratch folder, opens no
  TCP connection and (ABI 6+) signals no process outside its domain.
- **seccomp**: ``kill``/``tgkill`` only to itself and its group, no ``ptrace``, no
  ``process_vm_*``, no ``pidfd`` signals, no sockets but local pairs, no new namespaces.
- **limits**: address space, CPU seconds, file size, no core dumps, a cap on processes.

Elsewhere (macOS, BSD) only the limits and a process group apply; :class:`Applied` records
what is missing and why, and ``gradiente doctor`` prints it.
"""

from __future__ import annotations

import ctypes
import errno
import os
import platform
import resource
import signal
import struct
import sys
from dataclasses import dataclass, field
from pathlib import Path

LINUX = sys.platform.startswith("linux")


@dataclass
class Applied:
    """What was really put in place for one learner process (names are stable, for tests and doctor)."""

    active: list[str] = field(default_factory=list)
    missing: dict[str, str] = field(default_factory=dict)  # protection -> why it is not active

    def add(self, name: str, ok: bool, why: str = "") -> None:
        if ok:
            self.active.append(name)
        else:
            self.missing[name] = why

    def as_dict(self) -> dict:
        return {"active": list(self.active), "missing": dict(self.missing)}


# --- libc ------------------------------------------------------------------------------

_libc = ctypes.CDLL(None, use_errno=True) if LINUX else None

PR_SET_PDEATHSIG = 1
PR_SET_NO_NEW_PRIVS = 38
PR_SET_CHILD_SUBREAPER = 36
PR_SET_SECCOMP = 22
SECCOMP_MODE_FILTER = 2

CLONE_NEWNS = 0x00020000
CLONE_NEWUSER = 0x10000000
CLONE_NEWPID = 0x20000000
CLONE_NEWNET = 0x40000000
CLONE_NEWIPC = 0x08000000


def _prctl(option: int, arg: int = 0) -> bool:
    return _libc.prctl(option, ctypes.c_ulong(arg), 0, 0, 0) == 0


def _os_error(what: str) -> str:
    return f"{what}: {os.strerror(ctypes.get_errno())}"


# --- the warden's side: namespaces and the subreaper ------------------------------------


def become_subreaper() -> bool:
    """Orphans of the learner's process (a fork that called setsid) become our children, so we can end them."""
    return LINUX and _prctl(PR_SET_CHILD_SUBREAPER, 1)


def enter_namespaces(applied: Applied) -> bool:
    """Make the next child PID 1 of a new PID namespace, with no network. Needs a single-threaded caller."""
    if not LINUX:
        applied.add("namespaces", False, "not Linux")
        return False
    uid, gid = os.getuid(), os.getgid()
    if _libc.unshare(CLONE_NEWUSER | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWNS) != 0:
        applied.add("namespaces", False, _os_error("unshare (unprivileged user namespaces may be disabled)"))
        return False
    try:
        Path("/proc/self/setgroups").write_text("deny")
        Path("/proc/self/uid_map").write_text(f"{uid} {uid} 1")
        Path("/proc/self/gid_map").write_text(f"{gid} {gid} 1")
    except OSError as error:
        applied.add("namespaces", False, f"uid map: {error}")
        return False
    applied.add("namespaces", True)
    return True


MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC, MS_BIND, MS_REC, MS_PRIVATE = 1, 2, 4, 8, 4096, 16384, 1 << 18


def mask(applied: Applied, hidden: list[str], keep: list[str]) -> list[str]:
    """In our own mount namespace, cover each hidden folder with an empty read-only tmpfs (a
    file with /dev/null), so it looks empty to the learner's process. Returns what could not
    be covered (a hidden folder that holds Python itself, say), for Landlock to leave out."""
    if "namespaces" not in applied.active:
        return hidden
    if _libc.mount(b"none", b"/", None, MS_REC | MS_PRIVATE, None) != 0:
        applied.add("mask", False, _os_error("mount --make-rprivate /"))
        return hidden
    uncovered = []
    for path in hidden:
        real = os.path.realpath(path)
        if not os.path.exists(real):
            continue
        if any(os.path.realpath(root).startswith(real.rstrip(os.sep) + os.sep) for root in keep):
            uncovered.append(path)  # covering it would hide Python too
            continue
        encoded = real.encode()
        if os.path.isdir(real):
            done = (
                _libc.mount(b"tmpfs", encoded, b"tmpfs", MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, b"size=4k") == 0
            )
        else:
            done = _libc.mount(b"/dev/null", encoded, None, MS_BIND, None) == 0
        if not done:
            uncovered.append(path)
    applied.add("mask", True)
    return uncovered


def python_roots() -> list[str]:
    """Where Python and its packages live: never to be covered."""
    roots = {sys.prefix, sys.base_prefix, sys.exec_prefix, os.path.dirname(os.path.realpath(sys.executable))}
    roots |= {entry for entry in sys.path if entry and os.path.exists(entry)}
    # Never the whole disk, nor the folder a process happened to start in (python -m puts it on sys.path).
    return sorted(root for root in roots if os.path.realpath(root) not in ("/", os.path.realpath(os.getcwd())))


# --- the learner's side -----------------------------------------------------------------


def set_limits(applied: Applied, *, memory_mb: int, cpu_seconds: int, processes: int) -> None:
    memory = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    resource.setrlimit(resource.RLIMIT_FSIZE, (16 * 1024 * 1024, 16 * 1024 * 1024))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a huge file write fails with an error, not a kill
    applied.add("limits", True)
    try:
        # RLIMIT_NPROC counts every process of this user, so the cap sits above what already runs.
        cap = _user_process_count() + processes
        resource.setrlimit(resource.RLIMIT_NPROC, (cap, cap))
        applied.add(
            "process_cap",
            os.geteuid() != 0 or "namespaces" in applied.active,
            "root ignores RLIMIT_NPROC outside a user namespace",
        )
    except (OSError, ValueError) as error:
        applied.add("process_cap", False, str(error))


def _user_process_count() -> int:
    if not LINUX:
        return 256  # no cheap count: a generous cap that still stops a fork bomb
    uid, count = os.getuid(), 0
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                if entry.stat().st_uid == uid:
                    count += 1
            except OSError:
                pass
    return count


def die_with_parent() -> None:
    """If the warden is killed, so is this process (it cannot undo this: seccomp forbids it)."""
    if LINUX:
        _prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


# --- Landlock ---------------------------------------------------------------------------

_SYS_LANDLOCK_CREATE_RULESET, _SYS_LANDLOCK_ADD_RULE, _SYS_LANDLOCK_RESTRICT_SELF = 444, 445, 446
_LANDLOCK_CREATE_RULESET_VERSION = 1
_RULE_PATH_BENEATH = 1
_FS_EXECUTE, _FS_WRITE_FILE, _FS_READ_FILE, _FS_READ_DIR = 1 << 0, 1 << 1, 1 << 2, 1 << 3
_FS_TRUNCATE, _FS_IOCTL_DEV = 1 << 14, 1 << 15
_FILE_RIGHTS = _FS_EXECUTE | _FS_WRITE_FILE | _FS_READ_FILE | _FS_TRUNCATE | _FS_IOCTL_DEV
_NET_ALL = (1 << 0) | (1 << 1)  # bind and connect TCP
_SCOPE_ALL = (1 << 0) | (1 << 1)  # abstract unix sockets and signals


def landlock_abi() -> int:
    if not LINUX or platform.machine() not in ("x86_64", "aarch64", "AMD64"):
        return 0
    abi = _libc.syscall(_SYS_LANDLOCK_CREATE_RULESET, None, ctypes.c_size_t(0), _LANDLOCK_CREATE_RULESET_VERSION)
    return max(abi, 0)


def _fs_rights(abi: int) -> int:
    rights = (1 << 13) - 1  # ABI 1: execute … make_sym
    if abi >= 2:
        rights |= 1 << 13  # refer
    if abi >= 3:
        rights |= _FS_TRUNCATE
    if abi >= 5:
        rights |= _FS_IOCTL_DEV
    return rights


def readable_paths(hidden: list[str]) -> list[str]:
    """What Python and NumPy need to read, less everything at or under a ``hidden`` path.

    Landlock only ever adds permissions, so a hidden folder inside an allowed one (the
    course inside site-packages, say) is left out by allowing its siblings one by one.
    """
    hidden_paths = {os.path.realpath(path) for path in hidden if os.path.exists(path)}
    roots = set(python_roots())
    roots |= {
        "/usr/lib",
        "/usr/lib64",
        "/lib",
        "/lib64",
        "/usr/local/lib",
        "/etc/ld.so.cache",
        "/etc/localtime",
        "/usr/share/zoneinfo",
        "/sys/devices/system/cpu",
        "/dev/urandom",
        "/dev/random",
    }
    resolved = {os.path.realpath(root) for root in roots if os.path.exists(root)}
    # A root inside another root is covered by it (unless hidden paths split the outer one).
    allowed: list[str] = []
    for root in sorted(resolved):
        allowed.extend(_beneath_except(root, hidden_paths))
    return allowed


def _beneath_except(root: str, hidden: set[str]) -> list[str]:
    if any(root == path or root.startswith(path + os.sep) for path in hidden):
        return []  # the root itself is hidden (or inside a hidden folder)
    if not any(path.startswith(root.rstrip(os.sep) + os.sep) for path in hidden):
        return [root]
    allowed = []
    with os.scandir(root) as entries:
        for entry in entries:
            path = os.path.realpath(entry.path) if entry.is_symlink() else entry.path
            allowed.extend(_beneath_except(path, hidden))
    return allowed


def apply_landlock(applied: Applied, *, readable: list[str], writable: list[str]) -> None:
    abi = landlock_abi()
    if abi <= 0:
        applied.add("landlock", False, "the kernel has no Landlock (Linux 5.13+ with it enabled)")
        return
    fs_rights = _fs_rights(abi)
    attr = struct.pack("=Q", fs_rights) + (struct.pack("=Q", _NET_ALL) if abi >= 4 else b"")
    attr += struct.pack("=Q", _SCOPE_ALL) if abi >= 6 else b""
    buffer = ctypes.create_string_buffer(attr, len(attr))
    ruleset = _libc.syscall(_SYS_LANDLOCK_CREATE_RULESET, buffer, ctypes.c_size_t(len(attr)), 0)
    if ruleset < 0:
        applied.add("landlock", False, _os_error("landlock_create_ruleset"))
        return
    try:
        read = _FS_READ_FILE | _FS_READ_DIR | _FS_EXECUTE
        for path in readable:
            _allow(ruleset, path, read)
        for path in writable:
            _allow(ruleset, path, fs_rights)
        _allow(ruleset, "/dev/null", _FS_READ_FILE | _FS_WRITE_FILE)
        if not _prctl(PR_SET_NO_NEW_PRIVS, 1) or _libc.syscall(_SYS_LANDLOCK_RESTRICT_SELF, ruleset, 0) != 0:
            applied.add("landlock", False, _os_error("landlock_restrict_self"))
            return
    finally:
        os.close(ruleset)
    applied.add("landlock", True)
    applied.add("landlock_network", abi >= 4, f"Landlock ABI {abi} < 4 cannot restrict TCP")
    applied.add("landlock_signals", abi >= 6, f"Landlock ABI {abi} < 6 cannot scope signals")


def _allow(ruleset: int, path: str, rights: int) -> None:
    try:
        fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
    except OSError:
        return
    try:
        if not os.path.isdir(path):
            rights &= _FILE_RIGHTS
        rule = ctypes.create_string_buffer(struct.pack("=Qi", rights, fd), 12)
        _libc.syscall(_SYS_LANDLOCK_ADD_RULE, ruleset, _RULE_PATH_BENEATH, rule, 0)
    finally:
        os.close(fd)


# --- seccomp ----------------------------------------------------------------------------

_AUDIT_ARCH = {"x86_64": 0xC000003E, "aarch64": 0xC00000B7}
_SYSCALLS = {  # name -> number, per architecture
    "x86_64": {
        "kill": 62,
        "tkill": 200,
        "tgkill": 234,
        "ptrace": 101,
        "process_vm_readv": 310,
        "process_vm_writev": 311,
        "pidfd_send_signal": 424,
        "pidfd_getfd": 438,
        "socket": 41,
        "unshare": 272,
        "setns": 308,
        "prctl": 157,
    },
    "aarch64": {
        "kill": 129,
        "tkill": 130,
        "tgkill": 131,
        "ptrace": 117,
        "process_vm_readv": 270,
        "process_vm_writev": 271,
        "pidfd_send_signal": 424,
        "pidfd_getfd": 438,
        "socket": 198,
        "unshare": 97,
        "setns": 268,
        "prctl": 167,
    },
}
_RET_ALLOW = 0x7FFF0000
_RET_EPERM = 0x00050000 | errno.EPERM
_LD_W_ABS, _JEQ_K, _JGE_K, _RET_K = 0x20, 0x15, 0x35, 0x06


def seccomp_supported() -> bool:
    return LINUX and platform.machine() in _SYSCALLS


def apply_seccomp(applied: Applied) -> None:
    if not seccomp_supported():
        applied.add("seccomp", False, f"no filter written for {platform.system()} {platform.machine()}")
        return
    program = _seccomp_program(_SYSCALLS[platform.machine()], _AUDIT_ARCH[platform.machine()], os.getpid())
    code = b"".join(struct.pack("=HBBI", *instruction) for instruction in program)
    filters = ctypes.create_string_buffer(code, len(code))

    class SockFprog(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]

    fprog = SockFprog(len(program), ctypes.cast(filters, ctypes.c_void_p))
    ok = (
        _prctl(PR_SET_NO_NEW_PRIVS, 1)
        and _libc.prctl(PR_SET_SECCOMP, ctypes.c_ulong(SECCOMP_MODE_FILTER), ctypes.byref(fprog), 0, 0) == 0
    )
    applied.add("seccomp", ok, _os_error("prctl(PR_SET_SECCOMP)") if not ok else "")


def _seccomp_program(numbers: dict[str, int], audit_arch: int, pid: int) -> list[tuple[int, int, int, int]]:
    """A classic-BPF filter. Offsets in ``struct seccomp_data``: nr 0, arch 4, args from 16 (low word first)."""
    own = pid & 0xFFFFFFFF
    own_group = (-pid) & 0xFFFFFFFF
    denied = [
        numbers[name]
        for name in (
            "tkill",
            "ptrace",
            "process_vm_readv",
            "process_vm_writev",
            "pidfd_send_signal",
            "pidfd_getfd",
            "unshare",
            "setns",
            # No socket at all (socketpair stays): no network, and no
            # named socket of another process's server to connect to.
            "socket",
        )
    ]
    program: list[tuple[int, int, int, int]] = []

    def emit(code, jt, jf, k):
        program.append((code, jt, jf, k))

    # Another architecture's calling convention (and x32 on x86_64) could dodge the numbers: refuse.
    emit(_LD_W_ABS, 0, 0, 4)
    emit(_JEQ_K, 1, 0, audit_arch)
    emit(_RET_K, 0, 0, _RET_EPERM)
    emit(_LD_W_ABS, 0, 0, 0)
    emit(_JGE_K, 0, 1, 0x40000000)
    emit(_RET_K, 0, 0, _RET_EPERM)
    for number in denied:
        emit(_JEQ_K, 0, 1, number)
        emit(_RET_K, 0, 0, _RET_EPERM)
    # kill(pid, sig): only this process (as PID 1 of its namespace, or its own pid), pid 0 (its
    # group) or -pid (its group by number).
    emit(_JEQ_K, 0, 6, numbers["kill"])
    emit(_LD_W_ABS, 0, 0, 16)
    emit(_JEQ_K, 3, 0, own)
    emit(_JEQ_K, 2, 0, 0)
    emit(_JEQ_K, 1, 0, own_group)
    emit(_RET_K, 0, 0, _RET_EPERM)
    emit(_RET_K, 0, 0, _RET_ALLOW)
    # tgkill(tgid, tid, sig): threads of this process only (Python's own signals to its threads).
    emit(_JEQ_K, 0, 4, numbers["tgkill"])
    emit(_LD_W_ABS, 0, 0, 16)
    emit(_JEQ_K, 1, 0, own)
    emit(_RET_K, 0, 0, _RET_EPERM)
    emit(_RET_K, 0, 0, _RET_ALLOW)
    # prctl(PR_SET_PDEATHSIG, ...): the promise to die with the warden cannot be taken back.
    emit(_JEQ_K, 0, 4, numbers["prctl"])
    emit(_LD_W_ABS, 0, 0, 16)
    emit(_JEQ_K, 0, 1, PR_SET_PDEATHSIG)
    emit(_RET_K, 0, 0, _RET_EPERM)
    emit(_RET_K, 0, 0, _RET_ALLOW)
    emit(_RET_K, 0, 0, _RET_ALLOW)
    return program
