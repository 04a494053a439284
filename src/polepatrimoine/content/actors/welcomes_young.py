"""Behavior ``polepatrimoine.welcomes_young``: what a structure offers young people."""

from plone.autoform import directives
from plone.autoform.interfaces import IFormFieldProvider
from plone.indexer import indexer
from plone.supermodel import model
from polepatrimoine.content import _
from z3c.form.browser.checkbox import CheckBoxFieldWidget
from zope import schema
from zope.interface import provider


@provider(IFormFieldProvider)
class IWelcomesYoung(model.Schema):
    """Stored on the actor itself (no adapter): indexes and the CSV read it as
    an attribute, like the actor's own fields."""

    directives.widget("welcomes_young", CheckBoxFieldWidget)
    welcomes_young = schema.List(
        title=_("Welcomes young people"),
        description=_(
            "What the structure offers young people in training: the directory "
            "lists it as a filter, for students looking for a place."
        ),
        value_type=schema.Choice(
            vocabulary="polepatrimoine.vocabularies.WelcomesYoung"
        ),
        required=False,
        default=[],
        missing_value=[],
    )


@indexer(IWelcomesYoung)
def welcomes_young(obj):
    return list(getattr(obj, "welcomes_young", None) or [])
