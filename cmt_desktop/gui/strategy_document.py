"""The strategy document for the director: built from the wizard's answers, saved as PDF or ODT."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QDate,
    QIODevice,
    QLocale,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentWriter,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextOption,
    QTextTable,
    QTextTableFormat,
)
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from cmt_desktop.domain.budget import BudgetItem, estimate
from cmt_desktop.domain.networks import NetworkCatalogue
from cmt_desktop.domain.strategy import StrategyDraft, validate
from cmt_desktop.gui import strategy_labels as labels
from cmt_desktop.services import write_file_atomically

translate = QCoreApplication.translate
ACCENT, INK, MUTED = QColor("#1f5b73"), QColor("#1d2327"), QColor("#5f6b73")
RULE, TINT, NOTE, WARN = QColor("#b9c6cd"), QColor("#eef4f7"), QColor("#fbf5e6"), QColor("#a33a1f")
FONTS = ["Segoe UI", "Helvetica Neue", "Arial", "Noto Sans", "DejaVu Sans"]
A4 = QPageLayout(
    QPageSize(QPageSize.PageSizeId.A4),
    QPageLayout.Orientation.Portrait,
    QMarginsF(18, 14, 18, 10),  # the footer sits inside the bottom of the page area
    QPageLayout.Unit.Millimeter,
)
# Headings and labels stay on the page of what follows them.
KEEP_WITH_NEXT = QTextFormat.Property.UserProperty
# Not the DocumentTitle meta information: QTextDocument.toHtml() writes that one unescaped.
TITLE = "cmt_title"
SOLID = QTextFrameFormat.BorderStyle.BorderStyle_Solid
Cell = str | tuple[str, str]  # a table cell: text, or text with a small grey line under it


def _font(size: float) -> QFont:
    font = QFont()
    font.setFamilies(FONTS)
    font.setPointSizeF(size)
    return font


def _char(size: float = 9.5, *, bold: bool = False, color: QColor = INK) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontFamilies(FONTS)
    fmt.setFontPointSize(size)
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    fmt.setForeground(color)
    return fmt


def _block(*, top: float = 0, bottom: float = 2, keep: bool = False) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(top)
    fmt.setBottomMargin(bottom)
    fmt.setProperty(KEEP_WITH_NEXT, keep)
    return fmt


def _number(value: float) -> str:
    value = round(value, 1)
    return QLocale().toString(value, "f", 1) if value % 1 else QLocale().toString(int(value))


def _date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def _join(items: list[str]) -> str:
    return QLocale().createSeparatedList([item.strip() for item in items if item.strip()])


class _Writer:
    """Appends paragraphs and tables at the end of a document, as plain text, never markup."""

    def __init__(self, document: QTextDocument) -> None:
        self.cursor = QTextCursor(document)
        self.body, self.bold, self.small = _char(), _char(bold=True), _char(8.5, color=MUTED)

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
            self.paragraph([(empty, self.small)], _block())

    def heading(self, text: str) -> None:
        """A section heading in capitals with a thin rule under it."""
        self.end_section()
        fmt = _block(top=8, bottom=3, keep=True)
        fmt.setHeadingLevel(2)
        fmt.setProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth, 1)
        char = _char(9.5, bold=True, color=ACCENT)
        char.setFontCapitalization(QFont.Capitalization.AllUppercase)
        self.paragraph([(text, char)], fmt)

    def label(self, text: str) -> None:
        """A bold line introducing the table or list under it."""
        self.paragraph([(text, self.bold)], _block(top=3, keep=True))

    def fact(self, label: str, value: str) -> None:
        """A "Label: value" line; nothing when the venue gave no answer."""
        if value.strip():
            label = translate("StrategyDocument", "%1:").replace("%1", label)
            self.paragraph([(f"{label} ", self.bold), (value, self.body)], _block())

    def bullet(self, text: str) -> None:
        """A bulleted line whose wrapped lines align after the bullet."""
        fmt = _block(bottom=1)
        fmt.setLeftMargin(12)
        fmt.setTextIndent(-9)
        self.paragraph([(f"•\u2002{text}", self.body)], fmt)

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
                head = _char(8.5, bold=True, color=ACCENT)
                cursor.insertText(text.strip() or "—", head if row == 0 else _char(9))
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
        cursor.insertText(title, _char(size, bold=True, color=ACCENT))
        for line in lines:
            cursor.insertBlock(_block(top=2, bottom=0), _char(size))
            cursor.insertText(line, _char(size))

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


def build_document(
    draft: StrategyDraft, *, catalogue: NetworkCatalogue, generated_on: date
) -> QTextDocument:
    """The strategy on one or two A4 pages, in the interface language.

    The venue's answers are inserted as plain text: ``<b>`` stays ``<b>``.
    """
    document = QTextDocument()
    document.setDefaultFont(_font(9.5))
    option = QTextOption()
    option.setWrapMode(option.WrapMode.WrapAtWordBoundaryOrAnywhere)  # long hashtags, links
    document.setDefaultTextOption(option)
    name = " ".join(draft.venue_name.split())
    title = translate("StrategyDocument", "Social media strategy")
    document.setProperty(TITLE, f"{title} – {name}" if name else title)
    w = _Writer(document)
    w.paragraph([(title.upper(), _char(8.5, bold=True, color=ACCENT))], _block(bottom=0))
    heading = _block(bottom=1)
    heading.setHeadingLevel(1)
    unnamed = translate("StrategyDocument", "Unnamed venue")
    w.paragraph([(name or unnamed, _char(18, bold=True))], heading)
    version = translate("StrategyDocument", "version of %1").replace("%1", _date(generated_on))
    kind = labels.label(labels.VENUE_KINDS, draft.venue_kind)
    line = " · ".join(filter(None, [kind, draft.town.strip(), version]))
    w.paragraph([(line, w.small)], _block())
    w.box(translate("StrategyDocument", "In short"), [_summary(draft, catalogue)], TINT, 9.5)
    _venue_and_why(w, draft)
    _networks(w, draft, catalogue)
    _tone_and_on_site(w, draft, catalogue)
    _participation(w, draft)
    w.end_section()
    problems = [f"•\u2002{labels.problem_text(p, draft, catalogue)}" for p in validate(draft)]
    if problems:
        w.box(translate("StrategyDocument", "Still to settle"), problems, NOTE, 8.5)
    review = _date(draft.review_date) if draft.review_date else ""
    next_review = translate("StrategyDocument", "Next review of this strategy:")
    no_date = translate("StrategyDocument", "no date set yet")
    w.paragraph([(f"{next_review} ", w.bold), (review or no_date, w.body)], _block(top=8))
    return document


def _summary(draft: StrategyDraft, catalogue: NetworkCatalogue) -> str:
    name = " ".join(draft.venue_name.split()) or translate(
        "StrategyDocument", "The venue", "subject of a sentence"
    )
    networks = _join([catalogue.get(plan.network).name for plan in draft.networks])
    goals = dict.fromkeys(labels.label(labels.OBJECTIVE_KINDS, o.kind) for o in draft.objectives)
    if networks:
        text = translate("StrategyDocument", "%1 will be present on %2.").replace("%2", networks)
    else:
        text = translate("StrategyDocument", "%1 has not chosen its networks yet.")
    sentences = [text.replace("%1", name)]
    if goals:
        text = translate("StrategyDocument", "Its objectives: %1.")
        sentences.append(text.replace("%1", _join([g[:1].lower() + g[1:] for g in goals])))
    if draft.audiences:
        text = translate("StrategyDocument", "Its publics: %1.")
        sentences.append(text.replace("%1", _join([a.name for a in draft.audiences])))
    budget = estimate(draft)
    if budget.overrun > 0:
        text = translate(
            "StrategyDocument",
            "The plan asks for %1 h of work a week but only %2 h are available: "
            "it must be lightened before it starts.",
        )
    else:
        text = translate(
            "StrategyDocument", "The plan asks for %1 h of work a week, of %2 h available."
        )
    sentences.append(
        text.replace("%1", _number(budget.needed)).replace("%2", _number(budget.available))
    )
    return " ".join(sentences)


def _venue_and_why(w: _Writer, draft: StrategyDraft) -> None:
    w.heading(translate("StrategyDocument", "The venue"))
    w.fact(translate("StrategyDocument", "Missions"), draft.missions)
    w.fact(translate("StrategyDocument", "Opening hours"), draft.opening_hours)
    days = _join([labels.weekday_name(day) for day in draft.closing_days])
    w.fact(translate("StrategyDocument", "Closed on"), days)
    inactive = translate("StrategyDocument", "(inactive)")
    accounts = [
        " ".join(filter(None, [a.network, a.handle, "" if a.active else inactive]))
        for a in draft.accounts
    ]
    w.fact(translate("StrategyDocument", "Existing accounts"), " · ".join(accounts))
    w.heading(translate("StrategyDocument", "Why we are online"))
    if draft.objectives:
        headers = [
            translate("StrategyDocument", "Objective"),
            translate("StrategyDocument", "Goal in the venue's project"),
            translate("StrategyDocument", "Measurable target"),
        ]
        kind = labels.OBJECTIVE_KINDS
        rows: list[list[Cell]] = [
            [labels.label(kind, o.kind), o.institutional_goal, o.target] for o in draft.objectives
        ]
        w.table(headers, rows, [22, 42, 36])
    if draft.audiences:
        headers = [
            translate("StrategyDocument", "Public"),
            translate("StrategyDocument", "What they need from us"),
        ]
        w.table(headers, [[a.name, a.needs] for a in draft.audiences], [32, 68])
    if any(message.strip() for message in draft.key_messages):
        w.label(translate("StrategyDocument", "Key messages"))
        for message in filter(str.strip, draft.key_messages):
            w.bullet(message)


def _networks(w: _Writer, draft: StrategyDraft, catalogue: NetworkCatalogue) -> None:
    w.heading(translate("StrategyDocument", "Networks and rhythm"))
    publics = {a.id: a.name for a in draft.audiences}
    rows: list[list[Cell]] = []
    for plan in draft.networks:
        objective = draft.objective(plan.objective_id)
        goal = labels.label(labels.OBJECTIVE_KINDS, objective.kind) if objective else ""
        days = ", ".join(labels.weekday_name(d, short=True) for d in plan.preferred_days)
        reached = _join([publics[i] for i in plan.audience_ids if i in publics])
        slot = f"{days} {plan.preferred_time}".strip()
        name = catalogue.get(plan.network).name
        rows.append([name, plan.reason, goal, reached, (_number(plan.posts_per_week), slot)])
    if rows:
        headers = [
            translate("StrategyDocument", "Network"),
            translate("StrategyDocument", "Why"),
            translate("StrategyDocument", "Objective"),
            translate("StrategyDocument", "Publics"),
            translate("StrategyDocument", "Posts a week"),
        ]
        w.table(headers, rows, [16, 36, 17, 19, 12])
    budget = estimate(draft)
    text = translate("StrategyDocument", "%1 h/week planned for %2 h available")
    text = text.replace("%1", _number(budget.needed)).replace("%2", _number(budget.available))
    items = {
        BudgetItem.NETWORK: translate("StrategyDocument", "regular posts"),
        BudgetItem.SERIES: translate("StrategyDocument", "series"),
        BudgetItem.MODERATION: translate("StrategyDocument", "moderation"),
        BudgetItem.CAMPAIGNS: translate("StrategyDocument", "event campaigns"),
    }
    hours = {item: sum(line.hours for line in budget.lines if line.item is item) for item in items}
    detail = " · ".join(f"{items[item]} {_number(h)}\u00a0h" for item, h in hours.items() if h)
    label = translate("StrategyDocument", "Time budget:")
    runs = [(f"{label} {text}", w.bold)]
    if budget.overrun > 0:
        over = translate("StrategyDocument", "%1 h too many").replace("%1", _number(budget.overrun))
        runs.append((f" — {over}", _char(bold=True, color=WARN)))
    w.paragraph([*runs, (f"\u2028{detail}" if detail else "", w.small)], _block(top=1))


def _tone_and_on_site(w: _Writer, draft: StrategyDraft, catalogue: NetworkCatalogue) -> None:
    w.heading(translate("StrategyDocument", "Tone and content"))
    voice = (
        translate("StrategyDocument", "speaks as “nous”")
        if draft.first_person_plural
        else translate("StrategyDocument", "speaks as “je”")
    )
    address = (
        translate("StrategyDocument", "says “vous” to followers")
        if draft.formal_address
        else translate("StrategyDocument", "says “tu” to followers")
    )
    tone = " · ".join([labels.label(labels.REGISTERS, draft.register), voice, address])
    w.fact(translate("StrategyDocument", "Tone"), tone)
    percent = translate("StrategyDocument", "%1%").replace(" ", "\u00a0")  # "40 %" in French
    pillars = [
        f"{p.name}\u00a0{percent.replace('%1', str(p.target_percent))}" for p in draft.pillars
    ]
    w.fact(translate("StrategyDocument", "Content pillars"), " · ".join(pillars))
    if draft.series:
        w.label(translate("StrategyDocument", "Recurring series"))
        headers = [
            translate("StrategyDocument", "Series"),
            translate("StrategyDocument", "Hashtag"),
            translate("StrategyDocument", "When"),
            translate("StrategyDocument", "Network"),
        ]
        rows: list[list[Cell]] = [
            [
                s.name,
                s.hashtag,
                f"{labels.weekday_name(s.weekday)} {s.time}",
                catalogue.get(s.network).name if s.network else "",
            ]
            for s in draft.series
        ]
        w.table(headers, rows, [36, 28, 20, 16])
    w.heading(translate("StrategyDocument", "Online and on-site"))
    steps = [
        f"{labels.label(labels.CAMPAIGN_STEPS, s.kind)} ({labels.offset_label(s.offset_days)})"
        for s in sorted(draft.campaign, key=lambda step: step.offset_days)
    ]
    w.fact(translate("StrategyDocument", "Campaign for each event"), " · ".join(steps))
    events = translate("StrategyDocument", "about %1 a month")
    count = draft.events_per_month
    w.fact(
        translate("StrategyDocument", "Events in the programme"),
        events.replace("%1", str(count)) if count else "",
    )
    team = [
        " — ".join(filter(None, [f"{c.name} ({c.role})" if c.role else c.name, c.contribution]))
        for c in draft.contributors
    ]
    w.fact(translate("StrategyDocument", "Team contributions"), " · ".join(team))


def _participation(w: _Writer, draft: StrategyDraft) -> None:
    w.heading(translate("StrategyDocument", "Participation"))
    reply = translate("StrategyDocument", "within %1 h")
    w.fact(
        translate("StrategyDocument", "Reply time"),
        reply.replace("%1", str(draft.reply_within_hours)),
    )
    slots = [
        f"{labels.weekday_name(s.weekday)} {s.time} ({s.minutes} min)"
        for s in draft.moderation_slots
    ]
    w.fact(translate("StrategyDocument", "Moderation slots"), " · ".join(slots))
    topics = _join([answer.topic for answer in draft.saved_answers])
    w.fact(translate("StrategyDocument", "Saved answers ready for"), topics)


# --- pages, files, preview -----------------------------------------------------------------


def _paint(document: QTextDocument, device: QPagedPaintDevice) -> None:
    """Lay the document out on the device's A4 pages and paint them, with a footer."""
    doc = document.clone()
    doc.documentLayout().setPaintDevice(device)  # fonts and lengths at the device's resolution
    area = device.pageLayout().paintRectPixels(device.resolution())
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(translate("StrategyDocument", "The document could not be produced."))
    painter.setFont(_font(7.5))
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
