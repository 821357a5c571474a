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

function bash(commands: CommandFlags): string {
  const cases = Object.entries(commands)
    .map(([name, flags]) => `    ${name}) opts="${flagNames(flags).join(' ')}" ;;`)
    .join('\n');
  return `# bootstat completion for bash: source <(bootstat completion bash)
_bootstat() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" opts=""
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "${Object.keys(commands).join(' ')}" -- "$cur"))
    return 0
  fi
  case "\${COMP_WORDS[1]}" in
${cases}
    completion) opts="${SHELLS.join(' ')}" ;;
    help) opts="${Object.keys(commands).join(' ')}" ;;
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

function zsh(commands: CommandFlags): string {
  const cases = Object.entries(commands)
    .map(([name, flags]) => `    ${name}) opts=(${flagNames(flags).join(' ')}) ;;`)
    .join('\n');
  return `#compdef bootstat
# bootstat completion for zsh: bootstat completion zsh > "\${fpath[1]}/_bootstat"
_bootstat() {
  local -a commands opts
  commands=(${Object.keys(commands).join(' ')} completion help)
  if (( CURRENT == 2 )); then
    compadd -a commands
    return
  fi
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

function fish(commands: CommandFlags): string {
  const lines = [
    '# bootstat completion for fish: bootstat completion fish > ~/.config/fish/completions/bootstat.fish',
    `complete -c bootstat -f -n __fish_use_subcommand -a '${[...Object.keys(commands), 'completion', 'help'].join(' ')}'`,
    `complete -c bootstat -f -n '__fish_seen_subcommand_from completion' -a '${SHELLS.join(' ')}'`,
  ];
  for (const [name, flags] of Object.entries(commands)) {
    for (const [flag, spec] of Object.entries(flags)) {
      lines.push(
        `complete -c bootstat -n '__fish_seen_subcommand_from ${name}' -l ${flag}${spec.short ? ` -s ${spec.short}` : ''}${spec.type === 'string' ? ' -r' : ''}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** `bootstat completion SHELL`: the completion script of every command and flag, made from the flag specs. */
export async function completionCommand(argv: readonly string[], io: CliIo, commands: CommandFlags): Promise<number> {
  const { values, positionals } = parseFlags(argv, { help: { type: 'boolean', short: 'h' } }, 'completion');
  if (values.help) {
    io.stdout(COMPLETION_HELP);
    return EXIT.ok;
  }
  const shell = positionals[0];
  if (positionals.length !== 1 || !(SHELLS as readonly string[]).includes(shell as string)) {
    throw new CliError(`completion takes one shell: ${SHELLS.join(', ')}. See 'bootstat completion --help'.`);
  }
  io.stdout(shell === 'bash' ? bash(commands) : shell === 'zsh' ? zsh(commands) : fish(commands));
  return EXIT.ok;
}
