"""Page furniture in an imported text: what a web page or a document viewer put around the report.

Reports reach a township office copied out of document-sharing sites and printed pages, so the
text carries page numbers (第1页共5页), reprint notices (（转载请注明出处）), download notices
and a title printed twice. None of it is the drafter's, so the importer leaves it out; every
piece left out is returned as :class:`LeftOut` so the import preview can name it and nothing
else of the source is touched.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

PAGE_NUMBER = "页码"
REPRINT_NOTICE = "转载或来源说明"
DOWNLOAD_NOTICE = "下载说明"
PUBLISHING = "发布信息"
TITLE_TWICE = "重复的标题"

#: a line this long is report text, never a notice
_NOTICE_MAX = 80

_PAGE_LINE = re.compile(
    r"(?:第\s*\d+\s*页\s*[/／,，、]?\s*(?:共\s*\d+\s*页)?"
    r"|共\s*\d+\s*页\s*[/／,，、]?\s*第\s*\d+\s*页"
    r"|[-—－–]{1,2}\s*\d+\s*[-—－–]{1,2}"
    r"|\d+\s*[/／]\s*\d+"
    r"|[Pp]\.\s*\d+|[Pp]age\s*\d+(?:\s*of\s*\d+)?(?:\s*[-–—]\s*[^，。；,;]{1,40})?"  # (Page 131 - 松江年鉴2015: a book's page head)
    r"|.{1,80}\.(?:docx?|wps|pdf)_第\s*\d+\s*页)")
#: page numbers that cannot be prose wherever they stand, even inside a run-on line
_PAGE_INLINE = re.compile(r"第\s*\d+\s*页\s*[/／]?\s*共\s*\d+\s*页")
_REPRINT_INLINE = re.compile(r"[（(【\[]\s*(?:转载请注明|转载请注明出处|转载须注明|本文转载自|转自)"
                             r"[^（()）【】\[\]\n]{0,30}[）)】\]]")
_REPRINT_LINE = re.compile(r"(?:转载请注明|转载须注明|本文转载自|本文来源|文章来源|版权归原作者)")
#: a download notice speaks of downloading the document itself, or of the site's coins
_DOWNLOAD = re.compile(r"下[载載].{0,2}(?:文[档檔]|资料|資料|本文|全文|此文|[Ww]ord|WORD|[Dd]oc|DOC)"
                       r"|(?:文[档檔]|资料|資料|本文|全文|此文).{0,2}下[载載]|(?:点击|點擊|免费|免費)下[载載]"
                       r"|金币|扣费|下载券|积分下载|解压缩|解压密码")  # not 化解压力
#: … or of the sharing site around it (its preview, its customer service, who uploaded it)
_SITE = re.compile(r"(?:文档|资料).*(?:预览|客服|侵权|侵犯您的权益)|上传人|上传时间"
                   r"|立即(?:了解|下载|查看|开通|购买|咨询)|搜索到更多|更多.{0,8}范文|小编|旗下网站|范文大全|共\d+个回答"
                   r"|本篇文章\d+字|读完约\d+分钟|求真百科|檢視原始碼|查看源代码|前往[:：]\s*導覽|图片来自网络|圖片來自網絡"
                   r"|用[户戶](?:提供并)?上[传傳]|本站不保证|网站客服|版权争议|版[权權][说說]明|申明敬告|文[档檔](?:介绍|介紹|简介|簡介)"
                   r"|^[【\[]\s*(?:www\.|https?://)\S+\s*[】\]]$|^本帖最后由.*编辑$"  # (【www.16maker.com--工作总结】; a forum's edit note)
                   r"|^[\u4e00-\u9fff]{2,8}(?:范文网|文库|文档网|总结网)$|^([\u4e00-\u9fff]{2,6}网)\1+$|添加.{1,10}到(?:电脑)?桌面|桌面快捷")  # (鸿福范文网: the site's name alone)  # (its adverts and blurbs)
#: a strip of the site's buttons: “下载 相关 举报”, “收藏 分享(赏)”
#: - 0 / - 约3.6千字 / - 约 7页 / - 2026-01-19 发布于四川 / - 举报: a document site's counters and facts
#: about the file, a dash before each
_DOC_STATS = re.compile(r"[-—·•]\s*(?:\d{1,6}|约\s*[\d.]+\s*(?:千字|万字|字|页)|\d{4}-\d{1,2}-\d{1,2}\s*发布(?:于\S{0,8})?"
                        r"|[\d.]+\s*[KMG]B|\d{1,4}\s*页|举报|收藏|分享|下载)(?:\s*[|｜])*")  # (- 25.50 KB, - 2021-04-15 发布 |)
_BUTTONS = re.compile(r"(?:(?:下载|相关|举报|收藏|分享|打印|关闭|评论)\S{0,3}\s+){1,6}"
                      r"(?:下载|相关|举报|收藏|分享|打印|关闭|评论)\S{0,3}")

#: what a government site prints around an article: 发布时间：… 来源：… 浏览次数：…, （责任编辑：…）
_PUBLISHING_LABEL = (r"(?:发布时间|发布日期|发布者|发布人|发布单位|发文单位|信息来源|来源|浏览次数|浏览量|"
                     r"發布時間|發布日期|信息來源|來源|瀏覽次數|責任編輯|"
                     r"点击数|点击量|点击次数|阅读次数|阅读量|访问量|访问次数|责任编辑|编辑|作者|审核|校对|"
                     r"索引号|主题分类|组配分类|发布机构|发文字号|发文机关|文号|成文日期|生成日期|公开日期|公开方式|公开范围|公开时限|体裁分类|服务对象|"
                     r"文件名称|更新时间|地名|隶属|词条|行政代码|行政区划代码|身份证前6位|长途区号|邮政编码)")  # (a public-information page's catalogue fields)
_PUBLISHING_FIELD = re.compile(rf"{_PUBLISHING_LABEL}\s*(?:[：:|｜]|\s(?=[0-9A-Za-z]))")
#: (发布网友 发布时间：…: a question-and-answer site's line about who posted it)
#: 热心网友 时间:2024-05-17 13:17: who answered on a question-and-answer site, and when
_ASKER = re.compile(r"(?:发布网友|热心网友|匿名用户|网友)\s*(?:发布)?时间\s*[：:].*")
_PUBLISHING_LINE = re.compile(rf"[|｜\s]*(?:(?:发布网友|热心网友|匿名用户)\s*)?[（(【\[]?\s*{_PUBLISHING_LABEL}\s*(?:[：:|｜]|\s(?=[0-9A-Za-z]))[^，。；！？,;!?]*?[）)】\]]?")
#: the lines at each end of a text where a single 来源：… or 责任编辑：… is the page's
_EDGE_LINES = 3
#: the site's name after a web page's title: “…工作总结-XX县人民政府网”
_SITE_SUFFIX = re.compile(r"\s*[-—－_|｜]+\s*[^-—－_|｜\s]{2,24}(?:网|网站|门户网站|门户|官网|政府网)\s*$")


SITE_NAVIGATION = "网页导航"
#: 首页 > 政务公开 > 工作动态: where the page sits on its site
_BREADCRUMB = re.compile(r"(?:您)?(?:現在|现在|當前)(?:所在|所處)?的?位置\s*[：:].*"  # (您現在的位置 : 貴州省 > …)
                         r"|[>＞»›]{1,2}\s*[^>＞»›]{1,20}(?:\s*[>＞»›]{1,2}\s*[^>＞»›]{1,40}){2,}"  # (>> 政务公开 >> …)
                         r"|[^>＞»›]{1,20}(?:\s*[>＞»›]{1,2}\s*[^>＞»›]{0,20}){3,}"  # (天长先锋网>> 万寿>> 工作动态>>正文内容)
                         r"|[^>＞»›\s]{1,12}网\s*(?:[>＞»›]{1,2}\s*[^>＞»›]{0,40}){2,}"  # (找总结网 > 工作计划 > …)
                         r"|(?:您)?(?:当前|现在)?(?:所在|所处)?的?位置\s*[：:]\s*[^>＞»›/／]{0,40}(?:\s*[>＞»›/／]\s*[^>＞»›/／]{0,40})*"
                         r"|首页\s*(?:[>＞»›/／]\s*[^>＞»›/／]{1,16}\s*)+")
#: ![]() |: an image a copy left as its markup
_IMAGE_MARKUP = re.compile(r"(?:!\[[^\]]*\]\([^)]*\)\s*[|｜]?\s*)+")
#: 目录/提纲：……: a document site's table-of-contents label
_CONTENTS = re.compile(r"(?:目录|提纲)(?:\s*/\s*(?:目录|提纲))?\s*[：:]?\s*[…\.。·]*")
#: 【打印本页】【关闭窗口】, 【字体：大 中 小】: the page's buttons in brackets, nothing else
_BRACKET_BUTTONS = re.compile(r"(?:[【\[]\s*(?:打印本页|打印|关闭窗口|关闭|收藏|分享|返回顶部|字体\s*[：:]\s*大\s*中\s*小"
                              r"|大\s*中\s*小|加入收藏|设为首页)\s*[】\]]\s*)+")
_BUTTON_WORDS = frozenset(("打印本页", "打印", "关闭窗口", "关闭", "收藏", "分享", "返回顶部", "加入收藏", "设为首页",
                           "大", "中", "小", "字体", "字号", "返回", "登录", "注册", "无障碍", "无障碍版", "长者助手",
                           "长者模式", "关怀版", "手机版", "保存桌面快捷方式", "选择语言", "全文预览", "网站地图", "English",
                           "繁体", "简体", "繁體", "搜索", "首页", "长辈版", "字体大小", "返回首页", "分享", "手机阅读"))
#: a site's own words that stand alone on a line at the top or foot of a page (• 无障碍, 选择语言)
_CHROME_WORDS = frozenset(("返回", "无障碍", "无障碍版", "长者助手", "长者模式", "关怀版", "选择语言", "全文预览",
                           "手机版", "网站地图", "保存桌面快捷方式", "长辈版", "分享", "手机阅读", "导航菜单", "加载中...",
                           "加载中…", "朗读", "内容阅读", "电脑桌面", "电脑版", "政务微信", "政务微博"))
#: 網站首頁 個人文檔 個人總結 工作總結 述職報告 …: a site's menu, many short words and nothing else
_MENU_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,5}")
#: | |, • —: a line of nothing but a page's separators
_SEPARATORS_ONLY = re.compile(r"[\s|｜•·\-—>＞/／]+")
#: 上一篇：… / 下一篇：…: the site's links to its other articles
_NEIGHBOUR_ARTICLE = re.compile(r"(?:上一篇|下一篇|上一条|下一条)\s*[：:].*")
_FOOTER_FIELDS = re.compile(r"(?:主办单位|承办单位|主办|承办|联系电话|技术支持|网站标识码|版权所有|地址|邮编|电子邮箱)\s*[：:]")
#: 相关链接：…, 相关文档：…(共5篇), 推荐阅读: the site's links to other pages
_RELATED = re.compile(r"(?:相关链接|相关文档推荐|相关文档|相关阅读|推荐阅读|相关推荐|友情链接)\s*[：:].*")
#: 上一页 1 2 下一页: the page's pager
_PAGER = re.compile(r"(?:首页\s*)?(?:上一页|上页)?\s*(?:\d+\s*)*(?:下一页|下页)\s*(?:尾页)?|(?:上一页|上页)\s*(?:\d+\s*)+")
#: 版权所有：…  备案号：…ICP备…: the site's footer
_FOOTER = re.compile(r".*(?:ICP备|备案号|版权所有|主办单位|承办单位|技术支持|网站标识码).*")


_PAGER_TOKEN = re.compile(r"首页|上一页|上页|下一页|下页|尾页|末页|第\s*\d+\s*页|共\s*\d+\s*页|\d+|[/／|｜]")


def _pager_tokens(line: str) -> bool:
    """第1页　第2页　下一页　尾页: nothing but a pager's links, one of them to another page."""
    words = line.split()
    return len(words) >= 2 and all(_PAGER_TOKEN.fullmatch(w) for w in words) \
        and any(w in ("上一页", "上页", "下一页", "下页", "尾页", "末页") for w in words)


def _only_buttons(line: str, at_edge: bool = False) -> bool:
    """【字体:大 中 小】  打印本页  关闭窗口: nothing but the page's buttons, bracketed or not (at a
    page's top or foot, one of its own words alone: • 无障碍, 选择语言)."""
    words = re.split(r"[\s【】\[\]：:•·|｜]+|(?<!\S)[-—]+(?!\S)", line)
    words = [w for w in words if w]
    if len(words) == 1 and at_edge:
        return words[0] in _CHROME_WORDS
    return len(words) >= 2 and all(w in _BUTTON_WORDS for w in words) and any(len(w) >= 2 for w in words)


@dataclass(frozen=True)
class LeftOut:
    """A piece of the source the importer did not take, and what kind of furniture it is."""

    text: str
    kind: str
    paragraph: int = 0  # index of the source paragraph it stood in (for source order)


def _squeeze(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace())


#: | 标题: | 中庄镇2020年预算执行和2021年预算草案 |, 名称: … 文号:: a public-information page's
#: catalogue row naming the document — its title, the label and cell marks around it furniture
_TITLE_FIELD = re.compile(r"[\s|｜\[【]*(?:标题|名称|文件名称|文件标题)\s*[\]】]?\s*[：:]?\s*[|｜]?\s*"
                          r"(?P<title>[^|｜\s：:][^|｜]{3,60}?)\s*(?:[|｜\s]*(?:文号\s*[：:][^|｜]*)?)[|｜\s]*")


def _menu_only(line: str) -> bool:
    words = re.split(r"[\s|｜]+", line.strip(" |｜"))
    return len(words) >= 5 and all(_MENU_WORD.fullmatch(w) for w in words)


#: a copying site's pinyin gloss after a character (發(fā)布), and a space inside a short label (索 引 号)
_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]")
_SPACED_WORD = re.compile(r"(?<=^[\u4e00-\u9fff]) (?=[\u4e00-\u9fff] ?[\u4e00-\u9fff]?[：:])|(?<=^[\u4e00-\u9fff] [\u4e00-\u9fff]) (?=[\u4e00-\u9fff][：:])")


def furniture_kind(line: str, at_edge: bool = False) -> str | None:
    """The kind of page furniture a whole line is, or None when it is report text.

    at_edge: the line stands among the first or last lines of the text, where a page prints
    a single 来源：… or （责任编辑：…）; elsewhere only a line of several such fields is."""
    s = _SPACED_WORD.sub("", _GLOSS.sub("", line.strip()))  # (發(fā)布時(shí)間, 索 引 号: the words as read)
    if s.startswith(("【导语】", "【導語】")) and at_edge:
        return DOWNLOAD_NOTICE  # a site's lead-in about the kind of text, before the text
    if not s or len(s) > _NOTICE_MAX:
        return None
    if _PUBLISHING_LINE.fullmatch(s) and (at_edge or len(_PUBLISHING_FIELD.findall(s)) >= 2
                                          or s.count("|") + s.count("｜") >= 2) or _ASKER.fullmatch(s):
        return PUBLISHING  # (| 发布单位: | 章镇镇 |: a row of the page's catalogue table)
    if _PAGE_LINE.fullmatch(s):
        return PAGE_NUMBER
    if _REPRINT_INLINE.fullmatch(s) or _REPRINT_LINE.match(s):
        return REPRINT_NOTICE
    if _DOWNLOAD.search(s) or _SITE.search(s) or _BUTTONS.fullmatch(s) or _DOC_STATS.fullmatch(s):
        return DOWNLOAD_NOTICE
    if _BREADCRUMB.fullmatch(s) or _BRACKET_BUTTONS.fullmatch(s) or _PAGER.fullmatch(s) \
            or _NEIGHBOUR_ARTICLE.fullmatch(s) or _only_buttons(s, at_edge) or _RELATED.fullmatch(s) or _pager_tokens(s) \
            or _IMAGE_MARKUP.fullmatch(s) or _CONTENTS.fullmatch(s) \
            or (at_edge and (_SEPARATORS_ONLY.fullmatch(s) or _menu_only(s))) \
            or (_FOOTER.fullmatch(s) and (at_edge or "ICP" in s or len(_FOOTER_FIELDS.findall(s)) >= 2)):
        return SITE_NAVIGATION
    return None


def strip_inline(line: str, paragraph: int = 0) -> tuple[str, list[LeftOut]]:
    """The line without page numbers and reprint notices standing inside it."""
    found: list[tuple[int, LeftOut]] = []
    for pattern, kind in ((_PAGE_INLINE, PAGE_NUMBER), (_REPRINT_INLINE, REPRINT_NOTICE)):
        found.extend((m.start(), LeftOut(m.group(0), kind, paragraph))
                     for m in pattern.finditer(line))
        line = pattern.sub("", line)
    return line, [piece for _, piece in sorted(found, key=lambda f: f[0])]


#: what a copying site appends to every line: its name or slogan, with letters or dashes in it
_MARK_LIKE = re.compile(r"[A-Za-z][A-Za-z0-9]*[\u4e00-\u9fff]|--|——|百科|文库|范文网")


def _watermark(lines: list[str]) -> str | None:
    """g0M乡村百科--为乡村振兴助力 at the end of three lines or more: a copying site's mark on
    every line (no report ends three lines with the same words, letters and dashes)."""
    ends = [line.rstrip() for line in lines if len(line.strip()) >= 12]
    for size in range(8, 31):
        counts: dict[str, int] = {}
        for line in ends:
            if len(line) > size + 4:  # (the mark after words of the line: not a line repeated whole)
                counts[line[-size:]] = counts.get(line[-size:], 0) + 1
        found = [t for t, n in counts.items() if n >= 3 and _MARK_LIKE.search(t)]
        if found:
            mark = found[0]
            while True:  # the whole mark: as far back as every line so marked agrees, up to a stop
                longer = {line[-len(mark) - 1:] for line in ends if line.endswith(mark) and len(line) > len(mark)}
                if len(longer) != 1 or (nxt := longer.pop())[0] in "。！？；;!?，,：: \u3000":
                    return mark
                mark = nxt
    return None


def strip_lines(lines: list[str]) -> tuple[list[str | None], list[LeftOut]]:
    """Each line with its furniture taken out; None for a line that was furniture throughout."""
    out: list[str | None] = []
    left: list[LeftOut] = []
    mark = _watermark(lines)
    if mark is not None:
        marked = [i for i, line in enumerate(lines) if line.rstrip().endswith(mark)]
        lines = [line.rstrip()[:-len(mark)] if i in marked else line for i, line in enumerate(lines)]
        left.append(LeftOut(mark, REPRINT_NOTICE, marked[0]))
    filled = [i for i, line in enumerate(lines) if line.strip()]
    edge = set(filled[:_EDGE_LINES]) | set(filled[-_EDGE_LINES:])  # blank lines do not count
    for i, line in enumerate(lines):
        kind = furniture_kind(line, at_edge=i in edge)
        if kind is not None:
            out.append(None)
            left.append(LeftOut(line.strip(), kind, i))
            continue
        field = _TITLE_FIELD.fullmatch(line) if i in edge or i < 12 else None
        if field is not None and ("|" in line or "｜" in line or "：" in line or ":" in line):
            left.append(LeftOut(line.replace(field.group("title"), "…").strip(), PUBLISHING, i))
            out.append(field.group("title").strip())
            continue
        if i == 0:  # a web page's title line ends with the site's name
            site = _SITE_SUFFIX.search(line)
            if site and line[:site.start()].strip():
                left.append(LeftOut(site.group().strip(), PUBLISHING, i))
                line = line[:site.start()]
        kept, pieces = strip_inline(line, i)
        left.extend(pieces)
        out.append(kept if kept.strip() or not line.strip() else None)
    return out, left


#: what a site adds to a document's title: its file's extension (….docx), the date it was posted
#: ( 2016-03-07), the page of a collection (-10篇(第20/30页), _2, (9))
#: what a document site puts before a document's title: 精选优质文档-倾情为你奉上
_TITLE_HEAD = re.compile(r"^(?:精选优质文档[-—－_ ]*倾情为你奉上|精选优质文档|倾情为你奉上)[-—－_ ]*")
#: (pattern, kind): the title's tail it takes off; _GLOSS (鎮(zhèn)) is taken out wherever it stands
_TITLE_TAILS = (
    (re.compile(r"(?:\s*[|｜])+\s*$"), SITE_NAVIGATION),  # (…工作思路 |: a cell mark of the page's table)
    (re.compile(r"\.(?:docx?|wps|pdf|txt)(?:\s*VIP)?$|_第\s*\d+\s*页$", re.IGNORECASE), DOWNLOAD_NOTICE),
    (_GLOSS, DOWNLOAD_NOTICE),
    (re.compile(r"\s+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$|[（(](?:19|20)\d{6}[）)]$"), PUBLISHING),
    (re.compile(r"[（(]精[选選]\d{1,3}篇[）)]$|[（(]\d{1,3}篇[）)]$"), DOWNLOAD_NOTICE),
    (re.compile(r"\s*[-—_]\s*\d{1,3}篇\s*[（(]第\s*\d+\s*/\s*\d+\s*页[）)]$|_\d{1,2}$|(?<=[\u4e00-\u9fff])[（(]\d{1,2}[）)]$"),
     DOWNLOAD_NOTICE),
)


def clean_title(title: str, paragraph: int = 0) -> tuple[str, list[LeftOut]]:
    """The title without what a site added to it (kept in the notes)."""
    left: list[LeftOut] = []
    head = _TITLE_HEAD.match(title)
    if head is not None and len(title) - head.end() >= 4:
        left.append(LeftOut(head.group().strip(" -—－_"), DOWNLOAD_NOTICE, paragraph))
        title = title[head.end():]
    for pattern, kind in _TITLE_TAILS:
        if pattern is _GLOSS:  # pinyin glosses, wherever they stand
            glosses = pattern.findall(title)
            if glosses:
                left.append(LeftOut("".join(glosses), kind, paragraph))
                title = pattern.sub("", title)
            continue
        m = pattern.search(title)
        if m is not None and len(title[:m.start()].strip()) >= 4:
            left.append(LeftOut(m.group().strip(), kind, paragraph))
            title = title[:m.start()].rstrip()
    return title, left


def doubled_prefix(text: str, *, shortest: int = 6, longest: int = 80) -> int:
    """Length L when text starts with the same L characters twice (a title printed twice), else 0."""
    best = 0
    for n in range(shortest, min(longest, len(text) // 2) + 1):
        if text[:n] == text[n:2 * n] and text[n - 1] not in "。，,；;：:" \
                and sum(1 for ch in text[:n] if "\u4e00" <= ch <= "\u9fff") >= 4:
            best = n
    return best


def same_as_title(line: str, title: str) -> bool:
    """A line that only repeats the title (perhaps with a full stop after it)."""
    s, t = _squeeze(line), _squeeze(title)
    return bool(t) and (s == t or s == t + "。")


def near_double(title: str, *, shortest: int = 6, share: float = 0.8) -> tuple[str, str] | None:
    """(first, second) when a title is two copies that differ only at the end (…计划…打算)."""
    t = title.strip()
    for n in range(shortest, len(t) - shortest + 1):
        a, b = t[:n], t[n:]
        common = 0
        while common < min(len(a), len(b)) and a[common] == b[common]:
            common += 1
        if common >= share * max(len(a), len(b)) and abs(len(a) - len(b)) <= 2:
            return a, b
    return None


def describe(left: list[LeftOut]) -> list[str]:
    """Import notes for what was left out: one note per kind, each piece quoted."""
    notes = []
    for kind in (TITLE_TWICE, PAGE_NUMBER, REPRINT_NOTICE, DOWNLOAD_NOTICE, PUBLISHING, SITE_NAVIGATION):
        pieces = [p.text for p in left if p.kind == kind]
        if not pieces:
            continue
        shown = "、".join(f"“{_short(p)}”" for p in pieces[:3])
        more = f"等 {len(pieces)} 处" if len(pieces) > 3 else ""
        if kind == TITLE_TWICE:
            notes.append(f"标题重复出现，多出的一遍未导入：{shown}{more}。")
        elif kind == SITE_NAVIGATION:
            notes.append(f"网页的导航、按钮和页脚不是报告内容，未导入：{shown}{more}。")
        else:
            notes.append(f"网页或文档页面上的{kind}不是报告内容，未导入：{shown}{more}。")
    return notes


def _short(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[:limit] + "…"
