from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from .models import AuditEvent
from .permissions import ReadOnlyPermissionPolicy

register_permission_policy(AuditEvent, ReadOnlyPermissionPolicy(AuditEvent))


class AuditEventViewSet(ModelViewSet):
    model = AuditEvent
    icon = "history"
    menu_label = _("Audit log")
    menu_order = 900
    add_to_admin_menu = True
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["action"]  # never editable (see ReadOnlyPermissionPolicy); Wagtail requires a form
    list_display = ["created_at", "action", "actor_label", "target_label", "ip_address"]
    list_filter = ["action", "created_at"]
    search_fields = ["action", "actor_label", "target_label", "ip_address"]
    list_export = ["created_at", "action", "actor_label", "target_type", "target_id", "target_label", "ip_address", "details"]
    export_filename = "ern-audit-log"
    ordering = ["-created_at"]


@hooks.register("register_admin_viewset")
def register_audit_log():
    return AuditEventViewSet("audit_log")
