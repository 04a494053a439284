"""REST of personal data: a user's own (@my-data), and the coordinators' (@personal-data*)."""
