"""Writes extract/lexicon/currencies.tsv from ISO 4217 as pycountry ships it, run by hand, once.

pycountry (https://github.com/pycountry/pycountry) carries the ISO 4217 currency list and the
Debian iso-codes translations of its names; its zh_CN catalogue gives each currency's Simplified
name (美元, 瑞士法郎, 泰铢). This script takes those names, leaves out the codes that are no money
people are paid in (precious metals, funds, accounting units, test codes), names each currency by
the form Chinese news writes (加元 rather than 加拿大元: `_CANONICAL`), and adds the short forms
people write (`_SHORT_FORMS`: 美金, 港币, 日圆, 韩币) and the signs written before a number
(`_SIGNS`: US$, HK$, €, £). The output is reviewed by hand and kept in the package; pycountry is
not a dependency of claimkb, only of this script:

    pip install pycountry && python bench/make_currencies.py > extract/lexicon/currencies.tsv
"""

from __future__ import annotations

import gettext

import pycountry  # only this script needs it: pip install pycountry

# ISO codes that are no currency a figure in the news is written in
_FUNDS = "BOV CHE CHW CLF COU MXV USN UYI UYW"  # funds and indexed units
_METALS = "XAG XAU XPD XPT"
_ACCOUNTING = "XBA XBB XBC XBD XDR XSU XUA XAD XTS XXX"  # accounting and test codes
_UNNAMED = "ZWG XCG"  # no zh_CN name in pycountry yet
# CNY: 元 and 人民币 are in units.tsv, the currency of every Chinese page, never written 人民币元
_SKIPPED = {code for codes in (_FUNDS, _METALS, _ACCOUNTING, _UNNAMED, "CNY") for code in codes.split()}
# the name a currency is stored under, where Chinese news writes another than pycountry's
_CANONICAL = {
    "AUD": "澳元",
    "CAD": "加元",
    "NZD": "新西兰元",
    "TWD": "新台币",
    "RUB": "卢布",
    "MKD": "马其顿第纳尔",  # pycountry's 第纳尔 alone would take every dinar
    "ILS": "新谢克尔",
    "JOD": "约旦第纳尔",  # pycountry writes 约丹
    "KPW": "朝鲜元",
    "AMD": "亚美尼亚德拉姆",
    "ZAR": "南非兰特",
    "IDR": "印尼盾",
    "MYR": "林吉特",
    "MMK": "缅元",
}
# other ways people write a currency: surface -> ISO code
_SHORT_FORMS = {
    "美金": "USD",
    "美圆": "USD",
    "加拿大元": "CAD",
    "加币": "CAD",
    "澳大利亚元": "AUD",
    "澳币": "AUD",
    "纽元": "NZD",
    "纽币": "NZD",
    "港币": "HKD",
    "港圆": "HKD",
    "澳门币": "MOP",
    "新台币元": "TWD",
    "台币": "TWD",
    "日圆": "JPY",
    "日币": "JPY",
    "韩币": "KRW",
    "韩圆": "KRW",
    "俄罗斯卢布": "RUB",
    "新加坡币": "SGD",
    "新币": "SGD",
    "新元": "SGD",
    "马币": "MYR",
    "令吉": "MYR",
    "马来西亚林吉特": "MYR",
    "印度尼西亚卢比": "IDR",
    "南非兰特": "ZAR",
    "兰特": "ZAR",
    "锡克尔": "ILS",
    "谢克尔": "ILS",
    "欧元": "EUR",
    "英镑": "GBP",
    "瑞郎": "CHF",
    "越南盾": "VND",
    "泰铢": "THB",
    "菲律宾比索": "PHP",
}
# bare names several currencies share: kept as their own unit, with no ISO code
_AMBIGUOUS = ("卢比", "比索", "法郎", "第纳尔", "克朗", "里亚尔", "先令", "迪拉姆")
# signs written before the number: sign -> ISO code ($ alone is read as US dollars; ¥ and ￥ are
# 元, as on Chinese pages, where a yen figure is written 日元)
_SIGNS = {
    "US$": "USD",
    "HK$": "HKD",
    "NT$": "TWD",
    "MOP$": "MOP",
    "A$": "AUD",
    "C$": "CAD",
    "S$": "SGD",
    "$": "USD",
    "＄": "USD",
    "€": "EUR",
    "£": "GBP",
    "￡": "GBP",
    "₩": "KRW",
    "₹": "INR",
    "₽": "RUB",
    "￥": "CNY",
    "¥": "CNY",
}


def main() -> None:
    zh = gettext.translation("iso4217", pycountry.LOCALES_DIR, languages=["zh_CN"])
    names: dict[str, str] = {}
    for currency in pycountry.currencies:
        if currency.alpha_3 in _SKIPPED:
            continue
        name = zh.gettext(currency.name)
        if name == currency.name:
            continue  # no Simplified name
        names[currency.alpha_3] = name
    canonical = {code: _CANONICAL.get(code, name) for code, name in names.items()}
    canonical["CNY"] = "元"
    rows: dict[str, tuple[str, str, str]] = {}
    for code, name in names.items():
        rows[name] = (canonical[code], code, "after")
        rows[canonical[code]] = (canonical[code], code, "after")
    for surface, code in _SHORT_FORMS.items():
        rows[surface] = (canonical[code], code, "after")
    for surface in _AMBIGUOUS:
        rows[surface] = (surface, "", "after")
    for sign, code in _SIGNS.items():
        rows[sign] = (canonical[code], code, "before")
    print(__doc__.split("\n\n")[0].replace("Writes", "# Made by bench/make_currencies.py, which writes"))
    print("# surface\tunit\tiso\tposition (after: written after the number, 3亿美元; before: a sign, US$3亿)")
    print("# Reviewed by hand: each name is one currency; bare names several share (卢比, 法郎) have no code.")
    for surface, (unit, code, position) in sorted(rows.items(), key=lambda row: (row[1][2], row[1][1], row[0])):
        print(f"{surface}\t{unit}\t{code}\t{position}")


if __name__ == "__main__":
    main()
