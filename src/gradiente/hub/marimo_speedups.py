"""Work marimo repeats in the processes that run lessons, done once instead."""

from __future__ import annotations

import functools


def remember_plugin_lookups() -> None:
    """marimo 0.25 looks up its plugins' entry points (``importlib.metadata.entry_points()``, which
    reads every installed package's metadata) each time it runs cells: 10 ms per slider move, edit
    or Check with 209 packages installed, and two thirds of the kernel's samples over a session of
    Checks (py-spy). The installed packages do not change under a running lesson server, so each group is
    looked up once. Where marimo no longer has that function, nothing is changed."""
    try:
        from marimo._entrypoints import registry
    except ImportError:
        return
    lookup = getattr(registry, "get_entry_points", None)
    if callable(lookup) and not hasattr(lookup, "cache_info"):
        registry.get_entry_points = functools.lru_cache(maxsize=None)(lookup)
