"""Issuing, revoking, reissuing and rendering certificates; bulk work and expiry reminders.

Split by sub-area; import from here.
"""

from .bulk import bulk_zip_download_name, can_retry, retry_bulk_job, run_bulk_job, start_bulk_job
from .documents import certificate_content, certificate_filename, ensure_certificate_pdf, verification_url
from .issuing import (
    CertificateRefused,
    change_certificate_language,
    issue_course_certificate,
    issue_meeting_certificate,
    reissue_certificate,
    revoke_certificate,
)
from .reminders import send_expiry_reminders

__all__ = [
    "CertificateRefused",
    "certificate_content",
    "certificate_filename",
    "change_certificate_language",
    "ensure_certificate_pdf",
    "issue_course_certificate",
    "issue_meeting_certificate",
    "bulk_zip_download_name",
    "can_retry",
    "reissue_certificate",
    "retry_bulk_job",
    "revoke_certificate",
    "run_bulk_job",
    "send_expiry_reminders",
    "start_bulk_job",
    "verification_url",
]
