"""Factories for the page types, reference objects, users with their groups, surveys and responses, on
wagtail-factories and factory_boy."""

import datetime
import json
import uuid

import factory
import wagtail_factories
from django.utils import timezone

from pages.models import EventPage, NewsPage, StandardPage
from projects.models import ProjectPage
from reference.models import Organisation, OrganisationKind


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisation {n}")
    kind = OrganisationKind.NGO


def body(text="Body text."):
    return [("paragraph", f"<p>{text}</p>")]


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Standard page {n}")
    lead = "A lead."
    body = factory.LazyFunction(body)


class NewsPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"News item {n}")
    date = factory.LazyFunction(datetime.date.today)
    lead = "News lead."
    body = factory.LazyFunction(body)

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if extracted:
            self.tags.add(*extracted)
            self.save()


class EventPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"Event {n}")
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=2))
    lead = "Event lead."
    location = "Helsinki"
    body = factory.LazyFunction(body)


class ProjectPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ProjectPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Project {n}")
    lead = "Project lead."
    implementer = factory.SubFactory(OrganisationFactory)
    start_date = datetime.date(2024, 1, 1)
    end_date = datetime.date(2025, 12, 31)
    status = "ongoing"
    funding_eur = 100000
    body = factory.LazyFunction(body)

    @factory.post_generation
    def goals(self, create, extracted, **kwargs):
        if extracted:
            self.goals.set(extracted)
            self.save()

    @factory.post_generation
    def regions(self, create, extracted, **kwargs):
        if extracted:
            self.regions.set(extracted)
            self.save()


class UserFactory(factory.django.DjangoModelFactory):
    """A user in the named groups: UserFactory(groups=["Survey managers"])."""

    class Meta:
        model = "auth.User"
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.fi")
    password = factory.django.Password("pw")

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if extracted:
            from django.contrib.auth.models import Group

            self.groups.add(*(Group.objects.get(name=name) for name in extracted))


# Surveys: their sections and questions as the survey builder stores them, and responses to them.


def _items(pairs):
    return [{"type": "item", "value": {"code": code, "label": label}, "id": str(uuid.uuid4())} for code, label in pairs]


def question(kind, code, label=None, required=True, show_if=None, choices=(), statements=(), **extra):
    """A question block: question("single_choice", "age", "Age?", choices=[("young", "Young"), ...])."""
    value = {
        "code": code,
        "label": label or code,
        "help_text": "",
        "required": required,
        "goal": "",
        "indicator": "",
        "show_if": {"question": show_if[0], "choice": show_if[1]} if show_if else {"question": "", "choice": ""},
        **extra,
    }
    if choices:
        value["choices"] = _items(choices)
    if statements:
        value["statements"] = _items(statements)
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def section(title, *questions, show_if=None):
    condition = {"question": show_if[0], "choice": show_if[1]} if show_if else {"question": "", "choice": ""}
    value = {"title": title, "intro": "", "show_if": condition, "questions": list(questions)}
    return {"type": "section", "value": value, "id": str(uuid.uuid4())}


def _survey_index():
    from surveys.models import SurveyIndexPage

    return SurveyIndexPage.objects.get(locale__language_code="fi")


class SurveyPageFactory(wagtail_factories.PageFactory):
    """A live survey under the Finnish survey index: SurveyPageFactory(sections=[section(...)], round_year=2026)."""

    class Meta:
        model = "surveys.SurveyPage"
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Kysely {n}")
    slug = factory.Sequence(lambda n: f"kysely-{n}")
    parent = factory.LazyFunction(_survey_index)
    audience = "participants"
    series = factory.Sequence(lambda n: f"kysely_{n}")
    round_year = 2025
    intro = "<p>Kysely.</p>"
    privacy_notice = "<p>Tietosuoja.</p>"
    thank_you = "<p>Kiitos.</p>"
    sections = factory.LazyFunction(lambda: json.dumps([section("Osio", question("yes_no", "helped", "Auttoiko?"))]))

    class Params:
        # A round that has closed (SurveyPageFactory(closed=True)): only closed rounds' figures are published.
        closed = factory.Trait(
            opens_at=factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=60)),
            closes_at=factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1)),
        )

    @factory.post_generation
    def publish(self, create, extracted, **kwargs):
        if create and extracted is not False:
            self.save_revision().publish()
            self.refresh_from_db()


def translate(survey, language, title=None):
    """The survey in another language, live, with the same codes (and the Finnish labels, unless changed)."""
    from wagtail.models import Locale

    locale, _created = Locale.objects.get_or_create(language_code=language)
    translated = survey.copy_for_translation(locale, copy_parents=True, alias=False)
    if title:
        translated.title = title
    translated.save_revision().publish()
    return type(survey).objects.get(pk=translated.pk)


def respond(survey, answers, language="fi", submitted_on=None, revision_id=None, **fields):
    """A submitted response to `survey` with `answers` ({field name: cleaned value}, as a respondent's steps
    clean them), stored as the wizard stores it: only the questions its answers show. Returns the response."""
    from surveys.models import ResponseStatus, SurveyResponse
    from surveys.structure import answer_rows

    survey = survey.specific
    values = {
        "survey_id": survey.canonical.pk,
        "revision_id": revision_id or survey.live_revision_id,
        "language": language,
        "status": ResponseStatus.SUBMITTED,
        "submitted_on": submitted_on or datetime.date(survey.round_year, 3, 1),
        **fields,
    }
    response_id = SurveyResponse.objects.insert(answer_rows(survey.structure(), answers), **values)
    return SurveyResponse.objects.get(pk=response_id)


class ExportFactory(factory.django.DjangoModelFactory):
    """A finished export with its file in EXPORT_ROOT (a test's own directory: tests/conftest.py)."""

    class Meta:
        model = "results.Export"
        skip_postgeneration_save = True

    user = factory.SubFactory(UserFactory)
    username = factory.LazyAttribute(lambda o: o.user.username)
    survey_title = factory.LazyAttribute(lambda o: o.survey.title)
    format = "xlsx"
    language = "fi"
    state = "done"
    file_name = factory.Sequence(lambda n: f"{n}-vienti.xlsx")
    expires = factory.LazyFunction(lambda: datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=7))

    @factory.post_generation
    def file(self, create, extracted, **kwargs):
        from results.exporting import root

        (root() / self.file_name).write_bytes(extracted or b"PK")
        self.size = (root() / self.file_name).stat().st_size
        self.save()
