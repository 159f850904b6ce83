"""pdf: a PDF's text with paragraphs re-joined, headers, footers and page numbers dropped, tables as
rows, and where each page starts — on PDFs the tests make as offices print them (conftest.make_pdf)."""

import pytest

from extract.pdf import PdfError, pdf_text

HEADER = "济宁市2023年国民经济和社会发展统计公报"
GDP = (
    "2023年，全市实现地区生产总值3211.5亿元，比上年增长6.2%。其中，第一产业增加值289.6亿元，增长4.1%；"
    "第二产业增加值1290.3亿元，增长7.0%；第三产业增加值1631.6亿元，增长6.0%。"
)
JOBS = "全年新增城镇就业3.5万人，城镇登记失业率控制在3%以内。年末全市常住人口826.3万人，城镇化率62.5%。"
TABLE = [["县区", "合作社（家）", "规范运营率"], ["嘉祥县", "520家", "90%"], ["金乡县", "300家", "70%"]]


def test_paragraphs_are_joined_and_headers_footers_and_page_numbers_dropped(make_pdf, tmp_path):
    path = make_pdf(tmp_path / "a.pdf", [[GDP, JOBS], [JOBS, GDP]], header=HEADER)
    read = pdf_text(path.read_bytes())
    assert read.text.split("\n") == [GDP, JOBS, JOBS, GDP]
    assert HEADER not in read.text and "- 1 -" not in read.text


def test_each_page_starts_where_its_text_does(make_pdf, tmp_path):
    path = make_pdf(tmp_path / "a.pdf", [[GDP], [JOBS], [GDP]], header=HEADER)
    read = pdf_text(path.read_bytes())
    assert len(read.page_starts) == 3
    assert [read.text[start:].split("\n")[0] for start in read.page_starts] == [GDP, JOBS, GDP]


def test_a_paragraph_running_over_a_page_break_is_one_paragraph(make_pdf, tmp_path):
    long = JOBS * 40  # more than a page: the press breaks it mid-paragraph
    path = make_pdf(tmp_path / "a.pdf", [[long]], header=HEADER)
    read = pdf_text(path.read_bytes())
    assert read.text == long
    assert len(read.page_starts) >= 2 and 0 < read.page_starts[1] < len(long)


def test_a_table_keeps_its_rows_and_cells(make_pdf, tmp_path):
    path = make_pdf(tmp_path / "a.pdf", [[GDP, TABLE, JOBS]])
    lines = pdf_text(path.read_bytes()).text.split("\n")
    assert lines == [GDP, "县区\t合作社（家）\t规范运营率", "嘉祥县\t520家\t90%", "金乡县\t300家\t70%", JOBS]


def test_a_pdf_without_a_text_layer_says_it_needs_ocr(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    page = canvas.Canvas(str(path))
    page.rect(72, 72, 400, 600, fill=1)  # what a scan is to a text layer: a picture
    page.save()
    with pytest.raises(PdfError, match="no text layer.*OCR"):
        pdf_text(path.read_bytes())


def test_an_encrypted_pdf_asks_for_an_unlocked_copy(make_pdf, tmp_path):
    path = make_pdf(tmp_path / "locked.pdf", [[GDP]], encrypt="secret")
    with pytest.raises(PdfError, match="encrypted"):
        pdf_text(path.read_bytes())


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty pages"])
def test_a_broken_pdf_is_a_one_line_error_or_its_readable_text(make_pdf, tmp_path, damage):
    whole = make_pdf(tmp_path / "a.pdf", [[GDP], [JOBS]]).read_bytes()
    data = {"garbage": b"%PDF-1.4 not really", "truncated": whole[: len(whole) // 2]}.get(damage, b"")
    if damage == "empty pages":
        from reportlab.pdfgen import canvas

        blank = canvas.Canvas(str(tmp_path / "blank.pdf"))
        blank.showPage()
        blank.save()
        data = (tmp_path / "blank.pdf").read_bytes()
    try:
        read = pdf_text(data)
    except PdfError as err:
        assert "\n" not in str(err) and str(err)
    else:
        assert GDP.startswith(read.text[:10])


FONT = "STSong-Light"
# a report's first paragraphs, lines as a word processor that wraps Latin text mid-word sets them in a frame 80% of
# the page's text wide: numbers broken at line ends ("6." / "0%", "17" / "89.3亿元")
NARROW = [
    [
        "2023年，全市经济实现地区生产总值3211.5亿元，比上年增长6.",
        "0%。其中，第一产业实现增加值289.6亿元，比上年增长4.1%；第二",
        "产业增加值1290.3亿元，增长7.0%。全年全市一般公共预算收入达17",
        "89.3亿元，增长5.2%。",
    ],
    ["全年新增城镇就业3.5万人，城镇登记失业率控制在3%以内。"],
]


def _set_in_a_narrow_frame(path, paragraphs: list[list[str]], title: str):
    """A page whose title runs across the text width and whose paragraphs (each given as its lines) are justified
    in a frame 80% of that width, first lines indented two characters."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    width, height = A4
    left, text_width, size = 72, width - 144, 12
    page = canvas.Canvas(str(path), pagesize=A4)

    def justified(line: str, x: float, y: float, size: float, reach: float | None) -> None:
        text = page.beginText(x, y)
        text.setFont(FONT, size)
        if reach is not None:  # spaced out to end at `reach`
            natural = pdfmetrics.stringWidth(line, FONT, size)
            assert natural <= reach - x
            text.setCharSpace((reach - x - natural) / (len(line) - 1))
        text.textOut(line)
        page.drawText(text)

    justified(title, left, height - 100, 22, left + text_width)
    y = height - 150
    for lines in paragraphs:
        for n, line in enumerate(lines):
            last = n == len(lines) - 1
            justified(line, left + (2 * size if n == 0 else 0), y, size, None if last else left + 0.8 * text_width)
            y -= 20
    page.save()
    return path


def test_lines_of_a_frame_narrower_than_the_page_join_and_keep_numbers_broken_at_their_ends_whole(tmp_path, claims_of):
    path = _set_in_a_narrow_frame(tmp_path / "narrow.pdf", NARROW, HEADER)
    text = pdf_text(path.read_bytes()).text
    assert text.split("\n") == [HEADER, *("".join(lines) for lines in NARROW)]
    figures = {claim["mention"]: claim["value"] for claim in claims_of(text, region="济宁市")}
    assert figures["6.0%"] == 6.0 and figures["1789.3亿元"] == 1789.3e8
    assert "0%" not in figures and "89.3亿元" not in figures


# a table set tight (its cells little more than a character apart), as wide as the text, a paragraph flush after it
TIGHT_TABLE = [
    ["地区", "增速"] * 6,
    ["济宁市", "5.9", "曹县", "7.3", "东明县", "6.5", "郓城县", "6.2", "定陶区", "6.1", "牡丹区", "5.8"],
    ["菏泽市", "6.8", "单县", "7.1", "巨野县", "6.4", "鄄城县", "6.6", "成武县", "6.3", "东平县", "6.0"],
]
AFTER_TABLE = "全年新增城镇就业3.5万人，城镇登记失业率控制在3%以内。全年全省城镇新增就业达到110.2万人。"


def test_a_tight_tables_rows_stay_rows_apart_from_the_paragraph_after_them(tmp_path, claims_of):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    flush = ParagraphStyle("flush", fontName=FONT, fontSize=12, leading=20, wordWrap="CJK")
    path = tmp_path / "table.pdf"
    table = Table(TIGHT_TABLE, hAlign="LEFT", style=[("FONT", (0, 0), (-1, -1), FONT, 11)])
    SimpleDocTemplate(str(path)).build(
        [Paragraph("表1 各县区生产总值增速", flush), table, Paragraph(AFTER_TABLE, flush)]
    )
    text = pdf_text(path.read_bytes()).text
    assert text.split("\n") == ["表1 各县区生产总值增速", *("\t".join(row) for row in TIGHT_TABLE), AFTER_TABLE]
    claims = claims_of(text, region="山东省")
    assert [c["mention"] for c in claims if c["start"] < text.index(AFTER_TABLE)] == []  # no 6.8单, no 6.6成
    assert {c["subject"] for c in claims} == {"山东省"}
