"""Issue 10 · import that keeps the drafter's words: 一是/第一 enumerations stay text, page
furniture is left out and named, renumbered headings are named."""
from __future__ import annotations

from pathlib import Path

import pytest

from township_app.import_furniture import furniture_kind, strip_lines
from township_app.importer import parse_text

CORPUS = Path(__file__).parent / "fixtures" / "corpus"


def squeeze(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace())


def tree(result):
    return [(v.depth, v.heading, v.section.body) for v in result.report.walk()]


def test_yishi_heading_lines_standing_alone_become_sections_keeping_their_full_stop():
    text = ("城关镇2023年工作计划\n一、总体要求\n稳中求进。\n"
            "一是加强组织领导。\n成立领导小组。\n二是强化督查\n每月督查一次。\n")
    result = parse_text(text)
    assert tree(result) == [(0, "一、总体要求", "稳中求进。"),
                            (1, "（一）加强组织领导。", "成立领导小组。"),
                            (1, "（二）强化督查", "每月督查一次。")]
    assert result.notes == ["原文写作“一是”的 2 个标题编号，按公文层次编为“（一）”式，标题文字未改。"]
    assert squeeze(result.source_order_text()) == squeeze(text)


@pytest.mark.parametrize("items", [
    # run-in: the heading sentence and its text on one line
    ["一是扎实推进产业发展。进一步深化农业供给侧结构性改革。", "二是持续改善乡风乡貌。开展移风易俗。"],
    # a list of clauses, each closed with ；
    ["一是发展不充分问题仍然突出；", "二是基层党组织软弱涣散；", "三是民生领域还存在短板。"],
    # 第一，/第二， run-in paragraphs (sample 003)
    ["第一,巩固攻坚成果。一是重点环节再聚焦。", "第二,持续发力果蔬产业。加大基地管理。"],
    # one heading-like line alone is not a sequence
    ["一是加强组织领导", "全乡上下齐心协力。"],
    # a run-in item breaks the sequence: all of it stays text
    ["一是加强组织领导", "二是强化督查。每月督查一次，通报结果。"],
])
def test_enumerations_in_running_text_stay_body_text_exactly_as_typed(items):
    text = "一、主要做法\n" + "\n".join(items) + "\n二、下步打算\n继续努力。\n"
    result = parse_text(text)
    assert tree(result) == [(0, "一、主要做法", "\n".join(items)), (0, "二、下步打算", "继续努力。")]
    assert result.notes == []


def test_diyi_heading_lines_become_sections():
    text = "一、工作打算\n第一，巩固攻坚成果\n重点环节再聚焦。\n第二，发力果蔬产业\n加大基地管理。\n"
    result = parse_text(text)
    assert [(d, h) for d, h, _ in tree(result)] == [(0, "一、工作打算"), (1, "（一）巩固攻坚成果"),
                                                     (1, "（二）发力果蔬产业")]
    assert result.source_markers[2] == "第一，"


def test_a_standalone_heading_keeps_its_trailing_full_stop():
    result = parse_text("一、基本情况。\n全乡8个村。\n（一）人口。\n总人口5000人。\n")
    assert [(d, h) for d, h, _ in tree(result)] == [(0, "一、基本情况。"), (1, "（一）人口。")]


def test_repeated_and_skipped_numbers_are_named():
    text = "一、甲项工作\n正文。\n二、乙项工作\n正文。\n二、丙项工作\n正文。\n五、丁项工作\n正文。\n"
    result = parse_text(text)
    assert [v.label for v in result.report.walk()] == ["一、", "二、", "三、", "四、"]
    assert result.notes == [
        "标题编号已按顺序重新编排，原文文字未改：“二、丙项工作”按顺序编为“三、”（原文编号重复或跳号）；"
        "“五、丁项工作”按顺序编为“四、”（原文编号重复或跳号）。"]


def test_numbers_typed_as_the_tree_prints_them_need_no_note():
    result = parse_text("一、甲\n正文。\n（一）乙\n正文。\n1.丙\n正文。\n（1）丁\n正文。\n二、戊\n正文。\n")
    assert [v.depth for v in result.report.walk()] == [0, 1, 2, 3, 0]
    assert result.notes == []


def test_page_furniture_lines_are_left_out_and_named():
    text = ("城关镇2019年工作总结\n第1页共5页\n今年以来，各项工作稳步推进。（转载请注明出处）\n"
            "一、主要工作\n第 2 页 / 共 5 页\n全年完成投资1.2亿元。\n— 3 —\n"
            "如果您无法下载资料,请参考说明:\n1、部分资料下载需要金币,请确保您的账户上有足够的金币\n"
            "二、下步打算\n群众可下载“国家反诈中心”App举报诈骗。\n2/5\n继续努力。\n")
    result = parse_text(text)
    assert [(p.text, p.kind) for p in result.left_out] == [
        ("第1页共5页", "页码"), ("（转载请注明出处）", "转载或来源说明"), ("第 2 页 / 共 5 页", "页码"),
        ("— 3 —", "页码"), ("如果您无法下载资料,请参考说明:", "下载说明"),
        ("1、部分资料下载需要金币,请确保您的账户上有足够的金币", "下载说明"), ("2/5", "页码")]
    assert tree(result) == [
        (0, "", "今年以来，各项工作稳步推进。"), (0, "一、主要工作", "全年完成投资1.2亿元。"),
        (0, "二、下步打算", "群众可下载“国家反诈中心”App举报诈骗。\n继续努力。")]
    assert result.notes == [
        "网页或文档页面上的页码不是报告内容，未导入：“第1页共5页”、“第 2 页 / 共 5 页”、“— 3 —”等 4 处。",
        "网页或文档页面上的转载或来源说明不是报告内容，未导入：“（转载请注明出处）”。",
        "网页或文档页面上的下载说明不是报告内容，未导入：“如果您无法下载资料,请参考说明:”、"
        "“1、部分资料下载需要金币,请确保您的账户上有足够的金币”。"]


def test_title_repeated_as_the_first_paragraph_is_left_out():
    result = parse_text("城关镇2019年工作总结\n城关镇2019年工作总结。\n一、主要工作\n正文。\n")
    assert result.report.properties.title == "城关镇2019年工作总结"
    assert [(p.text, p.kind) for p in result.left_out] == [("城关镇2019年工作总结。", "重复的标题")]
    assert tree(result) == [(0, "一、主要工作", "正文。")]
    assert result.notes == ["标题重复出现，多出的一遍未导入：“城关镇2019年工作总结。”。"]


def test_title_printed_twice_in_a_run_on_line_keeps_one_copy():
    opening = "今年以来，我镇各项工作稳步推进，" + "经济社会发展取得新成效，" * 16 + "现汇报如下。"
    text = "城关镇2019年工作总结城关镇2019年工作总结" + opening + "一、主要工作全年增长5%。"
    result = parse_text(text)
    assert result.report.properties.title == "城关镇2019年工作总结"
    assert [p.text for p in result.left_out] == ["城关镇2019年工作总结"]
    assert tree(result)[0] == (0, "", opening)


def test_a_title_written_twice_with_different_words_is_kept_and_named():
    result = parse_text("城关镇上半年工作总结与下步计划城关镇上半年工作总结与下步打算\n一、主要工作\n正文。\n")
    assert result.report.properties.title == "城关镇上半年工作总结与下步计划城关镇上半年工作总结与下步打算"
    assert result.left_out == []
    assert result.notes == ["标题像是同一标题写了两遍（“城关镇上半年工作总结与下步计划”与“城关镇上半年工作"
                            "总结与下步打算”），两遍不完全相同，已原样保留，请在报告属性中核对。"]


@pytest.mark.parametrize("line", [
    "全年共印发宣传资料2000份，发放下载指南。",  # 下载 in report text without a site word
    "1/5的农户参加了培训",
    "第1页",  # alone on a line it is furniture: checked below, not here
])
def test_report_lines_are_not_furniture(line):
    if line == "第1页":
        assert furniture_kind(line) == "页码"
    else:
        assert furniture_kind(line) is None


#: every piece of furniture in the corpus, read by hand (file → number of pieces left out)
CORPUS_FURNITURE = {
    "a/02": 3,  # |, | and | at the top: a page table's cell marks around the title, nothing in them
    "a/03": 1,  # 发布时间:2023-10-09 16:32 (the third filled line: blank lines no longer count)
    "a/05": 3,  # 下载文档前请自行甄别…, "仅部分预览"的文档…, 如文档侵犯您的权益…
    "a/07": 2,  # 本文来源: 扶贫办 (twice)
    "a/10": 1,  # 当前位置:公文荟萃 > 公文范文 > … (a breadcrumb without 首页)
    "a/12": 1,  # 更新时间:2022-06-11 16:20
    "a/21": 1,  # 当前位置:作文吧实用文档范文大全内容页
    "a/22": 1,  # 责任编辑: (the last line)
    "a/24": 1,  # 词条 | 茶盘乡 | (an encyclopedia page's entry line)
    "b/04": 4,  # 如果您无法下载资料… and its three numbered lines
    "b/06": 2,  # 内容阅读 (a button), 来源:未知来源 日期:2015-03-23 12:00
    "b/07": 2,  # 责任编辑:lidong, 文章来源:http://…
    "b/12": 2,  # 本文来源: 农业厅 (twice)
    "b/14": 2,  # 当前位置: 首页 >> …, 来源: 作者:  时间:2022-10-14 16:39 点击率:打印 】【 关闭
    "b/15": 2,  # 登录 | 注册, 来源: 发布日期:2016-11-11 浏览次数:
    "b/21": 1,  # 更新时间:2018-11-13 16:34作者:才子老师
    "b/20": 13,  # 收藏 分享(赏), 上传人…, download buttons, five “….docx_第N页”, five “第N页 / 共8页”
    "q/r1": 4,  # r12: -XX县人民政府网 after the title, 发布时间：… 来源：… 浏览次数：…, 第 2 页, （责任编辑：XX）
    # r06: 首页 > 政务公开 > …, 发布时间：…, 第1页 共2页, 责任编辑：… 审核：…, 【打印本页】【关闭窗口】,
    # 上一页 1 2 下一页, 版权所有：… 备案号：…ICP备…
    "r/r0": 7,
    # r06: 首页 > …, 发布时间：…, 【字体：大 中 小】【打印本页】【关闭窗口】, 主办：… 备案号：…ICP备…
    # (and no line of s/r01: 债务化解压力大 is no 解压 of a download)
    "s/r0": 5,  # … and 共2页 第1页 上一页 下一页
    # t/r07: 发布时间：…, 字号：【大 中 小】 打印本页 关闭窗口, 第2页, 上一页 1 2 下一页, 【责任编辑：…】【打印】【关闭】
    "t/r0": 5,
    # u/r05: 首页 > …, 发布时间:…, 【字体:大 中 小】 打印本页 关闭窗口, 【打印本页】【关闭窗口】,
    # 上一篇:…, 下一篇:…, 主办单位:… 承办单位:… 联系电话:…, 网站标识码:… ICP备…, 第2页/共2页
    "u/r0": 11,  # … and 相关链接: …, and 第1页 第2页 下一页 尾页
    # v/r06: 首页 > … (twice), 发布时间：…, 【打印本页】【关闭窗口】 (twice), 第1页 共2页, 上一页…,
    # 第2页 共2页, 相关链接：…, 版权所有：… 地址：… 邮编：…
    "v/r0": 10,
    # w/r03: 来源:… 发布时间:…, 【字体:大 中 小】【打印本页】, 第1页/共3页, 下载…金币, 第2页/共3页,
    # 责任编辑:…, 上一篇:… 下一篇:…, 相关文档:…; w/r12: 【摘要】…金币…, 第1页 共5页, 相关文档推荐:…
    "w/r0": 8,
    "w/r1": 3,
    # x/r04: 发布时间：…, 字号：大 中 小, 第2页, 责任编辑：…, 【打印本页】【关闭窗口】
    "x/r0": 5,
    # y/r03: 发布时间：…, 【字体：大 中 小】【打印本页】【关闭窗口】, 责任编辑：… 审核：…
    "y/r0": 4,  # … and 第1页 第2页 下一页
    # z/r01: 发布时间：…, 【字体：大 中 小】 打印本页, 责任编辑：… 第1页 共1页 【关…】
    "z/r0": 3,
    # zz/r08: 发布时间：…, 第2页, 责任编辑：XX
    "zz/r0": 3,
    # za/r05: 当前位置：首页 > …, 发布时间：… 来源：… 浏览次数：…, 【字体：大 中 小】【打印本页】【关闭窗口】,
    # 第1页 第2页 下一页, 责任编辑：…, 【打印本页】【关闭窗口】
    "za/r0": 6,
    # zb/r10: 首页 > …, 发布时间：…, 【字体：大 中 小】 打印本页, 【关闭窗口】, 第1页 共1页, 上一篇：…, 下一篇：…
    "zb/r1": 7,
    # zc/r05: 首页 > …, 【字体：大 中 小】【打印本页】【关闭窗口】, 第2页, 责任编辑：XX, 【打印本页】【关闭窗口】
    "zc/r0": 5,
    # zc/r12: 来源:… 发布时间:… 作者:…, 【字号:大 中 小】, 第2页, 责任编辑:XX 审核:XXX
    "zc/r1": 4,
    # zd/r07: 首页 > …, 发布时间:… 来源:… 浏览次数:…, 责任编辑:…, 第1页 共2页
    "zd/r0": 4,
    # ze/r02: 发布时间：… 来源：… 浏览次数：…, 【字体：大 中 小】 打印本页 关闭窗口, 责任编辑：XX 第1页 共2页 [打印] [关闭]
    "ze/r0": 3,
    # zf/r08 (the last of zf/r0*, as for the others): 首页 > …, 发布时间：…, 【字体：大 中 小】 打印本页, 第2页,
    # 第3页, 责任编辑：某某, 【打印本页】【关闭窗口】 (r01's three 第N页 共3页 and r06's 第2页 are left out too)
    "zf/r0": 7,
    # zg/r05: 首页 > …, 发布时间：… 来源：… 浏览次数：, 【字体：大 中 小】 打印本页, 责任编辑：王××, 第2页 共2页, 【关闭窗口】
    "zg/r0": 6,
}


def test_furniture_in_the_corpus_is_exactly_what_was_read_by_hand():
    if not CORPUS.exists():
        pytest.skip("corpus fixtures not present")
    found = {}
    for path in sorted(CORPUS.glob("*/reports/*.txt")):
        _, left = strip_lines(path.read_text(encoding="utf-8").split("\n"))
        if left:
            found[f"{path.parent.parent.name}/{path.name[:2]}"] = len(left)
    assert found == CORPUS_FURNITURE


def test_a_word_file_from_elsewhere_gets_the_same_treatment(tmp_path):
    import docx

    from township_app.importer import parse_path

    document = docx.Document()
    for line in ("城关镇2019年工作总结", "城关镇2019年工作总结", "一、主要工作",
                 "一是抓党建，全年发展党员5名；", "二是抓产业，新建基地2个。", "第 1 页 共 2 页",
                 "二、下步打算", "继续努力。（转载请注明出处）"):
        document.add_paragraph(line)
    path = tmp_path / "总结.docx"
    document.save(str(path))
    result = parse_path(path)
    assert [(p.text, p.kind) for p in result.left_out] == [
        ("城关镇2019年工作总结", "重复的标题"), ("第 1 页 共 2 页", "页码"),
        ("（转载请注明出处）", "转载或来源说明")]
    assert tree(result) == [(0, "一、主要工作", "一是抓党建，全年发展党员5名；\n二是抓产业，新建基地2个。"),
                            (0, "二、下步打算", "继续努力。")]


def test_text_in_a_table_is_never_furniture(tmp_path):
    import docx

    from township_app.importer import parse_path

    document = docx.Document()
    document.add_paragraph("一、完成情况")
    table = document.add_table(rows=2, cols=1)
    table.cell(0, 0).text = "3/4"
    table.cell(1, 0).text = "第2页"
    path = tmp_path / "表.docx"
    document.save(str(path))
    result = parse_path(path)
    assert result.left_out == []
    assert tree(result) == [(0, "一、完成情况", "3/4\n第2页")]


@pytest.mark.parametrize("line,kind", [
    ("首页 > 政务公开 > 工作动态 > 工作总结", "网页导航"),
    ("当前位置：首页 > 信息公开", "网页导航"),
    ("【打印本页】【关闭窗口】", "网页导航"),
    ("【字体：大 中 小】　【打印本页】　【关闭窗口】", "网页导航"),
    ("上一页 1 2 下一页", "网页导航"),
    ("版权所有：马鞍镇人民政府  备案号：蜀ICP备05012345号-1", "网页导航"),
    ("责任编辑：李娜    审核：张伟", "发布信息"),
    ("【字体:大 中 小】  打印本页  关闭窗口", "网页导航"),
    ("上一篇:XX镇召开2024年第3季度安全生产工作会议", "网页导航"),
    ("第1页　第2页　下一页　尾页", "网页导航"),
    ("主办单位:XX县人民政府办公室  承办单位:XX县大数据中心  联系电话:0855-8221234", "网页导航"),
])
def test_a_web_pages_navigation_and_footer_are_furniture(line, kind):
    from township_app.import_furniture import furniture_kind
    assert furniture_kind(line) == kind


@pytest.mark.parametrize("line", [
    "一是税源结构单一；二是刚性支出增长较快；三是部分村级债务化解压力大。",
    "全镇主办单位3家，承办单位5家。",  # 主办 among the report's own words, not a footer
    "大中小学校全部完成改造。", "上一篇文章的内容已更正。",
    "首页设计已完成，下一页内容待补充。",
    "【经验做法】坚持党建引领。",
])
def test_report_lines_that_look_like_navigation_are_kept(line):
    from township_app.import_furniture import furniture_kind
    assert furniture_kind(line) is None


def test_navigation_left_out_is_named_in_the_import_notes():
    from township_app.import_furniture import describe, strip_lines
    _, left = strip_lines(["首页 > 政务公开 > 工作动态", "某镇上半年工作总结", "今年以来，全镇新增就业120人。",
                           "上一页 1 2 下一页", "版权所有：某镇人民政府  备案号：黔ICP备12003456号-1"])
    assert describe(left) == ["网页的导航、按钮和页脚不是报告内容，未导入：“首页 > 政务公开 > 工作动态”、"
                              "“上一页 1 2 下一页”、“版权所有：某镇人民政府  备案号：黔ICP备12003456…”。"]  # quoted to 30 characters
