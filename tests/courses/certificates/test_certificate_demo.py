from courses.certificate_demo import REVOCATION_REASON, seed_certificates
from courses.demo import seed_courses
from courses.models import Certificate, CertificateStatus, CertificateTemplate, CoursePage
from ern_learning.accounts.demo import seed_people
from ern_learning.core.demo import seed_home_page


def test_seed_certificates_twice_gives_one_valid_and_one_revoked(db):
    people = seed_people()
    home = seed_home_page()
    seed_courses(people=people, home=home)

    first = seed_certificates(people=people, home=home)
    second = seed_certificates(people=people, home=home)

    sophea = Certificate.objects.get(holder__email="officer.kh@ern.example")
    somphone = Certificate.objects.get(holder__email="officer.la@ern.example")
    assert Certificate.objects.count() == 2
    assert (sophea.status, sophea.language, sophea.holder_native_name) == (CertificateStatus.VALID, "km", "សុខ សុភា")
    assert (somphone.status, somphone.language, somphone.revocation_reason) == (
        CertificateStatus.REVOKED,
        "lo",
        REVOCATION_REASON,
    )
    assert CertificateTemplate.objects.count() == 1
    assert set(CoursePage.objects.values_list("certificate_template__name", flat=True)) == {"ERN Learning course completion"}
    assert first == second
    assert (
        first[1]
        == f"officer.kh@ern.example holds certificate {sophea.display_code}: /km/certificates/verify/{sophea.display_code}/"
    )
