import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { readDatabaseEnv } from '../config/env.dto.js';
import { createDataSource } from './data-source.js';
import { diffSchema } from './schema-diff.js';

/** CLI: `run` applies pending migrations; `check` fails when one is pending or the entities need another;
 *  `generate <Name> <dir>` writes the migration the entities need. */
async function main(command: string | undefined, args: string[]): Promise<number> {
  const dataSource = await createDataSource(readDatabaseEnv(), 2).initialize();
  try {
    switch (command) {
      case 'run': {
        const applied = await dataSource.runMigrations({ transaction: 'each' });
        process.stdout.write(`migrations: ${applied.length} applied${applied.map((m) => `\n  + ${m.name}`).join('')}\n`);
        return 0;
      }
      case 'check': {
        const pending = await dataSource.showMigrations();
        const diff = await diffSchema(dataSource);
        if (pending) process.stderr.write('migrations: some migrations have not been run\n');
        if (diff.up.length) process.stderr.write(`migrations: the entities need a new migration:\n  ${diff.up.join(';\n  ')}\n`);
        if (!pending && !diff.up.length) process.stdout.write('migrations: none pending, schema matches the entities\n');
        return pending || diff.up.length ? 1 : 0;
      }
      case 'generate': {
        const [name, dir] = args;
        if (!name || !dir || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('usage: generate <PascalCaseName> <dir>');
        const diff = await diffSchema(dataSource);
        if (!diff.up.length) {
          process.stdout.write('migrations: nothing to generate\n');
          return 0;
        }
        const stamp = Date.now();
        const file = `${dir}/${stamp}-${name}.ts`;
        writeFileSync(file, renderMigration(`${name}${stamp}`, diff.up, diff.down));
        process.stdout.write(`migrations: wrote ${file}; add it to migrations/src/index.ts and review it\n`);
        return 0;
      }
      default:
        throw new Error('usage: migrate.js run | check | generate <Name> <dir>');
    }
  } finally {
    await dataSource.destroy();
  }
}

function renderMigration(className: string, up: string[], down: string[]): string {
  const lines = (qs: string[]) => qs.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

main(process.argv[2], process.argv.slice(3)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`migrations: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
