from wagtail.documents.models import AbstractDocument

from ern_learning.accounts.models import User
from meetings.models import MeetingDocument, Registration, RegistrationStatus

from .access import can_view_registrations


def may_download_document(user: User, document: AbstractDocument) -> bool:
    """Documents of no meeting are not ours to guard; meeting documents need an approved seat or the organiser role."""
    meeting_ids = list(MeetingDocument.objects.filter(document=document).values_list("meeting_id", flat=True))
    if not meeting_ids:
        return True
    if not user.is_authenticated:
        return False
    if can_view_registrations(user):
        return True
    return Registration.objects.filter(meeting_id__in=meeting_ids, user=user, status=RegistrationStatus.APPROVED).exists()
