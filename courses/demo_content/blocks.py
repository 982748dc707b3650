"""Short constructors for lesson blocks, so the demo text reads like the lesson it builds."""


def p(html: str):
    return ("paragraph", html)


def h(text: str, level: str = "h2"):
    return ("heading", {"text": text, "level": level})


def key(heading: str, html: str):
    return ("key_point", {"heading": heading, "text": html})


def case(title: str, scenario: str, questions: str = "", lessons: str = ""):
    return ("case_study", {"title": title, "scenario": scenario, "questions": questions, "lessons": lessons})


def checklist(heading: str, introduction: str, indicators: list[str], source: str = ""):
    return ("indicators", {"heading": heading, "introduction": introduction, "indicators": indicators, "source": source})


def term(word: str, definition: str):
    return ("glossary_term", {"term": word, "definition": definition})


def figure(image: str, alt_text: str, caption: str):
    """An image block; `image` names one of the demo's own images (media.py), replaced by its id at seed time."""
    return ("image", {"image": image, "alt_text": alt_text, "decorative": False, "caption": caption})


def download(document: str, title: str, description: str):
    """A download block; `document` names one of the demo's own documents (media.py), in the lesson's language."""
    return ("download", {"document": document, "title": title, "description": description})
