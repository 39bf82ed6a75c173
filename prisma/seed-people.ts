/**
 * Demo cadres, schools and members. Where the reports publish a figure (domain.md §7) the rows
 * are laid out so that counting them gives exactly that figure; the rest is generated.
 */
import type { Prisma } from "../server/generated/prisma/client.ts";
import { idCheckChar } from "../lib/validation/identity";

type OrgRow = Prisma.OrganisationCreateManyInput;
type RegionRow = Prisma.RegionCreateManyInput;
type CadreRow = Prisma.CadreCreateManyInput;
type PositionRow = Prisma.CadrePositionCreateManyInput;
type MemberRow = Prisma.MemberCreateManyInput;
type Category = MemberRow["category"];
type SchoolRow = Prisma.SchoolCreateManyInput;
type UnitRow = Prisma.UnitCreateManyInput;
type HomeRow = Prisma.YouthHomeCreateManyInput;

/** Youth Homes, and units with league organisations, where the reports count them. */
const COVERAGE: Record<string, { homes: number; homeTownships?: number; units?: { NON_PUBLIC_ENTERPRISE: number; SOCIAL_ORGANISATION: number } }> = {
  "410184": { homes: 18 }, // 新郑市, seed 001
  "430421": { homes: 38, units: { NON_PUBLIC_ENTERPRISE: 97, SOCIAL_ORGANISATION: 0 } }, // 衡阳县, seed 004: all entity-run, every township
  "650422": { homes: 12, homeTownships: 8, units: { NON_PUBLIC_ENTERPRISE: 30, SOCIAL_ORGANISATION: 16 } }, // 托克逊县, seed 000: 46 in all
};

const date = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** Published figures the rows must reproduce. */
const PUBLISHED: Record<string, {
  secretaries?: { young35?: number; born1990?: number; women?: number; twoCommittees?: number; college?: number };
  extraVillageMembers?: number;
  collegeDeputies?: number;
  countyStrength?: { FULL_TIME: number; SECONDED: number; PART_TIME: number };
  /** County committee strength before the reform: that many of the workers started before 2021. */
  strengthBefore?: number;
  schools?: { middle: number; vocational: number };
  cohort?: { year: number; counts: Record<Category, number> };
  admittedByRecommendation?: { year: number; count: number };
  pipeline?: { year: number; applied: number; activists: number; targets: number };
}> = {
  // 新郑市, seed 001
  "410184": {
    secretaries: { young35: 285, women: 85, twoCommittees: 214 },
    extraVillageMembers: 2,
    collegeDeputies: 15,
    countyStrength: { FULL_TIME: 5, SECONDED: 4, PART_TIME: 8 },
    strengthBefore: 7,
    schools: { middle: 36, vocational: 3 },
    cohort: { year: 2021, counts: { JUNIOR_HIGH: 1360, SENIOR_HIGH: 680, VOCATIONAL: 110, UNIVERSITY: 0, SOCIAL: 70 } },
    admittedByRecommendation: { year: 2021, count: 51 },
  },
  // 衡阳县, seed 004
  "430421": {
    secretaries: { born1990: 254, college: 276, twoCommittees: 319 },
    collegeDeputies: 41,
    countyStrength: { FULL_TIME: 4, SECONDED: 3, PART_TIME: 7 },
    strengthBefore: 2,
    schools: { middle: 75, vocational: 8 },
  },
  // 托克逊县, seed 000
  "650422": {
    schools: { middle: 8, vocational: 0 },
    pipeline: { year: 2022, applied: 131, activists: 38, targets: 15 },
  },
};

function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢";
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建文斌宇浩凯琳晨欣悦婷雪梅佳鑫";

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * Indices 0..n-1 in a fixed scattered order (a permutation: the step is made coprime with n),
 * so the subsets that carry a published count spread over the townships.
 */
const scatter = (i: number, n: number, k: number) => {
  let step = k;
  while (gcd(step, n) !== 1) step++;
  return (i * step + 7) % n;
};

export function buildPeople(regions: RegionRow[], orgs: OrgRow[]) {
  const cadres: CadreRow[] = [];
  const positions: PositionRow[] = [];
  const members: MemberRow[] = [];
  const schools: OrgRow[] = [];
  const schoolRows: SchoolRow[] = [];
  const units: UnitRow[] = [];
  const homes: HomeRow[] = [];
  /** Members of generated counties admitted to the Party through the League, per year. */
  const intake: { countyId: string; year: number; admitted: number }[] = [];
  const ids = new Set<string>();
  const level = new Map(regions.map((r) => [r.id, r.level]));
  const counties = regions.filter((r) => r.level === "COUNTY");

  counties.forEach((county, countyIndex) => {
    const code = county.code;
    const countyId = county.id!;
    const pub = PUBLISHED[code] ?? {};
    const synthetic = county.synthetic ?? false;
    const rnd = random(Number(code) * 7);
    let serial = 0;
    let devSerial = 0;

    const idFor = (birth: Date, female: boolean) => {
      const ymd = birth.toISOString().slice(0, 10).replace(/-/g, "");
      for (let seq = Math.floor(rnd() * 400) * 2; ; seq++) {
        if (seq % 2 === (female ? 1 : 0)) continue; // the 17th digit is odd for men, even for women
        const body = `${code}${ymd}${String(seq % 1000).padStart(3, "0")}`;
        const id = body + idCheckChar(body);
        if (!ids.has(id)) {
          ids.add(id);
          return id;
        }
      }
    };
    const name = () => `${SURNAMES[Math.floor(rnd() * SURNAMES.length)]}${GIVEN[Math.floor(rnd() * GIVEN.length)]}${rnd() < 0.5 ? GIVEN[Math.floor(rnd() * GIVEN.length)] : ""}`;
    const phone = () => `1${3 + Math.floor(rnd() * 7)}${String(Math.floor(rnd() * 1e9)).padStart(9, "0")}`;
    const birth = (from: number, to: number) => date(from + Math.floor(rnd() * (to - from + 1)), 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28));

    const addCadre = (c: Omit<CadreRow, "id" | "countyId" | "idNumber" | "phone" | "name" | "gender"> & { female: boolean }, at: { orgId: string; post: PositionRow["post"]; startedOn: Date }) => {
      const id = `c${code}${String(++serial).padStart(5, "0")}`;
      const { female, ...rest } = c;
      cadres.push({ ...rest, id, countyId, name: name(), gender: female ? "FEMALE" : "MALE", idNumber: idFor(c.birthDate as Date, female), phone: phone(), synthetic });
      positions.push({ cadreId: id, organisationId: at.orgId, countyId, post: at.post, startedOn: at.startedOn });
    };

    const countyOrgs = orgs.filter((o) => o.countyId === countyId);
    const committee = countyOrgs.find((o) => o.type === "COUNTY_COMMITTEE")!;
    const townshipOrgs = countyOrgs.filter((o) => level.get(o.regionId) === "TOWNSHIP");
    const branches = countyOrgs.filter((o) => o.type === "BRANCH" && ["VILLAGE", "COMMUNITY"].includes(level.get(o.regionId) ?? ""));
    const term = date(2021, 5, 4);

    // County committee strength (S1): full-time, seconded and part-time workers.
    const strength = pub.countyStrength ?? { FULL_TIME: 2 + Math.floor(rnd() * 3), SECONDED: 1 + Math.floor(rnd() * 3), PART_TIME: 3 + Math.floor(rnd() * 5) };
    const before = pub.strengthBefore ?? Math.max(1, Math.floor((strength.FULL_TIME + strength.SECONDED + strength.PART_TIME) / 3));
    let k = 0;
    for (const [staffingType, n] of Object.entries(strength) as [CadreRow["staffingType"], number][]) {
      for (let i = 0; i < n; i++, k++) {
        addCadre(
          { female: rnd() < 0.45, birthDate: birth(1983, 1998), education: rnd() < 0.7 ? "BACHELOR" : "POSTGRADUATE", staffingType, source: staffingType === "FULL_TIME" ? "CIVIL_SERVICE" : staffingType === "SECONDED" ? "TEACHER" : "ENTERPRISE", inVillageCommittees: false },
          { orgId: committee.id!, post: k === 0 ? "SECRETARY" : k <= 2 ? "DEPUTY_SECRETARY" : "STAFF", startedOn: k < before ? date(2018, 3, 1) : term },
        );
      }
    }

    // Township teams: 1 secretary, 1–2 deputies, 7–9 members; generated counties fall short here and there.
    const collegeDeputies = pub.collegeDeputies ?? townshipOrgs.length;
    townshipOrgs.forEach((t, ti) => {
      const short = synthetic && rnd() < 0.25;
      const college = Math.floor(collegeDeputies / townshipOrgs.length) + (ti < collegeDeputies % townshipOrgs.length ? 1 : 0);
      const team: [PositionRow["post"], CadreRow["source"], CadreRow["staffingType"]][] = [["SECRETARY", "CIVIL_SERVICE", "FULL_TIME"]];
      for (let i = 0; i < college; i++) team.push(["DEPUTY_SECRETARY", "COLLEGE_STUDENT", "PART_TIME"]);
      if (college < 2 && rnd() < 0.5) team.push(["DEPUTY_SECRETARY", "CIVIL_SERVICE", "PART_TIME"]);
      const committeeMembers = short ? 4 + Math.floor(rnd() * 3) : 7 + Math.floor(rnd() * 3);
      for (let i = 0; i < committeeMembers; i++) team.push(["COMMITTEE_MEMBER", rnd() < 0.5 ? "TEACHER" : "ENTERPRISE", "PART_TIME"]);
      for (const [post, source, staffingType] of team) {
        addCadre(
          { female: rnd() < 0.45, birthDate: birth(1988, 2001), education: source === "COLLEGE_STUDENT" ? "BACHELOR" : rnd() < 0.6 ? "BACHELOR" : "JUNIOR_COLLEGE", staffingType, source, inVillageCommittees: false },
          { orgId: t.id!, post, startedOn: term },
        );
      }
    });

    // Village branch teams: 1 secretary and 2 members, with the published secretary profile.
    const s = pub.secretaries;
    const n = branches.length;
    branches.forEach((b, i) => {
      const young = s?.young35 !== undefined ? scatter(i, n, 37) < s.young35 : s?.born1990 !== undefined ? true : rnd() < 0.8;
      const born = s?.born1990 !== undefined ? (scatter(i, n, 53) < s.born1990 ? birth(1990, 2000) : birth(1980, 1989)) : young ? birth(1988, 1999) : birth(1975, 1985);
      const female = s?.women !== undefined ? scatter(i, n, 41) < s.women : rnd() < 0.35;
      const two = s?.twoCommittees !== undefined ? scatter(i, n, 61) < s.twoCommittees : rnd() < 0.6;
      const college = s?.college !== undefined ? scatter(i, n, 29) < s.college : rnd() < 0.5;
      addCadre(
        { female, birthDate: born, education: college ? (rnd() < 0.5 ? "JUNIOR_COLLEGE" : "BACHELOR") : "SENIOR_HIGH", staffingType: "PART_TIME", source: two ? "VILLAGE_COMMITTEES" : "OTHER", inVillageCommittees: two },
        { orgId: b.id!, post: "SECRETARY", startedOn: term },
      );
      const memberCount = synthetic && rnd() < 0.12 ? 1 : 2 + (i < (pub.extraVillageMembers ?? 0) ? 1 : 0);
      for (let j = 0; j < memberCount; j++) {
        addCadre(
          { female: rnd() < 0.45, birthDate: birth(1990, 2003), education: rnd() < 0.4 ? "JUNIOR_COLLEGE" : "SENIOR_HIGH", staffingType: "PART_TIME", source: "OTHER", inVillageCommittees: false },
          { orgId: b.id!, post: "COMMITTEE_MEMBER", startedOn: term },
        );
      }
    });

    // Schools with league committees (C3 counts those with a league school).
    const sc = pub.schools ?? { middle: 3 + Math.floor(rnd() * 6), vocational: rnd() < 0.6 ? 1 : 0 };
    const schoolOrgs: OrgRow[] = [];
    for (let i = 0; i < sc.middle + sc.vocational; i++) {
      const vocational = i >= sc.middle;
      const township = townshipOrgs[i % townshipOrgs.length]!;
      const schoolName = vocational ? `${county.name}第${i - sc.middle + 1}职业中专` : `${county.name}第${i + 1}中学`;
      const org: OrgRow = {
        id: `s${code}${String(i + 1).padStart(3, "0")}`,
        name: `共青团${schoolName}委员会`,
        type: "COMMITTEE",
        domain: vocational ? "VOCATIONAL_SCHOOL" : "MIDDLE_SCHOOL",
        setupMode: "PARTY_LED",
        regionId: township.regionId,
        countyId,
        parentId: committee.id,
        foundedOn: date(1985 + (i % 30), 9, 1),
        termStartedOn: date(2021, 9, 1),
        synthetic,
      };
      schoolOrgs.push(org);
    }
    schools.push(...schoolOrgs);
    for (const org of schoolOrgs) {
      const has = !synthetic || rnd() < 0.75;
      schoolRows.push({
        id: `sc${org.id!.slice(1)}`,
        countyId,
        regionId: org.regionId,
        name: org.name.replace(/^共青团/, "").replace(/委员会$/, ""),
        kind: org.domain === "VOCATIONAL_SCHOOL" ? "VOCATIONAL" : "MIDDLE",
        organisationId: org.id,
        hasLeagueSchool: has,
        leagueSchoolLevel: has && rnd() < 0.3 ? (rnd() < 0.7 ? "COUNTY" : "PREFECTURE") : "NONE",
        synthetic,
      });
    }

    // Youth Homes: the published count spread over the townships (all of them where the report
    // says every township is covered), entity-run; generated counties have some in some.
    const cov = COVERAGE[code];
    const homeCount = cov?.homes ?? Math.floor(townshipOrgs.length * (0.4 + rnd() * 0.5));
    const homeTownships = Math.min(cov?.homeTownships ?? townshipOrgs.length, townshipOrgs.length);
    for (let i = 0; i < homeCount; i++) {
      const t = townshipOrgs[i % homeTownships]!;
      const townshipName = regions.find((r) => r.id === t.regionId)?.name ?? "";
      homes.push({
        id: `yh${code}${String(i + 1).padStart(3, "0")}`,
        countyId,
        regionId: t.regionId,
        name: `${townshipName}青年之家${i >= homeTownships ? `（${Math.floor(i / homeTownships) + 1}）` : ""}`,
        address: `${county.name}${townshipName}`,
        openedOn: date(2017 + (i % 6), 1 + (i % 12), 1),
        entityRun: cov ? true : rnd() < 0.7,
        organisationId: t.id,
        synthetic: synthetic || !cov,
      });
    }

    // Enterprises and social organisations: those the reports count have an organisation; a few
    // eligible ones still lack one.
    const unitCounts = cov?.units ?? { NON_PUBLIC_ENTERPRISE: 3 + Math.floor(rnd() * 8), SOCIAL_ORGANISATION: 1 + Math.floor(rnd() * 5) };
    let u = 0;
    for (const [kind, count] of Object.entries(unitCounts) as [UnitRow["kind"], number][]) {
      for (let i = 0; i < count + 2; i++, u++) {
        const t = townshipOrgs[u % townshipOrgs.length]!;
        const unitName = `${county.name}${kind === "NON_PUBLIC_ENTERPRISE" ? "企业" : "社会组织"}${u + 1}${kind === "NON_PUBLIC_ENTERPRISE" ? "有限公司" : "协会"}`;
        let organisationId: string | null = null;
        if (i < count) {
          organisationId = `u${code}${String(u + 1).padStart(4, "0")}`;
          schools.push({
            id: organisationId,
            name: `共青团${unitName}支部委员会`,
            type: "BRANCH",
            domain: kind,
            setupMode: kind === "NON_PUBLIC_ENTERPRISE" ? "INDUSTRY_CHAIN" : "TRADE",
            regionId: t.regionId,
            countyId,
            parentId: t.id,
            foundedOn: date(2021 + (u % 3), 1 + (u % 12), 1),
            termStartedOn: date(2021 + (u % 3), 1 + (u % 12), 1),
            synthetic,
          });
        }
        units.push({
          id: `un${code}${String(u + 1).padStart(4, "0")}`,
          countyId,
          regionId: t.regionId,
          name: unitName,
          kind,
          memberCount: 3 + Math.floor(rnd() * 20),
          youngStaffCount: 5 + Math.floor(rnd() * 60),
          organisationId,
          synthetic: synthetic || !cov?.units,
        });
      }
    }
    // Each township's temporary branch that receives graduates (学社衔接).
    for (const t of townshipOrgs) {
      const townshipName = regions.find((r) => r.id === t.regionId)?.name ?? "";
      schools.push({
        id: `t${t.regionId.slice(1)}`,
        name: `${townshipName}学社衔接临时团支部`,
        type: "TEMPORARY_BRANCH",
        domain: "COMMUNITY",
        setupMode: "TOWNSHIP_OFFICES",
        regionId: t.regionId,
        countyId,
        parentId: t.id,
        foundedOn: date(2021, 7, 1),
        termStartedOn: date(2021, 7, 1),
        synthetic,
      });
    }

    // Members.
    const devNumber = (year: number) => `${year}${String(countyIndex).padStart(3, "0")}${String(++devSerial).padStart(5, "0")}`;
    const addMember = (m: Omit<MemberRow, "id" | "countyId" | "developmentNumber" | "name" | "idNumber" | "phone" | "gender"> & { female: boolean; year: number }) => {
      const { female, year, ...rest } = m;
      members.push({ ...rest, recommendationStatus: m.recommendedOn ? "APPROVED" : "NONE", id: `m${code}${String(devSerial + 1).padStart(6, "0")}`, countyId, developmentNumber: devNumber(year), name: name(), gender: female ? "FEMALE" : "MALE", idNumber: idFor(m.birthDate as Date, female), phone: rnd() < 0.7 ? phone() : null, synthetic });
    };
    const middle = schoolOrgs.filter((o) => o.domain === "MIDDLE_SCHOOL");
    const vocational = schoolOrgs.filter((o) => o.domain === "VOCATIONAL_SCHOOL");
    const orgFor = (category: Category, i: number) => {
      const pool = category === "JUNIOR_HIGH" || category === "SENIOR_HIGH" ? middle : category === "VOCATIONAL" ? vocational : branches;
      return (pool.length ? pool : branches)[i % (pool.length || branches.length)]!.id!;
    };
    const BIRTH: Record<Category, [number, number]> = { JUNIOR_HIGH: [14, 15], SENIOR_HIGH: [16, 17], VOCATIONAL: [16, 17], UNIVERSITY: [18, 20], SOCIAL: [18, 26] };
    const joinMember = (category: Category, year: number, i: number, extra: Partial<Pick<MemberRow, "archiveCertifiedOn" | "partyAppliedOn" | "recommendedOn" | "activistOn" | "developmentTargetOn" | "admittedOn">> = {}) => {
      const [a, b] = BIRTH[category];
      const age = a + Math.floor(rnd() * (b - a + 1));
      const joinedOn = date(year, 1 + Math.floor(rnd() * 11), 1 + Math.floor(rnd() * 27));
      // Born at least `age` whole years before joining, so nobody joins under 14.
      const birthDate = date(year - age - 1, joinedOn.getUTCMonth() + 1, 1 + Math.floor(rnd() * 27));
      // E-archives are certified within a fortnight of joining (most of the older cohorts too).
      const certified = year >= 2021 || rnd() < 0.9 ? new Date(joinedOn.getTime() + (i % 14) * 86_400_000) : null;
      addMember({ female: rnd() < 0.5, year, birthDate, joinedOn, category, organisationId: orgFor(category, i), archiveCertifiedOn: certified, ...extra });
    };

    if (pub.cohort) {
      let i = 0;
      for (const [category, count] of Object.entries(pub.cohort.counts) as [Category, number][]) {
        for (let j = 0; j < count; j++) joinMember(category, pub.cohort.year, i++);
      }
    }
    // Earlier cohorts, never in a published cohort's year.
    const older = synthetic ? branches.length * 2 : Math.max(300, branches.length * 3);
    for (let i = 0; i < older; i++) {
      let year = 2016 + Math.floor(rnd() * 9);
      if (pub.cohort && year === pub.cohort.year) year = 2020;
      const category: Category = rnd() < 0.5 ? "SOCIAL" : rnd() < 0.5 ? "SENIOR_HIGH" : "JUNIOR_HIGH";
      joinMember(category, year, i);
    }
    if (pub.admittedByRecommendation) {
      const y = pub.admittedByRecommendation.year;
      for (let i = 0; i < pub.admittedByRecommendation.count; i++) {
        // Joined in senior high in 2014, so 28 or younger when admitted.
        joinMember("SENIOR_HIGH", 2014, i, {
          partyAppliedOn: date(y - 2, 3, 10),
          recommendedOn: date(y - 2, 6, 20),
          activistOn: date(y - 2, 9, 1),
          developmentTargetOn: date(y - 1, 9, 1),
          admittedOn: date(y, 1 + (i % 12), 1),
        });
      }
    }
    if (pub.pipeline) {
      const { year: y, applied, activists, targets } = pub.pipeline;
      for (let i = 0; i < applied; i++) {
        joinMember("SENIOR_HIGH", 2017, i, {
          partyAppliedOn: date(y, 2, 1 + (i % 27)),
          recommendedOn: i < activists ? date(y, 5, 4) : null,
          activistOn: i < activists ? date(y, 6, 1) : null,
          developmentTargetOn: i < targets ? date(y, 11, 1) : null,
        });
      }
    }
    // Generated counties admit a few recommended members every year, so their P1 has a numerator.
    if (synthetic) {
      for (let y = 2021; y <= 2025; y++) {
        const admitted = 3 + Math.floor(rnd() * 6);
        intake.push({ countyId, year: y, admitted });
        for (let i = 0; i < admitted; i++) {
          joinMember("SENIOR_HIGH", 2015, i, {
            partyAppliedOn: date(y - 2, 4, 1 + i),
            recommendedOn: date(y - 2, 6, 20),
            activistOn: date(y - 2, 9, 1),
            developmentTargetOn: date(y - 1, 9, 1),
            admittedOn: date(y, 1 + (i % 12), 15),
          });
        }
      }
    }
    // This year's recommendations still before the superior organisation, and one it turned down.
    for (let i = 0; i < 3; i++) {
      joinMember("SOCIAL", 2019, i, { partyAppliedOn: date(2026, 3, 2 + i), recommendedOn: date(2026, 5, 4 + i) });
      members[members.length - 1]!.recommendationStatus = i < 2 ? "PENDING" : "REJECTED";
      if (i === 2) members[members.length - 1]!.recommendationComment = "入党申请书与推优材料不一致，请补充后重新推荐";
    }
  });
  return { cadres, positions, members, schools, schoolRows, units, homes, intake };
}

/** Each demo member's membership: the organisation they joined, from the day they joined. */
export function buildMemberships(members: Prisma.MemberCreateManyInput[]): Prisma.MembershipCreateManyInput[] {
  return members.map((m) => ({ id: `ms${m.id}`, memberId: m.id!, countyId: m.countyId, organisationId: m.organisationId, startedOn: m.joinedOn }));
}

const NOT_REGISTERED_REASONS = ["外出务工，未能取得联系", "已参军入伍，关系待转", "长期在外地就学"];

/**
 * Annual registration of the years 2023–2025 for everyone who was a member by the end of the year:
 * nearly all registered, about one in twenty-five not, with the reason. This year's registration
 * has not been recorded yet, and the dashboards say so.
 */
export function buildRegistrations(members: Prisma.MemberCreateManyInput[]): Omit<Prisma.MemberRegistrationCreateManyInput, "confirmedById">[] {
  const out: Omit<Prisma.MemberRegistrationCreateManyInput, "confirmedById">[] = [];
  members.forEach((m, i) => {
    for (const year of [2023, 2024, 2025]) {
      if ((m.joinedOn as Date) > date(year, 12, 31)) continue;
      const missed = (i * 7 + year) % 25 === 0;
      out.push({
        id: `g${m.id}-${year}`,
        memberId: m.id!,
        countyId: m.countyId,
        organisationId: m.organisationId,
        year,
        status: missed ? "NOT_REGISTERED" : "REGISTERED",
        reason: missed ? NOT_REGISTERED_REASONS[i % NOT_REGISTERED_REASONS.length]! : "",
        confirmedAt: date(year, 6, 30),
      });
    }
  });
  return out;
}
