"""Mobile renderings: AMP, an app share page with 打开APP banner and sticky bar, an old WAP page of <br> lines (GBK),
m. pages whose shown time is relative (昨天 / 刚刚) with the absolute time in a script or JSON-LD."""
from common import Page, app_banner, head_scripts, mfeed, sticky_bar

PAGES: list[Page] = []

AMP_HEAD = ('<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">'
            '<script async src="https://cdn.ampproject.org/v0.js"></script>'
            '<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;'
            'animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>'
            '<noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>')

PAGES.append(Page(
    name="yunxi_amp_mid_byline_english_date", body="amp",
    kind="AMP page on an m. host: header shows an English date 'Mar 15, 2024 08:30'; the byline '记者 裴书言 实习生 "
         "郁小满' is its own line AFTER the lead paragraph; JSON-LD author is the paper (Organization); amp-img captions",
    url="https://m.yunxidaily.example.cn/amp/2024/0315/a1029.html",
    title="云溪植物园郁金香进入盛花期 周末实行预约入园",
    published_at="2024-03-15 08:30", authors=["裴书言", "郁小满"], photographers=["郁小满"], source=None,
    media="云溪日报",
    blocks=["随着气温回升，云溪植物园内四十多万株郁金香陆续进入盛花期。为避免游客过度集中，植物园自本周六起实行周末及节假日预约入园，每日限流两万人次。",
            ("raw", '<p class="byline"><span>记者 裴书言</span> <span>实习生 郁小满</span></p>', ""),
            "记者昨天在植物园看到，郁金香主展区的花海已是一片姹紫嫣红，红色的“检阅”、黄色的“金检阅”和紫色的“夜皇后”成片开放，不少市民带着孩子前来拍照。植物园工作人员介绍，今年的郁金香共有一百二十多个品种，其中三十多个是首次引进，花期预计可持续到四月上旬。",
            ("raw", ('<figure><amp-img src="https://img.yunxidaily.example.cn/2024/0315/t1.jpg" width="640" height="427" '
                    'layout="responsive" alt="郁金香花海"></amp-img><figcaption>3月14日，游客在云溪植物园郁金香展区拍照。实习生 郁小满 摄'
                    '</figcaption></figure>'), "3月14日，游客在云溪植物园郁金香展区拍照。实习生 郁小满 摄"),
            "据了解，去年郁金香展期间，植物园单日最高接待游客超过四万人次，周边道路一度拥堵。今年，植物园提前在官方公众号和小程序上开通预约通道，游客可预约未来七天内的入园时段，每个时段两个小时。工作日暂不需要预约，但如果当天入园人数接近上限，也将临时启动限流。",
            "交警部门提醒，周末植物园周边停车位紧张，建议市民乘坐地铁三号线至植物园站，或乘坐旅游专线公交前往。植物园东门外的临时停车场将在周末开放，可停放小型车辆六百余辆。",
            "此外，植物园今年还在郁金香展区旁新设了一片“共享花田”，游客可以在工作人员指导下亲手种植一株郁金香球根，并领取一张记录种植位置的卡片。"],
    html="""<!doctype html><html amp lang="zh-CN"><head><meta charset="utf-8"><title>云溪植物园郁金香进入盛花期 周末实行预约入园_云溪日报</title>
<link rel="canonical" href="https://www.yunxidaily.example.cn/2024/0315/a1029.html">""" + AMP_HEAD + """
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"云溪植物园郁金香进入盛花期 周末实行预约入园","datePublished":"2024-03-15T08:30:00+08:00","dateModified":"2024-03-15T12:46:10+08:00","author":{"@type":"Organization","name":"云溪日报"},"publisher":{"@type":"Organization","name":"云溪日报","logo":{"@type":"ImageObject","url":"https://m.yunxidaily.example.cn/logo.png"}}}</script>
<style amp-custom>.amp-p{font-size:17px;line-height:1.75}.byline{color:#888}</style></head><body>
<header class="amp-header"><a href="https://m.yunxidaily.example.cn/"><amp-img src="/logo.png" width="96" height="28" alt="云溪日报"></amp-img></a><button on="tap:sidebar.toggle">菜单</button></header>
<amp-sidebar id="sidebar" layout="nodisplay"><ul><li><a href="/">首页</a></li><li><a href="/city/">城事</a></li><li><a href="/wenlv/">文旅</a></li><li><a href="/video/">视频</a></li></ul></amp-sidebar>
<article><h1 class="amp-title">云溪植物园郁金香进入盛花期 周末实行预约入园</h1>
<div class="amp-meta"><time datetime="2024-03-15T08:30:00+08:00">Mar 15, 2024 08:30</time> <span class="src">云溪日报</span></div>
{BODY}
<div class="amp-share"><amp-social-share type="wechat" width="40" height="40"></amp-social-share><amp-social-share type="weibo" width="40" height="40"></amp-social-share></div>
</article>
<section class="amp-related"><h3>相关阅读</h3><ul><li><a href="/amp/2024/0312/a0988.html">植物园樱花谷开放夜游 记者 裴书言</a> <span>Mar 12, 2024</span></li><li><a href="/amp/2024/0308/a0911.html">云溪春季赏花地图出炉</a> <span>Mar 8, 2024</span></li></ul></section>
<footer><p>云溪日报社 版权所有 © 2024</p><p><a href="https://www.yunxidaily.example.cn/2024/0315/a1029.html">查看电脑版</a></p></footer>
</body></html>""",
    note="The byline line after the lead is not text (a credit line, as the earlier sets treat a standalone byline). "
         "实习生 → author; the caption '实习生 郁小满 摄' also makes her a photographer. JSON-LD author is the paper "
         "(an organisation): not an author. source null: no 来源 credit (the paper's own site)."))

PAGES.append(Page(
    name="tanghe_app_share_three_hours", body="mix",
    kind="news-app share page on m. host: top '打开APP' banner, sticky bottom bar (打开APP/写评论/分享), shown time '3小时前', "
         "absolute time only in article:published_time meta and an inline script; dateline '塘河融媒讯（记者 符晓岚　通讯员 "
         "章一禾）'; feed of other items with accounts and relative times",
    url="https://m.chaoxinews.example.cn/share/article/8849120?channel=wx&from=timeline",
    title="塘河区首批“口袋公园”完工 居民出门五分钟见绿",
    published_at="2024-06-08 07:12", authors=["符晓岚", "章一禾"], editors=["洪一鸣"], source="塘河融媒",
    media="潮汐新闻",
    blocks=["塘河融媒讯（记者 符晓岚　通讯员 章一禾）6月7日，随着最后一批绿植栽种完成，塘河区首批十二个“口袋公园”全部完工并向市民开放。这些小公园面积从三百平方米到两千平方米不等，分布在老旧小区、菜市场和学校周边，居民步行五分钟就能到达。",
            "位于杏林街道的桂香园原本是一块堆放杂物的边角地。改造时，设计团队保留了场地上两棵三十多年树龄的香樟，围绕大树设置了环形座椅，又在一角增设了儿童沙池和健身器材。“以前路过这里都绕着走，现在每天晚饭后都要来坐一坐。”附近居民葛阿姨说。",
            "区住建局相关负责人介绍，口袋公园建设坚持“小而美、小而精”，每个公园在设计前都会征求周边居民意见。有的居民希望多一些遮阴的地方，有的希望给老人留出下棋的位置，这些建议都被吸收进了设计方案。",
            "在建设方式上，塘河区尽量利用现有的闲置地块和拆违腾出的空间，不搞大拆大建，每个公园平均造价控制在八十万元以内。公园建成后交由所在街道管理养护，并招募居民志愿者参与日常巡查。",
            "据悉，今年塘河区还将再建设口袋公园十八个，到年底实现主城区居民出门五分钟见绿、十分钟进园。"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>塘河区首批“口袋公园”完工 居民出门五分钟见绿</title>
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<meta property="og:title" content="塘河区首批“口袋公园”完工 居民出门五分钟见绿"><meta property="og:site_name" content="潮汐新闻">
<meta property="article:published_time" content="2024-06-08T07:12:00+08:00">""" + head_scripts("chaoxinews.example.cn") + """
<script>var SHARE_INFO={"aid":8849120,"ptime":"1717801920","editor":"洪一鸣","account":"塘河发布","share_title":"塘河区首批“口袋公园”完工"};</script></head><body>
""" + app_banner("潮汐新闻", "打开APP，阅读体验更佳") + """
<div class="art-wrap"><h1 class="art-title">塘河区首批“口袋公园”完工 居民出门五分钟见绿</h1>
<div class="art-info"><span class="acc"><img src="/avatar/tanghe.png">塘河发布</span><span class="time">3小时前</span><span class="src">来源：塘河融媒</span></div>
<div class="art-content">
{BODY}
</div>
<p class="art-editor">编辑：洪一鸣</p>
<div class="read-more-mask"><a href="chaoxi://article/8849120">打开潮汐新闻APP 查看更多精彩内容</a></div></div>
""" + mfeed([("塘河夜市本周五开市 新增摊位八十个", "塘河发布", "5小时前"), ("暑期托管班报名开始 记者 符晓岚", "潮汐新闻", "昨天 19:02"),
              ("塘河区新增两条社区巴士线路", "塘河交通", "06-05")]) + """
<div class="cmt-guide"><p>已有36人参与评论</p><a href="chaoxi://cmt/8849120">打开APP查看全部评论</a></div>
""" + sticky_bar("打开APP", "写评论…", "36", "分享") + """
</body></html>""",
    note="Shown time is relative ('3小时前'): published_at from article:published_time meta (the script's unix "
         "ptime is the same instant). The account 塘河发布 is only the poster; the dateline names the writers. "
         "source = 来源：塘河融媒 (shown label); media = the app platform that publishes the page."))

PAGES.append(Page(
    name="weiyang_wap_br_lines_yiming_gbk", body="br1", encoding="gbk",
    kind="old WAP page (wap. host, XHTML-MP, GBK): '作者：佚名 来源：渭阳日报 时间：2024-3-15 9:05' (unpadded), the body as "
         "<br>-separated lines in one <div>, 上一页/返回首页 links, a text-link footer",
    url="http://wap.weiyangnet.example.cn/news.asp?id=73021&cid=3",
    title="渭阳老城区启动雨污分流改造 涉及街巷四十二条",
    published_at="2024-03-15 09:05", authors=[], source="渭阳日报", media="渭阳网",
    blocks=["记者从市城管局获悉，渭阳老城区雨污分流改造工程近日正式启动，计划用两年时间完成四十二条街巷的管网改造，总投资约三点二亿元。",
            "老城区的排水管网大多建于上世纪八十年代，雨水和污水共用一根管道。一到雨季，管道满负荷运行，部分低洼路段容易积水，污水也会随雨水溢流进入河道。",
            "此次改造将新建雨水管道和污水管道各六十多公里，把雨水和污水分开收集：雨水就近排入河道，污水全部送往城南污水处理厂处理。",
            "考虑到老城区街巷狭窄、人流密集，施工将采取“分段围挡、分批施工”的方式，每条街巷的施工周期控制在两个月以内，同时保留行人通道和沿街商铺的出入口。",
            "为减少对居民生活的影响，施工单位将在每条街巷开工前一周张贴告示，公布施工范围、工期和联系电话，并安排专人负责收集居民意见。对于沿街的老字号店铺，施工单位还将搭设临时便桥，保证顾客能够正常进出。",
            "市城管局提醒，施工期间部分路段将临时交通管制，请市民提前规划出行路线。改造完成后，老城区的内涝问题将得到明显缓解，沿线河道的水质也将进一步改善。"],
    html="""<?xml version="1.0" encoding="gbk"?>
<!DOCTYPE html PUBLIC "-//WAPFORUM//DTD XHTML Mobile 1.0//EN" "http://www.wapforum.org/DTD/xhtml-mobile10.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="application/xhtml+xml; charset=gbk"/>
<title>渭阳老城区启动雨污分流改造 涉及街巷四十二条-渭阳网手机版</title></head><body>
<div class="top"><a href="index.asp">渭阳网</a>|<a href="list.asp?cid=3">本地</a>|<a href="list.asp?cid=5">民生</a>|<a href="list.asp?cid=8">图片</a></div>
<div class="t"><b>渭阳老城区启动雨污分流改造 涉及街巷四十二条</b></div>
<div class="i">作者：佚名 来源：渭阳日报 时间：2024-3-15 9:05 点击：1873</div>
<div class="c">
{BODY}
</div>
<div class="p">上一篇：<a href="news.asp?id=73018">城南污水处理厂三期通水</a><br/>下一篇：<a href="news.asp?id=73025">渭阳市区新增停车泊位两千个</a></div>
<div class="f"><a href="index.asp">返回首页</a>|<a href="list.asp?cid=3">返回列表</a><br/>渭阳网 wap.weiyangnet.example.cn<br/>2024-3-15 10:27</div>
</body></html>""",
    note="作者：佚名 is a placeholder: authors []. The footer's '2024-3-15 10:27' is the page-render clock, not the "
         "article time."))

PAGES.append(Page(
    name="lanqiao_m_yesterday_caption_byline", body="p",
    kind="m. page of a city paper showing '昨天 08:12'; the absolute time only in an inline script (ctime) and the URL "
         "path /2024/0315/; a photo story whose ONLY credit is the first image's caption '图文：本报记者 宓清和'",
    url="https://m.lanqiaowb.example.cn/news/2024/0315/184406.html",
    title="凌晨四点的蔬菜批发市场",
    published_at="2024-03-15 08:12", authors=["宓清和"], photographers=["宓清和"], source=None, media="兰桥晚报",
    blocks=[("raw", '<div class="pic"><img src="https://img.lanqiaowb.example.cn/2024/0315/c1.jpg" alt="图文：本报记者 宓清和"></div>', ""),
            ("cap", "凌晨四点，兰桥农产品批发市场灯火通明。（图文：本报记者 宓清和）"),
            "凌晨三点半，当城市还在沉睡，兰桥农产品批发市场已经热闹起来。一辆辆满载蔬菜的货车从四面八方驶入，装卸工人的吆喝声、三轮车的喇叭声此起彼伏。",
            ("raw", '<div class="pic"><img src="https://img.lanqiaowb.example.cn/2024/0315/c2.jpg" alt=""></div>', ""),
            ("cap", "商户正在分拣刚从外省运来的青菜。"),
            "四十八岁的商户耿大姐在这里做了十五年蔬菜批发生意。她告诉记者，自家的青菜、菠菜主要从周边的三个县收购，每天凌晨一点就要出发去地头装货，赶在四点前运到市场。“早到一个小时，价格就能好一点。”",
            ("raw", '<div class="pic"><img src="https://img.lanqiaowb.example.cn/2024/0315/c3.jpg" alt=""></div>', ""),
            ("cap", "清晨六点，采购员装车完毕，准备送往各个菜市场和饭店。"),
            "市场负责人介绍，这里每天的蔬菜交易量在一千二百吨左右，供应着全市七成以上的菜市场和超市。为了保证蔬菜新鲜，市场在去年新建了一座三千平方米的冷链仓库，外地运来的叶菜可以先预冷再分拣。",
            "早上五点多，采购员们陆续赶到。一家连锁超市的采购员晏师傅每天要在市场里转上两个小时，货比三家之后再下单。“叶菜看新鲜度，根茎类看个头和表皮，价格差一两毛，一天下来就是好几百块。”",
            "天亮以后，批发市场渐渐安静下来。忙碌了一夜的商户们开始清点账目、打扫摊位，而从这里出发的蔬菜，已经摆上了市民的餐桌。"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>凌晨四点的蔬菜批发市场-兰桥晚报手机版</title>
<meta name="viewport" content="width=device-width,initial-scale=1">""" + head_scripts("m.lanqiaowb.example.cn") + """
<script>var newsInfo={id:"184406",ctime:"2024-03-15 08:12",channel:"图片",source:"兰桥晚报",comment:12};</script></head><body>
<div class="m-top"><a class="back" href="javascript:history.back()">&lt;</a><span>兰桥晚报</span><a class="home" href="/">首页</a></div>
<div class="m-art"><h1>凌晨四点的蔬菜批发市场</h1><div class="m-info"><span>兰桥晚报</span> <span class="t">昨天 08:12</span> <span>阅读 3.1万</span></div>
<div class="m-body">
{BODY}
</div></div>
<div class="m-hot"><h3>热门推荐</h3><ul><li><a>兰桥夜跑团：每周三晚八点见</a><span>03-14</span></li><li><a>老菜场变身文创市集 本报记者 宓清和</a><span>03-10</span></li></ul></div>
<div class="m-foot">兰桥晚报社主办 <a href="https://www.lanqiaowb.example.cn/news/2024/0315/184406.html">电脑版</a></div></body></html>""",
    note="Shown '昨天 08:12' → the date from the inline script (ctime 2024-03-15 08:12; the URL path agrees). The only "
         "credit is '图文：本报记者 宓清和' (caption and the first image's alt): 图文 = text and picture, so author and "
         "photographer (as 文/图). Captions are text."))

PAGES.append(Page(
    name="jinsha_m_just_now_korean_author", body="sec",
    kind="mobile culture page showing '刚刚'; the time only in JSON-LD datePublished (dateModified later); header byline "
         "'作者：（韩）朴敏智　编译：许知遥'; nested section/span body; 打开APP fold",
    url="https://m.jinshawenhua.example.com/a/20240921/66130.html",
    title="首尔老城的书店街：一条街的七十年",
    published_at="2024-09-21 10:05", authors=["朴敏智", "许知遥"], source=None, media="金沙文化",
    blocks=["在首尔老城区的一条窄街上，二十多家旧书店挨着开了几十年。上世纪五十年代，战后的首尔物资匮乏，不少人把家里的藏书拿到这条街上摆摊换钱，书店街就这样慢慢形成了。",
            "最兴旺的时候，这条街上有一百多家书店，大学生们常常在这里淘教材和参考书。经营了四十年书店的金老先生回忆，那时候店里的书堆到天花板，顾客进门要侧着身子走。",
            "后来，随着网络书店兴起，街上的书店一家接一家关门。到十年前，只剩下不到二十家。留下来的店主们开始想办法：有人把店面的一半改成咖啡角，有人专做绝版的漫画和画册，有人定期举办作者签售会和读书会。",
            "三年前，当地政府把书店街列入“未来遗产”名录，对老店铺的招牌和门面进行修缮，还在街口设置了介绍书店历史的展板。每年秋天，这里会举办为期一周的书展，吸引了不少年轻人和外国游客。",
            "书店街的变化也吸引了一批年轻店主。三十岁的李允书两年前在这里开了一家专卖诗集的小书店，店面只有十几平方米，却常常在周末挤满读者。她说，选择在这里开店，是因为“这条街本身就是一本书”。",
            "“书店不光是卖书的地方，也是一座城市的记忆。”金老先生说，只要还有人愿意走进来翻一翻，他就会一直开下去。"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>首尔老城的书店街：一条街的七十年 - 金沙文化</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="author" content="金沙文化">""" + head_scripts("jinshawenhua.example.com") + """
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"首尔老城的书店街：一条街的七十年","datePublished":"2024-09-21T10:05:00+08:00","dateModified":"2024-09-22T09:40:00+08:00","publisher":{"@type":"Organization","name":"金沙文化"}}</script></head><body>
<div class="hd"><a href="/">金沙文化</a><a class="dl" href="/app">下载APP</a></div>
<div class="article"><h1>首尔老城的书店街：一条街的七十年</h1>
<div class="meta"><span class="time">刚刚</span><span class="byline">作者：（韩）朴敏智　编译：许知遥</span></div>
<div class="rich-text">
{BODY}
</div>
<div class="app-fold"><span>打开APP，阅读全文</span></div></div>
<div class="tags"><a>#城市记忆</a><a>#书店</a></div>
""" + mfeed([("东京神保町：旧书的海洋", "金沙文化", "2天前"), ("一家县城书店的十年", "金沙文化", "09-15")], "更多文化") + """
</body></html>""",
    note="'刚刚' is relative: published_at from JSON-LD datePublished (not dateModified). （韩） is a nationality mark, "
         "dropped; 编译 is in the author list of the rule, so the translator-compiler is an author too. meta author = "
         "the site (not a person)."))
