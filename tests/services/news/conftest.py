"""The news folder of the news tests."""

from tests.content.news.conftest import news_folder  # noqa: F401
