"""GroupMessage: a mail sent to a working group, kept in its space."""

from plone.dexterity.content import Item
from plone.supermodel import model
from polepatrimoine.content import _
from zope import schema
from zope.interface import implementer


# Who a group mail goes to: the whole group or one of its roles.
AUDIENCES = ("all", "coordinator", "member", "guest")


class IGroupMessage(model.Schema):
    """A message written by a coordinator to the group; kept as it was sent."""

    title = schema.TextLine(title=_("Subject"), max_length=200)
    text = schema.Text(title=_("Message"), max_length=20000)
    sender = schema.TextLine(title=_("Sender"), required=False)
    audience = schema.Choice(title=_("Recipients"), values=AUDIENCES, default="all")
    recipients_count = schema.Int(title=_("Number of recipients"), default=0)
    sent = schema.Datetime(title=_("Sent"), required=False)


@implementer(IGroupMessage)
class GroupMessage(Item):
    """A kept group message."""
