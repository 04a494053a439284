"""GET /@personal-data-export?email=: a person's data, to send them (coordinators)."""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.personaldata import access
from polepatrimoine.content.personaldata import log
from polepatrimoine.content.personaldata import requests


class PersonalDataExportGet(GuardedService, Service):
    def reply(self):
        access.require_coordinator()
        person = requests.person_for(access.email_param(self.request))
        data = requests.export(person, self.request)
        counts = {name: len(store["records"]) for name, store in data.items()}
        log.append(
            "export",
            person.email,
            stores=[name for name, n in counts.items() if n],
            counts=counts,
            request=self.request,
        )
        return {
            "@id": f"{self.context.absolute_url()}/@personal-data-export",
            "email": person.email,
            "userid": person.userid,
            "stores": data,
        }
