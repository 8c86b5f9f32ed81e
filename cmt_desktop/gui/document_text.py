"""Plain text into a QTextDocument with the strategy document's look: headings, facts, tables."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextImageFormat,
    QTextLength,
    QTextTableFormat,
)

translate = QCoreApplication.translate
ACCENT, INK, MUTED = QColor("#1f5b73"), QColor("#1d2327"), QColor("#5f6b73")
RULE, TINT, NOTE, WARN = QColor("#b9c6cd"), QColor("#eef4f7"), QColor("#fbf5e6"), QColor("#a33a1f")
FONTS = ["Segoe UI", "Helvetica Neue", "Arial", "Noto Sans", "DejaVu Sans"]
# Headings and labels stay on the page of what follows them.
KEEP_WITH_NEXT = QTextFormat.Property.UserProperty
SOLID = QTextFrameFormat.BorderStyle.BorderStyle_Solid
Cell = str | tuple[str, str]  # a table cell: text, or text with a small grey line under it
# The A4 text width (174 mm) is 657 px at 96 dpi, the unit of image sizes in a document.
TEXT_WIDTH_PX = 640


@dataclasses.dataclass(frozen=True, slots=True)
class ReviewFigures:
    """Whether the rhythm was kept, for the review section: the summary in words, the chart."""

    summary: str  # one sentence a line
    chart: QImage


def font(size: float) -> QFont:
    """The document's font family at ``size`` points."""
    font = QFont()
    font.setFamilies(FONTS)
    font.setPointSizeF(size)
    return font


def char_format(size: float = 9.5, *, bold: bool = False, color: QColor = INK) -> QTextCharFormat:
    """Text in the document's font, regular or bold, dark unless told."""
    fmt = QTextCharFormat()
    fmt.setFontFamilies(FONTS)
    fmt.setFontPointSize(size)
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    fmt.setForeground(color)
    return fmt


def block_format(*, top: float = 0, bottom: float = 2, keep: bool = False) -> QTextBlockFormat:
    """Paragraph spacing in points; ``keep`` holds the paragraph on the page of what follows."""
    fmt = QTextBlockFormat()
    fmt.setTopMargin(top)
    fmt.setBottomMargin(bottom)
    fmt.setProperty(KEEP_WITH_NEXT, keep)
    return fmt


class TextWriter:
    """Appends paragraphs and tables at the end of a document, as plain text, never markup."""

    def __init__(self, document: QTextDocument) -> None:
        self.cursor = QTextCursor(document)
        self.body, self.bold, self.small = (
            char_format(),
            char_format(bold=True),
            char_format(8.5, color=MUTED),
        )

    def paragraph(self, runs: list[tuple[str, QTextCharFormat]], fmt: QTextBlockFormat) -> None:
        """A new paragraph made of differently formatted runs of text."""
        cursor = self.cursor
        cursor.movePosition(QTextCursor.MoveOperation.End)
        if cursor.block().length() == 1:  # the empty block at the start, or after a table
            cursor.setBlockFormat(fmt)
            cursor.setBlockCharFormat(runs[0][1])
        else:
            cursor.insertBlock(fmt, runs[0][1])
        for text, char in runs:
            cursor.insertText(text, char)

    def end_section(self) -> None:
        """Say so when the section just written has no answer at all."""
        if self.cursor.document().lastBlock().blockFormat().headingLevel() == 2:
            empty = translate("StrategyDocument", "Not answered yet.")
            self.paragraph([(empty, self.small)], block_format())

    def heading(self, text: str) -> None:
        """A section heading in capitals with a thin rule under it."""
        self.end_section()
        fmt = block_format(top=8, bottom=3, keep=True)
        fmt.setHeadingLevel(2)
        fmt.setProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth, 1)
        char = char_format(9.5, bold=True, color=ACCENT)
        char.setFontCapitalization(QFont.Capitalization.AllUppercase)
        self.paragraph([(text, char)], fmt)

    def label(self, text: str) -> None:
        """A bold line introducing the table or list under it."""
        self.paragraph([(text, self.bold)], block_format(top=3, keep=True))

    def fact(self, label: str, value: str) -> None:
        """A "Label: value" line; nothing when the venue gave no answer."""
        if value.strip():
            label = translate("StrategyDocument", "%1:").replace("%1", label)
            self.paragraph([(f"{label} ", self.bold), (value, self.body)], block_format())

    def bullet(self, text: str) -> None:
        """A bulleted line whose wrapped lines align after the bullet."""
        fmt = block_format(bottom=1)
        fmt.setLeftMargin(12)
        fmt.setTextIndent(-9)
        self.paragraph([(f"•\u2002{text}", self.body)], fmt)

    def image(self, url: str, image: QImage, width: float) -> None:
        """A paragraph holding ``image`` at ``width`` px, stored in the document under ``url``."""
        document = self.cursor.document()
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
        fmt = QTextImageFormat()
        fmt.setName(url)
        fmt.setWidth(width)
        fmt.setHeight(width * image.height() / max(1, image.width()))
        self.paragraph([("", self.body)], block_format(top=3, bottom=3))
        self.cursor.insertImage(fmt)

    def table(self, headers: list[str], rows: list[list[Cell]], widths: list[int]) -> None:
        """A full-width table with a tinted header row, repeated if it runs onto a second page."""
        fmt = self._table_format(top=2, bottom=4, padding=3)
        percent = QTextLength.Type.PercentageLength
        fmt.setColumnWidthConstraints([QTextLength(percent, width) for width in widths])
        fmt.setHeaderRowCount(1)
        table = self.cursor.insertTable(len(rows) + 1, len(headers), fmt)
        for row, values in enumerate([headers, *rows]):
            for column, value in enumerate(values):
                text, note = value if isinstance(value, tuple) else (value, "")
                cell = table.cellAt(row, column)
                cell_format = cell.format().toTableCellFormat()
                cell_format.setBottomBorder(0 if row == 0 else 0.5)
                cell_format.setBottomBorderBrush(RULE)
                cell_format.setBottomBorderStyle(SOLID)
                cell_format.setRightPadding(8)  # a clear gap between columns without borders
                if row == 0:
                    cell_format.setBackground(TINT)
                cell.setFormat(cell_format)
                cursor = cell.firstCursorPosition()
                head = char_format(8.5, bold=True, color=ACCENT)
                cursor.insertText(text.strip() or "—", head if row == 0 else char_format(9))
                if note:
                    cursor.insertBlock(QTextBlockFormat(), self.small)
                    cursor.insertText(note, self.small)

    def box(self, title: str, lines: list[str], background: QColor, size: float) -> None:
        """A tinted box holding a title and a few paragraphs."""
        table = self.cursor.insertTable(1, 1, self._table_format(top=6, bottom=2, padding=6))
        cell = table.cellAt(0, 0)
        cell_format = cell.format()
        cell_format.setBackground(background)  # the layout does not paint a table's own background
        cell.setFormat(cell_format)
        cursor = cell.firstCursorPosition()
        cursor.insertText(title, char_format(size, bold=True, color=ACCENT))
        for line in lines:
            cursor.insertBlock(block_format(top=2, bottom=0), char_format(size))
            cursor.insertText(line, char_format(size))

    def _table_format(self, *, top: float, bottom: float, padding: float) -> QTextTableFormat:
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        fmt = QTextTableFormat()
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setBorder(0)
        fmt.setCellSpacing(0)
        fmt.setCellPadding(padding)
        fmt.setTopMargin(top)
        fmt.setBottomMargin(bottom)
        return fmt
