"""@my-notifications: a member's notification settings and calendar feed."""
