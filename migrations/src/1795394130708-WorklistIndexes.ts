import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WorklistIndexes1795394130708 implements MigrationInterface {
  name = 'WorklistIndexes1795394130708';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"ix_client_case_coach\"");
    await queryRunner.query("CREATE INDEX \"ix_client_case_coach\" ON \"client_case\"  (\"coach_id\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"ix_trajectory_open_work\" ON \"trajectory\"  (\"status\") WHERE status IN ('PLAN_SUBMITTED', 'AWAITING_SECOND_APPROVAL', 'ADJUSTMENT_SUBMITTED', 'ENDED', 'END_REPORT_SUBMITTED', 'END_REPORT_RETURNED')");
    await queryRunner.query("CREATE INDEX \"ix_evaluation_stop_pending\" ON \"evaluation\"  (\"trajectory_id\") WHERE stop_requested AND decision IS NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"ix_evaluation_stop_pending\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_trajectory_open_work\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_client_case_coach\"");
    await queryRunner.query("CREATE INDEX \"ix_client_case_coach\" ON \"client_case\" USING btree (\"coach_id\") ");
  }
}
