"""The course layer: the manifest, exercise checks, grading in a separate process, progress and translations.

Sits on the library and under the hub and the CLI. Kept free of heavy imports: the CLI's
``gradiente check`` loads this package and nothing numeric (grading runs in a child process).
"""
