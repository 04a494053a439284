"""Accessibility fixes of what the suite's pages inherit from Plone (RGAA 4.1, WCAG 2.1 AA)."""
