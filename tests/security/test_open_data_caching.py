"""The observatory and the open data are cached for anonymous visitors (ETag, 304)
and private as soon as someone is logged in."""

from tests.fixtures.http import client
from tests.security.test_caching import HTML
from tests.security.test_caching import assert_private
from tests.security.test_caching import cache_control
from tests.security.test_caching import etag

import pytest
import re
import transaction


JSON = {"Accept": "application/json"}
URLS = {
    "observatory page": ("observatoire", HTML),
    "observatory filtered": ("observatoire?department=44&year_from=2020", HTML),
    "observatory CSV": ("observatoire/@@observatory.csv", {}),
    "@observatory": ("@observatory?department=85", JSON),
    "open data page": ("donnees-ouvertes", HTML),
    "dcat.jsonld": ("@@dcat.jsonld", {}),
    "@dcat": ("@dcat", JSON),
    "@projects-export": ("++api++/@projects-export", {}),
}


@pytest.fixture
def site(functional, members):
    transaction.commit()
    portal_url = functional["portal"].absolute_url()
    # A section writes its portlet assignments on its first rendering (a new ETag).
    for path, headers in URLS.values():
        client(portal_url).get(path, headers=headers)
    return portal_url


@pytest.mark.parametrize("name", URLS)
def test_anonymous_etag_and_304(site, name):
    path, headers = URLS[name]
    anonymous = client(site)
    first = anonymous.get(path, headers=headers)
    assert first.status_code == 200
    control = cache_control(first)
    assert re.search(r"\bs-maxage=[1-9][0-9]*\b", control), control
    assert "private" not in control
    again = anonymous.get(path, headers={**headers, "If-None-Match": etag(first)})
    assert again.status_code == 304


@pytest.mark.parametrize("name", URLS)
def test_logged_in_is_private(site, name):
    path, headers = URLS[name]
    for who in ({"login": "alice@example.org"}, {"admin": True}):
        response = client(site, **who).get(path, headers=headers)
        assert response.status_code == 200
        assert_private(response)


def test_bad_filter_is_not_cached(site):
    response = client(site).get("@observatory?department=99", headers=JSON)
    assert response.status_code == 400
    assert "s-maxage" not in cache_control(response)
