import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Scoring1795392171628 implements MigrationInterface {
  name = 'Scoring1795392171628';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"score_case_mix_index\" (\"run_id\" uuid NOT NULL, \"provider_id\" uuid NOT NULL, \"route\" character varying(16) NOT NULL, \"n\" integer NOT NULL, \"observed\" integer NOT NULL, \"expected\" double precision NOT NULL, \"variance\" double precision NOT NULL, CONSTRAINT \"PK_c52f5acab80efd9f8202fb0c694\" PRIMARY KEY (\"run_id\", \"provider_id\", \"route\"))");
    await queryRunner.query("CREATE TABLE \"score_cell\" (\"provider_id\" uuid NOT NULL, \"route\" character varying(16) NOT NULL, \"benefit_type\" character varying(16) NOT NULL, \"region\" character varying(16) NOT NULL, \"month\" date NOT NULL, \"starts\" integer NOT NULL, \"completions\" integer NOT NULL, \"successes\" integer NOT NULL, \"unsuccessful\" integer NOT NULL, \"early_terminations\" integer NOT NULL, \"pending\" integer NOT NULL, \"placements\" integer NOT NULL, \"duration_days\" bigint NOT NULL, \"price_cents\" bigint NOT NULL, \"planned_hours\" numeric(14,2) NOT NULL, \"delivered_hours\" numeric(14,2) NOT NULL, \"reports_on_time\" integer NOT NULL, \"followed_6\" integer NOT NULL, \"working_6\" integer NOT NULL, \"followed_12\" integer NOT NULL, \"working_12\" integer NOT NULL, \"satisfaction_n\" integer NOT NULL, \"satisfaction_sum\" integer NOT NULL, CONSTRAINT \"PK_ed5a18948afcff72e3b228fcdca\" PRIMARY KEY (\"provider_id\", \"route\", \"benefit_type\", \"region\", \"month\"))");
    await queryRunner.query("CREATE INDEX \"ix_score_cell_month\" ON \"score_cell\"  (\"month\") ");
    await queryRunner.query("CREATE TABLE \"score_contest\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"provider_id\" uuid NOT NULL, \"trajectory_id\" uuid NOT NULL, \"reason\" text NOT NULL, \"evidence\" text NOT NULL, \"status\" character varying(10) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"decided_by\" uuid, \"decided_at\" TIMESTAMP WITH TIME ZONE, \"decision_comment\" text, \"run_id\" uuid, CONSTRAINT \"PK_76309bffa556a4e769560537da7\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_score_contest_provider\" ON \"score_contest\"  (\"provider_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"score_review_case\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"provider_id\" uuid NOT NULL, \"route\" character varying(16) NOT NULL, \"norm\" character varying(40) NOT NULL, \"last_quarter\" character varying(7) NOT NULL, \"basis\" jsonb NOT NULL, \"status\" character varying(10) NOT NULL, \"run_id\" uuid NOT NULL, \"opened_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_43a72c413a5b18cbf69d821fa0c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_score_review_case_breach\" ON \"score_review_case\"  (\"provider_id\", \"route\", \"norm\", \"last_quarter\") ");
    await queryRunner.query("CREATE TABLE \"score_run\" (\"id\" uuid NOT NULL, \"job_id\" character varying(80) NOT NULL, \"trigger\" character varying(12) NOT NULL, \"status\" character varying(8) NOT NULL, \"requested_by\" uuid, \"requested_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"started_at\" TIMESTAMP WITH TIME ZONE, \"finished_at\" TIMESTAMP WITH TIME ZONE, \"attempts\" integer NOT NULL DEFAULT '0', \"methodology_version\" character varying(40), \"parameters\" jsonb, \"watermark_seq\" bigint, \"code_version\" character varying(64), \"trajectories\" integer, \"cells\" integer, \"error\" text, CONSTRAINT \"PK_b0722b049968defc306f0cf7843\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_score_run_job\" ON \"score_run\"  (\"job_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_score_run_requested\" ON \"score_run\"  (\"requested_at\") ");
    await queryRunner.query("CREATE TABLE \"score_trajectory\" (\"trajectory_id\" uuid NOT NULL, \"provider_id\" uuid, \"route\" character varying(16), \"benefit_type\" character varying(16), \"region\" character varying(16), \"distance_to_labour_market\" smallint, \"age_band\" character varying(8), \"barrier_count\" smallint, \"started_on\" date, \"price_cents\" bigint, \"ended_on\" date, \"end_reason\" character varying(32), \"closed_outcome\" character varying(20), \"judged_outcome\" character varying(20), \"planned_hours\" numeric(9,2), \"delivered_hours\" numeric(9,2), \"end_report_late\" boolean, \"placed\" boolean NOT NULL DEFAULT false, \"follow_up_known\" integer NOT NULL DEFAULT '0', \"follow_up_working\" integer NOT NULL DEFAULT '0', \"satisfaction\" smallint, \"excluded\" boolean NOT NULL DEFAULT false, CONSTRAINT \"PK_32f9d02b6f87486d761afd409c2\" PRIMARY KEY (\"trajectory_id\"))");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"score_trajectory\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_score_run_requested\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_score_run_job\"");
    await queryRunner.query("DROP TABLE \"score_run\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_score_review_case_breach\"");
    await queryRunner.query("DROP TABLE \"score_review_case\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_score_contest_provider\"");
    await queryRunner.query("DROP TABLE \"score_contest\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_score_cell_month\"");
    await queryRunner.query("DROP TABLE \"score_cell\"");
    await queryRunner.query("DROP TABLE \"score_case_mix_index\"");
  }
}
