/**
 * Demo data: the region tree of the three prefectures of the published reports, their league
 * organisations, and one account per role. Deterministic, so every fresh database is the same.
 */
import type { Prisma, PrismaClient } from "../server/generated/prisma/client.ts";
import { DEMO_PASSWORD } from "../server/auth/demo";
import { hashPassword } from "../server/auth/password";
import { buildPeople } from "./seed-people";
import { buildMemberships, buildRegistrations } from "./seed-records";
import { random } from "./random";
import {
  PREFECTURES,
  SYNTHETIC_COUNTIES,
  villageName,
  type TCountySpec,
  type TTownshipSpec,
} from "./demo-regions";

export { DEMO_PASSWORD };


type RegionRow = Prisma.RegionCreateManyInput;
type OrgRow = Prisma.OrganisationCreateManyInput;

const date = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

function buildCounty(
  county: TCountySpec,
  parent: { id: string; path: string },
  regions: RegionRow[],
  orgs: OrgRow[],
) {
  const rnd = random(Number(county.code));
  const countyId = `r${county.code}`;
  const countyPath = `${parent.path}${county.code}/`;
  regions.push({
    id: countyId,
    code: county.code,
    name: county.name,
    level: "COUNTY",
    parentId: parent.id,
    path: countyPath,
    countyId,
    synthetic: county.synthetic,
  });
  const committeeId = `o${county.code}`;
  orgs.push({
    id: committeeId,
    name: `共青团${county.name}委员会`,
    type: "COUNTY_COMMITTEE",
    domain: "GOVERNMENT",
    setupMode: "PARTY_LED",
    regionId: countyId,
    countyId,
    foundedOn: date(1950, 5, 4),
    termStartedOn: date(2022, 12, 21),
    synthetic: county.synthetic,
  });
  county.townships.forEach((township, ti) => {
    const tCode = `${county.code}${String(ti + 1).padStart(3, "0")}000`;
    const tId = `r${tCode}`;
    const tPath = `${countyPath}${tCode}/`;
    regions.push({ id: tId, code: tCode, name: township.name, level: "TOWNSHIP", parentId: countyId, path: tPath, countyId, synthetic: county.synthetic });
    const street = township.name.endsWith("街道") || township.name.endsWith("管委会");
    const tOrgId = `o${tCode}`;
    orgs.push({
      id: tOrgId,
      name: `共青团${county.name}${township.name}${street ? "工作委员会" : "委员会"}`,
      type: street ? "WORKING_COMMITTEE" : "COMMITTEE",
      domain: street ? "COMMUNITY" : "RURAL",
      setupMode: "PARTY_LED",
      regionId: tId,
      countyId,
      parentId: committeeId,
      foundedOn: date(1980 + Math.floor(rnd() * 20), 1 + Math.floor(rnd() * 12), 1),
      termStartedOn: date(2021, 3 + Math.floor(rnd() * 6), 1 + Math.floor(rnd() * 27)),
      // Generated counties set the standard team (1 + 2 + 8) as the quota (S2); the reports give none.
      ...(county.synthetic ? { quota: 11 } : {}),
      synthetic: county.synthetic,
    });
    buildVillages(county, township, { countyId, tCode, tPath, tId, tOrgId }, rnd, regions, orgs);
  });
}

function buildVillages(
  county: TCountySpec,
  township: TTownshipSpec,
  at: { countyId: string; tCode: string; tPath: string; tId: string; tOrgId: string },
  rnd: () => number,
  regions: RegionRow[],
  orgs: OrgRow[],
) {
  const communities = township.communities ?? 0;
  const uncovered = township.uncovered ?? 0;
  for (let vi = 0; vi < township.units; vi++) {
    const community = vi < communities;
    const vCode = `${at.tCode.slice(0, 9)}${String(vi + 1).padStart(3, "0")}`;
    const vId = `r${vCode}`;
    const name = villageName(vi * 7 + Number(at.tCode.slice(6, 9)), community);
    regions.push({
      id: vId,
      code: vCode,
      name,
      level: community ? "COMMUNITY" : "VILLAGE",
      parentId: at.tId,
      path: `${at.tPath}${vCode}/`,
      countyId: at.countyId,
      synthetic: true,
    });
    // The last places of a township are the ones still without an organisation.
    if (vi >= township.units - uncovered) continue;
    orgs.push({
      id: `o${vCode}`,
      name: `${name}团支部`,
      type: "BRANCH",
      domain: community ? "COMMUNITY" : "RURAL",
      setupMode: rnd() < 0.8 ? "PARTY_LED" : rnd() < 0.5 ? "NEIGHBOURING_VILLAGES" : "COMMUNITY_VILLAGE",
      regionId: vId,
      countyId: at.countyId,
      parentId: at.tOrgId,
      foundedOn: date(2000 + Math.floor(rnd() * 21), 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 27)),
      termStartedOn: date(2021, 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 27)),
      synthetic: county.synthetic,
    });
  }
}

function syntheticCounty(code: string, name: string, townships: string[]): TCountySpec {
  const rnd = random(Number(code) * 31);
  return {
    code,
    name,
    synthetic: true,
    townships: townships.map((tName) => {
      const units = 10 + Math.floor(rnd() * 16);
      return {
        name: tName,
        units,
        uncovered: Math.floor(rnd() * rnd() * units * 0.4),
        communities: tName.endsWith("街道") ? units : Math.floor(rnd() * 3),
      };
    }),
  };
}

export function buildDemoTree() {
  const regions: RegionRow[] = [
    { id: "r000000", code: "000000", name: "全国", level: "NATION", path: "000000/" },
  ];
  const orgs: OrgRow[] = [];
  for (const pref of PREFECTURES) {
    const provincePath = `000000/${pref.provinceCode}/`;
    regions.push({ id: `r${pref.provinceCode}`, code: pref.provinceCode, name: pref.provinceName, level: "PROVINCE", parentId: "r000000", path: provincePath });
    const prefPath = `${provincePath}${pref.code}/`;
    regions.push({ id: `r${pref.code}`, code: pref.code, name: pref.name, level: "PREFECTURE", parentId: `r${pref.provinceCode}`, path: prefPath });
    const counties = [
      ...pref.counties,
      ...(SYNTHETIC_COUNTIES[pref.code] ?? []).map((c) => syntheticCounty(c.code, c.name, c.townships)),
    ].sort((a, b) => a.code.localeCompare(b.code));
    for (const county of counties) buildCounty(county, { id: `r${pref.code}`, path: prefPath }, regions, orgs);
  }
  return { regions, orgs };
}

export const DEMO_USERS = [
  { username: "admin", displayName: "系统管理员", role: "ADMIN", region: "000000" },
  { username: "reviewer-zhengzhou", displayName: "郑州市团委审阅员", role: "PREFECTURE_REVIEWER", region: "410100" },
  { username: "reviewer-hengyang", displayName: "衡阳市团委审阅员", role: "PREFECTURE_REVIEWER", region: "430400" },
  { username: "county-xinzheng", displayName: "新郑市团市委", role: "COUNTY_ADMIN", region: "410184" },
  { username: "county-hengyang", displayName: "衡阳县团县委", role: "COUNTY_ADMIN", region: "430421" },
  { username: "county-toksun", displayName: "托克逊县团县委", role: "COUNTY_ADMIN", region: "650422" },
  { username: "township-xinzheng", displayName: "龙湖镇团委", role: "TOWNSHIP_CADRE", region: "410184009000" },
] as const;

/**
 * Statistics the reports give: 新郑市 admitted 70 new party members aged 28 or younger in 2021
 * (P1's denominator), and 1,744 regular workers made 101 per 10,000 resident youth, which puts
 * its resident youth aged 14–35 at about 172,700.
 */
export const DEMO_BASELINE_YEAR = 2020;
const DEMO_STATS = [{ regionId: "r410184", countyId: "r410184", year: 2021, newPartyMembersUnder28: 70, residentYouth: 172_700 }];

/**
 * Township work funds and young residents (F1) for the generated counties, 2021–2025; the reports
 * give none for the published ones, whose townships show as not entered.
 */
function townshipStats(regions: RegionRow[]) {
  const rnd = random(2260);
  const synthetic = new Set(regions.filter((r) => r.level === "COUNTY" && r.synthetic).map((r) => r.id));
  return regions
    .filter((r) => r.level === "TOWNSHIP" && r.countyId && synthetic.has(r.countyId))
    .flatMap((t) =>
      [2021, 2022, 2023, 2024, 2025].map((year) => {
        const residents6to35 = 4_000 + Math.floor(rnd() * 12_000);
        return { regionId: t.id!, countyId: t.countyId!, year, residents6to35, workFundsYuan: Math.round((residents6to35 * (1.5 + rnd() * 3.5)) / 100) * 100 };
      }),
    );
}

/**
 * County figures of the generated counties, 2021–2025: new party members aged 28 or younger (a
 * few more than those the League recommended, so P1 stays below 100%) and resident youth.
 */
function countyStats(intake: { countyId: string; year: number; admitted: number }[]) {
  const rnd = random(4101);
  return intake.map((x) => ({
    regionId: x.countyId,
    countyId: x.countyId,
    year: x.year,
    newPartyMembersUnder28: x.admitted + 1 + Math.floor(rnd() * 4),
    residentYouth: 60_000 + Math.floor(rnd() * 90_000),
  }));
}

/** Fills an empty database; does nothing when the demo accounts already exist. */
export async function seedDemo(db: PrismaClient, log: (m: string) => void = () => {}) {
  if (await db.user.findFirst({ where: { username: "admin" }, select: { id: true } })) {
    log("Demo data already present.");
    return false;
  }
  const { regions, orgs } = buildDemoTree();
  const people = buildPeople(regions, orgs);
  const hashes = await Promise.all(DEMO_USERS.map(() => hashPassword(DEMO_PASSWORD)));
  await db.$transaction(
    async (tx) => {
      for (let i = 0; i < regions.length; i += 1000) await tx.region.createMany({ data: regions.slice(i, i + 1000) });
      const inChunks = async <T,>(rows: T[], write: (chunk: T[]) => Promise<unknown>) => {
        for (let i = 0; i < rows.length; i += 1000) await write(rows.slice(i, i + 1000));
      };
      await inChunks(orgs, (data) => tx.organisation.createMany({ data }));
      await inChunks(people.schools, (data) => tx.organisation.createMany({ data }));
      await inChunks(people.cadres, (data) => tx.cadre.createMany({ data }));
      await inChunks(people.positions, (data) => tx.cadrePosition.createMany({ data }));
      await inChunks(people.members, (data) => tx.member.createMany({ data }));
      await inChunks(buildMemberships(people.members), (data) => tx.membership.createMany({ data }));
      await inChunks(people.schoolRows, (data) => tx.school.createMany({ data }));
      await inChunks(people.units, (data) => tx.unit.createMany({ data }));
      await inChunks(people.homes, (data) => tx.youthHome.createMany({ data }));
      await tx.user.createMany({
        data: DEMO_USERS.map((u, i) => ({
          username: u.username,
          displayName: u.displayName,
          role: u.role,
          regionId: `r${u.region}`,
          passwordHash: hashes[i] ?? "",
        })),
      });
      const admin = await tx.user.findUniqueOrThrow({ where: { username: "admin" }, select: { id: true } });
      await inChunks(buildRegistrations(people.members), (data) => tx.memberRegistration.createMany({ data: data.map((g) => ({ ...g, confirmedById: admin.id })) }));
      await tx.regionStat.createMany({ data: DEMO_STATS.map((s) => ({ ...s, updatedById: admin.id })) });
      await tx.regionStat.createMany({ data: countyStats(people.intake).map((s) => ({ ...s, updatedById: admin.id })) });
      await tx.regionStat.createMany({ data: townshipStats(regions).map((s) => ({ ...s, updatedById: admin.id })) });
      // The reports measure the reform from 2021: 2020 is every demo county's baseline year.
      await tx.countyState.createMany({
        data: regions.filter((r) => r.level === "COUNTY").map((r) => ({ countyId: r.id!, baselineYear: DEMO_BASELINE_YEAR, baselineSetBy: admin.id })),
        skipDuplicates: true,
      });
    },
    { timeout: 120_000 },
  );
  log(
    `Demo data: ${regions.length} regions, ${orgs.length + people.schools.length} organisations, ` +
      `${people.cadres.length} cadres, ${people.members.length} members, ${DEMO_USERS.length} accounts.`,
  );
  return true;
}
