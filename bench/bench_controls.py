"""What each control of a lesson recomputes when the learner moves it, timed in this process.

marimo reruns every cell that reads a control, and every cell downstream of those. For each
control (slider, dropdown, switch, ...) of each lesson asked, this runs the notebook once, then
times that set of cells in marimo's order, each one's body and the rendering of the figure it
shows (best of two runs). It prints the cells and figures rerun and the milliseconds, and marks a
control whose move costs more than ``--budget``: the browser adds about 100 ms on top
(bench/bench_redraw.py measures the whole round trip), and the goal there is 0.5 s.

A control that reruns more figures than it changes usually means a figure cell also defines a
name that other cells use (an import, a constant): move that definition to a cell of its own.

Run: python bench/bench_controls.py [LESSON_ID ...] [--budget 330]   (no id: every lesson)
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import time
import tomllib
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
# Controls whose move does not redraw a figure by itself: forms, buttons, the exercises and quizzes.
NOT_REDRAWING = {"form", "button", "run_button", "code_editor", "text", "text_area", "ExerciseCell", "SelfCheck"}


def lesson_files(ids: list[str]) -> dict[str, Path]:
    manifest = tomllib.loads((REPOSITORY / "course.toml").read_text(encoding="utf-8"))
    files = {lesson["id"]: REPOSITORY / lesson["file"] for module in manifest["module"] for lesson in module["lesson"]}
    unknown = [lesson_id for lesson_id in ids if lesson_id not in files]
    if unknown:
        raise SystemExit(f"no lesson with id {', '.join(unknown)}; the ids are: {' '.join(files)}")
    return {lesson_id: files[lesson_id] for lesson_id in ids or files}


def _with_last_expression_kept(code: str):
    """The cell compiled so that its output (its last expression) lands in ``__output``."""
    tree = ast.parse(code)
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        tree.body[-1] = ast.Assign(targets=[ast.Name("__output", ast.Store())], value=tree.body[-1].value)
        ast.fix_missing_locations(tree)
    return compile(tree, "<cell>", "exec")


def time_cell(code: str, defs: dict) -> tuple[float, bool]:
    """Seconds to run the cell and render its figure (best of two), and whether it shows a figure."""
    compiled = _with_last_expression_kept(code)
    best, figure = float("inf"), False
    for _ in range(2):
        scope = {**defs, "__output": None}
        start = time.perf_counter()
        exec(compiled, scope)
        output = scope["__output"]
        if type(output).__module__.startswith("matplotlib") and hasattr(output, "_mime_"):
            output._mime_()
            figure = True
        best = min(best, time.perf_counter() - start)
    return best, figure


def control_costs(path: Path):
    """Yield (control name, kind, cells rerun, figures rerun, seconds) for each control of the lesson."""
    from marimo._ast.app import InternalApp
    from marimo._plugins.ui._core.ui_element import UIElement
    from marimo._runtime.dataflow import topological_sort

    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    _outputs, defs = module.app.run()
    graph = InternalApp(module.app).graph
    timed: dict[str, tuple[float, bool]] = {}
    for name, value in defs.items():
        kind = type(value).__name__
        if not isinstance(value, UIElement) or kind in NOT_REDRAWING:
            continue
        readers = graph.get_referring_cells(name, language="python")
        rerun = set(readers).union(*(graph.descendants(cell_id) for cell_id in readers))
        seconds, figures = 0.0, 0
        for cell_id in topological_sort(graph, rerun):
            if cell_id not in timed:
                timed[cell_id] = time_cell(graph.cells[cell_id].code, defs)
            seconds += timed[cell_id][0]
            figures += timed[cell_id][1]
        yield name, kind, len(rerun), figures, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lessons", nargs="*")
    parser.add_argument("--budget", type=float, default=330, help="milliseconds per move (default 330)")
    parser.add_argument("--all", action="store_true", help="also list the language switch, which reruns everything")
    args = parser.parse_args()
    import matplotlib.pyplot as plt

    over = 0
    for lesson_id, path in lesson_files(args.lessons).items():
        print(f"{lesson_id}:")
        for name, kind, cells, figures, seconds in control_costs(path):
            if name == "lang_switch" and not args.all:
                continue
            slow = seconds * 1000 > args.budget
            over += slow
            mark = "OVER" if slow else "ok"
            print(f"  {name:<24} {kind:<9} {cells:3d} cells {figures} figures {seconds * 1000:6.0f} ms  {mark}")
        plt.close("all")
    print(f"{over} control(s) over {args.budget:.0f} ms")


if __name__ == "__main__":
    main()
