"""1016 → 1020: Plone's own dates in the French form whatever the browser's language."""

from plone import api


PREFIX = "Products.CMFPlone.i18nl10n.override_dateformat."
FORMATS = {
    "date_format_long": "${d}/${m}/${Y} ${H}:${M}",
    "date_format_short": "${d}/${m}/${Y}",
    "time_format": "${H}:${M}",
}


def french_date_formats(setup_tool) -> None:
    # Only these four records: re-importing registry.xml would reset the
    # settings coordinators changed since.
    for name, value in FORMATS.items():
        api.portal.set_registry_record(PREFIX + name, value)
    api.portal.set_registry_record(PREFIX + "Enabled", True)
