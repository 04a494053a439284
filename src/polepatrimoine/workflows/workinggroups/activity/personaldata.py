"""The register's provider for the working groups' activity streams."""

from dateutil.relativedelta import relativedelta
from polepatrimoine.content.common.dates import iso_paris
from polepatrimoine.content.personaldata.interfaces import IPersonalDataProvider
from polepatrimoine.workflows import _
from polepatrimoine.workflows.workinggroups import membership
from polepatrimoine.workflows.workinggroups.activity import store
from polepatrimoine.workflows.workinggroups.personaldata import userids
from zope.interface import implementer


RETENTION_MONTHS = 24


def _entries_of(ids) -> list:
    return [
        (group, entry)
        for group in membership.working_groups()
        for entry in store.entries(group, size=None)
        if entry.actor in ids
    ]


@implementer(IPersonalDataProvider)
class ActivityProvider:
    title = _("Activity of the working groups")
    purpose = _(
        "Show the members of a group what happened in its space: who added, "
        "changed, published or commented an item, who joined or left."
    )
    legal_basis = _(
        "Membership of the network (RGPD art. 6.1.b): the group's shared work."
    )
    categories = (_("User account"), _("What the person did, on which item, when"))
    recipients = _(
        "The members of the group who may read the item concerned, the network's "
        "coordinators."
    )
    retention = _(
        "24 months, and at most the last 5,000 entries of each group; an "
        "entry about a deleted item is no longer shown."
    )
    retention_settings = ()
    stores = (f"annotation:{store.ACTIVITY_KEY}",)

    def find(self, person) -> list:
        return [
            {
                "title": group.Title(),
                "url": f"{group.absolute_url()}/@@activity",
                "summary": f"{store.KINDS[entry.kind]} : {entry.title}",
            }
            for group, entry in _entries_of(userids(person))
        ]

    def export(self, person) -> list:
        return [
            {
                "group": group.Title(),
                "kind": entry.kind,
                "when": iso_paris(entry.when),
                "actor": entry.actor,
                "title": entry.title,
                "url": entry.url,
                "details": entry.details,
            }
            for group, entry in _entries_of(userids(person))
        ]

    def erase(self, person) -> int:
        """The entries stay (what happened to the group's items), without who."""
        ids = userids(person)
        if not ids:
            return 0

        def anonymise(data):
            if data.get("actor") in ids:
                data["actor"] = None
            return data

        return sum(
            store.rewrite(group, anonymise) for group in membership.working_groups()
        )

    def purge(self, now, dry_run=False) -> int:
        limit = now - relativedelta(months=RETENTION_MONTHS)
        treated = 0
        for group in membership.working_groups():
            old = [e for e in store.entries(group, size=None) if e.when < limit]
            treated += len(old)
            if old and not dry_run:
                ids = {e.id for e in old}
                store.remove(group, ids)
        return treated
