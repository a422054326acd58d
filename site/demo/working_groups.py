"""The demo's thematic working groups, with the surveys (or questions) assigned to them, in Finnish, Swedish and
English. Their members are the local demo users (`ensure_demo_users`), not made here."""

from wagtail.models import Locale

from results.models import Assignment, WorkingGroup

GROUPS = [
    {
        "name": {
            "fi": "Vastaanoton ja alkuvaiheen kotoutumisen työryhmä",
            "sv": "Arbetsgruppen för mottagande och integration i det inledande skedet",
            "en": "Working group on reception and early integration",
        },
        "theme": {"fi": "Vastaanotto", "sv": "Mottagande", "en": "Reception"},
        "description": {
            "fi": "Seuraa osallistujien palautetta vastaanoton palveluista ja kotoutumisen tuesta.",
            "sv": "Följer deltagarnas respons om mottagandets tjänster och stödet för integration.",
            "en": "Follows participants' feedback on reception services and support for integration.",
        },
        "assignments": [("palaute", "info_clear services had_interpreter feel_welcome activity_helpful helped_most")],
    },
    {
        "name": {
            "fi": "Kuntapaikkojen työryhmä",
            "sv": "Arbetsgruppen för kommunplatser",
            "en": "Working group on municipal places",
        },
        "theme": {"fi": "Kuntiin ohjaaminen", "sv": "Anvisning till kommuner", "en": "Placement"},
        "description": {
            "fi": "Seuraa kuntakyselyn tuloksia kuntapaikoista ja niiden esteistä.",
            "sv": "Följer kommunenkätens resultat om kommunplatser och hindren för dem.",
            "en": "Follows the municipal survey's results on municipal places and what stands in their way.",
        },
        "assignments": [("kuntakysely", "")],
    },
]
FIRST_GROUP = GROUPS[0]["name"]["fi"]


def load_working_groups():
    for spec in GROUPS:
        if WorkingGroup.objects.filter(name=spec["name"]["fi"]).exists():
            continue
        finnish = None
        for lang in ("fi", "sv", "en"):
            fields = {key: spec[key][lang] for key in ("name", "theme", "description")}
            locale = Locale.objects.get(language_code=lang)
            if finnish is None:
                finnish = WorkingGroup.objects.create(locale=locale, **fields)
                for series, questions in spec["assignments"]:
                    Assignment.objects.create(group=finnish, series=series, questions=questions)
            else:
                WorkingGroup.objects.create(locale=locale, translation_key=finnish.translation_key, **fields)
