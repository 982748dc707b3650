"""Reading our pages as a Khmer officer does: the /km/ address of a page, and what a message says in Khmer."""

from django.utils import translation
from django.utils.translation import gettext


def in_khmer(url: str) -> str:
    return url.replace("/en/", "/km/", 1)


def khmer(message: str) -> str:
    with translation.override("km"):
        translated = gettext(message)
    assert translated != message, "the Khmer catalogue is not compiled"
    return translated
