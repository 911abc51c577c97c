"""Search over the catalogue: Chinese text, full pinyin, pinyin initials, mixes, typos, synonyms.

:class:`SearchIndex` is built once per catalogue version, on the sync worker (building costs
pypinyin time: about a second for 2,400 items), and then answers every keystroke from
precomputed strings. Budget: p99 ≤ 5 ms per keystroke over ≥ 2,400 items (``bench/search.py``).

How a keystroke stays cheap:

* Every searchable string of every item (name, short name, aliases, and the synonym variants of
  each, see :data:`SYNONYMS`) is one *segment*. All segments are concatenated, separated by
  ``\\x1e``, into three haystacks built at index time:

  - ``text``: the lower-cased NFKC text (``社保卡申领``);
  - ``py``: the pinyin syllables, each after a ``|`` (``|she|bao|ka|shen|ling``); a Latin or digit
    run in a name is one "syllable";
  - per segment, ``tokens``: each character followed by its pinyin (``|社she|保bao|卡ka``) for
    queries that mix Chinese and Latin.

* A query becomes one compiled regular expression (or a plain ``str.find``) run over a
  haystack in C; Python only touches the segments that matched. The pinyin pattern accepts, for
  each syllable it crosses, any non-empty prefix of that syllable: ``sbk``, ``shebaoka``,
  ``shebaok``, ``sbka`` and ``she bao ka`` are the same expression family. A match in a segment
  swallows the rest of that segment (``[^\\x1e]*``), so each segment costs one match at most.
* Typing extends the query: when the previous keystroke's query is a prefix of this one, only
  the segments it matched are re-checked (a match of ``sheba`` implies one of ``sheb``).
* Latin queries of one or two letters only match at the start of a string (inner matches of
  ``sh`` are everywhere and mean nothing); single letters and digits are answered from a table
  computed at build time.
* Typos (rapidfuzz) run only for Latin queries of five letters or more that found fewer than
  :data:`FUZZY_WHEN_FEWER` results, over the distinct pinyin heads (first
  :data:`FUZZY_HEAD` letters) of every string, with a score cut-off
  (``partial_ratio``) before an exact edit-distance check (optimal string alignment, so a
  swapped pair of letters is one edit: 1 edit up to 7 letters, 2 above).

Ranking, best first: match tier (exact > prefix > substring > ordered characters > initials >
pinyin > mixed > fuzzy; a match at the start of a string before one inside it; the item's own
strings before its department's name), then the site's hot list (in its order), then
self-service before guide-only, then shorter names.

Lesson: department names are searched in their own small haystack and fanned out to items;
putting them in every item's segments made a one-letter query touch every item twice.

Exceptions: none beyond programming errors; any query string is valid (an unmatched query
returns an empty list).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Final

from kiosk.catalogue.models import Catalogue, Item

__all__ = [
    "FUZZY_WHEN_FEWER",
    "SYNONYMS",
    "MatchTier",
    "SearchHit",
    "SearchIndex",
    "normalize",
    "pinyin_tokens",
    "synonym_variants",
]


class MatchTier(IntEnum):
    """How a query matched an item (lower is better)."""

    EXACT = 0
    PREFIX = 1
    SUBSTRING = 2
    ORDERED = 3  # the query's characters appear in order (社卡申 → 社保卡申领)
    INITIALS = 4
    PINYIN = 5
    MIXED = 6  # syllables taken partly in full, partly by initial (sbka)
    FUZZY = 7
    WEAK_MIXED = 8  # a mixed reading of a long query: more likely a typo, ranked after fuzzy


#: Equivalent ways residents name the same thing. Each group's terms are interchangeable: at
#: index time every string containing one term gets variants with each other term, so the
#: query side stays a plain lookup. Longer terms are matched first (住房公积金 before 公积金).
SYNONYMS: Final[tuple[tuple[str, ...], ...]] = (
    ("社会保障卡", "社保卡"),
    ("社会保险", "社保"),
    ("医疗保险", "医保"),
    ("住房公积金", "公积金"),
    ("居民身份证", "身份证"),
    ("户籍", "户口"),
    ("营业执照", "企业设立登记"),
    ("养老保险", "养老金"),
    ("失业保险金", "失业金"),
    ("工伤保险", "工伤险"),
    ("生育保险", "生育险"),
    ("机动车驾驶证", "驾驶证", "驾照"),
    ("出生医学证明", "出生证"),
    ("不动产权证书", "房产证"),
    ("不动产", "房产"),
    ("个体工商户", "个体户"),
    ("残疾人证", "残疾证"),
    ("最低生活保障", "低保"),
    ("往来港澳通行证", "港澳通行证"),
    ("普通护照", "护照"),
    ("婚姻登记", "结婚登记"),
    ("退役军人", "退伍军人"),
    ("灵活就业", "自由职业"),
    ("纳税", "缴税", "交税"),
    ("居住证", "暂住证"),
)

#: Run the typo search when the exact tiers found fewer results than this.
FUZZY_WHEN_FEWER: Final = 5
#: Re-check only the previous keystroke's matching segments when there were fewer than this.
NARROW_BELOW: Final = 600
#: Letters of each string's pinyin searched for typos (from its start).
FUZZY_HEAD: Final = 24
#: At most this many pinyin strings get the exact edit-distance check per keystroke.
FUZZY_CANDIDATES: Final = 40
MAX_VARIANTS_PER_STRING: Final = 8
SEP: Final = "\x1e"  # between segments in a haystack
NON_HAN_MARK: Final = "\x1f"  # the "character" of a Latin/digit token in ``tokens``

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_RUN = re.compile(r"[a-z0-9]+")
# Whitespace, and the apostrophes a Pinyin keyboard puts between syllables in its preedit
# text (``she'bao'ka``): both only separate syllables, which the pinyin patterns do anyway.
_SEPARATORS = re.compile(r"[\s'’]+")
# Sub-keys within a tier, lower is better: +1 inside a string (not at its start), +2 through the
# department's name, +4 through a synonym variant, +8 per extra typo edit.
_KEY_SLOTS: Final = 16
_INNER: Final = 1
_DEPARTMENT: Final = 2
_WEAK: Final = 4
_FUZZY_EDIT: Final = 8


def normalize(text: str) -> str:
    """NFKC (full-width → half-width), lower case, ü → v, no whitespace or apostrophes."""
    text = unicodedata.normalize("NFKC", text).lower().replace("ü", "v")
    return _SEPARATORS.sub("", text)


def _is_han(ch: str) -> bool:
    return _HAN.match(ch) is not None


def _readings(run: str) -> list[str]:
    # Imported here: pypinyin's dictionaries take ~0.25 s to load, which belongs on the sync
    # worker that builds the index, not in the kiosk's start-up path.
    from pypinyin import Style, lazy_pinyin

    readings = lazy_pinyin(run, style=Style.NORMAL, errors="ignore")
    if len(readings) != len(run):  # a character without a reading: read one by one
        readings = [(lazy_pinyin(c, style=Style.NORMAL, errors="ignore") or [""])[0] for c in run]
    return readings


def pinyin_tokens(text: str) -> list[tuple[str, str]]:
    """``(character, syllable)`` per Han character; ``("", run)`` per Latin/digit run.

    Readings come from pypinyin's phrase dictionary (so 银行 reads ``yin hang``), without tones,
    ``ü`` written ``v`` as residents type it. Punctuation is dropped.
    """
    text = normalize(text)
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(text):
        if _is_han(text[i]):
            j = i
            while j < len(text) and _is_han(text[j]):
                j += 1
            run = text[i:j]
            readings = _readings(run)
            out.extend((c, r.lower().replace("ü", "v")) for c, r in zip(run, readings, strict=True))
            i = j
            continue
        m = _LATIN_RUN.match(text, i)
        if m:
            out.append(("", m.group()))
            i = m.end()
        else:
            i += 1
    return out


def _terms(groups: Sequence[Sequence[str]]) -> list[tuple[str, Sequence[str]]]:
    return sorted(((t, g) for g in groups for t in g), key=lambda tg: -len(tg[0]))


_SYNONYM_TERMS: Final = _terms(SYNONYMS)


def synonym_variants(text: str, groups: Sequence[Sequence[str]] = SYNONYMS) -> list[str]:
    """The other ways to write ``text`` by swapping one synonym term (at most a few)."""
    terms = _SYNONYM_TERMS if groups is SYNONYMS else _terms(groups)
    taken = [False] * len(text)
    found: list[tuple[int, str, Sequence[str]]] = []
    for term, group in terms:
        start = text.find(term)
        while start >= 0:
            if not any(taken[start : start + len(term)]):
                for k in range(start, start + len(term)):
                    taken[k] = True
                found.append((start, term, group))
            start = text.find(term, start + 1)
    variants: list[str] = []
    for start, term, group in sorted(found):
        for other in group:
            if other == term:
                continue
            variant = text[:start] + other + text[start + len(term) :]
            if variant not in variants and variant != text:
                variants.append(variant)
            if len(variants) >= MAX_VARIANTS_PER_STRING:
                return variants
    return variants


@dataclass(frozen=True, slots=True)
class SearchHit:
    item_id: str
    tier: MatchTier


# -- haystacks ---------------------------------------------------------------------------------
@dataclass
class _Segments:
    """Searchable strings of one kind of owner (items, or departments) in concatenated form."""

    owners: list[int] = field(default_factory=list)
    weak: list[int] = field(default_factory=list)  # sub-key penalty per segment
    texts: list[str] = field(default_factory=list)
    text_starts: list[int] = field(default_factory=list)
    py_starts: list[int] = field(default_factory=list)
    py_parts: list[str] = field(default_factory=list)  # each segment's part of ``py``
    tokens: list[str] = field(default_factory=list)
    plain: list[str] = field(default_factory=list)  # pinyin without separators (typos)
    boundaries: list[tuple[int, ...]] = field(default_factory=list)  # syllable starts in plain
    text: str = ""
    py: str = ""

    def add(self, owner: int, raw: str, seen: set[tuple[int, str]], weak: bool = False) -> None:
        """``weak``: a synonym variant, weaker evidence than the owner's own strings."""
        text = normalize(raw)
        if not text or (owner, text) in seen:
            return
        seen.add((owner, text))
        toks = pinyin_tokens(text)
        self.owners.append(owner)
        self.weak.append(_WEAK if weak else 0)
        self.texts.append(text)
        self.tokens.append("".join(f"|{c or NON_HAN_MARK}{p}" for c, p in toks))
        syllables = [p for _, p in toks if p]
        plain, starts, pos = [], [], 0
        for s in syllables:
            starts.append(pos)
            plain.append(s)
            pos += len(s)
        self.plain.append("".join(plain))
        self.boundaries.append(tuple(starts))
        self.py_parts.append(SEP + "".join("|" + s for s in syllables))

    def seal(self) -> None:
        text_parts, pos = [], 0
        for t in self.texts:
            self.text_starts.append(pos)
            text_parts.append(SEP + t)
            pos += len(t) + 1
        self.text = "".join(text_parts)
        pos = 0
        for p in self.py_parts:
            self.py_starts.append(pos)
            pos += len(p)
        self.py = "".join(self.py_parts)


class _Query:
    """A normalised query and the patterns derived from it (built once per keystroke)."""

    __slots__ = ("han_runs", "has_han", "has_latin", "latin_only", "text")

    def __init__(self, raw: str) -> None:
        self.text = normalize(raw)
        self.has_han = _HAN.search(self.text) is not None
        self.has_latin = re.search(r"[a-z]", self.text) is not None
        self.latin_only = bool(self.text) and re.fullmatch(r"[a-z0-9]+", self.text) is not None
        self.han_runs = re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+", self.text)


def _pinyin_pattern(letters: str, anchored: bool) -> re.Pattern[str]:
    """Letters spread over consecutive syllables, each syllable giving a non-empty prefix."""
    parts = [re.escape(letters[0])]
    for ch in letters[1:]:
        parts.append(r"(?:[^|\x1e]*\|)?" + re.escape(ch))
    head = r"\x1e(\|" if anchored else r"(\|"
    # Group 1 is what the letters crossed; the tail swallows the rest of the segment so each
    # segment yields one match at most.
    return re.compile(head + "".join(parts) + r")[^\x1e]*")


def _mixed_pattern(text: str) -> re.Pattern[str]:
    """Han characters and Latin letters over ``|<char><pinyin>`` tokens (社保ka, sbk申领)."""
    out: list[str] = []
    prev: str | None = None  # "H" or "L"
    for ch in text:
        kind = "H" if _is_han(ch) else "L"
        esc = re.escape(ch)
        if prev is None:
            out.append(r"\|" + esc if kind == "H" else r"\|[^|]" + esc)
        elif prev == "H":
            out.append(r"[^|]*\|" + esc if kind == "H" else r"[^|]*\|[^|]" + esc)
        else:
            out.append(r"(?:[^|]*\|[^|])?" + esc if kind == "L" else r"[^|]*\|" + esc)
        prev = kind
    return re.compile("".join(out))


def _classify_pinyin(letters: str, matched: str) -> MatchTier:
    """Initials, full pinyin or a mix, from the syllables a pinyin match crossed."""
    syllables = matched.split("|")[1:]
    if len(syllables) == len(letters):
        return MatchTier.INITIALS
    head = "".join(syllables[:-1])
    if letters.startswith(head) and syllables[-1].startswith(letters[len(head) :]):
        return MatchTier.PINYIN
    return MatchTier.MIXED if len(letters) < 6 else MatchTier.WEAK_MIXED


def _max_edits(length: int) -> int:
    """Typos tolerated: none below 5 letters (too many near misses), 1 up to 7, then 2."""
    if length < 5:
        return 0
    return 1 if length <= 7 else 2


# -- the index ---------------------------------------------------------------------------------
class SearchIndex:
    """Everything a keystroke needs, computed once per catalogue version.

    Hidden items (site overrides) are not indexed at all, so no query can return them.
    """

    def __init__(self, catalogue: Catalogue) -> None:
        hidden = set(catalogue.site.hidden)
        self.items: tuple[Item, ...] = tuple(i for i in catalogue.items if i.item_id not in hidden)
        self.version = catalogue.version
        self._position = {item.item_id: n for n, item in enumerate(self.items)}
        self.hot: tuple[str, ...] = tuple(
            dict.fromkeys(i for i in catalogue.site.hot if i in self._position)
        )
        hot_rank = {item_id: n for n, item_id in enumerate(self.hot)}
        self._hot_rank = hot_rank

        # Tie-break order after the match tier: hot list, self-service, shorter name, id.
        order = sorted(
            range(len(self.items)),
            key=lambda n: (
                hot_rank.get(self.items[n].item_id, len(hot_rank)),
                not self.items[n].self_service,
                len(self.items[n].name),
                self.items[n].item_id,
            ),
        )
        self._base_rank = [0] * len(self.items)
        for rank, n in enumerate(order):
            self._base_rank[n] = rank
        self._by_base_rank = order
        self._rank_span = len(self.items) + 1

        self._segments = _Segments()
        seen: set[tuple[int, str]] = set()
        for n, item in enumerate(self.items):
            own = [item.name, *([item.short_name] if item.short_name else []), *item.aliases]
            for s in own:
                self._segments.add(n, s, seen)
            for s in own:
                for variant in synonym_variants(normalize(s)):
                    self._segments.add(n, variant, seen, weak=True)
        self._segments.seal()
        first_segment: dict[int, int] = {}
        for seg, owner in enumerate(self._segments.owners):
            first_segment.setdefault(owner, seg)
        # Browse lists are in pinyin order of the name (the order residents expect in Chinese).
        self._name_sort = [
            self._segments.plain[first_segment[n]] if n in first_segment else ""
            for n in range(len(self.items))
        ]

        dept_names = catalogue.department_names()
        dept_codes = sorted({item.department for item in self.items})
        self._dept_items: list[list[int]] = [[] for _ in dept_codes]
        dept_index = {code: k for k, code in enumerate(dept_codes)}
        for n, item in enumerate(self.items):
            self._dept_items[dept_index[item.department]].append(n)
        self._depts = _Segments()
        dept_seen: set[tuple[int, str]] = set()
        for k, code in enumerate(dept_codes):
            self._depts.add(k, dept_names.get(code, code), dept_seen)
        self._depts.seal()
        self.department_name = {
            item.item_id: dept_names.get(item.department, item.department) for item in self.items
        }

        # Typos: distinct pinyin heads → the segments that carry them. Only the first
        # FUZZY_HEAD letters (6-8 syllables) are searched for typos: residents type a name
        # from its start (synonym variants start at the synonym), and the scan cost grows with
        # the length of every string (24 letters: 0.7 ms instead of 1.2 ms on 2,459 items).
        fuzzy: dict[str, list[int]] = {}
        for seg, plain in enumerate(self._segments.plain):
            if len(plain) >= 4:
                fuzzy.setdefault(plain[:FUZZY_HEAD], []).append(seg)
        self._fuzzy_choices = list(fuzzy)
        self._fuzzy_segments = list(fuzzy.values())

        # The previous keystroke's pinyin matches (query, own segments), for narrowing.
        self._last_pinyin: tuple[str, list[int]] | None = None

        # One-character Latin queries: answered from a table.
        self._single: dict[str, list[tuple[int, int]]] = {}
        for ch in "abcdefghijklmnopqrstuvwxyz0123456789":
            self._single[ch] = self._rank(self._match(_Query(ch)))

    # -- public API ---------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.items)

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Best matches first; an empty query gives the site's hot list."""
        q = _Query(query)
        if not q.text:
            return [SearchHit(item_id, MatchTier.EXACT) for item_id in self.hot[:limit]]
        ranked = self._single.get(q.text)
        if ranked is None:
            ranked = self._rank(self._match(q))
        span, items = self._rank_span, self.items
        return [
            SearchHit(items[n].item_id, MatchTier(key // span // _KEY_SLOTS))
            for n, key in ranked[:limit]
        ]

    def browse(self, theme: str = "", audience: str = "") -> list[Item]:
        """Items of a theme (and audience), hot first, then self-service, then by name."""
        out = [
            item
            for item in self.items
            if (not theme or theme in item.themes) and (not audience or audience in item.audience)
        ]
        return sorted(out, key=lambda item: self._browse_key(item))

    def item(self, item_id: str) -> Item | None:
        n = self._position.get(item_id)
        return None if n is None else self.items[n]

    def hot_items(self) -> list[Item]:
        return [self.items[self._position[i]] for i in self.hot]

    # -- matching ------------------------------------------------------------------------------
    def _browse_key(self, item: Item) -> tuple[int, bool, str]:
        n = self._position[item.item_id]
        return (
            self._hot_rank.get(item.item_id, len(self.hot)),
            not item.self_service,
            self._name_sort[n],
        )

    def _rank(self, best: dict[int, int]) -> list[tuple[int, int]]:
        """``(item position, composite key)`` best first.

        The composite key is ``match key * span + base rank``; base ranks are a permutation of
        item positions, so plain integers sort in C and the position is recovered afterwards.
        """
        span, base, by_rank = self._rank_span, self._base_rank, self._by_base_rank
        keys = sorted([key * span + base[n] for n, key in best.items()])
        return [(by_rank[k % span], k) for k in keys]

    def _match(self, q: _Query) -> dict[int, int]:
        """Item position → best key (tier * slots + sub-key)."""
        best: dict[int, int] = {}
        own = self._segments
        self._match_segments(q, own, best)
        dept_best: dict[int, int] = {}
        self._match_segments(q, self._depts, dept_best, fuzzy=False)
        for k, key in dept_best.items():
            dept_key = key | _DEPARTMENT
            for n in self._dept_items[k]:
                if dept_key < best.get(n, 1 << 30):
                    best[n] = dept_key
        return best

    def _match_segments(
        self,
        q: _Query,
        segs: _Segments,
        best: dict[int, int],
        fuzzy: bool = True,
    ) -> None:
        text = q.text
        owners, texts, weak = segs.owners, segs.texts, segs.weak

        def offer(seg: int, tier: int, sub: int) -> None:
            if weak[seg]:
                # A synonym variant is not the item's own wording: never "exact", and after
                # the item's own strings within a tier (营业执照 → 营业执照… before 企业设立登记).
                tier = max(tier, MatchTier.PREFIX)
                sub += weak[seg]
            key = tier * _KEY_SLOTS + sub
            owner = owners[seg]
            if key < best.get(owner, 1 << 30):
                best[owner] = key

        # 1. Plain text: exact, prefix, substring (Chinese, or Latin inside names).
        hay, starts = segs.text, segs.text_starts
        pos = hay.find(text)
        while pos >= 0:
            seg = bisect_right(starts, pos) - 1
            if pos == starts[seg] + 1:
                tier = MatchTier.EXACT if len(texts[seg]) == len(text) else MatchTier.PREFIX
                offer(seg, tier, 0)
            else:
                offer(seg, MatchTier.SUBSTRING, 1)
            nxt = seg + 1
            if nxt >= len(starts):
                break
            pos = hay.find(text, starts[nxt])

        if q.latin_only:
            # 2. Pinyin: initials, full, mixed; short queries only at the start of a string.
            anchored = len(text) <= 2
            pattern = _pinyin_pattern(text, anchored)
            tiers: dict[str, int] = {}  # the same few crossings recur all over the haystack
            matched: list[int] = []
            narrowed = self._narrowed(segs, text, anchored)
            if narrowed is not None:
                parts = segs.py_parts
                found = []
                for seg in narrowed:
                    m = pattern.search(parts[seg])
                    if m is not None:
                        found.append((seg, m.start(1), m.group(1)))
            else:
                py_starts = segs.py_starts
                found = []
                for m in pattern.finditer(segs.py):
                    pos = m.start(1)
                    seg = bisect_right(py_starts, pos) - 1
                    found.append((seg, pos - py_starts[seg], m.group(1)))
            for seg, pos, crossed in found:
                matched.append(seg)
                tier = tiers.get(crossed)
                if tier is None:
                    tier = tiers[crossed] = _classify_pinyin(text, crossed)
                key = tier * _KEY_SLOTS + (0 if pos == 1 else _INNER) + weak[seg]
                owner = owners[seg]
                if key < best.get(owner, 1 << 30):
                    best[owner] = key
            if segs is self._segments and not anchored:
                self._last_pinyin = (text, matched)
            # 3. Typos.
            edits = _max_edits(len(text))
            if fuzzy and edits and self._count_good(best) < FUZZY_WHEN_FEWER:
                self._fuzzy(text, edits, offer)
            return

        if q.has_han and not q.has_latin and len(text) >= 2:
            # 4. Ordered characters (社卡申领 → 社保卡申领).
            pattern = re.compile("[^\x1e]*?".join(re.escape(c) for c in text))
            for m in pattern.finditer(hay):
                pos = m.start()
                seg = bisect_right(starts, pos) - 1
                offer(seg, MatchTier.ORDERED, 0 if pos == starts[seg] + 1 else 1)
                # finditer resumes after this match; that may be inside the next segment.
            return

        if q.has_han and q.has_latin:
            # 5. Mixed: candidates contain the longest Han run; then a per-segment check.
            run = max(q.han_runs, key=len)
            pattern = _mixed_pattern(text)
            tokens = segs.tokens
            pos = hay.find(run)
            while pos >= 0:
                seg = bisect_right(starts, pos) - 1
                m = pattern.search(tokens[seg])
                if m is not None:
                    offer(seg, MatchTier.PINYIN, 0 if m.start() == 0 else 1)
                nxt = seg + 1
                if nxt >= len(starts):
                    break
                pos = hay.find(run, starts[nxt])

    def _narrowed(self, segs: _Segments, text: str, anchored: bool) -> list[int] | None:
        """The segments worth re-checking for ``text``, or None to scan the whole haystack.

        Typing extends the query one letter at a time, and a segment that matches ``sheba``
        matched ``sheb`` at the same place (the pattern of a prefix is a prefix of the
        pattern). So when the previous keystroke's query is a prefix of this one and matched
        few segments, only those are re-checked.
        """
        last = self._last_pinyin
        if (
            segs is self._segments
            and not anchored
            and last is not None
            and len(last[0]) >= 3
            and text.startswith(last[0])
            and len(last[1]) <= NARROW_BELOW
        ):
            return last[1]
        return None

    def _count_good(self, best: dict[int, int]) -> int:
        limit = MatchTier.MIXED * _KEY_SLOTS
        return sum(1 for key in best.values() if key < limit)

    def _fuzzy(self, text: str, edits: int, offer: Callable[[int, int, int], None]) -> None:
        from rapidfuzz import fuzz, process
        from rapidfuzz.distance import OSA

        # Indel distance is at most twice the edit distance (a swap is two indels, one OSA
        # edit): a safe partial_ratio cut-off.
        cutoff = 100.0 * (1.0 - edits / len(text)) - 0.01
        found = process.extract(
            text,
            self._fuzzy_choices,
            scorer=fuzz.partial_ratio,
            score_cutoff=cutoff,
            limit=FUZZY_CANDIDATES,
        )
        n = len(text)
        for plain, _score, k in found:
            # Exact check around the best window: edit distance to a substring of length n±edits
            # starting within ±1 of it (a missed or doubled letter shifts the window).
            at = fuzz.partial_ratio_alignment(text, plain).dest_start
            best_d, best_start = edits + 1, 0
            for start in range(max(0, at - 1), min(len(plain), at + 2)):
                for length in range(max(1, n - edits), n + edits + 1):
                    window = plain[start : start + length]
                    d = OSA.distance(text, window, score_cutoff=edits)
                    if d < best_d:
                        best_d, best_start = d, start
            if best_d <= edits:
                sub = _FUZZY_EDIT * max(0, best_d - 1) + (0 if best_start == 0 else 1)
                for seg in self._fuzzy_segments[k]:
                    offer(seg, MatchTier.FUZZY, sub)
