"""``<offer>/@@opportunity-application-file/<application id>/<cv|letter>``: a file
of an application, for the offer's owner and the coordinators only."""

from plone.namedfile.utils import stream_data
from polepatrimoine.content.opportunities.applications import storage
from Products.Five import BrowserView
from zExceptions import NotFound
from zope.interface import implementer
from zope.publisher.interfaces import IPublishTraverse


@implementer(IPublishTraverse)
class ApplicationFile(BrowserView):
    """Registered with the applications' permission: Zope refuses anyone else
    before this runs (the login form for a visitor, 403 for a member)."""

    def __init__(self, context, request):
        super().__init__(context, request)
        self.params = []

    def publishTraverse(self, request, name):
        if len(self.params) >= 2:
            raise NotFound(self, name, request)
        self.params.append(name)
        return self

    def __call__(self):
        if len(self.params) != 2:
            raise NotFound(self, "", self.request)
        application_id, name = self.params
        application = storage.get(self.context.UID(), application_id)
        stored = application.files.get(name) if application is not None else None
        if stored is None:
            raise NotFound(self, name, self.request)
        response = self.request.response
        response.setHeader("Content-Type", "application/pdf")
        response.setHeader("Content-Disposition", f'attachment; filename="{name}.pdf"')
        response.setHeader("Content-Length", str(stored.getSize()))
        response.setHeader("X-Content-Type-Options", "nosniff")
        # Personal data: no shared cache keeps it.
        response.setHeader("Cache-Control", "private, no-store")
        return stream_data(stored)
