"""Serializers and deserializers of the suite, bound to its browser layer."""
