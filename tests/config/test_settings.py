"""Production settings: everything from the environment, refuse to start without a secret, pass --deploy."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SECRET = "test-" + "".join(chr(97 + (i * 7) % 26) for i in range(60))


def manage(*args, **env):
    base = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "ALLOWED_HOSTS", "REDIS_URL")}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**base, "DJANGO_SETTINGS_MODULE": "config.settings.production", **env},
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", ALLOWED_HOSTS="kuntaan.example.fi", REDIS_URL="redis://127.0.0.1:6379/1")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_redis():
    result = manage("check", SECRET_KEY=SECRET, ALLOWED_HOSTS="kuntaan.example.fi")
    assert result.returncode != 0
    assert "REDIS_URL" in result.stderr


def test_production_passes_deploy_checks_with_settings_from_the_environment():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=SECRET,
        ALLOWED_HOSTS="kuntaan.example.fi",
        REDIS_URL="redis://127.0.0.1:6379/1",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_uses_redis_when_configured():
    result = manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])",
        SECRET_KEY=SECRET,
        ALLOWED_HOSTS="kuntaan.example.fi",
        REDIS_URL="redis://127.0.0.1:6379/1",
    )
    assert result.stdout.strip().endswith("RedisCache"), result.stderr
