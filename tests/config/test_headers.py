"""Security headers: a Content-Security-Policy with no inline script on every public page and survey step, one
that Wagtail works under in the admin, and a Permissions-Policy; checked on the production settings too."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.apps import apps
from wagtail.models import Page

from tests.page_types import PAGE_TYPES

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


def public_paths(invited_link):
    paths = []
    for name in PAGE_TYPES:
        for lang in ("fi", "ar") if name == "surveys.SurveyPage" else ("fi",):
            page = Page.objects.type(apps.get_model(name)).live().filter(locale__language_code=lang).first()
            if page is not None:
                paths.append(page.url)
    survey = Page.objects.type(apps.get_model("surveys.SurveyPage")).live().filter(locale__language_code="ar")
    paths += [survey.first().url + "answer/", invited_link, "/fi/no-such-page/", "/fi/search/?q=kunta"]
    return paths


def test_every_public_page_and_survey_step_forbids_inline_script(client, invited, invited_and_sent):
    _invitation, _token, link = invited
    _survey, _sent, submitted_link = invited_and_sent
    for path in [*public_paths(link), submitted_link, submitted_link + "download/"]:
        response = client.get(path, follow=True)
        policy = directives(response)
        assert policy["script-src"] == ["'self'"] and policy["default-src"] == ["'self'"], path
        assert policy["object-src"] == ["'none'"] and policy["frame-ancestors"] == ["'self'"], path
        assert "'unsafe-inline'" not in policy["style-src"], path
        if not response["Content-Type"].startswith("text/html"):
            continue
        html = response.content.decode()
        inline = re.findall(r"<script(?![^>]*\bsrc=)(?![^>]*application/(?:ld\+)?json)[^>]*>", html)
        assert inline == [], f"{path}: an inline script the policy would block"
        assert not re.search(r"\son[a-z]+\s*=", html), f"{path}: an inline event handler"
        assert not re.search(r"\sstyle\s*=", html), f"{path}: an inline style the policy would block"
        assert "camera=()" in response["Permissions-Policy"] and "geolocation=()" in response["Permissions-Policy"]


def test_static_files_carry_the_policies_too(client):
    response = client.get("/static/css/site.css")
    assert response.status_code == 200
    assert "script-src 'self'" in response["Content-Security-Policy"] and "camera=()" in response["Permissions-Policy"]


def test_the_admin_has_a_policy_wagtail_works_under(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("csp", "csp@example.fi", "pw"))
    policy = directives(client.get("/admin/pages/"))
    assert "'unsafe-inline'" in policy["script-src"], "Wagtail's date pickers are inline scripts"
    assert "'unsafe-inline'" in policy["style-src"] and policy["frame-src"] == ["'self'"]
    client.logout()
    for path in ("/admin/login/", "/admin/password_reset/"):  # open to anyone: the strict policy
        assert directives(client.get(path))["script-src"] == ["'self'"], path


def test_the_production_settings_send_the_headers():
    script = (
        "from django.http import HttpResponse; from django.test import RequestFactory; "
        "from django.conf import settings; from django.utils.module_loading import import_string\n"
        "handler = lambda request: HttpResponse('<p>hei</p>')\n"
        "policies = [path for path in settings.MIDDLEWARE if 'Policy' in path]\n"
        "for path in policies: handler = import_string(path)(handler)\n"
        "response = handler(RequestFactory().get('/fi/'))\n"
        "print(response['Content-Security-Policy']); print(response['Permissions-Policy'])"
    )
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "x" * 60,
        "ALLOWED_HOSTS": "kuntaan.example.fi",
        "REDIS_URL": "redis://127.0.0.1:6379/1",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script], cwd=ROOT, env=environment, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    policy, permissions = result.stdout.strip().splitlines()[-2:]
    assert "script-src 'self';" in policy + ";" and "unsafe-inline" not in policy.split("style-src")[0]
    assert "microphone=()" in permissions
