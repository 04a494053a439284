"""The network's newsletter: subscribers (double opt-in) and, in ``issues``, the issues."""
