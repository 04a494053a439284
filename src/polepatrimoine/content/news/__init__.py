"""News watch: the ``polepatrimoine.newswatch`` behavior, its listing, feeds and REST."""
