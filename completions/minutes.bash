# bash completion for minutes(1).  The formats and -O keys are asked of
# `minutes plugins --names`, so plugins loaded from MINUTES_PLUGIN_PATH
# complete too.
_minutes_names ()
{
  "${COMP_WORDS[0]}" plugins --names 2>/dev/null
}

_minutes ()
{
  local cur prev cmd words
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD-1]}
  cmd=${COMP_WORDS[1]}

  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "convert batch plugins search --help --version" -- "$cur"))
    return
  fi
  case $prev in
    -t|--to)
      words=$(_minutes_names | awk '$1 == "output" { print $2 }')
      if [ "$cmd" = batch ]; then
        # a comma-separated list: complete the last name
        local head=${cur%,*} last=${cur##*,}
        [ "$head" = "$cur" ] && head= || head="$head,"
        COMPREPLY=($(compgen -P "$head" -W "$words" -- "$last"))
      else
        COMPREPLY=($(compgen -W "$words" -- "$cur"))
      fi
      return ;;
    -f|--from)
      COMPREPLY=($(compgen -W "$(_minutes_names | awk '$1 == "input" { print $2 }')" -- "$cur"))
      return ;;
    -O|--option)
      COMPREPLY=($(compgen -S = -W "$(_minutes_names | awk '$1 == "option" { print $3 }' | sort -u)" -- "$cur"))
      compopt -o nospace 2>/dev/null
      return ;;
    -o|--output|--manifest|--plugin-dir)
      COMPREPLY=($(compgen -f -- "$cur"))
      return ;;
    -j|--jobs|--timeout|--max-memory|--recycle|--shard)
      return ;;
  esac
  if [[ $cur == -* ]]; then
    case $cmd in
      convert) words="-f --from -t --to -o --output -O --option -q --quiet -v --verbose --timeout --plugin-dir --help" ;;
      batch) words="-o --output -t --to -O --option -j --jobs --timeout --max-memory --recycle --force --shard --manifest -q --quiet --plugin-dir --help" ;;
      plugins) words="--names --plugin-dir --help" ;;
      search) words="--json --limit -n --help" ;;
    esac
    COMPREPLY=($(compgen -W "$words" -- "$cur"))
    return
  fi
  if [ "$cmd" = plugins ]; then
    COMPREPLY=($(compgen -W "$(_minutes_names | awk '$1 != "option" { print $2 }')" -- "$cur"))
    return
  fi
  COMPREPLY=($(compgen -f -- "$cur"))
}
complete -o filenames -F _minutes minutes
