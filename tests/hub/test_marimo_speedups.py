"""marimo's plugin lookups, done once per lesson-server process (gradiente.hub.marimo_speedups)."""

from __future__ import annotations


def test_each_cell_run_no_longer_reads_every_installed_package(monkeypatch):
    from marimo._entrypoints import registry
    from marimo._runtime.executor.evaluator import DefaultExecutor, resolve_executor

    from gradiente.hub.marimo_speedups import remember_plugin_lookups

    reads = []
    real = registry.entry_points
    monkeypatch.setattr(registry, "entry_points", lambda: reads.append(1) or real())
    lookup = getattr(registry.get_entry_points, "__wrapped__", registry.get_entry_points)
    monkeypatch.setattr(registry, "get_entry_points", lookup)  # as marimo ships it
    resolve_executor(), resolve_executor()
    assert len(reads) == 2  # marimo alone: every run of cells reads them again
    remember_plugin_lookups()
    remember_plugin_lookups()  # twice is once
    for _ in range(5):
        assert isinstance(resolve_executor(), DefaultExecutor)  # the same answer: no executor plugin here
    assert len(reads) == 3


def test_a_control_in_a_group_is_known_as_such_in_a_running_notebook():
    import marimo

    app = marimo.App()

    @app.cell
    def _():
        import marimo as mo

        from gradiente.hub.marimo_speedups import names_a_view

        slider = mo.ui.slider(1, 10)
        group = mo.ui.batch(mo.Html("{check}"), {"check": mo.ui.button()})
        found = {
            "inside the group": names_a_view([group.elements["check"]._id]),
            "the group": names_a_view([group._id]),
            "on its own": names_a_view([slider._id]),
            "unknown": names_a_view(["no-such-element"]),
        }
        return (found,)

    _, defs = app.run()
    assert defs["found"] == {"inside the group": True, "the group": False, "on its own": False, "unknown": False}


def test_the_update_of_a_control_in_a_group_waits_for_the_groups_and_runs_once(monkeypatch):
    import queue
    import threading
    import time

    from marimo._runtime.commands import UpdateUIElementCommand
    from marimo._runtime.utils.set_ui_element_request_manager import SetUIElementRequestManager

    from gradiente.hub import marimo_speedups

    marimo_speedups.run_a_view_with_its_parent()
    marimo_speedups.run_a_view_with_its_parent()  # twice is once
    assert getattr(SetUIElementRequestManager.process_request, "waits_for_parents", False)

    def send(in_view: bool, parent_after: float | None):
        """What the kernel runs for a control's update, when the group's follows ``parent_after`` s later."""
        monkeypatch.setattr(marimo_speedups, "names_a_view", lambda ids: in_view)
        waiting = queue.Queue()
        control = UpdateUIElementCommand(object_ids=["form"], values=["code"])
        group = UpdateUIElementCommand(object_ids=["batch"], values=[{"check": "code", "hint": 0}])
        waiting.put(control)  # as marimo does: each update on both queues; the kernel took it from the other
        if parent_after is not None:
            threading.Timer(parent_after, waiting.put, args=(group,)).start()
        started = time.monotonic()
        merged = SetUIElementRequestManager(waiting).process_request(control)
        return [command.object_ids for command in merged], time.monotonic() - started

    ran, _ = send(in_view=True, parent_after=0.004)
    assert ran == [["form", "batch"]]  # one run, with both values: the group's last
    ran, _ = send(in_view=False, parent_after=0.004)
    assert ran == [["form"]]  # a control on its own does not wait
    ran, waited = send(in_view=True, parent_after=None)
    assert ran == [["form"]] and waited < marimo_speedups.PARENT_WINDOW + 0.5  # a wait that ends
