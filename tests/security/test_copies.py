"""Copy and move of applications and calls: no review carried, no way past the rules."""

from datetime import timedelta
from plone import api
from polepatrimoine.content.calls.call import today
from polepatrimoine.content.calls.jury import jury_group_id
from tests.fixtures.calls import make_application
from tests.fixtures.calls import move_to
from tests.services.calls_http import as_user
from tests.services.calls_http import get
from tests.services.calls_http import post

import pytest
import re
import transaction


REFUSED = "Cet appel n'accepte pas de candidature."
WORKFLOW = "polepatrimoine_application_workflow"


@pytest.fixture
def reviewed(world):
    """An accepted application of the first call, with the jury's notes and scores."""
    app = move_to(make_application(world.call, "applicant", "examinee"), "accepted")
    app.review_notes = "Dossier solide, budget fragile."
    app.score_relevance, app.score_fit, app.score_capacity = 5, 4, 2
    transaction.commit()
    return app


def close_by_date(call):
    call.open_date = today() - timedelta(days=30)
    call.close_date = today() - timedelta(days=1)


def review_of(url):
    return get(f"{url}/@review", "coordinator").json()


def assert_fresh_draft(world, url):
    """What a second request reads back: a draft with nothing of a review."""
    data = get(url, "coordinator").json()
    assert data["review_state"] == "draft"
    review = review_of(url)
    assert review == {**review, "review_notes": None, "score_relevance": None}
    assert (review["score_fit"], review["score_capacity"], review["total"]) == (
        None,
        None,
        None,
    )
    transaction.begin()
    obj = api.content.get(path=url.removeprefix(world.portal.absolute_url()))
    history = obj.workflow_history[WORKFLOW]
    assert [entry["review_state"] for entry in history] == ["draft"]
    assert all(entry["action"] is None for entry in history)


@pytest.mark.parametrize("service", ["@copy", "@move"])
def test_pasted_application_starts_over(world, reviewed, service):
    answer = post(
        f"{world.call2.absolute_url()}/{service}",
        "coordinator",
        {"source": reviewed.absolute_url()},
    )
    assert answer.status_code == 200, answer.text[:300]
    target = answer.json()[0]["target"]
    assert_fresh_draft(world, target)
    # Not counted against the places of the call it lands in.
    counts = get(f"{world.call2.absolute_url()}/@applications", "coordinator").json()
    assert counts["counts"]["accepted"] == 0
    if service == "@copy":
        # The original keeps its review.
        assert review_of(reviewed.absolute_url())["score_relevance"] == 5


@pytest.mark.parametrize("service", ["@copy", "@move"])
@pytest.mark.parametrize("how", ["past its closing date", "closed", "draft"])
def test_paste_refused_where_a_new_application_would_be(world, reviewed, service, how):
    target = world.call2
    if how == "past its closing date":
        close_by_date(target)
    else:
        with api.env.adopt_roles(["Manager"]):
            api.content.transition(
                obj=target, transition="close" if how == "closed" else "retract"
            )
    transaction.commit()
    answer = post(
        f"{target.absolute_url()}/{service}",
        "coordinator",
        {"source": reviewed.absolute_url()},
    )
    assert answer.status_code == 403, answer.text[:300]
    if how == "closed":
        # A closed call grants nobody "Add portal content": plone.restapi's
        # own check answers first, with an empty body.
        assert answer.json() is None
    else:
        assert answer.json()["message"] == REFUSED
    # Nothing written: the target is empty, the source untouched.
    listed = get(f"{target.absolute_url()}/@applications", "coordinator").json()
    assert listed["items"] == []
    source = get(reviewed.absolute_url(), "coordinator").json()
    assert source["review_state"] == "accepted"
    assert review_of(reviewed.absolute_url())["score_relevance"] == 5


def classic_ui_paste(source, target):
    browser = as_user("coordinator", json=False)
    browser.session.headers["Accept"] = "text/html"
    page = browser.get(f"{source.absolute_url()}/@@accept").text
    token = re.search(r'name="_authenticator"[^>]*value="([^"]+)"', page).group(1)
    copied = browser.get(
        f"{source.absolute_url()}/object_copy", params={"_authenticator": token}
    )
    assert copied.status_code == 200
    return browser.get(
        f"{target.absolute_url()}/object_paste",
        params={"_authenticator": token},
        allow_redirects=False,
    )


def test_classic_ui_paste_refused_past_the_closing_date(world, reviewed):
    close_by_date(world.call2)
    transaction.commit()
    answer = classic_ui_paste(reviewed, world.call2)
    assert answer.status_code == 403
    assert REFUSED in answer.text
    listed = get(f"{world.call2.absolute_url()}/@applications", "coordinator").json()
    assert listed["items"] == []


def test_classic_ui_paste_carries_no_review(world, reviewed):
    answer = classic_ui_paste(reviewed, world.call2)
    assert answer.status_code == 302
    items = get(f"{world.call2.absolute_url()}/@applications", "coordinator").json()[
        "items"
    ]
    assert len(items) == 1
    assert items[0]["review_state"] == "draft"
    assert items[0]["scores"]["total"] is None
    assert_fresh_draft(world, items[0]["@id"])


def test_copied_call_is_an_empty_session_without_the_first_jury(world, reviewed):
    folder = world.portal["accompagnement"]
    answer = post(
        f"{folder.absolute_url()}/@copy",
        "coordinator",
        {"source": world.call.absolute_url()},
    )
    assert answer.status_code == 200, answer.text[:300]
    copy_url = answer.json()[0]["target"]
    # The first call's juror reviews nothing in the copy.
    assert get(f"{copy_url}/@applications", "juror").status_code == 401
    listed = get(f"{copy_url}/@applications", "coordinator").json()
    assert listed["items"] == []
    transaction.begin()
    copy = folder[copy_url.rsplit("/", 1)[-1]]
    assert list(copy.objectIds()) == []
    principals = {p for p, _roles in copy.get_local_roles()}
    assert jury_group_id(world.call) not in principals
    assert jury_group_id(copy) in principals
    # The original keeps its application and its jury.
    assert "examinee" in world.call.objectIds()
