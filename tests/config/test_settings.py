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
    result = production_check()
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_uses_redis_when_configured():
    result = manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.CACHES['default']['BACKEND'], "
        "settings.CACHES['sessions']['BACKEND'])",
        SECRET_KEY=SECRET,
        ALLOWED_HOSTS="kuntaan.example.fi",
        REDIS_URL="redis://127.0.0.1:6379/1",
    )
    backends = result.stdout.strip().splitlines()[-1]
    assert backends == "core.cache.ResilientRedisCache core.cache.RedisCache", result.stderr


def production_check(**env):
    return manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=SECRET,
        ALLOWED_HOSTS="kuntaan.example.fi",
        REDIS_URL="redis://127.0.0.1:6379/1",
        **env,
    )


def test_production_refuses_a_proxy_setting_it_can_tell_is_contradictory():
    """TRUSTED_PROXIES counts the proxies that append to X-Forwarded-For; a count that is not a small number, or
    proxies counted without any network they may come from, cannot be right."""
    for env in ({"TRUSTED_PROXIES": "-1"}, {"TRUSTED_PROXIES": "one"}, {"TRUSTED_PROXY_NETWORKS": ""}):
        result = production_check(**env)
        assert result.returncode != 0 and "TRUSTED_PROXIES" in result.stderr + result.stdout, env
    assert production_check(TRUSTED_PROXY_NETWORKS="10.1.0.0/16, 300.1.1.1/8").returncode != 0
    assert production_check(TRUSTED_PROXIES="0").returncode == 0
    assert production_check(TRUSTED_PROXIES="2", TRUSTED_PROXY_NETWORKS="10.1.0.0/16,fd00::/8").returncode == 0


def dev_debug(value):
    code = "import config.settings.dev as s; print(s.DEBUG)"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.dev", "PYTHONPATH": f"{ROOT}:{ROOT / 'site'}"}
    if value is None:
        env.pop("DEBUG", None)
    else:
        env["DEBUG"] = value
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=env).stdout


def test_development_shows_the_sites_own_error_pages_with_debug_off():
    assert dev_debug(None).strip() == "True"  # make run as it was
    assert dev_debug("1").strip() == "True"
    for off in ("0", "false", "No", " off "):
        assert dev_debug(off).strip() == "False", off


def test_a_media_bucket_in_the_environment_is_the_default_storage_and_pages_may_load_its_images():
    script = (
        "from django.conf import settings as s; print(s.STORAGES['default']['BACKEND']); "
        "print(s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'][-1], s.ADMIN_CONTENT_SECURITY_POLICY['img-src'][-1])"
    )
    bucket = {"MEDIA_S3_BUCKET": "kuntaan-media", "MEDIA_S3_REGION": "eu-north-1"}
    result = manage(
        "shell",
        "-c",
        script,
        SECRET_KEY=SECRET,
        ALLOWED_HOSTS="kuntaan.example.fi",
        **bucket,
        REDIS_URL="redis://127.0.0.1:6379/1",
    )
    origin = "https://kuntaan-media.s3.eu-north-1.amazonaws.com"
    assert result.stdout.split()[-3:] == ["storages.backends.s3.S3Storage", origin, origin], result.stderr
