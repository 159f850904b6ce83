"""Every input format in one folder, through `claimkb ingest` as a user runs it, with files the tests
make: each claim traceable to its page or record, and what cannot be read said in one line."""

import json

import duckdb
import pytest

from e2e.test_cli import claimkb

GDP = "2023年，全市实现地区生产总值3211.5亿元，比上年增长6.2%。全市共有农民专业合作社520家。"
JOBS = "全年新增城镇就业3.5万人，城镇登记失业率控制在3%以内。年末全市常住人口826.3万人。"


@pytest.fixture
def folder(tmp_path, make_pdf, make_warc):
    from docx import Document as WordDocument
    from reportlab.pdfgen import canvas

    inputs = tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "a.txt").write_text("单县新建暖心驿站16处。", encoding="utf-8")
    (inputs / "b.html").write_text(
        "<html><body><article><h1>定陶区</h1><p>定陶区新建暖心驿站50处，服务骑手3000余人次。</p></article></body></html>",
        encoding="utf-8",
    )
    line = {"text": "曹县新建暖心驿站20处。", "url": "https://example.org/c", "date": "2024-05-01"}
    (inputs / "c.jsonl").write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    make_pdf(inputs / "d.pdf", [[GDP], [JOBS, [["县区", "合作社"], ["嘉祥县", "120家"]]]], header="某市统计公报")
    word = WordDocument()
    word.add_paragraph("全年粮食产量255.6万吨。")
    word.save(inputs / "e.docx")
    # Traditional, as Hong Kong's papers publish it: Big5
    traditional = "香港特區政府統計處公佈\n\n全港共有公共圖書館七十間，其中流動圖書館十二間。"
    traditional += "本地生產總值按年增長百分之三點二。"
    (inputs / "f.txt").write_bytes(traditional.encode("big5hkscs"))
    page = "<html><body><article><h1>成武县</h1><p>成武县新建暖心驿站12处，服务骑手800余人次。</p></article>"
    page += "</body></html>"
    make_warc(inputs / "g.warc.gz", [("https://example.org/g.html", page, "text/html; charset=utf-8")])
    (inputs / "broken.pdf").write_bytes(b"%PDF-1.4 not a real one")
    scan = canvas.Canvas(str(inputs / "scan.pdf"))
    scan.rect(72, 72, 300, 300, fill=1)
    scan.save()
    return inputs


def test_a_folder_of_every_format_ingests_in_one_command(folder, tmp_path):
    db = tmp_path / "kb.duckdb"
    result = claimkb("ingest", str(folder), "--db", str(db), "--region", "菏泽市", check=False)
    assert result.returncode == 1  # two files could not be read: said, and the rest stored
    assert "7 added" in result.stdout
    problems = [line for line in result.stderr.splitlines() if "skipped" in line]
    assert len(problems) == 2 and "Traceback" not in result.stderr
    assert any("broken.pdf" in line for line in problems)
    assert any("scan.pdf" in line and "OCR" in line for line in problems)
    con = duckdb.connect(str(db), read_only=True)
    by_file = dict(con.execute("SELECT name, encoding FROM documents").fetchall())
    assert by_file == {
        "a.txt": "utf-8", "b.html": "utf-8", "c.jsonl:1": "utf-8", "d.pdf": "pdf", "e.docx": "docx",
        "f.txt": "big5hkscs", "g.warc.gz:2": "utf-8",
    }  # fmt: skip
    crawled = con.execute(
        "SELECT d.url, d.date, c.mention FROM claims c JOIN documents d USING (doc_id) WHERE d.name = 'g.warc.gz:2'"
    ).fetchall()
    assert [(u, str(d), m) for u, d, m in crawled][:1] == [("https://example.org/g.html", "2024-05-01", "12处")]
    hong_kong = con.execute(
        "SELECT c.mention, c.sentence, c.subject FROM claims c JOIN documents d USING (doc_id) WHERE d.name = 'f.txt'"
        " ORDER BY c.start_offset"
    ).fetchall()
    assert [m for m, _, _ in hong_kong] == ["七十間", "十二間", "百分之三點二"]
    assert hong_kong[0][1] == "全港共有公共圖書館七十間，其中流動圖書館十二間。" and hong_kong[0][2] == "香港特别行政区"
    pages = con.execute(
        "SELECT c.mention, c.page FROM claims c JOIN documents d USING (doc_id) WHERE d.name = 'd.pdf'"
        " ORDER BY c.start_offset"
    ).fetchall()
    assert ("3211.5亿元", 1) in pages and ("3.5万人", 2) in pages and ("120家", 2) in pages
    assert con.execute("SELECT count(*) FROM claims WHERE page IS NOT NULL AND doc_id NOT IN"
                       " (SELECT doc_id FROM documents WHERE name = 'd.pdf')").fetchone()[0] == 0  # fmt: skip
    # every stored mention is the document's text at its offsets, whatever the format
    misplaced = con.execute(
        "SELECT count(*) FROM claims c JOIN documents d USING (doc_id)"
        " WHERE replace(substring(d.text, c.start_offset + 1, c.end_offset - c.start_offset), chr(10), '')"
        " <> c.mention"
    ).fetchone()[0]
    con.close()
    assert misplaced == 0
    export = claimkb("export", "--format", "csv", "--db", str(db)).stdout
    header = export.lstrip("\ufeff").splitlines()[0].split(",")
    assert "page" in header
    again = claimkb("ingest", str(folder), "--db", str(db), "--region", "菏泽市", check=False)
    assert "0 added" in again.stdout and "7 unchanged" in again.stdout


def test_extract_prints_each_pdf_claims_page(folder):
    out = claimkb("extract", str(folder / "d.pdf"), "--format", "jsonl", "--region", "菏泽市").stdout
    pages = {r["mention"]: r["page"] for r in map(json.loads, out.splitlines())}
    assert pages["3211.5亿元"] == 1 and pages["3.5万人"] == 2
    plain = claimkb("extract", str(folder / "a.txt"), "--format", "jsonl").stdout
    assert {json.loads(line)["page"] for line in plain.splitlines()} == {None}
