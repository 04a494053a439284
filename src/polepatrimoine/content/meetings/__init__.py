"""Network meetings: events with registrations, waiting lists, replays and resources."""
