"""The meetings app in the Wagtail admin: the organisers' menu, buttons on meeting pages, private documents."""

from django.http import Http404
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from meetings import admin_urls
from meetings.models import MeetingPage
from meetings.selectors.access import can_view_registrations


@hooks.register("register_admin_urls")
def register_meetings_admin_urls():
    return [path("meetings/", include(admin_urls, namespace="meetings_admin"))]


class OrganiserMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_registrations(request.user)


@hooks.register("register_admin_menu_item")
def register_meetings_menu_item():
    return OrganiserMenuItem(_("Meetings"), reverse("meetings_admin:index"), icon_name="date", order=250)


def _registrations_button(page, user, priority):
    if page.specific_class is not None and issubclass(page.specific_class, MeetingPage) and can_view_registrations(user):
        return Button(
            _("Registrations"), reverse("meetings_admin:registrations", args=[page.pk]), icon_name="group", priority=priority
        )
    return None


@hooks.register("register_page_header_buttons")
def meeting_header_buttons(page, user, view_name, next_url=None):
    button = _registrations_button(page, user, priority=12)
    if button:
        yield button


@hooks.register("register_page_listing_more_buttons")
def meeting_listing_buttons(page, user, next_url=None):
    button = _registrations_button(page, user, priority=3)
    if button:
        yield button


@hooks.register("before_serve_document")
def protect_meeting_documents(document, request):
    """A document attached to a meeting goes only to its approved participants and to organisers."""
    from meetings.selectors.documents import may_download_document

    if not may_download_document(request.user, document):
        raise Http404
