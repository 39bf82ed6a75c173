-- CreateTable
CREATE TABLE "CountyState" (
    "countyId" TEXT NOT NULL,
    "dataVersion" BIGINT NOT NULL DEFAULT 0,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "baselineYear" INTEGER,
    "baselineSetBy" TEXT,

    CONSTRAINT "CountyState_pkey" PRIMARY KEY ("countyId")
);

-- CreateTable
CREATE TABLE "IndicatorFact" (
    "countyId" TEXT NOT NULL,
    "periodKey" TEXT NOT NULL,
    "dataVersion" BIGINT NOT NULL,
    "payload" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IndicatorFact_pkey" PRIMARY KEY ("countyId","periodKey")
);

-- CreateTable
CREATE TABLE "IndicatorThreshold" (
    "code" TEXT NOT NULL,
    "target" DOUBLE PRECISION,
    "green" DOUBLE PRECISION,
    "amber" DOUBLE PRECISION,
    "updatedBy" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IndicatorThreshold_pkey" PRIMARY KEY ("code")
);

-- Kept indicator figures stay exact: every statement that changes a record an indicator reads
-- raises its county's dataVersion (statement-level, so a 30,000-row import raises it once), and a
-- kept figure is used only while the version it was computed at is current.
CREATE FUNCTION "tj_touch_counties"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "CountyState" ("countyId", "dataVersion", "changedAt")
    SELECT DISTINCT "countyId", 1, now() FROM new_rows WHERE "countyId" IS NOT NULL
    ON CONFLICT ("countyId") DO UPDATE SET "dataVersion" = "CountyState"."dataVersion" + 1, "changedAt" = now();
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO "CountyState" ("countyId", "dataVersion", "changedAt")
    SELECT "countyId", 1, now() FROM (SELECT "countyId" FROM new_rows UNION SELECT "countyId" FROM old_rows) c WHERE "countyId" IS NOT NULL
    ON CONFLICT ("countyId") DO UPDATE SET "dataVersion" = "CountyState"."dataVersion" + 1, "changedAt" = now();
  ELSE
    INSERT INTO "CountyState" ("countyId", "dataVersion", "changedAt")
    SELECT DISTINCT "countyId", 1, now() FROM old_rows WHERE "countyId" IS NOT NULL
    ON CONFLICT ("countyId") DO UPDATE SET "dataVersion" = "CountyState"."dataVersion" + 1, "changedAt" = now();
  END IF;
  RETURN NULL;
END $$;

-- Statistics are kept per region: the county is the region's own county.
CREATE FUNCTION "tj_touch_stat_counties"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "CountyState" ("countyId", "dataVersion", "changedAt")
  SELECT DISTINCT r."countyId", 1, now()
    FROM (SELECT "regionId" FROM new_rows) s JOIN "Region" r ON r.id = s."regionId"
   WHERE r."countyId" IS NOT NULL
  ON CONFLICT ("countyId") DO UPDATE SET "dataVersion" = "CountyState"."dataVersion" + 1, "changedAt" = now();
  RETURN NULL;
END $$;

-- A setting (eligibility thresholds) changes what every county's figures mean.
CREATE FUNCTION "tj_touch_all_counties"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "CountyState" SET "dataVersion" = "dataVersion" + 1, "changedAt" = now();
  RETURN NULL;
END $$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Region', 'Organisation', 'Cadre', 'CadrePosition', 'Member', 'School', 'Unit', 'YouthHome'] LOOP
    EXECUTE format('CREATE TRIGGER "%s_touch_ins" AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "tj_touch_counties"()', t, t);
    EXECUTE format('CREATE TRIGGER "%s_touch_upd" AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "tj_touch_counties"()', t, t);
    EXECUTE format('CREATE TRIGGER "%s_touch_del" AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "tj_touch_counties"()', t, t);
  END LOOP;
END $$;

CREATE TRIGGER "RegionStat_touch_ins" AFTER INSERT ON "RegionStat" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "tj_touch_stat_counties"();
CREATE TRIGGER "RegionStat_touch_upd" AFTER UPDATE ON "RegionStat" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "tj_touch_stat_counties"();
CREATE TRIGGER "Setting_touch" AFTER INSERT OR UPDATE OR DELETE ON "Setting" FOR EACH STATEMENT EXECUTE FUNCTION "tj_touch_all_counties"();

-- Counties that exist already start with a state row.
INSERT INTO "CountyState" ("countyId") SELECT id FROM "Region" WHERE level = 'COUNTY' ON CONFLICT DO NOTHING;
