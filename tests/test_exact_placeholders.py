"""Placeholders, each finding whole: severity, the exact quoted characters and their column,
and the hint in the message (expected values written by hand for the rule's examples)."""
import pytest

from township_app.checks import check_text, default_rules

[RULE] = [r for r in default_rules() if r.id == "placeholder"]


def found(text):
    return [(f.severity, f.quote, f.location.line, f.location.column, f.location.length, f.message)
            for f in check_text(text, rules=(RULE,))]


def blank(quote, column, hint, line=1):
    return ("error", quote, line, column, len(quote), f"占位符“{quote}”未填写（{hint}）")


@pytest.mark.parametrize("text,expected", [
    ("松林溪村学校路段总路程*公里", [blank("*", 12, "应填数字")]),
    ("我乡已完成困难残疾人家庭无障碍改造＊户。", [blank("＊", 18, "应填数字")]),
    ("全乡建档立卡贫困人口xxx户xxxx人", [blank("xxx", 11, "应填数字"), blank("xxxx", 15, "应填数字")]),
    ("现将我乡xxxx年工作情况简要汇报如下", [blank("xxxx", 5, "应填年份")]),
    ("x村今年新修林道x.x公里", [blank("x", 1, "应填名称"), blank("x.x", 9, "应填数字")]),
    ("投入xx.x万元新修河堤", [blank("xx.x", 3, "应填数字")]),
    ("每周安排x-x个课时", [blank("x-x", 5, "应填数字")]),
    ("关于xx县xx乡人民政府公租房", [blank("xx", 3, "应填名称"), blank("xx", 6, "应填名称")]),
    ("打造幸福x。", [blank("x", 5, "应填具体内容")]),
    ("XX村党支部", [blank("XX", 1, "应填名称")]),
    ("ＸＸ村党支部", [blank("ＸＸ", 1, "应填名称")]),
    ("ｘ．ｘ万元", [blank("ｘ．ｘ", 1, "应填数字")]),
    ("××乡人民政府", [blank("××", 1, "应填名称")]),
    ("某某同志任组长", [blank("某某", 1, "应填具体内容")]),
    ("○○村新建文化广场", [blank("○○", 1, "应填名称")]),
    ("◯◯镇", [blank("◯◯", 1, "应填名称")]),
    ("〇〇村新建文化广场", [blank("〇〇", 1, "应填名称")]),
    ("□□万元", [blank("□□", 1, "应填数字")]),
    ("■■组", [blank("■■", 1, "应填名称")]),
    ("共投入资金____万元", [blank("____", 6, "应填数字")]),
    ("共投入资金＿＿万元", [blank("＿＿", 6, "应填数字")]),
    ("保洁面达到xxx%", [blank("xxx", 6, "应填数字")]),
    ("投入？？万元", [blank("？？", 3, "应填数字")]),
    ("新建文化广场?个", [blank("?", 7, "应填数字")]),
    ("于X月X日召开", [blank("X", 2, "应填日期"), blank("X", 4, "应填日期")]),
    ("按照年初县委发2011XX号文件要求", [blank("XX", 12, "应填具体内容")]),
    ("（xxxx2月8日）", [blank("xxxx", 2, "应填具体内容")]),
    ("宜办发[20xx]6号文件", [blank("xx", 7, "应填具体内容")]),
    ("20xx年上半年，全镇新建住房", [blank("xx", 3, "应填年份")]),
    ("201x-2020年", [blank("x", 4, "应填数字")]),
    ("20x年", [blank("x", 3, "应填年份")]),
    ("发文2011X号", [blank("X", 7, "应填具体内容")]),
    ("农村适龄（*-*岁）“两癌”免费检查", [blank("*", 6, "应填数字"), blank("*", 8, "应填数字")]),
    ("金额为3*万元", [blank("*", 5, "应填数字")]),
    ("验收时间待补充", [blank("待补充", 5, "应填具体内容")]),
    ("数据待填写", [blank("待填写", 3, "应填具体内容")]),
    ("数据待填报", [blank("待填报", 3, "应填具体内容")]),
    ("负责人待填", [blank("待填", 4, "应填具体内容")]),
    ("第二段\n完成xx户", [blank("xx", 3, "应填数字", line=2)]),
    ("*事项", [blank("*", 1, "应填具体内容")]),
    ("签约xx户\n* 事项", [blank("xx", 3, "应填数字")]),
    # a run of letters beside a digit is a blank, one letter may be a factor or a model (3x, X5)
    ("投入5xx万元", [blank("xx", 4, "应填数字")]),
    # only *, × are operators between digits; only ○, 〇 are digits inside a Chinese numeral
    ("全年完成1__5个项目", [blank("__", 6, "应填数字")]),
    ("二○××年", [blank("××", 3, "应填年份")]),
    ("XX光伏电站", [blank("XX", 1, "应填具体内容")]),  # X光 is a word, XX光伏 is not
    ("某某xx村", [blank("某某xx", 1, "应填名称")]),  # side by side: one blank typed with two marks
])
def test_blanks(text, expected):
    assert found(text) == expected


def test_the_rule_is_named_for_the_findings_panel():
    assert (RULE.title, RULE.severity, RULE.family) == ("未填写的占位符", "error", "figures")


def test_undecided_is_a_warning():
    assert found("竣工时间待定") == [("warning", "待定", 1, 5, 2, "“待定”：内容尚未确定，报送前请填写或删去")]
    assert found("时间待定期") == []
    assert found("尚待定") == []


@pytest.mark.parametrize("text,quote,column", [
    ("新建（ ）个基站", "（ ）", 3), ("新建（）个", "（）", 3), ("新建()个", "()", 3),
    ("新建( )个", "( )", 3), ("见【　】", "【　】", 2), ("见〔〕号", "〔〕", 2), ("见[ ]", "[ ]", 2),
    ("见［］", "［］", 2),
])
def test_empty_brackets(text, quote, column):
    assert found(text) == [("error", quote, 1, column, len(quote), f"空括号“{quote}”：括号内内容未填写")]


@pytest.mark.parametrize("text", [
    "建立5G基站建设", "单价3*4元", "3 * 4", "a*b", "(3)*4", "3×4米", "配备X光机一台", "x光片",
    "X线", "X射线检查", "X型", "x轴", "X轴", "×光", "购置X5型号设备", "购置3x4米帐篷",
    "二○一九年一月十日", "二〇〇八年成立", "十○", "○一", "一〇〇", "有待补充完善", "亟待补充", "急待填报",
    "尚待填写", "仍待补充", "有待定期检修", "待定点", "待定向", "待定额", "待定时", "待定位", "待定岗",
    "待定性", "待定型", "□ 已完成", "* 全年工作要点", "第一项\n□ 已完成", "如何满意？", "引进Xbox",
    "现(xiàn)已完成", "Excel", "“1+X”证书", "“党建＋Ｘ”工作法", "配备X光机、X线机、X型支架和x轴导轨",
    "放大倍数为5X。", "○八年以来", "*\t事项", "□\u3000已完成",
    # a news article's byline mark and end mark
    "■记者 赖自煌", "■本报记者 张三报道", "■ 通讯员 李四", "全镇完成投资5亿元。■", "全镇完成投资5亿元。■\n下一段",
    "开展“平安乡村”创建",
    # a copied web page title: its parts joined by single underscores
    "国产99久久久久久免费看_美女久久久久久久久久久_国产产一区二区三区",
])
def test_not_blanks(text):
    assert found(text) == []


def test_a_blank_beside_an_allowed_word_is_still_found():
    assert found("配备X光机xx台") == [blank("xx", 6, "应填数字")]


def test_year_hint_across_a_space():
    assert found("就 20xx 年我乡新农合工作") == [blank("xx", 5, "应填年份")]


def test_a_product_sign_after_a_figure_spaced_from_its_unit():
    # 54 人×600 元: the sign multiplies, as in 54人×600元
    assert found("一次性求职补贴 54 人×600 元，交通补贴 86 人×300 元。") == []


@pytest.mark.parametrize("text,column,hint", [("全镇完成投资■亿元。", 7, "应填数字"),
                                              ("负责人：■\n", 5, "应填具体内容")])
def test_a_filled_square_inside_a_sentence_is_still_a_blank(text, column, hint):
    assert found(text) == [blank("■", column, hint)]


@pytest.mark.parametrize("text,column", [("XX“”年以来，我镇", 3), ("深入开展“”双拥优抚工作", 5)])
def test_empty_quotation_marks(text, column):
    assert [f for f in found(text) if f[1] == "“”"] == [("error", "“”", 1, column, 2, "空引号“”：引号内内容未填写")]


@pytest.mark.parametrize("text,quote,column,hint", [
    ("****人民政府", "****", 1, "应填名称"), ("XX党委", "XX", 1, "应填名称"),
    ("总面积x平方公里", "x", 4, "应填数字"), ("产量xx吨", "xx", 3, "应填数字"), ("投资X.X亿元", "X.X", 3, "应填数字"),
    ("xx人参加", "xx", 1, "应填数字"),
])
def test_hints_by_the_words_after_the_blank(text, quote, column, hint):
    assert found(text) == [blank(quote, column, hint)]


@pytest.mark.parametrize("text", ["详见附件![](/images/a.png)和说明。", "关闭\nx\n正文", "关闭\n×\n正文"])
def test_copied_page_furniture_is_no_blank(text):
    assert found(text) == []


def test_a_name_masked_with_hashes():
    assert [f[1] for f in found("组织妇女干部48人前往##、##参观学习。")] == ["##", "##"]


@pytest.mark.parametrize("text", ["户口待定人员497人。", "常住户口待定的人，有497人", "## 标题\n正文", "编号#12"])
def test_not_blanks_of_hashes_or_undecided(text):
    assert found(text) == []


def test_a_page_caption_is_no_blank():
    assert found("乡镇现代农业发展情况汇报_第1页\n乡镇现代农业发展情况汇报_第2页\n正文") == []


@pytest.mark.parametrize("text", [
    "打开适老化模式 无障碍浏览 x",
    "首页 政务公开 办事服务 X\n全镇共有贫困户120户。",
])
def test_a_close_button_ending_a_line_of_page_menu_words(text):
    assert found(text) == []


@pytest.mark.parametrize("text, column", [
    ("全镇共有贫困户 x", 9),  # one run of words wanting a number: a blank
    ("首页 政务公开 培训人数：x", 14),  # a colon: a field left blank, not a menu
])
def test_a_lone_x_after_words_wanting_a_figure_is_still_a_blank(text, column):
    assert [(f[1], f[3]) for f in found(text)] == [("x", column)]


@pytest.mark.parametrize("text", [
    "工作总结_工作计划\n正文。",
    "含山:特色茶产业铺实脱贫致富路_好酒水加盟网\n2020-06-13 来源: 好酒水加盟",
])
def test_one_underscore_joining_a_copied_pages_title(text):
    assert found(text) == []


@pytest.mark.parametrize("text, column", [
    ("详见《关于印发_年度考核办法的通知》。", 8),  # a title quoted in a sentence: the year is blank
    ("在中合村、村建设集中式污水处理设施各一处，_村分散式三格化粪池108个，饮用水源地保护区划定。", 22),
])
def test_one_underscore_in_a_sentence_is_still_a_blank(text, column):
    assert [(f[1], f[3]) for f in found(text)] == [("_", column)]


@pytest.mark.parametrize("text, expected", [
    ("完成投资〔…〕万元，新建〔…〕户。", [blank("〔…〕", 5, "应填数字"), blank("〔…〕", 13, "应填数字")]),
    ("（……）村新修道路3公里。", [blank("（……）", 1, "应填名称")]),
    # the leading digit masked: X112元 is a figure with its first digit left blank
    ("农民人均纯收入X112元，比增11.5%。", [blank("X", 8, "应填数字")]),
    ("投资X00万元的技改项目", [blank("X", 3, "应填数字")]),
])
def test_masked_figures(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "他指出：“要坚持（……）发展。”",  # words left out of a quotation
    "宝马X5汽车",
    "采购X300型设备2台。",
])
def test_ellipses_and_model_names_are_no_blanks(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "“√”为按时；“×”为不按时。",  # a quoted mark and what it stands for
    "■产业发展项目172个。\n■基础设施项目45个。",  # a bullet opening a line
])
def test_marks_that_are_no_blanks(text):
    assert found(text) == []


def test_a_black_square_before_a_place_is_still_a_blank():
    assert [(f[1], f[5]) for f in found("■村党支部书记张三")] == [("■", "占位符“■”未填写（应填名称）")]


@pytest.mark.parametrize("text", [
    "得分=权重*B/A。",  # a formula's sign
    "目标值为≥X，得分为满分。",  # a threshold's variable
    "得分（20分*执行率）。",  # a quantity times a named factor
])
def test_formulas_are_no_blanks(text):
    assert found(text) == []


@pytest.mark.parametrize("text, quote", [
    ("实现GDPxxxx万元。", "xxxx"),  # glued to an acronym, before a unit
    ("X镇2024年工作总结", "X"),
    ("××年9月获批的×级特色小镇", "×"),
])
def test_blanks_near_letters_and_figures(text, quote):
    assert quote in [f[1] for f in found(text)]


def test_a_line_of_stars_between_posts_is_a_separator():
    assert found("第一条回复\n********\n第二条回复") == []
    assert [f[1] for f in found("****\n一、2022年项目工作总结")] == ["****"]  # a masked first line


def test_a_pages_empty_counters_are_no_blanks():
    assert found("有用() 没用() 评论()") == []
    assert [f[1] for f in found("全镇共有（）个村")] == ["（）"]


def test_a_pages_font_buttons_are_no_blanks():
    assert found("字体:【】 【】 【") == []
    assert found("发布日期:2016-06-10信息来源:东柳街道字号:[ ]色调调节:") == []


def test_a_pages_click_counter_is_no_blank():
    assert found("2024年09月25日   作者:   来源:广通镇    点击:[]\n\n一、积极谋划") == []



def test_a_lost_indent_before_a_space_is_no_blank():
    assert found("??? 本報訊 (記者 徐冬曉)6月7日，記者從熱線辦公室獲悉") == []


@pytest.mark.parametrize("text,column", [
    ("因蔡某某未能积极配合，导致纠纷升级。", 3),  # a person's name masked: the testers' truth counts it as a blank
    ("【责任编辑：李某某】", 8),
    ("项目位于某某村东侧。", 5),
    ("共拨付资金某某万元。", 6),
    ("某某同志任组长。", 1),
])
def test_a_mask_of_a_name_a_place_or_a_figure_is_a_blank(text, column):
    [(severity, quote, _line, col, _length, _message)] = found(text)
    assert (severity, quote, col) == ("error", "某某", column)


@pytest.mark.parametrize("text", [
    "村民拿到年终分紅?!板X(qián)不太多，可開(kāi)了個(gè)好彩頭。",  # a garbled character, glossed
    "中国宁波网   2014年01月21日 08:34   【 】 【打印】 【关闭】",  # font-size buttons before the toolbar
    "发布时间：2014年01月21日 08:34   【 】【 】【 】 【打印】【关闭】",  # all three of them
])
def test_copied_page_debris_is_no_blank(text):
    assert found(text) == []


def test_empty_brackets_before_words_are_still_a_blank():
    [(severity, quote, _line, col, _length, _message)] = found("全镇共有【 】个行政村。")
    assert (severity, quote, col) == ("error", "【 】", 5)


def test_an_underscore_in_a_forum_pages_anti_copy_noise_is_no_blank():
    assert found("扶贫车间一角\n3 _, P) G8 P3 d% t. @ 在脱贫攻坚中，周家山镇用足用活政策。") == []


def test_a_close_button_after_a_pages_widget_is_no_blank():
    assert found("村集体增收23万元。\n\n微信小程序 x\n微信公众号\n客服微信") == []


def test_a_lone_x_ending_a_line_of_words_is_still_a_blank():
    [(severity, quote, _line, col, _length, _message)] = found("村集体经济收入 x\n其他")
    assert (severity, quote, col) == ("error", "x", 9)


@pytest.mark.parametrize("text", [
    "管辖面积:1973km2????人口密度约为431人/km2",  # characters lost between two filled fields
    "至1995年，全乡2858户，全乡(x",  # a gloss the excerpt cut short
])
def test_lost_characters_between_fields_are_no_blank(text):
    assert found(text) == []


def test_question_marks_after_a_figure_before_its_unit_are_still_a_blank():
    [(severity, quote, _line, col, _length, _message)] = found("全年共投入资金12??万元。")
    assert (severity, quote, col) == ("error", "??", 10)


def test_a_blank_typed_with_two_marks_is_one_finding():
    from township_app.checks import check_text
    found = [(f.quote, f.location.column) for f in check_text("由__x同志任组长，xx**村负责。") if f.rule == "placeholder"]
    assert found == [("__x", 2), ("xx**", 11)]
