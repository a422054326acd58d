"""Project descriptions: the programme's national and regional development projects."""

from django import forms
from django.db import connection, models
from django.db.models import prefetch_related_objects
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from core.blocks import BodyBlock
from core.mixins import ImageMixin, LeadMixin, image_panel, with_images
from core.page_cache import PublicPageMixin, public
from reference.kept import kept_rows
from reference.models import AreaKind
from reference.validators import validate_date_range

PROJECTS_PER_PAGE = 20


class ProjectStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ONGOING = "ongoing", _("Ongoing")
    COMPLETED = "completed", _("Completed")


class ProjectIndexPage(LeadMixin, Page):
    content_panels = [*Page.content_panels, FieldPanel("lead")]
    api_fields = [APIField("lead")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["projects.ProjectPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("project index page")

    def projects(self):
        return ProjectPage.objects.live().child_of(self).order_by("-start_date", "title")

    def cards(self):
        """Every project of this index with what its card shows."""
        return with_images(self.projects().select_related("implementer")).prefetch_related("goals")

    @public
    def serve(self, request, *args, **kwargs):
        from core.pagination import paginate_kept

        from .filters import ProjectFilterSet

        filterset = ProjectFilterSet(request.GET or None, queryset=self.projects())
        valid = filterset.is_valid() if request.GET else True
        context = self.get_context(request, *args, **kwargs)
        context["filterset"] = filterset
        listed = filterset.qs if valid else self.projects().none()
        context["projects_page"] = paginate_kept(
            request, listed, PROJECTS_PER_PAGE, ("project cards", self.pk), self.cards
        )
        return TemplateResponse(
            request, self.get_template(request, *args, **kwargs), context, status=200 if valid else 400
        )


class ProjectPageQuerySet(PageQuerySet):
    def with_listing_data(self):
        """Everything a listing, a project page or the API shows, in a fixed number of queries."""
        return self.with_own_data().prefetch_related(*RELATIONS)

    def with_own_data(self):
        """The project with its implementer and image; its relations are for `read_relations` to add."""
        return with_images(self.select_related("implementer"))


class ProjectPage(PublicPageMixin, ImageMixin, Page):
    lead = models.TextField(_("lead"), max_length=600)
    implementer = models.ForeignKey(
        "reference.Organisation",
        on_delete=models.PROTECT,
        related_name="implemented_projects",
        verbose_name=_("implementing organisation"),
    )
    partners = ParentalManyToManyField(
        "reference.Organisation", blank=True, related_name="partner_projects", verbose_name=_("partners")
    )
    municipalities = ParentalManyToManyField(
        "reference.Municipality", blank=True, related_name="projects", verbose_name=_("municipalities")
    )
    regions = ParentalManyToManyField(
        "reference.Area",
        blank=True,
        related_name="projects",
        limit_choices_to={"kind": AreaKind.REGION},
        verbose_name=_("regions"),
    )
    goals = ParentalManyToManyField("reference.ProgrammeGoal", related_name="projects", verbose_name=_("goals"))
    means = ParentalManyToManyField("reference.ProgrammeMeans", related_name="projects", verbose_name=_("means"))
    funding_eur = models.DecimalField(_("funding (EUR)"), max_digits=12, decimal_places=2, null=True, blank=True)
    start_date = models.DateField(_("starts"))
    end_date = models.DateField(_("ends"))
    status = models.CharField(_("status"), max_length=16, choices=ProjectStatus.choices, default=ProjectStatus.ONGOING)
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact telephone"), max_length=40, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("description"))
    results = StreamField(BodyBlock(), blank=True, verbose_name=_("results"))

    objects = PageManager.from_queryset(ProjectPageQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("lead"),
        image_panel(),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("implementer"),
                FieldPanel("partners"),
                FieldPanel("municipalities"),
                FieldPanel("regions"),
            ],
            heading=_("Who and where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("goals", widget=forms.CheckboxSelectMultiple),
                FieldPanel("means", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date"), FieldPanel("status")]),
                FieldPanel("funding_eur"),
            ],
            heading=_("Programme, period and funding"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email"), FieldPanel("contact_phone")],
            heading=_("Contact"),
        ),
        FieldPanel("results"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        index.SearchField("results"),
        index.FilterField("status"),
        index.FilterField("start_date"),
        index.FilterField("end_date"),
        # The project filters work together with ?search= in the API.
        index.RelatedFields("goals", [index.FilterField("code")]),
        index.RelatedFields("means", [index.FilterField("code")]),
        index.RelatedFields("regions", [index.FilterField("code")]),
    ]
    api_fields = [
        APIField("lead"),
        APIField("implementer_name"),
        APIField("partner_names"),
        APIField("municipality_codes"),
        APIField("region_codes"),
        APIField("goal_codes"),
        APIField("means_codes"),
        APIField("funding_eur"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("status"),
        APIField("contact_name"),
        APIField("contact_email"),
        APIField("contact_phone"),
        APIField("body"),
        APIField("results"),
    ]

    parent_page_types = ["projects.ProjectIndexPage"]
    subpage_types = []
    serve_select_related = (*ImageMixin.serve_select_related, "implementer")  # core.routes: in the page's query

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    def clean(self):
        super().clean()
        validate_date_range(self.start_date, self.end_date, "end_date")

    # Read from prefetched relations (see ProjectPageQuerySet.with_listing_data): no query per project.
    @property
    def years(self) -> str:
        """The years the project runs: "2027" for one year, "2025–2027" for several."""
        first, last = self.start_date.year, self.end_date.year
        return str(first) if first == last else f"{first}–{last}"

    @property
    def implementer_name(self) -> str:
        return self.implementer.name

    @property
    def partner_names(self) -> list[str]:
        return [o.name for o in self.partners.all()]

    @property
    def municipality_codes(self) -> list[str]:
        return [m.code for m in self.municipalities.all()]

    @property
    def region_codes(self) -> list[str]:
        return [a.code for a in self.regions.all()]

    @property
    def goal_codes(self) -> list[str]:
        return [g.code for g in self.goals.all()]

    @property
    def means_codes(self) -> list[str]:
        return [m.code for m in self.means.all()]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        read_relations([self])
        return context


RELATIONS = ("partners", "municipalities", "regions", "goals", "means")


def read_relations(pages):
    """The partners, municipalities, regions, goals and means of project `pages` (a page, or a page of the API's
    listing): which ones in one query for them all, the objects themselves from their tables kept in the process
    until something is published (an organisation's change and an import of municipalities move the version
    too). Django's prefetching would take a query a relation, and build a queryset for each page and relation. A
    relation already on a page (a preview's, from the editor's form) is left as it is; one naming a row not kept
    yet is read as Django would."""
    held = {page.pk: page.__dict__.setdefault("_cluster_related_objects", {}) for page in pages if page.pk}
    missing = {pk: [name for name in RELATIONS if name not in relations] for pk, relations in held.items()}
    names = [name for name in RELATIONS if any(name in wanted for wanted in missing.values())]
    if not names:
        return
    fields = [ProjectPage._meta.get_field(name) for name in names]
    select = 'SELECT %s, "{0}", "{1}" FROM "{2}" WHERE "{0}" IN ({3})'
    places = ", ".join(["%s"] * len(missing))
    sql = " UNION ALL ".join(
        select.format(f.m2m_column_name(), f.m2m_reverse_name(), f.remote_field.through._meta.db_table, places)
        for f in fields
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [value for name in names for value in (name, *missing)])
        chosen = {}
        for relation, page_pk, pk in cursor.fetchall():
            chosen.setdefault((relation, page_pk), []).append(pk)
    for name, field in zip(names, fields, strict=True):
        rows, unknown = kept_rows(field.related_model), []
        for page in pages:
            if name in missing.get(page.pk, ()):
                ids = chosen.get((name, page.pk), [])
                if all(pk in rows for pk in ids):
                    held[page.pk][name] = [row for _order, row in sorted(rows[pk] for pk in ids)]
                else:
                    unknown.append(page)
        prefetch_related_objects(unknown, name)
