import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { rebuildReviewQueue } from '../plugins/editorial-workflow/lib/queue/rebuildQueue'

/** The collections under review when the queue table was added. */
const GOVERNED = ['sources', 'findings', 'careers', 'skills', 'career-skills', 'faqs', 'assessments'] as const

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`review_bundles_members\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`collection_slug\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`title\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`review_bundles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`review_bundles_members_order_idx\` ON \`review_bundles_members\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`review_bundles_members_parent_id_idx\` ON \`review_bundles_members\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`review_bundles_members_key_idx\` ON \`review_bundles_members\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`review_bundles\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`lead_collection_slug\` text NOT NULL,
  	\`lead_document_id\` text NOT NULL,
  	\`submitted_by_id\` text(36),
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`review_bundles_status_idx\` ON \`review_bundles\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`review_bundles_submitted_by_idx\` ON \`review_bundles\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`review_bundles_updated_at_idx\` ON \`review_bundles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_bundles_created_at_idx\` ON \`review_bundles\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`review_queue\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`collection_slug\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`bundle\` text,
  	\`members\` numeric DEFAULT 1,
  	\`title\` text NOT NULL,
  	\`waiting_since\` text NOT NULL,
  	\`author\` text,
  	\`submitted_by\` text,
  	\`summary\` text,
  	\`note\` text,
  	\`claimed_by_id\` text(36),
  	\`claimed_by_name\` text,
  	\`claimed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`claimed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`review_queue_key_idx\` ON \`review_queue\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`review_queue_collection_slug_idx\` ON \`review_queue\` (\`collection_slug\`);`)
  await db.run(sql`CREATE INDEX \`review_queue_waiting_since_idx\` ON \`review_queue\` (\`waiting_since\`);`)
  await db.run(sql`CREATE INDEX \`review_queue_claimed_by_idx\` ON \`review_queue\` (\`claimed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`review_queue_updated_at_idx\` ON \`review_queue\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_queue_created_at_idx\` ON \`review_queue\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`review_schedules\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`action\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`collection_slug\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`bundle\` text,
  	\`status\` text DEFAULT 'scheduled' NOT NULL,
  	\`scheduled_by_id\` text(36),
  	\`scheduled_by_name\` text,
  	\`version_id\` text,
  	\`job_id\` text,
  	\`outcome\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`scheduled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`review_schedules_at_idx\` ON \`review_schedules\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`review_schedules_collection_slug_idx\` ON \`review_schedules\` (\`collection_slug\`);`)
  await db.run(sql`CREATE INDEX \`review_schedules_document_id_idx\` ON \`review_schedules\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`review_schedules_bundle_idx\` ON \`review_schedules\` (\`bundle\`);`)
  await db.run(sql`CREATE INDEX \`review_schedules_status_idx\` ON \`review_schedules\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`review_schedules_scheduled_by_idx\` ON \`review_schedules\` (\`scheduled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`review_schedules_updated_at_idx\` ON \`review_schedules\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_schedules_created_at_idx\` ON \`review_schedules\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`review_bundles_id\` text(36) REFERENCES review_bundles(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`review_queue_id\` text(36) REFERENCES review_queue(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`review_schedules_id\` text(36) REFERENCES review_schedules(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_bundles_id_idx\` ON \`payload_locked_documents_rels\` (\`review_bundles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_queue_id_idx\` ON \`payload_locked_documents_rels\` (\`review_queue_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_schedules_id_idx\` ON \`payload_locked_documents_rels\` (\`review_schedules_id\`);`)
  // Documents already in review get their queue rows.
  await rebuildReviewQueue({ payload, req, collections: [...GOVERNED] })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`review_bundles_members\`;`)
  await db.run(sql`DROP TABLE \`review_bundles\`;`)
  await db.run(sql`DROP TABLE \`review_queue\`;`)
  await db.run(sql`DROP TABLE \`review_schedules\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	\`assessments_id\` text(36),
  	\`assessment_responses_id\` text(36),
  	\`assessment_statistics_id\` text(36),
  	\`imports_id\` text(36),
  	\`audit_log_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`findings_id\`) REFERENCES \`findings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`careers_id\`) REFERENCES \`careers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`skills_id\`) REFERENCES \`skills\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`career_skills_id\`) REFERENCES \`career_skills\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`assessments_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`assessment_responses_id\`) REFERENCES \`assessment_responses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`assessment_statistics_id\`) REFERENCES \`assessment_statistics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`imports_id\`) REFERENCES \`imports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "sources_id", "findings_id", "careers_id", "skills_id", "career_skills_id", "faqs_id", "assessments_id", "assessment_responses_id", "assessment_statistics_id", "imports_id", "audit_log_id") SELECT "id", "order", "parent_id", "path", "users_id", "sources_id", "findings_id", "careers_id", "skills_id", "career_skills_id", "faqs_id", "assessments_id", "assessment_responses_id", "assessment_statistics_id", "imports_id", "audit_log_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_assessments_id_idx\` ON \`payload_locked_documents_rels\` (\`assessments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_assessment_responses_id_idx\` ON \`payload_locked_documents_rels\` (\`assessment_responses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_assessment_statistics_id_idx\` ON \`payload_locked_documents_rels\` (\`assessment_statistics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`imports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
}
