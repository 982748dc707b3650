import pytest

from courses.rendering.linebreaks import ZERO_WIDTH_SPACE, insert_line_breaks, insert_line_breaks_html


def test_insert_line_breaks_khmer_splits_at_word_boundaries():
    result = insert_line_breaks("ព្រះរាជាណាចក្រកម្ពុជា ជាតិ សាសនា ព្រះមហាក្សត្រ", "km")

    assert result == "ព្រះរាជាណាចក្រ\u200bកម្ពុជា ជាតិ សាសនា ព្រះមហាក្សត្រ"


def test_insert_line_breaks_thai_splits_at_word_boundaries():
    assert insert_line_breaks("ประเทศไทยสวัสดี", "th") == "ประเทศไทย\u200bสวัสดี"


def test_insert_line_breaks_lao_splits_at_word_boundaries():
    result = insert_line_breaks("ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ", "lo")

    assert result == "ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນ\u200bລາວ"


@pytest.mark.parametrize(
    ("text", "language"),
    [("Sophea Sok", "en"), ("Nguyễn Minh Anh", "vi"), ("Bukti digital dalam penyidikan", "id"), ("", "km")],
)
def test_insert_line_breaks_other_scripts_unchanged(text, language):
    assert insert_line_breaks(text, language) == text


def test_insert_line_breaks_counts_characters_outside_the_basic_plane():
    # ICU reports UTF-16 offsets: an emoji before the Thai text must not shift the break.
    assert insert_line_breaks("😀ประเทศไทยสวัสดี", "th") == "😀\u200bประเทศไทย\u200bสวัสดี"


def test_insert_line_breaks_long_khmer_name_splits_into_words():
    text = "សុខសុភាព្រះរាជាណាចក្រកម្ពុជាជាតិសាសនាព្រះមហាក្សត្រ" * 4

    result = insert_line_breaks(text, "km")

    assert result.split(ZERO_WIDTH_SPACE) == ["សុខ", "សុភា", "ព្រះរាជាណាចក្រ", "កម្ពុជា", "ជាតិ", "សាសនា", "ព្រះមហាក្សត្រ"] * 4


def test_insert_line_breaks_html_changes_only_text_between_tags():
    html = '<p>ประเทศไทย&amp;<b class="x">ประเทศไทยสวัสดี</b></p>'

    assert insert_line_breaks_html(html, "th") == '<p>ประเทศไทย&amp;<b class="x">ประเทศไทย\u200bสวัสดี</b></p>'
