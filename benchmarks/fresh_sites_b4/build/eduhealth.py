"""University and hospital news pages: 撰稿/供稿/摄影/初审/复审/终审 chains, a 学院 as 供稿 unit, 通讯员 vs 学生记者,
an organisation in the 作者 field, doctors named throughout, a GBK page of nested <font> with spaced two-character
names, and a Big5 Traditional school page."""
from common import Page, footer, nav

PAGES: list[Page] = []

PAGES.append(Page(
    name="qingmu_univ_review_chain", body="nbsp",
    kind="university news site: info line '发布时间：2024-04-12 16:03:27　浏览次数：1284', the credits at the end as one "
         "block '撰稿：A　供稿：化学与材料学院　摄影：B　初审：C　复审：D　终审：E', professors and students named in the text",
    url="https://news.qingmu.example.edu.cn/info/1021/38817.htm",
    title="我校团队在新型储能材料研究中取得重要进展",
    published_at="2024-04-12 16:03:27", authors=["甘雨桐"], photographers=["秦朗"], editors=["辛悦", "戴海平", "闻道远"],
    source=None, media="青木大学新闻网",
    blocks=["近日，化学与材料学院邬立新教授团队在新型水系锌离子电池正极材料研究中取得重要进展，相关成果以《层状钒氧化物中的预嵌入策略提升锌离子电池循环稳定性》为题，发表在材料领域国际期刊上。我校为论文第一完成单位，博士研究生柯欣然为第一作者，邬立新教授为通讯作者。",
            "水系锌离子电池具有安全性高、成本低、环境友好等优点，被认为是大规模储能的理想选择之一，但正极材料在充放电过程中结构容易坍塌，导致电池寿命较短。团队通过在钒氧化物层间预先嵌入少量金属离子，起到“支柱”作用，使材料在反复充放电中保持结构稳定。",
            "测试结果显示，采用新材料的电池在五千次循环后容量保持率仍超过百分之九十，明显优于已报道的同类材料。审稿人评价该工作“为高稳定性正极材料的设计提供了新思路”。",
            "这项研究从构思到成果发表历时四年。柯欣然回忆，最初团队尝试了十几种嵌入离子，效果都不理想，有一段时间实验几乎停滞。“最难的时候，邬老师让我们把失败的数据都拿出来重新分析，结果从中发现了一个被忽略的规律。”",
            "团队还与学校物理学院合作，利用同步辐射等先进表征手段，在原子尺度上观察到了嵌入离子在材料层间的分布和作用机制，为理论解释提供了直接证据。",
            "邬立新介绍，团队正在与企业合作开展中试，探索将这一材料用于家庭储能和通信基站备用电源。该研究得到了国家自然科学基金和省重点研发计划的资助，学院分析测试中心为研究提供了表征支持。"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>我校团队在新型储能材料研究中取得重要进展-青木大学新闻网</title></head><body>
<div class="top"><img src="/images/logo.png" alt="青木大学新闻网"></div>
""" + nav(["首页", "青木要闻", "综合新闻", "学术科研", "校园文化", "媒体青木", "图片新闻", "视频青木"]) + """
<div class="position">当前位置：<a>首页</a> &gt; <a>学术科研</a> &gt; 正文</div>
<form name="_newscontent_fromname"><div class="content-title"><h3>我校团队在新型储能材料研究中取得重要进展</h3></div>
<div class="content-info">发布时间：2024-04-12 16:03:27&nbsp;&nbsp;浏览次数：<script>_showDynClicks("wbnews", 1773501, 38817)</script>1284</div>
<div id="vsb_content"><div class="v_news_content">
{BODY}
</div></div>
<div class="credits"><p>撰稿：甘雨桐　供稿：化学与材料学院　摄影：秦朗</p><p>初审：辛悦　复审：戴海平　终审：闻道远</p></div>
<div class="prev-next"><p>上一条：<a>我校举办第十二届研究生学术论坛</a></p><p>下一条：<a>化学与材料学院召开2024年学科建设推进会</a></p></div></form>
""" + footer("青木大学党委宣传部", "地址：青木市学府路1号", "2008-2024") + "</body></html>",
    note="撰稿 → author; 摄影 → photographer (no photo caption on the page, the credit stands); 初审/复审/终审 are "
         "review roles → editors (like 审核; a close call, the words are not in the rule's list). 供稿：化学与材料学院 is "
         "a supplying unit, not an outlet → source null. The professor, the first-author student and the reviewers of "
         "the journal are not authors of the news item."))

PAGES.append(Page(
    name="songshan_univ_table_student_reporter", body="td",
    kind="old university CMS in a table layout: info row '作者：党委宣传部　来源：松山大学新闻网　发布时间：2024年10月18日　"
         "点击数：'; the people only at the end of the last paragraph '（通讯员 褚一帆 学生记者 邢朵朵 滕子昂）'; "
         "'审核：祝明' line",
    url="http://www.songshan.example.edu.cn/xww/2024/1018/c1105a88120/page.htm",
    title="松山大学第六十届运动会开幕",
    published_at="2024-10-18", authors=["褚一帆", "邢朵朵", "滕子昂"], editors=["祝明"], source="松山大学新闻网",
    media="松山大学",
    blocks=["10月17日上午，松山大学第六十届运动会在东区体育场开幕。全校二十四个学院的三千余名运动员参加开幕式，校领导出席并为运动会鸣枪。",
            "开幕式在雄壮的国歌声中拉开帷幕。国旗护卫队、会旗方阵、裁判员方阵和各学院代表队依次入场，各学院方阵展示了各具特色的入场表演：机械学院的同学们用纸板拼出了一台“变形机器人”，外国语学院的方阵用八种语言喊出了口号，赢得全场阵阵掌声。",
            "本届运动会为期三天，共设田径、趣味和教工三大类五十六个项目。今年首次增设了“师生接力”项目，每支队伍由两名教师和两名学生组成。体育学院相关负责人介绍，希望通过这样的设计，让更多平时不常运动的老师也走上赛场。",
            "开幕式上，学校还为上一届运动会的优秀组织单位和体育道德风尚奖获奖学院颁奖。随后，由五百名学生表演的大型团体操《青春松山》将开幕式推向高潮，表演融合了武术、健美操和舞龙等元素，展现了松山学子的青春风采。",
            "开幕式后进行的男子一万米比赛中，土木工程学院大三学生简凡以三十四分十二秒的成绩夺得冠军，打破了保持十一年的校运会纪录。（通讯员 褚一帆 学生记者 邢朵朵 滕子昂）"],
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>松山大学第六十届运动会开幕</title></head>
<body leftmargin="0" topmargin="0"><table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/banner.jpg" width="960" height="120"></td></tr>
<tr><td class="menu"><a href="/">学校首页</a> | <a href="/xww/">新闻网首页</a> | <a>校园动态</a> | <a>教学科研</a> | <a>学工在线</a></td></tr>
<tr><td><table width="900" border="0" align="center">
<tr><td align="center" class="biaoti"><font size="4"><b>松山大学第六十届运动会开幕</b></font></td></tr>
<tr><td align="center" class="info">作者：党委宣传部　来源：松山大学新闻网　发布时间：2024年10月18日　点击数：<span id="hits">2317</span></td></tr>
<tr><td><hr size="1" color="#cccccc"></td></tr>
{BODY}
<tr><td align="right" class="sh">审核：祝明</td></tr>
<tr><td>【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table></td></tr>
<tr><td align="center" class="foot">松山大学党委宣传部 版权所有 地址：松山市大学路66号<br>Copyright 2006-2024</td></tr></table></body></html>""",
    note="作者 in the info row is an organisation (党委宣传部) → not an author; the people are in the closing "
         "parentheses (通讯员, 学生记者 — 记者 role) and are the authors; the parentheses are part of the last "
         "paragraph (text). source = 来源：松山大学新闻网 (credited); media = the university."))

PAGES.append(Page(
    name="anhe_hospital_gongao_doctors", body="mix",
    kind="hospital news page: credits on top '供稿：心血管内科　撰稿：蒋若楠　摄影：童欣　审核：梅继平　编辑：宣传科', date "
         "'2024/03/15', many doctors and a patient named in the text, 科室导航 and 专家门诊 side lists with names",
    url="https://www.anheyy.example.cn/news/yydt/2024-03-15/3312.html",
    title="我院成功开展首例无导线起搏器植入术",
    published_at="2024-03-15", authors=["蒋若楠"], photographers=["童欣"], editors=["梅继平"], source=None,
    media="安和市人民医院",
    blocks=["近日，我院心血管内科团队成功为一名八十二岁的老年患者实施了无导线心脏起搏器植入术，这是我院开展的首例此类手术。术后患者恢复良好，已于三天后顺利出院。",
            "患者谭老先生因反复头晕、乏力入院，检查发现存在严重的心动过缓，最慢心率每分钟仅三十余次，需要植入起搏器治疗。由于患者高龄、体型消瘦，且有长期服用抗凝药物的病史，传统起搏器需要在胸前皮下制作“囊袋”并经静脉放置导线，出血和感染的风险较高。",
            "心血管内科主任尹建国带领团队反复讨论后，决定为患者植入无导线起搏器。这种起搏器体积只有一枚胶囊大小，通过股静脉输送到右心室并固定在心腔内，不需要导线，也不需要在胸前切口。手术由尹建国主刀，副主任医师钱慧、主治医师包晨阳配合，仅用时四十分钟。",
            ("raw", '<p class="img"><img src="/upload/2024/03/15/s1.jpg"></p>', ""),
            ("cap", "手术团队正在进行无导线起搏器植入。"),
            "尹建国介绍，与传统起搏器相比，无导线起搏器创伤小、恢复快，术后患者的活动基本不受限制，尤其适合高龄、体弱和感染风险高的患者。下一步，科室将在严格把握适应证的基础上，逐步推广这项技术，让更多患者受益。"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>我院成功开展首例无导线起搏器植入术_医院动态_安和市人民医院</title></head><body>
<div class="hd"><img src="/img/logo.png" alt="安和市人民医院"><span>三级甲等综合医院</span><span>预约电话：0561-3120120</span></div>
""" + nav(["首页", "医院概况", "医院动态", "科室导航", "专家介绍", "就医指南", "健康教育", "党建工作", "招聘信息"]) + """
<div class="wrap"><div class="left"><div class="box"><h3>科室导航</h3><ul><li>心血管内科</li><li>神经内科</li><li>消化内科</li><li>骨科</li></ul></div>
<div class="box"><h3>专家门诊</h3><ul><li>尹建国 主任医师 周一上午</li><li>钱慧 副主任医师 周三全天</li><li>齐振华 主任医师 周五上午</li></ul></div></div>
<div class="right"><h2 class="tit">我院成功开展首例无导线起搏器植入术</h2>
<div class="credit">供稿：心血管内科　撰稿：蒋若楠　摄影：童欣　审核：梅继平　编辑：宣传科</div>
<div class="time">2024/03/15　来源：医院动态</div>
<div class="article">
{BODY}
</div></div></div>
<div class="ft">安和市人民医院 版权所有 地址：安和市健康路8号</div></body></html>""",
    note="撰稿 → author, 摄影 → photographer, 审核 → editor; 编辑：宣传科 is a department (not a person) → no editor "
         "name; 供稿：心血管内科 is a unit → no source. The doctors and the patient are not authors. '来源：医院动态' is "
         "the page's own column, not an outlet → source null."))

PAGES.append(Page(
    name="ruikang_hospital_nested_font_spaced_gbk", body="nfont", encoding="gbk",
    kind="GBK county hospital page of nested <font> runs and <br><br> paragraphs (2000s CMS), '更新时间：2024年3月15日', "
         "'文章作者：admin'; the people only closing the last paragraph as '（通讯员 王  平 杜  鹃）' with spaces inside "
         "the two-character names",
    url="http://www.ruikangyy.example.cn/Article/ShowArticle.asp?ArticleID=2291",
    title="瑞康县医院开展“世界肾脏日”义诊活动",
    published_at="2024-03-15", authors=["王平", "杜鹃"], source=None, media="瑞康县人民医院",
    blocks=["3月14日是第十九个“世界肾脏日”。当天上午，县医院肾内科联合血液净化中心在门诊大厅开展义诊活动，为群众免费测量血压、检测尿常规，并提供肾脏病防治咨询。",
            "活动现场，前来咨询的群众络绎不绝。肾内科医生耐心解答群众提出的问题，针对高血压、糖尿病患者，重点讲解了定期检查肾功能的重要性。医生提醒，慢性肾脏病早期往往没有明显症状，很多患者发现时已经到了中晚期，因此高危人群每年至少要做一次尿常规和肾功能检查。",
            "血液净化中心的护士还向群众发放了饮食指导手册，介绍了低盐、低脂、优质蛋白饮食的具体做法，提醒大家不要随意服用来源不明的“偏方”和止痛药。",
            "肾内科主任介绍，近年来县医院血液净化中心不断扩大规模，目前已有透析机二十四台，每月为一百六十余名尿毒症患者提供规律透析治疗，县域内患者不用再跑到市里透析。今年，中心还将开展腹膜透析居家随访服务。",
            "据统计，本次义诊共接待群众二百余人次，免费检测尿常规一百三十余人次，发放宣传资料五百余份。（通讯员 王  平 杜  鹃）"],
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>瑞康县医院开展“世界肾脏日”义诊活动 - 瑞康县人民医院</title></head>
<body><table width="778" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td><img src="../images/top.jpg" width="778" height="110"></td></tr>
<tr><td bgcolor="#0066CC" height="26"><font color="#FFFFFF">首页 | 医院简介 | 新闻动态 | 科室介绍 | 专家风采 | 就诊须知 | 联系我们</font></td></tr>
<tr><td><table width="100%"><tr><td align="center" height="40"><font color="#CC0000" size="4"><b>瑞康县医院开展“世界肾脏日”义诊活动</b></font></td></tr>
<tr><td align="center"><font color="#666666">文章作者：admin　　更新时间：2024年3月15日　　点击数：<script language="javascript" src="../Article/GetHits.asp?ArticleID=2291"></script></font></td></tr>
<tr><td height="1" bgcolor="#CCCCCC"></td></tr>
<tr><td style="padding:10px;line-height:180%">
{BODY}
</td></tr>
<tr><td align="right"><font color="#666666">【字体：<a>小</a> <a>大</a>】【<a>打印此文</a>】【<a>关闭窗口</a>】</font></td></tr>
<tr><td>上一篇文章：<a>县医院召开2024年医疗质量安全工作会议</a><br>下一篇文章：<a>县医院与瑞康镇卫生院签订医共体协议</a></td></tr></table></td></tr>
<tr><td align="center"><font size="2">瑞康县人民医院 版权所有 Copyright &copy; 2006-2024</font></td></tr></table></body></html>""",
    note="文章作者：admin is a placeholder; the authors are the two 通讯员 closing the last paragraph, each written with "
         "two spaces between the characters (王  平 → 王平, 杜  鹃 → 杜鹃). Date shown as 年月日 without a time."))

PAGES.append(Page(
    name="haixi_school_news_big5_trad", body="p", encoding="big5",
    kind="Big5-encoded Traditional school news page: '發布日期：2024-05-08　發布單位：學務處', credits at the end "
         "'文／學務處 邱雅婷　圖／學生會 溫浩宇', teachers and students named in the text, 最新消息 list with dates",
    url="http://www.haixi-hs.example.edu.tw/news/view.asp?id=5512",
    title="海西高中校慶運動會 師生接力賽創新紀錄",
    published_at="2024-05-08", authors=["邱雅婷"], photographers=["溫浩宇"], source=None, media="海西高級中學",
    blocks=["本校七十週年校慶運動會於5月4日在操場盛大舉行，全校師生、校友及家長近三千人參與。校長在開幕典禮中致詞表示，運動會不只是比賽，更是凝聚全校向心力的重要時刻。",
            "今年運動會共設有田徑、趣味競賽及班級大隊接力等項目。其中最受矚目的師生混合接力賽，由各處室主任與學生代表組隊參賽，最後由體育組隊伍以三分五十二秒的成績奪冠，打破了去年創下的紀錄。",
            "校友會今年也特別組成校友隊，邀請不同年代的畢業生回到母校參加趣味競賽。一位五十年前畢業的老校友說，操場雖然換成了塑膠跑道，但站在這裡，好像又回到了學生時代。",
            "運動會期間，學生會也在操場周邊設置了園遊會攤位，由各班級自行設計販售飲品與手作小物，所得將全數捐作學校清寒學生助學金。許多家長表示，這樣的活動讓孩子學會團隊合作，也更認識學校的歷史。",
            "學務處表示，感謝全體師生與家長的熱情參與，以及志工團隊的協助。各項比賽成績將於下週公布於學校網站，頒獎典禮則訂於5月13日朝會舉行。"],
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>海西高中校慶運動會 師生接力賽創新紀錄-海西高級中學</title></head><body>
<div id="header"><img src="/img/logo.gif" alt="海西高級中學"> <a>回首頁</a> | <a>最新消息</a> | <a>行政單位</a> | <a>校園生活</a></div>
<div id="main"><h2>海西高中校慶運動會 師生接力賽創新紀錄</h2>
<div class="info">發布日期：2024-05-08　發布單位：學務處　點閱次數：612</div>
<div class="article">
{BODY}
<p class="credit">文／學務處 邱雅婷　圖／學生會 溫浩宇</p>
</div>
<div class="list"><h3>最新消息</h3><ul><li><a>113學年度新生報到須知</a> 2024-05-06</li><li><a>校慶系列活動：藝文展開幕</a> 2024-05-02</li></ul></div></div>
<div id="footer">海西高級中學 版權所有　地址：海西市中正路100號</div></body></html>""",
    note="'文／學務處 邱雅婷' → the unit prefix (學務處) is dropped, the person is the author; '圖／學生會 溫浩宇' → "
         "photographer. 發布單位 is the publishing office, not an outlet → source null. Big5-encoded (declared big5)."))
