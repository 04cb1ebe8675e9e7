import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RedFlagRunsKept1795402836439 implements MigrationInterface {
  name = 'RedFlagRunsKept1795402836439';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"ix_red_flag_provider\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_red_flag_run_code\"");
    await queryRunner.query("CREATE INDEX \"ix_red_flag_provider_run\" ON \"red_flag\"  (\"provider_id\", \"run_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_red_flag_run_code_record\" ON \"red_flag\"  (\"run_id\", \"code\", \"record_id\") ");
    await queryRunner.query("ALTER TABLE \"red_flag\" ADD CONSTRAINT \"fk_red_flag_run\" FOREIGN KEY (\"run_id\") REFERENCES \"red_flag_run\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"red_flag\" DROP CONSTRAINT \"fk_red_flag_run\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_red_flag_run_code_record\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_red_flag_provider_run\"");
    await queryRunner.query("CREATE INDEX \"ix_red_flag_run_code\" ON \"red_flag\" USING btree (\"run_id\", \"code\") ");
    await queryRunner.query("CREATE INDEX \"ix_red_flag_provider\" ON \"red_flag\" USING btree (\"provider_id\") ");
  }
}
