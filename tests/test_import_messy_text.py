"""Messy real report texts through `township-app import` then `township-app check`: run-in
headings (a heading and its text on one line), half-width heading marks and stops, a web copy's
page furniture, placeholders in the title and a masked 成文日期 (an independent tester's texts,
reduced to their shapes)."""
from __future__ import annotations

import json

from township_app.cli import main
from township_app.importer import parse_text
from township_app.store import ReportStore


def squeeze(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace())


def imported(tmp_path, capsys, text: str, *options: str, name: str = "a"):
    """(lines the import printed, [(label, title, body)] of the report file it wrote, the file)."""
    src, out = tmp_path / f"{name}.txt", tmp_path / f"{name}.db"
    src.write_text(text, encoding="utf-8")
    assert main(["import", str(src), "-o", str(out), *options]) == 0
    printed = capsys.readouterr().out.splitlines()
    with ReportStore(out, read_only=True) as store:
        report = store.load_report()
    return printed, [(v.label, v.section.title, v.section.body) for v in report.walk()], out


def checked(capsys, path) -> list[dict]:
    main(["check", str(path), "--format", "json"])
    return json.loads(capsys.readouterr().out)["findings"]


RUN_IN = ("城关镇2023年民生工作总结\n"
          "一、就业和社会保障\n"
          "（一）就业创业。上半年全镇新增城镇就业236人，完成全年任务450人的52.4%。\n"
          "（二）社会保险。城乡居民养老保险参保2.36万人。\n"
          "二、存在的问题\n"
          "就业岗位质量不高。\n")


def test_a_run_in_heading_is_a_heading_without_its_stop_and_a_body(tmp_path, capsys):
    printed, sections, out = imported(tmp_path, capsys, RUN_IN)
    assert sections == [
        ("一、", "就业和社会保障", ""),
        ("（一）", "就业创业", "上半年全镇新增城镇就业236人，完成全年任务450人的52.4%。"),
        ("（二）", "社会保险", "城乡居民养老保险参保2.36万人。"),
        ("二、", "存在的问题", "就业岗位质量不高。")]
    assert ("注意：2 个小标题与正文写在同一段（如“（一）就业创业。上半年全镇新增城镇就业236人，…”），"
            "已分为小标题和正文，小标题单独成行，标题后的句号不再打印。") in printed
    # the stop was the separator: no 标题末尾不用句号 for it
    assert [f for f in checked(capsys, out) if f["rule"] == "report-headings"] == []


def test_a_run_in_heading_loses_only_its_stop():
    result = parse_text(RUN_IN)
    assert squeeze(result.source_order_text()) == squeeze(RUN_IN)
    # a heading standing alone keeps the stop the drafter typed (the proofreading names it)
    alone = parse_text("一、基本情况\n（一）人口。\n总人口5000人。\n")
    assert [v.section.title for v in alone.report.walk()] == ["基本情况", "人口。"]
    assert alone.notes == []


HALF_WIDTH = ("XX镇20xx年招商引资和农业产业发展情况汇报\n"
              "20xx年,我镇紧盯三大主导产业,各项工作取得了一定成效.现将有关情况汇报如下:\n"
              "一,招商引资工作情况\n"
              "20xx年,我镇共引进项目11个,协议引资12.8亿元.\n"
              "二,农业产业发展情况\n"
              "(一)茶叶产业.全镇茶园面积3.85万亩,其中采摘茶园3.12万亩,幼龄茶园0.73万亩;产干毛茶2650吨,"
              "实现产值2.38亿元,比上年的2.05亿元增长16.1%;茶农人均茶叶收入8260元.\n"
              "(二)新型经营主体.全镇有农民专业合作社86家,家庭农场42家,县级以上龙头企业7家,其中省级2家,"
              "市级2家,县级4家.\n"
              "三,存在的问题\n"
              "(1)招商项目落地难,土地、资金等要素制约明显;(2)茶叶品牌影响力不足,产品附加值低;"
              "(3)农业社会化服务体系不健全,专业人才缺乏,新型经营主体带动能力不强.\n"
              "四,20xx年工作打算\n"
              "(一)招商引资.力争全年引进项目10个以上.\n"
              "(二)农业产业.新建标准化茶园0.5万亩.\n")


def test_half_width_heading_marks_are_read_as_full_width_ones(tmp_path, capsys):
    printed, sections, _ = imported(tmp_path, capsys, HALF_WIDTH)
    assert [(label, title) for label, title, _ in sections] == [
        ("", ""), ("一、", "招商引资工作情况"), ("二、", "农业产业发展情况"), ("（一）", "茶叶产业"),
        ("（二）", "新型经营主体"), ("三、", "存在的问题"), ("四、", "20xx年工作打算"),
        ("（一）", "招商引资"), ("（二）", "农业产业")]
    bodies = {title: body for _, title, body in sections}
    assert bodies["茶叶产业"].startswith("全镇茶园面积3.85万亩,") and bodies["茶叶产业"].endswith("8260元.")
    # a list of (1)…;(2)… in one paragraph is the drafter's text
    assert bodies["存在的问题"].startswith("(1)招商项目落地难,") and "(2)茶叶品牌" in bodies["存在的问题"]
    assert not any("按顺序编为" in line for line in printed)
    assert "注意：原文写作“一,”的 4 个标题编号，按公文层次编为“一、”式，标题文字未改。" in printed
    assert squeeze(parse_text(HALF_WIDTH).source_order_text()) == squeeze(HALF_WIDTH)


def test_half_width_comma_after_a_digit_is_a_heading_mark_but_not_in_a_number():
    result = parse_text("一、主要做法\n1,加强组织领导\n成立领导小组。\n2,强化督查\n每月督查一次。\n"
                        "二、数字\n1,234户群众受益。\n")
    assert [(v.label, v.section.title) for v in result.report.walk()] == [
        ("一、", "主要做法"), ("（一）", "加强组织领导"), ("（二）", "强化督查"), ("二、", "数字")]
    assert list(result.report.walk())[-1].section.body == "1,234户群众受益。"


WEB_COPY = ("××镇2021年上半年民生工作总结-XX县人民政府网\n"
            "发布时间：2021-07-15 来源：××镇人民政府 浏览次数：326\n"
            "2021年上半年，××镇聚焦群众急难愁盼问题，着力办好民生实事。\n"
            "一、就业和社会保障\n"
            "上半年新增城镇就业236人。\n"
            "第 2 页\n"
            "二、存在的问题\n"
            "就业岗位质量不高。\n"
            "（责任编辑：XX）\n")


def test_a_web_copys_publishing_lines_and_site_name_are_left_out_and_named(tmp_path, capsys):
    printed, sections, out = imported(tmp_path, capsys, WEB_COPY)
    assert ("注意：网页或文档页面上的发布信息不是报告内容，未导入：“-XX县人民政府网”、"
            "“发布时间：2021-07-15 来源：××镇人民政府 浏览次…”、“（责任编辑：XX）”。") in printed
    assert "注意：网页或文档页面上的页码不是报告内容，未导入：“第 2 页”。" in printed
    assert "标题：××镇2021年上半年民生工作总结" in printed
    assert sections == [("", "", "2021年上半年，××镇聚焦群众急难愁盼问题，着力办好民生实事。"),
                        ("一、", "就业和社会保障", "上半年新增城镇就业236人。"),
                        ("二、", "存在的问题", "就业岗位质量不高。")]
    _, kept, _ = imported(tmp_path, capsys, WEB_COPY, "--keep-furniture", name="kept")
    assert kept[0][2].startswith("发布时间：2021-07-15") and kept[-1][2].endswith("（责任编辑：XX）")


def test_report_text_that_mentions_a_source_or_a_site_is_kept():
    text = ("某镇2021年工作总结-县人民政府网站建设情况\n一、资金\n来源：县财政拨付专项资金20万元，已全部到位。\n"
            "资金来源：上级补助。\n")
    result = parse_text(text)
    assert result.left_out == []
    assert result.report.properties.title == "某镇2021年工作总结-县人民政府网站建设情况"


def placeholders(findings):
    return [(f["quote"], f["location"].get("field"), f["location"].get("start"))
            for f in findings if f["rule"] == "placeholder"]


def test_placeholders_in_the_title_are_found_after_import(tmp_path, capsys):
    _, _, out = imported(tmp_path, capsys, "XX镇20xx年上半年工作总结\n一、情况\n全镇完成投资1.2亿元。\n")
    assert placeholders(checked(capsys, out)) == [("XX", "report_title", 0), ("xx", "report_title", 5)]
    main(["check", str(out)])
    shown = capsys.readouterr().out
    assert "报告标题第1字  [placeholder] 占位符“XX”未填写（应填名称）" in shown
    assert "报告标题第6字  [placeholder] 占位符“xx”未填写（应填年份）" in shown


def test_a_masked_date_is_a_date_line(tmp_path, capsys):
    src = tmp_path / "r.txt"
    src.write_text(HALF_WIDTH + "XX镇人民政府\n20xx年12月20日\n", encoding="utf-8")
    found = checked(capsys, src)
    assert [f for f in found if f["rule"] == "text-doc-date"] == []
    assert ("xx", 14) in [(f["quote"], f["location"]["line"]) for f in found if f["rule"] == "placeholder"]


def test_a_missing_date_is_looked_for_above_the_page_furniture(tmp_path, capsys):
    src = tmp_path / "r.txt"
    src.write_text(WEB_COPY.replace("236人。", "236人。" + "全镇干部群众攻坚克难，较好地完成了各项工作任务。" * 5),
                   encoding="utf-8")
    found = [f for f in checked(capsys, src) if f["rule"] == "text-doc-date"]
    assert [(f["quote"], f["location"]["line"]) for f in found] == [("高", 8)]


def test_masked_dates_of_every_shape_are_date_lines(tmp_path, capsys):
    body = "全乡干部群众攻坚克难，埋头苦干，较好地完成了县委、县政府交办的各项工作任务。" * 6
    for date, missing in (("XXXX年XX月XX日", False), ("20××年×月×日", False), ("2023年x月x日", False),
                          ("二〇XX年", True)):
        src = tmp_path / "d.txt"
        src.write_text(f"工作总结\n{body}\n某乡人民政府\n{date}\n", encoding="utf-8")
        found = [f["quote"] for f in checked(capsys, src) if f["rule"] == "text-doc-date"]
        assert found == (["年"] if missing else []), date


def test_numbered_items_of_a_list_stay_the_text_of_the_paragraph_that_opens_it():
    # 分布在5个村：, then one short line a village, each with its figure, ended by ；(the last by 。):
    # the items of the paragraph's list, not five sections titled with figures
    text = ("××镇2024年上半年工作总结\n二、民生实事\n全年实施农村危房改造47户，分布在5个村：\n"
            "1.东坪村12户；\n2.河口村9户；\n3.新华村11户；\n4.高桥村6户；\n5.石岭村7户。\n"
            "三、下步打算\n1.加快项目建设。\n2.抓好安全生产。\n")
    result = parse_text(text)
    titles = [v.section.title for v in result.report.walk()]
    assert titles == ["民生实事", "下步打算", "加快项目建设。", "抓好安全生产。"]
    body = next(v.section.body for v in result.report.walk() if v.section.title == "民生实事")
    assert "分布在5个村：\n1.东坪村12户；\n2.河口村9户；" in body and body.endswith("5.石岭村7户。")


def test_a_document_sites_page_numbers_in_mid_sentence_are_left_out_and_the_pages_joined():
    # a site cuts the text into pages and numbers each (1、 2、 3、) at its start, often mid-sentence:
    # the numbers are furniture, and 3、的目标。 is no section titled with half a sentence
    page1 = ("1、乡镇2023年脱贫攻坚工作上半年总结 今年以来，我镇认真贯彻落实上级脱贫攻坚各项决策部署，"
             "聚焦两不愁三保障突出问题再排查，扎实开展专项巡察整改回头看工作。一、产业扶贫方面 依据市农委的统一部署，"
             "在全镇范围内开展具备特色种养业扶贫条件贫困户摸底工作，已经完成摸排。2023年第一")
    page2 = ("2、批特色种养业扶贫奖补覆盖150户，项目个数179个，其中农业务工110个，涉及经营主体42个，补贴贫困户资金"
             "25.03万元，其余资金将在下半年全部兑现到户，确保每一户贫困户都能享受到政策红利，同时加强对产业项目的"
             "跟踪指导和后续管理，真正实现稳定增收")
    page3 = ("3、的目标。二、就业扶贫方面 依据市扶贫办要求，对我镇当前因疫情影响暂未外出务工的贫困户状况进行"
             "全面摸排，共组织开展技能培训班3期，培训贫困劳动力126人次，新增转移就业48人，稳定就业形势。")
    result = parse_text("\n".join((page1, page2, page3)) + "\n")
    titles = [v.section.title for v in result.report.walk()]
    assert not any(t.startswith(("的目标", "批特色")) for t in titles), titles  # no half sentence a heading
    assert [p.text for p in result.left_out] == ["1、", "2、", "3、"]
    bodies = "".join(v.section.body for v in result.report.walk())
    assert "2023年第一批特色种养业" not in bodies  # (the first page, its title line, stays a paragraph)
    assert "真正实现稳定增收的目标" in bodies
    assert any("页码" in n for n in result.notes)


def test_numbered_headings_after_a_paragraph_without_its_stop_stay_headings():
    # 2、城镇医疗救助服务进一步优化。: the drafter's heading, though the paragraph before it lacks its 。
    text = ("民政工作年度总结\n一、社会救助工作逐步完善。\n1、农村最低生活保障和特困人员政策进一步落实。\n"
            "根据相关政策方针，全镇共有农村低保对象1024户1860人，全年发放低保金462.8万元，特困人员41人，"
            "每月300元，全年拨款金额14.76万元；我镇在福利院居住的特困人员5人\n"
            "2、城镇医疗救助服务进一步优化。\n严格贯彻落实城镇医疗救助政策。\n")
    titles = [v.section.title for v in parse_text(text).report.walk()]
    assert titles[-2:] == ["农村最低生活保障和特困人员政策进一步落实。", "城镇医疗救助服务进一步优化。"]


def test_a_document_sites_counters_above_the_title_are_left_out():
    # - 0 (votes), - 约3.6千字, - 约 7页, - 2026-01-19 发布于四川, - 举报: the site's, not the report's
    text = ("- 0\n- 0\n- 约3.6千字\n- 约 7页\n- 2026-01-19 发布于四川\n- 举报\n2025年乡镇信访维稳工作总结\n"
            "2025年，XX镇坚持以人民为中心，扎实做好信访维稳工作。\n一、健全机制强保障\n全年共受理信访事项187件。\n")
    result = parse_text(text)
    assert result.report.properties.title == "2025年乡镇信访维稳工作总结"
    assert [p.text for p in result.left_out] == ["- 0", "- 0", "- 约3.6千字", "- 约 7页", "- 2026-01-19 发布于四川", "- 举报"]


#: a web page's top as sites print it (each from an audit of real copies, reduced to its shape):
#: the lines the import leaves out, then the title it finds
WEB_PAGE_TOPS = [
    (["• 无障碍", "  • 长辈版"], "XX镇2021年乡村振兴工作总结"),
    (["选择语言", "您当前所在位置: 首页 > 机构专页 > 镇政府(街道办事处) > 其他"], "2021年沙湾街经济与社会发展统计情况"),
    (["当前位置:公文荟萃 > 公文范文 > 乡镇2022年民政工作上半年总结及下半年计划"], "乡镇2022年民政工作上半年总结及下半年计划"),
    (["当前位置:首页/政务公开/"], "中山街道2023年上半年政府工作报告"),
    (["索引号: 001008006002065/2024-137499 主题分类: 综合政务/政务公开"], "暨阳街道2023年民生实事项目完成情况报告"),
    (["发布网友 发布时间:2024-04-14 12:25", "共1个回答", "热心网友 时间:2024-05-17 13:17"], "乡镇人口计生工作总结"),
    (["- 2021-04-15 发布 |", "- 37.5 KB |", "- 11页", "文档介绍"], "2020年度某街道工作总结和2021年度工作思路"),
    (["公文高手,超级方便的公文写作神器! 立即了解"], "政府上半年工作报告"),
    (["![]() |"], "章镇镇2024年财政预算执行情况的报告"),
    (["保存桌面快捷方式 - - 设为首页 - 手机版"], "2005年烟叶收购工作总结"),
    (["目录/提纲:……"], "镇长年度工作总结"),
    (["登录 | 注册 | 返回首页 |"], "某镇新冠病毒疫苗接种工作汇报"),
    (["分享"], "庄桥街道2021年上半年工作总结和下半年工作思路"),
    (["【www.16maker.com--工作总结】"], "乡镇脱贫攻坚工作总结"),
    ([">> 政务公开 >> 信息公开目录 >> 乡镇政府 >> 安文街道 >> 政策文件及解读"], "安文街道百日攻坚进展情况通报"),
    (["本帖最后由 心怀本然 于 2015-12-24 11:32 编辑"], "甘泉镇多措并举扎实做好精准扶贫工作"),
    (["鸿福范文网", "手机阅读"], "扶贫村工作报告"),
    (["網站首頁 個人文檔 個人總結 工作總結 述職報告 心得體會 演講稿"], "鎮黨委、政府脱貧攻堅工作情況彙報"),
    (["下載本文檔", "版權說明:本文檔由用戶提供并上傳,收益歸屬內容提供方"], "鄉鎮計生工作的總結"),
    (["Page 131 - 松江年鉴2015"], "街道2014年民政工作概况"),
    (["天长先锋网>> 万寿>> 工作动态>>正文内容"], "万寿镇召开工业经济和招商引资工作推进大会"),
    (["导航菜单", "加载中..."], "长沙县星沙街道2021年工作总结及2022年工作计划"),
    (["文秘之友|原创|范文|素材|写作|PPT"], "XX镇2025年工作情况汇报"),
    (["更新时间:2018-12-05 20:15作者:才子老师"], "xxx镇第八届人民代表大会第二次会议工作报告"),
    (["德迅网德迅网德迅网"], "镇2010年工作总结及2011年工作目标思路规划"),
    (["索引号 001008003001082/2017-00344"], "广化街道2016年工作总结和2017年工作计划"),
    (["索 引 号:00000029/2017-00051 主题分类:动态 发布机构:义新乡"], "义新镇2017年工作总结及2018年工作计划"),
    (["發(fā)布時(shí)間:2011-08-30 15:49 來源:師宗縣人民政府 瀏覽次數(shù):3044"], "雄壁鎮投900萬建農村水利工程"),
    (["• 政务微信"], "县招商局督查庆城镇2017年招商引资项目建设情况"),
    (["找总结网 > 工作计划 > 镇政府工作计划"], "镇政府2019年工作总结和2020年工作计划"),
    (["本篇文章1649字,读完约4分钟"], "高黎方镇2012年工作总结"),
    (["您現在的位置 : 貴州省 > 銅仁市 > 德江縣"], "貴州省銅仁市德江縣煎茶鎮概況"),
]


def test_a_web_pages_own_lines_above_the_title_are_left_out(tmp_path, capsys):
    for k, (furniture, title) in enumerate(WEB_PAGE_TOPS):
        text = "\n".join([*furniture, title, "2023年，全镇上下团结一心，各项工作取得新成效。",
                          "一、主要工作", "全年新增就业236人。"]) + "\n"
        printed, sections, out = imported(tmp_path, capsys, text, name=f"page{k}")
        with ReportStore(out, read_only=True) as store:
            assert store.load_report().properties.title == title, furniture
        assert parse_text(text).left_out and [p.text for p in parse_text(text).left_out] == \
            [line.strip() for line in furniture], furniture
        assert sections[0][1] == "" and "新成效" in sections[0][2]


#: what a site adds to a document's own title, and the title without it
TITLE_TAILS = [
    ("2022年乡镇党委政府发展烤烟生产工作计划.docx", "2022年乡镇党委政府发展烤烟生产工作计划"),
    ("五角场街道2015年工作总结和2016年工作安排 2016-03-07", "五角场街道2015年工作总结和2016年工作安排"),
    ("乡2023年政府工作报告-10篇(第20/30页)", "乡2023年政府工作报告"),
    ("人口计划生育工作总结_2", "人口计划生育工作总结"),
    ("街道办事处年终总结(9)", "街道办事处年终总结"),
    ("东柳街道2023年工作总结和2024年工作思路 |", "东柳街道2023年工作总结和2024年工作思路"),
    ("2025年乡镇政府镇长工作总结及2026年工作计划.docxVIP", "2025年乡镇政府镇长工作总结及2026年工作计划"),
    ("乡镇政府2016年公共卫生工作总结_第1页", "乡镇政府2016年公共卫生工作总结"),
    ("中山市橫欄鎮(zhèn)2010年度人口統計和執(zhí)行情況分析", "中山市橫欄鎮2010年度人口統計和執行情況分析"),
    ("精选优质文档-倾情为你奉上XX镇精准扶贫工作情况汇报", "XX镇精准扶贫工作情况汇报"),
    ("浦阳镇人民政府2023年政府工作报告(20230209)", "浦阳镇人民政府2023年政府工作报告"),
    ("乡镇受灾情况报告(精选20篇)", "乡镇受灾情况报告"),
    ("城关镇“十四五”规划(2021-2025年)实施情况", "城关镇“十四五”规划(2021-2025年)实施情况"),  # its own bracket
]


def test_what_a_site_adds_to_the_title_is_taken_off_and_named():
    for written, title in TITLE_TAILS:
        result = parse_text(f"{written}\n今年以来，全镇各项工作稳步推进。\n一、主要工作\n全年新增就业236人。\n")
        assert result.report.properties.title == title, written
        assert bool(result.left_out) == (written != title), written


def test_a_catalogue_rows_title_cell_is_the_title():
    # | 标题: | … |: a public-information page's catalogue names the document in a cell
    text = ("| 索引号: | 1234/2021-00012 |\n| 标题: | 中庄镇2020年预算执行和2021年预算草案 |\n"
            "各位代表：现在，我代表镇人民政府作预算报告。\n一、2020年预算执行情况\n全年一般公共预算收入1.2亿元。\n")
    result = parse_text(text)
    assert result.report.properties.title == "中庄镇2020年预算执行和2021年预算草案"
    assert [p.kind for p in result.left_out] == ["发布信息", "发布信息"]


def test_a_copying_sites_mark_at_the_end_of_every_line_is_left_out():
    # g0M乡村百科--为乡村振兴助力 after each line (the letters before it vary from copy to copy)
    mark = "g0M乡村百科--为乡村振兴助力"
    text = "\n".join([f"2020年茶园乡人民政府工作报告{mark}", f"  各位代表：{mark}",
                      f"现在，我代表乡人民政府，向大会报告工作，请予审议。{mark}", f"  一、2019年工作回顾{mark}",
                      f"全年完成财政收入1200万元，同比增长8.2%。{mark}"]) + "\n"
    result = parse_text(text)
    assert result.report.properties.title == "2020年茶园乡人民政府工作报告"
    assert [p.text for p in result.left_out] == [mark]
    assert mark not in "".join(s.title + s.body for s in result.report.sections)
    # a title repeated at the end of lines (a breadcrumb, then the title) is no mark
    kept = "当前位置:首页 > 乡镇2022年民政工作上半年总结\n乡镇2022年民政工作上半年总结\n今年以来，全镇民政工作稳步推进。\n"
    assert parse_text(kept).report.properties.title == "乡镇2022年民政工作上半年总结"
