CREATE TABLE "comp_assignments" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"rep_id" uuid,
	"team_id" uuid,
	"role" "role",
	"starts_on" date NOT NULL,
	"ends_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	CONSTRAINT "comp_assignments_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "comp_assignments_one_target_check" CHECK (num_nonnulls("comp_assignments"."rep_id", "comp_assignments"."team_id", "comp_assignments"."role") = 1 and ("comp_assignments"."ends_on" is null or "comp_assignments"."ends_on" >= "comp_assignments"."starts_on"))
);
--> statement-breakpoint
CREATE TABLE "comp_plan_acknowledgements" (
	"org_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"rep_id" uuid NOT NULL,
	"acknowledged_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	CONSTRAINT "comp_plan_acknowledgements_org_id_version_id_rep_id_pk" PRIMARY KEY("org_id","version_id","rep_id")
);
--> statement-breakpoint
CREATE TABLE "comp_plan_versions" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"effective_from" date NOT NULL,
	"terms" jsonb NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	CONSTRAINT "comp_plan_versions_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "comp_plan_versions_number_key" UNIQUE("org_id","plan_id","version"),
	CONSTRAINT "comp_plan_versions_number_check" CHECK ("comp_plan_versions"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "comp_plans" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"currency" text NOT NULL,
	"created_by" uuid,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	CONSTRAINT "comp_plans_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "comp_assignments" ADD CONSTRAINT "comp_assignments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_assignments" ADD CONSTRAINT "comp_assignments_org_id_plan_id_comp_plans_org_id_id_fk" FOREIGN KEY ("org_id","plan_id") REFERENCES "public"."comp_plans"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_assignments" ADD CONSTRAINT "comp_assignments_org_id_rep_id_members_org_id_user_id_fk" FOREIGN KEY ("org_id","rep_id") REFERENCES "public"."members"("org_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_assignments" ADD CONSTRAINT "comp_assignments_org_id_team_id_teams_org_id_id_fk" FOREIGN KEY ("org_id","team_id") REFERENCES "public"."teams"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_plan_acknowledgements" ADD CONSTRAINT "comp_plan_acknowledgements_org_id_version_id_comp_plan_versions_org_id_id_fk" FOREIGN KEY ("org_id","version_id") REFERENCES "public"."comp_plan_versions"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_plan_acknowledgements" ADD CONSTRAINT "comp_plan_acknowledgements_org_id_rep_id_members_org_id_user_id_fk" FOREIGN KEY ("org_id","rep_id") REFERENCES "public"."members"("org_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_plan_versions" ADD CONSTRAINT "comp_plan_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_plan_versions" ADD CONSTRAINT "comp_plan_versions_org_id_plan_id_comp_plans_org_id_id_fk" FOREIGN KEY ("org_id","plan_id") REFERENCES "public"."comp_plans"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_plans" ADD CONSTRAINT "comp_plans_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_plans" ADD CONSTRAINT "comp_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comp_assignments_plan_idx" ON "comp_assignments" USING btree ("org_id","plan_id");--> statement-breakpoint
CREATE INDEX "comp_assignments_rep_idx" ON "comp_assignments" USING btree ("org_id","rep_id");--> statement-breakpoint
CREATE INDEX "comp_assignments_team_idx" ON "comp_assignments" USING btree ("org_id","team_id");--> statement-breakpoint
CREATE INDEX "comp_plan_acknowledgements_rep_idx" ON "comp_plan_acknowledgements" USING btree ("org_id","rep_id");--> statement-breakpoint
CREATE INDEX "comp_plans_name_idx" ON "comp_plans" USING btree ("org_id","name","id");