"""1002 → 1011: the working groups' discussions (issue 19)."""

from plone.base.utils import get_installer
from polepatrimoine.content import logger


PROFILE = "profile-polepatrimoine.content:default"


def install_discussions(setup_tool) -> None:
    # The registry records of comments exist only once plone.app.discussion is in.
    installer = get_installer(setup_tool)
    if not installer.is_product_installed("plone.app.discussion"):
        installer.install_product("plone.app.discussion")
    for step in ("typeinfo", "rolemap", "plone.app.registry"):
        setup_tool.runImportStepFromProfile(PROFILE, step, run_dependencies=False)
    logger.info("Discussions installed: type Discussion, comments in working groups")
