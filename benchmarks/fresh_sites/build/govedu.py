"""Government, university, forum and blog pages."""
from common import Page

PAGES: list[Page] = []

SIDE_GOV = """<div class="side"><h3>最新公开</h3><ul><li><a>关于公布2024年度第二批建筑业企业资质审查结果的通知</a><span>2024-07-11</span></li>
<li><a>关于开展城镇燃气安全专项检查的通知</a><span>2024-07-09</span></li><li><a>2024年上半年工作总结</a><span>2024-07-05</span></li></ul></div>"""

PAGES.append(Page(
    name="gov_xxgk_table", kind="政府信息公开: 索引号/成文日期/发布日期 table plus 发布日期/来源/字号/浏览次数 bar; no author",
    url="http://zjj.yuhang-example.gov.cn/art/2024/7/12/art_1229_4172385.html",
    title="关于做好2024年汛期房屋建筑和市政工程安全生产工作的通知",
    published_at="2024-07-12", authors=[], source="区住房和城乡建设局", media="区住房和城乡建设局",
    paras=[
        "各街道、镇建设管理部门，各有关单位：",
        "当前已进入主汛期，为切实做好汛期房屋建筑和市政工程安全生产工作，有效防范和遏制生产安全事故发生，现将有关事项通知如下：",
        "一、压实安全生产责任。各建设、施工、监理单位要严格落实安全生产主体责任，项目负责人要带班值守，对深基坑、高支模、起重机械等危险性较大的分部分项工程开展全面排查。",
        "二、加强隐患排查整治。重点检查施工现场排水设施、临时用电、围挡和临建设施，对排查发现的问题建立台账，限期整改到位；存在重大隐患的，立即停工整改。",
        "三、做好应急值守。各单位要完善防汛应急预案，储备必要的抢险物资，遇强降雨、台风等极端天气，及时停止室外作业，撤离危险区域人员。",
        "四、强化监督检查。我局将组织开展汛期安全专项检查，对责任不落实、隐患整改不力的单位依法依规严肃处理。",
        "区住房和城乡建设局",
        "2024年7月10日",
    ],
    html="""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{TITLE}</title>
<meta name="ArticleTitle" content="{TITLE}"><meta name="PubDate" content="2024-07-12 16:03"><meta name="ContentSource" content="区住房和城乡建设局"></head><body>
<div class="gov-head"><img src="/images/guohui.png"><span>区住房和城乡建设局</span><div class="search"><input value="请输入关键字"></div></div>
<div class="gov-nav"><a>首页</a><a>机构概况</a><a>政务公开</a><a>政务服务</a><a>互动交流</a></div>
<div class="location">当前位置：<a>首页</a> &gt; <a>政府信息公开</a> &gt; <a>通知公告</a></div>
<div class="xxgk-main"><table class="xxgk-table"><tr><td>索引号：</td><td>002482135/2024-01736</td><td>分类：</td><td>城乡建设、环境保护 \\ 通知</td></tr>
<tr><td>发布机构：</td><td>区住房和城乡建设局</td><td>成文日期：</td><td>2024-07-10</td></tr>
<tr><td>文号：</td><td>区建〔2024〕38号</td><td>发布日期：</td><td>2024-07-12</td></tr><tr><td>有效性：</td><td>有效</td><td></td><td></td></tr></table>
<div class="title"><h1>{TITLE}</h1></div>
<div class="xxgk-info">发布日期：2024-07-12　来源：区住房和城乡建设局　字号：[<a>大</a> <a>中</a> <a>小</a>]　浏览次数：1205　<a href="javascript:window.print()">打印本页</a></div>
<div class="zoom" id="zoom">
{BODY}
</div>
<div class="fj">附件：<a>汛期安全检查表.docx</a></div></div>
""" + SIDE_GOV + """
<div class="gov-foot"><p>主办单位：区住房和城乡建设局　地址：文化路88号　联系电话：0571-86200000</p><p>网站标识码：3301100005　浙ICP备12045678号-3　浙公网安备 33011002011234号</p><p>Copyright © 2018-2024 All Rights Reserved</p></div></body></html>""",
    note="发布日期 (2024-07-12) is the publication date, not 成文日期 (2024-07-10) nor the signature date; the signature lines belong to the document text."))

PAGES.append(Page(
    name="gov_county_news", kind="县政府网 news: '发布时间：YYYY-MM-DD HH:MM 来源：X 作者：Y' then 【打印】【关闭】",
    url="http://www.xinfeng-example.gov.cn/zwdt/bmdt/content_3382571.html",
    title="县农业农村局开展秋季农机安全生产宣传进村活动",
    published_at="2024-08-05 10:30", authors=["覃丽华"], source="县农业农村局", media="县人民政府",
    paras=[
        "为切实加强秋收期间农机安全生产工作，8月2日，县农业农村局组织农机安全监理人员深入全县多个乡镇开展农机安全生产宣传进村活动。",
        "活动中，工作人员通过发放宣传资料、现场讲解、案例警示等方式，向农机手讲解拖拉机、收割机等农业机械的安全操作规程，提醒大家严禁无证驾驶、酒后驾驶和违规载人。",
        "工作人员还对部分农机进行了免费检修，检查灯光、制动、转向等关键部件，对发现的问题当场指导整改。",
        "此次活动共发放宣传资料一千余份，检修农机八十余台，进一步增强了农机手的安全意识，为秋季农业生产安全有序开展打下了基础。",
    ],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}-县人民政府</title></head><body>
<div class="top"><span>今天是：<script>document.write(new Date().toLocaleDateString())</script></span><a>无障碍</a><a>长者模式</a></div>
<div class="banner"><h2>县人民政府</h2></div>
<div class="menu"><a>首页</a><a>走进县域</a><a>政务动态</a><a>信息公开</a><a>政务服务</a><a>政民互动</a></div>
<div class="pos">您当前的位置：<a>首页</a> &gt; <a>政务动态</a> &gt; <a>部门动态</a></div>
<div class="article"><h1>{TITLE}</h1>
<div class="pages-date">发布时间：2024-08-05 10:30　来源：县农业农村局　作者：覃丽华　<span class="font">【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>
<div class="pages_content" id="UCAP-CONTENT">
{BODY}
</div>
<div class="print">【<a>打印</a>】【<a>关闭</a>】</div>
<div class="prev-next"><p>上一篇：<a>县召开秋粮生产调度会</a></p><p>下一篇：<a>县开展防汛应急演练</a></p></div></div>
<div class="footer"><p>主办：县人民政府办公室　承办：县政务服务数据管理局</p><p>桂ICP备05001234号　政府网站标识码：4512250001　桂公网安备45122502000123号</p></div></body></html>"""))

PAGES.append(Page(
    name="univ_arti_metas", kind="学校新闻网 (web-publishing CMS): 发布时间/作者/浏览次数 metas, '文/X 图/Y 审核/Z' line at the end",
    url="https://news.hnust-example.edu.cn/info/1052/38127.htm",
    title="我校在全国大学生结构设计竞赛中获一等奖",
    published_at="2024-09-26", authors=["邝雨菲"], photographers=["宋嘉琪"], editors=["黎志远"], source=None, media="学校新闻网",
    paras=[
        "近日，第十七届全国大学生结构设计竞赛决赛落下帷幕，我校土木工程学院代表队凭借设计新颖、承载性能优异的作品，从全国一百多所高校的参赛队伍中脱颖而出，荣获全国一等奖。",
        "本届竞赛以“山地输电塔结构”为题，要求参赛队伍在规定时间内，使用指定材料完成模型制作，并进行多级加载测试。我校参赛队员经过三个多月的反复试验，优化了杆件连接方式，模型在最高级加载中表现稳定。",
        "指导教师表示，竞赛锻炼了学生的工程设计能力和团队协作精神，学院将继续以赛促学，推动实践教学改革。",
    ],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}-学校新闻网</title>
<meta name="description" content="近日，第十七届全国大学生结构设计竞赛决赛落下帷幕"></head><body>
<div class="head"><img src="/images/logo.png" alt="学校新闻网"><div class="nav"><a>首页</a><a>学校要闻</a><a>综合新闻</a><a>院部动态</a><a>媒体报道</a><a>校园人物</a><a>图片新闻</a></div></div>
<div class="container"><div class="col_menu"><h2>综合新闻</h2><ul><li><a>学校要闻</a></li><li><a>综合新闻</a></li><li><a>媒体报道</a></li></ul></div>
<div class="col_news"><div class="col_path">当前位置：<a>首页</a> &gt; <a>综合新闻</a></div>
<div class="article"><h1 class="arti_title">{TITLE}</h1>
<p class="arti_metas"><span class="arti_update">发布时间：2024-09-26</span><span class="arti_publisher">作者：邝雨菲</span><span class="arti_views">浏览次数：<span id="views">532</span></span></p>
<div class="entry"><div class="read" id="vsb_content">
{BODY}
<p style="text-align:right;">（文/邝雨菲 图/宋嘉琪 审核/黎志远）</p>
</div></div>
<div class="prevnext">上一条：<a>学校召开新学期教学工作会议</a>　下一条：<a>我校举行2024级新生开学典礼</a></div></div></div></div>
<div class="footer">版权所有 © 2024 学校党委宣传部　地址：湘潭市雨湖区　湘ICP备05001234号</div></body></html>""",
    note="The closing （文/ 图/ 审核/） credit line is not part of the text."))

PAGES.append(Page(
    name="univ_asp_gbk_table", kind="old ASP school news, GBK, table layout: 作者：学生记者团 X　来源：Y　点击数　更新时间",
    url="http://www.szxy-example.edu.cn/news/ShowArticle.asp?ArticleID=8427",
    title="学院举办第二十届校园读书节闭幕式",
    published_at="2024-10-12", authors=["晏晓萌"], editors=["卓宇"], source="团委", media="学院新闻网",
    encoding="gbk",
    paras=[
        "10月11日下午，学院第二十届校园读书节闭幕式在图书馆报告厅举行。学院相关部门负责人、各系师生代表三百余人参加。",
        "本届读书节历时一个月，先后开展了经典诵读、读书征文、图书漂流、名家讲座等十余项活动，吸引了近四千名学生参与。闭幕式上，主办方为“阅读之星”“优秀读书社团”等获奖个人和集体颁奖。",
        "学生代表在发言中说，读书节让自己重新找回了阅读的乐趣，今后将坚持每月读完两本书。",
        "闭幕式在诗朗诵《书香满园》中落下帷幕。",
    ],
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>学院新闻网--{TITLE}</title></head>
<body topmargin="0" leftmargin="0"><table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="images/top.jpg" width="980" height="120"></td></tr>
<tr><td class="menu"><a href="/">网站首页</a> | <a>学院新闻</a> | <a>通知公告</a> | <a>教学科研</a> | <a>学生工作</a> | <a>招生就业</a></td></tr></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="220" valign="top" class="left">
<table width="100%"><tr><td class="tit">最新文章</td></tr><tr><td><a>学院召开安全稳定工作会议</a> (10-10)</td></tr><tr><td><a>学院开展消防应急疏散演练</a> (10-08)</td></tr><tr><td><a>我院学子在省技能大赛中获奖</a> (09-28)</td></tr></table></td>
<td width="760" valign="top"><table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="position">您现在的位置： <a>学院新闻网</a> &gt;&gt; <a>学院新闻</a> &gt;&gt; 正文</td></tr>
<tr><td align="center" class="title"><b>{TITLE}</b></td></tr>
<tr><td align="center" class="info">作者：学生记者团 晏晓萌　来源：团委　点击数：1234　更新时间：2024-10-12　【<a>字体：小 大</a>】</td></tr>
<tr><td class="content" id="fontzoom">
{BODY}
<p align="right">（责任编辑：卓宇）</p>
</td></tr>
<tr><td>上一篇文章： <a>学院召开学生干部培训会</a><br>下一篇文章： <a>没有了</a></td></tr></table></td></tr></table>
<table width="980" align="center"><tr><td align="center" class="copyright">Copyright &copy; 2008-2024 学院 All Rights Reserved 地址：学院路1号 电话：0512-60000000 苏ICP备06012345号</td></tr></table></body></html>""",
    body="pi",
    note="学生记者团 is an organisation prefix; the writer is the name after it. 更新时间 is the only date shown."))

PAGES.append(Page(
    name="forum_discuz_first_post", kind="Discuz! forum thread: poster as author, '发表于' time on the first post, replies with later times",
    url="https://bbs.example-city.cn/thread-2381746-1-1.html",
    title="周末带娃去了新开的湿地公园，分享一下攻略",
    published_at="2024-11-07 21:03", authors=["大橙子妈妈"], source=None, media="城市论坛",
    paras=[
        "上周末带孩子去了城东新开的湿地公园，整体体验不错，给想去的家长们分享一下。",
        "交通：自驾的话导航到公园北门，停车场很大，目前免费。坐公交可以在湿地公园站下车，走五分钟就到。",
        "游玩：公园里有一条环湖步道，全程大概四公里，推婴儿车没问题。中间有个儿童乐园，沙池和滑梯都很新，周末人比较多。观鸟台那边能看到白鹭，记得带望远镜。",
        "吃饭：公园里只有一个小卖部，建议自带午餐，草坪区允许搭帐篷野餐。",
        "注意：湖边没有围栏的地方比较多，一定看好孩子。下午四点后蚊子多，驱蚊水要备着。",
    ],
    html="""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{TITLE} - 亲子乐园 - 城市论坛 - Powered by Discuz!</title>
<meta name="keywords" content="{TITLE}"><meta name="generator" content="Discuz! X3.4"></head><body id="nv_forum" class="pg_viewthread">
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./">城市论坛</a></h2></div><div id="nv"><ul><li><a>首页</a></li><li class="a"><a>论坛</a></li><li><a>房产</a></li><li><a>招聘</a></li></ul></div></div></div>
<div id="pt" class="bm cl"><div class="z"><a href="./">城市论坛</a> <em>›</em> <a>生活</a> <em>›</em> <a>亲子乐园</a> <em>›</em> <a>{TITLE}</a></div></div>
<div id="ct" class="wp cl"><div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">3862</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">27</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">{TITLE}</span></h1></td></tr></table>
<div id="post_5821934"><table id="pid5821934" class="plhin"><tr><td class="pls" rowspan="2"><div class="pi"><div class="authi"><a href="home.php?mod=space&amp;uid=218734" class="xw1">大橙子妈妈</a></div></div>
<div><div class="avatar"><img src="uc_server/avatar.php?uid=218734"></div><p>积分 2456</p><p>中级会员</p></div></td>
<td class="plc"><div class="pi"><strong><a id="postnum5821934">楼主</a></strong><div class="pti"><div class="authi"><img class="authicn" src="static/image/common/online_member.gif"><em id="authorposton5821934">发表于 2024-11-7 21:03</em><span class="pipe">|</span><a>只看该作者</a></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_5821934">
{BODY}
</td></tr></table></div></div></div></td></tr></table></div>
<div id="post_5821951"><table id="pid5821951" class="plhin"><tr><td class="pls"><div class="authi"><a class="xw1">奔跑的蜗牛</a></div></td>
<td class="plc"><div class="pti"><div class="authi"><em id="authorposton5821951">发表于 2024-11-8 08:15</em></div></div><div class="t_fsz"><table><tr><td class="t_f" id="postmessage_5821951">感谢分享，这周末就去！停车场现在还免费吗？</td></tr></table></div></td></tr></table></div>
<div id="post_5821977"><table id="pid5821977" class="plhin"><tr><td class="pls"><div class="authi"><a class="xw1">西瓜太郎</a></div></td>
<td class="plc"><div class="pti"><div class="authi"><em id="authorposton5821977">发表于 2024-11-8 12:40</em></div></div><div class="t_fsz"><table><tr><td class="t_f" id="postmessage_5821977">我们上个月去过，观鸟台确实不错，就是中午太阳大，没什么遮阴的地方。</td></tr></table></div></td></tr></table></div>
</div></div>
<div id="ft" class="wp cl"><p>Powered by <a>Discuz!</a> X3.4 © 2001-2024 Tencent Cloud.</p><p><a>城市论坛</a> ( 皖ICP备09012345号 )</p><p>GMT+8, 2024-11-21 16:27 , Processed in 0.052813 second(s), 26 queries.</p></div></body></html>""",
    body="br",
    note="The thread starter's post is the article; replies and the footer's GMT+8 time are not."))

PAGES.append(Page(
    name="sinablog_owner", kind="old blog (新浪博客 style): owner in the header and profile, '(YYYY-MM-DD HH:MM:SS)' after the title, large sidebars",
    url="http://blog.sina.com.cn/s/blog_4a7b2c1d0102x8kq.html",
    title="重读《边城》",
    published_at="2013-05-20 09:12:45", authors=["闻溪"], source=None, media="新浪博客",
    paras=[
        "年轻时读《边城》，只记得翠翠和傩送的故事，觉得结局太过怅惘，那个人也许永远不回来了，也许明天回来。",
        "这些年再读，才慢慢看到故事之外的东西：渡船、白塔、端午的龙舟、河街上的吊脚楼，还有那些朴素善良的人。沈从文写的不只是一段爱情，更是一个正在远去的世界。",
        "老船夫一辈子守着渡船，不收过渡人的钱，有人硬塞给他，他就拿去买茶叶、烟叶，放在渡船上给过往的人。这样的人，这样的日子，如今读来恍如隔世。",
        "书里最打动我的，是那种不说破的温情。人与人之间的关心，常常藏在一句家常话、一次默默的守候里。也许正因为不说破，才格外动人。",
        "合上书，窗外正下着小雨。想起那句话：“这个人也许永远不回来了，也许明天回来！”年纪越大，越觉得这句话里有一种宽厚的希望。",
    ],
    html="""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>重读《边城》_闻溪_新浪博客</title>
<meta name="keywords" content="重读《边城》_闻溪_新浪博客,闻溪,边城,沈从文"></head><body>
<div class="sinatopbar"><a href="http://www.sina.com.cn/">新浪首页</a> <a>新浪博客</a> <a>登录</a> <a>注册</a> <a>发博文</a></div>
<div id="sinablogb"><div class="sinabloghead"><div class="blogtitle"><h1 id="blogname"><span class="blognametxt">闻溪的博客</span></h1></div><div class="bloglink">http://blog.sina.com.cn/wenxi2008</div>
<div class="blognav"><a>首页</a> <a>博文目录</a> <a>图片</a> <a>关于我</a></div></div>
<div id="column_1" class="SG_colW21 SG_colFirst"><div class="SG_conn" id="module_901"><div class="SG_connHead"><span class="title">个人资料</span></div><div class="SG_connBody"><div class="info_img"><img src="http://portrait.sinaimg.cn/1245321234/blog/180"></div>
<div class="info_nm"><strong id="ownernick">闻溪</strong></div><div class="info_list"><ul><li>博客等级：<span>12</span></li><li>博客积分：<span>3021</span></li><li>博客访问：<span>512,377</span></li><li>关注人气：<span>1,206</span></li></ul></div></div></div>
<div class="SG_conn"><div class="SG_connHead"><span class="title">博文目录</span></div><ul><li><a>读书笔记</a>(56)</li><li><a>旅途</a>(31)</li><li><a>随笔</a>(88)</li></ul></div>
<div class="SG_conn"><div class="SG_connHead"><span class="title">最新评论</span></div><ul><li>青山：写得真好，也想去凤凰看看 <span>2013-05-21</span></li><li>木叶：边城是我最爱的书 <span>2013-05-20</span></li></ul></div>
<div class="SG_conn"><div class="SG_connHead"><span class="title">存档</span></div><ul><li><a>2013年05月</a>(6)</li><li><a>2013年04月</a>(9)</li><li><a>2013年03月</a>(7)</li></ul></div></div>
<div id="column_2" class="SG_colW73"><div class="articalTitle"><h2 id="t_4a7b2c1d0102x8kq" class="titName SG_txta">{TITLE}</h2><span class="time SG_txtc">(2013-05-20 09:12:45)</span></div>
<div class="articalTag"><table><tr><td class="blog_tag"><h3>标签：</h3><a>边城</a> <a>沈从文</a> <a>读书</a></td><td class="blog_class"><h3>分类：</h3><a>读书笔记</a></td></tr></table></div>
<div id="sina_keyword_ad_area2" class="articalContent">
{BODY}
</div>
<div class="shareUp">分享： <a>微博</a> <a>QQ空间</a></div>
<div class="articalfrontback SG_j_linedot1 clearfix"><div><span>前一篇：</span><a>春夜读书杂记</a></div><div><span>后一篇：</span><a>湘西散记</a></div></div>
<div class="allComm"><div class="allCommTit">评论</div><ul><li><span class="SG_revert_Tit">青山</span><span class="SG_txtc">2013-05-21 08:20:11</span><p>写得真好，也想去凤凰看看</p></li></ul></div></div></div>
<div id="footer">新浪BLOG意见反馈留言板　电话：4006900000 提示音后按1键（按当地市话标准计费）<br>Copyright © 1996 - 2013 SINA Corporation, All Rights Reserved</div></body></html>""",
    body="div",
    note="Blog post without a byline: the blog owner is the author."))
