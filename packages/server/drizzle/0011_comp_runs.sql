CREATE TYPE "public"."comp_component_kind" AS ENUM('commission', 'product_line', 'spiff', 'goal_bonus', 'cap', 'draw', 'clawback');--> statement-breakpoint
CREATE TABLE "comp_earning_lines" (
	"org_id" uuid NOT NULL,
	"run_id" uuid NOT NULL,
	"rep_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"plan_version_id" uuid NOT NULL,
	"component_id" text NOT NULL,
	"component_kind" "comp_component_kind" NOT NULL,
	"deal_id" uuid,
	"credit_date" date,
	"base" numeric,
	"rate" numeric,
	"tier" integer,
	"amount" numeric(19, 4) NOT NULL,
	"currency" text NOT NULL,
	"explanation" jsonb NOT NULL,
	CONSTRAINT "comp_earning_lines_org_id_run_id_rep_id_position_pk" PRIMARY KEY("org_id","run_id","rep_id","position")
);
--> statement-breakpoint
CREATE TABLE "comp_runs" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	CONSTRAINT "comp_runs_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "comp_earning_lines" ADD CONSTRAINT "comp_earning_lines_org_id_run_id_comp_runs_org_id_id_fk" FOREIGN KEY ("org_id","run_id") REFERENCES "public"."comp_runs"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_earning_lines" ADD CONSTRAINT "comp_earning_lines_org_id_rep_id_members_org_id_user_id_fk" FOREIGN KEY ("org_id","rep_id") REFERENCES "public"."members"("org_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_earning_lines" ADD CONSTRAINT "comp_earning_lines_org_id_plan_version_id_comp_plan_versions_org_id_id_fk" FOREIGN KEY ("org_id","plan_version_id") REFERENCES "public"."comp_plan_versions"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_runs" ADD CONSTRAINT "comp_runs_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_runs" ADD CONSTRAINT "comp_runs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comp_earning_lines_rep_idx" ON "comp_earning_lines" USING btree ("org_id","rep_id","run_id");--> statement-breakpoint
CREATE INDEX "comp_runs_period_idx" ON "comp_runs" USING btree ("org_id","period_start","period_end");