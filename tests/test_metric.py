import pytest

from extract.components.metric import tidy_metric


@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        ("标准化提升“暖新”驿站465处。", "465处", "暖新驿站"),
        ("引导358名党员主动到社区报到。", "358名", "党员"),
        ("在8个试点社区有序推进。", "8个", "试点社区"),
        ("今年以来，全县共抓获犯罪嫌疑人120名。", "120名", "犯罪嫌疑人"),
        ("全市实体党组织覆盖率已提高至93.02%。", "93.02%", "实体党组织覆盖率"),
        ("全省社会消费品零售总额达到2.6万亿元。", "2.6万亿元", "社会消费品零售总额"),  # 全省 is the subject
        ("全国规模以上工业增加值同比增长5.8%。", "5.8%", "规模以上工业增加值"),
        ("全年粮食总产量达到52.3万吨。", "52.3万吨", "粮食总产量"),
        # a level held: 稳定在 / 控制在 link the thing to its figure
        ("粮食播种面积稳定在120万亩以上。", "120万亩以上", "粮食播种面积"),
        ("城镇登记失业率控制在3%以内。", "3%以内", "城镇登记失业率"),
        ("带动120多户群众年均增收2万元。", "120多户", "群众"),  # 年均 starts the next phrase
        # a list of figures: 分别 is no part of the thing, the 和 before the second names nothing
        ("江苏省、浙江省分别进出口4.5万亿元和4.2万亿元。", "4.2万亿元", "进出口"),
        ("赠送保额4041万元的人身意外险。", "4041万元", "保额"),
        # a count or measure with a noun right after it names that noun
        ("足迹遍布仿山镇48个村庄及小区。", "48个", "村庄"),  # a conjunction ends it
        ("今年新建130亩种苗基地，年产种苗百万株。", "130亩", "种苗基地"),
        ("带动周边260余名村民就业。", "260余名", "村民就业"),
        ("该取水点覆盖的12个村庄已用上黄河水。", "12个", "村庄"),
        # …and ends at 给, before whom it is given to: job fair news, Hong Kong's housing release
        ("招聘会提供500个就业岗位给有意愿的脱贫劳动力。", "500个", "就业岗位"),
        ("提供31,100個租住公屋單位給合資格的家庭。", "31,100個", "租住公屋单位"),  # metrics in Simplified
        ("当中21,930个单位预留给公屋轮候册申请人。", "21,930个", "单位"),
        # …and at what the people went through (经过; jieba reads 经过培训 as a name): training news, a hospital's
        ("今年共有120名学员经过培训后考核合格。", "120名", "学员"),
        ("两名新型冠状病毒感染的肺炎确诊患者经过治疗，达到出院标准。", "两名", "肺炎确诊患者"),
        # …and at what it is put to (用于, 用作), and a locality word closing its clause is no word of it: farming news,
        # Hong Kong's housing release
        ("全镇新建30个大棚用于蔬菜种植。", "30个", "大棚"),
        ("此外，4,000個單位用於各類調遷。", "4,000個", "单位"),
        ("在参加考试的1200名考生当中，有300名来自农村。", "1200名", "考生"),
        ("在今年可供編配的31,100個租住公屋單位當中，有12,600個新單位。", "31,100個", "租住公屋单位"),
        # a relative clause before 的: the noun after it; a short noun before 的 is the one counted
        ("精心展演了30余个深受群众喜爱的传统戏曲节目。", "30余个", "传统戏曲节目"),
        ("对8大类15个方面的问题进行整治。", "15个", "方面"),
        # the next figure or a change verb ends the phrase after
        ("侦办谣言类案件35起 行政处罚33人", "35起", "侦办谣言类案件"),
        ("企业由196家增长到248家。", "196家", "企业"),
        # brackets stay with the phrase before; what a verb inside it acts on
        ("建成惠民服务中心(站点)2213个。", "2213个", "惠民服务中心"),
        ("建设了占地5120平方米的乡村振兴车间。", "5120平方米", "乡村振兴车间占地"),  # the land is the workshop's
        ("破获盗窃车内财物案等关系民生的传统侵财案件196起。", "196起", "传统侵财案件"),
        # a generic head alone after a verb counts what the act dealt with, which the act names: police and
        # market-regulation reports
        ("全市打击处理人数上升156%。", "156%", "打击处理人数"),
        ("全年查处数量达到320件。", "320件", "查处数量"),
        # a like-for-like growth is of the level before it: a county's budget, a city's tax news
        ("一般公共预算总收入33.8亿元，同口径增长96.1%。", "96.1%", "一般公共预算总收入"),
        ("全市税收收入52亿元，同口径增长6.3%。", "6.3%", "税收收入"),
        # a bare rate is the rate of the level before it: a fire service's figures (Traditional), a city's tourism
        ("拯救工作出勤總數為1,472宗,較去年同期增加了269宗,升幅為22.36%。", "22.36%", "拯救工作出勤总数升幅"),
        ("全市接待游客1200万人次，比上年增加130万人次，增幅为12.1%。", "12.1%", "游客增幅"),
        # a fall recorded (錄得跌幅) is a trend said of the noun before it, and the bare rate after the levels is
        # theirs: Hong Kong police figures (Traditional)
        ("損失金額亦錄得跌幅，由91.5億元下降至81.2億元，跌幅11.3%。", "91.5億元", "损失金额"),
        ("損失金額亦錄得跌幅，由91.5億元下降至81.2億元，跌幅11.3%。", "11.3%", "损失金额跌幅"),
        # what is left, its count's report and a clause's 但仍 name nothing: Taiwan population news (Traditional), a
        # city's mining news, a county's harvest
        ("總人口數又跌破45萬人,前年底統計僅剩44萬9062人,但仍連續2年跌破45萬人。", "44萬9062人", "总人口数"),
        ("全市规模以上煤矿只剩3家。", "3家", "规模以上煤矿"),
        ("全县粮食产量达到52万吨，但仍比上年减少1.2万吨。", "1.2万吨", "粮食产量"),
        # people counted by sex after the number: a fire service's figures (Traditional), an epidemic notice
        ("上述期間合共運送了6,368宗個案,涉及11,540人(5,903男、5,637女)。", "5,637女", "女性"),
        ("这5名新增患者为3男2女。", "3男", "男性"),
        # a count of things in a state after a count of them: an industrial park's news, a county's project news
        ("聚弘光电、大展科等9家电子信息企业投产,在建6家。", "6家", "在建电子信息企业"),
        ("全县签约重大项目20个，开工15个。", "15个", "开工重大项目"),
        # a place, a verb of having and a bare unit
        ("王洪庙村共有560户、1503人，耕地面积960亩。", "1503人", "人口"),
        ("王洪庙村共有560户、1503人，耕地面积960亩。", "960亩", "耕地面积"),
        # statistics-bureau and business-news styles
        ("全市规模以上工业增加值同比增长6.2%。", "6.2%", "规模以上工业增加值"),
        ("社会消费品零售总额完成1250.6亿元。", "1250.6亿元", "社会消费品零售总额"),
        ("全县新增市场主体3.2万户。", "3.2万户", "市场主体"),
        # a footnote's mark is no part of the metric (a communiqué's notes)
        ("全年全市地区生产总值[1]3211.5亿元。", "3211.5亿元", "地区生产总值"),
        ("年末公司员工总数［注2］1520名。", "1520名", "公司员工总数"),
        # a change with no phrase of its own is the change of the figure before it
        ("全市地区生产总值3211.5亿元，按不变价格计算，同比增长6.2%。", "6.2%", "地区生产总值"),
        ("生猪出栏238.5万头，下降4.1%。", "4.1%", "生猪出栏"),
        # a comparison with a baseline says nothing of what is measured
        ("夏粮总产量15.6亿斤，比上年增加0.3亿斤。", "0.3亿斤", "夏粮总产量"),
        ("存款余额6589.3亿元，比年初增加612.4亿元。", "612.4亿元", "存款余额"),
        ("工业增加值增速比上半年提高0.6个百分点。", "0.6个百分点", "工业增加值增速"),
        ("居民消费价格同比上涨0.4%，涨幅比1-8月回落0.2个百分点。", "0.4%", "居民消费价格"),
        ("居民消费价格同比上涨0.4%，涨幅比1-8月回落0.2个百分点。", "0.2个百分点", "涨幅"),
        ("粮食作物占比较上年提高2个百分点。", "2个百分点", "粮食作物占比"),
        # nouns that begin with a leading word or verb stay whole
        ("全镇从业人员3.2万人。", "3.2万人", "从业人员"),
        ("全县就业率达到96%。", "96%", "就业率"),
        ("全市在校学生12.6万名。", "12.6万名", "在校学生"),
        ("87名在治患者中，65例为输入性病例。", "87名", "在治患者"),
        # a history the cases had, after the figure, runs to its 史 over the places, 外 and 及 inside it; the patients
        # after one closed by 的 are counted
        ("其中，7例有武汉外湖北其他地区旅居史。", "7例", "有武汉外湖北其他地区旅居史"),
        ("其中，9例有湖北及其他省份接触史。", "9例", "有湖北及其他省份接触史"),
        ("其中，3例无湖北居住史或旅行史。", "3例", "无湖北居住史或旅行史"),
        ("接诊的两名有武汉旅行史的发热患者，确认为病例。", "两名", "发热患者"),
        # a short note in brackets inside the phrase after a figure (境外（印度尼西亚）输入) is passed over; a division
        # noun's other kinds (12个市(区)中) are no note
        ("陕西新增1例境外（印度尼西亚）输入新冠肺炎确诊病例。", "1例", "境外输入新冠肺炎确诊病例"),
        ("全年累计开通18条国际货运(含客改货)航线。", "18条", "国际货运航线"),
        # a clause's topic frame (至于…方面) and a pronoun (其, its) name nothing counted (Macau's and Hong Kong's
        # releases)
        ("至於在職員工方面,共有7897人。", "7897人", "在职员工"),
        ("建築廢物方面，整體產生量增加11%。", "11%", "整体产生量"),
        ("總承建商則有426間,其工程總值達7.34億元。", "7.34億元", "工程总值"),
        ("雖然只有95間從事樓宇建造,但其工程總值則達38.48億元。", "38.48億元", "工程总值"),
        ("其密切接触者38人均在医学观察中。", "38人", "密切接触者"),
        ("其他企业120家。", "120家", "其他企业"),
        # a change verb's degree jieba cuts off it (大/增至), and one jieba's dictionary keeps with the time compared
        # with (较前年): no word of the metric
        ("失业率大增至6.2%。", "6.2%", "失业率"),
        ("全年销量锐减三成。", "三成", "销量"),
        ("投诉有1889宗，较前年大幅上升202%。", "202%", "投诉"),
        # a count right before another count of the same thing (3035户11317间) counts what follows the second, as it
        # does (a county's earthquake losses); after the noun, both count it (城乡低保对象1200户3500人)
        ("地震共造成全县各村(社区)3035户11317间房屋受损。", "3035户", "房屋受损"),
        ("地震共造成全县各村(社区)3035户11317间房屋受损。", "11317间", "房屋受损"),
        ("全镇共有城乡低保对象1200户3500人。", "1200户", "城乡低保对象"),
        # an estimate's word (推估 as Taiwan writes it, 估计) says how the figure was reached, not what it counts
        ("推估可再增加680至850公噸外銷供應量。", "680至850公噸", "外销供应量"),
        ("其中陸路口岸估計共有351萬人次。", "351萬人次", "陆路口岸"),
        ("估计全年产量12万吨。", "12万吨", "产量"),
        # 另有 and 还有 (one word to jieba) lead to what is counted: a health bulletin's and a school report's
        ("现有确诊病例30例，另有疑似病例177例。", "177例", "疑似病例"),
        ("全校教师120人，还有外聘教师15人。", "15人", "外聘教师"),
        # a target's verb of intent (力争, 确保) is no part of what is aimed at: an employment release, a village's
        # plan; 争取 secures funds, and the funds secured are what a work report counts
        ("确保高校毕业生年底就业率达到90%以上。", "90%以上", "高校毕业生就业率"),
        ("力争全村蔬菜种植面积达到3000亩。", "3000亩", "蔬菜种植面积"),
        ("争取中央定点帮扶资金0.57亿元。", "0.57亿元", "争取中央定点帮扶资金"),
        ("对外贸易进出口总额增长8.5%。", "8.5%", "对外贸易进出口总额"),
        # 我们村 is a scope word; 发展到 a link; 增收 ends the phrase after a figure
        ("我们村网店已经发展到1200余家。", "1200余家", "网店"),
        ("带动1800多户农户增收。", "1800多户", "农户"),
        ("两江新区已集聚汽车企业300余家。", "300余家", "汽车企业"),
        ("带动周边5个村庄发展设施农业。", "5个", "村庄"),
        ("带动260户脱贫户每户年增收3000元。", "260户", "脱贫户"),
        ("规模以上工业企业实现营业收入6231.4亿元，下降1.2%。", "6231.4亿元", "规模以上工业企业营业收入"),
        ("年末全市常住人口875.6万人。", "875.6万人", "常住人口"),
        ("全年出生率为6.62‰。", "6.62‰", "出生率"),
        # a list of places opening the phrase, and their count, are no part of what is measured
        ("山东省和河南省粮食产量分别为1100亿斤、1330亿斤。", "1330亿斤", "粮食产量"),
        ("广东、江苏、浙江三省外贸进出口分别达到6.5万亿元、4.2万亿元和3.9万亿元。", "6.5万亿元", "外贸进出口"),
        ("东部地区规模以上工业增加值同比增长5.8%，中部地区增长6.1%。", "6.1%", "规模以上工业增加值"),
        # a plan's words lead the phrase; a whole a part is counted in ends at 中有; pace words link
        ("下一步将投资8000万元建设冷链物流中心。", "8000万元", "建设冷链物流中心投资"),
        ("预计可新增仓储能力2万吨。", "2万吨", "仓储能力"),
        ("计划生育特殊家庭1200户。", "1200户", "计划生育特殊家庭"),
        ("41个行业大类中有29个行业增加值保持增长。", "41个", "行业大类"),
        ("工业增加值增速比1-9月加快0.3个百分点。", "0.3个百分点", "工业增加值增速"),
        # nouns ending in 能 keep it; 有望 links an expectation
        ("车企在海外建厂，年产能超过100万辆。", "超过100万辆", "年产能"),
        ("全年新能源汽车出口有望突破150万辆。", "突破150万辆", "新能源汽车出口"),
    ],
)
def test_metric(claim_of, text, mention, metric):
    claim = claim_of(text, mention)
    assert claim["metric"] == metric


def test_enumeration_shares_out_its_phrases(claims_of):
    claims = claims_of("盗窃案件破案率和入户盗窃破案率分别同比上升40%、54.5%。")
    assert [(c["metric"], c["kind"]) for c in claims] == [("盗窃案件破案率", "change"), ("入户盗窃破案率", "change")]


def test_listed_changes_take_the_metrics_before_them(claims_of):
    claims = claims_of("截至目前，工业投资增速达7.5%，民间投资增速达6.1%，同比分别提高1.2、0.8个百分点。")
    assert [c["metric"] for c in claims][-1] == "民间投资增速"


def test_parts_and_total_each_have_their_metric(claims_of):
    claims = claims_of("共侦办谣言类案件35起，其中刑事案件2起、行政案件33起。")
    assert [c["metric"] for c in claims] == ["侦办谣言类案件", "刑事案件", "行政案件"]


def test_level_change_sentence_keeps_the_metric(claims_of):
    claims = claims_of("规模以上工业企业数量由2022年的196家增长到目前的248家。")
    assert [(c["value"], c["metric"]) for c in claims] == [(196, "规模以上工业企业数量"), (248, "规模以上工业企业数量")]


@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        # the level a series reached after a figure of another unit beside its last one: outbreaks and the people
        # they involved (a health centre's notice), charging posts and the cars they serve (city news)
        ("院舍及學校的爆發個案，由10月底的一周17宗、涉及50人，升至本周首5日的16宗、涉及40人。", "16宗", "爆發個案"),
        ("全市充电桩由年初的1.2万个、服务车辆8万辆，增至目前的2.5万个。", "2.5万个", "充电桩"),
    ],
)
def test_a_level_reached_past_another_units_figure_measures_its_units(claim_of, text, mention, metric):
    assert claim_of(text, mention)["metric"] == metric


def test_figures_listed_with_he_take_the_metrics_before_them(claims_of):
    text = "全年接待国内游客4860.5万人次，实现旅游总收入520.3亿元，分别增长45.2%和52.7%。"
    metrics = {c["mention"]: c["metric"] for c in claims_of(text)}
    assert (metrics["45.2%"], metrics["52.7%"]) == ("国内游客", "旅游总收入")


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        ("专精特新“小巨人”、制造业单项冠军分别增至283家、38家。", ["专精特新小巨人", "制造业单项冠军"]),
        # a share or a measure written once after the last item is every item's (the dev gold's 民营规上工业增加值占比)
        (
            "民营规上工业增加值、外贸进出口总额占比分别为23.1%、45.5%。",
            ["民营规上工业增加值占比", "外贸进出口总额占比"],
        ),
        ("全市粮食、油料、蔬菜产量分别为150万吨、20万吨和300万吨。", ["粮食产量", "油料产量", "蔬菜产量"]),
    ],
)
def test_phrases_listed_before_fenbie_go_to_the_figures_after_it_in_order(claims_of, text, metrics):
    assert [c["metric"] for c in claims_of(text)] == metrics


@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        ("固定资产投资（不含农户，下同）比上年下降7.5%。", "7.5%", "固定资产投资"),  # a comma in brackets
        # a long note of what the figure leaves out or takes in: a postal bulletin, company news
        ("邮政行业业务收入(不包括邮政储蓄银行直接营业收入)完成26.58亿元。", "26.58亿元", "邮政行业业务收入"),
        ("建築業的生產總額(即從事建築工程之總值與其他收益之和)為62.66億元。", "62.66億元", "生产总额"),
        ("规模以上工业增加值（含规模以上工业企业所属全部产业活动单位）增长6.1%。", "6.1%", "规模以上工业增加值"),
        ("预计未来三年，游客接待量将达到 260 万人次。", "260 万人次", "游客接待量"),  # a space before the figure
        ("全县有两个4A级景区。", "两个", "4A级景区"),  # a grade opens the noun after
        ("全市建成3个5G基站示范区。", "3个", "5G基站示范区"),
    ],
)
def test_metrics_across_brackets_spaces_and_grades(claim_of, text, mention, metric):
    claim = claim_of(text, mention)
    assert claim["metric"] == metric


@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        # the figure before 的 names the noun after it; 基础上 and the like are never a metric
        ("在实施150万元省级示范项目的基础上，继续推进。", "150万元", "省级示范项目"),
        ("今年实施360万元的追溯平台建设项目。", "360万元", "追溯平台建设项目"),  # after a lone verb
        # a contribution rate linked by 高达 keeps no part of the link (a high-tech release, a consumption report)
        ("高新技术产业对工业增长的贡献率高达54.7%。", "54.7%", "贡献率"),
        ("消费对经济增长的贡献率达到65%。", "65%", "贡献率"),
        # a quoted name closing the clause after 的 is a slogan, no thing measured (a customs release, a harvest item)
        ("外贸进出口规模从2000亿元到5000亿元的“四连跳”。", "5000亿元", "外贸进出口规模"),
        ("全市粮食产量从500万吨增至1000万吨的“八连增”。", "1000万吨", "粮食产量"),
        ("实施360万元的“美丽乡村”建设项目。", "360万元", "美丽乡村建设项目"),
        ("今年完成80万元的改造工程。", "80万元", "改造工程"),
        # a rate written with its day: the unit is 吨/日, the metric what is processed
        ("日加工稻米能力80吨/日。", "80吨/日", "日加工稻米能力"),
    ],
)
def test_metrics_are_nouns_not_verbs_or_places_in_the_argument(claim_of, text, mention, metric):
    claim = claim_of(text, mention)
    assert claim["metric"] == metric


@pytest.mark.parametrize(
    ("metric", "key"),
    [
        ("网格员总数", "网格员"),
        ("农民专业合作社数量", "农民专业合作社"),
        ("养老床位总量", "养老床位"),
        ("城市书房个数", "城市书房"),
        ("光伏发电装机规模", "光伏发电装机"),
        ("注册志愿者人数", "注册志愿者"),
        ("在校生人数", "在校生"),
        ("就业人数", "就业人数"),  # 人数 folds only off people: 就业 is not
        ("总数", "总数"),  # nothing left to count
        ("规模以上工业企业", "规模以上工业企业"),
        ("规上企业数量", "规模以上工业企业"),  # folded, then the synonym lexicon
        ("暖新驿站", "暖新驿站"),
        ("暖心驿站", "暖心驿站"),
        ("党员志愿者", "党员志愿者"),
        ("社会消费品零售总额", "社会消费品零售总额"),
    ],
)
def test_metric_keys_fold_generic_heads_and_keep_different_things_apart(metric, key):
    from extract.components.metric import metric_key

    assert metric_key(metric) == key


@pytest.mark.parametrize(
    ("phrase", "tidy"),
    [
        # function words come off the edges: adverbs, prepositions, particles, trailing pronouns
        ("旅宿人次也大幅", "旅宿人次"),
        ("高毅资产以", "高毅资产"),
        ("盒子里", "盒子"),
        ("上市公司披露了", "上市公司披露"),
        # threshold verbs say how the figure relates, not what is counted
        ("行政区超过", "行政区"),
        ("公司净利润超", "公司净利润"),
        ("行政区更达", "行政区"),
        # a baseline opened by 从/由/比 after the noun comes off
        ("农业产值从合并前", "农业产值"),
        ("涨幅比1-8月回落", "涨幅"),
        # jieba's split of 占比/同比 keeps its 比
        ("占比", "占比"),
        # a phrase of function words alone, one character that is no noun, a lone change verb: nothing
        ("提升至", None),
        # a change verb and the level it reaches are the figure, not its noun
        ("失业率升至", "失业率"),
        ("覆盖率已提高到", "覆盖率"),
        ("增至", None),
        ("包括", None),
        ("等", None),
        ("底", None),
        ("除", None),
        ("降", None),
        ("增长", None),
        ("", None),
        # a one-character noun names what is counted (13个省), and so do change nouns (涨幅)
        ("省", "省"),
        ("涨幅", "涨幅"),
        ("暖新驿站", "暖新驿站"),
        ("实体党组织覆盖率", "实体党组织覆盖率"),
        # a kind of division stays whole: jieba reads 地 of 地市 alone as a particle
        ("地市", "地市"),
        ("市州", "市州"),
        # the pronoun "its" comes off, also where jieba reads it as one word with the next (其净); not 其他, 其中
        ("其净息差", "净息差"),
        ("其零售贷款余额", "零售贷款余额"),
        ("其他收入", "其他收入"),
        # a copula linking the figure to what it is comes off (有4人是澳门居民, 200家为民营企业); a word opening with
        # its character stays (系列, 为民服务)
        ("是澳门居民", "澳门居民"),
        ("为民营企业", "民营企业"),
        ("是“十五”投资总量", "“十五”投资总量"),
        ("系列案件", "系列案件"),
        # 占比 is a share's noun, though jieba cuts its 比 off as a preposition of comparison (利润比上年 is one)
        ("优良天数占比", "优良天数占比"),
        ("公立医院药占比", "公立医院药占比"),
        ("利润比上年", "利润"),
        # 继 opens the earlier change a figure builds on (这个比重继2010年提高…的基础上)
        ("这个比重继", "这个比重"),
    ],
)
def test_tidy_metric(phrase, tidy):
    assert tidy_metric(phrase) == tidy


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a statistical release: a level compared with an earlier one keeps its noun, not the verb after
        ("全县劳动参与率则从59.4%提升至61.5%。", "菏泽市", "59.4%", "劳动参与率"),
        ("全市淹水面积从2009年的5.5万公顷降为2023年的9997公顷。", "台南市", "5.5万公顷", "淹水面积"),
        # news: a count with a threshold verb after its noun
        ("台风期间，全市有29个行政区超过500毫米。", "台南市", "29个", "行政区"),
        ("据统计，年内债券型基金共分红949.26亿元，占比超八成。", "中国", "超八成", "债券型基金共分红占比"),
        # a figure whose phrase is a function word takes the figure before it in the sentence
        ("淹水面积从5.5万公顷降为9997公顷。", "台南市", "9997公顷", "淹水面积"),
    ],
)
def test_metrics_start_and_end_on_words(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a count of people with no noun counts the people doing what follows, not the clause before
        ("当日解除医学观察183人，共有1077人正在接受医学观察。", "湖北省", "1077人", "接受医学观察"),
        ("目前尚有32人在院治疗。", "菏泽市", "32人", "在院治疗"),
        # a budget list's heading names the figures of a 由…增至… clause
        ("个人免税额，由现时13.2万元增至13.5万元。", "香港特别行政区", "13.2万元", "个人免税额"),
        ("个人免税额，由现时13.2万元增至13.5万元。", "香港特别行政区", "13.5万元", "个人免税额"),
        # and so does a sum named alone before a clause of its time (a city's budget news, a county's finance report;
        # jieba tags 收入 a verb) or of an event's time (a Taiwan council's debt news, a city's budget)
        ("全市一般公共预算收入，2023年为227亿元。", "南宁市", "227亿元", "一般公共预算收入"),
        ("全县一般公共预算收入，上半年为8.6亿元。", "沈丘县", "8.6亿元", "一般公共预算收入"),
        ("雲林縣公共債務，從她上任時227億，現已還債100億。", "雲林縣", "227億", "公共债务"),
        ("市府總預算，從他上任時1400億元增至今年1700億元。", "高雄市", "1400億元", "总预算"),
        # a link word inside a word is no link: 预计 keeps its 计 until the hedge goes whole
        ("全县总投资预计达到12亿元。", "菏泽市", "12亿元", "总投资"),
        # an average given: 平均为 links the figure whole (an environment bulletin, a school report)
        ("全区优良天数平均为300天。", "宁夏回族自治区", "300天", "优良天数"),
        ("全县小学班额平均达45人。", "沈丘县", "45人", "小学班额"),
        ("全市常住人口预期达到880万人。", "洛阳市", "880万人", "常住人口"),
    ],
)
def test_metrics_from_the_figures_own_clause(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a ratio to a level at another time (lexicon/ratio_base_verbs.txt) names no thing of its own: it measures
        # the level before it, whatever names the time (新中国成立初, 疫情前): an achievements feature, tourism
        # news, a harvest report and company results
        ("全省高校在校大学生129.1万人，是新中国成立初1949年的416.5倍。", "浙江省", "416.5倍", "高校在校大学生"),
        ("普通中学在校学生262.2万人，分别是1949年、1978年的48.7、1.2倍。", "浙江省", "48.7", "普通中学在校学生"),
        ("全市接待游客1200万人次，恢复到疫情前同期的95%。", "桂林市", "95%", "游客"),
        ("全市粮食产量120万吨，为去年同期的95%。", "周口市", "95%", "粮食产量"),
        ("公司实现营业收入52.6亿元，相当于2019年的1.3倍。", "深圳市", "1.3倍", "营业收入"),
    ],
)
def test_a_ratio_to_another_time_measures_the_level_before_it(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # nouns coordinated by 、 before one head name one thing together: a procuratorate's report, a statistical
        # communiqué's trades, a work report's firms (and a field before a noun says which, not where)
        ("起诉传销、集资诈骗和非法吸收存款案件70件。", "福州市", "70件", "起诉传销、集资诈骗和非法吸收存款案件"),
        ("严肃查处行贿、受贿犯罪36件47人。", "福州市", "36件", "行贿、受贿犯罪"),
        ("立案侦查社会保障等领域职务犯罪39件。", "福州市", "39件", "立案侦查社会保障等领域职务犯罪"),
        ("交通运输、仓储和邮政业增加值394.8亿元。", "洛阳市", "394.8亿元", "交通运输、仓储和邮政业增加值"),
        ("高新技术企业、科技型中小企业均突破1.2万家。", "天津市", "突破1.2万家", "高新技术企业、科技型中小企业"),
        # items of another list are no coordination: each with a figure, places given one each, a comma with no
        # noun after it
        ("全县小麦5万吨、玉米3万吨。", "沈丘县", "3万吨", "玉米"),
        ("新增境外输入病例5例，其中西班牙3例，美国、挪威各1例。", "广东省", "1例", "境外输入病例"),
        ("可通过乙醚、75%乙醇消毒。", "广东省", "75%", "乙醇消毒"),
    ],
)
def test_nouns_coordinated_before_one_head_stay_together(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # outcomes after a running total of cases qualified by where they were infected are of those cases
        # (case_origin_qualifiers.txt): a city's bulletin of imported cases, an autonomous region's of local ones
        ("截至3月22日24时，累计报告境外输入确诊病例107例，治愈出院病例8例。", "北京市", "8例", "境外输入治愈出院病例"),
        ("全区累计报告本地确诊病例252例，治愈出院250例，死亡2例。", "宁夏回族自治区", "2例", "本地死亡"),
        # not a part singled out with 其中, nor a day's new cases, nor a note in brackets on the total
        ("全省累计报告确诊病例950例，其中境外输入病例30例，治愈出院900例。", "广东省", "900例", "治愈出院"),
        ("北京新增2例境外输入病例，5例治愈出院。", "北京市", "5例", "治愈出院"),
        ("累计报告境外输入确诊病例107例（8例治愈出院）。", "北京市", "8例", "治愈出院"),
    ],
)
def test_outcomes_after_a_qualified_running_total_are_of_its_cases(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a growth rate after a share is of the level the share is of; a change in points is the share's: a housing
        # release and a county's statistical communiqué
        ("住宅完成销售面积11817.6万方米，占比达到89.1%，同比增长8.0%。", "江苏省", "8.0%", "住宅销售面积"),
        ("苏南5市完成销售面积5782.9万方米，占全省总量的43.6%，同比增长7.2%。", "江苏省", "7.2%", "销售面积"),
        ("民营企业出口额120亿元，占比62.5%，比重提高1.2个百分点。", "义乌市", "1.2个百分点", "占比"),
        # so is a change in the level's unit after the share: Taiwan's labour figures and a county's employment
        (
            "農業就業人數僅約三萬七千人,占就業總人數百分之二點八九,較去年同期減少二千人。",
            "台中市",
            "二千人",
            "农业就业人数",
        ),
        ("全县服务业从业人员12.2万人，占全部从业人员的46.4%，比上年增加3000人。", "菏泽市", "3000人", "服务业从业人员"),
    ],
)
def test_a_growth_rate_after_a_share_is_of_the_level(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # the kind of estimate after 的 says how a figure was reckoned, the phrase before it what it measures
        # (estimate_words.txt): Hong Kong's retail release, a city's GDP release
        ("2019年3月零售業總銷貨價值的臨時估計為397億元。", "香港特别行政区", "397億元", "零售业总销货价值"),
        ("零售業總銷貨數量的臨時估計較2018年同月下跌0.8%。", "香港特别行政区", "0.8%", "零售业总销货数量"),
        ("全市地区生产总值的初步核算数为5200亿元。", "某某市", "5200亿元", "地区生产总值"),
        # a measure naming no thing of its own after its owner and 的 is the owner's: retail categories, sectors
        ("珠寶首飾、鐘表及名貴禮物的銷貨價值下跌2.6%。", "香港特别行政区", "2.6%", "珠宝首饰、钟表及名贵礼物销货价值"),
        ("第一产业的增加值为120亿元。", "某某市", "120亿元", "第一产业增加值"),
    ],
)
def test_an_estimates_kind_and_a_measures_owner_before_de(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a figure alone in brackets after a noun is the noun's level, named as a later figure of its sentence names
        # the noun: Macau's visitor-spending release, a county's industry news
        (
            "留宿旅客(164.3億元)及不過夜旅客(39.2億元)的總消費分別錄得33.1%及48.5%的按年升幅。",
            "澳门特别行政区",
            "39.2億元",
            "不过夜旅客总消费",
        ),
        ("全县规上工业企业（125家）实现营业收入320亿元。", "沈丘县", "125家", "规上工业企业"),
        # …its level, not its change that a later figure measures (Macau's property release, a city's price news)
        (
            "非住宅單位方面,辦公室( 69,729元 )、工業( 39,268元 )單位每平方米平均價格的跌幅分別為21.7%及16.9%。",
            "澳门特别行政区",
            "39,268元",
            "工业单位每平方米平均价格",
        ),
        (
            "新建商品住宅（15230元）和二手住宅（11800元）的均价涨幅分别为2.1%和1.3%。",
            "郑州市",
            "11800元",
            "二手住宅均价",
        ),
        # a rate with its per-word of time in brackets after its noun (an airline's monthly operating data, a
        # Traditional airport's news)
        ("本月新增南京—曼谷廊曼往返航线(每周 7 班)。", "上海市", "7 班", "南京—曼谷廊曼往返航线"),
        ("新開通高雄至東京航線（每週5班）。", "高雄市", "5班", "高雄至东京航线"),
        # a percentage after the level required of it, met or not (a water bulletin, a Traditional air-quality one)
        ("水质优良比例为94.2%,未达到国家考核要求(96.2%)。", "广西壮族自治区", "96.2%", "国家考核要求"),
        ("空氣品質良好比例為88%，達到環保署要求（85%）。", "臺中市", "85%", "环保署要求"),
        # a time's level in brackets and an age name no noun's level
        ("失業率達5%，數字是自2003年第三季（5.5%）以來最高。", "香港特别行政区", "5.5%", "失业率"),
    ],
)
def test_a_bracketed_figure_after_a_noun_is_its_level(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a sum of money followed by a noun of its own names it; a currency word restates the unit
        ("他付给黄某10万元感谢费。", "湘西土家族苗族自治州", "10万元", "感谢费"),
        ("彭某将4万元现金送给李某。", "湘西土家族苗族自治州", "4万元", "现金"),
        ("本市今年共偿还222亿元债务。", "台南市", "222亿元", "债务"),
        ("未来预估将创造每年约170亿元产值。", "台南市", "约170亿元", "产值"),  # money per year too
        ("全年实现营业收入3.2亿元。", "菏泽市", "3.2亿元", "营业收入"),
        ("投资10亿元建设产业园。", "菏泽市", "10亿元", "建设产业园投资"),  # what it was spent on, then the verb
    ],
)
def test_money_followed_by_its_noun(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a clause of link words alone (分别为) takes the noun phrase heading the sentence
        ("学位、副学位和文凭学历人士的失业率，分别为4.5%、6.6%、6.3%。", "香港特别行政区", "6.6%", "失业率"),
        ("全市三次产业的增加值，分别达到120亿元、560亿元和830亿元。", "洛阳市", "560亿元", "增加值"),
        # a word pointing back at the figure before (数字, 该比例) takes its metric
        ("本港就業不足率為2.1%，而去年同期的數字則為1%。", "香港特别行政区", "1%", "就业不足率"),
        ("全县森林覆盖率达到42%，该比例比上年提高3个百分点。", "菏泽市", "3个百分点", "森林覆盖率"),
    ],
)
def test_metrics_of_headings_and_back_references(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a list of places' parts takes the noun phrase that heads it, never a place's name
        ("出院病例中，长沙市19例、衡阳市11例、株洲市8例。", "湖南省", "11例", "出院病例"),
        ("全市规上企业中，单县120家、曹县98家。", "菏泽市", "98家", "规上企业"),
        ("湖北省累计报告肺炎病例2714例（其中武汉市1590例、黄石市53例）。", "湖北省", "53例", "肺炎病例"),
        # an aspect word opening the next figure is no metric (北京新增3例累计114例)
        ("北京新增3例累计114例", "北京市", "3例", None),
        ("全县新增企业120家累计3000家", "菏泽市", "120家", "企业"),
    ],
)
def test_metrics_of_listed_parts(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # parts listed by body or place count what their whole counts
        ("治愈出院病例12例为哈尔滨市传染病医院7例、黑龙江省传染病防治院2例。", "黑龙江省", "2例", "治愈出院病例"),
        ("新增出院确诊病例3例为包头市土右旗2例、通辽市的霍林郭勒市1例。", "内蒙古自治区", "2例", "出院确诊病例"),
        ("截至2月9日24时，全省累计确诊病例80例。其中长春市33例，吉林市3例。", "吉林省", "3例", "确诊病例"),
        # …passing over a bracket's note on the part before (its own metric: 已治愈), in two genres
        ("全省累计确诊病例38例，其中贵阳市7例（1例已治愈），遵义市8例，六盘水市9例。", "贵州省", "8例", "确诊病例"),
        ("全市建成农家书屋120个，其中单县30个（2个已停用），曹县90个。", "菏泽市", "90个", "农家书屋"),
        # …also after a semicolon ends the sentence before, and after 中 and a place
        (
            "全省累计确诊病例73例，其中：福州市17例（鼓楼区1例）；三明市4例（沙县2例、宁化县1例）；",
            "福建省",
            "2例",
            "确诊病例",
        ),
        ("其中：新增2例确诊病例中包头市1例、赤峰市1例；", "内蒙古自治区", "1例", "确诊病例"),
        # parts that name kinds keep their own metrics
        ("全县共办理案件35起，其中刑事案件2起、行政案件33起。", "菏泽市", "2起", "刑事案件"),
        ("全年粮食产量241.5万吨，其中小麦114.6万吨、玉米97.1万吨。", "洛阳市", "97.1万吨", "玉米"),
    ],
)
def test_parts_listed_by_place_or_body_count_what_their_whole_counts(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a labour release: the level a rate rose to slightly is of the rate
        ("失业率由上月的5.0%微升至5.1%。", "中国", "5.1%", "失业率"),
        # a company's results and a province's economy: how a change went is no part of what changed
        ("报告期内，归母净利润小幅下降3.2%。", "深圳市", "3.2%", "归母净利润"),
        ("一季度，全省工业增加值有所回落，同比增长4.1%。", "河北省", "4.1%", "工业增加值"),
        ("本港整體出口貨值按年顯著上升12.4%。", "香港特别行政区", "12.4%", "整体出口货值"),
        # against the trend, after the level in a clause of its own (a sub-district's work report, a firm's results)
        ("全年预计实现税收24亿元，其中产业税收12.5亿元，逆势增长5%。", "萧山区", "5%", "产业税收"),
        ("公司实现营业收入88亿元，逆势增长6.5%。", "深圳市", "6.5%", "营业收入"),
    ],
)
def test_the_manner_of_a_change_is_no_part_of_its_metric(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # quarter-on-quarter and month-on-month as Macau and Hong Kong write them compare times, as 按年 does: the
        # change is of the figure before it (a gaming release, an employment survey)
        (
            "gaming release",
            "各類博彩毛收入735.5億澳門元,按季下跌3.68%,按年則跌0.64%。",
            "澳门特别行政区",
            "3.68%",
            "各类博彩毛收入",
        ),
        (
            "gaming release",
            "各類博彩毛收入735.5億澳門元,按季下跌3.68%,按年則跌0.64%。",
            "澳门特别行政区",
            "0.64%",
            "各类博彩毛收入",
        ),
        (
            "employment survey",
            "月工作收入中位數為17,600元,按季減少400元。",
            "澳门特别行政区",
            "400元",
            "月工作收入中位数",
        ),
        ("retail release", "零售業總銷貨價值為320億元，按月上升2.1%。", "香港特别行政区", "2.1%", "零售业总销货价值"),
        # the base a change is compared with, named after by 按年 and the change's verb, is of the figure before it
        (
            "waste statistics",
            "都市固體廢物人均棄置量為每日1.40公斤，比2023年的每日1.44公斤按年下跌3.3%。",
            "香港特别行政区",
            "1.44公斤",
            "都市固体废物人均弃置量",
        ),
    ],
)
def test_quarter_and_month_on_month_compare_times(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # a clause saying a measure fell or rose heads the clause of its two levels (由…跌至…) after it: a Taiwan
        # county's farm output, a city's statistics; a part singled out (尤其, 特别是) is still that part's
        ("farm output news", "尤其漁產的產值衰退最明顯,由前年的一百三十四億元跌至去年的一百一十億元。", "屏东县",
         "一百一十億元", "渔产产值"),
        ("statistics", "全市建筑业产值持续下滑,由2022年的860亿元降至2023年的790亿元。", "洛阳市", "790亿元",
         "建筑业产值"),
        ("statistics", "特别是民营企业投资增长12%。", "洛阳市", "12%", "民营企业投资"),
    ],
)  # fmt: skip
def test_a_clause_of_a_fall_or_rise_heads_the_levels_after_it(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


def test_a_clause_of_saying_heads_no_figure(claim_of):
    text = "前来采访的记者黄某对记者称，除了3.4亿元，还有更多索赔。"
    assert claim_of(text, "3.4亿元", "信宜市")["metric"] is None


@pytest.mark.parametrize(
    ("phrase", "tidy"),
    [
        # a change verb with its degree (大增, 大跌) and a comparison opening a phrase measure nothing
        ("失业率大增", "失业率"),
        ("大增", None),
        ("较上季大跌", None),
        ("降为2018年0822豪雨", None),
        # a superlative after what is measured says which is first
        ("就业不足率最高", "就业不足率"),
        ("种类最多", "种类"),
        ("失业率较", "失业率"),
        # the manner of a change before its verb is no part of what changed (lexicon/change_manners.txt)
        ("利润小幅", "利润"),
        ("工业增加值有所", "工业增加值"),
        ("产值显著", "产值"),
        ("失业率微", "失业率"),
        ("微", None),
        ("指数微降", "指数"),
        ("利润略降", "利润"),
    ],
)
def test_tidy_metric_changes_and_superlatives(phrase, tidy):
    assert tidy_metric(phrase) == tidy


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # the first of a list named in the clause before (…最高的是X，达到…) is X's measure
        ("按行业划分，失业率最高的是建造业，达到11.2%。", "香港特别行政区", "11.2%", "建造业失业率"),
        ("分区域看，增速最快的是东部地区，达到6.2%。", "中国", "6.2%", "东部地区增速"),
        ("按行业划分，建造的就业不足率最高，达8%。", "香港特别行政区", "8%", "就业不足率"),
    ],
)
def test_the_first_of_a_list_named_before_the_figure(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # the parts in brackets: what 含 includes is counted; 出院 is no body's name
        ("累计确诊病例755例(含重症病例7例，危重症病例8例，治愈出院341例，死亡病例5例)。", "山东省", "7例", "重症病例"),
        (
            "累计确诊病例755例(含重症病例7例，危重症病例8例，治愈出院341例，死亡病例5例)。",
            "山东省",
            "341例",
            "治愈出院",
        ),
        ("全年粮食产量241.5万吨（包括小麦114.6万吨）。", "洛阳市", "114.6万吨", "小麦"),
    ],
)
def test_parts_in_brackets(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "metrics"),
    [
        # the bracket's first part, the whole's noun between them, counts what the whole counts
        ("目前，广西已确诊5例新型肺炎病例（梧州3例、柳州1例）。", "广西壮族自治区", ["新型肺炎病例"] * 3),
        ("全市建成充电桩120个（巨野40个，东明80个）。", "菏泽市", ["充电桩"] * 3),
        # a city's short name that is a word first (北海, 中山) is a part's place, never its metric
        ("目前，广西已确诊5例新型肺炎病例（北海3例、梧州1例、柳州1例）。", "广西壮族自治区", ["新型肺炎病例"] * 4),
        ("全省新增高新技术企业35家，其中广州7家、惠州5家、中山2家。", "广东省", ["高新技术企业"] * 4),
    ],
)
def test_a_brackets_first_part_and_a_short_name_part_count_the_wholes_thing(claims_of, text, region, metrics):
    assert [c["metric"] for c in claims_of(text, region=region)] == metrics


@pytest.mark.parametrize(
    ("text", "region", "metrics"),
    [
        # a foreign country a part is of (where cases came from, where goods went) is no metric alone: the part
        # counts its whole's thing from that country (claimkb_origins), or the parts are told apart by nothing
        (
            "北京新增境外输入确诊病例5例，其中西班牙3例、意大利1例、泰国1例。",
            "北京市",
            ["境外输入确诊病例", "西班牙输入确诊病例", "意大利输入确诊病例", "泰国输入确诊病例"],
        ),
        ("全年出口额120亿元，其中美国45亿元、德国30亿元。", "菏泽市", ["出口额", "美国出口额", "德国出口额"]),
        # a space after the comma does not keep 其中 in the phrase
        (
            "新增报告境外输入确诊病例15例, 其中西班牙12例、英国2例、挪威1例。",
            "北京市",
            ["境外输入确诊病例", "西班牙输入确诊病例", "英国输入确诊病例", "挪威输入确诊病例"],
        ),
        ("全年新建驿站30处, 其中城区驿站12处。", "菏泽市", ["驿站", "城区驿站"]),
    ],
)
def test_a_foreign_country_is_no_metric_and_a_space_keeps_no_leading_word(claims_of, text, region, metrics):
    assert [c["metric"] for c in claims_of(text, region=region)] == metrics


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # the whole's sentence ends with a count of another unit (涉及19个市): the list still counts the whole's thing
        (
            "截至1月29日24时，四川省累计报告确诊病例142例，涉及19个市（州）。其中成都市59例、绵阳市9例。",
            "四川省",
            "9例",
            "确诊病例",
        ),
        (
            "全年全市新建充电桩1200个，覆盖8个县区。其中牡丹区500个、曹县300个。",
            "菏泽市",
            "300个",
            "充电桩",
        ),
        # a breakdown going on over ；-sentences, the parts by place last
        (
            "全省累计报告肺炎病例15例。其中，外地来黔人员9例，本省常住人口6例；男性10例，女性5例；年龄最大75岁，"
            "最小17岁；贵阳市1例，遵义市1例，黔西南州13例。",
            "贵州省",
            "13例",
            "肺炎病例",
        ),
        (
            "全年新增市场主体1.2万户。其中，个体工商户0.9万户，企业0.3万户；从业人员平均年龄35岁；"
            "牡丹区0.5万户，曹县0.7万户。",
            "菏泽市",
            "0.7万户",
            "市场主体",
        ),
        # the parts add up to one figure of the sentence before: theirs, not its first
        (
            "截至2月9日24时，全省累计报告确诊病例80例，累计治愈出院12例，现在院隔离治疗确诊病例67例。"
            "其中长春市33例，吉林市34例。",
            "吉林省",
            "34例",
            "在院隔离治疗确诊病例",
        ),
        (
            "全市共有企业465家，高新技术企业120家。其中牡丹区70家，曹县50家。",
            "菏泽市",
            "50家",
            "高新技术企业",
        ),
    ],
)
def test_a_list_after_a_qizhong_counts_the_figure_it_adds_up_to(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "metric"),
    [
        # a headline's figure is the body's figure of its value named in its own words, not a list part's
        (
            "贵州新增8例累计确诊46例\n2月5日，全省新增确诊病例8例。截至2月5日24时，累计确诊病例46例。"
            "其中，贵阳市8例，遵义市38例。",
            "贵州省",
            "确诊病例",
        ),
        (
            "菏泽新建驿站30处\n今年全市新建驿站30处，累计建成驿站465处。其中，牡丹区30处，曹县435处。",
            "菏泽市",
            "驿站",
        ),
    ],
)
def test_a_headline_figure_takes_the_body_figure_named_in_its_own_words(claims_of, text, region, metric):
    assert claims_of(text, region=region)[0]["metric"] == metric


@pytest.mark.parametrize(
    ("phrase", "tidy"),
    [
        # a numbered list item's number is no word of its metric; a decimal stays a decimal
        ("1.鄂尔多斯市", "鄂尔多斯市"),
        ("（2）确诊病例", "确诊病例"),
        ("3、新建驿站", "新建驿站"),
        ("12.5万人", "12.5万人"),
    ],
)
def test_a_list_items_number_comes_off_a_metric(phrase, tidy):
    assert tidy_metric(phrase) == tidy


@pytest.mark.parametrize(
    ("text", "region", "mention"),
    [
        # a chain of places (a city and its district) is where, not what
        ("确诊病例中：乌海市海勃湾区2例。", "内蒙古自治区", "2例"),
        ("新建驿站中：菏泽市巨野县12处。", "山东省", "12处"),
    ],
)
def test_a_metric_is_never_a_chain_of_places(claim_of, text, region, mention):
    assert claim_of(text, mention, region)["metric"] not in ("乌海市海勃湾区", "菏泽市巨野县")


@pytest.mark.parametrize(
    ("metric", "key"),
    [
        # the feed's topic written before what is counted folds off; headlines' short forms are synonyms
        ("新型冠状病毒肺炎确诊病例", "确诊病例"),
        ("新冠肺炎患者治愈出院", "治愈出院"),
        ("输入性新型冠状病毒感染的肺炎确诊病例", "确诊病例"),
        ("确诊", "确诊病例"),
        ("治愈", "治愈出院"),
        ("病亡", "死亡病例"),
        # nothing left to count, or no topic: unchanged
        ("肺炎", "肺炎"),
        ("地区生产总值", "地区生产总值"),
    ],
)
def test_metric_keys_fold_the_feeds_topic_and_headline_forms(metric, key):
    from extract.components.metric import metric_key

    assert metric_key(metric) == key


def test_a_feeds_headline_markup_ends_a_metric_phrase(claims_of):
    claims = claims_of(
        "#新冠肺炎最新动态#【#河南新增89例确诊病例#】2月4日0-24时，河南省新增确诊病例89例。", region="河南省"
    )
    assert all("#" not in (c["metric"] or "") and "【" not in (c["metric"] or "") for c in claims)
    assert claims[0]["metric"] == "确诊病例"


@pytest.mark.parametrize(
    ("text", "region", "metric"),
    [
        # a headline's figure names nothing; its article names the same figure
        (
            "河南新增89例累计764例\n\n截至4日24时，河南累计报告确诊病例764例，当日新增确诊病例89例。",
            "河南省",
            "确诊病例",
        ),
        ("菏泽新增465处\n\n今年以来，全市标准化提升暖新驿站465处。", "菏泽市", "暖新驿站"),
        # where the article names the figure two ways, the one its kind word (新增, 累计) makes of the same kind (a
        # bulletin's 新增 and its stock of critical cases; a business register's new firms and its stock of others)
        (
            "新疆新增1例，累计14例\n\n1月29日，新疆报告新增确诊病例1例。累计报告确诊病例14例，现有重症病例3例、危重症病例1例。",
            "新疆维吾尔自治区",
            "确诊病例",
        ),
        (
            "菏泽新增1200户\n\n今年全市新增市场主体1200户，现有农民专业合作社1200户。",
            "菏泽市",
            "市场主体",
        ),
    ],
)
def test_a_headline_figure_takes_what_its_article_names_it(claims_of, text, region, metric):
    headline = claims_of(text, region=region)[0]
    assert (headline["metric"], headline["metric_basis"]) == (metric, "carried")


def test_a_headline_figure_stays_unnamed_when_its_article_names_it_two_ways(claims_of):
    text = "全省新增12例\n\n全省新增确诊病例12例，新增出院病例12例。"
    assert claims_of(text, region="山东省")[0]["metric"] is None


def test_a_feeds_headline_markup_ends_the_phrase_after_a_figure(claims_of):
    text = "【#上海新增12例累计269例#】上海市卫健委今早通报：2月6日，上海市新增确诊病例12例，累计确诊病例269例。"
    assert claims_of(text, region="上海市")[1]["metric"] != "上海市卫健委今早"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("北京新增17例累计确诊156例", "17例"),
        ("全县新建书屋12个累计建成书屋300个。", "12个"),
    ],
)
def test_a_running_total_word_after_a_figure_opens_the_next_figure(claim_of, text, mention):
    assert not (claim_of(text, mention)["metric"] or "").startswith("累计")


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a part after another part's bracket note counts what the list's whole counts
        (
            "累计收到港澳台地区通报确诊病例307例：香港特别行政区192例（出院95例，死亡4例），澳门特别行政区15例（出院10例），台湾地区100例（出院28例）。",
            "中国",
            "100例",
            "确诊病例",  # the whole's thing, without who reported the cases (收到…通报)
        ),
        ("全县建成书屋40个，其中城区12个（示范3个），乡镇28个（示范5个）。", "菏泽市", "28个", "书屋"),
    ],
)
def test_a_part_after_a_bracket_note_counts_the_wholes_thing(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


def test_a_metric_is_never_only_a_city(claims_of):
    claims = claims_of("怀化新增13例\n\n截至2月3日24时，怀化市累计确诊病例13例。", region="怀化市")
    assert claims[0]["metric"] != "怀化"


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a leading word or verb (就, 向) that begins a longer word is part of the noun: 就诊, 向日葵
        ("全市就诊人次达120万人次。", "洛阳市", "120万人次", "就诊人次"),
        ("全镇向日葵种植面积3000亩。", "菏泽市", "3000亩", "向日葵种植面积"),
        # a stop word inside a verb ends nothing: 找到, 来到 are no 到
        ("2007年，工程商彭某两次找到李某。", "湘西土家族苗族自治州", "两次", "找到李某"),
        ("一代伟人毛泽东三次来到文家市。", "长沙市", "三次", "来到文家市"),
        # …nor does one opening a longer noun (被告 is no 被); 以及 joins two nouns like 及
        ("7个被告的9个委托代理人以及鉴定人参加了当日庭审。", "信宜市", "7个", "被告"),
        ("7个被告的9个委托代理人以及鉴定人参加了当日庭审。", "信宜市", "9个", "委托代理人"),
        ("全区建成120个社区服务站以及养老驿站。", "洛阳市", "120个", "社区服务站"),
    ],
)
def test_leading_and_stop_words_only_on_word_boundaries(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # the noun after a count ends at the verb, preposition or locality word after it
        ("截至8月25日，A股市场已有1848家上市公司披露了2024年中报。", "中国", "1848家", "上市公司"),
        ("已有10家上市公司披露业务与其相关。", "中国", "10家", "上市公司"),
        ("在310个老旧小区周边道路增设夜间停车区域。", "天津市", "310个", "老旧小区"),
        ("全市有6个区通过国家督导评估认定。", "天津市", "6个", "区"),
        # …but a verb that ends the clause says what the people counted do
        ("带动周边260余名村民就业。", "菏泽市", "260余名", "村民就业"),
        # …and a phrase closing its clause on a noun keeps the verbs jieba finds inside it (确诊, 留守)
        ("湖南新增19例新型肺炎确诊病例，累计43例", "湖南省", "19例", "新型肺炎确诊病例"),
        ("全县共有1200名农村留守儿童。", "菏泽市", "1200名", "农村留守儿童"),
        # …while a predicate after the noun goes (够用吗)
        ("二问：307种药够用吗", "中国", "307种", "药"),
    ],
)
def test_a_counts_noun_ends_at_the_verb_after_it(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a count inside the phrase before a figure (一张, 一批) opens the noun it counts
        ("全国一年消耗抗生素104亿瓶。", "中国", "104亿瓶", "消耗抗生素"),
        ("全市每年新建一批重点项目投资额超过200亿元。", "洛阳市", "超过200亿元", "重点项目投资额"),
        # …and one unit a rate is per (一个小时) is no part of the thing
        ("村民在基地干活一个小时10块钱。", "菏泽市", "10块钱", "村民在基地干活"),
    ],
)
def test_a_count_inside_the_phrase_before_a_figure_opens_its_noun(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a currency word before a sum restates its unit: no part of what is paid
        ("杨某先后5次收受宁某人民币4.5万元。", "湘西土家族苗族自治州", "4.5万元", "收受宁某"),
        ("杨某先后5次收受宁某人民币4.5万元。", "湘西土家族苗族自治州", "5次", "收受宁某"),
        ("该公司累计发放助学金人民币120万元。", "菏泽市", "120万元", "助学金"),
    ],
)
def test_a_currency_word_before_a_sum_is_no_part_of_its_metric(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a figure after a preposition of means qualifies the noun after its 的; a rank verb ends that noun
        ("高毅资产以270.33亿元的持股市值居首。", "中国", "270.33亿元", "持股市值"),
        ("该县以95%的森林覆盖率位居全省第一。", "菏泽市", "95%", "森林覆盖率"),
        # …and so does a rate whose unit (每斤) is written before it
        ("合作社按每斤1.2元的收购价收购小麦。", "菏泽市", "1.2元", "收购价"),
    ],
)
def test_a_figure_after_a_preposition_of_means_qualifies_the_noun_after_it(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # an adverbial frame (在…等方面, 在…领域) says where; the verb phrase after it says what is counted
        (
            "黄某利用职务之便，在药品采购等方面收受他人财物，共计50万余元。",
            "湘西土家族苗族自治州",
            "50万余元",
            "收受他人财物",
        ),
        ("公司在新能源研发领域投入资金2.3亿元。", "中国", "2.3亿元", "投入资金"),
        # a phrase cut to length starts on a word, never inside one (车动力电池…)
        ("公司新能源汽车动力电池回收再利用项目总投资额达12亿元。", "中国", "12亿元", "动力电池回收再利用项目总投资额"),
        (
            "全市规模以上工业企业研究与试验发展经费投入强度达到2.1%。",
            "洛阳市",
            "2.1%",
            "企业研究与试验发展经费投入强度",
        ),
    ],
)
def test_adverbial_frames_and_long_phrases_leave_whole_words(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # who acted listed before 分别, what they did after it: each figure is one's act
        ("被告人李某、黄某分别非法收受财物35万元、28万元。", "湘西土家族苗族自治州", "28万元", "黄某非法收受财物"),
        ("村民王某、刘某分别捐款5000元、3000元。", "菏泽市", "5000元", "村民王某捐款"),
        # …a link word after 分别 adds nothing to the listed things
        ("专精特新“小巨人”、制造业单项冠军分别增至283家、38家。", "天津市", "38家", "制造业单项冠军"),
    ],
)
def test_who_is_listed_before_fenbie_and_what_they_did_after_it(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # an attribute (价值, 金额, 总投资, 面积) whose figure qualifies the noun after its 的: the noun's attribute
        ("王某最终与医院签订价值316万元的销售合同。", "湘西土家族苗族自治州", "316万元", "销售合同价值"),
        ("事后，其妻写了一张金额为35.48万元的借条。", "湘西土家族苗族自治州", "35.48万元", "借条金额"),
        ("今年开工建设总投资5亿元的产业园项目。", "洛阳市", "5亿元", "产业园项目总投资"),
        ("新建面积达500平方米的冷库。", "菏泽市", "500平方米", "冷库面积"),
        ("在村西建设占地200亩的牡丹园。", "菏泽市", "200亩", "牡丹园占地"),
    ],
)
def test_an_attribute_before_a_figure_is_the_attribute_of_the_noun_after_it(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a clause opening with a comparison measures the thing before it, its figure of the same unit first
        (
            "每月入息少于10000元的家庭住户为57.97万户，占所有家庭住户的21.9%，较上季的52.1万户增加11%。",
            "香港特别行政区",
            "52.1万户",
            "家庭住户",
        ),
        ("全县网店数量达到1200家，占全市的35%，比上年的960家增加240家。", "菏泽市", "960家", "网店数量"),
        # why it changed, between 因 and 而, is no part of what changed: Taiwan's export orders, a city's industry
        ("機械產品因半導體設備訂單增加而年增6.9%。", "台湾", "6.9%", "机械产品"),
        ("化学品因需求下降而减少3%。", "菏泽市", "3%", "化学品"),
        # a time alone names nothing: a headline's figure takes the body's name (export orders, car sales)
        (
            "單月729.2億美元 創歷年新高\n經濟部統計處昨公布十一月外銷訂單729.2億美元。",
            "台湾",
            "729.2億美元",
            "外销订单",
        ),
        ("单日1.5万人次 创新高\n国庆假期，全市景区单日接待游客1.5万人次。", "菏泽市", "1.5万人次", "游客"),
        # what a figure before spans (涉及) stays with what it counts: a bulletin's cities, a reform's departments
        ("广西累计报告确诊病例36例，涉及9个市。", "广西壮族自治区", "9个", "涉及市"),
        ("专项整治涵盖了8个方面、41项问题，涉及25个市直部门和所有县区。", "菏泽市", "25个", "涉及市直部门"),
        # …and so does every item of the list it spans: a health bulletin's counties, a relief report's villages
        (
            "我省累计报告确诊病例363例，涉及21个市（州）、122个县（市、区）。",
            "四川省",
            "122个",
            "涉及县（市、区）",
        ),
        ("此次共发放救助物资3000份，涉及12个乡镇、85个村。", "菏泽市", "85个", "涉及村"),
        # …but what befell the people it involved is no place spanned: Macau's traffic accidents, a city's fires
        ("6月份交通意外同比增加49.4%至1,351宗,涉及470人受傷。", "澳门特别行政区", "470人", "受傷"),
        ("全年共发生火灾120起，涉及3人死亡。", "菏泽市", "3人", "死亡"),
        # a figure opening its sentence, then 这是 and what it is: an airport's year, a city's output
        ("340万人次，这是宜昌三峡国际机场2025年交出的旅客吞吐量成绩单。", "宜昌市", "340万人次", "旅客吞吐量"),
        ("1200亿元，这是我市去年实现的地区生产总值。", "菏泽市", "1200亿元", "地区生产总值"),
        # how it changed after the base (大幅改善, 明显增加) names nothing: company results, a farm communiqué
        (
            "公司经营活动净现金流量为10.63亿元、较上年的8.37亿元大幅改善。",
            "拉萨市",
            "8.37亿元",
            "公司经营活动净现金流量",
        ),
        ("全市粮食产量达到120万吨，比上年的112万吨明显增加。", "菏泽市", "112万吨", "粮食产量"),
        ("2017年底公车搭乘人数突破2058万人次，较2010年成长175%。", "台南市", "175%", "公车搭乘人数"),
        # a time phrase ending inside a word (年底, 年初) takes the whole word
        ("2017年底公车搭乘人数突破2058万人次。", "台南市", "突破2058万人次", "公车搭乘人数"),
        ("2024年初全县市场主体达到3.2万户。", "菏泽市", "3.2万户", "市场主体"),
        # a noun of two characters or more left of the word (jieba's 年发电量, 年产量) names the figure
        ("2020年全年发电量为2797亿千瓦时。", "山东省", "2797亿千瓦时", "发电量"),
        ("2023年产量达到120万吨，比上年增长3%。", "菏泽市", "120万吨", "产量"),
    ],
)
def test_a_compared_figure_measures_the_thing_before_it(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a headline's ideographic space parts two phrases: the figure's is the one after it
        ("港人收息缩水\u3000家庭收入跌9%\n\n正文。", "香港特别行政区", "9%", "家庭收入"),
        ("营收创新高\u3000公司净利润增长12%\n\n正文。", "中国", "12%", "公司净利润"),
    ],
)
def test_a_headlines_ideographic_space_ends_a_metric_phrase(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a verb's letters inside a longer word are no verb: 建成区 is no 建成 and 区
        ("全年城市建成区绿化覆盖率达到42%。", "洛阳市", "42%", "城市建成区绿化覆盖率"),
        ("中心城区建成区面积达到120平方公里。", "洛阳市", "120平方公里", "中心城区建成区面积"),
    ],
)
def test_an_inner_verb_cuts_only_on_a_word_boundary(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a count whose phrase runs into the next figure counts the bodies or places the measure is of
        ("其中，江波龙、TCL科技等42家公司净利润增速超100%。", "中国", "42家", "公司"),
        ("全省有12个县森林覆盖率超过60%。", "洛阳市", "12个", "县"),
        # …and the next figure keeps the measure
        ("全省有12个县森林覆盖率超过60%。", "洛阳市", "超过60%", "县森林覆盖率"),
    ],
)
def test_a_count_running_into_the_next_figure_counts_the_bodies_measured(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a name found ending inside a word (高中学|位, 高中学|业: 中学 read as a school) is no name to strip
        ("新增义务教育学位3.3万个、普通高中学位9600个。", "天津市", "9600个", "普通高中学位"),
        ("全县高中学业水平考试合格率达到98%。", "菏泽市", "98%", "高中学业水平考试合格率"),
        # …but a name jieba glues to the next character (本澳上|月) is still a name
        ("本澳上月入境旅客约280万人次。", "澳门特别行政区", "约280万人次", "入境旅客"),
    ],
)
def test_a_name_ending_inside_a_word_stays_in_the_metric(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # nouns alone between a count and 的 are what is counted, the noun after 的 is theirs
        ("根据卫生部药政司对13个省65个基层医疗卫生机构的初步监测情况来看。", "中国", "65个", "基层医疗卫生机构"),
        ("全市120家重点企业的用工需求得到保障。", "洛阳市", "120家", "重点企业"),
        # …a relative clause before 的 (it has a verb) qualifies the noun after it
        ("精心展演了30余个深受群众喜爱的传统戏曲节目。", "菏泽市", "30余个", "传统戏曲节目"),
    ],
)
def test_nouns_between_a_count_and_de_are_what_is_counted(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a revision: the level before and after are one thing's, not a count of "订正"
        ("累计确诊病例数由62442例订正为62662例。", "湖北省", "62442例", "确诊病例数"),
        ("累计确诊病例数由62442例订正为62662例。", "湖北省", "62662例", "确诊病例数"),
        # an economy bulletin revised after the census, and a plan changed
        ("全市规上工业企业数量由1960家调整为2048家。", "菏泽市", "1960家", "规上工业企业数量"),
        ("全市规上工业企业数量由1960家调整为2048家。", "菏泽市", "2048家", "规上工业企业数量"),
        ("试点学校由12所改为15所。", "天津市", "15所", "试点学校"),
    ],
)
def test_words_that_only_lead_to_a_revised_level_name_nothing(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a count ending right before the phrase keeps its noun (and where: 里, 内): the figure after measures the act
        ("秦某在麻将机的4个盒子里共放置人民币8000元。", "吉首市", "8000元", "放置"),
        ("全县建成5个园区内新增就业300人。", "菏泽市", "300人", "就业"),
        # …but an act counted (5次收受) is what the sum after it is of
        ("杨万刚先后5次收受宁某人民币4.5万元。", "吉首市", "4.5万元", "收受宁某"),
    ],
)
def test_the_noun_a_figure_just_before_counts_is_not_the_next_figures(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a place right before the figure after 为 is the part the figure is of; the noun before 为 is counted
        (
            "重庆市报告新增确诊病例4例，新增出院病例1例。新增确诊病例中，万州区1例、合川区3例；新增出院病例为万州区1例。",
            "重庆市",
            "1例",
            "出院病例",
        ),
        ("今年新增企业中，曹县300家、单县500家；新增个体工商户为郓城县1200户。", "菏泽市", "1200户", "个体工商户"),
    ],
)
def test_a_part_named_after_wei_is_of_the_noun_before_it(claims_of, text, region, mention, metric):
    assert [c["metric"] for c in claims_of(text, region) if c["mention"] == mention][-1] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a list going on after semicolons with spaces between its items (a bulletin's layout)
        (
            "福建省报告新增疑似病例45例。其中：\u3000\u3000福州市13例（晋安区7例）；\u3000\u3000宁德市14例（蕉城区1例、古田县8例）。",
            "福建省",
            "8例",
            "疑似病例",
        ),
        (
            "全市新建充电桩1200个。其中： 牡丹区300个（牡丹街道200个）； 曹县150个（倪集街道100个）。",
            "菏泽市",
            "100个",
            "充电桩",
        ),
    ],
)
def test_a_list_going_on_after_spaced_semicolons_counts_its_wholes_thing(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # 现在|院: the time word's last character opens the noun (在院, in hospital), which keeps it
        ("现在院隔离治疗确诊病例77例，其中重症4例。", "山西省", "77例", "在院隔离治疗确诊病例"),
        ("现在校学生1.2万人。", "菏泽市", "1.2万人", "在校学生"),
    ],
)
def test_a_time_word_gives_up_the_character_that_opens_a_noun(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


def test_a_phrase_is_cleaned_of_a_name_that_starts_in_it_whatever_was_cleaned_before():
    """The phrase before a figure is cleaned once for all documents where no name starts in it
    (issue 32): the same words with a place at their head still lose the place."""
    from extract.components.metric_phrases import clean_before
    from extract.places import Mention, Place

    raw, place = "山东省粮食产量", Mention(100, 103, Place("山东省", "province"))
    assert clean_before(raw, 100, {}) == "山东省粮食产量"
    assert clean_before(raw, 100, {100: place}) == "粮食产量"
    assert clean_before(raw, 100, {}) == "山东省粮食产量"
    assert clean_before(raw, 97, {100: place}) == "山东省粮食产量"  # a name inside, not at its start: kept


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a sentence of names and figures lists the parts of the sentence before's first figure of the unit
        ("截至2月1日12时，本市累计确诊病例168例。东城区3例、西城区17例、朝阳区28例。", "北京市", "17例", "确诊病例"),
        # …outside its brackets, and past a 其中 breakdown between them
        (
            "全省累计报告确诊病例261例（危重型8例、重型13例）。福州市63例，厦门市28例，宁德市24例。",
            "福建省",
            "24例",
            "确诊病例",
        ),
        (
            "截至2月7日24时，北京市累计确诊病例315例。其中出院34例，死亡2例。东城区8例、西城区37例。",
            "北京市",
            "37例",
            "确诊病例",
        ),
        ("全市今年新增市场主体3.2万户。其中企业0.8万户。曹县6000户、单县5000户。", "菏泽市", "5000户", "市场主体"),
    ],
)
def test_a_sentence_of_names_and_figures_lists_the_parts_of_the_whole_before(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # the end of a time window (10天内) is the window's, not the thing's; 内地 stays a word
        ("我国10天内境外输入病例增幅216%。", "中国", "216%", "境外输入病例增幅"),
        ("全市3年内新建学校12所，内地居民来澳人数增长5%。", "菏泽市", "5%", "内地居民来澳人数"),
        ("全县两年以内新增就业岗位增长20%。", "菏泽市", "20%", "就业岗位"),
    ],
)
def test_the_end_of_a_time_window_is_not_the_metrics(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        # an epidemic bulletin's case descriptions: the sex beside the age is the person's, not the metric
        ("长春市新增病例，男，61岁，常居外省。", "61岁", "病例"),
        ("患者赵某某，女，43岁，现居于城关区。", "43岁", "患者"),
        ("患者为女性，27岁，在外省务工。", "27岁", "患者"),
        ("第15例患者，男，66岁，居住于开发区。", "66岁", "患者"),
        ("患者3：孙某某，女，8岁，现居于县城。", "8岁", "患者"),
        # only an ordinal or a name says which person: it is the metric as written (the seed's 89岁: 刘志学)
        ("新增确诊病例情况：第31例：52岁男性，本地人。", "52岁", "第31例"),
        ("钱某某，男，39岁，有外地旅行史。", "39岁", "钱某某"),
        ("境外输入第6例，女，18岁，中国籍。", "18岁", "境外输入第6例"),
        ("新增病例情况如下：1. 姜xx， 49岁男性。", "49岁", "姜xx"),
        ("其中，姚某某，男，56岁，长期居住外地。", "56岁", "姚某某"),
        ("排查中发现其妻李某某，女，58岁，有咳嗽症状。", "58岁", "李某某"),
        ("患者年龄57岁，男性。", "57岁", "患者年龄"),
        # public-security news: the suspect, the victim, the driver
        ("经查，犯罪嫌疑人周某某，男，35岁，无业。", "35岁", "犯罪嫌疑人"),
        ("被害人吴某，女，68岁，系本村村民。", "68岁", "被害人"),
        ("肇事驾驶员郑某，男性，45岁，醉酒驾驶。", "45岁", "肇事驾驶员"),
        ("据悉，冯某某，女，24岁，外地户籍。", "24岁", "冯某某"),  # 据悉 says who told, not who
        ("经审理查明，王某某，男，42岁，无业。", "42岁", "王某某"),
        ("现场发现1名受伤人员陈某（男性，33岁），已送医。", "33岁", "受伤人员"),  # the description in brackets
    ],
)
def test_an_ages_metric_is_the_person_named_before_it_not_the_sex_beside_it(claim_of, text, mention, metric):
    assert claim_of(text, mention)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        # an epidemic bulletin: the noun after the last part is what every part counts, in the state said after it
        ("临沂市12名、枣庄市30名密切接触者正在接受集中隔离医学观察。", "12名", "接受集中隔离医学观察的密切接触者"),
        (
            "临沂市12名、枣庄市7名、滨州市30名密切接触者正在接受集中隔离医学观察。",
            "7名",
            "接受集中隔离医学观察的密切接触者",
        ),
        # business news
        ("本次评选中，曹县3家、单县5家企业入选。", "3家", "企业入选"),
        ("全市新增巨野县4个、郓城县6个省级示范村。", "4个", "省级示范村"),
        # a part naming its own noun keeps it; what a link says of the last part is of it alone
        ("全县新建学校3所、幼儿园5所。", "3所", "学校"),
        ("达拉特旗9例、东胜区1例已痊愈出院。", "9例", None),
    ],
)
def test_a_lists_parts_count_the_noun_written_after_its_last_part(claim_of, text, mention, metric):
    assert claim_of(text, mention, region=None)["metric"] == metric


@pytest.mark.parametrize(
    ("genre", "text", "mention", "metric"),
    [
        # what a part is said to be after 为 names it as a kind of case only; a doing after 为 names nothing counted,
        # and the part, and the parts after it, count what the list does: a province's bulletin and a school report
        ("province bulletin", "新增确诊病例中，河源市1例、茂名市2例为首次报告，深圳市14例。", "2例", "确诊病例"),
        ("province bulletin", "新增确诊病例中，河源市1例、茂名市2例为首次报告，深圳市14例。", "14例", "确诊病例"),
        ("province bulletin", "新增确诊病例5例，其中3例为输入性病例。", "3例", "输入性病例"),
        ("school report", "今年招收新生1200人，其中300人为首次报考。", "300人", "招收新生"),
    ],
)
def test_a_doing_after_wei_names_no_part(claim_of, genre, text, mention, metric):
    assert claim_of(text, mention, "广东省")["metric"] == metric, genre


@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        # an epidemic notice's time limits: the window's 内 is the duration's, whatever jieba joins it to (内向, 内在)
        ("人员返回后，应在2小时内向所在社区居委会报告。", "2小时", "所在社区居委会报告"),
        ("聚集性疫情是指14天内在同一单位发现3例及以上的病例。", "3例", "同一单位发现"),
        ("在过去48小时内，本市没有新增确诊病例。", "48小时", None),
        # business and public-security news: a deadline for a firm, a limit of a distance
        ("接到整改通知的企业，须在15天内把整改报告报送区政府。", "15天", "整改报告报送区政府"),
        ("距离考点500米内禁止鸣笛。", "500米", "禁止鸣笛"),
        ("全市3个内地城市新增病例。", "3个", "内地城市新增病例"),  # 内地 is a word of the noun
    ],
)
def test_the_end_of_a_window_after_its_figure_opens_no_metric(claim_of, text, mention, metric):
    assert claim_of(text, mention, region=None)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        # an epidemic bulletin: patients counted by 名, their hospitals' parts by 例
        ("全市今日又有5名患者治愈出院。其中市传染病医院2例，市人民医院3例。", "2例", "患者治愈出院"),
        ("全市今日又有5名患者治愈出院。其中市传染病医院2例，市人民医院3例。", "3例", "患者治愈出院"),
        # public-security and business news: 名 and 人 both count people
        ("专项行动中，警方共抓获犯罪嫌疑人7名。其中曹县3人，单县4人。", "3人", "犯罪嫌疑人"),
        ("全市今年新招聘教师120人。其中曹县50名，单县70名。", "50名", "教师"),
        # a whole in another unit is passed over: the parts are of the figure of their own unit
        ("全市累计确诊病例30例，涉及5个县。其中曹县10例，单县20例。", "10例", "确诊病例"),
    ],
)
def test_parts_after_qizhong_count_what_their_whole_counted_in_another_people_unit(claim_of, text, mention, metric):
    assert claim_of(text, mention)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        # an act done in parts (分两次, 分三期): 分 says how, and is no part of who or what (a bribery case, a
        # contractor's project news)
        ("为了多拿订单，供货商张某分两次花了8万元购买礼品。", "两次", "供货商张某"),
        ("为确保工期，施工方分三期投入了1200万元。", "三期", "施工方"),
        ("由于原料涨价，公司分两批支付了300万元。", "两批", "支付"),  # the act after it, where it names one
        # a clause of purpose or cause before the figure's clause heads nothing: 扩大药品销售 is why, not what
        ("为了扩大药品销售，王某分两次花了2万元。", "2万元", None),
        ("为了抢占海外市场，该公司分两次花了3亿元。", "3亿元", None),
        ("为了抢占海外市场，该公司分两次花了3亿元。", "两次", None),
    ],
)
def test_instalments_and_clauses_of_purpose_name_nothing(claim_of, text, mention, metric):
    assert claim_of(text, mention)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention"),
    [
        # a rank and what holds it (第二名則為大陸) heads no figure after it: travel statistics, a county ranking
        (
            "最熱門的目的地為日本，達673萬人次。第二名則為大陸，達323.7萬人次；第三名為港澳地區，達219萬人次。",
            "台湾",
            "323.7萬人次",
        ),
        ("全省县域经济排名中，第一名为昆山市，达5000亿元；第二名为江阴市，达4800亿元。", "江苏省", "4800亿元"),
    ],
)
def test_a_rank_and_what_holds_it_name_nothing(claim_of, text, region, mention):
    assert not (claim_of(text, mention, region)["metric"] or "").startswith("第")


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a city's urban area (郑州市区, 成都市区): its 区 is no word of what is measured: property sales, air quality
        ("上半年,郑州市区商品房销售566.58万平方米,同比增长14.43%。", "郑州市", "566.58万平方米", "商品房销售"),
        ("全年成都市区空气质量优良天数达到300天。", "成都市", "300天", "空气质量优良天数"),
    ],
)
def test_a_citys_urban_area_is_no_word_of_the_metric(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a comparison with a time and a verb alone (比2014年同期多卖, 比上年同期多增) names nothing: the figure is of
        # what the one before it counts: a city's property market, a province's deposits
        ("共计卖了46415套商住房,比2014年同期多卖7699套,同比增长了19.89%。", "郑州市", "7699套", "商住房"),
        (
            "3月末，全省人民币各项存款余额5.6万亿元，比上年同期多增1448亿元。",
            "四川省",
            "1448亿元",
            "人民币各项存款余额",
        ),
    ],
)
def test_a_comparison_and_its_verb_name_nothing(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # the same stretch of a season or holiday of another year (与2016年春运同期相比, 比上年国庆黄金周同期), or of
        # the year before with its 与 left out (同期相比上涨): a comparison naming nothing, the change of the level
        # before it (a district's travel-season report, a city's holiday tourism release)
        (
            "travel-season report",
            "全区共完成旅客运输量193.0865万人次,与2016年春运同期相比上涨1.87%。",
            "宣城市",
            "1.87%",
            "旅客运输量",
        ),
        (
            "travel-season report",
            "其中县际以上班车完成旅客运输量38.82万人次,同期相比上涨1.3%。",
            "宣城市",
            "1.3%",
            "县际以上班车旅客运输量",
        ),
        (
            "holiday tourism release",
            "假期全市接待游客520万人次，比上年国庆黄金周同期增长8.2%。",
            "洛阳市",
            "8.2%",
            "游客",
        ),
    ],
)
def test_a_comparison_with_a_seasons_same_stretch_names_nothing(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        # a figure set against the one before it (超过了去年的…, 高于…的) measures the same thing: a finance digest,
        # a holiday tourism release, a statistics communiqué
        ("截至8月底，拟分红的上市公司超过420家，超过了去年同期的310家。", "310家", "上市公司"),
        ("国庆假期全市接待游客520万人次，超过了去年同期的450万人次。", "450万人次", "游客"),
        ("全年城镇居民人均可支配收入增长5.6%，高于全省平均的5.1%。", "5.1%", "城镇居民人均可支配收入"),
        # a record neared or passed, after an adverb or a conjunction: tourism news, a port's year
        ("国庆假期全市接待游客1250万人次，已逼近2019年同期的1300万人次。", "1300万人次", "游客"),
        ("全年港口完成货物吞吐量5.6亿吨，并超越历史最高的5.4亿吨。", "5.4亿吨", "港口货物吞吐量"),
        # and after an adverb of degree (远超过, 远高于): travel statistics, a communiqué's income
        ("去年高達1894萬餘人次出國，遠超過疫情前的1710萬餘人次。", "1710萬餘人次", "出国"),
        ("全年城镇居民人均可支配收入增长6.8%，远高于全国平均的5.1%。", "5.1%", "城镇居民人均可支配收入"),
    ],
)
def test_a_surpassed_base_measures_what_surpasses_it(claim_of, text, mention, metric):
    assert claim_of(text, mention)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "kind"),
    [
        # a provincial air-quality bulletin and a Taiwan county's environment release: how many days met a condition
        ("10月，全省平均优良天数30.7天，同比增加2.2天。", "陕西省", "30.7天", "count"),
        ("今年空氣品質指標AQI紅害日數8天。", "雲林縣", "8天", "count"),
        # how long something lasted stays a duration
        ("项目从开工到封顶用时81天。", "菏泽市", "81天", "duration"),
    ],
)
def test_a_number_of_days_that_met_a_condition_is_a_count(claim_of, text, region, mention, kind):
    assert claim_of(text, mention, region)["kind"] == kind


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # 有 and then days and what happened on them (有87天紫爆) count those days, no duration in a name
        # (15分钟服务圈): a Taiwan city's air-quality release (Traditional) and a mainland city's environment bulletin
        ("Taiwan air quality", "市府沿用較嚴格的標準。103年有87天紫爆,106年降至24天。", "臺中市", "87天", "紫爆天数"),
        (
            "city environment bulletin",
            "今年以来，全市有126天空气质量优良，同比增加9天。",
            "西安市",
            "126天",
            "空气质量优良天数",
        ),
    ],
)
def test_days_after_you_count_the_days_of_what_follows(claim_of, genre, text, region, mention, metric):
    claim = claim_of(text, mention, region)
    assert (claim["metric"], claim["kind"]) == (metric, "count"), genre


def test_a_hospital_stay_in_days_stays_a_duration(claim_of):
    # a health notice: how long the patients stayed, not how many days met a condition
    text = "4名患者中，年龄最小的18岁，最大的42岁，平均住院天数10.25天。"
    assert claim_of(text, "10.25天", "温州市")["kind"] == "duration"


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a city's trade news and a holiday tourism item: 与…相比 writes the baseline, nothing measured; the change is
        # of the figure before
        ("全年外贸进出口总额1200亿元，与去年同期相比下降3.1%。", "宁波市", "3.1%", "外贸进出口总额"),
        ("春节假期全省接待游客1232.05万人次，与去年同期相比增长28.9%。", "海南省", "28.9%", "游客"),
    ],
)
def test_a_baseline_between_yu_and_xiangbi_is_no_metric(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a Taiwan city's press release and a provincial economy report: a part of a year inside the phrase says
        # when, not what is counted
        ("高雄旅宿業今年上半年住宿人次412.5萬。", "高雄市", "412.5萬", "旅宿业住宿人次"),
        ("其實上半年住宿率衰退7％。", "高雄市", "7％", "住宿率"),
        ("但是今年一季度全省工业增加值增长7%。", "山西省", "7%", "全省工业增加值"),
        # a quarter with no year opening the phrase, before the place it is of (a Macau trade release, a mainland
        # GDP release quoted in a Taiwan paper): its time, and no more the place
        ("第三季本澳貨物出口總值為32.1億澳門元。", "澳门特别行政区", "32.1億澳門元", "货物出口总值"),
        ("第3季本市商品出口總值為32.1億元。", "台中市", "32.1億元", "商品出口总值"),
        # a word with 年 in it is no period
        ("全市青年人口12万人。", "太原市", "12万人", "青年人口"),
    ],
)
def test_a_part_of_a_year_inside_the_phrase_is_no_word_of_the_metric(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # a headline's running total told only by 累计 after its flow counts what the flow does, once the flow has its
        # metric from the body: a health bulletin's and a market-registration news item's
        (
            "province bulletin",
            "安徽新增46例，累计152例\n\n1月28日0-24时，安徽省新增报告肺炎确诊病例46例。",
            "安徽省",
            "152例",
            "肺炎确诊病例",
        ),
        (
            "market news",
            "我市新增320户，累计2.1万户\n\n今年以来，全市新登记市场主体320户，同比增长12%。",
            "菏泽市",
            "2.1万户",
            "新登记市场主体",
        ),
    ],
)
def test_a_headlines_running_total_after_its_flow_counts_what_the_flow_does(
    claim_of, genre, text, region, mention, metric
):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        ("city police statistics", "今年共發生交通事故1859件、1死、2626傷。", "新北市", "1死", "死亡"),
        ("city police statistics", "今年共發生交通事故1859件、1死、2626傷。", "新北市", "2626傷", "受伤"),
        ("accident report", "高速公路连环追尾事故造成3死5伤。", "济南市", "5伤", "受伤"),
    ],
)
def test_a_toll_in_shorthand_names_the_dead_and_the_hurt(claim_of, genre, text, region, mention, metric):
    claim = claim_of(text, mention, region)
    assert (claim["metric"], claim["unit"]) == (metric, "人"), genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # the figure itself after 的 (數字, 修訂數字, 臨時數字) is of what the phrase before 的 names: Hong Kong's
        # population release and a mainland statistics bureau's revision
        ("Hong Kong population news", "常住居民的數字修訂為714.64萬人。", "香港特别行政区", "714.64萬人", "常住居民"),
        ("Hong Kong population news", "流動居民的數字則修訂為23.07萬人。", "香港特别行政区", "23.07萬人", "流动居民"),
        ("statistics revision", "全市地区生产总值的修订数字为3211.5亿元。", "洛阳市", "3211.5亿元", "地区生产总值"),
    ],
)
def test_the_figure_itself_after_de_is_of_the_phrase_before(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # the figure's noun right after it said to be a kind of it (为 or 是): the kind tells parallel figures apart,
        # in a province's bulletin and in a city's enterprise statistics
        (
            "province bulletin",
            "89名在治患者中，64例病例为输入性病例，25例病例为本地感染病例。",
            "山西省",
            "25例",
            "本地感染病例",
        ),
        (
            "enterprise statistics",
            "全市企业中，120家企业为高新技术企业，30家企业为专精特新企业。",
            "太原市",
            "30家",
            "专精特新企业",
        ),
        # people said to be people of another name (家属, 干部) are that group, though the names share no head
        (
            "province bulletin",
            "其中，27例病例发病前有武汉居住史或旅行史，3例病例为武汉输入病例家属。",
            "辽宁省",
            "3例",
            "武汉输入病例家属",
        ),
        ("recruitment news", "全市新招录公务员86人，3名学员为退役军人家属。", "德州市", "3名", "退役军人家属"),
        # what is said of the noun that is no kind of it keeps the noun
        ("province bulletin", "新增病例3例，病例为男性。", "山西省", "3例", "病例"),
        ("province bulletin", "新增病例3例，3例病例为男性。", "山西省", "3例", "病例"),
    ],
)
def test_a_kind_said_of_the_figures_noun_is_what_it_counts(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # what befell the cases named after the figure, past a day or an adverb, is what is counted
        ("city headline", "上海有1例确诊病例3月12日出院", "上海市", "1例", "确诊病例出院"),
        ("province news", "至此，贵州省收治的146例确诊病例已全部治愈出院。", "贵州省", "146例", "确诊病例治愈出院"),
        ("hospital news", "截止目前，该院14名医务人员已出院。", "武汉市", "14名", "医务人员出院"),
        # nothing befell them: the noun alone
        ("province bulletin", "全省146例确诊病例3月12日全部转入定点医院。", "贵州省", "146例", "确诊病例"),
    ],
)
def test_an_outcome_after_the_cases_is_what_is_counted(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # a clause of a figure alone after a measure passed a round mark measures that measure, the mark being no
        # figure of its own (lottery sales, a city's tourism takings)
        ("lottery news", "上半年体育彩票总销量突破200亿大关,达206.35亿元。", "中国", "206.35亿元", "体育彩票总销量"),
        ("tourism news", "全年旅游总收入突破100亿元大关，达到105.3亿元。", "桂林市", "105.3亿元", "旅游总收入"),
        ("box office news", "该片累计票房迈过30亿元里程碑,达30.2亿元。", "中国", "30.2亿元", "该片累计票房"),
    ],
)
def test_a_figure_after_a_milestone_measures_what_passed_it(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric", "kind"),
    [
        # 平均 with a per-unit word before a figure is the average per that unit, of what the figure before measures
        ("waste statistics", "2024年棄置量為385萬公噸，平均每日10510公噸。", "香港特别行政区", "10510公噸", "弃置量",
         "rate"),
        ("border statistics", "落馬洲管制站預計約有111萬人次出入境,每天平均約158,000人次。", "香港特别行政区",
         "約158,000人次", "出入境", "rate"),
        # a percentage alone in brackets right after a change is that change in percent
        ("waste statistics", "建築廢物整體產生量增加約4945公噸（11%）至平均每日50505公噸。", "香港特别行政区", "11%",
         "建筑废物整体产生量", "change"),
        ("trade news", "全年出口额增加12亿元（8.5%）。", "宁波市", "8.5%", "出口额", "change"),
        # a signed figure alone in brackets after a change is the change in the measure's own unit (Macau's crime
        # figures, Hong Kong's visitor arrivals)
        ("crime statistics", "其中，暴力犯罪上升14.7%(+61宗)。", "澳门特别行政区", "61宗", "暴力犯罪", "change"),
        ("crime statistics", "毒品犯罪案件100宗，同比下降12.3% (-14宗)。", "澳门特别行政区", "-14宗", "毒品犯罪案件",
         "change"),
        # an amount alone in brackets after a change in percent is that change in the measure's unit (a fisheries
        # report, a grain harvest)
        ("fisheries report", "海面渔业的产量为468.3万吨,比上年增产5.6%(约24.9万吨)。", "日本", "约24.9万吨",
         "海面渔业产量", "change"),
        ("harvest report", "全市粮食产量120万吨，同比下降3.2%（3.9万吨）。", "德州市", "3.9万吨", "粮食产量", "change"),
        # after a level written in numerals, which heads nothing (labour statistics)
        ("labour statistics", "全市失业人数为五万三千人，比去年同期减少一千人（1.85%）。", "德州市", "1.85%",
         "失业人数", "change"),
    ],
)  # fmt: skip
def test_averages_per_unit_and_changes_in_percent_in_brackets(claim_of, genre, text, region, mention, metric, kind):
    claim = claim_of(text, mention, region)
    assert (claim["metric"], claim["kind"]) == (metric, kind), genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # 当中 (among them) leads to what is counted, as 其中 does (Hong Kong's waste and crime figures)
        ("waste statistics", "玻璃減少7.1%，當中廢塑膠減少了11.1%。", "香港特别行政区", "11.1%", "废塑胶"),
        ("crime figures", "當中「網上情緣」騙案涉款逾3,600萬元。", "香港特别行政区", "逾3,600萬元", "网上情缘骗案涉款"),
        # the level reached alone after a change in another unit measures what changed
        ("waste statistics", "送往堆填區處理的建築廢物量輕微增加約6%，至約每日4694公噸。", "香港特别行政区", "4694公噸",
         "建筑废物量"),
        ("population news", "全市常住人口增加1.2%，达到320万人。", "洛阳市", "320万人", "常住人口"),
    ],
)  # fmt: skip
def test_dangzhong_leads_and_a_level_reached_after_a_change(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # a share opening its clause and said to be a part (都是, 为, 属于) is of that part, its figures and all: not
        # the label of the share before it (a health commission's deaths, a city's new businesses, Macau's trade)
        ("health briefing", "死亡病例以高龄为主，男性占2/3，女性占1/3，80%以上都是60岁以上的老年人，且多数有基础疾病。",
         "中国", "80%以上", "60岁以上的老年人"),
        ("business register", "全市新增企业1.2万家，70%以上是中小微企业。", "杭州市", "70%以上", "中小微企业"),
        ("trade statistics", "出口貨值按年上升12%，當中約45%屬於成衣製品。", "澳门特别行政区", "約45%", "成衣制品"),
    ],
)  # fmt: skip
def test_a_share_said_to_be_a_part_is_of_the_part(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # the works done on a body named after them (改扩建, 迁建) govern the name, no word of what is counted
        ("school places", "改扩建均州中学增加学位600个。", "丹江口市", "600个", "增加学位"),
        ("hospital news", "迁建县人民医院增加床位500张。", "郓城县", "500张", "增加床位"),
    ],
)  # fmt: skip
def test_works_on_a_named_body_are_no_part_of_the_metric(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # a part after 其中 named by a grade and the whole's head is that grade of the whole's measure, and so is the
        # grade alone after it (a county forestry summary, a city's nature reserves)
        ("forestry summary", "我县天然林保护工程面积共计27.0776万亩,其中国家级面积25.2811万亩,省级1.7965万亩。",
         "犍为县", "25.2811万亩", "国家级天然林保护工程面积"),
        ("forestry summary", "我县天然林保护工程面积共计27.0776万亩,其中国家级面积25.2811万亩,省级1.7965万亩。",
         "犍为县", "1.7965万亩", "省级天然林保护工程面积"),
        ("nature reserves", "全市共有自然保护区面积12.5万公顷，其中国家级面积8.2万公顷，省级3.1万公顷。", "菏泽市",
         "8.2万公顷", "国家级自然保护区面积"),
        # a whole graded itself keeps its part as written
        ("tourism bulletin", "全市A级旅游景区68家，其中5A级景区3家。", "菏泽市", "3家", "5A级景区"),
    ],
)  # fmt: skip
def test_a_graded_part_is_that_grade_of_the_wholes_measure(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # a word of degree after a sum ranks it (較為嚴重, 较为突出), no name of what it is: a Taiwan farm-loss report,
        # a city's district sales
        ("farm losses", "以花蓮縣損失5億9196萬元、高雄市及宜蘭縣分別損失230萬元及222萬元較為嚴重。", "台湾",
         "222萬元", "损失"),
        ("district sales", "各区县中，金水区销售额12.5亿元、二七区8.6亿元较为突出。", "郑州市", "8.6亿元", "销售额"),
    ],
)  # fmt: skip
def test_a_word_of_degree_after_a_figure_ranks_it(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


def test_a_currency_named_alone_before_a_sum_is_no_metric(claim_of):
    assert claim_of("共計新台幣300元。", "300元", "台湾")["metric"] is None


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # a page's short lines break its sentences: a change with no phrase of its own on the line after a figure is
        # that figure's change (a city's holiday tourism, a company's results)
        ("holiday tourism", "全市文旅接待量650.5万人次\n与2019年同期同比增长70.68%\n实现文旅综合收入43.42亿元",
         "开封市", "70.68%", "文旅接待量"),
        ("company results", "公司实现营业收入12.5亿元\n较2021年同期增长8.2%\n实现净利润3.1亿元\n同比增长5.6%", "青海省",
         "5.6%", "净利润"),
    ],
)  # fmt: skip
def test_a_change_on_the_line_after_a_figure_is_its_change(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # a count of divisions counts them by their kind (a health commission's daily notice, a province's bulletin)
        ("health notice", "其他5个地市新增确诊病例中，广州3例、深圳2例。", "广东省", "5个", "地市"),
        ("provincial bulletin", "全省21个地市均已出台实施方案。", "广东省", "21个", "地市"),
    ],
)
def test_a_count_of_divisions_counts_their_kind(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric", "subject"),
    [
        # a measure right after the bases newly developed measures the bases, and is the place's (a poverty-relief
        # report, a county's farm news): 新发展 governs the bases' name, no word of it
        ("poverty relief report", "全市新发展产业扶贫种养基地58万亩。", "咸宁市", "58万亩", "产业扶贫种养基地",
         "咸宁市"),
        ("farm news", "全县新发展茶叶种植基地2.5万亩。", "咸宁市", "2.5万亩", "茶叶种植基地", "咸宁市"),
    ],
)  # fmt: skip
def test_a_measure_after_the_bases_developed_measures_them(claim_of, genre, text, region, mention, metric, subject):
    claim = claim_of(text, mention, region)
    assert (claim["metric"], claim["subject"]) == (metric, subject), genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # a division's word opening another word names the level of what is counted, no division counted (a district's
        # work report, a province's project news); a county's measure after a count of counties still counts them
        ("work report", "137个市重点项目完成投资236.8亿元。", "珠海市斗门区", "137个", "市重点项目"),
        ("project news", "全省11个省重大项目完成投资520亿元。", "河南省", "11个", "省重大项目"),
        ("forestry bulletin", "12个县森林覆盖率超过60%。", "安庆市", "12个", "县"),
    ],
)  # fmt: skip
def test_a_divisions_level_before_what_is_counted_counts_no_division(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # the cause a figure is told as (主要是由于, 主要由于) is no word of what it counts (Macau crime figures, Hong
        # Kong public housing)
        ("crime statistics", "整體犯罪活動上升5.9%,主要是由於「侵犯財產罪」增加了565宗所致。", "澳门特别行政区",
         "565宗", "侵犯财产罪"),
        ("public housing", "公屋輪候時間維持在5.3年,主要由於過去一年有近六成申請者獲安排入住翻新單位。",
         "香港特别行政区", "近六成", "申请者获安排入住翻新单位"),
    ],
)  # fmt: skip
def test_the_cause_a_figure_is_told_as_is_no_word_of_its_metric(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


# (genre, text, region, mention, metric, subject, unit): the figure right after the base a figure is compared with
# (高于全国平均的, 低于全国的) is the base's level of the same measure in the same unit, the base's; without 的 it is
# the difference from the base (高于全省平均水平3.2个百分点), of the measure and the base, the clause's own
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric", "subject", "unit"),
    [
        (
            "city communique",
            "全市居民人均可支配收入3.2万元，增长6.1%，高于全国平均的2.9万元。",
            "洛阳市",
            "2.9万元",
            "居民人均可支配收入",
            "中国",
            "元/人",
        ),
        (
            "city communique",
            "全市城镇化率达到65.1%，高于全省平均水平3.2个百分点，低于全国的66.2%。",
            "洛阳市",
            "66.2%",
            "城镇化率",
            "中国",
            "%",
        ),
        (
            "city communique",
            "全市城镇化率达到65.1%，高于全省平均水平3.2个百分点，低于全国的66.2%。",
            "洛阳市",
            "3.2个百分点",
            "城镇化率高于全省平均水平",
            "洛阳市",
            "百分点",
        ),
        (
            "Taiwan audit news (Traditional)",
            "基隆高齡長者獨居占全市老年人口的41.12％，高於全國平均的34.67％。",
            "基隆市",
            "34.67％",
            "高龄长者独居占全市老年人口",
            "台湾",
            "%",
        ),
        (
            "province economy",
            "上半年全省地区生产总值增长3.4%，高于全国0.9个百分点。",
            "河北省",
            "0.9个百分点",
            "地区生产总值高于全国",
            "河北省",
            "百分点",
        ),
    ],
)
def test_a_comparison_bases_level_and_the_difference_from_it(
    claim_of, genre, text, region, mention, metric, subject, unit
):
    claim = claim_of(text, mention, region)
    assert (claim["metric"], claim["subject"], claim["unit"]) == (metric, subject, unit), genre


def test_a_part_opening_word_is_no_part_of_a_groups_bar(claim_of):
    # 当中 opens a part of the calls counted before (a fire service's year review): the group is the grade's fires
    text = "消防處去年接獲的火警召喚共有34 775宗。當中三級或以上的火警有五宗。"
    assert claim_of(text, "五宗", "香港特别行政区")["metric"] == "三级或以上的火警"


# (genre, text, region, mention, metric, period): the level 即 restates in brackets after a change is of what changed,
# at the time compared with; a base named before the bracket (较服务承诺的既定目标(即92.5%)) is what the level is
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric", "period"),
    [
        (
            "fire service year review",
            "消防處去年共接獲31 111宗樓宇火警召喚,較二○二一年上升6.7%(即29 157宗)。",
            "香港特别行政区",
            "29 157宗",
            "楼宇火警召唤",
            "二〇二一年",
        ),
        (
            "police year review",
            "去年全港共發生盜竊案12 345宗,較二○二二年下跌3.1%(即12 740宗)。",
            "香港特别行政区",
            "12 740宗",
            "发生盗窃案",
            "二〇二二年",
        ),
        (
            "fire service year review",
            "其中94.9%能夠在規定召達時間內到場處理,較服務承諾的既定目標(即92.5%)高出約2.4%。",
            "香港特别行政区",
            "92.5%",
            "服务承诺的既定目标",
            None,
        ),
    ],
)
def test_a_level_restated_after_a_change_or_a_named_base(claim_of, genre, text, region, mention, metric, period):
    claim = claim_of(text, mention, region)
    assert claim["metric"] == metric, genre
    if period:
        assert claim["period"] == period, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric", "subject"),
    [
        # 以 + a place + 有 + the figure ranks the place first; what the figure is of follows it
        (
            "referendum count",
            "投票結果，以七美鄉有79.94%投票民眾投下同意票，馬公市也有78.16%投票民眾投下同意票。",
            "澎湖县",
            "79.94%",
            "投票民众投下同意票",
            "澎湖县七美乡",
        ),
        (
            "vaccination news",
            "各区中，以南屯區有92.3%长者完成接种，北区也有90.1%长者完成接种。",
            "台中市",
            "92.3%",
            "长者",
            "台中市南屯区",
        ),
    ],
)
def test_a_place_ranked_by_yi_and_you_is_no_metric(claim_of, genre, text, region, mention, metric, subject):
    claim = claim_of(text, mention, region)
    assert (claim["metric"], claim["subject"]) == (metric, subject), genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # a voltage grading the equipment counted is part of its noun (the voltage is no figure: test_quantities)
        ("earthquake briefing", "已恢复4座110千伏变电站、3座35千伏变电站。", "泸定县", "3座", "35千伏变电站"),
        ("power company news", "全年新建投运2条500千伏线路。", "郑州市", "2条", "500千伏线路"),
        # 拥有 links what is had to its figure, as 有 does
        ("company news", "该平台拥有3亿用户。", "杭州市", "3亿用户", "该平台"),
    ],
)
def test_a_graded_noun_after_a_count_and_a_link_before_it(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # a count right after a count of the same things in another unit, nothing between, counts them too
        (
            "earthquake briefing",
            "地震已造成倒塌房屋103户432间，严重损坏房屋743户4533间。",
            "泸定县",
            "4533间",
            "严重损坏房屋",
        ),
        ("flood report", "洪水造成损毁房屋56户210间。", "涿州市", "210间", "损毁房屋"),
    ],
)
def test_a_count_in_another_unit_right_after_a_count_counts_its_things(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # a disaster or accident and what it caused open no metric: the toll counted is
        ("flood report", "洪水已造成倒塌房屋56户。", "涿州市", "56户", "倒塌房屋"),
        ("storm report", "此次暴雨共造成农作物受灾3万亩。", "阜阳市", "3万亩", "农作物受灾"),
        ("disaster bulletin", "灾害造成直接经济损失4100万余元。", "黔南布依族苗族自治州", "4100万余元", "直接经济损失"),
        # a kind of cause that tells the toll apart is kept: a traffic report's drunk-driving deaths
        ("traffic report", "全年交通事故死亡120人，而酒驾造成死亡23人。", "台中市", "23人", "酒驾造成死亡"),
    ],
)
def test_an_event_and_what_it_caused_open_no_metric(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # a bracket holding a figure on the noun before it (its distance, its area) closes right before another figure:
        # the noun names that one too, not the list's item before
        (
            "marathon news",
            "其中全程马拉松4000人、半程马拉松6000人、健康跑(7公里)8000人。",
            "襄阳市",
            "8000人",
            "健康跑",
        ),
        ("park news", "新建口袋公园12个、湿地公园(120公顷)3个。", "菏泽市", "3个", "湿地公园"),
        # …and a share after 占 right after the bracket is that item's: Macau's cross-border freight, a port's
        (
            "Macau transport statistics",
            "陸路貨櫃貨物毛重減少40.5%至3,202公噸,經港珠澳大橋(2,972公噸)佔92.8%。",
            "澳门特别行政区",
            "92.8%",
            "经港珠澳大桥占",
        ),
        ("port news", "全港货物吞吐量1.2亿吨，其中外贸(4800万吨)则占40%。", "宁波市", "40%", "外贸占"),
    ],
)
def test_the_noun_before_a_bracketed_note_names_the_figure_after_it(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # disputes by kind, which jieba's dictionary tags as state words (lexicon/word_tags.tsv): nouns that name what a
        # mediation report or a court's review counts
        ("mediation report", "婚姻家庭纠纷160件,占18.4%;邻里纠纷278件,占32%。", "黄石市", "278件", "邻里纠纷"),
        ("court review", "全年审结合同纠纷案件1200件，医疗纠纷35件。", "黄石市", "35件", "医疗纠纷"),
    ],
)
def test_disputes_by_kind_are_what_is_counted(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # a kind of division with its other kinds in brackets is the noun counted, whole: an epidemic bulletin's spread,
        # a province's safety report
        ("epidemic bulletin", "我省累计报告确诊病例539例，涉及21个市（州）。", "四川省", "21个", "涉及市（州）"),
        (
            "epidemic bulletin",
            "累计报告确诊病例344例，涉及21个市（州）、120个县（市、区）。",
            "四川省",
            "120个",
            "涉及县（市、区）",
        ),
        ("safety report", "全省自然灾害波及125个县(市、区)。", "云南省", "125个", "县(市、区)"),
        # provinces with the other kinds of province-level division: a national bulletin, a ministry's news
        (
            "national bulletin",
            "1月27日0-24时，30个省（区、市）报告新增确诊病例1771例。",
            "中国",
            "30个",
            "省（区、市）",
        ),
        ("ministry news", "目前全国31个省（自治区、直辖市）已启动应急响应。", "中国", "31个", "省（自治区、直辖市）"),
        # or listed after it with 、 alone: a hospital's news, a county's safety news
        ("hospital news", "医疗服务范围覆盖全国24个省、区、市以及蒙古国。", "内蒙古自治区", "24个", "省、区、市"),
        ("county safety news", "此次检查覆盖6个县、市、区，惠及群众。", "保定市", "6个", "县、市、区"),
    ],
)
def test_a_division_kind_with_its_other_kinds_is_counted_whole(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # a measure after a count and a word of its dimension measures the things counted in that dimension: a farmland
        # works report, a water project
        ("farmland works", "实施田间配水管网,架设分干管15条长9639米。", "元谋县", "9639米", "架设分干管长度"),
        ("water project", "全县新建蓄水池32座容积12000立方米。", "元谋县", "12000立方米", "蓄水池容积"),
    ],
)
def test_a_measure_after_a_count_and_its_dimension(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention"),
    [
        # an adjective used as an adverb before a figure names nothing it counts: a port's milestone, a works report
        ("port milestone", "经该口岸往来三地的旅客数量，当日正式突破1亿人次。", "珠海市", "突破1亿人次"),
        ("works report", "全年顺利完成造林面积3.2万亩。", "元谋县", "3.2万亩"),
    ],
)
def test_an_adverbial_adjective_alone_is_no_metric(claim_of, genre, text, region, mention):
    assert claim_of(text, mention, region)["metric"] not in ("正式", "顺利"), genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # a change in points of a growth rate named by its own noun after a level and its growth is the rate's: a city's
        # credit release, a province's finance review
        (
            "credit release",
            "截至6月末,中山本外币各项贷款余额5102.36亿元,同比增长15.72%,增速环比提高3.81个百分点。",
            "中山市",
            "3.81个百分点",
            "中山本外币各项贷款余额增速",
        ),
        (
            "finance review",
            "本外币各项存款余额5.67万亿元，同比增长11.2%，增速较去年同期回落4.98个百分点。",
            "四川省",
            "4.98个百分点",
            "本外币各项存款余额增速",
        ),
    ],
)
def test_points_of_a_growth_rate_named_by_its_noun_are_the_rates(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


def test_a_list_parts_measure_after_its_dimension_is_of_what_the_whole_counts(claim_of):
    # a works report's list: the part's count has its metric from the whole, and the measure after it then too
    text = "共架设干管5条长3723米。其中：平田片区4条长1630米，苴林片区1条长2093米。"
    assert claim_of(text, "1630米", "元谋县")["metric"] == "架设干管长度"


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # a range whose ends are in two units is two figures, both of what the range measures: an epidemic
        # bulletin's ages, a vaccination notice; 介于 frames the range and names nothing
        ("epidemic bulletin", "男性218例，女性218例，年龄介于10月龄-86岁之间。", "广东省", "10月龄", "年龄"),
        ("epidemic bulletin", "男性218例，女性218例，年龄介于10月龄-86岁之间。", "广东省", "86岁", "年龄"),
        ("epidemic bulletin", "新增病例中，患者年龄介于3岁至90岁之间。", "广东省", "3岁至90岁", "患者年龄"),
        ("vaccination notice", "接种对象年龄介于6月龄至3岁之间。", "上海市", "3岁", "接种对象年龄"),
    ],
)
def test_both_ends_of_a_range_in_two_units_measure_what_it_does(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "mention", "metric"),
    [
        ("a city's spring-ploughing report", "全市32.8万台（套）农业机械全部完成检修。", "32.8万台", "农业机械"),
        ("a county's training news", "全县1200个（次）村干部参加了轮训。", "1200个", "村干部"),
        ("a port's equipment (half-width brackets)", "港区新增50台(套)装卸设备，总投资3亿元。", "50台", "装卸设备"),
    ],
)
def test_a_second_measure_word_in_brackets_leaves_the_noun_after_it(claim_of, genre, text, mention, metric):
    # 台（套）: the figure is counted in either measure word, and the noun after both is what it counts
    assert claim_of(text, mention)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # a sum spent and what it was spent on after it: a city's health news, a Taiwan city's works report
        # (Traditional), a county's roads (用于 no word of the purpose)
        (
            "city health news",
            "5年来,漳州累计投入106.55亿元建设医疗卫生项目181个。",
            "漳州市",
            "106.55亿元",
            "建设医疗卫生项目投入",
        ),
        (
            "city health news",
            "投入10885万元建设新冠病毒核酸检测实验室,核酸检测机构36家。",
            "漳州市",
            "10885万元",
            "建设新冠病毒核酸检测实验室投入",
        ),
        (
            "Taiwan city works report",
            "交通安全方面，市府投入1億2298萬元改善14所學校周邊通學步道，提升學童通行安全。",
            "基隆市",
            "1億2298萬元",
            "改善学校周边通学步道投入",
        ),
        ("county roads", "县政府投入3亿元用于建设道路。", "兴文县", "3亿元", "建设道路投入"),
        # the sum's clause ends at it and the purpose opens the next; a word of manner before the verb; the count
        # inside the object one figure with its measure word (所普惠性 no word); a bar inside it no count: a city's
        # education spending, a county's water works
        (
            "city education spending",
            "“十三五”期间,投入6.25亿元,新建、改扩建城镇中小学17所;",
            "包头市",
            "6.25亿元",
            "新建、改扩建城镇中小学投入",
        ),
        (
            "city education spending",
            "投入2.17亿元重点改善42所农村薄弱中小学校办学条件。",
            "包头市",
            "2.17亿元",
            "改善农村薄弱中小学校办学条件投入",
        ),
        (
            "city education spending",
            "投入 2400 万元扶持 90 所普惠性民办幼儿园发展;",
            "包头市",
            "2400 万元",
            "扶持普惠性民办幼儿园发展投入",
        ),
        (
            "county water works",
            "去年累计投入8000万元,续建农村饮水安全工程。",
            "宾川县",
            "8000万元",
            "续建农村饮水安全工程投入",
        ),
        (
            "county water works",
            "今年投入1200万元专项用于改造500人以上集中供水工程。",
            "宾川县",
            "1200万元",
            "改造集中供水工程投入",
        ),
        # no object named before a figure, or figures all through it: the verb stays (a heading may name it)
        ("county renewal", "去年投资466万元完成了3条背街小巷综合治理。", "息烽县", "466万元", "投资"),
        ("county renewal", "投入500万元实施6村居1708户改造项目。", "息烽县", "500万元", "投入"),
        # the next clause a sum or a rate of its own: no purpose of the sum before it
        ("county economy", "全年完成投资50亿元，实现利润3.4亿元。", "衡阳县", "50亿元", "投资"),
        ("county economy", "今年投入30亿元，增长12%。", "衡阳县", "30亿元", "投入"),
        # the next clause's own sum, over or about so much (10余亿元, 5亿多元), is no bar inside a purpose: another
        # sum, the social capital the spending drew in (a province's civil-affairs review, a county's care homes)
        ("civil-affairs review", "全年累计投入5亿元,撬动社会资本投资10余亿元。", "湖南省", "5亿元", "投入"),
        ("county care homes", "共投入2亿元,带动社会投资5亿多元。", "衡阳县", "2亿元", "投入"),
    ],
)
def test_a_sum_spent_is_named_by_what_it_was_spent_on(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # the short form of the city's or county's government is its subject, no word of the metric (Traditional)
        ("Taiwan mayor's report", "謝國樑也表示，上任時市府債務67億元，目前降至40億元。", "基隆市", "67億元", "债务"),
        ("Taiwan county subsidy", "農業部最高補助新台幣120元、縣府最高補助80元。", "屏东县", "80元", "最高补助"),
    ],
)
def test_the_governments_short_form_is_no_word_of_the_metric(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"),
    [
        # people counted by what they underwent, after a group counted by its noun, are of that group: a province's
        # contacts bulletin, its imported-contacts bulletin (Traditional: a Taiwan notice)
        (
            "province contacts bulletin",
            "截至目前，追踪到密切接触者15074人，已解除医学观察11324人，诊断为疑似或确诊病例264例，尚有3486人正在接受医学观察。",
            "山东省",
            {"11324人": "解除医学观察的密切接触者", "3486人": "接受医学观察的密切接触者"},
        ),
        (
            "imported contacts bulletin",
            "目前有境外输入密切接触者278人，其中60人在省级定点医院隔离留观，218人在集中隔离点隔离。",
            "甘肃省",
            {"60人": "省级定点医院隔离留观的境外输入密切接触者", "218人": "集中隔离点隔离的境外输入密切接触者"},
        ),
        (
            "Traditional contacts notice",
            "目前累計追蹤到密切接觸者1500人，已解除醫學觀察800人。",
            "台湾",
            {"800人": "解除医学观察的密切接触者"},
        ),
        # and so are people counted by the state of care they are still in (尚在医学观察, 仍在隔离观察): a province's
        # contacts report, whose group is named by the same state, and a city's
        (
            "province contacts report",
            "累计医学观察密切接触者24600人，尚在医学观察3602人。",
            "山东省",
            {"3602人": "医学观察的密切接触者"},
        ),
        (
            "city contacts report",
            "全市共排查密切接触者560人，目前仍在隔离观察120人。",
            "菏泽市",
            {"120人": "隔离观察的密切接触者"},
        ),
        # a state of care written with its figure before it (其中368人尚在隔离医学观察中), and a group traced by 确定
        (
            "city contacts bulletin",
            "累计确定密切接触者2874人，其中368人尚在隔离医学观察中。",
            "北京市",
            {"2874人": "密切接触者", "368人": "隔离医学观察的密切接触者"},
        ),
        (
            "Traditional contacts notice",
            "累計確定密切接觸者900人，其中120人尚在集中醫學觀察中。",
            "台湾",
            {"900人": "密切接触者", "120人": "集中医学观察的密切接触者"},
        ),
        # no group: acts side by side on one kind of people, a flow beside its outflow, a group named by an act
        (
            "procuratorate report",
            "批捕各类犯罪嫌疑人3.3万人、起诉6.5万人。",
            "湖南省",
            {"6.5万人": "起诉各类犯罪嫌疑人"},
        ),
        (
            "daily contacts bulletin",
            "当日新增密切接触者120人，解除医学观察80人。",
            "山东省",
            {"80人": "解除医学观察"},
        ),
        (
            "party building news",
            "2024年以来,我市发展新就业群体党员61名,确定入党积极分子175名。",
            "菏泽市",
            {"175名": "入党积极分子"},
        ),
    ],
)
def test_people_counted_by_what_they_underwent_are_of_the_group_before(claims_of, genre, text, region, expected):
    found = {c["mention"]: c["metric"] for c in claims_of(text, region=region)}
    assert {m: found.get(m) for m in expected} == expected, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # a headline's bar parts its phrases as a space does: a city's tourism news, a province's economy
        (
            "city tourism headline",
            "撸起袖子加油干 努力夺取开门红丨42.84亿元!哈尔滨旅游市场强力复苏\n春节假期，全市实现旅游收入42.84亿元。",
            "哈尔滨市",
            "42.84亿元",
            "旅游收入",
        ),
        ("province economy headline", "重磅｜全省地区生产总值突破5万亿元", "河南省", "突破5万亿元", "地区生产总值"),
    ],
)
def test_a_headlines_bar_ends_the_phrase_before_a_figure(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "unit", "metric"),
    [
        # a round mark a level passed or fell below (大关), written without its unit, past a span of time: a Taiwan
        # county's population (Traditional), a city's census
        (
            "Taiwan county population",
            "總人口數44萬9890人,連續2年跌破45萬大關。",
            "宜兰县",
            "跌破45萬",
            "人",
            "总人口数",
        ),
        ("city census", "全市常住人口1002.3万人,时隔5年再次突破1000万大关。", "西安市", "突破1000万", "人", "常住人口"),
    ],
)
def test_a_mark_passed_is_in_the_levels_unit_and_metric(claim_of, genre, text, region, mention, unit, metric):
    claim = claim_of(text, mention, region)
    assert (claim["unit"], claim["metric"]) == (unit, metric), genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"),
    [
        # a change whose sentence opens with its comparison right after a figure's full stop is that figure's change
        # (a bank's results, a Traditional statistics brief)
        ("bank results", "报告期内,该行的净息差0.80%。较2023年末大幅下降42个bp。", "沈阳市", {"42个bp": "净息差"}),
        # and within its sentence after an adverb of degree (a Hong Kong weather review, a county's water bulletin)
        (
            "Hong Kong weather review",
            "全年累積雨量為 2,557 毫米，只比正常值高 5%。",
            "香港特别行政区",
            {"5%": "累积雨量"},
        ),
        ("water bulletin", "全年降雨量为1200毫米，仅比上年多50毫米。", "嵩明县", {"50毫米": "降雨量"}),
        (
            "Traditional statistics brief",
            "今年第三季失業率為3.4%。較上季下降0.2個百分點。",
            "臺北市",
            {"0.2個百分點": "失业率"},
        ),
    ],
)
def test_a_comparison_opening_the_sentence_after_a_figure_is_its_change(claims_of, genre, text, region, expected):
    found = {c["mention"]: c["metric"] for c in claims_of(text, region=region)}
    assert {m: found.get(m) for m in expected} == expected, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"),
    [
        # a rate's per-word written inside its name before a verb (人口密度每平方公里增加115人) is its unit's, no word
        # of what is measured (a Taipei census brief, Traditional; a county's communiqué)
        ("Taipei census brief", "與前次普查比較,人口密度每平方公里增加115人。", "臺北市", {"115人": "人口密度"}),
        ("county communiqué", "与上年相比，全县人口密度每平方千米增加20人。", "嵩明县", {"20人": "人口密度"}),
    ],
)
def test_a_rates_per_word_is_its_units_not_its_metrics(claims_of, genre, text, region, expected):
    found = {c["mention"]: c["metric"] for c in claims_of(text, region=region)}
    assert {m: found.get(m) for m in expected} == expected, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"),
    [
        # a kind in 性 before the topic's long name, whose 的 ends the name, tells the cases apart, the figure before
        # the noun or after it (a province's notice; a Traditional one); the key still folds the topic
        (
            "province notice",
            "辽宁省新增2例输入性新型冠状病毒感染的肺炎确诊病例。累计报告输入性新型冠状病毒感染的肺炎确诊病例12例。",
            "辽宁省",
            {"2例": ("输入性肺炎确诊病例", "确诊病例"), "12例": ("输入性肺炎确诊病例", "确诊病例")},
        ),
        (
            "Traditional notice",
            "台灣新增1例輸入性新型冠狀病毒感染的肺炎確診病例。",
            "台湾",
            {"1例": ("输入性肺炎确诊病例", "确诊病例")},
        ),
    ],
)
def test_a_kind_before_the_topics_long_name_stays_with_its_cases(claims_of, genre, text, region, expected):
    found = {c["mention"]: (c["metric"], c["metric_key"]) for c in claims_of(text, region=region)}
    assert {m: found.get(m) for m in expected} == expected, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # a run of word-figure pairs with no comma between: the word after a figure with its own word before it opens
        # the next pair (a feed headline; a province's bulletin headline)
        ("feed headline", "江苏新增确诊病例27例，累计确诊570例出院131例", "江苏省", "570例", "确诊"),
        ("bulletin headline", "宁夏新增确诊1例疑似1例", "宁夏回族自治区", "1例", "确诊"),
        # …but each figure's word written after it, none before, is its own (a correction notice)
        ("correction notice", "湖北订正疫情数据：湖北新纳入220例确诊10例疑似。", "湖北省", "220例", "确诊"),
    ],
)
def test_a_run_of_word_figure_pairs_names_each_figure_by_its_own_word(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


# (genre, text, region, mention, metric, kind): a level after 较 and another measure is that measure's; a verb of
# difference alone after it is by how much the first measure exceeds the other, a change, as is its share in brackets
# (Taipei's statistics weekly, a city's census news)
_COMPARED_MEASURES = [
    (
        "statistics weekly",
        "112年11月臺北市平日日間活動人口數計326.3萬人,較平日夜間停留人口數261.1萬人,多65.2萬人(25.0%),"
        "亦較同年月底戶籍人口數251.0萬人,多75.3萬人(30.0%)。",
        "臺北市",
        {
            "261.1萬人": ("平日夜间停留人口数", "count"),
            "65.2萬人": ("平日日间活动人口数较平日夜间停留人口数多", "change"),
            "25.0%": ("平日日间活动人口数较平日夜间停留人口数多", "change"),
            "251.0萬人": ("户籍人口数", "count"),
            "75.3萬人": ("平日日间活动人口数较户籍人口数多", "change"),
        },
    ),
    (
        "census news",
        "2023年末全市常住人口数1048.5万人，较户籍人口数304.2万人，多744.3万人（244.7%）。",
        "东莞市",
        {
            "304.2万人": ("户籍人口数", "count"),
            "744.3万人": ("常住人口数较户籍人口数多", "change"),
            "244.7%": ("常住人口数较户籍人口数多", "change"),
        },
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "expected"), _COMPARED_MEASURES)
def test_a_level_compared_with_another_measure_and_the_difference(claims_of, genre, text, region, expected):
    found = {c["mention"]: (c["metric"], c["kind"]) for c in claims_of(text, region=region)}
    assert {m: found.get(m) for m in expected} == expected, genre


# (genre, text, region, mention, metric): a sentence opening with the measure it views its figures by (从…来看) gives it
# to a figure naming nothing, each of two measures to its place after 分别, no rate to a sum; a ranking said right after
# a figure (紧随其后, 居首) is no metric (a bank results roundup, a company's annual report, a province's output news)
_VIEWED_BY = [
    (
        "bank results roundup",
        "从总资产增速来看,枣庄银行以20.62%居首,总资产由385.38亿元增至464.84亿元。",
        "山东省",
        "20.62%",
        "总资产增速",
    ),
    (
        "bank results roundup",
        "从总资产增速来看,枣庄银行以20.62%居首,总资产由385.38亿元增至464.84亿元。",
        "山东省",
        "464.84亿元",
        "总资产",
    ),
    (
        "annual report news",
        "从营收增速以及毛利率增速看,系列酒在这两个指标上表现抢眼,分别为29.43%、2.54%。",
        "贵州省",
        "2.54%",
        "毛利率增速",
    ),
    ("output news", "从粮食单产来看，德州市以每亩512公斤居首。", "山东省", "512公斤", "粮食单产"),
    (
        "bank results roundup",
        "青岛银行总资产6079.85亿元居首,齐鲁银行6048.16亿元紧随其后。",
        "山东省",
        "6048.16亿元",
        "总资产",
    ),
    (
        "county output news",
        "全省县域经济中，昆山市地区生产总值5140亿元居首，江阴市4950亿元居次。",
        "江苏省",
        "4950亿元",
        "地区生产总值",
    ),
    (
        "port news",
        "全省港口中，深圳港集装箱吞吐量3000万标箱居首，广州港2500万标箱紧随其后。",
        "广东省",
        "2500万标箱",
        "集装箱吞吐量",
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "mention", "metric"), _VIEWED_BY)
def test_the_measure_a_sentence_views_its_figures_by(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


# (genre, text, region, mention, metric): a sum restated in another currency in brackets measures what the sum before
# it does, the noun after the brackets' 的 that sum's (a Macau gaming news, a city's investment news); a verb after a
# sum its clause names says what the sum did, not what it is (an employment news headline, a province's loans news)
_SUMS_RESTATED_OR_DOING = [
    (
        "gaming news",
        "當期貴賓百家樂的收入錄得130.8億澳門元(16.3億美元)。",
        "澳门特别行政区",
        "16.3億美元",
        "当期贵宾百家乐收入",
    ),
    ("investment news", "去年，苏州共签约5亿美元（约35亿元）的外资项目12个。", "苏州市", "5亿美元", "外资项目"),
    ("investment news", "去年，苏州共签约5亿美元（约35亿元）的外资项目12个。", "苏州市", "约35亿元", "外资项目"),
    ("employment news headline", "稳岗返还14.97亿元惠及12.92万家企业", "湖北省", "14.97亿元", "稳岗返还"),
    ("loans news", "全省发放创业担保贷款32.6亿元惠及创业者1.2万人。", "贵州省", "32.6亿元", "创业担保贷款"),
]


@pytest.mark.parametrize(("genre", "text", "region", "mention", "metric"), _SUMS_RESTATED_OR_DOING)
def test_a_sum_restated_in_brackets_or_doing_something(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


# (genre, text, region, mention, metric): a verb of what was done to the cases counted right after it (排除, 收治:
# lexicon/case_event_verbs.txt) defines the group, and stays with the noun after the count (a city's daily notice, a
# hospital's news); one closing a relative clause with 的 leaves the group to what is said after it
_CASE_EVENTS = [
    ("daily notice", "已累计排除75例疑似病例，尚有129例疑似病例正在排查中。", "上海市", "75例", "排除疑似病例"),
    ("daily notice", "已累计排除75例疑似病例，尚有129例疑似病例正在排查中。", "上海市", "129例", "疑似病例"),
    ("hospital news", "截至2月16日18时，共收治百余名新冠肺炎患者。", "武汉市", "百余名", "收治新冠肺炎患者"),
]


@pytest.mark.parametrize(("genre", "text", "region", "mention", "metric"), _CASE_EVENTS)
def test_a_verb_done_to_the_cases_counted_defines_them(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


# (genre, text, region, mention, metric): a state before 的 and a count says which of the counted are meant
# (lexicon/group_states.txt: a province's daily notice, a city's first reports); what was done to them is not
_GROUP_STATES = [
    (
        "daily notice",
        "截至2020年2月3日24时，在院的777例确诊病例中，危重25例，重症61例。",
        "广东省",
        "777例",
        "在院确诊病例",
    ),
    ("city first report", "高度疑似的10名患者已收至定点医疗机构隔离病区治疗。", "广州市", "10名", "高度疑似患者"),
    ("city first report", "目前已对判定的8名密切接触者进行隔离医学观察。", "广州市", "8名", "密切接触者"),
]


@pytest.mark.parametrize(("genre", "text", "region", "mention", "metric"), _GROUP_STATES)
def test_a_state_before_de_says_which_are_counted(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


# (genre, text, region, mention, metric): a share of another whole right after a share is of the same part, not of
# the share before it; 占 opens the share even where jieba reads a word across it (占前三季度 -> 占前, leading)
_SHARES_OF_TWO_WHOLES = [
    ("trade statistics", "今年前三季度，全市进出口总额820亿元，占全省的12.5%，占全国的0.3%。", "义乌市", "0.3%",
     "进出口总额占全国"),
    ("airport news", "白云机场旅客吞吐量3200万人次，占全省机场的55.2%，占前十大机场总量的8.1%。", "广州市", "8.1%",
     "旅客占前十大机场总量"),
    ("exports by country", "全省出口总额5000亿元，以美国最多，占出口总额的21%，其次为日本，占出口总额的12%。", "山东省",
     "12%", "出口占出口总额"),
]  # fmt: skip


@pytest.mark.parametrize(("genre", "text", "region", "mention", "metric"), _SHARES_OF_TWO_WHOLES)
def test_a_share_after_a_share_is_of_the_same_part(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


# (genre, text, region, mention, metric): people counted by a noun after their figure, then what they undergo (正在
# 接受…) to the clause's end, are those people only, named as 尚有7474人正在接受医学观察 after the contacts is; a
# suspected case under investigation is every suspected case
_STATES_AFTER_THE_COUNTED = [
    ("daily notice", "截至2月4日12时，有2999名密切接触者正在接受医学观察。", "广东省", "2999名",
     "接受医学观察的密切接触者"),
    ("daily notice", "目前仍有3602名密切接触者在接受集中隔离医学观察。", "湖南省", "3602名",
     "接受集中隔离医学观察的密切接触者"),
    ("accident news", "事故共造成3人死亡，目前仍有12名伤员正在接受治疗。", "昆明市", "12名", "接受治疗的伤员"),
    ("daily notice", "尚有196例疑似病例正在排查中。", "上海市", "196例", "疑似病例"),
    ("daily notice", "累计追踪密切接触者500人，其中300名密切接触者正在接受医学观察。", "上海市", "500人", "密切接触者"),
]  # fmt: skip


@pytest.mark.parametrize(("genre", "text", "region", "mention", "metric"), _STATES_AFTER_THE_COUNTED)
def test_a_state_said_after_the_counted_noun_names_them(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


# (genre, text, region, mention, metric): a count linked by a copula to what it is (是, 为) names that, and a part
# of people named before keeps their group (2名是澳大利亚籍 of the 外籍人士)
_COPULA_LINKED_COUNTS = [
    ("business register", "今年共有300家企业申报，其中200家为民营企业。", "菏泽市", "200家", "民营企业"),
    ("health notice", "待排除的6例中有4人是澳门居民。", "澳门特别行政区", "4人", "澳门居民"),
    ("health notice", "3名外籍人士中，有2名是澳大利亚籍，1名是巴基斯坦籍。", "上海市", "2名", "澳大利亚籍的外籍人士"),
]


@pytest.mark.parametrize(("genre", "text", "region", "mention", "metric"), _COPULA_LINKED_COUNTS)
def test_a_count_linked_by_a_copula_names_what_it_is(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # the basis a change is reckoned on, before its verb, says how it was measured: the figure before names what
        # changed (a holiday tourism release, a statistical communiqué, a household survey)
        (
            "holiday tourism",
            "清明假期全省共接待游客1051.59万人次,按可比口径同比增长110.81%,同比2019年增长47.61%。",
            "辽宁省",
            "110.81%",
            "游客",
        ),
        (
            "holiday tourism",
            "实现旅游综合收入78.29亿元,按可比口径同比增长203.80%。",
            "辽宁省",
            "203.80%",
            "旅游综合收入",
        ),
        (
            "statistical communiqué",
            "全市地区生产总值3000亿元，按可比价计算增长5.2%。",
            "洛阳市",
            "5.2%",
            "地区生产总值",
        ),
        (
            "statistical communiqué",
            "全年规模以上工业增加值1200亿元，按不变价计算增长6.5%。",
            "洛阳市",
            "6.5%",
            "规模以上工业增加值",
        ),
    ],
)
def test_the_basis_of_a_change_is_no_metric(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # what a change was mostly made of (主要是, 主要来源于) and the items after a clause's 与 are the parts (a tax
        # revenue release, in either script; a trade release)
        (
            "tax revenue",
            "全市税收增加39亿元，主要是增值税及企业所得税分别增加26亿元及8亿元，与房产税、契税分别减少5亿元、3亿元。",
            "菏泽市",
            "26亿元",
            "增值税",
        ),
        (
            "tax revenue",
            "全市税收增加39亿元，主要是增值税及企业所得税分别增加26亿元及8亿元，与房产税、契税分别减少5亿元、3亿元。",
            "菏泽市",
            "5亿元",
            "房产税",
        ),
        (
            "tax revenue, Traditional",
            "稅課收入較同期增加39億元，主要是綜合所得稅及關稅分別增加126億元及8億元，與證券交易稅減少52億元。",
            "台湾",
            "52億元",
            "证券交易税",
        ),
        ("trade release", "全市进出口增长5%，主要来源于机电产品出口增加20亿元。", "东莞市", "20亿元", "机电产品出口"),
    ],
)
def test_what_a_change_was_mostly_made_of_names_its_parts(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # names, the levels they were at, then 分别降至 (现在的) and the levels now: one for one, each the name's (a
        # city's health report, a county's schooling report, an air quality report)
        (
            "health report",
            "新生儿死亡率、婴儿死亡率、5岁以下儿童死亡率从十二五期间4.77‰、7.37‰、9.78‰分别降至现在的2.05‰、3.04‰、4.04‰。",
            "芜湖市",
            "2.05‰",
            "新生儿死亡率",
        ),
        (
            "health report",
            "新生儿死亡率、婴儿死亡率从4.77‰、7.37‰分别降至2.05‰、3.04‰。",
            "芜湖市",
            "2.05‰",
            "新生儿死亡率",
        ),
        (
            "schooling report",
            "全县小学、初中入学率从95.2%、90.1%分别提高到目前的100%、99.5%。",
            "进贤县",
            "99.5%",
            "初中入学率",
        ),
        (
            "air quality report",
            "细颗粒物浓度、可吸入颗粒物浓度从45微克/立方米、78微克/立方米分别降至现在的32微克/立方米、60微克/立方米。",
            "铜川市",
            "32微克/立方米",
            "细颗粒物浓度",
        ),
        # a level reached now, alone: 现在 is a time, no 现 of the metric
        ("health report", "全市新生儿死亡率降至现在的2.05‰。", "芜湖市", "2.05‰", "新生儿死亡率"),
    ],
)
def test_levels_reached_after_respectively_are_the_names_before_in_order(
    claim_of, genre, text, region, mention, metric
):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # a list of ranked places (第一名…，第二名…) before their figures: the rank and the place are no words of what
        # is measured, which the list's first names (a county's tourism release in Traditional, a province's GDP news)
        (
            "tourism release",
            "依統計數據顯示,109年(1-8月)觀光人次雲林縣第一名786萬人次,第二名南投縣764萬人次,第三名新竹縣706萬人次。",
            "云林县",
            "786萬人次",
            "观光人次",
        ),
        (
            "tourism release",
            "依統計數據顯示,109年(1-8月)觀光人次雲林縣第一名786萬人次,第二名南投縣764萬人次,第三名新竹縣706萬人次。",
            "云林县",
            "764萬人次",
            "观光人次",
        ),
        (
            "GDP news",
            "今年前三季度，地区生产总值苏州市第一名18000亿元，第二名南京市12000亿元，第三名无锡市10000亿元。",
            "江苏省",
            "12000亿元",
            "地区生产总值",
        ),
    ],
)
def test_ranked_places_are_no_words_of_the_measure(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # a figure passed (已超過去年整年度的880萬人次) or about to be (將超越1000萬人次): the verb and what it passes
        # are no words of what is counted (a county's tourism release in Traditional, a port's news)
        (
            "tourism release",
            "今(109)年1至10月的觀光人次已超過去年整年度的880萬人次,預計109年觀光人次將超越1000萬人次。",
            "云林县",
            "880萬人次",
            "观光人次",
        ),
        (
            "tourism release",
            "今(109)年1至10月的觀光人次已超過去年整年度的880萬人次,預計109年觀光人次將超越1000萬人次。",
            "云林县",
            "1000萬人次",
            "观光人次",
        ),
        ("port news", "今年港口集装箱吞吐量将超越500万标箱。", "日照市", "500万标箱", "港口集装箱吞吐量"),
    ],
)
def test_a_figure_passed_is_no_word_of_what_is_counted(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


# a size between a count and its noun grades the noun counted (a port story, a power company's news)
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        ("port story", "徐圩港区现已建成2个10万吨级通用泊位、3个液体化工泊位。", "连云港市", "2个", "10万吨级通用泊位"),
        (
            "port story",
            "赣榆港区现已建成3个万吨级通用泊位、1个5万吨液体散货泊位。",
            "连云港市",
            "1个",
            "5万吨液体散货泊位",
        ),
        ("power news", "电厂二期工程新建2台100万千瓦超超临界燃煤机组。", "徐州市", "2台", "100万千瓦超超临界燃煤机组"),
    ],
)
def test_a_size_after_a_count_grades_its_noun(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


# a figure no step names measures what a figure of its unit and kind shortly before it does: in its sentence (a
# ministry's household release in Traditional), or in the next one going on with 则 after a range's link 介乎 (a Hong
# Kong budget story)
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        (
            "household release",
            "就縣市別言，戶數以新北市178萬8322戶最多，占總戶數18.14％，其次為高雄市121萬632戶，占12.28％。",
            "台湾",
            "121萬632戶",
            "户数",
        ),
        (
            "household release",
            "就縣市別言，戶數以新北市178萬8322戶最多，占總戶數18.14％，其次為高雄市121萬632戶，占12.28％。",
            "台湾",
            "12.28％",
            "户数占总户数",
        ),
        (
            "budget story",
            "公共開支相當於本地生產總值21.2%水平。在2019年至2023年預測，則介乎21.2%至21.8%。",
            "香港特别行政区",
            "21.2%至21.8%",
            "公共开支相当于本地生产总值",
        ),
        ("budget news", "财政赤字率为2.8%。明年则介于2.5%至3%之间。", "中国", "2.5%至3%", "财政赤字率"),
        # a comparison opening the clause after a semicolon: a Macau statistics release, a Hong Kong retail release
        (
            "statistics release",
            "2024年第1季旅客總消費(不包括博彩)同比上升35.9%至203.5億元(澳門元,下同);較2019年第1季亦增加20.2%。",
            "澳门特别行政区",
            "20.2%",
            "旅客总消费",
        ),
        (
            "retail release",
            "零售業總銷貨價值同比上升12.5%至35億元(港元,下同);較2019年同期亦增加8.1%。",
            "香港特别行政区",
            "8.1%",
            "零售业总销货价值",
        ),
    ],
)
def test_a_nameless_figure_measures_what_a_like_one_before_does(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


def test_a_persons_age_takes_no_other_figures_measure(claim_of):
    text = "全市人均预期寿命达到80.2岁。患者李某，75岁，现已出院。"
    assert claim_of(text, "75岁", "芜湖市")["metric"] != "人均预期寿命"


# a figure before 的 and a noun naming what it is the level of (lexicon/level_nouns_after_a_figure.txt) measures that
# noun: a carmaker's results news, a county's budget news; 目标 alone frames figures named before it (a town's plan)
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        ("results news", "相较于公司全年48万辆的销售目标，吉利汽车上半年仅完成44%。", "中国", "48万辆", "销售目标"),
        ("results news", "吉利汽车表示乐观，并称将继续坚持其48万辆的全年销售目标。", "中国", "48万辆", "全年销售目标"),
        ("budget news", "县财政安排了5000万元的年度教育预算。", "曹县", "5000万元", "年度教育预算"),
        (
            "town plan",
            "朝着年均接待游客1000万、文旅综合收入突破50亿的目标前行。",
            "湘西土家族苗族自治州",
            "突破50亿",
            "文旅综合收入",
        ),
    ],
)
def test_a_figure_before_a_level_noun_is_its_level(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


# a verb that alone names what its figure measures (收报, 收于: lexicon/measures_named_by_verbs.tsv), and the change
# after it is the measure's: a carmaker's share news, a market report in Traditional
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        ("share news", "8月22日，吉利汽车收报2.15港元，跌幅达6.11%。", "中国", "2.15港元", "收盘价"),
        ("share news", "8月22日，吉利汽车收报2.15港元，跌幅达6.11%。", "中国", "6.11%", "收盘价跌幅"),
        ("market report", "騰訊控股昨日收報385.2港元，升幅為2.3%。", "香港特别行政区", "385.2港元", "收盘价"),
    ],
)
def test_a_verb_naming_its_measure(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


# a sum set aside (撥出, 斥资, 动用: lexicon/spending_verbs.txt) is named by its purpose after it: a Hong Kong budget
# story, a Hong Kong fiscal news item
@pytest.mark.parametrize(
    ("genre", "text", "mention", "metric"),
    [
        (
            "budget story",
            "政府同時宣布多項措施，並撥出635億元推行《施政報告》各項措施。",
            "635億元",
            "推行《施政报告》各项措施拨出",
        ),
        (
            "fiscal news",
            "政府今年錄得盈餘1380億元，另撥出20億元設立創新及科技基金。",
            "20億元",
            "设立创新及科技基金拨出",
        ),
    ],
)
def test_a_sum_set_aside_is_named_by_its_purpose(claim_of, genre, text, mention, metric):
    assert claim_of(text, mention, "香港特别行政区")["metric"] == metric, genre


# a share alone in brackets right after a short list item is the item's share: a Macau visitor-spending release in
# Traditional (two of its forms)
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        (
            "spending release",
            "當季旅客的消費主要用於購物(佔48.0%),其次為住宿(23.3%)及餐飲(20.9%)。",
            "澳门特别行政区",
            "48.0%",
            "购物占比",
        ),
        (
            "spending release",
            "當季旅客的消費主要用於購物(佔48.0%),其次為住宿(23.3%)及餐飲(20.9%)。",
            "澳门特别行政区",
            "23.3%",
            "住宿占比",
        ),
        (
            "spending release",
            "按消費類別統計，旅客消費以購物(佔52.1%)為主，其次為住宿(20.5%)。",
            "澳门特别行政区",
            "52.1%",
            "购物占比",
        ),
    ],
)
def test_a_share_in_brackets_after_its_item(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


# A Roman numeral names a class or a grade (Ⅳ类水质断面, 劣Ⅴ类, Ⅱ级): a word of the noun, not a symbol off its
# edge; items a 、 joins opening the figure's clause (after a comma, or the place opening it) are named together
@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        ("全市主要河流断面中，Ⅳ、Ⅴ类的占65.8%。", "65.8%", "Ⅳ、Ⅴ类的占"),
        ("全市Ⅰ～Ⅲ类水质断面比例为65.8%。", "65.8%", "Ⅰ～Ⅲ类水质断面比例"),
        ("全市Ⅳ类断面有12个。", "12个", "Ⅳ类断面"),
        ("全市新建、改扩建学校12所。", "12所", "新建、改扩建学校"),
        ("今年以来，文艺演出、爱心义诊活动110余场。", "110余场", "文艺演出、爱心义诊活动"),
    ],
)
def test_roman_numerals_and_items_opening_a_clause_are_words_of_the_metric(claim_of, text, mention, metric):
    assert claim_of(text, mention, "上海市")["metric"] == metric


# A count's noun written before it stays its own when a sum's name runs straight on into the sum's figure (项目41个
# 总投资98.13亿元: 总投资 is the sum's); a noun after a count with none before is still the count's
@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        ("谋划专项债项目41个总投资98.13亿元、中央预算内项目29个总投资8.3亿元。", "41个", "谋划专项债项目"),
        ("谋划专项债项目41个总投资98.13亿元、中央预算内项目29个总投资8.3亿元。", "29个", "中央预算内项目"),
        ("开工建设项目41个总投资98亿元。", "98亿元", "总投资"),
        ("杨万刚先后5次收受宁某人民币4.5万元。", "5次", "收受宁某"),
    ],
)
def test_a_sums_name_running_into_its_figure_is_no_noun_of_the_count_before(claim_of, text, mention, metric):
    assert claim_of(text, mention)["metric"] == metric


# Hong Kong's 錄 alone links a measure to its figure as 錄得 does (出租率錄近百分百: 百分百 is 100%); a noun
# ending in 录 keeps it (打破纪录35项)
@pytest.mark.parametrize(
    ("text", "mention", "value", "metric"),
    [
        ("港鐵商場出租率錄近百分百。", "近百分百", 100.0, "商场出租率"),
        ("港鐵商場出租率錄95%。", "95%", 95.0, "商场出租率"),
        ("全市运动员打破纪录35项。", "35项", 35.0, "运动员打破纪录"),
    ],
)
def test_lu_alone_links_a_measure_to_its_figure(claim_of, text, mention, value, metric):
    claim = claim_of(text, mention, "香港特别行政区")
    assert (claim["value"], claim["metric"]) == (value, metric)


# a percentage after a verb, with the noun it is a share of right after it (or its 的) to the clause's end, is the
# share of that noun in what is done with it
@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        ("对中小企业减免50%房租。", "50%", "中小企业减免房租"),
        ("政府承担70%的费用。", "70%", "政府承担费用"),
        ("新型病毒和蝙蝠身上的冠状病毒有90%的相似性。", "90%", "冠状病毒相似性"),
        ("全市森林覆盖率达到65%。", "65%", "森林覆盖率"),
        # the noun opening with a verbal noun (旅游, 培训: jieba tags them vn)
        ("文化和旅游部决定暂退80%旅游服务质量保证金。", "80%", "文化和旅游部决定暂退旅游服务质量保证金"),
        ("企业可申领60%培训补贴资金。", "60%", "企业可申领培训补贴资金"),
    ],
)
def test_a_percentage_before_the_noun_it_is_a_share_of(claim_of, text, mention, metric):
    assert claim_of(text, mention, "中国")["metric"] == metric


# a phrase after the percentage that tidies to nothing (较高景气区间: a PMI release's range) is no noun it is a share
# of, and no error: the figure keeps the phrase before it
def test_a_percentage_before_a_phrase_naming_nothing_keeps_the_phrase_before(claim_of):
    text = "航空航天设备等行业生产经营活动预期指数位于59.0%以上较高景气区间，行业市场预期总体稳定。"
    assert claim_of(text, "59.0%以上", "中国")["metric"] == "行业生产经营活动预期指数位于"


# a figure named by an act alone, in a clause parallel to one whose level names the doer before its act, is that
# doer's (汽车生产…；销售…: 汽车销售); not a part's act in brackets, nor a state the people are in (在院)
@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        (
            "1月，汽车生产179.79万辆，环比下降3.58%，同比增长11.33%；销售189.44万辆，环比增长13.67%。",
            "189.44万辆",
            "汽车销售",
        ),
        (
            "1月，汽车生产179.79万辆，环比下降3.58%，同比增长11.33%；销售189.44万辆，环比增长13.67%。",
            "13.67%",
            "汽车销售",
        ),
        ("客车生产3.24万辆，同比增长13.29%，销售3.72万辆。", "3.72万辆", "客车销售"),
        ("全省新增密切接触者55人（境外输入病例密切接触者13人，外省协查42人），当前隔离508人。", "508人", "隔离"),
        ("全省累计报告病例146例。治愈出院123例，在院治疗21例，死亡2例。", "2例", "死亡"),
    ],
)
def test_an_act_alone_in_a_parallel_clause_is_the_doers_before(claim_of, text, mention, metric):
    assert claim_of(text, mention, "中国")["metric"] == metric


# a procedure the act came after (经审查后, 经过治疗后), a note in brackets after it, opens no metric
@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        ("本院经审查后(含上期积存)批准逮捕158件196人。", "158件", "批准逮捕"),
        ("本院经审查后决定起诉348件427人。", "348件", "决定起诉"),
        ("经调解后达成协议120件。", "120件", "达成协议"),
    ],
)
def test_a_procedure_the_act_came_after_opens_no_metric(claim_of, text, mention, metric):
    assert claim_of(text, mention, "黄梅县")["metric"] == metric


# Hong Kong's words of the economy's changes (急挫, 擴張, 收縮, 止跌轉增, 回復) are changes and no words of their
# metric; a level a figure is better or worse than (遠好於上一季的收縮4.1%) is of what the figure before measures
@pytest.mark.parametrize(
    ("text", "mention", "kind", "metric"),
    [
        ("香港首季GDP止跌转增2.7%", "2.7%", "change", "GDP"),
        ("整體貨物出口按年實質急挫18.7%。", "18.7%", "change", "整体货物出口"),
        (
            "實質本地生產總值回復按年增長2.7%,遠好於上一季的收縮4.1%;按季急升5.3%。",
            "4.1%",
            "change",
            "实质本地生产总值",
        ),
        (
            "實質本地生產總值回復按年增長2.7%,遠好於上一季的收縮4.1%;按季急升5.3%。",
            "2.7%",
            "change",
            "实质本地生产总值",
        ),
    ],
)
def test_hong_kongs_words_of_the_economys_changes(claim_of, text, mention, kind, metric):
    claim = claim_of(text, mention, "香港特别行政区")
    assert (claim["kind"], claim["metric"]) == (kind, metric)
