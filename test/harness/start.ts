// `npm start`: runs Posture Breaks in a real VS Code (the offline VS Code
// server, opened in your browser) with no VS Code installed.
//   npm start                 the extension with its default settings
//   npm start -- --quick      a break comes due after 1 minute of typing
//   npm start -- --port 8080  a fixed port (default: a free one)
import { parseArgs } from 'node:util';
import { repoRoot, startServer } from './server';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      port: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log('Usage: npm start [-- --quick] [-- --port N]');
    return;
  }
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
    throw new Error(`--port must be a port number, not "${values.port}".`);
  }
  const quickSettings = {
    'postureBreaks.intervalMinutes': 1,
    'postureBreaks.holdSeconds': 10,
    'postureBreaks.rounds': 1,
  };
  const server = await startServer({ quiet: true, port, settings: values.quick ? quickSettings : {} });
  const url = server.url({ extensionDevelopmentPath: repoRoot });
  console.log('');
  console.log('Posture Breaks is running in VS Code. Open this address in your browser:');
  console.log('');
  console.log(`  ${url}`);
  console.log('');
  console.log(values.quick
    ? 'Quick try: type in notes.md for a minute and the status bar turns into the break prompt.'
    : 'The status-bar item (bottom right) counts your coding time. Tip: `npm start -- --quick` makes a break due after 1 minute.');
  console.log('Press Ctrl+C to stop.');
  let stopping = false;
  const stop = async () => {
    if (stopping) {
      return;
    }
    stopping = true;
    console.log('\nStopping the VS Code server…');
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
