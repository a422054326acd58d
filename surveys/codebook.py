"""A survey revision's codebook: every variable (a question's code, or each statement of a group), its label,
its kind and level of measurement, and its values: codes, labels and the number each code keeps for ever. The
review step, a municipality's copy of its answers, results and exports read labels from it, never from forms.

A codebook is computed once per revision (a revision never changes) and kept in the cache. It is in the
language of the revision's page; `survey_codebook` puts the labels of every language version of a survey
together, by code."""

from dataclasses import dataclass, field, replace

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import translation
from wagtail.models import Revision

from .kinds import KINDS, kind_of
from .structure import sections_of

CACHE_SECONDS = 24 * 60 * 60


@dataclass(frozen=True)
class Value:
    code: str
    number: int | None
    labels: dict = field(default_factory=dict, compare=False)  # {language: label}


@dataclass(frozen=True)
class Variable:
    name: str  # the variable: the question's code, or a statement's
    question: str  # the question's code (a statement group's for its statements)
    kind: str
    section: int
    labels: dict = field(compare=False)  # {language: label}
    comparable: bool = field(default=False, compare=False)  # the author: comparable with earlier rounds
    question_labels: dict = field(default_factory=dict, compare=False)  # a statement's group's question
    values: tuple = ()  # Value, for a choice; none for an open answer

    @property
    def measure(self):
        return KINDS[self.kind].measure

    @property
    def results(self):
        return KINDS[self.kind].results

    @property
    def names_place(self):
        return KINDS[self.kind].names_place

    @property
    def grouped(self):
        return KINDS[self.kind].grouped

    def value(self, code):
        return next((value for value in self.values if value.code == code), None)


@dataclass(frozen=True)
class Codebook:
    revisions: dict  # {language: revision id} the labels come from
    year: int
    variables: tuple

    @property
    def languages(self):
        return list(self.revisions)

    def __getitem__(self, name):
        return next(variable for variable in self.variables if variable.name == name)

    def of_question(self, code):
        return [variable for variable in self.variables if variable.question == code]

    def label(self, variable, language=None):
        return _in(variable.labels, language or self.languages[0])

    def question_label(self, variable, language=None):
        """The question a variable belongs to: a statement's group's question; a question's own label."""
        return _in(variable.question_labels or variable.labels, language or self.languages[0])

    def value_labels(self, variable, language=None):
        """{value code: label} of `variable` in `language` (the codebook's first one by default)."""
        language = language or self.languages[0]
        return {value.code: _in(value.labels, language) for value in variable.values}


def _in(labels, language):
    return labels.get(language) or next(iter(labels.values()), "")


def codebook(revision_id):
    """The codebook of one revision of a survey page, in that page's language; from the cache once computed."""
    key = f"kuntaan:codebook:{revision_id}"
    book = cache.get(key)
    if book is None:
        book = _compute(Revision.objects.get(pk=revision_id))
        cache.set(key, book, CACHE_SECONDS)
    return book


def survey_codebook(page):
    """The codebook of a survey's live revision with the labels of every live language version of it."""
    from .models import SurveyPage

    canonical = page.canonical
    versions = SurveyPage.objects.live().filter(translation_key=canonical.translation_key)
    books = [codebook(canonical.live_revision_id)]
    books += [codebook(v.live_revision_id) for v in versions.select_related("locale") if v.pk != canonical.pk]
    return merged(books)


def merged(books):
    """The first codebook, with the labels the others give its variables and values (matched by code)."""
    first, *others = books
    revisions = dict(first.revisions)
    variables = []
    for variable in first.variables:
        labels, values = dict(variable.labels), {value.code: dict(value.labels) for value in variable.values}
        question_labels = dict(variable.question_labels)
        for other in others:
            match = next((v for v in other.variables if v.name == variable.name), None)
            if match is None:
                continue
            labels.update(match.labels)
            question_labels.update(match.question_labels)
            for value in match.values:
                values.get(value.code, {}).update(value.labels)
        values = tuple(replace(v, labels=values[v.code]) for v in variable.values)
        variables.append(replace(variable, labels=labels, question_labels=question_labels, values=values))
    for other in others:
        revisions.update(other.revisions)
    return Codebook(revisions=revisions, year=first.year, variables=tuple(variables))


def _compute(revision):
    page = revision.as_object()
    language = page.locale.language_code
    variables = []
    with translation.override(language):  # the fixed labels (agreement scale, yes/no) in the page's language
        for section in sections_of(page.sections):
            for question in section.questions:
                kind = kind_of(question)
                for name, label, values in kind.variables(question, page.round_year):
                    numbers = kind.numbers(question, page.round_year) or _allocated(name, values or [])
                    variables.append(
                        Variable(
                            name=name,
                            question=question.code,
                            kind=question.kind,
                            section=section.index,
                            labels={language: str(label)},
                            comparable=question.comparable,
                            question_labels={language: str(question.label)},
                            values=tuple(
                                Value(code, numbers.get(code), {language: str(value_label)})
                                for code, value_label in values or []
                            ),
                        )
                    )
    return Codebook(revisions={language: revision.pk}, year=page.round_year, variables=tuple(variables))


def _allocated(variable, values):
    """{choice code: number} of `variable`'s choices, giving the next free numbers to choices seen for the first
    time (two processes doing so at once: the second finds the first's)."""
    from .models import ValueCode

    codes = [code for code, _label in values]
    if not codes:
        return {}
    known = dict(ValueCode.objects.filter(question=variable, choice__in=codes).values_list("choice", "number"))
    new = [code for code in codes if code not in known]
    if new:
        try:
            with transaction.atomic():
                start = ValueCode.objects.filter(question=variable).aggregate(top=Max("number"))["top"] or 0
                ValueCode.objects.bulk_create(
                    ValueCode(question=variable, choice=code, number=start + offset)
                    for offset, code in enumerate(new, start=1)
                )
        except IntegrityError:
            pass
        known = dict(ValueCode.objects.filter(question=variable, choice__in=codes).values_list("choice", "number"))
    return known
