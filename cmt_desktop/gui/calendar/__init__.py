"""Month, week and agenda views of the editorial calendar."""
