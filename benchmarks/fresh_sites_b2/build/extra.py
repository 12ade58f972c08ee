"""More traps: institution-only credit, flash news, wire dateline reposts, video news, photo galleries."""
from common import Page, ad, footer, hot, nav, related
from pool import CULTURE, FARM, HEALTH, RIVER, TECH, TRANSIT

PAGES: list[Page] = []

PAGES.append(Page(
    name="qyhb_institution_author", kind="county bureau website news: 作者：县生态环境局办公室, 来源：县生态环境局, 审核 line, no person writing",
    url="http://hbj.qingyu.gov.cn/xwdt/gzdt/202406/t20240605_90211.html",
    title="县生态环境局开展“六五环境日”主题宣传活动",
    published_at="2024-06-05 17:48:09", authors=[], source="青屿县生态环境局", media="青屿县生态环境局", editors=["李红梅"],
    blocks=["6月5日是第五十三个世界环境日，也是我国第十个“六五环境日”。当天上午，县生态环境局联合县水务局、临溪镇人民政府在青屿河湿地公园开展主题宣传活动。",
            "活动现场设置了咨询台和展板，工作人员向过往群众发放宣传资料，讲解垃圾分类、节水节电等环保知识，并就群众关心的河道保护、噪声污染等问题进行了解答。",
            RIVER[4], RIVER[8], RIVER[9], ("img", "/images/0605.jpg"), ("cap", "活动现场"), RIVER[5], RIVER[11],
            "下一步，县生态环境局将持续开展环保宣传进社区、进学校、进企业活动，引导广大群众自觉践行绿色低碳的生活方式，共同守护青屿的绿水青山。"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title><meta name="PubDate" content="2024-06-05 17:48:09"></head><body>
<div class="top">青屿县生态环境局</div>""" + nav(["首页", "机构概况", "新闻动态", "政务公开", "环境质量", "互动交流"]) + """
<div class="con"><h2>{TITLE}</h2><div class="xx">作者：县生态环境局办公室　来源：青屿县生态环境局　发布时间：2024-06-05 17:48:09　【<a>打印</a>】</div>
<div class="zw">
{BODY}
</div><div class="sh">审核：李红梅</div>
<div class="xg">上一篇：<a>关于2024年5月全县环境空气质量状况的通报</a>（2024-06-03）</div></div>
<div class="foot">青屿县生态环境局 版权所有 ©2020-2024 地址：青屿县城南路8号</div></body></html>""",
    note="The 作者 field holds an office (an organisation) → [] by the rules."))

PAGES.append(Page(
    name="zhongzhou_kuaixun_flash", kind="finance flash (快讯) list page: the article is one flash among several, each with its own time; 中洲财经讯 opening, （记者 A）at the end of the flash",
    url="https://finance.zhongzhoucj.com/kuaixun/2024/1106/201133.html",
    title="澜江高新区产业引导基金规模扩至80亿元",
    published_at="2024-11-06 15:32:10", authors=["朱泓"], source="中洲财经", media="中洲财经",
    blocks=["中洲财经讯 11月6日，澜江高新区管委会宣布，区产业引导基金规模由五十亿元扩大至八十亿元，新增部分将重点投向智能制造、新材料和生物医药领域。" + TECH[3] + TECH[9] + "（记者 朱泓）"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}_快讯_中洲财经</title></head><body>
<div class="top">""" + nav(["首页", "快讯", "宏观", "公司", "市场"]) + """</div>
<div class="kx-detail"><h1>{TITLE}</h1><div class="kx-time">2024-11-06 15:32:10</div>
<div class="kx-content">
{BODY}
</div><div class="kx-tip">风险提示：本文内容仅供参考，不构成投资建议。</div></div>
<div class="kx-list"><h3>7×24小时快讯</h3><ul>
<li><span>15:40</span><a>云川省前十月外贸进出口同比增长5.2%（记者 钱悦）</a></li>
<li><span>15:28</span><a>澜江地铁四号线完成全部车站主体施工</a></li>
<li><span>15:02</span><a>A股三大指数午后集体走强</a></li>
<li><span>14:51</span><a>某光伏企业发布三季度业绩预告（记者 朱泓）</a></li></ul></div>
""" + footer("中洲财经传媒", "沪ICP备13001122号", "2013-2024") + "</body></html>",
    note="Short flash (under 500 characters, on purpose): the neighbouring flashes carry times and reporters (one the same reporter)."))

PAGES.append(Page(
    name="yunfan_wire_dateline_repost", kind="portal repost of a wire story: dateline '新华社澜江5月3日电（记者张三丰、李慕白）' with names joined by 、 and no spaces, 来源：新华社, portal editor, related wire items",
    url="https://news.yunfan.com/a/20240503/n4519920.shtml",
    title="云川省澜江市：“稻渔共生”让一田多收",
    published_at="2024-05-03 16:27:51", authors=["张三丰", "李慕白"], source="新华社", media="云帆网", editors=["白露"],
    blocks=["新华社澜江5月3日电（记者张三丰、李慕白）" + FARM[3], FARM[0], FARM[2], ("img", "/img/0503/x.jpg"),
            ("cap", "5月2日，农民在临溪镇的稻田里投放小龙虾苗。新华社记者 李慕白 摄"), FARM[6], FARM[9], FARM[11], FARM[7]],
    photographers=["李慕白"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}_云帆网</title></head><body>
<div class="header">""" + nav(["首页", "新闻", "财经", "科技"]) + """</div><div class="article"><h1>{TITLE}</h1>
<div class="article-info"><span class="time">2024-05-03 16:27:51</span> <span class="source">来源：新华社</span></div>
<div class="article-content">
{BODY}
</div><p class="editor">责任编辑：白露_NF2087</p></div>
""" + related([("新华社记者：春耕一线见闻", "2024-04-20"), ("（新华社记者 王晓）春播进度过半", "2024-04-28 09:00")], "相关新闻")
    + footer("云帆网络科技有限公司", "京ICP证090912号", "1999-2024") + "</body></html>",
    note="Wire dateline with names run together by 、 without spaces. 李慕白 is also photographer of the caption."))

PAGES.append(Page(
    name="dongan_video_news", kind="TV station site video news page: a player, a short text summary, credits '记者：A B　摄像：C　编辑：D' under the video, playlist with dates and durations",
    url="https://www.donganwang.com/video/2024/0925/v_88120.html",
    title="【澜江新闻】智能工厂里的“机器人同事”",
    published_at="2024-09-25 20:15", authors=["叶晴", "宋楠"], photographers=["包建"], editors=["方雯"], media="东岸网", source="澜江电视台",
    blocks=[("video", "智能工厂里的机器人同事"), TECH[0], TECH[8], TECH[2], TECH[10], TECH[12],
            ("raw", '<p class="credit">记者：叶晴 宋楠　摄像：包建　编辑：方雯</p>', "")],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}_东岸网视频</title></head><body>
<div class="hd"><a href="/">东岸网</a> 视频</div><div class="player"><h1>{TITLE}</h1><div class="vinfo">发布时间：2024-09-25 20:15　来源：澜江电视台　时长：03:42　播放：2.1万</div>
<div class="vtext">
{BODY}
</div></div><div class="playlist"><h3>节目单</h3><ul>
<li><a>【澜江新闻】2024年9月25日完整版</a> 28:10 2024-09-25</li><li><a>【澜江新闻】老街夜市人气旺</a> 02:05 2024-09-24</li>
<li><a>【东岸观察】专访高新区负责人</a> 12:33 2024-09-20</li></ul></div>
""" + footer("东岸网", "云ICP备18000001号-2", "2018-2024") + "</body></html>",
    note="摄像 counts as 视频/photographer under the rules. The credit line is not text."))

PAGES.append(Page(
    name="ljdaily_photo_gallery", kind="photo gallery (图集): a short intro then many captions each ending （X 摄）, from two photographers, byline '本报记者 A' in the intro line, page numbers 1/8",
    url="https://www.ljdaily.cn/tuji/2024-09/16/content_30610072.htm",
    title="组图｜稻渔共生 丰收在望",
    published_at="2024-09-16 18:45", authors=["孙立"], photographers=["孙立", "钱程"], source="澜江日报", media="澜江日报网",
    blocks=["秋分将至，临溪镇的稻渔综合种养基地迎来丰收季，金黄的稻田里，小龙虾和鱼儿游弋其间。（本报记者 孙立）",
            ("img", "/t/1.jpg"), ("cap", "9月15日，农民在临溪镇稻田里收获小龙虾。 孙立 摄"),
            ("img", "/t/2.jpg"), ("cap", "农机手驾驶收割机在稻田里作业。 孙立 摄"),
            ("img", "/t/3.jpg"), ("cap", "农技人员在田间查看水稻长势。 钱程 摄"),
            ("img", "/t/4.jpg"), ("cap", "直播间里，主播正在推介新上市的富硒大米。 钱程 摄"),
            ("img", "/t/5.jpg"), ("cap", "稻田旁的烘干中心即将投入使用。 孙立 摄"),
            FARM[3], FARM[6]],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}-澜江日报网</title></head><body>
<div class="hd"><a href="/">澜江日报网</a> 图片</div><div class="gallery"><h1>{TITLE}</h1><div class="info">2024-09-16 18:45　来源：澜江日报</div>
<div class="pic-box">
{BODY}
</div><div class="pager"><a>上一张</a> <span>1/8</span> <a>下一张</a></div></div>
<div class="more-gallery"><h3>更多图集</h3><ul><li><a>组图｜老街夜色</a> 2024-09-10</li><li><a>组图｜台风过后</a> 2024-07-22</li></ul></div>
""" + footer("澜江日报网", "云ICP备10001234号", "2010-2024") + "</body></html>",
    note="Gallery: captions are the text; 孙立 both writes (本报记者 in the intro) and photographs."))

PAGES.append(Page(
    name="ljdaily_long_feature_multi", kind="long in-depth feature (~6,000 characters): six sections with subheadings, video blocks, captions （图为… X摄）, pull quotes, an inline related box and an ad mid-text; bylines '本报记者 A B C' top and '统筹：D' at the end",
    url="https://www.ljdaily.cn/content/2024-10/01/content_30620001.htm",
    title="澜江十年：一座城市的六个切面",
    published_at="2024-10-01 00:05", authors=["孙立", "何雨", "梁爽"], photographers=["钱程", "孙立"], source="澜江日报", media="澜江日报网",
    editors=["周颖"],
    blocks=[("raw", "<p>本报记者　孙立　何雨　梁爽</p>", ""),
            ("raw", '<div class="lead">十年间，这座城市的地下多了三条地铁，河里回来了鱼，老街重新亮起了灯笼。我们选取六个切面，记录它的变化。</div>',
             "十年间，这座城市的地下多了三条地铁，河里回来了鱼，老街重新亮起了灯笼。我们选取六个切面，记录它的变化。"),
            ("h", "切面一：地下的城市"), TRANSIT[6], TRANSIT[0], TRANSIT[2], ("video", "航拍四号线跨江段"), TRANSIT[8], TRANSIT[11],
            ("cap", "（图为正在施工的四号线东岚新区站。 钱程摄）"), ("quote", "“地铁是城市空间布局的骨架。”"), TRANSIT[7],
            ("h", "切面二：一条河的回归"), RIVER[0], RIVER[1], RIVER[3], RIVER[8], ("cap", "（图为青屿河湿地公园。 孙立摄）"), RIVER[5],
            ("ad", ad(31)),
            ("h", "切面三：田里的新农人"), FARM[0], FARM[6], FARM[9], FARM[5], FARM[12],
            ("raw", '<div class="inline-rel">相关报道：<a>《临溪镇集中育秧 两万亩稻田用上“工厂秧”》</a>（2009年3月12日本报A1版 记者 张建国）</div>', ""),
            ("h", "切面四：车间里的“智”变"), TECH[0], TECH[1], TECH[2], TECH[8], ("video", "协作机器人装配线"), TECH[11], TECH[6],
            ("h", "切面五：家门口的好医生"), HEALTH[1], HEALTH[0], HEALTH[10], HEALTH[7], ("quote", "“不用跑远路，还能看上大专家。”"), HEALTH[6],
            ("h", "切面六：老街的烟火气"), CULTURE[0], CULTURE[7], CULTURE[11], CULTURE[9], ("cap", "（图为老街夜景。 钱程摄）"), CULTURE[5],
            "十年，在城市的历史里只是一瞬。但对生活在这里的人来说，每一条新开的线路、每一段变清的河水、每一盏重新亮起的灯笼，都是实实在在的日子。",
            ("raw", "<p>统筹：周颖</p>", "")],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE} - 澜江日报网</title>
<meta property="article:published_time" content="2024-10-01T00:05:00+08:00"><meta property="article:modified_time" content="2024-10-02T10:11:00+08:00"></head><body>
<div class="header"><a class="logo" href="/">澜江日报网</a>""" + nav(["首页", "要闻", "专题", "深读", "数字报"]) + """</div>
<div class="container"><div class="art"><div class="topic-tag">深读·国庆特别报道</div><h1>{TITLE}</h1>
<div class="info"><span>2024-10-01 00:05</span>　<span>来源：澜江日报</span>　<span>更新时间：2024-10-02 10:11</span></div><div class="art-body">
{BODY}
</div><p class="edit">责任编辑：周颖</p></div>
""" + related([("澜江地铁运营里程突破百公里", "2023-12-28"), ("青屿河获评省级美丽河湖（记者 刘伟）", "2023-11-02"), ("老街修缮完工 明清风貌重现", "2024-06-03")], "专题报道")
    + hot(["国庆假期出行指南", "老街国庆夜游延时"]) + "</div>" + footer("澜江日报网", "云ICP备10001234号", "2010-2024") + "</body></html>",
    note="统筹 is an editor-like role (not in either list; labelled editor since 周颖 is also 责任编辑). The 2009 related box names another reporter and date. Update time is not the publication time."))
