"""Test layers of the Pôle Patrimoine suite.

One Zope, one ZCML load: the layer's site ``plone`` is created by the
``polepatrimoine`` distribution with its demo content, as ``make start`` does.
Tests of the add-on path create a second, plain site and install the policy
profile there.
"""

from plone.app.testing import PLONE_SITE_ID
from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.distribution.testing.layer import PloneDistributionFixture
from plone.testing.zope import WSGI_SERVER_FIXTURE


ANSWERS = {
    "site_id": PLONE_SITE_ID,
    "title": "Pôle Patrimoine",
    "description": "Le réseau des acteurs du patrimoine culturel des Pays de la Loire",
    "default_language": "fr",
    "portal_timezone": "Europe/Paris",
    "setup_content": True,
}


class PolePatrimoineFixture(PloneDistributionFixture):
    PACKAGE_NAME = "polepatrimoine.policy"
    SITES = (("polepatrimoine", ANSWERS),)

    _distribution_products = (
        *PloneDistributionFixture._distribution_products,
        ("plone.classicui", {"loadZCML": True}),
    )

    def setUpDefaultContent(self, app):
        # The site and its demo content are created in one transaction with
        # savepoints, and each savepoint runs the ZODB cache GC. With the
        # default cache (400 objects) the new site manager can become a ghost
        # that the indexing queue's tpc_finish cannot load back: it did not
        # exist before the transaction (POSKeyError, plone/Products.CMFPlone#3467).
        app._p_jar.db().setCacheSize(100_000)
        super().setUpDefaultContent(app)


FIXTURE = PolePatrimoineFixture()

INTEGRATION_TESTING = IntegrationTesting(
    bases=(FIXTURE,), name="PolePatrimoine:IntegrationTesting"
)

FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(FIXTURE, WSGI_SERVER_FIXTURE), name="PolePatrimoine:FunctionalTesting"
)
