import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Scoring sums over integers only (hours in hundredths, prices in int cents) and the cells lose their month index:
 *  the full recompute of 1,000,000 trajectories aggregates and writes markedly faster. Existing figures are kept. */
export class ScoringIntegerSums1795394292106 implements MigrationInterface {
  name = 'ScoringIntegerSums1795394292106';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"ix_score_cell_month\"");
    for (const [table, type] of [['score_cell', 'bigint'], ['score_trajectory', 'integer']]) {
      for (const column of ['planned', 'delivered']) {
        await queryRunner.query(`ALTER TABLE "${table}" RENAME COLUMN "${column}_hours" TO "${column}_centihours"`);
        await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "${column}_centihours" TYPE ${type} USING round("${column}_centihours" * 100)::${type}`);
      }
    }
    await queryRunner.query("ALTER TABLE \"score_trajectory\" ALTER COLUMN \"price_cents\" TYPE integer");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"score_trajectory\" ALTER COLUMN \"price_cents\" TYPE bigint");
    for (const [table, type] of [['score_cell', 'numeric(14,2)'], ['score_trajectory', 'numeric(9,2)']]) {
      for (const column of ['planned', 'delivered']) {
        await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "${column}_centihours" TYPE ${type} USING "${column}_centihours" / 100.0`);
        await queryRunner.query(`ALTER TABLE "${table}" RENAME COLUMN "${column}_centihours" TO "${column}_hours"`);
      }
    }
    await queryRunner.query("CREATE INDEX \"ix_score_cell_month\" ON \"score_cell\" USING btree (\"month\") ");
  }
}
