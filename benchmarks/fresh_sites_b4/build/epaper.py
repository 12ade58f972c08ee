"""City-paper e-paper article pages: 版次/版名, the edition date only, and the list of the edition's other articles
with their own bylines beside the article."""
from common import Page

PAGES: list[Page] = []


def edition_list(items: list[tuple[str, str]], head: str) -> str:
    rows = "".join(f'<tr><td class="nl"><a href="content_{i}.htm">{t}</a><br><span class="by">{b}</span></td></tr>'
                   for i, (t, b) in enumerate(items, 3301))
    return f'<table class="edition-list" width="280"><tr><td class="eh">{head}</td></tr>{rows}</table>'


PAGES.append(Page(
    name="hexi_epaper_table_edition_list", body="td",
    kind="e-paper article page in a table layout: '2024年03月15日 星期五 | 第A05版：城事', 肩题 + headline in <td>, a "
         "standalone '■本报记者 雷鸣远 通讯员 花语晴' line above the body, the edition's other articles listed at the "
         "right with their own bylines, 版面导航 and 往期回顾",
    url="https://epaper.hexidaily.example.cn/html/2024-03/15/content_3298.htm",
    title="老旧小区加装电梯 今年将再“上新”一百部",
    published_at="2024-03-15", authors=["雷鸣远", "花语晴"], source=None, media="河西日报",
    blocks=["“电梯开始装了，我们楼里的老人都盼着呢。”3月14日，在河西区秀水苑小区十二栋楼下，七十二岁的居民殷大爷看着施工人员忙碌的身影，高兴地说。这栋建于一九九六年的七层住宅楼，是今年全区第一批开工加装电梯的老楼之一。",
            "记者从区住建局了解到，去年全区老旧小区共加装电梯八十六部，今年计划再加装一百部。为了加快进度，区里推出了“一站式”审批，居民提交申请后，规划、消防、特种设备等部门并联审查，审批时间由原来的两个月压缩到二十个工作日。",
            "加装电梯最难的，往往是协调同一单元不同楼层住户的意见。低楼层住户担心采光、噪音和房价受影响，高楼层住户则盼着早日装上。秀水苑小区所在的社区组织了五次协调会，请设计单位现场讲解方案，还把电梯井的位置往外移了一米，减少对二楼住户的遮挡，最终全单元十四户都签了字。",
            "费用分担也有了更清晰的办法。按照区里的指导意见，除财政补贴外，其余费用由单元住户按楼层系数分摊，楼层越高分摊越多，一楼住户可不出资。有的单元还约定，电梯运行后的电费和维保费用也按同样比例分摊。",
            "记者在秀水苑小区看到，施工现场已经围起了蓝色挡板，挡板上张贴着工程概况、施工进度表和投诉电话。施工单位负责人介绍，这部电梯采用装配式钢结构井道，大部分构件在工厂预制，现场主要是吊装和拼接，工期比传统方式缩短一半左右，预计五月中旬就能投入使用。",
            "在已经装好电梯的小区，居民的生活有了实实在在的变化。家住青石巷小区六楼的蒋阿姨今年七十五岁，腿脚不便，以前一个星期只下一两次楼，买菜要靠楼下邻居帮忙。“去年电梯装好后，我每天早上都下楼去公园走一圈，还报了社区的老年合唱团。”说起这些，她笑得合不拢嘴。",
            "电梯装好后谁来管、怎么管，也是居民关心的问题。河西区推行“业主自管+专业维保”的方式，每部电梯由单元住户推选一名“梯长”，负责日常巡查、费用收缴和与维保单位对接。区市场监管局则对全区加装电梯实行年度检验全覆盖，并在每部电梯内张贴维保单位的应急电话。",
            "也有一些老楼因为条件限制暂时装不了电梯。比如部分楼栋间距过窄，加装电梯后会影响消防通道；有的楼下管线复杂，迁移费用过高。对此，区里正在研究“爬楼机”租赁、楼道加装扶手和休息座椅等替代办法，尽量满足老年居民的出行需求。",
            "资金方面，今年市、区两级财政对每部加装电梯的补贴标准提高到二十万元，同时允许居民提取住房公积金用于支付加装电梯费用。区住建局还联合多家银行推出了“加梯贷”，为资金暂时有困难的家庭提供低息贷款。",
            "为了让更多居民了解政策，河西区各街道组建了“加梯服务队”，由社区工作者、退休工程师和律师志愿者组成，上门讲解政策、测算费用、协调矛盾。秀水苑小区所在社区的服务队队长说，他们去年一共上门走访了四百多户，“很多矛盾，坐下来算清楚账、说开了就好办了”。",
            "区住建局相关负责人表示，今年还将试点“加梯+改造”模式，在加装电梯的同时，对楼道照明、管线和外墙进行同步改造，避免重复施工。"],
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>河西日报数字报</title>
<style>td{font-size:14px}.eh{background:#c00;color:#fff}.by{color:#666;font-size:12px}</style></head>
<body><table width="1000" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="../../../images/masthead.gif" width="1000" height="90"></td></tr>
<tr><td colspan="2" class="date">2024年03月15日 星期五 | <a href="node_5.htm">第A05版：城事</a> | <a href="../14/node_1.htm">上一期</a> <a href="../16/node_1.htm">下一期</a></td></tr>
<tr><td width="700" valign="top">
<table width="680" border="0"><tr><td align="center" class="yt">为了老人“上下楼”不再难</td></tr>
<tr><td align="center" class="bt"><b><font size="5">老旧小区加装电梯 今年将再“上新”一百部</font></b></td></tr>
<tr><td align="center" class="ft">&nbsp;</td></tr>
<tr><td class="author" align="left">■本报记者 雷鸣远 通讯员 花语晴</td></tr>
{BODY}
</table>
<table width="680"><tr><td><a href="content_3297.htm">上一篇</a>　<a href="content_3299.htm">下一篇</a>　<a href="node_5.htm">返回版面</a></td></tr></table>
</td><td width="300" valign="top">
""" + edition_list([("老旧小区加装电梯 今年将再“上新”一百部", "本报记者 雷鸣远 通讯员 花语晴"),
                    ("城北菜市场改造完成 摊位增至两百个", "本报记者 樊可"),
                    ("社区食堂“晚市”开张", "本报通讯员 钱蔚 记者 樊可"),
                    ("“河西好人”榜单发布", "本报记者 霍小禾"),
                    ("图片新闻", "本报记者 温川 摄")], "第A05版：城事 本版新闻") + """
<table width="280"><tr><td class="eh">往期回顾</td></tr><tr><td><select><option>2024-03-14</option><option>2024-03-13</option></select></td></tr></table>
</td></tr>
<tr><td colspan="2" align="center" class="copy">河西日报社版权所有 未经书面授权不得复制或建立镜像<br>地址：河西市人民路99号 邮编：744000</td></tr>
</table></body></html>""",
    note="E-paper: only the edition date is shown → published_at is the day. The ■ byline line above the body is "
         "not text; 通讯员 is an author. The edition list's other bylines (樊可, 钱蔚, 霍小禾, 温川) belong to other "
         "articles. The 肩题 above the headline is not the title. source null (the paper's own e-paper)."))

PAGES.append(Page(
    name="beicheng_epaper_closing_paren_gbk", body="p", encoding="gbk",
    kind="GBK e-paper page (div layout): '2024年11月02日　第A03版：要闻', 引题 and 副题 around the headline, no byline above; "
         "the byline closes the last paragraph '（本报记者 尤思远 通讯员 乔木 龚晓）'; the edition list with '□记者 X' bylines",
    url="http://szb.beichengrb.example.cn/bcrb/20241102/html/page_03_content_006.htm",
    title="北城至临港城际铁路开通运营",
    published_at="2024-11-02", authors=["尤思远", "乔木", "龚晓"], source=None, media="北城日报",
    blocks=["11月1日上午9时18分，随着一列“复兴号”动车组驶出北城东站，北城至临港城际铁路正式开通运营。这条铁路全长八十六公里，设计时速二百五十公里，沿线设北城东、白沙、青湾、临港四座车站，两地间最快旅行时间缩短至二十六分钟。",
            "北城至临港城际铁路于2020年底开工建设，是省“十四五”综合交通规划的重点项目。线路穿越丘陵和河网地区，桥梁和隧道占线路总长的七成以上，其中跨越白沙河的特大桥主跨达二百八十米。",
            "开通初期，铁路每天开行动车组列车三十二对，早晚高峰时段最小间隔十五分钟。北城东站和临港站均实现与地铁、公交的换乘衔接，旅客出站后可直接换乘城市公共交通。",
            "在首发列车上，在临港工作、家住北城的乘客邬先生说：“以前开车单程要一个半小时，以后每天坐城际上下班，通勤时间少了一大半。”",
            "据了解，城际铁路开通后，将与既有的高速公路形成互补，进一步推动北城与临港在产业、就业和公共服务上的融合发展。铁路部门表示，将根据客流情况适时增开列车，并研究推出月票、计次票等票制产品。（本报记者 尤思远 通讯员 乔木 龚晓）"],
    html="""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" /><title>北城至临港城际铁路开通运营--北城日报</title>
<link href="../../../css/szb.css" rel="stylesheet" type="text/css" /></head><body>
<div id="top"><img src="../../../images/logo.jpg" /><span class="rq">2024年11月02日　星期六</span>　<a href="page_03.htm">第A03版：要闻</a></div>
<div id="main"><div id="left"><div class="bmdh"><a href="page_01.htm">A01：一版</a> <a href="page_02.htm">A02：要闻</a> <a href="page_03.htm">A03：要闻</a> <a href="page_04.htm">A04：城区</a></div>
<div class="bmnr"><div class="bmnr_con"><a href="page_03_content_004.htm">我市召开冬季安全生产工作会议</a><br/>□记者 蔡安</div>
<div class="bmnr_con"><a href="page_03_content_005.htm">北城新增三所公办幼儿园</a><br/>□记者 邬岚 通讯员 甘露</div>
<div class="bmnr_con"><a href="page_03_content_006.htm">北城至临港城际铁路开通运营</a><br/>□记者 尤思远</div>
<div class="bmnr_con"><a href="page_03_content_007.htm">“北城工匠”评选结果揭晓</a><br/>□记者 蔡安</div></div></div>
<div id="right"><div class="art">
<p class="yinti">设计时速250公里　两地最快26分钟可达</p>
<h1>北城至临港城际铁路开通运营</h1>
<p class="futi">沿线设四座车站　初期每天开行动车组三十二对</p>
<div class="zw">
{BODY}
</div>
<div class="pic"><img src="../../../pic/202411/02/a03_1.jpg" /><p>（上一篇）<a href="page_03_content_005.htm">北城新增三所公办幼儿园</a>　（下一篇）<a href="page_03_content_007.htm">“北城工匠”评选结果揭晓</a></p></div>
</div></div></div>
<div id="foot">北城日报社版权所有　Copyright 2024 All rights reserved.</div></body></html>""",
    note="Edition date only → published_at is the day. Three names in the closing parentheses (one 记者, two 通讯员) "
         "→ all authors; the closing parenthesis is part of the last paragraph (text). The edition list's '□记者 尤思远' "
         "repeats this article's reporter only. 引题/副题 are not the title and not text."))

PAGES.append(Page(
    name="nanpu_epaper_td_byline_cell", body="pi",
    kind="e-paper page where the byline sits alone in a table cell beside the date cell ('作者：程一诺　赖家骏' | "
         "'2025-01-09'), 版次 '第05版：经济', a photo caption credit '本报记者 赖家骏 摄', the edition list with bylines",
    url="https://news.nanpudaily.example.cn/epaper/nprb/2025-01/09/05/content_55120.html",
    title="南浦港年集装箱吞吐量首次突破五百万标箱",
    published_at="2025-01-09", authors=["程一诺", "赖家骏"], photographers=["赖家骏"], source=None, media="南浦日报",
    blocks=["记者1月8日从南浦港集团获悉，二〇二四年南浦港完成集装箱吞吐量五百一十二万标箱，同比增长百分之十一点六，首次突破五百万标箱大关，在全国沿海港口中的排名上升两位。",
            ("img", "https://news.nanpudaily.example.cn/epaper/pic/2025-01/09/05/p1.jpg"),
            ("cap", "南浦港集装箱码头，桥吊正在装卸货物。本报记者 赖家骏 摄"),
            "吞吐量的增长主要得益于航线网络的持续拓展。去年，南浦港新开通外贸集装箱航线九条，通达东南亚、中东和非洲的三十多个港口；内贸方面，与长江沿线港口合作开通的“江海联运”班列班轮，运输箱量比上年增长了四成。",
            "码头作业效率也有了明显提升。去年投用的自动化集装箱码头，远程操控的桥吊和无人驾驶集卡协同作业，单机作业效率达到每小时三十八自然箱。港口集团负责人介绍，一名远程操控员可以同时管理三台桥吊，劳动强度大大降低。",
            "在港口的带动下，临港物流产业也加快集聚。去年，南浦港综合保税区新引进跨境电商、冷链物流等项目二十余个，进出口货值同比增长近三成。不少外贸企业表示，航线多了、通关快了，货物出海的时间和成本都明显下降。",
            "今年，南浦港计划继续新开国际航线，加快推进二期自动化码头建设，并完善疏港铁路网络，力争集装箱吞吐量达到五百六十万标箱。"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>南浦日报-数字报刊平台</title></head><body>
<div class="header"><a href="/epaper/nprb/">南浦日报</a> <span>数字报</span></div>
<table class="layout" width="980"><tr><td width="300" valign="top"><div class="bm">第05版：经济</div>
<ul class="list"><li><a href="content_55120.html">南浦港年集装箱吞吐量首次突破五百万标箱</a><span>程一诺 赖家骏</span></li>
<li><a href="content_55121.html">外贸企业“开门红”订单足</a><span>卢静</span></li>
<li><a href="content_55122.html">南浦首家数字人民币示范街区亮相</a><span>卢静 戚朗</span></li>
<li><a href="content_55123.html">本地农产品搭上跨境电商快车</a><span>本报通讯员 蒲苇</span></li></ul>
<div class="prev"><a href="../04/node.html">上一版</a> <a href="../06/node.html">下一版</a></div></td>
<td width="680" valign="top"><table width="100%"><tr><td colspan="2"><h2 class="title">南浦港年集装箱吞吐量首次突破五百万标箱</h2></td></tr>
<tr><td class="zz">作者：程一诺　赖家骏</td><td class="rq" align="right">2025-01-09</td></tr></table>
<div class="content">
{BODY}
</div>
<div class="attach">本文附件：<a href="p1.jpg">图片1</a></div></td></tr></table>
<div class="footer">南浦日报社 主办　版权所有</div></body></html>""",
    note="Edition date only. The byline is in its own <td> (作者：two names, full-width space). 赖家骏 is also the "
         "photographer of the caption. Caption in text. The other list bylines belong to other articles."))
