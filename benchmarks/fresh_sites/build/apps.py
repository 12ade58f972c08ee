"""Provincial news apps and their share pages: 交汇点, 潮新闻, 上游新闻, 封面新闻, 极目新闻, 大河网, 四川在线."""
from common import Page, hot, icp_footer, nav, related

PAGES: list[Page] = []

PAGES.append(Page(
    name="jhd_outlet_prefix", kind="app share page, '新华日报·交汇点记者 X' byline, date in a span",
    url="https://www.xhby.net/content/s661fa2b6e4b0f1c2a9b7d3e8.html",
    title="苏南一产业园引进储能项目 年产值有望突破百亿元",
    published_at="2024-04-18 20:31:06", authors=["鲍思齐"], editors=["柏燕"], source="新华日报", media="交汇点",
    paras=[
        "4月18日，一个总投资八十亿元的新型储能电池项目在苏南某产业园签约落地。项目全部达产后，预计年产值将突破一百亿元，带动上下游配套企业二十余家。",
        "项目负责人介绍，选择落户这里，看中的是当地完善的新能源产业链和高效的政务服务。从初次接洽到正式签约，仅用了不到三个月时间。",
        "近年来，该产业园聚焦新能源主导产业，已集聚光伏、储能、动力电池等相关企业一百五十余家。园区负责人表示，将为项目建设提供全流程代办服务，推动项目早开工、早投产。",
    ],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>{TITLE}</title></head><body>
<div class="app-download"><img src="/logo.png"><span>交汇点 新闻客户端</span><a>打开APP</a></div>
<div class="article"><h1 class="title">{TITLE}</h1>
<div class="meta"><span class="origin">新华日报</span> <span class="time">2024-04-18 20:31:06</span></div>
<div class="content">
<p>新华日报·交汇点记者 鲍思齐</p>
{BODY}
</div>
<div class="edit-info">编辑：柏燕</div>
<div class="read-count">阅读 2.3万</div>
</div>
<div class="recommend"><h3>更多精彩</h3><ul><li><a>江苏一季度经济运行情况发布</a><span>04-17</span></li><li><a>长三角新能源产业协同发展</a><span>04-15</span></li></ul></div>
<div class="footer">新华日报社 版权所有 苏ICP备05009187号</div></body></html>"""))

PAGES.append(Page(
    name="chaonews_reporter_tongxun", kind="app page, '潮新闻客户端 记者 X 通讯员 Y' line, date with source",
    url="https://tianmunews.com/news.html?id=2719865",
    title="浙江山区县“共富工坊”让村民在家门口增收",
    published_at="2024-05-06 07:58", authors=["应一诺", "钱俊豪"], editors=["林晓"], source="潮新闻", media="潮新闻",
    paras=[
        "走进丽水山区的一个村子，村口的“共富工坊”里，十几位村民正围坐在一起编织竹篮。她们的手指上下翻飞，一只精致的竹篮不到半小时就成形了。",
        "“在家门口上班，一个月能挣两千多元，还不耽误带孙子。”一位六十多岁的村民说。工坊由当地一家竹制品企业和村集体共同建设，企业提供原料和订单，村民按件计酬。",
        "据了解，当地已建成各类“共富工坊”三百余家，涉及来料加工、农产品初加工、电商直播等多种业态，带动两万余名村民就近就业。",
        "县里相关负责人表示，下一步将引导更多企业把适合分散加工的环节放到村里，同时加强技能培训，提升村民的增收能力。",
    ],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title><meta name="viewport" content="width=device-width"></head><body>
<div class="top-banner">潮新闻 打开APP 阅读更多</div>
<div class="article-wrap"><h1>{TITLE}</h1>
<div class="article-info"><span class="source">潮新闻</span><span class="time">2024-05-06 07:58</span></div>
<div class="article-content">
<p>潮新闻客户端 记者 应一诺 通讯员 钱俊豪</p>
{BODY}
</div>
<div class="article-editor">责任编辑：林晓</div>
<div class="comment-area"><h4>热门评论</h4><p><b>竹林深处</b> 05-06 10:21</p><p>这样的工坊好，老人也能挣钱</p></div>
</div><div class="down-guide">下载潮新闻 看更多精彩内容</div></body></html>"""))

PAGES.append(Page(
    name="cqcb_yesterday_script", kind="app page, shown '昨天 15:02' with the full time in a script var",
    url="https://www.cqcb.com/shishijingji/2024-06-21/5642318.html",
    title="重庆开通多条“夜游两江”新航线",
    published_at="2024-06-21 15:02:41", authors=["霍思远"], editors=["向晴"], source="上游新闻", media="上游新闻",
    paras=[
        "6月21日，记者从重庆两江游相关运营方获悉，为迎接暑期旅游旺季，两江游新开通三条夜游航线，游客可从不同码头登船，欣赏沿江灯光秀和山城夜景。",
        "新航线增加了江北嘴、南滨路等停靠点，游船航程在六十至九十分钟之间。船上还推出了川剧变脸、民乐演奏等演出，让游客在游船上感受巴渝文化。",
        "运营方表示，暑期将根据客流情况动态加密班次，游客可通过线上平台提前购票，避免现场排队。",
    ],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}_上游新闻·汇聚向上的力量</title>
<script>var publishTime = '2024-06-21 15:02:41'; var articleId = 5642318; var channelName = '时事经济';</script></head><body>
<div class="head">""" + nav(["首页", "重庆", "时事经济", "上游财经", "上游视频", "区县"]) + """</div>
<div class="article"><h1 class="title">{TITLE}</h1>
<div class="info"><span class="from">上游新闻</span><span class="ptime">昨天 15:02</span></div>
<div class="article-content" id="article_content">
<p>上游新闻记者 霍思远</p>
{BODY}
</div>
<div class="editor">责任编辑：向晴</div>
</div>
""" + related([("重庆暑期文旅消费季启动", "06-19"), ("洪崖洞周边交通管制提示", "06-18")], "more-news", "推荐阅读") + """
<div class="footer">重庆商报社 版权所有 渝ICP备16010254号 Copyright © 2016-2024</div></body></html>""",
    note="Page shows only '昨天 15:02'; the full time comes from the inline script var publishTime. The byline line opening the body is not part of the text (corrected after the first run, see README)."))

PAGES.append(Page(
    name="thecover_sheying_baodao", kind="app page, '封面新闻记者 X 摄影报道' byline (writer and photographer)",
    url="https://www.thecover.cn/news/f3Hc9XkQ2Lm7v6dZ",
    title="成都大熊猫繁育研究基地新生幼崽首次亮相",
    published_at="2024-07-30 11:05", authors=["晏子轩"], photographers=["晏子轩"], editors=["吕曼"], source="封面新闻", media="封面新闻",
    paras=[
        "7月30日上午，成都大熊猫繁育研究基地今年出生的两只大熊猫幼崽首次与公众见面。两只幼崽圆滚滚的模样引来游客阵阵惊叹，不少人举起手机记录下这一刻。",
        "饲养员介绍，两只幼崽目前体重都已超过十公斤，身体状况良好，每天除了喝奶和吃少量辅食，大部分时间都在睡觉和玩耍。",
        "为保证幼崽健康，基地对参观时间进行了限制，每天上午开放两个时段，游客需在指定区域安静观看，禁止使用闪光灯。",
        "据了解，今年以来，基地已成功繁育大熊猫幼崽多只，人工繁育技术持续提升。",
    ],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE} - 封面新闻</title>
<meta property="article:published_time" content="2024-07-30T11:05:00+08:00"></head><body>
<header class="cover-header">""" + nav(["首页", "天府", "熊猫", "文化", "财经", "视频", "评论"]) + """</header>
<main><article class="article-detail"><h1>{TITLE}</h1>
<div class="article-meta"><span class="time">2024-07-30 11:05</span><span class="source">封面新闻</span></div>
<div class="article-author">封面新闻记者 晏子轩 摄影报道</div>
<div class="article-body">
{BODY}
</div>
<div class="responsible">责任编辑：吕曼</div>
</article>
<aside class="sidebar">""" + hot(["熊猫频道", "四川新闻", "封面深镜"], "热门") + """</aside></main>
<footer>Copyright © 2016-2024 封面传媒 蜀ICP备16002345号</footer></body></html>"""))

PAGES.append(Page(
    name="ctdsb_wen_tu", kind="app page, '文/极目新闻记者 X 图/受访者提供' byline, 通讯员 in the text",
    url="https://www.ctdsb.net/c1716_202408/2156903.html",
    title="武汉一高校学生团队研发护林无人机 获全国大赛金奖",
    published_at="2024-08-19 19:46", authors=["严可馨", "伍泽"], editors=["滕杨"], source="极目新闻", media="极目新闻",
    paras=[
        "近日，武汉一所高校的五名本科生研发的森林防火巡检无人机，在一项全国大学生创新创业大赛中获得金奖。",
        "这款无人机搭载红外热成像和烟雾识别模块，能够在夜间和浓雾条件下发现火点，并自动将位置信息回传指挥中心。团队负责人介绍，他们在湖北多个林场进行了上百次试飞，不断优化识别算法。",
        "“一开始识别误报很多，把晒着的红辣椒都当成了火点。”团队成员笑着回忆。经过半年多的数据积累，目前无人机的识别准确率已达到九成以上。",
        "指导老师表示，团队正与相关企业洽谈合作，希望推动产品早日投入实际应用。",
    ],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>
<div class="top">""" + nav(["首页", "极目新闻", "湖北", "武汉", "教育", "楚天都市报"]) + """</div>
<div class="con"><h1>{TITLE}</h1>
<div class="info">极目新闻 <span>2024-08-19 19:46</span></div>
<div class="article">
<p>文/极目新闻记者 严可馨 通讯员 伍泽 图/受访者提供</p>
{BODY}
</div>
<p class="bj">编辑：滕杨</p></div>
""" + related([("湖北高校学子在国际赛事中获佳绩", "2024-08-15"), ("武汉大学生暑期社会实践走进乡村", "2024-08-11")]) + """
""" + icp_footer("楚天都市报", "鄂ICP备15011254号", "2010-2024") + "</body></html>",
    note="图/受访者提供 names nobody; the byline line is not part of the text."))

PAGES.append(Page(
    name="dahe_xun_dateline", kind="provincial site, '大河网讯（记者 X 通讯员 Y Z）' dateline, 来源/作者/编辑 in info bar",
    url="https://news.dahe.cn/2024/08-27/1812734.html",
    title="河南秋粮长势良好 多地抓好田间管理",
    published_at="2024-08-27 09:16", authors=["冯嘉懿", "闫琦", "牛瑞"], editors=["付晓雨"], source="大河网", media="大河网",
    paras=[
        "大河网讯（记者 冯嘉懿 通讯员 闫琦 牛瑞）8月下旬，正是秋粮生长的关键时期。记者近日在豫东、豫北多地采访看到，大片玉米、大豆长势喜人，农户们正抓紧开展病虫害防治和水肥管理。",
        "在周口一处高标准农田示范区，植保无人机在玉米田上空往返作业。种粮大户说，今年提前储备了农药和化肥，再加上水利设施完善，秋粮丰收很有信心。",
        "农业农村部门组织专家深入田间地头开展技术指导，针对近期高温天气，提醒农户及时灌溉，防范玉米穗期高温热害。",
    ],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}-大河网</title></head><body>
<div class="header">""" + nav(["首页", "河南", "时政", "理论", "财经", "教育", "文化", "豫直播"]) + """</div>
<div class="main"><h1 id="4g_title">{TITLE}</h1>
<div class="info"><p class="fl"><span id="pubtime_baidu">2024-08-27 09:16</span> <span>来源：<a>大河网</a></span> <span>作者：冯嘉懿 闫琦 牛瑞</span></p></div>
<div id="mainCon" class="mainCon">
{BODY}
</div>
<div class="zrbj">编辑：付晓雨</div>
""" + related([("河南推进高标准农田建设", "2024-08-23"), ("秋季农业生产技术指导意见发布", "2024-08-20")], "xgxw", "相关新闻") + """
</div>""" + icp_footer("大河网络传媒集团", "豫ICP备05018498号", "2001-2024") + "</body></html>"))

PAGES.append(Page(
    name="scol_reprint_xinhua", kind="provincial site reprinting a wire story: '据新华社X电（记者 A）', 来源：新华社",
    url="https://www.scol.com.cn/sc/202409/58932107.html",
    title="青藏高原生态监测网络基本建成",
    published_at="2024-09-14 08:50", authors=["旦增顿珠"], editors=["王怡然"], source="新华社", media="四川在线",
    paras=[
        "据新华社拉萨9月13日电（记者旦增顿珠）记者从西藏自治区生态环境部门获悉，覆盖青藏高原主要生态系统类型的监测网络已基本建成，可对草地、湿地、冰川等开展长期连续观测。",
        "监测网络由地面站点、无人机巡检和卫星遥感组成。目前已建成各类地面监测站点一千余个，重点区域实现了监测全覆盖。",
        "相关负责人表示，监测数据将为高原生态保护修复、气候变化研究提供科学支撑。近年来，西藏生态环境质量总体保持良好，主要江河湖泊水质达到或优于国家规定标准。",
    ],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE} - 四川在线</title></head><body>
<div class="nav">""" + nav(["首页", "四川", "时政", "国内", "国际", "财经", "川观新闻"]) + """</div>
<div class="article"><h1>{TITLE}</h1>
<div class="info">2024-09-14 08:50 | 来源：新华社 | 编辑：王怡然</div>
<div class="content" id="scol_txt">
{BODY}
</div></div>
""" + related([("川西高原生态修复见成效", "2024-09-10"), ("若尔盖湿地保护管理加强", "2024-09-05")], "related", "相关链接") + """
<div class="footer">四川日报网站有限责任公司 版权所有 蜀ICP备09003157号 Copyright © 2002-2024 www.scol.com.cn</div></body></html>"""))
