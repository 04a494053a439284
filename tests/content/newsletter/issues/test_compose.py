"""Composing an issue: what was published since the last one, by kind, public only."""


def kinds_of(entries, uid):
    return [e["kind"] for e in entries if e["uid"] == uid]


def test_compose_picks_public_items_by_kind(clients, news_world, issue):
    response = clients["claire"].post(
        f"{issue.absolute_url()}/@newsletter-compose", json={}
    )
    assert response.status_code == 200, response.text
    entries = response.json()["entries"]
    world = news_world
    assert kinds_of(entries, world["news"].UID()) == ["news"]
    assert kinds_of(entries, world["event"].UID()) == ["event"]
    assert kinds_of(entries, world["resource"].UID()) == ["resource"]
    for private in ("news_private", "resource_private", "event_past"):
        assert kinds_of(entries, world[private].UID()) == []
    kinds = [e["kind"] for e in entries]
    # grouped by kind, in the issue's order of kinds
    order = ["news", "event", "resource", "call", "actor"]
    assert kinds == sorted(kinds, key=order.index)
    # the demo's open calls are listed
    assert "call" in kinds
    stored = clients["claire"].get(issue.absolute_url()).json()["entries"]
    assert stored == entries
