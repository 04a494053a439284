"""1002 → 1005: the projects' workflow, bound to the Project type."""
