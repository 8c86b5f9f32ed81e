"""The strategy document: PDF and ODT a director can read, user text kept as text, two languages."""

import os
import shutil
import subprocess
import unicodedata
import zipfile
from datetime import date
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtPrintSupport import QPrintPreviewWidget

from cmt_desktop.domain.strategy import (
    Account,
    Audience,
    Contributor,
    ModerationSlot,
    NetworkPlan,
    Objective,
    ObjectiveKind,
    Pillar,
    SavedAnswer,
    Series,
    StrategyDraft,
    VenueKind,
)
from cmt_desktop.gui import resources_rc  # noqa: F401 - registers the compiled translations
from cmt_desktop.gui.i18n import Translators
from cmt_desktop.gui.strategy_document import (
    ReviewFigures,
    build_document,
    preview_dialog,
    write_odt,
    write_pdf,
)
from cmt_desktop.resources import network_catalogue

HOSTILE = "<b>bold</b> & <script>"
VENUE = f"Médiathèque Élise-Reclus {HOSTILE}"
REASON = f"Là où sont les 15-25 ans ; nos photos de coulisses {HOSTILE}"
TARGET = "+30 % d'inscrits 15-25 ans d'ici juin 2027"
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


def realistic_draft(**changes) -> StrategyDraft:
    """A médiathèque's strategy as a colleague would fill it in: three networks, two series."""
    draft = StrategyDraft(
        venue_name=VENUE,
        venue_kind=VenueKind.LIBRARY,
        town="Saint-Étienne-de-Crossey",
        missions="Lecture publique pour tous, éveil des tout-petits, accès au numérique, "
        "valorisation du fonds local sur la vallée de la Morge.",
        closing_days=(0, 3),
        opening_hours="Mar, jeu, ven 14 h–18 h ; mer, sam 10 h–18 h",
        accounts=(Account("Facebook", "@mediatheque.crossey"), Account("instagram", "", False)),
        objectives=(
            Objective(
                "o1", ObjectiveKind.ATTRACT, "Toucher les 15-25 ans (axe 2 du projet)", TARGET
            ),
            Objective("o2", ObjectiveKind.LOYALTY, "Faire revenir les familles", "2 par conte"),
            Objective("o3", ObjectiveKind.MEDIATE, "Valoriser le fonds local", "50 partages/mois"),
        ),
        audiences=(
            Audience("a1", "Familles avec jeunes enfants", "Dates des heures du conte"),
            Audience("a2", "Lycéens et étudiants", "Horaires, places de travail, jeux vidéo"),
            Audience("a3", "Habitants attachés au patrimoine", "Histoire locale, photos anciennes"),
        ),
        key_messages=("La médiathèque est gratuite et ouverte à tous.",),
        hours_per_week=4.0,
        networks=(
            NetworkPlan("instagram", REASON, "o1", ("a2",), 2, (1, 4), "18:30", 45),
            NetworkPlan(
                "facebook", "Les familles y suivent la vie de la commune", "o2", ("a1", "a3"), 1.5
            ),
            NetworkPlan("newsletter", "Lien direct, sans algorithme", "o3", ("a3",), 0.5),
        ),
        pillars=(Pillar("Coulisses", 30), Pillar("Trésors du fonds", 40), Pillar("Agenda", 30)),
        series=(
            Series("Les coulisses du lundi", "#CoulissesDuLundi", 0, "instagram"),
            Series("Trésor du fonds", "#TrésorDuFonds", 3, "facebook", "12:00"),
        ),
        contributors=(Contributor("Claire", "section jeunesse", "photos des ateliers"),),
        moderation_slots=(ModerationSlot(1, "16:30", 20), ModerationSlot(4, "16:30", 20)),
        saved_answers=(SavedAnswer("horaires"), SavedAnswer("accessibilité")),
        review_date=date(2026, 9, 15),
    )
    return draft.replace(**changes)


def _poppler(tool: str) -> str:
    if shutil.which(tool) is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{tool} is missing: CI must install poppler-utils")
        pytest.skip(f"{tool} is missing (apt-get install poppler-utils)")
    return tool


def pdf_text(path) -> str:
    """The PDF's text, ligatures undone and whitespace collapsed (wrapped lines join up)."""
    command = [_poppler("pdftotext"), "-enc", "UTF-8", str(path), "-"]
    text = subprocess.run(command, capture_output=True, check=True, encoding="utf-8").stdout
    return " ".join(unicodedata.normalize("NFKC", text).split())


def pdf_info(path) -> dict[str, str]:
    command = [_poppler("pdfinfo"), "-enc", "UTF-8", str(path)]
    output = subprocess.run(command, capture_output=True, check=True, encoding="utf-8").stdout
    pairs = (line.partition(":") for line in output.splitlines())
    return {key.strip(): value.strip() for key, _, value in pairs}


@pytest.fixture
def english(qapp):
    locale = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(locale)


@pytest.fixture
def french(qapp):
    locale = QLocale()
    translators = Translators(qapp)
    translators.install("fr")
    yield
    translators.uninstall()
    QLocale.setDefault(locale)


def pdf_image_count(path) -> int:
    command = [_poppler("pdfimages"), "-list", str(path)]
    output = subprocess.run(command, capture_output=True, check=True, encoding="utf-8").stdout
    return len(output.splitlines()[2:])  # after the header and its rule


def _document(draft=None, review=None):
    draft = draft or realistic_draft()
    return build_document(
        draft, catalogue=network_catalogue(), generated_on=date(2026, 3, 4), review=review
    )


@pytest.fixture
def review(english, venue, clock):
    """The demo venue's figures after weeks of posts: the summary and the chart."""
    from cmt_desktop import services, strategies
    from cmt_desktop.demo import demo_posts, demo_strategy
    from cmt_desktop.gui.document_export import review_figures

    strategies.save_strategy(venue, draft=demo_strategy(today=clock.date()), now=clock)
    posts = demo_posts(count=200, seed=2, today=clock.date(), tz=venue.tz)
    services.fill_demo_venue(venue, posts=posts, now=clock)
    figures = review_figures(venue, now=clock)
    assert figures is not None
    return figures


def test_pdf_shows_every_part_and_the_answers_as_text(english, tmp_path):
    path = tmp_path / "strategy.pdf"
    write_pdf(_document(), path)

    text = pdf_text(path)
    for heading in [
        "In short",
        "The venue",
        "Why we are online",
        "Networks and rhythm",
        "Tone and content",
        "Online and on-site",
        "Participation",
    ]:
        assert heading.upper() in text or heading in text, heading
    for answer in [
        VENUE,
        REASON,
        "Saint-Étienne-de-Crossey",
        "+30 % d'inscrits 15-25 ans",
        "Familles avec jeunes enfants",
        "#CoulissesDuLundi",
        "Coulisses 30%",
        "Claire (section jeunesse) — photos des ateliers",
        "horaires and accessibilité",
    ]:
        assert answer in text, answer
    assert "Time budget: 6.3 h/week planned for 4 h available" in text
    assert "Closed on: Monday and Thursday" in text
    assert "Existing accounts: Facebook @mediatheque.crossey · Instagram (inactive)" in text
    assert "Next review of this strategy: 15 September 2026" in text
    assert "version of 4 March 2026" in text


def test_open_problems_are_listed(english, tmp_path):
    draft = realistic_draft(moderation_slots=(), hours_per_week=10.0)
    path = tmp_path / "strategy.pdf"
    write_pdf(_document(draft), path)

    text = pdf_text(path)
    assert "Still to settle" in text
    assert "No time is set aside to answer the community" in text


def test_user_text_is_never_interpreted_as_markup(english):
    document = _document()

    assert VENUE in document.toPlainText()
    assert REASON in document.toPlainText()
    html = document.toHtml()  # should anyone export it one day
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;" in html


def test_a_realistic_strategy_fits_on_one_or_two_a4_pages(english, tmp_path):
    path = tmp_path / "strategy.pdf"
    write_pdf(_document(), path)

    info = pdf_info(path)
    assert int(info["Pages"]) in (1, 2)
    assert "A4" in info["Page size"]
    assert info["Title"] == f"Social media strategy – {VENUE}"


def test_an_empty_strategy_gives_one_honest_page(english, tmp_path):
    path = tmp_path / "strategy.pdf"
    write_pdf(_document(StrategyDraft()), path)

    text = pdf_text(path)
    assert int(pdf_info(path)["Pages"]) == 1
    assert "Unnamed venue" in text
    assert "Not answered yet." in text
    assert "Give the venue's name: it heads the strategy document." in text
    assert "Next review of this strategy: no date set yet" in text


def test_a_long_strategy_runs_on_without_losing_anything(english, tmp_path):
    catalogue = network_catalogue()
    link = "https://mediatheque.example.fr/" + "agenda-des-animations-" * 6
    networks = tuple(
        NetworkPlan(n.key, f"Raison {n.key} " * 10 + link, "o1", ("a1",), 3) for n in catalogue
    )
    path = tmp_path / "strategy.pdf"
    write_pdf(_document(realistic_draft(networks=networks)), path)

    text = pdf_text(path)
    assert int(pdf_info(path)["Pages"]) > 2
    for network in catalogue:
        assert f"Raison {network.key}" in text
    assert text.count("Posts a week") > 1  # the header row is repeated on the next page


def test_odt_is_a_valid_opendocument_text(english, tmp_path):
    path = tmp_path / "strategy.odt"
    write_odt(_document(), path)

    with zipfile.ZipFile(path) as archive:
        first = archive.infolist()[0]
        assert first.filename == "mimetype"
        assert first.compress_type == zipfile.ZIP_STORED
        assert archive.read("mimetype") == ODT_MIMETYPE
        root = ElementTree.fromstring(archive.read("content.xml"))
        ElementTree.fromstring(archive.read("META-INF/manifest.xml"))
    text = " ".join("".join(root.itertext()).split())
    assert VENUE in text
    assert REASON in text


@pytest.mark.parametrize("write", [write_pdf, write_odt])
def test_unwritable_path_raises_and_leaves_no_file(english, tmp_path, write):
    document = _document()
    missing_folder = tmp_path / "missing" / "strategy.pdf"
    with pytest.raises(OSError, match="strategy.pdf"):
        write(document, missing_folder)
    assert not missing_folder.parent.exists()

    (tmp_path / "taken").mkdir()  # a folder where the file should go: fails at the last step
    with pytest.raises(OSError, match="taken"):
        write(document, tmp_path / "taken")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"]
    assert list((tmp_path / "taken").iterdir()) == []


def test_a_second_export_replaces_the_first(english, tmp_path):
    path = tmp_path / "strategy.pdf"
    write_pdf(_document(realistic_draft(venue_name="Musée Old")), path)
    write_pdf(_document(), path)

    assert "Musée Old" not in pdf_text(path)
    assert [p.name for p in tmp_path.iterdir()] == ["strategy.pdf"]


def test_document_follows_the_french_interface(french, tmp_path):
    path = tmp_path / "strategie.pdf"
    write_pdf(_document(), path)

    text = pdf_text(path)
    assert VENUE in text
    assert "15 septembre 2026" in text
    assert "lundi et jeudi" in text  # closing days, from the French locale
    assert "6,3 h/semaine" in text  # decimal comma in the time budget
    in_short = QCoreApplication.translate("StrategyDocument", "In short")
    assert in_short in text  # translated when the document is built, not at import


def test_french_headings(french, tmp_path):
    path = tmp_path / "strategie.pdf"
    write_pdf(_document(), path)

    assert "En bref" in pdf_text(path)


def test_print_preview_shows_the_same_pages(english, qtbot, tmp_path):
    document = _document()
    path = tmp_path / "strategy.pdf"
    write_pdf(document, path)
    dialog = preview_dialog(None, document)
    qtbot.addWidget(dialog)

    dialog.show()

    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() > 0)
    assert preview.pageCount() == int(pdf_info(path)["Pages"])


REVIEW_HEADING = "Review: was the rhythm kept?"


def test_review_section_shows_the_summary_and_the_chart_in_the_pdf(review, tmp_path):
    path = tmp_path / "strategy.pdf"
    write_pdf(_document(review=review), path)

    text = pdf_text(path)
    heading = REVIEW_HEADING.upper()
    assert heading in text
    lines = [
        " ".join(unicodedata.normalize("NFKC", line).split())
        for line in review.summary.splitlines()
    ]
    assert any(line.startswith("Instagram:") for line in lines)
    for line in lines:
        assert line in text, line
    # with the review date, after the rest of the strategy
    assert text.index("Participation".upper()) < text.index(heading)
    assert text.index(heading) < text.index("Next review of this strategy: 15 September 2026")
    assert pdf_image_count(path) >= 1
    assert int(pdf_info(path)["Pages"]) in (2, 3)


def test_review_chart_is_embedded_in_the_odt(review, tmp_path):
    path = tmp_path / "strategy.odt"
    write_odt(_document(review=review), path)

    with zipfile.ZipFile(path) as archive:
        pictures = [name for name in archive.namelist() if name.startswith("Pictures/")]
        assert pictures
        assert archive.read(pictures[0]).startswith(b"\x89PNG")
        content = archive.read("content.xml").decode()
    assert REVIEW_HEADING in content
    assert pictures[0] in content


def test_without_review_figures_no_review_section(english, tmp_path):
    pdf, odt = tmp_path / "strategy.pdf", tmp_path / "strategy.odt"
    document = _document()
    write_pdf(document, pdf)
    write_odt(document, odt)

    assert REVIEW_HEADING.upper() not in pdf_text(pdf)
    assert pdf_image_count(pdf) == 0
    with zipfile.ZipFile(odt) as archive:
        assert not [name for name in archive.namelist() if name.startswith("Pictures/")]


def test_review_figures_only_when_there_is_something_to_review(english, venue, clock):
    from cmt_desktop import strategies
    from cmt_desktop.gui.document_export import review_figures

    assert review_figures(venue, now=clock) is None  # no strategy, no post
    strategies.save_strategy(venue, draft=realistic_draft(networks=()), now=clock)
    assert review_figures(venue, now=clock) is None  # a strategy without networks
    strategies.save_strategy(venue, draft=realistic_draft(), now=clock)
    figures = review_figures(venue, now=clock)
    assert figures is not None and "Instagram:" in figures.summary
    assert not figures.chart.isNull()


def test_the_command_line_document_has_the_review(review, venue, clock, tmp_path):
    from cmt_desktop import strategies
    from cmt_desktop.gui.document_export import write_strategy_document

    path = tmp_path / "strategy.pdf"
    draft = strategies.current_strategy(venue)
    write_strategy_document(
        venue, draft=draft, path=path, language="en", today=clock.date(), now=clock
    )

    assert REVIEW_HEADING.upper() in pdf_text(path)
    assert pdf_image_count(path) >= 1


def test_print_preview_shows_the_review_pages_too(review, qtbot, tmp_path):
    document = _document(review=review)
    path = tmp_path / "strategy.pdf"
    write_pdf(document, path)
    dialog = preview_dialog(None, document)
    qtbot.addWidget(dialog)

    dialog.show()

    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() > 0)
    assert preview.pageCount() == int(pdf_info(path)["Pages"])


def test_review_summary_is_plain_text_and_the_chart_fits_the_page(english):
    chart = QImage(3000, 1000, QImage.Format.Format_RGB32)  # wider than any page
    chart.fill(0)
    document = _document(review=ReviewFigures(f"Coulisses {HOSTILE}: 5%", chart))

    assert f"Coulisses {HOSTILE}: 5%" in document.toPlainText()
    assert "<script>" not in document.toHtml()
    formats = [f.toImageFormat() for f in document.allFormats() if f.isImageFormat()]
    assert [f.name() for f in formats] == ["cmt:regularity-chart"]
    assert formats[0].width() <= 657  # 174 mm of A4 text width at 96 dpi
    assert formats[0].height() == pytest.approx(formats[0].width() / 3)
    resource = document.resource(
        QTextDocument.ResourceType.ImageResource, QUrl("cmt:regularity-chart")
    )
    assert resource.width() == 3000
