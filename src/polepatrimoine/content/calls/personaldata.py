"""The register's provider for applications to calls (the ``Application`` objects)."""

from Acquisition import aq_base
from datetime import datetime
from datetime import time
from dateutil.relativedelta import relativedelta
from plone import api
from polepatrimoine.content import _
from polepatrimoine.content.calls.application import REVIEW_FIELDS
from polepatrimoine.content.calls.application import document_field
from polepatrimoine.content.calls.vocabularies import DOCUMENTS
from polepatrimoine.content.common import workflow
from polepatrimoine.content.common.dates import iso_paris
from polepatrimoine.content.common.versions import purge_versions
from polepatrimoine.content.personaldata import register
from polepatrimoine.content.personaldata.interfaces import IPersonalDataProvider
from zope.interface import implementer

import pytz


# What names or describes the structure and its people; the rest (programme,
# département, legal status, size, state and dates) stays for the statistics.
PERSONAL_FIELDS = (
    "actor",
    "siret",
    "contact_name",
    "contact_email",
    "contact_phone",
    "project_title",
    "project_summary",
    "needs",
    "budget",
    *(document_field(token) for token, _title in DOCUMENTS),
    *REVIEW_FIELDS,
)
ANONYMOUS_TITLE = "Candidature anonymisée"
DECISIONS = {"accept", "reject", "withdraw"}
EXPORTED = (
    "structure_name",
    "legal_status",
    "siret",
    "department",
    "employer",
    "employees",
    "contact_name",
    "contact_email",
    "contact_phone",
    "project_title",
    "project_summary",
    "needs",
    "budget",
    "consent",
)


def applications():
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type="Application"):
        yield brain._unrestrictedGetObject()


def is_anonymised(obj) -> bool:
    return bool(getattr(aq_base(obj), "anonymised", False))


def people(obj) -> set:
    """The user ids an application belongs to: its creators and owners."""
    # Applications have no Dublin Core behaviour: read the attribute itself.
    ids = set(getattr(aq_base(obj), "creators", None) or ())
    ids.update(p for p, roles in obj.get_local_roles() if "Owner" in roles)
    owner = obj.getOwnerTuple()
    if owner:
        ids.add(owner[1])
    return ids


def concerns(obj, person) -> bool:
    if is_anonymised(obj):
        return False
    if person.matches(email=getattr(obj, "contact_email", None)):
        return True
    return any(person.matches(userid=userid) for userid in people(obj))


def decided(obj):
    """When the application was decided (accepted, rejected, withdrawn); for
    one never decided, the end of its call's last day (Europe/Paris)."""
    for entry in reversed(workflow.history(obj)):
        if entry.get("action") in DECISIONS:
            return entry["time"].asdatetime()
    call = obj.get_call()
    close = getattr(call, "close_date", None)
    if close is None:
        return None
    paris = pytz.timezone("Europe/Paris")
    return paris.localize(datetime.combine(close, time.max))


def anonymise(obj) -> None:
    """Keep the application for the statistics, without its people: no
    names, contacts, texts, documents, jury notes, actors or comments in its
    history, no owner, no version."""
    purge_versions(obj)
    base = aq_base(obj)
    for name in PERSONAL_FIELDS:
        if name in base.__dict__:
            delattr(base, name)
    base.structure_name = ANONYMOUS_TITLE
    ids = people(obj)
    for name in ("creators", "contributors"):
        if name in base.__dict__:
            setattr(base, name, ())
    owners = [p for p in ids if p in dict(obj.get_local_roles())]
    if owners:
        obj.manage_delLocalRoles(owners)
    obj.changeOwnership(api.portal.get().getWrappedOwner())
    history = getattr(base, "workflow_history", None) or {}
    for workflow_id, entries in list(history.items()):
        history[workflow_id] = tuple(
            {**entry, "actor": "", "comments": ""} for entry in entries
        )
    base.anonymised = True
    obj.reindexObjectSecurity()
    obj.reindexObject()


def treat(obj) -> None:
    """A draft, never submitted, is deleted (it counts in no statistics);
    any other application is anonymised."""
    draft = api.content.get_state(obj) == "draft" and not any(
        entry.get("action") == "submit" for entry in workflow.history(obj)
    )
    # Whoever asks (the person themself, a coordinator, the console), the
    # erasure goes through: deleting needs more than an applicant holds.
    with api.env.adopt_roles(["Manager"]):
        if draft:
            purge_versions(obj)
            api.content.delete(obj, check_linkintegrity=False)
        else:
            anonymise(obj)


@implementer(IPersonalDataProvider)
class ApplicationsProvider:
    title = _("Applications to calls (TRAJET, Culturdiag)")
    purpose = _(
        "Review the applications to the network's programmes, follow the "
        "accompanied structures and report to the programmes' funders."
    )
    legal_basis = _(
        "Pre-contractual steps at the applicant's request (RGPD art. 6.1.b), "
        "with their consent."
    )
    categories = (
        _("Contact person: name, e-mail address, phone"),
        _("Structure: name, SIRET, budget, project, documents"),
        _("The jury's notes and scores"),
    )
    recipients = _("The call's jury and the network's coordinators.")

    @property
    def retention(self):
        return _(
            "Until ${refused} months after the decision when not accepted, "
            "${accepted} months when accepted, then anonymised (programme, "
            "département and decision remain for the statistics); documents are "
            "deleted with the rest.",
            mapping={
                "refused": register.retention(
                    "polepatrimoine.retention.applications_refused_months"
                ),
                "accepted": register.retention(
                    "polepatrimoine.retention.applications_accepted_months"
                ),
            },
        )

    retention_settings = (
        "polepatrimoine.retention.applications_refused_months",
        "polepatrimoine.retention.applications_accepted_months",
    )
    stores = ("type:Application",)

    def _of(self, person) -> list:
        return [obj for obj in applications() if concerns(obj, person)]

    def find(self, person) -> list:
        return [
            {
                "title": obj.Title(),
                "url": obj.absolute_url(),
                "summary": workflow.state_message(
                    api.content.get_state(obj), "Application"
                ),
            }
            for obj in self._of(person)
        ]

    def export(self, person) -> list:
        result = []
        for obj in self._of(person):
            call = obj.get_call()
            item = {name: getattr(obj, name, None) for name in EXPORTED}
            item.update(
                {
                    "url": obj.absolute_url(),
                    "call": call.Title() if call is not None else None,
                    "review_state": api.content.get_state(obj),
                    "documents": [
                        getattr(obj, document_field(token)).filename
                        for token, _title in DOCUMENTS
                        if getattr(obj, document_field(token), None) is not None
                    ],
                    "history": [
                        {
                            "action": entry.get("action"),
                            "state": entry.get("review_state"),
                            "time": iso_paris(entry["time"]),
                            "comments": entry.get("comments", ""),
                        }
                        for entry in workflow.history(obj)
                    ],
                }
            )
            result.append(item)
        return result

    def erase(self, person) -> int:
        found = self._of(person)
        for obj in found:
            treat(obj)
        return len(found)

    def purge(self, now, dry_run=False) -> int:
        refused = register.retention(
            "polepatrimoine.retention.applications_refused_months"
        )
        accepted = register.retention(
            "polepatrimoine.retention.applications_accepted_months"
        )
        due = []
        for obj in applications():
            if is_anonymised(obj):
                continue
            months = accepted if api.content.get_state(obj) == "accepted" else refused
            decided_at = decided(obj)
            if (
                decided_at is not None
                and decided_at + relativedelta(months=months) <= now
            ):
                due.append(obj)
        if not dry_run:
            for obj in due:
                treat(obj)
        return len(due)
