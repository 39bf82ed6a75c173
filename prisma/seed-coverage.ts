import type { Prisma } from "../server/generated/prisma/client.ts";
import { COVERAGE, date } from "./demo-figures";

type OrgRow = Prisma.OrganisationCreateManyInput;
type RegionRow = Prisma.RegionCreateManyInput;
type UnitRow = Prisma.UnitCreateManyInput;
type HomeRow = Prisma.YouthHomeCreateManyInput;

/**
 * A county's Youth Homes and its enterprises and social organisations (with the branches of
 * those that have one), drawn from the county's own random stream at its place in the seed.
 */
export function buildCoverageUnits(
  c: { county: RegionRow; code: string; countyId: string; synthetic: boolean; townshipOrgs: OrgRow[]; regions: RegionRow[]; rnd: () => number },
  out: { homes: HomeRow[]; units: UnitRow[]; orgs: OrgRow[] },
) {
  const { county, code, countyId, synthetic, townshipOrgs, regions, rnd } = c;
  // Youth Homes: the published count spread over the townships (all of them where the report
  // says every township is covered), entity-run; generated counties have some in some.
  const cov = COVERAGE[code];
  const homeCount = cov?.homes ?? Math.floor(townshipOrgs.length * (0.4 + rnd() * 0.5));
  const homeTownships = Math.min(cov?.homeTownships ?? townshipOrgs.length, townshipOrgs.length);
  for (let i = 0; i < homeCount; i++) {
    const t = townshipOrgs[i % homeTownships]!;
    const townshipName = regions.find((r) => r.id === t.regionId)?.name ?? "";
    out.homes.push({
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
        out.orgs.push({
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
      out.units.push({
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
}
