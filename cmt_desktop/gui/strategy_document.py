"""The strategy document for the director, from the wizard's answers, in the interface language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QTextDocument, QTextOption

from cmt_desktop.domain.budget import BudgetItem, estimate
from cmt_desktop.domain.networks import NetworkCatalogue
from cmt_desktop.domain.strategy import StrategyDraft, validate
from cmt_desktop.gui import strategy_labels as labels
from cmt_desktop.gui.document_pages import TITLE, preview, preview_dialog, write_odt, write_pdf
from cmt_desktop.gui.document_text import (
    ACCENT,
    NOTE,
    TEXT_WIDTH_PX,
    TINT,
    WARN,
    Cell,
    ReviewFigures,
    TextWriter,
    block_format,
    char_format,
    font,
)

__all__ = ["ReviewFigures", "build_document", "preview", "preview_dialog", "write_odt", "write_pdf"]

translate = QCoreApplication.translate


def _number(value: float) -> str:
    value = round(value, 1)
    return QLocale().toString(value, "f", 1) if value % 1 else QLocale().toString(int(value))


def _date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def _join(items: list[str]) -> str:
    return QLocale().createSeparatedList([item.strip() for item in items if item.strip()])


def build_document(
    draft: StrategyDraft,
    *,
    catalogue: NetworkCatalogue,
    generated_on: date,
    review: ReviewFigures | None = None,
) -> QTextDocument:
    """The strategy on one or two A4 pages, in the interface language.

    The venue's answers are inserted as plain text: ``<b>`` stays ``<b>``. With ``review``,
    a section before the review date tells, in words and as a chart, whether the rhythm was kept.
    """
    document = QTextDocument()
    document.setDefaultFont(font(9.5))
    option = QTextOption()
    option.setWrapMode(option.WrapMode.WrapAtWordBoundaryOrAnywhere)  # long hashtags, links
    document.setDefaultTextOption(option)
    name = " ".join(draft.venue_name.split())
    title = translate("StrategyDocument", "Social media strategy")
    document.setProperty(TITLE, f"{title} – {name}" if name else title)
    w = TextWriter(document)
    w.paragraph(
        [(title.upper(), char_format(8.5, bold=True, color=ACCENT))], block_format(bottom=0)
    )
    heading = block_format(bottom=1)
    heading.setHeadingLevel(1)
    unnamed = translate("StrategyDocument", "Unnamed venue")
    w.paragraph([(name or unnamed, char_format(18, bold=True))], heading)
    version = translate("StrategyDocument", "version of %1").replace("%1", _date(generated_on))
    kind = labels.label(labels.VENUE_KINDS, draft.venue_kind)
    line = " · ".join(filter(None, [kind, draft.town.strip(), version]))
    w.paragraph([(line, w.small)], block_format())
    w.box(translate("StrategyDocument", "In short"), [_summary(draft, catalogue)], TINT, 9.5)
    _venue_and_why(w, draft, catalogue)
    _networks(w, draft, catalogue)
    _tone_and_on_site(w, draft, catalogue)
    _participation(w, draft)
    w.end_section()
    problems = [f"•\u2002{labels.problem_text(p, draft, catalogue)}" for p in validate(draft)]
    if problems:
        w.box(translate("StrategyDocument", "Still to settle"), problems, NOTE, 8.5)
    if review is not None:
        w.heading(translate("StrategyDocument", "Review: was the rhythm kept?"))
        for line in filter(str.strip, review.summary.splitlines()):  # they go with the chart
            w.paragraph([(line, w.body)], block_format(bottom=1, keep=True))
        w.image("cmt:regularity-chart", review.chart, TEXT_WIDTH_PX)
    day = _date(draft.review_date) if draft.review_date else ""
    next_review = translate("StrategyDocument", "Next review of this strategy:")
    no_date = translate("StrategyDocument", "no date set yet")
    w.paragraph([(f"{next_review} ", w.bold), (day or no_date, w.body)], block_format(top=8))
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


def _venue_and_why(w: TextWriter, draft: StrategyDraft, catalogue: NetworkCatalogue) -> None:
    w.heading(translate("StrategyDocument", "The venue"))
    w.fact(translate("StrategyDocument", "Missions"), draft.missions)
    w.fact(translate("StrategyDocument", "Opening hours"), draft.opening_hours)
    days = _join([labels.weekday_name(day) for day in draft.closing_days])
    w.fact(translate("StrategyDocument", "Closed on"), days)
    inactive = translate("StrategyDocument", "(inactive)")
    accounts = [
        " ".join(
            filter(None, [catalogue.get(a.network).name, a.handle, "" if a.active else inactive])
        )
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


def _networks(w: TextWriter, draft: StrategyDraft, catalogue: NetworkCatalogue) -> None:
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
        runs.append((f" — {over}", char_format(bold=True, color=WARN)))
    w.paragraph([*runs, (f"\u2028{detail}" if detail else "", w.small)], block_format(top=1))


def _tone_and_on_site(w: TextWriter, draft: StrategyDraft, catalogue: NetworkCatalogue) -> None:
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


def _participation(w: TextWriter, draft: StrategyDraft) -> None:
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
