"""POST /@personal-data-erase {"email", "reason"}: erase a person in every store (coordinators)."""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import json_body
from polepatrimoine.content.personaldata import access
from polepatrimoine.content.personaldata import log
from polepatrimoine.content.personaldata import requests


class PersonalDataErasePost(GuardedService, Service):
    def reply(self):
        access.require_coordinator()
        data = json_body(self.request)
        email = access.checked_email(data.get("email"))
        reason = access.checked_reason(data)
        person = requests.person_for(email)
        counts = requests.erase(person)
        log.append(
            "erase",
            person.email,
            stores=[name for name, n in counts.items() if n],
            counts=counts,
            reason=reason,
        )
        return {"email": person.email, "erased": counts}
