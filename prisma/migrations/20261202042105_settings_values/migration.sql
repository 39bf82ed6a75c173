-- Settings become typed values that hold from a year on, nationally or per province, with their
-- history kept as rows. A value saved before this holds nationally from 2000 (every period).

-- CreateTable
CREATE TABLE "SettingValue" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "provinceCode" TEXT,
    "fromYear" INTEGER NOT NULL,
    "value" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT,

    CONSTRAINT "SettingValue_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SettingValue_key_provinceCode_fromYear_idx" ON "SettingValue"("key", "provinceCode", "fromYear");

INSERT INTO "SettingValue" ("id", "key", "provinceCode", "fromYear", "value", "createdAt", "createdBy")
SELECT 'kept-' || "key", "key", NULL, 2000, to_jsonb("value"), "updatedAt", "updatedBy" FROM "Setting";

-- DropTable
DROP TABLE "Setting";

-- AlterTable: kept figures name the settings they were computed under.
ALTER TABLE "IndicatorFact" ADD COLUMN     "settingsUsed" JSONB NOT NULL DEFAULT '{}';
