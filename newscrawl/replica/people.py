"""Made-up people, companies and organisations of the synthetic archive, drawn from seeded pools.

Names are a surname (weighted; a few compound ones) and one or two given-name characters; no given-name
character is a surname, so a run-together byline such as ``文：陈静黄天玲`` splits unambiguously.
"""
from __future__ import annotations

import random

from newscrawl.replica.vocabulary import load_vocabulary

_V = load_vocabulary()
SURNAMES: list[str] = list(_V["surnames"])
_SURNAME_WEIGHTS: list[int] = list(_V["surnames"].values())
_COMPOUND_SURNAMES: list[str] = _V["compound_surnames"]
_GIVEN_CHARS: list[str] = _V["given_name_chars"]
_CO_PREFIX: list[str] = _V["company_prefixes"]
_CO_CORE: list[str] = _V["company_cores"]
_CO_SUFFIX: list[str] = _V["company_suffixes"]
_CITY_ORGS: list[str] = _V["city_organisations"]
_ORG_SUFFIXES: list[str] = _V["organisation_suffixes"]

Place = tuple[str, str, list[str]]  # (name, admin suffix 区/市/县, towns)


def make_name(rng: random.Random) -> str:
    """A Chinese personal name: surname plus one or two given-name characters."""
    if rng.random() < 0.03:
        return rng.choice(_COMPOUND_SURNAMES) + rng.choice(_GIVEN_CHARS)
    surname = rng.choices(SURNAMES, _SURNAME_WEIGHTS)[0]
    if rng.random() < 0.35:
        return surname + rng.choice(_GIVEN_CHARS)
    a = rng.choice(_GIVEN_CHARS)
    b = rng.choice(_GIVEN_CHARS)
    return surname + a + b


class Pools:
    """Seeded pools: each paper's reporters and editors, correspondents, photographers, public figures."""

    def __init__(self, seed: int, media: list[str]):
        rng = random.Random(f"newscrawl-synth-people:{seed}")
        seen: set[str] = set()
        names: list[str] = []
        while len(names) < 700:
            name = make_name(rng)
            if name not in seen:
                seen.add(name)
                names.append(name)
        it = iter(names)
        self.reporters = {m: [next(it) for _ in range(14)] for m in media}
        self.editors = {m: [next(it) for _ in range(5)] for m in media}
        self.correspondents = [next(it) for _ in range(90)]
        self.photographers = [next(it) for _ in range(40)]
        self.public = list(it)  # officials, residents quoted in the text
        self.companies: list[tuple[str, str, str]] = []  # (name, market, code)
        used: set[str] = set()
        while len(self.companies) < 40:
            name = rng.choice(_CO_PREFIX) + rng.choice(_CO_CORE) + rng.choice(_CO_SUFFIX)
            if name in used:
                continue
            used.add(name)
            if rng.random() < 0.5:
                market, code = "1", f"60{rng.randint(0, 9999):04d}"
            else:
                market, code = "0", rng.choice(["00", "30"]) + f"{rng.randint(0, 9999):04d}"
            self.companies.append((name, market, code))


def organisation(rng: random.Random, place: Place) -> str:
    """A city bureau, or the place's propaganda department, media centre …"""
    if rng.random() < 0.2:
        return rng.choice(_CITY_ORGS)
    suffix = rng.choice(_ORG_SUFFIXES)
    prefix = place[0] + place[1]
    return prefix + suffix
