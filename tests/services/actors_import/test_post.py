"""@actors-import: encodings, separators, updates, all or nothing."""

from tests.fixtures.actors import make_actor
from tests.services.actors_import.helpers import WORD
from tests.services.actors_import.helpers import actors
from tests.services.actors_import.helpers import body
from tests.services.actors_import.helpers import post_csv

import pytest
import transaction


class TestImport:
    def test_utf8_with_bom_and_semicolons(self, clients, functional):
        data = "\ufeff" + body(
            f"Musée de l'Ardoise {WORD};institution;musees | industriel;49;49000;Angers;47.47;-0.55;",
            f"Chœur d'Émeraude {WORD};association;immateriel;85;85000;La Roche-sur-Yon;;;",
        )
        response = post_csv(clients["claire"], data.encode("utf-8"))
        assert response.status_code == 200, response.text
        assert response.json() == {"created": 2, "updated": 0, "errors": []}
        found = actors(functional["portal"])
        musee = found[f"Musée de l'Ardoise {WORD}"]
        assert musee.heritage_domains == ["musees", "industriel"]
        assert (musee.latitude, musee.longitude) == (47.47, -0.55)
        assert musee.review_state == "published"
        assert found[f"Chœur d'Émeraude {WORD}"].city == "La Roche-sur-Yon"

    def test_windows_1252_commas_and_french_headers(self, clients, functional):
        header = "Nom,Catégorie,Domaines,Département,Code postal,Commune,Adhérent"
        data = body(
            f"Forgerons de Château-Gontier {WORD},Entreprise du patrimoine,Savoir-faire et métiers d'art,53,53200,Château-Gontier-sur-Mayenne,oui",
            header=header,
            separator=",",
        ).replace(";", ",")
        response = post_csv(clients["claire"], data.encode("cp1252"))
        assert response.status_code == 200, response.text
        assert response.json()["created"] == 1
        (brain,) = actors(functional["portal"]).values()
        assert brain.Title == f"Forgerons de Château-Gontier {WORD}"
        assert brain.actor_category == "entreprise"
        assert brain.heritage_domains == ["savoir-faire"]
        assert brain.is_member is True

    def test_multipart_file(self, clients, functional):
        data = body(
            f"Atelier multipart {WORD};entreprise;bati;72;72000;Le Mans;48.0;0.2;"
        )
        response = clients["claire"].post(
            "acteurs/@actors-import",
            files={"file": ("acteurs.csv", data.encode("utf-8"), "text/csv")},
        )
        assert response.status_code == 200, response.text
        assert response.json()["created"] == 1

    def test_all_or_nothing(self, clients, functional):
        data = body(
            f"Valide {WORD};association;bati;44;44000;Nantes;;;",
            f"Mauvais code {WORD};association;bati;44;49000;Nantes;;;",
            f"Mauvaise position {WORD};inconnue;bati;44;44000;Nantes;95;-1.5;12",
        )
        response = post_csv(clients["claire"], data.encode("utf-8"))
        assert response.status_code == 400
        result = response.json()
        assert result["created"] == 0
        errors = {(e["line"], e["field"]) for e in result["errors"]}
        assert errors == {
            (3, "zip_code"),
            (4, "actor_category"),
            (4, "latitude"),
            (4, "siret"),
        }
        messages = " ".join(e["message"] for e in result["errors"])
        assert "n'est pas dans le département 44" in messages
        assert actors(functional["portal"]) == {}

    def test_unknown_column(self, clients):
        data = body(
            f"X {WORD};association;bati;44;44000;Nantes",
            header="title;actor_category;heritage_domains;department;zip_code;ville natale",
        )
        response = post_csv(clients["claire"], data.encode("utf-8"))
        assert response.status_code == 400
        fields = {e["field"] for e in response.json()["errors"]}
        assert fields == {"ville natale", "city"}

    def test_updates_by_uid_siret_then_title_and_city(self, clients, functional):
        portal = functional["portal"]
        by_uid = make_actor(portal, title=f"Par UID {WORD}")
        make_actor(portal, title=f"Par SIRET {WORD}", siret="73282932000074")
        make_actor(portal, title=f"Par nom {WORD}", city="Nantes")
        transaction.commit()
        header = "UID;title;actor_category;department;zip_code;city;siret"
        data = body(
            f"{by_uid.UID()};Renommé par UID {WORD};association;44;44100;Nantes;",
            f";Renommé par SIRET {WORD};entreprise;44;44000;Nantes;73282932000074",
            f";Par nom {WORD};collectivite;44;44000;Nantes;",
            header=header,
        )
        response = post_csv(clients["claire"], data.encode("utf-8"))
        assert response.json() == {"created": 0, "updated": 3, "errors": []}
        found = actors(portal)
        assert found[f"Renommé par UID {WORD}"].zip_code == "44100"
        assert found[f"Renommé par SIRET {WORD}"].actor_category == "entreprise"
        assert found[f"Par nom {WORD}"].actor_category == "collectivite"
        assert len(found) == 3

    def test_export_then_import_changes_nothing(self, clients, functional):
        portal = functional["portal"]
        make_actor(
            portal,
            title=f"Aller-retour « accentué » {WORD}",
            heritage_domains=["bati", "maritime"],
            labels=["musee-de-france"],
            social_links=[
                "https://social.example.org/a",
                "https://social.example.org/b",
            ],
            email="contact@example.org",
            phone="02 40 00 00 00",
            website="https://example.org",
            is_member=True,
            member_since=2021,
            siret="73282932000074",
            description="Une description ; avec un point-virgule",
            street="1, rue de la Loire",
        )
        make_actor(portal, title=f"Sans position {WORD}", position=None)
        make_actor(portal, title=f"Au point zéro {WORD}", position=(0.0, 0.0))
        transaction.commit()
        params = {"SearchableText": WORD}
        before = clients["claire"].get("acteurs/@actors-export", params=params).content
        response = post_csv(clients["claire"], before)
        assert response.json() == {"created": 0, "updated": 3, "errors": []}
        after = clients["claire"].get("acteurs/@actors-export", params=params).content
        assert after == before

    @pytest.mark.parametrize("who", ["anonymous", "alice"])
    def test_refused(self, clients, who, functional):
        data = body(f"Intrus {WORD};association;bati;44;44000;Nantes;;;")
        response = post_csv(clients[who], data.encode("utf-8"))
        assert response.status_code in (401, 403)
        assert actors(functional["portal"]) == {}

    def test_import_without_the_right_to_publish(self, clients, members, functional):
        """Given the import permission in the directory but not the right to
        publish, a contributor gets 403 and nothing is written."""
        directory = functional["portal"]["acteurs"]
        directory.manage_permission(
            "polepatrimoine: Import actors", ["Manager", "Contributor"], acquire=True
        )
        directory.manage_setLocalRoles(members["alice"], ["Contributor"])
        transaction.commit()
        data = body(f"Sans droit de publier {WORD};association;bati;44;44000;Nantes;;;")
        response = post_csv(clients["alice"], data.encode("utf-8"))
        assert response.status_code == 403, response.text
        assert "Vous ne pouvez pas publier" in response.json()["error"]["message"]
        assert actors(functional["portal"]) == {}
