"""The directory's import form (@@actors-import) in the Classic UI: French errors, who may use it."""

from tests.services.actors_import.helpers import WORD
from tests.services.actors_import.helpers import actors
from tests.services.actors_import.helpers import body

import re
import transaction


class TestImportForm:
    def token(self, client):
        page = client.get("acteurs/@@actors-import", headers={"Accept": "text/html"})
        assert page.status_code == 200
        return re.search(r'name="_authenticator" value="([^"]+)"', page.text).group(1)

    def post_form(self, client, data: str):
        return client.post(
            "acteurs/@@actors-import",
            data={"form.submitted": "1", "_authenticator": self.token(client)},
            files={"file": ("acteurs.csv", data.encode("utf-8"), "text/csv")},
            headers={"Accept": "text/html"},
        )

    def test_errors_in_french(self, clients, functional):
        client = clients["claire"]
        data = body(f"Sans commune {WORD};association;bati;44;44000;;;;")
        response = self.post_form(client, data)
        assert "Rien n'a été importé" in response.text
        assert "Ce champ est obligatoire." in response.text
        assert actors(functional["portal"]) == {}

    def test_import(self, clients, functional):
        client = clients["claire"]
        data = body(f"Par le formulaire {WORD};association;bati;44;44000;Nantes;;;")
        response = self.post_form(client, data)
        assert response.status_code == 200
        assert response.url.rstrip("/").endswith("/acteurs")
        assert "Import terminé : 1 acteurs créés, 0 mis à jour." in response.text
        assert list(actors(functional["portal"])) == [f"Par le formulaire {WORD}"]

    def test_form_refused_to_members(self, clients):
        response = clients["alice"].get(
            "acteurs/@@actors-import", headers={"Accept": "text/html"}
        )
        assert response.status_code in (401, 403) or (
            "insufficient-privileges" in response.url
        )

    def test_form_without_the_right_to_publish(self, clients, members, functional):
        directory = functional["portal"]["acteurs"]
        directory.manage_permission(
            "polepatrimoine: Import actors", ["Manager", "Contributor"], acquire=True
        )
        directory.manage_setLocalRoles(members["alice"], ["Contributor"])
        transaction.commit()
        client = clients["alice"]
        data = body(f"Par un contributeur {WORD};association;bati;44;44000;Nantes;;;")
        response = self.post_form(client, data)
        assert "Rien n'a été importé" in response.text
        assert "Vous ne pouvez pas publier d&#x27;acteurs" in response.text or (
            "Vous ne pouvez pas publier d'acteurs" in response.text
        )
        assert actors(functional["portal"]) == {}
