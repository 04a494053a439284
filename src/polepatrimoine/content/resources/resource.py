"""The ``Resource`` type: articles, videos, replays and guides of ``ressources``."""

from plone.app.vocabularies.catalog import CatalogSource
from plone.autoform import directives
from plone.dexterity.content import Item
from plone.namedfile.field import NamedBlobFile
from plone.supermodel import model
from polepatrimoine.content import _
from polepatrimoine.content.common.files import check_file
from polepatrimoine.content.common.validators import check_web_url
from polepatrimoine.content.common.validators import constraint
from z3c.form.browser.checkbox import CheckBoxFieldWidget
from z3c.relationfield.schema import RelationChoice
from zope import schema
from zope.interface import implementer


class IResource(model.Schema):
    """A resource published for the actors of the network."""

    resource_type = schema.Choice(
        title=_("Type of resource"),
        vocabulary="polepatrimoine.vocabularies.ResourceTypes",
        required=True,
    )

    audience = schema.List(
        title=_("Audience"),
        value_type=schema.Choice(vocabulary="polepatrimoine.vocabularies.Audiences"),
        default=[],
        required=False,
    )
    directives.widget("audience", CheckBoxFieldWidget)

    topics = schema.List(
        title=_("Heritage domains"),
        value_type=schema.Choice(
            vocabulary="polepatrimoine.vocabularies.HeritageDomains"
        ),
        default=[],
        required=False,
    )
    directives.widget("topics", CheckBoxFieldWidget)

    video_url = schema.URI(
        title=_("Video"),
        description=_(
            "Address of the video (YouTube, Vimeo, Dailymotion or a video file): "
            "the player loads only when the visitor clicks it."
        ),
        required=False,
        constraint=constraint(check_web_url),
    )

    file = NamedBlobFile(title=_("File"), constraint=check_file, required=False)

    related_event = RelationChoice(
        title=_("Related event"),
        source=CatalogSource(portal_type="Event"),
        required=False,
    )
    directives.widget("related_event", pattern_options={"selectableTypes": ["Event"]})

    working_group = RelationChoice(
        title=_("Working group"),
        source=CatalogSource(portal_type="WorkingGroup"),
        required=False,
    )
    directives.widget(
        "working_group", pattern_options={"selectableTypes": ["WorkingGroup"]}
    )


@implementer(IResource)
class Resource(Item):
    """A resource of the network."""
