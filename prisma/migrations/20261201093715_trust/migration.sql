-- CreateEnum
CREATE TYPE "TransferSide" AS ENUM ('FROM', 'TO');

-- CreateEnum
CREATE TYPE "MembershipEnd" AS ENUM ('TRANSFER', 'MOVE', 'AGED_OUT', 'LEFT');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('REGISTERED', 'NOT_REGISTERED');

-- AlterEnum
ALTER TYPE "TransferStatus" ADD VALUE 'WITHDRAWN';

-- AlterTable
ALTER TABLE "CadrePosition" ADD COLUMN     "endedAt" TIMESTAMP(3),
ADD COLUMN     "endedById" TEXT;

-- AlterTable
ALTER TABLE "IndicatorFact" ADD COLUMN     "settingsHash" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "archiveCertifiedOn" DATE,
ADD COLUMN     "leftOn" DATE,
ADD COLUMN     "leftReason" "MembershipEnd",
ADD COLUMN     "recommendationDecidedAt" TIMESTAMP(3),
ADD COLUMN     "recommendationDecidedById" TEXT;

-- AlterTable
ALTER TABLE "MemberTransfer" ADD COLUMN     "openMemberId" TEXT,
ADD COLUMN     "startedBy" "TransferSide" NOT NULL DEFAULT 'FROM';

-- AlterTable
ALTER TABLE "RegionStat" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "countyId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "startedOn" DATE NOT NULL,
    "endedOn" DATE,
    "endReason" "MembershipEnd",

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemberRegistration" (
    "id" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "countyId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "RegistrationStatus" NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "confirmedById" TEXT NOT NULL,
    "confirmedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "MemberRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CountyChange" (
    "id" BIGSERIAL NOT NULL,
    "countyId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CountyChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Membership_countyId_startedOn_idx" ON "Membership"("countyId", "startedOn");

-- CreateIndex
CREATE INDEX "Membership_memberId_startedOn_idx" ON "Membership"("memberId", "startedOn");

-- CreateIndex
CREATE INDEX "Membership_organisationId_idx" ON "Membership"("organisationId");

-- CreateIndex
CREATE INDEX "MemberRegistration_countyId_year_idx" ON "MemberRegistration"("countyId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "MemberRegistration_memberId_year_key" ON "MemberRegistration"("memberId", "year");

-- CreateIndex
CREATE INDEX "CountyChange_countyId_idx" ON "CountyChange"("countyId");

-- CreateIndex
CREATE UNIQUE INDEX "MemberTransfer_openMemberId_key" ON "MemberTransfer"("openMemberId");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberRegistration" ADD CONSTRAINT "MemberRegistration_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Data kept before this change, carried into its dated form -------------------------------------

-- A certified e-archive is taken as certified on the day of joining.
UPDATE "Member" SET "archiveCertifiedOn" = "joinedOn" WHERE "archiveCertified";

-- The last registration year becomes that year's registration, confirmed by the first administrator.
INSERT INTO "MemberRegistration" (id, "memberId", "countyId", "organisationId", year, status, "confirmedById")
SELECT 'g' || m.id || '-' || m."registeredYear", m.id, m."countyId", m."organisationId", m."registeredYear", 'REGISTERED',
       COALESCE((SELECT u.id FROM "User" u WHERE u.role = 'ADMIN' ORDER BY u."createdAt" LIMIT 1), 'system')
  FROM "Member" m WHERE m."registeredYear" IS NOT NULL;

ALTER TABLE "Member" DROP COLUMN "archiveCertified", DROP COLUMN "registeredYear";

-- Memberships from the transfers already approved: joined in the first "from" organisation (or the
-- current one when the member never moved), then one membership per approved transfer.
WITH moves AS (
  SELECT t."memberId", t."fromOrgId", t."toOrgId", t."fromCountyId", t."toCountyId", t."decidedAt"::date AS day,
         row_number() OVER (PARTITION BY t."memberId" ORDER BY t."decidedAt", t.id) AS n
    FROM "MemberTransfer" t WHERE t.status = 'APPROVED' AND t."decidedAt" IS NOT NULL
), firsts AS (
  SELECT m.id AS "memberId", COALESCE(f."fromOrgId", m."organisationId") AS org, COALESCE(f."fromCountyId", m."countyId") AS county,
         m."joinedOn" AS start, f.day AS "end"
    FROM "Member" m LEFT JOIN moves f ON f."memberId" = m.id AND f.n = 1
)
INSERT INTO "Membership" (id, "memberId", "countyId", "organisationId", "startedOn", "endedOn", "endReason")
SELECT 'ms' || x."memberId" || '-0', x."memberId", x.county, x.org, x.start, GREATEST(x."end", x.start), CASE WHEN x."end" IS NULL THEN NULL ELSE 'TRANSFER'::"MembershipEnd" END
  FROM firsts x
UNION ALL
SELECT 'ms' || a."memberId" || '-' || a.n, a."memberId", a."toCountyId", a."toOrgId", a.day, b.day, CASE WHEN b.day IS NULL THEN NULL ELSE 'TRANSFER'::"MembershipEnd" END
  FROM moves a LEFT JOIN moves b ON b."memberId" = a."memberId" AND b.n = a.n + 1;

-- Members no longer active end their last membership on the day they were last changed.
UPDATE "Membership" ms SET "endedOn" = GREATEST(m."updatedAt"::date, ms."startedOn"), "endReason" = 'LEFT'
  FROM "Member" m WHERE m.id = ms."memberId" AND m.status = 'LEFT' AND ms."endedOn" IS NULL;
UPDATE "Member" SET "leftOn" = "updatedAt"::date, "leftReason" = 'LEFT' WHERE status = 'LEFT';

-- One open transfer per member: the earliest stays open, later duplicates lapse.
UPDATE "MemberTransfer" t SET status = 'EXPIRED'
 WHERE t.status = 'PENDING' AND EXISTS (
   SELECT 1 FROM "MemberTransfer" e WHERE e."memberId" = t."memberId" AND e.status = 'PENDING' AND (e."requestedAt", e.id) < (t."requestedAt", t.id));
UPDATE "MemberTransfer" SET "openMemberId" = "memberId" WHERE status = 'PENDING';

-- Kept figures: writers append a row per county and statement to CountyChange instead of raising
-- one CountyState row, which every writer of a county used to wait on until the end of its
-- transaction (a long import held every other save of the county). A county's version is now
-- CountyState.dataVersion plus its rows in CountyChange; readers fold the rows in.
CREATE OR REPLACE FUNCTION "tj_touch_counties"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "CountyChange" ("countyId") SELECT DISTINCT "countyId" FROM new_rows WHERE "countyId" IS NOT NULL;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO "CountyChange" ("countyId")
    SELECT "countyId" FROM (SELECT "countyId" FROM new_rows UNION SELECT "countyId" FROM old_rows) c WHERE "countyId" IS NOT NULL;
  ELSE
    INSERT INTO "CountyChange" ("countyId") SELECT DISTINCT "countyId" FROM old_rows WHERE "countyId" IS NOT NULL;
  END IF;
  RETURN NULL;
END $$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Membership', 'MemberRegistration'] LOOP
    EXECUTE format('CREATE TRIGGER "%s_touch_ins" AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "tj_touch_counties"()', t, t);
    EXECUTE format('CREATE TRIGGER "%s_touch_upd" AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "tj_touch_counties"()', t, t);
    EXECUTE format('CREATE TRIGGER "%s_touch_del" AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "tj_touch_counties"()', t, t);
  END LOOP;
END $$;

-- Kept figures now record the settings they were computed under, so a setting no longer raises
-- every county (which locked every county's row at once).
DROP TRIGGER "Setting_touch" ON "Setting";
DROP FUNCTION "tj_touch_all_counties"();
