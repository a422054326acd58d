"""Every admin URL, taken from the URL resolver with its parameters filled with real ids, opened by every role:
the status each gets is the one written down in admin_matrix.py. A new admin view (ours or a package's) is not
in that table, and fails here until someone has decided who may open it."""

import re

import pytest
import wagtail_factories
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.sessions.backends.cache import SessionStore
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from wagtail.admin.models import EditingSession
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents.models import Document
from wagtail.models import Collection, Locale, Page, Site, Task, UploadedFile, Workflow
from wagtail_localize.models import OverridableSegment, StringSegment, Translation, TranslationSource

from reference.models import Organisation
from results.models import Indicator, WorkingGroup
from surveys.models import AccessCodeBatch, Audience, SurveyPage
from tests.factories import ExportFactory, UserFactory

from .admin_matrix import EXPECTED, POST_ONLY, ROLES

pytestmark = pytest.mark.django_db


def admin_patterns():
    """(name, route, parameter names) of every URL pattern under /admin/, in the resolver's order."""
    found = []

    def walk(patterns, prefix, namespace):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = f"{namespace}:{pattern.namespace}" if namespace and pattern.namespace else pattern.namespace
                walk(pattern.url_patterns, prefix + str(pattern.pattern), inner or namespace)
            elif isinstance(pattern, URLPattern):
                route = prefix + str(pattern.pattern)
                name = f"{namespace}:{pattern.name}" if namespace and pattern.name else pattern.name or ""
                params = re.findall(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>", route)
                found.append((name, route, [a or b for a, b in params]))

    walk(get_resolver().url_patterns, "/", "")
    return [(name, route, params) for name, route, params in found if route.startswith("/admin/")]


def key(name, route):
    """A pattern's name in the table: its URL name, and its route where the name is shared or missing."""
    return name if name and not name.endswith(AMBIGUOUS) else f"{name} {route}"


# Names that several patterns share (the route tells them apart), and patterns without a name.
AMBIGUOUS = ("wagtailadmin_workflows:remove", "wagtailsettings:edit", "wagtail_localize:preview_translation")


@pytest.fixture
def ids(django_user_model):
    """Real objects of every kind an admin URL names."""
    surveys = SurveyPage.objects.filter(round_year=2026, locale__language_code="fi")
    municipality_survey = surveys.get(audience=Audience.MUNICIPALITIES)
    participant_survey = surveys.get(audience=Audience.PARTICIPANTS)
    superuser = django_user_model.objects.create_superuser("matrix-admin", "a@example.fi", "pw")
    page = municipality_survey
    image = wagtail_factories.ImageFactory()
    document = Document.objects.create(title="Liite", file=image.file)
    workflow = Workflow.objects.first()
    page.save_revision(user=superuser)
    workflow_state = workflow.start(page, superuser)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=Locale.objects.get(language_code="uk"))
    translation.save_target(user=superuser)
    session = EditingSession.objects.create(
        user=superuser,
        content_type=page.content_type,
        object_id=str(page.pk),
        last_seen_at=page.latest_revision.created_at,
    )
    uploaded = UploadedFile.objects.create(file=image.file, uploaded_by_user=superuser)
    redirect = Redirect.objects.create(old_path="/vanha", redirect_link="https://example.fi/")
    batch = AccessCodeBatch.objects.create(survey=participant_survey, label="Ryhmä")
    export = ExportFactory(user=superuser, survey=participant_survey)
    return {
        "export": export.pk,
        "indicator": Indicator.objects.create(
            locale=Locale.get_default(),
            code="i",
            name="I",
            kind="output",
            goal="placement",
            series="s",
            measure="sum",
            question="q",
        ).pk,
        "superuser": superuser,
        "page": page.pk,
        "revision": page.latest_revision_id,
        "image": image.pk,
        "document": document.pk,
        "collection": Collection.get_first_root_node().pk,
        "workflow": workflow.pk,
        "task": Task.objects.first().pk,
        "task_state": workflow_state.current_task_state.pk,
        "workflow_state": workflow_state.pk,
        "translation": translation.pk,
        "translation_source": source.pk,
        "string_segment": StringSegment.objects.filter(source=source).first().pk,
        "overridable_segment": (
            OverridableSegment.objects.filter(source=source).first() or StringSegment.objects.first()
        ).pk,
        "session": session.pk,
        "uploaded": uploaded.pk,
        "redirect": redirect.pk,
        "user": superuser.pk,
        "group": Group.objects.get(name="Editors").pk,
        "locale": Locale.objects.get(language_code="fi").pk,
        "site": Site.objects.first().pk,
        "organisation": Organisation.objects.first().pk,
        "survey": municipality_survey.pk,
        "participant_survey": participant_survey.pk,
        "batch": batch.pk,
        "working_group": WorkingGroup.objects.create(name="Ryhmä", locale=Locale.get_default()).pk,
        "home": Page.objects.get(depth=2, locale__language_code="fi").pk,
    }


def pk_for(name, ids):
    """The object a `pk` stands for, by the URL's namespace."""
    for prefix, kind in [
        ("wagtailadmin_collections", "collection"),
        ("wagtailadmin_workflows:edit_task", "task"),
        ("wagtailadmin_workflows:disable_task", "task"),
        ("wagtailadmin_workflows:enable_task", "task"),
        ("wagtailadmin_workflows", "workflow"),
        ("wagtailadmin_api:pages", "page"),
        ("wagtailadmin_api:documents", "document"),
        ("wagtailadmin_api:images", "image"),
        ("wagtailadmin_pages:revisions_compare", "page"),
        ("wagtailsnippets_reference_organisation", "organisation"),
        ("wagtailsnippetchoosers_reference_organisation", "organisation"),
        ("wagtail_localize:submit_snippet_translation", "organisation"),
        ("wagtail_localize:snippets_api_detail", "organisation"),
        ("wagtaillocales", "locale"),
        ("wagtailsites", "site"),
        ("wagtailsettings", "site"),  # no settings models here: a 404 for everyone allowed in
        ("wagtailusers_users", "user"),
        ("wagtailusers_groups", "group"),
        ("wagtaildocs_chooser", "document"),
        ("wagtailimages_chooser", "image"),
        ("survey_status", "survey"),
        ("survey_definition", "participant_survey"),
        ("survey_translations", "participant_survey"),
        ("survey_trial", "participant_survey"),
        ("survey_access_codes", "participant_survey"),
        ("survey_codes_print", "batch"),
        ("results_exports", "participant_survey"),
        ("results_export", "export"),
        ("results_", "participant_survey"),
        ("wagtailsnippets_results_workinggroup", "working_group"),
        ("wagtailsnippets_results_indicator", "indicator"),
        ("wagtailsnippetchoosers_results_indicator", "indicator"),
        ("wagtailsnippetchoosers_results_workinggroup", "working_group"),
    ]:
        if name.startswith(prefix):
            return ids[kind]
    raise AssertionError(f"no object for pk in {name}")


def value(name, param, ids):
    snippets = name.startswith(("wagtail_localize:snippets", "wagtail_localize:submit_snippet", "wagtailsnippet"))
    by_param = {
        "page_id": ids["page"],
        "parent_page_id": ids["home"],
        "page_to_move_id": ids["page"],
        "page_pk": ids["page"],
        "destination_id": ids["home"],
        "revision_id": ids["revision"],
        "revision_id_a": "earliest",
        "revision_id_b": "latest",
        "image_id": ids["image"],
        "document_id": ids["document"],
        "doc_id": ids["document"],
        "collection_id": ids["collection"],
        "workflow_pk": ids["workflow"],
        "task_id": ids["task"],
        "task_state_id": ids["task_state"],
        "workflow_state_id": ids["workflow_state"],
        "translation_id": ids["translation"],
        "translation_source_id": ids["translation_source"],
        "string_segment_id": ids["string_segment"],
        "overridable_segment_id": ids["overridable_segment"],
        "session_id": ids["session"],
        "uploaded_file_id": ids["uploaded"],
        "redirect_id": ids["redirect"],
        "variable": "anything_else",
        "object_id": ids["page"],
        "content_type_app_name": "pages",
        "content_type_model_name": "standardpage",
        "app_label": "reference" if snippets else "wagtailcore",
        "model_name": "organisation" if snippets else "page",
        "app_name": "taggit",
        "action": "delete",
        "action_name": "approve" if "workflow" in name else "copy",
        "filter_spec": "original",
        "mode": "desktop",
        "uidb64": "MQ",
        "token": "set-password",
        "step": "0",
    }
    if param == "pk":
        return pk_for(name, ids)
    if name == "wagtailsettings:edit" and param in ("app_name", "model_name"):
        return {"app_name": "pages", "model_name": "nosuchsetting"}[param]
    if name.startswith("wagtailadmin_tag_model_autocomplete") and param == "model_name":
        return "newspage"
    if name.startswith("wagtailadmin_tag_model_autocomplete") and param == "app_name":
        return "pages"
    return by_param[param]


def url_of(name, route, params, ids):
    if not name:  # unnamed: a fixed test page, and the admin's catch-all for unknown addresses
        return route.replace("^.*/$", "no-such-admin-page/")
    return reverse(name, kwargs={param: value(name, param, ids) for param in params})


def clients(ids):
    """A logged-in test client per role (the anonymous one logs in nowhere)."""
    users = {
        "plain": UserFactory(),
        "staff": UserFactory(is_staff=True),
        "Editors": UserFactory(groups=["Editors"]),
        "Moderators": UserFactory(groups=["Moderators"]),
        "Survey managers": UserFactory(groups=["Survey managers"]),
        "superuser": ids["superuser"],
    }
    by_role = {"anonymous": Client(raise_request_exception=False)}
    for role, user in users.items():
        by_role[role] = Client(raise_request_exception=False)
        by_role[role].force_login(user)
    return by_role


def status(client, url):
    """The status of a GET by `client`, which stays logged in: Wagtail's logout answers a GET with a 405 but
    deletes the session cookie all the same."""
    cookie = client.cookies.get(settings.SESSION_COOKIE_NAME)
    response = client.get(url)
    if cookie is not None:
        client.cookies[settings.SESSION_COOKIE_NAME] = cookie.value
    return response.status_code


def test_every_admin_url_is_in_the_table():
    found = {key(name, route) for name, route, _params in admin_patterns()}
    assert len(found) > 200
    assert not found - set(EXPECTED), "admin URLs nobody has decided on (add them to admin_matrix.py, with the "
    f"statuses the role tests below print): {sorted(found - set(EXPECTED))}"
    assert not set(EXPECTED) - found, f"gone from the admin: {sorted(set(EXPECTED) - found)}"


@pytest.mark.parametrize("role", ROLES)
def test_every_admin_url_gives_every_role_the_status_decided_for_it(ids, role):
    """One role at a time (the roles' walks run side by side on pytest's workers)."""
    client = clients(ids)[role]
    column = ROLES.index(role)
    wrong = []
    for name, route, params in admin_patterns():
        table_key = key(name, route)
        expected = EXPECTED[table_key].split()[column] if table_key in EXPECTED else "(not in the table)"
        actual = str(status(client, url_of(name, route, params, ids)))
        if actual != expected:
            wrong.append(f"{table_key}: expected {expected}, got {actual}")
    assert not wrong, f"as {role}:\n" + "\n".join(wrong)


def test_the_matrix_keeps_its_promises():
    """What the table must say whatever else changes: the admin is closed to anyone without admin access, and
    survey administration is the Survey managers' (and superusers') alone."""
    public = {"kuntaan_admin_login", "wagtailadmin_login", "wagtailadmin_password_reset"}
    public |= {"wagtailadmin_password_reset_done"}
    public |= {"wagtailadmin_password_reset_complete", "wagtailadmin_password_reset_confirm", "wagtailadmin_sprite"}
    public |= {"wagtailadmin_javascript_catalog", "wagtail_localize:javascript_catalog"}
    for table_key, statuses in EXPECTED.items():
        by_role = dict(zip(ROLES, statuses.split(), strict=True))
        if table_key.split(" ")[0] in public:
            continue
        for role in ("anonymous", "plain", "staff"):
            assert by_role[role] in ("302", "404") or table_key.startswith(" "), (table_key, role)
        if table_key.startswith("survey_"):
            assert by_role["Editors"] == by_role["Moderators"] == "403", table_key
            allowed = "302" if table_key == "survey_trial_start" else "200"  # a redirect to the first step
            assert by_role["Survey managers"] == by_role["superuser"] == allowed, table_key


def test_survey_administration_urls_are_all_in_the_table():
    names = {key(name, route) for name, route, _params in admin_patterns()}
    ours = {name for name in names if name.startswith("survey_")}
    assert ours == {
        "survey_status_index",
        "survey_status",
        "survey_access_codes",
        "survey_codes_print",
        "survey_definition",
        "survey_definition_import",
        "survey_translations",
        "survey_trial_start",
        "survey_trial",
    }


def test_a_participants_survey_has_no_board(client, ids):
    """The board of a participants' survey does not exist (it has access codes instead): 404 for managers."""
    client.force_login(UserFactory(groups=["Survey managers"]))
    assert client.get(f"/admin/survey-status/{ids['participant_survey']}/").status_code == 404


@pytest.mark.parametrize("role", ROLES)
def test_every_post_only_admin_url_gives_every_role_the_status_decided_for_it(ids, role):
    """Views that answer a GET with 405 act on a POST: posted (with nothing in it) by every role, each gets the
    status decided in admin_matrix.POST_ONLY, so that a new action without a permission check fails here."""
    client = clients(ids)[role]
    column = ROLES.index(role)
    actual = {}
    for name, route, params in admin_patterns():
        table_key = key(name, route)
        if EXPECTED.get(table_key, "-").split()[-1] != "405":
            continue
        actual[table_key] = str(fresh(client).post(url_of(name, route, params, ids)).status_code)
    expected = {table_key: statuses.split()[column] for table_key, statuses in POST_ONLY.items()}
    assert actual == expected, f"as {role}: " + ", ".join(
        f"{k} {v} (decided: {expected.get(k, 'nothing')})" for k, v in actual.items() if expected.get(k) != v
    )


def fresh(client):
    """A client signed in as `client` is, for one request (a POST may sign out, as logout does)."""
    other = Client(raise_request_exception=False)
    cookie = client.cookies.get(settings.SESSION_COOKIE_NAME)
    if cookie is not None:
        user = SessionStore(session_key=cookie.value).get("_auth_user_id")
        other.force_login(get_user_model().objects.get(pk=user))
    return other
