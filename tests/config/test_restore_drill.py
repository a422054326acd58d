"""The deployment guide's restore drill (scripts/restore_drill.py), run on the test database: it backs up, restores
into a new database, finds every table's rows and every media file again, and drops what it restored."""

import os
import subprocess
import sys
from urllib.parse import urlparse, urlunparse

import psycopg
import pytest
from django.db import connection

from tests.stack import ROOT


def test_the_drill_restores_every_row_and_file_and_cleans_up(db, tmp_path):
    """On the test database as its setup committed it (the demo); this test's own transaction writes nothing."""
    if connection.vendor != "postgresql":
        pytest.skip("the drill backs up PostgreSQL (pg_dump): set DATABASE_URL to one (CI does)")
    media = tmp_path / "media"
    (media / "documents").mkdir(parents=True)
    (media / "documents" / "kuntapaikat.csv").write_bytes(b"vuosi;kunnat\n2026;300\n")
    url = urlunparse(urlparse(os.environ["DATABASE_URL"])._replace(path=f"/{connection.settings_dict['NAME']}"))
    done = subprocess.run(
        [sys.executable, "scripts/restore_drill.py", "--database-url", url, "--media", media, "--out", tmp_path / "b"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "drill: passed" in done.stdout and "1 media files" in done.stdout
    with psycopg.connect(url) as conn:
        pages = conn.execute("SELECT count(*) FROM wagtailcore_page").fetchone()[0]
        drills = f"{connection.settings_dict['NAME']}_drill_%"
        left = conn.execute("SELECT datname FROM pg_database WHERE datname LIKE %s", [drills]).fetchall()
    [backup] = (tmp_path / "b").iterdir()  # a folder of its own, readable by its owner only
    assert f'"wagtailcore_page": {pages}' in (backup / "counts.json").read_text()
    assert (backup / "kuntaan.dump").stat().st_mode & 0o077 == 0
    assert left == []  # the restored database is dropped
    sums = (backup / "SHA256SUMS").read_text().split()
    assert sums[1::2] == ["kuntaan.dump", "media.tar.gz", "counts.json"]
