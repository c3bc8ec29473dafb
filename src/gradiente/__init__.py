"""Gradiente: the mathematics of machine learning, implemented from scratch and taught by doing.

The library modules (``linalg``, ``calculus``, ``autodiff``, ``optim``, ``models``,
``stats``, ``metrics``) are imported on demand, so ``import gradiente`` stays light.
"""

__version__ = "0.1.0"
