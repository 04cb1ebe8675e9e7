import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ChoiceSetTargetGroupIndex1795400000000 implements MigrationInterface {
  name = 'ChoiceSetTargetGroupIndex1795400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX "ix_framework_participation_target_groups" ON "framework_participation" USING gin ("target_groups")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_framework_participation_target_groups"');
  }
}
