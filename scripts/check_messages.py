"""Fail if the translations are not clean: a .po file out of step with the code (makemessages would change
it), an untranslated or fuzzy entry, or a .mo file not compiled from its .po. Fix with `make messages`.

Finnish and Swedish must be complete. The survey languages (Arabic, Dari, Pashto, …) must have every string a
survey respondent sees: those used by the survey templates and forms, and the page chrome around them."""

import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib
from compile_messages import ADMIN_LOCALE_DIR, LOCALE_DIR, compiled

ROOT = LOCALE_DIR.parent
sys.path.insert(0, str(LOCALE_DIR.parent / "site" / "config"))
import languages  # noqa: E402  (site/config/languages.py: the one list, without Django)

SITE_LANGUAGES = [code for code, _name in languages.SITE_LANGUAGES]
SURVEY_LANGUAGES = [code for code, _name in languages.SURVEY_LANGUAGES]
LANGUAGES = SITE_LANGUAGES + SURVEY_LANGUAGES
RESPONDENT_SOURCES = (
    "templates/surveys/",
    "surveys/forms.py",
    "surveys/structure.py",
    "surveys/wizard.py",
    "surveys/views.py",
    "site/config/views.py",
    "templates/400.html",
    "templates/base.html",
    "templates/components/",
    # Served in every language a home page exists in: the home, search and the 404.
    "templates/pages/home_page.html",
    "templates/pages/search.html",
    "site/pages/views.py",
    "site/pages/templatetags/",
    "surveys/templatetags/",
    "templates/404.html",
    "templates/503.html",
)
# Seen by municipalities and staff only: fi, sv, en.
STAFF_ONLY = ("templates/surveys/email/", "templates/surveys/admin/", "templates/components/results/")


def seen_by_respondents(entry):
    return any(f.startswith(RESPONDENT_SOURCES) and not f.startswith(STAFF_ONLY) for f, _ in entry.occurrences)


MAKEMESSAGES = [
    sys.executable,
    "manage.py",
    "makemessages",
    *[f"--locale={lang}" for lang in LANGUAGES],
    "--add-location=file",
    "--ignore=.venv/*",
    "--ignore=staticfiles/*",
    "--ignore=tests/*",
]


def entries(po_path):
    return {
        (e.msgctxt, e.msgid, e.msgid_plural): (e.msgstr, tuple(sorted(e.msgstr_plural.items())))
        for e in polib.pofile(str(po_path))
        if not e.obsolete
    }


def stale_catalogues():
    """Languages whose .po file makemessages would change (messages added, removed or moved to other files)."""
    if shutil.which("xgettext") is None:
        print("SKIPPED makemessages comparison: xgettext (Debian package gettext) is not installed")
        return []
    backup = Path(tempfile.mkdtemp())
    shutil.copytree(LOCALE_DIR, backup / "locale")
    try:
        subprocess.run(MAKEMESSAGES, cwd=ROOT, check=True, capture_output=True, env={**os.environ})
        stale = []
        for lang in LANGUAGES:
            new, old = (
                LOCALE_DIR / lang / "LC_MESSAGES/django.po",
                backup / "locale" / lang / "LC_MESSAGES/django.po",
            )
            if set(entries(new)) != set(entries(old)):
                stale.append(lang)
        return stale
    finally:
        shutil.rmtree(LOCALE_DIR)
        shutil.copytree(backup / "locale", LOCALE_DIR)
        shutil.rmtree(backup)


# The apps whose admin strings locale_admin completes: wagtail-localize and the Wagtail apps, as installed in
# site/config/settings/base.py (this script runs without Django, so keep the list in step with INSTALLED_APPS).
ADMIN_APPS = (
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.documents",
    "wagtail.embeds",
    "wagtail.images",
    "wagtail.search",
    "wagtail.sites",
    "wagtail.snippets",
    "wagtail.users",
)


def translated(po_path):
    """The (msgctxt, msgid) of every translated entry (not empty, not fuzzy) of a .po file, if it exists."""
    entries = polib.pofile(str(po_path)) if po_path.exists() else []
    return {(e.msgctxt or "", e.msgid) for e in entries if e.translated()}


def admin_problems():
    """locale_admin must translate, in Finnish and Swedish, every string of the admin apps (wagtail-localize's
    translation editor and locales, and Wagtail's own apps) that the app's own locale files leave missing, empty
    or fuzzy in the installed version, and be compiled."""
    problems = []
    for lang in ("fi", "sv"):
        for domain in ("django", "djangojs"):
            ours_path = ADMIN_LOCALE_DIR / lang / "LC_MESSAGES" / f"{domain}.po"
            ours = translated(ours_path)
            for app in ADMIN_APPS:
                locale = Path(importlib.util.find_spec(app).origin).parent / "locale"
                english = locale / "en" / "LC_MESSAGES" / f"{domain}.po"
                if english.exists():
                    theirs = translated(locale / lang / "LC_MESSAGES" / f"{domain}.po")
                    missing = {(e.msgctxt or "", e.msgid) for e in polib.pofile(str(english)) if not e.obsolete}
                    missing -= theirs | ours
                    problems += [f"{lang}: {app}'s {domain} string untranslated: {m!r}" for _, m in sorted(missing)]
            if ours_path.exists():
                mo_path = ours_path.with_suffix(".mo")
                if not mo_path.exists() or mo_path.read_bytes() != compiled(ours_path):
                    problems.append(f"{lang}: {ours_path.relative_to(ROOT)} is not compiled")
    return problems


def main():
    problems = [f"{lang}: django.po is out of step with the code" for lang in stale_catalogues()]
    for lang in LANGUAGES:
        po_path = LOCALE_DIR / lang / "LC_MESSAGES/django.po"
        if not po_path.exists():
            problems.append(f"{lang}: {po_path} is missing")
            continue
        po = polib.pofile(str(po_path))
        untranslated = po.untranslated_entries()
        if lang in SURVEY_LANGUAGES:
            untranslated = [e for e in untranslated if seen_by_respondents(e)]
        if lang != "en":  # English msgids are the English text; an empty msgstr falls back to them
            problems += [f"{lang}: untranslated: {e.msgid!r}" for e in untranslated]
        problems += [f"{lang}: fuzzy: {e.msgid!r}" for e in po.fuzzy_entries()]
        mo_path = po_path.with_suffix(".mo")
        if not mo_path.exists() or mo_path.read_bytes() != compiled(po_path):
            problems.append(f"{lang}: django.mo is not compiled from django.po")
    problems += admin_problems()
    for problem in problems:
        print(problem)
    if problems:
        sys.exit("Translations are not clean: run `make messages`, translate, and commit.")
    print("Translations clean: fi, sv, en complete, survey strings in every survey language, all compiled.")


if __name__ == "__main__":
    main()
