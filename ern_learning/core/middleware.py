from django.http import Http404


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
