from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "ern_learning.accounts"
    label = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from . import audit

        audit.connect()
