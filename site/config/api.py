"""The headless API: Wagtail API v2 at /api/v2/ (pages, images, documents) and its OpenAPI 3 description."""

from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.views.decorators.cache import cache_control
from rest_framework import status
from rest_framework.response import Response
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from projects.filters import ProjectFilterSet
from projects.models import ProjectPage

from .openapi import openapi_document

PROJECT_FILTERS = frozenset(ProjectFilterSet.base_filters)


class PagesViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint, plus the project filters and prefetching so that listings take a fixed
    number of queries whatever their length."""

    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(PROJECT_FILTERS)

    def get_queryset(self):
        queryset = super().get_queryset()
        project_params = {k: v for k, v in self.request.GET.items() if k in PROJECT_FILTERS}
        if queryset.model is ProjectPage:
            queryset = queryset.with_listing_data()
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

    def handle_exception(self, exc):
        # A malformed value for a typed field filter (?start_date=yesterday) reaches the database layer as a
        # ValidationError: it is the client's mistake, so a 400 with the message, not a 500.
        if isinstance(exc, ValidationError):
            return Response({"message": " ".join(exc.messages)}, status=status.HTTP_400_BAD_REQUEST)
        return super().handle_exception(exc)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)


@cache_control(public=True, max_age=3600)
def openapi_view(request):
    return JsonResponse(openapi_document(request.build_absolute_uri("/api/v2/")), json_dumps_params={"indent": 2})
