"""The headless API: Wagtail API v2 at /api/v2/ (pages, images, documents) and its OpenAPI 3 description."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import Http404, JsonResponse
from django.views.decorators.cache import cache_control
from rest_framework import status
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError, parse_fields_parameter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Locale, Page, Site

from core.page_cache import kept_until_published, request_site
from core.restrictions import restricted_paths, under_q
from projects.filters import ProjectFilterSet
from projects.models import ProjectPage, read_relations

from .openapi import openapi_document

PROJECT_FILTERS = frozenset(ProjectFilterSet.base_filters)
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
# Parameters that Wagtail reads as integers and hands to the database: beyond a database integer they would fail
# there (PostgreSQL: out of range) as a 500.
INTEGER_PARAMETERS = ("offset", "limit", "child_of", "descendant_of", "translation_of", "id")
LARGEST_INTEGER = 2**31 - 1


class CheckedParametersMixin:
    """What all three endpoints share: JSON only (Wagtail would add DRF's browsable HTML), `id` and `type`
    always in the answer (the OpenAPI description tells page types apart by meta.type), and no integer
    parameter (or id in the path) larger than the database holds: a 400 with a message for a parameter, a 404
    for an id."""

    renderer_classes = [JSONRenderer]

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        try:
            fields = parse_fields_parameter(request.GET.get("fields", ""))
        except ValueError:
            fields = []  # Wagtail answers the malformed parameter with its own 400
        named = {name for name, negated, _sub in fields if not negated}
        if any(negated and name in ("id", "type") for name, negated, _sub in fields) or (
            fields and fields[0][0] == "_" and not {"id", "type"} <= named
        ):
            raise BadRequestError("fields: id and type are always included")
        for name in INTEGER_PARAMETERS:
            value = request.GET.get(name, "")
            try:
                number = int(value)  # as Wagtail reads it: "+1", " 1 " and "1_000" are numbers too
            except ValueError:
                continue  # not a number: Wagtail answers it with its own 400
            if abs(number) > LARGEST_INTEGER:
                raise BadRequestError(f"{name}: {value.strip()} is larger than {LARGEST_INTEGER}")
        if kwargs.get("pk") is not None and int(kwargs["pk"]) > LARGEST_INTEGER:
            raise Http404

    def handle_exception(self, exc):
        # A malformed value for a typed field filter (?start_date=yesterday) reaches the database layer as a
        # ValidationError, a bad search operator as a ValueError: the client's mistake, so a 400, not a 500.
        if isinstance(exc, ValidationError):
            return Response({"message": " ".join(exc.messages)}, status=status.HTTP_400_BAD_REQUEST)
        if isinstance(exc, ValueError):  # e.g. ?search_operator=foo, raised by the search backend
            return Response({"message": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
        return super().handle_exception(exc)


class ImagesViewSet(CheckedParametersMixin, ImagesAPIViewSet):
    pass


class DocumentsViewSet(CheckedParametersMixin, DocumentsAPIViewSet):
    pass


class PagesViewSet(CheckedParametersMixin, PagesAPIViewSet):
    """Wagtail's pages endpoint, plus the project filters and prefetching so that listings take a fixed
    number of queries whatever their length."""

    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(PROJECT_FILTERS)

    def get_base_queryset(self):
        """Wagtail builds the public pages' queryset three times a listing (for the queryset, for the serializer's
        class and for its context), each time reading the view restrictions and the site's translations: here
        once a request (a viewset serves one request). A queryset is never changed in place, so sharing it is safe.
        """
        if not hasattr(self, "_base_queryset"):
            self._base_queryset = self._public_pages()
        return self._base_queryset

    def _public_pages(self):
        """What Wagtail's `get_public_pages_queryset` answers, the live pages under the request's site's root in
        any language, from what this process keeps until the next publish (core.page_cache): the site, and the
        paths of its root's translations. Where a page has a view restriction, or another site is asked for
        (?site=), Wagtail's own, which reads who may see what for this request."""
        site = request_site(self.request)
        if site is None or restricted_paths() or "site" in self.request.GET:
            return super().get_base_queryset()
        roots = kept_until_published(
            ("site roots", site.pk),
            lambda: tuple(site.root_page.get_translations(inclusive=True).values_list("path", flat=True)),
        )
        return Page.objects.live().filter(under_q(roots))

    def get_queryset(self):
        """Built once a request too: Wagtail asks for it again to find the serializer's page type."""
        if not hasattr(self, "_queryset"):
            self._queryset = self._filtered_queryset()
        return self._queryset

    def _filtered_queryset(self):
        locale = self.request.GET.get("locale")
        if locale is not None and locale not in LANGUAGE_CODES:
            raise BadRequestError(f"locale: {locale!r} is not one of {', '.join(LANGUAGE_CODES)}")
        queryset = super().get_queryset()
        project_params = {k: v for k, v in self.request.GET.items() if k in PROJECT_FILTERS}
        if queryset.model is ProjectPage:
            queryset = queryset.with_own_data()  # and its relations once paginated
            if project_params:
                filterset = ProjectFilterSet(project_params, queryset=queryset)
                if not filterset.is_valid():
                    raise BadRequestError(
                        "; ".join(f"{field}: {' '.join(msgs)}" for field, msgs in filterset.error_messages.items())
                    )
                queryset = filterset.qs
        elif project_params:
            raise BadRequestError(f"{', '.join(sorted(project_params))}: these filters need type=projects.ProjectPage")
        queryset = queryset.select_related("locale")
        return queryset.prefetch_related(*getattr(queryset.model, "api_prefetch_related", ()))

    def get_object(self):
        found = super().get_object()
        if isinstance(found, ProjectPage):
            read_relations([found])
        return found

    def paginate_queryset(self, queryset):
        """The page of the listing; a project's relations read for all its projects at once (read_relations)."""
        page = super().paginate_queryset(queryset)
        if page is not None and queryset.model is ProjectPage:
            page = list(page)
            read_relations(page)
        return page

    def filter_queryset(self, queryset):
        """A language of the site with no pages yet (no Locale) lists nothing, rather than Wagtail's 404."""
        try:
            return super().filter_queryset(queryset)
        except Http404:
            locale = self.request.GET.get("locale")
            if locale and not Locale.objects.filter(language_code=locale).exists():
                return queryset.none()
            raise

    def find_object(self, queryset, request):
        """?html_path= as the site shows it, with its language prefix (/sv/nyheter/)."""
        parts = [part for part in request.GET.get("html_path", "").split("/") if part]
        site = Site.find_for_request(request)
        if parts and parts[0] in LANGUAGE_CODES and site is not None:
            locale = Locale.objects.filter(language_code=parts[0]).first()
            root = (locale and site.root_page.get_translation_or_none(locale)) or site.root_page
            try:
                page, _args, _kwargs = root.specific.route(request, parts[1:])
            except Http404:
                return None
            return page if queryset.filter(id=page.id).exists() else None
        return super().find_object(queryset, request)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesViewSet)
api_router.register_endpoint("images", ImagesViewSet)
api_router.register_endpoint("documents", DocumentsViewSet)


@cache_control(public=True, max_age=3600)
def openapi_view(request):
    return JsonResponse(openapi_document(request.build_absolute_uri("/api/v2/")), json_dumps_params={"indent": 2})
