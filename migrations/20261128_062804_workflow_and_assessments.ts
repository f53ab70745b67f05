import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`assessments_scale_labels\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` numeric,
  	\`label\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`assessments_scale_labels_order_idx\` ON \`assessments_scale_labels\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`assessments_scale_labels_parent_id_idx\` ON \`assessments_scale_labels\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`assessments_dimensions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`label\` text,
  	\`description\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`assessments_dimensions_order_idx\` ON \`assessments_dimensions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`assessments_dimensions_parent_id_idx\` ON \`assessments_dimensions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`assessments_items_levels\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` numeric,
  	\`description\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`assessments_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`assessments_items_levels_order_idx\` ON \`assessments_items_levels\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`assessments_items_levels_parent_id_idx\` ON \`assessments_items_levels\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`assessments_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`dimension\` text,
  	\`group\` text,
  	\`text\` text,
  	\`type\` text DEFAULT 'likert',
  	\`min\` numeric DEFAULT 1,
  	\`max\` numeric DEFAULT 5,
  	\`reverse\` integer DEFAULT false,
  	\`allow_evidence\` integer,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`assessments_items_order_idx\` ON \`assessments_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`assessments_items_parent_id_idx\` ON \`assessments_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`assessments_norms_dimensions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`dimension\` text,
  	\`n\` numeric,
  	\`mean\` numeric,
  	\`sd\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`assessments_norms_dimensions_order_idx\` ON \`assessments_norms_dimensions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`assessments_norms_dimensions_parent_id_idx\` ON \`assessments_norms_dimensions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`assessments_recommendation_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`career_id\` text(36),
  	\`skill_id\` text(36),
  	\`interest_code\` text,
  	\`dimension\` text,
  	\`interest_code_basis\` text,
  	\`reason\` text,
  	\`finding_id\` text(36),
  	FOREIGN KEY (\`career_id\`) REFERENCES \`careers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`skill_id\`) REFERENCES \`skills\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`finding_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`assessments_recommendation_rules_order_idx\` ON \`assessments_recommendation_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`assessments_recommendation_rules_parent_id_idx\` ON \`assessments_recommendation_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`assessments_recommendation_rules_career_idx\` ON \`assessments_recommendation_rules\` (\`career_id\`);`)
  await db.run(sql`CREATE INDEX \`assessments_recommendation_rules_skill_idx\` ON \`assessments_recommendation_rules\` (\`skill_id\`);`)
  await db.run(sql`CREATE INDEX \`assessments_recommendation_rules_finding_idx\` ON \`assessments_recommendation_rules\` (\`finding_id\`);`)
  await db.run(sql`CREATE TABLE \`assessments\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`kind\` text,
  	\`summary\` text,
  	\`instructions\` text,
  	\`estimated_minutes\` numeric,
  	\`norms_synthetic\` integer,
  	\`norms_sample_description\` text,
  	\`reliability\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`assessments_slug_idx\` ON \`assessments\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`assessments_updated_at_idx\` ON \`assessments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`assessments_created_at_idx\` ON \`assessments\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`assessments__status_idx\` ON \`assessments\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_assessments_v_version_scale_labels\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`value\` numeric,
  	\`label\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_assessments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_scale_labels_order_idx\` ON \`_assessments_v_version_scale_labels\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_scale_labels_parent_id_idx\` ON \`_assessments_v_version_scale_labels\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_assessments_v_version_dimensions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`label\` text,
  	\`description\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_assessments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_dimensions_order_idx\` ON \`_assessments_v_version_dimensions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_dimensions_parent_id_idx\` ON \`_assessments_v_version_dimensions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_assessments_v_version_items_levels\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`value\` numeric,
  	\`description\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_assessments_v_version_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_items_levels_order_idx\` ON \`_assessments_v_version_items_levels\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_items_levels_parent_id_idx\` ON \`_assessments_v_version_items_levels\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_assessments_v_version_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`dimension\` text,
  	\`group\` text,
  	\`text\` text,
  	\`type\` text DEFAULT 'likert',
  	\`min\` numeric DEFAULT 1,
  	\`max\` numeric DEFAULT 5,
  	\`reverse\` integer DEFAULT false,
  	\`allow_evidence\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_assessments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_items_order_idx\` ON \`_assessments_v_version_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_items_parent_id_idx\` ON \`_assessments_v_version_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_assessments_v_version_norms_dimensions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`dimension\` text,
  	\`n\` numeric,
  	\`mean\` numeric,
  	\`sd\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_assessments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_norms_dimensions_order_idx\` ON \`_assessments_v_version_norms_dimensions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_norms_dimensions_parent_id_idx\` ON \`_assessments_v_version_norms_dimensions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_assessments_v_version_recommendation_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`career_id\` text(36),
  	\`skill_id\` text(36),
  	\`interest_code\` text,
  	\`dimension\` text,
  	\`interest_code_basis\` text,
  	\`reason\` text,
  	\`finding_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`career_id\`) REFERENCES \`careers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`skill_id\`) REFERENCES \`skills\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`finding_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_assessments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_recommendation_rules_order_idx\` ON \`_assessments_v_version_recommendation_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_recommendation_rules_parent_id_idx\` ON \`_assessments_v_version_recommendation_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_recommendation_rules_career_idx\` ON \`_assessments_v_version_recommendation_rules\` (\`career_id\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_recommendation_rules_skill_idx\` ON \`_assessments_v_version_recommendation_rules\` (\`skill_id\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_recommendation_rules_finding_idx\` ON \`_assessments_v_version_recommendation_rules\` (\`finding_id\`);`)
  await db.run(sql`CREATE TABLE \`_assessments_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_kind\` text,
  	\`version_summary\` text,
  	\`version_instructions\` text,
  	\`version_estimated_minutes\` numeric,
  	\`version_norms_synthetic\` integer,
  	\`version_norms_sample_description\` text,
  	\`version_reliability\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_assessments_v_parent_idx\` ON \`_assessments_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_version_slug_idx\` ON \`_assessments_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_version_updated_at_idx\` ON \`_assessments_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_version_created_at_idx\` ON \`_assessments_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_version__status_idx\` ON \`_assessments_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_created_at_idx\` ON \`_assessments_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_updated_at_idx\` ON \`_assessments_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_latest_idx\` ON \`_assessments_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`assessment_responses\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`assessment_id\` text(36) NOT NULL,
  	\`result_id\` text NOT NULL,
  	\`idempotency_key\` text,
  	\`sample\` text DEFAULT 'live' NOT NULL,
  	\`retake_of_id\` text(36),
  	\`answers\` text NOT NULL,
  	\`scores\` text NOT NULL,
  	\`percentiles\` text NOT NULL,
  	\`recommendations\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`assessment_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`retake_of_id\`) REFERENCES \`assessment_responses\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`assessment_responses_assessment_idx\` ON \`assessment_responses\` (\`assessment_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`assessment_responses_result_id_idx\` ON \`assessment_responses\` (\`result_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`assessment_responses_idempotency_key_idx\` ON \`assessment_responses\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`assessment_responses_sample_idx\` ON \`assessment_responses\` (\`sample\`);`)
  await db.run(sql`CREATE INDEX \`assessment_responses_retake_of_idx\` ON \`assessment_responses\` (\`retake_of_id\`);`)
  await db.run(sql`CREATE INDEX \`assessment_responses_updated_at_idx\` ON \`assessment_responses\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`assessment_responses_created_at_idx\` ON \`assessment_responses\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`summary\` text NOT NULL,
  	\`user_id\` text(36),
  	\`actor\` text NOT NULL,
  	\`collection_slug\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`from\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`note\` text,
  	\`version_id\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_user_idx\` ON \`audit_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_collection_slug_idx\` ON \`audit_log\` (\`collection_slug\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_document_id_idx\` ON \`audit_log\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`sources\` ADD \`stage\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`sources\` ADD \`review_note\` text;`)
  await db.run(sql`ALTER TABLE \`sources\` ADD \`changed_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`sources_stage_idx\` ON \`sources\` (\`stage\`);`)
  await db.run(sql`CREATE INDEX \`sources_changed_by_idx\` ON \`sources\` (\`changed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_sources_v\` ADD \`version_stage\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_sources_v\` ADD \`version_review_note\` text;`)
  await db.run(sql`ALTER TABLE \`_sources_v\` ADD \`version_changed_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_version_stage_idx\` ON \`_sources_v\` (\`version_stage\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_version_changed_by_idx\` ON \`_sources_v\` (\`version_changed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`findings\` ADD \`stage\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`findings\` ADD \`review_note\` text;`)
  await db.run(sql`ALTER TABLE \`findings\` ADD \`changed_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`findings_stage_idx\` ON \`findings\` (\`stage\`);`)
  await db.run(sql`CREATE INDEX \`findings_changed_by_idx\` ON \`findings\` (\`changed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_findings_v\` ADD \`version_stage\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_findings_v\` ADD \`version_review_note\` text;`)
  await db.run(sql`ALTER TABLE \`_findings_v\` ADD \`version_changed_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_findings_v_version_version_stage_idx\` ON \`_findings_v\` (\`version_stage\`);`)
  await db.run(sql`CREATE INDEX \`_findings_v_version_version_changed_by_idx\` ON \`_findings_v\` (\`version_changed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`careers\` ADD \`stage\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`careers\` ADD \`review_note\` text;`)
  await db.run(sql`ALTER TABLE \`careers\` ADD \`changed_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`careers_stage_idx\` ON \`careers\` (\`stage\`);`)
  await db.run(sql`CREATE INDEX \`careers_changed_by_idx\` ON \`careers\` (\`changed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_careers_v\` ADD \`version_stage\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_careers_v\` ADD \`version_review_note\` text;`)
  await db.run(sql`ALTER TABLE \`_careers_v\` ADD \`version_changed_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_version_stage_idx\` ON \`_careers_v\` (\`version_stage\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_version_changed_by_idx\` ON \`_careers_v\` (\`version_changed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`skills\` ADD \`stage\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`skills\` ADD \`review_note\` text;`)
  await db.run(sql`ALTER TABLE \`skills\` ADD \`changed_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`skills_stage_idx\` ON \`skills\` (\`stage\`);`)
  await db.run(sql`CREATE INDEX \`skills_changed_by_idx\` ON \`skills\` (\`changed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_skills_v\` ADD \`version_stage\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_skills_v\` ADD \`version_review_note\` text;`)
  await db.run(sql`ALTER TABLE \`_skills_v\` ADD \`version_changed_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_skills_v_version_version_stage_idx\` ON \`_skills_v\` (\`version_stage\`);`)
  await db.run(sql`CREATE INDEX \`_skills_v_version_version_changed_by_idx\` ON \`_skills_v\` (\`version_changed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`career_skills\` ADD \`stage\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`career_skills\` ADD \`review_note\` text;`)
  await db.run(sql`ALTER TABLE \`career_skills\` ADD \`changed_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`career_skills_stage_idx\` ON \`career_skills\` (\`stage\`);`)
  await db.run(sql`CREATE INDEX \`career_skills_changed_by_idx\` ON \`career_skills\` (\`changed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_career_skills_v\` ADD \`version_stage\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_career_skills_v\` ADD \`version_review_note\` text;`)
  await db.run(sql`ALTER TABLE \`_career_skills_v\` ADD \`version_changed_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_version_version_stage_idx\` ON \`_career_skills_v\` (\`version_stage\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_version_version_changed_by_idx\` ON \`_career_skills_v\` (\`version_changed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`stage\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`review_note\` text;`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`changed_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`faqs_stage_idx\` ON \`faqs\` (\`stage\`);`)
  await db.run(sql`CREATE INDEX \`faqs_changed_by_idx\` ON \`faqs\` (\`changed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` ADD \`version_stage\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` ADD \`version_review_note\` text;`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` ADD \`version_changed_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_stage_idx\` ON \`_faqs_v\` (\`version_stage\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_changed_by_idx\` ON \`_faqs_v\` (\`version_changed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`assessments_id\` text(36) REFERENCES assessments(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`assessment_responses_id\` text(36) REFERENCES assessment_responses(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audit_log_id\` text(36) REFERENCES audit_log(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_assessments_id_idx\` ON \`payload_locked_documents_rels\` (\`assessments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_assessment_responses_id_idx\` ON \`payload_locked_documents_rels\` (\`assessment_responses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`assessments_scale_labels\`;`)
  await db.run(sql`DROP TABLE \`assessments_dimensions\`;`)
  await db.run(sql`DROP TABLE \`assessments_items_levels\`;`)
  await db.run(sql`DROP TABLE \`assessments_items\`;`)
  await db.run(sql`DROP TABLE \`assessments_norms_dimensions\`;`)
  await db.run(sql`DROP TABLE \`assessments_recommendation_rules\`;`)
  await db.run(sql`DROP TABLE \`assessments\`;`)
  await db.run(sql`DROP TABLE \`_assessments_v_version_scale_labels\`;`)
  await db.run(sql`DROP TABLE \`_assessments_v_version_dimensions\`;`)
  await db.run(sql`DROP TABLE \`_assessments_v_version_items_levels\`;`)
  await db.run(sql`DROP TABLE \`_assessments_v_version_items\`;`)
  await db.run(sql`DROP TABLE \`_assessments_v_version_norms_dimensions\`;`)
  await db.run(sql`DROP TABLE \`_assessments_v_version_recommendation_rules\`;`)
  await db.run(sql`DROP TABLE \`_assessments_v\`;`)
  await db.run(sql`DROP TABLE \`assessment_responses\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_sources\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`venue\` text,
  	\`volume\` text,
  	\`issue\` text,
  	\`pages\` text,
  	\`year\` numeric,
  	\`published_date\` text,
  	\`date_accessed\` text,
  	\`doi\` text,
  	\`url\` text,
  	\`archive_url\` text,
  	\`licence\` text,
  	\`provenance_source_type\` text,
  	\`provenance_study_design\` text,
  	\`provenance_sample_size\` numeric,
  	\`provenance_sample_description\` text,
  	\`provenance_conflict_of_interest\` text,
  	\`flags_vendor_survey\` integer DEFAULT false,
  	\`flags_recall_bias\` integer DEFAULT false,
  	\`flags_preprint\` integer DEFAULT false,
  	\`flags_retracted\` integer DEFAULT false,
  	\`verification_status\` text DEFAULT 'unverified',
  	\`verification_note\` text,
  	\`verification_checked_by_id\` text(36),
  	\`verification_checked_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`verification_checked_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_sources\`("id", "title", "venue", "volume", "issue", "pages", "year", "published_date", "date_accessed", "doi", "url", "archive_url", "licence", "provenance_source_type", "provenance_study_design", "provenance_sample_size", "provenance_sample_description", "provenance_conflict_of_interest", "flags_vendor_survey", "flags_recall_bias", "flags_preprint", "flags_retracted", "verification_status", "verification_note", "verification_checked_by_id", "verification_checked_at", "updated_at", "created_at", "_status") SELECT "id", "title", "venue", "volume", "issue", "pages", "year", "published_date", "date_accessed", "doi", "url", "archive_url", "licence", "provenance_source_type", "provenance_study_design", "provenance_sample_size", "provenance_sample_description", "provenance_conflict_of_interest", "flags_vendor_survey", "flags_recall_bias", "flags_preprint", "flags_retracted", "verification_status", "verification_note", "verification_checked_by_id", "verification_checked_at", "updated_at", "created_at", "_status" FROM \`sources\`;`)
  await db.run(sql`DROP TABLE \`sources\`;`)
  await db.run(sql`ALTER TABLE \`__new_sources\` RENAME TO \`sources\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`sources_year_idx\` ON \`sources\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`sources_doi_idx\` ON \`sources\` (\`doi\`);`)
  await db.run(sql`CREATE INDEX \`sources_provenance_provenance_source_type_idx\` ON \`sources\` (\`provenance_source_type\`);`)
  await db.run(sql`CREATE INDEX \`sources_verification_verification_status_idx\` ON \`sources\` (\`verification_status\`);`)
  await db.run(sql`CREATE INDEX \`sources_verification_verification_checked_by_idx\` ON \`sources\` (\`verification_checked_by_id\`);`)
  await db.run(sql`CREATE INDEX \`sources_updated_at_idx\` ON \`sources\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sources_created_at_idx\` ON \`sources\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`sources__status_idx\` ON \`sources\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__sources_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_venue\` text,
  	\`version_volume\` text,
  	\`version_issue\` text,
  	\`version_pages\` text,
  	\`version_year\` numeric,
  	\`version_published_date\` text,
  	\`version_date_accessed\` text,
  	\`version_doi\` text,
  	\`version_url\` text,
  	\`version_archive_url\` text,
  	\`version_licence\` text,
  	\`version_provenance_source_type\` text,
  	\`version_provenance_study_design\` text,
  	\`version_provenance_sample_size\` numeric,
  	\`version_provenance_sample_description\` text,
  	\`version_provenance_conflict_of_interest\` text,
  	\`version_flags_vendor_survey\` integer DEFAULT false,
  	\`version_flags_recall_bias\` integer DEFAULT false,
  	\`version_flags_preprint\` integer DEFAULT false,
  	\`version_flags_retracted\` integer DEFAULT false,
  	\`version_verification_status\` text DEFAULT 'unverified',
  	\`version_verification_note\` text,
  	\`version_verification_checked_by_id\` text(36),
  	\`version_verification_checked_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_verification_checked_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__sources_v\`("id", "parent_id", "version_title", "version_venue", "version_volume", "version_issue", "version_pages", "version_year", "version_published_date", "version_date_accessed", "version_doi", "version_url", "version_archive_url", "version_licence", "version_provenance_source_type", "version_provenance_study_design", "version_provenance_sample_size", "version_provenance_sample_description", "version_provenance_conflict_of_interest", "version_flags_vendor_survey", "version_flags_recall_bias", "version_flags_preprint", "version_flags_retracted", "version_verification_status", "version_verification_note", "version_verification_checked_by_id", "version_verification_checked_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_venue", "version_volume", "version_issue", "version_pages", "version_year", "version_published_date", "version_date_accessed", "version_doi", "version_url", "version_archive_url", "version_licence", "version_provenance_source_type", "version_provenance_study_design", "version_provenance_sample_size", "version_provenance_sample_description", "version_provenance_conflict_of_interest", "version_flags_vendor_survey", "version_flags_recall_bias", "version_flags_preprint", "version_flags_retracted", "version_verification_status", "version_verification_note", "version_verification_checked_by_id", "version_verification_checked_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_sources_v\`;`)
  await db.run(sql`DROP TABLE \`_sources_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__sources_v\` RENAME TO \`_sources_v\`;`)
  await db.run(sql`CREATE INDEX \`_sources_v_parent_idx\` ON \`_sources_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_version_year_idx\` ON \`_sources_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_version_doi_idx\` ON \`_sources_v\` (\`version_doi\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_provenance_version_provenance_source__idx\` ON \`_sources_v\` (\`version_provenance_source_type\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_verification_version_verification_sta_idx\` ON \`_sources_v\` (\`version_verification_status\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_verification_version_verification_che_idx\` ON \`_sources_v\` (\`version_verification_checked_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_version_updated_at_idx\` ON \`_sources_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_version_created_at_idx\` ON \`_sources_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_version__status_idx\` ON \`_sources_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_created_at_idx\` ON \`_sources_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_updated_at_idx\` ON \`_sources_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_latest_idx\` ON \`_sources_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_findings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`headline\` text,
  	\`statement\` text,
  	\`source_id\` text(36),
  	\`topic\` text,
  	\`population\` text,
  	\`scope\` text,
  	\`certainty\` text,
  	\`limitations\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_findings\`("id", "headline", "statement", "source_id", "topic", "population", "scope", "certainty", "limitations", "updated_at", "created_at", "_status") SELECT "id", "headline", "statement", "source_id", "topic", "population", "scope", "certainty", "limitations", "updated_at", "created_at", "_status" FROM \`findings\`;`)
  await db.run(sql`DROP TABLE \`findings\`;`)
  await db.run(sql`ALTER TABLE \`__new_findings\` RENAME TO \`findings\`;`)
  await db.run(sql`CREATE INDEX \`findings_source_idx\` ON \`findings\` (\`source_id\`);`)
  await db.run(sql`CREATE INDEX \`findings_topic_idx\` ON \`findings\` (\`topic\`);`)
  await db.run(sql`CREATE INDEX \`findings_updated_at_idx\` ON \`findings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`findings_created_at_idx\` ON \`findings\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`findings__status_idx\` ON \`findings\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__findings_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_headline\` text,
  	\`version_statement\` text,
  	\`version_source_id\` text(36),
  	\`version_topic\` text,
  	\`version_population\` text,
  	\`version_scope\` text,
  	\`version_certainty\` text,
  	\`version_limitations\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__findings_v\`("id", "parent_id", "version_headline", "version_statement", "version_source_id", "version_topic", "version_population", "version_scope", "version_certainty", "version_limitations", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_headline", "version_statement", "version_source_id", "version_topic", "version_population", "version_scope", "version_certainty", "version_limitations", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_findings_v\`;`)
  await db.run(sql`DROP TABLE \`_findings_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__findings_v\` RENAME TO \`_findings_v\`;`)
  await db.run(sql`CREATE INDEX \`_findings_v_parent_idx\` ON \`_findings_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_findings_v_version_version_source_idx\` ON \`_findings_v\` (\`version_source_id\`);`)
  await db.run(sql`CREATE INDEX \`_findings_v_version_version_topic_idx\` ON \`_findings_v\` (\`version_topic\`);`)
  await db.run(sql`CREATE INDEX \`_findings_v_version_version_updated_at_idx\` ON \`_findings_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_findings_v_version_version_created_at_idx\` ON \`_findings_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_findings_v_version_version__status_idx\` ON \`_findings_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_findings_v_created_at_idx\` ON \`_findings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_findings_v_updated_at_idx\` ON \`_findings_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_findings_v_latest_idx\` ON \`_findings_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_careers\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`demand_profile\` text,
  	\`taxonomy_onet_soc\` text,
  	\`taxonomy_onet_title\` text,
  	\`taxonomy_esco_label\` text,
  	\`taxonomy_isco08\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_careers\`("id", "title", "slug", "summary", "demand_profile", "taxonomy_onet_soc", "taxonomy_onet_title", "taxonomy_esco_label", "taxonomy_isco08", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "summary", "demand_profile", "taxonomy_onet_soc", "taxonomy_onet_title", "taxonomy_esco_label", "taxonomy_isco08", "updated_at", "created_at", "_status" FROM \`careers\`;`)
  await db.run(sql`DROP TABLE \`careers\`;`)
  await db.run(sql`ALTER TABLE \`__new_careers\` RENAME TO \`careers\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`careers_slug_idx\` ON \`careers\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`careers_updated_at_idx\` ON \`careers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`careers_created_at_idx\` ON \`careers\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`careers__status_idx\` ON \`careers\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__careers_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_demand_profile\` text,
  	\`version_taxonomy_onet_soc\` text,
  	\`version_taxonomy_onet_title\` text,
  	\`version_taxonomy_esco_label\` text,
  	\`version_taxonomy_isco08\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`careers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__careers_v\`("id", "parent_id", "version_title", "version_slug", "version_summary", "version_demand_profile", "version_taxonomy_onet_soc", "version_taxonomy_onet_title", "version_taxonomy_esco_label", "version_taxonomy_isco08", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_summary", "version_demand_profile", "version_taxonomy_onet_soc", "version_taxonomy_onet_title", "version_taxonomy_esco_label", "version_taxonomy_isco08", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_careers_v\`;`)
  await db.run(sql`DROP TABLE \`_careers_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__careers_v\` RENAME TO \`_careers_v\`;`)
  await db.run(sql`CREATE INDEX \`_careers_v_parent_idx\` ON \`_careers_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_version_slug_idx\` ON \`_careers_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_version_updated_at_idx\` ON \`_careers_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_version_created_at_idx\` ON \`_careers_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_version_version__status_idx\` ON \`_careers_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_created_at_idx\` ON \`_careers_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_updated_at_idx\` ON \`_careers_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_careers_v_latest_idx\` ON \`_careers_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_skills\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`kind\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_skills\`("id", "name", "slug", "summary", "kind", "updated_at", "created_at", "_status") SELECT "id", "name", "slug", "summary", "kind", "updated_at", "created_at", "_status" FROM \`skills\`;`)
  await db.run(sql`DROP TABLE \`skills\`;`)
  await db.run(sql`ALTER TABLE \`__new_skills\` RENAME TO \`skills\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`skills_slug_idx\` ON \`skills\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`skills_updated_at_idx\` ON \`skills\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`skills_created_at_idx\` ON \`skills\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`skills__status_idx\` ON \`skills\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__skills_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_kind\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`skills\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__skills_v\`("id", "parent_id", "version_name", "version_slug", "version_summary", "version_kind", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_name", "version_slug", "version_summary", "version_kind", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_skills_v\`;`)
  await db.run(sql`DROP TABLE \`_skills_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__skills_v\` RENAME TO \`_skills_v\`;`)
  await db.run(sql`CREATE INDEX \`_skills_v_parent_idx\` ON \`_skills_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_skills_v_version_version_slug_idx\` ON \`_skills_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_skills_v_version_version_updated_at_idx\` ON \`_skills_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_skills_v_version_version_created_at_idx\` ON \`_skills_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_skills_v_version_version__status_idx\` ON \`_skills_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_skills_v_created_at_idx\` ON \`_skills_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_skills_v_updated_at_idx\` ON \`_skills_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_skills_v_latest_idx\` ON \`_skills_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_career_skills\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`career_id\` text(36),
  	\`skill_id\` text(36),
  	\`summary\` text,
  	\`funnel_role_value\` text,
  	\`funnel_role_basis\` text DEFAULT 'analyst-judgement',
  	\`funnel_role_finding_id\` text(36),
  	\`funnel_role_rationale\` text,
  	\`salary_uplift_value\` text,
  	\`salary_uplift_basis\` text DEFAULT 'analyst-judgement',
  	\`salary_uplift_finding_id\` text(36),
  	\`salary_uplift_rationale\` text,
  	\`learning_ramp_value\` text,
  	\`learning_ramp_basis\` text DEFAULT 'analyst-judgement',
  	\`learning_ramp_finding_id\` text(36),
  	\`learning_ramp_rationale\` text,
  	\`applicability_value\` text,
  	\`applicability_basis\` text DEFAULT 'analyst-judgement',
  	\`applicability_finding_id\` text(36),
  	\`applicability_rationale\` text,
  	\`scope_note\` text,
  	\`limitations\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`career_id\`) REFERENCES \`careers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`skill_id\`) REFERENCES \`skills\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`funnel_role_finding_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`salary_uplift_finding_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`learning_ramp_finding_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`applicability_finding_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_career_skills\`("id", "title", "career_id", "skill_id", "summary", "funnel_role_value", "funnel_role_basis", "funnel_role_finding_id", "funnel_role_rationale", "salary_uplift_value", "salary_uplift_basis", "salary_uplift_finding_id", "salary_uplift_rationale", "learning_ramp_value", "learning_ramp_basis", "learning_ramp_finding_id", "learning_ramp_rationale", "applicability_value", "applicability_basis", "applicability_finding_id", "applicability_rationale", "scope_note", "limitations", "updated_at", "created_at", "_status") SELECT "id", "title", "career_id", "skill_id", "summary", "funnel_role_value", "funnel_role_basis", "funnel_role_finding_id", "funnel_role_rationale", "salary_uplift_value", "salary_uplift_basis", "salary_uplift_finding_id", "salary_uplift_rationale", "learning_ramp_value", "learning_ramp_basis", "learning_ramp_finding_id", "learning_ramp_rationale", "applicability_value", "applicability_basis", "applicability_finding_id", "applicability_rationale", "scope_note", "limitations", "updated_at", "created_at", "_status" FROM \`career_skills\`;`)
  await db.run(sql`DROP TABLE \`career_skills\`;`)
  await db.run(sql`ALTER TABLE \`__new_career_skills\` RENAME TO \`career_skills\`;`)
  await db.run(sql`CREATE INDEX \`career_skills_career_idx\` ON \`career_skills\` (\`career_id\`);`)
  await db.run(sql`CREATE INDEX \`career_skills_skill_idx\` ON \`career_skills\` (\`skill_id\`);`)
  await db.run(sql`CREATE INDEX \`career_skills_funnel_role_funnel_role_finding_idx\` ON \`career_skills\` (\`funnel_role_finding_id\`);`)
  await db.run(sql`CREATE INDEX \`career_skills_salary_uplift_salary_uplift_finding_idx\` ON \`career_skills\` (\`salary_uplift_finding_id\`);`)
  await db.run(sql`CREATE INDEX \`career_skills_learning_ramp_learning_ramp_finding_idx\` ON \`career_skills\` (\`learning_ramp_finding_id\`);`)
  await db.run(sql`CREATE INDEX \`career_skills_applicability_applicability_finding_idx\` ON \`career_skills\` (\`applicability_finding_id\`);`)
  await db.run(sql`CREATE INDEX \`career_skills_updated_at_idx\` ON \`career_skills\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`career_skills_created_at_idx\` ON \`career_skills\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`career_skills__status_idx\` ON \`career_skills\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`career_skill_idx\` ON \`career_skills\` (\`career_id\`,\`skill_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__career_skills_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_career_id\` text(36),
  	\`version_skill_id\` text(36),
  	\`version_summary\` text,
  	\`version_funnel_role_value\` text,
  	\`version_funnel_role_basis\` text DEFAULT 'analyst-judgement',
  	\`version_funnel_role_finding_id\` text(36),
  	\`version_funnel_role_rationale\` text,
  	\`version_salary_uplift_value\` text,
  	\`version_salary_uplift_basis\` text DEFAULT 'analyst-judgement',
  	\`version_salary_uplift_finding_id\` text(36),
  	\`version_salary_uplift_rationale\` text,
  	\`version_learning_ramp_value\` text,
  	\`version_learning_ramp_basis\` text DEFAULT 'analyst-judgement',
  	\`version_learning_ramp_finding_id\` text(36),
  	\`version_learning_ramp_rationale\` text,
  	\`version_applicability_value\` text,
  	\`version_applicability_basis\` text DEFAULT 'analyst-judgement',
  	\`version_applicability_finding_id\` text(36),
  	\`version_applicability_rationale\` text,
  	\`version_scope_note\` text,
  	\`version_limitations\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`career_skills\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_career_id\`) REFERENCES \`careers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_skill_id\`) REFERENCES \`skills\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_funnel_role_finding_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_salary_uplift_finding_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_learning_ramp_finding_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_applicability_finding_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__career_skills_v\`("id", "parent_id", "version_title", "version_career_id", "version_skill_id", "version_summary", "version_funnel_role_value", "version_funnel_role_basis", "version_funnel_role_finding_id", "version_funnel_role_rationale", "version_salary_uplift_value", "version_salary_uplift_basis", "version_salary_uplift_finding_id", "version_salary_uplift_rationale", "version_learning_ramp_value", "version_learning_ramp_basis", "version_learning_ramp_finding_id", "version_learning_ramp_rationale", "version_applicability_value", "version_applicability_basis", "version_applicability_finding_id", "version_applicability_rationale", "version_scope_note", "version_limitations", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_career_id", "version_skill_id", "version_summary", "version_funnel_role_value", "version_funnel_role_basis", "version_funnel_role_finding_id", "version_funnel_role_rationale", "version_salary_uplift_value", "version_salary_uplift_basis", "version_salary_uplift_finding_id", "version_salary_uplift_rationale", "version_learning_ramp_value", "version_learning_ramp_basis", "version_learning_ramp_finding_id", "version_learning_ramp_rationale", "version_applicability_value", "version_applicability_basis", "version_applicability_finding_id", "version_applicability_rationale", "version_scope_note", "version_limitations", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_career_skills_v\`;`)
  await db.run(sql`DROP TABLE \`_career_skills_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__career_skills_v\` RENAME TO \`_career_skills_v\`;`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_parent_idx\` ON \`_career_skills_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_version_version_career_idx\` ON \`_career_skills_v\` (\`version_career_id\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_version_version_skill_idx\` ON \`_career_skills_v\` (\`version_skill_id\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_version_funnel_role_version_funnel_role_idx\` ON \`_career_skills_v\` (\`version_funnel_role_finding_id\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_version_salary_uplift_version_salary_up_idx\` ON \`_career_skills_v\` (\`version_salary_uplift_finding_id\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_version_learning_ramp_version_learning__idx\` ON \`_career_skills_v\` (\`version_learning_ramp_finding_id\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_version_applicability_version_applicabi_idx\` ON \`_career_skills_v\` (\`version_applicability_finding_id\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_version_version_updated_at_idx\` ON \`_career_skills_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_version_version_created_at_idx\` ON \`_career_skills_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_version_version__status_idx\` ON \`_career_skills_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_created_at_idx\` ON \`_career_skills_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_updated_at_idx\` ON \`_career_skills_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_career_skills_v_latest_idx\` ON \`_career_skills_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_career_version_skill_idx\` ON \`_career_skills_v\` (\`version_career_id\`,\`version_skill_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_faqs\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	\`topic\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_faqs\`("id", "question", "answer", "topic", "updated_at", "created_at", "_status") SELECT "id", "question", "answer", "topic", "updated_at", "created_at", "_status" FROM \`faqs\`;`)
  await db.run(sql`DROP TABLE \`faqs\`;`)
  await db.run(sql`ALTER TABLE \`__new_faqs\` RENAME TO \`faqs\`;`)
  await db.run(sql`CREATE INDEX \`faqs_topic_idx\` ON \`faqs\` (\`topic\`);`)
  await db.run(sql`CREATE INDEX \`faqs_updated_at_idx\` ON \`faqs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`faqs_created_at_idx\` ON \`faqs\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`faqs__status_idx\` ON \`faqs\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__faqs_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_question\` text,
  	\`version_answer\` text,
  	\`version_topic\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__faqs_v\`("id", "parent_id", "version_question", "version_answer", "version_topic", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_question", "version_answer", "version_topic", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_faqs_v\`;`)
  await db.run(sql`DROP TABLE \`_faqs_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__faqs_v\` RENAME TO \`_faqs_v\`;`)
  await db.run(sql`CREATE INDEX \`_faqs_v_parent_idx\` ON \`_faqs_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_topic_idx\` ON \`_faqs_v\` (\`version_topic\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_updated_at_idx\` ON \`_faqs_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_created_at_idx\` ON \`_faqs_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version__status_idx\` ON \`_faqs_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_created_at_idx\` ON \`_faqs_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_updated_at_idx\` ON \`_faqs_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_latest_idx\` ON \`_faqs_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	\`sources_id\` text(36),
  	\`findings_id\` text(36),
  	\`careers_id\` text(36),
  	\`skills_id\` text(36),
  	\`career_skills_id\` text(36),
  	\`faqs_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`findings_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`careers_id\`) REFERENCES \`careers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`skills_id\`) REFERENCES \`skills\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`career_skills_id\`) REFERENCES \`career_skills\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "sources_id", "findings_id", "careers_id", "skills_id", "career_skills_id", "faqs_id") SELECT "id", "order", "parent_id", "path", "users_id", "sources_id", "findings_id", "careers_id", "skills_id", "career_skills_id", "faqs_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sources_id_idx\` ON \`payload_locked_documents_rels\` (\`sources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_findings_id_idx\` ON \`payload_locked_documents_rels\` (\`findings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_careers_id_idx\` ON \`payload_locked_documents_rels\` (\`careers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_skills_id_idx\` ON \`payload_locked_documents_rels\` (\`skills_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_career_skills_id_idx\` ON \`payload_locked_documents_rels\` (\`career_skills_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_faqs_id_idx\` ON \`payload_locked_documents_rels\` (\`faqs_id\`);`)
}
