/**
 * A generated province for measuring and testing at scale: `counties` counties in prefectures of
 * ten, each county with its townships, villages, about 1,550 organisations, cadres in post,
 * 26,500 members with a spread of join dates and a recommend-for-Party pipeline, coverage units
 * and yearly statistics. Bulk-loaded with INSERT … SELECT inside the database, deterministic (the
 * same call gives the same rows), and marked synthetic throughout.
 */
import type { PrismaClient } from "../server/generated/prisma/client.ts";

/** Where `npm run seed:scale` puts its province, and where `npm run bench:dashboard` looks. */
export const SCALE_PROVINCE = "990000";

export type TScaleSize = { townships: number; villagesPerTownship: number; unitOrgs: number; schools: number; members: number };
export const FULL_SIZE: TScaleSize = { townships: 15, villagesPerTownship: 16, unitOrgs: 1300, schools: 8, members: 26_500 };

/** A number in [0, 1) from a text, the same every time: the generator's only source of variety. */
const H = (expr: string) => `((abs(hashtext(${expr})) % 10000) / 10000.0)`;

export async function generateProvince(
  db: PrismaClient,
  opts: { provinceCode: string; counties: number; size?: TScaleSize; log?: (m: string) => void },
) {
  const size = opts.size ?? FULL_SIZE;
  const log = opts.log ?? (() => {});
  const pp = opts.provinceCode.slice(0, 2);
  // Codes 90–99 are outside the real GB/T 2260 provinces; each gets its own block of development
  // numbers (5 million: year + 5xxxxxxx to 9xxxxxxx), away from the demo counties' numbers.
  if (!/^9\d0000$/.test(opts.provinceCode)) throw new Error("The province code is 900000 to 990000 (outside the real provinces).");
  if (opts.counties < 1 || opts.counties * (opts.size ?? FULL_SIZE).members >= 5_000_000) throw new Error("Fewer than 5,000,000 members in all (188 counties of 26,500).");
  if (await db.region.findUnique({ where: { code: opts.provinceCode }, select: { id: true } })) {
    throw new Error(`Province ${opts.provinceCode} already exists: generate into a fresh database.`);
  }
  const admin = await db.user.findFirst({ where: { role: "ADMIN" }, select: { id: true } });
  if (!admin) throw new Error("No administrator account: seed the demo data first.");
  const { townships: T, villagesPerTownship: V, unitOrgs: U, schools: S, members: M } = size;

  const steps: [string, string][] = [
    [
      "counties",
      `CREATE TEMP TABLE gen_county ON COMMIT DROP AS
       SELECT c AS idx, k AS pidx,
              '${pp}' || lpad(k::text, 2, '0') || lpad((((c - 1) % 10) + 1)::text, 2, '0') AS code,
              '${pp}' || lpad(k::text, 2, '0') || '00' AS pcode
         FROM generate_series(1, ${opts.counties}) c, LATERAL (SELECT ((c - 1) / 10) + 1 AS k) kk`,
    ],
    [
      "regions",
      `INSERT INTO "Region" (id, code, name, level, "parentId", path, "countyId", synthetic)
       SELECT 'r${opts.provinceCode}', '${opts.provinceCode}', '示范省（生成）', 'PROVINCE', 'r000000', '000000/${opts.provinceCode}/', NULL, true
       UNION ALL
       SELECT DISTINCT 'r' || pcode, pcode, '示范市' || pidx || '（生成）', 'PREFECTURE'::"RegionLevel", 'r${opts.provinceCode}', '000000/${opts.provinceCode}/' || pcode || '/', NULL, true FROM gen_county
       UNION ALL
       SELECT 'r' || code, code, '示范县' || idx || '（生成）', 'COUNTY', 'r' || pcode, '000000/${opts.provinceCode}/' || pcode || '/' || code || '/', 'r' || code, true FROM gen_county`,
    ],
    [
      "townships and villages",
      `INSERT INTO "Region" (id, code, name, level, "parentId", path, "countyId", synthetic)
       SELECT 'r' || t.code, t.code, '第' || t.n || '镇', 'TOWNSHIP', 'r' || c.code, '000000/${opts.provinceCode}/' || c.pcode || '/' || c.code || '/' || t.code || '/', 'r' || c.code, true
         FROM gen_county c, LATERAL (SELECT n, c.code || lpad(n::text, 3, '0') || '000' AS code FROM generate_series(1, ${T}) n) t
       UNION ALL
       SELECT 'r' || v.code, v.code, CASE WHEN v.m > ${V - 2} THEN '第' || v.m || '社区' ELSE '第' || v.m || '村' END,
              CASE WHEN v.m > ${V - 2} THEN 'COMMUNITY'::"RegionLevel" ELSE 'VILLAGE'::"RegionLevel" END,
              'r' || c.code || lpad(v.n::text, 3, '0') || '000',
              '000000/${opts.provinceCode}/' || c.pcode || '/' || c.code || '/' || c.code || lpad(v.n::text, 3, '0') || '000/' || v.code || '/', 'r' || c.code, true
         FROM gen_county c, LATERAL (SELECT n, m, c.code || lpad(n::text, 3, '0') || lpad(m::text, 3, '0') AS code FROM generate_series(1, ${T}) n, generate_series(1, ${V}) m) v`,
    ],
    [
      "organisations",
      `INSERT INTO "Organisation" (id, name, type, domain, status, "regionId", "countyId", "foundedOn", "termStartedOn", quota, synthetic, "updatedAt")
       SELECT 'go' || c.code, '共青团示范县' || c.idx || '委员会', 'COUNTY_COMMITTEE'::"OrgType", 'GOVERNMENT'::"OrgDomain", 'ACTIVE'::"OrgStatus", 'r' || c.code, 'r' || c.code, DATE '1950-05-04', DATE '2023-03-01', 14, true, now() FROM gen_county c
       UNION ALL
       SELECT 'go' || r.code, '共青团' || r.name || '委员会', 'COMMITTEE'::"OrgType", 'RURAL'::"OrgDomain", 'ACTIVE'::"OrgStatus", r.id, r."countyId", DATE '1985-05-04',
              DATE '2019-06-01' + (${H("r.code || 'term'")} * 1800)::int, 11, true, now()
         FROM "Region" r WHERE r.level = 'TOWNSHIP' AND r.path LIKE '000000/${opts.provinceCode}/%'
       UNION ALL
       SELECT 'go' || r.code, '共青团' || r.name || '支部', 'BRANCH', CASE WHEN r.level = 'COMMUNITY' THEN 'COMMUNITY'::"OrgDomain" ELSE 'RURAL'::"OrgDomain" END, 'ACTIVE',
              r.id, r."countyId", DATE '1990-01-01' + (${H("r.code || 'f'")} * 11000)::int, DATE '2020-01-01' + (${H("r.code || 'term'")} * 2000)::int, NULL::int, true, now()
         FROM "Region" r
        WHERE r.level IN ('VILLAGE', 'COMMUNITY') AND r.path LIKE '000000/${opts.provinceCode}/%'
          AND ${H("r.code")} < 0.82 + 0.17 * ${H("r.\"countyId\"")}
       UNION ALL
       SELECT 'gs' || c.code || lpad(s::text, 2, '0'), '共青团示范县' || c.idx || '第' || s || (CASE WHEN s > ${S - 1} THEN '职业中专' ELSE '中学' END) || '委员会', 'COMMITTEE',
              CASE WHEN s > ${S - 1} THEN 'VOCATIONAL_SCHOOL'::"OrgDomain" ELSE 'MIDDLE_SCHOOL'::"OrgDomain" END, 'ACTIVE',
              'r' || c.code || lpad((((s - 1) % ${T}) + 1)::text, 3, '0') || '000', 'r' || c.code, DATE '1980-09-01', DATE '2022-09-01', NULL, true, now()
         FROM gen_county c, generate_series(1, ${S}) s
       UNION ALL
       SELECT 'gu' || c.code || lpad(u::text, 5, '0'), '示范县' || c.idx || (CASE WHEN u % 3 = 0 THEN '社会组织' ELSE '企业' END) || u || '团支部',
              CASE WHEN u % 17 = 0 THEN 'JOINT_BRANCH'::"OrgType" ELSE 'BRANCH'::"OrgType" END,
              CASE WHEN u % 3 = 0 THEN 'SOCIAL_ORGANISATION'::"OrgDomain" ELSE 'NON_PUBLIC_ENTERPRISE'::"OrgDomain" END,
              CASE WHEN ${H("c.code || u || 's'")} < 0.02 THEN 'DISSOLVED'::"OrgStatus" ELSE 'ACTIVE'::"OrgStatus" END,
              'r' || c.code || lpad((((u - 1) % ${T}) + 1)::text, 3, '0') || '000', 'r' || c.code,
              DATE '2014-01-01' + (${H("c.code || u || 'f'")} * 4300)::int, DATE '2020-01-01' + (${H("c.code || u || 't'")} * 2000)::int, NULL, true, now()
         FROM gen_county c, generate_series(1, ${U}) u`,
    ],
    [
      "coverage units",
      `INSERT INTO "Unit" (id, "countyId", "regionId", name, kind, "memberCount", "youngStaffCount", "organisationId", synthetic, "updatedAt")
       SELECT 'gn' || c.code || lpad(u::text, 5, '0'), 'r' || c.code, 'r' || c.code || lpad((((u - 1) % ${T}) + 1)::text, 3, '0') || '000',
              '示范县' || c.idx || (CASE WHEN u % 3 = 0 THEN '社会组织' ELSE '企业' END) || u,
              CASE WHEN u % 3 = 0 THEN 'SOCIAL_ORGANISATION'::"UnitKind" ELSE 'NON_PUBLIC_ENTERPRISE'::"UnitKind" END,
              (${H("c.code || u || 'm'")} * 60)::int, (${H("c.code || u || 'y'")} * 30)::int,
              CASE WHEN u <= ${U} THEN 'gu' || c.code || lpad(u::text, 5, '0') END, true, now()
         FROM gen_county c, generate_series(1, ${U + Math.ceil(U / 12)}) u`,
    ],
    [
      "schools",
      `INSERT INTO "School" (id, "countyId", "regionId", name, kind, "organisationId", "hasLeagueSchool", "leagueSchoolLevel", synthetic, "updatedAt")
       SELECT 'gh' || substr(o.id, 3), o."countyId", o."regionId", replace(replace(o.name, '共青团', ''), '委员会', ''),
              CASE WHEN o.domain = 'VOCATIONAL_SCHOOL' THEN 'VOCATIONAL'::"SchoolKind" ELSE 'MIDDLE'::"SchoolKind" END, o.id,
              ${H("o.id || 'ls'")} < 0.9, 'NONE', true, now()
         FROM "Organisation" o WHERE o.id LIKE 'gs${pp}%'`,
    ],
    [
      "Youth Homes",
      `INSERT INTO "YouthHome" (id, "countyId", "regionId", name, address, "openedOn", "entityRun", synthetic, "updatedAt")
       SELECT 'gy' || r.code, r."countyId", r.id, r.name || '青年之家', r.name || '政府院内', DATE '2016-01-01' + (${H("r.code || 'o'")} * 3600)::int,
              ${H("r.code || 'e'")} < 0.85, true, now()
         FROM "Region" r WHERE r.level = 'TOWNSHIP' AND r.path LIKE '000000/${opts.provinceCode}/%' AND ${H("r.code || 'h'")} < 0.93`,
    ],
    [
      "posts",
      `CREATE TEMP TABLE gen_post ON COMMIT DROP AS
       SELECT o.id || '-' || lpad(j::text, 2, '0') AS id, o."countyId" AS county_id, o.id AS org_id,
              CASE WHEN j = 1 THEN 'SECRETARY' WHEN j <= 3 THEN 'DEPUTY_SECRETARY' ELSE 'STAFF' END::"Post" AS post,
              CASE WHEN j <= 4 THEN 'FULL_TIME' WHEN j <= 7 THEN 'SECONDED' ELSE 'PART_TIME' END::"StaffingType" AS staffing,
              CASE WHEN j <= 2 + (${H("o.id")} * 5)::int THEN DATE '2018-03-01' ELSE DATE '2021-05-04' END AS started,
              DATE '1980-01-01' + (${H("o.id || j")} * 6500)::int AS born, false AS two
         FROM "Organisation" o, generate_series(1, 8 + (${H("o.id || 'n'")} * 8)::int) j
        WHERE o.type = 'COUNTY_COMMITTEE' AND o.id LIKE 'go${pp}%'
       UNION ALL
       SELECT o.id || '-' || lpad(j::text, 2, '0'), o."countyId", o.id,
              CASE WHEN j = 1 THEN 'SECRETARY' WHEN j <= 3 THEN 'DEPUTY_SECRETARY' ELSE 'COMMITTEE_MEMBER' END::"Post",
              CASE WHEN j = 1 THEN 'FULL_TIME' ELSE 'PART_TIME' END::"StaffingType", DATE '2021-05-04', DATE '1985-01-01' + (${H("o.id || j")} * 6000)::int, false
         FROM "Organisation" o, generate_series(1, CASE WHEN ${H("o.id || 'short'")} < 0.2 THEN 7 ELSE 10 + (${H("o.id || 'n'")} * 2)::int END) j
        WHERE o.type = 'COMMITTEE' AND o.domain = 'RURAL' AND o.id LIKE 'go${pp}%'
       UNION ALL
       SELECT o.id || '-' || lpad(j::text, 2, '0'), o."countyId", o.id,
              CASE WHEN j = 1 THEN 'SECRETARY' ELSE 'COMMITTEE_MEMBER' END::"Post", 'PART_TIME'::"StaffingType",
              DATE '2021-05-04', DATE '1982-01-01' + (${H("o.id || j")} * 7500)::int, j = 1 AND ${H("o.id || 'two'")} < 0.65
         FROM "Organisation" o, generate_series(1, CASE WHEN ${H("o.id || 'short'")} < 0.1 THEN 2 ELSE 3 END) j
        WHERE o.type = 'BRANCH' AND o.domain IN ('RURAL', 'COMMUNITY') AND o.id LIKE 'go${pp}%'`,
    ],
    [
      "cadres",
      `INSERT INTO "Cadre" (id, "countyId", name, gender, "birthDate", education, "staffingType", source, "inVillageCommittees", synthetic, "updatedAt")
       SELECT 'gc' || p.id, p.county_id, '干部' || substr(md5(p.id), 1, 4),
              CASE WHEN ${H("p.id || 'g'")} < 0.4 THEN 'FEMALE'::"Gender" ELSE 'MALE'::"Gender" END, p.born,
              CASE WHEN ${H("p.id || 'e'")} < 0.55 THEN 'BACHELOR'::"Education" WHEN ${H("p.id || 'e'")} < 0.8 THEN 'JUNIOR_COLLEGE'::"Education" ELSE 'SENIOR_HIGH'::"Education" END,
              p.staffing, CASE WHEN p.two THEN 'VILLAGE_COMMITTEES'::"CadreSource" ELSE 'OTHER'::"CadreSource" END, p.two, true, now()
         FROM gen_post p`,
    ],
    [
      "positions",
      `INSERT INTO "CadrePosition" (id, "cadreId", "organisationId", "countyId", post, "startedOn")
       SELECT 'gp' || p.id, 'gc' || p.id, p.org_id, p.county_id, p.post, p.started FROM gen_post p`,
    ],
    [
      "member organisations",
      `CREATE TEMP TABLE gen_pick ON COMMIT DROP AS
       SELECT c.idx, row_number() OVER (PARTITION BY c.idx ORDER BY o.id) AS n, o.id AS org_id
         FROM gen_county c JOIN "Organisation" o ON o."countyId" = 'r' || c.code
        WHERE o.type <> 'COUNTY_COMMITTEE' AND o.status = 'ACTIVE'`,
    ],
    ["member organisation counts", `CREATE TEMP TABLE gen_pick_n ON COMMIT DROP AS SELECT idx, count(*) AS n FROM gen_pick GROUP BY idx`],
    [
      "members",
      `INSERT INTO "Member" (id, "countyId", "organisationId", name, gender, "birthDate", "developmentNumber", "joinedOn", category, "archiveCertifiedOn",
                             status, "leftOn", "leftReason", "partyAppliedOn", "recommendedOn", "activistOn", "developmentTargetOn", "admittedOn", "recommendationStatus", synthetic, "updatedAt")
       SELECT 'gm' || m.code || lpad(m.i::text, 6, '0'), 'r' || m.code, p.org_id, '团员' || substr(md5(m.code || m.i), 1, 4),
              CASE WHEN m.h1 < 0.52 THEN 'FEMALE'::"Gender" ELSE 'MALE'::"Gender" END,
              m.joined - (365 * 14 + (m.h2 * 2200)::int), to_char(m.joined, 'YYYY') || (50000000 + ${(Number(pp) - 90) * 5_000_000} + (m.idx - 1) * ${M} + m.i)::text, m.joined,
              (ARRAY['JUNIOR_HIGH', 'SENIOR_HIGH', 'VOCATIONAL', 'UNIVERSITY', 'SOCIAL'])[1 + (m.h3 * 5)::int % 5]::"MemberCategory",
              CASE WHEN m.h4 < 0.95 THEN m.joined + (m.h4 * 200)::int % 20 END,
              CASE WHEN m.h6 < 0.03 THEN 'LEFT'::"MemberStatus" ELSE 'ACTIVE'::"MemberStatus" END,
              CASE WHEN m.h6 < 0.03 THEN DATE '2026-01-15' END, CASE WHEN m.h6 < 0.03 THEN 'AGED_OUT'::"MembershipEnd" END,
              CASE WHEN m.pipe THEN m.applied END,
              CASE WHEN m.pipe AND m.h7 < 0.6 THEN m.applied + 60 END,
              CASE WHEN m.pipe AND m.h7 < 0.45 THEN m.applied + 120 END,
              CASE WHEN m.pipe AND m.h7 < 0.25 THEN m.applied + 240 END,
              CASE WHEN m.pipe AND m.h7 < 0.15 AND m.applied + 400 < DATE '2026-06-30' THEN m.applied + 400 END,
              CASE WHEN m.pipe AND m.h7 < 0.6 THEN 'APPROVED'::"RecommendationStatus" ELSE 'NONE'::"RecommendationStatus" END, true, now()
         FROM (SELECT c.idx, c.code, i,
                      DATE '2012-01-01' + (${H("c.code || i || 'j'")} * 5100)::int AS joined,
                      ${H("c.code || i || 'a'")} AS h1, ${H("c.code || i || 'b'")} AS h2, ${H("c.code || i || 'c'")} AS h3, ${H("c.code || i || 'd'")} AS h4,
                      ${H("c.code || i || 'e'")} AS h5, ${H("c.code || i || 'f'")} AS h6, ${H("c.code || i || 'g'")} AS h7,
                      ${H("c.code || i || 'p'")} < 0.04 AS pipe,
                      DATE '2023-01-01' + (${H("c.code || i || 'q'")} * 1000)::int AS applied
                 FROM gen_county c, generate_series(1, ${M}) i) m
         JOIN gen_pick_n pn ON pn.idx = m.idx
         JOIN gen_pick p ON p.idx = m.idx AND p.n = 1 + (m.i % pn.n)`,
    ],
    [
      "memberships",
      `INSERT INTO "Membership" (id, "memberId", "countyId", "organisationId", "startedOn", "endedOn", "endReason")
       SELECT 'gs' || m.id, m.id, m."countyId", m."organisationId", m."joinedOn", m."leftOn", m."leftReason"
         FROM "Member" m WHERE m.id LIKE 'gm${pp}%'`,
    ],
    [
      "registrations",
      `INSERT INTO "MemberRegistration" (id, "memberId", "countyId", "organisationId", year, status, reason, "confirmedById")
       SELECT 'gg' || m.id, m.id, m."countyId", m."organisationId", 2025,
              CASE WHEN ${H("m.id || 'reg'")} < 0.9 THEN 'REGISTERED'::"RegistrationStatus" ELSE 'NOT_REGISTERED'::"RegistrationStatus" END,
              CASE WHEN ${H("m.id || 'reg'")} < 0.9 THEN '' ELSE '外出务工，未能取得联系' END, '${admin.id}'
         FROM "Member" m WHERE m.id LIKE 'gm${pp}%' AND m."joinedOn" <= DATE '2025-12-31'`,
    ],
    [
      "statistics",
      `INSERT INTO "RegionStat" (id, "regionId", "countyId", year, "residentYouth", "residents6to35", "workFundsYuan", "newPartyMembersUnder28", "updatedById", "updatedAt")
       SELECT 'gt' || c.code || y, 'r' || c.code, 'r' || c.code, y, 150000 + (${H("c.code || 'youth'")} * 100000)::int, 250000 + (${H("c.code || 'res'")} * 150000)::int,
              300000 + (${H("c.code || y || 'fund'")} * 400000)::int,
              greatest(1, ceil((SELECT count(*) FROM "Member" m WHERE m."countyId" = 'r' || c.code AND m."admittedOn" >= make_date(y, 1, 1) AND m."admittedOn" < make_date(y + 1, 1, 1)
                                                          AND m."recommendedOn" IS NOT NULL AND m."admittedOn" < m."birthDate" + interval '29 years')
                                / (0.55 + 0.4 * ${H("c.code || y || 'p1'")})))::int,
              '${admin.id}', now()
         FROM gen_county c, generate_series(2023, 2026) y`,
    ],
    [
      "township statistics",
      `INSERT INTO "RegionStat" (id, "regionId", "countyId", year, "residents6to35", "workFundsYuan", "updatedById", "updatedAt")
       SELECT 'gt' || r.code || y, r.id, r."countyId", y, 4000 + (${H("r.code || y || 'r'")} * 12000)::int,
              ((4000 + (${H("r.code || y || 'r'")} * 12000)::int) * (1.5 + 3.5 * ${H("r.code || y || 'w'")}))::int, '${admin.id}', now()
         FROM "Region" r, generate_series(2023, 2026) y
        WHERE r.level = 'TOWNSHIP' AND r.path LIKE '000000/${opts.provinceCode}/%'`,
    ],
    [
      "baselines",
      `INSERT INTO "CountyState" ("countyId", "baselineYear", "baselineSetBy") SELECT 'r' || code, 2020, '${admin.id}' FROM gen_county
       ON CONFLICT ("countyId") DO UPDATE SET "baselineYear" = 2020, "baselineSetBy" = EXCLUDED."baselineSetBy"`,
    ],
  ];

  await db.$transaction(
    async (tx) => {
      for (const [name, sql] of steps) {
        const started = Date.now();
        const n = await tx.$executeRawUnsafe(sql);
        log(`  ${name}: ${n} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      }
    },
    { timeout: 3_600_000, maxWait: 60_000 },
  );
  await db.$executeRawUnsafe(`ANALYZE`);
}
