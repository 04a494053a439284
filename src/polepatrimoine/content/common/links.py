"""Every stored link of the site, in every channel: one rule (``check_web_url``)."""

from plone.dexterity.interfaces import IDexterityContent
from plone.restapi.deserializer.dxfields import TextLineFieldDeserializer
from plone.restapi.interfaces import IFieldDeserializer
from plone.restapi.interfaces import IFieldSerializer
from plone.restapi.serializer.converters import json_compatible
from plone.restapi.serializer.dxfields import CollectionFieldSerializer
from plone.restapi.serializer.dxfields import DefaultFieldSerializer
from polepatrimoine.content.common.validators import InvalidWebURL
from polepatrimoine.content.common.validators import check_web_url
from polepatrimoine.content.common.validators import safe_url
from polepatrimoine.content.interfaces import IBrowserLayer
from z3c.form.validator import SimpleFieldValidator
from zope.component import adapter
from zope.interface import Interface
from zope.interface import implementer
from zope.schema import URI
from zope.schema.interfaces import IURI
from zope.schema.interfaces import ICollection


# zope.schema's URI refuses a non-ASCII value by raising its
# ``_invalid_exc_type``, which it leaves None: a TypeError, so a form or a REST
# write with ``https://château.fr`` or a zero-width space answered 500.
if URI._invalid_exc_type is None:
    URI._invalid_exc_type = InvalidWebURL

# Registered for any URI field, ours and Plone's (the Event's ``event_url``),
# since zope.schema's URI accepts ``javascript:`` and plone.app.event renders it
# as a link: the schemas of other packages cannot carry our constraint.


@adapter(Interface, IBrowserLayer, Interface, IURI, Interface)
class WebURLValidator(SimpleFieldValidator):
    """Classic UI forms: a URI field takes an http(s) address only."""

    def validate(self, value, force=False):
        # Ours first: the same French message for every field, whatever the
        # field's own constraint says (plone.app.event's raises a bare Invalid).
        if value and value != self.field.missing_value:
            check_web_url(value)
        super().validate(value, force)


@adapter(Interface, IBrowserLayer, Interface, ICollection, Interface)
class WebURLsValidator(SimpleFieldValidator):
    """A list of URIs: the message says what is wrong, not "wrong contained type"."""

    def validate(self, value, force=False):
        if IURI.providedBy(self.field.value_type):
            for item in value or ():
                check_web_url(item)
        super().validate(value, force)


@implementer(IFieldDeserializer)
@adapter(IURI, IDexterityContent, IBrowserLayer)
class WebURLDeserializer(TextLineFieldDeserializer):
    """plone.restapi POST and PATCH (also each item of a list of URIs)."""

    def __call__(self, value):
        # Before the field's own checks: plone.app.event's constraint raises
        # Invalid, which plone.restapi answers with a 500.
        if isinstance(value, str) and value.strip():
            check_web_url(value.strip())
        return super().__call__(value)


@implementer(IFieldSerializer)
@adapter(IURI, IDexterityContent, IBrowserLayer)
class WebURLSerializer(DefaultFieldSerializer):
    """A value stored before the rule is left out, not given as text: REST
    clients (and Volto) render these fields as links."""

    def __call__(self):
        return json_compatible(safe_url(self.get_value()))


@implementer(IFieldSerializer)
@adapter(ICollection, IDexterityContent, IBrowserLayer)
class WebURLsSerializer(CollectionFieldSerializer):
    """A list of URIs (an actor's social links) without its unsafe items."""

    def __call__(self):
        if not IURI.providedBy(self.field.value_type):
            return super().__call__()
        return json_compatible(safe_links(self.get_value()))


def safe_links(values) -> list:
    """The items of a list of links that may be written as links."""
    return [value for value in values or () if safe_url(value)]
