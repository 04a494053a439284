"""Thirty applications sent to one call at the same moment."""

from concurrent.futures import ThreadPoolExecutor
from tests.fixtures.calls import valid_data
from tests.services.calls_http import get
from tests.services.calls_http import post


def test_thirty_concurrent_submissions(world):
    url = world.call.absolute_url()

    def apply(number):
        body = {
            "@type": "Application",
            **valid_data(structure_name=f"Structure {number}"),
        }
        created = post(url, "applicant", body)
        if created.status_code != 201:
            return created.status_code, created.text[:300]
        return post(
            f"{created.json()['@id']}/@workflow/submit", "applicant", {}
        ).status_code

    with ThreadPoolExecutor(max_workers=30) as pool:
        statuses = list(pool.map(apply, range(30)))
    assert statuses == [200] * 30, [
        s[1][100:700] for s in statuses if isinstance(s, tuple)
    ][:2]
    data = get(f"{url}/@applications", "coordinator").json()
    assert data["counts"]["submitted"] == 30
    assert len({i["structure_name"] for i in data["items"]}) == 30
