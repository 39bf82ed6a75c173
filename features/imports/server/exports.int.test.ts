import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { compareCounties } from "@/features/indicators/server/dashboard";
import { callerFor, testDb, unique } from "@/server/test/helpers";
import { loadActor } from "@/server/actor";
import { listTransfers } from "@/features/transfers/server/transfer-lists";
import { listAccounts } from "@/features/accounts/server/accounts";
import { ZListAccounts } from "@/features/accounts/schema";
import { exportComparison, exportRoster } from "./exports";
import { listInputOf, rosterSheet } from "./roster-sheets";

async function actor(username: string) {
  const user = await testDb().user.findUniqueOrThrow({ where: { username } });
  return (await loadActor(testDb(), user.id))!;
}
async function sheet(buffer: ArrayBuffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer);
  const ws = book.worksheets[0]!;
  const rows: string[][] = [];
  ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1).map((v) => String(v ?? ""))));
  return rows;
}

describe("roster exports", () => {
  it("exports the filtered list, with the list's own filter", async () => {
    const out = await exportRoster(testDb(), await actor("county-xinzheng"), "orgs", { countyCode: "410184", type: "COMMITTEE", q: "龙湖镇" }, "zh");
    const rows = await sheet(out.buffer);
    expect(rows[0]?.[0]).toBe("名称");
    expect(rows.slice(1).map((r) => r[0])).toEqual(["共青团新郑市龙湖镇委员会"]);
  });
  it("masks ID numbers and phones for a reviewer, not for the county's admin", async () => {
    const reviewer = await sheet((await exportRoster(testDb(), await actor("reviewer-zhengzhou"), "cadres", { countyCode: "410184" }, "zh")).buffer);
    const admin = await sheet((await exportRoster(testDb(), await actor("county-xinzheng"), "cadres", { countyCode: "410184" }, "en")).buffer);
    expect(reviewer.length).toBeGreaterThan(1000);
    expect(reviewer.slice(1).every((r) => r[3] === "" || r[3]!.includes("*"))).toBe(true);
    expect(admin[0]?.[3]).toBe("ID number");
    expect(admin.slice(1).some((r) => /^\d{17}[\dX]$/.test(r[3] ?? ""))).toBe(true);
    const raw = new Set(admin.slice(1).map((r) => r[3]));
    expect(reviewer.slice(1).some((r) => raw.has(r[3]!) && r[3] !== "")).toBe(false);
  });
  it("members by join year: the 2021 cohort still on 新郑市's roll, exactly as the list counts them", async () => {
    const rows = await sheet((await exportRoster(testDb(), await actor("county-xinzheng"), "members", { countyCode: "410184", joinedYear: 2021, pageSize: 100 }, "zh")).buffer);
    const onRoll = await testDb().member.count({ where: { countyId: "r410184", status: "ACTIVE", joinedOn: { gte: new Date("2021-01-01"), lt: new Date("2022-01-01") } } });
    // 2,220 joined in 2021; other tests move or retire a few of them today, which the roster follows.
    expect(onRoll).toBeGreaterThan(2200);
    expect(rows.length - 1).toBe(onRoll);
  });
  it("follows the list's sort, the same rows as its pages in the same order", async () => {
    const xz = await actor("county-xinzheng");
    // Community branches of the demo data: no test beside this one adds any while it runs.
    const input = { countyCode: "410184", type: "BRANCH", q: "社区", sort: "name", dir: "desc" };
    const rows = await sheet((await exportRoster(testDb(), xz, "orgs", input, "zh")).buffer);
    const { listOrgs } = await import("@/features/orgs/server/orgs");
    const first = await listOrgs(testDb(), xz, { ...input, type: "BRANCH", sort: "name", dir: "desc", pageSize: 100 });
    expect(first.total).toBeGreaterThan(20);
    expect(rows.slice(1, 101).map((r) => r[0])).toEqual(first.items.map((o) => o.name));
    expect(rows.length - 1).toBe(first.total);
    const own = await listOrgs(testDb(), xz, { countyCode: "410184", type: "BRANCH", q: "社区", pageSize: 100 });
    expect(own.items.map((o) => o.name)).not.toEqual(first.items.map((o) => o.name));
  });
  it("a coverage roster exports with the columns and search of its list", async () => {
    const rows = await sheet((await exportRoster(testDb(), await actor("county-hengyang"), "schools", { countyCode: "430421", sort: "name" }, "zh")).buffer);
    expect(rows[0]!.slice(0, 3)).toEqual(["名称", "所在乡镇/村", "对应团组织"]);
    expect(rows).toHaveLength(1 + 83);
    const some = rows[10]![0]!;
    const found = await sheet((await exportRoster(testDb(), await actor("county-hengyang"), "schools", { countyCode: "430421", q: some }, "zh")).buffer);
    expect(found.slice(1).map((r) => r[0])).toContain(some);
    await expect(exportRoster(testDb(), await actor("county-hengyang"), "units", { countyCode: "430421", sort: "memberCount" }, "zh")).rejects.toThrow();
  });
  it("out of scope is not found", async () => {
    await expect(exportRoster(testDb(), await actor("county-hengyang"), "members", { countyCode: "410184" }, "zh")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("comparison export", () => {
  it("the prefecture's counties with each indicator's value, numerator, denominator, light and rank", async () => {
    const out = await exportComparison(testDb(), await actor("reviewer-zhengzhou"), "410100", { year: 2021 }, ["P1", "C3"], "zh");
    const rows = await sheet(out.buffer.buffer.slice(out.buffer.byteOffset, out.buffer.byteOffset + out.buffer.byteLength) as ArrayBuffer);
    expect(rows[1]!.slice(0, 6)).toEqual(["县区", "C3 中学团校覆盖率", "C3 分子", "C3 分母", "C3 评价", "C3 名次"]);
    const xinzheng = rows.find((r) => r[0] === "新郑市")!;
    const cmp = await compareCounties(testDb(), await actor("reviewer-zhengzhou"), "410100", { year: 2021 }, ["P1", "C3"]);
    const p1Rank = cmp.counties.find((x) => x.county.code === "410184")!.indicators.find((i) => i.code === "P1")!.rank;
    expect(xinzheng.slice(1, 11)).toEqual(["1", "39", "39", "达标", "1", String(51 / 70), "51", "70", "达标", String(p1Rank)]);
    expect(rows).toHaveLength(2 + 5 + 1);
    expect(rows[7]!.slice(0, 1)).toEqual(["全市合计"]);
  });
  it("out of scope is not found", async () => {
    await expect(exportComparison(testDb(), await actor("reviewer-hengyang"), "410100", { year: 2021 }, [], "zh")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

/**
 * Three members of 新郑市 sent to 衡阳县, whose development numbers share a prefix no other member
 * has: one accepted, one withdrawn, one still open.
 */
async function plantTransfers() {
  const prefix = `2024${String(Math.floor(Math.random() * 1e5)).padStart(5, "0")}`;
  const xz = await callerFor("county-xinzheng");
  const hy = await callerFor("county-hengyang");
  const ids: string[] = [];
  for (const k of [1, 2, 3]) {
    const m = await xz.member.create({
      name: "转接团员", gender: "FEMALE", birthDate: "2003-01-01", idNumber: null, phone: "13912345678",
      developmentNumber: `${prefix}00${k}`, joinedOn: "2024-05-04", category: "SOCIAL", organisationId: "o410184004003",
      archiveCertifiedOn: "2024-05-10", holdsPost: false, partyAppliedOn: null, recommendedOn: null, activistOn: null, developmentTargetOn: null, admittedOn: null,
    });
    ids.push((await xz.transfer.request({ memberId: m.id, toOrgId: "o430421002004", note: "" })).id);
  }
  await hy.transfer.decide({ transferId: ids[0]!, approve: true, comment: "欢迎" });
  await xz.transfer.withdraw({ transferId: ids[1]! });
  return prefix;
}

describe("transfer and administrator exports", () => {
  it("reads the list's filter and sort from its address, without a county for an administrator's list", () => {
    const params = new URLSearchParams("side=out&q=2024&sort=status&dir=desc&page=3&outcome=ok");
    expect(listInputOf(params, "410184")).toEqual({ countyCode: "410184", q: "2024", side: "out", sort: "status", dir: "desc", outcome: "ok" });
    expect(listInputOf(params, null)).not.toHaveProperty("countyCode");
  });

  it("transfers: the side, search and sort of the board, each side masked as on screen, only within the caller's scope", async () => {
    const prefix = await plantTransfers();
    const xz = await actor("county-xinzheng");
    const out = await sheet((await exportRoster(testDb(), xz, "transfers", { countyCode: "410184", side: "out", q: prefix }, "zh")).buffer);
    expect(out[0]!.slice(0, 5)).toEqual(["团员", "发展团员编号", "转出组织", "转入组织", "状态"]);
    // Newest first: the open one, the withdrawn one, the accepted one; the member's own side sees the name.
    expect(out.slice(1).map((r) => [r[0], r[1], r[4]])).toEqual([
      ["转接团员", `${prefix}003`, "待转入方同意接收"],
      ["转接团员", `${prefix}002`, "已撤回"],
      ["转接团员", `${prefix}001`, "已完成转接"],
    ]);
    expect(out.flat().join()).not.toContain("13912345678");
    // The receiving side reads the name only of the transfer that completed.
    const hy = await actor("county-hengyang");
    const input = { countyCode: "430421", side: "in", q: prefix, sort: "status", dir: "desc" } as const;
    const incoming = await sheet((await exportRoster(testDb(), hy, "transfers", input, "zh")).buffer);
    const page = await listTransfers(testDb(), hy, { ...input, pageSize: 100 });
    expect(incoming.slice(1).map((r) => r[1])).toEqual(page.items.map((x) => x.member.developmentNumber));
    expect(incoming.slice(1).map((r) => [r[0], r[4]])).toEqual([
      ["转**员", "已撤回"],
      ["转接团员", "已完成转接"],
      ["转**员", "待转入方同意接收"],
    ]);
    const asc = await sheet((await exportRoster(testDb(), hy, "transfers", { ...input, dir: "asc" }, "zh")).buffer);
    expect(asc.slice(1).map((r) => r[1])).toEqual(incoming.slice(1).map((r) => r[1]).reverse());
    expect((await rosterSheet(testDb(), hy, "transfers", input, "zh", 10)).title).toBe("团员关系转接（转入本县）");
    // A township cadre reads only its township's side; another county reads nothing of 新郑市's.
    expect(await sheet((await exportRoster(testDb(), await actor("township-xinzheng"), "transfers", { countyCode: "410184", side: "out", q: prefix }, "zh")).buffer)).toHaveLength(1);
    await expect(exportRoster(testDb(), await actor("county-toksun"), "transfers", { countyCode: "410184", side: "out" }, "zh")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(exportRoster(testDb(), hy, "transfers", { countyCode: "410184", side: "out" }, "zh")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("accounts: the administrator's search and sort", async () => {
    const admin = await actor("admin");
    const input = { q: "county-", sort: "username", dir: "desc" } as const;
    const rows = await sheet((await exportRoster(testDb(), admin, "accounts", input, "zh")).buffer);
    expect(rows[0]!.slice(0, 4)).toEqual(["用户名", "姓名", "角色", "范围"]);
    const page = await listAccounts(testDb(), admin, ZListAccounts.parse({ ...input, page: 1 }));
    const names = rows.slice(1).map((r) => r[0]!);
    expect(names).toEqual(page.items.map((a) => a.username));
    const demo = ["county-xinzheng", "county-toksun", "county-hengyang"].map((n) => names.indexOf(n));
    expect(demo.every((i) => i >= 0)).toBe(true);
    expect([...demo].sort((a, b) => a - b)).toEqual(demo);
    expect(names).not.toContain("admin");
    const byRole = await sheet((await exportRoster(testDb(), admin, "accounts", { sort: "role" }, "en")).buffer);
    expect(byRole[1]![2]).toBe("Administrator");
    expect(byRole.at(-1)![2]).toBe("Township cadre");
  });

  it("the sign-in log: the username and outcome filters and the sort", async () => {
    const who = unique("export-log");
    const at = (s: number) => new Date(Date.now() - s * 1000);
    await testDb().signInAttempt.createMany({
      data: [
        { username: `${who}-a`, address: "10.0.0.1", outcome: "bad_password", userAgent: "test", at: at(30) },
        { username: `${who}-b`, address: "10.0.0.2", outcome: "ok", userAgent: "test", at: at(20) },
        { username: `${who}-c`, address: "10.0.0.3", outcome: "bad_password", userAgent: "test", at: at(10) },
      ],
    });
    const admin = await actor("admin");
    const log = async (input: Record<string, unknown>) => (await sheet((await exportRoster(testDb(), admin, "signIns", { username: who, ...input }, "zh")).buffer)).slice(1).map((r) => `${r[1]} ${r[2]}`);
    expect(await log({ outcome: "bad_password" })).toEqual([`${who}-c 密码错误`, `${who}-a 密码错误`]);
    expect(await log({ outcome: "bad_password", sort: "at", dir: "asc" })).toEqual([`${who}-a 密码错误`, `${who}-c 密码错误`]);
    expect(await log({ sort: "username", dir: "desc" })).toEqual([`${who}-c 密码错误`, `${who}-b 成功`, `${who}-a 密码错误`]);
  });

  it("only an administrator exports accounts and the sign-in log", async () => {
    for (const username of ["reviewer-zhengzhou", "county-xinzheng", "township-xinzheng"]) {
      const someone = await actor(username);
      await expect(exportRoster(testDb(), someone, "accounts", {}, "zh")).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(exportRoster(testDb(), someone, "signIns", {}, "zh")).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
