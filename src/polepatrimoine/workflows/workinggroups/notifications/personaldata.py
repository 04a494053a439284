"""The register's provider for notification settings, feed tokens and digest times."""

from plone import api
from polepatrimoine.content.common.dates import iso_paris
from polepatrimoine.content.personaldata.interfaces import IPersonalDataProvider
from polepatrimoine.workflows import _
from polepatrimoine.workflows.workinggroups.agenda.feed import feed_url
from polepatrimoine.workflows.workinggroups.notifications import settings
from polepatrimoine.workflows.workinggroups.notifications import tokens
from polepatrimoine.workflows.workinggroups.personaldata import userids
from zope.interface import implementer


def _group_titles(uids) -> dict:
    catalog = api.portal.get_tool("portal_catalog")
    if not uids:
        return {}
    brains = catalog.unrestrictedSearchResults(
        UID=list(uids), portal_type="WorkingGroup"
    )
    return {b.UID: b.Title for b in brains}


def _held(userid: str) -> dict | None:
    found = settings.record(userid)
    token = tokens.token_of(userid)
    if found is None and token is None:
        return None
    modes = dict(found["modes"]) if found is not None else {}
    last = found["last_digest"] if found is not None else None
    titles = _group_titles(modes)
    return {
        "user": userid,
        "modes": [
            {"group": titles.get(uid, uid), "UID": uid, "mode": mode}
            for uid, mode in sorted(modes.items())
        ],
        "last_digest": iso_paris(last),
        "calendar_feed": feed_url(token) if token else None,
    }


def _summary(held: dict):
    count = {"count": len(held["modes"])}
    if held["calendar_feed"]:
        return _(
            "${count} group setting(s), with a private calendar address",
            mapping=count,
        )
    return _(
        "${count} group setting(s), without a private calendar address",
        mapping=count,
    )


@implementer(IPersonalDataProvider)
class NotificationsProvider:
    title = _("Notification settings of the working groups")
    purpose = _(
        "Send each member what they chose from their working groups (every "
        "item, a weekly digest or nothing), and their private calendar of "
        "meetings."
    )
    legal_basis = _(
        "Membership of the network (RGPD art. 6.1.b): the member chooses the settings."
    )
    categories = (
        _("User account"),
        _("Notification mode per group"),
        _("Date of the last digest"),
        _("Secret address of the private calendar"),
    )
    recipients = _("The member alone.")
    retention = _(
        "As long as the account: the settings go with it, the calendar address "
        "when the member revokes it."
    )
    retention_settings = ()
    stores = (
        f"annotation:{settings.SETTINGS_KEY}",
        f"annotation:{tokens.TOKENS_KEY}",
    )

    def find(self, person) -> list:
        found = []
        for userid in sorted(userids(person)):
            held = _held(userid)
            if held is None:
                continue
            found.append(
                {
                    "title": _("Notification settings"),
                    "url": f"{api.portal.get().absolute_url()}/@@my-notifications",
                    "summary": _summary(held),
                }
            )
        return found

    def export(self, person) -> list:
        return [
            held
            for held in (_held(userid) for userid in sorted(userids(person)))
            if held is not None
        ]

    def erase(self, person) -> int:
        treated = 0
        for userid in userids(person):
            treated += settings.forget(userid)
            treated += int(tokens.revoke(userid))
        return treated

    def purge(self, now, dry_run=False) -> int:
        """Settings of accounts deleted before their deletion was followed."""
        gone = [u for u in settings.userids() if api.user.get(userid=u) is None]
        if not dry_run:
            for userid in gone:
                settings.forget(userid)
                tokens.revoke(userid)
        return len(gone)
