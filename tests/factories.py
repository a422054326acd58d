"""Factories for the page types and reference objects, on wagtail-factories and factory_boy."""

import datetime

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
