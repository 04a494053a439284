"""Every login of the README's examples is a demo person with the role the example needs."""

from pathlib import Path
from plone import api
from polepatrimoine.content.calls.jury import jurors
from polepatrimoine.policy.demo import people
from polepatrimoine.policy.demo import working_groups
from polepatrimoine.workflows.workinggroups import membership

import pytest
import re
import requests


README = Path(__file__).parents[3] / "README.md"
PASSWORD = "demo-patrimoine"

LOGIN = re.compile(r"""-u\s+['"]?([^'"\s$]+)""")
ASSIGNED = re.compile(r"""^\s*[A-Z]=['"]([^'"\s]+:[^'"\s]+)['"]""")
VARIABLE = re.compile(r"""-u\s+['"]?\$([A-Z])\b""")
GROUP_URL = re.compile(r"\bG=\S*groupes-de-travail/([a-z-]+)")
ADDRESS = re.compile(r"[a-z0-9][a-z0-9._-]*@example\.org")

# Addresses of code blocks that are data, not accounts: what a form or a body
# carries for someone who has no account on the site.
NOT_ACCOUNTS = {
    "ines@example.org": "a visitor's question to an offer (no account needed)",
    "lavoirs@example.org": "a project's contact address",
    "recrutement@example.org": "an offer's contact address",
    "relecture@example.org": "the recipient of a newsletter's test copy",
    "lettre.musee@example.org": "a newsletter subscriber (subscribers have no account)",
    "contact@example.org": "the network's contact address in the footer's settings",
}


def examples():
    """(section, login, password, command and the two lines after it) of every -u."""
    lines = README.read_text(encoding="utf-8").splitlines()
    found, section, in_code, variables, group = [], "", False, {}, None
    for number, line in enumerate(lines):
        if line.startswith("```"):
            in_code, variables, group = not in_code, {}, None
            continue
        if not in_code:
            if line.startswith("## "):
                section = line[3:].strip()
            continue
        if match := ASSIGNED.match(line):
            variables[line.strip()[0]] = match.group(1)
        if match := GROUP_URL.search(line):
            group = match.group(1)
        credentials = None
        if match := LOGIN.search(line):
            credentials = match.group(1)
        elif match := VARIABLE.search(line):
            credentials = variables[match.group(1)]
        if credentials:
            login, _, password = credentials.partition(":")
            context = "\n".join(lines[number : number + 4])
            found.append((section, login, password, group, context))
    return found


def code_addresses():
    text = README.read_text(encoding="utf-8")
    blocks = re.findall(r"^```[a-z]*\n(.*?)^```", text, flags=re.S | re.M)
    return {address for block in blocks for address in ADDRESS.findall(block)}


def demo_logins():
    logins = {people.login(spec[0]) for spec in people.PEOPLE}
    for persons in working_groups.PEOPLE.values():
        logins |= {working_groups.email(local) for local, _name, _role in persons}
    return logins


EXAMPLES = examples()


def test_the_readme_has_examples_of_every_kind():
    sections = {section for section, *_ in EXAMPLES}
    assert {
        "Actors: directory and map",
        "Network meetings",
        "Working groups",
        "Calls for applications (TRAJET, Culturdiag)",
        "News and newsletter",
        "Jeunes-Pros",
        "Personal data (Données personnelles)",
    } <= sections
    assert len(EXAMPLES) > 40


def test_every_example_logs_in_as_a_demo_person_with_the_demo_password():
    wrong = [
        (login, password)
        for _section, login, password, _group, _context in EXAMPLES
        if login not in demo_logins() or password != PASSWORD
    ]
    assert wrong == []


def test_every_address_of_the_examples_is_a_demo_person_or_data():
    unknown = code_addresses() - demo_logins() - set(NOT_ACCOUNTS)
    assert unknown == set()
    used_as_login = {login for _s, login, *_ in EXAMPLES}
    assert used_as_login & set(NOT_ACCOUNTS) == set()


def test_every_demo_person_logs_in_over_http(functional, portal_url):
    # The people of the examples: through the login endpoint, with the demo password.
    for login in sorted({login for _s, login, *_ in EXAMPLES}):
        response = requests.post(
            f"{portal_url}/@login",
            json={"login": login, "password": PASSWORD},
            headers={"Accept": "application/json"},
            timeout=60,
        )
        assert response.status_code == 200, (login, response.text)
        assert response.json()["token"]
        refused = requests.post(
            f"{portal_url}/@login",
            json={"login": login, "password": "secret"},
            headers={"Accept": "application/json"},
            timeout=60,
        )
        assert refused.status_code == 401


def userid(login):
    user = api.user.get(username=login)
    assert user is not None, login
    return user.getId()


def site_groups(login):
    return {group.getId() for group in api.group.get_groups(username=login)}


def is_site_coordinator(login):
    return "coordinateurs" in site_groups(login)


def is_juror(portal, login):
    calls = portal["accompagnement"]
    return any(userid(login) in jurors(calls[call_id]) for call_id in people.JURY_CALLS)


def owns_an_application(login):
    return bool(
        api.content.find(
            portal_type="Application", Creator=userid(login), unrestricted=True
        )
    )


def owns_an_actor(login):
    return any(
        "Owner"
        in brain._unrestrictedGetObject().get_local_roles_for_userid(userid(login))
        for brain in api.content.find(portal_type="Actor", unrestricted=True)
    )


def group_role(portal, group_id, login):
    return membership.role_of(portal["groupes-de-travail"][group_id], userid(login))


def check_working_group_example(portal, login, group, context):
    if "@join-requests -d" in context.replace("\\\n", " ").replace("  ", " "):
        # Asking to join: someone who is not in the group yet.
        assert group_role(portal, group, login) is None, login
    elif "another group's member" in context:
        assert group_role(portal, group, login) is None, login
        assert any(
            group_role(portal, other, login) for other in working_groups.PEOPLE
        ), login
    elif group is not None:
        wanted = "coordinator" if login.startswith("coordination.") else "member"
        assert group_role(portal, group, login) == wanted, (login, context)
    else:
        assert any(
            group_role(portal, other, login) for other in working_groups.PEOPLE
        ), login


@pytest.mark.parametrize(
    "example", EXAMPLES, ids=[f"{e[0][:12]}-{e[1]}" for e in EXAMPLES]
)
def test_each_example_has_the_role_its_section_needs(functional, example):
    portal = functional["portal"]
    section, login, _password, group, context = example
    if section == "Working groups":
        check_working_group_example(portal, login, group, context)
    elif section.startswith("Calls for applications"):
        if login.startswith("jury@"):
            assert is_juror(portal, login)
            assert not is_site_coordinator(login)
        else:
            assert owns_an_application(login), login
            assert not is_juror(portal, login)
    elif section == "Jeunes-Pros" and not is_site_coordinator(login):
        assert owns_an_actor(login), login
        assert "adherents" in site_groups(login)
    elif section == "Territories and observatory":
        # A member proposing a project of the actor she owns.
        assert owns_an_actor(login), login
        assert not is_site_coordinator(login)
    elif "Plone/@my-data" in context.splitlines()[0]:
        # About oneself: anyone with an account.
        assert not is_site_coordinator(login)
        assert not site_groups(login) - {"AuthenticatedUsers"}
    else:
        assert is_site_coordinator(login), (section, login)


def test_the_personal_data_examples_name_zoes_real_user_id(functional):
    # The README's @my-data and @personal-data answers show her user id.
    text = README.read_text(encoding="utf-8")
    shown = set(re.findall(r'"userid": "([^"]+)"', text))
    assert shown == {userid("zoe.martin@example.org")}
