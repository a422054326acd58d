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


def test_a_worker_loads_every_language_and_the_templates_before_its_first_request():
    """Loaded when first asked, they cost the first page in each language of every new worker about 300 ms. The
    hook must not need the database (a worker may start while PostgreSQL is out of reach): this test has none,
    and pytest-django fails any query made in it."""
    from django.conf import settings
    from django.template import engines
    from django.utils.translation import trans_real

    loader = engines["django"].engine.template_loaders[0]
    trans_real._translations = {}
    loader.reset()
    hooks = runpy.run_path(str(SETTINGS))
    try:
        hooks["post_worker_init"](worker=None)
    finally:
        gc.unfreeze()
    assert {code for code, _name in settings.LANGUAGES} <= set(trans_real._translations)
    compiled = {template.origin.template_name for template in loader.get_template_cache.values() if template}
    assert {"base.html", "surveys/wizard.html", "components/breadcrumbs.html"} <= compiled


def test_a_project_without_templates_starts_too():
    """The benchmark's hello-world project (bench/hello_world.py) runs under these settings, with no templates."""
    from django.test import override_settings

    hooks = runpy.run_path(str(SETTINGS))
    try:
        with override_settings(TEMPLATES=[]):
            hooks["post_worker_init"](worker=None)
    finally:
        gc.unfreeze()
