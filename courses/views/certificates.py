"""Certificate pages: public verification, the holder's own certificates, and PDF downloads."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from courses.certificate_forms import CertificateLanguageForm, VerifyCodeForm
from courses.models import format_verification_code
from courses.rendering.dates import format_certificate_date
from courses.rendering.pdf import RenderError
from courses.selectors.certificates import (
    can_manage_certificate,
    certificate_by_code,
    certificates_of,
    certificates_visible_to,
    verification_facts,
)
from courses.services.certificates import (
    CertificateRefused,
    certificate_filename,
    change_certificate_language,
    ensure_certificate_pdf,
)
from ern_learning.core.ratelimit import hit

# Lookups per client address: a burst limit and an hourly one (codes carry 50 random bits).
DEFAULT_VERIFY_LIMITS = ((20, 60), (100, 3600))


@never_cache
def verify_form(request: HttpRequest) -> HttpResponse:
    form = VerifyCodeForm(request.GET or None)
    if form.is_bound and form.is_valid():
        return redirect("certificates:verify", code=format_verification_code(form.cleaned_data["code"]))
    return render(request, "courses/certificates/verify.html", {"form": form})


@never_cache
def verify(request: HttpRequest, code: str) -> HttpResponse:
    form = VerifyCodeForm(initial={"code": code[:24]})
    context = {"form": form, "looked_up": True}
    limits = getattr(settings, "CERTIFICATE_VERIFY_LIMITS", DEFAULT_VERIFY_LIMITS)
    # Every window counts the attempt, even when an earlier one already refuses it.
    allowed = [hit(request, action=f"certificate-verify-{period}", limit=limit, period=period) for limit, period in limits]
    if not all(allowed):
        return render(request, "courses/certificates/verify.html", {**context, "rate_limited": True}, status=429)
    certificate = certificate_by_code(code)
    if certificate is None:
        return render(request, "courses/certificates/verify.html", {**context, "not_found": True}, status=404)
    language = get_language()
    context.update(certificate=certificate, facts=verification_facts(certificate, language=language))
    return render(request, "courses/certificates/verify.html", context)


@login_required
def my_certificates(request: HttpRequest) -> HttpResponse:
    language = get_language()
    items = [
        {
            "certificate": certificate,
            "form": CertificateLanguageForm(certificate=certificate),
            "issued_on": format_certificate_date(certificate.issued_on, language),
            "expires_on": format_certificate_date(certificate.expires_on, language) if certificate.expires_on else "",
        }
        for certificate in certificates_of(request.user)
    ]
    return render(request, "courses/certificates/my_certificates.html", {"items": items})


@login_required
def download(request: HttpRequest, pk: int) -> HttpResponse:
    # Somebody else's certificate is indistinguishable from a missing one.
    certificate = get_object_or_404(certificates_visible_to(request.user), pk=pk)
    if certificate.is_revoked and not can_manage_certificate(request.user, certificate):
        messages.error(request, _("This certificate has been revoked and can no longer be downloaded."))
        return redirect("certificates:mine")
    try:
        pdf = ensure_certificate_pdf(certificate)
    except RenderError:
        return render(request, "courses/certificates/render_failed.html", status=503)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{certificate_filename(certificate)}"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def change_language(request: HttpRequest, pk: int) -> HttpResponse:
    certificate = get_object_or_404(certificates_of(request.user), pk=pk)
    form = CertificateLanguageForm(request.POST, certificate=certificate)
    if not form.is_valid():
        messages.error(request, _("Choose one of the languages this course is offered in."))
        return redirect("certificates:mine")
    try:
        change_certificate_language(
            certificate,
            language=form.cleaned_data["language"],
            bilingual=form.cleaned_data["bilingual"],
            by=request.user,
            request=request,
        )
    except CertificateRefused as refusal:
        messages.error(request, refusal.message)
        return redirect("certificates:mine")
    messages.success(request, _("Your certificate will be printed in the language you chose."))
    return redirect("certificates:mine")
