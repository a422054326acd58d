"""The site's URLs plus what the benchmarks are measured against: a bare Django view doing one SELECT and one
INSERT on the same database, and the peer site's API (pagepeer)."""

from django.http import HttpResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from pagepeer.urls import urlpatterns as peer_urlpatterns

from config.urls import urlpatterns as site_urlpatterns
from surveys.models import Answer, SurveyResponse


@csrf_exempt  # a floor: the survey's own posts carry a CSRF token and have it checked
def bare(request):
    """Posted to, so that the page cache never answers for it."""
    response_id = SurveyResponse.objects.values_list("pk", flat=True).first()
    Answer.objects.create(response_id=response_id, question="bench")
    return HttpResponse("ok")


urlpatterns = [path("bench/bare/", bare), *peer_urlpatterns, *site_urlpatterns]
