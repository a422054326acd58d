"""The scheduled jobs (core.schedule, `manage.py run_schedule`): each runs when due and not again before its
interval, a failing one is logged and stops no other, and only the process holding the advisory lock runs them,
so that a schedule on every machine runs each job once."""

import datetime
import logging
import time

import psycopg
import pytest
from django.db import connection
from django.utils import timezone

from core.schedule import LOCK, jobs, tick
from pages.models import HomePage
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_lock_left():
    yield
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock_all()")


def scheduled(title):
    """A page whose new title an editor scheduled to go live a minute ago."""
    home = HomePage.objects.get(locale__language_code="fi")
    page = StandardPageFactory(parent=home, title="Ennen", slug=f"ajastettu-{home.get_children_count()}")
    page.title = title
    revision = page.save_revision()
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    revision.save()
    return page


def live_title(page):
    page.refresh_from_db()
    return page.title


def test_a_due_job_runs_a_failing_one_is_logged_and_neither_runs_again_before_its_time(caplog):
    page = scheduled("Ajastettu")
    pending = jobs([("no_such_command", [], 60), ("publish_scheduled", [], 60)])
    with caplog.at_level(logging.INFO, logger="core.schedule"):
        wait = tick(pending, time.monotonic())
    assert live_title(page) == "Ajastettu"  # published although the job before it failed
    assert "schedule: no_such_command failed" in caplog.text and "Unknown command" in caplog.text
    assert 55 < wait <= 60  # the next is due in a minute

    later = scheduled("Ajastettu myöhemmin")
    tick(pending, time.monotonic() + 30)
    assert live_title(later) == "Ennen"  # not yet: run a minute after the last time
    tick(pending, time.monotonic() + 61)
    assert live_title(later) == "Ajastettu myöhemmin"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the schedule's lock is PostgreSQL's advisory lock")
def test_only_the_process_holding_the_lock_runs_the_jobs():
    page = scheduled("Ajastettu")
    pending = jobs([("publish_scheduled", [], 60)])
    settings = connection.settings_dict
    other = psycopg.connect(
        host=settings["HOST"], port=settings["PORT"] or 5432, user=settings["USER"], dbname=settings["NAME"]
    )
    try:
        assert other.execute("SELECT pg_try_advisory_lock(%s)", [LOCK]).fetchone()[0]  # another machine's
        assert tick(pending, time.monotonic()) == 5  # standing by, asking again in 5 s
        assert live_title(page) == "Ennen"
    finally:
        other.close()  # that machine stops: its lock goes with its connection, once its server process ends
    for _tick in range(50):  # the next ticks, until the lock is free
        if tick(pending, time.monotonic()) != 5:
            break
        time.sleep(0.1)
    assert live_title(page) == "Ajastettu"
