ALTER TABLE "goals" ADD COLUMN "repeats" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "linked_goal_id" uuid;--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "linked_factor" numeric(19, 4);--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_org_id_linked_goal_id_goals_org_id_id_fk" FOREIGN KEY ("org_id","linked_goal_id") REFERENCES "public"."goals"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "goals_linked_idx" ON "goals" USING btree ("org_id","linked_goal_id") WHERE linked_goal_id is not null;