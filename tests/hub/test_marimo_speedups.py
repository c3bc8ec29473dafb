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
