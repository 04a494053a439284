"""The register's provider for the answers to date polls (user ids, one choice per date)."""

from plone import api
from polepatrimoine.content.personaldata.interfaces import IPersonalDataProvider
from polepatrimoine.workflows import _
from polepatrimoine.workflows.workinggroups.personaldata import userids
from polepatrimoine.workflows.workinggroups.polls import answers
from zope.interface import implementer


def _polls() -> list:
    catalog = api.portal.get_tool("portal_catalog")
    return [
        brain._unrestrictedGetObject()
        for brain in catalog.unrestrictedSearchResults(portal_type="DatePoll")
    ]


def _answers_of(ids) -> list:
    return [
        (poll, userid, record)
        for poll in _polls()
        for userid, record in answers.all_answers(poll).items()
        if userid in ids
    ]


@implementer(IPersonalDataProvider)
class PollAnswersProvider:
    title = _("Answers to the date polls of the working groups")
    purpose = _("Choose the date of a working group's meeting.")
    legal_basis = _("Membership of the network (RGPD art. 6.1.b).")
    categories = (_("User account"), _("Availability on the proposed dates"))
    recipients = _("The members, guests and coordinators of the group.")
    retention = _("As long as the poll is kept in the group's space.")
    retention_settings = ()
    stores = (f"annotation:{answers.ANSWERS_KEY}",)

    def find(self, person) -> list:
        return [
            {"title": poll.Title(), "url": poll.absolute_url(), "summary": poll.Title()}
            for poll, _userid, _record in _answers_of(userids(person))
        ]

    def export(self, person) -> list:
        return [
            {
                "poll": poll.Title(),
                "url": poll.absolute_url(),
                "user": userid,
                "answers": dict(record["answers"]),
                "changed": record.get("changed"),
            }
            for poll, userid, record in _answers_of(userids(person))
        ]

    def erase(self, person) -> int:
        treated = 0
        for poll, userid, _record in _answers_of(userids(person)):
            treated += answers.forget(poll, userid)
        return treated

    def purge(self, now, dry_run=False) -> int:
        # Kept with the poll: a deleted poll takes its answers with it.
        return 0
