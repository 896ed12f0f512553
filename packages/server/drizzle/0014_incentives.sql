CREATE TABLE "awards" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"rep_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"citation" text NOT NULL,
	"given_by" uuid,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	CONSTRAINT "awards_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "contest_participants" (
	"org_id" uuid NOT NULL,
	"contest_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "contest_participants_org_id_contest_id_user_id_pk" PRIMARY KEY("org_id","contest_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "contest_winners" (
	"org_id" uuid NOT NULL,
	"contest_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"place" integer,
	"value" text,
	"percent_of_target" text,
	"prizes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"statement_id" uuid,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	CONSTRAINT "contest_winners_org_id_contest_id_user_id_pk" PRIMARY KEY("org_id","contest_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "contests" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"metric" text NOT NULL,
	"product_line_id" uuid,
	"period_kind" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"participants" text NOT NULL,
	"team_id" uuid,
	"rule" text NOT NULL,
	"top_n" integer,
	"threshold" numeric(19, 4),
	"prizes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"finished_at" timestamp with time zone,
	"finished_by" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	CONSTRAINT "contests_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "contests_period_check" CHECK ("contests"."ends_at" > "contests"."starts_at" and "contests"."ends_on" >= "contests"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "recognition_posts" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"author_id" uuid,
	"subject_id" uuid,
	"text" text NOT NULL,
	"source_id" uuid,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	CONSTRAINT "recognition_posts_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "recognition_reactions" (
	"org_id" uuid NOT NULL,
	"post_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	CONSTRAINT "recognition_reactions_org_id_post_id_user_id_pk" PRIMARY KEY("org_id","post_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_given_by_users_id_fk" FOREIGN KEY ("given_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_org_id_rep_id_members_org_id_user_id_fk" FOREIGN KEY ("org_id","rep_id") REFERENCES "public"."members"("org_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_participants" ADD CONSTRAINT "contest_participants_org_id_contest_id_contests_org_id_id_fk" FOREIGN KEY ("org_id","contest_id") REFERENCES "public"."contests"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_participants" ADD CONSTRAINT "contest_participants_org_id_user_id_members_org_id_user_id_fk" FOREIGN KEY ("org_id","user_id") REFERENCES "public"."members"("org_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_winners" ADD CONSTRAINT "contest_winners_org_id_contest_id_contests_org_id_id_fk" FOREIGN KEY ("org_id","contest_id") REFERENCES "public"."contests"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_winners" ADD CONSTRAINT "contest_winners_org_id_user_id_members_org_id_user_id_fk" FOREIGN KEY ("org_id","user_id") REFERENCES "public"."members"("org_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contests" ADD CONSTRAINT "contests_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contests" ADD CONSTRAINT "contests_finished_by_users_id_fk" FOREIGN KEY ("finished_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contests" ADD CONSTRAINT "contests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contests" ADD CONSTRAINT "contests_org_id_product_line_id_product_lines_org_id_id_fk" FOREIGN KEY ("org_id","product_line_id") REFERENCES "public"."product_lines"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contests" ADD CONSTRAINT "contests_org_id_team_id_teams_org_id_id_fk" FOREIGN KEY ("org_id","team_id") REFERENCES "public"."teams"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recognition_posts" ADD CONSTRAINT "recognition_posts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recognition_posts" ADD CONSTRAINT "recognition_posts_subject_id_users_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recognition_reactions" ADD CONSTRAINT "recognition_reactions_org_id_post_id_recognition_posts_org_id_id_fk" FOREIGN KEY ("org_id","post_id") REFERENCES "public"."recognition_posts"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recognition_reactions" ADD CONSTRAINT "recognition_reactions_org_id_user_id_members_org_id_user_id_fk" FOREIGN KEY ("org_id","user_id") REFERENCES "public"."members"("org_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "awards_created_idx" ON "awards" USING btree ("org_id","created_at","id");--> statement-breakpoint
CREATE INDEX "contest_participants_user_idx" ON "contest_participants" USING btree ("org_id","user_id");--> statement-breakpoint
CREATE INDEX "contests_ends_idx" ON "contests" USING btree ("org_id","ends_at");--> statement-breakpoint
CREATE INDEX "contests_unfinished_idx" ON "contests" USING btree ("ends_at") WHERE finished_at is null;--> statement-breakpoint
CREATE INDEX "recognition_posts_feed_idx" ON "recognition_posts" USING btree ("org_id","created_at","id");--> statement-breakpoint
CREATE INDEX "recognition_posts_subject_idx" ON "recognition_posts" USING btree ("org_id","subject_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "recognition_posts_source_idx" ON "recognition_posts" USING btree ("org_id","kind","source_id","subject_id") WHERE source_id is not null;