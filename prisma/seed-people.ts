/**
 * Demo cadres, schools and members. Where the reports publish a figure (domain.md §7) the rows
 * are laid out so that counting them gives exactly that figure; the rest is generated.
 */
import type { Prisma } from "../server/generated/prisma/client.ts";
import { idCheckChar } from "../lib/validation/identity";
import { PUBLISHED, date } from "./demo-figures";
import { random } from "./random";
import { buildCoverageUnits } from "./seed-coverage";

type OrgRow = Prisma.OrganisationCreateManyInput;
type RegionRow = Prisma.RegionCreateManyInput;
type CadreRow = Prisma.CadreCreateManyInput;
type PositionRow = Prisma.CadrePositionCreateManyInput;
type MemberRow = Prisma.MemberCreateManyInput;
type Category = MemberRow["category"];
type SchoolRow = Prisma.SchoolCreateManyInput;
type UnitRow = Prisma.UnitCreateManyInput;
type HomeRow = Prisma.YouthHomeCreateManyInput;

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

    buildCoverageUnits({ county, code, countyId, synthetic, townshipOrgs, regions, rnd }, { homes, units, orgs: schools });

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
