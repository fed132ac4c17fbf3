"""What each rate keyword divides: the words that name its numerator and its denominator in the
text (拨付率 = 已拨付 ÷ 安排), one line a rate. Read by the rate rule and the named-rate rule.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RateDefinition:
    keyword: str
    numerator: tuple[str, ...]
    denominator: tuple[str, ...]
    convention: bool = False  # a definition by convention: mismatch is a warning
    unit: str = ""  # base unit the rate is about (人 for 贫困发生率), "" for any
    # 入学率, 入园率, 巩固率 by the 两基 rules: children exempted (三类残疾儿童, 免缓学) leave the base,
    # so a rate a little over the plain quotient is the rule, not a slip (one under it is)
    exempted: bool = False
    # 个人自付298.4万元，综合报销比例86.0%: what the numerator leaves of the base; stated, the
    # rate is (base − it) ÷ base, whatever parts the numerator was paid in
    rest: tuple[str, ...] = ()


_PAY = ("已拨付", "拨付", "已拔付", "拔付", "已支付", "支付")
_PLANNED = ("安排", "下达", "到位", "计划投资", "总投资", "预算",
            "项目资金", "资金总额", "总资金", "专项资金", "补助资金", "衔接资金")  # 项目资金40万元，已支付38万元
_SUCCEEDED = ("调解成功", "成功调解", "调处成功", "成功调处", "化解成功", "成功化解")
RATE_DEFINITIONS = (
    RateDefinition("拨付率", _PAY, _PLANNED),
    RateDefinition("拔付率", _PAY, _PLANNED),
    RateDefinition("支付率", _PAY, _PLANNED),
    RateDefinition("执行率", ("支出", "执行", "使用"), ("预算", "安排", "下达")),
    RateDefinition("使用率", ("支出", "已使用", "使用"), ("筹集", "到位", "安排", "下达", "预算", "争取")),  # 资金使用率
    RateDefinition("完成率", ("已完成", "完成", "已", "实际"), ("任务", "计划", "目标", "指标", "全年", "共", "总")),  # 已体检, 实际参保: done
    RateDefinition("参保率", ("参保", "已保"), ("应参保", "应保", "总人口", "常住人口", "户籍人口")),  # 应保/已保 too
    RateDefinition("签约率", ("签约",), ("应签约", "总人口", "常住人口")),
    RateDefinition("覆盖率", ("覆盖",), ("总", "全部", "共有")),
    RateDefinition("达标率", ("达标",), ("检测", "总", "共")),
    RateDefinition("合格率", ("合格",), ("检测", "抽检", "抽查", "检查", "共", "现有", "总")),
    RateDefinition("验收率", ("验收",), ("项目", "共", "安排")),
    RateDefinition("竣工率", ("竣工",), ("开工", "项目", "共", "安排")),
    RateDefinition("开工率", ("开工",), ("项目", "共", "安排")),
    RateDefinition("完工率", ("完工", "建成"), ("开工", "项目", "共", "安排")),
    RateDefinition("化解率", ("化解",), ("排查", "受理", "摸排", "发现", "共")),
    RateDefinition("调处率", ("调处", "化解"), ("排查", "受理", "共")),
    # 调解成功115件 over 共调处矛盾纠纷120件: 调处/调解 alone names what was handled, the base
    *(RateDefinition(f"{verb}成功率", _SUCCEEDED, ("调处", "调解", "排查", "受理", "摸排", "共"))
      for verb in ("调解", "调处", "化解")),
    RateDefinition("成功率", _SUCCEEDED, ("调处", "调解", "排查", "受理", "摸排")),  # 调解成功…，成功率…
    RateDefinition("整改率", ("整改到位", "整改", "已整改"), ("排查", "发现", "查出")),
    RateDefinition("办结率", ("办结",), ("受理", "收到", "交办", "办理", "代办", "事项", "诉求", "工单", "共")),
    RateDefinition("解决率", ("解决",), ("发现", "排查", "收集", "受理", "反映", "共")),
    RateDefinition("支出进度", ("支出",), ("到位", "下达", "安排", "预算", "衔接资金", "补助资金", "争取")),
    RateDefinition("结案率", ("结案", "办结"), ("受理", "立案", "共")),
    RateDefinition("符合率", ("政策内", "符合政策"), ("共出生", "出生总数", "出生人口", "出生")),
    *(RateDefinition(word, ("政策内", "符合政策", "合法生育", "计划内"), ("共出生", "出生总数", "出生人口", "出生"))
      for word in ("符合政策生育率", "政策生育率", "计划生育率", "合法生育率")),
    # 住院总费用2136.8万元，报销1452.3万元，实际报销比例67.97%: what was paid back over what was spent
    *(RateDefinition(word, ("报销", "补偿", "报付", "结报"), ("总费用", "医疗费用", "住院费用", "费用总额", "医疗总费用", "费用"),
                     rest=("个人自付", "自付", "个人负担", "个人支付"))
      for word in ("实际报销比例", "实际补偿比例", "实际补偿比", "实际报销比", "报销比例", "补偿比例", "报销比", "补偿比", "报销率", "补偿率")),
    RateDefinition("赔付率", ("理赔", "赔付", "赔款"), ("保费", "保险费")),  # claims paid ÷ premiums
    RateDefinition("脱贫率", ("已脱贫",), ("建档立卡", "贫困户共", "贫困人口", "共有贫困", "贫困户")),
    *(RateDefinition(word, ("取得", "取证", "获得", "获证", "考取"), ("培训", "参训", "参加", "参考"))  # 培训648人，其中取得证书412人
      for word in ("取证率", "获证率", "持证率")),
    RateDefinition("巩固率", ("在校", "在读", "完成学业"), ("入学", "入校", "招生"), exempted=True),  # 一年级入学487人，六年级在校483人
    RateDefinition("到位率", ("到位", "实际到位"), ("协议", "签约", "合同", "应到位", "计划")),  # 协议投资16.65亿元…到位资金2.36亿元
    RateDefinition("火化率", ("火化",), ("死亡",)),  # 死亡1111人，火化699人，火化率62.92%
    RateDefinition("入学率", ("已入学", "入学", "在校"), ("应入学", "适龄儿童", "适龄", "学龄"), exempted=True),  # 适龄儿童应入学: the base
    RateDefinition("入园率", ("已入园", "入园", "在园"), ("应入园", "适龄幼儿", "适龄儿童", "适龄", "学龄前"), exempted=True),
    RateDefinition("参合率", ("参合",), ("应参合", "农业人口", "农村人口")),
    RateDefinition("住院分娩率", ("住院分娩",), ("活产", "出生", "分娩总数")),
    RateDefinition("出生率", ("出生",), ("总人口", "常住人口", "户籍人口", "平均人口", "年均人口", "全乡人口", "全镇人口", "全村人口", "辖区人口"),
                   convention=True, unit="人"),
    RateDefinition("死亡率", ("死亡",), ("总人口", "常住人口", "户籍人口", "平均人口", "年均人口", "全乡人口", "全镇人口", "全村人口", "辖区人口"),
                   convention=True, unit="人"),
    # 城镇化率: the towns' (usually resident) people over the population; which population is a convention
    *(RateDefinition(word, ("城镇常住人口", "城镇人口", "城镇居民", "场镇人口", "集镇人口"),
                     ("常住人口", "总人口", "户籍人口", "人口总数"), convention=True, unit="人")
      for word in ("城镇化率", "城镇化水平")),
    RateDefinition("贫困发生率", ("未脱贫", "现有建档立卡", "现有贫困", "剩余贫困", "尚未脱贫"),
                   ("总人口", "农村人口", "农业人口", "户籍人口", "辖", "村民小组", "村民组"),  # 辖…64个村民小组2348户9907人
                   convention=True, unit="人"),
)
