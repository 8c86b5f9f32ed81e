"""Checks a careful colleague makes on a post before it goes out: limits, accessibility, rights."""

from __future__ import annotations

import dataclasses
import enum
import re
import unicodedata

from cmt_desktop.domain.networks import Network
from cmt_desktop.domain.post import Post, PostStatus

#: Above this many emoji in one post, screen-reader users hear a long list of names.
EMOJI_MAX = 3
#: All-lower or all-upper hashtags with more letters than this probably join several words.
HASHTAG_WORDS_MIN_LETTERS = 12

_HASHTAG = re.compile(r"(?<![\w/&#])#(\w*[^\W\d_]\w*)")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_URL_TRAILING = ".,;:!?)]}»\"'’"


class Severity(enum.StrEnum):
    """How much a problem matters: warnings are worth fixing, infos are advice."""

    WARNING = "warning"
    INFO = "info"


class ProblemKind(enum.StrEnum):
    """What is wrong; the interface turns each kind into a sentence."""

    TEXT_OVER_LIMIT = "text_over_limit"  # count, limit
    TOO_MANY_HASHTAGS = "too_many_hashtags"  # count, limit
    ALT_TEXT_MISSING = "alt_text_missing"
    RIGHTS_UNCHECKED = "rights_unchecked"  # items: RightsItem values still unchecked
    FANCY_LETTERS = "fancy_letters"  # subject: the fancy run, suggestion: in plain letters
    HASHTAG_CASING = "hashtag_casing"  # items: the hashtags concerned
    HASHTAGS_INLINE = "hashtags_inline"  # items: hashtags found inside the sentences
    TOO_MANY_EMOJI = "too_many_emoji"  # count, limit
    EMOJI_AS_WORD = "emoji_as_word"  # subject: the emoji between two words


class RightsItem(enum.StrEnum):
    """One line of the rights checklist."""

    IMAGE = "image"
    CONSENT = "consent"
    CREDITS = "credits"


@dataclasses.dataclass(frozen=True, slots=True)
class Problem:
    """One thing to look at, with the figures or words the sentence needs."""

    kind: ProblemKind
    severity: Severity = Severity.WARNING
    count: int = 0
    limit: int = 0
    subject: str = ""
    suggestion: str = ""
    items: tuple[str, ...] = ()


def check_post(post: Post, network: Network) -> list[Problem]:
    """Everything worth looking at in ``post`` for ``network``, warnings first.

    Limits (text, hashtag cap), missing alt text, unchecked rights and fancy Unicode letters are
    warnings. The rest is heuristic advice (infos), since words cannot be found reliably:

    * hashtag casing: a hashtag of more than ``HASHTAG_WORDS_MIN_LETTERS`` letters written all
      in lower case or all in capitals probably joins several words (#jourdefermeture) that a
      screen reader cannot split; a long single word (#bibliothèques) is a false positive.
    * hashtags inline: a hashtag in the body followed by more words, not in the closing run of
      hashtags, emoji and punctuation.
    * emoji: more than ``EMOJI_MAX`` in the whole text, or an emoji with a letter or digit on
      both sides on the same line ("Venez au 📚 samedi"), where it probably stands for a word.
    """
    problems: list[Problem] = []
    text = post.full_text()
    tags = all_hashtags(post)
    count = count_text(text, network)
    if network.text_limit and count > network.text_limit:
        problems.append(Problem(ProblemKind.TEXT_OVER_LIMIT, count=count, limit=network.text_limit))
    if network.hashtag_cap and len(tags) > network.hashtag_cap:
        problems.append(
            Problem(ProblemKind.TOO_MANY_HASHTAGS, count=len(tags), limit=network.hashtag_cap)
        )
    has_media = bool(post.media_notes.strip())
    if has_media and not post.alt_text.strip():
        problems.append(Problem(ProblemKind.ALT_TEXT_MISSING))
    if has_media and post.status in (PostStatus.READY, PostStatus.PUBLISHED):
        unchecked = tuple(
            item.value
            for item, done in (
                (RightsItem.IMAGE, post.rights_image),
                (RightsItem.CONSENT, post.rights_consent),
                (RightsItem.CREDITS, post.rights_credits),
            )
            if not done
        )
        if unchecked:
            problems.append(Problem(ProblemKind.RIGHTS_UNCHECKED, items=unchecked))
    fancy = _first_fancy_run(text)
    if fancy:
        problems.append(
            Problem(ProblemKind.FANCY_LETTERS, subject=fancy, suggestion=_plain_letters(fancy))
        )
    unreadable = tuple(tag for tag in tags if _looks_like_joined_words(tag))
    if unreadable:
        problems.append(Problem(ProblemKind.HASHTAG_CASING, Severity.INFO, items=unreadable))
    inline = _inline_hashtags(post.body)
    if inline:
        problems.append(Problem(ProblemKind.HASHTAGS_INLINE, Severity.INFO, items=inline))
    emoji = [c for c in graphemes(text) if _is_emoji(c)]
    if len(emoji) > EMOJI_MAX:
        problems.append(
            Problem(ProblemKind.TOO_MANY_EMOJI, Severity.INFO, count=len(emoji), limit=EMOJI_MAX)
        )
    between = _emoji_between_words(post.body)
    if between:
        problems.append(Problem(ProblemKind.EMOJI_AS_WORD, Severity.INFO, subject=between))
    return problems


def count_text(text: str, network: Network) -> int:
    """The length of ``text`` as ``network`` counts it.

    Characters are counted after NFC normalisation (an "é" typed as e + accent counts once);
    Bluesky counts grapheme clusters. Where the network gives links a fixed length
    (``url_length``), each link counts as that length.
    """
    links = 0
    if network.url_length > 0:
        text, links = _URL.subn(_keep_trailing_punctuation, text)
    text = unicodedata.normalize("NFC", text)
    size = len(graphemes(text)) if network.counting == "graphemes" else len(text)
    return size + links * network.url_length


def all_hashtags(post: Post) -> tuple[str, ...]:
    """Hashtags of the field and of the body, once each (ignoring case), in order."""
    seen: dict[str, str] = {}
    body_tags = (f"#{m.group(1)}" for m in _HASHTAG.finditer(post.body))
    for tag in (*post.hashtags, *body_tags):
        seen.setdefault(tag.casefold(), tag)
    return tuple(seen.values())


def graphemes(text: str) -> list[str]:
    """Approximate extended grapheme clusters (UAX #29) without a dependency.

    Combining marks, variation selectors, tag characters, skin-tone modifiers, the character after
    a zero-width joiner, the second of a pair of regional indicators (flags) and the LF of a CRLF
    join the previous cluster. Hangul jamo and Indic conjunct rules are not handled.
    """
    clusters: list[str] = []
    regional_run = 0
    for char in text:
        code = ord(char)
        regional = 0x1F1E6 <= code <= 0x1F1FF
        previous = clusters[-1][-1] if clusters else ""
        joins = bool(clusters) and (
            previous == "\u200d"
            or (previous == "\r" and char == "\n")
            or (previous not in "\r\n" and _extends(char, code))
            or (regional and regional_run % 2 == 1)
        )
        regional_run = regional_run + 1 if regional else 0
        if joins:
            clusters[-1] += char
        else:
            clusters.append(char)
    return clusters


def _extends(char: str, code: int) -> bool:
    return (
        unicodedata.category(char) in ("Mn", "Me", "Mc")
        or char == "\u200d"
        or 0xFE00 <= code <= 0xFE0F
        or 0xE0020 <= code <= 0xE007F
        or 0xE0100 <= code <= 0xE01EF
        or 0x1F3FB <= code <= 0x1F3FF
    )


def _keep_trailing_punctuation(match: re.Match[str]) -> str:
    url = match.group()
    return url[len(url.rstrip(_URL_TRAILING)) :]


def _looks_like_joined_words(tag: str) -> bool:
    word = tag.lstrip("#")
    letters = [c for c in word if c.isalpha()]
    if "_" in word or len(letters) <= HASHTAG_WORDS_MIN_LETTERS:
        return False
    cased = [c for c in letters if c.lower() != c.upper()]
    return bool(cased) and (all(c.islower() for c in cased) or all(c.isupper() for c in cased))


def _inline_hashtags(body: str) -> tuple[str, ...]:
    """Hashtags of the body that come before its closing run of hashtags, emoji and punctuation."""
    tail_start = len(body)
    for token in reversed(list(re.finditer(r"\S+", body))):
        word = token.group()
        if not (_HASHTAG.fullmatch(word.rstrip(".,;:!?…")) or not any(c.isalnum() for c in word)):
            break
        tail_start = token.start()
    tags = (f"#{m.group(1)}" for m in _HASHTAG.finditer(body) if m.start() < tail_start)
    return tuple(dict.fromkeys(tags))


def _is_emoji(cluster: str) -> bool:
    code = ord(cluster[0])
    if "\u20e3" in cluster or 0x1F1E6 <= code <= 0x1F1FF:  # keycaps, flags
        return True
    if code in (0x00A9, 0x00AE, 0x2122):  # ©, ®, ™ are ordinary text
        return False
    return (
        (0x1F000 <= code <= 0x1FAFF and not 0x1F100 <= code <= 0x1F1E5)
        or 0x2600 <= code <= 0x27BF
        or 0x2B00 <= code <= 0x2BFF
        or 0x2300 <= code <= 0x23FF
        or "\ufe0f" in cluster
    )


def _emoji_between_words(body: str) -> str:
    """The first emoji with a letter or digit on each side, spaces aside, on one line."""
    clusters = graphemes(body)
    for index, cluster in enumerate(clusters):
        if not _is_emoji(cluster):
            continue
        before = _neighbour(clusters[index - 1 :: -1] if index else [])
        after = _neighbour(clusters[index + 1 :])
        if before[:1].isalnum() and after[:1].isalnum():
            return cluster
    return ""


def _neighbour(clusters: list[str]) -> str:
    for cluster in clusters:
        if cluster in ("\n", "\r", "\r\n"):
            return ""
        if not cluster.isspace():
            return cluster
    return ""


# Small capitals used by "font generator" sites; they have no compatibility decomposition.
_SMALL_CAPS = dict(zip("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ", "abcdefghijklmnoprstuvwyz", strict=True))
# Letterlike symbols that fill the holes of the mathematical alphabets.
_LETTERLIKE = frozenset("ℂℇℊℋℌℍℎℏℐℑℒℕℙℚℛℜℝℤℨℬℭℯℰℱℳℴⅅⅆⅇⅈⅉ")
_FANCY_RANGES = (
    (0x1D400, 0x1D7FF),  # Mathematical Alphanumeric Symbols (𝐁, 𝓑, 𝔅, 𝔹…)
    (0xFF10, 0xFF19),  # fullwidth digits
    (0xFF21, 0xFF3A),  # fullwidth capitals
    (0xFF41, 0xFF5A),  # fullwidth small letters
    (0x2460, 0x24FF),  # circled and parenthesised letters and digits
    (0x1F100, 0x1F1AD),  # squared and circled letters (the flags' letters come after)
)


def _is_fancy(char: str) -> bool:
    """Letters from styled alphabets that screen readers spell out ("mathematical bold B")."""
    code = ord(char)
    return (
        char in _LETTERLIKE
        or char in _SMALL_CAPS
        or any(low <= code <= high for low, high in _FANCY_RANGES)
    )


def _first_fancy_run(text: str) -> str:
    """The first stretch of fancy letters, spaces and punctuation between them included."""
    start = next((i for i, c in enumerate(text) if _is_fancy(c)), -1)
    if start < 0:
        return ""
    end = start
    for index in range(start, len(text)):
        if _is_fancy(text[index]):
            end = index + 1
        elif text[index] == "\n" or text[index].isalnum():
            break
    return text[start:end]


def _plain_letters(text: str) -> str:
    """The same words in ordinary letters (𝐁𝐨𝐥𝐝 -> Bold, ⓐ -> a, ᴘᴇᴛɪᴛ -> petit)."""
    return unicodedata.normalize("NFKC", "".join(_SMALL_CAPS.get(c, c) for c in text))
