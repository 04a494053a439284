"""Date polls: a coordinator proposes dates, members answer, closing creates the meeting."""
