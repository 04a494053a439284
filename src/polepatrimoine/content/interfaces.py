"""Interfaces of polepatrimoine.content."""

from zope.publisher.interfaces.browser import IDefaultBrowserLayer


class IBrowserLayer(IDefaultBrowserLayer):
    """Browser layer of the Pôle Patrimoine suite, installed by the content profile."""
