"""1004 → 1012: working groups' group mail and date polls: types GroupMessage and DatePoll, the poll_open index."""
