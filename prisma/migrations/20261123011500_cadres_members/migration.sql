-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "Education" AS ENUM ('JUNIOR_HIGH_OR_BELOW', 'SENIOR_HIGH', 'JUNIOR_COLLEGE', 'BACHELOR', 'POSTGRADUATE');

-- CreateEnum
CREATE TYPE "StaffingType" AS ENUM ('FULL_TIME', 'SECONDED', 'PART_TIME');

-- CreateEnum
CREATE TYPE "CadreSource" AS ENUM ('CIVIL_SERVICE', 'COLLEGE_STUDENT', 'VILLAGE_COMMITTEES', 'TEACHER', 'ENTERPRISE', 'VOLUNTEER', 'OTHER');

-- CreateEnum
CREATE TYPE "Post" AS ENUM ('SECRETARY', 'DEPUTY_SECRETARY', 'COMMITTEE_MEMBER', 'STAFF');

-- CreateEnum
CREATE TYPE "MemberCategory" AS ENUM ('JUNIOR_HIGH', 'SENIOR_HIGH', 'VOCATIONAL', 'UNIVERSITY', 'SOCIAL');

-- CreateEnum
CREATE TYPE "MemberStatus" AS ENUM ('ACTIVE', 'TRANSFERRED_OUT', 'LEFT');

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "quota" INTEGER;

-- CreateTable
CREATE TABLE "Cadre" (
    "id" TEXT NOT NULL,
    "countyId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "gender" "Gender" NOT NULL,
    "birthDate" DATE NOT NULL,
    "idNumber" TEXT,
    "phone" TEXT,
    "education" "Education" NOT NULL,
    "staffingType" "StaffingType" NOT NULL,
    "source" "CadreSource" NOT NULL,
    "inVillageCommittees" BOOLEAN NOT NULL DEFAULT false,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Cadre_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CadrePosition" (
    "id" TEXT NOT NULL,
    "cadreId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "countyId" TEXT NOT NULL,
    "post" "Post" NOT NULL,
    "startedOn" DATE NOT NULL,
    "endedOn" DATE,

    CONSTRAINT "CadrePosition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member" (
    "id" TEXT NOT NULL,
    "countyId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "gender" "Gender" NOT NULL,
    "birthDate" DATE NOT NULL,
    "idNumber" TEXT,
    "phone" TEXT,
    "developmentNumber" TEXT NOT NULL,
    "joinedOn" DATE NOT NULL,
    "category" "MemberCategory" NOT NULL,
    "archiveCertified" BOOLEAN NOT NULL DEFAULT false,
    "registeredYear" INTEGER,
    "holdsPost" BOOLEAN NOT NULL DEFAULT false,
    "status" "MemberStatus" NOT NULL DEFAULT 'ACTIVE',
    "partyAppliedOn" DATE,
    "recommendedOn" DATE,
    "activistOn" DATE,
    "developmentTargetOn" DATE,
    "admittedOn" DATE,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Cadre_idNumber_key" ON "Cadre"("idNumber");

-- CreateIndex
CREATE INDEX "Cadre_countyId_name_idx" ON "Cadre"("countyId", "name");

-- CreateIndex
CREATE INDEX "CadrePosition_organisationId_endedOn_idx" ON "CadrePosition"("organisationId", "endedOn");

-- CreateIndex
CREATE INDEX "CadrePosition_countyId_post_idx" ON "CadrePosition"("countyId", "post");

-- CreateIndex
CREATE INDEX "CadrePosition_cadreId_idx" ON "CadrePosition"("cadreId");

-- CreateIndex
CREATE UNIQUE INDEX "Member_idNumber_key" ON "Member"("idNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Member_developmentNumber_key" ON "Member"("developmentNumber");

-- CreateIndex
CREATE INDEX "Member_countyId_status_name_idx" ON "Member"("countyId", "status", "name");

-- CreateIndex
CREATE INDEX "Member_organisationId_status_idx" ON "Member"("organisationId", "status");

-- CreateIndex
CREATE INDEX "Member_countyId_joinedOn_idx" ON "Member"("countyId", "joinedOn");

-- AddForeignKey
ALTER TABLE "Cadre" ADD CONSTRAINT "Cadre_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CadrePosition" ADD CONSTRAINT "CadrePosition_cadreId_fkey" FOREIGN KEY ("cadreId") REFERENCES "Cadre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CadrePosition" ADD CONSTRAINT "CadrePosition_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
