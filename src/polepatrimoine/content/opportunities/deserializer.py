"""REST writes of an offer: the core deserializer, plus the rules across fields."""

from plone.restapi.deserializer import json_body
from plone.restapi.deserializer.dxcontent import DeserializeFromJson
from plone.restapi.interfaces import IDeserializeFromJson
from polepatrimoine.content.actors.form_validators import check_geolocation
from polepatrimoine.content.actors.validation import FieldError as PositionError
from polepatrimoine.content.interfaces import IBrowserLayer
from polepatrimoine.content.opportunities import validation
from polepatrimoine.content.opportunities.opportunity import IOpportunity
from zExceptions import BadRequest
from zope.component import adapter
from zope.i18n import translate
from zope.interface import implementer


def target(relation):
    return relation.to_object if relation is not None else None


def rule_errors(offer, before: dict, request) -> list[dict]:
    """The broken rules of offer, given its structure and deadline before the write."""
    checks = [
        (
            "kind_detail",
            lambda: validation.check_kind_detail(offer.kind, offer.kind_detail),
        ),
        ("geolocation", lambda: check_geolocation(getattr(offer, "geolocation", None))),
    ]
    structure = target(offer.structure)
    # Who may edit an offer may keep its structure: only a new one is checked.
    if before.get("structure") is None or structure != before["structure"]:
        checks.append(("structure", lambda: validation.check_structure(structure)))
    if offer.deadline != before.get("deadline"):
        checks.append(("deadline", lambda: validation.check_deadline(offer.deadline)))
    errors = []
    for field, check in checks:
        try:
            check()
        except (validation.FieldError, PositionError) as error:
            errors.append(
                {
                    "field": field,
                    "message": translate(error.message, context=request),
                    "error": "ValidationError",
                }
            )
    return errors


@implementer(IDeserializeFromJson)
@adapter(IOpportunity, IBrowserLayer)
class DeserializeOpportunityFromJson(DeserializeFromJson):
    def __call__(self, validate_all=False, data=None, create=False, **kw):
        if data is None:
            data = json_body(self.request)
        before = {
            "structure": None if create else target(self.context.structure),
            "deadline": None if create else self.context.deadline,
        }
        result = super().__call__(
            validate_all=validate_all, data=data, create=create, **kw
        )
        errors = rule_errors(self.context, before, self.request)
        if errors:
            raise BadRequest(errors)
        return result
