"""A long feature (2,000+ characters) on a portal: chapters in separate <section>s, a 原标题 line, pull quotes, captions
with two photographers, a fold, and the writers credited in an info bar and again in an 作者简介 box with a 系 clause."""
from common import Page, head_scripts, hot, nav, related, sitemap

PAGES: list[Page] = []

PAGES.append(Page(
    name="mingjiang_long_feature_sections", body="span",
    kind="long portal feature: '原标题：…' line opening the body, four chapters each in its own <section> with an h3, pull quotes, "
         "captions '（摄影：A）' from two photographers, a '展开全文' fold, info bar '来源：明江晚报　作者：穆清 柯远', a closing "
         "'（作者系本报记者）' box, 作者简介 repeating the names, 编辑/校对 line; 深读推荐 with bylines",
    url="https://www.mingjiangnews.example.cn/shendu/2024/1105/c1023-40211.html",
    title="一条江的“体检报告”：明江沿岸三百公里探访记",
    published_at="2024-11-05 06:30", authors=["穆清", "柯远"], photographers=["柯远", "邢舟"], editors=["詹宁", "任小禾"],
    source="明江晚报", media="明江新闻网",
    blocks=[("raw", '<div class="yuanbiaoti">原标题：明江，我们沿着你走了三百公里</div>', ""),
            "十月下旬，记者沿明江从源头到入海口，用十二天时间走访了沿岸五个县市、十七个乡镇。这条全长三百一十公里的河流，养育了沿岸四百多万人口。十年前，它曾因工业污染和非法采砂被称为“病江”；如今，它的水质怎么样？沿岸的人们过得怎么样？",
            ("raw", '</div></section><section class="chapter"><h3>上游：守山的人</h3><div class="chapter-body">', "上游：守山的人"),
            "明江发源于云岭山脉东麓的老鹰岩。从县城出发，沿着盘山公路开了两个小时车，又步行一个多小时，记者才在一片冷杉林里找到那眼泉水。护林员贝守成已经在这片林子里巡了二十六年。",
            "“以前这山上有人偷砍树、挖药材，水源地周边光秃秃的，一下大雨河水就浑。”贝守成说，二〇一五年水源地划为保护区后，山上的三户人家全部搬迁下山，林子一年比一年密。",
            ("quote", "“林子密了，水就清了，这个道理山里人都懂。”"),
            "县林业部门的数据显示，十年来，明江源头区域的森林覆盖率从百分之七十一提高到百分之八十六，源头断面水质常年保持在Ⅰ类。",
            ("img", "/sd/1105/1.jpg"), ("cap", "护林员贝守成在水源地巡护。（摄影：柯远）"),
            ("raw", '</div></section><section class="chapter"><h3>中游：采砂船去哪儿了</h3><div class="chapter-body">', "中游：采砂船去哪儿了"),
            "中游的青滩镇曾是明江采砂最集中的河段。最多的时候，十几公里的江面上停着四十多条采砂船，日夜作业，河床被挖得坑坑洼洼，两岸堤坝多处出现坍塌。",
            "二〇一七年，全流域开展非法采砂专项整治，采砂船被全部拆解或转为清淤船。原来的采砂业主余老板转行做起了生态旅游，在江边开了一家民宿。“以前挣的是快钱，现在挣的是慢钱，但心里踏实。”",
            "如今的青滩镇，江心洲上长满了芦苇，每年冬天有成群的候鸟在这里停歇。镇里修建了二十公里的滨江绿道，周末常有骑行爱好者从市区过来。",
            ("raw", '</div></section><div class="fold-btn"><a>展开全文 ∨</a></div><div class="fold-hidden" style="display:none;"><section class="chapter"><h3>下游：工业园的新账本</h3><div class="chapter-body">', "下游：工业园的新账本"),
            "明江下游的临港工业园聚集了一百多家化工、造纸和印染企业，曾是流域最大的污染源。十年前，园区的污水处理厂常年超负荷运行，偷排、漏排事件时有发生。",
            "记者在园区的智慧环保监控中心看到，大屏幕上实时显示着每家企业排污口的流量和水质数据。园区负责人介绍，园区近年关停搬迁了三十七家落后企业，新建了两座污水处理厂，所有企业的排污口都安装了在线监测设备，数据直接传到生态环境部门。",
            ("quote", "“过去是算经济账，现在是经济账和生态账一起算。”"),
            "一家造纸企业的负责人告诉记者，企业投入一亿多元进行中水回用改造，现在每生产一吨纸的用水量比十年前下降了六成，“环保投入大，但省下的水费和排污费，几年就能收回成本。”",
            ("img", "/sd/1105/2.jpg"), ("cap", "临港工业园的智慧环保监控中心。（摄影：邢舟）"),
            ("raw", '</div></section><section class="chapter"><h3>入海口：还有多远</h3><div class="chapter-body">', "入海口：还有多远"),
            "在明江入海口，省生态环境监测中心的工作人员正在采集水样。监测数据显示，明江干流十个国控断面的水质优良比例已从十年前的百分之五十提高到百分之百。",
            "但专家也提醒，明江的治理还有不少短板：部分支流的农业面源污染仍然突出，汛期的初期雨水污染尚未得到有效控制，河口湿地的生态修复也刚刚起步。",
            "十二天、三百公里，记者看到的是一条正在恢复生机的江。守护它，需要的不只是一时的整治，更是一代又一代人的坚持。"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>一条江的“体检报告”：明江沿岸三百公里探访记_深读_明江新闻网</title>""" + head_scripts("mingjiangnews.example.cn") + """</head><body>
""" + nav(["首页", "明江要闻", "深读", "区县", "民生", "财经", "文体", "视频", "直播", "专题", "数字报", "客户端"]) + """
<div class="shendu"><div class="sd-head"><h1>一条江的“体检报告”：明江沿岸三百公里探访记</h1>
<div class="sd-info"><span>2024-11-05 06:30</span><span>来源：明江晚报</span><span>作者：穆清 柯远</span></div></div>
<div class="sd-body"><section class="chapter"><div class="chapter-body">
{BODY}
</div></section></div></div>
<div class="author-note">（作者系本报记者）</div>
<div class="author-intro"><h4>作者简介</h4><p>穆清，明江晚报深度报道部记者，长期关注生态环境报道。</p><p>柯远，明江晚报摄影记者。</p></div>
<div class="sd-editor">编辑：詹宁　校对：任小禾</div></div>
""" + related([("明江流域生态补偿机制实施五年（记者 穆清）", "2024-09-20"), ("非法采砂专项整治回头看", "2024-07-14 08:00")], "深读推荐") +
    hot(["明江大桥夜间限行通知", "冬季供暖时间确定", "地铁一号线东延段开通"]) +
    sitemap("明江新闻网") + '<div class="ft">明江新闻网 版权所有 © 2012-2024 明ICP备12001234号</div></body></html>',
    note="Chapter headings are text. The 原标题 line, the 作者简介 box and the '（作者系本报记者）' note are not. 柯远 writes and "
         "photographs. 校对 → editor. Text spans four <section>s and a fold."))
