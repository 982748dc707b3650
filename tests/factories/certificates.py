"""Factories and sample content for certificate tests."""

import datetime

import factory
from django.utils import timezone

from courses.models import Certificate, CertificateTemplate, Enrolment
from courses.rendering.certificate import CertificateText
from tests.factories.accounts import OfficerFactory

# A certificate's words in each of the eight languages, as an author would write them.
SAMPLE_TEXTS = {
    "en": (
        "Certificate of completion",
        "has successfully completed the online course",
        "Digital evidence for trafficking investigations",
    ),
    "km": ("វិញ្ញាបនបត្របញ្ចប់វគ្គសិក្សា", "បានបញ្ចប់វគ្គសិក្សាតាមអ៊ីនធឺណិតដោយជោគជ័យ", "ភស្តុតាងឌីជីថលសម្រាប់ការស៊ើបអង្កេតការជួញដូរមនុស្ស"),
    "id": (
        "Sertifikat Kelulusan",
        "telah berhasil menyelesaikan kursus daring",
        "Bukti digital dalam penyidikan perdagangan orang",
    ),
    "lo": ("ໃບຢັ້ງຢືນການສຳເລັດຫຼັກສູດ", "ໄດ້ສຳເລັດຫຼັກສູດອອນລາຍຢ່າງສົມບູນ", "ຫຼັກຖານດິຈິຕອນສຳລັບການສືບສວນການຄ້າມະນຸດ"),
    "ms": (
        "Sijil Tamat Kursus",
        "telah berjaya menamatkan kursus dalam talian",
        "Bukti digital dalam penyiasatan pemerdagangan orang",
    ),
    "fil": (
        "Sertipiko ng Pagkumpleto",
        "ay matagumpay na nakatapos ng online na kurso",
        "Digital na ebidensya sa imbestigasyon ng human trafficking",
    ),
    "th": ("ประกาศนียบัตรสำเร็จการศึกษา", "ได้สำเร็จหลักสูตรออนไลน์เรียบร้อยแล้ว", "พยานหลักฐานดิจิทัลสำหรับการสืบสวนการค้ามนุษย์"),
    "vi": (
        "Giấy chứng nhận hoàn thành",
        "đã hoàn thành xuất sắc khóa đào tạo trực tuyến",
        "Chứng cứ điện tử trong điều tra mua bán người",
    ),
}
SAMPLE_NATIVE_NAMES = {"km": "សុខ សុភា", "lo": "ສົມພອນ ພົມມະຈັນ", "th": "นิรันดร์ ศรีสุข", "vi": "Nguyễn Minh Anh"}
VERIFY_URL = "http://testserver/en/certificates/verify/7K3QD-M9XWT/"


def sample_text(language: str) -> CertificateText:
    heading, body, course_title = SAMPLE_TEXTS[language]
    return CertificateText(language=language, heading=heading, body_html=f"<p>{body}</p>", course_title=course_title)


class CertificateTemplateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CertificateTemplate

    name = factory.Sequence(lambda n: f"Template {n}")
    heading_en = "Certificate of completion"
    heading_km = "វិញ្ញាបនបត្របញ្ចប់វគ្គសិក្សា"
    heading_th = "ประกาศนียบัตรสำเร็จการศึกษา"
    body_en = "<p>has successfully completed the online course</p>"
    body_km = "<p>បានបញ្ចប់វគ្គសិក្សាតាមអ៊ីនធឺណិតដោយជោគជ័យ</p>"
    signatory_name = "Olivia Reyes"
    signatory_title_en = "Programme Coordinator, UNODC"


class CompletedEnrolmentFactory(factory.django.DjangoModelFactory):
    """An enrolment already completed (its lessons and quiz are not modelled)."""

    class Meta:
        model = Enrolment

    user = factory.SubFactory(OfficerFactory)
    completed_at = factory.LazyFunction(timezone.now)


class CertificateFactory(factory.django.DjangoModelFactory):
    """A course certificate as the issuing service would store it (pass `course=`)."""

    class Meta:
        model = Certificate

    holder = factory.SubFactory(OfficerFactory)
    language = "en"
    holder_name = factory.LazyAttribute(lambda certificate: certificate.holder.latin_name)
    holder_native_name = factory.LazyAttribute(lambda certificate: certificate.holder.native_name)
    title = factory.LazyAttribute(lambda certificate: certificate.course.title)
    title_english = factory.LazyAttribute(lambda certificate: certificate.course.title)
    issued_on = datetime.date(2026, 4, 22)
