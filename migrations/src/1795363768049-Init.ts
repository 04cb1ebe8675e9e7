import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795363768049 implements MigrationInterface {
  name = 'Init1795363768049';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"audit_log\" (\"seq\" bigint NOT NULL, \"occurred_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"actor_id\" uuid, \"actor_role\" character varying(32), \"action\" character varying(80) NOT NULL, \"entity_type\" character varying(60) NOT NULL, \"entity_id\" character varying(64) NOT NULL, \"data\" jsonb NOT NULL, \"correlation_id\" character varying(64) NOT NULL, \"prev_hash\" character(64) NOT NULL, \"hash\" character(64) NOT NULL, CONSTRAINT \"PK_ce5b9b7d945cab0a6c604bafd9e\" PRIMARY KEY (\"seq\"))");
    await queryRunner.query("CREATE INDEX \"ix_audit_log_entity\" ON \"audit_log\"  (\"entity_type\") ");
    await queryRunner.query("CREATE TABLE \"organisation\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"kind\" character varying(16) NOT NULL, \"name\" character varying(200) NOT NULL, \"kvk_number\" character(8), \"email\" character varying(254), \"street_address\" character varying(200), \"postcode\" character varying(7), \"city\" character varying(100), \"version\" integer NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_organisation_provider_has_kvk\" CHECK (kind <> 'PROVIDER' OR kvk_number IS NOT NULL), CONSTRAINT \"ck_organisation_kvk_format\" CHECK (kvk_number IS NULL OR kvk_number ~ '^[0-9]{8}$'), CONSTRAINT \"PK_c725ae234ef1b74cce43d2d00c1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_organisation_name\" ON \"organisation\"  (\"name\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_organisation_kvk_number\" ON \"organisation\"  (\"kvk_number\") ");
    await queryRunner.query("CREATE TABLE \"app_user\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organisation_id\" uuid NOT NULL, \"email\" character varying(254) NOT NULL, \"name\" character varying(200) NOT NULL, \"role\" character varying(32) NOT NULL, \"password_hash\" character varying(200) NOT NULL, \"active\" boolean NOT NULL DEFAULT true, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"last_login_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_22a5c4a3d9b2fb8e4e73fc4ada1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_app_user_organisation\" ON \"app_user\"  (\"organisation_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_app_user_email\" ON \"app_user\"  (\"email\") ");
    await queryRunner.query("CREATE TABLE \"outbox_event\" (\"seq\" BIGSERIAL NOT NULL, \"id\" uuid NOT NULL, \"type\" character varying(80) NOT NULL, \"aggregate_type\" character varying(60) NOT NULL, \"aggregate_id\" character varying(64) NOT NULL, \"payload\" jsonb NOT NULL, \"occurred_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"correlation_id\" character varying(64) NOT NULL, \"published_at\" TIMESTAMP WITH TIME ZONE, \"publish_attempts\" integer NOT NULL DEFAULT '0', \"applied_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_8b2ec32e4ede6bb674633367acb\" PRIMARY KEY (\"seq\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_outbox_event_id\" ON \"outbox_event\"  (\"id\") ");
    await queryRunner.query("CREATE INDEX \"ix_outbox_event_unapplied\" ON \"outbox_event\"  (\"seq\") WHERE applied_at IS NULL");
    await queryRunner.query("CREATE TABLE \"provider_profile\" (\"organisation_id\" uuid NOT NULL, \"home_region_code\" character varying(16) NOT NULL, \"regions_served\" character varying array NOT NULL, \"target_groups\" character varying array NOT NULL, \"services\" character varying array NOT NULL, \"size_class\" character varying(16) NOT NULL, \"employees\" integer NOT NULL, \"annual_capacity\" integer NOT NULL, \"founded_year\" smallint, CONSTRAINT \"PK_8a97986ed95e7e90360586ef76a\" PRIMARY KEY (\"organisation_id\"))");
    await queryRunner.query("CREATE INDEX \"ix_provider_profile_regions_served\" ON \"provider_profile\" USING gin (\"regions_served\")");
    await queryRunner.query("CREATE INDEX \"ix_provider_profile_home_region\" ON \"provider_profile\"  (\"home_region_code\") ");
    await queryRunner.query("ALTER TABLE \"app_user\" ADD CONSTRAINT \"fk_app_user_organisation\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"provider_profile\" ADD CONSTRAINT \"fk_provider_profile_organisation\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisation\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"provider_profile\" DROP CONSTRAINT \"fk_provider_profile_organisation\"");
    await queryRunner.query("ALTER TABLE \"app_user\" DROP CONSTRAINT \"fk_app_user_organisation\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_provider_profile_regions_served\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_provider_profile_home_region\"");
    await queryRunner.query("DROP TABLE \"provider_profile\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_outbox_event_unapplied\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_outbox_event_id\"");
    await queryRunner.query("DROP TABLE \"outbox_event\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_app_user_email\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_app_user_organisation\"");
    await queryRunner.query("DROP TABLE \"app_user\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_organisation_kvk_number\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_organisation_name\"");
    await queryRunner.query("DROP TABLE \"organisation\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_audit_log_entity\"");
    await queryRunner.query("DROP TABLE \"audit_log\"");
  }
}
