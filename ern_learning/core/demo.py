"""The demo home page, as the site root, in all eight languages."""

from django.db import transaction
from wagtail.models import Page, Site

from ern_learning.core.demo_content import HOME_CONTENT
from ern_learning.core.i18n import set_translations
from ern_learning.core.models import HomePage
from ern_learning.core.services.publishing import publish_page


def seed_home_page() -> HomePage:
    """Make the ERN home page the root of the default site (idempotent)."""
    with transaction.atomic():
        home = HomePage.objects.first()
        if home is None:
            root = Page.get_first_root_node()
            home = root.add_child(instance=HomePage(title="ERN Learning", slug="ern-learning", hero_heading="ERN Learning"))
        for field in ("title", "hero_heading", "hero_text", "body"):
            set_translations(home, field, {language: content[field] for language, content in HOME_CONTENT.items()})
        home = publish_page(home)
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="ERN Learning")
        elif site.root_page_id != home.pk:
            old_root = site.root_page
            site.root_page = home
            site.site_name = "ERN Learning"
            site.save()
            if old_root.specific_class is Page and not old_root.get_children().exists():
                old_root.delete()  # Wagtail's "Welcome to your new Wagtail site!" placeholder
    return home
