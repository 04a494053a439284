"""ActorsDirectory: the folder of the actors, shown as a directory and a map."""

from plone.dexterity.content import Container
from plone.supermodel import model
from polepatrimoine.content.actors.specification import PinnableSpecification
from polepatrimoine.content.interfaces import IActorsDirectory
from zope.interface import implementer


class IActorsDirectorySchema(model.Schema):
    """No fields of its own: title and description come from plone.basic."""


@implementer(IActorsDirectory, IActorsDirectorySchema)
class ActorsDirectory(Container):
    """Holds the actors; its default view is the directory."""

    # Computed once by the CSV import while it adds actors.
    __providedBy__ = PinnableSpecification()
