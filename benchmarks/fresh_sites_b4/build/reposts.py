"""Reposts on aggregators: 转载自/原作者/原文链接 with the poster shown as author, and a placeholder-only repost
(作者：网友, 来源：网络) with a date in English day-month order."""
from common import Page, comments, head_scripts, hot, related

PAGES: list[Page] = []

PAGES.append(Page(
    name="kanke_aggregator_zhuanzai_yuanzuozhe", body="sec",
    kind="aggregator repost: poster card '资讯搬运工' (发帖 + 粉丝), shown '前天 21:40' with the time in "
         "article:published_time meta; a repost box '本文转载自公众号「岚山笔记」，原作者：闻一舟，原文链接：…' above the body; "
         "版权声明 below; comments",
    url="https://www.kankewang.example.com/p/2024/0613/9902817.html",
    title="一个人，一座灯塔，守了三十一年",
    published_at="2024-06-13 21:40", authors=["闻一舟"], source="岚山笔记", media="看客网",
    blocks=[("raw", ('<div class="repost-box">本文转载自公众号「岚山笔记」，原作者：闻一舟，原文链接：'
                    '<a href="https://mp.example-wx.cn/s/Lsbj7fQ2">https://mp.example-wx.cn/s/Lsbj7fQ2</a></div>'), ""),
            "离岚山岛码头还有两海里，就能看见岛顶那座白色的灯塔。七十一岁的石守义在这座灯塔上守了三十一年，直到去年才退休。",
            "灯塔所在的小岛不到零点二平方公里，没有淡水，也没有常住居民。早些年，补给船半个月来一次，碰上台风季，一个多月见不到人是常事。石守义说，最难熬的不是孤独，而是台风夜。“风大的时候，整座塔都在晃，我得守着灯，一夜不敢合眼。”",
            "三十一年里，他记了四十多本值班日志，每天的天气、能见度、灯器运行情况，一笔一画写得清清楚楚。日志里还夹着几张泛黄的照片，是他年轻时和妻子在塔下的合影。妻子在岛上陪了他十二年，后来因为身体原因回了陆地。",
            "石守义是一九九二年上岛的。那年他四十岁，原本在航标处的船上当轮机员。听说岛上的老守塔人要退休，没人愿意去，他主动报了名。“当时想的是去个三五年，没想到一待就是半辈子。”",
            "守塔的日子简单而重复。每天日落前半小时，他要爬上塔顶点亮灯器，检查透镜和旋转机构；日出后再熄灯，擦拭透镜上的盐霜。灯塔的透镜是上世纪三十年代安装的，由几百块玻璃棱镜组成，一块也不能磕碰。他用的擦镜布，都是妻子从陆地上寄来的旧棉布。",
            "岛上没有电视信号，收音机成了他最好的伙伴。每天晚上，他一边听天气预报，一边在日志上记下风向和浪高。有几年，他还在岛上开出了一小块菜地，用收集的雨水浇灌，种出的葱和青菜够自己吃上小半年。",
            "一九九九年的一个台风夜，一艘渔船在岛附近失去动力，船上七个渔民在风浪中发出求救信号。石守义一边用电台联系海上救助中心，一边把探照灯对准渔船的方向，整整照了四个小时，直到救助船赶到。后来，那几个渔民每年都会托人给他捎来一箱海鲜。",
            "如今，灯塔已经实现了自动化，太阳能供电，远程监控，不再需要有人常年值守。但石守义还是隔三差五跟着巡检船上岛看看。“塔还在，船还在走，我就放心了。”",
            "站在塔顶往下看，一艘货轮正缓缓驶过航道。石守义眯着眼睛看了一会儿，说：“灯塔不说话，可每条船都知道它在那儿。”"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>一个人，一座灯塔，守了三十一年 - 看客网</title>
<meta property="article:published_time" content="2024-06-13T21:40:00+08:00"><meta name="author" content="资讯搬运工">""" + head_scripts("kankewang.example.com") + """</head><body>
<div class="hd"><a>看客网</a><a>推荐</a><a>人物</a><a>城市</a><a>旅行</a><input placeholder="搜索"></div>
<div class="post"><h1>一个人，一座灯塔，守了三十一年</h1>
<div class="poster"><img src="/u/3312.png"><a class="uname">资讯搬运工</a><span class="stat">发帖 2841 · 粉丝 1.2万</span><span class="ptime">前天 21:40</span><button>关注</button></div>
<div class="post-body">
{BODY}
</div>
<div class="copyright">版权声明：本文由用户上传，仅供分享交流，版权归原作者所有。如有侵权，请联系删除。</div></div>
""" + comments([("海风与猫", "昨天 09:12", "看哭了，致敬守塔人"), ("岚山岛民", "前天 22:05", "小时候见过石叔")]) + hot(["守岛夫妻的三十年", "最后一代守塔人"], "今日热帖") + """
<div class="ft">看客网 © 2024</div></body></html>""",
    note="The repost box names the original author → author (a byline in the text outranks the poster 资讯搬运工, who is "
         "also meta author). source = the original account 岚山笔记 (转载自 credits it); media = the aggregator. '前天 "
         "21:40' + meta published_time → 2024-06-13 21:40. The repost box is not text."))

PAGES.append(Page(
    name="yuedu_aggregator_wangyou_english_dmy", body="br",
    kind="reading-aggregator repost with nobody credited: '作者：网友　来源：网络　15 Mar 2024 14:05', '原文链接' to an "
         "unnamed blog host, body in <br><br> runs, 免责 line, 猜你喜欢 with dates",
    url="https://www.yuedu365.example.com/article/2024031512345.html",
    title="春天的第一碗荠菜馄饨",
    published_at="2024-03-15 14:05", authors=[], source=None, media="悦读365",
    blocks=["三月的风一吹，田埂上的荠菜就冒出来了。小时候，每到这个时候，外婆就会挎着竹篮，带我到村口的麦田边挑荠菜。",
            "外婆挑荠菜有讲究，要挑叶子贴着地、颜色深绿的，这样的荠菜嫩，香味足。她蹲在地上，用一把小铲刀贴着根一挑，一棵荠菜就进了篮子。我跟在后面，常常把婆婆纳、蒲公英也当成荠菜挖回来，外婆也不说破，回家再一棵棵拣出来。",
            "挑回来的荠菜要洗上好几遍，焯水、挤干、剁碎，和上剁好的猪肉馅，加一点盐和麻油。外婆包馄饨的手法很快，一张皮、一筷子馅，手指一捏一折，一个元宝似的馄饨就成了。",
            "馄饨下锅，煮到浮起来，再点一次冷水。碗底放一点猪油、虾皮和葱花，舀上滚烫的汤，馄饨捞进去，满屋子都是荠菜的清香。",
            "后来外婆老了，挑不动荠菜了，我也离开了家乡。城市的菜市场里也能买到大棚种的荠菜，可包出来的馄饨，总觉得少了点什么。",
            "今年春天，我回了一趟老家，一个人去村口的麦田边挑了一篮荠菜。那天晚上，我学着外婆的样子包了一锅馄饨。味道不算太像，但吃着吃着，眼睛就湿了。"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>春天的第一碗荠菜馄饨_悦读365</title>
<meta name="author" content="网友">""" + head_scripts("yuedu365.example.com") + """</head><body>
<div class="top"><a>悦读365</a> <a>散文</a> <a>美文</a> <a>情感</a> <a>励志</a></div>
<div class="article"><h1>春天的第一碗荠菜馄饨</h1>
<div class="info">作者：网友　来源：网络　15 Mar 2024 14:05　阅读：3915</div>
<div class="art-text">
{BODY}
</div>
<p class="link">原文链接：<a href="http://blog.example-hosting.net/u/88213/e/3390">http://blog.example-hosting.net/u/88213/e/3390</a></p>
<p class="mz">本站文章均来自网络，如有侵权请联系删除。</p></div>
""" + related([("外婆的青团", "14 Mar 2024"), ("故乡的春天", "10 Mar 2024")], "猜你喜欢") + """
<div class="ft">悦读365 © 2024</div></body></html>""",
    note="作者：网友 and meta author 网友 are placeholders; 来源：网络 is no outlet; the 原文链接 names no person or "
         "outlet → authors [], source null. English day-month-year date."))
