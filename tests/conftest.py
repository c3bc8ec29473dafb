import os
import tempfile

from hypothesis import settings

# Progress backups made by the tests go to a folder of the run's own, not the learner's data folder.
os.environ.setdefault("GRADIENTE_BACKUP_DIR", tempfile.mkdtemp(prefix="gradiente-test-backups-"))
# So do their caches (parsed manifests, the lessons' first renders).
os.environ.setdefault("GRADIENTE_CACHE_DIR", tempfile.mkdtemp(prefix="gradiente-test-cache-"))

# Property-based tests: deterministic and without per-example deadlines, since CI shares 2 cores.
settings.register_profile("gradiente", deadline=None, derandomize=True, max_examples=60)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "gradiente"))
