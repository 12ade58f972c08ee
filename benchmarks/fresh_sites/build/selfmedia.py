"""Self-media platforms: 百家号, 头条号, 公众号, 知乎专栏, 简书, and an aggregator with a relative time."""
from datetime import datetime, timedelta, timezone

from common import Page

PAGES: list[Page] = []

PAGES.append(Page(
    name="baijiahao_yearless_meta", kind="self-media (百家号), yearless '发布时间: MM-DD HH:MM', full time in meta itemprop",
    url="https://baijiahao.baidu.com/s?id=1793561827461290357",
    title="菜市场里的“数字秤”：小摊贩也用上了智慧收银",
    published_at="2024-03-14 09:30", authors=["城事观察员老吴"], source=None, media="百家号",
    paras=[
        "周末去菜市场买菜，发现卖豆腐的大姐换了一台新秤：称完重量，屏幕上直接显示金额，旁边还贴着一个收款码，扫完码小票自动打出来。",
        "大姐说，这是市场统一换的智慧秤，数据直接连到市场的管理系统。“以前算账靠心算，忙起来容易出错，现在一目了然，顾客也放心。”",
        "市场管理人员介绍，智慧秤除了称重收银，还能记录每个摊位的销售数据。哪些菜卖得好、什么时段客流多，后台都能看到，方便摊主备货。秤的计量数据也会定期接受检定，防止缺斤短两。",
        "当然，也有老顾客不太习惯扫码，摊主们都备着零钱，现金照收。技术再新，方便买卖双方才是最重要的。",
    ],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title>
<meta itemprop="dateUpdate" content="2024-03-14 09:30:22"><meta name="description" content="周末去菜市场买菜，发现卖豆腐的大姐换了一台新秤"></head><body>
<div id="header"><a href="https://www.baidu.com/">百度首页</a> <a>登录</a></div>
<div id="ssr-content"><div class="index-module_articleWrap_2Zphx"><div class="index-module_articleTitle_28fPT"><h1>{TITLE}</h1></div>
<div class="index-module_articleSource_2dw16"><div class="index-module_authorTxt_V9ggB"><a class="index-module_authorName_7y5nA" href="https://author.baidu.com/home?app_id=1597382614025117">城事观察员老吴</a>
<div class="index-module_authorTime_3S1b1"><span class="index-module_date_4h7G2">发布时间: 03-14 09:30</span><span class="index-module_location_1mZkx">湖南</span></div></div><div class="index-module_follow">+关注</div></div>
<div data-testid="article" class="_18p7x">
{BODY}
</div>
<div class="index-module_footer_3EhLv"><span>举报/反馈</span></div></div>
<div class="index-module_sidebar"><h3>作者最新文章</h3><ul><li><a>老街早餐店的三十年</a><span>03-12</span></li><li><a>社区食堂开到家门口</a><span>03-08</span></li></ul>
<h3>相关推荐</h3><ul><li><a>数字人民币在农贸市场试点</a></li><li><a>菜价回落 市民菜篮子更丰富</a></li></ul></div></div>
<div class="footer">©2024 Baidu 使用百度前必读 京ICP证030173号</div></body></html>""",
    note="Yearless shown time; the year comes from meta itemprop=dateUpdate (same minute). The 百家号 account is the author (no byline in the text)."))

PAGES.append(Page(
    name="toutiao_account", kind="self-media (头条号), account name and time in article-meta, original tag",
    url="https://www.toutiao.com/article/7334012598765432123/",
    title="我在县城开了三年书店，说说真实的收入",
    published_at="2024-02-11 18:06", authors=["小城书房主理人"], source=None, media="今日头条",
    paras=[
        "三年前辞掉工作回到老家县城，开了一家六十平方米的小书店。身边不少人劝我：现在谁还买纸质书？三年过去，书店还开着，今天就聊聊真实的情况。",
        "先说收入。单靠卖书确实很难，图书的利润本来就薄，县城的客流也有限。现在书店的收入大概是三块：卖书占四成，饮品和文创占三成，剩下三成来自周末的阅读活动和亲子课程。",
        "再说开销。房租每月两千五，水电几百块，我和一个兼职店员的工资是大头。好的月份能有一万出头的利润，淡季也有过亏钱的时候。",
        "最大的收获不是钱。有个初中生每周六都来，从漫画看到小说，去年考上了市里最好的高中，特地来店里报喜。那一刻觉得，这家店开得值。",
        "如果你也想开书店，我的建议是：先想清楚能不能接受慢慢来，别指望靠它发财。",
    ],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE} - 今日头条</title>
<meta property="og:type" content="article"><meta name="description" content="三年前辞掉工作回到老家县城，开了一家六十平方米的小书店。"></head><body>
<div class="toutiao-header"><a href="/">今日头条</a> <a>下载头条APP</a> <a>登录</a></div>
<div class="main"><div class="article-content"><h1>{TITLE}</h1>
<div class="article-meta"><span class="original-mark">原创</span><span>2024-02-11 18:06</span><span class="name"><a href="/c/user/token/MS4wLjABAAAA/">小城书房主理人</a></span><span>·</span><span>湖北</span></div>
<article class="syl-article-base tt-article-content syl-page-article">
{BODY}
</article>
<div class="article-tags">#县城生活# #创业#</div></div>
<div class="right-sidebar"><div class="author-card"><a>小城书房主理人</a><p>粉丝 3.2万</p><button>关注</button></div>
<div class="hot-board"><h3>头条热榜</h3><ol><li>全国多地迎来降雪</li><li>春节档电影预售</li><li>返程高峰提示</li></ol></div></div>
<div class="comments"><h3>评论 86</h3><div class="comment-item"><a>爱读书的猫</a><span>2024-02-11 20:33</span><p>支持实体书店</p></div></div></div>
<div class="footer">© 2024 今日头条 京ICP证140141号</div></body></html>""",
    note="头条号 account is the author (no byline in the text)."))

ct = int(datetime(2024, 4, 2, 13, 40, tzinfo=timezone(timedelta(hours=8))).timestamp())
PAGES.append(Page(
    name="wechat_hidden_body", kind="公众号: body in #js_content hidden by inline style, time only in script (var ct), author span",
    url="https://mp.weixin.qq.com/s/Kx2mP9qLwRtY7uZ3nBvC4a",
    title="一位乡村医生的二十年",
    published_at="2024-04-02 13:40", authors=["林一舟"], editors=["许青禾"], source=None, media="山野纪事",
    body="wx",
    paras=[
        "早上七点，诊所的门还没开，门口已经有人在等了。",
        "这是一个不到八百人的山村，村卫生室只有两间屋子，一张诊疗床、一个药柜、一台血压计。守着这两间屋子的，是五十二岁的乡村医生老杨。",
        "二十年前，老杨从卫校毕业回到村里。那时候村里没有通硬化路，出诊全靠走，最远的一户要翻两座山。他说，那几年最怕夜里有人敲门，“一听到敲门声就知道，肯定是急病”。",
        "如今路修好了，村里的年轻人也大多外出打工，留下的多是老人和孩子。老杨的工作也从看病拿药，变成了慢病管理、健康随访。他给全村六十岁以上的老人都建了健康档案，谁血压高、谁要定期复查，他心里都有本账。",
        "去年，村卫生室接入了县医院的远程会诊系统。遇到拿不准的病例，老杨通过视频请县里的专家一起看，不少老人因此少跑了冤枉路。",
        "有人问他，这么多年，有没有想过离开。老杨想了想说：“想过，但走了，村里的老人找谁去？”",
        "傍晚，送走最后一位病人，老杨锁上诊所的门。明天一早，门口大概又会有人在等。",
    ],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0">
<title>{TITLE}</title><meta property="og:title" content="{TITLE}"><meta property="og:type" content="article"><meta name="author" content="林一舟">
<meta property="twitter:card" content="summary"></head><body id="activity-detail" class="zh_CN wx_wap_page">
<div class="rich_media_wrp"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">{TITLE}</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span>
<span class="rich_media_meta rich_media_meta_text">林一舟</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">山野纪事</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden; opacity: 0;">
{BODY}
<section style="text-align:center;"><span style="color:#888;font-size:12px;">编辑：许青禾</span></section>
<section style="text-align:center;"><span style="color:#888;font-size:12px;">点击“在看”，让更多人看到</span></section>
</div>
<div class="rich_media_tool"><span>阅读</span> <span>在看</span></div>
</div></div></div>
<div id="js_pc_qr_code"><p>微信扫一扫<br>关注该公众号</p></div>
<script nonce="3849271">var nickname = htmlDecode("山野纪事"); var ct = "CT"; var publish_time = "" || ""; var user_name = "gh_5c1e8a9b2d3f"; var msg_title = '一位乡村医生的二十年'.html(false);
var createTime = '2024-04-02 13:40';</script>
</body></html>""".replace("CT", str(ct)),
    note="Body hidden by inline style until scripts run; the time is only in the script (var ct, createTime). Author from the 作者 span beside 原创; the account is media. The 编辑 and '在看' lines are not text."))

PAGES.append(Page(
    name="zhihu_column_edited", kind="知乎专栏: author in AuthorInfo meta, '发布于' (and a later 编辑于) with IP 属地",
    url="https://zhuanlan.zhihu.com/p/698234517",
    title="为什么高铁的座位不能转向窗户？从工程角度聊聊",
    published_at="2024-05-19 22:41", authors=["轨道工程师周航"], source=None, media="知乎",
    paras=[
        "经常有人问：高铁座位能整排旋转，为什么不能转九十度对着窗户坐？作为参与过车辆内装设计的工程师，我从几个角度简单聊聊。",
        "第一是安全。座椅的固定结构和旋转机构是按照前后方向的受力设计的。列车紧急制动时，乘客受到的惯性力主要沿着行车方向，朝前或朝后坐，座椅靠背能够承托身体；如果侧向而坐，人容易被甩出座位。",
        "第二是空间。车厢宽度有限，两侧座椅加上中间通道，已经把空间排得很满。座椅侧转后，腿部空间会和通道、相邻座椅冲突，既不舒服也影响通行。",
        "第三是标准。座椅需要通过一系列强度和耐久测试，测试工况都是基于现有的朝向。要增加侧向朝向，整套结构和认证都要重新来过，成本很高，而实际需求并不大。",
        "所以，想看风景的话，还是老老实实买靠窗的座位吧。",
    ],
    html="""<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>为什么高铁的座位不能转向窗户？从工程角度聊聊 - 知乎</title>
<meta itemprop="datePublished" content="2024-05-19T14:41:07.000Z"><meta itemprop="dateModified" content="2024-05-21T01:12:44.000Z"></head><body>
<div class="ColumnPageHeader"><a href="https://www.zhihu.com/">知乎</a> <span>首发于</span> <a>轨道交通那些事</a> <button>写文章</button></div>
<div class="Post-content"><article class="Post-Main Post-NormalMain"><header class="Post-Header"><h1 class="Post-Title">{TITLE}</h1>
<div class="Post-Author"><div class="AuthorInfo" itemprop="author" itemscope itemtype="http://schema.org/Person"><meta itemprop="name" content="轨道工程师周航"><meta itemprop="url" content="https://www.zhihu.com/people/zhou-hang-rail">
<div class="AuthorInfo-content"><div class="AuthorInfo-head"><a class="UserLink-link">轨道工程师周航</a></div><div class="AuthorInfo-badgeText">交通运输工程硕士</div></div></div></div>
<div class="LabelContainer-wrapper">128 人赞同了该文章</div></header>
<div class="Post-RichTextContainer"><div class="RichText ztext Post-RichText css-1g0fqss" options="[object Object]">
{BODY}
</div></div>
<div class="ContentItem-time">编辑于 2024-05-21 09:12・IP 属地上海</div>
<div class="Post-topicsAndReviewer"><a>高铁</a><a>铁路</a></div></article>
<div class="Comments-container"><h3>32 条评论</h3><div class="CommentItem"><a>吃瓜群众</a><p>涨知识了</p><span>2024-05-20 · 北京</span></div></div></div>
<div class="Recommendations-Main"><h3>推荐阅读</h3><a>地铁为什么没有安全带</a><a>动车组的“头型”是怎么设计的</a></div>
</body></html>""",
    note="The page shows only 编辑于 (a later edit); datePublished meta (UTC) gives 2024-05-19 22:41 Beijing time, used as published_at."))

PAGES.append(Page(
    name="jianshu_dots", kind="简书: 'YYYY.MM.DD HH:MM:SS' with 字数/阅读, author link",
    url="https://www.jianshu.com/p/5c3e9d2a7b41",
    title="在菜园里学会等待",
    published_at="2024-06-08 21:17:36", authors=["南山种豆"], source=None, media="简书",
    paras=[
        "搬到城郊后，我在院子里开了一小块菜地。第一年种什么死什么，番茄被虫吃光，黄瓜只结了三根，还都是弯的。",
        "邻居老太太看我着急，笑着说：“种菜急不得，你天天去拔一下看看根长没长，它能长好吗？”",
        "第二年我学乖了。翻土、施肥、搭架子，然后就是等。每天傍晚浇一次水，看看叶子的颜色，别的什么也不做。",
        "到了六月，番茄一串一串地红了。摘下一个，在衣服上擦擦就咬，酸甜的汁水顺着手指流下来。那一刻我突然明白，很多事情就像种菜，你能做的只是把该做的做好，剩下的交给时间。",
    ],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>在菜园里学会等待 - 简书</title></head><body>
<header class="_1kbZ_j"><a href="/">简书</a> <a>首页</a> <a>下载App</a> <a>会员</a> <a>IT技术</a> <input placeholder="搜索"></header>
<div class="_gp-ck"><section class="ouvJEz"><h1 class="_1RuRku">{TITLE}</h1>
<div class="rEsl9f"><div class="_2mYfmT"><a class="_1qp91i _1OhGeD" href="/u/8a3f21c7b9d0">南山种豆</a><span class="_3tCVn5"><i>💎</i>2.1</span></div>
<div class="s-dsoj"><time datetime="2024-06-08T13:17:36.000Z">2024.06.08 21:17:36</time><span>字数 612</span><span>阅读 1,045</span></div></div>
<article class="_2rhmJa">
{BODY}
</article>
<div class="_19DgIp">「真诚赞赏，手留余香」</div><div class="_3Pnjry">还没有人赞赏，支持一下</div></section>
<aside class="_2OwGUo"><section><h3>推荐阅读</h3><ul><li><a>阳台种菜入门</a><span>阅读 2,311</span></li><li><a>城郊生活的第一年</a><span>阅读 988</span></li></ul></section></aside></div>
<footer>©2012-2024 上海佰集信息科技有限公司 / 简书 / 沪ICP备11018329号-5</footer></body></html>"""))

PAGES.append(Page(
    name="aggregator_relative_hours", kind="aggregator page showing '3小时前', absolute time only in article:published_time meta; reporter byline inside the body",
    url="https://kuaibao.example-news.cn/s/20241120A03XYZ00",
    title="冷空气来袭 北方多地迎今冬首场降雪",
    published_at="2024-11-20 08:12", authors=["尹晨阳"], source="中国气象报", media="快报",
    paras=[
        "受新一轮冷空气影响，11月19日至20日，内蒙古、河北北部、山西北部等地迎来今冬首场降雪，部分地区出现中到大雪，气温明显下降。",
        "气象部门提醒，降雪和降温将对交通出行、设施农业等造成不利影响，相关地区需注意防范道路结冰，做好大棚加固和保温工作。",
        "据预报，此次冷空气过程将持续影响至22日，之后北方大部地区气温将逐步回升，但仍较常年同期偏低。",
    ],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title>
<meta property="article:published_time" content="2024-11-20T08:12:00+08:00"><meta property="og:site_name" content="快报"></head><body>
<div class="bar">快报 · 看点新闻 <a>打开App</a></div>
<div class="detail"><h1>{TITLE}</h1>
<div class="src"><span class="author">中国气象报</span> <span class="ago">3小时前</span></div>
<div class="txt">
<p>记者 尹晨阳</p>
{BODY}
</div>
<div class="more"><h4>为你推荐</h4><p><a>今冬气候趋势预测发布</a> 1天前</p><p><a>北方供暖季开启</a> 2天前</p></div></div>
<div class="ft">本文由快报用户上传 © 2024</div></body></html>""",
    note="Shown only as '3小时前'; published_at from meta article:published_time."))
