"""Qt-free domain objects and pure rules."""
