-- CreateEnum
CREATE TYPE "SignInOutcome" AS ENUM ('ok', 'bad_password', 'unknown_user', 'locked', 'throttled');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "failedSignIns" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lockedUntil" TIMESTAMP(3),
ADD COLUMN     "passwordChangedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "UserSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "revokedReason" TEXT,
    "address" TEXT NOT NULL,
    "userAgent" TEXT NOT NULL,

    CONSTRAINT "UserSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "username" TEXT NOT NULL,
    "userId" TEXT,
    "address" TEXT NOT NULL,
    "outcome" "SignInOutcome" NOT NULL,
    "userAgent" TEXT NOT NULL,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DatabaseMeta" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "demo" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DatabaseMeta_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UserSession_userId_revokedAt_idx" ON "UserSession"("userId", "revokedAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_at_idx" ON "SignInAttempt"("at");

-- CreateIndex
CREATE INDEX "SignInAttempt_address_at_idx" ON "SignInAttempt"("address", "at");

-- CreateIndex
CREATE INDEX "SignInAttempt_username_at_idx" ON "SignInAttempt"("username", "at");

-- AddForeignKey
ALTER TABLE "UserSession" ADD CONSTRAINT "UserSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignInAttempt" ADD CONSTRAINT "SignInAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- One row only.
ALTER TABLE "DatabaseMeta" ADD CONSTRAINT "DatabaseMeta_single" CHECK ("id" = 1);

-- A user's sessions end when what they were granted changes: password, role, region (scope) or
-- active flag. In the database, so every path that changes a user, today's and later ones, does
-- it. A password change keeps the session that made it when the transaction names it in
-- `tuanjian.keep_session`.
CREATE OR REPLACE FUNCTION "tj_revoke_user_sessions"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE reason text;
BEGIN
  reason := CASE
    WHEN OLD.active IS DISTINCT FROM NEW.active THEN 'deactivated'
    WHEN OLD.role IS DISTINCT FROM NEW.role OR OLD."regionId" IS DISTINCT FROM NEW."regionId" THEN 'role'
    ELSE 'password' END;
  UPDATE "UserSession" SET "revokedAt" = (now() AT TIME ZONE 'UTC'), "revokedReason" = reason
   WHERE "userId" = NEW.id AND "revokedAt" IS NULL
     AND (reason <> 'password' OR id IS DISTINCT FROM NULLIF(current_setting('tuanjian.keep_session', true), ''));
  RETURN NULL;
END $$;

CREATE TRIGGER "User_revoke_sessions" AFTER UPDATE OF "passwordHash", role, "regionId", active ON "User"
  FOR EACH ROW
  WHEN (OLD."passwordHash" IS DISTINCT FROM NEW."passwordHash" OR OLD.role IS DISTINCT FROM NEW.role
        OR OLD."regionId" IS DISTINCT FROM NEW."regionId" OR OLD.active IS DISTINCT FROM NEW.active)
  EXECUTE FUNCTION "tj_revoke_user_sessions"();
