"""An offer's contact address is in the register (store "contacts"): found, exported, erased."""

from plone import api
from polepatrimoine.content.personaldata.interfaces import IPersonalDataProvider
from polepatrimoine.content.personaldata.register import Person
from tests.fixtures.actors import make_actor
from tests.fixtures.opportunities import make_offer
from zope.component import getUtility


ADDRESS = "jeanne.martin@atelier.example.org"


def test_offer_contact_found_exported_erased(portal):
    offer = make_offer(portal, make_actor(portal), contact_email=ADDRESS)
    provider = getUtility(IPersonalDataProvider, name="contacts")
    assert "type:Opportunity" in provider.stores
    (found,) = provider.find(Person(ADDRESS))
    assert found["url"] == offer.absolute_url()
    (exported,) = provider.export(Person(ADDRESS))
    assert exported["contact_email"] == ADDRESS
    with api.env.adopt_roles(["Manager"]):
        assert provider.erase(Person(ADDRESS)) == 1
    assert offer.contact_email is None
    assert provider.find(Person(ADDRESS)) == []
