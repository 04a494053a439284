"""Registry records of the « Page d'accueil » control panel (``polepatrimoine.home.*``)."""

from polepatrimoine.content import _
from polepatrimoine.content.common.validators import FieldError
from zope import schema
from zope.interface import Interface


PREFIX = "polepatrimoine.home"

# Every block the home page knows, in its default order.
BLOCKS = ("intro", "map", "news", "events", "calls", "groups", "youth", "newsletter")
MAX_ITEMS = 12
MAX_MISSIONS = 8

DEFAULT_INTRO = (
    "Créée en 2018, l'association Pôle Patrimoine fait travailler ensemble près "
    "d'une centaine d'acteurs du patrimoine culturel des Pays de la Loire : "
    "associations, organisations professionnelles, entreprises, établissements "
    "de formation, collectivités et institutions publiques."
)
DEFAULT_MISSIONS = [
    "Observer la filière | Recenser et cartographier les acteurs, partager "
    "l'actualité et les enjeux du patrimoine.",
    "Structurer et professionnaliser | Accompagner les projets avec TRAJET et "
    "Culturdiag, réunir les acteurs aux journées ConneXionS et dans les groupes "
    "de travail.",
    "Coopérer avec les territoires | Participer aux concertations des "
    "collectivités et représenter les acteurs du patrimoine.",
    "Expérimenter | Essayer des actions que d'autres acteurs de la filière "
    "pourront reprendre.",
]


class InvalidBlock(FieldError):
    """Not a block of the home page."""


class InvalidMission(FieldError):
    """Not a « title | text » line."""


def check_blocks(value) -> bool:
    value = list(value or ())
    for block in value:
        if block not in BLOCKS:
            raise InvalidBlock(
                _(
                    "blocks: unknown block « ${block} » (expected one of: ${allowed}).",
                    mapping={"block": block, "allowed": ", ".join(BLOCKS)},
                ),
                block,
            )
    duplicates = [block for index, block in enumerate(value) if block in value[:index]]
    if duplicates:
        raise InvalidBlock(
            _(
                "blocks: the block « ${block} » is listed twice.",
                mapping={"block": duplicates[0]},
            ),
            duplicates[0],
        )
    return True


def parse_mission(line: str) -> tuple[str, str]:
    title, _bar, text = (line or "").partition("|")
    return title.strip(), text.strip()


def check_missions(value) -> bool:
    for line in value or ():
        title, text = parse_mission(line)
        if "|" not in line or not title or not text:
            raise InvalidMission(
                _(
                    "missions: write each mission as « Title | short text » "
                    "(line « ${line} »).",
                    mapping={"line": line},
                ),
                line,
            )
    return True


class IHomeSettings(Interface):
    """What the home page shows, and in which order."""

    blocks = schema.List(
        title=_("Blocks of the home page"),
        description=_(
            "One block per line, in the order of the page: intro (the network and "
            "its missions), map (the actors), news, events, calls (open calls), "
            "groups (working groups), youth (Jeunes-Pros), newsletter. A block "
            "left out is not shown."
        ),
        value_type=schema.TextLine(),
        default=list(BLOCKS),
        required=False,
        max_length=len(BLOCKS),
        constraint=check_blocks,
    )

    intro = schema.Text(
        title=_("Presentation of the network"),
        description=_("A few sentences; a blank line starts a new paragraph."),
        default=DEFAULT_INTRO,
        required=False,
        max_length=2000,
    )

    missions = schema.List(
        title=_("Missions"),
        description=_("One mission per line: its title, a « | », a short text."),
        value_type=schema.TextLine(max_length=400),
        default=list(DEFAULT_MISSIONS),
        required=False,
        max_length=MAX_MISSIONS,
        constraint=check_missions,
    )

    items = schema.Int(
        title=_("Items per block"),
        description=_("How many news, events, calls and offers each block lists."),
        default=3,
        min=1,
        max=MAX_ITEMS,
        required=True,
    )
