from django.utils.translation import get_language

from ern_learning.languages import LANGUAGES, NATIVE_NAMES, SCRIPTS_WITHOUT_SPACES


def site_chrome(request):
    """What the header and footer need on every page: the language switcher entries."""
    current = get_language()
    return {
        "ern_languages": [
            {"code": code, "native_name": NATIVE_NAMES[code], "english_name": name, "is_current": code == current}
            for code, name in LANGUAGES
        ],
        "ern_script_class": f"script-{current}" + (" script-nospace" if current in SCRIPTS_WITHOUT_SPACES else ""),
    }
