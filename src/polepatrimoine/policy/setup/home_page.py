"""The site root shows the suite's home page (``@@home``).

The site's own text stays at ``/Plone/document_view``, and the Display menu
offers both views, so that a coordinator can go back to the text.
"""

from plone import api


HOME_VIEW = "home"


def set_home_page(portal) -> None:
    fti = api.portal.get_tool("portal_types").getTypeInfo(portal)
    if fti is not None and HOME_VIEW not in fti.view_methods:
        fti.view_methods = (*fti.view_methods, HOME_VIEW)
    # A layout a coordinator chose (another than Plone's default) is kept.
    if portal.getLayout() in (None, "", "document_view", "listing_view"):
        portal.setLayout(HOME_VIEW)


def unset_home_page(portal) -> None:
    """Uninstalled, the suite's view is gone: the root shows its text again."""
    fti = api.portal.get_tool("portal_types").getTypeInfo(portal)
    if fti is not None and HOME_VIEW in fti.view_methods:
        fti.view_methods = tuple(v for v in fti.view_methods if v != HOME_VIEW)
    if portal.getLayout() == HOME_VIEW:
        portal.setLayout(fti.default_view if fti is not None else "document_view")
