"""The applications of a call, as the reviewer dashboard, REST and CSV show them.

Rows come from catalog brains. Scores are read from the objects on purpose:
catalog metadata can be asked for through ``@search`` by anyone who sees the
brain, the applicant included, and the jury's scores must never reach them.
"""

from plone import api
from polepatrimoine.content.calls.application import score_field
from polepatrimoine.content.calls.vocabularies import CRITERIA
from polepatrimoine.content.calls.vocabularies import LEGAL_STATUSES
from polepatrimoine.content.common import workflow
from polepatrimoine.content.common.csv_export import write_csv
from polepatrimoine.content.common.dates import french_short
from polepatrimoine.content.common.dates import iso_paris
from polepatrimoine.content.vocabularies import DEPARTMENTS
from polepatrimoine.content.vocabularies import title_of


def state_title(state: str, request) -> str:
    return workflow.state_title(state, "Application", request)


def brains(call, review_state=None):
    query = {
        "portal_type": "Application",
        "path": {"query": "/".join(call.getPhysicalPath()), "depth": 1},
        "sort_on": "sortable_title",
    }
    if review_state:
        query["review_state"] = review_state
    return api.portal.get_tool("portal_catalog")(**query)


def counts(call) -> dict[str, int]:
    result = dict.fromkeys(workflow.states_of("Application"), 0)
    for brain in brains(call):
        result[brain.review_state] = result.get(brain.review_state, 0) + 1
    return result


def accepted_count(call) -> int:
    catalog = api.portal.get_tool("portal_catalog")
    return len(
        catalog.unrestrictedSearchResults(
            portal_type="Application",
            path={"query": "/".join(call.getPhysicalPath()), "depth": 1},
            review_state="accepted",
        )
    )


def scores(obj) -> dict:
    result = {token: getattr(obj, score_field(token), None) for token, _t in CRITERIA}
    given = [v for v in result.values() if v is not None]
    result["total"] = sum(given) if given else None
    return result


def rows(call, request, review_state=None) -> list[dict]:
    result = []
    for brain in brains(call, review_state):
        submitted = brain.submitted_on
        result.append(
            {
                "@id": brain.getURL(),
                "id": brain.getId,
                "UID": brain.UID,
                "structure_name": brain.Title,
                "department": brain.application_department or None,
                "department_title": title_of(
                    DEPARTMENTS, brain.application_department or ""
                ),
                "submitted_on": iso_paris(submitted),
                "submitted_on_display": french_short(submitted),
                "review_state": brain.review_state,
                "review_state_title": state_title(brain.review_state, request),
                "scores": scores(brain.getObject()),
            }
        )
    return result


CSV_COLUMNS = (
    ("structure_name", "Structure"),
    ("legal_status", "Statut juridique"),
    ("siret", "SIRET"),
    ("department", "Département"),
    ("employer", "Employeur"),
    ("employees", "Salariés"),
    ("contact_name", "Contact"),
    ("contact_email", "Courriel"),
    ("contact_phone", "Téléphone"),
    ("project_title", "Projet"),
    ("budget", "Budget (euros)"),
    ("submitted_on", "Déposée le"),
    ("review_state", "État"),
    *((f"score_{token}", f"Note : {title}") for token, title in CRITERIA),
    ("score_total", "Note totale"),
)


def csv_rows(call, request) -> list[list]:
    lines = []
    for row in rows(call, request):
        obj = api.content.get(UID=row["UID"])
        values = {
            "structure_name": row["structure_name"],
            "legal_status": title_of(LEGAL_STATUSES, obj.legal_status or ""),
            "siret": obj.siret or "",
            "department": row["department_title"],
            "employer": "oui" if obj.employer else "non",
            "employees": obj.employees,
            "contact_name": obj.contact_name or "",
            "contact_email": obj.contact_email or "",
            "contact_phone": obj.contact_phone or "",
            "project_title": obj.project_title or "",
            "budget": obj.budget,
            "submitted_on": row["submitted_on_display"],
            "review_state": row["review_state_title"],
            "score_total": row["scores"]["total"],
        }
        for token, _title in CRITERIA:
            values[f"score_{token}"] = row["scores"][token]
        lines.append([values[key] for key, _t in CSV_COLUMNS])
    return lines


def csv_export(call, request) -> bytes:
    return write_csv([title for _key, title in CSV_COLUMNS], csv_rows(call, request))
