"""Attachments of an application: accepted formats are recognised by content.

The file name and the declared content type come from the client and prove
nothing; the first bytes do. SVG and HTML are refused because they carry
scripts that would run in the reviewers' browsers.
"""

from polepatrimoine.content import _
from zope.schema import ValidationError

import io
import zipfile


# 10 MiB per file; documented in the README.
MAX_ATTACHMENT_SIZE = 10 * 1024 * 1024

ACCEPTED_FORMATS = "PDF, ODT, DOCX, PNG, JPEG"

ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


class AttachmentRefused(ValidationError):
    """The file is not an accepted document."""

    def doc(self):
        return self.args[0] if self.args else self.__class__.__doc__


def sniff(data: bytes) -> str | None:
    """The format of data, from its content: pdf, png, jpeg, odt, docx or None."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith(b"PK\x03\x04"):
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
            names = set(archive.namelist())
            if "mimetype" in names and archive.read("mimetype").strip() == ODT_MIMETYPE:
                return "odt"
            if "word/document.xml" in names and "[Content_Types].xml" in names:
                return "docx"
        except zipfile.BadZipFile:
            return None
    return None


def validate_attachment(value) -> bool:
    """Field constraint of the attachment fields (NamedBlobFile values)."""
    if value is None:
        return True
    if value.getSize() > MAX_ATTACHMENT_SIZE:
        raise AttachmentRefused(
            _(
                "The file is larger than ${size} MB.",
                mapping={"size": MAX_ATTACHMENT_SIZE // (1024 * 1024)},
            )
        )
    if sniff(value.data) is None:
        raise AttachmentRefused(
            _(
                "This file format is not accepted (accepted: ${formats}).",
                mapping={"formats": ACCEPTED_FORMATS},
            )
        )
    return True
