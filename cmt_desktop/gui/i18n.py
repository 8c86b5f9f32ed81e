"""Interface language: our Qt Linguist catalogue plus Qt's own, following the system by default."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

SUPPORTED = ("fr", "en")
FALLBACK = "en"  # the language of the source strings


def resolve_language(chosen: str) -> str:
    """The language to use: the user's choice, else the system's if supported, else English."""
    if chosen in SUPPORTED:
        return chosen
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in SUPPORTED:
            return code
    return FALLBACK


class Translators:
    """Installs and swaps the translators of one application."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []

    def install(self, language: str) -> None:
        """Replace the current translators with those of ``language``."""
        self.uninstall()
        QLocale.setDefault(QLocale(language))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (
            (f"qtbase_{language}", qt_dir),
            (f"cmt_desktop_{language}", ":/translations"),
        ):
            translator = QTranslator(self._app)
            if translator.load(name, folder):
                self._app.installTranslator(translator)
                self._installed.append(translator)

    def uninstall(self) -> None:
        """Remove the translators this object installed."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
