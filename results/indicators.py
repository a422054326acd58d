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

from . import aggregates
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
    answered: int | None  # None: hidden, as the dashboard hides it
    invited: int | None  # municipalities invited; None for participants' surveys

    @property
    def share(self):
        return self.answered / self.invited if self.invited and self.answered is not None else None


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
    variable = book[indicator.question]
    if measure == Measure.MEAN and figures["mean"] is None:
        figures["mean"] = _scale_mean(answered, variable)
    if survey.suppresses:
        shown = aggregates.figures(survey, book, [variable], filters)[variable.name]
        if shown.hidden or not _shown_by(shown, indicator, measure):
            return Value(survey, None, shown.respondents, hidden=True)
        base = shown.respondents
    if measure in (Measure.RESPONDENTS, Measure.SHARE, Measure.MUNICIPALITIES):
        n = figures["municipalities" if measure == Measure.MUNICIPALITIES else "chosen"]
        result = n if measure != Measure.SHARE else (100 * n / base if base else None)
        return Value(survey, result, base)
    result = figures["total"] if measure == Measure.SUM else figures["mean"]
    return Value(survey, None if result is None else float(result), base)


def _shown_by(result, indicator, measure):
    """Whether the question's figures as shown (`result`, the dashboard's, protected with every group's when
    filtered) already tell the indicator's value, so that showing it gives nothing away: a count of those who
    chose some answers, when those answers' counts are all shown or all the others' are; a mean or sum of a
    choice, or of a number question, when every count behind it is (its answers' or its bins'). A count of
    several choices of a multiple-choice question is never told: with each choice's count shown, it would give
    away how many chose both; nor is a count of answers the figures do not show one by one (municipalities, which
    the figures show by region)."""
    cells = [*result.cells, *result.apart]
    if measure in (Measure.MEAN, Measure.SUM):
        return all(cell.count is not None for cell in cells)
    if not indicator.choice_codes or not cells:
        return True
    chosen = [cell for cell in cells if cell.code in indicator.choice_codes]
    if not chosen or (result.results == "choices" and len(chosen) > 1):
        return False
    others = [cell for cell in cells if cell.code not in indicator.choice_codes]
    known = all(cell.count is not None for cell in chosen) or (
        result.results != "choices" and all(cell.count is not None for cell in others)
    )
    return known


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
    # As the dashboard counts it: hidden for a group too small, or hidden so that such a group cannot be worked out.
    answered = aggregates.filtered_count(survey, filters, book, respondents(survey, filters, book).count())
    if survey.audience != Audience.MUNICIPALITIES:
        return Coverage(survey, answered, None)
    invited = Invitation.objects.filter(survey=survey)
    for grouping, code in filters.areas():
        invited = invited.filter(municipality__in=municipalities_in(grouping, code, filters.year_of(survey)))
    return Coverage(survey, answered, invited.count())
