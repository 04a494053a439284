"""Applications in the register: find, export, erase, purge, then every channel."""

from datetime import timedelta
from dateutil.relativedelta import relativedelta
from plone import api
from polepatrimoine.content.calls.personaldata import ANONYMOUS_TITLE
from polepatrimoine.content.calls.personaldata import decided
from polepatrimoine.content.personaldata.register import Person
from polepatrimoine.content.personaldata.register import providers
from tests.fixtures.calls import PDF
from tests.fixtures.http import client
from tests.services.calls_http import as_user
from tests.services.calls_http import create
from tests.services.calls_http import post

import base64
import pytest
import transaction


CONTACT = "zoe.zephyrin@exemple.fr"
NAMES = ("Zéphyrin", "Zephyrin", CONTACT, "projet-zephyrin.pdf")


def apply(world, user="applicant", submit=True, **fields):
    values = {
        "structure_name": "Atelier Zéphyrin",
        "contact_name": "Zoé Zéphyrin",
        "contact_email": CONTACT,
        "project_title": "Le moulin Zéphyrin",
        "document_presentation": {
            "data": base64.b64encode(PDF).decode(),
            "encoding": "base64",
            "filename": "projet-zephyrin.pdf",
            "content-type": "application/pdf",
        },
        **fields,
    }
    created = create(world, user, **values)
    assert created.status_code == 201, created.text
    url = created.json()["@id"]
    if submit:
        submitted = post(f"{url}/@workflow/submit", user, {})
        assert submitted.status_code == 200, submitted.text
    return url


def decide(url, transition, comment="Décision pour Zoé Zéphyrin"):
    for step in ("start_review", transition):
        answer = post(f"{url}/@workflow/{step}", "coordinator", {"comment": comment})
        assert answer.status_code == 200, answer.text


def obj_at(url):
    transaction.begin()
    return api.content.get(path=url.split("/plone", 1)[1])


def save_version(obj):
    with api.env.adopt_roles(["Manager"]):
        api.portal.get_tool("portal_repository").save(obj=obj, comment="copie")
    transaction.commit()


def version_count(obj) -> int:
    storage = api.portal.get_tool("portal_historiesstorage")
    history_id = api.portal.get_tool("portal_historyidhandler").queryUid(obj)
    if history_id is None or not storage.isRegistered(history_id):
        return 0
    return len(storage.getHistory(history_id, countPurged=False))


def channels(world, url) -> str:
    """What the coordinators, the jury, the applicant and the search show."""
    call = world.call.absolute_url()
    admin = client(admin=True)
    return "\n".join(
        (
            admin.get(url).text,
            admin.get(f"{url}/@workflow").text,
            admin.get(f"{url}/@history").text,
            admin.get("@search", params={"SearchableText": "Zéphyrin"}).text,
            admin.get(
                "@search",
                params={"portal_type": "Application", "metadata_fields": "_all"},
            ).text,
            as_user("juror").get(f"{call}/@applications").text,
            as_user("juror", json=False)
            .get(f"{call}/@applications-export")
            .content.decode("utf-8-sig"),
            as_user("applicant").get("@my-applications").text,
            client(admin=True, json=False).get(f"{url}/application_view").text,
        )
    )


def creators_in_catalog(uid) -> set:
    (brain,) = (
        client(admin=True)
        .get("@search", params={"UID": uid, "metadata_fields": "_all"})
        .json()["items"]
    )
    return {brain["Creator"], *(brain.get("listCreators") or ())} - {None, ""}


@pytest.fixture
def mail(smtp):
    return smtp


def test_the_provider_is_registered():
    assert providers()["applications"].stores == ("type:Application",)


def test_find_export_erase(world, mail):
    url = apply(world)
    decide(url, "reject")
    other = apply(
        world,
        "other",
        structure_name="Autre structure",
        contact_email="autre@exemple.fr",
        document_presentation=None,
    )
    obj = obj_at(url)
    save_version(obj)
    assert version_count(obj_at(url)) == 1

    uid = client(admin=True).get(url).json()["UID"]
    assert "applicant" in creators_in_catalog(uid)

    provider = providers()["applications"]
    # By the contact address, or as the applicant's account.
    for person in (Person(CONTACT), Person("applicant@exemple.fr", "applicant")):
        assert [item["url"] for item in provider.find(person)] == [url]
    (exported,) = provider.export(Person(CONTACT))
    assert exported["contact_name"] == "Zoé Zéphyrin"
    assert exported["documents"] == ["projet-zephyrin.pdf"]
    assert "Décision pour Zoé Zéphyrin" in [h["comments"] for h in exported["history"]]

    assert provider.erase(Person(CONTACT)) == 1
    transaction.commit()

    seen = channels(world, url)
    for trace in NAMES:
        assert trace not in seen
    kept = client(admin=True).get(url).json()
    assert kept["structure_name"] == ANONYMOUS_TITLE
    assert (kept["department"]["token"], kept["review_state"]) == ("44", "rejected")
    assert kept["contact_email"] is None
    assert kept["document_presentation"] is None
    assert (
        client(admin=True, json=False)
        .get(f"{url}/@@download/document_presentation")
        .status_code
        == 404
    )
    # Creator falls back on the owner: now the site's, no longer the applicant.
    assert "applicant" not in creators_in_catalog(kept["UID"])
    # The applicant no longer owns it.
    assert as_user("applicant").get(url).status_code in (401, 403)
    # Someone else's application is untouched.
    assert as_user("other").get(other).json()["contact_email"] == "autre@exemple.fr"
    assert version_count(obj_at(url)) == 0
    assert provider.find(Person(CONTACT)) == []
    assert provider.find(Person("applicant@exemple.fr", "applicant")) == []


def test_erasing_a_draft_deletes_it(world, mail):
    url = apply(world, submit=False)
    transaction.begin()
    assert (
        providers()["applications"].erase(Person("applicant@exemple.fr", "applicant"))
        == 1
    )
    transaction.commit()
    assert client(admin=True).get(url).status_code == 404
    seen = channels(world, url)
    for trace in NAMES:
        assert trace not in seen


def test_retention_anonymises_after_the_decision(world, mail):
    refused = apply(world)
    decide(refused, "reject")
    accepted = apply(world, "other", contact_email="autre.zephyrin@exemple.fr")
    decide(accepted, "accept")
    provider = providers()["applications"]
    refused_at = decided(obj_at(refused))
    accepted_at = decided(obj_at(accepted))

    due = refused_at + relativedelta(months=24)
    # What else is due before (the demo's applications) is treated first.
    provider.purge(due - timedelta(seconds=1))
    transaction.commit()
    assert CONTACT in client(admin=True).get(refused).text
    transaction.begin()
    assert provider.purge(due, dry_run=True) == 1
    transaction.commit()
    assert CONTACT in client(admin=True).get(refused).text  # a dry run writes nothing
    transaction.begin()
    assert provider.purge(due) == 1
    transaction.commit()
    assert client(admin=True).get(refused).json()["structure_name"] == ANONYMOUS_TITLE
    still = client(admin=True).get(accepted).json()
    assert still["contact_email"] == "autre.zephyrin@exemple.fr"

    transaction.begin()
    due = accepted_at + relativedelta(months=60)
    provider.purge(due - timedelta(seconds=1))
    transaction.commit()
    assert "zephyrin" in client(admin=True).get(accepted).text.lower()
    transaction.begin()
    assert provider.purge(due) == 1
    transaction.commit()
    gone = client(admin=True).get(accepted).json()
    assert (gone["structure_name"], gone["review_state"]) == (
        ANONYMOUS_TITLE,
        "accepted",
    )
    assert "zephyrin" not in client(admin=True).get(accepted).text.lower()
    transaction.begin()
    assert provider.purge(due) == 0
