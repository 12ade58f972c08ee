"""Portals: 新浪, 搜狐, 网易, 腾讯, 凤凰."""
from common import Page, hot

PAGES: list[Page] = []

PAGES.append(Page(
    name="sina_finance_repost", kind="portal repost, '文 | 外部媒体 记者 X' byline, hot list with times in the sidebar",
    url="https://finance.sina.com.cn/roll/2024-09-18/doc-incpxvkm4821936.shtml",
    title="中秋假期消费数据出炉 文旅、餐饮热度攀升",
    published_at="2024-09-18 12:31", authors=["郝嘉禾"], editors=["韦琪"], source="经济观察报", media="新浪财经",
    paras=[
        "中秋假期刚刚结束，多个平台陆续发布消费数据。从数据看，文旅、餐饮、电影等服务消费热度攀升，“短途游+本地生活”成为不少人的过节选择。",
        "某在线旅游平台数据显示，假期期间周边游订单量同比增长约两成，自驾游租车订单增长明显。博物馆、古镇、主题公园等目的地热度较高，夜游产品也颇受欢迎。",
        "餐饮方面，多家连锁餐饮企业表示，假期堂食客流较平日增长三成以上，家庭聚餐、朋友聚会类套餐销量突出。部分热门餐厅在中秋当晚出现排队等位的情况。",
        "业内人士分析，假期消费呈现出“理性而有温度”的特点，消费者更注重体验和性价比。随着促消费政策持续发力，四季度消费市场有望保持平稳增长。",
    ],
    html="""<!DOCTYPE html><html><head><meta http-equiv="Content-type" content="text/html; charset=utf-8"><title>{TITLE}|消费_新浪财经_新浪网</title>
<meta property="article:published_time" content="2024-09-18T12:31:00+08:00"><meta property="article:author" content="经济观察报">
<meta name="weibo: article:create_at" content="2024-09-18 12:31:22"></head><body>
<div class="top-nav"><a href="https://www.sina.com.cn/">新浪首页</a> <a>新闻</a> <a>体育</a> <a>财经</a> <a>娱乐</a> <a>科技</a> <a>博客</a> <a>视频</a> <a>汽车</a></div>
<div class="main-title">{TITLE}</div>
<div class="top-bar-wrap"><div class="date-source"><span class="date">2024年09月18日 12:31</span><a href="#" class="source ent-source">经济观察报</a></div></div>
<div class="article-content clearfix"><div class="article-content-left">
<div class="article" id="artibody" data-sudaclick="blk_content">
<p>文 | 经济观察报 记者 郝嘉禾</p>
{BODY}
<div class="appendQr_wrap">海量资讯、精准解读，尽在新浪财经APP</div>
</div>
<p class="show_author">责任编辑：韦琪 </p>
<div class="keywords">文章关键词：<a>消费</a> <a>中秋</a></div>
<div class="blk-comment"><h3>我要评论</h3></div>
</div><div class="article-content-right">
<div class="side-hot"><h3>7X24小时</h3><ul><li><span>12:28</span><a>多家银行下调存款利率</a></li><li><span>12:15</span><a>国际油价小幅上涨</a></li><li><span>11:52</span><a>A股三大指数午间收涨</a></li></ul></div>
""" + hot(["新浪财经头条", "股市直播", "基金净值"], "财经排行") + """</div></div>
<div class="footer"><p>客户服务热线：4006900000 违法和不良信息举报电话：4006900000</p><p>Copyright © 1996-2024 SINA Corporation, All Rights Reserved</p><p>新浪公司 版权所有</p></div>
</body></html>""",
    note="Author from '文 | 经济观察报 记者 X' (outlet and title dropped); the byline line is not part of the text."))

PAGES.append(Page(
    name="sohu_account_post", kind="portal self-media (搜狐号), account as author, ms timestamp in data-val, 返回搜狐 link",
    url="https://www.sohu.com/a/815023649_121123875",
    title="老房翻新花了八万，这几个钱我觉得最值",
    published_at="2024-10-16 10:20", authors=["装修老匠人阿坤"], editors=[], source=None, media="搜狐",
    paras=[
        "去年把父母住了二十多年的老房子翻新了一遍，前前后后花了八万块。很多朋友问我钱都花在哪儿了，今天就把我觉得最值的几项跟大家聊聊。",
        "第一是水电改造。老房子的电线大多是铝线，容量小还容易老化，这次全部换成了铜线，并且厨房、卫生间单独走线。这部分花了一万出头，但住着踏实。",
        "第二是卫生间防水。以前楼下邻居总说天花板渗水，这次把地面和墙面都重新做了防水，闭水试验做了四十八小时，至今一滴没漏。",
        "第三是适老化的小细节。卫生间装了扶手，门槛全部取消，开关换成了大面板的，晚上起夜有感应小夜灯。这些东西加起来不到两千块，老人用着特别方便。",
        "至于那些花里胡哨的背景墙、吊顶，我是能省就省。装修说到底是为了住得舒服，不是装给别人看的。",
    ],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}_装修_房子_老人</title>
<meta property="og:type" content="news"><meta name="mediaid" content="装修老匠人阿坤"><meta property="og:release_date" content="2024-10-16 10:20"></head><body>
<div class="head-container"><a href="https://www.sohu.com/">搜狐</a> <a>首页</a> <a>新闻</a> <a>体育</a> <a>汽车</a> <a>房产</a> <a>旅游</a> <a>教育</a> <a>时尚</a> <a>科技</a></div>
<div class="left main"><div class="user-info" id="user-info"><div class="user-pic"><img src="//p.sohu.com/avatar.png"></div><h4><a href="//mp.sohu.com/profile?xpt=a1b2">装修老匠人阿坤</a></h4><ul class="user-more"><li>文章 <em>326</em></li><li>总阅读 <em>185万</em></li></ul></div></div>
<div class="text"><div class="text-title"><h1>{TITLE}<span class="original-title">原创</span></h1>
<div class="article-info"><span class="time" id="news-time" data-val="1729045200000">2024-10-16 10:20</span><div class="area"><span>发布于：</span><span>江西省</span></div></div></div>
<article class="article" id="mp-editor">
{BODY}
<p data-role="editor-name"><a href="//www.sohu.com/?strategyid=00001" target="_blank" title="点击进入搜狐首页" id="backsohucom"><span class="backword"><i class="backsohu"></i>返回搜狐，查看更多</span></a></p>
</article>
<div class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div>
<div class="bottom-relate-wrap"><h3>相关推荐</h3><ul><li><a>小户型装修这样做显大</a><span>10-14</span></li><li><a>装修避坑指南：这五个钱别省</a><span>10-12</span></li></ul></div>
<div class="comment"><h3>评论</h3><div class="c-item"><b>小窝里的猫</b><span>10-16 12:47</span><p>水电确实不能省</p></div></div>
</div>
<div class="footer">Copyright © 2024 Sohu All Rights Reserved 搜狐公司 版权所有</div></body></html>""",
    note="Self-media post without a byline in the text: the 搜狐号 account is the author."))

PAGES.append(Page(
    name="163_meijing_byline", kind="portal repost, '每经记者：X　每经编辑：Y' line, editor code with _NBJ suffix",
    url="https://www.163.com/dy/article/JF8K2A3L0519APGA.html",
    title="多家车企宣布降价促销 新能源车价格战再起",
    published_at="2024-11-02 08:45:12", authors=["倪书恒"], editors=["梅子涵", "蒲畅"], source="每日经济新闻", media="网易",
    paras=[
        "进入11月，多家车企陆续宣布限时降价或推出购车优惠，新能源汽车市场的价格竞争再度升温。",
        "从优惠力度看，部分车型直降一万至三万元不等，另有车企推出零首付、低息贷款、置换补贴等金融政策。一家新势力品牌的销售人员表示，年底冲量压力较大，优惠力度为年内最大。",
        "业内人士认为，价格战短期内能刺激销量，但长期看会压缩企业利润空间。对于规模较小的企业而言，持续降价可能加剧经营压力，行业整合或将加快。",
        "也有分析师指出，随着电池成本下降，部分降价具有一定的成本基础。消费者在购车时，除了价格，还应关注售后服务、电池质保等因素。",
    ],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}|新能源|车企_网易订阅</title>
<meta property="article:published_time" content="2024-11-02T08:45:12+08:00"></head><body>
<div class="N-nav-channel"><a href="https://www.163.com/">网易首页</a> <a>新闻</a> <a>体育</a> <a>娱乐</a> <a>财经</a> <a>汽车</a> <a>科技</a> <a>手机</a></div>
<div class="container"><div class="post_main"><h1 class="post_title">{TITLE}</h1>
<div class="post_info">2024-11-02 08:45:12　来源: <a href="#">每日经济新闻</a><span class="post_info_comment">举报</span></div>
<div class="post_content"><div class="post_body">
<p>每经记者：倪书恒　每经编辑：梅子涵</p>
{BODY}
<p class="f_center">每日经济新闻</p>
</div>
<div class="post_statement">特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</div>
<div class="post_author">本文来源：每日经济新闻 责任编辑：蒲畅_NBJ11279</div></div>
<div class="post_recommends"><h3>相关推荐</h3><ul><li><a>10月新能源车销量出炉</a><span>2024-11-01 19:30:02</span></li><li><a>车企三季度财报解读</a><span>2024-10-31 07:12:45</span></li></ul></div>
<div class="tie-area"><h3>跟贴</h3><div class="tie"><span class="name">网易广东省广州市网友</span><span class="time">2024-11-02 09:10:33</span><p>等等再买</p></div></div></div>
<div class="post_side">""" + hot(["网易新闻客户端", "热点新闻", "网易号"], "热门排行") + """</div></div>
<div class="N-nav-bottom">网易公司版权所有 ©1997-2024 浙B2-20090185</div></body></html>""",
    note="每经编辑 and 责任编辑 (code _NBJ11279 dropped) are editors; the trailing outlet line is not text."))

PAGES.append(Page(
    name="qq_yearless_windowdata", kind="portal self-media (企鹅号), yearless 'MM-DD HH:MM' shown, full pubtime in window.DATA",
    url="https://new.qq.com/rain/a/20241205A06KQ300",
    title="冬季自驾川西，这几条安全提醒一定要看",
    published_at="2024-12-05 16:40", authors=["背包客小林"], editors=[], source=None, media="腾讯网",
    paras=[
        "每到冬天，总有不少朋友私信问我：现在能不能自驾去川西？我的回答是：能去，但一定要做好准备。",
        "首先是车辆。冬季川西高海拔路段经常结冰，雪地胎或防滑链必须备上。出发前检查一下防冻液、电瓶和刹车，油箱尽量保持半箱以上，因为有些路段加油站间隔很远。",
        "其次是路线。折多山、雀儿山等垭口冬季可能因降雪临时封路，出发前一定要查看当地交通部门发布的路况信息，不要盲目跟着导航走小路。",
        "再就是身体。高原反应因人而异，第一天不要安排太满的行程，多喝水、少洗澡，出现头痛、呼吸困难等症状要及时下撤就医。",
        "冬季的川西游客少、景色干净，雪山和星空都格外漂亮。只要准备充分，这会是一趟难忘的旅程。",
    ],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}_腾讯新闻</title>
<meta name="apub:time" content=""><meta name="keywords" content="川西,自驾,冬季"></head><body>
<div id="TopNav"><a href="https://www.qq.com/">腾讯网</a> <a>新闻</a> <a>视频</a> <a>图片</a> <a>军事</a> <a>体育</a> <a>娱乐</a> <a>财经</a> <a>科技</a></div>
<div class="qq_conent clearfix"><div class="LEFT"><h1>{TITLE}</h1>
<div class="media-info"><a class="media-name" href="/omn/author/8QMd3n1c">背包客小林</a><p class="time">12-05 16:40</p><span class="location">发布于四川</span></div>
<div class="content clearfix"><div class="content-article">
{BODY}
</div></div>
<div class="rv-root"><h3>相关推荐</h3><ul><li><a>川西冬季旅游攻略</a><span>12-03</span></li><li><a>高原反应怎么预防</a><span>11-28</span></li></ul></div>
</div><div class="RIGHT">""" + hot(["腾讯热榜", "24小时热文", "精选视频"], "腾讯热榜") + """</div></div>
<script>window.DATA = {"article_id":"20241205A06KQ300","title":"冬季自驾川西，这几条安全提醒一定要看","media":"背包客小林","media_id":"8QMd3n1c","pubtime":"2024-12-05 16:40:18","catalog1":"travel"};</script>
<div class="footer">Copyright © 1998 - 2024 Tencent. All Rights Reserved. 腾讯公司 版权所有</div></body></html>""",
    note="Shown time is yearless; the year comes from window.DATA.pubtime. 企鹅号 account is the author (no byline in the text)."))

PAGES.append(Page(
    name="ifeng_alldata", kind="portal original, '文｜凤凰网财经 X' byline, time in allData script and a span",
    url="https://finance.ifeng.com/c/8ZsY3kQbT1m",
    title="年轻人为何爱上“特种兵式”存钱",
    published_at="2024-01-09 20:15:33", authors=["柯梦琪"], editors=["沙晓宇"], source="凤凰网财经", media="凤凰网",
    paras=[
        "“每月工资到账，先把一半转进定期，剩下的才是生活费。”二十六岁的程序员小周说，这样的“强制储蓄”他已经坚持了两年。",
        "在社交平台上，“特种兵式存钱”“存钱打卡”等话题的浏览量持续走高。不少年轻人晒出自己的存钱计划：有人每天存一笔递增的金额，有人把外卖、奶茶的开销省下来存进专门账户。",
        "有分析认为，年轻人储蓄意愿上升，一方面与收入预期变化有关，另一方面也反映出消费观念更趋理性。“不是不消费，而是把钱花在更值得的地方。”一位受访者说。",
        "理财专家提醒，存钱固然重要，但也要兼顾流动性，预留好应急资金，避免因过度储蓄影响正常生活。此外，选择储蓄或理财产品时，要注意辨别风险，警惕高收益陷阱。",
    ],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}_凤凰网财经_凤凰网</title>
<meta name="og:time " property="og:time " content="2024-01-09 20:15:33"></head><body>
<div class="index_header"><a href="https://www.ifeng.com/">凤凰网首页</a> <a>资讯</a> <a>财经</a> <a>娱乐</a> <a>体育</a> <a>时尚</a> <a>汽车</a> <a>房产</a> <a>科技</a> <a>读书</a></div>
<div class="index_main"><div class="index_artical"><h1 class="index_topic_5hyUE">{TITLE}</h1>
<div class="index_info_3Y5bq"><p class="index_time_1YdlM"><span>2024年01月09日 20:15:33</span><span class="index_source_2gE5d">来自 <a>凤凰网财经</a></span></p></div>
<div class="index_main_content_j-HoG"><div class="index_text_D0U1y">
<p>文｜凤凰网财经 柯梦琪</p>
{BODY}
</div></div>
<div class="index_editor">[责任编辑：沙晓宇 PF062]</div>
<div class="index_related"><h3>相关新闻</h3><ul><li><a>2023年居民存款增加情况公布</a><span>2024-01-08 17:02:14</span></li></ul></div>
</div></div>
<script>var allData = {"docData":{"base62Id":"8ZsY3kQbT1m","title":"年轻人为何爱上“特种兵式”存钱","newsTime":"2024-01-09 20:15:33","source":"凤凰网财经","editorName":"沙晓宇","editorCode":"PF062"}};</script>
<div class="footer">凤凰新媒体 版权所有 Copyright © 2024 Phoenix New Media Limited All Rights Reserved.</div></body></html>""",
    note="Editor code PF062 dropped; byline line not part of the text."))
