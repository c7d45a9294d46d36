"""peewee storage: the database file, models, migrations, repositories and backups."""
