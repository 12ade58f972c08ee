"""County 融媒体中心 and county-government pages: '来源：X县融媒体中心 作者：A B 编辑：C' with ethnic-minority names
(middle dots), an event date in the headline area besides the publication time with 作者：admin, and an info bar
'作者：未知' while the body's first line credits '文/图 融媒记者 X'."""
from common import Page, head_scripts, nav, related, sitemap

PAGES: list[Page] = []
CNAV = ["首页", "时政要闻", "乡镇动态", "部门动态", "民生关注", "文明创建", "乡村振兴", "视频新闻", "图片新闻"]

PAGES.append(Page(
    name="qianfeng_county_minority_names", body="span",
    kind="county 融媒体中心 site: info bar '来源：千峰县融媒体中心　作者：阿不都·热合曼 古丽娜尔·吐尔逊　编辑：马晓燕', time "
         "'2024-07-03 19:26', closing '审核：艾尔肯·买买提　终审：周立平' line; names with middle dots, split by a space",
    url="https://www.qianfeng.example-rmt.cn/xwzx/xzdt/202407/t20240703_118420.html",
    title="千峰县杏子进入采摘季 “线上+线下”拓宽销路",
    published_at="2024-07-03 19:26", authors=["阿不都·热合曼", "古丽娜尔·吐尔逊"],
    editors=["马晓燕", "艾尔肯·买买提", "周立平"], source="千峰县融媒体中心", media="千峰县融媒体中心",
    blocks=["眼下，千峰县二十多万亩杏子陆续成熟，果农们抢抓晴好天气采摘、分拣、装箱，田间地头一片繁忙。",
            "在托格拉克乡的一片杏园里，果农伊力哈木正带着家人采摘“小白杏”。他告诉记者，今年雨水少、光照足，杏子个头大、糖分高，每公斤收购价比去年高出一块多钱。“家里十五亩杏园，预计能收入十万元左右。”",
            "为了让杏子卖得更远、卖得更好，县里在主产乡镇建起了六座冷链保鲜库，采摘后的杏子经过预冷处理，可以延长保鲜期五到七天。同时，县电子商务服务中心组织了三十多名本地主播，在田间地头直播带货，单场直播最高卖出了八千多单。",
            "在县城的电商产业园里，分拣车间同样一片忙碌。工人们按照大小、成熟度将杏子分级装箱，贴上溯源二维码后直接发往全国各地。一家电商企业负责人说，今年他们与快递公司签订了协议，杏子从果园到消费者手中最快只需四十八小时。",
            "县农业农村局相关负责人介绍，今年全县杏子产量预计超过十二万吨，其中通过电商和冷链物流销往区外的比例将达到四成。下一步，县里还将引进果脯、果酱等精深加工企业，进一步延长产业链，让杏子成为群众增收的“金果子”。"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>千峰县杏子进入采摘季 “线上+线下”拓宽销路_乡镇动态_千峰县融媒体中心</title>
<meta name="ArticleTitle" content="千峰县杏子进入采摘季 “线上+线下”拓宽销路"><meta name="PubDate" content="2024-07-03 19:26">
<meta name="ContentSource" content="千峰县融媒体中心">""" + head_scripts("qianfeng.example-rmt.cn") + """</head><body>
""" + nav(CNAV) + """
<div class="detail"><h1>千峰县杏子进入采摘季 “线上+线下”拓宽销路</h1>
<div class="detail-info"><span>来源：千峰县融媒体中心</span>　<span>作者：阿不都·热合曼 古丽娜尔·吐尔逊</span>　<span>编辑：马晓燕</span>　<span>2024-07-03 19:26</span></div>
<div class="detail-con">
{BODY}
</div>
<div class="shenhe">审核：艾尔肯·买买提　终审：周立平</div></div>
""" + related([("千峰县举办首届杏花节", "2024-04-02"), ("托格拉克乡建成冷链保鲜库", "2024-06-18")], "相关新闻") + sitemap("千峰县融媒体中心") + """
<div class="ft">主办：千峰县融媒体中心　备案号：新ICP备2019000123号</div></body></html>""",
    note="Two names with middle dots in the 作者 field, separated by one space → two authors, dots kept. 编辑/审核/终审 "
         "→ editors (终审 as a review role, see qingmu). The farmer 伊力哈木 is quoted, not an author."))

PAGES.append(Page(
    name="baiyang_county_gov_event_date_admin", body="pi",
    kind="county government portal 部门动态: headline area shows the event day '活动时间：2024年3月12日' under a '3·12' title, "
         "info line '发布时间：2024-03-15 09:30:12　信息来源：白杨县林业局　作者：admin　浏览次数：' and a 分享/打印 bar",
    url="http://www.baiyang.example.gov.cn/bmdt/202403/t20240315_331902.html",
    title="“3·12”植树节 白杨县干部群众义务植树两万株",
    published_at="2024-03-15 09:30:12", authors=[], source="白杨县林业局", media="白杨县人民政府",
    blocks=["3月12日是第四十六个全国植树节。当天上午，白杨县在城北生态廊道开展义务植树活动，县直机关干部、驻县部队官兵、学校师生和志愿者共一千二百余人参加，栽下侧柏、国槐、海棠等苗木两万余株。",
            "植树现场，大家分工协作，挥锹铲土、扶苗填坑、提水浇灌，干得热火朝天。县林业局技术人员在现场巡回指导，讲解苗木栽植和养护的要点，确保栽一棵、活一棵。",
            "城北生态廊道全长九公里，是县城北部重要的生态屏障。近三年来，县里通过义务植树、认建认养等方式，在廊道两侧累计植树二十多万株，绿化面积超过三千亩，昔日的荒坡沙地变成了市民休闲健身的好去处。",
            "在植树现场，县第二中学的学生们还给新栽下的树苗挂上了写有班级名称的“认养牌”。带队老师说，学生们将定期来给树苗浇水、除草，在劳动中增强生态保护意识。",
            "县林业局负责人表示，今年全县计划完成人工造林一万五千亩、退化林修复八千亩，并将在春季植树期间组织开展“植纪念树、造纪念林”活动，引导群众积极参与国土绿化。"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>“3·12”植树节 白杨县干部群众义务植树两万株-白杨县人民政府</title>
<meta name="SiteName" content="白杨县人民政府"><meta name="ColumnName" content="部门动态"><meta name="Author" content="admin">
<meta name="PubDate" content="2024-03-15 09:30:12"></head><body>
<div class="gov-top"><img src="/images/guohui.png"><span>白杨县人民政府</span><a>无障碍</a><a>长者模式</a></div>
""" + nav(["首页", "走进白杨", "政务公开", "政务服务", "互动交流", "专题专栏"]) + """
<div class="crumb">您当前的位置：首页 &gt; 政务公开 &gt; 部门动态</div>
<div class="article"><h1>“3·12”植树节 白杨县干部群众义务植树两万株</h1>
<p class="event">活动时间：2024年3月12日　活动地点：城北生态廊道</p>
<div class="info">发布时间：2024-03-15 09:30:12　信息来源：白杨县林业局　作者：admin　浏览次数：<span>415</span></div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="tools"><a>【打印本页】</a><a>【关闭窗口】</a><span>分享到：微信 微博</span></div></div>
<div class="gov-ft"><p>主办：白杨县人民政府办公室　承办：白杨县政务服务和大数据管理局</p><p>网站标识码：6501230007　备案号：新ICP备18003321号</p></div></body></html>""",
    note="Two dates: the event day (活动时间 3月12日, also the headline's 3·12) vs the page's 发布时间 → published_at "
         "is the 发布时间. 作者：admin (and meta Author) is a placeholder → []. 信息来源 names the bureau that supplied "
         "the item → source (the credited origin, as 来源). The 活动时间 line is not text."))

PAGES.append(Page(
    name="liuxi_county_weizhi_wentu_firstline", body="p",
    kind="county media page: info bar '作者：未知　来源：柳溪县融媒体中心　发布时间：2024年05月20日 17:45', the body's first "
         "line '文/图 融媒记者 尚可欣' (a <p> of its own, centred), a photo caption without credit, 编辑/审核 in one line",
    url="https://www.liuxi.example-rongmei.cn/content/2024-05/20/content_60312.html",
    title="柳溪“夜经济”点亮小县城",
    published_at="2024-05-20 17:45", authors=["尚可欣"], photographers=["尚可欣"], editors=["潘婷", "陆正"],
    source="柳溪县融媒体中心", media="柳溪县融媒体中心",
    blocks=[("raw", '<p style="text-align:center;">文/图 融媒记者 尚可欣</p>', ""),
            "夜幕降临，柳溪县滨河路的“柳岸夜市”渐渐热闹起来。烧烤、米粉、糖水、手工饰品……两百多个摊位一字排开，吆喝声、音乐声此起彼伏，前来逛吃的市民和游客摩肩接踵。",
            "“以前晚上八点以后，县城街上就没什么人了。”在夜市卖酸辣粉的摊主蒙大姐说，她的摊位每天晚上能卖出两百多碗，“周末生意更好，要备三百碗的料”。",
            ("img", "/upload/2024/05/20/yeshi.jpg"),
            ("cap", "“柳岸夜市”吸引了众多市民和游客。"),
            "去年以来，柳溪县把发展夜间经济作为促消费、稳就业的重要抓手，对滨河路进行了亮化改造，统一规划摊位，配套建设了公共厕所、停车场和垃圾收集点，并对入驻摊主实行前三个月免收摊位费。",
            "县商务部门的数据显示，夜市开业一年来，共带动就业六百余人，日均客流量超过一万人次，周末最高达到三万人次。不少外地游客专门驱车前来，夜市周边的酒店、民宿入住率也明显提高。",
            "为了让夜市既热闹又有序，县里组建了由市场监管、城管、公安等部门组成的联合服务队，每晚在夜市巡查，重点检查食品安全和消防安全，并设置了投诉服务点，市民遇到问题可以现场反映。",
            "下一步，柳溪县将在夜市引入非遗展示、文艺演出等内容，打造集美食、购物、文化于一体的夜间消费街区。"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>柳溪“夜经济”点亮小县城</title>""" + head_scripts("liuxi.example-rongmei.cn") + """</head><body>
""" + nav(CNAV) + """
<div class="main"><div class="tit"><h2>柳溪“夜经济”点亮小县城</h2></div>
<div class="info"><span>作者：未知</span>　<span>来源：柳溪县融媒体中心</span>　<span>发布时间：2024年05月20日 17:45</span></div>
<div class="content" id="content">
{BODY}
</div>
<div class="editor">编辑：潘婷　审核：陆正</div></div>
""" + related([("柳溪县端午龙舟赛6月8日开赛", "2024-05-18"), ("滨河路亮化工程完工 融媒记者 尚可欣", "2024-04-26")], "推荐阅读") + """
<div class="ft">柳溪县融媒体中心 版权所有</div></body></html>""",
    note="作者：未知 is a placeholder; the byline '文/图 融媒记者 尚可欣' (first line of the body, a credit line, not "
         "text) makes her author and photographer. 编辑 and 审核 → editors."))
