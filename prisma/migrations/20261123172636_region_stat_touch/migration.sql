-- Statistics now carry their county, so they raise it through the same triggers as every other
-- county-scoped table; the special function that looked the county up is gone, and deleting a
-- statistics row now raises its county too (it did not before).
DROP TRIGGER "RegionStat_touch_ins" ON "RegionStat";
DROP TRIGGER "RegionStat_touch_upd" ON "RegionStat";
DROP FUNCTION "tj_touch_stat_counties"();

CREATE TRIGGER "RegionStat_touch_ins" AFTER INSERT ON "RegionStat" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "tj_touch_counties"();
CREATE TRIGGER "RegionStat_touch_upd" AFTER UPDATE ON "RegionStat" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "tj_touch_counties"();
CREATE TRIGGER "RegionStat_touch_del" AFTER DELETE ON "RegionStat" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "tj_touch_counties"();
