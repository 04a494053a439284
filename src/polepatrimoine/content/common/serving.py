"""Stored files served as what their content is: the detected type, nosniff,
byte for byte (no transform of the response)."""

from polepatrimoine.content.common.files import ACTIVE_TYPES
from polepatrimoine.content.common.files import FileRefused
from polepatrimoine.content.common.files import detect_file
from polepatrimoine.content.common.files import has_markup
from polepatrimoine.content.common.files import head_of

import logging


logger = logging.getLogger(__name__)


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
