"""Newspaper sites: byline grammar of every kind and position."""
from common import Page, footer, hot, nav, related
from pool import CULTURE, FARM, HEALTH, RIVER, TECH, TRANSIT

PAGES: list[Page] = []


def paper_html(site: str, host_years: str, info: str, before: str = "", after: str = "", side: str = "") -> str:
    return ("""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE} - """ + site + """</title></head><body>
<div class="header"><a class="logo" href="/">""" + site + "</a>" + nav(["首页", "要闻", "时政", "经济", "社会", "文化", "评论", "数字报"]) + """</div>
<div class="container"><div class="crumb"><a href="/">首页</a> &gt; <a href="/c/">正文</a></div><div class="art"><h1>{TITLE}</h1>
<div class="info">""" + info + """</div>""" + before + """<div class="art-body">
{BODY}
</div>""" + after + "</div>" + side + "</div>" + footer(site, "云ICP备10001234号", host_years) + "</body></html>")


PAGES.append(Page(
    name="ljdaily_wentu_same_person", kind="city paper: '文/图 本报记者 X' line, captions （X 摄） repeating the same person, 本报讯 opening",
    url="https://www.ljdaily.cn/content/2024-06/03/content_30551902.htm",
    title="老街修缮完工 明清风貌重现",
    published_at="2024-06-03 06:50", authors=["孙立"], photographers=["孙立"], source="澜江日报", media="澜江日报网", editors=["周颖"],
    blocks=[("raw", "<p>文/图　本报记者　孙立</p>", ""),
            "本报讯 6月2日，历时两年多的老街保护修缮工程全面完工，老街重新向市民和游客开放。" + CULTURE[0],
            *CULTURE[1:3], ("img", "/p/0603/1.jpg"), ("cap", "（图为修缮后的老街。 孙立摄）"), *CULTURE[3:5], ("h", "口述历史留住记忆"),
            CULTURE[7], CULTURE[8], ("img", "/p/0603/2.jpg"), ("cap", "（图为木雕艺人吴师傅在修复雕花门窗。 孙立摄）"), CULTURE[9], CULTURE[5], CULTURE[6]],
    html=paper_html("澜江日报网", "2010-2024", '<span>2024-06-03 06:50</span>　<span>来源：澜江日报</span>　<span>编辑：周颖</span>'),
    note="文/图 X: both author and photographer. The 文/图 line is not text; captions are."))

PAGES.append(Page(
    name="ljdaily_wen_tu_split", kind="city paper weekend feature: 'X/文 Y/图' credit under the title, a standfirst, pull quotes, several sections",
    url="https://www.ljdaily.cn/content/2024-04/27/content_30512277.htm",
    title="一条河的重生",
    published_at="2024-04-27 07:05", authors=["方舟"], photographers=["钱程"], source="澜江日报", media="澜江日报网", editors=["周颖", "高翔"],
    blocks=[("raw", '<p class="credit">方舟/文　钱程/图</p>', ""),
            ("raw", '<div class="lead">从“黑臭河”到“风景河”，青屿河用了三年。</div>', "从“黑臭河”到“风景河”，青屿河用了三年。"),
            RIVER[0], ("h", "一、治水先治岸"), *RIVER[1:3], ("quote", "“治水不能只盯着水里，关键在岸上。”"), RIVER[7],
            ("h", "二、让河流自己“呼吸”"), RIVER[3], RIVER[9], ("img", "/p/0427/2.jpg"), ("cap", "青屿河湿地公园一景。"),
            ("h", "三、人人都是河长"), RIVER[4], RIVER[10], RIVER[8], ("quote", "“现在鱼又回来了。”"),
            ("h", "四、久久为功"), RIVER[5], RIVER[11], RIVER[12], RIVER[6]],
    html=paper_html("澜江日报网", "2010-2024", '<span>2024-04-27 07:05</span>　<span>来源：澜江日报</span>',
                    after='<p class="edit">责任编辑：周颖　审校：高翔</p>'),
    note="X/文 Y/图: X author, Y photographer. The standfirst is in the text (the article's own lead). Pull quotes repeat sentences and are kept."))

PAGES.append(Page(
    name="dongjiang_intern_trainee", kind="provincial paper: '记者 A 实习生 B' at the top, run-together correspondents '通讯员 C D' joined by 、, 来源 own paper",
    url="http://www.djrb.com.cn/xw/sh/202310/t20231012_1884032.shtml",
    title="东岚区社区卫生服务中心开设专家门诊",
    published_at="2023-10-12 08:03:25", authors=["何雨", "杜可欣", "罗佳", "汤敏"], source="东江日报", media="东江日报网", editors=["蒋一"],
    blocks=[("raw", "<p>记者 何雨 实习生 杜可欣 通讯员 罗佳、汤敏</p>", ""), HEALTH[7], HEALTH[8], HEALTH[9], ("h", "慢病用药社区配齐"), HEALTH[1],
            HEALTH[2], HEALTH[11], HEALTH[4], HEALTH[12]],
    html=paper_html("东江日报网", "2008-2023", '<span class="date">2023-10-12 08:03:25</span> <span>来源：东江日报</span>',
                    after='<div class="zb">编辑：蒋一</div>'),
    note="记者 + 实习生 + two 通讯员 joined by 、: four authors."))

PAGES.append(Page(
    name="dongjiang_runtogether", kind="provincial paper: run-together byline '文：陈静黄天玲' and a photo credit with an organisation '图：青屿县委宣传部许丛军', source line at the end",
    url="http://www.djrb.com.cn/xw/xq/202312/t20231205_1893310.shtml",
    title="青屿县“新农人”培训班第三期结业",
    published_at="2023-12-05", authors=["陈静", "黄天玲"], photographers=["许丛军"], source="青屿报", media="东江日报网",
    blocks=[("raw", "<p>文：陈静黄天玲　图：青屿县委宣传部许丛军</p>", ""), FARM[5], FARM[6], FARM[10], FARM[8], FARM[9],
            ("img", "/p/1205.jpg"), FARM[3], FARM[7], ("raw", "<p>（来源：青屿报）</p>", "")],
    html=paper_html("东江日报网", "2008-2023", '<span class="date">2023-12-05</span> <span>来源：青屿报</span>',
                    side=hot(["东江两会特别报道", "冬季用气保障", "流感高发期"])),
    note="Run-together names split (陈静 / 黄天玲). 青屿县委宣传部 is an organisation, dropped from the photographer. Date shown is a day only."))

PAGES.append(Page(
    name="haiwai_correspondent_dateline", kind="national paper international page: '本报华盛顿4月2日电　（驻美国记者 吴亭）' dateline, 国际观察 tag, a quoted 'according to X' source",
    url="https://world.zhonghuashibao.com/2024/0403/c1002-4418127.html",
    title="美国多地推进轨道交通建设 资金缺口仍是难题",
    published_at="2024-04-03 05:58", authors=["吴亭"], source="中华时报", media="中华时报网", editors=["韩笑", "邱实"],
    blocks=["本报华盛顿4月2日电　（驻美国记者 吴亭）美国交通部日前公布新一轮公共交通资助项目名单，多个城市的轻轨和通勤铁路项目获得联邦资金支持。不过，据美国公共交通协会统计，全美公共交通系统的维修和扩建资金缺口仍高达上千亿美元。",
            "在东海岸一座中型城市，一条规划了二十多年的轻轨线路终于开工。当地官员表示，项目的建设资金一半来自联邦政府，其余由州和地方政府分担。" + TRANSIT[6],
            TRANSIT[3], TRANSIT[10], ("h", "通勤模式改变带来新挑战"), TRANSIT[1], TRANSIT[5], TRANSIT[13],
            "分析人士认为，美国公共交通面临的问题不仅是资金，还包括审批周期长、建设成本高、公众支持度不稳定等。" + TRANSIT[7]],
    html=paper_html("中华时报网", "1997-2024", '<span>2024年04月03日05:58</span> | 来源：<a>中华时报</a> | 《中华时报》（2024年04月03日 第17版）',
                    after='<div class="edit">（责编：韩笑、邱实）</div>',
                    side=related([("欧洲铁路客流创新高（驻德国记者 黄昊）", "2024年04月01日"), ("日本新干线延伸段开通", "2024年03月16日")], "国际观察")),
    note="Foreign correspondent in the dateline: 驻美国记者 吴亭 → 吴亭. The 第17版 date is the same day. Related items carry another correspondent."))

PAGES.append(Page(
    name="zhongzhou_special_writer", kind="finance weekly: '特约撰稿人 X' under the title, an author bio at the end （作者系…）, a disclaimer",
    url="https://www.zhongzhoucj.com/column/2024/0520/100321.html",
    title="县域医共体改革：下一步该怎么走",
    published_at="2024-05-20 14:12", authors=["罗一鸣"], source="中洲财经周刊", media="中洲财经",
    blocks=[("raw", "<p><b>特约撰稿人　罗一鸣</b></p>", ""), HEALTH[0], HEALTH[12], ("h", "一、资源下沉不等于能力下沉"), HEALTH[2], HEALTH[10],
            HEALTH[5], ("h", "二、医保支付是“指挥棒”"), HEALTH[8], HEALTH[9], ("h", "三、人才仍是最大变量"), HEALTH[3], HEALTH[11], HEALTH[6],
            ("raw", "<p>（作者系澜江大学公共卫生学院副研究员）</p>", "")],
    html=paper_html("中洲财经", "2013-2024", '<span>2024-05-20 14:12</span> <span>中洲财经周刊</span> <span>阅读 3.4万</span>',
                    after='<p class="disclaimer">本文仅代表作者个人观点，与本刊立场无关。</p>'),
    note="CLOSE CALL: 特约撰稿人 is not in the rules' word list but holds 撰稿 → author. The bio line (作者系…) is not text."))

PAGES.append(Page(
    name="ljdaily_commentator_named", kind="city paper opinion page: '□ 本报评论员 X' byline, 评论 column, no dateline",
    url="https://www.ljdaily.cn/content/2024-07/10/content_30577410.htm",
    title="让地铁建设的“阵痛”再短一些",
    published_at="2024-07-10 06:30", authors=["冯启"], source="澜江日报", media="澜江日报网",
    blocks=[("raw", "<p>□ 本报评论员　冯启</p>", ""),
            "四号线施工进入攻坚阶段，沿线市民出行不便的吐槽也多了起来。地铁建设是民生工程，但民生工程更要把民生放在心上。",
            TRANSIT[5], "围挡之外的人行通道、夜间施工的噪音控制、公交线路的临时调整，每一件都是小事，但每一件都关系到市民每天的出行体验。",
            TRANSIT[3], "施工方的这些做法值得肯定。但也要看到，城市里的工地不止一处，让“阵痛”再短一些，需要的是一套常态化的机制：施工前充分公示，施工中及时回应，完工后尽快恢复。",
            TRANSIT[12], TRANSIT[13],
            "地铁终将通车，而市民在等待中的每一次体谅，都值得被认真对待。把工地管好，把围挡拆快，就是对这份体谅最好的回应。"],
    html=paper_html("澜江日报网", "2010-2024", '<span>2024-07-10 06:30</span>　<span>来源：澜江日报</span>　<span>栏目：澜江时评</span>'),
    note="CLOSE CALL: 评论员 is not in the word list; a named 本报评论员 is the credited writer → author."))

PAGES.append(Page(
    name="ljdaily_commentator_unnamed", kind="city paper editorial: '本报评论员' with NO name, the paper as author",
    url="https://www.ljdaily.cn/content/2024-01/02/content_30455001.htm",
    title="以久久为功的韧劲守护一江清水",
    published_at="2024-01-02 06:00", authors=[], source="澜江日报", media="澜江日报网",
    blocks=[("raw", "<p>本报评论员</p>", ""),
            "新年伊始，全市生态环境保护大会对新一年的治水工作作出部署。从青屿河的蝶变可以看到，治水没有捷径，靠的是久久为功的韧劲。",
            RIVER[2], RIVER[11], "治水是一场接力赛。前几年打下的基础来之不易，越是在成效初显的时候，越要防止松劲懈怠。" + RIVER[6],
            RIVER[9], RIVER[10], "守护一江清水，需要每一个人的参与。让我们从身边做起，从点滴做起，让澜江之水永远清澈。"],
    html=paper_html("澜江日报网", "2010-2024", '<span>2024-01-02 06:00</span>　<span>来源：澜江日报</span>　<span>栏目：社论</span>'),
    note="本报评论员 without a name credits the paper, not a person → []."))

PAGES.append(Page(
    name="djrb_zhibi_research_group", kind="provincial paper report: '澜江大学调研组' as author group, '执笔：A、B' at the end, 本文系…课题 funding line",
    url="http://www.djrb.com.cn/ll/202405/t20240513_1911205.shtml",
    title="以数字化改造推动中小制造企业转型——基于澜江高新区的调研",
    published_at="2024-05-13 09:30", authors=["王一帆", "苏畅"], source="东江日报", media="东江日报网", editors=["蒋一"],
    blocks=[("raw", "<p>澜江大学经济学院调研组</p>", ""),
            "近年来，澜江高新区制造业企业加快数字化、智能化改造，形成了一批可复制、可推广的经验。调研组于今年三月至四月，对园区内六十余家企业进行了走访和问卷调查。",
            ("h", "一、基本情况"), TECH[6], TECH[0], TECH[9], ("h", "二、主要做法"), TECH[3], TECH[10], TECH[4], TECH[12],
            ("h", "三、存在的问题"), TECH[5], "调查还发现，超过六成的中小企业认为数字化改造“投入大、见效慢”，缺少既懂生产又懂数据的复合型人才。",
            ("h", "四、对策建议"), TECH[7], TECH[13],
            ("raw", "<p>（执笔：王一帆、苏畅）</p><p>本文系云川省社科规划课题“制造业数字化转型路径研究”阶段性成果。</p>", "")],
    html=paper_html("东江日报网", "2008-2024", '<span class="date">2024-05-13 09:30</span> <span>来源：东江日报</span>',
                    after='<div class="zb">编辑：蒋一</div>'),
    note="The research group is an organisation; the credited writers are the 执笔 names."))

PAGES.append(Page(
    name="kaiyuan_koushu_zhengli", kind="culture weekly: first-person story, '口述：A　整理：本报记者 B' at the top, caption with 受访者供图",
    url="https://culture.kaiyuanwb.com/2024/0612/5521.html",
    title="我在老街雕了五十年木头",
    published_at="2024-06-12 16:40", authors=["吴长顺", "葛琳"], source="开元文化周刊", media="开元网",
    blocks=[("raw", "<p>口述：吴长顺　整理：本报记者　葛琳</p>", ""),
            "我十六岁跟师父学木雕，到今年整整五十年了。那时候学徒要先干三年杂活，扫地、磨刀、劈木料，师父不让碰刻刀。",
            "老街上的雕花门窗，很多我小时候就见过。后来房子一间间空了，门窗被人拆走卖掉的也有，我看着心疼。",
            CULTURE[2], ("cap", "吴长顺在工作室里雕刻。（受访者供图）"), "修老街那两年，我天天往工地跑。有些构件烂得只剩一半，年轻师傅不敢下手，我就照着老照片一点一点比着刻。",
            CULTURE[1], CULTURE[7], "现在老街又热闹了，年轻人也愿意来学手艺。我收了两个徒弟，一个是大学生，学东西快，就是性子还得磨。",
            CULTURE[11], "手艺这东西，不传下去就断了。我还能干几年，能多教一个是一个。"],
    html=paper_html("开元网", "2016-2024", '<span>2024-06-12 16:40</span> <span>来源：开元文化周刊</span>'),
    note="CLOSE CALL: 口述 and 整理 are both credited; the rule '整理 only when no writer is named' — the 口述 speaker is not a writer of the text, so both are labelled. A stricter reading gives [吴长顺] only."))
