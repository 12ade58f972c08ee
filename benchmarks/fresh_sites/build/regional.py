"""Provincial and city papers and their apps."""
from common import Page, hot, icp_footer, nav, related

PAGES: list[Page] = []

PAGES.append(Page(
    name="dzwww_byline_box", kind="provincial paper, □ byline line above the body, 作者/责任编辑 in info bar",
    url="https://sd.dzwww.com/sdnews/202403/t20240321_13582741.htm",
    title="黄河滩区迁建社区迎来首批创业孵化项目",
    published_at="2024-03-21 07:12:00", authors=["庞立军", "耿晓雯"], editors=["单卫东"], source="大众日报", media="大众网",
    paras=[
        "春分时节，黄河滩区一处新建社区的创业孵化基地里，几家刚入驻的小微企业正在调试设备。服装加工、电商直播、农产品包装……这些项目将为社区居民提供上百个家门口的就业岗位。",
        "社区建成后，如何让搬迁群众“稳得住、能致富”成为当地关注的重点。当地整合闲置厂房，建起三千多平方米的孵化基地，对入驻项目给予三年租金减免，并配套技能培训和创业贷款。",
        "“以前种地靠天吃饭，现在在家门口就能上班，还能照顾老人孩子。”在一家服装加工车间，一位刚上岗的女工说，经过半个月培训，她已经能够独立操作缝纫设备，每月收入三千元左右。",
        "据介绍，当地将继续引进劳动密集型项目，同时鼓励有条件的居民自主创业，力争让每个有劳动能力的搬迁家庭至少有一人稳定就业。",
    ],
    html="""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{TITLE}_山东频道_大众网</title>
<meta name="description" content="春分时节，黄河滩区一处新建社区的创业孵化基地里"></head><body>
<div id="top">""" + nav(["大众网首页", "山东", "国内", "国际", "财经", "体育", "娱乐", "教育", "健康", "旅游", "海报新闻"]) + """</div>
<div class="layout"><div class="dzw-crumbs"><a href="/">大众网</a> &gt; <a href="/sdnews/">山东频道</a> &gt; 正文</div>
<div class="left"><h2>{TITLE}</h2>
<div class="left"><span id="xl-headline">2024-03-21 07:12:00</span>  来源: 大众日报 <span>作者: 庞立军 耿晓雯</span></div>
<div id="news-con"><div class="news-con TRS_Editor">
<p>　　□ 本报记者　庞立军　通讯员　耿晓雯</p>
{BODY}
</div></div>
<div class="edit">责任编辑：单卫东</div>
""" + related([("滩区群众住上新楼房", "2024-03-18"), ("山东推进黄河流域生态保护", "2024-03-15"), ("春季招聘会提供岗位两万余个", "2024-03-12")], "xgyd", "相关阅读") + """
</div><div class="right">""" + hot(["海报新闻", "山东新闻联播", "闪电新闻"], "热点推荐") + """</div></div>
""" + icp_footer("大众报业集团", "鲁ICP备09023866号", "2002-2024", "新闻热线：0531-85193666") + "</body></html>",
    note="The □ byline paragraph is not part of the text."))

PAGES.append(Page(
    name="iqilu_lightning", kind="provincial TV site, 'X 济南报道' byline, info spans",
    url="https://news.iqilu.com/shandong/shandonggedi/20240409/5613728.shtml",
    title="济南一小区加装电梯全部完工 老人出行不再“爬楼难”",
    published_at="2024-04-09 18:33:27", authors=["阚雨桐"], editors=["蔡卓然"], source="闪电新闻", media="齐鲁网",
    paras=[
        "4月9日，随着最后一部电梯通过验收，济南市历下区一个建成于上世纪九十年代的老小区，十二个单元的加装电梯工程全部完工。小区里年过七旬的老人们，终于告别了“爬楼难”。",
        "加装电梯难在协调。社区工作人员介绍，为了统一各楼层居民意见，社区联合物业、设计单位多次上门沟通，对低层住户关心的采光、噪音问题，逐户出具方案，最终全部单元达成一致。",
        "费用方面，除政府补贴外，其余部分按楼层高低分摊，高层住户多出一些，一楼住户不承担费用。一位住在六楼的居民说：“以前下楼买菜要歇两三回，现在按个按钮就到了。”",
        "据了解，今年济南计划新增加装电梯一千部以上，并将加装电梯与老旧小区改造同步推进。",
    ],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}-齐鲁网</title>
<meta name="keywords" content="加装电梯"></head><body>
<div class="header"><a href="https://www.iqilu.com/" class="logo">齐鲁网</a>""" + nav(["首页", "新闻", "闪电新闻", "视频", "直播", "山东各地", "问政", "财经", "健康"]) + """</div>
<div class="mod-article"><div class="section-cnt-tit"><h1>{TITLE}</h1></div>
<div class="info"><p class="time">2024-04-09 18:33:27</p><p class="resource">来源: <span>闪电新闻</span></p><p class="editor">编辑: <span>蔡卓然</span></p></div>
<div class="article-main">
<p>闪电新闻记者 阚雨桐 济南报道</p>
{BODY}
</div>
<div class="shengming">【版权声明】凡注明来源为“齐鲁网”的所有作品，版权均属于齐鲁网，未经授权，不得转载。</div>
""" + related([("山东各地老旧小区改造按下“快进键”", "2024-04-06"), ("加装电梯审批流程再简化", "2024-04-02")], "related-news", "相关推荐") + """
</div>""" + icp_footer("山东广播电视台", "鲁ICP备10038253号", "2005-2024") + "</body></html>",
    note="The opening 'X 济南报道' byline line is not part of the text (corrected after the first run, see README)."))

PAGES.append(Page(
    name="rednet_dateline_xun", kind="provincial site, X月X日讯（记者 A 通讯员 B）, 作者 field with space-separated names",
    url="https://hn.rednet.cn/content/646786/98/13925481.html",
    title="湘江沿线新增十处亲水步道 市民周末有了新去处",
    published_at="2024-05-22 10:48:31", authors=["贾梦溪", "邬志成"], editors=["苗莉"], source="红网", media="红网",
    paras=[
        "红网时刻新闻5月22日讯（记者 贾梦溪 通讯员 邬志成）初夏时节，湘江沿岸绿意正浓。记者从长沙市城管部门获悉，湘江沿线新建和提质改造的十处亲水步道已全部开放，市民周末又多了休闲好去处。",
        "新建步道总长约八公里，串联起滨江公园、湿地和老码头等节点。步道沿线设置了观景平台、休息座椅和直饮水点，部分路段还铺设了彩色透水路面，方便市民跑步、骑行。",
        "“早上过来跑步，一边是江景，一边是绿树，空气特别好。”家住附近的一位市民说，步道开放后，他每天都会来跑上五公里。",
        "城管部门相关负责人表示，接下来将加强步道日常管护，并根据市民反馈，逐步完善照明、公厕等配套设施。",
    ],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}_地方_红网</title>
<meta name="author" content="贾梦溪 邬志成"></head><body>
<div class="g-top">""" + nav(["红网首页", "时刻新闻", "湖南", "长沙", "评论", "视频", "问政", "教育"]) + """</div>
<div class="g-wrap"><div class="g-left"><div class="m-title"><h1>{TITLE}</h1></div>
<div class="m-info"><span>来源：红网</span><span>作者：贾梦溪 邬志成</span><span>编辑：苗莉</span><span>2024-05-22 10:48:31</span><span>时刻新闻</span></div>
<div id="m-content" class="m-content">
{BODY}
</div><div class="m-copyright">本文为红网原创，未经授权不得转载</div>
""" + related([("长沙新增一批口袋公园", "2024-05-19 08:30"), ("湘江风光带夜景提质", "2024-05-16 17:22")], "m-recommend", "推荐阅读") + """
</div><div class="g-right">""" + hot(["湖南日报", "新湖南", "时刻新闻"], "排行") + """</div></div>
""" + icp_footer("红网", "湘ICP备14000211号", "2001-2024") + "</body></html>"))

PAGES.append(Page(
    name="cnhubei_gbk", kind="provincial site, GBK bytes, 2024年06月13日 09:27 in art-info",
    url="http://news.cnhubei.com/content/2024-06/13/content_17853904.html",
    title="荆州古城墙修缮工程进入收尾阶段",
    published_at="2024-06-13 09:27", authors=["尚文杰"], editors=["龚悦"], source="荆楚网（湖北日报网）", media="荆楚网",
    encoding="gbk",
    paras=[
        "荆楚网（湖北日报网）讯（记者尚文杰）6月12日，记者从荆州市文物部门了解到，历时一年多的荆州古城墙东段修缮工程已进入收尾阶段，预计下月底完工并向游客开放。",
        "此次修缮遵循“最小干预”原则，对墙体开裂、砖块风化等病害进行针对性处理。施工人员采用传统工艺烧制的城砖进行替换，灰浆也按照古法配比调制，尽可能保留城墙的历史原貌。",
        "文物部门相关负责人介绍，修缮过程中还对城墙排水系统进行了疏通，并在重点部位安装了监测设备，实时掌握墙体沉降和位移情况。",
        "荆州古城墙是我国保存较为完整的古代城垣之一。近年来，当地持续推进城墙本体保护和周边环境整治，古城墙已成为市民和游客休闲游览的热门去处。",
    ],
    html="""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{TITLE}_荆楚网_湖北日报网</title></head><body>
<div class="top">""" + nav(["首页", "湖北", "时政", "经济", "社会", "文化", "视频", "图片", "理论"]) + """</div>
<div class="w1200"><div class="left_w"><h1 class="art-title">{TITLE}</h1>
<div class="art-info"><span class="time">2024年06月13日 09:27</span> <span>来源：荆楚网（湖北日报网）</span> <span>作者：尚文杰</span></div>
<div class="content_box">
{BODY}
</div>
<div class="bianji">责任编辑：龚悦</div>
""" + related([("湖北推进大遗址保护利用", "2024年06月10日"), ("荆州文旅融合发展见成效", "2024年06月06日")], "art-xg", "相关新闻") + """
</div></div>
""" + icp_footer("湖北日报传媒集团", "鄂ICP备13001386号", "2001-2024") + "</body></html>"))

PAGES.append(Page(
    name="southcn_baidu_spans", kind="provincial site, pubtime_baidu/source_baidu/author_baidu spans, byline with 通讯员",
    url="https://news.southcn.com/node_54a44f01a2/8b2c7d1e5f.shtml",
    title="大湾区跨境理财通试点扩容 个人投资者参与门槛降低",
    published_at="2024-07-02 16:05", authors=["聂宇航", "邵婉清"], editors=["殷明哲"], source="南方日报", media="南方网",
    paras=[
        "南方日报讯（记者/聂宇航 通讯员/邵婉清）记者2日从金融监管部门获悉，粤港澳大湾区跨境理财通业务试点优化措施已正式落地，个人投资者参与门槛有所降低，投资额度有所提高，可投资产品范围进一步扩大。",
        "根据新措施，内地投资者参与“南向通”的资产要求和投资经验要求有所放宽，个人投资额度由一百万元提高至三百万元。参与试点的银行机构也从此前的数十家扩大到更多类型的金融机构。",
        "业内人士表示，此次扩容回应了市场关切，有助于满足大湾区居民多样化的跨境投资需求，也将推动粤港澳三地金融市场进一步互联互通。",
        "截至目前，大湾区跨境理财通累计参与个人投资者已超过十万人，业务总体平稳有序。监管部门表示，将继续做好风险防范，保障投资者合法权益。",
    ],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}_南方网</title></head><body>
<div class="m-header">""" + nav(["南方网首页", "广东", "时政", "经济", "社会", "文化", "评论", "视频", "南方+"]) + """</div>
<div class="m-container"><div class="m-article"><h2 id="article_title">{TITLE}</h2>
<div class="m-article-info"><span id="pubtime_baidu">2024-07-02 16:05</span><span id="source_baidu">来源：<a href="#">南方日报</a></span><span id="author_baidu">作者：聂宇航 邵婉清</span><span id="editor_baidu">编辑：殷明哲</span></div>
<div class="m-article-content" id="content">
{BODY}
</div></div>
""" + related([("横琴金融开放再出新举措", "2024-06-28"), ("前海深港合作区发展提速", "2024-06-25")], "m-related", "延伸阅读") + """
<div class="m-side">""" + hot(["南方日报", "南方都市报", "21世纪经济报道"], "南方报业") + """</div></div>
""" + icp_footer("南方新闻网", "粤ICP备12042617号", "2001-2024") + "</body></html>"))

PAGES.append(Page(
    name="eastday_xuangao", kind="city site, one-line info with 作者/选稿 labels",
    url="https://j.eastday.com/p/1722482465029718",
    title="上海地铁多条线路延长运营 夏季夜间出行更便利",
    published_at="2024-08-01 11:21:05", authors=["葛晨曦"], editors=["卢一凡"], source="东方网", media="东方网",
    paras=[
        "记者从上海地铁获悉，为满足夏季市民夜间出行需求，自8月2日起，每逢周五、周六及节假日前一天，多条地铁线路将延长运营时间约一小时。",
        "延时运营期间，相关线路末班车发车时间顺延，部分换乘站将加开临时班次，确保换乘衔接。地铁部门提醒，延时运营仅限指定线路，乘客出行前可通过官方应用查询具体时刻。",
        "近年来，上海夜间经济持续活跃，外滩、武康路、徐汇滨江等区域夜间客流明显增加。地铁延时运营，将进一步方便市民游客夜间出行和消费。",
    ],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}-东方网</title></head><body>
<div class="topbar"><a href="https://www.eastday.com/">东方网首页</a> | <a href="#">新闻</a> | <a href="#">上海</a> | <a href="#">国际</a></div>
<div class="main"><div class="detail"><h1>{TITLE}</h1>
<div class="time grey">2024-08-01 11:21:05 来源: 东方网 作者: 葛晨曦 选稿: 卢一凡</div>
<div class="detail_con" id="zw">
{BODY}
</div>
<div class="share">分享到：微信 微博 QQ空间</div>
""" + related([("上海公交优化夜间线路", "2024-07-29 14:03:11"), ("夜上海消费季启动", "2024-07-25 09:40:52")], "xgxw", "相关新闻") + """
</div></div>
<div class="foot">东方网版权所有 Copyright 2000-2024 eastday.com Inc. 沪ICP证：沪B2-20050087</div></body></html>"""))

PAGES.append(Page(
    name="thepaper_next", kind="app-era site, author line '澎湃新闻记者 X', __NEXT_DATA__ with pubTime, 责任编辑/校对 at end",
    url="https://www.thepaper.cn/newsDetail_forward_28702413",
    title="城市更新如何兼顾居民意愿与财务平衡？多地探索新路径",
    published_at="2024-09-10 07:30", authors=["庄语嫣"], editors=["洪启帆", "施佳怡"], source="澎湃新闻", media="澎湃新闻",
    paras=[
        "城市更新正从“拆改留”转向“留改拆”。在这一转变中，如何兼顾居民意愿与项目的财务平衡，成为各地绕不开的问题。",
        "过去，旧城改造往往依靠大规模拆除重建，通过土地出让收益平衡成本。但随着改造对象更多转向老旧小区、历史街区，可供出让的土地有限，传统模式难以为继。",
        "“钱从哪里来”是很多项目负责人最常被问到的问题。一位参与多地城市更新项目的规划师告诉澎湃新闻，目前较为可行的做法是“片区统筹”，即把收益较好的地块与需要投入的地块打包，在更大范围内实现资金平衡。",
        "在上海，一些项目尝试引入社会资本参与运营。改造后的老厂房被用作办公和商业空间，租金收入用于反哺周边居住区的配套建设。在广州，部分老旧小区通过盘活闲置空间，引入养老、托育等服务，由运营方承担部分改造费用。",
        "居民意愿同样关键。多位受访者提到，城市更新的难点不在工程本身，而在于达成共识。一些地方建立了“居民议事会”“社区规划师”等机制，让居民从一开始就参与方案讨论。",
        "“改造不是政府替居民决定，而是和居民一起决定。”上述规划师说，前期沟通花的时间越多，后期推进往往越顺利。",
        "专家建议，城市更新应建立长效的运营机制，避免“一改了之”。同时，在政策层面进一步明确产权、用途调整等规则，为社会资本参与提供稳定预期。",
    ],
    html="""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{TITLE}_澎湃新闻-The Paper</title>
<meta name="Keywords" content="城市更新"><meta name="Description" content="城市更新正从“拆改留”转向“留改拆”。"><meta property="og:type" content="article"></head><body>
<div id="__next"><div class="header_header__8Xf3n"><a href="/">澎湃新闻</a>""" + nav(["要闻", "深度", "时事", "国际", "财经", "科技", "智库", "思想", "生活", "澎湃号"], "header_nav__Yt2ck") + """</div>
<div class="index_wrapper__9rz6z"><div class="index_leftcontent__p6Kxd"><div class="index_headerContent__sASF4"><h1 class="index_title__B8mhI">{TITLE}</h1>
<div class="ant-space ant-space-vertical"><div class="index_left__LfzyH"><div class="ant-space-item"><div>澎湃新闻记者 庄语嫣</div></div>
<div class="ant-space-item"><div class="ant-space ant-space-horizontal"><span>2024-09-10 07:30</span><span>来源：澎湃新闻</span></div></div></div></div></div>
<div class="index_cententWrap__Jv8jK">
{BODY}
</div>
<p class="index_editor__NlZdW">责任编辑：洪启帆 图片编辑：齐嘉 校对：施佳怡</p>
<div class="index_copyright__Er5sl">澎湃新闻报料：021-962866 澎湃新闻，未经授权不得转载</div>
<div class="index_commentBox__f0MZx"><h3>评论(12)</h3><div class="comment"><span>山海有情</span><span>09-10 09:12 上海</span><p>老小区改造确实需要多听居民意见</p></div></div>
""" + related([("专访｜城市更新中的“微改造”", "2024-09-06"), ("一周城市观察", "2024-09-03")], "index_recommend__qL2xB", "相关推荐") + """
</div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"detailData":{"contentDetail":{"contId":28702413,"name":"城市更新如何兼顾居民意愿与财务平衡？多地探索新路径","author":"庄语嫣","pubTime":"2024-09-10 07:30","pubTimeLong":1725924600000,"nodeInfo":{"name":"城市漫步"}}}}}}</script>
</body></html>""",
    note="图片编辑 is an editor role but names a picture editor; kept out of editors for simplicity? No: 图片编辑 counts as editor.",
))
PAGES[-1].editors = ["洪启帆", "齐嘉", "施佳怡"]
PAGES[-1].note = "Author from the '澎湃新闻记者 X' line; 责任编辑/图片编辑/校对 are editors; a comment time below is not the article's."

PAGES.append(Page(
    name="bjnews_reporter_editor_spans", kind="city paper, '新京报记者 A B' and '编辑 X 校对 Y' spans",
    url="https://www.bjnews.com.cn/detail/1728973321168942.html",
    title="北京新增二十条跑步骑行绿道 串联城市公园",
    published_at="2024-10-15 14:22", authors=["钟子墨", "邱楚楚"], editors=["骆昕", "谷雨"], source="新京报", media="新京报",
    paras=[
        "新京报讯 10月15日，记者从北京市园林绿化部门获悉，今年北京新建和贯通跑步骑行绿道二十条，总长度超过一百公里，串联起六十余处城市公园和小微绿地。",
        "新建绿道多采用透水材料铺装，沿途设置里程标识、休息驿站和自行车停放点。部分路段实现了步行道与骑行道分离，减少了相互干扰。",
        "园林绿化部门相关负责人表示，绿道建设注重“小而密”，让市民出门不远就能进入绿道网络。下一步还将结合城市更新，利用边角地、拆违腾退空间继续加密绿道布局。",
        "秋季是户外运动的好时节。不少市民在社交平台分享绿道骑行路线，有网友称，“下班后骑上一圈，看着夕阳，一天的疲惫都没了”。",
    ],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE} | 新京报</title></head><body>
<div class="header">""" + nav(["首页", "时事", "北京", "财经", "评论", "文化", "体育", "视频", "调查"]) + """</div>
<div class="content"><div class="bodyTitle"><div class="title"><h1>{TITLE}</h1></div>
<div class="left-info"><span class="timer">2024-10-15 14:22</span><span class="reporter">新京报记者 钟子墨 邱楚楚</span><span class="editor">编辑 骆昕 校对 谷雨</span></div></div>
<div id="contentStr" class="articleCont">
{BODY}
</div>
<div class="copyright">版权声明：本文系新京报独家稿件，未经许可不得转载。</div>
""" + related([("北京秋季赏红叶指南", "2024-10-12"), ("城市副中心绿心公园迎客", "2024-10-08")], "relatedArticle", "相关阅读") + """
</div>""" + icp_footer("新京报社", "京ICP备14012327号", "2003-2024") + "</body></html>"))

PAGES.append(Page(
    name="yangtse_ziniu", kind="app-era paper, 扬子晚报/紫牛新闻记者 X prefix line inside the body",
    url="https://www.yangtse.com/content/1823645.html",
    title="南京一老人捡到装有三万元的背包 苦等失主两小时",
    published_at="2024-03-27 17:40:12", authors=["栾静怡"], editors=["苏敏"], source="扬子晚报网", media="扬子晚报网",
    paras=[
        "3月26日下午，南京市民王大爷在公交站台捡到一个黑色双肩包，里面装着三万元现金和多张银行卡。为了等失主，七十二岁的他在站台足足守了两个小时。",
        "“包就放在长椅上，周围也没人，我怕失主着急回来找不到。”王大爷说，他先在原地等待，天快黑时仍不见有人来，便拨打了报警电话。",
        "民警赶到后，根据包内证件联系上了失主。原来，失主是一名在附近工地做工的师傅，这笔钱是他刚取出准备寄回老家的工资。失主赶到后连声道谢，要拿钱酬谢，被王大爷婉拒。",
        "“谁的钱都来之不易，换成我丢了也着急。”王大爷笑着说。",
    ],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}-扬子晚报网</title>
<meta name="publishdate" content="2024-03-27"></head><body>
<div class="nav-box">""" + nav(["首页", "紫牛新闻", "南京", "江苏", "教育", "财经", "健康", "房产"]) + """</div>
<div class="box-text"><div class="text-title">{TITLE}</div>
<div class="text-time">扬子晚报网 2024-03-27 17:40:12</div>
<div class="text-text">
<p>扬子晚报/紫牛新闻记者 栾静怡</p>
{BODY}
<p>校对 苏敏</p>
</div></div>
""" + related([("暖心！外卖小哥救下落水老人", "2024-03-24"), ("南京地铁失物招领处年收万件失物", "2024-03-20")], "rec-list", "猜你喜欢") + """
""" + icp_footer("扬子晚报", "苏ICP备12034862号", "2000-2024") + "</body></html>",
    note="The byline line opens the body and the 校对 line closes it: neither is part of the text."))
