"""The peer's headless API: Wagtail API v2's own pages endpoint (PagesAPIViewSet, which our config.api.PagesViewSet
extends), as the Wagtail documentation sets it up, at /peer-api/v2/. A page listing answers for the site of the
host it is asked on: ask it on the peer's (content.build's hostname)."""

from django.urls import path
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

api_router = WagtailAPIRouter("pagepeer_api")
api_router.register_endpoint("pages", PagesAPIViewSet)

urlpatterns = [path("peer-api/v2/", api_router.urls)]
