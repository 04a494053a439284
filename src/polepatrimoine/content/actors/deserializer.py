"""REST writes of an Actor: the core deserializer, plus the checks across fields."""

from plone.restapi.deserializer import json_body
from plone.restapi.deserializer.dxcontent import DeserializeFromJson
from plone.restapi.interfaces import IDeserializeFromJson
from polepatrimoine.content.actors import validation
from polepatrimoine.content.actors.actor import IActor
from polepatrimoine.content.actors.coordination import refusal_message
from polepatrimoine.content.actors.coordination import refused_fields
from polepatrimoine.content.actors.form_validators import check_geolocation
from polepatrimoine.content.interfaces import IBrowserLayer
from zExceptions import BadRequest
from zExceptions import Forbidden
from zope.component import adapter
from zope.i18n import translate
from zope.interface import implementer


def cross_field_errors(actor, request) -> list[dict]:
    errors = []
    checks = (
        (
            "zip_code",
            lambda: validation.check_zip_department(actor.zip_code, actor.department),
        ),
        ("geolocation", lambda: check_geolocation(getattr(actor, "geolocation", None))),
    )
    for field, check in checks:
        try:
            check()
        except validation.FieldError as error:
            errors.append(
                {
                    "field": field,
                    "message": translate(error.message, context=request),
                    "error": "ValidationError",
                }
            )
    return errors


@implementer(IDeserializeFromJson)
@adapter(IActor, IBrowserLayer)
class DeserializeActorFromJson(DeserializeFromJson):
    def __call__(self, validate_all=False, data=None, create=False, **kw):
        if data is None:
            data = json_body(self.request)
        # plone.restapi skips a field its write_permission denies without a
        # word; an owner is told, and nothing is written.
        refused = refused_fields(self.context, data)
        if refused:
            raise Forbidden(translate(refusal_message(refused), context=self.request))
        result = super().__call__(
            validate_all=validate_all, data=data, create=create, **kw
        )
        errors = cross_field_errors(self.context, self.request)
        if errors:
            raise BadRequest(errors)
        return result
