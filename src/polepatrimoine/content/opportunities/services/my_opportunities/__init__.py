"""GET and POST /@my-opportunities: a member's offers, their applications, renewal."""
