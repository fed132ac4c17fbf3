"""Unfilled placeholders: *、xx、xxxx年、某某、○○、＿＿、（ ）、待补充 …

Adding a placeholder is one PlaceholderPattern line; real text that looks similar
(5G, 3+2, App, X光, 3×4, model numbers) is kept out by the context checks below and by
ALLOWED_WORDS, and each is covered by an example.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..proofread.chars import address_spans
from ..names import common_run
from ..registry import DocRule, Hit, TextAnchor, TextDoc
from ..script import gloss_starts


@dataclass(frozen=True)
class PlaceholderPattern:
    regex: str
    label: str
    severity: str = "error"
    operator_between_digits: bool = False  # 3*4, a*b, 3×4: an operator, not a blank
    not_next_to_digits: bool = False  # X5, 3x: a model number or a factor
    triggers: str = ""  # characters every match contains: texts without any skip the regex
    not_in_numeral: bool = False  # 二○一九年: ○ typed for 〇 inside a Chinese numeral


PLACEHOLDER_PATTERNS = (
    PlaceholderPattern(r"[*＊]+(?:[.．][*＊]+)*", "星号", operator_between_digits=True, triggers="*＊"),  # (*.*万元: one figure)
    # letters of Latin-script words (pinyin glosses 现(xiàn) included) are not blanks
    PlaceholderPattern(r"(?<![A-Za-z\u00c0-\u024f\u0300-\u036f])[xX]+(?:[.．\-－~～][xX]+)*"
                       r"(?![A-Za-z\u00c0-\u024f\u0300-\u036f])", "字母 x",
                       not_next_to_digits=True, triggers="xX"),
    PlaceholderPattern(r"[ｘＸ]+(?:[.．\-－][ｘＸ]+)*", "字母 x", triggers="ｘＸ"),
    # 实现GDPxxxx万元: a run of x glued to an acronym, before a unit
    PlaceholderPattern(r"(?<=[A-Z][A-Z])[xX]{2,}(?=[万亿千元户人个名亩%％])", "字母 x", triggers="xX"),
    PlaceholderPattern(r"×+", "×", operator_between_digits=True, triggers="×"),
    PlaceholderPattern(r"某某+", "某某", triggers="某"),
    PlaceholderPattern(r"[○◯]+", "○", triggers="○◯", not_in_numeral=True),
    PlaceholderPattern(r"〇〇+", "〇〇", triggers="〇", not_in_numeral=True),
    PlaceholderPattern(r"[□■]+", "□", triggers="□■"),
    PlaceholderPattern(r"[?？]{2,}|[?？](?=[万千百亿元户人个名亩%％])", "问号", triggers="?？"),
    PlaceholderPattern(r"[＿_]{2,}", "下划线", triggers="＿_"),
    # 20_上半年, 到20_年3月31日: a year's last digits left as an underscore
    PlaceholderPattern(r"(?<=19|20)[＿_](?=[\u4e00-\u9fff])", "下划线", triggers="＿_"),
    # 我代表_镇, _年工作回顾, 坚持以_新时代: one underscore standing for a word between Chinese text
    PlaceholderPattern(r"(?<![A-Za-z0-9_＿./\\:-])[＿_](?![A-Za-z0-9_＿./\\-])"
                       r"(?=[\u4e00-\u9fff、，,。])", "下划线", triggers="＿_"),
    # 在ooo乡, 围绕“OOOOOO”: letter o typed for 〇 as a blank
    PlaceholderPattern(r"(?<![A-Za-z])(?:o{3,}|O{3,})(?![A-Za-z])", "字母 o", triggers="oO"),
    # 房屋倒塌00户00间, 损失000余万元: a figure masked as zeros (not 00后 or 00级, a generation or a class;
    # not 16:00, 9时00分, 20日00时, 1 000元, 二00四年: a time, spaced thousands, a year in Chinese numerals;
    # not ?00, %00: a copy's loss; the lookahead first spares the lookbehinds at every other character)
    PlaceholderPattern(r"(?=00)(?<![0-9０-９.．,，:：%％?？一二三四五六七八九十〇○零两XxＸｘ*＊日时])(?<![0-9] )(?<![一二三四五六七八九十] )"
                       r"0{2,}(?![0-9０-９.．,，%％:：/年后届级时分秒点一二三四五六七八九十〇○])(?=余|多|[\u4e00-\u9fff])", "零",
                       triggers="0"),
    PlaceholderPattern(r"（[ \u3000]*）|\([ \u3000]*\)|【[ \u3000]*】|〔[ \u3000]*〕|\[[ \u3000]*\]|［[ \u3000]*］",
                       "空括号", triggers="）)】〕]］"),
    # 投资〔…〕万元, （……）户: a figure masked by an ellipsis in brackets
    PlaceholderPattern(r"[〔（(【［\[][ \u3000]*(?:…+|\.{3,}|。{3,}|⋯+)[ \u3000]*[〕）)】］\]]", "省略号",
                       triggers="….。⋯"),
    # 开展“”活动, XX“”年以来: the words between the quotation marks were deleted
    PlaceholderPattern(r"“[ \u3000]*”", "空引号", triggers="”"),
    # 有待补充完善 / 有待定期检查 are prose, not drafting notes
    PlaceholderPattern(r"(?<![有亟急尚仍])(?:待补充|待填写|待填报|待填)", "待补充", triggers="待"),
    # 户口待定人员 / 户口待定的人 / 户口待定7人: a category of its own, not a decision left open
    # (and 待定12人, 待定三户: a figure after it counts those in that state)
    PlaceholderPattern(r"(?<![有亟急尚仍])(?<!户口)(?<!戶口)待定(?![期点向额时位岗性型]|人员|的人|[0-9０-９]"
                       r"|[一二三四五六七八九十两兩]+[人户戶名个個家])", "待定", severity="warning",
                       triggers="待"),
    # 前往##、##参观: a name masked with ## as with ** (not a Markdown heading's ## at a line's start)
    PlaceholderPattern(r"(?<![#\n])(?<!^)#{2,4}(?![#\s])", "井号", triggers="#"),
)

#: real words that contain a pattern; a match inside one of these is not a placeholder
ALLOWED_WORDS = ("X光", "X线", "X射线", "x光", "X型", "x轴", "X轴", "×光")

_COMPILED = tuple((p, re.compile(p.regex)) for p in PLACEHOLDER_PATTERNS)
#: (a copy may space them out: 200毫安 X 光机)
_ALLOWED_RE = re.compile("|".join(re.escape(w[0]) + r"[ \u3000]?" + re.escape(w[1:]) for w in ALLOWED_WORDS))
_ALLOWED_LAST_CHARS = frozenset(w[-1] for w in ALLOWED_WORDS)
_DIGIT = re.compile(r"[0-9０-９]")
_NUMERAL_NEIGHBOURS = frozenset("零〇○一二三四五六七八九十")
_OPERAND = re.compile(r"[0-9０-９A-Za-z)）]")
#: ×每亩12元, ×每人每月80元: a standard after the sign, as its operand
_PER_OPERAND = re.compile(r"[ \u3000]*每[\u4e00-\u9fff]{0,4}[0-9０-９]")
#: a number and its unit just before a sign (658人×, 70元/月×, 12个月×): the sign multiplies
_QUANTITY_BEFORE = re.compile(r"[0-9０-９][ \u3000]?[^\s0-9０-９，,。；;、：:（(×*＊]{1,4}[ \u3000]*$")
_NAME_SUFFIX = "省市县区乡镇村组街社"
#: ****人民政府, XX党委: a body's name, though 人 after a blank is mostly a count
_NAME_WORDS = ("人民", "人大", "党委", "党支部", "政府")
_NUMBER_SUFFIX = ("平方", "吨", "公斤", "户", "人", "个", "名", "亩", "元", "万", "亿", "%", "％", "公里", "米", "株", "头",
                  "件", "次", "起", "座", "项", "条", "台", "处", "份", "余", "多", "公顷", "岁", "斤", "担", "家",
                  "所", "只", "辆", "套", "间", "栋", "批", "场", "期", "届", "支", "‰", "倍", "天", "小时")


#: digits and a unit after a blank: the blank is a digit of the figure (X112元, 1__5个)
_DIGITS_THEN_UNIT = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?(?:万|亿)?(?:元|户|人|亩|%|％|吨|公斤|个|名)")
_YEAR_PREFIX = re.compile(r"(?:19|20|二[0０〇○零])[0-9０-９]?$")
_DATE_WORD_AFTER = re.compile(r"[ \u3000]*[年月日号]")


def _blank_beside_digits(text: str, start: int, end: int) -> bool:
    """20xx年, 2011XX号, xxxx2月: a blank inside a year or a document number, not a model
    number (X5) or a factor (3x). Runs of two or more letters are never a model suffix here."""
    if end - start >= 2:
        return True
    if _DATE_WORD_AFTER.match(text, end):
        return True
    if start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff" and _DIGITS_THEN_UNIT.match(text, end) \
            and text[end + 1:end + 2].isdigit():
        return True  # 人均纯收入X112元, 投资X00万元: the leading digit masked (X5, X300型 are names)
    prefix = _YEAR_PREFIX.search(text, max(0, start - 3), start)
    return prefix is not None and len(prefix.group()) + (end - start) == 4


def _neighbours(text: str, start: int, end: int) -> tuple[str, str]:
    i, j = start - 1, end
    while i >= 0 and text[i] in " \u3000":
        i -= 1
    while j < len(text) and text[j] in " \u3000":
        j += 1
    return (text[i] if i >= 0 else ""), (text[j] if j < len(text) else "")


def _hint(text: str, end: int) -> str:
    tail = text[end:end + 6].split("\n", 1)[0].lstrip(" \u3000")[:3]  # 20xx 年: a space before 年 says the same
    # (编者:___⏎日 期:___: the next line's words are another field's, not what the blank is)
    if tail.startswith("年"):
        return "应填年份"
    if tail.startswith(("月", "日")):
        return "应填日期"
    if (tail[:1] and tail[0] in _NAME_SUFFIX) or tail.startswith(_NAME_WORDS):
        return "应填名称"
    if tail.startswith(_NUMBER_SUFFIX) or tail.startswith(("-", "－")) or _DIGITS_THEN_UNIT.match(text, end):
        return "应填数字"
    return "应填具体内容"


_PLUS = ("+", "＋")


_BYLINE = re.compile(r"[ \u3000]*(?:本报记者|记者|本报|通讯员|特约|文/|文／|图/|图／|摄影|撰稿|编辑|来源)")
#: a byline after it, or the end of the line after a sentence's end
_ARTICLE_MARK = re.compile(rf"{_BYLINE.pattern}|[ \u3000]*(?:\n|$)")
_SENTENCE_ENDS = frozenset("。！？!?”")


_PAGE_CAPTION = re.compile(r"第[0-9一二三四五六七八九十]{1,3}页")
_TITLE_PART = re.compile(r"[^_＿\n。，,；;]{4,}")


def _line_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The line holding text[start:end]: (its first character, one past its last)."""
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, line_end if line_end >= 0 else len(text)


def _alone_on_line(text: str, start: int, end: int) -> bool:
    line_start, line_end = _line_of(text, start, end)
    return not (text[line_start:start] + text[end:line_end]).strip(" \t\u3000")


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(c, 0, pos) for c in "。！？!?\n）)") + 1


#: a copying site's notice of where its pages come from (凡本网注明“来源：XXX”的作品)
_COPYRIGHT_NOTICE = re.compile(r"凡本网注明|本网注明|转载请注明|版权归[^，,。]{0,8}所有")
#: （）。 then the lines A. / B. of a multiple-choice question
_OPTIONS_AFTER = re.compile(r"[ \u3000]*[。？?]?[ \u3000]*\n[ \u3000]*[AaＡ][.．、]")


#: a web form's field name after its "required" mark, then the colon (*正文：, *验证码:)
_REQUIRED_FIELD = re.compile(r"[ \u3000]?[\u4e00-\u9fff]{1,6}[：:]")
#: the words of a page's login or menu line, before its close button
_PAGE_CHROME = re.compile(r"注册|登录|登錄|關閉|关闭|账号|帳號|用户名|[?？]")


#: 目前全镇已脱贫人口⏎X⏎户⏎X⏎人: a line after a lone X that opens with a unit or a place's suffix —
#: a copy that set each blank on a line of its own (a close button is followed by no such line)
_FILLED_LINE_AFTER = re.compile(r"[ \t\u3000]*\n[ \t\u3000]*(?:[户人名个万亿千元亩年月日次件项家所条支批场处座套间台辆头只吨期届栋%％]|公里|公斤|公顷"
                                r"|[镇乡村县市区组](?![\u4e00-\u9fff]{0,1}[：:]))")


#: 镇长刘建舫*: a post and the name holding it, right before a lone *
_NAMES_LISTED = re.compile(r"(?:书记|镇长|乡长|主任|主席|局长|站长|所长|副[\u4e00-\u9fff]{1,3})[\u4e00-\u9fff]{2,3}$")
#: 1m X 1m, 60 cm × 40 cm: a size before and after the sign (figures with a unit of length)
_DIMENSION_BEFORE = re.compile(r"[0-9](?:\.[0-9]+)?[ \u3000]*(?:mm|cm|m|km|毫米|厘米|米|公里)?[ \u3000]*$")
_DIMENSION_AFTER = re.compile(r"[ \u3000]*[0-9](?:\.[0-9]+)?[ \u3000]*(?:mm|cm|m|km|毫米|厘米|米|公里)")


def _alone_after_break(text: str, start: int, end: int) -> bool:
    """…没有账号?注册 ×⏎, …(请注册中文用户名) x⏎: an × (or an x after a mark, not after words
    wanting a figure: 全镇共有贫困户 x) ending its line after a space, where a copy's line break was
    read as that space (script.unwrapped): the page's close button on a line of its own."""
    line_start, line_end = _line_of(text, start, end)
    return not text[end:line_end].strip(" \t\u3000") and _PAGE_CHROME.search(text, line_start, start) is not None


def _ends_a_toolbar(text: str, start: int, end: int) -> bool:
    """打开适老化模式 无障碍浏览 x: an x after a space ending a line of page menu words (no figure,
    no sentence punctuation) is the page's close button."""
    line_start, line_end = _line_of(text, start, end)
    line = text[line_start:start]
    return not text[end:line_end].strip(" \t\u3000") and line.endswith((" ", "\u3000", "\t")) \
        and len(line.split()) >= 2 and not any(c.isdigit() or c in "。，,；;：:、" for c in line)


def _in_formula(text: str, start: int, end: int) -> bool:
    """A lone * × x or X in a line holding a formula (an = sign, or A/B): the sign multiplies
    and the letter is a variable; one after ≥ ≤ ＞ ＜ is a threshold's variable."""
    line_start, line_end = _line_of(text, start, end)
    line = text[line_start:line_end]
    if text[start] in "xX" and start > 0 and text[start - 1] in "≥≤＞＜><＝=":
        return True
    if text[start] in "*＊×" and _FIGURE_AND_UNIT_BEFORE.search(text, max(0, start - 4), start) \
            and "\u4e00" <= text[end:end + 1] <= "\u9fff":
        return True  # 20分*执行率: a quantity times a named factor
    return text[start] in "*＊×" and ("=" in line or "＝" in line or _RATIO_OF_LETTERS.search(line) is not None)


_RATIO_OF_LETTERS = re.compile(r"[A-Z]/[A-Z]")
#: 字体:【】 【】, 文字大小:[][][]: a page's size buttons
_FONT_BUTTONS = re.compile(r"(?:字[体号]|文字大小|字体大小|字号大小)[:：]?(?:\s*(?:【\s*】|\[\s*\]|［\s*］))*\s*$")
#: a page's widgets (小程序, 公众号, 二维码 …) that a close button × follows on their line
_WIDGET_BEFORE = re.compile(r"(?:小程序|公众号|二维码|客户端|APP|App|app|微博|抖音|下载|扫一扫|关注我们|分享到)[ \u3000]+$")
_TOOLBAR_AFTER = re.compile(r"(?:[ \u3000]*[【\[［][ \u3000]*[】\]］])*[ \u3000]*[【\[［](?:打印|关闭|收藏|字体|大|中|小|推荐|分享|复制)")
_PAGE_COUNTER = re.compile(r"(?:有用|没用|无用|点赞|赞|评论|收藏|分享|举报|回复|顶|踩|点击|浏览|阅读)[:：]?$")
_FIGURE_AND_UNIT_BEFORE = re.compile(r"[0-9０-９](?:分|人|元|户|个|亩|名|次|天)$")


#: 全镇共有_个行政村_个村民小组。: a sentence's blanks, not a title's separators (个 counts a figure)
_SENTENCE_AROUND = re.compile(r"[_＿][个户人名亩万元项家所]|[。；;]\s*$")


_PAGE_NOTICE = re.compile(r"^[ \u3000]*已打开[^\n]{0,80}?页面|本页面(?:是由|由|共有)")


def _title_separator(text: str, at: int) -> bool:
    """Two or more single underscores on the line, each between runs of four characters or more
    without sentence punctuation: the separators of a copied page title, not blanks."""
    line_start, line_end = _line_of(text, at, at)
    line = text[line_start:line_end]
    if _PAGE_NOTICE.search(line):
        return True  # 已打开…板块_产业特色_…栏目正文页面,本页面是由1个导航区…: a site's notice for screen readers
    pieces = re.split(r"(?<![_＿])[_＿](?![_＿])", line)
    if len(pieces) == 2 and not text[:line_start].strip() and len(line.strip()) <= 60 \
            and not any(c in line for c in "。，,；;《") and all(_TITLE_PART.search(p) for p in pieces):
        return True  # 工作总结_工作计划 as a copied page's title line: one separator
    if len(pieces) == 2 and len(line.strip()) <= 60 and not any(c in line for c in "。，,；;《") \
            and _TITLE_PART.search(pieces[0]) and _SITE_NAME.match(pieces[1].strip()):
        return True  # …探索之路_城镇化建设网-城镇化建设宣传门户网站: a title, then the site's name
    if len(pieces) >= 3 and sum(1 for p in pieces[1:-1] if _TITLE_PART.fullmatch(p.strip())) >= 1 \
            and all(_TITLE_PART.search(p) for p in pieces) and not _SENTENCE_AROUND.search(line):
        return True
    if len(pieces) >= 4 and not any(c in line for c in "。，,；;") and all(len(p.strip()) >= 2 for p in pieces) \
            and 2 * sum(1 for p in pieces if _TITLE_PART.fullmatch(p.strip())) >= len(pieces):
        return True  # 宁化在线_客家祖地_苏区_黄慎故里_…: a site's title bar, names short and long
    # 2022政府工作报告_市政府工作报告: a document's title and the category a site files it under,
    # the two sharing their words
    left, right = _CJK_RUN_BEFORE.search(text, 0, at), _CJK_RUN_AFTER.match(text, at + 1)
    return left is not None and right is not None and common_run(left.group(), right.group()) >= 4


#: Latin letters, digits, spaces and marks around a lone *: scrambling noise a page adds against copying
_NOISE_AROUND = re.compile(r"[A-Za-z0-9 \n!@#$%^&(){}\[\]`'\"/\\.,:;=|~+-]{4,5}")
#: a letter or digit with a mark right after it (q! T$ Q) k*): the pairs such noise is made of
_NOISE_PAIR = re.compile(r"[A-Za-z0-9][!@#$%^&()\[\]{}~`'\"/\\:;,.?*+=-]")


def _in_noise(text: str, pos: int) -> bool:
    """A mark inside a run of letters, digits, marks and spaces between two words or a word and
    the line's end (& ?* q! T$ n& Q% K. g0 w): the noise a forum page mixes in against copying.
    Ten characters or more, three letter-mark pairs and three spaces at least (not a table's
    row of masks, 东村 | X | X | 已完成)."""
    lo = pos
    while lo > 0 and text[lo - 1] != "\n" and not "\u4e00" <= text[lo - 1] <= "\u9fff":
        lo -= 1
    hi = pos
    while hi < len(text) and text[hi] != "\n" and not "\u4e00" <= text[hi] <= "\u9fff":
        hi += 1
    run = text[lo:hi]
    return len(run) >= 10 and len(_NOISE_PAIR.findall(run)) >= 3 and run.count(" ") >= 3


_CJK_RUN_BEFORE = re.compile(r"[\u4e00-\u9fff]{4,}$")
_CJK_RUN_AFTER = re.compile(r"[\u4e00-\u9fff]{4,}")
_QUESTION_RUN = re.compile(r"[?？]+")
#: (通讯员??赵玲): marks between a byline's word and the name, spaces a copy lost
_HIDDEN_NOTICE = re.compile(r"隐藏内容|隱藏內容|需先登录|登录后|登錄後")
#: the words of a page's comment or sign-in form (its fields marked * when required)
_FORM_LINE = re.compile(r"昵称|验证码|必填|评论内容|用户名|密码|電子郵件|电子邮箱")
#: 上传人:l****, 上传者：w***, 发布者: a page's field of an account name, the site masking it
_ACCOUNT_FIELD = re.compile(r"(?:上传人|上传者|上传用户|发布者|发布人|用户|会员|网友)[ \u3000]*[:：][ \u3000]*[A-Za-z0-9_\u4e00-\u9fff]{0,4}$")
_BYLINE_WORD = re.compile(r"(?:通讯员|记者|编辑|作者|摄影|来源)[ \u3000]*$")
#: words that open with a unit's character (人口密度, 户籍人口): no unit after a blank
_WORD_NOT_UNIT = re.compile(r"人口|人员|人民|人均|户籍|户数|个人|元旦")
_UNIT_AFTER = re.compile(r"[万千百亿元户人个名亩%％]")


#: what a site's own title adds after an underscore (某某公司_官方网站, 某某_首页)
_SITE_WORDS = re.compile(r"官方网站|官网|首页|主页|门户网站|欢迎您|登录|入口")
#: a site's section a copied page's title ends with (…上半年工作情况_政务公开)
_SITE_SECTION = re.compile(r"(?:政务公开|信息公开|工作动态|新闻动态|新闻中心|通知公告|乡镇动态|部门动态|工作总结)(?=\s|$)")
#: what names a site's owner before its title's underscore (某某公司_官方网站), not a preposition (在_官方网站)
_SITE_OWNER = re.compile(r"(?:公司|集团|在线|网|平台|中心)$")
_CODE_RUN = re.compile(r"[0-9A-Za-z/\-]+")


#: the site's own name after a title's underscore (中国金融门户网站, 某某_官方网站)
_SITE_NAME = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:" + _SITE_WORDS.pattern + r"|网站|网(?![\u4e00-\u9fff]))")


def _site_title(text: str, start: int, end: int) -> bool:
    """Site owner_site name (a copy's pinyin glosses, blanked to spaces, left out)."""
    before = "".join(text[max(0, start - 16):start].split())
    after = "".join(text[end:end + 24].split())
    return bool(_SITE_OWNER.search(before)) and _SITE_NAME.match(after) is not None


def _glossed_line(text: str, pos: int) -> bool:
    """The line holds a copying site's pinyin gloss (報(bào), blanked when the text was read): its
    question marks are characters the copy could not encode and its lone underscores the site's
    separators, not blanks."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    return any(start <= g < end for g in gloss_starts(text))


def _only_marks_on_line(text: str, pos: int) -> bool:
    start, end = _line_of(text, pos, pos)
    runs = text[start:end].split()
    return len(runs) >= 2 and set("".join(runs)) <= {"*", "＊"} and text[:start].strip() != ""  # (*** alone is a mask)


def _wraps_its_line(text: str, pos: int) -> bool:
    """*本文转载自网络，如有侵权，请联系删除* : one mark opening a line and one closing it around a
    sentence, a copied page's emphasis, not two masks."""
    start, end = _line_of(text, pos, pos)
    line = text[start:end].strip(" \u3000\t")
    inner = line[1:-1]
    return len(inner) >= 8 and line[:1] in "*＊" and line[-1:] in "*＊" \
        and "*" not in inner and "＊" not in inner and any(c in inner for c in "，,。；;：:")


def _between_words(text: str, start: int, end: int) -> bool:
    return "\u4e00" <= text[start - 1:start] <= "\u9fff" and "\u4e00" <= text[end:end + 1] <= "\u9fff"


def _in_code(text: str, pos: int, end: int) -> bool:
    """A lone X between hyphens or slashes inside a run of digits, letters, hyphens and slashes
    holding ten digits or more (01526085-X-/2021-0118001): a code's check character, not a blank
    (201x-2020年 and 2023-X-15 are a year and a month left blank)."""
    if end - pos == 1 and (text[pos - 1:pos] not in ("-", "/") or text[pos + 1:pos + 2] not in ("-", "/")) \
            and not text[pos - 1:pos].isdigit():
        return False
    lo = pos
    while lo > 0 and _CODE_RUN.fullmatch(text[lo - 1]):
        lo -= 1
    m = _CODE_RUN.match(text, lo)
    return m is not None and "-" in m.group() and sum(c.isdigit() for c in m.group()) >= 10


def _garbled_line(text: str, pos: int) -> bool:
    """A line whose question marks stand for characters an encoding lost (總?cè)丝?965人, 人??側丝谥?):
    three runs or more, one of them a lone mark before no unit."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:len(text) if end < 0 else end]
    runs = list(_QUESTION_RUN.finditer(line))
    return len(runs) >= 3 and any(len(m.group()) == 1 and not _UNIT_AFTER.match(line, m.end()) for m in runs)


#: words that begin with a counting word (项目, 元旦, 户用): after a mark opening a line, an item's name
_WORDS_FROM_UNITS = ("项目", "元旦", "户用", "户籍", "户外", "亩均", "人居", "人口", "人员", "人才", "人民", "人大",
                     "个人", "个体", "名单", "名称", "家庭", "家园", "次生", "万元户")


def _line_opening(text: str, start: int) -> bool:
    """Only spaces between the line's start and this position."""
    return not text[text.rfind("\n", 0, start) + 1:start].strip(" \u3000\t")


def _item_after(text: str, end: int) -> bool:
    """A whole item after a mark that opens a line (■项目建设：总投资4004万元…, ■15个村完成…): a bullet,
    not a figure left blank — unless a counting word or a year follows as a blank's would (■户贫困户…,
    □年，全镇…)."""
    line_end = text.find("\n", end)
    words = text[end:len(text) if line_end < 0 else line_end]
    if len(words.strip()) < 8 or words.startswith(("村", "乡", "镇", "县")):
        return False
    return _hint(text, end) == "应填具体内容" or words[:1].isdigit() or words.startswith(_WORDS_FROM_UNITS)


#: what a wrong decoding leaves beside lost characters: a Latin letter between Chinese ones (悼h接),
#: or a mark glued to a question mark (?;)
_MOJIBAKE = re.compile(r"[\u4e00-\u9fff?？][A-Za-z][\u4e00-\u9fff]|[?？][;；]")


def _rare(ch: str) -> bool:
    """A character outside GB2312's first level (the 3755 in daily use): text decoded wrongly is
    full of them (吹窖矍暗暮霉饩埃硗), a report's words hardly hold any."""
    try:
        return ch.encode("gb2312")[0] >= 0xD8
    except UnicodeEncodeError:
        return True


def _mojibake_near(text: str, start: int, end: int) -> bool:
    if _MOJIBAKE.search(text, max(0, start - 12), end + 12) is not None:
        return True
    after = [c for c in text[end:end + 12] if "\u4e00" <= c <= "\u9fff"][:10]
    return len(after) >= 6 and sum(map(_rare, after)) >= 3


def find_placeholders(text: str) -> list[tuple[int, int, PlaceholderPattern]]:
    """(start, end, pattern) of every placeholder, in order, without overlaps."""
    allowed = ([(m.start(), m.end()) for m in _ALLOWED_RE.finditer(text)]
               if any(ch in text for ch in _ALLOWED_LAST_CHARS) else [])
    allowed += address_spans(text)  # …/x.html, xxb@163.com
    found: list[tuple[int, int, PlaceholderPattern]] = []
    for pattern, regex in _COMPILED:
        if pattern.triggers and not any(ch in text for ch in pattern.triggers):
            continue
        for m in regex.finditer(text):
            start, end = m.start(), m.end()
            if any(a <= start and end <= b for a, b in allowed):
                continue
            before, after = _neighbours(text, start, end)
            if pattern.operator_between_digits and (_OPERAND.match(after or " ") or _PER_OPERAND.match(text, end)) and (
                    _OPERAND.match(before or " ")
                    or (end - start == 1 and _QUANTITY_BEFORE.search(text, max(0, start - 8), start))) \
                    and not (_DOC_NUMBER_HEAD.search(text, max(0, start - 8), start) and _DOC_NUMBER_TAIL.match(text, end)):
                continue  # 3×4; 658人×70元/月×12个月: a product of quantities (not 宁社建办字20*3号: a year masked)
            if pattern.not_next_to_digits and (_DIGIT.match(text[start - 1:start] or " ")
                                               or _DIGIT.match(text[end:end + 1] or " ")) \
                    and not _blank_beside_digits(text, start, end):
                continue
            if pattern.not_in_numeral and (text[start - 1:start] in _NUMERAL_NEIGHBOURS
                                           or text[end:end + 1] in _NUMERAL_NEIGHBOURS):
                continue
            if pattern.label == "字母 x" and end - start == 1 \
                    and (text[start - 1:start] in _PLUS or text[end:end + 1] in _PLUS):
                continue  # "1+X"证书, "党建+X", “1+N+X”网格: a model's name, not a blank
            if (start == 0 or text[start - 1] == "\n") and end - start == 1 \
                    and text[end:end + 1] in (" ", "\t", "\u3000"):
                continue  # a list bullet: "* 事项", "□ 已完成"
            if (start == 0 or text[start - 1] == "\n") and text[start:end] in ("■", "□") and _item_after(text, end):
                continue  # ■产业发展项目172个, ■项目建设：…, ■15个村完成…: a bullet opening a line (■村, ■镇 stay blanks)
            if end - start == 1 and text[start - 1:start] in "“\"‘'" and text[end:end + 1] in "”\"’'" \
                    and text[start] in "×xX*＊□■":
                continue  # “√”为按时；“×”为不按时: a mark quoted to say what it stands for
            if text[start] in "*＊" and (_HIDDEN_NOTICE.search(text[max(0, start - 6):start].rpartition("\n")[2])
                                         or _HIDDEN_NOTICE.match(text[end:end + 6].lstrip("（()） "))):
                continue  # 查看隐藏内容(*)需先登录: a site's note on the * it hides content behind
            if text[start] in "*＊" and _FORM_LINE.search(text, *_line_of(text, start, end)):
                continue  # * 昵称: * 验证码 … 必填: a page's comment form marking its required fields
            if text[start] in "*＊" and _ACCOUNT_FIELD.search(text, max(0, start - 16), start):
                continue  # 上传人:l**** 文档编号:…: a document site's masked account name, not the report's
            if _COPYRIGHT_NOTICE.search(text, _sentence_start(text, start), start):
                continue  # 凡本网注明“来源：XXX（非本网）”的作品…: a site's notice, XXX meaning any source
            if pattern.label == "空括号" and _OPTIONS_AFTER.match(text, end):
                continue  # …不计入的项目有（）。⏎A.补助收入: an exam question's answer slot
            if pattern.label == "空括号" and _alone_on_line(text, start, end):
                continue  # [] on a line of its own: a copied page's empty link or image slot, no report's blank
            if text[start] in "*＊" and _only_marks_on_line(text, start):
                continue  # * * closing a copied page: a separator of marks and spaces, no blank
            if end - start == 1 and text[start] in "*＊" and _wraps_its_line(text, start):
                continue  # *本文转载自网络，如有侵权请联系删除*: emphasis around a sentence
            if end - start >= 6 and _alone_on_line(text, start, end) and text[:start].strip():
                continue  # ******** on a line of its own: a separator (a first line of **** is a masked title)
            if end - start == 1 and _in_formula(text, start, end):
                continue  # 得分=权重*B/A, 目标值为≥X: a sign or a variable of a scoring formula
            if pattern.label == "省略号" and _hint(text, end) == "应填具体内容" and text[start] != "〔":
                continue  # （……） in a quotation marks words left out; before a unit it masks a figure
            if pattern.label == "空括号" and (_PAGE_COUNTER.search(text, max(0, start - 4), start)
                                             or _FONT_BUTTONS.search(text, max(0, start - 16), start)):
                continue  # 有用() 点赞(): a page's counter left empty, not a blank of the report
            if (text[start:end] == "[]" and text[start - 1:start] == "!" and text[end:end + 1] == "(") \
                    or (text[start:end] == "()" and text[start - 2:start] == "[]"):
                continue  # ![](/images/a.png), ![](): a copied page's image link with no caption or address
            if pattern.label == "问号" and (_DIGIT.match(text[end:end + 8].lstrip(" \u3000") or " ")
                                           or _garbled_line(text, start)
                                           or _BYLINE_WORD.search(text, max(0, start - 4), start)):
                continue  # 水电气补贴????2025年5月, 流动人口1053人??側丝谥?: characters a copy lost, no blank
            if pattern.label == "问号" and end - start >= 2 and _line_opening(text, start) \
                    and ("\u4e00" <= (opening := text[end:end + 3].lstrip(" \u3000")[:1]) <= "\u9fff"
                         or opening in "“‘\"「『（("):  # (????“我们所有的努力…”: a quotation opens the line)
                continue  # ⏎     ????早报讯, ??? 本報訊: a paragraph's full-width indent an encoding lost
            if end - start == 1 and text[start] in "*＊" and _REQUIRED_FIELD.match(text, end) \
                    and not text[_line_of(text, start, end)[0]:start].strip(" \t\u3000"):
                continue  # *正文：, *验证码: a web form's mark of a field that must be filled
            if end - start == 1 and text[start] in "*＊" and (
                    (text[start - 1:start] in ("带", "标") and text[end:end + 1] in ("号", "的"))
                    or text[start - 2:start] in ("打“", "加“", "标“", "带“")):
                continue  # 带*号的为必填项, 标*的, 打“*”: the mark itself named, a form's note (not *号楼, 追加*万元)
            if end - start == 1 and text[start] in "*＊Xx_" and _in_noise(text, start):
                continue  # & ?* q! T$ n& Q% K. g0 w, k* j7 X: a forum page's anti-copy noise, no mask
            if end - start == 1 and text[start] in "*＊" and _NOISE_AROUND.fullmatch(text[max(0, start - 2):start] + text[end:end + 3]):
                continue  # K1 p* O, k* { U! N5: a forum page's anti-copy noise, no mask
            if pattern.label == "问号" and _hint(text, end) == "应填具体内容" and _mojibake_near(text, start, end):
                continue  # 获益更多??吹窖矍…硗?個, 與??悼h接壤: characters an encoding lost, amid others lost
            if end - start == 1 and text[start] in "xX×" and ((_alone_on_line(text, start, end)
                                                            and not (text[start] in "xX" and _FILLED_LINE_AFTER.match(text, end)))
                                                           or _ends_a_toolbar(text, start, end)
                                                           or (text[start - 1:start] == " "
                                                               and (text[start] == "×" or not "\u4e00" <= text[start - 2:start - 1] <= "\u9fff")
                                                               and _alone_after_break(text, start, end))):
                continue  # a web page's close button (×) copied as a line of its own, or ending a menu
            if pattern.label == "问号" and text[start - 1:start].isascii() and text[start - 1:start].isalnum() \
                    and "\u4e00" <= text[end:end + 1] <= "\u9fff" \
                    and (not _UNIT_AFTER.match(text, end) or _WORD_NOT_UNIT.match(text, end)):
                continue  # 面积:1973km2????人口密度…: characters lost between two fields, each filled
            if end - start == 1 and text[start] in "xX" and text[start - 1:start] in "(（" and not text[end:].strip():
                continue  # …全鄉(x: a pinyin gloss the excerpt cut short
            if end - start == 1 and text[start] in "xX" and end in gloss_starts(text):
                continue  # ?!板X(qián): a character a wrong decoding left, its pinyin gloss right after it
            if end - start == 1 and text[start] in "xX" and _LOST_BEFORE_GLOSS.search(text, max(0, start - 16), start):
                continue  # 官家?guī)X橋梁: the rest of a character a wrong decoding left, after its gloss
            if pattern.label == "空括号" and _COUNTER_BEFORE.search(text, max(0, start - 4), start):
                continue  # 人气()  评论(): a web page's counters, empty in the copy
            if pattern.label == "空括号" and _TOOLBAR_AFTER.match(text, end):
                continue  # 08:34   【 】 【打印】 【关闭】: a page's font-size buttons before its toolbar
            if end - start == 1 and text[start] in "xX×" and text[end:end + 1] in ("\n", "") \
                    and _WIDGET_BEFORE.search(text, max(0, start - 12), start):
                continue  # 微信小程序 x⏎微信公众号: a page's pop-up and its close button
            if text[start:end] in ("_", "＿") and _PAGE_CAPTION.match(text, end):
                continue  # …情况汇报_第1页: a copied page's caption
            if end - start == 1 and text[start] in "*＊" and "\u4e00" <= text[start - 1:start] <= "\u9fff" \
                    and text[end:end + 1] in ("、", "，", ",", "；", ";") and _NAMES_LISTED.search(text, max(0, start - 12), start):
                continue  # 镇长刘建舫*、慈惟东: a yearbook's mark after a name (one who left office), no blank
            if end - start == 1 and text[start] in "xX×" and _DIMENSION_BEFORE.search(text, max(0, start - 8), start) \
                    and _DIMENSION_AFTER.match(text, end):
                continue  # 推荐打印尺寸:1m X 1m, 60cm×40cm: a times sign between two sizes
            if end - start >= 3 and not text[start:end].strip("*＊") and text[start - 1:start] in ("【", "[") \
                    and text[end:end + 1] in ("】", "]") and not text[end + 1:text.find("\n", end) if "\n" in text[end:]
                                                             else len(text)].strip(" \t\u3000"):
                continue  # …福利惠民生【******】: a site's ornament closing a headline, no blank
            if text[start:end] in ("_", "＿") and _mojibake_near(text, start, end):
                continue  # 觀眾3000人次?;顒拥拈_展: a character a wrong decoding left, not a blank
            if (pattern.label == "问号" or (text[start:end] in ("_", "＿") and _between_words(text, start, end))) \
                    and _glossed_line(text, start):
                continue  # 地 ??區(qū), 資料共享_文庫_報(bào)告: a copying site's line, its lost characters and separators
            if text[start:end] in ("_", "＿") and _SITE_SECTION.match(text, end):
                continue  # 河西乡2024年上半年工作情况_政务公开: a copied page's title and the site's section
            if text[start:end] in ("_", "＿") and _site_title(text, start, end):
                continue  # 某某公司_官方网站, 金融情报局网_中国金融门户网站: a page title's site name
            if set(text[start:end]) <= set("xX-") and _in_code(text, start, end):
                continue  # 索引号 01526085-X-/2021-0118001: a check character inside a code
            if text[start:end] in ("_", "＿") and _title_separator(text, start):
                continue  # 粉色视频APP_免费…_最新…: a web page title's parts joined by underscores
            if text[start:end] in ("■", "□") and _ARTICLE_MARK.match(text, end) \
                    and (_BYLINE.match(text, end) or text[start - 1:start] in _SENTENCE_ENDS):
                continue  # ■记者 张三, □记者…报道, …5亿元。■: a news article's byline or end mark
            found.append((start, end, pattern))
    found.sort(key=lambda t: (t[0], -t[1]))
    result: list[tuple[int, int, PlaceholderPattern]] = []
    last_end = -1
    for item in found:
        if result and item[0] == last_end and item[2].label in _MASKS and result[-1][2].label in _MASKS:
            result[-1] = (result[-1][0], item[1], result[-1][2])  # __x, xx**: one blank typed with two marks
            last_end = item[1]
        elif item[0] >= last_end:
            result.append(item)
            last_end = item[1]
    return result


#: the marks that stand for a figure or a name (not 空括号/空引号/待定, which say what was left empty)
_MASKS = frozenset(("星号", "字母 x", "×", "某某", "○", "〇〇", "□", "问号", "下划线", "字母 o", "零", "井号"))


#: 宁社建办字20*3 号, 〔20**〕: a document number, where a star among digits masks a year's digit
#: (a year's slot: 20*3, 201*: four characters in all, its digits starting 19 or 20)
_DOC_NUMBER_HEAD = re.compile(r"(?:字|〔|\[|［)[ \u3000]*(?:19|20)[0-9]?$")
_DOC_NUMBER_TAIL = re.compile(r"[0-9]?[ \u3000]*(?:号|〕|\]|］)")


#: ?guī)X: a lost character's question mark, its pinyin gloss (blanked to spaces when the text was read)
_LOST_BEFORE_GLOSS = re.compile(r"[?？](?: {3,}|[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）])$")  # (or its bracket lost too)


#: 人气(), 阅读(), 评论(): a blog page's counters, copied without their numbers
_COUNTER_BEFORE = re.compile(r"(?:人气|人氣|阅读|閱讀|评论|評論|浏览|瀏覽|点击|點擊|收藏|转载|轉載|推荐|推薦|点赞|點讚|回复|回復)[ \u3000]*$")


def check_placeholders(doc: TextDoc):
    for start, end, pattern in find_placeholders(doc.text):
        quote = doc.text[start:end]
        if pattern.label == "待定":
            message = f"“{quote}”：内容尚未确定，报送前请填写或删去"
        elif pattern.label == "空括号":
            message = f"空括号“{quote}”：括号内内容未填写"
        elif pattern.label == "空引号":
            message = "空引号“”：引号内内容未填写"
        else:
            message = f"占位符“{quote}”未填写（{_hint(doc.text, end)}）"
        yield Hit(TextAnchor(doc.key, start, end - start), message, severity=pattern.severity)


PLACEHOLDER_RULE = DocRule(
    id="placeholder",
    severity="error",
    title="未填写的占位符",
    check=check_placeholders,
    failing=(
        "由__x同志任组长，负责全镇森林防火工作。",  # one blank typed with two marks: one finding
        "根据宁社建办字20*3 号文件要求，本季度实现规模上工业生产总值*.*万元。",
        "20_上半年，全镇人口计生各项工作进展顺利。到20_年3月31日止，全镇期末人口17863人。",
        # each blank on a line of its own, the unit or the place's suffix on the next
        "目前全镇已脱贫人口\nX\n户\nX\n人，其中脱贫不稳定户\nX\n户。今年以来，\nX\n镇深入学习贯彻讲话精神。",
        "投资〔…〕万元实施〔…〕种植，硬化〔…〕、〔…〕等道路。",
        "松林溪村学校路段总路程*公里",
        "我乡已完成困难残疾人家庭无障碍改造＊户。",
        "全乡建档立卡贫困人口xxx户xxxx人",
        "现将我乡xxxx年工作情况简要汇报如下",
        "x村今年新修林道x.x公里",
        "投入xx.x万元新修河堤",
        "每周安排x-x个课时",
        "关于xx县xx乡人民政府公租房",
        "打造幸福x。",
        "XX村党支部",
        "××乡人民政府",
        "某某同志任组长",
        "○○村新建文化广场",
        "□□万元",
        "共投入资金____万元",
        "新建（ ）个基站",
        "验收时间待补充",
        "竣工时间待定",
        "农村适龄（*-*岁）“两癌”免费检查",
        "保洁面达到xxx%",
        "投入？？万元",
        "新建文化广场?个",
        "〇〇村新建文化广场",
        "于X月X日召开",
        "就 20xx 年我乡新农合工作开展情况汇报如下",
        "按照年初县委发2011XX号文件要求",
        "（xxxx2月8日）",
        "宜办发[20xx]6号文件",
        "20xx年上半年，全镇新建住房",
        "为×户发放补贴5×万元",
        "共慰问困难群众×人，发放慰问金3万元",
        "我代表_镇人民政府向大会报告工作",
        "在ooo乡第八届人民代表大会上",
        "围绕“OOOOOO”的工作思路",
        "二、工作成效\n■户贫困户已全部实现稳定脱贫，群众满意度高。",
        "该项目由??负责实施。",
        "相关结果已在_官方网站进行公示。",
        "全镇定于2023-X-15召开大会。",
        "新建通村公路长度(km)：??，完成投资??万元。",
        "洪水造成房屋倒塌00户00间，给农户造成经济损失000余万元。",
        "全镇共有**户，上传者：w***。",
        "查看隐藏内容(*)需先登录\n*月**日，桥梓镇依法拆除违法建设*****平方米。",
        "全镇共有__个行政村，__个村民小组。",
        "全镇共有_个行政村_个村民小组。",
    ),
    passing=(
        "制作尺寸为［20*30］厘米的展板。",
        "已打开新沙南粮油加工制造产业板块_产业特色_中国东莞沙田镇栏目正文页面,本页面是由1个导航区、3个正文区组成。",
        "标签：工作总结 人气() 评论() 收藏()",
        "投資17萬余元擴建吳家墩至官家?guī)X橋梁、建設蓮塘村付家組道路。",
        "按3*4米规格建设，补助658人*70元。",
        "镇党委书记于建平，镇长刘建舫*、慈惟东。镇政府驻小观村，辖47个行政村。",
        "名称:Bigemap Pro / 比例尺:1:1000 / 推荐打印尺寸:1m X 1m / 浏览次数: 7次",
        "仙降街道2023年工作综述\n????“我们所有的努力，只为让人民的幸福感一年更比一年强！”街道党工委书记说。",
        "探访“中国幸福村”江西进顺村：村民变股东 福利惠民生【******】\n村民变股东，福利惠民生。",
        # a page's close button on a line of its own, page words after it
        "扫码关注微信公众号\nX\n上一篇：全镇召开脱贫攻坚推进会",
        "(通讯员??赵玲)全镇完成改厕126户。",
        "卫生院配备200毫安 X 光机1台、B超机2台。",
        # question marks a copy put for characters it lost: before a date, or scattered on a garbled line
        "五、水电气补贴????2025年5月，发放水电气补贴275770元。\n八、特殊对象补助?? 2025年5月，发放生活补助金46133.9元。",
        "另有流动人口1053人??側丝谥?，男性9767人，占51%；65歲以上2307人，占12.1%??側丝谥?，以漢族為主。",
        "![]() |\n索引号：002590139/2025-00800",
        "详见http://www.gzxx.gov.cn/art/2020/x.html及邮箱xxb@163.com。",
        "附件：乡村振兴_2023_定稿.docx，文件名report_1镇.doc，Google与Facebook。",
        "按照“X+N”模式组建志愿服务队12支。",
        "开展“1+X”职业技能等级证书培训3期，推行“党建＋X”工作模式，构建“1+N+X”网格体系。",
        "建立5G基站建设，现已完成",
        "探索“3+2”党建品牌",
        "发动群众积极下载反诈App",
        "12345平台满意度超过90%",
        "配备X光机一台",
        "建棚面积为3×4米",
        "计算公式为 a*b",
        "单价3*4元",
        "引进Xbox与Excel培训",
        "购置X5型号设备",
        "“党建+特色产业”",
        "打造“爱你小镇”3A乡村旅游点",
        "已定植博陇37-94辣椒苗",
        "二○一九年一月十日",
        "二〇〇八年成立",
        "如何让群众满意？这是我们的课题。",
        "* 全年工作要点",
        "□ 已完成",
        "制度有待补充完善",
        "设施有待定期检修",
        "户籍人口中户口待定7人，户口空挂27人。",
        "申报对象经评议通过38户，待定5户，未通过3户。",
        "工作人員正在核對(duì)相關(guān)資料，現(xiàn)已完成",
        "增長(zhǎng)6.9%，占比75.2%",
        "购置3x4米帐篷",
        "全年发放生活补贴658人×70元/月×12个月=55.27万元。",
        "落实经费317.21万元（35642人×89元）。",
        "全年发放补贴96人*800元*12个月=92.16万元。",
        "技改投资同比增长32.5%，单位工业增加值能耗下降11%\n■ 受重点产品价格上涨拉动，十大行业全部实现增长",
        "贫困户和低收入农户获益更多??吹窖矍暗暮霉饩埃硗村民也主动要求加入。",
        "□记者田可新报道\n本报济南讯日前，省卫计委召开全省人口分析会。",
        "二、重点工作\n■项目建设：总投资4004万元，已完成投资2860万元。\n■15个村完成人居环境整治。",
        "来源:孝感市人民政府网站  文字大小:[][][]\n孝感市少数民族基本情况。",
        "镇2010年工作总结\n  []\n一、主要工作",
        "1、2022政府工作报告_市政府工作报告 政府工作报告由我整理，希望给你工作带来帮助。",
        "严格实行按例结算??h服务站每月向县人口计生局报送。",
        "     ????早报讯 今年以来，全市出生人口稳中有降。",
        "全縣常住人口為(wèi)74.6萬人。| 地 ??區(qū) | 常住人口(人) |",
        "2021年6月4日 資料共享_文庫_報(bào)告模板",
        "1月16日,笔者从华康公司_官方网站:中医医院召开的工作大会上获悉",
        "索引号 | 01526085-X-/2021-0118001 | 发布机构 | 某镇 |",
        "宁化在线_客家祖地_苏区_黄慎故里_长征出发地_宁化新闻_宁化",
        "全年粮食产量10万吨。\n* *",
        "索引号：11495069MB4236969X-X-2024-0262\n河西乡2024年上半年工作情况_政务公开",
        "全镇共完成造林1200亩。\n*本文转载自网络，如有侵权，请联系删除，电话：0371-63357633*",
        "金融情報局網(wǎng)_中國金融門戶網(wǎng)站 讓金融財經(jīng)離的更近\n全镇完成造林1200亩。",
        "2023年8月2日16:00左右，90后、00后青年返乡创业，二00四年投资1 000万元。",
        "& ?* q! T$ n& Q% K. g0 w启动四级防汛应急响应\n公仔箱論壇4 B2 e/ Q) h: k* j7 X\n全镇转移群众120人。",
        "根据《澳门金沙城中心_欧洲杯足球网-【投注官网平台】2021年工作要点》，全镇完成造林1200亩。",
        "注：带*号的为必填项，标*的栏目须如实填写，共15项。",
        "马上注册，结交更多好友，享用更多功能，让你轻松玩转社区。\n您需要 登录 才可以下载或查看，没有账号?注册\n×\n本报讯全镇完成造林1200亩。",
        "全镇完成造林1200亩。\n凡本网注明“来源：XXX（非本网）”的作品，均转载自其它媒体，并不代表本网赞同其观点。",
        "在统计村集体“经营收益”时，不计入的项目有（）。\nA.补助收入\nB.经营收入",
        "全镇完成造林1200亩。\n*正文:\n验证码: captcha",
        "上传人:l**** 文档编号:9498510 上传时间:2022-04-04 格式:DOCX 页数:5",
        "* 评论内容:\n* 昵称: * 验证码  验证码,看不清楚?请点击刷新验证码* 必填",
        "拆违工作持续推进\n查看隐藏内容(*)需先登录",
        "OxSpider\n鱼河峁镇农村集体产权制度改革探索之路_城镇化建设网-城镇化建设宣传门户网站\n欢迎访问城镇建设官方网站",
    ),
)
