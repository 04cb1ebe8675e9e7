import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdempotencyKeys1795402833303 implements MigrationInterface {
  name = 'IdempotencyKeys1795402833303';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"idempotency_key\" (\"scope\" character varying(64) NOT NULL, \"key\" character varying(255) NOT NULL, \"request_hash\" character(64) NOT NULL, \"status\" integer, \"response\" jsonb, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_2738e797ef2c60d9a902bad976a\" PRIMARY KEY (\"scope\", \"key\"))");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"idempotency_key\"");
  }
}
