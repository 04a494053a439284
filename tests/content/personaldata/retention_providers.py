"""Test-only stores of personal data, registered by the tests of polepatrimoine-retention."""

from datetime import timedelta
from persistent.list import PersistentList
from plone import api
from polepatrimoine.content.personaldata.interfaces import IPersonalDataProvider
from zope.component import getGlobalSiteManager
from zope.interface import implementer

import sys


KEY = "_test_retention_dates"


@implementer(IPersonalDataProvider)
class DatedStore:
    """Dates kept on the portal; those older than 7 days are past retention."""

    title = purpose = legal_basis = recipients = retention = "test"
    categories = ("test",)
    retention_settings = ()
    stores = ()

    def dates(self):
        portal = api.portal.get()
        if getattr(portal, KEY, None) is None:
            setattr(portal, KEY, PersistentList())
        return getattr(portal, KEY)

    def purge(self, now, dry_run=False):
        dates = self.dates()
        old = [d for d in dates if d < now - timedelta(days=7)]
        if not dry_run:
            for date in old:
                dates.remove(date)
        return len(old)


@implementer(IPersonalDataProvider)
class BrokenStore(DatedStore):
    def purge(self, now, dry_run=False):
        # Half-done work before failing: the command must not keep it.
        self.dates().append(now)
        raise RuntimeError("the test store fails")


def register(names=("test-dated", "test-broken")) -> None:
    gsm = getGlobalSiteManager()
    factories = {"test-dated": DatedStore, "test-broken": BrokenStore}
    for name in names:
        gsm.registerUtility(factories[name](), IPersonalDataProvider, name)


def unregister(names=("test-dated", "test-broken")) -> None:
    gsm = getGlobalSiteManager()
    for name in names:
        gsm.unregisterUtility(provided=IPersonalDataProvider, name=name)


if __name__ == "__main__":
    # The console script as an instance runs it, with the test stores added.
    from polepatrimoine.content.personaldata.commands import retention

    register()
    sys.exit(retention.main(sys.argv[1:]))
