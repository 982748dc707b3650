"""The roles of the network, as Django groups, and what each may do in Wagtail."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    OFFICER = "Officer", _("Officer")
    FOCAL_POINT = "Country focal point", _("Country focal point")
    AUTHOR = "Author", _("Author")
    REVIEWER = "Reviewer", _("Reviewer")
    ORGANIZER = "Organizer", _("Organizer")
    ADMINISTRATOR = "Administrator", _("Administrator")


# Roles that can change other people's data: their accounts must use a second factor.
STAFF_ROLES = frozenset({Role.FOCAL_POINT, Role.AUTHOR, Role.REVIEWER, Role.ORGANIZER, Role.ADMINISTRATOR})

# Roles that open the Wagtail admin.
ADMIN_ACCESS_ROLES = frozenset({Role.AUTHOR, Role.REVIEWER, Role.ORGANIZER, Role.ADMINISTRATOR, Role.FOCAL_POINT})
