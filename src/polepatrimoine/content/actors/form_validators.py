"""Checks that need more than one field, in the Classic UI forms.

The error shows under the field it concerns. REST runs the same checks in
``polepatrimoine.content.actors.deserializer``.
"""

from collective.geolocationbehavior.geolocation import IGeolocatable
from polepatrimoine.content.actors import validation
from polepatrimoine.content.actors.actor import IActor
from z3c.form import validator


def widget_value(form, name):
    widgets = getattr(form, "widgets", None)
    if widgets is None or name not in widgets:
        return None
    value = widgets[name].value
    if isinstance(value, (list, tuple)):
        value = value[0] if value else None
    return value


class ZipCodeInDepartmentValidator(validator.SimpleFieldValidator):
    def validate(self, value, force=False):
        super().validate(value, force)
        department = widget_value(self.view, "department")
        validation.check_zip_department(value, department)


class GeolocationRangeValidator(validator.SimpleFieldValidator):
    def validate(self, value, force=False):
        super().validate(value, force)
        check_geolocation(value)


def check_geolocation(value) -> None:
    """A position has both coordinates, each in its range; no position is fine."""
    if value is None:
        return
    latitude = getattr(value, "latitude", None)
    longitude = getattr(value, "longitude", None)
    if latitude is None and longitude is None:
        return
    validation.check_latitude(latitude)
    validation.check_longitude(longitude)


validator.WidgetValidatorDiscriminators(
    ZipCodeInDepartmentValidator, field=IActor["zip_code"]
)
validator.WidgetValidatorDiscriminators(
    GeolocationRangeValidator, field=IGeolocatable["geolocation"]
)
