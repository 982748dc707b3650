"""QR codes drawn locally, as `data:` URLs WeasyPrint can embed without fetching anything.

A small greyscale PNG rather than SVG: WeasyPrint draws an SVG QR code module by module, which took
half of a certificate's render time, and re-encodes 1-bit or palette PNGs. Two pixels per module are
enough because the template turns off image smoothing (`image-rendering: pixelated`, i.e. PDF
/Interpolate false): viewers and printers scale each module up as a sharp square.
"""

import base64
import io


def qr_png(text: str, *, box_size: int = 2) -> bytes:
    """A black-and-white PNG QR code (error correction M, two-module quiet zone) encoding `text`."""
    import qrcode

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=2, box_size=box_size)
    code.add_data(text)
    code.make(fit=True)
    image = code.make_image(fill_color="black", back_color="white").get_image().convert("L")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def qr_data_url(text: str) -> str:
    """The QR code for `text` as a `data:image/png` URL."""
    return "data:image/png;base64," + base64.b64encode(qr_png(text)).decode("ascii")
