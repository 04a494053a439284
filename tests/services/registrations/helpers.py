"""Registrations over HTTP: a person, registering, confirming, listing, the links of a mail."""

from tests.fixtures.http import client

import re
import time


def person(n, **extra):
    return {
        "fullname": f"Personne {n}",
        "email": f"personne{n}@exemple.fr",
        "structure": "Musée de la Vendée",
        **extra,
    }


def register(url, data, login=None, **kw):
    # Consent is required since issue 15; a test leaves it out with consent=None.
    return client(login=login).post(
        f"{url}/@registrations", json={"consent": True, **data}, timeout=60, **kw
    )


def listing(url, login=None):
    """The registrations as login, or as the site owner."""
    return client(login=login, admin=not login).get(f"{url}/@registrations")


def cancel_link(message) -> str:
    return re.search(
        r"(http\S+@@cancel-registration\?token=(\S+))", message.get_content()
    )


def confirm_link(message):
    """The confirmation link of a mail: group 1 the URL, group 2 its secret."""
    return re.search(
        r"(http\S+@@confirm-registration\?token=(\S+))", message.get_content()
    )


def mails_to(smtp, address: str, count: int = 1, timeout: float = 20) -> list:
    """The first ``count`` mails to address, once they have arrived."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = smtp.to(address)
        if len(found) >= count:
            return found
        time.sleep(0.05)
    raise AssertionError(f"expected {count} e-mails to {address}, got {len(found)}")


def confirm(url, secret, session=None, **kw):
    """Follow a confirmation link over REST."""
    return (session or client()).post(
        f"{url}/@registration-confirmation", json={"token": secret}, **kw
    )


def register_confirmed(url, data, smtp) -> str:
    """Register as a visitor, follow the link of the mail; the state reached.

    Waits for the mail that the confirmation sends (confirmed or waitlisted).
    """
    before = len(smtp.to(data["email"]))
    response = register(url, data)
    assert response.status_code == 202, response.text
    message = mails_to(smtp, data["email"], before + 1)[before]
    confirmed = confirm(url, confirm_link(message).group(2))
    assert confirmed.status_code == 200, confirmed.text
    mails_to(smtp, data["email"], before + 2)
    return confirmed.json()["state"]
