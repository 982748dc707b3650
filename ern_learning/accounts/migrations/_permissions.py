"""Shared by data migrations that grant permissions: Django creates them only after migrate ends."""


def ensure_permissions(apps) -> None:
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


Grants = dict[str, list[tuple[str, str]]]  # group name -> [(app label, permission codename)]


def grant_permissions(apps, grants: Grants) -> None:
    """Give each group its permissions (creating the group when missing)."""
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, permissions in grants.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *[Permission.objects.get(content_type__app_label=label, codename=codename) for label, codename in permissions]
        )


def revoke_permissions(apps, grants: Grants) -> None:
    """Undo `grant_permissions` (the groups themselves stay)."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=grants):
        for label, codename in grants[group.name]:
            group.permissions.remove(*Permission.objects.filter(content_type__app_label=label, codename=codename))


def permission_migration(grants: Grants):
    """The RunPython operation of a migration that grants `grants`, reversibly."""
    from django.db import migrations

    return migrations.RunPython(
        lambda apps, schema_editor: grant_permissions(apps, grants),
        lambda apps, schema_editor: revoke_permissions(apps, grants),
    )
