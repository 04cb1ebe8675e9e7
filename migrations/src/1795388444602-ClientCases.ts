import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ClientCases1795388444602 implements MigrationInterface {
  name = 'ClientCases1795388444602';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"client_case\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"bsn_hmac\" character(64) NOT NULL, \"bsn_sealed\" bytea NOT NULL, \"benefit_type\" character varying(16) NOT NULL, \"target_group\" character varying(16) NOT NULL, \"region\" character varying(16) NOT NULL, \"distance_to_labour_market\" smallint NOT NULL, \"age_band\" character varying(8) NOT NULL, \"barriers\" character varying array NOT NULL, \"hours_per_week\" smallint NOT NULL, \"coach_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_86a12d68fccb3709ae513d65f20\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_client_case_bsn_hmac\" ON \"client_case\"  (\"bsn_hmac\") ");
    await queryRunner.query("CREATE TABLE \"work_plan\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"case_id\" uuid NOT NULL, \"version_no\" integer NOT NULL, \"route\" character varying(16) NOT NULL, \"framework_id\" uuid, \"proposed_hours\" smallint NOT NULL, \"duration_months\" smallint NOT NULL, \"activities\" character varying array NOT NULL, \"exception_justification\" text, \"created_by\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_a874dc31923adb2c0c81f427b31\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_work_plan_version\" ON \"work_plan\"  (\"case_id\", \"version_no\") ");
    await queryRunner.query("CREATE TABLE \"provider_choice\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"case_id\" uuid NOT NULL, \"work_plan_id\" uuid NOT NULL, \"method\" character varying(32) NOT NULL, \"intro_meetings\" uuid array NOT NULL, \"vetoed\" uuid array NOT NULL, \"chosen_provider_id\" uuid NOT NULL, \"reason\" text, \"decided_by\" uuid NOT NULL, \"decided_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_4f6274a35f31c5681c57b4ff1d6\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("ALTER TABLE \"client_case\" ADD CONSTRAINT \"fk_client_case_coach\" FOREIGN KEY (\"coach_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"work_plan\" ADD CONSTRAINT \"fk_work_plan_case\" FOREIGN KEY (\"case_id\") REFERENCES \"client_case\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"provider_choice\" ADD CONSTRAINT \"fk_provider_choice_work_plan\" FOREIGN KEY (\"work_plan_id\") REFERENCES \"work_plan\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"provider_choice\" ADD CONSTRAINT \"fk_provider_choice_provider\" FOREIGN KEY (\"chosen_provider_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"provider_choice\" DROP CONSTRAINT \"fk_provider_choice_provider\"");
    await queryRunner.query("ALTER TABLE \"provider_choice\" DROP CONSTRAINT \"fk_provider_choice_work_plan\"");
    await queryRunner.query("ALTER TABLE \"work_plan\" DROP CONSTRAINT \"fk_work_plan_case\"");
    await queryRunner.query("ALTER TABLE \"client_case\" DROP CONSTRAINT \"fk_client_case_coach\"");
    await queryRunner.query("DROP TABLE \"provider_choice\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_work_plan_version\"");
    await queryRunner.query("DROP TABLE \"work_plan\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_client_case_bsn_hmac\"");
    await queryRunner.query("DROP TABLE \"client_case\"");
  }
}
