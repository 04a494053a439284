"""What an application may hold: its fields, the honeypot, the consent, and its
files, PDF only, recognised by their bytes and bounded in size."""

from plone.namedfile.file import NamedBlobFile
from plone.schema.email import Email
from polepatrimoine.content import _
from polepatrimoine.content.common import files
from polepatrimoine.content.common.files import FileRefused
from polepatrimoine.content.opportunities.applications.storage import FILES
from polepatrimoine.content.personaldata import consent
from zope.schema import ValidationError

import base64
import binascii
import os
import re


FIELD_LIMITS = {"fullname": 200, "email": 254, "message": 5000}
# 5 MiB per file: a CV or a letter in PDF is rarely over 1 MiB; documented in the README.
MAX_FILE_SIZE = 5 * 1024 * 1024
MAX_FILENAME = 120
REQUIRED_FILES = ("cv",)
# Hidden from people by the form's CSS, filled in by robots.
HONEYPOT = "website"
FIELD_TITLES = {
    "fullname": _("Full name"),
    "email": _("E-mail address"),
    "message": _("Message"),
    "cv": _("CV"),
    "letter": _("Cover letter"),
}


class ApplicationError(ValueError):
    """A refused application: its French message, the field at fault, the status."""

    def __init__(self, message, field: str | None = None, status: int = 400):
        super().__init__(message)
        self.message = message
        self.field = field
        self.status = status


def clean(data: dict) -> dict:
    """The application's texts and consent; raise ApplicationError naming the field."""
    if str(data.get(HONEYPOT) or "").strip():
        raise ApplicationError(_("Your application was refused."), HONEYPOT)
    values = {}
    for name, limit in FIELD_LIMITS.items():
        value = data.get(name)
        if value is not None and not isinstance(value, str):
            raise ApplicationError(_("This field must be text."), name)
        # Browsers send CRLF line ends; the mail and the page want LF.
        value = (value or "").replace("\r\n", "\n").replace("\r", "\n").strip()
        if "\0" in value:
            raise ApplicationError(_("This field contains a null character."), name)
        if name != "message":
            # One line: a name never starts a new line of an e-mail.
            value = " ".join(value.split())
        if len(value) > limit:
            raise ApplicationError(
                _(
                    "${field}: this field is too long (${limit} characters at most).",
                    mapping={"field": FIELD_TITLES[name], "limit": limit},
                ),
                name,
            )
        values[name] = value
    if not values["fullname"]:
        raise ApplicationError(_("Please give your full name."), "fullname")
    if not values["email"]:
        raise ApplicationError(_("Please give your e-mail address."), "email")
    try:
        Email().validate(values["email"])
    except ValidationError as error:
        raise ApplicationError(
            _("This e-mail address is not valid."), "email"
        ) from error
    if data.get(consent.FIELD) is not True:
        raise ApplicationError(consent.MISSING, consent.FIELD)
    values[consent.FIELD] = consent.record()
    return values


def too_large(name: str) -> ApplicationError:
    return ApplicationError(
        _(
            "${field}: the file is larger than ${size} MB.",
            mapping={
                "field": FIELD_TITLES[name],
                "size": MAX_FILE_SIZE // (1024 * 1024),
            },
        ),
        name,
    )


def not_pdf(name: str) -> ApplicationError:
    return ApplicationError(
        _(
            "${field}: only PDF files are accepted.",
            mapping={"field": FIELD_TITLES[name]},
        ),
        name,
    )


def read_upload(name: str, value) -> tuple[str, str, bytes] | None:
    """``(filename, declared type, bytes)`` of a multipart upload or of a JSON
    file (``{"data", "encoding": "base64", "filename", "content-type"}``, as
    plone.restapi takes files); None when the field is empty. Never reads more
    than the limit allows."""
    if value is None or value == "":
        return None
    if isinstance(value, dict):
        data = value.get("data")
        if not isinstance(data, str) or not data:
            raise not_pdf(name)
        # base64 takes 4 characters for 3 bytes.
        if len(data) > (MAX_FILE_SIZE + 2) // 3 * 4 + 4:
            raise too_large(name)
        try:
            raw = base64.b64decode(data, validate=True)
        except (binascii.Error, ValueError):
            raise not_pdf(name) from None
        filename = value.get("filename")
        content_type = value.get("content-type") or value.get("content_type")
    elif hasattr(value, "read") and hasattr(value, "filename"):
        raw = value.read(MAX_FILE_SIZE + 1)
        filename = value.filename
        headers = getattr(value, "headers", None)
        content_type = headers.get("Content-Type") if headers is not None else ""
    else:
        raise not_pdf(name)
    if len(raw) > MAX_FILE_SIZE:
        raise too_large(name)
    if not raw:
        return None
    return (
        filename if isinstance(filename, str) else "",
        content_type if isinstance(content_type, str) else "",
        raw,
    )


def safe_filename(filename: str, name: str) -> str:
    """The client's file name without folders, control characters or length."""
    base = os.path.basename((filename or "").replace("\\", "/"))
    base = re.sub(r"[\x00-\x1f\x7f\"<>]", "", base).strip(" .")
    return base[-MAX_FILENAME:] or f"{name}.pdf"


def check_pdf(name: str, upload: tuple[str, str, bytes]) -> NamedBlobFile:
    """The upload as a stored file, if its bytes are a PDF and its name and
    declared type do not say otherwise."""
    filename, content_type, data = upload
    try:
        detected = files.detect(data)
    except FileRefused:
        raise not_pdf(name) from None
    if detected != files.PDF:
        raise not_pdf(name)
    stored = NamedBlobFile(
        data=data,
        contentType=content_type or "application/octet-stream",
        filename=safe_filename(filename, name),
    )
    if not files.matches(stored, files.PDF):
        raise ApplicationError(files.mismatch_message(files.PDF), name)
    files.normalise(stored, files.PDF)
    return stored


def clean_files(uploads: dict) -> dict:
    """``{name: NamedBlobFile}`` of the application's files."""
    stored = {}
    for name in FILES:
        upload = read_upload(name, uploads.get(name))
        if upload is None:
            if name in REQUIRED_FILES:
                raise ApplicationError(
                    _(
                        "${field}: please attach the file (PDF).",
                        mapping={"field": FIELD_TITLES[name]},
                    ),
                    name,
                )
            continue
        stored[name] = check_pdf(name, upload)
    return stored
