"""Demo certificates for `seed_demo` (after the courses step): a template in eight languages, the Khmer
officer's certificate for the completed digital evidence course, and a revoked one (safe to run twice)."""

from django.db import transaction
from django.urls import reverse
from django.utils import translation
from wagtail.models import Site

from courses.demo_content import digital_evidence
from courses.models import Certificate, CertificateSettings, CertificateTemplate, CoursePage, Enrolment, QuizPage
from courses.selectors.catalog import course_lessons
from courses.services.certificates import issue_course_certificate, revoke_certificate
from courses.services.progress import complete_lesson, enrol_user
from courses.services.quizzes import grade_attempt, start_attempt
from ern_learning.core.i18n import set_translations

TEMPLATE_NAME = "ERN Learning course completion"
HEADINGS = {
    "en": "Certificate of Completion",
    "km": "វិញ្ញាបនបត្របញ្ចប់វគ្គសិក្សា",
    "id": "Sertifikat Kelulusan",
    "lo": "ໃບຢັ້ງຢືນການສຳເລັດຫຼັກສູດ",
    "ms": "Sijil Tamat Kursus",
    "fil": "Sertipiko ng Pagkumpleto",
    "th": "ประกาศนียบัตรสำเร็จหลักสูตร",
    "vi": "Giấy chứng nhận hoàn thành khóa học",
}
BODIES = {
    "en": "<p>has successfully completed the ERN Learning online course</p>",
    "km": "<p>បានបញ្ចប់ដោយជោគជ័យនូវវគ្គសិក្សាតាមអនឡាញរបស់ ERN Learning</p>",
    "id": "<p>telah berhasil menyelesaikan kursus daring ERN Learning</p>",
    "lo": "<p>ໄດ້ສຳເລັດຫຼັກສູດອອນລາຍຂອງ ERN Learning ຢ່າງສົມບູນ</p>",
    "ms": "<p>telah berjaya menamatkan kursus dalam talian ERN Learning</p>",
    "fil": "<p>ay matagumpay na nakatapos ng online na kurso ng ERN Learning</p>",
    "th": "<p>ได้ผ่านการอบรมหลักสูตรออนไลน์ของ ERN Learning เรียบร้อยแล้ว</p>",
    "vi": "<p>đã hoàn thành khóa học trực tuyến của ERN Learning</p>",
}
SIGNATORY_TITLES = {
    "en": "Programme Officer, UNODC Regional Office for Southeast Asia and the Pacific",
    "km": "មន្ត្រីកម្មវិធី ការិយាល័យតំបន់ UNODC សម្រាប់អាស៊ីអាគ្នេយ៍ និងប៉ាស៊ីហ្វិក",
    "id": "Pejabat Program, Kantor Regional UNODC untuk Asia Tenggara dan Pasifik",
    "lo": "ພະນັກງານໂຄງການ, ຫ້ອງການພາກພື້ນ UNODC ອາຊີຕາເວັນອອກສ່ຽງໃຕ້ ແລະ ປາຊີຟິກ",
    "ms": "Pegawai Program, Pejabat Serantau UNODC bagi Asia Tenggara dan Pasifik",
    "fil": "Programme Officer, UNODC Regional Office para sa Timog-Silangang Asya at Pasipiko",
    "th": "เจ้าหน้าที่โครงการ สำนักงานภูมิภาคเอเชียตะวันออกเฉียงใต้และแปซิฟิก UNODC",
    "vi": "Cán bộ Chương trình, Văn phòng khu vực Đông Nam Á và Thái Bình Dương của UNODC",
}
REVOCATION_REASON = "Demo: the course was completed on a shared account; the officer will take it again in person."


def _ensure_template() -> CertificateTemplate:
    template = CertificateTemplate.objects.filter(name=TEMPLATE_NAME).first() or CertificateTemplate(name=TEMPLATE_NAME)
    set_translations(template, "heading", HEADINGS)
    set_translations(template, "body", BODIES)
    set_translations(template, "signatory_title", SIGNATORY_TITLES)
    template.signatory_name = "Amara Admin"
    template.save()
    return template


def _complete_course(user, course: CoursePage) -> None:
    """Take `course` from start to finish through the learning services, unless already done."""
    enrolment = enrol_user(user, course)
    if enrolment.completed_at is not None:
        return
    for lesson in course_lessons(course):
        complete_lesson(user, lesson)
    quiz = QuizPage.objects.child_of(course).first()
    if quiz is not None:
        answers = {
            question.pk: [choice.pk for choice in question.choices.all() if choice.is_correct]
            for question in quiz.questions.all()
        }
        with translation.override(user.preferred_language):
            grade_attempt(start_attempt(user, quiz), answers=answers)


def _verify_path(certificate: Certificate) -> str:
    with translation.override(certificate.language):
        return reverse("certificates:verify", kwargs={"code": certificate.display_code})


def seed_certificates(*, people: dict, home) -> list[str]:
    """A template for every course, Sophea's certificate (issued on completion) and a revoked one (idempotent)."""
    with transaction.atomic():
        template = _ensure_template()
        site = Site.objects.filter(is_default_site=True).first()
        if site is not None:
            site_settings = CertificateSettings.for_site(site)
            site_settings.default_template = site_settings.default_template or template
            site_settings.save()
        for course in CoursePage.objects.filter(certificate_template__isnull=True):
            course.certificate_template = template
            if course.live:
                course.save_revision().publish()
            else:
                course.save(update_fields=["certificate_template"])
        course = CoursePage.objects.filter(slug=digital_evidence.COURSE["slug"]).first()
        if course is None:
            return []
        lines = [f"Certificate template “{TEMPLATE_NAME}” in eight languages, used by every course"]
        sophea, somphone, admin = (
            people.get(email) for email in ("officer.kh@ern.example", "officer.la@ern.example", "admin@ern.example")
        )
        if sophea is not None and Enrolment.objects.filter(user=sophea, course=course, completed_at__isnull=False).exists():
            certificate = issue_course_certificate(sophea, course)
            lines.append(f"{sophea.email} holds certificate {certificate.display_code}: {_verify_path(certificate)}")
        if somphone is not None:
            _complete_course(somphone, course)
            certificate = issue_course_certificate(somphone, course)
            if not certificate.is_revoked:
                revoke_certificate(certificate, by=admin, reason=REVOCATION_REASON)
            lines.append(f"{somphone.email} holds certificate {certificate.display_code}, revoked: {_verify_path(certificate)}")
    return lines
