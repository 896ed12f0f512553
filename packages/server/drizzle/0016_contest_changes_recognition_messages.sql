DROP INDEX "contests_unfinished_idx";--> statement-breakpoint
ALTER TABLE "contests" ADD COLUMN "description" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "contests" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "contests" ADD COLUMN "cancelled_by" uuid;--> statement-breakpoint
ALTER TABLE "recognition_posts" ADD COLUMN "message_code" text;--> statement-breakpoint
ALTER TABLE "recognition_posts" ADD COLUMN "message_params" jsonb;--> statement-breakpoint
ALTER TABLE "contests" ADD CONSTRAINT "contests_cancelled_by_users_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contests_unfinished_idx" ON "contests" USING btree ("ends_at") WHERE finished_at is null and cancelled_at is null;--> statement-breakpoint
ALTER TABLE "contests" ADD CONSTRAINT "contests_finished_or_cancelled_check" CHECK ("contests"."finished_at" is null or "contests"."cancelled_at" is null);