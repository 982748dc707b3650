"""What the journeys share: signing in (with a TOTP code when asked), reading e-mails, decoding QR codes."""

import re
import subprocess
from pathlib import Path

from django.core import mail


def current_totp_code(user) -> str:
    from allauth.mfa.adapter import get_adapter
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value, yield_hotp_counters_from_time

    authenticator = Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP)
    secret = get_adapter().decrypt(authenticator.data["secret"])
    return format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))


def sign_in(page, base_url: str, user, *, password: str, language: str) -> None:
    """Sign in through allauth's form, answering the authenticator-app step if it comes."""
    page.goto(f"{base_url}/{language}/accounts/login/")
    page.fill("input[name=login]", user.email)
    page.fill("input[name=password]", password)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state()
    if "/2fa/authenticate/" in page.url:
        page.fill("input[name=code]", current_totp_code(user))
        page.locator("main form button[type=submit]").first.click()
        page.wait_for_load_state()


def sign_out(page) -> None:
    page.locator("form[action*='/accounts/logout/'] button").first.click()
    page.wait_for_load_state()


def last_link_in_mail(to: str) -> str:
    message = next(m for m in reversed(mail.outbox) if to in m.to)
    return re.findall(r"https?://\S+", message.body)[-1]


def decode_qr_in_pdf(pdf: Path) -> str:
    """Rasterise the first page with poppler and read the QR code with zxing-cpp."""
    import zxingcpp
    from PIL import Image

    prefix = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", str(pdf), str(prefix)], check=True)
    image_path = next(pdf.parent.glob(prefix.name + "*.png"))
    results = zxingcpp.read_barcodes(Image.open(image_path))
    assert results, "no QR code found on the certificate"
    return results[0].text
