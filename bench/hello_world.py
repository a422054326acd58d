"""A hello-world Django project in one module: no apps, no middleware, one view. The server benchmark serves it
under the same gunicorn settings as the site (site/config/gunicorn.py), as the floor a cached page is measured
against: what Django under gunicorn costs before the site does anything.

    DJANGO_SETTINGS_MODULE=hello_world gunicorn -c site/config/gunicorn.py hello_world:application"""

from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

SECRET_KEY = "hello-world-benchmark-only"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = __name__
INSTALLED_APPS = []
MIDDLEWARE = []
USE_TZ = True


def hello(request):
    return HttpResponse("Hello, world")


urlpatterns = [path("", hello)]
application = get_wsgi_application()
