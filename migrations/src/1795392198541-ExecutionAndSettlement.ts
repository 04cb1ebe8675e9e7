import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ExecutionAndSettlement1795392198541 implements MigrationInterface {
  name = 'ExecutionAndSettlement1795392198541';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"delivered_hours\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"trajectory_id\" uuid NOT NULL, \"activity_code\" character varying(24) NOT NULL, \"delivered_on\" date NOT NULL, \"hours\" numeric(6,2) NOT NULL, \"recorded_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_880276adf9c674ea8602991bd2c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_delivered_hours_trajectory\" ON \"delivered_hours\"  (\"trajectory_id\", \"activity_code\") ");
    await queryRunner.query("CREATE TABLE \"evaluation\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"trajectory_id\" uuid NOT NULL, \"moment\" smallint NOT NULL, \"progress\" text NOT NULL, \"stop_requested\" boolean NOT NULL, \"stop_reason\" text, \"submitted_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"decision\" character varying(8), \"decision_comment\" text, \"decided_by\" uuid, \"decided_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_b72edd439b9db736f55b584fa54\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_evaluation_moment\" ON \"evaluation\"  (\"trajectory_id\", \"moment\") ");
    await queryRunner.query("CREATE TABLE \"placement\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"trajectory_id\" uuid NOT NULL, \"contract_type\" character varying(16) NOT NULL, \"contract_months\" smallint, \"hours_per_week\" numeric(6,2) NOT NULL, \"start_on\" date NOT NULL, \"end_on\" date, \"recorded_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_4f8b29ee2db5213bcb38b6c71c4\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_placement_trajectory\" ON \"placement\"  (\"trajectory_id\") ");
    await queryRunner.query("CREATE TABLE \"illness_period\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"trajectory_id\" uuid NOT NULL, \"from_on\" date NOT NULL, \"to_on\" date NOT NULL, \"recorded_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_dcd7753506b7d20565558883ed1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_illness_period_trajectory\" ON \"illness_period\"  (\"trajectory_id\") ");
    await queryRunner.query("CREATE TABLE \"aftercare\" (\"trajectory_id\" uuid NOT NULL, \"learning_while_working\" boolean NOT NULL, \"start_on\" date NOT NULL, \"max_end_on\" date, \"completed_on\" date, CONSTRAINT \"PK_e59ac9551543bb7b8d07fb8eb3c\" PRIMARY KEY (\"trajectory_id\"))");
    await queryRunner.query("CREATE TABLE \"aftercare_event\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"trajectory_id\" uuid NOT NULL, \"kind\" character varying(16) NOT NULL, \"held_on\" date NOT NULL, \"note\" text NOT NULL, CONSTRAINT \"PK_2d3d7ce4dc9d3a2eed7475f2b00\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_aftercare_event_trajectory\" ON \"aftercare_event\"  (\"trajectory_id\") ");
    await queryRunner.query("CREATE TABLE \"satisfaction_score\" (\"trajectory_id\" uuid NOT NULL, \"score\" smallint NOT NULL, \"recorded_by\" uuid NOT NULL, \"recorded_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_2c59732bb28ecfe797138c199dd\" PRIMARY KEY (\"trajectory_id\"))");
    await queryRunner.query("CREATE TABLE \"survey_participation\" (\"provider_id\" uuid NOT NULL, \"participating\" boolean NOT NULL, \"changed_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_bbc43127d977ede3d13ac8991a3\" PRIMARY KEY (\"provider_id\"))");
    await queryRunner.query("CREATE TABLE \"follow_up_status\" (\"trajectory_id\" uuid NOT NULL, \"month\" character(7) NOT NULL, \"month_index\" smallint NOT NULL, \"working\" boolean NOT NULL, \"imported_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_21931f0ac8a15fd941daaaf4d57\" PRIMARY KEY (\"trajectory_id\", \"month\"))");
    await queryRunner.query("ALTER TABLE \"trajectory\" ADD \"started_on\" date");
    await queryRunner.query("ALTER TABLE \"trajectory\" ADD \"placement_judgement\" character varying(16)");
    await queryRunner.query("ALTER TABLE \"trajectory\" ADD \"settled_on\" date");
    await queryRunner.query("ALTER TABLE \"trajectory\" ADD \"status_since\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()");
    await queryRunner.query("UPDATE \"trajectory\" SET \"status_since\" = \"created_at\"");
    await queryRunner.query("ALTER TABLE \"trajectory\" ALTER COLUMN \"status_since\" DROP DEFAULT");
    await queryRunner.query("UPDATE \"trajectory\" t SET \"started_on\" = (po.\"issued_at\" AT TIME ZONE 'Europe/Amsterdam')::date FROM \"purchase_order\" po WHERE po.\"trajectory_id\" = t.\"id\"");
    await queryRunner.query("ALTER TABLE \"provider_plan\" ADD \"placement_bonus_cents\" integer NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE \"provider_plan\" ADD \"adjustment\" boolean NOT NULL DEFAULT false");
    await queryRunner.query("CREATE INDEX \"ix_client_case_coach\" ON \"client_case\"  (\"coach_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_trajectory_case\" ON \"trajectory\"  (\"case_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_trajectory_unsettled\" ON \"trajectory\"  (\"id\") WHERE started_on IS NOT NULL AND settled_on IS NULL");
    await queryRunner.query("ALTER TABLE \"delivered_hours\" ADD CONSTRAINT \"fk_delivered_hours_trajectory\" FOREIGN KEY (\"trajectory_id\") REFERENCES \"trajectory\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"evaluation\" ADD CONSTRAINT \"fk_evaluation_trajectory\" FOREIGN KEY (\"trajectory_id\") REFERENCES \"trajectory\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"placement\" ADD CONSTRAINT \"fk_placement_trajectory\" FOREIGN KEY (\"trajectory_id\") REFERENCES \"trajectory\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"illness_period\" ADD CONSTRAINT \"fk_illness_period_trajectory\" FOREIGN KEY (\"trajectory_id\") REFERENCES \"trajectory\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"aftercare\" ADD CONSTRAINT \"fk_aftercare_trajectory\" FOREIGN KEY (\"trajectory_id\") REFERENCES \"trajectory\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"aftercare_event\" ADD CONSTRAINT \"fk_aftercare_event_aftercare\" FOREIGN KEY (\"trajectory_id\") REFERENCES \"aftercare\"(\"trajectory_id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"satisfaction_score\" ADD CONSTRAINT \"fk_satisfaction_score_trajectory\" FOREIGN KEY (\"trajectory_id\") REFERENCES \"trajectory\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"survey_participation\" ADD CONSTRAINT \"fk_survey_participation_provider\" FOREIGN KEY (\"provider_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"follow_up_status\" ADD CONSTRAINT \"fk_follow_up_status_trajectory\" FOREIGN KEY (\"trajectory_id\") REFERENCES \"trajectory\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"follow_up_status\" DROP CONSTRAINT \"fk_follow_up_status_trajectory\"");
    await queryRunner.query("ALTER TABLE \"survey_participation\" DROP CONSTRAINT \"fk_survey_participation_provider\"");
    await queryRunner.query("ALTER TABLE \"satisfaction_score\" DROP CONSTRAINT \"fk_satisfaction_score_trajectory\"");
    await queryRunner.query("ALTER TABLE \"aftercare_event\" DROP CONSTRAINT \"fk_aftercare_event_aftercare\"");
    await queryRunner.query("ALTER TABLE \"aftercare\" DROP CONSTRAINT \"fk_aftercare_trajectory\"");
    await queryRunner.query("ALTER TABLE \"illness_period\" DROP CONSTRAINT \"fk_illness_period_trajectory\"");
    await queryRunner.query("ALTER TABLE \"placement\" DROP CONSTRAINT \"fk_placement_trajectory\"");
    await queryRunner.query("ALTER TABLE \"evaluation\" DROP CONSTRAINT \"fk_evaluation_trajectory\"");
    await queryRunner.query("ALTER TABLE \"delivered_hours\" DROP CONSTRAINT \"fk_delivered_hours_trajectory\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_trajectory_unsettled\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_trajectory_case\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_client_case_coach\"");
    await queryRunner.query("ALTER TABLE \"provider_plan\" DROP COLUMN \"adjustment\"");
    await queryRunner.query("ALTER TABLE \"provider_plan\" DROP COLUMN \"placement_bonus_cents\"");
    await queryRunner.query("ALTER TABLE \"trajectory\" DROP COLUMN \"status_since\"");
    await queryRunner.query("ALTER TABLE \"trajectory\" DROP COLUMN \"settled_on\"");
    await queryRunner.query("ALTER TABLE \"trajectory\" DROP COLUMN \"placement_judgement\"");
    await queryRunner.query("ALTER TABLE \"trajectory\" DROP COLUMN \"started_on\"");
    await queryRunner.query("DROP TABLE \"follow_up_status\"");
    await queryRunner.query("DROP TABLE \"survey_participation\"");
    await queryRunner.query("DROP TABLE \"satisfaction_score\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_aftercare_event_trajectory\"");
    await queryRunner.query("DROP TABLE \"aftercare_event\"");
    await queryRunner.query("DROP TABLE \"aftercare\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_illness_period_trajectory\"");
    await queryRunner.query("DROP TABLE \"illness_period\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_placement_trajectory\"");
    await queryRunner.query("DROP TABLE \"placement\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_evaluation_moment\"");
    await queryRunner.query("DROP TABLE \"evaluation\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_delivered_hours_trajectory\"");
    await queryRunner.query("DROP TABLE \"delivered_hours\"");
  }
}
