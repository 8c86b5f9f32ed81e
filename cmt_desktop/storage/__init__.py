"""The only package that knows SQL, table names and the database file."""
