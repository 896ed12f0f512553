CREATE TABLE "goal_accounts" (
	"org_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	CONSTRAINT "goal_accounts_org_id_goal_id_account_id_pk" PRIMARY KEY("org_id","goal_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "goal_target_changes" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"goal_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"by_id" uuid,
	"from_target" numeric(19, 4),
	"to_target" numeric(19, 4) NOT NULL,
	"effective_from" date NOT NULL,
	"reason" text,
	CONSTRAINT "goal_target_changes_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"metric" text NOT NULL,
	"scope_kind" text NOT NULL,
	"scope_id" uuid,
	"product_line_id" uuid,
	"period_kind" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"target" numeric(19, 4) NOT NULL,
	"currency" text,
	"baseline" text,
	"baseline_value" numeric(19, 4),
	"uplift_percent" numeric(19, 4),
	"pacing" text DEFAULT 'linear' NOT NULL,
	"checklist" boolean DEFAULT false NOT NULL,
	"parent_id" uuid,
	"rolled_from_id" uuid,
	"missed_reason" text,
	"note" text,
	"reward_text" text,
	"reward_amount" numeric(19, 4),
	"achieved_at" timestamp with time zone,
	"created_by" uuid,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	CONSTRAINT "goals_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "goal_accounts" ADD CONSTRAINT "goal_accounts_org_id_goal_id_goals_org_id_id_fk" FOREIGN KEY ("org_id","goal_id") REFERENCES "public"."goals"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_accounts" ADD CONSTRAINT "goal_accounts_org_id_account_id_accounts_org_id_id_fk" FOREIGN KEY ("org_id","account_id") REFERENCES "public"."accounts"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_target_changes" ADD CONSTRAINT "goal_target_changes_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_target_changes" ADD CONSTRAINT "goal_target_changes_org_id_goal_id_goals_org_id_id_fk" FOREIGN KEY ("org_id","goal_id") REFERENCES "public"."goals"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_org_id_parent_id_goals_org_id_id_fk" FOREIGN KEY ("org_id","parent_id") REFERENCES "public"."goals"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_org_id_rolled_from_id_goals_org_id_id_fk" FOREIGN KEY ("org_id","rolled_from_id") REFERENCES "public"."goals"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_org_id_product_line_id_product_lines_org_id_id_fk" FOREIGN KEY ("org_id","product_line_id") REFERENCES "public"."product_lines"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "goal_target_changes_goal_idx" ON "goal_target_changes" USING btree ("org_id","goal_id","at");--> statement-breakpoint
CREATE INDEX "goals_period_idx" ON "goals" USING btree ("org_id","ends_on","starts_on");--> statement-breakpoint
CREATE INDEX "goals_scope_idx" ON "goals" USING btree ("org_id","scope_kind","scope_id");--> statement-breakpoint
CREATE INDEX "goals_parent_idx" ON "goals" USING btree ("org_id","parent_id");