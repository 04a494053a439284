"""The calls' REST tests: requests as each user of ``call_world``."""

from tests.fixtures.calls import login_name
from tests.fixtures.calls import valid_data
from tests.fixtures.users import PASSWORD

import requests


JSON = {"Accept": "application/json", "Content-Type": "application/json"}


# The call's jury and the coordinators read the applications; nobody else.
JURY_ONLY = [
    ("juror", 200),
    ("coordinator", 200),
    ("juror2", 401),
    ("applicant", 401),
    ("anonymous", 401),
]


def auth(user):
    return (login_name(user), PASSWORD) if user != "anonymous" else None


def post(url, user, body):
    return requests.post(url, json=body, headers=JSON, auth=auth(user), timeout=60)


def get(url, user, **params):
    return requests.get(url, headers=JSON, auth=auth(user), params=params, timeout=60)


def create(world, user="applicant", **fields):
    body = {"@type": "Application", **valid_data(**fields)}
    return post(world.call.absolute_url(), user, body)
