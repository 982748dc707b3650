"""Line-break opportunities for scripts written without spaces between words.

Pango (and so WeasyPrint) finds no word boundaries in Khmer or Lao, and only sometimes in Thai,
so a long name or title in these scripts overflows its box. ICU's line-break rules know these
scripts' dictionaries: we insert U+200B ZERO WIDTH SPACE wherever ICU allows a break inside a run
of such a script, and leave every other script alone.
"""

import re
import threading

ZERO_WIDTH_SPACE = "\u200b"

# Khmer (+ Khmer Symbols), Lao, Thai and Myanmar (+ extensions): no spaces between words.
_COMPLEX = "\u0e00-\u0e7f\u0e80-\u0eff\u1780-\u17ff\u19e0-\u19ff\u1000-\u109f\ua9e0-\ua9ff\uaa60-\uaa7f"
_COMPLEX_CHAR = re.compile(f"[{_COMPLEX}]")
_HTML_TAG = re.compile(r"(<[^>]*>)")


_local = threading.local()


def _break_iterator(language: str):
    """One ICU line-break iterator per thread and language (they hold state, so are not shared)."""
    cache = _local.__dict__.setdefault("iterators", {})
    if language not in cache:
        import icu

        cache[language] = icu.BreakIterator.createLineInstance(icu.Locale(language or "root"))
    return cache[language]


def _is_complex(char: str) -> bool:
    return bool(_COMPLEX_CHAR.match(char))


def insert_line_breaks(text: str, language: str = "") -> str:
    """Return `text` with a zero-width space at each ICU line-break opportunity inside Khmer, Lao,
    Thai or Myanmar runs; text without those scripts comes back unchanged."""
    if not text or not _COMPLEX_CHAR.search(text):
        return text
    iterator = _break_iterator(language)
    iterator.setText(text)
    # ICU counts UTF-16 code units; map them back to Python string indexes.
    utf16_to_index = {}
    offset = 0
    for index, char in enumerate(text):
        utf16_to_index[offset] = index
        offset += 2 if ord(char) > 0xFFFF else 1
    pieces = []
    start = 0
    for boundary in iterator:
        index = utf16_to_index.get(boundary)
        if index is None or index <= 0 or index >= len(text):
            continue
        before, after = text[index - 1], text[index]
        if before.isspace() or after.isspace() or ZERO_WIDTH_SPACE in (before, after):
            continue
        if _is_complex(before) or _is_complex(after):
            pieces.append(text[start:index])
            start = index
    pieces.append(text[start:])
    return ZERO_WIDTH_SPACE.join(pieces)


def insert_line_breaks_html(html: str, language: str = "") -> str:
    """Like `insert_line_breaks`, for well-formed (already sanitised) HTML: only text between tags
    changes, so tags and character references stay intact."""
    if not html or not _COMPLEX_CHAR.search(html):
        return html
    parts = _HTML_TAG.split(html)
    return "".join(part if part.startswith("<") else insert_line_breaks(part, language) for part in parts)
