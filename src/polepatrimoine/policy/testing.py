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


FIXTURE = PolePatrimoineFixture()

INTEGRATION_TESTING = IntegrationTesting(
    bases=(FIXTURE,), name="PolePatrimoine:IntegrationTesting"
)

FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(FIXTURE, WSGI_SERVER_FIXTURE), name="PolePatrimoine:FunctionalTesting"
)
