"""Shared by data migrations that grant permissions: Django creates them only after migrate ends."""


def ensure_permissions(apps) -> None:
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
