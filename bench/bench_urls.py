"""The site's URLs plus the baseline the survey benchmarks are measured against: a bare Django view doing one
SELECT and one INSERT on the same database."""

from django.http import HttpResponse
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns
from surveys.models import Answer, SurveyResponse


def bare(request):
    """Posted to, so that the page cache never answers for it."""
    response_id = SurveyResponse.objects.values_list("pk", flat=True).first()
    Answer.objects.create(response_id=response_id, question="bench")
    return HttpResponse("ok")


urlpatterns = [path("bench/bare/", bare), *site_urlpatterns]
