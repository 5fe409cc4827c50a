"""Persistence: SQLAlchemy models, the unit of work, migrations, backups and the record chain."""
