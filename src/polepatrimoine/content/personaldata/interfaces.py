"""What every store of personal data tells the register, and what it can do for one person."""

from zope.interface import Attribute
from zope.interface import Interface


class IPersonalDataProvider(Interface):
    """A store of personal data, registered as a named utility (the name is the
    store's stable id, e.g. ``registrations``).

    A person is identified by e-mail address, and by user id when they have an
    account (``Person``). Every text attribute is a msgid of the
    ``polepatrimoine`` domain (French in the catalog).
    """

    title = Attribute("What the store is, e.g. « Inscriptions aux rencontres ».")
    purpose = Attribute("Why the data is kept.")
    legal_basis = Attribute(
        "RGPD article 6 basis: consent, contract, legitimate interest…"
    )
    categories = Attribute("Sequence of the categories of data kept (name, e-mail…).")
    recipients = Attribute("Who receives or reads the data.")
    retention = Attribute("How long it is kept, as a sentence.")
    retention_settings = Attribute(
        "Sequence of the registry records (``polepatrimoine.retention.*``) that "
        "set this store's periods; empty when the store keeps data as long as "
        "the account or the object it belongs to."
    )
    stores = Attribute(
        "Sequence of what the store is made of, as the register's completeness "
        "test finds them: ``type:<portal_type>`` for a content type with e-mail "
        "or person fields, ``annotation:<key>`` for an annotation key, ``users`` "
        "for Plone's users and their member data."
    )

    def find(person):
        """Records held about ``person``: a list of dicts with ``title``, ``url``
        (or None) and ``summary`` (French, no more data than needed to recognise it)."""

    def export(person):
        """Everything held about ``person``, as JSON-serialisable dicts."""

    def erase(person):
        """Erase or anonymise what is held about ``person``, everywhere the store
        copied it (catalog, versions); return the number of records treated."""

    def purge(now, dry_run=False):
        """Erase or anonymise what is past its retention at ``now`` (a timezone-aware
        datetime); return the number of records treated (or that would be)."""
