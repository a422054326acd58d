"""gunicorn's settings (site/config/gunicorn.py): what a worker does once it has loaded the application."""

import gc
import runpy
from pathlib import Path

SETTINGS = Path(__file__).resolve().parents[2] / "site" / "config" / "gunicorn.py"


def test_a_worker_leaves_what_loading_made_out_of_garbage_collection():
    """A full collection walks every object the collector tracks: with the application's own frozen, it walks
    only what requests made since."""
    hooks = runpy.run_path(str(SETTINGS))
    before = gc.get_freeze_count()
    try:
        hooks["post_worker_init"](worker=None)
        assert gc.get_freeze_count() > before
        tracked = len(gc.get_objects())
        gc.unfreeze()
        assert len(gc.get_objects()) > tracked + 100_000  # what was left out: the application's objects
    finally:
        gc.unfreeze()
