/**
 * Where the scope tests plant their records. Each fixture account gets a sandbox township inside
 * its scope, whose records are the targets of its generated calls (mutations included); the
 * decoy townships lie outside one or more scopes and are never written by a valid call.
 *
 * The published counties (新郑市, 衡阳县, 托克逊县) carry figures other tests assert, so what is
 * planted there never counts in them: see plant.ts.
 */

export type TScopeAccount = { username: string; sandbox: string };

/**
 * One account per role at least; the test fails for a role of the Role enum that none of these
 * holds, so a new role comes with its own account and sandbox here.
 */
export const SCOPE_ACCOUNTS: readonly TScopeAccount[] = [
  { username: "admin", sandbox: "410183001000" }, // 新密市, a generated county
  { username: "reviewer-zhengzhou", sandbox: "410181001000" }, // 巩义市, generated, in 郑州市
  { username: "reviewer-hengyang", sandbox: "430423001000" }, // 衡山县, generated, in 衡阳市
  { username: "county-xinzheng", sandbox: "410184006000" }, // 薛店镇
  { username: "county-hengyang", sandbox: "430421002000" }, // 梅花镇
  { username: "county-toksun", sandbox: "650422002000" }, // 库米什镇
  { username: "township-xinzheng", sandbox: "410184009000" }, // 龙湖镇, the cadre's own township
];

/**
 * Decoy townships. 中牟县 is inside 郑州市's reviewer's scope and outside 新郑市's; 衡南县 is a
 * sibling of 衡阳县; 和庄镇 is another township of 新郑市, outside 龙湖镇's cadre; 高昌区 (吐鲁番市)
 * is outside every scope but the administrator's. Those some account can see come first: a
 * transfer sent to the first decoy outside a scope then shows on the other side too.
 */
export const DECOY_TOWNSHIPS: readonly string[] = ["410122002000", "430422002000", "410184005000", "650402003000"];

/** A planted township with the regions above it, as the scope rules read them (paths). */
export type TPlace = {
  townshipCode: string;
  townshipId: string;
  townshipName: string;
  path: string;
  county: { id: string; code: string; name: string; path: string; synthetic: boolean };
  prefecture: { id: string; code: string; path: string };
  /** The account whose valid calls use this place; none for a decoy township. */
  owner: string | null;
};

/** True when `path` lies in the scope (the scope's subtree). */
export const inside = (path: string, scopePath: string) => path.startsWith(scopePath);

/** Neither inside the scope nor above it: a reference there must be refused. */
export const disjoint = (path: string, scopePath: string) => !path.startsWith(scopePath) && !scopePath.startsWith(path);
