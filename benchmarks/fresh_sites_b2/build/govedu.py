"""Government notices and reports, university news, self-media posts."""
from common import Page, hot, nav, related
from pool import CULTURE, EDU, FARM, HEALTH, RIVER, TECH, TRANSIT

PAGES: list[Page] = []

GOV_HEAD = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}_{SITE}</title>
<meta name="SiteName" content="{SITE}"><meta name="ColumnName" content="通知公告"><meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="{PUB}"><meta name="ContentSource" content="{ORG}"></head><body>
<div class="gov-top"><img src="/images/guohui.png"> {SITE}</div>""" + nav(["首页", "政务公开", "政务服务", "互动交流", "走进澜江"])


def gov(site: str, pub: str, org: str) -> str:
    return GOV_HEAD.replace("{SITE}", site).replace("{PUB}", pub).replace("{ORG}", org)


PAGES.append(Page(
    name="ljgov_notice_info_table", kind="municipal government notice: 索引号/发布机构/成文日期/发布日期 table where 成文日期 differs, 附件 list, 扫一扫 box, no author",
    url="https://www.lanjiang.gov.cn/zwgk/tzgg/202403/t20240318_2210551.html",
    title="澜江市人民政府办公室关于印发《澜江市推进基层医疗卫生服务能力提升三年行动方案》的通知",
    published_at="2024-03-18", authors=[], source="澜江市人民政府办公室", media="澜江市人民政府",
    blocks=["各区县人民政府，市政府各部门、各直属机构：", "《澜江市推进基层医疗卫生服务能力提升三年行动方案》已经市政府同意，现印发给你们，请认真贯彻执行。",
            ("raw", '<p style="text-align:right">澜江市人民政府办公室</p><p style="text-align:right">2024年3月12日</p>', "澜江市人民政府办公室\n2024年3月12日"),
            "（此件公开发布）", ("h", "澜江市推进基层医疗卫生服务能力提升三年行动方案"),
            "为进一步提升基层医疗卫生服务能力，推动优质医疗资源扩容下沉和区域均衡布局，结合我市实际，制定本方案。",
            ("h", "一、总体要求"), HEALTH[12], ("h", "二、重点任务"), "（一）推进远程医疗全覆盖。" + HEALTH[0], "（二）加强基层人才队伍建设。" + HEALTH[3],
            "（三）提升家庭医生签约服务质量。" + HEALTH[4], "（四）完善医保支付政策。" + HEALTH[8], ("h", "三、保障措施"),
            "各区县、各有关部门要高度重视，加强组织领导，明确责任分工，确保各项任务落到实处。市卫生健康委要会同有关部门加强督导评估，每年向市政府报告工作进展。"],
    html=gov("澜江市人民政府", "2024-03-18 17:30", "澜江市人民政府办公室") + """
<div class="xxgk-table"><table border="1"><tr><td>索引号：</td><td>11530100MB1234567X/2024-00381</td><td>主题分类：</td><td>卫生、体育\\医药管理</td></tr>
<tr><td>发布机构：</td><td>澜江市人民政府办公室</td><td>成文日期：</td><td>2024-03-12</td></tr>
<tr><td>标　　题：</td><td colspan="3">{TITLE}</td></tr><tr><td>文　　号：</td><td>澜政办发〔2024〕9号</td><td>发布日期：</td><td>2024-03-18</td></tr></table></div>
<div class="article"><h1>{TITLE}</h1><div class="pages-date">2024-03-18 <span>来源：市政府办公室</span> <span>【字体：大 中 小】</span> <a>打印</a></div>
<div class="pages_content" id="UCAP-CONTENT">
{BODY}
</div><div class="fujian">附件：<a href="/att/1.pdf">1.基层医疗卫生服务能力提升重点任务分工表.pdf</a></div>
<div class="scan">扫一扫在手机打开当前页</div></div>
<div class="footer">主办：澜江市人民政府办公室　承办：澜江市大数据中心　网站标识码：5301000001　云ICP备05004321号　云公网安备53010202000123号</div></body></html>""",
    note="Government notice: no person credited → []; 发布机构 is an organisation. Date: the page's 发布日期 2024-03-18, not 成文日期 (2024-03-12, also at the foot of the notice). Text keeps the signature and date lines (the notice's own)."))

PAGES.append(Page(
    name="qygov_work_report_long", kind="county government work report page (long, ~5,000 characters): numbered sections, 来源/作者 fields holding the government office, 浏览次数, 相关稿件 with dates",
    url="https://www.qingyu.gov.cn/zwgk/ghjh/202402/t20240205_88120.html",
    title="2024年青屿县人民政府工作报告",
    published_at="2024-02-05 15:20", authors=[], source="青屿县人民政府办公室", media="青屿县人民政府",
    blocks=["——2024年1月28日在青屿县第十八届人民代表大会第四次会议上", "县长　林国华",
            "各位代表：", "现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。",
            ("h", "一、2023年工作回顾"), "过去的一年，面对复杂严峻的外部环境，在县委的坚强领导下，全县上下坚持稳中求进工作总基调，经济社会发展取得新成效。",
            "（一）农业农村发展稳中向好。" + FARM[0], FARM[2], FARM[3], FARM[8], FARM[11], FARM[12],
            "（二）生态环境持续改善。" + RIVER[1], RIVER[2], RIVER[3], RIVER[7], RIVER[9], RIVER[10],
            "（三）产业转型步伐加快。" + TECH[6], TECH[10], TECH[4],
            "（四）民生福祉不断增进。" + HEALTH[9], HEALTH[4], HEALTH[2], CULTURE[1], CULTURE[12],
            "同时，我们也清醒地看到，发展中还存在一些困难和问题：" + FARM[13] + RIVER[6],
            ("h", "二、2024年主要任务"), "2024年是实施“十四五”规划的关键一年。全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，城乡居民人均可支配收入增长与经济增长同步。",
            "（一）全面推进乡村振兴。" + FARM[7], FARM[4], FARM[10],
            "（二）打好污染防治攻坚战。" + RIVER[12], RIVER[11],
            "（三）推动产业提质增效。" + TECH[13], TECH[7],
            "（四）办好民生实事。" + HEALTH[12], EDU[9], CULTURE[12],
            ("h", "三、加强政府自身建设"), "新的一年，我们将坚持依法行政，自觉接受县人大及其常委会的法律监督和工作监督，自觉接受县政协的民主监督，持续改进作风，提高行政效能，努力建设人民满意的政府。",
            "各位代表，新征程上，让我们团结一心，苦干实干，为加快建设美丽幸福新青屿而努力奋斗！"],
    html=gov("青屿县人民政府", "2024-02-05 15:20", "青屿县人民政府办公室") + """
<div class="article"><h1>{TITLE}</h1>
<div class="info">发布时间：2024-02-05 15:20　来源：青屿县人民政府办公室　作者：县政府办　浏览次数：<span>4127</span></div>
<div class="TRS_Editor">
{BODY}
</div></div>
""" + related([("2023年青屿县人民政府工作报告", "2023-02-10"), ("青屿县2023年国民经济和社会发展统计公报", "2024-03-30"),
               ("图解：2024年县政府工作报告", "2024-02-06")], "相关稿件") + """
<div class="footer">青屿县人民政府 主办 © 2016-2024 网站标识码5303220001 云ICP备16001122号</div></body></html>""",
    note="CLOSE CALL: '县长 林国华' delivers the report (报告人) and is not labelled an author; 作者 field holds an office → []. The meeting-date line is text (the report's own header); publication date is the web posting 2024-02-05."))

PAGES.append(Page(
    name="ljdx_university_footer", kind="university news site: 文字/摄影/审核/编辑 footer, 发布时间 + 点击量, college as 来源, images with captions without credits",
    url="https://news.ljdx.edu.cn/info/1003/52817.htm",
    title="我校学子获全国大学生创新创业大赛金奖",
    published_at="2024-10-21 17:05", authors=["宋佳琪", "韩冬"], photographers=["李泽宇"], editors=["陈光明", "赵悦"], source="材料科学与工程学院",
    media="澜江大学新闻网",
    blocks=[EDU[0], EDU[1], ("img", "/__local/A/1.jpg"), ("cap", "团队成员在实验室调试样品"), EDU[2], EDU[8], EDU[9], EDU[10], ("h", "以赛促学 以赛促创"),
            EDU[3], EDU[4], EDU[5], EDU[7], EDU[11], EDU[12], EDU[6]],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}-澜江大学新闻网</title></head><body>
<div class="head"><img src="/images/logo.png" alt="澜江大学"> 新闻网</div>""" + nav(["首页", "澜大要闻", "综合新闻", "院系动态", "媒体澜大", "校园人物", "视频澜大"]) + """
<div class="main"><form name="_newscontent_fromname"><h1 class="arti_title">{TITLE}</h1>
<div class="arti_metas"><span>发布时间：2024-10-21 17:05</span> <span>来源：材料科学与工程学院</span> <span>点击量：<script>_showDynClicks("wbnews", 1887201, 52817)</script></span></div>
<div class="v_news_content">
{BODY}
<p style="text-align:right">文字：宋佳琪 韩冬<br>摄影：李泽宇<br>审核：陈光明<br>编辑：赵悦</p>
</div></form></div>
""" + related([("学校召开创新创业教育工作推进会", "2024-10-15"), ("研究生团队在国际竞赛中获佳绩（文字：陈露）", "2024-09-30")], "相关新闻") + """
<div class="foot">版权所有 © 澜江大学党委宣传部 地址：澜江市东岚区学府路1号 2015-2024</div></body></html>""",
    note="University footer: 文字 = authors (space-separated, split), 摄影 = photographer, 审核/编辑 = editors. The college in 来源 is an organisation."))

PAGES.append(Page(
    name="wx_yuanchuang_province", kind="WeChat 公众号 article: '原创 A B 公众号名' header, 'published in 浙江' line, 阅读原文/在看, author only in the header",
    url="https://mp.weixin.qq.com/s/Lj8dQk2VbXr7tE0pQm3aNw",
    title="在澜江坐地铁过江，要等到哪一天？",
    published_at="2024-08-02 20:31", authors=["王小明", "陶然"], media="澜江观察", body="wx",
    blocks=["最近后台收到不少留言，问的都是同一个问题：四号线到底什么时候通车？", "带着这个问题，我们跑了一趟四号线的几个工地，也翻了翻公开资料。",
            ("h", "01 江底那段最难"), TRANSIT[2], TRANSIT[3], ("img", "https://mmbiz.qpic.cn/mmbiz_jpg/abc/640"), ("h", "02 花了多少钱"), TRANSIT[10], TRANSIT[12],
            ("h", "03 通了以后会怎样"), TRANSIT[1], TRANSIT[4], TRANSIT[13], "你最期待四号线的哪一站？欢迎在评论区告诉我们。"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title><meta property="og:title" content="{TITLE}">
<meta property="og:article:author" content="澜江观察"><script>var ct="1722601860";var nickname="澜江观察";var user_name="gh_3a7b9c0d1e2f";</script></head><body>
<div id="img-content" class="rich_media_wrp"><h1 class="rich_media_title" id="activity-name">{TITLE}</h1>
<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="rich_media_meta_icon">原创</span>
<span class="rich_media_meta rich_media_meta_text">王小明 陶然</span> <span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">澜江观察</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2024-08-02 20:31</em> <em id="js_ip_wording_wrp"><span id="js_ip_wording">浙江</span></em></div>
<div class="rich_media_content" id="js_content">
{BODY}
<section style="text-align:center;color:#888;">- END -</section><section>编辑｜小澜　审核｜老江</section>
</div><div id="js_tags">#澜江地铁 12个</div><div class="rich_media_tool"><a id="js_view_source">阅读原文</a> <span>阅读 10万+</span> <span>在看 2356</span></div></div>
<div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div></body></html>""",
    note="WeChat header 'A B' before the account name are the authors (two names separated by a space); the account is the media. 发表于 浙江 is not a place of anything. 编辑/审核 nicknames are editors, not labelled (pseudonyms; left out)."))

PAGES.append(Page(
    name="qingfeng_selfmedia_account_only", kind="self-media platform (青峰号): only the account name and 'published in 云川' shown, 'X小时前'-style time with full time in JSON-LD, account bio, fans count",
    url="https://www.qingfenghao.com/article/1810344927716631.html",
    title="月薪五千在澜江，怎么看病最省钱？这几点要知道",
    published_at="2024-09-13 12:08:44", authors=["澜江生活指南"], media="青峰号",
    blocks=["很多朋友问我，平时小病小痛要不要去大医院？今天就结合最新政策，跟大家聊聊怎么看病最省钱。",
            ("h", "第一，小病先去社区"), HEALTH[8], HEALTH[7], ("h", "第二，签个家庭医生"), HEALTH[4], ("h", "第三，检查结果能互认"), HEALTH[9],
            ("h", "第四，用好远程会诊"), HEALTH[0], HEALTH[1], "以上就是今天的分享，觉得有用的话，点个关注，下期聊聊医保报销的那些事。"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}-青峰号</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"{TITLE}","datePublished":"2024-09-13T12:08:44+08:00","author":{"@type":"Organization","name":"澜江生活指南"}}</script></head><body>
<div class="qf-head"><a href="/">青峰号</a> <a>登录</a></div>
<div class="article-wrap"><h1>{TITLE}</h1>
<div class="author-info"><img src="/a/77.jpg"><a class="author-name" href="/u/77121">澜江生活指南</a> <span class="date">2024-09-13 12:08</span><span class="loc">发布于云川</span> <button>+ 关注</button></div>
<div class="article-content">
{BODY}
</div><div class="declare">本文为青峰号作者或机构在青峰号上传并发布，仅代表该作者或机构观点，不代表青峰号的观点或立场。</div></div>
<div class="side"><div class="author-card"><p>澜江生活指南</p><p>粉丝 23.1万 · 获赞 118万</p><p>专注澜江本地生活资讯，每天分享实用攻略。</p></div>
""" + hot(["澜江医保年度清算开始", "社区医院专家门诊时间表"], "作者最新文章") + """</div>
<div class="foot">©2024 青峰号 青峰科技 京ICP备19012345号</div></body></html>""",
    note="Self-media with no byline in the text: the author is the account. 发布于云川 is a location line."))

PAGES.append(Page(
    name="qingfeng_repost_inner_byline", kind="self-media repost: poster account differs from the byline in the text ('来源：澜江日报 记者 A'), '转载请注明' footer",
    url="https://www.qingfenghao.com/article/1810351200991040.html",
    title="老街重新开放！这份游玩攻略请收好",
    published_at="2024-06-04 09:15", authors=["孙立"], source="澜江日报", media="青峰号",
    blocks=["端午假期将至，修缮一新的老街已经重新开放，不少网友在问怎么玩、怎么去。小编整理了一份攻略，供大家参考。",
            CULTURE[0], CULTURE[3], CULTURE[4], CULTURE[9], CULTURE[10], ("h", "交通提示"), "老街周边停车位有限，建议乘坐地铁二号线至老城站，从C出口步行约五分钟即可到达。",
            ("raw", "<p>来源：澜江日报 记者 孙立</p>", ""), ("raw", "<p>转载请注明出处，如有侵权请联系删除。</p>", "")],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}-青峰号</title></head><body>
<div class="qf-head"><a href="/">青峰号</a></div><div class="article-wrap"><h1>{TITLE}</h1>
<div class="author-info"><a class="author-name" href="/u/99013">东岚吃喝玩乐</a> <span class="date">2024-06-04 09:15</span><span class="loc">发布于云川</span></div>
<div class="article-content">
{BODY}
</div></div><div class="foot">©2024 青峰号</div></body></html>""",
    note="CLOSE CALL: a byline in the text (记者 孙立, from the original outlet) outranks the poster account (东岚吃喝玩乐). The opening paragraph is the poster's own 小编 lead; still text."))
