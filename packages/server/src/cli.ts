import { Command } from 'commander';
import { runDemo, runMigrate, runRollupsRebuild, runUserCreate } from './cli-commands';
import { startServer } from './main';

const program = new Command()
  .name('pacer')
  .description('Pacer — sales performance system. Configuration comes from the environment (see README).')
  .showHelpAfterError();

program
  .command('serve')
  .description('Migrate the database and serve the API and web app (PORT, HOST, DATABASE_URL, PACER_DATA_DIR)')
  .action(async () => {
    await startServer();
  });

program
  .command('migrate')
  .description('Apply the database migrations that have not run yet, then exit')
  .action(runMigrate);

program
  .command('demo')
  .description(
    'Load the demo org (teams, ~20 reps and two years of CRM history) into the database and print its logins',
  )
  .option(
    '--scale <size>',
    's: the demo (~20 reps, 2 years); m: a benchmark org (~250 reps, 3 years, ~5 M activities)',
    's',
  )
  .option('--seed <number>', 'another seed gives other (equally realistic) data')
  .action(runDemo);

program
  .command('rollups')
  .description('The daily rollup of metrics')
  .command('rebuild')
  .description(
    'Recount the daily rollup from the facts, for every org or one (after a bulk load or a time zone change)',
  )
  .option('--org <id>', 'only this org')
  .action(runRollupsRebuild);

program
  .command('user')
  .description('Manage logins from the command line')
  .command('create')
  .description('Create an org with its first admin (for a headless server)')
  .requiredOption('--email <email>', 'the admin’s e-mail address')
  .requiredOption('--name <name>', 'the admin’s name')
  .requiredOption('--org <name>', 'the new org’s name')
  .option('--password <password>', 'the password (default: PACER_ADMIN_PASSWORD, else a random one is printed)')
  .option('--currency <code>', 'ISO 4217 currency', 'USD')
  .option('--time-zone <zone>', 'IANA time zone', 'UTC')
  .action(runUserCreate);

await program.parseAsync(process.argv);
