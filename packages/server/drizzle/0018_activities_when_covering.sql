DROP INDEX "activities_when_idx";--> statement-breakpoint
CREATE INDEX "activities_when_idx" ON "activities" USING btree ("org_id","activity_at","owner_id","account_id","archived_at");