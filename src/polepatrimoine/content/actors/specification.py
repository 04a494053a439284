"""What a content object provides, computed once for the time of a bulk operation."""

from plone.dexterity.content import FTIAwareSpecification


class PinnableSpecification(FTIAwareSpecification):
    """What an object provides: Dexterity's answer (its class, its schema, its
    behaviors), checked against the type's schemata each time it is asked, about
    a hundred times while an actor is added.

    A CSV import computes it once and sets it as ``_v_provided`` for the time it
    adds actors (on the directory, and on each actor from its creation to its
    add: ``importer.add.Adder``). An interface given to the object meanwhile
    (``alsoProvides``) brings Dexterity's answer back.
    """

    def __get__(self, inst, cls=None):
        if inst is not None:
            # The instance's own attributes only (a ghost has none yet).
            attributes = inst.__dict__
            provided = attributes.get("_v_provided")
            if provided is not None and "__provides__" not in attributes:
                return provided
        return super().__get__(inst, cls)
