"""Work marimo repeats in the processes that run lessons, done once instead."""

from __future__ import annotations

import functools
import time

# How long a kernel waits, after an update of a control inside a group (mo.ui.batch, array,
# dictionary), for the group's own update that the page sends right behind it (2-5 ms later).
PARENT_WINDOW = 0.02


def apply() -> None:
    """Every speed-up below, once per process (each is safe to apply again)."""
    remember_plugin_lookups()
    run_a_view_with_its_parent()


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


def run_a_view_with_its_parent() -> None:
    """When a control inside a group changes (the exercise's form or hint button, inside the
    exercise's ``mo.ui.batch``), the page sends two updates 2-5 ms apart: the control's own, then
    the group's. marimo merges the updates waiting in the kernel's queue into one run of the cells
    that use the group, but the kernel takes the first before the second arrives, so every Check
    ran the feedback and hints cells twice (twice the messages, and the verdict drawn twice).
    Here the kernel, given an update of a control that is part of a group, waits up to
    ``PARENT_WINDOW`` for another update before it drains the queue, and the two become one run.
    Updates of a control on its own (a slider) never wait. Where marimo has changed these
    internals, nothing is changed."""
    try:
        from marimo._runtime.commands import UpdateUIElementCommand
        from marimo._runtime.utils.set_ui_element_request_manager import SetUIElementRequestManager
    except ImportError:
        return
    process = SetUIElementRequestManager.process_request
    if getattr(process, "waits_for_parents", False):
        return

    @functools.wraps(process)
    def process_request(self, request):
        if isinstance(request, UpdateUIElementCommand) and names_a_view(request.object_ids):
            waiting = self._set_ui_element_queue
            deadline = time.monotonic() + PARENT_WINDOW
            # NOTE: the queue holds this update too (marimo puts each on both queues), so another
            # has arrived once it holds two.
            while waiting.qsize() < 2 and time.monotonic() < deadline:
                time.sleep(0.0005)
        return process(self, request)

    process_request.waits_for_parents = True
    SetUIElementRequestManager.process_request = process_request


def names_a_view(object_ids: list[str]) -> bool:
    """Whether any of these UI elements is part of a group, in the running kernel's registry."""
    try:
        from marimo._runtime.context import get_context

        registry = get_context().ui_element_registry
        return any(registry.resolve_lens(object_id, None)[0] != object_id for object_id in object_ids)
    except Exception:  # an element gone, or no kernel here: run as marimo would
        return False
