"""Places and organisations recognised by suffix (extract/places.py), on texts of our own."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import lexicon
from extract.components.places import infer_region
from extract.pipeline import extract_claims
from extract.places import (
    Mention,
    MentionSpans,
    Place,
    _generic_run_before,
    autonomous_written_name,
    division_code,
    find_events,
    find_headed_companies,
    find_local_places,
    find_macro_regions,
    find_named_groups,
    find_named_zones,
    find_organisations,
    find_results_reporters,
    find_unlisted_districts,
    gazetteer,
    is_generic_organisation,
    same_stem_as_districts,
    short_name,
)


def _found(text: str, region: str = "菏泽市") -> list[str]:
    gaz = gazetteer()
    divisions = gaz.find(text, gaz.lookup(region))
    districts = find_unlisted_districts(text, divisions)
    local = find_local_places(text, divisions + districts)
    return [m.place.name for m in districts + local + find_organisations(text, divisions + districts + local)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a parent right before: the name is what stands between it and the suffix
        ("近日，定陶区天中街道王洪庙村开展活动。", "定陶区天中街道王洪庙村"),
        # a town whose villagers follow it (石门乡|村民): 乡村 is no word there
        ("今年，石门乡村民人均收入1.2万元。", "石门乡"),
        ("89岁的东明县渔沃街道后渔沃村村民说。", "东明县渔沃街道后渔沃村"),
        # on its own, a three-character name the text also writes after a boundary
        ("李家楼村共有320户。近年来，李家楼村发展大棚蔬菜。", "李家楼村"),
        ("平阴县孔村镇今年新增就业岗位500个。", "平阴县孔村镇"),
        # a sub-district's office names its street, no office as a place (a veterans' station, a work report's title)
        ("东明县渔沃街道办事处退役军人服务站建成驿站3处。", "东明县渔沃街道"),
        ("新塘街道办事处2023年政府工作报告", "新塘街道"),
        # after a pause, a two-character name ending in a character that joins or scopes words elsewhere (和, 全)
        ("今年以来。太和镇新建农房120套。", "太和镇"),
        ("活动中，万全镇榆洋老年协会募捐了10620元。", "万全镇"),
        # and a body named after it, the town at its head (jieba cuts 万|全镇), the people it serves (老年) in its name
        ("活动中，万全镇榆洋老年协会募捐了10620元。", "万全镇榆洋老年协会"),
        # 将 opening 将军 in a hospital's name (a Hong Kong hospital named after its town), not the verb 将
        ("其次为将军澳医院，有274人次。", "将军澳医院"),
        # a direction opening a company's own name (jieba tags it f): the airline's full name
        ("中国南方航空股份有限公司客运运力投入同比上升10.92%。", "中国南方航空股份有限公司"),
    ],
)
def test_local_place_names(text, name):
    assert name in _found(text, "济南市" if "平阴" in text else "菏泽市")


@pytest.mark.parametrize(
    "text",
    [
        "织密城乡基层治理一张网。",  # 城乡 is a word, not a township
        "充分发挥社区党委的作用。",  # a verb before 社区
        "在8个试点社区推进。",
        "汶上县共有村卫生室260个。",  # a verb of having before 村: 村卫生室 is what it has
        "全县现有村级书屋85个。",
        # ordinary words and titles ending in a town or village suffix
        "改善投资环境，让青年返乡就业。",
        "驻村工作队帮助村民增收。",
        "被命名为中国民间艺术之乡。",
        # kinds of village of planning and relief: a rural-economy report's and a poverty-relief item's
        "新建中心村文化广场71个。",
        "全县建成移民村12个、脱贫村35个。",
        # a suffix opening a word of its own (乡村) after a verb: a rural-revitalisation report's and a county news'
        "持续改善乡村办学条件，新建校舍3.1万平方米。",
        "发展乡村特色产业，带动就业200人。",
        # the first of a kind (a bus company's year), a work report's opening verb (a township's report)
        "去年开通首条社区微循环线路。",
        "现在，我代表镇人民政府，向大会报告工作。",
        # kinds of community a programme builds: a street office's summary and a Zhejiang county's news
        "街道专题召开现代社区建设动员会。",
        "全县今年新建未来社区12个。",
        # 乡亲, fellow townsfolk: a Kinmen welfare story (as the pipeline reads its Traditional text), a village news
        "让金门乡亲生小孩有生育津贴一万元。",
        "回乡创业带动广大乡亲增收。",
        # a manner of building a kind of place (a health report's, a rural-governance news')
        "其中标准化村卫生室85个。",
        "推进规范化村级组织建设，覆盖率达95%。",
    ],
)
def test_words_before_a_suffix_are_not_places(text):
    assert not any(name.endswith(("乡", "镇", "社区", "村")) for name in _found(text))


@pytest.mark.parametrize(
    "text",
    [
        "今年全镇新建农房120套。",  # a scope word after a word, no town
        "。全镇新建农房120套。",
        "。各乡镇新建农房120套。",  # 各 is no name's first character
        "。有的镇新建农房120套。",
    ],
)
def test_a_scope_word_or_a_determiner_before_a_town_suffix_is_no_town(text):
    assert not any(name.endswith("镇") for name in _found(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("今年以来，巨野县公安局破获案件196起。", "巨野县公安局"),
        # a holding company opening its clause (company results)
        ("腾讯控股第三季度营收1671亿元。", "腾讯控股"),
        ("带动“兴荷惠民”联合会19家企业成立志愿服务队。", "兴荷惠民联合会"),
        ("我市从“兴荷惠民服务联合会”30家会员单位中选派。", "兴荷惠民服务联合会"),
        ("曹县有爱共创直播基地吸引青年返乡。", "曹县有爱共创直播基地"),
        ("山东迦勒智能家居有限公司的车间里。", "山东迦勒智能家居有限公司"),
        # a place and 的 before a name: the base is in the place, not named after it
        ("走进临泉县姜寨镇的蔬菜种植基地。", "蔬菜种植基地"),
        # a company under its legal form: two characters of its brand before a category are no verb (中铁 of a
        # contract announcement, 徐工 of a machinery maker's report), and 高新 (jieba: an adverb) is in the name
        ("中铁工业股份有限公司董事会保证公告内容真实。", "中铁工业股份有限公司"),
        ("徐工机械股份有限公司董事会。", "徐工机械股份有限公司"),
        ("详见《中铁高新工业股份有限公司重大合同中标公告》。", "中铁高新工业股份有限公司"),
        ("西安高新技术产业开发区有限公司发布公告。", "西安高新技术产业开发区有限公司"),
    ],
)
def test_organisation_names(text, name):
    assert name in _found(text)


@pytest.mark.parametrize(
    ("text", "region", "name"),
    [
        # works named by their place and trade, also after words on who runs them: a Kinmen company story (as the
        # pipeline reads its Traditional text), a city's tobacco news
        ("而金门县营金门酒厂最近有意并购远东航空公司。", "金门县", "金门酒厂"),
        ("菏泽卷烟厂全年生产卷烟60万箱。", "菏泽市", "菏泽卷烟厂"),
        # a stop character inside a word jieba reads a place's name (共和国's 和) is none: a tourism company's news
        ("共和国摇篮旅游发展有限公司全年营业收入3.2亿元。", "江西省", "共和国摇篮旅游发展有限公司"),
    ],
)
def test_works_named_by_place_and_trade(text, region, name):
    assert name in _found(text, region)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a government named by its level alone, in full or short: a Taiwan city's works report (as the pipeline reads
        # its Traditional text), a county's budget, a county party committee's decision
        ("交通安全方面，市府投入1亿2298万元改善学校周边通学步道。", "市府"),
        ("县府今年编列预算5亿元。", "县府"),
        ("会上，县委研究决定投入3000万元。", "县委"),
    ],
)
def test_a_government_named_by_its_level_alone_is_a_body(text, name):
    assert name in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a word ending with a suffix (宅基地 ends with 基地): a mediation report's disputes, a land survey
        "房屋宅基地纠纷67件，占7.7%。",
        "全村确权宅基地1200宗。",
    ],
)
def test_a_word_ending_with_a_suffix_is_no_organisation(text):
    assert not any(name.endswith("基地") for name in _found(text))


@pytest.mark.parametrize(
    ("text", "region", "name"),
    [
        # tourism news: a scenic area reports its own visitors
        ("国庆期间，庐山景区接待游客35.2万人次。", "九江市", "庐山景区"),
        ("黄山风景区共接待游客18万人次。", "黄山市", "黄山风景区"),
        # transport news: an airport or a station reports its own passengers
        ("1至10月，双流国际机场旅客吞吐量4500万人次。", "成都市", "双流国际机场"),
        ("萧山机场保障航班1.2万架次。", "杭州市", "萧山机场"),
        ("当日南昌西站发送旅客9.8万人次。", "南昌市", "南昌西站"),
        ("杭州东站到达旅客12万人次。", "杭州市", "杭州东站"),
        ("上海虹桥火车站发送旅客20万人次。", "上海市", "上海虹桥火车站"),
        # port news: a port named after its province and city, in a chain (福建厦门港, 浙江宁波港)
        ("上半年，福建厦门港完成货物吞吐量9122.96万吨。", "厦门市", "福建厦门港"),
        ("浙江宁波港完成集装箱吞吐量1200万标箱。", "宁波市", "浙江宁波港"),
        # a cave temple, an old town reporting their own visitors as their clause's topic (a city's tourism review, a
        # holiday release)
        ("刘海鹏列举数据:云冈石窟2024年接待游客444.01万人次。", "大同市", "云冈石窟"),
        ("国庆假期，平遥古城接待游客38.6万人次。", "晋中市", "平遥古城"),
    ],
)
def test_scenic_areas_airports_and_stations_are_bodies(text, region, name):
    assert name in _found(text, region)


@pytest.mark.parametrize(
    "text",
    [
        "全市共有A级旅游景区45家，其中5A级景区2家。",
        "联合周边乡镇创建国家级5A景区。",
        "入选全国红色旅游经典景区名录。",
        "全省运输机场旅客吞吐量突破1亿人次，新建民用机场两座。",
        "新建国际机场一座。",
        "枢纽机场完成旅客吞吐量3200万人次，支线机场完成410万人次。",  # kinds of airport in the network
        "全省西站改造完成。",  # a side's station only right after a city's name
        # where someone went, not a body reporting (a bulletin's travel history, a trip)
        "患者乘G4138次列车到达杭州东站，入境时体温正常。",
        "经由首都国际机场和北京大兴国际机场口岸入境的人员。",
        "包机从武汉抵达羽田机场，其中9人出现症状。",
        # a scene set by a name alone, a headline's phrase with an official's title
        "2月16日，杭州东站，工作人员引导300名员工出站。",
        "江西书记省长机场迎接援鄂医疗队。",
    ],
)
def test_kinds_and_titles_of_scenic_areas_and_airports_are_no_body(text):
    assert not any(name.endswith(("景区", "机场", "西站")) for name in _found(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("十年前，他担任湘西州人民医院党委书记。", "湘西州人民医院"),  # a pronoun and its verb
        ("杨某给湖南某医药代理有限公司提供便利。", "湖南某医药代理有限公司"),  # a preposition; 某 stays in
        ("供应商王某得知州医院要采购设备。", "州医院"),  # a verb whose object the name is
        ("他通过关系承建市第一中学的新校区。", "市第一中学"),
        ("最后2名治愈患者走出自治区第四人民医院。", "自治区第四人民医院"),  # a verb, then a division's kind
        ("施工方承接自治州人民医院扩建工程。", "自治州人民医院"),
        ("监利县被中国粮食行业协会评为先进县。", "中国粮食行业协会"),  # the place before 被 is no part
        ("两年前县医院新建了门诊楼。", "县医院"),  # a time word
        ("中海油海洋装备制造基地开工。", "中海油海洋装备制造基地"),  # a verb inside a name stays
        ("国家开发投资集团入股。", "国家开发投资集团"),
        # a word that stops a name elsewhere goes on inside one: 协调 before 局 (a gaming regulator), 和 inside a
        # department's full name (a housing bureau's notice, a tourism bureau's)
        ("澳门博彩监察协调局公布最新数据显示。", "澳门博彩监察协调局"),
        ("县住房和城乡建设局发布通知。", "县住房和城乡建设局"),
        ("菏泽市文化和旅游局发布。", "菏泽市文化和旅游局"),
    ],
)
def test_an_organisation_name_ends_on_the_left_at_a_word_no_name_holds(text, name):
    assert name in _found(text)
    assert not any(found != name and found.endswith(name) for found in _found(text))


@pytest.mark.parametrize(
    "text",
    [
        "一名熟知医院内情的人说。",
        "在同一所医院，三人被判刑。",
        "探究近几年全国医院的情况。",
        # people in the plural (患者们) are no name's words, nor is the verb after them
        "医务人员将治愈出院的患者们送出医院大门。",
        "志愿者们走进医院开展义诊。",
    ],
)
def test_a_verb_or_a_quantity_before_a_bare_suffix_is_no_name(text):
    assert not any(name.endswith("医院") for name in _found(text))


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        # a preposition (经) or an adverb (继续) governs the body; a designated kind is no name
        ("其余43名普通病例经定点医院医护团队严密监护。", "定点医院"),
        ("医院以1所三级甲等综合性医院、17家基层医疗机构组成医联体。", "综合性医院"),
        ("全县新建综合性服务中心12个。", "综合性服务中心"),
        ("项目经县发展改革局审批后开工。", "项目经县发展改革局"),
        ("省级专家继续驻守医院，指导救治。", "驻守医院"),
        ("村干部继续留守服务站，帮助群众。", "留守服务站"),
        # a suffix whose last character starts the next word names no body
        ("经省市专家联合会诊，确诊为新冠肺炎病例。", "联合会"),
        ("经县级专家组联合会商，确定了方案。", "联合会"),
        # 银行 before 卡 is a bank card: police news, a bank-fraud court report
        ("查获涉案银行卡11167张、手机卡2101张。", "查获涉案银行"),
        ("被告人收购他人银行卡30余张用于转账。", "收购他人银行"),
        # a place's 港口 (its ports) is no port named after it: port news, a city's statistical communiqué
        ("12月14日,烟台市港口货物吞吐量突破2亿吨大关。", "烟台市港"),
        ("全年南通市港口货物吞吐量完成3.2亿吨。", "南通市港"),
        # who reports at a meeting is no part of the body reported on: a court's and a procuratorate's work reports
        ("省法院院长在省十二届人大四次会议上作省法院工作报告时说。", "会议上作"),
        ("检察长在市人大会上作市检察院工作报告。", "会上作"),
        # what a total includes (含, 包括) is no word of the kind counted within it: an education bulletin, a health one
        ("全市共有普通高中140所(含完全中学13所、十二年一贯制学校9所)。", "含完全中学"),
        ("全县共有乡镇卫生院18个，包括中心卫生院5个。", "包括中心卫生院"),
        # a name given or approved before the body named (a feed item, a Taiwan city's release)
        ("武汉小汤山医院定名火神山医院，可容纳1000张床位。", "定名火神山医院"),
        ("此外，中央也核定沙仑智能绿能科学城，未来将创造产值170亿元。", "核定沙仑智能绿能科学城"),
        ("郧西第二中学新增义务教育学位1200个，增加高中学位500个。", "高中学"),
        ("全县新增初中学位3000个。", "初中学"),
        # works done on a body (改扩建, 迁建) govern its name
        ("改扩建武当路小学新增学位300个。", "改扩建武当路小学"),
        ("迁建县人民医院新增床位500张。", "迁建县人民医院"),
    ],
)
def test_governing_words_kinds_and_words_across_a_suffix_are_no_organisation(text, not_a_name):
    assert not any(not_a_name in name for name in _found(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a kind set before a name (省级定点医院…) is no part of it; a body's own branch is one name
        ("患者转入省级定点医院太原市第四人民医院救治。", "太原市第四人民医院"),
        # a leading firm of its trade set before its name (a results notice, a provincial business item)
        ("国内盐湖提锂龙头企业青海盐湖工业股份有限公司发布业绩快报。", "青海盐湖工业股份有限公司"),
        ("作为全省农业产业化龙头企业菏泽市鲁西南食品有限公司实现产值5亿元。", "菏泽市鲁西南食品有限公司"),
        ("学生转入省级重点中学菏泽市第一中学就读。", "菏泽市第一中学"),
        # a long name is looked back at in whole, and a person's role before it is no part of it (a court story, a
        # lawsuit's parties)
        ("昨天下午，鉴定人广东省水利电力职业教育学院宋东辉教授出庭。", "广东省水利电力职业教育学院"),
        ("原告代理人山东省菏泽市牡丹区人民医院主任医师出庭。", "山东省菏泽市牡丹区人民医院"),
        ("菏泽市公安局东明县分局开展行动。", "菏泽市公安局东明县分局"),
        ("企业经菏泽市经信局认定为专精特新企业。", "菏泽市经信局"),  # 经 of 经信局 is in the name
        ("含山县第一中学有学生3000名。", "含山县第一中学"),  # 含 of 含山县 likewise
        # 那 between two nouns is a sound of a transliterated name, no pronoun: Hong Kong's hospitals in two releases
        ("雅丽氏何妙龄那打素医院录得18.1%的增幅。", "雅丽氏何妙龄那打素医院"),
        ("东区尤德夫人那打素医院急症室求诊人次上升17.2%。", "东区尤德夫人那打素医院"),
    ],
)
def test_a_kind_before_a_name_is_left_out_and_a_branch_stays_whole(text, name):
    assert name in _found(text)
    assert not any(found != name and found.endswith(name) for found in _found(text))


@pytest.mark.parametrize(
    ("text", "start", "run_start"),
    [
        ("患者转入省级定点医院", 0, 4),  # 省级 定点 医院: generic words, the last a suffix
        ("患者转入省级定点医院", 6, 6),  # not before start
        ("菏泽市公安局", 0, 3),  # a place is no generic word: the run is the suffix alone
        ("转入太原市", 0, None),  # no suffix ends there
        ("行业协会商会", 0, 0),
    ],
)
def test_a_run_of_generic_words_ending_in_a_suffix_is_walked_back_to_its_start(text, start, run_start):
    assert _generic_run_before(text, start, len(text)) == run_start


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("据统计，菏泽市有580家行业协会商会。", "行业协会商会"),  # a number ends a name; a category
        ("确保行业协会商会健康发展。", "确保行业协会商会"),  # a verb, then a category
        ("依托党群服务站开展微课堂。", "党群服务站"),
        ("引领小区党支部、业委会、物业服务企业三方联动。", "物业服务企业"),
        # working with or leading a body: an airports' news item and a rural-credit item
        ("协同全货机航空公司开通货运包机航线。", "协同全货机航空公司"),
        ("县农业农村局携手县农商银行发放贷款3.2亿元。", "携手县农商银行"),
        # according to (依) and words of a rumour before the body: a Taiwan news item and a city news item
        ("观光局今日依交通部观光署统计数据表示", "依交通部"),
        ("外传观光局1份内部资料误传给议员。", "外传观光局"),
        ("网上盛传市教育局将取消中考。", "盛传市教育局"),
        ("全市国有资产总额达到3.2万亿元。", "全市国有资产"),
        ("非流动性资产处置损益为-123万元。", "非流动性资产"),  # a financial statement's row, no asset manager
        # a count in Chinese numerals counts bodies of the kind, as an Arabic one does: a Taiwan paper's visitor
        # figures and a county's tourism summary
        ("宜县二十一处景区二〇二四年游客总数六〇八万九千人次。", "二十一"),  # as the finders see Traditional text
        ("去年全县二十一处景区游客数达610万人次。", "二十一"),
        # sports bodies named by their kind: a city's sports review, a county's sports news
        ("单项体育协会和社团达到109个,体育俱乐部21家。", "单项体育协会"),
        ("全县新成立体育协会5个。", "体育协会"),
    ],
)
def test_categories_and_verb_phrases_are_not_organisations(text, not_a_name):
    assert not any(not_a_name in name for name in _found(text))


@pytest.mark.parametrize(
    ("genre", "text", "name"),
    [
        # two characters and then a kind of body are a verb and a category (确保行业协会商会) only where jieba does not
        # know the whole as one name: a news agency's bank item and a county paper's farm-credit item
        ("news agency, bank loans", "记者日前从中国农业银行获悉，贷款余额达6.8万亿元。", "中国农业银行"),
        ("county paper, farm credit", "中国农业银行向全县农户发放贷款3.2亿元。", "中国农业银行"),
    ],
)
def test_a_name_jieba_knows_whole_is_no_verb_and_category(genre, text, name):
    assert name in _found(text), genre


@pytest.mark.parametrize(
    ("genre", "text", "full"),
    [
        # a company named with its legal form and again without it is one company, by its full name, also where the
        # shorter name was found inside the full one first (a province's highway news, court news on a mining group)
        ("highway news", "河南交通投资集团有限公司承担项目。河南交通投资集团完成投资。", "河南交通投资集团有限公司"),
        ("court news", "中建三局集团有限公司被判赔偿。中建三局集团表示将上诉。", "中建三局集团有限公司"),
    ],
)
def test_a_company_written_without_its_legal_form_is_the_same_company(genre, text, full):
    names = [name for name in _found(text, "郑州市") if "集团" in name]
    assert names and set(names) == {full}, (genre, names)


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        # a gang named by its crime (犯罪集团, 诈骗集团) is a kind, no body, and its figures' subject stays the place
        # (a Hong Kong customs report, Traditional; a city's police news)
        (
            "Hong Kong customs",
            "海關發現有犯罪集團聘用旅客走私。海關去年破獲逾3.8萬宗案件。",
            "香港特别行政区",
            "逾3.8萬宗",
            "香港特别行政区",
        ),
        ("city police news", "警方发现有诈骗集团冒充客服。全年破获电信诈骗案件1200起。", "菏泽市", "1200起", "菏泽市"),
    ],
)
def test_a_gang_named_by_its_crime_is_no_body(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre


@pytest.mark.parametrize(
    ("name", "generic"),
    [
        ("行业协会商会", True),
        ("社区党委", True),
        ("物业服务企业", True),
        ("鑫飞速冻公司", False),
        ("巨野县公安局", False),
    ],
)
def test_generic_organisation(name, generic):
    assert is_generic_organisation(name) is generic


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("东部地区进出口28.3万亿元。", [("东部地区", "东部地区")]),
        ("中西部地区承接产业转移。", [("中西部地区", "中西部地区")]),  # the longest name wins
        ("长三角、珠三角和京津冀。", [("长三角", "长三角"), ("珠三角", "珠三角"), ("京津冀", "京津冀")]),
        # a list of compass regions sharing one 地区: each named in full, the last with the 地区
        (
            "东部、中部、西部和东北地区分别增长。",
            [("东部", "东部地区"), ("中部", "中部地区"), ("西部", "西部地区"), ("东北地区", "东北地区")],
        ),
        ("西部大开发。", []),  # a compass word without 地区 is no region
        # regions inside a province, also in a list sharing one 地区
        ("苏南地区生产总值增长5.8%。", [("苏南地区", "苏南地区")]),
        ("苏南、苏中和苏北地区。", [("苏南", "苏南地区"), ("苏中", "苏中地区"), ("苏北地区", "苏北地区")]),
        ("南疆棉花产量。", [("南疆", "南疆")]),
        # a group of cities or airports is one, named in full; a group's stem alone is no region
        ("成渝机场群和长三角城市群。", [("成渝机场群", "成渝机场群"), ("长三角城市群", "长三角城市群")]),
        ("中原文化。", []),
        # a region's counted cities, alone or after the group they belong to
        ("珠三角九市。", [("珠三角九市", "珠三角九市")]),
        # river basins of a water bulletin and mountain areas of an air-quality bulletin and a poverty-relief report;
        # a hospital named after an area's 区域 is none
        ("长江流域降水量偏多。", [("长江流域", "长江流域")]),
        ("秦岭区域PM2.5平均浓度。", [("秦岭区域", "秦岭区域")]),
        ("武陵山区农村居民人均可支配收入。", [("武陵山区", "武陵山区")]),
        ("大别山区域医疗中心。", []),
        ("粤港澳大湾区港口群珠三角九市。", [("粤港澳大湾区港口群珠三角九市", "粤港澳大湾区珠三角九市")]),
    ],
)
def test_macro_regions(text, regions):
    found = find_macro_regions(text)
    assert [(text[m.start : m.end], m.place.name) for m in found] == regions
    assert all(m.place.level == "region" for m in found)


@pytest.mark.parametrize(
    ("text", "names"),
    [("打造国家级示范县三个", []), ("形成县乡两级联动", []),
     ("位于怀化市通道县坪坦乡", ["怀化市", "通道侗族自治县"]), ("湘西州人民医院", ["湘西土家族苗族自治州"]),
     ("推动曹县发展", ["曹县"]), ("菏泽市定陶区天中街道", ["菏泽市", "定陶区"])],
)  # fmt: skip
def test_a_division_is_named_only_where_a_word_starts(text, names):
    assert [m.place.name for m in gazetteer().find(text, gazetteer().lookup("菏泽市"))] == names


@pytest.mark.parametrize(
    ("name", "short", "written"),
    [("湘西土家族苗族自治州", "湘西", "湘西州"), ("通道侗族自治县", "通道", "通道县"),
     ("长阳土家族自治县", "长阳", "长阳县"), ("巴音郭楞蒙古自治州", "巴音郭楞", "巴音郭楞州"),
     ("菏泽市", "菏泽", None), ("内蒙古自治区", "内蒙古", None)],
)  # fmt: skip
def test_autonomous_divisions_as_papers_write_them(name, short, written):
    assert short_name(name) == short and autonomous_written_name(name) == written


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # after a province, a short name runs into a word: 湖北公安机关 is Hubei's police, no 公安县
        ("湖北公安机关已有293名民警确诊。", ["湖北省"]),
        ("湖南通道县坪坦乡", ["湖南省", "通道侗族自治县"]),
    ],
)
def test_a_short_name_after_its_province_must_end_where_a_word_does(text, names):
    assert [m.place.name for m in gazetteer().find(text, None)] == names


@pytest.mark.parametrize("lexicon_file", ["division_other_names.tsv", "division_successors.tsv"])
def test_other_names_of_divisions_point_at_the_division_the_packaged_table_names(lexicon_file):
    # every row's code is in the table under the name the row says (a typo in the lexicon fails here)
    table = {place.code: place.name for place in gazetteer().by_code.values()}
    for name, code, table_name, why in lexicon.rows(lexicon_file):
        assert table.get(code) == table_name, (name, code)
        assert why == "short form" or why.startswith(("renamed", "re-formed", "formed within")), name
        assert name not in table.values(), name  # only names the table lacks


@pytest.mark.parametrize(
    ("name", "code", "level"),
    [
        ("玉环市", "331021000000", "county"),  # 玉环县 until 2017: the same territory, its code
        ("即墨区", "370282000000", "county"),  # 即墨市 until 2017
        ("滦州市", "130223000000", "county"),  # 滦县 until 2018: the old stem starts the new name
        ("那曲市", "542400000000", "city"),  # 那曲地区 until 2017
        ("龙港市", "330300000000", "county"),  # formed in 2019 out of 苍南县: a county of 温州市
        ("色尼区", "542400000000", "county"),  # formed in the renamed 那曲
    ],
)
def test_divisions_formed_or_renamed_since_the_packaged_table_are_found(name, code, level):
    place = gazetteer().lookup(name)
    assert (place.name, place.code, place.level) == (name, code, level)


@pytest.mark.parametrize(
    ("text", "region", "names"),
    [
        # a county renamed since the packaged table, by its new name and the old code
        ("新增确诊病例中，万州区1例、梁平区1例。", "重庆市", [("万州区", "500101000000"), ("梁平区", "500228000000")]),
        ("长乐区新建驿站12处。", "福建省", [("长乐区", "350182000000")]),
        # a renamed county by the short name its new name keeps (a prefecture's communiqué, a city's industry news):
        # the division under its new name; the old name written in full stays as written
        ("省定监测点同仁地区全年居民消费价格与上年持平。", "黄南藏族自治州", [("同仁市", "632321000000")]),
        ("今年前三季度，平泉规模以上工业增加值增长6.8%。", "承德市", [("平泉市", "130823000000")]),
        (
            "三明市2例（沙县1例、宁化县1例）。",
            "福建省",
            [("三明市", "350400000000"), ("沙县", "350427000000"), ("宁化县", "350424000000")],
        ),
        # a short form papers write, as the division it stands for
        (
            "包头市6例（昆都仑区3例、土右旗3例）。",
            "内蒙古自治区",
            [("包头市", "150200000000"), ("昆都仑区", "150203000000"), ("土默特右旗", "150221000000")],
        ),
    ],
)
def test_divisions_renamed_since_the_table_and_short_forms_are_found(text, region, names):
    found = [(m.place.name, m.place.code) for m in gazetteer().find(text, gazetteer().lookup(region))]
    assert found == names


# a municipality's districts and counties by their short names, as its own papers write them (万州, 南川), as a city's
# counties are inside the city: an epidemic bulletin's list and a holiday tourism report
@pytest.mark.parametrize(
    ("text", "region", "names"),
    [
        (
            "累计报告确诊病例6例（万州2例、巫山2例、长寿1例、垫江1例）",
            "重庆市",
            ["万州区", "巫山县", "长寿区", "垫江县"],
        ),
        ("南川金佛山接待游客3.6万人次。", "重庆市", ["南川区"]),
        ("延庆世园会接待游客5万人次。", "北京市", ["延庆区"]),
        # outside its municipality a short name is a word first
        ("南川金佛山接待游客3.6万人次。", "四川省", []),
    ],
)
def test_a_municipalitys_districts_by_their_short_names(text, region, names):
    assert [m.place.name for m in gazetteer().find(text, gazetteer().lookup(region))] == names


def test_a_short_county_name_right_after_its_city_is_the_county():
    mentions = gazetteer().find("位于怀化市洪江城区", gazetteer().lookup("长沙市"))
    assert [m.place.level for m in mentions][:2] == ["city", "county"]
    assert gazetteer().city_of(mentions[1].place).name == "怀化市"


@pytest.mark.parametrize(
    ("text", "region", "names"),
    [
        # a city's short name that is a word first is the city as a list's part, inside the province
        ("（北海3例、梧州1例）", "广西壮族自治区", ["北海市", "梧州市"]),
        ("广州7家、惠州5家、中山2家", "广东省", ["广州市", "惠州市", "中山市"]),
        # the first part right after 其中: a province's bulletin and a province's investment news
        ("新增确诊病例5例，其中北海2例、梧州2例。", "广西壮族自治区", ["北海市", "梧州市"]),
        ("签约项目10个，其中中山3个、珠海7个。", "广东省", ["中山市", "珠海市"]),
        # and a word elsewhere
        ("市民来到中山公园游玩，中山路改造完成。", "广东省", []),
        ("北海公园接待游客3万人次。", "北京市", []),
    ],
)
def test_a_short_name_that_is_a_word_first_is_a_place_only_as_a_lists_part(text, region, names):
    assert [m.place.name for m in gazetteer().find(text, gazetteer().lookup(region))] == names


def test_a_list_parts_short_name_prefers_the_regions_city_and_guesses_no_namesake():
    # 新华区 and 长安区 are in 石家庄 and elsewhere: the region's city decides, file order never does
    found = gazetteer().find("石家庄市新增确诊病例5例（长安2例、新华3例）", gazetteer().lookup("石家庄市"))
    assert [(m.place.name, m.place.code[:4]) for m in found] == [
        ("石家庄市", "1301"),
        ("长安区", "1301"),
        ("新华区", "1301"),
    ]
    # without a city to decide, two namesakes of one level in the province (新华区 of 石家庄 and of 沧州) give
    # no place; 长安区 is 河北's only one
    found = gazetteer().find("河北省：新华3例、长安2例", gazetteer().lookup("河北省"))
    assert [m.place.name for m in found] == ["河北省", "长安区"]


@pytest.mark.parametrize(
    ("text", "region", "names"),
    [
        # a city's bulletin filed under its province lists its counties by short name, each with its figure
        (
            "襄阳新增疑似病例29例（其中枣阳4例，保康2例）。",
            "湖北省",
            ["襄阳市", "枣阳市", "保康县"],
        ),
        ("菏泽市全年新建驿站30处，其中巨野12处、东明8处。", "山东省", ["菏泽市", "巨野县", "东明县"]),
        # no figure after it: a short name is a word first (洪江古商城), and so is one whose city was not named
        ("怀化市文旅发展迅速。洪江古商城保存完好。", "湖南省", ["怀化市"]),
        ("新增疑似病例6例，其中枣阳4例，保康2例。", "湖北省", []),
    ],
)
def test_a_short_county_name_is_a_figures_part_after_its_city_was_named(text, region, names):
    assert [m.place.name for m in gazetteer().find(text, gazetteer().lookup(region))] == names


@pytest.mark.parametrize(
    ("text", "name"),
    [("怀化市通道县坪坦乡乡长吴贤表示", "通道县坪坦乡"), ("通道县坪坦乡境内", "通道县坪坦乡")],
)
def test_towns_under_an_autonomous_county_and_before_their_heads(text, name):
    divisions = gazetteer().find(text, gazetteer().lookup("长沙市"))
    assert name in [m.place.name for m in find_local_places(text, divisions)]


def test_a_people_and_its_village_houses_are_no_village():
    text = "侗族村寨格局完整"
    assert find_local_places(text, gazetteer().find(text)) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("怀化市洪江区沅江路街道", ["怀化市洪江区"]),  # a management district the table does not list
        ("湘西州乾州新区建设指挥部", ["湘西土家族苗族自治州乾州新区"]),
        ("淄博市张店区", []),  # listed: the gazetteer's own
        ("位于怀化市洪江城区", []),  # three characters before 区: 城区 is a word
        ("菏泽市区域内", []),
        ("可以说洪江古商城小镇是", []),  # 小镇 is a kind of place, not a town's name
        ("开封府景区宋文化主题演艺", []),  # a scenic area, a city's sight (a holiday-tourism page)
        ("三亚湾片区客房出租率", []),  # a zone
    ],
)
def test_districts_a_city_runs_that_no_table_lists(text, names):
    gaz = gazetteer()
    districts = find_unlisted_districts(text, gaz.find(text))
    assert [m.place.name for m in districts] == names
    assert not any(name.endswith("城小镇") for name in _found(text))


def test_an_organisation_name_never_runs_across_punctuation():
    assert "鑫飞速冻公司" in _found("在定陶区马集镇，鑫飞速冻公司收购菠菜。")
    assert not any("，" in name for name in _found("在定陶区马集镇，鑫飞速冻公司收购菠菜。"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("天津港集装箱航线147条。", "天津港"),  # a port after its place
        ("南港工业区产值突破千亿元。", "南港工业区"),
        ("中国乒乓球队收获4金1银。", "中国乒乓球队"),  # a team wins its own medals
        ("山东男子篮球队本赛季取得32场胜利。", "山东男子篮球队"),
        ("海河产业基金带动74只母基金。", "海河产业基金"),
        ("天开高教科创园注册企业2600家。", "天开高教科创园"),  # the name opens its sentence: no verb cut
    ],
)
def test_ports_parks_and_funds_are_bodies(text, name):
    assert name in _found(text, "天津市")


@pytest.mark.parametrize(
    ("text", "region", "name"),
    [
        # a port named after a county-level city's or a county's short name, which no running text finds alone
        ("黄骅港完成货物吞吐量3.11亿吨，同比增长3.4%。", "河北省", "黄骅港"),
        ("江阴港完成货物吞吐量2.5亿吨。", "江苏省", "江阴港"),
        # a shipping line's news
        ("莱州港新开集装箱航线3条。", "青岛市", "莱州港"),
    ],
)
def test_a_port_after_a_countys_short_name_is_a_body(text, region, name):
    assert name in _found(text, region)


@pytest.mark.parametrize(
    "text", ["大力推动港产城融合发展。", "智慧绿色枢纽港口加快建设。", "他去了香港。", "鼓楼港湾小区改造完成。"]
)
def test_gang_is_a_port_only_after_a_place(text):
    assert not any(name.endswith("港") for name in _found(text, "天津市"))


def test_after_a_district_its_stem_under_the_same_city_is_that_district():
    text = "怀化市洪江区现有企业30家。小镇位于怀化市洪江城区。"
    gaz = gazetteer()
    divisions = gaz.find(text, gaz.lookup("长沙市"))
    districts = find_unlisted_districts(text, divisions)
    names = [m.place.name for m in same_stem_as_districts(text, divisions, districts)]
    assert names == ["怀化市", "怀化市洪江区", "怀化市", "怀化市洪江区"]  # no 洪江市: both 洪江 are the district


@pytest.mark.parametrize(
    ("text", "names"),
    [("位于怀化市洪江城区", ["怀化市", "洪江市"]), ("汕尾市城区", ["汕尾市", "城区"]), ("推进新城区建设", []),
     ("济南市市中区", ["济南市", "市中区"])],
)  # fmt: skip
def test_division_names_that_are_words_count_only_after_their_city(text, names):
    assert [m.place.name for m in gazetteer().find(text)] == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("财政部发布国有企业经济运行情况。", "财政部"),
        ("县水利局已投入抗旱资金860万元。", "县水利局"),
        ("市发改委印发实施方案。", "市发展和改革委员会"),  # a short form named in full
        ("省教育厅公布名单。", "省教育厅"),
        ("国家能源局数据显示。", "国家能源局"),
        ("市场监管总局通报。", "市场监管总局"),
    ],
)
def test_ministries_bureaus_and_commissions_named_by_one_character(text, name):
    assert name in _found(text, "天津市")


@pytest.mark.parametrize(
    "text",
    ["构建发展新格局。", "优化产业布局。", "党员干部带头。", "全部完成。", "全面部署工作。", "公司总部落户。",
     "今年以来市局督办案件破案率100%。", "宽敞的大厅里。", "澳門貴賓廳賭收次季跌15.6%。", "银行营业厅共有58个。"],
)  # fmt: skip
def test_words_ending_in_ju_bu_wei_ting_are_no_bodies(text):
    assert not any(name.endswith(("局", "部", "委", "厅")) for name in _found(text, "天津市"))


@pytest.mark.parametrize(
    ("written", "name", "region"),
    [("臺北市", "台北市", "台湾"), ("台北市", "台北市", "台湾"), ("高雄市", "高雄市", "台湾"),
     ("油尖旺區", "油尖旺区", "香港特别行政区"), ("油尖旺区", "油尖旺区", "香港特别行政区"),
     ("花地瑪堂區", "花地玛堂区", "澳门特别行政区"), ("香港特別行政區", "香港特别行政区", None),
     ("臺灣", "台湾", None),
     # Taiwan is 台湾 in claims, as its texts and their readers write it; the table's 台湾省 still reads as it
     ("台湾省", "台湾", None), ("臺灣省", "台湾", None), ("台湾", "台湾", None)],
)  # fmt: skip
def test_hong_kong_macau_and_taiwan_places_in_both_scripts(written, name, region):
    place = gazetteer().lookup(written)
    assert place is not None and place.name == name
    parent = gazetteer().parent(place)
    assert (parent.name if parent else None) == region


# foreign countries and their first-level divisions (lexicon/foreign_places.tsv): news lines and
# trade or statistics lines of our own
@pytest.mark.parametrize(
    ("text", "found"),
    [("加拿大第三季度GDP环比增长1.2%", [("加拿大", "加拿大", "country", "CA")]),
     ("德国巴伐利亚州新增确诊病例120例", [("德国巴伐利亚州", "德国巴伐利亚州", "province", "DE-BY")]),
     ("澳大利亚西澳州铁矿石出口3000万吨", [("澳大利亚西澳州", "澳大利亚西澳大利亚州", "province", "AU-WA")]),
     ("日本东京都人口约1400万人", [("日本东京都", "日本东京都", "province", "JP-13")]),
     ("美国10月失业率升至6.2%", [("美国", "美国", "country", "US")]),
     ("加州人口约3900万", [("加州", "美国加利福尼亚州", "province", "US-CA")]),
     ("韩国、朝鲜和越南的贸易额", [("韩国", "韩国", "country", "KR"), ("朝鲜", "朝鲜", "country", "KP"),
                                ("越南", "越南", "country", "VN")]),
     ("大韩民国出口额", [("大韩民国", "韩国", "country", "KR")]),
     # a name both Chinese and foreign is foreign only right after its country
     ("美国德州原油产量每日560万桶", [("美国德州", "美国得克萨斯州", "province", "US-TX")]),
     ("德州市规模以上工业增加值增长5%", [("德州市", "德州市", "city", "371400000000")]),
     ("越南河南省与河南省", [("越南河南省", "越南河南省", "province", "VN-63"),
                          ("河南省", "河南省", "province", "410000000000")]),
     # a division named by a word is one only after its country
     ("德国汉堡港集装箱吞吐量", [("德国汉堡", "德国汉堡州", "province", "DE-HH")]),
     ("在汉堡店就餐的顾客", []),
     # a people, a nationality, an ocean; words around a name
     ("延边朝鲜族自治州朝鲜族群众", [("延边朝鲜族自治州", "延边朝鲜族自治州", "city", "222400000000")]),
     ("日本籍船员12人", []),
     ("印度洋海域", []),
     ("沿海地区经济总量", []),
     # the world and abroad are no places
     ("全球经济、世界贸易、国际市场、国外订单、境外输入、海外仓", [])],
)  # fmt: skip
def test_foreign_countries_and_divisions(text, found):
    mentions = gazetteer().find(text, gazetteer().lookup("菏泽市"))
    assert [(text[m.start : m.end], m.place.name, m.place.level, m.place.code) for m in mentions] == found


def test_a_foreign_place_is_no_division_of_china():
    """Foreign places are coded by ISO 3166, outside the division table: no lookup, region, check or
    place chain takes them for a Chinese division."""
    gaz = gazetteer()
    bavaria = gaz.find("德国巴伐利亚州")[0].place
    assert division_code(bavaria) == "DE-BY" and bavaria.parent == "DE"
    assert gaz.lookup("美国") is None and gaz.lookup("巴伐利亚州") is None
    assert gaz.city_of(bavaria) is None and gaz.province_of(bavaria) is None
    assert not any(code[:1].isalpha() for code in gaz.by_code)


@pytest.mark.parametrize(
    ("text", "region"),
    [("加拿大GDP增长1.2%。加拿大失业率6.5%。加拿大安大略省新增就业2万人。菏泽市新增企业120家。", "菏泽市"),
     ("美国失业率升至6.2%。美国加州人口3900万。日本东京都人口1400万。", None)],
)  # fmt: skip
def test_a_foreign_place_never_becomes_the_region(text, region):
    found = infer_region(gazetteer().find(text))
    assert (found.name if found else None) == region


@pytest.mark.parametrize(
    ("name", "short"),
    [
        # autonomous regions and prefectures lose their peoples, written with or without 族
        ("新疆维吾尔自治区", "新疆"),
        ("广西壮族自治区", "广西"),
        ("宁夏回族自治区", "宁夏"),
        ("伊犁哈萨克自治州", "伊犁"),
        ("湘西土家族苗族自治州", "湘西"),
        ("西藏自治区", "西藏"),
        # the suffixes are tried longest first among those the name ends with; a stem keeps two characters
        ("香港特别行政区", "香港"),
        ("锡林郭勒盟", "锡林郭勒"),
        ("曹县", "曹县"),
        ("回族自治县", "回族"),
        ("", ""),
    ],
)
def test_short_names_of_autonomous_divisions(name, short):
    from extract.places import short_name

    assert short_name(name) == short


@settings(max_examples=300, deadline=None)
@given(
    spans=st.lists(st.tuples(st.integers(0, 40), st.integers(1, 8)), max_size=12),
    start=st.integers(0, 45),
    length=st.integers(1, 8),
)
def test_spans_find_what_a_scan_of_every_mention_finds(spans, start, length):
    # the places step asks a binary search, not a scan, whether a mention overlaps or holds a stretch
    mentions = [Mention(s, s + n, Place("某地", "town")) for s, n in spans]
    end = start + length
    found = MentionSpans(mentions)
    assert found.overlap(start, end) == any(m.start < end and start < m.end for m in mentions)
    assert found.hold(start, end) == any(m.start <= start and end <= m.end for m in mentions)


def test_units_the_table_has_no_code_for_are_found_by_name_and_written_form():
    # the Corps by its name (not 新疆 and a word), its divisions by the form reports write; no code of their own
    found = gazetteer().find("新疆生产建设兵团报告1例，兵团第九师1例。", None)
    assert [(m.place.name, m.place.level, m.place.code) for m in found] == [
        ("新疆生产建设兵团", "province", None),
        ("新疆生产建设兵团第九师", "city", None),
    ]
    assert division_code(found[1].place) is None


@pytest.mark.parametrize(
    ("text", "region", "zones"),
    [
        # named islands, new areas and zones, on their own or after their city or county
        ("莆田市10例（城厢区5例、湄洲岛北岸2例）", "莆田市", [("湄洲岛", "county", None)]),
        ("两江新区1例、万盛经开区1例", "重庆市", [("两江新区", "county", None), ("万盛经开区", "county", None)]),
        ("通辽市经济开发区1例", "通辽市", [("通辽市经济开发区", "county", "150500000000")]),
        ("沂水县经济开发区入驻企业120家", "临沂市", [("沂水县经济开发区", "town", None)]),
        # an island named by its division is the division
        ("平潭岛新签约项目20个", "福州市", [("平潭县", "county", "350128000000")]),
        # no name of its own: a verb, a conjunction, a measure word, a generic word, a longer word, a division's name
        ("今年设立新区2个", "舟山市", []),
        ("瑶海和高新区各2例", "合肥市", []),
        ("一座小岛上住着30户人家", "舟山市", []),
        ("国家级经济技术开发区", None, []),
        ("沿海岛屿共有12个", "舟山市", []),
        ("秦皇岛市1例", None, []),
        # an area (片区) by a name of its own or a bay named after a division (a resort city's hotels, a free trade
        # port's parts); no division's part (柳江片区) nor a river's basin (红水河片区, a water bulletin's)
        (
            "亚龙湾片区客房出租率为83.79%；三亚湾片区为63.23%；海棠湾片区为79.55%",
            "三亚市",
            [
                ("亚龙湾片区", "county", None),
                ("三亚湾片区", "county", "460200000000"),
                ("海棠湾片区", "town", "460202000000"),
            ],
        ),
        ("洋浦片区新增市场主体1.2万户", "海南省", [("洋浦片区", "county", None)]),
        ("河流119条(红水河片区8条,柳江片区111条)", "柳州市", []),
        # an industrial park by its own name or its county, written as the text writes it (广丰经济开发区, no 广丰区…);
        # not the city's parks together (上饶市工业园区)
        (
            "鄱阳工业园区120.64亿元；万年高新技术产业园区108.16亿元；广丰经济开发区325.44亿元；上饶市工业园区1524亿元",
            "上饶市",
            [
                ("鄱阳工业园区", "town", None),
                ("万年高新技术产业园区", "town", None),
                ("广丰经济开发区", "town", None),
            ],
        ),
    ],
)
def test_named_zones(text, region, zones):
    divisions = gazetteer().find(text, gazetteer().lookup(region) if region else None)
    found = find_named_zones(text, divisions)
    assert [(m.place.name, m.place.level, m.place.code) for m in found] == zones


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # company results and car sales news: a name opening its clause before the period and what it reports
        ("比亚迪前10月新能源汽车销量达到302万辆。", ["比亚迪"]),
        ("腾讯第三季度营收1671亿元。", ["腾讯"]),
        ("据公告，宁德时代上半年实现净利润228.65亿元。", ["宁德时代"]),
        # a sector, a measure or a place before the period is no company
        ("规上工业上半年实现利润总额120亿元。", []),
        ("全市上半年实现营业收入300亿元。", []),
        ("贵州茅台2023年实现营业总收入1505.6亿元。", []),  # a place opens the name: left to the place step
        ("比亚迪是一家新能源车企。", []),  # no results reported
    ],
)
def test_companies_reporting_results_are_found_without_a_suffix(text, names):
    gaz = gazetteer()
    divisions = gaz.find(text, gaz.lookup("深圳市"))
    assert [m.place.name for m in find_results_reporters(text, divisions)] == names


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        # a place the gazetteer lacks, as a part of a list of places and their figures: a zone in a province's
        # bulletin, an energy base in a region's
        ("province bulletin", "莆田市4例（荔城区3例、湄洲湾北岸1例）；南平市1例。", "福建省", "1例", "湄洲湾北岸"),
        ("region bulletin", "新增确诊病例2例（银川市1例、宁东1例）。", "宁夏回族自治区", "1例", "银川市"),
        # a city's short name outside the region's province, as such a part, is that city
        ("city bulletin", "外市4例（马鞍山1例，武汉3例）。", "合肥市", "3例", "武汉市"),
        # and so is one with its figure in brackets after it, in a comparison of cities (metro news)
        ("city news", "宁波与南宁(74.89万人次)、合肥(72.76万人次)接近。", "宁波市", "74.89万人次", "南宁市"),
        ("city news", "宁波与南宁(74.89万人次)、合肥(72.76万人次)接近。", "宁波市", "72.76万人次", "合肥市"),
        ("city news", "排在前列的还有成都（2.1万个）和西安（1.8万个）。", "杭州市", "1.8万个", "西安市"),
        # a district named bare (城区, 郊区) or a zone by its kind (高新区, 经济开发区), as such a part, is its city's:
        # the city whose figure the list breaks down, else the region's
        ("province bulletin", "晋中市9例（平遥县9例），阳泉市3例（城区2例、郊区1例）。", "山西省", "2例", "阳泉市城区"),
        ("municipality bulletin", "确诊病例中，万州区49例、两江新区12例、高新区1例。", "重庆市", "1例", "重庆市高新区"),
        ("city bulletin", "新增疑似病例29例（其中枣阳4例，襄城3例，高新区1例）。", "襄阳市", "1例", "襄阳市高新区"),
        ("region bulletin", "8.通辽市3例（霍林郭勒市2例、经济开发区1例）", "内蒙古自治区", "1例", "通辽市经济开发区"),
        ("investment bulletin", "全市新签约项目42个，其中涧西区12个、经开区9个。", "洛阳市", "9个", "洛阳市经开区"),
        ("city bulletin", "我市新增病例9例（其中襄城区4例、樊城区3例、高新区2例）。", "湖北省", "2例", "襄阳市高新区"),
        # a zone by an unknown name is as written
        ("province bulletin", "新增确诊病例中，西安市5例、杨凌示范区1例。", "陕西省", "1例", "杨凌示范区"),
        # elsewhere such a word is none
        ("city news", "主城区新增停车位1200个。", "重庆市", "1200个", "重庆市"),
    ],
)
def test_a_place_the_gazetteer_lacks_is_a_lists_part(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre


def test_a_part_by_its_kind_alone_is_coded_as_its_citys_district(claims_of):
    claims = claims_of("晋中市9例（平遥县9例），阳泉市3例（城区2例、郊区1例）。", region="山西省")
    found = [(c["subject"], c["place_code"]) for c in claims if c["mention"] == "2例"]
    assert found == [("阳泉市城区", "140302000000")]


def test_the_same_kind_of_part_in_two_cities_is_two_subjects(claims_of):
    text = "襄阳市新增5例（襄城区4例、高新区1例），宜昌市新增3例（西陵区2例、高新区1例）。"
    subjects = {c["subject"] for c in claims_of(text, region="湖北省") if c["mention"] == "1例"}
    assert subjects == {"襄阳市高新区", "宜昌市高新区"}


def test_the_unknown_part_of_a_list_is_its_own_subject_and_no_metric(claims_of):
    claims = claims_of("新增确诊病例2例（银川市1例、宁东1例）。", region="宁夏回族自治区")
    assert [(c["subject"], c["metric"]) for c in claims][-1] == ("宁东", "确诊病例")


@pytest.mark.parametrize("text", ["其中男性3例、女性2例，重症3例。", "广州市5例、外地来粤人员2例。"])
def test_a_lists_other_parts_are_no_places(claims_of, text):
    assert not {"男性", "女性", "重症", "外地来粤人员"} & {c["subject"] for c in claims_of(text, region="广东省")}


# (genre, text, region, mention, subject): a listed company named by its short name with 股份 opening its clause, and
# one set after its parent's word or its kind (河钢集团旗下上市公司河钢股份有限公司), is the body its figures are about
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        (
            "results news",
            "8月26日，河北大型国有钢企河钢集团旗下上市公司河钢股份有限公司(下称“河钢股份”，000709)发布2020年半年度报告。"
            "今年上半年，河钢股份营业收入504.38亿元，同比减少19.16%。",
            "石家庄市",
            "504.38亿元",
            "河钢股份",
        ),
        ("market news", "今年上半年，通威股份实现净利润12.6亿元。", "成都市", "12.6亿元", "通威股份"),
        ("shareholding notice", "公司持有该公司股份12万股。", "成都市", "12万股", "成都市"),
    ],
)
def test_a_listed_companys_short_name_and_a_name_after_its_kind(genre, text, region, mention, subject):
    claim = next(c for c in extract_claims(text, region=region, date="2020-08-27") if c.mention == mention)
    assert claim.subject == subject, genre


@pytest.mark.parametrize(
    ("text", "region", "names"),
    [
        # a causative verb before 全镇 makes no town 使全镇 (a township's report), nor 其 of 其中 a town 中宗加镇
        ("带领全镇干部群众团结一致，使全镇经济持续发展。", "都兰县", []),
        ("全镇总户数为2823户(其中宗加镇1170户,诺木洪农场1653户)。", "都兰县", ["宗加镇"]),
        # a breakdown by place names the kind of its parts (分苏木镇看, a banner's communiqué), no town
        ("分苏木镇看，巴彦镇20万吨。", "科尔沁左翼中旗", ["巴彦镇"]),
    ],
)
def test_words_before_a_town_suffix_that_name_no_town(text, region, names):
    divisions = gazetteer().find(text, gazetteer().lookup(region))
    assert [m.place.name for m in find_local_places(text, divisions)] == names


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        # a group of bodies or places named in quotes by how many they are: industry news, telecom news
        ("成都、泸州、德阳、宜宾“四大产区”共实现产量312.9万千升。", ["四大产区"]),
        ("水井坊“六朵金花”企业共完成主营业务收入1532亿元，“十朵小金花”企业完成69.3亿元。", ["六朵金花", "十朵小金花"]),
        ("中国移动、中国联通、中国电信“三大运营商”共建成5G基站12.6万个。", ["三大运营商"]),
        # a slogan or a campaign counted so is no group (“十大行动”, “两个确立”, “十个一”)
        ("全市实施“十大行动”，完成投资120亿元。", []),
        ("深刻领悟“两个确立”的决定性意义。", []),
        ("推进“十个一”工程建设。", []),
        # unquoted, a group is named by how many big ones it is (三大运营商), not by a count of them (三家运营商)
        ("三大运营商共建成5G基站12.6万个。", ["三大运营商"]),
        ("三家运营商共建成5G基站12.6万个。", []),
        ("全市实施十大行动，完成投资120亿元。", []),
    ],
)
def test_groups_named_by_how_many_they_are(text, groups):
    assert [m.place.name for m in find_named_groups(text)] == groups


@pytest.mark.parametrize(
    ("text", "region", "events"),
    [
        # an event named with its edition, of a kind that reports figures of its own: a lantern festival, the games
        # (a place right before the edition heads the name), an expo; 本届 and the kind after it is the first named
        (
            "第二十五届自贡国际恐龙灯会盛大开幕。“第25届自贡国际恐龙灯会总结表彰会”举行。本届灯会累计接待观众126万人次。",
            "自贡市",
            ["第二十五届自贡国际恐龙灯会", "第25届自贡国际恐龙灯会", "第二十五届自贡国际恐龙灯会"],
        ),
        ("甘肃省第十三届运动会完成所有比赛，本届运动会共设30个大项。", "甘肃省", ["甘肃省第十三届运动会"] * 2),
        ("首届自贡灯博会签约金额达15.5亿元。", "自贡市", ["首届自贡灯博会"]),
        # a meeting reports no figures of its own; a kind with no edition names no one event; 本届 before any
        ("第三届全市经济工作会议召开。", "自贡市", []),
        ("全市举办灯会12场。", "自贡市", []),
        ("本届灯会累计接待观众126万人次。", "自贡市", []),
    ],
)
def test_events_named_with_their_edition(text, region, events):
    divisions = gazetteer().find(text, gazetteer().lookup(region))
    assert [m.place.name for m in find_events(text, divisions)] == events


@pytest.mark.parametrize(
    ("text", "region", "name"),
    [
        # a place named after its parent is the same place, four characters and all, when written again alone: a
        # county's farming news, a county's tourism news
        (
            "走进建平县榆树林子镇中官村的示范园。\n榆树林子镇中官营子村绿色农业示范园占地3700亩。",
            "建平县",
            "建平县榆树林子镇中官营子村",
        ),
        ("安平县大何庄乡举办民俗节。\n大何庄乡李家村接待游客2万人次。", "安平县", "安平县大何庄乡李家村"),
        # a name right after a verb that takes places as its object starts there (辐射|孤山子村), as after a comma
        ("二期建设完成，辐射孤山子村，占地2000亩。", "建平县", "孤山子村"),
        # and right after a word opening a part (其中暖泉古镇: 其中, then the old town): a city's holiday tourism news
        ("蔚县共接待游客33.2万人次。其中暖泉古镇接待游客2.6万人次。", "张家口市", "暖泉古镇"),
        ("全县新建美丽乡村12个，另外柳河湾村获评示范村。", "安平县", "柳河湾村"),
    ],
)
def test_a_local_name_is_read_whole_where_the_text_shows_its_start(text, region, name):
    assert name in _found(text, region)


@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"),
    [
        # a river basin in the text of a province is the province's part of it, a word of what is measured: a
        # province's water news, a province's environment bulletin; in a national text the basin is the region
        (
            "provincial water news",
            "下达黄河流域耗水指标43.1亿立方米，海河流域地表水指标13.99亿立方米。",
            "山西省",
            {"43.1亿立方米": ("山西省", "黄河流域耗水指标")},
        ),
        (
            "provincial environment bulletin",
            "全省长江流域水质优良断面比例为93.5%。",
            "湖北省",
            {"93.5%": ("湖北省", "长江流域水质优良断面比例")},
        ),
        ("national water bulletin", "长江流域降水量1200毫米。", "中国", {"1200毫米": ("长江流域", "降水量")}),
    ],
)
def test_a_basin_in_a_provinces_text_is_its_part(claims_of, genre, text, region, expected):
    found = {c["mention"]: (c["subject"], c["metric"]) for c in claims_of(text, region=region)}
    assert {mention: found.get(mention) for mention in expected} == expected, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric", "subject"),
    [
        # the place's own scope word before a kind of body (本澳醫院, 本市医院) counts the place's bodies of that kind,
        # no body named (a Macau health statistics release, Traditional; a city health bulletin)
        ("Macau health statistics", "本澳醫院數目增加至5間。", "澳门特别行政区", "5間", "医院数目", "澳门特别行政区"),
        ("city health bulletin", "本市医院共有43家。", "菏泽市", "43家", "医院", "菏泽市"),
    ],
)
def test_a_scope_word_and_a_kind_of_body_name_no_body(claim_of, genre, text, region, mention, metric, subject):
    claim = claim_of(text, mention, region)
    assert (claim["metric"], claim["subject"]) == (metric, subject), genre


# a district's name whose 区 begins 区域 (the old town's area) in a text of another province: no district (a city's
# tourism review, a holiday release)
@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("今年国庆中秋假期,古城区域日接待游客量约30万人次。", "大同市"),
        ("节日期间，古城区域内客流量达12万人次。", "晋中市"),
    ],
)
def test_a_district_name_beginning_a_word_elsewhere_is_no_district(text, region):
    assert "古城区" not in _found(text, region)


# a time right after a province or city opening its clause, before a word ending in a suffix (a province's employment
# news headline, a year review): no town of that time
@pytest.mark.parametrize(
    ("text", "region"),
    [("湖北省上半年城镇新增就业50.64万人", "湖北省"), ("河南省全年城镇新增就业120万人。", "河南省")],
)
def test_a_time_after_a_division_names_no_town(text, region):
    assert not any(name.endswith("镇") for name in _found(text, region))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a name opening its clause before a company head's title, then every place it is written
        ("中华邮政今年6月亏损293亿元，中华邮政董事长王国材今天表示。", ["中华邮政", "中华邮政"]),
        ("昨日，娃哈哈董事长宗馥莉表示，娃哈哈去年新建工厂8家。", ["娃哈哈", "娃哈哈"]),
        # a kind of company, or no proper noun first, names none
        ("该公司董事长张某表示，今年新建工厂8家。", []),
        ("会上，董事长张某表示。", []),
    ],
)
def test_a_company_is_named_by_its_heads_title(text, names):
    assert [m.place.name for m in sorted(find_headed_companies(text, []), key=lambda m: m.start)] == names


@pytest.mark.parametrize(
    ("short", "full", "another"),
    [
        ("南京大学", "南京理工大学", True),
        ("中国银行", "中国工商银行", True),
        ("山东大学", "山东师范大学", True),
        ("北京公安局", "北京市公安局", False),  # only the level's character left out: a short form
        ("博监局", "澳门博彩监察协调局", False),  # no place opening it
        ("贸发局", "香港贸易发展局", False),
    ],
)
def test_a_place_and_a_kind_of_body_names_another_body_than_a_fuller_name(short, full, another):
    from extract.places import another_body_of_the_place

    assert another_body_of_the_place(short, full) is another


# a county made a city or a district (县改市, 县改区) under its former name, as older texts write it: found as that
# division, as written; a short name several districts share makes no former county of one of them
@pytest.mark.parametrize(
    ("written", "code"),
    [("靖西县", "451081000000"), ("长寿县", "500115000000"), ("昆山县", "320583000000")],
)
def test_a_former_county_name_is_its_division(written, code):
    place = gazetteer().lookup(written)
    assert place is not None and (place.name, place.code) == (written, code)


def test_a_shared_short_name_makes_no_former_county():
    assert gazetteer().lookup("鼓楼县") is None


def test_a_texts_region_given_by_its_former_name_is_its_figures_subject(claim_of):
    text = "近年来，靖西县旅游市场发展保持强劲势头。今年以来靖西共接待游客257.01万人次。"
    assert claim_of(text, "257.01万人次", "靖西县")["subject"] == "靖西县"


# a county the text named in full before is that county by its short name too, wherever the text is from: a
# provincial paper's energy feature and a province's epidemic bulletin; a short name that is a word first stays one
@pytest.mark.parametrize(
    ("text", "region", "names"),
    [
        (
            "在昌吉回族自治州木垒哈萨克自治县新建基地。木垒地处风区核心地带,总规模达8058万千瓦。",
            "新疆维吾尔自治区",
            ["昌吉回族自治州", "木垒哈萨克自治县", "木垒哈萨克自治县"],
        ),
        ("郑州市92例(含巩义市8例,巩义核增1例)。", "河南省", ["郑州市", "巩义市", "巩义市"]),
        ("公安县新增2例。公安机关对其立案侦查。", "河南省", ["公安县"]),
    ],
)
def test_a_county_named_in_full_before_is_the_county_by_its_short_name(text, region, names):
    assert [m.place.name for m in gazetteer().find(text, gazetteer().lookup(region))] == names
