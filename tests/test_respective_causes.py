"""Figures after 分别 pair with a list whose clause closes with its cause (惟百貨公司、布疋及服飾品零售業因疫情擴散,門市
來客數減少,分別年減13.1%、1.7%; 汽车、家电类商品受补贴政策退出影响，销售放缓，分别下降5.2%、3.1%); 惟 opening a clause
and 綜計 are no words of what is counted."""

import pytest


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        # Taiwan's ministry of economic affairs in Traditional
        (
            "汽機車零售業年增4.6%;惟百貨公司、布疋及服飾品零售業因疫情擴散,門市來客數減少,分別年減13.1%、1.7%。"
            "綜計1至4月營業額為4兆2,231億元,年增10.3%。",
            "台湾",
            {
                "13.1%": ("百货公司", "台湾"),
                "1.7%": ("布疋及服饰品零售业", "台湾"),
                "4兆2,231億元": ("营业额", "台湾"),
            },
        ),
        # a mainland city's consumption report in Simplified
        (
            "全市汽车、家电类商品受补贴政策退出影响，销售放缓，分别下降5.2%、3.1%。",
            "广州市",
            {"5.2%": ("汽车", "广州市"), "3.1%": ("家电类商品", "广州市")},
        ),
    ],
)
def test_a_respective_list_closed_by_its_cause(claims_of, text, region, expected):
    found = {c["mention"]: (c["metric"], c["subject"]) for c in claims_of(text, region=region)}
    assert {m: found[m] for m in expected} == expected


def test_a_summed_total_of_months_is_a_running_total(claim_of):
    claim = claim_of("綜計1至4月營業額為4兆2,231億元。", "4兆2,231億元", region="台湾")
    assert claim["aspect"] == "cumulative"
