"""Subscribers made directly in the store, committed for the test server."""

from polepatrimoine.content.newsletter import subscribers

import transaction


def make_subscriber(portal, email, state=subscribers.ACTIVE, **attributes):
    store = subscribers.store(portal, create=True)
    subscriber = store.add(subscribers.Subscriber(email, **attributes))
    store.start_confirmation(subscriber)
    if state != subscribers.PENDING:
        subscribers.set_state(subscriber, state)
    transaction.commit()
    return subscriber
