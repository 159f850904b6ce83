import random
import re

import pytest

from extract.layout import dateline_pattern, is_headline_like, shown_text, split_articles, split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新建驿站465处。覆盖率达93.02%！", ["新建驿站465处。", "覆盖率达93.02%！"]),
        ("他说：“今年再建20处。”随后开工。", ["他说：“今年再建20处。”", "随后开工。"]),
        ("  前有空白。 \u3000后有空白。  ", ["前有空白。", "后有空白。"]),
        ("没有句号的结尾  ", ["没有句号的结尾"]),
        ("问号?!连在一起。", ["问号?!", "连在一起。"]),
        ("省略号……之后。", ["省略号……", "之后。"]),
        ("一个…不算结尾。", ["一个…不算结尾。"]),
        ("。开头就是句号", ["。", "开头就是句号"]),
        ("分号；也是结尾;", ["分号；", "也是结尾;"]),
        ("栏断开的\n句子。", ["栏断开的\n句子。"]),
        # a numbered heading run into its first sentence ends where the sentence opens with its year
        (
            "(一)稻谷种植面积略降、产量上升幅度大2021年无为市稻谷播种面积85.24万亩。",
            ["(一)稻谷种植面积略降、产量上升幅度大", "2021年无为市稻谷播种面积85.24万亩。"],
        ),
        (
            "三、玉米播种面积和产量双增长2021年玉米产量2.9万吨。",
            ["三、玉米播种面积和产量双增长", "2021年玉米产量2.9万吨。"],
        ),
        # a heading that opens with its year, and a year after a pause, are no run-on
        ("（二）2022年主要工作。", ["（二）2022年主要工作。"]),
        ("(一)学生规模，2023年在校生129万人。", ["(一)学生规模，2023年在校生129万人。"]),
        ("", []),
        ("   ", []),
    ],
)
def test_sentences(text, expected):
    assert sentences(text) == expected


def split_at_each_ending(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The plain definition: cut after each ending, strip the white space of each piece."""
    pieces, position = [], start
    for match in re.compile(r"[。！？!?；;]+[”’」』\"']*|…{2}[”’」』]?").finditer(text, start, end):
        pieces.append((position, match.end()))
        position = match.end()
    pieces.append((position, end))
    out = []
    for s, e in pieces:
        stripped = text[s:e].strip()
        if stripped:
            s += len(text[s:e]) - len(text[s:e].lstrip())
            out.append((s, s + len(stripped)))
    return out


def test_sentences_agree_with_cutting_at_each_ending_on_random_text():
    rng = random.Random(7)
    alphabet = "ab 。！？!?；;…”’」』\"'\n\u3000\t，"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert split_sentences(text, start, end) == split_at_each_ending(text, start, end), (text, start, end)


def test_page_into_articles_with_headlines_and_sentences():
    page = "巨野县建设驿站\n本报讯（记者 张三）全县新建驿站16处。已投用。\n\n单县发放补贴\n单县发放补贴3000万元。"
    articles = split_articles(page)
    assert [a.headline_text(page) for a in articles] == ["巨野县建设驿站", "单县发放补贴"]
    assert [page[s:e] for s, e in articles[0].sentences][-2:] == ["本报讯（记者 张三）全县新建驿站16处。", "已投用。"]
    assert articles[0].byline is not None and page[articles[0].byline.start : articles[0].byline.end].startswith(
        "本报讯"
    )


@pytest.mark.parametrize(
    ("raw", "shown"),
    [("3500\n\n万元", "3500万元"), ("年可新增产\n\n值36亿元。", "年可新增产值36亿元。"),
     ("GDP\nper capita", "GDP per capita"), ("无换行", "无换行"), ("  首尾 \n\n", "首尾"),
     ("第一段。　\n\n第二段", "第一段。第二段"), ("12\n 34", "12 34")],
)  # fmt: skip
def test_shown_text_removes_the_layout_breaks(raw, shown):
    assert shown_text(raw) == shown


def test_numbered_sections_of_a_report_are_subheads_of_one_article():
    text = (
        "2025年政府工作报告\n\n各位代表：现在报告工作。\n\n一、2024年工作回顾\n\n全年增长5%。"
        "\n\n（一）高质量发展迈出坚实步伐\n\n新增企业3万家。"
    )
    articles = split_articles(text)
    assert len(articles) == 1
    assert [b.role for b in articles[0].blocks].count("subhead") == 2


@pytest.mark.parametrize(
    ("genre", "text", "subheads"),
    [
        # a township feature's sections under subheads that open alike, and a county feature's
        (
            "township feature",
            "近年来，新集镇发展特色产业。\n乡村振兴，让农民更富\n新集镇建成项目2个。\n乡村振兴，让农村更美\n清理沟塘76口。",
            2,
        ),
        (
            "county feature",
            "今年以来，曹县扎实推进民生工程。\n民生实事，温暖老人\n建成食堂12处。\n民生实事，守护儿童\n新建托位300个。",
            2,
        ),
    ],
)
def test_subheads_that_open_alike_are_sections_of_one_article(genre, text, subheads):
    articles = split_articles(text)
    assert len(articles) == 1, genre
    assert [b.role for b in articles[0].blocks].count("subhead") == subheads


@pytest.mark.parametrize(
    ("genre", "text"),
    [
        # a Hong Kong wire's section heads between asterisks, a mainland paper's after a square mark
        (
            "airport traffic wire",
            "機管局公布，香港國際機場3月客運量達436萬人次。\n*3月貨運量按年增15.1%*\n3月份貨運量上升15.1%。\n"
            "*首季貨運量升18.9%*\n今年第一季，貨運量上升18.9%。",
        ),
        ("city economy news", "全市外贸进出口增长8.1%。\n■ 出口回升\n出口额增长12.5%。\n■ 进口持平\n进口额下降0.3%。"),
    ],
)
def test_emphasised_section_heads_are_subheads_of_one_article(genre, text):
    articles = split_articles(text)
    assert len(articles) == 1, genre
    assert [b.role for b in articles[0].blocks].count("subhead") == 2, genre


def test_headlines_that_open_differently_after_a_body_still_open_articles():
    page = "巨野县建设驿站\n全县新建驿站16处。\n单县发放补贴\n单县发放补贴3000万元。\n曹县新修道路\n新修道路35公里。"
    assert [a.headline_text(page) for a in split_articles(page)] == ["巨野县建设驿站", "单县发放补贴", "曹县新修道路"]


@pytest.mark.parametrize(
    "text",
    [
        # a bulletin's breakdown: numbered lines with figures, after 其中：
        "内蒙古新增确诊病例2例\n截至2月8日10时，全区累计报告确诊病例52例，其中：\n1.鄂尔多斯市11例（达拉特旗9例）"
        "\n2.包头市10例（土默特右旗7例、昆都仑区3例）\n3.乌海市海勃湾区2例\n目前，尚在接受医学观察的密切接触者1451人。",
        # a county's list of projects
        "单县重点项目建设提速\n今年全县开工项目30个，主要有：\n1、新能源产业园\n2、物流园二期\n全县完成投资120亿元。",
    ],
)
def test_the_numbered_lines_of_a_list_are_no_new_articles(text):
    assert len(split_articles(text)) == 1


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("田汉故里 大美果园，约你来相会", True),  # one pause between a headline's two phrases
        ("长沙县果园镇党委书记覃芳：田汉故里 大美果园，约你来相会", True),  # who speaks: then what
        ("全县建成驿站16处，覆盖率达到93%，服务群众", False),  # two pauses: running text
        ("本报讯 今年以来，单县投入资金", False),  # a lead, however short
        ("他说：", False),
    ],
)
def test_headlines_with_a_pause_or_a_speaker(line, headline):
    assert is_headline_like(line) is headline


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        # a post's topic tags and bracketed title before its first paragraph: the line is that paragraph
        ("#新冠肺炎最新动态# 【#宁夏新增2例累计45例#】2月8日，宁夏发布通报。全区新增确诊病例2例。", False),
        ("#疫情播报#【江西新增37例】2020年2月7日0-24时，江西省新增确诊病例37例，新增出院病例5例。", False),
        # a bank's or a bureau's post: tags, then a sentence of running text
        ("#数据发布# 前三季度全市地区生产总值增长5.3%，其中第三产业增长6.1%，高于全省。", False),
        # the tags and title alone, or a short title after them: a headline
        ("#新冠肺炎最新动态#【#宁夏新增2例累计45例#】", True),
        ("#数据发布# 前三季度GDP增长5.3%", True),
        ("## 主要指标", True),  # a heading written with #
        # a headline's opening cry: the headline after it is judged (health news, business news)
        ("好消息！黑龙江新增出院病例 2 例", True),
        ("重磅！全市GDP首次突破万亿元", True),
        ("好消息！全市新增出院病例2例。另有3例病情稳定。", False),
    ],
)
def test_topic_tags_and_a_cry_make_a_headline_only_of_what_follows_them_being_one(line, headline):
    assert is_headline_like(line) is headline


def test_a_posts_title_is_its_headline_and_its_tagged_first_line_the_body():
    text = "宁夏新增2例，累计45例\n#新冠肺炎最新动态# 【#宁夏新增2例累计45例#】2月8日，宁夏发布通报。全区新增2例。"
    [article] = split_articles(text)
    assert text[article.headline.start : article.headline.end] == "宁夏新增2例，累计45例"


@pytest.mark.parametrize(
    "text",
    [
        "全县新建驿站465处。覆盖率达93.02%！",  # work report: two sentences, few tokens
        "法院共审结案件1234件。其中，民事案件800件；刑事案件120件。\n二、审判质效\n结案率达95%。",  # court report
        "公司实现营业收入56.7亿元，同比下降3%。净利润1.2亿元。" * 8,  # company news: past the few-token bound
        "曹县新增就业22921人。",  # a record of a JSONL feed
    ],
)
def test_sentence_starts_set_one_by_one_are_those_set_by_array(text):
    """Short documents take the token-by-token way; any document gives the same starts either way."""
    from extract.components.layout import mark_sentence_starts_by_array, mark_sentence_starts_one_by_one
    from extract.pipeline import build_pipeline

    nlp = build_pipeline()
    articles = split_articles(text)
    sentences = sorted((s, e, a.index) for a in articles for s, e in a.sentences)
    one_by_one, by_array = nlp.make_doc(text), nlp.make_doc(text)
    mark_sentence_starts_one_by_one(one_by_one, sentences)
    mark_sentence_starts_by_array(by_array, sentences)
    assert [t.is_sent_start for t in one_by_one] == [t.is_sent_start for t in by_array]
    assert sum(t.is_sent_start for t in by_array) == len({s for s, _, _ in sentences})


@pytest.mark.parametrize(
    ("genre", "text", "title"),
    [
        # a feed item's title of three clauses over its body, and a county news page's
        (
            "health bulletin",
            "内蒙古无新增确诊病例，新增出院病例5例，排除疑似病例1例\n\n2月27日，全区新增出院病例5例。",
            "内蒙古无新增确诊病例，新增出院病例5例，排除疑似病例1例",
        ),
        (
            "county news",
            "曹县新建道路35公里，改造桥梁12座，惠及群众10万人\n\n今年以来，曹县新建道路35公里。",
            "曹县新建道路35公里，改造桥梁12座，惠及群众10万人",
        ),
        # a press release's title of phrases apart by spaces over its date alone (Hong Kong's consumer council, a
        # Macau bureau's)
        (
            "Hong Kong press release",
            "全年消費投訴破4萬宗 食肆及娛樂服務連續三年居榜首 服務及產品質素投訴升 從速改善保商譽振經濟\n2025.02.10\n"
            "2024年香港受多項經濟因素影響,消費投訴增加。",
            "全年消費投訴破4萬宗 食肆及娛樂服務連續三年居榜首 服務及產品質素投訴升 從速改善保商譽振經濟",
        ),
        (
            "Macau press release",
            "上半年入境旅客按年上升逾一倍 酒店入住率回升至八成 平均留宿時間延長\n2024-07-22 16:30\n旅客增加。",
            "上半年入境旅客按年上升逾一倍 酒店入住率回升至八成 平均留宿時間延長",
        ),
        # a first paragraph that ends its sentence, or runs on, is no title
        ("lead paragraph", "今年以来，全县新建道路35公里，改造桥梁12座。\n\n全县完成投资5亿元。", None),
        ("a dated lead", "今年以来，全县新建道路35公里，改造桥梁12座。\n2025.02.10\n全县完成投资5亿元。", None),
        ("paragraph cut short", "今年以来，全县新建道路35公里，改造桥梁12座，\n\n惠及群众10万人。", None),
    ],
)
def test_a_pages_first_line_alone_before_a_blank_line_is_its_title(genre, text, title):
    article = split_articles(text)[0]
    assert article.headline_text(text) == title, genre


@pytest.mark.parametrize("dateline", ["2013-01-12", "2024年3月5日", "2024/03/05 10:32"])
def test_a_line_of_the_date_alone_under_a_headline_is_no_headline(dateline):
    text = f"连江县人口增加率全国最高\n{dateline}\n本报讯，依据内政部统计资料，人口数为23,315,822人。"
    articles = split_articles(text)
    assert len(articles) == 1
    headline = articles[0].headline
    assert headline is not None and text[headline.start : headline.end] == "连江县人口增加率全国最高"


@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"),
    [
        # a page of unpunctuated lines (its breaks stand for commas), the city's figures first, then a section per
        # division under its name alone: a city's school places, a county's harvest by township
        (
            "school places",
            "今年秋季开学\n全市义务教育阶段学校中\n新建有6所\n共增加学位15700个\n具体情况\n茅箭区\n"
            "新建天津路第一小学新增学位2000个;\n新建学校1所,新增义务教育学位2900个。\n张湾区\n"
            "阳光小学新增学位1200个;\n新建学校1所,新增义务教育学位6300个。",
            "十堰市",
            {"15700个": "十堰市", "2900个": "茅箭区", "6300个": "张湾区"},
        ),
        (
            "harvest by township",
            "今年夏粮丰收\n全县小麦总产量14.6万吨\n比上年增加0.8万吨\n分乡镇看\n城关镇\n小麦产量2.1万吨;\n"
            "收购小麦1.5万吨。\n道口镇\n小麦产量1.8万吨;\n收购小麦1.2万吨。",
            "滑县",
            {"14.6万吨": "滑县", "2.1万吨": "城关镇", "1.8万吨": "道口镇"},
        ),
    ],
)
def test_a_division_alone_on_its_line_heads_its_section_after_figure_lines(claims_of, genre, text, region, expected):
    subjects = {c["mention"]: c["subject"] for c in claims_of(text, region=region)}
    assert {mention: subjects.get(mention) for mention in expected} == expected, genre


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        # any paper's own 讯 before its reporter's credit: the paper's city is where it is printed, no subject
        ("北京商报讯(记者关子辰)9月2日,美兰机场共计执飞航班3.1万架次。", "北京商报讯"),
        ("三峡晚报讯（记者李某）昨日，宜昌东站发送旅客5.2万人次。", "三峡晚报讯"),
        ("人民网北京3月20日电 记者从国家统计局获悉。", "人民网北京3月20日电"),
    ],
)
def test_a_dateline_opens_the_story(text, dateline):
    match = dateline_pattern().match(text)
    assert match is not None and match.group() == dateline


@pytest.mark.parametrize(
    "text",
    ["北京商报记者从市文旅局获悉，国庆假期全市接待游客620万人次。", "日报讯息显示，全市接待游客620万人次。"],
)
def test_a_sentence_about_a_paper_is_no_dateline(text):
    assert dateline_pattern().match(text) is None
