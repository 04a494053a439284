"""Discussion: a free-standing thread in a working group's space, with comments."""

from plone.app.textfield import RichText
from plone.dexterity.content import Item
from plone.supermodel import model
from polepatrimoine.content import _
from zope.interface import implementer


class IDiscussion(model.Schema):
    """A question or a topic put to the group; the replies are its comments."""

    text = RichText(
        title=_("Message"),
        description=_(
            "Write @firstname.lastname (or a login) to notify a member of the group."
        ),
        required=True,
    )


@implementer(IDiscussion)
class Discussion(Item):
    """A discussion of a working group."""
