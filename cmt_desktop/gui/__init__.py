"""The Qt layer: everything that imports PySide6 lives below this package."""
