"""Municipalities of a year as form choices, cached: a survey step with a municipality question would otherwise
load some 300 rows on every post. Importing the reference data moves the version, so a new year or a renamed
municipality shows at once in every worker that shares the cache. Each process also keeps them in memory until
the page-cache version moves, which an import moves too (reference.importer): a step with the drop-down then
asks Redis nothing for them."""

from django.core.cache import cache
from django.utils.translation import get_language

from core.page_cache import kept_until_published
from core.versions import Version

from .models import MunicipalityYear

VERSION = Version("reference")
NAME_LANGUAGES = ("fi", "sv", "en")


def invalidate():
    VERSION.bump()


def municipality_choices(year):
    """[(code, name)] of the municipalities of `year`, named in the active language (Finnish in the languages
    Statistics Finland does not publish names in)."""
    language = (get_language() or "fi")[:2]
    language = language if language in NAME_LANGUAGES else "fi"
    return kept_until_published(("municipality choices", year, language), lambda: _cached(year, language))


def _cached(year, language):
    key = f"kuntaan:municipalities:{VERSION.current()}:{year}:{language}"
    choices = cache.get(key)
    if choices is None:
        rows = MunicipalityYear.objects.filter(year=year).values_list("municipality__code", f"name_{language}")
        choices = [(code, name) for code, name in rows]
        cache.set(key, choices, timeout=None)
    return choices
