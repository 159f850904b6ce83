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
