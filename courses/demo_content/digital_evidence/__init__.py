"""Digital evidence for trafficking investigations: four lessons and a quiz, in all eight languages."""

from courses.models import CourseLevel, QuestionKind

from . import en, fil, id, km, lo, ms, th, vi

COURSE = {
    "slug": "digital-evidence-for-trafficking-investigations",
    "topic": "digital-evidence",
    "level": CourseLevel.INTRODUCTORY,
    "minutes": 90,
    "members_only": True,
    "languages": ["en", "km", "id", "lo", "ms", "fil", "th", "vi"],
    "lessons": [
        {"slug": "first-response", "minutes": 20},
        {"slug": "chain-of-custody", "minutes": 15},
        {"slug": "forensic-copies-and-hash-values", "minutes": 20},
        {"slug": "online-data-and-indicators", "minutes": 25},
    ],
    "quiz": {
        "slug": "final-quiz",
        "pass_mark": 80,
        "max_attempts": 3,
        "questions": [
            {"kind": QuestionKind.SINGLE, "correct": [0]},
            {"kind": QuestionKind.TRUE_FALSE, "correct": [0]},
            {"kind": QuestionKind.MULTIPLE, "correct": [0, 1, 2]},
            {"kind": QuestionKind.SINGLE, "correct": [0]},
            {"kind": QuestionKind.SINGLE, "correct": [0]},
            {"kind": QuestionKind.SINGLE, "correct": [0]},
        ],
    },
    "translations": {
        "en": en.CONTENT,
        "km": km.CONTENT,
        "id": id.CONTENT,
        "lo": lo.CONTENT,
        "ms": ms.CONTENT,
        "fil": fil.CONTENT,
        "th": th.CONTENT,
        "vi": vi.CONTENT,
    },
}
