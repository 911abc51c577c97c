#!/usr/bin/env bash
# Install (or update) gov-kiosk on a Debian 12 kiosk machine. Safe to run again: every step
# checks what is already there. docs/deployment.md explains the result.
#
#   sudo deploy/install.sh --kiosk-id KIOSK-3701-0042 --platform-url https://zwfw.example.gov.cn \
#        --platform-key /media/usb/KIOSK-3701-0042.key            # bundle from dist/gov-kiosk
#   sudo deploy/install.sh --venv ...                             # from this source tree instead
#   deploy/install.sh --dry-run ...                               # print what it would do
#
# Steps: Debian packages (cage, pcscd, fonts-noto-cjk, Qt's runtime libraries), the kiosk user
# and its groups, the program under /opt/gov-kiosk/releases/<id> with /opt/gov-kiosk/current
# pointing at it (an update is a new release and a switch of that link; the previous release
# stays for a roll-back), /etc/gov-kiosk (site.toml, key files 0600 owned by the kiosk user),
# udev rules for the serial devices, the systemd unit (with seatd for the display), enabled.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"

DRY_RUN=0
MODE=bundle
BUNDLE="$ROOT/dist/gov-kiosk"
PREFIX=/opt/gov-kiosk
ETC=/etc/gov-kiosk
KIOSK_USER=gov-kiosk
KIOSK_ID=""
PLATFORM_URL=""
PLATFORM_KEY=""
SITE_NAME=""
NO_START=0

usage() {
  sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  cat <<'EOT'
Options:
  --dry-run              print every action instead of doing it (no root needed)
  --bundle DIR           the PyInstaller bundle to install (default: dist/gov-kiosk)
  --venv                 install this source tree with a virtualenv instead of the bundle
  --kiosk-id ID          this kiosk's id (A-Z, 0-9, -), written to a new site.toml
  --platform-url URL     the central platform, written to a new site.toml
  --platform-key FILE    this kiosk's signing key from the platform operator
  --site-name NAME       the hall's name shown on screen, written to a new site.toml
  --no-start             enable the service but do not (re)start it now
EOT
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --dry-run) DRY_RUN=1 ;;
    --bundle) BUNDLE="$2"; shift ;;
    --venv) MODE=venv ;;
    --kiosk-id) KIOSK_ID="$2"; shift ;;
    --platform-url) PLATFORM_URL="$2"; shift ;;
    --platform-key) PLATFORM_KEY="$2"; shift ;;
    --site-name) SITE_NAME="$2"; shift ;;
    --no-start) NO_START=1 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

say() { printf '==> %s\n' "$*"; }
# run CMD...: do it, or print it in a dry run.
run() {
  if [[ $DRY_RUN == 1 ]]; then
    printf '+ %s\n' "$*"
  else
    "$@"
  fi
}
# put_file DEST MODE OWNER:GROUP < content: write only when the content differs.
put_file() {
  local dest="$1" mode="$2" owner="$3" tmp
  tmp="$(mktemp)"
  cat >"$tmp"
  if [[ -f "$dest" ]] && cmp -s "$tmp" "$dest"; then
    rm -f "$tmp"
    return 0
  fi
  if [[ $DRY_RUN == 1 ]]; then
    printf '+ write %s (mode %s, %s)\n' "$dest" "$mode" "$owner"
    sed 's/^/|   /' "$tmp"
    rm -f "$tmp"
    return 0
  fi
  install -m "$mode" -o "${owner%%:*}" -g "${owner##*:}" "$tmp" "$dest"
  rm -f "$tmp"
  CHANGED=1
}
# new_key DEST: 32 random bytes as hex, 0600, owned by the kiosk user; never overwrites.
new_key() {
  local dest="$1"
  if [[ -f "$dest" ]]; then
    return 0
  fi
  if [[ $DRY_RUN == 1 ]]; then
    printf '+ create key %s (32 random bytes, hex, mode 0600, %s)\n' "$dest" "$KIOSK_USER"
    return 0
  fi
  (umask 077 && od -An -tx1 -N32 /dev/urandom | tr -d ' \n' >"$dest" && echo >>"$dest")
  chown "$KIOSK_USER:$KIOSK_USER" "$dest"
  chmod 0600 "$dest"
}

if [[ $DRY_RUN == 0 && $EUID -ne 0 ]]; then
  echo "install.sh: run as root (or with --dry-run to see what it would do)" >&2
  exit 1
fi
if [[ -n "$KIOSK_ID" && ! "$KIOSK_ID" =~ ^[A-Z0-9-]{4,40}$ ]]; then
  echo "install.sh: --kiosk-id must be 4-40 of A-Z, 0-9 and '-'" >&2
  exit 2
fi
if [[ -n "$PLATFORM_KEY" && ! -f "$PLATFORM_KEY" ]]; then
  echo "install.sh: --platform-key $PLATFORM_KEY: no such file" >&2
  exit 2
fi
if [[ $MODE == bundle && ! -x "$BUNDLE/gov-kiosk" ]]; then
  echo "install.sh: no bundle at $BUNDLE (build it with scripts/build_bundle.sh, or use --venv)" >&2
  exit 2
fi
CHANGED=0

# -- 1. Debian packages -----------------------------------------------------------------------
PACKAGES=(
  cage seatd pcscd libpcsclite1 fonts-noto-cjk fontconfig
  libegl1 libgl1 libgles2 libopengl0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon0 libwayland-client0 libwayland-cursor0 libwayland-egl1
  libpulse0 libasound2 libnss3 speech-dispatcher
)
if [[ $MODE == venv ]]; then
  PACKAGES+=(python3 python3-venv python3-dev libpcsclite-dev swig gcc)
fi
missing=()
for pkg in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  say "Debian packages: ${missing[*]}"
  run apt-get update -qq
  run env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  say "Debian packages: all present"
fi

# -- 2. the kiosk user ----------------------------------------------------------------------------
GROUPS_WANTED=(video render input dialout plugdev lp audio)
# The unit's SupplementaryGroups= must all exist, or the service cannot start.
for g in "${GROUPS_WANTED[@]}"; do
  getent group "$g" >/dev/null || run groupadd --system "$g"
done
group_list="$(IFS=,; echo "${GROUPS_WANTED[*]}")"
if id "$KIOSK_USER" >/dev/null 2>&1; then
  say "user $KIOSK_USER exists; groups: $group_list"
  [[ -n "$group_list" ]] && run usermod -a -G "$group_list" "$KIOSK_USER"
else
  say "user $KIOSK_USER (system user, no login shell; groups: $group_list)"
  run useradd --system --user-group --home-dir /var/lib/gov-kiosk --no-create-home \
    --shell /usr/sbin/nologin ${group_list:+--groups "$group_list"} "$KIOSK_USER"
fi

# -- 3. the program --------------------------------------------------------------------------------
if [[ $MODE == bundle ]]; then
  release="$( (cd "$BUNDLE" && find . -type f -print0 | sort -z | xargs -0 sha256sum) \
    | sha256sum | cut -c1-12)"
else
  release="src-$( (cd "$ROOT" && git rev-parse --short=12 HEAD 2>/dev/null) || date +%Y%m%d%H%M%S)"
fi
target="$PREFIX/releases/$release"
if [[ -d "$target" ]]; then
  say "release $release already installed"
else
  say "release $release → $target"
  run install -d -m 0755 "$PREFIX/releases"
  if [[ $MODE == bundle ]]; then
    run cp -a "$BUNDLE" "$target.new"
    run cp -a "$ROOT/docs" "$target.new/docs" 2>/dev/null || true
  else
    run install -d -m 0755 "$target.new"
    for part in kiosk drivers screens offline_cache central config i18n docs pyproject.toml; do
      run cp -a "$ROOT/$part" "$target.new/"
    done
    run python3 -m venv "$target.new/venv"
    # The project and its pinned dependencies; the wrapper runs from the release directory,
    # so the source tree's config/, screens/ and i18n/ are the ones used.
    run "$target.new/venv/bin/pip" install --quiet --no-cache-dir "$target.new"
    put_file "$target.new/gov-kiosk" 0755 root:root <<EOT
#!/bin/sh
cd "$target" && exec "$target/venv/bin/python" -m kiosk "\$@"
EOT
  fi
  run mv "$target.new" "$target"
  CHANGED=1
fi
current="$(readlink "$PREFIX/current" 2>/dev/null || true)"
if [[ "$current" != "releases/$release" ]]; then
  say "switch $PREFIX/current → releases/$release (previous: ${current:-none})"
  run ln -sfn "releases/$release" "$PREFIX/current.new"
  run mv -T "$PREFIX/current.new" "$PREFIX/current"
  CHANGED=1
fi
if [[ "$(readlink "$PREFIX/gov-kiosk" 2>/dev/null || true)" != "current/gov-kiosk" ]]; then
  run ln -sfn current/gov-kiosk "$PREFIX/gov-kiosk"
fi
# Keep the three newest releases (the running one and two to roll back to).
if [[ -d "$PREFIX/releases" ]]; then
  ls -1t "$PREFIX/releases" | tail -n +4 | while read -r old; do
    [[ "releases/$old" == "releases/$release" ]] || run rm -rf "$PREFIX/releases/$old"
  done
fi

# -- 4. configuration and keys ---------------------------------------------------------------------
say "configuration in $ETC"
run install -d -m 0750 -o root -g "$KIOSK_USER" "$ETC"
if [[ ! -f "$ETC/site.toml" ]]; then
  put_file "$ETC/site.toml" 0640 "root:$KIOSK_USER" <<EOT
# This kiosk's settings on top of the shipped config/default.toml (config/README.md).
# Written once by deploy/install.sh, never overwritten. After an edit, send "reload_config"
# from the staff console: applied live when possible, else by a restart when nobody is served.
[kiosk]
id = "${KIOSK_ID:-KIOSK-CHANGE-ME}"
demo = false
data_dir = "/var/lib/gov-kiosk"
${SITE_NAME:+site_name = \"$SITE_NAME\"}

[logging]
dir = "/var/log/gov-kiosk"

[platform]
base_url = "${PLATFORM_URL:-https://platform.example.gov.cn}"
key_file = "$ETC/platform.key"

[store]
key_file = "$ETC/outbox.key"

[maintenance]
nightly_restart = true
restart_at = "03:30"
EOT
else
  say "$ETC/site.toml exists: kept as it is"
fi
if [[ -n "$PLATFORM_KEY" ]]; then
  if [[ ! -f "$ETC/platform.key" ]] || ! cmp -s "$PLATFORM_KEY" "$ETC/platform.key"; then
    run install -m 0600 -o "$KIOSK_USER" -g "$KIOSK_USER" "$PLATFORM_KEY" "$ETC/platform.key"
  fi
elif [[ ! -f "$ETC/platform.key" ]]; then
  say "no --platform-key: generating one; register it with the platform for ${KIOSK_ID:-this kiosk}"
  new_key "$ETC/platform.key"
fi
new_key "$ETC/outbox.key"
for key in "$ETC/platform.key" "$ETC/outbox.key"; do
  if [[ -f "$key" ]]; then
    run chown "$KIOSK_USER:$KIOSK_USER" "$key"
    run chmod 0600 "$key"
  fi
done
run install -d -m 0750 -o "$KIOSK_USER" -g "$KIOSK_USER" /var/lib/gov-kiosk /var/log/gov-kiosk

# -- 5. devices and the unit ----------------------------------------------------------------------
put_file /etc/udev/rules.d/60-gov-kiosk.rules 0644 root:root <"$HERE/udev/60-gov-kiosk.rules"
run udevadm control --reload-rules
run udevadm trigger --subsystem-match=tty --subsystem-match=usbmisc
put_file /etc/systemd/system/gov-kiosk.service 0644 root:root <"$HERE/gov-kiosk.service"
run systemctl daemon-reload
run systemctl enable seatd.service pcscd.socket
run systemctl enable gov-kiosk.service
run systemctl set-default graphical.target

# -- 6. check and start -----------------------------------------------------------------------------
say "checking the configuration as $KIOSK_USER"
run runuser -u "$KIOSK_USER" -- env KIOSK_SITE_CONFIG="$ETC/site.toml" "$PREFIX/gov-kiosk" --check-config
if [[ $NO_START == 0 ]]; then
  if [[ $CHANGED == 1 ]]; then
    say "starting the new release (the kiosk restarts now)"
    run systemctl restart gov-kiosk.service
  else
    run systemctl start gov-kiosk.service
  fi
fi
if [[ $DRY_RUN == 1 ]]; then
  say "done (dry run: nothing was changed)"
else
  say "done"
fi
say "logs: journalctl -u gov-kiosk -f   and   /var/log/gov-kiosk/kiosk.log"
