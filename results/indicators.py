"""Indicators' values, computed from each round's answers by their rule (results.models.Indicator), never typed:
one aggregate query per indicator and round (and one for the counts behind the mean or sum of a choice), protected
like every figure of a protected survey, with the respondents behind each value and the round's response coverage."""

from dataclasses import dataclass

from django.db.models import Avg, Count, Q, Sum
from django.utils.translation import get_language
from wagtail.models import Locale

from reference.areas import municipalities_in
from surveys.kinds import CANT_SAY_NUMBER
from surveys.models import Answer, Audience, Invitation

from . import suppression
from .aggregates import Filters, respondents
from .models import Indicator
from .rounds import round_codebook

Measure = Indicator.Measure
EVERYONE = Filters()


@dataclass
class Value:
    survey: object  # the round
    value: float | None  # None: hidden, or nothing to compute it from
    respondents: int | None  # who answered the question: the figure's base
    hidden: bool = False


@dataclass
class Coverage:
    survey: object
    answered: int
    invited: int | None  # municipalities invited; None for participants' surveys

    @property
    def share(self):
        return self.answered / self.invited if self.invited else None


def value(indicator, survey, filters=EVERYONE):
    """The indicator's Value in one round (`survey`, the round's default-language page)."""
    book = round_codebook(survey)
    if not any(variable.name == indicator.question for variable in book.variables):
        return Value(survey, None, None)
    answered = Answer.objects.filter(response__in=respondents(survey, filters, book), question=indicator.question)
    chosen = Q(choice__in=indicator.choice_codes) if indicator.choice_codes else Q()
    figures = answered.aggregate(
        base=Count("response", distinct=True),
        chosen=Count("response", filter=chosen, distinct=True),
        municipalities=Count("response__invitation__municipality", filter=chosen, distinct=True),
        total=Sum("number"),
        mean=Avg("number"),
    )
    base = figures["base"]
    measure = indicator.measure
    if measure == Measure.MEAN and figures["mean"] is None:
        figures["mean"] = _scale_mean(answered, book[indicator.question])
    protect, k = survey.suppresses, survey.small_group_threshold
    if measure in (Measure.RESPONDENTS, Measure.SHARE, Measure.MUNICIPALITIES):
        n = figures["municipalities" if measure == Measure.MUNICIPALITIES else "chosen"]
        if protect and suppression.dummies({"n": n}, base, k)[0]["n"] is None:
            return Value(survey, None, base if base >= k else None, hidden=True)
        result = n if measure != Measure.SHARE else (100 * n / base if base else None)
        return Value(survey, result, base)
    if protect and (0 < base < k or _gives_away(answered, book[indicator.question], k)):
        return Value(survey, None, base if base >= k else None, hidden=True)
    result = figures["total"] if measure == Measure.SUM else figures["mean"]
    return Value(survey, None if result is None else float(result), base)


def _gives_away(answered, variable, k):
    """Whether a mean or sum of a choice would give away a count the survey hides: it is computed from the
    choices' counts, so with the respondents known it is hidden whenever one of those counts is (as on the
    dashboard). A number question's mean or sum has no counts behind it but its respondents'."""
    if not variable.values:
        return False
    counts = dict(answered.order_by().values_list("choice").annotate(n=Count("id")))
    shown, _total = suppression.one_way({v.code: counts.get(v.code, 0) for v in variable.values}, k)
    return any(n is None for n in shown.values())


def _scale_mean(answered, variable):
    """The mean of an ordered choice by the numbers the codebook gives its values, "can't say" left out."""
    numbers = {v.code: v.number for v in variable.values if v.number is not None and v.number != CANT_SAY_NUMBER}
    counts = dict(answered.filter(choice__in=numbers).values_list("choice").annotate(n=Count("id")))
    total = sum(counts.values())
    return sum(numbers[code] * n for code, n in counts.items()) / total if total else None


def in_language(items):
    """Each indicator in the active language where it has a version in it, else as it is (one query)."""
    originals = list(items)
    language = Locale.objects.filter(language_code=(get_language() or "")[:2]).first()
    if language is None or all(item.locale_id == language.pk for item in originals):
        return originals
    keys = [item.translation_key for item in originals]
    versions = {v.translation_key: v for v in Indicator.objects.filter(translation_key__in=keys, locale=language)}
    return [versions.get(item.translation_key, item) for item in originals]


def coverage(survey, filters=EVERYONE):
    """How many answered the round, and for a municipality survey how many municipalities were invited."""
    book = round_codebook(survey)
    answered = respondents(survey, filters, book).count()
    if survey.audience != Audience.MUNICIPALITIES:
        return Coverage(survey, answered, None)
    invited = Invitation.objects.filter(survey=survey)
    for grouping, code in filters.areas():
        invited = invited.filter(municipality__in=municipalities_in(grouping, code, filters.year_of(survey)))
    return Coverage(survey, answered, invited.count())
