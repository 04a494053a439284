"""GET /@personal-data?email=: what every store holds about a person (coordinators)."""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.personaldata import access
from polepatrimoine.content.personaldata import log
from polepatrimoine.content.personaldata import requests


class PersonalDataGet(GuardedService, Service):
    def reply(self):
        access.require_coordinator()
        person = requests.person_for(access.email_param(self.request))
        found = requests.find(person, self.request)
        counts = requests.counts_of(found)
        log.append(
            "search",
            person.email,
            stores=[name for name, n in counts.items() if n],
            counts=counts,
            request=self.request,
        )
        return {
            "@id": f"{self.context.absolute_url()}/@personal-data",
            "email": person.email,
            "userid": person.userid,
            "stores": found,
            "items_total": sum(counts.values()),
        }
