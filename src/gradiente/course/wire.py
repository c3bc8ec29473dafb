"""What crosses between the judge and the learner's process: plain data, never pickles.

The judge and the learner's sandbox talk over a socket in length-prefixed JSON messages.
Values are JSON with a few tagged forms, so NumPy arrays, tuples and dicts with non-text
keys survive the trip; anything else the learner's code returns arrives as an
:class:`Opaque` stand-in (its type name and a short repr), which the judge can describe
but never run. Nothing here executes what it decodes, so a message can only ever be wrong,
never dangerous.

    >>> decode(encode({"w": np.arange(3.0), "shape": (2, 3)}))["w"]
    array([0., 1., 2.])
"""

from __future__ import annotations

import base64
import json
import math
import select
import socket
import struct
import time
from typing import Any, Callable

import numpy as np

MAX_MESSAGE = 16 * 1024 * 1024  # bytes: far above any exercise's data, far below what hurts the judge
_HEADER = struct.Struct("!I")
_ARRAY_KINDS = "biufc"  # bool, integers, floats, complex: never object arrays


class WireError(ValueError):
    """A message that is not what the protocol allows: too large, cut short or malformed."""


class Opaque:
    """Something the learner's code returned that is not data (a class instance, a function…)."""

    def __init__(self, type_name: str, text: str):
        self.type_name = type_name
        self.text = text

    def __repr__(self) -> str:
        return self.text


def encode(value: Any, name_of: Callable[[Any], str | None] | None = None) -> Any:
    """``value`` as JSON-ready data; non-data values become an opaque description.

    ``name_of`` (the judge's) names the functions a case passes as inputs: each is sent as
    that name, and the sandbox finds it among the input functions it was given.
    """
    if name_of is not None and callable(value) and not isinstance(value, (type, np.ndarray)):
        name = name_of(value)
        if name is not None:
            return {"$fn": name}
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value if -(2**63) <= value < 2**63 else {"$int": str(value)}
    if isinstance(value, float):
        return value if math.isfinite(value) else {"$float": repr(value)}
    if isinstance(value, complex):
        return {"$complex": [encode(value.real), encode(value.imag)]}
    if isinstance(value, np.ndarray) and value.dtype.kind in _ARRAY_KINDS:
        data = np.ascontiguousarray(value)
        return {
            "$nd": base64.b64encode(data.tobytes()).decode("ascii"),
            "dtype": data.dtype.str,
            "shape": list(data.shape),
        }
    if isinstance(value, np.generic) and value.dtype.kind in _ARRAY_KINDS:
        return {"$scalar": encode(np.asarray(value))}
    if isinstance(value, tuple):
        return {"$tuple": [encode(item, name_of) for item in value]}
    if isinstance(value, list):
        return [encode(item, name_of) for item in value]
    if isinstance(value, dict):
        return {"$dict": [[encode(key, name_of), encode(item, name_of)] for key, item in value.items()]}
    if isinstance(value, (set, frozenset)):
        return {"$set": [encode(item, name_of) for item in value]}
    return {"$opaque": type(value).__name__[:100], "repr": _short_repr(value)}


def decode(data: Any, functions: dict[str, Any] | None = None) -> Any:
    """The value :func:`encode` described (an :class:`Opaque` for what was not data); raises WireError.

    A named function is looked up in ``functions`` (the sandbox's input functions), or is
    ``np.<name>`` / ``math.<name>``; without ``functions`` (the judge) it is refused.
    """
    try:
        return _decode(data, functions)
    except WireError:
        raise
    except (TypeError, ValueError, KeyError, IndexError, AttributeError, RecursionError, OverflowError) as error:
        raise WireError(f"malformed value: {type(error).__name__}: {str(error)[:200]}") from None


def _decode(data: Any, functions: dict[str, Any] | None = None) -> Any:
    if data is None or isinstance(data, (bool, int, float, str)):
        return data
    if isinstance(data, list):
        return [_decode(item, functions) for item in data]
    if not isinstance(data, dict) or len(data) == 0:
        raise WireError("malformed value")
    if "$nd" in data:
        dtype = np.dtype(str(data["dtype"]))
        if dtype.kind not in _ARRAY_KINDS:
            raise WireError(f"arrays of dtype {dtype} are not data")
        shape = tuple(int(n) for n in data["shape"])
        raw = base64.b64decode(data["$nd"], validate=True)
        if len(raw) != dtype.itemsize * math.prod(shape):
            raise WireError("array bytes do not match its shape")
        return np.frombuffer(raw, dtype=dtype).reshape(shape).copy()
    if "$scalar" in data:
        array = _decode(data["$scalar"])
        if not isinstance(array, np.ndarray) or array.ndim != 0:
            raise WireError("malformed scalar")
        return array[()]
    if "$tuple" in data:
        return tuple(_decode(item, functions) for item in data["$tuple"])
    if "$dict" in data:
        return {_hashable(_decode(key, functions)): _decode(item, functions) for key, item in data["$dict"]}
    if "$set" in data:
        return {_hashable(_decode(item, functions)) for item in data["$set"]}
    if "$fn" in data:
        return _function(str(data["$fn"]), functions)
    if "$int" in data:
        return int(data["$int"])
    if "$float" in data:
        text = str(data["$float"])
        if text not in ("nan", "inf", "-inf"):
            raise WireError("malformed float")
        return float(text)
    if "$complex" in data:
        real, imag = data["$complex"]
        return complex(_decode(real), _decode(imag))
    if "$opaque" in data:
        return Opaque(str(data["$opaque"])[:100], str(data.get("repr", ""))[:400])
    raise WireError("unknown tag")


def _function(name: str, functions: dict[str, Any] | None) -> Any:
    if functions is None:
        raise WireError("functions are inputs only: they never come back from the learner's process")
    module, _, attribute = name.partition(".")
    if attribute and module in ("np", "math"):
        found = getattr(np if module == "np" else math, attribute, None)
    else:
        found = functions.get(name)
    if not callable(found):
        raise WireError(f"unknown input function {name!r}")
    return found


def _hashable(key: Any) -> Any:
    hash(key)  # raises TypeError for a list or array key: malformed
    return key


def _short_repr(value: Any) -> str:
    try:
        text = repr(value)
    except Exception:  # noqa: BLE001 - a learner's __repr__ may raise; the type name is enough
        text = f"<{type(value).__name__}>"
    return text[:400]


# --- framing ---------------------------------------------------------------------------


def send(sock: socket.socket, message: dict) -> None:
    payload = json.dumps(message, separators=(",", ":")).encode("utf-8")
    if len(payload) > MAX_MESSAGE:
        raise WireError(f"message of {len(payload):,} bytes is over the {MAX_MESSAGE:,}-byte limit")
    sock.sendall(_HEADER.pack(len(payload)) + payload)


def receive(sock: socket.socket, deadline: float | None = None) -> dict:
    """The next message; ``TimeoutError`` past ``deadline`` (a ``time.monotonic()`` value),
    ``EOFError`` if the peer closed, ``WireError`` if it sent something that is not a message."""
    size = _HEADER.unpack(_read_exactly(sock, _HEADER.size, deadline))[0]
    if size > MAX_MESSAGE:
        raise WireError(f"message of {size:,} bytes is over the {MAX_MESSAGE:,}-byte limit")
    payload = _read_exactly(sock, size, deadline)
    try:
        message = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise WireError(f"not a JSON message: {str(error)[:200]}") from None
    if not isinstance(message, dict):
        raise WireError("a message must be a JSON object")
    return message


def _read_exactly(sock: socket.socket, size: int, deadline: float | None) -> bytes:
    chunks, missing = [], size
    while missing:
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([sock], [], [], left)[0]:
                raise TimeoutError
        chunk = sock.recv(min(missing, 1 << 20))
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        missing -= len(chunk)
    return b"".join(chunks)
