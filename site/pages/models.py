"""The programme site's page types: home, programme, news, events, standard pages, accessibility and privacy."""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from rest_framework.fields import Field
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager, Site
from wagtail.query import PageQuerySet
from wagtail.search import index

from core.blocks import BodyBlock
from core.compiled import fetch
from core.mixins import ImageMixin, LeadMixin, image_panel, with_images
from core.page_cache import PublicPageMixin, kept_until_published, public
from core.pagination import paginate, paginate_kept
from reference.validators import validate_date_range

from .blocks import GoalBlock, MeansBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3"]
NEWS_PER_PAGE = 10


class HomePage(PublicPageMixin, Page):
    hero_title = models.CharField(_("hero title"), max_length=200)
    hero_text = models.TextField(_("hero text"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("hero_title"),
        FieldPanel("hero_text"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("hero_text"), index.SearchField("body")]
    api_fields = [APIField("hero_title"), APIField("hero_text"), APIField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "pages.ProgrammePage",
        "pages.NewsIndexPage",
        "pages.EventIndexPage",
        "pages.StandardPage",
        "pages.AccessibilityStatementPage",
        "pages.PrivacyNoticePage",
        "projects.ProjectIndexPage",
        "surveys.SurveyIndexPage",
        "results.ResultsPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = kept_until_published(("latest news", self.pk), self.latest_news)
        context["upcoming_events"] = kept_until_published(
            ("upcoming events", self.pk), self.upcoming_events, fresh=lambda events: not has_ended(events)
        )
        context["news_index_url"] = self.news_index_url(request)
        return context

    def latest_news(self):
        """The three latest news in this home's language: kept until something is published, as only a publish
        changes them. Kept pages are shared by the requests that follow: never change them."""
        return list(
            with_images(NewsPage.objects.live().public().filter(locale_id=self.locale_id).order_by("-date"))[:3]
        )

    def upcoming_events(self):
        """The next three events in this home's language that have not ended: kept until something is published
        or one of them ends (then the next comes in)."""
        return list(with_images(EventPage.objects.filter(locale_id=self.locale_id).upcoming())[:3])

    def news_index_url(self, request):
        """The address of this language's news listing ("All news"), kept until something is published."""

        def read():
            index = NewsIndexPage.objects.live().child_of(self).first()
            return index.get_url(request) if index else None

        site = Site.find_for_request(request)
        return kept_until_published(("news index url", self.pk, site.pk if site else None), read)


def has_ended(events):
    now = timezone.now()
    return any(event.end < now for event in events)


class ProgrammePage(PublicPageMixin, LeadMixin, Page):
    """The programme itself as structured content, from its founding decision."""

    decision_reference = models.CharField(_("decision reference"), max_length=64, blank=True)
    period_start = models.DateField(_("period starts"))
    period_end = models.DateField(_("period ends"))
    goals = StreamField([("goal", GoalBlock())], verbose_name=_("goals"))
    means = StreamField([("means", MeansBlock())], verbose_name=_("means"))
    target_group = RichTextField(_("target group"), features=RICH_TEXT_FEATURES)
    organisation = RichTextField(_("organisation"), features=RICH_TEXT_FEATURES)
    funding = RichTextField(_("costs and funding"), features=RICH_TEXT_FEATURES)
    evaluation = RichTextField(_("evaluation and reporting"), features=RICH_TEXT_FEATURES, blank=True)
    steering_group_intro = RichTextField(_("steering group"), features=RICH_TEXT_FEATURES, blank=True)
    chair_name = models.CharField(_("chair"), max_length=120, blank=True)
    chair_title = models.CharField(_("chair's title"), max_length=200, blank=True)
    vice_chair_name = models.CharField(_("vice chair"), max_length=120, blank=True)
    vice_chair_title = models.CharField(_("vice chair's title"), max_length=200, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("lead"),
        FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end"), FieldPanel("decision_reference")]),
        FieldPanel("goals"),
        FieldPanel("means"),
        FieldPanel("target_group"),
        FieldPanel("organisation"),
        MultiFieldPanel(
            [
                FieldPanel("steering_group_intro"),
                FieldRowPanel([FieldPanel("chair_name"), FieldPanel("chair_title")]),
                FieldRowPanel([FieldPanel("vice_chair_name"), FieldPanel("vice_chair_title")]),
                InlinePanel("steering_group_members", label=_("members")),
            ],
            heading=_("Steering group"),
        ),
        FieldPanel("funding"),
        FieldPanel("evaluation"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("lead"),
        index.SearchField("goals"),
        index.SearchField("means"),
        index.SearchField("target_group"),
        index.SearchField("organisation"),
        index.SearchField("funding"),
    ]
    api_fields = [
        APIField("lead"),
        APIField("decision_reference"),
        APIField("period_start"),
        APIField("period_end"),
        APIField("goals"),
        APIField("means"),
        APIField("target_group"),
        APIField("organisation"),
        APIField("funding"),
        APIField("evaluation"),
        APIField("chair_name"),
        APIField("chair_title"),
        APIField("vice_chair_name"),
        APIField("vice_chair_title"),
        APIField("steering_group_members"),
    ]

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.StandardPage"]
    max_count_per_parent = 1
    api_prefetch_related = ("steering_group_members__organisation",)

    class Meta:
        verbose_name = _("programme page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        members = self.steering_group_members.select_related("organisation")
        context["members"] = fetch(("steering group members",), members, self.pk)
        return context


class SteeringGroupMember(Orderable):
    """One organisation's seat in the steering group: a member and a deputy."""

    page = ParentalKey(ProgrammePage, on_delete=models.CASCADE, related_name="steering_group_members")
    organisation = models.ForeignKey(
        "reference.Organisation", on_delete=models.PROTECT, related_name="+", verbose_name=_("organisation")
    )
    member = models.CharField(_("member"), max_length=200)
    deputy = models.CharField(_("deputy member"), max_length=200, blank=True)

    panels = [FieldPanel("organisation"), FieldPanel("member"), FieldPanel("deputy")]
    api_fields = [APIField("organisation_name"), APIField("member"), APIField("deputy")]

    class Meta(Orderable.Meta):
        verbose_name = _("steering group member")

    @property
    def organisation_name(self) -> str:
        return self.organisation.name


class StandardPage(PublicPageMixin, LeadMixin, Page):
    body = StreamField(BodyBlock(), verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("lead"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("lead"), index.SearchField("body")]
    api_fields = [APIField("lead"), APIField("body")]

    parent_page_types = ["pages.HomePage", "pages.ProgrammePage", "pages.StandardPage"]
    subpage_types = ["pages.StandardPage", "results.ResultsPage"]

    class Meta:
        verbose_name = _("standard page")


class NewsIndexPage(RoutablePageMixin, LeadMixin, Page):
    """News listing, by tag, with RSS and Atom feeds."""

    content_panels = [*Page.content_panels, FieldPanel("lead")]
    api_fields = [APIField("lead")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index page")

    def news(self):
        return NewsPage.objects.live().public().child_of(self).order_by("-date", "-pk")

    def cards(self):
        """Every news item of this listing with what its card and the feeds show."""
        return with_images(self.news().prefetch_related("tagged_items__tag"))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news = self.news()
        tag = request.GET.get("tag", "").strip()[:100]
        if tag:
            news = news.filter(tags__slug=tag)
        context["tag"] = tag
        context["news_page"] = paginate_kept(request, news, NEWS_PER_PAGE, ("news cards", self.pk), self.cards)
        return context

    @path("")
    @public
    def index(self, request):
        return self.render(request)

    @path("rss/", name="rss")
    @public
    def rss(self, request):
        from .feeds import NewsRssFeed

        return NewsRssFeed(self)(request)

    @path("atom/", name="atom")
    @public
    def atom(self, request):
        from .feeds import NewsAtomFeed

        return NewsAtomFeed(self)(request)


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey("pages.NewsPage", on_delete=models.CASCADE, related_name="tagged_items")


class PrefetchedTagsField(Field):
    """Tag names, as Wagtail's TagsField gives them, but sorted in Python so that a prefetch is used (the API
    lists news in a fixed number of queries)."""

    openapi_schema = {"type": "array", "items": {"type": "string"}}  # for config.openapi

    def to_representation(self, value):
        return sorted(tag.name for tag in value.all())


class NewsPage(PublicPageMixin, LeadMixin, ImageMixin, Page):
    date = models.DateField(_("date"), default=datetime.date.today)
    body = StreamField(BodyBlock(), verbose_name=_("body"))
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("lead"),
        image_panel(),
        FieldPanel("body"),
        FieldPanel("tags"),
        InlinePanel("related_projects", label=_("related projects")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    api_fields = [
        APIField("date"),
        APIField("lead"),
        APIField("body"),
        APIField("tags", serializer=PrefetchedTagsField()),
        APIField("related_projects"),
    ]

    parent_page_types = ["pages.NewsIndexPage"]
    subpage_types = []
    api_prefetch_related = ("tags", "related_projects__project")

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = [
            link.project for link in self.related_projects.filter(project__live=True).select_related("project")
        ]
        return context


class NewsPageRelatedProject(Orderable):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="related_projects")
    project = models.ForeignKey(
        "projects.ProjectPage", on_delete=models.CASCADE, related_name="+", verbose_name=_("project")
    )

    panels = [FieldPanel("project")]
    api_fields = [APIField("project")]


class EventIndexPage(RoutablePageMixin, LeadMixin, Page):
    """Trainings and network events: upcoming and past, with an iCalendar feed."""

    content_panels = [*Page.content_panels, FieldPanel("lead")]
    api_fields = [APIField("lead")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event index page")

    def events(self):
        return with_images(EventPage.objects.live().public().child_of(self).select_related("locale"))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["upcoming"] = self.events().upcoming()
        context["past_page"] = paginate(request, self.events().past(), 10)
        return context

    @path("")
    @public
    def index(self, request):
        return self.render(request)

    @path("ical/", name="ical")
    @public
    def ical(self, request):
        from .feeds import ical_response

        return ical_response(self.events().order_by("start"), f"{self.slug}.ics")


class EventPageQuerySet(PageQuerySet):
    def upcoming(self):
        return self.live().public().filter(end__gte=timezone.now()).order_by("start")

    def past(self):
        return self.live().public().filter(end__lt=timezone.now()).order_by("-start")


class EventPage(RoutablePageMixin, LeadMixin, ImageMixin, Page):
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    online = models.BooleanField(_("online"), default=False, help_text=_("Can be attended online."))
    location = models.CharField(_("place"), max_length=255, blank=True)
    registration_url = models.URLField(_("registration link"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    objects = PageManager.from_queryset(EventPageQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("lead"),
        image_panel(),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldRowPanel([FieldPanel("location"), FieldPanel("online")]),
        FieldPanel("registration_url"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("lead"),
        index.SearchField("location"),
        index.SearchField("body"),
        index.FilterField("start"),
    ]
    api_fields = [
        APIField("start"),
        APIField("end"),
        APIField("online"),
        APIField("location"),
        APIField("registration_url"),
        APIField("lead"),
        APIField("body"),
    ]

    parent_page_types = ["pages.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        validate_date_range(self.start, self.end, "end")

    @property
    def is_past(self):
        return self.end < timezone.now()

    @path("")
    @public
    def index(self, request):
        return self.render(request)

    @path("ical/", name="ical")
    @public
    def ical(self, request):
        from .feeds import ical_response

        return ical_response([self], f"{self.slug}.ics")


class AccessibilityStatementPage(PublicPageMixin, Page):
    """The accessibility statement required of Finnish public-sector sites (Act on the Provision of Digital
    Services 306/2019); linked from every page's footer."""

    class Conformance(models.TextChoices):
        FULL = "full", _("fully meets")
        PARTIAL = "partial", _("partially meets")
        NONE = "none", _("does not meet")

    conformance = models.CharField(
        _("conformance with WCAG 2.1 AA"),
        max_length=8,
        choices=Conformance.choices,
        default=Conformance.PARTIAL,
    )
    prepared = models.DateField(_("statement prepared"))
    reviewed = models.DateField(_("last reviewed"))
    feedback_email = models.EmailField(_("feedback e-mail"))
    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES)
    non_accessible = RichTextField(_("content that is not accessible"), features=RICH_TEXT_FEATURES, blank=True)
    feedback = RichTextField(_("feedback"), features=RICH_TEXT_FEATURES)
    enforcement = RichTextField(_("enforcement procedure"), features=RICH_TEXT_FEATURES)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("conformance"), FieldPanel("prepared"), FieldPanel("reviewed")]),
        FieldPanel("non_accessible"),
        FieldPanel("feedback_email"),
        FieldPanel("feedback"),
        FieldPanel("enforcement"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("non_accessible")]
    api_fields = [
        APIField("conformance"),
        APIField("prepared"),
        APIField("reviewed"),
        APIField("feedback_email"),
        APIField("intro"),
        APIField("non_accessible"),
        APIField("feedback"),
        APIField("enforcement"),
    ]

    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("accessibility statement")

    @property
    def outline(self):
        """The statement's parts as its page shows them, for its "On this page" list (site_tags.section_nav)."""
        parts = [("compliance", _("Compliance status"))]
        if self.non_accessible:
            parts.append(("not-accessible", _("Content that is not accessible")))
        parts += [("feedback", _("Feedback")), ("enforcement", _("Enforcement procedure"))]
        return [{"key": key, "text": text} for key, text in parts]


class PrivacyNoticePage(PublicPageMixin, LeadMixin, Page):
    template = "pages/standard_page.html"  # a text page like any other

    body = StreamField(BodyBlock(), verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("lead"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    api_fields = [APIField("lead"), APIField("body")]

    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("privacy notice")
