DROP INDEX "activities_contact_idx";--> statement-breakpoint
DROP INDEX "activities_deal_idx";--> statement-breakpoint
DROP INDEX "activities_lead_idx";--> statement-breakpoint
DROP INDEX "activities_call_report_idx";--> statement-breakpoint
CREATE INDEX "activities_contact_idx" ON "activities" USING btree ("org_id","contact_id","activity_at") WHERE "activities"."contact_id" is not null;--> statement-breakpoint
CREATE INDEX "activities_deal_idx" ON "activities" USING btree ("org_id","deal_id","activity_at") WHERE "activities"."deal_id" is not null;--> statement-breakpoint
CREATE INDEX "activities_lead_idx" ON "activities" USING btree ("org_id","lead_id","activity_at") WHERE "activities"."lead_id" is not null;--> statement-breakpoint
CREATE INDEX "activities_call_report_idx" ON "activities" USING btree ("org_id","call_report_id") WHERE "activities"."call_report_id" is not null;