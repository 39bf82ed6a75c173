/**
 * The region tree of the demo data. The three counties of the published reports (新郑市, 衡阳县,
 * 托克逊县) carry their real townships and the village-branch counts the reports give; their
 * village names, and every other county below county level, are generated (`synthetic`).
 */
export type TTownshipSpec = {
  name: string;
  /** Villages and communities in the township. */
  units: number;
  /** How many of them have no league organisation yet. */
  uncovered?: number;
  communities?: number;
};

export type TCountySpec = {
  code: string;
  name: string;
  synthetic: boolean;
  townships: TTownshipSpec[];
};

export type TPrefectureSpec = {
  provinceCode: string;
  provinceName: string;
  code: string;
  name: string;
  counties: TCountySpec[];
};

const t = (name: string, units: number, uncovered = 0, communities = 0): TTownshipSpec => ({
  name,
  units,
  uncovered,
  communities,
});

/** 新郑市 (seed 001): 296 village and community branches; four places still without one. */
const XINZHENG: TCountySpec = {
  code: "410184",
  name: "新郑市",
  synthetic: false,
  townships: [
    t("新建路街道", 12, 0, 12),
    t("新华路街道", 10, 0, 10),
    t("新烟街道", 14, 0, 8),
    t("城关乡", 22),
    t("和庄镇", 24),
    t("薛店镇", 26),
    t("孟庄镇", 22),
    t("郭店镇", 25),
    t("龙湖镇", 30, 2, 4),
    t("梨河镇", 22),
    t("辛店镇", 24),
    t("观音寺镇", 22),
    t("八千乡", 20, 1),
    t("龙王乡", 21),
    t("具茨山管委会", 6, 1),
  ],
};

/** 衡阳县 (seed 004): 491 village branches re-elected. */
const HENGYANG: TCountySpec = {
  code: "430421",
  name: "衡阳县",
  synthetic: false,
  townships: [
    t("西渡镇", 30, 3, 6),
    t("梅花镇", 18),
    t("三湖镇", 22),
    t("台源镇", 24),
    t("溪江乡", 16),
    t("樟木乡", 18, 2),
    t("岘山乡", 14),
    t("长安乡", 16),
    t("大安乡", 18),
    t("井头镇", 24),
    t("演陂镇", 22),
    t("金兰镇", 24, 2),
    t("洪市镇", 22),
    t("曲兰镇", 22),
    t("金溪镇", 20),
    t("界牌镇", 22, 2),
    t("渣江镇", 26),
    t("集兵镇", 22),
    t("杉桥镇", 22),
    t("库宗桥镇", 20),
    t("关市镇", 20),
    t("石市镇", 18),
    t("岣嵝乡", 14),
    t("栏垅乡", 15),
    t("西西河乡", 11),
  ],
};

/** 托克逊县 (seed 000): 55 village and community branches re-elected by February 2022. */
const TOKSUN: TCountySpec = {
  code: "650422",
  name: "托克逊县",
  synthetic: false,
  townships: [
    t("托克逊镇", 10, 0, 5),
    t("库米什镇", 6),
    t("克尔碱镇", 5),
    t("阿乐惠镇", 6),
    t("伊拉湖镇", 8),
    t("夏乡", 7),
    t("郭勒布依乡", 7),
    t("博斯坦乡", 6),
  ],
};

/** A generated county: `townships` named by the caller, sizes from the seed's random source. */
export type TSyntheticCounty = { code: string; name: string; townships: string[] };

export const SYNTHETIC_COUNTIES: Record<string, TSyntheticCounty[]> = {
  "410100": [
    { code: "410122", name: "中牟县", townships: ["城关镇", "韩寺镇", "官渡镇", "狼城岗镇", "万滩镇", "白沙镇", "郑庵镇", "黄店镇", "大孟镇"] },
    { code: "410181", name: "巩义市", townships: ["新华路街道", "杜甫路街道", "孝义街道", "米河镇", "回郭镇", "竹林镇", "小关镇", "鲁庄镇"] },
    { code: "410182", name: "荥阳市", townships: ["京城路街道", "索河街道", "豫龙镇", "广武镇", "王村镇", "高村乡", "汜水镇"] },
    { code: "410183", name: "新密市", townships: ["青屏街街道", "新华路街道", "超化镇", "大隗镇", "刘寨镇", "白寨镇", "岳村镇", "平陌镇"] },
  ],
  "430400": [
    { code: "430422", name: "衡南县", townships: ["云集镇", "车江镇", "茶市镇", "三塘镇", "鸡笼镇", "冠市镇", "宝盖镇", "廖田镇", "硫市镇"] },
    { code: "430423", name: "衡山县", townships: ["开云镇", "店门镇", "白果镇", "东湖镇", "萱洲镇", "长江镇", "岭坡乡"] },
    { code: "430424", name: "衡东县", townships: ["城关镇", "大浦镇", "吴集镇", "甘溪镇", "杨林镇", "草市镇", "新塘镇", "荣桓镇"] },
  ],
  "650400": [
    { code: "650402", name: "高昌区", townships: ["老城路街道", "高昌路街道", "七泉湖镇", "葡萄镇", "亚尔镇", "胜金乡", "艾丁湖镇"] },
    { code: "650421", name: "鄯善县", townships: ["鄯善镇", "七克台镇", "连木沁镇", "鲁克沁镇", "辟展乡", "达浪坎乡", "吐峪沟乡"] },
  ],
};

export const PREFECTURES: TPrefectureSpec[] = [
  { provinceCode: "410000", provinceName: "河南省", code: "410100", name: "郑州市", counties: [XINZHENG] },
  { provinceCode: "430000", provinceName: "湖南省", code: "430400", name: "衡阳市", counties: [HENGYANG] },
  { provinceCode: "650000", provinceName: "新疆维吾尔自治区", code: "650400", name: "吐鲁番市", counties: [TOKSUN] },
];

const FIRST = "东西南北前后上下大小新老高青红白金石李王张刘陈杨赵黄周吴徐孙胡朱马郭何罗林宋谢唐韩冯董";
const SECOND = "庄营河岗寨沟坡湾店桥庙集园楼岭湖山坪塘洼口屯堡台铺坊冲垸";

/** Distinct plausible village names: two characters from fixed lists, never repeated in a township. */
export function villageName(index: number, community: boolean): string {
  const first = FIRST[index % FIRST.length];
  const second = SECOND[Math.floor(index / FIRST.length) % SECOND.length];
  const round = Math.floor(index / (FIRST.length * SECOND.length));
  return `${first}${second}${round ? round + 1 : ""}${community ? "社区" : "村"}`;
}
