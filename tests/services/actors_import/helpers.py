"""CSV bodies for the import tests, and the actors the server committed."""

from plone import api

import transaction


WORD = "Vergeonne"
HEADER = "title;actor_category;heritage_domains;department;zip_code;city;latitude;longitude;siret"


def body(*rows, header=HEADER, separator=";"):
    lines = [header.replace(";", separator)] + [r.replace(";", separator) for r in rows]
    return "\r\n".join(lines) + "\r\n"


def actors(portal):
    """The test's actors, as the server committed them."""
    transaction.abort()
    portal._p_jar.sync()
    return {
        b.Title: b
        for b in api.content.find(
            portal_type="Actor", SearchableText=WORD, unrestricted=True
        )
    }


def post_csv(client, data: bytes):
    return client.post(
        "acteurs/@actors-import",
        data=data,
        headers={"Content-Type": "text/csv; charset=utf-8"},
    )
