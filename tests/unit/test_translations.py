"""The French catalogue is complete and keeps every placeholder and keyboard shortcut."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
PLACEHOLDER = re.compile(r"%(?:\d|L?n)")


def _messages(language):
    tree = ET.parse(TRANSLATIONS / f"cmt_desktop_{language}.ts")
    for context in tree.getroot():
        for message in context.findall("message"):
            translation = message.find("translation")
            forms = [form.text or "" for form in translation.findall("numerusform")]
            yield message.find("source").text, translation, forms or [translation.text or ""]


def test_french_is_complete():
    unfinished = [src for src, tr, _ in _messages("fr") if tr.get("type") == "unfinished"]
    assert unfinished == []


@pytest.mark.parametrize("language", ["fr", "en"])
def test_placeholders_are_kept(language):
    for source, translation, forms in _messages(language):
        if translation.get("type") == "unfinished":
            continue
        expected = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms:
            assert sorted(set(PLACEHOLDER.findall(form))) == expected, (source, form)


def test_french_keeps_keyboard_shortcuts():
    for source, _, forms in _messages("fr"):
        if re.search(r"&\w", source.replace("&amp;", "")):
            assert all("&" in form for form in forms), source


def test_plural_messages_have_both_english_forms():
    for source, _, forms in _messages("en"):
        if "%n" in source or "%Ln" in source:
            assert len(forms) == 2 and all(forms), source
