import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TenderAward1795387046979 implements MigrationInterface {
  name = 'TenderAward1795387046979';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"tender_evaluator\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tender_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, CONSTRAINT \"PK_672c931421c9fc9d78b1920128b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_tender_evaluator\" ON \"tender_evaluator\"  (\"tender_id\", \"user_id\") ");
    await queryRunner.query("CREATE TABLE \"tender_score\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"bid_id\" uuid NOT NULL, \"criterion\" character varying(24) NOT NULL, \"evaluator_id\" uuid NOT NULL, \"score\" smallint NOT NULL, \"scored_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_fd4a30bffadf3c330095b2404a7\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_tender_score\" ON \"tender_score\"  (\"bid_id\", \"criterion\", \"evaluator_id\") ");
    await queryRunner.query("CREATE TABLE \"tender_consensus\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"bid_id\" uuid NOT NULL, \"criterion\" character varying(24) NOT NULL, \"score\" smallint NOT NULL, \"rationale\" text NOT NULL, \"decided_by\" uuid NOT NULL, \"decided_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_7d21371c7133c9f33f2da6500ec\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_tender_consensus\" ON \"tender_consensus\"  (\"bid_id\", \"criterion\") ");
    await queryRunner.query("CREATE TABLE \"tender_lot_award\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tender_id\" uuid NOT NULL, \"lot_id\" uuid NOT NULL, \"result\" jsonb NOT NULL, CONSTRAINT \"PK_47ebde504668e9e3163f2b7188f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_tender_lot_award\" ON \"tender_lot_award\"  (\"lot_id\") ");
    await queryRunner.query("CREATE TABLE \"tender_objection\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tender_id\" uuid NOT NULL, \"lot_id\" uuid NOT NULL, \"provider_id\" uuid NOT NULL, \"grounds\" text NOT NULL, \"status\" character varying(16) NOT NULL, \"decision\" text, \"filed_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"decided_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_e9c65db5502f30d9c67df5c8e6d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_tender_objection_tender\" ON \"tender_objection\"  (\"tender_id\", \"status\") ");
    await queryRunner.query("CREATE TABLE \"tender_contract\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tender_id\" uuid NOT NULL, \"lot_id\" uuid NOT NULL, \"tranche_no\" smallint NOT NULL, \"provider_id\" uuid NOT NULL, \"bid_id\" uuid NOT NULL, \"min_referrals\" integer NOT NULL, \"average_price_cents\" integer NOT NULL, \"financing\" jsonb NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_6298d9cc0414ce8ce833042195c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_tender_contract_tranche\" ON \"tender_contract\"  (\"lot_id\", \"tranche_no\") ");
    await queryRunner.query("ALTER TABLE \"tender\" ADD \"lottery_seed\" character varying(64)");
    await queryRunner.query("ALTER TABLE \"tender\" ADD \"standstill_ends_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"tender_evaluator\" ADD CONSTRAINT \"fk_tender_evaluator_tender\" FOREIGN KEY (\"tender_id\") REFERENCES \"tender\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"tender_evaluator\" ADD CONSTRAINT \"fk_tender_evaluator_user\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"tender_score\" ADD CONSTRAINT \"fk_tender_score_bid\" FOREIGN KEY (\"bid_id\") REFERENCES \"tender_bid\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"tender_consensus\" ADD CONSTRAINT \"fk_tender_consensus_bid\" FOREIGN KEY (\"bid_id\") REFERENCES \"tender_bid\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"tender_lot_award\" ADD CONSTRAINT \"fk_tender_lot_award_lot\" FOREIGN KEY (\"lot_id\") REFERENCES \"tender_lot\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"tender_objection\" ADD CONSTRAINT \"fk_tender_objection_tender\" FOREIGN KEY (\"tender_id\") REFERENCES \"tender\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"tender_objection\" ADD CONSTRAINT \"fk_tender_objection_provider\" FOREIGN KEY (\"provider_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"tender_contract\" ADD CONSTRAINT \"fk_tender_contract_lot\" FOREIGN KEY (\"lot_id\") REFERENCES \"tender_lot\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"tender_contract\" ADD CONSTRAINT \"fk_tender_contract_provider\" FOREIGN KEY (\"provider_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"tender_contract\" DROP CONSTRAINT \"fk_tender_contract_provider\"");
    await queryRunner.query("ALTER TABLE \"tender_contract\" DROP CONSTRAINT \"fk_tender_contract_lot\"");
    await queryRunner.query("ALTER TABLE \"tender_objection\" DROP CONSTRAINT \"fk_tender_objection_provider\"");
    await queryRunner.query("ALTER TABLE \"tender_objection\" DROP CONSTRAINT \"fk_tender_objection_tender\"");
    await queryRunner.query("ALTER TABLE \"tender_lot_award\" DROP CONSTRAINT \"fk_tender_lot_award_lot\"");
    await queryRunner.query("ALTER TABLE \"tender_consensus\" DROP CONSTRAINT \"fk_tender_consensus_bid\"");
    await queryRunner.query("ALTER TABLE \"tender_score\" DROP CONSTRAINT \"fk_tender_score_bid\"");
    await queryRunner.query("ALTER TABLE \"tender_evaluator\" DROP CONSTRAINT \"fk_tender_evaluator_user\"");
    await queryRunner.query("ALTER TABLE \"tender_evaluator\" DROP CONSTRAINT \"fk_tender_evaluator_tender\"");
    await queryRunner.query("ALTER TABLE \"tender\" DROP COLUMN \"standstill_ends_at\"");
    await queryRunner.query("ALTER TABLE \"tender\" DROP COLUMN \"lottery_seed\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_tender_contract_tranche\"");
    await queryRunner.query("DROP TABLE \"tender_contract\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_tender_objection_tender\"");
    await queryRunner.query("DROP TABLE \"tender_objection\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_tender_lot_award\"");
    await queryRunner.query("DROP TABLE \"tender_lot_award\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_tender_consensus\"");
    await queryRunner.query("DROP TABLE \"tender_consensus\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_tender_score\"");
    await queryRunner.query("DROP TABLE \"tender_score\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_tender_evaluator\"");
    await queryRunner.query("DROP TABLE \"tender_evaluator\"");
  }
}
