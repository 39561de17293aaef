"""Closed sets of surnames from national statistics, for names in scripts whose letters
carry no capital: a run of hangul or han letters, or a katakana reading, is a person when
it opens with one of these and stands in a name's slot (`name_slots.py`).

Sources (counts as published; the lists below are their most frequent entries):
- Korean: Statistics Korea, 2015 Population and Housing Census, surnames by population
  (the first 100 of its ~5,600 surnames cover over 99% of Koreans), with the two-syllable
  surnames 남궁 황보 제갈 선우 독고 사공 서문; and their romanisations (Revised
  Romanisation, McCune-Reischauer and the spellings passports carry: 이 = I / Yi / Lee / Rhee).
- Chinese: the PRC Ministry of Public Security's 2020 household-registration ranking (top
  100 cover ~85% of the population) and the ROC Ministry of the Interior's 2018 surname
  statistics, in simplified and traditional characters.
- Japanese: the surname ranking of the Meiji Yasuda Life survey / 名字由来net (top ~130),
  as katakana readings (how a form's フリガナ field spells them) and in kanji.
"""

from __future__ import annotations

from typing import Final

from app.redaction.wordtrie import word_list

KOREAN: Final = frozenset(
    word_list(
        """
    김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 유 고 문 양 손 배 백 허 남 심
    노 하 곽 성 차 주 우 구 민 류 나 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설
    마 길 연 위 표 명 기 반 라 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 가 복
    태 목 형 피 두 감 음 빈 동 온 호 범 좌 팽 승 간 상 시 갈 단 견 당 화 창 옹 순 빙 종 풍
    남궁 황보 제갈 선우 독고 사공 서문 동방
    """
    )
)
# Romanised Korean surnames, folded (as passports, papers and hospital systems write them).
KOREAN_LATIN: Final = frozenset(
    word_list(
        """
    kim gim lee yi i rhee ri park pak bak choi choe chwe jung jeong chung chong kang gang
    cho jo joh yoon yun jang chang lim im rim han oh o seo suh so shin sin kwon gwon kwan
    hwang ahn an song jeon jun chun hong yoo yu ryu ko go koh moon mun yang son sohn bae
    pae baek paek back heo huh ho nam shim sim noh no roh ro ha kwak gwak sung seong cha
    joo ju chu woo u koo ku gu min na nah jin ji chi eom um uhm chae won cheon chun bang
    kong gong hyun hyeon ham byun byeon pyun yeom yum youm yeo yoh choo do doh seok suk
    sun seon sol seol ma gil kil wi wee pyo myung myeong ki gi ban ra la wang geum keum
    ok yook yuk in maeng je mo tak guk kook eo eun pyeon yong ye kyung gyeong bong sa
    namgung hwangbo jegal sunwoo seonu dokgo sagong
    """
    )
)
CHINESE: Final = frozenset(
    word_list(
        """
    王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 罗 高 郑 梁 谢 宋 唐 许 韩 邓 冯 曹
    彭 曾 肖 田 董 潘 袁 蔡 蒋 余 于 杜 叶 程 魏 苏 吕 丁 任 卢 姚 沈 钟 姜 崔 谭 陆 范 汪 廖
    石 金 韦 贾 夏 付 傅 方 邹 熊 白 孟 秦 邱 侯 江 尹 薛 闫 段 雷 龙 黎 史 陶 贺 毛 郝 顾 龚
    邵 万 覃 武 钱 戴 严 莫 孔 向 常 汤 康 易 乔 赖 文 施 洪 辛 柯 庄 牛 葛 温 鲁 樊 兰 殷 颜
    倪 欧 阎 齐 耿 蓝 霍 关 纪 左 瞿 包 焦 柴 鲍 翟 甘 骆 童 祝 岳 单 聂 凌 蔚 宁 成 游 舒 季
    詹 申 华 费 葛 涂 阮 华 戚 鄢 景 卜 车 项 管 祁 卓 蒲 盛 郁 邢 毕 裴 苗 尚 安 褚 芦 麦 麻
    欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 司徒 夏侯
    張 劉 陳 楊 黃 趙 吳 孫 馬 鄭 謝 許 韓 鄧 馮 蕭 葉 蘇 呂 盧 鍾 陸 譚 賈 鄒 龔 顧 錢 嚴 湯 莊
    賴 賴 魏 羅 蔣 廖 簡 鄭 傅 鍾 游 詹 沈 彭 曾 蔡 許 潘 杜 戴 范 宋 邱 溫 歐陽 司馬 諸葛
    """
    )
)
# Katakana readings of the most frequent Japanese surnames.
JAPANESE_KANA: Final = frozenset(
    word_list(
        """
    サトウ スズキ タカハシ タナカ イトウ ワタナベ ヤマモト ナカムラ コバヤシ カトウ ヨシダ ヤマダ
    ササキ ヤマグチ マツモト イノウエ キムラ ハヤシ サイトウ シミズ ヤマザキ モリ イケダ ハシモト
    アベ イシカワ ヤマシタ ナカジマ イシイ オガワ マエダ オカダ ハセガワ フジタ ゴトウ コンドウ
    ムラカミ エンドウ アオキ サカモト フクダ オオタ ニシムラ フジイ カネコ オカモト フジワラ ナカノ
    ミウラ ハラダ ナカガワ マツダ タケウチ オノ タムラ ナカヤマ ワダ イシダ モリタ ウエダ ハラ
    シバタ サカイ クドウ ヨコヤマ ミヤザキ ミヤモト ウチダ タカギ アンドウ シマダ タニグチ オオノ
    タカダ マルヤマ イマイ コウノ カワノ フジモト ムラタ タケダ ウエノ スギヤマ マスダ コヤマ
    オオツカ ヒラノ スガワラ クボ マツイ チバ イワサキ サクライ キノシタ ノグチ マツオ キクチ
    ノムラ アライ ワタベ サノ オオニシ スギモト アラキ オオシマ ホシノ ミズノ ニシダ カワサキ
    ナカニシ ホンダ ヒラタ クボタ ハマダ アキヤマ ナガイ イシハラ アダチ オザワ ミヤタ タカノ
    ミヤケ オオクボ ヤノ カワムラ ナカタ ヤマウチ ウチヤマ ハットリ カン ノダ ヒグチ
    """
    )
)
JAPANESE_KANJI: Final = frozenset(
    word_list(
        """
    佐藤 鈴木 高橋 田中 伊藤 渡辺 渡邊 渡邉 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上
    木村 林 斎藤 斉藤 清水 山崎 森 池田 橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川
    藤田 後藤 近藤 村上 遠藤 青木 坂本 福田 太田 西村 藤井 金子 岡本 藤原 中野 三浦 原田
    中川 松田 竹内 小野 田村 中山 和田 石田 森田 上田 原 柴田 酒井 工藤 横山 宮崎 宮本 内田
    高木 安藤 島田 谷口 大野 高田 丸山 今井 河野 藤本 村田 武田 上野 杉山 増田 小山 大塚
    平野 菅原 久保 松井 千葉 岩崎 桜井 木下 野口 松尾 菊地 野村 新井 渡部 佐野 大西 杉本
    荒木 大島 星野 水野 西田 川崎 中西 本田 平田 久保田 浜田 秋山 永井 石原 安達 小沢 宮田
    高野 三宅 大久保 矢野 川村 服部 野田 樋口
    """
    )
)
# Romanised Chinese surnames (pinyin, Wade-Giles, Cantonese), folded: "Chen Yi-ling".
CHINESE_LATIN: Final = frozenset(
    word_list(
        """
    chen lin huang chang zhang wang li lee liu lau wu ng tsai cai yang yeung hsu xu cheng
    zheng kuo guo hsieh xie tseng zeng lai chou zhou yeh ye su chiang jiang lu chan wong
    cheung leung lam chow tang kwok yip tsang hu zhao chao sun ma zhu chu gao kao luo lo
    liang song sung tan ho he hsiao xiao teo goh ong koh
    """
    )
)
# Common surnames of India and Nepal in Devanagari (no census publishes surnames there: the
# most frequent ones of the electoral rolls and Nepal's caste/ethnic groups, by hand).
DEVANAGARI: Final = frozenset(
    word_list(
        """
    सिंह शर्मा कुमार कुमारी गुप्ता वर्मा यादव पटेल जैन अग्रवाल मिश्रा मिश्र तिवारी पांडे पाण्डेय पांडेय
    चौधरी श्रीवास्तव खान राव रेड्डी नायर मेहता जोशी शाह दास बनर्जी मुखर्जी चटर्जी घोष बोस सेन रॉय
    राय ठाकुर चौहान राठौर सक्सेना भट्ट भट्टाचार्य कपूर खन्ना मल्होत्रा अरोड़ा सिन्हा प्रसाद त्रिपाठी
    दुबे द्विवेदी चतुर्वेदी शुक्ला उपाध्याय नायडू पिल्लै मेनन अय्यर देसाई कुलकर्णी पाटिल जाधव पवार
    शिंदे शेख अहमद श्रेष्ठ महर्जन गुरुङ गुरुङ्ग तामाङ लिम्बु मगर थापा अधिकारी पौडेल भट्टराई
    कार्की खड्का बस्नेत शाक्य बज्राचार्य रावत बिष्ट नेगी गौतम भारद्वाज सैनी मौर्य
    """
    )
)
