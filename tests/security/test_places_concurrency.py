"""Places of a call under concurrent acceptances, through every channel."""

from concurrent.futures import ThreadPoolExecutor
from plone import api
from polepatrimoine.content.calls import places
from tests.fixtures.calls import make_application
from tests.fixtures.calls import move_to
from tests.services.calls_http import as_user
from tests.services.calls_http import get
from tests.services.calls_http import post
from ZODB.POSException import ConflictError

import pytest
import re
import transaction


PLACES = 3
CANDIDATES = 8


def under_review(world, count=CANDIDATES):
    world.call.places = PLACES
    apps = [
        move_to(
            make_application(
                world.call,
                "applicant",
                f"simultanee-{n}",
                structure_name=f"Structure {n}",
            ),
            "under_review",
        )
        for n in range(count)
    ]
    transaction.commit()
    return apps


def stored_counts(world) -> dict:
    """What a second request reads back: the dashboard's counts."""
    return get(f"{world.call.absolute_url()}/@applications", "coordinator").json()[
        "counts"
    ]


def token(html):
    return re.search(r'name="_authenticator"[^>]*value="([^"]+)"', html).group(1)


def at_once(function, items):
    with ThreadPoolExecutor(max_workers=len(items)) as pool:
        return list(pool.map(function, items))


@pytest.mark.parametrize("user", ["juror", "coordinator"])
def test_rest_accepts_at_once(world, user):
    apps = under_review(world)
    urls = [f"{a.absolute_url()}/@workflow/accept" for a in apps]
    answers = at_once(lambda url: post(url, user, {}), urls)
    statuses = sorted(answer.status_code for answer in answers)
    assert statuses == [200] * PLACES + [409] * (CANDIDATES - PLACES)
    refused = [a.json()["error"] for a in answers if a.status_code == 409]
    assert all(e["type"] == "Conflict" for e in refused)
    assert all(
        "Les 3 places de cet appel sont attribuées" in e["message"] for e in refused
    )
    counts = stored_counts(world)
    assert counts["accepted"] == PLACES
    assert counts["under_review"] == CANDIDATES - PLACES


def test_accept_pages_at_once(world):
    """Eight reviewers confirm the @@accept page shown while places were left."""
    apps = under_review(world)
    browser = as_user("juror", json=False)
    pages = [browser.get(f"{a.absolute_url()}/@@accept").text for a in apps]
    assert not any("sont déjà attribuées" in page for page in pages)

    def confirm(pair):
        app, page = pair
        return as_user("juror", json=False).post(
            f"{app.absolute_url()}/@@accept",
            data={"_authenticator": token(page), "form.confirm": "1", "comment": ""},
        )

    answers = at_once(confirm, list(zip(apps, pages, strict=True)))
    sent_back = [a for a in answers if a.url.endswith("/@@accept")]
    assert len(sent_back) == CANDIDATES - PLACES
    for answer in sent_back:
        assert "Les 3 places de cet appel sont attribuées" in answer.text
        assert "la candidature n'a pas été acceptée" in answer.text
    assert stored_counts(world)["accepted"] == PLACES


def test_bulk_actions_at_once(world):
    """Four dashboard submissions of two applications each, at once."""
    apps = under_review(world)
    browser = as_user("coordinator", json=False)
    url = f"{world.call.absolute_url()}/@@applications"
    authenticator = token(browser.get(url).text)
    uids = [a.UID() for a in apps]
    batches = [uids[n : n + 2] for n in range(0, CANDIDATES, 2)]

    def bulk(batch):
        return as_user("coordinator", json=False).post(
            url,
            data={
                "_authenticator": authenticator,
                "transition": "accept",
                "uids:list": batch,
                "form.bulk": "1",
            },
        )

    answers = at_once(bulk, batches)
    assert all(answer.status_code == 200 for answer in answers)
    assert stored_counts(world)["accepted"] == PLACES


def test_plone_state_menu_at_once(world):
    """Plone's own content_status_modify, as the state menu sends it."""
    apps = under_review(world)
    browser = as_user("coordinator", json=False)
    authenticator = token(browser.get(f"{apps[0].absolute_url()}/@@accept").text)

    def accept(app):
        return as_user("coordinator", json=False).post(
            f"{app.absolute_url()}/content_status_modify",
            data={"workflow_action": "accept", "_authenticator": authenticator},
            allow_redirects=False,
        )

    answers = at_once(accept, apps)
    statuses = sorted(answer.status_code for answer in answers)
    assert statuses == [302] * PLACES + [409] * (CANDIDATES - PLACES)
    for answer in answers:
        if answer.status_code == 409:
            assert "Les 3 places de cet appel sont attribuées" in answer.text
    assert stored_counts(world)["accepted"] == PLACES


def test_forced_acceptance_still_goes_beyond(world):
    apps = under_review(world, count=PLACES + 1)
    for app in apps[:PLACES]:
        assert post(f"{app.absolute_url()}/@workflow/accept", "juror", {}).ok
    last = f"{apps[-1].absolute_url()}/@workflow/accept"
    assert post(last, "juror", {}).status_code == 409
    assert post(last, "juror", {"force": True}).status_code == 200
    assert stored_counts(world)["accepted"] == PLACES + 1


def test_python_api_refuses_beyond_the_places(world):
    apps = under_review(world, count=PLACES + 1)
    with api.env.adopt_user(user=api.user.get(userid="coordinator")):
        for app in apps[:PLACES]:
            api.content.transition(obj=app, transition="accept")
        # plone.api reports it as an invalid transition, caused by PlacesTaken.
        with pytest.raises(api.exc.InvalidParameterError) as refused:
            api.content.transition(obj=apps[-1], transition="accept")
        assert isinstance(refused.value.__context__, places.PlacesTaken)
        with pytest.raises(places.PlacesTaken):
            api.portal.get_tool("portal_workflow").doActionFor(apps[-1], "accept")
    transaction.commit()
    assert stored_counts(world)["accepted"] == PLACES


@pytest.mark.parametrize("ledger_exists", [True, False])
def test_two_instances_deciding_on_one_call_conflict(world, ledger_exists):
    """Two ZODB connections stand for two Zope instances: their lock is not
    shared, so the call's ledger must make the second commit conflict."""
    call = world.call
    if ledger_exists:
        places.ledger(call)
    transaction.commit()
    db = call._p_jar.db()
    first, second = transaction.TransactionManager(), transaction.TransactionManager()
    connections = [db.open(transaction_manager=tm) for tm in (first, second)]
    try:
        calls = [connection.get(call._p_oid) for connection in connections]
        for instance_call in calls:
            places.ledger(instance_call).changes += 1
        first.commit()
        with pytest.raises(ConflictError):
            second.commit()
        second.abort()
    finally:
        for connection in connections:
            connection.close()
