"""The networks catalogue: each network's text limit, hashtag cap and media notes."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from typing import Any


@dataclasses.dataclass(frozen=True, slots=True)
class Network:
    """What the post editor needs to know about one network.

    A limit of 0 means "no limit worth checking".
    """

    key: str
    name: str
    short: str = ""  # two letters shown on calendar chips, so colour is not the only clue
    color: str = "#777777"
    url: str = ""
    text_limit: int = 0
    visible_chars: int = 0
    hashtag_cap: int = 0
    counting: str = "characters"  # or "graphemes" (Bluesky counts grapheme clusters)
    url_length: int = 0  # >0 where every link counts as a fixed length (X, Mastodon)
    media: Mapping[str, str] = dataclasses.field(default_factory=dict)

    def media_notes(self, language: str) -> str:
        """The media notes in ``language``, falling back to English."""
        return self.media.get(language) or self.media.get("en", "")


class NetworkCatalogue:
    """An ordered, read-only set of networks looked up by key."""

    def __init__(self, networks: list[Network]) -> None:
        self._by_key = {n.key: n for n in networks}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> NetworkCatalogue:
        """Build the catalogue from the parsed ``networks.json``."""
        fields = {f.name for f in dataclasses.fields(Network)}
        return cls(
            [Network(**{k: v for k, v in item.items() if k in fields}) for item in data["networks"]]
        )

    def __iter__(self) -> Iterator[Network]:
        return iter(self._by_key.values())

    def __len__(self) -> int:
        return len(self._by_key)

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def get(self, key: str) -> Network:
        """The network with this key; an unknown key gets a neutral entry with no limits."""
        return self._by_key.get(key) or Network(key=key, name=key)

    def find(self, name_or_key: str) -> Network | None:
        """Look a network up by key or by displayed name, ignoring case."""
        wanted = name_or_key.strip().casefold()
        for network in self:
            if wanted in (network.key.casefold(), network.name.casefold()):
                return network
        return None

    def keys(self) -> list[str]:
        """The keys in catalogue order."""
        return list(self._by_key)
