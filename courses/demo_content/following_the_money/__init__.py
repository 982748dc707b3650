"""Following the money: three lessons and a quiz, in English with a few translations (to show fallbacks and the status view)."""

from courses.models import CourseLevel, QuestionKind

from . import en, id, th, vi

COURSE = {
    "slug": "following-the-money",
    "topic": "financial-investigations",
    "level": CourseLevel.INTERMEDIATE,
    "minutes": 75,
    "members_only": True,
    "languages": ["en", "th", "vi"],
    "prerequisites": ["digital-evidence-for-trafficking-investigations"],
    "lessons": [
        # Thai was translated before "Act within hours" was added to the English: the status view shows it as outdated.
        {"slug": "money-mules", "minutes": 20, "earlier_english_body": en.LESSON_ONE_EARLIER, "earlier_languages": ["th"]},
        {"slug": "underground-banking-and-casinos", "minutes": 20},
        {"slug": "crypto-tracing-and-freezing", "minutes": 25},
    ],
    "quiz": {
        "slug": "quiz",
        "pass_mark": 70,
        "max_attempts": 3,
        "questions": [
            {"kind": QuestionKind.SINGLE, "correct": [0]},
            {"kind": QuestionKind.TRUE_FALSE, "correct": [1]},
            {"kind": QuestionKind.MULTIPLE, "correct": [0, 1, 2]},
            {"kind": QuestionKind.SINGLE, "correct": [0]},
            {"kind": QuestionKind.SINGLE, "correct": [0]},
        ],
    },
    "translations": {"en": en.CONTENT, "id": id.CONTENT, "th": th.CONTENT, "vi": vi.CONTENT},
}
