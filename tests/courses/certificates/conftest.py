import datetime
import io
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest
from django.utils import timezone

from courses.rendering.certificate import CertificateContent
from courses.services.certificates import issue_course_certificate
from ern_learning.core.i18n import set_translations
from tests.factories.accounts import OfficerFactory
from tests.factories.certificates import (
    SAMPLE_NATIVE_NAMES,
    VERIFY_URL,
    CertificateTemplateFactory,
    CompletedEnrolmentFactory,
    sample_text,
)


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """Verification lookups are counted in the cache per client address; each test starts from zero."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def make_content():
    def make(language: str = "en", *, bilingual: bool = False, **overrides) -> CertificateContent:
        texts = [sample_text(language)]
        if bilingual and language != "en":
            texts.append(sample_text("en"))
        values = dict(
            texts=texts,
            holder_name="Sophea Sok",
            holder_native_name=SAMPLE_NATIVE_NAMES.get(language, ""),
            verification_code="7K3QD-M9XWT",
            verification_url=VERIFY_URL,
            issued_on=datetime.date(2026, 4, 22),
            expires_on=None,
            signatory_name="Olivia Reyes",
        )
        values.update(overrides)
        return CertificateContent(**values)

    return make


@dataclass
class PdfFacts:
    pages: int
    text: str
    font_names: set[str]
    qr_codes: list[str]
    width_mm: float
    height_mm: float


def read_pdf(content: bytes, *, decode_qr: bool = False) -> PdfFacts:
    """What a reader of the PDF gets: pages, text, embedded fonts, and (rasterised) QR codes."""
    reader = pypdf.PdfReader(io.BytesIO(content))
    fonts = set()
    for page in reader.pages:
        for font in (page.get("/Resources", {}).get("/Font") or {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]).split("+", 1)[-1])
    box = reader.pages[0].mediabox
    qr_codes = []
    if decode_qr:
        import zxingcpp
        from PIL import Image

        with tempfile.TemporaryDirectory() as folder:
            source = Path(folder) / "certificate.pdf"
            source.write_bytes(content)
            subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(source), str(Path(folder) / "page")], check=True)
            with Image.open(Path(folder) / "page.png") as image:
                qr_codes = [result.text for result in zxingcpp.read_barcodes(image)]
    return PdfFacts(
        pages=len(reader.pages),
        text="\n".join(page.extract_text() for page in reader.pages),
        font_names=fonts,
        qr_codes=qr_codes,
        width_mm=round(float(box.width) * 25.4 / 72),
        height_mm=round(float(box.height) * 25.4 / 72),
    )


@pytest.fixture
def pdf_facts():
    return read_pdf


@pytest.fixture
def certificate_template(db):
    return CertificateTemplateFactory()


@pytest.fixture
def course_offered(course, certificate_template):
    """The shared `course`, offered in English, Khmer and Thai, titled in each, with a certificate template."""
    set_translations(
        course,
        "title",
        {"en": "Digital evidence basics", "km": "មូលដ្ឋានគ្រឹះនៃភស្តុតាងឌីជីថល", "th": "พื้นฐานพยานหลักฐานดิจิทัล"},
    )
    course.languages = ["en", "km", "th"]
    course.certificate_template = certificate_template
    course.save_revision().publish()
    course.refresh_from_db()
    return course


@pytest.fixture
def khmer_officer(db):
    return OfficerFactory(first_name="Sophea", last_name="Sok", native_name="សុខ សុភា", preferred_language="km")


@pytest.fixture
def issued(khmer_officer, course_offered):
    """A Khmer officer's certificate for the course, issued by the service after completion."""
    CompletedEnrolmentFactory(
        user=khmer_officer, course=course_offered, completed_at=timezone.make_aware(datetime.datetime(2026, 4, 22, 10))
    )
    return issue_course_certificate(khmer_officer, course_offered)
