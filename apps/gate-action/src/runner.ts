import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { escapeText } from '@bootstat/io';

// The GitHub Actions runner protocol, the part this Action uses, written out rather than bundled: @actions/core
// carries an HTTP client (undici, 790 KB of the 1.2 MB bundle) for OIDC tokens this Action never asks for, and the
// bundle must stay under 1 MB. Formats as GitHub documents them ("Workflow commands for GitHub Actions", "Metadata
// syntax: inputs", "Setting an output parameter", "Adding a job summary") and as @actions/core writes them.

/** An input as the runner passes it: INPUT_<NAME>, spaces as underscores, upper case; trimmed. */
export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** Sets an output: a `name<<DELIMITER` record in the file GITHUB_OUTPUT names, the delimiter never in the value. */
export function setOutput(name: string, value: string, env: NodeJS.ProcessEnv = process.env): void {
  const file = env.GITHUB_OUTPUT;
  if (file === undefined || file === '') return;
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}

/** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY); a no-op outside a runner. */
export function appendSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): void {
  const file = env.GITHUB_STEP_SUMMARY;
  if (file === undefined || file === '') return;
  appendFileSync(file, markdown, 'utf8');
}

export interface AnnotationProperties {
  readonly title?: string;
  readonly file?: string;
}

// A command's message: % and line breaks as %25, %0D, %0A, so no message can end the command or start another.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
// A property also loses : and , which separate properties.
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function command(name: string, message: string, props: AnnotationProperties = {}): void {
  const list = Object.entries(props)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(escapeText(String(v)))}`)
    .join(',');
  process.stdout.write(`::${name}${list === '' ? '' : ` ${list}`}::${escapeData(escapeText(message))}${EOL}`);
}

/**
 * Log lines and annotations. Every text goes through escapeText first: a run id, a file name or an error quoting
 * the input can then neither start a line of its own (a workflow command such as ::error:: is only read at the
 * start of a line), nor move the cursor, nor reorder what is shown. Plain lines start with "bootstat gate:".
 */
export const log = {
  info: (text: string) => process.stdout.write(`${escapeText(text)}${EOL}`),
  notice: (text: string, props?: AnnotationProperties) => command('notice', text, props),
  warning: (text: string, props?: AnnotationProperties) => command('warning', text, props),
  error: (text: string, props?: AnnotationProperties) => command('error', text, props),
  /** The step fails: an error annotation, and exit code 1 when the process ends. */
  failed: (text: string) => {
    process.exitCode = 1;
    command('error', text);
  },
};
