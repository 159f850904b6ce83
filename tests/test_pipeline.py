from extract.pipeline import STEPS, analyse, build_pipeline


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


def test_quantities_are_single_tokens():
    doc = analyse("共发放奖励资金3500\n\n万元，惠及约6.7万人。", region="菏泽市")
    assert [t.text for t in doc if t.text[0].isdigit() or t.text[0] == "约"] == ["3500\n\n万元", "约6.7万人"]
