#!/usr/bin/env bash
# Installs the unpacked Officina Voice folder for the current user (no root needed):
# the program in ~/.local/opt/officina-voice, a launcher in ~/.local/bin, a menu entry.
# Your data (settings, workshop database, traces) stays in ~/.local/share/officina-voice.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dest="${HOME}/.local/opt/officina-voice"
mkdir -p "$dest" "${HOME}/.local/bin" "${HOME}/.local/share/applications"
cp -a "$here/officina/." "$dest/"
ln -sf "$dest/officina" "${HOME}/.local/bin/officina"
sed "s|^Exec=.*|Exec=${dest}/officina|" "$here/officina-voice.desktop" \
  > "${HOME}/.local/share/applications/officina-voice.desktop"
echo "Installed. Checking the installation:"
"$dest/officina" --self-test || true
