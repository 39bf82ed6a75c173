-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "endedOn" DATE;

-- Organisations already merged or dissolved ended, as far as is known, when last changed.
UPDATE "Organisation" SET "endedOn" = "updatedAt"::date WHERE status IN ('MERGED', 'DISSOLVED');
