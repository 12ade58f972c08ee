"""Party-paper, commentary, court/procuratorate/police, local TV, 周刊 and Malaysian/Singapore Chinese pages."""
from common import Page, head, nav, related, share, sitemap

PAGES: list[Page] = []

PAGES.append(Page(
    name="hupan_party_paper_zebian_share", body="pi",
    kind="party-paper site: info line '2023-11-08 07:02　来源：<a>湖畔日报</a>　作者：记者 柯文澜 通讯员 戚晓峰', "
         "a 分享到 bar above and below the body, closing '【责编：卢一鸣】'",
    url="https://www.hupan.example-news.cn/hpxw/content/2023-11/08/content_41120.htm",
    title="湖畔市老旧小区改造年内完成九十个",
    published_at="2023-11-08 07:02", authors=["柯文澜", "戚晓峰"], editors=["卢一鸣"],
    source="湖畔日报", media="湖畔网",
    blocks=["本报讯　记者从湖畔市住房和城乡建设局获悉，今年全市计划改造的九十个老旧小区已全部开工，其中六十二个已完成主体工程，预计年底前全部完工，惠及居民两万三千余户。",
            "今年的改造坚持“先民生后提升”，优先解决雨污分流、管线老化、屋面渗漏等群众反映最集中的问题。在城东街道的纺机新村，施工人员正在为五栋楼加装电梯。小区居民韦阿姨说，她家住在六楼，以前下楼买菜要歇好几回，“电梯装好了，我们老两口出门就方便多了”。",
            "为了让改造更合居民心意，各街道在开工前逐户征求意见，把“改什么、怎么改”交给居民商量决定。改造完成后，小区还将引入物业服务或实行居民自治管理，避免出现“一年新、两年旧、三年回到老样子”的情况。",
            '在改造过程中，湖畔市还建立了“居民监督员”制度，每个小区推选三到五名热心居民，全程参与施工质量和进度监督。城西街道一位监督员说，发现问题当天就能反映给施工方，“一般第二天就整改到位了”。',
            "市住建局有关负责人介绍，明年全市还将启动新一批老旧小区改造，并探索片区化改造模式，把相邻小区连成片统一规划，同步建设养老、托育、停车等配套设施。"],
    html=head("湖畔市老旧小区改造年内完成九十个_湖畔新闻_湖畔网") + nav(["首页", "湖畔新闻", "时政", "区县", "理论", "评论", "视频"])
    + """<div class="main"><h1 class="art-title">{TITLE}</h1>
<div class="art-info"><span class="time">2023-11-08 07:02</span>　<span class="laiyuan">来源：<a href="http://epaper.hupan.example-news.cn/">湖畔日报</a></span>　<span class="zuozhe">作者：记者 柯文澜 通讯员 戚晓峰</span></div>
""" + share("微信", "微博", "QQ空间") + """
<div class="art-content" id="ozoom">
{BODY}
</div>
<p class="zebian">【责编：卢一鸣】</p>
""" + share("微信", "微博", "QQ空间") + related([("湖畔市加装电梯补贴标准提高", "2023-10-21"), ("城东街道“微更新”让小巷变美", "2023-09-30")], "相关阅读")
    + sitemap("湖畔网") + "</div></body></html>",
    note="来源 is a link to the paper → source 湖畔日报 (the link text); media is the site 湖畔网. 记者/通讯员 both "
         "authors. 【责编：】 → editor. The resident 韦阿姨 is quoted, not an author. The 本报讯 opening is text."))

PAGES.append(Page(
    name="qingjiang_commentary_teyue_pinglunyuan", body="p",
    kind="commentary column: kicker '今日时评', byline line '□ 特约评论员 鲁清远' above the body, date '2022/09/14 06:30' in a "
         "grey bar, 往期评论 list with other commentators' names",
    url="https://opinion.qingjiang.example.com.cn/shiping/2022/0914/8812.shtml",
    title="让“家门口的体育场”真正开门",
    published_at="2022-09-14 06:30", authors=["鲁清远"], media="清江新闻网",
    blocks=["近日，有市民反映，小区附近一所中学的操场周末总是大门紧锁，想跑跑步、打打球只能绕到几公里外的公园。类似的声音并不少见：学校和机关单位的体育场地建得不错，却和周边居民“隔着一道墙”。",
            "推动公共体育场地向社会开放，各地早有政策，但落地时往往遇到“三怕”：怕出安全事故、怕增加管理成本、怕影响正常教学。这些顾虑可以理解，却不应成为长期关门的理由。",
            '更深一层看，场地开放不只是管理问题，也是观念问题。学校和单位的场地由公共财政建设，理应在不影响主责主业的前提下更多地服务社会。把“能不开就不开”变成“能开尽量开”，需要主管部门拿出考核和激励的办法，而不是让学校独自承担风险。',
            "一些地方的做法值得借鉴：由街道统一购买场地意外险，解决“出了事谁负责”的问题；引入专业机构托管，实行预约入场、实名登记，解决“谁来管”的问题；开放时间错开上课时段，解决“影响教学”的问题。办法总比困难多，关键在于有没有把群众需求放在心上。",
            "全民健身离不开家门口的场地。与其花大力气新建，不如先把现有的场地用起来。让体育场真正“开门”，考验的是治理的精细程度，也检验着服务群众的诚意。"],
    html=head("让“家门口的体育场”真正开门-今日时评-清江新闻网") + nav(["首页", "本地", "评论", "图片", "视频", "专题"])
    + """<div class="col-left"><div class="kicker">今日时评</div><h1>{TITLE}</h1>
<div class="greybar">2022/09/14 06:30　清江新闻网</div>
<p class="byline">□ 特约评论员 鲁清远</p>
<div class="comment-body">
{BODY}
</div></div>
<div class="col-right"><h3>往期评论</h3><ul><li><a>别让“适老化”停在纸面上</a><span>评论员 穆言</span></li><li><a>夜市的烟火气需要规则托底</a><span>专栏作家 霍一舟</span></li><li><a>从一张罚单看执法温度</a><span>特约评论员 鲁清远</span></li></ul></div>
""" + sitemap("清江新闻网") + "</body></html>",
    note="特约评论员 is a writer's title → author 鲁清远 (role word dropped; cf. earlier sets: named 评论员 is an author). "
         "The 往期评论 list names other commentators (穆言, 霍一舟): not authors of this page. No 来源 → source null."))

PAGES.append(Page(
    name="yunling_signature_block_zuozhe_danwei", body="pi",
    kind="theory/commentary page with no byline at the top: the article ends with '作者：常书衡　苗若谷' and '（作者单位：云岭农业"
         "大学经济管理学院）' after the last paragraph; date only as '2021年06月17日 来源：云岭日报' at the bottom",
    url="https://theory.yunling.example.cn/llpd/202106/t20210617_774210.html",
    title="以数字技术赋能小农户对接大市场",
    published_at="2021-06-17", authors=["常书衡", "苗若谷"], source="云岭日报", media="云岭理论网",
    blocks=["小农户是我国农业生产经营的基本面。如何让千家万户的小生产对接千变万化的大市场，是推进农业现代化必须回答的问题。近年来，数字技术在农业领域加快应用，为破解这一难题提供了新的路径。",
            ("h", "一、数字平台降低了小农户进入市场的门槛"),
            "过去，小农户获取市场信息主要依靠收购商和集贸市场，信息不对称导致议价能力弱。电商平台和农产品信息服务平台的普及，让农户可以直接了解各地价格、对接终端消费者，减少了中间环节。",
            ("h", "二、数字技术提升了小农户的生产效率"),
            "智能灌溉、病虫害远程诊断、农机共享调度等应用，让小农户也能用上过去只有规模经营主体才用得起的技术和服务。调研发现，使用农业社会化服务平台的农户，亩均生产成本平均下降了一成左右。",
            ("h", "三、要补齐数字基础设施和人才短板"),
            "同时也要看到，部分偏远地区网络覆盖不足，农村老龄化使得不少农户难以熟练使用数字工具。应加快农村网络和冷链物流等基础设施建设，加强面向农户的数字技能培训，让更多小农户搭上数字经济的快车。"],
    html=head("以数字技术赋能小农户对接大市场_理论频道_云岭理论网", "utf-8", '<meta name="keywords" content="数字农业,小农户">')
    + nav(["首页", "理论频道", "学习园地", "专家观点", "党建"]) + """
<div class="article"><h2 class="title">{TITLE}</h2>
<div class="text">
{BODY}
<p style="text-align:right;">作者：常书衡　苗若谷</p>
<p>（作者单位：云岭农业大学经济管理学院）</p>
</div>
<div class="bottom-line">2021年06月17日 来源：云岭日报</div>
<div class="editor">［责任编辑：］</div></div>
""" + sitemap("云岭理论网") + "</body></html>",
    note="The only credit is the signature block after the last paragraph → authors 常书衡, 苗若谷; the signature and "
         "the （作者单位） line are not text (like a byline). Date only in the bottom '2021年06月17日 来源：' line → day "
         "precision. The empty ［责任编辑：］ names nobody. Subheadings are text."))

PAGES.append(Page(
    name="xiheqi_court_gonggao_credits_chain", body="span",
    kind="court site: credits at the bottom in one block '供稿单位：西河区人民法院　文字：付晓岚　图片：綦宇航　视频："
         "綦宇航　校对：邢蕾　编辑：单若愚　审核：宫志坚', date '发布时间：2024年04月26日 16:40:03' and 浏览量",
    url="http://xhqfy.example-court.gov.cn/article/detail/2024/04/id/81102.shtml",
    title="西河区法院开展“4·26”知识产权宣传周活动",
    published_at="2024-04-26 16:40:03", authors=["付晓岚"], photographers=["綦宇航"],
    editors=["邢蕾", "单若愚", "宫志坚"], media="西河区人民法院",
    blocks=["4月26日是世界知识产权日。当天，西河区人民法院在区科创园开展知识产权司法保护宣传活动，向园区企业发放宣传手册三百余份，现场解答法律咨询四十余人次。",
            "活动中，该院知识产权审判团队通报了近三年来审理的知识产权案件情况，三年来共审结商标侵权、著作权侵权、不正当竞争等案件六百余件，判赔金额同比明显上升，对恶意侵权、重复侵权依法适用惩罚性赔偿。",
            "法官结合一起外观设计专利纠纷案，提醒企业在产品研发初期就要注重专利布局，发现被侵权后要及时固定证据。不少企业负责人围着法官询问商标续展、员工跳槽带走技术资料等问题，法官一一作答。",
            '当天下午，该院还在科创园设立了“知识产权司法服务站”，将定期安排法官到站接待企业咨询，开展诉前调解，推动纠纷在萌芽阶段就地化解。服务站启用后，园区企业可通过线上预约的方式与法官沟通，不出园区就能获得法律指导。',
            "据悉，宣传周期间，西河区法院还将开展庭审直播、走访企业、发布典型案例等系列活动，为优化辖区营商环境提供有力司法服务。"],
    html=head("西河区法院开展“4·26”知识产权宣传周活动_西河区人民法院") + """<div class="court-top"><img src="/img/fahui.png"><b>西河区人民法院</b></div>
""" + nav(["首页", "法院概况", "法院新闻", "审判动态", "诉讼服务", "司法公开"]) + """
<div class="detail"><h3 class="d-title">{TITLE}</h3>
<div class="d-info">发布时间：2024年04月26日 16:40:03　浏览量：<span>1088</span></div>
<div class="d-content">
{BODY}
</div>
<div class="credits"><p>供稿单位：西河区人民法院　文字：付晓岚　图片：綦宇航　视频：綦宇航</p><p>校对：邢蕾　编辑：单若愚　审核：宫志坚</p></div></div>
<div class="ft">版权所有：西河区人民法院　地址：西河区法院路1号</div></body></html>""",
    note="文字 → author, 图片/视频 → photographer (one name, listed once), 校对/编辑/审核 → editors. 供稿单位 names the court "
         "itself (an organisation that supplied it, the site's own) → no source. Seconds kept in the time."))

PAGES.append(Page(
    name="nanshan_procuratorate_tongxunyuan_chain", body="p",
    kind="procuratorate WeChat-style page: top line '南山区检察院 作者：通讯员 鞠晓彤 郜明远 冼佳' then '2023-05-19', body "
         "ends with '（南山区人民检察院 第二检察部）', '来源：南山检察' and '责任编辑：温可'",
    url="https://www.nsjcy.example-jcy.gov.cn/jcxw/202305/t20230519_5521.shtml",
    title="检察官走进社区讲解养老诈骗防范知识",
    published_at="2023-05-19", authors=["鞠晓彤", "郜明远", "冼佳"], editors=["温可"],
    source="南山检察", media="南山区人民检察院",
    blocks=["“天上不会掉馅饼，凡是让您先交钱的‘养老项目’都要多留个心眼。”5月18日上午，南山区人民检察院检察官走进松林社区，为八十余名老年居民讲解养老诈骗的常见套路和防范方法。",
            '讲座现场，检察官还请来了一位曾经险些被骗的老人现身说法。老人回忆，对方天天上门嘘寒问暖，还帮忙做家务，直到开口要他拿出二十万元“入股”时，他才在儿子的提醒下报了警。',
            "检察官结合近年来办理的真实案例，揭露了以“养老公寓”“以房养老”“保健品销售”等为幌子的诈骗手段。去年，该院办理的一起案件中，犯罪嫌疑人以投资养老公寓床位、承诺高额返利为名，骗取二十多名老人的积蓄共计三百余万元。",
            '检察官提醒，养老诈骗往往先以小恩小惠拉近关系，比如免费体检、赠送鸡蛋、组织旅游，等老人放下戒心后再推销所谓的高回报理财或天价保健品。子女要多关心家中老人，发现老人突然频繁外出参加“讲座”，要及时问清情况。',
            "讲座结束后，检察官还给老人们发放了防骗手册，并现场帮助他们在手机上安装反诈软件。七十六岁的居民罗大爷说，听完讲座才知道，前段时间上门推销“保健床垫”的人用的就是这个套路。",
            "据了解，今年以来，南山区检察院已在辖区开展此类宣讲十四场，覆盖老年群众一千余人。"],
    html=head("检察官走进社区讲解养老诈骗防范知识") + """<div class="wx-like"><h1 class="rich_media_title">{TITLE}</h1>
<div class="meta"><span class="nick">南山区检察院</span> <span>作者：通讯员 鞠晓彤 郜明远 冼佳</span></div>
<div class="meta-date">2023-05-19</div>
<div class="rich_media_content">
{BODY}
<p>（南山区人民检察院 第二检察部）</p>
<p>来源：南山检察</p>
<p>责任编辑：温可</p>
</div>
<div class="qrcode"><img src="/img/qr.png"><p>长按二维码关注南山检察</p></div></div></body></html>""",
    note="Three 通讯员 names split by spaces → three authors (the organisation prefix 南山区检察院 on the line is dropped). "
         "The unit line （…第二检察部） and 来源/责任编辑 lines are not text. 来源：南山检察 (the office's own account) is "
         "the credited outlet → source. 罗大爷 is quoted."))

PAGES.append(Page(
    name="lincheng_police_wentu_shipin_jiaodui", body="div",
    kind="police (公安) news page: first body line '（文/图 通讯员 阚志强　视频 宁浩然）', date '23-08-02 15:11' (2-digit "
         "year), end '校对：庞悦　审核：时光明'; 来源：临城公安 in the info line",
    url="https://gaj.lincheng.example.gov.cn/jwzx/2023/08/02/art_1190_88213.html",
    title="临城警方破获一起跨省电信网络诈骗案",
    published_at="2023-08-02 15:11", authors=["阚志强"], photographers=["阚志强", "宁浩然"],
    editors=["庞悦", "时光明"], source="临城公安", media="临城市公安局",
    blocks=[("raw", "<div>（文/图 通讯员 阚志强　视频 宁浩然）</div>", ""),
            "近日，临城市公安局反诈中心联合刑侦支队，成功破获一起跨省电信网络诈骗案，抓获犯罪嫌疑人十一名，冻结涉案资金一百二十余万元。",
            "今年6月，市民吕女士接到自称“客服”的电话，对方称她的网购订单出现问题，需要“退款理赔”，随后诱导她下载会议软件并开启屏幕共享，短短半小时内，吕女士银行卡里的八万余元被转走。",
            "接到报警后，专案组迅速对资金流向开展研判，发现该团伙在外省租用民房，专门为诈骗集团提供“跑分”洗钱服务。7月下旬，专案组民警远赴外省，在当地警方配合下一举捣毁窝点，现场查获手机、银行卡等作案工具一批。",
            '经审讯，该团伙成员大多是二十岁出头的年轻人，被“日结高薪”“轻松兼职”的招聘信息吸引入伙，专门负责用自己和他人的银行卡接收、转移诈骗资金。目前，十一名犯罪嫌疑人已被依法采取刑事强制措施，案件正在进一步侦办中。',
            ("video", "临城警方收网现场"),
            "警方提醒，凡是自称客服要求“退款理赔”、要求开启屏幕共享的，都是诈骗。遇到可疑情况，请及时拨打反诈专线咨询。"],
    html=head("临城警方破获一起跨省电信网络诈骗案_警务资讯_临城市公安局") + nav(["首页", "警务资讯", "办事服务", "警民互动", "反诈专栏"])
    + """<div class="con"><h1>{TITLE}</h1>
<div class="xx">来源：临城公安　时间：23-08-02 15:11　【字体：大 中 小】</div>
<div class="zw">
{BODY}
</div>
<div class="jd">校对：庞悦　审核：时光明</div></div>
<div class="ft">临城市公安局 版权所有</div></body></html>""",
    note="2-digit year '23-08-02' → 2023-08-02. 文/图 → 阚志强 author and photographer; 视频 → 宁浩然 photographer. "
         "The credit line opening the body is not text. 校对/审核 → editors. 吕女士 is the victim, not an author."))

PAGES.append(Page(
    name="shuangliu_tv_jizhe_shexiang_houqi", body="p",
    kind="local TV station site: video on top, under it '记者：巫婷婷 祖晨　摄像：尉迟峰　后期：葛小满　编辑：欧阳蕙', date "
         "'2024年12月03日 19:48:26' with 播放次数, transcript-style text",
    url="https://www.shuangliutv.example.cn/folder12/folder31/2024-12-03/aK9xQp.html",
    title="双流县首条城乡公交环线开通",
    published_at="2024-12-03 19:48:26", authors=["巫婷婷", "祖晨"], photographers=["尉迟峰"], editors=["欧阳蕙"],
    media="双流广播电视台",
    blocks=["今天上午，双流县首条城乡公交环线正式开通运营。这条线路串联起县城和沿线六个乡镇、四十二个行政村，全程六十八公里，沿线群众进城办事、就医、购物更加方便。",
            "早上七点，首班车从县城客运站准时发车。家住沙湾村的汤大妈是第一批乘客，她说，以前进城要先走二十分钟到国道边等班车，现在公交站就设在村口，“两块钱就能坐到县医院门口”。",
            "记者了解到，新开通的环线共投入十二辆新能源公交车，实行顺时针、逆时针双向运行，发车间隔四十分钟，票价实行一元起步、最高两元的阶梯票价，老年人和学生还可以享受刷卡优惠。",
            '为了保障运营安全，县公交公司对驾驶员进行了为期一个月的岗前培训，熟悉山区道路和沿线站点。每辆车上都安装了智能调度和视频监控系统，乘客可以通过手机小程序实时查看车辆位置，估算等车时间，不用再在路边干等。',
            "县交通运输局局长蔺国平表示，下一步将根据群众出行需求，适时加密班次，并逐步推动客运、货运、邮政快递“三网融合”，让公交车既载客又带货。"],
    html=head("双流县首条城乡公交环线开通_双流新闻_双流广播电视台") + nav(["首页", "双流新闻", "直播", "点播", "栏目", "主持人"])
    + """<div class="player"><video src="/vod/2024/1203/gongjiao.mp4" controls poster="/vod/2024/1203/gongjiao.jpg"></video></div>
<div class="news-detail"><h1>{TITLE}</h1>
<div class="credit">记者：巫婷婷 祖晨　摄像：尉迟峰　后期：葛小满　编辑：欧阳蕙</div>
<div class="time">2024年12月03日 19:48:26　播放次数：<i>2316</i></div>
<div class="desc">
{BODY}
</div></div>
""" + related([("双流县农村客运站改造完工", "2024-11-12"), ("新能源公交车投放乡镇线路", "2024-10-08")], "更多视频") + "</body></html>",
    note="记者 two names split by the space; 摄像 → photographer (earlier sets' call); 后期 (post-production) is no listed "
         "role → nobody (like 美编); 编辑 → editor. 欧阳 and 尉迟 are compound surnames: not split. The bureau chief is quoted."))

PAGES.append(Page(
    name="jinghua_weekly_benkan_shixisheng", body="pi",
    kind="周刊 page: masthead '京华周刊 2024年第18期', byline '本刊记者／ 聂思远　实习生／ 贝雨桐', '发自杭州' on its own line, "
         "出版日期 '2024-05-13' in an issue box, pull quote repeated from the text",
    url="https://www.jinghuaweekly.example.com/magazine/2024/18/3307.html",
    title="县城咖啡馆：一杯咖啡里的消费新图景",
    published_at="2024-05-13", authors=["聂思远", "贝雨桐"], media="京华周刊",
    blocks=["在浙西的一座县城，主街上不到一公里的距离里开了七家咖啡馆。工作日的下午，店里坐着的有带着电脑办公的年轻人，也有约着聊天的中年顾客。",
            "二十八岁的店主柴宁三年前从上海辞职回乡。她算过一笔账：县城的房租只有大城市的五分之一，一杯拿铁卖十八元，每天卖出一百杯就能维持运营。“没想到生意比预期好，去年开了第二家。”",
            ("quote", "“县城年轻人要的不只是一杯咖啡，而是一个可以坐下来的地方。”"),
            "多位受访者提到，县城咖啡馆的兴起与返乡青年增多有关。他们在大城市养成了喝咖啡的习惯，回到家乡后，也希望有一个能坐下来工作、社交的空间。柴宁说：“县城年轻人要的不只是一杯咖啡，而是一个可以坐下来的地方。”",
            '在另一家开在老粮站里的咖啡馆，店主把旧仓库改造成了可以办展览、放电影的空间，周末常常有读书会和手作活动。店主说，很多顾客第一次来是为了拍照打卡，后来就成了常客，“大家把这里当成了县城里的客厅”。',
            "不过，竞争也在加剧。连锁品牌以低价快速进入县城市场，一些独立咖啡馆开业不到一年就关了门。一位行业研究者认为，县城咖啡市场仍在成长期，独立门店需要在产品和空间上做出特色，才能留住顾客。"],
    html=head("县城咖啡馆：一杯咖啡里的消费新图景 - 京华周刊") + """<div class="mast"><b>京华周刊</b> <span>2024年第18期</span></div>
<div class="issue-box">出版日期：2024-05-13　总第1126期</div>
<article><div class="column">经济·消费</div><h1>{TITLE}</h1>
<p class="byline">本刊记者／ 聂思远　实习生／ 贝雨桐</p>
<p class="from">发自杭州</p>
<div class="body">
{BODY}
</div>
<p class="end">（本文刊发于《京华周刊》2024年第18期）</p></article>
<div class="issue-list"><h3>本期目录</h3><ul><li>封面故事｜县城里的新消费</li><li>本刊记者 应凌霄｜一座小镇的夜校</li></ul></div></body></html>""",
    note="本刊记者 and 实习生 → two authors. published_at is the issue box's 出版日期 (the only day shown). The 发自杭州 "
         "line and the （本文刊发于…） note are not text; the pull quote is text (inside the body). 柴宁 is interviewed. "
         "The 本期目录 byline (应凌霄) belongs to another article."))

PAGES.append(Page(
    name="nanyang_my_jizhe_jilongpo_baodao", body="p",
    kind="Malaysian Chinese daily site: byline '报道：记者 温嘉豪　摄影：沈伟伦' above, dateline '（吉隆坡15日讯）', "
         "date '15/03/2024 7:12 PM' (DD/MM/YYYY, 12-hour), a 马币 figure",
    url="https://www.nanyangshibao.example.my/news/national/2024/03/15/88102",
    title="隆市中心新建组屋下月开放申请",
    published_at="2024-03-15 19:12", authors=["温嘉豪"], photographers=["沈伟伦"], media="南洋时报",
    blocks=["（吉隆坡15日讯）联邦直辖区部宣布，位于吉隆坡市中心的新建人民组屋计划将于下月开放申请，首批共提供一千二百个单位，供首次购屋的中低收入家庭申请。",
            "部长拿督斯里阿末法立今日在记者会上说，每个单位面积约九百平方尺，设有三间卧室和两间浴室，售价为马币十五万令吉，申请者的家庭月入不得超过马币五千令吉。",
            '他透露，为确保组屋真正分配给有需要的家庭，部门将采用电脑抽签方式进行分配，并优先考虑残障人士、单亲家庭和年长者家庭。中签者在入住后十年内不得转售或出租单位，违者将被收回单位并面对法律行动。',
            "他说，组屋计划邻近轻快铁站和公共巴士总站，方便居民出行，附近也规划了幼儿园、诊所和社区中心。“我们希望让在市中心工作的年轻家庭，不必每天花两三个小时通勤。”",
            ("cap", "阿末法立（中）向媒体介绍组屋计划。"),
            "他也提醒民众，所有申请必须通过部门官方网站办理，不要相信任何声称可以“走后门”的中介，以免上当受骗。",
            "部门预计，申请开放后首月将收到超过一万份申请，审核工作将在三个月内完成。"],
    html=head("隆市中心新建组屋下月开放申请 | 国内 | 南洋时报") + nav(["首页", "国内", "国际", "财经", "地方", "娱乐", "体育"])
    + """<div class="post"><h1 class="post-title">{TITLE}</h1>
<div class="post-meta"><span>报道：记者 温嘉豪　摄影：沈伟伦</span><time>15/03/2024 7:12 PM</time></div>
<div class="post-body">
{BODY}
</div>
<div class="tags">标签：组屋 吉隆坡</div></div></body></html>""",
    note="Date DD/MM/YYYY with a 12-hour clock → 2024-03-15 19:12. 报道：记者 X → author; 摄影 → photographer. The "
         "（吉隆坡15日讯） dateline opens the text. The minister is quoted. Caption is text."))

PAGES.append(Page(
    name="shicheng_sg_baodao_at_end", body="p",
    kind="Singapore Chinese site: no byline on top; the article ends '黎诗涵 报道' on its own line, date '发布 / 2024年5月6日 "
         "下午5:20' and '更新 / 2024年5月6日 晚上9:03'",
    url="https://www.shichengbao.example.sg/singapore/story20240506-33120",
    title="组屋区增设五十个共享单车停放点",
    published_at="2024-05-06 17:20", authors=["黎诗涵"], media="狮城报",
    blocks=["陆路交通管理局宣布，将在未来半年内于东部和北部的组屋区增设五十个共享单车指定停放点，以减少单车乱停放的情况。",
            "当局在文告中说，过去一年接获的单车乱停放投诉超过三千宗，多数集中在地铁站和巴士转换站附近。新的停放点将设有地面标线和电子围栏，用户若未在指定地点还车，将被收取额外费用。",
            '当局指出，新停放点的选址参考了过去一年的用车数据，优先设在人流量大、单车需求高的地点，例如地铁站出口、小贩中心和巴刹附近。每个停放点可容纳二十到四十辆单车，并会定期安排人员清理和调度，以免出现单车过度集中的情况。',
            "一名住在淡滨尼的居民受访时说，以前楼下的走道经常被单车堵住，推婴儿车都过不去，“希望新规定能真正执行”。",
            '另一名居民则担心，指定停放点如果离住家太远，会降低共享单车的便利性。对此，当局回应说，停放点之间的距离一般不会超过两百米，居民步行几分钟就可以找到，日后也会根据公众反馈调整位置。',
            "共享单车业者也表示支持，并会通过应用程序提醒用户把单车停放在指定地点。当局说，明年将视成效考虑把措施扩大到其他组屋区。"],
    html=head("组屋区增设五十个共享单车停放点 | 狮城报") + nav(["新加坡", "国际", "财经", "言论", "生活", "视频"])
    + """<div class="story"><h1>{TITLE}</h1>
<div class="story-dates"><span>发布 / 2024年5月6日 下午5:20</span><span>更新 / 2024年5月6日 晚上9:03</span></div>
<div class="story-body">
{BODY}
<p class="reporter">黎诗涵 报道</p>
</div>
<div class="share">分享：WhatsApp Facebook Telegram</div></div></body></html>""",
    note="'X 报道' at the end is the byline → author 黎诗涵 (the line is not text). 发布 vs 更新: the 发布 time → "
         "published_at 2024-05-06 17:20 (下午5:20)."))
