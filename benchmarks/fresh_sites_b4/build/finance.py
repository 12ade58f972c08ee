"""Finance pages: stock quote boxes, data tables, 免责声明, analysts quoted by name (not authors), the
'X报·e财讯（记者 A）' opening, a 首发/更新 pair of dates, and a portal page whose 作者 field is the site."""
from common import Page, head_scripts, hot, related, sitemap

PAGES: list[Page] = []


def quote_box(code: str, name: str, price: str, chg: str, pct: str, extra: str = "") -> str:
    return (f'<div class="stock-quote" data-code="{code}"><div class="sq-name">{name} <em>{code}</em></div>'
            f'<div class="sq-price">{price}</div><div class="sq-chg">{chg} {pct}</div>'
            f'<table class="sq-tab"><tr><td>今开</td><td>{price}</td><td>成交量</td><td>18.62万手</td></tr>'
            f'<tr><td>最高</td><td>--</td><td>换手率</td><td>2.41%</td></tr></table>'
            f'<div class="sq-time">数据更新于 15:00:03 {extra}</div><a>添加自选</a> <a>股吧</a></div>')


DISCLAIMER = ('<div class="disclaimer"><b>免责声明：</b>本文仅代表作者个人观点，与本网无关。其原创性以及文中陈述文字和内容未经本站证实，'
              '对本文以及其中全部或者部分内容、文字的真实性、完整性、及时性本站不作任何保证或承诺，请读者仅作参考，并请自行核实相关内容。'
              '股市有风险，投资需谨慎。</div>')

PAGES.append(Page(
    name="chenghai_ecaixun_quote_box", body="div",
    kind="securities-paper site: opening '澄海证券报·e财讯（记者 宁远舟）', a stock quote box and a data table inside the "
         "article, an analyst (分析师 邵景行) and a company secretary quoted by name, 免责声明, 7x24 快讯 list with times",
    url="https://www.chzqb.example.cn/company/202403/t20240315_6628017.html",
    title="鸿钧新材一季度预增超八成 高端隔膜产能释放",
    published_at="2024-03-15 19:42", authors=["宁远舟"], editors=["柏青"], source="澄海证券报", media="澄海证券网",
    blocks=["澄海证券报·e财讯（记者 宁远舟）3月15日晚间，鸿钧新材（603917）发布2024年一季度业绩预告，预计一季度实现归属于上市公司股东的净利润2.1亿元至2.4亿元，同比增长81%至107%。",
            ("skip", quote_box("603917", "鸿钧新材", "27.36", "+1.52", "+5.88%")),
            "公告显示，业绩增长的主要原因是公司位于西港的高端湿法隔膜基地去年四季度全面达产，产品结构持续优化，高毛利的涂覆隔膜出货量占比由上年同期的35%提升至52%。同时，公司海外客户订单增长明显，出口收入同比翻番。",
            ("raw", ('<table class="data-tab" border="1"><tr><th>项目</th><th>2024年一季度（预计）</th><th>2023年一季度</th></tr>'
                    '<tr><td>归母净利润</td><td>2.1亿-2.4亿元</td><td>1.16亿元</td></tr><tr><td>扣非净利润</td><td>2.0亿-2.3亿元</td>'
                    '<td>1.09亿元</td></tr></table><p class="tab-src">数据来源：公司公告</p>'), ""),
            "公司董事会秘书葛文澜在接受记者采访时表示，目前公司隔膜年产能约二十五亿平方米，在建的十亿平方米新产线预计今年三季度投产，“订单排产已经到了二季度末，产能利用率保持在高位”。",
            "对于行业前景，华岳证券分析师邵景行认为，隔膜行业经历了去年的价格调整后，中小产能加速出清，头部企业凭借成本和技术优势，市场份额有望进一步提升。不过他也提示，下游需求增速放缓、海外贸易政策变化等因素，仍可能对企业盈利带来扰动。",
            "二级市场上，鸿钧新材今日收涨5.88%，报27.36元/股，总市值约一百六十四亿元。年初以来，公司股价累计上涨约百分之二十二。"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>鸿钧新材一季度预增超八成 高端隔膜产能释放_公司_澄海证券网</title>
<meta name="keywords" content="鸿钧新材,隔膜,业绩预告">""" + head_scripts("chzqb.example.cn") + """</head><body>
<div class="topbar"><a href="/">澄海证券网</a> <a>e财讯</a> <a>公司</a> <a>行情</a> <a>基金</a> <a>数据</a><span class="idx">上证指数 3054.64 <i>+0.54%</i></span></div>
<div class="wrap"><div class="main"><h1>鸿钧新材一季度预增超八成 高端隔膜产能释放</h1>
<div class="info"><span>来源：澄海证券报</span><span>2024-03-15 19:42</span><span>阅读量：6830</span></div>
<div class="txt">
{BODY}
</div>
<div class="zb">责任编辑：柏青</div>
""" + DISCLAIMER + """</div>
<div class="side"><div class="kx"><h3>7x24快讯</h3><ul><li><span>19:58</span>两市融资余额增加42亿元</li><li><span>19:31</span>多家券商发布一季度策略报告 记者 宁远舟</li><li><span>18:47</span>北向资金全天净买入56亿元</li></ul></div>
""" + hot(["隔膜龙头业绩预告汇总", "锂电板块周线三连阳", "券商：看好储能二季度景气"], "热门文章") + """</div></div>
""" + sitemap("澄海证券网") + """<div class="ft">澄海证券报社主办 版权所有 未经许可禁止转载</div></body></html>""",
    note="The opening '澄海证券报·e财讯（记者 宁远舟）' is a dateline-like lead (text, and the reporter is the author). "
         "The analyst 邵景行 and the company secretary 葛文澜 are quoted, not authors. Quote box, data table and "
         "免责声明 are not text. source = 来源：澄海证券报; media = the web site 澄海证券网."))

PAGES.append(Page(
    name="dingchuan_portal_analysts_benzhan", body="p",
    kind="finance portal roundup: '作者：本站　来源：本站综合', meta author '鼎川财经', five analysts of named brokerages "
         "quoted (分析师 X 表示 / X（执业证书编号：S…）), an index table, 风险提示 and 免责声明; no writer credited",
    url="https://finance.dingchuancj.example.com/stock/20240517/1532041.shtml",
    title="五家券商看二季度：消费复苏与科技成长谁更占优",
    published_at="2024-05-17 11:26:08", authors=[], source=None, media="鼎川财经",
    blocks=["进入五月，A股市场震荡上行，上证指数重新站上三千一百点。二季度行情将由哪条主线主导？多家券商近期发布策略报告，观点出现一定分歧。",
            "东岳证券首席策略分析师骆明哲认为，随着一季度经济数据好于预期，居民消费意愿逐步修复，食品饮料、家电和旅游出行等板块的业绩确定性较强，“估值处于近五年低位，具备较高的配置性价比”。",
            "海桐证券分析师戴欣然（执业证书编号：S0720521070003）则更看好科技成长方向。她表示，人工智能应用加速落地，算力、存储和消费电子产业链迎来新一轮景气周期，二季度相关公司的订单和业绩有望持续兑现。",
            "也有机构建议均衡配置。青禾证券研究所所长韦致远认为，当前市场风格切换较快，单一押注某一赛道的风险较大，建议在高股息板块和科技成长板块之间保持均衡，“进可攻、退可守”。",
            ("raw", ('<table class="idx-tab"><tr><th>指数</th><th>5月16日收盘</th><th>年内涨跌幅</th></tr><tr><td>上证指数</td><td>3122.40</td>'
                    '<td>+4.96%</td></tr><tr><td>深证成指</td><td>9619.34</td><td>+0.93%</td></tr><tr><td>创业板指</td><td>1861.02</td>'
                    '<td>-1.12%</td></tr></table>'), ""),
            "此外，临川证券分析师柴一凡、郝思语在联合发布的报告中指出，海外资金近期持续流入A股，外资偏好的消费龙头和高端制造龙头值得关注。",
            "业内人士提醒，策略报告代表机构观点，投资者应结合自身风险承受能力理性决策，避免盲目追涨。"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>五家券商看二季度：消费复苏与科技成长谁更占优_鼎川财经</title>
<meta name="author" content="鼎川财经"><meta name="publishdate" content="2024-05-17 11:26:08">""" + head_scripts("dingchuancj.example.com") + """</head><body>
<div class="nav"><a>首页</a><a>股票</a><a>基金</a><a>理财</a><a>研报</a><a>港股</a><a>美股</a></div>
<div class="article"><h1>五家券商看二季度：消费复苏与科技成长谁更占优</h1>
<div class="art-info">2024-05-17 11:26:08　作者：本站　来源：本站综合　<a>评论(14)</a></div>
<div class="art-body">
{BODY}
</div>
<div class="risk">风险提示：本文所载观点来源于公开研究报告，不构成投资建议。</div>
""" + DISCLAIMER + """</div>
""" + related([("研报精选：二季度十大金股出炉", "05-16"), ("骆明哲：消费板块估值处于低位", "05-12"),
               ("戴欣然：算力产业链景气度上行", "05-09")], "相关研报") + """
<div class="ft">鼎川财经 版权所有 © 2011-2024</div></body></html>""",
    note="作者：本站 is the site (a placeholder), 来源：本站综合 is no outlet → authors [], source null. The five "
         "analysts are quoted sources, never authors."))

PAGES.append(Page(
    name="yuheng_fund_first_and_update_dates", body="pi",
    kind="fund/wealth channel page showing two dates '首发 2024-03-15 07:30 | 更新 2024-03-15 10:12' (meta modified = "
         "the update), byline '文 / 庞晓岚　编辑 / 俞可' in the header, a fund-return table, fund managers quoted, 风险提示",
    url="https://www.yuhengcaijing.example.cn/fund/2024/03/15/0730a81.html",
    title="债基“稳稳的幸福”还能持续多久？",
    published_at="2024-03-15 07:30", authors=["庞晓岚"], editors=["俞可"], source=None, media="玉衡财经",
    blocks=["过去一年，债券基金成了不少投资者的“避风港”。数据显示，截至3月14日，全市场中长期纯债基金近一年的平均收益率约为百分之四点二，超过九成产品取得正收益。",
            "收益的来源主要是债券价格上涨。去年以来，十年期国债收益率从百分之二点九左右一路下行至百分之二点三附近，债券价格随之走高。一位中型基金公司的固收总监坦言，“这样的行情可遇不可求，投资者不能把过去一年的收益简单外推”。",
            ("raw", ('<table class="fund-tab"><tr><th>类型</th><th>近一年平均收益</th><th>正收益占比</th></tr>'
                    '<tr><td>中长期纯债</td><td>4.21%</td><td>96.3%</td></tr><tr><td>短期纯债</td><td>3.05%</td><td>99.1%</td></tr>'
                    '<tr><td>混合债券一级</td><td>3.62%</td><td>88.7%</td></tr></table><p class="note">数据来源：玉衡基金数据中心，截至2024年3月14日</p>'), ""),
            "基金经理苗若溪认为，当前利率已处在历史较低水平，继续大幅下行的空间有限，债市波动可能加大。她建议投资者降低收益预期，把债基当作资产配置中的“压舱石”，而不是追求高收益的工具。",
            "另一位基金经理表示，今年以来债券市场的波动已有所加大，部分产品的单周回撤超过了百分之零点五，“对于习惯了稳定上涨的投资者来说，这种波动可能会带来心理落差”。他建议，短期内有用钱需求的资金，可以更多配置短债基金或现金管理类产品。",
            "对于普通投资者，多位业内人士给出的建议是：关注基金的回撤控制能力，而不只是看收益排名；持有期限尽量与资金使用计划相匹配；对于名称相近的产品，要看清投资范围和费率结构。"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>债基“稳稳的幸福”还能持续多久？ - 玉衡财经</title>
<meta property="article:published_time" content="2024-03-15T07:30:00+08:00"><meta property="article:modified_time" content="2024-03-15T10:12:00+08:00">""" + head_scripts("yuhengcaijing.example.cn") + """</head><body>
<div class="hd"><a>玉衡财经</a> | <a>基金</a> | <a>理财</a> | <a>保险</a></div>
<div class="art"><h1>债基“稳稳的幸福”还能持续多久？</h1>
<div class="dates"><span>首发 2024-03-15 07:30</span> | <span>更新 2024-03-15 10:12</span></div>
<div class="by">文 / 庞晓岚　编辑 / 俞可</div>
<div class="body">
{BODY}
</div>
<p class="risk">风险提示：基金有风险，投资需谨慎。本文不构成任何投资建议。</p></div>
""" + related([("一季度“固收+”基金成绩单", "2024-03-12 文 / 庞晓岚"), ("现金管理类产品收益跌破2%", "2024-03-08")], "延伸阅读") + """
<div class="ft">玉衡财经 © 2024</div></body></html>""",
    note="Two shown dates: 首发 is the publication time, 更新 (= meta modified) is not. The fund manager 苗若溪 and the "
         "unnamed 固收总监 are quoted, not authors. Data table and 风险提示 are not text."))
