"""What the feature stores tell the register reads in French, periods included."""

from plone import api
from polepatrimoine.content.personaldata import register
from polepatrimoine.content.personaldata.register import providers
from zope.i18n import translate

import pytest


STORES = {
    "rosters": (),
    "activity": (),
    "comments": (),
    "join_requests": ("polepatrimoine.retention.join_requests_months",),
    "registrations": (
        "polepatrimoine.retention.registrations_months",
        "polepatrimoine.retention.pending_days",
    ),
    "applications": (
        "polepatrimoine.retention.applications_refused_months",
        "polepatrimoine.retention.applications_accepted_months",
    ),
}


def french(message) -> str:
    return translate(message, target_language="fr")


@pytest.mark.parametrize("name", sorted(STORES))
def test_texts_are_french(integration, name):
    provider = providers()[name]
    assert provider.retention_settings == STORES[name]
    for text in (
        provider.title,
        provider.purpose,
        provider.legal_basis,
        provider.recipients,
        provider.retention,
        *provider.categories,
    ):
        assert french(text) != str(text), text


@pytest.mark.parametrize("name", ["join_requests", "registrations", "applications"])
def test_the_retention_sentence_gives_the_periods_set(integration, monkeypatch, name):
    registry = api.portal.get_tool("portal_registry")
    periods = dict(zip(STORES[name], (37, 41), strict=False))
    for record, number in periods.items():
        if record in registry:
            registry[record] = number
        else:
            # Until the control panel (issue 15c) creates the records.
            monkeypatch.setitem(register.RETENTION, record, number)
    sentence = french(providers()[name].retention)
    for number in periods.values():
        assert f"{number} " in sentence
    assert "${" not in sentence
