"""Submitting an application over REST: missing fields and documents, the mails."""

from tests.fixtures.calls import make_application
from tests.fixtures.calls import move_to
from tests.services.calls_http import create
from tests.services.calls_http import post

import transaction


class TestSubmit:
    def test_missing_fields_listed(self, world):
        # Consent is asked at creation since issue 15 (a 400 without it), so
        # only the other fields can still be missing at submission.
        response = create(world, siret=None)
        url = response.json()["@id"]
        answer = post(f"{url}/@workflow/submit", "applicant", {})
        assert answer.status_code == 400
        error = answer.json()["error"]
        assert error["type"] == "BadRequest"
        assert error["missing"] == ["siret"]

    def test_required_documents_listed(self, world):
        world.call.required_documents = ["budget"]
        transaction.commit()
        url = create(world).json()["@id"]
        answer = post(f"{url}/@workflow/submit", "applicant", {})
        assert answer.status_code == 400
        assert answer.json()["error"]["missing"] == ["document_budget"]

    def test_submit_sends_acknowledgement_and_jury_notice(self, world, smtp):
        url = create(world).json()["@id"]
        answer = post(f"{url}/@workflow/submit", "applicant", {"comment": "Voici"})
        assert answer.status_code == 200, answer.text
        assert answer.json()["review_state"] == "submitted"
        smtp.wait(3)
        (ack,) = smtp.to("contact@atelier.example")
        assert "a bien été reçue" in ack["Subject"]
        assert "Atelier du patrimoine" in ack.get_content()
        assert smtp.to("applicant@exemple.fr")
        (notice,) = smtp.to("juror@exemple.fr")
        assert "Nouvelle candidature" in notice["Subject"]
        assert "@@applications" in notice.get_content()
        assert not smtp.to("juror2@exemple.fr")

    def test_decision_and_info_request_mailed(self, world, smtp):
        obj = move_to(
            make_application(world.call, "applicant", "candidature-1"), "under_review"
        )
        transaction.commit()
        smtp.wait(3)  # the submission's acknowledgements and the jury's notice
        smtp.clear()
        answer = post(
            f"{obj.absolute_url()}/@workflow/request_info",
            "juror",
            {"comment": "Joignez le budget détaillé."},
        )
        assert answer.status_code == 200, answer.text
        smtp.wait(2)
        message = smtp.to("contact@atelier.example")[0]
        assert "Joignez le budget détaillé." in message.get_content()
        smtp.clear()
        post(f"{obj.absolute_url()}/@workflow/submit", "applicant", {})
        smtp.wait(3)
        smtp.clear()
        post(f"{obj.absolute_url()}/@workflow/start_review", "juror", {})
        answer = post(f"{obj.absolute_url()}/@workflow/accept", "juror", {})
        assert answer.status_code == 200, answer.text
        smtp.wait(2)
        decision = smtp.to("contact@atelier.example")[0]
        assert "Acceptée" in decision["Subject"]
