"""The SQLite store: database access, migrations, full-text search and reprint tables."""
