"""An officer in Phnom Penh, in Khmer: sign up, get vetted, learn, pass, get and verify a certificate."""

import re

from django.core import mail

from courses.models import Choice
from ern_learning.accounts.models import Country, User
from tests.e2e.helpers import decode_qr_in_pdf, last_link_in_mail, sign_in, sign_out
from tests.factories.accounts import PASSWORD, FocalPointFactory, give_totp
from tests.factories.courses import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory, QuizPageFactory

KHMER = re.compile("[\u1780-\u17ff]")


def build_course(home):
    catalogue = CourseIndexPageFactory(parent=home)
    course = CoursePageFactory(
        parent=catalogue, title="Digital evidence", title_km="ភស្តុតាងឌីជីថល", slug="digital-evidence", languages=["en", "km"]
    )
    lessons = [
        LessonPageFactory(parent=course, title=f"Lesson {n}", title_km=f"មេរៀនទី {n}", slug=f"lesson-{n}") for n in (1, 2)
    ]
    quiz = QuizPageFactory(parent=course, questions=2, pass_mark=100, max_attempts=3)
    return course, lessons, quiz


def answer_quiz(page, quiz, *, correctly: bool) -> None:
    for question in quiz.questions.all():
        choice = Choice.objects.filter(question=question, is_correct=correctly).first()
        page.check(f"input[value='{choice.pk}']")
    page.locator("form.quiz-form button[type=submit]").click()
    page.wait_for_load_state()


def test_officer_signs_up_learns_and_verifies_certificate_in_khmer(page, site, screenshot, tmp_path):
    from wagtail.models import Site

    course, lessons, quiz = build_course(Site.objects.get(is_default_site=True).root_page.specific)
    focal_point = FocalPointFactory(country=Country.CAMBODIA, preferred_language="km")
    give_totp(focal_point)

    # Sign up in Khmer.
    page.goto(f"{site}/km/accounts/signup/")
    assert KHMER.search(page.locator("h1").inner_text())
    page.fill("input[name=email]", "sophea.sok@police.gov.kh")
    page.fill("input[name=password1]", "Phnom-Penh-2026!")
    page.fill("input[name=password2]", "Phnom-Penh-2026!")
    page.fill("input[name=first_name]", "Sophea")
    page.fill("input[name=last_name]", "Sok")
    page.fill("input[name=native_name]", "សុខ សុភា")
    page.select_option("select[name=country]", "KH")
    page.fill("input[name=agency]", "Cambodian National Police")
    page.select_option("select[name=preferred_language]", "km")
    screenshot("signup")
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state()

    # Confirm the e-mail from the outbox: the message is in Khmer.
    assert KHMER.search(mail.outbox[-1].body)
    page.goto(last_link_in_mail("sophea.sok@police.gov.kh"))
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state()
    officer = User.objects.get(email="sophea.sok@police.gov.kh")
    assert officer.membership_status == "pending"
    screenshot("pending")
    sign_out(page)

    # The focal point of Cambodia approves the application.
    sign_in(page, site, focal_point, password=PASSWORD, language="km")
    page.goto(f"{site}/km/account/vetting/")
    screenshot("vetting-queue")
    page.locator(f"form[action$='/vetting/{officer.pk}/'] button[value=approve]").click()
    page.wait_for_load_state()
    officer.refresh_from_db()
    assert officer.membership_status == "approved"
    sign_out(page)

    # The officer enrols and reads every lesson.
    sign_in(page, site, officer, password="Phnom-Penh-2026!", language="km")
    page.goto(f"{site}{course.get_url()}".replace("/en/", "/km/"))
    assert "ភស្តុតាងឌីជីថល" in page.locator("h1").inner_text()
    page.locator("form[action*='/enrol/'] button").click()
    page.wait_for_load_state()
    screenshot("enrolled")
    for lesson in lessons:
        page.goto(f"{site}{lesson.get_url()}".replace("/en/", "/km/"))
        assert lesson.title_km in page.locator("h1").inner_text()
        page.locator("form[action*='/complete/'] button").click()
        page.wait_for_load_state()
    screenshot("lessons-done")

    # Fails the quiz once, then passes.
    page.goto(f"{site}{quiz.get_url()}".replace("/en/", "/km/"))
    page.locator("form[action*='/start/'] button").click()
    page.wait_for_load_state()
    answer_quiz(page, quiz, correctly=False)
    screenshot("quiz-failed")
    assert page.locator(".badge--completed").count() == 0
    page.goto(f"{site}{quiz.get_url()}".replace("/en/", "/km/"))
    page.locator("form[action*='/start/'] button").click()
    page.wait_for_load_state()
    answer_quiz(page, quiz, correctly=True)
    screenshot("quiz-passed")

    # Downloads the certificate and checks its QR code.
    page.goto(f"{site}/km/certificates/")
    screenshot("my-certificates")
    with page.expect_download() as download_info:
        page.locator("a[href*='/pdf/']").first.click()
    pdf = tmp_path / "certificate.pdf"
    download_info.value.save_as(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    verification_url = decode_qr_in_pdf(pdf)
    assert "/certificates/verify/" in verification_url

    page.goto(site + verification_url[verification_url.index("/", len("https://")) :])
    screenshot("verified")
    assert page.locator(".badge--valid").count() == 1
    assert KHMER.search(page.locator("main").inner_text())
