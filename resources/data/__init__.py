"""Data files shipped inside the package as cmt_desktop.data (networks catalogue)."""
