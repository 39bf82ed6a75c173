import type { Prisma } from "../server/generated/prisma/client.ts";

type Category = Prisma.MemberCreateManyInput["category"];

/** The demo counties' published figures (domain.md §7) that the generated rows must reproduce. */

/** Youth Homes, and units with league organisations, where the reports count them. */
export const COVERAGE: Record<string, { homes: number; homeTownships?: number; units?: { NON_PUBLIC_ENTERPRISE: number; SOCIAL_ORGANISATION: number } }> = {
  "410184": { homes: 18 }, // 新郑市, seed 001
  "430421": { homes: 38, units: { NON_PUBLIC_ENTERPRISE: 97, SOCIAL_ORGANISATION: 0 } }, // 衡阳县, seed 004: all entity-run, every township
  "650422": { homes: 12, homeTownships: 8, units: { NON_PUBLIC_ENTERPRISE: 30, SOCIAL_ORGANISATION: 16 } }, // 托克逊县, seed 000: 46 in all
};

export const date = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** Published figures the rows must reproduce. */
export const PUBLISHED: Record<string, {
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
