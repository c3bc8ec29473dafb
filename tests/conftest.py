import os

from hypothesis import settings

# Property-based tests: deterministic and without per-example deadlines, since CI shares 2 cores.
settings.register_profile("gradiente", deadline=None, derandomize=True, max_examples=60)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "gradiente"))
