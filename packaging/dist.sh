#!/usr/bin/env bash
# `make dist`: the PyInstaller one-folder bundle dist/ColdCare (its size and Qt libraries are
# printed), and on Linux dist/coldcare-VERSION-linux-ARCH.tar.gz: the bundle with the desktop
# entry, the AppStream metainfo, the hicolor icons and INSTALL, laid out as a prefix.
# Usage: packaging/dist.sh [VENV]   (run from anywhere; VENV defaults to .venv)
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${1:-.venv}
app_id=org.coldcare.ColdCare
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' coldcare/__init__.py)

"$venv/bin/python" packaging/render_icons.py build/icons >/dev/null
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/coldcare.spec

bundle=dist/ColdCare
echo "Bundle: $bundle, $(du -sh "$bundle" | cut -f1)"
echo "Qt libraries: $(find "$bundle" -name 'libQt6*' -o -name 'Qt6*.dll' -o -name 'Qt*.framework' \
  | sed 's|.*/||; s/^lib//; s/\..*//' | sort -u | tr '\n' ' ')"

[ "$(uname -s)" = Linux ] || exit 0
name=coldcare-$version
stage=build/tarball/$name
rm -rf build/tarball
mkdir -p "$stage/bin" "$stage/lib" "$stage/share/applications" "$stage/share/metainfo" \
  "$stage/share/icons"
cp -a "$bundle" "$stage/lib/coldcare"
ln -s ../lib/coldcare/coldcare "$stage/bin/coldcare"
cp packaging/$app_id.desktop "$stage/share/applications/"
cp packaging/$app_id.metainfo.xml "$stage/share/metainfo/"
cp -a build/icons/hicolor "$stage/share/icons/"
cp packaging/INSTALL-linux.txt "$stage/INSTALL"
tarball=dist/$name-linux-$(uname -m).tar.gz
tar --sort=name --owner=0 --group=0 --numeric-owner -C build/tarball -czf "$tarball" "$name"
echo "Tarball: $tarball, $(du -sh "$tarball" | cut -f1)"
