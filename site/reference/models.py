"""Reference data both apps use: municipalities year by year with their groupings, programme goals and means,
and the organisations taking part in the programme."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class TrilingualName(models.Model):
    """Names kept in Finnish, Swedish and English as Statistics Finland publishes them."""

    name_fi = models.CharField(_("name in Finnish"), max_length=200)
    name_sv = models.CharField(_("name in Swedish"), max_length=200)
    name_en = models.CharField(_("name in English"), max_length=200)

    class Meta:
        abstract = True

    def __str__(self):
        return self.name

    @property
    def name(self):
        """The name in the active language; Finnish for any language Statistics Finland does not publish."""
        lang = (get_language() or "fi")[:2]
        return getattr(self, f"name_{lang}", None) or self.name_fi


class AreaKind(models.TextChoices):
    REGION = "region", _("Region")
    SUB_REGION = "sub_region", _("Sub-region")
    WELLBEING_COUNTY = "wellbeing_county", _("Wellbeing services county")
    EMPLOYMENT_AREA = "employment_area", _("Employment area")
    ELY_CENTRE = "ely_centre", _("ELY Centre")
    ELINVOIMAKESKUS = "elinvoimakeskus", _("Economic Development Centre (elinvoimakeskus)")
    LANGUAGE_STATUS = "language_status", _("Language status")
    MUNICIPALITY_GROUP = "municipality_group", _("Municipality group")


class Area(TrilingualName):
    """A grouping of municipalities in Statistics Finland's classifications, identified by kind and code."""

    kind = models.CharField(_("kind"), max_length=32, choices=AreaKind.choices)
    code = models.CharField(_("code"), max_length=8)

    class Meta:
        ordering = ["kind", "code"]
        constraints = [models.UniqueConstraint(fields=["kind", "code"], name="unique_area_kind_code")]
        verbose_name = _("area")
        verbose_name_plural = _("areas")


class Municipality(TrilingualName):
    """A municipality by its three-digit code (a string: "005"); names are those of its latest year."""

    code = models.CharField(_("code"), max_length=3, unique=True)

    class Meta:
        ordering = ["name_fi"]
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")


class MunicipalityYear(TrilingualName):
    """A municipality as classified on 1 January of a year: its names and the areas it belonged to."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="years")
    year = models.PositiveSmallIntegerField(_("year"), db_index=True)
    region = models.ForeignKey(Area, models.PROTECT, related_name="+", verbose_name=_("region"))
    sub_region = models.ForeignKey(Area, models.PROTECT, related_name="+", verbose_name=_("sub-region"))
    language_status = models.ForeignKey(Area, models.PROTECT, related_name="+", verbose_name=_("language status"))
    municipality_group = models.ForeignKey(Area, models.PROTECT, related_name="+", verbose_name=_("municipality group"))
    wellbeing_county = models.ForeignKey(
        Area,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("wellbeing services county"),
    )
    employment_area = models.ForeignKey(
        Area, models.PROTECT, null=True, blank=True, related_name="+", verbose_name=_("employment area")
    )
    ely_centre = models.ForeignKey(
        Area, models.PROTECT, null=True, blank=True, related_name="+", verbose_name=_("ELY Centre")
    )
    elinvoimakeskus = models.ForeignKey(
        Area, models.PROTECT, null=True, blank=True, related_name="+", verbose_name=_("elinvoimakeskus")
    )

    class Meta:
        ordering = ["year", "name_fi"]
        constraints = [models.UniqueConstraint(fields=["municipality", "year"], name="unique_municipality_year")]
        verbose_name = _("municipality in a year")
        verbose_name_plural = _("municipalities by year")

    @property
    def regional_centre(self):
        """The state's regional office that year: the ELY Centre until 2025, the elinvoimakeskus from 2026."""
        return self.elinvoimakeskus or self.ely_centre

    @property
    def languages(self):
        """The languages the municipality is written to in, its majority's first (by its language status)."""
        return LANGUAGES_BY_STATUS.get(self.language_status.code, ("fi",))


# Statistics Finland's language status of a municipality → the official languages it is served in.
LANGUAGES_BY_STATUS = {"00": ("fi",), "01": ("fi", "sv"), "02": ("sv",), "03": ("sv", "fi")}


class Goal(models.TextChoices):
    """The programme's three goals. The codes are stable: projects, surveys and the API key on them."""

    PLACEMENT = "placement", _("Smooth placement in municipalities and enough municipal places")
    RECEPTION = "reception", _("Reception and early-integration services")
    PARTICIPATION = "participation", _("Refugees' participation and society's receptiveness")


class Means(models.TextChoices):
    """The programme's three means."""

    PAYMENTS = "payments", _("Supplementary payments to municipalities")
    INFORMATION = "information", _("Information steering")
    DEVELOPMENT = "development", _("National and regional development projects")


class ProgrammeGoal(models.Model):
    """A goal as a row, so that projects and survey questions can be filtered by it; created by a migration."""

    code = models.CharField(_("code"), max_length=32, choices=Goal.choices, unique=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("programme goal")
        verbose_name_plural = _("programme goals")

    def __str__(self):
        return str(self.get_code_display())


class ProgrammeMeans(models.Model):
    """A means as a row; created by a migration."""

    code = models.CharField(_("code"), max_length=32, choices=Means.choices, unique=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("programme means")
        verbose_name_plural = _("programme means")

    def __str__(self):
        return str(self.get_code_display())


class OrganisationKind(models.TextChoices):
    MINISTRY = "ministry", _("Ministry")
    REGIONAL = "regional", _("ELY Centre or elinvoimakeskus")
    AGENCY = "agency", _("Government agency")
    MUNICIPALITY = "municipality", _("Municipality")
    ASSOCIATION = "association", _("Association")
    NGO = "ngo", _("Non-governmental organisation")


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    """An organisation taking part in the programme: translatable snippet, one row per language."""

    name = models.CharField(_("name"), max_length=255)
    abbreviation = models.CharField(_("abbreviation"), max_length=32, blank=True)
    kind = models.CharField(_("kind"), max_length=16, choices=OrganisationKind.choices)
    website = models.URLField(_("website"), blank=True)
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="organisations",
        verbose_name=_("municipality"),
        help_text=_("For a municipality's own organisation: which municipality it is."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("abbreviation"),
        FieldPanel("kind"),
        FieldPanel("website"),
        FieldPanel("municipality"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name
