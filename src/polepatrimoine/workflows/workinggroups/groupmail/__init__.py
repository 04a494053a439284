"""Group mail: a coordinator writes to the group (or one role); the message is kept in the space."""
