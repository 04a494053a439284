"""The offers' workflow: who publishes, the daily retirement and the owner's warning."""
