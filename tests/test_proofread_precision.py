"""The proofreading rules over the five samples and the corpus copies: the hits reviewed by
hand, counted per rule per file, some of them to the character, and what no hit may touch."""
import re
from pathlib import Path

import pytest

from conftest import SAMPLES
from township_app.checks import check_text
from township_app.checks.fixes import fixed_text
from township_app.checks.proofread import PROOFREAD_RULES
from township_app.textsource import read_source_text

CORPUS = Path(__file__).parent / "fixtures" / "corpus"

#: reviewed by hand (every 序号, title, heading and bracket hit read in its line; the half-width
#: marks read line by line in the samples and sampled in the corpus): 000 numbers its items 1、;
#: 001 runs on one line with 204 half-width marks; 003 prints its title twice and ends heading
#: 四、 with 。; 004 has 256 half-width marks, 三是 without 一是/二是 and two 二、; corpus a/04
#: jumps from 三、 to 五、; b/02 writes （一）、. Texts of fewer than 200 characters (a/13, a/14)
#: are passages: no title or 成文日期 is missed there.
EXPECTED = {
    "000_d02a469f031908ca.txt": {"halfwidth-punctuation": 8, "number-style": 20, "text-doc-date": 1, "text-title": 1},
    "001_6ffcba10e7fa8dec.txt": {"halfwidth-punctuation": 204, "number-style": 7, "text-doc-date": 1},
    "002_2e80e9dea9710dd7.txt": {"halfwidth-punctuation": 2, "text-doc-date": 1},
    "003_5e8454744de6edfb.txt": {"halfwidth-punctuation": 216, "heading-full-stop": 1, "text-doc-date": 1,
                                 "text-title": 1},
    "004_9f1461d14e012a05.txt": {"halfwidth-punctuation": 256, "number-sequence": 2, "text-doc-date": 1},
    "a/01_xx-xiang-dibao-huibao-yunnan.txt": {"halfwidth-punctuation": 36, "number-sequence": 1, "number-style": 3,
                                              "text-doc-date": 1, "unpaired-mark": 2},
    "a/02_xinsi-zhen-zhangxian-jiben-qingkuang.txt": {"halfwidth-punctuation": 22, "text-doc-date": 1},
    "a/03_hebei-zhen-longxian-tuopin-2016-2019.txt": {"halfwidth-punctuation": 28, "text-doc-date": 1},
    "a/04_xiang-xinnonghe-gongzuo-zongjie-20xx.txt": {"halfwidth-punctuation": 29, "number-sequence": 1,
                                                      "text-doc-date": 1},
    "a/05_zhonghe-zhen-2018-jiaoyu-fupin-huibao.txt": {"halfwidth-punctuation": 56, "text-doc-date": 1},
    "a/06_baidi-zhen-jingde-2016-zhongdu-canji-huli-butie.txt": {"halfwidth-punctuation": 11, "text-doc-date": 1,
                                                                 "text-title": 1},
    "a/07_fulu-xiang-sanjiang-2015-yulu-jihua.txt": {"halfwidth-punctuation": 28, "text-doc-date": 1, "text-title": 1},
    "a/08_xinshiba-zhen-minzheng-niandu-zongjie-20xx.txt": {"halfwidth-punctuation": 40, "heading-full-stop": 3,
                                                            "number-style": 3, "text-doc-date": 1},
    "a/09_cc-zhen-20xx-shangbannian-tuopin-zongjie.txt": {"halfwidth-punctuation": 37, "heading-full-stop": 2,
                                                          "text-doc-date": 1},
    "a/10_xiangzhen-minzheng-shangbannian-zongjie-x.txt": {"halfwidth-punctuation": 41, "number-style": 4,
                                                           "text-doc-date": 1, "text-title": 1},
    "a/11_tianba-zhen-suijiang-2003-renkou-fanti.txt": {"halfwidth-punctuation": 41, "text-doc-date": 1,
                                                        "text-title": 1},
    "a/12_gushu-zhen-2011-gaikuang.txt": {"halfwidth-punctuation": 55, "text-doc-date": 1, "text-title": 1},
    "a/13_qinqi-xiang-weiyuan-2018-tuopin-zhaiyao.txt": {"halfwidth-punctuation": 9},
    "a/14_wazhai-zhen-2020-jiaoyu-jisheng-nianjian.txt": {"halfwidth-punctuation": 11},
    "a/15_xianzijiao-zhen-daoxian-2020-shehui-baozhang.txt": {"halfwidth-punctuation": 14, "text-doc-date": 1,
                                                              "text-title": 1},
    # (pinyin glosses such as (zhèn) are read as spaces, not as two half-width brackets each:
    # 62 of them here, 22 in a/23, 94 in b/16, 24 in b/22)
    "a/16_luoxiang-zhen-congjiang-2013-xinnonghe-fanti.txt": {"halfwidth-punctuation": 35, "text-doc-date": 1,
                                                              "text-title": 1},
    "a/17_xiang-zhengfu-gongzuo-baogao-minsheng-anhui.txt": {"halfwidth-punctuation": 34, "text-doc-date": 1,
                                                             "text-title": 1, "unpaired-mark": 1},
    "a/18_xx-zhen-2011-renkou-jisheng-zongjie.txt": {"halfwidth-punctuation": 37, "text-doc-date": 1},
    "a/19_xx-zhen-jingzhun-fupin-gongzuo-huibao.txt": {"halfwidth-punctuation": 24, "text-doc-date": 1},
    "a/20_xxx-xiang-sannian-tuopin-gongjian-zongjie.txt": {"halfwidth-punctuation": 35, "text-doc-date": 1,
                                                           "unpaired-mark": 2},
    "a/21_zhen-jingzhun-shibie-gongzuo-zongjie-underscore.txt": {"halfwidth-punctuation": 40, "text-doc-date": 1,
                                                                 "text-title": 1},
    "a/22_kaiyuan-zhen-2013-minsheng-shishi.txt": {"halfwidth-punctuation": 34, "text-doc-date": 1, "text-title": 1},
    "a/23_baofeng-zhen-zhushan-yidi-banqian-fanti.txt": {"halfwidth-punctuation": 15, "text-doc-date": 1,
                                                         "text-title": 1},
    "a/24_chapan-xiang-yingshan-gaikuang-wupu.txt": {"halfwidth-punctuation": 34, "text-doc-date": 1},
    "a/25_binggu-zhen-miyi-zhenqing-gaikuang.txt": {"halfwidth-punctuation": 28, "text-doc-date": 1},
    "a/26_hubei-zhen-renkou-jisheng-gongzuo-zongjie.txt": {"halfwidth-punctuation": 38, "text-doc-date": 1},
    "a/27_shanquan-zhen-jisheng-minsheng-20xx.txt": {"halfwidth-punctuation": 41, "number-style": 2,
                                                     "text-doc-date": 1, "text-title": 1},
    "a/28_zhen-shangbannian-jisheng-gongzuo-zongjie.txt": {"halfwidth-punctuation": 46, "heading-full-stop": 1,
                                                           "number-style": 5, "text-doc-date": 1, "text-title": 1},
    "b/01_zhen-gongye-fuwuzhongxin-2011-zongjie.txt": {"halfwidth-punctuation": 53, "text-doc-date": 1,
                                                       "text-title": 1},
    "b/02_dalu-xiang-2011-shangbannian.txt": {"bracket-number-mark": 7, "halfwidth-punctuation": 50,
                                              "text-doc-date": 1},
    "b/03_wutun-xiang-2014-chachanye-fangan.txt": {"halfwidth-punctuation": 41, "number-style": 6, "text-doc-date": 1},
    "b/04_yingjiang-xx-xiang-chaye-diaoyan.txt": {"halfwidth-punctuation": 37, "number-style": 3, "text-doc-date": 1,
                                                  "text-title": 1},
    "b/05_maji-xiang-2006-gaikuang.txt": {"halfwidth-punctuation": 47, "text-doc-date": 1, "text-title": 1},
    "b/06_miluo-zhen-2001-nianjian.txt": {"halfwidth-punctuation": 25, "text-doc-date": 1},
    "b/07_xuesong-jiedao-2009-caishui.txt": {"halfwidth-punctuation": 22, "text-doc-date": 1},
    "b/08_yujiaqiao-xiang-2016-zhengfu-baogao.txt": {"halfwidth-punctuation": 38, "text-doc-date": 1},
    "b/09_leizu-zhen-2020-caizheng.txt": {"halfwidth-punctuation": 17, "text-doc-date": 1, "text-title": 1},
    "b/10_yinxingshu-xiang-2005-nongye.txt": {"halfwidth-punctuation": 65, "number-style": 6, "text-doc-date": 1},
    "b/11_xinfeng-jiedao-2007-chaye-pucha.txt": {"halfwidth-punctuation": 36, "text-doc-date": 1},
    "b/12_shuangyang-xiang-2015-kaoyan.txt": {"halfwidth-punctuation": 40, "text-doc-date": 1},
    "b/13_jifei-kaoyan-2012-zongjie.txt": {"halfwidth-punctuation": 34, "text-doc-date": 1, "text-title": 1},
    "b/14_shahe-xiang-2022-kaoyan-shougou.txt": {"halfwidth-punctuation": 22, "text-doc-date": 1, "text-title": 1},
    "b/15_wujiepu-zhen-2016-liangyou.txt": {"halfwidth-punctuation": 25, "text-doc-date": 1},
    "b/16_qingxi-zhen-2017-qiansanjidu.txt": {"halfwidth-punctuation": 45, "text-doc-date": 1, "text-title": 1},
    "b/17_zhongshan-zhen-20xx-shangbannian.txt": {"halfwidth-punctuation": 29, "number-style": 1, "text-doc-date": 1,
                                                  "text-title": 1, "unpaired-mark": 1},
    "b/18_starstar-xiang-renda-zhengfu-baogao.txt": {"bracket-number-mark": 2, "halfwidth-punctuation": 55,
                                                     "heading-full-stop": 2, "number-style": 1, "text-doc-date": 1},
    "b/19_starstar-xiang-zhengfu-baogao-hongzao.txt": {"bracket-number-mark": 1, "halfwidth-punctuation": 51,
                                                       "text-doc-date": 1},
    "b/20_qiaogong-zhen-2018-nongye.txt": {"halfwidth-punctuation": 42, "text-doc-date": 1, "text-title": 2},
    "b/21_xxx-zhen-2011-renda-baogao.txt": {"halfwidth-punctuation": 44, "heading-full-stop": 1, "text-doc-date": 1,
                                            "text-title": 1},
    "b/22_wenquan-zhen-2014-chaye.txt": {"halfwidth-punctuation": 24, "text-doc-date": 1},  # its title's two were glosses
    "b/23_wenquan-xiang-2013-chaye.txt": {"halfwidth-punctuation": 31, "text-doc-date": 1, "text-title": 1},
}

#: rules whose quote is the mark they are about (never a figure, a letter or a URL)
MARK_RULES = {"halfwidth-punctuation", "unpaired-mark", "doubled-punctuation", "bracket-number-mark",
              "number-style", "heading-full-stop"}
_URL = re.compile(r"(?:https?://|www\.)[!-~]+")


def _path(name: str) -> Path:
    return CORPUS / name.split("/")[0] / "reports" / name.split("/")[1] if "/" in name else SAMPLES / name


def _findings(name: str):
    path = _path(name)
    if not path.exists():
        pytest.skip(f"{path} not present")
    text = read_source_text(path)
    return text, check_text(text, rules=PROOFREAD_RULES)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hits_per_rule_are_the_reviewed_ones(name):
    _, findings = _findings(name)
    counts = {}
    for f in findings:
        counts[f.rule] = counts.get(f.rule, 0) + 1
    assert counts == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_no_hit_touches_a_figure_a_word_or_a_url(name):
    text, findings = _findings(name)
    urls = [(m.start(), m.end()) for m in _URL.finditer(text)]
    for f in findings:
        start, end = f.location.start, f.location.start + f.location.length
        assert f.severity in ("warning", "info")
        assert not any(a < end and start < b for a, b in urls), (f.rule, f.quote)
        if f.rule in MARK_RULES:
            assert not re.search(r"[0-9A-Za-z]", f.quote), (f.rule, f.quote, f.location.line)
            before, after = text[start - 1:start], text[end:end + 1]
            assert not (before.isdigit() and after.isdigit() and f.quote.strip() in ",.:;"), \
                (f.rule, f.location.line, f.location.column)  # 1,234  3.5  8:30
        if f.fix is not None and f.rule != "text-doc-date":
            assert not re.search(r"[0-9A-Za-z]", f.fix.replace("月", "").replace("日", "")) \
                or f.rule == "padded-date", (f.rule, f.fix)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixing_everything_keeps_every_figure_word_and_law_name(name):
    text, findings = _findings(name)
    fixed, _ = fixed_text(text, [f for f in findings if f.rule != "padded-date"])
    assert re.findall(r"[0-9A-Za-z]+", fixed) == re.findall(r"[0-9A-Za-z]+", text)
    assert re.findall(r"《[^《》\n]*》", fixed) == re.findall(r"《[^《》\n]*》", text)
    assert [m.group() for m in _URL.finditer(fixed)] == [m.group() for m in _URL.finditer(text)]
    assert fixed.count("\n") == text.count("\n")


def _described(name, *lines):
    _, findings = _findings(name)
    return [(f.rule, f.severity, f.quote, f.fix, f.location.line, f.location.column, f.message)
            for f in findings if f.location.line in lines and f.rule != "halfwidth-punctuation"]


def test_exact_hits_in_sample_004():
    assert _described("004_9f1461d14e012a05.txt", 13, 20) == [
        ("number-sequence", "warning", "三是", None, 13, 207, "序号“三是”之前没有“一是”"),
        ("number-sequence", "warning", "二、", None, 20, 1, "序号重复：“二、”之后又是“二、”")]
    _, findings = _findings("004_9f1461d14e012a05.txt")
    commas = [(f.quote, f.fix, f.location.column) for f in findings if f.location.line == 2]
    assert commas == [(",", "，", 6), (",", "，", 22), (",", "，", 42), (",", "，", 54), (",", "，", 74)]


def test_exact_hits_in_samples_000_and_003_and_the_corpus():
    assert _described("000_d02a469f031908ca.txt", 7) == [
        ("number-style", "info", "、", ".", 7, 2, "序号“1、”按 GB/T 9704 应为“1.”")]
    _, findings = _findings("000_d02a469f031908ca.txt")
    [stop] = [f for f in findings if f.quote == "."]
    assert (stop.fix, stop.location.line, stop.location.column) == ("。", 7, 53)
    assert _described("003_5e8454744de6edfb.txt", 3, 17) == [
        ("text-title", "warning", "乡镇年度民生工作总结", None, 3, 1, "标题重复：第二行又是标题"),
        ("heading-full-stop", "info", "。", "", 17, 20, "单独成行的标题末尾不用句号")]
    assert [(r, q, m) for r, _, q, _, _, _, m in _described("a/04_xiang-xinnonghe-gongzuo-zongjie-20xx.txt", 1)
            if r == "number-sequence"] == [("number-sequence", "五、", "序号跳号：“三、”之后为“五、”")]
    assert [(r, q, fix, line) for r, _, q, fix, line, _, _ in
            _described("b/02_dalu-xiang-2011-shangbannian.txt", 17, 19)] == [
        ("bracket-number-mark", "、", "", 17), ("bracket-number-mark", "、", "", 19)]
