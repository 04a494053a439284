"""Call and Application: fields, validation, eligibility, dates, attachments."""

from datetime import date
from datetime import timedelta
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from plone.namedfile.file import NamedBlobFile
from polepatrimoine.content.calls.application import ConsentRequired
from polepatrimoine.content.calls.application import IApplication
from polepatrimoine.content.calls.attachments import MAX_ATTACHMENT_SIZE
from polepatrimoine.content.calls.attachments import AttachmentRefused
from polepatrimoine.content.calls.attachments import sniff
from polepatrimoine.content.calls.attachments import validate_attachment
from polepatrimoine.content.calls.call import ICall
from polepatrimoine.content.calls.call import InvalidSession
from polepatrimoine.content.calls.call import today
from polepatrimoine.content.common.validators import InvalidSiret
from tests.fixtures.calls import make_application
from tests.fixtures.calls import pdf
from zope.interface import Invalid
from zope.schema.interfaces import ConstraintNotSatisfied
from zope.schema.interfaces import TooSmall

import io
import pytest
import zipfile


def zipped(files: dict) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


ODT = zipped(
    {"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}
)
DOCX = zipped({"[Content_Types].xml": "<x/>", "word/document.xml": "<x/>"})


class TestTypes:
    def test_fti(self, portal):
        types = api.portal.get_tool("portal_types")
        assert types["Call"].allowed_content_types == ("Application",)
        assert types["Application"].global_allow is False
        assert types["Call"].add_permission == "polepatrimoine.AddCall"
        assert types["Application"].add_permission == "polepatrimoine.AddApplication"

    def test_application_only_inside_a_call(self, portal):
        setRoles(portal, TEST_USER_ID, ["Manager"])
        with pytest.raises(api.exc.InvalidParameterError):
            api.content.create(
                container=portal["accompagnement"], type="Application", id="x"
            )

    def test_demo_calls(self, portal):
        folder = portal["accompagnement"]
        trajet, culturdiag = folder["appel-trajet"], folder["appel-culturdiag"]
        assert trajet.programme == "trajet"
        assert culturdiag.programme == "culturdiag"
        for call in (trajet, culturdiag):
            assert api.content.get_state(call) == "open"
            assert call.accepts_applications()
            states = {api.content.get_state(a) for a in call.objectValues()}
            assert len(states) >= 3
        assert {api.content.get_state(a) for a in trajet.objectValues()} == {
            "draft",
            "submitted",
            "under_review",
            "accepted",
        }


class TestValidation:
    def test_close_date_after_open_date(self):
        data = type(
            "D", (), {"open_date": date(2027, 3, 1), "close_date": date(2027, 3, 1)}
        )
        with pytest.raises(Invalid):
            ICall.validateInvariants(data)

    def test_places_positive(self):
        with pytest.raises(TooSmall):
            ICall["places"].validate(0)

    @pytest.mark.parametrize(
        "line", ["2027-01-15 Journée collective", "2027-02-01  Entretien individuel"]
    )
    def test_session_lines(self, line):
        ICall["sessions"].value_type.validate(line)

    @pytest.mark.parametrize(
        "line", ["15/01/2027 Journée", "2027-13-45 Journée", "2027-01-15"]
    )
    def test_bad_session_lines(self, line):
        with pytest.raises(InvalidSession):
            ICall["sessions"].value_type.validate(line)

    @pytest.mark.parametrize("value", ["1234", "7328293200007A"])
    def test_siret(self, value):
        with pytest.raises(InvalidSiret):
            IApplication["siret"].validate(value)

    def test_department_only_the_five(self, portal):
        field = IApplication["department"].bind(portal)
        field.validate("53")
        with pytest.raises(ConstraintNotSatisfied):
            field.validate("75")

    def test_consent_must_be_given(self):
        with pytest.raises(ConsentRequired):
            IApplication["consent"].validate(False)
        IApplication["consent"].validate(True)

    def test_retention_and_rights_pointed_to_with_consent(self, portal):
        # Since issue 15 the periods are settings, shown on « Données personnelles ».
        from zope.i18n import translate

        text = translate(IApplication["consent"].description, target_language="fr")
        assert "« Données personnelles »" in text


class TestAttachments:
    @pytest.mark.parametrize(
        ("data", "kind"),
        [
            (b"%PDF-1.7 ...", "pdf"),
            (b"\x89PNG\r\n\x1a\n....", "png"),
            (b"\xff\xd8\xff\xe0....", "jpeg"),
            (ODT, "odt"),
            (DOCX, "docx"),
        ],
    )
    def test_accepted(self, data, kind):
        assert sniff(data) == kind
        assert validate_attachment(NamedBlobFile(data=data, filename="f"))

    @pytest.mark.parametrize(
        ("data", "filename"),
        [
            (
                b'<svg xmlns="http://www.w3.org/2000/svg"><script>x</script></svg>',
                "dossier.pdf",
            ),
            (b"<?xml version='1.0'?><svg/>", "image.png"),
            (b"<html><script>alert(1)</script></html>", "statuts.docx"),
            (b"<!DOCTYPE html><p>x</p>", "budget.odt"),
            (zipped({"index.html": "<script/>"}), "budget.docx"),
        ],
    )
    def test_scripts_refused_whatever_the_name(self, data, filename):
        with pytest.raises(AttachmentRefused) as info:
            validate_attachment(NamedBlobFile(data=data, filename=filename))
        assert "PDF, ODT, DOCX, PNG, JPEG" in info.value.doc().mapping["formats"]

    def test_size_limit(self):
        big = b"%PDF-" + b"0" * MAX_ATTACHMENT_SIZE
        with pytest.raises(AttachmentRefused):
            validate_attachment(NamedBlobFile(data=big, filename="gros.pdf"))


class TestEligibilityAndWindow:
    def test_missing_fields_for_submit(self, call_world):
        obj = make_application(call_world.call, "applicant", "c1", siret=None, needs="")
        assert obj.missing_for_submit() == ["siret", "needs"]
        assert not obj.can_submit()

    def test_required_documents(self, call_world):
        call_world.call.required_documents = ["budget", "statutes"]
        obj = make_application(
            call_world.call, "applicant", "c1", document_budget=pdf()
        )
        assert obj.missing_for_submit() == ["document_statutes"]

    def test_culturdiag_requires_an_employer_with_staff(self, call_world):
        call_world.call.programme = "culturdiag"
        obj = make_application(call_world.call, "applicant", "c1", employer=False)
        assert obj.missing_for_submit() == ["employer"]
        obj.employer, obj.employees = True, 0
        assert obj.missing_for_submit() == ["employees"]
        obj.employees = 2
        assert obj.can_submit()

    def test_trajet_accepts_a_non_employer(self, call_world):
        obj = make_application(
            call_world.call, "applicant", "c1", employer=False, employees=None
        )
        assert obj.can_submit()

    @pytest.mark.parametrize(
        ("start", "end", "accepts"),
        [
            (-5, 5, True),
            (0, 0 + 1, True),
            (-10, 0, True),
            (1, 10, False),
            (-10, -1, False),
        ],
    )
    def test_date_window(self, call_world, start, end, accepts):
        call = call_world.call
        call.open_date = today() + timedelta(days=start)
        call.close_date = today() + timedelta(days=end)
        assert call.accepts_applications() is accepts
        assert bool(call.allowedContentTypes()) is accepts

    def test_expired_call_refuses_submission_before_anyone_closes_it(self, call_world):
        obj = make_application(call_world.call, "applicant", "c1")
        call_world.call.close_date = today() - timedelta(days=1)
        call_world.call.open_date = today() - timedelta(days=9)
        assert api.content.get_state(call_world.call) == "open"
        assert not obj.can_submit()
        applicant = api.user.get(userid="applicant")
        with (
            api.env.adopt_user(user=applicant),
            pytest.raises(api.exc.InvalidParameterError),
        ):
            api.content.transition(obj=obj, transition="submit")

    def test_draft_call_accepts_nothing(self, call_world):
        with api.env.adopt_roles(["Manager"]):
            api.content.transition(obj=call_world.call, transition="retract")
        assert not call_world.call.accepts_applications()
