"""`gradiente check` of one exercise in a cold process, beside `python -c "import numpy"`, in one run.

Goal: median at most 0.5 s. Run: python bench/bench_check.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def median_seconds(command: list[str], runs: int, env: dict) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs

    from gradiente.course.manifest import load_course

    course = load_course()
    with tempfile.TemporaryDirectory() as scratch:
        workspace = Path(scratch) / "workspace"
        env = dict(os.environ, GRADIENTE_WORKSPACE=str(workspace), GRADIENTE_LANG="en")
        subprocess.run([sys.executable, "-m", "gradiente", "init", str(workspace)], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        exercise = course.exercise("gradient")
        shutil.copyfile(exercise.solution_path, workspace / "exercises" / exercise.path)

        import_numpy = median_seconds([sys.executable, "-c", "import numpy"], runs, env)
        check = median_seconds([sys.executable, "-m", "gradiente", "check", "gradient"], runs, env)
        gradiente_script = shutil.which("gradiente")
        script = median_seconds([gradiente_script, "check", "gradient"], runs, env) if gradiente_script else float("nan")

    print(f"runs per command: {runs}")
    print(f'python -c "import numpy"          median {import_numpy:.3f} s')
    print(f"python -m gradiente check gradient  median {check:.3f} s  ({check / import_numpy:.2f}x import numpy)")
    print(f"gradiente check gradient            median {script:.3f} s  ({script / import_numpy:.2f}x import numpy)")
    print(f"goal: median <= 0.500 s -> {'met' if max(check, script) <= 0.5 else 'NOT met'}")


if __name__ == "__main__":
    main()
