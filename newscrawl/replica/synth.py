"""Deterministic generator of synthetic Chinese local news in the prototype's Jekyll post format.

Used by ``newscrawl demo`` (a small sample archive), by end-to-end tests (the replica serves the
posts) and by benchmarks (2,000 … 100,000 posts). All text is made up here from templates and
vocabularies; nothing is copied from the real corpus. Only the *markup* mirrors what the real
finews text API returned (byline lines, ``em_media`` source line, Eastmoney stock spans, K-line
blocks, hidden paragraphs), so that the parsers meet the same shapes they meet in real posts.

Ground truth, per :class:`SyntheticArticle`:

* ``authors``       reporters and 通讯员 (correspondents), in byline order
* ``photographers`` people credited for photos (``图：``, ``摄影/``, ``… 摄``); organisations are split off
* ``editors``       ``编辑：`` / ``责任编辑：`` names
* ``organisations`` organisations named in credits (``图：海门区委宣传部许丛军`` → ``海门区委宣传部``)
* ``source``        the name in ``（文章来源：…）``; ``None`` when the article has no source line
* ``paragraphs``    plain body paragraphs: no byline/credit/source lines, no image captions, no
                    indents; an inline dateline byline (``本报讯（记者 …）``) is *not* part of them
* ``images``        src of the article's photos (the Eastmoney K-line chart widget is not counted)
* ``captions``      the caption text of each photo (parallel to ``images``)
* ``byline_raw``    each credit string as it reads in the page text (after HTML unescaping)
* ``reprint_of``    for a reprint, the info_code of the original article (emitted a few posts later,
                    because posts come newest first); ``None`` otherwise

Generation is streaming (``generate_articles`` is a generator holding a bounded look-ahead) and
deterministic: the same ``n``, ``seed`` and ``start`` give the same articles, and a shorter run is a
prefix of a longer one except for its last few posts (reprints whose original would fall past the end
are emitted as ordinary articles).
"""
from __future__ import annotations

import html
import os
import random
import re
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator

__all__ = [
    "MEDIA",
    "SyntheticArticle",
    "generate_articles",
    "media_slug",
    "post_filename",
    "render_post",
    "write_archive",
]

SHARE_URL = "http://finews.zning.xyz/html_News/NewsShare.html?infoCode={code}"
SITE = "//finews.withounder.com"
IMG_HOST = "http://img.example-news.cn"

# The papers. Weighted so the local dailies dominate, like the prototype's feed.
MEDIA = ["南通日报", "江海晚报", "海门日报", "启东日报", "如皋日报", "新华日报", "扬子晚报"]
_MEDIA_WEIGHTS = [30, 18, 12, 10, 8, 12, 10]
# Outlets that appear as 文章来源 without being one of our papers.
_OTHER_SOURCES = ["南通发布", "交汇点新闻", "江苏新闻", "学习强国南通学习平台", "中国江苏网"]


@dataclass
class SyntheticArticle:
    info_code: str
    title: str
    published: str
    media: str
    media_slug: str
    body_html: str
    authors: list[str]
    photographers: list[str]
    editors: list[str]
    organisations: list[str]
    source: str | None
    paragraphs: list[str]
    images: list[str]
    captions: list[str] = field(default_factory=list)
    byline_raw: list[str] = field(default_factory=list)
    reprint_of: str | None = None
    topic: str = ""

    @property
    def share_url(self) -> str:
        return SHARE_URL.format(code=self.info_code)

    @property
    def text(self) -> str:
        """The ground-truth content text: paragraphs joined by newlines."""
        return "\n".join(self.paragraphs)


@lru_cache(maxsize=None)
def media_slug(media: str) -> str:
    """Pinyin without tones, joined (南通日报 → nantongribao), as the prototype's categories."""
    from pypinyin import lazy_pinyin  # imported lazily: it is slow to import

    return "".join(lazy_pinyin(media)).lower()


# --------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------

# (name, admin suffix, towns)
PLACES: list[tuple[str, str, list[str]]] = [
    ("海门", "区", ["三厂街道", "常乐镇", "悦来镇", "四甲镇", "正余镇", "海永镇", "临江镇", "包场镇", "余东镇"]),
    ("通州", "区", ["金沙街道", "石港镇", "平潮镇", "兴仁镇", "西亭镇", "川姜镇", "刘桥镇", "二甲镇"]),
    ("崇川", "区", ["观音山街道", "狼山镇街道", "和平桥街道", "城东街道", "任港街道", "新城桥街道", "钟秀街道"]),
    ("如皋", "市", ["如城街道", "白蒲镇", "林梓镇", "搬经镇", "长江镇", "江安镇", "磨头镇", "九华镇"]),
    ("启东", "市", ["汇龙镇", "吕四港镇", "南阳镇", "寅阳镇", "王鲍镇", "近海镇", "北新镇", "惠萍镇"]),
    ("海安", "市", ["城东镇", "李堡镇", "角斜镇", "曲塘镇", "雅周镇", "墩头镇", "白甸镇"]),
    ("如东", "县", ["掘港街道", "栟茶镇", "洋口镇", "丰利镇", "岔河镇", "双甸镇", "马塘镇"]),
]
VILLAGES = ["新桥村", "永安村", "红星村", "民主村", "三和村", "东兴村", "合心村", "富民村", "光明村", "五星村",
            "长兴村", "新河村", "港西村", "北兴社区", "东港社区", "青年社区", "和平社区", "南苑社区", "星湖社区",
            "福安村", "丰收村", "乐园村", "新丰村", "团结村"]

# Common surnames (Nantong-typical ones included). Given-name characters below never occur in this
# list, so a run-together byline such as 文：陈静黄天玲 splits unambiguously with a surname list.
SURNAMES = ("陈 张 王 李 刘 黄 周 吴 徐 朱 顾 施 季 陆 曹 沈 钱 丁 姜 范 袁 瞿 茅 蔡 俞 许 杨 赵 孙 胡 郭 何 "
            "高 林 罗 郑 梁 谢 宋 唐 韩 冯 邓 曾 彭 董 程 汪 严 葛 缪 邱 倪 孟 卢 戴 秦 蒋 龚").split()
_HEAVY = {"陈": 12, "张": 11, "王": 12, "李": 10, "刘": 9, "黄": 7, "周": 6, "吴": 6, "徐": 7, "朱": 6, "顾": 6,
          "施": 5, "杨": 6, "沈": 5, "孙": 5, "季": 4, "陆": 4, "曹": 4, "钱": 4, "丁": 4, "许": 4, "赵": 4, "胡": 4}
_SURNAME_WEIGHTS = [_HEAVY.get(s, 2) for s in SURNAMES]
COMPOUND_SURNAMES = ["欧阳", "上官", "诸葛", "司徒", "慕容"]
GIVEN_CHARS = ("静 天 玲 新 美 军 伟 敏 丽 强 磊 洋 艳 勇 娟 杰 涛 明 超 秀 霞 平 刚 桂 英 建 国 志 红 燕 芳 "
               "晓 春 雪 宇 浩 婷 颖 佳 嘉 俊 峰 琳 晨 欣 悦 睿 思 雨 梦 蕾 倩 鑫 斌 辉 波 彬 宏 亮 凯 健 彤 "
               "璐 菁 瑶 莉 萍 慧 冬 兰 青 松 丛 卫 玉 荣 德 成 永 立 海 丹 蓉 薇 云 琦 炜 昊 晶 怡 舒 扬 "
               "振 兵 晴 露 骏 泽 逸 然 蕊 航 旭 铭 锋 翔 飞 鹏 家 益 锦 宁 爽 巍 帆").split()

ORG_SUFFIXES = ["委宣传部", "融媒体中心", "委宣传部", "文明办", "新闻中心"]
CITY_ORGS = ["南通市公安局", "南通市教育局", "南通市卫健委", "南通市交通运输局", "南通市文广旅局",
             "南通市生态环境局", "南通市农业农村局"]

TIME_OPENERS = ["{date}，", "近日，", "今年以来，", "连日来，", "日前，", "{date}上午，", "记者从{placef}{dept}获悉，",
                "目前，", "与此同时，", "此外，"]
ROLES = ["主要负责人", "党组书记", "局长", "副局长", "相关负责人", "工作人员", "主任", "科长"]
SHORT_FILLERS = ["这一做法得到了群众的普遍认可。", "相关工作正在有序推进。", "目前，各项工作进展顺利。",
                 "群众的获得感不断增强。", "不少市民对此点赞。", "活动现场气氛热烈。", "这也为下一步工作打下了基础。",
                 "各项任务正按照时间节点推进。", "现场不时响起阵阵掌声。"]
RESIDENT_ROLES = ["村民", "居民", "市民", "家长", "志愿者", "企业负责人", "种植大户", "网格员", "游客"]

TOPICS: dict[str, dict[str, list[str]]] = {
    "乡村振兴": {
        "depts": ["农业农村局", "乡村振兴局", "农业农村局"],
        "acts": ["大力推进高标准农田建设", "持续壮大村级集体经济", "扎实开展农村人居环境整治", "培育发展特色种养产业",
                 "推动农文旅融合发展", "实施“一村一品”工程", "加快建设宜居宜业和美乡村", "深化农村集体产权制度改革",
                 "引导新型农业经营主体规模经营", "开展农民专业技能培训"],
        "res": ["有效带动{n}户农户增收致富", "村级集体经营性收入平均增长{pct}", "农村面貌焕然一新",
                "新增规模经营面积{area}", "累计培训新型职业农民{big}人次", "乡村产业链条不断延伸",
                "农民群众的钱袋子越来越鼓"],
        "scenes": ["村民们正忙着采摘大棚里的草莓，一派丰收景象", "一排排蔬菜大棚整齐排列，喷灌设备正在作业",
                   "新修的柏油路通到了家门口，路两旁花木成行", "合作社的冷库里堆满了刚收获的西兰花",
                   "村里的老人们在文化广场上晒着太阳，聊着家常", "农技人员正在田头为种植户讲解冬季管护要点"],
        "quotes": ["以前种地靠天吃饭，现在有了合作社，收入稳定多了", "我们将把乡村振兴作为三农工作的总抓手，一件接着一件办",
                   "村里环境变好了，在外打工的年轻人也愿意回来了", "下一步要把特色产业做大做强，让更多村民共享发展成果"],
        "data": ["全年新建高标准农田{area}", "培育市级以上农业龙头企业{n}家", "建成省级特色田园乡村{n}个",
                 "农村居民人均可支配收入达{money2}"],
        "plans": ["持续巩固拓展脱贫攻坚成果", "加快补齐农村基础设施短板", "推动更多优质农产品走出去", "完善联农带农利益联结机制"],
        "tphrases": ["特色产业激活乡村振兴新引擎", "高标准农田建设跑出加速度", "村集体经济壮大有新招",
                     "小菜园里做出富民大文章", "和美乡村建设绘就新画卷", "农民家门口就业有了好去处"],
        "slogans": ["一村一品", "田间课堂", "共富工坊", "家门口就业"],
    },
    "项目建设": {
        "depts": ["发改委", "发改委", "重大项目办", "工信局"],
        "acts": ["全力推进重大项目建设", "坚持“项目为王”鲜明导向", "深入开展重大项目攻坚行动", "持续优化营商环境",
                 "实行项目建设“挂图作战”", "建立重大项目全生命周期服务机制", "加快推进一批产业链强链补链项目"],
        "res": ["全年新开工亿元以上项目{n}个", "完成固定资产投资{money}", "一批重大项目相继竣工投产",
                "项目审批时间压缩至{n}个工作日", "签约项目计划总投资{money}", "为高质量发展注入强劲动能"],
        "scenes": ["塔吊林立、机器轰鸣，工人们正在抓紧进行主体结构施工", "新建厂房内，一条条自动化生产线正在调试",
                   "工地上运输车辆来回穿梭，现场一派繁忙景象", "项目指挥部的进度表上，每一个节点都标得清清楚楚"],
        "quotes": ["我们实行专班推进、一线服务，确保项目早开工、早投产、早见效",
                   "部门提前介入、靠前服务，项目从签约到开工只用了三个多月", "冬季施工我们不停工，力争春节前完成主体封顶",
                   "家门口的项目建成后，我们找工作也方便了"],
        "data": ["列入省市重大项目{n}个", "今年累计完成项目投资{money}", "新增规上工业企业{n}家"],
        "plans": ["加强要素保障，全力以赴抓项目", "紧盯关键节点，推动项目早日建成投产", "强化招商引资，储备一批优质项目"],
        "tphrases": ["重大项目建设跑出加速度", "冬日工地施工忙", "项目攻坚掀起新热潮", "以项目建设之“进”稳发展之“势”",
                     "一批重点项目集中开工"],
        "slogans": ["项目为王", "拿地即开工", "一站式服务", "挂图作战"],
    },
    "教育": {
        "depts": ["教育局", "教体局", "教育局"],
        "acts": ["扎实推进“双减”政策落地", "持续推进义务教育优质均衡发展", "加强中小学课后服务", "推进智慧校园建设",
                 "开展师生心理健康教育", "推动优质教育资源共享", "实施新一轮学前教育行动计划"],
        "res": ["课后服务实现全覆盖", "学生作业负担明显减轻", "新增学位{big}个", "家长满意度达到{pct}",
                "{n}所学校获评省级示范校", "城乡教育差距进一步缩小"],
        "scenes": ["孩子们在操场上跳绳、踢毽子，欢声笑语不断", "教室里，老师正借助智慧黑板讲解一道几何题",
                   "新落成的教学楼窗明几净，图书馆里座无虚席", "社团活动课上，学生们围在一起专心制作航模"],
        "quotes": ["现在孩子放学后在学校就能完成作业，我们家长轻松多了", "我们把课后服务作为为民办实事的重要内容抓实抓好",
                   "每个孩子都有自己的兴趣特长，学校要做的是给他们搭好舞台"],
        "data": ["全区中小学开设课后服务课程{big}门", "新建改扩建学校{n}所", "引进优秀教师{big}名"],
        "plans": ["持续提升课后服务质量", "加大教师队伍建设力度", "加快推进新建学校工程进度"],
        "tphrases": ["“双减”之下校园生活更精彩", "课后服务托起家长的“稳稳幸福”", "让每个孩子享有公平而有质量的教育",
                     "新学校建设按下快进键"],
        "slogans": ["双减", "智慧课堂", "5+2", "家门口的好学校"],
    },
    "医疗": {
        "depts": ["卫健委", "卫生健康委", "医保局"],
        "acts": ["深入推进紧密型县域医共体建设", "持续提升基层医疗服务能力", "扎实开展家庭医生签约服务",
                 "推进分级诊疗制度落地", "优化预约诊疗服务流程", "开展“健康义诊进社区”活动"],
        "res": ["基层就诊率提高到{pct}", "群众看病就医更加方便", "家庭医生签约人数超过{big}人",
                "门诊平均候诊时间缩短{n}分钟", "一批疑难手术在家门口就能完成"],
        "scenes": ["社区卫生服务中心里，医生正为老人测量血压、讲解用药知识", "义诊现场排起了长队，专家们耐心解答群众的问题",
                   "新启用的门诊大楼里，自助挂号机前秩序井然"],
        "quotes": ["以前看病要跑到市区，现在在镇上就能找专家看", "我们要让群众少跑腿，小病不出村、大病不出区",
                   "家庭医生定期上门随访，心里踏实多了"],
        "data": ["全年开展义诊活动{n}场", "建成标准化村卫生室{n}家", "基层医疗机构诊疗人次达{big}万"],
        "plans": ["持续推动优质医疗资源下沉", "加强基层卫生人才队伍建设", "进一步改善群众就医体验"],
        "tphrases": ["15分钟健康服务圈惠及百姓", "优质医疗资源送到家门口", "家庭医生当好居民“健康守门人”"],
        "slogans": ["15分钟健康服务圈", "医共体", "一站式结算", "健康守门人"],
    },
    "交通": {
        "depts": ["交通运输局", "交通运输局", "公安局交警大队"],
        "acts": ["加快推进“四好农村路”建设", "持续完善城乡公交网络", "实施道路交通安全综合整治", "推进跨江通道前期工作",
                 "开展农村公路提档升级", "优化城区交通组织"],
        "res": ["新改建农村公路{km}", "城乡公交覆盖率达到{pct}", "群众出行更加便捷", "道路通行效率明显提升",
                "交通事故起数同比下降{pct}"],
        "scenes": ["新铺的沥青路面平整宽阔，标线清晰醒目", "早高峰时段，交警在路口指挥疏导车辆有序通行",
                   "公交首末站里，新投用的纯电动公交车整齐停放"],
        "quotes": ["路修好了，农产品运出去更方便了", "我们将统筹推进路网建设和养护管理，让群众出行更舒心",
                   "以前下雨天路上全是泥，现在出门再也不怕了"],
        "data": ["完成桥梁改造{n}座", "新开通城乡公交线路{n}条", "累计完成交通投资{money}"],
        "plans": ["加快构建现代综合交通运输体系", "持续推进农村公路养护管理", "推动交通与产业、旅游融合发展"],
        "tphrases": ["“四好农村路”铺就群众幸福路", "城乡公交一体化让出行更便捷", "综合交通建设提速增效"],
        "slogans": ["四好农村路", "公交一体化", "畅通工程", "最后一公里"],
    },
    "文旅": {
        "depts": ["文广旅局", "文体广电和旅游局", "文化馆"],
        "acts": ["深入推进文旅融合发展", "精心打造全域旅游品牌", "丰富群众文化生活", "推动非遗保护传承",
                 "举办系列文化惠民活动", "培育夜间文旅消费新业态"],
        "res": ["接待游客{big}万人次", "实现旅游收入{money}", "文化惠民活动覆盖{n}个村居", "一批非遗项目焕发新活力"],
        "scenes": ["古街上灯笼高挂，游客们边逛边品尝地方特色小吃", "文化广场上，民间艺人正在表演传统说唱",
                   "江边步道上，不少市民带着孩子散步、拍照", "非遗工坊里，手艺人正一针一线绣出精美图案"],
        "quotes": ["我们要让文化资源活起来，让游客留下来", "周末带孩子来看看非遗展演，很有意义",
                   "家门口就有这么好的文化活动，老年人特别喜欢"],
        "data": ["举办各类文化活动{big}场次", "新增省级乡村旅游重点村{n}个", "建成城市书房{n}家"],
        "plans": ["持续擦亮文旅品牌", "推出更多精品旅游线路", "加强文化遗产保护利用"],
        "tphrases": ["文旅融合释放发展新活力", "非遗传承焕发新光彩", "夜经济点亮城市烟火气", "书香城市建设结硕果"],
        "slogans": ["书香城市", "夜经济", "非遗进校园", "江海风情"],
    },
    "生态环保": {
        "depts": ["生态环境局", "水利局", "城管局"],
        "acts": ["深入打好污染防治攻坚战", "持续推进长江大保护", "扎实开展河道综合整治", "推进垃圾分类工作",
                 "加强大气污染联防联控", "推动绿色低碳转型发展"],
        "res": ["空气质量优良天数比率达{pct}", "整治河道{km}", "国考断面水质全部达标", "生活垃圾分类覆盖率达{pct}",
                "生态环境质量持续改善"],
        "scenes": ["河道两岸绿树成荫，清澈的河水缓缓流淌", "江堤上，生态修复后的滩涂引来成群白鹭栖息",
                   "小区里的分类投放点干净整洁，志愿者正在指导居民分类"],
        "quotes": ["门前的河变清了，夏天也闻不到臭味了", "我们坚持问题导向，一河一策推进综合治理",
                   "垃圾分类看似小事，其实关系到每个人的生活环境"],
        "data": ["完成造林绿化{area}", "建成生态美丽河湖{n}条", "关停整治散乱污企业{n}家"],
        "plans": ["持续巩固治理成效", "加快推进生态修复工程", "健全长效管护机制"],
        "tphrases": ["一河清水绕村流", "长江岸线生态颜值持续提升", "垃圾分类成为新时尚"],
        "slogans": ["河长制", "无废城市", "垃圾分类", "绿水青山"],
    },
    "社会治理": {
        "depts": ["民政局", "政法委", "行政审批局", "人社局"],
        "acts": ["深化网格化社会治理", "推进“一网通办”改革", "办好民生实事项目", "完善养老服务体系",
                 "开展稳岗就业专项行动", "推动矛盾纠纷多元化解"],
        "res": ["群众办事实现“最多跑一次”", "城镇新增就业{big}人", "建成社区养老服务站{n}个",
                "矛盾纠纷化解率达{pct}", "群众满意度持续提升"],
        "scenes": ["政务服务大厅里，工作人员正在帮助群众网上办理业务", "社区食堂里，老人们吃着热乎乎的饭菜",
                   "招聘会现场人头攒动，求职者正与企业面对面交流", "网格员走街串巷，挨家挨户走访了解情况"],
        "quotes": ["现在办事在手机上就能提交材料，方便多了", "我们把群众的小事当作自己的大事来办",
                   "在社区食堂吃饭又便宜又实惠，子女也放心"],
        "data": ["全年办结政务服务事项{big}件", "发放稳岗补贴{money}", "建成标准化网格{big}个"],
        "plans": ["持续提升基层治理效能", "把民生实事办到群众心坎上", "进一步优化政务服务"],
        "tphrases": ["网格化治理织密民生服务网", "民生实事件件有回音", "“一网通办”让群众少跑腿"],
        "slogans": ["一网通办", "最多跑一次", "15分钟生活圈", "微治理"],
    },
    "产业": {
        "depts": ["工信局", "科技局", "商务局", "发改委"],
        "acts": ["深入实施“智改数转”行动", "加快培育战略性新兴产业", "推动产业链上下游协同发展",
                 "加大企业研发投入", "支持企业开拓国际市场", "推进制造业高端化智能化绿色化"],
        "res": ["规上工业产值增长{pct}", "新增高新技术企业{n}家", "高新技术产业产值占比提高到{pct}",
                "外贸进出口总额达{money}", "企业核心竞争力显著增强"],
        "scenes": ["智能车间里，机械臂有序作业，产品源源不断下线", "研发中心内，技术人员正在调试新一代样机",
                   "企业展厅里，一块大屏实时显示着各条产线的运行数据"],
        "quotes": ["今年订单已经排到明年二季度，我们正在扩充产能", "数字化改造后，生产效率提高了三成以上",
                   "我们将继续加大研发投入，把核心技术牢牢掌握在自己手里",
                   "在家门口的工厂上班，每个月收入有七八千元"],
        "data": ["完成工业技改投资{money}", "新增专精特新企业{n}家", "实现规上工业开票销售{money}"],
        "plans": ["推动更多企业上云用数赋智", "持续壮大优势产业集群", "加快培育一批行业领军企业"],
        "tphrases": ["智改数转赋能制造业升级", "龙头企业订单饱满产销两旺", "创新驱动跑出发展加速度"],
        "slogans": ["智改数转", "专精特新", "链长制", "亩均论英雄"],
    },
}
TOPIC_NAMES = list(TOPICS)
_TOPIC_WEIGHTS = [14, 14, 12, 10, 9, 10, 9, 10, 12]
assert len(_TOPIC_WEIGHTS) == len(TOPIC_NAMES)

TITLE_TAILS = ["让群众幸福感更足", "跑出加速度", "助力高质量发展", "交出新答卷", "走深走实", "惠及千家万户", "暖民心"]
TITLE_TEMPLATES = [
    "{place}：{tphrase}", "{placef}{tphrase}", "{town}：{tphrase}", "{tphrase}",
    "{tphrase} {place}：{tphrase}", "“{slogan}”{tail}", "{place}“{slogan}”{tail}",
    '{place}"{slogan}"{tail}', '"{slogan}"{tail}', "{placef}：{tphrase}", "{tphrase}——{placef}{tail}",
]
TITLE_WEIGHTS = [16, 12, 8, 8, 6, 10, 10, 7, 4, 8, 5]

SENTENCES = [
    "{opener}{placef}{act}，{res}。",
    "{opener}{placef}{dept}{act}，{res}。",
    "在{town}{village}，{scene}。",
    "{placef}{odept}{orole}{official}表示：“{oquote}。”",
    "{rrole}{resident}告诉记者：“{rquote}。”",
    "截至目前，{placef}{data}，{res}。",
    "下一步，{placef}将{plan}，{plan}。",
    "{town}{act}，{res}。",
    "{stown}党委书记{secretary}介绍，当地{act}，{res}。",
    "据统计，今年{month}月以来，{placef}{data}。",
    "{scene}。",
    "{opener}{placef}召开专题会议，研究部署{topic}重点工作。",
    "{town}组织党员干部深入一线，帮助群众解决实际困难{n}件。",
    "活动吸引了{big}余名群众参与，发放宣传资料{big}份。",
    "{placef}还将{plan}。",
    "{town}{village}党总支书记{person}说，下一步村里将{plan}。",
]
# used at most once per article
ONCE = {"下一步，{placef}将{plan}，{plan}。", "{placef}{odept}{orole}{official}表示：“{oquote}。”",
        "{rrole}{resident}告诉记者：“{rquote}。”", "{stown}党委书记{secretary}介绍，当地{act}，{res}。",
        "据统计，今年{month}月以来，{placef}{data}。", "截至目前，{placef}{data}，{res}。",
        "{placef}还将{plan}。", "活动吸引了{big}余名群众参与，发放宣传资料{big}份。",
        "{town}{village}党总支书记{person}说，下一步村里将{plan}。",
        "{opener}{placef}召开专题会议，研究部署{topic}重点工作。", "在{town}{village}，{scene}。", "{scene}。",
        "{town}组织党员干部深入一线，帮助群众解决实际困难{n}件。"}
# The lead sentence of the first paragraph always carries a date or a time phrase.
LEAD_SENTENCES = [
    "{date}，{placef}{act}，{res}。",
    "{date}，记者走进{town}{village}，{scene}。",
    "{date}，{placef}召开{topic}工作推进会，部署下一阶段重点任务。",
    "今年以来，{placef}{act}，{res}。",
    "近日，{placef}{dept}{act}，{res}。",
]
BUSINESS_SENTENCES = [
    "作为{place}{sector}产业的龙头企业，{co}今年{act2}，{res}。",
    "{co}相关负责人介绍，公司{act2}，预计全年营业收入同比增长{pct}。",
    "走进{co}，{scene}。",
    "{co}与{partner}签署战略合作协议，双方将在{sector}领域开展深度合作。",
    "据了解，{co}本次投资建设的{sector}项目总投资{money}，达产后可新增年产值{money}。",
]
BUSINESS_ACTS = ["持续加大研发投入", "新上多条智能化生产线", "积极开拓海外市场", "加快推进募投项目建设",
                 "完成数字化车间改造", "与多家高校共建研发平台"]
PARTNERS = ["南通大学", "江苏科技大学", "多家上下游企业", "中科院相关研究所", "一家央企"]
CO_PREFIX = ["江海", "通州湾", "启海", "皋城", "崇江", "东疆", "濠河", "狼山", "吕港", "海晟", "通润", "苏锡"]
CO_CORE = ["智能", "新材", "重工", "精工", "海工", "电子", "纺织", "生物", "能源", "科技", "装备", "光电"]
CO_SUFFIX = ["股份", "科技", "集团", "股份", "实业"]
SECTORS = ["新能源", "半导体", "海工装备", "纺织服装", "生物医药", "锂电池", "高端装备", "新材料"]


# --------------------------------------------------------------------------------------------
# Templates: parsed once into (literal, slot, literal, slot, …, literal)
# --------------------------------------------------------------------------------------------

_SLOT = re.compile(r"\{(\w+)\}")
_OFFICIAL_QUOTE = ("我们", "部门", "冬季", "下一步", "每个孩子", "今年订单", "数字化改造后")


@lru_cache(maxsize=None)
def _parse(template: str) -> tuple[str, ...]:
    return tuple(_SLOT.split(template))


def _compile_topics() -> dict[str, dict[str, list[tuple[str, ...]]]]:
    out = {}
    for name, vocab in TOPICS.items():
        c = {key: [_parse(item) for item in items] for key, items in vocab.items()}
        c["oquotes"] = [_parse(q) for q in vocab["quotes"] if q.startswith(_OFFICIAL_QUOTE)]
        c["rquotes"] = [_parse(q) for q in vocab["quotes"] if not q.startswith(_OFFICIAL_QUOTE)]
        out[name] = c
    return out


_CTOPICS = _compile_topics()
_PLACEHOLDERS = {k: f"\x00{i}" for i, k in enumerate(
    ("date", "sector", "official", "odept", "orole", "secretary", "stown", "resident", "rrole", "person"))}
_SENTENCE_CACHE_SIZE = 32
_TOPIC_KEYS = {"act": "acts", "res": "res", "scene": "scenes", "oquote": "oquotes", "rquote": "rquotes",
               "data": "data", "plan": "plans", "tphrase": "tphrases", "slogan": "slogans"}
_OPENERS = [_parse(t) for t in TIME_OPENERS]
_SENTS = [_parse(t) for t in SENTENCES]
_ONCE = {_parse(t) for t in ONCE}
_LEADS = [_parse(t) for t in LEAD_SENTENCES]
_BUSINESS = [_parse(t) for t in BUSINESS_SENTENCES]
_TITLES = [_parse(t) for t in TITLE_TEMPLATES]
_CAPTIONS = [_parse(t) for t in ("{town}{village}一角", "{placef}{topic}工作现场", "工作人员在{town}开展{topic}工作",
                                 "{town}{scene}")]


class _Ctx:
    """Per-article slot filler. ``pick`` is a fast uniform choice driven by the article RNG."""

    __slots__ = ("r", "vocab", "towns", "fixed", "companies", "used", "subst", "key")

    def __init__(self, rng: random.Random, topic: str, fixed: dict[str, str], towns: list[str],
                 companies: list[str]):
        self.r = rng.random
        self.vocab = _CTOPICS[topic]
        self.towns = towns
        self.fixed = fixed
        self.companies = companies
        self.used: set[tuple[str, ...]] = set()

    def resolve(self, text: str) -> str:
        if "\x00" in text:
            for placeholder, value in self.subst:
                text = text.replace(placeholder, value)
        return text

    def pick(self, seq):
        return seq[int(self.r() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.r() * (b - a + 1))

    def fill(self, parts: tuple[str, ...]) -> str:
        if len(parts) == 1:
            return parts[0]
        out = parts[0]
        fixed = self.fixed
        for k in range(1, len(parts), 2):
            name = parts[k]
            value = fixed.get(name)
            if value is None:
                value = _SLOT_FUNCS[name](self)
            out += value + parts[k + 1]
        return out

    def vocab_item(self, name: str) -> str:
        """A topic phrase, avoiding repeats within the article while the list allows."""
        items = self.vocab[_TOPIC_KEYS[name]]
        used = self.used
        item = self.pick(items)
        tries = 0
        while item in used and tries < 4:
            item = self.pick(items)
            tries += 1
        used.add(item)
        return self.fill(item)


def _money(c: _Ctx) -> str:
    if c.r() < 0.7:
        return f"{c.randint(12, 980) / 10:g}亿元"
    return f"{c.randint(300, 9800)}万元"


_SLOT_FUNCS: dict[str, Callable[[_Ctx], str]] = {
    "n": lambda c: str(c.randint(3, 86)),
    "big": lambda c: str(c.randint(120, 9800)),
    "pct": lambda c: f"{c.randint(15, 985) / 10:g}%",
    "area": lambda c: f"{c.randint(2, 98) * 100}亩",
    "km": lambda c: f"{c.randint(12, 980) / 10:g}公里",
    "money": _money,
    "money2": lambda c: f"{c.randint(26000, 41000)}元",
    "month": lambda c: str(c.randint(1, 11)),
    "town": lambda c: c.pick(c.towns),
    "village": lambda c: c.pick(VILLAGES),
    "opener": lambda c: c.fill(c.pick(_OPENERS)),
    "dept": lambda c: c.pick(c.vocab["depts"])[0],
    "co": lambda c: c.pick(c.companies) if c.companies else "当地企业",
    "partner": lambda c: c.pick(PARTNERS),
    "act2": lambda c: c.pick(BUSINESS_ACTS),
    "tail": lambda c: c.pick(TITLE_TAILS),
    **{name: (lambda c, name=name: c.vocab_item(name)) for name in _TOPIC_KEYS},
}


# --------------------------------------------------------------------------------------------
# People and organisations
# --------------------------------------------------------------------------------------------

def _make_name(rng: random.Random) -> str:
    if rng.random() < 0.03:
        return rng.choice(COMPOUND_SURNAMES) + rng.choice(GIVEN_CHARS)
    surname = rng.choices(SURNAMES, _SURNAME_WEIGHTS)[0]
    if rng.random() < 0.35:
        return surname + rng.choice(GIVEN_CHARS)
    a = rng.choice(GIVEN_CHARS)
    b = rng.choice(GIVEN_CHARS)
    return surname + a + b


class _Pools:
    """Seeded pools: each paper's reporters and editors, correspondents, photographers, public figures."""

    def __init__(self, seed: int):
        rng = random.Random(f"newscrawl-synth-people:{seed}")
        seen: set[str] = set()
        names: list[str] = []
        while len(names) < 700:
            name = _make_name(rng)
            if name not in seen:
                seen.add(name)
                names.append(name)
        it = iter(names)
        self.reporters = {m: [next(it) for _ in range(14)] for m in MEDIA}
        self.editors = {m: [next(it) for _ in range(5)] for m in MEDIA}
        self.correspondents = [next(it) for _ in range(90)]
        self.photographers = [next(it) for _ in range(40)]
        self.public = list(it)  # officials, residents quoted in the text
        self.companies: list[tuple[str, str, str]] = []  # (name, market, code)
        used: set[str] = set()
        while len(self.companies) < 40:
            name = rng.choice(CO_PREFIX) + rng.choice(CO_CORE) + rng.choice(CO_SUFFIX)
            if name in used:
                continue
            used.add(name)
            if rng.random() < 0.5:
                market, code = "1", f"60{rng.randint(0, 9999):04d}"
            else:
                market, code = "0", rng.choice(["00", "30"]) + f"{rng.randint(0, 9999):04d}"
            self.companies.append((name, market, code))


def _organisation(rng: random.Random, place: tuple[str, str, list[str]]) -> str:
    if rng.random() < 0.2:
        return rng.choice(CITY_ORGS)
    suffix = rng.choice(ORG_SUFFIXES)
    prefix = place[0] + place[1]
    return prefix + suffix


# --------------------------------------------------------------------------------------------
# HTML pieces
# --------------------------------------------------------------------------------------------

HIDDEN_P = '<p style="display:none;height:1px;overflow:hidden;"><br /></p>'


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _stock_span(name: str, market: str, code: str) -> str:
    return (f'<span id="stock_{market}.{code}"><a href="http://quote.eastmoney.com/unify/r/{market}.{code}" '
            f'class="keytip" data-code="{market},{code}">{name}</a></span>'
            f'<span id="quote_{market}.{code}"></span>')


def _stock_common(name: str, market: str, code: str) -> str:
    return (f'<span web="1" href="http://quote.eastmoney.com/unify/r/{market}.{code}" '
            f'class="em_stock_key_common" data-code="{market},{code}">{name}</span>')


def _bk_span(name: str, bk: str) -> str:
    return (f'<span id="bk_90.{bk}"><a href="http://quote.eastmoney.com/unify/r/90.{bk}" class="keytip" '
            f'data-code="90,{bk}">{name}</a></span><span id="bkquote_90.{bk}"></span>')


def _kline_block(market: str, code: str, token: str) -> str:
    return (f'{HIDDEN_P}<!-- EM_StockImg_Start --><p style="text-align:center;">'
            f'<a href="http://quote.eastmoney.com/unify/r/{market}.{code}" data-code="{code}|{market}|1" '
            f'data-code2="{code}|{market}|2|" class="EmImageRemark" target="_blank">'
            f'<img src="https://webquoteklinepic.eastmoney.com/GetPic.aspx?nid={market}.{code}&imageType=k'
            f'&token={token}&at=1" border="0" alt="K图 {code}_0" data-code="K {code}|{market}|1" '
            f'data-code2="K {code}|{market}|2|" style="border:#d1d1d1 1px solid;" width="578" height="276" />'
            f'</a></p><!-- EM_StockImg_End -->')


class _Content:
    """Everything about an article except its slot in the timeline and its paper."""

    __slots__ = ("title", "topic", "body_parts", "authors", "photographers", "editors", "organisations",
                 "paragraphs", "images", "captions", "byline_raw", "has_source", "joiner")


# --------------------------------------------------------------------------------------------
# The generator
# --------------------------------------------------------------------------------------------

class _Generator:
    def __init__(self, seed: int, start: str):
        self.seed = seed
        self.rng = random.Random(f"newscrawl-synth-content:{seed}")
        self.pools = _Pools(seed)
        self.start = datetime.strptime(start, "%Y-%m-%d %H:%M:%S")
        # the timeline has its own RNG so that slots can be looked ahead without disturbing content
        self._trng = random.Random(f"newscrawl-synth-time:{seed}")
        self._slots: deque[tuple[datetime, str]] = deque()
        self._slot_base = 0  # index of _slots[0]
        self._last = self.start
        # filled sentences per (topic, place, template): bounded, so memory stays constant
        self._cache: dict[tuple, list[str]] = {}
        epoch = datetime(2021, 12, 31, 12, 0, 0)
        self._counter0 = 2232633030 + int((self.start - epoch).total_seconds() * 113 // 10)

    # -- timeline: newest first, 1–40 minutes apart, info codes from a time-linked counter --
    def _next_slot(self) -> tuple[datetime, str]:
        r = self._trng
        t = self._last - timedelta(seconds=r.randint(60, 2400))
        # fewer posts at night: skip most of 00:00–06:00
        if t.hour < 6 and r.random() < 0.85:
            t = t.replace(hour=0, minute=0, second=0) - timedelta(seconds=r.randint(60, 5400))
        self._last = t
        delta = int((self.start - t).total_seconds())
        counter = (self._counter0 - delta * 113 // 10 + r.randint(0, 600)) % 10**10
        return t, f"NW{t:%Y%m%d}{counter:010d}"

    def slot(self, i: int) -> tuple[datetime, str]:
        while i - self._slot_base >= len(self._slots):
            self._slots.append(self._next_slot())
        return self._slots[i - self._slot_base]

    def release(self, i: int) -> None:
        while self._slot_base <= i and self._slots:
            self._slots.popleft()
            self._slot_base += 1

    # -- content --
    def content(self, published: datetime, media: str) -> _Content:
        rng = self.rng
        pools = self.pools
        topic = rng.choices(TOPIC_NAMES, _TOPIC_WEIGHTS)[0]
        place = rng.choice(PLACES)
        event_day = published - timedelta(days=rng.choice((0, 1, 1, 1, 2, 3)))
        date = f"{event_day.month}月{event_day.day}日"
        public = rng.sample(pools.public, 4)
        business = topic == "产业" and rng.random() < 0.7
        companies: list[tuple[str, str, str]] = (
            rng.sample(pools.companies, rng.randint(1, 3)) if business else [])
        sector = rng.choice(SECTORS)
        real = {
            "date": date, "sector": sector, "official": public[0],
            "odept": rng.choice(TOPICS[topic]["depts"]),
            "orole": rng.choice(ROLES), "secretary": public[1], "stown": rng.choice(place[2]),
            "resident": public[2], "rrole": rng.choice(RESIDENT_ROLES), "person": public[3],
        }
        # Article-specific values go in as placeholders so that filled sentences can be cached per
        # (topic, place) and reused by later articles; ``resolve`` puts the real values back.
        fixed = {"place": place[0], "placef": place[0] + place[1], "topic": topic, **_PLACEHOLDERS}
        ctx = _Ctx(rng, topic, fixed, place[2], [c[0] for c in companies])
        ctx.subst = [(_PLACEHOLDERS[k], v) for k, v in real.items()]
        ctx.key = (topic, place[0])

        c = _Content()
        c.topic = topic
        c.title = ctx.resolve(self._title(ctx))

        # paragraphs
        count = rng.choices(range(3, 13), [6, 10, 12, 12, 11, 9, 7, 5, 4, 3])[0]
        paras = []
        for k in range(count):
            paras.append(self._paragraph(ctx, lead=(k == 0), business=business))
        c.paragraphs = paras

        # style of this article's markup
        c.joiner = rng.choices(["\n ", "", "\n"], [70, 20, 10])[0]
        indent = rng.choices(["", "\u3000\u3000", "&nbsp;&nbsp;&nbsp;&nbsp;", "\u3000\u3000&nbsp;"],
                             [72, 15, 9, 4])[0]
        trail = "&nbsp;" if rng.random() < 0.05 else ""
        sep = rng.choices([" ", "&nbsp;", "\u3000"], [80, 12, 8])[0]  # between byline words

        # credits
        authors: list[str] = []
        photographers: list[str] = []
        editors: list[str] = []
        orgs: list[str] = []
        byline_raw: list[str] = []
        head: list[str] = []  # html paragraphs before the body
        tail: list[str] = []  # html paragraphs after the body
        inline_prefix = ""
        reporters = pools.reporters[media]
        style = rng.choices(["wen", "benbaoxun", "jizhe", "benbao", "paren", "none"],
                            [30, 20, 14, 14, 6, 16])[0]

        def people(pool: list[str], lo: int, hi: int) -> list[str]:
            return rng.sample(pool, rng.randint(lo, hi))

        if style == "wen":
            names = people(reporters + pools.correspondents[:20], 1, 3)
            authors += names
            raw = "文：" + "".join(names)
            if rng.random() < 0.6:
                org = _organisation(rng, place) if rng.random() < 0.25 else ""
                if org:
                    gap = " " if rng.random() < 0.5 else ""
                    raw = "文：" + org + gap + "".join(names)
                    orgs.append(org)
            byline_raw.append(raw)
            tail.append(f"<p>{_esc(raw)}</p>")
        elif style in ("benbaoxun", "jizhe", "paren"):
            rep = people(reporters, 1, 2)
            cor = people(pools.correspondents, 0, 2)
            authors += rep + cor
            raw = "记者" + sep + sep.join(rep)
            if cor:
                raw += sep + "通讯员" + sep + sep.join(cor)
            text = html.unescape(raw)
            if style == "benbaoxun":
                inline_prefix = f"本报讯（{raw}）"
                byline_raw.append(text)
            elif style == "jizhe":
                head.append(f"<p>{raw}</p>")
                byline_raw.append(text)
            else:
                tail.append(f"<p>（{raw}）</p>")
                byline_raw.append(text)
        elif style == "benbao":
            rep = people(reporters, 1, 2)
            authors += rep
            raw = rng.choice(["本报记者", "□本报记者", "本报记者"]) + sep + sep.join(rep)
            head.append(f"<p>{raw}</p>")
            byline_raw.append(html.unescape(raw))

        # images
        images: list[str] = []
        captions: list[str] = []
        image_html: dict[int, list[str]] = {}
        if rng.random() < 0.35:
            for _ in range(rng.choices([1, 2, 3], [60, 28, 12])[0]):
                url = (f"{IMG_HOST}/{published:%Y}/{published:%m%d}/"
                       f"{rng.getrandbits(64):016x}.jpg")
                caption = "图为" + ctx.resolve(ctx.fill(rng.choice(_CAPTIONS))) + "。"
                credit = ""
                if rng.random() < 0.25:
                    who = rng.choice(reporters + pools.photographers)
                    credit = rng.choice(["（{} 摄）", " 记者 {} 摄", "（{}摄）"]).format(who)
                    photographers.append(who)
                    byline_raw.append(credit.strip().strip("（）"))
                pos = rng.randrange(0, count)
                if rng.random() < 0.75:
                    img = f'<p><img src="{url}" alt="{_esc(caption)}"></p>'
                else:
                    img = (f'<center><img src="{url}" alt="Image" width="552" '
                           f'style="border:#d1d1d1 1px solid;padding:3px;margin:5px 0;" /></center>')
                cap_tag = '<p style="text-align:center;">' if rng.random() < 0.7 else "<p>"
                cap_html = f"{cap_tag}{_esc(caption + credit)}</p>"
                image_html.setdefault(pos, []).append(img + c.joiner + cap_html)
                images.append(url)
                captions.append(caption)
        # photo credit line
        if style == "wen" and rng.random() < 0.55 or images and rng.random() < 0.4:
            who = rng.choice(pools.photographers + reporters)
            if who not in photographers:
                photographers.append(who)
            form = rng.choices(["tu_org", "tu", "sheying", "tu_slash"], [45, 20, 20, 15])[0]
            if form == "tu_org":
                org = _organisation(rng, place)
                if org not in orgs:
                    orgs.append(org)
                raw = f"图：{org}{who}"
            elif form == "tu":
                raw = f"图：{who}"
            elif form == "sheying":
                raw = f"摄影/{who}"
            else:
                raw = f"图/{who}"
            byline_raw.append(raw)
            tail.append(f"<p>{_esc(raw)}{' ' if rng.random() < 0.5 else ''}</p>")
        # editors
        if rng.random() < 0.45:
            who = rng.choice(pools.editors[media])
            editors.append(who)
            form = rng.choice(["编辑：{}", "责任编辑：{}", "（责任编辑：{}）", "编辑 {}"])
            raw = form.format(who)
            byline_raw.append(raw.strip("（）"))
            tail.append(f"<p>{_esc(raw)}</p>")

        # assemble the body (without the source line, which depends on the paper)
        parts: list[str] = []
        if business and rng.random() < 0.6:
            name, market, code = companies[0]
            parts.append(_kline_block(market, code, f"{rng.getrandbits(128):032x}"))
        elif rng.random() < 0.04:
            parts.append(HIDDEN_P)
        parts += head
        seen_stock: set[str] = set()
        for k, text in enumerate(paras):
            body = _esc(text)
            if business:
                body = self._mark_stocks(body, companies, sector, seen_stock)
            if k == 0 and inline_prefix:
                body = inline_prefix + body
            parts.append(f"<p>{indent}{body}{trail}</p>")
            parts += image_html.get(k, [])
        parts += tail
        c.body_parts = parts
        c.authors = authors
        c.photographers = photographers
        c.editors = editors
        c.organisations = orgs
        c.images = images
        c.captions = captions
        c.byline_raw = byline_raw
        c.has_source = rng.random() < 0.88
        return c

    def _title(self, ctx: _Ctx) -> str:
        rng = self.rng
        for _ in range(10):
            title = ctx.fill(rng.choices(_TITLES, TITLE_WEIGHTS)[0])
            if 8 <= len(title) <= 40:
                return title
        return title

    def _sentence(self, ctx: _Ctx, template: tuple[str, ...]) -> str:
        """Fill ``template``; mostly reuse a sentence filled earlier for the same topic and place."""
        r = ctx.r
        key = (ctx.key, template)
        cached = self._cache.get(key)
        if cached is not None and len(cached) >= 12 and r() < 0.92:
            s = cached[int(r() * len(cached))]
            if s not in ctx.used:
                ctx.used.add(s)
                return ctx.resolve(s)
        s = ctx.fill(template)
        if cached is None:
            self._cache[key] = [s]
        elif len(cached) < _SENTENCE_CACHE_SIZE:
            cached.append(s)
        else:
            cached[int(r() * _SENTENCE_CACHE_SIZE)] = s
        ctx.used.add(s)
        return ctx.resolve(s)

    def _paragraph(self, ctx: _Ctx, lead: bool, business: bool) -> str:
        r = ctx.r
        pick = ctx.pick
        used = ctx.used
        target = ctx.randint(50, 190)
        text = self._sentence(ctx, pick(_LEADS)) if lead else ""
        tries = 0
        while len(text) < target and tries < 12:
            tries += 1
            if business and r() < 0.35:
                template = pick(_BUSINESS)
                if template in used:
                    continue
                used.add(template)
                s = ctx.resolve(ctx.fill(template))
            else:
                template = pick(_SENTS)
                if template in _ONCE:
                    if template in used:
                        continue
                    used.add(template)
                s = self._sentence(ctx, template)
            if len(text) + len(s) > 200:
                if len(text) >= 40:
                    break
                continue
            text += s
        while len(text) < 40:
            text += pick(SHORT_FILLERS)
        if len(text) > 200:  # a lone overlong sentence: cut at the last full stop before 200
            cut = text.rfind("。", 0, 200)
            text = text[: cut + 1] if cut >= 39 else text[:199] + "。"
        return text

    @staticmethod
    def _mark_stocks(body: str, companies, sector: str, seen: set[str]) -> str:
        names = {c[0]: c for c in companies}
        pattern = "|".join(re.escape(n) for n in sorted([*names, sector], key=len, reverse=True))

        def sub(m: re.Match) -> str:
            word = m.group(0)
            if word == sector:
                if sector in seen:
                    return word
                seen.add(sector)
                return _bk_span(word, _SECTOR_CODES.get(sector, "BK0493"))
            _, market, code = names[word]
            if word in seen:
                return _stock_common(word, market, code)
            seen.add(word)
            return _stock_span(word, market, code)

        return re.sub(pattern, sub, body)

    # -- articles --
    def make(self, published: datetime, code: str, media: str, content: _Content, source: str | None,
             reprint_of: str | None) -> SyntheticArticle:
        body = content.joiner.join(content.body_parts)
        if source is not None:
            body += f'<p class="em_media">（文章来源：{_esc(source)}）</p>'
        return SyntheticArticle(
            info_code=code,
            title=content.title,
            published=f"{published:%Y-%m-%d %H:%M:%S}",
            media=media,
            media_slug=media_slug(media),
            body_html=body,
            authors=list(content.authors),
            photographers=list(content.photographers),
            editors=list(content.editors),
            organisations=list(content.organisations),
            source=source,
            paragraphs=list(content.paragraphs),
            images=list(content.images),
            captions=list(content.captions),
            byline_raw=list(content.byline_raw),
            reprint_of=reprint_of,
            topic=content.topic,
        )

    def pick_media(self) -> str:
        return self.rng.choices(MEDIA, _MEDIA_WEIGHTS)[0]

    def own_source(self, media: str, content: _Content) -> str | None:
        if not content.has_source:
            return None
        if self.rng.random() < 0.06:
            return self.rng.choice(_OTHER_SOURCES)
        return media


# Sector board codes are fixed (not per seed): they are market data, not article content.
_SECTOR_CODES = {s: f"BK0{480 + i * 17}" for i, s in enumerate(SECTORS)}

REPRINT_RATE = 0.05
REPRINT_MAX_GAP = 25


def generate_articles(
    n: int, seed: int = 0, start: str = "2021-12-31 12:00:00"
) -> Iterator[SyntheticArticle]:
    """Yield ``n`` synthetic articles, newest first, published before ``start`` (Asia/Shanghai).

    Streaming: memory stays constant whatever ``n`` is. About 5 % of the articles are reprints: the
    same body (bylines included) under another paper and info_code, with ``source`` naming the
    original paper and ``reprint_of`` its info_code; the original follows 1–25 posts later.
    """
    if n < 0:
        raise ValueError("n must be >= 0")
    gen = _Generator(seed, start)
    rng = gen.rng
    pending: dict[int, tuple[_Content, str]] = {}  # index → (content, original paper)
    for i in range(n):
        published, code = gen.slot(i)
        if i in pending:
            content, media = pending.pop(i)
            source = media if content.has_source else None
            yield gen.make(published, code, media, content, source, None)
        else:
            media = gen.pick_media()
            reprint = rng.random() < REPRINT_RATE
            j = i + rng.randint(1, REPRINT_MAX_GAP)
            reprint = reprint and j < n and j not in pending
            # a reprint's text is dated from its original, which is published earlier
            content = gen.content(gen.slot(j)[0] if reprint else published, media)
            if reprint:
                original_media = rng.choice([m for m in MEDIA if m != media])
                pending[j] = (content, original_media)
                yield gen.make(published, code, media, content, original_media, gen.slot(j)[1])
            else:
                yield gen.make(published, code, media, content, gen.own_source(media, content), None)
        gen.release(i)


# --------------------------------------------------------------------------------------------
# Jekyll posts
# --------------------------------------------------------------------------------------------

def _yaml_quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render_post(a: SyntheticArticle) -> str:
    """The post text in the prototype's layout (front matter, body, share link, back-links)."""
    return (
        "---\n"
        "layout: post\n"
        f"title: {_yaml_quote(a.title)}\n"
        f"date: {a.published} +0800\n"
        f"categories: {a.media_slug}\n"
        f"tags: {a.media}新闻\n"
        "---\n"
        f"{a.body_html}\n"
        "\n"
        f"<{SHARE_URL.format(code=a.info_code)}>\n"
        "\n"
        f"[返回{a.media}新闻]({SITE}/category/{a.media_slug}.html)｜[返回首页]({SITE}/)"
    )


def post_filename(a: SyntheticArticle) -> str:
    return f"{a.published[:10]}-{a.info_code}.md"


def write_archive(directory: str | Path, n: int, seed: int = 0, start: str = "2021-12-31 12:00:00") -> int:
    """Write ``n`` posts into ``directory`` (created if needed); same n, seed, start → identical bytes."""
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    count = 0
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    base = str(folder)
    for article in generate_articles(n, seed=seed, start=start):
        # os.open/os.write: a buffered text file costs several extra syscalls per post
        fd = os.open(os.path.join(base, post_filename(article)), flags, 0o644)
        try:
            os.write(fd, render_post(article).encode("utf-8"))
        finally:
            os.close(fd)
        count += 1
    return count
