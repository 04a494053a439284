"""The register's provider for the contact details published on public pages
(an actor's e-mail and phone, an event's contact, a working group's address)."""

from plone import api
from polepatrimoine.content import _
from polepatrimoine.content.common.versions import purge_versions
from polepatrimoine.content.personaldata.interfaces import IPersonalDataProvider
from zope.interface import implementer


# The fields of each type that may name or reach a person, the e-mail first:
# it is what a person is found by.
FIELDS = {
    "Actor": ("email", "phone"),
    "Event": ("contact_email", "contact_name", "contact_phone"),
    "WorkingGroup": ("contact_email",),
    "Project": ("contact_email",),
}


def _published_with(person):
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type=list(FIELDS)):
        obj = brain._unrestrictedGetObject()
        email = getattr(obj, FIELDS[obj.portal_type][0], None)
        if email and person.matches(email=email):
            yield obj


@implementer(IPersonalDataProvider)
class ContactsProvider:
    title = _("Contact details on public pages")
    purpose = _(
        "Let visitors reach an actor of the directory, the organiser of a "
        "meeting or a working group."
    )
    legal_basis = _("Legitimate interest: the network's directory and agenda.")
    categories = (_("E-mail address"), _("Phone"), _("Name of the contact"))
    recipients = _("Everyone who may see the page (the public once it is published).")
    retention = _(
        "As long as the page is on the site; removed at the person's request."
    )
    retention_settings = ()
    stores = tuple(f"type:{portal_type}" for portal_type in FIELDS)

    def find(self, person) -> list:
        return [
            {
                "title": obj.Title(),
                "url": obj.absolute_url(),
                "summary": _("Contact details of this page"),
            }
            for obj in _published_with(person)
        ]

    def export(self, person) -> list:
        return [
            {
                "title": obj.Title(),
                "url": obj.absolute_url(),
                **{name: getattr(obj, name, None) for name in FIELDS[obj.portal_type]},
            }
            for obj in _published_with(person)
        ]

    def erase(self, person) -> int:
        """The person's contact details leave the page, its catalog entry and
        its earlier versions; the page itself stays (it is the structure's)."""
        treated = 0
        for obj in list(_published_with(person)):
            for name in FIELDS[obj.portal_type]:
                setattr(obj, name, None)
            obj.reindexObject()
            purge_versions(obj)
            treated += 1
        return treated

    def purge(self, now, dry_run=False) -> int:
        # Kept as long as the page: nothing expires by date.
        return 0
