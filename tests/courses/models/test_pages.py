import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks import StructValue
from wagtail.blocks.struct_block import StructBlockValidationError

from courses.blocks import FigureBlock, VideoBlock, embed_player_url
from courses.models import CourseIndexPage, CoursePage, LessonPage, QuestionKind, QuizPage, question_errors
from ern_learning.core.models import HomePage


def test_page_tree_rules(db):
    assert CourseIndexPage.can_create_at(HomePage()) is True
    assert CoursePage.can_create_at(CourseIndexPage()) is True
    assert CoursePage.can_create_at(HomePage()) is False
    assert LessonPage.can_create_at(CoursePage()) is True
    assert LessonPage.can_create_at(CourseIndexPage()) is False
    assert QuizPage.can_create_at(CoursePage()) is True
    assert LessonPage.allowed_subpage_models() == []
    assert set(CoursePage.allowed_subpage_models()) == {LessonPage, QuizPage}


def test_only_one_catalogue_and_one_quiz_per_course(catalogue, course, quiz):
    assert CourseIndexPage.can_create_at(catalogue.get_parent().specific) is False
    assert QuizPage.can_create_at(course) is False
    assert LessonPage.can_create_at(course) is True


@pytest.mark.parametrize(
    "kind, flags, expected",
    [
        (QuestionKind.SINGLE, [True, False, False], []),
        (QuestionKind.SINGLE, [True, True], ["Mark exactly one choice as correct."]),
        (QuestionKind.SINGLE, [True], ["A question needs at least two choices."]),
        (QuestionKind.MULTIPLE, [True, True, False], []),
        (QuestionKind.MULTIPLE, [False, False], ["Mark at least one choice as correct."]),
        (QuestionKind.TRUE_FALSE, [False, True], []),
        (QuestionKind.TRUE_FALSE, [True, False, False], ["A true-or-false question needs exactly two choices."]),
    ],
)
def test_question_errors(kind, flags, expected):
    assert [str(error) for error in question_errors(kind, flags)] == expected


def test_course_outcome_list_skips_blank_lines(db):
    course = CoursePage(outcomes="Seize a phone\n\n  Hash an image  \n")

    assert course.outcome_list == ["Seize a phone", "Hash an image"]


def test_course_language_names_in_network_order(db):
    assert CoursePage(languages=["en", "km", "th"]).language_names == ["English", "Khmer", "Thai"]


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://youtu.be/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://vimeo.com/123456", "https://player.vimeo.com/video/123456?dnt=1"),
        ("https://evil.example/video.mp4", None),
    ],
)
def test_embed_player_url(url, expected):
    assert embed_player_url(url) == expected


def test_video_block_needs_a_file_or_a_known_host():
    block = VideoBlock()
    value = block.to_python(
        {"title": "Seizure", "video_file": None, "embed_url": "https://evil.example/v.mp4", "transcript": "<p>Text</p>"}
    )

    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)

    assert "embed_url" in error.value.block_errors


def test_figure_block_needs_alt_text_unless_decorative(db):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(title="Phone", file=get_test_image_file())
    block = FigureBlock()

    with pytest.raises(StructBlockValidationError):
        block.clean(StructValue(block, [("image", image), ("alt_text", ""), ("decorative", False), ("caption", "")]))
    assert block.clean(StructValue(block, [("image", image), ("alt_text", ""), ("decorative", True), ("caption", "")]))


def test_figure_block_renders_alt_text_and_caption(db):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(title="Phone", file=get_test_image_file())
    block = FigureBlock()

    html = block.render(
        StructValue(
            block,
            [
                ("image", image),
                ("alt_text", "A seized phone in a Faraday bag"),
                ("decorative", False),
                ("caption", "Keep it shielded"),
            ],
        )
    )

    assert 'alt="A seized phone in a Faraday bag"' in html
    assert "<figcaption>Keep it shielded</figcaption>" in html


def test_validation_error_is_django_validation_error():
    assert issubclass(StructBlockValidationError, ValidationError)
