"""Who sees what, checked on the server for every results view, filter and figure: programme staff see
everything, open answers included; evaluators every aggregate; a working group's members the survey series and
questions assigned to their group, and nothing else; the steering group only published results (not here)."""

from functools import cached_property

from wagtail.models import Locale

from surveys.models import Audience, SurveyPage

from .aggregates import protected
from .models import Assignment

EVERY_QUESTION = None


class Access:
    def __init__(self, user):
        self.user = user
        active = user.is_authenticated and user.is_active
        self.staff = active and (user.is_superuser or user.has_perm("results.view_all_results"))
        self.evaluator = active and (self.staff or user.has_perm("results.view_aggregates"))

    @cached_property
    def assignments(self):
        """{series: question codes, or EVERY_QUESTION} of the working groups the user belongs to."""
        if not (self.user.is_authenticated and self.user.is_active):
            return {}
        rows = Assignment.objects.filter(group__members=self.user, group__locale=Locale.get_default())
        seen = {}
        for assignment in rows:
            codes = assignment.question_codes or EVERY_QUESTION
            if codes is EVERY_QUESTION or seen.get(assignment.series, ()) is EVERY_QUESTION:
                seen[assignment.series] = EVERY_QUESTION
            else:
                seen[assignment.series] = seen.get(assignment.series, set()) | codes
        return seen

    @property
    def any(self):
        return self.evaluator or bool(self.assignments)

    @property
    def open_texts(self):
        """Participants' open answers: programme staff only."""
        return self.staff

    def responses(self, survey):
        """Whether the user may export `survey`'s individual answers: a municipality survey's to evaluators and
        programme staff; a participants' survey's to programme staff only (anyone else gets protected figures)."""
        return self.staff if survey.audience == Audience.PARTICIPANTS else self.evaluator

    def seen(self, survey):
        """`survey` as the user's figures count it: evaluators and programme staff by the survey's own setting;
        everyone else with small groups hidden, since municipality-level data is for evaluators and programme
        staff only, and a municipality survey (unprotected by default) filtered to a small area would show one
        municipality's answers."""
        return survey if self.evaluator else protected(survey)

    def surveys(self):
        """The surveys (default-language pages) whose results the user may see, newest round first."""
        surveys = SurveyPage.objects.filter(locale=Locale.get_default()).order_by("series", "-round_year")
        return surveys if self.evaluator else surveys.filter(series__in=list(self.assignments))

    def questions(self, series):
        """The question codes of a series the user may see, or EVERY_QUESTION."""
        return EVERY_QUESTION if self.evaluator else self.assignments.get(series, set())

    def variables(self, survey, book):
        """The variables of the codebook `book` (of `survey`) that the user may see."""
        codes = self.questions(survey.series)
        return [v for v in book.variables if codes is EVERY_QUESTION or v.question in codes]
