"""A count against the items it lists (rule listed-count), each finding whole: severity, the
quoted count with its noun and its column, and the message naming how many items were listed
and which (expected values counted by hand)."""
import pytest

from township_app.checks import check_text, default_rules

[RULE] = [r for r in default_rules() if r.id == "listed-count"]


def found(text):
    return [(f.rule, f.severity, f.quote, f.location.line, f.location.column, f.location.length,
             f.message) for f in check_text(text, rules=(RULE,))]


def listed(quote, column, items):
    names = "、".join(items)
    return ("listed-count", "error", quote, 1, column, len(quote),
            f"写明“{quote}”，但列出的是 {len(items)} 个：{names}")


def placed(quote, column, places):
    names = "、".join(places)
    return ("listed-count", "error", quote, 1, column, len(quote),
            f"写明“{quote}”，但“分别在”之后列出的是 {len(places)} 处：{names}")


VILLAGES = ("东山村", "西山村", "南山村")


@pytest.mark.parametrize("text,expected", [
    # the count first, the names after a colon, in a bracket or after 分别为
    ("全镇有4个贫困村：东山村、西山村、南山村。", [listed("4个贫困村", 4, VILLAGES)]),
    ("全镇有4个贫困村：东山村、西山村、南山村", [listed("4个贫困村", 4, VILLAGES)]),  # no full stop
    ("确定了3个示范村（青松村、白石村）。", [listed("3个示范村", 4, ("青松村", "白石村"))]),
    ("全乡辖6个行政村,分别为河西村、河东村、中心村、沙坝村、青山村。",
     [listed("6个行政村", 4, ("河西村", "河东村", "中心村", "沙坝村", "青山村"))]),
    ("全年重点实施“五大工程”：产业提升工程、基础设施提升工程、人居环境整治工程、民生保障工程。",
     [listed("五大工程", 8, ("产业提升工程", "基础设施提升工程", "人居环境整治工程", "民生保障工程"))]),
    ("开展5项专项行动：扫黑除恶专项行动、禁毒专项行动、反诈专项行动、安全生产专项行动。",
     [listed("5项专项行动", 3, ("扫黑除恶专项行动", "禁毒专项行动", "反诈专项行动", "安全生产专项行动"))]),
    # counts of two and three characters are read whole (10, not 0; 二十一, not 十一 or 一)
    ("全镇10个村：东山村、西山村、南山村。", [listed("10个村", 3, VILLAGES)]),
    ("全县120个村：东山村、西山村、南山村。", [listed("120个村", 3, VILLAGES)]),
    ("全县二十一个村：东山村、西山村、南山村。", [listed("二十一个村", 3, VILLAGES)]),
    # at the very start of the text
    ("3个示范村（青松村、白石村）已验收。", [listed("3个示范村", 1, ("青松村", "白石村"))]),
    # names of two characters
    ("全镇有3个村：东村、西村。", [listed("3个村", 4, ("东村", "西村"))]),
    # a noun of six characters
    ("建成3个乡村示范基地：东山基地、西山基地。", [listed("3个乡村示范基地", 3, ("东山基地", "西山基地"))]),
    # two counts, the second right after the first list's comma: both are read
    ("全镇有4个贫困村：东山村、西山村、南山村，2个示范村：青松村、白石村、红旗村。",
     [listed("4个贫困村", 4, VILLAGES), listed("2个示范村", 22, ("青松村", "白石村", "红旗村"))]),
    # the names first, the count after them
    ("东山村、西山村和南山村两个村定为贫困村。", [listed("两个村", 12, VILLAGES)]),
    ("东山村、西山村和南山村两个村定为贫困村", [listed("两个村", 12, VILLAGES)]),
    ("青松村和白石村三个村定为示范村。", [listed("三个村", 8, ("青松村", "白石村"))]),  # no 、
    # the counted word runs on to where the clause goes on (贫困村, not 贫)
    ("东山村、西山村和南山村两个贫困村定为重点村。", [listed("两个贫困村", 12, VILLAGES)]),
    ("经评定，东山村、西山村和南山村两个村定为贫困村。", [listed("两个村", 16, VILLAGES)]),
    ("经评定，东村和白石村三个村定为示范村。", [listed("三个村", 11, ("东村", "白石村"))]),
    # a space or a full-width indent opens the clause as a comma does
    ("经评定 东山村、西山村和南山村两个村定为贫困村。", [listed("两个村", 16, VILLAGES)]),
    ("　　东山村、西山村和南山村两个村定为贫困村。", [listed("两个村", 14, VILLAGES)]),
    ("东山村、西山村和南山村两个村定为贫困村，青松村和白石村三个村定为示范村。",
     [listed("两个村", 12, VILLAGES), listed("三个村", 28, ("青松村", "白石村"))]),
    ("东山村、西山村和南山村三个村定为贫困村，青松村和白石村三个村定为示范村。",
     [listed("三个村", 28, ("青松村", "白石村"))]),
    # one in each place listed after 分别在
    ("新建村级互助养老点4个，分别在石桥村、桃源村、竹林村建成投用。",
     [placed("4个", 10, ("石桥村", "桃源村", "竹林村"))]),
    ("新建便民服务点3个，分别在石桥村和桃源村。", [placed("3个", 8, ("石桥村", "桃源村"))]),
])
def test_a_count_that_does_not_match_its_list(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "全镇有3个贫困村：东山村、西山村、南山村。",
    "确定了2个示范村（青松村、白石村）。",
    "东山村、西山村和南山村三个村定为贫困村。",
    "全县二十一个村：东山村、西山村、南山村等。",
    "新建村级互助养老点3个，分别在石桥村、桃源村、竹林村建成投用。",
    "新建便民服务点2个，分别在石桥村和桃源村。",
    # a list closed with 等 is not complete
    "新建村级互助养老点6个，分别在石桥村、桃源村等村建成投用。",
    "引进了华兴公司、宏达公司等5个企业。",
    # names that do not end as the counted word does may be a partial list
    "完成3项任务：修路、建桥和清淤。",
    "全年重点实施“四大工程”：产业提升工程、基础设施提升工程、人居环境整治工程、民生保障工程。",
    # 三五个 is a rough number, not a count
    "联系了三五个村：东山村、西山村。",
    # the list must end the clause: what follows a bracket may name more
    "确定了3个示范村：青松村、白石村（2022年）。",
    # names first: only 个 is read as the word that counts them
    "东山村和西山村三村共建1个产业园。",
    # no list at all
    "全乡辖11个村87个社，现有人口10829人。",
])
def test_counts_that_match_or_cannot_be_compared_stay_quiet(text):
    assert found(text) == []


def test_the_rule_is_named_for_the_user():
    assert (RULE.severity, RULE.title) == ("error", "个数与列举项不符")


@pytest.mark.parametrize("joint", ["与", "及"])
def test_two_names_joined_by_yu_or_ji(joint):
    assert found(f"确定了3个示范村：青松村{joint}白石村。") == [listed("3个示范村", 4, ("青松村", "白石村"))]


@pytest.mark.parametrize("text,expected", [
    ("全镇有４个贫困村：东山村、西山村、南山村。", listed("４个贫困村", 4, VILLAGES)),
    ("全镇有１０个贫困村：东山村、西山村、南山村。", listed("１０个贫困村", 4, VILLAGES)),
    ("东山村、西山村和南山村２个村定为贫困村。", listed("２个村", 12, VILLAGES)),
    ("全镇有１0个贫困村：东山村、西山村、南山村。", listed("１0个贫困村", 4, VILLAGES)),
])
def test_a_count_in_full_width_digits(text, expected):
    assert found(text) == [expected]


def each(quote, column, places, noun):
    names = "、".join(places)
    return ("listed-count", "error", quote, 1, column, len(quote),
            f"写明“{quote}”，但“各1{noun}”之前列出的是 {len(places)} 处：{names}")


@pytest.mark.parametrize("text,expected", [
    ("新建村级互助幸福院4个，青石村、石门村、龙潭村各1个。", [each("4个", 10, ("青石村", "石门村", "龙潭村"), "个")]),
    ("新建公厕5座，青石村和石门村各1座。", [each("5座", 5, ("青石村", "石门村"), "座")]),
    ("建成便民服务站4家，青石村、石门村各1家，", [each("4家", 8, ("青石村", "石门村"), "家")]),
    ("新建村级互助幸福院4个，青石村、石门村、龙潭村各1个，新建文化室3处，东村、西村各1处。",
     [each("4个", 10, ("青石村", "石门村", "龙潭村"), "个"), each("3处", 33, ("东村", "西村"), "处")]),
])
def test_a_count_then_one_in_each_place(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "新建村级互助幸福院3个，青石村、石门村、龙潭村各1个。",
    "新建村级互助幸福院4个，青石村、石门村各1个，龙潭村2个。",  # more places, with their own counts
    "新建村级互助幸福院5个，青石村、石门村各2个。",  # two in each: 4, not a count of places
    "新建村级互助幸福院4个，青石村、石门村、龙潭村等各1个。",
    "新建村级互助幸福院4个，青石村、石门村各1个，另在龙潭村、石桥村建设2个。",
])
def test_one_in_each_place_that_agrees_or_goes_on(text):
    assert found(text) == []


def test_one_in_each_place_is_quoted_as_written():
    assert found("新建公厕5座，青石村、石门村各一座。") == [
        ("listed-count", "error", "5座", 1, 5, 2, "写明“5座”，但“各一座”之前列出的是 2 处：青石村、石门村")]


# A count, a colon (or 分别为) and names of any kind: a mismatch is a warning, the names shown.
@pytest.mark.parametrize("text,quote,message", [
    ("上半年新增升规企业3家：宏达建材、绿源食品、晨光电子、泰丰包装，全年力争新增5家。", "3家",
     "写明“3家”，但其后列出的是 4 项：宏达建材、绿源食品、晨光电子、泰丰包装；请核对个数"),
    ("信访问题主要集中在三类：征地拆迁、劳资纠纷、涉农补贴和环境污染。", "三类",
     "写明“三类”，但其后列出的是 4 项：征地拆迁、劳资纠纷、涉农补贴、环境污染；请核对个数"),
    ("已竣工项目6个：镇区污水处理厂提标改造、茶叶精制加工厂、大坪中学3号楼、集镇农贸市场、新场村产业路。", "6个",
     "写明“6个”，但其后列出的是 5 项：镇区污水处理厂提标改造、茶叶精制加工厂、大坪中学3号楼、集镇农贸市场、新场村产业路；请核对个数"),
    ("其中亿元以上项目4个，分别为年产5万吨饲料加工项目、竹木制品产业园项目、冷链物流中心项目、光伏农业综合体项目、温泉康养小镇项目。",
     "4个", "写明“4个”，但其后列出的是 5 项：年产5万吨饲料加工项目、竹木制品产业园项目、冷链物流中心项目、"
     "光伏农业综合体项目、温泉康养小镇项目；请核对个数"),
    # names that do not end as the counted word does were never counted before: now a warning
    ("开展了5个专项行动：扫黑除恶、禁毒、反诈和安全生产。", "5个",
     "写明“5个”，但其后列出的是 4 项：扫黑除恶、禁毒、反诈、安全生产；请核对个数"),
])
def test_a_count_then_names_of_any_kind(text, quote, message):
    [f] = [f for f in check_text(text) if f.rule == "listed-count"]
    assert (f.severity, f.quote, f.message) == ("warning", quote, message)


@pytest.mark.parametrize("text", [
    "信访问题主要集中在四类：征地拆迁、劳资纠纷、涉农补贴和环境污染。",
    "重点项目6个：新开工项目4个、续建项目2个。",  # figures, not names
    "引进企业5家：宏达建材、绿源食品等。",  # 等: not all are named
    "引进企业5家：宏达建材、绿源食品等企业。",
    "全年实施项目12个，分别为：",  # nothing listed on the line
])
def test_lists_of_any_kind_that_hold_or_are_not_lists_of_names(text):
    assert [f for f in check_text(text) if f.rule == "listed-count"] == []


@pytest.mark.parametrize("text", [
    "全乡有互助幸福院6个，分别为河东村2个，柏树村、马鞍村、龙潭村、青石村各1个。",  # 2 is a part
    "新建互助幸福院6个，分别在河东村、柏树村各2个，马鞍村、龙潭村各1个。",  # 2 + 2 + 1 + 1
])
def test_so_many_in_each_place_is_not_one_each(text):
    assert [f for f in check_text(text) if f.rule == "listed-count"] == []


def test_an_item_holding_its_own_list_mark_is_one_item():
    # two bases; the 、 between 范庄 and 袁楼 is inside the first one's words
    text = ("建成无公害蔬菜基地两个，分别是以范庄、袁楼为中心的5000亩无公害西红柿种植基地、"
            "以二张为中心的2000亩无公害韭菜种植基地。")
    assert [f for f in check_text(text) if f.rule == "listed-count"] == []


def test_a_comma_before_the_last_name():
    # 党政办公室、财政办公室，综合行政执法办公室: three offices
    assert [f for f in check_text("我镇行政类3个办公室分别是党政办公室、财政办公室，综合行政执法办公室。")
            if f.rule == "listed-count"] == []
    found = [f.message for f in check_text("我镇行政类4个办公室分别是党政办公室、财政办公室，综合行政执法办公室。")
             if f.rule == "listed-count"]
    assert found == ["写明“4个办公室”，但列出的是 3 个：党政办公室、财政办公室、综合行政执法办公室"]


def test_a_list_cut_short_at_the_texts_end_is_not_counted():
    assert [f for f in check_text("我乡下设事业单位3个，包括：农业服务中心、文化旅游服务中心") if f.rule == "listed-count"] == []


def test_a_clause_about_one_listed_name_is_no_more_name():
    assert [f for f in check_text("街道下辖3个社区：东社区、西社区、南社区，街道办事处驻东社区。")
            if f.rule == "listed-count"] == []
