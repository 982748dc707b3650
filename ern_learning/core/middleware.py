from csp.middleware import CSPMiddleware
from django.http import Http404, HttpRequest
from django.http.response import HttpResponseBase


class OutOfRangeIdMiddleware:
    """An id too large for the database (SQLite raises OverflowError past 2**63) is simply not found."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, OverflowError):
            raise Http404 from exception
        return None


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's policy everywhere, strict: no inline scripts on any page officers and visitors see.

    The one exception is the Wagtail admin behind its sign-in (staff only, with MFA): Wagtail 8 still
    initialises choosers and inline panels with inline <script> elements (wagtail/wagtail#1288, #12940),
    so admin pages also allow inline scripts — still only from this site, never another host.
    """

    ADMIN_PREFIX = "/admin/"

    def process_response(self, request: HttpRequest, response: HttpResponseBase) -> HttpResponseBase:
        user = getattr(request, "user", None)
        if request.path.startswith(self.ADMIN_PREFIX) and user is not None and user.is_authenticated:
            response._csp_update = {"script-src": ["'unsafe-inline'"]}
        return super().process_response(request, response)
