-- CreateIndex
CREATE INDEX "Member_countyId_status_developmentNumber_idx" ON "Member"("countyId", "status", "developmentNumber");
