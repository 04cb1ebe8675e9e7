import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TenderClarifications1795387891944 implements MigrationInterface {
  name = 'TenderClarifications1795387891944';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"tender_question\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tender_id\" uuid NOT NULL, \"asker_id\" uuid NOT NULL, \"question\" text NOT NULL, \"asked_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"answer\" text, \"answered_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_71dbca9ee5078b3fc26ad2efb5b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_tender_question_tender\" ON \"tender_question\"  (\"tender_id\", \"asked_at\") ");
    await queryRunner.query("CREATE TABLE \"tender_amendment\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tender_id\" uuid NOT NULL, \"amendment_no\" integer NOT NULL, \"summary\" text NOT NULL, \"material\" boolean NOT NULL, \"bid_deadline_before\" TIMESTAMP WITH TIME ZONE NOT NULL, \"bid_deadline_after\" TIMESTAMP WITH TIME ZONE NOT NULL, \"published_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_e8aaf4d419b7ced5db871c368a2\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_tender_amendment\" ON \"tender_amendment\"  (\"tender_id\", \"amendment_no\") ");
    await queryRunner.query("ALTER TABLE \"tender\" ADD \"material_amendment_no\" integer NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE \"tender_bid\" ADD \"confirmed_amendment_no\" integer NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE \"tender_question\" ADD CONSTRAINT \"fk_tender_question_tender\" FOREIGN KEY (\"tender_id\") REFERENCES \"tender\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"tender_amendment\" ADD CONSTRAINT \"fk_tender_amendment_tender\" FOREIGN KEY (\"tender_id\") REFERENCES \"tender\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"tender_amendment\" DROP CONSTRAINT \"fk_tender_amendment_tender\"");
    await queryRunner.query("ALTER TABLE \"tender_question\" DROP CONSTRAINT \"fk_tender_question_tender\"");
    await queryRunner.query("ALTER TABLE \"tender_bid\" DROP COLUMN \"confirmed_amendment_no\"");
    await queryRunner.query("ALTER TABLE \"tender\" DROP COLUMN \"material_amendment_no\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_tender_amendment\"");
    await queryRunner.query("DROP TABLE \"tender_amendment\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_tender_question_tender\"");
    await queryRunner.query("DROP TABLE \"tender_question\"");
  }
}
