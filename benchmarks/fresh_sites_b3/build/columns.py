"""Columns, WeChat-style and app share pages, interviews, theory articles: bylines in author cards, at the end as
role｜name credits, in an author line with affiliations; English names."""
from common import Page, footer, head_scripts, nav, related, sitemap

PAGES: list[Page] = []

PAGES.append(Page(
    name="guanlan_column_author_card", body="mix",
    kind="opinion column page: no byline in the text; the author only in a side author card ('专栏作者 贺远舟', 关注 3.2万, "
         "文章 218) and the column header; '推荐阅读' by other columnists with dates; meta author = the site; body in mixed p/div/span",
    url="https://www.guanlanpinglun.com/column/heyuanzhou/2024/0708/33921.html",
    title="县城“咖啡热”背后，是年轻人对生活方式的投票",
    published_at="2024-07-08 12:00", authors=["贺远舟"], media="观澜评论",
    blocks=["最近两年，县城里的咖啡馆明显多了起来。在我老家那个不到二十万人口的县城，主街上就开了十一家咖啡馆，其中还有两家全国连锁品牌。很多人觉得奇怪：县城人真的需要这么多咖啡吗？",
            "我的看法是，咖啡只是一个载体。年轻人走进县城咖啡馆，买的不只是一杯饮料，更是一个可以独处、办公、约朋友聊天的“第三空间”。过去，县城的公共空间要么是广场、公园，要么是饭馆、茶楼，适合年轻人安静坐一会儿的地方并不多。",
            "另一个变化是人口流动。这几年，返乡创业、远程办公的年轻人多了，他们把在大城市养成的生活习惯带回了县城。与此同时，咖啡豆供应链下沉、连锁品牌开放加盟，也让开一家咖啡馆的门槛大大降低。",
            "当然，也要看到“咖啡热”中的泡沫。县城的消费能力毕竟有限，一些咖啡馆开业时热热闹闹，不到一年就关门转让。同质化竞争、价格战，是县城咖啡馆普遍面临的问题。",
            "在我看来，县城咖啡馆要活下去，关键是找到与本地生活的连接。有的店把本地的茶叶、水果做进了特调饮品，有的店定期办读书会、手作课，成了县城年轻人的社交据点。这些店，往往比单纯卖咖啡的店活得更好。",
            "县城“咖啡热”，本质上是年轻人用脚投票，表达对更丰富、更有品质的生活方式的向往。对于地方政府来说，与其关心一杯咖啡卖多少钱，不如多想想怎样为年轻人提供更多的公共空间和文化供给。"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>县城“咖啡热”背后，是年轻人对生活方式的投票 - 观澜评论</title>
<meta name="author" content="观澜评论">""" + head_scripts("guanlanpinglun.com") + """</head><body>
""" + nav(["首页", "时评", "专栏", "深度", "财经观察", "文化", "国际", "作者库"]) + """
<div class="col-header"><a href="/column/heyuanzhou/">贺远舟专栏</a> · 远舟观察</div>
<div class="container"><div class="article"><h1>县城“咖啡热”背后，是年轻人对生活方式的投票</h1>
<div class="meta"><span class="time">2024-07-08 12:00</span><span class="views">阅读 5.1万</span></div>
<div class="article-text">
{BODY}
</div><p class="disclaimer">本文仅代表作者个人观点，不代表本站立场。</p></div>
<aside class="sidebar"><div class="author-card"><img src="/col/hyz.jpg"><p class="role">专栏作者</p><p class="name">贺远舟</p>
<p class="intro">社会学博士，长期关注县域经济与青年文化</p><p class="num"><span>关注 3.2万</span><span>文章 218</span></p><button>+ 关注</button></div>
<div class="tuijian"><h3>推荐阅读</h3><ul><li><a>返乡青年的“第二次出发”</a><span>林晚 · 2024-07-06</span></li>
<li><a>夜经济不只是烧烤和啤酒</a><span>章牧 · 2024-07-01</span></li><li><a>小镇做题家的中年</a><span>贺远舟 · 2024-06-24</span></li></ul></div></aside></div>
""" + sitemap("观澜评论") + footer("观澜评论", "澜ICP备20008811号", "2020-2024") + "</body></html>",
    note="The columnist is credited only in the author card and column header (a column page's shown author), so "
         "authors = [贺远舟]. The disclaimer is not text."))

PAGES.append(Page(
    name="lanzhou_wechat_end_credits", body="sec",
    kind="official-account article as saved from a browser: header '原创 澜州发布 2024-07-21 18:30 云川', body in nested "
         "section/span with &nbsp;, credits at the end as one line per role '来源｜澜州日报 / 文字｜庞越 / 图片｜吴桐 / "
         "编辑｜苏苏 / 审核｜何一鸣', og meta author = the account; 往期推荐",
    url="https://mp.example-wx.cn/s/Lz8qY2kPq0aZ3rTn5wXcVb",
    title="今夏首场“江畔音乐会”来了！免费，不用预约",
    published_at="2024-07-21 18:30", authors=["庞越"], photographers=["吴桐"], editors=["苏苏", "何一鸣"], source="澜州日报",
    media="澜州发布",
    blocks=["7月27日晚，今夏首场“江畔音乐会”将在滨江公园亲水平台上演。音乐会免费向市民开放，无需预约，现场观众可自带坐垫。",
            "本场音乐会由澜州市文化馆和澜州交响乐团联合主办，演出曲目既有《茉莉花》《彩云追月》等经典民乐，也有电影配乐和流行歌曲改编的交响乐作品。澜州本土的童声合唱团也将登台献唱。",
            "据介绍，“江畔音乐会”已连续举办五年，每年七月至九月的周六晚上演出，今年共安排十场，每场约九十分钟。主办方提醒，演出开始时间为晚上七点半，遇雷雨大风天气将顺延，具体以“澜州发布”推送的通知为准。",
            "交通方面，地铁二号线滨江公园站C出口步行约五分钟即可到达；公园停车场车位有限，建议市民绿色出行。演出期间，公园周边将增派志愿者维持秩序，并设置临时饮水点和医疗点。",
            ("raw", ('<section style="margin-top:24px;font-size:13px;color:#888;"><p>来源｜澜州日报</p><p>文字｜庞越</p><p>图片｜吴桐</p>'
                    '<p>编辑｜苏苏</p><p>审核｜何一鸣</p></section>'), "")],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>今夏首场“江畔音乐会”来了！免费，不用预约</title>
<meta property="og:title" content="今夏首场“江畔音乐会”来了！免费，不用预约"><meta property="og:article:author" content="澜州发布">
<script>var ct = "1721557800"; var nickname = "澜州发布"; var user_name = "gh_7a1c0e2d9b41"; var msg_desc = "7月27日晚，今夏首场“江畔音乐会”将在滨江公园亲水平台上演。";</script>
<script>window.__wxcfg={"appmsg_type":9,"is_original":1,"copyright_stat":11};</script></head><body>
<div class="rich_media"><h1 class="rich_media_title" id="activity-name">今夏首场“江畔音乐会”来了！免费，不用预约</h1>
<div class="rich_media_meta_list"><span class="rich_media_meta original_tag">原创</span><span class="rich_media_meta_nickname"><a id="js_name">澜州发布</a></span>
<em id="publish_time" class="rich_media_meta_text">2024-07-21 18:30</em><span class="rich_media_meta_text" id="js_ip_wording">云川</span></div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="wx-recommend"><p>往期推荐</p><p><a>澜州这些公园夜间开放到22点</a></p><p><a>暑期博物馆延时开放安排来了</a></p></div>
<div class="rich_media_tool"><span>阅读 3.1万</span> <span>在看 412</span> <a>写留言</a></div></div></body></html>""",
    note="Credits in 'role｜name' lines at the end: 文字 → author, 图片 → photographer, 编辑 and 审核 → editors, "
         "来源 → source. The account 澜州发布 is media (a byline names the writer)."))

PAGES.append(Page(
    name="jinshuo_app_share_fold", body="mix",
    kind="news-app H5 share page: '打开APP' banners, info line '作者：孟夏  责编：吕晨  2024-10-08 07:12', body in mixed "
         "p/div/span with a CSS height-limited fold ('展开阅读全文' button; the rest is in the HTML), app-only comment teaser",
    url="https://h5.jinshuonews.com/share/article?id=20241008A0012X",
    title="“一老一小”食堂开到家门口",
    published_at="2024-10-08 07:12", authors=["孟夏"], editors=["吕晨"], media="金朔新闻",
    blocks=["早上十一点，金朔市西城区柳巷社区的“一老一小”食堂已经飘出了饭菜香。七十八岁的独居老人范大爷熟门熟路地刷卡、取餐：两荤一素一汤，老人优惠价十二元。",
            "这家食堂去年底开业，由社区提供场地、引入餐饮企业运营，中午和傍晚为社区老人和放学的孩子提供平价餐。除了堂食，社区还组织志愿者为行动不便的老人送餐上门。",
            "“孩子们放学早，家长还在上班，以前只能在校门口随便买点吃的。”社区工作人员说，现在食堂专门开设了儿童餐窗口，每天傍晚四点半开饭，孩子们吃完饭还可以在隔壁的“四点半课堂”写作业。",
            "为了兼顾老人和孩子的口味，食堂每周更新菜单，少油少盐、软烂易嚼的菜品给老人，营养均衡的套餐给孩子。食堂负责人说，目前每天就餐约三百人次，虽然利润不高，但靠着政府补贴和稳定的客流，基本能够保本。",
            "据了解，金朔市今年计划新建“一老一小”食堂六十个，实现中心城区社区全覆盖。市民政局表示，将对符合条件的食堂给予建设补贴和运营补贴，并鼓励有条件的机关、企事业单位食堂向周边居民开放。"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>“一老一小”食堂开到家门口</title>
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">""" + head_scripts("jinshuonews.com",
    '<script>window.shareInfo={"title":"“一老一小”食堂开到家门口","desc":"早上十一点……","img":"https://img.jinshuonews.com/s.png"};</script>'
    '<style>.fold{max-height:900px;overflow:hidden}</style>') + """</head><body>
<div class="open-app-top"><img src="/logo.png"><span>金朔新闻</span><a class="btn">打开APP</a></div>
<div class="article"><h1 class="title">“一老一小”食堂开到家门口</h1>
<div class="info"><span>作者：孟夏</span>&nbsp;&nbsp;<span>责编：吕晨</span>&nbsp;&nbsp;<span>2024-10-08 07:12</span></div>
<div class="content fold" id="content">
{BODY}
</div><div class="unfold"><a>展开阅读全文</a></div></div>
<div class="app-comment"><p>打开金朔新闻APP，查看126条评论</p></div><div class="open-app-bottom"><a>打开APP，阅读更多精彩内容</a></div></body></html>""",
    note="Body behind a CSS fold but complete in the HTML: all of it is text."))

PAGES.append(Page(
    name="shuguang_interview_compiled", body="p",
    kind="magazine-site interview with an English-named interviewee ('Linda Zhou（周琳达）'), questions in bold, byline "
         "'文｜本刊记者 钱卓　编译｜Ellen Xu' under the standfirst, photo credit '图｜受访者提供', a 人物简介 box",
    url="https://www.shuguangmag.com/people/2024/0315/8812.html",
    title="对话Linda Zhou：让非遗走进年轻人的衣柜",
    published_at="2024-03-15 09:00", authors=["钱卓", "Ellen Xu"], source="曙光周刊", media="曙光周刊网",
    blocks=["在国际时装周的秀场上，设计师Linda Zhou（周琳达）把家乡的蓝印花布和苗绣做成了风衣、西装和运动鞋。这位在伦敦生活了十五年的设计师说，她想做的是让传统手艺“穿”在年轻人身上，而不是躺在博物馆里。",
            ("h", "问：为什么选择蓝印花布和苗绣？"),
            "Linda Zhou：我外婆就是做蓝印花布的。小时候，家里的被面、门帘、包袱皮全是蓝白两色。后来在国外读书，有一次在二手市场看到一块日本的蓝染布，标价很高，我突然意识到，我们自己的东西其实一点都不差，只是没有被好好讲述。",
            ("h", "问：把传统工艺用在时装上，最大的难点是什么？"),
            "Linda Zhou：是工艺和工业化之间的矛盾。手工蓝印一天只能印几米布，苗绣一件衣服要绣一两个月，这和时装行业的节奏完全不同。我们的办法是做“限量+联名”，每个系列只做几百件，同时和当地的合作社签长期订单，让绣娘们有稳定的收入。",
            ("h", "问：年轻消费者买账吗？"),
            "Linda Zhou：比我想象的好。我们去年在线上发售的一款蓝印花布夹克，三分钟就卖完了，购买者里九成是三十岁以下的年轻人。他们不是因为“非遗”这个标签才买，而是觉得好看、有故事。",
            ("h", "问：下一步有什么计划？"),
            "Linda Zhou：我们正在贵州和云川建两个手工坊，培训更多年轻的手艺人。我希望十年以后，人们提到这些工艺，想到的不是“快要失传”，而是“很酷”。"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>对话Linda Zhou：让非遗走进年轻人的衣柜 | 曙光周刊网</title>""" + head_scripts("shuguangmag.com") + """</head><body>
""" + nav(["首页", "人物", "封面故事", "商业", "文化", "生活", "往期杂志", "订阅"]) + """
<article class="post"><div class="post-cat">人物 · 对话</div><h1>对话Linda Zhou：让非遗走进年轻人的衣柜</h1>
<p class="post-dek">她把外婆的蓝印花布带上了国际秀场</p>
<div class="post-byline"><span>文｜本刊记者 钱卓　编译｜Ellen Xu</span><span class="post-date">2024-03-15 09:00</span><span class="post-from">来源：曙光周刊2024年第6期</span></div>
<figure><img src="/p/8812.jpg"><figcaption>图｜受访者提供</figcaption></figure>
<div class="profile-box"><b>人物简介</b> Linda Zhou（周琳达），服装设计师，生于云川，毕业于伦敦某艺术学院，个人品牌创立于2016年。</div>
<div class="post-content">
{BODY}
</div></article>
""" + related([("对话陶艺师柏舟：慢下来的手艺", "2024-02-28"), ("Kevin Li：我在巴黎做中式点心", "2024-01-19")], "更多对话") +
    sitemap("曙光周刊网") + footer("曙光周刊社", "曙ICP备12003344号", "2012-2024") + "</body></html>",
    note="编译 counts as an author; the English name Ellen Xu is kept as shown. The interviewee is no author. 图｜受访者提供 "
         "names nobody. The profile box and the standfirst-like dek are left out; the Q subheadings are text."))

PAGES.append(Page(
    name="yunchuan_theory_affiliation", body="pi",
    kind="theory channel article: author line '周朗<sup>1</sup>　许桦<sup>2</sup>' with an affiliation line '（1.云川大学经济学院；"
         "2.云川省社会科学院）', a 内容提要 box and 关键词, '责任编辑：X' at the end, '来源：《云川社会科学》2024年第2期'",
    url="http://theory.yunchuanol.cn/llqy/2024-04/10/c_1188230.htm",
    title="数字经济赋能县域产业升级的路径研究",
    published_at="2024-04-10 08:30", authors=["周朗", "许桦"], editors=["白芷"], source="《云川社会科学》", media="云川在线理论频道",
    blocks=["县域是我国经济发展和社会治理的基本单元。近年来，数字技术加速向县域渗透，为县域产业转型升级提供了新的动力，但也暴露出基础设施薄弱、人才短缺、数据要素流通不畅等问题。本文结合云川省十二个县的调研情况，探讨数字经济赋能县域产业升级的现实路径。",
            ("h", "一、数字经济赋能县域产业的主要表现"),
            "一是农业生产的数字化。调研县普遍建设了农业物联网示范基地，利用传感器、无人机等开展精准种植和病虫害监测，部分县的农产品电商交易额年均增长超过百分之二十。",
            "二是传统制造业的智能化改造。一些县的纺织、建材、食品加工企业通过上云用数、设备联网，生产效率提高了一至三成，能耗和不良品率明显下降。",
            "三是县域服务业的线上化。直播带货、线上文旅、社区团购等新业态快速发展，带动了大量返乡青年就业创业。",
            ("h", "二、存在的主要问题"),
            "调研发现，县域数字经济发展仍面临三方面制约：其一，乡镇以下的网络和算力基础设施仍有短板；其二，既懂产业又懂数字技术的复合型人才严重不足；其三，县域数据资源分散在不同部门和企业，共享和开发利用程度低。",
            ("h", "三、对策建议"),
            "第一，加快补齐新型基础设施短板，推动千兆光网和五G网络向重点乡镇、产业园区延伸。第二，实施县域数字人才培育计划，鼓励高校、职业院校与县域企业共建实训基地。第三，建立县域公共数据平台，探索数据授权运营，释放数据要素价值。第四，因地制宜选择数字化转型路径，避免“一刀切”和盲目上项目。",
            ("raw", '<p style="text-align:right;">（责任编辑：白芷）</p>', "")],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>数字经济赋能县域产业升级的路径研究--理论频道--云川在线</title>""" + head_scripts("yunchuanol.cn") + """</head><body>
""" + nav(["理论首页", "理论前沿", "学术观点", "党建研究", "经济研究", "社会治理", "学者专栏", "期刊荐读"]) + """
<div class="lldetail"><h1>数字经济赋能县域产业升级的路径研究</h1>
<div class="author">周朗<sup>1</sup>　许桦<sup>2</sup></div><div class="danwei">（1.云川大学经济学院；2.云川省社会科学院）</div>
<div class="source-time">2024年04月10日08:30　来源：《云川社会科学》2024年第2期</div>
<div class="tiyao"><b>【内容提要】</b>本文基于云川省十二个县的调研，分析数字经济赋能县域产业升级的表现与制约，提出补齐设施短板、培育数字人才、激活数据要素等对策。<br><b>【关键词】</b>数字经济；县域产业；转型升级</div>
<div class="llcontent">
{BODY}
</div></div>
""" + related([("以新质生产力推动县域高质量发展", "2024-04-03"), ("乡村数字治理的实践与反思", "2024-03-27")], "相关文章") +
    sitemap("云川在线") + footer("云川在线", "云ICP备06002200号", "2006-2024") + "</body></html>",
    note="Author line with superscript affiliation numbers (1, 2 are not part of the names). The 内容提要 and 关键词 box "
         "is left out (an abstract, not the article's paragraphs; a close call). Date shown as 2024年04月10日08:30."))
