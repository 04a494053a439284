"""A person with an account and a full profile, whose traces the tests look for."""

from plone import api
from tests.fixtures.users import PASSWORD

import transaction


EMAIL = "zoe.effacee@example.org"
FULLNAME = "Zoé Quirinalesque"
LOCATION = "Montjean-Quirinal"


def make_person(portal, groups=("adherents",)) -> str:
    """Zoé, a member with a full name and a location; her user id."""
    with api.env.adopt_roles(["Manager"]):
        user = api.user.create(
            email=EMAIL,
            password=PASSWORD,
            properties={"fullname": FULLNAME, "location": LOCATION},
        )
        for group in groups:
            api.group.add_user(groupname=group, user=user)
    transaction.commit()
    return user.getId()


def log_of(clients) -> list:
    response = clients["claire"].get("@personal-data-log")
    assert response.status_code == 200, response.text
    return response.json()["items"]
