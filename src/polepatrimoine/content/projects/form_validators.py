"""A project's period in the Classic UI forms: the error shows under « End »."""

from polepatrimoine.content.actors.form_validators import widget_value
from polepatrimoine.content.projects.project import IProject
from polepatrimoine.content.projects.validation import check_period
from z3c.form import validator


class PeriodValidator(validator.SimpleFieldValidator):
    def validate(self, value, force=False):
        super().validate(value, force)
        check_period(widget_value(self.view, "start"), value)


validator.WidgetValidatorDiscriminators(PeriodValidator, field=IProject["end"])
