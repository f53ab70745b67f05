import * as migration_20261128_061043_initial from './20261128_061043_initial';
import * as migration_20261128_062804_workflow_and_assessments from './20261128_062804_workflow_and_assessments';
import * as migration_20261128_064112_assessments_under_review from './20261128_064112_assessments_under_review';
import * as migration_20261128_215930_answers_hash from './20261128_215930_answers_hash';
import * as migration_20261128_234416_onet_import from './20261128_234416_onet_import';
import * as migration_20261128_235232_assessment_statistics from './20261128_235232_assessment_statistics';
import * as migration_20261129_000408_assessment_skill_without_interest_codes from './20261129_000408_assessment_skill_without_interest_codes';
import * as migration_20261129_015000_evidence_model from './20261129_015000_evidence_model';
import * as migration_20261129_015240_review_schedule from './20261129_015240_review_schedule';

export const migrations = [
  {
    up: migration_20261128_061043_initial.up,
    down: migration_20261128_061043_initial.down,
    name: '20261128_061043_initial',
  },
  {
    up: migration_20261128_062804_workflow_and_assessments.up,
    down: migration_20261128_062804_workflow_and_assessments.down,
    name: '20261128_062804_workflow_and_assessments',
  },
  {
    up: migration_20261128_064112_assessments_under_review.up,
    down: migration_20261128_064112_assessments_under_review.down,
    name: '20261128_064112_assessments_under_review',
  },
  {
    up: migration_20261128_215930_answers_hash.up,
    down: migration_20261128_215930_answers_hash.down,
    name: '20261128_215930_answers_hash',
  },
  {
    up: migration_20261128_234416_onet_import.up,
    down: migration_20261128_234416_onet_import.down,
    name: '20261128_234416_onet_import',
  },
  {
    up: migration_20261128_235232_assessment_statistics.up,
    down: migration_20261128_235232_assessment_statistics.down,
    name: '20261128_235232_assessment_statistics',
  },
  {
    up: migration_20261129_000408_assessment_skill_without_interest_codes.up,
    down: migration_20261129_000408_assessment_skill_without_interest_codes.down,
    name: '20261129_000408_assessment_skill_without_interest_codes',
  },
  {
    up: migration_20261129_015000_evidence_model.up,
    down: migration_20261129_015000_evidence_model.down,
    name: '20261129_015000_evidence_model',
  },
  {
    up: migration_20261129_015240_review_schedule.up,
    down: migration_20261129_015240_review_schedule.down,
    name: '20261129_015240_review_schedule',
  },
];
