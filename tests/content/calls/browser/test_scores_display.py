"""The jury's scores on the dashboard and the application page: « pas encore noté » until scored."""

from polepatrimoine.policy.demo.working_groups import DEMO_PASSWORD

import html
import re
import requests
import transaction


JUROR = ("jury@example.org", DEMO_PASSWORD)


def text_of(url):
    response = requests.get(url, auth=JUROR, timeout=60)
    assert response.status_code == 200
    return html.unescape(re.sub(r"\s+", " ", response.text))


def row_of(text, structure):
    row = next(r for r in text.split("<tr") if structure in r)
    return re.sub(r"<[^>]+>", " ", row)


def test_unscored_and_scored_applications(functional):
    call = functional["portal"]["accompagnement"]["appel-trajet"]
    scored = call["candidature-demo-3"]
    scored.score_relevance = 4
    scored.score_capacity = 3
    transaction.commit()
    dashboard = text_of(f"{call.absolute_url()}/@@applications")
    assert "/ /" not in dashboard
    assert "()" not in dashboard
    unscored = row_of(dashboard, "Atelier des vitraux du bocage")
    assert "pas encore noté" in unscored
    assert re.search(r"4 / – / 3 \(7\)", row_of(dashboard, scored.title))
    assert "pas encore noté" not in row_of(dashboard, scored.title)

    page = words(text_of(call["candidature-demo-2"].absolute_url()))
    assert re.search(r"Note totale\s*:\s*pas encore noté", page)
    page = words(text_of(scored.absolute_url()))
    assert re.search(r"Note totale\s*:\s*7\b", page)


def words(text):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", text))
