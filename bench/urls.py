from django.http import HttpResponse
from django.urls import path

from ern_learning.urls import urlpatterns as project_urlpatterns


def ok(request):
    """The ceiling: the cheapest Django response this server can give."""
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/ok", ok), *project_urlpatterns]
