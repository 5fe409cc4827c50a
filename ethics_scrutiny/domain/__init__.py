"""Pure domain model: templates, scrutinies, scoring and typed errors."""
