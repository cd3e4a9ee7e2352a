#!/usr/bin/env bash
# Regenerates the screen captures in this folder from the release binary: each capture runs
# steppe in a private tmux server at a fixed size, types the keys a reader would, and saves
# what the screen shows (tmux capture-pane). Run from the repository root after
# `cargo build --release`:  bash docs/screens/capture.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${STEPPE:-target/release/steppe}
[ -x "$bin" ] || { echo "build first: cargo build --release" >&2; exit 2; }
server="steppe-capture-$$"
trap 'tmux -L "$server" kill-server 2>/dev/null || true' EXIT
# A session that outlives the captures, so the server does not exit between them.
tmux -L "$server" new-session -d -s keeper "sleep 600"

# capture NAME COLSxROWS STEP... ; a step is "k:KEYS" (tmux key names) or "t:TEXT" (typed).
capture() {
  local name=$1 size=$2; shift 2
  local cols=${size%x*} rows=${size#*x} s="capture"
  tmux -L "$server" new-session -d -s "$s" -x "$cols" -y "$rows" \
    "env -u TMUX TERM=xterm-256color SSH_TTY= $bin; sleep 60"
  sleep 0.6
  local step key
  for step in "$@"; do
    case "$step" in
      k:*) for key in ${step#k:}; do tmux -L "$server" send-keys -t "$s" "$key"; sleep 0.25; done ;;
      t:*) tmux -L "$server" send-keys -t "$s" -l "${step#t:}"; sleep 0.4 ;;
    esac
  done
  sleep 0.4
  tmux -L "$server" capture-pane -p -t "$s" > "docs/screens/$name.txt"
  tmux -L "$server" kill-session -t "$s"
  echo "docs/screens/$name.txt"
}

# Tajikistan → FPC 2021-05-17 → "For the Government of Tajikistan" → its second item.
to_recommendations="k:j j Enter j j j j j j Enter j"

capture start-80x24 80x24
capture help-80x24 80x24 "k:?"
capture items-80x24 80x24 "$to_recommendations"
capture reading-160x48 160x48 "$to_recommendations" "k:Enter"
capture search-80x24 80x24 "k:/" "t:ngo tax"
capture search-160x48 160x48 "k:/" "t:magnitsky"
capture compare-80x24 80x24 "k:c" "t:kyr" "k:Enter t j j j j Enter"
capture compare-stacked-80x24 80x24 "k:c" "t:taj" "k:Enter +" "t:kyr" "k:Enter Tab Tab"
capture compare-160x48 160x48 "k:c" "t:taj" "k:Enter +" "t:kyr" "k:Enter t j j Enter"
