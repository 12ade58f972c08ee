"""Traditional-Chinese pages of HK/TW-like sites: wire datelines （X社記者A台北3日電）, 【記者A／台中報導】, end credits
記者/攝影/編輯, name／title opinion bylines, 上午/下午 times, slashed dates, yearless self-media times."""
from common import Page, comments, head_scripts, nav, related, sitemap

PAGES: list[Page] = []
TNAV = ["首頁", "即時", "政治", "社會", "國際", "財經", "科技", "生活", "娛樂", "體育", "地方", "評論", "影音", "專題"]


def tfooter(brand: str, years: str) -> str:
    return (f'<div class="footer"><p><a>關於我們</a> | <a>隱私權政策</a> | <a>服務條款</a> | <a>廣告刊登</a> | <a>聯絡我們</a></p>'
            f'<p>Copyright © {years} {brand} All Rights Reserved. 版權所有，未經授權不得轉載</p></div>')


PAGES.append(Page(
    name="huandao_wire_dateline_trad", body="p",
    kind="TW wire agency page (Traditional): '（環島社記者林佳蓉台北3日電）' opening, closing '（編輯：張國華）1130503' "
         "(ROC date code), time '2024/05/03 14:20', '更新：2024/05/03 16:05', 延伸閱讀 with other datelines",
    url="https://www.huandaonews.example.tw/news/aipl/202405030187.aspx",
    title="北市推動老屋健檢 補助上限提高至新台幣3萬元",
    published_at="2024-05-03 14:20", authors=["林佳蓉"], editors=["張國華"], media="環島通訊社",
    blocks=["（環島社記者林佳蓉台北3日電）台北市屋齡30年以上的老舊建築物超過40萬戶，為降低地震風險，市府今天宣布擴大老屋結構安全健檢補助，每棟補助上限由新台幣1.5萬元提高至3萬元，申請期限延長至明年底。",
            "市府都市發展局表示，老屋健檢分為初步評估與詳細評估兩階段，初評由專業技師到現場檢視柱、梁、牆的裂縫與鋼筋外露情形，若發現有疑慮，再進一步鑽心取樣、檢測混凝土強度。",
            "都發局指出，去年共受理健檢申請1200多件，其中約兩成初評結果被列為需詳評，有30多棟建築物經詳評後須補強或重建。今年起，完成健檢並列入補強名單的建物，還可申請補強工程費用最高45%的補助。",
            "住在大安區一棟40年老公寓的陳姓住戶說，去年大地震時家裡牆壁出現裂縫，鄰居們一直想做檢查，但費用要由全體住戶分攤，意見難以整合。「補助提高後，大家負擔少了，比較容易談成。」",
            "都發局提醒，申請健檢須由公寓大廈管理委員會或區分所有權人推派代表提出，相關資訊可上市府網站查詢，或撥打市民服務專線洽詢。",
            ("raw", "<p>（編輯：張國華）1130503</p>", "")],
    html="""<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>北市推動老屋健檢 補助上限提高至新台幣3萬元 | 地方 | 環島通訊社</title>
<meta property="og:site_name" content="環島通訊社"><meta name="author" content="環島通訊社">""" + head_scripts("huandaonews.example.tw") + """</head><body>
""" + nav(TNAV) + """
<div class="centralContent"><div class="newsTitle"><h1><span>北市推動老屋健檢 補助上限提高至新台幣3萬元</span></h1></div>
<div class="updatetime"><span>2024/05/03 14:20</span>（<span>更新：2024/05/03 16:05</span>）</div>
<div class="paragraph">
{BODY}
</div>
<div class="moreArticle"><h2>延伸閱讀</h2><ul><li><a>新北老屋重建獎勵延長 （環島社記者王信哲新北2日電）</a><span>2024/05/02 18:11</span></li>
<li><a>內政部：耐震補強補助申請踴躍</a><span>2024/04/29 12:40</span></li></ul></div></div>
""" + sitemap("環島通訊社", True) + tfooter("環島通訊社", "2024") + "</body></html>",
    note="Agency dateline reporter → author. The closing '（編輯：張國華）1130503' is an editor line with an ROC date "
         "code (not text). source null: the agency's own page shows no 來源 credit."))

PAGES.append(Page(
    name="gangwan_hk_end_credits_trad", body="span",
    kind="HK news site (Traditional): '發佈時間：2024/06/12 07:45　最後更新：2024/06/12 11:02', body in span runs, credits at the "
         "end in one line '記者：何嘉敏　攝影：梁志偉　編輯：蔡詠詩', 熱門新聞 with times, comments",
    url="https://www.gangwannews.example.hk/local/article/20240612/b5-1129930",
    title="舊區重建首批回遷戶入伙 街坊：終於有電梯",
    published_at="2024-06-12 07:45", authors=["何嘉敏"], photographers=["梁志偉"], editors=["蔡詠詩"], media="港灣新聞網",
    blocks=["位於九龍城的舊區重建項目首批回遷單位昨日正式入伙，一百二十多戶原區居民領取鎖匙，搬進新落成的大廈。不少長者表示，住了幾十年唐樓，終於不用再爬樓梯。",
            "七十六歲的鄺婆婆原本住在一幢六層高的唐樓頂層，每日上落要爬一百多級樓梯。她說，近年膝蓋愈來愈差，買餸都要分開幾次拎上樓。「而家有電梯，仲有管理員，個仔都放心啲。」",
            "市區重建機構表示，是次回遷計劃共提供三百八十個單位，以「樓換樓」方式安排受影響業主優先選購，其餘單位將於今年第三季推出發售。新大廈設有長者活動室、天台花園及社區會堂，部分單位亦按長者需要加裝扶手及防滑地磚。",
            "區議員表示，舊區重建令居住環境大為改善，但亦有街坊擔心原有的街坊小店難以回歸，社區網絡會因此流失。他促請當局在規劃地舖時，預留一定比例予原區商戶，並提供租金優惠。",
            "市區重建機構回應指，項目地舖將優先租予原區商戶，首年租金有折扣，並會舉辦社區活動，協助新舊居民建立聯繫。",
            ("raw", '<div class="credit"><span>記者：何嘉敏　攝影：梁志偉　編輯：蔡詠詩</span></div>', "")],
    html="""<!DOCTYPE html><html lang="zh-HK"><head><meta charset="utf-8"><title>舊區重建首批回遷戶入伙 街坊：終於有電梯 | 港聞 | 港灣新聞網</title>""" + head_scripts("gangwannews.example.hk") + """
<meta property="article:published_time" content="2024-06-12T07:45:00+08:00"><meta property="article:modified_time" content="2024-06-12T11:02:00+08:00"></head><body>
""" + nav(["首頁", "港聞", "兩岸", "國際", "財經", "地產", "娛樂", "體育", "生活", "副刊", "影片", "專題", "天氣"]) + """
<div class="article-detail"><h1>舊區重建首批回遷戶入伙 街坊：終於有電梯</h1>
<div class="article-time"><span>發佈時間：2024/06/12 07:45</span>　<span>最後更新：2024/06/12 11:02</span></div>
<div class="article-body">
{BODY}
</div></div>
<div class="hot-news"><h3>熱門新聞</h3><ol><li><a>天文台：周末有驟雨</a><span>10:58</span></li><li><a>港鐵新綫通車首日客量逾十萬</a><span>09:31</span></li></ol></div>
""" + comments([("九龍城街坊", "2024/06/12 09:20", "等咗十幾年，恭喜晒！"), ("Ah Ming", "2024/06/12 10:02", "地舖租金真係要控制")], 34) +
    sitemap("港灣新聞網", True) + tfooter("港灣新聞網", "2024") + "</body></html>",
    note="Cantonese quotes inside the text. Credits at the end: 記者 → author, 攝影 → photographer, 編輯 → editor. "
         "published_at is 發佈時間, not 最後更新."))

PAGES.append(Page(
    name="daoyu_tw_bracket_reporter", body="p",
    kind="TW daily site (Traditional): opening '【記者黃郁婷／台中報導】', photo caption '（圖／記者黃郁婷攝）' → she is also "
         "the photographer; related list whose items start with other reporters' brackets; '2023/11/08 18:42' shown",
    url="https://news.daoyudaily.example.tw/article/20231108/5512093",
    title="台中綠川水岸夜間點燈 串聯舊城觀光",
    published_at="2023-11-08 18:42", authors=["黃郁婷"], photographers=["黃郁婷"], media="島嶼日報",
    blocks=["【記者黃郁婷／台中報導】台中舊城區的綠川水岸整治完成後，市府今年再投入新台幣兩千萬元打造夜間景觀照明，今晚正式點燈。沿岸一點二公里的步道、橋梁與老建築立面，在暖色燈光映照下，吸引不少民眾駐足拍照。",
            ("img", "/photo/20231108/lvchuan.jpg"), ("cap", "綠川水岸今晚點燈，吸引民眾拍照。（圖／記者黃郁婷攝）"),
            "市府觀光旅遊局表示，照明設計以「流光舊城」為主題，燈光會隨季節與節慶變換色彩，並採用低眩光的節能燈具，避免干擾附近住戶與水中生態。",
            "觀旅局長在點燈儀式上指出，綠川周邊有不少日治時期的老建築，包括舊銀行、老旅社與百年餅店，夜間照明完工後，希望把舊城的觀光時段從白天延長到晚上，帶動周邊店家的夜間生意。",
            "在綠川旁經營冰店第三代的林老闆說，以前晚上八點以後街上就沒什麼人，最近整治完成，晚上散步的人明顯變多，店裡也考慮延長營業時間。",
            "觀旅局表示，本月每週六晚間將在水岸舉辦街頭藝人表演與小型市集，邀請民眾到舊城走走。"],
    html="""<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8"><title>台中綠川水岸夜間點燈 串聯舊城觀光 - 島嶼日報</title>""" + head_scripts("daoyudaily.example.tw") + """</head><body>
""" + nav(TNAV) + """
<main><article><header><h1>台中綠川水岸夜間點燈 串聯舊城觀光</h1><div class="story-meta"><time>2023/11/08 18:42</time><span class="cat">中部</span></div></header>
<div class="story-body">
{BODY}
</div></article>
""" + related([("【記者吳佩珊／台南報導】運河夜間遊船啟航", "2023/11/05 20:10"), ("【記者蔡宗翰／高雄報導】舊港區倉庫變身文創基地", "2023/11/01 16:22"),
               ("台中舊城再生計畫第二階段啟動", "2023/10/28")], head="相關新聞") + "</main>" +
    sitemap("島嶼日報", True) + tfooter("島嶼日報", "2023") + "</body></html>",
    note="The bracket byline opens the first paragraph (text keeps it, as an opening dateline). source null: the "
         "outlet's own page, no 來源 credit. 記者黃郁婷攝 in the caption makes her the photographer too."))

PAGES.append(Page(
    name="fengxiang_tw_opinion_column", body="div",
    kind="TW opinion platform (Traditional): byline at the top as '●王志明／國立東嶼大學經濟系教授', author card with 追蹤 count, "
         "time '2024年1月16日 週二 上午5:50', 編輯 line, a '※本文僅代表作者觀點' note, 熱門評論 with other writers",
    url="https://opinion.fengxiang.example.tw/article/7721940",
    title="缺工時代，外籍移工政策該怎麼調整",
    published_at="2024-01-16 05:50", authors=["王志明"], editors=["林書瑜"], media="風向評論",
    blocks=[("raw", '<div class="byline">●王志明／國立東嶼大學經濟系教授</div>', ""),
            "根據勞動部統計，台灣的勞動力人口已連續數年下滑，製造業、營造業與長照產業的缺工問題日益嚴重。面對少子化與人口老化，引進外籍移工已是不得不面對的選項，但現行制度仍停留在「補充性人力」的思維，恐怕無法因應未來的需求。",
            "首先，現行制度對移工的工作年限與轉換雇主設有諸多限制，導致不少移工在累積經驗後就必須離開，企業得不斷重新招募、訓練新人，成本居高不下。政府雖已推出「移工留才久用方案」，但申請門檻偏高，實際轉為中階技術人力的比例仍低。",
            "其次，仲介費用與債務問題長期存在。許多移工來台前須支付高額仲介費，背負沉重債務，一旦遭遇勞資爭議也不敢申訴。政府應加速推動國與國直接聘僱，並嚴格查核違法收費的仲介業者。",
            "再者，移工的居住與生活照顧亦需正視。部分工廠宿舍擁擠、消防設施不足，近年屢有意外發生。地方政府應落實宿舍查核，企業也應把移工的生活品質視為留才的一環。",
            "缺工不是短期現象，而是結構性的挑戰。與其被動補人，不如把移工政策放在整體人力資源規劃中通盤檢討，讓願意留下來的人才有穩定的發展空間，這才是長久之計。"],
    html="""<!DOCTYPE html><html lang="zh-TW"><head><meta charset="utf-8"><title>缺工時代，外籍移工政策該怎麼調整｜風向評論</title>
<meta name="author" content="風向評論">""" + head_scripts("fengxiang.example.tw") + """
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"缺工時代，外籍移工政策該怎麼調整","publisher":{"@type":"Organization","name":"風向評論"}}</script></head><body>
""" + nav(["首頁", "最新", "政治", "經濟", "社會", "國際", "教育", "兩岸", "作者群", "投稿"]) + """
<div class="article"><h1>缺工時代，外籍移工政策該怎麼調整</h1>
<div class="date">2024年1月16日 週二 上午5:50</div>
<div class="article-content">
{BODY}
</div><p class="note">※本文僅代表作者觀點，不代表風向評論立場。</p><p class="editor">編輯：林書瑜</p></div>
<aside><div class="author-box"><img src="/au/wzm.jpg"><b>王志明</b><p>國立東嶼大學經濟系教授，研究領域為勞動經濟學</p><span>追蹤 1.2萬</span><span>文章 86</span></div>
<div class="hot"><h3>熱門評論</h3><ul><li><a>能源轉型不能只靠口號</a><em>陳怡安</em></li><li><a>房價與青年的距離</a><em>Jason Hsu</em></li></ul></div></aside>
""" + sitemap("風向評論", True) + tfooter("風向評論", "2024") + "</body></html>",
    note="The top line '●王志明／…教授' is a byline (name／title), kept out of the text. 上午5:50 → 05:50."))

PAGES.append(Page(
    name="gangcai_hk_english_names_trad", body="p",
    kind="HK finance site (Traditional): byline '撰文：李家豪、Michael Wong' under the title (a Chinese and an English name), "
         "time '2024年9月4日 星期三 下午3:15' (12-hour clock), '編輯：Cherry Lam' at the end, market widget and 相關文章 with times",
    url="https://www.gangcai.example.hk/finance/stock/20240904/52210.html",
    title="本地中小企數碼轉型調查：近六成計劃明年增加IT投資",
    published_at="2024-09-04 15:15", authors=["李家豪", "Michael Wong"], editors=["Cherry Lam"], media="港財網",
    blocks=["一項針對本地中小企的調查顯示，近六成受訪企業計劃明年增加資訊科技方面的投資，其中雲端服務、網絡安全及人工智能應用是最受關注的三大範疇。",
            "調查由本地一間商會於今年七月至八月進行，共訪問了八百多間員工人數少於五十人的中小企，涵蓋零售、餐飲、物流及專業服務等行業。結果顯示，百分之五十八的企業表示明年會增加IT預算，較去年同類調查上升九個百分點。",
            "不過，調查亦反映中小企在數碼轉型上面對不少困難。約四成半受訪企業表示缺乏相關人才，三成認為轉型成本過高，另有兩成擔心數據外洩等網絡安全風險。",
            "商會主席指出，政府近年推出多項資助計劃，但不少中小企對申請程序不熟悉，建議當局簡化手續，並加強對中小企的技術支援及培訓。",
            "有資訊科技顧問表示，中小企毋須一次過大規模投資，可先由會計、存貨管理等日常流程入手，逐步引入雲端工具，見到成效後再擴展至其他範疇。",
            ("raw", '<p class="editor" style="color:#999">編輯：Cherry Lam</p>', "")],
    html="""<!DOCTYPE html><html lang="zh-HK"><head><meta charset="utf-8"><title>本地中小企數碼轉型調查：近六成計劃明年增加IT投資 - 港財網</title>""" + head_scripts("gangcai.example.hk") + """</head><body>
""" + nav(["首頁", "即時財經", "股市", "地產", "經濟", "中小企", "理財", "科技", "專欄", "影片"]) + """
<div class="mkt"><span>恒指 17,458.2 ▲123.5</span><span>國指 6,141.0 ▲40.2</span><span>15:14 更新</span></div>
<article><h1>本地中小企數碼轉型調查：近六成計劃明年增加IT投資</h1>
<div class="byline"><span class="author">撰文：李家豪、Michael Wong</span><span class="time">2024年9月4日 星期三 下午3:15</span></div>
<div class="article-body">
{BODY}
</div></article>
""" + related([("中小企融資擔保計劃延長一年", "2024年9月2日 上午11:20"), ("（撰文：Michael Wong）雲端服務商搶攻中小企市場", "2024年8月28日 下午6:05")], head="相關文章") +
    sitemap("港財網", True) + tfooter("港財網", "2024") + "</body></html>",
    note="Names joined by 、, one English. 下午3:15 → 15:15. The English-named editor is an editor."))

PAGES.append(Page(
    name="fangge_tw_selfmedia_yearless", body="sec",
    kind="TW creator platform (Traditional): account '阿澤的台南散步' with 追蹤者 count, '發佈於 5月3日' (yearless, no time), "
         "the full time only in article:published_time meta; body in nested section/span; comments with names and dates",
    url="https://fangge.example.tw/@azetainan/p/20240503-old-street",
    title="台南老街散步：從神農街走到海安路的午後",
    published_at="2024-05-03 21:08", authors=["阿澤的台南散步"], media="方格創作平台",
    blocks=["五月初的台南已經有夏天的味道，下午三點的陽光把神農街的老房子曬得暖暖的。這天我沒有特別的目的地，只想慢慢走、慢慢看。",
            "神農街不長，走完大概十分鐘，但每一間老屋都值得停下來。有些被改成了小酒館和選物店，門口掛著手寫的木招牌；有些還住著老居民，騎樓下擺著幾盆蘭花和一張藤椅。",
            "走到街尾的藥王廟，廟埕上幾位阿伯正在下棋。我在旁邊看了一會兒，其中一位阿伯抬頭說：「少年仔，要不要來一盤？」我笑著搖頭，他也不在意，繼續低頭思考下一步。",
            "轉進海安路，畫風一下子變了。街道兩旁的牆面上都是大型壁畫，有的畫著漁船與海浪，有的畫著老台南的市井生活。傍晚時分，咖啡館和餐酒館陸續開門，年輕人三三兩兩坐在戶外的高腳椅上聊天。",
            "我最後在一間老宅改建的冰店坐下，點了一碗芒果剉冰。老闆說，這間房子是他阿公留下來的，整修時特地保留了原本的磨石子地和木窗框。「台南的好，就是新舊一直混在一起。」",
            "吃完冰，天也暗了。回程的路上，神農街的燈籠亮了起來，老房子在燈光下又換了一種表情。"],
    html="""<!DOCTYPE html><html lang="zh-TW"><head><meta charset="utf-8"><title>台南老街散步：從神農街走到海安路的午後｜阿澤的台南散步｜方格創作平台</title>
<meta property="article:published_time" content="2024-05-03T21:08:00+08:00"><meta property="og:site_name" content="方格創作平台">""" + head_scripts("fangge.example.tw") + """</head><body>
<div class="topbar"><a href="/">方格創作平台</a><a>探索</a><a>排行榜</a><a>登入</a></div>
<div class="post"><h1>台南老街散步：從神農街走到海安路的午後</h1>
<div class="creator"><img src="/u/aze.jpg"><a class="creator-name">阿澤的台南散步</a><span class="followers">追蹤者 3,582</span><span class="pub">發佈於 5月3日</span><span class="read">閱讀時間約 4 分鐘</span></div>
<div class="post-content">
{BODY}
</div><div class="tags"><a>#台南</a><a>#散步</a><a>#老街</a></div>
<div class="support"><button>贊助創作者</button><span>喜歡 328</span></div></div>
""" + comments([("小綠", "5月4日", "好喜歡海安路的壁畫！"), ("Tina Lee", "5月5日", "那間冰店在哪裡？想去")], 12) +
    """<div class="more"><h3>阿澤的台南散步的其他文章</h3><ul><li><a>安平樹屋的雨天</a> 2024年4月18日</li><li><a>正興街的早午餐</a> 2024年3月30日</li></ul></div>""" +
    sitemap("方格創作平台", True) + "</body></html>",
    note="Creator post without a byline → the account. Shown '發佈於 5月3日' has no year and no time; the value comes "
         "from article:published_time (2024-05-03T21:08+08:00)."))

PAGES.append(Page(
    name="haohai_gov_press_trad", body="p",
    kind="SAR-like government press release (Traditional): '新聞稿 2024-09-17 16:05　發佈機構：市政署', named officials in the "
         "text (署長、處長), a 相關新聞 list of other releases with dates, print/share buttons; no author",
    url="https://www.gov.haohai.example.mo/detail/zh-hant/N24IQkqpFc",
    title="市政署推出社區垃圾分類回收獎勵計劃",
    published_at="2024-09-17 16:05", authors=[], source="市政署", media="濠海特別行政區政府入口網站",
    blocks=["為進一步提升居民的環保意識，市政署將於十月一日起推出「社區垃圾分類回收獎勵計劃」，居民將紙類、塑膠、金屬及玻璃等可回收物投放至指定回收站，即可透過手機應用程式累積積分，兌換日用品及文化活動門票。",
            "市政署署長梁文傑今日在記者會上表示，過去一年本澳人均每日棄置的都市固體廢物仍高於鄰近地區，回收率有待提升。獎勵計劃希望以正面鼓勵的方式，讓居民養成分類回收的習慣。",
            "環境衛生處處長葉嘉欣介紹，首階段將在北區、中區及離島共設置六十個智能回收站，回收站設有自動稱重及識別功能，居民掃描二維碼後即可投放，積分即時入帳。市政署亦會安排外展隊伍到屋苑及學校推廣。",
            "市政署表示，計劃推行半年後將進行檢討，視乎成效逐步擴展至全澳各區。居民如有查詢，可致電市政署熱線或瀏覽市政署網頁。"],
    html="""<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8"><title>市政署推出社區垃圾分類回收獎勵計劃 - 濠海特別行政區政府入口網站</title>""" + head_scripts("gov.haohai.example.mo") + """</head><body>
<div class="gov-header"><a>濠海特別行政區政府入口網站</a><span>繁體 | 简体 | Português | English</span></div>
""" + nav(["首頁", "政府架構", "新聞", "公共服務", "法規", "資訊", "旅遊", "統計", "聯絡"]) + """
<div class="news-detail"><div class="news-type">新聞稿</div><h1>市政署推出社區垃圾分類回收獎勵計劃</h1>
<div class="news-meta"><span>2024-09-17 16:05</span>　<span>發佈機構：市政署</span></div>
<div class="news-content">
{BODY}
</div><div class="tools"><a>列印</a> <a>分享</a> <a>返回</a></div></div>
<div class="related"><h3>相關新聞</h3><ul><li><a>市政署舉辦綠色生活嘉年華</a><span>2024-09-10 18:30</span></li><li><a>署長梁文傑視察離島回收設施</a><span>2024-08-29 11:15</span></li></ul></div>
""" + sitemap("濠海特別行政區政府", True) + '<div class="ft">© 2024 濠海特別行政區政府 版權所有</div></body></html>',
    note="Government press release: the officials named are no authors → []. source = 發佈機構 (as the earlier sets did "
         "for 发布机构)."))

PAGES.append(Page(
    name="tw_tv_two_reporters_update_trad", body="mix",
    kind="TW TV news site (Traditional): '記者 吳承翰 陳美玲 / 桃園報導' under the title, '發布時間：2024/03/21 18:47 更新時間：2024/03/21 22:05', "
         "a video player before the text, body in mixed p/div/span, 最新影音 with durations and dates",
    url="https://news.yuanshantv.example.tw/news/2411022",
    title="桃園機場捷運延伸線試運轉 通勤族期待縮短車程",
    published_at="2024-03-21 18:47", authors=["吳承翰", "陳美玲"], media="遠山新聞網",
    blocks=["桃園機場捷運延伸線今天開始試運轉，首班列車上午六點從環北站駛出，沿途經過兩座新站，全程約八分鐘。交通局表示，試運轉期間不載客，預計今年底正式通車。",
            "延伸線全長約二點五公里，其中地下段一點六公里，新設的兩座車站分別位於中壢老街溪旁與中壢火車站。通車後，民眾從中壢火車站轉乘機場捷運到機場第一航廈，時間可縮短約十五分鐘。",
            "在中壢上班的廖小姐說，目前每天都要先搭公車再轉捷運，遇到塞車就很麻煩，「如果捷運能直接接到火車站，轉乘方便很多。」",
            "桃園市交通局長在試運轉現場表示，延伸線工程一度因地下管線遷移與地質問題延宕近一年，團隊調整施工工法後才趕上進度，目前土建工程已全部完成，機電系統也通過初步測試。",
            "交通局指出，試運轉期間將進行列車、號誌、供電及緊急應變等測試，並邀請民眾代表參與體驗活動。地方人士則希望，通車後能同步檢討周邊公車路線，讓接駁更順暢。"],
    html="""<!DOCTYPE html><html lang="zh-TW"><head><meta charset="utf-8"><title>桃園機場捷運延伸線試運轉 通勤族期待縮短車程｜遠山新聞網</title>""" + head_scripts("yuanshantv.example.tw") + """</head><body>
""" + nav(TNAV) + """
<div class="article_content"><h1>桃園機場捷運延伸線試運轉 通勤族期待縮短車程</h1>
<div class="article_info"><div class="author">記者 吳承翰 陳美玲 / 桃園報導</div><div class="time">發布時間：2024/03/21 18:47<br>更新時間：2024/03/21 22:05</div></div>
<div class="video_box"><div class="player" data-id="2411022"></div><p class="vtitle">影音／機捷延伸線試運轉</p></div>
<div class="article_text">
{BODY}
</div></div>
<div class="latest_video"><h3>最新影音</h3><ul><li><a>國道大塞車 連假首日車流湧現</a><span>02:31</span><span>2024/03/21</span></li>
<li><a>記者 陳美玲 / 新竹報導 科學園區擴建</a><span>01:58</span><span>2024/03/20</span></li></ul></div>
""" + sitemap("遠山新聞網", True) + tfooter("遠山新聞網", "2024") + "</body></html>",
    note="Two reporters separated by a space before '/ 桃園報導'. published_at is 發布時間, not 更新時間."))

PAGES.append(Page(
    name="xiangjiang_hk_daily_closing_reporter_trad", body="br",
    kind="HK daily's web edition (Traditional): '本報訊' opening, the byline only as '（記者 麥嘉欣）' closing the LAST paragraph, "
         "date shown only as '2024年2月18日' in the edition header, 本版其他新聞 with other reporters, 'br' paragraphs",
    url="https://www.xiangjiangdaily.example.hk/epaper/20240218/A08/news_3.html",
    title="元宵燈會明晚揭幕 維園設十二米高巨型花燈",
    published_at="2024-02-18", authors=["麥嘉欣"], source="香江日報", media="香江日報",
    blocks=["本報訊 一年一度的元宵綵燈會將於明晚在維多利亞公園揭幕，今年以「龍騰盛世」為主題，會場中央設有一座高十二米的巨型龍形花燈，由本地紮作師傅歷時三個月製作。",
            "主辦單位表示，今年燈會共展出大小花燈逾五百盞，除傳統的宮燈、走馬燈外，亦有運用LED及投影技術的互動花燈。會場另設猜燈謎、攤位遊戲及非遺手工藝示範，市民可即場體驗紮作花燈。",
            "負責製作巨型龍燈的紮作師傅許振邦入行四十年，他說今年的龍燈以竹篾紮骨架，再糊上特製防水紗布，龍鱗部分由學徒逐片手繪。「紮作手藝好講耐性，希望多啲後生仔嚟睇，有興趣學就更好。」",
            "燈會展期至二月二十五日，每日下午六時至晚上十一時開放，免費入場。當局呼籲市民善用公共交通工具前往，並留意現場人流管制安排。（記者 麥嘉欣）"],
    html="""<!DOCTYPE html><html lang="zh-HK"><head><meta charset="big5"><title>元宵燈會明晚揭幕 維園設十二米高巨型花燈 - 香江日報</title>""" + head_scripts("xiangjiangdaily.example.hk") + """</head><body>
<div class="epaper-head"><span class="brand">香江日報</span><span class="edition">2024年2月18日 星期日</span><span>A08 港聞</span></div>
""" + nav(["要聞", "港聞", "經濟", "中國", "國際", "體育", "副刊", "社評", "往期"]) + """
<table width="960"><tr><td class="art" valign="top"><h2>元宵燈會明晚揭幕 維園設十二米高巨型花燈</h2>
<div class="art-text">
{BODY}
</div></td><td class="side" valign="top"><h4>本版其他新聞</h4><ul><li><a>港鐵元宵加密班次（記者 鄧卓然）</a></li><li><a>天氣轉涼 周中最低十一度</a></li><li><a>長者中心辦團年飯（記者 麥嘉欣）</a></li></ul></td></tr></table>
""" + tfooter("香江日報", "2024") + "</body></html>", encoding="big5",
    note="Big5 page. The byline closes the last paragraph (kept in the text). The shown date is the edition day only. "
         "source/media: the paper's own web edition."))
