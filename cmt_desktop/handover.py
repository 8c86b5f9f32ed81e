"""The hand-over pack: what a colleague needs to take over the planning during an absence.

One .zip file holds a consistent copy of the venue file, the strategy document as PDF (made
by the window; none when the venue has no strategy) and a short README in the interface
language that explains how to install CMt Desktop and open the file. The pack is written
under a temporary name and renamed once complete, and it is readable by the user only
(POSIX), since it holds all of the venue's data.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tempfile
import unicodedata
import zipfile
from datetime import date, datetime
from pathlib import Path

from cmt_desktop import services
from cmt_desktop.storage import backups

VENUE_SUFFIX = ".cmt.sqlite"
MAX_NAME_LENGTH = 60
PRIVATE_FILE = 0o600

# Characters Windows refuses in a file name (and ASCII control characters, below).
_ILLEGAL = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
# Device names Windows reserves, even with an extension ("CON.cmt.sqlite").
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{d}{n}" for d in ("COM", "LPT") for n in range(1, 10)}

_FRENCH_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
_ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclasses.dataclass(frozen=True)
class _Texts:
    """The words of one language."""

    readme_name: str
    pdf_name: str
    fallback_name: str
    pack_prefix: str


_FR = _Texts("LISEZ-MOI.txt", "Strategie.pdf", "structure", "Passation")
_EN = _Texts("README.txt", "Strategy.pdf", "venue", "Hand-over")


def is_french(language: str) -> bool:
    """True for "fr", "fr_FR", "fr-CA"…: everything else gets English."""
    return language.strip().lower().startswith("fr")


def safe_file_name(name: str, *, fallback: str) -> str:
    r"""``name`` made usable as a file name on Windows, macOS and Linux (no extension).

    Characters Windows refuses (``<>:"/\|?*`` and control characters) become ``_``, runs
    of spaces become one, leading and trailing spaces and dots go (a leading dot hides the
    file, a trailing one is dropped by Windows), and the result is cut to 60 characters.

    Args:
        name: The venue's name, as the user typed it.
        fallback: What to use when nothing usable is left.

    Returns:
        The safe name, or ``fallback``.
    """
    text = re.sub(r"[\t\n\r]", " ", unicodedata.normalize("NFC", name))  # a pasted name
    text = " ".join(_ILLEGAL.sub("_", text).split()).strip(" .")
    text = text[:MAX_NAME_LENGTH].rstrip(" .")
    if not any(c.isalnum() for c in text):
        return fallback
    if text.split(".")[0].upper() in _RESERVED:
        text = f"{text}_"
    return text


def venue_file_name(venue_name: str, *, language: str) -> str:
    """The name of the venue file inside the pack (``Médiathèque du Parc.cmt.sqlite``)."""
    texts = _FR if is_french(language) else _EN
    return safe_file_name(venue_name, fallback=texts.fallback_name) + VENUE_SUFFIX


def suggested_pack_name(venue_name: str, *, language: str, day: date) -> str:
    """A name to offer in the save dialog (``Passation - Médiathèque du Parc - 2026-03-04.zip``)."""
    texts = _FR if is_french(language) else _EN
    name = safe_file_name(venue_name, fallback=texts.fallback_name)
    return f"{texts.pack_prefix} - {name} - {day.isoformat()}.zip"


def readme_text(venue_name: str, *, language: str, day: date, with_strategy: bool) -> str:
    """The README of the pack, with LF line ends (``build_pack`` writes CRLF).

    Args:
        venue_name: The venue's name ("" when the user gave none).
        language: The interface language ("fr…" for French, anything else for English).
        day: The day the pack was made.
        with_strategy: Whether the strategy PDF is in the pack.

    Returns:
        The text, its lines kept short for Notepad.
    """
    name = " ".join(venue_name.split())
    file_name = venue_file_name(venue_name, language=language)
    if is_french(language):
        return _french_readme(name, file_name, day, with_strategy)
    return _english_readme(name, file_name, day, with_strategy)


def _french_readme(name: str, file_name: str, day: date, with_strategy: bool) -> str:
    when = f"{'1er' if day.day == 1 else day.day} {_FRENCH_MONTHS[day.month - 1]} {day.year}"
    venue_line = f"Structure : {name}\n" if name else ""
    strategy_item = (
        f"- {_FR.pdf_name} : la stratégie de communication.\n"
        "  C'est le document à lire en premier.\n"
        if with_strategy
        else ""
    )
    strategy_step = (
        "\n"
        "Par où commencer ?\n"
        f"Avant tout, ouvrez {_FR.pdf_name} et prenez le temps de le lire :\n"
        "il explique ce que l'on publie, pour qui, sur quels réseaux et à quel\n"
        "rythme. Le planning suit cette stratégie.\n"
        if with_strategy
        else ""
    )
    return (
        "Dossier de passation\n"
        f"{venue_line}"
        f"Préparé le {when}\n"
        "\n"
        "Bonjour,\n"
        "\n"
        "Merci de prendre le relais ! Ce dossier contient tout ce qu'il faut\n"
        "pour continuer le planning des publications sur les réseaux sociaux,\n"
        "avec le logiciel gratuit CMt Desktop.\n"
        "\n"
        "Dans ce dossier\n"
        f"- {file_name}\n"
        "  Le planning lui-même : publications prévues, idées, réglages.\n"
        f"{strategy_item}"
        f"- {_FR.readme_name} : ce petit mode d'emploi.\n"
        f"{strategy_step}"
        "\n"
        "1. Ranger les fichiers\n"
        "Décompressez le fichier .zip dans un dossier de votre choix, par\n"
        "exemple Documents. Sous Windows : clic droit sur le fichier .zip,\n"
        "puis « Extraire tout… ». Sur Mac : double-cliquez dessus.\n"
        "Laissez ensuite les fichiers à cet endroit : c'est là que le logiciel\n"
        "travaillera.\n"
        "\n"
        "2. Installer CMt Desktop (une seule fois)\n"
        "Sur la page des versions du projet CMt Desktop, téléchargez le\n"
        "programme d'installation qui correspond à votre ordinateur.\n"
        "Double-cliquez dessus et suivez les étapes. Inutile d'être\n"
        "administrateur ou d'appeler le service informatique.\n"
        "\n"
        "3. Ouvrir le planning\n"
        "Lancez CMt Desktop. Si un assistant s'ouvre tout seul, fermez-le :\n"
        "le fichier de la structure contient déjà tout. Choisissez le menu\n"
        "Fichier › Ouvrir un fichier de structure…, puis sélectionnez, dans\n"
        "le dossier où vous avez rangé les fichiers :\n"
        "\n"
        f"    {file_name}\n"
        "\n"
        "Bon à savoir\n"
        "- Chaque modification est enregistrée aussitôt : pas de bouton\n"
        "  « Enregistrer » à chercher, rien à faire avant de fermer.\n"
        "- Des copies de sauvegarde sont faites automatiquement, dans un\n"
        "  dossier « backups » à côté du fichier. En cas de fausse manœuvre,\n"
        "  on peut revenir à une copie précédente.\n"
        "- Ce dossier contient toutes les données de la structure : gardez-le\n"
        "  pour vous, et supprimez le .zip une fois les fichiers rangés.\n"
        "\n"
        "Bon courage, et encore merci !\n"
    )


def _english_readme(name: str, file_name: str, day: date, with_strategy: bool) -> str:
    when = f"{day.day} {_ENGLISH_MONTHS[day.month - 1]} {day.year}"
    venue_line = f"Venue: {name}\n" if name else ""
    strategy_item = (
        f"- {_EN.pdf_name}: the communication strategy.\n  This is the one to read first.\n"
        if with_strategy
        else ""
    )
    strategy_step = (
        "\n"
        "Where to start\n"
        f"First of all, open {_EN.pdf_name} and take the time to read it: it\n"
        "explains what we post, for whom, on which networks and how often.\n"
        "The plan follows this strategy.\n"
        if with_strategy
        else ""
    )
    return (
        "Hand-over pack\n"
        f"{venue_line}"
        f"Prepared on {when}\n"
        "\n"
        "Hello,\n"
        "\n"
        "Thank you for taking over! This pack holds everything you need to\n"
        "keep the social media plan going, with the free program CMt Desktop.\n"
        "\n"
        "In this pack\n"
        f"- {file_name}\n"
        "  The plan itself: planned posts, ideas, settings.\n"
        f"{strategy_item}"
        f"- {_EN.readme_name}: these short instructions.\n"
        f"{strategy_step}"
        "\n"
        "1. Put the files somewhere safe\n"
        "Unzip the .zip file into a folder of your choice, for example\n"
        "Documents. On Windows: right-click the .zip file and choose\n"
        '"Extract All...". On a Mac: double-click it. Then leave the files\n'
        "there: that is where the program will work.\n"
        "\n"
        "2. Install CMt Desktop (only once)\n"
        "On the CMt Desktop project's release page, download the installer\n"
        "that matches your computer. Double-click it and follow the steps.\n"
        "You do not need administrator rights or help from IT.\n"
        "\n"
        "3. Open the plan\n"
        "Start CMt Desktop. If a wizard opens by itself, close it: the venue\n"
        "file already holds everything. Choose the menu\n"
        "File › Open a venue file…, then select, in the folder where you put\n"
        "the files:\n"
        "\n"
        f"    {file_name}\n"
        "\n"
        "Good to know\n"
        "- Every change is saved at once: there is no Save button to look\n"
        "  for, and nothing to do before closing.\n"
        '- Backup copies are made automatically, in a "backups" folder next\n'
        "  to the file. If something goes wrong, an earlier copy can be\n"
        "  brought back.\n"
        "- This pack holds all of the venue's data: keep it to yourself, and\n"
        "  delete the .zip once the files are in place.\n"
        "\n"
        "Good luck, and thank you again!\n"
    )


def build_pack(
    venue: services.Venue,
    *,
    out: Path,
    strategy_pdf: bytes | None,
    language: str,
    now: datetime,
) -> Path:
    """Write the hand-over pack of ``venue`` to ``out`` (a .zip file).

    The venue file is copied with SQLite's backup API (a consistent copy, even while the
    window keeps it open). The pack is written beside ``out`` under a temporary name, then
    renamed: ``out`` is never half-written, and an existing file there is replaced only
    once the new pack is complete.

    Args:
        venue: The opened venue.
        out: Where to write the pack.
        strategy_pdf: The strategy document as PDF, or None when the venue has none.
        language: The interface language ("fr…" for French, anything else for English).
        now: The moment the pack is made (its date is in the README).

    Returns:
        ``out``.

    Raises:
        OSError, sqlite3.Error: the pack cannot be written (missing folder, no permission,
            full disk); no temporary file is left behind.
    """
    texts = _FR if is_french(language) else _EN
    local = now.astimezone(venue.tz) if now.tzinfo is not None else now
    readme = readme_text(
        venue.name, language=language, day=local.date(), with_strategy=strategy_pdf is not None
    )
    readme_bytes = readme.replace("\n", "\r\n").encode("utf-8-sig")  # Notepad shows accents
    stamp = (local.year, local.month, local.day, local.hour, local.minute, local.second)
    target = out.resolve()  # a symbolic link is followed, not replaced
    fd, partial_name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".part", dir=target.parent
    )
    partial = Path(partial_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as pack:
                pack.writestr(_entry(texts.readme_name, stamp), readme_bytes)
                if strategy_pdf is not None:
                    pack.writestr(_entry(texts.pdf_name, stamp), strategy_pdf)
                _add_venue_copy(pack, venue, venue_file_name(venue.name, language=language))
            handle.flush()
            os.fsync(handle.fileno())
        if os.name == "posix":
            os.chmod(partial, PRIVATE_FILE)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return out


def _entry(name: str, stamp: tuple[int, int, int, int, int, int]) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=stamp)  # local time, as zip tools expect
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = PRIVATE_FILE << 16  # unzipped on Linux or macOS: the user's only
    return info


def _add_venue_copy(pack: zipfile.ZipFile, venue: services.Venue, name: str) -> None:
    """Copy the venue into a private temporary folder, then add the copy as ``name``."""
    with tempfile.TemporaryDirectory(prefix="cmt-handover-", ignore_cleanup_errors=True) as tmp:
        copy = Path(tmp) / f"venue{VENUE_SUFFIX}"
        backups.copy_database(venue.db, copy)
        pack.write(copy, name)
