#!/usr/bin/env python3
"""The backup and restore drill (docs/deploy.md): back up the database (pg_dump) and the media directory, restore
the dump into a fresh database, and compare every table's row count and every media file's checksum with what
was backed up; then check that the restored database needs no migration. Exits non-zero on any difference.

The dump and the counts come from one snapshot (pg_dump --snapshot, the counts in the transaction that exported
it), so the comparison is exact while the site keeps taking answers.

    python scripts/restore_drill.py [--database-url URL] [--media DIR] [--out DIR] [--keep]

DATABASE_URL and MEDIA_ROOT by default; the backup is written to <out>/<time>/ (backups/ by default: the dump,
media.tar.gz, counts.json, SHA256SUMS), readable by its owner only (the responses are personal data); the
restored database is dropped afterwards unless --keep. The database user needs CREATEDB. Media in a bucket
(MEDIA_S3_BUCKET) are not in the backup: keep them by the bucket's versioning."""

import argparse
import datetime
import hashlib
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import psycopg
from psycopg import IsolationLevel, sql

ROOT = Path(__file__).resolve().parents[1]


def tables(conn):
    rows = conn.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
        "AND table_type = 'BASE TABLE' ORDER BY table_name"
    ).fetchall()
    return [name for (name,) in rows]


def counts(conn):
    return {
        name: conn.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(name))).fetchone()[0]
        for name in tables(conn)
    }


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def media_sums(directory):
    directory = Path(directory)
    if not directory.is_dir():
        return {}
    return {str(path.relative_to(directory)): sha256(path) for path in sorted(directory.rglob("*")) if path.is_file()}


def without_password(url):
    """(the URL without its password, the environment giving it to pg_dump and pg_restore): a password on their
    command line would be seen by every user of the machine (ps)."""
    parsed = urlparse(url)
    env = {**os.environ}
    if parsed.password:
        env["PGPASSWORD"] = parsed.password
        parsed = parsed._replace(netloc=parsed.netloc.replace(f":{parsed.password}@", "@"))
    return urlunparse(parsed), env


def backup(database_url, media, out):
    """The dump, the media archive and the counts, from one snapshot; returns (counts, media checksums)."""
    out.mkdir(parents=True)
    with psycopg.connect(database_url) as conn:
        # The counts in the transaction whose snapshot pg_dump uses: exactly what the dump holds.
        conn.isolation_level, conn.read_only = IsolationLevel.REPEATABLE_READ, True
        snapshot = conn.execute("SELECT pg_export_snapshot()").fetchone()[0]
        started = time.monotonic()
        url, env = without_password(database_url)
        dump = ["pg_dump", "--format=custom", f"--snapshot={snapshot}", "--file", out / "kuntaan.dump", url]
        subprocess.run(dump, check=True, env=env)
        dumped = time.monotonic() - started
        source = counts(conn)
    sums = media_sums(media)
    with tarfile.open(out / "media.tar.gz", "w:gz") as archive:
        if Path(media).is_dir():
            archive.add(media, arcname="media")
    (out / "counts.json").write_text(json.dumps(source, indent=1, sort_keys=True))
    (out / "SHA256SUMS").write_text(
        "".join(f"{sha256(out / name)}  {name}\n" for name in ("kuntaan.dump", "media.tar.gz", "counts.json"))
    )
    size = (out / "kuntaan.dump").stat().st_size
    files = f"{len(sums)} media files" if Path(media).is_dir() else f"no media directory at {media}"
    print(f"backup: {out} (dump {size / 1e6:.1f} MB in {dumped:.1f} s, {len(source)} tables, {files})")
    return source, sums


def restore(database_url, out, keep):
    """The dump restored into a new database; returns (its URL, a function that drops it)."""
    parsed = urlparse(database_url)
    name = f"{parsed.path.lstrip('/')}_drill_{datetime.datetime.now():%Y%m%d%H%M%S}"
    admin = urlunparse(parsed._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    restored = urlunparse(parsed._replace(path=f"/{name}"))

    def drop():
        if keep:
            print(f"kept: {name}")
            return
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))

    started = time.monotonic()
    url, env = without_password(restored)
    try:
        subprocess.run(
            ["pg_restore", "--no-owner", "--no-privileges", "--exit-on-error", "--dbname", url, out / "kuntaan.dump"],
            check=True,
            env=env,
        )
    except subprocess.CalledProcessError:
        drop()
        raise
    print(f"restore: into {name} in {time.monotonic() - started:.1f} s")
    return restored, drop


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""))
    parser.add_argument("--media", default=os.environ.get("MEDIA_ROOT", str(ROOT / "media")))
    parser.add_argument("--out", default=str(ROOT / "backups"), help="a new folder is made in it for this backup")
    parser.add_argument("--keep", action="store_true", help="keep the restored database")
    options = parser.parse_args()
    if not options.database_url.startswith("postgres"):
        sys.exit("The drill backs up PostgreSQL: give --database-url postgres://… or set DATABASE_URL.")
    out = Path(options.out) / f"{datetime.datetime.now():%Y%m%d-%H%M%S}"
    os.umask(0o077)  # the dump and the media: the owner's only
    source, sums = backup(options.database_url, options.media, out)
    restored, drop = restore(options.database_url, out, options.keep)
    problems = []
    try:
        with psycopg.connect(restored) as conn:
            after = counts(conn)
        for table in sorted(set(source) | set(after)):
            if source.get(table) != after.get(table):
                problems.append(f"table {table}: {source.get(table)} backed up, {after.get(table)} restored")
        with tempfile.TemporaryDirectory() as unpacked, tarfile.open(out / "media.tar.gz") as archive:
            archive.extractall(unpacked, filter="data")
            restored_sums = media_sums(Path(unpacked) / "media")
        problems += [f"media {name}: differs or is missing" for name in sums if restored_sums.get(name) != sums[name]]
        env = {**os.environ, "DATABASE_URL": restored}
        env.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
        check = subprocess.run(
            [sys.executable, "manage.py", "migrate", "--check", "--noinput"], cwd=ROOT, env=env, capture_output=True
        )
        if check.returncode:
            problems.append("the restored database has migrations not applied: " + check.stdout.decode()[-500:])
    finally:
        drop()
    rows = sum(source.values())
    print(f"compared: {len(source)} tables, {rows:,} rows; {len(sums)} media files; migrations applied")
    for line in problems:
        print("DIFFERENT:", line)
    print("drill: " + ("FAILED" if problems else "passed: the restore holds every row and file backed up"))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
