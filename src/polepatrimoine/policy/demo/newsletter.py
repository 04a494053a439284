"""Demo subscribers of the newsletter: active, pending and unsubscribed, all ``@example.org``."""

from datetime import timedelta
from polepatrimoine.content.newsletter import subscribers
from polepatrimoine.content.personaldata import consent


# (email, name, structure, state, days ago)
SUBSCRIBERS = (
    (
        "lettre.musee@example.org",
        "Camille Moreau",
        "Musée de démonstration",
        "active",
        60,
    ),
    (
        "lettre.association@example.org",
        "Yann Le Goff",
        "Association Patrimoine vivant",
        "active",
        30,
    ),
    ("lettre.mairie@example.org", "", "Mairie de démonstration", "active", 12),
    ("lettre.attente@example.org", "Inès Robert", "", "pending", 1),
    ("lettre.parti@example.org", "Paul Martin", "", "unsubscribed", 90),
)


def create(portal) -> None:
    store = subscribers.store(portal, create=True)
    now = subscribers.now()
    for email, name, structure, state, days in SUBSCRIBERS:
        if store.get(email) is not None:
            continue
        when = now - timedelta(days=days)
        subscriber = store.add(
            subscribers.Subscriber(email, name, structure, created=when)
        )
        subscriber.source = "form"
        subscriber.consent = {
            "date": when.isoformat(timespec="seconds"),
            "version": consent.VERSION,
            "source": "form",
            "text": consent.text(),
        }
        store.start_confirmation(subscriber, when)
        if state == subscribers.PENDING:
            continue
        subscribers.confirm(subscriber.confirmation, when)
        if state == subscribers.UNSUBSCRIBED:
            subscribers.unsubscribe(subscriber, when + timedelta(days=20))
