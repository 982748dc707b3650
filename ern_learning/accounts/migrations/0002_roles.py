"""Create the six roles of the network as groups, with their Wagtail permissions."""

from django.db import migrations

from ern_learning.accounts.migrations._permissions import ensure_permissions

ADMIN_ACCESS = ("wagtailadmin", "access_admin")

# Page permissions on the root page, inherited by every page below it.
PAGE_PERMISSIONS = {
    "Author": ["add_page", "change_page"],
    "Reviewer": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    "Organizer": ["add_page", "change_page", "publish_page"],
    "Administrator": ["add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"],
}
COLLECTION_PERMISSIONS = {
    "Author": [("wagtailimages", "add_image"), ("wagtailimages", "choose_image"), ("wagtaildocs", "add_document"), ("wagtaildocs", "choose_document")],
    "Reviewer": [("wagtailimages", "add_image"), ("wagtailimages", "change_image"), ("wagtailimages", "choose_image"), ("wagtaildocs", "add_document"), ("wagtaildocs", "change_document"), ("wagtaildocs", "choose_document")],
    "Organizer": [("wagtailimages", "add_image"), ("wagtailimages", "choose_image"), ("wagtaildocs", "add_document"), ("wagtaildocs", "change_document"), ("wagtaildocs", "choose_document")],
    "Administrator": [("wagtailimages", "add_image"), ("wagtailimages", "change_image"), ("wagtailimages", "delete_image"), ("wagtailimages", "choose_image"), ("wagtaildocs", "add_document"), ("wagtaildocs", "change_document"), ("wagtaildocs", "delete_document"), ("wagtaildocs", "choose_document")],
}
MODEL_PERMISSIONS = {
    "Administrator": [("accounts", "add_user"), ("accounts", "change_user"), ("accounts", "view_user"), ("auth", "view_group")],
}
ROLES = ["Officer", "Country focal point", "Author", "Reviewer", "Organizer", "Administrator"]
ADMIN_ROLES = ["Country focal point", "Author", "Reviewer", "Organizer", "Administrator"]


def create_roles(apps, schema_editor):
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    def permission(app_label, codename):
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    for name in ROLES:
        group, _created = Group.objects.get_or_create(name=name)
        if name in ADMIN_ROLES:
            group.permissions.add(permission(*ADMIN_ACCESS))
        for app_label, codename in MODEL_PERMISSIONS.get(name, []):
            group.permissions.add(permission(app_label, codename))
        if root_page is not None:
            for codename in PAGE_PERMISSIONS.get(name, []):
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root_page, permission=permission("wagtailcore", codename)
                )
        if root_collection is not None:
            for app_label, codename in COLLECTION_PERMISSIONS.get(name, []):
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission(app_label, codename)
                )


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
