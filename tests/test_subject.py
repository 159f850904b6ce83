import os
import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("目前，我市新就业群体约6.7万人。", "约6.7万人", "菏泽市"),
        ("今年以来，巨野县公安局破获传统侵财案件196起。", "196起", "巨野县公安局"),
        ("东明县委社会工作部指导建成惠民服务中心18家。", "18家", "东明县"),
        ("市委社会工作部推动14个部门组建党委。", "14个", "菏泽市"),
        ("定陶区滨河街道今年以来入户走访10余次。", "10余次", "定陶区滨河街道"),
        ("在巨野县龙堍镇，这样的工厂一共有30余家。", "30余家", "巨野县龙堍镇"),
        # the place or organisation right before the figure
        ("据统计，菏泽市有580家行业协会商会。", "580家", "菏泽市"),
        ("我市从“兴荷惠民服务联合会”30家会员单位中选派党建指导员。", "30家", "兴荷惠民服务联合会"),
        ("组织动员全镇39个行政村参与。", "39个", "菏泽市"),
        # the object of a verb or preposition is a setting, not the subject
        ("郓城县聚焦新就业群体。依托党群服务站开展微课堂，建设暖心驿站16处。", "16处", "郓城县"),
        ("巨野县万丰镇改造供水管网。由县供水公司统一供应，受益村民3166户。", "3166户", "巨野县万丰镇"),
        ("我市关爱新就业群体。依托驻荷国企央企成立兴荷惠民服务联合会，建成服务站点2213个。", "2213个", "菏泽市"),
        # where visitors came from or goods reach (涵盖了, 遍及) is no subject of what the event or firm made after
        (
            "我市灯会圆满闭幕。观灯游客涵盖了全国31个省市自治区，实现综合收入8000余万元。",
            "8000余万元",
            "菏泽市",
        ),
        ("我市果品产业壮大。产品遍及全国20多个省份，年销售额12亿元。", "12亿元", "菏泽市"),
        # 在 opening a clause sets the topic
        ("眼下，在定陶区马集镇梁堂村老年服务中心里，50余名老人正在就餐。", "50余名", "定陶区马集镇梁堂村"),
        # 全县 in a story about a county bureau stays with the bureau
        ("今年以来，巨野县公安局重拳出击。全县刑事案件勘查率达到100%。", "100%", "巨野县公安局"),
        # 该企业 points back at the company named before
        ("山东迦勒智能家居有限公司生产床单。该企业已吸引周边300多名村民就业。", "300多名", "山东迦勒智能家居有限公司"),
        # a title names a document, not a subject
        ("东明县制定《东明县社区嵌入式服务设施建设内容清单》，建成服务点115家。", "115家", "东明县"),
        # statistics-bureau style: the city, then a county named as a setting
        ("全市规模以上工业增加值同比增长6.2%。", "6.2%", "菏泽市"),
        ("1-10月，曹县实现地区生产总值312.5亿元，同比增长5.8%。", "312.5亿元", "曹县"),
        # a place opening the figure's own clause; a change in a clause of its own follows its figure
        ("其中，四川省实际使用外资86.2亿美元，河南省新设外资企业526家，同比增长31.7%。", "526家", "河南省"),
        ("其中，四川省实际使用外资86.2亿美元，河南省新设外资企业526家，同比增长31.7%。", "31.7%", "河南省"),
        ("其中，四川省实际使用外资86.2亿美元，河南省新设外资企业526家，同比增长31.7%。", "86.2亿美元", "四川省"),
        # a province's short name stands for it anywhere
        ("重庆已集聚汽车企业300余家。", "300余家", "重庆市"),
        # 全省 / 我省: the province named before, else the region's; 全国 / 我国: the country
        ("我省新增高新技术企业1200家。", "1200家", "山东省"),
        ("全省社会消费品零售总额达到2.6万亿元。", "2.6万亿元", "山东省"),
        ("今年以来，四川省新增企业3万家，全省外贸增长5%。", "5%", "四川省"),
        ("全国规模以上工业增加值同比增长5.8%。", "5.8%", "中国"),
        ("我国出口同比增长3%。", "3%", "中国"),
        # regions above the province are places too, also in a list sharing one 地区
        ("东部地区进出口28.3万亿元。", "28.3万亿元", "东部地区"),
        ("长三角地区进出口总额达11.2万亿元，占全国的36.5%。", "36.5%", "长三角地区"),
        ("前三季度，东部地区工业增加值增长5.8%，东北地区增长3.2%。", "3.2%", "东北地区"),
        ("东部、中部、西部和东北地区投资分别增长5.1%、4.2%、3.3%和2.4%。", "3.3%", "西部地区"),
        # regions inside a province are places too: a statistics release's and a news item's
        ("全年苏南地区生产总值增长5.8%，苏北地区增长6.2%。", "6.2%", "苏北地区"),
        ("苏南、苏中和苏北地区进出口分别增长5.8%、6.0%和6.2%。", "6.0%", "苏中地区"),
        ("记者获悉，关中地区今年完成重点项目投资1000亿元。", "1000亿元", "关中地区"),
        ("苏南5市完成销售面积5782.9万方米，同比增长7.2%。", "7.2%", "苏南5市"),  # its cities counted
        ("苏北人民医院今年接诊患者120万人次。", "120万人次", "苏北人民医院"),
        # a count right after a list of names counts them: none of them is its subject (an airports' news item, an
        # environmental bulletin, a tourism item)
        ("临沧、沧源、文山、泸沽湖、芒市5家机场货邮吞吐量同比增长超过15%。", "5家", "菏泽市"),
        ("全省昆明、曲靖、玉溪3个城市空气质量优良率达到100%。", "3个", "山东省"),
        ("大理、丽江和西双版纳3个州市接待游客超过1亿人次。", "3个", "菏泽市"),
        # the whole a share is of is no subject: the share is the earlier place's
        ("全县电商企业5000多家，约占全市的三分之一。", "三分之一", "菏泽市"),
        ("合肥市汽车产量75.6万辆，占全国的8%。", "8%", "合肥市"),
        # 该镇 is the town, not a base in it
        ("走进临泉县姜寨镇的蔬菜种植基地。今年，该镇新建大棚260座。", "260座", "临泉县姜寨镇"),
    ],
)
def test_subject(claim_of, text, mention, subject):
    claim = claim_of(text, mention)
    assert claim["subject"] == subject


def test_the_papers_own_province_is_no_bureau_that_published_a_report(claim_of):
    # the paper's own 我省 is its province, whatever bureau published the report it quotes (a graduates' report)
    text = (
        "省大学生就业局发布年度报告。报告显示,高校毕业生在我省就业人数正在增加,去年各市共接收我省高校毕业生18.2万多人。"
    )
    assert claim_of(text, "18.2万多人", "辽宁省")["subject"] == "辽宁省"


def test_subject_carries_over_from_the_lead(claims_of):
    text = "成武县提升党建质量\n\n本报讯 连日来，成武县立足新业态，持续提升党建质量。\n\n在8个试点社区有序推进。"
    assert claims_of(text)[0]["subject"] == "成武县"


def test_county_scope_word_resolves_to_the_county_named_before(claims_of):
    claims = claims_of("截至目前，巨野县共投入各类资金6.6亿元，在全县17个镇街建成就业帮扶车间238个。")
    assert {c["subject"] for c in claims} == {"巨野县"}


def test_region_is_inferred_when_not_given(claims_of):
    text = "曹县、单县和定陶区联合开展活动。我市今年新建驿站465处。"
    assert claims_of(text, region=None)[0]["subject"] == "菏泽市"


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # a feed files a city's own bulletin under its province: 我市 is the city its headline names
        ("襄阳新增疑似病例\n2020年1月24日，我市新增疑似病例29例。", "湖北省", "29例", "襄阳市"),
        ("菏泽市召开新闻发布会\n今年我市新增城镇就业5.2万人。", "山东省", "5.2万人", "菏泽市"),
        # with no city of the province named, and in a municipality's text, 我市 stays the region
        ("今年我市新增城镇就业5.2万人。", "山东省", "5.2万人", "山东省"),
        ("武汉市召开新闻发布会\n今年我市新增城镇就业5.2万人。", "北京市", "5.2万人", "北京市"),
    ],
)
def test_wo_shi_in_a_text_filed_under_a_province_is_the_city_it_names(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "subjects"),
    [
        # a part of a breakdown with no place of its own is the whole's, not the bracket's first part's
        (
            "新增疑似病例9例（其中巨野4例，东明3例，郓城1例，外地来菏人员1例）。",
            "菏泽市",
            ["菏泽市", "巨野县", "东明县", "郓城县", "菏泽市"],
        ),
        ("全年新建驿站30处（其中巨野12处，东明8处，其他10处）。", "菏泽市", ["菏泽市", "巨野县", "东明县", "菏泽市"]),
        # a part whose place is written before its verb keeps it
        (
            "新增出院病例5例（遵义市红花岗区新增2例、毕节市大方县新增3例）。",
            "贵州省",
            ["贵州省", "红花岗区", "大方县"],
        ),
        (
            "全年共签约项目12个（遵义市汇川区签约5个，毕节市大方县签约7个）。",
            "贵州省",
            ["贵州省", "汇川区", "大方县"],
        ),
    ],
)
def test_a_breakdowns_part_takes_no_other_parts_place(claims_of, text, region, subjects):
    assert [c["subject"] for c in claims_of(text, region=region)] == subjects


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # the country less a province is a region of its own, not the country nor the province
        (
            "2月8日0—24时，全国除湖北以外地区新增确诊病例509例。全国新增确诊病例2656例。",
            "中国",
            "509例",
            "全国除湖北以外地区",
        ),
        ("2月8日0—24时，全国除湖北以外地区新增确诊病例509例。全国新增确诊病例2656例。", "中国", "2656例", "中国"),
        (
            "湖北以外地区新增病例连降\n2月7日，全国湖北以外地区新增确诊病例558例。",
            "中国",
            "558例",
            "全国除湖北以外地区",
        ),
        ("全国进出口总值增长5%。除广东省外，其他省份进出口增长3%。", "中国", "3%", "全国除广东以外地区"),
        # a headline's 湖北外 before what the bulletin counts; 外出 and 外来 are other words
        ("湖北外新增确诊3例均为境外输入\n\n3月7日，新增报告境外输入确诊病例3例。", None, "3例", "全国除湖北以外地区"),
        ("湖北外出务工人员返岗120万人。", "武汉市", "120万人", "湖北省"),
        # where it qualifies the cases (有…旅居史) the figure stays the reporting place's
        ("新增确诊病例中，5例有湖北以外地区旅居史。", "北京市", "5例", "北京市"),
    ],
)
def test_the_country_less_a_province_is_a_region_of_its_own(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "subjects"),
    [
        # a list's last item with no place of its own is the whole's, not the list's first place's
        (
            "本市累计确诊病例168例。其中东城区3例、西城区17例、外地来京人员24例。",
            "北京市",
            ["北京市", "东城区", "西城区", "北京市"],
        ),
        ("全市新增驿站30处，其中牡丹区12处、曹县8处、市直单位10处。", "菏泽市", ["菏泽市", "牡丹区", "曹县", "菏泽市"]),
        # a figure in a part's own note is that part's; places listed before one figure (各) are its own
        (
            "累计收到港澳台地区通报确诊病例40例：香港特别行政区30例（死亡2例），台湾地区10例（死亡1例）。",
            "中国",
            ["中国", "香港特别行政区", "香港特别行政区", "台湾", "台湾"],
        ),
        (
            "全年新建驿站9处：牡丹区5处（其中新村3处），曹县、单县各2处。",
            "菏泽市",
            ["菏泽市", "牡丹区", "牡丹区", "曹县"],
        ),
    ],
)
def test_a_lists_part_takes_no_other_parts_place(claims_of, text, region, subjects):
    assert [c["subject"] for c in claims_of(text, region=region)] == subjects


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # the body a report is quoted from (据, 根据) is its source, not what the figures are about
        ("据国家卫健委，湖北新增确诊病例126例，新增死亡病例29例。", "湖北省", "29例", "湖北省"),
        ("根据国家统计局数据，今年全省粮食产量增长2.1%，粮食总产量1100亿斤。", "山东省", "1100亿斤", "山东省"),
        # and so is one its data came from (依, according to: Taipei's statistics weekly, a housing-market report)
        (
            "依內政部與國內電信業者合作推估產製之「電信信令人口統計資料」,112年11月臺北市平日日間活動人口數計326.3萬人。",
            "臺北市",
            "326.3萬人",
            "台北市",
        ),
        (
            "依內政部與國內地政機關合作產製之「不動產交易統計資料」,112年臺北市買賣移轉棟數計2.6萬棟。",
            "臺北市",
            "2.6萬棟",
            "台北市",
        ),
        # and a model followed (参照) is not what is built
        ("武汉市参照北京小汤山医院模式，建设面积达2.5万平方米的专门医院。", "湖北省", "2.5万平方米", "武汉市"),
        ("菏泽市借鉴浙江经验，全年建成驿站465处。", "山东省", "465处", "菏泽市"),
    ],
)
def test_a_quoted_source_or_a_model_followed_is_no_subject(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject", "metric"),
    [
        # tourism: the scenic area's visitors are its own, the county's total the county's
        (
            "国庆期间，全县接待游客86.5万人次。其中庐山景区接待游客35.2万人次。",
            "九江市",
            "35.2万人次",
            "庐山景区",
            "游客",
        ),
        # transport: a station's and an airport's passengers, the station's name out of the metric
        ("10月1日，南昌西站发送旅客9.8万人次。", "南昌市", "9.8万人次", "南昌西站", "发送旅客"),
        ("春运首日，杭州站发送旅客10.2万人次。", "杭州市", "10.2万人次", "杭州站", "发送旅客"),
        ("旅客抵达杭州站后，全市接待游客20万人次。", "杭州市", "20万人次", "杭州市", "游客"),
        ("今年1至10月，双流国际机场旅客吞吐量4500万人次。", "成都市", "4500万人次", "双流国际机场", "旅客吞吐量"),
        # the airport the news is from (据…消息) reports its own passengers, after a paper's 讯 naming another city (an
        # airport's holiday news, its summer season)
        (
            "北京商报讯(记者关子辰)10月8日,据三亚凤凰国际机场消息,国庆假期该机场共保障航班2860架次,运送旅客48.6万人次。",
            "三亚市",
            "48.6万人次",
            "三亚凤凰国际机场",
            "运送旅客",
        ),
        (
            "南方日报讯(记者李某)9月2日,据海口美兰国际机场消息,暑运期间共执飞航班3.1万架次,运输货邮3.08万吨。",
            "海口市",
            "3.08万吨",
            "海口美兰国际机场",
            "运输货邮",
        ),
        # a railway bureau by its short name (a holiday transport news, a Spring Festival review)
        (
            "记者从铁路部门获悉,国庆假期国铁郑州局累计发送旅客512万人次,同比增长8.1%。",
            "郑州市",
            "512万人次",
            "中国铁路郑州局集团有限公司",
            "发送旅客",
        ),
        (
            "2025年春运收官,国铁济南局共发送旅客1957.2万人次。",
            "山东省",
            "1957.2万人次",
            "中国铁路济南局集团有限公司",
            "发送旅客",
        ),
    ],
)
def test_scenic_areas_airports_and_stations_are_their_figures_subjects(
    claim_of, text, region, mention, subject, metric
):
    claim = claim_of(text, mention, region)
    assert (claim["subject"], claim["metric"]) == (subject, metric)


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        (
            "hospital release",
            "伊利沙伯医院和广华医院急症室的求诊人次分别下降8%和6.1%,至466和348人次,屯门医院的则下跌1.6%,至590人次。",
            "香港特别行政区",
            "590人次",
            "屯门医院",
        ),
        (
            "county harvest news",
            "单县和曹县的粮食产量分别下降8%和6.1%,至46万吨和34万吨,成武县的则下跌1.6%,至59万吨。",
            "菏泽市",
            "59万吨",
            "成武县",
        ),
    ],
)
def test_the_level_a_change_reached_is_of_what_changed(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        (
            "court work report news",
            "1月10日,省法院院长卫彦明作工作报告时说,2015年全省法院共新收各类案件70.25万件,审执结73.08万件。",
            "河北省",
            "73.08万件",
            "河北省法院",
        ),
        (
            "health press conference",
            "湖北省副省长杨云彦指出，全省开放床位近10万张，武汉市第一批征用了7家定点医院，设置床位3000多张。",
            "湖北省",
            "3000多张",
            "武汉市",
        ),
    ],
)
def test_figures_said_after_the_speaker_go_on_with_the_subject_before_them(
    claim_of, genre, text, region, mention, subject
):
    assert claim_of(text, mention, region)["subject"] == subject, genre


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # a county's work report: the bodies that led or backed the work are no subject to carry
        (
            "在中共盘山县委的坚强领导下，在县人大、县政协的监督支持下，我们认真落实各项要求。"
            "地区生产总值方面，降幅较年初收窄24个百分点。",
            "盘山县",
            "24个百分点",
            "盘山县",
        ),
        # a company's news: its parent's support is no subject of its figures
        ("在中国中车集团的大力支持下，公司全年实现营业收入12亿元。", "株洲市", "12亿元", "株洲市"),
        # …and with no 的, the act of leading written right before 下 (在公安部统一部署下, 在市委领导下): police news, a
        # transport department's news
        (
            "在公安部统一部署下,省公安厅组织全省公安机关开展专案行动,破获案件1245起。",
            "陕西省",
            "1245起",
            "陕西省公安厅",
        ),
        (
            "在交通运输部统一部署下,省交通运输厅开展治超专项行动,全年查处超限车辆3200辆。",
            "陕西省",
            "3200辆",
            "陕西省交通运输厅",
        ),
        # a 在 that sets a place as the clause's topic keeps it
        ("在巨野县龙堍镇，这样的工厂有12家。", "菏泽市", "12家", "巨野县龙堍镇"),
    ],
)
def test_bodies_in_a_frame_of_support_are_no_subject(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # a national environmental bulletin: a region's figures go on in the sentence after it
        ("长三角地区PM2.5平均浓度为46微克/立方米。发生重污染60天次，同比减少58%。", "中国", "58%", "长三角地区"),
        # a national economic release likewise
        ("东部地区规模以上工业增加值增长6.1%。利润总额下降2.3%。", "中国", "2.3%", "东部地区"),
        # in a city's own text the region is still no subject to carry
        ("京津冀地区PM2.5平均浓度为46微克/立方米。全市发生重污染6天。", "保定市", "6天", "保定市"),
    ],
)
def test_a_region_below_the_country_carries_in_the_countrys_own_text(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # places left out of a count, and places visitors come from, listed: none is the subject
        ("从改善幅度看，除太原和济宁外，26个城市完成了改善目标。", "中国", "26个", "中国"),
        ("国庆期间，来自广州、深圳的游客增长12%。", "韶关市", "12%", "韶关市"),
        # a comma written for 、 in the list: a holiday tourism news item and a trade news item
        ("三亚推出特色文旅活动,来自澳大利亚,西班牙的游客增长超过3倍。", "三亚市", "超过3倍", "三亚市"),
        ("全市进口来自德国，日本的机电产品120亿元。", "苏州市", "120亿元", "苏州市"),
        # 除 ending 排除 qualifies nothing: the city's excluded suspects are its own
        ("排除呼伦贝尔市疑似病例1例。", "内蒙古自治区", "1例", "呼伦贝尔市"),
    ],
)
def test_places_left_out_or_listed_after_a_qualifying_word_are_no_subject(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # an aviation bulletin: the places a route goes to are no subject of its traffic
        ("2009年，内地至香港、澳门和台湾地区航线完成旅客吞吐量1166.0万人次。", "中国", "1166.0万人次", "中国"),
        ("全年武汉至北京航线旅客运输量120万人次。", "湖北省", "120万人次", "湖北省"),
        # a rail freight news item: a train service to a foreign city
        ("今年以来，重庆至杜伊斯堡班列开行1200列。", "重庆市", "1200列", "重庆市"),
        # a place that is the subject keeps its figures
        ("香港机场管理局公布，香港全年旅客量7000万人次。", "香港特别行政区", "7000万人次", "香港特别行政区"),
    ],
)
def test_the_places_a_route_goes_to_are_no_subject(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # holiday tourism news: an attraction named after its district, before a verb of receiving visitors
        ("国庆假期，渝中区洪崖洞接待游客14万人次，同比增长8.5%。", "重庆市", "14万人次", "渝中区洪崖洞"),
        ("国庆假期，渝中区洪崖洞接待游客14万人次，同比增长8.5%。", "重庆市", "8.5%", "渝中区洪崖洞"),
        ("南岸区南山等乡村旅游片区接待26.8万人次。", "重庆市", "26.8万人次", "南岸区南山等乡村旅游片区"),
        ("春节期间，黟县宏村吸引游客8万人次。", "黄山市", "8万人次", "黟县宏村"),
        # named as written: a municipality's district by its short name (南川 of 重庆市南川区)
        ("南川金佛山接待游客3.6万人次，同比增长29%。", "重庆市", "3.6万人次", "南川金佛山"),
        # a garden or zoo opening its clause reports its own visitors; visited (游览…) it is where people went
        ("五一期间，南山植物园接待游客1.64万人次。", "重庆市", "1.64万人次", "南山植物园"),
        ("市动物园今年接待游客120万人次。", "重庆市", "120万人次", "重庆市动物园"),
        # so do a theme park, a carnival and a ski resort (a city's holiday tourism news; its visitors' total stays
        # the city's)
        ("其中,哈尔滨冰雪大世界累计到访18.7万人次,同比增长656.7%。", "哈尔滨市", "18.7万人次", "哈尔滨冰雪大世界"),
        ("哈尔滨松花江冰雪嘉年华累计到访8.4万人次。", "哈尔滨市", "8.4万人次", "哈尔滨松花江冰雪嘉年华"),
        ("国庆期间,上海迪士尼乐园接待游客45万人次。", "上海市", "45万人次", "上海迪士尼乐园"),
        ("国庆期间,游客前往上海迪士尼乐园游玩,全市接待游客1000万人次。", "上海市", "1000万人次", "上海市"),
        ("游客游览长江索道景区的人数达20万人次。", "重庆市", "20万人次", "长江索道景区"),
        # a county's report of its own visitors: a sector, a total or a clause between is no attraction
        ("重庆市温泉旅游接待超过37万人次。", "重庆市", "超过37万人次", "重庆市"),
        ("全年渝中区共接待游客120万人次。", "重庆市", "120万人次", "渝中区"),
        ("南川区监测的乡村旅游点接待游客19.55万人次。", "重庆市", "19.55万人次", "南川区"),
        # a holiday's days off between the place and the verb (a city's holiday tourism headline, a Traditional one)
        ("三亚清明小长假共接待游客16.34万人次", "三亚市", "16.34万人次", "三亚市"),
        ("高雄春節長假共接待遊客120萬人次。", "高雄市", "120萬人次", "高雄市"),
        # a county's work report: the county's own figure before 吸引 (招商引资)
        ("今年以来，黟县累计吸引投资12亿元。", "黄山市", "12亿元", "黟县"),
    ],
)
def test_an_attraction_named_after_its_district_is_its_visitors_subject(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


_SPOTS = (
    "黄金周期间,漓江景区共接待游客26.87万人次,同比增长15.52%;芦笛岩景区共接待游客3.42万人次,同比增长11.76%;"
    "两江四湖共接待6.83万人次,同比增长35.52%;银子岩共接待10.29万人次,同比增长22.79%;《印象·刘三姐》共接待7.5万人次;"
    "恭城三庙一馆共接待4.45万人次。"
)


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject", "metric"),
    [
        # a list of spots each opening its clause with a verb of receiving visitors: one named as a spot (景区)
        # makes the others spots too, each its figures' subject; 共 is the verb's (a city's holiday figures)
        ("holiday tourism", _SPOTS, "桂林市", "6.83万人次", "两江四湖", "游客"),
        ("holiday tourism", _SPOTS, "桂林市", "10.29万人次", "银子岩", "游客"),
        ("holiday tourism", _SPOTS, "桂林市", "7.5万人次", "印象·刘三姐", "游客"),
        ("holiday tourism", _SPOTS, "桂林市", "4.45万人次", "恭城三庙一馆", "游客"),
        (
            "province holiday report",
            "春节期间，武陵源景区接待游客12万人次；天门山接待游客8万人次；黄龙洞接待游客3万人次。",
            "张家界市",
            "8万人次",
            "天门山",
            "游客",
        ),
        # a park is a spot in such a list (a city's holiday figures)
        (
            "holiday tourism",
            "清明假期，天涯海角接待3.38万人次；蜈支洲岛接待2.25万人次；亚龙湾森林公园接待1.94万人次；鹿回头接待0.97万人次。",
            "三亚市",
            "0.97万人次",
            "鹿回头",
            "接待",
        ),
        # a ranked list of names each with its visits, one of them named as a spot or a park: each is its figure's
        # subject, also after a figure written in Chinese numerals (a Taiwan paper, a city's holiday figures)
        (
            "county visitor ranking (Traditional)",
            "宜縣二十一處景區二〇二四年遊客數前五名依序為傳藝中心一百萬八千人次、冬山河親水公園六十五萬九千人次、"
            "清水地熱六十四萬四千人次。",
            "宜兰县",
            "六十四萬四千人次",
            "清水地热",
            "景区游客数",
        ),
        (
            "holiday tourism",
            "国庆假期全市各景点接待游客前三名依次为龙门石窟十二万三千人次、白马寺八万六千人次、王城公园五万一千人次。",
            "洛阳市",
            "八万六千人次",
            "白马寺",
            "游客",
        ),
        # no spot named as one: clauses of a county's sectors stay the county's
        (
            "county report",
            "全县乡村旅游接待游客12万人次；民宿接待游客3万人次；农家乐接待游客5万人次。",
            "婺源县",
            "3万人次",
            "婺源县",
            "游客",
        ),
    ],
)
def test_a_list_of_spots_receiving_visitors(claim_of, genre, text, region, mention, subject, metric):
    claim = claim_of(text, mention, region)
    assert (claim["subject"], claim["metric"]) == (subject, metric), genre


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # a category of scenic areas counted is the place's figure, no body of its own
        ("全市共有A级旅游景区45家，其中5A级景区2家。", "南昌市", "2家", "南昌市"),
        ("全省新建民用机场两座，运输机场旅客吞吐量1亿人次。", "江西省", "1亿人次", "江西省"),
    ],
)
def test_kinds_of_scenic_area_and_airport_leave_the_subject_the_places(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # a date after a place is no list part's figure: the place stays the subject
        ("湖北省2019年，地区生产总值4.5万亿元。", "湖北省", "4.5万亿元", "湖北省"),
        ("武汉市3日，新增确诊病例10例。", "湖北省", "10例", "武汉市"),
        # a county short name that is a common word is no figure's part (county_names_that_are_words.txt)
        ("荆州市共出动消防20人、公安15人、医护10人。", "湖北省", "15人", "荆州市"),
        ("菏泽市今年排查隐患30处，其中资源3处。", "山东省", "3处", "菏泽市"),
    ],
)
def test_a_date_after_a_place_and_a_word_that_names_a_county_keep_the_subject(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


def test_short_county_names_of_other_cities_are_words(claims_of):
    # 公安县 (湖北) and 惠民县 (滨州) must not be read into 公安局 / 惠民服务中心
    claims = claims_of("东明县建成惠民服务中心18家，公安机关破获案件12起。")
    assert all(c["subject"] == "东明县" for c in claims)


def test_a_village_named_again_is_the_one_named_in_full(claims_of):
    text = "近日，定陶区天中街道王洪庙村开展活动。\n\n王洪庙村共有560户。"
    claim = next(c for c in claims_of(text) if c["mention"] == "560户")
    assert claim["subject"] == "定陶区天中街道王洪庙村"


def test_short_and_full_names_of_one_organisation_are_one(claims_of):
    text = "定陶公安分局打击网络谣言\n\n本报讯 市公安局定陶分局共侦办案件35起。\n\n专项行动以来，共发表宣传稿件168篇。"
    subjects = {c["mention"]: c["subject"] for c in claims_of(text)}
    assert subjects == {"35起": "菏泽市公安局定陶分局", "168篇": "菏泽市公安局定陶分局"}


def test_a_headline_figure_takes_the_subject_of_its_lead(claims_of):
    text = "侦办谣言类案件35起\n\n本报讯 近日，巨野县公安局共侦办谣言类案件35起。"
    assert [c["subject"] for c in claims_of(text)] == ["巨野县公安局", "巨野县公安局"]


def test_no_region_is_inferred_when_two_cities_are_named_as_often(claims_of):
    text = "全市战略性新兴产业产值占比56.3%。成都高新区营业收入增长7.8%。合肥市新能源汽车产量75.6万辆。"
    claims = {c["mention"]: c["subject"] for c in claims_of(text, region=None)}
    assert claims["7.8%"] == "成都市高新区" and claims["75.6万辆"] == "合肥市"
    assert claims["56.3%"] is None  # 全市 of which city? not guessed


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("江苏省、浙江省分别实现地区生产总值9.6万亿元和6.1万亿元。", ["江苏省", "浙江省"]),
        ("广东、江苏、浙江三省外贸进出口分别达到6.5万亿元、4.2万亿元和3.9万亿元。", ["广东省", "江苏省", "浙江省"]),
        # every list of as many figures after 分别 is shared out the same way
        (
            "山东省和河南省粮食产量分别为1100亿斤、1330亿斤，同比分别增长1.2%、0.8%。",
            ["山东省", "河南省", "山东省", "河南省"],
        ),
        # without 分别 nothing is shared out: a total of the listed places is theirs together, not the first's
        ("江苏省、浙江省合计实现地区生产总值15.7万亿元。", ["江苏省、浙江省"]),
        # with a list of another length, nothing is shared out
        ("曹县和单县分别新建驿站3处、5处和7处。", ["曹县", "曹县", "曹县"]),
        # a short name declared in brackets after an item is no item of its own (a bank results roundup, a port news)
        (
            "威海市商业银行(下称“威海银行”)、日照银行、潍坊银行总资产分别为3918.77亿元、3284.62亿元、2685.63亿元。",
            ["威海市商业银行", "日照银行", "潍坊银行"],
        ),
        (
            "青岛港集团(以下简称“青岛港”)、日照港集团、烟台港集团分别完成货物吞吐量7.1亿吨、5.9亿吨和4.8亿吨。",
            ["青岛港集团", "日照港集团", "烟台港集团"],
        ),
    ],
)
def test_places_listed_before_fenbie_are_the_subjects_of_the_figures_listed_after(claims_of, text, subjects):
    assert [c["subject"] for c in claims_of(text)] == subjects


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [("全国重点实验室达到17家，荣获国家科学技术奖20项。", "天津市", "17家", "天津市"),
     ("农村产权交易所交易额跃升全国首位。800个经济薄弱村扶持工作圆满收官。", "天津市", "800个", "天津市"),
     ("全国粮食产量达到1.39万亿斤。", "天津市", "1.39万亿斤", "中国")],
)  # fmt: skip
def test_national_only_where_the_country_is_meant(claim_of, text, region, mention, subject):
    claim = claim_of(text, mention, region)
    assert claim["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "mention"),
    [("举办京津冀党政主要领导座谈会。中国资源循环集团总部落户天津。市场化引进新设机构1981家。", "天津市", "1981家"),
     ("宁河区入选联合国“生物多样性魅力城市”。全年改造燃气管网723公里。", "天津市", "723公里"),
     ("推进京津冀协同发展。全年新增就业岗位30万个。", "天津市", "30万个")],
)  # fmt: skip
def test_a_body_or_region_named_once_in_passing_does_not_carry(claims_of, text, region, mention):
    report = "一年来工作回顾\n\n过去一年，全市经济运行稳中有进。\n\n" + text  # a paragraph of a work report
    claim = next(c for c in claims_of(report, region=region) if c["mention"] == mention)
    assert claim["subject"] == region


def test_the_articles_topic_carries_to_later_paragraphs(claims_of):
    text = (
        "坪坦乡旅游\n\n通道县坪坦乡位于县城西南。\n\n全乡总面积146平方公里，总人口2.04万人。\n\n去年接待游客108万人次。"
    )
    subjects = {c["mention"]: c["subject"] for c in claims_of(text, region="长沙市")}
    assert subjects["108万人次"].endswith("坪坦乡")


@pytest.mark.parametrize(
    ("text", "mention", "topic"),
    [
        # a feature about a town: a village named in one paragraph does not take the next one's figures
        ("果园镇：田汉故里，约你来相会\n\n长沙县果园镇位于县境中部。\n\n文旅融合：浔龙河村以生态艺术为主题，"
         "浔龙河村建成民宿。\n\n产业发展：2018年累计接待游客265.8万人次。", "265.8万人次", "长沙县果园镇"),
        # nor does the county or province around it, named in passing
        ("文家市镇：红色小镇\n\n浏阳市文家市镇地处湘赣边界。\n\n品牌影响：获评湖南省经典文化村镇，湖南省委在此举办大会。"
         "\n\n产业发展：2018年接待游客超过500万人次。", "超过500万人次", "浏阳市文家市镇"),
    ],
)  # fmt: skip
def test_places_inside_or_around_the_topic_carry_to_the_end_of_their_paragraph(claim_of, text, mention, topic):
    claim = claim_of(text, mention, "长沙市")
    assert claim["subject"] == topic


def test_within_its_paragraph_a_village_still_carries(claims_of):
    text = "果园镇旅游\n\n长沙县果园镇位于县境中部。\n\n浔龙河村建成民宿。全村接待游客20万人次。"
    claim = next(c for c in claims_of(text, region="长沙市") if c["mention"] == "20万人次")
    assert claim["subject"] == "长沙县果园镇浔龙河村"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # a chain of places names the last one, with its parents in front
        ("怀化市通道县坪坦乡有侗寨3个。", "3个", "通道县坪坦乡"),
        ("山东省菏泽市新建驿站465处。", "465处", "菏泽市"),
        # a district a city runs that the division table does not list
        ("怀化市洪江区现有文化旅游企业30余家。", "30余家", "怀化市洪江区"),
        # an autonomous prefecture written long or short inside a body's name: one body, named as
        # the text first writes it
        (
            "湘西自治州人民医院是三甲医院。湘西土家族苗族自治州人民医院去年接诊52万人次。",
            "52万人次",
            "湘西自治州人民医院",
        ),
        ("湘西州人民医院是三甲医院。湘西自治州人民医院去年接诊52万人次。", "52万人次", "湘西州人民医院"),
    ],
)
def test_subjects_named_in_chains_and_unlisted_districts(claim_of, text, mention, subject):
    claim = claim_of(text, mention, "长沙市")
    assert claim["subject"] == subject


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        (
            "court news",
            "他曾任湘西州人民医院（下文简称“州医院”）院长。\n\n医院负责人被判刑\n\n州医院去年药品采购额达2500万元。",
            "湘西土家族苗族自治州",
            "2500万元",
            "湘西州人民医院",
        ),
        # 下称 declares a short name as 简称 does (a news agency's railway summer figures)
        (
            "railway news",
            "据中国国家铁路集团有限公司(下称“国铁集团”)消息,国铁集团日均开行旅客列车10905列。",
            "中国",
            "10905列",
            "中国国家铁路集团有限公司",
        ),
    ],
)
def test_a_declared_short_name_stands_for_the_full_one(claims_of, genre, text, region, mention, subject):
    claim = next(c for c in claims_of(text, region=region) if c["mention"] == mention)
    assert claim["subject"] == subject, genre


_CARMAKER_STORY = (
    "蔚来汽车回应合肥工厂暂停生产\n\n蔚来汽车位于合肥的整车工厂暂停生产。蔚来汽车方面就此回应称，消息属实。"
    "10月蔚来汽车共交付了10059辆汽车。蔚来汽车累计交付量达到25.96万辆。蔚来汽车表示，影响了当月的新车交付。\n\n"
)
_PORT_STORY = (
    "山东港口青岛港集团吞吐量创新高\n\n青岛港集团全年完成货物吞吐量6.8亿吨。青岛港集团集装箱航线达到220条。"
    "青岛港集团新开航线15条。青岛港集团表示，青岛港集团将继续拓展航线。\n\n"
)
_HOSPITAL_STORY = (
    "医院院长受贿案宣判\n\n"
    "他曾担任湘西州人民医院院长。州人民医院是当地名院，该院药品采购由院长决定。\n\n"
    "院长把持采购权\n\n"
    "湘西州人民医院院长收受他人财物。湖南某医药公司业务员送去鱼苗。业务员分两次花了1.5万元。\n\n"
    "州人民医院的问题\n\n"
    "州人民医院的两名负责人被判刑。州人民医院整改。二人共计收受135万余元。"
)


@pytest.mark.parametrize(("mention", "subject"), [("1.5万元", "湘西州人民医院"), ("135万余元", "湘西州人民医院")])
def test_a_story_about_one_body_gives_it_the_figures_with_no_subject_of_their_own(claims_of, mention, subject):
    claims = claims_of(_HOSPITAL_STORY, region="湘西土家族苗族自治州")
    assert next(c for c in claims if c["mention"] == mention)["subject"] == subject


def test_a_body_named_a_few_times_on_a_page_does_not_take_over(claims_of):
    text = (
        "采摘园里采摘忙\n\n定陶区瑞丁采摘园种植西红柿。瑞丁采摘园每天接待游客。瑞丁采摘园扩建。\n\n"
        "今年以来，定陶区马集镇鑫飞速冻公司收购菠菜。该公司按保护价收购。一亩地能收获8000余斤。"
    )
    claim = next(c for c in claims_of(text) if c["mention"] == "8000余斤")
    assert claim["subject"] == "定陶区马集镇鑫飞速冻公司"


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # the body that reports is the source of the figures after its colon, not their subject
        ("单县人民医院院长落马，单县人民医院整改\n\n菏泽市中院查明：他共收受135万余元。", "135万余元", "单县人民医院"),
        ("巨野县万丰镇改造管网。\n\n县水务局介绍：全镇受益村民3166户。", "3166户", "巨野县万丰镇"),
        # a court before the cases it rules on is their subject, named in full (the guideline's canonical name)
        ("湘西自治州中院对黄某受贿两案进行宣判。", "两案", "湘西土家族苗族自治州中级人民法院"),
        # a body that publishes a report is its source: the figures are the region's
        ("县防汛抗旱指挥部通报旱情\n\n入夏以来，全县农作物受旱面积达18.6万亩。", "18.6万亩", "菏泽市"),
        # a body inside a 自…以来 time phrase sets when, and is no subject
        ("自2023年12月公安部开展专项行动以来，巨野县公安局破获案件196起。\n\n其中刑事案件2起。", "2起", "巨野县公安局"),
    ],
)  # fmt: skip
def test_bodies_that_report_publish_or_set_the_time_are_sources_not_subjects(claim_of, text, mention, subject):
    claim = claim_of(text, mention)
    assert claim["subject"] == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # a facility named only by what it is belongs to the owner named before it
        ("某公司在该镇建成水稻种植基地2万亩。", "2万亩", "某公司"),
        ("山东某农业公司流转土地。公司建成蔬菜种植基地500亩。", "500亩", "山东某农业公司"),
        # a facility with a name of its own is its own subject
        ("定陶区黄店镇瑞丁采摘园种植西红柿，瑞丁采摘园多的时候能采摘1000斤。", "1000斤", "定陶区黄店镇瑞丁采摘园"),
        # 全市 after a county-level city named in its own sentence is that city
        ("洪湖市被评为先进市，全市建成高标准农田12万亩。", "12万亩", "洪湖市"),
        ("郓城县建成驿站16处。全市共建成驿站465处。", "465处", "菏泽市"),
    ],
)  # fmt: skip
def test_facilities_belong_to_their_owner_and_quan_shi_to_the_city_just_named(claim_of, text, mention, subject):
    claim = claim_of(text, mention)
    assert claim["subject"] == subject


def test_a_short_organisation_name_is_the_fuller_name_named_most_whatever_the_hash_seed(tmp_path):
    # two fuller names of 县政协 as long as each other: the one the article names more wins, in every
    # process (the choice once followed a set's order, which changes with PYTHONHASHSEED)
    program = (
        "from extract.pipeline import extract_claims\n"
        "text = '巨野县政协召开全会。巨野县政协主席讲话。成武县政协派员列席。县政协现有委员121名。'\n"
        "print(next(c.subject for c in extract_claims(text, region='菏泽市') if c.mention == '121名'))\n"
    )
    for seed in ("0", "1", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = [sys.executable, "-c", program]
        out = subprocess.run(run, env=env, cwd=tmp_path, capture_output=True, text=True, check=True)
        assert out.stdout.strip() == "巨野县政协", seed


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # a national paper or bulletin: --region 中国 is the country, so figures with no place are China's
        ("据统计，年内已有2248只基金实施分红。", "中国", "2248只", "中国"),
        ("卫生部监测显示，基本药物价格平均下降三成，共监测机构65个。", "全国", "65个", "中国"),
        ("全国规模以上工业企业实现利润总额4.2万亿元。", "中国", "4.2万亿元", "中国"),
    ],
)
def test_the_country_as_the_region(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # an expert's affiliation is who comments, never the subject, and it does not carry
        (
            "新办法推开后药价明显下降。北京某大学医药研究中心研究员王某介绍，全国已有13个省完成招标。",
            "中国",
            "13个",
            "中国",
        ),
        ("宁波某证券首席经济学家李某表示，全年出口增速有望达到5%。", "宁波市", "5%", "宁波市"),
        (
            "“目录与常用药物目录并不一样。”武汉某大学教授张某解释。\n\n研究发现，各地增补的化学药共2366种。",
            "中国",
            "2366种",
            "中国",
        ),
    ],
)
def test_a_quoted_experts_affiliation_is_no_subject(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # an official speaks for the body named before the title: a quoted figure is that body's
        ("“全部达产后年产值能达到2000万元。”曹县某服饰有限公司生产负责人王某说。", "2000万元", "曹县某服饰有限公司"),
        ("“今年镇里新修道路3.5公里。”单县龙王庙镇副镇长刘某说。", "3.5公里", "单县龙王庙镇"),
        # a place in the figure's own sentence comes first
        ("曹县今年培训主播1000余名。”曹县电商协会会长王某说。", "1000余名", "曹县"),
    ],
)
def test_a_quoted_figure_is_the_speakers_body(claim_of, text, mention, subject):
    assert claim_of(text, mention)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # a place the article names once is its own sentence's subject, not the next paragraph's
        (
            "各地增补药物\n\n国家目录遴选了307种药物。\n\n据了解，各地都增补了药品，其中上海增补的种类最多，"
            "达到381种。\n\n研究发现，增补的中成药共1447种。",
            "中国",
            "1447种",
            "中国",
        ),
        (
            "全市推进旧村改造\n\n据了解，今年全市已完成改造。其中，巨野县改造村庄12个。\n\n改造后，受益群众达3.5万人。",
            "菏泽市",
            "3.5万人",
            "菏泽市",
        ),
        # a body the story keeps naming carries on (a farm in the quote after it was introduced)
        (
            "黄店镇发展特色种植\n\n本报讯 近年来，定陶区黄店镇立足特色做文章。\n\n"
            "据了解，瑞丁采摘园占地面积50亩，瑞丁采摘园年收益可达15万元。\n\n“每隔两三天就能采摘1000斤。”",
            "菏泽市",
            "1000斤",
            "瑞丁采摘园",
        ),
        # a digest's numbered items are stories of their own: nothing carries into the next one
        (
            "财经早餐\n\n1、交通银行8月23日召开会议，交通银行宣布新任命。\n\n2、今年以来共有2248只基金实施分红。",
            "中国",
            "2248只",
            "中国",
        ),
        (
            "县域快讯\n\n1、单县今年新建驿站12处，单县驿站服务群众1万人次。\n\n2、全年共举办招聘会30场。",
            "菏泽市",
            "30场",
            "菏泽市",
        ),
    ],
)
def test_a_place_named_in_passing_does_not_carry(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # the lead names its topic in its opening sentence; a place further in, named once, is a setting
        (
            "307种药够用吗\n\n国家基本药物目录遴选了307种药物。在广西南宁市那桐镇，医生说药不够用。\n\n"
            "调查显示，19个省增补了目录。",
            "中国",
            "19个",
            "中国",
        ),
        (
            "成武县提升党建质量\n\n本报讯 连日来，成武县立足新业态，持续提升党建质量。\n\n在8个试点社区有序推进。",
            "菏泽市",
            "8个",
            "成武县",
        ),
    ],
)
def test_an_articles_topic_is_named_in_its_opening(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # an ordinary word ending in a town's suffix names no town
        ("改善投资环境，让青年返乡就业，吸引2253家厂商投资。", "台南市", "2253家", "台南市"),
        ("驻村工作队帮助村民人均增收3000元。", "菏泽市", "3000元", "菏泽市"),
        # 全国 in a rank (率全国之先) is no figure of the country
        ("率全国之先，全市客房数增加至11349间。", "台南市", "11349间", "台南市"),
        # a market-wide class of companies is no organisation: the figure is the market's region's
        ("拟进行中期分红的A股上市公司超过370家。", "中国", "超过370家", "中国"),
        ("今年以来，电子行业上市公司合计实现净利润超263亿元。", "中国", "超263亿元", "中国"),
        # the people's courts with no place named, at two levels, are the place's (IP enforcement news, a court report)
        ("今年以来，银川市查处侵权假冒案件904起；两级人民法院共受理商标权纠纷212件。", "银川市", "212件", "银川市"),
        ("2022年，全市两级法院共审结案件3.2万件。", "菏泽市", "3.2万件", "菏泽市"),
        # sources a breakdown names by where orders or visitors came from are no subjects, on to its last part past
        # semicolons (Taiwan's export orders; a city's inbound tourism), nor a country before the orders it placed
        (
            "主要訂單來源地區，以美國二八四．五億美元居冠；其次是東協一三五．八億美元；日本二十九．九億美元。",
            "台湾",
            "二十九．九億美元",
            "台湾",
        ),
        ("美國訂單逾284億美元居冠", "台湾", "逾284億美元", "台湾"),
        ("入境游客来源地中，以韩国最多，达12万人次；其次是日本，8万人次；美国3万人次。", "青岛市", "3万人次", "青岛市"),
        # exchanges and the central bank by their short names
        ("截至8月23日，深市已有127家公司披露业绩。", "中国", "127家", "深圳证券交易所"),
        ("北交所累计终止上市审核项目199个。", "中国", "199个", "北京证券交易所"),
        # an exchange's main board is a segment a region's companies are counted by (a province's listed firms, a
        # city's), no body
        ("从87家企业所在的板块来看，沪市主板32家、深市主板26家、创业板16家。", "辽宁省", "16家", "辽宁省"),
        ("全市上市公司中，深市主板12家。", "大连市", "12家", "大连市"),
        ("央行本周开展逆回购操作5000亿元。", "中国", "5000亿元", "中国人民银行"),
        # a statistics office reports its place's figures
        ("洛阳市统计局发布，全年粮食产量达到241.5万吨。", "洛阳市", "241.5万吨", "洛阳市"),
        ("据国家统计局数据，全国规模以上工业增加值增长5.8%。", "中国", "5.8%", "中国"),
    ],
)
def test_words_that_name_no_place_or_name_a_body_by_its_short_name(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


# Taiwan's name is usage, no division's title: its figures take the form the region was given in (台湾地区, as
# mainland papers write it; 臺灣 or 台湾 -> 台湾), whether the text names it (全臺, 臺灣) or not at all
@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        ("全臺出生數1萬人，較上月減少5%。", "台湾地区", "1萬人", "台湾地区"),
        ("臺灣失業率為3.4%。", "台湾地区", "3.4%", "台湾地区"),
        ("零售業營業額3,500億元。", "台湾地区", "3,500億元", "台湾地区"),
        ("全臺出生數1萬人。", "臺灣", "1萬人", "台湾"),
        ("臺中市出生1000人。", "台湾地区", "1000人", "台中市"),
    ],
)
def test_taiwan_is_named_as_the_region_was_given(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # a state-owned or listed enterprise by the short name business news gives it: its figures, not China's
        ("中国移动公告，拟派发中期股息合计超过500亿元。", "中国", "超过500亿元", "中国移动"),
        ("上半年中石化实现营业收入1.6万亿元。", "中国", "1.6万亿元", "中国石化"),
        ("国家电网今年电网投资将超过5000亿元。", "中国", "超过5000亿元", "国家电网"),
        ("中国建筑新签合同额4.3万亿元，同比增长10.8%。", "北京市", "4.3万亿元", "中国建筑"),
        ("中国人寿实现总保费6400亿元。", "中国", "6400亿元", "中国人寿"),
        # car makers and internet companies by the names their monthly deliveries and results are reported under
        ("主流造车新势力公布10月交付数据，其中蔚来共交付新车5055台。", "中国", "5055台", "蔚来汽车"),
        ("小鹏汽车10月总交付量为3040台，同比增长229%。", "中国", "3040台", "小鹏汽车"),
        ("腾讯第三季度营收1405亿元。", "中国", "1405亿元", "腾讯控股"),
        # a short name that is a word first is the company only with the word that makes it so
        ("实现理想汽车梦的家庭有1200户。", "中国", "1200户", "中国"),
        ("京东超级体验店营业面积达5万平方米。", "天津市", "5万平方米", "天津市"),
        # the same characters as 中国 and a noun: China's figure
        ("中国移动互联网用户规模达10.9亿人。", "中国", "10.9亿人", "中国"),
        ("去年中国石油消费量增长5.1%。", "中国", "5.1%", "中国"),
        ("中国建筑业总产值增长5.8%。", "中国", "5.8%", "中国"),
        ("中国人寿命预期达到78.6岁。", "中国", "78.6岁", "中国"),
        # Hong Kong's and Taiwan's listed companies by their short names, in either script
        ("港鐵今日公布去年業績，總收入按年升2.5%。", "香港特别行政区", "2.5%", "港铁公司"),
        ("台積電第3季營收7596億元。", "台湾", "7596億元", "台积电"),
        # 港铁站 is a station of the network
        ("港铁站内设有自动售票机120台。", "香港特别行政区", "120台", "香港特别行政区"),
        # a port named after its gulf, not a division (北部湾港), in a port's news and a regional economy report;
        # the group of ports is a group of its own (region_group_nouns.txt), no port
        ("北部湾港口吞吐量实现逆势增长，1-2月完成货物总吞吐量4287万吨。", "广西壮族自治区", "4287万吨", "北部湾港"),
        ("全年北部湾港完成集装箱吞吐量700万标箱。", "南宁市", "700万标箱", "北部湾港"),
        ("北部湾港口群建设投资120亿元。", "广西壮族自治区", "120亿元", "北部湾港口群"),
        # a fire and rescue or traffic police unit reports its own work
        ("今年以来，市消防救援支队共接警出动1.8万起。", "株洲市", "1.8万起", "株洲市消防救援支队"),
        ("区交警大队查处酒驾违法行为120起。", "历城区", "120起", "历城区交警大队"),
    ],
)
def test_enterprises_and_units_named_by_their_short_name_or_suffix(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # a place that says where people come from, go or have been qualifies a noun: no subject
        ("来自广州的游客增长12%。", "广东省", "12%", "广东省"),
        ("赴港旅客数量下降30%。", "上海市", "30%", "上海市"),
        ("有武汉旅居史的人员达到300人。", "北京市", "300人", "北京市"),
        # a hospital opening its clause is the subject of its own figures
        ("海河医院累计收治患者120名。", "天津市", "120名", "海河医院"),
        # a place inside another written with 的 between them (呼伦贝尔市的额尔古纳市) names the inner one, with its
        # figure after the metric
        ("其中呼伦贝尔市的额尔古纳市新增疑似病例1例。", "内蒙古自治区", "1例", "额尔古纳市"),
        ("据海关统计，发往欧洲的货物达到1.2万吨。", "宁波市", "1.2万吨", "宁波市"),
        # a place's spirit, experience or model held up in a report names the place only: no subject, none carried
        ("大力弘扬新时代贵州精神，牢牢守住三条底线。地区生产总值增长9%。", "六盘水市", "9%", "六盘水市"),
        ("推广浙江经验，全县新建示范点12个。", "开化县", "12个", "开化县"),
        # examples of what a count counts, listed before 等, are counted, not its subject
        ("适港产业提质升级，某某装备制造基地码头二期等10个项目完工。", "天津市", "10个", "天津市"),
        ("北方华创、三环集团等7家公司净利润超10亿元。", "中国", "7家", "中国"),
        # the neighbours a profile's borders run along are no subject of its figures, nor carried: a town's yearbook
        # entry, a county's profile
        (
            "富乐镇位于罗平县最北端,东临富源县富村镇;西至麒麟区东山镇;北与富源县竹园镇接壤。距县城97千米,全镇有耕地面积"
            "35304亩。",
            "罗平县",
            "35304亩",
            "富乐镇",
        ),
        (
            "德江县地处贵州东北部，东与印江县毗邻，西与凤冈县交界，北与沿河县相邻。全县总面积2072平方公里。",
            "铜仁市",
            "2072平方公里",
            "德江县",
        ),
    ],
)
def test_places_that_qualify_a_noun_and_examples_are_no_subjects(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("genre", "text", "region", "subjects"),
    [
        # a word saying what kind of figure each part is stands between the place and its figure: a province's
        # bulletin, and a province's jobs news
        (
            "province bulletin",
            "湖北省新增病例1291例（武汉市新增892例、黄石市新增17例，神农架林区首发1例）。",
            "湖北省",
            ["湖北省", "武汉市", "黄石市", "神农架林区"],
        ),
        (
            "province bulletin",
            "全省新增确诊病例25例，其中孝感市首次发现22例、仙桃市首次发现3例。",
            "湖北省",
            ["湖北省", "孝感市", "仙桃市"],
        ),
        (
            "jobs news",
            "全省城镇新增就业12万人，其中长沙市新增3万人、株洲市新增1万人。",
            "湖南省",
            ["湖南省", "长沙市", "株洲市"],
        ),
    ],
)
def test_a_parts_kind_word_between_its_place_and_its_figure_keeps_the_place(claims_of, genre, text, region, subjects):
    assert [c["subject"] for c in claims_of(text, region=region)] == subjects, genre


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # the county-level cities a province governs itself, by their short names in its own news
        ("全省新增确诊病例50例，其中潜江新增2例。", "湖北省", "2例", "潜江市"),
        ("济源示范区新增确诊病例1例。", "河南省", "1例", "济源市"),
    ],
)
def test_a_county_level_city_the_province_governs_is_named_short_in_its_news(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "subjects"),
    [
        # a total to the province, each part to its city, and a figure after the list back to the province
        (
            "截至2月1日24时，全省累计报告确诊病例725人。其中，广州市179人，深圳市245人。现有疑似病例100人。",
            "广东省",
            ["广东省", "广州市", "深圳市", "广东省"],
        ),
        # a place in brackets after a figure is that figure's subject
        (
            "全省新增确诊病例12人（广州3人、深圳9人），累计报告950人。",
            "广东省",
            ["广东省", "广州市", "深圳市", "广东省"],
        ),
        # and with a verb between the place and its figure (a revision, a report); a country there is where the cases
        # came from, and a place a case was transferred in from is no subject either
        (
            "截至2月9日24时，浙江省累计报告确诊病例1092例（杭州市核减12例），累计出院201例。",
            "浙江省",
            ["浙江省", "杭州市", "浙江省"],
        ),
        (
            "3月18日0-24时，黑龙江省新增确诊病例1例（哈尔滨报告境外输入确诊病例1例）。",
            "黑龙江省",
            ["黑龙江省", "哈尔滨市"],
        ),
        (
            "18日当天全省新增境外输入确诊病例7例，其中广州5例（英国、菲律宾各输入2例、法国输入1例），深圳2例。",
            "广东省",
            ["广东省", "广州市", "广州市", "广州市", "深圳市"],
        ),
        ("确诊病例中，沈阳市17例（铁岭市转入1例）、大连市11例。", "辽宁省", ["沈阳市", "沈阳市", "大连市"]),
        # a communiqué: counties' shares of a city total, then the city again
        (
            "全市粮食产量241.5万吨。其中，嵩县28.3万吨，汝阳县25.1万吨。全年造林面积1.2万公顷。",
            "洛阳市",
            ["洛阳市", "嵩县", "汝阳县", "洛阳市"],
        ),
    ],
)
def test_lists_of_places_give_each_part_its_place_and_carry_nothing(claims_of, text, region, subjects):
    assert [c["subject"] for c in claims_of(text, region=region)] == subjects


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # a part singled out by 其中 is its own sentence's subject only
        (
            "各地都增补了药品，其中上海增补的种类最多，达到381种。实际上，300多种药物能满足需求。",
            "中国",
            "300多种",
            "中国",
        ),
        (
            "全县新建驿站40处，其中单县新建12处。全年共服务群众1万人次。",
            "菏泽市",
            "1万人次",
            "菏泽市",
        ),
        # a body a feature opens with, named once, stays in its paragraph
        (
            "307种药够用吗\n\n国家目录遴选了307种药物。在南宁市某镇中心卫生院，医生说药不够用。\n\n"
            "研究发现，19个省增补了目录。",
            "中国",
            "19个",
            "中国",
        ),
        # a paragraph opening with 其中 gives parts of the body's figure before it
        ("巨野县公安局破获案件196起。\n\n其中刑事案件2起。", "菏泽市", "2起", "巨野县公安局"),
        # 全州 is an autonomous prefecture's own text's region, as 全市 is a city's
        (
            "全州地区生产总值1329.65亿元，比上年增长4.0%。",
            "黔东南苗族侗族自治州",
            "1329.65亿元",
            "黔东南苗族侗族自治州",
        ),
    ],
)
def test_parts_and_passing_bodies_carry_nothing(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # 该省 / 该镇 point at a place of their own paragraph, not one named a paragraph before
        (
            "各地增补了药品，其中上海增补最多。\n\n研究发现，很多药品都是该省独有的，频度为1的药品占了43%。",
            "中国",
            "43%",
            "中国",
        ),
        (
            "临泉县姜寨镇发展蔬菜。\n\n走进姜寨镇的种植基地，今年该镇新建大棚260座。",
            "阜阳市",
            "260座",
            "临泉县姜寨镇",
        ),
    ],
)
def test_that_place_words_point_within_their_paragraph(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject", "metric"),
    [
        # a body's own work report: 本院/我院/我局 are the body, and no part of what is counted
        (
            "洛阳市中级人民法院工作报告\n\n过去一年，本院共受理各类案件12000件。全院干警加班加点，我院结案率达到95.8%。",
            "95.8%",
            "洛阳市中级人民法院",
            "结案率",
        ),
        ("洛阳市公安局2023年工作总结\n\n一年来，我局共破获刑事案件3200起。", "3200起", "洛阳市公安局", "刑事案件"),
        ("洛阳银行年度报告\n\n报告期内，我行实现营业收入48.6亿元。", "48.6亿元", "洛阳银行", "营业收入"),
    ],
)
def test_a_bodys_own_report_speaks_of_itself(claim_of, text, mention, subject, metric):
    claim = claim_of(text, mention, "洛阳市")
    assert (claim["subject"], claim["metric"]) == (subject, metric)


# (genre, text, region, mention, subject, metric): a group's companies named by its short name and their line of
# business report their own figures, in a text that names the group
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject", "metric"),
    [
        (
            "insurers' premiums",
            "中国平安原保费收入3590.67亿元。中国平安公告显示,平安产险前三季度原保费为1274.2亿元,平安寿险原保费为2184.9亿元。",
            "中国",
            "2184.9亿元",
            "平安寿险",
            "原保费",
        ),
        (
            "insurers' premiums, listed together",
            "中国太保原保费收入1888.3亿元。中国太保公告显示,太保寿险、太保产险前三季度累计原保险业务收入分别为1173.35亿元、"
            "714.95亿元。",
            "中国",
            "714.95亿元",
            "太保产险",
            "原保险业务收入",
        ),
        (
            "insurer results (Traditional)",
            "中國太平公佈,集團上半年淨利潤31.2億港元。其中太平人壽實現保費收入1107億元。",
            "香港特别行政区",
            "1107億元",
            "太平人寿",
            "保费收入",
        ),
        ("a wish, no company", "祝大家平安健康，全年共接待游客120万人次。", "洛阳市", "120万人次", "洛阳市", "游客"),
    ],
)
def test_a_groups_company_named_by_its_line_of_business(claim_of, genre, text, region, mention, subject, metric):
    claim = claim_of(text, mention, region)
    assert (claim["subject"], claim["metric"]) == (subject, metric), genre


# (genre, text, region, mention, subject): a text that opens by telling a body presenting its review of its year's
# work gives the work figures after it to the body, not to the place its lead names in passing; a review written as
# the text itself by a local office, and a statistics office's, keep their place's figures
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        (
            "department year review (Traditional)",
            "海事處處長今日主持部門二○二四年工作回顧記者會,總結過往一年海事處的工作成效,並闡述部門如何鞏固香港作為"
            "國際航運中心的地位。\n總體情況\n去年共處理船舶事故312宗,較前年減少5%。",
            "香港特别行政区",
            "312宗",
            "海事处",
        ),
        (
            "police year-end meeting news",
            "市公安局昨日召开2024年工作总结会，总结一年来全局的工作成效，并部署如何保障洛阳经济社会发展大局稳定。\n"
            "全年共破获刑事案件1260起，同比上升12%。",
            "洛阳市",
            "1260起",
            "洛阳市公安局",
        ),
        ("forestry office summary", "县林业局2023年工作总结\n全县森林覆盖率达43.77%。", "犍为县", "43.77%", "犍为县"),
        (
            "statistics office meeting",
            "市统计局召开2024年工作总结会，总结洛阳全年统计工作。\n全年全市地区生产总值达5200亿元。",
            "洛阳市",
            "5200亿元",
            "洛阳市",
        ),
    ],
)
def test_a_body_presenting_its_years_review_is_its_figures_subject(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # a health commission's notice gives its place's figures
        ("据湖北省卫健委通报，3月1日0—24时，全省新增确诊病例196例。", "湖北省", "196例", "湖北省"),
        ("据国家卫健委数据，2月23日0-24时，当日新增治愈出院病例1846例。", "中国", "1846例", "中国"),
        # where cases have been is no subject
        ("116例有湖北居住或旅行史，84例有相关病例接触史。", "上海市", "116例", "上海市"),
        # nor whose people they met, in its sentence or after it (a province's bulletin, a city's outbreak news)
        ("新增确诊病例中，4例有湖北人接触史。年龄最大的96岁，最小的11岁。", "江苏省", "11岁", "江苏省"),
        ("新增确诊病例中，4例有湖北人接触史。", "江苏省", "4例", "江苏省"),
        ("本市新增病例中，2例有武汉人员接触史。其中男性1例，女性1例。", "天津市", "1例", "天津市"),
        ("新增病例中，3例有湖北人员接触史，平均年龄45岁。", "广东省", "45岁", "广东省"),
    ],
)
def test_health_notices(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # 全区 in an autonomous region's notice is the region, not the last district or city named
        ("目前全区累计报告确诊病例249例，累计死亡病例2例。", "广西壮族自治区", "2例", "广西壮族自治区"),
        ("截至1月29日24时，宁夏全区累计报告确诊病例17例。", "宁夏回族自治区", "17例", "宁夏回族自治区"),
        # also after districts and counties named as a list's parts, each with its figure (a daily bulletin, a
        # region's economy news); a county (同心县) or a county-level city is never what 全区 stands for
        (
            "新增出院病例3例（永宁县1例、同心县1例、红寺堡区1例）。\n截至2月25日24时，全区现有确诊病例10例。",
            "宁夏回族自治区",
            "10例",
            "宁夏回族自治区",
        ),
        (
            "新增出院病例4例（西夏区1例、同心县3例）。截至2月21日24时，全区累计报告确诊病例71例。",
            "宁夏回族自治区",
            "71例",
            "宁夏回族自治区",
        ),
        (
            "一季度，南宁市（青秀区120亿元、兴宁区80亿元）投资增长较快，全区固定资产投资增长5.1%。",
            "广西壮族自治区",
            "5.1%",
            "广西壮族自治区",
        ),
        # a district that is what the text is about, named as no list's part, is what 全区 stands for
        ("金凤区召开经济工作会议。今年全区地区生产总值增长6.5%。", "宁夏回族自治区", "6.5%", "金凤区"),
        # a body of the country speaks for it, whatever the document's region
        ("据国家卫健委数据，截至2月3日24时，累计治愈出院病例632例。", None, "632例", "中国"),
    ],
)
def test_regions_and_national_bodies(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # a region renamed or formed since the packaged table is the region: a statistical communiqué of
        # 玉环市 (玉环县 until 2017), and business news of 龙港市 (formed in 2019)
        ("初步核算，全市实现地区生产总值650.2亿元，比上年增长6.1%。", "玉环市", "650.2亿元", "玉环市"),
        ("全市新增市场主体1.2万户，其中企业3100户。", "龙港市", "3100户", "龙港市"),
        ("即墨区新签约项目42个，总投资380亿元。", "青岛市", "42个", "即墨区"),
    ],
)
def test_divisions_renamed_or_formed_since_the_table_are_regions_and_subjects(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


# foreign countries and their divisions are subjects as Chinese divisions are: international news
# lines and trade or statistics lines of our own, in a city's paper, a national one and with no region
@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [("加拿大第三季度GDP环比增长1.2%。", "菏泽市", "1.2%", "加拿大"),
     ("据通报，德国巴伐利亚州当日新增确诊病例120例。", "菏泽市", "120例", "德国巴伐利亚州"),
     ("美国10月失业率升至6.2%。", "中国", "6.2%", "美国"),
     ("日本东京都人口约1400万人。", None, "约1400万人", "日本东京都"),
     ("1-10月，澳大利亚西澳州铁矿石出口3000万吨，同比增长5%。", "菏泽市", "3000万吨", "澳大利亚西澳大利亚州"),
     ("1-10月，澳大利亚西澳州铁矿石出口3000万吨，同比增长5%。", "菏泽市", "5%", "澳大利亚西澳大利亚州"),
     # a Chinese place that shares a name stays Chinese
     ("前三季度，德州市实现地区生产总值2800亿元。", "菏泽市", "2800亿元", "德州市"),
     # a foreign country's figures carry to the next sentence, not to the region or to China
     ("美国10月失业率升至6.2%。非农就业人口增加25万人。", "中国", "25万人", "美国"),
     ("美国10月失业率升至6.2%。非农就业人口增加25万人。", "菏泽市", "25万人", "美国"),
     # China's exports to a country are China's
     ("1至10月，我国对美国出口3万亿元。", "中国", "3万亿元", "中国"),
     # a country in a count of imported cases is where they came from
     ("新增境外输入病例6例，其中西班牙4例、英国2例。", "北京市", "4例", "北京市"),
     ("荷兰输入3例，意大利输入2例。", "北京市", "2例", "北京市"),
     ("当日，伊朗包机来甘311人中，新增确诊病例3例。", "甘肃省", "311人", "甘肃省"),
     # where a traveller went is no subject either
     ("患者由武汉出发去马来西亚旅游，体温38.3°C。", "天津市", "38.3°C", "天津市"),
     # the world and abroad are no subjects
     ("全球经济今年增长3.2%，世界贸易量增长1.7%，海外订单增加12%。", None, "3.2%", None),
     ("全球经济今年增长3.2%，世界贸易量增长1.7%，海外订单增加12%。", None, "12%", None)],
)  # fmt: skip
def test_foreign_places_are_subjects(claim_of, text, region, mention, subject):
    claim = claim_of(text, mention, region)
    assert claim["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # a place heading an event's name names the event
        ("举办京津冀产业链供应链大会，全市770家优质企业融入产业链。", "天津市", "770家", "天津市"),
        ("成功举办长三角文旅推介会，签约项目32个。", "宁波市", "32个", "宁波市"),
        # a long name of a signing or a launch, held in the text's place
        ("宁夏国资国企银川行项目合作洽谈签约会在银川市召开，签约项目21个。", "银川市", "21个", "银川市"),
        ("陕西文旅产业项目集中招商推介会在西安举行，推介项目86个。", "西安市", "86个", "西安市"),
        # a sports tournament named after where it is held: the medals are not that country's (a feed item, a
        # provincial sports page)
        ("国际乒联世界巡回赛卡塔尔公开赛，国乒选手收获4金1银。", "中国", "1银", "中国"),
        ("山东选手在2019年日本羽毛球公开赛上夺得2枚金牌。", "山东省", "2枚", "山东省"),
        # a verb of finding before a kind of body is no part of its name
        ("安徽几年前曾测算过，发现乡镇卫生院药品收入普遍占总收入的60%以上。", "安徽省", "60%以上", "安徽省"),
    ],
)
def test_events_and_findings_name_no_subject(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # a place named in a bracket of parts is no subject of the figures after the bracket
        (
            "1月25日，29个省（区、市）报告新增死亡病例15例（湖北省13例、上海市1例），新增治愈出院病例11例。",
            "中国",
            "11例",
            "中国",
        ),
        ("全市新增就业1.2万人（单县3000人、曹县2000人），完成投资8亿元。", "菏泽市", "8亿元", "菏泽市"),
        # …but it is its own figure's inside the bracket
        ("全市新增就业1.2万人（单县3000人、曹县2000人），完成投资8亿元。", "菏泽市", "2000人", "曹县"),
    ],
)
def test_a_place_in_a_closed_bracket_is_no_later_figures_subject(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "mention"),
    [
        # the units reporting to a national notice are the country, in a city's or a province's text
        (
            "武汉市新增确诊1例。\n3月17日0—24时，31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例13例。",
            "武汉市",
            "13例",
        ),
        ("全省新增确诊病例8例。\n1月25日0-24时，29个省（区、市）报告新增确诊病例688例。", "山东省", "688例"),
        # without 个, as the first national bulletins and a ministry's release wrote them
        ("14省（区、市）累计报告疑似病例54例（湖北省11例，广东省7例）。", "湖北省", "54例"),
        ("全省新建学校12所。据教育部统计，26省(自治区、直辖市)共新建学校1200所。", "河南省", "1200所"),
    ],
)
def test_the_units_reporting_to_a_national_notice_are_the_country(claim_of, text, region, mention):
    assert claim_of(text, mention, region)["subject"] == "中国"


def test_the_units_reporting_after_an_excluded_province_are_the_country_less_it(claim_of):
    claim = claim_of("除湖北省外，12省（区、市）累计报告疑似病例37例。", "37例", "湖北省")
    assert claim["subject"] == "全国除湖北以外地区"


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # a list of parts joined by 、 carries none of its places to the sentences after it
        (
            "河北省累计报告确诊病例113例。出院病例中，保定市2例、廊坊市1例。现有疑似病例108例。",
            "河北省",
            "108例",
            "河北省",
        ),
        ("全市建成驿站465处。其中单县120处、曹县98处。新增志愿者3000名。", "菏泽市", "3000名", "菏泽市"),
    ],
)
def test_a_list_of_parts_joined_by_list_commas_carries_none(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "mention"),
    [
        # where people have been, with a word between the place and 旅居史, is no subject and carries nothing
        ("全省累计报告病例140例。其中，14例有武汉外湖北其他地区旅居史。累计追踪密切接触者2153人。", "贵州省", "2153人"),
        ("全市累计报告病例40例。其中，6例有湖北等地旅居史。累计追踪密切接触者980人。", "菏泽市", "980人"),
        # nor do the stops of a case's journey (a province's bulletin, a city's case report)
        (
            "甘肃省新增境外输入确诊病例2例。3月11日由沙特阿拉伯经埃塞俄比亚、广州转机，于3月12日23时到达兰州。"
            "新增2例病例的密切接触者34人。",
            "甘肃省",
            "34人",
        ),
        ("本市新增确诊病例1例。患者1月20日抵达杭州，次日返回。追踪密切接触者12人。", "宁波市", "12人"),
        # nor where a case lives or has been (a city's case reports)
        (
            "天津市新增确诊病例9例。第75例患者，男，45岁，居住于天津市宝坻区，1月20日曾到宝坻区百货大楼购物。"
            "目前已判定的8名密切接触者已进行隔离医学观察。",
            "天津市",
            "8名",
        ),
        # nor the hospital a case is taken to, visits or leaves, nor the one diagnosing it
        (
            "天津市新增确诊病例9例。第70例患者，男，34岁。目前已转至海河医院治疗。目前已判定的11名密切接触者已进行隔离医学观察。",
            "天津市",
            "11名",
        ),
        ("本市新增确诊病例1例。2月4日被武清区人民医院诊断为疑似病例。追踪密切接触者12名。", "天津市", "12名"),
    ],
)
def test_a_place_people_have_been_to_carries_nothing(claim_of, text, region, mention):
    assert claim_of(text, mention, region)["subject"] == region


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        # a case's story told over sentences: its opening names the case, the next goes on with a date
        (
            "city epidemic bulletin",
            "天津市新增确诊病例1例。该患者1月22日出现发热，当日回河北保定过春节；"
            "1月23日至27日到河北省保定市蠡县林堡村两个诊所输液治疗。目前已判定的11名密切接触者已进行隔离医学观察。",
            "天津市",
            "11名",
            "天津市",
        ),
        # a case named by 某 after a frame of time, its flights through other countries
        (
            "city case details",
            "广州市报告新增确诊病例3例。1月22日至3月8日，林某前往土耳其伊斯坦布尔出差。"
            "3月9日晚，林某从土耳其伊斯坦布尔乘坐航班经泰国曼谷转乘，于当天深夜入境。截至3月21日，初步甄别密切接触者18名。",
            "广州市",
            "18名",
            "广州市",
        ),
        # the port a case entered by
        (
            "imported case report",
            "东莞市报告1例境外输入病例。患者为中国留学生，3月8日到达香港国际机场，在深圳湾口岸入境。已初步找到6名密切接触者。",
            "东莞市",
            "6名",
            "东莞市",
        ),
        # a suspect's story in police news: where the suspect acted is no subject of the bureau's year
        (
            "police news",
            "菏泽市公安局破获电信诈骗案件56起。犯罪嫌疑人王某在广东省深圳市设立窝点。全年抓获犯罪嫌疑人230名。",
            "菏泽市",
            "230名",
            "菏泽市公安局",
        ),
    ],
)
def test_a_case_storys_places_carry_nothing(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        # Taiwan's own texts say 我國 and 全國 of Taiwan, and its ministries speak for it: trade statistics, population
        (
            "trade statistics",
            "財政部昨公布最新進出口統計，今年一至八月我國對美出口1171.7億美元。",
            "台湾",
            "1171.7億美元",
            "台湾",
        ),
        ("population news", "內政部公布，全國人口數為2,340萬人。", "台湾", "2,340萬人", "台湾"),
        # the mainland's 我国 stays the country
        ("national news", "商务部公布，今年前8个月我国对美出口2.1万亿元。", "北京市", "2.1万亿元", "中国"),
    ],
)
def test_the_countrys_words_in_a_taiwan_text_are_taiwans(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        # a market or a logistics park named by its name and trade reports its own trade, opening its clause
        (
            "wholesale market news",
            "2017年，新发地批发市场蔬菜交易量达180万吨，交易额增长6.2%。",
            "北京市",
            "180万吨",
            "新发地批发市场",
        ),
        ("logistics park news", "寿光农产品物流园全年交易额突破100亿元。", "潍坊市", "突破100亿元", "寿光农产品物流园"),
        # a market in the economist's sense is none, nor a kind of body named by what it is not
        ("county work report", "新增市场主体1.6万户，增长28.13%。", "六安市", "1.6万户", "六安市"),
        ("finance statistics", "3月份非银行业金融机构贷款增加4294亿元。", "中国", "4294亿元", "中国"),
    ],
)
def test_a_market_named_by_its_trade_reports_its_own(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        # a body that announces and then speaks of its own work as 该局 / 本局: its figures, not its place's
        (
            "fire bureau release",
            "消防局公佈，今年上半年該局火警出勤宗數四百零六宗。",
            "澳门特别行政区",
            "四百零六宗",
            "消防局",
        ),
        ("police news", "县公安局通报，今年以来该局共破获刑事案件120起。", "菏泽市", "120起", "县公安局"),
        # one that announces the place's statistics stays their source
        ("statistics release", "市统计局发布，全市地区生产总值增长5.2%。", "菏泽市", "5.2%", "菏泽市"),
    ],
)
def test_a_speaking_body_that_names_itself_keeps_its_figures(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # a work report: examples of what a clause reports (…等获评, …等落地) are not the next clause's subject
        ("京津冀智能网联汽车集群等获评国家级集群，120家本地企业融入区域产业链。", "天津市", "120家", "天津市"),
        ("某某生物研究院、某某电力公司等落地，全年新设市场主体2.1万户。", "天津市", "2.1万户", "天津市"),
        # industry news: the same for companies listed before 等 and what they did
        ("华兴科技、远航集团等相继发布新品，行业营收增长12%。", "深圳市", "12%", "深圳市"),
        # a place before 等 and a noun is the subject of the clause that governs the list
        ("我市开展夏送清凉、免费体检等活动，服务群众3000人次。", "菏泽市", "3000人次", "菏泽市"),
        ("曹县开展夏送清凉、免费体检等活动，服务群众3000人次。", "菏泽市", "3000人次", "曹县"),
    ],
)
def test_examples_of_what_a_clause_reports_are_no_subjects(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # a national feature: a province its later paragraphs name is no subject of the headline's figure
        (
            "药价平均下降38%\n\n让群众用得起药，是改革的目标。\n\n据了解，四川省已完成第一轮采购。四川省中标价明显下降。",
            "中国",
            "38%",
            "中国",
        ),
        # a city's news: a county named after the lead is no subject of it either
        (
            "新建驿站120处\n\n本报讯 今年以来，便民服务持续推进。\n\n单县新建驿站40处。单县还将扩建驿站10处。",
            "菏泽市",
            "120处",
            "菏泽市",
        ),
        # the subject of the lead's opening sentence is the headline's
        ("新建驿站40处\n\n本报讯 今年以来，单县新建驿站40处。\n\n群众反响良好。", "菏泽市", "40处", "单县"),
    ],
)
def test_a_headline_figure_takes_only_its_leads_own_subject(claims_of, text, region, mention, subject):
    assert next(c for c in claims_of(text, region=region) if c["mention"] == mention)["subject"] == subject


_COURT_STORY = (
    "县法院集中审理索赔案\n\n巨野县人民法院昨天开庭。巨野县人民法院审理了5宗案件。巨野县人民法院介绍，案件已合并审理。\n\n"
    "庭审现场\n\n巨野县人民法院旁听席坐满。巨野县人民法院安排了直播。巨野县人民法院共受理案件120件。\n\n"
    "后续影响\n\n另有15宗案件等待审理。\n\n"
)
_FACTORY_STORY = (
    "电子公司扩产\n\n华兴电子有限公司新建厂房。华兴电子有限公司引进设备。华兴电子有限公司招聘工人。\n\n"
    "车间探访\n\n华兴电子有限公司车间里机器轰鸣。华兴电子有限公司产品供不应求。华兴电子有限公司订单排到明年。\n\n"
    "市场前景\n\n预计明年产值达到8亿元。\n\n"
)


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # a court report's last subhead names nothing of its own: its figures are still the court's
        (_COURT_STORY, "15宗", "巨野县人民法院"),
        # a company feature's likewise
        (_FACTORY_STORY, "8亿元", "华兴电子有限公司"),
        # a section with a topic of its own (another story on the page) is not the body's
        (_COURT_STORY + "驿站建设\n\n单县今年新建驿站12处。", "12处", "单县"),
        # nor one that names another body, even in passing
        (
            _COURT_STORY + "物流动态\n\n今年快递业务发展迅速，快递量增长15%。鸿达物流有限公司新建分拣中心。",
            "15%",
            "菏泽市",
        ),
    ],
)
def test_a_storys_body_holds_through_its_later_subheads(claims_of, text, mention, subject):
    assert next(c for c in claims_of(text) if c["mention"] == mention)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # accident news: the dead and injured a company's accident caused are the place's, not the company's
        ("鲁源化工有限公司车间发生爆炸，造成3人死亡、5人受伤。", "3人", "菏泽市"),
        ("鲁源化工有限公司车间发生爆炸，造成3人死亡、5人受伤。", "5人", "菏泽市"),
        # a disaster bulletin: the division named before the toll is its place
        ("受台风影响，单县发生内涝，导致1200户房屋受损。", "1200户", "单县"),
        # in a court report, the toll is still the place's, not the court's
        ("巨野县人民法院审理溃坝索赔案。鑫源矿业有限公司尾矿库溃坝，致使22人遇难。", "22人", "菏泽市"),
        # a cause word before a figure that is no toll leaves the subject to the other rules
        ("鲁源化工有限公司原材料涨价，导致利润下降12%。", "12%", "鲁源化工有限公司"),
    ],
)
def test_an_events_toll_is_the_place_it_struck(claim_of, text, mention, subject):
    assert claim_of(text, mention)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # a town feature: after villages listed as parts, a facility built is none of theirs, nor its figure
        (
            "果园镇：文旅小镇\n\n长沙县果园镇位于县境中部。\n\n文旅融合：浔龙河村以民宿为特色，花果村以采摘为主题。"
            "打造研学实践基地，年接待学生2万人次。",
            "长沙市",
            "2万人次",
            "长沙县果园镇",
        ),
        # county news: towns listed as parts likewise
        (
            "单县推进产业融合\n\n本报讯 单县大力发展特色产业。\n\n龙王庙镇以蔬菜为主导，黄岗镇以食用菌为特色。"
            "建设蔬菜种植基地，带动农户1200户。",
            "菏泽市",
            "1200户",
            "单县",
        ),
        # one owner named before the facility still owns it
        ("山东某农业公司流转土地。公司建成蔬菜种植基地500亩。", "菏泽市", "500亩", "山东某农业公司"),
    ],
)
def test_a_facility_after_a_list_of_parts_belongs_to_none_of_them(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # a national feature: the farmer the paragraph introduced says the quoted price, in his town
        (
            "药价降了吗\n\n让群众用得起药，是改革的目标。\n\n去年9月，六安市裕安区韩摆渡镇农民老赵到卫生院看病，"
            "花了42元。“我8月底买同样的药，要84元。”",
            "中国",
            "84元",
            "裕安区韩摆渡镇",
        ),
        # county news: a worker of a company, quoted after the sentence that introduced him
        (
            "车间带动就业\n\n本报讯 近年来，我市大力发展就业帮扶车间。\n\n曹县华兴服饰有限公司工人王某已在车间干了3年。"
            "王某笑着说：“我现在每个月能挣4000元。”",
            "菏泽市",
            "4000元",
            "曹县华兴服饰有限公司",
        ),
        # after the quotation closes, the paragraph's figures follow the other rules
        (
            "车间带动就业\n\n本报讯 近年来，我市大力发展就业帮扶车间。\n\n曹县华兴服饰有限公司工人王某已在车间干了3年。"
            "“我很满意。”全年共发放工资120万元。",
            "菏泽市",
            "120万元",
            "菏泽市",
        ),
    ],
)
def test_a_quoted_figure_is_of_the_subject_that_introduced_the_speaker(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"].endswith(subject)


_POLICE_STORY = (
    "巨野县公安局打击网络谣言\n\n巨野县公安局开展专项行动。巨野县公安局组建专班。巨野县公安局巡查网络。\n\n"
    "巨野县公安局依法处置。巨野县公安局发布提示。巨野县公安局通报案例。\n\n"
)


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # a bribery report about a hospital: the firm whose man paid opens the sentence, the bribe is the case's
        (
            _HOSPITAL_STORY + "\n\n鸿达建筑有限公司项目经理陈某承揽了医院工程，为此送去现金10万元。",
            "湘西土家族苗族自治州",
            "10万元",
            "湘西州人民医院",
        ),
        # a police report: the firm whose employee spread a rumour opens it, the fine is the bureau's
        (
            _POLICE_STORY + "鸿达网络科技有限公司员工李某散布谣言，被处以罚款500元。",
            "菏泽市",
            "500元",
            "巨野县公安局",
        ),
        # a figure right after the passing body stays its own
        (_POLICE_STORY + "鸿达网络科技有限公司有员工30名。", "菏泽市", "30名", "鸿达网络科技有限公司"),
        # a body that acts itself, not through one of its people, keeps the figures of its sentence: a carmaker's
        # story naming its rivals, a port's naming another port
        (
            _CARMAKER_STORY + "理想汽车紧随其后，10月共交付新车10052辆，同比增长31.4%。",
            "合肥市",
            "10052辆",
            "理想汽车",
        ),
        (
            _CARMAKER_STORY + "今年前十个月里，小鹏汽车累计交付新车突破十万辆，达到了10.3654万辆。",
            "合肥市",
            "10.3654万辆",
            "小鹏汽车",
        ),
        (
            _PORT_STORY + "上海国际港务集团位居首位，全年完成集装箱吞吐量4730万标准箱。",
            "青岛市",
            "4730万标准箱",
            "上海国际港务集团",
        ),
    ],
)
def test_in_a_story_about_one_body_a_body_named_in_passing_gives_way(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # a town feature: a count of villages is the town's, not that of the village named before it
        (
            "坪坦乡旅游\n\n通道县坪坦乡位于县城西南。\n\n横岭村建成3A级旅游景区，皇都等3个村均入列中国传统村落。",
            "长沙市",
            "3个",
            "通道县坪坦乡",
        ),
        # provincial news: a count of cities is the province's, not the city's named before it
        (
            "全省推进乡村振兴\n\n本报讯 今年，山东省乡村振兴成效明显。\n\n"
            "菏泽市获评示范市，菏泽等5个市入选国家级试点。",
            "济南市",
            "5个",
            "山东省",
        ),
        # a word the noun begins (村民, 市直部门) counts no divisions
        ("巨野县龙堍镇刘庄村带动就业，吸纳300个村民就业。", "菏泽市", "300个", "巨野县龙堍镇刘庄村"),
        # a count of provinces with no place above them named: the country's (a national bulletin, a feature)
        ("3月3日0—24时，31个省（自治区、直辖市）报告新增确诊病例119例。", "武汉市", "31个", "中国"),
        ("目前已有12个省份出台实施细则，覆盖面不断扩大。", "菏泽市", "12个", "中国"),
        # but the divisions a place sends or sells to are where its goods go: the sending place's figure (a power
        # grid's half year, a county's farm exports)
        ("上半年，新疆电力主要外送到14个省(市)。", "新疆维吾尔自治区", "14个", "新疆维吾尔自治区"),
        ("全县苹果销往12个省份。", "洛川县", "12个", "洛川县"),
    ],
)
def test_a_count_of_divisions_is_a_higher_places(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # a work report: a port or a zone opening a clause is the subject of its figures, not the city
        ("适港产业提质升级，国际邮轮母港接待邮轮超过100艘次。", "天津市", "超过100艘次", "国际邮轮母港"),
        ("成功举办航运博览会，航运集聚区新落户企业300余家。", "天津市", "300余家", "航运集聚区"),
        # science and industry news: a science city likewise
        ("今年以来，光明科学城新引进重大项目20个。", "深圳市", "20个", "光明科学城"),
    ],
)
def test_ports_and_zones_are_subjects_of_their_figures(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # a finance digest: a company whose name holds 的 keeps its own figures, not the one whose shares it sold
        ("美的集团加速抛售持有的小米集团股票，已累计套现超过16亿元。", "中国", "超过16亿元", "美的集团"),
        # local industry news: the same company as the subject of its plant's output
        ("今年以来，美的集团在荆州新建生产线，年产空调300万台。", "荆州市", "300万台", "美的集团"),
        # a 的 that is a word of its own still ends a name on its left (最大的 | 钢铁集团)
        ("今年，全国最大的钢铁集团新增产能500万吨。", "中国", "500万吨", "钢铁集团"),
    ],
)
def test_a_companys_name_may_hold_de(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # a town feature: a figure that with 的 describes the place after it is that place's
        ("通道县有一个面积146平方公里的坪坦乡，侗族文化深厚。", "长沙市", "146平方公里", "坪坦乡"),
        # county news: likewise a village's distance, not the county's named before it
        ("巨野县加快管网建设，距县城20公里的刘庄村也通上了自来水。", "菏泽市", "20公里", "刘庄村"),
        # in a toll's sentence too: the distance is the village's
        (
            "暴雨导致3人遇难，其中有位于水库下游约5公里的刘庄村的2名遇难者。",
            "菏泽市",
            "约5公里",
            "刘庄村",
        ),
    ],
)
def test_a_figure_describing_the_place_after_it_is_that_places(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"].endswith(subject)


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # a breakdown in brackets, its parts split by semicolons: its last place is not the next sentence's subject
        (
            "截至2月8日10时，内蒙古自治区累计报告确诊病例52例。疑似病例10例（巴彦淖尔市乌拉特中旗3例；"
            "通辽市科尔沁区1例；呼伦贝尔市海拉尔区1例）。目前，尚在接受医学观察的密切接触者1451人。",
            "内蒙古自治区",
            "1451人",
            "内蒙古自治区",
        ),
        (
            "上半年，山东省新增市场主体52万户。新增企业10万户（济南市历下区3万户；青岛市市南区2万户；"
            "烟台市芝罘区1万户）。全省实有市场主体1420万户。",
            "山东省",
            "1420万户",
            "山东省",
        ),
    ],
)
def test_a_place_inside_an_open_bracket_is_not_carried(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # the last item of a list after 其中： is a part, not the subject of the sentences after the list
        (
            "福建省报告新增确诊病例9例。其中：\u3000\u3000福州市1例（闽侯县1例）；\u3000\u3000龙岩市2例（永定区2例）。"
            "\u3000\u3000新增治愈出院病例4例。",
            "福建省",
            "4例",
            "福建省",
        ),
        (
            "山东省新增高新技术企业800家。其中：济南市300家；青岛市250家。全省高新技术企业总数达到2.6万家。",
            "山东省",
            "2.6万家",
            "山东省",
        ),
    ],
)
def test_the_last_part_of_a_list_is_not_carried(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # a province by its short name, like every other (山东 was on the list of names that are common words)
        ("山东新增确诊病例5例，累计确诊病例480例。", None, "480例", "山东省"),
        ("上半年，山东外贸进出口总值1.6万亿元。", None, "1.6万亿元", "山东省"),
        # a breakdown in brackets of one figure does not make its sentence a list of parts: the country carries on
        (
            "3月12日0—24时，31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例8例，新增死亡病例7例"
            "（湖北6例，山东1例）。当日新增治愈出院病例1318例。",
            None,
            "1318例",
            "中国",
        ),
        (
            "全国新增高新技术企业1.2万家，其中东部地区新增8000家（广东3000家，江苏2000家）。"
            "全年认定科技型中小企业3万家。",
            None,
            "3万家",
            "中国",
        ),
    ],
)
def test_short_province_names_and_bracketed_breakdowns(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject", "metric"),
    [
        # an epidemic bulletin: the Corps reports as a province does, its divisions as a province's cities do
        ("新疆生产建设兵团累计报告确诊病例3例。", None, "3例", "新疆生产建设兵团", "确诊病例"),
        ("新增确诊病例中，乌鲁木齐市2例、兵团第九师1例。", "新疆维吾尔自治区", "1例", "新疆生产建设兵团第九师",
         "确诊病例"),
        # economic news: the Corps' own output, and its change
        ("2023年，新疆生产建设兵团实现生产总值3600亿元，同比增长6.5%。", None, "3600亿元", "新疆生产建设兵团",
         "生产总值"),
        ("2023年，新疆生产建设兵团实现生产总值3600亿元，同比增长6.5%。", None, "6.5%", "新疆生产建设兵团", "生产总值"),
    ],
)  # fmt: skip
def test_the_corps_and_its_divisions_are_places_without_a_code(claim_of, text, region, mention, subject, metric):
    claim = claim_of(text, mention, region)
    assert (claim["subject"], claim["metric"], claim["place_code"]) == (subject, metric, None)


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # an epidemic bulletin: a command that decides, a bureau whose official speaks, are sources of the place's
        # figures (市… the region's city, 国家… the country), not what the figures are about
        (
            "天津市共确诊病例56例。但本着未雨绸缪的原则，市防控指挥部还是决定再备三座临时医院。",
            "天津市",
            "三座",
            "天津市",
        ),
        (
            "国家卫健委医政医管局副局长王某在28日新闻发布会上表示，截至今晚约有6000人医疗队支援湖北。",
            None,
            "约有6000人",
            "中国",
        ),
        ("国家卫健委医政医管局副局长王某：死亡病例以高龄为主，男性占2/3。", None, "2/3", "中国"),
        # economic and government news: a city's bureau, a ministry (lexicon/national_bodies.txt)
        ("市商务局介绍，今年新引进外资企业35家。", "洛阳市", "35家", "洛阳市"),
        ("商务部新闻发言人束某表示，前三季度实际使用外资8000亿元。", None, "8000亿元", "中国"),
        # a ministry or bureau publishing its statistics (公布, 发布): Taiwan's population release, a province's finance
        (
            "內政部今天公布1月戶口統計資料，1月底人口數為2334萬9666人，與去年同月相比減少19萬8967人。",
            "台湾",
            "2334萬9666人",
            "台湾",
        ),
        ("省财政厅发布1-5月财政收支情况，一般公共预算收入为980亿元。", "江西省", "980亿元", "江西省"),
        # a department reporting (通报) through its official, titles before the name (党委书记、副厅长): quake relief
        # news, the figures of the sentences after it are the place's; a Traditional bureau's 通報
        (
            "会上，西藏自治区应急管理厅党委书记、副厅长郝某通报，日喀则市定日县发生6.8级地震。"
            "地震波及定日、拉孜等5个县26个乡镇。",
            "日喀则市",
            "5个",
            "西藏自治区",
        ),
        ("市衛生局局長李某通報，本週新增流感個案120宗。", "臺北市", "120宗", "台北市"),
        # a verb inside a longer word (新闻发布会) is none: the official's 表示 after it is
        ("工信部总工程师田某在新闻发布会上表示：检测试剂日产量已经达到77.3万人份。", None, "77.3万人份", "中国"),
        # what stays the body's: a court's or a police bureau's own work, and a 称 that is no verb (称号)
        ("县人民法院表示，今年以来共审结各类案件3000件。", "洛阳市", "3000件", "县人民法院"),
        ("县公安局介绍，今年以来共破获刑事案件300起。", "洛阳市", "300起", "县公安局"),
        # a city's bureau named by its level alone is the region's (extract/organisation_names.py)
        ("市农业农村局被授予先进集体称号，新建高标准农田3万亩。", "洛阳市", "3万亩", "洛阳市农业农村局"),
    ],
)
def test_a_body_that_decides_or_speaks_gives_its_places_figures(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


def test_speaking_bodies_are_organisation_suffixes():
    # a name is judged by the longest suffix it ends with: a listed word that is no suffix would never match
    from extract import lexicon

    suffixes = lexicon.word_table("organisation_suffixes.tsv")
    assert all(suffixes.get(word) == "organisation" for word in lexicon.word_list("speaking_bodies.txt"))


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject", "metric", "code"),
    [
        # an epidemic bulletin: a new area, a development zone and an island are parts of the list as districts are
        ("新增确诊病例中，万州区1例、两江新区2例、万盛经开区3例。", "重庆市", "2例", "两江新区", "确诊病例", None),
        ("新增确诊病例中，万州区1例、两江新区2例、万盛经开区3例。", "重庆市", "3例", "万盛经开区", "确诊病例", None),
        ("新增确诊病例中，湄洲岛1例、仙游县2例。", "莆田市", "2例", "仙游县", "确诊病例", "350322000000"),
        # economic news: a zone's own figures; after its city it is the city's zone, coded as the city and named as
        # written, its own name (武汉经济技术开发区, not 武汉市…)
        ("湄洲岛今年接待游客500万人次。", "莆田市", "500万人次", "湄洲岛", "游客", None),
        ("上半年，东湖高新区实现营业收入1.2万亿元。", "武汉市", "1.2万亿元", "东湖高新区", "营业收入", None),
        ("武汉经济技术开发区新增规模以上工业企业45家。", "武汉市", "45家", "武汉经济技术开发区", "规模以上工业企业",
         "420100000000"),
        ("重庆两江新区已集聚汽车企业300余家。", None, "300余家", "重庆两江新区", "汽车企业", "500000000000"),
        ("湖州莫干山高新技术产业开发区实现产值172亿元。", "浙江省", "172亿元", "湖州莫干山高新技术产业开发区", "产值",
         "330500000000"),
        # an island named by its division is the division; words before a zone word that name none
        ("今年，平潭岛新签约项目20个。", "福州市", "20个", "平潭县", "新签约项目", "350128000000"),
        ("沿海岛屿共有12个。", "舟山市", "12个", "舟山市", "沿海岛屿", "330900000000"),
        ("全市今年设立新区2个。", "舟山市", "2个", "舟山市", "新区", "330900000000"),
    ],
)  # fmt: skip
def test_named_zones_are_area_subjects_never_words_of_a_metric(claim_of, text, region, mention, subject, metric, code):
    claim = claim_of(text, mention, region)
    assert (claim["subject"], claim["metric"], claim["place_code"]) == (subject, metric, code)


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # a visitor-arrivals release: where the visitors come from qualifies them, the arrivals are the region's,
        # and nothing carries from the origin to the figures after it
        ("十月入境旅客1509403人次，香港旅客上升15.4%，不过夜旅客为785369人次。", "澳门", "15.4%", "澳门特别行政区"),
        ("十月入境旅客1509403人次，香港旅客上升15.4%，不过夜旅客为785369人次。", "澳门", "785369人次", "澳门"),
        ("香港旅客上升15.4%，而中国台湾旅客亦有16.6%的增长。", "澳门", "16.6%", "澳门特别行政区"),
        ("而香港及中国台湾旅客则分别占28.0%及8.3%。", "澳门", "28.0%", "澳门特别行政区"),
        ("客源主要来自中国台湾及中国大陆，分别占73.6%及18.0%。", "澳门", "73.6%", "澳门特别行政区"),
        # a city's holiday-tourism news
        ("国庆假期，全市接待游客120万人次，其中上海游客增长12%，外地游客占比达到35%。", "杭州市", "12%", "杭州市"),
        ("国庆假期，全市接待游客120万人次，其中上海游客增长12%，外地游客占比达到35%。", "杭州市", "35%", "杭州市"),
        ("北京、天津和河北游客共计8.6万人次，同比增长20%。", "承德市", "8.6万人次", "承德市"),
        # residents and firms of a place are its own: no qualifier
        ("上海居民人均可支配收入达到8.4万元。", "杭州市", "8.4万元", "上海市"),
    ],
)
def test_a_place_that_qualifies_visitors_is_no_subject(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"].startswith(subject)


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # a county's work report: the battery maker's name holds a city's short name, the project is the county's
        ("引进落地总投资21.18亿元的宁德时代新型锂盐研发生产项目。", "上杭县", "21.18亿元", "上杭县"),
        # business news: the company's own figures are its own, not the city's
        ("上半年，宁德时代实现营业收入1000亿元。", "福州市", "1000亿元", "宁德时代"),
        # Macau's statistics and census bureau: the source of the territory's figures, no 暨普查局
        ("根据统计暨普查局资料显示，今年十月入境旅客数目达1509403人次。", "澳门", "1509403人次", "澳门特别行政区"),
        ("统计暨普查局公布，第三季度失业率为2.9%。", "澳门", "2.9%", "澳门特别行政区"),
    ],
)
def test_an_organisation_named_after_a_place_is_no_place(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


# a national bulletin as the NHC writes it: the nation's lead, its figures, a paragraph on Hubei, then the nation's
# imported cases and the tally of Hong Kong, Macau and Taiwan
_NATIONAL_BULLETIN = (
    "全国新增确诊病例20例，武汉新增3例\n\n"
    "4月2日0—24时，31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例20例，新增死亡病例5例（湖北5例）。"
    "当日新增治愈出院病例800例，重症病例减少150例。"
    "湖北新增确诊病例3例（武汉3例），新增治愈出院病例700例（武汉600例）。"
    "4月2日0—24时，新增报告境外输入确诊病例17例（广东6例，上海11例）。截至4月2日24时，累计报告境外输入确诊病例300例。"
    "累计收到港澳台地区通报确诊病例500例：香港特别行政区300例，澳门特别行政区20例，台湾地区180例。"
)
# a province's bulletin: its lead, a city's sentence, then the province's figures again after its report window
_PROVINCIAL_BULLETIN = (
    "湖北省新增确诊病例1000例\n\n"
    "1月30日0—24时，湖北省新增新冠肺炎确诊病例1000例。武汉市新增确诊病例500例（江岸区100例）。"
    "1月30日0—24时，新增治愈出院病例50例。截至1月30日24时，累计治愈出院病例300例。"
)


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # the national bulletin's own figures are the country's, not the city it names most (武汉) nor Hubei's
        (_NATIONAL_BULLETIN, None, "800例", "中国"),
        (_NATIONAL_BULLETIN, None, "150例", "中国"),
        (_NATIONAL_BULLETIN, None, "700例", "湖北省"),
        (_NATIONAL_BULLETIN, None, "17例", "中国"),
        (_NATIONAL_BULLETIN, None, "300例", "中国"),
        (_NATIONAL_BULLETIN, None, "500例", "中国"),
        # a province's bulletin: after its report window again, the province's, not the city's carried
        (_PROVINCIAL_BULLETIN, "湖北省", "50例", "湖北省"),
        (_PROVINCIAL_BULLETIN, "湖北省", "300例", "湖北省"),
    ],
)
def test_a_bulletins_report_window_restates_its_leads_scope(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "subjects"),
    [
        # listed-company results: companies named without a suffix, known as such by the count closing their list
        (
            "其中，四川路桥、通威股份和东方电气3家公司的营业收入分别达到325.17亿元、265.62亿元和222.13亿元。",
            "成都市",
            ["成都市", "四川路桥", "通威股份", "东方电气"],
        ),
        (
            "通威股份、水井坊、川投能源3家企业分别以2786亿元、601亿元、523亿元的市值位居前3位。",
            "成都市",
            ["成都市", "通威股份", "水井坊", "川投能源"],
        ),
        # a county's work report on its industrial firms
        (
            "恒达、鑫源和宏泰3家企业分别完成产值5.2亿元、3.1亿元和2.6亿元。",
            "上杭县",
            ["上杭县", "恒达", "鑫源", "宏泰"],
        ),
        # a count that does not match the names: no telling which figure is whose
        (
            "恒达、鑫源和宏泰4家企业分别完成产值5.2亿元、3.1亿元和2.6亿元。",
            "上杭县",
            ["上杭县", "上杭县", "上杭县", "上杭县"],
        ),
    ],
)
def test_companies_listed_before_their_count_and_respectively_are_each_figures_subject(
    claims_of, text, region, subjects
):
    assert [c["subject"] for c in claims_of(text, region=region)] == subjects


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # farm news: the co-operative's head speaks, unnamed, of the co-operative's own yield
        ("“每亩可以采摘1500公斤左右的新鲜莲子，亩收入可达7500元以上。”俊敏莲藕合作社负责人说。", "沈丘县", "7500元以上",
         "俊敏莲藕合作社"),
        # business news: a company's manager on its orders
        ("“今年一季度订单已超过5000万元。”鑫源机械有限公司总经理介绍。", "上杭县", "超过5000万元", "鑫源机械有限公司"),
        # an expert speaks about others, named or not: the figure is not the university's
        ("“新增病例有望下降30%。”北京大学教授说。", "北京市", "30%", "北京市"),
    ],
)  # fmt: skip
def test_a_quotation_said_by_a_bodys_unnamed_official_is_the_bodys(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        # a Hong Kong department's annual review (Traditional): its own work, by its short name
        ("入境處反恐科去年共進行11,302次檢查。", "11,302次", "入境事务处"),
        ("入境事務處去年共簽發旅行證件80萬份。", "80萬份", "入境事务处"),
        # a police press release (Simplified)
        ("警务处全年破获刑事案件2.1万宗。", "2.1万宗", "警务处"),
        # 处理, 处置: no department
        ("消防處置疑似危險品12宗。", "12宗", "香港特别行政区"),
        ("入境处理申请50万宗。", "50万宗", "香港特别行政区"),
        # the consumer council counts the complaints it received, by its name and its short name: its own work
        ("消費者委員會今日公布，去年接獲整體投訴回落至38,187宗。", "38,187宗", "消费者委员会"),
        ("消委會去年接3.8萬宗消費投訴。", "3.8萬宗", "消费者委员会"),
        # the housing authority's allocation plan (Traditional release), the hospital authority's beds (Simplified
        # news): statutory bodies counting their own work
        ("房屋委員會(房委會)今年將預留21,930個單位給輪候冊申請人。", "21,930個", "房屋委员会"),
        ("医管局今年将增加病床400张。", "400张", "医院管理局"),
        # the Housing Authority's plan reserves units for the urban renewal authority's projects: the plan's figure
        ("房委會表示，包括寮屋及市建局項目，520個單位將預留給該類別。", "520個", "房屋委员会"),
        # the Department of Health's case counts are Hong Kong's, as a health commission's are its place's
        ("卫生署卫生防护中心表示，今日新增确诊个案7宗。", "7宗", "香港特别行政区"),
    ],
)
def test_hong_kong_departments_are_the_subjects_of_their_own_work(claim_of, text, mention, subject):
    assert claim_of(text, mention, "香港特别行政区")["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # a disaster's toll over several listed places is the region's, none of theirs: a rainstorm report, a quake's
        (
            "此次强降雨过程共造成成都、绵阳、阿坝3个市(州)7.81万人受灾,因灾转移1.46万人。",
            "四川省",
            "7.81万人",
            "四川省",
        ),
        (
            "此次强降雨过程共造成成都、绵阳、阿坝3个市(州)7.81万人受灾,因灾转移1.46万人。",
            "四川省",
            "1.46万人",
            "四川省",
        ),
        ("地震造成泸定县、石棉县共93人遇难。", "四川省", "93人", "四川省"),
        # one place named before the toll is its place
        ("地震造成泸定县93人遇难。", "四川省", "93人", "泸定县"),
    ],
)
def test_a_toll_over_listed_places_is_the_regions(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "mention", "subject", "metric"),
    [
        # a carmaker's sales and a battery maker's results, in a city's paper: the company's, not the city's
        ("比亚迪前10月新能源汽车销量达到302万辆，同比增长31%。", "31%", "比亚迪", "新能源汽车销量"),
        ("宁德时代上半年实现净利润228.65亿元。", "228.65亿元", "宁德时代", "净利润"),
    ],
)
def test_a_company_reporting_results_is_their_subject(claim_of, text, mention, subject, metric):
    claim = claim_of(text, mention, "深圳市")
    assert (claim["subject"], claim["metric"]) == (subject, metric)


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # an air-quality bulletin and a city's education communiqué: a place counting its divisions (榆林市26个县(区))
        # is the whole of the later clauses' counts of them, not a list part with its own figure
        ("2023年，陕北地区26个县(区)中18个县(区)空气质量改善,8个变差。", "陕西省", "8个", "陕北地区"),
        ("全年榆林市12个县（市、区）中9个完成目标，3个未完成。", "陕西省", "3个", "榆林市"),
    ],
)
def test_a_place_counting_its_divisions_is_the_subject_of_the_counts_after(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # a city's health news and a county's income report: a level in brackets after a comparison's base is the
        # base's own (the country's, the province's); the gap after it is the clause's subject's
        ("2024年，厦门全市居民平均期望寿命达到83.62岁，高出全国平均水平(79岁)4.62岁。", "厦门市", "79岁", "中国"),
        ("2024年，厦门全市居民平均期望寿命达到83.62岁，高出全国平均水平(79岁)4.62岁。", "厦门市", "4.62岁", "厦门市"),
        ("全县农村居民人均可支配收入2.1万元，高于全省平均（1.9万元）。", "霍邱县", "1.9万元", "安徽省"),
    ],
)
def test_a_level_in_brackets_after_a_base_is_the_bases(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


# (genre, text, region, mention, subject, metric): a place's own figure in brackets right after it is the place's, each
# in a list of such places, and a figure 分别 after the list pairs with them in order; the list's metric is the first's
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject", "metric"),
    [
        (
            "city statistics release",
            "1-7月，嘉善县规上工业增加值增长8.2%；平湖市(6.8%)、秀洲区(6.2%)、南湖区(6.0%)增速均较上月有所回升，"
            "分别回升0.7个、1.2个和0.9个百分点。",
            "嘉兴市",
            "6.0%",
            "南湖区",
            "规上工业增加值",
        ),
        (
            "city statistics release",
            "1-7月，嘉善县规上工业增加值增长8.2%；平湖市(6.8%)、秀洲区(6.2%)、南湖区(6.0%)增速均较上月有所回升，"
            "分别回升0.7个、1.2个和0.9个百分点。",
            "嘉兴市",
            "1.2个",
            "秀洲区",
            None,
        ),
        ("epidemic bulletin", "其中：汕头（1例）、东莞（1例）均为首次报告确诊病例。", "广东省", "1例", "汕头市", None),
    ],
)
def test_a_places_figure_in_brackets_after_it_is_its_own(claims_of, genre, text, region, mention, subject, metric):
    claims = [c for c in claims_of(text, region=region) if c["mention"] == mention]
    assert claims[0]["subject"] == subject, genre
    if metric:
        assert claims[0]["metric"] == metric, genre
    if mention == "1例":
        assert claims[1]["subject"] == "东莞市", genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        # a body named only by what it is, and counted: a prefecture's livestock yearbook, a county's farm news
        ("livestock yearbook", "全区新建畜禽标准化养殖示范基地5个。", "大兴安岭地区", "5个", "大兴安岭地区"),
        ("farm news", "今年曹县建成蔬菜种植基地12个。", "菏泽市", "12个", "曹县"),
    ],
)
def test_a_counted_body_is_no_subject_of_its_count(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        # a body named only inside a title is no subject there, but 该院, 全院, 该公司 after it point back at it
        (
            "hospital work report",
            "代表们审议了《关于<利川市人民医院“十三五”规划>的议案报告》等7项工作报告。全院现已有博士生导师1人。"
            "该院现拥有18个省级临床重点专科。",
            "利川市",
            "18个",
            "利川市人民医院",
        ),
        # the hospital's own congress, speaking of itself as 全院: the reports it reviewed are the hospital's
        (
            "hospital work report",
            "代表们审议了《关于<利川市人民医院“十三五”规划>的议案报告》等7项工作报告。全院现已有博士生导师1人。",
            "利川市",
            "7项",
            "利川市人民医院",
        ),
        (
            "company meeting news",
            "股东大会审议通过了《关于宁波华翔电子股份有限公司2023年度利润分配的议案》。该公司全年实现营业收入12亿元。",
            "宁波市",
            "12亿元",
            "宁波华翔电子股份有限公司",
        ),
    ],
)
def test_a_scope_word_points_back_at_a_body_named_in_a_title(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        # a body named with its province and then its county is named with the county's city (a tax bureau's release,
        # a police report); named with its county alone or its city and county, as written
        ("tax release", "据湖北夷陵区国税局统计,1-6月该局共组织国税收入38842万元。", "宜昌市夷陵区", "38842万元",
         "宜昌市夷陵区国税局"),
        ("police report", "山东巨野县公安局破获案件35起。", "菏泽市", "35起", "菏泽市巨野县公安局"),
        ("police report", "巨野县公安局破获案件35起。", "菏泽市", "35起", "巨野县公安局"),
        ("court report", "北京市朝阳区人民法院受理案件12万件。", "北京市", "12万件", "北京市朝阳区人民法院"),
        # a county's short name inside a body's own name is no county written out (任城监狱 is the province's prison)
        ("province bulletin", "山东省报告新增确诊病例202例（含山东省任城监狱200例）。", "山东省", "200例",
         "山东省任城监狱"),
        ("justice news", "山东省任城监狱全年开展职业技能培训1200人次。", "济宁市", "1200人次", "山东省任城监狱"),
    ],
)  # fmt: skip
def test_a_body_named_with_its_province_and_county_takes_the_city(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # Inner Mongolia's banners and leagues speak of themselves as 全旗, 我旗, 全盟
        ("全旗粮食总产量120万吨，增长3.1%。", "科尔沁左翼中旗", "120万吨", "科尔沁左翼中旗"),
        ("2023年，我旗接待游客152万人次。", "阿巴嘎旗", "152万人次", "阿巴嘎旗"),
        ("全盟牲畜存栏1200万头，增长3.1%。", "锡林郭勒盟", "1200万头", "锡林郭勒盟"),
    ],
)
def test_a_banner_and_a_league_scope_word_is_the_region(claims_of, text, region, mention, subject):
    found = {c["mention"]: (c["metric"], c["subject"]) for c in claims_of(text, region=region)}
    assert found[mention][1] == subject
    assert not found[mention][0].startswith(("全", "我"))


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # a district's hotline report ranks its bureaus: none of them is what 全区 stands for after them
        (
            "6月份，全区共受理各类诉求665件。综合考评前三的部门为区城管执法局、区住建局、区人社局。"
            "6月份，全区共受理市民来信27件。",
            "宝鸡市陈仓区",
            "27件",
            "陈仓区",
        ),
        # a county's environment news names the bureaus it praised
        (
            "受到表彰的单位有县环保局、县水利局和县林业局。今年全县共完成植树造林1.2万亩。",
            "麻城市",
            "1.2万亩",
            "麻城市",
        ),
    ],
)
def test_bodies_listed_together_are_not_what_a_scope_word_after_them_stands_for(
    claims_of, text, region, mention, subject
):
    assert {c["mention"]: c["subject"] for c in claims_of(text, region=region)}[mention] == subject


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric", "subject"),
    [
        # 以 X …最: the place ranked first inside the clause, after its measure, is the figure's subject and no word of
        # its metric — Taiwan traffic deaths by county (以南投: no direction word 以南), a province's growth by city
        ("就縣市來看,整體死亡人數以南投增加7人最多。", "台湾", "7人", "整体死亡人数", "南投县"),
        (
            "分市州看，地区生产总值增速以铜仁增长8.5%最快，以六盘水增长3.1%最慢。",
            "贵州省",
            "3.1%",
            "地区生产总值增速",
            "六盘水市",
        ),
    ],
)
def test_a_place_ranked_first_inside_its_clause_is_the_figures(claims_of, text, region, mention, metric, subject):
    claim = next(c for c in claims_of(text, region=region) if c["mention"] == mention)
    assert (claim["metric"], claim["subject"]) == (metric, subject)


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # the places or bodies listed before the group they make up are its members: the figures after it are the
        # group's, no member's (the first place of the list, a place inside a member's name: 泸州老窖): a province's
        # liquor industry, its telecom operators
        ("成都、泸州、德阳、宜宾“四大产区”共实现产量312.9万千升，同比增长1.3%。", "四川省", "1.3%", "四大产区"),
        (
            "五粮液、泸州老窖、郎酒、剑南春、舍得酒业、水井坊“六朵金花”企业共完成主营业务收入1532亿元，同比增长19.3%；"
            "实现利润369亿元，占全省的82.2%。",
            "四川省",
            "369亿元",
            "六朵金花",
        ),
        (
            "全省移动电话用户达到5200万户。中国移动、中国联通、中国电信“三大运营商”共建成5G基站12.6万个。",
            "四川省",
            "12.6万个",
            "三大运营商",
        ),
        # the body leading the others (会同, 联合) is none of the group's members: the figures are its own (police news,
        # a market regulator's news)
        (
            "省公安厅会同省通信管理局及电信、移动、联通三大运营商严格落实实名制,对8783名涉卡人员采取了惩戒措施。",
            "陕西省",
            "8783名",
            "陕西省公安厅",
        ),
        (
            "市市场监管局联合移动、联通、电信三大运营商开展专项检查,查处违规网点56个。",
            "郑州市",
            "56个",
            "郑州市市场监督管理局",
        ),
        # a slogan counted so names no group: the place's figure
        ("全市实施“十大行动”，完成投资120亿元。", "泸州市", "120亿元", "泸州市"),
        ("全市实施十大行动，完成投资120亿元。", "泸州市", "120亿元", "泸州市"),
    ],
)
def test_a_group_named_after_its_members_is_the_subject(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


# (genre, text, region, mention, subject, metric): a group named without quotes by how many big ones it is did what
# its figures say together: it is their subject, no part of their metric (a time phrase after it neither), and its
# number counts nothing; a count after a list (…等五大文化园区) stays a count
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject", "metric"),
    [
        (
            "insurers' premiums",
            "媒体人初步计算得出,四大上市险企前三季度合计原保费已突破万亿元,达到10176.15亿元,接近四大上市险企去年全年的原保费"
            "收入(10646.8亿元)。",
            "中国",
            "10176.15亿元",
            "四大上市险企",
            "合计原保费",
        ),
        (
            "telecom results",
            "三大运营商前三季度合计营业收入1.2万亿元，同比增长3.5%。",
            "中国",
            "1.2万亿元",
            "三大运营商",
            "合计营业收入",
        ),
    ],
)
def test_a_group_named_by_how_many_big_ones_it_is(claims_of, genre, text, region, mention, subject, metric):
    claims = claims_of(text, region=region)
    claim = next(c for c in claims if c["mention"] == mention)
    assert (claim["subject"], claim["metric"]) == (subject, metric), genre
    assert not [c for c in claims if c["mention"].endswith(("四大", "三大"))], genre


def test_a_count_after_a_list_is_no_group():
    from extract.pipeline import extract_claims

    claims = extract_claims("建设左镇化石文化园区等五大文化园区。", region="台南市")
    assert [(c.mention, c.value) for c in claims] == [("五大", 5)]


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # an event is the subject of its own figures, named as written (本届灯会: the one named first), the city of
        # the figures the text gives for the city: a lantern festival's review, the national games' closing
        (
            "第二十五届自贡国际恐龙灯会落下帷幕\n本届灯会共计展出61天，累计接待中外观众126万人次。"
            "1月-2月，全市社会商品零售额达103.67亿元。",
            "自贡市",
            "126万人次",
            "第二十五届自贡国际恐龙灯会",
        ),
        (
            "第二十五届自贡国际恐龙灯会落下帷幕\n本届灯会共计展出61天，累计接待中外观众126万人次。"
            "1月-2月，全市社会商品零售额达103.67亿元。",
            "自贡市",
            "103.67亿元",
            "自贡市",
        ),
        (
            "第十一届全运会是北京奥运会后我国举办的第一个大型综合性赛事，共有10900多名运动员参加33个大项的比赛。",
            "济南市",
            "10900多名",
            "第十一届全运会",
        ),
    ],
)
def test_an_event_is_the_subject_of_its_own_figures(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        # 全县 in a story about a county's firm is the county, no scope of the firm's, as it is of a bureau's (a
        # harvest story, a factory story)
        (
            "harvest story",
            "单县鲁西南食品有限公司总经理介绍了生产情况。鲁西南食品有限公司带动全县产业发展。到今年年底，全县计划种植面积"
            "增加至10万亩以上。",
            "单县",
            "10万亩以上",
            "单县",
        ),
        (
            "factory story",
            "巨野县鑫源纺织有限公司今年新招工人300名。鑫源纺织有限公司已成长为龙头企业，带动全县产业发展。全县纺织业产值达"
            "12亿元。",
            "巨野县",
            "12亿元",
            "巨野县",
        ),
    ],
)
def test_the_whole_county_in_a_firms_story_is_the_county(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre


# (genre, text, mention, subject): an exchange announcement names its issuer with its stock code under the exchange's
# disclaimer, which names the exchange first: the figures are the issuer's, not the exchange's
@pytest.mark.parametrize(
    ("genre", "text", "mention", "subject"),
    [
        (
            "results announcement",
            "截至二零一六年十二月三十一日止年度的末期业绩公布\n香港交易及结算所有限公司及香港联合交易所有限公司对本公告的内容概不"
            "负责。\n潍柴动力股份有限公司 WEICHAI POWER CO., LTD. (股份代号:2338)\n财务摘要\n"
            "营业收入约为人民币93,184百万元,上升约25.6%。\n归属於母公司股东的净利润约为人民币2,441百万元。",
            "2,441百万元",
            "潍柴动力股份有限公司",
        ),
        (
            "announcement (Traditional)",
            "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責。\n"
            "中國海外發展有限公司 (股份代號：688)\n本集團本年度合約物業銷售額約為人民幣3,098億元。",
            "3,098億元",
            "中国海外发展有限公司",
        ),
    ],
)
def test_an_exchange_announcements_issuer_is_its_figures_subject(claim_of, genre, text, mention, subject):
    assert claim_of(text, mention, "香港特别行政区")["subject"] == subject, genre


# (genre, text, region, mention, subject, metric): a place's delegation to games is the body its medals and members are
# of, named with the place in full; the host's title (东道主) is no part of it, and a kind of delegation (所有青少年
# 代表团) is no one body
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject", "metric"),
    [
        (
            "provincial games news",
            "威海代表团在本届省运会青少年组比赛中获得48枚金牌。",
            "威海市",
            "48枚",
            "威海市代表团",
            "金牌",
        ),
        (
            "provincial games news",
            "天水代表团共有327人，参加13个大项的比赛。",
            "天水市",
            "327人",
            "天水市代表团",
            "人数",
        ),
        (
            "national games news",
            "东道主山东代表团以63枚金牌位居金牌榜首位。",
            "济南市",
            "63枚",
            "山东省代表团",
            "金牌",
        ),
        (
            "provincial games news",
            "参加运动会的所有青少年代表团都获得金牌，23个成年组代表团获得奖牌。",
            "天水市",
            "23个",
            "天水市",
            "成年组代表团",
        ),
    ],
)
def test_a_places_delegation_is_its_medals_subject(claim_of, genre, text, region, mention, subject, metric):
    claim = claim_of(text, mention, region)
    assert (claim["subject"], claim["metric"]) == (subject, metric), genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        # an academy's title its staff hold (中国科学院院士) names no subject: a university's profile, a hospital's
        (
            "university profile",
            "山东农业大学现有教职工2700余人，其中中国科学院院士1人。",
            "泰安市",
            "1人",
            "山东农业大学",
        ),
        ("hospital profile", "湘雅医院现有职工6000余人，其中中国工程院院士2人。", "长沙市", "2人", "湘雅医院"),
    ],
)
def test_an_academys_title_names_no_subject(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "nth", "subject"),
    [
        # a place listed in a bracket that closed before the figure is no subject of it, though the figure's own
        # bracket stands as deep: an earthquake briefing, a road accident report
        (
            "earthquake briefing",
            "地震已造成86人死亡（泸定县50人、石棉县36人）、400余人受伤（其中危重伤13人、重伤39人）。",
            "泸定县",
            "13人",
            0,
            "泸定县",
        ),
        (
            "accident report",
            "事故造成3人死亡（广州市2人、深圳市1人）、5人受伤（其中重伤2人）。",
            "佛山市",
            "2人",
            1,
            "佛山市",
        ),
        ("accident report", "事故造成3人死亡（广州市2人、深圳市1人）。", "佛山市", "1人", 0, "深圳市"),
    ],
)
def test_a_place_in_a_closed_bracket_is_none_in_a_later_bracket(claim_of, genre, text, region, mention, nth, subject):
    assert claim_of(text, mention, region, nth=nth)["subject"] == subject, genre


@pytest.mark.parametrize(
    ("genre", "text", "mention", "subject"),
    [
        # a Taiwan township is of a county's level: 全鄉 after it is it (a referendum count, a township's farm news)
        (
            "referendum count",
            "其中以馬公市投票最為踴躍。而投票率最低的鄉鎮為望安鄉，全鄉投票率僅9.07%。",
            "9.07%",
            "澎湖县望安乡",
        ),
        ("farm news", "白沙鄉今年花生豐收，全鄉種植面積達120公頃。", "120公頃", "澎湖县白沙乡"),
        # 但 before a place's full name (jieba joins 但望, "to hope"): the place all the same
        ("referendum count", "馬公市投票率最高，但望安鄉仍有68.28%投下同意票。", "68.28%", "澎湖县望安乡"),
    ],
)
def test_a_taiwan_township_is_its_scope_words_place(claim_of, genre, text, mention, subject):
    assert claim_of(text, mention, "澎湖县")["subject"] == subject, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        # a headline naming the province a county's text is about: the county's figures naming no place are its
        (
            "earthquake bulletin",
            "地震局发布云南震灾情况\n截至目前，此次地震造成80人死亡。\n三是震区人口密度较大。震区人口密度近200人/平方公里。",
            "彝良县",
            "近200人/平方公里",
            "彝良县",
        ),
        (
            "farm news",
            "湖南春耕备耕有序推进\n今年，全县早稻计划种植面积达12万亩。\n目前已育秧3万亩。",
            "安化县",
            "3万亩",
            "安化县",
        ),
    ],
)
def test_a_countys_text_under_its_provinces_headline_is_the_countys(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        # a base's average measure named right before its level: the level is the base place's
        (
            "earthquake bulletin",
            "震区人口密度近200人/平方公里,高于云南省平均人口密度117人/平方公里。",
            "彝良县",
            "117人/平方公里",
            "云南省",
        ),
        ("city report", "全市人均住房面积42平方米，高于全省平均居住面积38.5平方米。", "菏泽市", "38.5平方米", "山东省"),
        # not the difference from the base
        ("city report", "全市收入增长6.5%，高于全省平均增幅0.5个百分点。", "菏泽市", "0.5个百分点", "菏泽市"),
    ],
)
def test_a_bases_named_average_is_the_bases(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        # a region above the divisions after 地处 holds the subject: no setting of its figures
        (
            "earthquake bulletin",
            "震区地处滇东北高原乌蒙山区,自然环境恶劣,最高海拔2780米。",
            "彝良县",
            "2780米",
            "彝良县",
        ),
        # a place after 位于 describing the body after its 的 is no subject: the body is
        (
            "wetland survey",
            "记者从位于江西省南昌市新建区的江西鄱阳湖南矶湿地国家级自然保护区管理局(以下简称“南矶湿地保护区”)获悉,"
            "近日,该保护区组织开展了调查,记录到越冬水鸟约14.1万羽。",
            "南昌市",
            "约14.1万羽",
            "江西鄱阳湖南矶湿地国家级自然保护区管理局",
        ),
        # a division alone after 位于 in a profile is the nearest place the unnamed subject is of
        ("scenic area profile", "景区概况：位于菏泽市单县，面积为6.5平方公里。", "菏泽市", "6.5平方公里", "单县"),
    ],
)
def test_where_the_subject_lies_is_no_setting(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        # an event series named by its place and kind (the year's edition before it is no part of the name), and its
        # quoted short form (the place's first character and the kind's), is the subject of its own figures
        (
            "marathon news",
            "“襄马”报名前三天突破23000人,15天实现满额。据了解,2017襄阳马拉松成功举办。",
            "襄阳市",
            "突破23000人",
            "襄阳马拉松",
        ),
        ("lantern festival news", "2024自贡灯会于2月开幕，共接待游客126万人次。", "自贡市", "126万人次", "自贡灯会"),
        # an edition named with 届 keeps its own name, and 本届 is that edition
        (
            "lantern festival review",
            "第二十五届自贡国际恐龙灯会闭幕。本届灯会共接待游客126万人次。",
            "自贡市",
            "126万人次",
            "第二十五届自贡国际恐龙灯会",
        ),
    ],
)
def test_an_event_series_and_its_short_form_are_the_subject(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        # a kind of place described and the copula naming which one: the place is what the clause after it is about
        (
            "referendum count",
            "馬公市有78.16%投下同意票。在不同意票比例較高的鄉鎮為望安鄉，有31.72%投下不同意票。",
            "澎湖县",
            "31.72%",
            "澎湖县望安乡",
        ),
        (
            "economy review",
            "全市生产总值增长6.1%。其中增速最快的县是曹县，增长9.2%。",
            "菏泽市",
            "9.2%",
            "曹县",
        ),
    ],
)
def test_a_place_named_by_a_copula_is_its_clauses_subject(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        # where a route ends (至, as 到) and what a figure was affected by (受) are no subjects: a bus line's length, an
        # airport's transfers under a foreign tariff, a city's exports
        (
            "bus data release",
            "南昌公交运输集团于1月4日发布大数据显示,2017年新辟了31条公交线路。"
            "线路最长的是从新建区开关厂至南矶乡的159路,单程75.5公里。",
            "南昌市",
            "75.5公里",
            "南昌公交运输集团",
        ),
        (
            "airport traffic",
            "桃園國際機場雖受美國關稅及移民政策的短期影響，全年轉機旅客約為669萬人次。",
            "桃园市",
            "約為669萬人次",
            "桃园国际机场",
        ),
        ("trade news", "受美国关税政策影响，全市出口额下降5.2%。", "厦门市", "5.2%", "厦门市"),
    ],
)
def test_a_routes_end_and_a_cause_are_no_subjects(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        # in a text naming a delegation, the medals and team scores a place won are its delegation's: a city's games
        # report (我市), a delegation's own news (its athletes named by their city)
        (
            "city games report",
            "甘肃省第十三届运动会闭幕，我市代表团收获金牌和团体总分第三。我市共收获55金39银28铜,团体总分1869分。",
            "天水市",
            "1869分",
            "天水市代表团",
        ),
        (
            "delegation news",
            "威海代表团在本届省运会取得佳绩。比赛中,威海市运动员表现出色,共获得了48枚金牌,团体总分达2611.50分。",
            "威海市",
            "48枚",
            "威海市代表团",
        ),
        # the medals a games awarded in all are won by no one place
        (
            "games review",
            "本届省运会各代表团表现出色。本届运动会共产生了480块金牌。",
            "兰州市",
            "480块",
            "兰州市",
        ),
    ],
)
def test_medals_won_in_a_delegations_text_are_the_delegations(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        # places a preposition governs before 分别 are partners, not whose figures: a city's trade by market, a county's
        # investment promotion
        ("trade report", "此外,义乌对印度、沙特阿拉伯分别进出口153.9亿元、80.6亿元。", "义乌市", "80.6亿元", "义乌市"),
        ("investment news", "全县与深圳、东莞分别签约项目12个、8个。", "安化县", "8个", "安化县"),
        # a list split at a name the gazetteer lacks still gives each place its figure (its items after the first are
        # "governed" by the list's separator only)
        (
            "retail monitoring",
            "其中咸阳、铜川、杨凌区和榆林市监测企业商品销售额同比分别增长51.82%、41.55%、28.31%、5.49%。",
            "陕西省",
            "41.55%",
            "铜川市",
        ),
    ],
)
def test_partners_a_preposition_governs_take_no_figures(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre


def test_a_series_named_twice_has_each_quoted_short_form_once():
    from extract.places import find_events, gazetteer

    text = "“襄马”报名人数创新高。2017襄阳马拉松成功举办,2018襄阳马拉松将于4月开跑。"
    places = gazetteer().find(text, gazetteer().lookup("襄阳市"))
    shorts = [m for m in find_events(text, places) if text[m.start : m.end] == "襄马"]
    assert len(shorts) == 1 and shorts[0].place.name == "襄阳马拉松"


@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"),
    [
        # a record with a note right after it naming where it was set is that place's, and the note's time is its
        # period, no later figure's: a province's rainy-season bulletin, a region's monthly climate bulletin
        (
            "rainy-season bulletin",
            "最大风力34.8米/秒(12级,南通市如东栟茶镇杨堡村,27日15时49分)。最大小时雨量81.2毫米(苏州相城区园区仙樱湖,"
            "28日20-21时)。全省平均气温26.5℃。",
            "江苏省",
            {
                "34.8米/秒": ("如东县栟茶镇杨堡村", "27日15时49分"),
                "81.2毫米": ("相城区", "28日20-21时"),
                "26.5℃": ("江苏省", None),
            },
        ),
        (
            "monthly climate bulletin",
            "7月全区平均气温25.1℃。全区最高气温47.6℃（吐鲁番市托克逊县，7月16日）。",
            "新疆维吾尔自治区",
            {"25.1℃": ("新疆维吾尔自治区", "7月"), "47.6℃": ("托克逊县", "7月16日")},
        ),
    ],
)
def test_a_record_is_the_places_its_note_names(claims_of, genre, text, region, expected):
    found = {c["mention"]: (c["subject"], c["period"]) for c in claims_of(text, region=region)}
    assert {mention: found.get(mention) for mention in expected} == expected, genre


# (genre, text, region, mention, subject): a length within the borders (境内) after the course of a river or a road
# through other places is the text's own place's; a place named right before 境内 keeps its own (a water resources
# bulletin, a city's transport survey)
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        (
            "water bulletin",
            "修水发源于铜鼓县高桥乡,由南向北穿铜鼓县出境,境内河长65.6公里。",
            "宜春市",
            "65.6公里",
            "宜春市",
        ),
        (
            "transport survey",
            "京港澳高速公路自许昌市进入,向南经临颍县,于驻马店市出境,境内长98公里。",
            "漯河市",
            "98公里",
            "漯河市",
        ),
        ("water bulletin", "修水流经铜鼓县,铜鼓县境内河长65.6公里。", "宜春市", "65.6公里", "铜鼓县"),
        ("water bulletin", "境内河长65.6公里。", "宜春市", "65.6公里", "宜春市"),
        # a bank's business at home (境内) is no length of a place: its figures stay the bank's
        ("bank results", "中国银行发布2024年业绩。境内绿色信贷余额增长31.03%。", "中国", "31.03%", "中国银行"),
    ],
)
def test_a_length_within_the_borders_is_the_texts_place(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre


# (genre, text, region, {mention: subject}): a total of places summed (合计, 共计) of one division is that division's,
# as the annotators of statistics and tourism reports name it; one place's own total stays its own, and places of
# several provinces keep their joint subject
_SUMS_OF_PLACES = [
    ("holiday tourism", "国庆假期，全省接待游客3200万人次。其中，成都、绵阳、德阳3市合计接待游客1500万人次，"
     "占全省的46.9%。", "四川省", {"1500万人次": "四川省", "46.9%": "四川省"}),
    ("energy statistics", "榆林市原煤产量5.2亿吨；延安市原煤产量0.6亿吨，两市原煤产量合计占全省的80%。", "陕西省",
     {"5.2亿吨": "榆林市", "0.6亿吨": "延安市", "80%": "陕西省"}),
    ("technology contracts", "成交额前三位是:合肥(142.5亿元)、安庆(48亿元)、阜阳(36.7亿元)3市,合计成交额227.2亿元,"
     "占全省的一半;亳州、黄山2市居后两位,合计成交额11.4亿元,仅占全省的2.3%。", "安徽省",
     {"142.5亿元": "合肥市", "227.2亿元": "安徽省", "一半": "安徽省", "11.4亿元": "安徽省", "2.3%": "安徽省"}),
    ("energy statistics", "鄂尔多斯市原煤产量合计6.52亿吨，占全区的60%。", "内蒙古自治区",
     {"6.52亿吨": "鄂尔多斯市", "60%": "鄂尔多斯市"}),
    ("national airports", "北京、上海和广州三大城市机场货邮吞吐量合计占全国的42.7%。", "中国",
     {"42.7%": "北京市、上海市、广州市"}),
]  # fmt: skip


@pytest.mark.parametrize(("genre", "text", "region", "expected"), _SUMS_OF_PLACES)
def test_a_total_of_places_of_one_division_is_the_divisions(claims_of, genre, text, region, expected):
    subjects = {c["mention"]: c["subject"] for c in claims_of(text, region=region)}
    assert {mention: subjects.get(mention) for mention in expected} == expected, genre


# (genre, text, region, mention, subject): a place right after 占 is the whole of a share, with 的 after it or not;
# the share is of the part named before it (a headline on cotton, a health bulletin, trade news)
_WHOLES_OF_SHARES = [
    ("farm headline", "新疆棉花产量占全国90.2% 创历史新高", "新疆维吾尔自治区", "90.2%", "新疆维吾尔自治区"),
    ("health bulletin", "截至2月20日，湖北省死亡病例占全国97%。", "中国", "97%", "湖北省"),
    ("trade news", "前三季度，广东外贸进出口占了全国20.1%。", "广东省", "20.1%", "广东省"),
]


@pytest.mark.parametrize(("genre", "text", "region", "mention", "subject"), _WHOLES_OF_SHARES)
def test_a_place_after_zhan_is_the_whole_of_the_share(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre


# (genre, text, region, mention, subject): a company named without a suffix, its head's title right after its name
# (董事长), is the subject of its figures; a place in the cause a clause opens with (受…影响) is no subject
_HEADED_COMPANIES_AND_CAUSES = [
    ("state enterprise news", "受到美國對等關稅政策影響，中華郵政今年6月虧損293億元，中華郵政董事長王國材今天表示，"
     "今年11月底已賺139億元。", "台湾", "293億元", "中华邮政"),
    ("company news", "昨日，娃哈哈董事长宗馥莉表示，娃哈哈去年在全国新建工厂8家。", "杭州市", "8家", "娃哈哈"),
    ("company news", "该公司董事长张某表示，今年新建工厂8家。", "杭州市", "8家", "杭州市"),
    ("trade news", "受美国关税政策影响，1-6月出口额下降5.2%。", "宁波市", "5.2%", "宁波市"),
    ("state enterprise news", "受到美國對等關稅政策影響，中華郵政今年6月虧損293億元。", "台湾", "293億元", "台湾"),
]  # fmt: skip


@pytest.mark.parametrize(("genre", "text", "region", "mention", "subject"), _HEADED_COMPANIES_AND_CAUSES)
def test_a_company_by_its_heads_title_and_no_place_of_a_cause(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre


# (genre, text, region, mention, subject): a sector department's work conference gives 全省's figures to the province
# (the transport, water or tourism sector's), not to the department, as a bureau of public security keeps its cases
_SECTOR_DEPARTMENTS = [
    ("transport conference", "原标题:2020年湖南将实现县县通高速 2月18日，全省交通运输工作会议在长沙召开。"
     "省交通运输厅党组书记、厅长赵平作工作报告。\n2019年全省完成交通固定资产投资554亿元。", "湖南省", "554亿元",
     "湖南省"),
    ("water conference", "原标题:浙江水利投资创新高 1月10日，全省水利工作会议在杭州召开。省水利厅党组书记、厅长李锐作"
     "工作报告。\n2021年全省完成水利投资568.9亿元，完成率113.8%。", "浙江省", "113.8%", "浙江省"),
    ("tourism conference", "湖北文旅持续回暖 1月12日，全省文化和旅游工作会议召开。省文化和旅游厅厅长某某作工作报告。\n"
     "2023年全省接待国内游客6.1亿人次。", "湖北省", "6.1亿人次", "湖北省"),
]  # fmt: skip


@pytest.mark.parametrize(("genre", "text", "region", "mention", "subject"), _SECTOR_DEPARTMENTS)
def test_a_sector_departments_conference_gives_the_places_figures(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre


# (genre, text, region, mention, subject): a sector department heading its brief (浙江省水利厅简报, 宁波市商务局
# 工作动态) gives the place's figures, named with the department; a body of its own work (公安局) keeps its own
_SECTOR_DEPARTMENT_BRIEFS = [
    ("water statistics brief", "浙江省水利厅简报\n截至11月底,省级已分解下达中央资金16.1亿元、省级资金82.7亿元。",
     "浙江省", "16.1亿元", "浙江省"),
    ("commerce brief", "宁波市商务局工作动态\n1-6月，共引进外资项目126个，实际利用外资18.2亿美元。", "宁波市", "126个",
     "宁波市"),
    ("police brief", "巨野县公安局工作动态\n今年以来，共破获刑事案件120起。", "菏泽市", "120起", "巨野县公安局"),
]  # fmt: skip


@pytest.mark.parametrize(("genre", "text", "region", "mention", "subject"), _SECTOR_DEPARTMENT_BRIEFS)
def test_a_sector_departments_brief_gives_its_places_figures(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre


# (genre, text, region, mention, subject): a place naming a section of a route or project (连云港段, 湛江段) qualifies
# the project and is no subject of the sentence's figures
_SECTIONS_NAMED_BY_PLACES = [
    ("transport news", "截至9月底，宿连航道二期工程连云港段等工程开工建设，列入省重大项目清单的9个年度新开工交通项目"
     "已开工8个。", "江苏省", "9个", "江苏省"),
    ("investment news", "今年，广湛高铁湛江段等项目加快推进，全年完成交通投资1500亿元。", "广东省", "1500亿元",
     "广东省"),
]  # fmt: skip


@pytest.mark.parametrize(("genre", "text", "region", "mention", "subject"), _SECTIONS_NAMED_BY_PLACES)
def test_a_section_named_by_a_place_is_no_subject(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        # 该校, 该院 in a text a school or a hospital heads are that issuer, unless another of its kind is named before
        # them in their paragraph: that one (universities' employment reports, a city's hospitals)
        (
            "employment report",
            "东南大学发布2019届毕业生就业质量报告\n东南大学毕业生7980名。河海大学今年毕业生总人数为6277人。"
            "该校学工处副处长介绍,本科毕业生深造率为50.04%。",
            "江苏省",
            "50.04%",
            "河海大学",
        ),
        (
            "hospitals news",
            "菏泽市立医院发布年报\n菏泽市立医院全年门诊量120万人次。菏泽市中医医院全年门诊量80万人次，该院床位使用率达92%。",
            "菏泽市",
            "92%",
            "菏泽市中医医院",
        ),
        # with none named since, the issuer still
        (
            "employment report",
            "南京大学发布2019届毕业生就业质量报告\n南京大学毕业生7980名。该校本科毕业生深造率为62.21%。",
            "江苏省",
            "62.21%",
            "南京大学",
        ),
    ],
)
def test_that_school_is_the_one_named_last_in_its_paragraph(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        # 我省 is the paper's own province, never one named before it (an energy bureau's news, a graduates report)
        (
            "energy news",
            "我省担负着向重庆、四川、广西等省份外送煤炭的重任。自2016年以来，我省是去产能力度最大的省份之一，"
            "2016年去产能2107万吨。",
            "贵州省",
            "2107万吨",
            "贵州省",
        ),
        (
            "graduates report",
            "近年来向北京、上海、广东等省市输送大批人才。今年我省高校毕业生达到42万人。",
            "河南省",
            "42万人",
            "河南省",
        ),
        # a province ranked above it (仅次于山西省和河南省) is a comparison's base, each of a list: 全省 after it is not
        # theirs (an energy bureau's news, a grain harvest report)
        (
            "energy news",
            "2016年去产能2107万吨，仅次于山西省和河南省。截至2017年12月底，全省共有生产矿井476处。",
            "贵州省",
            "476处",
            "贵州省",
        ),
        (
            "grain harvest",
            "今年我省粮食总产量居全国第三，仅次于黑龙江省和河南省。全省粮食播种面积1.6亿亩。",
            "山东省",
            "1.6亿亩",
            "山东省",
        ),
    ],
)
def test_the_papers_own_province_and_provinces_ranked_with_it(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        # a whole's top list a thing is placed in (全國十大觀光景點第5名, 全国十大文化景区第3名) is what it is ranked
        # in: the figures after it are the text's own place's (a county's tourism release in Traditional, a city's
        # tourism news)
        (
            "tourism release",
            "古坑綠色隧道逆勢飆升成全國十大觀光景點第5名;另外,今年觀光人次已達880萬人次。",
            "云林县",
            "880萬人次",
            "云林县",
        ),
        (
            "tourism news",
            "孔庙成为全国十大文化景区第3名，今年接待游客1200万人次。",
            "曲阜市",
            "1200万人次",
            "曲阜市",
        ),
    ],
)
def test_a_wholes_top_list_is_what_a_thing_is_ranked_in(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre


# a port's areas named after their place or water are the subjects of their berths and capacity, each of its own
# sentence: a city paper's port story, a province's port plan
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "nth", "subject"),
    [
        (
            "port story",
            "赣榆港区现已建成3个万吨级通用泊位。徐圩港区现已建成3个液体化工泊位。灌河港区拥有9个码头泊位。",
            "连云港市",
            "3个",
            1,
            "徐圩港区",
        ),
        (
            "port story",
            "赣榆港区现已建成3个万吨级通用泊位。徐圩港区现已建成3个液体化工泊位。灌河港区拥有9个码头泊位。",
            "连云港市",
            "9个",
            0,
            "灌河港区",
        ),
        ("port plan", "今年洋山港区集装箱吞吐量达到2300万标箱。", "上海市", "2300万标箱", 0, "洋山港区"),
    ],
)
def test_a_ports_area_is_the_subject_of_its_figures(claim_of, genre, text, region, mention, nth, subject):
    assert claim_of(text, mention, region, nth=nth)["subject"] == subject, genre


# 后者/前者 opening a clause point at the last or the first of the two bodies named before it, and a stake held in a
# body (a short name declared for it) is the holder's: a carmaker's results news, a port's shareholding news, a joint
# venture's news, a province's news of two cities
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        (
            "results news",
            "吉利汽车目前持有上海英伦帝华汽车部件有限公司51%的股份，后者今年上半年共出售490辆出租车，亏损额为1700万元。",
            "中国",
            "490辆",
            "上海英伦帝华汽车部件有限公司",
        ),
        (
            "results news",
            "吉利汽车目前持有上海英伦帝华汽车部件有限公司51%的股份，后者今年上半年共出售490辆出租车，亏损额为1700万元。",
            "中国",
            "1700万元",
            "上海英伦帝华汽车部件有限公司",
        ),
        (
            "results news",
            "吉利汽车与猛铜控股合资设立上海英伦帝华汽车部件有限公司(下称上海英伦帝华)。吉利汽车目前持有上海英伦帝华51%的"
            "股份。",
            "中国",
            "51%",
            "吉利汽车",
        ),
        (
            "joint venture news",
            "中国中车股份有限公司与庞巴迪合资设立长春长客庞巴迪轨道车辆有限公司（以下简称长客庞巴迪）。中国中车股份有限公司"
            "持有长客庞巴迪50%的股权。",
            "中国",
            "50%",
            "中国中车股份有限公司",
        ),
        (
            "shareholding news",
            "青岛港国际股份有限公司持有日照港股份有限公司30%股权，前者上半年完成货物吞吐量3.2亿吨。",
            "青岛市",
            "3.2亿吨",
            "青岛港国际股份有限公司",
        ),
        (
            "province news",
            "今年以来，长沙市和株洲市签订合作协议，后者新引进项目46个。",
            "湖南省",
            "46个",
            "株洲市",
        ),
    ],
)
def test_the_former_the_latter_and_a_stakes_holder(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre


# 占 before the whole a share is of is no word of a body's name (占母公司…, 占集团公司…): a listed company's dividend
# announcement, a group's results news
@pytest.mark.parametrize(
    ("genre", "text", "mention", "subject"),
    [
        (
            "dividend announcement",
            "浙商中拓集团股份有限公司拟派送现金红利2.4亿元,占母公司可供股东分配利润的比例为17.49%。",
            "17.49%",
            "浙商中拓集团股份有限公司",
        ),
        (
            "results news",
            "山东能源集团有限公司煤炭板块实现营业收入1200亿元,占集团公司营业总收入的35%。",
            "35%",
            "山东能源集团有限公司",
        ),
    ],
)
def test_a_shares_verb_is_no_word_of_a_name(claim_of, genre, text, mention, subject):
    assert claim_of(text, mention, "中国")["subject"] == subject, genre


# the mainland named before a verb or a stop (中国内地, 中國大陸) is the country, in a city's text or Taiwan's; not
# where people come from, nor an item of a list of origins
@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        ("截至2022年,中国内地共有55个城市拥有了城市轨道交通。", "宁波市", "55个", "中国"),
        ("中國大陸的出口成長5.2%。", "台湾", "5.2%", "中国"),
        ("中国大陆已建成5G基站337.7万个。", "杭州市", "337.7万个", "中国"),
        ("中國內地旅客有200萬人次。", "澳门特别行政区", "200萬人次", "澳门特别行政区"),
        ("客源主要來自中國台灣及中國大陸,分別佔73.6%及18.0%。", "澳门特别行政区", "18.0%", "澳门特别行政区"),
    ],
)
def test_the_mainland_named_is_the_country(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


# a headline's figure whose own words state no subject takes the one the body's figure restating it states, not the
# place the lead opens with or the feed's region: a ministry's national count, a city's school term, a council's
# complaints written alike (破4万宗)
@pytest.mark.parametrize(
    ("text", "region", "subject"),
    [
        (
            "确诊病例达到440例\n国家卫健委介绍：截至21日24时，国内新型肺炎确诊病例达到440例，死亡9例。",
            "北京市",
            "中国",
        ),
        (
            "80余万中小学生迎来开学\n新阳路小学新生进入教室。\n昨天，全市80余万中小学生迎来新学期开学的第一天。",
            "哈尔滨市",
            "哈尔滨市",
        ),
        (
            "全年消费投诉破4万宗\n本港经济受多项因素影响。\n消费者委员会去年接获的整体投诉数字破4万宗。",
            "香港特别行政区",
            "消费者委员会",
        ),
    ],
)
def test_a_headline_figure_takes_the_subject_of_its_restatement(claims_of, text, region, subject):
    headline = next(c for c in claims_of(text, region=region) if c["start"] < text.index("\n"))
    assert headline["subject"] == subject
