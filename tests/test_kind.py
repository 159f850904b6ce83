import pytest


@pytest.mark.parametrize(
    ("text", "mention", "kind", "unit", "direction"),
    [
        ("全市规上工业增加值同比增长5.3%。", "5.3%", "change", "%", "increase"),
        ("社会消费品零售总额比上年下降2.1%。", "2.1%", "change", "%", "decrease"),
        ("城镇登记失业率较上年回落0.4个百分点。", "0.4个百分点", "change", "百分点", "decrease"),
        ("实体党组织覆盖率已提高至93.02%。", "93.02%", "percent", "%", None),
        ("粮食平均亩产量达到690公斤。", "690公斤", "rate", "公斤/亩", None),
        ("按每斤0.8元的保护价收购。", "0.8元", "rate", "元/斤", None),
        # what is made or caught in a day: a fishery report, an industry ministry's briefing
        ("一般单船日产量在100~150千克。", "100~150千克", "rate", "千克/日", None),
        ("核酸检测试剂日产量已经达到了77.3万人份。", "77.3万人份", "rate", "人份/日", None),
        ("干活一个小时10块钱。", "10块钱", "rate", "元/小时", None),
        ("农村居民人均可支配收入21000元。", "21000元", "rate", "元/人", None),
        ("配备比例达到每万名城镇人口18名以上。", "18名以上", "rate", "名/万名", None),
        ("全县完成造林面积1.2万亩。", "1.2万亩", "measure", "亩", None),
        ("实现营业收入3.6亿元。", "3.6亿元", "money", "元", None),
        ("价格是普通西红柿的两倍。", "两倍", "change", "倍", None),
        ("人均纯收入比五年前翻了一番。", "翻了一番", "change", "倍", "increase"),
        ("存款余额比年初增加612.4亿元。", "612.4亿元", "change", "元", "increase"),
        ("夏粮总产量比上年同期减少0.3亿斤。", "0.3亿斤", "change", "斤", "decrease"),
        # a denominator written after the unit is not doubled by a rate word before it
        ("平均亩产达到690公斤/亩。", "690公斤/亩", "rate", "公斤/亩", None),
        ("细颗粒物平均浓度为38微克/立方米。", "38微克/立方米", "rate", "微克/立方米", None),
        # the pace of growth
        ("增速比1-9月加快0.3个百分点。", "0.3个百分点", "change", "百分点", "increase"),
        ("消费增速放缓0.5个百分点。", "0.5个百分点", "change", "百分点", "decrease"),
        ("投资增速回升1.2个百分点。", "1.2个百分点", "change", "百分点", "increase"),
        # a change's noun or verb then 高达 (as high as): still the change (a tourism review, a market brief)
        ("2024年旅游收入613亿元，同比增幅高达97.08%。", "97.08%", "change", "%", "increase"),
        ("A股银行板块指数年内涨幅高达32.75%。", "32.75%", "change", "%", "increase"),
        ("全年出口同比增长高达18.6%。", "18.6%", "change", "%", "increase"),
    ],
)
def test_kind_unit_and_direction(claims_of, text, mention, kind, unit, direction):
    claim = next(c for c in claims_of(text) if c["mention"] == mention)
    assert (claim["kind"], claim["unit"], claim["direction"]) == (kind, unit, direction)


@pytest.mark.parametrize(
    ("text", "mention", "kind", "direction"),
    [
        # communiqué lines: a measure or sum after a verb of change is the change, base or not
        ("全年粮食播种面积增加0.2千公顷。", "0.2千公顷", "change", "increase"),
        ("地方一般公共预算收入减少3.2亿元。", "3.2亿元", "change", "decrease"),
        ("出口额上升超过一成。", "超过一成", "change", "increase"),
        ("住户存款净增3.2亿元。", "3.2亿元", "change", "increase"),
        ("耕地面积净减0.5万公顷。", "0.5万公顷", "change", "decrease"),
        ("城镇调查失业率下降3个百分点。", "3个百分点", "change", "decrease"),
        ("全年实现销售额增长两倍。", "两倍", "change", "increase"),
        # news lines: a count that went down is a change; one that went up is what was added
        ("本周报告的新发病例减少18例。", "18例", "change", "decrease"),
        ("全镇受益群众增加6万人。", "6万人", "count", None),
        ("全省新增确诊病例12例。", "12例", "count", None),
        ("昨日全省新增12例。", "12例", "count", None),  # 新增: new cases, not a change
        ("常住人口增加到12万人。", "12万人", "count", None),  # the level reached
        ("常住人口减少为12万人。", "12万人", "count", None),
        # compared with the day before, also by its date: a day's change of a running total
        ("甘肃累计确诊4例，比23日增加两例。", "两例", "change", "increase"),
        ("全省累计确诊病例120例，较前一日增加2例。", "2例", "change", "increase"),
        # a count revised after checking
        ("累计报告确诊病例17205例（北京市核减3例）。", "3例", "change", "decrease"),
    ],
)
def test_changes_without_a_base(claim_of, text, mention, kind, direction):
    claim = claim_of(text, mention)
    assert (claim["kind"], claim["direction"]) == (kind, direction)


@pytest.mark.parametrize(
    ("text", "region", "mention", "kind", "direction"),
    [
        # Taiwan writes growth 成長, a fall 衰退 (tourism and economic news)
        ("國旅日均人次今年成長109%，達到73萬人次。", "台湾", "109%", "change", "increase"),
        ("出口總值較去年同期成長12.5%。", "台湾", "12.5%", "change", "increase"),
        ("受景氣影響，出口衰退3.2%。", "台湾", "3.2%", "change", "decrease"),
        ("全年經濟負成長1.5%。", "台湾", "1.5%", "change", "decrease"),
        # a statistical communiqué's negative growth is a fall, not a rise
        ("全市地区生产总值负增长2.1%。", "菏泽市", "2.1%", "change", "decrease"),
        # the change named after the figure: Macau and Hong Kong releases, communiqués, news
        ("香港旅客上升15.4%，而台灣旅客亦有16.6%的增長。", "澳门", "16.6%", "change", "increase"),
        ("零售業總銷貨價值錄得3.1%的按年升幅。", "香港", "3.1%", "change", "increase"),
        ("香港及台灣旅客分別有5.1%及3.2%的升幅。", "澳门", "5.1%", "change", "increase"),
        ("全年规模以上工业增加值有5.2%的增长。", "菏泽市", "5.2%", "change", "increase"),
        ("居民消费价格出现0.3个百分点的下降。", "菏泽市", "0.3个百分点", "change", "decrease"),
        ("快于同期全球累计确诊病例98%的增幅。", None, "98%", "change", "increase"),
        ("农产品价格有3.2%的跌幅。", "菏泽市", "3.2%", "change", "decrease"),
        # 成长 as the growth of someone, with what is counted or how long after it: no change
        ("陪伴孩子健康成长1000天。", "菏泽市", "1000天", "duration", None),
        ("見證城市成長40年。", "台湾", "40年", "duration", None),
        ("助力青年創業成長300人。", "台湾", "300人", "count", None),
        # a share of the growth, not the growth
        ("最终消费贡献了65%的增长。", "菏泽市", "65%", "percent", None),
        ("消費和投資分別貢獻了65%和20%的增長。", "台湾", "20%", "percent", None),
    ],
)
def test_growth_said_with_chengzhang_or_after_the_figure_is_a_change(claim_of, text, region, mention, kind, direction):
    claim = claim_of(text, mention, region)
    assert (claim["kind"], claim["direction"]) == (kind, direction)


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric", "direction"),
    [
        # a change said strongly is a change, its verb no part of the metric: airport traffic, a stock market, trade
        ("飛機起降量同比上揚63.7%至約8.62萬架次。", "香港", "63.7%", "飞机起降量", "increase"),
        ("机场客运量飙升81.7%。", "香港", "81.7%", "机场客运量", "increase"),
        ("恒生指数下挫3.2%。", "香港", "3.2%", "恒生指数", "decrease"),
        ("跨境电商进口额锐减18.5%。", "宁波市", "18.5%", "跨境电商进口额", "decrease"),
    ],
)
def test_a_change_said_strongly_is_a_change(claim_of, text, region, mention, metric, direction):
    claim = claim_of(text, mention, region)
    assert (claim["kind"], claim["metric"], claim["direction"]) == ("change", metric, direction)


@pytest.mark.parametrize(
    ("text", "region", "mention", "kind", "unit"),
    [
        # the per-word a little before the figure: Taiwan tourism news
        ("國家風景區平均每日達64萬5314人次出遊。", "台湾", "64萬5314人次", "rate", "人次/日"),
        ("比去年每日平均28萬6765人次成長約125%。", "台湾", "28萬6765人次", "rate", "人次/日"),
        ("春節期間日平均客流64萬人次。", "台湾", "64萬人次", "rate", "人次/日"),
        # from A … reaching B: B is what A was, a rate when A is; A's per-word may stand in the topic before it
        ("國旅日均人次從去年35萬，今年成長109%、達到73萬人次。", "台湾", "73萬人次", "rate", "人次/日"),
        ("每天平均旅遊人次，從去年35萬人次，今年成長109％、達73萬人次出遊。", "台湾", "35萬人次", "rate", "人次/天"),
        ("每天平均旅遊人次，從去年35萬人次，今年成長109％、達73萬人次出遊。", "台湾", "73萬人次", "rate", "人次/天"),
        ("全村人均可支配收入从2020年的1.2万元，增长到今年的2.1万元。", "沈丘县", "2.1万元", "rate", "元/人"),
        ("全县小麦亩产从去年的450公斤，提高到今年的520公斤。", "沈丘县", "520公斤", "rate", "公斤/亩"),
        # a figure of another span, or not where a change from a rate ends: a count
        ("日均客流73万人次，全年达到2.6亿人次。", "台湾", "2.6亿人次", "count", "人次"),
        ("入境旅客从去年35万人次，今年增长10%，达到38.5万人次。", "台湾", "38.5万人次", "count", "人次"),
        # agriculture news: what a mu yields
        ("“每畝可采1500公斤蓮子，畝收入可達7500元以上。”合作社負責人說。", "沈丘县", "7500元以上", "rate", "元/亩"),
        ("全县高效农业亩产值达3万元。", "沈丘县", "3万元", "rate", "元/亩"),
        ("大棚蔬菜亩纯收入约2万元。", "菏泽市", "约2万元", "rate", "元/亩"),
        ("小麦亩产1200斤。", "菏泽市", "1200斤", "rate", "斤/亩"),
        # a figure with its own unit right before the per-word: the area, not a denominator; a date
        ("全村种植1000亩收入达500万元。", "菏泽市", "500万元", "money", "元"),
        ("3日平均气温下降，当天客流64万人次。", "菏泽市", "64万人次", "count", "人次"),
        # a newspaper's name; the day before, not one day
        ("《每日经济新闻》记者获悉，公司营收达3亿元。", "成都市", "3亿元", "money", "元"),
        ("韩国确诊病例较前一天下午4时新增169例。", None, "169例", "count", "例"),
    ],
)
def test_a_per_word_a_little_before_the_figure_makes_a_rate(claim_of, text, region, mention, kind, unit):
    claim = claim_of(text, mention, region)
    assert (claim["kind"], claim["unit"]) == (kind, unit)


@pytest.mark.parametrize(
    ("text", "mention", "kind", "unit", "direction"),
    [
        # a water bulletin and a climate review: 多/少/偏多/偏少 after a comparison state a change
        ("全区年降水量为815毫米，比上年少9.6%。", "9.6%", "change", "%", "decrease"),
        ("全区地表水资源量比多年平均多7.4%。", "7.4%", "change", "%", "increase"),
        ("全县平均降水量比上年少6.1%，比多年均值少2.4%。", "2.4%", "change", "%", "decrease"),
        ("今年入汛以来全县降水较常年偏少2成。", "2成", "change", "%", "decrease"),
        ("春季平均降水量较常年同期偏多35%。", "35%", "change", "%", "increase"),
        # the Hong Kong Observatory's normal (正常值), an adverb of degree before the comparison (只比)
        ("全年累積雨量為 2,557 毫米，只比正常值高 5%。", "5%", "change", "%", "increase"),
        # a statistics communiqué and a news item: counts and sums compared the same way
        ("年末全县户籍人口比上年末少1200人。", "1200人", "change", "人", "decrease"),
        ("今年一季度全市接待游客比去年同期多8.3万人次。", "8.3万人次", "change", "人次", "increase"),
        # alone, 少 and 多 are parts of other words: no change
        ("全县至少15%的村庄完成改厕。", "至少15%", "percent", "%", None),
        ("参赛队伍多达120支。", "多达120支", "count", "支", None),
        # a change of a per-mille rate is in 千分点, not 个
        ("全省人口自然增长率比上年下降0.52个千分点。", "0.52个千分点", "change", "千分点", "decrease"),
        ("全市出生率比上年回升1.3个千分点。", "1.3个千分点", "change", "千分点", "increase"),
        # a sentence opening with what its changes are against: a rise after it is the change, not what was added
        ("与上年比较，乡镇卫生院床位增加4.9万张，人员增加7.5万人。", "4.9万张", "change", "张", "increase"),
        ("与去年相比，全县规模以上企业增加12家。", "12家", "change", "家", "increase"),
        # against a named baseline with its date in brackets (a Taipei census brief, Traditional), a census named
        # (a county's census communiqué), through the clauses after a semicolon; a rate changed keeps its unit
        ("與前次普查(89年底)比較,常住人口增加3萬1,313人(1.19%)。", "3萬1,313人", "change", "人", "increase"),
        ("與前次普查(89年底)比較,常住人口增加3萬1,313人(1.19%)。", "1.19%", "change", "%", "increase"),
        ("与第六次全国人口普查相比，常住人口增加12万人；家庭户增加3万户。", "3万户", "change", "户", "increase"),
        ("与上次普查相比，人口密度每平方公里增加115人。", "115人", "change", "人/平方公里", "increase"),
        # the pace a rate of growth moved to (回复至, 放缓至, 回落至): the figure is that rate, a change
        ("2023年香港经济增长回复至3.2%。", "3.2%", "change", "%", None),
        ("一季度全市工业增加值增速回落至4.5%。", "4.5%", "change", "%", None),
        # a rate of change revised to a figure (实质变动修订为, 增速下修至): that rate, a change
        ("2022年全年本地生产总值实质变动修订为-21.4%。", "-21.4%", "change", "%", None),
        ("全年经济增速下修至4.5%。", "4.5%", "change", "%", None),
        # a growth rate forecast or targeted (a statistics release, a work report): that rate, a change
        ("主計總處上修全年經濟成長率預測至3.43%。", "3.43%", "change", "%", None),
        ("国际货币基金组织将今年中国经济增长预期上调至5.0%。", "5.0%", "change", "%", None),
        ("今年全市经济增长目标为6%左右。", "6%左右", "change", "%", None),
        # a short note in brackets inside the noun (执业（助理）医师) does not hide the per-word before it
        ("每千人口执业（助理）医师3.1人。", "3.1人", "rate", "人/千人", None),
        ("每万人口拥有（含）病床52张。", "52张", "rate", "张/万人", None),
        # a target that is no growth rate stays a level
        ("全年城镇调查失业率目标为5.5%左右。", "5.5%左右", "percent", "%", None),
        # a change of a rate in basis points, a bank's margin or a loan rate
        ("2023年，该行净息差同比下降25个基点。", "25个基点", "change", "基点", "decrease"),
        ("一年期贷款市场报价利率较上月下降10基点。", "10基点", "change", "基点", "decrease"),
    ],
)
def test_compared_more_or_less_and_per_mille_points(claims_of, text, mention, kind, unit, direction):
    claim = next(c for c in claims_of(text) if c["mention"] == mention)
    assert (claim["kind"], claim["unit"], claim["direction"]) == (kind, unit, direction)


@pytest.mark.parametrize(
    ("text", "region", "mention", "kind", "unit"),
    [
        # per a unit of measure written after the figure and ending its clause: a water bulletin, a market report
        ("全州平均产水模数28.0万立方米每平方千米。", "大理白族自治州", "28.0万立方米", "rate", "立方米/平方公里"),
        ("今年新米收购价1.5元每斤，比去年高。", "五常市", "1.5元", "rate", "元/斤"),
        # 每 and more words after the figure open a phrase of their own
        ("全村种植100亩每亩产量达600公斤。", "菏泽市", "100亩", "measure", "亩"),
        # per 万元 of output: a water bulletin and an energy communiqué; a sum before 万元 is money, no marker
        ("全州万元GDP用水量120.9立方米。", "大理白族自治州", "120.9立方米", "rate", "立方米/万元"),
        ("全市万元工业增加值用水量55.4立方米。", "绍兴市", "55.4立方米", "rate", "立方米/万元"),
        ("企业投入500万元GDP核算软件项目，节水1.2万立方米。", "绍兴市", "1.2万立方米", "measure", "立方米"),
    ],
)
def test_a_per_word_after_the_figure_or_per_output_makes_a_rate(claim_of, text, region, mention, kind, unit):
    claim = claim_of(text, mention, region)
    assert (claim["kind"], claim["unit"]) == (kind, unit)


@pytest.mark.parametrize(
    ("text", "region", "mention", "kind", "direction"),
    [
        # a revenue's, a spending's and a harvest's change (change_verbs.tsv): a final-accounts report, a county's
        # work report, farm news
        ("一般公共预算收入129748万元，比2017年增收12423万元。", "汕尾市", "12423万元", "change", "increase"),
        ("一般公共预算支出480691万元，比2017年增支8807万元。", "汕尾市", "8807万元", "change", "increase"),
        ("受减税降费影响，全县税收比上年减收3200万元。", "沈丘县", "3200万元", "change", "decrease"),
        ("全市粮食总产量比上年增产5.2万吨。", "周口市", "5.2万吨", "change", "increase"),
        # a fall narrowing: a change of the rate, down
        ("第三产业售电量降幅较1~8月收窄2.30个百分点。", "海南省", "2.30个百分点", "change", "decrease"),
        # the base's own level in brackets between the comparison and its verb: a water bulletin, a climate review
        ("年降水总量271.8亿立方米，比常年(293.5亿立方米)偏少7.4%。", "大理白族自治州", "7.4%", "change", "decrease"),
        ("全年降水量1320毫米，较常年（1150毫米）偏多14.8%。", "桂林市", "14.8%", "change", "increase"),
    ],
)
def test_changes_of_revenue_and_output_and_against_a_bracketed_base(claim_of, text, region, mention, kind, direction):
    claim = claim_of(text, mention, region)
    assert (claim["kind"], claim["direction"]) == (kind, direction)


@pytest.mark.parametrize(
    ("text", "region", "mention", "kind", "unit"),
    [
        # a number of days after a verb of change is a change as a measure is: an environment bulletin, a work report
        ("全区优良天数比上年增加4天。", "宁夏回族自治区", "4天", "change", "天"),
        ("全市优良天气增加18天。", "石嘴山市", "18天", "change", "天"),
        # …but how long something went on (连续下降2天) is a duration
        ("湖北省新增病例连续下降2天。", "湖北省", "2天", "duration", "天"),
        # a change right after a rate, in its numerator's unit, is per what the rate is per: a harvest report, a
        # statistical communiqué
        ("稻谷平均单产515.50公斤/亩，比去年增加31.70公斤。", "无为市", "31.70公斤", "change", "公斤/亩"),
        ("农村居民人均可支配收入21000元，比上年增加1500元。", "沈丘县", "1500元", "change", "元/人"),
    ],
)
def test_days_change_and_a_rates_change_keeps_its_denominator(claim_of, text, region, mention, kind, unit):
    claim = claim_of(text, mention, region)
    assert (claim["kind"], claim["unit"]) == (kind, unit)


@pytest.mark.parametrize(
    ("text", "region", "mention", "direction"),
    [
        # a signed percentage is a change, no share: a county's investment by sector, a Macau retail release
        ("其中:教育、文化、体育和娱乐业负增长,分别为-85.9%和-97.8%。", "鄂州市", "-97.8%", "decrease"),
        ("銷售額與去年同季比較,通訊設備(+30.6%)錄得升幅。", "澳门特别行政区", "30.6%", "increase"),
    ],
)
def test_a_signed_percentage_is_a_change(claim_of, text, region, mention, direction):
    claim = claim_of(text, mention, region)
    assert (claim["kind"], claim["direction"]) == ("change", direction)


def test_a_year_in_chinese_numerals_ending_in_one_is_no_per_year(claim_of):
    # 二〇二一年的六宗: 一年 closes the year, no "per year" (a fire service's year review)
    claim = claim_of("火警有五宗，比二〇二一年的六宗减少一宗。", "六宗", "香港特别行政区")
    assert (claim["kind"], claim["unit"]) == ("count", "宗")


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric", "direction"),
    [
        # a change in its unit restated after 或 as a percentage: a Taiwan city's indicators (Traditional), a
        # statistical communiqué
        (
            "Taiwan city indicators",
            "97年職業災害失能傷害計744人次,較96年減少55人次或6.88%。",
            "高雄市",
            "6.88%",
            "职业灾害失能伤害",
            "decrease",
        ),
        ("statistical communiqué", "年末常住人口比上年增加3000人或0.5%。", "封丘县", "0.5%", "常住人口", "increase"),
        # the same change in another unit in brackets right after it: an air-quality bulletin, a port's figures, Hong
        # Kong's labour figures (Traditional)
        (
            "air-quality bulletin",
            "全省细颗粒物(PM2.5)平均浓度为32微克/立方米,同比上升23.1%(6微克/立方米)。",
            "广东省",
            "6微克/立方米",
            "细颗粒物平均浓度",
            "increase",
        ),
        (
            "port figures",
            "全港集装箱吞吐量同比增长8.2%（10万标箱）。",
            "香港特别行政区",
            "10万标箱",
            "集装箱吞吐量",
            "increase",
        ),
        ("labour figures", "失業人數較上月減少2.1%(1萬人)。", "香港特别行政区", "1萬人", "失业人数", "decrease"),
    ],
)
def test_a_change_restated_in_another_unit_is_that_change(claim_of, genre, text, region, mention, metric, direction):
    claim = claim_of(text, mention, region)
    assert (claim["kind"], claim["direction"], claim["metric"]) == ("change", direction, metric), genre


@pytest.mark.parametrize(
    ("text", "region", "mention", "kind", "metric"),
    [
        # an epidemic bulletin: a patient's age in months in the patient's bracket, and the youngest's in a sentence
        # of ages
        ("另有患者温某（11个月）是前述温某和冯某的小孩。", "中山市", "11个月", "age", "患者"),
        ("确诊病例中，年龄最大80岁，最小1个月。", "贵州省", "1个月", "age", "年龄最小"),
        ("收治的患儿中，年龄最大的12岁，最年幼的仅8个月。", "武汉市", "8个月", "age", "年龄最年幼"),
        # a child-health report: an infant's months
        ("全市为一名8个月女婴实施了心脏手术。", "郑州市", "8个月", "age", "女婴"),
    ],
)
def test_a_persons_months_are_an_age(claim_of, text, region, mention, kind, metric):
    claim = claim_of(text, mention, region)
    assert claim["kind"] == kind
    if metric is not None:
        assert claim["metric"] == metric


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # how long a pilot or a term lasts stays a duration, in brackets or after a superlative alone
        ("试点期（6个月）结束后全面推开。", "6个月"),
        ("贷款期限最长36个月，最小1个月。", "1个月"),
    ],
)
def test_months_of_a_term_stay_a_duration(claim_of, text, mention):
    assert claim_of(text, mention, "郑州市")["kind"] == "duration"


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "unit"),
    [
        # the figures listed right after a rate's first are rates of the same (a county's work report, a farm
        # bureau's harvest news, a Traditional communiqué)
        ("work report", "城镇和农村居民人均可支配收入分别达到45210元、21330元。", "平阴县", "21330元", "元/人"),
        ("harvest news", "早稻、晚稻平均亩产分别为480公斤、515公斤。", "衡阳市", "515公斤", "公斤/亩"),
        ("Traditional communiqué", "城鎮及農村居民人均可支配收入分別為4萬元、2萬元。", "屏東縣", "2萬元", "元/人"),
    ],
)
def test_figures_listed_after_a_rate_are_rates_of_the_same(claim_of, genre, text, region, mention, unit):
    claim = claim_of(text, mention, region)
    assert (claim["kind"], claim["unit"]) == ("rate", unit), genre


def test_a_figure_of_its_own_unit_after_a_rate_is_no_rate(claim_of):
    claim = claim_of("水稻平均亩产515公斤、总产量12万吨。", "12万吨", "衡阳市")
    assert claim["kind"] == "measure"


# 多 and 少 alone, right after what changed, state a change when the level it reached follows (a Hong Kong paper's
# results: 純利少6.94%，至146.77億元); the level is of what changed, and the word no part of its metric. Elsewhere 多
# needs its comparison (至少, 最多 are other words)
@pytest.mark.parametrize(
    ("text", "mention", "kind", "direction", "metric"),
    [
        ("港鐵期內純利少6.94%，至146.77億元。", "6.94%", "change", "decrease", "纯利"),
        ("港鐵期內純利少6.94%，至146.77億元。", "146.77億元", "money", None, "纯利"),
        ("集團去年車務營運收入雖然多2.5%，至235.95億元。", "2.5%", "change", "increase", "集团车务营运收入"),
        ("集團去年車務營運收入雖然多2.5%，至235.95億元。", "235.95億元", "money", None, "集团车务营运收入"),
        ("港鐵期內總收入按年減少7.58%，至554.65億元。", "7.58%", "change", "decrease", "总收入"),
        ("全港至少30%的居民，至2025年參加醫保。", "至少30%", "percent", None, "居民"),
    ],
)
def test_more_or_less_alone_before_the_level_reached_is_a_change(claim_of, text, mention, kind, direction, metric):
    claim = claim_of(text, mention, "香港特别行政区")
    assert (claim["kind"], claim["direction"], claim["metric"]) == (kind, direction, metric)


@pytest.mark.parametrize(
    ("text", "region", "mention", "direction"),
    [
        # a wages release: against the end of the month or of the same month a year before
        ("8月底受僱員工人數759萬7千人,較上月底增加1萬人。", "台湾地区", "1萬人", "increase"),
        ("12月末全市市场主体48.6万户,较上年同月底增加3.1万户。", "洛阳市", "3.1万户", "increase"),
        ("季末全市个体工商户36.2万户,较上季末增加1.2万户。", "洛阳市", "1.2万户", "increase"),
        # an adverb between the comparison and its verb: 則, 亦
        ("8月工時平均為184.2小時,較上年同月則減1.1小時。", "台湾地区", "1.1小時", "decrease"),
        ("全县户籍人口86万人,较上年亦增加3000人。", "滑县", "3000人", "increase"),
    ],
)
def test_a_change_against_a_month_end_or_after_an_adverb_is_a_change(claim_of, text, region, mention, direction):
    claim = claim_of(text, mention, region)
    assert (claim["kind"], claim["direction"]) == ("change", direction)


@pytest.mark.parametrize(
    ("text", "mention", "direction", "metric"),
    [
        # a county communiqué and a bank's rate news: rarer verbs of change (change_verbs.tsv)
        ("规上工业增加值增长7.2%,增速比2021年减低2.2个百分点。", "2.2个百分点", "decrease", "规上工业增加值增速"),
        ("一年期贷款市场报价利率为3.45%,比上月调低0.1个百分点。", "0.1个百分点", "decrease", "一年期贷款市场报价利率"),
        ("全市森林覆盖率为42.1%,比上年升高0.6个百分点。", "0.6个百分点", "increase", "森林覆盖率"),
    ],
)
def test_rarer_verbs_of_change_state_a_change_of_the_measure_before(claim_of, text, mention, direction, metric):
    claim = claim_of(text, mention)
    assert (claim["kind"], claim["direction"], claim["metric"]) == ("change", direction, metric)


@pytest.mark.parametrize(
    ("text", "mention", "direction"),
    [
        # a company's monthly sales announcement: the changes named by a noun of change, their way by their sign
        ("公司10月销售肉鸡3686.34万只,销售收入13.13亿元,环比变动分别为0.26%、-3.88%。", "0.26%", "increase"),
        ("公司10月销售肉鸡3686.34万只,销售收入13.13亿元,环比变动分别为0.26%、-3.88%。", "-3.88%", "decrease"),
        # once one of a list is signed, each goes the way its sign says
        ("公司10月销售肉猪5.20万头,销售收入1.74亿元,同比变动分别为-9.73%、0.00%。", "0.00%", None),
        ("公司10月销售肉猪5.20万头,销售收入1.74亿元,同比变动分别为-9.73%、138.36%。", "138.36%", "increase"),
        # a city's statistics release
        ("全市规模以上工业增加值同比变化率为2.5%。", "2.5%", "increase"),
        ("全市居民消费价格比上年增减幅度为0.0%。", "0.0%", None),
    ],
)
def test_a_noun_of_change_after_a_comparison_makes_a_change_its_sign_says_which_way(claim_of, text, mention, direction):
    claim = claim_of(text, mention)
    assert (claim["kind"], claim["direction"]) == ("change", direction)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # Taiwan's statistics releases number the year before in brackets: 上(105)年
        ("8月底受僱員工人數759萬7千人,較上(105)年同月底亦增12萬5千人或1.68%。", "12萬5千人"),
        ("8月底受僱員工人數759萬7千人,較上(105)年同月底亦增12萬5千人或1.68%。", "1.68%"),
        # a city's transport news
        ("去年底全市登記機車數達21萬輛,較上(112)年底增加3000輛。", "3000輛"),
    ],
)
def test_a_change_against_the_year_before_numbered_in_brackets_is_a_change(claim_of, text, mention):
    claim = claim_of(text, mention, "台湾地区")
    assert (claim["kind"], claim["direction"]) == ("change", "increase")
