"""Builds the demo site from content.py: organisations, pages in Finnish with their Swedish and English
translations, projects, news and events. Everything is keyed (slug under its parent, organisation name), so a
second run finds what is there and changes nothing."""

import datetime
import json
from urllib.parse import urlparse

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from pages.models import (
    AccessibilityStatementPage,
    EventIndexPage,
    EventPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    NewsPageRelatedProject,
    PrivacyNoticePage,
    ProgrammePage,
    StandardPage,
    SteeringGroupMember,
)
from projects.models import ProjectIndexPage, ProjectPage
from reference.importer import import_municipalities
from reference.models import Area, AreaKind, Municipality, Organisation, ProgrammeGoal, ProgrammeMeans

from . import content
from .calendar import Calendar
from .images import ALT, demo_images
from .indicators import load_indicators
from .results_page import load_results_page
from .surveys import load_surveys
from .working_groups import load_working_groups

LANGUAGES = ("fi", "sv", "en")
TRANSLATIONS = ("sv", "en")

INDEXES = {
    "news": {
        "slug": {"fi": "uutiset", "sv": "nyheter", "en": "news"},
        "title": {"fi": "Uutiset", "sv": "Nyheter", "en": "News"},
        "lead": {
            "fi": "Ajankohtaista pakolaisten kuntiin ohjaamisesta ja kotoutumisen tuesta.",
            "sv": "Aktuellt om anvisning av flyktingar till kommuner och stöd för integration.",
            "en": "News on placing refugees in municipalities and supporting their integration.",
        },
    },
    "events": {
        "slug": {"fi": "tapahtumat", "sv": "evenemang", "en": "events"},
        "title": {
            "fi": "Tapahtumat ja koulutukset",
            "sv": "Evenemang och utbildningar",
            "en": "Events and trainings",
        },
        "lead": {
            "fi": "Koulutuksia, webinaareja ja verkostotapaamisia kuntien ja järjestöjen ammattilaisille.",
            "sv": "Utbildningar, webbinarier och nätverksträffar för yrkesfolk i kommuner och organisationer.",
            "en": "Trainings, webinars and network meetings for professionals in municipalities and NGOs.",
        },
    },
    "projects": {
        "slug": {"fi": "hankkeet", "sv": "projekt", "en": "projects"},
        "title": {"fi": "Hankkeet", "sv": "Projekt", "en": "Projects"},
        "lead": {
            "fi": "Toimintaohjelman valtakunnalliset ja alueelliset kehittämishankkeet.",
            "sv": "Åtgärdsprogrammets nationella och regionala utvecklingsprojekt.",
            "en": "The programme's national and regional development projects.",
        },
    },
}

# The demo illustrations (demo.images) that projects, every other news item and every other event show, in turn.
ILLUSTRATIONS = ["homes", "meeting", "path"]


def stream(blocks):
    """content.py's [("heading", text), ("paragraph", html)] as StreamField JSON."""
    return json.dumps([{"type": kind, "value": value} for kind, value in blocks])


def dated(spec, calendar):
    """A news spec whose date is one of the calendar's and whose texts name its dates ({municipal_survey_due} …)."""
    texts = {lang: calendar.texts(lang) for lang in spec["title"]}
    return {
        **spec,
        "date": calendar.dates[spec["date_of"]].isoformat(),
        "lead": {lang: text.format(**texts[lang]) for lang, text in spec["lead"].items()},
        "body": [
            (kind, {lang: text.format(**texts[lang]) for lang, text in value.items()}) for kind, value in spec["body"]
        ],
    }


def localized_blocks(blocks, lang):
    return [(kind, value[lang]) for kind, value in blocks]


class DemoLoader:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.created = 0
        self.today = timezone.localdate()
        self.calendar = Calendar(self.today)
        self.images = None

    def log(self, message):
        if self.stdout:
            self.stdout.write(message)

    @transaction.atomic
    def load(self):
        import_municipalities()
        self.locales = {lang: Locale.objects.get_or_create(language_code=lang)[0] for lang in LANGUAGES}
        self.organisations = self.load_organisations()
        home = self.load_home()
        programme = self.load_programme(home)
        self.projects = self.load_projects(home)
        self.load_news(home)
        self.load_events(home)
        for spec in content.STANDARD_PAGES:
            in_programme = spec.get("section") == "programme"
            self.page(
                programme if in_programme else home,
                StandardPage,
                spec,
                lambda lang, s=spec: {
                    "lead": s["lead"][lang],
                    "body": stream(localized_blocks(s["body"], lang)),
                    "show_in_menus": True,
                },
            )
        self.load_accessibility(home)
        spec = content.PRIVACY
        self.page(
            home,
            PrivacyNoticePage,
            spec,
            lambda lang: {"lead": "", "body": stream(localized_blocks(spec["body"], lang))},
        )
        load_surveys(self, home)
        load_working_groups()
        load_indicators()
        load_results_page(self, home)
        return self.created

    # Organisations: a translatable snippet, one row per language sharing a translation key.
    def load_organisations(self):
        organisations = {}
        municipalities = dict(Municipality.objects.values_list("code", "pk"))
        for spec in content.ORGANISATIONS:
            fi = Organisation.objects.filter(locale=self.locales["fi"], name=spec["name"]["fi"]).first()
            if fi is None:
                fi = Organisation.objects.create(
                    locale=self.locales["fi"],
                    name=spec["name"]["fi"],
                    abbreviation=spec["abbreviation"]["fi"],
                    kind=spec["kind"],
                    website=spec["url"],
                    municipality_id=municipalities.get(spec.get("municipality_code")),
                )
                self.created += 1
            by_lang = {"fi": fi}
            for lang in TRANSLATIONS:
                translation = fi.get_translation_or_none(self.locales[lang])
                if translation is None:
                    translation = fi.copy_for_translation(self.locales[lang])
                    translation.name = spec["name"][lang]
                    translation.abbreviation = spec["abbreviation"][lang]
                    translation.save()
                    self.created += 1
                by_lang[lang] = translation
            organisations[spec["key"]] = by_lang
        return organisations

    # Pages: created in Finnish, then in Swedish and English as translations (same translation key) under the
    # parent's translation. `fields(lang)` gives the language's field values.
    def page(self, parent, model, spec, fields):
        """The page with this slug under `parent` (a {lang: page} dict) in each language, created if missing."""
        pages = {}
        for lang in spec["title"]:  # Finnish first, then the languages the spec has texts in
            if lang == "fi":
                page = (
                    model.objects.filter(locale=self.locales["fi"], slug=spec["slug"]["fi"])
                    .child_of(parent["fi"])
                    .first()
                )
            else:
                page = pages["fi"].get_translation_or_none(self.locale(lang))
            if page is None:
                page = self.create(
                    parent[lang],
                    model,
                    lang,
                    spec["title"][lang],
                    spec["slug"][lang],
                    fields(lang),
                    translation_of=pages.get("fi"),
                )
            pages[lang] = page.specific
        return pages

    def illustrated(self, name, lang):
        """A page's image fields: one of the demo's illustrations (demo.images) with its description, or none."""
        if name is None:
            return {}
        if self.images is None:
            self.images = demo_images()
        return {"image": self.images[name], "image_alt": ALT[name][lang]}

    def home(self, lang, spec, slug, body="[]", translation_of=None):
        """The home page of a language: the root of its tree (surveys in other languages need one too)."""
        page = HomePage.objects.filter(locale=self.locale(lang)).first()
        if page is None:
            fields = {"hero_title": spec["hero_title"][lang], "hero_text": spec["hero_text"][lang], "body": body}
            page = self.create(
                Page.get_first_root_node(), HomePage, lang, spec["title"][lang], slug, fields, translation_of
            )
        return page.specific

    def locale(self, lang):
        if lang not in self.locales:
            self.locales[lang] = Locale.objects.get_or_create(language_code=lang)[0]
        return self.locales[lang]

    def create(self, parent, model, lang, title, slug, fields, translation_of=None):
        tags = fields.pop("tags", [])  # a tag manager cannot be given to the constructor
        page = model(title=title, slug=slug, locale=self.locale(lang), **fields)
        if tags:
            page.tags.add(*tags)
        if translation_of is not None:
            page.translation_key = translation_of.translation_key
        parent.add_child(instance=page)
        page.save_revision().publish()
        page.refresh_from_db()  # publishing updates the database row (live revision), not this instance
        self.created += 1
        return page

    def load_home(self):
        spec = content.HOME
        home = {}
        if not HomePage.objects.exists():
            # Wagtail's "Welcome" placeholder (slug "home") goes; so does the default Site pointing at it.
            for placeholder in Page.objects.filter(
                depth=2, content_type__model="page", content_type__app_label="wagtailcore"
            ):
                placeholder.delete()
        slugs = {"fi": "etusivu", "sv": "startsida", "en": "home"}
        for lang in LANGUAGES:
            body = stream(localized_blocks(spec["body"], lang))
            home[lang] = self.home(lang, spec, slugs[lang], body, translation_of=home.get("fi"))
        if not Site.objects.filter(is_default_site=True).exists():
            # Absolute links (feeds, calendar, API, sitemap) use the site's address: that of WAGTAILADMIN_BASE_URL.
            base = urlparse(settings.WAGTAILADMIN_BASE_URL)
            port = base.port or (443 if base.scheme == "https" else 80)
            Site.objects.create(
                is_default_site=True, hostname=base.hostname, port=port, site_name="Kuntaan", root_page=home["fi"]
            )
        return home

    def load_programme(self, home):
        spec = content.PROGRAMME

        def items(kind, lang):
            return json.dumps(
                [
                    {
                        "type": kind,
                        "value": {
                            "code": i["code"],
                            "title": i["title"][lang],
                            "description": f"<p>{i['description'][lang]}</p>",
                        },
                    }
                    for i in spec["goals" if kind == "goal" else "means"]
                ]
            )

        return self.page(
            home,
            ProgrammePage,
            spec,
            lambda lang: {
                "lead": spec["lead"][lang],
                "decision_reference": spec["decision_reference"],
                "period_start": datetime.date.fromisoformat(spec["period_start"]),
                "period_end": datetime.date.fromisoformat(spec["period_end"]),
                "goals": items("goal", lang),
                "means": items("means", lang),
                "target_group": spec["target_group"][lang],
                "organisation": spec["organisation"][lang],
                "funding": spec["funding"][lang],
                "evaluation": spec["evaluation"][lang],
                "steering_group_intro": spec["steering_group_intro"][lang],
                "chair_name": spec["chair"]["name"],
                "chair_title": spec["chair"]["title"][lang],
                "vice_chair_name": spec["vice_chair"]["name"],
                "vice_chair_title": spec["vice_chair"]["title"][lang],
                "steering_group_members": [
                    SteeringGroupMember(
                        sort_order=order,
                        organisation=self.organisations[member["organisation"]][lang],
                        member=member["member"][lang],
                        deputy=member["deputy"][lang],
                    )
                    for order, member in enumerate(content.STEERING_GROUP)
                ],
                "show_in_menus": True,
            },
        )

    def load_projects(self, home):
        index = self.page(
            home,
            ProjectIndexPage,
            INDEXES["projects"],
            lambda lang: {"lead": INDEXES["projects"]["lead"][lang], "show_in_menus": True},
        )
        goals = {g.code: g for g in ProgrammeGoal.objects.all()}
        means = {m.code: m for m in ProgrammeMeans.objects.all()}
        municipalities = {m.code: m for m in Municipality.objects.all()}
        regions = {a.code: a for a in Area.objects.filter(kind=AreaKind.REGION)}
        projects = {}
        for number, spec in enumerate(content.PROJECTS):
            illustration = ILLUSTRATIONS[number % len(ILLUSTRATIONS)]
            projects[spec["key"]] = self.page(
                index,
                ProjectPage,
                spec,
                lambda lang, s=spec, illustration=illustration: {
                    **self.illustrated(illustration, lang),
                    "lead": s["lead"][lang],
                    "implementer": self.organisations[s["implementer"]][lang],
                    "partners": [self.organisations[key][lang] for key in s["partners"]],
                    "municipalities": [municipalities[code] for code in s["municipalities"]],
                    "regions": [regions[code] for code in s["regions"]],
                    "goals": [goals[code] for code in s["goals"]],
                    "means": [means[code] for code in s["means"]],
                    "funding_eur": s["funding_eur"],
                    "start_date": datetime.date.fromisoformat(s["start"]),
                    "end_date": datetime.date.fromisoformat(s["end"]),
                    "status": s["status"],
                    "contact_name": s["contact_name"][lang],
                    "contact_email": s["contact_email"],
                    "body": stream(localized_blocks(s["body"], lang)),
                    "results": stream(localized_blocks(s["results"], lang)),
                },
            )
        return projects

    def load_news(self, home):
        index = self.page(
            home,
            NewsIndexPage,
            INDEXES["news"],
            lambda lang: {"lead": INDEXES["news"]["lead"][lang], "show_in_menus": True},
        )
        for number, spec in enumerate(content.NEWS):
            illustration = ILLUSTRATIONS[number % len(ILLUSTRATIONS)] if number % 2 == 0 else None
            if "date_of" in spec:  # an item about the demo's calendar: its date and texts follow it
                spec = dated(spec, self.calendar)
            self.page(
                index,
                NewsPage,
                spec,
                lambda lang, s=spec, illustration=illustration: {
                    **self.illustrated(illustration, lang),
                    "date": datetime.date.fromisoformat(s["date"]),
                    "lead": s["lead"][lang],
                    "body": stream(localized_blocks(s["body"], lang)),
                    "tags": [tag[lang] for tag in s["tags"]],
                    "related_projects": [
                        NewsPageRelatedProject(project=self.projects[key][lang]) for key in s["related_projects"]
                    ],
                },
            )

    def load_events(self, home):
        index = self.page(
            home,
            EventIndexPage,
            INDEXES["events"],
            lambda lang: {"lead": INDEXES["events"]["lead"][lang], "show_in_menus": True},
        )
        for number, spec in enumerate(content.EVENTS):
            illustration = ILLUSTRATIONS[number % len(ILLUSTRATIONS)] if number % 2 == 0 else None
            if "date_of" in spec:
                day = self.calendar.dates[spec["date_of"]]
            else:
                day = self.today + datetime.timedelta(days=spec["days_from_today"])
            start = timezone.make_aware(datetime.datetime.combine(day, datetime.time.fromisoformat(spec["start_time"])))
            self.page(
                index,
                EventPage,
                spec,
                lambda lang, s=spec, start=start, illustration=illustration: {
                    **self.illustrated(illustration, lang),
                    "start": start,
                    "end": start + datetime.timedelta(hours=s["duration_hours"]),
                    "online": s["online"],
                    "location": s["location"][lang] if s["location"] else "",
                    "registration_url": s["registration_url"],
                    "lead": s["lead"][lang],
                    "body": stream(localized_blocks(s["body"], lang)),
                },
            )

    def load_accessibility(self, home):
        spec = content.ACCESSIBILITY
        self.page(
            home,
            AccessibilityStatementPage,
            spec,
            lambda lang: {
                "conformance": spec["conformance"],
                "prepared": datetime.date.fromisoformat(spec["prepared"]),
                "reviewed": datetime.date.fromisoformat(spec["reviewed"]),
                "feedback_email": spec["feedback_email"],
                "intro": spec["intro"][lang],
                "non_accessible": spec["non_accessible"][lang],
                "feedback": spec["feedback"][lang],
                "enforcement": spec["enforcement"][lang],
            },
        )
