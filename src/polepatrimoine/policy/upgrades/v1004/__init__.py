"""1003 → 1004: the newsletter's archive in ``lettre`` (issue 16)."""

from plone import api
from polepatrimoine.policy.setup.newsletter_archive import configure_archive


def newsletter_archive(setup_tool) -> None:
    configure_archive(api.portal.get())
