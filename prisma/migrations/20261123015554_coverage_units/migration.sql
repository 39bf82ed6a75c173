-- CreateEnum
CREATE TYPE "SchoolKind" AS ENUM ('MIDDLE', 'VOCATIONAL');

-- CreateEnum
CREATE TYPE "DemonstrationLevel" AS ENUM ('NONE', 'COUNTY', 'PREFECTURE', 'PROVINCE', 'NATIONAL');

-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('NON_PUBLIC_ENTERPRISE', 'SOCIAL_ORGANISATION');

-- CreateTable
CREATE TABLE "School" (
    "id" TEXT NOT NULL,
    "countyId" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "SchoolKind" NOT NULL,
    "organisationId" TEXT,
    "hasLeagueSchool" BOOLEAN NOT NULL DEFAULT false,
    "leagueSchoolLevel" "DemonstrationLevel" NOT NULL DEFAULT 'NONE',
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "School_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" TEXT NOT NULL,
    "countyId" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "UnitKind" NOT NULL,
    "memberCount" INTEGER NOT NULL DEFAULT 0,
    "youngStaffCount" INTEGER NOT NULL DEFAULT 0,
    "organisationId" TEXT,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "YouthHome" (
    "id" TEXT NOT NULL,
    "countyId" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "openedOn" DATE,
    "entityRun" BOOLEAN NOT NULL DEFAULT false,
    "organisationId" TEXT,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "YouthHome_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "School_countyId_idx" ON "School"("countyId");

-- CreateIndex
CREATE INDEX "Unit_countyId_kind_idx" ON "Unit"("countyId", "kind");

-- CreateIndex
CREATE INDEX "YouthHome_countyId_idx" ON "YouthHome"("countyId");

-- AddForeignKey
ALTER TABLE "School" ADD CONSTRAINT "School_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "School" ADD CONSTRAINT "School_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "YouthHome" ADD CONSTRAINT "YouthHome_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "YouthHome" ADD CONSTRAINT "YouthHome_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;
