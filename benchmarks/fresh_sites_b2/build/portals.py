"""Portals and apps: articles split by ads, related lists with bylines and dates, hot lists, comments, reposts,
live blogs, interview transcripts, yearless or relative shown times."""
from common import Page, ad, comments, footer, hot, nav, related
from pool import CULTURE, FARM, HEALTH, RIVER, TECH, TRANSIT

PAGES: list[Page] = []

PORTAL_HEAD = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{TITLE}_新闻频道_云帆网</title>
<meta name="keywords" content="{TITLE}"><meta name="description" content="{TITLE}">
<meta property="og:type" content="article"><script>var _hmt=_hmt||[];var pageConfig={channel:"news",adCount:4};</script></head><body>
<div class="topbar"><a href="/">云帆网首页</a> <a href="/login">登录</a> <a href="/app">下载客户端</a></div>
<div class="header">""" + nav(["首页", "新闻", "财经", "科技", "汽车", "房产", "体育", "娱乐", "视频", "直播"]) + "</div>"

PAGES.append(Page(
    name="yunfan_portal_ads_comments", kind="national portal: body split by four ad blocks and an inline 'read also' box, editor line, byline only at the end （记者 A B）, related list with bylines and dates, hot list, comments with names and times",
    url="https://news.yunfan.com/a/20230914/n4471208.shtml",
    title="四号线江底隧道贯通 澜江地铁网再添跨江通道",
    published_at="2023-09-14 19:02", authors=["陈晨", "赵雪"], source="澜江日报", media="云帆网", editors=["孟凡"],
    blocks=[TRANSIT[2], TRANSIT[0], ("video", "盾构机破土而出瞬间"), TRANSIT[1], ("ad", ad(1)), TRANSIT[3], TRANSIT[9],
            ("raw", '<div class="read-also"><b>延伸阅读：</b><a href="/a/1.shtml">澜江地铁票价方案公布（记者 陈晨）</a> 2023-08-30</div>', ""),
            ("h", "智慧车站“刷脸”进站"), TRANSIT[8], ("ad", ad(2)), TRANSIT[10], TRANSIT[11], ("ad", ad(3)),
            ("h", "专家：通车只是第一步"), TRANSIT[12], TRANSIT[13], TRANSIT[7] + "（记者 陈晨 赵雪）"],
    html=PORTAL_HEAD + """<div class="main"><div class="article"><h1>{TITLE}</h1>
<div class="article-info"><span class="time">2023-09-14 19:02</span> <span class="source">来源：<a href="#">澜江日报</a></span> <span class="cmt-num">参与评论(<em>236</em>)人</span></div>
<div class="article-content" id="artibody">
{BODY}
</div><p class="editor">责任编辑：孟凡_NF3301</p>
<div class="statement">声明：本文系转载，版权归原作者所有，如有侵权请联系删除。</div></div>
""" + ad(4) + related([("澜江地铁四号线首台盾构机始发（记者 赵雪）", "2023-03-02 10:11"),
                      ("跨江大桥潮汐车道启用", "2023-07-18 08:00"), ("一图读懂澜江轨道交通线网规划 来源：澜江发布", "2022-12-30")],
                     "相关新闻") + hot(["澜江今夏最强台风路径公布", "四号线开通时间确定了吗？", "东岚新区三所学校开学"], "24小时热榜")
    + comments([("云帆网友 澜江东岚", "2023-09-14 19:40", "终于贯通了，盼着早点开通！"),
                ("风里来雨里去", "2023-09-14 20:05", "施工的工人辛苦了"),
                ("澜江网友 陈默", "昨天 21:13", "记者陈晨写得很详细，点赞")], 236)
    + "</div>" + footer("云帆网络科技有限公司", "京ICP证090912号", "1999-2023") + "</body></html>",
    note="Authors only in the closing parenthesis. Related items carry other reporters (记者 赵雪 again, a trap that is right by luck), a commenter mentions 记者陈晨. Ads, the 延伸阅读 box and the video label are not text; _NF3301 dropped from the editor."))

PAGES.append(Page(
    name="yunfan_repost_source_author", kind="portal repost: 来源：X 作者：Y in the info bar, 原标题 line, original byline 文｜Y inside, the portal's own 'editor' and a 本文来源 footer",
    url="https://www.yunfan.com/a/20240119/n4501977.shtml",
    title="一座老街的“新生”：修旧如旧背后的匠心",
    published_at="2024-01-19 11:36:40", authors=["林涛"], source="东江日报", media="云帆网", editors=["唐蕊"],
    blocks=[("raw", "<p>原标题：老街修缮两年 重现明清风貌</p>", ""), ("raw", "<p>文｜林涛</p>", ""),
            *CULTURE[:3], ("img", "/img/2024/0119/a.jpg"), ("cap", "老街上的木雕门窗。东江日报记者 何平 摄"), *CULTURE[3:6],
            ("ad", ad(11)), ("h", "留住老街的“烟火气”"), *CULTURE[7:10], ("quote", "“房子还是原来的样子，就是更结实了，住着踏实。”"),
            *CULTURE[10:], CULTURE[6]],
    photographers=["何平"],
    html=PORTAL_HEAD + """<div class="main"><div class="article"><h1>{TITLE}</h1>
<div class="article-info"><span class="time">2024-01-19 11:36:40</span> 来源：东江日报 作者：林涛 <a class="follow">+关注</a></div>
<div class="article-content">
{BODY}
<p class="end-source">本文来源：东江日报</p>
</div><div class="editor">编辑：唐蕊</div></div>
""" + related([("全国历史文化街区保护名录公布", "2024-01-10"), ("老字号的“新玩法”（文/周晓）", "2023-12-28")], "大家都在看")
    + "</div>" + footer("云帆网络科技有限公司", "京ICP证090912号", "1999-2024") + "</body></html>",
    note="Repost: author from the original (作者 field and 文｜ line agree). 原标题 line and the 文｜ line are not text; the pull quote repeats a sentence and is kept (quotes are text). 何平 is a photographer (X 摄)."))

PAGES.append(Page(
    name="lanjiang_app_yearless_script", kind="news app share page: shown time is yearless 'MM-DD HH:MM', the full time only in an inline script; byline 'A 报道' in a card with an avatar; 'recommended' cards with authors",
    url="https://h5.lanjiangplus.cn/share/article?id=7731920&from=wx",
    title="高新区产业引导基金再扩容 中小企业数字化改造最高补一半",
    published_at="2024-05-06 10:20:31", authors=["黄一鸣"], media="澜江+", source=None,
    blocks=[*TECH[8:11], ("h", "从“制造”到“智造”"), *TECH[:3], ("img", "https://cdn.lanjiangplus.cn/img/7731920_1.jpg"),
            *TECH[3:5], ("h", "上下游一公里配齐"), TECH[12], TECH[11], TECH[13], TECH[6]],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>{TITLE}</title>
<script>window.__INITIAL_STATE__={"article":{"id":7731920,"pubTime":"2024-05-06 10:20:31","updateTime":"2024-05-07 08:02:10","readCount":12034,"channel":"财经"}};</script></head>
<body><div class="app-banner"><img src="/logo.png"> 澜江+ 打开APP 阅读更多精彩内容</div>
<article><h1 class="title">{TITLE}</h1>
<div class="author-card"><img class="avatar" src="/u/1893.jpg"><div><p class="name">澜江+记者 黄一鸣 报道</p><p class="meta"><span>05-06 10:20</span> <span>阅读 1.2万</span></p></div></div>
<div class="content">
{BODY}
</div><div class="declare">版权声明：本文为澜江+原创，转载请注明出处。</div></article>
<div class="rec"><h3>推荐阅读</h3>
<div class="card"><a>全市规上工业增加值增长6.8%</a><p>澜江+ 刘思雨 · 05-05</p></div>
<div class="card"><a>产业学院首批学生毕业</a><p>澜江+ 见习记者 吴桐 · 04-28</p></div></div>
<div class="open-app">打开澜江+，查看更多评论</div></body></html>""",
    note="The page shows only '05-06 10:20'; the full time comes from the inline script's pubTime (not updateTime). Recommended cards carry other authors."))

PAGES.append(Page(
    name="dongan_live_blog", kind="live blog (图文直播): many timestamped entries newest first, page time at the top, each entry a time line, no personal byline (前方记者 only as a group), host account",
    url="https://live.donganwang.com/2024/0721/live_1182.html",
    title="直播｜澜江今年第3号台风“海燕”登陆 最新情况持续更新",
    published_at="2024-07-21 06:30", authors=[], media="东岸网", source=None, editors=["方雯"],
    blocks=[
        ("raw", '<div class="entry"><span class="t">14:35</span><p>市防汛抗旱指挥部消息：全市共转移安置群众两万三千余人，开放避灾安置点四百一十个，目前未接到人员伤亡报告。</p></div>',
         "14:35\n市防汛抗旱指挥部消息：全市共转移安置群众两万三千余人，开放避灾安置点四百一十个，目前未接到人员伤亡报告。"),
        ("raw", '<div class="entry"><span class="t">13:50</span><p>地铁二号线江滨站至东岚站区段因出入口进水暂停运营，其余线路正常运行，请市民合理安排出行。</p></div>',
         "13:50\n地铁二号线江滨站至东岚站区段因出入口进水暂停运营，其余线路正常运行，请市民合理安排出行。"),
        ("raw", '<div class="entry"><span class="t">12:10</span><p>台风“海燕”于今天中午12时前后在澜江市沿海登陆，登陆时中心附近最大风力十二级，中心最低气压九百七十百帕。</p><p class="img"><img src="/l/1.jpg"></p><p class="cap">（图为江滨路上的积水。前方记者 摄）</p></div>',
         "12:10\n台风“海燕”于今天中午12时前后在澜江市沿海登陆，登陆时中心附近最大风力十二级，中心最低气压九百七十百帕。\n（图为江滨路上的积水。前方记者 摄）"),
        ("raw", '<div class="entry"><span class="t">10:25</span><p>澜江机场取消进出港航班一百二十余架次，铁路部门停运部分动车组列车，旅客可登录官方渠道办理免费退票。</p></div>',
         "10:25\n澜江机场取消进出港航班一百二十余架次，铁路部门停运部分动车组列车，旅客可登录官方渠道办理免费退票。"),
        ("raw", '<div class="entry"><span class="t">09:00</span><p>市气象台升级发布台风红色预警信号。预计今天白天到夜里，全市有大暴雨，沿海地区阵风可达十三级以上。中小学、幼儿园暑期托管服务暂停，建筑工地全部停工。</p><p>气象专家提醒，台风登陆后强度会逐渐减弱，但其带来的强降雨仍将持续，山区要特别防范山洪、泥石流等次生灾害，低洼地带的居民要及时转移。</p></div>',
         "09:00\n市气象台升级发布台风红色预警信号。预计今天白天到夜里，全市有大暴雨，沿海地区阵风可达十三级以上。中小学、幼儿园暑期托管服务暂停，建筑工地全部停工。\n气象专家提醒，台风登陆后强度会逐渐减弱，但其带来的强降雨仍将持续，山区要特别防范山洪、泥石流等次生灾害，低洼地带的居民要及时转移。"),
        ("raw", '<div class="entry"><span class="t">07:40</span><p>记者在江滨路看到，沿江一带风力明显增强，部分行道树被吹倒，环卫、园林工人正在冒雨清理。交警部门对跨江大桥实行临时交通管制，只允许应急车辆通行。</p></div>',
         "07:40\n记者在江滨路看到，沿江一带风力明显增强，部分行道树被吹倒，环卫、园林工人正在冒雨清理。交警部门对跨江大桥实行临时交通管制，只允许应急车辆通行。"),
        ("raw", '<div class="entry"><span class="t">06:30</span><p>东岸网今日启动图文直播，前方记者将在沿海各区县持续报道台风“海燕”登陆情况，敬请关注。各区县已于昨晚完成渔船回港避风，共计三千一百余艘。</p></div>',
         "06:30\n东岸网今日启动图文直播，前方记者将在沿海各区县持续报道台风“海燕”登陆情况，敬请关注。各区县已于昨晚完成渔船回港避风，共计三千一百余艘。"),
    ],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}-东岸网</title>
<meta property="article:published_time" content="2024-07-21T06:30:00+08:00"><meta property="article:modified_time" content="2024-07-21T14:36:02+08:00"></head><body>
<div class="hd"><a href="/">东岸网</a> 直播频道</div><div class="live"><h1>{TITLE}</h1>
<div class="live-info">开始时间：2024-07-21 06:30 <span class="status">直播中</span> 主持人：东岸网编辑部 <span>在线 8.3万人</span></div>
<div class="live-list">
{BODY}
</div><div class="live-edit">编辑：方雯</div></div>
""" + hot(["台风过后这些路段仍有积水", "避灾安置点名单", "停课通知"]) + footer("东岸网", "云ICP备18000001号-2", "2018-2024") + "</body></html>",
    note="Live blog: the page time is the start time (06:30, = meta published_time), not the newest entry (14:35) or modified_time. No person credited (前方记者 is nobody; 主持人 is an editorial department) → []. Entry times are kept in the text as they are part of each entry."))

PAGES.append(Page(
    name="yunfan_interview_qa", kind="interview transcript: 记者：/专家：lines, the interviewee named in the intro, byline '本报记者 A' at the very end after the transcript, 受访者供图 caption",
    url="https://news.yunfan.com/a/20240311/n4512033.shtml",
    title="专访｜澜江大学教授周立群：基层医疗“接得住”关键在人",
    published_at="2024-03-11 07:00", authors=["梁爽"], source="澜江晨报", media="云帆网", editors=["孟凡"],
    blocks=[
        "基层医疗机构如何“接得住”下沉的优质资源？远程医疗能否真正缓解看病难？围绕这些问题，记者专访了澜江大学公共卫生学院教授周立群。",
        ("cap", "周立群（受访者供图）"),
        "记者：近年来，我市推进远程会诊平台建设，您如何评价它的效果？",
        "周立群：" + HEALTH[0] + "从数字上看，平台的覆盖面已经相当可观。但我更看重的是另一组数字：基层首诊率和县域内就诊率。只有患者愿意留在基层看病，平台的作用才算真正发挥出来。",
        "记者：基层医生队伍一直是短板，问题出在哪里？",
        "周立群：" + HEALTH[3] + "说到底，基层医生要有职业发展的空间。如果一名医生在乡镇卫生院干了十年，职称、收入都没有变化，他当然会想走。",
        "记者：有人担心，专家下沉是“走过场”，坐诊几天就走了。",
        "周立群：这种担心不是没有道理。" + HEALTH[9] + "关键是建立长效机制，让帮扶从“输血”变成“造血”。",
        "记者：对于普通患者来说，该怎样用好这些资源？",
        "周立群：" + HEALTH[4] + "我的建议是，常见病、慢性病先找家庭医生，需要转诊的，通过医联体的绿色通道转到上级医院，这样效率最高。",
        "记者：最后，您对基层医疗的未来有什么期待？",
        "周立群：" + HEALTH[6],
        ("raw", "<p>本报记者　梁爽</p>", ""),
    ],
    html=PORTAL_HEAD + """<div class="main"><div class="article"><h1>{TITLE}</h1>
<div class="article-info"><span class="time">2024-03-11 07:00</span> <span class="source">来源：澜江晨报</span></div>
<div class="article-content">
{BODY}
</div><p class="editor">责任编辑：孟凡_NF3301</p></div>
""" + related([("远程会诊平台累计会诊破万例", "2024-02-27 16:20"), ("周立群：慢病管理要从社区做起（记者 梁爽）", "2023-10-09")], "相关阅读")
    + comments([("网友 叶子", "2024-03-11 08:12", "说得很实在。")]) + "</div>"
    + footer("云帆网络科技有限公司", "京ICP证090912号", "1999-2024") + "</body></html>",
    note="Interview: the interviewee (周立群) is not an author; the reporter is credited only in the closing '本报记者 梁爽' line (not text). 受访者供图 is no photographer."))

PAGES.append(Page(
    name="zhongzhou_english_names_bianyi", kind="finance portal translated column: 撰文 Daniel Roberts, 编译 钱悦, 来源：路透社 line, English author box, data tables",
    url="https://finance.zhongzhoucj.com/world/2024/0402/98812.html",
    title="全球制造业回暖 机器人订单创两年新高",
    published_at="2024-04-02 21:48", authors=["Daniel Roberts", "钱悦"], source="路透社", media="中洲财经",
    blocks=[
        "全球制造业在今年一季度出现回暖迹象。多家行业机构发布的数据显示，工业机器人新增订单量环比增长超过一成，创下近两年来的新高，其中来自汽车和电子行业的需求最为强劲。",
        *TECH[:2], ("h", "供应链：从“断供”到“备份”"), TECH[2], TECH[11], TECH[3],
        ("raw", '<table class="data"><tr><th>地区</th><th>一季度订单同比</th></tr><tr><td>亚洲</td><td>+14.2%</td></tr><tr><td>欧洲</td><td>+6.8%</td></tr><tr><td>北美</td><td>+9.1%</td></tr></table>', ""),
        ("h", "隐忧仍在"), TECH[5], TECH[9], TECH[7],
        "不过也有分析人士提醒，订单回暖能否持续，还要看下半年全球需求和利率走势。（本文仅代表作者观点，不构成投资建议）",
    ],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE} - 中洲财经</title><meta name="author" content="Daniel Roberts"></head><body>
<div class="top">""" + nav(["首页", "宏观", "全球", "公司", "市场", "数据"]) + """</div>
<div class="wrap"><h1>{TITLE}</h1><div class="byline"><span>撰文：Daniel Roberts</span>　<span>编译：钱悦</span>　<span>来源：路透社</span>　<time>2024-04-02 21:48</time></div>
<div class="author-box"><b>Daniel Roberts</b> is a Reuters industry correspondent based in Frankfurt.</div>
<div class="txt">
{BODY}
</div>
""" + related([("Morning Bid: 亚洲股市开盘走高（By Emma Li）", "04-02 08:30"), ("日本央行维持利率不变", "03-19")], "全球要闻")
    + "</div>" + footer("中洲财经传媒", "沪ICP备13001122号", "2013-2024", "本网站所刊载信息，不代表本站观点。") + "</body></html>",
    note="撰文 (an English name, kept as written) and 编译 are both authors. The table of figures is left out of the gold text (tables are not paragraphs; a close call). Related item 'By Emma Li' is not this page's."))

PAGES.append(Page(
    name="jinghe_yesterday_meta", kind="regional portal: shown time is '昨天 18:20' (relative), published_time in meta; 作者 in meta only, no byline shown",
    url="https://www.jinghe365.com/news/local/2024/1128/312208.html",
    title="青屿河沿线新开十二家民宿 周末一房难求",
    published_at="2024-11-27 18:20:05", authors=["郑凯"], media="泾河365", source=None,
    blocks=[RIVER[5], RIVER[0], ("img", "/up/2024/1128/a1.jpg"), ("cap", "青屿河畔的一家民宿。"), RIVER[8], RIVER[9], ("h", "“鱼又回来了”"),
            RIVER[7], RIVER[10], RIVER[4], RIVER[12]],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}-泾河365</title>
<meta name="author" content="郑凯"><meta property="article:published_time" content="2024-11-27T18:20:05+08:00">
<meta name="lastmod" content="2024-11-28T09:00:00+08:00"></head><body>
<header>""" + nav(["首页", "本地", "民生", "文旅", "房产", "便民"]) + """</header>
<main><h1>{TITLE}</h1><div class="meta"><span>泾河365</span> · <span class="time">昨天 18:20</span> · <span>阅读 5621</span></div>
<div class="content">
{BODY}
</div><div class="tags">标签：<a>民宿</a> <a>乡村旅游</a></div>
""" + related([("周末去哪儿｜青屿河骑行路线", "2024-11-20"), ("民宿旺季来临 房价上涨", "2024-10-01")], "猜你喜欢") + """
</main>""" + footer("泾河网络传媒", "陕ICP备20001234号", "2020-2024") + "</body></html>",
    note="CLOSE CALL: the author is only in <meta name=author> (a person's name), nothing is shown; labelled [郑凯] since the page credits a person as author, but the rules only speak of bylines shown. The date comes from meta since the page shows only '昨天 18:20'; lastmod is not it."))

PAGES.append(Page(
    name="yunfan_ju_baodao_no_author", kind="portal brief rewritten from wire reports: 据X报道 / 综合 opening, source 综合, no person credited, related items with bylines",
    url="https://news.yunfan.com/a/20240815/n4530120.shtml",
    title="多地推出种粮补贴新政 每亩最高补贴三百元",
    published_at="2024-08-15 09:41:17", authors=[], source="综合", media="云帆网", editors=["白露"],
    blocks=[
        "据新华社、央广网等媒体报道，近期多个粮食主产省份相继出台种粮补贴新政，对规模种粮主体给予每亩一百元至三百元不等的补贴，并加大对农机购置、烘干仓储设施建设的支持力度。",
        "据澜江日报报道，" + FARM[11], FARM[2], ("h", "农机、烘干设施成补贴重点"), FARM[4], FARM[9], FARM[10],
        ("ad", ad(21)), ("h", "“谁来种地”仍待破题"), FARM[5], FARM[13], FARM[7],
        "（综合新华社、央广网、澜江日报）",
    ],
    html=PORTAL_HEAD + """<div class="main"><div class="article"><h1>{TITLE}</h1>
<div class="article-info"><span class="time">2024-08-15 09:41:17</span> <span class="source">来源：综合</span></div>
<div class="article-content">
{BODY}
</div><p class="editor">责任编辑：白露_NF2087</p></div>
""" + related([("秋粮收购价格稳中有升（记者 高原）", "2024-08-10"), ("农业农村部部署秋粮生产", "2024-08-02 11:00")], "相关新闻")
    + "</div>" + footer("云帆网络科技有限公司", "京ICP证090912号", "1999-2024") + "</body></html>",
    note="No person credited: 据X报道 names outlets, the closing （综合…） names outlets → []. Related item's 记者 高原 is another article's."))
