"""Ids of applications: opaque, so a URL says nothing about the structure."""

from plone.app.content.interfaces import INameFromTitle
from polepatrimoine.content.calls.application import IApplication
from zope.component import adapter
from zope.interface import implementer

import uuid


@implementer(INameFromTitle)
@adapter(IApplication)
class ApplicationName:
    def __init__(self, context):
        self.title = f"candidature-{uuid.uuid4().hex[:10]}"
