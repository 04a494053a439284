"""What an uploaded file really is, read from its bytes with bounded memory.

Names and declared types come from the client and prove nothing. Archives
(ODT, DOCX…) are inspected from their central directory and, where a member
must be read, by reading a few bytes of it: a 300 KB archive can declare or
expand to gigabytes.
"""

from polepatrimoine.content import _
from zope.schema import ValidationError

import io
import mimetypes
import re
import zipfile


# Office documents hold a few dozen members; a thousand is far beyond them.
MAX_ZIP_ENTRIES = 1000
# The central directory lists the members: 64 KiB holds a thousand names.
MAX_ZIP_DIRECTORY = 256 * 1024
# Declared uncompressed size of all the members together.
MAX_ZIP_UNCOMPRESSED = 100 * 1024 * 1024
# XML compresses ten to a hundredfold; deflate tops out near 1030:1, which
# only long runs of one byte (a bomb) reach.
MAX_ZIP_RATIO = 500
NESTED_ARCHIVES = (".zip", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar", ".tar", ".zst")
# Browsers sniff the first 1445 bytes (WHATWG MIME Sniffing, 7.2).
SNIFF_LENGTH = 1445

PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
GIF = "image/gif"
WEBP = "image/webp"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
ODP = "application/vnd.oasis.opendocument.presentation"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
ZIP = "application/zip"

EXTENSIONS = {
    PDF: ".pdf",
    PNG: ".png",
    JPEG: ".jpg",
    GIF: ".gif",
    WEBP: ".webp",
    ODT: ".odt",
    ODS: ".ods",
    ODP: ".odp",
    DOCX: ".docx",
    XLSX: ".xlsx",
    PPTX: ".pptx",
    ZIP: ".zip",
}

_OPENDOCUMENT = {ODT.encode(): ODT, ODS.encode(): ODS, ODP.encode(): ODP}
_OOXML = {
    "word/document.xml": DOCX,
    "xl/workbook.xml": XLSX,
    "ppt/presentation.xml": PPTX,
}

# What makes a browser (or a PDF reader's HTML fallback) run markup: tags a
# sniffer recognises, in any case, after any bytes.
MARKUP = re.compile(
    rb"<\s*(!doctype|html|head|body|script|iframe|svg|object|embed|meta|"
    rb"style|link|form|img|frameset|a\s|div|title|base)[\s/>]"
    rb"|javascript:",
    re.IGNORECASE,
)


class FileRefused(ValidationError):
    """The file is not accepted."""

    def doc(self):
        return self.args[0] if self.args else self.__class__.__doc__


def archive_refused() -> FileRefused:
    return FileRefused(
        _(
            "This archive is not accepted: it holds too many files or expands "
            "too much.",
        )
    )


def has_markup(data: bytes) -> bool:
    """Markup a browser would render as a page, in the sniffed head of data."""
    return MARKUP.search(data[:SNIFF_LENGTH]) is not None


def _check_directory(fp) -> None:
    """Refuse an archive whose central directory alone is too large to parse."""
    # zipfile's own reading of the end record, so that both see the same one.
    end = zipfile._EndRecData(fp)
    if end is None:
        raise archive_refused()
    entries = end[zipfile._ECD_ENTRIES_TOTAL]
    size = end[zipfile._ECD_SIZE]
    if entries > MAX_ZIP_ENTRIES or size > MAX_ZIP_DIRECTORY:
        raise archive_refused()


def zip_members(source) -> zipfile.ZipFile:
    """The archive (bytes or a seekable file), once its directory and declared
    sizes are within bounds.

    Raise FileRefused beyond them. Nothing is decompressed here.
    """
    fp = _stream(source)
    _check_directory(fp)
    try:
        archive = zipfile.ZipFile(fp)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise archive_refused() from exc
    infos = archive.infolist()
    if len(infos) > MAX_ZIP_ENTRIES:
        raise archive_refused()
    total = 0
    for info in infos:
        # Archives inside the archive are never opened here; a document has
        # no reason to carry one, and a nested bomb hides its ratio in them.
        if info.filename.lower().endswith(NESTED_ARCHIVES):
            raise archive_refused()
        total += info.file_size
        if total > MAX_ZIP_UNCOMPRESSED:
            raise archive_refused()
        if info.file_size > max(info.compress_size, 1) * MAX_ZIP_RATIO:
            raise archive_refused()
    return archive


def read_member(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """At most ``limit`` bytes of a member: decompression stops there."""
    try:
        with archive.open(name) as member:
            return member.read(limit)
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError) as exc:
        raise archive_refused() from exc


def _stream(source):
    if isinstance(source, (bytes, bytearray, memoryview)):
        return io.BytesIO(source)
    source.seek(0)
    return source


def _zip_type(source) -> str:
    archive = zip_members(source)
    names = set(archive.namelist())
    if "mimetype" in names:
        longest = max(len(key) for key in _OPENDOCUMENT)
        declared = read_member(archive, "mimetype", longest + 2).strip()
        if declared in _OPENDOCUMENT:
            return _OPENDOCUMENT[declared]
    if "[Content_Types].xml" in names:
        for name, mimetype in _OOXML.items():
            if name in names:
                return mimetype
    return ZIP


def detect(source) -> str | None:
    """The MIME type of source (bytes or a seekable binary file) from its
    content, or None when not recognised.

    Raise FileRefused for an archive beyond the bounds. A file whose head
    carries markup is never recognised: ``%PDF-`` followed by HTML is a page.
    """
    fp = _stream(source)
    data = fp.read(SNIFF_LENGTH)
    if data.startswith(b"PK\x03\x04"):
        return _zip_type(fp)
    if has_markup(data):
        return None
    if data.startswith(b"%PDF-"):
        return PDF
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith((b"GIF87a", b"GIF89a")):
        return GIF
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return WEBP
    return None


def detect_file(value) -> str | None:
    """``detect`` on a NamedFile or NamedBlobFile, without loading a blob whole."""
    opener = getattr(value, "open", None)
    if opener is not None and getattr(value, "_blob", None) is not None:
        with opener() as fp:
            return detect(fp)
    return detect(value.data)


def head_of(value) -> bytes:
    opener = getattr(value, "open", None)
    if opener is not None and getattr(value, "_blob", None) is not None:
        with opener() as fp:
            return fp.read(SNIFF_LENGTH)
    return bytes(value.data[:SNIFF_LENGTH])


def declared_types(value) -> set[str]:
    """The types the client claims: its Content-Type and its file name's."""
    claimed = set()
    content_type = (getattr(value, "contentType", "") or "").split(";")[0].strip()
    if content_type and content_type != "application/octet-stream":
        claimed.add(content_type.lower())
    filename = getattr(value, "filename", "") or ""
    guessed = mimetypes.guess_type(filename, strict=False)[0]
    if guessed:
        claimed.add(guessed)
    return claimed


# Declared types that name the same format as the detected one.
ALIASES = {
    JPEG: {"image/jpeg", "image/pjpeg", "image/jpg"},
    PNG: {"image/png", "image/x-png"},
    PDF: {"application/pdf", "application/x-pdf"},
    ZIP: {"application/zip", "application/x-zip-compressed", "application/x-zip"},
}
# Some systems declare an office document as the zip archive it is.
for _office in (ODT, ODS, ODP, DOCX, XLSX, PPTX):
    ALIASES[_office] = {_office} | ALIASES[ZIP]


def matches(value, detected: str) -> bool:
    """The client's claims (if any) agree with the detected type."""
    accepted = ALIASES.get(detected, {detected})
    return all(claim in accepted for claim in declared_types(value))


def mismatch_message(detected: str):
    return _(
        "The content of this file (${detected}) does not match its name or "
        "declared type.",
        mapping={"detected": EXTENSIONS.get(detected, detected).lstrip(".").upper()},
    )


def normalise(value, detected: str) -> None:
    """Store the detected type, and a file name whose extension says it."""
    if value.contentType != detected:
        value.contentType = detected
    filename = getattr(value, "filename", None) or ""
    extension = EXTENSIONS.get(detected)
    if extension and filename:
        stem, dot, current = filename.rpartition(".")
        if not dot or f".{current.lower()}" not in _extensions_of(detected):
            value.filename = f"{stem if dot else filename}{extension}"


def _extensions_of(mimetype: str) -> set[str]:
    extensions = set(mimetypes.guess_all_extensions(mimetype, strict=False))
    extensions.add(EXTENSIONS.get(mimetype, ""))
    if mimetype == JPEG:
        extensions |= {".jpg", ".jpeg", ".jpe"}
    return extensions


# Types a browser runs as a page or a script when it opens them.
ACTIVE_TYPES = {
    "text/html",
    "application/xhtml+xml",
    "image/svg+xml",
    "text/xml",
    "application/xml",
    "text/javascript",
    "application/javascript",
    "application/x-javascript",
    "application/ecmascript",
    "text/ecmascript",
}


def markup_refused() -> FileRefused:
    return FileRefused(
        _(
            "Files holding web pages or scripts (HTML, SVG, JavaScript) are not "
            "accepted.",
        )
    )


def check_upload(value) -> str | None:
    """Any format, except pages and scripts, and a content that says what the
    client claims. Return the detected type (stored on value), or None for a
    format this module does not recognise (kept as declared, served with
    ``nosniff``)."""
    detected = detect_file(value)
    claims = declared_types(value)
    if detected is None:
        if claims & ACTIVE_TYPES or has_markup(head_of(value)):
            raise markup_refused()
        recognised = set().union(*ALIASES.values()) | set(EXTENSIONS)
        if claims & recognised:
            raise FileRefused(
                _("The content of this file does not match its name or declared type.")
            )
        return None
    if not matches(value, detected):
        raise FileRefused(mismatch_message(detected))
    normalise(value, detected)
    return detected


def check_file(value) -> bool:
    """Field constraint of files of any format uploaded by members."""
    if value is not None:
        check_upload(value)
    return True
