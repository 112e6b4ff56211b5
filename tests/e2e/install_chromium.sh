#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when we may (root with apt-get); otherwise says why not.
set -u
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "chromium is not installed and this user cannot apt-get it" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null 2>&1 || true
apt-get install -y -qq chromium >/dev/null 2>&1
command -v chromium >/dev/null 2>&1
