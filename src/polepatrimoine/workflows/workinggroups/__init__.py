"""Working groups: membership, local roles, join requests and the private space.

Each working group has three stable principals, one per group role
(``workinggroup:<uid>:coordinator`` ...). A PAS groups plugin makes a user a
member of those principals and a borg.localrole provider grants them local roles
on the working group: adding or removing a member changes no catalog security
index. This is collective.workspace's design, implemented here (see README).
"""
