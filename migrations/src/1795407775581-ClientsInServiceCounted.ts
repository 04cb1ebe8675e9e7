import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ClientsInServiceCounted1795407775581 implements MigrationInterface {
  name = 'ClientsInServiceCounted1795407775581';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"framework_participation\" DROP COLUMN \"clients_in_service\"");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"framework_participation\" ADD \"clients_in_service\" integer NOT NULL DEFAULT '0'");
  }
}
