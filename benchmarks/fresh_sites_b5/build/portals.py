"""Portal channels (finance, tech, auto, house, edu), tech media with English/pinyin bylines, a press-release wire
and a page whose date is only in its URL."""
from common import Page, ad, comments, head, hot, nav, related, share

PAGES: list[Page] = []
PNAV = ["首页", "新闻", "财经", "科技", "汽车", "房产", "教育", "健康", "旅游"]

PAGES.append(Page(
    name="luxun_finance_source_author_bottom_right", body="p",
    kind="portal finance channel: top shows only '2024-01-09 10:15:33'; '（来源：鹭港证券时报　作者：钭雅琪）' right-aligned "
         "after the body, '责任编辑：JS011' staff code, 行情 widget and 热门股票 sidebar",
    url="https://finance.luxun.example.com/stock/20240109/c8a1f2.html",
    title="多家上市银行下调存款利率 理财产品收益率同步走低",
    published_at="2024-01-09 10:15:33", authors=["钭雅琪"], source="鹭港证券时报", media="鹭讯网",
    blocks=["新年伊始，又有多家上市银行宣布下调人民币存款挂牌利率。记者梳理发现，此轮调整主要集中在三年期和五年期定期存款，下调幅度在十到二十五个基点之间，部分银行五年期定存利率已降至百分之二点二以下。",
            "业内人士分析，存款利率下调是银行应对净息差收窄的主动选择。去年以来，贷款利率持续下行，而存款成本相对刚性，银行的利差空间受到挤压，通过调降存款利率可以在一定程度上缓解负债端压力。",
            '从历史数据看，银行存款利率的调整往往呈现“大行先行、中小银行跟进”的特点。此前国有大行已于去年底率先下调存款利率，此次多家股份制银行和城商行跟进调整，部分中小银行的调整幅度甚至超过了大行。',
            "与此同时，银行理财产品的收益率也在同步走低。数据显示，上周全市场新发固定收益类理财产品的平均业绩比较基准为百分之二点九，较去年同期下降约四十个基点，现金管理类产品的七日年化收益率已普遍跌破百分之二。",
            "一位股份制银行理财经理告诉记者，近期来咨询大额存单和国债的客户明显增多，“不少客户希望在利率进一步下调前锁定收益”。他建议投资者根据自身资金使用计划合理配置，不要一味追求长期限产品而忽视流动性。"],
    html=head("多家上市银行下调存款利率 理财产品收益率同步走低_鹭讯财经_鹭讯网") + nav(PNAV)
    + """<div class="quote-widget"><span>上证指数 2887.54 -0.36%</span><span>深证成指 8934.18 -0.82%</span></div>
<div class="wrap"><div class="l"><h1 id="artibodyTitle">{TITLE}</h1>
<div class="pub"><span class="date">2024-01-09 10:15:33</span> <a class="comment-count">评论(12)</a></div>
<div id="artibody">
{BODY}
<p style="text-align:right;">（来源：鹭港证券时报　作者：钭雅琪）</p>
</div>
<p class="show_author">责任编辑：JS011</p>
""" + share("微博", "微信") + """</div>
<div class="r">""" + hot(["某银行股盘中涨停", "券商板块集体走强", "北向资金净买入超50亿"], "热门股票") + "</div></div>"
    + ad(3) + "</body></html>",
    note="Source and author only in the bracketed line after the body (not text) → source 鹭港证券时报, author 钭雅琪. "
         "责任编辑 is a staff code JS011 → dropped, editors []. The wealth manager is quoted anonymously."))

PAGES.append(Page(
    name="jiguang_tech_pinyin_byline_titu", body="sec",
    kind="tech media site: header '文 | Zhou Yiran　编辑 | Momo' with '题图 | 像素图库', date '2024.02.29 21:40', English "
         "brand 'PulseTech 脉动科技', 出品 line, author card with follower count below",
    url="https://www.pulsetech.example.io/p/2024022921403318",
    title="折叠屏手机降价潮背后：铰链成本两年降了一半",
    published_at="2024-02-29 21:40", authors=["Zhou Yiran"], editors=["Momo"], media="PulseTech 脉动科技",
    blocks=["折叠屏手机正在走下“万元神坛”。开年以来，已有三家厂商发布了起售价在五千元以内的横向折叠屏新机，竖向折叠的小折叠产品更是下探到了三千元档位。",
            "价格下降的背后，是核心零部件成本的快速回落。多位供应链人士告诉PulseTech，作为折叠屏最关键的结构件，铰链的单价从两年前的五六百元降到了两百多元；柔性屏的良率也从早期的六成左右提升到了八成以上。",
            '除了硬件成本，软件体验的成熟也在推动折叠屏普及。过去应用在大屏上显示比例失调、分屏操作不便等问题，如今在主流应用中已经基本解决，不少办公软件还专门为折叠屏设计了双栏布局，展开后可以同时查看文档和聊天窗口。',
            ("h", "从“尝鲜”到“换机”"),
            "市场研究机构的数据显示，去年国内折叠屏手机出货量接近七百万台，同比增长超过一倍，在高端手机市场中的占比已超过一成。一位手机厂商产品经理说，折叠屏用户正在从科技爱好者向普通商务用户扩散，“大家开始把它当成主力机，而不是第二台手机”。",
            "不过，折痕、重量和续航依然是消费者吐槽最多的问题。有分析师认为，今年折叠屏的竞争将集中在轻薄化和耐用性上，谁能把重量做到和直板旗舰接近，谁就有机会抢到更多换机用户。"],
    html=head("折叠屏手机降价潮背后：铰链成本两年降了一半 | PulseTech 脉动科技")
    + """<header class="top"><a class="logo">PulseTech 脉动科技</a><nav><a>快讯</a><a>深度</a><a>评测</a><a>投资</a></nav></header>
<main class="post"><h1>{TITLE}</h1>
<div class="post-credit">文 | Zhou Yiran　编辑 | Momo</div>
<div class="post-time">2024.02.29 21:40</div>
<div class="banner-credit">题图 | 像素图库</div>
<div class="post-content">
{BODY}
</div>
<p class="produce">出品 | PulseTech 脉动科技 硬件组</p>
<div class="author-card"><img src="/avatar/zyr.png"><b>Zhou Yiran</b><span>关注硬件与供应链 · 粉丝 3.2万</span><a>关注</a></div></main>
""" + comments([("小鹿乱撞", "已经在用小折叠了，折痕真的不明显", "2小时前")], 8) + "</body></html>",
    note="Pinyin byline 'Zhou Yiran' kept as written (one name, not split at the space). 编辑 | Momo → editor (a "
         "nickname, still a person). 题图 | 像素图库 is a picture agency → nobody. 出品 names a desk → nobody. The "
         "author card repeats the author."))

PAGES.append(Page(
    name="kexun_tech_english_names_slash", body="p",
    kind="tech news site: meta line 'By Tang Ruoxi / Leo Huang · 2024-06-11 08:05 · 阅读 3k', English tags, author "
         "names in Latin script joined by a slash, an interviewee with an English name",
    url="https://kexun.example.tech/news/ai-chip-startup-funding-61122",
    title="国产AI芯片初创公司完成新一轮十亿元融资",
    published_at="2024-06-11 08:05", authors=["Tang Ruoxi", "Leo Huang"], media="科讯KeXun",
    blocks=["科讯获悉，专注于大模型推理芯片的初创公司“芯衡智算”近日完成新一轮融资，金额约十亿元人民币，由多家产业资本和地方政府引导基金联合投资。本轮资金将主要用于第二代推理芯片的量产和软件生态建设。",
            "芯衡智算成立于2021年，创始团队多来自国内外头部芯片公司。公司联合创始人兼首席技术官 Kevin Liu 在接受采访时表示，第一代芯片已在多家互联网公司的数据中心小规模部署，在主流开源大模型的推理任务上，单位算力功耗比同类产品低约三成。",
            '据了解，芯衡智算的第二代芯片采用了先进封装工艺，片上集成了大容量高带宽内存，计划在明年一季度流片。公司目前员工约三百人，其中研发人员占比超过八成，在北京、上海和深圳设有研发中心。',
            "“训练芯片的门槛太高，推理才是更大、更分散的市场。”Kevin Liu 说，随着大模型应用落地，推理算力需求的增速将明显超过训练，“客户最关心的不是峰值算力，而是每一次调用的成本”。",
            "不过，软件生态仍是国产芯片绕不过去的坎。一位投资人坦言，开发者习惯了成熟的编程框架，迁移成本很高，初创公司必须在编译器、算子库上持续投入，才能让客户“愿意换、换得动”。"],
    html=head("国产AI芯片初创公司完成新一轮十亿元融资 - 科讯KeXun") + """<div class="nav"><a>Home</a><a>AI</a><a>芯片</a><a>创投</a></div>
<article><h1>{TITLE}</h1>
<div class="meta">By Tang Ruoxi / Leo Huang · 2024-06-11 08:05 · 阅读 3k</div>
<div class="content">
{BODY}
</div>
<div class="tags"><a>#AI chips</a><a>#Funding</a><a>#Inference</a></div></article>
""" + related([("大模型推理成本一年降了九成", "2024-05-30"), ("又一家GPU公司冲刺IPO", "2024-05-18")], "Related") + "</body></html>",
    note="'By A / B' → two authors in Latin script, each kept whole. Kevin Liu is the interviewed CTO, not an author. "
         "The 3k read count is no part of the date."))

PAGES.append(Page(
    name="chexing_auto_author_card_sidebar", body="pi",
    kind="portal auto channel: info line '2023年10月22日 08:00　来源：车行天下原创' with no author; the author only in a sidebar "
         "card '车评人 甘子墨' with avatar and 他的文章 list; spec table inside the body",
    url="https://auto.chexing.example.com/pingce/2023/1022/55102.html",
    title="试驾新款紧凑型插混SUV：馈电油耗四升多 空间够一家四口用",
    published_at="2023-10-22 08:00", authors=["甘子墨"], media="车行天下",
    blocks=["紧凑型插混SUV是今年车市最热闹的细分市场之一。这次我们试驾的是刚刚上市的新款车型，官方指导价区间为十三万到十六万元，纯电续航分为五十五公里和一百一十公里两个版本。",
            ("h", "动力：城市通勤基本用电"),
            "试驾车为长续航版本。在城市道路上，只要电量充足，车辆基本以纯电模式行驶，起步安静、加速线性。满电状态下，我们跑了一段包含快速路和拥堵路段的通勤路线，实际纯电续航约九十公里，对于每天上下班四五十公里的用户来说，一周充两次电就够了。",
            '值得一提的是，新车支持对外放电功能，最大放电功率超过三千瓦，周末去露营时可以直接给电磁炉、投影仪等设备供电。我们实测用它烧了一壶水、煮了一锅面，电量只下降了百分之三左右。',
            "馈电状态下，发动机介入的频率明显增加，但由于电机始终参与驱动，车辆的动力响应并没有明显迟滞。我们在高速和城市混合路况下测得的馈电油耗为每百公里四点六升。",
            ("h", "空间：后排地台平坦"),
            "新车轴距达到两千七百多毫米，后排腿部空间有两拳以上，地台接近全平，坐三个成年人也不会太局促。后备厢常规容积四百多升，放倒后排座椅后可以放下一辆折叠自行车，满足一家四口周末出游的需求。"],
    html=head("试驾新款紧凑型插混SUV：馈电油耗四升多 空间够一家四口用_车行天下") + nav(["首页", "新车", "试驾评测", "导购", "用车", "视频", "车型库"])
    + """<div class="main"><div class="article"><h1>{TITLE}</h1>
<div class="art-info">2023年10月22日 08:00　来源：车行天下原创</div>
<div class="art-body">
{BODY}
<table class="spec"><tr><th>车型</th><th>纯电续航</th><th>指导价</th></tr><tr><td>标准版</td><td>55km</td><td>13.28万</td></tr><tr><td>长续航版</td><td>110km</td><td>15.98万</td></tr></table>
</div></div>
<div class="side"><div class="author-card"><img src="/img/author/gzm.jpg"><p class="name">甘子墨</p><p class="role">车评人</p><p>从业十年，专注新能源车型评测</p>
<h4>他的文章</h4><ul><li>纯电轿车冬季续航实测</li><li>三款家用MPV横评</li></ul></div>
""" + hot(["十五万预算买什么SUV", "插混车型保值率排行"], "热门车型") + "</div></div></body></html>",
    note="No byline in the article; the sidebar author card (车评人 甘子墨) is the page's credited writer → author. "
         "'来源：车行天下原创' is the site itself (原创 marks own content) → source null. The spec table is not text."))

PAGES.append(Page(
    name="anju_house_author_in_tag_row", body="p",
    kind="portal house channel: header 'anju在线 房产频道　2022-03-18', body, then a tag row '标签：限购 公积金 楼市　作者："
         "蒲月　来源：安居在线' between the body and 相关楼盘 cards; 楼盘 cards with prices",
    url="https://house.anju.example.com/news/2022-03-18/1180342.shtml",
    title="滨城调整公积金贷款政策 二孩以上家庭可多贷二十万元",
    published_at="2022-03-18", authors=["蒲月"], media="安居在线",
    blocks=["日前，滨城住房公积金管理中心发布通知，调整住房公积金个人贷款政策，自4月1日起，二孩及以上家庭购买首套自住住房申请公积金贷款的，最高贷款额度在现有基础上上浮二十万元。",
            "根据通知，目前滨城双缴存职工家庭的公积金最高贷款额度为八十万元，政策调整后，符合条件的多子女家庭最高可贷一百万元。同时，首套房公积金贷款的首付比例由三成下调至两成五。",
            '此外，通知还放宽了异地缴存职工在滨城购房的贷款条件。在外地连续缴存公积金满一年、在滨城购买首套自住住房的职工，可以按照本地缴存职工的标准申请公积金贷款，不再要求提供本地社保缴纳证明。',
            "通知还明确，缴存职工购买新建商品住房的，可以提取本人及配偶的住房公积金用于支付首付款，无需等到办理不动产登记之后再提取，这将明显缓解购房者的首付压力。",
            "业内人士认为，此次调整释放了支持刚性和改善性住房需求的信号。一位房产中介门店店长说，消息发布后，到店咨询的客户比平时多了三成左右，“很多是家里有两个孩子、想换大房子的”。也有分析人士提醒，购房者仍应结合自身收入情况理性决策。"],
    html=head("滨城调整公积金贷款政策 二孩以上家庭可多贷二十万元-安居在线") + """<div class="hd"><b>anju在线</b> 房产频道　<span>滨城站</span></div>
""" + nav(["首页", "新房", "二手房", "租房", "资讯", "家居"]) + """
<div class="news"><h1>{TITLE}</h1><div class="sub">anju在线 房产频道　2022-03-18</div>
<div class="news-txt">
{BODY}
</div>
<div class="tag-row">标签：限购 公积金 楼市　作者：蒲月　来源：安居在线</div>
<div class="loupan"><h3>相关楼盘</h3><div class="lp"><b>滨江壹号院</b><span>均价 21800元/㎡</span></div><div class="lp"><b>观澜雅苑</b><span>均价 16500元/㎡</span></div></div></div>
</body></html>""",
    note="作者 only in the tag row after the body → author 蒲月. 来源：安居在线 is the site itself → source null "
         "(earlier sets: a site's own name as 来源 is no outside outlet). Day precision."))

PAGES.append(Page(
    name="taoli_edu_channel_dateline_zhoujiwu", body="p",
    kind="portal education channel: info '发布于 2021-07-02 周五　本文来源：桃李教育报', no author field; the first paragraph "
         "opens '本报讯（记者 晏书宁 通讯员 殳佳怡 全海）'; 升学 tool buttons and a 家长热议 comment box",
    url="https://edu.taoli.example.net/jiaoyu/gaokao/202107/t20210702_661231.html",
    title="今年高校专项计划招生规模扩大 覆盖更多农村学生",
    published_at="2021-07-02", authors=["晏书宁", "殳佳怡", "全海"], source="桃李教育报", media="桃李网",
    blocks=["本报讯（记者 晏书宁 通讯员 殳佳怡 全海）记者从省教育考试院了解到，今年我省高校专项计划招生规模进一步扩大，计划招收农村和脱贫地区学生三千二百余人，比去年增加约一成，参与的高校也从二十八所增加到三十五所。",
            "高校专项计划主要面向边远、脱贫、民族等地区县以下高中勤奋好学、成绩优良的农村学生，由部分重点高校单独安排招生计划。符合条件的考生需在规定时间内完成报名，并通过高校的资格审核。",
            '与往年相比，今年的专项计划在招生专业上也有所调整，农学、医学、师范等与乡村振兴密切相关的专业招生名额明显增加。部分高校还对专项计划录取的学生实行入学后的专门培养，配备学业导师，帮助他们尽快适应大学学习。',
            "省教育考试院相关负责人提醒，专项计划在本科提前批之后、本科一批之前单独录取，考生要认真阅读各高校的招生简章，了解专业要求和录取规则，合理填报志愿，不要因为误填错过录取机会。",
            "据介绍，去年通过专项计划录取的学生中，超过六成是家庭第一代大学生。不少考生表示，专项计划让他们有机会进入理想的高校，“相当于给农村孩子多开了一扇门”。"],
    html=head("今年高校专项计划招生规模扩大 覆盖更多农村学生_桃李教育_桃李网") + nav(PNAV) + """
<div class="edu-tools"><a>查分数线</a><a>选专业</a><a>测录取</a></div>
<div class="art"><h1>{TITLE}</h1>
<div class="art-meta">发布于 2021-07-02 周五　本文来源：桃李教育报</div>
<div class="art-con">
{BODY}
</div></div>
""" + comments([("考生家长", "孩子今年刚好符合条件，谢谢分享", "07-02")], 21) + "</body></html>",
    note="The only byline is inside the opening dateline → three authors (记者 one, 通讯员 two split at spaces); the "
         "dateline paragraph is text. 本文来源 → source 桃李教育报. '周五' is the weekday, day precision."))

PAGES.append(Page(
    name="huanxun_wire_press_release_company", body="p",
    kind="press-release wire: '【寰讯通稿】' opening dateline '上海2024年3月18日 /寰讯通/ --', header '2024-03-18 09:00 北京时间"
         "　来源：星河新能源科技有限公司', no author; 关于 boilerplate, 媒体联系 block and a 免责声明 after it",
    url="https://www.huanxuntong.example.com/news-releases/xinghe-energy-302088.html",
    title="星河新能源发布新一代工商业储能系统",
    published_at="2024-03-18 09:00", authors=[], source="星河新能源科技有限公司", media="寰讯通",
    blocks=["上海2024年3月18日 /寰讯通/ -- 星河新能源科技有限公司今日在上海发布新一代工商业储能系统“星舱二代”。该系统采用液冷散热和模块化设计，单柜容量达到二百六十千瓦时，循环寿命超过八千次，适用于工厂、商业综合体和数据中心等场景。",
            "星河新能源总裁表示，随着峰谷电价差拉大，工商业用户配置储能的经济性明显提升。“星舱二代”通过智能能量管理系统，可以根据电价和用电负荷自动调整充放电策略，帮助用户降低用电成本，投资回收期有望缩短到五年以内。",
            '针对储能安全这一行业关注的焦点，“星舱二代”在电芯、模组和系统三个层面设置了多重防护，配备了可燃气体探测和全淹没式消防装置，一旦出现异常，系统可在毫秒级时间内切断电路并启动灭火。',
            "据介绍，新产品已通过多项国内外安全认证，并将于今年二季度开始批量交付。目前，星河新能源已与长三角地区的十余家制造企业签订了合作协议。",
            ("h", "关于星河新能源"),
            "星河新能源科技有限公司成立于2016年，总部位于上海，专注于储能系统的研发、制造和服务，产品已应用于国内二十多个省份及东南亚、欧洲等地区。"],
    html=head("星河新能源发布新一代工商业储能系统 - 寰讯通") + """<div class="hx-top"><b>寰讯通</b><span>新闻稿发布平台</span><a>发布新闻稿</a></div>
<div class="release"><p class="tag">【寰讯通稿】</p><h1>{TITLE}</h1>
<div class="rel-meta">2024-03-18 09:00 北京时间　来源：星河新能源科技有限公司</div>
<div class="rel-body">
{BODY}
</div>
<div class="contact"><h4>媒体联系</h4><p>星河新能源品牌部　电话：021-5555XXXX　邮箱：pr@xinghe.example.com</p></div>
<p class="disclaimer">免责声明：本文由寰讯通发布，内容由发布方提供，不代表本平台观点。</p></div>
<div class="ft">寰讯通 版权所有</div></body></html>""",
    note="Press release: no person credited → authors []. 来源 names the issuing company → source (the credited "
         "origin). '北京时间' is a zone label: 2024-03-18 09:00. The 关于… boilerplate is part of the release (text); "
         "the 媒体联系 block and 免责声明 are not. The 【寰讯通稿】 tag above the headline is not text."))

PAGES.append(Page(
    name="qiushi_blog_date_only_in_url", body="p",
    kind="portal culture channel page with no date shown anywhere and no date meta or script: the date is only in "
         "the URL '/2019/0823/'; byline '撰文：佟暮雨' under the title, '点击：' counter",
    url="https://culture.qiushi.example.com/2019/0823/wh_20190823_4471.html",
    title="老城门楼修缮完工 百年榫卯重现风采",
    published_at="2019-08-23", authors=["佟暮雨"], media="秋实网",
    blocks=["历时十个月的修缮，位于老城南端的拱宸门城楼日前拆除脚手架，重新向公众开放。这座始建于清代中期的城楼，是老城仅存的一座城门楼，也是市级文物保护单位。",
            "修缮工程负责人介绍，城楼的木构架采用传统榫卯结构，因年久失修，部分梁柱出现糟朽、开裂。此次修缮坚持“最小干预”原则，能修补的构件尽量修补，确需更换的，按照原材料、原工艺、原形制进行复制，并在新构件上做了隐蔽标记，方便日后识别。",
            '修缮过程中，工作人员还在城楼的一根脊檩上发现了墨书题记，记载了光绪年间一次重修的时间和主持工匠的姓名。文物专家认为，这段题记为研究城楼的建造和修缮历史提供了珍贵的实物资料。',
            "为了找到合适的木料，施工团队专程到外地采购了生长期超过八十年的老杉木。参与修缮的老木匠说，一根梁从选料、晾干到开榫，前后要花一个多月，“榫头和卯眼的误差不能超过一毫米，差一点就装不上”。",
            "城楼重新开放后，二层将辟为老城历史展厅，展出城墙砖、旧城门钥匙等老物件。文物部门表示，后续还将对城楼周边的历史街巷进行整治，让老城门与周边的街区风貌相协调。"],
    html=head("老城门楼修缮完工 百年榫卯重现风采_秋实文化_秋实网") + nav(PNAV) + """
<div class="content"><h1>{TITLE}</h1>
<p class="author">撰文：佟暮雨　点击：<span id="hits">--</span></p>
<div class="txt">
{BODY}
</div></div>
""" + related([("老城历史街巷整治启动", ""), ("古建修缮的匠心", "")], "延伸阅读") + "</body></html>",
    note="The page shows no date and has no date meta or script; the only date is the URL path /2019/0823/ → "
         "published_at 2019-08-23 (day precision, from the URL; the rules are silent on URLs, the URL is the page's "
         "own address and the only date it carries). 撰文 → author. The old carpenter is quoted anonymously."))
