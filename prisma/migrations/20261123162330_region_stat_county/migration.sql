-- Every county-scoped table carries its county: statistics too, filled from their region.
-- AlterTable
ALTER TABLE "RegionStat" ADD COLUMN     "countyId" TEXT;
UPDATE "RegionStat" s SET "countyId" = r."countyId" FROM "Region" r WHERE r.id = s."regionId";
ALTER TABLE "RegionStat" ALTER COLUMN "countyId" SET NOT NULL;

-- CreateIndex
CREATE INDEX "RegionStat_countyId_year_idx" ON "RegionStat"("countyId", "year");
