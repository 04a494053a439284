"""Side effects of the suite's events, one small function per event."""
