"""The lesson kit's former home: the kit is :mod:`gradiente.course.kit` now (``Kit()`` in a lesson's first cell).

What older callers use from here stays here: ``workspace`` (the cached workspace, the same
object as the kit's) and ``exercise_feedback(exercise_id, code, lang)`` (grade and render once).
"""

from gradiente.course.kit import exercise_feedback, render_result, workspace

__all__ = ["exercise_feedback", "render_result", "workspace"]
