from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import routes
from core.page_cache import public
from core.signin import ThrottledLoginView, throttled_page_password
from pages.sitemap import AllLanguagesSitemap
from pages.views import search
from results.published import snapshot_csv

from .api import api_router, openapi_view
from .views import favicon, robots_txt

urlpatterns = [
    path("admin/login/", ThrottledLoginView.as_view(), name="kuntaan_admin_login"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/openapi.json", openapi_view, name="openapi"),
    path("api/v2/results/<int:pk>/csv/", snapshot_csv, name="published_result_csv"),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", public(sitemap), {"sitemaps": {"pages": AllLanguagesSitemap}}),
    path("robots.txt", robots_txt),
    path("favicon.ico", favicon),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", search, name="search"),
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        throttled_page_password,
        name="kuntaan_page_password",
    ),
    path("", include("surveys.urls")),
    path("", include(routes)),  # Wagtail's own, with the page of an address found from memory
)

handler400 = "config.views.bad_request"
handler500 = "config.views.server_error"
