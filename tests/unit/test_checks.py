"""Post checks: counting as each network counts, caps, accessibility and rights."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from cmt_desktop.domain.checks import (
    EMOJI_MAX,
    Problem,
    ProblemKind,
    RightsItem,
    Severity,
    check_post,
    count_text,
    graphemes,
)
from cmt_desktop.domain.networks import Network
from cmt_desktop.domain.post import Post, PostStatus

BLUESKY = Network(key="bluesky", name="Bluesky", text_limit=300, counting="graphemes")
INSTAGRAM = Network(key="instagram", name="Instagram", text_limit=2200, hashtag_cap=5)
X = Network(key="x", name="X", text_limit=280, url_length=23)
NEWSLETTER = Network(key="newsletter", name="Lettre d'information")
START = datetime(2026, 5, 23, 18, 0, tzinfo=ZoneInfo("Europe/Paris"))


def kinds(problems: list[Problem]) -> list[ProblemKind]:
    return [p.kind for p in problems]


def find(problems: list[Problem], kind: ProblemKind) -> Problem:
    return next(p for p in problems if p.kind == kind)


# --- counting -------------------------------------------------------------------------------


def test_french_accents_count_once_even_when_decomposed():
    composed = "Fête de la musique à la médiathèque"
    decomposed = "Fe\u0302te de la musique a\u0300 la me\u0301diathe\u0300que"
    assert count_text(composed, INSTAGRAM) == len(composed) == 35
    assert count_text(decomposed, INSTAGRAM) == 35
    assert count_text(decomposed, BLUESKY) == 35


@pytest.mark.parametrize(
    ("text", "clusters"),
    [
        ("🇫🇷", 1),  # a flag is two regional indicators
        ("🇫🇷🇧🇪🇨🇭", 3),
        ("👨‍👩‍👧‍👦", 1),  # family joined by ZWJ
        ("👩🏽‍🔬", 1),  # skin tone + ZWJ profession
        ("👍🏾", 1),
        ("❤️", 1),  # variation selector
        ("1️⃣", 1),  # keycap
        ("🏴󠁧󠁢󠁳󠁣󠁴󠁿", 1),  # subdivision flag with tag characters
        ("a\r\nb", 3),
        ("Noël 🎄", 6),
    ],
)
def test_grapheme_clusters(text, clusters):
    assert len(graphemes(text)) == clusters
    assert count_text(text, BLUESKY) == clusters


def test_bluesky_counts_graphemes_where_others_count_code_points():
    text = "Nuit des musées 🇫🇷 👨‍👩‍👧‍👦"
    assert count_text(text, BLUESKY) == 19
    assert count_text(text, INSTAGRAM) == len(text) == 26


def test_x_counts_every_link_as_23_characters():
    text = "Programme complet : https://www.mediatheque-exemple.fr/agenda/nuit-de-la-lecture-2026."
    assert count_text(text, X) == len("Programme complet : ") + 23 + len(".")
    assert count_text("Voir www.exemple.fr/a et https://b.fr", X) == len("Voir  et ") + 46


def test_links_count_in_full_where_the_network_does_not_shorten_them():
    url = "https://bsky.app/profile/mediatheque.example"
    assert count_text(url, BLUESKY) == len(url)


# --- limits ---------------------------------------------------------------------------------


def test_bluesky_300_limit_counts_body_and_hashtags():
    body = "é" * 290
    post = Post(network="bluesky", body=body, hashtags=("#NuitDesMusees",))
    problem = find(check_post(post, BLUESKY), ProblemKind.TEXT_OVER_LIMIT)
    assert problem == Problem(ProblemKind.TEXT_OVER_LIMIT, count=290 + 2 + 14, limit=300)
    assert problem.severity is Severity.WARNING
    assert check_post(post.replace(hashtags=()), BLUESKY) == []


def test_exactly_at_the_limit_is_fine():
    post = Post(network="bluesky", body="à" * 298 + " 🇫🇷")
    assert count_text(post.full_text(), BLUESKY) == 300
    assert check_post(post, BLUESKY) == []


def test_no_limit_means_no_length_or_cap_problem():
    tags = tuple(f"#T{i}" for i in range(40))
    post = Post(network="newsletter", body="mot " * 5000, hashtags=tags)
    assert ProblemKind.TEXT_OVER_LIMIT not in kinds(check_post(post, NEWSLETTER))
    assert ProblemKind.TOO_MANY_HASHTAGS not in kinds(check_post(post, NEWSLETTER))


def test_instagram_five_hashtag_cap_counts_field_and_body_once_each():
    post = Post(
        network="instagram",
        body="Soirée jeux vendredi ! #FeteMondialeDuJeu",
        hashtags=("#Ludotheque", "#Jeux", "#Famille", "#MaBibliotheque", "#fetemondialedujeu"),
    )
    assert ProblemKind.TOO_MANY_HASHTAGS not in kinds(check_post(post, INSTAGRAM))
    post = post.replace(hashtags=(*post.hashtags, "#Lyon"))
    problem = find(check_post(post, INSTAGRAM), ProblemKind.TOO_MANY_HASHTAGS)
    assert (problem.count, problem.limit) == (6, 5)


# --- accessibility --------------------------------------------------------------------------


def test_long_lowercase_or_uppercase_hashtags_are_flagged_camelcase_is_not():
    post = Post(
        network="instagram",
        hashtags=(
            "#jourdefermeture",
            "#NUITDESMUSEES",
            "#JourDeFermeture",
            "#patrimoine",
            "#bibliothèque",
            "#fete_de_la_musique",
            "#FDS2026",
        ),
    )
    problem = find(check_post(post, INSTAGRAM), ProblemKind.HASHTAG_CASING)
    assert problem.items == ("#jourdefermeture", "#NUITDESMUSEES")
    assert problem.severity is Severity.INFO


def test_hashtags_inside_sentences_are_flagged_closing_ones_are_not():
    body = "Rendez-vous à la #NuitDesMusees samedi soir !\nEntrée libre. #Patrimoine #Musée 🦉"
    problem = find(check_post(Post(network="x", body=body), X), ProblemKind.HASHTAGS_INLINE)
    assert problem.items == ("#NuitDesMusees",)
    closing = "Rendez-vous samedi soir !\n\n#NuitDesMusees #Patrimoine."
    assert ProblemKind.HASHTAGS_INLINE not in kinds(check_post(Post(network="x", body=closing), X))


def test_links_with_anchors_are_not_hashtags():
    post = Post(network="x", body="Le programme : https://exemple.fr/agenda#samedi puis la suite")
    assert ProblemKind.HASHTAGS_INLINE not in kinds(check_post(post, X))


def test_media_without_alt_text():
    post = Post(network="bluesky", body="Accrochage", media_notes="Photo de l'accrochage")
    assert ProblemKind.ALT_TEXT_MISSING in kinds(check_post(post, BLUESKY))
    described = post.replace(alt_text="Deux agents accrochent un grand tableau bleu.")
    assert ProblemKind.ALT_TEXT_MISSING not in kinds(check_post(described, BLUESKY))
    assert ProblemKind.ALT_TEXT_MISSING not in kinds(check_post(Post(network="x"), X))


def test_many_emoji():
    post = Post(network="instagram", body="Bonne année ! 🎉🥳✨📚")
    problem = find(check_post(post, INSTAGRAM), ProblemKind.TOO_MANY_EMOJI)
    assert (problem.count, problem.limit) == (4, EMOJI_MAX)
    fine = Post(network="instagram", body="Bonne année ! 🎉🇫🇷 👨‍👩‍👧‍👦")  # three clusters
    assert check_post(fine, INSTAGRAM) == []


def test_emoji_standing_for_a_word():
    post = Post(network="instagram", body="Venez emprunter un 📚 ce samedi.")
    problem = find(check_post(post, INSTAGRAM), ProblemKind.EMOJI_AS_WORD)
    assert problem.subject == "📚"
    fine = ("📚 Venez emprunter un livre.", "Venez emprunter un livre 📚", "À samedi ! 🎉\nBises")
    for body in fine:
        assert check_post(Post(network="instagram", body=body), INSTAGRAM) == [], body


def test_typographic_symbols_are_not_emoji():
    post = Post(network="instagram", body="Œuvre © Musée — « Titre » ™ n° 3 → salle 2")
    assert check_post(post, INSTAGRAM) == []


@pytest.mark.parametrize(
    ("body", "fancy", "plain"),
    [
        ("Le 𝐍𝐨𝐮𝐯𝐞𝐚𝐮 𝐦𝐮𝐬𝐞́𝐞 ouvre", "𝐍𝐨𝐮𝐯𝐞𝐚𝐮 𝐦𝐮𝐬𝐞́𝐞", "Nouveau musée"),
        ("𝓔𝔁𝓹𝓸𝓼𝓲𝓽𝓲𝓸𝓷 !", "𝓔𝔁𝓹𝓸𝓼𝓲𝓽𝓲𝓸𝓷", "Exposition"),
        ("Ｎｏｅｌ au musée", "Ｎｏｅｌ", "Noel"),
        ("ⓛⓘⓡⓔ", "ⓛⓘⓡⓔ", "lire"),
        ("ᴘᴇᴛɪᴛᴇꜱ ᴍᴀɪɴꜱ", "ᴘᴇᴛɪᴛᴇꜱ ᴍᴀɪɴꜱ", "petites mains"),
        ("ℍ𝕚𝕤𝕥𝕠𝕚𝕣𝕖", "ℍ𝕚𝕤𝕥𝕠𝕚𝕣𝕖", "Histoire"),
    ],
)
def test_fancy_unicode_letters(body, fancy, plain):
    problem = find(check_post(Post(network="x", body=body), X), ProblemKind.FANCY_LETTERS)
    assert (problem.subject, problem.suggestion) == (fancy, plain)
    assert problem.severity is Severity.WARNING


def test_flags_are_not_fancy_letters():
    post = Post(network="x", body="Journée européenne des langues 🇫🇷🇩🇪🇪🇸")
    assert check_post(post, X) == []


# --- rights ---------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [PostStatus.READY, PostStatus.PUBLISHED])
def test_rights_unchecked_when_ready_with_media(status):
    post = Post(
        network="instagram",
        start=START,
        status=status,
        body="Coulisses",
        media_notes="Photo de l'équipe",
        alt_text="L'équipe devant la réserve.",
        rights_image=True,
    )
    problem = find(check_post(post, INSTAGRAM), ProblemKind.RIGHTS_UNCHECKED)
    assert problem.items == (RightsItem.CONSENT, RightsItem.CREDITS)
    done = post.replace(rights_consent=True, rights_credits=True)
    assert check_post(done, INSTAGRAM) == []


def test_rights_not_asked_for_drafts_or_posts_without_media():
    draft = Post(
        network="instagram", status=PostStatus.DRAFT, media_notes="Photo", alt_text="Une photo."
    )
    assert check_post(draft, INSTAGRAM) == []
    text_only = Post(network="instagram", status=PostStatus.READY, body="Fermé lundi.")
    assert check_post(text_only, INSTAGRAM) == []


def test_warnings_come_before_advice():
    post = Post(
        network="bluesky",
        status=PostStatus.READY,
        body="Venez au 📚 " + "a" * 300,
        media_notes="Photo",
        hashtags=("#jourdefermeture",),
    )
    severities = [p.severity for p in check_post(post, BLUESKY)]
    assert severities == sorted(severities, key=[Severity.WARNING, Severity.INFO].index)
    assert kinds(check_post(post, BLUESKY)) == [
        ProblemKind.TEXT_OVER_LIMIT,
        ProblemKind.ALT_TEXT_MISSING,
        ProblemKind.RIGHTS_UNCHECKED,
        ProblemKind.HASHTAG_CASING,
        ProblemKind.EMOJI_AS_WORD,
    ]


def test_checks_do_not_import_qt():
    import subprocess
    import sys

    code = "import sys, cmt_desktop.domain.checks; print('PySide6' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
