"""The one way the benchmarks time things: candidates interleaved, each one's fastest run kept.

Interleaving makes a burst of load on the shared machine hit every candidate alike, and the
minimum is the run least disturbed by it; ratios are then taken within the same run.
"""

from __future__ import annotations

import time


def fastest(functions, repeats: int) -> list[float]:
    """Call each of ``functions`` in turn, ``repeats`` times over; return each one's fastest seconds."""
    best = [float("inf")] * len(functions)
    for _ in range(repeats):
        for index, function in enumerate(functions):
            start = time.perf_counter()
            function()
            best[index] = min(best[index], time.perf_counter() - start)
    return best
