/**
 * Plants one set of marked records in every sandbox and decoy township: two organisations, five
 * members (one with a recommendation awaiting decision), a cadre with a post, a coverage unit,
 * two pending transfers, the township's statistics, and history entries. Written straight to the
 * database, so nothing of it depends on the procedures under test.
 *
 * Nothing planted counts in a published figure: organisations are general branches of the
 * government domain at township level (no village coverage, no team, no social organisation, no
 * term), members joined in 2019, the cadre is a committee member of such a branch, the unit is
 * not eligible, statistics are for 2019; schools and Youth Homes (counted by C3 and the Youth Home
 * totals) go only into generated counties.
 */
import type { Db } from "../../db";
import { idCheckChar } from "@/lib/validation/identity";
import { MarkerBook } from "./markers";
import { DECOY_TOWNSHIPS, SCOPE_ACCOUNTS, type TPlace } from "./places";

export type TPlantedSet = {
  place: TPlace;
  orgs: string[];
  orgNames: string[];
  members: { id: string; name: string; developmentNumber: string }[];
  cadres: string[];
  cadreNames: string[];
  positions: string[];
  transfers: string[];
  schools: string[];
  units: string[];
  youthHomes: string[];
};

export type TPlanted = { book: MarkerBook; sets: TPlantedSet[] };

export const PLANTED_YEAR = 2019;
/** The planted member decoy calls use: one valid calls leave alone. */
export const DECOY_RECORD = 4;
const day = (s: string) => new Date(`${s}T00:00:00Z`);
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join("");

async function placeOf(db: Db, townshipCode: string, owner: string | null): Promise<TPlace> {
  const t = await db.region.findUniqueOrThrow({
    where: { code: townshipCode },
    select: {
      id: true,
      name: true,
      path: true,
      level: true,
      parent: { select: { id: true, code: true, name: true, path: true, synthetic: true, parent: { select: { id: true, code: true, path: true } } } },
    },
  });
  if (t.level !== "TOWNSHIP" || !t.parent?.parent) throw new Error(`${townshipCode} is not a township of the demo data`);
  const { parent: prefecture, ...county } = t.parent;
  return { townshipCode, townshipId: t.id, townshipName: t.name, path: t.path, county, prefecture, owner };
}

/**
 * An ID number valid under GB 11643 for the birth date, in an area no demo person has (Beijing's
 * 1101xx). The area's last two digits are random too: with the birth date and sequence alone, two
 * workers planting at once drew the same number often enough to fail a run now and then.
 */
function idNumber(birth: string) {
  const body = `1101${digits(2)}${birth.replace(/-/g, "")}${digits(3)}`;
  return body + idCheckChar(body);
}

async function plantSet(db: Db, book: MarkerBook, place: TPlace, adminId: string): Promise<TPlantedSet> {
  const where = `${place.townshipName}（${place.county.name}）`;
  const mark = (what: string, kind: "marker" | "directory" = "marker") => book.token(kind, place, `${where} ${what}`);
  const countyId = place.county.id;
  const set: TPlantedSet = { place, orgs: [], orgNames: [], members: [], cadres: [], cadreNames: [], positions: [], transfers: [], schools: [], units: [], youthHomes: [] };

  for (const label of ["A", "B"]) {
    const idToken = mark(`organisation ${label} id`, "directory");
    const nameToken = mark(`organisation ${label} name`, "directory");
    const id = `x${idToken}`;
    const name = `${place.townshipName}测试团总支${label}${nameToken}`;
    book.belongsTo(idToken, id);
    book.belongsTo(nameToken, id);
    await db.organisation.create({
      data: {
        id,
        name,
        note: mark(`organisation ${label} note`),
        type: "GENERAL_BRANCH",
        domain: "GOVERNMENT",
        regionId: place.townshipId,
        countyId,
        parentId: `o${place.townshipCode}`,
        synthetic: true,
      },
    });
    set.orgs.push(id);
    set.orgNames.push(name);
  }
  const [orgA, orgB] = set.orgs as [string, string];

  const person = (i: number) => {
    // Random birth dates keep the ID numbers unique across runs on the same database.
    const birthDate = `${1990 + Math.floor(Math.random() * 10)}-0${1 + Math.floor(Math.random() * 9)}-${String(10 + Math.floor(Math.random() * 18))}`;
    return {
      birthDate: day(birthDate),
      idNumber: book.value(idNumber(birthDate), "personal", place, `${where} person ${i} ID number`, countyId),
      phone: book.value(`199${digits(8)}`, "personal", place, `${where} person ${i} phone`, countyId),
    };
  };
  for (let i = 0; i <= DECOY_RECORD; i++) {
    const id = `x${mark(`member ${i} id`)}`;
    const name = `测试${mark(`member ${i} name`)}`;
    const developmentNumber = `${PLANTED_YEAR}${digits(8)}`;
    // Member 0 has a recommendation awaiting the superior organisation's decision.
    const recommended = i === 0 ? { partyAppliedOn: day("2019-06-01"), recommendedOn: day("2019-07-01"), recommendationStatus: "PENDING" as const } : {};
    await db.member.create({
      data: { id, name, developmentNumber, countyId, organisationId: orgA, gender: i % 2 ? "FEMALE" : "MALE", ...person(i), joinedOn: day("2019-05-04"), category: "UNIVERSITY", archiveCertifiedOn: day("2019-05-10"), synthetic: true, ...recommended },
    });
    await db.membership.create({ data: { memberId: id, countyId, organisationId: orgA, startedOn: day("2019-05-04") } });
    set.members.push({ id, name, developmentNumber });
  }

  const cadreId = `x${mark("cadre id")}`;
  const positionId = `x${mark("post id")}`;
  const cadreName = `测试${mark("cadre name")}`;
  await db.cadre.create({
    data: {
      id: cadreId,
      countyId,
      name: cadreName,
      gender: "FEMALE",
      ...person(DECOY_RECORD + 1),
      education: "BACHELOR",
      staffingType: "PART_TIME",
      source: "OTHER",
      synthetic: true,
      positions: { create: { id: positionId, organisationId: orgA, countyId, post: "COMMITTEE_MEMBER", startedOn: day("2019-05-04") } },
    },
  });
  set.cadres.push(cadreId);
  set.cadreNames.push(cadreName);
  set.positions.push(positionId);

  for (const member of set.members.slice(2, 4)) {
    const id = `x${mark("transfer id")}`;
    await db.memberTransfer.create({
      data: { id, memberId: member.id, openMemberId: member.id, fromOrgId: orgA, toOrgId: orgB, fromCountyId: countyId, toCountyId: countyId, note: mark("transfer note"), requestedById: adminId, expiresAt: new Date(Date.now() + 30 * 86_400_000) },
    });
    set.transfers.push(id);
  }

  const unitId = `x${mark("unit id")}`;
  await db.unit.create({ data: { id: unitId, countyId, regionId: place.townshipId, name: `${place.townshipName}测试协会${mark("unit name")}`, kind: "SOCIAL_ORGANISATION", synthetic: true } });
  set.units.push(unitId);
  if (place.county.synthetic) {
    const schoolId = `x${mark("school id")}`;
    await db.school.create({ data: { id: schoolId, countyId, regionId: place.townshipId, name: `${place.townshipName}测试中学${mark("school name")}`, kind: "MIDDLE", synthetic: true } });
    set.schools.push(schoolId);
    const homeId = `x${mark("Youth Home id")}`;
    await db.youthHome.create({
      data: { id: homeId, countyId, regionId: place.townshipId, name: `${place.townshipName}测试青年之家${mark("Youth Home name")}`, address: mark("Youth Home address"), synthetic: true },
    });
    set.youthHomes.push(homeId);
  }

  // Statistics carry numbers no demo figure has; a value is a marker only as a whole number.
  const stat = (what: string) => Number(book.value(`8${digits(7)}`, "marker", place, `${where} ${PLANTED_YEAR} statistics ${what}`));
  const figures = { residentYouth: stat("resident youth"), residents6to35: stat("residents 6–35"), workFundsYuan: stat("work funds"), newPartyMembersUnder28: null, updatedById: adminId };
  await db.regionStat.upsert({
    where: { regionId_year: { regionId: place.townshipId, year: PLANTED_YEAR } },
    create: { regionId: place.townshipId, countyId, year: PLANTED_YEAR, ...figures },
    update: figures,
  });

  const history = (entity: string, entityId: string, after: object) =>
    db.auditEntry.create({ data: { actorId: adminId, action: "update", entity, entityId, countyId, before: {}, after: after as never } });
  await history("Organisation", orgA, { note: mark("organisation A history") });
  const m0 = await db.member.findUniqueOrThrow({ where: { id: set.members[0]!.id }, select: { idNumber: true, phone: true } });
  await history("Member", set.members[0]!.id, { note: mark("member 0 history"), idNumber: m0.idNumber, phone: m0.phone });
  await history("Cadre", cadreId, { note: mark("cadre history") });
  await history("Unit", unitId, { name: mark("unit history") });
  return set;
}

/** Plants a set in every sandbox and decoy township, each marker registered in a fresh book. */
export async function plantScopeData(db: Db): Promise<TPlanted> {
  const book = new MarkerBook();
  const admin = await db.user.findUniqueOrThrow({ where: { username: "admin" }, select: { id: true } });
  const places = [
    ...SCOPE_ACCOUNTS.map((a) => ({ code: a.sandbox, owner: a.username })),
    ...DECOY_TOWNSHIPS.map((code) => ({ code, owner: null })),
  ];
  const sets: TPlantedSet[] = [];
  for (const p of places) sets.push(await plantSet(db, book, await placeOf(db, p.code, p.owner), admin.id));
  return { book, sets };
}
