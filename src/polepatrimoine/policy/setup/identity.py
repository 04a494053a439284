"""The site's logo and favicon, and the footer without Plone's own portlets."""

from pathlib import Path
from plone import api
from plone.formwidget.namedfile.converter import b64encode_file
from plone.portlets.interfaces import IPortletAssignmentMapping
from plone.portlets.interfaces import IPortletManager
from polepatrimoine.policy import logger
from zope.component import getMultiAdapter
from zope.component import getUtility


IMAGES = Path(__file__).parent.parent / "theme" / "images"

# Plone's copyright notice and colophon: our footer viewlet says who runs the
# site and « Propulsé par Plone ». The site actions portlet stays (legal links).
PLONE_FOOTER_PORTLETS = ("footer", "colophon")


def remove_plone_footer_portlets(portal) -> None:
    manager = getUtility(IPortletManager, name="plone.footerportlets", context=portal)
    mapping = getMultiAdapter((portal, manager), IPortletAssignmentMapping)
    for name in PLONE_FOOTER_PORTLETS:
        if name in mapping:
            del mapping[name]
            logger.info("Removed Plone's footer portlet %s", name)


def set_logo_and_favicon() -> None:
    """Shared pictures of the site (og:image, favicon outside the theme).

    The header shows the wordmark (identity/viewlets.py); the logo record is
    what social networks show when a page is shared, so a raster emblem.
    """
    if not api.portal.get_registry_record("plone.site_logo", default=None):
        data = (IMAGES / "apple-touch-icon.png").read_bytes()
        api.portal.set_registry_record(
            "plone.site_logo", b64encode_file("pole-patrimoine.png", data)
        )
    if not api.portal.get_registry_record("plone.site_favicon", default=None):
        data = (IMAGES / "favicon.ico").read_bytes()
        api.portal.set_registry_record(
            "plone.site_favicon", b64encode_file("favicon.ico", data)
        )


def configure_identity(portal) -> None:
    remove_plone_footer_portlets(portal)
    set_logo_and_favicon()
