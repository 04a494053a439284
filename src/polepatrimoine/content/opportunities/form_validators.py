"""The offers' rules across fields in the Classic UI forms, under their field.

REST runs the same rules in ``polepatrimoine.content.opportunities.deserializer``.
"""

from polepatrimoine.content.actors.form_validators import widget_value
from polepatrimoine.content.opportunities import validation
from polepatrimoine.content.opportunities.opportunity import IOpportunity
from z3c.form import validator
from zope.interface import Invalid


def _current(form, name):
    """The offer's stored value on an edit form, None on an add form."""
    context = getattr(form, "context", None)
    if not IOpportunity.providedBy(context):
        return None
    value = getattr(context, name, None)
    if name == "structure":
        return value.to_object if value is not None else None
    return value


def _raise(error: validation.FieldError):
    raise Invalid(error.message)


class StructureValidator(validator.SimpleFieldValidator):
    def validate(self, value, force=False):
        super().validate(value, force)
        if value is not None and value == _current(self.view, "structure"):
            return
        try:
            validation.check_structure(value)
        except validation.FieldError as error:
            _raise(error)


class KindDetailValidator(validator.SimpleFieldValidator):
    def validate(self, value, force=False):
        super().validate(value, force)
        try:
            validation.check_kind_detail(widget_value(self.view, "kind"), value)
        except validation.FieldError as error:
            _raise(error)


class DeadlineValidator(validator.SimpleFieldValidator):
    def validate(self, value, force=False):
        super().validate(value, force)
        if value is not None and value == _current(self.view, "deadline"):
            return
        try:
            validation.check_deadline(value)
        except validation.FieldError as error:
            _raise(error)


validator.WidgetValidatorDiscriminators(
    StructureValidator, field=IOpportunity["structure"]
)
validator.WidgetValidatorDiscriminators(
    KindDetailValidator, field=IOpportunity["kind_detail"]
)
validator.WidgetValidatorDiscriminators(
    DeadlineValidator, field=IOpportunity["deadline"]
)
