"""The regularity view: rhythm per network and week as a painted chart, pillar mix, a summary."""

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from cmt_desktop.domain.networks import NetworkCatalogue
from cmt_desktop.domain.regularity import NetworkRhythm, PillarShare, WeekRhythm, WeekState

S = WeekState
# In WeekState order. Fill level, outline and figures say it too: colour is never the only clue.
_HEX = ("#2E7D5B", "#F0B44C", "#C0392B", "#8A8F98", "#6C8FC7")
COLORS = dict(zip(S, map(QColor, _HEX), strict=True))
LEGEND = tuple(zip(S, (2, 1, 0, 0, 1), (2, 2, 2, 0, 2), strict=True))  # state, published, due
BAR, TRACK, PAD = QColor("#3D6FB6"), QColor(128, 128, 128, 50), 8
LEFT = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
CENTER = Qt.AlignmentFlag.AlignCenter


def _fill(text: str, *values: object) -> str:
    """``text`` with %1, %2… replaced, the last first so that a name holding "%2" stays as is."""
    for number, value in reversed(list(enumerate(values, 1))):
        text = text.replace(f"%{number}", str(value))
    return text


def _percent(value: int) -> str:
    return _fill(QCoreApplication.translate("RegularityView", "%1%"), value)


def _font(base: QFont, scale: float = 1.0, *, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * scale)
    font.setBold(bold)
    return font


def _text(p: QPainter, r: QRectF, text: str, pen: QColor, font: QFont, align=LEFT) -> None:
    p.setFont(font)
    p.setPen(pen)
    p.drawText(r, align, text)


def paint_cell(p: QPainter, rect: QRectF, week: tuple[S, int, int], text: QColor) -> None:
    """A week: filled when kept, partly filled, an empty red box, dotted, or hatched (now)."""
    state, published, target = week
    color = COLORS[state]
    level = 1.0 if state is S.ON_RHYTHM else min(1.0, published / target) if target else 0.0
    if level:
        pattern = Qt.BrushStyle.BDiagPattern if state is S.CURRENT else Qt.BrushStyle.SolidPattern
        p.fillRect(rect.adjusted(0, rect.height() * (1 - level), 0, 0), QBrush(color, pattern))
    style = {S.NOT_DUE: Qt.PenStyle.DotLine, S.CURRENT: Qt.PenStyle.DashLine}
    p.setPen(QPen(color, 2 if state is S.MISSED else 1, style.get(state, Qt.PenStyle.SolidLine)))
    p.drawRect(rect)
    figures = f"{published}/{target}" if target else (str(published) if published else "–")
    if state is S.ON_RHYTHM and published < target:
        figures = "✓"  # kept thanks to a post sent ahead, in a week with nothing due
    text = {S.ON_RHYTHM: QColor("white"), S.MISSED: color}.get(state, text)
    _text(p, rect, figures, text, _font(p.font(), bold=True), CENTER)


class RhythmChart(QWidget):
    """Weeks per network (rows) with a legend, then the pillar mix as bars with target marks.

    Focusable; its accessible description gives every figure; images reuse its painting.
    """

    def __init__(self, catalogue: NetworkCatalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.rhythms: list[NetworkRhythm] = []
        self.pillars: list[PillarShare] = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("Rhythm per network and week, and pillar mix"))

    def set_data(self, rhythms: Sequence[NetworkRhythm], pillars: Sequence[PillarShare]) -> None:
        """Show these networks' weeks and these pillars; describe them for screen readers."""
        self.rhythms, self.pillars = list(rhythms), list(pillars)
        self.setAccessibleDescription(self.description())
        self.updateGeometry()
        self.update()

    def week_label(self, week: WeekRhythm) -> str:
        """The ISO week number: W10 in English, S10 in French."""
        return _fill(self.tr("W%1", "ISO week number"), week.iso_week)

    def cadence_text(self, cadence: float) -> str:
        """The rhythm as the strategy states it: "2 a week", "1 every 2 weeks"."""
        if cadence <= 0:
            return self.tr("no rhythm set")
        if cadence < 1 and abs(1 / cadence - (every := round(1 / cadence))) < 0.01:
            return self.tr("1 every %n week(s)", "", every)
        return _fill(self.tr("%1 a week"), QLocale().toString(float(cadence), "g", 3))

    def state_text(self, state: S) -> str:
        """The state of a week in words (legend and screen readers)."""
        return {
            S.ON_RHYTHM: self.tr("on rhythm"),
            S.PARTIAL: self.tr("below the rhythm"),
            S.MISSED: self.tr("nothing published"),
            S.NOT_DUE: self.tr("nothing due"),
            S.CURRENT: self.tr("this week, in progress"),
        }[state]

    def pillar_text(self, pillar: PillarShare) -> str:
        """A pillar's share and target, as in "Agenda: 35% (target 30%)"."""
        text = self.tr("%1: %2 (target %3)") if pillar.target_percent else self.tr("%1: %2")
        name = pillar.name or self.tr("No pillar")
        return _fill(text, name, _percent(pillar.actual_percent), _percent(pillar.target_percent))

    def description(self) -> str:
        """Every figure of the chart: one line per network, then one per pillar."""
        item, lines = self.tr("%1: %2 published, %3 due, %4"), []
        for rhythm in self.rhythms:
            weeks = "; ".join(
                _fill(item, self.week_label(w), w.published, w.target, self.state_text(w.state))
                for w in rhythm.weeks
            )
            name = self.catalogue.get(rhythm.network).name
            lines.append(f"{name} ({self.cadence_text(rhythm.cadence)}) – {weeks}.")
        return "\n".join(lines + [self.pillar_text(pillar) for pillar in self.pillars])

    def paint_on(self, painter: QPainter, width: int, palette: QPalette) -> int:
        """Paint the chart ``width`` wide from the painter's origin; returns its height."""
        font, small = self.font(), _font(self.font(), 0.85)
        line, small_line = QFontMetrics(font).height(), QFontMetrics(small).height()
        text = palette.color(QPalette.ColorRole.Text)
        muted = QColor(text.red(), text.green(), text.blue(), 180)
        networks = [self.catalogue.get(rhythm.network) for rhythm in self.rhythms]
        labels = [n.name for n in networks] + [self.cadence_text(r.cadence) for r in self.rhythms]
        name_w = 24 + max([60] + [QFontMetrics(font).horizontalAdvance(t) for t in labels])
        weeks = self.rhythms[0].weeks if self.rhythms else ()
        column = min(64.0, (width - name_w) / max(1, len(weeks)))
        row, top = max(2 * line + 8, 36), line + small_line + 4
        for number, week in enumerate(weeks):
            x, bold = name_w + number * column, _font(font, bold=week.state is S.CURRENT)
            _text(painter, QRectF(x, 0, column, line), self.week_label(week), text, bold, CENTER)
            day = QLocale().toString(QDate(week.monday), "d MMM")
            _text(painter, QRectF(x, line, column, small_line), day, muted, small, CENTER)
        for index, (rhythm, network) in enumerate(zip(self.rhythms, networks, strict=True)):
            y = top + index * row
            painter.fillRect(QRectF(0, y + 4 + (line - 10) / 2, 10, 10), QColor(network.color))
            _text(painter, QRectF(16, y + 4, name_w, line), network.name, text, font)
            cadence = self.cadence_text(rhythm.cadence)
            _text(painter, QRectF(16, y + 4 + line, name_w, small_line), cadence, muted, small)
            for number, week in enumerate(rhythm.weeks):
                cell = QRectF(name_w + number * column + 3, y + 4, column - 6, row - 8)
                paint_cell(painter, cell, (week.state, week.published, week.target), text)
        y = self._paint_legend(painter, top + len(self.rhythms) * row + PAD, width, text)
        return self._paint_pillars(painter, y + 2 * PAD, width, text)

    def _paint_legend(self, painter: QPainter, y: float, width: int, text: QColor) -> float:
        metrics = QFontMetrics(small := _font(self.font(), 0.85))
        x, height = 0.0, metrics.height() + 8
        items = [(self.state_text(sample[0]), sample) for sample in LEGEND]
        for label, sample in [*items, (self.tr("Figures: published / due"), None)]:
            offset = 44 if sample else 0
            size = metrics.horizontalAdvance(label) + offset + 20
            if x and x + size > width:
                x, y = 0.0, y + height + 6
            if sample:
                painter.setFont(small)
                paint_cell(painter, QRectF(x, y, 36, height), sample, text)
            _text(painter, QRectF(x + offset, y, size, height), label, text, small)
            x += size
        return y + height

    def _paint_pillars(self, painter: QPainter, y: float, width: int, text: QColor) -> int:
        metrics = QFontMetrics(font := self.font())
        row = metrics.height() + 10
        title = self.tr("Pillar mix of the published posts (bars) against the targets (marks)")
        if not any(pillar.published_count for pillar in self.pillars):
            title = self.tr("Pillar mix: no post published in this period.")
        _text(painter, QRectF(0, y, width, row), title, text, _font(font, bold=True))
        labels = [self.pillar_text(pillar) for pillar in self.pillars]
        label_w = max([0] + [metrics.horizontalAdvance(label) for label in labels]) + 16
        bar_w = max(40.0, min(width - label_w, 420))
        scale = 10 + max([0] + [max(p.actual_percent, p.target_percent) for p in self.pillars])
        for pillar, label in zip(self.pillars, labels, strict=True):
            y += row
            _text(painter, QRectF(0, y, label_w, row), label, text, font)
            track = QRectF(label_w, y + 4, bar_w, row - 8)
            painter.fillRect(track, TRACK)
            share = pillar.actual_percent / scale
            painter.fillRect(track.adjusted(0, 0, bar_w * (share - 1), 0), BAR)
            if pillar.target_percent:
                x = round(label_w + bar_w * pillar.target_percent / scale)
                painter.setPen(QPen(text, 3))
                painter.drawLine(x, round(y + 1), x, round(y + row - 1))
        return round(y + row + PAD)

    def heightForWidth(self, width: int) -> int:
        painter = QPainter(_image := QImage(1, 1, QImage.Format.Format_ARGB32))  # only measures
        height = self.paint_on(painter, width, self.palette())
        painter.end()
        return height

    def sizeHint(self) -> QSize:
        return QSize(640, self.heightForWidth(640))

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        self.paint_on(painter, self.width(), self.palette())
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight(), 1, Qt.PenStyle.DotLine))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()


class RegularityView(QScrollArea):
    """Whether the rhythm was kept: a title, the summary in words, then the chart; scrolls."""

    def __init__(self, catalogue: NetworkCatalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title, self.summary = QLabel(), QLabel()
        self.title.setFont(_font(self.title.font(), 1.2, bold=True))
        self.summary.setWordWrap(True)
        self.chart = RhythmChart(catalogue)
        layout = QVBoxLayout(content := QWidget())
        for widget in (self.title, self.summary, self.chart):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setWidget(content)
        self.setAccessibleName(self.tr("Regularity"))

    def set_data(self, rhythms: Sequence[NetworkRhythm], pillars: Sequence[PillarShare]) -> None:
        """Show each network's rhythm and the pillar mix (from ``domain.regularity``)."""
        self.chart.set_data(rhythms, pillars)
        weeks = len(rhythms[0].weeks) if rhythms else 0
        self.title.setText(self.tr("Regularity over the last %n week(s)", "", weeks))
        self.summary.setText(self.summary_text())

    def summary_text(self) -> str:
        """The rhythm in words: one line per network, then the pillar furthest from its target."""
        sentences = [self._network_sentence(rhythm) for rhythm in self.chart.rhythms]
        if not sentences:
            sentences.append(self.tr("No network to follow yet: choose them in the strategy."))
        return "\n".join([*sentences, self._pillar_sentence()])

    def _network_sentence(self, rhythm: NetworkRhythm) -> str:
        kept, judged, streak = rhythm.weeks_on_rhythm, rhythm.weeks_judged, rhythm.streak
        if rhythm.cadence <= 0:
            count = rhythm.published
            text = self.tr("%1: no rhythm set in the strategy, %n post(s) published.", "", count)
        elif not judged:
            text = self.tr("%1: no week to judge yet.")
        else:
            if rhythm.cadence < 1:
                text = self.tr("%1: %n post(s) out of %2 published on time", "", kept)
            else:
                text = self.tr("%1: %n week(s) out of %2 on rhythm", "", kept)
            if streak:
                end = self.tr("current streak: %n week(s).", "", streak)
            else:
                end = self.tr("no streak in progress.")
            text = f"{text}, {end}"
        return _fill(text, self.chart.catalogue.get(rhythm.network).name, judged)

    def _pillar_sentence(self) -> str:
        aimed = [p for p in self.chart.pillars if p.target_percent]
        if not any(p.published_count for p in self.chart.pillars):
            return self.tr("No post published in this period, so no pillar mix yet.")
        if not aimed:
            return self.tr("The strategy sets no target for the pillars.")
        worst = max(aimed, key=lambda p: abs(p.actual_percent - p.target_percent))
        if abs(worst.actual_percent - worst.target_percent) < 10:
            return self.tr("Every pillar is within 10 points of its target.")
        text = self.tr("Pillar furthest from its target: %1, %2 of the published posts for %3.")
        actual, target = _percent(worst.actual_percent), _percent(worst.target_percent)
        return _fill(text, worst.name, actual, target)

    def chart_image(self, width: int, *, ratio: float = 2.0) -> QImage:
        """The title and chart ``width`` logical pixels wide, black on white, ``ratio`` × pixels."""
        title_h = QFontMetrics(self.title.font()).height() + PAD
        size = QSize(width, title_h + self.chart.heightForWidth(width - PAD) + PAD) * ratio
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(QColor("white"))
        painter, black = QPainter(image), QColor("black")
        area = QRectF(PAD / 2, 0, width, title_h)
        _text(painter, area, self.title.text(), black, self.title.font())
        painter.translate(PAD / 2, title_h)
        self.chart.paint_on(painter, width - PAD, QPalette(QColor("white")))
        painter.end()
        return image

    def save_png(self, path: Path) -> bool:
        """Save the chart as a PNG at twice the pixels; False when it cannot be written."""
        return self.chart_image(max(720, self.chart.width())).save(str(path), "PNG")
