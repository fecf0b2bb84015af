#!/usr/bin/env python3
"""Builds the sample fixtures of validate-service's tests (src/test/resources/samples/NNN.json).

Each fixture is the record a correct parse of a sample gives: the tables and narrative of
../shared/samples/truth, the sample text (003: read as Simplified, pinyin and "??" removed, as the
parser normalizes it: tools/003_normalized.txt), sections with their spans, and the stated figures
the text holds (keys of contract FigureKeys) with their real spans. Run from validate-service/:
    python3 tools/make_sample_fixtures.py ../../shared/samples
"""
import json
import os
import sys

SAMPLES = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/samples"
OUT = os.path.join(os.path.dirname(__file__), "..", "src", "test", "resources", "samples")


def load(name):
    with open(os.path.join(SAMPLES, name), encoding="utf-8") as f:
        return f.read()


def find(text, quote, after=0):
    at = text.find(quote, after)
    if at < 0:
        raise SystemExit("quote not found: " + quote)
    return at


def fig(text, key, label, value, unit, quote, section, parts=None, after=0):
    start = find(text, quote, after)
    f = {"key": key, "label": label, "value": value, "unit": unit, "section": section,
         "start": start, "end": start + len(quote), "quote": quote}
    if parts:
        f["parts"] = [fig(text, "part", pl, pv, pu, pq, section, after=start) for (pl, pv, pu, pq) in parts]
    return {k: v for k, v in f.items() if v is not None}


def sections(text, headings, end_marker=None):
    starts = [(n, t, find(text, t)) for (n, t) in headings]
    end_all = text.find(end_marker) if end_marker else -1
    if end_all < 0:
        end_all = len(text.rstrip())
    out = []
    for i, (n, t, s) in enumerate(starts):
        e = starts[i + 1][2] if i + 1 < len(starts) else end_all
        title = t.split("、", 1)[1] if "、" in t else t
        out.append({"number": n, "title": title.strip("*# "), "text": text[s:e], "start": s, "end": e})
    return out


STD = ["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
       "存在的主要问题及改进情况", "其他需要报告的事项"]
NUM = "一二三四五六七"


def record(sample, text, title, extra_report, secs, figures, notes):
    truth = json.loads(load(os.path.join("truth", sample + ".json")))
    report = dict(truth["report"])
    report["title"] = title
    report.update(extra_report)
    rec = {"documentId": sample.split("_")[1].ljust(64, "0"),
           "source": {"fileName": sample + ".txt", "mediaType": "text/plain"},
           "report": {k: v for k, v in report.items() if v is not None},
           "sections": secs}
    for t in ("activeDisclosure", "applications", "reviewLitigation"):
        if t in truth:
            rec[t] = truth[t]
    rec["narrative"] = truth.get("narrative", {})
    rec["figures"] = figures
    rec["parseNotes"] = notes
    rec["text"] = text
    rec["parserVersion"] = "fixture-from-truth"
    with open(os.path.join(OUT, sample[:3] + ".json"), "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=1)


def s000():
    s = "000_e68cb52c77f44b56"
    t = load(s + ".txt")
    secs = sections(t, [(i + 1, NUM[i] + "、" + STD[i]) for i in range(6)], "滁州市琅琊区人社局2021年政府信息公开工作年度报告.doc")
    figs = [
        fig(t, "activeDisclosedCount", "政府信息公开发布信息", 384, "条", "全年政府信息公开发布信息384条", 1),
        fig(t, "breakdown", "政府信息公开发布信息", 384, "条", "全年政府信息公开发布信息384条,其中召开新闻发布会1次,政策解读14条,回应关切111", 1,
            parts=[("召开新闻发布会", 1, "次", "召开新闻发布会1次"), ("政策解读", 14, "条", "政策解读14条"),
                   ("回应关切", 111, None, "回应关切111")]),
        fig(t, "quantity", "召开新闻发布会", 1, "次", "召开新闻发布会1次", 1),
        fig(t, "quantity", "政策解读", 14, "条", "政策解读14条", 1),
        fig(t, "quantity", "回应关切", 111, None, "回应关切111", 1),
        fig(t, "applicationsReceived", "依申请公开", 0, "件", "2021全年未收到依申请公开受理", 1),
        fig(t, "quantity", "公开信息", 12, "条", "公开信息12条", 1),
        fig(t, "quantity", "公开相关信息", 228, "条", "公开相关信息228条", 1),
        fig(t, "quantity", "主动回应群众关心的热点问题信息", 112, "条", "主动回应群众关心的热点问题信息112条", 1),
        fig(t, "quantity", "召开新闻发布会", 1, "场", "召开新闻发布会1场", 1),
        fig(t, "feeCollected", "信息公开处理费", 0, "元", "本年度没有产生信息公开处理费", 6),
    ]
    notes = [{"code": "LABELS_LOST", "section": 3, "table": "applications",
              "message": "section 三 lost its row labels: 195 numbers where the template has 154 cells; all are 0, so every cell was read as 0"},
             {"code": "LAYOUT_IRREGULAR", "section": 3, "table": "applications",
              "message": "195 cells for 154 template cells (duplicated cells of merged HTML cells)"}]
    record(s, t, "滁州市琅琊区人社局2021年政府信息公开工作年度报告", {"agencyKind": "department"}, secs, figs, notes)


def s001():
    s = "001_27f8d99802f30b11"
    t = load(s + ".txt")
    secs = sections(t, [(i + 1, NUM[i] + "、" + STD[i]) for i in range(6)])
    cats = [("政策法规", 17), ("重大决策预公开", 22), ("规划计划", 5), ("决策部署落实情况", 39), ("建议提案办理", 5),
            ("“三大攻坚战”", 2), ("社会公益事业建设及重点民生领域", 67), ("机构领导", 6), ("机构设置", 5), ("财政资金", 128),
            ("应急管理", 5), ("精准脱贫", 3), ("行政权力运行", 37), ("“双随机一公开”", 2), ("招标采购", 2), ("新闻发布", 8),
            ("上级政策解读", 5), ("本级政策解读", 9), ("主动回应", 15), ("监督保障", 23)]
    figs = [
        fig(t, "activeDisclosedCount", "主动公开政府信息", 489, "条", "全年共主动公开政府信息489条", 1),
        fig(t, "breakdown", "主动公开政府信息（按季度）", 489, "条",
            "全年共主动公开政府信息489条，第一季度公开政府信息100条，第二季度公开政府信息114条，第三季度公开政府信息137条，第四季度公开政府信息138条", 1,
            parts=[("第一季度", 100, "条", "第一季度公开政府信息100条"), ("第二季度", 114, "条", "第二季度公开政府信息114条"),
                   ("第三季度", 137, "条", "第三季度公开政府信息137条"), ("第四季度", 138, "条", "第四季度公开政府信息138条")]),
        fig(t, "breakdown", "主动公开政府信息（按类别）", 489, "条",
            t[find(t, "全年共主动公开政府信息489条"):find(t, "监督保障23条") + len("监督保障23条")], 1,
            parts=[(l, v, "条", l + str(v) + "条") for (l, v) in cats]),
        fig(t, "applicationsReceived", "公开申请", 0, "件", "本年度未收到公开申请", 1),
    ]
    record(s, t, "相山区人力资源和社会保障局2020年政府信息公开工作年度报告", {"agencyKind": "department"}, secs, figs, [])


def s002():
    s = "002_a8c5ccbb08d3ebcc"
    t = load(s + ".txt")
    secs = sections(t, [(i + 1, NUM[i] + "、" + STD[i]) for i in range(6)])
    figs = [
        fig(t, "activeDisclosedCount", "门户网站公开信息", 400, "条", "门户网站公开信息400条", 1),
        fig(t, "quantity", "通过传统媒体、信息公开栏等平台公开", 207, "条", "通过传统媒体、信息公开栏等平台公开207条", 1),
        fig(t, "applicationsReceived", "政府信息公开申请", 3, "件", "共收到政府信息公开申请3件", 1),
        fig(t, "reviewCount", "行政复议", 0, "件", "未因信息公开引起行政复议和行政诉讼", 1),
        fig(t, "litigationCount", "行政诉讼", 0, "件", "未因信息公开引起行政复议和行政诉讼", 1),
        fig(t, "quantity", "吴兴人力资源新媒体编辑推送", 342, "条", "吴兴人力资源新媒体编辑推送342条", 1),
        fig(t, "feeCollected", "信息公开处理费", 0, "元", "我局本年度未收取信息公开处理费", 6),
    ]
    record(s, t, "吴兴区人力社保局2023年政府信息公开工作年度报告",
           {"agencyKind": "department", "statedPeriod": "自2023年1月1日至2023年12月31日止"}, secs, figs, [])


def s003():
    s = "003_26d78d44b29d2cd6"
    with open(os.path.join(os.path.dirname(__file__), "003_normalized.txt"), encoding="utf-8") as f:
        t = f.read()
    heads = ["一、概述", "二、主动公开政府信息情况", "三、依申请公开政府信息情况", "四、政府信息公开支出与收费情况",
             "五、复议、诉讼和申诉情况", "六、主要问题和改进措施", "七、2017年工作打算"]
    secs = sections(t, [(i + 1, h) for i, h in enumerate(heads)])
    figs = [
        fig(t, "activeDisclosedCount", "主动公开政府信息", 26, "条", "2016年我局主动公开政府信息26条", 2),
        fig(t, "breakdown", "主动公开政府信息", 26, "条", "2016年我局主动公开政府信息26条。其中我局公开16条,占61.5%;区社保局公开10条,占38.5%", 2,
            parts=[("我局公开", 16, "条", "我局公开16条"), ("占", 61.5, "%", "占61.5%"),
                   ("区社保局公开", 10, "条", "区社保局公开10条"), ("占", 38.5, "%", "占38.5%")]),
        fig(t, "quantity", "2008-2016主动公开政府信息", 85, "条", "2008-2016我局主动公开政府信息85条", 2),
        fig(t, "breakdown", "公开信息（按类别）", 26, "条",
            t[find(t, "我局公开人事任免类信息9条"):find(t, "使用、监管情况信息4条") + len("使用、监管情况信息4条")], 2,
            parts=[("人事任免类信息", 9, "条", "人事任免类信息9条"), ("就业类信息", 2, "条", "就业类信息2条"),
                   ("社会保险类信息", 8, "条", "社会保险类信息8条"), ("权威解读", 1, "条", "权威解读1条"),
                   ("网民留言类信息", 2, "条", "网民留言类信息2条"), ("财政性资金和社会公共性资金使用、监管情况信息", 4, "条", "监管情况信息4条")]),
        fig(t, "quantity", "主动公开政府信息总数", 26, "条", "主动公开政府信息总数26条", 2),
        fig(t, "applicationsReceived", "政府信息公开申请", 0, "件", "全局未接到公民或组织通过任何形式的政府信息公开申请", 3),
        fig(t, "reviewCount", "复议", 0, "件", "未接到有关政府信息公开方面的复议、诉讼和申诉", 5),
        fig(t, "litigationCount", "诉讼", 0, "件", "未接到有关政府信息公开方面的复议、诉讼和申诉", 5),
    ]
    notes = [{"code": "TEXT_REPAIRED", "message": "Traditional characters read as Simplified; pinyin after polyphonic characters and ?? removed"}]
    record(s, t, "靖远县人力资源和社会保障局2016年政府信息公开工作年度报告", {"agencyKind": "department"}, secs, figs, notes)


def s004():
    s = "004_c11da406a9962a57"
    t = load(s + ".txt")
    heads = [(1, "一、总体情况"), (2, "二、主动公开政府信息情况"), (3, "三、收到和处理政府信息公开申请情况"),
             (4, "四、政府信息公开行政复议、行政诉讼情况"), (5, "五、存在的主要问题及改进情况"), (6, "六、其他需要报告的事项")]
    secs = sections(t, heads)
    review_quote = t[find(t, "未发生因政府信息公开工作"):find(t, "提起行政诉讼的情况") + len("提起行政诉讼的情况")]
    figs = [
        fig(t, "quantity", "编印《人力资源社会保障信息》《党史学习教育简报》", 86, "期", "《党史学习教育简报》86 期", 1),
        fig(t, "quantity", "发布微博、微信", 506, "篇", "累计发布微博、微信 506 篇", 1),
        fig(t, "quantity", "门户网站累计浏览量", 189.3245, "万人次", "累计浏览量达 189.3245 万人次", 1),
        fig(t, "quantity", "公布人社领域政务服务事项", 189, "项", "公布人社领域政务服务事项 189 项", 1),
        fig(t, "applicationsReceived", "依申请公开申请", 1, "件", "收到依申请公开申请信息 1 件", 1),
        fig(t, "reviewCount", "行政复议", 0, "件", review_quote, 1),
        fig(t, "litigationCount", "行政诉讼", 0, "件", review_quote, 1),
        fig(t, "feeCollected", "信息处理费", 0, "元", "未收取依申请公开信息处理费", 6),
    ]
    notes = [{"code": "COLUMNS_SHIFTED", "section": 3, "table": "applications",
              "message": "section 三 split across two pages; the 不予公开 rows are shifted one column right and were realigned"}]
    record(s, t, "达州市人力资源和社会保障局 2021 年政府信息公开工作年度报告", {"agencyKind": "department"}, secs, figs, notes)


for f in (s000, s001, s002, s003, s004):
    f()
print("fixtures written to", os.path.abspath(OUT))
