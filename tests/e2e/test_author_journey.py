"""UNODC staff in English and Thai: an author writes a course with a lesson in English and Thai and submits it; a
reviewer approves and publishes it; a Thai officer reads the lesson in Thai; the translation status shows Thai complete."""

import re

from django.utils import translation

from courses.models import CoursePage, LessonPage
from tests.e2e.helpers import sign_in, sign_out
from tests.factories.accounts import PASSWORD, AuthorFactory, OfficerFactory, ReviewerFactory, give_totp
from tests.factories.courses import CourseIndexPageFactory, TopicFactory

THAI = re.compile("[\u0e00-\u0e7f]")


def show_language(page, code: str) -> None:
    """The editor shows English; the author opens the fields of another language with its toggle."""
    toggle = page.locator("button.locale-toggle", has_text=re.compile(f"^{code}$"))
    if "showing-locale" not in (toggle.get_attribute("class") or ""):
        toggle.click()


def save_draft(page) -> None:
    page.locator("footer button:has-text('Save draft')").first.click()
    page.wait_for_load_state()


def open_more_actions(page) -> None:
    """The footer keeps the other actions in a menu next to 'Save draft'."""
    page.locator("footer [data-w-dropdown-target=toggle]").first.click()


def submit_for_review(page) -> None:
    open_more_actions(page)
    page.locator("footer button[name=action-submit]").click()
    page.wait_for_load_state()


def approve_from_dashboard(page, title: str) -> None:
    """'Awaiting your review' on the dashboard: the row's actions menu, Approve, then confirm."""
    page.goto(page.url.split("/admin/")[0] + "/admin/")
    row = page.locator("tr", has_text=title).first
    row.locator(".w-dropdown__toggle").first.click()
    row.locator("button, a", has_text=re.compile("^\\s*Approve\\s*$")).first.click()
    page.wait_for_load_state()
    # Approved: the page leaves the reviewer's list.
    page.locator("tr", has_text=title).wait_for(state="detached")


def write_text_block(page, field: str, text: str) -> None:
    """Add a Text block to a StreamField and type into its rich-text editor."""
    section = page.locator(f"#panel-child-content-{field}-section")
    section.locator("button.c-sf-add-button").first.click()
    page.locator("[role=option], .w-combobox__option", has_text="Text").first.click()
    editor = section.locator("[contenteditable=true]").first
    editor.click()
    page.keyboard.insert_text(text)
    editor.blur()
    # The editor saves its content to the form a moment later (debounced); a quick submit would lose it.
    page.wait_for_function(
        """([sectionId, text]) => Array.from(document.querySelectorAll(`#${sectionId} input[type=hidden]`))
            .some((input) => input.value.includes(text))""",
        arg=[f"panel-child-content-{field}-section", text],
    )


def sign_out_of_admin(page, site: str) -> None:
    page.goto(f"{site}/en/")
    sign_out(page)


def test_author_writes_in_english_and_thai_and_reviewer_publishes(page, site, screenshot):
    from wagtail.models import Site

    home = Site.objects.get(is_default_site=True).root_page.specific
    catalogue = CourseIndexPageFactory(parent=home, title="Courses", slug="courses")
    TopicFactory(name="Digital evidence", slug="digital-evidence")
    author = AuthorFactory(first_name="Ana", last_name="Santos")
    give_totp(author)

    page.set_viewport_size({"width": 1280, "height": 900})  # staff work at a desk

    # The author signs in with their authenticator app and starts a course in the catalogue.
    sign_in(page, site, author, password=PASSWORD, language="en")
    page.goto(f"{site}/admin/pages/add/courses/coursepage/{catalogue.pk}/")
    show_language(page, "th")
    page.fill("#id_title_en", "Seizing mobile phones")
    page.fill("#id_title_th", "การยึดโทรศัพท์มือถือ")
    page.fill("#id_summary_en", "How to seize and preserve a phone found in a scam compound.")
    page.fill("#id_summary_th", "วิธียึดและเก็บรักษาโทรศัพท์ที่พบในแหล่งหลอกลวงออนไลน์")
    page.locator("#id_topic-chooser button.chooser__choose-button").click()
    page.locator(".modal-dialog a", has_text="Digital evidence").click()
    page.locator("#id_topic-title", has_text="Digital evidence").wait_for()
    page.fill("#id_estimated_minutes", "30")
    page.check("input[name=languages][value=en]")
    page.check("input[name=languages][value=th]")
    screenshot("course-editor")
    save_draft(page)
    assert "Page 'Seizing mobile phones' created." in page.locator(".messages").inner_text()
    course = CoursePage.objects.get(title_en="Seizing mobile phones")

    # Its first lesson, written in English and in Thai, then sent for review.
    page.goto(f"{site}/admin/pages/add/courses/lessonpage/{course.pk}/")
    show_language(page, "th")
    page.fill("#id_title_en", "Securing the phone")
    page.fill("#id_title_th", "การเก็บรักษาโทรศัพท์")
    write_text_block(page, "body_en", "Keep the phone powered on and put it in a Faraday bag.")
    write_text_block(page, "body_th", "เปิดเครื่องโทรศัพท์ไว้และใส่ในถุงฟาราเดย์")
    screenshot("lesson-editor-english-and-thai")
    submit_for_review(page)
    assert "Page 'Securing the phone' created and submitted for moderation." in page.locator(".messages").inner_text()
    lesson = LessonPage.objects.get(title_en="Securing the phone")
    assert not lesson.live

    page.goto(f"{site}/admin/pages/{course.pk}/edit/")
    submit_for_review(page)
    screenshot("course-submitted")
    # The author cannot publish: the lesson and the course wait for a reviewer.
    assert not CoursePage.objects.get(pk=course.pk).live
    sign_out_of_admin(page, site)

    # The reviewer signs in with MFA, approves both, and they go live.
    reviewer = ReviewerFactory(first_name="Niran", last_name="Chaiyaporn")
    give_totp(reviewer)
    sign_in(page, site, reviewer, password=PASSWORD, language="en")
    page.goto(f"{site}/admin/")
    assert "Seizing mobile phones" in page.locator("main").inner_text()
    screenshot("reviewer-dashboard")
    for title in ("Securing the phone", "Seizing mobile phones"):
        approve_from_dashboard(page, title)
    screenshot("approved")
    lesson.refresh_from_db()
    course.refresh_from_db()
    assert lesson.live and course.live

    # The translation status shows Thai complete for the course.
    page.goto(f"{site}/admin/courses/translations/")
    screenshot("translation-status")
    course_row = page.locator("tr.translation-status__course", has_text="Seizing mobile phones")
    lesson_row = page.locator("tr", has_text="Securing the phone")
    assert course_row.locator("td[data-language=th]").inner_text().strip() == "Complete"
    assert lesson_row.locator("td[data-language=th]").inner_text().strip().startswith("Complete")
    assert course_row.locator("td[data-language=km]").inner_text().strip() == "Missing"

    # A Thai officer reads the lesson in Thai.
    officer = OfficerFactory(preferred_language="th")
    page.set_viewport_size({"width": 390, "height": 844})
    sign_out_of_admin(page, site)
    sign_in(page, site, officer, password=PASSWORD, language="th")
    with translation.override("th"):
        course_url, lesson_url = course.get_url(), lesson.get_url()
    page.goto(f"{site}{course_url}")
    screenshot("course-in-thai")
    assert "การยึดโทรศัพท์มือถือ" in page.locator("h1").inner_text()
    page.locator("form[action*='/enrol/'] button").click()
    page.wait_for_load_state()
    page.goto(f"{site}{lesson_url}")
    assert "การเก็บรักษาโทรศัพท์" in page.locator("h1").inner_text()
    assert "ถุงฟาราเดย์" in page.locator("main").inner_text()
    assert THAI.search(page.locator("nav").first.inner_text())
    screenshot("lesson-in-thai")
