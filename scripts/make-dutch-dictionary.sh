#!/usr/bin/env bash
# Rebuilds assets/spelling/nl-NL-3-0.bdic, the Dutch dictionary the desktop app gives Electron's
# built-in spell checker (Hunspell) wherever the system has none (Linux; Windows without Dutch).
# Chromium reads dictionaries only in its own binary format (.bdic, "BDic" version 2); its
# converter (convert_dict) ships in Debian as Qt WebEngine's qwebengine_convert_dict. The word
# list is OpenTaal's (Debian hunspell-nl, BSD or CC BY 3.0 at the user's choice; see
# assets/spelling/LICENSE-OpenTaal.txt). The output is byte-for-byte reproducible.
# Needs: apt-get install hunspell-nl qt6-webengine-dev-tools (as root).
set -euo pipefail
cd "$(dirname "$0")/.."
convert=/usr/lib/qt6/libexec/qwebengine_convert_dict
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Chromium names the file after the language and region and the dictionary format's version.
cp /usr/share/hunspell/nl.aff "$work/nl-NL.aff"
cp /usr/share/hunspell/nl.dic "$work/nl-NL.dic"
"$convert" "$work/nl-NL.dic" "$work/nl-NL-3-0.bdic"
mkdir -p assets/spelling
cp "$work/nl-NL-3-0.bdic" assets/spelling/nl-NL-3-0.bdic
cp /usr/share/doc/hunspell-nl/copyright assets/spelling/LICENSE-OpenTaal.txt
echo "assets/spelling/nl-NL-3-0.bdic from hunspell-nl $(dpkg-query -W -f='${Version}' hunspell-nl)"
