DROP INDEX "contacts_owner_idx";--> statement-breakpoint
CREATE INDEX "deals_open_pipeline_idx" ON "deals" USING btree ("org_id","owner_id","id","stage_id","currency","expected_close_date","amount","account_id") WHERE "deals"."closed_on" is null and "deals"."archived_at" is null;--> statement-breakpoint
CREATE INDEX "contacts_owner_idx" ON "contacts" USING btree ("org_id","owner_id","created_at");