"""Single-page apps and self-media: the article only in a script's JSON, or shown with a yearless/relative time."""
from common import Page, comments, head_scripts, sitemap

PAGES: list[Page] = []

PAGES.append(Page(
    name="xingcheng_spa_initial_state", body="json",
    kind="SPA news app page: visible HTML is a skeleton (加载中, nav, footer site map); title, time, byline and the HTML "
         "body only in window.__INITIAL_STATE__ JSON (with a recommend list that has its own authors and times)",
    url="https://m.xingchengnews.com/detail/2025/03/14/a8812039.html",
    title="星澄市首条跨江隧道贯通 通车后过江只需五分钟",
    published_at="2025-03-14 09:30:00", authors=["罗伊宁", "蒋北辰"], editors=["谭秋"], source="星澄日报",
    media="星澄新闻",
    blocks=["本报讯（记者 罗伊宁 通讯员 蒋北辰）3月13日下午，随着最后一环管片拼装完成，星澄市首条跨江隧道——滨江路过江隧道实现全线贯通。这条隧道全长三点六公里，其中江中段长一点九公里，设计为双向六车道，建成后从江北新城到老城区的车程将由原来的四十分钟缩短至五分钟左右。",
            "过江隧道采用直径十五米的大型盾构机掘进。项目负责人介绍，江底地层以粉细砂和卵石为主，透水性强，最深处距江面四十二米，施工中遇到的最大难题是高水压下的开挖面稳定。为此，项目团队为盾构机加装了常压换刀装置，刀具更换不再需要工人进入高压舱，既安全又节省了时间。",
            ("h", "智能监测全程护航"),
            "隧道施工期间，工地上布设了一千二百多个传感器，实时监测管片变形、地表沉降和江堤位移等数据。一旦某项数据接近预警值，系统会自动向管理人员的手机发送提醒。“有一次凌晨两点，系统提示江堤附近沉降速率偏大，我们十分钟内就到了现场，调整了注浆参数，第二天数据就回落了。”现场工程师说。",
            "据了解，隧道内还将设置智能照明和通风系统，根据车流量和空气质量自动调节亮度与风量，预计比传统方式节能三成以上。",
            ("h", "年内有望通车"),
            "目前，隧道内部结构施工和机电安装已同步展开。按照计划，滨江路过江隧道将于今年十二月底具备通车条件。届时，它将与正在建设的地铁五号线一起，形成连接江北江南的快速通道。",
            "家住江北新城的市民周女士得知隧道贯通的消息后很高兴：“现在每天上班要绕大桥，早高峰经常堵半个小时，以后能省下不少时间。”"],
    html="""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>星澄新闻</title>
<meta name="description" content="星澄新闻客户端，星澄日报社主办">""" + head_scripts("xingchengnews.com") + """
<link rel="preload" as="script" href="https://static.xingchengnews.com/js/detail.5e1c.js"></head><body>
<div id="app"><div class="skeleton"><div class="sk-title"></div><div class="sk-line"></div><div class="sk-line"></div><p class="loading">加载中…</p></div>
<div class="tabbar"><a href="/">首页</a><a href="/video">视频</a><a href="/live">直播</a><a href="/mine">我的</a></div></div>
<noscript>请开启JavaScript以浏览星澄新闻</noscript>
""" + sitemap("星澄新闻") + """
<div class="ft">星澄日报社 版权所有 Copyright © 2016-2025 星ICP备16002233号-1</div>
<script>window.__INITIAL_STATE__={"user":{"login":false,"uid":null},"detail":{"id":"a8812039","channel":"城建","title":"星澄市首条跨江隧道贯通 通车后过江只需五分钟","source":"星澄日报","author":"罗伊宁 蒋北辰","editor":"谭秋","publishTime":"2025-03-14 09:30:00","updateTime":"2025-03-15 11:02:41","readCount":18230,"content":"{BODY_JSON}","cover":"https://img.xingchengnews.com/2025/03/14/cover.jpg"},"recommend":[{"id":"a8811870","title":"地铁五号线江北段首台盾构机始发","author":"蒋北辰","publishTime":"2025-03-10 16:12:00"},{"id":"a8811622","title":"江北新城今年将新建学校七所","author":"柯林","publishTime":"2025-03-06 08:45:00"},{"id":"a8810097","title":"星澄跨江大桥完成年度检测","author":"谭秋","publishTime":"2025-02-26 19:20:00"}],"comment":{"total":86}};</script>
<script src="https://static.xingchengnews.com/js/detail.5e1c.js"></script></body></html>""",
    note="Everything comes from the JSON state (the page shows only a skeleton). 通讯员 counts as an author. "
         "published_at is publishTime, not updateTime. Recommended items carry other people and times."))

PAGES.append(Page(
    name="pengyun_next_data_summary", body="json",
    kind="Next.js page: the server-rendered HTML shows title, a relative time (2小时前) and the first paragraph only "
         "under '打开APP阅读全文'; the whole HTML body, an ISO time and the byline only in __NEXT_DATA__",
    url="https://www.pengyunhao.cn/article/7301938845021",
    title="旧厂房变身创意园：一座老纺织厂的第二次生命",
    published_at="2024-11-19 08:15:00", authors=["方知夏"], photographers=["吕正阳"], editors=[], source=None,
    media="鹏云号",
    blocks=["岚溪县城东的老纺织厂停产已有十二年。如今，锈迹斑斑的锯齿形厂房换上了玻璃顶，曾经轰鸣的车间里摆满了书架、咖啡桌和手工作坊，周末来这里打卡的年轻人络绎不绝。",
            "这座纺织厂建于上世纪六十年代，鼎盛时期有职工两千多人。二〇一二年，工厂因连年亏损停产，厂区一度杂草丛生。两年前，县里引入一家文旅企业，采取“政府保底、企业运营”的方式对厂区进行改造。",
            "“我们给自己定了一条规矩：能留的全部留下。”运营方负责人说，厂房的红砖墙、木桁架、老式吊车都被保留下来，改造时只做加固和清洁。原来的细纱车间成了一座公共图书馆，织布车间被分隔成二十多个工作室，租给了陶艺、木作、扎染等手艺人。",
            ("img", "https://img.pengyunhao.cn/7301/1.jpg"), ("cap", "改造后的织布车间保留了原有的木桁架。吕正阳 摄"),
            "在厂区一角，一台退役的细纱机被擦拭一新，成了园区的“镇园之宝”。七十岁的退休职工包师傅每周都来这里当义务讲解员。“我在这台机器前站了二十年，现在还能给孩子们讲讲当年的事，心里很踏实。”",
            "创意园开园一年多，已入驻商户四十六家，举办市集、展览和演出一百多场，累计接待游客三十余万人次。县文旅部门表示，下一步将把园区与周边的老街、码头串联起来，打造一条工业记忆旅游线路。"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>旧厂房变身创意园：一座老纺织厂的第二次生命 - 鹏云号</title>
<meta name="next-head-count" content="4">""" + head_scripts("pengyunhao.cn") + """</head><body>
<div id="__next"><header class="Header_root__x1"><a href="/">鹏云号</a><nav><a href="/hot">热榜</a><a href="/tech">科技</a><a href="/life">生活</a></nav><button>登录</button></header>
<main class="Article_main__9f"><h1 class="Article_title__2c">旧厂房变身创意园：一座老纺织厂的第二次生命</h1>
<div class="Article_meta__7a"><a class="Article_avatar__1" href="/u/88120"><img src="/a/88120.png"></a><span class="Article_name__3">岚溪慢生活</span><span class="Article_time__5">2小时前</span><button>+ 关注</button></div>
<div class="Article_content__4e"><p>岚溪县城东的老纺织厂停产已有十二年。如今，锈迹斑斑的锯齿形厂房换上了玻璃顶，曾经轰鸣的车间里摆满了书架、咖啡桌和手工作坊，周末来这里打卡的年轻人络绎不绝。</p>
<div class="Article_mask__0"><button class="Article_openApp__8">打开APP阅读全文</button></div></div>
<section class="Feed_root__6"><h3>猜你喜欢</h3><div class="Feed_item"><a href="/article/7301800011">县城咖啡馆的生存之道</a><span>岚溪慢生活 · 3天前</span></div><div class="Feed_item"><a href="/article/7301699912">老街修缮后首个国庆</a><span>方知夏 · 11-02</span></div></section></main></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":"7301938845021","title":"旧厂房变身创意园：一座老纺织厂的第二次生命","publishedAt":"2024-11-19T08:15:00+08:00","byline":"文｜方知夏 图｜吕正阳","account":{"name":"岚溪慢生活","id":88120,"fans":23841},"html":"{BODY_JSON}"}},"__N_SSP":true},"page":"/article/[id]","query":{"id":"7301938845021"},"buildId":"k2D8f0aQx","isFallback":false,"gssp":true}</script>
</body></html>""",
    note="Rendered HTML shows only the first paragraph and '2小时前'; the body, the ISO publishedAt and the byline "
         "'文｜方知夏 图｜吕正阳' are in __NEXT_DATA__. The byline names the writer, so the account 岚溪慢生活 is "
         "media, not author. Gold text is the whole article (the page's article), not the teaser."))

PAGES.append(Page(
    name="chenxi_selfmedia_timestamp", body="mix",
    kind="self-media platform post (account + 发布于 yearless time), author card with 粉丝/获赞 counts, absolute time only "
         "as a unix timestamp in an inline script; related posts and comments with names and times; body in mixed p/div/span+br",
    url="https://www.chenxihao.com/s/1791023348812005",
    title="开了三年电车，我总结出这七条保养经验",
    published_at="2024-05-03 16:20:11", authors=["老陈说汽车"], media="晨溪号",
    blocks=["不少朋友在后台问我，电车到底要不要保养、多久保养一次。我的车已经开了三年、跑了八万二千公里，今天就把这几年积累的经验整理一下，供大家参考。",
            "第一，电池不要长期满电停放。如果车要放一周以上，电量保持在百分之五十到七十最合适。我有一次出差十天，回来发现满电停放的车掉电比平时快不少。",
            "第二，慢充为主，快充为辅。日常通勤我基本在小区用慢充桩，长途才用快充。三年下来电池健康度还有百分之九十四，我自己比较满意。",
            "第三，轮胎比油车磨得快。电车起步扭矩大、车身又重，我的原厂胎两万八千公里就换了，建议每五千公里做一次轮胎换位。",
            "第四，刹车油和空调滤芯别忘了。很多人以为电车没有发动机就不用保养，其实刹车油两年一换、空调滤芯一年一换，这两项一样不能省。",
            "第五，冬天提前预热。北方的朋友可以在出门前用手机预约加热电池和座舱，续航会好看很多。",
            "第六，底盘要定期检查。电池包在底盘下面，过减速带、走烂路时要慢一点，每年最好上举升机看一看电池包外壳有没有磕碰。",
            "第七，软件升级要及时。这几年我的车通过在线升级优化了好几次能耗和辅助驾驶，升级前记得看更新说明。",
            "以上都是我个人的经验，不同车型可能有差别，具体还是以厂家的保养手册为准。大家有什么问题欢迎在评论区交流。"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>开了三年电车，我总结出这七条保养经验</title>""" + head_scripts("chenxihao.com") + """
<script>var pageData={"articleId":"1791023348812005","publish_time":1714724411,"account":{"name":"老陈说汽车","fans":"12.3万"},"ip_location":"云川"};</script></head><body>
<div class="top-bar"><a href="/">晨溪号</a><input placeholder="搜索你感兴趣的内容"><a href="/login">登录</a></div>
<div class="main"><div class="left"><h1 class="article-title">开了三年电车，我总结出这七条保养经验</h1>
<div class="article-source"><img class="avatar" src="/av/3348.jpg"><a class="account-name" href="/u/3348">老陈说汽车</a><span class="pub-time">发布于 05-03 16:20</span><span class="ip">云川</span></div>
<div class="article-body">
{BODY}
</div><div class="statement">本文为晨溪号作者原创，未经授权不得转载</div>
<div class="interact"><a>点赞 1.2万</a> <a>收藏</a> <a>分享</a></div>
<div class="recommend"><h3>相关推荐</h3><ul><li><a>混动车到底省不省油？实测一个月告诉你</a><span>车评人小武 · 04-28</span></li>
<li><a>冬季续航打七折？三个技巧帮你找回来</a><span>老陈说汽车 · 2023-12-14</span></li><li><a>二手电车值不值得买</a><span>阿杰聊车 · 1天前</span></li></ul></div>
""" + comments([("山里的风", "05-03 18:02", "慢充为主这条很赞同，我的车两年了健康度也还可以。"),
                ("周末去钓鱼", "05-04 07:31", "轮胎确实费，我两万公里就换了。"),
                ("Kevin_不吃香菜", "05-05 12:10", "请问底盘装甲有必要做吗？")], 211) + """</div>
<div class="right"><div class="author-card"><img src="/av/3348.jpg"><p class="name">老陈说汽车</p><p class="desc">十年汽车媒体人，优质汽车领域创作者</p>
<p class="stat"><span>粉丝 12.3万</span><span>获赞 48万</span><span>作品 612</span></p><button>关注</button></div>
<div class="hot-rank"><h3>24小时热榜</h3><ol><li><a>新能源车下乡活动启动</a><em>132万热度</em></li><li><a>高速服务区充电桩扩容</a><em>98万热度</em></li></ol></div></div></div>
""" + sitemap("晨溪号") + """<div class="ft">© 2025 晨溪号 chenxihao.com</div></body></html>""",
    note="Self-media post without a byline in the text → the account 老陈说汽车. The shown time 05-03 16:20 has no year; "
         "the full time is only pageData.publish_time = 1714724411 (unix seconds = 2024-05-03 16:20:11 +08:00)."))

PAGES.append(Page(
    name="wenquan_qa_answer", body="div",
    kind="Q&A platform answer page: the question (title + description by the asker) above one answer; the answerer's card; "
         "'发布于 A' and '编辑于 B' (later); other answers folded with their own authors; comments",
    url="https://www.wenquan.com/question/48821/answer/1130291",
    title="普通人学画画，从素描开始还是直接学色彩？",
    published_at="2024-02-09 10:12", authors=["林深见鹿"], media="问泉",
    blocks=["谢邀。我是一名教了八年成人绘画的老师，这个问题几乎每个新学员都会问。先说结论：看你学画的目的，但大多数人可以从“简化的素描”开始，很快加入色彩。",
            "素描训练的是形、比例和明暗关系，这是所有画种的基础。很多人一上来就画水彩或油画，画面总觉得“不对劲”，往往不是颜色的问题，而是形不准、明暗乱。",
            "但传统的素描训练——几个月画石膏几何体——对于业余爱好者来说太枯燥了，很多人坚持不到一个月就放弃了。所以我一般建议学员用两到三周时间练习线条、透视和五大调子，然后就开始画简单的色彩小稿。",
            "学色彩的时候，建议先从有限的颜色开始，比如只用三原色加白色，练习调出你需要的颜色。这样比一开始就买四十八色的颜料更能理解色彩关系。",
            "另外，无论先学什么，最重要的是每天画一点。哪怕每天只画十五分钟速写，坚持三个月，你会明显感觉到进步。",
            "最后说一句：画画是为了快乐，不要被“基础不扎实”的说法吓住。喜欢什么就先画什么，遇到问题再回头补基础，完全来得及。"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>普通人学画画，从素描开始还是直接学色彩？ - 问泉</title>""" + head_scripts("wenquan.com") + """
<meta name="author" content="问泉"><meta property="og:type" content="article"></head><body>
<div class="AppHeader"><a href="/">问泉</a><a href="/explore">发现</a><a href="/hot">热榜</a><a href="/ask">提问</a></div>
<div class="QuestionHeader"><h1 class="QuestionHeader-title">普通人学画画，从素描开始还是直接学色彩？</h1>
<div class="QuestionRichText">三十岁了想学画画当爱好，网上有人说一定要先画一年素描，也有人说直接学色彩更有兴趣，到底该怎么选？</div>
<div class="QuestionHeader-side"><span>关注者 2,381</span><span>被浏览 1,204,556</span><span class="asker">提问者：一只小画笔</span></div></div>
<div class="QuestionAnswer-content"><div class="AuthorInfo"><img src="/p/ls.jpg"><a class="UserLink-link" href="/people/linshen">林深见鹿</a>
<span class="AuthorInfo-badge">绘画话题下的优秀答主</span></div><div class="Voters">3,862 人赞同了该回答</div>
<div class="RichContent-inner">
{BODY}
</div><div class="ContentItem-time"><span>发布于 2024-02-09 10:12</span>　<span>编辑于 2024-02-11 20:31</span>・IP 属地云川</div>
<div class="ContentItem-actions"><button>赞同 3862</button><button>83 条评论</button><button>分享</button><button>收藏</button></div></div>
<div class="MoreAnswers"><h3>更多回答</h3><div class="List-item"><a class="UserLink-link">阿墨</a><p>我是直接学的水彩，三年了也挺好……</p><span>发布于 2023-10-21 22:40</span></div>
<div class="List-item"><a class="UserLink-link">Sunny画画日记</a><p>先速写！速写！速写！</p><span>编辑于 2024-01-03 09:15</span></div></div>
""" + comments([("一只小画笔", "2024-02-09 11:03", "谢谢老师，太有用了"), ("灰猫", "2024-02-10 08:44", "每天十五分钟这个好")], 83) + """
""" + sitemap("问泉") + """</body></html>""",
    note="The article is the one answer shown: author = the answerer 林深见鹿 (not the asker, nor other answerers). "
         "published_at is 发布于 (2024-02-09 10:12), not 编辑于. Text = the answer only (the question description is not "
         "the article's text). meta author holds the site name."))
