import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RedFlags1795396625094 implements MigrationInterface {
  name = 'RedFlags1795396625094';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"red_flag_run\" (\"id\" uuid NOT NULL, \"job_id\" character varying(80) NOT NULL, \"trigger\" character varying(12) NOT NULL, \"status\" character varying(8) NOT NULL, \"requested_by\" uuid, \"requested_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"finished_at\" TIMESTAMP WITH TIME ZONE, \"counts\" jsonb, \"error\" text, CONSTRAINT \"PK_ee463d9ccdc9ff2b2e6ddbdbe19\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_red_flag_run_job\" ON \"red_flag_run\"  (\"job_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_red_flag_run_requested\" ON \"red_flag_run\"  (\"requested_at\") ");
    await queryRunner.query("CREATE TABLE \"red_flag\" (\"id\" uuid NOT NULL, \"run_id\" uuid NOT NULL, \"code\" character varying(40) NOT NULL, \"definition_version\" smallint NOT NULL, \"record_type\" character varying(32) NOT NULL, \"record_id\" uuid NOT NULL, \"provider_id\" uuid, \"value\" integer NOT NULL, \"basis\" jsonb NOT NULL, \"detected_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_ae4ae36c18a33b67469897226e3\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_red_flag_provider\" ON \"red_flag\"  (\"provider_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_red_flag_run_code\" ON \"red_flag\"  (\"run_id\", \"code\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"ix_red_flag_run_code\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_red_flag_provider\"");
    await queryRunner.query("DROP TABLE \"red_flag\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_red_flag_run_requested\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_red_flag_run_job\"");
    await queryRunner.query("DROP TABLE \"red_flag_run\"");
  }
}
