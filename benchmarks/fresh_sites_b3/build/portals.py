"""Portal and regional news pages: bylines in an info bar, at the end, meta holding the editor or site; bodies split
across containers (ad iframe, video player, 展开全文 fold), span runs with &nbsp;, pagination."""
from common import Page, comments, footer, head_scripts, hot, nav, related, sitemap

PAGES: list[Page] = []

PAGES.append(Page(
    name="lanhai_infobar_meta_editor", body="span",
    kind="regional portal: info bar '来源：澜海日报　作者：邹文杰', meta name=author holding the EDITOR, closing '（责任编辑：宁涛）' "
         "inside the body container, body as span runs in divs; hot ranking and related list with reporters and dates",
    url="https://www.lanhaiwang.cn/news/2024-08/21/content_5518204.shtml",
    title="鹭川湿地迎来首批越冬候鸟 数量较去年同期增加两成",
    published_at="2024-08-21 16:42", authors=["邹文杰"], editors=["宁涛"], source="澜海日报", media="澜海网",
    blocks=["随着气温逐渐下降，鹭川湿地迎来了今年首批越冬候鸟。记者日前在湿地观测站看到，上千只白鹭、苍鹭和斑嘴鸭在浅滩上觅食、嬉戏，场面十分壮观。",
            "湿地管理处监测数据显示，截至八月二十日，今年已记录到越冬候鸟二十三种、四千六百余只，数量较去年同期增加约两成。其中，国家二级保护动物白琵鹭首次在八月份被观测到。",
            "“候鸟来得早、来得多，说明湿地的生态环境越来越好了。”湿地管理处工作人员介绍，近年来，鹭川湿地实施了退塘还湿、水系连通等工程，恢复湿地面积一千二百多亩，还在核心区种植了芦苇、菖蒲等水生植物，为候鸟提供了充足的食物和栖息空间。",
            "为了减少人为干扰，管理处在候鸟集中区域设置了隔离带和观鸟屏风，并安排巡护员每天巡查两次。观测站的高清摄像头可以全天候记录候鸟的活动，市民也可以通过手机小程序在线观鸟。",
            "据介绍，每年八月至次年四月是鹭川湿地的候鸟观测期，高峰期将出现在十一月前后。管理处提醒市民，观鸟时请保持安静，不要投喂、惊扰鸟类，更不要捕捉野生鸟类。",
            ("raw", '<div class="txt-p" style="text-align:right;"><span>（责任编辑：宁涛）</span></div>', "")],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>鹭川湿地迎来首批越冬候鸟 数量较去年同期增加两成_澜海网</title>
<meta name="author" content="宁涛"><meta name="keywords" content="鹭川湿地,候鸟,白鹭">""" + head_scripts("lanhaiwang.cn") + """</head><body>
""" + nav(["首页", "澜海要闻", "区县", "民生", "财经", "文旅", "教育", "健康", "视频", "图片", "专题", "评论"]) + """
<div class="crumb">您的位置：<a>首页</a> &gt; <a>澜海要闻</a> &gt; 正文</div>
<div class="article"><h1>鹭川湿地迎来首批越冬候鸟 数量较去年同期增加两成</h1>
<div class="info">2024-08-21 16:42&nbsp;&nbsp;来源：澜海日报&nbsp;&nbsp;作者：邹文杰&nbsp;&nbsp;<a class="fs">字号：大 中 小</a></div>
<div class="content" id="content">
{BODY}
</div><div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div></div>
""" + related([("鹭川湿地新增三处观鸟点（记者 邹文杰）", "2024-06-11"), ("全市湿地保护率提高到六成", "2024-05-22 09:10"),
               ("候鸟迁徙季 这些区域禁止垂钓", "2023-11-02")]) + hot(["澜海地铁三号线北延段开通", "中秋假期天气预报来了",
                                                        "市区新增12处停车场", "高温补贴发放标准公布"]) + sitemap("澜海网") +
    footer("澜海网", "澜ICP备11000123号", "2011-2024", "澜海日报社主办") + "</body></html>",
    note="meta author is the editor (宁涛, as the closing 责任编辑 line shows), not the author; the info bar credits 邹文杰."))

PAGES.append(Page(
    name="xinghai_end_pipe_byline", body="p",
    kind="city portal feature: meta author = the site name; the only byline is '丁晓冉 | 文' / '韩溯 | 图' lines after the last "
         "paragraph, then '编辑 | 杜衡', '校对 | 邵一'; a 往期回顾 list with dates",
    url="https://www.xinghaicity.com/life/202406/t20240612_118820.html",
    title="凌晨四点的早点铺：一碗豆浆背后的三十年",
    published_at="2024-06-12 07:00", authors=["丁晓冉"], photographers=["韩溯"], editors=["杜衡", "邵一"], media="星海城市网",
    blocks=["凌晨四点，星海老城区的青石巷还笼罩在夜色里，巷口那家早点铺已经亮起了灯。六十二岁的柯阿婆把泡了一夜的黄豆倒进磨浆机，轰鸣声中，一天的忙碌开始了。",
            "这家没有招牌的早点铺，街坊们都叫它“柯家豆浆”。三十年来，它的菜单几乎没变过：豆浆、油条、糯米饭、葱油饼。豆浆一块五一碗，十年前是一块，三十年前是两毛。",
            "“黄豆要泡足八个小时，磨好的浆要用纱布滤两遍，再用小火慢慢煮，中间不停地搅，不然会糊底。”柯阿婆一边说，一边用长柄勺在大锅里画着圈。她的儿子负责炸油条，面是前一天晚上和好的，醒了整整一夜。",
            ("img", "/life/202406/dj1.jpg"), ("cap", "柯阿婆在煮豆浆。"),
            "五点半，第一批客人到了。环卫工人老孙每天都是第一个，他的早饭固定是一碗咸豆浆加一根油条。“吃了二十多年，换了别家就是不习惯。”",
            "六点以后，上班族和送孩子上学的家长多了起来，小小的铺子里挤满了人，门口的折叠桌也坐满了。有人拎着保温壶来打豆浆，有人专门开车从新区过来，就为这一口老味道。",
            "前几年，老城改造，不少老店搬走了，柯家豆浆也曾考虑过关门。后来，街道在改造方案里保留了这排老房子，还帮店里换了新的排烟设备。“老街坊舍不得，我们也舍不得。”柯阿婆说。",
            "上午九点，最后一锅豆浆卖完，柯阿婆开始收拾桌椅。明天凌晨四点，这盏灯还会准时亮起。",
            ("raw", '<p class="credit" style="text-align:right;color:#999;">丁晓冉 | 文</p><p class="credit" style="text-align:right;color:#999;">韩溯 | 图</p>', ""),
            ("raw", '<p class="credit" style="color:#999;">编辑 | 杜衡</p><p class="credit" style="color:#999;">校对 | 邵一</p>', "")],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>凌晨四点的早点铺：一碗豆浆背后的三十年-星海城市网</title>
<meta name="author" content="星海城市网"><meta name="description" content="凌晨四点，星海老城区的青石巷还笼罩在夜色里……">""" + head_scripts("xinghaicity.com") + """</head><body>
""" + nav(["首页", "城事", "生活", "美食", "出行", "楼市", "教育", "亲子", "活动", "爆料"]) + """
<div class="art-wrap"><div class="art-head"><span class="tag">城市生活</span><h1>凌晨四点的早点铺：一碗豆浆背后的三十年</h1>
<p class="meta"><span>星海城市网</span><span>2024-06-12 07:00</span><span>阅读 2.6万</span></p></div>
<div class="art-body">
{BODY}
</div>
<div class="review"><h3>往期回顾</h3><ul><li><a>老城最后一家修表铺</a> 2024-05-29</li><li><a>青石巷的夏夜</a> 2024-05-15</li><li><a>一位邮递员的二十年</a> 2024-04-30</li></ul></div></div>
""" + sitemap("星海城市网") + footer("星海城市网", "星ICP备18002211号", "2018-2024") + "</body></html>",
    note="The pipe bylines 'X | 文' put the role after the name. meta author is the site. The credit lines are not text."))

PAGES.append(Page(
    name="yunlu_split_iframe_video_fold", body="p",
    kind="national portal: the body split into three containers — part one, an ad iframe and a video player, a second "
         "content div, then a '展开全文' fold whose hidden div holds the rest; byline '本报记者 A B' in the info bar as '作者：A B', "
         "a summary box '【摘要】' above the body; 24小时热闻 with times",
    url="https://news.yunlu.com.cn/shehui/20240917/a_712033.html",
    title="一张“电子健康档案”如何打通三级医院和村卫生室",
    published_at="2024-09-17 10:05:33", authors=["温若溪", "葛川"], editors=["齐鸣"], source="云麓日报", media="云麓网",
    blocks=["近日，记者在岚溪县多个乡镇走访发现，村民在村卫生室看病时，村医已经可以在电脑上调出他们在县医院、市医院的检查结果和用药记录。这背后，是全县推行一年多的“一人一档”电子健康档案。",
            "“以前病人来看病，问他在大医院开了什么药，很多老人说不清楚，只能拿着药盒来。”柳湾村卫生室村医谭建国说，现在只要刷一下医保卡，病人近三年的就诊记录一目了然，开药时也能避免重复和冲突。",
            ("raw", ('</div><div class="ad-iframe"><iframe src="https://ad.yunlu.com.cn/slot?id=3301" width="640" height="90" frameborder="0" scrolling="no"></iframe></div>'
                    '<div class="video-player" id="vp_3301"><div class="vp-poster"><img src="/v/712033.jpg"><span class="vp-dur">02:16</span></div>'
                    '<p class="vp-title">视频｜村医的“新帮手”</p><p class="vp-tip">视频加载中，请稍候…</p></div><div class="article-content-more">'), ""),
            "据县卫健局介绍，电子健康档案系统于去年五月上线，目前已覆盖全县二十一个乡镇卫生院和二百八十个村卫生室，建档率达到百分之九十三。系统与市级平台联通，县域内各级医疗机构的检查结果可以互认，减少了重复检查。",
            "在县人民医院，信息科负责人向记者演示了系统的转诊功能：村医遇到疑难病例，可以在线发起转诊申请，县医院专科医生接诊后，病人到医院就能直接就诊，不用再重新排队挂号。出院后，医院会把出院小结推送给村医，由村医负责后续的随访。",
            ("raw", '</div><div class="unfold-box"><a class="unfold-btn" href="javascript:;">展开全文 ∨</a></div><div class="article-fold" style="display:none;">', ""),
            "“最难的是让老人愿意用、村医会用。”县卫健局相关负责人坦言，系统推广初期，不少村医年纪偏大，对电脑操作不熟悉。为此，县里组织了三轮集中培训，还给每个村卫生室配备了一名“数字助理”，由大学生村官或年轻村干部担任。",
            "对于个人隐私保护，负责人表示，系统实行分级授权，村医只能查看本村签约居民的档案，所有查询操作都会留下记录，居民也可以通过手机查询谁调阅过自己的档案。",
            "下一步，岚溪县计划将电子健康档案与家庭医生签约服务结合，为高血压、糖尿病等慢性病患者提供个性化的健康管理方案。"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>一张“电子健康档案”如何打通三级医院和村卫生室_云麓网</title>""" + head_scripts("yunlu.com.cn") + """
<meta property="article:published_time" content="2024-09-17T10:05:33+08:00"><meta property="article:modified_time" content="2024-09-18T08:20:00+08:00"></head><body>
""" + nav(["首页", "时政", "社会", "国际", "财经", "科技", "健康", "教育", "文化", "体育", "视频", "直播"]) + """
<div class="main-article"><h1>一张“电子健康档案”如何打通三级医院和村卫生室</h1>
<div class="article-meta"><span class="date">2024-09-17 10:05:33</span><span class="source">来源：云麓日报</span><span class="author">作者：温若溪 葛川</span></div>
<div class="summary-box"><b>【摘要】</b>岚溪县推行“一人一档”电子健康档案一年多，县乡村三级医疗机构检查结果互认、转诊一键直达。</div>
<div class="article-content">
{BODY}
</div><div class="editor-line">责任编辑：齐鸣</div></div>
<div class="news24"><h3>24小时热闻</h3><ul><li><span>09:58</span><a>全国秋粮收获进度过三成</a></li><li><span>09:41</span><a>多地发布中小学秋季作息时间</a></li><li><span>08:30</span><a>（记者 葛川）县域医共体建设观察</a></li></ul></div>
""" + sitemap("云麓网") + footer("云麓网", "麓ICP备05001122号", "2005-2024") + "</body></html>",
    note="Text = part one + the continuation after the iframe/video + the folded part. The 【摘要】 box restates the "
         "story (not written as a paragraph of it) and is left out; the video title/tip are not text."))

PAGES.append(Page(
    name="qingshi_nbsp_dateline_divs", body="nbsp",
    kind="regional newspaper site: body in bare <div>s with &nbsp; indents, opening '本报讯（融媒记者 施一帆 实习生 欧阳晓晓 通讯员 孔令仪）' "
         "with a four-character compound-surname intern (欧阳晓晓), no byline elsewhere; 相关阅读 with bylines; editor line '编辑：X  审核：Y'",
    url="http://www.qingshidaily.com/xw/bd/202405/t20240527_3380.html",
    title="青石县百名“科技特派员”进村入户",
    published_at="2024-05-27", authors=["施一帆", "欧阳晓晓", "孔令仪"], editors=["阮楠", "卫东来"], source="青石日报",
    media="青石日报网",
    blocks=["本报讯（融媒记者 施一帆 实习生 欧阳晓晓 通讯员 孔令仪）5月26日，青石县二〇二四年科技特派员服务启动仪式在县农业科技园举行。来自省农科院、云川农业大学等单位的一百零二名科技特派员，将分赴全县十二个乡镇的一百三十个村开展为期一年的技术服务。",
            "今年的科技特派员涵盖粮油、茶叶、果蔬、畜牧、水产、农机等十六个专业领域。与往年不同的是，县里根据各村提交的需求清单进行“点单式”匹配，每名特派员至少联系一个村和一个农业经营主体。",
            "“去年我们村的茶园得了炭疽病，一下子减产三成，今年终于有专家来指导了。”石门村党支部书记说，村里已经和省农科院的茶叶专家对接好了，下周就到茶园现场看病。",
            "启动仪式后，科技特派员们与乡镇、村干部进行了面对面交流。县科技局负责人介绍，去年全县科技特派员共推广新品种、新技术八十余项，帮助农户增收二千三百多万元。今年县里还将设立专项资金，对服务成效突出的特派员给予奖励。",
            "据悉，青石县从二〇一九年开始实施科技特派员制度，累计选派特派员四百余人次，建立科技示范基地三十六个。"],
    html="""<!DOCTYPE html><html><head><meta charset="gb2312"><title>青石县百名“科技特派员”进村入户 - 青石日报网</title>""" + head_scripts("qingshidaily.com") + """</head><body>
""" + nav(["首页", "本地新闻", "县域动态", "乡村振兴", "图片", "视频", "数字报"]) + """
<div class="w1000"><div class="title-box"><div class="t1">青石县百名“科技特派员”进村入户</div>
<div class="t2">发布时间：2024-05-27&nbsp;&nbsp;&nbsp;来源：青石日报&nbsp;&nbsp;&nbsp;浏览量：<span id="hits">1208</span></div></div>
<div class="detail" id="detail">
{BODY}
</div><div class="bj">编辑：阮楠&nbsp;&nbsp;审核：卫东来</div>
<div class="xgyd"><h4>相关阅读</h4><p><a>（记者 施一帆）春茶开采 茶农忙</a>&nbsp;2024-04-02</p><p><a>县科技局：今年新建示范基地五个</a>&nbsp;2024-03-15</p></div></div>
""" + footer("青石日报社", "青ICP备09001100号", "2009-2024", "地址：青石县人民路18号") + "</body></html>", encoding="gbk",
    note="GBK page. 融媒记者, 实习生 and 通讯员 all count as authors; 欧阳晓晓 is one name (compound surname). "
         "Date shown as a day only."))

PAGES.append(Page(
    name="yunlu_pagination_first_page", body="p",
    kind="portal article page 1 of 3: '第1页 下一页 尾页' pager, byline '记者 唐睿 文/摄' in the first line (both author and "
         "photographer), the text of page 1 only; 延伸阅读 and comments",
    url="https://news.yunlu.com.cn/wenlv/20241012/a_718204.html",
    title="走进古窑址：千年青瓷的“复活”之路",
    published_at="2024-10-12 14:20", authors=["唐睿"], photographers=["唐睿"], editors=["齐鸣"], source="云麓日报", media="云麓网",
    blocks=[("raw", "<p><strong>记者 唐睿 文/摄</strong></p>", ""),
            "秋日的岚溪县龙窑村，山坡上层层叠叠的窑址遗迹在阳光下泛着青光。这里是宋代青瓷的重要产地之一，考古人员已在周边发现窑址四十余处。如今，一群年轻的手艺人正在尝试让沉睡千年的青瓷技艺重新“活”过来。",
            "三十四岁的陶艺师柏舟是龙窑村人，大学学的是陶瓷设计，毕业后在外地工作了几年，五年前回到家乡，在村里租下一间老屋做工作室。“小时候在山上玩，随手就能捡到碎瓷片，那种青色一直印在脑子里。”",
            "复原古代青瓷最难的是釉色。柏舟和同伴们从窑址采集瓷片样本，送到高校实验室分析成分，再用本地的瓷土和草木灰反复试验。“光釉方就试了三百多个，烧坏的坯子堆满了半间屋子。”",
            ("img", "/wenlv/1012/1.jpg"), ("cap", "柏舟在工作室里拉坯。"),
            "前年，他们按照古法重建了一座长二十八米的龙窑，以松柴为燃料，一窑要连续烧三十多个小时。开窑那天，全村人都来看，当第一件釉色青翠的梅瓶从窑里取出来时，不少老人红了眼眶。"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>走进古窑址：千年青瓷的“复活”之路_云麓网</title>""" + head_scripts("yunlu.com.cn") + """</head><body>
""" + nav(["首页", "时政", "社会", "国际", "财经", "科技", "健康", "教育", "文化", "文旅", "视频", "直播"]) + """
<div class="main-article"><h1>走进古窑址：千年青瓷的“复活”之路</h1>
<div class="article-meta"><span class="date">2024-10-12 14:20</span><span class="source">来源：云麓日报</span></div>
<div class="article-content">
{BODY}
</div><div class="pager"><span class="cur">第1页</span><a href="a_718204_2.html">第2页</a><a href="a_718204_3.html">第3页</a><a href="a_718204_2.html">下一页</a><a href="a_718204_3.html">尾页</a></div>
<div class="editor-line">责任编辑：齐鸣</div></div>
""" + related([("龙窑村入选省级传统村落", "2024-08-30"), ("青瓷文化节下月开幕 记者 唐睿", "2024-10-08 17:45")], "延伸阅读") +
    comments([("瓷迷老周", "2024-10-12 15:02", "去年去过龙窑村，很值得一看"), ("青青子衿", "2024-10-12 16:40", "期待第二页")]) +
    sitemap("云麓网") + footer("云麓网", "麓ICP备05001122号", "2005-2024") + "</body></html>",
    note="Only page 1 of a three-page article is on this page, so the gold text is page 1. The first line '记者 唐睿 文/摄' "
         "is a credit line inside the body container: not text (as credit lines in the earlier sets)."))
