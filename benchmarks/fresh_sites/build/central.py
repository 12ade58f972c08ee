"""Central outlets: 人民网, 新华网, 央视网, 中国新闻网, 光明网, 中国日报中文网."""
from common import Page, hot, icp_footer, nav, related

PAGES: list[Page] = []

PAGES.append(Page(
    name="people_local_economy", kind="central outlet, dateline 本报X月X日电（记者 A、B）",
    url="http://finance.people.com.cn/n1/2024/0312/c1004-40193745.html",
    title="县域冷链补上短板 山区果蔬走出大山",
    published_at="2024-03-12 08:25", authors=["韩思远", "秦晓岚"], editors=["孔令澜", "吴佳宁"],
    source="人民网－人民日报", media="人民网",
    paras=[
        "本报贵阳3月11日电（记者韩思远、秦晓岚）清晨六点，黔东南一处山坳里的冷链集配中心已经忙碌起来。刚从地里采下的莴笋、蓝莓经过分拣、预冷，装进恒温车厢，当天就能摆上重庆、长沙等地的超市货架。",
        "“过去菜摘下来最怕压价，放两天就蔫了，只能低价处理。”合作社负责人说，集配中心建成后，预冷库能让蔬菜保鲜期延长一倍以上，去年合作社的销售收入增长了三成。",
        "据了解，近年来当地把县域冷链物流作为补齐农产品流通短板的重点，按照“县有中心、乡有站点、村有网点”的思路布局设施，累计建成产地冷藏保鲜设施四百余个，新增库容十二万立方米。",
        "冷链建起来，还要用得好。当地推行“共享冷库”模式，由村集体持有设施、专业公司负责运营，农户按使用量付费，降低了小农户的使用门槛。同时，依托电商服务站把冷库信息接入统一平台，方便采购商在线下单、就近提货。",
        "业内人士表示，山区农产品“出山难”的症结往往在流通环节。补上冷链短板，不仅减少了损耗，也让农户在价格谈判中多了底气。下一步，当地计划与周边省份共建冷链干线，进一步压缩运输时间。",
    ],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}--财经--人民网</title>
<meta name="keywords" content="冷链,县域,果蔬"><meta name="description" content="清晨六点，黔东南一处山坳里的冷链集配中心已经忙碌起来。">
<meta name="publishdate" content="2024-03-12"><meta name="author" content="kongling">
<meta name="source" content="来源：人民网－人民日报"></head><body>
<div class="header"><div class="w1000"><a href="http://www.people.com.cn/"><img src="/img/logo.png" alt="人民网"></a>"""
+ nav(["首页", "时政", "国际", "财经", "台湾", "军事", "观点", "领导", "人事", "理论", "法治", "社会", "产经", "教育", "科普", "体育", "文化", "书画", "房产", "汽车", "旅游"]) + """</div></div>
<div class="route"><a href="http://www.people.com.cn/">人民网</a>&gt;&gt;<a href="http://finance.people.com.cn/">财经</a></div>
<div class="layout rm_txt cf"><div class="col col-1 fl">
<div class="rm_txt_con cf"><h1>{TITLE}</h1>
<p class="sou">秦晓岚</p>
<div class="col-1-1 fl">2024年03月12日08:25 | 来源：<a href="http://paper.people.com.cn/" target="_blank">人民网－人民日报</a></div>
<div class="col-1-1 fr"><a href="#">小字号</a></div>
<div class="rm_txt_con cf">
{BODY}
<p class="paper_num">《 人民日报 》（ 2024年03月12日 10 版）</p>
</div>
<div class="edit cf">(责编：孔令澜、吴佳宁)</div>
</div>
<div class="share">分享让更多人看到</div>
""" + related([("春耕时节看农机：智能装备下田忙", "2024年03月10日"), ("多地出台政策支持农产品仓储保鲜", "2024年03月08日"), ("数字乡村建设跑出加速度", "2024年03月05日")], "rm_relevant") + """
</div><div class="col col-2 fr">""" + hot(["我国成功发射新一代气象卫星", "两会时间丨代表委员热议新质生产力", "一季度外贸开局平稳", "春运客流创同期新高"]) + """</div></div>
""" + icp_footer("人民网股份有限公司", "京ICP证000006号", "1997-2024", "京公网安备11000002000008号") + "</body></html>",
    note="Dateline reporters (记者韩思远、秦晓岚) are the authors; the lone name in p.sou repeats the second one; 责编 are editors; the print line is left out."))

PAGES.append(Page(
    name="xinhua_science", kind="central outlet, split date spans, dateline with two reporters run by space",
    url="http://www.news.cn/tech/20240517/8a6f2c1d93b74e0c9d2f55a1b8e4c7f0/c.html",
    title="我国科研团队研制出新型柔性电池材料",
    published_at="2024-05-17 10:32:15", authors=["祁文博", "陆一鸣"], editors=["沈安然"], source="新华网", media="新华网",
    paras=[
        "新华社合肥5月17日电（记者祁文博 陆一鸣）记者17日从中国科学技术大学获悉，该校一支科研团队研制出一种可弯折、可拉伸的新型固态电解质材料，为柔性电子器件的供电难题提供了新思路。相关成果日前发表在国际学术期刊上。",
        "可穿戴设备、柔性屏幕等新兴产品对电池提出了更高要求：既要储能多，又要经得起反复弯折。传统液态电解质存在泄漏风险，而常见的固态电解质质地较脆，难以满足形变需求。",
        "研究团队从分子结构入手，在聚合物骨架中引入可逆的动态化学键，使材料在受力时能够“自我修复”。实验显示，用这种材料组装的电池在弯折上万次后，容量保持率仍在九成以上。",
        "团队负责人介绍，这种材料的原料成本较低，制备工艺与现有产线兼容，具备规模化应用的潜力。下一步，团队将与企业合作，推动其在智能手表、医疗监测贴片等产品中的应用验证。",
    ],
    html="""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8"><title>{TITLE}-新华网</title>
<meta name="keywords" content="柔性电池,电解质"><meta name="description" content="我国科研团队研制出新型柔性电池材料---记者17日从中国科学技术大学获悉">
</head><body><div class="topBar"><a href="http://www.news.cn/">新华网</a> <a href="#">客户端</a> <a href="#">English</a></div>
<div class="header">""" + nav(["首页", "时政", "国际", "财经", "思客", "科技", "体育", "健康", "教育", "视频", "图片"], "nav-list") + """</div>
<div class="header-cont clearfix"><div class="header-time left"><span class="year"><em> 2024</em></span><span class="day"><em> 05</em>/<em>17</em></span><span class="time"> 10:32:15</span></div>
<div class="source">来源：新华网</div><div class="head-line clearfix"><h1><span class="title">{TITLE}</span></h1></div>
<div class="pageShare"><span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div></div>
<div class="main clearfix"><div class="main-left left"><div id="detail"><span id="detailContent">
{BODY}
</span></div>
<div id="articleEdit"><span class="tiyi1"><a href="#">【纠错】</a></span><span class="editor">【责任编辑:沈安然】</span></div>
<div class="xinhuaTxt">新华社客户端 下载</div>
""" + related([("我国科学家在钠离子电池领域取得新进展", "2024-05-12"), ("可穿戴设备市场持续升温", "2024-05-09")], "relatedNews", "相关新闻") + """
</div><div class="main-right right">""" + hot(["国家重点研发计划发布新一批项目", "科技创新引领产业升级", "航天员在轨开展科学实验"], "排行榜") + """</div></div>
<div class="foot"><p>Copyright © 2000-2024 XINHUANET.com All Rights Reserved.</p><p>制作单位：新华网股份有限公司 版权所有 新华网股份有限公司</p></div>
</body></html>""",
    note="Date assembled from year/day/time spans; dateline reporters separated by a space."))

PAGES.append(Page(
    name="cctv_no_byline", kind="central outlet, no byline, 央视网消息 opening, 编辑/责任编辑 at end",
    url="https://news.cctv.com/2024/06/02/ARTIk2Tq8NbH3mVxLw9cQe5s240602.shtml",
    title="端午假期临近 多地文旅活动提前预热",
    published_at="2024-06-02 19:45", authors=[], editors=["郑涵", "鲁秋实"], source="央视新闻客户端", media="央视网",
    paras=[
        "央视网消息：端午假期即将到来，各地文旅部门提前谋划，推出龙舟赛、非遗展演、夜游街区等特色活动，吸引游客出游。",
        "在浙江嘉兴，南湖畔的龙舟训练已经进入冲刺阶段。来自周边乡镇的二十多支队伍每天傍晚下水练习，当地还将同步举办粽子制作体验、传统手工艺市集等活动。",
        "在广东佛山，多个古村落推出“游龙舟、吃龙船饭”体验线路。景区工作人员介绍，目前周末的团队预约已排满，假期期间还将延长夜间开放时间。",
        "在线旅游平台数据显示，截至目前，端午假期短途游、周边游预订量同比增长明显，亲子家庭和年轻群体成为出游主力，非遗体验、露营等产品关注度上升。",
        "文旅部门提醒，假期出游高峰期间，游客应提前关注景区预约信息，合理安排行程，注意防暑和水上活动安全。",
    ],
    html="""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{TITLE}_新闻频道_央视网(cctv.com)</title>
<meta name="spm-id" content="C94212.P4YnMod9m2uD"><meta name="contentid" content="ARTIk2Tq8NbH3mVxLw9cQe5s240602">
<meta name="author" content="郑涵"><meta name="source" content="央视新闻客户端"></head><body>
<div class="nav_cctv"><a href="https://www.cctv.com/">央视网</a> | <a href="https://news.cctv.com/">新闻</a> | <a href="#">体育</a> | <a href="#">综艺</a> | <a href="#">熊猫频道</a> | <a href="#">直播</a></div>
<div class="column_wrapper"><div class="col_w660"><div class="title_area"><h1>{TITLE}</h1>
<div class="info1">来源：央视新闻客户端 | 2024年06月02日 19:45</div></div>
<div class="content_area" id="text_area">
<p style="text-align:center;"><img src="https://p1.img.cctvpic.com/photoworkspace/2024/06/02/a.jpg" width="500"></p>
{BODY}
</div>
<div class="zebian"><p>编辑：郑涵 责任编辑：鲁秋实</p></div>
<div class="share_box">分享到：<a>微信</a><a>微博</a></div>
""" + related([("全国铁路端午运输今日启动", "2024年06月01日 09:12"), ("多地发布端午出游提示", "2024年05月31日 18:40"), ("非遗焕新彩 端午民俗活动丰富多样", "2024年05月30日 21:05")], "rel_list", "相关新闻") + """
</div><div class="col_w300">""" + hot(["新闻联播", "焦点访谈", "新闻1+1", "24小时"], "热门视频") + """</div></div>
<div class="footer">央视网 版权所有 <span>京ICP证060535号</span> <span>网上传播视听节目许可证(0102004)</span> Copyright 1996-2024 China Central Television. All Rights Reserved</div>
</body></html>""",
    note="No writer credited; 编辑/责任编辑 are editors, meta author is the editor."))

PAGES.append(Page(
    name="chinanews_society", kind="central outlet, dateline (记者 X), (完) end mark, 【编辑:X】",
    url="https://www.chinanews.com.cn/sh/2024/07-08/10248891.shtml",
    title="暑期“托管班”开进社区 双职工家庭有了好去处",
    published_at="2024-07-08 14:20", authors=["俞静姝"], editors=["马柯然"], source="中国新闻网", media="中国新闻网",
    paras=[
        "中新网杭州7月8日电(记者 俞静姝)暑假刚开始，杭州市拱墅区一个社区的“暑期爱心托管班”里已经坐满了孩子。书法、科学小实验、非遗剪纸……丰富的课程让不少双职工家长松了口气。",
        "“孩子放假了，我们还要上班，以前只能送去老人家里或者报收费的托管机构。”一位家长告诉记者，社区托管班离家近、收费低，老师大多是高校志愿者和退休教师，很放心。",
        "据介绍，今年当地共开设公益性暑期托管点八十余个，覆盖全区大部分社区，课程由街道、学校、社会组织联合设计，既有作业辅导，也有体育、艺术和安全教育内容。",
        "社区工作人员表示，托管班还设置了午餐和午休服务，并为每名孩子购买了意外保险。开班前，工作人员对场地的消防、卫生条件进行了逐一检查。",
        "一位参与授课的大学生志愿者说，和孩子们在一起的两个月，自己也收获了成长。“看到他们从害羞到主动举手回答问题，特别有成就感。”(完)",
    ],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}-中新网</title>
<meta name="keywords" content="托管班,暑期,社区"><meta name="filetype" content="0"><meta name="publishedtype" content="1">
<meta name="pubdate" content="2024-07-08 14:20:33"></head><body>
<div class="top_nav"><a href="https://www.chinanews.com.cn/">中新网首页</a> <a href="#">新闻</a> <a href="#">财经</a> <a href="#">视频</a> <a href="#">图片</a></div>
<div class="w1000"><div class="con_left"><div class="content_left_title">{TITLE}</div>
<div class="content_left_time">2024年07月08日 14:20　来源：中国新闻网　<a href="#">参与互动</a></div>
<div class="left_zw" style="position:relative">
{BODY}
<div id="function_code_page"></div>
</div>
<div class="adEditor"><div class="left">【编辑:马柯然】</div></div>
""" + related([("多地开设公益暑托班 满足家长需求", "2024-07-05"), ("教育部门发布暑期安全提示", "2024-07-03")], "xg_list", "更多新闻") + """
<div class="pinglun">网友评论 <span>2024-07-08 15:02 杭州网友：托管班真的解决大问题</span></div></div>
<div class="con_right">""" + hot(["热门推荐", "全国多地迎来高温天气", "铁路暑运今起启动"], "新闻排行") + """</div></div>
<div id="bottom">本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。<br>未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。<br>Copyright ©1999-2024 chinanews.com. All Rights Reserved</div>
</body></html>""",
    note="Visible time 14:20 beats the meta pubdate seconds (same minute); a comment below carries another time."))

PAGES.append(Page(
    name="gmw_culture", kind="central outlet, 作者：本报记者 X 通讯员 Y in an info span",
    url="https://news.gmw.cn/2024-08/15/content_37502213.htm",
    title="老街区“微更新” 留住城市烟火气",
    published_at="2024-08-15 06:05", authors=["蒋书航", "贺美伊"], source="光明日报", media="光明网",
    paras=[
        "走进成都市一条建于上世纪八十年代的老街，青砖外墙被重新勾缝，临街铺面挂上了统一设计的木质招牌，街角的小广场添置了座椅和遮阳棚，附近居民三三两两在这里下棋、聊天。",
        "这是当地推进老旧街区“微更新”的一个缩影。与大拆大建不同，“微更新”强调小规模、渐进式改造，在保留街区原有肌理的基础上，补齐公共空间和配套设施短板。",
        "“改造方案是大家一起商量出来的。”社区党委书记介绍，前期社区召开了十余场坝坝会，收集居民意见两百多条，像加装扶手、增设晾晒区这些细节，都来自居民的提议。",
        "老街的变化也吸引了年轻人。几家咖啡馆、书店和手作工作室陆续入驻，周末客流明显增加。一位经营了三十年面馆的老板说，现在店里的年轻顾客比以前多了不少。",
        "专家认为，城市更新既要“面子”也要“里子”，应更多关注居民的日常需求，让改造成果真正惠及群众，同时注重保护街区的历史记忆和文化特色。",
        "《光明日报》（2024年08月15日 07版）",
    ][:-1],
    html="""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{TITLE}_光明网</title>
<meta name="keywords" content="城市更新,老街区"><meta name="description" content="走进成都市一条建于上世纪八十年代的老街"></head><body>
<div class="g-header">""" + nav(["首页", "时政", "国际", "时评", "理论", "文化", "科技", "教育", "经济", "生活", "法治", "军事", "卫生", "养生", "女人", "文娱", "图片", "视频"], "m-nav") + """</div>
<div class="g-main"><div class="m-title-box"><h1 class="u-title">{TITLE}</h1>
<div class="m-con-info"><span class="m-con-time">2024-08-15 06:05</span><span class="m-con-source">来源：<a href="https://epaper.gmw.cn/gmrb/">光明日报</a></span>
<span class="m-con-author">作者：本报记者 蒋书航 通讯员 贺美伊</span></div></div>
<div class="u-mainText">
{BODY}
<p>《光明日报》（2024年08月15日 07版）</p>
</div>
<div class="m-zbTool"><span>[ 责编：魏晓琳 ]</span></div>
<div class="m-relatedNews"><h3>阅读剩余全文（）</h3></div>
""" + related([("历史文化街区保护利用取得积极进展", "2024-08-12"), ("“口袋公园”扮靓城市角落", "2024-08-09")], "m-news-box", "相关阅读") + """
</div>""" + icp_footer("光明网", "京ICP证090297号", "2000-2024") + "</body></html>",
    editors=["魏晓琳"],
    note="Print line 《光明日报》（…07版） is left out of the text; 责编 is an editor."))

PAGES.append(Page(
    name="chinadaily_cn_world", kind="central outlet, 作者 separate from 来源, date right-aligned",
    url="https://cn.chinadaily.com.cn/a/202409/03/WS66d6a0b4a310a792b3ab7c51.html",
    title="多国加快布局海上风电 产业链合作空间广阔",
    published_at="2024-09-03 09:15", authors=["陶如意"], editors=["刘一帆"], source="中国日报网", media="中国日报中文网",
    paras=[
        "近期，欧洲、东南亚多个国家相继发布海上风电发展规划，提出到2030年大幅提升装机规模。业内人士指出，海上风电正成为全球能源转型的重要方向，产业链上下游合作空间广阔。",
        "在北海沿岸，多个大型风电场项目已进入施工阶段。当地能源部门表示，海上风电资源稳定、靠近负荷中心，是实现减排目标的关键抓手之一。与此同时，东南亚一些沿海国家也开始评估近海风能资源，筹备首批示范项目。",
        "中国企业在这一领域的参与度不断提高。从大容量风电机组、海缆到安装船，中国制造的设备和工程服务已出现在多个海外项目中。一家风电整机企业的海外负责人说，公司今年的海外订单同比增长超过五成。",
        "分析人士认为，海上风电投资大、技术门槛高，各国在标准对接、融资和人才培养等方面加强合作，有助于降低项目成本、加快建设进度。",
    ],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE} - 中国日报网</title>
<meta name="articleid" content="WS66d6a0b4a310a792b3ab7c51"><meta name="keywords" content="海上风电"></head><body>
<div class="topNav">""" + nav(["首页", "资讯", "财经", "观点", "双语", "视频", "专题", "地方"], "dh") + """</div>
<div class="main_art"><div class="lft_art"><h1 class="dabiaoti">{TITLE}</h1>
<div class="fenx"><div class="xinf-le"><a href="https://cn.chinadaily.com.cn/">中国日报网</a> 作者：陶如意</div><div class="xinf-ri">2024-09-03 09:15</div></div>
<div id="Content">
{BODY}
</div>
<div class="jiathis">【责任编辑：刘一帆】</div>
""" + related([("全球可再生能源装机持续增长", "2024-08-30"), ("绿色低碳转型成为共识", "2024-08-27")], "xgxw", "相关新闻") + """
</div><div class="rt_art">""" + hot(["双语新闻", "英语点津", "中国日报评论"], "推荐阅读") + """</div></div>
<div class="dibu">Copyright 1995 - 2024. All rights reserved. 中国日报网版权说明：凡注明来源为“中国日报网：XXX（署名）”，除与中国日报网签署内容授权协议的网站外，其他任何网站或单位未经允许禁止转载、使用，违者必究。<br>京ICP备13028878号-6</div>
</body></html>"""))
