from django.utils.safestring import SafeString

from courses.rendering.sanitize import MAX_RICH_TEXT_LENGTH, clean_rich_text


def test_clean_rich_text_keeps_paragraphs_bold_and_italic():
    result = clean_rich_text("<p>Has <b>completed</b> the <i>course</i>.<br>Well <strong>done</strong> <em>indeed</em></p>")

    assert result == "<p>Has <b>completed</b> the <i>course</i>.<br>Well <strong>done</strong> <em>indeed</em></p>"
    assert isinstance(result, SafeString)


def test_clean_rich_text_removes_what_could_load_run_or_link():
    result = clean_rich_text(
        '<p style="background:url(http://127.0.0.1/)" onclick="x()">A<img src="file:///etc/passwd">'
        '<a href="http://169.254.169.254/">B</a><script>alert(1)</script><style>@import "x";</style>'
        '<iframe src="http://127.0.0.1/"></iframe><svg><image href="file:///etc/passwd"/></svg><!-- c --></p>'
    )

    assert result == "<p>AB</p>"


def test_clean_rich_text_escapes_stray_markup():
    assert clean_rich_text("1 < 2 & <unknown>x</unknown>") == "1 &lt; 2 &amp; x"


def test_clean_rich_text_cuts_very_long_text():
    result = clean_rich_text("<p>" + "word " * 5000 + "</p>")

    assert result == "<p>" + ("word " * 5000)[: MAX_RICH_TEXT_LENGTH - 3] + "</p>"
