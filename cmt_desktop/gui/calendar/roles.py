"""Custom item roles and the drag-and-drop format shared by the calendar models and views."""

from PySide6.QtCore import Qt

POSTS_ROLE = Qt.ItemDataRole.UserRole + 1  #: list[Post] in a calendar cell
DATE_ROLE = Qt.ItemDataRole.UserRole + 2  #: the cell's date
HOUR_ROLE = Qt.ItemDataRole.UserRole + 3  #: the cell's hour (week view), else None
IS_TODAY_ROLE = Qt.ItemDataRole.UserRole + 4  #: True on today's cell
IN_MONTH_ROLE = Qt.ItemDataRole.UserRole + 5  #: False for the greyed days of other months
POST_ROLE = Qt.ItemDataRole.UserRole + 6  #: the Post of a list row (agenda, backlog)
EVENT_ROLE = Qt.ItemDataRole.UserRole + 8  #: the VenueEvent of an agenda row
CELL_ROLE = Qt.ItemDataRole.UserRole + 7  #: a calendar_model.Cell: all of the above at once

POST_ID_MIME = "application/x-cmt-post-id"
