"""What an uploaded file really is, read from its bytes with bounded memory.

Names and declared types come from the client and prove nothing. Archives
(ODT, DOCX…) are inspected from their central directory and, where a member
must be read, by reading a few bytes of it: a 300 KB archive can declare or
expand to gigabytes.
"""

from polepatrimoine.content import _
from zope.schema import ValidationError

import io
import logging
import mimetypes
import re
import warnings
import zipfile


logger = logging.getLogger(__name__)
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


IMAGE_TYPES = (PNG, JPEG, GIF, WEBP)

# Scaling decodes the whole image (4 bytes a pixel, then the copies a scale
# makes): 40 megapixels is about 160 MB, what a camera's photo needs; a
# 100 KB PNG can declare 12000 x 12000 (576 MB). 10000 px a side is beyond
# any screen or print a logo or illustration is shown in.
MAX_IMAGE_PIXELS = 40_000_000
MAX_IMAGE_SIDE = 10_000


def _bound_pil() -> None:
    """PIL's own decompression-bomb guard, for everything that decodes images
    (plone.namedfile's scales of images stored before the bound): PIL refuses
    above twice its ``MAX_IMAGE_PIXELS`` (and only warns between), so half the
    budget makes it refuse exactly what uploads are refused."""
    from PIL import Image

    limit = MAX_IMAGE_PIXELS // 2
    if Image.MAX_IMAGE_PIXELS is None or limit < Image.MAX_IMAGE_PIXELS:
        Image.MAX_IMAGE_PIXELS = limit


_bound_pil()


def image_too_large() -> FileRefused:
    return FileRefused(
        _(
            "This image is too large: at most ${side} pixels a side and "
            "${megapixels} megapixels.",
            mapping={
                # A plain space: REST gives messages inside a repr, which escapes others.
                "side": f"{MAX_IMAGE_SIDE:,}".replace(",", " "),
                "megapixels": MAX_IMAGE_PIXELS // 1_000_000,
            },
        )
    )


def image_size(value) -> tuple[int, int]:
    """The pixel size an image declares, read from its header only (PIL's
    ``open`` is lazy: nothing is decoded). Raise FileRefused for an image
    PIL cannot read or that declares more than the bounds."""
    from PIL import Image

    def read(fp):
        with warnings.catch_warnings():
            # Between half the budget and the budget: ours to decide, below.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            try:
                with Image.open(fp) as image:
                    return image.size
            except Image.DecompressionBombError as exc:
                raise image_too_large() from exc
            except (OSError, SyntaxError, ValueError) as exc:
                raise FileRefused(
                    _("The image must be a PNG, JPEG, GIF or WebP file.")
                ) from exc

    opener = getattr(value, "open", None)
    if opener is not None and getattr(value, "_blob", None) is not None:
        with opener() as fp:
            width, height = read(fp)
    else:
        width, height = read(io.BytesIO(bytes(value.data)))
    if (
        width > MAX_IMAGE_SIDE
        or height > MAX_IMAGE_SIDE
        or width * height > MAX_IMAGE_PIXELS
    ):
        raise image_too_large()
    return width, height


def check_image(value) -> bool:
    """Field constraint of images uploaded by members: raster images only
    (an SVG is a page with scripts), recognised by content, within the pixel
    bounds (``image_size``)."""
    if value is None:
        return True
    detected = detect_file(value)
    if detected not in IMAGE_TYPES:
        raise FileRefused(_("The image must be a PNG, JPEG, GIF or WebP file."))
    if not matches(value, detected):
        raise FileRefused(mismatch_message(detected))
    image_size(value)
    normalise(value, detected)
    return True


def check_file(value) -> bool:
    """Field constraint of files of any format uploaded by members."""
    if value is not None:
        check_upload(value)
    return True


def served_file(published):
    """The stored file (or image) a download or image view is serving, or None.

    Each route finds it its own way: plone.namedfile's ``@@download`` and
    ``@@display-file`` by field name, or the primary field when none is given;
    the form widget's download (``++widget++…/@@download``, which has no field
    name) through the widget; ``@@images`` scales and originals hold it.
    """
    from plone.formwidget.namedfile.widget import Download as WidgetDownload
    from plone.namedfile.browser import Download
    from plone.namedfile.scaling import ImageScale
    from plone.rfc822.interfaces import IPrimaryFieldInfo
    from z3c.form.interfaces import IDataManager
    from zope.component import queryMultiAdapter

    if getattr(published, "__name__", None) == "index_html" and isinstance(
        getattr(published, "__self__", None), ImageScale
    ):
        published = published.__self__
    if isinstance(published, ImageScale):
        return getattr(published, "data", None)
    if isinstance(published, WidgetDownload):
        widget = published.context
        form = getattr(widget, "form", None)
        content = form.getContent() if form is not None else widget.context
        manager = queryMultiAdapter((content, widget.field), IDataManager)
        return manager.query() if manager is not None else None
    if isinstance(published, Download):
        field = getattr(published, "fieldname", None)
        if field:
            return getattr(published.context, field, None)
        info = IPrimaryFieldInfo(published.context, None)
        return info.value if info is not None else None
    return None


def is_file_view(published) -> bool:
    from plone.namedfile.browser import Download
    from plone.namedfile.scaling import ImageScale

    return isinstance(published, (Download, ImageScale)) or (
        getattr(published, "__name__", None) == "index_html"
        and isinstance(getattr(published, "__self__", None), ImageScale)
    )


def files_untransformed(event) -> None:
    """Stored files are served byte for byte.

    Subscriber of ZPublisher's IPubAfterTraversal. plone.transformchain (Diazo,
    plone.protect's token) parses any response declared HTML and writes it out
    again: a page stored before the checks was rewritten on its way out,
    before its type was corrected to opaque bytes.
    """
    from plone.namedfile.browser import Download
    from plone.transformchain.interfaces import DISABLE_TRANSFORM_REQUEST_KEY
    from polepatrimoine.content.interfaces import IBrowserLayer

    request = event.request
    # Downloads only: they write nothing, so plone.protect's check on writes
    # (a transform too) has nothing to see; scales, which store what they
    # make, keep it (and are images, which no transform parses).
    if IBrowserLayer.providedBy(request) and isinstance(
        request.get("PUBLISHED"), Download
    ):
        request.environ[DISABLE_TRANSFORM_REQUEST_KEY] = True


def file_response_headers(event) -> None:
    """Files and images are served as what their content is, never sniffed.

    Subscriber of ZPublisher's IPubBeforeCommit: the response's headers are
    still open. Files stored before their type was checked are served with
    the detected type (or as opaque bytes) rather than the uploader's, by
    every route that serves a stored file (``served_file``).
    """
    from polepatrimoine.content.interfaces import IBrowserLayer

    request = event.request
    published = request.get("PUBLISHED")
    if not IBrowserLayer.providedBy(request) or not is_file_view(published):
        return
    response = request.response
    response.setHeader("X-Content-Type-Options", "nosniff")
    if response.getStatus() >= 300:
        return
    try:
        value = served_file(published)
    except Exception:  # noqa: BLE001 - headers must never turn a download into a 500
        logger.exception("Could not find the file served by %r", published)
        return
    if value is None or not hasattr(value, "getSize"):
        return
    try:
        detected = detect_file(value)
    except FileRefused:
        detected = None
    declared = (response.getHeader("Content-Type") or "").split(";")[0].strip()
    if detected is None and (declared in ACTIVE_TYPES or has_markup(head_of(value))):
        response.setHeader("Content-Type", "application/octet-stream")
    elif detected is not None and declared != detected:
        response.setHeader("Content-Type", detected)
