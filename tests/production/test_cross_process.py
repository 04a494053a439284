"""The suite's invariants across processes: two Zope instances on one PostgreSQL database.

Requests go to each instance directly (alternating, so that both decide at
once) or through haproxy; what was written is read back on the other instance.
Conflict retries are allowed; errors and lost writes are not.
"""

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from tests.fixtures.calls import valid_data
from tests.fixtures.http import Client
from tests.fixtures.users import PASSWORD
from tests.services.registrations.helpers import confirm_link

import json
import pytest
import subprocess
import sys


ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
WORD = "Grandlieu"


@pytest.fixture(scope="module")
def world(cluster):
    done = subprocess.run(
        [
            BIN / "zconsole",
            "run",
            cluster.zope_conf,
            ROOT / "tests/production/world.py",
        ],
        env={**cluster.env, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def on(cluster, number, user=None, admin=False, json=True) -> Client:
    """A client of instance ``number`` (0 or 1), or of haproxy for ``None``."""
    url = cluster.url if number is None else cluster.instance_urls[number]
    if admin:
        auth = cluster.admin.auth
    else:
        auth = (f"{user}@exemple.fr", PASSWORD) if user else None
    return Client(url, auth, json)


def test_fifty_registrations_over_two_instances_give_twenty_places(
    cluster, world, smtp_server
):
    smtp_server.clear()
    # A hundred kept-alive connections would reach the servers' limits.
    close = {"Connection": "close"}

    def register(n):
        client = on(cluster, n % 2)
        return client.post(
            f"{world['event']}/@registrations",
            json={
                "fullname": f"Personne {n}",
                "email": f"personne{n}@exemple.fr",
                "consent": True,
            },
            headers=close,
        )

    with ThreadPoolExecutor(max_workers=50) as pool:
        responses = list(pool.map(register, range(50)))
    assert [r.status_code for r in responses] == [202] * 50, [
        r.text[:300] for r in responses if r.status_code != 202
    ][:3]
    # Visitors' registrations hold their places until the e-mail's link is followed.
    secrets = {
        message["X-Envelope-To"]: confirm_link(message).group(2)
        for message in smtp_server.wait(50)
    }
    assert len(secrets) == 50
    smtp_server.clear()

    def follow(n):
        address = f"personne{n}@exemple.fr"
        response = on(cluster, (n + 1) % 2).post(
            f"{world['event']}/@registration-confirmation",
            json={"token": secrets[address]},
            headers=close,
        )
        return address, response

    with ThreadPoolExecutor(max_workers=50) as pool:
        confirmations = dict(pool.map(follow, range(50)))
    assert {r.status_code for r in confirmations.values()} == {200}, [
        r.text[:300] for r in confirmations.values() if r.status_code != 200
    ][:3]
    states = {address: r.json()["state"] for address, r in confirmations.items()}
    assert list(states.values()).count("confirmed") == 20
    assert list(states.values()).count("waitlisted") == 30
    for number in (0, 1):
        data = on(cluster, number, admin=True).get(f"{world['event']}/@registrations")
        data = data.json()
        assert (data["items_total"], data["confirmed"], data["waitlisted"]) == (
            50,
            20,
            30,
        )
        assert data["pending"] == 0
        by_email = {item["email"]: item["state"] for item in data["items"]}
        assert by_email == states
    status = on(cluster, None).get(f"{world['event']}/@registration-status").json()
    assert status["places_left"] == 0
    # One mail per confirmation, none twice although requests were retried.
    messages = smtp_server.wait(50)
    assert len(messages) == 50
    assert sorted(m["X-Envelope-To"] for m in messages) == sorted(
        f"personne{n}@exemple.fr" for n in range(50)
    )


def test_thirty_applications_over_two_instances_are_all_kept(cluster, world):
    def apply(n):
        client = on(cluster, n % 2, "applicant")
        body = {"@type": "Application", **valid_data(structure_name=f"Cluster {n}")}
        created = client.post(world["call"], json=body)
        if created.status_code != 201:
            return created.status_code, created.text[:300]
        url = created.json()["@id"]
        return client.post(f"{url}/@workflow/submit", json={}).status_code

    with ThreadPoolExecutor(max_workers=30) as pool:
        statuses = list(pool.map(apply, range(30)))
    assert statuses == [200] * 30, [s for s in statuses if s != 200][:3]
    for number in (0, 1):
        data = on(cluster, number, "coordinator").get(f"{world['call']}/@applications")
        data = data.json()
        assert data["counts"]["submitted"] == 30
        assert {item["structure_name"] for item in data["items"]} == {
            f"Cluster {n}" for n in range(30)
        }


def accepted(cluster, number, world) -> list:
    data = on(cluster, number, "coordinator").get(
        f"{world['places_call']}/@applications"
    )
    return [
        item["structure_name"]
        for item in data.json()["items"]
        if item["review_state"] == "accepted"
    ]


def test_concurrent_acceptances_never_exceed_the_places(cluster, world):
    places = world["places"]

    def accept(index):
        path = world["to_accept"][index]
        client = on(cluster, index % 2, "coordinator")
        return client.post(f"{path}/@workflow/accept", json={})

    with ThreadPoolExecutor(max_workers=len(world["to_accept"])) as pool:
        responses = list(pool.map(accept, range(len(world["to_accept"]))))
    codes = sorted(r.status_code for r in responses)
    assert codes == [200] * places + [409] * (len(responses) - places), [
        r.text[:300] for r in responses if r.status_code not in (200, 409)
    ]
    for refused in (r for r in responses if r.status_code == 409):
        error = refused.json()["error"]
        assert error["type"] == "Conflict"
        assert f"Les {places} places de cet appel sont attribuées" in error["message"]
    for number in (0, 1):
        assert len(accepted(cluster, number, world)) == places
    # Beyond the places only with force, and exactly once more.
    last = next(
        world["to_accept"][i] for i, r in enumerate(responses) if r.status_code == 409
    )
    forced = on(cluster, 1, "coordinator").post(
        f"{last}/@workflow/accept", json={"force": True}
    )
    assert forced.status_code == 200, forced.text
    assert len(accepted(cluster, 0, world)) == places + 1


def refused(client, path) -> bool:
    """Refused: 401/403, or the Classic UI's redirection to its login form."""
    response = client.get(path, allow_redirects=False)
    if response.status_code in (301, 302, 303):
        return "require_login" in response.headers["Location"]
    return response.status_code in (401, 403)


def test_membership_changes_on_one_instance_apply_at_once_on_the_other(cluster, world):
    document, group, member = world["document"], world["group"], world["ids"]["member"]
    rest_b, page_b = on(cluster, 1, "member"), on(cluster, 1, "member", json=False)
    for path in (document, f"{group}/@@space"):
        assert refused(rest_b, path)
        assert refused(page_b, path)

    added = on(cluster, 0, "coordinator").post(
        f"{group}/@members", json={"user": member, "role": "member"}
    )
    assert added.status_code == 201, added.text
    assert rest_b.get(document).json()["title"] == "Compte rendu interne"
    space = page_b.get(f"{group}/@@space", allow_redirects=False)
    assert space.status_code == 200
    assert "Compte rendu interne" in space.text
    assert [
        item["title"] for item in rest_b.get("@my-working-groups").json()["items"]
    ] == ["Groupe en cluster"]

    removed = on(cluster, 0, "coordinator").delete(f"{group}/@members/{member}")
    assert removed.status_code == 204, removed.text
    for path in (document, f"{group}/@@space"):
        assert refused(rest_b, path)
        assert refused(page_b, path)
    assert rest_b.get("@my-working-groups").json()["items"] == []


def test_an_actor_imported_on_one_instance_is_everywhere_on_the_other(cluster, world):
    anonymous_b = on(cluster, 1)
    before = anonymous_b.get("acteurs/@actors-geojson")
    assert before.status_code == 200
    facets_before = anonymous_b.get("acteurs/@actors-facets").json()
    assert WORD not in before.text

    csv = (
        "title;actor_category;heritage_domains;department;zip_code;city;latitude;longitude\r\n"
        f"Maison du lac de {WORD};association;naturel;44;44310;Saint-Philbert-de-Grand-Lieu;47.03;-1.64\r\n"
    )
    imported = on(cluster, 0, "coordinator").post(
        "acteurs/@actors-import",
        data=csv.encode("utf-8"),
        headers={"Content-Type": "text/csv; charset=utf-8"},
    )
    assert imported.status_code == 200, imported.text
    assert imported.json() == {"created": 1, "updated": 0, "errors": []}

    after = anonymous_b.get(
        "acteurs/@actors-geojson", headers={"If-None-Match": before.headers["ETag"]}
    )
    assert after.status_code == 200
    assert after.headers["ETag"] != before.headers["ETag"]
    titles = [f["properties"]["title"] for f in after.json()["features"]]
    assert f"Maison du lac de {WORD}" in titles
    facets = anonymous_b.get("acteurs/@actors-facets").json()
    assert facets["total"] == facets_before["total"] + 1
    assert facets["facets"]["department"]["44"] == (
        facets_before["facets"]["department"].get("44", 0) + 1
    )
    found = anonymous_b.get("@search", params={"SearchableText": WORD}).json()
    assert [item["title"] for item in found["items"]] == [f"Maison du lac de {WORD}"]
    page = on(cluster, 1, json=False).get("acteurs")
    assert f"Maison du lac de {WORD}" in page.text
