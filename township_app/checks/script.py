"""Traditional-script copies read as Simplified, character for character.

Reports reach offices as Traditional-script copies (戶, 萬元, 億, 總人口, 佔) from
sites that convert pages. The rules look for Simplified words, so each text is read
through this one-to-one table first; offsets do not move, and findings quote the text as
written. A character is a line of the table: add one where a report shows it missed.
"""
from __future__ import annotations

import re
from functools import lru_cache

_PAIRS = (
    # units, numbers and money
    "棟栋 戶户 萬万 億亿 圓元 畝亩 噸吨 公頃公顷 個个 隻只 條条 項项 臺台 輛辆 盞盏 塊块 張张 幅幅 萬万 兩两 釐厘 斤斤 擔担"
    # totals, parts, comparison and change
    " 總总 計计 數数 佔占 與与 較较 減减 達达 實实 際际 長长 漲涨 餘余 幾几 約约 並并 另另 於于 從从 至至 為为 爲为"
    " 則则 應应 當当 對对 這这 們们 個个 將将 經经 過过 還还 進进 開开 發发 關关 係系 並并 區区 縣县 鄉乡 鎮镇 村村 組组"
    " 業业 產产 農农 務务 財财 稅税 資资 貸贷 費费 險险 療疗 醫医 藥药 衛卫 護护 養养 殘残 困困 貧贫 幫帮 扶扶 補补 貼贴"
    " 戰战 軍军 屬属 優优 撫抚 婦妇 兒儿 孫孙 學学 師师 敎教 教教 園园 場场 廠厂 礦矿 電电 網网 鐵铁 線线 車车 運运 橋桥"
    " 樓楼 屋屋 築筑 設设 備备 裝装 蓋盖 環环 綠绿 樹树 林林 糧粮 麥麦 穀谷 種种 蔬蔬 菜菜 魚鱼 雞鸡 豬猪 牛牛 羊羊 頭头"
    " 勞劳 動动 轉转 換换 讓让 協协 會会 議议 黨党 員员 幹干 部部 機机 構构 團团 體体 獨独 齡龄 歲岁 婚婚 齡龄 孕孕"
    " 類类 級级 層层 質质 量量 價价 錢钱 帳账 賬账 銷销 購购 買买 賣卖 貨货 額额 標标 準准 規规 劃划 畫画 個个 專专 門门"
    " 點点 處处 辦办 權权 證证 書书 報报 據据 統统 籌筹 劃划 觀观 現现 狀状 況况 問问 題题 題题 節节 約约 導导 領领 織织"
    " 強强 號号 歷历 曆历 時时 間间 週周 後后 裏里 裡里 麼么 於于 無无 與与 專专 興兴 舉举 亂乱 爭争 災灾 難难 險险 衛卫"
    " 區区 鄰邻 離离 參参 覆覆 蓋盖 結结 紀纪 約约 給给 納纳 纖纤 絕绝 續续 總总 綜综 維维 緊紧 練练 織织 縣县 繳缴 繼继"
    " 認认 識识 調调 談谈 請请 講讲 評评 試试 詳详 謝谢 讀读 論论 設设 訪访 該该 說说 誤误 課课 諾诺 譽誉 護护 變变"
    " 億亿 傳传 們们 傷伤 價价 儲储 優优 償偿 創创 劉刘 劇剧 勵励 勝胜 勢势 區区 華华 協协 單单 嚴严 國国 圍围 圖图 團团"
    " 壓压 壞坏 壯壮 奪夺 奮奋 婁娄 實实 寧宁 寶宝 對对 將将 屆届 層层 歲岁 嶺岭 巖岩 幣币 帶带 幫帮 廣广 廢废 廟庙 張张"
    " 彙汇 匯汇 態态 慶庆 憂忧 應应 懷怀 戀恋 戲戏 擁拥 擇择 擊击 據据 擴扩 攜携 數数 斷断 於于 時时 晉晋 曉晓 曬晒 書书"
    " 會会 東东 條条 來来 極极 構构 標标 樣样 歐欧 歸归 殺杀 氣气 漢汉 湯汤 溝沟 滅灭 滿满 漁渔 潔洁 澤泽 濟济 灣湾 災灾"
    " 為为 煙烟 燈灯 營营 爾尔 獎奖 獲获 產产 畢毕 當当 發发 盡尽 監监 盤盘 碼码 確确 礎础 穩稳 積积 窮穷 競竞 筆笔 節节"
    " 範范 築筑 簡简 糧粮 紅红 約约 級级 紡纺 細细 終终 組组 經经 結结 絡络 統统 絲丝 網网 緣缘 編编 縮缩 總总 績绩"
    " 職职 聯联 聲声 聽听 肅肃 脫脱 腦脑 與与 舊旧 艱艰 藝艺 範范 莊庄 萬万 葉叶 蘭兰 處处 虧亏 號号 衝冲 製制 複复"
    " 視视 親亲 覺觉 觀观 觸触 計计 記记 許许 訂订 訊讯 詞词 試试 詢询 話话 誠诚 調调 諸诸 謀谋 證证 議议 讓让 貝贝"
    " 負负 貢贡 責责 貫贯 貿贸 資资 賓宾 賦赋 質质 賴赖 贊赞 趕赶 趙赵 跡迹 蹤踪 較较 載载 輔辅 輕轻 輸输 辦办 農农 迴回"
    " 這这 連连 週周 進进 運运 過过 達达 違违 遠远 適适 遷迁 選选 遺遗 邊边 鄉乡 醫医 釋释 針针 錄录 鍵键 鎮镇 長长 門门"
    " 閉闭 開开 閑闲 間间 閱阅 隊队 陽阳 階阶 際际 陳陈 險险 隨随 隱隐 雖虽 雙双 雜杂 雞鸡 離离 難难 電电 霧雾 靈灵 韓韩"
    " 響响 頁页 頂顶 項项 順顺 須须 預预 領领 頭头 頻频 題题 額额 顏颜 願愿 類类 顧顾 顯显 風风 飛飞 飯饭 飲饮 養养 館馆"
    " 饑饥 馬马 駐驻 驗验 驚惊 體体 髮发 鬥斗 鬧闹 魯鲁 鳥鸟 鳳凤 鹽盐 麗丽 麥麦 黃黄 點点 齊齐 龍龙 龜龟 別别 麼么 裏里 佈布"
    " 轄辖 內内 戶户 鄰邻 屆届 貧贫 溫温 氣气 積积 總总"
    " 眾众 衆众 辭辞 亞亚 賽赛 執执 夥伙 礙碍 壩坝 閘闸 擬拟 彎弯 盜盗 竊窃 罰罚 啟启 啓启 稱称 檢检 測测 禮礼 誌志"
    " 簽签 託托 廳厅 顆颗 蠶蚕 蘋苹 棗枣 葯药 紙纸 飼饲 餵喂 糞粪 漿浆 鋼钢 銀银 鍋锅 鐘钟 錯错 鏈链 峽峡 濕湿 滯滞"
    " 潤润 澇涝 濱滨 灑洒 瀝沥 燒烧 爐炉 驅驱 閒闲 闆板 邁迈 誼谊 紮扎 廚厨 廁厕 碼码 礎础 續续 歡欢"
    # every other Traditional-only character whose Simplified form the corpus or the rules use
    # (taken from a converter's table, OpenCC's t2s; none is a character Simplified text writes)
    " 羣群 籤签 訓训 堅坚 糾纠 紛纷 檔档 遊游 欄栏 決决 鞏巩 義义 牀床 崗岗 徵征 撥拨 寫写 銜衔 淨净 復复 臨临 僅仅 純纯 審审"
    " 繞绕 診诊 習习 冊册 債债 術术 見见 庫库 賠赔 採采 詐诈 輪轮 兌兑 覽览 輟辍 輯辑 揮挥 掛挂 愛爱 豐丰 瀏浏 掃扫 雲云 沒没"
    " 損损 篩筛 楓枫 勸劝 徹彻 嬰婴 惡恶 鋪铺 諧谐 夠够 軟软 訴诉 刪删 頓顿 渙涣 徑径 樂乐 騙骗 楊杨 橫横 峯峰 郵邮 薦荐 稈秆"
    " 榮荣 懸悬 踐践 諮咨 緩缓 瑤瑶 勁劲 饋馈 蟲虫 搶抢 恆恒 劑剂 剛刚 隴陇 鋒锋 語语 蘇苏 臍脐 腳脚 熱热 殯殡 寬宽 駕驾 顛颠"
    " 賃赁 蝦虾 聞闻 祿禄 異异 鮮鲜 討讨 藍蓝 矯矫 樁桩 暢畅 撐撑 慣惯 頸颈 陣阵 鑑鉴 鍾钟 鉤钩 鈴铃 邏逻 諡谥 訟讼 虛虚 蓮莲"
    " 脅胁 羅罗 繕缮 籃篮 犧牺 牆墙 濃浓 潛潜 樸朴 攝摄 壘垒 墳坟 傾倾 倉仓 鴨鸭 鳴鸣 陸陆 閥阀 輿舆 軸轴 躍跃 趨趋 贛赣 贏赢"
    " 貯贮 礪砺 磽硗 磚砖 獻献 牽牵 涼凉 毀毁 殼壳 檳槟 擺摆 撲扑 撈捞 搖摇 揚扬 宮宫 娛娱 壽寿 墾垦 側侧 黴霉 驟骤 驛驿 駛驶"
    " 餼饩 靚靓 鏟铲 錦锦 銳锐 釣钓 釀酿 醜丑 鄭郑 鄧邓 遲迟 輻辐 賞赏 貴贵 譜谱 誰谁 蘊蕴 蒞莅 臥卧 膠胶 縱纵 紹绍 紐纽 窩窝"
    " 祕秘 疊叠 獼猕 漸渐 滾滚 溼湿 淺浅 棄弃 暫暂 揀拣 懲惩 慮虑 悅悦 岡冈 屢屡 喬乔 厲厉 傑杰 偉伟 鹼碱 鹹咸 鵬鹏 鵝鹅 鴻鸿"
    " 鱔鳝 鰍鳅 驕骄 馭驭 飢饥 飄飘 頒颁 韻韵 陝陕 闊阔 閣阁 鍛锻 鋰锂 遞递 贓赃 賺赚 賑赈 貳贰 薈荟 蔭荫 蓀荪 艙舱 脈脉 聖圣"
    " 罌罂 纜缆 繪绘 繡绣 縫缝 締缔 緒绪 綁绑 粵粤 籠笼 窯窑 窪洼 甕瓮 狹狭 熒荧 煉炼 烏乌 澆浇 滲渗 滬沪 涇泾 櫃柜 樞枢 暘旸"
    " 攬揽 攤摊 擠挤 憑凭 彈弹 巒峦 嶸嵘 尋寻 媽妈 壟垄 墊垫 埡垭 囑嘱 噴喷 嘆叹 喫吃 喪丧 吳吴 叄叁 卻却 凍冻 丟丢"
    # punctuation some converters leave behind
    " ％%"
)

_TABLE = {}
for _pair in _PAIRS.split():
    if len(_pair) % 2 == 0:
        half = len(_pair) // 2
        for _t, _s in zip(_pair[:half], _pair[half:]):
            if _t != _s:
                _TABLE[ord(_t)] = _s


#: any character the table replaces: most texts have none, and one search for them is many
#: times cheaper than translating the text character by character
_TRADITIONAL = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TABLE)) + "]")


#: 增长(zhǎng), 現(xiàn): the pinyin some copying sites put after characters (tone marks make it
#: certain); read as spaces, so a number keeps its words and no 半角括号 is reported for them
_PINYIN_GLOSS = re.compile(r"[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]")


@lru_cache(maxsize=4096)
def analysis_text(text: str) -> str:
    """`text` with Traditional characters replaced by their Simplified ones and pinyin glosses
    blanked, same length (offsets into it are offsets into the text as written)."""
    if text.isascii():
        return text
    glosses = None
    if "(" in text or "（" in text:
        glosses = [m.start() for m in _PINYIN_GLOSS.finditer(text)]
        text = _PINYIN_GLOSS.sub(lambda m: " " * len(m.group()), text)
    if _TRADITIONAL.search(text) is not None:
        text = text.translate(_TABLE)
    if glosses:
        _remember_glosses(text, glosses)
    return text


def _remember_glosses(text: str, glosses: list[int]) -> None:
    if len(_GLOSSES) >= 8192:
        _GLOSSES.pop(next(iter(_GLOSSES)))
    _GLOSSES[text] = glosses


#: text as analysed → where the pinyin glosses blanked in it stood (few texts have any)
_GLOSSES: dict[str, list[int]] = {}


def take_glosses(glosses: dict[str, list[int]]) -> None:
    """Where the glosses stood in texts analysed in another process (the check's helper, which
    is handed texts already analysed), in place of what this process remembered."""
    _GLOSSES.clear()
    for text, starts in glosses.items():
        _remember_glosses(text, starts)


def gloss_starts(analysed: str) -> list[int]:
    """Where analysis_text blanked a copying site's pinyin glosses in this text: such a copy also
    loses characters (??) and joins a site's words with underscores, none of them a blank."""
    return _GLOSSES.get(analysed, [])


#: a line that ends in the middle of a sentence (no punctuation at its end) and is long enough not
#: to be a heading or a title, followed by one that opens no heading: a copy's hard line break
_HEAD_MARK = re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]"
                        r"|\d{1,2}[.．、]|第[一二三四五六七八九十\d]+[章节条部分]|[①-⑳]"
                        r"|[■●◆◇▲△★☆•▪▶►◎√]|[□○*＊\-－][ \u3000])")  # a bullet opens an item
_WRAP_MIN = 18  # characters: headings and titles are shorter
#: what joins the two pieces of a figure a copy's line break cut (98⏎50万元): read as no character
NUMBER_JOINER = "\u2060"
#: the rest of a figure and its unit opening the next line (50万元，…)
_FIGURE_GOES_ON = re.compile(r"[0-9]+(?:[.．][0-9]+)?[万亿]?(?:元|人次|人|户|亩|吨|个|%|％|公里|平方米|公斤|头|只|家)")
_COLUMNS = re.compile(r"\t|[ \u3000]{2,}|\u3000|[|｜]")  # a table's line: its columns stay lines
#: 东岭村186户;西河村212户;南坪村175户;⏎北山村198户;…⏎合计1236户.: a list set out several items a
#: line, each a name and a figure closed by ；, going on (or closed by its total) on the next line
_LIST_ITEM = r"[\u4e00-\u9fff]{2,10}[：:]?[0-9]+(?:[.．][0-9]+)?[万亿]?(?:元|人次|人|户|亩|吨|个|公里|平方米|公斤|头|只|家|名|座|处)"
_ITEMS_LINE = re.compile(rf"(?:{_LIST_ITEM}[；;][ \u3000]*){{2,}}")
_ITEMS_GO_ON = re.compile(rf"[ \u3000]*(?:{_LIST_ITEM}[；;]|(?:合计|共计|总计)[：:]?[0-9])")


@lru_cache(maxsize=4096)
def unwrapped(text: str) -> str:
    """`text` with the line breaks a PDF or Word copy put inside sentences read as spaces, same
    length: 规上工业增加值8.46⏎亿元，较上年7.78亿元增长7.8% is one sentence with one figure; a break
    inside a figure (资金98⏎50万元) as NUMBER_JOINER, so that the figure reads whole."""
    if "\n" not in text:
        return _points_as_stops(text)
    lines = text.split("\n")
    out = list(text)
    pos = 0
    for k, line in enumerate(lines[:-1]):
        pos += len(line)
        nxt = lines[k + 1]
        body = line.rstrip(" \u3000")
        if line == body and body[-1:].isdigit() and len(body) >= 8 and _FIGURE_GOES_ON.match(nxt) \
                and not _COLUMNS.search(body.strip()):
            out[pos] = NUMBER_JOINER  # 补贴资金98⏎50万元: a figure the break cut in two, one figure again
        elif body[-1:] in "；;" and _ITEMS_LINE.fullmatch(body.strip()) and _ITEMS_GO_ON.match(nxt):
            out[pos] = " "  # …南坪村175户;⏎北山村198户;…: one list set out over lines
        elif k > 0 and len(body) >= _WRAP_MIN and body[-1:] and (body[-1].isalnum() or body[-1] in "%％）)")\
                and nxt.strip() and not _HEAD_MARK.match(nxt) and not _HEAD_MARK.match(line) \
                and not _COLUMNS.search(body.strip()) and not _COLUMNS.search(nxt.strip()):
            out[pos] = " "
        pos += 1
    result = _points_as_stops("".join(out))
    if result != text and text in _GLOSSES:
        _remember_glosses(result, _GLOSSES[text])  # (the same places: unwrapping keeps offsets)
    return result


#: (not 总值.万元, 公路.公里, 高出.个百分点: a figure's point left when its digits were deleted, before its unit)
_UNIT_AFTER_POINT = (r"(?![万亿]?(?:元|亩|吨|公里|平方米|平方公里|人次|人|户|个|%|％)(?:[，,。；;、）)]|$)"
                     r"|个?百分点|千分点|[%％‰])")
#: 完成任务.2023年…, 增长8.5%.其中…: a copy that ends its sentences with a half-width point
_POINT_STOPS_USED = re.compile(r"[.．](?<=[\u4e00-\u9fff）)%][.．])(?=[\u4e00-\u9fff])" + _UNIT_AFTER_POINT)  # (the point first: a fast scan)
#: each such stop (before words, a line's end or a figure: 排查隐患.65户 in such a copy is a stop too;
#: not a heading's 一. or 1.)
_POINT_STOP = re.compile(r"[.．](?<=[\u4e00-\u9fff）)%][.．])(?=[\u4e00-\u9fff0-9]|\n|$)" + _UNIT_AFTER_POINT)
_HEADING_NUMERAL = re.compile(r"(?:^|\n)[ \u3000]*[一二三四五六七八九十]{1,3}$")


def _points_as_stops(text: str) -> str:
    """In a copy that ends its sentences with a half-width point (任务.2023年), each such point read
    as 。, same length: the rules know 。 as a sentence's end, and 4.5 stays a decimal point. A text
    that never puts a point between two words is left as it is (常住人口为.29万人 there is a figure
    whose whole part was lost, the blank-figure rule's); so is one that does so only once."""
    if ("." not in text and "．" not in text) or len(_POINT_STOPS_USED.findall(text)) < 2:
        return text  # (a point between words once is a slip of its own, not the copy's way of ending sentences)
    out = list(text)
    for m in _POINT_STOP.finditer(text):
        if not _HEADING_NUMERAL.search(text, max(0, m.start() - 8), m.start()):
            out[m.start()] = "。"
    return "".join(out)
