"""Old table layouts (font tags, <br> paragraphs, GBK, unclosed tags), a forum thread and a blog."""
from common import Page, comments, nav, related
from pool import CULTURE, FARM, HEALTH, RIVER, TRANSIT

PAGES: list[Page] = []

TABLE_HEAD = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{TITLE}--澜江新闻网</title>
<style>td{font-size:12px}</style></head><body bgcolor="#FFFFFF" topmargin="0">
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top_logo.gif" width="778" height="80"></td></tr>
<tr><td bgcolor="#0B4F9C"><font color="#FFFFFF"><a href="/">首页</a> | <a href="/news/">新闻中心</a> | <a href="/lj/">澜江要闻</a> | <a href="/sh/">社会民生</a> | <a href="/bbs/">澜江论坛</a> | <a href="/photo/">图片</a></font></td></tr></table>
"""

PAGES.append(Page(
    name="ljnews_table_gbk_font", kind="2009 city news site: GBK, table layout, font tags, <br> paragraphs, 本报记者 A B 通讯员 C in the first line, print date and copyright years",
    url="http://www.ljnews.com.cn/lj/2009-03/12/content_184467.htm", encoding="gbk", body="font",
    title="临溪镇集中育秧 两万亩稻田用上“工厂秧”",
    published_at="2009-03-12 08:15", authors=["张建国", "李晓", "王敏"], source="澜江日报", media="澜江新闻网",
    editors=["周红"],
    blocks=[
        ("raw", '<font size="3">　　本报讯（记者 张建国 李晓 通讯员 王敏）3月11日，临溪镇集中育秧工厂正式投产，首批秧盘当天送进温控大棚。</font><br>',
         "本报讯（记者 张建国 李晓 通讯员 王敏）3月11日，临溪镇集中育秧工厂正式投产，首批秧盘当天送进温控大棚。"),
        *FARM[:3], ("h", "稻田里养出“致富虾”"), *FARM[3:6], ("cap", "（图为临溪镇育秧工厂的工人在搬运秧盘。 李晓摄）"),
        ("h", "烘干仓储“短板”待补"), FARM[4], *FARM[8:12], ("cap", "（图为农机手在田间操作植保无人机。 李晓摄）"), *FARM[12:], FARM[7],
    ],
    photographers=["李晓"],
    html=TABLE_HEAD + """<table width="778" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="560" valign="top"><table width="100%"><tr><td align="center"><font style="font-size:20px" color="#000000"><b>{TITLE}</b></font></td></tr>
<tr><td align="center"><font color="#666666">http://www.ljnews.com.cn　2009-03-12 08:15　来源：澜江日报</font></td></tr>
<tr><td><hr size="1" color="#CCCCCC"></td></tr><tr><td class="content">
{BODY}
</td></tr><tr><td align="right"><font color="#999999">(责任编辑：周红)</font></td></tr>
<tr><td><font color="#999999">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】 打印时间：2009-03-15 10:02</font></td></tr></table></td>
<td width="10"></td><td width="208" valign="top" bgcolor="#F5F5F5"><b>相关文章</b><br>
·<a href="/lj/1.htm">全市春耕备耕工作会议召开</a> <font color="#999999">2009-03-02</font><br>
·<a href="/lj/2.htm">种粮大户喜领补贴款（记者 陈刚）</a> <font color="#999999">2009-02-26</font><br>
·<a href="/lj/3.htm">农技人员下乡指导春耕</a> <font color="#999999">2008-12-30</font><br>
<b>热点新闻</b><br>·<a href="/h1.htm">澜江大桥夜间封闭施工</a><br>·<a href="/h2.htm">市民公园周末开放</a></td></tr></table>
<table width="778" align="center"><tr><td align="center"><font color="#666666">Copyright &copy; 1998-2009 澜江日报社 澜江新闻网 版权所有<br>云ICP备05001234号</font></td></tr></table></body></html>""",
    note="Three names in the dateline parenthesis (two reporters, one 通讯员); 李晓 also credited in the caption as photographer. Text keeps the 本报讯 opening and the caption. Print date and related dates are traps."))

PAGES.append(Page(
    name="qyxw_unclosed_tags", kind="county news site: unclosed <p> and <td>, <font> across block tags, 作者：X　来源：Y in a grey line, 最后更新 time",
    url="http://www.qyxw.gov-news.cn/html/2011/shehui_0623/3371.html", encoding="gbk", body="open",
    title="青屿河治理三年 “黑臭河”变身“风景河”",
    published_at="2011-06-23 16:40:12", authors=["刘伟"], source="青屿报", media="青屿新闻网", editors=["吴敏"],
    blocks=[*RIVER[:2], ("h", "治水先治岸"), *RIVER[2:5], ("h", "护河有了“千里眼”"), RIVER[5], *RIVER[7:11], ("h", "治水贵在久久为功"), *RIVER[11:], RIVER[6]],
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>{TITLE}_青屿新闻网</title></head>
<body><center><table width=950 border=0><tr><td><img src=/img/banner.jpg><tr><td class=nav><a href=/>首页</a> <a href=/sz/>时政</a> <a href=/sh/>社会</a> <a href=/xz/>乡镇</a>
</table><table width=950><tr><td width=680 valign=top><div class=path>您现在的位置：<a href=/>首页</a> &gt;&gt; <a href=/sh/>社会</a> &gt;&gt; 正文</div>
<h1 class=title><font face=黑体>{TITLE}</font></h1>
<div class=info><font color=#888888>作者：刘伟　来源：青屿报　发布时间：2011-06-23 16:40:12　点击数：<span id=hits>1287</span>　最后更新：2011-06-24 09:03:55</font></div>
<div class=content><font size=3><span>
{BODY}
</span></div><p align=right>（编辑：吴敏）
<div class=updown>上一篇：<a href=/3370.html>县城区供水管网改造完工</a> 2011-06-22<br>下一篇：<a href=/3372.html>夏季防汛工作部署会召开</a> 2011-06-24</div>
<td width=260 valign=top><div class=box><b>图片新闻</b><br><img src=/p1.jpg><br>白鹭回来了</div>
<div class=box><b>点击排行</b><ol><li><a href=/1.html>中考成绩今日可查</a><li><a href=/2.html>县医院新院区启用</a></ol></div>
</table><div class=foot>Copyright 2005-2011 青屿县新闻中心 All rights reserved. 电话：0871-6612345</div></center></body></html>""",
    note="Unclosed <p>, <td>, <font>. Publication time is 发布时间, not 最后更新 or the prev/next dates."))

PAGES.append(Page(
    name="ljbbs_forum_thread", kind="Discuz-like forum thread: poster (楼主) with 发表于 time, replies with their own users and times, signature",
    url="http://bbs.ljnews.com.cn/thread-88213-1-1.html", encoding="gbk", body="br",
    title="【随手拍】老街修好了，周末带娃去逛了一圈，分享几张图",
    published_at="2012-07-05 21:03", authors=["江边的风2010"], media="澜江论坛",
    blocks=[
        "上周末终于有空，带着娃去了修好的老街，人真不少，停车场十点钟就满了，建议大家坐公交去。",
        *CULTURE[:4], ("img", "/attachments/forum/201207/05/210301abc.jpg"),
        "下面是几张随手拍的，手机拍的，大家将就看哈。吴师傅那家木雕店真的值得一看，门口那扇雕花门据说雕了一个多月。",
        *CULTURE[4:6], *CULTURE[7:10], ("img", "/attachments/forum/201207/05/210302def.jpg"), CULTURE[11],
        "总体来说值得一去，就是吃的东西有点贵，一碗小馄饨十五块。",
    ],
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>{TITLE} - 老街生活 - 澜江论坛 - Powered by Discuz!</title></head><body>
<div id="hd"><a href="/">澜江论坛</a> » <a href="/forum-12-1.html">老街生活</a> » 查看内容</div>
<div id="postlist"><table class="plhin" id="pid1001"><tr><td class="pls"><div class="authi"><a href="/space-uid-5521.html" class="xw1">江边的风2010</a></div>
<p>帖子 2381 积分 5120</p><p>注册时间 2010-3-18</p></td>
<td class="plc"><h1 id="thread_subject">{TITLE}</h1><div class="authi"><em id="authorposton1001">发表于 2012-7-5 21:03</em> | 只看该作者 |<span class="xg1"> 楼主</span></div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_1001">
{BODY}
</td></tr></table><div class="sign">----------<br>生活就是一场旅行，享受当下。</div></div>
<div class="modact">本帖最后由 江边的风2010 于 2012-7-6 08:12 编辑</div></td></tr></table>
<table class="plhin" id="pid1002"><tr><td class="pls"><a href="/space-uid-9031.html" class="xw1">小鱼儿妈妈</a></td><td class="plc"><div class="authi"><em>发表于 2012-7-5 21:40</em> | 沙发</div>
<div class="t_f">拍得不错！我们上个月也去了，那家糕点铺排队排了半小时。</div></td></tr></table>
<table class="plhin" id="pid1003"><tr><td class="pls"><a href="/space-uid-120.html" class="xw1">老澜江人</a></td><td class="plc"><div class="authi"><em>发表于 2012-7-6 09:15</em> | 板凳</div>
<div class="t_f">小时候就在老街长大，修得还算有原来的味道。希望别搞得太商业化。</div></td></tr></table></div>
<div id="ft">Powered by Discuz! X2 © 2001-2012 Comsenz Inc. 澜江论坛 云ICP备05001234号</div></body></html>""",
    note="Forum: the author is the thread starter (楼主); replies, the 本帖最后由…编辑 time and the registration date are not the post's. Text = the first post without signature."))

PAGES.append(Page(
    name="hongmei_blog_post", kind="personal blog (2011): blogger name in sidebar and under title, post time with seconds, tags, comments with times",
    url="http://blog.yunchuanren.net/hongmei_lj/article/20110422134509.html", body="div",
    title="回乡记：三月的临溪镇",
    published_at="2011-04-22 13:45:09", authors=["红梅映雪"], media="云川人博客",
    blocks=[
        "清明前回了一趟临溪镇老家。从县城坐中巴，一路上看见的都是刚翻过的田，水汪汪的，映着天。",
        "母亲说今年村里的秧都是从镇上的工厂里拉来的，不用自己育了。我小时候最怕的就是帮着家里育秧，手泡在冷水里，一泡就是一上午。",
        *FARM[1:3], *FARM[5:7], FARM[10], FARM[13],
        "晚上和父亲喝了两杯，他说现在种地轻松多了，就是村里年轻人太少，过年才热闹几天。我听着，心里有点说不出的滋味。",
        "第二天一早离开的时候，雾还没散，田埂上已经有人在忙了。",
    ],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}_红梅映雪_云川人博客</title></head><body>
<div id="blogheader"><h1>红梅映雪的博客</h1><p>http://blog.yunchuanren.net/hongmei_lj</p></div>
<div id="main"><div class="sidebar"><div class="profile"><img src="/avatar/hm.jpg"><p class="nick">红梅映雪</p><p>访问：128,331 | 关注：86</p></div>
<div class="archive"><h4>博文归档</h4><ul><li>2011年04月 (6)</li><li>2011年03月 (9)</li><li>2011年02月 (4)</li></ul></div></div>
<div class="articleCell"><h2 class="titName">{TITLE}</h2><div class="articleTag"><span class="time">(2011-04-22 13:45:09)</span> 标签：<a>回乡</a> <a>临溪</a> <a>杂谈</a> 分类：<a>随笔</a></div>
<div class="articalContent">
{BODY}
</div><div class="share">分享：<a>微博</a> <a>QQ空间</a> 阅读(2013) 评论(3) 收藏(1) 转载(0)</div>
<div class="prevnext">前一篇：<a href="#">春天的第一场雨</a>　后一篇：<a href="#">读书笔记（四月）</a></div>
""" + comments([("山那边的云", "2011-04-22 15:02", "写得真好，想家了。"), ("老树", "2011-04-23 09:17", "育秧那段太真实了。"),
                ("红梅映雪", "2011-04-23 21:40", "谢谢大家常来看看。")]) + """</div></div>
<div class="footer">云川人博客 ©2005-2011</div></body></html>""",
    note="Blog with no byline in the text: the author is the blogger. The blogger's own reply in the comments is not text."))

PAGES.append(Page(
    name="ljwb_table_print_edition", kind="evening paper e-edition (2008): GBK, nested tables, 版次 and 报纸日期 header, byline line ■本报记者 A / 见习记者 B, 本版编辑 footer",
    url="http://epaper.ljwb.com.cn/html/2008-11/06/content_52310.htm", encoding="gbk", body="br",
    title="地铁四号线规划出炉 东岚新区到老城四十分钟",
    published_at="2008-11-06", authors=["孙浩", "林一凡"], source="澜江晚报", media="澜江晚报数字报", editors=["马丽", "许强"],
    blocks=[("raw", "<b>■本报记者　孙浩　见习记者　林一凡</b><br><br>", ""), *TRANSIT[:3], ("h", "公交接驳同步规划"), *TRANSIT[4:8], ("h", "老城站点施工难度大"), *TRANSIT[8:]],
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>澜江晚报数字报-{TITLE}</title></head><body>
<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td height="30" background="/img/bg.gif">
<font color="#FFFFFF">澜江晚报 2008年11月06日 星期四　第A05版：城事</font></td></tr>
<tr><td><table width="100%"><tr><td width="350" valign="top"><img src="page_A05.jpg" usemap="#PagePicMap"><br>
<a href="../05/node_4.htm">上一期</a> <a href="../07/node_4.htm">下一期</a></td>
<td valign="top"><table width="100%"><tr><td align="center" class="font01"><b>{TITLE}</b></td></tr>
<tr><td align="center" class="font02">——市规划部门昨日公示线路方案</td></tr><tr><td>
{BODY}
</td></tr><tr><td align="right">本版编辑：马丽　美编：赵晨　校对：许强</td></tr></table></td></tr></table></td></tr>
<tr><td align="center"><font size="2">本版其他文章：<a href="#">跨江大桥将实行潮汐车道（记者 孙浩）</a> <a href="#">出租车起步价听证会12日举行</a><br>
澜江晚报社版权所有 Copyright 2003-2008 未经书面授权 禁止转载</font></td></tr></table></body></html>""",
    note="E-paper page: only the edition date is shown, so the date is the day. 美编 is not an editor under the rules; 校对 is. The subtitle (——…) is not text; the byline line is not text."))

PAGES.append(Page(
    name="yunchuan_health_gbk_nested", kind="provincial health portal: GBK, invalid nesting (<p> inside <font> inside <span>), byline in the LAST paragraph （通讯员 A B 记者 C）, print date",
    url="http://www.ychealth.org.cn/xwzx/jcdt/201504/t20150417_99012.html", encoding="gbk", body="p",
    title="远程会诊平台覆盖八十余家基层医疗机构",
    published_at="2015-04-17 10:26", authors=["贺兰", "郑小川", "马骁"], source="云川日报", media="云川健康网",
    blocks=[*HEALTH[:3], ("h", "让人才“下得去、留得住”"), *HEALTH[3:6],
            *HEALTH[7:10], ("cap", "（图为村医通过远程会诊平台为村民问诊。 资料图）"), *HEALTH[10:], HEALTH[6] + "（通讯员 贺兰 郑小川 记者 马骁）"],
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>{TITLE}-云川健康网</title>
<meta name="author" content="云川健康网"></head><body>
<div class="top">""" + nav(["首页", "新闻中心", "基层动态", "政策法规", "健康科普", "办事指南"]) + """</div>
<table class="main"><tr><td><span class="tit"><font size="5"><b>{TITLE}</b></span></font>
<div class="sj">发布时间：2015-04-17 10:26　信息来源：云川日报　浏览次数：<script>document.write(3021)</script></div>
<span class="zw"><font size="3">
{BODY}
</font></span></td></tr>
<tr><td><a href="javascript:print()">[打印]</a> 打印日期：2026-12-01 <a href="javascript:close()">[关闭]</a></td></tr></table>
""" + related([("全市家庭医生签约率超过八成", "2015-03-30"), ("基层医生培训班开班（记者 马骁）", "2015-03-12")], "相关信息") + """
<div class="foot">主办：云川省卫生健康宣传中心 Copyright © 2012-2015 云ICP备12003456号</div></body></html>""",
    note="Byline at the end: two 通讯员 and one 记者, all authors. meta author is the site, not a person. 打印日期 is today's date, a trap."))
