import pytest
from django.urls import reverse

from courses.models import Enrolment, TranslationStatus
from courses.services.progress import enrol_user
from ern_learning.accounts.models import Country
from ern_learning.core.i18n import set_translations
from tests.factories.accounts import OfficerFactory


def test_translation_status_view_shows_cells_linking_to_edit(client, author, course, lessons):
    set_translations(lessons[0], "title", {"km": "មេរៀន"})
    set_translations(lessons[0], "summary", {"km": "សេចក្តីសង្ខេប"})
    set_translations(lessons[0], "body", {"km": [("paragraph", "<p>អត្ថបទ</p>")]})
    lessons[0].save_revision()
    client.force_login(author)

    response = client.get(reverse("courses_translation_status"))

    assert response.status_code == 200
    overview = response.context["courses"]
    assert [row.page.title for row in overview[0].rows] == ["Digital evidence basics", "Lesson 1", "Lesson 2", "Lesson 3"]
    cells = {cell.language: cell.status for cell in overview[0].rows[1].cells}
    assert cells["km"] == TranslationStatus.COMPLETE and cells["th"] == TranslationStatus.MISSING
    html = response.content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[lessons[0].pk]) in html
    assert "translation-cell--complete" in html and "translation-cell--missing" in html


def test_translation_status_view_officer_is_refused(client, officer, course):
    client.force_login(officer)

    response = client.get(reverse("courses_translation_status"))

    assert response.status_code in (302, 403)


def test_translation_status_menu_item_shown_to_reviewer(client, reviewer, course):
    client.force_login(reviewer)

    html = client.get(reverse("wagtailadmin_home")).content.decode()

    assert reverse("courses_translation_status") in html


def test_enrolment_list_visible_to_reviewer(client, reviewer, enrolment):
    client.force_login(reviewer)

    response = client.get(reverse("enrolments:index"))

    assert response.status_code == 200
    assert list(response.context["object_list"]) == [enrolment]


def test_enrolment_list_focal_point_sees_own_country_only(client, focal_point, course):
    cambodian = OfficerFactory(country=Country.CAMBODIA)
    thai = OfficerFactory(country=Country.THAILAND)
    own = enrol_user(cambodian, course)
    enrol_user(thai, course)
    client.force_login(focal_point)

    response = client.get(reverse("enrolments:index"))

    assert list(response.context["object_list"]) == [own]


def test_enrolment_of_another_country_cannot_be_inspected_by_focal_point(client, focal_point, course):
    other = enrol_user(OfficerFactory(country=Country.THAILAND), course)
    client.force_login(focal_point)

    response = client.get(reverse("enrolments:inspect", args=[other.pk]), follow=True)

    assert response.status_code == 404
    assert other.user.email not in response.content.decode()


def test_learning_records_cannot_be_edited_even_by_superuser(client, administrator, enrolment):
    administrator.is_superuser = True
    administrator.save()
    client.force_login(administrator)

    assert client.get(reverse("enrolments:edit", args=[enrolment.pk])).status_code in (302, 403)
    assert client.post(reverse("enrolments:delete", args=[enrolment.pk])).status_code in (302, 403)
    assert Enrolment.objects.filter(pk=enrolment.pk).exists()


def test_quiz_attempt_list_visible_to_administrator(client, administrator, enrolment):
    client.force_login(administrator)

    assert client.get(reverse("quiz_attempts:index")).status_code == 200


@pytest.mark.parametrize("language, expected", [("km", "ភស្តុតាងឌីជីថល"), ("en", "Digital evidence basics")])
def test_course_preview_in_each_language(rf, author, course, language, expected):
    set_translations(course, "title", {"km": "ភស្តុតាងឌីជីថល"})
    request = rf.get("/admin/")
    request.user = author

    response = course.make_preview_request(request, preview_mode=language)

    assert [code for code, _name in course.preview_modes] == ["en", "km", "id", "lo", "ms", "fil", "th", "vi"]
    assert response.status_code == 200
    assert f"<h1>{expected}</h1>" in response.content.decode()
    assert f'<html lang="{language}"' in response.content.decode()
