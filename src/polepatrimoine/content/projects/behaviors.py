"""Behavior ``polepatrimoine.projects``: the projects a working group links to."""

from plone.app.vocabularies.catalog import CatalogSource
from plone.app.z3cform.widgets.relateditems import RelatedItemsFieldWidget
from plone.autoform import directives
from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from polepatrimoine.content import _
from z3c.relationfield.schema import RelationChoice
from z3c.relationfield.schema import RelationList
from zope.interface import provider


@provider(IFormFieldProvider)
class IProjectLinks(model.Schema):
    projects = RelationList(
        title=_("Projects"),
        description=_(
            "The projects of the section « Projets et initiatives » linked to it."
        ),
        value_type=RelationChoice(source=CatalogSource(portal_type="Project")),
        required=False,
        default=[],
    )
    directives.widget(
        "projects",
        RelatedItemsFieldWidget,
        vocabulary="plone.app.vocabularies.Catalog",
        pattern_options={"selectableTypes": ["Project"]},
    )
