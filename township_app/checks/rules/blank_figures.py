"""Figures deleted and their units left: 任务完成率%；兑付资金万元，覆盖率达到%。

A template filled in by deleting the old numbers leaves the unit with nothing before it. Only a
unit right after the words that state a figure (率, 达到, 为, 资金, 投资 …) and right before the
end of its clause is read as a blank: a table header (完成率%) stands alone on its line among
other headers, and 万元以上 / 元/人 go on.
"""
from __future__ import annotations

import re
from decimal import Decimal

from ..numerals import CHINESE_NUMERAL_CHARS
from ..script import gloss_starts
from ..registry import DocRule, Hit, TextAnchor, TextDoc
from .list_units import units_left_off_in_lists

#: words a figure follows, then the unit with no figure, then the clause ends
#: (a space or a lone decimal point where the figure was: 总面积为 平方公里, 参选率达.%; or the unit
#: alone between commas: 开工建设346户,%,其中…)
_BLANK = re.compile(
    # (the lookahead lets the scan skip characters no match starts with)
    r"(?=[下为产人共减出单占合增存完实总投提收比率的税累补计资超达金降面饲高约配筹争拨兑稳保控均群员数长民海耕，,、])"
    r"(?:(?P<lead>率|比例|比重|占比|(?<=[人户])均|达到|达|为|约|增长|下降|提高|降低|占|超|完成|实现|资金|投资|收入|金额|补助|补贴|产值|共计|合计|累计|计"
    r"|面积|的|产量|总产|总值|单产|税收|增收|增产|减产|增加|减少|饲养量|出栏|存栏|人口|高出|投入|配套|筹集|争取|下达|拨付|兑现"
    r"|稳定在|保持在|控制在|群众|(?<=[党队委成人导查])员|(?<=[总人])数(?=人)|(?<=[总户])数(?=户)"
    r"|(?<=[全总])长(?=[千万]?米|公里)|(?<=[选村居农移])民(?=人)|海拔(?=米)|(?<=[有余])耕地(?=亩))(?P<gap>[ \u3000]|[.．]|了|多|余|(?<!约)约)?"
    r"|(?P<comma>[，,]|(?<=[%％])、))"
    r"(?P<unit>[%％‰]|万元|亿元|元|万人次|万人|万亩|亩|户|人次|人|万吨|吨|万公斤|公斤|头|平方公里|平方米|公里|个百分点"
    r"|[千万]米|米(?<=长米|拔米|为米)|毫米|名|座"
    r"|万(?=[。；;]))"  # (投入资金万。: 万 for 万元 ending the sentence)
    r"(?=[，,。；;、）)\n]|(?<=[亩户人元])[（(](?=其中)|\.(?![0-9０-９])|$|(?<=[%％‰])(?:以上|以下|左右)"
    # 投资万元建设安全饮水工程, 自筹资金元及…, 占地面积平方米的: what the sum or the area went to
    r"|(?<=[元米])(?:及|和|用于|建设|实施|修建|新建|改造|购置|的))")  # (回收率达%以上; 投资亿元以上 is a size)
#: 由 人组成, 副主任 名，委员 名: a space where a count was, before a counting word that ends its clause
#: (628007人 次: a copy's space inside 人次, the figure right before its first half)
_SPACED_COUNT = re.compile(r"[ \u3000](?<=[\u4e00-\u9fff][ \u3000])(?<![万亿千百零一二三四五六七八九十两兩][ \u3000])(?<![0-9０-９][\u4e00-\u9fff][ \u3000])(?P<unit>人次|人|名|户|个|件|种|项|家|所|万元|亿元|元|万余亩|万亩|亩|万斤|斤|万吨|吨|公斤|次|场|起|公里|平方米|万方)"
                           r"(?=[，,。；;）)]|组成)")
#: 增长26.1，占全镇总产值的59.5。: a growth or share whose % was left off (a warning: 增长213 may
#: be a count whose unit was left off)
_NO_UNIT = re.compile(r"(?=[增下降占完发覆参入达合知签接办到拨执脱成调满利回巩升化结整出死自比为])(?P<lead>增长了?|下降了?|增幅为?|降幅为?|占[^，,。；;\d]{1,18}?的|完成[^，,。；;\d]{0,8}?计划的?"
                      r"|(?<!性别)(?:比例|占比|比重)(?:为|达到|达|是)"  # 上等烟比例达45以上 (性别比例为107.6: per hundred)
                      r"|(?<=[\u4e00-\u9fff])占(?=[0-9])"  # 本科以上学历占60;
                      r"|为全(?:县|市|省|区)的"  # 耕地7845亩，仅为全县的1.86，: a share of the county's
                      r"|占[^，,。；;\d]{0,10}?(?:总人口|总数|总量|总面积|总户数|总人数)|占[^，,。；;\d的]{0,6}?(?:任务|计划|目标)"
                      r"|(?:发生|覆盖|参保|完成|入学|达标|合格|知晓|签约|接种|办结|到位|拨付|执行|脱贫|成功|调解|满意|利用"
                      r"|回收|巩固|升学|化解|结案|整改)率(?:为|达到|达|是)?"
                      r"|(?P<permille>(?:出生|死亡|自然增长)率)(?:为|达到|达|是|控制在)?)"
                      r"[ \u3000]?(?:(?<=为)[（(])?(?P<num>\d+(?:\.\d+)?)(?=[，。；;）)（(]|,(?![0-9]{3}(?![0-9]))|$|(?:以上|以下|左右)[，,。；;])")
#: one space between two characters of words: where a copy wrapped its lines (one of them may be a blank)
_WRAP_SPACE = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])"
                         r"(?![万亿]|人|名|户|个|件|种|项|家|所|元|亩|斤|吨|公斤|次|场|起|公里|平方米)")  # (not a unit: that may be a blank)
_SPACED_CHARS = re.compile(r"[\u4e00-\u9fff](?=[ \u3000][\u4e00-\u9fff])")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _spaced_out(line: str) -> bool:
    """民 生 实 事: a copy that puts a space after most characters (a gap there is no blank)."""
    return len(_SPACED_CHARS.findall(line)) * 3 > len(_CJK.findall(line))
#: 距县城公里, 下辖个行政村，个村民小组, 等个民族, 脱贫户户人: a count left out of a place's
#: description (a draft's blank to fill, or a copy whose figures were cut)
_BLANK_COUNT = re.compile(
    r"(?=[距下共辖个户])"  # (the lookahead lets the scan skip characters no match starts with)
    r"(?:距(?:离)?(?P<place>[\u4e00-\u9fff]{1,6}?)(?P<far>公里|千米)(?=[，,。；;、]|$)"
    r"|(?:下辖|共辖|辖有|辖)(?P<governs>个)(?=(?:城市|农村|城镇)?(?:行政村|自然村|村民小组|村民组|社区|居委会))"
    r"|(?<=[，,、；;：:])(?P<bare>个)(?=行政村|自然村|村民小组|村民组|社区|居委会)"
    r"|(?<=等)(?P<peoples>个)(?=民族)"
    r"|(?<!家户)(?<=户)(?P<households>户)(?=人(?!人|均)|[，,；;。、])"
    # 贫困人口户人, 未脱贫的户人: households and people both gone after words that name them
    r"|(?:(?<=人口)|(?<=人口[达有共])|(?<=[\u4e00-\u9fff]的))(?P<both>户)(?=人(?![人均家口数员]))"
    # 建设个新农村建设示范村: a verb of making, then 个 and what was made
    r"|(?<=建设|建成|新建|打造|培育|创建|完成|实施|启动|引进|招引|储备|谋划|开工|竣工|签订|签约|涉及)(?P<made>个)(?![人别体性案例数税])(?=[\u4e00-\u9fff])"
    # 项目个，示范村个：: a thing counted, then 个 where the clause ends
    r"|(?<=[\u4e00-\u9fff])(?<![一二两三四五六七八九十百千万几这那每各整某哪半个真余多来])(?P<counted>个)(?=[，,。；;：:）)]))")

#: 群众反映问题共件，…已办结件，未办结件（…）: a tally or a count of cases handled, its figure gone (not
#: 无超时答复件, 办结件数: a kind of case named, or a word); ⏎年以来，全区…, 对年—年一季度: a year left out
#: where a clause opens (each alternative starts with its word and looks behind after it: a fast scan)
_BLANK_TALLY = re.compile(
    r"[件起](?:(?<=共件|共起)|(?<=共计件|共计起|合计件|合计起|总计件|总计起)"
    # (not 对未办结件，逐件明确…, 剩余未办结件: the cases themselves named; only a clause of its own)
    r"|(?<=[，,、；;：:][已未]办结件|[，,、；;：:][已未]受理件|[，,、；;：:]共受理件|[，,、；;：:][已未]调处件"
    r"|[，,、；;：:][已未]化解件))(?=[，,。；;]|[（(](?![0-9０-９含]))")
#: 共代理件，/ 累计受理起: cases handled, their number gone (the verb's own clause, its count next)
_BLANK_HANDLED = re.compile(r"(?:共|共计|累计|合计)(?:受理|代理|办理|调处|化解|调解|处理|办结|排查|查处|接待|接收|收到)"
                            r"(?P<u>件|起|宗)(?=[，,。；;])")
#: 共发展党员名。/ 培训村干部名，: people counted by 名 after the word for them, the number gone
_BLANK_PEOPLE = re.compile(r"名(?<=党员名|干部名|群众名|学生名|人员名|农民名|村民名|对象名|职工名|教师名|骨干名|能手名)"
                           r"(?=[，,。；;])")
#: 11个村为个省定贫困村: how many of them, gone before 个 (not 个人, 个别, 个体)
_BLANK_HOW_MANY = re.compile(r"为(?P<u>个)(?![人体别性])(?=[\u4e00-\u9fff]{1,6}(?:村|社区)(?![\u4e00-\u9fff]))")
#: 贫困发生率在%以内: a rate's bound, its figure gone before the sign
_BLANK_BOUND = re.compile(r"率(?:在|控制在|保持在|稳定在|降至|降到|低于|高于|不低于|不高于)(?P<u>[%％‰])"
                          r"|(?:率|均|都)(?:达到|达)(?P<bound>以上|以下)(?=[，,。；;])"  # (普及率达到以上, 均达以上: its figure and % gone)
                          # 常住人口稳定在万人以上: a level held, its figure gone
                          r"|(?:稳定在|保持在|控制在)(?P<u2>万人|万元|亿元|万亩|万吨|人|户|元|亩|吨)(?:以上|以下|左右)(?=[，,。；;])")
#: 新建通村水泥公路.公里 (the figure gone, its point left), 面积13.平方公里 (its decimals gone)
_POINT_BEFORE_UNIT = re.compile(r"[.．](?P<u>平方公里|公里|万元|亿元|元|亩|万亩|吨|万吨|%|％)(?=[，,。；;、）)]|$)")
#: 建成沼气池口。, 共有驻村工作队支,: things counted by their own word (口, 支), the count gone
_BLANK_THINGS = re.compile(r"(?:(?<=沼气池)口|(?<=水窖|旱窖|山塘|水井|机井)口|(?<=工作队|志愿队|服务队|突击队)支)(?=[，,。；;])")
#: ，余件衣被被水浸泡: 余 (more than) right after a clause's start, the figure it follows gone
_BLANK_BEFORE_MORE = re.compile(r"(?<=[，,。；;：:])余(?P<u>件|人次|人|户|亩|万元|元|吨|条|处|间|头|只)")
#: 截止11底: a month's 月 left out between its number and 底
_MONTH_WORD_LOST = re.compile(r"(?:截止|截至|至|到)(?:20\d{2}年)?(?P<m>1[0-2]|[1-9])(?=底|末|初)")
#: 自月份运行以来, 截止月底: a month left out
_BLANK_MONTH = re.compile(r"(?:自|从)(?P<u>月份)(?=起|以来|开始|运行|至|到)|(?:截止|截至)(?P<end>月)(?=底|末)")
#: 分别占农户总数的 %、 %和 %: the later shares of a list, blank too (the first is the plain rule's)
_BLANK_LISTED_SHARE = re.compile(r"(?<=[%％])[ \u3000]?(?:、|和|及|与)[ \u3000]?(?P<u>[%％])")
_BLANK_YEAR = re.compile(r"年(?<![^\n，,。；;：:对和与从自]年)(?=以来|[—－-]年|[一二三四]季度|上半年|下半年)")
#: what follows a year where one may have been left out (a text without any needs no scan for it)
_AFTER_YEAR = ("以来", "年", "季度", "半年")
#: 公开率达。/ 覆盖率为，: a rate whose figure is gone, its unit with it; …亿元，增长；: a change's
#: (each alternative starts with its word and looks behind after it: a fast scan)
_RATE_LEFT_BARE = re.compile(r"率(?<=[\u4e00-\u9fff]率)(?:达到|达|为)(?=[。，,；;])"
                             r"|(?:增长|下降)(?<=[，,]增长|[，,]下降)(?=[。，,；;])"  # (…亿元,增长;: the word alone)
                             r"|占(?<=[，,]占)[^，,。；;\d%％（()）]{1,12}?的(?=[。，,；;])")  # (…76人,占一孩出生数的,: its share gone)
#: a unit that is itself a word after these (收入万元户 is no unit; 为人 is a word)
_NOT_BLANK = re.compile(r"计人|达人|占人|完成人|实现人|增收户")
_TABLE_LINE = re.compile(r"\t|[ \u3000]{2,}")
_HEADER_CELL = re.compile(r"[\u4e00-\u9fff]{2,12}[（(]?(?:[%％‰]|万元|亿元|元|亩|户|人|吨|公里)[）)]?")


_WORDS_BEFORE = re.compile(r"[\u4e00-\u9fff]{0,6}$")


def _table_line(text: str, line_start: int, line: str) -> bool:
    """A line with a gap of spaces or a tab between its words — not where a copy's pinyin gloss
    was blanked (任務(wù)5000畝 reads 任务    5000亩: no column)."""
    indent = len(line) - len(line.lstrip(" \t\u3000"))
    glosses = gloss_starts(text) if "  " in line else ()
    return any(line_start + m.start() not in glosses for m in _TABLE_LINE.finditer(line, indent))


_GAP = re.compile(r"(?<=\S)(?:\t|[ \u3000]{2,})(?=\S)")


def _gaps_after_stops_only(line: str) -> bool:
    """森林覆盖率%。  一、精心组织: the only gaps of the line follow a sentence's end (a copy that
    ran two paragraphs into one line), so they part paragraphs, not a table's columns."""
    gaps = list(_GAP.finditer(line.strip(" \t\u3000")))
    return bool(gaps) and all(line.strip(" \t\u3000")[m.start() - 1] in "。；;！？!?" for m in gaps)


def _between_cell_marks(text: str, line_start: int, line_end: int) -> bool:
    """The line before or after is a table's cell mark (|) alone: a copied table, a cell a line."""
    before = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)]
    end = len(text) if line_end < 0 else line_end
    after_end = text.find("\n", end + 1)
    after = text[end + 1:len(text) if after_end < 0 else after_end]
    return before.strip() in ("|", "｜") or after.strip() in ("|", "｜")


def _words_before(text: str, lo: int, pos: int) -> str:
    """Up to six characters of words right before pos (not before lo): how a message quotes a blank."""
    return _WORDS_BEFORE.search(text[lo:pos]).group()


def _clause_before(text: str, pos: int) -> str:
    cut = max(text.rfind(c, 0, pos) for c in "，,。；;\n")
    return text[cut + 1:pos]


#: 2024年 月 日, 3月 日: a date whose month or day was left blank (a template's, or a figure deleted)
#: (not 签字：　　年　月　日, a form's line for whoever signs: no part of its date is written)
#: (nor 3月 日常巡查, 12月 日本客商, 2023年 月均气温: a word that begins with 日 or 月)
_BLANK_DATE = re.compile(r"(?:(?<=[0-9０-９xX]年)[ \u3000]+月(?:[ \u3000]+日)?|(?<=[0-9０-９]月)[ \u3000]+日)"
                         r"(?=[，,。；;、：:）)\s]|$|召开|在|印发|发布|起|至|前|后|下午|上午|晚)")


def _blank_dates(doc: TextDoc):
    for m in _BLANK_DATE.finditer(doc.text):
        lo = max(0, m.start() - 5)
        shown = doc.text[lo:m.end()].lstrip("，,。；;（(\n")
        missing = "月、日" if m.group().count("月") and m.group().endswith("日") else ("月" if "月" in m.group() else "日")
        yield Hit(TextAnchor(doc.key, m.start(), m.end() - m.start()),
                  f"“{shown.strip()}”：日期缺少{missing}，像是未填写", "warning")


#: 男孩196人,女孩185人,性别比为:100: the boys' side of a sex ratio (105.9:100) left out
_RATIO_HALF_LEFT = re.compile(r"性别比(?:例)?为[ \u3000]*[：:][ \u3000]*100(?![0-9０-９.．])")


def check_blank_figures(doc: TextDoc):
    text = doc.text
    yield from units_left_off_in_lists(doc)  # 第一产业增加值2.9亿元；第二产业增加值28.4；…18.2亿元
    if "日" in text:
        yield from _blank_dates(doc)
    if "增" in text or "降" in text or "占" in text or "计划" in text or "率" in text or "比" in text or "为全" in text:
        yield from _units_left_off(doc)
    yield from _bare_before_de(doc)
    if "件" in text or "起" in text:
        yield from _blank_tallies(doc, _BLANK_TALLY)
        yield from _blank_tallies(doc, _BLANK_HANDLED)
    if "名" in text:
        yield from _blank_tallies(doc, _BLANK_PEOPLE)
    if "月份" in text or "月底" in text or "月末" in text:
        yield from _blank_tallies(doc, _BLANK_MONTH)
    if "为个" in text:
        yield from _blank_tallies(doc, _BLANK_HOW_MANY)
    if "余" in text:
        yield from _blank_tallies(doc, _BLANK_BEFORE_MORE)
    for m in _MONTH_WORD_LOST.finditer(text) if "底" in text or "末" in text or "初" in text else ():
        yield Hit(TextAnchor(doc.key, m.start("m"), m.end("m") - m.start("m") + 1),
                  f"“{m.group()}{text[m.end()]}”：{m.group('m')}后缺少“月”", "warning")
    if "口" in text or "支" in text:
        yield from _blank_tallies(doc, _BLANK_THINGS)
    if "率" in text or "达以" in text or "达到以" in text or "稳定在" in text or "保持在" in text or "控制在" in text:
        yield from _blank_tallies(doc, _BLANK_BOUND)
    if "分别" in text:
        yield from _rates_both_bare(doc)
    if "占" in text:
        yield from _share_left_bare(doc)
    if "%" in text or "％" in text:
        yield from _orphan_percents(doc)
    if any(w in text for w in _AFTER_YEAR):
        yield from _blank_tallies(doc, _BLANK_YEAR)
    if "距" in text or "户户" in text or "个" in text or "户人" in text:
        yield from _blank_counts(doc)
    if "率" in text or "增长" in text or "下降" in text or "占" in text:
        for m in _RATE_LEFT_BARE.finditer(text):
            words = _words_before(text, max(0, m.start() - 6), m.start())
            yield Hit(TextAnchor(doc.key, m.start(), m.end() - m.start()),
                      f"“{words}{m.group()}”：后面缺少数字，像是数字被删去后未填写")
    if "性别比" in text:
        for m in _RATIO_HALF_LEFT.finditer(text):
            yield Hit(TextAnchor(doc.key, m.start(), m.end() - m.start()),
                      f"“{m.group()}”：比号前缺少数字，像是数字被删去后未填写")
    if "." in text or "．" in text:
        yield from _whole_part_lost(doc)
    if " " in text:
        yield from _point_lost(doc)
    if not any(u in text for u in ("%", "％", "‰", "元", "亩", "户", "人", "吨", "斤", "头", "公里", "百分点", "万", "平方米")):
        return
    said: set[int] = set()  # where the blanks found end
    for m in _BLANK.finditer(text):
        unit_start = m.start("unit")
        if m.group("comma") == "、":
            if m.group("unit") not in ("%", "％"):
                continue  # 均增长.%、%: the second of two rates, its figure left out too
        elif m.group("comma"):
            if m.group("unit") not in ("%", "％", "‰", "万元", "亿元", "个百分点") \
                    or not (text.startswith(("，", ","), m.end())
                            or (m.group("unit") in "%％" and text.startswith(("；", ";", "。"), m.end()))):
                continue  # ,%, / ,万元,: a unit standing alone between commas
        elif _NOT_BLANK.match(text, m.start("lead")):
            continue
        if m.group("lead") in ("群众", "员") and m.group("unit") not in ("人", "万人", "人次", "万人次"):
            continue  # 党员户, 困难群众户: households named by their people, a word
        if m.group("lead") == "超" and m.group("unit")[:1] in "万亿":
            continue  # 投资超亿元的项目: over a hundred million, a size said in words
        if m.group("lead") == "约" and m.group("unit") not in ("%", "％", "‰", "万元", "亿元"):
            continue  # 签约户, 节约元: 约 ends a word; only 约% is a blank for certain
        if m.group("lead") == "的" and (m.group("unit") not in "%％‰" or "占" not in _clause_before(text, m.start())):
            continue  # 占林地面积的%: a share; any other 的 before a unit is a word
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start:len(text) if line_end < 0 else line_end]
        if _table_line(text, line_start, line) and not _prose_line(line) \
                and not _gaps_after_stops_only(line):
            continue  # 项目　　计划投资万元　　完成率%: column headers (a paragraph's indent is none)
        opening = max(text.rfind("（", line_start, m.start()), text.rfind("(", line_start, m.start()))
        if opening >= 0 and "单位" in text[opening:m.start()] and not any(c in "）)" for c in text[opening:m.start()]):
            continue  # 各村集体经济收入（单位：万元，比上年增长%）: a table's units, named with their columns
        if ("|" in line or "｜" in line) and text[m.end("unit"):m.end("unit") + 1] in ("|", "｜", "\n", "") \
                and _HEADER_CELL.fullmatch(text[max(text.rfind("|", line_start, m.start()),
                                                    text.rfind("｜", line_start, m.start())) + 1:m.end("unit")].strip()):
            continue  # 村名|户数|…|比上年增长%: a column's name and unit in a table's header row
        if _HEADER_CELL.fullmatch(line.strip(" \t\u3000|｜")) and _between_cell_marks(text, line_start, line_end):
            continue  # |⏎比上年增长%⏎|: a table's column header on a line of its own, its unit after its name
        if m.group("gap") and m.group("gap") in " \u3000" and _spaced_out(line):
            continue  # a copy that spaces its characters out (民 生 实 事 … 共 计 人)
        if text[max(0, unit_start - 1)].isdigit():
            continue
        said.add(m.end("unit"))
        start = m.start("unit") if m.group("comma") else m.start("lead")
        quote = text[start:m.end("unit")]
        words = re.search(r"[\u4e00-\u9fff0-9.%％]{0,6}[，,、]?$" if m.group("comma") else r"[\u4e00-\u9fff]{0,6}$",
                          text[line_start:start]).group()
        yield Hit(TextAnchor(doc.key, start, len(quote)),
                  f"“{words}{quote}”：{m.group('unit')}前缺少数字，像是数字被删去后未填写")
    if "  " in text or "\u3000\u3000" in text or " \u3000" in text or "\u3000 " in text:
        yield from _gaps_in_sentences(doc, said)
    if "." in text or "．" in text:
        yield from _points_before_units(doc, said)
    for m in _BLANK_LISTED_SHARE.finditer(text) if "%" in text or "％" in text else ():
        if m.end() not in said:  # (…的 %、 %和 %: the later shares, the first said with its words)
            said.add(m.end())
            shown = text[max(text.rfind("\n", 0, m.start()) + 1, m.start() - 8):m.end()].lstrip("，,。；;（(")
            yield Hit(TextAnchor(doc.key, m.start("u"), 1), f"“{shown}”：%前缺少数字，像是数字被删去后未填写")
    if " " in text or "\u3000" in text:
        yield from _spaced_counts(doc, said)
    if "万" in text or "亿" in text or "萬" in text or "億" in text or "平方米" in text:
        yield from _big_units_after_words(doc, said)


#: 共流转土地.65亩, 常住人口为.29万人, 分别完成…的.3%、61.2%、.3%: a decimal point right after words
#: (or a list's 、), its whole part gone
_POINT_AFTER_WORDS = re.compile(r"[.．](?<=[\u4e00-\u9fff、：:][.．])(?P<num>\d+)(?P<unit>[万亿]?(?:亩|元|人次|人|户|吨|公斤|斤|公里|平方米|平方公里|个|家|头|只|所|处|项)|[%％‰])")
#: 完成任务.2023年…: a copy that ends its sentences with a half-width point before words
_POINT_AS_STOP = re.compile(r"[.．](?<=[\u4e00-\u9fff][.．])(?=[\u4e00-\u9fff])")  # (the point first: a fast scan)


#: 国内生产总值5 9亿元, 占全年任务的108 3%: a space where a copy lost the decimal point (not a
#: thousands group: 1 000 000 has three digits after each space)
_POINT_LOST = re.compile(r"(?<![0-9０-９.．,，:： \u3000])(?P<whole>[0-9]{1,4}) (?P<frac>[0-9]{1,2})"
                         r"(?=[%％‰]|[万亿]?(?:元|亩|吨|斤|公斤|公里|平方米)|[万亿](?![0-9]))")  # (12 8人: no decimal count)


_DIGIT_SPACE_DIGIT = re.compile(r"[0-9] [0-9]")


def _point_lost(doc: TextDoc):
    text = doc.text
    if not _DIGIT_SPACE_DIGIT.search(text):
        return  # (most texts: no figure has a space inside; the scan below tries every character)
    for m in _POINT_LOST.finditer(text):
        if m.start() > 0 and not "\u4e00" <= text[m.start() - 1] <= "\u9fff":
            continue  # (only after words: a list of figures or a table row is no number split)
        lo = max(text.rfind(c, 0, m.start()) for c in "，,。；;\n") + 1
        ends = [e for e in (text.find(c, m.end()) for c in "，,。；;\n") if e >= 0]
        clause = text[lo:min(ends) if ends else len(text)]
        if "\t" in clause or "  " in clause or "\u3000\u3000" in clause or "| " in clause:
            continue  # 产值  5 9亿元  12%: columns of a table row, not one number split
        shown = f"{m.group('whole')}.{m.group('frac')}"
        yield Hit(TextAnchor(doc.key, m.start(), m.end() - m.start()),
                  f"“{m.group()}”：数字中间有空格，像是小数点丢失（应为 {shown}？）", "warning")


_PAGE_MARK_BEFORE = re.compile(r"[0-9０-９][ \u3000]*\n[ \u3000]*[0-9]{1,3}[、.．]?$")


def _whole_part_lost(doc: TextDoc):
    text = doc.text
    if _POINT_AS_STOP.search(text):
        return  # the point ends sentences here: 排查隐患.65户… is a stop before a figure
    for m in _POINT_AFTER_WORDS.finditer(text):
        if _PAGE_MARK_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # 沟渠建设(2⏎2、.4公里): a copy's page number splits 2.4, nothing was cut
        words = _words_before(text, max(0, m.start() - 6), m.start())
        yield Hit(TextAnchor(doc.key, m.start(), m.end() - m.start()),
                  f"“{words}{m.group()}”：小数点前缺少整数部分，像是数字被删去了一部分", "warning")


#: what changes by a bare number, not by a percent: ratios, indexes, shares, rates
_NO_PERCENT = re.compile(r"性别比|生育率|系数|指数|比值|比重|比例|率|倍")


#: 生殖健康监测率为100, 个案信息准确率100: any rate (its words before 率) whose % was left off
#: (随访率95、管理率达到95、控制率65: a 、-list of rates, each % left off; not 95、96和98%)
_RATE_NO_UNIT = re.compile(r"率(?<=[\u4e00-\u9fff]{2}率)(?:为|达到|达|是)?(?P<num>\d+(?:\.\d+)?)(?=[，,。；;）)]|、(?=[\u4e00-\u9fff])|$)")
#: words ending in 率 that are no percentage (容积率1.8, 汇率6.8) or are per mille (出生率)
_NOT_PERCENT_RATES = ("容积", "汇", "比", "效", "概", "频", "功", "出生", "死亡", "增长", "总和生育", "增值", "周转", "发病",
                      "结婚", "离婚")


#: 万人发案率8.0, 千人床位数: a rate per so many people, no percentage
_PER_POPULATION = ("万人", "千人", "十万")


def _units_left_off(doc: TextDoc):
    text = doc.text
    said = set()
    for hit in _no_unit_hits(doc):
        said.add(hit.anchor.start)
        yield hit
    if "率" not in text:
        return
    cut_at = len(text.rstrip())
    for m in _RATE_NO_UNIT.finditer(text):
        if m.start("num") in said or text[m.start("num") - 1:m.start("num")] in ".．":
            continue
        if m.end("num") >= cut_at:
            continue  # …逾期率3.7 ending the text: a copy cut short inside the figure, its % after the cut
        number = m.group("num")
        words = _words_before(text, max(0, m.start() - 6), m.start())
        if words.endswith(_NOT_PERCENT_RATES) or any(w in words for w in _PER_POPULATION) \
                or ("." not in number and int(number) < 10) \
                or Decimal(number) > 100:
            continue  # (a rate over 100 is a count whose word was left off, or not a rate)
        yield Hit(TextAnchor(doc.key, m.start("num"), len(number)),
                  f"“{words}率{text[m.start() + 1:m.start('num')]}{number}”：数字后缺少单位，像是漏写了“%”",
                  "warning")


def _no_unit_hits(doc: TextDoc):
    text = doc.text
    cut_at = len(text.rstrip())
    for m in _NO_UNIT.finditer(text):
        if text[m.start("num") - 1:m.start("num")] in ".．":
            continue  # 增长.5: the blank-figure pattern's
        if m.end("num") >= cut_at:
            continue  # …逾期率3.7 ending the text: a copy cut short inside the figure
        if "." not in m.group("num") and int(m.group("num")) < 10:
            continue  # 增长2: as likely a count whose word was left off
        clause = text[max(text.rfind(c, 0, m.start()) for c in "。；;\n") + 1:m.start()]  # (性别比为117.78，比上年下降0.16)
        if not m.group("lead").endswith(("率", "为", "达", "达到", "是")) and _NO_PERCENT.search(clause):
            continue  # 性别比比上次普查下降0.17, 比重提高2.1: ratios and shares change by points
        quote = text[m.start("num"):m.end("num")]
        sign = "‰" if m.group("permille") else "%"  # 出生率7.26: per mille
        yield Hit(TextAnchor(doc.key, m.start("num"), len(quote)),
                  f"“{m.group('lead')}{quote}”：数字后缺少单位，像是漏写了“{sign}”", "warning")


_A_RATE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}(?:率|系数|倍数|比例|比值|权重|指数)")  # (按1.13的系数: no share)
#: a 的 right after a digit (the word first: a fast scan)
_DE_AFTER_DIGIT = re.compile(r"的(?<=[0-9]的)(?=[\u4e00-\u9fff])")


def _bare_before_de(doc: TextDoc):
    """全区70的居民户…, 提前完成了70的全年目标, 保持10的增长速度: a share whose % was left off, the
    figure bare between words and 的 (not 第3的, 1∶3的, 2的: an ordinal, a ratio, a count's word)."""
    text = doc.text
    for m in _DE_AFTER_DIGIT.finditer(text):
        start = m.start()
        while start > 0 and (text[start - 1].isdigit() or text[start - 1] == "."):
            start -= 1
        number = text[start:m.start()]
        whole = number.partition(".")[0]
        if not whole or number.endswith(".") or len(whole) > 3 or (int(whole) < 10 and "." not in number):
            continue
        before = text[start - 1:start]
        if not "\u4e00" <= before <= "\u9fff" or before in "第比" or _A_RATE_AFTER.match(text, m.end()):
            continue  # (相当于44.9的犯罪率，也就是每十万人…: the rate named after it, in a unit of its own)
        words = _words_before(text, max(0, start - 6), start)
        yield Hit(TextAnchor(doc.key, start, len(number)),
                  f"“{words}{number}的”：数字后缺少单位，像是漏写了“%”", "warning")


#: 全乡共发展水稻万亩，/ 稳定大豆万亩，/ 建筑物平方米。: a unit no word can stand before, after any
#: word (not a numeral, 数/几/上/近/余 …) and before the clause ends: the figure between them is gone
_BIG_UNIT_AFTER_WORDS = re.compile(
    r"(?=[万亿萬億平])(?<=[\u4e00-\u9fff])(?<![零一二三四五六七八九十百千万亿萬億两兩几幾数數上近余餘多成逾超过過破约約达達每个個"
    r"壹贰貳叁參肆伍陆陸柒捌玖拾佰仟足到满滿至])"  # (不足万人, 由千元到万元, 人民币伍万元: figures in words)
    r"(?P<unit>万亩|万元|亿元|万吨|万人次|万人|万公斤|万斤|万头|万只|万株|萬畝|萬元|億元|萬噸|萬人|平方米"
    r"|[万亿](?:多|余)(?:亩|元|吨|人次|人|公斤|斤|头|只|株))"  # 投入经费万多元: 万多 is 1万多 with its 1 gone
    r"(?=[，,。；;）)]|$)")  # (not before 、: 张万元、李… names a person)


def _big_units_after_words(doc: TextDoc, said: set[int]):
    text = doc.text
    for m in _BIG_UNIT_AFTER_WORDS.finditer(text):
        if m.end() in said:
            continue  # (资金万元: said already with the word before it)
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        if _table_line(text, line_start, text[line_start:len(text) if line_end < 0 else line_end]):
            continue  # 计划投资万元　　完成率%: a table's column headers
        words = _words_before(text, line_start, m.start())
        yield Hit(TextAnchor(doc.key, m.start(), m.end() - m.start()),
                  f"“{words}{m.group('unit')}”：{m.group('unit')}前缺少数字，像是数字被删去后未填写")


#: 共植烟   亩;收购烤烟   万斤: a gap of spaces left where a figure was to go, in a sentence
_GAP_BEFORE_UNIT = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]{2,8}"
                              r"(?P<unit>人次|人|名|户|个|件|项|家|所|万元|亿元|元|万亩|亩|万斤|斤|万担|担|万吨|吨|公斤|次|场|起|公里|平方米)"
                              r"(?=[，,。；;])")
#: 上中等烟比例为     ;: a share or rate whose figure was left as spaces
_GAP_AFTER_RATE = re.compile(r"(?:比例|比重|占比|[\u4e00-\u9fff]率)(?:为|达到|达|是)?(?P<gap>[ \u3000]{3,12})(?=[，,。；;])")
#: what ends a sentence: a line holding these is prose, not a row of a table
_SENTENCE_MARKS = re.compile(r"[。；;]")


def _prose_line(line: str) -> bool:
    """Two sentence ends or more: a line of sentences (a table's rows have none, a heading one at most)."""
    return len(_SENTENCE_MARKS.findall(line)) >= 2


def _gaps_in_sentences(doc: TextDoc, said: set[int]):
    """共植烟   亩;…种植烟叶10亩以上的大户有    户,: gaps of spaces for the figures, in a line of
    sentences (a table's columns are gaps too, but its rows have no sentences)."""
    text = doc.text
    glosses = None
    for pattern in (_GAP_BEFORE_UNIT, _GAP_AFTER_RATE):
        for m in pattern.finditer(text):
            start = m.start("unit") if pattern is _GAP_BEFORE_UNIT else m.start("gap")
            if (pattern is _GAP_BEFORE_UNIT and (m.end() in said or text[m.start() - 1] in CHINESE_NUMERAL_CHARS
                                                 or text[m.start() - 2:m.start() - 1].isdigit())):
                continue  # 二十   人: a figure in words; 5万   元: a unit after a figure
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            line = text[line_start:len(text) if line_end < 0 else line_end]
            if not _prose_line(line) or _spaced_out(line):
                continue
            if glosses is None:
                glosses = gloss_starts(text)
            if any(p in glosses for p in range(m.start() - 1, start + 1)):
                continue  # 烟(yān)  亩 read with the gloss blanked: no gap of the writer's
            words = _words_before(text, line_start, m.start())
            if pattern is _GAP_BEFORE_UNIT:
                said.add(m.end())
                yield Hit(TextAnchor(doc.key, start, m.end() - start),
                          f"“{words} {m.group('unit')}”：{m.group('unit')}前缺少数字，像是数字被删去后未填写")
            else:
                words = _words_before(text, line_start, start)
                yield Hit(TextAnchor(doc.key, start, m.end() - start),
                          f"“{words}”：后面缺少数字，像是数字被删去后未填写")


def _spaced_counts(doc: TextDoc, said: set[int]):
    text = doc.text
    for m in _SPACED_COUNT.finditer(text):
        if m.end() in said:
            continue  # 面积 亩: said already with the word before it
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start:len(text) if line_end < 0 else line_end]
        if (_table_line(text, line_start, line) and not _prose_line(line)) or _spaced_out(line):
            continue  # a copy that spaces its characters out (民 生 实 事): no gap is a blank
        if len(_WRAP_SPACE.findall(line)) >= 2:
            continue  # 文化底蕴 深厚, 在 于, 门 户: a copy that left a space at each wrapped line
        words = _words_before(text, line_start, m.start())
        if re.search(r"(?:^|[（(])单位[ \u3000]*$", text[line_start:m.start()]):
            continue  # 统计表如下（单位 万元）: a table's unit, its colon lost (not 帮扶单位 万元)
        yield Hit(TextAnchor(doc.key, m.start(), m.end() - m.start()),
                  f"“{words} {m.group('unit')}”：{m.group('unit')}前缺少数字，像是数字被删去后未填写")



def _blank_counts(doc: TextDoc):
    text = doc.text
    for m in _BLANK_COUNT.finditer(text):
        place = m.group("place")
        if place is not None and any(c in CHINESE_NUMERAL_CHARS or c in "几数多余" for c in place):
            continue  # 距县城十五公里: the distance is written in words
        unit = next(k for k in ("far", "governs", "bare", "peoples", "households", "both", "made", "counted")
                    if m.group(k))
        start = m.start(unit)
        line_start = text.rfind("\n", 0, start) + 1
        words = _words_before(text, line_start, start)
        counted = "" if unit == "far" else "人" if unit == "both" else _WORDS_COUNTED.match(text, m.end(unit)).group()
        yield Hit(TextAnchor(doc.key, start, m.end(unit) - start),
                  f"“{words}{m.group(unit)}{counted}”：{m.group(unit)}前缺少数字，像是数字被删去后未填写")


def _points_before_units(doc: TextDoc, said: set[int]):
    text = doc.text
    for m in _POINT_BEFORE_UNIT.finditer(text):
        if m.end() in said:
            continue  # 总值.万元: said already with the word before it
        before = text[m.start() - 1:m.start()]
        if before.isdigit():
            if m.start() >= 2 and text[m.start() - 2] in ".．":
                continue  # (1.5.%: a copy's stray mark)
            lo = m.start() - 1
            while lo > 0 and text[lo - 1].isdigit():
                lo -= 1
            words = _words_before(text, text.rfind("\n", 0, lo) + 1, lo)
            yield Hit(TextAnchor(doc.key, lo, m.end() - lo),
                      f"“{words}{text[lo:m.end()]}”：小数点后缺少数字，像是数字不完整")
        elif "\u4e00" <= before <= "\u9fff":
            words = _words_before(text, text.rfind("\n", 0, m.start()) + 1, m.start())
            yield Hit(TextAnchor(doc.key, m.start(), m.end() - m.start()),
                      f"“{words}{m.group()}”：{m.group('u')}前缺少数字，像是数字被删去后未填写")


#: 分别增长 29 和 27。: two rates, both without their %
_RATES_BOTH_BARE = re.compile(r"分别(?:同比)?(?:增长|下降|提高|降低)了?[ \u3000]?(?P<a>\d+(?:\.\d+)?)[ \u3000]?(?:和|与|、)"
                              r"[ \u3000]?(?P<b>\d+(?:\.\d+)?)[ \u3000]?(?=[，,。；;]|$)")
#: 二级危房21334户,%三级危房…, 急需搬迁3628户。%。: a share after a count, its figure (and its 占) gone
_ORPHAN_PERCENT = re.compile(r"(?<=[户人元亩个吨名])(?P<stop>[，,。；;])(?P<u>[%％])(?=[\u4e00-\u9fff，,。；;]|$)(?![为是表指])")  # (not %为…的单位: the sign named)
#: 蔬菜产值达到594万元,占,财政收入…: 占 right before a clause's end, its share gone
_SHARE_GONE = re.compile(r"占(?=[，,。；;])")


def _rates_both_bare(doc: TextDoc):
    for m in _RATES_BOTH_BARE.finditer(doc.text):
        for k in ("a", "b"):
            yield Hit(TextAnchor(doc.key, m.start(k), len(m.group(k))),
                      f"“{m.group().strip()}”：{m.group(k)}后缺少单位，像是漏写了“%”", "warning")


def _orphan_percents(doc: TextDoc):
    text = doc.text
    for m in _ORPHAN_PERCENT.finditer(text):
        if m.group("stop") in "，," and not "\u4e00" <= text[m.end():m.end() + 1] <= "\u9fff":
            continue  # 24809户,%,: a unit between commas, the main scan's
        if "单位" in text[max(0, m.start() - 10):m.start()]:
            continue  # （单位：户，%三列为占比）: a legend of units
        figure = re.search(r"[0-9.]*[户人元亩个吨名]$", text[max(0, m.start() - 12):m.start()]).group()
        yield Hit(TextAnchor(doc.key, m.start("u"), 1), f"“{figure}{m.group()}”：%前缺少数字，像是数字被删去后未填写")


def _share_left_bare(doc: TextDoc):
    text = doc.text
    for m in _SHARE_GONE.finditer(text):
        before = text[max(0, m.start() - 12):m.start()].rstrip("，, \u3000")
        if not before[-1:] in "元亩户人吨个%％" or not any(c.isdigit() for c in before[-8:]):
            continue  # (only right after a figure: 占 alone elsewhere is some other word's piece)
        yield Hit(TextAnchor(doc.key, m.start(), 1),
                  f"“{before[-8:]}，占”：占后缺少比例，像是数字被删去后未填写")


def _blank_tallies(doc: TextDoc, blank: re.Pattern):
    text = doc.text
    for m in blank.finditer(text):
        group = next((g for g in blank.groupindex if m.group(g) is not None), None)
        start, word = (m.start(group), m.group(group)) if group else (m.start(), m.group())
        words = _words_before(text, text.rfind("\n", 0, start) + 1, start)
        yield Hit(TextAnchor(doc.key, start, m.end() - start),
                  f"“{words}{word}{_WORDS_COUNTED.match(text, m.end()).group()}”：{word}前缺少数字，像是数字被删去后未填写")


_WORDS_COUNTED = re.compile(r"[\u4e00-\u9fff]{0,4}")


BLANK_FIGURE_RULE = DocRule(
    id="blank-figure",
    severity="error",
    title="数字缺失",
    check=check_blank_figures,
    failing=(
        "全年出生381人,男孩196人,女孩185人,性别比为:100;死亡301人。",
        "全镇常住人口稳定在万人以上，贫困发生率均达以上。",
        "比上年增产公斤，增长5%。海拔最高点为米,最低点为米。",
        "全镇农业总产值3042万元,其中蔬菜产值达到594万元,占,财政收入万元。",
        "全县有农村危房68437户,其中:二级危房21334户,%三级危房18666户,%,地质灾害危及点急需搬迁3628户。%。",
        "全乡共选聘普查员及普查指导员人，完成入户登记。",
        "规上工业产值和固定资产投资分别增长 29 和 27。",
        "义务教育完成率99.73%,升入普通高中比例为(51.97),高考升学率95.67%。",  # the rate in brackets, its % lost
        "全年共接待来访群众 人次，培训人民调解员 次。",
        "无害卫生厕所改建任务完成率%；无害卫生厕所覆盖率达到%。",
        "全年兑付资金万元，惠及农户1200户。",
        "农民人均可支配收入达到元，同比增长%。",
        "村党组织书记和村委会主任“一肩挑”比例实现%。",
        "全乡位于县城西南部，距县城公里，下辖个行政村，个村民小组。",
        "居住着苗、汉、土家等个民族的群众。全乡共有脱贫户户人。",
        "重点工作滞后项目占比约%。",
        "全乡完成国民生产总值.万元，其中农业生产总值万元，均增长.%、%。",
        "投资万元建设安全饮水工程，新建示范村个，建设个新农村建设示范村。",
        "全区共有家庭户户，集体户户。利用群众自筹资金元兴建占地面积平方米的文化广场。",
        "项目总投资万元，其中地方资金配套万元。",
        "全年投入多万元，政务公开率达。地区生产总值约亿元，生态茶园面积稳定在万亩。",
        "全镇出生人口278人,人口出生率为‰.死亡人口为202人.",
        "全年受理来信来访1126件，较去年同期的1258件下降了10。",
        "全年计划生育率为99.18，生殖健康监测率为100，个案信息准确率100。",
        "全州有建档立卡贫困人口户人，其中已脱贫12000户45000人。",
        "主要经济指标\n地区生产总值增长%\n财政收入增长%",
        "全镇农民人均纯收入到达元，增长；财政收入突破万元大关，增长。",
        "生物医药产业预计完成产值23亿元，占开发区规模以上企业工业总产值的12，增长10%。",
        "全区实现地区生产总值91.4亿元。其中，第一产业增加值2.9亿元，增长3.7%；第二产业增加值28.4，增长4.5%；第三产业增加值18.2亿元，增长6.1%。",
        "今年高血压病人新增至206例，随访率95、管理率达到95%、控制率65%。",
        "（2024年3月 日在乡第四届人民代表大会第三次会议上）",
        "全年完成造林1200亩。\n2014年 月 日",
        "2022年9月1日—30日，群众反映问题共件，全部回复，已办结件，未办结件（详见附件一），办结率99%。",
        "据了解，自年以来，甲东镇开始了土地整治。",
        "本文试对年—年一季度社会矛盾发生的主要情况作一分析。",
        "对部分开放式居民楼院进行绿化提升，全区70的居民户和单位实现垃圾分类收集，提前完成了70的全年目标。",
        "今年全縣造林任務(wù)5000畝，完成率達%，森林覆蓋率達%。",
        "改造面积达2650平方米，投入资金万。",
        "完成限额以上工业总产值13675万元,占年任务52,同比下降15.8(同期13800万元)。",
        "组织动员群众万人，清理垃圾300吨。",
        "发展党员人，培养入党积极分子12人。",
        "落实扶持资金約元，帮助农户发展生产。",
        "全镇完成国内生产总值5 9亿元，占全年任务的108 3%。",
        "有深度贫困行政村6个，贫困人口达户人。",
        "全年启动个项目，涉及12个村。",
        "全乡共发展水稻万亩，稳定大豆万亩，拆除各种非法占地建筑物平方米。",
        "工业产值同比增长 25，上等烟比例达45以上，占总户数的50左右。",
        "全镇耕地面积为 万余亩，其中内河 公里，共清淤土方 万方。",
        "核对选民总数人，全乡参与投票人数人。",
        "全乡耕地面积亩(其中稻田面积亩,人均仅0.5亩)。",
        # gaps of spaces where the figures were to go, in a line of sentences
        "通过全镇上下的共同努力，取得了好收成。共植烟   亩;收购烤烟   万斤;其中上等烟 万斤;上中等烟比例为     ;烟叶特产税    万元。",
        "种植烟叶10亩以上的大户有    户，5亩以上的有   户。全镇烟农增收明显。",
        # a share whose % was left off
        "烟叶收购量1.5万担，其中上等烟比例达45以上，上中等烟比例达98以上。",
        # counts gone after the word for what is counted
        "推行为民服务全程代理，共代理件，群众满意。上半年共发展党员名。",
        "用半年时间，投入经费万多元，完成门牌编码，自月份运行以来运转良好。",
        "全乡11个村为个省定贫困村，力争贫困发生率在%以内。",
        # more shapes of figures a copy stripped
        "全乡共有户数户，河道全长公里，芝山镇共有选民人，现辖个城市社区。",
        "在校学生4653人,%,%;新建通村水泥公路.公里，面积13.平方公里，达2.万元。",
        "到2025年卫生厕所普及率达到以上，已完成了座。森林覆盖率%。  一、精心组织",
        "校长本科以上学历占60;专任教师学历合格率为98.5%。全乡仅有耕地7845亩，仅为全县的1.86，人均不足0.6亩。",
        "全乡建成沼气池口，共有驻村工作队支，队员38人。",
        "全村平均海拔米，仅余耕地亩，降雨量达到毫米。",
        "洪水冲毁房屋12间，余件衣被被水浸泡。截止11底，全部恢复生产。",
        "拥有电视机农户81户（分别占农户总数的 %、 %和 %）。截止月底，全村完成改厕。",
        "计划内一孩出生76人，占一孩出生数的，计划内二孩出生29人。",
    ),
    passing=(
        "两村新建户厕分别增加120和85。各村情况如下（单位：户，%三列为占比）。",
        "规上工业产值和固定资产投资分别增长29%和27%，分别增加12个和5个。",
        "全县累计发放小额信贷2.3亿元，不良贷款逾期率3.7",  # a copy cut short inside its last figure
        "全年出生381人,男孩196人,女孩185人,性别比为105.9:100;死亡301人。",
        # a copy that left a space at each wrapped line, once in a word (门 户)
        "距县城 24公里，与安仁县交界，是株洲市西南方的门 户。境内文化底蕴 深厚，长途运输业发展 红火。",
        "无害卫生厕所改建任务完成率100%；无害卫生厕所覆盖率达到95%。",
        "项目名称　　计划投资万元　　完成率%\n甲项目　　420　　39.6%",
        "扶持年收入万元以上的大户12户。",
        "全乡为人民群众办实事12件，惠及群众3200人。",
        "坚持以人为本，完成人居环境整治。",
        "全乡位于县城西南部，距县城十五公里，下辖6个行政村，42个村民小组，家家户户人人参与环境整治。",
        "居住着苗、汉、土家等5个民族的群众，建成广播电视户户通，脱贫户户人均纯收入逐年提高。",
        "重点工作滞后项目占比约5%，签约户，已全部回访。",
        "全年投入300多万元，政务公开率达100%，签约亿元以上项目3个，生态茶园面积稳定在2万亩。",
        "新建项目30余个，其中投资超亿元的项目5个，发展个体工商户20多个，建设个人信用档案。",
        "一个，两个，这个，每个村各有一个；整个乡镇真个热闹。",
        "农村低保17866户53491人，累计保障628007人 次，共支出低保金3555.18万元。",
        "2022年全区生产总值及其增长速度\n|\n指 标\n|\n绝对数\n|\n比上年增长%\n|\n生产总值\n|\n295.4\n|\n7.7",
        "新建住宅小区容积率为2，绿地率为35%。",
        "这样的户人家不多，全村人户一致。",
        "刑事案件万人发案率8.0，比上年万人发案率10.7下降2.7。",
        "附表：各村集体经济收入（单位：万元，比上年增长%）",
        "统计监测的户人数为120户，企业存货周转率为5.6，传染病报告发病率为85.6。",
        "全镇经济实现了稳步增长；特色产业有了新的增长，其中有5家企业产值同比下降。",
        "附表：各村集体经济收入（单位：万元）\n村名|户数|人口|上年|本年|比上年增长%\n光明村|550|1665|34.8|43.2|24.1",
        "出生人口性别比为117.78，比上年下降0.16。",
        "东门村人口2100人，西门村收入88，南门村人口1900人。第一产业增加值2.9亿元，第二产业增加值28.4万元，第三产业增加值18，第三产业增长6.1%。",
        "三个村的合格率为95、96和98%，均达到考核要求。",
        "承诺人签字：\n\u3000\u3000\u3000\u3000年\u3000月\u3000日\n会议于2024年3月5日召开。",
        "该乡“村集体经济组织收益分配统计表”如下（单位 万元）",
        "今年以来，近年以来，截至年底，无超时答复件，印发文件，共计1200件，已办结1180件，受理件数多，2023年一季度。",
        "按1∶3的比例配套，第3的名次，2的倍数，增长10%的目标，其相当于44.9的犯罪率，也就是每十万人中即有44.9起犯罪事件。",
        "对未办结件，逐件明确责任人。剩余未办结件，正在加紧办理。共受理1200件，已办结1180件，对未办结件（20件）逐件跟踪督办。",
        "每亩承包地将按1.13的系数得出的实际面积发放补贴。",
        "全县常住人口性别比（以女性为100，男性对女性的比例）为104.10，比2010年第六次全国人口普查下降0.17。",
        "走进千家万户。投资万余元建设活动室，投入资金万元以上的项目3个。",
        "完成限额以上工业总产值13675万元,占年任务52%,同比下降15.8%(同期13800万元)。",
        "全体党员人人参与，队员人手一册，签约元旦前完成。",
        "全镇常住人口1 000 000人，教育卫生 512 12.6%。",
        "全年启动1个项目，引进个体工商户20户。",
        "2023年 12 月，产值  5 9亿元  12%",
        "完成沟渠建设(2\n2、.4公里)，新修机耕道3公里。",
        "建成万亩良田，打造万元增收户，投资数万元、上万元、近亿元，建标准化圈舍1.2萬平方米，新建百万元项目。",
        "全镇60周岁以上老年人 9,842 人，占户籍总人口 41,230 人的 23.9%，男女比例为1:1。",
        "预计全年产值过亿元，销售收入破亿元。",
        "全乡总人口不足万人，年销售收入不到万元，实现了由千元到万元，奖励资金人民币壹拾万元。",
        "评选表彰十星级党员户，其中优秀党员户12户；走访慰问困难群众户。",
        "重点项目竣工个数达到12个，涉及个税的政策已全面落实。",
        "出生人口性别比例为107.6，全年人口自然增长率为3.2‰。",
        "全镇人口12 8人。",
        "全镇常住人口超万人，接待游客超万人次。",
        "全乡人数人均收入增加，全镇总数人民满意。",
        "縣府補助零星工程計田澳道路崩土搶修工程等十六\n項,總經費一百零八萬元。",
        # a table's columns are gaps too; its rows have no sentences
        "项目名称    面积    亩\n水稻    1200    亩\n玉米    800    亩",
        "共植烟1200亩；收购烤烟   36万斤；烟叶特产税 42万元。",
        "男女比例为52：48，三次产业比例为12:35:53。",
        "资金配套比例为1，第三产业比重提高2.1个百分点。",
        "以党员名义开展活动，近万余人参加，共受理12件，自3月份运行以来运转良好。",
        "全乡11个村为6个省定贫困村，贫困发生率在3%以内，为个别村和个人提供帮助。",
        "公布党员名单，评选优秀共产党员名额3个。",
        "全乡共有户数1200户，河道全长12公里，堤防长2万米，全镇选民人数12905人，现辖3个城市社区，每到年底召开。",
        "新建通村水泥公路12.5公里，面积13.6平方公里，比上年增长1.5.%。占地15亩，以上，占比60%。",
        "全乡建成沼气池320口，共有驻村工作队12支，各队支部书记带队，打井口，队伍支援。",
        "全村平均海拔1200米，仅余耕地300亩，降雨量达到1100毫米，耕地亩产提高。",
        "洪水冲毁房屋12间，300余件衣被被水浸泡，其余人员安全转移。截止11月底，全部恢复生产，至2023年底完成。",
        "拥有电视机农户81户（分别占农户总数的12.5%、 30%和 8%）。截止6月底，全村完成改厕。",
        "计划内一孩出生76人，占一孩出生数的98.7%，占耕地面积的一半，占用的土地已复垦。",
    ),
)
