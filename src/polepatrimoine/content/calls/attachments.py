"""Attachments of an application: accepted formats are recognised by content.

The file name and the declared content type come from the client and prove
nothing; the bytes do (``common.files``, which reads archives with bounded
memory). SVG and HTML are refused because they carry scripts that would run
in the reviewers' browsers; a file whose name or declared type says another
format than its content is refused too, and the stored file takes the type
and extension of its content, which is what it is served as.
"""

from polepatrimoine.content import _
from polepatrimoine.content.common import files
from polepatrimoine.content.common.files import FileRefused


# 10 MiB per file; documented in the README.
MAX_ATTACHMENT_SIZE = 10 * 1024 * 1024

ACCEPTED_FORMATS = "PDF, ODT, DOCX, PNG, JPEG"

ODT_MIMETYPE = files.ODT.encode()

KINDS = {
    files.PDF: "pdf",
    files.PNG: "png",
    files.JPEG: "jpeg",
    files.ODT: "odt",
    files.DOCX: "docx",
}


class AttachmentRefused(FileRefused):
    """The file is not an accepted document."""


def refused_format() -> AttachmentRefused:
    return AttachmentRefused(
        _(
            "This file format is not accepted (accepted: ${formats}).",
            mapping={"formats": ACCEPTED_FORMATS},
        )
    )


def sniff(data: bytes) -> str | None:
    """The format of data, from its content: pdf, png, jpeg, odt, docx or None.

    Raise AttachmentRefused for an archive beyond the bounds of ``common.files``.
    """
    try:
        detected = files.detect(data)
    except FileRefused as exc:
        raise AttachmentRefused(*exc.args) from exc
    return KINDS.get(detected)


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
    kind = sniff(value.data)
    if kind is None:
        raise refused_format()
    detected = next(mime for mime, k in KINDS.items() if k == kind)
    if not files.matches(value, detected):
        raise AttachmentRefused(files.mismatch_message(detected))
    files.normalise(value, detected)
    return True
