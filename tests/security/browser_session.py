"""A browser's session with the site: logged in by the login form's cookie."""

from tests.fixtures.users import PASSWORD

import re
import requests


TOKEN = re.compile(
    r'name="_authenticator"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="_authenticator"'
)


class BrowserSession:
    """A logged-in browser: its ``__ac`` cookie, and the site's CSRF token."""

    def __init__(self, portal_url: str, login: str):
        self.portal_url = portal_url
        self.session = requests.Session()
        response = self.session.post(
            f"{portal_url}/login",
            data={
                "__ac_name": login,
                "__ac_password": PASSWORD,
                "buttons.login": "Se connecter",
                "came_from": portal_url,
            },
            timeout=60,
        )
        assert "__ac" in self.session.cookies, response.status_code
        page = self.session.get(f"{portal_url}/@@personal-information", timeout=60)
        match = TOKEN.search(page.text)
        assert match, page.status_code
        self.token = match.group(1) or match.group(2)

    def url(self, path: str) -> str:
        return path if path.startswith("http") else f"{self.portal_url}/{path}"

    def request(self, method, path, **kw):
        headers = {"Accept": "application/json", **kw.pop("headers", {})}
        return self.session.request(
            method, self.url(path), headers=headers, timeout=60, **kw
        )
