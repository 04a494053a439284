"""Demo content of the Pôle Patrimoine site.

Each module of this package adds the demo objects of one feature; STEPS lists
them in the order they run. A feature adds its demo content by adding a module
with a ``create(portal)`` function and naming it here. Every step is idempotent:
it creates what is missing and keeps what exists.
"""

from polepatrimoine.policy import logger
from polepatrimoine.policy.demo import actors
from polepatrimoine.policy.demo import calls
from polepatrimoine.policy.demo import discussions
from polepatrimoine.policy.demo import group_mail_polls
from polepatrimoine.policy.demo import identity
from polepatrimoine.policy.demo import meetings
from polepatrimoine.policy.demo import news
from polepatrimoine.policy.demo import newsletter
from polepatrimoine.policy.demo import newsletter_issues
from polepatrimoine.policy.demo import opportunities
from polepatrimoine.policy.demo import people
from polepatrimoine.policy.demo import projects
from polepatrimoine.policy.demo import working_groups


STEPS = (
    identity,
    actors,
    working_groups,
    discussions,
    calls,
    meetings,
    news,
    newsletter,
    newsletter_issues,
    opportunities,
    projects,
    group_mail_polls,
    people,
)


def create_demo_content(portal) -> None:
    for step in STEPS:
        step.create(portal)
        logger.info("Demo content: %s done", step.__name__.rsplit(".", 1)[-1])
