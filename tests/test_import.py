"""Import of .txt reports: the five real samples' trees, the no-loss property, the 落款."""
from __future__ import annotations

import pytest

from conftest import SAMPLES
from township_app.importer import ImportError_, import_path, import_text, parse_path, parse_text
from township_app.model import NUMBERING_NONE

#: the page furniture each sample carries, read by hand: (text, kind) in source order
SAMPLE_FURNITURE = {
    "000": [],
    "001": [("(转载请注明)", "转载或来源说明")],  # at the very end of the one-line report
    "002": [],
    "003": [("乡镇年度民生工作总结", "重复的标题")],  # the title again on line 3
    "004": [],
}


def squeeze(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace())


def without(source: str, pieces: list[str]) -> str:
    """The source with each piece taken out once, the last occurrence first (a repeated title
    is the later copy; the same text either way once whitespace is squeezed)."""
    for piece in pieces:
        at = source.rindex(piece)
        source = source[:at] + source[at + len(piece):]
    return source


def outline(result) -> list[tuple[int, str, str]]:
    """(depth, marker as the source wrote it, title) for every numbered section."""
    return [(v.depth, result.source_markers.get(v.section.id, ""), v.section.title)
            for v in result.report.walk() if v.section.numbering != NUMBERING_NONE]


def sample(prefix: str):
    paths = sorted(SAMPLES.glob(f"{prefix}_*.txt"))
    assert paths, f"sample {prefix} missing from tests/fixtures/samples"
    return paths[0]


def test_every_sample_imports_without_losing_text(samples):
    """Character for character, apart from whitespace and the furniture the notes name."""
    for path in samples:
        result = parse_path(path)
        source = path.read_text(encoding="utf-8")
        furniture = SAMPLE_FURNITURE[path.name[:3]]
        assert [(p.text, p.kind) for p in result.left_out] == furniture, path.name
        for text, _ in furniture:
            assert any(f"“{text}”" in note for note in result.notes), (path.name, result.notes)
        kept = without(source, [text for text, _ in furniture])
        assert squeeze(result.source_order_text()) == squeeze(kept), path.name
        # every body paragraph is the drafter's line (or the rest of it after a heading) verbatim
        for s in result.report.sections:
            for paragraph in s.body.split("\n"):
                assert paragraph in kept, (path.name, paragraph[:40])


def test_plain_text_differs_from_source_only_in_heading_numbers(samples):
    """Report.plain_text (regenerated numbers) with each label swapped back is the source."""
    for path in samples:
        result = parse_path(path)
        text = result.report.plain_text()
        for view in result.report.walk():
            if view.label:
                marker = result.source_markers[view.section.id]
                # a run-in heading's stop (（一）抓党建。全年…) is the source's, not the title's
                stop = result.run_in_stops.get(view.section.id, "")
                text = text.replace(view.label + view.section.title,
                                    "\x00" + marker + view.section.title + stop, 1)
        text = text.replace("\x00", "")
        # plain_text writes the date from doc_date; the samples' dates need no reformatting
        source = without(path.read_text(encoding="utf-8"),
                         [t for t, _ in SAMPLE_FURNITURE[path.name[:3]]])
        assert squeeze(text) == squeeze(source), path.name


def test_000_two_lists_of_numbered_items_under_two_headings():
    result = parse_path(sample("000"))
    top = [(m, t) for d, m, t in outline(result) if d == 0]
    assert top == [("一、", "全年工作任务完成情况"), ("二、", "我们的主要做法和措施")]
    report = result.report
    first, second = report.children(None)[1:]
    assert [s.title for s in report.children(first.id)][:3] == [
        "城乡居民低保水平", "建设农村公路安防设施", "提升农村通信网络"]
    assert len(report.children(first.id)) == 17
    assert len(report.children(second.id)) == 3
    opening = report.children(None)[0]
    assert opening.numbering == NUMBERING_NONE and opening.title == ""
    assert opening.body.startswith("根据县委、县政府的工作安排")
    assert report.properties.title == ""  # the report starts with its text, not a title
    assert result.notes == ["原文写作“1、”的 20 个标题编号，按公文层次编为“（一）”式，标题文字未改。",
                            "20 个小标题与正文写在同一段（如“1、城乡居民低保水平。低保工作事关社会和谐稳定大局，…”），"
                            "已分为小标题和正文，小标题单独成行，标题后的句号不再打印。"]


def test_001_one_line_report_with_inline_headings():
    result = parse_path(sample("001"))
    assert result.report.properties.title.endswith("下一步工作打算")
    got = outline(result)
    expected = [
        (0, "一、", "主要工作情况"),
        (1, "(一)", "多方联动,凝心聚力,决战“"),
        (1, "(二)", "积极谋划,巩固成果,加快“"),
        (1, "(三)", "发展特色,重视传承,支持“"),
        (1, "(四)", "争资跑项,全力推进,加快“"),
        (1, "(五)", "全民参与,保治结合,助力“"),
        (1, "(六)", "应保尽保,强农惠农,全力改"),
        (0, "二、", "下一步工作打算"),
        (1, "(一)", "进一步加强党建引领,在基层"),
        (2, "1、", "强化干部队伍建设"),
        (2, "2、", "强化基层党组织建设"),
        (1, "(二)", "进一步落实保障措施,在项目"),
        (2, "1、", "加大争资跑项,改善基础设施"),
        (2, "2、", "加快产业推进,扶持优质项目"),
        (1, "(三)", "进一步推动社会事业,在百姓"),
        (2, "1、", "加强综合治理,保持和谐稳定"),
        (2, "2、", "加大环境整治,力求整洁实效"),
        (2, "3、", "加快文化强乡,打造幸福x"),
    ]
    assert [(d, m) for d, m, _ in got] == [(d, m) for d, m, _ in expected]
    assert all(t.startswith(e) for (_, _, t), (_, _, e) in zip(got, expected))
    # 一是/二是 inside a run-on paragraph stay body text
    assert "一是村综合服务平台建设" in "".join(s.body for s in result.report.sections)
    assert result.notes == [
        "网页或文档页面上的转载或来源说明不是报告内容，未导入：“(转载请注明)”。",
        "标题像是同一标题写了两遍（“乡镇委员会上半年主要工作情况与下一步工作计划”与"
        "“乡镇委员会上半年主要工作情况与下一步工作打算”），两遍不完全相同，已原样保留，请在报告属性中核对。",
        "原文写作“(一)”的 9 个标题编号，按公文层次编为“（一）”式，标题文字未改。",
        "原文写作“1、”的 7 个标题编号，按公文层次编为“1.”式，标题文字未改。",
        "16 个小标题与正文写在同一段（如“(一)多方联动,凝心聚力,决战“脱贫攻坚”。作为“六大战役”之首。…”），"
        "已分为小标题和正文，小标题单独成行，标题后的句号不再打印。"]


def test_002_yishi_paragraphs_stay_the_drafters_text():
    """Issue 10: 一是…；/一是…。 paragraphs are enumerations in running text, not sections."""
    path = sample("002")
    lines = path.read_text(encoding="utf-8").split("\n")
    result = parse_path(path)
    props = result.report.properties
    assert props.title == "乡2022年工作汇报材料"
    assert props.year == "2022"
    got = [(d, m) for d, m, _ in outline(result)]
    assert got == [(0, "一、")] + [(1, f"（{n}）") for n in "一二三四五六七"] + [(0, "二、"), (0, "三、")]
    problems, plan = result.report.children(None)[2:]
    assert (problems.title, plan.title) == ("存在的问题", "2023年工作计划")
    assert problems.body == "\n".join(lines[19:23])  # source lines 20–23, exactly as typed
    assert problems.body.startswith("一是发展不充分问题仍然突出，") and problems.body.count("；") >= 3
    assert plan.body == "\n".join(lines[24:28])
    assert result.report.children(problems.id) == [] and result.report.children(plan.id) == []
    assert result.notes == []  # 一、 and （一） as typed: nothing renumbered, nothing left out


def test_003_diyi_and_yishi_paragraphs_stay_text_and_the_repeated_title_is_left_out():
    path = sample("003")
    lines = [line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
    result = parse_path(path)
    assert result.report.properties.title == "乡镇年度民生工作总结"
    top = result.report.children(None)
    assert [(m, t) for d, m, t in outline(result)] == [
        ("一、", "咬定目标,稳步推进各项民生工程"), ("二、", "聚焦民生,持续提升群众幸福感"),
        ("三、", "坚持发展现代农业,优化产业结构"), ("四、", "党建引领,不断夯实基层组织战斗堡垒。"),
        ("五、", "2020年民生工作打算")]
    assert len(top) == 5  # no 导语: the second copy of the title was furniture
    first = top[0]
    assert first.body.startswith("一是以问题整改促进工作提升。") and "二是脱贫攻坚质量" in first.body
    plan = top[4]
    assert plan.body == "\n".join(lines[-6:])  # 2020年是… and 第一,…第五, exactly as typed
    assert plan.body.split("\n")[1].startswith("第一,巩固攻坚成果。一是重点环节")
    assert result.notes == ["标题重复出现，多出的一遍未导入：“乡镇年度民生工作总结”。"]


def test_004_three_levels_issuer_properties_and_renumbered_second_er():
    result = parse_path(sample("004"))
    props = result.report.properties
    assert (props.township, props.county, props.year, props.period) == ("晓坪乡", "芷江县", "2018",
                                                                        "全年")
    assert props.issuer == "晓坪乡人民政府"
    assert props.doc_date == ""
    views = [v for v in result.report.walk() if v.section.numbering != NUMBERING_NONE]
    top = [(v.label, result.source_markers[v.section.id], v.section.title) for v in views
           if v.depth == 0]
    assert top == [("一、", "一、", "晓坪乡的基本情况"), ("二、", "二、", "工作开展情况"),
                   ("三、", "二、", "2019年工作计划")]
    assert [v.heading for v in views if v.depth == 2][:2] == ["1.经济实力不断增强", "2.优化产业结构"]
    assert sum(1 for v in views if v.depth == 1) == 3 + 3
    assert result.notes == [
        "标题编号已按顺序重新编排，原文文字未改：“二、2019年工作计划”按顺序编为“三、”（原文编号重复或跳号）。",
        "原文写作“(一)”的 3 个标题编号，按公文层次编为“（一）”式，标题文字未改。",
        "原文写作“1.”的 3 个标题编号，按公文层次编为“（一）”式，标题文字未改。",
        "13 个小标题与正文写在同一段（如“1.经济实力不断增强。2018年,…”），已分为小标题和正文，"
        "小标题单独成行，标题后的句号不再打印。"]


def test_title_issuer_and_chinese_date_at_the_end():
    text = ("城关镇2019年上半年工作总结\n今年以来，我镇各项工作稳步推进。\n一、主要工作\n"
            "（一）抓党建。全年发展党员5名。\n（二）抓产业。\n二、下步打算\n继续努力。\n"
            "芷江县城关镇人民政府\n二〇一九年七月五日\n")
    result = parse_text(text)
    props = result.report.properties
    assert props.title == "城关镇2019年上半年工作总结"
    assert (props.township, props.county, props.year, props.period) == ("城关镇", "芷江县", "2019",
                                                                        "上半年")
    assert props.issuer == "芷江县城关镇人民政府"
    assert props.doc_date == "2019-07-05"
    assert result.date_text == "二〇一九年七月五日"
    assert squeeze(result.source_order_text()) == squeeze(text)
    titles = [(v.depth, v.section.title, v.section.body) for v in result.report.walk()]
    assert titles == [(0, "", "今年以来，我镇各项工作稳步推进。"), (0, "主要工作", ""),
                      (1, "抓党建", "全年发展党员5名。"), (1, "抓产业。", ""), (0, "下步打算", "继续努力。")]


def test_numbers_in_text_are_not_headings():
    text = ("一、概况\n全乡共有1.5万人。2.5万亩耕地中1、2组最多。\n"
            "3、4月份开展了检查。\n（一）收入\n1.工资收入。2018年增长1.1%。\n")
    result = parse_text(text)
    outline_ = [(v.depth, v.section.title) for v in result.report.walk()]
    assert outline_ == [(0, "概况"), (1, "收入"), (2, "工资收入")]
    first = result.report.children(None)[0]
    assert "1.5万人" in first.body and "3、4月份" in first.body
    assert squeeze(result.source_order_text()) == squeeze(text)


def test_heading_without_a_short_first_sentence_keeps_all_text_as_body():
    long_item = "1、" + "加强" * 60 + "，" + "落实" * 30 + "。"
    result = parse_text("一、总体情况\n" + long_item + "\n")
    item = result.report.children(result.report.children(None)[0].id)[0]
    assert item.title == "" and item.body.startswith("加强加强")
    assert squeeze(result.source_order_text()) == squeeze("一、总体情况" + long_item)


def test_gbk_text_file_imports(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes("晓坪乡工作总结\n一、基本情况\n全乡8个村。\n".encode("gb18030"))
    report = import_path(path)
    assert report.properties.title == "晓坪乡工作总结"
    assert [s.title for s in report.sections] == ["基本情况"]


@pytest.mark.parametrize("name,content", [
    ("missing.txt", None),
    ("binary.txt", b"\x00\x01\x02\x03garbage"),
    ("report.pdf", b"%PDF-1.4"),
    ("broken.docx", b"PK\x03\x04 not really a zip"),
    ("random.docx", bytes(range(256)) * 4),
    ("old.doc", b"\xd0\xcf\x11\xe0 old word"),
])
def test_unreadable_files_get_a_chinese_message(tmp_path, name, content):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ImportError_) as err:
        import_path(path)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in str(err.value))


def test_empty_text_gives_an_empty_report():
    report = import_text("  \n\n")
    assert report.sections == [] and report.properties.title == ""


def test_two_line_title_and_part_headings():
    text = ("城关镇人民政府\n关于2020年工作情况的报告\n县人民政府：\n现将我镇工作报告如下。\n"
            "第一部分 2020年工作回顾\n一、经济发展\n全年增长5%。\n二、社会事业\n稳步推进。\n"
            "第二部分 2021年工作打算\n一、总体思路\n稳中求进。\n")
    result = parse_text(text)
    props = result.report.properties
    assert props.title == "城关镇人民政府关于2020年工作情况的报告"
    assert (props.township, props.year) == ("城关镇", "2020")
    outline_ = [(v.depth, v.label, v.section.title) for v in result.report.walk()]
    assert outline_ == [(0, "", ""), (0, "一、", "2020年工作回顾"), (1, "（一）", "经济发展"),
                        (1, "（二）", "社会事业"), (0, "二、", "2021年工作打算"), (1, "（一）", "总体思路")]
    assert result.report.children(None)[0].body == "县人民政府：\n现将我镇工作报告如下。"
    assert squeeze(result.source_order_text()) == squeeze(text)
