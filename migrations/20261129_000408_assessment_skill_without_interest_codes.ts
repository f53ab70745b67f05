import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`assessments\` ADD \`skill_id\` text(36) REFERENCES skills(id);`)
  await db.run(sql`CREATE INDEX \`assessments_skill_idx\` ON \`assessments\` (\`skill_id\`);`)
  await db.run(sql`ALTER TABLE \`_assessments_v\` ADD \`version_skill_id\` text(36) REFERENCES skills(id);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_version_skill_idx\` ON \`_assessments_v\` (\`version_skill_id\`);`)
  // A skill-level instrument stored before it named its skill measures the one its rules name most.
  await db.run(sql`UPDATE \`assessments\` SET \`skill_id\` = (SELECT \`skill_id\` FROM \`assessments_recommendation_rules\` r WHERE r.\`_parent_id\` = \`assessments\`.\`id\` AND r.\`skill_id\` IS NOT NULL GROUP BY r.\`skill_id\` ORDER BY count(*) DESC, min(r.\`_order\`) LIMIT 1) WHERE \`kind\` = 'skill-level';`)
  await db.run(sql`UPDATE \`_assessments_v\` SET \`version_skill_id\` = (SELECT \`skill_id\` FROM \`_assessments_v_version_recommendation_rules\` r WHERE r.\`_parent_id\` = \`_assessments_v\`.\`id\` AND r.\`skill_id\` IS NOT NULL GROUP BY r.\`skill_id\` ORDER BY count(*) DESC, min(r.\`_order\`) LIMIT 1) WHERE \`version_kind\` = 'skill-level';`)
  // A matching instrument's rules carried hand-typed interest codes and cited findings about job
  // growth, wages and AI exposure; careers are now matched on O*NET interest profiles, so they go.
  await db.run(sql`DELETE FROM \`assessments_recommendation_rules\` WHERE \`_parent_id\` IN (SELECT \`id\` FROM \`assessments\` WHERE \`kind\` = 'matching');`)
  await db.run(sql`DELETE FROM \`_assessments_v_version_recommendation_rules\` WHERE \`_parent_id\` IN (SELECT \`id\` FROM \`_assessments_v\` WHERE \`version_kind\` = 'matching');`)
  await db.run(sql`ALTER TABLE \`assessments_recommendation_rules\` DROP COLUMN \`interest_code\`;`)
  await db.run(sql`ALTER TABLE \`assessments_recommendation_rules\` DROP COLUMN \`interest_code_basis\`;`)
  await db.run(sql`ALTER TABLE \`_assessments_v_version_recommendation_rules\` DROP COLUMN \`interest_code\`;`)
  await db.run(sql`ALTER TABLE \`_assessments_v_version_recommendation_rules\` DROP COLUMN \`interest_code_basis\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_assessments\` (
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
  	\`stage\` text DEFAULT 'draft',
  	\`review_note\` text,
  	\`changed_by_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`changed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_assessments\`("id", "title", "slug", "kind", "summary", "instructions", "estimated_minutes", "norms_synthetic", "norms_sample_description", "reliability", "stage", "review_note", "changed_by_id", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "kind", "summary", "instructions", "estimated_minutes", "norms_synthetic", "norms_sample_description", "reliability", "stage", "review_note", "changed_by_id", "updated_at", "created_at", "_status" FROM \`assessments\`;`)
  await db.run(sql`DROP TABLE \`assessments\`;`)
  await db.run(sql`ALTER TABLE \`__new_assessments\` RENAME TO \`assessments\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`assessments_slug_idx\` ON \`assessments\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`assessments_stage_idx\` ON \`assessments\` (\`stage\`);`)
  await db.run(sql`CREATE INDEX \`assessments_changed_by_idx\` ON \`assessments\` (\`changed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`assessments_updated_at_idx\` ON \`assessments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`assessments_created_at_idx\` ON \`assessments\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`assessments__status_idx\` ON \`assessments\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__assessments_v\` (
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
  	\`version_stage\` text DEFAULT 'draft',
  	\`version_review_note\` text,
  	\`version_changed_by_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_changed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__assessments_v\`("id", "parent_id", "version_title", "version_slug", "version_kind", "version_summary", "version_instructions", "version_estimated_minutes", "version_norms_synthetic", "version_norms_sample_description", "version_reliability", "version_stage", "version_review_note", "version_changed_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_kind", "version_summary", "version_instructions", "version_estimated_minutes", "version_norms_synthetic", "version_norms_sample_description", "version_reliability", "version_stage", "version_review_note", "version_changed_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_assessments_v\`;`)
  await db.run(sql`DROP TABLE \`_assessments_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__assessments_v\` RENAME TO \`_assessments_v\`;`)
  await db.run(sql`CREATE INDEX \`_assessments_v_parent_idx\` ON \`_assessments_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_version_slug_idx\` ON \`_assessments_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_version_stage_idx\` ON \`_assessments_v\` (\`version_stage\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_version_changed_by_idx\` ON \`_assessments_v\` (\`version_changed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_version_updated_at_idx\` ON \`_assessments_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_version_created_at_idx\` ON \`_assessments_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_version_version__status_idx\` ON \`_assessments_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_created_at_idx\` ON \`_assessments_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_updated_at_idx\` ON \`_assessments_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_assessments_v_latest_idx\` ON \`_assessments_v\` (\`latest\`);`)
  await db.run(sql`ALTER TABLE \`assessments_recommendation_rules\` ADD \`interest_code\` text;`)
  await db.run(sql`ALTER TABLE \`assessments_recommendation_rules\` ADD \`interest_code_basis\` text;`)
  await db.run(sql`ALTER TABLE \`_assessments_v_version_recommendation_rules\` ADD \`interest_code\` text;`)
  await db.run(sql`ALTER TABLE \`_assessments_v_version_recommendation_rules\` ADD \`interest_code_basis\` text;`)
}
