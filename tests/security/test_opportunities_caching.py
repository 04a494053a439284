"""The pages of offers and trades: cached for anonymous visitors, never with a contact address."""

from tests.fixtures.http import client
from tests.fixtures.opportunities import make_offer
from tests.security.test_caching import HTML
from tests.security.test_caching import assert_private
from tests.security.test_caching import cache_control
from tests.security.test_caching import etag

import pytest
import re
import transaction


@pytest.fixture
def offer(jeunes_pros):
    made = make_offer(jeunes_pros["portal"], jeunes_pros["alices"])
    transaction.commit()
    # A site in use has rendered its portlets long ago (see test_caching.site).
    client(made.absolute_url()).get(made.absolute_url(), headers=HTML)
    return made


@pytest.mark.parametrize("page", ["offer", "trade"])
def test_anonymous_pages_cached_with_an_etag(offer, portal_url, page):
    url = (
        offer.absolute_url()
        if page == "offer"
        else f"{portal_url}/jeunes-pros/metiers/tailleur-de-pierre"
    )
    anonymous = client(portal_url)
    first = anonymous.get(url, headers=HTML)
    assert first.status_code == 200
    control = cache_control(first)
    assert re.search(r"\bs-maxage=[1-9][0-9]*\b", control), control
    assert "private" not in control
    again = anonymous.get(url, headers={**HTML, "If-None-Match": etag(first)})
    assert again.status_code == 304


def test_the_contact_address_is_never_cached(offer, clients):
    response = clients["bruno"].get(offer.absolute_url(), headers=HTML)
    assert offer.contact_email in response.text
    assert_private(response)
    # The next anonymous visitor gets the page without it.
    anonymous = clients["anonymous"].get(offer.absolute_url(), headers=HTML)
    assert offer.contact_email not in anonymous.text
