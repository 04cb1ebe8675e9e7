import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TrajectoryEnding1795388883763 implements MigrationInterface {
  name = 'TrajectoryEnding1795388883763';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"end_report\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"trajectory_id\" uuid NOT NULL, \"version_no\" integer NOT NULL, \"activities\" jsonb NOT NULL, \"success\" boolean NOT NULL, \"success_reason\" character varying(40), \"follow_up_advice\" character varying(40) NOT NULL, \"explanation\" text, \"client_signed_off\" boolean NOT NULL, \"late\" boolean NOT NULL, \"submitted_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"review\" character varying(16), \"review_comment\" text, CONSTRAINT \"PK_232a2a3a6ad51b1cf41fa7a1897\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_end_report_version\" ON \"end_report\"  (\"trajectory_id\", \"version_no\") ");
    await queryRunner.query("ALTER TABLE \"trajectory\" ADD \"ended_on\" date");
    await queryRunner.query("ALTER TABLE \"trajectory\" ADD \"end_reason\" character varying(32)");
    await queryRunner.query("ALTER TABLE \"trajectory\" ADD \"early_return_reason\" character varying(24)");
    await queryRunner.query("ALTER TABLE \"trajectory\" ADD \"early_return_text\" text");
    await queryRunner.query("ALTER TABLE \"trajectory\" ADD \"end_report_due\" date");
    await queryRunner.query("ALTER TABLE \"end_report\" ADD CONSTRAINT \"fk_end_report_trajectory\" FOREIGN KEY (\"trajectory_id\") REFERENCES \"trajectory\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"end_report\" DROP CONSTRAINT \"fk_end_report_trajectory\"");
    await queryRunner.query("ALTER TABLE \"trajectory\" DROP COLUMN \"end_report_due\"");
    await queryRunner.query("ALTER TABLE \"trajectory\" DROP COLUMN \"early_return_text\"");
    await queryRunner.query("ALTER TABLE \"trajectory\" DROP COLUMN \"early_return_reason\"");
    await queryRunner.query("ALTER TABLE \"trajectory\" DROP COLUMN \"end_reason\"");
    await queryRunner.query("ALTER TABLE \"trajectory\" DROP COLUMN \"ended_on\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_end_report_version\"");
    await queryRunner.query("DROP TABLE \"end_report\"");
  }
}
