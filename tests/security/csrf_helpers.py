"""What a third-party page can make a logged-in browser send, and what the site's own pages send."""

import json


TOKEN_REFUSED = "Cette requête ne vient pas du site"
TYPE_REFUSED = "Une requête authentifiée par cookie doit être envoyée en JSON"
EVIL = "https://evil.example"


def forged(session, token):
    """What a third-party page can make the logged-in browser send, and the
    message that refuses it."""
    return {
        "text/plain JSON": ({"Content-Type": "text/plain"}, TYPE_REFUSED),
        "form-urlencoded": (
            {"Content-Type": "application/x-www-form-urlencoded"},
            TYPE_REFUSED,
        ),
        "JSON without token": ({"Content-Type": "application/json"}, TOKEN_REFUSED),
        "JSON from another origin": (
            {"Content-Type": "application/json", "Origin": EVIL},
            TOKEN_REFUSED,
        ),
        "JSON referred by another site": (
            {"Content-Type": "application/json", "Referer": f"{EVIL}/page"},
            TOKEN_REFUSED,
        ),
        "JSON with a wrong token": (
            {"Content-Type": "application/json", "X-CSRF-TOKEN": "0" * 40},
            TOKEN_REFUSED,
        ),
    }


FORGERIES = list(forged(None, None))


def allowed(session, portal_url):
    origin = portal_url.split("/", 3)
    return {
        "token": {"Content-Type": "application/json", "X-CSRF-TOKEN": session.token},
        "same origin": {
            "Content-Type": "application/json",
            "Origin": f"{origin[0]}//{origin[2]}",
        },
    }


def send(session, method, url, body, headers):
    # A file's bytes go as they are; a body is JSON.
    data = body if body is None or isinstance(body, bytes) else json.dumps(body)
    return session.request(method, url, data=data, headers=headers)
