"""1001 → 1003: the section « La lettre d'information » (``lettre``)."""

from plone import api
from polepatrimoine.policy.setup import sections


def add_newsletter_section(context) -> None:
    sections.create_sections(api.portal.get())
