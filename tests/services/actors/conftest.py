import pytest
import requests
import transaction


PASSWORD = "Secret-123456"


class Client:
    """A REST client of the functional layer's server, as one user."""

    def __init__(self, portal_url, login=None):
        self.portal_url = portal_url
        self.session = requests.Session()
        self.session.headers["Accept"] = "application/json"
        if login:
            self.session.auth = (login, PASSWORD)

    def url(self, path):
        return (
            path if path.startswith("http") else f"{self.portal_url}/{path.lstrip('/')}"
        )

    def get(self, path, **kw):
        return self.session.get(self.url(path), timeout=60, **kw)

    def post(self, path, **kw):
        return self.session.post(self.url(path), timeout=120, **kw)

    def patch(self, path, **kw):
        return self.session.patch(self.url(path), timeout=60, **kw)


@pytest.fixture
def portal_url(functional):
    return functional["portal"].absolute_url()


@pytest.fixture
def clients(functional, members, portal_url):
    """anonymous, alice and bruno (members), claire (coordinator), admin (Manager)."""
    from plone.app.testing import SITE_OWNER_NAME
    from plone.app.testing import SITE_OWNER_PASSWORD

    transaction.commit()
    admin = Client(portal_url)
    admin.session.auth = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
    return {
        "anonymous": Client(portal_url),
        "alice": Client(portal_url, "alice@example.org"),
        "bruno": Client(portal_url, "bruno@example.org"),
        "claire": Client(portal_url, "claire@example.org"),
        "admin": admin,
    }
