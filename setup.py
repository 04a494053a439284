"""Distribution of the Pôle Patrimoine Plone suite."""

from pathlib import Path
from setuptools import find_namespace_packages
from setuptools import setup


long_description = Path("README.md").read_text(encoding="utf-8")

setup(
    name="polepatrimoine",
    version="1.0.0.dev0",
    description=(
        "Plone 6 add-ons of Pôle Patrimoine, the network of cultural-heritage "
        "actors of the Pays de la Loire region"
    ),
    long_description=long_description,
    long_description_content_type="text/markdown",
    classifiers=[
        "Development Status :: 3 - Alpha",
        "Environment :: Web Environment",
        "Framework :: Plone",
        "Framework :: Plone :: 6.2",
        "Framework :: Plone :: Addon",
        "Framework :: Plone :: Distribution",
        "License :: OSI Approved :: GNU General Public License v2 (GPLv2)",
        "Natural Language :: French",
        "Operating System :: OS Independent",
        "Programming Language :: Python",
        "Programming Language :: Python :: 3.11",
    ],
    keywords="Plone heritage patrimoine Pays de la Loire",
    author="Pôle Patrimoine developers",
    license="GPL version 2",
    package_dir={"": "src"},
    packages=find_namespace_packages("src", include=["polepatrimoine.*"]),
    include_package_data=True,
    zip_safe=False,
    python_requires=">=3.11",
    install_requires=[
        "Plone>=6.2,<6.3",
        "Products.CMFPlone",
        "plone.api",
        "plone.app.dexterity",
        "plone.app.discussion",
        "plone.app.event",
        "plone.app.registry",
        "plone.distribution",
        "plone.classicui",
        "plone.restapi",
        "collective.geolocationbehavior",
        "css-inline",
        "z3c.form",
        # collective.geolocationbehavior imports pkg_resources
        "setuptools<81",
    ],
    extras_require={
        "test": [
            "aiosmtpd",
            # tests/accessibility: axe-core (bundled) run in Chromium.
            "axe-playwright-python",
            "i18ndude",
            "playwright",
            "plone.app.testing",
            "plone.testing",
            "pytest",
            "pytest-plone",
            "pyroma",
            # The DCAT catalogue is parsed as RDF in the tests.
            "rdflib",
            "requests",
            "ruff",
            "towncrier",
            "zpretty",
        ],
        # make bench-load: locust drives the site over HTTP.
        "bench": [
            "locust",
        ],
        # RELSTORAGE_DSN: the instances share a PostgreSQL database.
        "relstorage": [
            "RelStorage",
            "psycopg2-binary",
        ],
    },
    entry_points={
        "plone.autoinclude.plugin": [
            "target = plone",
            "module = polepatrimoine.policy",
        ],
        "console_scripts": [
            "polepatrimoine-import-actors = polepatrimoine.content.actors.commands.import_actors:main",
            "polepatrimoine-calls = polepatrimoine.workflows.calls.command:main",
            "polepatrimoine-registrations = polepatrimoine.content.meetings.commands.release_registrations:main",
            "polepatrimoine-backup = polepatrimoine.policy.backup.command:backup_main",
            "polepatrimoine-restore = polepatrimoine.policy.backup.command:restore_main",
            "polepatrimoine-retention = polepatrimoine.content.personaldata.commands.retention:main",
            "polepatrimoine-opportunities = polepatrimoine.workflows.opportunities.command:main",
            "polepatrimoine-newsletter = polepatrimoine.content.newsletter.issues.commands.send:main",
            "polepatrimoine-digests = polepatrimoine.workflows.workinggroups.notifications.command:main",
        ],
    },
)
