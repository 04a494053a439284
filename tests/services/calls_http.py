"""The calls' REST tests: requests as each user of ``call_world``."""

from tests.fixtures.calls import login_name
from tests.fixtures.calls import valid_data
from tests.fixtures.http import client


# The call's jury and the coordinators read the applications; nobody else.
JURY_ONLY = [
    ("juror", 200),
    ("coordinator", 200),
    ("juror2", 401),
    ("applicant", 401),
    ("anonymous", 401),
]


def as_user(user, json=True):
    """A client as one user of ``call_world`` (or anonymous)."""
    return client(login=login_name(user) if user != "anonymous" else None, json=json)


def post(url, user, body):
    return as_user(user).post(url, json=body)


def get(url, user, **params):
    return as_user(user).get(url, params=params)


def create(world, user="applicant", **fields):
    body = {"@type": "Application", **valid_data(**fields)}
    return post(world.call.absolute_url(), user, body)


def create_and_submit(world):
    """A valid application created then submitted by the applicant: its URL and
    the answer to the submission."""
    created = create(world)
    assert created.status_code == 201, created.text
    url = created.json()["@id"]
    return url, post(f"{url}/@workflow/submit", "applicant", {})
