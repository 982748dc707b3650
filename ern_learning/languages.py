"""The eight languages of the network, and the locale data Django lacks for Lao and Filipino."""

from django.conf import locale
from django.utils.translation import gettext_lazy as _

LANGUAGES = [
    ("en", _("English")),
    ("km", _("Khmer")),
    ("id", _("Indonesian")),
    ("lo", _("Lao")),
    ("ms", _("Malay")),
    ("fil", _("Filipino")),
    ("th", _("Thai")),
    ("vi", _("Vietnamese")),
]
LANGUAGE_CODES = [code for code, _name in LANGUAGES]

# Scripts written without spaces between words: line breaks need a dictionary (ICU).
SCRIPTS_WITHOUT_SPACES = {"km", "lo", "th"}

# Each language's name in its own script, as the language switcher shows it.
NATIVE_NAMES = {
    "en": "English",
    "km": "ខ្មែរ",
    "id": "Bahasa Indonesia",
    "lo": "ລາວ",
    "ms": "Bahasa Melayu",
    "fil": "Filipino",
    "th": "ไทย",
    "vi": "Tiếng Việt",
}


def register_extra_languages() -> None:
    """Teach Django Lao and Filipino, and Khmer's own name, which it lacks (idempotent)."""
    for code, english_name in LANGUAGES:
        info = locale.LANG_INFO.setdefault(code, {"bidi": False, "code": code, "name": english_name._args[0]})
        info["name_local"] = NATIVE_NAMES[code]
    # Browsers in the Philippines may ask for Tagalog (the code Filipino is based on) rather than fil.
    for code in TAGALOG_CODES:
        locale.LANG_INFO.setdefault(code, {"fallback": ["fil"]})


TAGALOG_CODES = ("tl", "tl-ph")
