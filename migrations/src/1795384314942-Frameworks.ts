import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Frameworks1795384314942 implements MigrationInterface {
  name = 'Frameworks1795384314942';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"framework\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" character varying(200) NOT NULL, \"legal_mode\" character varying(16) NOT NULL, \"valid_from\" date NOT NULL, \"valid_until\" date NOT NULL, \"decision_working_days\" smallint NOT NULL, \"status\" character varying(16) NOT NULL, \"version\" integer NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_framework_validity\" CHECK (valid_until > valid_from), CONSTRAINT \"PK_413064c9a2fb226f0d933712883\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_framework_name\" ON \"framework\"  (\"name\") ");
    await queryRunner.query("CREATE TABLE \"framework_application\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"framework_id\" uuid NOT NULL, \"provider_id\" uuid NOT NULL, \"lot\" character varying(32) NOT NULL, \"status\" character varying(16) NOT NULL, \"terms_version_no\" integer NOT NULL, \"declarations\" character varying array NOT NULL DEFAULT '{}', \"experience\" jsonb, \"regions\" character varying array NOT NULL DEFAULT '{}', \"target_groups\" character varying array NOT NULL DEFAULT '{}', \"locations\" jsonb NOT NULL DEFAULT '[]', \"capacity\" integer NOT NULL DEFAULT '0', \"submitted_at\" TIMESTAMP WITH TIME ZONE, \"decision_due_at\" TIMESTAMP WITH TIME ZONE, \"decided_at\" TIMESTAMP WITH TIME ZONE, \"version\" integer NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_b3efe2dd6e49f3c155efc0fc9ec\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_framework_application_provider\" ON \"framework_application\"  (\"provider_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_framework_application_queue\" ON \"framework_application\"  (\"status\", \"decision_due_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_framework_application_open\" ON \"framework_application\"  (\"framework_id\", \"provider_id\", \"lot\") WHERE status NOT IN ('ADMITTED', 'REJECTED', 'WITHDRAWN')");
    await queryRunner.query("CREATE TABLE \"framework_application_event\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"application_id\" uuid NOT NULL, \"action\" character varying(24) NOT NULL, \"to_status\" character varying(16) NOT NULL, \"actor_id\" uuid, \"message\" text, \"decisions\" jsonb, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_47dc3b7295186e70fe6b4d16694\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_framework_application_event_application\" ON \"framework_application_event\"  (\"application_id\", \"at\") ");
    await queryRunner.query("CREATE TABLE \"evidence_document\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organisation_id\" uuid NOT NULL, \"requirement_code\" character varying(16) NOT NULL, \"version_no\" integer NOT NULL, \"file_name\" character varying(200) NOT NULL, \"content_type\" character varying(64) NOT NULL, \"size_bytes\" integer NOT NULL, \"sha256\" character(64) NOT NULL, \"content\" bytea NOT NULL, \"valid_until\" date, \"status\" character varying(16) NOT NULL, \"uploaded_by\" uuid NOT NULL, \"uploaded_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"reviewed_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_1236a1cb527e7f4d234145bfe33\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_evidence_document_version\" ON \"evidence_document\"  (\"organisation_id\", \"requirement_code\", \"version_no\") ");
    await queryRunner.query("CREATE TABLE \"framework_terms\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"framework_id\" uuid NOT NULL, \"version_no\" integer NOT NULL, \"summary\" text NOT NULL, \"hourly_rate_cents\" integer NOT NULL, \"lots\" jsonb NOT NULL, \"checklist\" jsonb NOT NULL, \"effective_from\" date NOT NULL, \"published_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_e4c957b2ddf628edf7d250b882a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_framework_terms_version\" ON \"framework_terms\"  (\"framework_id\", \"version_no\") ");
    await queryRunner.query("CREATE TABLE \"framework_participation\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"framework_id\" uuid NOT NULL, \"provider_id\" uuid NOT NULL, \"lot\" character varying(32) NOT NULL, \"application_id\" uuid NOT NULL, \"accepted_terms_version_no\" integer NOT NULL, \"status\" character varying(16) NOT NULL, \"suspension_cause\" character varying(24), \"suspended_until\" TIMESTAMP WITH TIME ZONE, \"status_reason\" text, \"regions\" character varying array NOT NULL, \"target_groups\" character varying array NOT NULL, \"locations\" jsonb NOT NULL, \"capacity\" integer NOT NULL, \"clients_in_service\" integer NOT NULL DEFAULT '0', \"admitted_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"version\" integer NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_cd268708f00032a4f694380e9e6\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_framework_participation_regions\" ON \"framework_participation\" USING gin (\"regions\")");
    await queryRunner.query("CREATE INDEX \"ix_framework_participation_provider\" ON \"framework_participation\"  (\"provider_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_framework_participation_choice\" ON \"framework_participation\"  (\"framework_id\", \"lot\", \"status\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_framework_participation\" ON \"framework_participation\"  (\"framework_id\", \"provider_id\", \"lot\") ");
    await queryRunner.query("CREATE TABLE \"provider_notification\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organisation_id\" uuid NOT NULL, \"dedupe_key\" character varying(160) NOT NULL, \"kind\" character varying(40) NOT NULL, \"message\" text NOT NULL, \"data\" jsonb NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_4409e13a07b0fcf003c8ddf2bbf\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_provider_notification_dedupe\" ON \"provider_notification\"  (\"dedupe_key\") ");
    await queryRunner.query("CREATE INDEX \"ix_provider_notification_organisation\" ON \"provider_notification\"  (\"organisation_id\", \"created_at\") ");
    await queryRunner.query("ALTER TABLE \"framework_application\" ADD CONSTRAINT \"fk_framework_application_framework\" FOREIGN KEY (\"framework_id\") REFERENCES \"framework\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"framework_application\" ADD CONSTRAINT \"fk_framework_application_provider\" FOREIGN KEY (\"provider_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"framework_application_event\" ADD CONSTRAINT \"fk_framework_application_event_application\" FOREIGN KEY (\"application_id\") REFERENCES \"framework_application\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"evidence_document\" ADD CONSTRAINT \"fk_evidence_document_organisation\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"framework_terms\" ADD CONSTRAINT \"fk_framework_terms_framework\" FOREIGN KEY (\"framework_id\") REFERENCES \"framework\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"framework_participation\" ADD CONSTRAINT \"fk_framework_participation_framework\" FOREIGN KEY (\"framework_id\") REFERENCES \"framework\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"framework_participation\" ADD CONSTRAINT \"fk_framework_participation_provider\" FOREIGN KEY (\"provider_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"framework_participation\" ADD CONSTRAINT \"fk_framework_participation_application\" FOREIGN KEY (\"application_id\") REFERENCES \"framework_application\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"provider_notification\" ADD CONSTRAINT \"fk_provider_notification_organisation\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"provider_notification\" DROP CONSTRAINT \"fk_provider_notification_organisation\"");
    await queryRunner.query("ALTER TABLE \"framework_participation\" DROP CONSTRAINT \"fk_framework_participation_application\"");
    await queryRunner.query("ALTER TABLE \"framework_participation\" DROP CONSTRAINT \"fk_framework_participation_provider\"");
    await queryRunner.query("ALTER TABLE \"framework_participation\" DROP CONSTRAINT \"fk_framework_participation_framework\"");
    await queryRunner.query("ALTER TABLE \"framework_terms\" DROP CONSTRAINT \"fk_framework_terms_framework\"");
    await queryRunner.query("ALTER TABLE \"evidence_document\" DROP CONSTRAINT \"fk_evidence_document_organisation\"");
    await queryRunner.query("ALTER TABLE \"framework_application_event\" DROP CONSTRAINT \"fk_framework_application_event_application\"");
    await queryRunner.query("ALTER TABLE \"framework_application\" DROP CONSTRAINT \"fk_framework_application_provider\"");
    await queryRunner.query("ALTER TABLE \"framework_application\" DROP CONSTRAINT \"fk_framework_application_framework\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_provider_notification_organisation\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_provider_notification_dedupe\"");
    await queryRunner.query("DROP TABLE \"provider_notification\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_framework_participation\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_framework_participation_choice\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_framework_participation_regions\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_framework_participation_provider\"");
    await queryRunner.query("DROP TABLE \"framework_participation\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_framework_terms_version\"");
    await queryRunner.query("DROP TABLE \"framework_terms\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_evidence_document_version\"");
    await queryRunner.query("DROP TABLE \"evidence_document\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_framework_application_event_application\"");
    await queryRunner.query("DROP TABLE \"framework_application_event\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_framework_application_open\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_framework_application_queue\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_framework_application_provider\"");
    await queryRunner.query("DROP TABLE \"framework_application\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_framework_name\"");
    await queryRunner.query("DROP TABLE \"framework\"");
  }
}
