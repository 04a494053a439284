"""The pages « Mes données » (a user's own) and « Données personnelles » (coordinators)."""

from plone import api
from plone.protect import CheckAuthenticator
from polepatrimoine.content import _
from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.content.common.rest import translated
from polepatrimoine.content.personaldata import access
from polepatrimoine.content.personaldata import log
from polepatrimoine.content.personaldata import requests
from polepatrimoine.content.personaldata.register import providers
from Products.Five.browser import BrowserView
from urllib.parse import urlencode

import json


def _text(value) -> str:
    if isinstance(value, str):
        return value
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "oui" if value else "non"
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def rows(record) -> list[tuple[str, str]]:
    """A record as (label, text) rows: its keys, nested values as compact JSON."""
    if isinstance(record, dict):
        return [(str(key), _text(value)) for key, value in record.items()]
    return [("", _text(record))]


class MyDataView(BrowserView):
    """Everything the site holds about the logged-in user, store by store."""

    def __call__(self):
        person = requests.current_person()
        self.email = person.email
        data = requests.export(person, self.request)
        counts = {name: len(store["records"]) for name, store in data.items()}
        log.append(
            "my-data",
            person.email,
            actor=person.email,
            stores=[name for name, n in counts.items() if n],
            counts=counts,
            request=self.request,
        )
        self.stores = [
            dict(store, name=name, records=[rows(r) for r in store["records"]])
            for name, store in data.items()
            if store["records"]
        ]
        return self.index()

    def download_url(self) -> str:
        return f"{api.portal.get().absolute_url()}/++api++/@my-data"


class PersonalDataView(BrowserView):
    """Search a person by e-mail across every store, export, erase; the audit log."""

    email = ""
    error = None
    field = None
    found = None
    erased = None

    def __call__(self):
        form = self.request.form
        try:
            if self.request.method == "POST" and "form.buttons.erase" in form:
                CheckAuthenticator(self.request)
                self._erase(form)
            elif form.get("email"):
                self._search()
        except RequestError as error:
            self.request.response.setStatus(error.status)
            self.error = translated(error.message, self.request)
            self.field = error.field
        return self.index()

    def _search(self):
        self.email = access.email_param(self.request)
        person = requests.person_for(self.email)
        found = requests.find(person, self.request)
        counts = requests.counts_of(found)
        log.append(
            "search",
            person.email,
            stores=[name for name, n in counts.items() if n],
            counts=counts,
            request=self.request,
        )
        # "items" would read as the dict's method in a page template.
        self.found = [
            {"name": name, "title": store["title"], "records": store["items"]}
            for name, store in found.items()
        ]

    def _erase(self, form):
        self.email = access.checked_email(form.get("email"))
        reason = access.checked_reason({"reason": form.get("reason", "")})
        confirm = form.get("confirm")
        if not isinstance(confirm, str) or confirm.strip().lower() != self.email:
            raise RequestError(
                _("Type the person's e-mail address again to confirm the erasure."),
                field="confirm",
            )
        person = requests.person_for(self.email)
        counts = requests.erase(person)
        log.append(
            "erase",
            person.email,
            stores=[name for name, n in counts.items() if n],
            counts=counts,
            reason=reason,
        )
        titles = {n: translated(p.title, self.request) for n, p in providers().items()}
        self.erased = [
            {"name": name, "title": titles.get(name, name), "count": count}
            for name, count in counts.items()
        ]

    def export_url(self) -> str:
        query = urlencode({"email": self.email})
        return (
            f"{api.portal.get().absolute_url()}/++api++/@personal-data-export?{query}"
        )

    def entries(self) -> list[dict]:
        return log.entries()

    def action_title(self, action: str) -> str:
        return translated(log.ACTION_TITLES.get(action, action), self.request)
