"""PATCH /<application>/@review {"score_relevance": 4, "review_notes": "..."}."""

from plone.restapi.services import Service
from polepatrimoine.content import _
from polepatrimoine.content.calls.application import REVIEW_FIELDS
from polepatrimoine.content.calls.application import IApplication
from polepatrimoine.content.calls.services.review.get import review_data
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import field_errors
from polepatrimoine.content.common.rest import json_body
from zope.schema import ValidationError


class ReviewPatch(GuardedService, Service):
    def reply(self):
        data = json_body(self.request)
        errors, values = [], {}
        for name, value in data.items():
            if name not in REVIEW_FIELDS:
                errors.append({"field": name, "message": _("Unknown field.")})
                continue
            field = IApplication[name].bind(self.context)
            try:
                if value is not None:
                    field.validate(value)
            except ValidationError as exc:
                errors.append({"field": name, "message": exc.doc()})
                continue
            values[name] = value
        if errors:
            return field_errors(self.request, errors)
        for name, value in values.items():
            setattr(self.context, name, value)
        self.context.reindexObject(idxs=["modified"])
        return {
            "@id": f"{self.context.absolute_url()}/@review",
            **review_data(self.context),
        }
