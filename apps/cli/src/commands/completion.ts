import { type FlagSpec, flagNames, parseFlags } from '../args';
import { CliError, EXIT } from '../cli-error';
import type { CliIo } from '../io';

export const COMPLETION_HELP = `Usage: bootstat completion bash|zsh|fish

Prints a script that completes bootstat's commands and options in your shell:
  bash   source <(bootstat completion bash)      (or save it in /etc/bash_completion.d/bootstat)
  zsh    bootstat completion zsh > "\${fpath[1]}/_bootstat"   (then restart zsh)
  fish   bootstat completion fish > ~/.config/fish/completions/bootstat.fish
`;

export const SHELLS = ['bash', 'zsh', 'fish'] as const;

/** Each command's flags, by command name: what a completion offers after it. */
export type CommandFlags = Readonly<Record<string, FlagSpec>>;

/** The words a flag takes, by long name (`method` → percentile, bca, …), offered after the flag. */
export type FlagChoices = Readonly<Record<string, readonly string[]>>;

/** Every word that may follow `bootstat`: the commands, then help and version. */
function topWords(commands: CommandFlags): string[] {
  return [...Object.keys(commands), 'completion', 'help', '--help', '-h', '--version', '-V'];
}

/** The spellings of the flags that take choices, each with its words: `--method|-m` → bca …. */
function choiceCases(
  commands: CommandFlags,
  choices: FlagChoices,
): { spellings: string[]; words: readonly string[] }[] {
  return Object.entries(choices).map(([name, words]) => {
    const spellings = new Set<string>([`--${name}`]);
    for (const flags of Object.values(commands)) {
      const short = flags[name]?.short;
      if (short !== undefined) spellings.add(`-${short}`);
    }
    return { spellings: [...spellings], words };
  });
}

function bash(commands: CommandFlags, choices: FlagChoices): string {
  const cases = Object.entries(commands)
    .map(([name, flags]) => `    ${name}) opts="${flagNames(flags).join(' ')}" ;;`)
    .join('\n');
  const values = choiceCases(commands, choices)
    .map(
      ({ spellings, words }) =>
        `    ${spellings.join('|')}) COMPREPLY=($(compgen -W "${words.join(' ')}" -- "$cur")); return 0 ;;`,
    )
    .join('\n');
  return `# bootstat completion for bash: source <(bootstat completion bash)
_bootstat() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" opts=""
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "${topWords(commands).join(' ')}" -- "$cur"))
    return 0
  fi
  case "$prev" in
${values}
  esac
  case "\${COMP_WORDS[1]}" in
${cases}
    completion) opts="${SHELLS.join(' ')}" ;;
    help) opts="${[...Object.keys(commands), 'completion', 'help'].join(' ')}" ;;
  esac
  if [[ "$cur" == -* || "\${COMP_WORDS[1]}" == completion || "\${COMP_WORDS[1]}" == help ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
  return 0
}
complete -o default -F _bootstat bootstat
`;
}

function zsh(commands: CommandFlags, choices: FlagChoices): string {
  const cases = Object.entries(commands)
    .map(([name, flags]) => `    ${name}) opts=(${flagNames(flags).join(' ')}) ;;`)
    .join('\n');
  const values = choiceCases(commands, choices)
    .map(({ spellings, words }) => `    ${spellings.join('|')}) compadd ${words.join(' ')}; return ;;`)
    .join('\n');
  return `#compdef bootstat
# bootstat completion for zsh: bootstat completion zsh > "\${fpath[1]}/_bootstat"
_bootstat() {
  local -a commands opts
  commands=(${[...Object.keys(commands), 'completion', 'help'].join(' ')})
  if (( CURRENT == 2 )); then
    compadd -a commands
    compadd -- --help -h --version -V
    return
  fi
  case $words[CURRENT-1] in
${values}
  esac
  case $words[2] in
${cases}
    completion) compadd ${SHELLS.join(' ')}; return ;;
    help) compadd -a commands; return ;;
  esac
  if [[ $PREFIX == -* ]]; then
    compadd -a opts
  else
    _files
  fi
}
_bootstat "$@"
`;
}

function fish(commands: CommandFlags, choices: FlagChoices): string {
  const lines = [
    '# bootstat completion for fish: bootstat completion fish > ~/.config/fish/completions/bootstat.fish',
    `complete -c bootstat -f -n __fish_use_subcommand -a '${[...Object.keys(commands), 'completion', 'help'].join(' ')}'`,
    "complete -c bootstat -f -n __fish_use_subcommand -s V -l version -d 'the version'",
    "complete -c bootstat -f -n __fish_use_subcommand -s h -l help -d 'help'",
    `complete -c bootstat -f -n '__fish_seen_subcommand_from completion' -a '${SHELLS.join(' ')}'`,
    `complete -c bootstat -f -n '__fish_seen_subcommand_from help' -a '${[...Object.keys(commands), 'completion'].join(' ')}'`,
  ];
  for (const [name, flags] of Object.entries(commands)) {
    for (const [flag, spec] of Object.entries(flags)) {
      const words = choices[flag];
      lines.push(
        `complete -c bootstat -n '__fish_seen_subcommand_from ${name}' -l ${flag}${spec.short ? ` -s ${spec.short}` : ''}${spec.type === 'string' ? ' -r' : ''}${words === undefined ? '' : ` -f -a '${words.join(' ')}'`}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** `bootstat completion SHELL`: the completion script of every command and flag, made from the flag specs. */
export async function completionCommand(
  argv: readonly string[],
  io: CliIo,
  commands: CommandFlags,
  choices: FlagChoices = {},
): Promise<number> {
  const { values, positionals } = parseFlags(argv, { help: { type: 'boolean', short: 'h' } }, 'completion');
  if (values.help) {
    io.stdout(COMPLETION_HELP);
    return EXIT.ok;
  }
  const shell = positionals[0];
  if (positionals.length !== 1 || !(SHELLS as readonly string[]).includes(shell as string)) {
    throw new CliError(`completion takes one shell: ${SHELLS.join(', ')}. See 'bootstat completion --help'.`);
  }
  const script =
    shell === 'bash' ? bash(commands, choices) : shell === 'zsh' ? zsh(commands, choices) : fish(commands, choices);
  io.stdout(script);
  return EXIT.ok;
}
