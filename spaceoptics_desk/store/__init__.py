"""The database: models, engine and sessions, migrations, search index, personal-data registry."""
