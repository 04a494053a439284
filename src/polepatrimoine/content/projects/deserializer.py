"""REST writes of a Project: the core deserializer, plus the checks across fields."""

from plone.restapi.deserializer import json_body
from plone.restapi.deserializer.dxcontent import DeserializeFromJson
from plone.restapi.interfaces import IDeserializeFromJson
from polepatrimoine.content.actors.form_validators import check_geolocation
from polepatrimoine.content.common.validators import FieldError
from polepatrimoine.content.interfaces import IBrowserLayer
from polepatrimoine.content.projects.project import IProject
from polepatrimoine.content.projects.validation import check_period
from zExceptions import BadRequest
from zope.component import adapter
from zope.i18n import translate
from zope.interface import implementer


def cross_field_errors(project, request) -> list[dict]:
    errors = []
    checks = (
        ("end", lambda: check_period(project.start, project.end)),
        (
            "geolocation",
            lambda: check_geolocation(getattr(project, "geolocation", None)),
        ),
    )
    for field, check in checks:
        try:
            check()
        except FieldError as error:
            errors.append(
                {
                    "field": field,
                    "message": translate(error.message, context=request),
                    "error": "ValidationError",
                }
            )
    return errors


@implementer(IDeserializeFromJson)
@adapter(IProject, IBrowserLayer)
class DeserializeProjectFromJson(DeserializeFromJson):
    def __call__(self, validate_all=False, data=None, create=False, **kw):
        if data is None:
            data = json_body(self.request)
        result = super().__call__(
            validate_all=validate_all, data=data, create=create, **kw
        )
        errors = cross_field_errors(self.context, self.request)
        if errors:
            raise BadRequest(errors)
        return result
