import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Tenders1795386821209 implements MigrationInterface {
  name = 'Tenders1795386821209';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"tender\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" character varying(200) NOT NULL, \"status\" character varying(16) NOT NULL, \"questions_close_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"selection_deadline_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"bid_deadline_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"standstill_days\" smallint NOT NULL, \"evaluation_rules\" jsonb NOT NULL, \"vrije_ruimte_cap_bp\" integer NOT NULL, \"opening_quorum\" boolean NOT NULL, \"bid_public_key\" text NOT NULL, \"wrapped_private_key\" bytea NOT NULL, \"merkle_root\" character(64), \"root_published_at\" TIMESTAMP WITH TIME ZONE, \"published_at\" TIMESTAMP WITH TIME ZONE, \"opening_requested_by\" uuid, \"opened_at\" TIMESTAMP WITH TIME ZONE, \"cancel_reason\" text, \"version\" integer NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_cf05759ac4297391f87db210f64\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_tender_name\" ON \"tender\"  (\"name\") ");
    await queryRunner.query("CREATE TABLE \"tender_lot\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tender_id\" uuid NOT NULL, \"code\" character varying(40) NOT NULL, \"target_group\" character varying(16) NOT NULL, \"region\" character varying(16), \"expected_volume\" integer NOT NULL, \"tranches\" smallint NOT NULL, \"min_referrals\" integer NOT NULL, \"max_price_cents\" integer NOT NULL, \"max_duration_days\" integer NOT NULL, \"financing\" jsonb NOT NULL, \"vrije_ruimte_purpose\" character varying(32), CONSTRAINT \"PK_b4c10e209d4ad0cc25a9b44b9c1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_tender_lot_code\" ON \"tender_lot\"  (\"tender_id\", \"code\") ");
    await queryRunner.query("CREATE TABLE \"tender_bid\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tender_id\" uuid NOT NULL, \"lot_id\" uuid NOT NULL, \"provider_id\" uuid NOT NULL, \"status\" character varying(16) NOT NULL, \"ciphertext\" bytea NOT NULL, \"iv\" bytea NOT NULL, \"auth_tag\" bytea NOT NULL, \"encrypted_key\" bytea NOT NULL, \"commitment\" character(64) NOT NULL, \"submitted_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"opened_content\" jsonb, CONSTRAINT \"PK_359024485b9d8b30ea24862a35c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_tender_bid_tender\" ON \"tender_bid\"  (\"tender_id\", \"status\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_tender_bid_active\" ON \"tender_bid\"  (\"lot_id\", \"provider_id\") WHERE status = 'ACTIVE'");
    await queryRunner.query("CREATE TABLE \"tender_selection_request\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"lot_id\" uuid NOT NULL, \"provider_id\" uuid NOT NULL, \"newcomer\" boolean NOT NULL, \"experience_trajectories\" integer NOT NULL, \"status\" character varying(16) NOT NULL, \"reason\" text, \"requested_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"decided_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_97ab9bd80d981f59941c0eb3131\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_tender_selection_request\" ON \"tender_selection_request\"  (\"lot_id\", \"provider_id\") ");
    await queryRunner.query("ALTER TABLE \"tender_lot\" ADD CONSTRAINT \"fk_tender_lot_tender\" FOREIGN KEY (\"tender_id\") REFERENCES \"tender\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"tender_bid\" ADD CONSTRAINT \"fk_tender_bid_lot\" FOREIGN KEY (\"lot_id\") REFERENCES \"tender_lot\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"tender_bid\" ADD CONSTRAINT \"fk_tender_bid_provider\" FOREIGN KEY (\"provider_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"tender_selection_request\" ADD CONSTRAINT \"fk_tender_selection_request_lot\" FOREIGN KEY (\"lot_id\") REFERENCES \"tender_lot\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"tender_selection_request\" ADD CONSTRAINT \"fk_tender_selection_request_provider\" FOREIGN KEY (\"provider_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"tender_selection_request\" DROP CONSTRAINT \"fk_tender_selection_request_provider\"");
    await queryRunner.query("ALTER TABLE \"tender_selection_request\" DROP CONSTRAINT \"fk_tender_selection_request_lot\"");
    await queryRunner.query("ALTER TABLE \"tender_bid\" DROP CONSTRAINT \"fk_tender_bid_provider\"");
    await queryRunner.query("ALTER TABLE \"tender_bid\" DROP CONSTRAINT \"fk_tender_bid_lot\"");
    await queryRunner.query("ALTER TABLE \"tender_lot\" DROP CONSTRAINT \"fk_tender_lot_tender\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_tender_selection_request\"");
    await queryRunner.query("DROP TABLE \"tender_selection_request\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_tender_bid_active\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_tender_bid_tender\"");
    await queryRunner.query("DROP TABLE \"tender_bid\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_tender_lot_code\"");
    await queryRunner.query("DROP TABLE \"tender_lot\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_tender_name\"");
    await queryRunner.query("DROP TABLE \"tender\"");
  }
}
