"""Further rounds of scrutiny and what changed between them."""
