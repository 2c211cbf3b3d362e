// PGlite has one writer: while `npm run server` or `npm start` holds a data folder, the CLI
// cannot open it, and a token it wrote beside the server would not be seen until a restart. So
// the process that holds the folder answers CLI commands itself, over a Unix socket inside that
// folder: local by nature (no TCP port), and 0600, so only the account that owns the data can
// use it, the same account that could open the database files anyway.
import { chmod, rm } from 'node:fs/promises';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { z } from 'zod';

export const CLI_SOCKET = 'konuk-cli.sock';
/** A command line is a few words; anything larger is not from the Konuk CLI. */
const MAX_REQUEST_BYTES = 16 * 1024;

const Request = z.object({ argv: z.array(z.string().max(1_000)).max(50) }).strict();
const Answer = z.object({ lines: z.array(z.string()), error: z.string().optional() });
type Answer = z.infer<typeof Answer>;

/** Runs one command line; throws for bad input, with the message the person should read. */
export type CommandRunner = (argv: readonly string[], print: (line: string) => void) => Promise<void>;

export function cliSocketPath(dataDir: string): string {
  return join(dataDir, CLI_SOCKET);
}

/**
 * Answers CLI commands on `dataDir`'s socket until closed. Only the holder of the folder's lock
 * may call it, so a socket file found there is a dead process's and is replaced. Returns null
 * where there are no Unix sockets (Windows): the CLI then says to stop the server.
 */
export async function serveCliChannel(
  dataDir: string,
  run: CommandRunner,
): Promise<{ close(): Promise<void> } | null> {
  if (process.platform === 'win32') return null;
  const path = cliSocketPath(dataDir);
  await rm(path, { force: true });
  const server = createServer((socket) => answer(socket, run));
  await new Promise<void>((listening, failed) => {
    server.once('error', failed);
    server.listen(path, () => {
      server.off('error', failed);
      listening();
    });
  });
  await chmod(path, 0o600);
  return { close: () => closeServer(server, path) };
}

function answer(socket: Socket, run: CommandRunner): void {
  let received = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    received += chunk;
    const end = received.indexOf('\n');
    if (end === -1 && received.length <= MAX_REQUEST_BYTES) return;
    socket.removeAllListeners('data');
    if (end === -1) return reply(socket, { lines: [], error: 'not a Konuk CLI request' });
    void runRequest(received.slice(0, end), run).then((result) => reply(socket, result));
  });
  socket.on('error', () => socket.destroy());
}

async function runRequest(text: string, run: CommandRunner): Promise<Answer> {
  const lines: string[] = [];
  let request;
  try {
    request = Request.parse(JSON.parse(text));
  } catch {
    return { lines, error: 'not a Konuk CLI request' };
  }
  try {
    await run(request.argv, (line) => lines.push(line));
    return { lines };
  } catch (error) {
    return { lines, error: error instanceof Error ? error.message : String(error) };
  }
}

function reply(socket: Socket, result: Answer): void {
  socket.end(`${JSON.stringify(result)}\n`);
}

function closeServer(server: Server, path: string): Promise<void> {
  return new Promise((closed) => server.close(() => void rm(path, { force: true }).then(() => closed())));
}

/** The server holding the folder did not answer: there is no channel to use. */
export class NoCliChannel extends Error {
  override name = 'NoCliChannel';
}

/** The running server's answer to one command line; a refused command throws its message. */
export async function sendToCliChannel(dataDir: string, argv: readonly string[]): Promise<string[]> {
  const text = await new Promise<string>((done, failed) => {
    const socket = createConnection(cliSocketPath(dataDir));
    let received = '';
    socket.setEncoding('utf8');
    socket.on('connect', () => socket.write(`${JSON.stringify({ argv })}\n`));
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('end', () => done(received));
    socket.on('error', (error) => failed(new NoCliChannel(error.message)));
  });
  const answer = Answer.safeParse(safeJson(text));
  if (!answer.success) throw new NoCliChannel('the server gave no answer');
  if (answer.data.error !== undefined) throw new CliChannelRefusal(answer.data.error, answer.data.lines);
  return answer.data.lines;
}

/** The server ran the command and refused it (bad input): its message, as the CLI prints it. */
export class CliChannelRefusal extends Error {
  override name = 'CliChannelRefusal';
  constructor(
    message: string,
    readonly lines: string[],
  ) {
    super(message);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
