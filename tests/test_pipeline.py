from extract.pipeline import STEPS, analyse, build_pipeline, extract_document


def test_pipeline_is_blank_zh_with_the_named_steps():
    nlp = build_pipeline()
    assert nlp.lang == "zh"
    assert tuple(nlp.pipe_names) == STEPS


def test_results_are_on_the_doc():
    doc = analyse("巨野县建设驿站\n\n2024年，巨野县新建驿站16处。第一批驿站已投用。", region="菏泽市")
    assert [s.text for s in doc.sents][-2:] == ["2024年，巨野县新建驿站16处。", "第一批驿站已投用。"]
    assert [s.text for s in doc.spans["claims"]] == ["16处"]
    assert {s.text: s.label_ for s in doc.spans["excluded"]} == {"2024年": "date"}
    assert [c.subject for c in doc._.claims] == ["巨野县"]
    assert doc._.articles[0].headline_text(doc.text) == "巨野县建设驿站"


def test_spans_carry_their_quantity_and_claim():
    doc = analyse("2024年，巨野县新建驿站16处。", region="菏泽市")
    quantities = {s.text: s._.quantity for s in doc.spans["quantities"]}
    assert quantities["2024年"].unit == "年" and quantities["16处"].value == 16
    (claim_span,) = doc.spans["claims"]
    assert claim_span._.claim is doc._.claims[0] and claim_span._.claim.metric == "驿站"
    assert doc.spans["excluded"][0]._.claim is None  # a date: a quantity, no claim
    assert doc[0:3]._.quantity is None  # spans wider than one quantity token have none


def test_quantities_are_single_tokens():
    doc = analyse("共发放奖励资金3500\n\n万元，惠及约6.7万人。", region="菏泽市")
    assert [t.text for t in doc if t.text[0].isdigit() or t.text[0] == "约"] == ["3500\n\n万元", "约6.7万人"]


def test_extract_document_keeps_results_but_not_the_text_in_the_vocabulary():
    strings = build_pipeline().vocab.strings
    extract_document("菏泽：新建驿站16处。", region="菏泽市")  # the labels and the lexicon's strings, once
    before = len(strings)
    extraction = extract_document("单县今年以来发放补贴资金约3000万元，惠及农户1.2万户。", region="菏泽市")
    assert len(strings) == before
    found = [(c.value, c.unit, c.subject) for c in extraction.claims]
    assert found == [(30000000, "元", "单县"), (12000, "户", "单县")]
    assert extraction.region is not None and extraction.region.name == "菏泽市"
    assert extraction.articles and extraction.claims[0].sentence.startswith("单县今年以来")
