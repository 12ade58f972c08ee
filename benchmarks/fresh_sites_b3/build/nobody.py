"""Pages whose gold author is [] (or a single person among many names): company press releases, government pages
with info tables, editor-only and source-only portal pages, a county media-centre page with 三审 lines, a finance
page with analysts quoted."""
from common import Page, comments, footer, head_scripts, hot, nav, related, sitemap

PAGES: list[Page] = []

PAGES.append(Page(
    name="shangxuntong_press_release", body="p",
    kind="company press release on a newswire platform: '星岩科技（Starock Tech）今日宣布…', quotes by named executives "
         "(English+Chinese names), '关于星岩科技' boilerplate, '媒体联系人：周蕾' with phone and mail, '来源：星岩科技', no author",
    url="https://www.shangxuntong.com/news/2024/11/26/STX2024112600318.html",
    title="星岩科技发布新一代工业视觉检测平台 缺陷识别准确率达99.6%",
    published_at="2024-11-26 10:00", authors=[], source="星岩科技", media="商讯通",
    blocks=["星澄2024年11月26日电 /商讯通/ -- 工业人工智能企业星岩科技（Starock Tech）今日在星澄举行发布会，正式推出新一代工业视觉检测平台“灵眸3.0”。该平台面向电子制造、汽车零部件和锂电池等行业，可在产线上实时识别划痕、气泡、缺料等六十多类缺陷，在客户实测中识别准确率达到百分之九十九点六。",
            "与上一代产品相比，“灵眸3.0”引入了小样本学习技术，新产品导入时只需五十张左右的缺陷样本即可完成模型训练，部署周期由原来的四周缩短至五天。平台还支持在边缘设备上运行，单台工控机可同时接入十六路相机。",
            "星岩科技联合创始人兼首席执行官陈启航（Kevin Chen）表示：“制造业的质检环节长期依赖人工目检，效率低、标准难统一。我们希望用更低的门槛，让中小制造企业也能用上可靠的视觉检测。”",
            "星岩科技首席技术官Anna Lin（林安娜）介绍，平台已在三十多家客户的二百余条产线上部署，帮助一家汽车零部件企业将漏检率从千分之三降到万分之五。",
            "发布会上，星岩科技还与星澄高新区签署合作协议，双方将共建工业视觉联合实验室，面向区内企业提供检测方案验证和人才培训服务。",
            ("h", "关于星岩科技"),
            "星岩科技成立于2018年，总部位于星澄市，专注于工业视觉和智能制造软件，已获得多轮融资，服务客户覆盖电子、汽车、新能源等行业。"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>星岩科技发布新一代工业视觉检测平台 缺陷识别准确率达99.6% - 商讯通</title>
<meta name="author" content="星岩科技">""" + head_scripts("shangxuntong.com") + """</head><body>
""" + nav(["首页", "新闻稿", "行业", "科技", "汽车", "消费", "医疗健康", "发布新闻稿", "登录"]) + """
<div class="release"><h1>星岩科技发布新一代工业视觉检测平台 缺陷识别准确率达99.6%</h1>
<div class="rel-meta">来源：星岩科技　|　2024-11-26 10:00　|　<a>分享</a></div>
<div class="rel-body">
{BODY}
</div><div class="contact"><b>媒体联系人：</b>周蕾<br>电话：0871-6612 3300<br>邮箱：pr@starock.example.cn</div>
<p class="rel-disclaimer">消息来源：星岩科技。本文内容由发布方提供，商讯通不对其真实性负责。</p></div>
<div class="more-rel"><h3>该企业的其他新闻稿</h3><ul><li><a>星岩科技完成C轮融资</a> 2024-06-03</li><li><a>星岩科技入选年度智能制造优秀案例</a> 2024-01-15</li></ul></div>
""" + sitemap("商讯通") + footer("商讯通", "星ICP备15004400号", "2015-2024") + "</body></html>",
    note="A press release credits the company, not a writer → []. The media contact, the CEO and CTO are no authors. "
         "The opening '星澄2024年11月26日电 /商讯通/ --' is the release's dateline (text). meta author is the company."))

PAGES.append(Page(
    name="heyuan_newsroom_english_names", body="span",
    kind="company website newsroom: '发布日期：2024.08.15　发布者：品牌部　浏览：1,203', body in span runs, names of "
         "executives and a partner with English names, '上一篇/下一篇' with dates; no author",
    url="https://www.heyuan-bio.example.com/news/company/20240815/162.html",
    title="禾元生物与云川大学共建联合研发中心",
    published_at="2024-08-15", authors=[], media="禾元生物",
    blocks=["8月14日，禾元生物科技股份有限公司与云川大学生命科学学院签署战略合作协议，双方将共建“植物源蛋白联合研发中心”，在植物蛋白提取、功能性食品配料等领域开展联合攻关。",
            "签约仪式在云川大学举行。禾元生物董事长David Chen（陈大卫）、云川大学副校长以及生命科学学院相关负责人出席。根据协议，禾元生物将在五年内投入研发经费三千万元，云川大学提供实验平台和科研团队，双方共同申请专利、共享研究成果。",
            "David Chen在致辞中表示，植物源蛋白是食品行业未来的重要方向，公司希望借助高校的科研力量，加快把实验室成果转化为可以规模化生产的产品。",
            "禾元生物研发总监Sarah Wu介绍，联合研发中心首批将启动三个项目，分别是豌豆蛋白的风味改良、米糠蛋白的高效提取和植物基乳制品配方开发，预计明年上半年完成中试。",
            "此外，双方还将联合培养研究生，每年安排二十名学生到公司实习，优秀毕业生可优先录用。"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>禾元生物与云川大学共建联合研发中心-禾元生物科技股份有限公司</title>""" + head_scripts("heyuan-bio.example.com") + """</head><body>
<div class="hd"><img src="/logo.png" alt="禾元生物"><ul class="menu"><li>首页</li><li>关于禾元</li><li>产品中心</li><li>研发创新</li><li>新闻中心</li><li>投资者关系</li><li>加入我们</li><li>English</li></ul></div>
<div class="bread">首页 &gt; 新闻中心 &gt; 公司新闻</div>
<div class="news-detail"><h2>禾元生物与云川大学共建联合研发中心</h2>
<div class="news-info">发布日期：2024.08.15　发布者：品牌部　浏览：1,203</div>
<div class="news-con">
{BODY}
</div><div class="pn"><p>上一篇：<a>禾元生物荣获省级“专精特新”企业称号</a> 2024.07.02</p><p>下一篇：<a>禾元生物2024年半年度业绩说明会顺利召开</a> 2024.08.30</p></div></div>
<div class="ft"><p>禾元生物科技股份有限公司 版权所有 ©2024 | 云ICP备17005566号 | 技术支持：某网络</p><p>地址：云川省星澄市高新区禾元路1号 电话：0871-6888 0000</p></div></body></html>""",
    note="Company news by a department (品牌部) → no author. Date shown as 2024.08.15."))

PAGES.append(Page(
    name="luchuan_gov_info_table", body="nbsp",
    kind="municipal bureau 政务公开 page: 索引号/信息来源/发布机构/发文日期/发布日期 table (发文日期 earlier), '字号 大中小', 浏览次数, "
         "body in TRS_Editor divs with &nbsp; and span runs, a 联系人 line naming a person, 附件 list; no author",
    url="https://jtj.luchuan.gov.cn/zwgk/zcjd/202409/t20240923_661204.html",
    title="《鹭川市网络预约出租汽车经营服务管理实施细则》政策解读",
    published_at="2024-09-23", authors=[], source="鹭川市交通运输局", media="鹭川市交通运输局",
    blocks=["一、起草背景",
            "近年来，我市网络预约出租汽车（以下简称网约车）行业发展迅速，截至今年八月底，全市取得经营许可的网约车平台公司二十一家，持证车辆一万二千余辆。原实施细则施行已满五年，部分条款已不适应行业发展和监管需要，有必要进行修订。",
            "二、主要内容",
            "《实施细则》共六章四十二条，主要包括总则、经营许可、车辆和驾驶员、经营行为、监督检查、法律责任等内容。与原细则相比，主要有以下变化：",
            "（一）调整车辆准入条件。将网约车车辆轴距要求由二千七百毫米调整为二千六百五十毫米，新能源车辆续航里程要求调整为不低于三百五十公里。",
            "（二）强化平台主体责任。明确平台公司应当公开计价规则，不得在高峰时段无序加价，并应当建立驾驶员合理休息制度，连续接单超过四小时的强制休息二十分钟。",
            "（三）加强乘客权益保护。要求平台公司设立二十四小时客服，投诉处理时限由七个工作日缩短为五个工作日。",
            "三、施行时间",
            "《实施细则》自2024年11月1日起施行，有效期五年。",
            "联系人：市交通运输局运输管理科 葛明，联系电话：0871-6301 2299。"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>《鹭川市网络预约出租汽车经营服务管理实施细则》政策解读</title>
<meta name="ArticleTitle" content="《鹭川市网络预约出租汽车经营服务管理实施细则》政策解读"><meta name="PubDate" content="2024-09-23 17:05"><meta name="ContentSource" content="鹭川市交通运输局">
<meta name="SiteName" content="鹭川市交通运输局"><meta name="ColumnName" content="政策解读">""" + head_scripts("luchuan.gov.cn") + """</head><body>
<div class="gov-top"><span>鹭川市交通运输局</span><a>无障碍</a><a>长者模式</a><a>English</a></div>
""" + nav(["首页", "机构概况", "政务公开", "政务服务", "互动交流", "专题专栏", "政策文件", "政策解读", "通知公告", "人事信息", "财政信息", "建议提案"]) + """
<div class="xxgk-table"><table><tr><td>索 引 号：</td><td>11530100MB1234567X/2024-00318</td><td>主题分类：</td><td>交通运输</td></tr>
<tr><td>信息来源：</td><td>鹭川市交通运输局</td><td>发布机构：</td><td>鹭川市交通运输局</td></tr>
<tr><td>发文日期：</td><td>2024-09-12</td><td>发布日期：</td><td>2024-09-23</td></tr>
<tr><td>文　　号：</td><td>无</td><td>有 效 性：</td><td>有效</td></tr></table></div>
<div class="article"><div class="title">《鹭川市网络预约出租汽车经营服务管理实施细则》政策解读</div>
<div class="fbxx">发布时间：2024-09-23　来源：鹭川市交通运输局　浏览次数：<span>877</span>　字号：<a>大</a> <a>中</a> <a>小</a></div>
<div class="TRS_Editor"><div class="Custom_UnionStyle">
{BODY}
</div></div>
<div class="fj">附件：<a>1.鹭川市网络预约出租汽车经营服务管理实施细则.pdf</a></div>
<div class="tool">【<a>打印本页</a>】【<a>关闭窗口</a>】</div></div>
<div class="gov-ft"><p>主办：鹭川市交通运输局　地址：鹭川市政务中心B座</p><p>网站标识码：5301000022　鹭ICP备05003300号　鹭公网安备 53010202000411号</p></div></body></html>""",
    note="Policy interpretation by a bureau → no author; the 联系人 (葛明) is no author. published_at is 发布日期, not 发文日期 "
         "2024-09-12. The 联系人 line is the page's own last paragraph (kept)."))

PAGES.append(Page(
    name="songxi_county_rongmei_sanshen", body="span",
    kind="county media-centre site: info bar '来源：松溪县融媒体中心　作者：县融媒体中心'; the real byline at the body's end "
         "'融媒记者：沈一舟 邹禾　通讯员：卞小川'; then '编辑：林悦　二审：毛建　三审：钟国平'; 最新推荐 list with times",
    url="https://www.songxi.example-rongmei.cn/content/2024-12/03/content_90213.html",
    title="松溪县首个“共享菜园”开园 120户居民认领“一分地”",
    published_at="2024-12-03 18:21:46", authors=["沈一舟", "邹禾", "卞小川"], editors=["林悦", "毛建", "钟国平"],
    source="松溪县融媒体中心", media="松溪县融媒体中心",
    blocks=["12月2日，松溪县城关镇桂花社区的“共享菜园”正式开园。一百二十户居民通过抽签认领了属于自己的“一分地”，在社区工作人员和农技员的指导下种下了第一批蔬菜。",
            "共享菜园位于社区东侧，原是一块闲置多年的空地，杂草丛生，还堆放了不少建筑垃圾。今年九月，社区征求居民意见后，联合物业公司对空地进行清理平整，划分出一百二十个小地块，每块约六十平方米，并修建了步道、水池和工具房。",
            "“我们家住六楼，一直想种点菜，这下终于有机会了。”居民聂阿姨抽到了十八号地块，她打算种上菠菜、大蒜和萝卜，“自己种的菜吃着放心，还能带孙子来认认庄稼。”",
            "社区党委书记介绍，菜园实行“认领制”，认领期一年，居民需遵守菜园公约，不使用化学农药、不私搭乱建。社区还组建了由退休农技员和志愿者组成的“菜园顾问团”，定期上门指导。",
            "下一步，松溪县将总结桂花社区的经验，在有条件的社区推广共享菜园模式，盘活城市闲置土地，丰富居民的业余生活。",
            ("raw", '<div style="text-align:right;"><span>融媒记者：沈一舟 邹禾　通讯员：卞小川</span></div>', ""),
            ("raw", '<div class="zb"><span>编辑：林悦　二审：毛建　三审：钟国平</span></div>', "")],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>松溪县首个“共享菜园”开园 120户居民认领“一分地”_松溪县融媒体中心</title>""" + head_scripts("songxi.example-rongmei.cn") + """</head><body>
""" + nav(["首页", "松溪要闻", "乡镇动态", "部门动态", "图说松溪", "视频松溪", "专题", "数字报"]) + """
<div class="detail"><h1>松溪县首个“共享菜园”开园 120户居民认领“一分地”</h1>
<div class="info"><span>来源：松溪县融媒体中心</span><span>作者：县融媒体中心</span><span>2024-12-03 18:21:46</span></div>
<div class="text" id="zoom">
{BODY}
</div></div>
<div class="zxtj"><h3>最新推荐</h3><ul><li><a>全县冬季造林任务完成过半</a><span>2024-12-03 17:02</span></li><li><a>（记者 邹禾）县城新增充电桩120个</a><span>2024-12-02 20:15</span></li></ul></div>
""" + sitemap("松溪县融媒体中心") + footer("松溪县融媒体中心", "松ICP备19001122号", "2019-2024") + "</body></html>",
    note="The info bar's 作者 is an organisation; the people are in the closing 融媒记者/通讯员 line. 二审/三审 are review "
         "roles (审核) → editors (a close call: the words are not in the rule's list)."))

PAGES.append(Page(
    name="dongxu_editor_only_portal", body="div",
    kind="portal repost with only '来源：东旭晚报' and '责任编辑：景澜' (also in meta author); names in the text are "
         "interviewees; hot ranking and related items with reporters; comments — authors []",
    url="https://news.dongxu.example.com/shehui/2024-06-30/doc-iktx2290112.shtml",
    title="暴雨过后，社区“抢修突击队”连夜排涝",
    published_at="2024-06-30 08:47", authors=[], editors=["景澜"], source="东旭晚报", media="东旭网",
    blocks=["6月29日晚，一场突如其来的暴雨让东旭市老城区多处路段出现积水。位于低洼地带的柏树街社区，有三个小区的地下车库进水，部分一楼住户家中也进了水。",
            "险情发生后，社区立即启动应急预案，由社区工作人员、物业人员和居民志愿者组成的“抢修突击队”连夜赶到现场，用沙袋封堵车库入口，架设水泵排水。",
            "“水一下子涨到小腿，我们赶紧把老人先转移到社区服务中心。”社区网格员佟晓说，当晚共转移老人和行动不便的居民二十三人，社区服务中心为他们准备了热水、饭菜和折叠床。",
            "住在一楼的居民宁大爷说，水退后，志愿者还帮他把泡水的家具搬出来晾晒。“一晚上没睡，都是年轻人在忙，真是辛苦他们了。”",
            "截至30日凌晨五点，三个小区的积水已基本排除。市排水公司表示，将对老城区的排水管网进行排查，对易涝点进行改造，减少汛期内涝风险。"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>暴雨过后，社区“抢修突击队”连夜排涝|东旭网</title>
<meta name="author" content="景澜"><meta name="source" content="东旭晚报">""" + head_scripts("dongxu.example.com") + """</head><body>
""" + nav(["首页", "新闻", "社会", "国内", "国际", "财经", "体育", "娱乐", "汽车", "房产", "科技", "健康", "教育", "旅游", "美食", "视频"]) + """
<div class="article-wrap"><h1 class="main-title">暴雨过后，社区“抢修突击队”连夜排涝</h1>
<div class="date-source"><span class="date">2024年06月30日 08:47</span><a class="source">东旭晚报</a></div>
<div class="article" id="artibody">
{BODY}
</div><p class="show_author">责任编辑：景澜</p>
<div class="keywords">文章关键词：<a>暴雨</a><a>排涝</a><a>社区</a></div></div>
""" + hot(["（记者 韦明）今夏第三轮强降雨来袭", "地铁站启用防汛挡板", "这些路段易积水请绕行", "城区排水管网改造明年完成"], "热点排行") +
    related([("气象台发布暴雨黄色预警 记者 佟佳", "2024-06-29 16:30"), ("老旧小区排水改造纳入民生实事", "2024-05-08")]) +
    comments([("东旭老街坊", "2024-06-30 09:12", "点赞志愿者！"), ("雨中漫步", "2024-06-30 10:45", "我们小区也淹了，希望早点改造")], 57) +
    sitemap("东旭网") + footer("东旭网", "旭ICP备00001234号", "2000-2024") + "</body></html>",
    note="Only an outlet and an editor are credited → authors []. Date shown as 2024年06月30日 08:47."))

PAGES.append(Page(
    name="jinghua_source_only_names", body="mix",
    kind="finance portal page: '来源：中洲观察网' only, analysts and officials named in the text (首席经济学家 X, 分析师 Y), "
         "stock widget with times, '免责声明', 相关个股 — authors []",
    url="https://finance.jinghuacaijing.example.com/stock/2024-10-25/doc-1209335.html",
    title="三季度云川省规上工业增加值增长6.1% 装备制造业成主要拉动力",
    published_at="2024-10-25 11:36:08", authors=[], source="中洲观察网", media="京华财经",
    blocks=["云川省统计局10月24日发布数据，前三季度，全省规模以上工业增加值同比增长百分之六点一，增速比上半年加快零点三个百分点。其中，装备制造业增加值增长百分之十一点二，对全省工业增长的贡献率超过四成。",
            "分行业看，汽车制造业、电气机械和器材制造业、计算机通信和其他电子设备制造业增加值分别增长百分之十四点八、十二点三和九点六。新能源汽车、锂离子电池、工业机器人等产品产量保持两位数增长。",
            "某证券研究所首席经济学家汤宏远认为，装备制造业的快速增长，一方面得益于省内新能源汽车产业链的逐步完善，另一方面也与设备更新政策带动的投资需求有关。",
            "分析师白若水表示，四季度随着一系列稳增长政策效果显现，预计全省工业生产将保持平稳，全年规上工业增加值增速有望达到百分之六左右。",
            "不过，也有业内人士指出，部分传统行业仍面临需求不足、价格下行的压力，企业利润修复仍需时间。"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>三季度云川省规上工业增加值增长6.1% 装备制造业成主要拉动力_京华财经</title>""" + head_scripts("jinghuacaijing.example.com") + """</head><body>
""" + nav(["首页", "股票", "基金", "期货", "债券", "外汇", "理财", "宏观", "公司", "数据", "研报", "直播"]) + """
<div class="quote-bar"><span>上证指数 3281.45 +0.62%</span><span>深证成指 10522.18 +1.03%</span><span>更新于 2024-10-25 11:30:00</span></div>
<div class="art"><h1>三季度云川省规上工业增加值增长6.1% 装备制造业成主要拉动力</h1>
<div class="art-info"><span>2024-10-25 11:36:08</span><span>来源：中洲观察网</span><span>评论 <em>12</em></span></div>
<div class="art-body">
{BODY}
</div><p class="mzsm">免责声明：本文仅代表作者个人观点，与京华财经无关。其原创性以及文中陈述文字和内容未经本站证实，请读者仅作参考。</p></div>
<div class="stocks"><h3>相关个股</h3><table><tr><td>星岩科技</td><td>28.31</td><td>+2.15%</td></tr><tr><td>禾元生物</td><td>15.02</td><td>-0.40%</td></tr></table></div>
""" + hot(["A股三大指数集体收涨", "多家券商上调四季度GDP预测", "（分析师 汤宏远）设备更新周期展望"], "24小时点击排行") +
    sitemap("京华财经") + footer("京华财经", "京ICP备10008888号", "2010-2024") + "</body></html>",
    note="Only an outlet is credited; the economists quoted are no authors → []."))
