"""A4 pages for a QTextDocument: PDF and ODT files, print preview, a footer, no orphan headings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextDocumentWriter,
    QTextFormat,
    QTextTable,
)
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from cmt_desktop.gui.document_text import INK, KEEP_WITH_NEXT, MUTED, RULE, font
from cmt_desktop.services import write_file_atomically

translate = QCoreApplication.translate
A4 = QPageLayout(
    QPageSize(QPageSize.PageSizeId.A4),
    QPageLayout.Orientation.Portrait,
    QMarginsF(18, 14, 18, 10),  # the footer sits inside the bottom of the page area
    QPageLayout.Unit.Millimeter,
)
# The footer's and the PDF's title. Not the DocumentTitle meta information:
# QTextDocument.toHtml() writes that one unescaped.
TITLE = "cmt_title"


def _paint(document: QTextDocument, device: QPagedPaintDevice) -> None:
    """Lay the document out on the device's A4 pages and paint them, with a footer."""
    doc = document.clone()
    doc.documentLayout().setPaintDevice(device)  # fonts and lengths at the device's resolution
    area = device.pageLayout().paintRectPixels(device.resolution())
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(translate("StrategyDocument", "The document could not be produced."))
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)  # crisp, small charts
    painter.setFont(font(7.5))
    footer = painter.fontMetrics().height() * 2
    doc.setDocumentMargin(0)
    doc.setPageSize(QSizeF(area.width(), area.height() - footer))
    _keep_together(doc)
    height, pages = doc.pageSize().height(), doc.pageCount()
    context = QAbstractTextDocumentLayout.PaintContext()
    palette = QPalette(QColor("white"))
    palette.setColor(QPalette.ColorRole.Text, INK)
    for role in (QPalette.ColorRole.Dark, QPalette.ColorRole.WindowText):  # heading rules
        palette.setColor(role, RULE)
    context.palette = palette
    title = painter.fontMetrics().elidedText(
        str(document.property(TITLE) or ""),
        Qt.TextElideMode.ElideRight,
        int(area.width() * 0.85),
    )
    for page in range(pages):
        if page:
            device.newPage()
        painter.save()
        painter.translate(0, -page * height)
        context.clip = QRectF(0, page * height, area.width(), height)
        painter.setClipRect(context.clip)
        doc.documentLayout().draw(painter, context)
        painter.restore()
        painter.setPen(MUTED)
        line = QRectF(0, area.height() - footer / 2, area.width(), footer / 2)
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft, title)
        painter.drawText(line, Qt.AlignmentFlag.AlignRight, f"{page + 1}/{pages}")
    painter.end()


def _keep_together(doc: QTextDocument) -> None:
    """Move to the next page a small table cut by a page break, or a heading left at a page foot."""
    height, moved = doc.pageSize().height(), set()
    for _ in range(20):  # each pass moves one item, then the layout runs again
        items = _top_level_items(doc)
        target = None
        for index, (_item, top, bottom, keep) in enumerate(items):
            if index in moved or top % height < 1:  # already moved, or at the top of a page
                continue
            next_top = items[index + 1][1] if index + 1 < len(items) else top
            cut = int(top // height) != int((bottom - 1) // height) and bottom - top < height / 2
            if (cut and not keep) or (keep and next_top // height > top // height):
                target = index
                break
        if target is None:
            return
        moved.add(target)
        while target > 0 and items[target - 1][3]:  # the headings above go along
            target -= 1
        moved.add(target)
        _break_before(items[target][0])


def _top_level_items(
    doc: QTextDocument,
) -> list[tuple[QTextBlock | QTextTable, float, float, bool]]:
    """Each paragraph and table of the page flow: itself, its top and bottom, keep-with-next."""
    layout = doc.documentLayout()
    doc.pageCount()  # lays the whole document out
    items = []
    for it in doc.rootFrame():
        if isinstance(table := it.currentFrame(), QTextTable):
            rect = layout.frameBoundingRect(table)
            items.append((table, rect.top(), rect.bottom(), False))
        else:
            block = it.currentBlock()
            rect = layout.blockBoundingRect(block)
            keep = block.blockFormat().boolProperty(KEEP_WITH_NEXT)
            items.append((block, rect.top(), rect.bottom(), keep))
    return items


def _break_before(item: QTextBlock | QTextTable) -> None:
    fmt = item.format() if isinstance(item, QTextTable) else item.blockFormat()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    if isinstance(item, QTextTable):
        item.setFormat(fmt)
    else:
        QTextCursor(item).setBlockFormat(fmt)


def _save(path: Path, data: bytes) -> None:
    try:
        write_file_atomically(Path(path), data)
    except OSError as error:
        message = translate("StrategyDocument", "Could not write %1: %2")
        message = message.replace("%1", str(path)).replace("%2", error.strerror or str(error))
        raise OSError(error.errno, message) from error


def write_pdf(document: QTextDocument, path: Path) -> None:
    """Save the document as an A4 PDF at 300 dpi; a failure leaves no file behind.

    Raises:
        OSError: the folder is missing or not writable, or the disk is full.
    """
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setCreator("CMt Desktop")
    writer.setTitle(str(document.property(TITLE) or ""))
    writer.setPageLayout(A4)
    _paint(document, writer)
    data = bytes(buffer.data())
    if not data.startswith(b"%PDF"):
        raise OSError(translate("StrategyDocument", "The document could not be produced."))
    _save(path, data)


def write_odt(document: QTextDocument, path: Path) -> None:
    """Save the document as OpenDocument text (LibreOffice); a failure leaves no file behind.

    Raises:
        OSError: the folder is missing or not writable, or the disk is full.
    """
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not QTextDocumentWriter(buffer, b"odf").write(document):
        raise OSError(translate("StrategyDocument", "The document could not be produced."))
    _save(path, bytes(buffer.data()))


def preview_dialog(parent: QWidget | None, document: QTextDocument) -> QPrintPreviewDialog:
    """A print preview of the document on A4, laid out exactly as in the PDF."""
    dialog = QPrintPreviewDialog(parent)
    dialog.printer().setPageLayout(A4)
    dialog.paintRequested.connect(lambda printer: _paint(document, printer))
    return dialog


def preview(parent: QWidget | None, document: QTextDocument) -> int:
    """Show the print preview (modal), from which the user can print; returns the dialog result."""
    return preview_dialog(parent, document).exec()
