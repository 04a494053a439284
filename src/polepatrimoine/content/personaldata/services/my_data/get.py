"""GET /@my-data: everything the site holds about the logged-in user, store by store."""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.personaldata import access
from polepatrimoine.content.personaldata import log
from polepatrimoine.content.personaldata import requests


class MyDataGet(GuardedService, Service):
    def reply(self):
        access.require_login()
        person = requests.current_person()
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
        return {
            "@id": f"{self.context.absolute_url()}/@my-data",
            "email": person.email,
            "userid": person.userid,
            "stores": data,
        }
