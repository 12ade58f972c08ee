"""Further kinds: a government online-interview transcript (host and guest named, nobody credited), a university
Q&A interview with '记者：' turns, a hospital popular-science article whose author is a doctor (with a reviewing
expert), a mobile self-media post shown '前天', and a county notice with 成文日期 and 发布日期."""
from common import Page, app_banner, head_scripts, mfeed, nav, sticky_bar

PAGES: list[Page] = []

PAGES.append(Page(
    name="donglin_gov_online_interview_transcript", body="p",
    kind="government 在线访谈 transcript: a guest table (访谈嘉宾：市医保局局长 符建军 / 主持人：温晴), '访谈时间：2024年4月"
         "18日 15:00' vs '发布时间：2024-04-19 10:20', Q/A turns '主持人：' / '符建军：', 网友提问 with user names; no writer credited",
    url="https://www.donglin.example.gov.cn/hdjl/zxft/202404/t20240419_90213.html",
    title="在线访谈：医保“跨省通办”怎么办更方便",
    published_at="2024-04-19 10:20", authors=[], source=None, media="东林市人民政府",
    blocks=["主持人：各位网友大家好，欢迎收看本期在线访谈。今天我们邀请到市医疗保障局局长符建军，和大家聊一聊医保“跨省通办”的那些事。符局长，您好！",
            "符建军：主持人好，各位网友好！很高兴和大家交流。",
            "主持人：很多在外地工作、生活的网友关心，异地就医怎么备案？",
            "符建军：现在备案非常方便。参保人可以通过国家医保服务平台APP、市医保局微信公众号或者拨打服务热线办理，一般当天就能完成，不需要再跑窗口。备案以后，在就医地的定点医院看病，可以直接刷医保卡或者医保电子凭证结算。",
            "主持人：有网友“江边散步的人”提问：退休后跟子女去外地长住，门诊费用能报销吗？",
            "符建军：可以。长期异地居住的退休人员，备案时选择“异地长期居住”，在就医地的门诊费用和住院费用都可以直接结算，报销比例按照我市的政策执行。今年起，高血压、糖尿病等五种门诊慢特病的费用也纳入了跨省直接结算范围。",
            "主持人：网友“小林同学”问：备案以后，如果回到本地看病，还能正常报销吗？",
            "符建军：能。办理了异地就医备案的参保人，回到参保地就医时，同样可以按规定直接结算，不需要先取消备案。如果工作地点发生了变化，也可以随时通过线上渠道变更备案地。",
            "主持人：还有网友关心，临时出差、旅游时突发疾病怎么办？",
            "符建军：对于临时外出就医的情况，参保人可以在就医前或者就医后补办备案，在出院结算前完成备案的，都可以直接结算。临时外出就医的报销比例会比长期异地居住略低一些，这是为了引导大家合理就医。如果来不及备案，也可以先垫付费用，回来以后凭发票和病历到医保经办机构申请报销。",
            "主持人：在推进“跨省通办”的过程中，遇到的主要困难是什么？",
            "符建军：主要是各地的医保政策和信息系统存在差异。比如同一种药品，在不同地区的报销目录和支付标准可能不一样，这就需要在系统上做好对接。这几年，在国家医保局的统一部署下，全国医保信息平台已经基本建成，各地的编码标准逐步统一，跨省结算的成功率也越来越高。去年我市跨省直接结算的人次，比前年增长了一倍多。",
            "主持人：今年在“跨省通办”方面还有哪些新举措？",
            "符建军：我们将进一步扩大定点医药机构的联网覆盖面，争取年底前全市所有二级以上医院和八成以上的定点药店都能跨省直接结算。同时，我们会优化服务热线和线上平台，让群众办事少跑腿、好办事。",
            "主持人：感谢符局长的解答，也感谢各位网友的关注，本期访谈到此结束。"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>在线访谈：医保“跨省通办”怎么办更方便_东林市人民政府</title>
<meta name="PubDate" content="2024-04-19 10:20"><meta name="ContentSource" content="东林市人民政府"></head><body>
""" + nav(["首页", "政务公开", "政务服务", "互动交流", "在线访谈", "走进东林"]) + """
<div class="ft-detail"><h1>在线访谈：医保“跨省通办”怎么办更方便</h1>
<table class="guest" border="1"><tr><td>访谈主题</td><td>医保“跨省通办”怎么办更方便</td></tr><tr><td>访谈嘉宾</td><td>市医疗保障局局长 符建军</td></tr>
<tr><td>主持人</td><td>温晴</td></tr><tr><td>访谈时间</td><td>2024年4月18日 15:00</td></tr></table>
<div class="pub">发布时间：2024-04-19 10:20　<a>【文字实录】</a> <a>【视频回放】</a> <a>【图片直播】</a></div>
<div class="ft-content">
{BODY}
</div>
<div class="wy"><h3>网友留言</h3><p>江边散步的人　2024-04-18 14:32：退休后跟子女去外地长住，门诊费用能报销吗？</p><p>小林同学　2024-04-18 14:50：备案后可以取消吗？</p></div></div>
<div class="gov-ft">东林市人民政府办公室主办　网站标识码：3300000031</div></body></html>""",
    note="A transcript: the guest (the speaker) and the host are not writers, and no 整理/撰稿 is credited → authors []. "
         "published_at is the 发布时间, not the 访谈时间 (the event). The questions' netizens are not authors."))

PAGES.append(Page(
    name="suhe_univ_qa_interview_reporter", body="pi",
    kind="university news interview: byline '本网记者 苏禾' under the title, '日期：2024年11月05日　作者：新闻中心　点击：', turns "
         "labelled '记者：' (questions) and '顾明远：' (answers, a professor), closing paragraph '（编辑：许晴　审核：程岚）'",
    url="https://news.suhe.example.edu.cn/content/2024-11/05/content_20051.htm",
    title="专访顾明远教授：让农业机器人走进丘陵山区",
    published_at="2024-11-05", authors=["苏禾"], editors=["许晴", "程岚"], source=None, media="苏禾大学新闻网",
    blocks=["日前，我校机械工程学院顾明远教授团队研发的丘陵山区智能采茶机器人通过专家鉴定。围绕这项成果，记者对顾明远教授进行了专访。",
            "记者：为什么选择做丘陵山区的农业机器人？",
            "顾明远：我国有大量耕地分布在丘陵山区，地块小、坡度大，大型农机进不去，很多农活还靠人工。尤其是采茶，对时令要求很高，用工难、用工贵的问题越来越突出。我们希望用机器人来解决一部分问题。",
            "记者：采茶机器人最大的技术难点是什么？",
            "顾明远：一是识别，要在复杂的背景中准确找到一芽一叶、一芽两叶的嫩梢；二是采摘，既要采下来，又不能损伤芽叶。我们用了三年时间，采集了十几万张茶园图片训练识别模型，采摘手也改了七八个版本。",
            "记者：研发过程中，有没有让您印象深刻的事？",
            "顾明远：有一年春茶季，我们在山上一待就是一个多月，白天跟着茶农采茶，晚上改程序。有一次暴雨把测试平台冲下了坡，学生们冒雨把设备抬回来，第二天接着测试。这些学生现在有的已经毕业去了农机企业，还在做这个方向。",
            "记者：目前机器人的效率如何？",
            "顾明远：在试验茶园里，一台机器人一小时能采两公斤左右的鲜叶，相当于三到四个熟练采茶工的工作量，嫩梢识别准确率超过九成。下一步我们准备和企业合作，把成本降下来，让茶农用得起。",
            ("raw", '<p class="bj">（编辑：许晴　审核：程岚）</p>', "")],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>专访顾明远教授：让农业机器人走进丘陵山区-苏禾大学新闻网</title></head><body>
""" + nav(["首页", "苏禾要闻", "综合新闻", "学术动态", "人物风采", "媒体苏禾"]) + """
<div class="article"><h1>专访顾明远教授：让农业机器人走进丘陵山区</h1>
<p class="byline">本网记者 苏禾</p>
<div class="info">日期：2024年11月05日　作者：新闻中心　点击：<span>1562</span></div>
<div class="body">
{BODY}
</div></div>
<div class="foot">苏禾大学党委宣传部（新闻中心）主办</div></body></html>""",
    note="The byline '本网记者 苏禾' under the title is the author; 作者：新闻中心 is an office → not an author. The "
         "interviewee 顾明远 is not an author; the '记者：' turn labels name nobody. The closing '（编辑：许晴　审核：程岚）' "
         "paragraph is an editor line (not text) → editors 许晴, 程岚. Q/A turns are text."))

PAGES.append(Page(
    name="ankang_hospital_kepu_doctor_author", body="span",
    kind="hospital popular-science (科普) article: '作者：心血管内科 主治医师 罗晓川' and '审核专家：方远航 主任医师' above the "
         "body, '2024-03-15 来源：健康科普', 专家团队 side box with names and titles, 预约挂号 buttons",
    url="https://www.ankangyy.example.cn/kepu/2024/0315/1188.html",
    title="血压忽高忽低，是不是血压计坏了？",
    published_at="2024-03-15", authors=["罗晓川"], editors=["方远航"], source=None, media="安康医院",
    blocks=["在门诊，经常有患者拿着记录本来问：“医生，我在家量的血压一会儿一百四，一会儿一百二，是不是血压计坏了？”其实，血压本来就是一个不断波动的数值，一天之中有高有低，是正常的生理现象。",
            "一般来说，人的血压在清晨醒来后逐渐升高，上午八点到十点出现第一个高峰，下午四点到六点出现第二个高峰，夜间睡眠时最低。情绪激动、运动、吸烟、喝咖啡、憋尿等，都会让血压暂时升高。",
            "要想量得准，需要注意几点：测量前安静休息五分钟，半小时内不吸烟、不喝咖啡和浓茶；坐位测量，手臂与心脏保持同一水平；袖带松紧以能插入一两根手指为宜；每次连续测量两到三遍，间隔一分钟，取平均值。",
            "如果按照正确方法测量，血压仍然波动很大，比如收缩压在一天内相差超过四十毫米汞柱，或者经常出现头晕、心慌等症状，就需要及时就医，必要时做二十四小时动态血压监测，由医生判断是否需要调整治疗方案。",
            "最后提醒大家，家用电子血压计建议选择经过认证的上臂式血压计，每年校准一次。"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>血压忽高忽低，是不是血压计坏了？-安康医院</title>""" + head_scripts("ankangyy.example.cn") + """</head><body>
""" + nav(["首页", "医院概况", "新闻中心", "健康科普", "专家团队", "就医指南", "预约挂号"]) + """
<div class="wrap"><div class="main"><h1>血压忽高忽低，是不是血压计坏了？</h1>
<div class="kp-meta"><p>作者：心血管内科 主治医师 罗晓川</p><p>审核专家：方远航 主任医师</p><p>2024-03-15　来源：健康科普</p></div>
<div class="kp-body">
{BODY}
</div>
<div class="kp-tip">温馨提示：本文仅供健康科普，不能替代医生面诊。<a>预约挂号</a> <a>在线咨询</a></div></div>
<div class="side"><h3>专家团队</h3><ul><li>方远航 主任医师 心血管内科主任</li><li>罗晓川 主治医师</li><li>沈佳宁 副主任医师</li></ul></div></div>
<div class="ft">安康医院 版权所有</div></body></html>""",
    note="A doctor credited as 作者 (department and title dropped) → author. '审核专家' reviews the content: 审核 → "
         "editor (a close call: a medical reviewer, not newsroom staff; labelled by the word). '来源：健康科普' is a "
         "column, not an outlet → source null."))

PAGES.append(Page(
    name="yanbo_m_selfmedia_qiantian_script", body="mix",
    kind="mobile self-media post (m. host of a content platform): account '岚汐旅行日记' shown as the poster with '前天 09:15' "
         "and '作者声明：个人观点、仅供参考'; the absolute time only in an inline script; 打开APP banner, sticky bar, a "
         "comment area",
    url="https://m.yanbohao.example.com/a/7348812093318/",
    title="去了三次洱川古城，这五个地方本地人才知道",
    published_at="2024-10-06 09:15:42", authors=["岚汐旅行日记"], source=None, media="烟波号",
    blocks=["第一次去洱川古城是五年前，当时跟着攻略走，人挤人，逛完只记得一条卖纪念品的主街。后来又去了两次，住得久了，才慢慢发现古城真正的味道藏在那些不起眼的小巷子里。",
            "第一个地方是北门菜市场。早上七点，附近的村民挑着自家种的菜、刚挖的菌子来卖，摊位上还有各种叫不出名字的野菜。市场门口有一家卖米线的小店，一碗八块钱，是我吃过最好吃的。",
            "第二个地方是城西的老水井。井边有几棵上百年的大青树，每天下午，附近的老人会搬着小板凳来这里聊天、晒太阳。坐在那里听他们用方言聊家常，比任何景点都有意思。",
            "第三个地方是南城墙。很多人只知道上城楼拍照，其实沿着城墙根往东走，有一段很安静的步道，傍晚能看到苍山上的晚霞。",
            "第四个地方是一家开了三十年的旧书店，店主是一位退休的中学语文老师，店里除了书，还有很多老照片和地方志，可以坐下来翻一下午。",
            "第五个地方是古城外的田坝，九月稻子黄了的时候最好看。租一辆自行车，沿着田埂骑一圈，远处是山，近处是稻田，整个人都慢下来了。"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>去了三次洱川古城，这五个地方本地人才知道</title>
<meta name="viewport" content="width=device-width,initial-scale=1">""" + head_scripts("m.yanbohao.example.com") + """
<script>window.__ARTICLE__={"id":"7348812093318","create_time":"2024-10-06 09:15:42","media_name":"岚汐旅行日记","category":"旅游"};</script></head><body>
""" + app_banner("烟波", "打开烟波APP，看更多精彩") + """
<div class="article-page"><h1 class="a-title">去了三次洱川古城，这五个地方本地人才知道</h1>
<div class="a-author"><img class="avatar" src="/avatar/6612.jpg"><div><p class="name">岚汐旅行日记</p><p class="sub">前天 09:15 · 旅游领域创作者</p></div><a class="follow">关注</a></div>
<div class="a-content">
{BODY}
</div>
<p class="statement">作者声明：个人观点、仅供参考</p></div>
<div class="cmts"><p><b>行走的小鹿</b> 昨天 20:11：北门菜市场的米线真的好吃</p><p><b>洱川本地人</b> 前天 12:40：老水井那里确实舒服</p></div>
""" + mfeed([("洱川三日游攻略", "岚汐旅行日记", "10-01"), ("秋天的苍山", "山野观察员", "3天前")]) + sticky_bar("打开APP", "评论 23", "点赞 386", "分享") + """
</body></html>""",
    note="Self-media post with no byline in the text → the account shown as the post's author. '前天 09:15' is relative: "
         "published_at from the inline script's create_time (seconds included, the script's precision). The commenters "
         "are not authors."))

PAGES.append(Page(
    name="jiangyan_county_notice_chengwen_fabu", body="pi",
    kind="county education-bureau notice page: info table '成文日期：2024-03-12　发布日期：2024-03-15　发布机构：江堰县教育局', "
         "the notice's signature and date lines, a 联系人 with a phone number, 附件 links; nobody credited as writer",
    url="http://www.jiangyan.example.gov.cn/jyj/tzgg/202403/t20240315_55201.html",
    title="关于做好2024年义务教育阶段学校招生入学工作的通知",
    published_at="2024-03-15", authors=[], source="江堰县教育局", media="江堰县人民政府",
    blocks=["各乡镇中心学校，县直各学校：",
            "为做好我县2024年义务教育阶段学校招生入学工作，保障适龄儿童少年依法接受义务教育，现将有关事项通知如下：",
            ("h", "一、招生对象"),
            "小学一年级招收2017年9月1日至2018年8月31日出生、具有本县户籍或随父母在本县居住的适龄儿童；初中一年级招收本县小学应届毕业生。",
            ("h", "二、招生方式"),
            "公办学校严格按照划定的学区免试就近入学，不得以任何形式组织考试选拔学生。民办学校招生纳入审批地统一管理，与公办学校同步招生；报名人数超过招生计划的，实行电脑随机录取。",
            ("h", "三、时间安排"),
            "网上报名时间为6月20日至6月30日，学校审核时间为7月1日至7月10日，录取结果于7月20日前公布。",
            ("h", "四、工作要求"),
            "各学校要高度重视招生工作，严格执行招生政策，主动公开招生范围、招生计划和报名方式，认真做好政策解读和咨询服务，确保招生工作平稳有序。",
            "联系人：县教育局基础教育股 夏青，联系电话：0838-7210316。",
            "江堰县教育局",
            "2024年3月12日"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于做好2024年义务教育阶段学校招生入学工作的通知-江堰县人民政府</title>
<meta name="PubDate" content="2024-03-15 16:40"></head><body>
""" + nav(["首页", "政务公开", "部门信息公开", "通知公告", "政务服务", "互动交流"]) + """
<table class="xxgk" border="1" width="900"><tr><td>索引号：115107230081234567/2024-00031</td><td>主题分类：教育</td></tr>
<tr><td>发布机构：江堰县教育局</td><td>成文日期：2024-03-12</td></tr><tr><td>标题：关于做好2024年义务教育阶段学校招生入学工作的通知</td><td>发布日期：2024-03-15</td></tr>
<tr><td>文号：江教发〔2024〕8号</td><td>有效性：有效</td></tr></table>
<div class="art"><h1>关于做好2024年义务教育阶段学校招生入学工作的通知</h1>
<div class="TRS_Editor">
{BODY}
</div>
<div class="fj">附件：<a href="P020240315.pdf">1.江堰县2024年义务教育学区划分.pdf</a><br><a href="P020240316.docx">2.入学报名表.docx</a></div></div>
<div class="gov-ft">江堰县人民政府办公室主办　网站标识码：5107230011</div></body></html>""",
    note="Two dates: 成文日期 (2024-03-12, also the signature date) vs 发布日期 2024-03-15 → the page's publication day "
         "(shown day wins; meta PubDate adds 16:40, but a shown time beats meta and the shown value is the day). "
         "发布机构 → source (the credited issuing body). The 联系人 is no author; signature and date lines are text "
         "(as b2's notice)."))
