"""haproxy's cache (PLONE_PROXY_CACHE) in front of the site: the shared cache a
logged-in page could leak through. Debian's haproxy, started here on a free port
in front of the test server, with the configuration `make cluster` writes."""

from tests.fixtures.cluster import free_port
from tests.fixtures.cluster import haproxy_binary
from tests.fixtures.http import client
from tests.security.test_caching import MARKER
from tests.security.test_caching import login_form
from tests.security.test_caching import site  # noqa: F401 (fixture)
from urllib.parse import urlsplit

import instance as instance_config
import pytest
import requests
import subprocess
import time


@pytest.fixture
def proxy(site, tmp_path):  # noqa: F811
    portal_url = site["portal"].absolute_url()
    origin = urlsplit(portal_url)
    port = free_port()
    config = instance_config.HAPROXY.replace("/Plone/@@ok", f"{origin.path}/@@ok")
    config = config.format(
        host="127.0.0.1",
        port=port,
        servers=f"    server test {origin.hostname}:{origin.port}",
    ) + instance_config.proxy_cache({"PLONE_PROXY_CACHE": "16"})
    (tmp_path / "haproxy.cfg").write_text(config)
    binary = haproxy_binary()
    assert binary, "haproxy is missing: make test installs it (apt-get)"
    process = subprocess.Popen(
        [binary, "-db", "-f", tmp_path / "haproxy.cfg"],
        stdout=(tmp_path / "haproxy.log").open("w"),
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}{origin.path}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if requests.get(f"{url}/@@ok", timeout=5).text == "OK":
                    break
            except requests.RequestException:
                pass
            assert time.monotonic() < deadline, (tmp_path / "haproxy.log").read_text()
            time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


def from_cache(response) -> bool:
    # haproxy adds Age to what it serves from its cache.
    return "Age" in response.headers


PATHS = ("", "acteurs", "agenda", "acteurs/@actors-geojson")


@pytest.mark.parametrize("path", PATHS)
def test_anonymous_pages_are_served_from_the_proxy(proxy, path):
    headers = {"Accept": "application/json" if "@" in path else "text/html"}
    anonymous = client(proxy)
    assert anonymous.get(path, headers=headers).status_code == 200
    again = anonymous.get(path, headers=headers)
    assert again.status_code == 200
    assert from_cache(again)


@pytest.mark.parametrize("path", PATHS[:3])
def test_anonymous_after_logged_in_never_sees_the_logged_in_page(proxy, path):
    html = {"Accept": "text/html"}
    anonymous = client(proxy)
    for session in (client(proxy, login="alice@example.org"), login_form(proxy)):
        logged_in = session.get(path, headers=html)
        assert MARKER in logged_in.text
        assert not from_cache(logged_in)
        after = anonymous.get(path, headers=html)
        assert after.status_code == 200
        assert MARKER not in after.text
    # And the other way round: the anonymous page, now in the proxy, is not
    # served to someone logged in.
    assert from_cache(anonymous.get(path, headers=html))
    assert (
        MARKER in client(proxy, login="alice@example.org").get(path, headers=html).text
    )


def test_rest_json_never_gets_a_pages_html(proxy):
    anonymous = client(proxy)
    anonymous.get("acteurs", headers={"Accept": "text/html"})
    assert from_cache(anonymous.get("acteurs", headers={"Accept": "text/html"}))
    as_json = anonymous.get("acteurs", headers={"Accept": "application/json"})
    assert as_json.headers["Content-Type"].startswith("application/json")
    assert as_json.json()["@id"].endswith("/acteurs")


def test_private_pages_are_never_kept(proxy, site):  # noqa: F811
    event = site["event"].absolute_url().replace(site["portal"].absolute_url(), proxy)
    anonymous = client(proxy)
    for path in (f"{event}/@registration-status", "login"):
        anonymous.get(path)
        assert not from_cache(anonymous.get(path)), path
