/// Chinese place and person names, built from character lists that are encoded once.
///
/// Names are appended straight into a `ByteSink`; nothing here allocates per name.
enum ChineseNames {
  /// When a person was born, which decides the fashion of their given name.
  enum Generation {
    /// Born before about 1965.
    case elder
    /// Born between about 1965 and 2000.
    case adult
    /// Born after about 2000.
    case young
  }

  // MARK: Person names

  /// Common single-character surnames, most frequent first.
  private static let surnames = characters(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
      + "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
  /// Weights for `surnames`: the first ten names are far more common than the rest.
  private static let surnameWeights = WeightTable(
    (0..<surnames.count).map { index in index < 10 ? 60 - index * 3 : (index < 40 ? 12 : 5) })
  /// Compound surnames, rare but real.
  private static let compoundSurnames = words("欧阳 司马 诸葛 上官 东方 皇甫 令狐 慕容 夏侯 司徒 尉迟 公孙")

  /// Given-name characters for men and women, and whole given names by generation.
  private static let maleCharacters = characters(
    "伟强军勇杰涛明超辉刚平斌建国华峰磊洋鹏林志文海东"
      + "宇浩俊鑫博晨泽成德福贵生山松庆永兴全")
  private static let femaleCharacters = characters(
    "芳娜敏静丽艳娟霞燕玲桂英秀兰梅红萍琴云莲凤珍翠花淑慧婷雪琳欣怡佳悦萱雨涵晴")
  private static let elderMale = words(
    "建国 建华 国强 德福 德胜 长生 永福 福贵 振华 保国 "
      + "树林 金山 来福 有才 守仁 庆丰 玉林 文明 富贵 连生")
  private static let elderFemale = words(
    "秀英 桂英 桂兰 秀兰 玉兰 凤英 淑珍 金花 春花 秀珍 "
      + "玉珍 翠兰 凤兰 素芳 桂香 玉梅 月娥 美英 银花 巧云")
  private static let youngMale = words(
    "子轩 浩然 宇航 俊熙 梓豪 博文 一鸣 皓轩 沐阳 晨阳 "
      + "思远 家乐 奕辰 明哲 天佑 嘉懿 宇泽 昊天 睿哲 子墨")
  private static let youngFemale = words(
    "梓涵 欣怡 诗涵 雨桐 一诺 可馨 语嫣 紫萱 思彤 梦瑶 "
      + "若汐 佳琪 雨萱 依诺 心怡 欣妍 安然 子涵 诗琪 芷若")

  /// Appends a person's name: a surname (now and then a compound one) and one or two given
  /// characters in the fashion of the person's generation.
  static func appendPerson(to sink: ByteSink, male: Bool, generation: Generation, random: inout RandomSource) {
    if random.below(120) == 0 {
      sink.append(compoundSurnames[random.below(compoundSurnames.count)])
    } else {
      sink.append(surnames[random.pick(surnameWeights)])
    }
    let pool = male ? maleCharacters : femaleCharacters
    switch random.below(10) {
    case 0, 1:
      sink.append(pool[random.below(pool.count)])
    case 2, 3, 4, 5:
      let fixed: [[UInt8]]
      switch generation {
      case .elder: fixed = male ? elderMale : elderFemale
      case .adult: fixed = random.chance(0.5) ? (male ? elderMale : elderFemale) : (male ? youngMale : youngFemale)
      case .young: fixed = male ? youngMale : youngFemale
      }
      sink.append(fixed[random.below(fixed.count)])
    default:
      sink.append(pool[random.below(pool.count)])
      sink.append(pool[random.below(pool.count)])
    }
  }

  // MARK: Place names

  private static let placeFirst = characters(
    "东西南北大小新白石青黄红金柳杨桃梅松柏龙凤高马兴安平和永福丰清长广太宝双常万仁义"
      + "顺富乐泰德明文中上下前后古沙桑")
  private static let placeSecond = characters(
    "庄集营店桥河口湾屯沟坡岭寨堡塘峪埠岗坊园泉山峰湖溪滩洼林亭台川田港阳城铺圩渡")
  private static let clanSurnames = characters(
    "王李张刘陈杨赵吴周孙朱胡郭何高林罗郑梁宋韩冯曹彭田董潘蒋蔡杜程魏吕丁姚崔钟谭陆范"
      + "石贾")
  private static let streetBases = words(
    "城关 东城 西城 南城 北城 新华 建设 解放 人民 文化 "
      + "胜利 和平 朝阳 向阳 红旗 光明 振兴 育才 滨河 开发区 "
      + "新城 古城")
  private static let communityBases = words(
    "幸福 和谐 阳光 康乐 金桥 锦绣 滨河 花园 东苑 西苑 "
      + "南关 北关 育才 翠苑 丽景 嘉园 新村 东风 前进 团结 "
      + "长安 春晖")

  /// The kind of a township, which decides its suffix and its code range.
  enum TownshipKind {
    /// 街道, a town's street office (codes 001–099).
    case street
    /// 镇, a town (codes 100–199).
    case town
    /// 乡, a rural township (codes 200–299).
    case xiang
  }

  /// A township's name: a two-character base and 街道, 镇 or 乡.
  static func township(kind: TownshipKind, random: inout RandomSource) -> [UInt8] {
    switch kind {
    case .street: return streetBases[random.below(streetBases.count)] + Array("街道".utf8)
    case .town: return placeBase(random: &random) + Array("镇".utf8)
    case .xiang: return placeBase(random: &random) + Array("乡".utf8)
    }
  }

  /// A village's name (a base and 村) or a community's (a base and 社区).
  static func village(community: Bool, random: inout RandomSource) -> [UInt8] {
    if community {
      return communityBases[random.below(communityBases.count)] + Array("社区".utf8)
    }
    return placeBase(random: &random) + Array("村".utf8)
  }

  /// Two place-name characters (大柳), or a clan name and a place character (王家庄 style).
  private static func placeBase(random: inout RandomSource) -> [UInt8] {
    if random.below(4) == 0 {
      return clanSurnames[random.below(clanSurnames.count)] + Array("家".utf8)
        + placeSecond[random.below(placeSecond.count)]
    }
    return placeFirst[random.below(placeFirst.count)] + placeSecond[random.below(placeSecond.count)]
  }

  // MARK: Tables

  /// Each character of `text`, UTF-8 encoded.
  private static func characters(_ text: String) -> [[UInt8]] {
    text.map { Array(String($0).utf8) }
  }

  /// Each space-separated word of `text`, UTF-8 encoded.
  private static func words(_ text: String) -> [[UInt8]] {
    text.split(separator: " ").map { Array($0.utf8) }
  }
}
