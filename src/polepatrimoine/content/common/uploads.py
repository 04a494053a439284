"""Files and images of other packages' types (Plone's File and Image, lead images) checked like the suite's."""

from plone.dexterity.interfaces import IDexterityContent
from plone.formwidget.namedfile.validator import NamedFileWidgetValidator
from plone.namedfile.interfaces import INamed
from plone.namedfile.interfaces import INamedField
from plone.namedfile.interfaces import INamedImageField
from plone.restapi.deserializer.dxfields import NamedFieldDeserializer
from plone.restapi.interfaces import IFieldDeserializer
from polepatrimoine.content.common.files import check_file
from polepatrimoine.content.common.images import check_image
from polepatrimoine.content.interfaces import IBrowserLayer
from zope.component import adapter
from zope.interface import Interface
from zope.interface import implementer


# Site-wide, not only in working-group spaces: every file is served from the
# site's own origin to its logged-in users, wherever it is stored (and a file
# moved or copied out of a space would keep what a space-only rule let in).
# The schemas of plone.app.contenttypes cannot carry our constraint, so the
# check rides on the two ways a value comes in: z3c.form and plone.restapi
# (POST, PATCH and tus uploads all go through its field deserializer).


def has_own_check(field) -> bool:
    """The suite's fields carry their own constraint (attachments accept fewer
    formats than ``check_file``): they keep it alone."""
    return "constraint" in field.__dict__


def check_named(field, value) -> None:
    if not INamed.providedBy(value) or has_own_check(field):
        return
    if INamedImageField.providedBy(field):
        check_image(value)
    else:
        check_file(value)


@adapter(Interface, IBrowserLayer, Interface, INamedField, Interface)
class UploadValidator(NamedFileWidgetValidator):
    """Classic UI add and edit forms (``++add++File``, ``@@edit``…)."""

    def validate(self, value, force=False):
        check_named(self.field, value)
        return super().validate(value, force)


@implementer(IFieldDeserializer)
@adapter(INamedField, IDexterityContent, IBrowserLayer)
class UploadDeserializer(NamedFieldDeserializer):
    """plone.restapi POST and PATCH (base64 ``data``) and ``@tus-upload``."""

    def __call__(self, value):
        stored = getattr(self.context, self.field.__name__, None)
        result = super().__call__(value)
        # Sending back a GET's representation keeps the stored file: not new.
        if result is not None and result is not stored:
            check_named(self.field, result)
        return result
