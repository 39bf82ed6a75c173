-- CreateEnum
CREATE TYPE "RecommendationStatus" AS ENUM ('NONE', 'PENDING', 'APPROVED', 'REJECTED');

-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "recommendationComment" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "recommendationStatus" "RecommendationStatus" NOT NULL DEFAULT 'NONE';

-- CreateTable
CREATE TABLE "RegionStat" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "residentYouth" INTEGER,
    "residents6to35" INTEGER,
    "workFundsYuan" INTEGER,
    "newPartyMembersUnder28" INTEGER,
    "updatedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RegionStat_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RegionStat_regionId_year_key" ON "RegionStat"("regionId", "year");

-- AddForeignKey
ALTER TABLE "RegionStat" ADD CONSTRAINT "RegionStat_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
