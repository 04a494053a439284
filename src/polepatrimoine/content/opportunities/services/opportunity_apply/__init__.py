"""POST <offer>/@opportunity-apply: apply to an offer without an account."""
