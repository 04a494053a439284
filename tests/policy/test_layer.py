"""Every view and REST service of the suite is bound to its browser layer, so
uninstalling the suite removes them all."""

from plone.base.utils import get_installer
from polepatrimoine.content.interfaces import IBrowserLayer
from tests.fixtures.http import client
from zope.component import getGlobalSiteManager
from zope.publisher.interfaces import IRequest

import pytest
import transaction


def is_suite(factory) -> bool:
    classes = getattr(factory, "__mro__", (type(factory),))
    return any(c.__module__.startswith("polepatrimoine.") for c in classes)


def suite_views_and_services() -> list:
    """Registered adapters of a request made by the suite: pages, services, viewlets."""
    found = []
    for registration in getGlobalSiteManager().registeredAdapters():
        requests_ = [r for r in registration.required if r.isOrExtends(IRequest)]
        if requests_ and is_suite(registration.factory):
            found.append((registration.name, requests_[0]))
    return found


def test_every_view_and_service_is_bound_to_the_layer(integration):
    found = suite_views_and_services()
    names = {name for name, _layer in found}
    # Each kind of registration is seen: the check below cannot pass on nothing.
    assert {"actors-directory", "GET_application_json_@actors-geojson"} <= names
    assert "POST_application_json_@join-requests" in names
    unbound = sorted(
        name for name, layer in found if not layer.isOrExtends(IBrowserLayer)
    )
    assert unbound == []


PAGES = (
    "acteurs/@actors-geojson",
    "acteurs/@actors-facets",
    "acteurs/@@actors-directory",
    "@my-working-groups",
    "@my-applications",
    "agenda/@@agenda",
)


def status(portal, path) -> int:
    return client(admin=True).get(f"{portal.absolute_url()}/{path}").status_code


@pytest.mark.parametrize("path", PAGES)
def test_uninstalling_the_suite_removes_its_pages_and_services(functional, path):
    portal = functional["portal"]
    transaction.commit()
    assert status(portal, path) == 200
    get_installer(portal, functional["request"]).uninstall_product(
        "polepatrimoine.policy"
    )
    transaction.commit()
    assert status(portal, path) == 404
