import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Trajectories1795388656759 implements MigrationInterface {
  name = 'Trajectories1795388656759';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"trajectory\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"case_id\" uuid NOT NULL, \"work_plan_id\" uuid NOT NULL, \"provider_id\" uuid NOT NULL, \"route\" character varying(16) NOT NULL, \"framework_id\" uuid, \"status\" character varying(32) NOT NULL, \"first_approver_id\" uuid, \"version\" integer NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_373f211dd1c96fdf1344f604847\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_trajectory_provider\" ON \"trajectory\"  (\"provider_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_trajectory_open_per_case\" ON \"trajectory\"  (\"case_id\") WHERE status NOT IN ('REJECTED', 'WITHDRAWN', 'ORDERED')");
    await queryRunner.query("CREATE TABLE \"provider_plan\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"trajectory_id\" uuid NOT NULL, \"version_no\" integer NOT NULL, \"activities\" jsonb NOT NULL, \"hours\" integer NOT NULL, \"duration_months\" smallint NOT NULL, \"price_cents\" integer NOT NULL, \"exception_justification\" text, \"submitted_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"decision\" character varying(16), \"review_comment\" text, \"cheaper_route\" jsonb, \"reviewed_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_cce2487b654601d0e3577ad1b6b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_provider_plan_version\" ON \"provider_plan\"  (\"trajectory_id\", \"version_no\") ");
    await queryRunner.query("CREATE TABLE \"purchase_order\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"trajectory_id\" uuid NOT NULL, \"plan_id\" uuid NOT NULL, \"amount_cents\" integer NOT NULL, \"consent_note\" text NOT NULL, \"issued_by\" uuid NOT NULL, \"issued_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_ad3e1c7b862f4043b103a6c8c60\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_purchase_order_trajectory\" ON \"purchase_order\"  (\"trajectory_id\") ");
    await queryRunner.query("CREATE TABLE \"payment_ledger\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"key\" character varying(120) NOT NULL, \"trajectory_id\" uuid NOT NULL, \"kind\" character varying(16) NOT NULL, \"amount_cents\" integer NOT NULL, \"due_on\" date NOT NULL, \"booked_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_7ff324b355621959e87dc752489\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_payment_ledger_key\" ON \"payment_ledger\"  (\"key\") ");
    await queryRunner.query("CREATE INDEX \"ix_payment_ledger_trajectory\" ON \"payment_ledger\"  (\"trajectory_id\") ");
    await queryRunner.query("ALTER TABLE \"trajectory\" ADD CONSTRAINT \"fk_trajectory_case\" FOREIGN KEY (\"case_id\") REFERENCES \"client_case\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"trajectory\" ADD CONSTRAINT \"fk_trajectory_provider\" FOREIGN KEY (\"provider_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"provider_plan\" ADD CONSTRAINT \"fk_provider_plan_trajectory\" FOREIGN KEY (\"trajectory_id\") REFERENCES \"trajectory\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"purchase_order\" ADD CONSTRAINT \"fk_purchase_order_trajectory\" FOREIGN KEY (\"trajectory_id\") REFERENCES \"trajectory\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"purchase_order\" DROP CONSTRAINT \"fk_purchase_order_trajectory\"");
    await queryRunner.query("ALTER TABLE \"provider_plan\" DROP CONSTRAINT \"fk_provider_plan_trajectory\"");
    await queryRunner.query("ALTER TABLE \"trajectory\" DROP CONSTRAINT \"fk_trajectory_provider\"");
    await queryRunner.query("ALTER TABLE \"trajectory\" DROP CONSTRAINT \"fk_trajectory_case\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_payment_ledger_trajectory\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_payment_ledger_key\"");
    await queryRunner.query("DROP TABLE \"payment_ledger\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_purchase_order_trajectory\"");
    await queryRunner.query("DROP TABLE \"purchase_order\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_provider_plan_version\"");
    await queryRunner.query("DROP TABLE \"provider_plan\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_trajectory_open_per_case\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_trajectory_provider\"");
    await queryRunner.query("DROP TABLE \"trajectory\"");
  }
}
