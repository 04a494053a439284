"""Demo news: a handful of items over the three scopes, some mentioning demo
actors, one relayed from a national source; all published, newest first by
their effective dates relative to the day the demo is created."""

from DateTime import DateTime
from datetime import datetime
from datetime import timedelta
from plone import api
from plone.app.textfield.value import RichTextValue
from polepatrimoine.policy.setup.sections import publish
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.intid.interfaces import IIntIds


# (id, title, description, scope, topics, days ago, actor titles, source)
NEWS = (
    (
        "journee-connexions-bilan",
        "ConneXionS : retour sur la journée patrimoine et territoires",
        "Quatre-vingts participants à Angers pour croiser les projets "
        "patrimoniaux de territoire.",
        "reseau",
        ["bati", "immateriel"],
        3,
        ("Petites Cités de Caractère des Pays de la Loire", "Patrimoine-Environnement"),
        None,
    ),
    (
        "nouveaux-adherents",
        "Trois nouveaux adhérents rejoignent le réseau",
        "Une entreprise du patrimoine vivant, une école et une association "
        "d'histoire locale.",
        "reseau",
        ["savoir-faire"],
        10,
        ("CAPEB des Pays de la Loire",),
        None,
    ),
    (
        "appel-projets-patrimoine-regional",
        "La Région ouvre son appel à projets patrimoine",
        "Restauration, valorisation et médiation : dépôt des dossiers jusqu'au "
        "printemps.",
        "regional",
        ["bati", "mobilier"],
        17,
        (),
        None,
    ),
    (
        "journees-patrimoine-industriel",
        "Patrimoine industriel : un cycle de visites dans les cinq départements",
        "Usines, moulins et ateliers ouvrent leurs portes tout au long de l'année.",
        "regional",
        ["industriel"],
        24,
        ("Maison des Hommes et des Techniques",),
        None,
    ),
    (
        "loi-patrimoine-consultation",
        "Consultation nationale sur les métiers d'art et du patrimoine",
        "Le ministère de la Culture consulte les professionnels sur la formation "
        "aux métiers du patrimoine.",
        "national",
        ["savoir-faire", "immateriel"],
        31,
        (),
        (
            "Ministère de la Culture",
            "https://www.culture.gouv.fr/",
        ),
    ),
)


def html(text: str) -> RichTextValue:
    return RichTextValue(text, "text/html", "text/x-html-safe")


def create(portal) -> None:
    section = portal["actualites"]
    intids = getUtility(IIntIds)
    actors = {
        brain.Title: brain.getObject()
        for brain in api.content.find(portal_type="Actor", review_state="published")
    }
    now = datetime.now()
    for news_id, title, description, scope, topics, days, names, source in NEWS:
        if news_id in section:
            continue
        item = api.content.create(
            container=section,
            type="News Item",
            id=news_id,
            title=title,
            description=description,
            text=html(f"<p>{description}</p>"),
            news_scope=scope,
            topics=list(topics),
            related_actors=[
                RelationValue(intids.getId(actors[name]))
                for name in names
                if name in actors
            ],
        )
        if source:
            item.source_name, item.source_url = source
        item.setEffectiveDate(DateTime(now - timedelta(days=days)))
        publish(item)
        item.reindexObject()
