"""The register's provider for the kept group messages (their sender, by user id)."""

from plone import api
from polepatrimoine.content.common.dates import iso_paris
from polepatrimoine.content.personaldata.interfaces import IPersonalDataProvider
from polepatrimoine.workflows import _
from polepatrimoine.workflows.workinggroups.personaldata import userids
from zope.interface import implementer


def _sent_by(ids) -> list:
    catalog = api.portal.get_tool("portal_catalog")
    messages = (
        brain._unrestrictedGetObject()
        for brain in catalog.unrestrictedSearchResults(portal_type="GroupMessage")
    )
    return [message for message in messages if message.sender in ids]


@implementer(IPersonalDataProvider)
class GroupMessagesProvider:
    title = _("Messages sent to a working group")
    purpose = _("Keep in the group's space what its coordinators wrote to it.")
    legal_basis = _("Membership of the network (RGPD art. 6.1.b).")
    categories = (_("User account"), _("Message"))
    recipients = _("The members, guests and coordinators of the group.")
    retention = _("As long as the group's space.")
    retention_settings = ()
    stores = ("type:GroupMessage",)

    def find(self, person) -> list:
        return [
            {
                "title": message.Title(),
                "url": message.absolute_url(),
                "summary": message.Title(),
            }
            for message in _sent_by(userids(person))
        ]

    def export(self, person) -> list:
        return [
            {
                "subject": message.title,
                "text": message.text,
                "url": message.absolute_url(),
                "sender": message.sender,
                "to": message.audience,
                "sent": iso_paris(message.sent),
            }
            for message in _sent_by(userids(person))
        ]

    def erase(self, person) -> int:
        """The sender's name leaves the message; the text, written to the
        group, stays the group's."""
        ids = userids(person)
        messages = _sent_by(ids)
        for message in messages:
            message.sender = None
            message.creators = tuple(c for c in message.creators if c not in ids)
            message.reindexObject()
        return len(messages)

    def purge(self, now, dry_run=False) -> int:
        return 0
