"""Municipalities of a year as form choices, cached: a survey step with a municipality question would otherwise
load some 300 rows on every post. Importing the reference data moves the version, so a new year or a renamed
municipality shows at once in every worker that shares the cache."""

from django.core.cache import cache
from django.utils.translation import get_language

from .models import MunicipalityYear

VERSION_KEY = "kuntaan:reference-version"
NAME_LANGUAGES = ("fi", "sv", "en")


def invalidate():
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # no version yet: nothing is cached under one
        cache.set(VERSION_KEY, 1, timeout=None)


def municipality_choices(year):
    """[(code, name)] of the municipalities of `year`, named in the active language (Finnish in the languages
    Statistics Finland does not publish names in)."""
    language = (get_language() or "fi")[:2]
    language = language if language in NAME_LANGUAGES else "fi"
    key = f"kuntaan:municipalities:{cache.get_or_set(VERSION_KEY, 1, timeout=None)}:{year}:{language}"
    choices = cache.get(key)
    if choices is None:
        rows = MunicipalityYear.objects.filter(year=year).values_list("municipality__code", f"name_{language}")
        choices = [(code, name) for code, name in rows]
        cache.set(key, choices, timeout=None)
    return choices
