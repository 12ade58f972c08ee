"""Translated foreign news, a live text room, a lunar-date page, a 北京时间 sports report, a 专栏作家 column with a
2-digit-year date and 作者简介, and an old GBK party-paper 评论员 page."""
from common import Page, head, nav, related, share, sitemap

PAGES: list[Page] = []

PAGES.append(Page(
    name="haiwai_translated_bianyi_shenjiao", body="p",
    kind="international channel, translated news: header '2024-03-15 06:12（北京时间）　来源：综合外媒', byline line '编译：庞书瑶"
         "　审校：柏一凡', body dated '当地时间14日', foreign officials named in the text",
    url="https://world.haiwai.example.com.cn/gjxw/2024-03/15/content_77120.html",
    title="北欧多国遭遇罕见春季暴雪 交通大面积中断",
    published_at="2024-03-15 06:12", authors=["庞书瑶"], editors=["柏一凡"], media="海外观察网",
    blocks=["据外媒报道，当地时间14日，北欧多国遭遇罕见的春季暴雪，部分地区一天之内积雪超过四十厘米，多条高速公路和铁路线路中断，数百个航班被取消。",
            "受影响最严重的是沿海地区。当地气象部门发布了最高级别的暴雪预警，呼吁民众非必要不出行。一名交通部门官员在记者会上表示，除雪车辆已全部出动，但由于降雪强度太大，部分路段刚清理完很快又被积雪覆盖。",
            '航空方面，当地最大的机场14日下午一度关闭跑道进行除冰作业，数千名旅客滞留。机场方面为滞留旅客提供了毛毯和热饮，并安排部分旅客到附近酒店休息。航空公司表示，航班将在天气好转后逐步恢复。',
            "暴雪还导致数万户家庭停电。电力公司称，大风吹倒了多处输电线路，抢修人员正在冒雪作业，预计部分偏远地区需要两到三天才能恢复供电。多所学校宣布停课一天。",
            "气象专家分析，此次暴雪是由一股强冷空气与来自大西洋的暖湿气流交汇造成的。往年三月中旬，这一地区气温已逐步回升，如此大范围的强降雪较为少见。",
            "据预报，未来两天降雪将逐渐减弱，但气温仍将维持在零下十度左右，道路结冰风险较高。当地政府提醒民众注意防寒保暖，驾车出行务必更换雪地轮胎。"],
    html=head("北欧多国遭遇罕见春季暴雪 交通大面积中断_国际新闻_海外观察网") + nav(["首页", "国际", "军事", "环球视野", "图片", "专题"])
    + """<div class="article"><h1>{TITLE}</h1>
<div class="info">2024-03-15 06:12（北京时间）　来源：综合外媒</div>
<div class="bianyi">编译：庞书瑶　审校：柏一凡</div>
<div class="article-content">
{BODY}
</div>
""" + share("微信", "微博") + "</div>" + sitemap("海外观察网") + "</body></html>",
    note="编译 → author, 审校 → editor. '来源：综合外媒' names no outlet (compiled from foreign media) → source null (as "
         "'本站综合' in the fourth batch). published_at is the shown Beijing time, not the 当地时间14日 in the text."))

PAGES.append(Page(
    name="shuyuan_translated_essay_yizhe", body="pi",
    kind="reading/culture site, translated essay: '作者：[英]艾莉森·格雷　译者：单思言', date line '发布日期：2023年09月09日', "
         "a 译者按-free body, 本文节选自 note and book card at the end",
    url="https://www.shuyuan.example.org/read/essay/2023/0909/3391.html",
    title="在图书馆里长大的孩子",
    published_at="2023-09-09", authors=["艾莉森·格雷", "单思言"], media="书苑",
    blocks=["我童年的大部分下午是在镇上的图书馆里度过的。那是一栋红砖小楼，木地板走上去会吱呀作响，阅览室的窗户朝西，到了傍晚，阳光会斜斜地照在书架上。",
            "母亲下班晚，学校放学后，我就背着书包去图书馆等她。管理员是一位头发花白的老太太，她从不催我离开，只是在闭馆前半小时轻轻敲一下我的桌子，提醒我把书放回原处。",
            '老太太有一个习惯，会把新到的书摆在门口的一张小桌上。我每次进门都先去那张桌子前看看，有时候能翻到一本讲航海的画册，有时候是一本写满了花草名字的图鉴。她看我拿起哪本书，第二周就会再放几本同类的上去。',
            "我在那里读完了所有能找到的冒险小说，后来又开始读历史和地理。书里的世界比小镇大得多，我跟着书中的人物穿过沙漠、登上雪山、在暴风雨中的甲板上奔跑。那些下午让我相信，只要翻开一本书，就能去任何地方。",
            "很多年后，我回到小镇，发现图书馆已经搬进了新建的社区中心，红砖小楼变成了一家咖啡馆。我在咖啡馆里坐了很久，努力回想阅览室的书架原来摆在什么位置。",
            "如今我也有了孩子。每个周末，我都会带她去图书馆。看着她趴在地毯上翻绘本，我总会想起那位老太太，想起那些被书页填满的下午。"],
    html=head("在图书馆里长大的孩子 - 书苑") + nav(["首页", "阅读", "书评", "作家", "译介", "活动"]) + """
<div class="essay"><h1>{TITLE}</h1>
<div class="by">作者：[英]艾莉森·格雷　译者：单思言</div>
<div class="dt">发布日期：2023年09月09日</div>
<div class="essay-body">
{BODY}
</div>
<p class="note">本文节选自《小镇与书》，经出版方授权发布。</p>
<div class="book-card"><img src="/cover/xzys.jpg"><p>《小镇与书》</p><p>[英]艾莉森·格雷 著　单思言 译</p></div></div>
</body></html>""",
    note="The original writer (the [英] nationality mark dropped, middle dot kept) and the translator are both "
         "credited with the Chinese text → two authors (译者 treated like 编译, cf. the fourth batch's call). The "
         "节选 note and book card are not text."))

PAGES.append(Page(
    name="binhai_live_text_room_chronological", body="p",
    kind="图文直播 room, oldest entry first: '直播时间：2024-06-08 09:00', credits '文字直播：记者 霍思齐 冉冉　图片直播：易晟', "
         "each entry '<span>09:05</span> text' in a list, 刷新 button and 参与人数",
    url="https://live.binhai.example-news.com/zhibo/20240608/1261.html",
    title="图文直播｜滨海国际马拉松开跑",
    published_at="2024-06-08 09:00", authors=["霍思齐", "冉冉"], photographers=["易晟"], media="滨海新闻网",
    blocks=[("raw", '<li class="live-item"><span class="t">07:30</span><p>滨海国际马拉松今天上午七点半在市民广场鸣枪开跑，来自二十多个国家和地区的三万名选手参赛。</p></li>',
             "07:30\n滨海国际马拉松今天上午七点半在市民广场鸣枪开跑，来自二十多个国家和地区的三万名选手参赛。"),
            ("raw", '<li class="live-item"><span class="t">08:10</span><p>赛道沿途设置了十八个补给站和二十个医疗点，三百多名医护人员和一千二百名志愿者为选手提供服务。记者在十公里处看到，不少市民自发在路边为选手加油。</p></li>',
             "08:10\n赛道沿途设置了十八个补给站和二十个医疗点，三百多名医护人员和一千二百名志愿者为选手提供服务。记者在十公里处看到，不少市民自发在路边为选手加油。"),
            ("raw", '<li class="live-item"><span class="t">08:45</span><p>男子领跑集团已经通过半程，用时一小时零三分。今天早上气温二十一度，湿度较大，部分选手在补给站停下来补水。</p></li>',
             "08:45\n男子领跑集团已经通过半程，用时一小时零三分。今天早上气温二十一度，湿度较大，部分选手在补给站停下来补水。"),
            ("raw", '<li class="live-item"><span class="t">09:20</span><p>记者在三十五公里处看到，这里是全程最难跑的一段上坡路，不少选手放慢了脚步。路边的志愿者不停地递上水和香蕉，还有市民拿着喷雾瓶为选手降温。</p></li>',
             "09:20\n记者在三十五公里处看到，这里是全程最难跑的一段上坡路，不少选手放慢了脚步。路边的志愿者不停地递上水和香蕉，还有市民拿着喷雾瓶为选手降温。"),
            ("raw", '<li class="live-item"><span class="t">09:40</span><p>男子组冠军产生！一名肯尼亚选手以两小时零九分四十一秒率先冲线，打破了赛会纪录。国内选手中，跑得最快的是来自本省的路远航，成绩为两小时十四分。</p></li>',
             "09:40\n男子组冠军产生！一名肯尼亚选手以两小时零九分四十一秒率先冲线，打破了赛会纪录。国内选手中，跑得最快的是来自本省的路远航，成绩为两小时十四分。"),
            ("raw", '<li class="live-item"><span class="t">09:58</span><p>女子组冠军诞生，埃塞俄比亚选手以两小时二十六分夺冠。本次比赛的关门时间为六小时，交通管制将于下午一点半前陆续解除。</p></li>',
             "09:58\n女子组冠军诞生，埃塞俄比亚选手以两小时二十六分夺冠。本次比赛的关门时间为六小时，交通管制将于下午一点半前陆续解除。")],
    html=head("图文直播｜滨海国际马拉松开跑_滨海新闻网") + nav(["首页", "滨海", "直播", "体育", "视频"]) + """
<div class="live"><h1>{TITLE}</h1>
<div class="live-meta">直播时间：2024-06-08 09:00　参与人数：<b>18624</b>　<a class="refresh">刷新</a></div>
<div class="live-credit">文字直播：记者 霍思齐 冉冉　图片直播：易晟</div>
<ul class="live-list">
{BODY}
</ul></div>
""" + related([("马拉松当天交通管制公告", "2024-06-06")], "相关报道") + "</body></html>",
    note="The page time is the shown 直播时间 09:00 (even though the first entry is 07:30; the shown field is what the "
         "rules ask for). 文字直播：记者 A B → two authors; 图片直播 → photographer. Entry times kept as text lines (the "
         "second batch's live-blog call). The runner 路远航 is named in an entry, not an author."))

PAGES.append(Page(
    name="yanshan_lunar_new_year_date", body="br",
    kind="city paper site, Spring Festival page: date line '2025年1月29日 星期三 农历乙巳年正月初一' with no clock, byline "
         "'本报记者 米多 陶然 文/图' after the title, body in <br> lines",
    url="https://www.yanshandaily.example.cn/html/2025-01/29/content_90112.htm",
    title="大年初一 市民逛庙会迎新春",
    published_at="2025-01-29", authors=["米多", "陶然"], photographers=["米多", "陶然"], media="燕山日报",
    blocks=["大年初一，燕山古城庙会开市，舞龙舞狮、踩高跷、非遗展演轮番登场，吸引了大批市民和游客前来逛庙会、品年味。",
            "上午九点，随着一阵锣鼓声，两条长龙从城隍庙前的广场腾跃而出，围观的人群里不时响起喝彩声。带着孩子来逛庙会的市民郑先生说，每年初一都要来转一转，“庙会上热热闹闹的，才有过年的感觉”。",
            '在传统小吃区，冰糖葫芦、炸糕、羊杂汤的摊位前排起了长队。一位卖炸糕的老摊主说，他从二十多岁开始在庙会上摆摊，今年已经是第三十五个年头了，“初一这天卖得最多，一上午就要炸上千个”。',
            "庙会今年设置了非遗展示、传统小吃、文创市集三个区域，共有一百六十多个摊位。在非遗展示区，剪纸、面塑、糖画等传统手艺人现场表演，不少孩子围在糖画摊前，等着转盘转出自己喜欢的生肖图案。",
            "今年是蛇年，以蛇为主题的文创产品格外受欢迎。一家文创店的店主说，蛇年主题的冰箱贴、挂件和福字最好卖，年前备的货到初一上午已经卖出了一大半。",
            "据介绍，燕山古城庙会将持续到正月初七。为保障游客安全，景区实行预约限流，并在主要路口增设了交通疏导人员和临时停车场。"],
    html=head("大年初一 市民逛庙会迎新春-燕山日报", "utf-8") + nav(["首页", "本地", "要闻", "民生", "文化", "图片"]) + """
<div class="dateline">2025年1月29日 星期三 农历乙巳年正月初一</div>
<div class="art"><h2>{TITLE}</h2>
<p class="zz">本报记者 米多 陶然 文/图</p>
<div class="zw">
{BODY}
</div></div>
""" + sitemap("燕山日报") + "</body></html>",
    note="Gregorian date with the lunar date beside it → 2025-01-29 (the lunar 正月初一 is the same day, not a "
         "second date). '本报记者 A B 文/图' → both authors and photographers. 郑先生 is quoted."))

PAGES.append(Page(
    name="huanqiu_sports_beijing_time_dangdi", body="p",
    kind="sports paper site: byline '本报驻外记者 鄢子轩 发自里斯托 当地时间8月3日', date shown '北京时间 2024-08-04 03:15', "
         "result box with scores, a coach and players named",
    url="https://sports.huanqiutiyu.example.com/zonghe/2024-08-04/doc-ihx8812.shtml",
    title="混双摘银 年轻组合首次站上领奖台",
    published_at="2024-08-04 03:15", authors=["鄢子轩"], media="环球体育报",
    blocks=["当地时间8月3日晚，在里斯托进行的羽毛球世界巡回赛总决赛混双决赛中，我国年轻组合俞楠、江晓蝶以一比二不敌对手，获得亚军。这是两人搭档以来首次站上总决赛领奖台。",
            "首局比赛，俞楠、江晓蝶开局打得积极，凭借网前的抢攻以二十一比十八先下一城。第二局对手调整了发球战术，多次压制俞楠的后场进攻，两人以十六比二十一输掉。",
            '比赛在一座能容纳八千人的体育馆进行，现场有不少华人观众举着国旗为两人加油。每当俞楠在后场起跳扣杀得分，看台上就会响起一阵欢呼。',
            "决胜局双方比分交替上升，一度战成十八平。关键时刻，江晓蝶连续两次接发球失误，对手抓住机会连得三分，最终以二十一比十八拿下比赛。",
            "赛后，主教练方维表示，两名队员搭档时间只有一年多，能打进总决赛决赛已经超出预期。“他们在关键分上的处理还不够老练，这需要更多大赛来磨炼。”",
            "俞楠说，决胜局最后阶段有些着急，想早点结束比赛，反而出现了失误。“这场比赛让我们看到了和世界顶尖组合的差距，回去后会在防守和相持上多下功夫。”"],
    html=head("混双摘银 年轻组合首次站上领奖台_综合体育_环球体育报") + nav(["首页", "足球", "篮球", "综合", "图片", "数据"]) + """
<div class="art"><h1>{TITLE}</h1>
<div class="byline">本报驻外记者 鄢子轩 发自里斯托 当地时间8月3日</div>
<div class="pubtime">北京时间 2024-08-04 03:15</div>
<table class="result"><tr><td>俞楠/江晓蝶</td><td>21-18 16-21 18-21</td><td>对手组合</td></tr></table>
<div class="art-text">
{BODY}
</div></div>
""" + related([("羽毛球总决赛赛程", "2024-07-30")], "相关新闻") + "</body></html>",
    note="Two times: the byline's 当地时间8月3日 (the game's local day) vs the shown page time '北京时间 2024-08-04 "
         "03:15' → published_at 2024-08-04 03:15. 本报驻外记者 X 发自Y → author X. The coach and players are quoted. "
         "The result table is not text."))

PAGES.append(Page(
    name="zhouxiang_column_two_digit_year_jianjie", body="p",
    kind="column page: '专栏作家 郝静姝' under the title, date '发表于 24-03-15' (2-digit year, no time), the article ends "
         "with '作者简介：郝静姝，澄川师范大学历史文化学院副教授，著有《街巷里的城》。' and a 版权声明",
    url="https://www.zhouxiang.example.com/column/hjs/1048.html",
    title="一条老街的三种时间",
    published_at="2024-03-15", authors=["郝静姝"], media="舟巷",
    blocks=["每个城市都有这样一条老街：白天是游客的，傍晚是街坊的，深夜是小吃摊的。同一条街，在不同的时间里，换了三副面孔。",
            "白天的老街属于相机。游客们在修缮一新的骑楼下排队拍照，奶茶店和文创店一家挨着一家，招牌的字体都差不多。这时候的老街是一张明信片，好看，但少了点温度。",
            '我第一次注意到这三种时间，是在一个下雨的黄昏。那天游客早早散了，雨水顺着骑楼的檐口滴下来，街坊们把桌子搬到廊下打牌，收音机里放着粤剧。那一刻我突然觉得，这才是这条街本来的样子。',
            "傍晚，游客散去，街坊们搬出小板凳坐在门口。理发店的老师傅给熟客刮脸，杂货铺的老板娘一边择菜一边和邻居聊天，孩子们在骑楼下追来跑去。这时的老街才像是一个家。",
            "到了深夜，街角的糖水铺和炒粉摊亮起灯，来吃宵夜的多是下夜班的年轻人。摊主说，他们家在这条街上摆了三十年，“街变了好多次，来吃的人换了好几茬，味道没变”。",
            "城市更新常常只看见老街的第一种时间，用统一的招牌和店铺把它变成景点。可一条街真正的生命力，藏在后两种时间里。留住街坊，留住小摊，老街才不只是拍照的背景。"],
    html=head("一条老街的三种时间 - 舟巷专栏") + nav(["首页", "专栏", "城市", "文化", "关于"]) + """
<div class="col-article"><h1>{TITLE}</h1>
<div class="col-author">专栏作家 郝静姝</div>
<div class="col-date">发表于 24-03-15</div>
<div class="col-body">
{BODY}
<p class="bio">作者简介：郝静姝，澄川师范大学历史文化学院副教授，著有《街巷里的城》。</p>
</div>
<p class="copyright">版权声明：本文为舟巷专栏原创，未经授权不得转载。</p></div></body></html>""",
    note="2-digit year 24-03-15 → 2024-03-15. 专栏作家 is a writer's title → author 郝静姝. The 作者简介 line after the "
         "last paragraph is an author note, not text (like a byline); the 版权声明 is not text."))

PAGES.append(Page(
    name="jiangbei_gbk_party_paper_pinglunyuan", body="font", encoding="gbk",
    kind="2016-style GBK party-paper site: table layout, '本报评论员 言简' line, date '2016年04月12日07:45　来源：江北日报', "
         "【字号 大 中 小】【我要打印】 tools, '(责任编辑：贲晓燕、濮阳)' after the body",
    url="http://opinion.jiangbei.example.com.cn/n1/2016/0412/c1003-2881021.html",
    title="把服务群众的“最后一公里”走实",
    published_at="2016-04-12 07:45", authors=["言简"], editors=["贲晓燕", "濮阳"], source="江北日报", media="江北网",
    blocks=["基层是联系服务群众的“最后一公里”。群众办事方便不方便、满意不满意，很大程度上取决于这一公里走得实不实。",
            "近年来，各地推行“一窗受理”“就近办理”，把大量审批服务事项下放到乡镇和社区，群众少跑了不少冤枉路。但也要看到，有的地方事项下放了，人员和能力却没有跟上，群众到了窗口才发现“办不了”，只好再往上跑。",
            '比如，有的乡镇便民服务中心挂出了几十项服务事项的清单，可窗口工作人员只有两三个人，既要办业务又要应付检查，群众排长队是常事；有的事项虽然名义上下放了，审批系统的权限却还留在县里，基层只能做个“收件员”。',
            "走实“最后一公里”，要把权力和能力一起放下去。事项下放之前，要对基层的承接能力进行评估，配齐配强工作人员，加强业务培训；事项下放之后，上级部门要加强指导，不能“一放了之”。",
            "走实“最后一公里”，还要把群众的评价放在首位。办事效率高不高、服务态度好不好，群众最有发言权。建立“好差评”制度，让群众的意见成为改进工作的依据，基层服务才能越来越好。",
            "为民服务无止境。只有把群众的小事当成自己的大事，一件一件办好、一点一点改进，“最后一公里”才能真正畅通起来。"],
    html="""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk" /><title>把服务群众的“最后一公里”走实--观点--江北网</title></head><body>
<table width="980" align="center"><tr><td class="logo"><img src="/img/jb_logo.gif" /></td><td>""" + nav(["首页", "时政", "观点", "地方", "社会", "图片"]) + """</td></tr></table>
<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td width="660" valign="top">
<h1 id="p_title">{TITLE}</h1>
<div class="pbyline">本报评论员 言简</div>
<div class="box01"><div class="fl">2016年04月12日07:45　来源：<a href="http://paper.jiangbei.example.com.cn/">江北日报</a></div><div class="fr">【字号 大 中 小】【我要打印】</div></div>
<div class="box_con" id="p_content">
{BODY}
</div>
<div class="edit">(责任编辑：贲晓燕、濮阳)</div>
</td><td width="300" valign="top">""" + related([("基层减负要减出实效", "2016-04-08"), ("让数据多跑路", "2016-03-30")], "观点推荐") + """</td></tr></table>
""" + sitemap("江北网") + "</body></html>",
    note="Named 本报评论员 → author 言简. 责任编辑 two names joined by 、 → two editors (濮阳 is a compound surname used "
         "as a two-character name, kept whole). 来源 link text → source 江北日报; media the site 江北网. Minute precision "
         "from '2016年04月12日07:45' (no space before the clock)."))

PAGES.append(Page(
    name="shiwu_my_malay_month_date", body="p",
    kind="East-Malaysian Chinese daily: header line '记者 龙慧欣 诗巫报道' above the body, date in Malay '20 Ogos 2023 16:35', "
         "dateline '（诗巫20日讯）', a 令吉 figure, '相关新闻' and a Facebook share row",
    url="https://www.lajiangribao.example.my/local/sibu/2023/08/20/41221",
    title="诗巫河滨公园重新开放 新增儿童游乐区",
    published_at="2023-08-20 16:35", authors=["龙慧欣"], media="拉江日报",
    blocks=["（诗巫20日讯）经过八个月的提升工程，诗巫河滨公园今日重新开放，新增的儿童游乐区和河畔步道吸引了许多家庭前来游玩。",
            "市议会主席拿督黄志明在开幕仪式上致词说，这项提升工程耗资约三百五十万令吉，除了儿童游乐区，也重新铺设了一点二公里长的河畔步道，并加装了照明设备和监控摄像头，让民众晚上散步也更安心。",
            "他说，河滨公园是诗巫市民最喜爱的休闲去处之一，每逢周末都有大量民众前来运动和野餐。市议会希望通过这项工程，让公园更适合不同年龄层的市民使用。",
            '据了解，提升工程原定今年五月完工，但由于雨季期间河水上涨，部分工程一度停工，完工日期因此延后了三个月。市议会表示，承包商已按合约缴付延误赔偿，工程质量也经过了工程部门的验收。',
            "带着两个孩子前来的家长林女士受访时表示，以前孩子们只能在草地上跑来跑去，现在有了滑梯、秋千和沙池，“孩子们玩得不肯回家”。",
            "黄志明也呼吁民众爱护公共设施，不要乱丢垃圾。他透露，市议会明年将展开第二阶段工程，在公园内增建一座露天剧场，供社区团体举办文化活动。"],
    html=head("诗巫河滨公园重新开放 新增儿童游乐区 | 诗巫 | 拉江日报") + nav(["首页", "诗巫", "砂州", "全国", "国际", "体育"]) + """
<div class="entry"><h1 class="entry-title">{TITLE}</h1>
<div class="entry-meta"><span class="date">20 Ogos 2023 16:35</span></div>
<p class="reporter">记者 龙慧欣 诗巫报道</p>
<div class="entry-content">
{BODY}
</div>
<div class="fb-share">分享到 Facebook ｜ WhatsApp</div></div>
""" + related([("诗巫中央市场屋顶维修完成", "2023-08-12")], "相关新闻") + "</body></html>",
    note="Malay month name (Ogos = August) → 2023-08-20 16:35. '记者 X 诗巫报道' → author X (the place and 报道 "
         "dropped); the line is not text, the （诗巫20日讯） dateline is. The council chairman and 林女士 are quoted."))

PAGES.append(Page(
    name="qinghe_school_shangwu_slash_date", body="pi",
    kind="county education bureau page: info 'Posted: 2017/8/9 上午 10:12:05　文章来源：清河县实验小学　作者：校办 "
         "蔺思琪　点击数：', Windows-style date with 上午, '（审核：邝建国）' after the body",
    url="http://www.qhjyj.example.gov.cn/Article/ShowArticle.asp?ArticleID=6612",
    title="清河县实验小学开展暑期安全家访活动",
    published_at="2017-08-09 10:12:05", authors=["蔺思琪"], editors=["邝建国"], source="清河县实验小学",
    media="清河县教育局",
    blocks=["为切实做好暑期学生安全教育工作，8月上旬，清河县实验小学组织全体班主任和任课教师开展暑期安全家访活动，走进学生家庭，面对面宣传防溺水、交通安全、用电安全等知识。",
            "家访中，老师们仔细了解学生的假期生活和学习情况，查看学生的作息安排，提醒家长履行好监护责任，特别是不让孩子私自到河塘、水库等地游泳，不让未满十二周岁的孩子骑自行车上路。",
            '在家访过程中，老师们还对学生家中的电器线路、燃气设备和阳台窗户进行了安全检查，发现隐患当场提醒家长整改，并指导孩子认识常见的安全标识，学会拨打报警和急救电话。',
            "对于父母外出务工、由祖辈照顾的留守儿童，学校安排了“一对一”帮扶老师，每周至少电话联系一次，及时了解孩子的安全和学习情况。四年级学生小宇的奶奶说：“老师大热天跑到家里来，讲得很仔细，我们心里也踏实多了。”",
            "据统计，此次家访共走访学生家庭一千一百余户，发放《致家长的一封信》一千二百余份，收集家长意见建议三十余条。学校将对家长反映的问题逐条梳理，在新学期工作中加以改进。"],
    html="""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>清河县实验小学开展暑期安全家访活动-清河县教育局</title></head><body>
""" + nav(["网站首页", "教育动态", "通知公告", "学校风采", "政策法规", "招生考试"]) + """
<table class="article" width="960"><tr><td class="atitle"><h2>{TITLE}</h2></td></tr>
<tr><td class="ainfo">Posted: 2017/8/9 上午 10:12:05　文章来源：清河县实验小学　作者：校办 蔺思琪　点击数：<script src="/Article/GetHits.asp?ArticleID=6612"></script></td></tr>
<tr><td class="acontent">
{BODY}
<p style="text-align:right;">（审核：邝建国）</p>
</td></tr></table>
<div class="foot">清河县教育局 主办　技术支持：清河县电教站</div></body></html>""",
    note="Windows-style '2017/8/9 上午 10:12:05' → 2017-08-09 10:12:05 (上午: morning, no shift). 作者：校办 蔺思琪 → "
         "author 蔺思琪 (the office 校办 dropped). 文章来源 names the school that supplied the item → source (as the "
         "fourth batch's 信息来源 call). 审核 → editor. The grandmother is quoted."))
