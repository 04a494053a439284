"""Registrations over HTTP: a person, registering, listing, the cancel link of a mail."""

from tests.fixtures.http import client

import re


def person(n, **extra):
    return {
        "fullname": f"Personne {n}",
        "email": f"personne{n}@exemple.fr",
        "structure": "Musée de la Vendée",
        **extra,
    }


def register(url, data, login=None):
    return client(login=login).post(f"{url}/@registrations", json=data, timeout=60)


def listing(url, login=None):
    """The registrations as login, or as the site owner."""
    return client(login=login, admin=not login).get(f"{url}/@registrations")


def cancel_link(message) -> str:
    return re.search(
        r"(http\S+@@cancel-registration\?token=(\S+))", message.get_content()
    )
