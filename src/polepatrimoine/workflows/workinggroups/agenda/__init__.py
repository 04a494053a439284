"""The shared agenda of the working groups: month view and private calendar feed."""
