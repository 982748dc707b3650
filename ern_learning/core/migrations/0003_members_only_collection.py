"""A "Members only" collection whose documents and images only signed-in members of a role can open."""

from django.db import migrations

ROLES = ["Officer", "Country focal point", "Author", "Reviewer", "Organizer", "Administrator"]
NAME = "Members only"


def create(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    CollectionViewRestriction = apps.get_model("wagtailcore", "CollectionViewRestriction")
    Group = apps.get_model("auth", "Group")
    root = Collection.objects.filter(depth=1).first()
    if root is None or Collection.objects.filter(name=NAME, depth=2).exists():
        return
    # treebeard's API is not available on historical models: place the child by hand.
    last = Collection.objects.filter(depth=2).order_by("-path").first()
    step = int(last.path[-4:], 36) + 1 if last else 1
    path = root.path + _encode(step)
    collection = Collection.objects.create(name=NAME, path=path, depth=2, numchild=0)
    Collection.objects.filter(pk=root.pk).update(numchild=root.numchild + 1)
    restriction = CollectionViewRestriction.objects.create(collection=collection, restriction_type="groups")
    restriction.groups.set(Group.objects.filter(name__in=ROLES))


def _encode(number: int) -> str:
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    digits = ""
    while number:
        number, remainder = divmod(number, 36)
        digits = alphabet[remainder] + digits
    return digits.rjust(4, "0")


def remove(apps, schema_editor):
    apps.get_model("wagtailcore", "Collection").objects.filter(name=NAME, depth=2).delete()


class Migration(migrations.Migration):
    dependencies = [("core", "0002_audit_log_permission"), ("wagtailcore", "0098_apitoken")]

    operations = [migrations.RunPython(create, remove)]
