"""Writes extract/lexicon/foreign_places.tsv from ISO 3166 as pycountry ships it, run by hand, once.

pycountry (https://github.com/pycountry/pycountry) carries ISO 3166-1 (countries) and ISO 3166-2
(their subdivisions) and the Debian iso-codes translations of their names; its zh_CN catalogues
give the Simplified names (加拿大, 德国, 巴伐利亚, 加利福尼亚州). This script takes the countries
(not China's own regions, which the division table has, nor the uninhabited territories), names
each by the form Chinese news writes where pycountry's differs or is a typo (`_CANONICAL`: 伊朗 for
伊朗伊斯兰共和国, 柬埔寨 for 柬埔塞), adds the other forms news writes (`_SHORT_FORMS`: 澳洲, 印尼,
沙特, 美利坚合众国), and takes the first-level subdivisions (no ISO parent) that have a Chinese name,
plus the states, provinces and prefectures of the big federations as Chinese news writes them
(`_DIVISIONS`: 巴伐利亚州, 安大略省, 西澳州, 加州, 东京都), which pycountry lacks or writes otherwise.

A name that is also a Chinese place (a division of the gazetteer, or its short name: 黑山, 河南省,
太原省, 德州) or an ordinary word (汉堡, 首都特区, 北部地区) is dropped, or kept only right after its
country (德国汉堡, 美国德州); so is a subdivision written without a division word (巴伐利亚, 柏林)
or of two characters. The output is reviewed by hand and kept in the package; pycountry is not a
dependency of claimkb, only of this script:

    pip install pycountry && python bench/make_foreign_places.py > extract/lexicon/foreign_places.tsv
"""

from __future__ import annotations

import gettext
import re

import pycountry  # only this script needs it: pip install pycountry

from extract.places import gazetteer, short_name

# China's own regions (the division table has them) and territories without people or news
_SKIPPED = {"CN", "HK", "MO", "TW", "AQ", "BV", "HM", "TF", "GS", "UM", "IO"}
# the name a country is stored under, where Chinese news writes another than pycountry's zh_CN
_CANONICAL = {
    "BO": "玻利维亚",
    "IR": "伊朗",
    "KR": "韩国",
    "KP": "朝鲜",
    "LA": "老挝",
    "MD": "摩尔多瓦",
    "SY": "叙利亚",
    "VE": "委内瑞拉",
    "KH": "柬埔寨",  # pycountry: 柬埔塞
    "GT": "危地马拉",  # pycountry: 瓜地马拉 (Taiwan's form)
    "MT": "马耳他",  # pycountry: 马尔他
    "BD": "孟加拉国",
    "KG": "吉尔吉斯斯坦",  # pycountry: 吉尔吉斯坦
    "MN": "蒙古国",  # bare 蒙古 is 蒙古族, 内蒙古 to a Chinese reader
    "ME": "黑山",  # kept only as 黑山共和国: 黑山 is a county of 锦州市
    "CG": "刚果共和国",  # bare 刚果 is either Congo
    "CD": "刚果民主共和国",
    "PF": "法属波利尼西亚",  # pycountry: 法属玻利尼西亚
    "FK": "福克兰群岛",
    "CC": "科科斯群岛",
    "SH": "圣赫勒拿",
    "BQ": "荷兰加勒比区",
    "TZ": "坦桑尼亚",
    "SZ": "斯威士兰",
    "TR": "土耳其",
    "CZ": "捷克",
}
# other names news writes for a country: surface -> ISO 3166-1 alpha-2
_SHORT_FORMS = {
    "美利坚合众国": "US",
    "澳洲": "AU",
    "印尼": "ID",
    "沙特": "SA",
    "阿拉伯联合酋长国": "AE",
    "俄罗斯联邦": "RU",
    "大韩民国": "KR",
    "朝鲜民主主义人民共和国": "KP",
    "老挝人民民主共和国": "LA",
    "伊朗伊斯兰共和国": "IR",
    "阿拉伯叙利亚共和国": "SY",
    "委内瑞拉玻利瓦尔共和国": "VE",
    "摩尔多瓦共和国": "MD",
    "玻利维亚共和国": "BO",
    "孟加拉": "BD",
    "吉尔吉斯": "KG",
    "黑山共和国": "ME",
    "蒙古国": "MN",
    "埃斯瓦蒂尼": "SZ",
    "北马其顿": "MK",
    "马其顿": "MK",
    "捷克共和国": "CZ",
    "新西兰": "NZ",
    "纽西兰": "NZ",
    "英国": "GB",
    "联合王国": "GB",
    "科特迪瓦": "CI",
    "菲律宾": "PH",
}
# names dropped whatever the checks below say: generic words, or a place a Chinese reader reads first
_DROPPED = {"黑山", "刚果", "蒙古", "多米尼克", "西北地区"}
# divisions named by a generic word before their division word (北部省, 高原省, 世博省, 首都特区): read
# only right after their country, never on their own
_GENERIC_STEMS = frozenset(
    ("东部", "西部", "南部", "北部", "中部", "东方", "西方", "南方", "北方", "西南", "西北", "东北", "东南", "极北",
     "中央", "高原", "丘陵", "峡谷", "盆地", "西盆地", "大西洋", "海湾", "三角", "河流", "东高地", "南高地", "西高地",
     "世博", "首都", "中部地区", "北部地区", "南部地区", "西岸")
)  # fmt: skip
_DIVISION_STEM = re.compile(r"(?:州|省|邦|府|县|都|道|领地|特区|共和国|自治区|自治州|地区)$")
# the first-level divisions of the big federations, as Chinese news writes them: surface -> ISO 3166-2
# (the first surface of each code is its stored name); pycountry lacks some (巴登-符腾堡) and writes
# others without the division word (巴伐利亚) or with typos (琦玉县, 新泻县)
_DIVISIONS = {
    # the United States: the states as 州, the short forms news writes (加州, 德州 only after 美国)
    "加利福尼亚州": "US-CA",
    "加州": "US-CA",
    "纽约州": "US-NY",
    "得克萨斯州": "US-TX",
    "德克萨斯州": "US-TX",
    "德州": "US-TX",
    "佛罗里达州": "US-FL",
    "华盛顿州": "US-WA",
    "宾夕法尼亚州": "US-PA",
    "宾州": "US-PA",
    "马萨诸塞州": "US-MA",
    "麻省": "US-MA",
    "伊利诺伊州": "US-IL",
    "俄亥俄州": "US-OH",
    "密歇根州": "US-MI",
    "佐治亚州": "US-GA",
    "北卡罗来纳州": "US-NC",
    "南卡罗来纳州": "US-SC",
    "新泽西州": "US-NJ",
    "弗吉尼亚州": "US-VA",
    "西弗吉尼亚州": "US-WV",
    "亚利桑那州": "US-AZ",
    "蒙大拿州": "US-MT",
    "华盛顿哥伦比亚特区": "US-DC",
    "夏威夷州": "US-HI",
    "阿拉斯加州": "US-AK",
    # Germany's Länder as 州 (柏林, 汉堡, 不来梅 are cities first: only after 德国)
    "巴伐利亚州": "DE-BY",
    "巴登-符腾堡州": "DE-BW",
    "巴符州": "DE-BW",
    "北莱茵-威斯特法伦州": "DE-NW",
    "北威州": "DE-NW",
    "下萨克森州": "DE-NI",
    "黑森州": "DE-HE",
    "萨克森州": "DE-SN",
    "萨克森-安哈尔特州": "DE-ST",
    "图林根州": "DE-TH",
    "勃兰登堡州": "DE-BB",
    "莱茵兰-普法尔茨州": "DE-RP",
    "石勒苏益格-荷尔斯泰因州": "DE-SH",
    "梅克伦堡-前波美拉尼亚州": "DE-MV",
    "萨尔州": "DE-SL",
    "柏林州": "DE-BE",
    "柏林": "DE-BE",
    "汉堡州": "DE-HH",
    "汉堡": "DE-HH",
    "不来梅州": "DE-HB",
    "不来梅": "DE-HB",
    # Australia's states and territories, with the short forms (西澳州, 新州, 维州)
    "新南威尔士州": "AU-NSW",
    "新州": "AU-NSW",
    "维多利亚州": "AU-VIC",
    "维州": "AU-VIC",
    "昆士兰州": "AU-QLD",
    "昆州": "AU-QLD",
    "西澳大利亚州": "AU-WA",
    "西澳州": "AU-WA",
    "西澳": "AU-WA",
    "南澳大利亚州": "AU-SA",
    "南澳州": "AU-SA",
    "塔斯马尼亚州": "AU-TAS",
    "北领地": "AU-NT",
    "澳大利亚首都领地": "AU-ACT",
    # Canada's provinces and territories as 省 and 地区
    "安大略省": "CA-ON",
    "魁北克省": "CA-QC",
    "不列颠哥伦比亚省": "CA-BC",
    "卑诗省": "CA-BC",
    "艾伯塔省": "CA-AB",
    "阿尔伯塔省": "CA-AB",
    "马尼托巴省": "CA-MB",
    "萨斯喀彻温省": "CA-SK",
    "新斯科舍省": "CA-NS",
    "新不伦瑞克省": "CA-NB",
    "纽芬兰与拉布拉多省": "CA-NL",
    "爱德华王子岛省": "CA-PE",
    "育空地区": "CA-YT",
    "西北地区": "CA-NT",
    "努纳武特地区": "CA-NU",
    # Japan: the prefectures pycountry writes with typos, and 东京 and 大阪 for their 都 and 府
    "东京都": "JP-13",
    "东京": "JP-13",
    "大阪府": "JP-27",
    "大阪": "JP-27",
    "栃木县": "JP-09",
    "埼玉县": "JP-11",
    "新潟县": "JP-15",
    # the United Kingdom's four countries
    "英格兰": "GB-ENG",
    "苏格兰": "GB-SCT",
    "威尔士": "GB-WLS",
    "北爱尔兰": "GB-NIR",
}
# a division word at a name's end: a name that has one is read on its own (加利福尼亚州, 安大略省)
_DIVISION_WORD = re.compile(r"(?:州|省|邦|府|县|都|道|领地|特区|共和国|自治区|自治州)$")
# the divisions read on their own although they end in no division word: the names news writes
_ALONE_ANYWAY = {"北海道", "英格兰", "苏格兰", "威尔士", "北爱尔兰", "加州", "麻省", "西澳", "东京", "大阪"}


def _chinese_names() -> set[str]:
    """Every name the Chinese gazetteer reads (divisions, short names, written forms)."""
    gaz = gazetteer()
    return {name for name, places in gaz.by_name.items() if any(p.code and p.code.isdigit() for p in places)}


def main() -> None:
    countries_zh = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
    divisions_zh = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["zh_CN"])
    chinese = _chinese_names()
    rows: dict[str, tuple[str, str, str, str, str]] = {}  # surface -> (name, level, country, code, alone)
    canonical: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        if code in _SKIPPED:
            continue
        name = countries_zh.gettext(country.name)
        if name == country.name:
            continue  # no Simplified name
        canonical[code] = _CANONICAL.get(code, name)
        surfaces = [canonical[code], name]
        official = getattr(country, "official_name", None)
        if official and countries_zh.gettext(official) != official:
            surfaces.append(countries_zh.gettext(official))
        for surface in surfaces:
            rows.setdefault(surface, (canonical[code], "country", code, code, "yes"))
    for surface, code in _SHORT_FORMS.items():
        rows[surface] = (canonical[code], "country", code, code, "yes")
    division_names: dict[str, str] = {}
    for surface, code in _DIVISIONS.items():
        division_names.setdefault(code, surface)
    shared: set[str] = set()  # division names two countries share (圣地亚哥省): only after their country
    for division in pycountry.subdivisions:
        name = divisions_zh.gettext(division.name)
        if division.parent_code is not None or name == division.name or division.country_code in _SKIPPED:
            continue
        if name in rows or division.country_code not in canonical:
            continue  # an outlying territory that is a country of its own (关岛, 波多黎各)
        stored = division_names.setdefault(division.code, name)
        if name in rows and rows[name][3] != division.code:
            shared.add(name)
        rows.setdefault(name, (stored, "region", division.country_code, division.code, ""))
    for surface, code in _DIVISIONS.items():
        rows[surface] = (division_names[code], "region", code.split("-")[0], code, "")
    dropped = []
    out = []
    for surface, (name, level, country, code, alone) in rows.items():
        if not re.fullmatch(r"[\u4e00-\u9fff·\-－]+", surface):
            continue  # 科科斯 (基林) 群岛: a catalogue's annotation, not how a name is written
        if surface.startswith("伪"):
            continue  # 伪阿鲁纳恰尔邦: a claim about a name, not a name
        colliding = surface in chinese or short_name(surface) in chinese or surface in _DROPPED
        if level == "country":
            if colliding:
                dropped.append(surface)
                continue
        else:
            generic = _DIVISION_STEM.sub("", surface) in _GENERIC_STEMS or surface in shared
            reads_alone = (_DIVISION_WORD.search(surface) is not None and len(surface) >= 3) or surface in _ALONE_ANYWAY
            alone = "yes" if reads_alone and not colliding and not generic else "no"
        out.append((surface, name, level, country, code, alone))
    print(__doc__.split("\n\n")[0].replace("Writes", "# Made by bench/make_foreign_places.py, which writes"))
    print("# surface\tname (stored, a division's without its country)\tlevel\tcountry\tISO code\talone")
    print("# level: country, or region (a first-level division); alone: yes where the name is read on its")
    print("# own, no where only right after its country (德国汉堡, 美国德州, 德国巴伐利亚).")
    version = getattr(pycountry, "__version__", "?")
    print("# Sources: ISO 3166-1 and the first-level divisions of ISO 3166-2 (those with no ISO parent), named by")
    print(f"# the zh_CN catalogues of Debian's iso-codes as pycountry {version} ships them; added in the script:")
    print("# the forms news writes (美国 for 美利坚合众国, 韩国, 朝鲜, 老挝, 伊朗, 澳洲, 印尼, 沙特), the")
    print("# states, Länder, provinces and prefectures of the big federations as news writes them (巴伐利亚州,")
    print("# 安大略省, 西澳州, 加州, 东京都), and pycountry's typos corrected in the stored name (柬埔塞 -> 柬埔寨,")
    print("# 琦玉县 -> 埼玉县).")
    print("# Left out: China's own regions (CN HK MO TW: the division table has them), uninhabited territories,")
    print("# names with a catalogue's annotation (科科斯 (基林) 群岛). A division is read at the province's level,")
    print("# named with its country in front (德国巴伐利亚州) and coded by its ISO 3166-2 code.")
    print("# Reviewed by hand: every name checked against the Chinese gazetteer (full and short names) and for")
    print("# ordinary words; a country name that is one is dropped, here: " + "、".join(sorted(dropped)) + ";")
    print("# a division name that is one (德州, 河南省, 汉堡), or generic (北部省, 首都特区), or shared by two")
    print("# countries, or without a division word (巴伐利亚, 柏林), is read only right after its country.")
    for row in sorted(out, key=lambda r: (r[2] != "country", r[3], r[4], r[0])):
        print("\t".join(row))


if __name__ == "__main__":
    main()
