"""The shared vocabularies: stable tokens, French titles."""

import pytest


@pytest.mark.parametrize(
    ("name", "token", "title"),
    [
        ("polepatrimoine.vocabularies.Departments", "85", "85 – Vendée"),
        ("polepatrimoine.vocabularies.Departments", "44", "44 – Loire-Atlantique"),
        ("polepatrimoine.vocabularies.ActorCategories", "association", "Association"),
        (
            "polepatrimoine.vocabularies.ActorCategories",
            "collectivite",
            "Collectivité territoriale",
        ),
        (
            "polepatrimoine.vocabularies.HeritageDomains",
            "immateriel",
            "Culturel immatériel",
        ),
    ],
)
def test_term(get_vocabulary, portal, name, token, title):
    vocabulary = get_vocabulary(name, portal)
    assert vocabulary.getTermByToken(token).title == title


@pytest.mark.parametrize(
    ("name", "size"),
    [
        ("polepatrimoine.vocabularies.Departments", 5),
        ("polepatrimoine.vocabularies.ActorCategories", 6),
        ("polepatrimoine.vocabularies.HeritageDomains", 10),
    ],
)
def test_size(get_vocabulary, portal, name, size):
    assert len(get_vocabulary(name, portal)) == size
